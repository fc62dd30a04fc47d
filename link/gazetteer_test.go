package link

import (
	"testing"
	"unicode/utf8"
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
