package queries_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

func mustParse(t *testing.T, src string) queries.Query {
	t.Helper()
	q, err := queries.Parse("test.js", src)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestTimeout runs programs that never end: the deadline stops each through
// the iterator's context, and the store answers afterwards.
func TestTimeout(t *testing.T) {
	s := fixture(t)
	tests := []struct{ name, code string }{
		{"loop", "while (true) {}"},
		{"traversals", "for (;;) { g.V().Out().In().Both().ToArray(); }"},
		{"callback", "g.V().ForEach(function (x) { for (;;) {} })"},
		{"prelude", "for (;;) { kgExpand(kgFactEdges().length ? [\"<kg:country/azerbaijan>\"] : []); }"},
		{"emits", "for (var i = 0; ; i++) { g.Emit({i: i}); }"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := mustParse(t, "// name: runaway\n// description: never ends\n"+tc.code+"\n")
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err := queries.Run(ctx, s, q, nil, 0)
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("took %v with a 300ms timeout", took)
			}
			if !errors.Is(err, queries.ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want ErrTimeout and DeadlineExceeded", err)
			}
		})
	}
	res, err := queries.Run(context.Background(), s, builtin(t, "who-met"), []string{"Bibi"}, 10)
	if err != nil || len(res.Rows) != 1 {
		t.Errorf("after the timeouts: %v, %v", res, err)
	}
}

// deadlineStore records whether Gizmo was called with a deadline.
type deadlineStore struct {
	queries.Store
	deadline time.Duration
}

func (d *deadlineStore) Gizmo(ctx context.Context, code string, limit int) ([]map[string]interface{}, error) {
	if dl, ok := ctx.Deadline(); ok {
		d.deadline = time.Until(dl)
	}
	return nil, nil
}

func (d *deadlineStore) Entities(ctx context.Context) ([]schema.Entity, error) { return nil, nil }

func TestDefaultTimeout(t *testing.T) {
	st := &deadlineStore{}
	q := mustParse(t, "// name: n\n// description: d\ng.V().All()\n")
	if _, err := queries.Run(context.Background(), st, q, nil, 10); err != nil {
		t.Fatal(err)
	}
	if st.deadline <= 0 || st.deadline > queries.DefaultTimeout {
		t.Errorf("a run without a deadline got %v, want at most %v", st.deadline, queries.DefaultTimeout)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := queries.Run(ctx, st, q, nil, 10); err != nil || st.deadline < 50*time.Second {
		t.Errorf("the caller's deadline was not kept: %v, %v", st.deadline, err)
	}
}

func TestLimit(t *testing.T) {
	s := fixture(t)
	q := mustParse(t, "// name: n\n// description: d\n// columns: i\nfor (var i = 0; i < 50; i++) { g.Emit({i: i}); }\n")
	res, err := queries.Run(context.Background(), s, q, nil, 7)
	if err != nil || len(res.Rows) != 7 || !res.Truncated {
		t.Errorf("limit 7: %d rows, truncated %v, %v", len(res.Rows), res.Truncated, err)
	}
	res, err = queries.Run(context.Background(), s, q, nil, 0)
	if err != nil || len(res.Rows) != 50 || res.Truncated {
		t.Errorf("no limit: %d rows, truncated %v, %v", len(res.Rows), res.Truncated, err)
	}
	// The prelude knows the limit, so queries can stop early.
	q = mustParse(t, "// name: n\n// description: d\ng.Emit({limit: kgLimit()});\n")
	res, err = queries.Run(context.Background(), s, q, nil, 42)
	if err != nil || len(res.Rows) != 1 || res.Rows[0][0] != "42" {
		t.Errorf("kgLimit: %v, %v", res, err)
	}
}

func TestSortAndOutput(t *testing.T) {
	s := fixture(t)
	q := mustParse(t, `// name: n
// description: d
// columns: name n note
// sort: -n name
g.Emit({name: "b", n: 9, note: "x"});
g.Emit({name: "a", n: 10, note: "tab\there, \"quoted\", line\nbreak"});
g.Emit({name: "c", n: 9, note: null});
g.Emit({name: "c", n: 9});
g.Emit({name: "d", n: 2.5, note: true});
`)
	res, err := queries.Run(context.Background(), s, q, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"a", "10", "tab\there, \"quoted\", line\nbreak"},
		{"b", "9", "x"},
		{"c", "9", ""},
		{"d", "2.5", "true"},
	}
	if !reflect.DeepEqual(res.Rows, want) {
		t.Fatalf("rows %q, want %q (numbers descending, then names)", res.Rows, want)
	}
	var b bytes.Buffer
	if err := res.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if want := "NAME  N    NOTE\n" +
		"a     10   tab here, \"quoted\", line break\n" +
		"b     9    x\n" +
		"c     9    \n" +
		"d     2.5  true\n"; b.String() != want {
		t.Errorf("table:\n%q\nwant\n%q", b.String(), want)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\n"); len(lines) != 5 {
		t.Errorf("table has %d lines, want 5 (line breaks in cells become spaces)", len(lines))
	}
	b.Reset()
	if err := res.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if want := "name,n,note\na,10,\"tab\there, \"\"quoted\"\", line\nbreak\"\nb,9,x\nc,9,\nd,2.5,true\n"; b.String() != want {
		t.Errorf("csv:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	if err := res.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if want := `[
  {"name": "a", "n": 10, "note": "tab\there, \"quoted\", line\nbreak"},
  {"name": "b", "n": 9, "note": "x"},
  {"name": "c", "n": 9, "note": null},
  {"name": "d", "n": 2.5, "note": true}
]
`; b.String() != want {
		t.Errorf("json:\n%s\nwant\n%s", b.String(), want)
	}
}
