package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// firstNames joins a name the tagger found to the known person whose name
// follows it in the next token: "فرانسوا" + "هولاند", "محمد جواد" +
// "ظريف" are one full name where the knowledge base spells only the
// surname. ms is in text order.
func (d *doc) firstNames(ms []*mention, drop map[*mention]bool) {
	for i := 0; i+1 < len(ms); i++ {
		n, g := ms[i], ms[i+1]
		if n.fromKB || n.entry != nil || n.typ != kb.PERS || !g.fromKB || g.entry.Type != kb.PERS ||
			g.tok0 != n.tok1 || !d.sameSentence(n.tok0, g.tok0) || g.start != d.toks[g.tok0].Start ||
			!d.firstNameAgrees(g.entry, n.tok0) {
			continue
		}
		n.end, n.tok1, n.entry = g.end, g.tok1, g.entry
		drop[g] = true
	}
}

// patronymic words make the name after them part of a lineage ("معاوية بن
// أبي سفيان"), never a person of its own.
var patronymic = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ابو": true, "ابي": true, "ام": true}

// unsupported drops the one-word knowledge base matches that are as
// likely ordinary words: a person's surname (ترأس "presided" folds to
// تراس, Truss) or a word shaped like an adjective (مالي "financial" is
// also Mali). They stand only where the tagger read a name there too,
// where the text also gives the entry's fuller name, or, for a person in
// office, where the word is spelled as his name is (أوباما، كيري).
func (d *doc) unsupported(ms []*mention, drop map[*mention]bool) {
	full := map[string]bool{}
	for _, m := range ms {
		if m.entry != nil && m.tok1-m.tok0 > 1 && !drop[m] {
			full[m.entry.ID] = true
		}
	}
	for _, m := range ms {
		if m.fromKB && m.tok1-m.tok0 > 1 && d.inLineage(m) {
			drop[m] = true // "تركي بن مقرن بن عبدالعزيز" is Muqrin's son
		}
		if !m.fromKB || m.tok1-m.tok0 != 1 || full[m.entry.ID] {
			continue
		}
		w := arabic.FoldTrimmed(d.surface(m))
		switch {
		case m.tagged: // the tagger read a name here too
		case m.entry.Type == kb.PERS && !d.officeHolderAsSpelled(m, w), m.entry.Type != kb.PERS && strings.HasSuffix(w, "ي"):
			drop[m] = true
		}
		if d.inLineage(m) {
			drop[m] = true // بن أبي: a word of another's lineage, tagged or not
		}
	}
}

// inLineage reports a known person's name right after a patronymic word
// in the same sentence: part of another man's lineage, not that person.
func (d *doc) inLineage(m *mention) bool {
	return m.entry.Type == kb.PERS && d.sameSentence(m.tok0-1, m.tok0) && patronymic[d.word(m.tok0-1)]
}

// officeHolderAsSpelled reports whether one-word mention m is spelled,
// letter for letter with its hamzas (an initial one may be left off), as
// a one-word name of a person the
// knowledge base lists in office: "أوباما" or "كيري" is the man even where
// the tagger missed him, while "ترأس" only folds to Truss's تراس. folded
// is m's words folded.
func (d *doc) officeHolderAsSpelled(m *mention, folded string) bool {
	clitics := arabic.Fold(string(d.text[d.toks[m.tok0].Start:m.start]))
	if len(m.entry.Offices) == 0 || strings.ContainsRune(clitics, arabic.Kaf) ||
		strings.HasPrefix(folded, "ال") && !rulerHeads[cutConjunction(d.word(m.tok0-1))] {
		// "الشرع" is the law as often as al-Sharaa, "الأسد" the lion as
		// often as Assad, except as a regime's or army's leader (قوات
		// الأسد); "كلامي" is speech, not ك + Lammy
		return false
	}
	if p := m.tok0 - 1; d.sameSentence(p, m.tok0) && commonGivenName(d.word(p)) && !d.firstNameAgrees(m.entry, p) {
		return false // "ميشيل أوباما" is not Barack
	}
	w := withoutMarks(d.surface(m))
	for _, n := range m.entry.Names() {
		if n = withoutMarks(n); !strings.Contains(n, " ") && (n == w || bareInitialHamza(n) == w && utf8.RuneCountInString(w) > 3) {
			return true
		}
	}
	return false
}

// bareInitialHamza writes the hamza on a word's first alef as the bare
// alef most writers leave it (أوباما → اوباما, إسبر → اسبر): a dropped
// initial hamza is common, where "ترأس" for Truss's تراس is another word.
// Short words are left to the exact match (ابي is "my father", not Abe).
func bareInitialHamza(n string) string {
	r, size := utf8.DecodeRuneInString(n)
	switch r {
	case 'أ', 'إ', 'آ':
		return "ا" + n[size:]
	}
	return n
}

// rulerHeads, folded, are the words whose genitive is a ruler (the
// event package has its own regimeNouns, whose adjective is a state): "نظام
// الأسد", "قوات الأسد".
var rulerHeads = map[string]bool{"نظام": true, "قوات": true, "حكومه": true, "جيش": true, "ميليشيات": true, "شبيحه": true}

// withoutMarks drops the short vowels and other marks and the tatweel
// from s, and nothing else: hamza forms stay as written.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) || r == arabic.Tatweel {
			return -1
		}
		return r
	}, s)
}

// minGivenName is how many Wikidata person names must use a word before a
// word the tagger left out is taken for a given name: rarer entries of the
// list are as often ordinary words.
const minGivenName = 20

// maxGivenNames is how many words a name is widened by to the left.
const maxGivenNames = 2

// givenNames widens a person's name over the given names the tagger left
// out before it ("أدريان" of "أدريان واتسون", "جو" of "جو تشون ريونغ"):
// words of the Wikidata person-name list that are no particle, verb,
// title or common noun of the lists here, carry no article and are part of
// no other name.
func (d *doc) givenNames(ms []*mention, drop map[*mention]bool) {
	taken := d.takenTokens(ms)
	for _, m := range ms {
		if drop[m] || m.typ != kb.PERS || m.start != d.toks[m.tok0].Start {
			continue
		}
		for n := 0; n < maxGivenNames && d.givenName(m.tok0-1, m.tok0, taken); n++ {
			m.tok0--
			m.start = d.toks[m.tok0].Start
			taken.add(m.tok0)
		}
	}
}

func (d *doc) givenName(t, next int, taken tokenSet) bool {
	if t < 0 || taken.has(t) || !d.sameSentence(t, next) || d.toks[t].Kind != arabic.Word {
		return false
	}
	w := d.word(t)
	if compoundFirst[w] && compoundSecond[d.word(next)] {
		return true // علي أكبر ولايتي: علي folds like the preposition على
	}
	return d.kb.Demonym(w) == nil && len(d.kb.LookupExact(w)) == 0 && commonGivenName(w)
}

// commonGivenName reports whether folded word w is a given name of the
// Wikidata person-name list used often enough to be taken for one, and
// no article word, particle, title or stop word.
func commonGivenName(w string) bool { return givenNameOf(w, minGivenName) }

// givenNameOf reports whether folded word w is a given name at least min
// Wikidata person names use, and no article word, particle, title or stop
// word.
func givenNameOf(w string, min int) bool {
	if strings.HasPrefix(w, "ال") || isNotName(w) || isTitleWord(w) || stopWords()[w] {
		return false
	}
	tok, ok := kb.PersonName(w)
	return ok && tok.Count >= min
}

// firstNameAgrees reports whether token t can start the name of person e:
// it is the first word of one of e's full names (by phonetic key), or e has
// no full name to compare with. A surname alone does not make a relative
// the same person (يوسف أوباما is not باراك أوباما).
func (d *doc) firstNameAgrees(e *kb.Entry, t int) bool {
	first := kb.Key(d.word(t))
	full := false
	for _, n := range e.Names() {
		w := arabic.FoldedWords(arabic.Fold(n))
		if len(w) < 2 {
			continue
		}
		full = true
		if kb.Key(w[0]) == first {
			return true
		}
	}
	return !full
}

// nameLinks are the words that bind a name to the word after it: a
// patronymic or kunya ("بن", "أبو"), a family ("آل"), or the first half
// of a theophoric name ("عبد"). A name the tagger ended on one of them
// goes on to the next word.
var nameLinks = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ابو": true, "ام": true, "ال": true, "عبد": true}

// completeNames carries a person's name over a binding word the tagger
// ended it on ("زين العابدين بن" + "علي") and over a family name in آل
// after it ("حمد بن عيسى" + "آل خليفة").
func (d *doc) completeNames(ms []*mention) {
	taken := d.takenTokens(ms)
	free := func(t, from int) bool {
		return t < len(d.toks) && !taken.has(t) && d.toks[t].Kind == arabic.Word && d.sameSentence(from, t)
	}
	for _, m := range ms {
		if m.typ != kb.PERS {
			continue
		}
		n := 0
		switch {
		case nameLinks[d.word(m.tok1-1)] && free(m.tok1, m.tok0):
			n = 1
		case d.word(m.tok1) == "ال" && free(m.tok1, m.tok0) && free(m.tok1+1, m.tok0):
			n = 2
		}
		for ; n > 0; n-- {
			taken.add(m.tok1)
			m.end, m.tok1 = d.toks[m.tok1].End, m.tok1+1
		}
	}
}

// compoundFirst and compoundSecond make the compound given names of Iran
// and South Asia (علي أكبر، علي أصغر، علي رضا، محمد رضا), folded. Both
// halves are common words (على "on", أكبر "bigger"), so the tagger and the
// given-name list miss them.
var (
	compoundFirst  = map[string]bool{"علي": true, "محمد": true}
	compoundSecond = map[string]bool{"اكبر": true, "اصغر": true, "رضا": true}
)

// compoundNames adds the persons named by a compound given name and one
// family name of the person-name list that no other mention covers:
// "رئيس المنظمة، علي أكبر صالحي، أكد".
func (d *doc) compoundNames(ms []*mention) []*mention {
	taken := d.takenTokens(ms)
	var out []*mention
	for t := 0; t+2 < len(d.toks); t++ {
		if taken.has(t) || taken.has(t+1) || taken.has(t+2) || !compoundFirst[d.word(t)] || !compoundSecond[d.word(t+1)] ||
			strings.HasSuffix(d.toks[t].Text, string(arabic.AlefMaksura)) || // على أكبر قدر
			!d.sameSentence(t, t+2) || d.toks[t+2].Kind != arabic.Word {
			continue
		}
		last := d.word(t + 2)
		if _, ok := kb.PersonName(last); !ok || strings.HasPrefix(last, "ال") || isNotName(last) || stopWords()[last] {
			continue
		}
		m := &mention{start: d.toks[t].Start, end: d.toks[t+2].End, tok0: t, tok1: t + 3, typ: kb.PERS}
		m.entry = d.link(d.surface(m), kb.PERS)
		out = append(out, m)
		t += 2
	}
	return out
}

// restoreClitics gives back the letters cut as a clitic from a person's
// name that another person's full name spells with them: "بتري" of "بيتر
// بتري" is no ب + تري.
func (d *doc) restoreClitics(ms []*mention) {
	words := map[string]bool{}
	for _, m := range ms {
		if m.typ == kb.PERS && m.tok1-m.tok0 > 1 && m.start == d.toks[m.tok0].Start {
			for t := m.tok0; t < m.tok1; t++ {
				words[d.word(t)] = true
			}
		}
	}
	for _, m := range ms {
		if m.typ == kb.PERS && m.entry == nil && m.start > d.toks[m.tok0].Start && words[d.word(m.tok0)] {
			m.start = d.toks[m.tok0].Start
		}
	}
}

// takenTokens marks the tokens the mentions ms cover.
func (d *doc) takenTokens(ms []*mention) tokenSet {
	taken := make(tokenSet, len(d.toks))
	for _, m := range ms {
		for t := m.tok0; t < m.tok1; t++ {
			taken.add(t)
		}
	}
	return taken
}

// tokenSet is a set of token indexes of a doc: a slice, not a map, as
// compoundNames asks about every token.
type tokenSet []bool

func (s tokenSet) has(t int) bool { return t >= 0 && t < len(s) && s[t] }

// add puts t in s; the tokens of the doc are all it can hold, and no
// other is ever asked about.
func (s tokenSet) add(t int) {
	if t >= 0 && t < len(s) {
		s[t] = true
	}
}
