package document

import (
	"strconv"
	"unicode"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// withCredits makes sure every credited agency has a mention in the main
// text. A credit that the page printed only in a line of furniture (a
// trailing "المصدر: رويترز") would otherwise have no place in the text, and
// the contract wants both the agency as an entity and every entity mentioned
// in the text. So the agency's name as printed is kept as a last paragraph of
// its own, where such a credit stands in print; the label and the full line
// go to Removed as before. Credits with no Arabic name as printed (a bare
// URL) are left out rather than invented.
func withCredits(text string, credits []isnad.Credit) string {
	if len(credits) == 0 {
		return text
	}
	folded := arabic.FoldMap(text)
	for _, c := range credits {
		if len(mentionsOf(folded, c)) > 0 || arabic.ArabicRatio(c.Text) == 0 {
			continue
		}
		text += paragraphSep + c.Text
		folded = arabic.FoldMap(text)
	}
	return text
}

// addCredits adds one ORG entity per credited agency, with every mention
// of it in the text, and lists them in Document.Agencies.
func addCredits(d *isnad.Document, folded arabic.Folded, credits []isnad.Credit) {
	seen := map[string]string{}
	for _, c := range credits {
		key := c.NameEn
		if key == "" {
			key = arabic.Fold(c.Name)
		}
		if id, ok := seen[key]; ok {
			mergeMentions(d, id, mentionsOf(folded, c))
			continue
		}
		spans := mentionsOf(folded, c)
		if len(spans) == 0 {
			continue
		}
		name := c.Name
		if name == "" {
			name = c.Text
		}
		id := addEntity(d, isnad.Entity{
			Type:     "ORG",
			Subtype:  isnad.OrNull("agency"),
			Name:     name,
			NameEn:   isnad.OrNull(c.NameEn),
			KB:       isnad.OrNull(c.KB),
			Roles:    []string{},
			Mentions: spans,
		})
		seen[key] = id
		d.Agencies = append(d.Agencies, id)
	}
}

// addDateline adds the dateline place as a LOC entity, mentioned where it
// stands at the head of the text.
func addDateline(d *isnad.Document, folded arabic.Folded, place string) {
	if place == "" {
		return
	}
	spans := findAll(folded, place)
	if len(spans) == 0 {
		return
	}
	id := addEntity(d, isnad.Entity{
		Type:     "LOC",
		Subtype:  isnad.OrNull("city"),
		Name:     place,
		Roles:    []string{},
		Mentions: spans,
	})
	d.Dateline = &id
}

func addEntity(d *isnad.Document, e isnad.Entity) string {
	e.ID = "E" + strconv.Itoa(len(d.Entities)+1)
	d.Entities = append(d.Entities, e)
	return e.ID
}

func mergeMentions(d *isnad.Document, id string, spans []isnad.Span) {
	for i := range d.Entities {
		if d.Entities[i].ID != id {
			continue
		}
		for _, s := range spans {
			if !hasSpan(d.Entities[i].Mentions, s) {
				d.Entities[i].Mentions = append(d.Entities[i].Mentions, s)
			}
		}
	}
}

func hasSpan(spans []isnad.Span, s isnad.Span) bool {
	for _, x := range spans {
		if x == s {
			return true
		}
	}
	return false
}

// mentionsOf finds a credit in the text under the spelling the page printed
// and under its canonical name.
func mentionsOf(folded arabic.Folded, c isnad.Credit) []isnad.Span {
	var out []isnad.Span
	for _, s := range []string{c.Text, c.Name} {
		for _, sp := range findAll(folded, s) {
			if !hasSpan(out, sp) {
				out = append(out, sp)
			}
		}
	}
	return out
}

// findAll returns the spans (code points of the original text) where needle
// occurs as whole words in the folded text. A word may carry one or two
// proclitic letters (و ف ب ل ك: "لوكالة", "ولرويترز"), which stay outside
// the span.
func findAll(folded arabic.Folded, needle string) []isnad.Span {
	n := []rune(arabic.Fold(needle))
	if len(n) == 0 {
		return nil
	}
	hay := folded.Runes()
	var out []isnad.Span
	for i := 0; i+len(n) <= len(hay); i++ {
		if !runesAt(hay, i, n) || !leftBoundary(hay, i) || !rightBoundary(hay, i+len(n)) {
			continue
		}
		out = append(out, isnad.Span{folded.Orig(i), folded.Orig(i + len(n))})
		i += len(n) - 1
	}
	return out
}

func runesAt(hay []rune, i int, n []rune) bool {
	for j, r := range n {
		if hay[i+j] != r {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// leftBoundary accepts a match at i when it starts a word, or follows
// proclitics that start the word in their legal order: one of و ف ب ل ك,
// or a conjunction (و ف) then a preposition (ب ل ك).
func leftBoundary(hay []rune, i int) bool {
	starts := func(j int) bool { return j == 0 || !isWordRune(hay[j-1]) }
	switch {
	case starts(i):
		return true
	case isProclitic(hay[i-1]) && starts(i-1):
		return true
	case i >= 2 && isPreposition(hay[i-1]) && isConjunction(hay[i-2]) && starts(i-2):
		return true
	}
	return false
}

func rightBoundary(hay []rune, i int) bool { return i == len(hay) || !isWordRune(hay[i]) }

func isProclitic(r rune) bool { return isConjunction(r) || isPreposition(r) }

func isConjunction(r rune) bool { return r == 'و' || r == 'ف' }

func isPreposition(r rune) bool { return r == 'ب' || r == 'ل' || r == 'ك' }
