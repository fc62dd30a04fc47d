package event

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/dates"
	"github.com/isnad/isnad/internal/goldtest"
	"github.com/isnad/isnad/quote"
)

// oracleDoc builds the document the earlier stages would give: the main
// text through furniture, sentences, dates, and entities made from the
// gold spellings found in the text (an oracle for the entity stage, which
// is written apart), and the quotes package's quotes over them. It returns
// the entity id → gold name map too.
func oracleDoc(s goldtest.Seed) (*isnad.Document, map[string]string) {
	text := s.Text()
	pub := s.Published()
	d := &isnad.Document{Text: text, Published: isnad.OrNull(pub), Sentences: arabic.Sentences(text),
		Dates: dates.Find(text, pub, dates.Options{})}
	var names map[string]string
	d.Entities, names = goldtest.OracleEntities(text, s.Gold)
	d.Quotes = quote.Find(d.Text, d.Sentences, d.Entities, d.Dates, quote.Options{})
	return d, names
}

// evMatch is score.py's ev_match.
func evMatch(ge goldtest.Event, ev isnad.Event, names map[string]string) bool {
	if !slices.Contains(ge.Type, ev.Type) {
		return false
	}
	pol := ge.Polarity
	if pol == "" {
		pol = "positive"
	}
	if ev.Polarity != pol {
		return false
	}
	who := func(ids []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range ids {
			if n, ok := names[x]; ok {
				m[n] = true
			} else {
				m["*unnamed*"] = true
			}
		}
		return m
	}
	src, tgt := who(ev.Source), who(ev.Target)
	inter := func(m map[string]bool, list []string) int {
		n := 0
		for _, x := range list {
			if m[x] {
				n++
			}
		}
		return n
	}
	if ge.Symmetric {
		for k := range tgt {
			src[k] = true
		}
		return inter(src, ge.Source) >= min(2, len(ge.Source))
	}
	if len(ge.Source) > 0 && inter(src, ge.Source) == 0 {
		return false
	}
	return len(ge.Target) == 0 || inter(tgt, ge.Target) > 0
}

// seedScore is what score.py counts for events in one document.
type seedScore struct {
	tp, fp, fn    int
	attrOK, attrN int
	misses, extra []string
}

func scoreEvents(g goldtest.Gold, evs []isnad.Event, names map[string]string) seedScore {
	var s seedScore
	used := map[int]bool{}
	for _, ge := range g.Events {
		hit := -1
		for i, ev := range evs {
			if !used[i] && evMatch(ge, ev, names) {
				hit = i
				break
			}
		}
		if hit < 0 {
			s.fn++
			s.misses = append(s.misses, fmt.Sprintf("%v %v->%v %s", ge.Type, ge.Source, ge.Target, ge.Polarity))
			continue
		}
		used[hit] = true
		s.tp++
		ok0, n0 := s.attrOK, s.attrN
		s.attrOK, s.attrN = attrs(s.attrOK, s.attrN, ge, evs[hit], names)
		if s.attrN-n0 != s.attrOK-ok0 {
			e := evs[hit]
			s.misses = append(s.misses, fmt.Sprintf("attributes of %s «%s»: date %v modality %s attributed %v; want date %v modality %v attributed %v",
				e.Type, *e.Trigger, deref(e.Date), e.Modality, names[deref(e.AttributedTo)], deref(ge.Date), ge.Modality, ge.AttributedTo))
		}
	}
	for _, oe := range g.OptionalEvents {
		for i, ev := range evs {
			if !used[i] && evMatch(oe, ev, names) {
				used[i] = true
				break
			}
		}
	}
	for i, ev := range evs {
		if !used[i] {
			s.fp++
			s.extra = append(s.extra, fmt.Sprintf("%s %v->%v «%s»", ev.Type, nm(ev.Source, names), nm(ev.Target, names), *ev.Trigger))
		}
	}
	return s
}

// attrs adds the date, modality and attribution checks of a matched event.
func attrs(ok, n int, ge goldtest.Event, ev isnad.Event, names map[string]string) (int, int) {
	if ge.Date != nil {
		n++
		if ev.Date != nil && strings.HasPrefix(*ev.Date, *ge.Date) {
			ok++
		}
	}
	if ge.Modality != nil {
		n++
		if slices.Contains(*ge.Modality, ev.Modality) {
			ok++
		}
	}
	if ge.AttributedTo != nil {
		n++
		w := "*unnamed*"
		if ev.AttributedTo != nil && names[*ev.AttributedTo] != "" {
			w = names[*ev.AttributedTo]
		}
		if slices.Contains(*ge.AttributedTo, w) {
			ok++
		}
	}
	return ok, n
}

func nm(ids []string, names map[string]string) []string {
	var out []string
	for _, x := range ids {
		out = append(out, names[x])
	}
	return out
}

// TestSeeds measures Find on the seed articles against the gold events,
// with oracle entities and no quotes, scoring as score.py does. It is a
// measurement, not a tuning target: there are unseen gold sets. The floor
// only catches a collapse.
func TestSeeds(t *testing.T) {
	var total seedScore
	for _, seed := range goldtest.Seeds(t) {
		d, names := oracleDoc(seed)
		evs := Find(d, Options{})
		s := scoreEvents(seed.Gold, evs, names)
		if os.Getenv("EVENT_DEBUG") != "" && strings.Contains(seed.Name, os.Getenv("EVENT_DEBUG")) {
			logEvents(t, d, evs, names)
		}
		p, r, f1 := goldtest.PRF(s.tp, s.fp, s.fn)
		t.Logf("%s.json: P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d) attributes %d/%d", seed.Name, p, r, f1, s.tp, s.fp, s.fn, s.attrOK, s.attrN)
		for _, m := range s.misses {
			t.Logf("  miss %s", m)
		}
		for _, x := range s.extra {
			t.Logf("  extra %s", x)
		}
		total.tp, total.fp, total.fn = total.tp+s.tp, total.fp+s.fp, total.fn+s.fn
		total.attrOK, total.attrN = total.attrOK+s.attrOK, total.attrN+s.attrN
	}
	p, r, f1 := goldtest.PRF(total.tp, total.fp, total.fn)
	t.Logf("all seeds: P %.3f R %.3f F1 %.3f attributes %d/%d", p, r, f1, total.attrOK, total.attrN)
	if f1 < 0.6 {
		t.Errorf("events F1 %.3f on the seeds, below the floor 0.6", f1)
	}
}

// logEvents prints every sentence with the events found in it, for a
// developer reading why a seed scores as it does (EVENT_DEBUG=seed-name).
func logEvents(t *testing.T, d *isnad.Document, evs []isnad.Event, names map[string]string) {
	text := []rune(d.Text)
	for _, sp := range d.Sentences {
		t.Logf("S %s", string(text[sp[0]:sp[1]]))
		for _, ev := range evs {
			if sp[0] <= ev.Start && ev.Start < sp[1] {
				t.Logf("   -> %s %v->%v %s %s «%s»", ev.Type, nm(ev.Source, names), nm(ev.Target, names), ev.Polarity, ev.Modality, *ev.Trigger)
			}
		}
	}
}
