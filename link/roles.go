package link

import (
	"bufio"
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

//go:embed titles.txt
var titlesFile string

//go:embed modifiers.txt
var modifiersFile string

// title is one phrase of titles.txt, folded word by word.
type title struct {
	words []string
	role  string // kb office role, or ""
	// state is the kb entry of the state whose office the title names by
	// itself ("خادم الحرمين الشريفين": the Saudi king), or "".
	state string
}

type lexicon struct {
	byFirst map[string][]title // longest first
	words   map[string]bool    // every single-word title and first word
	firsts  wordFilter         // the words of words, to pass most others by unhashed
}

// wordFilter is a set of folded words that may answer yes for a word it
// does not hold, never no for one it holds: titleAt asks about every
// token, and few are titles. A word's slot is taken from its length and
// last byte, its bit from its third byte from the end (the last two
// letters, for Arabic).
type wordFilter [64]uint64

func (f *wordFilter) slot(w string) (int, uint64) {
	n := len(w)
	var last, before byte
	if n > 0 {
		last = w[n-1]
	}
	if n > 2 {
		before = w[n-3]
	}
	return (n*7 + int(last)) & 63, 1 << (before & 63)
}

func (f *wordFilter) add(w string) {
	i, bit := f.slot(w)
	f[i] |= bit
}

// mayHave reports whether w may be in the set: false means it is not.
func (f *wordFilter) mayHave(w string) bool {
	i, bit := f.slot(w)
	return f[i]&bit != 0
}

var titles = sync.OnceValue(func() *lexicon {
	lx := &lexicon{byFirst: map[string][]title{}, words: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(titlesFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, rest, _ := strings.Cut(line, "\t")
		role, state, _ := strings.Cut(rest, "\t")
		t := title{words: strings.Fields(arabic.Fold(phrase)), role: strings.TrimSpace(role), state: strings.TrimSpace(state)}
		lx.byFirst[t.words[0]] = append(lx.byFirst[t.words[0]], t)
		lx.words[t.words[0]] = true
		lx.firsts.add(t.words[0])
	}
	for _, ts := range lx.byFirst {
		sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].words) > len(ts[j].words) })
	}
	return lx
})

var modifiers = sync.OnceValue(func() map[string]bool { return wordSet(modifiersFile) })

// isTitleWord reports whether the folded word w (perhaps with و or ف in
// front) starts a title.
func isTitleWord(w string) bool {
	lx := titles()
	if lx.firsts.mayHave(w) && lx.words[w] {
		return true
	}
	bare := cutConjunction(w)
	return lx.firsts.mayHave(bare) && lx.words[bare]
}

// cutConjunction cuts و or ف off a folded word of more than three code
// points. The letters are compared as their UTF-8 bytes: every token is
// asked.
func cutConjunction(w string) string {
	if conj, _ := procliticLetter(w); conj && utf8.RuneCountInString(w) > 3 {
		return w[cliticBytes:]
	}
	return w
}

// titleAt returns the longest title starting at token t: its length in
// tokens (0 for none) and its office role.
func (d *doc) titleAt(t int) (int, string) {
	lx := titles()
	first := d.word(t)
	var cands []title
	if lx.firsts.mayHave(first) {
		cands = lx.byFirst[first]
	}
	if bare := cutConjunction(first); cands == nil && len(bare) < len(first) && lx.firsts.mayHave(bare) {
		cands = lx.byFirst[bare] // a word with no و or ف was looked up already
	}
	for _, c := range cands {
		if d.wordsAt(t+1, c.words[1:]) {
			return len(c.words), c.role
		}
	}
	return 0, ""
}

func (d *doc) wordsAt(t int, words []string) bool {
	for i, w := range words {
		if !d.sameSentence(t-1, t+i) || d.word(t+i) != w {
			return false
		}
	}
	return true
}

// modifier reports whether token t may stand between a title and the name:
// a nationality adjective, a qualifier of modifiers.txt, or part of the
// name of another place or organisation ("المتحدث باسم الكرملين").
func (d *doc) modifier(t int, ms []*mention) bool {
	if d.qualifier(t) {
		return true
	}
	tok := &mention{start: d.toks[t].Start, end: d.toks[t].End}
	for _, m := range ms {
		if m.typ != "PERS" && overlapsAny(tok, []*mention{m}) {
			return true
		}
	}
	return false
}

// qualifier reports whether token t is a nationality adjective or a
// qualifier of modifiers.txt.
func (d *doc) qualifier(t int) bool {
	w := d.word(t)
	return modifiers()[w] || d.kb.Demonym(w) != nil
}

// maxTitle is the most tokens a title with its qualifiers may span: longer
// runs are sentences, not titles.
const maxTitle = 8

// titleBefore returns the title phrase printed right before m ("وزير
// الدفاع الروسي" before "سيرغي شويغو"), as printed, or "".
func (d *doc) titleBefore(m *mention, ms []*mention) string {
	j := m.tok0 - 1
	i := j
	for i >= 0 && j-i < maxTitle && d.sameSentence(i, m.tok0) && d.modifier(i, ms) {
		i--
	}
	for e := max(i, 0); e <= j; e++ {
		for s := max(e-3, 0, m.tok0-maxTitle); s <= e; s++ {
			if !d.sameSentence(s, m.tok0) {
				continue
			}
			if n, _ := d.titleAt(s); n == e-s+1 {
				return d.phrase(s, j)
			}
		}
	}
	return ""
}

// appositiveHeads start a description set off by a comma after a name
// ("كير جايلز، زميل استشاري أول في ..."), besides the titles.
var appositiveHeads = map[string]bool{
	"زميل": true, "خبير": true, "الخبير": true, "باحث": true, "الباحث": true,
	"استاذ": true, "الاستاذ": true, "محلل": true, "المحلل": true, "كبير": true,
	"مؤسس": true, "رئيسه": true,
}

// maxAppositive is the most tokens kept of an appositive: it runs to the
// next punctuation, but a role is a title, not a biography.
const maxAppositive = 8

// appositiveAfter returns the description after "NAME،", or "".
func (d *doc) appositiveAfter(m *mention) string {
	c := m.tok1
	if c >= len(d.toks) || !d.sameSentence(c, m.tok0) || (d.toks[c].Text != "،" && d.toks[c].Text != ",") {
		return ""
	}
	h := c + 1
	if !d.sameSentence(h, c) || (!appositiveHeads[d.word(h)] && !isTitleWord(d.word(h))) {
		return ""
	}
	e := h
	for e+1 < len(d.toks) && e+1-h < maxAppositive && d.sameSentence(e+1, h) && d.toks[e+1].Kind != arabic.Punct {
		e++
	}
	// The description ends before a particle or preposition ("زميل
	// استشاري أول" of "... في برنامج ..."): past it the sentence goes on
	// about something else ("المتحدث باسم البنتاغون إلى أن ...").
	for i := h + 1; i <= e; i++ {
		if isNotName(d.word(i)) {
			e = i - 1
		}
	}
	return d.phrase(h, e)
}

// phrase returns the text of tokens [s, e], without the conjunction of the
// first.
func (d *doc) phrase(s, e int) string {
	start := d.toks[s].Start
	if w := d.word(s); !titles().words[w] && titles().words[cutConjunction(w)] {
		start++
	}
	return string(d.text[start:d.toks[e].End])
}

// titledHolders reads titles printed with no name after them, "الرئيس
// الروسي" or "وزير الدفاع الروسي", as the office's holder on the
// publication date, and keeps the title as a role of that person, but only
// when the person is named elsewhere in the text: a title alone is too weak
// to bring a person into the document, and with no date the holder is a
// guess. The person must be named within a sentence of the title: titles
// map to offices loosely (is "الرئيس" of Iran its president or its head
// of state?), and a name close by is the reader's own check.
func (d *doc) titledHolders(ms []*mention, published string) {
	if published == "" {
		return
	}
	named := map[string][]int{} // entry ID → sentences naming it
	starts := map[int]bool{}
	for _, m := range ms {
		if m.entry != nil {
			named[m.entry.ID] = append(named[m.entry.ID], d.sent[m.tok0])
		}
		starts[m.tok0] = true
	}
	for t := range d.toks {
		n, role := d.titleAt(t)
		if role == "" {
			continue
		}
		c := t + n
		state := d.kb.Demonym(d.word(c))
		if state == nil || !d.sameSentence(t, c) {
			continue
		}
		for c+1 < len(d.toks) && d.sameSentence(t, c+1) && modifiers()[d.word(c+1)] {
			c++
		}
		if starts[c+1] && d.sameSentence(t, c+1) {
			continue // a name follows: titleBefore reads it
		}
		if p := d.kb.Holder(role, state.ID, published); p != nil && near(named[p.ID], d.sent[t]) {
			d.held[p.ID] = appendNew(d.held[p.ID], d.phrase(t, c))
		}
	}
}

// near reports whether one of the sentences is within one of s.
func near(sents []int, s int) bool {
	for _, x := range sents {
		if x >= s-1 && x <= s+1 {
			return true
		}
	}
	return false
}

// firstNameTitles head a reigning monarch's name in the kb and in the
// news: "الملك سلمان بن عبد العزيز", "السلطان هيثم بن طارق". Folded. Not
// الأمير or الشيخ: the news has far more princes and sheikhs called
// فيصل or محمد than the kb knows.
var firstNameTitles = map[string]bool{"الملك": true, "السلطان": true}

// titledFirstNames indexes the persons of k by a title and first name
// their names open with ("الملك سلمان"), nil where two persons share one
// ("الملك عبد الله": Saudi Arabia's or Jordan's).
func titledFirstNames(k *kb.KB) map[string]*kb.Entry {
	out := map[string]*kb.Entry{}
	for _, e := range k.Entries() {
		if e.Type != kb.PERS {
			continue
		}
		for _, n := range e.Names() {
			w := arabic.FoldedWords(arabic.Fold(n))
			if len(w) < 3 || !firstNameTitles[w[0]] {
				continue // "الملك سلمان" itself names no one more than the text does
			}
			first := w[1]
			if (first == "عبد" || first == "ابو") && len(w) > 3 {
				first += w[2] // "الملك عبد الله" as the news writes it: عبدالله
			}
			key := w[0] + " " + first
			if o, seen := out[key]; seen && o != e {
				out[key] = nil
			} else {
				out[key] = e
			}
		}
	}
	return out
}

// titledFirstName links a one-word person name the tagger found after a
// ruler's title to the one person the kb names with that title and first
// name: "الملك سلمان" is King Salman of Saudi Arabia, where the text
// gives no more of his name.
func (d *doc) titledFirstName(ms []*mention, titled map[string]*kb.Entry) {
	for _, m := range ms {
		t := m.tok0 - 1
		if m.entry != nil || m.typ != kb.PERS || m.tok1 != m.tok0+1 || t < 0 || !d.sameSentence(t, m.tok0) {
			continue
		}
		title := cutConjunction(d.word(t))
		if r := []rune(title); len(r) > 4 && strings.HasPrefix(title, "لل") {
			title = "ال" + string(r[2:]) // للملك
		}
		if !firstNameTitles[title] {
			continue
		}
		if e := titled[title+" "+strings.ReplaceAll(d.word(m.tok0), " ", "")]; e != nil {
			m.entry = e
		}
	}
}
