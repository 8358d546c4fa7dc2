package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/kg-project/kg/schema"
)

// Extractor turns one document into statements. kg's rule extractor
// (package ingest/rules) is one; an LLM or a trained model can be another.
type Extractor interface {
	Extract(doc schema.Document) ([]schema.Statement, error)
}

// Prepare turns a loaded document into the document kg stores: its text
// cleaned of boilerplate and its identity the hash of that text. HTML main
// text from trafilatura goes through the same cleaning, which only
// normalizes it.
func Prepare(r Raw) schema.Document {
	text := Clean(r.Text)
	return schema.Document{
		Source:    r.Source,
		Title:     r.Title,
		URL:       r.URL,
		Publisher: r.Publisher,
		Published: r.Published,
		Text:      text,
		Hash:      schema.ContentHash(text),
	}
}

// Result is one document through the pipeline.
type Result struct {
	Doc        schema.Document
	Statements []schema.Statement
	Bytes      int64 // input size
	Skipped    bool  // already stored, or a repeat within this run: not extracted
}

// Options configures Run. The zero value is ready to use.
type Options struct {
	Load LoadOptions
	// Workers is the number of documents cleaned and extracted at once;
	// zero means one per CPU.
	Workers int
	// Seen reports whether a document with this content hash is already
	// stored; such documents are skipped before extraction, so an
	// interrupted run resumes cheaply. Nil means none is.
	Seen func(hash string) (bool, error)
}

// Run loads every document under paths, cleans and extracts them on
// Workers goroutines, and hands each result to sink on the calling
// goroutine, in input order (sink need not be safe for concurrent use,
// and a run gives the same sequence every time). Documents that cannot be
// read, or whose extraction fails, go to onErr and the run goes on. At
// most Workers*8 documents are in flight, so memory does not grow with
// the corpus. Run returns the first error of sink or of ctx.
func Run(ctx context.Context, paths []string, opt Options, x Extractor, sink func(Result) error, onErr func(*DocError)) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		raw Raw
	}
	type outcome struct {
		seq int
		res Result
		err *DocError
	}
	jobs := make(chan job, workers*2)
	outs := make(chan outcome, workers*2)
	slots := make(chan struct{}, workers*8) // documents read and not yet handed on

	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = Walk(ctx, paths, opt.Load, func(r Raw) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, r}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e *DocError) {
			// A file that cannot be read has no place in the order: it
			// is reported at once.
			select {
			case outs <- outcome{seq: -1, err: e}:
			case <-ctx.Done():
			}
		})
	}()

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res, derr := process(j.raw, opt, x)
				select {
				case outs <- outcome{seq: j.seq, res: res, err: derr}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(outs) }()

	var sinkErr error
	inRun := map[string]bool{} // content hashes handed on in this run
	pending := map[int]outcome{}
	next := 0
	for o := range outs {
		if o.seq < 0 {
			if onErr != nil {
				onErr(o.err)
			}
			continue
		}
		pending[o.seq] = o
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			switch {
			case p.err != nil:
				if onErr != nil {
					onErr(p.err)
				}
			case sinkErr == nil:
				// The same text twice in one run: the first in input order
				// is the document.
				if inRun[p.res.Doc.Hash] {
					p.res.Skipped, p.res.Statements = true, nil
				}
				inRun[p.res.Doc.Hash] = true
				if sinkErr = sink(p.res); sinkErr != nil {
					cancel()
				}
			}
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	if walkErr != nil && ctx.Err() == nil {
		return walkErr
	}
	return ctx.Err()
}

func process(r Raw, opt Options, x Extractor) (res Result, derr *DocError) {
	defer func() {
		// An extractor bug must not take the run down: the document fails
		// with the panic as its reason.
		if p := recover(); p != nil {
			derr = &DocError{Source: r.Source, Offset: -1, Err: fmt.Errorf("extractor panic: %v", p)}
		}
	}()
	doc := Prepare(r)
	res = Result{Doc: doc, Bytes: r.Bytes}
	if doc.Text == "" {
		return res, &DocError{Source: r.Source, Offset: -1, Err: ErrEmpty}
	}
	if opt.Seen != nil {
		seen, err := opt.Seen(doc.Hash)
		if err != nil {
			return res, &DocError{Source: r.Source, Offset: -1, Err: err}
		}
		if seen {
			res.Skipped = true
			return res, nil
		}
	}
	stmts, err := x.Extract(doc)
	if err != nil {
		return res, &DocError{Source: r.Source, Offset: -1, Err: fmt.Errorf("extract: %w", err)}
	}
	res.Statements = stmts
	return res, nil
}
