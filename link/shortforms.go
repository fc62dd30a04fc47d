package link

import (
	"slices"
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// splitRunTogether cuts a person's name the tagger ran into the next one
// ("قمة بوتين كيم"): an unlinked name of several words, each of which the
// text also prints alone as a name, is that many names.
func (d *doc) splitRunTogether(ms []*mention) []*mention {
	alone := map[string]bool{}
	for _, m := range ms {
		if m.tok1-m.tok0 == 1 {
			alone[arabic.FoldTrimmed(d.surface(m))] = true
		}
	}
	var out []*mention
	for _, m := range ms {
		n := m.tok1 - m.tok0
		if m.entry != nil || m.typ != kb.PERS || n < 2 || !d.allAlone(m, alone) || nameLinks[d.word(m.tok0)] {
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
			for i, n := range g.types {
				full.types[i] += n
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
	short := d.wordKeys(words)
	for _, o := range groups {
		if o != g && len(o.ms) > 0 && d.shortens(short, o) {
			cands = append(cands, o)
		}
	}
	cands = fullest(d, cands)
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

// shortens reports whether the words whose phonetic keys are short are a
// short form of a name of o: its leading words, or for a person its
// trailing ones (تشون ريونغ of جو تشون ريونج). Words compare by key, so the
// short form may be spelled differently from the full one.
func (d *doc) shortens(short []string, o *group) bool {
	person := o.isPerson()
	if maj := o.majority(); !person && maj != kb.ORG && maj != kb.MISC {
		return false
	}
	for _, m := range o.ms {
		f := d.form(m)
		full := f.keys
		if len(full) <= len(short) {
			continue
		}
		if slices.Equal(full[:len(short)], short) || (person && slices.Equal(full[len(full)-len(short):], short)) {
			return true
		}
		// A person's name without a middle name: بندر عسيري of بندر محمد
		// عسيري.
		if person && len(short) >= 2 && short[0] == full[0] && short[len(short)-1] == full[len(full)-1] {
			return true
		}
		// An organisation without its head noun: يونهاب of وكالة يونهاب,
		// حماس of حركة حماس, الخارجية الأمريكية of وزارة الخارجية الأمريكية.
		if !person && len(full) == len(short)+1 && orgHeads[stripArticle(f.words[0])] && slices.Equal(full[1:], short) {
			return true
		}
	}
	return false
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
		f := strings.Trim(d.form(m).folded, " ") // a fold's only white space (see arabic.FoldTrimmed)
		if form != "" && f != form {
			return nil, false
		}
		form = f
	}
	return arabic.FoldedWords(form), form != ""
}

// fullest drops the candidates that are themselves short forms of another
// candidate: عسيري is claimed by بندر عسيري and بندر محمد عسيري, one
// person under two names, and the fuller one stands for both.
func fullest(d *doc, cands []*group) []*group {
	var out []*group
	for _, c := range cands {
		words, ok := d.oneForm(c)
		short := d.wordKeys(words)
		shorter := false
		for _, o := range cands {
			if o != c && ok && c.entry == nil && d.shortens(short, o) {
				shorter = true
			}
		}
		if !shorter {
			out = append(out, c)
		}
	}
	return out
}
