package link

import (
	"testing"

	"github.com/isnad/isnad/kb"
)

func TestHonorifics(t *testing.T) {
	k, err := kb.New([]kb.Entry{
		{ID: "wikidata:Q851", Type: kb.LOC, Subtype: "country", Name: "السعودية", NameEn: "Saudi Arabia", WikidataKnown: true},
		{ID: "isnad:king-a", Type: kb.PERS, Subtype: "person", Name: "الملك عبد الله بن عبد العزيز", NameEn: "Abdullah",
			Offices: []kb.Office{{Role: kb.HeadOfState, Country: "wikidata:Q851", From: "2005-08-01", To: "2015-01-23"}}},
		{ID: "isnad:king-s", Type: kb.PERS, Subtype: "person", Name: "الملك سلمان بن عبد العزيز", NameEn: "Salman",
			Offices: []kb.Office{{Role: kb.HeadOfState, Country: "wikidata:Q851", From: "2015-01-23"}}},
		{ID: "isnad:prince-n", Type: kb.PERS, Subtype: "person", Name: "محمد بن نايف", NameEn: "Nayef",
			Offices: []kb.Office{{Role: kb.CrownPrince, Country: "wikidata:Q851", From: "2015-04-29", To: "2017-06-21"}}},
		{ID: "isnad:prince-m", Type: kb.PERS, Subtype: "person", Name: "محمد بن سلمان", NameEn: "Mohammed",
			Offices: []kb.Office{{Role: kb.DeputyCrownPrince, Country: "wikidata:Q851", From: "2015-04-29", To: "2017-06-21"},
				{Role: kb.CrownPrince, Country: "wikidata:Q851", From: "2017-06-21"}}},
		{ID: "isnad:prince-q", Type: kb.PERS, Subtype: "person", Name: "مقرن بن عبد العزيز", NameEn: "Muqrin"},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, published string
		want                  map[string]int // English name → mentions
	}{
		{"the title is the king of the day, named elsewhere",
			"وصل الملك سلمان بن عبد العزيز إلى جدة. واستقبل خادم الحرمين الشريفين أمس الوفد.", "2015-07-20",
			map[string]int{"Salman": 2}},
		{"an earlier date gives the earlier king",
			"زار الملك عبد الله بن عبد العزيز المدينة. وقال لخادم الحرمين الشريفين إن الوضع مستقر.", "2013-05-02",
			map[string]int{"Abdullah": 2}},
		{"a title alone brings no one into the document",
			"واستقبل خادم الحرمين الشريفين أمس الوفد الزائر.", "2015-07-20",
			map[string]int{}},
		{"a name after the title says who it is",
			"وكان الملك سلمان بن عبد العزيز في جدة. ونوه بدعم خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز.", "2015-07-20",
			map[string]int{"Salman": 1, "Abdullah": 1}},
		{"the king's deputy is not the king",
			"وزار الملك سلمان بن عبد العزيز الرياض. وشكر نائب خادم الحرمين الشريفين الحضور.", "2015-07-20",
			map[string]int{"Salman": 1}},
		{"the deputy crown prince of the day, not the crown prince",
			"وصل الأمير محمد بن سلمان إلى القاهرة. والتقى ولي ولي العهد الرئيس المصري.", "2015-07-30",
			map[string]int{"Mohammed": 2}},
		{"the crown prince of the day",
			"وصل الأمير محمد بن نايف إلى جدة. وقال ولي العهد إن الأمن مستتب.", "2015-07-30",
			map[string]int{"Nayef": 2}},
		{"the same title later names the next holder",
			"وصل الأمير محمد بن سلمان إلى جدة. وقال ولي العهد إن الأمن مستتب.", "2018-03-01",
			map[string]int{"Mohammed": 2}},
		{"a name after a patronymic is a lineage, not the known person",
			"وأوضح الأمير تركي بن مقرن بن عبد العزيز أن المشروع مهم.", "2015-07-30",
			map[string]int{}},
		{"no publication date, no holder",
			"وصل الملك سلمان بن عبد العزيز إلى جدة. واستقبل خادم الحرمين الشريفين الوفد.", "",
			map[string]int{"Salman": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]int{}
			for _, e := range run(t, tt.text, Options{KB: k, Published: tt.published}) {
				if e.NameEn != nil && e.Type == "PERS" {
					got[*e.NameEn] = len(e.Mentions)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("persons %v, want %v", got, tt.want)
			}
			for n, c := range tt.want {
				if got[n] != c {
					t.Errorf("%s: %d mentions, want %d (all: %v)", n, got[n], c, got)
				}
			}
		})
	}
}
