package document

import (
	"strings"
	"time"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/furniture"
)

// publication settles the publication date and where it came from, in the
// order of trust: what the page itself prints or marks up (a date line, the
// HTML metadata, a dated URL in its text), then the structured record's date
// field, then the record's or page's own URL, then the --published flag. It
// never invents one: ("", FromNone) when nothing gives a date.
func publication(p isnad.Page, a isnad.Article, flag string) (string, string) {
	if p.Published != "" {
		return p.Published, p.PublishedFrom
	}
	if d := recordDate(a.Published); d != "" {
		return d, isnad.FromText
	}
	if d := furniture.DateFromURL(p.URL); d != "" {
		return d, isnad.FromURL
	}
	if flag != "" {
		return flag, isnad.FromFlag
	}
	return "", isnad.FromNone
}

// recordLayouts are the date forms scrapers and feeds write into records:
// ISO 8601 with or without time and zone, RSS's RFC 1123, slashed dates.
var recordLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2006/01/02",
	"02/01/2006",
}

// recordDate reads the date field of a structured record as YYYY-MM-DD, or
// "" when it is empty or in no form it knows.
func recordDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range recordLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	// A longer ISO timestamp in a form the layouts miss (fractional
	// seconds, odd zones): its date part is still good.
	if len(s) > 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// ValidDate reports whether s is a calendar date in the form the
// --published flag takes (YYYY-MM-DD).
func ValidDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
