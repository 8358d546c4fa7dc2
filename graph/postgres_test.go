package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// Tests of the PostgreSQL write path (graph/postgres.go) against Cayley's
// own writer. The conformance suite (store_test.go) runs on it as well.

// oddStrings are values a SQL writer can get wrong: quotes, backslashes,
// array and SQL syntax, whitespace, scripts and emoji, a long one. (Not NUL,
// nor the four characters \x00: Cayley's SQL backend stores NUL as those and
// turns them into NUL when it reads them, whichever writer wrote them.)
var oddStrings = []string{
	`He said "no" and 'yes'`,
	`back\slash \\ \" \n and a trailing backslash \`,
	`{braces, "commas"} and NULL`,
	"NULL",
	"",
	" ",
	"tab\tnewline\nreturn\r",
	"Ελληνικά, русский, العربية, עברית, 中文, 日本語, 한국어",
	"emoji 🇦🇿🤝🇺🇸, e\u0301 combining, \u200d joiner, \u00a0nbsp, \u2028 line separator",
	"'); DROP TABLE quads; --",
	"$1 $2 ? :name",
	"\\x0102 looks like bytea",
	strings.Repeat("a long sentence, ", 5000),
}

// oddBatch is a document whose every string field, entity name and alias
// is odd.
func oddBatch(i int) graph.Batch {
	odd := func(j int) string { return oddStrings[(i+j)%len(oddStrings)] }
	d := doc(fmt.Sprintf("odd/%d %s", i, odd(0)), fmt.Sprintf("odd text %d", i), odd(1))
	d.URL, d.Publisher, d.Published, d.Origin = odd(2), odd(3), odd(4), odd(5)
	person := schema.Entity{Name: fmt.Sprintf(`Мария "O'Brien" Захарова %d`, i%2), Type: schema.Person,
		Aliases: []string{odd(6), odd(7) + "x", "Захарова"}, QID: "Q" + odd(8)}
	org := schema.Entity{Name: "محمد بن سلمان " + odd(9) + "y", Type: schema.Organization, Aliases: []string{odd(10) + "z"}}
	var sts []schema.Statement
	for j := 0; j < 3; j++ {
		sts = append(sts, schema.Statement{Subject: person, Predicate: schema.WorksFor, Object: org,
			Modality: schema.Modalities[(i+j)%len(schema.Modalities)], Time: odd(j + 1), Role: odd(j + 2), Commodity: odd(j + 3),
			Confidence: []float64{0, 1, 1.0 / 3, 0.1, 5e-324}[(i+j)%5], Rule: odd(j + 4), Sentence: odd(j + 5),
			Start: j * 1000, End: j*1000 + 1<<40})
	}
	return graph.Batch{Doc: d, Statements: sts, Sketch: odd(11)}
}

// sameContent fails t unless a and b hold the same quads as Cayley reads
// them back and the same tables (sameTables).
func sameContent(t *testing.T, a, b *graph.Store) {
	t.Helper()
	ctx := context.Background()
	qa, err := graph.CayleyQuads(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	qb, err := graph.CayleyQuads(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(qa, qb); d != "" {
		t.Errorf("quads read back through Cayley differ (%d and %d):%s", len(qa), len(qb), d)
	}
	sameTables(t, a, b)
}

// sameTables fails t unless a and b have, row for row, the same nodes
// (reference counts included) and quads tables.
func sameTables(t *testing.T, a, b *graph.Store) {
	t.Helper()
	ctx := context.Background()
	na, ta, err := graph.DumpPostgres(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	nb, tb, err := graph.DumpPostgres(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(na, nb); d != "" {
		t.Errorf("nodes tables differ (%d and %d rows):%s", len(na), len(nb), d)
	}
	if d := diff(ta, tb); d != "" {
		t.Errorf("quads tables differ (%d and %d rows):%s", len(ta), len(tb), d)
	}
}

// diff lists up to 5 lines that one sorted list has and the other lacks.
func diff(a, b []string) string {
	var out []string
	i, j := 0, 0
	for (i < len(a) || j < len(b)) && len(out) < 5 {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, "\n  only in first:  "+trunc(a[i]))
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, "\n  only in second: "+trunc(b[j]))
			j++
		default:
			i, j = i+1, j+1
		}
	}
	return strings.Join(out, "")
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// TestPostgresBulkMatchesCayley does the same writes, removals and origin
// changes through Cayley's writer on one database and through the bulk
// writer on another, and compares the two after every step. Statements of
// at most 7 rows make every insert several statements.
func TestPostgresBulkMatchesCayley(t *testing.T) {
	ctx := context.Background()
	newDB := postgresDatabases(t)
	defer graph.SetChunkRows(7)()
	cayley := mustOpen(t, newDB(t), graph.Options{})
	graph.WriteThroughCayley(cayley)
	bulk := mustOpen(t, newDB(t), graph.Options{})

	var odd []graph.Batch
	for i := 0; i < 6; i++ {
		odd = append(odd, oddBatch(i))
	}
	write := func(b ...graph.Batch) func(*graph.Store) (int, error) {
		return func(s *graph.Store) (int, error) { return s.WriteBatch(ctx, b) }
	}
	aliyevAgain := statementsB[0]
	aliyevAgain.Subject.Aliases = append(aliyevAgain.Subject.Aliases, "Ilham Heydar oglu Aliyev")
	vals := []quad.Value{
		quad.IRI("kg:x/" + oddStrings[8]), quad.BNode("b1"), quad.String(oddStrings[1]),
		quad.TypedString{Value: quad.String(oddStrings[0]), Type: "xsd:token"},
		quad.LangString{Value: quad.String(oddStrings[7]), Lang: "ru"},
		quad.Int(-1 << 62), quad.Float(-0.1), quad.Float(1e300), quad.Bool(true), quad.Bool(false),
		quad.Time(time.Date(2025, 8, 2, 10, 30, 15, 123456000, time.FixedZone("", 5*3600+1800))),
		quad.Time(time.Date(1815, 6, 18, 0, 0, 0, 0, time.UTC)),
	}
	var raw []quad.Quad
	for i, v := range vals {
		raw = append(raw,
			quad.Make(quad.IRI(fmt.Sprintf("kg:raw/%d", i)), quad.IRI("kg:value"), v, nil),
			quad.Make(quad.IRI(fmt.Sprintf("kg:raw/%d", i)), quad.IRI("kg:value"), v, quad.IRI("kg:doc/raw")),
			quad.Make(v, quad.IRI("kg:reverse"), quad.IRI(fmt.Sprintf("kg:raw/%d", i)), v))
	}
	raw = append(raw, raw[0], raw[1]) // twice in one transaction

	steps := []struct {
		name string
		do   func(*graph.Store) (int, error)
	}{
		{"A and odd documents", write(append([]graph.Batch{{Doc: docA, Statements: statementsA, Sketch: "a"}}, odd[:3]...)...)},
		// Entities of A again (their quads are added again: Cayley counts
		// them twice in its node references), stored A skipped, C twice.
		{"B, C twice, A again", write(graph.Batch{Doc: docB, Statements: append(statementsB, aliyevAgain)},
			graph.Batch{Doc: docC, Statements: statementsC}, graph.Batch{Doc: docA, Statements: statementsA},
			graph.Batch{Doc: docC, Statements: statementsC})},
		{"more odd documents", write(odd[3:]...)},
		{"nothing new", write(odd...)},
		{"remove A", func(s *graph.Store) (int, error) { _, n, err := s.RemoveDocument(ctx, docA.Source); return n, err }},
		{"remove an odd document", func(s *graph.Store) (int, error) {
			_, n, err := s.RemoveDocument(ctx, odd[1].Doc.Source)
			return n, err
		}},
		{"set origins", func(s *graph.Store) (int, error) {
			return s.SetOrigins(ctx, map[string]string{docB.Hash: oddStrings[0], odd[0].Doc.Hash: "o"})
		}},
		{"A again", write(graph.Batch{Doc: docA, Statements: statementsA})},
		{"raw quads of every kind of value", func(s *graph.Store) (int, error) { return 0, graph.ApplyQuads(ctx, s, raw) }},
		{"raw quads again", func(s *graph.Store) (int, error) { return 0, graph.ApplyQuads(ctx, s, raw) }},
		{"remove everything", func(s *graph.Store) (int, error) {
			docs, err := s.Documents(ctx)
			for _, d := range docs {
				if _, _, err := s.RemoveDocument(ctx, d.Hash); err != nil {
					return 0, err
				}
			}
			return len(docs), err
		}},
	}
	for _, step := range steps {
		nc, errc := step.do(cayley)
		nb, errb := step.do(bulk)
		if errc != nil || errb != nil || nc != nb {
			t.Fatalf("%s: Cayley's writer: %d, %v; bulk writer: %d, %v", step.name, nc, errc, nb, errb)
		}
		t.Run(step.name, func(t *testing.T) { sameContent(t, cayley, bulk) })
	}
	if _, quads, _ := graph.DumpPostgres(ctx, bulk); len(quads) != 3*len(vals) {
		t.Errorf("%d quads left, want the %d raw ones", len(quads), 3*len(vals))
	}
}

// TestPostgresBulkRoundTrip reads odd documents back as they were written.
func TestPostgresBulkRoundTrip(t *testing.T) {
	ctx := context.Background()
	defer graph.SetChunkRows(5)()
	s := postgresOpener(t)(t)
	var batch []graph.Batch
	var exp []schema.Statement
	for i := 0; i < len(oddStrings); i++ {
		b := oddBatch(i)
		b.Doc.Source = fmt.Sprintf("odd/%02d", i) // Statements' order
		batch = append(batch, b)
		for _, st := range want(b.Doc, b.Statements...) {
			// Every document names one of two people, with all aliases
			// written so far.
			exp = append(exp, st)
		}
	}
	if n, err := s.WriteBatch(ctx, batch); n != len(batch) || err != nil {
		t.Fatalf("WriteBatch = %d, %v", n, err)
	}
	mem := mustOpen(t, "memory", graph.Options{})
	if _, err := mem.WriteBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var got, fromMem []schema.Statement
	for _, c := range []struct {
		s   *graph.Store
		out *[]schema.Statement
	}{{s, &got}, {mem, &fromMem}} {
		if err := c.s.Statements(ctx, func(st schema.Statement) error { *c.out = append(*c.out, st); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != len(exp) {
		t.Fatalf("%d statements read back, want %d", len(got), len(exp))
	}
	if !reflect.DeepEqual(got, fromMem) {
		for i := range got {
			if !reflect.DeepEqual(got[i], fromMem[i]) {
				t.Fatalf("statement %d:\n postgres %+v\n memory   %+v", i, got[i], fromMem[i])
			}
		}
	}
	// Fields of a statement and its document come back as written.
	for i := range got {
		g, e := got[i], exp[i]
		g.Subject, g.Object, e.Subject, e.Object = schema.Entity{}, schema.Entity{}, schema.Entity{}, schema.Entity{}
		if !reflect.DeepEqual(g, e) {
			t.Errorf("statement %d:\n got  %+v\n want %+v", i, g, e)
		}
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		w := batch[i].Doc
		w.Text = ""
		if !reflect.DeepEqual(d, w) {
			t.Errorf("document %d:\n got  %+v\n want %+v", i, d, w)
		}
	}
	ents, err := s.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	entsMem, err := mem.Entities(ctx)
	if err != nil || !reflect.DeepEqual(ents, entsMem) {
		t.Errorf("entities:\n postgres %+v\n memory   %+v (%v)", ents, entsMem, err)
	}
}

// TestPostgresBulkLarge writes one batch with more nodes and more quads
// than one statement inserts (and more quads than a VALUES list could bind:
// 65,535 parameters, 4 a quad), and compares it with the same batch written
// in statements of 1,000 rows (TestPostgresBulkMatchesCayley compares small
// statements with Cayley's writer) and with a memory store.
func TestPostgresBulkLarge(t *testing.T) {
	ctx := context.Background()
	newDB := postgresDatabases(t)
	big := mustOpen(t, newDB(t), graph.Options{})
	small := mustOpen(t, newDB(t), graph.Options{})
	mem := mustOpen(t, "memory", graph.Options{})
	if st, err := big.Stats(ctx); err != nil || st.Quads != 0 {
		t.Fatalf("Stats of a new store: %+v, %v", st, err) // and Cayley caches the count
	}
	var batch []graph.Batch
	var hashes []string
	for i := 0; i < 2400; i++ {
		d := doc(fmt.Sprintf("large/%04d", i), fmt.Sprintf("large text %d", i), fmt.Sprintf("Title %d", i))
		d.Origin = fmt.Sprintf("origin-%d", i)
		b := graph.Batch{Doc: d, Sketch: fmt.Sprintf("sketch %d", i)}
		if i%10 == 0 {
			st := statementsB[i%20/10]
			st.Sentence = fmt.Sprintf("Sentence %d.", i)
			b.Statements = []schema.Statement{st}
		}
		batch = append(batch, b)
		hashes = append(hashes, d.Hash)
	}
	if n, err := big.WriteBatch(ctx, batch); n != len(batch) || err != nil {
		t.Fatalf("WriteBatch = %d, %v", n, err)
	}
	restore := graph.SetChunkRows(1000)
	_, err := small.WriteBatch(ctx, batch)
	restore()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mem.WriteBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	st, err := big.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nodes, _, err := graph.DumpPostgres(ctx, big)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads <= 65535/4 || len(nodes) <= 16384 {
		t.Fatalf("%d quads and %d nodes: too few to test chunking", st.Quads, len(nodes))
	}
	if stm, err := mem.Stats(ctx); err != nil || !reflect.DeepEqual(st, stm) {
		t.Errorf("Stats:\n postgres %+v\n memory   %+v (%v)", st, stm, err)
	}
	if st.Documents != len(batch) || st.Statements[schema.MetWith]+st.Statements[schema.Borders] != len(batch)/10 {
		t.Errorf("Stats = %+v", st)
	}
	sameTables(t, big, small)
	stored, err := big.HasDocuments(ctx, append(hashes, schema.ContentHash("never written")))
	if err != nil || len(stored) != len(hashes) {
		t.Errorf("HasDocuments: %d of %d stored, %v", len(stored), len(hashes), err)
	}
}

// TestPostgresBulkAllOrNothing makes the last quad of a batch fail, after
// all its nodes and most of its quads went in, and checks that nothing of
// the batch stays.
func TestPostgresBulkAllOrNothing(t *testing.T) {
	ctx := context.Background()
	defer graph.SetChunkRows(4)()
	addr := postgresDatabases(t)(t)
	s := mustOpen(t, addr, graph.Options{})
	ok, err := s.WriteDocument(ctx, docC, statementsC)
	if !ok || err != nil {
		t.Fatalf("WriteDocument = %v, %v", ok, err)
	}
	nodes0, quads0, err := graph.DumpPostgres(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	// A trigger stands in for a crash or a lost connection in the middle.
	admin := sqlDB(t, addr)
	if _, err := admin.Exec(`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF EXISTS (SELECT 1 FROM nodes WHERE hash = NEW.object_hash AND value_string = 'poison') THEN
				RAISE EXCEPTION 'poisoned quad';
			END IF;
			RETURN NEW;
		END $$;
		CREATE TRIGGER poison BEFORE INSERT ON quads FOR EACH ROW EXECUTE FUNCTION poison();`); err != nil {
		t.Fatal(err)
	}
	poisoned := doc("corpus/poison.txt", "poisoned", "")
	poisoned.Publisher = "poison" // its last non-empty field but the hash: among the last quads
	batch := []graph.Batch{{Doc: docA, Statements: statementsA}, {Doc: docB, Statements: statementsB}, {Doc: poisoned}}
	n, err := s.WriteBatch(ctx, batch)
	if err == nil || !strings.Contains(err.Error(), "poisoned quad") || n != 0 {
		t.Fatalf("WriteBatch = %d, %v; want 0 and the trigger's error", n, err)
	}
	nodes, quads, err := graph.DumpPostgres(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(nodes0, nodes) + diff(quads0, quads); d != "" {
		t.Errorf("a failed batch left rows:%s", d)
	}
	if ok, err := s.HasDocument(ctx, docA.Hash); ok || err != nil {
		t.Errorf("HasDocument(A) after the failed batch = %v, %v", ok, err)
	}
	if _, err := admin.Exec(`DROP TRIGGER poison ON quads`); err != nil {
		t.Fatal(err)
	}
	if n, err := s.WriteBatch(ctx, batch); n != 3 || err != nil {
		t.Errorf("WriteBatch after the failure = %d, %v", n, err)
	}
	if got := len(all(t, s)); got != len(statementsA)+len(statementsB)+len(statementsC) {
		t.Errorf("%d statements after the rewrite", got)
	}
}

func sqlDB(t *testing.T, addr string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func all(t *testing.T, s *graph.Store) []schema.Statement {
	t.Helper()
	var out []schema.Statement
	if err := s.Statements(context.Background(), func(st schema.Statement) error { out = append(out, st); return nil }); err != nil {
		t.Fatalf("Statements: %v", err)
	}
	return out
}

// TestPostgresStatistics checks that PostgreSQL has statistics on Cayley's
// tables once a store is open, and again after the store has grown (see
// pgStore.analyze: without them Cayley's optimizer can divide by zero).
func TestPostgresStatistics(t *testing.T) {
	ctx := context.Background()
	addr := postgresDatabases(t)(t)
	// Tables as Cayley makes them, and as kg did before it analyzed them.
	if err := cgraph.InitQuadStore("postgres", addr, nil); err != nil {
		t.Fatal(err)
	}
	db := sqlDB(t, addr)
	stats := func() (tuples map[string]float64) {
		t.Helper()
		rows, err := db.Query(`SELECT relname, reltuples FROM pg_class WHERE relname IN ('quads', 'nodes')`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		tuples = make(map[string]float64)
		for rows.Next() {
			var name string
			var n float64
			if err := rows.Scan(&name, &n); err != nil {
				t.Fatal(err)
			}
			tuples[name] = n
		}
		return tuples
	}
	if got := stats(); got["quads"] != -1 || got["nodes"] != -1 {
		t.Fatalf("reltuples of new tables = %v, want -1 (never analyzed)", got)
	}
	s := mustOpen(t, addr, graph.Options{ReadOnly: true})
	if got := stats(); got["quads"] != 0 || got["nodes"] != 0 {
		t.Errorf("reltuples after a read-only Open = %v, want 0", got)
	}
	s.Close()
	s = mustOpen(t, addr, graph.Options{})
	var batch []graph.Batch
	for i := 0; i < 300; i++ {
		batch = append(batch, graph.Batch{Doc: doc(fmt.Sprintf("s/%d", i), fmt.Sprintf("text %d", i), "Title"), Statements: statementsB})
	}
	if n, err := s.WriteBatch(ctx, batch); n != len(batch) || err != nil {
		t.Fatalf("WriteBatch = %d, %v", n, err)
	}
	if got, st := stats(), mustStats(t, s); got["quads"] != float64(st.Quads) {
		t.Errorf("reltuples after writing %d quads = %v", st.Quads, got)
	}
}

func mustStats(t *testing.T, s *graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}
