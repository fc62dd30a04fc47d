package furniture

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Named runes: the letters whose spelling varies between sites and the
// marks that decorate a word without changing it.
const (
	alef            = 'ا'
	alefHamzaAbove  = 'أ'
	alefHamzaBelow  = 'إ'
	alefMadda       = 'آ'
	alefWasla       = 'ٱ'
	alefMaksura     = 'ى'
	yeh             = 'ي'
	tehMarbuta      = 'ة'
	heh             = 'ه'
	wawHamza        = 'ؤ'
	waw             = 'و'
	yehHamza        = 'ئ'
	tatweel         = 'ـ'
	arabicComma     = '،'
	arabicSemicolon = '؛'
	arabicQuestion  = '؟'
	ellipsis        = '…'
	noBreakSpace    = '\u00a0'
	arabicZero      = '٠'
	arabicNine      = '٩'
	persianZero     = '۰'
	persianNine     = '۹'
	fathatan        = '\u064b'
	sukun           = '\u0652'
	superAlef       = '\u0670'
)

// foldRune maps one rune to its folded form, or -1 to drop it. The folding
// is the one the scorer applies (diacritics and tatweel dropped, hamza
// carriers and final forms folded, digits to ASCII, lower case), so that
// lexicon entries match however a site spells them.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '_' || (r != '@' && r != '#' && unicode.IsPunct(r)) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	case r >= fathatan && r <= sukun, r == superAlef, r == tatweel:
		return -1
	case r == alefHamzaAbove, r == alefHamzaBelow, r == alefMadda, r == alefWasla:
		return alef
	case r == alefMaksura, r == yehHamza:
		return yeh
	case r == tehMarbuta:
		return heh
	case r == wawHamza:
		return waw
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

// fold returns s folded rune by rune with runs of spaces collapsed and the
// ends trimmed: the form every lexicon lookup and comparison uses.
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
// ends.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == noBreakSpace || unicode.Is(unicode.Cf, r)
}

// trim strips white space and invisible marks from both ends.
func trim(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// wordCount counts the space-separated words of s without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
		}
		in = true
	}
	return n
}

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
	case '.', '!', '?', arabicQuestion, ':', ellipsis, arabicSemicolon, ';':
		return true
	}
	return false
}
