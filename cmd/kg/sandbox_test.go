package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestSandboxAnswersAsInProcess runs kg's own queries in this process and
// in the sandbox (a given --max-memory sends them there): every output
// format, the --limit notice and the errors must be the same. The child is
// this test binary, re-executed (see sandboxArg).
func TestSandboxAnswersAsInProcess(t *testing.T) {
	db := demoQueryStore(t)
	for _, args := range [][]string{
		{"who-met", "Aliyev"},
		{"who-met", "Aliyev", "--json"},
		{"who-met", "Aliyev", "--csv"},
		{"relations", "Witkoff", "--json"},
		{"statements", "--limit", "1"},
		{"who-met", "Alijev"},
		{"path", "Aliyev"},
	} {
		in := append([]string{"query", "--db", db}, args...)
		before := sandboxesStarted.Load()
		out1, err1, e1 := run(t, in...)
		if n := sandboxesStarted.Load() - before; n != 0 {
			t.Errorf("kg query %s started %d query processes, want none", strings.Join(args, " "), n)
		}
		out2, err2, e2 := run(t, append(in, "--max-memory", "512")...)
		if n := sandboxesStarted.Load() - before; n != 1 {
			t.Errorf("kg query %s --max-memory 512 started %d query processes, want 1", strings.Join(args, " "), n)
		}
		if out1 != out2 || err1 != err2 || errString(e1) != errString(e2) {
			t.Errorf("kg query %s:\nin-process: %q %q %v\nsandboxed:  %q %q %v", strings.Join(args, " "), out1, err1, e1, out2, err2, e2)
		}
		if e1 == nil && out1 == "" {
			t.Errorf("kg query %s printed nothing", strings.Join(args, " "))
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestSandboxValues checks that an ad-hoc program's values keep their
// types through the child's JSON, and that what JSON cannot carry comes out
// as the table prints it.
func TestSandboxValues(t *testing.T) {
	db := demoQueryStore(t)
	prog := `g.Emit({i: 9007199254740993, f: 2.5, big: 1e21, s: "<a & b>", b: true, z: null, nan: NaN, inf: -Infinity, a: [1, "two"], o: {k: "v"}})`
	out := mustRun(t, "query", "--db", db, "--json", "--gizmo", prog)
	want := `[
  {
    "a": [
      1,
      "two"
    ],
    "b": true,
    "big": 1e+21,
    "f": 2.5,
    "i": 9007199254740992,
    "inf": "-Inf",
    "nan": "NaN",
    "o": {
      "k": "v"
    },
    "s": "<a & b>",
    "z": null
  }
]
`
	if out != want {
		t.Errorf("--json:\n%s\nwant\n%s", out, want)
	}
	out = mustRun(t, "query", "--db", db, "--gizmo", prog)
	if want := "A        B     BIG    F    I                 INF   NAN  O         S        Z\n[1 two]  true  1e+21  2.5  9007199254740992  -Inf  NaN  map[k:v]  <a & b>  <nil>\n"; out != want {
		t.Errorf("table:\n%q\nwant\n%q", out, want)
	}
}

// TestSandboxFlags checks --max-memory's bounds and the messages a query
// gets before a child is started.
func TestSandboxFlags(t *testing.T) {
	db := demoQueryStore(t)
	_, _, err := run(t, "query", "--db", db, "--max-memory", "64", "--gizmo", "g.V().All()")
	var ec cli.ExitCoder
	if !errors.As(err, &ec) || ec.ExitCode() != 2 || !strings.Contains(err.Error(), "--max-memory 64 is too small") {
		t.Errorf("--max-memory 64: %v, want a usage error", err)
	}
	if out := mustRun(t, "query", "--db", db, "--max-memory", "0", "--gizmo", `g.Emit({n: 1})`); out != "N\n1\n" {
		t.Errorf("--max-memory 0 (no limit): %q", out)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if _, _, err := run(t, "query", "--db", missing, "--gizmo", "g.V().All()"); err == nil || !strings.Contains(err.Error(), "no graph store at "+missing) {
		t.Errorf("a missing store: %v", err)
	}
	_, _, err = run(t, "query", "--db", db, "--gizmo", "this is not JavaScript")
	if err == nil || !strings.Contains(err.Error(), "SyntaxError") {
		t.Errorf("a syntax error: %v", err)
	}

	// A query from the user's folder runs in the sandbox too.
	dir := t.TempDir()
	hog := "// name: hog\n// description: sorts an array of 2^32-1 elements\nvar a = []; a.length = 4294967295; a.sort();\n"
	if err := os.WriteFile(filepath.Join(dir, "hog.js"), []byte(hog), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = run(t, "query", "--db", db, "--queries", dir, "hog")
	if !errors.Is(err, errOverMemory) || !errors.As(err, &ec) || ec.ExitCode() != 1 ||
		err.Error() != "kg query: the query used more than 1024 MB and was stopped (--max-memory)" {
		t.Errorf("a user query that sorts 2^32-1 elements: %v", err)
	}
}
