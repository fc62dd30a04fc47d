package link

import (
	"slices"
	"strings"

	"github.com/isnad/isnad/arabic"
)

// usCongressID is the knowledge-base entry of the United States Congress,
// whose chambers theChambers reads by their bare names.
const usCongressID = "isnad:us-congress"

// usChambers are the Congress's chambers by the folded word after مجلس.
var usChambers = map[string]string{arabic.Fold("الشيوخ"): "isnad:us-senate", arabic.Fold("النواب"): "wikidata:Q11701"}

var councilWord = arabic.Fold("مجلس")

// theChambers links a bare "مجلس الشيوخ" or "مجلس النواب" (وبمجلس
// الشيوخ، لمجلس النواب) to the chamber of the United States Congress when
// the article names the Congress ("صوت الكونغرس ... وقال أعضاء في مجلس
// الشيوخ"). Other states have senates and houses too: with an adjective
// after it (مجلس الشيوخ الفرنسي) or no Congress named, it is left alone.
func (d *doc) theChambers(ms []*mention) []*mention {
	if !slices.ContainsFunc(ms, func(m *mention) bool { return m.entry != nil && m.entry.ID == usCongressID }) {
		return nil
	}
	var out []*mention
	for t := 0; t+1 < len(d.toks); t++ {
		w, pre := d.word(t), 0
		for ; pre < 2 && w != councilWord; pre++ { // "وبمجلس"
			if conj, prep := procliticLetter(w); !conj && !prep {
				break
			}
			w = w[cliticBytes:]
		}
		if w != councilWord {
			continue
		}
		id, ok := usChambers[d.word(t+1)]
		if !ok || !d.sameSentence(t, t+1) {
			continue
		}
		chamber := d.kb.ByID(id)
		if chamber == nil {
			continue
		}
		if a := t + 2; d.sameSentence(t, a) && (d.nisba(a) || d.kb.Demonym(d.word(a)) != nil || strings.HasPrefix(d.word(a), "ال") && d.kb.Demonym(strings.TrimPrefix(d.word(a), "ال")) != nil) {
			continue // "مجلس الشيوخ الفرنسي"
		}
		m := &mention{start: d.toks[t].Start + skipLetters(d.toks[t].Text, pre), end: d.toks[t+1].End, tok0: t, tok1: t + 2, typ: chamber.Type, entry: chamber, fromKB: true}
		if !overlapsAny(m, ms) {
			out = append(out, m)
		}
	}
	return out
}
