package graph_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

func TestMemory(t *testing.T) {
	testStore(t, func(t *testing.T) *graph.Store { return mustOpen(t, "memory", graph.Options{}) })
}

func TestBolt(t *testing.T) {
	skipBoltUnderRace(t)
	testStore(t, func(t *testing.T) *graph.Store { return mustOpen(t, t.TempDir(), graph.Options{}) })
}

func skipBoltUnderRace(t *testing.T) {
	if raceEnabled {
		t.Skip("boltdb/bolt v1.3.1 fails checkptr under -race")
	}
}

func TestPostgres(t *testing.T) {
	open := postgresOpener(t)
	testStore(t, open)
}

func mustOpen(t testing.TB, addr string, opt graph.Options) *graph.Store {
	t.Helper()
	s, err := graph.Open(addr, opt)
	if err != nil {
		t.Fatalf("Open(%q): %v", addr, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// postgresOpener returns a function that opens a store in a fresh database
// (dropped after its test), or skips t when no PostgreSQL server answers.
// KG_TEST_POSTGRES overrides the server URL.
func postgresOpener(t *testing.T) func(t *testing.T) *graph.Store {
	newDB := postgresDatabases(t)
	return func(t *testing.T) *graph.Store { return mustOpen(t, newDB(t), graph.Options{}) }
}

// postgresDatabases returns a function that creates a database for a test,
// drops it when the test ends and returns its URL; it skips t when no
// PostgreSQL server answers.
func postgresDatabases(t *testing.T) func(t *testing.T) string {
	base := os.Getenv("KG_TEST_POSTGRES")
	if base == "" {
		base = "postgres://postgres@/test?host=/var/run/postgresql&sslmode=disable"
	}
	admin, err := sql.Open("postgres", base)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		err = admin.PingContext(ctx)
		cancel()
	}
	if err != nil {
		t.Skipf("no PostgreSQL server at %s (set KG_TEST_POSTGRES to a reachable URL): %v", base, err)
	}
	t.Cleanup(func() { admin.Close() })
	var n atomic.Int64
	return func(t *testing.T) string {
		name := fmt.Sprintf("kg_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, n.Add(1))
		if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
			t.Fatalf("create database: %v", err)
		}
		// Registered before the test opens stores, so it runs after they close.
		t.Cleanup(func() {
			if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
				t.Errorf("drop database %s: %v", name, err)
			}
		})
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + name
		return u.String()
	}
}

func TestPostgresReopen(t *testing.T) {
	ctx := context.Background()
	addr := postgresDatabases(t)(t)
	if _, err := graph.Open(addr, graph.Options{ReadOnly: true}); !errors.Is(err, graph.ErrNotExist) {
		t.Errorf("read-only Open of an empty database: %v, want ErrNotExist", err)
	}
	s := mustOpen(t, addr, graph.Options{})
	if ok, err := s.WriteDocument(ctx, docA, statementsA); !ok || err != nil {
		t.Fatalf("WriteDocument: %v, %v", ok, err)
	}
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, opt := range []graph.Options{{}, {ReadOnly: true}} {
		s := mustOpen(t, addr, opt)
		if got, err := s.Stats(ctx); err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("reopened %+v: %+v, %v; want %+v", opt, got, err, want)
		}
		if ok, err := s.WriteDocument(ctx, docA, statementsA); ok || (err != nil) != opt.ReadOnly {
			t.Errorf("reopened %+v: rewrite = %v, %v", opt, ok, err)
		}
		if opt.ReadOnly {
			if _, err := s.WriteDocument(ctx, docB, statementsB); !errors.Is(err, graph.ErrReadOnly) {
				t.Errorf("write to read-only store: %v, want ErrReadOnly", err)
			}
		}
		s.Close()
	}
}

// testStore is the conformance suite every backend runs.
func testStore(t *testing.T, open func(t *testing.T) *graph.Store) {
	ctx := context.Background()
	write := func(t *testing.T, s *graph.Store, d schema.Document, sts []schema.Statement) {
		t.Helper()
		ok, err := s.WriteDocument(ctx, d, sts)
		if err != nil || !ok {
			t.Fatalf("WriteDocument(%s) = %v, %v; want true, nil", d.Source, ok, err)
		}
	}
	all := func(t *testing.T, s *graph.Store) []schema.Statement {
		t.Helper()
		var out []schema.Statement
		if err := s.Statements(ctx, func(st schema.Statement) error { out = append(out, st); return nil }); err != nil {
			t.Fatalf("Statements: %v", err)
		}
		return out
	}
	stats := func(t *testing.T, s *graph.Store) graph.Stats {
		t.Helper()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatalf("Stats: %v", err)
		}
		return st
	}
	gizmo := func(t *testing.T, s *graph.Store, code string) []map[string]interface{} {
		t.Helper()
		rows, err := s.Gizmo(ctx, code, 100)
		if err != nil {
			t.Fatalf("Gizmo(%s): %v", code, err)
		}
		return rows
	}

	t.Run("WriteReadBack", func(t *testing.T) {
		s := open(t)
		write(t, s, docB, statementsB)
		write(t, s, docA, statementsA)
		write(t, s, docC, statementsC)
		got := all(t, s)
		exp := append(append(want(docA, statementsA...), want(docB, statementsB...)...), want(docC, statementsC...)...)
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("Statements:\n got %s\nwant %s", dump(got), dump(exp))
		}
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var wantDocs []schema.Document
		for _, d := range []schema.Document{docA, docB, docC} {
			d.Text = ""
			wantDocs = append(wantDocs, d)
		}
		if !reflect.DeepEqual(docs, wantDocs) {
			t.Errorf("Documents:\n got %+v\nwant %+v", docs, wantDocs)
		}
		ents, err := s.Entities(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var wantEnts []schema.Entity
		for _, e := range []schema.Entity{abraham, armenia, azerbai, china, aliyev, israel, saudi, witkoff, unitedSts} {
			wantEnts = append(wantEnts, normEntity(e))
		}
		if !reflect.DeepEqual(ents, wantEnts) {
			t.Errorf("Entities:\n got %+v\nwant %+v", ents, wantEnts)
		}
		for _, tc := range []struct {
			name string
			want []schema.Entity
		}{
			{"Ilham Aliyev", []schema.Entity{normEntity(aliyev)}},
			{"President Aliyev", []schema.Entity{normEntity(aliyev)}},
			{"kg:person/ilham_aliyev", []schema.Entity{normEntity(aliyev)}},
			{"ilham aliyev", nil},
			{"Talks in Baku", nil}, // a document's title
			{"kg:doc/" + docA.Hash, nil},
		} {
			got, err := s.EntitiesNamed(ctx, tc.name)
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("EntitiesNamed(%q) = %+v, %v; want %+v", tc.name, got, err, tc.want)
			}
		}
		for _, d := range []schema.Document{docA, docB, docC} {
			if ok, err := s.HasDocument(ctx, d.Hash); err != nil || !ok {
				t.Errorf("HasDocument(%s) = %v, %v", d.Source, ok, err)
			}
		}
		if ok, err := s.HasDocument(ctx, schema.ContentHash("never written")); err != nil || ok {
			t.Errorf("HasDocument(unknown) = %v, %v", ok, err)
		}
		unknown := schema.ContentHash("never written")
		stored, err := s.HasDocuments(ctx, []string{docC.Hash, unknown, docA.Hash, docC.Hash})
		if exp := map[string]bool{docA.Hash: true, docC.Hash: true}; err != nil || !reflect.DeepEqual(stored, exp) {
			t.Errorf("HasDocuments = %v, %v; want %v", stored, err, exp)
		}
		if stored, err := s.HasDocuments(ctx, nil); err != nil || len(stored) != 0 {
			t.Errorf("HasDocuments(nil) = %v, %v", stored, err)
		}
		st := stats(t, s)
		wantStats := graph.Stats{
			Documents:  3,
			Entities:   map[schema.EntityType]int{schema.Person: 2, schema.Country: 6, schema.Agreement: 1},
			Statements: map[schema.Predicate]int{schema.MetWith: 2, schema.HeadOf: 1, schema.Recognizes: 1, schema.ImportsFrom: 1, schema.Borders: 1, schema.Brokered: 1},
			Modalities: map[schema.Modality]int{schema.Asserted: 2, schema.Reported: 2, schema.Negated: 1, schema.Hedged: 1, schema.Planned: 1},
			Quads:      st.Quads,
		}
		if !reflect.DeepEqual(st, wantStats) {
			t.Errorf("Stats:\n got %+v\nwant %+v", st, wantStats)
		}
		if st.Quads < 100 {
			t.Errorf("Stats.Quads = %d, want the quads of 7 statements and 9 entities", st.Quads)
		}
	})

	t.Run("Idempotent", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		write(t, s, docB, statementsB)
		before, stmts := stats(t, s), all(t, s)
		for _, d := range []struct {
			doc schema.Document
			sts []schema.Statement
		}{{docA, statementsA}, {docB, statementsB}} {
			ok, err := s.WriteDocument(ctx, d.doc, d.sts)
			if err != nil || ok {
				t.Errorf("re-WriteDocument(%s) = %v, %v; want false, nil", d.doc.Source, ok, err)
			}
		}
		n, err := s.WriteBatch(ctx, []graph.Batch{{Doc: docA, Statements: statementsA}, {Doc: docC, Statements: statementsC}, {Doc: docC, Statements: statementsC}})
		if err != nil || n != 1 {
			t.Errorf("WriteBatch(A, C, C) = %d, %v; want 1 (only C is new)", n, err)
		}
		if _, _, err := s.RemoveDocument(ctx, docC.Source); err != nil {
			t.Fatal(err)
		}
		if after := stats(t, s); !reflect.DeepEqual(before, after) {
			t.Errorf("stats changed:\n before %+v\n after  %+v", before, after)
		}
		if got := all(t, s); !reflect.DeepEqual(got, stmts) {
			t.Errorf("statements changed:\n got %s\nwant %s", dump(got), dump(stmts))
		}
	})

	t.Run("PlainEdges", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		tests := []struct {
			name, code string
			want       []string
		}{
			{"asserted", `g.V("<kg:person/ilham_aliyev>").Out("<kg:met_with>").All()`, []string{"kg:person/steve_witkoff"}},
			{"reported", `g.V("<kg:person/ilham_aliyev>").Out("<kg:head_of>").All()`, []string{"kg:country/azerbaijan"}},
			{"negated", `g.V("<kg:country/saudi_arabia>").Out("<kg:recognizes>").All()`, nil},
			{"hedged", `g.V("<kg:country/azerbaijan>").Out("<kg:imports_from>").All()`, nil},
			{"negated statement kept", `g.V("<kg:country/saudi_arabia>").In("<kg:subject>").Has("<kg:predicate>", "recognizes").Out("<kg:modality>").All()`, []string{"negated"}},
			{"entity predicates", `g.V("<kg:person/ilham_aliyev>").OutPredicates().All()`,
				[]string{"kg:alias", "kg:head_of", "kg:met_with", "kg:name", "kg:qid", "kg:type"}},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				var got []string
				for _, r := range gizmo(t, s, tc.code) {
					got = append(got, fmt.Sprint(r["id"]))
				}
				sort.Strings(got)
				if !reflect.DeepEqual(got, tc.want) {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			})
		}
		rows := gizmo(t, s, `g.V("<kg:person/ilham_aliyev>").Out("<kg:met_with>").Labels().All()`)
		if len(rows) != 1 || rows[0]["id"] != schema.DocumentIRI(docA.Hash) {
			t.Errorf("label of the plain edge: %v, want %s", rows, schema.DocumentIRI(docA.Hash))
		}
	})

	t.Run("Remove", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		write(t, s, docB, statementsB)
		d, n, err := s.RemoveDocument(ctx, docA.Source)
		if err != nil {
			t.Fatalf("RemoveDocument: %v", err)
		}
		wantDoc := docA
		wantDoc.Text = ""
		if n != len(statementsA) || !reflect.DeepEqual(d, wantDoc) {
			t.Errorf("RemoveDocument = %+v, %d; want %+v, %d", d, n, wantDoc, len(statementsA))
		}
		if got, exp := all(t, s), want(docB, statementsB...); !reflect.DeepEqual(got, exp) {
			t.Errorf("left:\n got %s\nwant %s", dump(got), dump(exp))
		}
		// docB still supports the met_with edge; head_of went with docA.
		edge := func(code string) []map[string]interface{} { return gizmo(t, s, code) }
		if r := edge(`g.V("<kg:person/ilham_aliyev>").Out("<kg:met_with>").All()`); len(r) != 1 || r[0]["id"] != "kg:person/steve_witkoff" {
			t.Errorf("met_with edge supported by docB: %v", r)
		}
		if r := edge(`g.V("<kg:person/ilham_aliyev>").Out("<kg:met_with>").Labels().All()`); len(r) != 1 || r[0]["id"] != schema.DocumentIRI(docB.Hash) {
			t.Errorf("met_with edge label: %v, want docB", r)
		}
		if r := edge(`g.V("<kg:person/ilham_aliyev>").Out("<kg:head_of>").All()`); len(r) != 0 {
			t.Errorf("head_of edge only docA supported: %v", r)
		}
		// The same store as one where only docB was written.
		fresh := open(t)
		write(t, fresh, docB, statementsB)
		if got, exp := stats(t, s), stats(t, fresh); !reflect.DeepEqual(got, exp) {
			t.Errorf("stats after remove:\n got %+v\nwant %+v", got, exp)
		}
		e1, err1 := s.Entities(ctx)
		e2, err2 := fresh.Entities(ctx)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(e1, e2) {
			t.Errorf("entities after remove:\n got %+v\nwant %+v (%v %v)", e1, e2, err1, err2)
		}
		if r := edge(`g.V("<kg:country/saudi_arabia>", "<kg:country/china>", "<kg:country/israel>").Out().All()`); len(r) != 0 {
			t.Errorf("entities only docA mentioned are still there: %v", r)
		}
		if ok, _ := s.HasDocument(ctx, docA.Hash); ok {
			t.Errorf("HasDocument(docA) after remove")
		}
		// Written again after removal.
		write(t, s, docA, statementsA)
		if got, exp := len(all(t, s)), len(statementsA)+len(statementsB); got != exp {
			t.Errorf("after rewrite: %d statements, want %d", got, exp)
		}
	})

	t.Run("RemoveRef", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		write(t, s, docB, statementsB)
		write(t, s, docC, statementsC)
		docA2 := doc(docA.Source, "A second version of a.", "")
		write(t, s, docA2, nil)
		tests := []struct {
			name, ref string
			want      schema.Document
			err       error
		}{
			{"unknown source", "corpus/none.txt", schema.Document{}, graph.ErrNotFound},
			{"ambiguous source", docA.Source, schema.Document{}, graph.ErrAmbiguous},
			{"second version", docA2.Hash[:8], docA2, nil},
			{"short prefix", docA.Hash[:6], schema.Document{}, graph.ErrNotFound},
			{"hash prefix", docB.Hash[:10], docB, nil},
			{"full hash", docC.Hash, docC, nil},
			{"source", docA.Source, docA, nil},
			{"gone", docA.Source, schema.Document{}, graph.ErrNotFound},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				d, _, err := s.RemoveDocument(ctx, tc.ref)
				if tc.err != nil {
					if !errors.Is(err, tc.err) {
						t.Errorf("err = %v, want %v", err, tc.err)
					}
					return
				}
				if err != nil || d.Hash != tc.want.Hash {
					t.Errorf("RemoveDocument(%s) = %s, %v; want %s", tc.ref, d.Hash, err, tc.want.Hash)
				}
			})
		}
		if st := stats(t, s); st.Documents != 0 || len(st.Entities) != 0 || len(st.Statements) != 0 {
			t.Errorf("store not empty after removing everything: %+v", st)
		}
	})

	t.Run("Copies", func(t *testing.T) {
		s := open(t)
		copyOf := func(d schema.Document, source string) graph.Batch {
			d.Source, d.Text = source, ""
			return graph.Batch{Doc: d, Copy: true}
		}
		// in one batch: the first is the document, a repeat and a copy
		// under other sources are more sources of it, its own source again
		// is nothing
		repeat := docA
		repeat.Source = "mirror/a.txt"
		n, err := s.WriteBatch(ctx, []graph.Batch{{Doc: docA, Statements: statementsA}, {Doc: repeat, Statements: statementsA}, copyOf(docA, "feed-17"), copyOf(docA, docA.Source)})
		if err != nil || n != 1 {
			t.Fatalf("WriteBatch = %d, %v; want 1 document", n, err)
		}
		withCopies := docA
		withCopies.AlsoAt = []string{"feed-17", "mirror/a.txt"}
		if got, exp := all(t, s), want(withCopies, statementsA...); !reflect.DeepEqual(got, exp) {
			t.Errorf("read back:\n got %s\nwant %s", dump(got), dump(exp))
		}
		// in a later batch, against the stored document
		if _, err := s.WriteBatch(ctx, []graph.Batch{copyOf(docA, "feed-42"), copyOf(docA, "feed-17"), copyOf(docA, docA.Source)}); err != nil {
			t.Fatal(err)
		}
		if got := all(t, s)[0].Doc.AlsoAt; !reflect.DeepEqual(got, []string{"feed-17", "feed-42", "mirror/a.txt"}) {
			t.Errorf("AlsoAt after a second batch = %q", got)
		}
		// a copy of a text that is nowhere is refused, and the batch with it
		if _, err := s.WriteBatch(ctx, []graph.Batch{{Doc: docB, Statements: statementsB}, copyOf(docC, "feed-9")}); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("copy of an unknown text: %v, want ErrNotFound", err)
		}
		if ok, _ := s.HasDocument(ctx, docB.Hash); ok {
			t.Errorf("the batch with a bad copy was partly written")
		}
		// removing a copy's source keeps the text under the others
		if _, n, err := s.RemoveDocument(ctx, "feed-42"); err != nil || n != 0 {
			t.Fatalf("remove a copy's source: %d, %v", n, err)
		}
		if _, n, err := s.RemoveDocument(ctx, docA.Source); err != nil || n != 0 {
			t.Fatalf("remove the first source: %d, %v", n, err)
		}
		got := all(t, s)
		if len(got) != len(statementsA) || got[0].Doc.Source != "feed-17" || !reflect.DeepEqual(got[0].Doc.AlsoAt, []string{"mirror/a.txt"}) {
			t.Errorf("after removing two sources: %d statements, source %q, also at %q", len(got), got[0].Doc.Source, got[0].Doc.AlsoAt)
		}
		// the hash removes the text whatever its sources
		if _, n, err := s.RemoveDocument(ctx, docA.Hash); err != nil || n != len(statementsA) {
			t.Fatalf("remove by hash: %d, %v", n, err)
		}
		if st := stats(t, s); st.Documents != 0 || len(st.Statements) != 0 {
			t.Errorf("store not empty: %+v", st)
		}
	})

	t.Run("Gizmo", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		write(t, s, docB, statementsB)
		code := `g.V("<kg:person/ilham_aliyev>").In("<kg:subject>").Has("<kg:predicate>", "met_with").Tag("st").
			Save("<kg:modality>", "modality").SaveOpt("<kg:time>", "time").Save("<kg:confidence>", "confidence").Save("<kg:start>", "start").
			Out("<kg:object>").Save("<kg:name>", "other").
			Back("st").Out("<kg:document>").Save("<kg:source>", "source").All()`
		rows := gizmo(t, s, code)
		var got []string
		for _, r := range rows {
			got = append(got, fmt.Sprintf("%v|%v|%v|%v|%T %v|%T %v", r["other"], r["modality"], r["time"], r["source"], r["confidence"], r["confidence"], r["start"], r["start"]))
		}
		sort.Strings(got)
		exp := []string{
			"Steve Witkoff|asserted|2025-03|corpus/a.txt|float64 0.9|int64 0",
			"Steve Witkoff|reported|<nil>|corpus/b.txt|float64 0.7|int64 0",
		}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("got %q\nwant %q", got, exp)
		}
		emit := gizmo(t, s, `g.Emit({n: g.V("<kg:person/ilham_aliyev>").In("<kg:subject>").Count()}); g.Emit(7)`)
		if len(emit) != 2 || fmt.Sprint(emit[0]["n"]) != "3" || fmt.Sprint(emit[1]["value"]) != "7" {
			t.Errorf("Emit: %v", emit)
		}
		if rows, err := s.Gizmo(ctx, `g.V().All()`, 5); err != nil || len(rows) != 5 {
			t.Errorf("limit 5: %d rows, %v", len(rows), err)
		}
		if _, err := s.Gizmo(ctx, `g.V(.All()`, 5); err == nil {
			t.Errorf("syntax error not reported")
		}
		if _, err := s.Gizmo(ctx, `throw new Error("boom")`, 5); err == nil || !strings.Contains(err.Error(), "boom") {
			t.Errorf("thrown error: %v", err)
		}
	})

	t.Run("GizmoTimeout", func(t *testing.T) {
		s := open(t)
		write(t, s, docA, statementsA)
		write(t, s, docB, statementsB)
		tests := []struct{ name, code string }{
			{"while", `while (true) {}`},
			{"for in callback", `g.V().ForEach(function (x) { for (;;) {} })`},
			{"traversals", `for (;;) { g.V().Out().In().Out().In().ToArray(); }`},
			{"emit forever", `for (var i = 0; ; i++) { g.V().Out().In().Out().In().Count(); }`},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				ctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
				defer cancel()
				start := time.Now()
				_, err := s.Gizmo(ctx, tc.code, 10)
				if took := time.Since(start); took > 3*time.Second {
					t.Errorf("took %v with a 300ms deadline", took)
				}
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("err = %v, want DeadlineExceeded", err)
				}
			})
		}
		// The store still answers afterwards.
		if rows := gizmo(t, s, `g.V("<kg:person/ilham_aliyev>").Out("<kg:name>").All()`); len(rows) != 1 {
			t.Errorf("after timeouts: %v", rows)
		}
	})

	t.Run("Invalid", func(t *testing.T) {
		s := open(t)
		bad := func(f func(*schema.Statement)) []schema.Statement {
			st := statementsA[0]
			f(&st)
			return []schema.Statement{st}
		}
		tests := []struct {
			name string
			doc  schema.Document
			sts  []schema.Statement
		}{
			{"no hash", schema.Document{Source: "x"}, nil},
			{"bad hash", schema.Document{Source: "x", Hash: "XYZ12345678"}, nil},
			{"predicate", docA, bad(func(st *schema.Statement) { st.Predicate = "likes" })},
			{"modality", docA, bad(func(st *schema.Statement) { st.Modality = "Asserted" })},
			{"type", docA, bad(func(st *schema.Statement) { st.Object.Type = "Planet" })},
			{"name", docA, bad(func(st *schema.Statement) { st.Subject.Name = "" })},
			{"confidence", docA, bad(func(st *schema.Statement) { st.Confidence = 1.5 })},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				if ok, err := s.WriteDocument(ctx, tc.doc, tc.sts); err == nil || ok {
					t.Errorf("WriteDocument = %v, %v; want an error", ok, err)
				}
			})
		}
		if st := stats(t, s); st.Documents != 0 || st.Quads != 0 {
			t.Errorf("invalid writes left %+v", st)
		}
	})

	t.Run("Concurrent", func(t *testing.T) {
		// Ingest asks HasDocument from its workers while a batch is written.
		s := open(t)
		docs := make([]graph.Batch, 40)
		for i := range docs {
			d := doc(fmt.Sprintf("corpus/c%02d.txt", i), fmt.Sprintf("text %d", i), "")
			docs[i] = graph.Batch{Doc: d, Statements: statementsB}
		}
		var wg sync.WaitGroup
		errs := make(chan error, 100)
		for w := 0; w < 3; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, b := range docs {
					if _, err := s.HasDocument(ctx, b.Doc.Hash); err != nil {
						errs <- err
					}
					if _, err := s.Gizmo(ctx, `g.V("<kg:person/ilham_aliyev>").In("<kg:subject>").All()`, 10); err != nil {
						errs <- err
					}
				}
			}()
		}
		for i := 0; i < len(docs); i += 10 {
			if _, err := s.WriteBatch(ctx, docs[i:i+10]); err != nil {
				errs <- err
			}
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if st := stats(t, s); st.Documents != len(docs) {
			t.Errorf("%d documents, want %d", st.Documents, len(docs))
		}
	})

	t.Run("Origins", func(t *testing.T) {
		s := open(t)
		n, err := s.WriteBatch(ctx, []graph.Batch{
			{Doc: docA, Statements: statementsA, Sketch: "sketch of a"},
			{Doc: docB, Statements: statementsB},
			{Doc: withOrigin(docC, "reuters-0001"), Statements: statementsC, Sketch: "sketch of c"},
		})
		if err != nil || n != 3 {
			t.Fatalf("WriteBatch = %d, %v", n, err)
		}
		origins := func() []graph.DocumentOrigin {
			t.Helper()
			o, err := s.Origins(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return o
		}
		want := []graph.DocumentOrigin{
			{Hash: docB.Hash},
			{Hash: docA.Hash, Origin: "reuters-0001", Sketch: "sketch of a"},
			{Hash: docC.Hash, Origin: "reuters-0001", Sketch: "sketch of c"},
		}
		if want[1].Hash > want[2].Hash {
			want[1], want[2] = want[2], want[1]
		}
		if got := origins(); !reflect.DeepEqual(got, want) {
			t.Errorf("Origins:\n got %+v\nwant %+v", got, want)
		}
		// Statements carry their document's origin.
		byDoc := map[string]string{}
		for _, st := range all(t, s) {
			byDoc[st.Doc.Source] = schema.OriginOf(st)
		}
		if exp := map[string]string{docA.Source: "reuters-0001", docB.Source: schema.DocumentIRI(docB.Hash), docC.Source: "reuters-0001"}; !reflect.DeepEqual(byDoc, exp) {
			t.Errorf("OriginOf by document: %v, want %v", byDoc, exp)
		}

		// Regrouping: B joins A's origin, C gets one of its own; unknown
		// documents are ignored; setting the same origin again is no change.
		unknown := schema.ContentHash("never written")
		n, err = s.SetOrigins(ctx, map[string]string{docB.Hash: "reuters-0001", docC.Hash: "blog-7", unknown: "x", docA.Hash: "reuters-0001"})
		if err != nil || n != 2 {
			t.Errorf("SetOrigins = %d, %v; want 2 changed", n, err)
		}
		got := map[string]string{}
		for _, o := range origins() {
			got[o.Hash] = o.Origin
		}
		if exp := map[string]string{docA.Hash: "reuters-0001", docB.Hash: "reuters-0001", docC.Hash: "blog-7"}; !reflect.DeepEqual(got, exp) {
			t.Errorf("after SetOrigins: %v, want %v", got, exp)
		}
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.Origin != got[d.Hash] {
				t.Errorf("Documents: %s has origin %q, want %q", d.Source, d.Origin, got[d.Hash])
			}
		}
		// Gizmo counts independent sources through kg:origin.
		rows := gizmo(t, s, `g.V("<kg:person/ilham_aliyev>").Both("<kg:subject>", "<kg:object>").Has("<kg:predicate>", "met_with").Out("<kg:document>").Out("<kg:origin>").All()`)
		if len(rows) != 2 || rows[0]["id"] != "reuters-0001" || rows[1]["id"] != "reuters-0001" {
			t.Errorf("origins of the met_with statements: %v", rows)
		}
		if _, err := s.SetOrigins(ctx, map[string]string{"xyz": "o"}); err == nil {
			t.Errorf("SetOrigins accepted a bad hash")
		}
		// Removing a document removes its origin and sketch.
		if _, _, err := s.RemoveDocument(ctx, docC.Source); err != nil {
			t.Fatal(err)
		}
		if r := gizmo(t, s, `g.V().Has("<kg:origin>", "blog-7").All()`); len(r) != 0 {
			t.Errorf("origin of a removed document: %v", r)
		}
		if r := gizmo(t, s, `g.V().Has("<kg:sketch>", "sketch of c").All()`); len(r) != 0 {
			t.Errorf("sketch of a removed document: %v", r)
		}
	})

	t.Run("NameCollision", func(t *testing.T) {
		s := open(t)
		other := doc("corpus/d.txt", "The U.S. brokered the Abraham Accords.", "")
		write(t, s, docC, statementsC) // "United States"
		st := statementsC[0]
		st.Subject = schema.Entity{Name: "United  States!", Type: schema.Country} // same slug
		st.Modality = schema.Asserted
		write(t, s, other, []schema.Statement{st})
		ents, err := s.Entities(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got schema.Entity
		for _, e := range ents {
			if e.Type == schema.Country {
				got = e
			}
		}
		exp := normEntity(unitedSts)
		exp.Aliases = append(exp.Aliases, "United  States!")
		exp = normEntity(exp)
		if len(ents) != 2 || !reflect.DeepEqual(got, exp) {
			t.Errorf("entities %+v; want one country %+v", ents, exp)
		}
	})
}

func dump(sts []schema.Statement) string {
	var b strings.Builder
	for _, st := range sts {
		fmt.Fprintf(&b, "\n  %+v", st)
	}
	return b.String()
}

// TestNameCollisionAfterReopen is the NameCollision case across processes:
// the second store knows the entity's name only from the store (on
// PostgreSQL, from the query WriteBatch makes for all entities of a batch).
func TestNameCollisionAfterReopen(t *testing.T) {
	ctx := context.Background()
	run := func(t *testing.T, addr string) {
		s := mustOpen(t, addr, graph.Options{})
		if ok, err := s.WriteDocument(ctx, docC, statementsC); !ok || err != nil {
			t.Fatalf("WriteDocument = %v, %v", ok, err)
		}
		s.Close()
		s = mustOpen(t, addr, graph.Options{})
		st := statementsC[0]
		st.Subject = schema.Entity{Name: "United  States!", Type: schema.Country} // same IRI
		other := st
		other.Subject = schema.Entity{Name: "Armenia", Type: schema.Country}
		other.Start, other.End = 60, 70
		d := doc("corpus/d.txt", "The U.S. brokered the Abraham Accords.", "")
		if ok, err := s.WriteDocument(ctx, d, []schema.Statement{st, other}); !ok || err != nil {
			t.Fatalf("WriteDocument = %v, %v", ok, err)
		}
		got, err := s.EntitiesNamed(ctx, "United  States!")
		exp := normEntity(schema.Entity{Name: unitedSts.Name, Type: schema.Country, ISO: unitedSts.ISO,
			Aliases: append([]string{"United  States!"}, unitedSts.Aliases...)})
		if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], exp) {
			t.Errorf("EntitiesNamed = %+v, %v; want %+v", got, err, exp)
		}
		if got, err := s.EntitiesNamed(ctx, "Armenia"); err != nil || len(got) != 1 || got[0].Name != "Armenia" {
			t.Errorf("EntitiesNamed(Armenia) = %+v, %v", got, err)
		}
	}
	t.Run("bolt", func(t *testing.T) {
		skipBoltUnderRace(t)
		run(t, t.TempDir())
	})
	t.Run("postgres", func(t *testing.T) { run(t, postgresDatabases(t)(t)) })
}
