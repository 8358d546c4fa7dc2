package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/ingest/rules"
	"github.com/kg-project/kg/schema"
	"github.com/urfave/cli/v2"
)

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "show what ingest sees in a file: text, metadata, sentences, mentions, statements",
		ArgsUsage: "FILE",
		Description: `Runs the loader, the cleaner and the extractor on FILE without touching
the store. For a JSONL file every record is shown.

Examples:
   kg inspect article.html
   kg inspect --text page.txt          # only the cleaned main text
   kg inspect --json article.txt | jq '.statements[] | .rule'`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "text", Usage: "print only the cleaned main text"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.StringFlag{Name: "gazetteer", Usage: "extend the built-in gazetteer with this YAML or JSON `FILE`"},
			learnedFlag,
			todayFlag,
		},
		Action: runInspect,
	}
}

func runInspect(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.Exit("kg inspect: give a FILE (or - for standard input)", 2)
	}
	g := gazetteer.Default()
	if f := c.String("gazetteer"); f != "" {
		g = gazetteer.New()
		if err := g.LoadFile(f); err != nil {
			return err
		}
	}
	x, err := newExtractor(c, g)
	if err != nil {
		return err
	}
	asOf, err := today(c)
	if err != nil {
		return err
	}
	w := c.App.Writer
	failed := 0
	err = ingest.Walk(c.Context, c.Args().Slice(), ingest.LoadOptions{Today: asOf}, func(r ingest.Raw) error {
		doc := ingest.Prepare(r)
		if c.Bool("text") {
			fmt.Fprintln(w, doc.Text)
			return nil
		}
		a := x.Inspect(doc)
		if c.Bool("json") {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			recs := make([]schema.Record, len(a.Statements))
			for i, st := range a.Statements {
				recs[i] = st.Record()
			}
			return enc.Encode(map[string]interface{}{
				"source": doc.Source, "title": doc.Title, "url": doc.URL, "publisher": doc.Publisher,
				"published": doc.Published, "hash": doc.Hash, "text": doc.Text,
				"sentences": a.Sentences, "statements": recs,
			})
		}
		printInspect(w, doc, a)
		return nil
	}, func(e *ingest.DocError) {
		failed++
		fmt.Fprintln(c.App.ErrWriter, "kg inspect:", e)
	})
	if err != nil && err != context.Canceled {
		return err
	}
	if failed > 0 {
		return cli.Exit(fmt.Sprintf("kg inspect: %d document(s) failed", failed), 1)
	}
	return nil
}

func printInspect(w interface{ Write([]byte) (int, error) }, doc schema.Document, a rules.Analysis) {
	fmt.Fprintf(w, "== %s\n", doc.Source)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "title\t%s\n", doc.Title)
	fmt.Fprintf(tw, "published\t%s\n", doc.Published)
	fmt.Fprintf(tw, "publisher\t%s\n", doc.Publisher)
	fmt.Fprintf(tw, "url\t%s\n", doc.URL)
	fmt.Fprintf(tw, "hash\t%s\n", doc.Hash)
	fmt.Fprintf(tw, "characters\t%d\n", len(doc.Text))
	tw.Flush()
	fmt.Fprintf(w, "\n-- text\n%s\n", doc.Text)
	fmt.Fprintf(w, "\n-- sentences (%d)\n", len(a.Sentences))
	for i, s := range a.Sentences {
		fmt.Fprintf(w, "[%d] %d-%d %s\n", i+1, s.Start, s.End, s.Text)
		for _, m := range s.Mentions {
			known := "new"
			if m.Known {
				known = "gazetteer"
			}
			extra := ""
			if m.Use != "" {
				extra = " (" + m.Use + ")"
			}
			if len(m.Members) > 0 {
				extra += " = " + strings.Join(m.Members, ", ")
			}
			fmt.Fprintf(w, "      %q -> %s [%s, %s]%s\n", m.Text, m.Entity.Name, m.Entity.Type, known, extra)
		}
		if len(s.Times) > 0 {
			fmt.Fprintf(w, "      time: %s\n", strings.Join(s.Times, "; "))
		}
	}
	fmt.Fprintf(w, "\n-- statements (%d)\n", len(a.Statements))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tPREDICATE\tOBJECT\tMODALITY\tTIME\tCONF\tRULE\tAT")
	for _, st := range a.Statements {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%d\n", st.Subject.Name, st.Predicate, st.Object.Name, st.Modality, st.Time, st.Confidence, st.Rule, st.Start)
	}
	tw.Flush()
}
