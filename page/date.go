package page

import (
	"regexp"
	"slices"
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
	if err == nil && !res.IsZero() && !inLinkText(doc, res.SrcString) && !modifiedOnly(doc, res.SrcString) {
		from := isnad.FromHTML
		if pageURL != "" && res.SrcString == strings.TrimSpace(pageURL) {
			from = isnad.FromURL
		}
		return precise(res.DateTime, res.SrcString), from
	}
	if d := urlDate(pageURL); d != "" {
		return d, isnad.FromURL
	}
	return "", isnad.FromNone
}

// precise formats t at the precision its source string supports.
// go-htmldate completes a partial date with today's day ("2023-11" gives
// 2023-11-22 on the 22nd), so the day is kept only when the source shows
// it: a number other than the year and the month, or the compact
// YYYYMMDD form.
func precise(t time.Time, src string) string {
	nums := rxDigits.FindAllString(src, -1)
	if src == "" || slices.Contains(nums, t.Format("20060102")) {
		return t.Format(time.DateOnly)
	}
	var rest []int
	year, month := false, false
	for _, s := range nums {
		n, _ := strconv.Atoi(s)
		switch {
		case !year && n == t.Year():
			year = true
		case !month && n == int(t.Month()):
			month = true
		default:
			rest = append(rest, n)
		}
	}
	if slices.Contains(rest, t.Day()) {
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01")
}

var rxDigits = regexp.MustCompile(`\d+`)

// modifiedOnly reports a date string that the page gives only as its
// modification date (article:modified_time, dateModified): go-htmldate
// falls back to it when it finds no publication date, but the day a page
// was last edited is not the day it was published.
func modifiedOnly(doc *html.Node, src string) bool {
	modified, original := dateFields(doc)
	return slices.Contains(modified, src) && !slices.Contains(original, src)
}

// dateFields collects the values of the page's date meta tags and JSON-LD
// date fields, split into modification dates and the others.
func dateFields(doc *html.Node) (modified, original []string) {
	for _, m := range dom.GetElementsByTagName(doc, "meta") {
		name := strings.ToLower(dom.GetAttribute(m, "property") + dom.GetAttribute(m, "name") + dom.GetAttribute(m, "itemprop"))
		v := strings.TrimSpace(dom.GetAttribute(m, "content"))
		switch {
		case v == "":
		case strings.Contains(name, "modif") || strings.Contains(name, "updated"):
			modified = append(modified, v)
		default:
			original = append(original, v)
		}
	}
	for _, sc := range dom.QuerySelectorAll(doc, `script[type="application/ld+json"]`) {
		for _, m := range rxJSONDate.FindAllStringSubmatch(dom.TextContent(sc), -1) {
			if m[1] == "Modified" || m[1] == "Updated" {
				modified = append(modified, m[2])
			} else {
				original = append(original, m[2])
			}
		}
	}
	return modified, original
}

var rxJSONDate = regexp.MustCompile(`"date(Modified|Updated|Published|Created)"\s*:\s*"([^"]+)"`)

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
