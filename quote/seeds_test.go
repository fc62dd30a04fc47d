package quote

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/dates"
	"github.com/isnad/isnad/internal/goldtest"
)

// TestSeeds measures Find on the seed articles against the gold quotes,
// scored as shared/eval/score.py scores them. The entities are an oracle
// built from the gold's spellings (the entity stage is separate), so the
// numbers measure this package alone. A measurement, not a tuning target.
func TestSeeds(t *testing.T) {
	var sum [3]int
	for _, s := range goldtest.Seeds(t) {
		text := s.Text()
		ents, names := goldtest.OracleEntities(text, s.Gold)
		qs := Find(text, arabic.Sentences(text), ents, dates.Find(text, s.Published(), dates.Options{}), Options{})
		tp, fp, fn, misses := scoreQuotes(s.Gold, qs, names)
		sum[0], sum[1], sum[2] = sum[0]+tp, sum[1]+fp, sum[2]+fn
		p, r, f := goldtest.PRF(tp, fp, fn)
		t.Logf("%s: quotes P %.2f R %.2f F1 %.2f (%d found)", s.Name, p, r, f, len(qs))
		if os.Getenv("QUOTE_DUMP") != "" {
			for _, q := range qs {
				t.Logf("  %s %s [%s] cue=%s via=%v date=%s: %s", q.Kind, deref(q.Speaker), deref(q.SpeakerText), deref(q.Cue), q.Via, deref(q.Date), q.Text)
			}
		}
		for _, m := range misses {
			t.Logf("    %s", m)
		}
	}
	p, r, f := goldtest.PRF(sum[0], sum[1], sum[2])
	t.Logf("all seeds: quotes P %.2f R %.2f F1 %.2f", p, r, f)
	if f < seedFloor {
		t.Errorf("seed quotes F1 %.2f fell below %.2f", f, seedFloor)
	}
}

// seedFloor is below what Find reaches, so that a regression fails.
const seedFloor = 0.90

// scoreQuotes counts as score.py does: a gold quote matches the first
// unused quote whose text contains its "has" (or ≥ 60% of it is in it);
// it counts only with an accepted speaker; optional quotes absorb what
// they match; every other quote is a false positive.
func scoreQuotes(g goldtest.Gold, qs []isnad.Quote, names map[string]string) (tp, fp, fn int, misses []string) {
	used := map[int]bool{}
	found := 0
	for _, gq := range g.Quotes {
		h := goldtest.Norm(gq.Has)
		hit := -1
		for i, q := range qs {
			t := goldtest.Norm(q.Text)
			if !used[i] && h != "" && (strings.Contains(t, h) || float64(len([]rune(t))) >= 0.6*float64(len([]rune(h))) && strings.Contains(h, t)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			misses = append(misses, "missed: "+gq.Has)
			continue
		}
		used[hit] = true
		found++
		who := "*unnamed*"
		if s := qs[hit].Speaker; s != nil && names[*s] != "" {
			who = names[*s]
		}
		if containsWord(gq.Speaker, who) {
			tp++
		} else {
			misses = append(misses, fmt.Sprintf("speaker %s, want %v: %s", who, gq.Speaker, gq.Has))
		}
	}
	for _, oq := range g.OptionalQuotes {
		h := goldtest.Norm(oq.Has)
		for i, q := range qs {
			t := goldtest.Norm(q.Text)
			if !used[i] && h != "" && (strings.Contains(t, h) || strings.Contains(h, t)) {
				used[i] = true
				break
			}
		}
	}
	for i, q := range qs {
		if !used[i] {
			misses = append(misses, fmt.Sprintf("extra (%s): %s", deref(q.SpeakerText), q.Text))
		}
	}
	return tp, len(qs) - len(used) + found - tp, len(g.Quotes) - tp, misses
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}
