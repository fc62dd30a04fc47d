package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/isnad/isnad"
)

// Read walks paths in order and yields each article it finds, or an *Error
// for each input that could not be read; it keeps going after errors.
//
//   - A file is read by its extension: .txt as text, .html/.htm/.xhtml as
//     HTML, .jsonl/.ndjson as JSON Lines (one article per line), .json as
//     one article object, an array of them, or JSON Lines. A file named
//     explicitly with another extension is sniffed like stdin, except known
//     binary formats (.pdf, .docx, .zip ...), which fail with
//     isnad.ErrUnsupported.
//   - A folder is walked recursively in lexical order, taking only the
//     extensions above and skipping hidden files and folders. A folder with
//     none of them yields an isnad.ErrEmpty error rather than nothing.
//   - "-" reads stdin: HTML if it looks like markup, JSON Lines if every
//     non-empty line is a JSON object, else text.
//
// MaxBytes applies to each file, to stdin, and to each JSON Lines line; a
// JSON Lines file as a whole is streamed and has no limit.
//
// When ctx is cancelled, Read yields ctx.Err() (not an *Error) and stops.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts Options) iter.Seq2[isnad.Article, error] {
	return func(yield func(isnad.Article, error) bool) {
		r := &reader{ctx: ctx, stdin: stdin, max: opts.maxBytes(), yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// reader is the state of one Read: every method returns false once the
// consumer has stopped or ctx is done, and callers unwind on false.
type reader struct {
	ctx     context.Context
	stdin   io.Reader
	max     int64
	yield   func(isnad.Article, error) bool
	stopped bool
}

func (r *reader) send(a isnad.Article, err error) bool {
	if r.stopped {
		return false
	}
	if cerr := r.ctx.Err(); cerr != nil {
		r.stopped = true
		r.yield(isnad.Article{}, cerr)
		return false
	}
	if !r.yield(a, err) {
		r.stopped = true
	}
	return !r.stopped
}

// result sends an article, or the error for uri when err is not nil.
func (r *reader) result(uri string, a isnad.Article, err error) bool {
	if err != nil {
		return r.send(isnad.Article{}, &Error{URI: uri, Err: err})
	}
	return r.send(a, nil)
}

func (r *reader) fail(uri string, err error) bool {
	return r.result(uri, isnad.Article{}, err)
}

func (r *reader) path(p string) bool {
	if p == "-" {
		return r.readStdin()
	}
	fi, err := os.Stat(p)
	switch {
	case err != nil:
		return r.fail(p, unreadable(err))
	case fi.IsDir():
		return r.dir(p)
	}
	return r.file(p, fi, kindOf(p, true))
}

func (r *reader) dir(root string) bool {
	found, ok := false, true
	walkRoot := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a link, even as its root; a trailing
		// separator makes the system resolve it.
		walkRoot = root + string(filepath.Separator)
	}
	filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			ok = r.fail(p, unreadable(err))
		case p != walkRoot && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return fs.SkipDir
			}
		case d.IsDir():
		default:
			if k := kindOf(p, false); k != kindSkip {
				found = true
				ok = r.walked(p, k)
			}
		}
		if !ok {
			return fs.SkipAll
		}
		return nil
	})
	if ok && !found {
		return r.fail(root, fail(isnad.ErrEmpty, "folder holds no %s files", wantedList))
	}
	return ok
}

// walked reads a file met in a folder walk; Stat follows a symbolic link,
// and a link to a folder is left alone rather than risking a cycle.
func (r *reader) walked(p string, k kind) bool {
	fi, err := os.Stat(p)
	switch {
	case err != nil:
		return r.fail(p, unreadable(err))
	case fi.IsDir():
		return true
	}
	return r.file(p, fi, k)
}

func (r *reader) file(p string, fi fs.FileInfo, k kind) bool {
	switch k {
	case kindUnsupported:
		return r.fail(p, fail(isnad.ErrUnsupported, "unsupported format %s (want %s)", filepath.Ext(p), wantedList))
	case kindJSONL:
		return r.jsonlFile(p)
	}
	if fi.Mode().IsRegular() && fi.Size() > r.max {
		return r.fail(p, tooLarge("file", fi.Size(), r.max))
	}
	b, err := readFile(p, r.max)
	if err != nil {
		return r.fail(p, err)
	}
	switch k {
	case kindText, kindHTML:
		a, err := article(p, b, k.format(), "file")
		return r.result(p, a, err)
	case kindJSON:
		return r.jsonFile(p, b)
	}
	return r.sniffed(p, b, "file")
}

func (r *reader) jsonlFile(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, unreadable(err))
	}
	defer f.Close()
	return r.lines(p, f)
}

// readStdin reads at most MaxBytes+1 bytes of stdin; only JSON Lines may be
// longer, since its limit is per line, so an overlong input whose first line
// is a JSON object is streamed on as JSON Lines.
func (r *reader) readStdin() bool {
	if r.stdin == nil {
		return r.fail("-", fail(isnad.ErrUnreadable, "no standard input"))
	}
	br := bufio.NewReaderSize(r.stdin, 64<<10)
	b, err := io.ReadAll(io.LimitReader(br, r.max+1))
	if err != nil {
		return r.fail("-", unreadable(err))
	}
	if int64(len(b)) > r.max {
		if firstLineIsObject(b) {
			return r.lines("-", io.MultiReader(bytes.NewReader(b), br))
		}
		return r.fail("-", tooLarge("input", -1, r.max))
	}
	return r.sniffed("-", b, "input")
}

// sniffed reads an input whose format no extension gave.
func (r *reader) sniffed(uri string, b []byte, noun string) bool {
	switch {
	case looksHTML(b):
		a, err := article(uri, b, isnad.FormatHTML, noun)
		return r.result(uri, a, err)
	case looksJSONL(b):
		return r.lines(uri, bytes.NewReader(b))
	}
	a, err := article(uri, b, isnad.FormatText, noun)
	if err == nil && looksHTML([]byte(a.Body)) {
		// Markup the raw bytes hid, such as UTF-16 HTML.
		a.Format = isnad.FormatHTML
	}
	return r.result(uri, a, err)
}

// article decodes one whole input into an Article.
func article(uri string, b []byte, format, noun string) (isnad.Article, error) {
	if len(b) == 0 {
		return isnad.Article{}, fail(isnad.ErrEmpty, "empty %s", noun)
	}
	s, _, err := Decode(b, format == isnad.FormatHTML)
	if err != nil {
		return isnad.Article{}, err
	}
	if isBlank(s) {
		return isnad.Article{}, fail(isnad.ErrEmpty, "empty %s (only whitespace)", noun)
	}
	return isnad.Article{URI: uri, Format: format, Body: s}, nil
}

// isBlank reports text with nothing but spaces and invisible format
// characters (byte order marks, zero-width joiners, direction marks) in it.
func isBlank(s string) bool {
	for _, c := range s {
		if !unicode.IsSpace(c) && !unicode.Is(unicode.Cf, c) {
			return false
		}
	}
	return true
}

func readFile(p string, max int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	// The limit guards files that grew since Stat and ones Stat cannot size
	// (pipes, devices).
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, unreadable(err)
	}
	if int64(len(b)) > max {
		return nil, tooLarge("file", -1, max)
	}
	return b, nil
}

// tooLarge reports an input of the given size (negative when unknown, as
// for a stream cut off at the limit) over the limit max.
func tooLarge(noun string, size, max int64) error {
	if size < 0 {
		return fail(isnad.ErrTooLarge, "%s is over the %s limit", noun, limitText(max))
	}
	return fail(isnad.ErrTooLarge, "%s is %s, over the %s limit", noun, sizeText(size), limitText(max))
}

// unreadable turns an OS error into ErrUnreadable with a short reason; the
// path is left out because Error puts it first already.
func unreadable(err error) error {
	p := &problem{kind: isnad.ErrUnreadable, reason: err.Error(), cause: err}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		p.reason = pe.Op + ": " + pe.Err.Error()
		if errors.Is(err, fs.ErrNotExist) {
			p.reason = "no such file or directory"
		}
	}
	return p
}
