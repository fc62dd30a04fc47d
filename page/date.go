package page

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/isnad/isnad"
)

// dateOptions are go-htmldate's settings. UseOriginalDate asks for the
// publication date, not the last modification. SkipExtensiveSearch (fast
// mode) keeps the search to the page's markup (meta tags, JSON-LD, <time>,
// <abbr>, date-classed elements, the URL) and a few precise patterns; the
// extensive mode also guesses from free text and the whole HTML source,
// and on real Arabic pages that invents dates: the copyright line's year
// ("© 2013" became 2013-01-01) or a date in a sidebar. The article's own
// text dates are the text layer's business, not this one's.
// DeferUrlExtractor lets the page's own date markup win over a dated URL.
var dateOptions = htmldate.Options{
	UseOriginalDate:     true,
	SkipExtensiveSearch: true,
	DeferUrlExtractor:   true,
}

// published returns the page's publication date as YYYY-MM-DD and where it
// came from: isnad.FromHTML, isnad.FromURL, or isnad.FromNone with "".
func published(doc *html.Node, pageURL string) (string, string) {
	opts := dateOptions
	opts.URL = pageURL
	res, err := htmldate.FromDocument(doc, opts)
	if err == nil && !res.IsZero() && !inLinkText(doc, res.SrcString) {
		from := isnad.FromHTML
		if pageURL != "" && res.SrcString == strings.TrimSpace(pageURL) {
			from = isnad.FromURL
		}
		return res.DateTime.Format(time.DateOnly), from
	}
	if d := urlDate(pageURL); d != "" {
		return d, isnad.FromURL
	}
	return "", isnad.FromNone
}

// inLinkText reports a date string found in the text of a link: it dates
// the page linked to (an archive of past issues, a related story), not this
// one, so published rejects it rather than pass it off as this page's.
func inLinkText(doc *html.Node, s string) bool {
	if s == "" {
		return false
	}
	for _, a := range dom.GetElementsByTagName(doc, "a") {
		if strings.Contains(normalize(dom.TextContent(a)), s) {
			return true
		}
	}
	return false
}

// rxSectionDate matches dated URLs with a section between the year and
// the month, /2013/middle_east/8/3/, which go-htmldate does not read.
var rxSectionDate = regexp.MustCompile(`/((?:19|20)\d\d)/[A-Za-z_-]+/(\d{1,2})/(\d{1,2})(?:/|$)`)

// urlDate reads a date from a URL that go-htmldate could not, checking
// that it is a real calendar day not in the future.
func urlDate(u string) string {
	m := rxSectionDate.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d || t.After(time.Now()) {
		return ""
	}
	return t.Format(time.DateOnly)
}
