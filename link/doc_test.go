package link

import (
	"testing"
	"unicode/utf8"
)

func TestByteOffsets(t *testing.T) {
	text := "قال a وزير € في 😀موسكو."
	for _, tc := range []struct {
		name string
		cps  []int // code point offsets asked in turn
	}{
		{"forward", []int{0, 3, 5, 12, 14}},
		{"backward", []int{20, 14, 2, 0}},
		{"past the end", []int{3, 100}},
		{"the same twice", []int{7, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var o byteOffsets
			for _, cp := range tc.cps {
				want := len(text)
				if cp < utf8.RuneCountInString(text) {
					want = len(string([]rune(text)[:cp]))
				}
				if got := o.of(text, cp); got != want {
					t.Errorf("of(%d) = %d, want %d", cp, got, want)
				}
			}
		})
	}
}
