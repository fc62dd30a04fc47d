package furniture_test

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/furniture"
	"github.com/isnad/isnad/internal/goldtest"
)

// The seed measurement is an external test: goldtest builds on this
// package.

// TestSeeds measures Text over the seed articles with the scorer's checks
// (boilerplate gone, body kept, metadata as gold) and holds it to the
// acceptance levels. It tunes nothing: the gold is read, never written.
func TestSeeds(t *testing.T) {
	var bp, bpN, body, bodyN, meta, metaN int
	for _, g := range goldtest.Seeds(t) {
		p := furniture.Text(g.Article, furniture.Options{})
		joined := goldtest.Norm(strings.Join(p.Paragraphs, "\n\n"))
		for _, b := range g.Boilerplate {
			bpN++
			if !strings.Contains(joined, goldtest.Norm(b)) {
				bp++
			} else {
				t.Logf("%s: left in: %s", g.Doc, b)
			}
		}
		for _, b := range g.Body {
			bodyN++
			if strings.Contains(joined, goldtest.Norm(b)) {
				body++
			} else {
				t.Logf("%s: cut out: %s", g.Doc, b)
			}
		}
		published := p.Published
		if published == "" {
			published = g.PublishedFlag()
		}
		checks := []struct {
			name      string
			want, got *string
		}{
			{"title", g.Meta.Title, &p.Title},
			{"outlet", g.Meta.Outlet, &p.Outlet},
			{"byline", g.Meta.Byline, &p.Byline},
			{"published", g.Meta.Published, &published},
		}
		for _, c := range checks {
			metaN++
			if (c.want == nil && *c.got == "") || (c.want != nil && goldtest.Norm(*c.want) == goldtest.Norm(*c.got)) {
				meta++
			} else {
				t.Logf("%s: %s = %q, want %v", g.Doc, c.name, *c.got, deref(c.want))
			}
		}
		metaN++
		if sameAgencies(p.Credits, g.Meta.Agencies) {
			meta++
		} else {
			t.Logf("%s: agencies = %v, want %v", g.Doc, p.Credits, g.Meta.Agencies)
		}
	}
	if bpN+bodyN+metaN == 0 {
		t.Skip("no gold")
	}
	t.Logf("boilerplate cut %d/%d, body kept %d/%d, meta %d/%d", bp, bpN, body, bodyN, meta, metaN)
	if float64(bp) < 0.95*float64(bpN) || body != bodyN || float64(meta) < 0.9*float64(metaN) {
		t.Errorf("below acceptance: boilerplate %d/%d (≥0.95), body %d/%d (1.0), meta %d/%d (≥0.9)",
			bp, bpN, body, bodyN, meta, metaN)
	}
}

func deref(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// sameAgencies compares credits with gold agencies by English name.
func sameAgencies(got []isnad.Credit, want []string) bool {
	have := map[string]bool{}
	for _, c := range got {
		have[c.NameEn] = true
	}
	if len(have) != len(want) {
		return false
	}
	for _, w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}
