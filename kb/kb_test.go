package kb

import (
	"errors"
	"strings"
	"testing"
)

func TestNewValidation(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
		want    error
	}{
		{"ok", []Entry{{ID: "isnad:x", Type: LOC, Name: "مدينة"}}, nil},
		{"empty name", []Entry{{ID: "isnad:x", Type: LOC, Name: " "}}, ErrInvalid},
		{"diacritics only", []Entry{{ID: "isnad:x", Type: LOC, Name: "\u064e"}}, ErrInvalid},
		{"unknown type", []Entry{{ID: "isnad:x", Type: "GPE", Name: "مدينة"}}, ErrInvalid},
		{"bad id", []Entry{{ID: "Q5", Type: LOC, Name: "مدينة"}}, ErrInvalid},
		{"upper slug", []Entry{{ID: "isnad:North", Type: LOC, Name: "مدينة"}}, ErrInvalid},
		{"unknown role", []Entry{{ID: "isnad:x", Type: PERS, Name: "زيد", Offices: []Office{{Role: "king", Country: "isnad:y", From: "2020"}}}}, ErrInvalid},
		{"office without start", []Entry{{ID: "isnad:x", Type: PERS, Name: "زيد", Offices: []Office{{Role: HeadOfState, Country: "isnad:y"}}}}, ErrInvalid},
		{"duplicate", []Entry{{ID: "isnad:x", Type: LOC, Name: "أ"}, {ID: "isnad:x", Type: LOC, Name: "ب"}}, ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := New(tt.entries)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (k != nil) {
				t.Fatalf("New = %v, %v; want error %v", k, err, tt.want)
			}
		})
	}
}

func mustDefault(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestLookup(t *testing.T) {
	k := mustDefault(t)
	tests := []struct {
		name, in string
		want     []string // entry IDs, in order
	}{
		{"canonical", "فلاديمير بوتين", []string{"wikidata:Q7747"}},
		{"surname alias", "بوتين", []string{"wikidata:Q7747"}},
		{"spelling only the key knows", "فلاديمير بوتن", []string{"wikidata:Q7747"}},
		{"diacritics and hamza", "فلادِيمير بُوتِين", []string{"wikidata:Q7747"}},
		{"country variant", "الولايات المتحدة الأميركية", []string{"wikidata:Q30"}},
		{"state long form", "جمهورية كوريا الديمقراطية الشعبية", []string{"wikidata:Q423"}},
		{"capital by another spelling", "بيونج يانج", []string{"wikidata:Q18808"}},
		{"capital written as one word", "بيونغيانغ", []string{"wikidata:Q18808"}},
		{"one spelling, two places", "عمان", []string{"wikidata:Q842", "wikidata:Q3805"}},
		{"organisation alias", "الناتو", []string{"wikidata:Q7184"}},
		{"ministry", "وزارة الدفاع الكورية الشمالية", []string{"isnad:north-korea-defence-ministry"}},
		{"agency from furniture", "وكالة فرانس برس", []string{"wikidata:Q40464"}},
		{"demonym is no name", "الروسي", nil},
		{"unknown", "زيد بن عمرو", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range k.Lookup(tt.in) {
				got = append(got, e.ID)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Lookup(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestLookupExactBeatsKey(t *testing.T) {
	k, err := New([]Entry{
		{ID: "isnad:ghana", Type: LOC, Name: "غانا"},
		{ID: "isnad:guyana", Type: LOC, Name: "غيانا"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if l := k.Lookup("غيانا"); len(l) != 1 || l[0].ID != "isnad:guyana" {
		t.Errorf("Lookup(غيانا) = %v, want only Guyana", l)
	}
	if l := k.Lookup("قانا"); len(l) != 2 {
		t.Errorf("Lookup(قانا) by key = %d entries, want both colliding ones", len(l))
	}
	if l := k.LookupExact("قانا"); len(l) != 0 {
		t.Errorf("LookupExact(قانا) = %v, want none", l)
	}
}

func TestDemonym(t *testing.T) {
	k := mustDefault(t)
	tests := []struct{ in, want string }{
		{"الروسي", "wikidata:Q159"},
		{"الروسية", "wikidata:Q159"},
		{"روسي", "wikidata:Q159"},
		{"روسية", "wikidata:Q159"},
		{"الأمريكي", "wikidata:Q30"},
		{"الأميركية", "wikidata:Q30"},
		{"للأمريكية", "wikidata:Q30"},
		{"والصيني", "wikidata:Q148"},
		{"بالروسية", "wikidata:Q159"},
		{"الكورية الشمالية", "wikidata:Q423"},
		{"الكوري الجنوبي", "wikidata:Q884"},
		{"الألماني", "wikidata:Q183"},
		{"ألمانية", "wikidata:Q183"},
		{"الجنوب أفريقي", "wikidata:Q258"},
		{"الإسرائيلية", "wikidata:Q801"},
		{"روسيا", ""},
		{"الكبير", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if e := k.Demonym(tt.in); e != nil {
				got = e.ID
			}
			if got != tt.want {
				t.Errorf("Demonym(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHolder(t *testing.T) {
	k := mustDefault(t)
	const russia, usa, southKorea = "wikidata:Q159", "wikidata:Q30", "wikidata:Q884"
	tests := []struct {
		name, role, country, date, want string
	}{
		{"Shoigu in 2023", DefenceMinister, russia, "2023-09-05", "isnad:sergei-shoigu"},
		{"Shoigu's last day", DefenceMinister, russia, "2024-05-12", "isnad:sergei-shoigu"},
		{"gap between the decrees", DefenceMinister, russia, "2024-05-13", ""},
		{"Belousov from his first day", DefenceMinister, russia, "2024-05-14", "isnad:andrei-belousov"},
		{"Belousov late 2024", DefenceMinister, russia, "2024-11-20", "isnad:andrei-belousov"},
		{"Biden before the handover", HeadOfState, usa, "2025-01-19", "wikidata:Q6279"},
		{"handover day goes to the incoming", HeadOfState, usa, "2025-01-20", "wikidata:Q22686"},
		{"Trump's first term", HeadOfState, usa, "2018-06", "wikidata:Q22686"},
		{"Obama", HeadOfState, usa, "2015", "wikidata:Q76"},
		{"latest", HeadOfState, usa, "", "wikidata:Q22686"},
		{"Yoon", HeadOfState, southKorea, "2024-12-01", "isnad:yoon-suk-yeol"},
		{"acting presidents are not held", HeadOfState, southKorea, "2025-05-01", ""},
		{"Lee", HeadOfState, southKorea, "2025-06-04", "isnad:lee-jae-myung"},
		{"Blinken", ForeignMinister, usa, "2023-09-05", "isnad:antony-blinken"},
		{"Putin", HeadOfState, russia, "2023-09-05", "wikidata:Q7747"},
		{"Putin as prime minister", HeadOfGovernment, russia, "2010-01-01", "wikidata:Q7747"},
		{"before the data", HeadOfState, usa, "1990", ""},
		{"unknown country", HeadOfState, "isnad:nowhere", "2020", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if e := k.Holder(tt.role, tt.country, tt.date); e != nil {
				got = e.ID
			}
			if got != tt.want {
				t.Errorf("Holder(%s, %s, %q) = %q, want %q", tt.role, tt.country, tt.date, got, tt.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	k, err := New([]Entry{
		{ID: "isnad:a", Type: PERS, Name: "زيد الأول"},
		{ID: "isnad:b", Type: LOC, Name: "مدينة الورد"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Merge([]Entry{{ID: "isnad:a", Type: PERS, Name: "زيد الثاني"}, {ID: "isnad:c", Type: ORG, Name: "شركة النور"}}); err != nil {
		t.Fatal(err)
	}
	if k.Len() != 3 || k.ByID("isnad:a").Name != "زيد الثاني" {
		t.Errorf("after Merge: %d entries, a = %q", k.Len(), k.ByID("isnad:a").Name)
	}
	if l := k.Lookup("زيد الأول"); len(l) != 0 {
		t.Errorf("the replaced name still finds %v", l)
	}
	if l := k.Lookup("شركة النور"); len(l) != 1 {
		t.Errorf("the added name finds %v", l)
	}
	if err := k.Merge([]Entry{{ID: "bad", Type: PERS, Name: "x"}}); !errors.Is(err, ErrInvalid) || k.Len() != 3 {
		t.Errorf("bad Merge = %v, len %d; want ErrInvalid and k unchanged", err, k.Len())
	}
}

func TestDefaultIsShared(t *testing.T) {
	k := mustDefault(t)
	n := k.Len()
	if err := k.Merge([]Entry{{ID: "isnad:x", Type: LOC, Name: "مكان"}}); !errors.Is(err, ErrShared) {
		t.Fatalf("Merge on Default = %v, want ErrShared", err)
	}
	c := k.Clone()
	if err := c.Merge([]Entry{{ID: "wikidata:Q7747", Type: PERS, Name: "اسم آخر"}}); err != nil {
		t.Fatal(err)
	}
	if k.Len() != n || k.ByID("wikidata:Q7747").Name == "اسم آخر" || c.ByID("wikidata:Q7747").Name != "اسم آخر" {
		t.Error("merging into a clone changed the default KB or did not take")
	}
}
