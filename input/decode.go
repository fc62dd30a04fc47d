package input

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names the character encoding Decode read the bytes in, by its
// WHATWG name. Besides the constants, Decode may return the name of any
// charset an HTML page declared (for example "windows-1252").
type Encoding string

// The encodings Decode recognises without being told.
const (
	UTF8        Encoding = "utf-8"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1256 Encoding = "windows-1256"
	ISO8859_6   Encoding = "iso-8859-6"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode turns raw bytes into UTF-8 text and says which encoding they were
// in. It strips a byte order mark. With html true it honours a charset the
// page declares in <meta charset> or <meta http-equiv="Content-Type">, for
// bytes that are not valid UTF-8 (a page re-saved as UTF-8 often keeps its
// old declaration, and valid UTF-8 with Arabic in it is never an accident).
//
// Without a declaration it tells UTF-8, UTF-16 (with or without a byte order
// mark), windows-1256 and ISO-8859-6 apart from the bytes themselves. It
// fails with isnad.ErrBinary for NUL bytes outside UTF-16 or a high share of
// control characters, and with isnad.ErrEncoding for bytes that are neither
// UTF-8 nor plausibly Arabic in a single-byte encoding. Empty input is not
// an error here: whether empty text is acceptable is the caller's call.
func Decode(b []byte, html bool) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		rest := b[len(bomUTF8):]
		if s, ok := validUTF8(rest); ok {
			return checked(s, UTF8)
		}
		return "", "", fail(isnad.ErrEncoding, "invalid UTF-8 at byte %d after a UTF-8 byte order mark",
			len(bomUTF8)+firstInvalid(rest))
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b[2:], UTF16LE)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b[2:], UTF16BE)
	}
	if nul := bytes.IndexByte(b, 0); nul >= 0 {
		if enc := utf16Pattern(b); enc != "" {
			return decodeUTF16(b, enc)
		}
		return "", "", fail(isnad.ErrBinary, "binary data (NUL bytes at offset %d), not text", nul)
	}
	if s, ok := validUTF8(b); ok {
		return checked(s, UTF8)
	}
	if html {
		if enc, name := declaredCharset(b); enc != nil {
			s, err := enc.NewDecoder().String(string(b))
			if err == nil {
				return checked(s, Encoding(name))
			}
		}
	}
	return singleByte(b)
}

// checked rejects text that decoded cleanly but is mostly control
// characters: a binary file that happens to be valid UTF-8. It counts bytes,
// not runes: a control character is one byte in UTF-8, and byte loops are
// what keeps this cheap on every input.
func checked(s string, enc Encoding) (string, Encoding, error) {
	controls := 0
	for i := 0; i < len(s); i++ {
		if isControl(rune(s[i])) {
			controls++
		}
	}
	if controls*20 > len(s) {
		return "", "", fail(isnad.ErrBinary, "binary data (%d%% control characters), not text", controls*100/len(s))
	}
	return s, enc, nil
}

// isControl reports C0 controls and DEL, except the ones text uses for
// layout.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || r == 0x7F
}

func decodeUTF16(b []byte, enc Encoding) (string, Encoding, error) {
	order := xunicode.LittleEndian
	if enc == UTF16BE {
		order = xunicode.BigEndian
	}
	// An odd trailing byte is half a code unit: a cut-off file, not text.
	b = b[:len(b)&^1]
	s, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fail(isnad.ErrEncoding, "invalid %s: %v", enc, err)
	}
	return checked(string(s), enc)
}

// utf16Pattern recognises UTF-16 without a byte order mark by where its
// high bytes fall: Arabic text is U+06xx and its spaces, digits and
// punctuation U+00xx, so in one byte position of every pair nearly all
// bytes are 0x00 or 0x06, and in the other almost none are.
func utf16Pattern(b []byte) Encoding {
	n := len(b) &^ 1
	if n == 0 {
		return ""
	}
	var high [2]int
	for i, c := range b[:n] {
		if c == 0x00 || c == 0x06 {
			high[i&1]++
		}
	}
	pairs := n / 2
	switch {
	case high[1]*2 >= pairs && high[0]*10 <= pairs:
		return UTF16LE
	case high[0]*2 >= pairs && high[1]*10 <= pairs:
		return UTF16BE
	}
	return ""
}

// validUTF8 returns b as a string if it is valid UTF-8, forgiving an
// incomplete last character: a file cut off mid-letter is still text.
func validUTF8(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return string(b), true
	}
	if t := truncatedRune(b); t > 0 {
		return string(b[:len(b)-t]), true
	}
	return "", false
}

// truncatedRune returns how many bytes at the end of b are the start of an
// incomplete UTF-8 sequence, when everything before them is valid; else 0.
func truncatedRune(b []byte) int {
	for t := 1; t < utf8.UTFMax && t <= len(b); t++ {
		tail := b[len(b)-t:]
		if utf8.RuneStart(tail[0]) && !utf8.FullRune(tail) {
			if utf8.Valid(b[:len(b)-t]) {
				return t
			}
			return 0
		}
	}
	return 0
}

// firstInvalid returns the offset of the first byte that is not valid UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// arabicCharmaps are the single-byte encodings Arabic text was published in
// before UTF-8.
var arabicCharmaps = []struct {
	name Encoding
	cm   encoding.Encoding
}{
	{Windows1256, charmap.Windows1256},
	{ISO8859_6, charmap.ISO8859_6},
}

// singleByte decodes b with each Arabic single-byte encoding and keeps the
// reading with the most Arabic and the fewest impossible characters, if it
// is plausible Arabic text at all.
func singleByte(b []byte) (string, Encoding, error) {
	best, bestScore, bestEnc := "", 0, Encoding("")
	var bestStats charStats
	for i, c := range arabicCharmaps {
		s, err := c.cm.NewDecoder().String(string(b))
		if err != nil {
			continue
		}
		st := statsOf(s)
		if score := st.score(); i == 0 || score > bestScore {
			best, bestScore, bestEnc, bestStats = s, score, c.name, st
		}
	}
	if bestEnc == "" || !bestStats.plausible() {
		return "", "", fail(isnad.ErrEncoding,
			"invalid UTF-8 at byte %d and not a known Arabic single-byte encoding", firstInvalid(b))
	}
	return checked(best, bestEnc)
}

// charStats holds the cues that tell a right decoding from a wrong one.
type charStats struct {
	high   int // characters above ASCII
	arabic int // of which Arabic letters, marks, digits or punctuation
	latin  int // of which Latin letters with diacritics: rare in Arabic news
	bad    int // of which undefined bytes (U+FFFD) or C1 controls: impossible
	// mixed counts Arabic letters touching other letters inside a word.
	// Arabic words never mix scripts, but a wrong charmap mixes them on
	// every other byte: Latin-1 read as ISO-8859-6 ("ةlection"), ISO-8859-6
	// read as windows-1256 (its ي, و, ه are ê, è, ç there).
	mixed int
	// article counts words starting with the definite article ال. Short
	// texts in ISO-8859-6 and windows-1256 can both decode to nothing but
	// Arabic letters; the article tells them apart, as each charmap reads
	// the other's ل as another letter.
	article int
	// marks counts Arabic vowel marks. News text rarely writes them, but
	// ISO-8859-6 puts tanwin where windows-1256 has ى and ي.
	marks int
	// zah counts ظ, among the rarest Arabic letters, which each charmap
	// makes of a common letter of the other (ع, ط).
	zah int
}

func statsOf(s string) charStats {
	var st charStats
	prev, prev2 := rune(' '), rune(' ')
	for _, r := range s {
		if isArabic(r) != isArabic(prev) && unicode.IsLetter(r) && unicode.IsLetter(prev) {
			st.mixed++
		}
		if prev == alef && r == lam && !unicode.IsLetter(prev2) {
			st.article++
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			st.marks++
		case r == zah:
			st.zah++
		}
		prev, prev2 = r, prev
		switch {
		case r < utf8.RuneSelf:
			continue
		case isArabic(r):
			st.arabic++
		case r == utf8.RuneError || (r >= 0x80 && r <= 0x9F):
			st.bad++
		case r >= 0xC0 && r <= 0x24F:
			st.latin++
		}
		st.high++
	}
	return st
}

// score weighs impossible characters heavily: one undefined byte is proof
// against an encoding, while a stray accented letter is only a hint.
func (st charStats) score() int {
	return 2*st.arabic + 4*st.article - st.latin - 8*st.bad - 2*st.mixed - 3*st.marks - 3*st.zah
}

const (
	alef = 'ا'
	lam  = 'ل'
	zah  = 'ظ'
)

// plausible accepts a decoding in which Arabic dominates the non-ASCII text
// and almost nothing is impossible or mixes scripts inside a word.
func (st charStats) plausible() bool {
	return st.high > 0 && st.arabic*10 >= st.high*6 && st.bad*50 <= st.high && st.mixed*20 <= st.arabic
}

// isArabic counts the Arabic comma, semicolon and question mark too, which
// Unicode files under the Common script.
func isArabic(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || unicode.Is(unicode.Arabic, r)
}
