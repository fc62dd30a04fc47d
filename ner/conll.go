package ner

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// CoNLL format, as isnad reads it: one token per line, the token in the
// first whitespace-separated column, further columns ignored (for training,
// the last one is the tag); a blank line ends a sentence; a line starting
// "# " is a comment, which also ends a sentence and is passed through (as
// the scorer reads it). A token cannot contain a space or a tab: whatever
// follows one is a further column, so such lines are not errors. Errors
// are what cannot be text at all: invalid UTF-8, a NUL byte, a line over
// maxLine bytes; each names its line. Carriage returns at line ends are
// dropped.
const (
	// maxLine bounds one line: a token line longer than this is not CoNLL.
	maxLine = 1 << 20
	// maxChunk bounds the tokens tagged at once. A longer "sentence" (a
	// file without blank lines) is tagged in chunks of this many tokens, so
	// memory stays bounded; only entities crossing a chunk edge can suffer.
	maxChunk = 5000
)

const byteOrderMark = "\uFEFF"

func isComment(line string) bool { return strings.HasPrefix(line, "# ") }

// conllToken returns the token of a CoNLL line, or "" for a blank line.
func conllToken(line string) string {
	line = strings.TrimPrefix(line, byteOrderMark)
	i := strings.IndexAny(line, " \t")
	for i == 0 {
		line = strings.TrimLeft(line, " \t")
		i = strings.IndexAny(line, " \t")
	}
	if i < 0 {
		return line
	}
	return line[:i]
}

// checkLine rejects what cannot be a line of Arabic CoNLL text.
func checkLine(line []byte, n int) error {
	if !utf8.Valid(line) {
		return fmt.Errorf("line %d: invalid UTF-8: %w", n, isnad.ErrEncoding)
	}
	if bytes.IndexByte(line, 0) >= 0 {
		return fmt.Errorf("line %d: NUL byte: %w", n, isnad.ErrBinary)
	}
	return nil
}

// lineScanner returns a scanner over r whose lines may be up to maxLine
// bytes long.
func lineScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine+1)
	return sc
}

func scanErr(err error, n int) error {
	if err == bufio.ErrTooLong {
		return fmt.Errorf("line %d: longer than %d bytes: %w", n+1, maxLine, isnad.ErrTooLarge)
	}
	return fmt.Errorf("line %d: %w: %w", n+1, isnad.ErrUnreadable, err)
}

// ReadCoNLL reads tagged sentences: the first column of each line is the
// word, the last its tag. A line with several tag columns is a nested
// corpus's (Wojood lists the outermost entity first, then the ones inside
// it): the tag is the first of them CanonicalTag knows, so an
// organisation keeps the person it is named after inside it, and a name
// inside an untagged type (an occupation, an event) is still a name.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := lineScanner(r)
	n := 0
	for sc.Scan() {
		n++
		if err := checkLine(sc.Bytes(), n); err != nil {
			return nil, err
		}
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(strings.TrimPrefix(line, byteOrderMark))
		if len(f) == 0 || isComment(line) {
			flush()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: no tag column: %w", n, isnad.ErrBadRecord)
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, tagColumn(f[1:]))
	}
	if err := sc.Err(); err != nil {
		return nil, scanErr(err, n)
	}
	flush()
	return out, nil
}

// tagColumn picks a line's tag from its tag columns (see ReadCoNLL).
func tagColumn(cols []string) string {
	if len(cols) > 1 {
		for _, c := range cols {
			if t := CanonicalTag(c); t != "" && t != "O" {
				return c
			}
		}
	}
	return cols[len(cols)-1]
}

// docWindow is how many consecutive sentences TagCoNLL treats as one
// document (see TagDocument): CoNLL carries no document boundaries, and a
// news article is about this long. A comment line also ends a document.
const docWindow = 20

// block is the CoNLL lines read but not yet written: sentences (their lines
// and tokens) and, between them, blank and comment lines to copy.
type block struct {
	items []blockItem
	sents int
}

type blockItem struct {
	lines, words []string // a sentence
	copy         string   // or a line to copy
}

// TagCoNLL reads CoNLL from r and writes every line back to w, token lines
// with the predicted tag appended after a space. Blank and comment lines
// are copied unchanged. On bad input it stops with an error naming the
// line, after writing every sentence before it.
func (m *Model) TagCoNLL(ctx context.Context, r io.Reader, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64*1024)
	var b block
	var cur blockItem
	endSentence := func() {
		if len(cur.words) > 0 {
			b.items = append(b.items, cur)
			b.sents++
		}
		cur = blockItem{}
	}
	sc := lineScanner(r)
	n := 0
	for sc.Scan() {
		n++
		if err := checkLine(sc.Bytes(), n); err != nil {
			endSentence()
			m.writeBlock(&b, bw)
			bw.Flush()
			return err
		}
		line := sc.Text()
		tok := conllToken(line)
		if tok != "" && !isComment(line) {
			cur.lines, cur.words = append(cur.lines, line), append(cur.words, tok)
			if len(cur.words) == maxChunk {
				endSentence()
			}
			continue
		}
		endSentence()
		b.items = append(b.items, blockItem{copy: line})
		if b.sents >= docWindow || isComment(line) {
			m.writeBlock(&b, bw)
			if err := ctx.Err(); err != nil {
				bw.Flush()
				return err
			}
		}
	}
	endSentence()
	m.writeBlock(&b, bw)
	if err := sc.Err(); err != nil {
		bw.Flush()
		return scanErr(err, n)
	}
	return bw.Flush()
}

// writeBlock tags the sentences of b as one document, writes b out and
// empties it.
func (m *Model) writeBlock(b *block, w *bufio.Writer) {
	var sents [][]string
	for _, it := range b.items {
		if it.words != nil {
			sents = append(sents, it.words)
		}
	}
	tags := m.TagDocument(sents)
	k := 0
	for _, it := range b.items {
		if it.words == nil {
			w.WriteString(it.copy)
			w.WriteByte('\n')
			continue
		}
		for i, l := range it.lines {
			w.WriteString(l)
			w.WriteByte(' ')
			w.WriteString(tags[k][i])
			w.WriteByte('\n')
		}
		k++
	}
	*b = block{items: b.items[:0]}
}
