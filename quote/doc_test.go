package quote

import (
	"reflect"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// TestFindReusesTables checks that Find gives the same quotes whatever
// article it handled before, now that a finished doc's tables go to the
// next: a longer article with quotation marks and mentions first, then a
// shorter one, and the other way round.
func TestFindReusesTables(t *testing.T) {
	long := "قال المتحدث باسم الوزارة أحمد سالم: \"سنواصل دعم المزارعين حتى نهاية العام\". " +
		"وأضاف سالم أن الحكومة ستعلن خطة جديدة للري. وذكرت وكالة الأنباء أن الاجتماع انتهى دون اتفاق."
	short := "وقالت المديرة إن المدرسة ستفتح أبوابها غدا."
	ents := map[string][]ent{
		long:  {{id: "Q1", typ: "PER", forms: []string{"أحمد سالم", "سالم"}}, {id: "Q2", typ: "ORG/media", forms: []string{"وكالة الأنباء"}}},
		short: nil,
	}
	find := func(text string) []isnad.Quote {
		return Find(text, arabic.Sentences(text), makeEntities(text, ents[text]), nil, Options{})
	}
	fresh := map[string][]isnad.Quote{}
	for _, text := range []string{long, short} {
		fresh[text] = find(text)
	}
	checkTables(t, long, short, long)
	if len(fresh[long]) == 0 || len(fresh[short]) == 0 {
		t.Fatalf("test articles give no quotes: %s | %s", describe(fresh[long]), describe(fresh[short]))
	}
	for _, tc := range []struct {
		name  string
		texts []string
	}{
		{"longer then shorter", []string{long, short, long}},
		{"shorter then longer", []string{short, long, short}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, text := range tc.texts {
				if got := find(text); !reflect.DeepEqual(got, fresh[text]) {
					t.Errorf("after another article: %s, want %s", describe(got), describe(fresh[text]))
				}
			}
		})
	}
}

// checkTables checks the tables newDoc makes for each text in turn, each
// doc released before the next, against their definitions: nothing of an
// earlier article may be left in them.
func checkTables(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		d := newDoc(text, nil, nil)
		if want := arabic.Tokenize(text); !reflect.DeepEqual(d.toks, want) {
			t.Errorf("tokens %v, want %v", d.toks, want)
		}
		for i, tok := range d.toks {
			want := ""
			if tok.Kind == arabic.Word {
				want = arabic.Fold(tok.Text)
			}
			if d.folded[i] != want || d.bares[i] != cutConjunction(want) {
				t.Errorf("token %q folded %q, bare %q; want %q", tok.Text, d.folded[i], d.bares[i], want)
			}
		}
		inside := make([]bool, len(d.rs))
		for _, s := range d.segs {
			for p := s.start; p < s.end; p++ {
				inside[p] = true
			}
		}
		if !reflect.DeepEqual(d.quoted, inside) || len(d.opening) > len(d.segs) || len(d.ments) != 0 {
			t.Errorf("%.20q...: quoted mask, %d openings or %d mentions left from another article", text, len(d.opening), len(d.ments))
		}
		d.release()
	}
}
