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
		if n.typ == kb.PERS {
			g := inside[len(inside)-1]
			switch {
			case n.entry == nil && len(inside) == 1 && g.entry.Type == kb.PERS && g.end == n.end && d.firstNameAgrees(g.entry, n.tok0):
				// فلاديمير بوتين where the knowledge base spells only بوتين.
				n.entry = g.entry
			case len(inside) == 1 && g.entry.Type == kb.PERS && g.tok1-g.tok0 == 1:
				// A known one-word name inside another's name ("معاوية بن
				// أبي سفيان" holds آبي, Abe; "حسين أونيانغو أوباما" is not
				// Barack Obama): the tagger's longer name stands, unlinked.
			default:
				// بوتين كيم: two names run together; the known one stands
				// and the rest is read as names of its own.
				out = append(out, d.residue(n, inside)...)
				continue
			}
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
	kept := out[:0]
	for _, m := range out {
		if !drop[m] {
			kept = append(kept, m)
		}
	}
	return kept
}

// firstNames joins a name the tagger found to the known person whose name
// follows it in the next token: "فرانسوا" + "هولاند", "محمد جواد" +
// "ظريف" are one full name where the knowledge base spells only the
// surname. ms is in text order.
func (d *doc) firstNames(ms []*mention, drop map[*mention]bool) {
	for i := 0; i+1 < len(ms); i++ {
		n, g := ms[i], ms[i+1]
		if n.fromKB || n.entry != nil || n.typ != kb.PERS || !g.fromKB || g.entry.Type != kb.PERS ||
			g.tok0 != n.tok1 || !d.sameSentence(n.tok0, g.tok0) || g.start != d.toks[g.tok0].Start ||
			!d.firstNameAgrees(g.entry, n.tok0) {
			continue
		}
		n.end, n.tok1, n.entry = g.end, g.tok1, g.entry
		drop[g] = true
	}
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

// patronymic words make the name after them part of a lineage ("معاوية بن
// أبي سفيان"), never a person of its own.
var patronymic = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ابو": true, "ابي": true, "ام": true}

// unsupported drops the one-word knowledge base matches that are as
// likely ordinary words: a person's surname (ترأس "presided" folds to
// تراس, Truss) or a word shaped like an adjective (مالي "financial" is
// also Mali). They stand only where the tagger read a name there too, or
// where the text also gives the entry's fuller name.
func (d *doc) unsupported(ms []*mention, drop map[*mention]bool) {
	full := map[string]bool{}
	for _, m := range ms {
		if m.entry != nil && m.tok1-m.tok0 > 1 && !drop[m] {
			full[m.entry.ID] = true
		}
	}
	for _, m := range ms {
		if !m.fromKB || m.tok1-m.tok0 != 1 || full[m.entry.ID] {
			continue
		}
		w := strings.TrimSpace(arabic.Fold(d.surface(m)))
		if !m.tagged && (m.entry.Type == kb.PERS || strings.HasSuffix(w, "ي")) {
			drop[m] = true
		}
		if m.entry.Type == kb.PERS && d.sameSentence(m.tok0-1, m.tok0) && patronymic[d.word(m.tok0-1)] {
			drop[m] = true // بن أبي: a word of another's lineage, tagged or not
		}
	}
}

// minGivenName is how many Wikidata person names must use a word before a
// word the tagger left out is taken for a given name: rarer entries of the
// list are as often ordinary words.
const minGivenName = 20

// maxGivenNames is how many words a name is widened by to the left.
const maxGivenNames = 2

// givenNames widens a person's name over the given names the tagger left
// out before it ("أدريان" of "أدريان واتسون", "جو" of "جو تشون ريونغ"):
// words of the Wikidata person-name list that are no particle, verb,
// title or common noun of the lists here, carry no article and are part of
// no other name.
func (d *doc) givenNames(ms []*mention, drop map[*mention]bool) {
	taken := map[int]bool{}
	for _, m := range ms {
		for t := m.tok0; t < m.tok1; t++ {
			taken[t] = true
		}
	}
	for _, m := range ms {
		if drop[m] || m.typ != kb.PERS || m.start != d.toks[m.tok0].Start {
			continue
		}
		for n := 0; n < maxGivenNames && d.givenName(m.tok0-1, m.tok0, taken); n++ {
			m.tok0--
			m.start = d.toks[m.tok0].Start
			taken[m.tok0] = true
		}
	}
}

func (d *doc) givenName(t, next int, taken map[int]bool) bool {
	if t < 0 || taken[t] || !d.sameSentence(t, next) || d.toks[t].Kind != arabic.Word {
		return false
	}
	w := d.word(t)
	if strings.HasPrefix(w, "ال") || isNotName(w) || isTitleWord(w) || stopWords()[w] || d.kb.Demonym(w) != nil || len(d.kb.LookupExact(w)) > 0 {
		return false
	}
	tok, ok := kb.PersonName(w)
	return ok && tok.Count >= minGivenName
}

// firstNameAgrees reports whether token t can start the name of person e:
// it is the first word of one of e's full names (by phonetic key), or e has
// no full name to compare with. A surname alone does not make a relative
// the same person (يوسف أوباما is not باراك أوباما).
func (d *doc) firstNameAgrees(e *kb.Entry, t int) bool {
	first := kb.Key(d.word(t))
	full := false
	for _, n := range e.Names() {
		w := strings.Fields(arabic.Fold(n))
		if len(w) < 2 {
			continue
		}
		full = true
		if kb.Key(w[0]) == first {
			return true
		}
	}
	return !full
}
