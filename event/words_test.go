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
				if want := newWord(tok); !reflect.DeepEqual(got[i], want) {
					t.Errorf("word %d %q = %+v, want %+v", i, tok.Text, got[i], want)
				}
			}
		})
	}
}
