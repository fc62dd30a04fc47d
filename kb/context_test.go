package kb

import "testing"

// TestContextOnly checks that a context-only place is kept by ID but is
// found by no name lookup, and that the built-in gazetteer holds the
// places re-added as context-only and none of the names still left out.
func TestContextOnly(t *testing.T) {
	k, err := New([]Entry{
		{ID: "isnad:city-homs", Type: LOC, Subtype: "city", Name: "حمص", NameEn: "Homs", ContextOnly: true},
		{ID: "isnad:city-aleppo", Type: LOC, Subtype: "city", Name: "حلب", NameEn: "Aleppo"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if k.ByID("isnad:city-homs") == nil {
		t.Error("ByID lost the context-only entry")
	}
	for _, lookup := range []struct {
		name string
		f    func(string) []*Entry
	}{{"Lookup", k.Lookup}, {"LookupExact", k.LookupExact}} {
		if es := lookup.f("حمص"); len(es) > 0 {
			t.Errorf("%s(حمص) = %s, want none", lookup.name, es[0].ID)
		}
		if es := lookup.f("حلب"); len(es) != 1 {
			t.Errorf("%s(حلب) = %v, want Aleppo", lookup.name, es)
		}
	}

	def := mustDefault(t)
	tests := []struct {
		name, id    string
		contextOnly bool // false: the entry must not exist
	}{
		{"Syrian city", "isnad:city-homs", true},
		{"Saudi city named with the article", "isnad:city-khobar", true},
		{"Lebanese city, also pictures", "isnad:city-tyre", true},
		{"left out: و + جدة is Jeddah", "isnad:city-oujda", false},
		{"left out: a stock exchange", "isnad:city-bursa", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := def.ByID(tt.id)
			switch {
			case !tt.contextOnly && e != nil:
				t.Errorf("%s is in the KB, want it left out", tt.id)
			case tt.contextOnly && (e == nil || !e.ContextOnly):
				t.Errorf("%s = %v, want a context-only entry", tt.id, e)
			}
		})
	}
}
