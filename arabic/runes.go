// Package arabic owns isnad's Arabic text layer: folding spelling variants
// for matching (with a map back to the original offsets), tokenizing,
// segmenting clitics off words, splitting sentences, and telling how much
// of a text is Arabic. Every later stage (NER, entity matching, quotes,
// dates, events) works through it, so all offsets it returns are Unicode
// code point indexes, the unit of the output contract.
package arabic

import (
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Letters and marks the package treats specially, named as bleve's
// analysis/lang/ar does so that the rules read as Arabic, not as hex.
const (
	Hamza           = '\u0621'
	AlefMadda       = '\u0622'
	AlefHamzaAbove  = '\u0623'
	WawHamza        = '\u0624'
	AlefHamzaBelow  = '\u0625'
	YehHamza        = '\u0626'
	Alef            = '\u0627'
	Beh             = '\u0628'
	TehMarbuta      = '\u0629'
	Teh             = '\u062A'
	Theh            = '\u062B'
	Jeem            = '\u062C'
	Hah             = '\u062D'
	Dal             = '\u062F'
	Reh             = '\u0631'
	Zain            = '\u0632'
	Seen            = '\u0633'
	Feh             = '\u0641'
	Qaf             = '\u0642'
	Kaf             = '\u0643'
	Lam             = '\u0644'
	Meem            = '\u0645'
	Noon            = '\u0646'
	Heh             = '\u0647'
	Waw             = '\u0648'
	AlefMaksura     = '\u0649'
	Yeh             = '\u064A'
	Tatweel         = '\u0640'
	SuperscriptAlef = '\u0670'
	AlefWasla       = '\u0671'

	// Letters of Persian and Urdu orthography that Arabic sites mix in,
	// mostly by keyboard layout (Farsi kaf and yeh) or to write foreign
	// sounds (veh for v, gaf for g).
	PehLetter        = '\u067E' // پ
	TchehLetter      = '\u0686' // چ
	JehLetter        = '\u0698' // ژ
	VehLetter        = '\u06A4' // ڤ
	KehehLetter      = '\u06A9' // ک
	SwashKaf         = '\u06AA' // ڪ
	GafLetter        = '\u06AF' // گ
	HehYeh           = '\u06C0' // ۀ
	HehGoal          = '\u06C1' // ہ
	FarsiYeh         = '\u06CC' // ی
	YehBarree        = '\u06D2' // ے
	AeLetter         = '\u06D5' // ە
	ArabicDecimalSep = '\u066B' // ٫
	ArabicThousands  = '\u066C' // ٬

	ArabicComma        = '\u060C' // ،
	ArabicSemicolon    = '\u061B' // ؛
	ArabicQuestionMark = '\u061F' // ؟
	ArabicFullStop     = '\u06D4' // ۔ (Urdu full stop, seen in scraped text)
	ArabicLetterMark   = '\u061C'
	Ellipsis           = '\u2026' // …

	LeftDoubleQuote    = '\u201C' // “
	RightDoubleQuote   = '\u201D' // ”
	LeftSingleQuote    = '\u2018' // ‘
	RightSingleQuote   = '\u2019' // ’
	LeftGuillemet      = '\u00AB' // «
	RightGuillemet     = '\u00BB' // »
	LowDoubleQuote     = '\u201E' // „
	DoublePrime        = '\u2033' // ″, WordPress's rendering of a " after a digit
	StraightQuote      = '"'
	NoBreakSpace       = '\u00A0'
	ZeroWidthSpace     = '\u200B'
	ZeroWidthNonJoiner = '\u200C'
	ZeroWidthJoiner    = '\u200D'
	ByteOrderMark      = '\uFEFF'
	SoftHyphen         = '\u00AD' // invisible unless a line breaks there; CMSs leave it inside words
)

// IsArabicLetter reports whether r is a letter of the Arabic script
// (base letters, their Persian and Urdu additions, and presentation forms),
// not a digit, mark or punctuation sign.
func IsArabicLetter(r rune) bool {
	switch {
	case r < 0x0600:
		return false
	case r <= 0x06FF:
		return arabicLetters[r-0x0600]
	}
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// arabicLetters caches IsArabicLetter for the Arabic block, where nearly
// all the text is: the tokenizer asks it for every rune.
var arabicLetters = func() (t [256]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		t[r-0x0600] = unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
	}
	return t
}()

// ArabicRatio returns the share of the letters of s that are Arabic, from
// 0 to 1, and 0 when s has no letters. Digits, punctuation and marks do not
// count either way, so a number-heavy Arabic article still scores high.
func ArabicRatio(s string) float64 {
	var letters, arabic int
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		// Nearly all of an Arabic text is in the Arabic block: its two
		// bytes are read in place and its letters from a table, the
		// Unicode tables searched only for the rest. Tatweel, a modifier
		// letter of no script, counts for neither side.
		if 0xD8 <= c && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if arabicLetters[rune(c&0x03)<<6|rune(s[i+1]&0x3F)] {
				letters++
				arabic++
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsLetter(r) {
			letters++
			if IsArabicLetter(r) {
				arabic++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(arabic) / float64(letters)
}

// IsLetter reports whether r is a letter, as unicode.IsLetter does, but
// answers ASCII and the Arabic block from a table: the stages count and key
// the letters of every name, and the Unicode tables are searched for each.
func IsLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case 0x0600 <= r && r <= 0x06FF:
		return blockLetters[r-0x0600]
	}
	return unicode.IsLetter(r)
}

// blockLetters caches unicode.IsLetter for the Arabic block (tatweel is a
// letter there; IsArabicLetter says no).
var blockLetters = func() (t [256]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		t[r-0x0600] = unicode.IsLetter(r)
	}
	return t
}()

// IsSpace reports whether r separates words: Unicode white space or an
// invisible formatting mark (bidi controls, zero-width space, byte order
// mark, the Arabic letter mark). Scraped Arabic text is full of such marks
// between words; Tokenize and Sentences treat them as space so that no
// token or sentence starts with something a reader cannot see. The
// joiners ZWNJ and ZWJ are not space: inside a word they are part of it.
func IsSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || ('\t' <= r && r <= '\r')
	case r < oghamSpace:
		// Below U+1680 Unicode's white space is NEL and the no-break
		// space, and the only invisible mark is ALM: the Arabic letters
		// every tokenizer asks about skip the search of the tables.
		return r == nextLine || r == NoBreakSpace || r == ArabicLetterMark
	}
	return unicode.IsSpace(r) || isInvisible(r) && r != ZeroWidthNonJoiner && r != ZeroWidthJoiner
}

// nextLine and oghamSpace bound IsSpace's short cut: NEL is the last
// white space before the Ogham space mark, the first above U+00FF.
const (
	nextLine   = '\u0085'
	oghamSpace = '\u1680'
)

// isInvisible reports the formatting marks Fold removes: zero-width
// characters, bidi embeddings, overrides and isolates, BOM, ALM.
func isInvisible(r rune) bool {
	switch {
	case r == ArabicLetterMark, r == ByteOrderMark:
		return true
	case 0x200B <= r && r <= 0x200F, 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069:
		return true
	}
	return false
}

// isMark reports the Arabic diacritics and Quranic annotation signs that
// Fold removes: harakat, shadda, sukun, superscript alef, the small high
// signs and the Arabic Extended-A marks.
func isMark(r rune) bool {
	switch {
	case 0x064B <= r && r <= 0x065F, r == SuperscriptAlef:
		return true
	case 0x0610 <= r && r <= 0x061A, 0x06D6 <= r && r <= 0x06ED:
		return true
	case 0x08D3 <= r && r <= 0x08FF && r != 0x08E2:
		return true
	}
	return false
}

// isWordMark reports what may sit inside an Arabic word without being a
// letter: the diacritics, tatweel, the joiners and the soft hyphen.
func isWordMark(r rune) bool {
	return isMark(r) || r == Tatweel || r == ZeroWidthNonJoiner || r == ZeroWidthJoiner || r == SoftHyphen
}

// Runes returns the code points of s, as []rune(s) does, but decodes
// ASCII and two-byte sequences (the Arabic block) inline and counts the
// code points by their lead bytes: each stage turns the whole text into
// code points, and the runtime's conversion makes two calls per non-ASCII
// character. Text that is not valid UTF-8 goes to the runtime, which reads
// each invalid byte as U+FFFD.
//
// The stages of one article each convert the same text (Sentences, dates,
// the linker, quotes, events): a few texts converted last are kept, and
// asking again for one of them copies its code points instead of decoding
// the text once more. The caller always gets a slice of its own.
func Runes(s string) []rune {
	if len(s) < minCachedRunes {
		return decodeRunes(s)
	}
	return slices.Clone(SharedRunes(s))
}

// SharedRunes returns the code points of s as Runes does, but without
// copying them for the caller: the slice may be the one kept for s, handed
// to every caller that asks for s, so it must not be modified. The stages
// that only read the text call it; each Runes copy of an article's text is
// as large as the text again, and those copies were a tenth of the bytes
// a document allocates (so of the garbage collector's work).
func SharedRunes(s string) []rune {
	if len(s) < minCachedRunes {
		return decodeRunes(s)
	}
	if r, ok := recentRunes.lookup(s); ok {
		return r
	}
	// Clipped, so that a caller's append never writes into what the
	// others read (the runtime's conversion may leave room at the end).
	r := slices.Clip(decodeRunes(s))
	recentRunes.keep(s, r)
	return r
}

// minCachedRunes is the shortest text whose code points are kept: below
// it decoding costs less than looking the text up.
const minCachedRunes = 512

// recentRunes holds the code points of the texts converted last.
var recentRunes runesCache

// runesCache is a small round-robin cache of converted texts, safe for
// concurrent use. Each entry keeps its text alive, so an entry is found
// by comparing texts, which costs nothing when they share their bytes.
type runesCache struct {
	mu      sync.Mutex
	entries [8]struct {
		s string
		r []rune
	}
	next int
}

// lookup returns the kept code points of s themselves, if s is kept.
func (c *runesCache) lookup(s string) ([]rune, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.entries {
		if len(e.s) == len(s) && e.s == s {
			return e.r, true
		}
	}
	return nil, false
}

// keep keeps r itself as the code points of s, in place of the oldest;
// from then on nobody may change r.
func (c *runesCache) keep(s string, r []rune) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[c.next].s, c.entries[c.next].r = s, r
	c.next = (c.next + 1) % len(c.entries)
}

// decodeRunes converts s to code points (see Runes).
func decodeRunes(s string) []rune {
	out := make([]rune, countRunes(s))
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			out[n] = rune(c)
			i++
		case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			out[n] = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && w == 1 {
				return []rune(s)
			}
			out[n] = r
			i += w
		}
	}
	return out
}

// countRunes counts the code points of valid UTF-8 by their lead bytes, a
// tight loop with no decoding; in other text it may count fewer than
// utf8.RuneCountInString, which reads each invalid byte as one.
//
// Eight bytes are read at a time: a continuation byte is one whose top
// bit is set and the next clear, so x &^ (x << 1) keeps a byte's top bit
// just where it is one (the shift carries a byte's top bit into the next
// byte's lowest, never its top). Arabic text is all two-byte code points,
// which a byte-wise loop walks at nine instructions a byte.
func countRunes(s string) int {
	cont, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(x &^ (x << 1) & topBits)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// topBits is the top bit of each byte of a uint64.
const topBits = 0x8080808080808080
