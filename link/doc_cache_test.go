package link

import (
	"strings"
	"testing"
	"unicode/utf8"

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
			pre, ok := d.headedBy(c.tok, ministryHeadWords)
			if ok != c.ok || pre != c.prefix {
				t.Errorf("headedBy(%q) = %d, %v, want %d, %v", d.toks[c.tok].Text, pre, ok, c.prefix, c.ok)
			}
		})
	}
}

// TestHeadedByDefinition checks headedBy against its definition, a loop
// over the first zero to two code points read as proclitics, on every
// run of proclitic letters before heads and other words.
func TestHeadedByDefinition(t *testing.T) {
	clitics := []string{"", "و", "ف", "ب", "ل", "ك", "وب", "فل", "وك", "وو", "بو", "بل", "لل", "فب", "م", "وم"}
	words := []string{"وزارة", "الوزارة", "مملكة", "المملكة", "ال", "الو", "ب", "وزارات", "الدفاع", "مجلس"}
	for _, heads := range []*headWords{ministryHeadWords, kingdomHeadWords, orgHeadWords, institutionHeadWords} {
		for _, c := range clitics {
			for _, w := range words {
				d := newDoc(c+w, nil, nil)
				if len(d.toks) != 1 {
					continue
				}
				gotN, gotOK := d.headedBy(0, heads)
				wantN, wantOK := headedByLoop(d, 0, heads.set)
				if gotN != wantN || gotOK != wantOK {
					t.Errorf("headedBy(%q) = %d, %v, want %d, %v", c+w, gotN, gotOK, wantN, wantOK)
				}
			}
		}
	}
}

// headedByLoop is headedBy as first written: up to two code points cut off
// in turn and the rest looked up behind any legal run of proclitics.
func headedByLoop(d *doc, t int, heads map[string]bool) (int, bool) {
	w := d.word(t)
	off := 0
	for n := 0; n <= 2 && off < len(w); n++ {
		if rest := w[off:]; isProclitics(w[:off]) && (heads[rest] || heads[stripArticleRunes(rest)] && stripArticleRunes(rest) != rest) {
			return skipLetters(d.toks[t].Text, n), true
		}
		_, size := utf8.DecodeRuneInString(w[off:])
		off += size
	}
	return 0, false
}

// stripArticleRunes is stripArticle by its definition: ال cut from a word
// of more than three code points.
func stripArticleRunes(w string) string {
	if strings.HasPrefix(w, "ال") && len([]rune(w)) > 3 {
		return strings.TrimPrefix(w, "ال")
	}
	return w
}

func TestStripArticle(t *testing.T) {
	for _, w := range []string{"", "ال", "الا", "الام", "الامم", "ا", "لا", "ال\xd9", "ال\xd9\x88", "ال\xff\xff", "البيت"} {
		if got, want := stripArticle(w), stripArticleRunes(w); got != want {
			t.Errorf("stripArticle(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestHeadWords checks that the length filter keeps every head and lets
// has answer as the set does.
func TestHeadWords(t *testing.T) {
	long := strings.Repeat("م", 40)
	h := newHeadWords(map[string]bool{"وزاره": true, "ا": true, long: true})
	for _, c := range []struct {
		name string
		w    string
		want bool
	}{
		{"head", "وزاره", true},
		{"one letter", "ا", true},
		{"over 63 bytes", long, true},
		{"longer, over 63 bytes", long + "م", false},
		{"same length, no head", "مملكه", false},
		{"no head's length", "وزارات", false},
		{"empty", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := h.has(c.w); got != c.want {
				t.Errorf("has(%q) = %v, want %v", c.w, got, c.want)
			}
		})
	}
}

// TestWordFilter checks that the titles' filter holds every first word of
// titles.txt (a no for one of them would lose a title) and that it passes
// by common words that start none.
func TestWordFilter(t *testing.T) {
	lx := titles()
	for w := range lx.words {
		if !lx.firsts.mayHave(w) {
			t.Errorf("mayHave(%q) = false for a first word of titles.txt", w)
		}
	}
	passed := 0
	common := []string{"في", "من", "الي", "علي", "ان", "قال", "التي", "الذي", "مع", "عن", "هذا", "بعد", "كان", "بين", "اليوم", "العام"}
	for _, w := range common {
		if lx.firsts.mayHave(w) {
			passed++
		}
	}
	if passed > len(common)/2 {
		t.Errorf("the filter passes %d of %d common words", passed, len(common))
	}
}

// TestCutConjunction checks cutConjunction against its definition: the
// first code point cut when it is و or ف and more than three are left
// with it.
func TestCutConjunction(t *testing.T) {
	for _, w := range []string{"", "و", "ف", "وفي", "وزير", "والرئيس", "فقال", "فال", "بوزارة", "ووزير", "و\xd9", "وa\xffb", "wوزير", "في"} {
		want := w
		if r, rest := firstRune(w); (r == arabic.Waw || r == arabic.Feh) && utf8.RuneCountInString(w) > 3 {
			want = rest
		}
		if got := cutConjunction(w); got != want {
			t.Errorf("cutConjunction(%q) = %q, want %q", w, got, want)
		}
	}
}
