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

func TestHeadedBy(t *testing.T) {
	d := newDoc("قالت وزارة الدفاع وبوزارة المالية ووزارة العدل إن الوزارة تدرس الامر", nil, nil)
	cases := []struct {
		name   string
		tok    int
		ok     bool
		prefix int
	}{
		{"bare head", 1, true, 0},
		{"two proclitics", 3, true, 2},
		{"one proclitic", 5, true, 1},
		{"with the article", 8, true, 0},
		{"not a head", 0, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pre, ok := d.headedBy(c.tok, ministryHeads)
			if ok != c.ok || pre != c.prefix {
				t.Errorf("headedBy(%q) = %d, %v, want %d, %v", d.toks[c.tok].Text, pre, ok, c.prefix, c.ok)
			}
		})
	}
}
