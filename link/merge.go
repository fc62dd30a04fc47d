package link

import (
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// merge combines the gazetteer's names with the tagger's. A known name is
// trusted over the tagger's reading of the same words (the tagger may call
// كوريا الشمالية a person; the knowledge base knows it is a state), and the
// tagger's names the knowledge base lacks are kept: most people in the news
// are in no knowledge base.
func (d *doc) merge(gaz, tagged []*mention) []*mention {
	drop := map[*mention]bool{}
	out := append([]*mention{}, gaz...)
	for _, n := range tagged {
		inside, covered := nested(n, gaz)
		switch {
		case covered:
			for _, g := range gaz {
				if g.start < n.end && n.start < g.end {
					g.tagged = true
				}
			}
			continue
		case len(inside) == 0:
			out = append(out, n)
			continue
		case d.onlyConnectors(n, inside) || placeInside(n, inside):
			continue
		}
		if n.typ != kb.PERS && len(inside) == 1 && inside[0].start == n.start && d.givenNameAfter(inside[0], n) {
			// "جامعة الدول العربية نبيل العربي": the tagger ran a known
			// body into the name of the man who speaks for it
			for _, r := range d.residue(n, inside) {
				r.typ = kb.PERS
				r.entry = d.link(d.surface(r), kb.PERS)
				out = append(out, r)
			}
			continue
		}
		if n.typ == kb.PERS && !d.personAround(n, inside) {
			// بوتين كيم: two names run together; the known one stands
			// and the rest is read as names of its own.
			out = append(out, d.residue(n, inside)...)
			continue
		}
		for _, g := range inside {
			drop[g] = true
		}
		out = append(out, n)
	}
	sortMentions(out)
	d.firstNames(out, drop)
	d.unsupported(out, drop)
	d.givenNames(out, drop)
	if more := d.compoundNames(out); len(more) > 0 {
		out = append(out, more...)
		sortMentions(out)
	}
	d.completeNames(out)
	d.restoreClitics(out)
	kept := out[:0]
	for _, m := range out {
		if !drop[m] {
			kept = append(kept, m)
		}
	}
	return kept
}

// personAround decides a person's name of the tagger that holds known
// names, and reports whether it stands (the names inside it go).
func (d *doc) personAround(n *mention, inside []*mention) bool {
	if len(inside) != 1 || inside[0].entry.Type != kb.PERS {
		return false
	}
	g := inside[0]
	switch {
	case n.entry == nil && g.end == n.end && d.firstNameAgrees(g.entry, n.tok0):
		// فلاديمير بوتين where the knowledge base spells only بوتين.
		n.entry = g.entry
		return true
	case g.tok1-g.tok0 == 1:
		// A known one-word name inside another's name ("معاوية بن أبي
		// سفيان" holds آبي, Abe; "حسين أونيانغو أوباما" is not Barack
		// Obama): the tagger's longer name stands, unlinked.
		return true
	case g.tok0 == n.tok0 && g.tok1 < n.tok1 && d.nameGoesOn(g.tok1):
		// "عبدالله بن عبدالعزيز الربيعة" opens like King Abdullah's name
		// and is another man's: the tagger's longer name stands.
		return true
	}
	return false
}

// nameGoesOn reports whether token t, right after a known person's name
// inside a longer span, is a family name of someone else's: a definite
// word (الربيعة), not the family's آل (سلمان بن عبدالعزيز آل سعود), a
// title or a relative pronoun. An indefinite word there is more often the
// tagger running on into the sentence (سعود الفيصل أدهى).
func (d *doc) nameGoesOn(t int) bool {
	w := d.word(t)
	if d.toks[t].Kind != arabic.Word || !strings.HasPrefix(w, "ال") || w == "ال" || relativePronouns[w] {
		return false
	}
	n, _ := d.titleAt(t)
	return n == 0
}

// relativePronouns, folded, start a clause after a name.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true}

// givenNameAfter reports whether the words of n after known name g start
// with a common given name and run on for one more word at least.
func (d *doc) givenNameAfter(g, n *mention) bool {
	t := g.tok1
	if t+1 >= n.tok1 || d.toks[t].Kind != arabic.Word {
		return false
	}
	return commonGivenName(d.word(t))
}

// nested returns the gazetteer names inside n, and whether n itself lies
// inside one or crosses one's edge (either way the gazetteer wins).
func nested(n *mention, gaz []*mention) (inside []*mention, covered bool) {
	for _, g := range gaz {
		if g.end <= n.start || n.end <= g.start {
			continue
		}
		if n.start <= g.start && g.end <= n.end && (n.start != g.start || n.end != g.end) {
			inside = append(inside, g)
			continue
		}
		return nil, true
	}
	return inside, false
}

// connectors may stand between names the tagger ran into one span
// ("روسيا وكوريا الشمالية"): a span of names and connectors is a list.
var connectors = map[string]bool{"و": true, "او": true, "بين": true, "مع": true, "ثم": true}

// onlyConnectors reports whether every token of n outside the names inside
// it is punctuation or a connector.
func (d *doc) onlyConnectors(n *mention, inside []*mention) bool {
	for t := n.tok0; t < n.tok1; t++ {
		tok := d.toks[t]
		if overlapsAny(&mention{start: tok.Start, end: tok.End}, inside) {
			continue
		}
		if tok.Kind != arabic.Word && tok.Kind != arabic.Latin {
			continue
		}
		if !connectors[d.word(t)] {
			return false
		}
	}
	return true
}

// placeInside reports whether a place or named-thing span holds a known
// place: "شرق أوكرانيا", "الحرب في أوكرانيا" mean the place for entity
// purposes, and the known entry is the one to keep.
func placeInside(n *mention, inside []*mention) bool {
	if n.typ != kb.LOC && n.typ != kb.MISC {
		return false
	}
	for _, g := range inside {
		if g.entry.Type == kb.LOC {
			return true
		}
	}
	return false
}

// residue returns the runs of n's tokens outside the names inside it, as
// mentions of n's type.
func (d *doc) residue(n *mention, inside []*mention) []*mention {
	var out []*mention
	var cur *mention
	for t := n.tok0; t < n.tok1; t++ {
		tok := d.toks[t]
		if tok.Kind == arabic.Punct || overlapsAny(&mention{start: tok.Start, end: tok.End}, inside) {
			cur = nil
			continue
		}
		if cur == nil {
			cur = &mention{start: tok.Start, tok0: t, typ: n.typ}
			out = append(out, cur)
		}
		cur.end, cur.tok1 = tok.End, t+1
	}
	for _, m := range out {
		m.entry = d.link(d.surface(m), m.typ)
	}
	return out
}
