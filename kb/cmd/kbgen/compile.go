package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// table is the rows of a tab-separated file, comments and blank lines
// left out, each row padded to at least width columns.
type table struct {
	path  string
	rows  [][]string
	lines []int
}

func readTable(path string, width int) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t := &table{path: path}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		row := strings.Split(line, "\t")
		for len(row) < width {
			row = append(row, "")
		}
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		t.rows = append(t.rows, row)
		t.lines = append(t.lines, n)
	}
	return t, sc.Err()
}

func (t *table) errorf(i int, format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", t.path, t.lines[i], fmt.Sprintf(format, a...))
}

// set keeps entries in the order first added; a later entry with the
// same ID replaces the earlier one in place, so hand-written tables can
// correct generated ones.
type set struct {
	list []kb.Entry
	at   map[string]int
}

func (s *set) add(e kb.Entry) {
	e.WikidataKnown = strings.HasPrefix(e.ID, "wikidata:")
	if i, ok := s.at[e.ID]; ok {
		s.list[i] = e
		return
	}
	s.at[e.ID] = len(s.list)
	s.list = append(s.list, e)
}

func (s *set) get(id string) *kb.Entry {
	if i, ok := s.at[id]; ok {
		return &s.list[i]
	}
	return nil
}

// compile builds the entries from the tables in dataDir/src, the CLDR
// countries in dataDir and the furniture agency list.
func compile(dataDir, agencies string) ([]kb.Entry, error) {
	s := &set{at: map[string]int{}}
	src := filepath.Join(dataDir, "src")
	steps := []struct {
		path  string
		width int
		load  func(*set, *table) error
	}{
		{filepath.Join(dataDir, "countries.tsv"), 3, loadCountries},
		{filepath.Join(src, "states.tsv"), 7, loadStates},
		{filepath.Join(src, "places.tsv"), 7, loadPlaces},
		{agencies, 6, loadAgencies},
		{filepath.Join(src, "orgs.tsv"), 6, loadPlaces},
		{filepath.Join(src, "persons.tsv"), 4, loadPersons},
		{filepath.Join(src, "offices.tsv"), 5, loadOffices},
	}
	for _, st := range steps {
		t, err := readTable(st.path, st.width)
		if err != nil {
			return nil, err
		}
		if err := st.load(s, t); err != nil {
			return nil, err
		}
	}
	return s.list, nil
}

// countryID is the ID of a state with no certain Wikidata id.
func countryID(code string) string { return "isnad:country-" + strings.ToLower(code) }

// cldr remembers the CLDR names by region code for loadStates, and
// demonyms every folded demonym form it wrote, which no alias may be.
var (
	cldr     = map[string][2]string{}
	demonyms = map[string]bool{}
)

func loadCountries(s *set, t *table) error {
	for _, r := range t.rows {
		cldr[r[0]] = [2]string{r[1], r[2]}
		s.add(kb.Entry{ID: countryID(r[0]), Type: kb.LOC, Subtype: "country", Name: r[1], NameEn: r[2]})
	}
	return nil
}

// loadStates upgrades CLDR countries with an id, names, demonyms and a
// capital. A state given a wikidata id replaces its isnad:country- entry.
func loadStates(s *set, t *table) error {
	for i, r := range t.rows {
		names, ok := cldr[r[0]]
		if !ok {
			return t.errorf(i, "region %q is not in CLDR", r[0])
		}
		e := *s.get(countryID(r[0]))
		if r[1] != "" {
			delete(s.at, e.ID)
			s.list = removeID(s.list, e.ID)
			rebuild(s)
			e.ID = r[1]
		}
		e.Name = or(r[2], names[0])
		e.NameEn = or(r[3], names[1])
		e.Aliases = list(r[4])
		if names[0] != e.Name {
			e.Aliases = append(e.Aliases, names[0])
		}
		e.Demonyms = demonymForms(list(r[5]))
		for _, d := range e.Demonyms {
			demonyms[arabic.Fold(d)] = true
		}
		e.Capital = r[6]
		s.add(e)
	}
	return nil
}

func removeID(l []kb.Entry, id string) []kb.Entry {
	for i := range l {
		if l[i].ID == id {
			return append(l[:i], l[i+1:]...)
		}
	}
	return l
}

func rebuild(s *set) {
	s.at = make(map[string]int, len(s.list))
	for i, e := range s.list {
		s.at[e.ID] = i
	}
}

// contextFlag in the eighth column of places.tsv marks a place named only
// in a place's context (kb.Entry.ContextOnly).
const contextFlag = "context"

func loadPlaces(s *set, t *table) error {
	for i, r := range t.rows {
		e := kb.Entry{ID: r[0], Type: r[1], Subtype: r[2], Name: r[3], NameEn: r[4], Aliases: list(r[5])}
		if len(r) > 6 {
			e.CapitalOf = r[6]
		}
		if len(r) > 7 {
			if r[7] != "" && r[7] != contextFlag {
				return t.errorf(i, "unknown flag %q (want %q or nothing)", r[7], contextFlag)
			}
			e.ContextOnly = r[7] == contextFlag
		}
		if e.Name == "" {
			return t.errorf(i, "no name")
		}
		s.add(e)
	}
	return nil
}

// loadAgencies turns the furniture agency rows into media entries. The
// variants there are what a credit line prints; only those safe as
// names in running text are kept: no Latin, no initialisms (أ ف ب),
// nothing under four letters but the canonical name (وام, بترا and وفا
// are also words) and no nationality adjective (الألمانية credits dpa
// but mostly means German). It must run after loadStates.
func loadAgencies(s *set, t *table) error {
	for _, r := range t.rows {
		e := kb.Entry{Type: kb.ORG, Subtype: "media", Name: r[0], NameEn: r[1]}
		e.ID = "isnad:media-" + kb.Slug(r[1])
		if r[2] != "" {
			e.ID = "wikidata:" + r[2]
		}
		for _, v := range list(r[4]) {
			if v != e.Name && safeVariant(v) {
				e.Aliases = append(e.Aliases, v)
			}
		}
		s.add(e)
	}
	return nil
}

func safeVariant(v string) bool {
	f := arabic.Fold(v)
	if demonyms[f] {
		return false
	}
	for _, w := range strings.Fields(f) {
		if !isArabicWord(w) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return utf8.RuneCountInString(strings.ReplaceAll(f, " ", "")) >= 4
}

func loadPersons(s *set, t *table) error {
	for i, r := range t.rows {
		if r[2] == "" {
			return t.errorf(i, "no Arabic name")
		}
		s.add(kb.Entry{ID: r[0], Type: kb.PERS, Subtype: "person", NameEn: r[1], Name: r[2], Aliases: list(r[3])})
	}
	return nil
}

func loadOffices(s *set, t *table) error {
	for i, r := range t.rows {
		e := s.get(r[0])
		if e == nil {
			return t.errorf(i, "no person %s", r[0])
		}
		e.Offices = append(e.Offices, kb.Office{Role: r[1], Country: r[2], From: r[3], To: r[4]})
	}
	return nil
}

// demonymForms adds to each masculine indefinite adjective its feminine
// and its definite forms: روسي → روسي, روسية, الروسي, الروسية; كوري شمالي
// → ... الكورية الشمالية. A first word not ending in ي (جنوب in جنوب
// أفريقي) takes the article alone and no feminine ending.
func demonymForms(base []string) []string {
	var out []string
	for _, d := range base {
		words := strings.Fields(d)
		fem := make([]string, len(words))
		def := make([]string, len(words))
		defFem := make([]string, len(words))
		// كوري شمالي is a chain of adjectives, each taking the article;
		// in جنوب أفريقي only the head noun does (الجنوب أفريقي).
		chain := strings.HasSuffix(words[0], "ي")
		for i, w := range words {
			fem[i] = w
			if strings.HasSuffix(w, "ي") {
				fem[i] = w + "ة"
			}
			def[i], defFem[i] = w, fem[i]
			if i == 0 || chain && strings.HasSuffix(w, "ي") {
				def[i], defFem[i] = "ال"+w, "ال"+fem[i]
			}
		}
		out = append(out, d, strings.Join(fem, " "), strings.Join(def, " "), strings.Join(defFem, " "))
	}
	return out
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
