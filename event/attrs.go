package event

import "strings"

// polarity is negative when a negation stands just before the trigger:
// لم لن ليس within a few words, ما لا غير عدم right before it.
func (f *finder) polarity(t trigger) string {
	from := f.ranges[f.sentOf[t.first]][0]
	if f.noneExists(t, from) {
		return "negative"
	}
	for j := t.first - 1; j >= from && j >= t.first-negWindow; j-- {
		w := f.ws[j]
		if f.boundary(j) || f.cue(cueSubordinate, j) {
			break
		}
		if !f.cue(cueNegation, j) {
			continue
		}
		if f.refrained(j, t.first) {
			return "positive" // "لن تتوانى عن دعم": not holding back is doing
		}
		if j == t.first-1 || w.is("لم", "لن", "ليس", "ليست") {
			return "negative"
		}
	}
	return "positive"
}

// refrained reports whether a verb of holding back (تتوانى، تتردد)
// stands between the negation at word j and the trigger at word i.
func (f *finder) refrained(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if f.cue(cueRefrain, k) {
			return true
		}
	}
	return false
}

// modality is possible after a hedge (ربما, قد before a present verb),
// planned after an intention or schedule or on a future verb, else
// asserted.
func (f *finder) modality(t trigger) string {
	planned := t.e.future
	from := f.ranges[f.sentOf[t.first]][0]
	for j := t.first - 1; j >= from && j >= t.first-cueWindow; j-- {
		if f.boundary(j) {
			break
		}
		switch {
		case f.cue(cuePossible, j), f.ws[j].is("قد") && presentVerb(f.ws[j+1]):
			return "possible"
		case f.cue(cuePlanned, j):
			planned = true
		}
	}
	if planned {
		return "planned"
	}
	return "asserted"
}

// conditional reports whether a condition word (إذا، لو، في حال) stands
// within a few words before t in its clause.
func (f *finder) conditional(t trigger) bool {
	from := f.ranges[f.sentOf[t.first]][0]
	for j := t.first - 1; j >= from && j >= t.first-cueWindow && !f.boundary(j); j-- {
		if f.cue(cueCondition, j) {
			return true
		}
	}
	return false
}

// presentVerb guesses from its prefix whether w is an imperfect verb.
func presentVerb(w word) bool {
	return startsWithAny(w.bare, "ي", "ت", "ن") && len([]rune(w.bare)) > 2
}

// date is the value of the date expression of t's sentence nearest to it,
// else the date of its quote, else nil.
func (f *finder) date(t trigger, quote *int) *string {
	sent := f.sents[f.sentOf[t.first]]
	pos := f.ws[t.first].tok.Start
	best, dist := "", -1
	for _, d := range f.d.Dates {
		if d.Start < sent[0] || d.End > sent[1] || d.Value == "" {
			continue
		}
		k := abs(d.Start - pos)
		if dist < 0 || k < dist {
			best, dist = d.Value, k
		}
	}
	if best != "" {
		return &best
	}
	if quote != nil {
		if q := f.d.Quotes[*quote].Date; q != nil && strings.TrimSpace(*q) != "" {
			v := *q
			return &v
		}
	}
	if f.sentOf[t.first] < leadSentences && f.d.Published != nil && *f.d.Published != "" {
		// The lead of a news story reports the news peg: what happened on
		// the day of publication.
		v := *f.d.Published
		return &v
	}
	return nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// noneExists reports "ليس هناك" / "لا يوجد" earlier in t's clause: "ليس
// هناك أي تنسيق أو اتصال" denies every act it lists.
func (f *finder) noneExists(t trigger, from int) bool {
	for j := t.first - 1; j > from; j-- {
		if f.boundary(j) || f.ws[j].punct {
			return false
		}
		w, prev := f.ws[j].bare, f.ws[j-1].bare
		if w == "هناك" && (prev == "ليس" || prev == "ليست" || prev == "لا") || w == "يوجد" && prev == "لا" {
			return true
		}
	}
	return false
}
