package event

import (
	"reflect"
	"testing"

	"github.com/isnad/isnad/arabic"
)

// TestWordsShareForms checks that a repeated word gets the forms it would
// get on its own, with its own position.
func TestWordsShareForms(t *testing.T) {
	cases := []struct {
		name, text string
	}{
		{"repeated noun", "زار الوزير بغداد ثم غادر الوزير بغداد"},
		{"possessive", "أدان زيارته وأدان زيارته مرة أخرى"},
		{"punctuation", "قال : نعم ، وقال : لا ،"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := words(c.text)
			toks := arabic.Tokenize(c.text)
			if len(got) != len(toks) {
				t.Fatalf("%d words for %d tokens", len(got), len(toks))
			}
			for i, tok := range toks {
				if want := newForms(tok.Text, tok.Kind); got[i].tok != tok || !reflect.DeepEqual(got[i].forms, want) {
					t.Errorf("word %d %q = %+v %+v, want %+v", i, tok.Text, got[i].tok, got[i].forms, want)
				}
			}
		})
	}
}

// TestCueSections checks the cue sets worked out per spelling against the
// definition: a word is a cue of a section when one of its forms is in
// it, or when it and the next word make one of its phrases.
func TestCueSections(t *testing.T) {
	cases := []struct {
		name, text string
	}{
		{"clauses", "وقال الوزير الذي زار القاهرة إن بلاده لن تتخلى عن دعمها، لكنه أضاف أن الحكومة قد يكون لها رأي آخر."},
		{"titles", "التقى الرئيس المصري ووزير الخارجية الأمريكي في حين غاب رئيس الوزراء عن مجلس الأمن الدولي."},
		{"phrases", "وافق مجلس الأمن على مشروع قرار بعد أن قدمت فرنسا مشروع القرار، في حين لم يتم التصويت."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &finder{ws: words(c.text)}
			phrases := 0 // cues only as a phrase's first word: the test must meet some
			for name, sec := range lex.cues {
				for i, w := range f.ws {
					want := w.has(sec.words) || i+1 < len(f.ws) &&
						(sec.words[w.folded+"_"+f.ws[i+1].folded] || sec.words[w.bare+"_"+f.ws[i+1].folded])
					if got := f.cue(sec, i); got != want {
						t.Errorf("%q in %s: cue = %v, want %v", w.tok.Text, name, got, want)
					}
					if want && !w.has(sec.words) {
						phrases++
					}
				}
			}
			if phrases == 0 {
				t.Errorf("no two-word cue in %q", c.text)
			}
		})
	}
}

// TestWordTablesReused checks that tables handed back and used again
// give a text the words fresh tables give it, and that release leaves
// them holding nothing of the text they had.
func TestWordTablesReused(t *testing.T) {
	b := new(wordTables)
	for _, tc := range []struct{ name, text string }{
		{"long first", "أعلنت الحكومة اليوم عن زيارة الوزير إلى بغداد لبحث التعاون"},
		{"shorter after", "قال الوزير"},
		{"longer again", "وقال المتحدث : إن الاجتماع تناول الأوضاع في المنطقة ، وأدان الهجوم"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := b.words(tc.text)
			if want := words(tc.text); !reflect.DeepEqual(got, want) {
				t.Fatalf("reused tables: %+v, want %+v", got, want)
			}
			b.release()
			for i, w := range b.ws[:cap(b.ws)] {
				if w != (word{}) {
					t.Fatalf("word %d kept after release: %+v", i, w)
				}
			}
			for i, tok := range b.toks[:cap(b.toks)] {
				if tok != (arabic.Token{}) {
					t.Fatalf("token %d kept after release: %+v", i, tok)
				}
			}
			b = wordPool.Get().(*wordTables) // this one or another: both must work
		})
	}
}
