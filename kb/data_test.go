package kb

import (
	"io/fs"
	"slices"
	"testing"
	"time"
)

// TestDataConsistent checks the compiled data: every reference resolves,
// IDs are unique and well formed (New checks those two), capitals and the
// states they stand for point at each other, and office terms are dates
// in order.
func TestDataConsistent(t *testing.T) {
	k := mustDefault(t)
	if k.Len() < 500 {
		t.Fatalf("only %d entries", k.Len())
	}
	ref := func(e *Entry, what, id string) {
		if id != "" && k.ByID(id) == nil {
			t.Errorf("%s: %s %s is not an entry", e.ID, what, id)
		}
	}
	for _, e := range k.Entries() {
		for _, n := range e.Names() {
			if d := k.Demonym(n); d != nil && d != e && k.LookupExact(n)[0] == e {
				t.Errorf("%s: name %q is a demonym of %s", e.ID, n, d.ID)
			}
		}
		ref(e, "capital", e.Capital)
		ref(e, "capital of", e.CapitalOf)
		if e.Capital != "" && k.ByID(e.Capital) != nil && k.ByID(e.Capital).CapitalOf != e.ID {
			t.Errorf("%s: capital %s does not stand for it", e.ID, e.Capital)
		}
		if e.WikidataKnown != (len(e.ID) > 9 && e.ID[:9] == "wikidata:") {
			t.Errorf("%s: WikidataKnown = %v", e.ID, e.WikidataKnown)
		}
		if len(e.Demonyms) > 0 && e.Subtype != "country" {
			t.Errorf("%s: demonyms on a %s", e.ID, e.Subtype)
		}
		for _, o := range e.Offices {
			ref(e, "office country", o.Country)
			if !validDate(o.From) || o.To != "" && (!validDate(o.To) || padDate(o.To, "31") < padDate(o.From, "01")) {
				t.Errorf("%s: office %+v: bad dates", e.ID, o)
			}
		}
	}
}

func validDate(d string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(d) == len(layout) {
			_, err := time.Parse(layout, d)
			return err == nil
		}
	}
	return false
}

// TestNoTwoHolders checks that no two people hold one office on the same
// day (the handover day aside), which would make Holder's answer depend
// on the order of the data.
func TestNoTwoHolders(t *testing.T) {
	k := mustDefault(t)
	type term struct {
		who string
		o   Office
	}
	byOffice := map[string][]term{}
	for _, e := range k.Entries() {
		for _, o := range e.Offices {
			byOffice[o.Role+"|"+o.Country] = append(byOffice[o.Role+"|"+o.Country], term{e.ID, o})
		}
	}
	for office, terms := range byOffice {
		for i, a := range terms {
			for _, b := range terms[i+1:] {
				if overlap(a.o, b.o) {
					t.Errorf("%s: %s %v and %s %v overlap", office, a.who, a.o, b.who, b.o)
				}
			}
		}
	}
}

// overlap is true when two terms share more than a handover day.
func overlap(a, b Office) bool {
	end := func(o Office) string {
		if o.To == "" {
			return "9999-12-31"
		}
		return padDate(o.To, "01")
	}
	return padDate(a.From, "01") < end(b) && padDate(b.From, "01") < end(a)
}

func TestDataSize(t *testing.T) {
	var total int64
	err := fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		total += info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if total > 10<<20 {
		t.Errorf("embedded data is %d bytes, over 10 MB", total)
	}
}

func TestColdStart(t *testing.T) {
	start := time.Now()
	k, err := loadDefault()
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d entries in %v", k.Len(), d)
	if d > 150*time.Millisecond && !testing.Short() {
		t.Errorf("cold start took %v, want under 150ms", d)
	}
}

func TestPersonName(t *testing.T) {
	tests := []struct {
		in    string
		ok    bool
		latin string
	}{
		{"سوليفان", true, "sullivan"},
		{"جيك", true, "jake"},
		{"بوتين", true, "putin"},
		{"الصاروخ", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tok, ok := PersonName(tt.in)
			if ok != tt.ok || ok && !slices.Contains(tok.Latin, tt.latin) {
				t.Errorf("PersonName(%q) = %+v, %v; want %q, %v", tt.in, tok, ok, tt.latin, tt.ok)
			}
		})
	}
	if got, ok := Romanize("جيك سوليفان"); !ok || got != "Jake Sullivan" {
		t.Errorf("Romanize = %q, %v", got, ok)
	}
	if _, ok := Romanize("جيك الصاروخ"); ok {
		t.Error("Romanize of a non-name gave ok")
	}
}

// TestDataFacts checks a few entries the linker relies on: office holders
// by date, and a short name that must not swallow a longer one.
func TestDataFacts(t *testing.T) {
	k, err := loadDefault()
	if err != nil {
		t.Fatal(err)
	}
	holders := []struct{ role, date, want string }{
		{CrownPrince, "2015-07-30", "isnad:mohammed-bin-nayef"},
		{DeputyCrownPrince, "2015-07-30", "isnad:mohammed-bin-salman"},
		{CrownPrince, "2015-03-01", "isnad:muqrin-bin-abdulaziz"},
		{CrownPrince, "2018-01-01", "isnad:mohammed-bin-salman"},
	}
	for _, h := range holders {
		if e := k.Holder(h.role, "wikidata:Q851", h.date); e == nil || e.ID != h.want {
			t.Errorf("Holder(%s, Saudi Arabia, %s) = %v, want %s", h.role, h.date, e, h.want)
		}
	}
	names := []struct{ name, want string }{
		{"صندوق النقد", "wikidata:Q7804"},
		{"صندوق النقد العربي", "isnad:arab-monetary-fund"},
		{"وكالة تسنيم", "isnad:media-tasnim"},
		{"الاتفاق النووي", "isnad:jcpoa"},
		{"عاصفة الحزم", "isnad:operation-decisive-storm"},
		{"مجلس الأمن", "wikidata:Q37470"},
		{"مركز الملك سلمان للإغاثة", "isnad:ksrelief"},
		{"مؤسسة النقد العربي السعودي", "isnad:sama"},
		{"مجلس الشورى الإسلامي", "isnad:iran-majlis"},
		{"الدفاع المدني", "isnad:civil-defense"},
		{"عبد ربه منصور هادي", "isnad:abd-rabbuh-mansur-hadi"},
		{"صباح الأحمد الصباح", "isnad:sabah-al-ahmad"},
		{"مفرج بن سعد الحقباني", "isnad:mufrej-al-haqbani"},
	}
	// a bare مجلس الشورى names a council in several Gulf states and Iran
	if es := k.LookupExact("مجلس الشورى"); len(es) != 0 {
		t.Errorf("LookupExact(مجلس الشورى) = %v, want none", es)
	}
	for _, n := range names {
		if es := k.LookupExact(n.name); len(es) == 0 || es[0].ID != n.want {
			t.Errorf("LookupExact(%q) = %v, want %s", n.name, es, n.want)
		}
	}
}
