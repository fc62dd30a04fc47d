package arabic

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusPath is a sample of real Saudi news articles outside the
// repository (see ../shared/README.md); tests and benchmarks over it skip
// when it is absent.
var corpusPath = filepath.Join("..", "..", "shared", "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl")

// readCorpus returns the content of the first n articles of the corpus.
func readCorpus(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		tb.Skipf("news corpus absent: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < n {
		var rec struct{ Content string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("corpus line %d: %v", len(texts)+1, err)
		}
		texts = append(texts, rec.Content)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// TestCorpusProperties checks the invariants of every function on real
// articles: what fuzzing checks on random bytes, here on real news.
func TestCorpusProperties(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 50
	}
	for i, text := range readCorpus(t, n) {
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkArticle(t, text) })
	}
}

// BenchmarkCorpus measures the layer on real articles, which have more
// Latin, digits and markup debris than benchText.
func BenchmarkCorpus(b *testing.B) {
	text := strings.Join(readCorpus(b, 200), "\n\n")
	for _, bc := range []struct {
		name string
		fn   func(string)
	}{
		{"Fold", func(s string) { Fold(s) }},
		{"FoldMap", func(s string) { FoldMap(s) }},
		{"Tokenize", func(s string) { Tokenize(s) }},
		{"Sentences", func(s string) { Sentences(s) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				bc.fn(text)
			}
		})
	}
}
