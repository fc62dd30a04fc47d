// Package dates finds the Arabic temporal expressions of a text that point
// at a calendar time (full dates in words or digits, months, years,
// weekdays, relative phrases like "الشهر الماضي") and resolves each against
// the article's publication date to the contract's ISO-with-X value.
//
// Rules of resolution, written down because the text alone does not fix
// them (see also the gold guidelines, "Dates"):
//   - a weekday is the last such day on or before publication, or the next
//     on or after it when a future marker (سوف, من المقرر, سيلتقي) stands
//     earlier in its clause; "الماضي" makes it strictly before,
//     "المقبل"/"القادم" strictly after. Without يوم in front a weekday counts
//     unless a noun before it makes it a name ("صلاة الجمعة");
//   - a month without a year is the last such month on or before the
//     publication month; a day and month without a year likewise, except
//     that a weekday in front picks the year whose calendar agrees;
//   - a week ("الأسبوع الماضي") is Monday to Sunday and, as the contract
//     has no week form, is reported as the month holding most of its days
//     (its Thursday's); a part of a period ("مطلع العام") takes the
//     period's unit;
//   - a phrase that points back ("في اليوم نفسه", "اليوم التالي", "العام
//     ذاته") counts from the last date the text gave at that precision,
//     and is not reported when the text gave none;
//   - Hijri dates are converted with the tabular Islamic calendar, which
//     can be a day off the sighted calendar; a Hijri month becomes the
//     Gregorian month or year holding it, and a Hijri year alone
//     ("عام 1436هـ") the Gregorian year holding most of it (its middle);
//   - a weekday, its direction and a full date after them are one date
//     when the date lies that way ("يوم الأربعاء الماضي 28/7/2015");
//   - with no publication date, expressions that need one (weekdays,
//     "أمس", "الشهر الماضي") are not reported, and a month or day without a
//     year gets XXXX for its year.
//
// Durations ("18 شهرا", "أربع سنوات"), clock times, ages and counts are
// not dates, and nothing here matches them: every expression must contain
// a month name, a weekday, a relative phrase, a year word or a date in
// digits.
package dates

import (
	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Options tunes Find. The zero value is ready to use; there is nothing to
// tune yet, and the type exists so that options can come without breaking
// callers.
type Options struct{}

// Find returns every date or period expression of text that points at a
// calendar time, in text order, without overlaps: code point offsets into
// text (end exclusive), the expression as printed, and its value resolved
// against published ("2023-09-05", also "2023-09" or "2023"; "" when
// unknown).
func Find(text string, published string, opts Options) []isnad.DateRef {
	runes := arabic.SharedRunes(text)
	tb := tokenPool.Get().(*tokenBuffers)
	defer tb.release()
	s := scanner{text: runes, toks: tb.tokenize(runes), ref: parseRef(published)}
	var out []isnad.DateRef
	for i := 0; i < len(s.toks); {
		h, ok := s.longest(i, false)
		if !ok {
			i++
			continue
		}
		if v := h.v.String(); v != "" {
			s.given = append(s.given, h.v)
			end := s.toks[h.to-1].end
			out = append(out, isnad.DateRef{Start: h.start, End: end, Text: string(runes[h.start:end]), Value: v})
		}
		i = h.to
	}
	return out
}

// longest asks every matcher for an expression at token i and keeps the
// longest; afterPeriod says a period word stands just before.
func (s *scanner) longest(i int, afterPeriod bool) (hit, bool) {
	if i >= len(s.toks) || s.toks[i].kind == tokPunct || !s.canStart(i) {
		return hit{}, false
	}
	var best hit
	found := false
	try := func(h hit, ok bool) {
		if ok && (!found || h.to > best.to) {
			best, found = h, true
		}
	}
	try(s.calendar(i))
	try(s.relative(i, afterPeriod))
	try(s.ago(i))
	try(s.year(i, afterPeriod))
	try(s.bareMonth(i, afterPeriod))
	if !afterPeriod {
		try(s.weekday(i))
		try(s.period(i))
	}
	return best, found
}

// canStart reports whether token i may begin an expression: a number, or
// a word (with or without clitics) that some expression begins with.
func (s *scanner) canStart(i int) bool {
	if s.toks[i].kind == tokNumber {
		return true
	}
	forms, _, n := variants(s.toks[i].norm)
	for _, f := range forms[:n] {
		if lex.startPairs.mayStart(f) && lex.starters[f] {
			return true
		}
	}
	return false
}
