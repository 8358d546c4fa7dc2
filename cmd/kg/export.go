package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
	"github.com/urfave/cli/v2"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the graph for Gephi, Cytoscape, yEd, Graphviz, sigma.js, RDF tools or the evaluation tools",
		ArgsUsage: " ",
		Description: `Formats (--format, or from -o's extension):
   graphml     .graphml                 Gephi, Cytoscape, yEd, networkx
   gexf        .gexf                    Gephi, with a timeline (GEXF 1.3 spells)
   dot         .dot .gv                 Graphviz: kg export -f dot | dot -Tsvg > graph.svg
   cytoscape   .cyjs .cytoscape.json    Cytoscape.js JSON; Cytoscape: File > Import > Network from File
   graphology  .graphology.json         graphology / sigma.js: graph.import(json)
   csv         .csv                     Gephi's spreadsheet import: -o g.csv writes g-nodes.csv and g-edges.csv
   nquads      .nq                      RDF: entities, facts, and every statement in its document's graph
   jsonl       .jsonl                   the statements contract, one statement a line (the default)

Graph formats have one edge per fact (subject, predicate, object), with
its number of statements, documents and sources, first and last time,
best confidence and sentences; nodes carry type, aliases, identifiers,
degree and mentions, a colour by type and a size by degree. Only facts
(asserted and reported statements) by default; --all adds hedged, planned
and negated statements as edges marked with their modality (jsonl always
has every modality).

Filters keep a graph readable: --seed and --depth keep a neighbourhood,
--max-nodes the highest-degree nodes, and --predicate, --type, --since,
--until, --min-confidence and --min-sources select statements and facts.
Times are ISO 8601 prefixes (2025, 2025-03, 2025-03-14); a statement
without a time of its own has its document's publication date.

Names: an entity is printed under the name its sources write. When no
sentence of its statements writes the gazetteer's name but one writes
another of its names, that one is used, with the gazetteer's name among
the aliases: a corpus that writes "Côte d'Ivoire" or "Santiago Pena"
gets those, not "Ivory Coast" or "Santiago Peña". --names gazetteer
prints the gazetteer's names. Node IRIs are the store's either way.

Examples:
   kg export -o graph.gexf
   kg export --format dot --seed Aliyev --depth 2 | dot -Tsvg > aliyev.svg
   kg export -o graph.graphml --max-nodes 200 --min-sources 2
   kg export -o meetings.csv --predicate met_with --since 2025
   kg export --format nquads --all > graph.nq
   kg export -o statements.jsonl`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output `FORMAT`: graphml, gexf, dot, cytoscape, graphology, csv, nquads, jsonl"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically) instead of standard output"},
			&cli.BoolFlag{Name: "all", Usage: "add hedged, planned and negated statements as marked edges"},
			&cli.StringSliceFlag{Name: "seed", Usage: "keep the neighbourhood of `ENTITY` (name or alias, case-insensitive; repeatable)"},
			&cli.IntFlag{Name: "depth", Value: export.DefaultDepth, Usage: "with --seed: how many facts away from a seed to go"},
			&cli.IntFlag{Name: "max-nodes", Usage: "keep at most `N` nodes, the highest-degree ones (0: no limit)"},
			&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "keep only `PREDICATE` (repeatable)"},
			&cli.StringSliceFlag{Name: "type", Aliases: []string{"t"}, Usage: "keep only statements whose two entities have entity type `T` (repeatable)"},
			&cli.StringFlag{Name: "since", Usage: "keep statements whose time overlaps `DATE` or later (ISO prefix)"},
			&cli.StringFlag{Name: "until", Usage: "keep statements whose time overlaps `DATE` or earlier (ISO prefix)"},
			&cli.Float64Flag{Name: "min-confidence", Usage: "drop statements below confidence `C` (0 to 1)"},
			&cli.IntFlag{Name: "min-sources", Usage: "drop facts with fewer than `N` independent sources"},
			&cli.IntFlag{Name: "sentences", Value: export.DefaultMaxSentences, Usage: "sentences kept per fact as evidence"},
			&cli.StringFlag{Name: "names", Value: "written", Usage: "`NAMES` to print entities under: written (the name the sources write, when they do not write the gazetteer's) or gazetteer"},
		},
		Action: runExport,
	}
}

// exportConfig is what kg export was asked to do, parsed and checked.
type exportConfig struct {
	Format  export.Format
	Output  string // "" or "-": standard output
	Opts    export.Options
	Written bool // print entities under their written names (export.WrittenNames)
}

// parseExportFlags turns flags into an exportConfig; its errors are usage
// errors.
func parseExportFlags(c *cli.Context) (exportConfig, error) {
	if c.NArg() > 0 {
		return exportConfig{}, fmt.Errorf("unexpected argument %q (the store is --db; the output -o)", c.Args().First())
	}
	cfg := exportConfig{Output: c.String("output")}
	switch c.String("names") {
	case "written":
		cfg.Written = true
	case "gazetteer":
	default:
		return cfg, fmt.Errorf("--names %q: give written or gazetteer", c.String("names"))
	}
	switch {
	case c.String("format") != "":
		f, err := export.ParseFormat(c.String("format"))
		if err != nil {
			return cfg, err
		}
		cfg.Format = f
	case cfg.Output != "" && cfg.Output != "-":
		f, ok := export.FormatFromPath(cfg.Output)
		if !ok {
			return cfg, fmt.Errorf("cannot tell the format from %q: give --format, or an extension (.graphml .gexf .dot .gv .cyjs .cytoscape.json .graphology.json .csv .nq .jsonl)", cfg.Output)
		}
		cfg.Format = f
	default:
		cfg.Format = export.JSONLines
	}
	if cfg.Format == export.CSV && (cfg.Output == "" || cfg.Output == "-") {
		return cfg, fmt.Errorf("csv is two tables, nodes and edges: give -o FILE.csv to write FILE-nodes.csv and FILE-edges.csv")
	}
	o := export.Options{
		All:           c.Bool("all"),
		Since:         c.String("since"),
		Until:         c.String("until"),
		MinConfidence: c.Float64("min-confidence"),
		MinSources:    c.Int("min-sources"),
		Seeds:         c.StringSlice("seed"),
		Depth:         c.Int("depth"),
		MaxNodes:      c.Int("max-nodes"),
		MaxSentences:  c.Int("sentences"),
	}
	if o.MaxSentences == 0 {
		o.MaxSentences = -1 // --sentences 0 means none
	}
	for _, s := range c.StringSlice("predicate") {
		for _, part := range strings.Split(s, ",") {
			p, err := schema.ParsePredicate(part)
			if err != nil {
				return cfg, err
			}
			o.Predicates = append(o.Predicates, p)
		}
	}
	for _, s := range c.StringSlice("type") {
		for _, part := range strings.Split(s, ",") {
			t, err := schema.ParseType(part)
			if err != nil {
				return cfg, err
			}
			o.Types = append(o.Types, t)
		}
	}
	if c.IsSet("depth") && len(o.Seeds) == 0 {
		return cfg, fmt.Errorf("--depth needs --seed")
	}
	if err := o.Validate(); err != nil {
		return cfg, err
	}
	cfg.Opts = o
	return cfg, nil
}

func runExport(c *cli.Context) error {
	cfg, err := parseExportFlags(c)
	if err != nil {
		return cli.Exit("kg export: "+err.Error(), 2)
	}
	store, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer store.Close()
	src := func(fn func(schema.Statement) error) error { return store.Statements(c.Context, fn) }
	return writeExport(cfg, src, c.App.Writer, c.App.ErrWriter)
}

// writeExport writes the export cfg asks for from src to stdout or to
// cfg.Output, and a one-line summary to stderr when writing a file.
func writeExport(cfg exportConfig, src export.Source, stdout, stderr io.Writer) error {
	toFile := cfg.Output != "" && cfg.Output != "-"
	if cfg.Written {
		src = export.WrittenNames(src)
	}
	if cfg.Format == export.CSV {
		g, err := export.Build(src, cfg.Opts)
		if err != nil {
			return err
		}
		nodesPath, edgesPath := export.CSVPaths(cfg.Output)
		nf, err := createAtomic(nodesPath)
		if err != nil {
			return err
		}
		defer nf.abort()
		ef, err := createAtomic(edgesPath)
		if err != nil {
			return err
		}
		defer ef.abort()
		if err := export.WriteCSV(nf, ef, g); err != nil {
			return err
		}
		if err := nf.commit(); err != nil {
			return err
		}
		if err := ef.commit(); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "kg export: %s to %s and %s\n", summary(g), nodesPath, edgesPath)
		return nil
	}

	w := stdout
	var f *atomicFile
	if toFile {
		var err error
		if f, err = createAtomic(cfg.Output); err != nil {
			return err
		}
		defer f.abort()
		w = f
	}
	lines := &lineCounter{w: w}
	g, err := export.Export(lines, cfg.Format, src, cfg.Opts)
	if err != nil {
		return err
	}
	if g != nil && len(g.Seeds) > len(cfg.Opts.Seeds) {
		names := make([]string, len(g.Seeds))
		for i, s := range g.Seeds {
			names[i] = fmt.Sprintf("%s (%s)", g.Nodes[s].Label, g.Nodes[s].Type)
		}
		fmt.Fprintf(stderr, "kg export: the seeds name %d entities: %s\n", len(names), strings.Join(names, "; "))
	}
	if f == nil {
		return nil
	}
	if err := f.commit(); err != nil {
		return err
	}
	if cfg.Format == export.JSONLines {
		fmt.Fprintf(stderr, "kg export: %d statements to %s\n", lines.n, cfg.Output)
	} else {
		fmt.Fprintf(stderr, "kg export: %s to %s\n", summary(g), cfg.Output)
	}
	return nil
}

func summary(g *export.Graph) string {
	return fmt.Sprintf("%d nodes, %d edges from %d statements", len(g.Nodes), len(g.Facts), g.Statements)
}

// lineCounter counts the newlines written through it: statements, for
// JSON lines.
type lineCounter struct {
	w io.Writer
	n int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.n += bytes.Count(p, []byte{'\n'})
	return l.w.Write(p)
}

// atomicFile is written beside its target and renamed over it on commit,
// so that a failed export never leaves half a file under the requested
// name.
type atomicFile struct {
	*os.File
	target string
	done   bool
}

func createAtomic(target string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*")
	if err != nil {
		return nil, err
	}
	return &atomicFile{File: f, target: target}, nil
}

func (f *atomicFile) commit() error {
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), f.target); err != nil {
		return err
	}
	f.done = true
	return nil
}

// abort removes the temporary file unless commit succeeded.
func (f *atomicFile) abort() {
	if !f.done {
		f.Close()
		os.Remove(f.Name())
	}
}
