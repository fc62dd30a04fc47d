package input

import (
	"html"
	"strconv"
	"strings"

	"github.com/isnad/isnad"
)

// record holds the fields of a JSON article record under the names common
// dumps use (news-please, newspaper, trafilatura, scrapers' own). Where
// several are given, the earlier field in each group wins.
type record struct {
	Content  any `json:"content"`
	Text     any `json:"text"`
	Body     any `json:"body"`
	Article  any `json:"article"`
	Maintext any `json:"maintext"`
	HTML     any `json:"html"` // page source rather than text

	Title    any `json:"title"`
	Headline any `json:"headline"`

	Date          any `json:"date"`
	Published     any `json:"published"`
	PublishedAt   any `json:"published_at"`
	DatePublished any `json:"date_published"`
	DatePubCamel  any `json:"datePublished"`
	PubDate       any `json:"pubDate"`
	DateExtracted any `json:"date_extracted"` // crawl time: the last resort

	URL  any `json:"url"`
	Link any `json:"link"`

	Source   any `json:"source"`
	Outlet   any `json:"outlet"`
	Site     any `json:"site"`
	Sitename any `json:"sitename"`
	SiteName any `json:"site_name"`

	Author  any `json:"author"`
	Byline  any `json:"byline"`
	Authors any `json:"authors"`
}

const contentFields = "content, text, body, article, maintext or html"

func (rec *record) article(uri string) (isnad.Article, error) {
	body := first(rec.Content, rec.Text, rec.Body, rec.Article, rec.Maintext)
	format := isnad.FormatText
	// The sniffer reads the body's start from an array on the stack: a
	// []byte conversion of it is a heap copy of 4 KB per record.
	var head [sniffBytes]byte
	if body == "" {
		body, format = first(rec.HTML), isnad.FormatHTML
	}
	switch {
	case !anySet(rec.Content, rec.Text, rec.Body, rec.Article, rec.Maintext, rec.HTML):
		return isnad.Article{}, fail(isnad.ErrBadRecord, "no article text (want a field %s)", contentFields)
	case isBlank(body):
		return isnad.Article{}, fail(isnad.ErrEmpty, "empty article text")
	case looksHTML(head[:copy(head[:], body)]):
		format = isnad.FormatHTML
	}
	return isnad.Article{
		URI:       uri,
		Format:    format,
		Body:      body,
		Title:     unescaped(first(rec.Title, rec.Headline)),
		Outlet:    unescaped(first(rec.Outlet, rec.Sitename, rec.SiteName, rec.Site, rec.Source)),
		Byline:    unescaped(first(rec.Byline, rec.Author, rec.Authors)),
		URL:       first(rec.URL, rec.Link),
		Published: first(rec.Date, rec.Published, rec.PublishedAt, rec.DatePublished, rec.DatePubCamel, rec.PubDate, rec.DateExtracted),
	}, nil
}

// unescaped resolves HTML character references that scrapers leave in the
// metadata fields they copy from a page's markup ("كيري رداً على &quot;بندر
// بن سلطان&quot;"); plain text comes back unchanged.
func unescaped(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// first returns the first non-blank value, trimmed.
func first(vs ...any) string {
	for _, v := range vs {
		if t := strings.TrimSpace(text(v)); t != "" {
			return t
		}
	}
	return ""
}

// anySet reports whether any of the fields was in the record, even as null
// or "".
func anySet(vs ...any) bool {
	for _, v := range vs {
		if v != nil {
			return true
		}
	}
	return false
}

// text reads a record value leniently: a string, a list of strings
// (authors) joined with the Arabic comma, an object's "name" (an outlet as
// {"id": ..., "name": ...}), or a number or boolean as written.
//
// Record fields are decoded as any, not through an UnmarshalJSON method,
// because that would scan each article's text twice more: it was a third
// of the JSON Lines reading time.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		parts := make([]string, 0, len(v))
		for _, it := range v {
			if t := strings.TrimSpace(text(it)); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, arabicComma)
	case map[string]any:
		return text(v["name"])
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

const arabicComma = "، "
