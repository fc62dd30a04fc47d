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
	if d.leads(c, ta) || d.opensClause(c, ta) {
		f, ok := d.leadingQuote(c, xe, tb, w)
		if !ok && d.bare(c.at) != cameWord && d.sourceLike(xa, xe, w) {
			f, ok = d.leadingClause(cues[k+1:], c, xa, xe, tb, w)
		}
		if ok {
			d.setLast(f.w)
			return append(fs, f)
		}
		if d.leads(c, ta) {
			return fs
		}
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
// conjunction.
func (d *doc) leads(c cue, ta int) bool {
	return c.at == ta || c.at == ta+1 && d.toks[ta].Kind == arabic.Punct
}

// leadingQuote makes the quote of "وفقا لـ X، فإن ...": the complement must
// follow X directly, across punctuation only.
func (d *doc) leadingQuote(c cue, xe, tb int, w who) (found, bool) {
	j := xe
	for j < tb && d.toks[j].Kind == arabic.Punct {
		j++
	}
	if j >= tb-1 || d.class(d.lex.comps, j) != classThat {
		return found{}, false
	}
	f := found{w: w, kind: Indirect, start: d.toks[j+1].Start, open: true, cue: d.text(d.toks[c.at].Start, d.toks[c.end-1].End), cueAt: c.at, from: d.toks[c.at].Start, after: j + 1}
	return f, true
}

// cameWord is جاء (folded) of the cue جاء في: "وجاء في المركز الأول، X" is
// a ranking, not a report, unless a complement follows (جاء في البيان أن).
const cameWord = "جاء"

// namedAt reports whether entity id has a mention starting in token xa.
func (d *doc) namedAt(id string, xa int) bool {
	for _, m := range d.ments {
		if d.ents[m.ent].ID == id && d.tokAt(m.start) == xa {
			return true
		}
	}
	return false
}

// opensClause reports a cue joined by و right after a comma (، وحسب ما
// جاء في بيان X، ...): it opens the next clause like a cue at the head of
// the sentence, rather than closing the one before.
func (d *doc) opensClause(c cue, ta int) bool {
	return c.at > ta && d.isPunct(c.at-1, "،,") && strings.HasPrefix(d.folded[c.at], "و")
}

// leadingClause makes the quote of "وفقا للبيان، شهدت الأشهر الماضية ...":
// X, a comma, and a clause of minUncuedWords words or more with no
// quotation marks to the sentence's end. X must be someone who can speak
// (sourceLike): "وفقا للخطة، ستبدأ المرحلة الثانية" reports no words.
func (d *doc) leadingClause(later []cue, c cue, xa, xe, tb int, w who) (found, bool) {
	if xe >= tb || !d.isPunct(xe, "،,") || d.class(d.lex.stops, xe+1) == classRelative {
		return found{}, false // "وفقا للمسؤول نفسه، الذي يضيف أن": the relative clause reports
	}
	for _, n := range later {
		if n.verb {
			return found{}, false // "وحسب مصادر، فقد قال X إن": the verb's quote
		}
	}
	if w.speaker != nil && d.typeOf(*w.speaker) == "LOC" && !d.namedAt(*w.speaker, xa) {
		// a place further in X is where, not who (وفقا لمركز المعلومات في
		// مكة المكرمة); a place right after the cue speaks (وبحسب مدريد)
		w.speaker = nil
	}
	words := 0
	for i := xe + 1; i < tb; i++ {
		if d.toks[i].Kind != arabic.Punct {
			words++
		} else if isQuoteMark([]rune(d.toks[i].Text)[0]) {
			return found{}, false // the sentence's segments are attributed apart
		}
	}
	if words < minUncuedWords || d.isAdjunct(xe+1) {
		return found{}, false
	}
	return found{w: w, kind: Indirect, start: d.toks[xe+1].Start, open: true, cue: d.text(d.toks[c.at].Start, d.toks[c.end-1].End), cueAt: c.at, from: d.toks[c.at].Start, after: xe + 1}, true
}

// sourceLike reports whether the source phrase [xa, xe) of a nominal cue,
// resolved as w, names someone who speaks: an entity, or a head word of
// the speakers lexicon (مراقبين، مصادر، البيان، الوزارة) with or without its
// article or a ل.
func (d *doc) sourceLike(xa, xe int, w who) bool {
	if w.speaker != nil {
		return true
	}
	for i := xa; i < xe; i++ {
		b := strings.TrimPrefix(d.bare(i), prepLam)
		for _, x := range []string{b, strings.TrimPrefix(b, article), article + strings.TrimPrefix(b, "ل")} {
			if d.lex.speakers[x] != "" {
				return true
			}
		}
	}
	return false
}

// xPhrase returns the tokens [xa, xe) naming the source of a nominal cue:
// up to punctuation that is no part of a name, a complementizer, or the
// sentence's end.
func (d *doc) xPhrase(c cue, tb int) (int, int) {
	xa := c.end
	for xa < tb && (d.verbClass(xa) != "" || isAn(d.bare(xa))) {
		xa++ // حسبما ذكرت وكالة X، حسبما نقلت عنه صحيفة X
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
		b := strings.TrimPrefix(d.bare(i), prepLam)
		if c := d.lex.speakers[b]; c == classUnnamed || c == "" && d.lex.speakers[strings.TrimPrefix(b, article)] == classUnnamed {
			return w // لمحللين، الكثير من المراقبين في بروكسل (not المتحدث: an anaphor)
		}
	}
	if len(ms) == 0 {
		if d.class(d.lex.speakers, xa) == classDocument {
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
	} else if d.namedThing(m) || d.placeOnly(m) {
		return w // "وفقا للمبادرة الخليجية": in keeping with it, no one's words
	}
	w.speaker = d.entityID(m.ent)
	for _, x := range ms {
		if d.isMedium(x) {
			w.via = appendID(w.via, d.ents[x.ent].ID)
		}
	}
	return w
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
