package link

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// doc is one text being linked: its code points, its folded form with the
// map back, and its tokens sentence by sentence.
type doc struct {
	text   []rune
	folded arabic.Folded
	hay    []rune // folded.Text as code points
	toks   []arabic.Token
	words  []string // each token folded, as word returns it
	sent   []int    // sentence index of each token
	sents  [][]int  // token indexes of each sentence
	kb     *kb.KB
	// held are the titles printed with no name after them ("الرئيس
	// الروسي"), by the entry ID of the person who held the office then.
	held map[string][]string
	// spans remembers the folded words of mention spans: short forms
	// compare every group's mentions with every other's.
	spans map[[2]int]*spanForm
	keys  map[string]string // kb.Key of words seen
}

// spanForm is a span of the text folded, its words, and their keys.
type spanForm struct {
	span   [2]int
	folded string
	words  []string
	keys   []string
}

// form returns m's surface folded, worked out once per span. The mention
// keeps its form too, while its span stays that form's: short forms ask
// for every pair of groups' mentions, more often than the span map's
// hashing is worth.
func (d *doc) form(m *mention) *spanForm {
	k := [2]int{m.start, m.end}
	if m.form != nil && m.form.span == k {
		return m.form
	}
	if f := d.spans[k]; f != nil {
		m.form = f
		return f
	}
	folded := arabic.Fold(d.surface(m))
	f := &spanForm{span: k, folded: folded, words: arabic.FoldedWords(folded)}
	f.keys = d.wordKeys(f.words)
	if d.spans == nil {
		d.spans = map[[2]int]*spanForm{}
	}
	d.spans[k] = f
	m.form = f
	return f
}

// wordKeys returns the kb.Key of each word, each distinct word keyed once.
func (d *doc) wordKeys(words []string) []string {
	if d.keys == nil {
		d.keys = map[string]string{}
	}
	out := make([]string, len(words))
	for i, w := range words {
		k, ok := d.keys[w]
		if !ok {
			k = kb.Key(w)
			d.keys[w] = k
		}
		out[i] = k
	}
	return out
}

// mention is one name found in the text. start and end are code points of
// the text, clitics excluded; tok0 and tok1 the tokens it spans.
type mention struct {
	start, end int
	tok0, tok1 int
	typ        string
	entry      *kb.Entry
	fromKB     bool
	tagged     bool // the tagger also read these words as a name
	place      bool // a capital named as a place (في موسكو), not as its state
	form       *spanForm
}

func newDoc(text string, sentences []isnad.Span, k *kb.KB) *doc {
	d := &doc{text: arabic.Runes(text), folded: arabic.FoldMap(text), kb: k, held: map[string][]string{}}
	d.hay = d.folded.Runes()
	if sentences == nil {
		sentences = []isnad.Span{{0, len(d.text)}}
	}
	d.tokenize(text, sentences)
	return d
}

// tokenize cuts each sentence into tokens, all into one table, and then
// makes the other token tables once at their full size, instead of
// growing them token by token.
func (d *doc) tokenize(text string, sentences []isnad.Span) {
	// Bad bytes decode to U+FFFD, so a text with none among its code
	// points is valid: a scan of the runes, cheaper than validating bytes.
	if slices.Contains(d.text, utf8.RuneError) && !utf8.ValidString(text) {
		text = string(d.text) // as the tokens read it: bad bytes as U+FFFD
	}
	type part struct{ si, n int } // sentence index, tokens
	var parts []part
	var at byteOffsets
	toks := make([]arabic.Token, 0, len(text)/8+1)
	for si, s := range sentences {
		a, b := clamp(s[0], len(d.text)), clamp(s[1], len(d.text))
		if a >= b {
			continue
		}
		n := len(toks)
		toks = arabic.AppendTokens(toks, text[at.of(text, a):at.of(text, b)])
		for i := n; i < len(toks); i++ {
			toks[i].Start += a
			toks[i].End += a
		}
		parts = append(parts, part{si: si, n: len(toks) - n})
	}
	d.toks = toks
	d.words = make([]string, len(toks))
	d.sent = make([]int, len(toks))
	d.sents = make([][]int, 0, len(parts))
	indexes := make([]int, len(toks))
	k := 0
	for _, p := range parts {
		var idx []int // stays nil for a sentence with no tokens
		if p.n > 0 {
			idx = indexes[k : k+p.n]
		}
		for i := range p.n {
			idx[i] = k
			d.words[k] = arabic.Fold(toks[k].Text)
			d.sent[k] = p.si
			k++
		}
		d.sents = append(d.sents, idx)
	}
}

// byteOffsets turns code point offsets of a text into byte offsets,
// walking on from the last one asked: sentences and the spans around
// quotes come about in order, so the text is walked about once, instead
// of cutting each sentence from the runes and encoding it again, or
// ranging over the text from its start for every offset.
type byteOffsets struct{ cp, b int }

// of returns the byte offset of code point cp of text, or len(text) past
// its end. Code points are counted as range over text counts them. A walk
// steps back over ASCII and two-byte sequences, whose starts are certain
// from the bytes before them; elsewhere it starts again from the text's
// start.
func (o *byteOffsets) of(text string, cp int) int {
	cp = max(cp, 0)
	for cp < o.cp {
		switch b := o.b; {
		case b >= 1 && text[b-1] < utf8.RuneSelf:
			o.b--
		case b >= 2 && twoByteAt(text, b-2):
			// A lead byte is no continuation: whatever came before, a
			// code point starts there, and it is these two bytes.
			o.b -= 2
		default:
			*o = byteOffsets{}
			continue
		}
		o.cp--
	}
	for o.cp < cp && o.b < len(text) {
		// ASCII and the two-byte sequences, where Arabic is, are told from
		// their bytes; only the rest is decoded.
		switch {
		case text[o.b] < utf8.RuneSelf:
			o.b++
		case twoByteAt(text, o.b):
			o.b += 2
		default:
			_, n := utf8.DecodeRuneInString(text[o.b:])
			o.b += n
		}
		o.cp++
	}
	return o.b
}

// twoByteAt reports whether a valid two-byte sequence starts at byte b of
// text.
func twoByteAt(text string, b int) bool {
	return twoByteLead <= text[b] && text[b] <= lastTwoByteLead && b+1 < len(text) && text[b+1]&continuationMask == continuationBits
}

// The lead bytes of the two-byte UTF-8 sequences (0xC0 and 0xC1 would
// encode ASCII again: invalid), and the top bits of a continuation byte.
const (
	twoByteLead      = 0xC2
	lastTwoByteLead  = 0xDF
	continuationMask = 0xC0
	continuationBits = 0x80
)

// firstRune splits the first code point off the valid UTF-8 word w,
// without the rune slice a conversion would allocate.
func firstRune(w string) (rune, string) {
	r, n := utf8.DecodeRuneInString(w)
	return r, w[n:]
}

func clamp(i, n int) int { return max(0, min(i, n)) }

// tokenAt returns the index of the token that contains code point i, or of
// the first token after it.
func (d *doc) tokenAt(i int) int {
	return sort.Search(len(d.toks), func(j int) bool { return d.toks[j].End > i })
}

// tokenRange sets m's tokens from its code point span.
func (d *doc) tokenRange(m *mention) {
	m.tok0 = d.tokenAt(m.start)
	m.tok1 = d.tokenAt(m.end - 1)
	if m.tok1 < len(d.toks) {
		m.tok1++
	}
}

func (d *doc) surface(m *mention) string { return string(d.text[m.start:m.end]) }

// word returns token i folded, or "" outside the text.
func (d *doc) word(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.words[i]
}

// sameSentence reports whether tokens i and j are in one sentence.
func (d *doc) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(d.toks) && j < len(d.toks) && d.sent[i] == d.sent[j]
}

func isWordRune(r rune) bool { return arabic.IsLetter(r) || unicode.IsDigit(r) }

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if arabic.IsLetter(r) {
			n++
		}
	}
	return n
}

// stripArticle drops a leading ال from a folded word.
// It is cut only when two or more code points follow: the first one's
// width is all that is decoded, not the whole word's.
func stripArticle(w string) string {
	if rest, ok := strings.CutPrefix(w, "ال"); ok {
		if _, n := utf8.DecodeRuneInString(rest); n < len(rest) {
			return rest
		}
	}
	return w
}

// foldedSet is the set of words, folded as the document's words are
// (word returns them so).
func foldedSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[arabic.Fold(w)] = true
	}
	return set
}
