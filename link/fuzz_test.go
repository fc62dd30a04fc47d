package link

import (
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// FuzzEntities checks the properties every output must have, on any text:
// no panic, mentions inside the text on word boundaries and never
// overlapping, spelled as their entity, ids in order of first mention.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"وقال الرئيس فلاديمير بوتين إن روسيا لن تتراجع.",
		"وقالت موسكو وبيونغ يانغ إن المحادثات مستمرة، وأضاف بوتن: «لا».",
		"للأمم المتحدة ولروسيا وبالكرملين",
		"كوفيد-19 سي4 ال ال الالالا وو",
		"",
		"بوتين\u064Bكيم\u0640",
	} {
		f.Add(s)
	}
	opts := testOptions(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		sents := arabic.Sentences(text)
		// The whole text as one sentence, its sentences, and only the
		// first of them: the caller's spans need not cover the text.
		for _, ss := range [][]isnad.Span{nil, sents, sents[:min(1, len(sents))]} {
			ents, err := Entities(text, ss, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkEntities(t, "fuzz", text, ents, opts.KB)
		}
	})
}
