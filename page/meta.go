package page

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/isnad/isnad"
)

// titleSeparators split a <title> into the headline and the site name
// ("headline | site", "site - headline"). They need spaces around them:
// a bare hyphen inside a headline is not a separator.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " || "}

// title picks the headline. trafilatura's title (og:title, JSON-LD, then
// the single h1, then <title>) is first choice; a title that is only the
// site name, or that still carries the site name, is cleaned or replaced by
// readability's (which strips such suffixes its own way), then by the
// <title> and the first h1. more is called only when needed: it may run
// readability.
func title(doc *html.Node, first, site string, more func() string) string {
	if t := stripSite(first, site); t != "" {
		return t
	}
	if t := stripSite(more(), site); t != "" {
		return t
	}
	if t := stripSite(elementText(doc, "title"), site); t != "" {
		return t
	}
	return elementText(doc, "h1")
}

// stripSite removes the site-name part of a title and returns "" when
// nothing else is left. Without a known site name it also drops a short
// last part after " | ", the usual "headline | site" layout.
func stripSite(t, site string) string {
	t = normalize(t)
	if t == "" || sameName(t, site) {
		return ""
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		kept := parts[:0]
		for _, p := range parts {
			if !sameName(p, site) {
				kept = append(kept, p)
			}
		}
		if len(kept) < len(parts) && len(kept) > 0 {
			return strings.Join(kept, sep)
		}
		if site == "" && sep == " | " && len(parts) == 2 && words(parts[1]) <= 3 && words(parts[0]) > words(parts[1]) {
			return parts[0]
		}
	}
	return t
}

// sameName compares names ignoring case, spaces and a leading "www.".
func sameName(a, b string) bool {
	fold := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), ""))
		return strings.TrimPrefix(s, "www.")
	}
	return b != "" && fold(a) == fold(b)
}

// words counts the space-separated words of s without allocating.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

// outlet is the site name the page declares (og:site_name, JSON-LD
// publisher, application-name). trafilatura falls back to the URL's host
// name, which the page does not show, so that fallback is dropped.
func outlet(m trafilatura.Metadata) string {
	s := normalize(m.Sitename)
	if s == "" || (m.Hostname != "" && sameName(s, m.Hostname)) || sameName(s, hostOf(m.URL)) {
		return ""
	}
	return s
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// bylinePrefixes are the words that introduce an Arabic byline ("by",
// "written by", "interview by", "prepared by"); the byline is the name
// after them.
var bylinePrefixes = []string{"بقلم", "كتبه", "كتبت", "كتب", "حوار", "إعداد", "اعداد", "تقرير"}

// cleanByline strips a byline prefix and the punctuation after it. The
// prefix must be a whole word: "كتبي" is a name, not "كتب" + "ي".
func cleanByline(s string) string {
	s = normalize(s)
	for _, p := range bylinePrefixes {
		rest, ok := strings.CutPrefix(s, p)
		if !ok || rest == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune(bylineGlue, r) {
			continue
		}
		if rest = strings.TrimLeft(rest, bylineGlue); rest != "" {
			return rest
		}
	}
	return s
}

// bylineGlue is what may stand between a byline prefix and the name.
const bylineGlue = " :-–—"

// canonical is the page's declared URL: <link rel=canonical> or og:url.
func canonical(doc *html.Node) string {
	if n := dom.QuerySelector(doc, `link[rel="canonical"]`); n != nil {
		return strings.TrimSpace(dom.GetAttribute(n, "href"))
	}
	if n := dom.QuerySelector(doc, `meta[property="og:url"]`); n != nil {
		return strings.TrimSpace(dom.GetAttribute(n, "content"))
	}
	return ""
}

func elementText(doc *html.Node, tag string) string {
	if n := dom.QuerySelector(doc, tag); n != nil {
		return normalize(dom.TextContent(n))
	}
	return ""
}

// maxBylineWords bounds a byline line: prefix, name and a title at most.
const maxBylineWords = 7

// isBylineLine reports a short line that starts with a byline prefix.
func isBylineLine(s string) bool {
	return words(s) <= maxBylineWords && cleanByline(s) != normalize(s)
}

// leadByline takes a byline line ("حوار: فلان") off the start of the main
// text, where trafilatura keeps it, and returns it.
func leadByline(paras []string) ([]string, string) {
	if len(paras) > 1 && isBylineLine(paras[0]) {
		return paras[1:], paras[0]
	}
	return paras, ""
}

// bylineOf finds the byline among the removed blocks: a "كتب: فلان" line
// in the article's header, which trafilatura leaves out of the text.
func bylineOf(rs []isnad.Removed) string {
	for _, r := range rs {
		if r.Kind == isnad.RemovedByline {
			return cleanByline(r.Text)
		}
	}
	return ""
}
