package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Fold normalises s for matching, so that the spellings one name or word
// appears under in Arabic news compare equal:
//
//   - diacritics (harakat, shadda, sukun, superscript alef, Quranic marks,
//     Arabic Extended-A marks), tatweel and invisible formatting marks
//     (zero-width characters, bidi controls, BOM, ALM, soft hyphen) are
//     removed;
//   - أ إ آ ٱ (and the rarer wavy and high hamza alefs) become ا, ى becomes
//     ي, ة becomes ه, ؤ becomes و, ئ becomes ي;
//   - Arabic-Indic and Persian digits become ASCII digits, and the Arabic
//     decimal and thousands separators ٫ ٬ become . and ,;
//   - presentation forms become their base letters (a lam-alef ligature
//     becomes two letters, ﷲ becomes الله);
//   - Persian and Urdu letters become the Arabic letter a reader takes
//     them for: ک ڪ گ → ك, ی ے → ي, ہ ۀ ە → ه, پ → ب, چ → ج, ژ → ز,
//     ڤ → ف. گ goes to ك rather than ج or غ because it is a kaf by shape;
//     which sound a site meant is the entity layer's question;
//   - letters are lowercased (Latin, and any other cased script);
//   - every run of white space (NBSP and the other Unicode spaces
//     included) becomes one ASCII space; the ends are not trimmed.
//
// Fold is idempotent: Fold(Fold(s)) == Fold(s). Invalid UTF-8 bytes come
// out as U+FFFD, so the result is always valid UTF-8.
func Fold(s string) string {
	n := foldedPrefix(s)
	if n == len(s) {
		// Most words of a text are folded already, and callers fold word
		// by word: give them back without a copy.
		return s
	}
	f := folder{b: make([]byte, 0, len(s))}
	f.b = append(f.b, s[:n]...)
	f.space = n > 0 && s[n-1] == ' '
	f.run(s[n:])
	return f.text()
}

// FoldTrimmed returns strings.TrimSpace(Fold(s)). Fold leaves no white
// space but the ASCII space, so only that is trimmed, and the ends of an
// Arabic text are not decoded to be tested against Unicode's white space,
// as TrimSpace does with any text not ASCII: the linker and the knowledge
// base fold and trim every name they look up.
func FoldTrimmed(s string) string { return strings.Trim(Fold(s), " ") }

// FoldedWords returns strings.Fields(f) for a text f that Fold returned.
// Fold leaves no white space but the ASCII space, so the words are cut at
// that alone, where Fields would decode every character of an Arabic text
// to test it against Unicode's white space.
func FoldedWords(f string) []string {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] != ' ' && (i == 0 || f[i-1] == ' ') {
			n++
		}
	}
	words := make([]string, 0, n)
	for f != "" {
		f = strings.TrimLeft(f, " ")
		if f == "" {
			break
		}
		w, rest, _ := strings.Cut(f, " ")
		words = append(words, w)
		f = rest
	}
	return words
}

// foldedPrefix returns the length in bytes of the longest prefix of s that
// Fold leaves as it is, checking only the common cases (ASCII and the
// Arabic block); it stops at the first character that may change.
func foldedPrefix(s string) int {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' || '\t' <= c && c <= '\r' || c == ' ' && space {
				return i
			}
			space = c == ' '
			i++
		case 0xD8 <= c && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			k := rune(c&0x03)<<6 | rune(s[i+1]&0x3F)
			if arabicTable[k] != 0x0600+k {
				return i
			}
			space = false
			i += 2
		default:
			return i
		}
	}
	return len(s)
}

// Folded is Fold's output with a map from its code points back to the
// code points of the input it was folded from.
type Folded struct {
	Text string
	// orig[k] is the input index of the character folded rune k came
	// from, stored as -(index+1) for the second and later runes of one
	// character that expanded into several (a ligature).
	orig  []int32
	runes []rune // Text as code points
	n     int    // code points in the input
}

// FoldMap folds s as Fold does and keeps the offset map.
func FoldMap(s string) Folded {
	// One entry per input code point, fewer where marks and spaces go:
	// only a ligature makes more, so the tables rarely grow.
	n := countRunes(s)
	f := folder{b: make([]byte, 0, len(s)), mapped: true, m: make([]int32, 0, n), rs: make([]rune, 0, n)}
	n = f.run(s)
	if len(f.m) > 0 {
		f.m[0] = 0 // leading removed marks belong to the first kept character
	}
	return Folded{Text: f.text(), orig: f.m, runes: f.rs, n: n}
}

// Runes returns f.Text as code points, kept as the fold wrote them: the
// callers that search the folded text by code point need them, and
// decoding the text again (and caching a copy, as Runes does) cost more.
// The slice is f's: it must not be modified.
func (f Folded) Runes() []rune { return f.runes }

// Orig maps the code point index i of f.Text, from 0 to its length
// inclusive, to a code point index of the input. Characters the fold
// removed (diacritics, tatweel, invisible marks, collapsed spaces) belong
// to the kept character before them, so a match [start, end) of f.Text
// maps to [Orig(start), Orig(end)) of the input: the end lands after the
// last matched letter's diacritics and before the next letter. Indexes out
// of range are clamped. Inside a character that expanded into several
// (a lam-alef ligature) Orig gives the start of that character; OrigSpan
// widens a span end there to the character's end.
func (f Folded) Orig(i int) int {
	if i >= len(f.orig) {
		return f.n
	}
	if i <= 0 {
		return 0
	}
	return decode(f.orig[i])
}

// OrigSpan maps the span [start, end) of f.Text to the input, so that a
// span that ends or starts inside an expanded character covers all of it.
func (f Folded) OrigSpan(start, end int) (int, int) {
	for end > 0 && end < len(f.orig) && f.orig[end] < 0 {
		end++
	}
	return f.Orig(start), f.Orig(end)
}

func decode(v int32) int {
	if v < 0 {
		return int(-v - 1)
	}
	return int(v)
}

// folder holds the state of one fold: the output, the optional offset
// map, and whether the last rune written was a space (to collapse runs
// across removed marks too).
type folder struct {
	b      []byte
	m      []int32
	rs     []rune // the output's code points, kept with m
	mapped bool
	space  bool
}

// text returns the output as a string without copying it, as
// strings.Builder does: Fold runs once per word in every stage, and the
// copy was half its allocations. f must not be written after.
func (f *folder) text() string {
	return unsafe.String(unsafe.SliceData(f.b), len(f.b))
}

// run folds s into f and returns the number of code points of s.
func (f *folder) run(s string) int {
	j := 0
	for i := 0; i < len(s); j++ {
		c := s[i]
		if c < utf8.RuneSelf {
			f.ascii(c, j)
			i++
			continue
		}
		if 0xD8 <= c && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// The Arabic block, decoded inline: most of the text.
			if t := arabicTable[rune(c&0x03)<<6|rune(s[i+1]&0x3F)]; 0x0600 <= t && t <= 0x06FF {
				f.arabic(t, j) // a letter of the block again, encoded inline
			} else if t != 0 {
				f.emit(t, j, false)
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		f.foldRune(r, j)
		i += w
	}
	return j
}

// arabic writes r of the Arabic block, from input character j: emit's
// work without its tests, as r is no space, and with r's two UTF-8 bytes
// written in place.
func (f *folder) arabic(r rune, j int) {
	f.space = false
	f.b = append(f.b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	if f.mapped {
		f.m = append(f.m, int32(j))
		f.rs = append(f.rs, r)
	}
}

func (f *folder) ascii(c byte, j int) {
	switch {
	case 'A' <= c && c <= 'Z':
		c += 'a' - 'A'
	case c == ' ' || ('\t' <= c && c <= '\r'):
		if f.space {
			return
		}
		c = ' '
	}
	f.space = c == ' '
	f.b = append(f.b, c)
	if f.mapped {
		f.m = append(f.m, int32(j))
		f.rs = append(f.rs, rune(c))
	}
}

func (f *folder) foldRune(r rune, j int) {
	switch {
	case 0x0600 <= r && r <= 0x06FF:
		if t := arabicTable[r-0x0600]; t != 0 {
			f.emit(t, j, false)
		}
	case 0xFB50 <= r && r <= 0xFDFF:
		f.expand(presA[r-0xFB50], j)
	case 0xFE70 <= r && r <= 0xFEFF:
		f.expand(presB[r-0xFE70], j)
	case isMark(r), isInvisible(r), r == SoftHyphen:
	case unicode.IsSpace(r):
		f.emit(' ', j, false)
	default:
		f.emit(unicode.ToLower(r), j, false)
	}
}

// emit writes r, unless it is a space right after another, and reports
// whether it wrote it.
func (f *folder) emit(r rune, j int, cont bool) bool {
	if r == ' ' {
		if f.space {
			return false
		}
		f.space = true
	} else {
		f.space = false
	}
	if r < utf8.RuneSelf {
		f.b = append(f.b, byte(r))
	} else {
		f.b = utf8.AppendRune(f.b, r)
	}
	if f.mapped {
		v := int32(j)
		if cont {
			v = -v - 1
		}
		f.m = append(f.m, v)
		f.rs = append(f.rs, r)
	}
	return true
}

// expand writes the already folded expansion of one input character.
func (f *folder) expand(s string, j int) {
	cont := false
	for _, r := range s {
		if f.emit(r, j, cont) {
			cont = true
		}
	}
}

// arabicTable folds the Arabic block U+0600–U+06FF; 0 means "remove".
var arabicTable = buildArabicTable()

func buildArabicTable() (t [256]rune) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		t[r-0x0600] = r
		if isMark(r) || r == Tatweel || r == ArabicLetterMark {
			t[r-0x0600] = 0
		}
	}
	set := func(to rune, from ...rune) {
		for _, r := range from {
			t[r-0x0600] = to
		}
	}
	set(Alef, AlefHamzaAbove, AlefHamzaBelow, AlefMadda, AlefWasla, '\u0672', '\u0673', '\u0675')
	set(Yeh, AlefMaksura, YehHamza, FarsiYeh, YehBarree, '\u06D3', '\u0678', '\u06D0')
	set(Heh, TehMarbuta, HehGoal, HehYeh, AeLetter, '\u06C2', '\u06C3')
	set(Waw, WawHamza, '\u0676')
	set(Kaf, KehehLetter, SwashKaf, GafLetter)
	set(Beh, PehLetter)
	set(Jeem, TchehLetter)
	set(Zain, JehLetter)
	set(Feh, VehLetter)
	set('.', ArabicDecimalSep)
	set(',', ArabicThousands)
	for d := rune(0); d < 10; d++ {
		set('0'+d, 0x0660+d, 0x06F0+d)
	}
	return t
}

// presA and presB fold the presentation forms U+FB50–U+FDFF and
// U+FE70–U+FEFF: their compatibility decomposition, folded. Forms that
// decompose to a space plus a mark (isolated harakat) are removed.
//
// They are built in init, not in their declarations, because building
// them runs the folder, which reads them.
var presA, presB []string

func init() {
	presA = buildPresTable(0xFB50, 0xFDFF)
	presB = buildPresTable(0xFE70, 0xFEFF)
}

func buildPresTable(lo, hi rune) []string {
	t := make([]string, hi-lo+1)
	for r := lo; r <= hi; r++ {
		d := norm.NFKC.String(string(r))
		if d == string(r) {
			t[r-lo] = string(unicode.ToLower(r))
			continue
		}
		var f folder
		f.run(d) // a decomposition holds no presentation forms: no recursion
		t[r-lo] = f.text()
		if strings.TrimSpace(t[r-lo]) == "" {
			t[r-lo] = ""
		}
	}
	if hi == ByteOrderMark {
		t[len(t)-1] = "" // the BOM is an invisible mark, not a letter form
	}
	return t
}

// FoldLetter folds the letters Arabic spelling mixes freely — the hamza
// carriers and alef wasla to alef, alef maksura and yeh with hamza to yeh,
// teh marbuta to heh, waw with hamza to waw — and returns every other rune
// unchanged. It is the narrow core of Fold for callers that fold rune by
// rune with rules of their own for the rest (the scorer's folding, a
// lexicon's).
func FoldLetter(r rune) rune {
	switch r {
	case AlefHamzaAbove, AlefHamzaBelow, AlefMadda, AlefWasla:
		return Alef
	case AlefMaksura, YehHamza:
		return Yeh
	case TehMarbuta:
		return Heh
	case WawHamza:
		return Waw
	}
	return r
}
