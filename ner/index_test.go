package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestFeatureTableSmall checks that a context feature finds the row its
// hashed key has, whether the small tables hold its number or not.
func TestFeatureTableSmall(t *testing.T) {
	index := map[uint64]int32{
		keyN(fGazB, 3): 0, keyN(fCluster, 5<<clusterCoarseShift|7): 1,
		keyN(fCluster, 40<<clusterCoarseShift): 2, keyN(fSpellBoth, 9<<16): 3,
		keyLen(fHeadWord, 2, "وزارة"): 4, keyN(fHeadWord, 2): 5,
	}
	tab := newFeatureTable(index)
	cases := []struct {
		name string
		f    ctxFeature
		want int32
	}{
		{"small number", num(fGazB, 3), 0},
		{"small number absent", num(fGazB, 4), -1},
		{"cluster", num(fCluster, 5<<clusterCoarseShift|7), 1},
		{"cluster past the small table", num(fCluster, 40<<clusterCoarseShift), 2},
		{"template without a small table", num(fSpellBoth, 9<<16), 3},
		{"word", ctxFeature{tmpl: fHeadWord, str: true, n: 2, word: "وزارة"}, 4},
		{"number of a word template", num(fHeadWord, 2), 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tab.feature(c.f); got != c.want || got != tab.row(c.f.key()) {
				t.Errorf("feature(%+v) = %d, want %d", c.f, got, c.want)
			}
		})
	}
}

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
			if tab.n != len(index) || !maps.Equal(tab.index(), index) {
				t.Fatalf("table holds %d keys (%v), want %d", tab.n, tab.index(), len(index))
			}
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
	sents := docTaggerSentences()
	// The second round finds every word in the model's cache.
	for round := range 2 {
		d := newDocTagger(m)
		for _, words := range sents {
			checkEmissions(t, m, d, words)
		}
		d.done()
		if got, _ := m.seen.get(sents[0][0]); got == nil {
			t.Fatalf("round %d: the model's cache lacks %q", round, sents[0][0])
		}
	}
}

// docTaggerSentences cover what a token's context features read: phrases
// of the gazetteer, heads of organisations and titles before names, words
// with and without clusters, spelling classes and clitics, one-word and
// two-word sentences, punctuation and digits.
func docTaggerSentences() [][]string {
	var sents [][]string
	for _, s := range []string{
		"قال وزير الخارجية الفرنسي في باريس إن الوفد سيصل إلى بغداد .",
		"وصل الوفد الفرنسي إلى بغداد يوم الاثنين ، وقال الوزير إن باريس تدعم الحكومة .",
		"اجتمع مجلس التعاون لدول الخليج العربية في الرياض بحضور الشيخ محمد بن راشد آل مكتوم .",
		"وأعلنت الأمم المتحدة و«منظمة الصحة العالمية» أن 12 شخصا قتلوا في مدينة حلب شمالي سوريا .",
		"فالنتينوفيتش",
		"بوتين قال",
	} {
		sents = append(sents, strings.Fields(s))
	}
	return sents
}

// TestContextRows checks that the rows the document tagger reads off its
// words are those of the context features contextValues lists, in order.
func TestContextRows(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range docTaggerSentences() {
		d := newDocTagger(m)
		d.tagIndexes(words, nil)
		for i := range d.toks {
			var want []int32
			for _, f := range contextValues(d.toks, i, nil) {
				want = append(want, m.table.feature(f))
			}
			if got := d.contextRows(i, nil); !slices.Equal(got, want) {
				t.Errorf("%q word %d (%q): rows %v, want %v", strings.Join(words, " "), i, words[i], got, want)
			}
		}
		d.done()
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

// addWeights adds the weight rows of feats to row, in order, one by one:
// the plain path the tagger's cached sums must match.
func (m *Model) addWeights(row []float32, feats []uint64) {
	for _, f := range feats {
		m.addRow(row, m.table.row(f))
	}
}

// TestAddRows checks that adding weight rows all at once gives the sums,
// bit for bit, of adding them one by one, with nine tags (the register
// path) or any other number.
func TestAddRows(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, T := range []int{9, 3} {
		t.Run(fmt.Sprint(T, " tags"), func(t *testing.T) {
			m := &Model{weights: make([]float32, 50*T)}
			for i := range m.weights {
				m.weights[i] = float32(rng.NormFloat64())
			}
			rows := []int32{3, -1, 49, 0, 3, 17, -1, 8}
			got, want := make([]float32, T), make([]float32, T)
			for c := range got {
				got[c] = float32(rng.NormFloat64())
				want[c] = got[c]
			}
			m.addRows(got, rows)
			for _, r := range rows {
				m.addRow(want, r)
			}
			for c := range got {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Fatalf("tag %d: %v, one by one %v", c, got[c], want[c])
				}
			}
		})
	}
}

// TestWordCacheGenerations fills the cache past two turnovers: a word
// that documents keep using stays, one they stopped using goes.
func TestWordCacheGenerations(t *testing.T) {
	c := newWordCache()
	kept, dropped := &wordInfo{}, &wordInfo{}
	c.add(map[string]*wordInfo{"kept": kept, "dropped": dropped})
	for doc := range wordCacheSize / 100 {
		words := map[string]*wordInfo{}
		for i := range 100 {
			words[fmt.Sprint(doc, "-", i)] = &wordInfo{}
		}
		// A document that uses an old word hands it back, as docTagger.info does.
		if info, old := c.get("kept"); info == nil {
			t.Fatalf("document %d: a word in use was forgotten", doc)
		} else if old {
			words["kept"] = info
		}
		c.add(words)
	}
	if got, _ := c.get("kept"); got != kept {
		t.Errorf("the word in use is %p, want %p", got, kept)
	}
	if got, _ := c.get("dropped"); got != nil {
		t.Errorf("a word unused for two generations is still cached")
	}
	if n := len(c.words); n > wordCacheSize {
		t.Errorf("the cache holds %d words, more than %d", n, wordCacheSize)
	}
}

// TestWordCacheCopiesWords checks that the words the model's cache keeps,
// and the forms cut from them, are not pieces of the article they came
// from: a cached word would otherwise keep a whole article in memory.
func TestWordCacheCopiesWords(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := *def
	m.seen = newWordCache()
	text := "وقال وزير الخارجية في مؤتمر صحفي بالعاصمة عمان إن المحادثات ستستأنف ."
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= start && p < start+uintptr(len(text))
	}
	words := strings.Fields(text)
	m.TagDocument([][]string{words})
	for _, w := range words {
		info, _ := m.seen.get(w)
		if info == nil {
			t.Fatalf("%q is not cached", w)
		}
		for _, s := range []string{info.word, info.tok.norm, info.tok.noPre, info.tok.bare, info.form.noPre} {
			if inText(s) {
				t.Errorf("%q: cached form %q points into the article", w, s)
			}
		}
	}
}

// TestDecodeWeights checks that the weights of a model file go into the
// feature table row by row, and that a key listed twice is an error.
func TestDecodeWeights(t *testing.T) {
	for _, tc := range []struct {
		name   string
		deltas []uint64
		ok     bool
	}{
		{"keys in order", []uint64{0, 5, 1}, true},
		{"a key twice", []uint64{3, 0}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			e := &encoder{w: bufio.NewWriter(&buf)}
			e.uvarint(uint64(math.Float32bits(0.5)))
			e.uvarint(uint64(len(tc.deltas)))
			for i, d := range tc.deltas {
				e.uvarint(d)
				e.uvarint(1) // the first tag's weight only
				e.varint(int64(i + 1))
			}
			if err := e.w.Flush(); err != nil {
				t.Fatal(err)
			}
			m := &Model{tags: Tags}
			d := &decoder{data: buf.Bytes()}
			d.weights(m)
			if (d.err == nil) != tc.ok {
				t.Fatalf("error %v, want ok %v", d.err, tc.ok)
			}
			if !tc.ok {
				return
			}
			m.table.fillSmall()
			var k uint64
			for i, delta := range tc.deltas {
				k += delta
				r := m.table.row(k)
				if r != int32(i) || m.weights[int(r)*len(Tags)] != float32(i+1)*0.5 {
					t.Errorf("key %d: row %d, want %d", k, r, i)
				}
			}
			if m.Features() != len(tc.deltas) {
				t.Errorf("%d features, want %d", m.Features(), len(tc.deltas))
			}
		})
	}
}
