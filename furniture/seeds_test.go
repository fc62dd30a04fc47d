package furniture

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"golang.org/x/text/unicode/norm"
)

// The scorer's folding (shared/eval/score.py norm), so that this test
// measures what the scorer will.
var (
	scoreDiacritics = regexp.MustCompile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
	scorePunct      = regexp.MustCompile(`[\s\x{200e}\x{200f}\x{00a0}"“”«»'‘’.,،؛:;!?؟()\[\]{}\-–—_/\\*]+`)
	scoreFolds      = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")
)

func scoreNorm(s string) string {
	s = norm.NFKC.String(s)
	s = scoreDiacritics.ReplaceAllString(s, "")
	s = scoreFolds.Replace(s)
	return strings.ToLower(strings.TrimSpace(scorePunct.ReplaceAllString(s, " ")))
}

type goldSeed struct {
	Doc   string   `json:"doc"`
	Flags []string `json:"flags"`
	Meta  struct {
		Title     *string  `json:"title"`
		Outlet    *string  `json:"outlet"`
		Byline    *string  `json:"byline"`
		Agencies  []string `json:"agencies"`
		Published *string  `json:"published"`
	} `json:"meta"`
	Boilerplate []string `json:"boilerplate"`
	Body        []string `json:"body"`
}

// sharedDir is ../shared seen from the repository root.
func sharedDir(t testing.TB, parts ...string) string {
	p := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s absent: %v", p, err)
	}
	return p
}

// TestSeeds measures Text over the seed articles with the scorer's checks
// (boilerplate gone, body kept, metadata as gold) and holds it to the
// acceptance levels. It tunes nothing: the gold is read, never written.
func TestSeeds(t *testing.T) {
	shared := sharedDir(t, "gold", "seeds")
	files, _ := filepath.Glob(filepath.Join(shared, "*.json"))
	var bp, bpN, body, bodyN, meta, metaN int
	for _, f := range files {
		var g goldSeed
		raw, err := os.ReadFile(f)
		if err != nil || json.Unmarshal(raw, &g) != nil {
			t.Fatalf("%s: %v", f, err)
		}
		text, err := os.ReadFile(filepath.Join(shared, "..", "..", g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		p := Text(string(text), Options{})
		joined := scoreNorm(strings.Join(p.Paragraphs, "\n\n"))
		for _, b := range g.Boilerplate {
			bpN++
			if !strings.Contains(joined, scoreNorm(b)) {
				bp++
			} else {
				t.Logf("%s: left in: %s", g.Doc, b)
			}
		}
		for _, b := range g.Body {
			bodyN++
			if strings.Contains(joined, scoreNorm(b)) {
				body++
			} else {
				t.Logf("%s: cut out: %s", g.Doc, b)
			}
		}
		published := p.Published
		if published == "" && len(g.Flags) == 2 && g.Flags[0] == "--published" {
			published = g.Flags[1]
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
			if (c.want == nil && *c.got == "") || (c.want != nil && scoreNorm(*c.want) == scoreNorm(*c.got)) {
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
