package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// Anaphora: a title standing for a speaker named elsewhere (المسؤول،
// وزير الخارجية الأمريكي، المتحدث باسم الجيش).

// titleHolder finds the person the text gives the title words elsewhere,
// right before the name (وزير الخارجية الأمريكي جون كيري) or after it and
// a comma (اندريه ليسينكو، المتحدث باسم الجيش): the nearest such mention
// before rune p, else the first after it.
func (d *doc) titleHolder(words []string, p int) (mention, bool) {
	var best mention
	found := false
	for _, m := range d.ments {
		if d.ents[m.ent].Type != "PERS" || m.start == p || !d.titled(m, words) {
			continue
		}
		if m.start < p || !found {
			best, found = m, true
		}
		if m.start > p {
			break
		}
	}
	return best, found
}

// titled reports whether mention m carries the title words just before it
// or in apposition just after it.
func (d *doc) titled(m mention, words []string) bool {
	n := len(words)
	i := d.tokAt(m.start)
	if i >= n && d.wordsMatch(i-n, words) {
		return !d.headed(i - n - 1)
	}
	if i > n && d.isPunct(i-1, "،,") && d.wordsMatch(i-1-n, words) {
		return true // وزير الخارجية الإيراني، محمد جواد ظريف
	}
	if i > n && d.stateAdjective(i-1) && d.wordsMatch(i-1-n, words) && (d.isTitle(i-1-n) || d.class(d.lex.speakers, i-1-n) == classAnaphor) {
		return !d.headed(i - n - 2) // "وزير المالية السعودي إبراهيم العساف" for "وزير المالية"
	}
	j := d.tokAt(m.end)
	return j+n < len(d.toks) && d.isPunct(j, "،,") && d.wordsMatch(j+1, words)
}

// stateAdjective reports a definite relative adjective at token i, the
// state's in a title: الأمريكي، السعودية.
func (d *doc) stateAdjective(i int) bool {
	w := d.folded[i]
	return strings.HasPrefix(w, article) && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه")) && utf8.RuneCountInString(w) > 4
}

// headed reports whether word i heads the title words after it, which
// are then only its genitive: "أعلنت القوات الموالية" is the forces, not
// "المتحدث باسم القوات الموالية ناصر"; "رئيس التحرير" is not "نائب
// رئيس التحرير X".
func (d *doc) headed(i int) bool {
	if i < 0 || d.folded[i] == "" {
		return false
	}
	return d.bare(i) == "باسم" || d.isTitle(i) || d.class(d.lex.speakers, i) == classAnaphor
}

// wordsMatch compares the n word tokens from i with words (folded,
// without ال).
func (d *doc) wordsMatch(i int, words []string) bool {
	for k, w := range words {
		if i+k >= len(d.toks) || d.folded[i+k] == "" || phraseWords(d.folded[i+k])[0] != w {
			return false
		}
	}
	return true
}

// anaphor resolves a definite title (المسؤول، المتحدث باسم الكرملين): to
// the entity whose roles share most words with the phrase, else to the
// last quote whose speaker phrase has the title word, else to the entity
// named inside the phrase (the Kremlin of its spokesman), else to nobody.
func (d *doc) anaphor(pa, pe int, ms []mention, text string) who {
	words := phraseWords(d.text(d.toks[pa].Start, d.toks[pe-1].End))
	if k, ok := d.byRole(words); ok {
		return who{speaker: d.entityID(k), text: text, ok: true}
	}
	if m, found := d.titleHolderOf(words, d.toks[pa].Start); found {
		return who{speaker: d.entityID(m.ent), text: text, ok: true}
	}
	head := words[0]
	for i := len(d.quotes) - 1; i >= 0; i-- {
		q := d.quotes[i]
		if q.SpeakerText != nil && containsWord(phraseWords(*q.SpeakerText), head) && !nisbaClash(words, phraseWords(*q.SpeakerText)) {
			return who{speaker: q.Speaker, text: text, ok: true}
		}
	}
	if len(ms) > 0 {
		return who{speaker: d.entityID(ms[0].ent), text: text, ok: true}
	}
	if genericOfficial[head] {
		// "وقال المسؤول الأمريكي" after "صرح المتحدث ... جون كيربي":
		// the official is the person last quoted
		if sp := d.lastQuoted("PERS"); sp != nil {
			return who{speaker: sp, text: text, ok: true}
		}
	}
	return who{text: text, ok: true}
}

// genericOfficial are the title heads that name no office (المسؤول،
// المسؤولة) and the descriptions of a commentator (الخبير السياسي
// المصري، الباحث والمحلل), folded without the article: they point back
// at the person last quoted.
var genericOfficial = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"مسؤول", "مسؤولة", "خبير", "خبيرة", "محلل", "محللة", "باحث", "باحثة"} {
		m[arabic.Fold(w)] = true
	}
	return m
}()

// byRole returns the entity, persons first, whose roles share the most
// words with words, counting the title word (words[0]) as required.
func (d *doc) byRole(words []string) (int, bool) {
	best, bestScore := -1, 0
	for k, e := range d.ents {
		for _, r := range e.Roles {
			rw := phraseWords(r)
			if !containsWord(rw, words[0]) || nisbaClash(words, rw) {
				continue
			}
			score := 2 * overlap(rw, words)
			if e.Type == "PERS" {
				score++
			}
			if score > bestScore {
				best, bestScore = k, score
			}
		}
	}
	return best, best >= 0
}

// nisbaClash reports whether a title phrase and a role each carry a
// masculine relative adjective the other lacks: "الوزير البحريني" is not
// the one whose role is "وزير الخارجية الإيراني".
func nisbaClash(words, role []string) bool {
	return lacksNisba(words[1:], role) && lacksNisba(role[1:], words)
}

// lacksNisba reports whether some word of ws, a masculine relative
// adjective (البحريني، الإيراني), is not among other.
func lacksNisba(ws, other []string) bool {
	for _, w := range ws {
		if nisbaWord(w) && !containsWord(other, w) {
			return true
		}
	}
	return false
}

// nisbaWord reports a masculine relative adjective among phrase words
// (folded, without ال): ايراني، بحريني.
func nisbaWord(w string) bool {
	return strings.HasSuffix(w, string(arabic.Yeh)) && utf8.RuneCountInString(w) > 3
}

// phraseWords folds s into words without the article ال.
func phraseWords(s string) []string {
	f := strings.Fields(arabic.Fold(s))
	for i, w := range f {
		if rest, ok := strings.CutPrefix(w, article); ok && len([]rune(rest)) > 1 {
			f[i] = rest
		}
	}
	if len(f) == 0 {
		return []string{""}
	}
	return f
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func overlap(a, b []string) int {
	n := 0
	for _, w := range b {
		if containsWord(a, w) {
			n++
		}
	}
	return n
}

// institution resolves a definite body (الوزارة، الجيش) at token pa: the
// organisation it names itself (الجيش الإسرائيلي), else the last one named
// before it whose name has the same head word (وزارة الخارجية). It reports
// false when there is none: the phrase is then read as any other.
func (d *doc) institution(pa int, ms []mention, text string) (who, bool) {
	ra := d.toks[pa].Start
	if len(ms) > 0 && ms[0].start == ra {
		return who{speaker: d.entityID(ms[0].ent), text: text, ok: true}, true
	}
	head := phraseWords(d.folded[pa])[0]
	if d.bare(pa) != d.folded[pa] {
		head = phraseWords(d.bare(pa))[0] // والوزارة
	}
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := d.ments[i]
		if m.start < ra && d.ents[m.ent].Type == "ORG" && phraseWords(d.text(m.start, m.end))[0] == head {
			return who{speaker: d.entityID(m.ent), text: text, ok: true}, true
		}
	}
	return who{}, false
}

// honorificReach is how many words before a person's name may hold the
// title an honorific answers to: "معالي رئيس ديوان المظالم رئيس مجلس
// القضاء الإداري الشيخ الدكتور X".
const honorificReach = 8

// honorific resolves an honorific pronoun (سموه، معاليه) at token i to a
// person with a title word the honorific takes, just before the name or
// among the person's roles: the last speaker quoted if he has one (a
// story about a prince thanks other princes between his words), else the
// nearest such person named before; else nobody.
func (d *doc) honorific(i int, text string) who {
	titles := d.lex.honorifics[d.bare(i)]
	p := d.toks[i].Start
	if sp := d.lastQuoted("PERS"); sp != nil {
		for _, m := range d.ments {
			if m.start < p && d.ents[m.ent].ID == *sp && d.honoured(m, titles) {
				return who{speaker: sp, text: text, ok: true}
			}
		}
	}
	// The honorific's own noun printed before a name (صاحب السمو الشيخ X
	// for سموه) outranks a title word or a role: "عبر صاحب السمو الشيخ
	// X عن ... بقيادة خادم الحرمين الشريفين الملك Y. وقال سموه" is X's.
	if len(titles) > 0 {
		if m, ok := d.lastHonoured(p, func(m mention) bool { return d.titledBefore(m, titles[:1]) }); ok {
			return who{speaker: d.entityID(m.ent), text: text, ok: true}
		}
	}
	if m, ok := d.lastHonoured(p, func(m mention) bool { return d.honoured(m, titles) }); ok {
		return who{speaker: d.entityID(m.ent), text: text, ok: true}
	}
	return who{text: text, ok: true}
}

// lastHonoured returns the last person mention before rune p that ok
// accepts.
func (d *doc) lastHonoured(p int, ok func(mention) bool) (mention, bool) {
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		if m.start < p && d.ents[m.ent].Type == "PERS" && ok(m) {
			return m, true
		}
	}
	return mention{}, false
}

// titledBefore reports whether one of the title words stands within
// honorificReach words before mention m, in its title.
func (d *doc) titledBefore(m mention, titles []string) bool {
	for j, n := d.tokAt(m.start)-1, 0; j >= 0 && n < honorificReach; j-- {
		if d.folded[j] == "" {
			break // punctuation ends the title
		}
		if o, named := d.mentionCovering(d.toks[j].Start); named && d.ents[o.ent].Type == "PERS" {
			break // another person: his title is not this one's
		}
		n++
		if containsWord(titles, phraseWords(d.folded[j])[0]) {
			return true
		}
	}
	return false
}

// honoured reports whether mention m has one of the title words in it or
// within honorificReach words before it, or among its entity's roles.
func (d *doc) honoured(m mention, titles []string) bool {
	for j := d.tokAt(m.start); j < len(d.toks) && d.toks[j].Start < m.end; j++ {
		if d.folded[j] != "" && containsWord(titles, phraseWords(d.folded[j])[0]) {
			return true // "الأمير محمد بن نايف", named with the title
		}
	}
	if d.titledBefore(m, titles) {
		return true
	}
	for _, r := range d.ents[m.ent].Roles {
		for _, w := range phraseWords(r) {
			if containsWord(titles, w) {
				return true
			}
		}
	}
	return false
}
