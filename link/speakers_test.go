package link

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// spoken is a quote of a speakers test: its words, the speaker phrase and
// cue the quote stage kept, and the speaker it resolved (an entity name, or
// "" for none).
type spoken struct {
	text, speakerText, cue, speaker string
}

func TestSpeakerNames(t *testing.T) {
	k, err := testKB()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		text     string
		ents     []string // names of PERS entities the tagger found, each mentioned once
		quotes   []spoken
		want     []string // each quote's speaker after SpeakerNames ("" for none)
		wantPers []string // the PERS entities after it
	}{{
		name:     "title and adjective before a name the tagger missed",
		text:     "وقال النائب السوري عن حزب البعث سامي مراد إن الحكومة ستعلن خطتها غدا.",
		quotes:   []spoken{{"الحكومة ستعلن خطتها غدا", "النائب السوري عن حزب البعث سامي مراد", "قال", ""}},
		want:     []string{"سامي مراد"},
		wantPers: []string{"سامي مراد"},
	}, {
		name: "the surname alone later is the same person",
		text: "وقال المحلل السياسي كمال شديد إن الأزمة ستطول. ورأى شديد أن الحل بعيد.",
		quotes: []spoken{
			{"الأزمة ستطول", "المحلل السياسي كمال شديد", "قال", ""},
			{"الحل بعيد", "شديد", "رأى", ""},
		},
		want:     []string{"كمال شديد", "كمال شديد"},
		wantPers: []string{"كمال شديد"},
	}, {
		name: "a description pointed back at the last person quoted names its own",
		text: "وقال عمرو موسى إن الاتفاق صامد. وأكد المحلل السياسي كمال شديد أن الوضع سيتدهور.",
		ents: []string{"عمرو موسى"},
		quotes: []spoken{
			{"الاتفاق صامد", "عمرو موسى", "قال", "عمرو موسى"},
			{"الوضع سيتدهور", "المحلل السياسي كمال شديد", "أكد", "عمرو موسى"},
		},
		want:     []string{"عمرو موسى", "كمال شديد"},
		wantPers: []string{"عمرو موسى", "كمال شديد"},
	}, {
		name:     "the words before the quote when the phrase stopped short",
		text:     "قال النائب السوري -عن حزب البعث- فادي كرم: إن الانتخابات ستجري في موعدها.",
		quotes:   []spoken{{"الانتخابات ستجري في موعدها", "النائب السوري", "قال", ""}},
		want:     []string{"فادي كرم"},
		wantPers: []string{"فادي كرم"},
	}, {
		name:   "no descriptor: a noun and its adjective are no name",
		text:   "وقال بيان صادر عن الوزارة إن الاجتماع سيعقد الأحد.",
		quotes: []spoken{{"الاجتماع سيعقد الأحد", "بيان صادر", "قال", ""}},
		want:   []string{""},
	}, {
		name:   "the cue verb is no given name",
		text:   "وفي الشأن الاقتصادي، رأى الوزير السوري كرم أن الأسعار سترتفع.",
		quotes: []spoken{{"الأسعار سترتفع", "الوزير السوري كرم", "رأى", ""}},
		want:   []string{""},
	}, {
		name:   "a state's adjective and another are no name",
		text:   "وقال مصدر أمني سوري آخر إن الحدود مغلقة.",
		quotes: []spoken{{"الحدود مغلقة", "مصدر أمني سوري آخر", "قال", ""}},
		want:   []string{""},
	}, {
		name: "a surname, with the article, whose full name came before outside a quote",
		text: "وافتتح الحفل الإعلامي غالب السهلي بكلمة عن المهرجان. وقال السهلي إن المهرجان سيستمر أسبوعا.",
		quotes: []spoken{
			{"المهرجان سيستمر أسبوعا", "السهلي", "قال", ""},
		},
		want:     []string{"غالب السهلي"},
		wantPers: []string{"غالب السهلي"},
	}, {
		name: "a one-word description is no surname",
		text: "وافتتح الحفل مدير المهرجان في الرياض. وقال المدير إن المهرجان سيستمر أسبوعا.",
		quotes: []spoken{
			{"المهرجان سيستمر أسبوعا", "المدير", "قال", ""},
		},
		want: []string{""},
	}, {
		name: "a surname seen before with no given name stays unnamed",
		text: "وزار الوفد مزرعة السهلي في الخرج. وقال السهلي إن المزرعة ستتوسع.",
		quotes: []spoken{
			{"المزرعة ستتوسع", "السهلي", "قال", ""},
		},
		want: []string{""},
	}, {
		name:     "a name the tagger found stays as it is",
		text:     "وقال المتحدث باسم الحكومة سامي مراد إن الوزير سيزور دمشق.",
		ents:     []string{"سامي مراد"},
		quotes:   []spoken{{"الوزير سيزور دمشق", "المتحدث باسم الحكومة سامي مراد", "قال", "سامي مراد"}},
		want:     []string{"سامي مراد"},
		wantPers: []string{"سامي مراد"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents := make([]isnad.Entity, 0, len(c.ents))
			for i, n := range c.ents {
				ents = append(ents, isnad.Entity{ID: "E" + string(rune('1'+i)), Type: "PERS", Name: n, Mentions: []isnad.Span{runeSpanOf(t, c.text, n)}})
			}
			var quotes []isnad.Quote
			for _, q := range c.quotes {
				span := runeSpanOf(t, c.text, q.text)
				st, cue := q.speakerText, q.cue
				x := isnad.Quote{SpeakerText: &st, Cue: &cue, Text: q.text, Start: span[0], End: span[1]}
				if q.speaker != "" {
					x.Speaker = &ents[indexOfName(ents, q.speaker)].ID
				}
				quotes = append(quotes, x)
			}
			gotEnts, gotQuotes := SpeakerNames(c.text, ents, quotes, k)
			for i, q := range gotQuotes {
				got := ""
				if q.Speaker != nil {
					got = gotEnts[indexOfID(gotEnts, *q.Speaker)].Name
				}
				if got != c.want[i] {
					t.Errorf("quote %d speaker = %q, want %q", i, got, c.want[i])
				}
			}
			var pers []string
			for _, e := range gotEnts {
				if e.Type == "PERS" {
					pers = append(pers, e.Name)
				}
			}
			if strings.Join(pers, "|") != strings.Join(c.wantPers, "|") {
				t.Errorf("persons = %q, want %q", pers, c.wantPers)
			}
			for i, q := range quotes {
				if (q.Speaker == nil) != (c.quotes[i].speaker == "") {
					t.Errorf("SpeakerNames changed quote %d of its input", i)
				}
			}
		})
	}
}

// runeSpanOf returns the code point span of the first s in text.
func runeSpanOf(t *testing.T, text, s string) isnad.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	start := utf8.RuneCountInString(text[:i])
	return isnad.Span{start, start + utf8.RuneCountInString(s)}
}

func indexOfName(ents []isnad.Entity, name string) int {
	for i, e := range ents {
		if e.Name == name {
			return i
		}
	}
	return -1
}

func indexOfID(ents []isnad.Entity, id string) int {
	for i, e := range ents {
		if e.ID == id {
			return i
		}
	}
	return -1
}
