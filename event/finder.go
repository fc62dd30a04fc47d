package event

import (
	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
	"slices"
)

// Search windows, in words.
const (
	needWindow     = 6  // from a trigger to the word its entry needs
	cueWindow      = 6  // from a modality cue to its trigger
	negWindow      = 3  // from a negation to its trigger
	subjectWindow  = 4  // from a verb to its subject after it
	titleWindow    = 8  // from a verb to its subject after a title
	targetWindow   = 10 // Arabic words from a trigger or subject to the target
	subordWindow   = 3  // from a complementiser to its verb
	nearWindow     = 6  // from a bare masdar back to the actor it takes
	leadSentences  = 2  // sentences of the lead, dated by publication
	objectWindow   = 4  // from a verb or its subject to an object's adjective
	relativeWindow = 6  // from a relative pronoun to the verb of its clause
	maxAdjectives  = 2  // adjectives between a noun and the بين of its parties
	clauseWindow   = 8  // words of a relative clause between a noun and its parties
)

// finder holds one document's words, actors and sentences.
type finder struct {
	d       *isnad.Document
	text    []rune
	ws      []word
	tables  *wordTables // ws's, back to wordPool when Find is done
	sentOf  []int
	sents   []isnad.Span
	gs      []group
	groupAt []int    // word → index of the group starting there, or -1
	inActor []bool   // word → it is part of an actor's mention
	ranges  [][2]int // sentence → its first and last word (first > last: none)

	kb         *kb.KB                     // capitals' states, or nil
	stateStems []stateForms               // see nisba.go
	side       map[string]map[string]bool // person → the states he speaks for

	// pair are the two sides of the last event with a source and a
	// target, for "الجانبان" in a later sentence.
	pair [2][]string
}

// newFinder reads d; k tells which state a capital stands for (nil: none
// does).
func newFinder(d *isnad.Document, k *kb.KB) *finder {
	f := &finder{d: d, kb: k, text: arabic.Runes(d.Text), tables: wordPool.Get().(*wordTables), sents: d.Sentences}
	f.ws = f.tables.words(d.Text)
	if len(f.sents) == 0 {
		f.sents = arabic.Sentences(d.Text)
	}
	f.sentOf = sentenceOf(f.ws, f.sents)
	ms := mentions(d, f.ws, f.text)
	f.gs = groups(ms, f.ws)
	f.ranges = make([][2]int, len(f.sents))
	for i := range f.ranges {
		f.ranges[i] = [2]int{1, 0}
	}
	for i, s := range f.sentOf {
		if s < 0 {
			continue
		}
		if r := &f.ranges[s]; r[0] > r[1] {
			*r = [2]int{i, i}
		} else {
			r[1] = i
		}
	}
	f.stateStems = f.states()
	f.sides(ms)
	f.institutionStates()
	f.groupAt = make([]int, len(f.ws))
	for i := range f.groupAt {
		f.groupAt[i] = -1
	}
	f.inActor = make([]bool, len(f.ws))
	for i, g := range f.gs {
		f.groupAt[g.first] = i
		for j := g.first; j <= g.last; j++ {
			f.inActor[j] = true
		}
	}
	return f
}

// institutionStates adds to each group the state whose adjective ends the
// name of an organisation the knowledge base does not know: "الداخلية
// البحرينية" acts for Bahrain too, as "تقارير المخابرات الأمريكية" are
// the United States' reports. A known body (الحرس الثوري الإيراني) is an
// actor of its own.
func (f *finder) institutionStates() {
	orgs := map[string]bool{}
	for _, e := range f.d.Entities {
		orgs[e.ID] = e.Type == "ORG" && e.KB == nil && e.NameEn == nil
	}
	for g := range f.gs {
		gr := &f.gs[g]
		if !slices.ContainsFunc(gr.ents, func(id string) bool { return orgs[id] }) {
			continue
		}
		for j := gr.first + 1; j <= gr.last; j++ {
			if id := f.nisba(j); id != "" {
				for _, o := range gr.ents {
					if orgs[o] {
						f.setSide(o, id)
					}
				}
				gr.ents = appendNew(gr.ents, id)
				break
			}
		}
	}
}

// sentence returns the events of sentence s.
func (f *finder) sentence(s int) []isnad.Event {
	first, last := f.wordRange(s)
	if first > last {
		return nil
	}
	st := &state{f: f, sent: s, first: first, last: last}
	return st.run()
}

// wordRange returns the first and last word of sentence s.
func (f *finder) wordRange(s int) (int, int) { return f.ranges[s][0], f.ranges[s][1] }

// cue reports whether word i is in the cue section sec, as a word or as
// the start of a two-word cue phrase.
func (f *finder) cue(sec *cueSection, i int) bool {
	w := f.ws[i]
	if w.inCue(sec) {
		return true
	}
	if w.cues.opens&sec.bit == 0 || i+1 >= len(f.ws) {
		return false
	}
	return sec.words[w.folded+"_"+f.ws[i+1].folded] || sec.words[w.bare+"_"+f.ws[i+1].folded]
}

// boundary reports whether word i opens a new clause: a conjunction, a
// relative pronoun or a verb of saying.
func (f *finder) boundary(i int) bool {
	return f.cue(cueClause, i) || f.cue(cueSpeech, i)
}

// span returns the text of words i..j.
func (f *finder) span(i, j int) (string, int, int) {
	a, b := f.ws[i].tok.Start, f.ws[j].tok.End
	return string(f.text[a:b]), a, b
}
