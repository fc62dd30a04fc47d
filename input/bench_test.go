package input

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// throughputSample is a 5,000-article JSON Lines dump kept outside the
// repository (see ../shared/README.md).
var throughputSample = filepath.Join("..", "..", "shared", "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl")

func BenchmarkReadJSONL(b *testing.B) {
	fi, err := os.Stat(throughputSample)
	if err != nil {
		b.Skipf("corpus absent: %v", err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Read(context.Background(), []string{throughputSample}, nil, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 5000 {
			b.Fatalf("read %d articles, want 5000", n)
		}
	}
}
