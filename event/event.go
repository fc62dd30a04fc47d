// Package event finds PLOVER events in an article: who did what to whom,
// when, where, and according to whom. It reads a Document whose text,
// sentences, entities, quotes, dates and publication date the earlier
// stages filled, and returns its Events.
//
// Triggers come from an Arabic lexicon kept as data (lexicon/, see its
// README): verbs in their persons and numbers, masdars for nominal
// sentences, and phrases. Actors are the document's entities (people,
// organisations, places standing for their states), read off the
// sentence's shape:
//   - verb: the subject is the actor just before the verb (SVO, "بيلوسوف
//     التقى") or just after it (VSO, "التقى بيلوسوف"); a verb with a dual
//     or plural ending carries its subject, which then stands before it.
//     The next actor after the subject is the target;
//   - noun: the genitive right after it is the source ("زيارة بيلوسوف"),
//     or the target for supplies and aid ("تزويد روسيا بأسلحة"); the next
//     actor after is the target; "بين X وY" gives both parties;
//   - an event without a subject of its own takes it from the verb that
//     governs it: the accused of an accusation ("اتهمت X Y بإرسال ..."),
//     the denier of a denial, the subject of the verb before it.
//
// Decisions the contract leaves open, written down here:
//   - criticism and condemnation (انتقد، أدان، ندد) are ACCUSE, as in
//     PLOVER, which folded DISAPPROVE into ACCUSE; PROTEST is kept for
//     demonstrations and formal protests (احتج، تظاهر);
//   - a denial gives the denied event with polarity negative, attributed
//     to the denier; a denial with no event in it is a REJECT, unless its
//     object is a clause (نفى أن يكون ...: a statement, no event);
//     rejecting a charge (رفض اتهامات بأن ...) is a denial of what it
//     charges, and denying "that" (تنفي ذلك) negates the acts charged
//     before it in the sentence; a negated refusal (لا تستبعد) is none;
//   - the act a charge or a denial is about needs no named target; other
//     acts of the types that need one (aid, support, meetings ...) do,
//     except a body approving a deal on its own (وافق على الاتفاق);
//   - an event dated after the publication date is planned;
//   - the date is the date expression of the event's sentence nearest to
//     the trigger, else the date of the quote holding it, else the
//     publication date for the first two sentences (the lead reports the
//     news peg), else null: later sentences are mostly background about
//     other days;
//   - the location is a place introduced by في after the trigger; a
//     recall or expulsion with no target of its own is aimed at the state
//     whose capital is its location ("استدعت سفيرها في طهران");
//   - an actor after أمام, خلال, عبر only witnesses the event: it is
//     neither its source nor its target ("ندد X أمام الكونغرس بـ...");
//   - a meeting or agreement between one named party and others not
//     named ("الاتفاق بين إيران والقوى الكبرى") is reported with the
//     named party alone; other symmetric events need both sides;
//   - an event whose subject is not in its sentence takes, in order, the
//     antecedent of its relative clause, the subject of the verb before,
//     the clause's first subject, the speaker of its quote, and for a
//     sentence that opens on و and the verb, the speaker quoted in the
//     sentence before; a common-noun subject after أن ("إن ممثلين ...
//     سيتوجهون") stops the search: the event is nobody's named;
//   - a submitted draft resolution (تقدمت X بمشروع قرار) is a REQUEST
//     to the voting body named before it when the sentence names none;
//     اتهم written straight before its charge with ب and no object is
//     the passive ("was accused of"): no one named accuses;
//   - one event per trigger; a verb and the noun it needs ("فرض
//     عقوبات") are one trigger; events that agree on type, polarity,
//     modality, attribution and actors are reported once per document.
package event

import (
	"github.com/isnad/isnad"
	"github.com/isnad/isnad/kb"
)

// Options tunes Find. The zero value is ready to use.
type Options struct {
	// KB tells which state a capital is the capital of, so that
	// "استدعت سفيرها في طهران" recalls the ambassador from Iran. Nil
	// means the built-in knowledge base (kb.Default).
	KB *kb.KB
}

// Find returns the events of a document whose Text, Sentences, Entities,
// Quotes, Dates and Published the earlier stages filled, in text order.
// Entity, quote and date references point into d. A document without
// sentences is split with arabic.Sentences.
func Find(d *isnad.Document, opts Options) []isnad.Event {
	if d == nil || d.Text == "" {
		return nil
	}
	k := opts.KB
	if k == nil {
		k, _ = kb.Default() // without it no capital stands for its state
	}
	f := newFinder(d, k)
	defer f.tables.release()
	var out []isnad.Event
	for s := range f.sents {
		out = append(out, f.sentence(s)...)
	}
	return dedupe(out)
}
