package ner

import (
	"math/rand"
	"strings"
	"testing"
)

func TestFeatureTable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := []struct {
		name string
		n    int
	}{
		{"empty", 0},
		{"one", 1},
		{"collisions", 1000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			index := map[uint64]int32{}
			for i := range c.n {
				// Keys that share their high bits land in the same slot.
				index[uint64(i)|rng.Uint64()&^0xffff] = int32(i)
			}
			tab := newFeatureTable(index)
			for k, r := range index {
				if got := tab.row(k); got != r {
					t.Fatalf("row(%x) = %d, want %d", k, got, r)
				}
			}
			for range 1000 {
				k := rng.Uint64()
				if _, ok := index[k]; !ok && tab.row(k) != -1 {
					t.Fatalf("row(%x) found a key never added", k)
				}
			}
		})
	}
}

// TestDocTaggerScores checks that the document tagger's cached word scores
// add up to exactly the emissions of the plain feature path.
func TestDocTaggerScores(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("قال وزير الخارجية الفرنسي في باريس إن الوفد سيصل إلى بغداد ."),
		strings.Fields("وصل الوفد الفرنسي إلى بغداد يوم الاثنين ، وقال الوزير إن باريس تدعم الحكومة ."),
	}
	// The second round finds every word in the model's cache.
	for round := range 2 {
		d := newDocTagger(m)
		for _, words := range sents {
			checkEmissions(t, m, d, words)
		}
		d.done()
		if got := m.seen.get(sents[0][0]); got == nil {
			t.Fatalf("round %d: the model's cache lacks %q", round, sents[0][0])
		}
	}
}

func checkEmissions(t *testing.T, m *Model, d *docTagger, words []string) {
	t.Helper()
	d.tagIndexes(words, nil)
	got := d.emissions()
	toks := prepare(words, m.gaz, m.lex, m.spell, nil)
	T := len(m.tags)
	for i := range toks {
		want := make([]float32, T)
		m.addWeights(want, features(toks, i, nil))
		for c := range want {
			if got[i*T+c] != want[c] {
				t.Fatalf("%q tag %d: cached %v, plain %v", words[i], c, got[i*T+c], want[c])
			}
		}
	}
}
