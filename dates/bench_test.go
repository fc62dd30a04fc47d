package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFind runs Find over real Arabic news (SaudiNewsNet contents),
// reporting throughput in bytes of text.
func BenchmarkFind(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "shared", "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl"))
	if err != nil {
		b.Skip("no saudinewsnet sample")
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() && len(texts) < 500 {
		var a struct {
			Content string `json:"content"`
		}
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Content != "" {
			texts = append(texts, a.Content)
			size += len(a.Content)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t, "2015-08-01", Options{})
		}
	}
}
