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
	s := read(doc, opts.URL)
	p := s.metadata()
	chrome := bodyBlocks(doc)
	paras, lead := leadByline(trimTail(dropMenus(dropHeadline(s.paras, p.Title), chrome)))
	if len(paras) == 0 {
		return isnad.Page{}, fmt.Errorf("page: %w", isnad.ErrNoText)
	}
	p.Paragraphs = paras
	p.Removed = removed(chrome, paras, p.Title)
	p.Byline = firstNonEmpty(p.Byline, cleanByline(lead), bylineOf(p.Removed))
	return p, nil
}

// source is one page being extracted: its tree, trafilatura's metadata and
// main text, and readability's result, computed only when needed.
type source struct {
	doc   *html.Node
	url   string
	meta  trafilatura.Metadata
	paras []string
	rd    *readability.Article
}

// read runs trafilatura, and readability when trafilatura finds nothing.
func read(doc *html.Node, pageURL string) *source {
	s := &source{doc: doc, url: pageURL}
	meta, content, ok := runTrafilatura(doc, pageURL)
	s.meta, s.paras = meta, paragraphs(content)
	if len(s.paras) == 0 {
		s.paras = paragraphs(s.readability().Node)
	}
	if !ok {
		// trafilatura's metadata comes with its content; readability's
		// is the next best when trafilatura gave up on the page.
		rd := s.readability()
		s.meta = trafilatura.Metadata{Title: rd.Title, Sitename: rd.SiteName, Author: rd.Byline, URL: canonical(doc)}
	}
	return s
}

func (s *source) readability() *readability.Article {
	if s.rd == nil {
		s.rd = runReadability(s.doc, s.url)
	}
	return s.rd
}

// metadata fills in everything of the Page but its text.
func (s *source) metadata() isnad.Page {
	p := isnad.Page{URL: firstNonEmpty(s.url, s.meta.URL)}
	p.Outlet = outlet(s.meta)
	p.Title = title(s.doc, s.meta.Title, p.Outlet, func() string { return s.readability().Title })
	p.Byline = cleanByline(s.meta.Author)
	if p.Byline == "" && s.rd != nil {
		p.Byline = cleanByline(s.rd.Byline)
	}
	p.Published, p.PublishedFrom = published(s.doc, p.URL)
	return p
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
