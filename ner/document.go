package ner

import (
	"strings"
	"unicode/utf8"
)

// A name is usually spelled out in full once and then repeated, often in
// a context too poor to recognise it again (وكان ارسنال ...). TagDocument
// therefore tags sentence by sentence, then lets every name it found in
// one sentence label the same words where the other sentences of the
// document left them outside any entity.

// propagateMaxCount leaves out names that are common words: a word the
// lexicon has seen this often is rarely a name everywhere it occurs.
// (Six-fold CV: 500 is a little better than 2000 on every fold, 100 to
// 8000 all within a fifth of a point.)
const propagateMaxCount = 500

// TagDocument tags the sentences of one document (an article, or a window
// of consecutive sentences).
func (m *Model) TagDocument(sents [][]string) [][]string {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	out := make([][]string, len(sents))
	tags := make([]string, n) // out's sentences, in one allocation
	d := newDocTagger(m)
	defer d.done()
	d.forms = resize(d.forms, n)
	d.sentForms = resize(d.sentForms, len(sents))
	at := 0
	for i, s := range sents {
		d.path = d.tagIndexes(s, d.path)
		out[i] = tags[at : at+len(s) : at+len(s)]
		f := d.forms[at : at+len(s)]
		for j, p := range d.path {
			out[i][j] = m.tags[p]
			f[j] = d.infos[j].form
		}
		d.sentForms[i] = f
		at += len(s)
	}
	m.propagateForms(sents, out, d.sentForms)
	return out
}

// propagate relabels runs of O tokens that spell a name found elsewhere in
// the document, longest names first.
func (m *Model) propagate(sents, tags [][]string) {
	forms := make([][]wordForm, len(sents))
	for i, s := range sents {
		forms[i] = make([]wordForm, len(s))
		for j, w := range s {
			forms[i][j] = m.wordForm(w)
		}
	}
	m.propagateForms(sents, tags, forms)
}

// propagateForms is propagate with the wordForm of each word in forms.
func (m *Model) propagateForms(sents, tags [][]string, forms [][]wordForm) {
	// One map of (name, type) counts, not a map of types per name: a
	// document names dozens of things, and a map made for each cost more
	// than the counting.
	votes := map[nameVote]int{}
	starts := map[string]int{} // a name's first word → its longest name
	vote := func(f []wordForm, typ string) {
		k := m.nameKey(f)
		if k == "" {
			return
		}
		votes[nameVote{k, typ}]++
		starts[f[0].noPre] = max(starts[f[0].noPre], len(f))
	}
	for i := range sents {
		for _, sp := range spans(tags[i]) {
			vote(forms[i][sp.start:sp.end], sp.typ)
			// After the full name, news calls a person by the surname.
			if sp.typ == "PERS" && sp.end-sp.start > 1 {
				vote(forms[i][sp.end-1:sp.end], sp.typ)
			}
		}
	}
	if len(votes) == 0 {
		return
	}
	// name key → its most voted type, the first in type order on a tie:
	// the order the votes are read in does not matter.
	names := make(map[string]string, len(votes))
	for v, n := range votes {
		best := names[v.name]
		if best == "" || n > votes[nameVote{v.name, best}] || (n == votes[nameVote{v.name, best}] && v.typ < best) {
			names[v.name] = v.typ
		}
	}
	for i := range sents {
		retype(forms[i], tags[i], votes, names, m)
		relabel(forms[i], tags[i], starts, names, m)
	}
}

// nameVote is what propagateForms counts: a name key read as a type.
type nameVote struct{ name, typ string }

// retype gives a name the type the document gives it at least twice as
// often: one club is not a team in one sentence and a city in the next.
// (A bare majority scored the same on held-out data; twice is safer.)
func retype(f []wordForm, t []string, votes map[nameVote]int, names map[string]string, m *Model) {
	for _, sp := range spans(t) {
		k := m.nameKey(f[sp.start:sp.end])
		best, ok := names[k]
		if !ok || best == sp.typ || votes[nameVote{k, best}] < 2*votes[nameVote{k, sp.typ}] {
			continue
		}
		t[sp.start] = "B-" + best
		for j := sp.start + 1; j < sp.end; j++ {
			t[j] = "I-" + best
		}
	}
}

// relabel gives one sentence's O runs the names of the document.
func relabel(f []wordForm, t []string, starts map[string]int, names map[string]string, m *Model) {
	for j := 0; j < len(f); j++ {
		// No name starts at a word already in one, or at punctuation or
		// digits, which no name key has.
		if t[j] != "O" || !f[j].word {
			continue
		}
		longest, ok := starts[f[j].noPre]
		if !ok {
			continue
		}
		for n := min(longest, len(f)-j); n >= 1; n-- {
			if !allO(t[j : j+n]) {
				continue
			}
			typ, ok := names[m.nameKey(f[j:j+n])]
			if !ok {
				continue
			}
			t[j] = "B-" + typ
			for k := j + 1; k < j+n; k++ {
				t[k] = "I-" + typ
			}
			j += n - 1
			break
		}
	}
}

func allO(tags []string) bool {
	for _, t := range tags {
		if t != "O" {
			return false
		}
	}
	return true
}

// wordForm is what propagation compares of a word.
type wordForm struct {
	norm, noPre string
	word        bool // Arabic or Latin letters, not punctuation or digits
}

func (m *Model) wordForm(w string) wordForm {
	sh := shape(w)
	n := Normalize(w)
	_, noPre := splitProclitics(n, m.lex)
	return wordForm{norm: n, noPre: noPre, word: sh == "ar" || sh == "Latin"}
}

// formOf is m.wordForm(w) for a word whose token t newToken made, and
// whose trimPunct is trimmed. The token's forms are those of the word
// without the punctuation stuck to it, which for most words is none: then
// they are the word's own.
func (m *Model) formOf(w, trimmed string, t *token) wordForm {
	if trimmed != w {
		return m.wordForm(w)
	}
	return wordForm{norm: t.norm, noPre: t.noPre, word: t.shape == "ar" || t.shape == "Latin"}
}

// nameKey is the normalised form of a name's words, without the proclitics
// of its first word, or "" for what should not be propagated: punctuation,
// digits, short words and common words.
func (m *Model) nameKey(f []wordForm) string {
	for _, w := range f {
		if !w.word {
			return ""
		}
	}
	k := f[0].noPre
	if len(f) == 1 {
		if utf8.RuneCountInString(k) < 3 || m.lex.count(k) > propagateMaxCount {
			return ""
		}
		return k
	}
	var b strings.Builder
	b.WriteString(k)
	for _, w := range f[1:] {
		b.WriteByte(' ')
		b.WriteString(w.norm)
	}
	return b.String()
}
