//go:build pipeline

package event

// The end-to-end measurement: entities from package link and quotes from
// package quote instead of the gold oracle, scored as score.py does. It
// sits behind a build tag (go test -tags pipeline -run Pipeline -v) so
// that this package's tests do not depend on the state of the entity
// stage, which is written apart.

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/goldtest"
	"github.com/isnad/isnad/link"
	"github.com/isnad/isnad/quote"
)

var scorePunct = regexp.MustCompile(`[\s\x{200e}\x{200f}\x{00a0}"“”«»'‘’.,،؛:;!?؟()\[\]{}\-–—_/\\*]+`)

// nameForms is score.py's name_forms: a folded name and its forms
// without a leading clitic or article.
func nameForms(s string) map[string]bool {
	n := strings.TrimSpace(scorePunct.ReplaceAllString(arabic.Fold(s), " "))
	out := map[string]bool{n: true}
	add := func(f func(string) string) {
		for w := range maps(out) {
			if x := f(w); x != "" {
				out[x] = true
			}
		}
	}
	add(func(w string) string {
		if r := []rune(w); len(r) > 3 && (r[0] == 'و' || r[0] == 'ف') {
			return string(r[1:])
		}
		return ""
	})
	add(func(w string) string {
		r := []rune(w)
		if strings.HasPrefix(w, "لل") && len(r) > 4 {
			return "ال" + string(r[2:])
		}
		if len(r) > 4 && strings.ContainsRune("بلك", r[0]) && string(r[1:3]) == "ال" {
			return string(r[1:])
		}
		return ""
	})
	add(func(w string) string {
		if strings.HasPrefix(w, "ال") && len([]rune(w)) > 4 {
			return string([]rune(w)[2:])
		}
		return ""
	})
	delete(out, "")
	return out
}

func maps(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}

// matchEntities is score.py's match_entities without the kb bonus.
func matchEntities(gold []goldtest.Entity, ents []isnad.Entity, text []rune) map[string]string {
	type cand struct {
		score int
		g     int
		id    string
	}
	var cands []cand
	for gi, g := range gold {
		gf := nameForms(g.En)
		for _, a := range g.Ar {
			for f := range nameForms(a) {
				gf[f] = true
			}
		}
		for _, e := range ents {
			sf := nameForms(e.Name)
			for _, m := range e.Mentions {
				for f := range nameForms(string(text[m[0]:m[1]])) {
					sf[f] = true
				}
			}
			score := 0
			for f := range gf {
				if sf[f] {
					score++
				}
			}
			if score > 0 {
				if g.Type == "" || g.Type == e.Type {
					score += 5
				}
				cands = append(cands, cand{score, gi, e.ID})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	usedG, usedS, out := map[int]bool{}, map[string]bool{}, map[string]string{}
	for _, c := range cands {
		if usedG[c.g] || usedS[c.id] {
			continue
		}
		usedG[c.g], usedS[c.id] = true, true
		out[c.id] = gold[c.g].En
	}
	return out
}

func TestSeedsPipeline(t *testing.T) {
	var tp, fp, fn int
	for _, seed := range goldtest.Seeds(t) {
		g := seed.Gold
		d, _ := oracleDoc(seed)
		ents, err := link.Entities(d.Text, d.Sentences, link.Options{Published: *d.Published})
		if err != nil {
			t.Fatal(err)
		}
		d.Entities = ents
		d.Quotes = quote.Find(d.Text, d.Sentences, d.Entities, d.Dates, quote.Options{})
		text := []rune(d.Text)
		names := matchEntities(g.Entities, ents, text)
		var rest []isnad.Entity
		for _, e := range ents {
			if names[e.ID] == "" {
				rest = append(rest, e)
			}
		}
		for id, n := range matchEntities(g.OptionalEntities, rest, text) {
			names[id] = n
		}
		evs := Find(d, Options{})
		s := scoreEvents(g, evs, names)
		p, r, f1 := goldtest.PRF(s.tp, s.fp, s.fn)
		t.Logf("%s.json: P %.2f R %.2f F1 %.2f", seed.Name, p, r, f1)
		for _, m := range s.misses {
			t.Logf("  miss %s", m)
		}
		for _, x := range s.extra {
			t.Logf("  extra %s", x)
		}
		tp, fp, fn = tp+s.tp, fp+s.fp, fn+s.fn
	}
	p, r, f1 := goldtest.PRF(tp, fp, fn)
	t.Logf("pipeline, all seeds: P %.3f R %.3f F1 %.3f", p, r, f1)
}
