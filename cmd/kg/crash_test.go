//go:build unix

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// TestIngestSurvivesKill starts kg ingest on a few thousand documents in a
// real subprocess, kills it with SIGKILL at random moments (and once
// interrupts it with SIGINT), and after each kill checks that the store
// opens, that kg stats works, and that every stored document is whole: it
// has exactly the statements an uninterrupted run stores for it, and no
// statement belongs to a document that is not stored. Re-running the
// ingest must then end with exactly the stats of the uninterrupted run.
func TestIngestSurvivesKill(t *testing.T) {
	t.Run("synthetic", func(t *testing.T) {
		n, kills := 1500, 4
		if testing.Short() {
			n, kills = 400, 2
		}
		in := writeSynCorpus(t, filepath.Join(t.TempDir(), "in"), n, 7)
		killAndResume(t, []string{in}, kills)
	})
	t.Run("reuters", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short: skipping the Reuters variant")
		}
		src := "../../../shared/corpus/reuters21578/reuters21578.jsonl"
		f, err := os.Open(src)
		if err != nil {
			t.Skip("../shared/corpus/reuters21578 is absent: skipping the Reuters variant of the kill test")
		}
		defer f.Close()
		// The first 2,000 stories, copied to a temporary file.
		p := filepath.Join(t.TempDir(), "reuters.jsonl")
		out, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for i := 0; i < 2000 && sc.Scan(); i++ {
			fmt.Fprintln(out, sc.Text())
		}
		if err := out.Close(); err != nil || sc.Err() != nil {
			t.Fatal(err, sc.Err())
		}
		killAndResume(t, []string{p}, 3)
	})
}

// killAndResume is the kill test on the documents under paths.
func killAndResume(t *testing.T, paths []string, kills int) {
	dir := t.TempDir()
	// Small batches: many transactions, so kills land between and inside
	// them.
	ingest := func(db string) []string {
		return append([]string{"ingest", "--quiet", "--batch", "40", "--db", db}, paths...)
	}

	clean := filepath.Join(dir, "clean.db")
	ref := mustProc(t, ingest(clean)...)
	t.Logf("uninterrupted run: %s: %s", ref.took.Round(time.Millisecond), strings.TrimSpace(ref.stderr))
	refStats, refJSON := statsOf(t, clean)
	want := docStatementCounts(t, clean)
	if refStats.Documents < 100 || len(want) != refStats.Documents {
		t.Fatalf("the uninterrupted run stored %d documents (%d read back)", refStats.Documents, len(want))
	}

	// Most kills should land while documents are written, after kg has
	// started: a kg stats run says about how long starting takes.
	startup := mustProc(t, "stats", "--db", clean).took
	if startup >= ref.took {
		startup = 0
	}

	db := filepath.Join(dir, "killed.db")
	seed := time.Now().UnixNano()
	t.Logf("random delays from seed %d", seed)
	rng := rand.New(rand.NewSource(seed))
	initialised := map[string]bool{} // stores kg stats has read
	for i := 0; i < kills; i++ {
		// Anywhere in a run, mostly after its start-up.
		delay := startup/2 + time.Duration(rng.Int63n(int64(ref.took-startup/2)))
		sig := os.Signal(syscall.SIGKILL)
		if i == 2 {
			sig = os.Interrupt // Ctrl-C: the run must stop soon, keeping what it wrote
		}
		ctx, cancel := context.WithTimeout(context.Background(), procTimeout)
		cmd := kgCommand(ctx, ingest(db)...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		if i == 0 {
			// The first kill lands while the store is being created: as
			// soon as its file appears.
			for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
				if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil {
					break
				}
			}
			delay = time.Duration(rng.Int63n(int64(5 * time.Millisecond)))
		}
		outcome, finished := "", false
		select {
		case err := <-done:
			outcome = fmt.Sprintf("finished before the signal (%v)", err)
			finished = true
		case <-time.After(delay):
			sent := time.Now()
			cmd.Process.Signal(sig)
			err := <-done
			outcome = fmt.Sprintf("%v after %s: %v, gone %s later", sig, delay.Round(time.Millisecond), err, time.Since(sent).Round(time.Millisecond))
			if sig == os.Interrupt && time.Since(sent) > time.Minute {
				t.Errorf("kg ingest took %s to stop after SIGINT", time.Since(sent))
			}
		}
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("kg ingest hung: %s", lastBytes(stderr.String(), 2000))
		}
		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err != nil {
			t.Logf("kill %d: %s; no store yet", i+1, outcome)
			continue
		}
		// kg stats, in a real process, works on the store left behind.
		p := kgProc(t, nil, "stats", "--db", db, "--json")
		if p.code != 0 && strings.Contains(p.stderr, "store does not exist") && !initialised[db] {
			// Killed before the new store was initialised: there is
			// nothing to read, and the next writer initialises it.
			t.Logf("kill %d: %s; the store was not initialised yet: %s", i+1, outcome, strings.TrimSpace(p.stderr))
			continue
		}
		if p.code != 0 {
			t.Fatalf("kill %d: kg stats after the kill: %s", i+1, p)
		}
		initialised[db] = true
		st, _ := statsOf(t, db)
		checkWhole(t, db, want)
		t.Logf("kill %d: %s; %d of %d documents stored", i+1, outcome, st.Documents, refStats.Documents)
		if finished && i < kills-1 {
			// Nothing was left to interrupt: go on with a new store.
			db = filepath.Join(dir, fmt.Sprintf("killed-%d.db", i+1))
		}
	}

	p := mustProc(t, ingest(db)...)
	t.Logf("resumed run: %s: %s", p.took.Round(time.Millisecond), strings.TrimSpace(p.stderr))
	checkWhole(t, db, want)
	got, gotJSON := statsOf(t, db)
	if got.Documents != refStats.Documents || !reflect.DeepEqual(got.Statements, refStats.Statements) || !reflect.DeepEqual(got.Modalities, refStats.Modalities) {
		t.Errorf("stats after the killed runs and a resumed one:\n%s\nstats of an uninterrupted run:\n%s", gotJSON, refJSON)
	}
	t.Run("same entities and quads", func(t *testing.T) {
		if gotJSON != refJSON {
			t.Error("after the killed runs and a resumed one, " + statsDiff(got, refStats) + " than after an uninterrupted run")
		}
		sameStatements(t, statementLines(t, db), statementLines(t, clean))
	})
}

// statementLines is every statement of db as a line: its document, the
// names of its entities (as the resolver left them, with their aliases),
// predicate and modality.
func statementLines(t testing.TB, db string) []string {
	t.Helper()
	st, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	err = st.Statements(context.Background(), func(s schema.Statement) error {
		sa, oa := append([]string(nil), s.Subject.Aliases...), append([]string(nil), s.Object.Aliases...)
		sort.Strings(sa)
		sort.Strings(oa)
		out = append(out, fmt.Sprintf("%s: %s %v %s %s %v (%s, %d-%d)", s.Doc.Hash[:12], s.Subject.Name, sa, s.Predicate, s.Object.Name, oa, s.Modality, s.Start, s.End))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// sameStatements reports the statements only one of got and want has.
func sameStatements(t testing.TB, got, want []string) {
	t.Helper()
	in := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	g, w := in(got), in(want)
	var diff []string
	for x, n := range g {
		if w[x] != n {
			diff = append(diff, "+ "+x)
		}
	}
	for x, n := range w {
		if g[x] != n {
			diff = append(diff, "- "+x)
		}
	}
	if len(diff) == 0 {
		return
	}
	sort.Strings(diff)
	if len(diff) > 20 {
		diff = append(diff[:20], "...")
	}
	t.Errorf("%d statements differ from an uninterrupted run's (+ only here, - only there):\n%s", len(diff), strings.Join(diff, "\n"))
}

// TestIngestResumeResolvesAlike stores the first documents of a corpus, as
// a run killed after some batches leaves them, then ingests the whole
// corpus. Wherever the cut, the store must end with exactly the statements
// of one uninterrupted run: people spelled alike resolved alike, under the
// same names, with the same aliases. Unlike the kill test it does not
// depend on where random kills land.
func TestIngestResumeResolvesAlike(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 200
	}
	rng := rand.New(rand.NewSource(11))
	var lines []string
	for i := 0; i < n; i++ {
		title, date, text := synDoc(rng, i)
		b, err := json.Marshal(map[string]string{"id": fmt.Sprintf("syn-%05d", i), "title": title, "date": date, "text": text})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b)+"\n")
	}
	dir := t.TempDir()
	full := putFile(t, dir, "all.jsonl", []byte(strings.Join(lines, "")))
	clean := filepath.Join(dir, "clean.db")
	mustRun(t, "ingest", "--quiet", "--db", clean, full)
	want := statementLines(t, clean)
	_, wantStats := statsOf(t, clean)
	for _, k := range []int{n / 10, n / 2, n - 3} {
		prefix := putFile(t, dir, fmt.Sprintf("first-%d.jsonl", k), []byte(strings.Join(lines[:k], "")))
		db := filepath.Join(dir, fmt.Sprintf("resumed-%d.db", k))
		mustRun(t, "ingest", "--quiet", "--db", db, prefix)
		mustRun(t, "ingest", "--quiet", "--db", db, full)
		if _, got := statsOf(t, db); got != wantStats {
			t.Errorf("cut after %d documents: stats\n%s\nwant\n%s", k, got, wantStats)
		}
		sameStatements(t, statementLines(t, db), want)
	}
}

// statsDiff says how the counts of a differ from those of b: "3 more
// quads, 1 fewer Person entities".
func statsDiff(a, b storeStats) string {
	var parts []string
	say := func(d int64, what string) {
		switch {
		case d > 0:
			parts = append(parts, fmt.Sprintf("%d more %s", d, what))
		case d < 0:
			parts = append(parts, fmt.Sprintf("%d fewer %s", -d, what))
		}
	}
	say(int64(a.Documents-b.Documents), "documents")
	say(a.Quads-b.Quads, "quads")
	for _, m := range []struct {
		a, b map[string]int
		what string
	}{{a.Entities, b.Entities, "entities"}, {a.Statements, b.Statements, "statements"}, {a.Modalities, b.Modalities, "statements"}} {
		keys := map[string]bool{}
		for k := range m.a {
			keys[k] = true
		}
		for k := range m.b {
			keys[k] = true
		}
		var sorted []string
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			say(int64(m.a[k]-m.b[k]), k+" "+m.what)
		}
	}
	if len(parts) == 0 {
		return "the same counts in another layout"
	}
	return strings.Join(parts, ", ")
}

// docStatementCounts maps the hash of every document stored in db to its
// number of statements.
func docStatementCounts(t testing.TB, db string) map[string]int {
	t.Helper()
	st, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open the store: %v", err)
	}
	defer st.Close()
	ctx := context.Background()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := make(map[string]int, len(docs))
	for _, d := range docs {
		counts[d.Hash] = 0
	}
	if err := st.Statements(ctx, func(s schema.Statement) error {
		counts[s.Doc.Hash]++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Statements reads them document by document: statement nodes of a
	// document that is not stored would not show. Stats counts all of them.
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total, nodes := 0, 0
	for _, n := range counts {
		total += n
	}
	for _, n := range stats.Statements {
		nodes += n
	}
	if nodes != total || stats.Documents != len(docs) {
		t.Errorf("%s: %d statement nodes and %d documents, but %d statements of %d documents read back", db, nodes, stats.Documents, total, len(docs))
	}
	return counts
}

// checkWhole checks that every document stored in db has the statements
// want gives for it.
func checkWhole(t testing.TB, db string, want map[string]int) {
	t.Helper()
	bad := 0
	for hash, n := range docStatementCounts(t, db) {
		w, ok := want[hash]
		switch {
		case !ok:
			t.Errorf("stored document %s is not one the uninterrupted run stored", hash)
		case n != w:
			t.Errorf("document %s has %d statements, want %d", hash, n, w)
		default:
			continue
		}
		if bad++; bad > 10 {
			t.Fatal("too many incomplete documents")
		}
	}
}
