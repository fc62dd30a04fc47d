package dates

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// val is a resolved calendar value; 0 is an unknown part. A val with a
// month but no day has month precision, one with only a year has year
// precision.
type val struct{ y, m, d int }

// String renders v in the contract's ISO-with-X form, or "" when v says
// nothing (no part known).
func (v val) String() string {
	if v.y == 0 && v.m == 0 && v.d == 0 || v.y < 0 || v.y > 9999 {
		return "" // nothing known, or a year the contract's four digits cannot hold
	}
	y := "XXXX"
	if v.y > 0 {
		y = fmt.Sprintf("%04d", v.y)
	}
	if v.m == 0 && v.d == 0 {
		return y
	}
	m := "XX"
	if v.m > 0 {
		m = fmt.Sprintf("%02d", v.m)
	}
	if v.d == 0 {
		return y + "-" + m
	}
	return y + "-" + m + "-" + fmt.Sprintf("%02d", v.d)
}

func dayVal(t time.Time) val { return val{t.Year(), int(t.Month()), t.Day()} }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// validDay reports whether d is a day of month m of year y (y 0 = any year,
// so 29 February passes).
func validDay(y, m, d int) bool {
	if y == 0 {
		y = 2000
	}
	return m >= 1 && m <= 12 && d >= 1 && date(y, m, d).Day() == d
}

// ref is the publication date, with 0 for parts the caller did not know.
type ref struct{ y, m, d int }

// parseRef reads "YYYY-MM-DD", "YYYY-MM" or "YYYY"; anything else is an
// unknown publication date.
func parseRef(s string) ref {
	parts := strings.Split(strings.TrimSpace(s), "-")
	var r ref
	nums := []*int{&r.y, &r.m, &r.d}
	if len(parts) > 3 {
		return ref{}
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 {
			return ref{}
		}
		*nums[i] = n
	}
	if r.y > 9999 || r.m > 12 || (r.d > 0 && !validDay(r.y, r.m, r.d)) {
		return ref{}
	}
	return r
}

// plusDays is r moved by n days; r without a day stays as it is.
func (r ref) plusDays(n int) ref {
	if !r.hasDay() {
		return r
	}
	t := r.time().AddDate(0, 0, n)
	return ref{y: t.Year(), m: int(t.Month()), d: t.Day()}
}

func (r ref) hasDay() bool   { return r.d > 0 }
func (r ref) hasMonth() bool { return r.m > 0 }
func (r ref) hasYear() bool  { return r.y > 0 }
func (r ref) time() time.Time {
	return date(r.y, r.m, r.d)
}

// relative resolves a phrase of relative.tsv. Weeks have no ISO-with-X
// form in the contract, so a week (Monday to Sunday, as ISO 8601) is
// written as the month holding most of its days: a Monday's date would
// claim a day the text does not give.
func (r ref) relative(unit string, off int) (val, bool) {
	switch {
	case unit == unitDay && r.hasDay():
		return dayVal(r.time().AddDate(0, 0, off)), true
	case unit == unitWeek && r.hasDay():
		// The contract has no week form: a week is the month holding
		// most of its days, the month of its Thursday (as ISO 8601
		// gives a week to the year of its Thursday).
		t := r.time().AddDate(0, 0, 7*off)
		thu := t.AddDate(0, 0, 3-(int(t.Weekday())+6)%7)
		return val{y: thu.Year(), m: int(thu.Month())}, true
	case unit == unitMonth && r.hasMonth():
		t := date(r.y, r.m, 1).AddDate(0, off, 0)
		return val{y: t.Year(), m: int(t.Month())}, true
	case unit == unitYear && r.hasYear():
		return val{y: r.y + off}, true
	}
	return val{}, false
}

// spanVal is the smallest calendar unit holding every day from a to b.
func spanVal(a, b time.Time) (val, bool) {
	switch {
	case a.Year() != b.Year():
		return val{}, false
	case a.Month() != b.Month():
		return val{y: a.Year()}, true
	case a.Day() != b.Day():
		return val{y: a.Year(), m: int(a.Month())}, true
	}
	return dayVal(a), true
}

// weekday resolves a weekday: dir 0 is the last such day on or before
// publication, -1 the last strictly before it, +1 the next strictly after,
// 2 the next on or after.
func (r ref) weekday(wd, dir int) (val, bool) {
	if !r.hasDay() {
		return val{}, false
	}
	t := r.time()
	if dir > 0 {
		n := (wd - int(t.Weekday()) + 7) % 7
		if n == 0 && dir == 1 {
			n = 7
		}
		return dayVal(t.AddDate(0, 0, n)), true
	}
	n := (int(t.Weekday()) - wd + 7) % 7
	if n == 0 && dir < 0 {
		n = 7
	}
	return dayVal(t.AddDate(0, 0, -n)), true
}

// weekdayBeforeLast resolves "weekday قبل الماضي": the week before the
// last such day strictly before publication.
func (r ref) weekdayBeforeLast(wd int) (val, bool) {
	if !r.hasDay() {
		return val{}, false
	}
	t := r.time()
	n := (int(t.Weekday()) - wd + 7) % 7
	if n == 0 {
		n = 7
	}
	return dayVal(t.AddDate(0, 0, -n-7)), true
}

// month resolves a month without a year: dir 0 is the last such month on or
// before the publication month (as the gold guidelines say), -1 the last
// strictly before it, +1 the next strictly after it, onOrAfter the next on
// or after it (a clause about the future).
func (r ref) month(m, dir int) val {
	if !r.hasMonth() {
		return val{m: m}
	}
	y := r.y
	switch {
	case dir == onOrAfter:
		if m < r.m {
			y++
		}
	case dir > 0 && m <= r.m:
		y++
	case dir < 0 && m >= r.m, dir == 0 && m > r.m:
		y--
	}
	return val{y: y, m: m}
}

// onOrAfter is the direction of an undated day, weekday or month in a clause
// about the future: the next such one on or after publication.
const onOrAfter = 2

// dayMonth resolves a day and month without a year. With a weekday the
// year whose calendar puts that day on that weekday wins (the nearest one
// to publication); otherwise it is the last such day on or before
// publication, the same rule as for months, or with a direction word
// (dir -1, +1) the last strictly before or the next strictly after, or in a
// clause about the future (onOrAfter) the next on or after.
func (r ref) dayMonth(m, d, wd, dir int) val {
	if !r.hasMonth() {
		return val{m: m, d: d}
	}
	if wd >= 0 {
		for _, y := range []int{r.y, r.y - 1, r.y + 1} {
			if validDay(y, m, d) && int(date(y, m, d).Weekday()) == wd {
				return val{y, m, d}
			}
		}
	}
	after := m > r.m || (m == r.m && r.hasDay() && d > r.d)
	same := m == r.m && (!r.hasDay() || d == r.d)
	y := r.y
	switch {
	case dir == onOrAfter:
		if !after && !same {
			y++
		}
	case dir > 0 && !after:
		y++
	case dir < 0 && (after || same), dir == 0 && after:
		y--
	}
	return val{y, m, d}
}

// The tabular (arithmetic) Islamic calendar, civil epoch. Real Hijri months
// begin on a sighted moon, so a converted date can be a day off (rarely
// two); month and year values, being coarser, are not affected in practice.
const (
	hijriEpoch = 1948439.5 // Julian day of 1 Muharram 1 AH
	unixEpoch  = 2440587.5 // Julian day of 1970-01-01
)

func hijriToJD(y, m, d int) float64 {
	return float64(d) + math.Ceil(29.5*float64(m-1)) + float64((y-1)*354) +
		math.Floor(float64(3+11*y)/30) + hijriEpoch - 1
}

func jdTime(jd float64) time.Time {
	days := int(math.Floor(jd - unixEpoch + 0.5))
	return date(1970, 1, 1).AddDate(0, 0, days)
}

func timeJD(t time.Time) float64 {
	return float64(date(t.Year(), int(t.Month()), t.Day()).Unix()/86400) + unixEpoch
}

// hijriOf returns the tabular Hijri date of a Gregorian day.
func hijriOf(t time.Time) (y, m, d int) {
	jd := timeJD(t)
	y = int(math.Floor((30*(jd-hijriEpoch) + 10646) / 10631))
	m = min(12, int(math.Ceil((jd-(29+hijriToJD(y, 1, 1)))/29.5))+1)
	d = int(jd-hijriToJD(y, m, 1)) + 1
	return y, m, d
}

// lies reports whether day value v lies in direction dir of publication
// (before it for dir < 0, after for dir > 0, either way when the
// publication day is unknown or dir is 0).
func (r ref) lies(v val, dir int) bool {
	if !r.hasDay() || v.y == 0 || v.m == 0 || v.d == 0 {
		return true
	}
	t := date(v.y, v.m, v.d)
	switch {
	case dir < 0:
		return !t.After(r.time())
	case dir > 0:
		return !t.Before(r.time())
	}
	return true
}

// hijriYear is the Gregorian year holding most of Hijri year y (the year
// of its middle, the first of Rajab): 1436 AH runs from October 2014 to
// October 2015 and is reported as 2015.
func hijriYear(y int) val {
	return val{y: jdTime(hijriToJD(y, 7, 1)).Year()}
}

// hijri converts a Hijri date (d 0 = the whole month) to the Gregorian
// value at the precision the conversion supports. Without a year it takes
// the last such month on or before publication.
func (r ref) hijri(y, m, d int) (val, bool) {
	if y == 0 {
		if !r.hasDay() {
			return val{}, false
		}
		hy, hm, hd := hijriOf(r.time())
		y = hy
		if m > hm || (m == hm && d > hd) {
			y--
		}
	}
	if d > 0 {
		if d > 30 {
			return val{}, false
		}
		return dayVal(jdTime(hijriToJD(y, m, d))), true
	}
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	return spanVal(jdTime(hijriToJD(y, m, 1)), jdTime(hijriToJD(ny, nm, 1)-1))
}
