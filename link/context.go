package link

import (
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// Context-only places (kb.Entry.ContextOnly) are names that in news text
// are more often an ordinary word or a person's name: حمص is chickpeas,
// صور pictures, الخليل a man. They are taken only where the text says a
// place is meant: after a place noun (مدينة حمص، بمحافظة الخبر، ريف حماة)
// or a point of the compass (غرب جنين), or in a list beside a place found
// already (دمشق وحمص، اللاذقية، حماة). The mention is the name alone; the
// noun before it is not part of it.
//
// In a 2,000-article sample a preposition alone was no such sign (في صور
// is as often "in pictures"), nor were حي, منطقة, قرية and بلدة: with
// them العين, الجزيرة and الزرقاء were villages and quarters of the same
// name elsewhere, not the city.

// placeHeads are the folded nouns (and their duals and plurals in the
// construct state) after which a context-only name is the place.
var placeHeads = map[string]bool{
	"مدينه": true, "مدينتي": true, "مدن": true,
	"محافظه": true, "محافظتي": true, "محافظات": true,
	"ولايه": true, "ولايتي": true, "ولايات": true,
	"ريف": true, "مخيم": true, "قضاء": true, "ميناء": true, "مطار": true,
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true,
	"شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true,
}

// placeHead reports whether the word before the one starting at or just
// before code point i of the folded text is a place noun, with or without
// proclitics (وبمدينة).
func (d *doc) placeHead(i int) bool {
	for i > 0 && isWordRune(d.hay[i-1]) {
		i-- // the name's own proclitics
	}
	j := i
	for j > 0 && d.hay[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordRune(d.hay[k-1]) {
		k--
	}
	if k == j {
		return false
	}
	w := string(d.hay[k:j])
	return placeHeads[w] || placeHeads[cutProclitics(w)]
}

// cutProclitics drops a conjunction و or ف and then a preposition ب or ل
// from a folded word, as far as that leaves two letters at least.
func cutProclitics(w string) string {
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, c); ok && len([]rune(rest)) > 2 {
			w = rest
			break
		}
	}
	for _, c := range []string{"ب", "ل"} {
		if rest, ok := strings.CutPrefix(w, c); ok && len([]rune(rest)) > 2 {
			return rest
		}
	}
	return w
}

// listed returns the pending context-only places that stand in a list
// next to a place: a city, province or region of found, or one listed
// already. A country is no such neighbour: مصر والجزيرة pairs a state
// with a channel.
func (d *doc) listed(found, pending []*mention) []*mention {
	starts, ends := map[int]bool{}, map[int]bool{}
	mark := func(m *mention) {
		starts[m.start], ends[m.end] = true, true
	}
	for _, m := range found {
		if m.entry.Type == kb.LOC && m.entry.Subtype != "country" {
			mark(m)
		}
	}
	var out []*mention
	for more := true; more; {
		more = false
		for i, m := range pending {
			if m != nil && (ends[d.listBefore(m.start)] || d.listAfter(m.end, starts)) {
				out = append(out, m)
				mark(m)
				pending[i], more = nil, true
			}
		}
	}
	return out
}

// listBefore returns where the list item before a name starting at code
// point i of the text ends: before "، " or a conjunction و on the name, or
// -1 when the name follows no list separator.
func (d *doc) listBefore(i int) int {
	j := i
	and := j > 0 && d.text[j-1] == arabic.Waw
	if and {
		j--
	}
	if j > 0 && isWordRune(d.text[j-1]) {
		return -1 // more clitics than و, or و is the name's last letter
	}
	j = d.skipSpace(j, -1)
	comma := j > 0 && isComma(d.text[j-1])
	if comma {
		j = d.skipSpace(j-1, -1)
	}
	if !and && !comma {
		return -1
	}
	return j
}

// listAfter reports whether a list item starts right after a name ending
// at code point i of the text, at a place of starts: after "، " or on a
// conjunction و (whose name may also begin with و, as واسط does).
func (d *doc) listAfter(i int, starts map[int]bool) bool {
	if i < len(d.text) && isWordRune(d.text[i]) {
		return false
	}
	j := d.skipSpace(i, 1)
	comma := j < len(d.text) && isComma(d.text[j])
	if comma {
		j = d.skipSpace(j+1, 1)
	}
	and := j < len(d.text) && d.text[j] == arabic.Waw && starts[j+1]
	return and || comma && starts[j]
}

// skipSpace moves from code point i over spaces in direction dir (-1
// looks at the code point before i, 1 at the one at i).
func (d *doc) skipSpace(i, dir int) int {
	at := func(i int) int {
		if dir < 0 {
			return i - 1
		}
		return i
	}
	for k := at(i); k >= 0 && k < len(d.text) && d.text[k] == ' '; k = at(i) {
		i += dir
	}
	return i
}

func isComma(r rune) bool { return r == ',' || r == arabic.ArabicComma }
