package dates

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/goldtest"
)

// scoreDates matches gold dates to found ones as score.py does: in gold
// order, the first unused found date whose normalised text contains the
// gold text or is contained in it; a match counts only with the same value.
func scoreDates(gold []goldtest.Date, got []isnad.DateRef) (tp, fp, fn int, misses []string) {
	used := map[int]bool{}
	matched := 0
	for _, g := range gold {
		h := goldtest.Norm(g.Text)
		hit := -1
		for i, x := range got {
			n := goldtest.Norm(x.Text)
			if !used[i] && h != "" && n != "" && (strings.Contains(n, h) || strings.Contains(h, n)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			misses = append(misses, g.Text)
			continue
		}
		used[hit] = true
		matched++
		if got[hit].Value == g.Value {
			tp++
		} else {
			misses = append(misses, g.Text+" = "+got[hit].Value+", want "+g.Value)
		}
	}
	return tp, len(got) - len(used) + (matched - tp), len(gold) - tp, misses
}

// TestSeeds measures Find on the seed articles against the gold "dates"
// lists. The publication date is the --published flag of the gold file,
// else the one the gold metadata read off the page. A measurement, not a
// tuning target: there are unseen gold sets.
func TestSeeds(t *testing.T) {
	var tp, fp, fn int
	for _, s := range goldtest.Seeds(t) {
		got := Find(s.Article, s.Published(), Options{})
		a, b, c, misses := scoreDates(s.Dates, got)
		tp, fp, fn = tp+a, fp+b, fn+c
		t.Logf("%s: tp %d fp %d fn %d; misses %q", s.Name+".json", a, b, c, misses)
	}
	p, r, f1 := goldtest.PRF(tp, fp, fn)
	t.Logf("seeds: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, f1, tp, fp, fn)
	if f1 < 0.6 {
		t.Errorf("dates F1 on the seeds fell to %.3f", f1)
	}
}
