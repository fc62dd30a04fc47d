package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Runes that whitespace normalisation deletes outright: they are invisible,
// carry no meaning in Arabic news text and would break string matching.
const (
	byteOrderMark  = '\uFEFF'
	zeroWidthSpace = '\u200B'
	softHyphen     = '\u00AD'
)

// Runes that decide whether a <br> ends a paragraph.
const (
	arabicQuestionMark = '؟'
	ellipsis           = '…'
	bullet             = '•'
	middleDot          = '·'
	enDash             = '–'
	emDash             = '—'
)

// linkMark stands between two links of one block while the walker reads
// it. The HTML parser turns NUL in text into U+FFFD, so it cannot clash.
const linkMark = "\x00"

// block is one visible run of text: the text of a block element without
// its nested blocks, or one paragraph of it when <br>s split it.
type block struct {
	text   string
	menu   string     // text with " | " between its links, for menus
	el     *html.Node // the nearest enclosing block element
	ctx    string     // furniture kind the nearest telling ancestor gives, or ""
	linked bool       // nearly all of the element's text is link text
	links  int        // the <a> elements of the block's element
}

// blockTags are the elements that start a new paragraph. Anything else
// (a, b, span, strong, unknown tags) is inline and joins its neighbours.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Html: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Td: true,
	atom.Th: true, atom.Tr: true, atom.Ul: true, atom.Menu: true,
}

// skipTags hold no visible article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Select: true, atom.Textarea: true,
	atom.Button: true, atom.Math: true, atom.Title: true,
}

// walker collects blocks in document order. A block element's text is
// gathered line by line (lines end at <br>) and flushed when the element
// or a nested block starts or ends.
type walker struct {
	out   []block
	el    *html.Node
	ctx   string // see block.ctx
	line  strings.Builder
	lines []string
	gaps  []int // gaps[i] counts the <br>s after lines[i]

	// inLink counts the open <a> elements; text and linkText measure the
	// current element's text in bytes, to tell menus from prose.
	inLink                int
	text, linkText, links int
}

// blocks returns the visible text blocks under root, in order.
func blocks(root *html.Node) []block {
	if root == nil {
		return nil
	}
	w := &walker{el: root}
	w.node(root)
	w.flush()
	return w.out
}

// paragraphs returns the text of the blocks under root that hold at least
// one letter or digit: a lone "|" or "-" is layout, not text.
func paragraphs(root *html.Node) []string {
	var out []string
	for _, b := range blocks(root) {
		if hasWord(b.text) && !repeats(b.text, out) {
			out = append(out, b.text)
		}
	}
	return out
}

// repeats reports a paragraph already given: trafilatura sometimes
// emits a <br>-broken paragraph whole and then its lines again.
func repeats(s string, before []string) bool {
	long := utf8.RuneCountInString(s) >= minContained
	for _, b := range before {
		if b == s || (long && strings.Contains(b, s)) {
			return true
		}
	}
	return false
}

func (w *walker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.line.WriteString(n.Data)
		k := len(strings.TrimSpace(n.Data))
		w.text += k
		if w.inLink > 0 {
			w.linkText += k
		}
	case html.DocumentNode:
		w.children(n)
	case html.ElementNode:
		w.element(n)
	}
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *walker) element(n *html.Node) {
	tag := tagOf(n)
	switch {
	case skipTags[tag] || hidden(n):
	case tag == atom.Br:
		w.endLine()
	case tag == atom.A:
		if w.links > 0 {
			w.line.WriteString(linkMark)
		}
		w.inLink++
		w.links++
		w.children(n)
		w.inLink--
	case !blockTags[tag]:
		// An inline element can name furniture too (<span class="share">).
		outerCtx := w.ctx
		if k := elementKind(n); k != "" {
			w.ctx = k
		}
		w.children(n)
		w.ctx = outerCtx
	default:
		w.flush()
		outer, outerCtx := w.el, w.ctx
		w.el = n
		if k := elementKind(n); k != "" {
			w.ctx = k
		}
		w.children(n)
		w.flush()
		w.el, w.ctx = outer, outerCtx
	}
}

// endLine closes the current line at a <br>; a <br> on an empty line
// widens the gap after the previous one.
func (w *walker) endLine() {
	s := normalize(w.line.String())
	w.line.Reset()
	switch {
	case s != "":
		w.lines = append(w.lines, s)
		w.gaps = append(w.gaps, 1)
	case len(w.gaps) > 0:
		w.gaps[len(w.gaps)-1]++
	}
}

// flush turns the pending lines into blocks. Lines split into separate
// paragraphs where the page means a new paragraph: a blank line (two
// <br>s), a line that ends a sentence or a question (the Q/A layout of
// interviews), or a next line that starts with a dash or bullet. Other
// <br>s are hard wraps inside a sentence and join with a space.
func (w *walker) flush() {
	w.endLine()
	linked := w.text > 0 && w.linkText*10 >= w.text*9
	var cur string
	for i, l := range w.lines {
		switch {
		case i == 0:
			cur = l
		case w.gaps[i-1] >= 2 || endsSentence(w.lines[i-1]) || startsItem(l):
			w.emit(cur, linked)
			cur = l
		default:
			cur += " " + l
		}
	}
	w.emit(cur, linked)
	w.lines, w.gaps = w.lines[:0], w.gaps[:0]
	w.text, w.linkText, w.links = 0, 0, 0
}

func (w *walker) emit(s string, linked bool) {
	text := normalize(strings.ReplaceAll(s, linkMark, ""))
	if text == "" {
		return
	}
	w.out = append(w.out, block{text: text, menu: menuText(s), el: w.el, ctx: w.ctx, linked: linked, links: w.links})
}

// tagOf returns n's tag. Elements built by trafilatura (rather than the
// HTML parser) carry only the tag name, not the atom.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// hidden reports elements the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'»”’)]")
	if s == "" {
		return false
	}
	switch r, _ := utf8.DecodeLastRuneInString(s); r {
	case '.', '!', '?', ':', arabicQuestionMark, ellipsis:
		return true
	}
	return false
}

func startsItem(s string) bool {
	for _, r := range s {
		switch r {
		case '-', '*', bullet, middleDot, enDash, emDash:
			return true
		}
		return false
	}
	return false
}

// normalize collapses every run of white space to one space, trims the
// ends and deletes invisible runes.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == byteOrderMark || r == zeroWidthSpace || r == softHyphen:
		case unicode.IsSpace(r):
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// menuText writes a row of links as "a | b | c", whether or not the page
// printed its own separators between them.
func menuText(s string) string {
	items := strings.FieldsFunc(strings.ReplaceAll(s, linkMark, "|"), func(r rune) bool { return r == '|' })
	kept := items[:0]
	for _, it := range items {
		if it = normalize(it); it != "" {
			kept = append(kept, it)
		}
	}
	return strings.Join(kept, navSeparator)
}
