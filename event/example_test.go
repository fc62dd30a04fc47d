package event_test

import (
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/event"
)

// A denial: the denied arms supply comes out as an AID event with
// polarity negative, attributed to the one who denies it.
func ExampleFind() {
	text := "نفت إيران يوم الأحد تزويد روسيا بطائرات مسيرة."
	d := &isnad.Document{
		Text:      text,
		Sentences: arabic.Sentences(text),
		Entities: []isnad.Entity{
			{ID: "E1", Type: "LOC", Name: "إيران", Mentions: []isnad.Span{{4, 9}}},
			{ID: "E2", Type: "LOC", Name: "روسيا", Mentions: []isnad.Span{{26, 31}}},
		},
		Dates: []isnad.DateRef{{Start: 10, End: 19, Text: "يوم الأحد", Value: "2024-03-03"}},
	}
	for _, e := range event.Find(d, event.Options{}) {
		fmt.Println(e.Type, *e.Mode, e.Source, "->", e.Target, e.Polarity, *e.AttributedTo, *e.Date, *e.Trigger)
	}
	// Output:
	// AID military [E1] -> [E2] negative E1 2024-03-03 تزويد
}
