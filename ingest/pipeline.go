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
// goroutine (sink need not be safe for concurrent use). Documents that
// cannot be read, or whose extraction fails, go to onErr and the run goes
// on. Run returns the first error of sink or of ctx.
func Run(ctx context.Context, paths []string, opt Options, x Extractor, sink func(Result) error, onErr func(*DocError)) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	raws := make(chan Raw, workers*2)
	results := make(chan Result, workers*2)
	errs := make(chan *DocError, workers*2)

	var walkErr error
	go func() {
		defer close(raws)
		walkErr = Walk(ctx, paths, opt.Load, func(r Raw) error {
			select {
			case raws <- r:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e *DocError) {
			select {
			case errs <- e:
			case <-ctx.Done():
			}
		})
	}()

	var wg sync.WaitGroup
	var inRun sync.Map // hashes seen in this run
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range raws {
				res, derr := process(r, opt, x, &inRun)
				if derr != nil {
					select {
					case errs <- derr:
					case <-ctx.Done():
						return
					}
					continue
				}
				select {
				case results <- res:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var sinkErr error
	for results != nil || errs != nil {
		select {
		case res, ok := <-results:
			if !ok {
				results = nil
				// No more producers of errors once workers and the walk
				// are done.
				close(errs)
				continue
			}
			if sinkErr == nil {
				if sinkErr = sink(res); sinkErr != nil {
					cancel()
				}
			}
		case e, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			if onErr != nil {
				onErr(e)
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

func process(r Raw, opt Options, x Extractor, inRun *sync.Map) (res Result, derr *DocError) {
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
	if _, dup := inRun.LoadOrStore(doc.Hash, true); dup {
		res.Skipped = true
		return res, nil
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
