// Package input owns the edge between the outside world and the pipeline: it
// turns command-line paths (files, folders, "-" for stdin) into isnad.Article
// values, one per article, decoding whatever character encoding the bytes
// came in to UTF-8 and splitting JSON Lines and JSON records into articles.
//
// A bad input never stops the batch: it becomes an *Error that names it and
// wraps one of the hub's sentinel errors, and reading goes on.
package input

import (
	"fmt"
	"strings"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes = 8 << 20

// Options tunes Read. The zero value works.
type Options struct {
	// MaxBytes is the largest single article: a file, stdin, or one line of
	// a JSON Lines file. 0 means DefaultMaxBytes. Bigger inputs are rejected
	// with isnad.ErrTooLarge before they are read into memory.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Error is the failure of one input. URI names it: the path, "path:LINE" for
// a line of a JSON Lines file, "path#N" for the Nth record of a JSON array,
// "-" for stdin. Err wraps a hub sentinel (isnad.ErrEmpty, ErrBinary,
// ErrEncoding, ErrTooLarge, ErrUnreadable, ErrBadRecord, ErrUnsupported).
type Error struct {
	URI string
	Err error
}

// Error returns one line, "URI: reason", so that a batch's stderr has exactly
// one line per bad input whatever the path or the JSON parser said.
func (e *Error) Error() string {
	if e.Err == nil {
		return oneLine(e.URI) + ": unknown error"
	}
	return oneLine(e.URI) + ": " + oneLine(e.Err.Error())
}

// Unwrap lets errors.Is find the hub sentinel.
func (e *Error) Unwrap() error { return e.Err }

// problem pairs a hub sentinel with the human reason shown to the user, so
// that the message reads "empty file" rather than repeating the sentinel's
// own text, and errors.Is still finds the sentinel (and the OS cause, if any).
type problem struct {
	kind   error
	reason string
	cause  error
}

func (p *problem) Error() string { return p.reason }

func (p *problem) Unwrap() []error {
	if p.cause == nil {
		return []error{p.kind}
	}
	return []error{p.kind, p.cause}
}

func fail(kind error, format string, args ...any) error {
	return &problem{kind: kind, reason: fmt.Sprintf(format, args...)}
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }

// sizeText prints a measured size in decimal units, as file managers do.
func sizeText(n int64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}

// limitText prints a configured limit in the binary units it was most
// likely written in.
func limitText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
