package goldtest

import (
	"maps"
	"slices"
	"testing"

	"github.com/isnad/isnad"
)

func TestNorm(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hamza carriers fold", "أحمد إبراهيم آمال ٱلقدس", "احمد ابراهيم امال القدس"},
		{"final forms fold", "مستشفى المدينة مسؤول رئيس", "مستشفي المدينه مسوول رييس"},
		{"diacritics and tatweel go", "مُحَمَّـــد", "محمد"},
		{"punctuation runs are one space", "«قال»: نعم، لا!", "قال نعم لا"},
		{"ends trimmed", "  (بيروت)  ", "بيروت"},
		{"latin lower case", "Reuters AFP", "reuters afp"},
		{"nfkc ligature", "ﻻ", "لا"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameForms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"conjunction comes off", "وبغداد", []string{"بغداد", "وبغداد"}},
		{"article comes off", "البرلمان", []string{"البرلمان", "برلمان"}},
		{"lil becomes al", "للبرلمان", []string{"البرلمان", "برلمان", "للبرلمان"}},
		{"short words keep their clitic", "وفد", []string{"وفد"}},
		{"preposition with article", "بالعاصمه", []string{"العاصمه", "بالعاصمه", "عاصمه"}},
		{"punctuation only", "«»", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(NameForms(tt.in)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("NameForms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	tests := []struct {
		name       string
		tp, fp, fn int
		p, r, f    float64
	}{
		{"nothing found", 0, 0, 3, 0, 0, 0},
		{"nothing to find", 0, 2, 0, 0, 0, 0},
		{"perfect", 4, 0, 0, 1, 1, 1},
		{"half and half", 1, 1, 1, 0.5, 0.5, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f := PRF(tt.tp, tt.fp, tt.fn)
			if p != tt.p || r != tt.r || f != tt.f {
				t.Errorf("PRF(%d, %d, %d) = %v %v %v, want %v %v %v", tt.tp, tt.fp, tt.fn, p, r, f, tt.p, tt.r, tt.f)
			}
		})
	}
}

func TestPublished(t *testing.T) {
	day := "2021-03-04"
	tests := []struct {
		name string
		g    Gold
		want string
	}{
		{"flag wins", Gold{Flags: []string{"--published", "2020-01-02"}, Meta: Meta{Published: &day}}, "2020-01-02"},
		{"meta without a flag", Gold{Meta: Meta{Published: &day}}, day},
		{"flag without a value", Gold{Flags: []string{"--published"}}, ""},
		{"neither", Gold{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.g.Published(); got != tt.want {
				t.Errorf("Published() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOracleEntities(t *testing.T) {
	text := "قال وزير الخارجية سامي الحلبي إن الحلبي سيزور لبنان، ورحب اللبنانيون بالزيارة، فلبنان بلد مضياف."
	g := Gold{
		Entities: []Entity{
			{En: "Sami al-Halabi", Type: "PERS", Ar: []string{"الحلبي", "سامي الحلبي"}},
			{En: "Lebanon", Type: "LOC", Ar: []string{"لبنان"}},
		},
		OptionalEntities: []Entity{{En: "Foreign Ministry", Ar: []string{"وزارة الخارجية"}}},
	}
	ents, names := OracleEntities(text, g)
	r := []rune(text)
	mentions := func(e isnad.Entity) []string {
		var out []string
		for _, m := range e.Mentions {
			out = append(out, string(r[m[0]:m[1]]))
		}
		return out
	}
	tests := []struct {
		name     string
		ent      int
		id, en   string
		mentions []string
	}{
		// The longer spelling claims its stretch first; a name inside a
		// longer word (اللبنانيون) is no mention, one behind a clitic is.
		{"person", 0, "E1", "Sami al-Halabi", []string{"سامي الحلبي", "الحلبي"}},
		{"place", 1, "E2", "Lebanon", []string{"لبنان", "لبنان"}},
		{"optional entity without mentions", 2, "E3", "Foreign Ministry", nil},
	}
	if len(ents) != len(tests) {
		t.Fatalf("%d entities, want %d", len(ents), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ents[tt.ent]
			if e.ID != tt.id || names[e.ID] != tt.en || !slices.Equal(mentions(e), tt.mentions) {
				t.Errorf("entity %d = %s %q %q, want %s %q %q", tt.ent, e.ID, names[e.ID], mentions(e), tt.id, tt.en, tt.mentions)
			}
		})
	}
}
