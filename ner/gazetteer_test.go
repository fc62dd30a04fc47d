package ner

import (
	"maps"
	"testing"
)

// TestPhraseFirsts checks that the first words a loaded model works out
// are those add records while a gazetteer is built.
func TestPhraseFirsts(t *testing.T) {
	cases := []struct {
		name  string
		names []string
	}{
		{"none", nil},
		{"one word only", []string{"بغداد"}},
		{"shared first word", []string{"الأمم المتحدة", "الأمم المتحدة للطفولة", "مجلس الأمن", "بغداد"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := newGazetteer()
			for _, n := range c.names {
				g.add(n, gazORG)
			}
			if got := phraseFirsts(g.phrases); !maps.Equal(got, g.firsts) {
				t.Errorf("phraseFirsts = %v, add recorded %v", got, g.firsts)
			}
		})
	}
}
