package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// state is the walk over one sentence's triggers: the events so far, the
// denial or accusation governing what follows, the last verb's subject.
type state struct {
	f           *finder
	sent        int
	first, last int
	trigs       []trigger
	events      []isnad.Event
	fr          *frame
	verbSource  []string
	verbForm    *entry   // the entry of the verb that gave verbSource
	verbSubject []string // the last trigger verb's own subject, named or not
	verbSeen    bool     // a trigger verb came before in the sentence
	guessed     bool     // the last subject inherit gave was the nearest name, a guess
	ownSource   bool     // roles read the last trigger's source off its own words
	verbEvent   int      // index in events of the last verb's event, or -1
	swallowTill int
	lastAt      int // last word of the trigger of the last event
}

// frame is a denial or accusation and the stretch of sentence it governs.
type frame struct {
	at       trigger
	deny     bool
	src, tgt []string
	produced bool // a governed event came out
	// charge is the index in events of the frame's own ACCUSE event,
	// when it came out with no target, else -1: the agent of the act it
	// governs is then whom it accuses ("انتقدت البحرين تدخلات إيران").
	charge int
}

// needsTarget types make no event without a target.
var needsTarget = map[string]bool{"CONSULT": true, "COOPERATE": true, "AGREE": true, "SUPPORT": true,
	"AID": true, "REQUEST": true, "COERCE": true, "THREATEN": true, "ASSAULT": true}

// symmetric types take their two parties in either order.
var symmetric = map[string]bool{"CONSULT": true, "COOPERATE": true, "AGREE": true}

func (st *state) run() []isnad.Event {
	st.trigs = st.f.triggers(st.first, st.last)
	st.swallowTill, st.verbEvent = -1, -1
	for k := 0; k < len(st.trigs); k++ {
		t := st.trigs[k]
		// "فرض عقوبات": a verb and the noun it needs name one event.
		for k+1 < len(st.trigs) && st.absorbs(t, st.trigs[k+1]) {
			k++
			t.needEnd = st.trigs[k].last
		}
		limit, next := st.reach(t, k)
		st.add(t, limit)
		k = next - 1
	}
	st.closeFrame()
	return dropUntargeted(st.events)
}

// reach returns the last word trigger t, the k-th, may take its actors
// from, and the index of the trigger to read after it: the next one, or
// for a threat the one after the act it threatens with, which is not done
// ("هددت X بفرض عقوبات على Y": whom the sanctions would hit is whom the
// threat is to).
func (st *state) reach(t trigger, k int) (limit, next int) {
	next = k + 1
	if next == len(st.trigs) {
		return st.last, next
	}
	if !st.f.threatWith(t, st.trigs[next]) {
		return st.trigs[next].first - 1, next
	}
	act := next
	for next++; next < len(st.trigs) && st.absorbs(st.trigs[act], st.trigs[next]); next++ {
		// "بفرض عقوبات" is one act
	}
	if next == len(st.trigs) {
		return st.last, next
	}
	return st.trigs[next].first - 1, next
}

// threatWith reports whether trigger next is the act threat t threatens
// with: a complement after ب within a few words of the threat ("هددت
// الولايات المتحدة بفرض عقوبات", "لوحت بإمكان فرض عقوبات"), not بأن
// ("حذر بأن X ستهاجم" reports the attack it warns of).
func (f *finder) threatWith(t, next trigger) bool {
	if t.e.typ != "THREATEN" || next.first > t.last+subjectWindow+3 {
		return false
	}
	for j := t.last + 1; j <= next.first; j++ {
		w := f.ws[j]
		if w.punct || f.boundary(j) {
			return false
		}
		if strings.HasPrefix(w.folded, "ب") && !isPrep(w) && !f.cue(cueSubordinate, j) && (j == next.first || !f.inActor[j]) {
			return true
		}
	}
	return false
}

// dropUntargeted removes an event with no target when the sentence has
// the same act by the same source with one: "بإرسال جنود لمساعدة روسيا"
// is one aid, to Russia.
func dropUntargeted(evs []isnad.Event) []isnad.Event {
	out := evs[:0]
	for i, e := range evs {
		if len(e.Target) == 0 && slices.ContainsFunc(evs, func(o isnad.Event) bool {
			return len(o.Target) > 0 && o.Type == e.Type && o.Polarity == e.Polarity && key(o.Source) == key(e.Source)
		}) {
			continue
		}
		out = append(out, evs[i])
	}
	return out
}

// absorbs reports whether next is the word t needs, of t's own type.
func (st *state) absorbs(t, next trigger) bool {
	if t.e.kind == verb && next.e.kind != verb && next.e.typ == t.e.typ && next.first == t.last+1 {
		return true // "استهدفت غارة أمريكية X": the noun is the verb's subject
	}
	if t.e.need == nil || next.first > t.last+needWindow {
		return false
	}
	if t.e.kind == verb && next.first > t.last {
		// "قدمت إيران دعما عسكريا": a noun the word the verb needs
		// qualifies is the verb's object, whatever else it may be
		if j := st.f.needAt(t.e, t.last, len(st.f.ws)-1); j == next.last+1 && !isPrep(st.f.ws[j]) {
			return true
		}
	}
	// "فرض عقوبات", "تقديم إيران دعما", "لوح بفرض عقوبات": the word
	// needed names the act the trigger makes, or its object
	return st.f.ws[next.first].has(t.e.need)
}

// add turns trigger t, whose actors lie before word limit, into events.
func (st *state) add(t trigger, limit int) {
	if t.first <= st.swallowTill {
		return
	}
	if t.e.typ == "ACCUSE" && t.e.kind == verb && st.f.passiveCharge(t) {
		return // "الذي اتهم بقضايا إرهابية": he was charged, by no one named
	}
	governed := st.governs(t)
	if !governed {
		st.closeFrame()
	}
	src, tgt, loc, ok := st.roles(t, limit, governed)
	if !ok {
		return
	}
	if t.e.typ == "REJECT" && st.f.polarity(t) == "negative" {
		return // "لا تستبعد", "لم ترفض": no refusal, at most a hedge
	}
	if t.e.kind == verb && len(src) > 0 && !t.e.said {
		st.verbSource, st.verbForm = src, t.e
	}
	if t.e.kind == verb && !t.e.said { // a speaker's charge is no subject of the clause
		st.verbSubject, st.verbSeen = src, true
		if st.guessed {
			st.verbSubject = nil
		}
	}
	switch {
	case t.e.typ == typeDeny:
		st.fr = &frame{at: t, deny: true, src: src, tgt: tgt, charge: -1}
		return
	case t.e.typ == "ACCUSE" && (t.e.kind == verb || t.e.kind == participle) && !t.e.said:
		st.fr = &frame{at: t, src: src, tgt: tgt, charge: -1}
	case t.e.typ == "REJECT":
		st.swallowTill = t.last + 3
		if len(tgt) == 0 {
			tgt = st.f.withWhom(t.last+1, st.swallowTill+1) // "استبعد التعاون مع تركيا"
		}
		if j := st.f.accusationAfter(t); t.e.kind == verb && j >= 0 {
			// "ترفض الحكومة اتهامات بأنها أيدت X": rejecting a charge
			// denies what it charges, right after the charge's word
			st.fr = &frame{at: t, deny: true, src: src, tgt: tgt, produced: true, charge: -1}
			st.swallowTill = j
		}
	}
	if len(src) == 0 && t.e.kind != verb && st.verbEvent >= 0 && st.f.during(t) {
		// "اتفقا أثناء اتصال هاتفي": the call is the parties' of the
		// verb it accompanies
		prev := st.events[st.verbEvent]
		src = prev.Source
		if symmetric[t.e.typ] && len(tgt) == 0 {
			tgt = prev.Target
		}
	}
	if len(src) == 0 && len(tgt) > 0 && symmetric[t.e.typ] && t.e.kind != verb && !t.e.own && st.f.withAt(t.last+1) {
		// "أكد المتحدث أنه ليس هناك أي اتصالات مع إيران": the
		// speaker's side is the other party
		if sp := st.f.speaker(t); sp != nil && !slices.Contains(tgt, *sp) {
			src = []string{*sp}
		}
	}
	if len(src) == 0 && symmetric[t.e.typ] && t.e.kind != verb {
		src = st.f.oneSided(t, limit)
		if len(src) > 0 {
			st.emit(t, src, nil, loc, governed)
			return
		}
	}
	if len(tgt) == 0 && loc != nil && placeIsTarget[t.e.typ] {
		// "استدعت سفيرها في طهران": the mission recalled or expelled is
		// in the state whose capital is named
		if s := st.f.stateAt(*loc); s != "" && !slices.Contains(src, s) {
			tgt = []string{s}
		}
	}
	if t.e.need["مشروع"] && !st.f.draftAfter(t) {
		return // "تقدم المثال ... فالمشروع": no draft resolution submitted
	}
	if t.e.typ == "REQUEST" && len(tgt) == 0 && st.f.draftAfter(t) {
		// "تقدمت ماليزيا بمشروع قرار": the draft goes to the council
		// named before it
		tgt = st.f.councilBefore(t)
	}
	if t.e.typ == "ASSAULT" && len(src) > 0 && len(tgt) == 0 {
		tgt = st.f.victimBefore(t, st.first) // "مقتل X في غارة أمريكية"
		if len(tgt) == 0 && loc != nil && st.ownSource && !slices.Contains(src, *loc) {
			// "هجوم انتحاري لتنظيم داعش على مسجد في الكويت": with no one
			// named, the attack is on the place; but only when the
			// attacker is the trigger's own, not one the clause lends
			tgt = st.f.otherSide(src, []string{*loc})
		}
	}
	if t.e.typ == "AGREE" && t.e.kind == verb && len(src) > 0 && len(tgt) == 0 {
		// "وافق مجلس الأمن على الاتفاق": one side approves; "صادقت
		// على اتفاق الدفاع مع روسيا": the deal's other party
		if ok, party := st.f.approves(t); ok {
			st.emit(t, src, without(party, src), loc, governed)
			return
		}
	}
	if len(src) == 0 || needsTarget[t.e.typ] && len(tgt) == 0 && !(governed && st.fr != nil && !symmetric[t.e.typ]) {
		// ... except the act a charge or a denial is about ("تتهم X
		// بتسليح المتمردين"): the charge is the point, whoever it
		// was done to.
		// Who did it is the point of an event; a meeting or agreement
		// needs its two sides, support, aid, a demand, a threat or an
		// attack whom they are for.
		return
	}
	st.emit(t, src, tgt, loc, governed)
}

// roles finds the source, target and place of t: from the sentence's
// shape, then from the verb before, the governing frame or the clause.
// ok is false when t can make no event (a purchase with no seller).
func (st *state) roles(t trigger, limit int, governed bool) (src, tgt []string, loc *string, ok bool) {
	f := st.f
	st.guessed = false
	coordinated := st.verbSource != nil && f.ws[t.first].bare != f.ws[t.first].folded && agrees(st.verbForm, t.e)
	src, tgt, loc = f.actors(t, st.first, limit, coordinated)
	st.ownSource = len(src) > 0
	if t.e.said {
		if governed && t.e.kind != reversed {
			st.chargeAgent(src)
		}
		return f.saidBy(t, st.first, src, tgt, governed, loc)
	}
	if sp := f.speaker(t); t.e.self && sp != nil {
		// "نحث كوريا على ...": we, the speaker, urge; the actor after
		// the verb is its object.
		src, tgt = []string{*sp}, appendNew(slices.Clone(src), tgt...)
	} else if t.e.self && t.e.kind == verb && f.before(t.first, st.first) == nil {
		// "ونشكر الأمير خالد", "أناشد معالي الوزير": the writer or an
		// unnamed speaker; the actor after the verb is still its object.
		src, tgt = nil, appendNew(slices.Clone(src), tgt...)
	}
	if len(src)+len(tgt) == 0 && f.pair[0] != nil && f.bothSides(t.last+1) {
		// "التقى X Y ... واتفق الجانبان على": the two sides met before
		src, tgt = f.pair[0], f.pair[1]
	}
	own := len(src)+len(tgt) > 0
	switch {
	case t.e.kind == verb && t.e.plural && st.verbEvent >= 0 && len(f.after1(t)) == 0:
		// "التقى X Y واتفقا": a dual verb's subject is both parties of
		// the verb before.
		prev := st.events[st.verbEvent]
		src = appendNew(slices.Clone(prev.Source), prev.Target...)
	case symmetric[t.e.typ] && t.e.kind == noun && len(src) > 0 && len(tgt) == 0 && !governed:
		// "سافر X للقاء الرئيس Y": with a subject before it, the
		// genitive of a meeting is the other side.
		if subj := st.inherit(t, false, true, src); len(subj) > 0 {
			src, tgt = subj, src
		}
	}
	if subj := st.objectFirst(t, src, tgt); subj != nil {
		src, tgt = subj, src
	}
	if t.e.conditional {
		// "في حال خرق إيران الاتفاق فإننا سنرد": the condition's actor
		if tgt = f.conditionActor(t, st.first, st.last); len(tgt) == 0 {
			return nil, nil, nil, false
		}
		if sp := f.speaker(t); len(src) == 0 && sp != nil && !slices.Contains(tgt, *sp) {
			src = []string{*sp} // "فإننا سنرد": we, the speaker
		}
	}
	switch {
	case len(src) > 0:
	case t.e.kind == reversed:
		if sp := f.speaker(t); sp != nil {
			src = []string{*sp}
		}
	case !t.e.own:
		src = st.inherit(t, governed, own, tgt)
	}
	if t.e.buy {
		seller := f.seller(t, limit)
		if seller == nil {
			return nil, nil, nil, false
		}
		src, tgt = seller, src
	}
	if len(tgt) == 0 {
		tgt = f.regimeTarget(t, limit)
	}
	if t.e.mode != "visit" || !f.allPlaces(tgt) {
		// "زيارات إلى الإمارات وقطر": the places visited are all
		// targets, and none of them the visitor
		src, tgt = f.split(src, tgt, t.e.typ)
	}
	if t.e.traveller && (!slices.ContainsFunc(src, f.isPerson) || len(tgt) == 0 || !f.allPlaces(tgt)) {
		return nil, nil, nil, false
	}
	if t.e.traveller && !st.ownSource && (t.e.feminine || t.e.plural) {
		// "وصلت إلى حد"، "تصل مبيعات العطور إلى"، "يتوجهون إلى
		// العراق": a feminine or plural verb of going has a subject of its
		// own that names no one, not the man the clause spoke of
		return nil, nil, nil, false
	}
	if t.e.mode == "visit" {
		// "زيارة فابيوس إلى طهران" visits Iran when the article names it:
		// a capital visited stands for its state
		for i, id := range tgt {
			if s := f.stateAt(id); s != "" && !slices.Contains(tgt, s) {
				tgt[i] = s
			}
		}
	}
	return f.actingOnly(src), f.otherSide(src, tgt), loc, true
}

// agrees reports whether two verb forms may share a subject: not a
// masculine and a feminine singular ("ندد ماكرون ... وطالبت الإمارات":
// the feminine verb has a subject of its own).
func agrees(a, b *entry) bool {
	singular := func(e *entry) bool { return e.kind == verb && !e.plural && !e.self }
	return !singular(a) || !singular(b) || a.feminine == b.feminine
}

// saidBy returns the roles of an act whose naming accuses its agent
// (@said), from the agent the act's own words give (src, or tgt for a
// predicate after its subject): the quote's named speaker accuses the
// agent. Not outside a named speaker's quote, not under a charge or a
// denial (the charge is the accusation), not when negated, and not of
// the speaker's own side.
func (f *finder) saidBy(t trigger, from int, src, tgt []string, governed bool, loc *string) ([]string, []string, *string, bool) {
	agent := src
	if t.e.kind == reversed {
		agent = tgt
	}
	if t.e.kind == verb && f.before(t.first, from) == nil {
		// after the verb, only an actor right after it is its subject:
		// in "وتتدخل في شؤون لبنان" Lebanon is whose affairs
		if gs := f.after1(t); len(gs) == 0 || gs[0].prep != "" || gs[0].first > t.last+2 || !overlaps(gs[0].ents, agent) {
			return nil, nil, nil, false
		}
	}
	sp := f.speaker(t)
	if sp == nil || governed || len(agent) == 0 || f.polarity(t) == "negative" || f.modality(t) != "asserted" || f.conditional(t) {
		return nil, nil, nil, false
	}
	agent = f.otherSide([]string{*sp}, agent)
	if len(agent) == 0 {
		return nil, nil, nil, false
	}
	return []string{*sp}, agent, loc, true
}

// actingOnly drops from src the places below a state: a town, a village
// or a stadium does nothing ("الغارات التي استهدفت مواقع في محيط قرية
// زراكلي"); a state, and a capital standing for it, does.
func (f *finder) actingOnly(src []string) []string {
	out := src[:0:0]
	for _, id := range src {
		if !f.belowState(id) {
			out = append(out, id)
		}
	}
	return out
}

// belowState reports whether id is a place that does nothing: a city or
// province of the knowledge base, a region, sea or continent, or a place
// whose name opens with a common noun of places (قرية زراكلي، مدينة الرس).
func (f *finder) belowState(id string) bool {
	e := f.entity(id)
	if e == nil || e.Type != "LOC" {
		return false
	}
	if e.Subtype != nil {
		// a capital stands for a state the article does not name; a
		// region, a sea or a continent acts for no one ("أمن الخليج"،
		// "الشرق الأوسط"), unlike a region with a government of its own
		// (إقليم كردستان)
		return (*e.Subtype == "city" || *e.Subtype == "province") && f.unnamedState(*e) == nil ||
			*e.Subtype == "region" || *e.Subtype == "sea" || *e.Subtype == "continent"
	}
	head, _, _ := strings.Cut(arabic.Fold(e.Name), " ")
	return cuePlaceHead.words[head]
}

// allPlaces reports whether every actor of ids is a place.
func (f *finder) allPlaces(ids []string) bool {
	for _, id := range ids {
		if !f.isPlace(id) {
			return false
		}
	}
	return true
}

// objectFirst returns the subject of a verb whose only actor, after it,
// is its object: "حيث سيلتقي الرئيس X" after "أعلن Y أنه سيتوجه ...",
// where the verb carries its subject from the sentence before it. Read
// as VSO, the actor would be a subject with no one to meet; the sentence's
// subject is a better guess. It returns nil when the verb has an actor
// before it, another after it, or no type that needs a target.
func (st *state) objectFirst(t trigger, src, tgt []string) []string {
	f := st.f
	if t.e.kind != verb || t.e.plural || !needsTarget[t.e.typ] || len(src) == 0 || len(tgt) > 0 ||
		f.before(t.first, st.first) != nil || f.objectAfterSubject(t) {
		return nil
	}
	if st.verbSource != nil && !agrees(st.verbForm, t.e) {
		return nil // the verb before has another subject: the actor after this one is its own
	}
	if gs := f.after1(t); len(gs) == 0 || !overlaps(gs[0].ents, src) {
		// the subject is a common noun the state's adjective names
		// ("قصفت طائرات حربية تركية مواقع للجهاديين"), no actor after
		// the verb that may be its object
		return nil
	}
	// A verb's subject, not a masdar's agent: "مفاوضات بين X وY، وحذر
	// Z" is no warning by X.
	subj := f.antecedent(t.first, st.first)
	if subj == nil && t.first > st.first && f.cue(cueRelative, t.first-1) {
		return nil // "الاتفاق الذي أبرم بين إيران": the thing's own verb
	}
	if subj == nil {
		subj = st.verbSource
	}
	if subj == nil {
		subj = f.firstBare(st.first, t.first, src)
	}
	if len(subj) == 0 || overlaps(subj, src) {
		return nil
	}
	return subj
}

// objectAfterSubject reports whether the actor right after verb t has a
// definite noun straight after it, the verb's object ("دعت شرطة دبي
// السائقين إلى"): the actor is then the verb's subject.
func (f *finder) objectAfterSubject(t trigger) bool {
	gs := f.after1(t)
	if len(gs) == 0 || gs[0].prep != "" {
		return false
	}
	n := gs[0].last + 1
	if n >= len(f.ws) || f.groupAt[n] >= 0 || f.boundary(n) || f.inDate(n) {
		return false
	}
	w := f.ws[n]
	return w.tok.Kind == arabic.Word && !isPrep(w) &&
		(strings.HasPrefix(w.bare, "ال") || accusative(w))
}

// accusative reports whether w is written with the alif of an indefinite
// accusative noun (فندقا، هجوما): after an actor right after the verb it
// is the verb's object, and the actor its subject ("هاجمت حركة الشباب
// فندقا"). An adverb (قريبا، أيضا) may follow the object as well.
func accusative(w word) bool {
	return utf8.RuneCountInString(w.folded) >= 4 && strings.HasSuffix(w.folded, "ا") && !w.inCue(cueAdverb)
}

// placeIsTarget are the types whose target, when the sentence names
// none, is the state where the act is placed. Not ACCUSE: in a sample of
// 5,000 articles "ندد X بـ... في Y" put the condemned act in Y's state one
// time in five ("نددت مؤسسة الأقصى في إسرائيل" is where it sits).
var placeIsTarget = map[string]bool{"SANCTION": true, "COERCE": true}

// stateAt returns the document entity of the state that place entity id
// is or is the capital of, or "" when it is neither or its state is not
// named.
func (f *finder) stateAt(id string) string {
	if f.kb == nil {
		return ""
	}
	for _, e := range f.d.Entities {
		if e.ID != id {
			continue
		}
		if e.Subtype != nil && *e.Subtype == "country" {
			return id
		}
		if state := f.capitalOf(e); state != "" {
			return f.entityOf(state)
		}
	}
	return ""
}

// capitalOf returns the knowledge-base id of the state whose capital
// entity e is, or "".
func (f *finder) capitalOf(e isnad.Entity) string {
	if c := f.entryOf(e); c != nil {
		return c.CapitalOf
	}
	return ""
}

// entryOf returns the knowledge-base entry of entity e: by its id, or, as
// a document gives the id only where Wikidata's is certain (نيروبي has
// none), by its name, when one entry of its type and English name has it.
func (f *finder) entryOf(e isnad.Entity) *kb.Entry {
	switch {
	case f.kb == nil:
		return nil
	case e.KB != nil:
		return f.kb.ByID(*e.KB)
	case e.NameEn == nil:
		return nil
	}
	var found *kb.Entry
	for _, c := range f.kb.LookupExact(e.Name) {
		if c.Type == e.Type && c.NameEn == *e.NameEn {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// entityOf returns the document entity linked to knowledge-base id kbID,
// or "".
func (f *finder) entityOf(kbID string) string {
	for _, e := range f.d.Entities {
		if e.KB != nil && *e.KB == kbID {
			return e.ID
		}
	}
	return ""
}

// passiveCharge reports whether the verb اتهم (t) is written straight
// before the charge with ب and with no object of its own, as a word or
// as a pronoun (اتهمه): unvowelled, "اتهم بالتورط" is the passive "was
// accused of". Other accusing verbs take their object with ب (ندد بـ).
func (f *finder) passiveCharge(t trigger) bool {
	_, rest, ok := strings.Cut(f.ws[t.last].bare, "تهم")
	if !ok || !subjectEndings[rest] {
		return false
	}
	n := t.last + 1
	if n >= len(f.ws) || f.groupAt[n] >= 0 || f.inActor[n] || f.ws[n].tok.Kind != arabic.Word {
		return false
	}
	w := f.ws[n].folded
	return strings.HasPrefix(w, "ب") && len([]rune(w)) > 3 && !isPrep(f.ws[n])
}

// subjectEndings are the endings a verb's subject leaves on it; an object
// pronoun (ه، ها، هم) is none of them.
var subjectEndings = map[string]bool{"": true, "ت": true, "وا": true, "ا": true, "ون": true, "ان": true, "تا": true, "نا": true}

// draftAfter reports whether a draft resolution (مشروع قرار، بمشروع
// القرار) follows verb t within five words: what is submitted is put to a
// vote.
func (f *finder) draftAfter(t trigger) bool {
	for j := t.last + 1; j+1 < len(f.ws) && j <= t.last+5; j++ {
		if f.cue(cueDraft, j) && f.ws[j].folded == f.ws[j].bare && f.cue(cueResolution, j+1) {
			return true
		}
	}
	return false
}

// councilBefore returns the voting body (مجلس الأمن، الجمعية العامة) last
// named before trigger t, as a one-actor target, or nil.
func (f *finder) councilBefore(t trigger) []string {
	at := f.ws[t.first].tok.Start
	best, bestAt := "", -1
	for _, e := range f.d.Entities {
		first := strings.Fields(arabic.Fold(e.Name))
		if e.Type != "ORG" || len(first) == 0 || !cueCouncil.words[first[0]] {
			continue
		}
		for _, m := range e.Mentions {
			if m[0] < at && m[0] > bestAt {
				best, bestAt = e.ID, m[0]
			}
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// inDate reports whether word i lies in one of the document's dates.
func (f *finder) inDate(i int) bool {
	start := f.ws[i].tok.Start
	for _, d := range f.d.Dates {
		if d.Start <= start && start < d.End {
			return true
		}
	}
	return false
}

// emit adds the event of t, negative and attributed to the denier or
// accuser when a frame governs it.
func (st *state) emit(t trigger, src, tgt []string, loc *string, governed bool) {
	if len(tgt) > 0 {
		// no one acts on himself: a target found late (the victim of
		// "مقتل X") may be the source taken from the clause
		if tgt = without(tgt, src); len(tgt) == 0 && needsTarget[t.e.typ] {
			return
		}
	}
	if governed && st.fr != nil && !st.fr.deny && len(st.fr.src) == 0 && st.f.cue(cueCharge, st.fr.at.first) {
		return // "اتهم الانفصاليون القوات الأوكرانية بتكثيف القصف": an unnamed side's charge, no fact
	}
	ev := st.f.build(t, st.f.typeOf(t, src), src, tgt, loc)
	if !governed && st.fr != nil && st.fr.at.first == t.first && !st.fr.deny && len(ev.Target) == 0 {
		st.fr.charge = len(st.events)
	}
	if governed && st.fr != nil {
		st.chargeAgent(ev.Source)
		st.fr.produced = true
		if ev.AttributedTo == nil && len(st.fr.src) > 0 {
			ev.AttributedTo = &st.fr.src[0]
		}
		if st.fr.deny {
			ev.Polarity = "negative"
		}
	}
	st.events = append(st.events, ev)
	if len(ev.Source) > 0 && len(ev.Target) > 0 {
		st.f.pair = [2][]string{ev.Source, ev.Target}
	}
	st.lastAt = t.last
	if t.e.kind == verb {
		st.verbEvent = len(st.events) - 1
	}
}

// typeOf returns the type of the event trigger t makes with sources src:
// its own, except that an attack that may be made in words (@verbal) is
// an accusation when only persons make it and no weapon or force is named
// within a few words of it.
func (f *finder) typeOf(t trigger, src []string) string {
	if !t.e.verbal || len(src) == 0 || slices.ContainsFunc(src, func(id string) bool { return !f.isPerson(id) }) {
		return t.e.typ
	}
	last := f.ranges[f.sentOf[t.last]][1]
	for j := max(t.first-armedWindow, f.ranges[f.sentOf[t.first]][0]); j <= min(max(t.last, t.needEnd)+armedWindow, last); j++ {
		if f.cue(cueArmed, j) {
			return t.e.typ
		}
	}
	return "ACCUSE"
}

// armedWindow is how many words around an attack are searched for arms.
const armedWindow = 4

// chargeAgent gives the open frame's ACCUSE event, if it has no target,
// the agent of the act it governs: whom "انتقدت البحرين تدخلات إيران"
// and "ندد X بالهجوم الإسرائيلي" accuse.
func (st *state) chargeAgent(agent []string) {
	fr := st.fr
	if fr == nil || fr.charge < 0 {
		return
	}
	if agent = without(agent, fr.src); len(agent) > 0 {
		st.events[fr.charge].Target = slices.Clone(agent)
		fr.charge = -1
	}
}

// governs reports whether the open frame governs t: a noun, or a verb
// after a complementiser, with no new clause between.
func (st *state) governs(t trigger) bool {
	fr := st.fr
	if fr == nil {
		return false
	}
	for j := fr.at.last + 1; j < t.first; j++ {
		if st.f.boundary(j) {
			return false
		}
	}
	switch t.e.kind {
	case participle:
		return false // "انتقد X الاتفاق، مطالبا": X's own demand, not what X charges
	case verb:
	default:
		return true
	}
	for j := t.first - 1; j >= st.first && j >= t.first-subordWindow; j-- {
		if st.f.cue(cueSubordinate, j) {
			return true
		}
	}
	return false
}

// closeFrame ends the open frame: a denial that governed no event is a
// refusal.
func (st *state) closeFrame() {
	fr := st.fr
	st.fr = nil
	if fr == nil || !fr.deny || fr.produced || len(fr.src) == 0 {
		return
	}
	if st.f.denialOfThat(fr.at) {
		// "تتهم كييف الكرملين بتسليح المتمردين، لكن موسكو تنفي
		// ذلك": the denier denies the charged acts before it
		for _, e := range slices.Clone(st.events) {
			if e.AttributedTo != nil && e.Polarity == "positive" && e.Type != "ACCUSE" {
				e.Polarity, e.AttributedTo = "negative", &fr.src[0]
				st.events = append(st.events, e)
			}
		}
	}
	if st.f.clauseObject(fr.at) {
		return // "نفى X أن يكون موقفه سينعكس سلبا": a statement, not a refusal
	}
	st.events = append(st.events, st.f.build(fr.at, "REJECT", fr.src, fr.tgt, nil))
}

// clauseObject reports whether a complementiser opens the object of
// verb t before any punctuation (نفى X، الذي ...، أن ...): what is denied
// is then a statement.
func (f *finder) clauseObject(t trigger) bool {
	last := f.ranges[f.sentOf[t.last]][1]
	for j := t.last + 1; j <= last && !f.ws[j].punct; j++ {
		if f.cue(cueSubordinate, j) {
			return true
		}
	}
	return false
}

// denialOfThat reports whether denial t takes a pointing object right
// after it (ذلك، هذه الاتهامات).
func (f *finder) denialOfThat(t trigger) bool {
	j := t.last + 1
	return j <= f.ranges[f.sentOf[t.last]][1] && cueThat.words[f.ws[j].bare]
}

// inherit finds the source of a trigger that has no subject of its own:
// the accused of a governing accusation, the denier of a denial; for a
// verb, the subject of the verb before or the clause's first subject;
// else the nearest actor before it in the clause, else for a verb the
// speaker of its quote.
//
// A masdar with no actor of its own ("the sanctions", "the talks") takes
// only an actor a few words before it ("وعدت X وY بتعزيز التعاون"): from
// further off, its subject would be a guess.
func (st *state) inherit(t trigger, governed, own bool, tgt []string) []string {
	st.guessed = false
	switch {
	case governed && st.fr.deny:
		return st.fr.src
	case governed:
		return st.fr.tgt
	case t.e.kind == participle:
		return st.participleSubject(t, tgt)
	case t.e.kind != verb && st.f.unnamedNisbaAfter(t.last, !symmetric[t.e.typ]):
		return nil // "لوقف العدوان الإسرائيلي": Israel's, named or not
	case t.e.kind == verb && (st.f.unnamedSubject(t.first, st.first) || st.f.unnamedAfter(t)):
		return nil
	case t.e.kind == verb && st.f.antecedent(t.first, st.first) != nil:
		return st.f.antecedent(t.first, st.first)
	case t.e.kind == verb && t.first > st.first && st.f.cue(cueRelative, t.first-1):
		// A verb straight after a relative pronoun has the noun before
		// it for its subject, also after a preposition ("للإمارات التي
		// وقفت بجانب اليمن"); a thing's verb names no actor ("رحبت مصر
		// بالاتفاق الذي أبرم"), not the clause's subject.
		k := t.first - 2
		for n := 0; k > st.first && (st.f.ws[k].punct || n < 2 && relativeAdjective(st.f.ws[k].bare) && st.f.groupAt[k] < 0); k-- {
			if !st.f.ws[k].punct {
				n++ // "حركة الشباب الصومالية التي شنت": the name's adjective
			}
		}
		if g := st.f.groupEndingAt(k); g != nil && g.prep != placePrep && !st.f.pointsBack(t) && st.f.ws[t.first-1].bare == st.f.ws[t.first-1].folded {
			// not "في العراق الذي", a place the clause is seldom about;
			// not "إيران التي اتهمها", the noun the verb's pronoun is,
			// whose subject, unnamed, is seldom the nearest actor;
			// not after "والذي", which goes back further
			return g.ents
		}
		return nil
	case t.e.kind == verb && st.verbSource != nil:
		return st.verbSource
	case t.e.kind == verb && len(st.events) > 0:
		// "... الولايات المتحدة، في حين أثبتت كوريا الشمالية قدرتها
		// بعدما أجرت تجارب": an actor named since the last event, bare,
		// is the newer subject (not the genitive right after that
		// event's word: "عقب اجتماع مجموعة السبع، والتقى")
		if g := st.f.lastBare(st.lastAt+2, t.first, tgt); g != nil {
			st.guessed = true
			return g
		}
		return st.events[len(st.events)-1].Source
	case t.e.kind == verb:
		// "وكان X في سيول عقب اجتماع Y، والتقى ...": the clause's first
		// subject; failing that its speaker ("سندعم").
		if g := st.f.firstBare(st.f.clauseStart(t.first, st.first, cueClause), t.first, tgt); g != nil {
			st.guessed = true
			return g
		}
		if sp := st.f.speaker(t); sp != nil {
			return []string{*sp}
		}
		if sp := st.f.lastSpeaker(st.sent); sp != nil && t.first == st.first && st.f.ws[t.first].bare != st.f.ws[t.first].folded {
			// "وأضاف “...”. وندد بالدعم ...": a sentence opening on
			// و and a verb goes on with the one quoted before it.
			return []string{*sp}
		}
		return nil
	}
	if len(tgt) == 0 && !t.possessed && st.f.since(t) {
		// "بعد توقيع هذا الاتفاق", "منذ بدء المفاوضات": an act the
		// clause dates itself by, not one its subject does; but
		// "بعد اجتماعه" and "بعد زيارة مصر" are the subject's
		return nil
	}
	if st.f.purpose(t) {
		// "يعتزم X زيارة Y للاجتماع مع Z": a masdar of purpose is
		// the clause's subject's, not the nearest name's.
		from := st.f.clauseStart(t.first, st.first, cueClause, cueSubordinate, cueSpeech)
		if g := st.f.firstBare(from, t.first, tgt); g != nil {
			return g
		}
	}
	from := st.first
	if !own {
		from = max(from, t.first-nearWindow)
	}
	// After "قال X إن" a masdar is anyone's, not X's; but "أعلن X خطط
	// تعبئة" is X's.
	from = max(from, st.f.clauseStart(t.first, from, cueClause, cueSubordinate))
	return st.f.lastBare(from, t.first, tgt)
}

// participleSubject returns the subject of the clause a circumstantial
// participle accompanies: the speaker of the sentence's quote before it
// ("وقال X إن ...، محذرا من"), else the subject of the trigger verb
// before it ("اتهم X إيران ...، مطالبا"). An unnamed subject gives none:
// "قال مسؤول ...، داعيا" is the unnamed official's call, and in "ورحب
// الرئيس بالمبعوث مشيدا" the nearest name is not who praises.
func (st *state) participleSubject(t trigger, tgt []string) []string {
	sp, ok := st.f.speakerBefore(t)
	switch {
	case ok && sp != nil && !slices.Contains(tgt, *sp):
		return []string{*sp}
	case ok || !st.verbSeen || overlaps(st.verbSubject, tgt):
		return nil
	}
	return st.verbSubject
}

// antecedent returns the actor a relative clause holding verb i is about:
// "غابريال، الذي كان أول مسؤول غربي يزور إيران" is Gabriel's visit.
func (f *finder) antecedent(i, from int) []string {
	for j := i - 1; j > from && j >= i-relativeWindow; j-- {
		if f.cue(cueRelative, j) {
			k := j - 1
			for k > from && f.ws[k].punct {
				k--
			}
			if g := f.groupEndingAt(k); g != nil && g.prep == "" {
				return g.ents
			}
			return nil
		}
		if f.boundary(j) {
			return nil
		}
	}
	return nil
}

// unnamedSubject reports whether verb i has a subject of its own that
// names no actor: words between a complementiser and the verb, none of
// them a bare actor ("أشار إلى أن ممثلين عن الشركات سيتوجهون": the
// representatives go, not the one who said so).
func (f *finder) unnamedSubject(i, from int) bool {
	s := f.clauseStart(i, from, cueSubordinate, cueClause)
	if s == from || !f.cue(cueSubordinate, s) {
		return false
	}
	words := 0
	for j := s + 1; j < i; j++ {
		w := f.ws[j]
		if g := f.groupAt[j]; g >= 0 && f.gs[g].prep == "" {
			return false
		}
		if pronounSuffixed(w) {
			return false // "إن حكومته وجيشه سيدعمون": his own side
		}
		if !w.punct && !f.cue(cueGap, j) && !quoteMark(w) {
			words++
		}
	}
	return words > 0
}

// pronounSuffixed reports whether w as written ends in a possessive
// pronoun (ه ها هم هما; a ة is no pronoun).
func pronounSuffixed(w word) bool {
	r := []rune(w.tok.Text)
	return len(r) > 3 && (r[len(r)-1] == arabic.Heh || r[len(r)-1] == arabic.Alef && r[len(r)-2] == arabic.Heh ||
		r[len(r)-1] == arabic.Meem && r[len(r)-2] == arabic.Heh)
}

// bothSidesWords, folded, name the two sides of an earlier event as a
// dual subject: "الجانبان", "الطرفان", "البلدان", "الزعيمان".
var bothSidesWords = map[string]bool{"الجانبان": true, "الطرفان": true, "البلدان": true, "الزعيمان": true,
	"الرئيسان": true, "الوزيران": true}

// bothSides reports whether word i is one of bothSidesWords.
func (f *finder) bothSides(i int) bool {
	return i < len(f.ws) && bothSidesWords[f.ws[i].bare]
}

// groupEndingAt returns the actor group whose last word is i, or nil.
func (f *finder) groupEndingAt(i int) *group {
	for g := range f.gs {
		if f.gs[g].last == i {
			return &f.gs[g]
		}
	}
	return nil
}

// pointsBack reports whether verb trigger t carries an object pronoun
// (اتهمها، عارضه، دعمهم) or one after a preposition (توصلت إليه): in a
// relative clause, the noun before it is then the verb's object, not
// its subject.
func (f *finder) pointsBack(t trigger) bool {
	if t.last+1 < len(f.ws) && resumptivePreps[f.ws[t.last+1].folded] {
		return true
	}
	rest, ok := strings.CutPrefix(f.ws[t.first].bare, t.e.words[0])
	switch {
	case !ok:
		return false
	case rest == "ه", rest == "ها", rest == "هم", rest == "هما", rest == "هن":
		return true
	}
	return false
}

// conditionActor returns the first actor a few words after a word opening
// a condition (إذا، لو، في حال) before trigger t in its sentence, words
// from..last ("في حال خرق إيران الاتفاق ... سنرد" names Iran), or else
// right after it.
func (f *finder) conditionActor(t trigger, from, last int) []string {
	actorAfter := func(j, end int) []string {
		for k := j + 1; k < end && k <= j+subjectWindow; k++ {
			if g := f.groupAt[k]; g >= 0 && f.gs[g].prep == "" {
				return f.gs[g].ents
			}
		}
		return nil
	}
	for j := t.first - 1; j >= from; j-- {
		if f.cue(cueCondition, j) {
			return actorAfter(j, t.first)
		}
	}
	// or right after it: "سترد إذا هاجمت كوريا الشمالية حلفاءها"
	for j := t.last + 1; j <= last && j <= t.last+subjectWindow; j++ {
		if f.cue(cueCondition, j) {
			return actorAfter(j, last+1)
		}
	}
	return nil
}

// sinceWords are the prepositions of time a masdar follows when the
// clause dates itself by the act it names.
var sinceWords = map[string]bool{"بعد": true, "قبل": true, "منذ": true, "عقب": true, "اثر": true}

// since reports whether masdar t follows a preposition of time:
// "بعد توقيع الاتفاق".
func (f *finder) since(t trigger) bool {
	return t.e.kind != verb && t.first > 0 && sinceWords[f.ws[t.first-1].folded]
}

// purpose reports whether masdar t carries the preposition ل of purpose
// ("للاجتماع", "لبحث").
func (f *finder) purpose(t trigger) bool {
	w, form := f.ws[t.first].bare, t.e.words[0]
	return t.e.kind != verb && (w == "ل"+form || w == "لل"+strings.TrimPrefix(form, "ال") || w == "لل"+form)
}

// clauseStart returns the last word before i, not before from, that is a
// cue of one of the sections, else from.
func (f *finder) clauseStart(i, from int, sections ...*cueSection) int {
	for j := i - 1; j > from; j-- {
		for _, sec := range sections {
			if f.cue(sec, j) {
				return j
			}
		}
	}
	return from
}

// firstBare and lastBare return the first or last actor group in words
// from..i-1 that no preposition introduces and that is not the target.
func (f *finder) firstBare(from, i int, tgt []string) []string {
	for _, gr := range f.gs {
		if gr.first >= from && gr.last < i && gr.prep == "" && !overlaps(gr.ents, tgt) && !f.witness(gr) {
			return gr.ents
		}
	}
	return nil
}

// lastBare passes over a name inside a quote that word i is not in: in
// "وقال X “... نشاط Y”، كما أعلن خلال زيارته" the visit is not Y's.
func (f *finder) lastBare(from, i int, tgt []string) []string {
	q := f.quoteOf(i)
	for g := len(f.gs) - 1; g >= 0; g-- {
		gr := f.gs[g]
		if gr.first >= from && gr.last < i && gr.prep == "" && !overlaps(gr.ents, tgt) && f.quoteOf(gr.first) == q && !f.bracketed(gr) && !f.witness(gr) {
			return gr.ents
		}
	}
	return nil
}

// bracketed reports whether group g stands inside brackets that close
// right after it, behind a word of its own: "صدر بيان (إعلان القاهرة)
// بمناسبة زيارة X" names a document, and Cairo does not visit.
func (f *finder) bracketed(g group) bool {
	if g.last+1 >= len(f.ws) || f.ws[g.last+1].tok.Text != ")" {
		return false
	}
	for j := g.first - 1; j >= 0 && j >= g.first-bracketWords; j-- {
		switch f.ws[j].tok.Text {
		case "(":
			// "(إعلان القاهرة)" names a thing; "الدائنون (الاتحاد
			// الأوروبي وصندوق النقد)" are the actors themselves
			return j < g.first-1
		case ")":
			return false
		}
	}
	return false
}

// witness reports whether group g is the subject of a verb of witnessing
// next to it ("وكانت نيروبي شهدت هجوما", "شهدت المدينة اشتباكات"):
// where the act happened, not who did it.
func (f *finder) witness(g group) bool {
	return g.last+1 < len(f.ws) && f.ws[g.last+1].inCue(cueWitness) || g.first > 0 && f.ws[g.first-1].inCue(cueWitness)
}

// bracketWords bounds the words between an opening bracket and the actor
// it encloses.
const bracketWords = 3

// otherSide drops from tgt the source itself and whoever is on a source's
// side: Kim does not supply North Korea.
func (f *finder) otherSide(src, tgt []string) []string {
	var out []string
	for _, x := range tgt {
		if !slices.ContainsFunc(src, func(s string) bool { return s == x || f.sameSide(s, x) }) {
			out = append(out, x)
		}
	}
	return out
}

// split gives the two parties of a lone group to source and target when
// the type is symmetric or the group came as "بين X وY".
func (f *finder) split(src, tgt []string, typ string) ([]string, []string) {
	switch {
	case len(tgt) == 0 && len(src) > 1 && symmetric[typ] && !f.oneSide(src):
		return src[:1], src[1:]
	case len(src) == 0 && len(tgt) > 1 && symmetric[typ] && !f.oneSide(tgt):
		return tgt[:1], tgt[1:]
	}
	return src, tgt
}

// oneSide reports whether the actors of a group are all on the first's
// side: "الحكومة الأوكرانية" and Ukraine are one party, not two.
func (f *finder) oneSide(ids []string) bool {
	for _, x := range ids[1:] {
		if !f.sameSide(ids[0], x) {
			return false
		}
	}
	return true
}

// dedupe keeps the first of events that agree on type, polarity and
// actors: one sentence often names one event twice ("أجرت تجارب"), and a
// story comes back to its main event ("التقى ... الذي التقى"). The two
// sides of a symmetric event count in either order.
func dedupe(evs []isnad.Event) []isnad.Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		who := key(e.Source) + "|" + key(e.Target)
		if symmetric[e.Type] {
			who = key(append(slices.Clone(e.Source), e.Target...))
		}
		k := e.Type + "|" + e.Polarity + "|" + e.Modality + "|" + deref(e.AttributedTo) + "|" + who
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func key(ids []string) string {
	s := slices.Clone(ids)
	slices.Sort(s)
	return strings.Join(s, ",")
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func without(list, drop []string) []string {
	var out []string
	for _, x := range list {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// accusationWindow bounds the words between a verb of rejection and the
// charge it rejects: "ترفض الحكومة التركية اتهامات".
const accusationWindow = 5

// accusationAfter returns the word of a noun of accusation (اتهامات)
// that follows rejection t closely in its clause, or -1.
func (f *finder) accusationAfter(t trigger) int {
	last := f.ranges[f.sentOf[t.last]][1]
	for j := t.last + 1; j <= last && j <= t.last+accusationWindow && !f.boundary(j); j++ {
		for _, n := range f.ws[j].nouns {
			for _, e := range lex.first[n] {
				if e.typ == "ACCUSE" && e.kind == noun && !e.said { // "رفض التدخل الإيراني" rejects an act, not a charge
					return j
				}
			}
		}
	}
	return -1
}

// during reports whether masdar t follows a word of the cues' during
// section (خلال زيارة، أثناء اتصال).
func (f *finder) during(t trigger) bool { return f.afterDuring(t.first) }

// afterDuring reports whether word i follows a word of the during section.
func (f *finder) afterDuring(i int) bool {
	return i > 0 && cueDuring.words[f.ws[i-1].bare]
}

// victimBefore returns the actor whose death (the cues' death section) is
// named before attack t in
// its sentence ("أعلنت X مقتل Y في غارة"): the attack's target.
func (f *finder) victimBefore(t trigger, from int) []string {
	for j := t.first - 2; j >= from; j-- {
		if f.ws[j].inCue(cueDeath) && f.groupAt[j+1] >= 0 {
			return f.gs[f.groupAt[j+1]].ents
		}
	}
	return nil
}

// withAt reports whether word i is مع ("with"): right after a trigger
// ("اتصالات مع إيران") it names the other party.
func (f *finder) withAt(i int) bool {
	return i < len(f.ws) && f.ws[i].bare == "مع"
}

// approves reports whether على and a thing approved (the cues' approved
// section: a deal, a resolution) follow verb t closely:
// approving a deal needs no other party. party is the one named after مع
// a few words on, if any.
func (f *finder) approves(t trigger) (ok bool, party []string) {
	last := f.ranges[f.sentOf[t.last]][1]
	for j := t.last + 1; j < last && j <= t.last+approveWindow; j++ {
		if f.ws[j].bare != "علي" || !f.ws[j+1].inCue(cueApproved) {
			continue
		}
		return true, f.withWhom(j+2, j+approveWindow)
	}
	return false, nil
}

// approveWindow bounds the words between the verb and على: its subject
// and a time word ("وافق مجلس الأمن الدولي أمس على").
const approveWindow = 6

// withWhom returns the actor after مع among words from..to: the other
// party of the act a refusal swallows ("استبعد X التعاون مع تركيا").
func (f *finder) withWhom(from, to int) []string {
	last := f.ranges[f.sentOf[from-1]][1]
	for j := from; j <= to && j < last; j++ {
		if f.ws[j].punct || f.boundary(j) {
			return nil
		}
		if f.ws[j].bare == "مع" && f.groupAt[j+1] >= 0 {
			return f.gs[f.groupAt[j+1]].ents
		}
	}
	return nil
}
