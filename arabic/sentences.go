package arabic

import (
	"unicode"

	"github.com/isnad/isnad"
)

// Sentences splits s into sentences and returns their spans: code point
// offsets, end exclusive, trimmed of space (IsSpace) at both ends, in
// order, covering every non-space character of s exactly once.
//
// A sentence ends at a paragraph break (any line break) and after a run
// of . ! ? ؟ … ۔ (with the closing quotation marks and brackets that
// follow it), but never inside a quotation whose marks pair up within the
// paragraph (see quotes.go: an unmatched mark protects nothing, and a
// quotation over maxQuoteRunes characters is a quoted document whose
// sentences are cut as usual), and not after:
//   - an initial or one-letter abbreviation (د. م. ج. أ. ش. ق.م U.S.,
//     أ. ف. ب.) or a common Latin title abbreviation (Dr. Mr. Gen.);
//   - a number that starts its line (a list ordinal: "3. ...");
//   - a full stop with no space after it, unless an Arabic letter follows
//     a word of two or more letters ("الأسلحة.وقال"): so decimals (3.5),
//     dates (30.11.2024) and addresses (www.example.com) stay whole.
func Sentences(s string) []isnad.Span {
	rs := SharedRunes(s)
	spans := make([]isnad.Span, 0, len(rs)/80+1)
	start := 0
	for p := 0; p <= len(rs); p++ {
		if p == len(rs) || isLineBreak(rs[p]) {
			spans = splitParagraph(spans, rs[start:p], start)
			start = p + 1
		}
	}
	return spans
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// splitParagraph appends the sentences of one line, whose first rune is
// at offset base of the text.
func splitParagraph(spans []isnad.Span, line []rune, base int) []isnad.Span {
	protected := protectedMask(len(line), pairQuotes(line))
	from := 0
	for p := 0; p < len(line); {
		if !isTerminator(line[p]) {
			p++
			continue
		}
		b := endOfTerminator(line, p)
		if (protected == nil || !protected[b]) && endsSentence(line, p, b) {
			spans = appendTrimmed(spans, line, from, b, base)
			from = b
		}
		p = b
	}
	return appendTrimmed(spans, line, from, len(line), base)
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', ArabicQuestionMark, Ellipsis, ArabicFullStop:
		return true
	}
	return false
}

// endOfTerminator returns the end of the run of terminators at p and of
// the closing marks that follow it ("…أقوله”." and "بقوة.”"). A straight
// quote glued to the next word opens it instead (قال."نحن).
func endOfTerminator(line []rune, p int) int {
	for p < len(line) && isTerminator(line[p]) {
		p++
	}
	for p < len(line) && isCloser(line[p]) && (line[p] != StraightQuote || closerContext(line, p)) {
		p++
	}
	return p
}

func isCloser(r rune) bool {
	switch r {
	case RightDoubleQuote, DoublePrime, RightGuillemet, RightSingleQuote, StraightQuote, ')', ']', '}':
		return true
	}
	return false
}

// endsSentence decides whether the terminator run line[p:b] ends a
// sentence.
func endsSentence(line []rune, p, b int) bool {
	dotOnly := line[p] == '.' && (p+1 == len(line) || line[p+1] != '.')
	if b < len(line) && !IsSpace(line[b]) {
		next := b
		if familyOf(line[b]) != noQuote && b+1 < len(line) {
			next = b + 1 // an opening quote glued to the next sentence
		}
		return IsArabicLetter(line[next]) && (!dotOnly || lettersBefore(line, p) >= 2 && !inShortBrackets(line, p))
	}
	if !dotOnly {
		return true
	}
	return !isAbbreviation(line, p) && !isOrdinal(line, p) && !inShortBrackets(line, p)
}

// maxBracketed bounds the runes either side of a full stop inside
// brackets that do not end a sentence: an abbreviated name, "(ايه. تي.
// في)", "(بي. بي. سي)", not a bracketed sentence.
const maxBracketed = 16

// inShortBrackets reports whether the full stop at p lies inside a pair of
// round brackets that open and close within maxBracketed runes of it.
func inShortBrackets(line []rune, p int) bool {
	open := false
	for q := p - 1; q >= 0 && q >= p-maxBracketed; q-- {
		if line[q] == ')' {
			return false
		}
		if line[q] == '(' {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for q := p + 1; q < len(line) && q <= p+maxBracketed; q++ {
		switch line[q] {
		case '(':
			return false
		case ')':
			return true
		}
	}
	return false
}

// lettersBefore counts the letters right before p.
func lettersBefore(line []rune, p int) int {
	n := 0
	for q := p - 1; q >= 0 && (unicode.IsLetter(line[q]) || isWordMark(line[q])); q-- {
		if unicode.IsLetter(line[q]) {
			n++
		}
	}
	return n
}

// isAbbreviation reports whether the full stop at p ends an initial or
// a known abbreviation.
func isAbbreviation(line []rune, p int) bool {
	if lettersBefore(line, p) == 1 {
		return true
	}
	q := p
	for q > 0 && unicode.IsLetter(line[q-1]) {
		q--
	}
	if q > 0 && !IsSpace(line[q-1]) && line[q-1] != '(' {
		return false
	}
	return abbreviations[string(line[q:p])]
}

// abbreviations are multi-letter words that end with a full stop without
// ending a sentence. One-letter ones (د. م. أ.) need no entry.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Jr": true, "Sr": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true,
	"Capt": true, "Gov": true, "Sen": true, "Rep": true, "Inc": true,
	"Ltd": true, "Co": true, "Corp": true, "No": true, "vs": true, "Vol": true,
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// isOrdinal reports a number that starts its line followed by a full
// stop: a list item, not a sentence.
func isOrdinal(line []rune, p int) bool {
	q := p
	for q > 0 && isDigit(line[q-1]) {
		q--
	}
	if q == p {
		return false
	}
	for q > 0 {
		q--
		if !IsSpace(line[q]) {
			return false
		}
	}
	return true
}

// appendTrimmed appends line[from:to] without its surrounding space, if
// anything is left.
func appendTrimmed(spans []isnad.Span, line []rune, from, to, base int) []isnad.Span {
	for from < to && IsSpace(line[from]) {
		from++
	}
	for to > from && IsSpace(line[to-1]) {
		to--
	}
	if from == to {
		return spans
	}
	return append(spans, isnad.Span{base + from, base + to})
}
