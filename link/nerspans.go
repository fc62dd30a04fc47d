package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
	"github.com/isnad/isnad/ner"
)

// nerSpans tags the document sentence by sentence (one TagDocument call, so
// the tagger can carry names from one sentence to the next) and returns its
// names, trimmed of clitics and leading titles and linked to the knowledge
// base where their spelling is known.
func (d *doc) nerSpans(m *ner.Model) []*mention {
	words := make([][]string, len(d.sents))
	for si, idx := range d.sents {
		if len(idx) == 0 {
			continue // a sentence with no tokens stays nil
		}
		words[si] = make([]string, len(idx))
		for i, ti := range idx {
			words[si][i] = d.toks[ti].Text
		}
	}
	seg := arabic.Segmenter{Known: func(f string) bool { return len(d.kb.LookupExact(f)) > 0 }}
	var out []*mention
	for si, tags := range m.TagDocument(words) {
		for _, sp := range joinSplitNames(bioSpans(tags)) {
			idx := d.sents[si]
			if mt := d.nerMention(idx[sp.from], idx[sp.to-1]+1, sp.typ, seg); mt != nil {
				out = append(out, mt)
			}
		}
	}
	return out
}

type bioSpan struct {
	from, to int
	typ      string
}

// bioSpans reads typed spans off BIO tags; an I- tag of a new type starts a
// new span, as conlleval reads them.
func bioSpans(tags []string) []bioSpan {
	var out []bioSpan
	cur := -1
	for i := 0; i <= len(tags); i++ {
		// Past the last tag an O closes a span that runs to the end. Most
		// tags are O, which needs no canonical form.
		prefix, typ := "O", ""
		if i < len(tags) && tags[i] != "O" {
			prefix, typ, _ = strings.Cut(ner.CanonicalTag(tags[i]), "-")
		}
		if cur >= 0 && (prefix != "I" || typ != out[cur].typ) {
			out[cur].to = i
			cur = -1
		}
		if cur < 0 && (prefix == "B" || prefix == "I") {
			out = append(out, bioSpan{from: i, typ: typ})
			cur = len(out) - 1
		}
	}
	return out
}

// joinSplitNames joins a person's one-word name to a person's name right
// after it: the tagger's B-PERS B-PERS on "عبدالمنعم سعيد" is one name
// split. Two people side by side ("بوتين كيم") are known names, which
// merge separates again.
func joinSplitNames(spans []bioSpan) []bioSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.typ == kb.PERS && sp.typ == kb.PERS && prev.to == sp.from && prev.to-prev.from == 1 {
				prev.to = sp.to
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// nerMention turns the tokens [t0, t1) of a tagged name into a mention: it
// drops punctuation at the ends and title words at the front (الرئيس
// فلاديمير بوتين names بوتين; the title becomes a role later) and the
// proclitics of the first word.
func (d *doc) nerMention(t0, t1 int, typ string, seg arabic.Segmenter) *mention {
	for t0 < t1 {
		if d.toks[t0].Kind == arabic.Punct {
			t0++
			continue
		}
		n, _ := d.titleAt(t0)
		if n == 0 || t0+n >= t1 {
			break
		}
		for t0 += n; t0 < t1 && d.qualifier(t0); t0++ {
		}
	}
	for t0 < t1 && isNotName(d.word(t0)) {
		t0++
	}
	for t1 > t0 && (d.toks[t1-1].Kind == arabic.Punct || isNotName(d.word(t1-1))) {
		t1--
	}
	if t0 >= t1 {
		return nil
	}
	for t1-t0 > 1 && seg.Segment(d.toks[t1-1].Text).Suf != "" {
		t1-- // بشهاداتهم: a name carries no pronoun
	}
	pre := proclitics(seg, d.toks[t0].Text)
	if n, ok := d.headedBy(t0, orgHeadWords); ok && pre == 0 {
		pre = n // بجامعة طهران: Segment keeps ب before a word it does not know
	}
	if pre == 0 && typ == kb.PERS && clingingPreposition(d.word(t0)) {
		pre = skipLetters(d.toks[t0].Text, 1) // لترامب, بجواهر
	}
	m := &mention{start: d.toks[t0].Start + pre, end: d.toks[t1-1].End, tok0: t0, tok1: t1, typ: typ}
	if m.start >= m.end {
		return nil
	}
	m.end = d.numberSuffix(m.end)
	m.entry = d.link(d.surface(m), typ)
	return m
}

// proclitics returns how many code points of word are conjunction and
// preposition clitics. The article stays, except after ل where its alef is
// elided (للأمم): there the span starts after لل. A future marker س means
// Segment read a verb; the tagger says name, so the word stays whole from
// there (سيغمار is no س + يغمار).
func proclitics(seg arabic.Segmenter, word string) int {
	s := seg.Segment(word)
	n := 0
	for i, p := range s.Pre {
		if s.Definite && i == len(s.Pre)-1 && p != "ل" {
			break
		}
		if r, rest := firstRune(p); rest != "" || !strings.ContainsRune("وفبلك", r) {
			break
		}
		n++
	}
	return n
}

// link finds the knowledge base entry a name of the tagger is spelled as.
// An exact spelling (after folding) is trusted whatever the tagger's type;
// a merely phonetic match (kb.Key) is taken only for a name long enough not
// to collide by chance and only when its type agrees.
func (d *doc) link(name, typ string) *kb.Entry {
	folded := arabic.FoldTrimmed(name)
	if d.kb.Demonym(folded) != nil {
		return nil // السورية is an adjective, not Syria
	}
	if e := pick(d.kb.LookupExact(folded), ""); e != nil {
		return e
	}
	// An article the knowledge base does not write (الناتو for ناتو), as
	// in the gazetteer: not for places and people, whose names have the
	// article where they take it at all.
	if bare := stripArticle(folded); bare != folded {
		if e := pick(d.kb.LookupExact(bare), ""); e != nil && e.Type != kb.LOC && e.Type != kb.PERS {
			return e
		}
	}
	if letters(folded) < 5 {
		return nil
	}
	// A long phonetic key rarely collides, so there the knowledge base's
	// type may overrule the tagger's (ناتنياهو tagged LOC is still
	// Netanyahu); a short one must agree with it.
	if len([]rune(kb.Key(folded))) < minCrossTypeKey {
		return pick(d.kb.Lookup(folded), typ)
	}
	return pick(d.kb.Lookup(folded), "")
}

// minCrossTypeKey is the shortest phonetic key whose match is trusted
// over the tagger's type.
const minCrossTypeKey = 5

// pick returns the one entry of es (of type typ, if typ is set), or nil when
// there is none or the choice is ambiguous.
func pick(es []*kb.Entry, typ string) *kb.Entry {
	var got *kb.Entry
	for _, e := range es {
		if typ != "" && e.Type != typ {
			continue
		}
		if got != nil && got.ID != e.ID {
			return nil
		}
		got = e
	}
	return got
}

// numberSuffix extends a name over a number printed right after it, with
// or without a hyphen: كوفيد-19, إف-16, سي4 are one name each.
func (d *doc) numberSuffix(end int) int {
	i := end
	if i+1 < len(d.text) && d.text[i] == '-' && unicode.IsDigit(d.text[i+1]) {
		i++
	}
	if i >= len(d.text) || !unicode.IsDigit(d.text[i]) {
		return end
	}
	for ; i < len(d.text) && unicode.IsDigit(d.text[i]); i++ {
	}
	return i
}

// clingingPreposition reports whether a folded word the tagger calls a
// person's is a preposition ب or ل on a name: the word is no name of the
// Wikidata list, and without its first letter it is one.
func clingingPreposition(w string) bool {
	r, rest := firstRune(w)
	if !strings.ContainsRune("بل", r) || utf8.RuneCountInString(w) < 4 { // ك "like" hardly ever clings to a name
		return false
	}
	if _, ok := kb.PersonName(w); ok {
		return false
	}
	_, ok := kb.PersonName(rest)
	return ok
}
