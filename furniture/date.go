package furniture

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// months maps the folded Arabic month names, Egyptian/Gulf (نوفمبر) and
// Levantine/Iraqi (تشرين الثاني), and the English ones to their numbers.
// The two-word Levantine names are joined with "_" by joinMonths.
var months = map[string]int{
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
	"يوليو": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"يونيه": 6, "يوليه": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	"جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
	"كانون_الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
	"تموز": 7, "اب": 8, "ايلول": 9, "تشرين_الاول": 10, "تشرين_الثاني": 11, "كانون_الاول": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// dateFiller are the words a standalone date line may carry besides the
// date itself: weekdays, "نشر في"-style labels, the time-of-day markers.
// Any other word means the line is a sentence, not a date line.
var dateFiller = map[string]bool{
	"السبت": true, "الاحد": true, "الاثنين": true, "الإثنين": true, "الثلاثاء": true,
	"الاربعاء": true, "الخميس": true, "الجمعه": true,
	"saturday": true, "sunday": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true,
	"نشر": true, "في": true, "بتاريخ": true, "تاريخ": true, "النشر": true, "يوم": true,
	"ص": true, "م": true, "صباحا": true, "مساء": true, "am": true, "pm": true,
	"الساعه": true, "published": true, "on": true, "gmt": true, "utc": true,
}

// joinMonths glues the two-word Levantine month names into one token.
func joinMonths(f string) string {
	for _, p := range [...]string{"كانون ", "تشرين "} {
		f = strings.ReplaceAll(f, p, strings.TrimSpace(p)+"_")
	}
	return f
}

// parseDateLine reads a line that is nothing but a date ("2024-11-30",
// "30/11/2024", "الأحد 12 مايو 2024 - 10:45 ص", "30 تشرين الثاني 2024")
// and returns it as ISO 8601, or "" when the line is anything else or the
// date is not a real calendar day.
func parseDateLine(line string) string {
	if len(line) > dateLineMaxBytes || !hasDigit(line) {
		return ""
	}
	var y, m, d int
	for _, tok := range strings.Fields(joinMonths(foldDate(line))) {
		tok = strings.TrimRight(tok, ":")
		switch {
		case tok == "":
		case isTime(tok) || dateFiller[tok]:
		case strings.ContainsAny(tok, "-/.") && y == 0:
			if y, m, d = numericDate(tok); y == 0 {
				return ""
			}
		case months[tok] != 0 && m == 0:
			m = months[tok]
		case isDigits(tok) && len(tok) == 4 && y == 0:
			y, _ = strconv.Atoi(tok)
		case isDigits(tok) && len(tok) <= 2 && d == 0 && y == 0:
			d, _ = strconv.Atoi(tok)
		default:
			return ""
		}
	}
	return isoDate(y, m, d)
}

// dateLineMaxBytes bounds a standalone date line (with weekday, time and
// a "نشر في" label it stays well under).
const dateLineMaxBytes = 120

// hasDigit reports whether s has an ASCII or Arabic-Indic digit: a date
// line must, and most lines are rejected here without folding.
func hasDigit(s string) bool {
	for _, r := range s {
		if (r >= '0' && r <= '9') || (r >= arabicZero && r <= arabicNine) || (r >= persianZero && r <= persianNine) {
			return true
		}
	}
	return false
}

// foldDate folds a date line but keeps the separators of numeric dates
// and times, which fold would turn into spaces.
func foldDate(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("-/.:", r) {
			b.WriteRune(r)
			continue
		}
		b.WriteString(fold(string(r)))
		if foldRune(r) == ' ' {
			b.WriteByte(' ')
		}
	}
	return strings.Trim(b.String(), " -")
}

// isTime matches "10:45", "10:45:00" and a lone dash between date and time.
func isTime(tok string) bool {
	if tok == "-" || tok == "|" {
		return true
	}
	h, rest, ok := strings.Cut(tok, ":")
	return ok && isDigits(h) && isDigits(strings.ReplaceAll(rest, ":", ""))
}

// numericDate reads yyyy-mm-dd, yyyy/mm/dd, d/m/yyyy, d-m-yyyy and d.m.yyyy
// (day first, as Arab sites print them), with an optional "T..." time.
func numericDate(tok string) (y, m, d int) {
	tok, _, _ = strings.Cut(tok, "t")
	parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) != 3 {
		return 0, 0, 0
	}
	n := [3]int{}
	for i, p := range parts {
		if !isDigits(p) {
			return 0, 0, 0
		}
		n[i], _ = strconv.Atoi(p)
	}
	switch {
	case len(parts[0]) == 4:
		return n[0], n[1], n[2]
	case len(parts[2]) == 4:
		return n[2], n[1], n[0]
	}
	return 0, 0, 0
}

// isoDate formats a date at the precision known, "" when the year is
// missing or a part is out of range.
func isoDate(y, m, d int) string {
	switch {
	case y < 1900 || y > 2100 || m < 0 || m > 12 || d < 0 || d > daysIn(y, m):
		return ""
	case m == 0:
		return ""
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DateFromURL finds a publication date in a URL's path: consecutive
// year/month/day segments ("/2022/09/22/slug", giving "2022-09-22"),
// year/month ones ("/2024/05/slug", "2024-05"), or a compact yyyymmdd
// run of exactly eight digits ("/Issues/20150720/", "article_20150720").
// It returns "" when the path has none.
func DateFromURL(u string) string {
	p, err := url.Parse(trim(u))
	if err != nil {
		return ""
	}
	segs := strings.Split(p.Path, "/")
	for i, s := range segs {
		if len(s) != 4 || !isDigits(s) || i+1 >= len(segs) {
			continue
		}
		y, _ := strconv.Atoi(s)
		m := segNumber(segs[i+1])
		d := 0
		if i+2 < len(segs) {
			d = segNumber(segs[i+2])
		}
		if iso := isoDate(y, m, d); iso != "" {
			return iso
		}
	}
	return compactDate(p.Path)
}

// segNumber reads a one- or two-digit path segment, 0 otherwise.
func segNumber(s string) int {
	if len(s) == 0 || len(s) > 2 || !isDigits(s) {
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}

// compactDate finds a run of exactly eight digits that reads as yyyymmdd.
func compactDate(path string) string {
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] >= '0' && path[j] <= '9' {
			j++
		}
		if j-i == 8 {
			y, _ := strconv.Atoi(path[i : i+4])
			m, _ := strconv.Atoi(path[i+4 : i+6])
			d, _ := strconv.Atoi(path[i+6 : i+8])
			if m > 0 && d > 0 {
				if iso := isoDate(y, m, d); iso != "" {
					return iso
				}
			}
		}
		i = j + 1
	}
	return ""
}

// dateInSegments reads the date of a header line that strings a date
// together with other metadata ("فريق التحرير - 12 مايو 2024", "الأحد
// 12 مايو 2024 | 4 دقائق للقراءة"): the first segment between dashes,
// bars or bullets that is a date line on its own.
func dateInSegments(line string) string {
	if len(line) > 2*dateLineMaxBytes || !hasDigit(line) {
		return ""
	}
	for _, seg := range strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("|•·–—", r) }) {
		if iso := parseDateLine(seg); iso != "" {
			return iso
		}
		for _, part := range strings.Split(seg, " - ") {
			if iso := parseDateLine(part); iso != "" {
				return iso
			}
		}
	}
	return ""
}
