//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Helpers for the reliability tests: kg as a real subprocess (the test
// binary re-executed with KG_TEST_MAIN=1, see TestMain) and a generator of
// news-like documents.

// procTimeout bounds every kg subprocess: a hang fails the test instead of
// the whole run. It is generous because the machine is shared.
const procTimeout = 3 * time.Minute

// proc is a finished kg subprocess.
type proc struct {
	args           []string
	stdout, stderr string
	code           int           // exit status; -1 when killed by a signal
	took           time.Duration // wall time
	maxRSS         int64         // peak resident memory in bytes, 0 when unknown
}

func (p proc) String() string {
	return fmt.Sprintf("kg %s: exit %d after %s\nstderr:\n%s", strings.Join(p.args, " "), p.code, p.took.Round(time.Millisecond), p.stderr)
}

// kgCommand returns an exec.Cmd that runs kg with args.
func kgCommand(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(os.Environ(), "KG_TEST_MAIN=1")
	return cmd
}

// kgProc runs kg with args in a subprocess, standard input from stdin (nil:
// none), and waits for it; it fails the test if kg runs longer than
// procTimeout.
func kgProc(t testing.TB, stdin io.Reader, args ...string) proc {
	t.Helper()
	p, ok := kgProcWithin(t, procTimeout, stdin, args...)
	if !ok {
		t.Fatalf("kg %s did not finish within %s\nstderr:\n%s", strings.Join(args, " "), procTimeout, lastBytes(p.stderr, 2000))
	}
	return p
}

// kgProcWithin is kgProc that kills kg after timeout and then returns
// false.
func kgProcWithin(t testing.TB, timeout time.Duration, stdin io.Reader, args ...string) (proc, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := kgCommand(ctx, args...)
	var out, errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, &out, &errb
	start := time.Now()
	err := cmd.Run()
	p := proc{args: args, stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("kg %s: %v", strings.Join(args, " "), err)
		}
	}
	p.code = cmd.ProcessState.ExitCode()
	p.maxRSS = peakRSS(cmd.ProcessState)
	return p, ctx.Err() == nil
}

// mustProc is kgProc that fails the test unless kg exits 0.
func mustProc(t testing.TB, args ...string) proc {
	t.Helper()
	p := kgProc(t, nil, args...)
	if p.code != 0 {
		t.Fatalf("%v", p)
	}
	return p
}

// storeStats is kg stats --json, decoded.
type storeStats struct {
	Documents  int            `json:"documents"`
	Entities   map[string]int `json:"entities"`
	Statements map[string]int `json:"statements"`
	Modalities map[string]int `json:"modalities"`
	Quads      int64          `json:"quads"`
}

// statsOf runs kg stats --json on db (in this process: subprocesses cost
// a second each to start).
func statsOf(t testing.TB, db string) (storeStats, string) {
	t.Helper()
	out := mustRun(t, "stats", "--db", db, "--json")
	var st storeStats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("kg stats --json: %v\n%s", err, out)
	}
	return st, out
}

// lastBytes is the last n bytes of s.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

// nonEmptyLines is the non-empty lines of s.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// putFile writes data to dir/name, making directories, and returns the
// path.
func putFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A generator of news-like documents: leaders the gazetteer knows, people
// it does not (some spelled alike, for the cross-document resolver), places,
// and the constructions the extractor reads (meetings, visits, agreements,
// sanctions, hedges, denials, attributions).
var (
	synLeaders = []struct{ title, name, country string }{
		{"Kenyan President", "William Ruto", "Kenya"},
		{"Ethiopian Prime Minister", "Abiy Ahmed", "Ethiopia"},
		{"French President", "Emmanuel Macron", "France"},
		{"Russian President", "Vladimir Putin", "Russia"},
		{"Turkish President", "Recep Tayyip Erdogan", "Turkey"},
		{"U.S. Secretary of State", "Marco Rubio", "the United States"},
		{"Azerbaijani President", "Ilham Aliyev", "Azerbaijan"},
		{"Indian Prime Minister", "Narendra Modi", "India"},
	}
	synFirst   = []string{"Amara", "Amira", "Tomas", "Thomas", "Lena", "Lina", "Yusuf", "Josef", "Mariam", "Miriam"}
	synLast    = []string{"Okafor", "Halvorsen", "Castellanos", "Mbeki", "Varga", "Lindqvist", "Haddad", "Ferreira"}
	synRoles   = []string{"trade minister", "foreign minister", "defence minister", "central bank governor", "energy minister"}
	synCities  = []string{"Nairobi", "Addis Ababa", "Paris", "Moscow", "Ankara", "Washington", "Baku", "New Delhi", "Geneva", "Doha"}
	synDays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	synMonths  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	synTopics  = []string{"a border dispute", "grain exports", "a gas pipeline", "port fees", "a prisoner exchange", "water rights"}
	synFillers = []string{
		"Markets in the region were calm after the announcement.",
		"Analysts said the talks could take several months.",
		"The statement gave no further details.",
		"Previous rounds ended without an agreement.",
	}
)

// synDoc is the text and title of generated document i.
func synDoc(rng *rand.Rand, i int) (title, date, text string) {
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	a := synLeaders[rng.Intn(len(synLeaders))]
	b := synLeaders[rng.Intn(len(synLeaders))]
	for b == a {
		b = synLeaders[rng.Intn(len(synLeaders))]
	}
	city := pick(synCities)
	day := pick(synDays)
	year := 2020 + rng.Intn(6)
	month := rng.Intn(12)
	date = fmt.Sprintf("%d-%02d-%02d", year, month+1, 1+rng.Intn(28))
	person := pick(synFirst) + " " + pick(synLast)
	title = fmt.Sprintf("%s and %s discuss %s in %s", a.name, b.name, pick(synTopics), city)
	var s strings.Builder
	fmt.Fprintf(&s, "%s\n\n", title)
	fmt.Fprintf(&s, "%s, %s %d, %d (Wire) - %s %s met %s %s in %s on %s to discuss %s, officials said.\n\n",
		strings.ToUpper(city), synMonths[month], 1+rng.Intn(28), year, a.title, a.name, b.title, b.name, city, day, pick(synTopics))
	for n := 1 + rng.Intn(3); n > 0; n-- {
		switch rng.Intn(8) {
		case 0:
			fmt.Fprintf(&s, "%s visited %s on %s and signed a trade agreement with %s.\n\n", a.name, city, pick(synDays), b.country)
		case 1:
			fmt.Fprintf(&s, "%s imposed sanctions on %s last week, the ministry said.\n\n", a.country, b.country)
		case 2:
			fmt.Fprintf(&s, "%s may join the talks next month, according to diplomats.\n\n", b.country)
		case 3:
			fmt.Fprintf(&s, "%s denied that it had attacked %s.\n\n", b.country, a.country)
		case 4:
			fmt.Fprintf(&s, "%s, the %s of %s, met %s in %s on %s.\n\n", person, pick(synRoles), a.country, b.name, pick(synCities), pick(synDays))
		case 5:
			fmt.Fprintf(&s, "%s said %s would visit %s in %s.\n\n", person, a.name, pick(synCities), synMonths[rng.Intn(12)])
		default:
			fmt.Fprintf(&s, "%s\n\n", pick(synFillers))
		}
	}
	// Every document is different, so none is skipped as a repeat.
	fmt.Fprintf(&s, "This was round %d of the talks, the organisers said.\n", i+1)
	return title, date, s.String()
}

// writeSynCorpus writes n generated documents under dir: half as .txt files
// in subdirectories, half as the lines of news.jsonl. It returns dir.
func writeSynCorpus(t testing.TB, dir string, n int, seed int64) string {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	var jl bytes.Buffer
	for i := 0; i < n; i++ {
		title, date, text := synDoc(rng, i)
		if i%2 == 0 {
			putFile(t, dir, fmt.Sprintf("txt/%02d/story-%05d.txt", i%50, i), []byte(text))
			continue
		}
		b, err := json.Marshal(map[string]string{"id": fmt.Sprintf("syn-%05d", i), "title": title, "date": date, "publisher": "Wire", "text": text})
		if err != nil {
			t.Fatal(err)
		}
		jl.Write(b)
		jl.WriteByte('\n')
	}
	putFile(t, dir, "news.jsonl", jl.Bytes())
	return dir
}
