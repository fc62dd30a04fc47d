package contracttest

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// NewsContents returns the non-empty article texts of the first n records
// of the SaudiNewsNet sample (shared/data/news/saudinewsnet), the real
// Arabic news the benchmarks run over; it skips the benchmark or test when
// the sample is absent and fails it on a line that is not JSON.
func NewsContents(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(SharedPath(tb, "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan() && len(texts) < n; line++ {
		var rec struct{ Content string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("news sample line %d: %v", line, err)
		}
		if rec.Content != "" {
			texts = append(texts, rec.Content)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}
