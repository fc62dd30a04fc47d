package quote

import (
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/contracttest"
)

// BenchmarkFind runs Find over real Arabic news with no entities (the
// sentence split is done outside the loop: it is another stage's cost),
// reporting throughput in bytes of text.
func BenchmarkFind(b *testing.B) {
	texts := contracttest.NewsContents(b, 500)
	sents := make([][]isnad.Span, len(texts))
	size := 0
	for i, t := range texts {
		sents[i] = arabic.Sentences(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			Find(t, sents[i], nil, nil, Options{})
		}
	}
}

// TestNewsProperties runs Find over real news and checks the output
// properties of FuzzFind on every article.
func TestNewsProperties(t *testing.T) {
	n := 0
	for _, text := range contracttest.NewsContents(t, 1000) {
		qs := Find(text, nil, nil, nil, Options{})
		checkProperties(t, text, nil, qs)
		n += len(qs)
	}
	t.Logf("%d quotes in 1000 articles", n)
}
