// Package goldtest reads the shared seed articles with their gold
// annotations (../shared/gold/seeds beside the checkout) and scores the
// way shared/eval/score.py does, so that the seed measurement tests of the
// stage packages count what the scorer counts. Only tests import it: it
// calls t.Skip and t.Fatal, and it depends on the stages it feeds.
package goldtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/furniture"
	"github.com/isnad/isnad/internal/contracttest"
)

// Gold is one gold annotation file (shared/gold/GUIDELINES.md).
type Gold struct {
	Doc              string   `json:"doc"`
	Flags            []string `json:"flags"`
	Meta             Meta     `json:"meta"`
	Boilerplate      []string `json:"boilerplate"`
	Body             []string `json:"body"`
	Entities         []Entity `json:"entities"`
	OptionalEntities []Entity `json:"optional_entities"`
	Quotes           []Quote  `json:"quotes"`
	OptionalQuotes   []Quote  `json:"optional_quotes"`
	Events           []Event  `json:"events"`
	OptionalEvents   []Event  `json:"optional_events"`
	Dates            []Date   `json:"dates"`
}

// Meta is the metadata the gold reads off the page; nil is JSON null.
type Meta struct {
	Title     *string  `json:"title"`
	Outlet    *string  `json:"outlet"`
	Byline    *string  `json:"byline"`
	Agencies  []string `json:"agencies"`
	Published *string  `json:"published"`
}

// Entity is a gold entity: its English name, type and Arabic spellings.
// Optional entities may have no type.
type Entity struct {
	En   string   `json:"en"`
	Type string   `json:"type"`
	Ar   []string `json:"ar"`
	KB   string   `json:"kb"`
}

// Quote is a gold quote: a stretch its text must contain and the gold
// names a speaker may have.
type Quote struct {
	Speaker []string `json:"speaker"`
	Has     string   `json:"has"`
}

// Event is a gold event. The pointer fields are checked only when the
// gold gives them.
type Event struct {
	Type         []string  `json:"type"`
	Source       []string  `json:"source"`
	Target       []string  `json:"target"`
	Polarity     string    `json:"polarity"`
	Modality     *[]string `json:"modality"`
	AttributedTo *[]string `json:"attributed_to"`
	Date         *string   `json:"date"`
	Symmetric    bool      `json:"symmetric"`
}

// Date is a gold date expression and its ISO-with-X value.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// Seed is one seed article with its gold.
type Seed struct {
	Gold
	// Name is the gold file's name without .json.
	Name string
	// Article is the seed article as the extractor reads it.
	Article string
}

// Seeds reads every gold file of shared/gold/seeds and the article it
// annotates. It skips the test when there are none and fails it when a
// gold file or its article cannot be read.
func Seeds(t testing.TB) []Seed {
	t.Helper()
	dir := contracttest.SharedPath(t, "gold", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	seeds := make([]Seed, len(files))
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := &seeds[i]
		if err := json.Unmarshal(raw, &s.Gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s.Name = strings.TrimSuffix(filepath.Base(f), ".json")
		// Doc is relative to the shared folder, as score.py's --root.
		article, err := os.ReadFile(filepath.Join(contracttest.SharedDir(), s.Doc))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s.Article = string(article)
	}
	return seeds
}

// PublishedFlag is the value of the --published flag the gold runs the
// extractor with, or "".
func (g Gold) PublishedFlag() string {
	for i, f := range g.Flags {
		if f == "--published" && i+1 < len(g.Flags) {
			return g.Flags[i+1]
		}
	}
	return ""
}

// Published is the publication date the extractor is given or finds: the
// --published flag, else the date the gold metadata reads off the page.
func (g Gold) Published() string {
	if p := g.PublishedFlag(); p != "" {
		return p
	}
	if g.Meta.Published != nil {
		return *g.Meta.Published
	}
	return ""
}

// Page runs the page layer over the article, as the document package does.
func (s Seed) Page() isnad.Page {
	return furniture.Text(s.Article, furniture.Options{})
}

// Text is the main text the later stages see: the page layer's paragraphs
// joined by a blank line, as the document package builds it.
func (s Seed) Text() string {
	return MainText(s.Page())
}

// MainText joins the paragraphs of p the way the document package does.
func MainText(p isnad.Page) string {
	return strings.Join(p.Paragraphs, "\n\n")
}
