package arabic

import "unicode"

// Quotation marks are paired within one paragraph before sentences are
// cut, so that a full stop inside a quotation never ends a sentence. The
// pairing has to survive scraped text: ” typed as an opener (و”ربما),
// reversed guillemets, straight quotes that are both, apostrophes that
// look like closing single quotes, and marks never closed at all. An
// unmatched mark protects nothing, so it cannot swallow the rest of the
// paragraph.

// quoteFamily groups the marks that can pair with each other.
type quoteFamily uint8

const (
	noQuote   quoteFamily = iota
	curly                 // “ ” „
	guillemet             // « »
	single                // ‘ ’
	straight              // "
)

func familyOf(r rune) quoteFamily {
	switch r {
	case LeftDoubleQuote, RightDoubleQuote, LowDoubleQuote, DoublePrime:
		return curly
	case LeftGuillemet, RightGuillemet:
		return guillemet
	case LeftSingleQuote, RightSingleQuote:
		return single
	case StraightQuote:
		return straight
	}
	return noQuote
}

// isOpenerShape reports marks that normally open a quotation.
func isOpenerShape(r rune) bool {
	return r == LeftDoubleQuote || r == LowDoubleQuote || r == LeftGuillemet || r == LeftSingleQuote
}

// quotePair is a matched opening and closing mark, as indexes of a line.
type quotePair struct{ open, close int }

type openMark struct {
	pos int
	fam quoteFamily
	r   rune
}

// pairQuotes matches the quotation marks of one paragraph.
func pairQuotes(line []rune) []quotePair {
	var pairs []quotePair
	var stack []openMark
	for p, r := range line {
		fam := familyOf(r)
		if fam == noQuote {
			continue
		}
		k := openIndex(stack, fam)
		switch {
		case k >= 0 && closesQuote(line, p, stack[k].r):
			pairs = append(pairs, quotePair{stack[k].pos, p})
			stack = stack[:k]
		case isOpenerShape(r) || openerContext(line, p) || fam == straight && !closerContext(line, p):
			stack = append(stack, openMark{p, fam, r})
		}
	}
	return pairs
}

// closesQuote reports whether the mark at p closes a quotation of its
// family opened by the mark opener. A straight quote closes one unless it
// plainly opens a new one (a nested quote: "قال "كذا" ثم"); a closing
// shape closes; an opening shape closes only the reversed pairs ”...“
// and »...«.
func closesQuote(line []rune, p int, opener rune) bool {
	r := line[p]
	switch {
	case r == StraightQuote:
		return closerContext(line, p) || !openerContext(line, p)
	case !isOpenerShape(r):
		return true
	}
	return r != opener && closerContext(line, p)
}

// openIndex finds the innermost open mark of the family, or -1.
func openIndex(stack []openMark, fam quoteFamily) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].fam == fam {
			return k
		}
	}
	return -1
}

// openerContext reports whether a closing-shaped mark at p is used as an
// opener: it starts a word (after space, the line start or a one-letter
// proclitic such as و) and a word follows it. Apostrophes never open.
func openerContext(line []rune, p int) bool {
	if line[p] == RightSingleQuote || p+1 >= len(line) || IsSpace(line[p+1]) {
		return false
	}
	if p == 0 || IsSpace(line[p-1]) || line[p-1] == ':' || line[p-1] == '(' {
		return true
	}
	return isProclitic(line[p-1]) && (p == 1 || IsSpace(line[p-2]))
}

// closerContext reports whether the mark at p sits where a quotation
// ends: after a word and not before a letter.
func closerContext(line []rune, p int) bool {
	return p > 0 && !IsSpace(line[p-1]) && (p+1 >= len(line) || !unicode.IsLetter(line[p+1]))
}

func isProclitic(r rune) bool {
	switch r {
	case Waw, Feh, Beh, Lam, Kaf:
		return true
	}
	return false
}

// maxQuoteRunes bounds the quotations that hold their sentences
// together. A longer one is a quoted document (a statement printed in
// full), and one "sentence" of thousands of characters would be useless to
// every stage that works sentence by sentence.
const maxQuoteRunes = 1000

// protectedMask marks the boundaries b (a cut between b-1 and b) that
// fall inside a pair: open < b <= close.
func protectedMask(n int, pairs []quotePair) []bool {
	if len(pairs) == 0 {
		return nil
	}
	m := make([]bool, n+1)
	for _, q := range pairs {
		if q.close-q.open > maxQuoteRunes {
			continue
		}
		for b := q.open + 1; b <= q.close; b++ {
			m[b] = true
		}
	}
	return m
}
