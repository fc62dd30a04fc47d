package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a Token is made of.
type TokenKind uint8

// Token kinds. Word is an Arabic word (letters with their diacritics,
// tatweel and joiners); Latin is a word of Latin letters, which may carry
// digits and inner full stops (G7, U.S, example.com); Other is a word of
// any other script; URL is a web address starting http://, https:// or
// www., up to the next space, without trailing punctuation.
const (
	Word TokenKind = iota
	Latin
	Number
	Punct
	Symbol
	Other
	URL
)

var kindNames = [...]string{"Word", "Latin", "Number", "Punct", "Symbol", "Other", "URL"}

func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "TokenKind(?)"
}

// Token is a piece of text between spaces or at a punctuation boundary.
type Token struct {
	Text       string
	Start, End int // code point offsets into the input, end exclusive
	Kind       TokenKind
}

// Tokenize splits s into tokens. Space (IsSpace: white space and the
// invisible bidi and zero-width marks) separates tokens and belongs to
// none; every other character is in exactly one token, and tokens come in
// order. Punctuation (، ؛ ؟, ASCII, every quotation mark, brackets,
// dashes) is cut off words, a run of one repeated mark ("...", "!!")
// making one token. Digits of any script with . , / : ٫ ٬ between them
// stay one number (3.5, 10,000, 2024/11/30, 10:30); digits and Arabic
// letters are cut apart (2024م is a number and a word). Web addresses are
// one URL token. A run of tatweel with no letter is a Punct (a dash drawn
// with the extender), diacritics with no letter a Symbol.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/8+1), s)
}

// AppendTokens appends the tokens of s, as Tokenize cuts them, to toks and
// returns the extended slice: a caller that tokenizes a text sentence by
// sentence keeps one table instead of one per sentence. The offsets are
// into s.
func AppendTokens(toks []Token, s string) []Token {
	t := tokenizer{s: s}
	for t.i < len(s) {
		if c := s[t.i]; c == ' ' || c == '\n' {
			t.advance(1) // the spaces between words, without decoding them
			continue
		}
		r, w := t.peek()
		if IsSpace(r) {
			t.advance(w)
			continue
		}
		start, startCP := t.i, t.cp
		kind := t.scan(r, w)
		toks = append(toks, Token{Text: s[start:t.i], Start: startCP, End: t.cp, Kind: kind})
	}
	return toks
}

// tokenizer walks s keeping both the byte offset i and the code point
// offset cp, so that no offset has to be recounted.
type tokenizer struct {
	s     string
	i, cp int
}

func (t *tokenizer) peek() (rune, int) {
	return peekAt(t.s, t.i)
}

func peekAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func (t *tokenizer) advance(w int) {
	t.i += w
	t.cp++
}

// scan consumes one token starting with r and returns its kind.
func (t *tokenizer) scan(r rune, w int) TokenKind {
	t.advance(w)
	switch {
	case isDigit(r):
		t.number()
		return Number
	case isArabicWordRune(r):
		if !t.arabicWord() && !IsArabicLetter(r) {
			// A run of tatweel is a dash drawn with the letter
			// extender (العمالة ــ وربما); stray marks are symbols.
			if r == Tatweel {
				return Punct
			}
			return Symbol
		}
		return Word
	case unicode.IsLetter(r):
		if t.url() {
			return URL
		}
		t.foreignWord()
		if r < 0x250 {
			return Latin
		}
		return Other
	case unicode.IsPunct(r):
		t.while(func(q rune) bool { return q == r })
		return Punct
	}
	return Symbol
}

// arabicWord consumes the rest of an Arabic word and reports whether it
// held a letter. The Arabic block is decoded inline, and the walk is kept
// in locals: this loop sees most of the bytes of an article. No ASCII
// character is part of an Arabic word, so the space after one ends it
// without a look at the tables.
func (t *tokenizer) arabicWord() (letter bool) {
	s, i, cp := t.s, t.i, t.cp
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			break
		}
		if 0xD8 <= c && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			k := rune(c&0x03)<<6 | rune(s[i+1]&0x3F)
			if !arabicWordRunes[k] {
				break
			}
			letter = letter || arabicLetters[k]
			i, cp = i+2, cp+1
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isArabicWordRune(r) {
			break
		}
		letter = letter || IsArabicLetter(r)
		i, cp = i+w, cp+1
	}
	t.i, t.cp = i, cp
	return letter
}

func isArabicWordRune(r rune) bool {
	if 0x0600 <= r && r <= 0x06FF {
		return arabicWordRunes[r-0x0600]
	}
	return IsArabicLetter(r) || isWordMark(r)
}

// arabicWordRunes caches isArabicWordRune for the Arabic block.
var arabicWordRunes = func() (t [256]bool) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		t[r-0x0600] = IsArabicLetter(r) || isWordMark(r)
	}
	return t
}()

func (t *tokenizer) while(ok func(rune) bool) {
	for {
		r, w := t.peek()
		if w == 0 || !ok(r) {
			return
		}
		t.advance(w)
	}
}

// foreignWord consumes the rest of a non-Arabic word, with inner full
// stops (U.S, example.com): a stop is part of the word only between two
// word characters.
func (t *tokenizer) foreignWord() {
	for {
		t.while(isForeignWordRune)
		r, w := t.peek()
		if r != '.' {
			return
		}
		if next, _ := peekAt(t.s, t.i+w); !isForeignWordRune(next) || next == ZeroWidthNonJoiner || next == ZeroWidthJoiner || next == SoftHyphen {
			return
		}
		t.advance(w)
	}
}

// url consumes a web address if one starts one byte back (the scan has
// taken its first letter), and reports whether it did.
func (t *tokenizer) url() bool {
	rest := t.s[t.i-1:]
	if !hasPrefixFold(rest, "http://") && !hasPrefixFold(rest, "https://") && !hasPrefixFold(rest, "www.") {
		return false
	}
	end := len(rest)
	for k, r := range rest {
		if IsSpace(r) || 0x0600 <= r && r <= 0x06FF || IsArabicLetter(r) || familyOf(r) != noQuote || r == '<' || r == '>' {
			end = k
			break
		}
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for end > 1 && strings.ContainsRune(".,;:!?)]}'", rune(rest[end-1])) {
		end--
	}
	for k := 1; k < end; {
		_, w := utf8.DecodeRuneInString(rest[k:end])
		t.advance(w)
		k += w
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// number consumes digits, and a separator only when a digit follows it.
func (t *tokenizer) number() {
	for {
		t.while(isDigit)
		r, w := t.peek()
		if !isNumberSep(r) {
			return
		}
		if d, _ := peekAt(t.s, t.i+w); !isDigit(d) {
			return
		}
		t.advance(w)
	}
}

func isDigit(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return '0' <= r && r <= '9'
	case r <= arabicBlockEnd:
		// Each token's first character is asked: in the Arabic block the
		// digits are the two rows of Arabic-Indic ones, no table search.
		return arabicIndicZero <= r && r <= arabicIndicZero+9 || easternArabicIndicZero <= r && r <= easternArabicIndicZero+9
	}
	return unicode.IsDigit(r)
}

// The Arabic-Indic digits (٠ to ٩), the Persian and Urdu ones (۰ to ۹),
// and the last code point of the Arabic block.
const (
	arabicIndicZero        = '\u0660'
	easternArabicIndicZero = '\u06F0'
	arabicBlockEnd         = '\u06FF'
)

func isNumberSep(r rune) bool {
	switch r {
	case '.', ',', '/', ':', ArabicDecimalSep, ArabicThousands:
		return true
	}
	return false
}

// isForeignWordRune reports what continues a non-Arabic word: its letters,
// digits and combining marks, but not Arabic letters, so that a Latin name
// glued to Arabic text is still cut off.
func isForeignWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	if IsArabicLetter(r) || isMark(r) || r == Tatweel {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == ZeroWidthNonJoiner || r == ZeroWidthJoiner || r == SoftHyphen
}
