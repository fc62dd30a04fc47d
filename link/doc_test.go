package link

import (
	"testing"
	"unicode/utf8"
)

func TestByteOffsets(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		cps  []int // code point offsets asked in turn
	}{
		{"forward", "قال a وزير € في 😀موسكو.", []int{0, 3, 5, 12, 14}},
		{"backward", "قال a وزير € في 😀موسكو.", []int{20, 14, 2, 0}},
		{"past the end", "قال a وزير € في 😀موسكو.", []int{3, 100}},
		{"the same twice", "قال a وزير € في 😀موسكو.", []int{7, 7}},
		{"bad bytes", "قال \xd9 و\xc0\x80زير \xe2\x82 في\xff", []int{1, 4, 5, 7, 8, 11, 14, 15, 16}},
		{"cut sequence at the end", "وزير\xd9", []int{4, 5, 6}},
		{"back over bad bytes", "قال \xd9 و\xc0\x80زير \xe2\x82 في\xff", []int{16, 15, 12, 11, 8, 7, 6, 5, 4, 1, 9, 0}},
		{"back over three and four bytes", "قال a وزير € في 😀موسكو.", []int{22, 17, 16, 15, 11, 10, 3, 18}},
		{"back and forth", "قال a وزير € في 😀موسكو.", []int{5, 2, 9, 4, 20, 19, 21, 0, 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var o byteOffsets
			for _, cp := range tc.cps {
				if got, want := o.of(tc.text, cp), rangeOffset(tc.text, cp); got != want {
					t.Errorf("of(%d) = %d, want %d", cp, got, want)
				}
			}
		})
	}
}

// rangeOffset is byteOffsets.of by definition: the byte offset at which
// range over text is at code point cp, or len(text).
func rangeOffset(text string, cp int) int {
	n := 0
	for i := range text {
		if n == cp {
			return i
		}
		n++
	}
	return len(text)
}

// TestTwoByteAt checks twoByteAt against utf8's decoding for every first
// two bytes, followed by nothing, a continuation byte or ASCII.
func TestTwoByteAt(t *testing.T) {
	for _, tail := range []string{"", "\x80", "a", "\xbf\xbf"} {
		for c0 := range 256 {
			for c1 := range 257 {
				s := string([]byte{byte(c0)})
				if c1 < 256 {
					s += string([]byte{byte(c1)}) + tail
				}
				r, n := utf8.DecodeRuneInString(s)
				want := n == 2 && r != utf8.RuneError
				if got := twoByteAt(s, 0); got != want {
					t.Fatalf("twoByteAt(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
