package link

import (
	"fmt"
	"slices"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// TestSharedCode gives the matcher names with more code points than its
// codes (three new ones a name): past the 254th they share one code, and
// names written alike in codes must still be told apart by their text.
func TestSharedCode(t *testing.T) {
	const names = 100
	name := func(i int) string {
		return string([]rune{rune(0x4E00 + 3*i), rune(0x4E01 + 3*i), rune(0x4E02 + 3*i)})
	}
	var entries []kb.Entry
	for i := range names {
		entries = append(entries, kb.Entry{ID: fmt.Sprintf("isnad:shared-%d", i), Type: kb.ORG, Name: name(i)})
	}
	k, err := kb.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	m := buildMatcher(k)
	if code, shared := m.codes.name(name(90)); !shared || code != string([]byte{sharedCode, sharedCode, sharedCode}) {
		t.Fatalf("code of a late name = %v, %v; want three shared codes", []byte(code), shared)
	}
	mixed := string([]rune(name(85))[:2]) + string([]rune(name(86))[2:])
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a name with codes of its own", "قال " + name(1) + " أمس.", []string{"isnad:shared-1"}},
		{"the first name of a shared code", "قال " + name(85) + " أمس.", []string{"isnad:shared-85"}},
		{"a later name of the same code", "قال " + name(99) + " أمس.", []string{"isnad:shared-99"}},
		{"letters of two names written alike", "قال " + mixed + " أمس.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, arabic.Sentences(tc.text), k)
			var got []string
			for _, ment := range d.gazetteer(m) {
				got = append(got, ment.entry.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("gazetteer = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLatinAcronym(t *testing.T) {
	k, err := kb.New([]kb.Entry{{ID: "isnad:media-cnn", Type: kb.ORG, Subtype: "media", Name: "سي إن إن", NameEn: "CNN"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"an acronym printed in Latin after the article", "في مقابلة مع محطة الـCNN الأميركية.", []string{"CNN"}},
		{"the Arabic spelling", "في مقابلة مع شبكة سي إن إن الأميركية.", []string{"سي إن إن"}},
		{"inside a longer Latin word", "زار موقع CNNMoney أمس.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, arabic.Sentences(tc.text), k)
			var got []string
			for _, m := range d.gazetteer(buildMatcher(k)) {
				got = append(got, d.surface(m))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("gazetteer = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIsProclitics(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"none", "", true},
		{"a conjunction", "و", true},
		{"the other conjunction", "ف", true},
		{"a preposition", "ب", true},
		{"a conjunction and a preposition", "ول", true},
		{"fa and kaf", "فك", true},
		{"a preposition before a conjunction", "بو", false},
		{"two conjunctions", "وو", false},
		{"two prepositions", "لل", false},
		{"the article", "ال", false},
		{"a Latin letter", "x", false},
		{"a conjunction and a bad byte", "و\xff", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := isProclitics(tc.in); got != tc.want {
				t.Errorf("isProclitics(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
