package quote

import (
	"sort"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

// segment is a stretch of text inside quotation marks. open is the rune
// index of the opening mark, or -1 for a closing mark nobody opened (the
// segment then starts where its sentence starts, filled in later); close
// is that of the closing mark, or -1 for an opening mark never closed
// (the segment then runs to the end of its paragraph). Scraped text has
// both, and they are still somebody's words.
type segment struct {
	open, close int
	start, end  int // the words inside: runes [start, end)
}

// markFamily groups the marks that pair with each other.
type markFamily uint8

const (
	noMark markFamily = iota
	curly
	guillemet
	straight
)

func familyOf(r rune) markFamily {
	switch r {
	case arabic.LeftDoubleQuote, arabic.RightDoubleQuote, arabic.LowDoubleQuote:
		return curly
	case arabic.LeftGuillemet, arabic.RightGuillemet:
		return guillemet
	case arabic.StraightQuote:
		return straight
	}
	return noMark
}

// isQuoteMark reports the marks findSegments pairs. Single quotes are
// left out: in Arabic news they are apostrophes of transliterated names
// far more often than quotation marks.
func isQuoteMark(r rune) bool { return familyOf(r) != noMark }

// findSegments pairs the quotation marks of every paragraph (line) of rs.
func findSegments(rs []rune) []segment {
	var segs []segment
	start := 0
	for p := 0; p <= len(rs); p++ {
		if p == len(rs) || rs[p] == '\n' {
			segs = pairLine(segs, rs, start, p)
			start = p + 1
		}
	}
	return segs
}

// pairLine pairs the marks of rs[a:b]. Marks of one family do not nest
// in news text, so one open mark per family is enough; a closing shape
// typed where an opening one belongs (و”ربما: a letter follows and a
// space or clitic precedes) opens.
func pairLine(segs []segment, rs []rune, a, b int) []segment {
	open := map[markFamily]int{}
	for p := a; p < b; p++ {
		fam := familyOf(rs[p])
		if fam == noMark {
			continue
		}
		o, isOpen := open[fam]
		switch {
		case isOpen && !(opensHere(rs, p, a, b) && !closesHere(rs, p, b)):
			segs = append(segs, segment{open: o, close: p, start: o + 1, end: p})
			delete(open, fam)
		case isOpen:
			open[fam] = p // a second opener: the first was a stray mark
		case rs[p] == arabic.LeftDoubleQuote || rs[p] == arabic.LeftGuillemet || rs[p] == arabic.LowDoubleQuote || opensHere(rs, p, a, b):
			open[fam] = p
		default:
			segs = append(segs, segment{open: -1, close: p, start: p, end: p})
		}
	}
	for _, o := range open {
		segs = append(segs, segment{open: o, close: -1, start: o + 1, end: trimEnd(rs, o+1, b)})
	}
	return sortSegments(segs)
}

// opensHere reports a mark in opening position: a letter or digit follows
// and the line start, a space, or a one-letter clitic (و ف ب ل) precedes.
func opensHere(rs []rune, p, a, b int) bool {
	if p+1 >= b || !(unicode.IsLetter(rs[p+1]) || unicode.IsDigit(rs[p+1])) {
		return false
	}
	if p == a || arabic.IsSpace(rs[p-1]) || unicode.IsPunct(rs[p-1]) || rs[p-1] == arabic.Tatweel {
		return true // بـ"التعاون التام": the tatweel glues a clitic to the mark
	}
	return p-1 == a || arabic.IsSpace(rs[p-2]) && isClitic(rs[p-1])
}

// closesHere reports a mark in closing position: a letter precedes it and
// no letter follows it.
func closesHere(rs []rune, p, b int) bool {
	return p > 0 && !arabic.IsSpace(rs[p-1]) && (p+1 >= b || !unicode.IsLetter(rs[p+1]))
}

func isClitic(r rune) bool {
	return r == arabic.Waw || r == arabic.Feh || r == arabic.Beh || r == arabic.Lam
}

// trimEnd moves b back over space and end punctuation, not before a.
func trimEnd(rs []rune, a, b int) int {
	for b > a && (arabic.IsSpace(rs[b-1]) || isTrailingPunct(rs[b-1])) {
		b--
	}
	return b
}

// trimStart moves a forward over space and punctuation, not past b.
func trimStart(rs []rune, a, b int) int {
	for a < b && (arabic.IsSpace(rs[a]) || isTrailingPunct(rs[a]) || rs[a] == '-') {
		a++
	}
	return a
}

func isTrailingPunct(r rune) bool {
	switch r {
	case '.', ',', ':', ';', '!', arabic.ArabicComma, arabic.ArabicSemicolon, arabic.ArabicFullStop, arabic.Ellipsis, '-', '\u2013', '\u2014':
		return true
	}
	return false
}

func sortSegments(segs []segment) []segment {
	sort.SliceStable(segs, func(i, j int) bool { return segKey(segs[i]) < segKey(segs[j]) })
	return segs
}

// segKey orders segments by where their first mark is.
func segKey(s segment) int {
	if s.open >= 0 {
		return s.open
	}
	return s.close
}
