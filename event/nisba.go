package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// A state's relative adjective (nisba: "الروسي", "الكورية الشمالية")
// names the state as an actor: "الغزو الروسي" is Russia's invasion,
// "التحذيرات الأمريكية" the United States' warnings, and "الزعيم الكوري
// الشمالي كيم" puts Kim on North Korea's side.

// stateForms is one state entity and the stems its adjective is built on.
type stateForms struct {
	id    string
	stems [][]string // word by word: ["كوري", "شمالي"]
}

// nisbaTable maps an adjective stem to the folded names of its state,
// for the adjectives not built on the name (lexicon/nisba.txt).
var nisbaTable = mustNisba()

func mustNisba() map[string][]string {
	t := map[string][]string{}
	err := eachLine("lexicon/nisba.txt", func(f []string) error {
		for _, n := range f[1:] {
			t[arabic.Fold(f[0])] = append(t[arabic.Fold(f[0])], strings.ReplaceAll(arabic.Fold(n), "_", " "))
		}
		return nil
	})
	if err != nil {
		panic(err) // embedded: a bad line is a build error
	}
	return t
}

// states collects the stems of every place entity, from its name, its
// mentions and the table.
func (f *finder) states() []stateForms {
	var out []stateForms
	for _, e := range f.d.Entities {
		if e.Type != "LOC" && e.Type != "ORG" {
			continue
		}
		s := stateForms{id: e.ID}
		names := []string{arabic.Fold(e.Name)}
		for _, m := range e.Mentions {
			if 0 <= m[0] && m[0] < m[1] && m[1] <= len(f.text) {
				names = append(names, arabic.Fold(string(f.text[m[0]:m[1]])))
			}
		}
		if st := f.unnamedState(e); st != nil {
			// "اعتقلت السلطات الإيرانية" in an article that names only
			// طهران: the capital stands for its state
			names = append(names, arabic.Fold(st.Name))
		}
		for _, n := range names {
			// An organisation's adjective is only the table's (الأممي،
			// الأوروبي): its name's stem makes none (المجلس ≠ مجلسي).
			if w := strings.Fields(n); len(w) > 0 && len(w) <= 2 && e.Type == "LOC" {
				s.stems = append(s.stems, mapStems(w))
			}
		}
		for stem, ns := range nisbaTable {
			for _, n := range ns {
				if slices.Contains(names, n) {
					s.stems = append(s.stems, []string{stem})
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// unnamedState returns the knowledge-base entry of the state whose
// capital e is, when the document does not name that state; else nil.
func (f *finder) unnamedState(e isnad.Entity) *kb.Entry {
	if e.Type != "LOC" {
		return nil
	}
	state := f.capitalOf(e)
	if state == "" || f.entityOf(state) != "" {
		return nil
	}
	return f.kb.ByID(state)
}

func mapStems(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = nameStem(w)
	}
	return out
}

// nisba returns the state whose relative adjective starts at word i, or
// "".
func (f *finder) nisba(i int) string {
	for _, s := range f.stateStems {
		for _, stem := range s.stems {
			if i+len(stem) > len(f.ws) {
				continue
			}
			ok := true
			for k, st := range stem {
				if w := f.ws[i+k]; w.stem != st && w.fullStem != st {
					ok = false
					break
				}
			}
			if ok {
				return s.id
			}
		}
	}
	return ""
}

// sides starts f.side afresh with every person on the side of the states
// an adjective in his title or mention (one of ms, the document's) puts
// him on ("الرئيس الروسي فلاديمير بوتين").
func (f *finder) sides(ms []mention) {
	f.side = map[string]map[string]bool{}
	persons := map[string]bool{}
	for _, e := range f.d.Entities {
		persons[e.ID] = e.Type == "PERS"
	}
	for _, m := range ms {
		if !persons[m.ent] {
			continue
		}
		// The title right before the name: a chain of definite words
		// ("الزعيم الكوري الشمالي كيم"), and the mention itself.
		from := m.first
		for from > 0 && m.first-from < 4 && strings.HasPrefix(f.ws[from-1].bare, "ال") {
			from--
		}
		for j := from; j <= m.last; j++ {
			if id := f.nisba(j); id != "" {
				f.setSide(m.ent, id)
			}
		}
	}
}

// setSide puts actor a on the side of state s.
func (f *finder) setSide(a, s string) {
	if f.side[a] == nil {
		f.side[a] = map[string]bool{}
	}
	f.side[a][s] = true
}

// sameSide reports whether a and b are a person or an institution and
// the state it speaks for, in either order.
func (f *finder) sameSide(a, b string) bool {
	return f.side[a][b] || f.side[b][a]
}

// nisbaStem cuts the article and the relative ending off an adjective:
// الروسيه → روس; a word without the ending has no stem. nameStem cuts a name's final alef: روسيا → روس.
func nisbaStem(w string) string {
	w = strings.TrimPrefix(w, "ال")
	for _, s := range []string{"يين", "يون", "يات", "يه", "ي"} { // الأوكرانيين، الأوكرانية
		if r, ok := strings.CutSuffix(w, s); ok && utf8.RuneCountInString(r) >= 3 {
			return r
		}
	}
	return "\x00" // no relative ending: a name, not its adjective
}

func nameStem(n string) string {
	n = strings.TrimPrefix(n, "ال")
	for _, s := range []string{"يا", "ا", "يه", "ه"} {
		if r, ok := strings.CutSuffix(n, s); ok {
			return r
		}
	}
	return n
}
