package input

import (
	"bytes"
	"strings"
)

// scanRecord reads the common shape of a JSON Lines record, an object of
// plain strings and nulls, into rec in one pass, and reports whether it
// could. json.Unmarshal scans a record twice (once to validate it, once to
// decode it) and decodes each string rune by rune; an article record is
// mostly its text, so that was most of the time spent reading the dumps.
//
// Anything else (numbers, arrays, objects, \u escapes, escaped keys, keys
// that match a field only without regard to case, invalid JSON) returns
// false with rec
// untouched, and the caller decodes the record with json.Unmarshal, which
// also words the errors. b must be valid UTF-8, as parseRecord makes it.
func scanRecord(b []byte, rec *record) bool {
	var s recordScanner
	s.b = b
	if !s.byte('{') {
		return false
	}
	var out record
	if s.byte('}') {
		return s.end(rec, out)
	}
	for {
		key, ok := s.key()
		if !ok || !s.byte(':') {
			return false
		}
		field, ok := out.field(key)
		if !ok {
			return false
		}
		var v any
		if !s.literal("null") {
			// The value of a key no field has is checked, not kept.
			str, ok := s.str(field != nil)
			if !ok {
				return false
			}
			v = str
		}
		if field != nil {
			*field = v // a repeated key: the last one wins, as in Unmarshal
		}
		if s.byte('}') {
			return s.end(rec, out)
		}
		if !s.byte(',') {
			return false
		}
	}
}

// recordScanner is the position of scanRecord in its bytes.
type recordScanner struct {
	b []byte
	i int
}

// space skips JSON's white space (not Unicode's: a no-break space is an
// error there).
func (s *recordScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c after white space, if it is next.
func (s *recordScanner) byte(c byte) bool {
	s.space()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// literal consumes the word lit after white space, if it is next.
func (s *recordScanner) literal(lit string) bool {
	s.space()
	if bytes.HasPrefix(s.b[s.i:], []byte(lit)) {
		s.i += len(lit)
		return true
	}
	return false
}

// end reports whether only white space is left, and then keeps out.
func (s *recordScanner) end(rec *record, out record) bool {
	s.space()
	if s.i != len(s.b) {
		return false
	}
	*rec = out
	return true
}

// key consumes a key with no escapes after white space and returns its
// bytes.
func (s *recordScanner) key() ([]byte, bool) {
	if !s.byte('"') {
		return nil, false
	}
	rest := s.b[s.i:]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\\') >= 0 || hasControl(rest[:end]) {
		return nil, false
	}
	s.i += end + 1
	return rest[:end], true
}

// str consumes a string after white space and returns its value, if keep:
// the bytes between the quotes, with the one-letter escapes resolved. A \u
// escape or a control character returns false.
func (s *recordScanner) str(keep bool) (string, bool) {
	if !s.byte('"') {
		return "", false
	}
	rest := s.b[s.i:]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return "", false
	}
	raw := rest[:end]
	if bytes.IndexByte(raw, '\\') >= 0 {
		return s.escaped(keep)
	}
	if hasControl(raw) {
		return "", false
	}
	s.i += end + 1
	if !keep {
		return "", true
	}
	return string(raw), true
}

// escaped consumes a string with escapes in it, from after its opening
// quote, copying the runs between escapes whole if keep.
func (s *recordScanner) escaped(keep bool) (string, bool) {
	var sb strings.Builder
	if keep {
		// The string is at most as long as its escaped form (every escape
		// stands for one byte), so a builder grown to that never grows
		// again: grown to the first quote, which in news is often an
		// escaped one, it grew and copied a body several times.
		sb.Grow(max(0, closingQuote(s.b[s.i:])))
	}
	for {
		rest := s.b[s.i:]
		q := bytes.IndexByte(rest, '"')
		if q < 0 {
			return "", false
		}
		bs := bytes.IndexByte(rest[:q], '\\')
		run := rest[:q]
		if bs >= 0 {
			run = rest[:bs]
		}
		if hasControl(run) {
			return "", false
		}
		if keep {
			sb.Write(run)
		}
		if bs < 0 {
			s.i += q + 1
			return sb.String(), true
		}
		if bs+1 == len(rest) {
			return "", false
		}
		e, ok := escapes[rest[bs+1]]
		if !ok {
			return "", false // \u, or no escape at all
		}
		if keep {
			sb.WriteByte(e)
		}
		s.i += bs + 2
	}
}

// closingQuote returns the index of the quote that ends a JSON string
// whose text b starts with, or -1: the first quote after an even run of
// backslashes (none included), which escape one another in pairs.
func closingQuote(b []byte) int {
	for at := 0; ; {
		q := bytes.IndexByte(b[at:], '"')
		if q < 0 {
			return -1
		}
		q += at
		n := 0
		for n < q && b[q-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return q
		}
		at = q + 1
	}
}

// escapes are JSON's one-letter escapes and the bytes they stand for.
var escapes = map[byte]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// hasControl reports a byte below the space, which JSON strings may not
// hold unescaped.
func hasControl(b []byte) bool {
	for _, c := range b {
		if c < ' ' {
			return true
		}
	}
	return false
}

// field returns where the value of key goes: a field of rec, or nil for a
// key no field has. ok is false for a key that Unmarshal would match to a
// field without regard to case (or through Unicode case folding, for a key
// that is not ASCII), which scanRecord leaves to it.
func (rec *record) field(key []byte) (field *any, ok bool) {
	switch string(key) {
	case "content":
		return &rec.Content, true
	case "text":
		return &rec.Text, true
	case "body":
		return &rec.Body, true
	case "article":
		return &rec.Article, true
	case "maintext":
		return &rec.Maintext, true
	case "html":
		return &rec.HTML, true
	case "title":
		return &rec.Title, true
	case "headline":
		return &rec.Headline, true
	case "date":
		return &rec.Date, true
	case "published":
		return &rec.Published, true
	case "published_at":
		return &rec.PublishedAt, true
	case "date_published":
		return &rec.DatePublished, true
	case "datePublished":
		return &rec.DatePubCamel, true
	case "pubDate":
		return &rec.PubDate, true
	case "date_extracted":
		return &rec.DateExtracted, true
	case "url":
		return &rec.URL, true
	case "link":
		return &rec.Link, true
	case "source":
		return &rec.Source, true
	case "outlet":
		return &rec.Outlet, true
	case "site":
		return &rec.Site, true
	case "sitename":
		return &rec.Sitename, true
	case "site_name":
		return &rec.SiteName, true
	case "author":
		return &rec.Author, true
	case "byline":
		return &rec.Byline, true
	case "authors":
		return &rec.Authors, true
	}
	for _, c := range key {
		if c >= 0x80 {
			return nil, false
		}
	}
	for _, name := range recordKeys {
		if bytes.EqualFold(key, []byte(name)) {
			return nil, false
		}
	}
	return nil, true
}

// recordKeys are the JSON names of record's fields.
var recordKeys = []string{"content", "text", "body", "article", "maintext", "html", "title", "headline",
	"date", "published", "published_at", "date_published", "datePublished", "pubDate", "date_extracted",
	"url", "link", "source", "outlet", "site", "sitename", "site_name", "author", "byline", "authors"}
