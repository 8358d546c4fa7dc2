package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/queries"
)

// queryJSON runs kg query with --json and decodes the rows.
func queryJSON(t *testing.T, db string, args ...string) []map[string]interface{} {
	t.Helper()
	out := mustRun(t, append([]string{"query", "--db", db, "--json"}, args...)...)
	var rows []map[string]interface{}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("kg query %v: %v\n%s", args, err, out)
	}
	return rows
}

func base(paths string) []string {
	var out []string
	for _, p := range strings.Split(paths, ", ") {
		out = append(out, filepath.Base(p)[:3])
	}
	sort.Strings(out)
	return out
}

// TestQuerySeeds ingests the seed articles with kg ingest and asks the
// questions the seeds were chosen for.
func TestQuerySeeds(t *testing.T) {
	seeds := filepath.Join(sharedDir(t), "corpus/seeds")
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRun(t, "ingest", "--quiet", "--db", db, seeds)

	// Who met Aliyev, with their sources.
	met := map[string]map[string]interface{}{}
	for _, r := range queryJSON(t, db, "who-met", "Aliyev") {
		if r["modality"] == "asserted" || r["modality"] == "reported" {
			met[r["other"].(string)] = r
		}
	}
	for name, docs := range map[string][]string{
		"Steve Witkoff":    {"000", "001", "002", "003"},
		"Aryeh Lightstone": {"000", "002", "003", "004"},
	} {
		r, ok := met[name]
		if !ok {
			t.Errorf("who-met Aliyev does not list %s: %v", name, met)
			continue
		}
		if got := base(r["evidence"].(string)); strings.Join(got, " ") != strings.Join(docs, " ") {
			t.Errorf("%s met Aliyev according to %v, want %v", name, got, docs)
		}
		// 000-003 carry one report; 004 is a source of its own.
		want := 1.0
		if name == "Aryeh Lightstone" {
			want = 2
		}
		if r["sources"] != want {
			t.Errorf("%s met Aliyev: %v independent sources, want %v", name, r["sources"], want)
		}
	}

	// The seeds that carry the Reuters report form one origin.
	var origins [][]string
	for _, r := range queryJSON(t, db, "origins") {
		origins = append(origins, base(r["evidence"].(string)))
	}
	sort.Slice(origins, func(i, j int) bool { return origins[i][0] < origins[j][0] })
	if got, want := origins, [][]string{{"000", "001", "002", "003"}, {"004"}}; !equal(got, want) {
		t.Errorf("origins %v, want %v", got, want)
	}

	// A fact all five seeds carry counts two independent sources.
	found := false
	for _, r := range queryJSON(t, db, "relations", "Aliyev", "head_of") {
		if r["object"] == "Azerbaijan" && r["modality"] == "asserted" {
			found = true
			if r["documents"] != 5.0 || r["sources"] != 2.0 {
				t.Errorf("Ilham Aliyev head_of Azerbaijan: %v documents, %v sources; want 5 and 2", r["documents"], r["sources"])
			}
		}
	}
	if !found {
		t.Errorf("relations Aliyev head_of: no Ilham Aliyev head_of Azerbaijan")
	}

	// Azerbaijan and Israel have diplomatic relations, say the Reuters
	// seeds; the blog post says they do not.
	found = false
	for _, r := range queryJSON(t, db, "contradictions") {
		if r["kind"] == "negated" && r["predicate"] == "diplomatic_relations_with" &&
			(r["subject"] == "Azerbaijan" && r["object"] == "Israel" || r["subject"] == "Israel" && r["object"] == "Azerbaijan") {
			found = true
			if got := base(r["versus_documents"].(string)); strings.Join(got, " ") != "004" {
				t.Errorf("denied by %v, want 004", got)
			}
			for _, d := range base(r["documents"].(string)) {
				if d > "002" {
					t.Errorf("stated by %s, want only seeds 000-002", d)
				}
			}
		}
	}
	if !found {
		t.Errorf("contradictions does not show Azerbaijan-Israel diplomatic relations:\n%s",
			mustRun(t, "query", "--db", db, "contradictions"))
	}

	// Kazakhstan is connected to the Abraham Accords.
	out := mustRun(t, "query", "--db", db, "path", "Kazakhstan", "Abraham Accords")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) < 2 || !strings.Contains(out, "Kazakhstan") || !strings.Contains(out, "Abraham Accords") {
		t.Errorf("path Kazakhstan \"Abraham Accords\" found no connection:\n%s", out)
	}
}

func equal(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], " ") != strings.Join(b[i], " ") {
			return false
		}
	}
	return true
}

// TestQuerySeedsIncremental ingests the seeds in two runs: the documents of
// the second join the origin of the first, renaming the one that came with
// a name of its own.
func TestQuerySeedsIncremental(t *testing.T) {
	seeds := filepath.Join(sharedDir(t), "corpus/seeds")
	db := filepath.Join(t.TempDir(), "kg.db")
	paths := func(names ...string) []string {
		var out []string
		for _, n := range names {
			m, _ := filepath.Glob(filepath.Join(seeds, n+"_*.txt"))
			out = append(out, m...)
		}
		return out
	}
	mustRun(t, append([]string{"ingest", "--quiet", "--db", db}, paths("004", "002")...)...)
	if n := len(queryJSON(t, db, "origins")); n != 2 {
		t.Errorf("after 004 and 002: %d origins, want 2", n)
	}
	mustRun(t, append([]string{"ingest", "--quiet", "--db", db}, paths("001", "000", "003")...)...)
	var origins [][]string
	for _, r := range queryJSON(t, db, "origins") {
		origins = append(origins, base(r["evidence"].(string)))
	}
	sort.Slice(origins, func(i, j int) bool { return origins[i][0] < origins[j][0] })
	if want := [][]string{{"000", "001", "002", "003"}, {"004"}}; !equal(origins, want) {
		t.Errorf("origins %v, want %v", origins, want)
	}
}

// TestQueryCommand checks the command itself on a small store: list, show,
// output formats, flags after the arguments, user queries, limit and
// timeout.
func TestQueryCommand(t *testing.T) {
	db := demoQueryStore(t)
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("mine.js", "// name: who-met\n// description: my own who-met\n// param: entity entity\n// columns: me\ng.Emit({me: entity});\n")
	write("spin.js", "// name: spin\n// description: never ends\nwhile (true) {}\n")
	write("count.js", "// name: count\n// description: counts to N\n// param: n int 5\n// columns: i\n// sort: i\nfor (var i = 0; i < n; i++) { g.Emit({i: i}); }\n")

	out := mustRun(t, "query", "list")
	for _, want := range []string{"who-met ENTITY", "path FROM TO [HOPS=4]", "statements [PREDICATE] [MODALITY]", "contradictions"} {
		if !strings.Contains(out, want) {
			t.Errorf("kg query list does not show %q:\n%s", want, out)
		}
	}
	out = mustRun(t, "query", "--queries", dir, "list")
	if !strings.Contains(out, "my own who-met ["+filepath.Join(dir, "mine.js")+"]") || !strings.Contains(out, "count [N=5]") {
		t.Errorf("kg query list with --queries:\n%s", out)
	}
	if out := mustRun(t, "query", "show", "path"); !strings.Contains(out, "// name: path") {
		t.Errorf("kg query show path:\n%s", out)
	}

	// Table, CSV and JSON, flags before or after the arguments.
	table := mustRun(t, "query", "--db", db, "who-met", "Aliyev")
	if !strings.HasPrefix(table, "OTHER ") || !strings.Contains(table, "Steve Witkoff  Person") {
		t.Errorf("table:\n%s", table)
	}
	csv := mustRun(t, "query", "--db", db, "who-met", "Aliyev", "--csv")
	if !strings.HasPrefix(csv, "other,type,modality,time,sources,documents,evidence\nSteve Witkoff,Person,") {
		t.Errorf("csv:\n%s", csv)
	}
	if rows := queryJSON(t, db, "who-met", "Aliyev"); len(rows) != 1 || rows[0]["sources"] != 1.0 {
		t.Errorf("json: %v", rows)
	}
	if _, _, err := run(t, "query", "--db", db, "who-met", "Aliyev", "--json", "--csv"); err == nil {
		t.Errorf("--json and --csv together: no error")
	}

	// User queries replace built-ins by name; KG_QUERIES works like --queries.
	if out := mustRun(t, "query", "--db", db, "--queries", dir, "who-met", "Aliyev"); !strings.Contains(out, "kg:person/ilham_aliyev") {
		t.Errorf("user who-met:\n%s", out)
	}
	t.Setenv("KG_QUERIES", dir)
	if out := mustRun(t, "query", "--db", db, "count", "n=3"); out != "I\n0\n1\n2\n" {
		t.Errorf("count 3:\n%q", out)
	}
	out, errOut, err := run(t, "query", "--db", db, "count", "--limit", "2")
	if err != nil || out != "I\n0\n1\n" || !strings.Contains(errOut, "--limit 2") {
		t.Errorf("--limit 2: %q, %q, %v", out, errOut, err)
	}
	_, _, err = run(t, "query", "--db", db, "spin", "--timeout", "300ms")
	if !errors.Is(err, queries.ErrTimeout) {
		t.Errorf("spin with --timeout 300ms: %v, want a timeout", err)
	}
	if _, _, err := run(t, "query", "--db", db, "nosuch"); err == nil || !strings.Contains(err.Error(), "who-met") {
		t.Errorf("unknown query: %v", err)
	}
	if _, _, err := run(t, "query", "--db", db, "who-met", "Alijev"); err == nil || !strings.Contains(err.Error(), "closest known: Ilham Aliyev") {
		t.Errorf("unknown entity: %v", err)
	}
}

// demoQueryStore ingests two made-up articles into a fresh store.
func demoQueryStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text := "Steve Witkoff met Ilham Aliyev in Baku in March.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	mustRun(t, "ingest", "--quiet", "--db", db, dir)
	return db
}
