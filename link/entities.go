package link

import (
	"slices"
	"strconv"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// group is the mentions of one referent.
type group struct {
	entry *kb.Entry
	ms    []*mention
	types typeCounts
}

// typeCounts counts a group's mentions by type, in majority's order of
// precedence. It is an array, not a map: short forms ask every group's
// majority for every other group.
type typeCounts [len(groupTypes)]int

// groupTypes are the types majority chooses from, first the one that wins
// a tie.
var groupTypes = [...]string{kb.PERS, kb.LOC, kb.ORG, kb.MISC}

// add counts a mention of type typ; majority reads no other type.
func (c *typeCounts) add(typ string, n int) {
	for i, t := range groupTypes {
		if t == typ {
			c[i] += n
		}
	}
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
			g = &group{entry: m.entry}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.ms = append(g.ms, m)
		g.types.add(m.typ, 1)
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
	return "key:" + kb.Key(stripArticle(arabic.FoldTrimmed(d.surface(m))))
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
		if e.Type != kb.PERS && d.personTitled(g) {
			e.Type = kb.PERS
		}
		switch e.Type {
		case kb.PERS:
			e.Subtype = isnad.OrNull("person")
		case kb.ORG:
			if w := arabic.FoldedWords(arabic.Fold(e.Name)); len(w) > 0 {
				e.Subtype = isnad.OrNull(headSubtypes[stripArticle(w[0])])
			}
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

// personTitled reports whether a mention of g follows a definite title
// right before it ("بالجنرال دانفورد", "الرئيس X"): a title with the
// article stands in apposition to a person's name, whatever type the
// tagger gave the name elsewhere.
func (d *doc) personTitled(g *group) bool {
	for _, m := range g.ms {
		t := m.tok0 - 1
		if t < 0 || !d.sameSentence(t, m.tok0) || d.toks[t].Kind != arabic.Word {
			continue
		}
		w := cutConjunction(d.word(t))
		if r := []rune(w); len(r) > 4 && strings.HasPrefix(w, "لل") {
			w = "ال" + string(r[2:]) // للرئيس
		} else if len(r) > 4 && strings.ContainsRune("بلك", r[0]) && strings.HasPrefix(string(r[1:]), "ال") {
			w = string(r[1:]) // بالجنرال
		}
		if strings.HasPrefix(w, "ال") && titles().words[w] {
			return true
		}
	}
	return false
}

// majority is the type the tagger gave most mentions, PERS before LOC
// before ORG before MISC on ties.
func (g *group) majority() string {
	best := 0
	for i, n := range g.types {
		if n > g.types[best] {
			best = i
		}
	}
	return groupTypes[best]
}

// fullest is the longest spelling of the group as printed.
func (d *doc) fullest(g *group) string {
	best := ""
	for _, m := range g.ms {
		if s := d.nameOf(m); len([]rune(s)) > len([]rune(best)) {
			best = s
		}
	}
	return best
}

// nameOf is a mention's words as a name: with its article when the
// preposition ل before it swallowed the article's alif ("للجيش العراقي"
// names "الجيش العراقي"). A person's name seldom takes the article, and
// one that starts with ل is more likely ("للويس فان غال" is ل + لويس).
func (d *doc) nameOf(m *mention) string {
	s := d.surface(m)
	if m.typ == kb.PERS || m.tok0 < 0 || m.tok0 >= len(d.toks) || strings.HasPrefix(arabic.Fold(s), "ال") {
		return s
	}
	tok := d.toks[m.tok0]
	if tok.Start > m.start {
		return s
	}
	if before := arabic.Fold(string(d.text[tok.Start:m.start])); before == "لل" || before == "ولل" || before == "فلل" {
		return "ال" + s
	}
	return s
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
