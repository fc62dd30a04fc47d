package furniture

import (
	_ "embed"
	"strings"

	"github.com/isnad/isnad"
)

//go:embed agencies.tsv
var agenciesTSV string

// agency is one row of agencies.tsv.
type agency struct {
	name, nameEn, kb string
	wire             bool // a news agency, as opposed to a paper or channel
	variants         []string
}

// lexicon indexes agencies.tsv by folded variant and by web domain. It is
// built once: the lookups sit on the per-line path.
type lexicon struct {
	byVariant map[string]*agency
	byDomain  map[string]*agency
	all       []*agency // in file order, for deterministic scans
}

var agencies = parseAgencies(agenciesTSV)

func parseAgencies(tsv string) *lexicon {
	lx := &lexicon{byVariant: map[string]*agency{}, byDomain: map[string]*agency{}}
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 6 {
			panic("furniture: agencies.tsv: want 6 columns: " + line)
		}
		a := &agency{name: col[0], nameEn: col[1], wire: col[3] == "wire"}
		if col[2] != "" {
			a.kb = "wikidata:" + col[2]
		}
		for _, v := range append(strings.Split(col[4], "|"), col[0]) {
			f := fold(v)
			a.variants = append(a.variants, v)
			lx.byVariant[f] = a
		}
		lx.all = append(lx.all, a)
		for _, d := range strings.Split(col[5], "|") {
			if d != "" {
				lx.byDomain[d] = a
			}
		}
	}
	return lx
}

// credit makes the Credit for a as printed in text.
func (a *agency) credit(text string) isnad.Credit {
	return isnad.Credit{Text: text, Name: a.name, NameEn: a.nameEn, KB: a.kb}
}

// LookupAgency finds the wire agency or outlet that s names, however it is
// spelt ("أ.ف.ب", "ا ف ب", "فرانس برس", "AFP"), and returns its Credit
// with s as the printed text. A leading "وكالة"/"لوكالة"/"لـ" is ignored.
func LookupAgency(s string) (isnad.Credit, bool) {
	a := agencies.find(fold(s))
	if a == nil {
		return isnad.Credit{}, false
	}
	return a.credit(trim(s)), true
}

// agencyPrefixes are the words and clitics an agency name is printed
// behind ("وكالة رويترز", "لوكالة", "لـرويترز") that do not change which
// agency it is. Folded forms.
var agencyPrefixes = []string{"لوكاله ", "وكاله انباء ", "وكاله ", "ل ", "ل"}

// find looks up a folded name, then the same name without a prefix.
func (lx *lexicon) find(f string) *agency {
	if a := lx.byVariant[f]; a != nil {
		return a
	}
	for _, p := range agencyPrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok && rest != "" {
			if a := lx.byVariant[rest]; a != nil {
				return a
			}
		}
	}
	return nil
}

// byHost finds the outlet a URL's host belongs to ("www.forbes.com").
func (lx *lexicon) byHost(host string) *agency {
	host = strings.ToLower(host)
	for host != "" {
		if a := lx.byDomain[host]; a != nil {
			return a
		}
		_, rest, ok := strings.Cut(host, ".")
		if !ok {
			break
		}
		host = rest
	}
	return nil
}
