package furniture

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/contracttest"
)

// snnRecord is the part of a SaudiNewsNet record the tests read.
type snnRecord struct {
	Title   string `json:"title"`
	Content string `json:"content"`
}

// readSNN reads a SaudiNewsNet JSON Lines file from ../shared, skipping
// the test when it is absent.
func readSNN(t testing.TB, name string) []snnRecord {
	f, err := os.Open(contracttest.SharedPath(t, "data", "news", "saudinewsnet", name))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out []snnRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r snnRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// maxFurnitureRunes is the longest a removed piece of a furniture kind
// may be: anything longer is a sentence of the article cut by mistake.
// Captions and trailing navigation are left out of the check: they are
// cut by position, and a long caption is still a caption.
const maxFurnitureRunes = 200

// TestRealArticlesKeepSentences runs Text over real articles (SaudiNewsNet
// politics, the record's title given) and checks that no furniture cut is
// long enough to be a sentence, logging what each kind removed.
func TestRealArticlesKeepSentences(t *testing.T) {
	for _, name := range []string{"politics_pool_dev.jsonl", "throughput_sample_5000.jsonl"} {
		counts := map[string]int{}
		for _, r := range readSNN(t, name) {
			p := Text(r.Content, Options{Title: r.Title})
			for _, rm := range p.Removed {
				counts[rm.Kind]++
				if testing.Verbose() && name == "politics_pool_dev.jsonl" {
					t.Logf("%s: %q", rm.Kind, rm.Text)
				}
				if rm.Kind == isnad.RemovedCaption || rm.Kind == isnad.RemovedNav {
					continue
				}
				if utf8.RuneCountInString(rm.Text) > maxFurnitureRunes {
					t.Errorf("%s: cut %d runes as %s: %.80q", name, utf8.RuneCountInString(rm.Text), rm.Kind, rm.Text)
				}
			}
		}
		t.Logf("%s: removed per kind %v", name, counts)
	}
}
