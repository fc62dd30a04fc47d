package event

import (
	"slices"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

var plover = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// fuzzDoc makes a document of any text: every third word an entity, the
// middle third a quote by the first entity, every word starting with ي a
// date.
func fuzzDoc(text string) *isnad.Document {
	d := &isnad.Document{Text: text, Sentences: arabic.Sentences(text)}
	toks := arabic.Tokenize(text)
	for i, t := range toks {
		switch {
		case i%3 == 0 && t.Kind == arabic.Word:
			typ := [...]string{"LOC", "PERS", "ORG", "MISC"}[i%4]
			d.Entities = append(d.Entities, isnad.Entity{ID: "E" + string(rune('a'+len(d.Entities)%26)) + t.Text,
				Type: typ, Name: t.Text, Mentions: []isnad.Span{{t.Start, t.End}}})
		case len(t.Text) > 1 && t.Text[:len("ي")] == "ي":
			d.Dates = append(d.Dates, isnad.DateRef{Start: t.Start, End: t.End, Text: t.Text, Value: "2024"})
		}
	}
	if n := len([]rune(text)); n >= 3 {
		q := isnad.Quote{Start: n / 3, End: 2 * n / 3, Kind: "direct"}
		if len(d.Entities) > 0 {
			q.Speaker = &d.Entities[0].ID
		}
		d.Quotes = []isnad.Quote{q}
	}
	return d
}

// FuzzFind checks the contract's properties on any text: no panic, known
// types and values, references into the document, trigger spans inside
// the text and equal to the trigger, and the same result twice.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"نفت إيران تزويد روسيا بصواريخ. اتهمت أوكرانيا روسيا بقصف خاركيف.",
		"وقال بلينكن: \"الصين ستضغط على كوريا الشمالية\". التقى شكري فيدان في القاهرة يوم الخميس.",
		"اتفقت مصر والسودان على تعزيز التعاون، وقد تفرض بريطانيا عقوبات على روسيا.",
		"", "و", "لم", "\xff\xfe", "الذي التقى، الذي زار",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := fuzzDoc(text)
		evs := Find(d, Options{})
		if again := Find(d, Options{}); len(again) != len(evs) {
			t.Fatalf("two runs gave %d and %d events", len(evs), len(again))
		}
		checkEvents(t, d, evs)
	})
}

func checkEvents(t *testing.T, d *isnad.Document, evs []isnad.Event) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range d.Entities {
		ids[e.ID] = true
	}
	rs := []rune(d.Text)
	for _, ev := range evs {
		refs := append(append(slices.Clone(ev.Source), ev.Target...), deref(ev.AttributedTo), deref(ev.Location))
		for _, r := range refs {
			if r != "" && !ids[r] {
				t.Fatalf("%s event refers to %q, no entity", ev.Type, r)
			}
		}
		switch {
		case !slices.Contains(plover, ev.Type):
			t.Fatalf("type %q is not PLOVER's", ev.Type)
		case ev.Polarity != "positive" && ev.Polarity != "negative":
			t.Fatalf("polarity %q", ev.Polarity)
		case ev.Modality != "asserted" && ev.Modality != "planned" && ev.Modality != "possible":
			t.Fatalf("modality %q", ev.Modality)
		case len(ev.Source) == 0:
			t.Fatalf("%s event without a source", ev.Type)
		case !(0 <= ev.Start && ev.Start < ev.End && ev.End <= len(rs)):
			t.Fatalf("span [%d,%d) outside a text of %d", ev.Start, ev.End, len(rs))
		case ev.Trigger == nil || string(rs[ev.Start:ev.End]) != *ev.Trigger:
			t.Fatalf("trigger %v is not the text of its span", ev.Trigger)
		case ev.Quote != nil && (*ev.Quote < 0 || *ev.Quote >= len(d.Quotes)):
			t.Fatalf("quote index %d out of %d", *ev.Quote, len(d.Quotes))
		}
	}
}
