package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

// nounFormsDefinition is nounForms as first written, over the word's
// code points: the reference the byte-cutting nounForms must match.
func nounFormsDefinition(s string) ([]string, map[string]bool) {
	out := []string{s}
	var possessed map[string]bool
	r := []rune(s)
	if len(r) > 3 && strings.ContainsRune(prepositions, r[0]) {
		out = append(out, string(r[1:]))
	}
	if strings.HasPrefix(s, "لل") && len(r) > 4 {
		out = append(out, "ال"+string(r[2:]))
	}
	for _, f := range out {
		if strings.HasPrefix(f, "ال") && len([]rune(f)) > 4 {
			out = append(out, f[len("ال"):])
		}
	}
	for _, f := range out {
		for _, p := range possessives {
			if rest, ok := strings.CutSuffix(f, p); ok && len([]rune(rest)) >= 3 {
				if t, ok := strings.CutSuffix(rest, "ت"); ok {
					rest = t + "ه"
				} else if t, ok := cutSeatedHamza(rest); ok {
					rest = t + "ء"
				}
				if possessed == nil {
					possessed = map[string]bool{}
				}
				possessed[rest] = true
				out = append(out, rest)
				break
			}
		}
	}
	return out, possessed
}

// bareDefinition is the bare form as first worked out, over code points.
func bareDefinition(folded string) string {
	if r := []rune(folded); len(r) > 0 && strings.ContainsRune(conjunctions, r[0]) && (len(r) > 3 || particles[string(r[1:])]) {
		return string(r[1:])
	}
	return folded
}

func checkFormsDefinition(t *testing.T, s string) {
	t.Helper()
	got, gotPoss := nounForms(s)
	want, wantPoss := nounFormsDefinition(s)
	if !slices.Equal(got, want) || len(gotPoss) != len(wantPoss) {
		t.Fatalf("nounForms(%q) = %q %v, want %q %v", s, got, gotPoss, want, wantPoss)
	}
	for k := range wantPoss {
		if !gotPoss[k] {
			t.Fatalf("nounForms(%q) possessed lacks %q", s, k)
		}
	}
	if s == "" {
		return
	}
	if got, want := newForms(s, arabic.Word).bare, bareDefinition(arabic.Fold(s)); got != want {
		t.Fatalf("newForms(%q).bare = %q, want %q", s, got, want)
	}
}

func TestNounFormsDefinition(t *testing.T) {
	for _, tc := range []struct{ name, word string }{
		{"preposition and article", "بالاسلحه"},
		{"lam lam", "للحكومه"},
		{"short lam lam", "لله"},
		{"possessive ta marbuta", "زيارته"},
		{"seated hamza", "لقائه"},
		{"conjunction", "والرئيس"},
		{"particle", "ولم"},
		{"short conjunction word", "وقع"},
		{"bad byte after preposition", "ب\xffالاسلحه"},
		{"bad byte after conjunction", "و\xffلم"},
		{"bad first byte", "\xffبالاسلحه"},
		{"replacement character", "ب\uFFFDسلاح"},
		{"latin", "Reuters"},
		{"empty", ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFormsDefinition(t, tc.word) })
	}
}

func FuzzNounForms(f *testing.F) {
	for _, s := range []string{"بالاسلحه", "للحكومه", "وزيارتهم", "ف\xff", "ولا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFormsDefinition(t, s)
	})
}
