package link

import (
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// BenchmarkEntities links real news articles with the built-in knowledge
// base and tagger; b.SetBytes makes the rate MB/s of article text.
func BenchmarkEntities(b *testing.B) {
	arts := readCorpus(b)
	if len(arts) > 10 {
		arts = arts[:10]
	}
	var size int64
	for _, a := range arts {
		size += int64(len(a.Content))
	}
	sents := make([][]isnad.Span, len(arts))
	for i, a := range arts {
		sents[i] = arabic.Sentences(a.Content)
	}
	if _, err := Entities(arts[0].Content, sents[0], Options{}); err != nil {
		b.Fatal(err) // load the knowledge base and tagger outside the timing
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, a := range arts {
			if _, err := Entities(a.Content, sents[i], Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
