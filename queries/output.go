package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable writes the result as a table aligned with spaces: a header of
// the column names in capitals, then one line per row. Tabs and line breaks
// inside a cell become spaces.
func (r *Result) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cells := make([]string, len(r.Columns))
	for i, c := range r.Columns {
		cells[i] = strings.ToUpper(c)
	}
	io.WriteString(tw, strings.Join(cells, "\t")+"\n")
	for _, row := range r.Rows {
		for i, c := range row {
			cells[i] = oneLine(c)
		}
		io.WriteString(tw, strings.Join(cells, "\t")+"\n")
	}
	return tw.Flush()
}

var lineBreaks = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ", "\u2028", " ", "\u2029", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }

// WriteCSV writes the result as CSV (RFC 4180) with a header line of the
// column names.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return err
	}
	if err := cw.WriteAll(r.Rows); err != nil {
		return err
	}
	return cw.Error()
}

// WriteJSON writes the result as a JSON array with one object per row, its
// keys in column order and numbers as numbers.
func (r *Result) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, vals := range r.Values {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, c := range r.Columns {
			if j > 0 {
				b.WriteString(", ")
			}
			writeJSON(&b, c)
			b.WriteString(": ")
			writeJSON(&b, vals[j])
		}
		b.WriteString("}")
	}
	if len(r.Values) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeJSON(b *bytes.Buffer, v interface{}) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		enc.Encode(format(v))
	}
	b.Truncate(b.Len() - 1) // Encode's newline
}
