// Package furniture owns the page layer for scraped plain text: it cuts the
// page furniture a scraper leaves around a news article (ad slots, share
// and comment prompts, reading times, bylines, captions, source lines,
// "read more" blocks, trailing navigation) and reads the metadata the
// furniture carries (headline, outlet, byline, publication date, the wire
// agencies credited, the dateline). Everything cut is kept in
// Page.Removed with its kind, so a reader can audit the cut.
//
// The rules are general families stated in words of the page, never
// strings of one site; when a line fits no rule it stays in the text.
package furniture

import (
	"strings"

	"github.com/isnad/isnad"
)

// Options tunes Text. The zero value reads everything from the text.
type Options struct {
	// Title is the headline when a structured record (a JSON Lines line)
	// already gave it; the text is then searched for that line instead of
	// guessing which line is the headline.
	Title string
	// Outlet is the publishing site when the record gave it.
	Outlet string
}

// Text cuts a scraped plain-text article into a Page: the headline (the
// first substantial line; a short site-name line before it is the
// outlet), byline, publication date when a standalone date line or a
// dated source URL gives one, the main text as paragraphs in order, every
// piece cut with its kind, the agencies credited and the dateline place.
func Text(body string, opts Options) isnad.Page {
	c := &cutter{page: isnad.Page{Title: trim(opts.Title), Outlet: trim(opts.Outlet)}}
	lines := c.head(splitLines(body), opts.Title != "")
	c.body(lines)
	return c.finish()
}

// Clean applies the paragraph rules of Text to a Page the HTML layer made:
// it cuts furniture paragraphs and inline captions, appends them to
// Removed, fills Credits and Dateline, and Byline, Outlet and Published
// only where they are empty. A first paragraph repeating the title goes.
func Clean(p isnad.Page) isnad.Page {
	c := &cutter{page: p}
	c.page.Removed = append([]isnad.Removed(nil), p.Removed...)
	c.page.Credits = append([]isnad.Credit(nil), p.Credits...)
	lines := make([]string, 0, len(p.Paragraphs))
	for _, para := range p.Paragraphs {
		if t := trim(para); t != "" {
			lines = append(lines, t)
		}
	}
	if len(lines) > 0 && p.Title != "" && fold(lines[0]) == fold(p.Title) {
		lines = lines[1:]
	}
	c.body(lines)
	return c.finish()
}

// cutter carries one article through the rules.
type cutter struct {
	page isnad.Page
	kept []string
}

// splitLines splits text into trimmed, non-empty lines. Scraped text puts
// one paragraph on a line, with or without blank lines between.
func splitLines(body string) []string {
	var out []string
	for line := range strings.SplitSeq(body, "\n") {
		if t := trim(line); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// cut records a removed piece.
func (c *cutter) cut(text, kind string) {
	c.page.Removed = append(c.page.Removed, isnad.Removed{Text: text, Kind: kind})
}

// credit records an agency once, by its canonical name.
func (c *cutter) credit(cr isnad.Credit) {
	for _, have := range c.page.Credits {
		if have.Name == cr.Name {
			return
		}
	}
	c.page.Credits = append(c.page.Credits, cr)
}

// published records the first publication date found.
func (c *cutter) published(iso, from string) {
	if c.page.Published == "" && iso != "" {
		c.page.Published, c.page.PublishedFrom = iso, from
	}
}

// finish fills what is still unset.
func (c *cutter) finish() isnad.Page {
	c.page.Paragraphs = c.kept
	if c.page.Published == "" {
		c.page.PublishedFrom = isnad.FromNone
	}
	return c.page
}

// body runs the rules over the lines after the headline: the header zone
// before the first real paragraph, the paragraphs, the trailing
// navigation, then the dateline and in-text credits of what is kept.
func (c *cutter) body(lines []string) {
	first := firstReal(lines)
	if first < 0 {
		first = 0 // no real paragraph: no header zone, nothing is a caption
	}
	c.header(lines[:first])
	related := 0
	for _, line := range lines[first:] {
		related = c.line(line, related)
	}
	c.trailingNav()
	c.trailingTags()
	c.trailingCredit()
	c.trailingLink()
	if len(c.kept) > 0 {
		c.dateline(c.kept[0])
	}
	for _, p := range c.kept {
		c.textCredits(p)
	}
}

// line classifies one paragraph and keeps or cuts it. related counts the
// linked headlines still expected after a "read more" marker: up to
// maxRelated lines that do not end like a sentence are navigation. It
// returns the count for the next line.
func (c *cutter) line(line string, related int) int {
	words := wordCount(line)
	if !hasLetterOrDigit(line) {
		c.cut(line, isnad.RemovedOther)
		return related
	}
	f := ""
	if words <= promptWords {
		f = fold(line)
	}
	switch {
	case c.sourceLine(line, f):
		return 0
	case f != "" && c.dateLine(line):
		return related
	case f != "" && family(f, words) != "":
		c.cut(line, family(f, words))
		if isRelatedMarker(f) {
			return maxRelated
		}
		return 0
	case related > 0 && words <= promptWords && !endsSentence(line):
		c.cut(line, isnad.RemovedNav)
		return related - 1
	case c.caption(line, words):
		return 0
	}
	c.keep(c.splitCaption(line))
	return 0
}

// maxRelated is the most linked headlines a "read more" block lists.
const maxRelated = 5

// keep adds a paragraph to the main text.
func (c *cutter) keep(p string) {
	if p != "" {
		c.kept = append(c.kept, p)
	}
}

// dateLine cuts a line that is nothing but a date, taking it as the
// publication date.
func (c *cutter) dateLine(line string) bool {
	iso := parseDateLine(line)
	if iso == "" {
		return false
	}
	c.published(iso, isnad.FromText)
	c.cut(line, isnad.RemovedOther)
	return true
}

// firstReal finds the first line that reads as a paragraph of running
// text (see isReal), -1 when there is none.
func firstReal(lines []string) int {
	for i, l := range lines {
		if isReal(l) {
			return i
		}
	}
	return -1
}

// realWords is how many words make a line a paragraph whatever its end;
// a line that ends like a sentence needs sentenceWords.
const (
	realWords     = 9
	sentenceWords = 5
)

// isReal reports whether a line reads as a paragraph of the article rather
// than a headline-zone fragment: long enough, or a whole sentence, and not
// a furniture prompt or a byline.
func isReal(line string) bool {
	w := wordCount(line)
	if w < sentenceWords || (w < realWords && !endsSentence(line)) {
		return false
	}
	if w > promptWords {
		return true
	}
	f := fold(line)
	return family(f, w) == "" && bylineName(f) == "" && !isSourcePrefix(f)
}

// trailingNav cuts the run of short lines after the last real paragraph:
// section links, poll and cartoon links, "follow us" rows. A line there is
// navigation when it is at most navWords words and does not end like a
// sentence. Nothing is cut when no real paragraph comes before the run.
func (c *cutter) trailingNav() {
	last := len(c.kept)
	for last > 0 && wordCount(c.kept[last-1]) <= navWords && !endsSentence(c.kept[last-1]) {
		last--
	}
	if last == len(c.kept) || firstReal(c.kept[:last]) < 0 {
		return
	}
	for _, l := range c.kept[last:] {
		c.cut(l, isnad.RemovedNav)
	}
	c.kept = c.kept[:last]
}

const navWords = 5

// linkMarkers open the line that sites append to syndicated copy: "رابط
// الخبر بصحيفة X: <headline>". Written at the end of the last paragraph,
// often on the same line as its last sentence.
var linkMarkers = []string{"رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المادة"}

// trailingLink cuts a link line at the end of the last paragraph, and
// the headline it repeats, as a source line; the sentence before it on
// the same line stays.
func (c *cutter) trailingLink() {
	n := len(c.kept)
	if n == 0 {
		return
	}
	p := c.kept[n-1]
	at := -1
	for _, m := range linkMarkers {
		if i := strings.LastIndex(p, m); i > at {
			at = i
		}
	}
	if at < 0 || !strings.Contains(p[at:], ":") {
		return
	}
	c.cut(strings.TrimSpace(p[at:]), isnad.RemovedSourceLine)
	if before := strings.TrimSpace(p[:at]); before != "" {
		c.kept[n-1] = before
	} else {
		c.kept = c.kept[:n-1]
	}
}

// trailingCredit cuts the bracketed agency that wire copy prints after
// its last sentence ("... في المنطقة. (أ ف ب)") and credits it.
func (c *cutter) trailingCredit() {
	n := len(c.kept)
	if n == 0 {
		return
	}
	before, inside, ok := trailingBracket(c.kept[n-1])
	if !ok || before == "" || !endsSentence(before) {
		return
	}
	cr, found := LookupAgency(inside)
	if !found {
		return
	}
	c.credit(cr)
	c.cut(trim(strings.TrimPrefix(c.kept[n-1], before)), isnad.RemovedSourceLine)
	c.kept[n-1] = before
}
