package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// benchQuads is the least size of the benchmark graph.
const benchQuads = 1_000_000

// benchQueries are the saved queries the benchmark runs, with arguments
// that exist in the Reuters graph (the busiest entities where a query
// takes one). Every saved query must have a row.
var benchQueries = []struct {
	name string
	args []string
}{
	{"who-met", []string{"James Baker"}},
	{"relations", []string{"United States"}},
	{"neighbors", []string{"Japan", "2"}},
	{"path", []string{"Iran", "Brazil"}},
	{"members", []string{"International Monetary Fund"}},
	{"officials", []string{"United States"}},
	{"borders", []string{"Iran"}},
	{"timeline", []string{"Iran"}},
	{"sources", []string{"James Baker", "works_for", "U.S. Treasury Department"}},
	{"contradictions", nil},
	{"contradictions", []string{"United States"}},
	{"uncorroborated", nil},
	{"uncorroborated", []string{"-", "Japan"}},
	{"statements", []string{"modality=negated"}},
	{"statements", []string{"entity=Japan", "since=1987-03", "until=1987-04"}},
	{"origins", []string{"Iran"}},
}

// TestQueryLatency prints the median latency of every saved query on a
// graph of at least a million quads built with kg ingest from
// ../shared/corpus/reuters21578: the 19,043 stories, then copies of them
// under other ids (each with a line of its own, so that it is a new
// document, and a near-duplicate that joins the original's origin) until
// the graph holds a million quads. Building takes minutes, so it runs only
// when KG_QUERY_BENCH names a store directory: built there when missing,
// reused when present.
//
//	KG_QUERY_BENCH=/tmp/kg-bench.db go test ./cmd/kg -run TestQueryLatency -v -timeout 60m
func TestQueryLatency(t *testing.T) {
	db := os.Getenv("KG_QUERY_BENCH")
	if db == "" {
		t.Skip("set KG_QUERY_BENCH to a store directory to build (or reuse) the million-quad graph and time the saved queries")
	}
	ctx := context.Background()
	if _, err := os.Stat(db); os.IsNotExist(err) {
		buildBenchGraph(t, db)
	}
	store, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	stats, err := store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nst := 0
	for _, n := range stats.Statements {
		nst += n
	}
	t.Logf("graph: %d quads, %d documents, %d statements", stats.Quads, stats.Documents, nst)
	if stats.Quads < benchQuads {
		t.Errorf("the graph has %d quads, want at least %d", stats.Quads, benchQuads)
	}

	builtin, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	timed := map[string]bool{}
	var b strings.Builder
	b.WriteString("| query | arguments | rows | median | min | max |\n|---|---|---:|---:|---:|---:|\n")
	const runs = 7
	for _, bq := range benchQueries {
		q, err := queries.Find(bq.name, builtin)
		if err != nil {
			t.Fatal(err)
		}
		timed[bq.name] = true
		var took []time.Duration
		rows := 0
		for i := 0; i <= runs; i++ { // the first run warms the caches
			ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
			start := time.Now()
			res, err := queries.Run(ctx, store, q, bq.args, 1000)
			d := time.Since(start)
			cancel()
			if err != nil {
				t.Fatalf("%s %q: %v", bq.name, bq.args, err)
			}
			rows = len(res.Rows)
			if i > 0 {
				took = append(took, d)
			}
		}
		sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
		args := make([]string, len(bq.args))
		for i, a := range bq.args {
			if strings.Contains(a, " ") {
				a = strconv.Quote(a)
			}
			args[i] = a
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %s | %s | %s |\n", bq.name, strings.Join(args, " "), rows,
			latency(took[len(took)/2]), latency(took[0]), latency(took[len(took)-1]))
	}
	for _, q := range builtin {
		if !timed[q.Name] {
			t.Errorf("saved query %s is not in benchQueries", q.Name)
		}
	}
	t.Logf("median of %d runs, limit 1000 rows, %s:\n%s", runs, store.Backend(), b.String())
}

func latency(d time.Duration) string {
	switch {
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
	case d < 10*time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// buildBenchGraph ingests the Reuters corpus into db, then copies of it,
// until the graph holds benchQuads quads.
func buildBenchGraph(t *testing.T, db string) {
	corpus := filepath.Join(sharedDir(t), "corpus/reuters21578/reuters21578.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("%s is absent: skipping", corpus)
	}
	tmp := t.TempDir()
	for pass := 1; ; pass++ {
		in := corpus
		if pass > 1 {
			in = filepath.Join(tmp, fmt.Sprintf("copy%d.jsonl", pass))
			copyCorpus(t, corpus, in, pass)
		}
		start := time.Now()
		_, errs, err := run(t, "ingest", "--quiet", "--db", db, in)
		if err != nil {
			t.Fatalf("ingest pass %d: %v\n%s", pass, err, errs)
		}
		st, err := func() (graph.Stats, error) {
			s, err := graph.Open(db, graph.Options{ReadOnly: true})
			if err != nil {
				return graph.Stats{}, err
			}
			defer s.Close()
			return s.Stats(context.Background())
		}()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("pass %d: %s; %d quads, %d documents after %s", pass, strings.TrimSpace(errs), st.Quads, st.Documents, time.Since(start).Round(time.Second))
		if st.Quads >= benchQuads {
			return
		}
		if pass == 20 {
			t.Fatalf("%d quads after %d passes", st.Quads, pass)
		}
	}
}

// copyCorpus writes the corpus with every record under a new id and its
// text followed by a line that makes it a new document.
func copyCorpus(t *testing.T, from, to string, pass int) {
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(out)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec map[string]interface{}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		rec["id"] = fmt.Sprintf("%v~copy%d", rec["id"], pass)
		rec["text"] = fmt.Sprintf("%v\n\nRepublished as copy %d.", rec["text"], pass)
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
