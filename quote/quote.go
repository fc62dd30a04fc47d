// Package quote finds reported speech in an article's main text: who said
// what, in their own words (direct quotes, inside quotation marks) or
// reported (indirect speech after إن/أن), according to whom (the relay
// chain of agencies and papers the words came through) and when.
//
// It owns the rules of Arabic news attribution: reporting verbs with their
// subject before or after them (قال X إن ..., X قال إن ...), nominal cues
// (وفقا لـ X، بحسب X، في بيان), relays (نقلت X عن Y قوله، ذكرت X نقلا عن
// Y), continuation (وأضاف، مضيفا) and anaphora (المسؤول، المتحدث باسم X).
// Words, cues and anaphors are data: see lexicon/README.md. Entities and
// dates come from earlier stages; Find only points at them.
package quote

import (
	"sort"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Kinds of quote (isnad.Quote.Kind).
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Options tune Find. The zero value works; there is nothing to tune yet,
// but the stage signature keeps room for it.
type Options struct{}

// Find returns the quotes of text, in text order. sentences are the spans
// of arabic.Sentences (computed when nil); entities are the document's
// entities, with mentions as code point spans into text; dates are its
// date expressions. Speaker and Via point at entity ids; a speaker that is
// no entity (مسؤول أمريكي) is kept as SpeakerText with a nil Speaker.
// Quotes never overlap: speech reported within reported speech stays in
// the outer quote. A quote that continues the last speaker (وأضاف) keeps
// that speaker's relay chain; Via is never nil.
func Find(text string, sentences []isnad.Span, entities []isnad.Entity, dates []isnad.DateRef, opts Options) []isnad.Quote {
	if text == "" {
		return nil
	}
	if sentences == nil {
		sentences = arabic.Sentences(text)
	}
	d := newDoc(text, entities, dates)
	defer d.release()
	for _, s := range sentences {
		if s[0] < 0 || s[1] > len(d.rs) || s[0] >= s[1] {
			continue
		}
		d.sentence(s[0], s[1])
	}
	sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].Start < d.quotes[j].Start })
	return d.quotes
}
