package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// who is a speaker as the text gives it: the entity (nil when the speaker
// is unnamed or no entity), the phrase as printed, and the relay chain.
type who struct {
	speaker *string
	text    string
	via     []string
	ok      bool   // the text named a speaker here (not a pronoun or nothing)
	gender  gender // agreement of the verb that introduced the speaker
}

// maxPhrase bounds a speaker phrase in words: a title chain and a name
// ("مستشار الأمن القومي الأمريكي جيك سوليفان") fit with room to spare.
const maxPhrase = 12

// subject reads the speaker between a verb and its complement, tokens
// [a, b). relayAt is the token of عن in "نقلت X عن Y" (or -1): the
// mentions before it relay, the phrase after it speaks.
func (d *doc) subject(a, b, relayAt int) who {
	var w who
	if a >= b {
		return w
	}
	if relayAt >= 0 {
		if ms := d.mentionsIn(d.toks[a].Start, d.toks[relayAt].Start); len(ms) > 0 {
			w.via = appendID(w.via, d.ents[ms[0].ent].ID)
		}
		if d.bare(relayAt) != "عن" && d.bare(relayAt) != learnedFrom { // عنه: the pronoun speaks, the caller resolves it
			return w
		}
		a = relayAt + 1
	}
	for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
		if d.toldTo(m) && d.isMedium(m) {
			w.via = appendID(w.via, d.ents[m.ent].ID)
		}
	}
	if a > 0 && a < b && tellVerbs[d.bare(a-1)] && d.isPunct(a, quoteMarks) {
		a = d.afterToldObject(a, b, &w)
	}
	if a < b && d.accordingAt(a, b) {
		// "وقالت وفقا لما ذكره راديو فرنسا إن": what follows the verb is
		// whom the report came through; the verb's pronoun speaks
		w.via = d.mediaIn(a, b, w.via)
		return w
	}
	pa, pe := d.phrase(a, b)
	if pa >= pe {
		return w
	}
	if pe < b && d.accordingAt(pe, b) {
		w.via = d.mediaIn(pe, b, w.via) // "قال X بحسب وكالة Y إن"
	}
	sp := d.phraseSpeaker(pa, pe, b)
	sp.via = w.via
	return sp
}

// phrase returns the token range of the speaker phrase starting at a: up
// to the first punctuation, adjunct (في، يوم، خلال ...), relative pronoun,
// date, complementizer or "to X" (للصحفيين، لوكالة ...).
func (d *doc) phrase(a, b int) (int, int) {
	for a < b && d.toks[a].Kind == arabic.Punct && !d.inMentionAt(a) {
		a++
	}
	if a < b && d.folded[a] == prepLam {
		a = d.afterToldTo(a, b) // قال لـ«الشرق الأوسط» سمير شيبا
	}
	if a < b && d.stopsPhrase(a) {
		a = d.subjectAfterAdjunct(a, b) // وقال في وقت سابق وزير الخارجية إن
	}
	if a < b && d.class(d.lex.verbs, a) == classParticiple {
		return a, a // "وأوضحت قائلة:": the verb's pronoun speaks
	}
	i := a
	for ; i < b && i-a < maxPhrase; i++ {
		if d.toks[i].Kind == arabic.Punct {
			if d.inMentionAt(i) || d.abbreviationDot(i) || d.quotedName(i) {
				continue
			}
			break
		}
		if d.stopsPhrase(i) && !d.inPersonAt(i) || i > a && d.accordingAt(i, b) {
			break // ... or "قال X وفقا لوكالة Y": the relay is no part of X
		}
	}
	return a, i
}

// quoteMarks are the marks that may enclose a paper's name after لـ.
const quoteMarks = "\"“”«»„'"

// afterToldTo skips "لـ" at token a and the name of the one told after
// it: the speaker, when named, comes next. It returns where the speaker
// phrase may begin.
func (d *doc) afterToldTo(a, b int) int { return d.skipTold(a+1, b) }

// skipTold skips the name of the one told starting at token i, the paper
// or agency in quotation marks or one word or mention ("لـ«عكاظ»"، "لـ
// الحياة"), and the commas after it, within tokens before b.
func (d *doc) skipTold(i, b int) int {
	switch {
	case i >= b:
	case d.isPunct(i, quoteMarks):
		for i++; i < b && !d.isPunct(i, quoteMarks); i++ {
		}
		i++
	default:
		if m, ok := d.mentionStartingAt(d.toks[i].Start); ok {
			i = d.tokAt(m.end)
		} else {
			i++
		}
	}
	for i < b && d.isPunct(i, "،,") {
		i++
	}
	return min(i, b)
}

// tellVerbs, folded and without و or ف, are the reporting verbs whose
// object, the one told, may come before the speaker with no لـ: "أبلغ
// «الاقتصادية» الوزير X أن".
var tellVerbs = map[string]bool{"ابلغ": true, "ابلغت": true, "ابلغوا": true, "اخبر": true, "اخبرت": true, "اخبروا": true}

// afterToldObject skips the quoted name at token a after a verb of
// tellVerbs when it names a medium or nothing the text knows (a paper the
// entity stage missed), adding a medium to w's relay chain; a quoted
// organisation that is no medium is the teller ("أبلغ «حزب الله»
// الحكومة"). It returns where the speaker phrase begins.
func (d *doc) afterToldObject(a, b int, w *who) int {
	i := d.skipTold(a, b)
	for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[i-1].End) {
		if !d.isMedium(m) {
			return a
		}
	}
	w.via = d.mediaIn(a, i, w.via)
	return i
}

// mediaIn adds to via the media named in tokens [a, b).
func (d *doc) mediaIn(a, b int, via []string) []string {
	for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
		if d.isMedium(m) {
			via = appendID(via, d.ents[m.ent].ID)
		}
	}
	return via
}

// accordingAt reports whether an according cue (وفقا لـ، بحسب) starts at
// token i, within tokens before b.
func (d *doc) accordingAt(i, b int) bool {
	c, ok := d.nominalAt(i, b)
	return ok && c.class == classAccording
}

// subjectAfterAdjunct returns the token of the first entity after an
// adjunct that opens a speaker region, or b when there is none: the
// subject is then a pronoun or comes before the verb.
func (d *doc) subjectAfterAdjunct(a, b int) int {
	for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
		if !d.afterPreposition(m) && !d.toldTo(m) {
			if i := d.tokAt(m.start); i < b && d.toks[i].Start == m.start {
				return i
			}
		}
	}
	return b
}

// stopsPhrase reports a word that cannot belong to a speaker phrase.
func (d *doc) stopsPhrase(i int) bool {
	switch d.class(d.lex.stops, i) {
	case classAdjunct, classRelative, classNegation:
		return true
	}
	if d.class(d.lex.comps, i) == classPrep {
		return true
	}
	if c := d.class(d.lex.comps, i); c == classThat || c == classQawl || c == classEmphasis || d.dateStartsAt(d.toks[i].Start) {
		return true
	}
	w := d.folded[i]
	if w == prepLam {
		return true // "قال لـ«الشرق الأوسط» فلان": to whom, then the speaker
	}
	if rest, ok := strings.CutPrefix(w, prepLam); ok && len(rest) > 0 {
		_, named := d.mentionStartingAt(d.toks[i].Start + 1) // لرويترز
		return named || strings.HasPrefix(rest, string(arabic.Lam)) || d.lex.speakers[rest] == classMedium
	}
	return false
}

// inPersonAt reports whether token i starts or lies inside a person's
// name: علي of "علي أكبر ولايتي" is no preposition.
func (d *doc) inPersonAt(i int) bool {
	m, ok := d.mentionCovering(d.toks[i].Start)
	return ok && d.ents[m.ent].Type == "PERS"
}

// inMentionAt reports whether token i lies inside an entity mention (the
// quotation marks of وكالة أنباء "يونهاب").
func (d *doc) inMentionAt(i int) bool {
	m, ok := d.mentionCovering(d.toks[i].Start)
	return ok && m.start < d.toks[i].Start
}

// phraseSpeaker resolves the phrase of tokens [pa, pe) (b bounds the
// region it came from): a person named in it or in apposition after a
// comma; else an unnamed head (مسؤول أمريكي) with no entity; else an
// anaphor (المسؤول) pointing back; else the first entity named in it.
func (d *doc) phraseSpeaker(pa, pe, b int) who {
	ra, rb := d.toks[pa].Start, d.toks[pe-1].End
	head := pa // the word that classes the phrase
	if d.lex.speakers[d.bare(pa)] == classQuantifier && pa+1 < pe {
		head = pa + 1 // "عدة دبلوماسيين"، "بعض المسؤولين"
	}
	if d.class(d.lex.speakers, head) == classHonorific {
		// "وقال سموه لدى استقباله الأمير X": the pronoun speaks, not
		// the person named after it
		return d.honorific(head, d.text(ra, rb))
	}
	if d.class(d.lex.speakers, head) == classAnaphor {
		if end := d.titleEnd(head, pe); end < pe {
			rb = d.toks[end-1].End // "الرئيس المصري أهمية زيارة X": X is the object
		}
	}
	var ms []mention
	for _, m := range d.mentionsIn(ra, rb) {
		if !d.toldTo(m) && !d.namedThing(m) && !d.placeOnly(m) {
			ms = append(ms, m)
		}
	}
	pers, ok := d.firstPerson(ms)
	if !ok && pe+1 < b && d.isPunct(pe, "،,") {
		if m, found := d.apposedPerson(pe+1, b, maxApposition); found {
			pers, ok, rb = m, true, m.end
		}
	}
	if !ok && pe < b {
		// A bare title, its scope, then the name: رئيسة اللجنة في
		// البرلمان دينا حداد، مدير المركز الإقليمي للدراسات في القاهرة
		// الدكتور عبدالمنعم سعيد. A title whose genitive is a state or
		// body (no person: ok is false) may run on too, when the name
		// closes the clause: "مندوبة واشنطن لدى الأمم المتحدة سامانثا
		// باور، إن".
		bare := len(ms) == 0 && d.class(d.lex.speakers, head) != classUnnamed &&
			(d.isAdjunct(pe) || d.isTitle(head) || d.class(d.lex.speakers, head) == classAnaphor && d.lamGenitive(pe))
		scoped := len(ms) > 0 && d.isTitle(head) && d.isAdjunct(pe)
		if bare || scoped {
			if m, found := d.apposedPerson(pe, b, maxTitleScope); found && (bare || d.closesClause(m, b)) {
				pers, ok, rb = m, true, m.end
			} else if m, found := d.apposedAfterBody(pe, b); bare && found {
				pers, ok, rb = m, true, m.end
			}
		}
	}
	if !ok && len(ms) > 0 && ms[0].start > ra && d.isTitle(pa) {
		// وزير الخارجية: the ministry names the office; its holder speaks
		if k, found := d.titledPerson(phraseWords(d.text(ra, rb)), ra); found {
			return who{speaker: d.entityID(k), text: d.text(ra, rb), ok: true}
		}
	}
	if !ok && d.class(d.lex.speakers, head) == classDocument {
		if w, found := d.issuer(pa, b); found {
			return w
		}
		if w, found := d.lastIssuer(pa, pe); found {
			return w
		}
	}
	text := d.text(ra, max(rb, pers.end))
	if !ok && d.class(d.lex.speakers, head) == classInst {
		if w, found := d.institution(pa, ms, text); found {
			return w
		}
	}
	switch {
	case ok:
		return who{speaker: d.entityID(pers.ent), text: text, ok: true}
	case d.class(d.lex.speakers, head) == classUnnamed:
		return who{text: text, ok: true}
	case d.class(d.lex.speakers, head) == classAnaphor:
		return d.anaphor(pa, pe, ms, text)
	case len(ms) > 0:
		if m, found := d.phraseEntity(head, ms); found {
			return who{speaker: d.entityID(m.ent), text: text, ok: true}
		}
	}
	words := phraseWords(text)
	if m, found := d.titleHolderOf(words, ra); found && (m.start < ra || m.start >= rb) {
		// not a person inside the phrase itself, whom it must have
		// passed over (told: "لوزير الخارجية X")
		return who{speaker: d.entityID(m.ent), text: text, ok: true}
	}
	return who{text: text, ok: true}
}

// placeOnly reports a mention of a place that says nothing: a region, a
// sea or a continent (الشرق الأوسط، البحر الأحمر، آسيا), or a city after a
// preposition (ما ذكر المجلس الأوروبي في بروكسل), where it is the seat of
// whoever speaks. A city alone may stand for its state's government
// ("قالت بيونغ يانغ").
func (d *doc) placeOnly(m mention) bool {
	e := &d.ents[m.ent]
	if e.Type != "LOC" || e.Subtype == nil {
		return false
	}
	switch *e.Subtype {
	case "region", "sea", "continent":
		return true
	case "city", "province":
		return d.afterPreposition(m)
	}
	return false
}

// namedThing reports a mention of a thing the knowledge base knows as
// such (an agreement: "الاتفاق النووي"), which says nothing. The tagger's
// own MISC may still be a person or a paper it could not type.
func (d *doc) namedThing(m mention) bool {
	return isThing(&d.ents[m.ent])
}

// quotedName reports whether token i is a quotation mark around a name
// right after the word heading it, opening or closing it: "وقالت صحيفة
// «نيويورك تايمز» إن" is the paper's report.
func (d *doc) quotedName(i int) bool {
	if i == 0 || i+1 >= len(d.toks) || !d.isPunct(i, quoteMarks) {
		return false
	}
	if m, ok := d.mentionCovering(d.toks[i-1].Start); ok && m.end == d.toks[i-1].End {
		o := d.tokAt(m.start) - 1 // the closing mark: the name is one
		return o > 0 && d.isPunct(o, quoteMarks) && d.quotedName(o)
	}
	if c := d.class(d.lex.speakers, i-1); c != classMedium && c != classNameHead {
		return false
	}
	_, named := d.mentionStartingAt(d.toks[i+1].Start)
	return named
}

// abbreviationDot reports whether token i is the full stop of a one-letter
// title abbreviation (د. for الدكتور, م. for المهندس, أ. for الأستاذ) with
// a word after it: "وقال د. محمد العلي إن".
func (d *doc) abbreviationDot(i int) bool {
	return i > 0 && i+1 < len(d.toks) && d.text(d.toks[i].Start, d.toks[i].End) == "." &&
		d.toks[i-1].End == d.toks[i].Start && utf8.RuneCountInString(d.folded[i-1]) == 1 && d.folded[i+1] != ""
}

// titleEnd returns where a definite title at token head and its definite
// adjectives end when an indefinite noun follows that opens no name and
// carries no preposition: the speaker phrase has run on into the verb's
// object ("وأكد الرئيس المصري أهمية زيارة ولي العهد"). It returns pe when
// the phrase does not end so.
func (d *doc) titleEnd(head, pe int) int {
	j := head + 1
	for j < pe && d.folded[j] != "" && strings.HasPrefix(d.folded[j], article) && !d.startsMention(j) {
		j++
	}
	if j == head+1 || j >= pe || d.folded[j] == "" || d.startsMention(j) {
		return pe
	}
	if r, _ := utf8.DecodeRuneInString(d.folded[j]); r == arabic.Lam || r == arabic.Beh || d.bare(j) != d.folded[j] ||
		d.isTitle(j) || d.lex.stops[d.folded[j]] != "" {
		// "الوزير السعودي لشؤون الخليج X", "الخبير الاقتصادي وعضو
		// الجمعية X", "الرئيس التنفيذي رئيس المجلس X": the title runs on
		return pe
	}
	for _, m := range d.mentionsIn(d.toks[j].Start, d.toks[pe-1].End) {
		if d.ents[m.ent].Type == "PERS" {
			return j // a person further on is the object's
		}
	}
	return pe
}

// startsMention reports whether an entity mention starts at token i.
func (d *doc) startsMention(i int) bool {
	_, ok := d.mentionStartingAt(d.toks[i].Start)
	return ok
}

// phraseEntity returns the entity that speaks for a phrase naming no
// person: its first mention, except that after a title a place governed
// by a preposition is only the office's seat ("رئيس المحكمة العامة
// بالمدينة المنورة", "مدير الشرطة في حلب"), and the unnamed holder speaks;
// so does a party's officer ("رئيس حزب X"), who speaks for himself, where
// a ministry's or an agency's spokesman speaks for it.
func (d *doc) phraseEntity(head int, ms []mention) (mention, bool) {
	if !d.isTitle(head) {
		return ms[0], true
	}
	for _, m := range ms {
		if d.party(m) {
			return mention{}, false
		}
		if d.ents[m.ent].Type != "LOC" || !d.afterPreposition(m) {
			return m, true
		}
	}
	return mention{}, false
}

// party reports a mention of a political party.
func (d *doc) party(m mention) bool {
	st := d.ents[m.ent].Subtype
	return st != nil && *st == "party"
}

// lamGenitive reports whether token i is a genitive with ل (للأمم،
// لجامعة): after a title it names the title's body, and the holder's name
// may come after it ("الأمين العام لجامعة الدول العربية نبيل العربي").
func (d *doc) lamGenitive(i int) bool {
	w := d.folded[i]
	return len([]rune(w)) > 3 && strings.HasPrefix(w, prepLam) && d.class(d.lex.comps, i) != classPrep
}

// lastIssuer resolves "البيان" (the statement already spoken of) at token
// pa, a phrase of tokens [pa, pe) naming no issuer: the speaker of the
// last quote with one.
func (d *doc) lastIssuer(pa, pe int) (who, bool) {
	if !strings.HasPrefix(d.bare(pa), article) {
		return who{}, false // "بيان" with no issuer is someone's unnamed statement
	}
	if sp := d.lastQuoted(""); sp != nil {
		return who{speaker: sp, text: d.text(d.toks[pa].Start, d.toks[pe-1].End), ok: true}, true
	}
	return who{}, false
}

// lastQuoted returns the named speaker of the latest quote found so far
// whose entity has type typ ("" for any), or nil.
func (d *doc) lastQuoted(typ string) *string {
	for i := len(d.quotes) - 1; i >= 0; i-- {
		if sp := d.quotes[i].Speaker; sp != nil && (typ == "" || d.typeOf(*sp) == typ) {
			return sp
		}
	}
	return nil
}

// minTitleWords is the fewest words of a title phrase that may name its
// holder: "وزير الخارجية", not "وزير".
const minTitleWords = 2

// titleHolderOf is titleHolder for the longest leading run of words, of
// minTitleWords or more, that some person carries: "وصف وزير الخارجية
// الإيراني المفاوضات" reads its speaker phrase on into the object.
func (d *doc) titleHolderOf(words []string, p int) (mention, bool) {
	for n := len(words); n >= minTitleWords || n == len(words); n-- {
		if n == 0 || n < len(words) && nisbaWord(words[n]) {
			break // dropping "الإيراني" would find another state's minister
		}
		if m, found := d.titleHolder(words[:n], p); found {
			return m, true
		}
	}
	return mention{}, false
}

// maxIssuerGap bounds the words between a statement and its issuer's
// name: بيان صادر عن مكتب الرئيس.
const maxIssuerGap = 4

// issuer resolves a statement at token pa (قال بيان صادر عن الجيش إن) to
// the entity named within maxIssuerGap words after it, before token b:
// the statement speaks for it. It reports false when none is named.
func (d *doc) issuer(pa, b int) (who, bool) {
	end := min(b, pa+1+maxIssuerGap)
	for i := pa + 1; i < end && d.toks[i].Kind != arabic.Punct; i++ {
		if m, ok := d.mentionCovering(d.toks[i].End - 1); ok {
			return who{speaker: d.entityID(m.ent), text: d.text(d.toks[pa].Start, max(m.end, d.toks[i].End)), ok: true}, true
		}
	}
	return who{}, false
}

// isTitle reports an office word in the construct state at token i (وزير،
// رئيس): with the article it would be an anaphor (الوزير، الرئيس).
func (d *doc) isTitle(i int) bool {
	for _, w := range []string{d.folded[i], d.bare(i)} { // وزير is no و + زير
		if !strings.HasPrefix(w, article) && d.lex.speakers[article+w] == classAnaphor {
			return true
		}
	}
	return false
}

// titledPerson finds the person holding the whole title words: one whose
// roles contain every word, else one the text gives the title next to its
// name. A partial match (وزير الخارجية for وزير الخارجية الإيراني) is
// another country's minister as often as not.
func (d *doc) titledPerson(words []string, p int) (int, bool) {
	for k, e := range d.ents {
		if e.Type != "PERS" {
			continue
		}
		for _, r := range e.Roles {
			if overlap(phraseWords(r), words) == len(words) {
				return k, true
			}
		}
	}
	if m, found := d.titleHolder(words, p); found {
		return m.ent, true
	}
	return 0, false
}

func (d *doc) firstPerson(ms []mention) (mention, bool) {
	var first mention
	found := false
	for _, m := range ms {
		if d.ents[m.ent].Type != "PERS" {
			continue
		}
		if !found {
			first, found = m, true
			if i := d.tokAt(m.start); i == 0 || !d.isTitle(i-1) {
				return m, true
			}
			continue
		}
		// "مستشار خامنئي الدكتور علي أكبر ولايتي": the first person
		// is the genitive of a title; the one after it holds it
		return m, true
	}
	return first, found
}

func (d *doc) mentionStartingAt(p int) (mention, bool) {
	for _, m := range d.mentionsIn(p, p+1) {
		return m, true
	}
	return mention{}, false
}

// maxApposition bounds the words before the name in an apposition:
// "المتحدثة باسم ...، أدريان واتسون" (a first name the entity stage missed);
// maxTitleScope those between a bare title and its holder's name.
const (
	maxApposition = 3
	maxTitleScope = 7
)

// isAdjunct reports a preposition word (في، من ...) at token i.
func (d *doc) isAdjunct(i int) bool {
	return d.class(d.lex.stops, i) == classAdjunct || d.class(d.lex.comps, i) == classPrep
}

// closesClause reports whether mention m ends the reporting clause that
// runs to token b: a comma, colon or complementizer, or b, comes next.
func (d *doc) closesClause(m mention, b int) bool {
	j := d.tokAt(m.end)
	return j >= b || d.isPunct(j, "،,:") || d.class(d.lex.comps, j) == classThat
}

// apposedPerson returns a person named within n words from token a, in an
// apposition after a comma or after the scope of a bare title, stopping
// at punctuation, a relative pronoun or a complementizer.
func (d *doc) apposedPerson(a, b, n int) (mention, bool) {
	for i := a; i < b && i < a+n && d.toks[i].Kind != arabic.Punct && d.class(d.lex.stops, i) != classRelative && d.class(d.lex.comps, i) != classThat; i++ {
		for _, m := range d.mentionsIn(d.toks[i].Start, d.toks[i].End) {
			if d.ents[m.ent].Type == "PERS" {
				return m, true
			}
		}
	}
	return mention{}, false
}

// apposedAfterBody finds the person named after a comma that closes the
// body a bare title's ل-genitive at token pe names: "الرئيس المشارك لحزب
// الشعوب الديمقراطي، صلاح الدين ديمرتاش".
func (d *doc) apposedAfterBody(pe, b int) (mention, bool) {
	if !d.lamGenitive(pe) {
		return mention{}, false
	}
	m, ok := d.mentionCovering(d.toks[pe].End - 1)
	if !ok || d.ents[m.ent].Type == "PERS" {
		return mention{}, false
	}
	j := d.tokAt(m.end) // the comma, after the body's last word
	if j+1 >= b || !d.isPunct(j, "،,") {
		return mention{}, false
	}
	return d.apposedPerson(j+1, b, maxApposition)
}

// toldTo reports a mention written as the object of "to": لوكالة X,
// لصحيفة X, لـ X. Said to a medium, the words come via it.
func (d *doc) toldTo(m mention) bool {
	i := d.tokAt(m.start)
	if i > 0 && d.toks[i-1].End > m.start { // the mention starts inside a word
		return arabic.Fold(d.text(d.toks[i-1].Start, m.start)) == prepLam
	}
	for i > 0 && d.isPunct(i-1, "\"“”«»") { // لـ«الشرق»
		i--
	}
	if i == 0 || d.folded[i-1] == "" {
		return false
	}
	w := d.folded[i-1]
	if w == prepLam || strings.HasPrefix(w, prepLam) && d.lex.speakers[w[len(prepLam):]] == classMedium {
		return true
	}
	return d.toldTitle(i - 1)
}

// toldTitle reports whether the title chain ending at word j opens with
// "to" on its title word: "قالت دول الخليج لوزير الخارجية الأميركي جون
// كيري إن" is said to Kerry; "للرئيس" is ل + الرئيس.
func (d *doc) toldTitle(j int) bool {
	for k := j; k >= 0 && k > j-maxToldTitle && d.folded[k] != ""; k-- {
		w, ok := strings.CutPrefix(d.folded[k], prepLam)
		if ok && len(w) > 2 {
			if strings.HasPrefix(w, prepLam) {
				w = article + w[len(prepLam):] // للرئيس
			} else {
				w = article + w // لوزير
			}
			if d.lex.speakers[w] == classAnaphor {
				return true
			}
		}
		if !strings.HasPrefix(d.folded[k], article) {
			return false // only the title's genitives and adjectives before the name
		}
	}
	return false
}

// maxToldTitle is the most words of a title chain read back for its "to".
const maxToldTitle = 5

// pastStatement returns where a statement adjunct ending right before
// verb v starts ("موغيريني في بيان لها قالت"), so that the subject before
// it is found; v when there is none.
func (d *doc) pastStatement(v, ta int) int {
	j := v - 1
	for j > ta && statementTail[d.folded[j]] {
		j-- // لها، الصحفية
	}
	for k := j; k >= ta && k >= j-2; k-- {
		if c, ok := d.nominalAt(k, v); ok && c.class == classStatement && c.end == j+1 {
			return k
		}
	}
	return v
}

// statementTail, folded, may follow the noun of a statement adjunct:
// "في بيان لها", "في تصريحات صحفية".
var statementTail = map[string]bool{"له": true, "لها": true, "لهم": true, "لهما": true,
	"صحفي": true, "صحفيه": true, "صحافي": true, "صحافيه": true, "مكتوب": true, "رسمي": true}

// before finds the speaker written before the verb at token v (SVO): an
// entity ending right before it, or an unnamed head among the three words
// before it (لكن مسؤولين أمريكيين قالوا).
func (d *doc) before(v, ta int) who {
	v = d.pastStatement(v, ta)
	j := v - 1
	if j > ta && d.isPunct(j, "\"”»") {
		j-- // "سيرجي لافروف" يؤكد أن
	}
	if j < ta || d.toks[j].Kind == arabic.Punct {
		return who{}
	}
	if d.class(d.lex.stops, j) == classVerbal {
		return d.auxSubject(j, ta)
	}
	if d.class(d.lex.stops, j) == classRelative && j > ta {
		// "كارل غيرشمان، الذي اعترف بأن": the relative clause's
		// antecedent speaks
		k := j - 1
		if k > ta && d.isPunct(k, "،,") {
			k--
		}
		if m, ok := d.mentionCovering(d.toks[k].Start); ok && d.toks[k].Kind != arabic.Punct {
			return who{speaker: d.entityID(m.ent), text: d.text(m.start, m.end), ok: true}
		}
		if m, ok := d.personBeforeApposition(k, ta); ok {
			// "أحمد عادل، مدير العمليات في الشركة، الذي أكد أن"
			return who{speaker: d.entityID(m.ent), text: d.text(m.start, m.end), ok: true}
		}
		if i, ok := d.definiteNoun(k, ta); ok && k == j-1 && d.unnamedHead(i) {
			// "بحسب المصادر الأمريكية التي قالت إن": sources speak,
			// unnamed, and a name further back does not. "الاتفاق
			// الذي قال إنه" is what someone else said.
			return who{text: d.text(d.toks[i].Start, d.toks[k].End), ok: true}
		}
		return who{}
	}
	if m, ok := d.mentionCovering(d.toks[j].Start); ok {
		if d.afterPreposition(m) {
			// "فيتالي تشوركين، سفير روسيا في الأمم المتحدة قال": the
			// place is the title's; the person before the comma speaks
			if w := d.apposedSubject(m, ta); w.ok {
				return w
			}
			// "الدول التي تلتقي في هاواي تؤكد": a common noun before
			// the verb is its subject, named by no entity
			return who{text: d.text(d.toks[ta].Start, d.toks[j].End), ok: true}
		}
		return who{speaker: d.entityID(m.ent), text: d.text(m.start, m.end), ok: true}
	}
	for k := j; k >= ta && k >= v-3 && d.toks[k].Kind != arabic.Punct; k-- {
		if d.class(d.lex.speakers, k) == classUnnamed {
			return who{text: d.text(d.toks[k].Start, d.toks[j].End), ok: true}
		}
	}
	return d.titledSubject(v, ta)
}

// definiteNoun returns the first word of the definite noun phrase, a noun
// and up to two adjectives with the article, that ends at token k, no
// earlier than token ta; false when k has no article or is in a mention.
func (d *doc) definiteNoun(k, ta int) (int, bool) {
	i := k
	for ; i > ta && i > k-3 && d.toks[i-1].Kind != arabic.Punct && strings.HasPrefix(d.folded[i-1], article) && !d.inMentionAt(i-1); i-- {
	}
	if d.toks[k].Kind == arabic.Punct || !strings.HasPrefix(d.folded[k], article) || d.inMentionAt(k) {
		return 0, false
	}
	return i, true
}

// unnamedHead reports whether token i, with or without its article, is
// a word that heads an unnamed speaker (مصادر، المصادر، التقارير).
func (d *doc) unnamedHead(i int) bool {
	w := d.folded[i]
	return d.lex.speakers[w] == classUnnamed || d.lex.speakers[strings.TrimPrefix(w, article)] == classUnnamed
}

// maxAppositionWords bounds the apposition personBeforeApposition reads
// back over.
const maxAppositionWords = 10

// personBeforeApposition returns the person named right before the comma
// that opens an apposition ending at token k, "X، مدير العمليات في
// الشركة،": the apposition names no person of its own.
func (d *doc) personBeforeApposition(k, ta int) (mention, bool) {
	for i := k; i > ta && i >= k-maxAppositionWords; i-- {
		if d.toks[i].Kind != arabic.Punct {
			if m, ok := d.mentionCovering(d.toks[i].Start); ok && d.ents[m.ent].Type == "PERS" {
				return mention{}, false
			}
			continue
		}
		if !d.isPunct(i, "،,") || i-1 <= ta {
			return mention{}, false
		}
		m, ok := d.mentionCovering(d.toks[i-1].Start)
		return m, ok && d.ents[m.ent].Type == "PERS"
	}
	return mention{}, false
}

// titledSubject reads an SVO subject whose title follows the name with no
// comma: "يوري بويتشنكو مفوض الأمم المتحدة لمناهضة التمييز يرى أن". A
// person's name must end right before a title word, and no punctuation
// may stand between it and verb v.
func (d *doc) titledSubject(v, ta int) who {
	for k := v - 2; k > ta && k >= v-maxPhrase && d.toks[k].Kind != arabic.Punct; k-- {
		if !d.isTitle(k) {
			continue
		}
		if p, ok := d.mentionCovering(d.toks[k-1].Start); ok && d.ents[p.ent].Type == "PERS" && !d.afterPreposition(p) {
			return who{speaker: d.entityID(p.ent), text: d.text(p.start, d.toks[v-1].End), ok: true}
		}
	}
	return who{}
}

// beforeVerb reads the subject of "X عاد وقال" for the verb at token v
// written with و: a named X right before the one word of a verb before
// it. The two verbs share their subject; X is no object of a preposition.
func (d *doc) beforeVerb(v, ta int) who {
	j, k := v-1, v-2
	if k < ta || d.toks[j].Kind == arabic.Punct || d.toks[k].Kind == arabic.Punct || d.inMentionAt(j) {
		return who{}
	}
	if _, named := d.mentionCovering(d.toks[j].Start); named || d.class(d.lex.stops, j) != "" {
		return who{}
	}
	m, ok := d.mentionCovering(d.toks[k].Start)
	if !ok || d.afterPreposition(m) || d.toldTo(m) {
		return who{}
	}
	return who{speaker: d.entityID(m.ent), text: d.text(m.start, m.end), ok: true}
}

// apposedSubject finds the subject of a verb whose words before it end in
// a prepositional phrase m: a person named before a comma that opens an
// appositive running up to the verb ("X، سفير روسيا في الأمم المتحدة
// قال"). It returns no one when there is none: "الدول التي تلتقي في هاواي
// تؤكد" has an unnamed subject.
func (d *doc) apposedSubject(m mention, ta int) who {
	i := d.tokAt(m.start) - 1
	for ; i > ta && d.toks[i].Kind != arabic.Punct; i-- {
	}
	if i <= ta || !d.isPunct(i, "،,") {
		return who{}
	}
	p, ok := d.mentionCovering(d.toks[i-1].Start)
	if !ok || d.ents[p.ent].Type != "PERS" {
		return who{}
	}
	return who{speaker: d.entityID(p.ent), text: d.text(p.start, m.end), ok: true}
}

// auxBefore reads the subject of "وكان X ... أعلن أن" with no قد: كان
// opens the clause within maxPhrase words before verb v, with no
// punctuation between, and a person named right after it speaks.
func (d *doc) auxBefore(v, ta int) who {
	for k := v - 1; k >= ta && k >= v-maxPhrase && d.toks[k].Kind != arabic.Punct; k-- {
		if d.class(d.lex.stops, k) != classAux {
			continue
		}
		for _, m := range d.mentionsIn(d.toks[k].End, d.toks[v-1].End) {
			if d.ents[m.ent].Type == "PERS" && !d.afterPreposition(m) {
				return who{speaker: d.entityID(m.ent), text: d.text(d.toks[k+1].Start, m.end), ok: true}
			}
		}
		return who{}
	}
	return who{}
}

// auxSubject reads the subject of a pluperfect "وكان X قد قال إن": the
// words between كان and the particle at token q (قد). A particle with no
// كان before it in the clause has no subject before the verb.
func (d *doc) auxSubject(q, ta int) who {
	for k := q - 1; k >= ta && k >= q-maxPhrase && d.toks[k].Kind != arabic.Punct; k-- {
		if d.class(d.lex.stops, k) == classAux {
			return d.subject(k+1, q, -1)
		}
	}
	return who{}
}

// clauseSubject guesses who a clause of runes [a, b) is about: its first
// entity mention that is no object of a preposition (مع يون، في بيان،
// لوكالة) and not inside quotation marks.
func (d *doc) clauseSubject(a, b int) who {
	ms := d.mentionsIn(a, b)
	for k, m := range ms {
		if d.inSegment(m.start) || d.afterPreposition(m) {
			continue
		}
		if k+1 < len(ms) && d.ents[m.ent].Type != "PERS" && d.ents[ms[k+1].ent].Type == "PERS" &&
			d.tokAt(ms[k+1].start) == d.tokAt(m.end) {
			// "ورحب المتحدث باسم الكرملين ديمتري بيسكوف ... قائلا": the
			// body names the man's office; he speaks
			m = ms[k+1]
		}
		return who{speaker: d.entityID(m.ent), text: d.text(m.start, m.end), ok: true}
	}
	return who{}
}

// afterPreposition reports a mention governed by a preposition, either a
// separate word (في، مع، عن) or a clitic glued to it (ب، ل).
func (d *doc) afterPreposition(m mention) bool {
	i := d.tokAt(m.start)
	if i > 0 && d.toks[i-1].End > m.start {
		p := arabic.Fold(d.text(d.toks[i-1].Start, m.start))
		return strings.HasSuffix(p, prepLam) || strings.HasSuffix(p, prepBeh)
	}
	if i == 0 {
		return false
	}
	if d.class(d.lex.stops, i-1) == classAdjunct && carriesPronoun(d.toks[i-1].Text) {
		return false // "أكد عليه خامنئي": عليه is a whole phrase; خامنئي is the subject
	}
	return d.class(d.lex.comps, i-1) == classPrep || d.class(d.lex.stops, i-1) == classAdjunct || d.folded[i-1] == prepLam
}

// carriesPronoun reports whether a word as written ends in an attached
// pronoun (عليه، منها، لهم); ة is no pronoun.
func carriesPronoun(w string) bool {
	for _, p := range []string{"ه", "ها", "هم", "هما"} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// inSegment reports whether rune p lies inside quotation marks.
func (d *doc) inSegment(p int) bool {
	return p >= 0 && p < len(d.quoted) && d.quoted[p]
}

func appendID(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// dateStartsAt reports whether a date expression starts at rune p.
func (d *doc) dateStartsAt(p int) bool {
	for _, x := range d.dates {
		if x.Start == p {
			return true
		}
	}
	return false
}

// dateIn returns the value of the first date expression starting inside
// the runes [a, b), or nil.
func (d *doc) dateIn(a, b int) *string {
	for _, x := range d.dates {
		if x.Start >= a && x.Start < b && x.Value != "" {
			v := x.Value
			return &v
		}
	}
	return nil
}
