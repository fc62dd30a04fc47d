package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// speakerWindow is how far, in code points, a quote's speaker phrase is
// looked for before the quote (or after it, for a trailing attribution).
const speakerWindow = 400

// SpeakerNames adds the people the quotes name that the tagger missed.
//
// A reporting clause spells its speaker out: "قال النائب عن حزب الكتائب
// سامي مراد إن ...". When the tagger did not read سامي مراد as a name, the
// quote keeps the phrase as its speaker text with no speaker, or, worse,
// points a description back at the last person quoted. A speaker phrase
// that ends in a known given name and one to three more name words (no
// article, title, particle or common word of the lists) names a person:
// SpeakerNames makes that person an entity, gives the quote that speaker,
// and gives later quotes whose speaker text is the surname alone ("ورأى
// مراد أن") the same person. ents and quotes are not modified; the
// returned slices are new when anything changed. k is the knowledge base
// that knows states' adjectives (the default one when nil).
func SpeakerNames(text string, ents []isnad.Entity, quotes []isnad.Quote, k *kb.KB) ([]isnad.Entity, []isnad.Quote) {
	if k == nil {
		var err error
		if k, err = kb.Default(); err != nil {
			return ents, quotes
		}
	}
	var found []spokenName
	var at byteOffsets // one walk over text for all the quotes, which come in order
	for i, q := range quotes {
		if q.SpeakerText == nil {
			continue
		}
		if n, ok := namedSpeaker(text, &at, ents, q, k); ok {
			// A speaker the quote found elsewhere is a description
			// pointed back at someone else: the phrase names its own.
			ents, quotes = withSpeaker(ents, quotes, i, n)
			found = append(found, n)
			continue
		}
		if q.Speaker == nil {
			done := false
			for _, n := range found {
				if surname, ok := surnameOf(text, &at, n, q); ok {
					ents, quotes = withSpeaker(ents, quotes, i, spokenName{name: n.name, span: surname})
					done = true
					break
				}
			}
			if n, ok := introduced(text, &at, ents, q, k); ok && !done {
				ents, quotes = withSpeaker(ents, quotes, i, n)
				found = append(found, n)
			}
		}
	}
	return ents, quotes
}

// introduced returns the person a one-word speaker text names by his
// surname when the article gave his full name before, outside any quote's
// speaker phrase: "أشار فيها الإعلامي غالب السهلي إلى ... وقال السهلي
// إن". The full name is a given name and name words ending in the
// surname, after a descriptor, as in a speaker phrase; the surname may
// carry the article (الشهراني، السهلي), as family names do.
func introduced(text string, at *byteOffsets, ents []isnad.Entity, q isnad.Quote, k *kb.KB) (spokenName, bool) {
	words := strings.Fields(*q.SpeakerText)
	if len(words) != 1 {
		return spokenName{}, false
	}
	w := strings.Trim(words[0], quotePunct)
	f := arabic.Fold(w)
	stem, _ := strings.CutPrefix(w, "ال") // a family name may carry the article
	if utf8.RuneCountInString(stem) < 3 || !nameWord(stem, k) || isTitleWord(f) || notSpeakerName[f] {
		return spokenName{}, false
	}
	end := at.clamped(text, q.Start)
	for hay := text[:end]; ; {
		i := strings.LastIndex(hay, w)
		if i < 0 {
			return spokenName{}, false
		}
		hay = hay[:i]
		if !wordAt(text, i, len(w)) {
			continue
		}
		before := strings.Fields(text[max(0, i-clauseWords*12):i])
		if j := lastBreak(before); j >= 0 {
			before = before[j+1:]
		}
		cand := append(before[max(0, len(before)-maxNameWords):len(before):len(before)], w)
		run := nameRun(cand, "", true, k)
		if run == 0 {
			continue
		}
		name := strings.Join(cand[len(cand)-run:], " ")
		start := strings.LastIndex(text[:i+len(w)], name)
		if start < 0 {
			continue
		}
		span := runeSpan(text, start, len(name))
		if mentioned(ents, span) {
			return spokenName{}, false // a name the tagger read: the quote module's to link
		}
		return spokenName{name: name, last: f, span: span}, true
	}
}

// lastBreak returns the index of the last of words that ends a sentence
// or clause, or -1.
func lastBreak(words []string) int {
	for j := len(words) - 1; j >= 0; j-- {
		if strings.ContainsAny(words[j], ".!?؟:،,\"«»“”") {
			return j
		}
	}
	return -1
}

// spokenName is a person's name as a speaker phrase writes it and where.
type spokenName struct {
	name string // the words as written
	last string // the folded last word, the surname
	span isnad.Span
}

// namedSpeaker returns the person q's speaker phrase ends in, or, when
// the quote has no speaker, the words right before it do ("قال النائب
// -عن القوات اللبنانية فادي كرم: إن"), when no entity covers those words.
func namedSpeaker(text string, at *byteOffsets, ents []isnad.Entity, q isnad.Quote, k *kb.KB) (spokenName, bool) {
	cue := ""
	if q.Cue != nil {
		cue = cutConjunction(arabic.Fold(*q.Cue))
	}
	words := strings.Fields(*q.SpeakerText)
	run := nameRun(words, cue, false, k)
	if run == 0 && q.Speaker == nil {
		words = clauseBefore(text, at, q.Start)
		run = nameRun(words, cue, false, k)
	}
	if run == 0 {
		return spokenName{}, false
	}
	name := strings.Join(words[len(words)-run:], " ")
	span, ok := locate(text, at, name, q)
	if !ok {
		return spokenName{}, false
	}
	if mentioned(ents, span) {
		return spokenName{}, false // the tagger or the knowledge base read these words already
	}
	return spokenName{name: name, last: arabic.Fold(words[len(words)-1]), span: span}, true
}

// mentioned reports whether a mention of ents overlaps span.
func mentioned(ents []isnad.Entity, span isnad.Span) bool {
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m[0] < span[1] && span[0] < m[1] {
				return true
			}
		}
	}
	return false
}

// clauseWords is how many words before a quote are read as its reporting
// clause.
const clauseWords = 8

// clauseBefore returns the words of the sentence right before code point
// at, without the complementiser, colon and quotation marks that open the
// quote. o is a walk over text.
func clauseBefore(text string, o *byteOffsets, at int) []string {
	start := o.clamped(text, max(0, at-clauseWords*12))
	end := o.clamped(text, at)
	if i := strings.LastIndexAny(text[start:end], ".!?؟\n"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[start+i:])
		start += i + n
	}
	words := strings.Fields(text[start:end])
	for len(words) > 0 {
		last := strings.Trim(words[len(words)-1], quotePunct)
		if last != "" && !complementiser[arabic.Fold(last)] {
			words[len(words)-1] = last
			break
		}
		words = words[:len(words)-1]
	}
	return words[max(0, len(words)-clauseWords):]
}

// quotePunct is what may cling to the last word of a reporting clause.
const quotePunct = ":،,\"'«»“”‘’()-–"

// complementiser words open reported speech.
var complementiser = map[string]bool{"ان": true, "بان": true, "انه": true, "بانه": true}

// maxNameWords is the longest name a speaker phrase is taken to end in.
const maxNameWords = 4

// minSpokenGivenName is how many Wikidata person names must use a word
// before it is taken for the given name of a speaker phrase: fewer than
// elsewhere (minGivenName), as the phrase says a name stands there.
const minSpokenGivenName = 5

// nameRun returns how many of the last words are a person's name, the
// longest that is a given name and then one to three name words, right
// after a descriptor that says a person is named next (a title, or a
// word with the article: "الصحافي السوري زيد قطريب"); 0 when they
// are not. Without one, "بيان صادر" and "أمين عام" would be names. The
// quote's cue word (folded, without و) is never part of it: in "رأى كرم"
// رأى is the verb, not the name Ray.
//
// surname says the last word is a family name checked already, which
// may carry the article (الشهراني).
func nameRun(words []string, cue string, surname bool, k *kb.KB) int {
	if len(words) < 3 || !surname && !nameWord(words[len(words)-1], k) {
		return 0
	}
	rest := 0 // the words after the given name that must be name words
	if surname {
		rest = 1
	}
	for n := min(maxNameWords, len(words)-1); n >= 2; n-- {
		run := words[len(words)-n:]
		first := arabic.Fold(run[0])
		if cutConjunction(first) != cue && !notSpeakerName[first] && givenNameOf(first, minSpokenGivenName) && k.Demonym(first) == nil &&
			allNameWords(run[1:len(run)-rest], k) && describesPerson(words[len(words)-n-1]) {
			return n
		}
	}
	return 0
}

// describesPerson reports whether written word w, right before a name,
// ends a description of its bearer: a title word, or a word with the
// article (السوري، الأوروبية، "عن حزب البعث").
func describesPerson(w string) bool {
	f := arabic.Fold(strings.Trim(w, quotePunct))
	return isTitleWord(f) || strings.HasPrefix(cutConjunction(f), "ال")
}

func allNameWords(ws []string, k *kb.KB) bool {
	for i, w := range ws {
		if !nameWord(w, k) && !(i < len(ws)-1 && nameLinks[arabic.Fold(w)]) {
			return false
		}
	}
	return true
}

// nameWord reports whether written word w can be part of a name: Arabic
// letters only, no article, and no title, particle or common word.
func nameWord(w string, k *kb.KB) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	f := arabic.Fold(w)
	if strings.HasPrefix(f, "ال") || isTitleWord(f) || nameLinks[f] || notSpeakerName[f] || k.Demonym(f) != nil {
		return false
	}
	for _, p := range []string{"بال", "لل", "كال", "وال", "فال"} {
		if strings.HasPrefix(f, p) {
			return false // "بالقول": a preposition and an article
		}
	}
	for _, suf := range []string{"هما", "هم", "ته", "تها", "تهم", "كم"} {
		if strings.HasSuffix(f, suf) {
			return false // "أصدرته", "أحدهما": a pronoun, no name
		}
	}
	bare := f
	if r, rest := firstRune(f); strings.ContainsRune("وفبلك", r) && utf8.RuneCountInString(rest) > 1 {
		bare = rest
	}
	return !isNotName(f) && !stopWords()[f] && !stopWords()[bare] && !notName()[bare] && !notSpeakerName[bare]
}

// notSpeakerName are words that end a speaker phrase ("مصدر أمني آخر",
// "قال لي", "الحركة دون إسهاب") without being a name, though the name
// list has them.
var notSpeakerName = map[string]bool{"لي": true, "اخر": true, "اخري": true, "احد": true, "بعض": true, "كل": true, "نفسه": true, "ايضا": true, "باسم": true,
	"فور": true, "دون": true, "بيت": true, "انا": true, "نحن": true, "هو": true, "هي": true}

// locate returns where the words name stand for quote q: the last time
// before the quote within speakerWindow, else the first time after it.
// o is a walk over text.
func locate(text string, o *byteOffsets, name string, q isnad.Quote) (isnad.Span, bool) {
	from := o.clamped(text, max(0, q.Start-speakerWindow))
	qs, qe := o.clamped(text, q.Start), o.clamped(text, q.End)
	if i := strings.LastIndex(text[from:qs], name); i >= 0 && wordAt(text, from+i, len(name)) {
		return runeSpan(text, from+i, len(name)), true
	}
	to := o.clamped(text, q.End+speakerWindow)
	if i := strings.Index(text[qe:to], name); i >= 0 && wordAt(text, qe+i, len(name)) {
		return runeSpan(text, qe+i, len(name)), true
	}
	return isnad.Span{}, false
}

// surnameOf returns where q's one-word speaker text, n's surname, stands.
func surnameOf(text string, o *byteOffsets, n spokenName, q isnad.Quote) (isnad.Span, bool) {
	words := strings.Fields(*q.SpeakerText)
	if len(words) != 1 || arabic.Fold(words[0]) != n.last {
		return isnad.Span{}, false
	}
	return locate(text, o, words[0], q)
}

// wordAt reports whether the n bytes at byte i of text are whole words.
func wordAt(text string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	return (i == 0 || !unicode.IsLetter(before)) && (i+n == len(text) || !unicode.IsLetter(after))
}

// withSpeaker makes n quote i's speaker, as a new person or a mention of
// the one it already is.
func withSpeaker(ents []isnad.Entity, quotes []isnad.Quote, i int, n spokenName) ([]isnad.Entity, []isnad.Quote) {
	id, ents := Merge(ents, isnad.Entity{Type: "PERS", Name: n.name, Mentions: []isnad.Span{n.span}})
	quotes = append([]isnad.Quote(nil), quotes...)
	quotes[i].Speaker = &id
	return ents, quotes
}

// clamped returns the byte offset of code point r of text, clamped to its
// length: a negative r, which no quote has, is past the end too.
func (o *byteOffsets) clamped(text string, r int) int {
	if r < 0 {
		return len(text)
	}
	return o.of(text, r)
}

// runeSpan converts n bytes at byte i of text to a code point span.
func runeSpan(text string, i, n int) isnad.Span {
	s := utf8.RuneCountInString(text[:i])
	return isnad.Span{s, s + utf8.RuneCountInString(text[i:i+n])}
}
