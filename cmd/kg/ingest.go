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
			&cli.IntFlag{Name: "workers", Usage: "documents extracted at once (default: one per CPU)"},
			&cli.IntFlag{Name: "batch", Value: 256, Usage: "documents written per transaction"},
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
			MaxBytes: c.Int64("max-bytes"),
		},
		Seen: func(hash string) (bool, error) { return store.HasDocument(ctx, hash) },
	}
	batchSize := c.Int("batch")
	if batchSize < 1 {
		batchSize = 1
	}
	var sum ingestSummary
	start := time.Now()
	// Batches of whole documents go to a writer goroutine, so extraction
	// goes on while the store commits.
	bw := newBatchWriter(context.WithoutCancel(ctx), store)
	var batch []graph.Batch
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := bw.send(batch)
		batch = nil
		return err
	}
	known, err := store.Entities(ctx)
	if err != nil {
		return err
	}
	resolver := ingest.NewResolver(known)
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
			sum.Skipped++
			return nil
		}
		resolver.Resolve(r.Statements)
		batch = append(batch, graph.Batch{Doc: r.Doc, Statements: r.Statements})
		if len(batch) >= batchSize {
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
	runErr := ingest.Run(ctx, c.Args().Slice(), opt, rules.New(g), sink, onErr)
	// Whatever was extracted before an interrupt is still written whole.
	if err := flush(); err != nil && runErr == nil {
		runErr = err
	}
	if err := bw.close(); err != nil && runErr == nil {
		runErr = err
	}
	sum.Written, sum.Statements = bw.written, bw.statements
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
