package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/isnad/isnad"
	"golang.org/x/text/unicode/norm"
)

var sharedDir = filepath.Join("..", "..", "shared")

// scoreNorm folds a string the way shared/eval/score.py's norm does, so
// that this test counts what the scorer counts.
func scoreNorm(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isMark(r):
			continue
		case unicode.IsSpace(r) || strings.ContainsRune("\u200e\u200f\u00a0\"“”«»'‘’.,،؛:;!?؟()[]{}-–—_/\\*", r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if f := foldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// scoreDates matches gold dates to found ones as score.py does: in gold
// order, the first unused found date whose normalised text contains the
// gold text or is contained in it; a match counts only with the same value.
func scoreDates(gold []want, got []isnad.DateRef) (tp, fp, fn int, misses []string) {
	used := map[int]bool{}
	matched := 0
	for _, g := range gold {
		h := scoreNorm(g.text)
		hit := -1
		for i, x := range got {
			n := scoreNorm(x.Text)
			if !used[i] && h != "" && n != "" && (strings.Contains(n, h) || strings.Contains(h, n)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			misses = append(misses, g.text)
			continue
		}
		used[hit] = true
		matched++
		if got[hit].Value == g.value {
			tp++
		} else {
			misses = append(misses, g.text+" = "+got[hit].Value+", want "+g.value)
		}
	}
	return tp, len(got) - len(used) + (matched - tp), len(gold) - tp, misses
}

var rePublished = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// TestSeeds measures Find on the seed articles against the gold "dates"
// lists. The publication date is the --published flag of the gold file,
// else the one the gold metadata read off the page. A measurement, not a
// tuning target: there are unseen gold sets.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "seeds", "*.json"))
	if len(files) == 0 {
		t.Skip("no ../shared/gold/seeds")
	}
	var tp, fp, fn int
	for _, f := range files {
		var g struct {
			Doc   string
			Flags []string
			Meta  struct{ Published string }
			Dates []struct{ Text, Value string }
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join(sharedDir, "gold", "..", g.Doc))
		if err != nil {
			t.Skipf("seed text: %v", err)
		}
		pub := g.Meta.Published
		for i, fl := range g.Flags {
			if fl == "--published" && i+1 < len(g.Flags) && rePublished.MatchString(g.Flags[i+1]) {
				pub = g.Flags[i+1]
			}
		}
		gold := make([]want, len(g.Dates))
		for i, d := range g.Dates {
			gold[i] = want{d.Text, d.Value}
		}
		got := Find(string(text), pub, Options{})
		a, b, c, misses := scoreDates(gold, got)
		tp, fp, fn = tp+a, fp+b, fn+c
		t.Logf("%s: tp %d fp %d fn %d; misses %q", filepath.Base(f), a, b, c, misses)
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	f1 := 2 * p * r / max(p+r, 1e-9)
	t.Logf("seeds: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, f1, tp, fp, fn)
	if f1 < 0.6 {
		t.Errorf("dates F1 on the seeds fell to %.3f", f1)
	}
}
