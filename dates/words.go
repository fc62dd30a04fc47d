package dates

import (
	"strings"
	"unicode/utf8"
)

// The matchers for expressions without digits: relative phrases, weekdays,
// bare months, years after a year word, and period words in front of any of
// them.

// relative reads a phrase of relative.tsv ("الشهر الماضي", "أمس").
// "اليوم الأحد" takes the weekday along: it names the same day.
func (s *scanner) relative(i int, afterPeriod bool) (hit, bool) {
	p, end, skip, ok := s.phraseAt(lex.relative, i)
	if !ok {
		return hit{}, false
	}
	switch p.guard {
	case "period":
		if !afterPeriod {
			return hit{}, false
		}
	case guardAdverb:
		if !s.adverbOK(i, end, skip) {
			return hit{}, false
		}
	}
	if (p.unit == unitYear || p.unit == unitMonth) && end < len(s.toks) && s.toks[end].kind == tokNumber &&
		(lex.has(s.word(end-1), roleYearWord) || lex.has(s.word(end-1), roleMonthWord)) {
		// "قبل عام 2006" is before the year 2006, not a year ago: the
		// phrase's last word is the head of a date, not a count. After
		// an adjective the number is the year named again ("العام
		// الماضي 2014") or the next phrase's ("العام الماضي 2,4 مليار").
		return hit{}, false
	}
	if p.guard == guardAnaphor {
		v, _ := s.anaphor(p.unit, p.offset)
		if s.word(end) == "من" {
			v = val{} // "نفس الشهر من العام الماضي": another year's, not reported
		}
		return hit{from: i, to: end, start: s.startAfter(i, skip), v: v}, true
	}
	v, _ := s.ref.relative(p.unit, p.offset)
	if p.unit == unitYear && end < len(s.toks) && s.toks[end].kind == tokNumber && s.toks[end].digits == 4 && s.toks[end].num == v.y {
		end++ // "العام الماضي 2014": the year it names, written out
	}
	if p.unit == unitDay {
		// "غدا الثلاثاء", "اليوم (الاثنين)": the weekday names the same
		// day and settles it. Pages are dated when published or
		// crawled, often a day or more after the text was written, so
		// it is the last such weekday on or before the day the word
		// counts to.
		if wd, e, ok := s.sameDay(end); ok {
			end = e
			if w, ok := s.ref.plusDays(p.offset).weekday(wd, 0); ok {
				v = w
			}
		}
	}
	return hit{from: i, to: end, start: s.startAfter(i, skip), v: v}, true
}

// anaphor resolves a phrase that counts from the last date the text gave
// ("في اليوم نفسه", "في العام التالي"): the last reported value precise to
// the phrase's unit, moved by its offset. Without one the phrase names a
// time the text does not settle, and nothing is reported.
func (s *scanner) anaphor(unit string, off int) (val, bool) {
	for k := len(s.given) - 1; k >= 0; k-- {
		// the given value stands in for publication; a month or day of
		// unknown year anchors nothing
		if r := ref(s.given[k]); r.hasYear() {
			if v, ok := r.relative(unit, off); ok {
				return v, true
			}
		}
	}
	return val{}, false
}

// ago reads "قبل N unit" with a count above two, in digits or a number
// word: "قبل خمس سنوات", "قبل 16 شهرا" point at a time counted back from
// publication (a bare "18 شهرا" is a duration, no date). One and two are
// in relative.tsv (قبل عام، قبل شهرين).
func (s *scanner) ago(i int) (hit, bool) {
	skip, ok := s.formSkip(i, func(f string) bool { return f == "قبل" })
	if !ok || i+2 >= len(s.toks) {
		return hit{}, false
	}
	count, ok := agoCounts[s.word(i+1)]
	if t := s.toks[i+1]; t.kind == tokNumber && t.digits <= 2 {
		count, ok = t.num, t.num > 2
	}
	unit, known := agoUnits[s.word(i+2)]
	if !ok || !known || s.word(i+3) == "من" || s.word(i+3) == "فقط" && s.word(i+4) == "من" {
		return hit{}, false // "قبل ثلاثة أيام من الذكرى" counts back from another day
	}
	v, ok := s.ref.relative(unit, -count)
	if !ok {
		return hit{}, false
	}
	return hit{from: i, to: i + 3, start: s.startAfter(i, skip), v: v}, true
}

// agoCounts are the number words ago reads, folded.
var agoCounts = map[string]int{
	"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
	"سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}

// agoUnits are the plural and accusative units after a count, folded.
var agoUnits = map[string]string{
	"سنوات": unitYear, "اعوام": unitYear, "سنين": unitYear, "عاما": unitYear, "سنه": unitYear,
	"اشهر": unitMonth, "شهور": unitMonth, "شهرا": unitMonth,
	"اسابيع": unitWeek, "اسبوعا": unitWeek,
	"ايام": unitDay, "يوما": unitDay,
}

// sameDay reads a weekday naming the same day as the word before token
// end, bare or in brackets: "اليوم الأحد", "اليوم (الاثنين)". It returns
// the weekday and the token after it.
func (s *scanner) sameDay(end int) (wd, next int, ok bool) {
	if wd, _, ok := s.weekdayAt(end); ok {
		return wd, end + 1, true
	}
	if wd, _, ok := s.weekdayAt(end + 1); ok && s.punct(end, "(") && s.punct(end+2, ")") {
		return wd, end + 3, true
	}
	return 0, end, false
}

// adverbOK decides whether a word like اليوم or الغد, which is also a noun
// ("عالم اليوم", "صحيفة الغد"), stands as a time adverb: it does when a
// weekday follows, when it opens a clause (after punctuation, or with a
// leading و), when it closes one or a number follows, after a part-of-day
// word or حتى/منذ, or when a complement particle follows ("قال اليوم إن"). A following definite word makes it a
// noun with an adjective ("اليوم التالي", "اليوم العالمي").
func (s *scanner) adverbOK(i, end, skip int) bool {
	if _, _, ok := s.sameDay(end); ok {
		return true
	}
	if s.perUnit(i) || s.word(i-1) == "تلك" || s.word(i-1) == "ذلك" {
		return false // "في تلك الليلة", "ذلك اليوم": that night, not tonight
	}
	if next := s.word(end); len(next) > 4 && next[:4] == "ال" {
		// "اليوم الوطني", "اليوم الأول": an adjective makes it a noun;
		// after a definite subject a definite noun is the verb's object
		// ("وواصلت الحكومة الإسرائيلية اليوم الضغط").
		prev := s.word(i - 1)
		return i > 0 && len(prev) > 4 && prev[:4] == "ال" && !adjectiveLike(next)
	}
	if skip > 0 || i == 0 || s.toks[i-1].kind == tokPunct {
		return true
	}
	if end >= len(s.toks) || s.toks[end].kind != tokWord {
		return true // closes a clause, or a date follows: "اليوم 6 مايو"
	}
	return s.role(i-1, roleAdverbPrev) || s.role(end, roleComplement)
}

// perUnit reports a time word used as a rate, "per day": "برميل باليوم",
// "ثلاث مرات في اليوم". With ب, or after في, اليوم is a unit of count,
// not today.
func (s *scanner) perUnit(i int) bool {
	w := s.word(i)
	if r, size := utf8.DecodeRuneInString(w); r == 'و' || r == 'ف' {
		w = w[size:]
	}
	return strings.HasPrefix(w, "بال") || s.word(i-1) == "في"
}

// adjectiveLike reports whether a definite word looks like an adjective:
// a relative adjective (الوطني، العالمية) or an ordinal or its like
// (الأول، الثاني، الأخير، التالي).
func adjectiveLike(w string) bool {
	if strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || w == "الاخير" || w == "التالي" {
		return true
	}
	_, ordinal := lex.ordinals[w]
	return ordinal
}

// weekday reads "[يوم] weekday [direction]". Without يوم a weekday is
// taken as a time adverb unless a noun in front makes it a name ("صلاة
// الجمعة", "أيام الأحد"). Its value is the last such day on or before
// publication, or the next on or after it in a clause about the future;
// الماضي and المقبل move it strictly before or after.
func (s *scanner) weekday(i int) (hit, bool) {
	h := hit{from: i, start: s.toks[i].start}
	j := i
	if s.role(i, roleDayWord) {
		if _, _, ok := s.weekdayAt(i + 1); !ok {
			return hit{}, false
		}
		j = i + 1
	}
	wd, skip, ok := s.weekdayAt(j)
	if !ok {
		return hit{}, false
	}
	if j == i {
		if s.role(i-1, roleNounHead) {
			return hit{}, false
		}
		h.start = s.startAfter(i, skip)
	}
	h.to = j + 1
	if s.word(h.to) == "قبل" {
		if d, ok := s.direction(h.to + 1); ok && d < 0 {
			// "الثلاثاء قبل الماضي": the one before last
			h.to += 2
			h.v, _ = s.ref.weekdayBeforeLast(wd)
			return h, true
		}
	}
	dir, ok := s.direction(h.to)
	if ok {
		h.to++
	}
	if !ok && s.futureBefore(i) {
		dir = onOrAfter
	}
	h.v, _ = s.ref.weekday(wd, dir)
	return h, true
}

// futureBefore reports a future marker (سوف, من المقرر, سيلتقي ...) in the
// clause before token i: an undated weekday there is still to come.
func (s *scanner) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if s.toks[k].kind == tokPunct && strings.ContainsAny(s.toks[k].norm, ".؟?!:") {
			return false
		}
		if s.role(k, roleFuture) {
			return true
		}
	}
	return false
}

// bareMonth reads "[شهر|هذا] month [direction]" with no day or year. Month
// names that are also common words need support from around them: see
// the guards in lexicon/months.tsv.
func (s *scanner) bareMonth(i int, afterPeriod bool) (hit, bool) {
	j := i
	this := s.role(j, roleThis)
	if this {
		j++
	}
	announced := this || s.role(j, roleMonthWord)
	if announced && !this {
		j++
	}
	mo, ok := s.monthAt(j)
	if !ok {
		return hit{}, false
	}
	h := hit{from: i, to: mo.end, start: s.toks[i].start}
	if !announced {
		h.start = s.startAfter(j, mo.skip)
	}
	dir, hasDir := s.direction(mo.end)
	if hasDir {
		h.to++
	} else if s.role(mo.end, roleCurrent) {
		h.to++ // "يوليو الحالي": this year's July
		this, hasDir = true, true
	}
	prep := afterPeriod || s.role(i-1, rolePrep) || s.role(i-1, rolePeriod)
	switch {
	case announced, mo.paired, hasDir, mo.guard == guardFree:
	case mo.guard == guardPrep && prep:
	default:
		return hit{}, false
	}
	if mo.hijri {
		h.v, _ = s.ref.hijri(0, mo.m, 0)
		return h, true
	}
	if y, ok := s.sharedYear(mo.end); ok && !hasDir {
		h.v = val{y: y, m: mo.m} // "في يونيو ويوليو 2018"
		return h, true
	}
	if !hasDir && s.futureBefore(i) {
		dir = onOrAfter // "سيزور البلاد في سبتمبر"
	}
	h.v = s.ref.month(mo.m, dir)
	if this && s.ref.hasYear() {
		h.v.y = s.ref.y // "هذا مارس": the March of this year
	}
	return h, true
}

// sharedYear reads, after a bare month at token i, a second month joined by
// و that carries a year: "يونيو حزيران ويوليو تموز 2018", "بين مارس ومايو
// من العام الماضي". The year is the first month's too.
func (s *scanner) sharedYear(i int) (int, bool) {
	clitic := 1 // "ويوليو": و on the month
	if s.word(i) == "و" {
		i, clitic = i+1, 0
	}
	mo, ok := s.monthAt(i)
	if !ok || mo.hijri || mo.skip != clitic {
		return 0, false
	}
	y, hijri, _, ok := s.yearTail(mo.end)
	return y, ok && !hijri
}

// year reads "عام 2006", "سنة 1445 هـ" and "1436ه" (a Hijri year, as the
// Gregorian year holding most of it: see hijriYear), and a bare four-digit
// year after a temporal preposition ("في 2006", "منذ 2006") or with an era
// ("2024م").
func (s *scanner) year(i int, afterPeriod bool) (hit, bool) {
	h := hit{from: i, start: s.toks[i].start}
	if s.role(i, roleYearWord) {
		y, hijri, end, ok := s.yearAt(i+1, true)
		if !ok {
			return hit{}, false
		}
		if skip, ok := s.formSkip(i, func(f string) bool { return lex.has(f, roleYearWord) }); ok {
			h.start = s.startAfter(i, skip)
		}
		h.to, h.v = end, val{y: y}
		if hijri {
			h.v = hijriYear(y)
		}
		return h, true
	}
	y, hijri, end, ok := s.yearAt(i, false)
	if ok && hijri && newsHijri(y) {
		h.to, h.v = end, hijriYear(y)
		return h, true // "(1395ه - 1436ه)": the era marks a year
	}
	if !ok || y < 1800 || y > 2100 {
		return hit{}, false
	}
	if !(afterPeriod || s.role(i-1, rolePrep) || s.role(i-1, rolePrepWeak) || end > i+1 || s.yearPairAt(i)) {
		return hit{}, false
	}
	h.to = end
	if !hijri {
		h.v = val{y: y}
	}
	return h, true
}

// yearPairAt reports a bare year joined by a dash to a year before it
// ("عام 1957 - 1958", "(1982 - 1990)"), or by و to a year before it that
// is itself a date ("بين 2006 و2013", "عامي 2014 و2015"): the pair's
// second year. In a list of numbers after a noun ("القرارات 1737 و1803
// و1835") no member is a year.
func (s *scanner) yearPairAt(i int) bool {
	if i < 2 || s.word(i-1) != "و" && !s.punct(i-1, "-–—") {
		return false
	}
	k := i - 2
	y, _, end, ok := s.yearAt(k, false)
	if !ok || y < 1800 || y > 2100 {
		return false
	}
	return s.word(i-1) != "و" || end > k+1 || s.role(k-1, rolePrep) || s.role(k-1, rolePrepWeak) || s.role(k-1, roleYearWord) || s.yearPairAt(k)
}

// period reads a period word and the expression it qualifies: "مطلع
// العام", "أواخر الشهر الماضي", "منتصف مارس", "بداية 2020". The value keeps
// the unit of the qualified expression: the contract has no "early
// March", and March is what the text pins down.
func (s *scanner) period(i int) (hit, bool) {
	if !s.role(i, rolePeriod) {
		return hit{}, false
	}
	inner, ok := s.longest(i+1, true)
	if !ok {
		return hit{}, false
	}
	if skip, ok := s.formSkip(i, func(f string) bool { return lex.has(f, rolePeriod) }); ok {
		inner.start = s.startAfter(i, skip)
	}
	inner.from = i
	return inner, true
}
