package quote

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/contracttest"
)

// TestContract checks that the quotes of the golden article make a
// document that validates against the output contract's schema.
func TestContract(t *testing.T) {
	contracttest.Schema(t) // skips when the shared folder is absent
	text := readFile(t, filepath.Join("testdata", "article.txt"))
	ents := makeEntities(text, []ent{
		{"E1", "PERS", []string{"سامر الخطيب", "الخطيب"}, nil},
		{"E2", "ORG/agency", []string{"رويترز"}, nil},
	})
	for i := range ents {
		ents[i].Roles = []string{}
	}
	sents := arabic.Sentences(text)
	dates := []isnad.DateRef{dateAt(text, "يوم الأحد", "2025-03-02")}
	qs := Find(text, sents, ents, dates, Options{})
	if len(qs) == 0 {
		t.Fatal("no quotes to check")
	}
	doc := isnad.Document{
		Isnad: isnad.ContractVersion, ID: "test", Source: isnad.Source{URI: "article.txt", Format: isnad.FormatText},
		Title: "test", Agencies: []string{}, PublishedFrom: isnad.FromNone, Lang: "ar", Text: text, Removed: []isnad.Removed{},
		Sentences: sents, Entities: ents, Dates: dates, Quotes: qs, Events: []isnad.Event{},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	contracttest.Validate(t, b)
}
