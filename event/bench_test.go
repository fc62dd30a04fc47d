package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/contracttest"
)

// benchStates are the actors of the benchmark documents: a few states
// found by their names, standing in for the entity stage.
var benchStates = []string{"السعودية", "مصر", "إيران", "روسيا", "الولايات المتحدة", "واشنطن", "اليمن",
	"سوريا", "العراق", "تركيا", "قطر", "الإمارات", "إسرائيل", "الأردن", "لبنان", "فرنسا", "الصين"}

// benchDocs reads up to n real articles from the shared news sample and
// gives them sentences and state entities.
func benchDocs(tb testing.TB, n int) []*isnad.Document {
	var docs []*isnad.Document
	for _, text := range contracttest.NewsContents(tb, n) {
		docs = append(docs, statesDoc(text))
	}
	return docs
}

func statesDoc(text string) *isnad.Document {
	d := &isnad.Document{Text: text, Sentences: arabic.Sentences(text)}
	rs := []rune(text)
	for i, name := range benchStates {
		e := isnad.Entity{ID: "S" + string(rune('A'+i)), Type: "LOC", Name: name}
		for _, at := range runeIndexes(rs, []rune(name)) {
			e.Mentions = append(e.Mentions, isnad.Span{at, at + len([]rune(name))})
		}
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
	}
	return d
}

// BenchmarkFind runs Find over 300 real news articles; the target is at
// least 2 MB/s of text.
func BenchmarkFind(b *testing.B) {
	docs := benchDocs(b, 300)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			Find(d, Options{})
		}
	}
}

// TestNewsSample runs Find over real articles and checks the contract's
// properties on every event: real text is where the rare shapes are.
func TestNewsSample(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the news sample")
	}
	types := map[string]int{}
	docs := benchDocs(t, 500)
	for _, d := range docs {
		evs := Find(d, Options{})
		checkEvents(t, d, evs)
		for _, e := range evs {
			types[e.Type]++
		}
	}
	var parts []string
	for _, ty := range plover {
		if types[ty] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", ty, types[ty]))
		}
	}
	t.Logf("%d articles: %s", len(docs), strings.Join(parts, ", "))
}
