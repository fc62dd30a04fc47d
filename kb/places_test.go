package kb

import "testing"

// TestPlaceNames checks the gazetteer of data/src/places.tsv from both
// sides: governorates, cities and their spelling variants are found, and
// the place names left out because in news text they are mostly ordinary
// words or people's names stay out, under their phonetic key too (link
// resolves tagger spans with Lookup, so a place keyed like القرآن would
// claim the Quran).
func TestPlaceNames(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		wantEn string // "" means no place may answer
	}{
		{"governorate with its own name", "ريف دمشق", "Rif Dimashq Governorate"},
		{"spelling without the space", "ديرالزور", "Deir ez-Zor"},
		{"second name of one town", "عين العرب", "Kobani"},
		{"governorate named with محافظة", "محافظة الأنبار", "Al Anbar Governorate"},
		{"Saudi region", "المنطقة الشرقية", "Eastern Province"},
		{"Ukrainian city, other transliteration", "لوغانسك", "Luhansk"},
		{"pictures, not Tyre", "صور", ""},
		{"chickpeas, not Homs", "حمص", ""},
		{"protectors, not Hama", "حماة", ""},
		{"the news, not Khobar", "الخبر", ""},
		{"the eye, not Al Ain", "العين", ""},
		{"and Jeddah, not Oujda", "وجدة", ""},
		{"the class, not Tabqa", "الطبقة", ""},
		{"the Quran, not Kairouan", "القرآن", ""},
		{"Khalil, not Hebron", "الخليل", ""},
		{"Babylon alone: with camels", "بإبل", ""},
	}
	k := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Entry
			for _, e := range k.Lookup(tt.in) {
				if e.Type == LOC && e.Subtype != "country" {
					got = e
					break
				}
			}
			switch {
			case tt.wantEn == "" && got != nil:
				t.Errorf("Lookup(%q) = place %s (%s), want none", tt.in, got.ID, got.NameEn)
			case tt.wantEn != "" && (got == nil || got.NameEn != tt.wantEn):
				t.Errorf("Lookup(%q) = %v, want %s", tt.in, got, tt.wantEn)
			}
		})
	}
}

// TestNewCapitalsStandForStates checks that capitals added without a
// Wikidata state of their own point at the CLDR country entry.
func TestNewCapitalsStandForStates(t *testing.T) {
	tests := []struct{ name, city, state string }{
		{"Arab League state with a Wikidata id", "نواكشوط", "Mauritania"},
		{"state known only from CLDR", "كيغالي", "Rwanda"},
	}
	k := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := k.LookupExact(tt.city)
			if len(es) == 0 {
				t.Fatalf("%s is not in the KB", tt.city)
			}
			s := k.ByID(es[0].CapitalOf)
			if s == nil || s.NameEn != tt.state {
				t.Errorf("%s stands for %v, want %s", tt.city, s, tt.state)
			}
		})
	}
}
