package document

import (
	"context"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/input"
	"github.com/isnad/isnad/internal/contracttest"
)

// BenchmarkBuild measures the whole of Build and the page and text layers
// alone on the 5,000-article SaudiNewsNet sample: one op is one article.
func BenchmarkBuild(b *testing.B) {
	path := contracttest.SharedPath(b, "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl")
	var arts []isnad.Article
	var size int64
	for a, err := range input.Read(context.Background(), []string{path}, nil, input.Options{}) {
		if err == nil {
			arts = append(arts, a)
			size += int64(len(a.Body))
		}
	}
	for _, bc := range []struct {
		name string
		opts Options
	}{{"layers", Options{TextOnly: true}}, {"build", Options{}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size / int64(len(arts)))
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				_, _ = Build(arts[i%len(arts)], bc.opts)
			}
		})
	}
}
