// Package link owns the step from tagged text to the document's entities:
// it finds names with the NER tagger and with a gazetteer of the knowledge
// base, merges the two, folds every spelling, short form and standing-for
// capital of one referent into one isnad.Entity, links it to the knowledge
// base where it can, and reads the titles the article gives people.
//
// Mention spans are code point offsets into the text, end exclusive. A span
// covers the name as printed without the proclitics و ف ب ل ك in front of
// it, but with the article ال kept where the text prints it (الكرملين,
// الولايات المتحدة): the article is part of how such names are written, and
// the scorer folds it away anyway. Where ل + ال is written لل (للأمم
// المتحدة), the alef is not in the text, so the span starts after لل.
//
// The steps, in the order Entities runs them (the order matters where
// noted):
//
//  1. gazetteer.go: every knowledge base name in the folded text, one
//     Aho-Corasick pass, Arabic clitic boundaries, longest match wins;
//  2. nerspans.go: the tagger's names, trimmed of clitics, titles,
//     particles and pronoun suffixes, linked by spelling;
//  3. merge.go, persons.go: the two merged (known names win over the
//     tagger's reading of the same words), first and given names joined to
//     surnames, one-word matches without support dropped (a person in
//     office spelled as his name needs none). This needs both sets, so it
//     runs after 1 and 2;
//  4. orgs.go: organisation names widened (ministries, adjectives, لل
//     complements), and a state's institutions named by head and adjective
//     (الداخلية البحرينية، الجيش اللبناني);
//  5. junk.go: the tagger's non-names dropped (stop.txt, notname.txt,
//     nationality adjectives, lone adjectives). After 4, so that a widened
//     name is judged whole;
//  6. capitals.go: capitals acting for their state re-linked to it;
//     kingdom.go: a bare المملكة linked to the one kingdom the article
//     names; honorifics.go: a title that names one state's office by
//     itself (خادم الحرمين الشريفين) read as the holder on the publication
//     date, when the article names him;
//  7. roles.go: titles with no name read as office holders (needs the
//     linked persons of 1–6);
//  8. entities.go, shortforms.go: mentions grouped by entry or phonetic
//     key, short forms joined, roles read, IDs given in order of first
//     mention.
//
// SpeakerNames (speakers.go) runs later, on the quotes: it adds the people
// a reporting clause names whom the tagger missed.
package link

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/kb"
	"github.com/isnad/isnad/ner"
)

// Options configure Entities. The zero value uses the built-in knowledge
// base and tagger and reads titles without a date.
type Options struct {
	KB  *kb.KB     // nil: kb.Default()
	NER *ner.Model // nil: ner.Default()
	// Published is the article's ISO date, so that a title with no name
	// ("الرئيس الروسي") can be read as whoever held the office then.
	Published string
}

// Entities finds the people, organisations, places and named things of text
// and returns one entity per referent, with IDs E1, E2, ... in the order of
// their first mention. sentences are the sentence spans of text in code
// points; nil means the whole text is one sentence.
func Entities(text string, sentences []isnad.Span, opts Options) ([]isnad.Entity, error) {
	k, m, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	d := newDoc(text, sentences, k)
	mt := matcherFor(k)
	ments := d.merge(d.gazetteer(mt), d.nerSpans(m))
	ments = d.dropJunk(d.organisations(d.quotedNames(ments)))
	d.trimLeadingNisba(ments)
	d.titledFirstName(ments, mt.titled)
	d.standFor(ments)
	// names read from the article's other names: المملكة, the chambers of
	// a Congress it names, the powers beside Iran
	for _, more := range []func([]*mention) []*mention{d.theKingdom, d.theChambers, d.worldPowers} {
		if m := more(ments); m != nil {
			ments = append(ments, m...)
			sortMentions(ments)
		}
	}
	if h := d.honorifics(ments, opts.Published); h != nil {
		ments = append(ments, h...)
		sortMentions(ments)
	}
	d.titledHolders(ments, opts.Published)
	return d.entities(ments), nil
}

func (o Options) resolve() (*kb.KB, *ner.Model, error) {
	k, m := o.KB, o.NER
	var err error
	if k == nil {
		if k, err = kb.Default(); err != nil {
			return nil, nil, fmt.Errorf("link: knowledge base: %w", err)
		}
	}
	if m == nil {
		if m, err = ner.Default(); err != nil {
			return nil, nil, fmt.Errorf("link: tagger: %w", err)
		}
	}
	return k, m, nil
}

// sortMentions orders mentions by position, longer first at equal starts.
//
// slices.SortStableFunc, not sort.SliceStable, whose reflection-built swap
// cost more than the comparisons; a stable sort's result is the same.
func sortMentions(ms []*mention) {
	slices.SortStableFunc(ms, func(a, b *mention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
}

// sortByLength orders mentions longest first, earliest first at equal
// length.
func sortByLength(ms []*mention) {
	slices.SortStableFunc(ms, func(a, b *mention) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(a.start, b.start)
	})
}
