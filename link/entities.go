package link

import (
	"slices"
	"strconv"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// placeWords before a capital make it the city as a place ("في سيول",
// "ومقره واشنطن") rather than its state acting ("قالت سيول").
var placeWords = map[string]bool{
	"في": true, "الي": true, "نحو": true, "داخل": true, "قرب": true, "وسط": true,
	"مقره": true, "مقرها": true, "ومقره": true, "ومقرها": true, "عاصمه": true, "العاصمه": true,
}

// standFor makes each capital named as an actor a mention of its state:
// in news "موسكو" and "بيونغ يانغ" nearly always speak for Russia and North
// Korea. A capital after a place preposition, or with the preposition ب
// on it (بموسكو), stays the city.
func (d *doc) standFor(ms []*mention) {
	for _, m := range ms {
		if m.entry == nil || m.entry.CapitalOf == "" {
			continue
		}
		state := d.kb.ByID(m.entry.CapitalOf)
		if state == nil || d.asPlace(m) {
			m.place = true
			continue
		}
		m.entry, m.typ = state, state.Type
	}
}

func (d *doc) asPlace(m *mention) bool {
	if d.dateline(m) {
		return true
	}
	tok := d.toks[m.tok0]
	clitics := arabic.Fold(string(d.text[tok.Start:m.start]))
	if strings.ContainsRune(clitics, arabic.Beh) {
		return true
	}
	return d.sameSentence(m.tok0-1, m.tok0) && placeWords[d.word(m.tok0-1)]
}

// dateline reports whether m opens its line and a dash, colon, comma or
// bracket follows it: "موسكو - (رويترز)", "بيونغ يانغ، 5 سبتمبر" name the
// city the report was filed from.
func (d *doc) dateline(m *mention) bool {
	for i := m.start - 1; i >= 0 && d.text[i] != '\n'; i-- {
		if !arabic.IsSpace(d.text[i]) {
			return false
		}
	}
	for i := m.end; i < len(d.text); i++ {
		switch r := d.text[i]; {
		case r == '\n':
			return false
		case arabic.IsSpace(r):
			continue
		default:
			return strings.ContainsRune("-–—:،,(", r)
		}
	}
	return false
}

// group is the mentions of one referent.
type group struct {
	entry *kb.Entry
	ms    []*mention
	types map[string]int
}

// entities folds the mentions into one entity per referent: mentions
// linked to one entry are one; unlinked ones of one phonetic key (kb.Key)
// are one; and a lone first or last name joins the one full name it
// shortens (سوليفان → جيك سوليفان, كيم → كيم جونغ أون).
func (d *doc) entities(ms []*mention) []isnad.Entity {
	ms = d.splitRunTogether(ms)
	var groups []*group
	byKey := map[string]*group{}
	for _, m := range ms {
		k := d.key(m)
		g := byKey[k]
		if g == nil {
			g = &group{entry: m.entry, types: map[string]int{}}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.ms = append(g.ms, m)
		g.types[m.typ]++
	}
	groups = d.joinShortForms(groups)
	out := make([]isnad.Entity, 0, len(groups))
	for _, g := range groups {
		out = append(out, d.entity(g, ms))
	}
	slices.SortStableFunc(out, func(a, b isnad.Entity) int { return a.Mentions[0][0] - b.Mentions[0][0] })
	for i := range out {
		out[i].ID = "E" + strconv.Itoa(i+1)
	}
	return out
}

func (d *doc) key(m *mention) string {
	if m.entry != nil {
		return "id:" + m.entry.ID
	}
	return "key:" + kb.Key(stripArticle(strings.TrimSpace(arabic.Fold(d.surface(m)))))
}

// splitRunTogether cuts a person's name the tagger ran into the next one
// ("قمة بوتين كيم"): an unlinked name of several words, each of which the
// text also prints alone as a name, is that many names.
func (d *doc) splitRunTogether(ms []*mention) []*mention {
	alone := map[string]bool{}
	for _, m := range ms {
		if m.tok1-m.tok0 == 1 {
			alone[strings.TrimSpace(arabic.Fold(d.surface(m)))] = true
		}
	}
	var out []*mention
	for _, m := range ms {
		n := m.tok1 - m.tok0
		if m.entry != nil || m.typ != kb.PERS || n < 2 || !d.allAlone(m, alone) {
			out = append(out, m)
			continue
		}
		for t := m.tok0; t < m.tok1; t++ {
			w := &mention{start: max(m.start, d.toks[t].Start), end: d.toks[t].End, tok0: t, tok1: t + 1, typ: m.typ}
			out = append(out, w)
		}
	}
	return out
}

func (d *doc) allAlone(m *mention, alone map[string]bool) bool {
	for t := m.tok0; t < m.tok1; t++ {
		if !alone[d.word(t)] {
			return false
		}
	}
	return true
}

// joinShortForms merges each unlinked group printed under one short form
// into the one group whose fuller name it shortens: a lone first or last
// word of a person's name (سوليفان → جيك سوليفان, كيم → كيم جونغ أون), or
// the leading words of an organisation's or named thing's name (المنتدى
// الاقتصادي → المنتدى الاقتصادي الشرقي). When two referents could claim the
// short form (two Kims), a knowledge base entry wins; failing that it is
// left alone.
func (d *doc) joinShortForms(groups []*group) []*group {
	var kept []*group
	for _, g := range groups {
		words, ok := d.oneForm(g)
		if !ok || g.entry != nil {
			kept = append(kept, g)
			continue
		}
		if full := d.claimant(g, words, groups); full != nil {
			full.ms = append(full.ms, g.ms...)
			for t, n := range g.types {
				full.types[t] += n
			}
			g.ms = nil
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// claimant returns the one group whose fuller name the short form words
// of g shortens, or nil.
func (d *doc) claimant(g *group, words []string, groups []*group) *group {
	var cands []*group
	for _, o := range groups {
		if o != g && len(o.ms) > 0 && d.shortens(words, o) {
			cands = append(cands, o)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	var linked []*group
	for _, c := range cands {
		if c.entry != nil {
			linked = append(linked, c)
		}
	}
	if len(linked) == 1 {
		return linked[0]
	}
	return nil
}

// shortens reports whether words are a short form of a name of o: its
// leading words, or for a person its trailing ones (تشون ريونغ of جو تشون
// ريونج). Words compare by phonetic key, so the short form may be spelled
// differently from the full one.
func (d *doc) shortens(words []string, o *group) bool {
	person := o.isPerson()
	if !person && o.majority() != kb.ORG && o.majority() != kb.MISC {
		return false
	}
	short := wordKeys(words)
	for _, m := range o.ms {
		full := wordKeys(strings.Fields(arabic.Fold(d.surface(m))))
		if len(full) <= len(short) {
			continue
		}
		if slices.Equal(full[:len(short)], short) || (person && slices.Equal(full[len(full)-len(short):], short)) {
			return true
		}
	}
	return false
}

func wordKeys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = kb.Key(w)
	}
	return out
}

func (g *group) isPerson() bool {
	if g.entry != nil {
		return g.entry.Type == kb.PERS
	}
	return g.majority() == kb.PERS
}

// oneForm returns the folded words of a group all of whose mentions are
// printed alike.
func (d *doc) oneForm(g *group) ([]string, bool) {
	var form string
	for _, m := range g.ms {
		f := strings.TrimSpace(arabic.Fold(d.surface(m)))
		if form != "" && f != form {
			return nil, false
		}
		form = f
	}
	return strings.Fields(form), form != ""
}

// entity writes out one group.
func (d *doc) entity(g *group, all []*mention) isnad.Entity {
	e := isnad.Entity{Roles: []string{}}
	for _, m := range g.ms {
		sp := isnad.Span{m.start, m.end}
		if !slices.Contains(e.Mentions, sp) {
			e.Mentions = append(e.Mentions, sp)
		}
	}
	slices.SortFunc(e.Mentions, func(a, b isnad.Span) int { return a[0] - b[0] })
	if g.entry != nil {
		en := g.entry
		e.Type, e.Name = en.Type, en.Name
		e.Subtype, e.NameEn = isnad.OrNull(en.Subtype), isnad.OrNull(en.NameEn)
		if strings.HasPrefix(en.ID, "wikidata:") {
			e.KB = isnad.OrNull(en.ID)
		}
	} else {
		e.Type, e.Name = g.majority(), d.fullest(g)
		if e.Type == kb.PERS {
			e.Subtype = isnad.OrNull("person")
		}
	}
	if e.Type == kb.PERS {
		e.Roles = d.roles(g, all)
		if g.entry != nil {
			e.Roles = appendNew(e.Roles, d.held[g.entry.ID]...)
		}
	}
	return e
}

// majority is the type the tagger gave most mentions, PERS before LOC
// before ORG before MISC on ties.
func (g *group) majority() string {
	best := ""
	for _, t := range []string{kb.PERS, kb.LOC, kb.ORG, kb.MISC} {
		if best == "" || g.types[t] > g.types[best] {
			best = t
		}
	}
	return best
}

// fullest is the longest spelling of the group as printed.
func (d *doc) fullest(g *group) string {
	best := ""
	for _, m := range g.ms {
		if s := d.surface(m); len([]rune(s)) > len([]rune(best)) {
			best = s
		}
	}
	return best
}

// roles collects the titles printed before or after the group's mentions.
func (d *doc) roles(g *group, all []*mention) []string {
	out := []string{}
	for _, m := range g.ms {
		out = appendNew(out, d.titleBefore(m, all), d.appositiveAfter(m))
	}
	return out
}

// appendNew appends the non-empty strings of add that list lacks.
func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		if s != "" && !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}
