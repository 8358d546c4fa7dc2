package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/schema"
)

// TestSeedsEndToEnd ingests the five seed articles into a fresh bolt
// store, exports the statements and checks them with their provenance.
func TestSeedsEndToEnd(t *testing.T) {
	shared := sharedDir(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	seeds := filepath.Join(shared, "corpus/seeds")
	mustRun(t, "ingest", "--quiet", "--db", db, seeds)

	out := mustRun(t, "export", "--db", db, "--format", "jsonl")
	recs := readRecords(t, out)
	if len(recs) < 20 {
		t.Fatalf("only %d statements from the seeds", len(recs))
	}
	texts := map[string]string{}
	for _, r := range recs {
		if r.Source == "" || r.Sentence == "" || r.Rule == "" {
			t.Errorf("statement without provenance: %+v", r)
		}
		if _, err := schema.ParsePredicate(r.Predicate); err != nil {
			t.Errorf("unknown predicate: %v", err)
		}
		if _, err := schema.ParseModality(r.Modality); err != nil {
			t.Errorf("unknown modality: %v", err)
		}
		// The offsets index the cleaned text that kg inspect --text prints.
		text, ok := texts[r.Source]
		if !ok {
			text = strings.TrimSuffix(mustRun(t, "inspect", "--text", r.Source), "\n")
			texts[r.Source] = text
		}
		if r.End > len(text) || text[r.Start:r.End] != r.Sentence {
			t.Errorf("%s: offsets %d-%d do not give the sentence %q", r.Source, r.Start, r.End, r.Sentence)
		}
	}
	// Facts every seed states, found with their sources.
	want := []struct{ s, p, o string }{
		{"Ilham Aliyev", "head_of", "Azerbaijan"},
		{"Steve Witkoff", "met_with", "Ilham Aliyev"},
	}
	for _, w := range want {
		docs := map[string]bool{}
		for _, r := range recs {
			if (r.Subject == w.s && r.Object == w.o || r.Subject == w.o && r.Object == w.s) && r.Predicate == w.p && schema.Modality(r.Modality).IsFact() {
				docs[filepath.Base(r.Source)] = true
			}
		}
		if len(docs) < 3 {
			t.Errorf("%s %s %s found in %d seeds, want at least 3", w.s, w.p, w.o, len(docs))
		}
	}
	// Nothing the seeds deny or only plan becomes a fact.
	for _, r := range recs {
		if r.Subject == "Saudi Arabia" && r.Predicate == "recognizes" && r.Object == "Israel" && schema.Modality(r.Modality).IsFact() {
			t.Errorf("the seeds deny that Saudi Arabia recognizes Israel, got %+v", r)
		}
	}

	// Exports count independent sources by origin: the four seeds that
	// carry or credit the one Reuters report are one source, the blog another.
	csvOut := filepath.Join(t.TempDir(), "g.csv")
	mustRun(t, "export", "--db", db, "--format", "csv", "--predicate", "head_of", "-o", csvOut)
	ids := map[string]string{} // label -> node id
	for _, r := range readCSV(t, strings.TrimSuffix(csvOut, ".csv")+"-nodes.csv") {
		ids[r["Label"]] = r["Id"]
	}
	found := false
	for _, r := range readCSV(t, strings.TrimSuffix(csvOut, ".csv")+"-edges.csv") {
		if r["Source"] == ids["Ilham Aliyev"] && r["Target"] == ids["Azerbaijan"] {
			found = true
			if r["Documents"] != "5" || r["Sources"] != "2" {
				t.Errorf("Ilham Aliyev head_of Azerbaijan: %s documents, %s independent sources; want 5 and 2", r["Documents"], r["Sources"])
			}
		}
	}
	if !found {
		t.Errorf("no Ilham Aliyev head_of Azerbaijan edge in the CSV export (nodes %v)", ids)
	}

	// A second ingest of the same content changes nothing.
	before := mustRun(t, "stats", "--db", db, "--json")
	mustRun(t, "ingest", "--quiet", "--db", db, seeds)
	after := mustRun(t, "stats", "--db", db, "--json")
	if before != after {
		t.Errorf("stats changed on re-ingest:\nbefore %s\nafter %s", before, after)
	}
}

// readCSV reads a CSV file with a header line into one map per row.
func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v (%d rows)", path, err, len(rows))
	}
	out := make([]map[string]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// TestSecondWriterFails holds the store in one process and checks that a
// second kg ingest exits non-zero within 10 s saying the store is in use.
func TestSecondWriterFails(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "ingest", "--quiet", "--db", db, doc)

	// The holder: a kg ingest reading standard input that never ends.
	holder := exec.Command(os.Args[0], "ingest", "--quiet", "--db", db, "-")
	holder.Env = append(os.Environ(), "KG_TEST_MAIN=1")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); holder.Process.Kill(); holder.Wait() }()
	// Wait until the holder has the lock: it records its pid in the store.
	pid := fmt.Sprintf("pid %d:", holder.Process.Pid)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		b, _ := os.ReadFile(filepath.Join(db, "writer.pid"))
		if strings.HasPrefix(string(b), pid) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the holder never took the store")
		}
	}
	cmd := exec.Command(os.Args[0], "ingest", "--quiet", "--db", db, doc)
	cmd.Env = append(os.Environ(), "KG_TEST_MAIN=1")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	if err == nil {
		t.Fatalf("second writer succeeded while the first held the store: %s", out)
	}
	if took > 10*time.Second {
		t.Errorf("second writer took %s to fail", took)
	}
	if !strings.Contains(string(out), "in use") || !strings.Contains(string(out), pid) {
		t.Errorf("second writer's message does not say the store is in use and by whom: %s", out)
	}
	t.Logf("second writer failed after %s: %s", took.Round(time.Millisecond), strings.TrimSpace(string(out)))
}

func readRecords(t *testing.T, out string) []schema.Record {
	t.Helper()
	var recs []schema.Record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r schema.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("export line is not JSON: %v: %s", err, sc.Text())
		}
		recs = append(recs, r)
	}
	return recs
}
