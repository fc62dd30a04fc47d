package dates

// The matchers. Each looks at the tokens from i and returns the longest
// expression of its family starting there. They resolve the value
// themselves instead of handing the span to go-dateparser: by the time a
// span is found its day, month, year and weekday are already known, so
// resolving is a few lines of calendar arithmetic, whereas go-dateparser
// needs the span re-spelled for it, rejects paired months ("تشرين
// الثاني/نوفمبر") and "يوم X", and resolves undated days to the future
// rather than to the last one before publication as the gold guidelines ask.

import (
	"strings"
	"unicode/utf8"
)

// month is a month name found in the text.
type month struct {
	m      int
	hijri  bool
	guard  string
	end    int // token after the name (and after its pair)
	skip   int
	paired bool
}

// monthAt reads a month name at token i, with its pair if one follows:
// "تشرين الثاني/نوفمبر", "يونيو (حزيران)", "سبتمبر أيلول", "أغسطس - آب".
// The pair is one expression.
func (s *scanner) monthAt(i int) (month, bool) {
	p, end, skip, ok := s.phraseAt(lex.months, i)
	if !ok {
		return month{}, false
	}
	mo := month{m: p.month, hijri: p.hijri, guard: p.guard, end: end, skip: skip}
	q, qend, ok := s.pairedName(p, end)
	if ok {
		mo.end, mo.paired = qend, true
		if mo.guard != guardFree {
			mo.guard = q.guard
		}
	}
	return mo, true
}

// pairedName reads the second name of a month pair after token end: after
// a slash or in brackets any name of the same calendar ("تشرين
// الثاني/نوفمبر"); across a dash or side by side only a name of the same
// Gregorian month ("أغسطس - آب", "سبتمبر أيلول"), since a dash between
// two different months is a range, two dates. It returns the token after
// the pair.
func (s *scanner) pairedName(p phrase, end int) (phrase, int, bool) {
	at := end
	if s.punct(end, "/(-–—") {
		at++
	}
	q, qend, qskip, ok := s.phraseAt(lex.months, at)
	if !ok || qskip != 0 || q.hijri != p.hijri {
		return phrase{}, 0, false
	}
	if at == end || !s.punct(end, "/(") {
		return q, qend, q.month == p.month && !p.hijri
	}
	if s.toks[end].norm == "(" {
		if !s.punct(qend, ")") {
			return phrase{}, 0, false
		}
		qend++
	}
	return q, qend, true
}

// dayAt reads a day-of-month number at token i.
func (s *scanner) dayAt(i int) (int, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tokNumber || s.toks[i].digits > 2 {
		return 0, false
	}
	d := s.toks[i].num
	return d, d >= 1 && d <= 31
}

// yearAt reads a year number at token i with its era word if any: four
// digits, or three when a year word announced it ("عام 247").
func (s *scanner) yearAt(i int, announced bool) (y int, hijri bool, end int, ok bool) {
	if i >= len(s.toks) || s.toks[i].kind != tokNumber {
		return 0, false, 0, false
	}
	t := s.toks[i]
	if t.digits != 4 && !(announced && t.digits == 3) || t.num < 100 || t.num > 2200 {
		return 0, false, 0, false
	}
	end = i + 1
	switch {
	case s.role(end, roleEraH):
		return t.num, true, end + 1, true
	case s.role(end, roleEraG):
		return t.num, false, end + 1, true
	}
	return t.num, false, end, true
}

// yearTail reads what may follow a month to give its year:
// "، 2024", "من عام 2024", "سنة 1445 هـ", "من العام الماضي".
func (s *scanner) yearTail(i int) (y int, hijri bool, end int, ok bool) {
	if s.punct(i, ",،.") {
		i++
	}
	if s.word(i) == "من" {
		i++
	}
	if p, pend, _, ok := s.phraseAt(lex.relative, i); ok && p.unit == unitYear && p.guard == guardNone {
		if v, ok := s.ref.relative(p.unit, p.offset); ok {
			return v.y, false, pend, true // "يونيو من العام الماضي"
		}
	}
	announced := s.role(i, roleYearWord)
	if announced {
		i++
	}
	return s.yearAt(i, announced)
}

// calendar reads a date written with a month name or in digits, led by a
// weekday if any: "السبت 30 نوفمبر 2024", "الخميس (9 تشرين
// الثاني/نوفمبر)", "30/11/2024", "فبراير/شباط 2022", "شهر مارس".
func (s *scanner) calendar(i int) (hit, bool) {
	h := hit{from: i, start: s.toks[i].start}
	wd, j := -1, i
	if s.role(i, roleDayWord) {
		if d, _, ok := s.weekdayAt(i + 1); ok {
			wd, j = d, i+2
		}
	} else if d, skip, ok := s.weekdayAt(i); ok {
		wd, j, h.start = d, i+1, s.startAfter(i, skip)
	}
	if wd >= 0 && s.punct(j, ",،") {
		j++
	}
	if dir, ok := s.direction(j); wd >= 0 && ok {
		// "يوم الأربعاء الماضي 28/7/2015": the full date after the
		// weekday's direction is the weekday's, when it lies that way
		if _, v, ok := s.core(j+1, wd); ok && v.d > 0 && s.ref.lies(v, dir) {
			j++
		}
	}
	bracket := wd >= 0 && s.punct(j, "(")
	if bracket {
		j++
	}
	end, v, ok := s.core(j, wd)
	if !ok && wd >= 0 && !bracket {
		end, v, ok = s.weekdayDay(j, wd)
	}
	if !ok {
		return hit{}, false
	}
	if bracket {
		if !s.punct(end, ")") {
			return hit{}, false
		}
		end++
	}
	if wd < 0 {
		h.start = s.coreStart(j)
	}
	h.to, h.v = end, v
	if wd < 0 && s.namesGroup(i-1) {
		h.v = val{} // "قوى 14 آذار": consumed, not reported
	}
	return h, true
}

// namesGroup reports whether token i is a noun that takes a date as its
// name ("قوى 14 آذار", "حركة 20 فبراير", "لتيار 8 آذار"): the date names a
// political group, not a time. Any clitics are cut first, as the noun is
// indefinite and variants keeps a preposition on it.
func (s *scanner) namesGroup(i int) bool {
	w := s.word(i)
	for k := 0; k < 2 && w != ""; k++ {
		if lex.has(w, roleGroupName) {
			return true
		}
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune("وفبلك", r) {
			break
		}
		w = w[size:]
	}
	return lex.has(w, roleGroupName)
}

// coreStart is where a date without weekday begins: after the clitic of a
// leading month name ("وفبراير 2022").
func (s *scanner) coreStart(j int) int {
	if mo, ok := s.monthAt(j); ok {
		return s.startAfter(j, mo.skip)
	}
	if _, _, skip, ok := s.phraseAt(lex.ordinals, j); ok && skip > 0 {
		return s.startAfter(j, skip) // "والخامس من أغسطس"
	}
	return s.toks[j].start
}

// core reads the date proper: day-month[-year] (the day in digits or as an
// ordinal word), month-year or digits.
func (s *scanner) core(j, wd int) (end int, v val, ok bool) {
	if end, v, hijri, ok := s.numeric(j); ok {
		if wd >= 0 && hijri {
			v = onWeekday(v, wd) // "الخميس 14/10/1436هـ": the tabular calendar may be a day off
		}
		return end, v, true
	}
	if d, ok := s.dayAt(j); ok {
		if end, v, ok := s.dayMonth(j, j, d, wd); ok {
			return end, v, true
		}
		return s.firstOfTwo(j, j+1, d, wd)
	}
	if p, end, skip, ok := s.phraseAt(lex.ordinals, j); ok && (skip == 0 || conjoined(s.word(j), skip)) && !s.punct(end, ".-/") {
		if end, v, ok := s.dayMonth(j, end-1, p.day, wd); ok {
			return end, v, true // "الثامن من يوليو"
		}
		return s.firstOfTwo(j, end, p.day, wd)
	}
	if wd >= 0 {
		return 0, val{}, false
	}
	return s.monthYear(j)
}

// conjoined reports whether the skip clitics of word w are و alone: an
// ordinal day may follow another ("الرابع والخامس من أغسطس"), but بالأول
// or للثاني name no day.
func conjoined(w string, skip int) bool {
	return skip == 1 && strings.HasPrefix(w, "و")
}

// firstOfTwo reads the first of two days joined by و before one month,
// "4 و5 أغسطس", "الرابع والخامس من أغسطس": day d ends before token k, and
// the month is the second day's. Only the first day is consumed, so that
// the second is read as a date of its own.
func (s *scanner) firstOfTwo(j, k, d, wd int) (int, val, bool) {
	next, last := k, -1
	if s.word(k) == "و" {
		next = k + 1
	}
	if _, ok := s.dayAt(next); ok && next > k {
		last = next
	} else if _, end, skip, ok := s.phraseAt(lex.ordinals, k); ok && conjoined(s.word(k), skip) {
		last = end - 1
	}
	if last < 0 {
		return 0, val{}, false
	}
	_, v, ok := s.dayMonth(j, last, d, wd)
	return k, v, ok
}

// weekdayDay reads a weekday and a bare day number, "الجمعة 15": the
// day of a month next to publication that falls on that weekday. When no
// such month is near, the number is something else ("الجمعة 15 قتيلا").
func (s *scanner) weekdayDay(j, wd int) (int, val, bool) {
	d, ok := s.dayAt(j)
	if !ok || !s.ref.hasMonth() {
		return 0, val{}, false
	}
	for _, off := range []int{0, -1, 1} {
		t := date(s.ref.y, s.ref.m, 1).AddDate(0, off, 0)
		if validDay(t.Year(), int(t.Month()), d) && int(date(t.Year(), int(t.Month()), d).Weekday()) == wd {
			return j + 1, val{t.Year(), int(t.Month()), d}, true
		}
	}
	return 0, val{}, false
}

func (s *scanner) dayMonth(j, last, d, wd int) (int, val, bool) {
	k := last + 1
	if s.punct(k, ".-/") && s.adjacent(last) {
		k++
	}
	if s.word(k) == "من" {
		k++
	}
	if p, end, skip, ok := s.phraseAt(lex.relative, k); ok && p.unit == unitMonth && skip == 0 && p.guard == guardNone {
		m, ok := s.ref.relative(p.unit, p.offset) // "20 من الشهر المقبل"
		return end, val{m.y, m.m, d}, ok && validDay(m.y, m.m, d)
	}
	if s.role(k, roleMonthWord) {
		k++
	}
	mo, ok := s.monthAt(k)
	if !ok || mo.skip > 0 {
		return 0, val{}, false
	}
	y, yh, end, hasYear := s.yearTail(mo.end)
	if hasYear || mo.hijri {
		if !hasYear {
			end = mo.end
		}
		v, ok := s.resolveDate(mo, y, yh, d, wd)
		return end, v, ok
	}
	if !validDay(0, mo.m, d) {
		return 0, val{}, false
	}
	end = mo.end
	dir, hasDir := s.direction(end)
	if hasDir {
		end++ // "14 أكتوبر المقبل"
	} else if wd < 0 && s.futureBefore(j) {
		dir = onOrAfter // "والزيارة مقررة في 29 يوليو"
	}
	return end, s.ref.dayMonth(mo.m, d, wd, dir), true
}

// monthYear reads "[شهر] month[/month] [، من عام] year".
func (s *scanner) monthYear(j int) (int, val, bool) {
	if s.role(j, roleMonthWord) {
		j++
	}
	mo, ok := s.monthAt(j)
	if !ok {
		return 0, val{}, false
	}
	y, yh, end, ok := s.yearTail(mo.end)
	if !ok {
		return 0, val{}, false
	}
	v, ok := s.resolveDate(mo, y, yh, 0, -1)
	return end, v, ok
}

// resolveDate turns a month, an optional year and day into a value.
func (s *scanner) resolveDate(mo month, y int, yearHijri bool, d, wd int) (val, bool) {
	if mo.hijri {
		if y > 0 && !yearHijri && y > 1600 {
			return val{y: y}, true // "رمضان 2001": the Ramadan that fell in 2001
		}
		return s.ref.hijri(y, mo.m, d)
	}
	switch {
	case d > 0 && !validDay(y, mo.m, d):
		return val{}, false
	case y > 0 && d > 0:
		return val{y, mo.m, d}, true
	case y > 0:
		return val{y: y, m: mo.m}, true
	}
	return s.ref.dayMonth(mo.m, d, wd, 0), true
}

// numeric reads dates in digits: 30/11/2024, 30-11-2024, 30\11\2024 (in
// scraped text), 2024-11-30, 2024/11/30 (day first, as Arabic writes them,
// unless the middle number cannot be a month), and month-year 11/2024.
// The parts must touch, except around the slashes of a full date ending
// in its year ("30 / 7 / 2015م", as Gulf papers print them).
func (s *scanner) numeric(j int) (end int, v val, hijri, ok bool) {
	var n [3]int
	var dig [3]int
	parts, sep, spaced := 0, "", false
	for k := j; parts < 3 && k < len(s.toks) && s.toks[k].kind == tokNumber; k += 2 {
		n[parts], dig[parts] = s.toks[k].num, s.toks[k].digits
		parts++
		if !s.punct(k+1, "/-.\\") {
			break
		}
		if !s.adjacent(k) || !s.adjacent(k+1) {
			// "14 / 10 / 1436هـ": spaced slashes, in a full date only
			if !s.punct(k+1, "/") || k+2 >= len(s.toks) || s.toks[k+2].kind != tokNumber {
				break
			}
			spaced = true
		}
		if sep == "" {
			sep = s.toks[k+1].norm
		} else if s.toks[k+1].norm != sep {
			break
		}
	}
	end = j + 2*parts - 1
	if parts == 0 || s.inPath(j, end) || spaced && (parts != 3 || dig[2] != 4) {
		return 0, val{}, false, false
	}
	if parts == 3 && s.role(end, roleEraH) {
		end, v, ok := s.numericHijri(n, dig, end+1)
		return end, v, true, ok
	}
	if parts == 3 && !s.role(end, roleEraG) && (dig[2] == 4 && newsHijri(n[2]) || dig[0] == 4 && newsHijri(n[0])) {
		end, v, ok := s.numericHijri(n, dig, end) // "1/ 3/ 1433": no Gregorian year in the news is 1433
		return end, v, true, ok
	}
	if s.role(end, roleEraG) {
		end++
	}
	switch {
	case parts == 3 && dig[0] == 4 && dig[1] <= 2 && dig[2] <= 2:
		return end, val{n[0], n[1], n[2]}, false, validDay(n[0], n[1], n[2]) && n[0] >= 1000
	case parts == 3 && dig[2] == 4 && dig[0] <= 2 && dig[1] <= 2:
		d, m := n[0], n[1]
		if m > 12 && d <= 12 {
			d, m = m, d
		}
		return end, val{n[2], m, d}, false, validDay(n[2], m, d) && n[2] >= 1000
	case parts == 2 && dig[0] <= 2 && dig[1] == 4 && sep != ".":
		return end, val{y: n[1], m: n[0]}, false, n[0] >= 1 && n[0] <= 12 && n[1] >= 1000
	case parts == 2 && dig[0] == 4 && dig[1] <= 2 && sep != ".":
		return end, val{y: n[0], m: n[1]}, false, n[1] >= 1 && n[1] <= 12 && n[0] >= 1000
	}
	return 0, val{}, false, false
}

// newsHijri reports a Hijri year of the news: 1300 to 1499 AH is 1882 to
// 2076 AD, so such a year, even unmarked, can only be Hijri.
func newsHijri(y int) bool { return y >= 1300 && y < 1500 }

// onWeekday moves v, a date converted from the Hijri calendar, by a day
// when the weekday written before it falls on the day before or after:
// the tabular calendar can be a day off the sighted one, and the weekday
// settles it.
func onWeekday(v val, wd int) val {
	t := date(v.y, v.m, v.d)
	switch wd {
	case (int(t.Weekday()) + 6) % 7:
		return dayVal(t.AddDate(0, 0, -1))
	case (int(t.Weekday()) + 1) % 7:
		return dayVal(t.AddDate(0, 0, 1))
	}
	return v
}

// numericHijri reads a Hijri date in digits, day first or year first
// ("14-09-1432 هـ"), and converts it.
func (s *scanner) numericHijri(n, dig [3]int, end int) (int, val, bool) {
	y, m, d := n[2], n[1], n[0]
	if dig[0] == 4 {
		y, d = n[0], n[2]
	}
	if m < 1 || m > 12 || d < 1 || d > 30 {
		return 0, val{}, false
	}
	v, ok := s.ref.hijri(y, m, d)
	return end, v, ok
}

// inPath reports digits that are a segment of a URL or file path
// (".../2022/09/22/..."): the date of a link, not of the text.
func (s *scanner) inPath(j, end int) bool {
	return (j > 0 && s.adjacent(j-1) && s.punct(j-1, "/")) || (s.adjacent(end-1) && s.punct(end, "/"))
}
