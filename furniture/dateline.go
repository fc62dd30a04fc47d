package furniture

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

const (
	datelineScan     = 160 // bytes of a paragraph searched for the dateline separator
	datelineMaxWords = 3   // most words of a dateline place
	datelineMinAfter = 3   // fewest words the sentence after a dateline has
)

// notPlaces are first words that make "X: ..." or "X - ..." a quotation
// or a parenthesis rather than a dateline ("وأضاف: ...", "المسؤول - الذي
// ..."). Folded.
var notPlaces = wordSet("قال قالت وقال وقالت اضاف واضاف اضافت واضافت اكد واكد اكدت واكدت تابع وتابع " +
	"اوضح واوضح ذكر وذكر ذكرت وذكرت كتب وكتب اعلن واعلن شدد وشدد المصدر عاجل تحديث")

// notAfter are first words after a dash that make it a parenthesis
// ("المسؤول - الذي تم تحديده ... -"). Folded.
var notAfter = wordSet("الذي التي الذين اللذان اللتان اللذين اللتين وهو وهي")

// dateline reads the dateline of the first paragraph, crediting the agency
// printed with it.
func (c *cutter) dateline(p string) {
	place, crs, byline := readDateline(p)
	if place == "" {
		return
	}
	if c.page.Dateline == "" {
		c.page.Dateline = place
	}
	if c.page.Byline == "" && byline != "" {
		c.page.Byline = byline
	}
	for _, cr := range crs {
		c.credit(cr)
	}
}

func hasDateline(p string) bool {
	place, _, _ := readDateline(p)
	return place != ""
}

// readDateline is parseDateline for a paragraph that may open on its
// reporters and outlet around the place, as Saudi papers print them:
// "حسن العيسي- سبق- القنفذة: ...", "زيد الخمشي- الرياض- سبق: ...". It
// returns the reporters as the byline; an agency among the segments is
// credited.
func readDateline(p string) (place string, crs []isnad.Credit, byline string) {
	if segs, ok := headSegments(p); ok {
		var names []string
		for i, seg := range segs {
			if cr, found := LookupAgency(seg); found {
				crs = append(crs, cr)
				continue
			}
			f := fold(seg)
			switch {
			case headOutlets[f] || deskWords[f]:
			case i == len(segs)-1 || i == len(segs)-2 && headOutlets[fold(segs[i+1])]:
				if !notPlaces[firstWord(f)] && wordCount(seg) <= datelineMaxWords {
					place = seg
				}
			default:
				names = append(names, seg)
			}
		}
		if len(names) > 0 && len(names) <= maxReporters {
			return place, crs, strings.Join(names, "، ")
		}
		crs = nil
	}
	place, crs = parseDateline(p)
	return place, crs, ""
}

// headSegments splits the head of p up to its first colon at the dashes
// between its segments: three or more, each of one to three words.
func headSegments(p string) ([]string, bool) {
	head, _, ok := strings.Cut(p[:min(len(p), datelineScan)], ":")
	if !ok {
		return nil, false
	}
	var segs []string
	for head != "" {
		i, size := datelineSep(head)
		seg := head
		if i >= 0 {
			seg, head = head[:i], head[i+size:]
		} else {
			head = ""
		}
		seg = trim(seg)
		if n := wordCount(seg); n < 1 || n > reporterWords {
			return nil, false
		}
		segs = append(segs, seg)
	}
	return segs, len(segs) >= 3
}

// headOutlets are the folded names of outlets printed in a dateline head
// that are no agency (the reporter's paper); deskWords the desk labels
// printed in place of a place ("متابعة": a follow-up).
var (
	headOutlets = wordSet("سبق الوئام")
	deskWords   = wordSet("متابعه متابعات خاص وكالات الوكالات")
)

// maxReporters is the most reporters a dateline head credits.
const maxReporters = 2

// reporterWords is the longest segment of a dateline head.
const reporterWords = 3

// parseDateline reads "بيونج يانج - قالت ...", "سيول: حذر ...", "واشنطن
// (رويترز) - ...", "القاهرة - (د ب أ) - ..." and "واس - جدة: ...": a
// place of one to three words, an agency before it or an optional
// bracketed one after it, then a colon or a dash that has a
// space on at least one side (so "كوفيد-19" is no separator), then the
// sentence. It returns the place as printed and the agencies bracketed.
func parseDateline(p string) (string, []isnad.Credit) {
	i, size := datelineSep(p[:min(len(p), datelineScan)])
	if i < 0 {
		return "", nil
	}
	prefix, after := p[:i], trim(p[i+size:])
	var crs []isnad.Credit
	cr, agency := LookupAgency(trim(prefix))
	if agency || headOutlets[fold(trim(prefix))] {
		// the agency first: "واس - جدة: ...", "قنا- الدوحة: ...", or
		// the paper itself: "سبق- الرياض: ..."
		j, size := datelineSep(after[:min(len(after), datelineScan)])
		if j < 0 {
			return "", nil
		}
		if agency {
			crs = append(crs, cr)
		}
		prefix, after = after[:j], trim(after[j+size:])
	}
	if before, inside, ok := trailingBracket(trim(prefix)); ok {
		cr, found := LookupAgency(inside)
		if !found {
			return "", nil
		}
		crs, prefix = append(crs, cr), before
	}
	if cr, rest, found := agencyAfterDateline(after); found {
		crs, after = append(crs, cr), rest
	}
	place := trim(prefix)
	words := strings.Fields(fold(place))
	if deskWords[fold(place)] {
		return "", crs // "سبق- وكالات:": a desk, no place
	}
	if len(words) == 0 || len(words) > datelineMaxWords || notPlaces[words[0]] ||
		strings.ContainsAny(place, "0123456789()«»\"“”") || wordCount(after) < datelineMinAfter {
		return "", nil
	}
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(`"'«“‘`, r) {
		return "", nil
	}
	if notAfter[firstWord(fold(after))] {
		return "", nil
	}
	return place, crs
}

// agencyAfterDateline reads the agency a dateline may print after its
// separator, bracketed or bare: "القاهرة - (د ب أ) - ...", "الرياض - واس -
// ...". It returns the sentence after it.
func agencyAfterDateline(after string) (isnad.Credit, string, bool) {
	name, rest := "", ""
	if strings.HasPrefix(after, "(") {
		j := strings.IndexByte(after, ')')
		if j < 0 {
			return isnad.Credit{}, after, false
		}
		name, rest = after[1:j], after[j+1:]
	} else {
		j, size := datelineSep(after[:min(len(after), agencyScan)])
		if j < 0 {
			return isnad.Credit{}, after, false
		}
		name, rest = after[:j], after[j+size:]
	}
	cr, found := LookupAgency(name)
	if !found {
		return isnad.Credit{}, after, false
	}
	return cr, strings.TrimLeft(trim(rest), "-–—: "), true
}

// agencyScan bounds the search for a bare agency name after a dateline.
const agencyScan = 40

// datelineSep finds the first colon, or dash with a space beside it, in s,
// and its size; -1 when a comma or full stop comes first (the opening
// words are then a clause, not a place).
func datelineSep(s string) (int, int) {
	for i, r := range s {
		size := utf8.RuneLen(r)
		switch r {
		case ':':
			return i, size
		case '-', '–', '—':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if isSpace(prev) || isSpace(next) {
				return i, size
			}
		case arabic.ArabicComma, ',', '.', '"', '«', '“':
			return -1, 0
		}
	}
	return -1, 0
}

func firstWord(f string) string {
	w, _, _ := strings.Cut(f, " ")
	return w
}
