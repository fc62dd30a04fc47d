package event

import (
	"slices"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// actors reads the source, target and place of trigger t off the
// sentence, looking no further back than word from and no further on than
// word limit (the next trigger).
//
// A verb joined by و to a verb before it ("ودعا الصين إلى ...") mostly
// shares that verb's subject: an actor after it is its subject only when
// an object follows straight after ("ودعا بلينكن الصين").
func (f *finder) actors(t trigger, from, limit int, coordinated bool) (src, tgt []string, loc *string) {
	after, loc := f.after(t, limit)
	switch t.e.kind {
	case verb:
		if b := f.before(t.first, from); b != nil && !f.joinedByWa(t) {
			// the object follows the noun the verb needed: "استخدمت
			// في يوليو الفيتو ضد مشروع قرار بريطاني"
			return b.ents, f.object(max(t.last, t.needEnd), first(after)), loc
		}
		if s := f.forcesBefore(t.first, from); s != "" && !f.joinedByWa(t) {
			// "أن المقاتلات التركية قصفت أهدافا": the state's forces
			return []string{s}, f.object(max(t.last, t.needEnd), first(after)), loc
		}
		// "قصفت طائرات تركية أهدافا لداعش", "ترفض الحكومة التركية
		// اتهامات": the subject is a common noun whose adjective names
		// its state.
		// A verb joined to the one before shares its subject: the
		// adjective is then its object's ("ورفضت تقارير المخابرات
		// الأمريكية").
		end, obj := limit+1, []string(nil)
		if len(after) > 0 {
			end, obj = after[0].first, after[0].ents
		}
		if s, at := f.nisbaSubject(t.last, end); s != "" && !slices.Contains(obj, s) && (len(after) > 0 || !coordinated) &&
			(at == t.last+2 || !f.unnamedAfter(t) || !strings.HasPrefix(f.ws[t.last+1].bare, "ال")) && // "اتهم الانفصاليون القوات الأوكرانية": the adjective is the object's; "اتهمت وسائل إعلام إيرانية" is Iran's
			(len(after) == 0 || !f.titled(t.last, after[0]) && !f.describesPerson(at, after[0])) { // "اتهم رئيس الأركان الأمريكي الجنرال X": X's title
			return []string{s}, obj, loc
		}
		if len(after) > 0 && f.membersOf(t.last, after[0]) {
			// "هاجم مسلحون من تنظيم داعش نقطة للجيش": the group acts,
			// also after و, where the noun is a subject of its own
			return after[0].ents, f.object(after[0].last, first(after[1:])), loc
		}
		if f.unnamedAfter(t) {
			return nil, f.object(t.last, first(after)), loc
		}
		if len(after) > 0 && after[0].prep == "بين" && (len(after[0].ents) > 1 || t.first > from && f.cue(cueRelative, t.first-1)) && symmetric[t.e.typ] {
			// "الاتفاق الذي أبرم في فيينا بين إيران والقوى الست": a
			// passive verb's parties follow بين
			return after[0].ents[:1], after[0].ents[1:], loc
		}
		if len(after) > 0 && !t.e.plural && after[0].prep == "" && (after[0].first <= t.last+subjectWindow || f.titled(t.last, after[0])) && !f.pastNeed(t, after[0]) &&
			(!coordinated || len(after) > 1 && after[1].first <= after[0].last+2 || f.withAt(after[0].last+1)) {
			// after a verb joined to the one before, the name is this
			// verb's own subject when an object or مع follows it ("وبحث
			// شكري مع نظيره")
			return after[0].ents, f.object(after[0].last, first(f.pastApposition(after[0], after[1:]))), loc
		}
		return nil, f.object(t.last, first(after)), loc
	case participle:
		// "، محذرا إيران من": an actor right after it is the object
		// ("مطالبا نظام الأسد", "مشيدا بدور السعودية"), not one further
		// on ("مطالبا بالالتزام بميثاق الأمم المتحدة"); the subject is
		// the main clause's.
		var obj []string
		if len(after) > 0 && after[0].first <= t.last+2 {
			obj = after[0].ents
		}
		return nil, f.object(t.last, obj), loc
	case reversed:
		if b := f.before(t.first, from); b != nil {
			return nil, b.ents, loc
		}
		return nil, nil, loc
	}
	if len(after) > 0 && after[0].first == t.last+2 && after[0].prep == "" && f.resumptiveVerb(t.last+1) {
		// "تنازلات قدمتها إيران", "هجمات شنها التنظيم": a verb with a
		// pronoun for the noun, then its subject
		return after[0].ents, first(complements(after[1:])), loc
	}
	if g, rest, ok := f.relativeSubject(t, limit); ok && !symmetric[t.e.typ] && len(complements(rest)) > 0 {
		// "الغارات التي تشنها الولايات المتحدة على اليمن"; a party to
		// an agreement is not who proposed it ("الاتفاق الذي عرضته
		// فرنسا بين إيران والصين"), and with no target named the
		// clause may only describe ("العقوبات التي فرضتها الأمم المتحدة")
		return g.ents, first(complements(rest)), loc
	}
	if g, rest, ok := f.performer(t, limit); ok {
		// "زيارة يقوم بها الرئيس الأمريكي باراك أوباما لكينيا"
		return g.ents, first(complements(rest)), loc
	}
	var gen []string
	if len(after) > 0 && after[0].first == t.last+1 && after[0].prep == "" && f.namedAfterTown(t, after[0]) {
		// "اتفاق فيينا"، "محادثات جنيف"، "قمة الرياض": the town names
		// where, not who
		if loc == nil {
			loc = &after[0].ents[0]
		}
		after = after[1:]
	}
	if len(after) > 0 && f.genitive(t.last, after[0]) && (after[0].prep == "" || after[0].prep == "ل" && t.e.kind == noun && !forWhom[t.e.typ]) {
		gen, after = after[0].ents, after[1:]
	} else if id := f.nisbaAfter(t.last, !symmetric[t.e.typ]); id != "" {
		// A state's adjective is the agent: "الغزو الروسي لأوكرانيا",
		// "الدعم الروسي", also after the act's own adjectives: "الدعم
		// العسكري الروسي", "الاتفاق النووي الإيراني".
		return []string{id}, first(complements(after)), loc
	}
	after = complements(after)
	if t.possessed && gen != nil {
		return nil, gen, loc // "غزوها أوكرانيا": the pronoun did it
	}
	if t.e.kind == nounTarget {
		if gen != nil {
			return nil, gen, loc
		}
		return nil, first(after), loc
	}
	if gen == nil && len(after) > 0 && after[0].prep == "من" && fromSource[t.e.typ] && f.fromAfter(t.last, after[0].first) {
		// "تلبية لدعوة من الملك", "دعم عسكري من روسيا": the act comes
		// from the actor after من
		return after[0].ents, first(f.pastApposition(after[0], after[1:])), loc
	}
	if gen == nil && len(after) > 0 && after[0].prep == "بين" && len(after[0].ents) > 1 && f.describes(t.last, after[0].first) {
		return after[0].ents[:1], after[0].ents[1:], loc // "مفاوضات بين X وY"
	}
	if gen == nil && len(after) == 0 && symmetric[t.e.typ] {
		if g := f.relativeBetween(t.last); g != nil && len(g.ents) > 1 {
			return g.ents[:1], g.ents[1:], loc
		}
	}
	return gen, first(after), loc
}

// forWhom are the types whose masdar takes with ل whom the act is for,
// not who does it: "دعم عسكري للجيش السوري", where "هجوم انتحاري لتنظيم
// داعش" is the group's.
var forWhom = map[string]bool{"AID": true, "SUPPORT": true}

// membersOf reports whether group g is the من complement of a noun for
// some of its men standing right after verb i: "هاجم مسلحون من داعش".
func (f *finder) membersOf(i int, g group) bool {
	return g.prep == "من" && g.first == i+3 && f.ws[i+1].inCue(cueMembers) && f.ws[i+2].bare == "من"
}

// unnamedAfter reports whether verb trigger t has for subject a common
// noun for people or bodies the text does not name, right after it
// ("انتقدت دول غربية موقف روسيا", "طالبت القوى السياسية العبادي"): the
// actors after it are objects. With an actor for its genitive
// ("ميليشيات الحوثيين") or من after it ("مسلحون من داعش") the noun names
// them; with the article it takes no genitive, and the actor after it is
// the object ("اتهم الانفصاليون القوات الأوكرانية") unless it is the
// noun's adjective ("استهدف المتمردون الحوثيون مطار عدن").
func (f *finder) unnamedAfter(t trigger) bool {
	i := t.last + 1
	if i+1 >= len(f.ws) || f.groupAt[i] >= 0 || f.ws[i+1].bare == "من" || !f.cue(cueUnnamed, i) && !f.cue(cueMembers, i) {
		return false
	}
	return f.groupAt[i+1] < 0 || strings.HasPrefix(f.ws[i].bare, "ال") && !relativeAdjective(f.ws[i+1].bare)
}

// relativeAdjective reports whether w, folded, is spelled like a definite
// relative adjective of either number: الحوثيون، الكردية، الروسي.
func relativeAdjective(w string) bool {
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	for _, s := range []string{"ي", "يه", "يون", "يين"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// fromAfter reports whether the word after noun i, or after one
// adjective of it, is the من that introduces the actor at word g, with
// only a title between ("دعوة كريمة من فخامة الرئيس X").
func (f *finder) fromAfter(i, g int) bool {
	j := i + 1
	if j < g && f.ws[j].bare != "من" && strings.HasPrefix(f.ws[j].bare, "ال") == strings.HasPrefix(f.ws[i].bare, "ال") {
		j++ // an adjective agrees in definiteness
	}
	if j >= g || f.ws[j].bare != "من" {
		return false
	}
	for k := j + 1; k < g; k++ {
		if !f.ws[k].inCue(cueTitle) && !strings.HasPrefix(f.ws[k].bare, "ال") {
			return false
		}
	}
	return true
}

// fromSource are the types whose masdar takes its agent with من: an
// invitation, a request, support or aid, an accusation or a sanction
// from someone. A withdrawal from a place and a warning of a danger take
// what they leave or fear.
var fromSource = map[string]bool{"REQUEST": true, "SUPPORT": true, "AID": true, "ACCUSE": true,
	"SANCTION": true, "COOPERATE": true}

// object returns tgt, or when it is empty the state whose adjective
// qualifies the object noun after word i ("رفض التحذيرات الأمريكية").
//
// The search may pass the next trigger: the object is often one
// ("رفض التحذيرات").
func (f *finder) object(i int, tgt []string) []string {
	if tgt != nil {
		return tgt
	}
	last := f.ranges[f.sentOf[i]][1]
	for j, n := i+1, 0; j < last && n < objectWindow; j++ {
		w := f.ws[j]
		if w.punct {
			continue // "رفض X، يوم الثلاثاء، التحذيرات"
		}
		if w.bare == "ضد" {
			continue // "الفيتو ضد مشروع قرار بريطاني": against whom
		}
		if w.bare == "مع" && j+2 < last && counterpart(f.ws[j+1]) && !f.personAt(j+3) {
			if id := f.nisba(j + 2); id != "" {
				return []string{id} // "بحث السيسي مع نظيره الفرنسي"
			}
		}
		if n++; f.boundary(j) || isPrep(w) {
			break
		}
		if w.inCue(cueOpponents) {
			return nil // "المتمردين الأوكرانيين": Ukraine's rebels, not Ukraine
		}
		if w.inCue(cueTitle) {
			if id := f.nisba(j + 1); id != "" && counterpart(w) && !f.personAt(j+2) {
				return []string{id} // "التقى لافروف نظيره الصيني": China's minister, unnamed
			}
			continue // "الرئيس الأمريكي" is a person, named or not
		}
		if id := f.nisba(j + 1); id != "" && w.tok.Kind == arabic.Word {
			return []string{id}
		}
	}
	return nil
}

// personAt reports whether a person's name starts at word j.
func (f *finder) personAt(j int) bool {
	return j < len(f.ws) && f.groupAt[j] >= 0 && slices.ContainsFunc(f.gs[f.groupAt[j]].ents, f.isPerson)
}

// counterpart reports whether w is نظير with a pronoun (نظيره، نظيرته،
// نظيريه): the holder of the same office in another state.
func counterpart(w word) bool {
	b := w.bare
	if r, ok := strings.CutPrefix(b, "ب"); ok && strings.HasPrefix(r, "نظير") {
		b = r // "التقى بنظيره"
	}
	return strings.HasPrefix(b, "نظير") && b != "نظير"
}

// regimeNouns are the common nouns a state's government, its forces or
// its land go by; with the state's adjective after them they are that
// state ("للنظام السوري", "على الحكومة العراقية", "ضد القوات الأوكرانية",
// "على الأراضي الكينية").
var regimeNouns = map[string]bool{"نظام": true, "حكومه": true, "سلطات": true, "قوات": true, "جيش": true, "اراضي": true}

// regimeTarget returns the state a complement right after trigger t names
// by its government, forces or land and adjective: "مواصلة دعمها للنظام
// السوري" supports Syria, "هجمات على الأراضي الكينية" attack Kenya. An
// actor before it, a clause or punctuation ends the search.
func (f *finder) regimeTarget(t trigger, limit int) []string {
	from := max(t.last, t.needEnd) + 1 // "شنت هجمات على": after the noun the verb needs
	for j, n := from, 0; j <= limit && j+1 < len(f.ws) && n < objectWindow; j++ {
		w := f.ws[j]
		if g := f.groupAt[j]; g >= 0 && f.gs[g].prep == placePrep {
			j = f.gs[g].last // "في مجلس الأمن": where, not whom
			continue
		}
		if w.tok.Text == "(" || w.tok.Text == ")" {
			continue // "حق النقض (الفيتو)"
		}
		n++
		if w.punct || f.boundary(j) || f.inActor[j] {
			return nil
		}
		adj := j + 1
		switch {
		case w.has(regimeNouns):
		case w.has(draftNouns):
			if adj < len(f.ws) && f.ws[adj].has(draftNouns) {
				adj++ // "مشروع قرار ماليزي"
			}
		default:
			continue
		}
		complement := strings.HasPrefix(w.bare, "لل") || strings.HasPrefix(w.bare, "بال") ||
			j > t.last+1 && isPrep(f.ws[j-1]) && !f.ws[j-1].is(placePrep)
		if id := f.nisba(adj); complement && adj < len(f.ws) && id != "" {
			return []string{id}
		}
		return nil
	}
	return nil
}

// forceNouns (folded) are the state's forces and arms of government that
// act on their own: with the state's adjective after them, before a verb, they
// are its subject ("المقاتلات التركية قصفت", "القوات الروسية التي
// هاجمت").
var forceNouns = map[string]bool{"قوات": true, "جيش": true, "سلطات": true, "حكومه": true, "نظام": true,
	"مقاتلات": true, "طايرات": true, "طيران": true, "شرطه": true, "بحريه": true, "مدفعيه": true,
	"دبابات": true, "بوارج": true, "سفن": true, "زوارق": true, "وحدات": true, "اجهزه": true, "دوريات": true}

// forcesBefore returns the state whose forces (forceNouns, with its
// adjective after them and at most one adjective of their own between)
// stand right before verb i as its subject: at the sentence's start or
// after punctuation or a complementiser, past the gap words (قد، لم); or
// anywhere before a relative clause on them ("رصدت أوكرانيا الطائرات
// الروسية التي قصفت خاركيف"). "" otherwise.
func (f *finder) forcesBefore(i, from int) string {
	j := i - 1
	for j >= from && i-j <= 3 && (quoteMark(f.ws[j]) || f.cue(cueGap, j)) {
		j--
	}
	if j-1 < from || f.groupAt[j] >= 0 {
		return ""
	}
	id := f.nisba(j)
	if id == "" {
		return ""
	}
	n := j - 1
	if !f.ws[n].has(forceNouns) && n-1 >= from && f.ws[n].tok.Kind == arabic.Word && strings.HasPrefix(f.ws[n].bare, "ال") && f.nisba(n) == "" {
		n-- // "الطائرات الحربية التركية"
	}
	if !f.ws[n].has(forceNouns) || f.inActor[n] || !strings.HasPrefix(f.ws[n].bare, "ال") {
		return ""
	}
	relative := false
	for k := j + 1; k < i; k++ {
		relative = relative || f.cue(cueRelative, k)
	}
	if p := n - 1; p >= from && !f.ws[p].punct && !f.cue(cueSubordinate, p) && !relative {
		return "" // "قصفت المقاتلات التركية": after a verb or a noun it is theirs
	}
	return id
}

// draftNouns are a resolution, a draft or a plan: with a state's adjective
// after them they are that state's ("ضد مشروع قرار ماليزي").
var draftNouns = map[string]bool{"قرار": true, "مشروع": true, "خطه": true, "مبادره": true}

// nisbaSubject returns the state whose adjective qualifies a common noun
// standing between verb i and word end, the verb's subject; "" when a
// preposition, a clause or a title comes first ("التقى الرئيس الأمريكي
// بايدن": the adjective is the named man's).
func (f *finder) nisbaSubject(i, end int) (string, int) {
	for j := i + 1; j < end && j <= i+subjectWindow; j++ {
		w := f.ws[j]
		if w.punct || isPrep(w) || f.boundary(j) || w.inCue(cueTitle) && f.namedAfter(j) {
			return "", -1
		}
		if j > i+1 {
			if id := f.nisba(j); id != "" {
				return id, j
			}
		}
	}
	return "", -1
}

// describesPerson reports whether the adjective at word j describes the
// person g named right after it, within two definite words and no
// punctuation: "طالب المرجع العراقي الشيعي محمود الصرخي" is the cleric's
// demand, not Iraq's.
func (f *finder) describesPerson(j int, g group) bool {
	if g.prep != "" || !f.isPerson(g.ents[0]) || g.first > j+3 {
		return false
	}
	for k := j + 1; k < g.first; k++ {
		if w := f.ws[k]; w.punct || !strings.HasPrefix(w.bare, "ال") {
			return false
		}
	}
	return true
}

// titled reports whether the words between verb i and the person g
// are his title: a title word opens them and no
// punctuation, preposition or clause comes before the name ("استقبل خادم
// الحرمين الشريفين الملك سلمان", "زار نائب وزير الخارجية الروسي سيرغي
// ريابكوف").
func (f *finder) titled(i int, g group) bool {
	first := g.first
	if first > i+titleWindow || !f.ws[i+1].inCue(cueTitle) || !f.isPerson(g.ents[0]) {
		return false // a title heads a person's name, not a body's
	}
	for j := i + 1; j < first; j++ {
		if w := f.ws[j]; w.punct || isPrep(w) || asidePreps[w.bare] || f.boundary(j) || j > i+1 && strings.HasPrefix(w.folded, "و") && !w.inCue(cueTitle) {
			return false
		}
	}
	return true
}

// pastApposition drops from gs, the actors after subject s, a place
// that belongs to the title in apposition to s: "استقبل الأمير فيصل بن
// بندر أمير منطقة الرياض ...", "التقى الأمير مشعل محافظ جدة ...". The
// subject is a person, the title follows him closely with no
// conjunction, punctuation or preposition before the place, and the place
// is the genitive of the word before it, which has no article.
func (f *finder) pastApposition(s group, gs []group) []group {
	if len(gs) == 0 || !f.isPerson(s.ents[0]) || !f.isPlace(gs[0].ents[0]) || gs[0].prep != "" || gs[0].first > s.last+1+maxAdjectives+1 {
		return gs
	}
	if strings.HasPrefix(f.ws[gs[0].first-1].bare, "ال") {
		return gs // "انتقد كيري وزير الخارجية الأمريكي روسيا": the title ended
	}
	if w := f.ws[s.last+1]; !w.inCue(cueTitle) || strings.HasPrefix(w.folded, "و") && !cueTitle.words[w.folded] {
		return gs
	}
	for j := s.last + 1; j < gs[0].first; j++ {
		if w := f.ws[j]; w.punct || isPrep(w) || f.boundary(j) {
			return gs
		}
	}
	return gs[1:]
}

// namedAfter reports whether an actor starts within the three words after
// title word j ("الرئيس الأمريكي جو بايدن"): the name, not the title's
// adjective, is then the subject. "وعقد الوزير الإيراني اجتماعا" names
// no one, and the adjective's state stands for him.
func (f *finder) namedAfter(j int) bool {
	for k := j + 1; k < len(f.ws) && k <= j+3; k++ {
		if f.nisba(k) != "" {
			continue // the title's own adjective
		}
		if f.inActor[k] {
			return true
		}
		if f.ws[k].punct {
			return false
		}
	}
	return false
}

// describes reports whether the words between noun i and the
// preposition before word g are none or adjectives of the noun, which
// carry the article ("الاتفاق النووي المبرم بين X وY").
func (f *finder) describes(i, g int) bool {
	if g > i+2+maxAdjectives {
		return false
	}
	for j := i + 1; j < g-1; j++ {
		if !strings.HasPrefix(f.ws[j].bare, "ال") {
			return false
		}
	}
	return true
}

// relativeBetween returns the بين group that names the parties of the
// noun at word i across a relative clause on it with no actor of its own:
// "الاتفاق الذي أبرم في فيينا بين X وY", "الاتفاق النووي الذي تم التوصل
// إليه بين X وY". The clause's own words (its verb may be a trigger too)
// do not end the search; a new clause, punctuation or another actor do.
func (f *finder) relativeBetween(i int) *group {
	j := i + 1
	for j < len(f.ws) && j <= i+maxAdjectives && adjective(f.ws[j]) {
		j++
	}
	if j >= len(f.ws) || !f.ws[j].inCue(cueRelative) {
		return nil
	}
	last := f.ranges[f.sentOf[i]][1]
	for k := j + 1; k < last && k <= j+clauseWindow; k++ {
		if f.boundary(k) || f.ws[k].punct {
			return nil
		}
		if g := f.groupAt[k]; g >= 0 {
			if f.gs[g].prep == "بين" {
				return &f.gs[g]
			}
			if f.gs[g].prep != placePrep {
				return nil
			}
			k = f.gs[g].last
		}
	}
	return nil
}

// adjective reports whether w may be a definite relative adjective after
// its noun: "النووي", "التاريخية".
func adjective(w word) bool {
	return w.tok.Kind == arabic.Word && strings.HasPrefix(w.folded, "ال") && !w.inCue(cueRelative) &&
		(strings.HasSuffix(w.folded, "ي") || strings.HasSuffix(w.folded, "يه"))
}

// nisbaAfter returns the state whose adjective follows the noun at word
// i, directly or, when past is set, after up to maxAdjectives adjectives
// of the noun's own. A state after an agreement's adjectives ("الاتفاق
// النووي الإيراني") is one party of two; it is not taken as the agent.
func (f *finder) nisbaAfter(i int, past bool) string {
	var id string
	f.nounQualifiers(i, past, func(j int) bool {
		id = f.nisba(j)
		return id != ""
	})
	return id
}

// nounQualifiers visits the word after the noun at word i and, when past
// is set, up to maxAdjectives more while the words are adjectives of it,
// until visit returns true.
func (f *finder) nounQualifiers(i int, past bool, visit func(j int) bool) {
	n := 0
	if past {
		n = maxAdjectives
	}
	for j := i + 1; j < len(f.ws) && j <= i+1+n; j++ {
		if visit(j) || !adjective(f.ws[j]) {
			return
		}
	}
}

// unnamedNisbaAfter reports whether the noun at word i is qualified, as
// nisbaAfter reads it, by the adjective of a state the article does not
// name ("العدوان الإسرائيلي" with no إسرائيل): its agent is that state,
// no actor of the text's.
func (f *finder) unnamedNisbaAfter(i int, past bool) bool {
	if f.kb == nil {
		return false
	}
	unnamed := false
	f.nounQualifiers(i, past, func(j int) bool {
		if f.groupAt[j] >= 0 || f.nisba(j) != "" {
			return true // "دعم الجمهورية اليمنية": a named state
		}
		unnamed = f.ws[j].tok.Kind == arabic.Word && f.kb.Demonym(f.ws[j].tok.Text) != nil
		return unnamed
	})
	return unnamed
}

// oneSided returns the named party of a symmetric noun t whose other
// party is no actor: "الاتفاق بين إيران والقوى الكبرى". It returns nil
// unless a common noun joined by و follows the one named party.
func (f *finder) oneSided(t trigger, limit int) []string {
	after, _ := f.after(t, limit)
	var g *group
	switch {
	case len(after) > 0 && after[0].prep == "بين" && f.describes(t.last, after[0].first):
		g = &after[0]
	case len(after) == 0:
		g = f.relativeBetween(t.last)
	}
	if g == nil || len(g.ents) != 1 {
		return nil
	}
	next := g.last + 1
	if next >= len(f.ws) || f.groupAt[next] >= 0 || !strings.HasPrefix(f.ws[next].folded, "و") || f.ws[next].tok.Kind != arabic.Word {
		return nil
	}
	return g.ents
}

// genitive reports whether group g follows word i as its genitive: right
// after it, or after a title ("لقاء الرئيس فلاديمير بوتين").
func (f *finder) genitive(i int, g group) bool {
	if strings.HasPrefix(f.ws[i].bare, "ال") && g.prep == "" {
		return false // "حضر اللقاء الوزير X": a noun with the article governs no genitive
	}
	if g.first == i+1 {
		return true
	}
	if g.prep == "ل" && g.first == i+2 && f.indefiniteAdjective(i+1) {
		return true // "قصف مدفعي للحوثيين", "هجوم انتحاري لتنظيم داعش"
	}
	if g.first > i+5 || !f.ws[i+1].inCue(cueTitle) {
		return false
	}
	for j := i + 2; j < g.first; j++ {
		if !strings.HasPrefix(f.ws[j].bare, "ال") && !f.inActor[j] && !f.ws[j].has(bodyNouns) {
			return false
		}
	}
	return true
}

// bodyNouns head, without the article, the name of the body a title is
// of: "رئيس حزب القوات اللبنانية X", "وزير خارجية إيران X".
var bodyNouns = map[string]bool{"حزب": true, "حركه": true, "جماعه": true, "تنظيم": true, "وزاره": true, "هيئه": true,
	"منظمه": true, "مجلس": true, "خارجيه": true, "دفاع": true, "داخليه": true}

// relativeSubject returns the subject of a relative clause on noun t
// whose verb takes the noun back as a pronoun ("الغارات التي تشنها
// الولايات المتحدة على اليمن"), and the actors after it.
func (f *finder) relativeSubject(t trigger, limit int) (group, []group, bool) {
	r, v := t.last+1, t.last+2
	if v+1 >= len(f.ws) || v+1 > limit || !f.ws[r].inCue(cueRelative) || !f.resumptiveVerb(v) {
		return group{}, nil, false
	}
	g := f.groupAt[v+1]
	if g < 0 || f.gs[g].first != v+1 || f.gs[g].prep != "" {
		return group{}, nil, false
	}
	rest, _ := f.after(trigger{e: t.e, first: f.gs[g].first, last: f.gs[g].last}, limit)
	return f.gs[g], rest, true
}

// indefiniteAdjective reports whether word j is a relative adjective
// without the article that names no state: "مدفعي", "انتحاري", "جوية".
// A state's ("هجوم إسرائيلي") names the agent itself.
func (f *finder) indefiniteAdjective(j int) bool {
	w := f.ws[j]
	return w.tok.Kind == arabic.Word && !strings.HasPrefix(w.bare, "ال") && w.bare == w.folded &&
		(strings.HasSuffix(w.bare, "ي") || strings.HasSuffix(w.bare, "يه")) && f.nisba(j) == ""
}

// complements keeps the groups a preposition introduces: after a noun, a
// bare actor further on is the subject of something else.
func complements(gs []group) []group {
	var out []group
	for _, g := range gs {
		if g.prep != "" {
			out = append(out, g)
		}
	}
	return out
}

// seller returns the actors after من that a purchase t buys from.
func (f *finder) seller(t trigger, limit int) []string {
	gs, _ := f.after(t, limit)
	for _, g := range gs {
		if g.prep == "من" {
			return g.ents
		}
	}
	return nil
}

// after1 returns the actor groups right after verb t: its own subject or
// object, if it has one.
func (f *finder) after1(t trigger) []group {
	gs, _ := f.after(t, min(t.last+subjectWindow, len(f.ws)-1))
	return gs
}

func first(gs []group) []string {
	if len(gs) == 0 {
		return nil
	}
	return gs[0].ents
}

// quoteMark reports whether w is a quotation mark or bracket, which may
// stand between a subject and its verb ("X “ستدفع الثمن”").
func quoteMark(w word) bool {
	return w.punct && strings.ContainsAny(w.tok.Text, "\"“”«»()'‘’")
}

// before returns the subject standing just before word i: a group ending
// there, or separated from it only by gap words ("قد", "لم") and
// punctuation, not introduced by a preposition.
func (f *finder) before(i, from int) *group {
	j := i - 1
	for j >= from && i-j <= 3 && (quoteMark(f.ws[j]) || f.cue(cueGap, j) || f.ws[j].punct && f.cue(cueRelative, j+1)) {
		j--
	}
	if j < from {
		return nil
	}
	for g := range f.gs {
		if f.gs[g].last == j {
			if f.gs[g].prep != "" {
				return nil
			}
			return &f.gs[g]
		}
	}
	return nil
}

// pastNeed reports whether group g follows the word verb t needs: in
// "التي وقفت بجانب السودان" the name after بجانب is the object, where a
// subject comes before it ("وقفت مصر بجانب السودان").
func (f *finder) pastNeed(t trigger, g group) bool {
	if t.e.need == nil {
		return false
	}
	j := f.needAt(t.e, t.last, g.first)
	if j < 0 || j >= g.first {
		return false
	}
	// only a need met in a prepositional phrase: "وقع المذكرة الدكتور
	// X" puts its object before its subject
	w := f.ws[j]
	return strings.HasPrefix(w.bare, "ب") || j > 0 && f.ws[j-1].folded == "الي"
}

// joinedByWa reports whether verb trigger t carries و, that is, its
// entry is found under the word without it (the و of وافقت and وقعت is
// the verb's own): a verb so joined opens a clause of its own, and the
// name before it ends the clause before ("نددت البحرين بتدخلات إيران
// وطالبت ...": Iran is no subject). After ف it may still be the subject:
// "أما الوزير X فطالب".
func (f *finder) joinedByWa(t trigger) bool {
	w := f.ws[t.first]
	if w.bare == w.folded || firstRune(w.folded) != arabic.Waw {
		return false
	}
	for _, v := range w.verbForms() {
		if strings.HasPrefix(w.bare, v) && !strings.HasPrefix(w.folded, v) && slices.Contains(lex.first[v], t.e) {
			return true
		}
	}
	return false
}

// loyalTo reports whether group g is the state or body a noun before it
// serves or is backed by: ل after a word of loyalty ("الموالين لروسيا"),
// من after one of backing ("المدعومين من إيران"). A man's loyalists are
// his own side ("القوات الموالية لصالح").
func (f *finder) loyalTo(g group) bool {
	k := g.first - 1
	if g.prep == "من" && k >= 0 && f.ws[k].bare == "من" {
		k--
	}
	return k >= 0 && (g.prep == "ل" || g.prep == "من") && f.ws[k].inCue(cueLoyal) && !f.isPerson(g.ents[0])
}

// after returns the actor groups after trigger t up to word limit, each
// within targetWindow of the one before, stopping at a new clause; a
// place after في is the location instead. An aside preposition the
// trigger needs introduces its only complement: "مثل X أمام البرلمان".
func (f *finder) after(t trigger, limit int) ([]group, *string) {
	var out []group
	var loc *string
	n := 0
	for j := t.last + 1; j <= limit && n <= targetWindow; j++ {
		if f.boundary(j) {
			break
		}
		if f.ws[j].tok.Kind == arabic.Word {
			n++
		}
		g := f.groupAt[j]
		if g < 0 {
			continue
		}
		gr := f.gs[g]
		if f.loyalTo(gr) {
			// "المتمردين الموالين لروسيا": Russia describes the rebels
		} else if gr.prep == placePrep || gr.prep == "ب" && f.isTown(gr.ents[0]) {
			// "في موسكو", and "بجدة", "بمكة المكرمة": with ب a person
			// is met ("التقى بالرئيس"), a town is where
			if loc == nil && f.isPlace(gr.ents[0]) {
				loc = &f.gs[g].ents[0]
			}
		} else if k := len(out) - 1; k >= 0 && out[k].last+2 == gr.first && ledBy[f.ws[gr.first-1].bare] {
			// "التحالف بقيادة السعودية": the leader joins the actor
			// right before it (with none, it stands for what it leads:
			// "قوات التحالف بقيادة الولايات المتحدة")
			out[k].ents = appendNew(slices.Clone(out[k].ents), gr.ents...)
			out[k].last = gr.last
		} else if t.e.aside != "" {
			// the subject right after the verb, then the complement
			// of the preposition needed
			if gr.prep == t.e.aside || gr.prep == "" && gr.first <= t.last+subjectWindow {
				out = append(out, gr)
			}
		} else if !asidePreps[gr.prep] {
			out = append(out, gr)
		}
		n = 0
		j = gr.last
	}
	return f.titlePlaces(t.last, out), loc
}

// titlePlaces drops from gs, the actors after word from, a place or a
// body that is the genitive of the title of the person named right after
// it: in "وزير خارجية إيران محمد جواد ظريف", "محافظ الطائف فهد بن معمر",
// "رئيس الفيفا سيب بلاتر" and "الأمين العام للأمم المتحدة بان كي مون"
// the person acts, and the place or body is part of his title.
func (f *finder) titlePlaces(from int, gs []group) []group {
	out := gs[:0]
	for i, g := range gs {
		if i+1 < len(gs) && f.titleGenitive(from, g, gs[i+1]) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// titleGenitive reports whether place or body g, bare or after ل, stands
// between a title word within three words before it (after word from)
// and the person p named right after it, with no preposition or
// punctuation between: "رئيس وزراء باكستان نواز شريف", "المتحدث باسم
// الخارجية الأمريكية جون كيربي", "الأمين العام للأمم المتحدة بان كي مون".
func (f *finder) titleGenitive(from int, g, p group) bool {
	if g.prep != "" && g.prep != "ل" || p.prep != "" || p.first != g.last+1 || f.isPerson(g.ents[0]) || !f.isPerson(p.ents[0]) {
		return false
	}
	for j := g.first - 1; j > from && j >= g.first-3; j-- {
		w := f.ws[j]
		if w.inCue(cueTitle) {
			return true
		}
		if w.punct || isPrep(w) {
			return false
		}
	}
	return false
}

// entity returns the document's entity id, or nil.
func (f *finder) entity(id string) *isnad.Entity {
	for i := range f.d.Entities {
		if f.d.Entities[i].ID == id {
			return &f.d.Entities[i]
		}
	}
	return nil
}

func (f *finder) isPerson(id string) bool {
	e := f.entity(id)
	return e != nil && e.Type == "PERS"
}

func (f *finder) isPlace(id string) bool {
	e := f.entity(id)
	return e != nil && e.Type == "LOC"
}

// isTown reports whether entity id is a place within a state (a city,
// province or region), which cannot be met, only met in.
func (f *finder) isTown(id string) bool {
	e := f.entity(id)
	return e != nil && e.Type == "LOC" && e.Subtype != nil && townKinds[*e.Subtype]
}

// namedAfterTown reports whether noun trigger t, an agreement or a
// meeting but no visit, has the town g for its genitive right after it:
// the town where it was made or held names it ("اتفاق فيينا").
func (f *finder) namedAfterTown(t trigger, g group) bool {
	if t.e.typ != "AGREE" && (t.e.typ != "CONSULT" || t.e.mode == "visit") || t.e.kind == verb || len(g.ents) != 1 {
		return false
	}
	return f.isTown(g.ents[0]) || f.capitalWritten(g)
}

// capitalWritten reports whether group g spells a capital, which the
// article may make its state's mention ("اتفاق فيينا" names Austria's
// capital, not Austria).
func (f *finder) capitalWritten(g group) bool {
	if f.kb == nil {
		return false
	}
	var words []string
	for j := g.first; j <= g.last; j++ {
		words = append(words, f.ws[j].tok.Text)
	}
	for _, e := range f.kb.Lookup(strings.Join(words, " ")) {
		if e.CapitalOf != "" {
			return true
		}
	}
	return false
}

// townKinds are the place subtypes of the knowledge base below a state.
var townKinds = map[string]bool{"city": true, "province": true, "region": true, "autonomous-region": true}

// quoteOf returns the index of the quote holding word i, or -1.
func (f *finder) quoteOf(i int) int {
	p := f.ws[i].tok.Start
	for q, x := range f.d.Quotes {
		if x.Start <= p && p < x.End {
			return q
		}
	}
	return -1
}

// lastSpeaker returns the speaker of the last quote that ends in the
// sentence before sentence s, or nil.
func (f *finder) lastSpeaker(s int) *string {
	if s == 0 {
		return nil
	}
	prev := f.sents[s-1]
	for q := len(f.d.Quotes) - 1; q >= 0; q-- {
		x := f.d.Quotes[q]
		if x.Speaker != nil && x.End > prev[0] && x.End <= f.sents[s][0] {
			return x.Speaker
		}
	}
	return nil
}

// speakerBefore reports the speaker of the last quote of t's sentence
// that starts before t, and whether there is one (its speaker may be
// unnamed).
func (f *finder) speakerBefore(t trigger) (*string, bool) {
	from, at := f.ws[f.ranges[f.sentOf[t.first]][0]].tok.Start, f.ws[t.first].tok.Start
	for q := len(f.d.Quotes) - 1; q >= 0; q-- {
		if x := f.d.Quotes[q]; x.Start >= from && x.Start < at {
			return x.Speaker, true
		}
	}
	return nil, false
}

// speaker returns the speaker of the quote holding t, or nil.
func (f *finder) speaker(t trigger) *string {
	if q := f.quoteOf(t.first); q >= 0 {
		return f.d.Quotes[q].Speaker
	}
	return nil
}

// build makes the event of trigger t with its attributes.
func (f *finder) build(t trigger, typ string, src, tgt []string, loc *string) isnad.Event {
	text, start, end := f.span(t.first, t.last)
	ev := isnad.Event{
		Type: typ, Mode: isnad.OrNull(t.e.mode), Source: nonNil(src), Target: nonNil(tgt),
		Location: loc, Polarity: f.polarity(t), Modality: f.modality(t),
		Trigger: &text, Start: start, End: end,
	}
	if typ != t.e.typ {
		ev.Mode = nil
	}
	if q := f.quoteOf(t.first); q >= 0 {
		ev.Quote = &q
		ev.AttributedTo = f.d.Quotes[q].Speaker
	}
	ev.Date = f.date(t, ev.Quote)
	if ev.Modality == "asserted" && ev.Date != nil && f.d.Published != nil && after(*ev.Date, *f.d.Published) {
		ev.Modality = "planned" // "تعقد X وY اجتماعا غدا": dated after the news, so not yet done
	}
	return ev
}

// after reports whether date value v lies wholly after publication date
// pub, compared at v's precision ("2015-08" after "2015-07-22"); a value
// with an unknown part is never after.
func after(v, pub string) bool {
	if strings.Contains(v, "X") || len(pub) < len(v) {
		return false
	}
	return v > pub[:len(v)]
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// performer returns who carries out the act of noun t in "زيارة يقوم بها
// X" or "الزيارة التي يقوم بها X" (X right after بها or after his title),
// and the actors after X.
func (f *finder) performer(t trigger, limit int) (group, []group, bool) {
	v := t.last + 1
	if v < len(f.ws) && f.cue(cueRelative, v) {
		v++
	}
	if !f.doneBy(v) {
		return group{}, nil, false
	}
	gs, _ := f.after(trigger{e: t.e, first: v + 1, last: v + 1}, limit)
	if len(gs) == 0 || gs[0].prep != "" && gs[0].prep != f.ws[v+1].bare || gs[0].first != v+2 && !f.titled(v+1, gs[0]) {
		return group{}, nil, false
	}
	return gs[0], gs[1:], true
}

// doneBy reports whether words i and i+1 say who carries the act out:
// "يقوم بها", "قام به".
func (f *finder) doneBy(i int) bool {
	return i+1 < len(f.ws) && performVerbs[f.ws[i].bare] && (f.ws[i+1].bare == "بها" || f.ws[i+1].bare == "به")
}

// performVerbs, folded, are the forms of قام "carry out" that take the act
// back with بها: "زيارة يقوم بها X".
var performVerbs = map[string]bool{"قام": true, "قامت": true, "يقوم": true, "تقوم": true, "سيقوم": true, "ستقوم": true, "يقومون": true, "قاموا": true}

// resumptiveVerb reports whether word i is a past verb carrying a
// pronoun that points back at the noun before it (قدمتها، شنها، أطلقوها):
// a relative clause without الذي.
func (f *finder) resumptiveVerb(i int) bool {
	if i >= len(f.ws) || f.ws[i].tok.Kind != arabic.Word {
		return false
	}
	w := f.ws[i].bare
	if strings.HasPrefix(w, "ال") {
		return false
	}
	for _, suf := range []string{"تها", "ته", "وها", "وه", "ها"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) >= len([]rune(suf))+3 {
			return true
		}
	}
	return false
}
