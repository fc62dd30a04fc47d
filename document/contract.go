package document

import (
	"slices"

	"github.com/isnad/isnad"
)

// tidy puts the stages' results into the contract's shape, in one place:
// lists are [] rather than null, and an entity's mentions are in text order
// with none repeated or nested in another (the agency a page credits and the
// same name found by the tagger can overlap once merged).
func tidy(d *isnad.Document) {
	for i := range d.Quotes {
		if d.Quotes[i].Via == nil {
			d.Quotes[i].Via = []string{}
		}
	}
	for i := range d.Events {
		ev := &d.Events[i]
		if ev.Source == nil {
			ev.Source = []string{}
		}
		if ev.Target == nil {
			ev.Target = []string{}
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Roles == nil {
			e.Roles = []string{}
		}
		e.Mentions = outermost(e.Mentions)
	}
}

// outermost sorts spans and drops those inside another one.
func outermost(spans []isnad.Span) []isnad.Span {
	slices.SortFunc(spans, func(a, b isnad.Span) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1] // the longer first, so it swallows the shorter
	})
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s[1] <= out[n-1][1] {
			continue
		}
		out = append(out, s)
	}
	return out
}
