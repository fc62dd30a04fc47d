package link

import (
	"strings"

	"github.com/isnad/isnad/kb"
)

// The entries worldPowers reads: Iran and the P5+1 group that negotiated
// its nuclear programme with it.
const (
	iranID = "wikidata:Q794"
	p5ID   = "isnad:p5-plus-1"
)

// powersNouns and powersAdjectives make the common names of "the world
// powers" (القوى الكبرى، الدول العظمى، القوى الدولية ...), folded.
var (
	powersNouns      = foldedSet("قوى", "دول")
	powersAdjectives = foldedSet("الكبرى", "العظمى", "العالمية", "الدولية")
)

// worldPowers links "the world powers" coordinated with Iran to the P5+1:
// "بين إيران والقوى الكبرى", "إيران والدول العظمى", "القوى الكبرى
// وطهران", "اتفاق إيران مع القوى الدولية". In the news of Iran's nuclear
// programme the powers Iran faces are the six; anywhere else the phrase
// names no one in particular and is left alone. Iran is a mention of the
// state or of its capital standing for it.
func (d *doc) worldPowers(ms []*mention) []*mention {
	group := d.kb.ByID(p5ID)
	if group == nil {
		return nil
	}
	var out []*mention
	for _, m := range ms {
		if m.entry == nil || m.entry.ID != iranID || m.place {
			continue
		}
		// after Iran: "إيران والقوى الكبرى", "إيران مع الدول الكبرى"
		if p := m.tok1; d.sameSentence(m.tok1-1, p) {
			if pre, ok := d.powersAt(p, true); ok {
				out = d.addPowers(out, ms, group, p, pre)
			} else if d.word(p) == "مع" {
				if pre, ok := d.powersAt(p+1, false); ok && d.sameSentence(p, p+1) {
					out = d.addPowers(out, ms, group, p+1, pre)
				}
			}
		}
		// before Iran: "القوى الكبرى وإيران", with و on Iran's name
		if p := m.tok0 - 2; p >= 0 && d.sameSentence(p, m.tok0) && strings.HasPrefix(d.word(m.tok0), "و") {
			if pre, ok := d.powersAt(p, false); ok {
				out = d.addPowers(out, ms, group, p, pre)
			}
		}
	}
	return out
}

// powersAt reports whether tokens t and t+1 name the world powers, and
// the code points of the proclitics before the name: و when joined
// (the phrase after Iran must carry it), ل or ب before it.
func (d *doc) powersAt(t int, joined bool) (int, bool) {
	w, adj := d.word(t), d.word(t+1)
	if w == "" || !d.sameSentence(t, t+1) || !powersAdjectives[adj] {
		return 0, false
	}
	letters := 0
	if joined {
		if !strings.HasPrefix(w, "و") {
			return 0, false
		}
		w, letters = w[len("و"):], 1
	}
	switch {
	case strings.HasPrefix(w, "ال") && powersNouns[w[len("ال"):]]:
	case strings.HasPrefix(w, "لل") && powersNouns[w[len("لل"):]]:
		letters++ // "للقوى": ل, and ال elided into it
	default:
		return 0, false
	}
	return skipLetters(d.toks[t].Text, letters), true
}

// addPowers appends a P5+1 mention of tokens t and t+1, unless a mention
// already covers them.
func (d *doc) addPowers(out, ms []*mention, group *kb.Entry, t, pre int) []*mention {
	m := &mention{start: d.toks[t].Start + pre, end: d.toks[t+1].End, tok0: t, tok1: t + 2, typ: group.Type, entry: group, fromKB: true}
	if overlapsAny(m, ms) || overlapsAny(m, out) {
		return out
	}
	return append(out, m)
}
