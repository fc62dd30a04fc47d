package furniture

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// Named runes beside package arabic's: the digit runs, the harakat range
// and the Arabic block.
const (
	arabicZero  = '٠'
	arabicNine  = '٩'
	persianZero = '۰'
	persianNine = '۹'
	fathatan    = '\u064b'
	sukun       = '\u0652'

	arabicBlockStart = '\u0600'
	arabicBlockEnd   = '\u06ff'
)

// foldRune maps one rune to its folded form, or -1 to drop it. The folding
// is the one the scorer applies (diacritics and tatweel dropped, hamza
// carriers and final forms folded, digits to ASCII, lower case), so that
// lexicon entries match however a site spells them.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return foldASCII(r)
	case r >= arabic.Hamza && r <= arabic.Yeh:
		return foldLetter(r)
	case r >= fathatan && r <= sukun, r == arabic.SuperscriptAlef:
		return -1
	case r == arabic.AlefWasla:
		return arabic.Alef
	case r >= arabicZero && r <= arabicNine:
		return '0' + r - arabicZero
	case r >= persianZero && r <= persianNine:
		return '0' + r - persianZero
	case unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r):
		return ' '
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
		return -1
	}
	return unicode.ToLower(r)
}

// foldASCII lower-cases letters and blanks punctuation; "@" and "#" stay,
// as handles and hashtags are words.
func foldASCII(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + ('a' - 'A')
	case r == '@' || r == '#':
		return r
	case r == '_' || unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r):
		return ' '
	}
	return r
}

// foldLetter folds the letters of the basic Arabic block (hamza to yeh,
// tatweel among them), the hot path of folding.
func foldLetter(r rune) rune {
	if r == arabic.Tatweel {
		return -1
	}
	return arabic.FoldLetter(r)
}

// fold returns s folded rune by rune with runs of spaces collapsed and the
// ends trimmed: the form every lexicon lookup and comparison uses. It is
// not arabic.Fold on purpose: like the scorer's norm it turns punctuation
// and symbols into spaces and trims the ends, so that "ـ وكالة الأنباء ـ"
// and "وكالة الأنباء" meet, and it leaves Persian letters and presentation
// forms alone, as the scorer does.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		f := foldRune(r)
		if f < 0 {
			continue
		}
		if f == ' ' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteRune(f)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// isSpace reports whether r is white space or an invisible format mark
// (bidi marks, zero-width joiners), which scraped text scatters at line
// ends. Arabic letters are answered without a table lookup: this sits on
// the per-rune path.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || (r >= '\t' && r <= '\r')
	case r >= arabicBlockStart && r <= arabicBlockEnd:
		return r == arabic.ArabicLetterMark
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// trim strips white space and invisible marks from both ends.
func trim(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// wordCap bounds wordCount: every rule compares word counts with
// thresholds of at most titleMaxWords, so long paragraphs need not be
// walked to the end.
const wordCap = 2 * titleMaxWords

// wordCount counts the space-separated words of s without allocating, up
// to wordCap+1. It walks bytes: this is the hottest loop of the package.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		i += size
		if space {
			in = false
			continue
		}
		if !in {
			if n++; n > wordCap {
				return n
			}
		}
		in = true
	}
	return n
}

// spaceAt reports whether the rune at s[i] is a space (isSpace) and its
// size. Two-byte Arabic-block runes are told without decoding: the only
// space-like one is the Arabic letter mark.
func spaceAt(s string, i int) (bool, int) {
	b := s[i]
	switch {
	case b < utf8.RuneSelf:
		return b == ' ' || (b >= '\t' && b <= '\r'), 1
	case b >= arabicLead0 && b <= arabicLead3 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
		return b == arabicLead0 && s[i+1] == letterMarkTail, 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return isSpace(r), size
}

// The UTF-8 lead bytes of U+0600..U+06FF, and the second byte of the
// Arabic letter mark U+061C.
const (
	arabicLead0    = 0xd8
	arabicLead3    = 0xdb
	letterMarkTail = 0x9c
)

// hasLetterOrDigit reports whether s holds anything a reader would read.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends the way a sentence of running text
// does: with a full stop, question or exclamation mark, colon or ellipsis,
// possibly followed by a closing quote or bracket. Headlines, captions and
// navigation links end without one.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', arabic.ArabicQuestionMark, ':', arabic.Ellipsis, arabic.ArabicSemicolon, ';':
		return true
	}
	return false
}
