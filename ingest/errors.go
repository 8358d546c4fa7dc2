package ingest

import (
	"errors"
	"strconv"
)

// Reasons a document cannot be loaded. A *DocError wraps one of them (or
// an I/O or JSON error), so callers can test with errors.Is.
var (
	ErrBinary      = errors.New("binary file")
	ErrTooLarge    = errors.New("document too large")
	ErrEmpty       = errors.New("empty document")
	ErrInvalidJSON = errors.New("invalid JSON")
	ErrFieldType   = errors.New("wrong field type")
	ErrNoText      = errors.New("no text field")
)

// DocError is a failure to read one document or one JSONL line; the run
// goes on with the rest.
type DocError struct {
	Source string // path as given, "-" for standard input
	Line   int    // 1-based line of a JSONL record, 0 when not applicable
	Offset int64  // byte offset of the problem in the (decompressed) input, -1 when unknown
	Err    error
}

// Error returns "source:line: message", or "source: message" when Line is 0.
func (e *DocError) Error() string {
	s := e.Source
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	msg := "<nil>"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return s + ": " + msg
}

// Unwrap returns the underlying error.
func (e *DocError) Unwrap() error { return e.Err }
