package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// lines streams JSON Lines from rd: one article per line, blank lines
// skipped, a bad line reported under "path:LINE" and passed over.
func (r *reader) lines(path string, rd io.Reader) bool {
	br := bufio.NewReaderSize(rd, 1<<20)
	if head, _ := br.Peek(2); bytes.Equal(head, bomUTF16LE) || bytes.Equal(head, bomUTF16BE) {
		// Windows tools save "Unicode" text as UTF-16; lines are split
		// after decoding, so the per-line code below never sees it.
		br = bufio.NewReaderSize(transform.NewReader(br, xunicode.BOMOverride(transform.Nop)), 1<<20)
	}
	var buf []byte
	for n := 1; ; n++ {
		line, size, err := readLine(br, r.max, &buf)
		if err != nil && err != io.EOF {
			return r.fail(lineURI(path, n), unreadable(err))
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		var ok = true
		switch {
		case size > r.max:
			ok = r.fail(lineURI(path, n), tooLarge("line", size, r.max))
		case !isBlankBytes(line):
			uri := lineURI(path, n)
			a, rerr := parseRecord(uri, line)
			ok = r.result(uri, a, rerr)
		}
		if !ok || err == io.EOF {
			return ok
		}
	}
}

func lineURI(path string, n int) string { return path + ":" + strconv.Itoa(n) }

// readLine returns the next line without its line break and its full size.
// A line over max is counted but not kept, so one runaway line cannot take
// the memory a whole file would. The line is only valid until the next
// call: it is either bufio's buffer or *buf, reused.
func readLine(br *bufio.Reader, max int64, buf *[]byte) ([]byte, int64, error) {
	chunk, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		// The common case: the whole line sits in bufio's buffer.
		line := trimEOL(chunk)
		return line, int64(len(line)), err
	}
	*buf = append((*buf)[:0], chunk...)
	size := int64(len(chunk))
	for err == bufio.ErrBufferFull {
		chunk, err = br.ReadSlice('\n')
		size += int64(len(chunk))
		if size <= max+2 { // room for the line and its "\r\n"
			*buf = append(*buf, chunk...)
		}
	}
	if size <= max+2 {
		line := trimEOL(*buf)
		return line, int64(len(line)), err
	}
	return nil, size - int64(len(chunk)-len(trimEOL(chunk))), err
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

func isBlankBytes(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// jsonFile reads a .json file: one article object, an array of them (each
// reported as "path#N"), or, when the whole is not one JSON value, JSON Lines
// under a .json name, which dumps often are.
func (r *reader) jsonFile(p string, b []byte) bool {
	s, _, err := Decode(b, false)
	if err != nil {
		return r.fail(p, err)
	}
	t := strings.TrimLeft(s, " \t\r\n")
	switch {
	case t == "":
		return r.fail(p, fail(isnad.ErrEmpty, "empty file"))
	case t[0] == '[':
		return r.jsonArray(p, []byte(t))
	case t[0] == '{' && json.Valid([]byte(t)):
		a, err := parseRecord(p, []byte(t))
		return r.result(p, a, err)
	case t[0] == '{':
		return r.lines(p, strings.NewReader(s))
	}
	return r.fail(p, fail(isnad.ErrBadRecord, "not a JSON object or array of objects"))
}

func (r *reader) jsonArray(p string, b []byte) bool {
	var items []json.RawMessage
	if err := json.Unmarshal(b, &items); err != nil {
		return r.fail(p, fail(isnad.ErrBadRecord, "not JSON: %v", err))
	}
	if len(items) == 0 {
		return r.fail(p, fail(isnad.ErrEmpty, "empty JSON array"))
	}
	for i, item := range items {
		uri := fmt.Sprintf("%s#%d", p, i+1)
		a, err := parseRecord(uri, item)
		if !r.result(uri, a, err) {
			return false
		}
	}
	return true
}

// parseRecord turns one JSON object into an Article.
func parseRecord(uri string, b []byte) (isnad.Article, error) {
	if !utf8.Valid(b) {
		// JSON must be UTF-8, but dumps made from old Arabic sites are not
		// always; decode the line as a whole before parsing it.
		s, _, err := Decode(b, false)
		if err != nil {
			return isnad.Article{}, err
		}
		b = []byte(s)
	}
	if t := bytes.TrimSpace(b); len(t) == 0 || t[0] != '{' {
		return isnad.Article{}, fail(isnad.ErrBadRecord, "not a JSON object")
	}
	var rec record
	if !scanRecord(b, &rec) {
		if err := json.Unmarshal(b, &rec); err != nil {
			return isnad.Article{}, fail(isnad.ErrBadRecord, "not JSON: %v", err)
		}
	}
	return rec.article(uri)
}
