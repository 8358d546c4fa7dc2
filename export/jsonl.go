package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/kg-project/kg/schema"
)

// JSONL writes the statements contract of DESIGN.md: one JSON object a
// line with the fields of schema.Record. It is what the evaluation tools
// read. A JSONL keeps its first error and stops writing.
type JSONL struct {
	w   *bufio.Writer
	enc *json.Encoder
	err error
	n   int
}

// NewJSONL returns a writer of the statements contract to w.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

// Write writes one statement.
func (j *JSONL) Write(st schema.Statement) error {
	if j.err != nil {
		return j.err
	}
	j.err = j.enc.Encode(st.Record())
	if j.err == nil {
		j.n++
	}
	return j.err
}

// Count is the number of statements written.
func (j *JSONL) Count() int { return j.n }

// Close flushes buffered output; it does not close the underlying writer.
func (j *JSONL) Close() error {
	if j.err != nil {
		return j.err
	}
	j.err = j.w.Flush()
	return j.err
}
