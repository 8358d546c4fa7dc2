package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/kg-project/kg/schema"
)

// JSONL writes the statements contract of DESIGN.md: one JSON object a
// line with the fields of schema.Record; a statement whose text was
// ingested under several sources has a line for each. It is what the evaluation tools
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

// Write writes one statement: one line, and one more for each other
// source its text was ingested under (Doc.AlsoAt), so that every source
// that states it is named.
func (j *JSONL) Write(st schema.Statement) error {
	if j.err != nil {
		return j.err
	}
	rec := st.Record()
	j.err = j.enc.Encode(rec)
	if j.err == nil {
		j.n++
	}
	for _, src := range st.Doc.AlsoAt {
		if j.err != nil || src == st.Doc.Source {
			break
		}
		rec.Source = src
		if j.err = j.enc.Encode(rec); j.err == nil {
			j.n++
		}
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
