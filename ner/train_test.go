package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"math"
	"slices"
	"testing"
)

// toyCorpus is separable: a word after الرئيس is a person, a word after
// مدينة a place, everything else O. The names differ between training and
// test, so only the context can tell.
func toyCorpus(names, places []string) []Sentence {
	var out []Sentence
	for i, n := range names {
		p := places[i%len(places)]
		out = append(out,
			Sentence{Words: []string{"قال", "الرئيس", n, "في", "مدينة", p}, Tags: []string{"O", "O", "B-PERS", "O", "O", "B-LOC"}},
			Sentence{Words: []string{"وصل", "الرئيس", n, "إلى", "مدينة", p, "أمس"}, Tags: []string{"O", "O", "B-PERS", "O", "O", "B-LOC", "O"}},
		)
	}
	return out
}

func trainToy(t *testing.T, seed int64) *Model {
	t.Helper()
	train := toyCorpus([]string{"سامر", "خالد", "فريد", "ماهر", "نبيل", "وائل"}, []string{"حلب", "طنطا", "صور", "اربد"})
	m, err := Train(context.Background(), train, TrainOptions{Epochs: 5, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsToyPattern(t *testing.T) {
	m := trainToy(t, 1)
	test := toyCorpus([]string{"رامي", "جميل"}, []string{"جرش", "زحلة"})
	sc := Evaluate(m, test)
	if sc.Micro.F1 != 1 {
		t.Errorf("F1 on unseen names = %.3f, want 1 (%+v)", sc.Micro.F1, sc.ByType)
	}
}

// TestTrainWeight checks that a sentence's weight scales what is learnt
// from it: the perceptron only compares scores, so halving every
// sentence's weight makes the same mistakes and learns exactly half the
// weights, while halving only some changes the model.
func TestTrainWeight(t *testing.T) {
	train := func(weight func(i int) float32) *Model {
		t.Helper()
		sents := toyCorpus([]string{"سامر", "خالد", "فريد", "ماهر"}, []string{"حلب", "طنطا"})
		for i := range sents {
			sents[i].Weight = weight(i)
		}
		// The same contexts once with the person left out, so that the
		// data cannot be fitted and the weights keep moving.
		more := toyCorpus([]string{"نبيل", "وائل"}, []string{"حلب"})
		for i := range more {
			more[i].Tags = slices.Clone(more[i].Tags)
			more[i].Tags[2] = "O"
			more[i].Weight = weight(len(sents) + i)
		}
		m, err := Train(context.Background(), append(sents, more...), TrainOptions{Epochs: 4, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	one := train(func(int) float32 { return 1 })
	half := train(func(int) float32 { return 0.5 })
	oneIndex, halfIndex := one.table.index(), half.table.index()
	if len(halfIndex) != len(oneIndex) {
		t.Fatalf("%d features at half weight, %d at full", len(halfIndex), len(oneIndex))
	}
	T := len(one.tags)
	for k, r := range oneIndex {
		h, ok := halfIndex[k]
		if !ok {
			t.Fatalf("feature %x lost at half weight", k)
		}
		for c := range T {
			if w, hw := one.weights[int(r)*T+c], half.weights[int(h)*T+c]; hw != w/2 {
				t.Fatalf("feature %x tag %s: %v at half weight, %v at full", k, one.tags[c], hw, w)
			}
		}
	}
	mixed := train(func(i int) float32 { return float32(1 + i%2) })
	if slices.Equal(mixed.trans, one.trans) {
		t.Error("weighting half the sentences twice left the transitions as they were")
	}
}

// TestTrainRunsAverage checks that a model of two runs has the mean of the
// weights of the two one-run models on the same seeds.
func TestTrainRunsAverage(t *testing.T) {
	sents := toyCorpus([]string{"سامر", "خالد", "فريد", "ماهر"}, []string{"حلب", "طنطا"})
	train := func(seed int64, runs int) *Model {
		t.Helper()
		m, err := Train(context.Background(), sents, TrainOptions{Epochs: 3, Seed: seed, Runs: runs})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	a, b, both := train(5, 1), train(6, 1), train(5, 2)
	T := len(Tags)
	row := func(m *Model, k uint64) []float32 {
		if r := m.table.row(k); r >= 0 {
			return m.weights[int(r)*T : int(r+1)*T]
		}
		return make([]float32, T)
	}
	for k := range both.table.index() {
		ra, rb, got := row(a, k), row(b, k), row(both, k)
		for c := range T {
			if want := (0 + ra[c] + rb[c]) / 2; got[c] != want {
				t.Fatalf("feature %x tag %s: %v, want the mean of %v and %v", k, Tags[c], got[c], ra[c], rb[c])
			}
		}
	}
	if slices.Equal(a.trans, b.trans) {
		t.Fatal("two seeds gave the same transitions: the test cannot tell runs apart")
	}
}

func TestTrainIsReproducible(t *testing.T) {
	a, b := trainToy(t, 3), trainToy(t, 3)
	if !savedEqual(t, a, b) {
		t.Error("two runs with the same seed saved different models")
	}
}

func TestTrainRejectsBadData(t *testing.T) {
	tests := []struct {
		name string
		s    Sentence
	}{
		{"unknown tag", Sentence{Words: []string{"س"}, Tags: []string{"B-FOOD"}}},
		{"tag count mismatch", Sentence{Words: []string{"س", "ص"}, Tags: []string{"O"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Train(context.Background(), []Sentence{tt.s}, TrainOptions{Epochs: 1}); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	g := newGazetteer()
	g.add("حلب", gazLOC)
	g.add("الامم المتحدة", gazORG)
	lex := tinyLexicon()
	lex.words["قال"] = lexEntry{cluster: 3<<clusterCoarseShift | 7, count: 900}
	train := toyCorpus([]string{"سامر", "خالد", "فريد"}, []string{"حلب", "طنطا"})
	m, err := Train(context.Background(), train, TrainOptions{Epochs: 3, Gazetteer: g, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.tags, m.tags) || !slices.Equal(got.trans, m.trans) {
		t.Error("tags or transitions differ after load")
	}
	if len(got.gaz.words) != len(g.words) || len(got.gaz.phrases) != len(g.phrases) || got.lex.words["قال"] != lex.words["قال"] {
		t.Error("gazetteer or lexicon differ after load")
	}
	assertWeightsClose(t, m, got)
	for _, s := range train {
		if a, b := m.Tag(s.Words), got.Tag(s.Words); !slices.Equal(a, b) {
			t.Errorf("Tag(%v) = %v before save, %v after", s.Words, a, b)
		}
	}
}

// assertWeightsClose checks that quantisation moved no weight by more
// than half a step.
func assertWeightsClose(t *testing.T, want, got *Model) {
	t.Helper()
	T := len(want.tags)
	var maxAbs float64
	for _, w := range want.weights {
		maxAbs = max(maxAbs, math.Abs(float64(w)))
	}
	step := maxAbs / quantMax
	for k, r := range want.table.index() {
		g := got.table.row(k)
		ok := g >= 0
		for c := range T {
			w := want.weights[int(r)*T+c]
			var v float32
			if ok {
				v = got.weights[int(g)*T+c]
			}
			if math.Abs(float64(w-v)) > step/2+1e-6 {
				t.Fatalf("feature %x tag %d: weight %v saved, %v loaded", k, c, w, v)
			}
		}
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"magic only", gzipped(t, []byte(modelMagic))},
		{"cut short", gzipped(t, defaultModelBytes(t)[:1<<20])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// defaultModelBytes is the embedded model decompressed.
func defaultModelBytes(t *testing.T) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
