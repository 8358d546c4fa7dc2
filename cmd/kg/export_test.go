package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// demoStore ingests examples/corpus into a fresh store.
func demoStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRun(t, "ingest", "--quiet", "--db", db, "../../examples/corpus")
	return db
}

// TestExportEveryFormat writes the demo graph in every format, to a file
// named by extension and to standard output, and parses each.
func TestExportEveryFormat(t *testing.T) {
	db := demoStore(t)
	for _, f := range export.Formats {
		t.Run(string(f), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "graph"+f.Ext())
			_, errs, err := run(t, "export", "--db", db, "-o", out)
			if err != nil {
				t.Fatalf("%v\n%s", err, errs)
			}
			if !strings.Contains(errs, "kg export: ") || !strings.Contains(errs, filepath.Base(out[:len(out)-len(f.Ext())])) {
				t.Errorf("no summary on standard error: %q", errs)
			}
			if f == export.CSV {
				nodes, edges := export.CSVPaths(out)
				for _, p := range []string{nodes, edges} {
					b, err := os.ReadFile(p)
					if err != nil {
						t.Fatal(err)
					}
					if rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll(); err != nil || len(rows) < 5 {
						t.Errorf("%s: %d rows, %v", p, len(rows), err)
					}
				}
				if _, err := os.Stat(out); !os.IsNotExist(err) {
					t.Errorf("%s was written too", out)
				}
				return
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			checkParses(t, f, b)
			stdout := mustRun(t, "export", "--db", db, "--format", string(f))
			if stdout != string(b) {
				t.Errorf("standard output differs from -o %s", out)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("temporary files left: %v", entries)
			}
		})
	}
}

// checkParses parses an export with the Go parser for its format and
// checks that it holds a graph of the demo corpus.
func checkParses(t *testing.T, f export.Format, b []byte) {
	t.Helper()
	if !bytes.Contains(b, []byte("Aliyev")) {
		t.Errorf("no Aliyev in the %s export", f)
	}
	switch f {
	case export.GraphML, export.GEXF:
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
	case export.Cytoscape, export.Graphology:
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	case export.JSONLines:
		readRecords(t, string(b))
	case export.DOT:
		if !bytes.HasPrefix(b, []byte(`digraph "kg" {`)) || !bytes.HasSuffix(b, []byte("}\n")) {
			t.Errorf("DOT is not one digraph")
		}
	case export.NQuads:
		for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if !strings.HasPrefix(l, "<") || !strings.HasSuffix(l, " .") {
				t.Fatalf("not an N-Quad: %s", l)
			}
		}
	}
}

// TestExportJSONLUnchanged checks that kg export --format jsonl --names
// gazetteer is byte for byte what export.JSONL writes from the store's
// statements, and that the default is the same through
// export.WrittenNames, which renames some of the demo's entities.
func TestExportJSONLUnchanged(t *testing.T) {
	db := demoStore(t)
	gazetteer := mustRun(t, "export", "--db", db, "--format", "jsonl", "--names", "gazetteer")
	written := mustRun(t, "export", "--db", db, "--format", "jsonl")
	store, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	src := export.Source(func(fn func(schema.Statement) error) error { return store.Statements(context.Background(), fn) })
	jsonl := func(src export.Source) string {
		var b bytes.Buffer
		jw := export.NewJSONL(&b)
		if err := src(jw.Write); err != nil {
			t.Fatal(err)
		}
		if err := jw.Close(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if want := jsonl(src); gazetteer != want {
		t.Errorf("kg export --format jsonl --names gazetteer changed:\n got %.300s\nwant %.300s", gazetteer, want)
	}
	if want := jsonl(export.WrittenNames(src)); written != want {
		t.Errorf("kg export --format jsonl changed:\n got %.300s\nwant %.300s", written, want)
	}
	if gazetteer == "" {
		t.Error("no statements")
	}
	// the demo writes "Volodymyr Zelenskyy", the gazetteer's name is
	// "Volodymyr Zelensky"
	if written == gazetteer || !strings.Contains(written, `"Volodymyr Zelenskyy"`) || strings.Contains(written, `"Volodymyr Zelensky"`) {
		t.Errorf("the default export does not print the demo's written names")
	}
}

func TestExportFilters(t *testing.T) {
	db := demoStore(t)
	for _, tc := range []struct {
		name    string
		args    []string
		has     []string
		hasNot  []string
		maxNode int
	}{
		{"facts only", nil, []string{`"met_with"`}, []string{"negated"}, 0},
		{"all marks negated edges", []string{"--all"}, []string{`"recognizes (negated)"`}, nil, 0},
		{"seed by alias", []string{"--seed", "aliyev"}, []string{`"Ilham Aliyev"`, `"Azerbaijan"`}, []string{`"Central Asia"`, `"Kazakhstan"`}, 0},
		{"seed depth 2", []string{"--seed", "Aliyev", "--depth", "2"}, []string{`"Russia"`, `"Nikol Pashinyan"`}, []string{`"Central Asia"`}, 0},
		{"predicate", []string{"-p", "located-in"}, []string{`"Central Asia"`}, []string{`"met_with"`, `"Ilham Aliyev"`}, 0},
		{"type", []string{"--type", "person"}, []string{`"Marco Rubio"`}, []string{`"Azerbaijan"`}, 0},
		{"max nodes", []string{"--max-nodes", "5"}, []string{`"Kazakhstan"`, `"Abraham Accords"`}, nil, 5},
		{"since", []string{"--since", "2030"}, nil, []string{`"Aliyev"`}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRun(t, append([]string{"export", "--db", db, "--format", "cytoscape"}, tc.args...)...)
			for _, s := range tc.has {
				if !strings.Contains(out, s) {
					t.Errorf("no %s", s)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(out, s) {
					t.Errorf("has %s", s)
				}
			}
			var v struct{ Elements struct{ Nodes []any } }
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatal(err)
			}
			if tc.maxNode > 0 && len(v.Elements.Nodes) > tc.maxNode {
				t.Errorf("%d nodes, want at most %d", len(v.Elements.Nodes), tc.maxNode)
			}
		})
	}
}

func TestExportErrors(t *testing.T) {
	db := demoStore(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"--format", "svg"}, `unknown format "svg"`},
		{"unknown extension", []string{"-o", filepath.Join(dir, "graph.json")}, "cannot tell the format"},
		{"csv to stdout", []string{"--format", "csv"}, "give -o FILE.csv"},
		{"unknown predicate", []string{"--predicate", "likes"}, `unknown predicate "likes"`},
		{"unknown type", []string{"--type", "Planet"}, `unknown entity type "Planet"`},
		{"bad since", []string{"--since", "last year"}, `since "last year" is not an ISO 8601 date prefix`},
		{"depth without seed", []string{"--depth", "2"}, "--depth needs --seed"},
		{"unknown seed", []string{"--seed", "Nobody", "-o", filepath.Join(dir, "g.gexf")}, `seed "Nobody": no such entity`},
		{"argument", []string{"graph.gexf"}, "unexpected argument"},
		{"unknown names", []string{"--names", "canonical"}, `--names "canonical": give written or gazetteer`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, err := run(t, append([]string{"export", "--db", db}, tc.args...)...)
			if err == nil {
				t.Fatal("succeeded")
			}
			if !strings.Contains(err.Error()+errs, tc.want) {
				t.Errorf("error %q (%s), want it to say %q", err, errs, tc.want)
			}
		})
	}
	// A failed export leaves nothing behind.
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left after failed exports: %v", entries)
	}
}

// TestSameTextTwoSources ingests one story under two JSONL ids, in one
// run and again in a second: the export names both ids for each
// statement, and kg rm of one id keeps the story under the other.
func TestSameTextTwoSources(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	story := "Tom Pell, the painter, was born in Hallowell, Maine."
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("a.jsonl", `{"id":"wire-1","text":"`+story+`"}`+"\n"+`{"id":"wire-2","text":"`+story+`"}`+"\n")
	second := write("b.jsonl", `{"id":"wire-3","text":"`+story+`"}`+"\n")
	mustRun(t, "ingest", "--quiet", "--db", db, first)
	mustRun(t, "ingest", "--quiet", "--db", db, second)
	mustRun(t, "ingest", "--quiet", "--db", db, first) // the same sources again: nothing new
	sources := func() map[string]int {
		out := mustRun(t, "export", "--db", db, "--format", "jsonl")
		n := map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct{ Source, Predicate string }
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			if r.Predicate == "lives_in" {
				n[r.Source]++
			}
		}
		return n
	}
	if got := sources(); !reflect.DeepEqual(got, map[string]int{"wire-1": 1, "wire-2": 1, "wire-3": 1}) {
		t.Errorf("lives_in lines by source = %v, want one for each of wire-1, wire-2, wire-3", got)
	}
	if out := mustRun(t, "rm", "--db", db, "wire-1"); !strings.Contains(out, "stays under wire-2") {
		t.Errorf("kg rm wire-1: %q", out)
	}
	if got := sources(); !reflect.DeepEqual(got, map[string]int{"wire-2": 1, "wire-3": 1}) {
		t.Errorf("after kg rm wire-1: %v", got)
	}
	if out := mustRun(t, "query", "--db", db, "statements", "source=wire-3"); !strings.Contains(out, "Tom Pell") {
		t.Errorf("statements source=wire-3:\n%s", out)
	}
}
