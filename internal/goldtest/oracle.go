package goldtest

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// OracleEntities stands in for the entity stage, so that a later stage is
// measured alone: an entity for every gold entity, required then optional,
// with ids E1, E2, ... and the gold type and English name, its mentions
// the places where text spells one of its "ar" forms as a word. Longer
// spellings are sought first and every stretch of text is claimed once.
// names maps the ids to the gold English names, the names score.py
// matches speakers and actors by.
func OracleEntities(text string, g Gold) (ents []isnad.Entity, names map[string]string) {
	gold := append(append([]Entity(nil), g.Entities...), g.OptionalEntities...)
	f := arabic.FoldMap(text)
	ft := []rune(f.Text)
	claimed := make([]bool, len(ft))
	ents = make([]isnad.Entity, len(gold))
	names = map[string]string{}
	for k, e := range gold {
		ents[k] = isnad.Entity{ID: fmt.Sprintf("E%d", k+1), Type: e.Type, Name: e.En}
		names[ents[k].ID] = e.En
	}
	for _, sp := range spellings(gold) {
		for p := 0; p+len(sp.s) <= len(ft); p++ {
			end := p + len(sp.s)
			if !hasAt(ft, sp.s, p) || !wordStart(ft, p) || end < len(ft) && unicode.IsLetter(ft[end]) || anyClaimed(claimed, p, end) {
				continue
			}
			for i := p; i < end; i++ {
				claimed[i] = true
			}
			a, b := f.OrigSpan(p, end)
			ents[sp.k].Mentions = append(ents[sp.k].Mentions, isnad.Span{a, b})
		}
	}
	return ents, names
}

// spelling is one folded "ar" form of gold entity k.
type spelling struct {
	k int
	s []rune
}

// spellings lists the folded spellings of gold, longest first, so that
// "كيم جونغ أون" claims its words before "كيم" can.
func spellings(gold []Entity) []spelling {
	var sps []spelling
	for k, g := range gold {
		for _, a := range g.Ar {
			sps = append(sps, spelling{k, []rune(arabic.Fold(a))})
		}
	}
	sort.SliceStable(sps, func(i, j int) bool { return len(sps[i].s) > len(sps[j].s) })
	return sps
}

func hasAt(t, s []rune, p int) bool {
	for i, r := range s {
		if t[p+i] != r {
			return false
		}
	}
	return true
}

// wordStart allows one clitic (و ف ب ل ك) or ال/لل before a spelling.
func wordStart(t []rune, p int) bool {
	letter := func(i int) bool { return i >= 0 && unicode.IsLetter(t[i]) }
	if !letter(p - 1) {
		return true
	}
	if strings.ContainsRune("وفبلك", t[p-1]) && !letter(p-2) {
		return true
	}
	return (string(t[max(0, p-2):p]) == "ال" || string(t[max(0, p-2):p]) == "لل") && !letter(p-3)
}

func anyClaimed(c []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if c[i] {
			return true
		}
	}
	return false
}
