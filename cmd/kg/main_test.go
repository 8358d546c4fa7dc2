package main

import (
	"bytes"
	"context"
	"os"
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
