package link

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// TestSpanForm checks that the remembered forms of a span are those worked
// out afresh, the second time as the first.
func TestSpanForm(t *testing.T) {
	text := "قال الرئيس محمد بن سلمان إن وكالة الأنباء نقلت عن سلمان قوله"
	d := newDoc(text, nil, nil)
	cases := []struct {
		name string
		word string
	}{
		{"person", "محمد بن سلمان"},
		{"organisation", "وكالة الأنباء"},
		{"one word", "سلمان"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := len([]rune(text[:strings.Index(text, c.word)]))
			m := &mention{start: start, end: start + len([]rune(c.word))}
			want := strings.Fields(arabic.Fold(c.word))
			for range 2 {
				f := d.form(m)
				if strings.Join(f.words, " ") != strings.Join(want, " ") {
					t.Fatalf("words %q, want %q", f.words, want)
				}
				for i, w := range want {
					if f.keys[i] != kb.Key(w) {
						t.Fatalf("key of %q = %q, want %q", w, f.keys[i], kb.Key(w))
					}
				}
			}
		})
	}
}
