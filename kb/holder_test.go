package kb

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

// TestDemonymKey checks the short cut for texts that are their own key
// against splitting and joining the words, as the key is defined.
func TestDemonymKey(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"one word", "الروسي"},
		{"a feminine ending", "الروسية"},
		{"two words", "الكوري الشمالي"},
		{"a feminine ending inside", "الكورية الشمالي"},
		{"a leading space", " الروسي"},
		{"a trailing space", "الروسي "},
		{"two spaces", "الكوري  الشمالي"},
		{"a tab", "الكوري\tالشمالي"},
		{"a no-break space", "الكوري\u00a0الشمالي"},
		{"an ideographic space", "الكوري\u3000الشمالي"},
		{"Latin", "North Korean"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(arabic.Fold(tc.in))
			for i, w := range words {
				if strings.HasSuffix(w, "يه") {
					words[i] = strings.TrimSuffix(w, "ه")
				}
			}
			if got, want := demonymKey(tc.in), strings.Join(words, " "); got != want {
				t.Errorf("demonymKey(%q) = %q, want %q", tc.in, got, want)
			}
		})
	}
}
