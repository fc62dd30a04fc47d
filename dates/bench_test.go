package dates

import (
	"testing"

	"github.com/isnad/isnad/internal/contracttest"
)

// BenchmarkFind runs Find over real Arabic news (SaudiNewsNet contents),
// reporting throughput in bytes of text.
func BenchmarkFind(b *testing.B) {
	texts := contracttest.NewsContents(b, 500)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t, "2015-08-01", Options{})
		}
	}
}
