package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// Letters Key treats specially.
const (
	waw       = 'و'
	yeh       = 'ي'
	hamza     = 'ء'
	kaf       = 'ك'
	gaf       = 'ق'
	ghain     = 'غ'
	jeem      = 'ج'
	tehMarbut = 'ة'
	heh       = 'ه'
)

// gClass is the one letter every spelling of the foreign g sound maps to.
const gClass = gaf

// Key is the phonetic key of a name: two spellings of one foreign name in
// Arabic news usually share it, so Lookup can find بوتن under بوتين and
// بيونج يانج under بيونغ يانغ. It is built from arabic.Fold (diacritics,
// tatweel, hamza seats, ى→ي, ة→ه); then spaces, hyphens and dots are
// dropped, so أبو ظبي = أبوظبي and كيم جونغ-أون = كيم جونغ أون, and the
// name is keyed as one word:
//
//   - غ ج ق, and ك except word-initially, become one letter (ق): the g of
//     a foreign name is written غ in the Levant, ج in Egypt, ق in the Gulf
//     and ك in Iraq (إنكلترا). A word-initial ك stays apart because there
//     it is almost always a k, and merging it would make كينيا (Kenya) one
//     with غينيا (Guinea);
//   - the long vowels و and ي and the hamza ء are dropped inside the name
//     (بوتين → بتن), since transliterations add and drop them freely
//     (بوتين/بوتن, زيلينسكي/زيلنسكي); its first and last letters are kept.
//     ا is kept: a written a is far steadier in transliteration than e,
//     i, o or u, and dropping it would make بوتان (Bhutan) one with بوتين;
//   - a letter written twice in a row is written once (a doubled
//     consonant spelled out); letters that only meet once a vowel between
//     them is dropped stay two (سويسرا is not سرا).
//
// Key is deliberately lossy: it is for finding candidates, and a name with
// a short key (كيم → كم) will also match words that are not names. Known
// collisions between real names: غانا (Ghana) and غيانا (Guyana) share a
// key, أروبا (Aruba) and أوروبا (Europe) too, as do every pair spelled alike (عمان is Oman and Amman); Lookup
// prefers an exact folded match, so they only meet when neither is
// spelled as the KB spells it. Latin
// letters are lowercased and kept, digits too; other characters dropped.
func Key(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	// The words of the folded name run together, separators dropped; a
	// name rarely has more than 64 code points, so w stays on the stack.
	var buf [64]rune
	w := buf[:0]
	for _, r := range arabic.Fold(name) {
		if !isKeySep(r) {
			w = append(w, r)
		}
	}
	keyWord(&b, w)
	return b.String()
}

// isKeySep reports white space and the punctuation that joins name
// parts. Key asks it of every code point of every name: ASCII is read off
// the byte and the Arabic block, which holds no white space, answered at
// once.
func isKeySep(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r' || r == '-' || r == '.' || r == '_' || r == '\'' || r == '"' || r == '/'
	case 0x0600 <= r && r <= 0x06FF:
		return false
	}
	return unicode.IsSpace(r)
}

func keyWord(b *strings.Builder, w []rune) {
	var prev rune // the previous letter of w, kept or not
	for i, r := range w {
		if !arabic.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		same := r == prev
		prev = r
		switch r {
		case ghain, jeem, gaf:
			r = gClass
		case kaf:
			if i > 0 {
				r = gClass
			}
		case waw, yeh, hamza:
			if i > 0 && i < len(w)-1 {
				continue
			}
		case tehMarbut:
			r = heh
		}
		if same {
			continue
		}
		b.WriteRune(r)
	}
}
