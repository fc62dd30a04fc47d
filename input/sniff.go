package input

import (
	"bytes"
	"encoding/json"
)

// sniffBytes is how much of an input the format sniffers look at.
const sniffBytes = 4096

// htmlMarkers are strings only a page's markup, not an article's text,
// would carry near its start.
var htmlMarkers = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body")}

// looksHTML reports an input that starts with a tag, or carries a page's
// skeleton tags near its start (after a preamble some scrapers leave).
func looksHTML(b []byte) bool {
	b = b[:min(len(b), sniffBytes)]
	t := bytes.TrimLeft(bytes.TrimPrefix(b, bomUTF8), " \t\r\n\f")
	if len(t) >= 2 && t[0] == '<' && isTagStart(t[1]) {
		return true
	}
	// Markers start with '<', so only those bytes need a look; lowering the
	// whole prefix would decode every Arabic rune for nothing.
	for i := bytes.IndexByte(b, '<'); i >= 0; i = nextTag(b, i) {
		for _, m := range htmlMarkers {
			if hasPrefixFold(b[i:], m) {
				return true
			}
		}
	}
	return false
}

func nextTag(b []byte, i int) int {
	j := bytes.IndexByte(b[i+1:], '<')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// hasPrefixFold is bytes.HasPrefix ignoring ASCII case in b; prefix is
// lower case.
func hasPrefixFold(b, prefix []byte) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i, c := range prefix {
		if b[i]|0x20 != c && b[i] != c {
			return false
		}
	}
	return true
}

func isTagStart(c byte) bool {
	return c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// looksJSONL reports an input in which every non-blank line is a JSON
// object (a single object on one line counts).
func looksJSONL(b []byte) bool {
	objects := 0
	for line := range bytes.Lines(bytes.TrimPrefix(b, bomUTF8)) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' || !json.Valid(line) {
			return false
		}
		objects++
	}
	return objects > 0
}

// firstLineIsObject reports whether the first non-blank line of b is a
// complete JSON object.
func firstLineIsObject(b []byte) bool {
	for line := range bytes.Lines(bytes.TrimPrefix(b, bomUTF8)) {
		line = bytes.TrimSpace(line)
		if len(line) > 0 {
			return line[0] == '{' && json.Valid(line)
		}
	}
	return false
}
