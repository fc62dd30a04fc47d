package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// prescanBytes is how far into a page to look for its charset declaration.
// Browsers stop at 1024 bytes; pages in the wild put long scripts and
// comments first, and looking further costs little.
const prescanBytes = 4096

// declaredCharset returns the encoding an HTML page declares in its head,
// or nil when it declares none, one Go does not know, or a Unicode one (which
// Decode has already tried).
func declaredCharset(b []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), prescanBytes)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return nil, ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			if enc, label := lookupCharset(metaCharset(z)); enc != nil {
				return enc, label
			}
		}
	}
}

func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	switch {
	case enc == nil, name == "replacement", strings.HasPrefix(name, "utf-"):
		return nil, ""
	}
	return enc, name
}

// metaCharset reads the charset label of the meta tag z is on: its charset
// attribute, or the charset parameter of an http-equiv Content-Type.
func metaCharset(z *html.Tokenizer) string {
	var content string
	contentType := false
	for {
		key, val, more := z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "http-equiv":
			contentType = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
		if !more {
			break
		}
	}
	if !contentType {
		return ""
	}
	return charsetParam(content)
}

// charsetParam extracts X from "text/html; charset=X".
func charsetParam(contentType string) string {
	i := strings.Index(strings.ToLower(contentType), "charset=")
	if i < 0 {
		return ""
	}
	v := contentType[i+len("charset="):]
	if j := strings.IndexAny(v, "; \t"); j >= 0 {
		v = v[:j]
	}
	return strings.Trim(v, `"'`)
}
