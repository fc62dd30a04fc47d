package quote

import (
	"strings"

	"github.com/isnad/isnad/arabic"
)

// according reads the nominal cue cues[k] (وفقا لـ X، بحسب X، نقلا عن X).
// At the head of a sentence with a complement after X ("وفقا لبيان X،
// فإن ...") it makes an indirect quote of X; after quotes of the same
// sentence, an X that is a medium joins their relay chain. Quotations it
// attributes are handled with the sentence's other quotation marks.
func (d *doc) according(cues []cue, k, ta, tb int, fs []found) []found {
	c := cues[k]
	xa, xe := d.xPhrase(c, tb)
	w := d.xWho(xa, xe)
	if d.leads(c, ta) {
		if f, ok, cued := d.leadingQuote(c, xa, xe, tb, w); ok {
			if cued {
				d.setLast(f.w) // a clause with no إن is too loose a tie for وأضاف
			}
			return append(fs, f)
		}
		return fs
	}
	if len(fs) == 0 && w.speaker != nil {
		// "قتل ثلاثة مدنيين أمس، حسبما أكدت كييف": the clause before
		// the comma is what the named source said (not "وفقا لمحللين":
		// unnamed, that is the writer's hedge as often as a report)
		if f, ok := d.trailingQuote(c, ta, w); ok {
			d.setLast(f.w)
			return append(fs, f)
		}
	}
	for i := range fs {
		for _, id := range w.via {
			fs[i].w.via = appendID(fs[i].w.via, id)
		}
	}
	return fs
}

// trailingQuote makes the quote of a sentence whose source comes last,
// after a comma: the words from the sentence's head to the comma before
// cue c. The sentence must hold no quotation mark before the cue: those
// are attributed with the sentence's segments.
func (d *doc) trailingQuote(c cue, ta int, w who) (found, bool) {
	comma := c.at - 1
	if comma <= ta || !d.isPunct(comma, "،,") {
		return found{}, false
	}
	a := ta
	for i := ta; i < comma && i < ta+4; i++ {
		if d.isPunct(i, "-–—") {
			a = i + 1 // a dateline: "عمان - بحث الوزير ..."
			break
		}
	}
	for a < comma && d.toks[a].Kind == arabic.Punct {
		a++
	}
	if comma-a < 4 { // "بالإضافة إلى ذلك، فوفقا لـ X" leads on to what X said
		return found{}, false
	}
	for i := a; i < comma; i++ {
		if d.toks[i].Kind == arabic.Punct && isQuoteMark([]rune(d.toks[i].Text)[0]) {
			return found{}, false
		}
	}
	start := d.toks[a].Start
	return found{w: w, kind: Indirect, start: start, end: d.toks[comma].Start, cue: d.text(d.toks[c.at].Start, d.toks[c.end-1].End), cueAt: c.at, from: start, after: a}, true
}

// leads reports a cue at the head of its sentence, after at most a
// conjunction, or at the head of a clause joined by و after a comma
// ("...، وحسب ما جاء في بيان للمفوضية، يهدف البرنامج"): it attributes
// what follows it.
func (d *doc) leads(c cue, ta int) bool {
	if c.at > ta+1 && d.isPunct(c.at-1, "،,") && d.lex.nominal[d.folded[c.at]] == nil {
		return true // found without its و (see nominalCandidates)
	}
	return c.at == ta || c.at == ta+1 && d.toks[ta].Kind == arabic.Punct
}

// leadingQuote makes the quote of "وفقا لـ X، فإن ...": the complement must
// follow X directly, across punctuation only. Without a complement, a
// comma after X opens the clause X is the source of ("ووفقا للبيان،
// شهدت الأشهر الماضية ..."), when X names a source: an entity, or an
// unnamed speaker or statement (مصادر، مراقبين، بيان), not a law or a
// figure ("وفقا للقانون، يحق ...").
func (d *doc) leadingQuote(c cue, xa, xe, tb int, w who) (f found, ok, cued bool) {
	answered := false
	if k := d.clauseAt(xa, xe); k > xa {
		// "وبحسب المتحدث X فقد وقع حادث": the ف answers the cue as
		// فإن does, and X ends before it
		xe, answered = k, true
		w = d.xWho(xa, xe)
	} else if d.bareHead(xa, xe) {
		// "وبحسب التقرير أثار ...": a definite statement or source word
		// takes no genitive, so the clause starts right after it
		xe, answered = xa+1, true
		w = d.xWho(xa, xe)
	}
	j := xe
	for j < tb && d.toks[j].Kind == arabic.Punct {
		j++
	}
	if j >= tb-1 {
		return found{}, false, false
	}
	after, cued := j+1, d.class(d.lex.comps, j) == classThat
	if !cued {
		if k := d.thatAfterComma(j, tb); k >= 0 && !d.verbIn(j, k) {
			// "وحسب مصادر في تل أبيب، تتابع الأوضاع، فإن ...": the
			// complement comes after a phrase about the source
			return d.leadingFound(c, k+1, w), true, true
		}
		answered = answered || d.clauseAt(j, j+1) == j // "وفقا لـ X، فقد"
		if (!answered && !d.isPunct(xe, "،,")) || !d.namesSource(xa, xe, w) || tb-j < minUncuedWords ||
			d.verbIn(j, tb) || d.negated(xa, xe) || d.apposition(j, tb) {
			return found{}, false, false
		}
		after = j
	}
	return d.leadingFound(c, after, w), true, cued
}

// leadingFound is the open quote of w's words from token after on, led
// by according cue c.
func (d *doc) leadingFound(c cue, after int, w who) found {
	return found{w: w, kind: Indirect, start: d.toks[after].Start, open: true, cue: d.text(d.toks[c.at].Start, d.toks[c.end-1].End), cueAt: c.at, from: d.toks[c.at].Start, after: after}
}

// thatAfterComma returns the complementizer after a comma within
// thatWindow tokens from j, or -1.
func (d *doc) thatAfterComma(j, tb int) int {
	for k := j + 1; k < tb-1 && k < j+thatWindow; k++ {
		if d.class(d.lex.comps, k) == classThat && d.isPunct(k-1, "،,") {
			return k
		}
	}
	return -1
}

// thatWindow bounds the phrase about a source before its فإن.
const thatWindow = 10

// apposition reports whether the words from token j go on describing
// the source rather than stating anything: a title or speaker word
// ("وبحسب X، مسؤول أمن المعلومات في ..."), or a quotation soon after
// ("وفقا لـ X، رئيسة الشركة، "...""), which its marks attribute.
func (d *doc) apposition(j, tb int) bool {
	if d.headClass(j) != "" {
		return true
	}
	for k := j; k < tb && k < j+thatWindow; k++ {
		if d.toks[k].Kind == arabic.Punct && isQuoteMark([]rune(d.toks[k].Text)[0]) {
			return true
		}
	}
	return false
}

// verbIn reports a reporting verb among tokens [a, b): "وحسب مصدرين،
// فقد قال X إن" is X's statement, which the verb attributes.
func (d *doc) verbIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.verbClass(i) != "" {
			return true
		}
	}
	return false
}

// clauseAt returns the first word among tokens [a, b) that opens a main
// clause with ف, or -1: in "وحسب مصادر في إسرائيل فقد بحث X في مكتبه"
// the source's phrase ends before فقد.
func (d *doc) clauseAt(a, b int) int {
	for i := a; i < b; i++ {
		if strings.HasPrefix(d.folded[i], "ف") && answerWords[d.bare(i)] {
			return i
		}
	}
	return -1
}

// answerWords, folded, open the clause that answers an according phrase
// after ف: "فقد", "فلقد" ("فإن" is a complementizer of its own).
var answerWords = map[string]bool{"قد": true, "لقد": true}

// bareHead reports whether the source phrase [xa, xe) opens with a
// definite word of an unnamed source or a statement (التقرير، البيان،
// المصادر) followed by a word without the article that does not
// qualify it: the phrase is that word alone.
func (d *doc) bareHead(xa, xe int) bool {
	if xe-xa < 2 || !strings.HasPrefix(withoutLam(d.folded[xa]), article) {
		return false
	}
	switch d.headClass(xa) {
	case classUnnamed, classDocument:
	default:
		return false
	}
	next := d.folded[xa+1]
	return d.toks[xa+1].Kind != arabic.Punct && !strings.HasPrefix(next, article) && !selfWords[next]
}

// selfWords, folded, qualify the noun before them: "المصادر ذاتها".
var selfWords = map[string]bool{"ذاته": true, "ذاتها": true, "ذاتهم": true, "نفسه": true, "نفسها": true, "نفسهم": true, "انفسهم": true}

// negated reports a negation among tokens [a, b): "وبحسب مصادر ليبية لم
// يشأ القذافي ..." runs past the source into what it says.
func (d *doc) negated(a, b int) bool {
	for i := a; i < b; i++ {
		if d.class(d.lex.stops, i) == classNegation {
			return true
		}
	}
	return false
}

// namesSource reports whether the phrase [xa, xe) of an according cue,
// resolved to w, names someone who can state things: a word of an
// unnamed speaker or of a statement (مصادر، المراقبين، بيان), an entity
// behind a title or an outlet's word (المتحدث باسم الدفاع المدني X), or
// an entity at its head ("لتصريحات كيري", not "القوانين المعمول بها في
// الأردن").
func (d *doc) namesSource(xa, xe int, w who) bool {
	for i := xa; i < xe; i++ {
		switch d.headClass(i) {
		case classUnnamed, classDocument:
			return true
		}
	}
	if w.speaker == nil {
		return false
	}
	switch d.headClass(xa) {
	case classAnaphor, classMedium:
		return true
	}
	ms := d.mentionsIn(d.toks[xa].Start, d.toks[xe-1].End)
	switch {
	case len(ms) == 0:
		return false
	case d.toks[xa].End > ms[0].start:
		return true // "لوزارة الصحة": the ل is the cue's
	}
	return d.tokAt(ms[0].start)-xa <= sourceHead && !d.afterPreposition(ms[0])
}

// xPhrase returns the tokens [xa, xe) naming the source of a nominal cue:
// up to punctuation that is no part of a name, a complementizer, or the
// sentence's end.
func (d *doc) xPhrase(c cue, tb int) (int, int) {
	xa := c.end
	for xa < tb && (d.verbClass(xa) != "" || isAn(d.bare(xa)) || whatWords[d.folded[xa]]) {
		xa++ // حسبما ذكرت وكالة X، حسبما نقلت عنه صحيفة X، وفقا لما نقلته وسائل
	}
	xe := xa
	for xe < tb && xe-xa < maxPhrase {
		if d.toks[xe].Kind == arabic.Punct && !d.inMentionAt(xe) || d.class(d.lex.comps, xe) == classThat || d.verbClass(xe) != "" {
			break
		}
		xe++
	}
	return xa, xe
}

// xWho resolves the source named by tokens [xa, xe): an unnamed head
// (لمحللين، بيان صادر عن مسؤول) before any entity is unnamed; else a person
// named in it; else the first entity. A medium named in it relays.
func (d *doc) xWho(xa, xe int) who {
	if xa >= xe {
		return who{}
	}
	ra, rb := d.toks[xa].Start, d.toks[xe-1].End
	ms := d.mentionsIn(ra, rb)
	w := who{text: d.text(d.trimGlued(xa), rb), ok: true}
	for i := xa; i < xe; i++ {
		if len(ms) > 0 && d.toks[i].End > ms[0].start {
			break
		}
		if d.headClass(i) == classUnnamed {
			return w
		}
	}
	if len(ms) == 0 {
		if d.headClass(xa) == classDocument { // "وفقا للبيان"
			if l, found := d.lastIssuer(xa, xe); found { // "وجاء في البيان"
				l.text = w.text
				return l
			}
		}
		return w
	}
	m := ms[0]
	if p, ok := d.firstPerson(ms); ok {
		m = p
	}
	w.speaker = d.entityID(m.ent)
	for _, x := range ms {
		if d.isMedium(x) {
			w.via = appendID(w.via, d.ents[x.ent].ID)
		}
	}
	return w
}

// whatWords, folded, stand between an according cue and the verb of what
// its source said: "وفقا لما نقلته وسائل إعلامية"، "بحسب ما قال".
var whatWords = map[string]bool{"ما": true, "لما": true}

// sourceHead bounds the words before the entity an according phrase names.
const sourceHead = 2

// headClass returns the speakers class of word i as printed or without
// its conjunction (وسائل is no و + سائل), after a glued ل.
func (d *doc) headClass(i int) string {
	if c := d.lex.speakers[withoutLam(d.folded[i])]; c != "" {
		return c
	}
	return d.lex.speakers[withoutLam(d.bare(i))]
}

// withoutLam cuts a glued ل off folded word w: لمحللين → محللين, and
// للبيان → البيان (ل before the article drops the article's alef).
func withoutLam(w string) string {
	if strings.HasPrefix(w, prepLam+prepLam) {
		return "ا" + w[len(prepLam):]
	}
	return strings.TrimPrefix(w, prepLam)
}

// trimGlued returns where the source phrase starting at token i begins in
// print: after a glued ل (لمحللين → محللين) or a separate لـ.
func (d *doc) trimGlued(i int) int {
	w := d.folded[i]
	if w == prepLam && i+1 < len(d.toks) {
		return d.toks[i+1].Start
	}
	if strings.HasPrefix(w, prepLam) {
		return d.toks[i].Start + 1
	}
	return d.toks[i].Start
}

// trailingCue returns the first unconsumed "according to" cue of the
// sentence after rune p.
func (d *doc) trailingCue(cues []cue, p int) (cue, bool) {
	for _, c := range cues {
		if !c.used && !c.verb && (c.class == classAccording || c.class == classSelf) && d.toks[c.at].Start >= p {
			return c, true
		}
	}
	return cue{}, false
}
