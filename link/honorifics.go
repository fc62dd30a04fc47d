package link

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// honorificTitles are the titles of titles.txt that name one state's
// office by themselves, in a fixed order: by first word, then longest
// first as titles keeps them.
var honorificTitles = sync.OnceValue(func() []title {
	var out []title
	for _, w := range slices.Sorted(maps.Keys(titles().byFirst)) {
		for _, t := range titles().byFirst[w] {
			if t.state != "" {
				out = append(out, t)
			}
		}
	}
	return out
})

// honorificHeadWords are the first words of honorificTitles as headedBy
// asks them.
var honorificHeadWords = sync.OnceValue(func() *headWords {
	heads := map[string]bool{}
	for _, t := range honorificTitles() {
		heads[t.words[0]] = true
	}
	return newHeadWords(heads)
})

// honorifics reads a title that names one state's office by itself
// ("خادم الحرمين الشريفين" is the Saudi king's) as a mention of whoever
// held the office on the publication date, when the article names him
// somewhere: unlike "الرئيس الروسي" such a title needs no name close by,
// as it can mean no one else, but a title alone brings no one into the
// document (the gold guidelines list people named, not titled). The title
// becomes a role of his. With no publication date nothing is read.
func (d *doc) honorifics(ms []*mention, published string) []*mention {
	if published == "" {
		return nil
	}
	named := map[string]bool{}
	for _, m := range ms {
		if m.entry != nil {
			named[m.entry.ID] = true
		}
	}
	var out []*mention
	for t := range d.toks {
		pre, ok := d.headedBy(t, honorificHeadWords())
		if !ok {
			continue
		}
		ti, ok := d.honorificAt(t)
		if !ok {
			continue
		}
		holder := d.kb.Holder(ti.role, ti.state, published)
		if holder == nil || !named[holder.ID] {
			continue
		}
		last := t + len(ti.words) - 1
		if d.namedAfter(ms, last) || t > 0 && d.sameSentence(t-1, t) && (isTitleWord(d.word(t-1)) || d.headOfSeat(t-1)) {
			// "خادم الحرمين الشريفين الملك عبدالله": the name says who;
			// "نائب خادم الحرمين", "سفارة خادم الحرمين": someone else
			continue
		}
		m := &mention{start: d.toks[t].Start + pre, end: d.toks[last].End, tok0: t, tok1: last + 1, typ: holder.Type, entry: holder, fromKB: true}
		if !overlapsAny(m, ms) {
			out = append(out, m)
			d.held[holder.ID] = appendNew(d.held[holder.ID], d.phrase(t, last))
		}
	}
	return out
}

// honorificAt returns the state-naming title whose first word, with any
// proclitics, is token t and whose other words follow it in its sentence.
func (d *doc) honorificAt(t int) (title, bool) {
	for _, ti := range honorificTitles() {
		last := t + len(ti.words) - 1
		if strings.HasSuffix(d.word(t), ti.words[0]) && last < len(d.toks) && d.sameSentence(t, last) && d.wordsAt(t+1, ti.words[1:]) {
			return ti, true
		}
	}
	return title{}, false
}

// namedAfter reports whether a person's mention begins within two tokens
// after token last ("خادم الحرمين الشريفين الملك سلمان").
func (d *doc) namedAfter(ms []*mention, last int) bool {
	for _, m := range ms {
		if m.typ == "PERS" && m.tok0 > last && m.tok0 <= last+2 && d.sameSentence(last, m.tok0) {
			return true
		}
	}
	return false
}

// seatHeads, folded, are the nouns whose genitive is the ruler they serve
// or stand for: "سفارة خادم الحرمين الشريفين" is the Saudi embassy.
var seatHeads = map[string]bool{"سفاره": true, "حكومه": true, "قنصليه": true, "ملحقيه": true, "مستشار": true, "نائب": true, "ممثل": true, "مبعوث": true}

// seatHeadWords are seatHeads as headedBy asks them.
var seatHeadWords = newHeadWords(seatHeads)

// headOfSeat reports whether token t is one of seatHeads, with any
// proclitics.
func (d *doc) headOfSeat(t int) bool {
	_, ok := d.headedBy(t, seatHeadWords)
	return ok
}
