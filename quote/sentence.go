package quote

import (
	"slices"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Word counts that tell a quotation from scare quotes: a “term” of one or
// two words is a name or a label, not a statement.
const (
	minCuedWords   = 3 // in a sentence that has a reporting cue
	minUncuedWords = 4 // in a sentence with none: the clause's subject speaks
)

// Bounds of the speaker region between a verb and its complement: a title
// chain with a relative clause fits in maxRegion words; the subject of
// أشار/لفت before a إلى + noun complement is short.
const (
	maxRegion   = 40
	maxPointGap = 3
)

// cue is a reporting verb or a nominal cue, as a token range.
type cue struct {
	at, end int
	class   string
	verb    bool
	used    bool // inside another cue's speaker phrase
}

// found is a quote of the sentence being read, before its end is fixed.
type found struct {
	w          who
	kind       string
	start, end int  // runes
	open       bool // indirect: runs to the next cue or the sentence end
	cue        string
	cueAt      int // token of the cue, -1 for none
	from       int // rune where the cue starts: [from, start) is its speaker region
	date       *string
	after      int // token where its text starts
}

// sentence finds the quotes of the sentence of runes [sa, sb).
func (d *doc) sentence(sa, sb int) {
	d.nSent++
	ta, tb := d.tokAt(sa), d.tokAt(sb)
	cues := d.cues(ta, tb)
	var fs []found
	statement := false
	for k := range cues {
		c := &cues[k]
		if c.used {
			continue
		}
		switch {
		case c.verb && d.embedded(*c, fs, ta, tb) && d.relayedTo(*c, fs[len(fs)-1], ta):
			// "ذكرت وكالة رويترز أن الرئيس X قال إن ...": X speaks, and
			// the medium goes into the relay chain
			outer := fs[len(fs)-1]
			if f, ok := d.verbQuote(cues, k, ta, tb, fs[:len(fs)-1]); ok && f.w.speaker != nil {
				if outer.w.speaker != nil {
					f.w.via = appendID(f.w.via, *outer.w.speaker)
				}
				for _, id := range outer.w.via {
					f.w.via = appendID(f.w.via, id)
				}
				fs[len(fs)-1] = f
				d.setLast(f.w)
			} else {
				c.used = true
			}
		case c.verb && d.embedded(*c, fs, ta, tb):
			c.used = true
		case c.verb:
			f, ok := d.verbQuote(cues, k, ta, tb, fs)
			if !ok {
				f, ok = d.clauseBefore(*c, ta, tb, fs)
			}
			if ok {
				fs = append(fs, f)
				d.setLast(f.w)
				d.lastDirect = f.kind == Direct
			}
		case c.class == classStatement:
			statement = true
		case c.class == classSelf:
			// attributes the quotation before it: see segmentQuote
		default:
			fs = d.according(cues, k, ta, tb, fs)
		}
	}
	d.closeEnds(fs, cues, sb)
	fs = d.segmentQuotes(fs, cues, sa, sb, statement)
	for _, f := range fs {
		d.emit(f)
	}
	if len(fs) == 0 {
		// "فيما وصل الوزير X ...، أكد الشيخ Y فرار قيادات داعش": the one
		// a reporting verb names, though it quoted nothing; else the
		// clause's subject
		d.prevSubject, d.prevSubjectSent = d.verbSubject(cues, tb), d.nSent
		if !d.prevSubject.ok {
			d.prevSubject = d.clauseSubject(sa, sb)
		}
		if s := d.prevSubject.speaker; s == nil || d.typeOf(*s) != "PERS" {
			d.prevSubject = who{}
		}
	}
}

// verbSubject is the person named right after the last reporting verb
// of a sentence that had no quote; ok is false when none is.
func (d *doc) verbSubject(cues []cue, tb int) who {
	for k := len(cues) - 1; k >= 0; k-- {
		if c := cues[k]; c.verb && !c.used {
			if c.end >= tb || d.inSegment(d.toks[c.at].Start) {
				return who{}
			}
			w := d.subject(c.end, tb, -1)
			if !w.ok || w.speaker == nil || d.typeOf(*w.speaker) != "PERS" {
				return who{}
			}
			ms := d.mentionsIn(d.toks[c.end].Start, d.toks[tb-1].End)
			p := slices.IndexFunc(ms, func(m mention) bool { return d.ents[m.ent].Type == "PERS" })
			if p < 0 || d.ents[ms[p].ent].ID != *w.speaker {
				return who{} // the first man named after the verb, past the bodies of his title
			}
			m := ms[p]
			start := d.tokAt(m.start)
			if start != c.end && !d.isTitle(c.end) && d.class(d.lex.speakers, c.end) != classAnaphor {
				return who{} // the verb's subject is the man or his title, right after it
			}
			for i := c.end; i < start; i++ {
				if d.toks[i].Kind == arabic.Punct {
					return who{}
				}
			}
			w.text = d.text(d.toks[c.end].Start, m.end) // the title and name, not the statement after them
			return w
		}
	}
	return who{}
}

// typeOf returns the type of the entity with id, or "".
// isThing reports whether e is a thing the knowledge base knows as such
// (see namedThing).
func isThing(e *isnad.Entity) bool {
	return e != nil && e.Type == "MISC" && (e.KB != nil || e.Subtype != nil) // typed by the knowledge base
}

// entity returns the document's entity id, or nil.
func (d *doc) entity(id string) *isnad.Entity {
	for i := range d.ents {
		if d.ents[i].ID == id {
			return &d.ents[i]
		}
	}
	return nil
}

func (d *doc) typeOf(id string) string {
	if e := d.entity(id); e != nil {
		return e.Type
	}
	return ""
}

// clauseBefore reads "..., قال X." and "..., كما قالت X." in wire copy:
// a verb after a comma (and كما, "as"), its named subject running to the
// sentence's end with no complement, and a clause of minUncuedWords words
// or more before the comma, which is the words it attributes (without
// quotation marks: an indirect quote).
func (d *doc) clauseBefore(c cue, ta, tb int, fs []found) (found, bool) {
	comma := c.at - 1
	if comma > ta && d.bare(comma) == alsoWord {
		// "، كما أعلن X تشكيل لجنة" is mostly "and X also announced": as
		// an attribution its subject ends the sentence
		if !d.endsWithName(c.end, tb) {
			return found{}, false
		}
		comma--
	}
	if len(fs) > 0 || comma <= ta || !d.isPunct(comma, "،,") || c.class != classSay && c.class != classAdd || d.conjoined(c.at) {
		return found{}, false
	}
	if tb-c.end > maxPhrase || d.isAdjunct(ta) || d.class(d.lex.comps, ta) == classConjunction {
		return found{}, false // وبعد الاجتماع، قال الرئيس كلمة: an adverbial, then an object
	}
	words := 0
	for i := ta; i < comma; i++ {
		if d.toks[i].Kind == arabic.Punct && isQuoteMark([]rune(d.toks[i].Text)[0]) {
			return found{}, false // a quotation: verbAfter's case
		}
		if d.toks[i].Kind != arabic.Punct {
			words++
		}
	}
	w := d.subject(c.end, tb, -1)
	if words < minUncuedWords || !w.ok {
		return found{}, false
	}
	w.gender = d.verbGender(c.at)
	start, end := d.toks[ta].Start, d.toks[comma].Start
	return found{w: w, kind: Indirect, start: start, end: end, cue: d.toks[c.at].Text, cueAt: c.at, from: start, after: ta, date: d.dateIn(d.toks[c.at].Start, d.runeAt(tb))}, true
}

// endsWithName reports whether tokens [a, b) end on a mention, with at
// most tailWords words after it (a date: "أمس", "يوم الجمعة") and no
// preposition before it: "كما كشف عن مدافعه الجديد X" names an object.
func (d *doc) endsWithName(a, b int) bool {
	if a >= b {
		return false
	}
	ms := d.mentionsIn(d.toks[a].Start, d.toks[b-1].End)
	if len(ms) == 0 {
		return false
	}
	last := ms[len(ms)-1]
	for i := a; i < d.tokAt(last.start); i++ {
		if d.class(d.lex.comps, i) == classPrep {
			return false
		}
	}
	words := 0
	for i := d.tokAt(last.end); i < b; i++ {
		if d.toks[i].Kind != arabic.Punct {
			words++
		}
	}
	return words <= tailWords
}

// tailWords bounds the words after the name that ends an attribution.
const tailWords = 2

// embedded reports a verb inside the open complement of the last quote
// that neither a conjunction nor punctuation sets apart: reported speech
// within reported speech (قال إن كيم يتوقع ...) stays in the outer quote,
// while "، وحذر X" and "، مضيفا" start quotes of their own.
func (d *doc) embedded(c cue, fs []found, ta, tb int) bool {
	if len(fs) == 0 {
		return false
	}
	f := fs[len(fs)-1]
	if c.class == classParticiple && (d.opensComplement(c.at+1) || c.at > 0 && d.verbClass(c.at-1) == classParticiple) {
		return false // "... الشحنة مضيفة أن", "، مؤكدا بقوله “...”": the speaker's next statement
	}
	return f.open && c.at > f.after && !d.conjoined(c.at) && !d.isPunct(c.at-1, "،,;؛:") && !isAlso(d.bare(c.at-1)) && !d.quotesDirectly(c, ta, tb)
}

// quotesDirectly reports a speech verb whose complement is a quotation
// after a colon, said by someone named: after the verb (حيث قال رئيسها X:
// «...») or before a relative pronoun in front of it (تصريح الرئيس X الذي
// قال فيه: «...»). That is a statement of its own, not speech reported
// inside the open quote. Through إن the quotation stays embedded (قال إن
// الرئيس أكد أن «...»), and so do a few quoted words after an object
// (يتوقع استمرار المناقشات ... و«ربما ...») and a quotation no name
// introduces (عندما تولى المنتخب قال لي: "...").
func (d *doc) quotesDirectly(c cue, ta, tb int) bool {
	if c.class != classSay && c.class != classAdd {
		return false
	}
	st, ok := d.complement(c, tb)
	if !ok || st.kind != Direct || !d.isPunct(st.region, ":") {
		return false
	}
	if w := d.subject(c.end, st.region, st.relay); w.speaker != nil {
		return true
	}
	if c.at > ta && d.class(d.lex.stops, c.at-1) == classRelative {
		w := d.before(c.at-1, ta)
		return w.speaker != nil
	}
	return false
}

// relayedTo reports whether verb c, inside the open quote f of a medium
// (a paper, an agency, "وسائل إعلام"), is a statement it relays: a
// reporting verb right after a named subject that opens f's words
// ("أن رئيس البنك المركزي X أكد أن").
func (d *doc) relayedTo(c cue, f found, ta int) bool {
	if !f.open || f.kind != Indirect || c.class != classSay || !d.mediumWho(f.w) {
		return false
	}
	b := d.before(c.at, f.after)
	if !b.ok || b.speaker == nil {
		return false
	}
	for i := f.after; i < c.at; i++ {
		if d.toks[i].Kind == arabic.Punct && !d.inMentionAt(i) {
			return false
		}
	}
	return c.at-f.after <= maxPhrase
}

// mediaWord is وسائل (إعلام), folded: "the media", unnamed.
var mediaWord = arabic.Fold("وسائل")

// mediumWho reports whether w is a medium: a named agency or paper, or an
// unnamed one ("وسائل إعلام إيرانية").
func (d *doc) mediumWho(w who) bool {
	if w.speaker == nil {
		f := strings.Fields(arabic.Fold(w.text))
		return len(f) > 0 && f[0] == mediaWord || d.mediumHeaded(w.text)
	}
	for _, m := range d.ments {
		if d.ents[m.ent].ID == *w.speaker {
			return d.isMedium(m)
		}
	}
	return false
}

// opensComplement reports a complementizer at token i, or after a
// preposition there: "أن", "إلى أن".
func (d *doc) opensComplement(i int) bool {
	if i < len(d.toks) && d.class(d.lex.comps, i) == classPrep {
		i++
	}
	return i < len(d.toks) && d.class(d.lex.comps, i) == classThat
}

// alsoWord is كما, "as also": "كما أكد أن" adds a statement of its own.
const alsoWord = "كما"

// isAlso reports كما or أيضا (folded) before a verb: "، أيضا قال X:" adds
// a statement of its own, like "، كما قال".
func isAlso(w string) bool { return w == alsoWord || w == "ايضا" }

// cues lists the reporting cues of tokens [ta, tb), leaving out words
// inside quotation marks: those are the speaker's own.
func (d *doc) cues(ta, tb int) []cue {
	var cs []cue
	for i := ta; i < tb; i++ {
		if d.folded[i] == "" || d.inSegment(d.toks[i].Start) {
			continue
		}
		if c := d.verbClass(i); c != "" && !d.nounLike(c, i) {
			cs = append(cs, cue{at: i, end: i + 1, class: c, verb: true})
			continue
		}
		if c, ok := d.nominalAt(i, tb); ok {
			cs = append(cs, c)
			i = c.end - 1
		}
	}
	return cs
}

// nounLike reports a feminine participle used as a noun or adjective
// (لافتة "banner", أنباء مؤكدة): as a cue it follows a comma or و, or
// opens a complement (رفضت الشركة التعليق قائلة إن) — except مؤكدة,
// which qualifies its noun even then (مصادر مؤكدة أن).
func (d *doc) nounLike(class string, i int) bool {
	return class == classParticiple && strings.HasSuffix(d.toks[i].Text, string(arabic.TehMarbuta)) &&
		!d.isPunct(i-1, "،,;؛") && d.bare(i) == d.folded[i] &&
		(d.folded[i] == confirmedAdj || i+1 >= len(d.toks) || d.class(d.lex.comps, i+1) != classThat)
}

// confirmedAdj is مؤكدة folded: "confirmed" as often as "stressing".
var confirmedAdj = arabic.Fold("مؤكدة")

// nominalAt matches a nominal cue (nominal.tsv) starting at token i.
func (d *doc) nominalAt(i, tb int) (cue, bool) {
	for _, n := range d.nominalCandidates(i) {
		j, ok := i+1, true
		for _, w := range n.words[1:] {
			for j < tb && d.toks[j].Kind == arabic.Punct && d.toks[j].Text != "،" {
				j++
			}
			if j >= tb || !(d.folded[j] == w || n.glue && w == n.words[len(n.words)-1] && len(d.folded[j]) > len(w) && d.folded[j][:len(w)] == w) {
				ok = false
				break
			}
			j++
		}
		if ok {
			end := j
			if n.glue && d.folded[j-1] != n.words[len(n.words)-1] {
				end = j - 1 // the glued word is the speaker's: keep it out of the cue
			}
			return cue{at: i, end: end, class: n.class}, true
		}
	}
	return cue{}, false
}

// nominalCandidates are the nominal cues whose first word is word i, as
// printed or without a conjunction (ووفقا).
func (d *doc) nominalCandidates(i int) []nominalCue {
	if ns := d.lex.nominal[d.folded[i]]; ns != nil || d.bares[i] == d.folded[i] {
		return ns
	}
	return d.lex.nominal[d.bares[i]]
}

// verbQuote reads the quote of the verb cue cues[k]: its speaker and where
// its complement starts. A verb with no complement before the next verb
// (قال + noun, أعلن خطة) is no quote.
func (d *doc) verbQuote(cues []cue, k, ta, tb int, fs []found) (found, bool) {
	c := cues[k]
	limit := tb
	for _, n := range cues[k+1:] {
		// A negated verb qualifies a noun (مصدر لم تذكر اسمه); دعا is mostly a
		// call for something, often in a relative clause (الذي دعا إلى ...),
		// and جدد/أعاد mostly renew or redo something.
		if n.verb && n.class != classCall && n.class != classRenew && d.class(d.lex.stops, n.at-1) != classNegation {
			limit = n.at
			break
		}
	}
	if c.class == classPoint && d.class(d.lex.stops, c.at-1) == classNegation {
		return found{}, false // "لكنه لا يشير إلى إنشاء محكمة": a text's content, no one's words
	}
	st, ok := d.complement(c, limit)
	if !ok {
		return found{}, false
	}
	for i := range cues[k+1:] {
		if n := &cues[k+1+i]; n.at < st.region {
			n.used = true
		}
	}
	f := found{kind: st.kind, cue: d.text(d.toks[c.at].Start, d.toks[c.end-1].End), cueAt: c.at, from: d.toks[c.at].Start, after: st.tok}
	f.w = d.speakerOf(c, cues[:k], st, ta, fs)
	if f.w.ok && c.class != classRelay && c.class != classLearn { // a relay's verb agrees with the relayer
		f.w.gender = d.verbGender(c.at)
	}
	if c.class == classBelief && !f.w.ok {
		return found{}, false // ويعتقد أن: "it is believed", nobody's words
	}
	clauseStart := d.toks[ta].Start
	if len(fs) > 0 {
		clauseStart = fs[len(fs)-1].end
	}
	f.date = d.dateIn(clauseStart, d.runeAt(st.tok))
	if st.seg != nil {
		f.start, f.end = st.seg.start, st.seg.end
		return f, f.start < f.end
	}
	f.start, f.open = d.runeAt(st.tok), true
	return f, st.tok < tb
}

// speakerOf resolves who says the words of cue c: the phrase after the
// verb, else the one before it (SVO), else for a participle the speaker
// of the sentence so far, else the last speaker (وأضاف، قالت إنها).
func (d *doc) speakerOf(c cue, earlier []cue, st comp, ta int, fs []found) who {
	if c.class != classParticiple {
		w := d.subject(c.end, st.region, st.relay)
		if (c.class == classDescribe || pluralVerb(d.folded[c.at])) && (w.speaker == nil || d.typeOf(*w.speaker) != "PERS") {
			// "نتنياهو وصف الاتفاق بأنه": after وصف comes what is
			// described; a name before the verb is who describes it.
			// A plural verb stands after its subject (VSO verbs are
			// singular): "مسؤولون يعتبرون الاتفاق بأنه".
			if b := d.before(c.at, ta); b.ok && (b.speaker != nil || pluralVerb(d.folded[c.at])) && !d.conjoined(c.at) {
				b.via = w.via
				return b
			}
		}
		if w.ok || c.class == classBelief {
			return w
		}
		if b := d.before(c.at, ta); b.ok && !d.conjoined(c.at) {
			b.via = w.via
			return b
		}
		if b := d.auxBefore(c.at, ta); b.ok && !d.conjoined(c.at) {
			b.via = w.via
			return b
		}
		if b := d.beforeVerb(c.at, ta); b.ok && d.conjoined(c.at) {
			b.via = w.via
			return b
		}
		if e := d.earlierSubject(earlier, c, ta); e.ok {
			e.via = w.via
			return e
		}
		if c.at > ta && d.class(d.lex.stops, c.at-1) == classWhen {
			// "ظهر X في خطبة العيد حين قال": the main clause's subject
			if s := d.clauseSubject(d.toks[ta].Start, d.toks[c.at].Start); s.ok {
				s.via = w.via
				return s
			}
		}
		return d.continuedAs(w.via, d.pronounGender(c, st))
	}
	if len(fs) > 0 {
		return fs[len(fs)-1].w
	}
	if e := d.earlierSubject(earlier, c, ta); e.ok {
		return e // "وشدد الوزير على تقديم طهران تنازلات قائلا": the verb's subject
	}
	w := d.clauseSubject(d.toks[ta].Start, d.toks[c.at].Start)
	if w.speaker == nil || d.typeOf(*w.speaker) != "PERS" {
		// "خفضت «موديز» تصنيف روسيا، حينها انتقد الوزير أنطون سيلوانوف
		// القرار، مشيرا إلى": a man named in the clause before the
		// participle speaks, not a place or body the sentence opened on
		if p := d.lastClauseSubject(ta, c.at); p.ok && p.speaker != nil && d.typeOf(*p.speaker) == "PERS" {
			return p
		}
	}
	if w.ok {
		return w
	}
	return d.continued(nil)
}

// lastClauseSubject is clauseSubject of the words between the last comma
// before the one that opens participle token at, and at.
func (d *doc) lastClauseSubject(ta, at int) who {
	k := at - 1
	for k > ta && d.toks[k].Kind == arabic.Punct {
		k-- // the comma before the participle
	}
	for k > ta && !(d.toks[k].Kind == arabic.Punct && (d.toks[k].Text == "،" || d.toks[k].Text == ",")) {
		k--
	}
	if k <= ta {
		return who{}
	}
	return d.clauseSubject(d.toks[k+1].Start, d.toks[at].Start)
}

// earlierSubject is the named subject of an earlier verb of the sentence
// that made no quote of its own: in "أعلن الجيش مقتل جندي، وقال في بيان
// إن ..." the army speaks.
func (d *doc) earlierSubject(earlier []cue, c cue, ta int) who {
	for k := len(earlier) - 1; k >= 0; k-- {
		if e := earlier[k]; e.verb && !e.used {
			if w := d.amaSubject(e.at, ta); w.ok && w.speaker != nil {
				return w
			}
			if w := d.before(e.at, ta); w.ok && w.speaker != nil && d.typeOf(*w.speaker) == "PERS" && !d.conjoined(e.at) {
				return w // "لكن الوزير X حذر من ... وقال إن": X, the last verb's subject
			}
			if w := d.subject(e.end, c.at, -1); w.ok && w.speaker != nil {
				return w
			}
		}
	}
	return who{}
}

// foldedAmma is أما ("as for") folded.
var foldedAmma = arabic.Fold("أما")

// amaSubject reads the subject of "أما X فاتهم": a verb written with ف
// after أما takes the topic before it as its subject.
func (d *doc) amaSubject(v, ta int) who {
	if !strings.HasPrefix(d.folded[v], "ف") || d.bare(v) == d.folded[v] {
		return who{}
	}
	for i := ta; i < v; i++ {
		if d.folded[i] == foldedAmma {
			return d.before(v, ta)
		}
	}
	return who{}
}

// pluralVerb reports a verb form with a plural ending (قالوا، يقولون).
func pluralVerb(w string) bool {
	return strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "ون")
}

// conjoined reports a verb written with و or ف: "X وقال" is two clauses,
// so the word before it is not its subject.
func (d *doc) conjoined(i int) bool {
	_, plain := d.lex.verbs[d.folded[i]]
	return !plain && d.bare(i) != d.folded[i] && !d.afterTopic(i)
}

// afterTopic reports whether verb i opens with the ف that answers "أما X"
// a few words before it: "أما عائشة الحربي فتقول" is what she says.
func (d *doc) afterTopic(i int) bool {
	if !strings.HasPrefix(d.folded[i], "ف") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-maxTopicWords && d.toks[j].Kind != arabic.Punct; j-- {
		if d.folded[j] == "اما" {
			// "أما عن هجوم المتطرفين فيقول": the topic is what he
			// speaks about, not who
			return j < i-1 && !topicPreps[d.folded[j+1]]
		}
	}
	return false
}

// topicPreps, folded, make the topic after أما a matter spoken of.
var topicPreps = map[string]bool{"عن": true, "بالنسبه": true, "فيما": true, "في": true, "علي": true, "حول": true}

// maxTopicWords bounds the topic between أما and the verb that answers it.
const maxTopicWords = 6

func (d *doc) runeAt(i int) int {
	if i < len(d.toks) {
		return d.toks[i].Start
	}
	return len(d.rs)
}

// closeEnds ends every open (indirect) quote at the next cue after its
// start that is itself attributed speech, or at the sentence's end.
func (d *doc) closeEnds(fs []found, cues []cue, sb int) {
	for i := range fs {
		if !fs[i].open {
			continue
		}
		end := sb
		for _, c := range cues {
			if c.at >= fs[i].after && !c.used && (c.class == classAccording || c.class == classSelf || d.startsQuote(fs, c)) {
				end = d.toks[d.clauseOpening(c.at, fs[i].after)].Start
				break
			}
		}
		fs[i].end = trimEnd(d.rs, fs[i].start, end)
	}
}

// clauseOpening returns the token where the clause of the cue at token at
// begins, not before token floor: كما and أيضا before the verb (، كما
// أكد), a participle before بقوله (، مؤكدا بقوله), and a named speaker
// with a relative pronoun up to the punctuation before them (، ومن ذلك
// تصريح الرئيس X الذي قال فيه:).
func (d *doc) clauseOpening(at, floor int) int {
	if at-1 > floor && (isAlso(d.bare(at-1)) || d.verbClass(at-1) == classParticiple) {
		return at - 1
	}
	if at-1 > floor && d.class(d.lex.stops, at-1) == classRelative {
		for i := at - 2; i > floor && i >= at-maxPhrase; i-- {
			if d.isPunct(i, "،,;؛:") {
				return i + 1
			}
		}
	}
	return at
}

func (d *doc) startsQuote(fs []found, c cue) bool {
	for _, f := range fs {
		if f.cueAt == c.at {
			return true
		}
	}
	return false
}

// emit adds a quote, trimmed of space and end punctuation.
func (d *doc) emit(f found) {
	a := trimStart(d.rs, f.start, f.end)
	b := trimEnd(d.rs, a, f.end)
	if a >= b {
		return
	}
	via := append([]string{}, f.w.via...) // the contract's via is an array, never null
	sp := f.w.speaker
	if sp != nil && isThing(d.entity(*sp)) {
		sp = nil // "ربط المحللون بين الاتفاق النووي ...": the agreement says nothing
	}
	q := isnad.Quote{Speaker: sp, SpeakerText: isnad.OrNull(f.w.text), Text: d.text(a, b), Start: a, End: b, Kind: f.kind, Cue: isnad.OrNull(f.cue), Via: via, Date: f.date}
	d.quotes = append(d.quotes, q)
}
