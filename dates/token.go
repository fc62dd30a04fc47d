package dates

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// The zero digits of the two Arabic digit runs; the letters folding
// rewrites are package arabic's named runes.
const (
	arabicZero  = '٠' // Arabic-Indic digits run ٠..٩
	persianZero = '۰' // Extended Arabic-Indic digits run ۰..۹
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
)

// token is one word, digit run or punctuation mark of the text. Offsets are
// code points, as in the contract; norm is the folded spelling used for
// every lexicon lookup, so that the lexicon and the text meet halfway.
type token struct {
	start, end int
	kind       tokKind
	norm       string
	num        int // value of a number token
	digits     int // digit count of a number token
}

// isMark reports runes that carry no letter of their own: harakat, Quranic
// marks and tatweel. Folding drops them.
func isMark(r rune) bool {
	return r == arabic.Tatweel || (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) ||
		r == 0x0670 || (r >= 0x06D6 && r <= 0x06ED)
}

// foldRune maps the letter variants that news spelling mixes freely onto
// one form; it returns -1 for runes folding drops. It is narrower than
// arabic.Fold on purpose: digits never reach it (tokenize reads them as
// numbers first), and it leaves Persian letters and presentation forms as
// they are, the forms the lexicon is written and matched in.
func foldRune(r rune) rune {
	if f := arabic.FoldLetter(r); f != r {
		return f
	}
	if isMark(r) {
		return -1
	}
	return unicode.ToLower(r)
}

// digitValue returns the value of an ASCII, Arabic-Indic or Extended
// Arabic-Indic digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= arabicZero && r <= arabicZero+9:
		return int(r - arabicZero)
	case r >= persianZero && r <= persianZero+9:
		return int(r - persianZero)
	}
	return -1
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || isMark(r)
}

// fold returns the folded form of s; used for lexicon entries, which must
// be spelled the way tokens are.
func fold(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if f := foldRune(r); f >= 0 {
			out = append(out, f)
		}
	}
	return string(out)
}

// tokenize cuts text into tokens in one pass. A change between letters and
// digits always ends a token, so "2024م" and "سبتمبر10" come apart.
//
// The folded spellings of all tokens are written to one buffer and cut
// into norms at the end: one string for the text, not one per token.
func tokenize(text []rune) []token {
	var b tokenBuffers
	return b.tokenize(text)
}

// tokenBuffers are tokenize's working slices, which Find keeps between
// articles in tokenPool: made anew for each article they were a ninth of
// the bytes a document allocates, so of the collector's work.
type tokenBuffers struct {
	toks []token
	buf  []byte
	ends []int // end of each token's norm in buf
}

var tokenPool = sync.Pool{New: func() any { return new(tokenBuffers) }}

// maxPooledTokens bounds the tokens of a text whose buffers are kept.
const maxPooledTokens = 1 << 14

// release hands b back to tokenPool; the tokens tokenize returned are
// not to be used after.
func (b *tokenBuffers) release() {
	if b.reset() {
		tokenPool.Put(b)
	}
}

// reset forgets the tokens of the text last tokenized, whose norms would
// keep its spellings, and reports whether b is small enough to keep. Each
// text's tokens are forgotten before the next: none is left past len.
func (b *tokenBuffers) reset() bool {
	clear(b.toks)
	b.toks = b.toks[:0]
	return cap(b.toks) <= maxPooledTokens
}

// tokenize is the package's tokenize writing into b's slices, which the
// tokens returned use until b is released or asked again.
func (b *tokenBuffers) tokenize(text []rune) []token {
	toks := slices.Grow(b.toks[:0], len(text)/5)
	buf := slices.Grow(b.buf[:0], len(text)*2)
	ends := slices.Grow(b.ends[:0], len(text)/5)
	for i := 0; i < len(text); {
		r := text[i]
		c := classOf(r)
		switch {
		case c.space:
			i++
			continue
		case c.digit >= 0:
			j, n := i, 0
			for j < len(text) && classOf(text[j]).digit >= 0 {
				if n < 1e8 {
					n = n*10 + int(classOf(text[j]).digit)
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tokNumber, num: n, digits: j - i})
			i = j
		case c.word:
			j := i
			for ; j < len(text); j++ {
				cj := classOf(text[j])
				if !cj.word {
					break
				}
				if cj.fold >= 0 {
					buf = utf8.AppendRune(buf, cj.fold)
				}
			}
			toks = append(toks, token{start: i, end: j, kind: tokWord})
			i = j
		default:
			buf = utf8.AppendRune(buf, r)
			toks = append(toks, token{start: i, end: i + 1, kind: tokPunct})
			i++
		}
		ends = append(ends, len(buf))
	}
	all, from := string(buf), 0
	for k := range toks {
		toks[k].norm = all[from:ends[k]]
		from = ends[k]
	}
	b.toks, b.buf, b.ends = toks, buf, ends
	return toks
}

// runeClass is what tokenize needs to know of a rune: whether it is space,
// its digit value (-1 for none), whether it continues a word, and its fold
// (-1: dropped).
type runeClass struct {
	space bool
	word  bool
	digit int8
	fold  rune
}

func newRuneClass(r rune) runeClass {
	return runeClass{space: unicode.IsSpace(r), word: isWordRune(r), digit: int8(digitValue(r)), fold: foldRune(r)}
}

// classes caches runeClass below U+0700 (ASCII, Latin and the Arabic
// block: nearly every rune of an article), so that the tokenizer makes no
// unicode table lookups there.
var classes = func() (t [0x700]runeClass) {
	for r := range t {
		t[r] = newRuneClass(rune(r))
	}
	return t
}()

func classOf(r rune) runeClass {
	if 0 <= r && r < rune(len(classes)) {
		return classes[r]
	}
	return newRuneClass(r)
}
