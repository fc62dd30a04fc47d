package link

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// matcher finds every knowledge base name in a folded text in one pass.
// The Aho-Corasick automaton reports all occurrences, overlapping ones
// included; word boundaries are checked afterwards by accept, because the
// byte-level "whole word" options of matching libraries know nothing of
// Arabic proclitics (وروسيا is a whole-word روسيا to a reader).
//
// The automaton does not walk UTF-8: names and text are written in codes,
// one byte per code point (see alphabet). An Arabic letter is two bytes of
// UTF-8, so the walk takes half the steps over half as many states, and a
// hit's offset is a code point offset without counting. The codes also
// keep the automaton's table small (see automaton).
type matcher struct {
	auto  *automaton
	pats  []*pattern // by the automaton's pattern number
	codes alphabet
	// titled maps a title and a first name, folded ("الملك سلمان"), to
	// the one person the kb names so (nil where two are).
	titled map[string]*kb.Entry
}

// pattern is one folded name. bare means the name was written with the
// article ال and the pattern is the name without it, so that للأمم المتحدة
// (ل + ال with the alef elided) is found; a bare match needs the article or
// لل in front of it. entry is what the name means anywhere, place what it
// means in a place's context (a kb.Entry.ContextOnly place); one of them
// may be nil.
type pattern struct {
	entry *kb.Entry
	place *kb.Entry
	bare  bool
	runes int
	// text is the name's code points, kept only when its code holds
	// sharedCode: a hit on such a code may be another name.
	text []rune
	// next is another name written in the same code (only names with
	// sharedCode can be), or nil.
	next *pattern
}

// minPattern is the fewest letters a name must have to be matched
// anywhere: shorter names (two-letter abbreviations) hit inside ordinary
// words far more often than they name anything.
const minPattern = 3

var (
	matchersMu sync.Mutex
	matchers   = map[*kb.KB]*matcher{}
)

// matcherFor builds the matcher of k once; a KB is read-only after New, so
// the automaton stays valid for its lifetime.
func matcherFor(k *kb.KB) *matcher {
	matchersMu.Lock()
	defer matchersMu.Unlock()
	if m, ok := matchers[k]; ok {
		return m
	}
	m := buildMatcher(k)
	matchers[k] = m
	return m
}

func buildMatcher(k *kb.KB) *matcher {
	m, codes := matcherPatterns(k)
	m.auto = newAutomaton(codes)
	return m
}

// matcherPatterns returns the matcher of k without its automaton, and the
// codes of its patterns by pattern number, to build the automaton from.
func matcherPatterns(k *kb.KB) (*matcher, []string) {
	m := &matcher{}
	index := map[string]*pattern{} // by folded name
	byCode := map[string]*pattern{}
	var codes []string // by pattern number
	add := func(s string, p pattern) {
		if letters(s) < minPattern || isNotName(s) {
			return // كيف is "how" long before it is Kyiv
		}
		if q, ok := index[s]; ok {
			q.join(p)
			return
		}
		code, shared := m.codes.name(s)
		p.runes = utf8.RuneCountInString(s)
		if shared {
			p.text = []rune(s)
		}
		index[s] = &p
		if q, ok := byCode[code]; ok {
			for q.next != nil {
				q = q.next
			}
			q.next = &p
			return
		}
		byCode[code] = &p
		m.pats = append(m.pats, &p)
		codes = append(codes, code)
	}
	for _, e := range k.Entries() {
		for _, n := range e.Names() {
			for _, f := range nameVariants(arabic.FoldTrimmed(n)) {
				add(f, newPattern(e, false))
				if bare, ok := strings.CutPrefix(f, "ال"); ok {
					add(bare, newPattern(e, true))
				}
			}
		}
	}
	m.titled = titledFirstNames(k)
	for _, e := range k.Entries() {
		if acronym(e.NameEn) {
			// Arabic text prints acronyms in Latin: "محطة الـCNN"
			add(arabic.Fold(e.NameEn), newPattern(e, false))
		}
	}
	return m, codes
}

// nameVariants returns the spellings of the folded name f the matcher
// looks for: f itself, with عبد joined to the word after it or apart
// from it (عبد العزيز، عبدالعزيز: the news writes both), each also with a
// foreign g written ج (gVariants).
func nameVariants(f string) []string {
	var out []string
	for _, a := range abdVariants(f) {
		for _, g := range gVariants(a) {
			if !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	return out
}

// abdVariants returns f and f with every عبد joined to the next word,
// or, when f writes them joined, apart.
func abdVariants(f string) []string {
	words := strings.Fields(f)
	var joined, apart []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "عبد" && i+1 < len(words):
			joined = append(joined, w+words[i+1])
			apart = append(apart, w, words[i+1])
			i++
		case strings.HasPrefix(w, "عبد") && utf8.RuneCountInString(w) > 4:
			joined = append(joined, w)
			apart = append(apart, "عبد", strings.TrimPrefix(w, "عبد"))
		default:
			joined = append(joined, w)
			apart = append(apart, w)
		}
	}
	out := []string{f}
	for _, v := range []string{strings.Join(joined, " "), strings.Join(apart, " ")} {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// gVariants returns f and, when a word of it ends in نغ, رغ or غو or
// holds the غراد of a Slavic town, the same name with that g written ج,
// as Egyptian papers write a foreign g (بيونج يانج، سان بطرسبرج، شيكاجو،
// كالينينجراد): a native word rarely has them so, and the kb spells such
// names with غ.
func gVariants(f string) []string {
	words := strings.Fields(f)
	changed := false
	for i, w := range words {
		switch {
		case strings.HasSuffix(w, "نغ") || strings.HasSuffix(w, "رغ"):
			words[i] = strings.TrimSuffix(w, "غ") + "ج"
		case strings.HasSuffix(w, "غو") && len([]rune(w)) > 3:
			words[i] = strings.TrimSuffix(w, "غو") + "جو"
		case strings.Contains(w, "غراد"):
			words[i] = strings.Replace(w, "غراد", "جراد", 1)
		default:
			continue
		}
		changed = true
	}
	if !changed {
		return []string{f}
	}
	return []string{f, strings.Join(words, " ")}
}

// alphabet writes code points as the matcher's one-byte codes. Each code
// point of a name gets its own code from 1 up; code 0 is every code point
// no name has, so a text's other characters match nothing, as in UTF-8.
// Past 254 code points (the embedded names use about 50) the rest share
// sharedCode, and a hit on a name holding it is checked against the text.
type alphabet struct {
	low  [lowRunes]byte // codes of the code points below lowRunes
	high map[rune]byte
	n    byte // codes given
}

const (
	// lowRunes covers ASCII and the Arabic block, where the text's code
	// points are looked up in an array.
	lowRunes   = 0x700
	sharedCode = 255
)

// name returns the code of a name, giving its new code points codes, and
// whether the code holds sharedCode.
func (a *alphabet) name(s string) (string, bool) {
	code := make([]byte, 0, len(s))
	shared := false
	for _, r := range s {
		c := a.code(r)
		if c == 0 {
			c = a.give(r)
		}
		shared = shared || c == sharedCode
		code = append(code, c)
	}
	return string(code), shared
}

func (a *alphabet) give(r rune) byte {
	c := byte(sharedCode)
	if a.n < sharedCode-1 {
		a.n++
		c = a.n
	}
	if r >= 0 && r < lowRunes {
		a.low[r] = c
		return c
	}
	if a.high == nil {
		a.high = map[rune]byte{}
	}
	a.high[r] = c
	return c
}

func (a *alphabet) code(r rune) byte {
	if r >= 0 && r < lowRunes {
		return a.low[r]
	}
	return a.high[r]
}

// text appends the code of text's code points to dst.
func (a *alphabet) text(dst []byte, text []rune) []byte {
	for _, r := range text {
		dst = append(dst, a.code(r))
	}
	return dst
}

// acronym reports whether an English name is an acronym of three to six
// capital letters (CNN, NATO, OPEC): one that names nothing else.
func acronym(s string) bool {
	if len(s) < 3 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func newPattern(e *kb.Entry, bare bool) pattern {
	if e.ContextOnly {
		return pattern{place: e, bare: bare}
	}
	return pattern{entry: e, bare: bare}
}

// join adds to p the entry of another pattern with the same spelling. Of
// two entries, the first listed wins unless the later one is certain and
// the first is not; a context-only place joins as p's place.
func (p *pattern) join(q pattern) {
	if p.bare != q.bare {
		return
	}
	switch {
	case q.place != nil:
		if p.place == nil {
			p.place = q.place
		}
	case p.entry == nil || !p.entry.WikidataKnown && q.entry.WikidataKnown:
		p.entry = q.entry
	}
}

// gazetteer returns the knowledge base names of the text, longest first
// where they overlap, none inside another.
func (d *doc) gazetteer(m *matcher) []*mention {
	var found, pending []*mention
	code := m.codes.text(make([]byte, 0, len(d.hay)), d.hay)
	// Each hit is read once, in the order the automaton finds it, with no
	// match value built for it.
	m.auto.walk(code, func(end, n, pat int) {
		s := end - n + 1
		for p := m.pats[pat]; p != nil; p = p.next {
			if p.text != nil && !slices.Equal(d.hay[s:s+p.runes], p.text) {
				continue
			}
			e, start, unconfirmed, ok := d.choose(s, s+p.runes, *p)
			if !ok || d.adjective(start, s+p.runes) {
				continue
			}
			a, b := d.folded.OrigSpan(start, s+p.runes)
			ment := &mention{start: a, end: b, typ: e.Type, entry: e, fromKB: true}
			if unconfirmed {
				pending = append(pending, ment)
			} else {
				found = append(found, ment)
			}
		}
	})
	return d.longest(append(found, d.listed(found, pending)...))
}

// choose returns the entry a match [s, e) of the folded text names and
// where its mention starts: the context-only place where a place noun
// stands before it, else the name's ordinary entry, else the place still
// to be confirmed by a list around it (see listed), which unconfirmed
// reports.
func (d *doc) choose(s, e int, p pattern) (entry *kb.Entry, start int, unconfirmed, ok bool) {
	if p.place != nil {
		if start, ok := d.accept(s, e, p.bare, p.place); ok {
			if head := d.placeHead(start); p.entry == nil || head {
				return p.place, start, !head, true
			}
		}
	}
	if p.entry == nil {
		return nil, 0, false, false
	}
	start, ok = d.accept(s, e, p.bare, p.entry)
	return p.entry, start, false, ok
}

// accept checks the word boundaries of a match [s, e) of the folded text
// and returns where the mention starts: at s, or at the article before it.
func (d *doc) accept(s, e int, bare bool, entry *kb.Entry) (int, bool) {
	if e < len(d.hay) && isWordRune(d.hay[e]) {
		return 0, false
	}
	ws := s
	for ws > 0 && isWordRune(d.hay[ws-1]) {
		ws--
	}
	pre := string(d.hay[ws:s])
	clitics, article := cutArticle(pre)
	if entry.Type == kb.PERS && pre == "" && d.patronymic(ws) {
		// "متعب بن عبدالله بن عبدالعزيز": King Abdullah's name is
		// Mutaib's father's here, not a mention of him
		return 0, false
	}
	switch {
	case !isProclitics(clitics):
		return 0, false
	case bare && article == "ال":
		return s - 2, true
	case bare:
		// Only ل + ال written لل: the article is there, its alef is not.
		return s, article == "ل"
	case article == "":
		return s, true
	case entry.Type == kb.PERS:
		// People's names take no article: الحماس is no person.
		return 0, false
	case article == "ال" && d.hay[s] < utf8.RuneSelf:
		return s, true // "الـCNN": the article stays outside a Latin name
	case article == "ال":
		// الناتو for ناتو; but السورية is the adjective of سورية (Syria),
		// and places take the article only where their name has it.
		return s - 2, entry.Type != kb.LOC && d.kb.Demonym(string(d.hay[s-2:e])) == nil
	case article == "ل":
		return s, true
	}
	return 0, false
}

// patronymic reports whether the folded text before position p (the
// start of a word) ends in بن, ابن or بنت and a space: a name there is
// someone's father's.
func (d *doc) patronymic(p int) bool {
	j := p - 1
	for j >= 0 && d.hay[j] == ' ' {
		j--
	}
	e := j + 1
	for j >= 0 && isWordRune(d.hay[j]) {
		j--
	}
	if e == p {
		return false // no space: not a word before
	}
	switch string(d.hay[j+1 : e]) {
	case "بن", "ابن", "بنت":
		return true
	}
	return false
}

// cutArticle splits the letters before a match into proclitics and a final
// article: "وال" → "و", "ال"; "لل" → "ل", "ل" (the article's lam).
func cutArticle(pre string) (clitics, article string) {
	if c, ok := strings.CutSuffix(pre, "ال"); ok {
		return c, "ال"
	}
	if c, ok := strings.CutSuffix(pre, "لل"); ok {
		return c + "ل", "ل"
	}
	return pre, ""
}

// isProclitics reports whether s is a legal run of proclitics: an optional
// conjunction و or ف, then an optional preposition ب ل ك.
//
// The letters are decoded in place, not converted to runes: headedBy asks
// this of most tokens.
func isProclitics(s string) bool {
	if r, n := utf8.DecodeRuneInString(s); r == arabic.Waw || r == arabic.Feh {
		s = s[n:]
	}
	if s == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && (r == arabic.Beh || r == arabic.Lam || r == arabic.Kaf)
}

// longest keeps, of overlapping mentions, the longest (the earliest at
// equal length), so that كوريا does not stand inside كوريا الشمالية.
func (d *doc) longest(ms []*mention) []*mention {
	sortByLength(ms)
	var kept []*mention
	for _, m := range ms {
		if !overlapsAny(m, kept) {
			kept = append(kept, m)
		}
	}
	sortMentions(kept)
	out := kept[:0]
	for _, m := range kept {
		d.tokenRange(m)
		// The caller's sentences may leave text out; a name there has no
		// tokens to read its context from.
		if m.tok0 < m.tok1 && m.tok1 <= len(d.toks) && d.toks[m.tok0].Start <= m.start {
			out = append(out, m)
		}
	}
	return out
}

func overlapsAny(m *mention, ms []*mention) bool {
	for _, o := range ms {
		if m.start < o.end && o.start < m.end {
			return true
		}
	}
	return false
}

// adjective reports whether the match [s, e) of the folded text is a
// nationality adjective qualifying the word before it ("الحكومة
// الألمانية"), although a name spells it too (الألمانية for the German
// press agency, which credits print alone, in brackets).
//
// An adjective agrees with its noun: with the article it qualifies a
// definite word, so after a verb or an indefinite word ("يضم السعودية")
// it is the country's name, as it is after a preposition ("في سورية",
// "بالسعودية") or a part of the country ("شمال سورية"). Joined by و it goes on
// the list before it: "الأمريكية والسعودية" are adjectives,
// "إسرائيل والسعودية" countries.
func (d *doc) adjective(s, e int) bool {
	if d.kb.Demonym(string(d.hay[s:e])) == nil {
		return false
	}
	glued := s > 0 && isWordRune(d.hay[s-1])
	if glued {
		// the match starts inside its word: a proclitic before it
		k := s - 1
		for k >= 0 && isWordRune(d.hay[k]) {
			k--
		}
		if pre := string(d.hay[k+1 : s]); pre != "و" && pre != "ف" {
			return false // "بالسعودية", "للسعودية"
		}
		prev := d.wordBefore(k + 1)
		return prev != "" && d.kb.Demonym(prev) != nil
	}
	prev := d.wordBefore(s)
	if prev == "" || prepositions[prev] || compass[prev] {
		return false // "في سورية", "شمال سورية"
	}
	if !strings.HasPrefix(string(d.hay[s:e]), "ال") {
		return true // "مقاتلات تركية": an indefinite adjective
	}
	// "الحكومة السعودية", "نظيرتها السعودية", "غير السعودية"
	return definiteWord(prev) || possessedNoun(prev) || prev == "غير" || prev == "وغير"
}

// compass are the folded nouns of a part of a country ("شمال سورية"),
// after which a word shaped like an adjective is the country.
var compass = map[string]bool{
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true, "وسط": true, "انحاء": true,
	"شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true,
}

// possessedNoun reports whether folded word w ends in a possessive
// pronoun (نظيرتها، حكومته), which makes it definite.
func possessedNoun(w string) bool {
	for _, v := range hmVerbs {
		if strings.HasSuffix(w, v) {
			return false // "وتتهم السعودية إيران": a verb, its subject after it
		}
	}
	for _, p := range []string{"ها", "هم", "هما"} {
		if strings.HasSuffix(w, p) && len([]rune(w)) > len([]rune(p))+2 {
			return true
		}
	}
	return false
}

// hmVerbs end, folded, verbs whose root ends in هم, which possessedNoun
// would take for a noun with the pronoun هم: اتهم، تتهم، يساهم، يداهم is
// no "نظيرتهم".
var hmVerbs = []string{"تهم", "فهم", "ساهم", "داهم", "سهم"}

// wordBefore returns the folded word ending before index i of the folded
// text, across spaces, or "" when punctuation or the start comes first.
func (d *doc) wordBefore(i int) string {
	i--
	for i >= 0 && d.hay[i] == ' ' {
		i--
	}
	if i < 0 || !isWordRune(d.hay[i]) {
		return ""
	}
	j := i
	for j >= 0 && isWordRune(d.hay[j]) {
		j--
	}
	return string(d.hay[j+1 : i+1])
}

// definiteWord reports whether folded w carries the article, perhaps
// behind a conjunction or preposition (والحكومة، للحكومة، بالقوات).
func definiteWord(w string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "لل", "ولل", "كال"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// prepositions, folded, after which a word shaped like a nationality
// adjective is the country's name.
var prepositions = map[string]bool{
	"في": true, "من": true, "الي": true, "علي": true, "عن": true, "مع": true, "ضد": true,
	"بين": true, "داخل": true, "خارج": true, "نحو": true, "حول": true, "تجاه": true, "لدي": true,
}
