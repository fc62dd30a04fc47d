package link

import (
	"fmt"
	"slices"
	"sort"
	"testing"
)

// naiveMatches finds what automaton.walk must: every occurrence of every
// pattern, by end, longest first at one end.
func naiveMatches(patterns []string, text string) []string {
	hay := []rune(text)
	order := make([]int, len(patterns))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len([]rune(patterns[order[a]])) > len([]rune(patterns[order[b]]))
	})
	var out []string
	for end := range hay {
		for _, i := range order {
			p := []rune(patterns[i])
			if start := end + 1 - len(p); start >= 0 && slices.Equal(hay[start:end+1], p) {
				out = append(out, fmt.Sprintf("%d:%d", end, i))
			}
		}
	}
	return out
}

func walkMatches(patterns []string, text string) []string {
	var out []string
	newAutomaton(patterns).walk([]rune(text), func(end, p int) bool {
		out = append(out, fmt.Sprintf("%d:%d", end, p))
		return true
	})
	return out
}

func TestAutomaton(t *testing.T) {
	for _, tc := range []struct {
		name     string
		patterns []string
		text     string
	}{
		{"nested names", []string{"كوريا", "كوريا الشماليه", "الشماليه"}, "زار كوريا الشماليه وكوريا"},
		{"suffix of another", []string{"مصر", "ر"}, "مصر ومصر"},
		{"overlapping", []string{"ابا", "باب"}, "ابابابا"},
		{"failure across words", []string{"الامم المتحده", "المتحده"}, "الامم الامم المتحده"},
		{"latin and digits", []string{"g7", "u.s", "s"}, "قمه g7 في u.s."},
		{"code points outside the low table", []string{"€uro", "ω"}, "a €uro ω"},
		{"no patterns", nil, "نص"},
		{"empty text", []string{"مصر"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, got := naiveMatches(tc.patterns, tc.text), walkMatches(tc.patterns, tc.text)
			if !slices.Equal(got, want) {
				t.Errorf("walk = %v, want %v", got, want)
			}
		})
	}
}

func TestAutomatonStops(t *testing.T) {
	n := 0
	newAutomaton([]string{"ا"}).walk([]rune("ااا"), func(int, int) bool {
		n++
		return false
	})
	if n != 1 {
		t.Errorf("walk went on after found returned false: %d calls", n)
	}
}

// FuzzAutomaton checks walk against the naive search on patterns cut from
// the text itself, so that there are matches to find.
func FuzzAutomaton(f *testing.F) {
	f.Add("وزير خارجية مصر في القاهرة", 3, 5)
	f.Add("ababab", 1, 2)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		r := []rune(text)
		if len(r) == 0 || len(r) > 200 {
			return
		}
		seen := map[string]bool{}
		var patterns []string
		for _, span := range [][2]int{{a, b}, {b, a + b}, {0, a}, {a, len(r)}} {
			i, j := mod(span[0], len(r)), mod(span[1], len(r)+1)
			if i < j && !seen[string(r[i:j])] {
				seen[string(r[i:j])] = true
				patterns = append(patterns, string(r[i:j]))
			}
		}
		if want, got := naiveMatches(patterns, text), walkMatches(patterns, text); !slices.Equal(got, want) {
			t.Errorf("patterns %q in %q: walk = %v, want %v", patterns, text, got, want)
		}
	})
}

// mod is i modulo n in [0, n), for any i.
func mod(i, n int) int { return (i%n + n) % n }
