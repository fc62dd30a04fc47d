package event

import (
	"sort"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// mention is one actor mention mapped onto words: the entity and the
// first and last word it covers.
type mention struct {
	ent         string
	first, last int
	clitic      string // a preposition ب or ل fused to its first word
}

// group is a run of actor mentions joined by و ("روسيا وكوريا الشمالية"),
// which act together as one source or target.
type group struct {
	ents        []string
	first, last int
	prep        string // the preposition that introduces it, folded, or ""
}

// Prepositions that make the actor after them a complement (a target),
// and في, which makes it a place.
var complementPreps = map[string]bool{
	"الي": true, "علي": true, "مع": true, "ضد": true, "عن": true, "من": true,
	"بين": true, "لدي": true, "نحو": true, "تجاه": true, "حيال": true, "ب": true, "ل": true,
}

const placePrep = "في"

// isActor tells which entities can do things to others: people,
// organisations and places (states stand for their governments), but not
// the news media that only report, nor named things (MISC).
func isActor(e isnad.Entity, agencies map[string]bool) bool {
	if e.Type == "MISC" || agencies[e.ID] {
		return false
	}
	if e.Subtype != nil && (*e.Subtype == "media" || *e.Subtype == "agency") {
		return false
	}
	n := arabic.Fold(e.Name)
	return !startsWithAny(n, "وكاله", "صحيفه", "قناه", "موقع")
}

// mentions maps the actor mentions of d onto ws, in text order, one per
// word at most (the first entity listed wins an overlap).
func mentions(d *isnad.Document, ws []word) []mention {
	agencies := map[string]bool{}
	for _, a := range d.Agencies {
		agencies[a] = true
	}
	var out []mention
	taken := make([]bool, len(ws))
	for _, e := range d.Entities {
		if !isActor(e, agencies) {
			continue
		}
		for _, m := range e.Mentions {
			first := sort.Search(len(ws), func(i int) bool { return ws[i].tok.End > m[0] })
			last := first
			for last+1 < len(ws) && ws[last+1].tok.Start < m[1] {
				last++
			}
			if first >= len(ws) || ws[first].tok.Start >= m[1] || taken[first] {
				continue
			}
			for i := first; i <= last; i++ {
				taken[i] = true
			}
			out = append(out, mention{ent: e.ID, first: first, last: last, clitic: clitic(ws[first], m[0], arabic.Fold(e.Name))})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// clitic returns the preposition ب or ل fused to w ahead of the entity
// named name whose mention starts at start: either the mention starts
// inside w, or w starts with the letter and the name does not.
func clitic(w word, start int, name string) string {
	f := w.bare
	if w.tok.Start < start {
		f = arabic.Fold(string([]rune(w.tok.Text)[:start-w.tok.Start]))
		if strings.HasSuffix(f, "ال") {
			f = strings.TrimSuffix(f, "ال")
		}
		f = strings.TrimPrefix(strings.TrimPrefix(f, "و"), "ف")
		if f == "ب" || f == "ل" || f == "ل"+"ل" {
			return f[:len("ب")]
		}
		return ""
	}
	r := []rune(f)
	if len(r) < 3 || (r[0] != arabic.Beh && r[0] != arabic.Lam) {
		return ""
	}
	if strings.HasPrefix(name, string(r[0])) && !strings.HasPrefix(f, string(r[0])+string(r[0])) {
		return ""
	}
	if strings.HasPrefix(f, "ال") && !strings.HasPrefix(name, "ل") {
		return ""
	}
	return string(r[0])
}

// groups joins the mentions into groups and finds what introduces each.
func groups(ms []mention, ws []word) []group {
	var out []group
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		g := group{ents: []string{m.ent}, first: m.first, last: m.last, prep: prepBefore(m, ws)}
		for i+1 < len(ms) && joined(ms[i], ms[i+1], ws) {
			i++
			g.last = ms[i].last
			g.ents = appendNew(g.ents, ms[i].ent)
		}
		out = append(out, g)
	}
	return out
}

// joined reports whether b follows a with only a و between them, as a
// word or as b's first letter.
func joined(a, b mention, ws []word) bool {
	switch b.first - a.last {
	case 1:
		return strings.HasPrefix(ws[b.first].folded, "و")
	case 2:
		return ws[a.last+1].folded == "و"
	}
	return false
}

// prepBefore returns the preposition introducing m: a fused clitic or
// the preposition word before it.
func prepBefore(m mention, ws []word) string {
	if m.clitic != "" {
		return m.clitic
	}
	if m.first > 0 {
		p := ws[m.first-1]
		if p.is(placePrep) || complementPreps[p.folded] || complementPreps[p.bare] {
			return p.bare
		}
	}
	return ""
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
