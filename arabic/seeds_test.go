package arabic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// seedDir holds real articles outside the repository; tests over them
// skip when it is absent.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

func readSeeds(t testing.TB) map[string]string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no seed articles in %s", seedDir)
	}
	texts := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(b)
	}
	return texts
}

// TestSeedProperties checks the package's invariants on real scraped
// articles, and that no sentence boundary falls inside a “…” pair.
func TestSeedProperties(t *testing.T) {
	for name, text := range readSeeds(t) {
		t.Run(name, func(t *testing.T) {
			checkArticle(t, text)
			if r := ArabicRatio(text); r < 0.8 {
				t.Errorf("ArabicRatio = %.2f, want an Arabic article", r)
			}
		})
	}
}

// checkArticle checks every invariant of the package on one real text.
func checkArticle(t *testing.T, text string) {
	t.Helper()
	if got := Fold(text); Fold(got) != got {
		t.Error("Fold not idempotent")
	}
	m := FoldMap(text)
	if m.Orig(utf8.RuneCountInString(m.Text)) != utf8.RuneCountInString(text) {
		t.Error("FoldMap end does not map to the input end")
	}
	checkTokens(t, text)
	checkSentences(t, text)
	for _, tok := range Tokenize(text) {
		seg := Segment(tok.Text)
		if strings.Join(seg.Pre, "")+seg.Stem+seg.Suf != tok.Text {
			t.Errorf("Segment(%q) = %v loses letters", tok.Text, seg)
		}
	}
}

func checkTokens(t *testing.T, text string) {
	t.Helper()
	rs := []rune(text)
	var spans []isnad.Span
	for _, tok := range Tokenize(text) {
		if string(rs[tok.Start:tok.End]) != tok.Text {
			t.Fatalf("token %+v is not its slice", tok)
		}
		spans = append(spans, isnad.Span{tok.Start, tok.End})
	}
	checkPartition(t, rs, spans)
}

// checkSentences checks coverage, and that every sentence boundary lies
// outside each “…” pair of the paragraph: a pair is an opening “ and the
// first ” (or ″, see quotes.go) after it on the same line.
func checkSentences(t *testing.T, text string) {
	t.Helper()
	rs := []rune(text)
	spans := Sentences(text)
	checkPartition(t, rs, spans)
	for i := 1; i < len(spans); i++ {
		cut := spans[i][0]
		for open := cut - 1; open >= 0 && rs[open] != '\n'; open-- {
			if rs[open] == RightDoubleQuote || rs[open] == DoublePrime {
				break
			}
			if rs[open] == LeftDoubleQuote {
				if close := closingAfter(rs, cut); close >= 0 {
					t.Errorf("sentence boundary at %d inside the quotation %q", cut, string(rs[open:close+1]))
				}
				break
			}
		}
	}
}

// closingAfter returns the index of the first ” from p on its line, or -1.
func closingAfter(rs []rune, p int) int {
	for ; p < len(rs) && rs[p] != '\n'; p++ {
		if rs[p] == RightDoubleQuote || rs[p] == DoublePrime {
			return p
		}
	}
	return -1
}
