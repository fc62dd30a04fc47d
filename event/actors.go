package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// mention is one actor mention mapped onto words: the entity and the
// first and last word it covers.
type mention struct {
	ent         string
	first, last int
	clitic      string // a preposition ب or ل fused to its first word
	conj        bool   // a و fused to its first word
}

// group is a run of actor mentions joined by و ("روسيا وكوريا الشمالية"),
// which act together as one source or target.
type group struct {
	ents        []string
	first, last int
	prep        string // the preposition that introduces it, folded, or ""
}

// Prepositions that make the actor after them a complement (a target),
// and في, which makes it a place.
var complementPreps = map[string]bool{
	"الي": true, "علي": true, "مع": true, "ضد": true, "عن": true, "من": true,
	"بين": true, "لدي": true, "نحو": true, "تجاه": true, "حيال": true, "ب": true, "ل": true,
	"لصالح": true, "لفائده": true, // "مساعدات لصالح تونس": for its benefit
}

const placePrep = "في"

// asidePreps introduce an actor who stands by an event without taking
// part in it: "ندد X أمام الكونغرس بـ...", "خلال لقاء بحضور Y". Such an
// actor is neither source nor target.
var asidePreps = map[string]bool{"امام": true, "خلال": true, "عبر": true, "بحضور": true, "برئاسه": true}

// ledBy introduce the leader of the actor before them, who acts with it:
// "طائرات التحالف بقيادة السعودية".
var ledBy = map[string]bool{"بقياده": true, "بزعامه": true}

// isActor tells which entities can do things to others: people,
// organisations and places (states stand for their governments), but not
// the news media and monitors (the Syrian Observatory for Human Rights)
// that only report, nor named things (MISC).
func isActor(e isnad.Entity, agencies map[string]bool) bool {
	if e.Type == "MISC" || agencies[e.ID] {
		return false
	}
	if e.Subtype != nil && (*e.Subtype == "media" || *e.Subtype == "agency" || *e.Subtype == "monitor") {
		return false
	}
	n := arabic.Fold(e.Name)
	return !startsWithAny(n, "وكاله", "صحيفه", "قناه", "موقع")
}

// mentions maps the actor mentions of d onto ws, in text order, one per
// word at most (the first entity listed wins an overlap).
func mentions(d *isnad.Document, ws []word, text []rune) []mention {
	agencies := map[string]bool{}
	for _, a := range d.Agencies {
		agencies[a] = true
	}
	var out []mention
	taken := make([]bool, len(ws))
	head := datelineHeads(d, ws, text)
	for _, e := range d.Entities {
		if !isActor(e, agencies) {
			continue
		}
		firsts := &lazyFirsts{e: &e, text: text}
		for _, m := range e.Mentions {
			first := sort.Search(len(ws), func(i int) bool { return ws[i].tok.End > m[0] })
			last := first
			for last+1 < len(ws) && ws[last+1].tok.Start < m[1] {
				last++
			}
			if first >= len(ws) || ws[first].tok.Start >= m[1] || taken[first] {
				continue
			}
			if head != nil && head[first] {
				continue // "الرياض - واس: استقبل ..." names where, not who
			}
			for i := first; i <= last; i++ {
				taken[i] = true
			}
			out = append(out, mention{ent: e.ID, first: first, last: last, clitic: clitic(ws[first], m[0], firsts),
				conj: conjoined(ws[first], m[0], firsts)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// datelineHeads marks the words of the datelines that open lines of the
// text: places, agencies and outlets with the dashes, colons and brackets
// between them, up to the last separator ("موسكو - ", "سيول: ",
// "بيروت (رويترز) - ", "واس - الرياض: ", "بكين - «الشرق الأوسط»: "), and
// the reporter before them when two separators follow ("حسن العيسي- سبق-
// القنفذة: "). One word no entity covers may stand before a separator (an
// outlet the tagger missed: "سبق- جدة:"). The places there are where the
// report was filed, never actors: "الرياض - واس: استقبل ..." names no
// subject.
func datelineHeads(d *isnad.Document, ws []word, text []rune) []bool {
	covered := make([]int8, len(ws))
	for _, e := range d.Entities {
		kind := headKinds[e.Type]
		if kind == 0 {
			continue
		}
		for _, m := range e.Mentions {
			for i := sort.Search(len(ws), func(i int) bool { return ws[i].tok.End > m[0] }); i < len(ws) && ws[i].tok.Start < m[1]; i++ {
				if covered[i] == 0 || kind == headPlace {
					covered[i] = kind
				}
			}
		}
	}
	var head []bool
	for i := 0; i < len(ws); i++ {
		if i > 0 && !lineBreakBefore(text, ws, i) {
			continue
		}
		end, named, reporter, seps, loose := -1, false, false, 0, 0
	scan:
		for j := i; j < len(ws) && j < i+headWords; j++ {
			if j > i && lineBreakBefore(text, ws, j) {
				break
			}
			w := ws[j]
			switch {
			case w.punct && strings.ContainsAny(w.tok.Text, "-–—:"):
				end = j
				seps++
			case w.punct && strings.ContainsAny(w.tok.Text, "()«»\"/،"):
			case covered[j] > 0:
				named = named || covered[j] == headPlace
				reporter = reporter || covered[j] == headPerson
			case w.tok.Kind == arabic.Word && loose == 0 && j+1 < len(ws) && ws[j+1].punct && strings.ContainsAny(ws[j+1].tok.Text, "-–—:"):
				loose++
			default:
				break scan
			}
		}
		if end < 0 || !named || reporter && seps < 2 {
			continue // "بحاح: زيارتي ...": a person and a colon quote him
		}
		if head == nil {
			head = make([]bool, len(ws))
		}
		for j := i; j <= end; j++ {
			head[j] = true
		}
	}
	return head
}

// headWords bounds the words and marks of a dateline.
const headWords = 10

// The kinds of words a dateline head holds.
const (
	headPlace int8 = 1 + iota
	headBody
	headPerson
)

// headKinds maps an entity type to the kind of its words in a dateline.
var headKinds = map[string]int8{"LOC": headPlace, "ORG": headBody, "PERS": headPerson}

// lineBreakBefore reports whether a line break stands between word i-1
// and word i.
func lineBreakBefore(text []rune, ws []word, i int) bool {
	return slices.Contains(text[ws[i-1].tok.End:ws[i].tok.Start], '\n')
}

// clitic returns the preposition ب or ل fused to w ahead of the mention
// starting at start: either the mention starts inside w, or w without its
// first letter is how the entity's name (firsts: the first words of its
// name and mentions) begins and w itself is not.
func clitic(w word, start int, firsts *lazyFirsts) string {
	if w.tok.Start < start {
		f := arabic.Fold(string([]rune(w.tok.Text)[:start-w.tok.Start]))
		f = strings.TrimSuffix(f, "ال")
		f = strings.TrimPrefix(strings.TrimPrefix(f, "و"), "ف")
		if f == "ب" || f == "ل" || f == "لل" {
			return f[:len("ب")]
		}
		return ""
	}
	f := w.bare
	r := []rune(f)
	if len(r) < 3 || (r[0] != arabic.Beh && r[0] != arabic.Lam) || firsts.has(f) {
		return ""
	}
	rest := string(r[1:])
	if strings.HasPrefix(f, "لل") {
		rest = "ا" + rest // للولايات: ل + الولايات
	}
	if firsts.has(rest) {
		return string(r[0])
	}
	return ""
}

// conjoined reports whether w carries a و ahead of the mention starting
// at start, the way clitic finds a preposition.
func conjoined(w word, start int, firsts *lazyFirsts) bool {
	if !strings.HasPrefix(w.folded, "و") {
		return false
	}
	if w.tok.Start < start {
		return true
	}
	return !firsts.has(w.folded) && firsts.has(strings.TrimPrefix(w.folded, "و"))
}

// lazyFirsts are the first words of an entity's name and mentions
// (firstWords), worked out when first asked: most mentions start on a
// word with no clitic, and never ask.
type lazyFirsts struct {
	e     *isnad.Entity
	text  []rune
	words map[string]bool
}

func (l *lazyFirsts) has(s string) bool {
	if l.words == nil {
		l.words = firstWords(*l.e, l.text)
	}
	return l.words[s]
}

// firstWords returns the folded first words of e's name and mentions,
// with a leading و cut, the forms clitic compares a word with.
func firstWords(e isnad.Entity, text []rune) map[string]bool {
	out := map[string]bool{}
	add := func(s string) {
		f := strings.Fields(arabic.Fold(s))
		if len(f) == 0 {
			return
		}
		out[f[0]] = true
		if r := []rune(f[0]); len(r) > 3 && r[0] == arabic.Waw {
			out[string(r[1:])] = true
		}
	}
	add(e.Name)
	for _, m := range e.Mentions {
		if 0 <= m[0] && m[0] < m[1] && m[1] <= len(text) {
			add(string(text[m[0]:m[1]]))
		}
	}
	return out
}

// groups joins the mentions into groups and finds what introduces each.
func groups(ms []mention, ws []word) []group {
	var out []group
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		g := group{ents: []string{m.ent}, first: m.first, last: m.last, prep: prepBefore(m, ws)}
		for i+1 < len(ms) && joined(ms[i], ms[i+1], ws) {
			i++
			g.last = ms[i].last
			g.ents = appendNew(g.ents, ms[i].ent)
		}
		out = append(out, g)
	}
	return out
}

// joined reports whether b follows a with only a و between them, as a
// word or as b's first letter.
//
// A title may come between: "بلينكن ومستشار الأمن القومي الكوري الجنوبي
// تشو" is two actors, so a title after the و may run up to the name as
// long as no preposition or punctuation comes.
func joined(a, b mention, ws []word) bool {
	gap := b.first - a.last
	if gap == 1 {
		return strings.HasPrefix(ws[b.first].folded, "و")
	}
	// وزير is a title as written, its و no conjunction: "جون كيري وزير
	// الخارجية" is one man.
	w := ws[a.last+1]
	if gap > 7 || !strings.HasPrefix(w.folded, "و") || !w.inCue(cueTitle) || cueTitle.words[w.folded] || b.clitic != "" {
		return false // "ووزير الدفاع للقاهرة": a title, then a complement
	}
	for j := a.last + 1; j < b.first; j++ {
		w := ws[j]
		if w.punct || complementPreps[w.bare] || w.is(placePrep) || j > a.last+1 && startsWithAny(w.folded, "و") {
			return false
		}
	}
	return true
}

// prepBefore returns the preposition introducing m: a fused clitic or
// the preposition word before it.
func prepBefore(m mention, ws []word) string {
	if m.clitic != "" {
		return m.clitic
	}
	// A title may stand between the preposition and the name:
	// "بالرئيس الكوري الجنوبي يون", "إلى وزير الخارجية X"; so may the
	// common noun a place's name is in apposition to: "إلى العاصمة
	// العراقية بغداد".
	if m.first == 0 {
		return ""
	}
	if p := ws[m.first-1]; (isPrep(p) || asidePreps[p.bare]) && !resumptivePreps[p.folded] {
		// not "الذي توصلت إليه إيران": the pronoun is the preposition's
		return p.bare
	}
	if m.conj {
		if p := sharedPrep(m.first, ws); p != "" {
			return p
		}
	}
	for j := m.first - 1; j >= 0 && j >= m.first-4; j-- {
		p := ws[j]
		if p.punct {
			break
		}
		if !p.inCue(cueTitle) && !p.inCue(cuePlaceHead) {
			continue
		}
		if strings.HasPrefix(p.bare, "ب") && p.inCue(cuePlaceHead) && !p.bareIn(cuePlaceHead) {
			return placePrep // "بمقر وزارة العمل", "بمنطقة تبوك": where
		}
		if startsWithAny(p.bare, "بال", "لل") {
			return p.bare[:len("ب")]
		}
		if j > 0 && (isPrep(ws[j-1]) || asidePreps[ws[j-1].bare]) {
			return ws[j-1].bare
		}
		break
	}
	return ""
}

// sharedPrep returns the preposition of the phrase that a mention
// starting at word i is joined to by و: "للنظام السوري وحزب الله" puts
// both under ل. Only adjectives (words with the article) may stand
// between the phrase's noun and the mention.
func sharedPrep(i int, ws []word) string {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := ws[j]
		if w.tok.Kind != arabic.Word {
			return ""
		}
		if startsWithAny(w.bare, "لل", "بال") && len([]rune(w.bare)) > 4 {
			return w.bare[:len("ب")]
		}
		if j > 0 && isPrep(ws[j-1]) {
			return ws[j-1].bare
		}
		if !strings.HasPrefix(w.bare, "ال") {
			return ""
		}
	}
	return ""
}

// isPrep reports whether w is a preposition, also with a pronoun on it
// ("ومعها", "عليه").
func isPrep(w word) bool {
	if w.is(placePrep) || complementPreps[w.folded] || complementPreps[w.bare] {
		return true
	}
	for _, p := range objectSuffixes {
		if rest, ok := strings.CutSuffix(w.bare, p); ok && (complementPreps[rest] || complementPreps[strings.TrimSuffix(rest, "ي")+"ي"]) {
			return true
		}
	}
	return false
}

func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}
