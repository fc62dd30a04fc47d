package quote_test

import (
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/quote"
)

func ExampleFind() {
	text := "ونقلت وكالة الأنباء الأردنية عن الوزير أيمن الصفدي قوله: “الحدود ستبقى مغلقة”. وأضاف أن المعبر سيفتح الشهر المقبل."
	entities := []isnad.Entity{
		{ID: "E1", Type: "ORG", Name: "وكالة الأنباء الأردنية", Mentions: []isnad.Span{{6, 28}}},
		{ID: "E2", Type: "PERS", Name: "أيمن الصفدي", Mentions: []isnad.Span{{40, 51}}},
	}
	for _, q := range quote.Find(text, nil, entities, nil, quote.Options{}) {
		fmt.Printf("%s %s via %v (%s): %s\n", q.Kind, *q.Speaker, q.Via, *q.Cue, q.Text)
	}
	// Output:
	// direct E2 via [E1] (ونقلت): الحدود ستبقى مغلقة
	// indirect E2 via [E1] (وأضاف): المعبر سيفتح الشهر المقبل
}
