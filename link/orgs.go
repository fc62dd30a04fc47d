package link

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// orgHeads are the nouns that head an organisation's name: "المعهد الكوري
// للتوحيد الوطني", "وزارة الدفاع", "مركز ستيمسون". Folded, without the
// article.
var orgHeads = map[string]bool{
	"وزاره": true, "معهد": true, "مركز": true, "مكتب": true, "وكاله": true, "هيئه": true,
	"مجلس": true, "منظمه": true, "اتحاد": true, "جمعيه": true, "مؤسسه": true, "صندوق": true,
	"برنامج": true, "لجنه": true, "اداره": true, "مديريه": true, "جامعه": true, "شركه": true,
	"حزب": true, "حركه": true, "بنك": true, "مصرف": true, "محكمه": true, "جهاز": true,
	"صحيفه": true, "قناه": true, "تنظيم": true, "جماعه": true,
}

// headSubtypes are the subtypes (as the knowledge base names them) that an
// unknown organisation's head noun settles.
var headSubtypes = map[string]string{
	"وزاره": "ministry", "وكاله": "agency", "صحيفه": "media", "قناه": "media",
	"حزب": "party", "شركه": "company", "بنك": "company", "مصرف": "company",
	"جامعه": "university",
}

// organisations widens and adds organisation names where the tagger and
// the gazetteer see only part of one.
func (d *doc) organisations(ms []*mention) []*mention {
	for _, m := range ms {
		d.newsAgency(m)
	}
	for _, m := range ms {
		switch {
		case m.entry != nil && m.entry.Type == kb.ORG && m.entry.Subtype != "country":
			d.longerOrg(m)
		case m.entry == nil && m.typ == kb.ORG && orgHeads[stripArticle(d.firstWord(m))]:
			d.orgComplement(m)
		case m.entry != nil && m.entry.Type == kb.LOC && m.entry.Subtype != "country", m.entry == nil && m.typ == kb.LOC:
			d.cityBody(m)
		}
	}
	ms = append(ms, d.ministries(ms)...)
	ms = append(ms, d.institutions(ms)...)
	ms = append(ms, d.units(ms)...)
	sortMentions(ms)
	return ms
}

func (d *doc) firstWord(m *mention) string {
	f := arabic.FoldedWords(arabic.Fold(d.surface(m)))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// longerOrg unlinks a known organisation's name that an adjective
// continues into another name: "مجلس الأمن القومي" is not "مجلس الأمن"
// (the Security Council) but a body of its own. Nationality adjectives
// do not count: "البيت الأبيض الأمريكي" is still the White House.
func (d *doc) longerOrg(m *mention) {
	t := m.tok1
	if !d.sameSentence(m.tok0, t) || !d.nisba(t) || d.kb.Demonym(d.word(t)) != nil || modifiers()[d.word(t)] || isNotName(d.word(t)) {
		return // nor does an epithet: "تنظيم داعش الإرهابي" is still IS
	}
	m.end, m.tok1, m.entry = d.toks[t].End, t+1, nil
	m.entry = d.link(d.surface(m), kb.ORG)
}

// nisba reports whether token t is a definite relative adjective
// (القومي, الدولية, الوطني), the usual qualifier inside a name.
func (d *doc) nisba(t int) bool {
	return d.toks[t].Kind == arabic.Word && d.definiteNisba(d.word(t))
}

// orgAdjectives are the adjectives other than relative ones that go on
// in an organisation's name: "مكتب الأمن العام", "المجلس الأعلى".
var orgAdjectives = map[string]bool{"العام": true, "العامه": true, "الاعلي": true}

// orgComplement widens an organisation the tagger cut short before its
// adjectives or its complement with لل: "مجلس الأمن" + "القومي",
// "المعهد الكوري" + "للتوحيد الوطني".
func (d *doc) orgComplement(m *mention) {
	t := m.tok1
	for d.sameSentence(m.tok0, t) && (d.nisba(t) || orgAdjectives[d.word(t)]) {
		t++
	}
	if d.sameSentence(m.tok0, t) && strings.HasPrefix(d.word(t), "لل") && len([]rune(d.word(t))) >= 5 {
		for t++; d.sameSentence(m.tok0, t) && d.nisba(t); t++ {
		}
	}
	if t > m.tok1 {
		m.end, m.tok1 = d.toks[t-1].End, t
		m.entry = d.link(d.surface(m), kb.ORG)
	}
}

// cityBodies are the bodies named by the city they serve: شرطة دبي،
// بلدية الرياض are organisations, not the city; and the groups named by
// the region they come from: تنظيم خراسان، جماعة خراسان.
var cityBodies = map[string]bool{"شرطه": true, "بلديه": true, "تنظيم": true, "جماعه": true}

// groupBodies are the city-body nouns that name armed or political groups.
var groupBodies = map[string]bool{"تنظيم": true, "جماعه": true}

// cityBody widens a city right after a city body's noun into the body.
func (d *doc) cityBody(m *mention) {
	t := m.tok0 - 1
	if t < 0 || !d.sameSentence(t, m.tok0) || m.start != d.toks[m.tok0].Start {
		return
	}
	pre, ok := d.headedBy(t, cityBodyWords)
	if !ok || definiteHead(d.word(t), cityBodies) {
		return // "الشرطة دبي" is no construct
	}
	if _, group := d.headedBy(t, groupBodyWords); group && strings.HasPrefix(d.word(m.tok0), "ال") {
		return // "تنظيم الشرق الأوسط": organising a region; a group's place name is bare
	}
	m.start, m.tok0, m.typ, m.place = d.toks[t].Start+pre, t, kb.ORG, false
	m.entry = d.link(d.surface(m), kb.ORG)
}

// ministries finds "وزارة الدفاع", "وزارة الخارجية الأمريكية", "وزارة
// الدفاع الكورية الشمالية" where nothing else named them: the ministry
// word, its definite complement and the adjectives after it.
func (d *doc) ministries(ms []*mention) []*mention {
	var out []*mention
	for t := range d.toks {
		// The next word's article is tested first: it rules out most
		// tokens for less than headedBy's lookups cost.
		if !d.sameSentence(t, t+1) || !strings.HasPrefix(d.word(t+1), "ال") {
			continue
		}
		pre, ok := d.headedBy(t, ministryHeadWords)
		council, party, heads := false, false, ministryHeads
		if !ok {
			pre, ok = d.headedBy(t, councilHeadWords)
			council, heads = ok, councilHeads
		}
		if !ok {
			pre, ok = d.headedBy(t, partyHeadWords)
			party, heads = ok, partyHeads
		}
		if !ok || definiteHead(d.word(t), heads) || isNotName(d.word(t+1)) {
			// "الوزارة إلى": a definite head is no construct, and إلى
			// folds to a word that starts like the article
			continue
		}
		if council && (!d.sameSentence(t, t+2) || d.kb.Demonym(d.word(t+2)) == nil) {
			// "مجلس الوزراء السعودي" is the state's; "مجلس الإدارة",
			// "مجلس النواب" alone could be any board or house
			continue
		}
		e := t + 2
		if party {
			if genericParties[stripArticle(d.word(t+1))] {
				continue // "حزب المعارضة": a party, not its name
			}
			if d.sameSentence(t, e) && strings.HasPrefix(d.word(e), "وال") && !isNotName(d.word(e)) {
				e++ // "حزب العدالة والتنمية"
			}
		}
		for d.sameSentence(t, e) && (!party && (d.nisba(e) || modifiers()[d.word(e)]) || party && d.partyAdjective(e)) {
			e++
		}
		if party && d.sameSentence(t, e) && strings.HasPrefix(d.word(e), "ال") && !d.partyBoundary(e) {
			continue // "حزب الوطنيين الأحرار": the name may run on; better none than half
		}
		m := &mention{start: d.toks[t].Start + pre, end: d.toks[e-1].End, tok0: t, tok1: e, typ: kb.ORG}
		if party {
			d.widenShorter(m, ms)
		}
		if !overlapsAny(m, ms) {
			m.entry = d.link(d.surface(m), kb.ORG)
			out = append(out, m)
		}
	}
	return out
}

// unitHeads, folded, head a military unit named by its number: "الفرقة
// 30", "اللواء 35", "الكتيبة 80", "الفوج 12".
var unitHeads = map[string]bool{"فرقه": true, "لواء": true, "كتيبه": true, "فوج": true}

// units finds a military unit named by its head and a number right after
// it, also in quotation marks ("الفرقة 30" and «الفرقة 30», للفرقة 30).
// The tagger reads no name in a number, and an army names its brigades
// and divisions so: each is an organisation of its own.
func (d *doc) units(ms []*mention) []*mention {
	var out []*mention
	for t := range d.toks {
		if !d.sameSentence(t, t+1) || d.toks[t+1].Kind != arabic.Number || d.toks[t+1].Start-d.toks[t].End > 1 {
			continue
		}
		pre, _, ok := d.headedOrElided(t, unitHeadWords)
		if !ok {
			continue
		}
		m := &mention{start: d.toks[t].Start + pre, end: d.toks[t+1].End, tok0: t, tok1: t + 2, typ: kb.ORG}
		if !overlapsAny(m, ms) {
			out = append(out, m)
		}
	}
	return out
}

// institutionHeads are the words that, with the article and a state's
// adjective after them, name one of that state's institutions with the
// rest of its name left out: "الداخلية البحرينية" is Bahrain's interior
// ministry, "المركزي الروسي" Russia's central bank, "الجيش اللبناني" its
// army. The value is what the full name starts with, for the knowledge
// base ("وزارة الداخلية البحرينية").
// Keys are folded when the package loads.
var institutionHeads = func() map[string]string {
	m := map[string]string{}
	for h, full := range map[string]string{
		"داخلية": "وزارة ", "خارجية": "وزارة ", "دفاع": "وزارة ", "مركزي": "البنك ",
		"جيش": "", "سفارة": "", "قنصلية": "", "رئاسة": "", "استخبارات": "", "مخابرات": "",
		"حكومة": "", "قوات": "", "برلمان": "", "شرطة": "",
	} {
		m[arabic.Fold(h)] = full
	}
	return m
}()

// institutionHeadSet is institutionHeads as headedBy takes it.
var institutionHeadSet = func() map[string]bool {
	m := map[string]bool{}
	for h := range institutionHeads {
		m[h] = true
	}
	return m
}()

// institutions finds a state's institution named by its head with the
// article and the state's adjective ("وقالت الداخلية البحرينية") where
// nothing else named it, and no title or definite noun stands before it.
// Without the
// adjective the head is a common noun
// (الجيش، الرئاسة); with one that is no state's (الجيش الحر) it is
// another body's name, left to the tagger and the knowledge base.
func (d *doc) institutions(ms []*mention) []*mention {
	var out []*mention
	for t := range d.toks {
		pre, elided, ok := d.headedOrElided(t, institutionHeadWords)
		if !ok || !definiteHead(d.word(t), institutionHeadSet) || !d.sameSentence(t, t+1) || d.kb.Demonym(d.word(t+1)) == nil ||
			t > 0 && d.sameSentence(t-1, t) && (titleBefore(d.word(t-1)) || pre == 0 && strings.HasPrefix(d.word(t-1), "ال")) {
			// "وزير الخارجية السوري": the adjective is the minister's;
			// "المخابرات الداخلية الإسرائيلية": the head is an adjective,
			// which a conjunction or a preposition on it rules out
			// ("والجيش التركي", "للجيش العراقي")
			continue
		}
		e := t + 2
		for d.sameSentence(t, e) && d.nisba(e) && d.kb.Demonym(d.word(t+1)+" "+d.word(e)) != nil {
			e++ // "الكورية الشمالية"
		}
		m := &mention{start: d.toks[t].Start + pre, end: d.toks[e-1].End, tok0: t, tok1: e, typ: kb.ORG}
		if overlapsAny(m, ms) {
			continue
		}
		name := d.surface(m)
		if elided {
			name = "ال" + name // "للجيش العراقي": the article's alif is written as no letter
		}
		if m.entry = d.link(name, kb.ORG); m.entry == nil {
			if full := institutionHeads[stripArticle(strings.TrimLeft(d.word(t), "وفبل"))]; full != "" {
				m.entry = d.link(full+name, kb.ORG)
			}
		}
		out = append(out, m)
	}
	return out
}

// titleBefore reports whether folded word w is a title, perhaps behind a
// conjunction or preposition (بوزير، لوزير).
func titleBefore(w string) bool {
	if isTitleWord(w) {
		return true
	}
	r, rest := firstRune(w)
	return (r == arabic.Beh || r == arabic.Lam || r == arabic.Kaf) && utf8.RuneCountInString(rest) > 2 && isTitleWord(rest)
}

// definiteHead reports whether the folded word w is one of heads with the
// article (الوزارة، بالوزارة، للوزارة).
func definiteHead(w string, heads map[string]bool) bool {
	for h := range heads {
		if strings.HasSuffix(w, "ال"+h) || strings.HasPrefix(w, "لل") && w[len("لل"):] == h {
			return true
		}
	}
	return false
}

// ministryHeads is the head of a ministry's name, folded.
var ministryHeads = map[string]bool{"وزاره": true}

// partyHeads head a party's name: حزب and a definite complement, perhaps
// a second after و and relative adjectives ("حزب العدالة والتنمية",
// "حزب الشعب الجمهوري").
var partyHeads = map[string]bool{"حزب": true}

// genericParties, folded without the article, complement حزب as a
// description, not a name.
var genericParties = map[string]bool{"معارضه": true, "اغلبيه": true, "اقليه": true, "رئيس": true, "سلطه": true,
	"حكومه": true, "حاكم": true, "جديد": true, "واحد": true, "مخلوع": true}

// partyAdjective reports whether token t is a relative adjective that
// goes on in a party's name ("حزب الشعب الجمهوري"): not its state's
// ("حزب المحافظين البريطاني"), an epithet (الإرهابي، الشيعي) or a
// title's qualifier.
func (d *doc) partyAdjective(t int) bool {
	w := d.word(t)
	return d.nisba(t) && d.kb.Demonym(w) == nil && !isNotName(w) && !modifiers()[w] && !partyEpithets[w]
}

// partyBoundary reports whether the definite word t after a party's name
// surely ends it: the state's adjective, an epithet or a qualifier.
func (d *doc) partyBoundary(t int) bool {
	w := d.word(t)
	return d.kb.Demonym(w) != nil || partyEpithets[w] || isNotName(w) || modifiers()[w]
}

// partyEpithets, folded, describe a party's place in politics, not its
// name.
var partyEpithets = map[string]bool{"اليميني": true, "اليساري": true, "الموالي": true, "المعارض": true, "الحاكم": true,
	"البرلماني": true, "الشيعي": true, "السني": true, "الارهابي": true, "المتطرف": true}

// widenShorter widens to m a shorter organisation mention of ms that
// starts where m does and links to nothing (the tagger's "حزب العدالة"
// of "حزب العدالة والتنمية").
func (d *doc) widenShorter(m *mention, ms []*mention) {
	for _, o := range ms {
		if o.tok0 == m.tok0 && o.tok1 < m.tok1 && o.typ == kb.ORG && o.entry == nil {
			o.tok1, o.end = m.tok1, m.end
			o.entry = d.link(d.surface(o), kb.ORG)
		}
	}
}

// councilHeads head a state's council or house, which names it only with
// the state's adjective after its complement ("مجلس النواب العراقي").
var councilHeads = map[string]bool{"مجلس": true}

// The head sets headedBy is asked about, with their lengths.
var (
	orgHeadWords         = newHeadWords(orgHeads)
	cityBodyWords        = newHeadWords(cityBodies)
	groupBodyWords       = newHeadWords(groupBodies)
	ministryHeadWords    = newHeadWords(ministryHeads)
	councilHeadWords     = newHeadWords(councilHeads)
	partyHeadWords       = newHeadWords(partyHeads)
	institutionHeadWords = newHeadWords(institutionHeadSet)
	agencyHeadWords      = newHeadWords(agencyHeads)
	quoteHeadWords       = newHeadWords(quoteHeads)
	kingdomHeadWords     = newHeadWords(kingdomHead)
	unitHeadWords        = newHeadWords(unitHeads)
)

// headedBy reports whether token t is one of the folded words heads, with
// or without the article, behind legal proclitics (بوزارة, ووزارة), and
// returns how many code points the proclitics take. This runs on every
// token of every article, and most words open with no proclitic letter:
// the letters are compared as bytes, and a word behind them is looked up
// only where a legal run (see isProclitics) takes them.
func (d *doc) headedBy(t int, heads *headWords) (int, bool) {
	w := d.word(t)
	if w == "" {
		return 0, false
	}
	if heads.has(w) || hasArticleHead(w, heads) {
		return skipLetters(d.toks[t].Text, 0), true
	}
	conj, prep := procliticLetter(w)
	if !conj && !prep {
		return 0, false
	}
	if rest := w[cliticBytes:]; rest != "" && (heads.has(rest) || hasArticleHead(rest, heads)) {
		return skipLetters(d.toks[t].Text, 1), true
	}
	if !conj {
		return 0, false // a preposition takes no proclitic after it
	}
	if _, prep := procliticLetter(w[cliticBytes:]); !prep {
		return 0, false
	}
	if rest := w[2*cliticBytes:]; rest != "" && (heads.has(rest) || hasArticleHead(rest, heads)) {
		return skipLetters(d.toks[t].Text, 2), true
	}
	return 0, false
}

// headedOrElided is headedBy, else elidedArticleHead: a head with or
// without the article, or after ل that swallowed the article's alif
// (للفرقة); elided tells the last.
func (d *doc) headedOrElided(t int, heads *headWords) (pre int, elided, ok bool) {
	if pre, ok = d.headedBy(t, heads); ok {
		return pre, false, true
	}
	pre, ok = d.elidedArticleHead(t, heads)
	return pre, ok, ok
}

// elidedArticleHead is headedBy for a head after the preposition ل,
// which swallows the article's alif: "للجيش", "وللحكومة".
func (d *doc) elidedArticleHead(t int, heads *headWords) (int, bool) {
	w, n := d.word(t), 2
	if conj, _ := procliticLetter(w); conj {
		w, n = w[cliticBytes:], 3
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok && rest != "" && heads.has(rest) {
		return skipLetters(d.toks[t].Text, n), true
	}
	return 0, false
}

// cliticBytes is the UTF-8 length of each proclitic letter.
const cliticBytes = 2

// procliticLetter reports whether w opens with a conjunction (و ف) or a
// preposition (ب ل ك), the letters isProclitics allows, compared as the
// bytes they are in UTF-8 rather than decoded.
func procliticLetter(w string) (conj, prep bool) {
	if len(w) < cliticBytes {
		return false, false
	}
	switch w[:cliticBytes] {
	case "و", "ف":
		return true, false
	case "ب", "ل", "ك":
		return false, true
	}
	return false, false
}

// hasArticleHead reports whether the folded word w is a head with the
// article, as stripArticle cuts it.
func hasArticleHead(w string, heads *headWords) bool {
	if !heads.mayHaveLen(len(w) - len("ال")) {
		return false // no head is as long as w without an article
	}
	bare := stripArticle(w)
	return len(bare) < len(w) && heads.has(bare)
}

// headWords is a set of folded head words for headedBy, with the byte
// lengths they come in: headedBy asks about every token in several sets,
// and a word of no head's length is told without hashing it.
type headWords struct {
	set  map[string]bool
	lens uint64 // bit n: a head of n bytes (bit 63: 63 or more)
}

func newHeadWords(set map[string]bool) *headWords {
	h := &headWords{set: set}
	for w := range set {
		h.lens |= 1 << min(len(w), 63)
	}
	return h
}

// has reports whether w is one of the heads.
func (h *headWords) has(w string) bool {
	return h.mayHaveLen(len(w)) && h.set[w]
}

// mayHaveLen reports whether a head may be n bytes long.
func (h *headWords) mayHaveLen(n int) bool {
	return n >= 0 && h.lens&(1<<min(n, 63)) != 0
}

// skipLetters returns the code point index of s after its first n letters
// and the marks on them.
func skipLetters(s string, n int) int {
	i := 0
	for _, r := range s {
		if n == 0 && arabic.IsLetter(r) {
			break
		}
		if arabic.IsLetter(r) {
			n--
		}
		i++
	}
	return i
}

// newsAgency widens a place or a state's name that follows "وكالة أنباء"
// to the agency it names ("وكالة أنباء الجمهورية الإسلامية الإيرانية"),
// linked through the acronym in brackets after it when the text gives one
// ("(إرنا)").
func (d *doc) newsAgency(m *mention) {
	t := m.tok0
	if t < 2 || m.typ == kb.ORG || !d.sameSentence(t-2, t) || !newsWords[d.word(t-1)] {
		return
	}
	pre, ok := d.headedBy(t-2, agencyHeadWords)
	if !ok {
		return
	}
	m.start, m.tok0, m.typ, m.fromKB, m.entry = d.toks[t-2].Start+pre, t-2, kb.ORG, false, nil
	if a := m.tok1; a+2 < len(d.toks) && d.toks[a].Text == "(" && d.toks[a+2].Text == ")" && d.sameSentence(t, a+2) {
		m.entry = d.link(d.toks[a+1].Text, kb.ORG)
	}
	if m.entry == nil {
		m.entry = d.link(d.surface(m), kb.ORG)
	}
}

// agencyHeads and newsWords make "وكالة أنباء", "وكالة الأنباء", folded.
var (
	agencyHeads = map[string]bool{"وكاله": true}
	newsWords   = map[string]bool{"انباء": true, "الانباء": true}
)

// quoteHeads are the head nouns after which a name is printed in
// quotation marks: نقابة "أيه إف إل-سي آي أو", معهد "سنتر فور ...".
var quoteHeads = func() map[string]bool {
	m := map[string]bool{"نقابه": true}
	for h := range orgHeads {
		m[h] = true
	}
	return m
}()

// maxQuotedName bounds the tokens of a name in quotation marks.
const maxQuotedName = 10

// quotedNames makes an organisation of a name printed in quotation marks
// right after a head noun that announces one, in place of the pieces the
// tagger and the gazetteer found inside it.
func (d *doc) quotedNames(ms []*mention) []*mention {
	var add []*mention
	for t := 0; t+2 < len(d.toks); t++ {
		if !opensQuote(d.toks[t+1].Text) || !d.sameSentence(t, t+2) {
			continue // tested first: few tokens stand before a quotation mark
		}
		if _, ok := d.headedBy(t, quoteHeadWords); !ok || definiteHead(d.word(t), quoteHeads) {
			// a definite head ("المجلس") names the body already known;
			// quotation marks after it open someone's words
			continue
		}
		c := t + 2
		for c < len(d.toks) && c-t <= maxQuotedName && d.sameSentence(t, c) && !closesQuote(d.toks[c].Text) {
			c++
		}
		if c >= len(d.toks) || !closesQuote(d.toks[c].Text) || c == t+2 || c-t > maxQuotedName {
			continue
		}
		m := &mention{start: d.toks[t+2].Start, end: d.toks[c-1].End, tok0: t + 2, tok1: c, typ: kb.ORG}
		m.entry = d.link(d.surface(m), kb.ORG)
		add = append(add, m)
		t = c
	}
	if len(add) == 0 {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		if !overlapsAny(m, add) {
			kept = append(kept, m)
		}
	}
	kept = append(kept, add...)
	sortMentions(kept)
	return kept
}

func opensQuote(s string) bool  { return s == "\"" || s == "«" || s == "“" }
func closesQuote(s string) bool { return s == "\"" || s == "»" || s == "”" }

// trimLeadingNisba cuts a relative adjective off the front of a person's
// name the tagger ran it into: "الرئيس الشيشاني رمضان قاديروف" names
// رمضان قاديروف; the adjective belongs to the title.
func (d *doc) trimLeadingNisba(ms []*mention) {
	for _, m := range ms {
		if m.typ == kb.PERS && m.entry == nil && m.tok1-m.tok0 >= 2 && m.start == d.toks[m.tok0].Start && d.nisba(m.tok0) {
			m.tok0++
			m.start = d.toks[m.tok0].Start
			m.entry = d.link(d.surface(m), kb.PERS)
		}
	}
}
