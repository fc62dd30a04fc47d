package link

import (
	"slices"
	"strings"

	"github.com/isnad/isnad/arabic"
)

// The entries theSenate reads: the United States Congress and its Senate.
const (
	usCongressID = "isnad:us-congress"
	usSenateID   = "isnad:us-senate"
)

var senateWords = [2]string{arabic.Fold("مجلس"), arabic.Fold("الشيوخ")}

// theSenate links a bare "مجلس الشيوخ" (وبمجلس الشيوخ، لمجلس الشيوخ) to
// the United States Senate when the article names the Congress it is a
// chamber of ("صوت الكونغرس ... وقال أعضاء في مجلس الشيوخ"). Other
// states have senates too: with an adjective after it (مجلس الشيوخ
// الفرنسي) or no Congress named, it is left alone.
func (d *doc) theSenate(ms []*mention) []*mention {
	senate := d.kb.ByID(usSenateID)
	if senate == nil || !slices.ContainsFunc(ms, func(m *mention) bool { return m.entry != nil && m.entry.ID == usCongressID }) {
		return nil
	}
	var out []*mention
	for t := 0; t+1 < len(d.toks); t++ {
		w := d.word(t)
		pre := 0
		if w != senateWords[0] {
			conj, prep := procliticLetter(w)
			if !conj && !prep || w[cliticBytes:] != senateWords[0] {
				continue
			}
			pre = 1
		}
		if d.word(t+1) != senateWords[1] || !d.sameSentence(t, t+1) {
			continue
		}
		if a := t + 2; d.sameSentence(t, a) && (d.nisba(a) || d.kb.Demonym(d.word(a)) != nil || strings.HasPrefix(d.word(a), "ال") && d.kb.Demonym(strings.TrimPrefix(d.word(a), "ال")) != nil) {
			continue // "مجلس الشيوخ الفرنسي"
		}
		m := &mention{start: d.toks[t].Start + skipLetters(d.toks[t].Text, pre), end: d.toks[t+1].End, tok0: t, tok1: t + 2, typ: senate.Type, entry: senate, fromKB: true}
		if !overlapsAny(m, ms) {
			out = append(out, m)
		}
	}
	return out
}
