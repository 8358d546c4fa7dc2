// Command kg builds a geopolitical knowledge graph from news articles and
// answers questions about it.
//
//	kg ingest [--db DIR] PATH...        read articles into the graph
//	kg export --format jsonl [-o FILE]  write the statements
//	kg stats                            count what the graph holds
//	kg query NAME [ARGS...]             run a saved Gizmo query
//	kg inspect FILE                     show what ingest sees in a file
//	kg rm SOURCE                        remove a document
//
// main only wires signals and exit codes; each command lives in its own
// file and calls the library packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal asks for a clean stop; after it, a second one kills.
	go func() { <-ctx.Done(); stop() }()
	err := newApp().RunContext(ctx, os.Args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kg:", err)
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			os.Exit(ec.ExitCode())
		}
		os.Exit(1)
	}
}

// defaultDB is where the embedded store lives unless --db or KG_DB say
// otherwise.
const defaultDB = "kg.db"

var dbFlag = &cli.StringFlag{
	Name:    "db",
	Usage:   "graph store: a directory for the embedded bolt store, or a postgres://... URL",
	EnvVars: []string{"KG_DB"},
	Value:   defaultDB,
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "kg",
		Usage: "build a geopolitical knowledge graph from news articles",
		Description: `kg turns news articles (text, HTML, JSON lines) into typed facts
(who met whom, who borders, leads, sanctions or joins what), each tied to
the sentence and document that state it, how the source holds it
(asserted, reported, hedged, planned, negated) and when it happened.

Examples:
   kg ingest examples/corpus             # into ./kg.db
   kg query who-met Aliyev
   kg export --format jsonl -o out.jsonl
   KG_DB=postgres://user@/kg?host=/var/run/postgresql kg stats`,
		HideHelpCommand: true,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile to `FILE` (for performance work)", Hidden: true},
			&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile to `FILE` at the end (for performance work)", Hidden: true},
		},
		Before: func(c *cli.Context) error {
			if f := c.String("cpuprofile"); f != "" {
				out, err := os.Create(f)
				if err != nil {
					return err
				}
				if err := pprof.StartCPUProfile(out); err != nil {
					return err
				}
			}
			return nil
		},
		After: func(c *cli.Context) error {
			if c.String("cpuprofile") != "" {
				pprof.StopCPUProfile()
			}
			if f := c.String("memprofile"); f != "" {
				out, err := os.Create(f)
				if err != nil {
					return err
				}
				defer out.Close()
				return pprof.Lookup("heap").WriteTo(out, 0)
			}
			return nil
		},
		Commands: []*cli.Command{
			ingestCommand(),
			exportCommand(),
			statsCommand(),
			queryCommand(),
			inspectCommand(),
			rmCommand(),
			benchCommand(),
		},
	}
}
