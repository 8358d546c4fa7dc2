package graph_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// holdEnv makes the test binary a helper process that holds a bolt store:
// see TestHelperHoldStore.
const holdEnv = "KG_GRAPH_TEST_HOLD"

// TestHelperHoldStore is not a test: run with KG_GRAPH_TEST_HOLD=dir it opens
// the store in dir for writing, prints "ready" and holds it until its stdin
// closes.
func TestHelperHoldStore(t *testing.T) {
	dir := os.Getenv(holdEnv)
	if dir == "" {
		t.Skip("helper process only")
	}
	s, err := graph.Open(dir, graph.Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	s.Close()
	os.Exit(0)
}

// holdInOtherProcess starts a process that holds the store in dir, and
// returns its pid and a function that makes it let go.
func holdInOtherProcess(t *testing.T, dir string) (pid int, release func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldStore$")
	cmd.Env = append(os.Environ(), holdEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper process: %q", line)
	}
	done := false
	release = func() {
		if !done {
			done = true
			stdin.Close()
			cmd.Wait()
		}
	}
	t.Cleanup(release)
	return cmd.Process.Pid, release
}

func TestBoltLocked(t *testing.T) {
	skipBoltUnderRace(t)
	dir := filepath.Join(t.TempDir(), "kg.db")
	mustOpen(t, dir, graph.Options{}).Close() // create it
	pid, release := holdInOtherProcess(t, dir)

	tests := []struct {
		name string
		opt  graph.Options
	}{
		{"writer", graph.Options{LockTimeout: 500 * time.Millisecond}},
		{"reader", graph.Options{LockTimeout: 500 * time.Millisecond, ReadOnly: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			s, err := graph.Open(dir, tc.opt)
			took := time.Since(start)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded while another process holds the store")
			}
			if !errors.Is(err, graph.ErrLocked) {
				t.Errorf("err = %v, want ErrLocked", err)
			}
			for _, want := range []string{"in use", dir, fmt.Sprintf("pid %d", pid), "TestHelperHoldStore"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q lacks %q", err, want)
				}
			}
			if took < 400*time.Millisecond || took > 3*time.Second {
				t.Errorf("gave up after %v, want about 500ms", took)
			}
		})
	}

	release()
	s := mustOpen(t, dir, graph.Options{LockTimeout: 2 * time.Second})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestBoltLockedInProcess(t *testing.T) {
	skipBoltUnderRace(t)
	dir := t.TempDir()
	s := mustOpen(t, dir, graph.Options{})
	_, err := graph.Open(dir, graph.Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, graph.ErrLocked) || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("message %q does not name this process", err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, "writer.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("writer.pid after Close: %v", err)
	}
	// Readers share the store with each other.
	r1 := mustOpen(t, dir, graph.Options{ReadOnly: true})
	r2 := mustOpen(t, dir, graph.Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	r1.Close()
	r2.Close()
}

// TestBoltInterruptedCreation: a writer killed while bolt created the
// file leaves it empty or short; a reader finds no store (it must not try
// to write bolt's first pages), and the next writer initialises it.
func TestBoltInterruptedCreation(t *testing.T) {
	skipBoltUnderRace(t)
	for _, size := range []int{0, 100} {
		dir := filepath.Join(t.TempDir(), "kg.db")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "indexes.bolt"), make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := graph.Open(dir, graph.Options{ReadOnly: true}); !errors.Is(err, graph.ErrNotExist) {
			t.Errorf("read-only Open of a %d-byte store file: %v, want ErrNotExist", size, err)
		}
		if size > 0 {
			continue // a torn first write is bolt's to refuse to a writer
		}
		s := mustOpen(t, dir, graph.Options{})
		if ok, err := s.WriteDocument(context.Background(), docA, statementsA); !ok || err != nil {
			t.Fatalf("WriteDocument after an interrupted creation: %v, %v", ok, err)
		}
		s.Close()
		r := mustOpen(t, dir, graph.Options{ReadOnly: true})
		r.Close()
	}
}

func TestBoltReopen(t *testing.T) {
	skipBoltUnderRace(t)
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "new", "kg.db")
	if _, err := graph.Open(dir, graph.Options{ReadOnly: true}); !errors.Is(err, graph.ErrNotExist) {
		t.Errorf("read-only Open of a missing store: %v, want ErrNotExist", err)
	}
	s := mustOpen(t, dir, graph.Options{})
	if ok, err := s.WriteDocument(ctx, docA, statementsA); !ok || err != nil {
		t.Fatalf("WriteDocument: %v, %v", ok, err)
	}
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.Stats(ctx); err == nil {
		t.Errorf("Stats on a closed store succeeded")
	}

	for _, opt := range []graph.Options{{}, {ReadOnly: true}} {
		s := mustOpen(t, dir, opt)
		got, err := s.Stats(ctx)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("reopened %+v: stats %+v, %v; want %+v", opt, got, err, want)
		}
		if ok, err := s.WriteDocument(ctx, docA, statementsA); ok || (err != nil) != opt.ReadOnly {
			t.Errorf("reopened %+v: rewrite = %v, %v", opt, ok, err)
		}
		if opt.ReadOnly {
			if _, err := s.WriteDocument(ctx, docB, statementsB); !errors.Is(err, graph.ErrReadOnly) {
				t.Errorf("write to read-only store: %v, want ErrReadOnly", err)
			}
			if _, _, err := s.RemoveDocument(ctx, docA.Source); !errors.Is(err, graph.ErrReadOnly) {
				t.Errorf("remove from read-only store: %v, want ErrReadOnly", err)
			}
		}
		s.Close()
	}
}

func TestBoltRefusesForeignDir(t *testing.T) {
	skipBoltUnderRace(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := graph.Open(dir, graph.Options{}); err == nil {
		s.Close()
		t.Fatal("Open made a store in a non-empty directory")
	}
	file := filepath.Join(dir, "notes.txt")
	if s, err := graph.Open(file, graph.Options{}); err == nil {
		s.Close()
		t.Fatal("Open accepted a file")
	}
}

// TestBoltThroughput writes synthetic documents in batches and reports
// quads/s. KG_BENCH_DOCS, KG_BENCH_STMTS and KG_BENCH_BATCH set the number of
// documents (default 200), statements per document (10) and documents per
// transaction (100).
func TestBoltThroughput(t *testing.T) {
	skipBoltUnderRace(t)
	n := 200
	if v := os.Getenv("KG_BENCH_DOCS"); v != "" {
		fmt.Sscan(v, &n)
	}
	perDoc, batch := 10, 100
	if v := os.Getenv("KG_BENCH_STMTS"); v != "" {
		fmt.Sscan(v, &perDoc)
	}
	if v := os.Getenv("KG_BENCH_BATCH"); v != "" {
		fmt.Sscan(v, &batch)
	}
	ctx := context.Background()
	s := mustOpen(t, t.TempDir(), graph.Options{})
	docs := synthetic(n, perDoc)
	cpu0 := cpuTime()
	start := time.Now()
	for i := 0; i < len(docs); i += batch {
		j := min(i+batch, len(docs))
		if _, err := s.WriteBatch(ctx, docs[i:j]); err != nil {
			t.Fatal(err)
		}
	}
	took, cpu := time.Since(start), cpuTime()-cpu0
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n {
		t.Fatalf("%d documents stored, want %d", st.Documents, n)
	}
	t.Logf("%d docs x %d statements, %d per transaction: %d quads in %v (%v CPU): %.0f quads/s, %.0f docs/s",
		n, perDoc, batch, st.Quads, took.Round(time.Millisecond), cpu.Round(time.Millisecond),
		float64(st.Quads)/took.Seconds(), float64(n)/took.Seconds())
	start = time.Now()
	count := 0
	if err := s.Statements(ctx, func(schema.Statement) error { count++; return nil }); err != nil {
		t.Fatal(err)
	}
	t.Logf("read back %d statements in %v", count, time.Since(start).Round(time.Millisecond))
}

// synthetic makes n documents of k statements each over a pool of entities
// that repeat across documents, as news does.
func synthetic(n, k int) []graph.Batch {
	people := make([]schema.Entity, 400)
	for i := range people {
		people[i] = schema.Entity{Name: fmt.Sprintf("Person %d Surname%d", i, i), Type: schema.Person, Aliases: []string{fmt.Sprintf("Surname%d", i)}}
	}
	countries := make([]schema.Entity, 150)
	for i := range countries {
		countries[i] = schema.Entity{Name: fmt.Sprintf("Country %d", i), Type: schema.Country, ISO: fmt.Sprintf("%c%c", 'A'+i/26%26, 'A'+i%26)}
	}
	preds := []schema.Predicate{schema.MetWith, schema.Visited, schema.HeadOf, schema.Criticized, schema.Sanctioned}
	mods := []schema.Modality{schema.Asserted, schema.Asserted, schema.Reported, schema.Hedged, schema.Negated}
	out := make([]graph.Batch, n)
	for i := range out {
		text := fmt.Sprintf("synthetic story %d", i)
		d := schema.Document{Source: fmt.Sprintf("synthetic/%05d.txt", i), Title: fmt.Sprintf("Story %d", i),
			Publisher: "Reuters", Published: "1987-03-01", Text: text, Hash: schema.ContentHash(text)}
		sts := make([]schema.Statement, k)
		for j := range sts {
			p := preds[(i+j)%len(preds)]
			subj := people[(i*7+j)%len(people)]
			obj := countries[(i*3+j)%len(countries)]
			if p == schema.MetWith || p == schema.Criticized {
				obj = people[(i*11+j*5+1)%len(people)]
			}
			sts[j] = schema.Statement{Subject: subj, Predicate: p, Object: obj, Modality: mods[(i+j)%len(mods)],
				Time: "1987-03", Confidence: 0.8, Rule: "rule-" + string(p),
				Sentence: fmt.Sprintf("Sentence %d of story %d about %s and %s.", j, i, subj.Name, obj.Name),
				Start:    j * 100, End: j*100 + 80}
		}
		out[i] = graph.Batch{Doc: d, Statements: sts}
	}
	return out
}
