package isnad

import "errors"

// Sentinel errors classify why an input could not be made into a Document.
// Stages wrap them with %w and the context (which input, which line); the
// command turns them into its exit status in one place.
var (
	ErrUnreadable  = errors.New("cannot read input")
	ErrEmpty       = errors.New("empty input")
	ErrTooLarge    = errors.New("input too large")
	ErrBinary      = errors.New("binary data, not text")
	ErrEncoding    = errors.New("text encoding not recognised")
	ErrBadRecord   = errors.New("malformed record")
	ErrNoText      = errors.New("no article text found")
	ErrNotArabic   = errors.New("article is not in Arabic")
	ErrUnsupported = errors.New("unsupported input format")
)
