package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestBench runs kg bench on a small made-up corpus, bolt only, with the
// test binary standing in for kg (see TestMain).
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("runs kg subprocesses")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("KG_TEST_MAIN", "1")
	corpus := filepath.Join(t.TempDir(), "wire.jsonl")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := 0; i < 12; i++ {
		enc.Encode(map[string]string{
			"id":   fmt.Sprintf("wire-%d", i),
			"date": "1987-03-02",
			"text": fmt.Sprintf("TOKYO, March 2 - Japanese Prime Minister Yasuhiro Nakasone met U.S. Secretary of State George Shultz in Tokyo on Monday, officials said.\n\nThey discussed trade item %d.", i),
		})
	}
	if err := os.WriteFile(corpus, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "bench", "--kg", exe, "--backends", "bolt", "--sizes", "5,all",
		"--prose", "3", "--runs", "1", "--entities", "Japan", corpus)
	for _, want := range []string{
		"| extraction alone, kg rules (12 stories, one goroutine) | 12 ",
		"| prose NER (first 3 stories as one text) ",
		"| ingest, bolt ",
		"| bolt  | who-met \"Japan\" ",
		"Targets:",
		"bolt time per story at 12 within 1.5x of 5",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "error:") {
		t.Errorf("a query failed:\n%s", out)
	}
}

func TestParseSizes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		bad  bool
	}{
		{in: "1000,5000,all", want: []int{1000, 5000, 19043}},
		{in: "all, 1000", want: []int{1000, 19043}},
		{in: "50000", want: []int{19043}},
		{in: "all,19043", want: []int{19043}},
		{in: "0", bad: true},
		{in: "ten", bad: true},
		{in: "", bad: true},
	} {
		got, err := parseSizes(tc.in, 19043)
		if (err != nil) != tc.bad || !tc.bad && !slices.Equal(got, tc.want) {
			t.Errorf("parseSizes(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

func TestMedian(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
		return out
	}
	for _, tc := range []struct {
		in   []time.Duration
		want time.Duration
	}{
		{nil, 0},
		{ms(5), 5 * time.Millisecond},
		{ms(9, 1, 5), 5 * time.Millisecond},
		{ms(4, 1, 3, 2), 2500 * time.Microsecond},
	} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
