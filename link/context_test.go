package link

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// contextKB holds context-only places beside ordinary ones, and one
// spelling (العين) that is an ordinary entry and a context-only place.
var contextKB = sync.OnceValues(func() (*kb.KB, error) {
	return kb.New([]kb.Entry{
		{ID: "isnad:country-sy", Type: kb.LOC, Subtype: "country", Name: "سوريا", NameEn: "Syria"},
		{ID: "isnad:city-aleppo", Type: kb.LOC, Subtype: "city", Name: "حلب", NameEn: "Aleppo"},
		{ID: "isnad:city-homs", Type: kb.LOC, Subtype: "city", Name: "حمص", NameEn: "Homs", ContextOnly: true},
		{ID: "isnad:city-hama", Type: kb.LOC, Subtype: "city", Name: "حماة", NameEn: "Hama", ContextOnly: true},
		{ID: "isnad:city-khobar", Type: kb.LOC, Subtype: "city", Name: "الخبر", NameEn: "Khobar", ContextOnly: true},
		{ID: "isnad:city-tyre", Type: kb.LOC, Subtype: "city", Name: "صور", NameEn: "Tyre", ContextOnly: true},
		{ID: "isnad:city-al-ain", Type: kb.LOC, Subtype: "city", Name: "العين", NameEn: "Al Ain", ContextOnly: true},
		{ID: "isnad:club-al-ain", Type: kb.ORG, Subtype: "company", Name: "العين", NameEn: "Al Ain FC"},
	})
})

// gazetteerOf returns the gazetteer's mentions of text with contextKB, as
// printed word → entry ID.
func gazetteerOf(t testing.TB, text string) map[string]string {
	t.Helper()
	k, err := contextKB()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(text, nil, k)
	got := map[string]string{}
	for _, m := range d.gazetteer(matcherFor(k)) {
		got[d.surface(m)] = m.entry.ID
	}
	return got
}

func TestContextOnlyPlaces(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // printed mention → entry ID
		none []string          // printed words no mention may be
	}{
		{"after a place noun, the noun left out", "قصفت الطائرات مدينة حمص مساء أمس.",
			map[string]string{"حمص": "isnad:city-homs"}, []string{"مدينة حمص"}},
		{"noun with a preposition clitic", "افتتح المعرض بمحافظة الخبر صباحا.",
			map[string]string{"الخبر": "isnad:city-khobar"}, nil},
		{"noun with conjunction and preposition", "تجددت الاشتباكات وبريف حماة الشمالي.",
			map[string]string{"حماة": "isnad:city-hama"}, []string{"ريف حماة"}},
		{"point of the compass", "سقطت قذيفة غرب حمص فجرا.",
			map[string]string{"حمص": "isnad:city-homs"}, nil},
		{"no context: chickpeas", "اشترى علبة حمص من السوق.",
			map[string]string{}, []string{"حمص"}},
		{"a preposition is no context", "نشر الموقع في صور جديدة لقطات الحادث.",
			map[string]string{}, []string{"صور"}},
		{"the article on the noun makes it no place noun", "زار المدينة صور الأطفال.",
			map[string]string{}, []string{"صور"}},
		{"list after a known city, and on through the list", "تقدمت القوات في حلب وحمص وحماة.",
			map[string]string{"حلب": "isnad:city-aleppo", "حمص": "isnad:city-homs", "حماة": "isnad:city-hama"}, nil},
		{"list before a known city, with a comma", "شملت الجولة حمص، حلب.",
			map[string]string{"حمص": "isnad:city-homs", "حلب": "isnad:city-aleppo"}, nil},
		{"list before a known city, with و", "زار الوفد حماة وحلب.",
			map[string]string{"حماة": "isnad:city-hama", "حلب": "isnad:city-aleppo"}, nil},
		{"a country is no list neighbour", "نشرت سوريا، صور الضحايا.",
			map[string]string{"سوريا": "isnad:country-sy"}, []string{"صور"}},
		{"a city without a separator is no list", "التقط في حلب صور الدمار.",
			map[string]string{"حلب": "isnad:city-aleppo"}, []string{"صور"}},
		{"ordinary entry without context", "فاز العين على منافسه.",
			map[string]string{"العين": "isnad:club-al-ain"}, nil},
		{"context-only place with context", "عاد الوفد من مدينة العين أمس.",
			map[string]string{"العين": "isnad:city-al-ain"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gazetteerOf(t, tt.text)
			for name, id := range tt.want {
				if got[name] != id {
					t.Errorf("%q: got %q, want %s (all: %v)", name, got[name], id, got)
				}
			}
			for _, name := range tt.none {
				if id, ok := got[name]; ok {
					t.Errorf("%q found as %s, want no mention", name, id)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestContextOnlyNotLookedUp checks that Lookup, which cannot see the
// words around a name, does not find a context-only place: the tagger's
// spans are linked with it, and جنين in جنين دهمان is a woman.
func TestContextOnlyNotLookedUp(t *testing.T) {
	k, err := contextKB()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"حمص", "الخبر", "صور"} {
		if es := k.Lookup(name); len(es) > 0 {
			t.Errorf("Lookup(%q) = %s, want none", name, es[0].ID)
		}
	}
	if es := k.Lookup("العين"); len(es) != 1 || es[0].ID != "isnad:club-al-ain" {
		t.Errorf("Lookup(العين) = %v, want only the club", es)
	}
}

// FuzzContextOnly checks that on any text a context-only place's mention
// stays inside the text and is spelled as the place, never with the noun
// before it.
func FuzzContextOnly(f *testing.F) {
	for _, s := range []string{
		"مدينة حمص", "حلب، وحمص، وحماة", "غرب  حمص", "وبمحافظة للخبر", "، حمص", "حمص و", "مدينة\u064Bحمص",
	} {
		f.Add(s)
	}
	k, err := contextKB()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := newDoc(text, nil, k)
		for _, m := range d.gazetteer(matcherFor(k)) {
			if m.start < 0 || m.end > len(d.text) || m.start >= m.end {
				t.Fatalf("mention [%d,%d) outside the text of %d code points", m.start, m.end, len(d.text))
			}
			if !m.entry.ContextOnly {
				continue
			}
			got := strings.TrimSpace(arabic.Fold(d.surface(m)))
			name := arabic.Fold(m.entry.Name)
			if got != name && got != strings.TrimPrefix(name, "ال") {
				t.Errorf("mention %q of %s is not spelled as its name", got, m.entry.ID)
			}
		}
	})
}
