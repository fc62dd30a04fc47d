package ner

import (
	"math"
	"slices"
	"testing"
)

func TestCharLMProbabilities(t *testing.T) {
	lm := newCharLM()
	lm.add("اب", 1)
	lm.add("اب", 1)
	lm.finish()
	// After ^^ the model saw ا twice: (2+1)/(2+charVocab).
	want := math.Log(3.0 / (2 + charVocab))
	if got := lm.tri[pack3(wordStart, wordStart, 'ا')]; math.Abs(float64(got)-want) > 1e-6 {
		t.Errorf("log P(ا|^^) = %v, want %v", got, want)
	}
	if lm.logProb("اب") <= lm.logProb("بت") {
		t.Error("a seen word is not more likely than an unseen one")
	}
}

func TestSpellingTellsNamesFromWords(t *testing.T) {
	g := newGazetteer()
	for _, n := range []string{"كوفسكي", "سكيفيتش", "لوفسكي", "بوفيتش", "رينكوفيتش", "ميخائيلوفسكي"} {
		g.add(n, gazPERS)
	}
	lex := &Lexicon{words: map[string]lexEntry{}}
	for _, w := range []string{"الحكومه", "وزاره", "المجلس", "قال", "اعلن", "الامن", "مدينه", "اجتماع"} {
		lex.words[w] = lexEntry{count: 100}
	}
	sp := newSpelling(g, lex)
	name, _ := sp.classes("دوبروفسكي")
	word, _ := sp.classes("الاجتماع")
	if name <= word {
		t.Errorf("person-name score of a -فسكي name %d, of a common word %d", name, word)
	}
	if p, l := sp.classes("با"); p != 0 || l != 0 {
		t.Errorf("two-letter word scored %d %d, want 0 0", p, l)
	}
}

// TestJointLMMatchesModels checks that scoring with the three spelling
// models at once gives each model's own logProb, bit for bit.
func TestJointLMMatchesModels(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sp := m.spell
	words := []string{"دوبروفسكي", "الاجتماع", "بغداد", "xq", "واشنطن", "ززززز", "London"}
	for _, w := range sortedKeys(m.lex.words)[:500] {
		words = append(words, stripArticle(w))
	}
	for _, w := range words {
		got := sp.joint.logProbs(w)
		for k, lm := range []*charLM{sp.general, sp.pers, sp.loc} {
			if want := lm.logProb(w); math.Float64bits(got[k]) != math.Float64bits(want) {
				t.Fatalf("%q model %d: joint %v, own %v", w, k, got[k], want)
			}
		}
	}
}

// TestCharCountsDefinition checks that charCounts leaves a model's maps
// as charLM.add does, sum for sum: fractional weights in a fixed order,
// letters beyond the dense codes and runes outside their range.
func TestCharCountsDefinition(t *testing.T) {
	many := make([]rune, 0, 300)
	for r := rune(0x400); len(many) < 300; r++ {
		many = append(many, r) // more letters than there are codes
	}
	for _, tc := range []struct {
		name  string
		words []string
	}{
		{"arabic words", []string{"الحكومه", "وزاره", "المجلس", "قال", "اعلن", "الامن", "وزاره"}},
		{"empty and one letter", []string{"", "ب", "ب"}},
		{"outside the dense range", []string{"ﻻبد", "دﻻب", "😀ب", "ب😀"}},
		{"more letters than codes", []string{string(many), string(many[250:]), "بت" + string(many[290:])}},
		{"bad bytes", []string{"ب\xffت", "\xff\xfe"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, got := newCharLM(), newCharLM()
			c := newCharCounts(got)
			for i, w := range tc.words {
				weight := float32(math.Log2(float64(i) + 1.7))
				want.add(w, weight)
				c.add(w, weight)
			}
			c.flush()
			checkSameCounts(t, "tri", got.tri, want.tri)
			checkSameCounts(t, "bi", got.bi, want.bi)
		})
	}
}

func checkSameCounts(t *testing.T, name string, got, want map[uint64]float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d keys, want %d", name, len(got), len(want))
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || math.Float32bits(g) != math.Float32bits(w) {
			t.Errorf("%s[%x] = %v (%v), want %v", name, k, g, ok, w)
		}
	}
}

// TestSpellingSortedOrder checks that the general model is the same
// whatever order a caller hands: the sorted words are used, anything
// else is sorted first (fractional weights summed in another order would
// round differently).
func TestSpellingSortedOrder(t *testing.T) {
	g := newGazetteer()
	g.add("كوفسكي", gazPERS)
	lex := &Lexicon{words: map[string]lexEntry{}}
	words := []string{"اجتماع", "اعلن", "الامن", "الحكومه", "المجلس", "قال", "مدينه", "وزاره"} // sorted
	for i, w := range words {
		lex.words[w] = lexEntry{count: uint32(3*i + 1)}
	}
	want := newSpelling(g, lex).general
	for _, tc := range []struct {
		name   string
		sorted []string
	}{
		{"none", nil},
		{"sorted", words},
		{"reversed", reversed(words)},
		{"one missing", words[1:]},
		{"one twice", append(slices.Clone(words[:7]), words[6])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := newSpellingSorted(g, lex, tc.sorted).general
			checkSameCounts(t, "tri", got.tri, want.tri)
			checkSameCounts(t, "bi", got.bi, want.bi)
		})
	}
}

func TestStrictlySorted(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []string
		want  bool
	}{
		{"empty", nil, true},
		{"one", []string{"قال"}, true},
		{"sorted", []string{"اعلن", "قال", "وزاره"}, true},
		{"twice", []string{"اعلن", "قال", "قال"}, false},
		{"out of order", []string{"قال", "اعلن"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strictlySorted(tc.words); got != tc.want {
				t.Errorf("strictlySorted(%q) = %v, want %v", tc.words, got, tc.want)
			}
		})
	}
}

func reversed(words []string) []string {
	out := slices.Clone(words)
	slices.Reverse(out)
	return out
}
