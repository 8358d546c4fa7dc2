package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/ingest/rules"
	"github.com/kg-project/kg/schema"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read articles into the graph",
		ArgsUsage: "PATH...",
		Description: `Reads files and directories (recursively) of .txt, .md, .html/.htm and
.jsonl (also gzipped), and - for standard input. A JSONL record needs a
text field; id, title, url, date and publisher are optional (rename them
with the --*-field flags). Documents already stored (same cleaned text)
are skipped; each document is written in one transaction with the others
of its batch, so an interrupted run loses nothing and resumes.

Examples:
   kg ingest examples/corpus
   kg ingest --db /data/kg.db news/*.html feeds.jsonl.gz
   cat corpus.jsonl | kg ingest --text-field body -`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
			&cli.StringFlag{Name: "gazetteer", Usage: "extend the built-in gazetteer with this YAML or JSON `FILE`"},
			learnedFlag,
			todayFlag,
			&cli.IntFlag{Name: "workers", Usage: "documents extracted at once (default: one per CPU)"},
			&cli.IntFlag{Name: "batch", Value: 2048, Usage: "most documents written per transaction"},
			&cli.IntFlag{Name: "batch-quads", Value: defaultBatchQuads, Usage: "write a transaction once its documents come to about this many quads"},
			&cli.Int64Flag{Name: "max-bytes", Value: ingest.DefaultMaxBytes, Usage: "largest document (or JSONL line) read, in bytes"},
			&cli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the record id"},
			&cli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the text"},
			&cli.StringFlag{Name: "title-field", Value: "title", Usage: "JSONL field holding the title"},
			&cli.StringFlag{Name: "url-field", Value: "url", Usage: "JSONL field holding the URL"},
			&cli.StringFlag{Name: "date-field", Value: "date", Usage: "JSONL field holding the publication date"},
			&cli.StringFlag{Name: "publisher-field", Value: "publisher", Usage: "JSONL field holding the publisher"},
		},
		Action: runIngest,
	}
}

// ingestSummary is what an ingest run reports at the end.
type ingestSummary struct {
	Read, Skipped, Failed, Written, Statements int
	Bytes                                      int64
	Elapsed                                    time.Duration
}

func (s ingestSummary) String() string {
	mbs := 0.0
	if s.Elapsed > 0 {
		mbs = float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("documents read %d, stored %d, skipped as already stored %d, failed %d; statements stored %d; %.1f MB in %s (%.2f MB/s)",
		s.Read, s.Written, s.Skipped, s.Failed, s.Statements, float64(s.Bytes)/1e6, s.Elapsed.Round(time.Millisecond), mbs)
}

func runIngest(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.Exit("kg ingest: give at least one PATH (a file, a directory or - for standard input)", 2)
	}
	asOf, err := today(c)
	if err != nil {
		return err
	}
	g := gazetteer.Default()
	if f := c.String("gazetteer"); f != "" {
		g = gazetteer.New()
		if err := g.LoadFile(f); err != nil {
			return err
		}
	}
	store, err := openStore(c, false)
	if err != nil {
		return err
	}
	defer store.Close()

	stderr := c.App.ErrWriter
	if stderr == nil {
		stderr = os.Stderr
	}
	quiet := c.Bool("quiet") || !isTerminal(stderr)
	var bar *progressbar.ProgressBar
	if !quiet {
		bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}

	ctx := c.Context
	opt := ingest.Options{
		Workers: c.Int("workers"),
		Load: ingest.LoadOptions{
			IDField: c.String("id-field"), TextField: c.String("text-field"),
			TitleField: c.String("title-field"), URLField: c.String("url-field"),
			DateField: c.String("date-field"), PublisherField: c.String("publisher-field"),
			MaxBytes: c.Int64("max-bytes"), Today: asOf,
		},
		Seen: func(hash string) (bool, error) { return store.HasDocument(ctx, hash) },
	}
	batchSize := c.Int("batch")
	if batchSize < 1 {
		batchSize = 1
	}
	batchQuads := c.Int("batch-quads")
	var sum ingestSummary
	start := time.Now()
	// Batches of whole documents go to a writer goroutine, so extraction
	// goes on while the store commits.
	bw := newBatchWriter(context.WithoutCancel(ctx), store)
	var batch []graph.Batch
	quads := 0 // estimated quads of batch
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := bw.send(batch)
		batch, quads = nil, 0
		return err
	}
	// The resolver learns every stored statement: what it knew when it
	// resolved them, so that a run resumed after a kill resolves the rest as
	// an uninterrupted one would have. Reading them takes seconds on a large
	// store (2 s of CPU for the 19,043 Reuters stories), so it waits for the
	// first document to resolve: a re-run that stores nothing never reads
	// them, and workers go on extracting meanwhile. Nothing has been written
	// by then, so what it reads is the store as the run found it. Ctrl-C
	// does not stop it: the documents extracted before it are still
	// resolved and written.
	var resolver *ingest.Resolver
	learn := func() error {
		if resolver != nil {
			return nil
		}
		r := ingest.NewResolver()
		err := store.Statements(context.WithoutCancel(ctx), func(st schema.Statement) error {
			r.Learn(st)
			return nil
		})
		if err != nil {
			return fmt.Errorf("reading the stored statements: %w", err)
		}
		resolver = r
		return nil
	}
	origins, err := loadOrigins(ctx, store, stderr)
	if err != nil {
		return err
	}
	sink := func(r ingest.Result) error {
		sum.Read++
		sum.Bytes += r.Bytes
		if bar != nil {
			if sum.Read%50 == 1 {
				bar.Describe(fmt.Sprintf("ingesting: %d documents, %d failed", sum.Read, sum.Failed))
			}
			bar.Add64(r.Bytes)
		}
		if r.Skipped {
			// The same text under another source (a second JSONL id, a
			// page saved twice) is recorded as one more source of the
			// stored document; the same source again changes nothing.
			sum.Skipped++
			if r.Doc.Hash == "" || r.Doc.Source == "" {
				return nil
			}
			r.Doc.Text = ""
			batch = append(batch, graph.Batch{Doc: r.Doc, Copy: true})
			quads++
			if len(batch) >= batchSize {
				return flush()
			}
			return nil
		}
		if err := learn(); err != nil {
			return err
		}
		resolver.Resolve(r.Statements)
		var sketch string
		r.Doc.Origin, sketch = origins.Add(r.Doc)
		// The store needs the hash, not the text: don't hold texts while
		// the batch fills.
		r.Doc.Text = ""
		for i := range r.Statements {
			r.Statements[i].Doc.Text = ""
		}
		batch = append(batch, graph.Batch{Doc: r.Doc, Statements: r.Statements, Sketch: sketch})
		quads += estimateQuads(r.Statements)
		if len(batch) >= batchSize || batchQuads > 0 && quads >= batchQuads {
			return flush()
		}
		return nil
	}
	onErr := func(e *ingest.DocError) {
		sum.Failed++
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(stderr, "kg ingest:", e)
	}
	x, err := newExtractor(c, g)
	if err != nil {
		return err
	}
	runErr := ingest.Run(ctx, c.Args().Slice(), opt, x, sink, onErr)
	// Whatever was extracted before an interrupt is still written whole.
	if err := flush(); err != nil && runErr == nil {
		runErr = err
	}
	if err := bw.close(); err != nil && runErr == nil {
		runErr = err
	}
	sum.Written, sum.Statements = bw.written, bw.statements
	// Documents a later one linked to an older origin take its name.
	if _, err := store.SetOrigins(context.WithoutCancel(ctx), origins.Changes()); err != nil && runErr == nil {
		runErr = err
	}
	if bar != nil {
		bar.Finish()
	}
	sum.Elapsed = time.Since(start)
	fmt.Fprintln(stderr, "kg ingest:", sum)
	if runErr != nil {
		return runErr
	}
	if sum.Failed > 0 {
		return cli.Exit(fmt.Sprintf("kg ingest: %d document(s) failed (see above)", sum.Failed), 1)
	}
	return nil
}

// defaultBatchQuads is the default of --batch-quads. Bolt writes
// transactions of 10,000 to 30,000 quads fastest (see package graph); on
// the Reuters corpus (a third of a statement per story) 2,048 stories, about
// 20,000 quads, took 15% less CPU than 256 and half the disk writes, and
// 8,192 more CPU again.
const defaultBatchQuads = 20000

// estimateQuads is about how many quads the store writes for a document
// with these statements, by the counts package graph documents: 9 for the
// document (with its origin and sketch), 13 for a statement node and its
// plain edge. Entities, written once, are left out.
func estimateQuads(stmts []schema.Statement) int {
	return 9 + 13*len(stmts)
}

// batchWriter writes batches of documents on its own goroutine, one
// transaction each, and keeps the first error (after which it writes
// nothing more, so no later document lands after a failed one).
type batchWriter struct {
	ctx                 context.Context
	store               *graph.Store
	ch                  chan []graph.Batch
	done                chan struct{}
	failed              atomic.Pointer[error] // set once, read by send
	err                 error
	written, statements int
}

func newBatchWriter(ctx context.Context, store *graph.Store) *batchWriter {
	w := &batchWriter{ctx: ctx, store: store, ch: make(chan []graph.Batch, 1), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		for b := range w.ch {
			if w.err != nil {
				continue
			}
			n, err := w.store.WriteBatch(w.ctx, b)
			if err != nil {
				w.err = fmt.Errorf("writing %d documents (first %s): %w", len(b), b[0].Doc.Source, err)
				w.failed.Store(&w.err)
				continue
			}
			w.written += n
			for _, d := range b {
				w.statements += len(d.Statements)
			}
		}
	}()
	return w
}

// send queues a batch; it blocks while the previous one is being written.
func (w *batchWriter) send(b []graph.Batch) error {
	if err := w.failed.Load(); err != nil {
		return *err
	}
	w.ch <- b
	return nil
}

// close waits for the queued batches and returns the first error.
func (w *batchWriter) close() error {
	close(w.ch)
	<-w.done
	return w.err
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// loadOrigins reads every stored document's origin and sketch, so that new
// documents can join the stored origins.
func loadOrigins(ctx context.Context, store *graph.Store, stderr io.Writer) (*ingest.Origins, error) {
	stored, err := store.Origins(ctx)
	if err != nil {
		return nil, err
	}
	origins, bad := ingest.NewOrigins(), 0
	for _, d := range stored {
		if err := origins.Known(d.Hash, d.Origin, d.Sketch); err != nil {
			bad++
		}
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "kg ingest: %d stored documents have a sketch this kg cannot read: new documents are not grouped with them\n", bad)
	}
	return origins, nil
}

// todayFlag sets the day the documents are read as of (LoadOptions.Today).
var todayFlag = &cli.StringFlag{Name: "today", Usage: "read the documents as of this `DATE` (YYYY-MM-DD): a wire dateline without a year (\"KABUL, Jan 28 (Agency) -\") is dated on or before it; set it to when an archive was written (default: the clock's date)"}

// today reads --today; the zero time means the clock's date.
func today(c *cli.Context) (time.Time, error) {
	s := c.String("today")
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, cli.Exit(fmt.Sprintf("kg %s: --today %q: want a date such as 2025-03-17", c.Command.Name, s), 2)
	}
	return t, nil
}

// learnedFlag turns on the learned pair classifier (ingest/rules/pairs.go).
var learnedFlag = &cli.BoolFlag{Name: "learned", Usage: "also state the relations (located_in, based_in, lives_in, works_for, killed) that the learned pair classifier finds and the rules miss: more recall on short factual sentences, lower precision on running news (see README)"}

// newExtractor returns the rules extractor over g, with the learned pair
// classifier when --learned asks for it.
func newExtractor(c *cli.Context, g *gazetteer.Gazetteer) (*rules.Extractor, error) {
	x := rules.New(g)
	if c.Bool("learned") {
		m, err := rules.DefaultPairModel()
		if err != nil {
			return nil, err
		}
		x.Pairs = m
	}
	return x, nil
}
