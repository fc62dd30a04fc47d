package furniture

import (
	"strings"

	"github.com/isnad/isnad"
)

const (
	outletWords    = 3  // most words of a site-name line
	titleMaxWords  = 30 // most words of a headline
	titleMinWords  = 4  // fewest words of a headline that follows a site name
	knownTitleScan = 8  // lines searched for a headline the record gave
)

// head finds the headline and, before it, the outlet. Leading furniture
// and date lines are cut first. Without a known title, a short line
// followed by a headline-shaped one is the site name; a first line that
// reads as a paragraph means the text has no headline.
func (c *cutter) head(lines []string, known bool) []string {
	if known {
		return c.knownTitle(lines)
	}
	for len(lines) > 0 && c.leading(lines[0]) {
		lines = lines[1:]
	}
	if len(lines) == 0 {
		return nil
	}
	if len(lines) > 1 && isOutletLine(lines[0]) && isHeadline(lines[1]) &&
		wordCount(lines[1]) >= titleMinWords {
		c.outlet(lines[0])
		lines = lines[1:]
	}
	if !isHeadline(lines[0]) {
		return lines
	}
	c.page.Title = lines[0]
	return lines[1:]
}

// knownTitle drops the line repeating the title a record gave; short lines
// before it are the site name or furniture.
func (c *cutter) knownTitle(lines []string) []string {
	want := fold(c.page.Title)
	for i := 0; i < len(lines) && i < knownTitleScan; i++ {
		if wordCount(lines[i]) > titleMaxWords || fold(lines[i]) != want {
			continue
		}
		var rest []string
		for _, l := range lines[:i] {
			switch {
			case c.leading(l):
			case isOutletLine(l):
				c.outlet(l)
			default:
				rest = append(rest, l)
			}
		}
		return append(rest, lines[i+1:]...)
	}
	return lines
}

// leading cuts a line before the headline that is furniture, a date, a
// byline or a source or agency line.
func (c *cutter) leading(line string) bool {
	if !hasLetterOrDigit(line) {
		c.cut(line, isnad.RemovedOther)
		return true
	}
	f := fold(line)
	if c.dateLine(line) || c.bylineLine(line) || c.agencyPair(line) || c.sourceLine(line, f) {
		return true
	}
	if k := family(f, wordCount(line)); k != "" {
		c.cut(line, k)
		return true
	}
	return false
}

// outlet cuts a site-name line, taking it as the outlet when none is set.
func (c *cutter) outlet(line string) {
	if c.page.Outlet == "" {
		c.page.Outlet = line
	}
	c.cut(line, isnad.RemovedOther)
}

func isOutletLine(line string) bool {
	return wordCount(line) <= outletWords && !endsSentence(line)
}

// isHeadline reports whether a line can be a headline: not too long, not a
// sentence closed by a full stop (a headline may end in "?", "!" or "…"),
// and no furniture.
func isHeadline(line string) bool {
	w := wordCount(line)
	if w > titleMaxWords {
		return false
	}
	t := strings.TrimRight(line, `"'”»`)
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return false
	}
	f := fold(line)
	return family(f, w) == "" && bylineName(line) == "" && !isSourcePrefix(f)
}

// header runs the rules of the zone between the headline and the first
// real paragraph: date lines, bylines, agency-outlet lines and furniture
// are cut. A short line the byline repeats ("فريق التحرير" above "كتب
// فريق التحرير") or a "name – site" pair is a byline. Any other short line
// that does not end like a sentence is a photo caption, as long as there
// are at most maxCaptions of them: a longer run of short lines before the
// prose is verse or a list, and stays. Lines ending like a sentence (a
// standfirst) stay too.
func (c *cutter) header(lines []string) {
	for _, line := range lines {
		if name := bylineName(line); name != "" && c.page.Byline == "" {
			c.page.Byline = name
		}
	}
	by := fold(c.page.Byline)
	captions := 0
	kinds := make([]string, len(lines))
	for i, line := range lines {
		if kinds[i] = headerKind(line, by); kinds[i] == isnad.RemovedCaption {
			captions++
		}
	}
	for i, line := range lines {
		switch {
		case kinds[i] == "" || (kinds[i] == isnad.RemovedCaption && captions > maxCaptions):
			c.keep(c.splitCaption(line))
		case kinds[i] == headerMeta:
			c.published(dateInSegments(line), isnad.FromText)
			c.cut(line, isnad.RemovedOther)
		case kinds[i] != "rules":
			c.cut(line, kinds[i])
		case c.dateLine(line), c.bylineLine(line), c.sourceLine(line, fold(line)), c.agencyPair(line):
		default:
			c.cut(line, family(fold(line), wordCount(line)))
		}
	}
}

// headerMeta is the header kind of a line stringing a date together with
// other metadata.
const headerMeta = "meta"

// maxCaptions is the most caption lines a header zone holds.
const maxCaptions = 2

// headerKind classifies a header line: "rules" for a line one of the
// cutting rules takes (they record what they find, so they run once, in
// order), a removed kind for the short lines, "" to keep.
func headerKind(line, byline string) string {
	f := fold(line)
	w := wordCount(line)
	switch {
	case !hasLetterOrDigit(line):
		return isnad.RemovedOther
	case parseDateLine(line) != "", bylineName(line) != "", isSourceLine(line, f), isAgencyPair(line),
		family(f, w) != "":
		return "rules"
	case endsSentence(line):
		return ""
	case dateInSegments(line) != "":
		return headerMeta
	case byline != "" && strings.Contains(byline, f), isNamePair(line):
		return isnad.RemovedByline
	}
	return isnad.RemovedCaption
}

// isNamePair reports a short "name – site" or "site – place" line.
func isNamePair(line string) bool {
	l, r, ok := splitPair(line)
	return ok && wordCount(l) <= outletWords && wordCount(r) <= outletWords
}

// bylinePrefixes open a byline ("كتبه الديسك المركزي", "بقلم: ...").
var bylinePrefixes = wordSet("كتب كتبه كتبت بقلم بواسطه اعداد by written")

// bylineStops end the name in a byline line that runs on into a comment
// count, a reading time or a date ("كتبه الديسك المركزي تعليق 4 دقيقة
// قراءة").
var bylineStops = wordSet("تعليق تعليقات التعليقات دقيقه دقائق قراءه للقراءه منذ نشر في بتاريخ |")

const bylineMaxWords = 14 // most words of a byline line

// bylineName returns the name of a byline line as printed, "" when the
// line is no byline.
func bylineName(line string) string {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > bylineMaxWords || endsSentence(line) ||
		!bylinePrefixes[fold(words[0])] {
		return ""
	}
	var name []string
	for _, w := range words[1:] {
		f := fold(w)
		if bylineStops[f] || strings.ContainsAny(f, "0123456789") {
			break
		}
		if f != "" {
			name = append(name, w)
		}
	}
	if len(name) == 0 || len(name) > 6 {
		return ""
	}
	return strings.Trim(strings.Join(name, " "), ":،,-–")
}

// bylineLine cuts a byline line, taking its name as the byline when none
// is set.
func (c *cutter) bylineLine(line string) bool {
	name := bylineName(line)
	if name == "" {
		return false
	}
	if c.page.Byline == "" {
		c.page.Byline = name
	}
	c.published(dateInSegments(line), isnad.FromText)
	c.cut(line, isnad.RemovedByline)
	return true
}

// pairWords is the most words of an "agency-outlet" line.
const pairMaxWords = 8

// splitPair splits "أ ف ب-الامة برس" or "الرياض – واس" at its first dash
// or bar.
func splitPair(line string) (left, right string, ok bool) {
	i := strings.IndexAny(line, "-–—|")
	if i < 0 {
		return "", "", false
	}
	left = trim(line[:i])
	_, size := firstRune(line[i:])
	right = trim(line[i+size:])
	return left, right, left != "" && right != "" && hasLetterOrDigit(left) && hasLetterOrDigit(right)
}

// agencyPair cuts a short line pairing an agency with another name: the
// agency first and the site after ("أ ف ب-الامة برس") names the outlet
// that ran the agency's copy; the agency last ("الرياض - واس") is the
// classic dateline, place first.
func (c *cutter) agencyPair(line string) bool {
	if !isAgencyPair(line) {
		return false
	}
	l, r, _ := splitPair(line)
	if cr, found := LookupAgency(l); found {
		c.credit(cr)
		if c.page.Outlet == "" {
			c.page.Outlet = r
		}
	} else if cr, found := LookupAgency(r); found {
		c.credit(cr)
		if c.page.Dateline == "" && wordCount(l) <= outletWords {
			c.page.Dateline = l
		}
	}
	c.cut(line, isnad.RemovedSourceLine)
	return true
}

// isAgencyPair reports a short line pairing an agency with another name.
func isAgencyPair(line string) bool {
	l, r, ok := splitPair(line)
	if !ok || wordCount(line) > pairMaxWords {
		return false
	}
	_, left := LookupAgency(l)
	_, right := LookupAgency(r)
	return left || right
}
