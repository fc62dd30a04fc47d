package quote

import "github.com/isnad/isnad/arabic"

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
	for i := range d.segs {
		s := &d.segs[i]
		if key := segKey(*s); key < sa || key >= sb || s.used || covered(fs, s) {
			continue
		}
		if s.open < 0 {
			s.start = trimStart(d.rs, sa, s.close)
		}
		if s.start >= s.end {
			continue
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
	f := found{kind: Direct, start: s.start, end: s.end, cueAt: -1}
	if words < minCuedWords {
		return f, false
	}
	if c, ok := d.verbAfter(cues, fs, s); ok {
		f.w = d.subject(c.end, d.tokAt(sb), -1)
		if !f.w.ok {
			f.w = d.continued(f.w.via)
		}
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

// covered reports whether a quote of fs already holds segment s.
func covered(fs []found, s *segment) bool {
	for _, f := range fs {
		if f.start <= s.start && s.start < f.end || s.open >= f.start && s.open < f.end {
			return true
		}
	}
	return false
}

// sentenceEnd is the end of the line holding rune p: a bound for the
// source phrase after a quotation.
func (d *doc) sentenceEnd(p int) int {
	for p < len(d.rs) && d.rs[p] != '\n' {
		p++
	}
	return p
}
