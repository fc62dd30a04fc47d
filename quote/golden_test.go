package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenEntity is an entity of testdata/*.entities.json: its mentions are
// every occurrence of its forms in the article.
type goldenEntity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Subtype string   `json:"subtype"`
	Forms   []string `json:"forms"`
	Roles   []string `json:"roles"`
}

// TestGolden runs Find on a hand-written article with hand-made entities
// and dates and compares every field of every quote with the golden file.
// Run with -update after a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	text := readFile(t, filepath.Join("testdata", "article.txt"))
	var ges []goldenEntity
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join("testdata", "article.entities.json"))), &ges); err != nil {
		t.Fatal(err)
	}
	var es []ent
	for _, g := range ges {
		typ := g.Type
		if g.Subtype != "" {
			typ += "/" + g.Subtype
		}
		es = append(es, ent{g.ID, typ, g.Forms, g.Roles})
	}
	dates := []isnad.DateRef{dateAt(text, "يوم الأحد", "2025-03-02"), dateAt(text, "الشهر الماضي", "2025-02")}
	qs := Find(text, arabic.Sentences(text), makeEntities(text, es), dates, Options{})
	got, err := json.MarshalIndent(qs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "article.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := readFile(t, path); !bytes.Equal(got, []byte(want)) {
		t.Errorf("quotes differ from %s (run with -update to accept):\n%s", path, got)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
