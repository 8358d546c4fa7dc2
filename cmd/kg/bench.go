package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/ingest/rules"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
	"github.com/urfave/cli/v2"
)

// defaultBenchPostgres is the server kg bench uses unless --postgres or
// KG_BENCH_POSTGRES say otherwise: the local one over its Unix socket.
const defaultBenchPostgres = "postgres://postgres@/postgres?host=/var/run/postgresql&sslmode=disable"

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:      "bench",
		Usage:     "measure extraction, ingest and query speed on a JSONL corpus",
		ArgsUsage: "CORPUS.jsonl",
		Description: `Runs, in one go, on a JSONL corpus (one story a line, kg ingest's fields):

  - extraction alone: the rule extractor on every story, on one goroutine,
    and prose's named-entity recognition on the first --prose stories
    joined into one text (prose is slow, and reloads its models for each
    document: one text is the most favourable way to run it), with kg's
    extractor on the same stories for comparison;
  - end-to-end ingest of the first N stories for each of --sizes into a
    fresh store of each of --backends, each a "kg ingest" subprocess whose
    wall time, CPU time and peak resident memory are measured;
  - the median latency of every saved query on the largest store of each
    backend, with each of --entities as argument, run in-process (a
    "kg query" command adds kg's start-up, measured once as well).

MB are millions of bytes of cleaned article text. PostgreSQL stores are
scratch databases created on the --postgres server (an address of a
database to connect to first: the user needs CREATEDB) and dropped at the
end; bolt stores live in a scratch directory, removed at the end unless
--keep. Progress goes to standard error, the tables (markdown) to standard
output.

Examples:
   kg bench ../shared/corpus/reuters21578/reuters21578.jsonl
   kg bench --sizes 1000,all --backends bolt corpus.jsonl`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sizes", Value: "1000,5000,all", Usage: "comma-separated numbers of stories to ingest; all means the whole corpus"},
			&cli.StringFlag{Name: "backends", Value: "bolt,postgres", Usage: "comma-separated stores to ingest into: bolt, postgres"},
			&cli.StringFlag{Name: "postgres", Value: defaultBenchPostgres, EnvVars: []string{"KG_BENCH_POSTGRES"}, Usage: "PostgreSQL `URL` to create the scratch databases from"},
			&cli.IntFlag{Name: "prose", Value: 300, Usage: "stories prose's NER runs on (0: skip it)"},
			&cli.IntFlag{Name: "runs", Value: 3, Usage: "times each query runs (the median is reported); a query that took over 10s runs once"},
			&cli.DurationFlag{Name: "query-timeout", Value: 30 * time.Second, Usage: "stop a query after this long"},
			&cli.StringFlag{Name: "entities", Value: "United States,Japan", Usage: "comma-separated arguments for queries that take an entity"},
			&cli.IntFlag{Name: "workers", Usage: "passed to kg ingest --workers (default: one per CPU)"},
			&cli.StringFlag{Name: "keep", Usage: "keep the bolt stores and corpus slices in `DIR` instead of a scratch directory"},
			&cli.StringFlag{Name: "kg", Usage: "the kg executable to run (default: this one)", Hidden: true},
			// A query worker: see runQueries.
			&cli.StringFlag{Name: "query-db", Hidden: true},
			&cli.IntFlag{Name: "skip", Hidden: true},
		},
		Action: runBench,
	}
}

// benchRow is one measured step.
type benchRow struct {
	Step       string
	Stories    int
	Bytes      int64 // cleaned text
	Wall, CPU  time.Duration
	Statements int // -1: not applicable
	Quads      int64
	RSS        int64  // peak resident set in bytes; 0 when unknown
	Load       string // 1-minute load average right after the step
}

// benchQuery is one saved query's latency.
type benchQuery struct {
	Backend, Name, Arg string
	Rows               int
	Median             time.Duration
	Err                error
}

type bench struct {
	exe      string   // kg executable
	env      []string // its environment
	dir      string   // scratch directory
	workers  int
	log      io.Writer
	rows     []benchRow
	ingests  map[string][]benchRow // by backend, in size order
	queries  []benchQuery
	startup  time.Duration // wall time of a kg process that does nothing
	startCPU time.Duration
	runs     int           // of each query
	qtimeout time.Duration // for each query
}

func runBench(c *cli.Context) error {
	if c.String("query-db") != "" {
		return runQueryWorker(c)
	}
	if c.NArg() != 1 {
		return cli.Exit("kg bench: give one JSONL corpus file", 2)
	}
	corpus := c.Args().First()
	ctx := c.Context
	log := c.App.ErrWriter
	if log == nil {
		log = os.Stderr
	}
	b := &bench{workers: c.Int("workers"), log: log, ingests: map[string][]benchRow{}}
	var err error
	if b.exe = c.String("kg"); b.exe == "" {
		if b.exe, err = os.Executable(); err != nil {
			return err
		}
	}
	b.env = os.Environ()
	if dir := c.String("keep"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		b.dir = dir
	} else {
		if b.dir, err = os.MkdirTemp("", "kgbench-"); err != nil {
			return err
		}
		defer os.RemoveAll(b.dir)
	}
	backends := splitList(c.String("backends"))
	for _, be := range backends {
		if be != graph.BackendBolt && be != graph.BackendPostgres {
			return cli.Exit(fmt.Sprintf("kg bench: unknown backend %q (want bolt or postgres)", be), 2)
		}
	}
	entities := splitList(c.String("entities"))
	b.runs = max(c.Int("runs"), 1)
	b.qtimeout = c.Duration("query-timeout")
	loadStart := loadAverage()

	// Extraction alone. cum[i] is the text of the first i stories.
	docs, lines, err := readCorpus(ctx, corpus)
	if err != nil {
		return err
	}
	cum := make([]int64, len(docs)+1)
	for i, d := range docs {
		cum[i+1] = cum[i] + int64(len(d.Text))
	}
	sizes, err := parseSizes(c.String("sizes"), len(docs))
	if err != nil {
		return cli.Exit("kg bench: "+err.Error(), 2)
	}
	fmt.Fprintf(log, "kg bench: %d stories, %.1f MB of text\n", len(docs), float64(cum[len(docs)])/1e6)
	x := rules.New(gazetteer.Default())
	b.rows = append(b.rows, extractRow(fmt.Sprintf("extraction alone, kg rules (%d stories, one goroutine)", len(docs)), x, docs))
	if n := min(c.Int("prose"), len(docs)); n > 0 {
		fmt.Fprintf(log, "kg bench: prose NER on %d stories\n", n)
		b.rows = append(b.rows, extractRow(fmt.Sprintf("extraction alone, kg rules (first %d stories)", n), x, docs[:n]))
		row, err := proseRow(docs[:n])
		if err != nil {
			return err
		}
		b.rows = append(b.rows, row)
	}
	total := len(docs)
	docs = nil // the ingests read the files themselves

	// kg's start-up, to read small runs by.
	b.startup, b.startCPU, err = b.baseline(ctx)
	if err != nil {
		return err
	}

	// End-to-end ingest.
	files := map[int]string{}
	for _, n := range sizes {
		if n == total {
			files[n] = corpus
		}
	}
	for _, n := range sizes {
		if _, ok := files[n]; !ok {
			f := filepath.Join(b.dir, fmt.Sprintf("first-%d.jsonl", n))
			if err := copyLines(corpus, f, lines[n]); err != nil {
				return err
			}
			files[n] = f
		}
	}
	for _, be := range backends {
		for i, n := range sizes {
			last := i == len(sizes)-1
			row, err := b.ingest(ctx, c.String("postgres"), be, n, files[n], cum[n], last, entities)
			if err != nil {
				if be == graph.BackendPostgres {
					fmt.Fprintf(log, "kg bench: postgres skipped: %v\n", err)
					break
				}
				return err
			}
			b.rows = append(b.rows, row)
			b.ingests[be] = append(b.ingests[be], row)
		}
	}
	b.report(c.App.Writer, loadStart, loadAverage())
	return nil
}

// ingest runs kg ingest on the first n stories into a fresh store of
// backend be, and then, if queries is set, the saved queries on it.
func (b *bench) ingest(ctx context.Context, pgURL, be string, n int, file string, textBytes int64, withQueries bool, entities []string) (benchRow, error) {
	row := benchRow{Step: "ingest, " + be, Stories: n, Bytes: textBytes}
	var addr string
	switch be {
	case graph.BackendBolt:
		addr = filepath.Join(b.dir, fmt.Sprintf("bolt-%d.db", n))
		if err := os.RemoveAll(addr); err != nil {
			return row, err
		}
	case graph.BackendPostgres:
		drop, a, err := scratchDatabase(ctx, pgURL, fmt.Sprintf("kgbench_%d_%d", os.Getpid(), n))
		if err != nil {
			return row, err
		}
		defer func() {
			if err := drop(); err != nil {
				fmt.Fprintf(b.log, "kg bench: %v\n", err)
			}
		}()
		addr = a
	}
	fmt.Fprintf(b.log, "kg bench: ingest %d stories into %s\n", n, be)
	args := []string{"ingest", "--quiet", "--db", addr}
	if b.workers > 0 {
		args = append(args, "--workers", strconv.Itoa(b.workers))
	}
	res, err := b.kg(ctx, append(args, file)...)
	if err != nil {
		return row, err
	}
	row.Wall, row.CPU, row.RSS, row.Load = res.wall, res.cpu, res.rss, loadAverage()
	store, err := graph.Open(addr, graph.Options{ReadOnly: true})
	if err != nil {
		return row, err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return row, err
	}
	for _, k := range st.Statements {
		row.Statements += k
	}
	row.Quads = st.Quads
	store.Close()
	if withQueries {
		b.runQueries(ctx, be, addr, entities)
	}
	return row, nil
}

// queryJob is one saved query with the arguments it is timed with.
type queryJob struct {
	q    queries.Query
	args []string
}

// queryJobs lists every saved query, once per entity for a query whose
// first parameter is an entity (queries that need other arguments are
// left out).
func queryJobs(entities []string) ([]queryJob, error) {
	qs, err := queries.Builtin()
	if err != nil {
		return nil, err
	}
	var jobs []queryJob
	for _, q := range qs {
		if len(q.Params) == 0 {
			jobs = append(jobs, queryJob{q: q})
			continue
		}
		if q.Params[0].Type != "entity" || len(q.Params) > 1 && q.Params[1].Default == "" {
			continue
		}
		for _, e := range entities {
			jobs = append(jobs, queryJob{q: q, args: []string{e}})
		}
	}
	return jobs, nil
}

// queryLine is what a query worker (kg bench --query-db) prints for each
// query: a line with Start set before it runs, then one with the result.
type queryLine struct {
	Start   bool   `json:"start,omitempty"`
	Name    string `json:"name"`
	Arg     string `json:"arg,omitempty"`
	Rows    int    `json:"rows,omitempty"`
	Median  int64  `json:"median_ns,omitempty"`
	Err     string `json:"error,omitempty"`
	Timeout bool   `json:"timeout,omitempty"`
}

// runQueries times the saved queries on the store at addr in a worker
// process, so that a query that crashes (Cayley's SQL iterators can panic
// on a goroutine of their own) costs only its own row: the worker is
// started again after it.
func (b *bench) runQueries(ctx context.Context, be, addr string, entities []string) {
	jobs, err := queryJobs(entities)
	if err != nil {
		b.queries = append(b.queries, benchQuery{Backend: be, Err: err})
		return
	}
	done := 0
	for done < len(jobs) {
		cmd := exec.CommandContext(ctx, b.exe, "bench", "--query-db", addr, "--skip", strconv.Itoa(done),
			"--runs", strconv.Itoa(b.runs), "--query-timeout", b.qtimeout.String(), "--entities", strings.Join(entities, ","))
		cmd.Env = b.env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err == nil {
			err = cmd.Start()
		}
		if err != nil {
			b.queries = append(b.queries, benchQuery{Backend: be, Err: err})
			return
		}
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var l queryLine
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			if l.Start {
				fmt.Fprintf(b.log, "kg bench: query %s %s on %s\n", l.Name, l.Arg, be)
				continue
			}
			bq := benchQuery{Backend: be, Name: l.Name, Arg: l.Arg, Rows: l.Rows, Median: time.Duration(l.Median)}
			switch {
			case l.Timeout:
				bq.Err = context.DeadlineExceeded
			case l.Err != "":
				bq.Err = errors.New(l.Err)
			}
			b.queries = append(b.queries, bq)
			done++
		}
		if err := cmd.Wait(); err != nil && done < len(jobs) {
			j := jobs[done]
			why := "crashed"
			if p := panicLine(stderr.String()); p != "" {
				why += ": " + p
			}
			b.queries = append(b.queries, benchQuery{Backend: be, Name: j.q.Name, Arg: strings.Join(j.args, " "), Err: errors.New(why)})
			done++
		} else if err != nil {
			break
		}
	}
}

// runQueryWorker is kg bench --query-db: it times the saved queries from
// --skip on, printing queryLines.
func runQueryWorker(c *cli.Context) error {
	ctx := c.Context
	jobs, err := queryJobs(splitList(c.String("entities")))
	if err != nil {
		return err
	}
	store, err := graph.Open(c.String("query-db"), graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer store.Close()
	enc := json.NewEncoder(c.App.Writer)
	runs, timeout := max(c.Int("runs"), 1), c.Duration("query-timeout")
	for _, j := range jobs[min(max(c.Int("skip"), 0), len(jobs)):] {
		l := queryLine{Name: j.q.Name, Arg: strings.Join(j.args, " ")}
		l.Start = true
		if err := enc.Encode(l); err != nil {
			return err
		}
		l.Start = false
		var times []time.Duration
		for i := 0; i < runs && (i == 0 || times[0] < 10*time.Second); i++ {
			qctx, cancel := context.WithTimeout(ctx, timeout)
			start := time.Now()
			res, err := queries.Run(qctx, store, j.q, j.args, 1000)
			times = append(times, time.Since(start))
			cancel()
			if err != nil {
				l.Err, l.Timeout = firstLine(err.Error()), errors.Is(err, context.DeadlineExceeded)
				break
			}
			l.Rows = len(res.Rows)
		}
		l.Median = int64(median(times))
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// panicLine is the first "panic: " line of a crashed Go program's output.
func panicLine(stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "panic: ") {
			return strings.TrimPrefix(line, "panic: ")
		}
	}
	return ""
}

// baseline measures a kg process that opens no store: its start-up.
func (b *bench) baseline(ctx context.Context) (time.Duration, time.Duration, error) {
	var walls, cpus []time.Duration
	for i := 0; i < 3; i++ {
		r, err := b.kg(ctx, "query", "list")
		if err != nil {
			return 0, 0, err
		}
		walls, cpus = append(walls, r.wall), append(cpus, r.cpu)
	}
	return median(walls), median(cpus), nil
}

type procResult struct {
	wall, cpu time.Duration
	rss       int64
}

// kg runs the kg executable with args and measures it.
func (b *bench) kg(ctx context.Context, args ...string) (procResult, error) {
	cmd := exec.CommandContext(ctx, b.exe, args...)
	cmd.Env = b.env
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	err := cmd.Run()
	r := procResult{wall: time.Since(start)}
	if err != nil {
		return r, fmt.Errorf("kg %s: %w\n%s", strings.Join(args, " "), err, lastLines(stderr.String(), 5))
	}
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	r.rss = childPeakRSS(cmd.ProcessState)
	return r, nil
}

// scratchDatabase creates the database name on the server of admin and
// returns its address and a function that drops it.
func scratchDatabase(ctx context.Context, admin, name string) (drop func() error, addr string, err error) {
	u, err := url.Parse(admin)
	if err != nil {
		return nil, "", fmt.Errorf("postgres URL: %w", err)
	}
	if !slices.Contains(sql.Drivers(), "postgres") {
		return nil, "", errors.New("no postgres driver linked in")
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		return nil, "", err
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return nil, "", fmt.Errorf("creating database %s: %w", name, err)
	}
	u.Path = "/" + name
	drop = func() error {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			if _, err2 := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err2 != nil {
				return fmt.Errorf("dropping database %s: %w", name, err)
			}
		}
		return nil
	}
	return drop, u.String(), nil
}

// readCorpus loads and cleans every story of a JSONL file, and returns with
// them the byte offset in the file after each line that held one (lines[n]
// ends the first n stories).
func readCorpus(ctx context.Context, file string) ([]schema.Document, []int64, error) {
	if ext := filepath.Ext(file); ext != ".jsonl" && ext != ".ndjson" {
		return nil, nil, cli.Exit("kg bench: the corpus must be a .jsonl file", 2)
	}
	var docs []schema.Document
	err := ingest.Walk(ctx, []string{file}, ingest.LoadOptions{}, func(r ingest.Raw) error {
		docs = append(docs, ingest.Prepare(r))
		return nil
	}, func(*ingest.DocError) {})
	if err != nil {
		return nil, nil, err
	}
	// Line ends: stories are the non-blank lines, as Walk reads them.
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	lines := []int64{0}
	br := bufio.NewReaderSize(f, 1<<20)
	var off int64
	for {
		line, err := br.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) {
			var more []byte
			more, err = br.ReadSlice('\n')
			off += int64(len(line))
			line = more
		}
		off += int64(len(line))
		if len(bytes.TrimSpace(line)) > 0 {
			lines = append(lines, off)
		}
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, err
		}
	}
	if len(lines)-1 != len(docs) {
		return nil, nil, fmt.Errorf("%s: %d lines but %d stories could be read: give a corpus without bad lines", file, len(lines)-1, len(docs))
	}
	return docs, lines, nil
}

// copyLines copies the first n bytes of src to dst.
func copyLines(src, dst string, n int64) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.CopyN(out, in, n); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func extractRow(step string, x *rules.Extractor, docs []schema.Document) benchRow {
	row := benchRow{Step: step, Stories: len(docs)}
	runtime.GC()
	cpu0, start := selfCPUTime(), time.Now()
	for _, d := range docs {
		st, _ := x.Extract(d)
		row.Statements += len(st)
		row.Bytes += int64(len(d.Text))
	}
	row.Wall, row.CPU = time.Since(start), selfCPUTime()-cpu0
	row.Load = loadAverage()
	return row
}

func proseRow(docs []schema.Document) (benchRow, error) {
	row := benchRow{Step: fmt.Sprintf("prose NER (first %d stories as one text)", len(docs)), Stories: len(docs), Statements: -1}
	var all strings.Builder
	for _, d := range docs {
		all.WriteString(d.Text)
		all.WriteString("\n\n")
		row.Bytes += int64(len(d.Text))
	}
	runtime.GC()
	cpu0, start := selfCPUTime(), time.Now()
	pd, err := prose.NewDocument(all.String())
	if err != nil {
		return row, fmt.Errorf("prose: %w", err)
	}
	_ = pd.Entities()
	row.Wall, row.CPU = time.Since(start), selfCPUTime()-cpu0
	row.Load = loadAverage()
	return row, nil
}

// report prints the tables.
func (b *bench) report(w io.Writer, load0, load1 string) {
	fmt.Fprintf(w, "kg bench: %s/%s, %d CPUs, %s; load average %s at the start, %s at the end\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), load0, load1)
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "| step\t stories\t text MB\t wall s\t CPU s\t MB/s\t MB/CPU-s\t stories/s\t statements/s\t quads/s\t peak RSS MB\t load\t")
	fmt.Fprintln(tw, "|---\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t")
	for _, r := range b.rows {
		s := r.Wall.Seconds()
		stmts, quads, rss, cpuRate := "-", "-", "-", "-"
		if r.Statements >= 0 {
			stmts = fmt.Sprintf("%.0f", float64(r.Statements)/s)
		}
		if r.Quads > 0 {
			quads = fmt.Sprintf("%.0f", float64(r.Quads)/s)
		}
		if r.RSS > 0 {
			rss = fmt.Sprintf("%.0f", float64(r.RSS)/(1<<20))
		}
		if r.CPU > 0 {
			cpuRate = fmt.Sprintf("%.2f", float64(r.Bytes)/1e6/r.CPU.Seconds())
		}
		fmt.Fprintf(tw, "| %s\t %d\t %.2f\t %.2f\t %.2f\t %.2f\t %s\t %.0f\t %s\t %s\t %s\t %s\t\n",
			r.Step, r.Stories, float64(r.Bytes)/1e6, s, r.CPU.Seconds(),
			float64(r.Bytes)/1e6/s, cpuRate, float64(r.Stories)/s, stmts, quads, rss, r.Load)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nkg start-up (kg query list): %.0f ms wall, %.0f ms CPU; it is part of every ingest time above.\n",
		ms(b.startup), ms(b.startCPU))
	fmt.Fprintln(w, "\nTime per story (wall, CPU; then wall net of start-up), and the largest run against the smallest:")
	for _, be := range []string{graph.BackendBolt, graph.BackendPostgres} {
		rows := b.ingests[be]
		if len(rows) == 0 {
			continue
		}
		var parts []string
		for _, r := range rows {
			parts = append(parts, fmt.Sprintf("%d: %.2f, %.2f; %.2f ms", r.Stories, perStory(r.Wall, r.Stories), perStory(r.CPU, r.Stories), perStory(r.Wall-b.startup, r.Stories)))
		}
		line := fmt.Sprintf("  %s: %s", be, strings.Join(parts, " | "))
		if len(rows) > 1 {
			first, last := rows[0], rows[len(rows)-1]
			line += fmt.Sprintf(" | ratio %.2f wall, %.2f CPU, %.2f net",
				perStory(last.Wall, last.Stories)/perStory(first.Wall, first.Stories),
				perStory(last.CPU, last.Stories)/perStory(first.CPU, first.Stories),
				perStory(last.Wall-b.startup, last.Stories)/perStory(first.Wall-b.startup, first.Stories))
		}
		fmt.Fprintln(w, line)
	}

	if len(b.queries) > 0 {
		fmt.Fprintf(w, "\nSaved queries on the largest store of each backend, in-process (median of %d runs, or one run when the first took over 10 s; kg query adds the start-up above):\n\n", b.runs)
		tw = tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
		fmt.Fprintln(tw, "| store\t query\t rows\t median ms\t")
		fmt.Fprintln(tw, "|---\t---\t---:\t---:\t")
		var notes []string
		for _, q := range b.queries {
			name := q.Name
			if q.Arg != "" {
				name += fmt.Sprintf(" %q", q.Arg)
			}
			switch {
			case errors.Is(q.Err, context.DeadlineExceeded):
				fmt.Fprintf(tw, "| %s\t %s\t -\t stopped at %.0f\t\n", q.Backend, name, ms(b.qtimeout))
			case q.Err != nil:
				notes = append(notes, fmt.Sprintf("  [%d] %s %s: %s", len(notes)+1, q.Backend, name, q.Err))
				fmt.Fprintf(tw, "| %s\t %s\t -\t failed [%d]\t\n", q.Backend, name, len(notes))
			default:
				fmt.Fprintf(tw, "| %s\t %s\t %d\t %.1f\t\n", q.Backend, name, q.Rows, ms(q.Median))
			}
		}
		tw.Flush()
		if len(notes) > 0 {
			fmt.Fprintln(w)
			fmt.Fprintln(w, strings.Join(notes, "\n"))
		}
	}
	b.targets(w)
}

// targets checks the figures against issue 6's goals.
func (b *bench) targets(w io.Writer) {
	fmt.Fprintln(w, "\nTargets:")
	check := func(ok bool, format string, args ...interface{}) {
		mark := "ok    "
		if !ok {
			mark = "MISSED"
		}
		fmt.Fprintf(w, "  %s %s\n", mark, fmt.Sprintf(format, args...))
	}
	if len(b.rows) > 0 {
		r := b.rows[0]
		check(mbps(r) >= 4, "extraction alone >= 4 MB/s: %.2f MB/s", mbps(r))
	}
	if rows := b.ingests[graph.BackendBolt]; len(rows) > 0 {
		r := rows[len(rows)-1]
		check(mbps(r) >= 1, "bolt ingest >= 1 MB/s (%d stories): %.2f MB/s, %.1f s", r.Stories, mbps(r), r.Wall.Seconds())
	}
	if rows := b.ingests[graph.BackendPostgres]; len(rows) > 0 {
		r := rows[len(rows)-1]
		check(mbps(r) >= 0.3, "postgres ingest >= 0.3 MB/s (%d stories): %.2f MB/s", r.Stories, mbps(r))
	}
	var peak int64
	for _, rows := range b.ingests {
		for _, r := range rows {
			peak = max(peak, r.RSS)
		}
	}
	if peak > 0 {
		check(peak <= 1<<30, "peak RSS <= 1 GB: %.0f MB", float64(peak)/(1<<20))
	}
	for _, be := range []string{graph.BackendBolt, graph.BackendPostgres} {
		rows := b.ingests[be]
		if len(rows) < 2 {
			continue
		}
		first, last := rows[0], rows[len(rows)-1]
		ratio := perStory(last.Wall, last.Stories) / perStory(first.Wall, first.Stories)
		check(ratio <= 1.5, "%s time per story at %d within 1.5x of %d: %.2fx", be, last.Stories, first.Stories, ratio)
	}
}

func mbps(r benchRow) float64 { return float64(r.Bytes) / 1e6 / r.Wall.Seconds() }

func perStory(d time.Duration, n int) float64 { return ms(d) / float64(max(n, 1)) }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// parseSizes reads --sizes: positive numbers or "all", at most total,
// returned sorted and unique.
func parseSizes(s string, total int) ([]int, error) {
	var out []int
	for _, f := range splitList(s) {
		n := total
		if f != "all" {
			var err error
			if n, err = strconv.Atoi(f); err != nil || n <= 0 {
				return nil, fmt.Errorf("--sizes: %q is not a positive number or all", f)
			}
			n = min(n, total)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New("--sizes: give at least one size")
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// loadAverage is the 1-minute load average, or "?" where /proc is absent.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}
