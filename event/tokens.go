package event

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// word is one token of the text with the folded forms it may be looked up
// under once its clitics are cut. The forms depend on the token's text
// alone and are shared by every word of that spelling, in this document
// and, through formCache, in others: nothing may change them.
type word struct {
	tok arabic.Token
	*forms
}

// forms are what a spelling is looked up under.
type forms struct {
	text   string // the token's
	kind   arabic.TokenKind
	folded string
	// bare is folded without a leading و or ف; noun holds the forms a
	// noun can take under a preposition and the article (بالأسلحة →
	// اسلحه) and without a possessive suffix (زيارته → زياره).
	bare     string
	nouns    []string
	punct    bool
	stem     string // nisbaStem of bare: the state an adjective names
	fullStem string // nisbaStem of folded when و/ف were cut: فرنسي is no ف + رنسي
	// cands are the triggers the spelling may start: most words start
	// none, and are then passed over without a lookup.
	cands []candidate
	// cues are the cue sections the spelling is in under any of its
	// forms (in) and those whose phrases its folded or bare form opens.
	cues cueBits
}

// Conjunction and preposition clitics, and the possessive suffixes a
// masdar trigger carries ("زيارته", "دعمها").
const (
	conjunctions = "وف"
	prepositions = "بلك"
)

var possessives = []string{"هما", "هم", "ها", "ه"}

// particles are the two-letter words that take و or ف and stay
// themselves: ولم is و + لم, وفي is و + في. Other three-letter words
// starting with و or ف are mostly whole (وقع، فرض).
var particles = map[string]bool{"لم": true, "لن": true, "لا": true, "ما": true, "قد": true, "في": true, "من": true, "عن": true}

// newForms works out the forms of a token's text. Its strings may share
// text's bytes.
func newForms(text string, kind arabic.TokenKind) *forms {
	w := &forms{text: text, kind: kind, punct: kind == arabic.Punct}
	w.folded = arabic.Fold(text)
	w.bare = w.folded
	if kind != arabic.Word {
		w.cues = w.cueSections()
		return w
	}
	if rest, ok := cutConjunction(w.folded); ok && (utf8.RuneCountInString(rest) > 2 || particles[rest]) {
		w.bare = rest
	}
	w.stem = nisbaStem(w.bare)
	if w.bare != w.folded {
		w.fullStem = nisbaStem(w.folded)
	}
	// possessed are the noun forms reached by cutting a possessive
	// suffix: the masdar's agent is then that pronoun ("غزوها أوكرانيا").
	nouns, possessed := nounForms(w.bare)
	w.nouns = nouns
	if w.bare != w.folded {
		more, _ := nounForms(w.folded)
		w.nouns = append(w.nouns, more...)
	}
	w.nouns = slices.Clip(w.nouns) // kept by the cache: no spare room
	w.cands = w.candidates(possessed)
	w.cues = w.cueSections()
	return w
}

// cueSections returns the sections w is a cue of under any of its forms,
// as has would find it, and those whose phrases its folded or bare form
// opens, as finder.cue joins them.
func (w *forms) cueSections() cueBits {
	f, b := lex.sectionsOf[w.folded], lex.sectionsOf[w.bare]
	out := cueBits{in: f.in | b.in, opens: f.opens | b.opens}
	for _, n := range w.nouns {
		out.in |= lex.sectionsOf[n].in
	}
	return out
}

// inCue reports whether w, under any of its forms, is a word of sec.
func (w *forms) inCue(sec *cueSection) bool { return w.cues.in&sec.bit != 0 }

// bareIn reports whether w as written, without a noun's clitics, is a
// word of sec: "بلدة" is, "بمقر" is only as مقر.
func (w *forms) bareIn(sec *cueSection) bool { return lex.sectionsOf[w.bare].in&sec.bit != 0 }

// nounForms cuts a preposition, the article and a possessive suffix off a
// folded word, keeping every intermediate form: a lookup decides which cut
// was right.
func nounForms(s string) ([]string, map[string]bool) {
	var buf [8]string // the word and its cuts, copied out at their size
	out := append(buf[:0], s)
	var possessed map[string]bool
	v, n := asDecoded(s), utf8.RuneCountInString(s)
	if n > 3 && strings.ContainsRune(prepositions, firstRune(v)) {
		out = append(out, v[utf8.RuneLen(firstRune(v)):])
	}
	if strings.HasPrefix(s, "لل") && n > 4 {
		out = append(out, "ال"+v[len("لل"):])
	}
	for _, f := range out {
		if strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) > 4 {
			out = append(out, f[len("ال"):])
		}
	}
	for _, f := range out {
		for _, p := range possessives {
			if rest, ok := strings.CutSuffix(f, p); ok && utf8.RuneCountInString(rest) >= 3 {
				if t, ok := strings.CutSuffix(rest, "ت"); ok {
					rest = t + "ه" // the bound form of a ة noun: زيارت+ه
				} else if t, ok := cutSeatedHamza(rest); ok {
					rest = t + "ء" // لقائه, لقاؤه: the hamza of لقاء takes a seat before a pronoun
				}
				if possessed == nil {
					possessed = map[string]bool{}
				}
				possessed[rest] = true
				out = append(out, rest)
				break
			}
		}
	}
	return slices.Clone(out), possessed
}

// asDecoded returns s as string([]rune(s)) spells it: s itself when it is
// valid UTF-8 (a folded word nearly always is), else with each bad byte
// made U+FFFD. Its code points are s's, so cutting its first letters by
// their bytes gives what cutting s's code points gave, without decoding
// the word into a slice and encoding the rest anew.
func asDecoded(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// cutConjunction returns folded word s without a leading و or ف, and
// whether it had one.
func cutConjunction(s string) (string, bool) {
	v := asDecoded(s)
	r := firstRune(v)
	if !strings.ContainsRune(conjunctions, r) {
		return s, false
	}
	return v[utf8.RuneLen(r):], true
}

// firstRune is the first code point of s, utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// cutSeatedHamza cuts the ي or و that a final hamza after alef folds to
// when a suffix follows it (لقائه → لقاي, لقاؤه → لقاو).
func cutSeatedHamza(stem string) (string, bool) {
	for _, seat := range [...]string{"اي", "او"} {
		if t, ok := strings.CutSuffix(stem, seat); ok && utf8.RuneCountInString(t) >= 2 {
			return t + "ا", true
		}
	}
	return "", false
}

// has reports whether w, under any of its forms, is one of set.
func (w word) has(set map[string]bool) bool {
	if set[w.folded] || set[w.bare] {
		return true
	}
	for _, f := range w.nouns {
		if set[f] {
			return true
		}
	}
	return false
}

// hasPlain reports whether s is w without a possessive cut (one of
// possessed): the word itself or with its clitics and article removed.
func (w *forms) hasPlain(s string, possessed map[string]bool) bool {
	for _, f := range w.nouns {
		if f == s && !possessed[f] {
			return true
		}
	}
	return false
}

// hasForm reports whether w, under any of its forms, is s.
func (w word) hasForm(s string) bool {
	if w.folded == s || w.bare == s {
		return true
	}
	for _, f := range w.nouns {
		if f == s {
			return true
		}
	}
	return false
}

// is reports whether w is s, give or take a leading و or ف.
func (w word) is(s ...string) bool {
	for _, x := range s {
		if w.folded == x || w.bare == x {
			return true
		}
	}
	return false
}

// words tokenizes a document's text once.
func words(text string) []word { return new(wordTables).words(text) }

// wordTables are the token and word tables of a document being read,
// handed from finished documents to the next through wordPool: each
// article's two tables, a few tens of kilobytes, were otherwise
// garbage by the end of Find.
type wordTables struct {
	toks []arabic.Token
	ws   []word
}

var wordPool = sync.Pool{New: func() any { return new(wordTables) }}

// maxPooledTokens bounds the tables a pooled wordTables keeps: one
// very long text should not hold its tables for good.
const maxPooledTokens = 1 << 14

// words tokenizes text into the tables, which it returns as words.
func (b *wordTables) words(text string) []word {
	b.toks = arabic.AppendTokens(b.toks[:0], text)
	b.ws = slices.Grow(b.ws[:0], len(b.toks))[:len(b.toks)]
	wordForms.lookup(b.toks, b.ws)
	return b.ws
}

// release hands the tables back to wordPool, cleared so that they hold
// neither the article's text nor forms the cache has dropped; the words
// words returned are not to be used after.
func (b *wordTables) release() {
	if cap(b.ws) > maxPooledTokens || cap(b.toks) > maxPooledTokens {
		return
	}
	// Past their lengths the tables are zero already: what a document
	// wrote, release cleared.
	clear(b.toks)
	clear(b.ws)
	wordPool.Put(b)
}

// sentenceOf returns, for every word, the index of the sentence holding
// it (-1 outside every sentence), so that cue and actor searches stay in
// their sentence.
func sentenceOf(ws []word, sents []isnad.Span) []int {
	out := make([]int, len(ws))
	s := 0
	for i, w := range ws {
		for s < len(sents) && sents[s][1] <= w.tok.Start {
			s++
		}
		out[i] = -1
		if s < len(sents) && sents[s][0] <= w.tok.Start {
			out[i] = s
		}
	}
	return out
}
