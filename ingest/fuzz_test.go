package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest"
)

// jsonlWant is what Walk must make of a JSONL input, line by line: the
// lines that give a document or an error, in order, and those of them too
// long to read.
type jsonlWant struct {
	binary  bool  // a NUL byte near the start: one error for the whole input
	lines   []int // 1-based lines that give exactly one event each
	tooLong map[int]bool
}

// expectJSONL computes jsonlWant from the input and the line limit, by the
// rules LoadOptions and Walk document: a line is what ends at '\n' (a final
// '\r' dropped); blank lines are skipped; a line of more than max bytes
// (its newline aside) is an error.
func expectJSONL(data []byte, max int64) jsonlWant {
	w := jsonlWant{tooLong: map[int]bool{}}
	if bytes.IndexByte(data[:min(len(data), 8<<10)], 0) >= 0 {
		w.binary = true
		return w
	}
	for pos, line := 0, 1; pos < len(data); line++ {
		content := data[pos:]
		size := len(content)
		if nl := bytes.IndexByte(content, '\n'); nl >= 0 {
			content = content[:nl]
			size = nl + 1
		}
		pos += size
		switch {
		case int64(size) > max+1:
			w.tooLong[line] = true
			w.lines = append(w.lines, line)
		case len(bytes.TrimSpace(bytes.TrimSuffix(content, []byte("\r")))) > 0:
			w.lines = append(w.lines, line)
		}
	}
	return w
}

// jsonlEvent is a document or an error from Walk.
type jsonlEvent struct {
	raw *ingest.Raw
	err *ingest.DocError
}

// FuzzWalkJSONL reads arbitrary bytes as a JSONL file and as standard
// input. Walk must not panic, and every line that is not blank must give
// exactly one document or one *DocError naming that line, in order: a
// document whose record has no id is named "path:line"; an error carries
// the line, and an offset inside the input. A NUL byte in the first 8 KB
// makes the whole input one ErrBinary error.
func FuzzWalkJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Kenyan President William Ruto met Abiy Ahmed."}`+"\n"), uint16(200))
	f.Add([]byte("{\"text\":\"one\"}\r\n\n{broken\n{\"text\":5}\n[1,2]\n{\"id\":7,\"text\":\"two\"}"), uint16(100))
	f.Add([]byte("\uFEFF{\"text\":\"bom\",\"title\":null,\"date\":\"1987-02-26T15:01:01Z\"}\n   \n\t\n{\"text\":\"   \"}\n"), uint16(64))
	f.Add([]byte(`{"text":"`+strings.Repeat("long ", 40)+`"}`+"\n"+`{"text":"short"}`), uint16(50))
	f.Add([]byte("{\"text\":\"a\"}\n\x00\x01\x02"), uint16(100))
	f.Add([]byte("{\"text\":\"\\ud800 lone surrogate \xff\xfe\",\"id\":{\"x\":1}}\n{\"text\":\"ok\",\"publisher\":[]}\n"), uint16(300))
	// One file per fuzzing process, rewritten for each input (inputs run
	// one at a time in a process).
	path := filepath.Join(f.TempDir(), "in.jsonl")
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		max := 16 + int64(limit)%2048
		want := expectJSONL(data, max)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		// An id field no record has: every document is named path:line.
		noID := ingest.LoadOptions{IDField: "\x00kg-fuzz-no-id\x00", MaxBytes: max}
		checkJSONL(t, path, data, want, walkPath(t, path, noID), true)
		// The default fields: ids of any type, so lines are known only for
		// errors.
		checkJSONL(t, path, data, want, walkPath(t, path, ingest.LoadOptions{MaxBytes: max}), false)
		// Standard input is JSONL when it starts with '{' (and is not
		// gzip).
		if i := bytes.IndexFunc(data, func(r rune) bool { return !unicode.IsSpace(r) }); i >= 0 && i < 4000 && data[i] == '{' {
			noID.Stdin = bytes.NewReader(data)
			checkJSONL(t, "-", data, want, walkPath(t, "-", noID), true)
		}
	})
}

// walkPath walks path (any format) and returns what it gave, in order.
func walkPath(t *testing.T, path string, opt ingest.LoadOptions) []jsonlEvent {
	var evs []jsonlEvent
	err := ingest.Walk(context.Background(), []string{path}, opt, func(r ingest.Raw) error {
		evs = append(evs, jsonlEvent{raw: &r})
		return nil
	}, func(e *ingest.DocError) {
		evs = append(evs, jsonlEvent{err: e})
	})
	if err != nil {
		t.Fatalf("Walk returned %v", err)
	}
	return evs
}

// checkJSONL checks events against want; named says that documents are
// named path:line.
func checkJSONL(t *testing.T, path string, data []byte, want jsonlWant, evs []jsonlEvent, named bool) {
	t.Helper()
	if want.binary {
		if len(evs) != 1 || evs[0].err == nil || !errors.Is(evs[0].err, ingest.ErrBinary) || evs[0].err.Line != 0 {
			t.Fatalf("%s: input with a NUL byte gave %v, want one ErrBinary", path, describeEvents(evs))
		}
		return
	}
	if len(evs) != len(want.lines) {
		t.Fatalf("%s: %d events for %d lines that are not blank (%v): %v", path, len(evs), len(want.lines), want.lines, describeEvents(evs))
	}
	for i, ev := range evs {
		line := want.lines[i]
		if e := ev.err; e != nil {
			if e.Source != path || e.Line != line {
				t.Errorf("%s: error %q names %s:%d, want line %d", path, e, e.Source, e.Line, line)
			}
			if e.Err == nil || !strings.HasPrefix(e.Error(), path+":"+strconv.Itoa(line)+": ") {
				t.Errorf("%s: error message %q", path, e)
			}
			if e.Offset < -1 || e.Offset > int64(len(data)) {
				t.Errorf("%s: error %q at offset %d of %d bytes", path, e, e.Offset, len(data))
			}
			if errors.Is(e, ingest.ErrTooLarge) != want.tooLong[line] {
				t.Errorf("%s: line %d: %q, too long: %v", path, line, e, want.tooLong[line])
			}
			continue
		}
		r := ev.raw
		if want.tooLong[line] {
			t.Errorf("%s: line %d is too long but gave a document", path, line)
		}
		if named && r.Source != path+":"+strconv.Itoa(line) {
			t.Errorf("%s: document %q, want it named for line %d", path, r.Source, line)
		}
		if r.Format != "jsonl" || strings.TrimSpace(r.Text) == "" || r.Bytes <= 0 {
			t.Errorf("%s: line %d: document %+v", path, line, *r)
		}
		for _, s := range []string{r.Source, r.Text, r.Title, r.URL, r.Publisher, r.Published} {
			if !utf8.ValidString(s) {
				t.Errorf("%s: line %d: invalid UTF-8 in %q", path, line, s)
			}
		}
		if p := r.Published; p != "" && ingest.NormalizeDate(p) != p {
			t.Errorf("%s: line %d: published %q is not a normalized date", path, line, p)
		}
	}
}

func describeEvents(evs []jsonlEvent) string {
	var parts []string
	for _, ev := range evs {
		if ev.err != nil {
			parts = append(parts, "error "+ev.err.Error())
		} else {
			parts = append(parts, "document "+ev.raw.Source)
		}
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

// FuzzWalkFile reads arbitrary bytes as a .txt, .md, .html and gzipped
// file. Walk must not panic, and must give either one document with valid
// UTF-8 text that is not blank, or one *DocError naming the file.
func FuzzWalkFile(f *testing.F) {
	f.Add([]byte("Harbour talks resume\n\nVELMORE, March 3, 2024 (Reuters) - Ministers met.\n"))
	f.Add([]byte("---\ntitle: Pact\ndate: 2024-03-01\n---\n# River pact\n\nThe *pact* was [signed](http://x).\n```\ncode\n```\n"))
	f.Add([]byte("<html><head><title>T</title></head><body><article><p>Kenyan President William Ruto met Abiy Ahmed.</p></article><script>x</script></body></html>"))
	f.Add([]byte("<div><div><p>unclosed <b><i><table><tr><td>cell</div>&#xZZ;<!--"))
	f.Add([]byte("\uFEFF\xff\xfe caf\xe9\r\n\r\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.txt", "in.md", "in.html", "in.txt.gz"} {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			evs := walkPath(t, path, ingest.LoadOptions{MaxBytes: 1 << 20})
			if len(evs) != 1 {
				t.Fatalf("%s: %d events, want 1: %s", name, len(evs), describeEvents(evs))
			}
			if e := evs[0].err; e != nil {
				if e.Source != path || e.Line != 0 || e.Err == nil {
					t.Errorf("%s: error %q (source %q, line %d)", name, e, e.Source, e.Line)
				}
				continue
			}
			r := evs[0].raw
			if r.Source != path || strings.TrimSpace(r.Text) == "" {
				t.Errorf("%s: document %+v", name, *r)
			}
			for _, s := range []string{r.Text, r.Title, r.URL, r.Publisher, r.Published} {
				if !utf8.ValidString(s) {
					t.Errorf("%s: invalid UTF-8 in %q", name, s)
				}
			}
		}
	})
}
