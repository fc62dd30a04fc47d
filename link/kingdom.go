package link

import (
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// kingdoms are the states news calls "المملكة" once named, by Wikidata id:
// Saudi Arabia, Jordan, Morocco, Bahrain, the United Kingdom, Spain, the
// Netherlands, Belgium, Sweden, Norway, Denmark and Thailand.
var kingdoms = map[string]bool{
	"wikidata:Q851": true, "wikidata:Q810": true, "wikidata:Q1028": true, "wikidata:Q398": true,
	"wikidata:Q145": true, "wikidata:Q29": true, "wikidata:Q55": true, "wikidata:Q31": true,
	"wikidata:Q34": true, "wikidata:Q20": true, "wikidata:Q35": true, "wikidata:Q869": true,
}

// defaultKingdom is the kingdom a bare "المملكة" is when the article
// names none: Saudi Arabia.
const defaultKingdom = "wikidata:Q851"

// kingdomHead is المملكة folded, as headedBy takes it.
var kingdomHead = map[string]bool{arabic.Fold("مملكة"): true}

// theKingdom links a bare "المملكة" (والمملكة، للمملكة) to the one kingdom
// the article names, by name, capital or adjective ("وزير الخارجية
// السعودي ... زيارة إلى المملكة"), or to Saudi Arabia when it names none.
// With two kingdoms named, or an adjective after it (المملكة المتحدة،
// المملكة الأردنية), it is left alone.
func (d *doc) theKingdom(ms []*mention) []*mention {
	type head struct{ tok, pre int } // the word and its proclitics' length
	var heads []head
	for t := range d.toks {
		if pre, ok := d.headedBy(t, kingdomHeadWords); ok && definiteHead(d.word(t), kingdomHead) {
			heads = append(heads, head{t, pre})
		}
	}
	if len(heads) == 0 {
		return nil
	}
	state, ok := d.namedKingdom(ms)
	if !ok {
		return nil
	}
	if state == nil {
		// None named: the kingdom Arabic news most often calls just
		// "المملكة", the way the Gulf press calls Saudi Arabia
		if state = d.kb.ByID(defaultKingdom); state == nil {
			return nil
		}
	}
	var out []*mention
	for _, h := range heads {
		t := h.tok
		if d.sameSentence(t, t+1) && (d.nisba(t+1) || d.kb.Demonym(d.word(t+1)) != nil) {
			continue // "المملكة المتحدة", "المملكة الأردنية الهاشمية"
		}
		m := &mention{start: d.toks[t].Start + h.pre, end: d.toks[t].End, tok0: t, tok1: t + 1, typ: state.Type, entry: state, fromKB: true}
		if !overlapsAny(m, ms) {
			out = append(out, m)
		}
	}
	return out
}

// namedKingdom returns the one kingdom the article names by name, capital
// or adjective, nil when it names none, and false when it names more than
// one.
func (d *doc) namedKingdom(ms []*mention) (*kb.Entry, bool) {
	var state *kb.Entry
	add := func(e *kb.Entry) bool {
		if e == nil || !kingdoms[e.ID] {
			return true
		}
		if state != nil && state.ID != e.ID {
			return false
		}
		state = e
		return true
	}
	for _, m := range ms {
		if m.entry != nil && !(add(m.entry) && add(d.kb.ByID(m.entry.CapitalOf))) {
			return nil, false
		}
	}
	for t := range d.toks {
		if d.toks[t].Kind == arabic.Word && !add(d.kb.Demonym(d.word(t))) {
			return nil, false
		}
	}
	return state, true
}
