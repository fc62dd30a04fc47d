package quote

import (
	"testing"

	"github.com/isnad/isnad/arabic"
)

// TestLexicon checks that the embedded lexicon parses and that no form is
// listed under two classes of one file (the later line would silently win).
func TestLexicon(t *testing.T) {
	l, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"verbs.tsv", "complementizers.tsv", "speakers.tsv", "stops.tsv"} {
		seen := map[string]string{}
		err := eachLine(name, func(class, rest string) error {
			for _, w := range splitFields(rest) {
				f := arabic.Fold(w)
				if c, ok := seen[f]; ok && c != class {
					t.Errorf("%s: %q is both %s and %s", name, w, c, class)
				}
				seen[f] = class
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ word, class string }{
		{"قال", classSay}, {"أضافت", classAdd}, {"نقلت", classRelay}, {"مضيفا", classParticiple}, {"يعتقدون", classBelief},
	} {
		if got := l.verbs[arabic.Fold(tc.word)]; got != tc.class {
			t.Errorf("verb %s: class %q, want %q", tc.word, got, tc.class)
		}
	}
	for form, want := range map[string]gender{"قال": masculine, "قالت": feminine, "نفت": feminine, "لفت": masculine, "لفتت": feminine, "تقول": feminine, "يقولون": plural, "تابع": masculine, "مضيفة": feminine} {
		if got := l.genders[arabic.Fold(form)]; got != want {
			t.Errorf("gender of %s = %d, want %d", form, got, want)
		}
	}
	for form, want := range map[string]bool{"قال": false, "يقول": true, "تقول": true, "أقول": true, "تابعت": false, "نفت": false, "ينفي": true, "يؤكد": true, "أكدت": false} {
		if got := l.present[arabic.Fold(form)]; got != want {
			t.Errorf("present(%s) = %v, want %v", form, got, want)
		}
	}
	if len(l.nominal[arabic.Fold("وفقا")]) == 0 || !l.nominal[arabic.Fold("وفقا")][0].glue {
		t.Errorf("وفقا ل+ is not a glued nominal cue")
	}
}
