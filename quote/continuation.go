package quote

import "strings"

// Continuation: who speaks when the text names nobody (وأضاف، قالت إنها،
// ونقلت عنه): the last speaker, or the last one whose gender agrees.

// setLast records w as the speaker of the quote just found, and as one a
// later pronoun may point back to when its gender is known.
func (d *doc) setLast(w who) {
	d.last = w
	d.lastSent = d.nSent
	if w.ok && w.gender != anyGender {
		if len(d.history) == maxHistory {
			d.history = d.history[1:]
		}
		d.history = append(d.history, w)
	}
}

// maxHistory is how many named speakers back a pronoun may point.
const maxHistory = 6

// continuedAs is continued for a verb showing gender g: when the last
// speaker does not agree with it, the latest earlier speaker who does
// (قال بلينكن ... وقالت الوزارة ... وأضاف أن: Blinken again). A plural
// verb never continues one person.
func (d *doc) continuedAs(via []string, g gender) who {
	w := d.continued(via)
	if g == anyGender || d.last.gender == anyGender || d.last.gender == g || d.prevSubject.ok && d.prevSubjectSent == d.nSent-1 {
		return w
	}
	for i := len(d.history) - 1; i >= 0; i-- {
		if h := d.history[i]; h.gender == g {
			h.ok = false
			if via != nil {
				h.via = via
			}
			return h
		}
	}
	if g == plural && d.last.speaker != nil && d.typeOf(*d.last.speaker) == "PERS" {
		// "وقالوا" after one named person: a group the text named without
		// quoting it before. (A verb before its subject is singular, so
		// "وقال الباحثون" may well be continued by a plural.)
		return who{via: via}
	}
	return w
}

// pronounGender is the gender of the unnamed subject of cue c: the
// verb's agreement, except in a relay, whose verb agrees with the relayer
// (ونقلت الوكالات عنه): there the pronoun after عن tells.
func (d *doc) pronounGender(c cue, st comp) gender {
	if c.class != classRelay {
		return d.verbGender(c.at)
	}
	if st.relay < 0 {
		return anyGender
	}
	switch strings.TrimPrefix(d.bare(st.relay), "عن") {
	case "ه":
		return masculine
	case "ها":
		return feminine
	case "هم":
		return plural
	}
	return anyGender
}

// verbGender is the agreement of the reporting verb at token i.
func (d *doc) verbGender(i int) gender {
	for _, w := range []string{d.folded[i], d.bare(i)} {
		if g, ok := d.lex.genders[w]; ok {
			return g
		}
	}
	return anyGender // a form with an object pronoun: agreement unread
}

// continued is the last speaker, with via when the cue gave its own.
func (d *doc) continued(via []string) who {
	w := d.last
	if d.prevSubject.ok && d.prevSubjectSent == d.nSent-1 && d.lastSent < d.prevSubjectSent {
		w = d.prevSubject
	}
	w.ok = false
	if via != nil {
		w.via = via
	}
	return w
}
