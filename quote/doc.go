package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Clitic letters stripped before a lexicon lookup.
const (
	conjWaw = string(arabic.Waw)
	conjFeh = string(arabic.Feh)
	prepLam = string(arabic.Lam)
	prepBeh = string(arabic.Beh)
	article = string(arabic.Alef) + string(arabic.Lam)
	// pluralAlef ends a plural past verb (قالوا): the silent alef after waw
	pluralAlef = string(arabic.Waw) + string(arabic.Alef)
	// perfectLaqad (لقد) only ever comes before a past verb
	perfectLaqad = string(arabic.Lam) + string(arabic.Qaf) + string(arabic.Dal)
)

// mention is one entity mention, as an index into doc.ents.
type mention struct{ start, end, ent int }

// doc is the state of one Find call: the text as code points and tokens,
// the entity mentions in text order, and the quotes found so far.
type doc struct {
	lex    *lexicon
	rs     []rune
	toks   []arabic.Token
	folded []string // Fold of each word token, "" for the rest
	bares  []string // folded without a leading و or ف (see bare)
	ents   []isnad.Entity
	ments  []mention
	dates  []isnad.DateRef
	segs   []segment
	// quoted marks the runes inside quotation marks, and opening maps an
	// opening mark's rune to its segment: both asked for every word.
	quoted  []bool
	opening map[int]int

	quotes     []isnad.Quote
	last       who   // the speaker of the last quote, for وأضاف and pronouns
	lastSent   int   // index of the sentence the last quote was in
	lastDirect bool  // the last quote was in quotation marks
	history    []who // the last named speakers with a known gender, oldest first
	// prevSubject is the person a sentence without quotes was about; a
	// وأضاف right after it continues that person (ودعا بلينكن ... وأضاف أن).
	prevSubject     who
	prevSubjectSent int
	nSent           int // sentences seen so far
}

func newDoc(text string, entities []isnad.Entity, dates []isnad.DateRef) *doc {
	d := docs.Get().(*doc)
	toks := arabic.AppendTokens(slices.Grow(d.toks, len(text)/8+1), text)
	*d = doc{lex: theLexicon(), rs: arabic.SharedRunes(text), toks: toks, ents: entities, dates: dates, lastSent: -10,
		folded: cleared(d.folded, len(toks)), bares: cleared(d.bares, len(toks)), ments: d.ments, quoted: d.quoted, opening: d.opening}
	for i, t := range d.toks {
		if t.Kind == arabic.Word {
			d.folded[i] = arabic.Fold(t.Text)
			d.bares[i] = cutConjunction(d.folded[i])
		}
	}
	for k, e := range entities {
		for _, m := range e.Mentions {
			if m[0] >= 0 && m[0] < m[1] && m[1] <= len(d.rs) {
				d.ments = append(d.ments, mention{m[0], m[1], k})
			}
		}
	}
	sort.Slice(d.ments, func(i, j int) bool { return d.ments[i].start < d.ments[j].start })
	d.segs = findSegments(d.rs)
	d.quoted = cleared(d.quoted, len(d.rs))
	if d.opening == nil {
		d.opening = map[int]int{}
	}
	for i, s := range d.segs {
		for p := s.start; p < s.end; p++ {
			d.quoted[p] = true
		}
		if s.open >= 0 {
			d.opening[s.open] = i
		}
	}
	return d
}

// docs keeps the tables of finished docs for the next article: made anew
// for each, the tokens, their folded forms and the quoted mask were a
// tenth of the bytes a document allocates (so of the collector's work).
var docs = sync.Pool{New: func() any { return new(doc) }}

// maxPooledTokens bounds the tokens of a doc whose tables are kept.
const maxPooledTokens = 1 << 14

// release hands d's tables back to docs, emptied so that they hold
// neither the article nor its entities; d is not to be used after, but
// the quotes it found are the caller's.
func (d *doc) release() {
	if cap(d.toks) > maxPooledTokens {
		return
	}
	clear(d.toks)
	clear(d.folded)
	clear(d.bares)
	clear(d.opening)
	*d = doc{toks: d.toks[:0], folded: d.folded[:0], bares: d.bares[:0], ments: d.ments[:0], quoted: d.quoted[:0], opening: d.opening}
	docs.Put(d)
}

// cleared returns s made n long and all zero, reusing its array when it
// is large enough.
func cleared[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// tokAt returns the index of the first token starting at or after rune p.
func (d *doc) tokAt(p int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p })
}

// bare is the folded word i without a leading و or ف.
func (d *doc) bare(i int) string { return d.bares[i] }

// cutConjunction cuts a leading و or ف off a folded word of more than
// two letters.
func cutConjunction(w string) string {
	if (strings.HasPrefix(w, conjWaw) || strings.HasPrefix(w, conjFeh)) && utf8.RuneCountInString(w) > 2 {
		return w[len(conjWaw):]
	}
	return w
}

// class looks word i up in m: as folded, then without و/ف (a second
// lookup only when that is another word).
func (d *doc) class(m map[string]string, i int) string {
	if i < 0 || i >= len(d.toks) || d.folded[i] == "" {
		return ""
	}
	if c, ok := m[d.folded[i]]; ok {
		return c
	}
	if b := d.bares[i]; b != d.folded[i] {
		return m[b]
	}
	return ""
}

// objectSuffixes are pronouns a reporting verb may carry as its object.
var objectSuffixes = []string{"هما", "هم", "ها", "ه"}

// verbClass returns the reporting verb class of word i, or "". A verb
// after تم/يتم/عدم is a verbal noun (لم يتم ذكر اسمه), not a verb.
func (d *doc) verbClass(i int) string {
	if d.folded[i] == "" {
		return ""
	}
	c := d.class(d.lex.verbs, i)
	if c == "" {
		c = d.suffixedVerb(i)
	}
	if c == "" || d.class(d.lex.stops, i-1) == classPassive || d.irrealis(i) || d.preposition(i) {
		return ""
	}
	return c
}

// prepositionVerbs, folded, are reporting verbs spelled like a
// preposition: بيّن (explained) is بين (between) without its shadda.
var prepositionVerbs = map[string]bool{"بين": true}

// preposition reports whether word i, spelled as one of prepositionVerbs,
// is the preposition: the verb opens its clause ("وبين المتحدث أن"، "من
// جهته، بيّن أن"), while "الفرق بين"، "ما بين 16 و20" and "بينها" (among
// them) are no reports.
func (d *doc) preposition(i int) bool {
	if !prepositionVerbs[d.bare(i)] {
		return prepositionVerbs[d.suffixStem(i)]
	}
	return d.bare(i) == d.folded[i] && i > 0 && d.toks[i-1].Kind != arabic.Punct
}

// irrealis reports a present verb after a particle that makes it no
// report: أن، كي (من المتوقع أن يعلن), قد (قد يقول: may say), لن، سوف.
// After قبل أن، بعد أن the verb tells what happened (قبل أن يعلن أنه).
func (d *doc) irrealis(i int) bool {
	if !d.lex.present[d.folded[i]] && (d.bares[i] == d.folded[i] || !d.lex.present[d.bares[i]]) {
		return false
	}
	switch d.class(d.lex.stops, i-1) {
	case classSubjunctive:
		return d.class(d.lex.comps, i-2) != classConjunction
	case classVerbal:
		return d.bare(i-1) != perfectLaqad
	}
	return false
}

// suffixedVerb returns the class of word i read as a verb with an object
// pronoun (ووصفه، أبلغها), or "".
func (d *doc) suffixedVerb(i int) string {
	if strings.HasSuffix(d.toks[i].Text, string(arabic.TehMarbuta)) {
		return "" // إفادة، إشارة: a verbal noun, not أفاد + ه
	}
	stem := d.suffixStem(i)
	// نقله and the participles with a pronoun are nouns (نقله الفوري); a
	// plural drops its alef before a pronoun (دعوه), so دعواه is a noun
	// ("his lawsuit"), not دعوا + ه.
	if c := d.lex.verbs[stem]; stem != "" && c != "" && c != classParticiple && c != classRelay && !strings.HasSuffix(stem, pluralAlef) {
		return c
	}
	return ""
}

// suffixStem returns word i (without و or ف) with an object pronoun cut
// off, or "" when it ends in none.
func (d *doc) suffixStem(i int) string {
	w := d.bare(i)
	for _, s := range objectSuffixes {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s)+2 {
			return strings.TrimSuffix(w, s)
		}
	}
	return ""
}

// isPunct reports whether token i is punctuation made of one of marks.
func (d *doc) isPunct(i int, marks string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != arabic.Punct {
		return false
	}
	return strings.ContainsAny(d.toks[i].Text, marks)
}

// text returns the runes [a, b) of the document.
func (d *doc) text(a, b int) string { return string(d.rs[a:b]) }

// mentionsIn returns the mentions starting inside the runes [a, b).
func (d *doc) mentionsIn(a, b int) []mention {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].start >= a })
	j := i
	for j < len(d.ments) && d.ments[j].start < b {
		j++
	}
	return d.ments[i:j]
}

// mentionCovering returns the mention that covers rune p, if any.
func (d *doc) mentionCovering(p int) (mention, bool) {
	for _, m := range d.mentionsIn(max(0, p-64), p+1) {
		if m.start <= p && p < m.end {
			return m, true
		}
	}
	return mention{}, false
}

// entityID returns the id of entity k as the contract's nullable string.
func (d *doc) entityID(k int) *string { return isnad.OrNull(d.ents[k].ID) }

// isMedium reports whether entity k is an agency, paper or broadcaster:
// by its subtype when the entity stage gave one, else by the head word of
// its name or of the mention at m (وكالة، صحيفة، قناة ...).
func (d *doc) isMedium(m mention) bool {
	e := d.ents[m.ent]
	if e.Subtype != nil && (*e.Subtype == "media" || *e.Subtype == "agency") {
		return true
	}
	for _, s := range []string{e.Name, d.text(m.start, m.end)} {
		if d.mediumHeaded(s) {
			return true
		}
	}
	i := d.tokAt(m.start) - 1 // the word before: وكالة "يونهاب"
	for i >= 0 && d.toks[i].Kind == arabic.Punct && d.toks[i].Start >= m.start-3 {
		i--
	}
	return i >= 0 && d.toks[i].End >= m.start-3 && d.mediumWord(i)
}

// mediumHeaded reports whether text s opens with a word heading a media
// name, bare or after ل (وكالة، لصحيفة).
func (d *doc) mediumHeaded(s string) bool {
	f := strings.Fields(arabic.Fold(s))
	return len(f) > 0 && d.lex.speakers[strings.TrimPrefix(f[0], prepLam)] == classMedium
}

// mediumWord reports a word heading a media name, bare or after ل
// (وكالة، لصحيفة).
func (d *doc) mediumWord(i int) bool {
	if d.class(d.lex.speakers, i) == classMedium {
		return true
	}
	rest, ok := strings.CutPrefix(d.folded[i], prepLam)
	return ok && d.lex.speakers[rest] == classMedium
}
