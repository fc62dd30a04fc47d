package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/dates"
	"github.com/isnad/isnad/furniture"
	"golang.org/x/text/unicode/norm"
)

var sharedDir = filepath.Join("..", "..", "shared")

type goldEntity struct {
	En   string   `json:"en"`
	Type string   `json:"type"`
	Ar   []string `json:"ar"`
}

type goldQuote struct {
	Speaker []string `json:"speaker"`
	Has     string   `json:"has"`
}

type goldDoc struct {
	Flags    []string `json:"flags"`
	Meta     struct{ Published string }
	Entities []goldEntity `json:"entities"`
	Optional []goldEntity `json:"optional_entities"`
	Quotes   []goldQuote  `json:"quotes"`
	OptQ     []goldQuote  `json:"optional_quotes"`
}

// TestSeeds measures Find on the seed articles against the gold quotes,
// scored as shared/eval/score.py scores them. The entities are an oracle
// built from the gold's spellings (the entity stage is separate), so the
// numbers measure this package alone. A measurement, not a tuning target.
func TestSeeds(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "seeds", "*.json"))
	if len(golds) == 0 {
		t.Skip("no shared gold seeds")
	}
	var sum [3]int
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".json")
		raw, err := os.ReadFile(filepath.Join(sharedDir, "seeds", name+".txt"))
		if err != nil {
			t.Skipf("no seed text for %s", name)
		}
		var g goldDoc
		b, err := os.ReadFile(gp)
		if err != nil || json.Unmarshal(b, &g) != nil {
			t.Fatalf("%s: unreadable gold", gp)
		}
		text := strings.Join(furniture.Text(string(raw), furniture.Options{}).Paragraphs, "\n\n")
		ents, names := oracleEntities(text, append(g.Entities, g.Optional...))
		qs := Find(text, arabic.Sentences(text), ents, dates.Find(text, published(g), dates.Options{}), Options{})
		tp, fp, fn, misses := scoreQuotes(g, qs, names)
		sum[0], sum[1], sum[2] = sum[0]+tp, sum[1]+fp, sum[2]+fn
		p, r, f := prf(tp, fp, fn)
		t.Logf("%s: quotes P %.2f R %.2f F1 %.2f (%d found)", name, p, r, f, len(qs))
		if os.Getenv("QUOTE_DUMP") != "" {
			for _, q := range qs {
				t.Logf("  %s %s [%s] cue=%s via=%v date=%s: %s", q.Kind, deref(q.Speaker), deref(q.SpeakerText), deref(q.Cue), q.Via, deref(q.Date), q.Text)
			}
		}
		for _, m := range misses {
			t.Logf("    %s", m)
		}
	}
	p, r, f := prf(sum[0], sum[1], sum[2])
	t.Logf("all seeds: quotes P %.2f R %.2f F1 %.2f", p, r, f)
	if f < seedFloor {
		t.Errorf("seed quotes F1 %.2f fell below %.2f", f, seedFloor)
	}
}

// seedFloor is below what Find reaches, so that a regression fails.
const seedFloor = 0.90

func published(g goldDoc) string {
	for i, f := range g.Flags {
		if f == "--published" && i+1 < len(g.Flags) {
			return g.Flags[i+1]
		}
	}
	return g.Meta.Published
}

// oracleEntities makes entities from gold spellings found in text, longer
// spellings first, each stretch of text claimed once. names maps entity
// ids to gold English names.
func oracleEntities(text string, gold []goldEntity) ([]isnad.Entity, map[string]string) {
	f := arabic.FoldMap(text)
	ft := []rune(f.Text)
	claimed := make([]bool, len(ft))
	type spelling struct {
		k int
		s []rune
	}
	var sps []spelling
	for k, g := range gold {
		for _, a := range g.Ar {
			sps = append(sps, spelling{k, []rune(arabic.Fold(a))})
		}
	}
	sort.SliceStable(sps, func(i, j int) bool { return len(sps[i].s) > len(sps[j].s) })
	ents := make([]isnad.Entity, len(gold))
	names := map[string]string{}
	for k, g := range gold {
		ents[k] = isnad.Entity{ID: fmt.Sprintf("E%d", k+1), Type: g.Type, Name: g.En}
		names[ents[k].ID] = g.En
	}
	for _, sp := range sps {
		for p := 0; p+len(sp.s) <= len(ft); p++ {
			if !hasAt(ft, sp.s, p) || !wordStart(ft, p) || p+len(sp.s) < len(ft) && unicode.IsLetter(ft[p+len(sp.s)]) || anyClaimed(claimed, p, p+len(sp.s)) {
				continue
			}
			for i := p; i < p+len(sp.s); i++ {
				claimed[i] = true
			}
			a, b := f.OrigSpan(p, p+len(sp.s))
			ents[sp.k].Mentions = append(ents[sp.k].Mentions, isnad.Span{a, b})
		}
	}
	return ents, names
}

func hasAt(t, s []rune, p int) bool {
	for i, r := range s {
		if t[p+i] != r {
			return false
		}
	}
	return true
}

// wordStart allows one clitic (و ف ب ل ك) or ال/لل before a spelling.
func wordStart(t []rune, p int) bool {
	letter := func(i int) bool { return i >= 0 && unicode.IsLetter(t[i]) }
	if !letter(p - 1) {
		return true
	}
	if strings.ContainsRune("وفبلك", t[p-1]) && !letter(p-2) {
		return true
	}
	return (string(t[max(0, p-2):p]) == "ال" || string(t[max(0, p-2):p]) == "لل") && !letter(p-3)
}

func anyClaimed(c []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if c[i] {
			return true
		}
	}
	return false
}

// scoreNorm is score.py's norm.
func scoreNorm(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r >= '\u0610' && r <= '\u061a' || r >= '\u064b' && r <= '\u065f' || r == '\u0670' || r >= '\u06d6' && r <= '\u06ed' || r == '\u0640':
			continue
		case unicode.IsSpace(r) || strings.ContainsRune("\u200e\u200f\u00a0\"“”«»'‘’.,،؛:;!?؟()[]{}-–—_/\\*", r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(strings.ToLower(string(foldScore(r))))
	}
	return b.String()
}

func foldScore(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ئ':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	}
	return r
}

// scoreQuotes counts as score.py does: a gold quote matches the first
// unused quote whose text contains its "has" (or ≥ 60% of it is in it);
// it counts only with an accepted speaker; optional quotes absorb what
// they match; every other quote is a false positive.
func scoreQuotes(g goldDoc, qs []isnad.Quote, names map[string]string) (tp, fp, fn int, misses []string) {
	used := map[int]bool{}
	found := 0
	for _, gq := range g.Quotes {
		h := scoreNorm(gq.Has)
		hit := -1
		for i, q := range qs {
			t := scoreNorm(q.Text)
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
	for _, oq := range g.OptQ {
		h := scoreNorm(oq.Has)
		for i, q := range qs {
			t := scoreNorm(q.Text)
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

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
