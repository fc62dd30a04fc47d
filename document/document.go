// Package document assembles the contract document of one article: it runs
// the page layer (HTML or scraped text), joins the main text, splits its
// sentences, settles the publication date and turns the credited agencies
// and the dateline into entities. Later stages (entities, quotes, dates,
// events) fill the rest of the same Document.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/dates"
	"github.com/isnad/isnad/event"
	"github.com/isnad/isnad/furniture"
	"github.com/isnad/isnad/kb"
	"github.com/isnad/isnad/link"
	"github.com/isnad/isnad/ner"
	"github.com/isnad/isnad/page"
	"github.com/isnad/isnad/quote"
)

// Options tune Build. The zero value works.
type Options struct {
	// Published is the publication date (YYYY-MM-DD) to use when the
	// article itself gives none: the --published flag.
	Published string
	// MinArabic is the share of letters that must be Arabic for the
	// article to be accepted; 0 means DefaultMinArabic.
	MinArabic float64
	// KB is the knowledge base entities are linked to; nil means the
	// embedded one (kb.Default).
	KB *kb.KB
	// NER is the named-entity tagger; nil means the embedded model.
	NER *ner.Model
	// TextOnly stops after the page and text layers: main text, metadata,
	// removed furniture, sentences, credited agencies and dateline. Dates,
	// entities, quotes and events stay empty. For cleaning a corpus fast.
	TextOnly bool
}

// DefaultMinArabic rejects articles written mostly in another script while
// keeping Arabic ones that quote English names, URLs and acronyms.
const DefaultMinArabic = 0.5

// MinWords is the fewest words a main text may have: fewer is a page with
// no article in it (a bare menu, a page cut before its body), not news.
const MinWords = 5

// paragraphSep joins paragraphs in Document.Text, as the contract says.
const paragraphSep = "\n\n"

// Build turns one decoded article into a contract document: the page and
// text layers, then the analysis stages in the order they depend on each
// other — dates, entities, quotes (which need entities and dates), events
// (which need all three). The error wraps an isnad sentinel (ErrNoText,
// ErrNotArabic) and says why.
func Build(a isnad.Article, opts Options) (isnad.Document, error) {
	d, err := textLayers(a, opts)
	if err != nil || opts.TextOnly {
		return d, err
	}
	published := ""
	if d.Published != nil {
		published = *d.Published
	}
	if found := dates.Find(d.Text, published, dates.Options{}); found != nil {
		d.Dates = found
	}
	if err := addEntities(&d, link.Options{KB: opts.KB, NER: opts.NER, Published: published}); err != nil {
		return d, err
	}
	if found := quote.Find(d.Text, d.Sentences, d.Entities, d.Dates, quote.Options{}); found != nil {
		d.Quotes = found
		d.Entities, d.Quotes = link.SpeakerNames(d.Text, d.Entities, d.Quotes, opts.KB)
	}
	if found := event.Find(&d, event.Options{KB: opts.KB}); found != nil {
		d.Events = found
	}
	tidy(&d)
	return d, nil
}

// addEntities finds the article's entities and folds into them the agency
// and dateline entities the page layer made, so that the agency a page
// credits in its furniture and the same agency named in the text are one
// entity, and Agencies and Dateline point at it.
func addEntities(d *isnad.Document, opts link.Options) error {
	ents, err := link.Entities(d.Text, d.Sentences, opts)
	if err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	moved := map[string]string{}
	for _, e := range d.Entities {
		id := atSameSpan(ents, e)
		if id == "" && d.Dateline != nil && e.ID == *d.Dateline && !placeKnown(ents, e, opts.KB) {
			continue // "محمد أبو شعر - ...", "فجعت - ...": a dateline that names no place
		}
		if id == "" {
			id, ents = link.Merge(ents, e)
		}
		moved[e.ID] = id
	}
	for i, id := range d.Agencies {
		d.Agencies[i] = moved[id]
	}
	if d.Dateline != nil {
		if id := moved[*d.Dateline]; id != "" {
			d.Dateline = &id
		} else {
			d.Dateline = nil
		}
	}
	if ents == nil {
		ents = []isnad.Entity{}
	}
	d.Entities = ents
	return nil
}

// placeKnown reports whether the dateline place e is a place: the entity
// stage read a place where it stands, or the knowledge base (k, nil for
// the built-in one) knows its name as one. A reporter's name or the
// sentence's first words before a dash are no dateline.
func placeKnown(ents []isnad.Entity, e isnad.Entity, k *kb.KB) bool {
	for _, x := range ents {
		if x.Type != "LOC" {
			continue
		}
		for _, m := range x.Mentions {
			for _, s := range e.Mentions {
				if m[0] < s[1] && s[0] < m[1] {
					return true
				}
			}
		}
	}
	if k == nil {
		var err error
		if k, err = kb.Default(); err != nil {
			return false
		}
	}
	for _, x := range k.Lookup(e.Name) {
		if x.Type == kb.LOC {
			return true
		}
	}
	// A place the kb names only in a place's context (الخبر) is one here:
	// a dateline is such a context.
	f := arabic.FoldTrimmed(e.Name)
	for _, x := range k.Entries() {
		if x.ContextOnly && x.Type == kb.LOC && slices.ContainsFunc(x.Names(), func(n string) bool { return arabic.FoldTrimmed(n) == f }) {
			return true
		}
	}
	return false
}

// atSameSpan returns the entity of ents that has a mention exactly where e
// has one: the dateline place or credited agency that the entity stage
// already read at that very spot. A capital standing for its state carries
// the state's entity there too; a dateline names the city, so an entity of
// e's own subtype wins, and "" means there is none of it.
func atSameSpan(ents []isnad.Entity, e isnad.Entity) string {
	for _, x := range ents {
		if x.Subtype == nil || e.Subtype == nil || *x.Subtype != *e.Subtype {
			continue
		}
		for _, m := range x.Mentions {
			if slices.Contains(e.Mentions, m) {
				return x.ID
			}
		}
	}
	return ""
}

// textLayers runs the page and text layers: main text, metadata, removed
// furniture, sentences, and the agency and dateline entities. The analysis
// stages (dates and, later, entities, quotes, events) work on its result.
func textLayers(a isnad.Article, opts Options) (isnad.Document, error) {
	p, err := readPage(a)
	if err != nil {
		return isnad.Document{}, err
	}
	text := strings.Join(p.Paragraphs, paragraphSep)
	if n := countWords(text, MinWords); n < MinWords {
		return isnad.Document{}, fmt.Errorf("%w: %d words left after removing page furniture", isnad.ErrNoText, n)
	}
	min := opts.MinArabic
	if min == 0 {
		min = DefaultMinArabic
	}
	if r := arabic.ArabicRatio(text); r < min {
		return isnad.Document{}, fmt.Errorf("%w: %.0f%% of its letters are Arabic", isnad.ErrNotArabic, 100*r)
	}
	text = withCredits(text, p.Credits)

	d := isnad.Document{
		Isnad:     isnad.ContractVersion,
		ID:        ID(text),
		Source:    isnad.Source{URI: a.URI, Format: a.Format},
		Outlet:    isnad.OrNull(p.Outlet),
		Title:     p.Title,
		Byline:    isnad.OrNull(p.Byline),
		Agencies:  []string{},
		Lang:      "ar",
		Text:      text,
		Removed:   p.Removed,
		Sentences: arabic.Sentences(text),
		Entities:  []isnad.Entity{},
		Dates:     []isnad.DateRef{},
		Quotes:    []isnad.Quote{},
		Events:    []isnad.Event{},
	}
	if d.Removed == nil {
		d.Removed = []isnad.Removed{}
	}
	if d.Sentences == nil {
		d.Sentences = []isnad.Span{}
	}
	published, from := publication(p, a, opts.Published)
	d.Published, d.PublishedFrom = isnad.OrNull(published), from
	if len(p.Credits) > 0 || p.Dateline != "" {
		folded := arabic.FoldMap(d.Text)
		addCredits(&d, folded, p.Credits)
		addDateline(&d, folded, p.Dateline)
	}
	if a.Format == isnad.FormatHTML && truncatedHTML(a.Body) {
		d.Warnings = append(d.Warnings, "HTML ends before </html>: the page may be truncated; extracted what was there")
	}
	return d, nil
}

// countWords counts the words of text as strings.Fields cuts them, but
// stops at limit: the check needs no more, and a whole article's fields
// were a slice of strings built only to be counted.
func countWords(text string, limit int) int {
	n, in := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n >= limit {
				return n
			}
		}
		in = true
	}
	return n
}

// ID is the stable identifier of a main text: the same text always gives
// the same id, whatever file or format it was read from.
func ID(text string) string {
	// Hashed a stack buffer at a time: []byte(text) would copy the whole
	// text to the heap for the hash to read once.
	h := sha256.New()
	var buf [2048]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(buf[:0])[:8])
}

// readPage runs the page layer that fits the article's format and lets a
// structured record's metadata fill what the page did not give.
func readPage(a isnad.Article) (isnad.Page, error) {
	var p isnad.Page
	switch a.Format {
	case isnad.FormatHTML:
		var err error
		p, err = page.Extract(a.Body, page.Options{URL: a.URL})
		if err != nil {
			return p, err
		}
		p = furniture.Clean(p)
	case isnad.FormatText:
		p = furniture.Text(a.Body, furniture.Options{Title: a.Title, Outlet: a.Outlet})
	default:
		return p, fmt.Errorf("%w: %q", isnad.ErrUnsupported, a.Format)
	}
	if p.Title == "" {
		p.Title = a.Title
	}
	if p.Outlet == "" {
		p.Outlet = a.Outlet
	}
	if p.Byline == "" {
		p.Byline = a.Byline
	}
	if p.URL == "" {
		p.URL = a.URL
	}
	return p, nil
}

// truncatedHTML reports a page that ends before its closing </html> tag:
// the parser recovers what is there, but the reader should know that the
// page may have lost its end.
func truncatedHTML(body string) bool {
	tail := body
	if len(tail) > 512 {
		tail = tail[len(tail)-512:]
	}
	return !strings.Contains(strings.ToLower(tail), "</html>")
}
