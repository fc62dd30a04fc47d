package quote

import (
	"sort"
	"unicode"

	"github.com/isnad/isnad/arabic"
)

// segmentQuotes makes quotes of the quotation marks of the sentence of
// runes [sa, sb) that no cue has taken: attributed by an "according to"
// after them (“...”، بحسب X), continuing the last direct quote when they
// open the sentence (“...”. “...”), or spoken by the sentence's subject
// when they are long enough to be a statement (see minCuedWords and
// minUncuedWords). Shorter ones are scare quotes and names.
func (d *doc) segmentQuotes(fs []found, cues []cue, sa, sb int, statement bool) []found {
	hasCue := statement
	for _, c := range cues {
		hasCue = hasCue || c.verb
	}
	first := sort.Search(len(d.segs), func(i int) bool { return segKey(d.segs[i]) >= sa })
	for i := first; i < len(d.segs) && segKey(d.segs[i]) < sb; i++ {
		s := &d.segs[i]
		if s.open < 0 {
			s.start = trimStart(d.rs, sa, s.close)
		}
		if d.covered(fs, s) {
			continue
		}
		if s.start >= s.end {
			continue
		}
		if d.glued(s) || d.isName(s) {
			continue // لـ"سي إن إن"، بـ"داعش": a name glued to a preposition
		}
		if f, ok := d.segmentQuote(s, fs, cues, sa, sb, hasCue); ok {
			fs = append(fs, f)
			d.setLast(f.w)
			d.lastDirect = true
		}
	}
	return fs
}

// segmentQuote attributes the quotation s, or reports that it is none.
func (d *doc) segmentQuote(s *segment, fs []found, cues []cue, sa, sb int, hasCue bool) (found, bool) {
	words := d.segWords(s)
	f := found{kind: Direct, start: s.start, end: s.end, cueAt: -1, from: s.start}
	if words < minCuedWords {
		return f, false
	}
	if c, ok := d.verbAfter(cues, fs, s); ok {
		f.w = d.subject(c.end, d.tokAt(sb), -1)
		if !f.w.ok {
			f.w = d.continued(f.w.via)
		}
		f.cue, f.cueAt = d.text(d.toks[c.at].Start, d.toks[c.end-1].End), c.at
		f.date = d.dateIn(d.toks[c.at].Start, sb)
		return f, true
	}
	if c, ok := d.trailingCue(cues, s.end); ok && c.class == classSelf {
		f.w = d.continued(nil) // “...”، على حد تعبيره
		f.cue, f.cueAt = d.text(d.toks[c.at].Start, d.toks[c.end-1].End), c.at
		return f, true
	}
	if c, ok := d.trailingCue(cues, s.end); ok {
		f.w = d.xWho(d.xPhrase(c, d.tokAt(d.sentenceEnd(s.end))))
		if f.w.speaker != nil && len(f.w.via) == 1 && f.w.via[0] == *f.w.speaker {
			f.w.via = nil // the medium itself speaks
		}
		f.cue = d.text(d.toks[c.at].Start, d.toks[c.end-1].End)
		return f, true
	}
	first := s.open
	if first < 0 {
		first = s.start
	}
	switch {
	case trimStart(d.rs, sa, first) == first && d.lastDirect && d.lastSent >= d.nSent-2:
		f.w = d.continued(nil)
	case hasCue && len(fs) > 0:
		f.w = fs[len(fs)-1].w
	case hasCue || words >= minUncuedWords:
		f.w = d.clauseSubject(sa, first)
		if !f.w.ok {
			return f, false
		}
	default:
		return f, false
	}
	return f, true
}

// glued reports a quotation whose opening mark is written onto a one-letter
// preposition (ب، ل, with or without tatweel): it names something.
func (d *doc) glued(s *segment) bool {
	p := s.open - 1
	for p >= 0 && d.rs[p] == arabic.Tatweel {
		p--
	}
	return p >= 0 && (d.rs[p] == arabic.Lam || d.rs[p] == arabic.Beh) && (p == 0 || !unicode.IsLetter(d.rs[p-1]))
}

// isName reports a quotation that holds nothing but an entity's name
// (“بي بي سي”، “الأمير بندر بن سلطان”).
func (d *doc) isName(s *segment) bool {
	a, b := trimStart(d.rs, s.start, s.end), trimEnd(d.rs, s.start, s.end)
	for _, m := range d.mentionsIn(a, b) {
		if m.start == a && m.end >= b {
			return true
		}
	}
	return false
}

// verbAfter returns the reporting verb right after the quotation s, with
// only punctuation between (“...”، قال X), unless it has a quote of its own.
func (d *doc) verbAfter(cues []cue, fs []found, s *segment) (cue, bool) {
	i := d.tokAt(s.end)
	for i < len(d.toks) && d.toks[i].Kind == arabic.Punct {
		i++
	}
	for _, c := range cues {
		if c.verb && c.at == i && c.class != classBelief && !d.startsQuote(fs, c) {
			return c, true
		}
	}
	return cue{}, false
}

// covered reports whether a quote of fs, or one already emitted, holds
// any of segment s: a stretch of text is quoted once.
func (d *doc) covered(fs []found, s *segment) bool {
	a, b := s.start, s.end
	if s.open >= 0 {
		a = s.open
	}
	for _, f := range fs {
		if a < f.end && min(f.start, f.from) < b {
			return true
		}
	}
	for i := len(d.quotes) - 1; i >= 0 && d.quotes[i].End > a-maxLookBack; i-- {
		if a < d.quotes[i].End && d.quotes[i].Start < b {
			return true
		}
	}
	return false
}

// maxLookBack bounds how far back covered looks among emitted quotes:
// quotes come in text order, and a segment spans one paragraph at most.
const maxLookBack = 4096

// sentenceEnd is the end of the line holding rune p: a bound for the
// source phrase after a quotation.
func (d *doc) sentenceEnd(p int) int {
	for p < len(d.rs) && d.rs[p] != '\n' {
		p++
	}
	return p
}
