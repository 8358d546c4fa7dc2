package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestMain lets the test binary act as kg itself when KG_TEST_MAIN is set,
// so tests can run real subprocesses (a second writer, a kill -9) without
// building another binary.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_MAIN") == "1" {
		os.Args = append([]string{"kg"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// run runs kg in-process with args and returns its standard output and
// error.
func run(t testing.TB, args ...string) (string, string, error) {
	t.Helper()
	app := newApp()
	var out, errb bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errb
	app.ExitErrHandler = func(*cli.Context, error) {}
	err := app.RunContext(context.Background(), append([]string{"kg"}, args...))
	return out.String(), errb.String(), err
}

// mustRun is run that fails the test on error.
func mustRun(t testing.TB, args ...string) string {
	t.Helper()
	out, errs, err := run(t, args...)
	if err != nil {
		t.Fatalf("kg %v: %v\n%s", args, err, errs)
	}
	return out
}

// sharedDir is ../shared relative to the repository root, or "" when absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	const dir = "../../../shared"
	if _, err := os.Stat(dir + "/corpus/seeds"); err != nil {
		t.Skip("../shared is absent (the seed corpus and gold standards live there): skipping")
	}
	return dir
}

// TestTodayFlag checks that --today dates a wire dateline without a year
// on or before it, and that a bad date stops ingest before a store is made.
func TestTodayFlag(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "wire.txt")
	text := "KABUL, Jan 28 (Test Wire) - The ministers of Arland and Beltra met on Wednesday, officials said after the meeting.\n\nThe crossing has been shut since 2007.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// Jan 28 was a Wednesday in 2026; read in mid-2025, the latest year
	// on which it was is 2015.
	for today, want := range map[string]string{"2026-11-22": `"published": "2026-01-28"`, "2025-06-01": `"published": "2015-01-28"`} {
		out := mustRun(t, "inspect", "--json", "--today", today, file)
		if !strings.Contains(out, want) {
			t.Errorf("--today %s: want %s in\n%.300s", today, want, out)
		}
	}
	db := filepath.Join(dir, "kg.db")
	_, _, err := run(t, "ingest", "--today", "2025-13-01", "--db", db, file)
	if err == nil || !strings.Contains(err.Error(), `--today "2025-13-01"`) {
		t.Errorf("bad --today: err %v", err)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("bad --today made a store at %s", db)
	}
}
