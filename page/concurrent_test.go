package page

import (
	"encoding/json"
	"sync"
	"testing"
)

// TestConcurrentExtract runs Extract on all test pages from several
// goroutines at once, as the pipeline does, and checks each result equals
// the sequential one (run with -race to catch shared state in the
// libraries underneath).
func TestConcurrentExtract(t *testing.T) {
	pages := ownPages(t)
	want := make([]string, len(pages))
	for i, p := range pages {
		want[i] = extractJSON(t, p.src)
	}
	var wg sync.WaitGroup
	for range 4 {
		for i, p := range pages {
			wg.Go(func() {
				if got := extractJSON(t, p.src); got != want[i] {
					t.Errorf("%s: concurrent result differs", p.name)
				}
			})
		}
	}
	wg.Wait()
}

func extractJSON(t *testing.T, src []byte) string {
	p, err := Extract(string(src), Options{})
	if err != nil {
		t.Error(err)
	}
	b, _ := json.Marshal(p)
	return string(b)
}
