// Package isnad holds the domain types shared by every stage of the isnad
// pipeline (input → page → Arabic text → entities, quotes, dates, events →
// document → store) and the sentinel errors that classify what went wrong.
//
// It imports nothing heavy: stages import this package, never each other's
// internals. The JSON field names of Document and its parts are the public
// output contract (shared/contract, version 1): extend them, never rename.
package isnad

// ContractVersion is the value of the "isnad" field of every Document.
const ContractVersion = "1"

// Span is a half-open range [start, end) of Unicode code point indexes into
// a Document's Text.
type Span [2]int

// Input formats, as written in Document.Source.Format.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// Where a Document's publication date came from (Document.PublishedFrom).
const (
	FromText = "text" // a date line of the article itself or its structured record
	FromHTML = "html" // the page's markup (meta tags, time elements, JSON-LD)
	FromURL  = "url"  // a dated URL: the page's own or one quoted in its text
	FromFlag = "flag" // the --published flag
	FromNone = "none" // nothing gave one: Published is nil
)

// Kinds of removed furniture (Removed.Kind).
const (
	RemovedAd          = "ad"
	RemovedShare       = "share"
	RemovedComments    = "comments"
	RemovedNav         = "nav"
	RemovedByline      = "byline"
	RemovedReadingTime = "reading-time"
	RemovedCaption     = "caption"
	RemovedSourceLine  = "source-line"
	RemovedOther       = "other"
)

// Article is one input article decoded to UTF-8, before any extraction.
// Fields other than URI, Format and Body are metadata a structured record
// (a JSON Lines line) carried; they are empty when the input gave none.
type Article struct {
	URI    string // path, path:line for JSON Lines, or "-" for stdin
	Format string // FormatText or FormatHTML
	Body   string // the page's HTML source or the article's plain text

	Title     string
	Outlet    string
	Byline    string
	URL       string
	Published string // as the record printed it; parsed by the page layer
}

// Page is what the page layer makes of an Article: the main text as
// paragraphs, the metadata it found, and every piece it cut away.
type Page struct {
	Title         string
	Outlet        string
	Byline        string
	URL           string
	Published     string // ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), or ""
	PublishedFrom string // one of the From* constants; FromNone with Published ""
	Paragraphs    []string
	Removed       []Removed
	// Credits are the wire agencies the article credits, and Dateline the
	// place of its dateline, as printed; the pipeline turns them into
	// entities once the paragraphs are joined into the main text.
	Credits  []Credit
	Dateline string
}

// Credit is a wire agency or outlet the article credits.
type Credit struct {
	Text   string // as printed: "أ ف ب", "رويترز", "وكالة يونهاب"
	Name   string // canonical Arabic name: "وكالة فرانس برس"
	NameEn string // canonical English name: "Agence France-Presse"
	KB     string // "wikidata:Q40464", or "" when not known for certain
}

// Document is one article in the form of the output contract.
type Document struct {
	Isnad         string    `json:"isnad"`
	ID            string    `json:"id"`
	Source        Source    `json:"source"`
	Outlet        *string   `json:"outlet"`
	Title         string    `json:"title"`
	Byline        *string   `json:"byline"`
	Agencies      []string  `json:"agencies"`
	Published     *string   `json:"published"`
	PublishedFrom string    `json:"published_from"`
	Dateline      *string   `json:"dateline"`
	Lang          string    `json:"lang"`
	Text          string    `json:"text"`
	Removed       []Removed `json:"removed"`
	Sentences     []Span    `json:"sentences"`
	Entities      []Entity  `json:"entities"`
	Dates         []DateRef `json:"dates"`
	Quotes        []Quote   `json:"quotes"`
	Events        []Event   `json:"events"`

	// Warnings are problems that did not stop the article (a truncated
	// page, say); the command reports them on stderr. Not part of the
	// contract output.
	Warnings []string `json:"-"`
}

// Source says where a Document was read from.
type Source struct {
	URI    string `json:"uri"`
	Format string `json:"format"`
}

// Removed is a piece of the input left out of the main text, kept so that a
// reader can audit the cut.
type Removed struct {
	Text string `json:"text"`
	Kind string `json:"kind"`
}

// Entity is one real-world person, organisation, place or named thing,
// however many spellings it appears under in the article.
type Entity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"` // PERS, ORG, LOC or MISC
	Subtype  *string  `json:"subtype"`
	Name     string   `json:"name"`
	NameEn   *string  `json:"name_en"`
	KB       *string  `json:"kb"`
	Roles    []string `json:"roles"`
	Mentions []Span   `json:"mentions"`
}

// DateRef is a temporal expression of the text and its resolved value.
type DateRef struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
}

// Quote is an attributed statement, direct or reported.
type Quote struct {
	Speaker     *string  `json:"speaker"`
	SpeakerText *string  `json:"speaker_text"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Kind        string   `json:"kind"`
	Cue         *string  `json:"cue"`
	Via         []string `json:"via"`
	Date        *string  `json:"date"`
}

// Event is a PLOVER-typed event: who did what to whom, when, where,
// according to whom.
type Event struct {
	Type         string   `json:"type"`
	Mode         *string  `json:"mode"`
	Source       []string `json:"source"`
	Target       []string `json:"target"`
	Date         *string  `json:"date"`
	Location     *string  `json:"location"`
	Polarity     string   `json:"polarity"`
	Modality     string   `json:"modality"`
	AttributedTo *string  `json:"attributed_to"`
	Quote        *int     `json:"quote"`
	Trigger      *string  `json:"trigger"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
}

// OrNull returns a pointer to s, or nil for the empty string: the contract's
// nullable strings.
func OrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
