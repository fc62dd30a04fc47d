package link

import (
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// placeWords before a capital make it the city as a place ("في سيول",
// "ومقره واشنطن") rather than its state acting ("قالت سيول").
var placeWords = foldedSet("في", "إلى", "نحو", "داخل", "قرب", "وسط", "مقره", "مقرها", "ومقره", "ومقرها",
	"عاصمة", "العاصمة",
	// a part of the city or the way to it: "جنوب بغداد", "شوارع
	// بيروت", "مطار دمشق", "الطريق الذي يربط بيروت بالبقاع"
	"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "أطراف", "محيط",
	"شوارع", "أحياء", "سكان", "مطار", "ميناء", "بلدية", "يربط", "تربط")

// standFor makes each capital named as an actor a mention of its state:
// in news "موسكو" and "بيونغ يانغ" nearly always speak for Russia and North
// Korea. A capital after a place preposition, or with the preposition ب
// on it (بموسكو), stays the city.
func (d *doc) standFor(ms []*mention) {
	d.homonymCities(ms)
	for _, m := range ms {
		if m.entry == nil || m.entry.CapitalOf == "" {
			continue
		}
		state := d.kb.ByID(m.entry.CapitalOf)
		if state == nil || d.asPlace(m) {
			m.place = true
			continue
		}
		m.entry, m.typ = state, state.Type
	}
}

func (d *doc) asPlace(m *mention) bool {
	if d.dateline(m) {
		return true
	}
	tok := d.toks[m.tok0]
	clitics := arabic.Fold(string(d.text[tok.Start:m.start]))
	if strings.ContainsRune(clitics, arabic.Beh) {
		return true
	}
	p := m.tok0 - 1
	if d.sameSentence(p, m.tok0) && d.kb.Demonym(d.word(p)) != nil {
		p-- // "العاصمة الروسية موسكو": the capital named as such
	}
	return d.sameSentence(p, m.tok0) && placeWords[d.word(p)]
}

// dateline reports whether m opens its line and a dash, colon, comma or
// bracket follows it: "موسكو - (رويترز)", "بيونغ يانغ، 5 سبتمبر" name the
// city the report was filed from.
func (d *doc) dateline(m *mention) bool {
	for i := m.start - 1; i >= 0 && d.text[i] != '\n'; i-- {
		if !arabic.IsSpace(d.text[i]) {
			return false
		}
	}
	for i := m.end; i < len(d.text); i++ {
		switch r := d.text[i]; {
		case r == '\n':
			return false
		case arabic.IsSpace(r):
			continue
		default:
			return strings.ContainsRune("-–—:،,(", r)
		}
	}
	return false
}

// homonymCities reads a state's name that is also a city's (عمان is Oman
// and Amman) as the city when it opens a dateline ("عمان - ") or when the
// article names the city's state and names the other state no other way
// (no سلطنة عمان, no عماني, no مسقط): "عمان" in Jordanian news is Amman.
func (d *doc) homonymCities(ms []*mention) {
	for _, m := range ms {
		if m.entry == nil || m.entry.Type != "LOC" || m.tok1-m.tok0 != 1 {
			continue
		}
		city := d.cityNamed(d.surface(m), m.entry.ID)
		if city == nil {
			continue
		}
		if d.dateline(m) || d.named(ms, city.CapitalOf) && !d.named(ms, m.entry.ID, m) {
			m.entry = city
		}
	}
}

// named reports whether the article names the state with id: by a
// mention, its capital or its adjective. Given the homonym mention skip,
// only a longer name counts among the mentions ("سلطنة عمان", not
// another bare "عمان", which is as ambiguous as skip).
func (d *doc) named(ms []*mention, id string, skip ...*mention) bool {
	for _, m := range ms {
		if m.entry == nil || len(skip) > 0 && m == skip[0] {
			continue
		}
		if m.entry.ID == id && (len(skip) == 0 || m.tok1-m.tok0 > 1) || m.entry.CapitalOf == id {
			return true
		}
	}
	for t := range d.toks {
		if dem := d.kb.Demonym(d.word(t)); dem != nil && dem.ID == id {
			return true
		}
	}
	return false
}

// cityNamed returns the capital other than the entry with id that name
// spells exactly, or nil.
func (d *doc) cityNamed(name, id string) *kb.Entry {
	for _, e := range d.kb.LookupExact(name) {
		if e.ID != id && e.CapitalOf != "" && e.CapitalOf != id {
			return e
		}
	}
	return nil
}
