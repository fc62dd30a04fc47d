// Package page owns the HTML layer of isnad: it turns a news page (already
// decoded to UTF-8) into an isnad.Page, the article's main text as
// paragraphs plus its title, outlet, byline and publication date, and it
// keeps every block of page chrome it cut (menus, share widgets, footers,
// captions) so that a reader can audit the cut.
//
// Main text comes from go-trafilatura, with go-readability as the fallback
// when trafilatura finds nothing; the publication date comes from
// go-htmldate in its fast mode (see published). Extract is a pure function:
// it does no network I/O.
package page

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/isnad/isnad"
)

// Options configures Extract. The zero value works.
type Options struct {
	// URL is the page's URL when known. It helps with the date (a dated
	// URL) and is what Page.URL reports; without it the page's canonical
	// link or og:url is used.
	URL string
}

// Extract turns an HTML page into an isnad.Page. It returns an error
// wrapping isnad.ErrNoText when the page has no main text. Truncated or
// malformed HTML is parsed the way browsers parse it.
func Extract(src string, opts Options) (isnad.Page, error) {
	doc, err := html.Parse(strings.NewReader(strings.ToValidUTF8(src, "")))
	if err != nil {
		return isnad.Page{}, fmt.Errorf("page: parse HTML: %w: %v", isnad.ErrNoText, err)
	}
	meta, content, ok := runTrafilatura(doc, opts.URL)
	var rd *readability.Article
	paras := paragraphs(content)
	if len(paras) == 0 {
		rd = runReadability(doc, opts.URL)
		paras = paragraphs(rd.Node)
	}
	if !ok {
		// trafilatura's metadata comes with its content; readability's
		// is the next best when trafilatura gave up on the page.
		meta = trafilatura.Metadata{Title: rd.Title, Sitename: rd.SiteName, Author: rd.Byline, URL: canonical(doc)}
	}
	p := isnad.Page{URL: firstNonEmpty(opts.URL, meta.URL)}
	p.Outlet = outlet(meta)
	p.Title = title(doc, meta.Title, p.Outlet, func() string {
		if rd == nil {
			rd = runReadability(doc, opts.URL)
		}
		return rd.Title
	})
	p.Byline = cleanByline(meta.Author)
	if p.Byline == "" && rd != nil {
		p.Byline = cleanByline(rd.Byline)
	}
	p.Published, p.PublishedFrom = published(doc, p.URL)
	page := bodyBlocks(doc)
	paras = dropMenus(dropHeadline(paras, p.Title), page)
	paras = trimTail(paras)
	paras, lead := leadByline(paras)
	if p.Byline == "" {
		p.Byline = cleanByline(lead)
	}
	if len(paras) == 0 {
		return isnad.Page{}, fmt.Errorf("page: %w", isnad.ErrNoText)
	}
	p.Paragraphs = paras
	p.Removed = removed(page, paras, p.Title)
	if p.Byline == "" {
		p.Byline = bylineOf(p.Removed)
	}
	return p, nil
}

// runTrafilatura returns trafilatura's metadata and content tree, and
// false when it failed. Its own date search is disabled: published runs
// go-htmldate once, with settings chosen for news pages.
func runTrafilatura(doc *html.Node, pageURL string) (trafilatura.Metadata, *html.Node, bool) {
	opts := trafilatura.Options{
		OriginalURL:     parseURL(pageURL),
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return trafilatura.Metadata{}, nil, false
	}
	return res.Metadata, res.ContentNode, true
}

// runReadability never returns nil: a failed run yields an empty Article.
func runReadability(doc *html.Node, pageURL string) *readability.Article {
	a, err := readability.FromDocument(doc, parseURL(pageURL))
	if err != nil {
		return &readability.Article{}
	}
	return &a
}

func parseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
