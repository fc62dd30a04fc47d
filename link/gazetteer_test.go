package link

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

func TestRuneIndex(t *testing.T) {
	text := "قال a وزير خارجية روسيا € في موسكو"
	for _, tc := range []struct {
		name  string
		bytes []int // offsets asked in turn, each at a code point start
	}{
		{"forward", []int{0, 6, 9, 30}},
		{"backward", []int{len(text), 30, 6, 0}},
		{"back and forth", []int{9, 7, 45, 8, 46, 42}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var x runeIndex
			for _, b := range tc.bytes {
				if b < len(text) && !utf8.RuneStart(text[b]) {
					t.Fatalf("bad case: byte %d is inside a code point", b)
				}
				if got, want := x.of(text, b), utf8.RuneCountInString(text[:b]); got != want {
					t.Errorf("of(%d) = %d, want %d", b, got, want)
				}
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
