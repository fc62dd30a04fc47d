package ner

import "strings"

// A name is usually spelled out in full once and then repeated, often in
// a context too poor to recognise it again (وكان ارسنال ...). TagDocument
// therefore tags sentence by sentence, then lets every name it found in
// one sentence label the same words where the other sentences of the
// document left them outside any entity.

// propagateMaxCount leaves out names that are common words: a word the
// lexicon has seen this often is rarely a name everywhere it occurs.
const propagateMaxCount = 2000

// TagDocument tags the sentences of one document (an article, or a window
// of consecutive sentences).
func (m *Model) TagDocument(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = m.Tag(s)
	}
	m.propagate(sents, out)
	return out
}

// propagate relabels runs of O tokens that spell a name found elsewhere in
// the document, longest names first.
func (m *Model) propagate(sents, tags [][]string) {
	names := map[string]string{} // normalised words → type
	votes := map[string]map[string]int{}
	maxLen := 0
	vote := func(words []string, typ string) {
		k := m.nameKey(words)
		if k == "" {
			return
		}
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][typ]++
		maxLen = max(maxLen, len(words))
	}
	for i, s := range sents {
		for _, sp := range spans(tags[i]) {
			vote(s[sp.start:sp.end], sp.typ)
			// After the full name, news calls a person by the surname.
			if sp.typ == "PERS" && sp.end-sp.start > 1 {
				vote(s[sp.end-1:sp.end], sp.typ)
			}
		}
	}
	for k, v := range votes {
		best := ""
		for typ, n := range v {
			if best == "" || n > v[best] || (n == v[best] && typ < best) {
				best = typ
			}
		}
		names[k] = best
	}
	if len(names) == 0 {
		return
	}
	for i, s := range sents {
		t := tags[i]
		for j := 0; j < len(s); j++ {
			for n := min(maxLen, len(s)-j); n >= 1; n-- {
				if !allO(t[j : j+n]) {
					continue
				}
				typ, ok := names[m.nameKey(s[j:j+n])]
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
}

func allO(tags []string) bool {
	for _, t := range tags {
		if t != "O" {
			return false
		}
	}
	return true
}

// nameKey is the normalised form of a name's words, without the proclitics
// of its first word, or "" for what should not be propagated: punctuation,
// digits, single letters and common words.
func (m *Model) nameKey(words []string) string {
	var b strings.Builder
	for i, w := range words {
		n := Normalize(w)
		if i == 0 {
			_, n = splitProclitics(n, m.lex)
		}
		if shape(w) != "ar" && shape(w) != "Latin" {
			return ""
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(n)
	}
	k := b.String()
	if len([]rune(k)) < 3 || (len(words) == 1 && m.lex.count(k) > propagateMaxCount) {
		return ""
	}
	return k
}
