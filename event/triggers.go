package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// trigger is a lexicon entry found at words first..last.
type trigger struct {
	e           *entry
	first, last int
	possessed   bool // a masdar with a possessive suffix: its agent is the pronoun
	needEnd     int  // last word of the noun a verb needed and absorbed, or 0
}

// objectSuffixes are the pronouns a verb takes as its object
// ("اتهمتها"); they are cut to look the verb up.
var objectSuffixes = []string{"هما", "هم", "ها", "ه", "نا"}

// verbForms returns the forms a verb is looked up under.
func (w *forms) verbForms() []string {
	out := []string{w.folded}
	if w.bare != w.folded {
		out = append(out, w.bare)
	} else if rest, ok := cutConjunction(w.folded); ok && utf8.RuneCountInString(rest) == 2 {
		// "وشن": a doubled verb of two letters after و or ف; newForms
		// keeps the و of three-letter words (وقع، وصل are verbs)
		out = append(out, rest)
	}
	for _, f := range out {
		for _, s := range objectSuffixes {
			if len(f) > len(s)+len("ااا") && f[len(f)-len(s):] == s {
				out = append(out, f[:len(f)-len(s)])
				break
			}
		}
	}
	return out
}

// triggers returns the triggers among words first..last, in order, the
// longest entry winning where several start at one word.
func (f *finder) triggers(first, last int) []trigger {
	var out []trigger
	for i := first; i <= last; i++ {
		if f.ws[i].tok.Kind != arabic.Word {
			continue
		}
		t, ok := f.match(i, last)
		if !ok || f.inPersonName(i) || f.insideName(i) {
			continue
		}
		out = append(out, t)
		i = t.last
	}
	return out
}

// inPersonName reports whether word i lies inside the name of persons:
// "علي بن أبي طالب" demands nothing, and "وإيد بولز" is no و + أيد
// (and supports). The name's first word, as written, may still be a verb
// the tagger took into the name ("طالب مسعود البارزاني بوقف القصف").
func (f *finder) inPersonName(i int) bool {
	if !f.inActor[i] {
		return false
	}
	for j := i; j >= 0; j-- {
		if g := f.groupAt[j]; g >= 0 {
			gr := f.gs[g]
			if gr.last < i || j == i && f.ws[i].bare == f.ws[i].folded {
				return false
			}
			return !slices.ContainsFunc(gr.ents, func(id string) bool { return !f.isPerson(id) })
		}
	}
	return false
}

// insideName reports whether word i lies inside an actor's name past its
// first word: "مجلس التعاون الخليجي" and "منظمة التعاون الإسلامي"
// cooperate with no one.
func (f *finder) insideName(i int) bool {
	return f.inActor[i] && f.groupAt[i] < 0
}

// candidate is a lexicon entry a spelling may start, under one of its
// forms, as far as the spelling alone tells.
type candidate struct {
	e         *entry
	verb      bool // found under a verb form
	possessed bool // found under a noun form cut from a possessive suffix only
}

// candidates returns the entries w may start, verb forms first, each in
// the order match tries them. A verb form matches a verb entry (or a
// reversed one), a noun form the other kinds; an entry that is an act
// only without the article, or a participle, needs a word without it.
// possessed are the noun forms w has only by cutting a possessive suffix.
func (w *forms) candidates(possessed map[string]bool) []candidate {
	var out []candidate
	add := func(form string, isVerb bool) {
		poss := !isVerb && possessed[form] && !w.hasPlain(form, possessed)
		for _, e := range lex.first[form] {
			if (e.kind == verb) != isVerb && e.kind != reversed || (e.bare || e.kind == participle) && w.definite() {
				continue
			}
			out = append(out, candidate{e: e, verb: isVerb, possessed: poss})
		}
	}
	for _, v := range w.verbForms() {
		add(v, true)
	}
	for _, n := range w.nouns {
		add(n, false)
	}
	return out
}

// match returns the best entry starting at word i and ending by word last.
func (f *finder) match(i, last int) (trigger, bool) {
	var best trigger
	found := false
	// After a preposition a verb's spelling is its masdar ("إلى فرض");
	// after بما/مما a verb is a set phrase ("بما يتفق مع": in line with).
	verbs, asked := false, false
	for _, c := range f.ws[i].cands {
		if c.verb {
			if !asked {
				verbs, asked = i == 0 || !isPrep(f.ws[i-1]) && !cueWhat.words[f.ws[i-1].bare], true
			}
			if !verbs {
				continue
			}
		}
		e := c.e
		end, ok := f.phraseEnd(e, i, last)
		if !ok || !f.needMet(e, end, last) || f.blocked(e, end, last) {
			continue
		}
		if !c.verb && f.anaphoric(i, end) {
			continue
		}
		n := end - i
		if !found || n > best.last-best.first || (n == best.last-best.first && e.order < best.e.order) {
			best, found = trigger{e: e, first: i, last: end, possessed: c.possessed}, true
		}
	}
	return best, found
}

// anaphoric reports whether the masdar at words i..end, with the
// article and after "خلال" or "أثناء", points back at an act told
// before ("ويلتقي X خلال الزيارة الرئيس Y": the visit is the one just
// announced) rather than telling one: no complement of its own follows
// it ("خلال الاجتماع مع Y" is still a meeting with Y).
func (f *finder) anaphoric(i, end int) bool {
	if !f.afterDuring(i) || !f.ws[i].definite() {
		return false
	}
	if end+1 < len(f.ws) {
		if n := f.ws[end+1]; complementPreps[n.bare] || n.inCue(cueRelative) || f.doneBy(end+1) {
			return false // "خلال الزيارة التي يقوم بها X": told here
		}
	}
	return true
}

// phraseEnd checks the later words of e's phrase against the words after
// i and returns the index of the phrase's last word.
func (f *finder) phraseEnd(e *entry, i, last int) (int, bool) {
	j := i
	for _, want := range e.words[1:] {
		j++
		if j > last || !f.ws[j].hasForm(want) {
			return 0, false
		}
	}
	return j, true
}

// blocked reports whether a word e's entry excludes stands just after
// word end: "طلب عدم نشر اسمه" (asked not to be named) asks nothing of
// anyone, "رفض التعليق" (declined to comment) refuses nothing.
func (f *finder) blocked(e *entry, end, last int) bool {
	if e.block == nil {
		return false
	}
	for j := end + 1; j <= last && j <= end+blockWindow; j++ {
		if f.ws[j].has(e.block) {
			return true
		}
	}
	return false
}

// blockWindow is how far after a trigger a word of its block list counts:
// past a short subject ("رفضت الوزارة التعليق").
const blockWindow = 3

// needMet reports whether a word e needs follows word end closely. The
// words of actor names do not count towards the window: "تمنح الولايات
// المتحدة إسرائيل مساعدات" names its two sides before the noun it needs.
func (f *finder) needMet(e *entry, end, last int) bool {
	return e.need == nil || f.needAt(e, end, last) >= 0 || f.needBefore(e, end)
}

// resumptivePreps are a preposition with the pronoun of a relative
// clause's noun: "الاتفاق الذي توصلت إليه".
var resumptivePreps = map[string]bool{"اليه": true, "اليها": true, "عليه": true, "عليها": true}

// needBefore reports whether a verb's need is the noun of the relative
// clause it stands in, named before it and taken up by a pronoun after
// it: "بالاتفاق الذي توصلت إليه إيران".
func (f *finder) needBefore(e *entry, end int) bool {
	if end+1 >= len(f.ws) || !resumptivePreps[f.ws[end+1].folded] {
		return false
	}
	for j := end - 1; j >= 0 && j > end-relativeWindow; j-- {
		if f.ws[j].has(e.need) {
			return true
		}
	}
	return false
}

// needAt returns the word that meets e's need after word end, or -1.
func (f *finder) needAt(e *entry, end, last int) int {
	for j, n := end+1, 0; j <= last && n < needWindow; j++ {
		if f.ws[j].has(e.need) {
			return j
		}
		if !f.inActor[j] {
			n++
		}
	}
	return -1
}

// definite reports a word with the article, behind its proclitics
// (المعارضة، والمعارضة، بالمعارضة، للمعارضة).
func (w *forms) definite() bool {
	b := w.bare
	for _, p := range []string{"ال", "بال", "كال", "لل"} {
		if strings.HasPrefix(b, p) {
			return true
		}
	}
	return false
}
