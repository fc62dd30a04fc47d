package link

import (
	"slices"
	"testing"

	"github.com/isnad/isnad"
)

func TestMerge(t *testing.T) {
	reuters := isnad.Entity{ID: "E2", Type: "ORG", Name: "رويترز", KB: isnad.OrNull("wikidata:Q130879"),
		Roles: []string{}, Mentions: []isnad.Span{{40, 46}}}
	tagged := isnad.Entity{ID: "E3", Type: "PERS", Name: "رُويترز", Roles: []string{}, Mentions: []isnad.Span{{70, 75}}}
	putin := isnad.Entity{ID: "E1", Type: "PERS", Name: "فلاديمير بوتين", NameEn: isnad.OrNull("Vladimir Putin"),
		Roles: []string{}, Mentions: []isnad.Span{{0, 14}}}
	tests := []struct {
		name     string
		ents     []isnad.Entity
		extra    isnad.Entity
		wantID   string
		wantLen  int
		mentions []isnad.Span // of the entity wantID
		typ      string
	}{
		{
			name:     "same knowledge base id folds",
			ents:     []isnad.Entity{putin, reuters},
			extra:    isnad.Entity{Type: "ORG", Name: "وكالة رويترز", KB: isnad.OrNull("wikidata:Q130879"), Mentions: []isnad.Span{{90, 96}}},
			wantID:   "E2",
			wantLen:  2,
			mentions: []isnad.Span{{40, 46}, {90, 96}},
			typ:      "ORG",
		},
		{
			name:     "same phonetic key folds and the credit's identity wins",
			ents:     []isnad.Entity{putin, tagged},
			extra:    isnad.Entity{Type: "ORG", Name: "رويترز", KB: isnad.OrNull("wikidata:Q130879"), Mentions: []isnad.Span{{40, 46}}},
			wantID:   "E3",
			wantLen:  2,
			mentions: []isnad.Span{{40, 46}, {70, 75}},
			typ:      "ORG",
		},
		{
			name:     "same English name folds",
			ents:     []isnad.Entity{putin},
			extra:    isnad.Entity{Type: "PERS", Name: "بوتن", NameEn: isnad.OrNull("vladimir putin"), Mentions: []isnad.Span{{0, 14}}},
			wantID:   "E1",
			wantLen:  1,
			mentions: []isnad.Span{{0, 14}},
			typ:      "PERS",
		},
		{
			name:     "a mention of the same words folds",
			ents:     []isnad.Entity{putin, reuters},
			extra:    isnad.Entity{Type: "LOC", Name: "بوتين", Mentions: []isnad.Span{{9, 14}}},
			wantID:   "E1",
			wantLen:  2,
			mentions: []isnad.Span{{0, 14}},
			typ:      "PERS",
		},
		{
			name:     "a new referent gets the next id",
			ents:     []isnad.Entity{putin, reuters},
			extra:    isnad.Entity{Type: "LOC", Name: "سيول", Mentions: []isnad.Span{{100, 104}}},
			wantID:   "E3",
			wantLen:  3,
			mentions: []isnad.Span{{100, 104}},
			typ:      "LOC",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := slices.Clone(tc.ents)
			id, out := Merge(tc.ents, tc.extra)
			if id != tc.wantID || len(out) != tc.wantLen {
				t.Fatalf("Merge = %s with %d entities, want %s with %d", id, len(out), tc.wantID, tc.wantLen)
			}
			i := slices.IndexFunc(out, func(e isnad.Entity) bool { return e.ID == id })
			if !slices.Equal(out[i].Mentions, tc.mentions) || out[i].Type != tc.typ || out[i].Roles == nil {
				t.Errorf("merged %+v, want mentions %v type %s", out[i], tc.mentions, tc.typ)
			}
			for j := range before {
				if !slices.Equal(tc.ents[j].Mentions, before[j].Mentions) {
					t.Errorf("Merge changed its input entity %s", before[j].ID)
				}
			}
		})
	}
}
