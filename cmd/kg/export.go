package main

import (
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
		Name:  "export",
		Usage: "write the graph's statements for other tools",
		Description: `Formats: jsonl (the statements contract: one statement a line with its
subject, predicate, object, modality, time, source, sentence and offsets).
The format follows from -o's extension when --format is not given.

Examples:
   kg export --format jsonl > statements.jsonl
   kg export -o statements.jsonl`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output format: jsonl"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
		},
		Action: runExport,
	}
}

func runExport(c *cli.Context) error {
	format := strings.ToLower(c.String("format"))
	out := c.String("output")
	if format == "" && out != "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
	}
	if format == "" {
		format = "jsonl"
	}
	if format != "jsonl" {
		return cli.Exit(fmt.Sprintf("kg export: unknown format %q (want jsonl)", format), 2)
	}
	store, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer store.Close()

	var w io.Writer = c.App.Writer
	var tmp *os.File
	if out != "" && out != "-" {
		// Write beside the target and rename, so a failed export never
		// leaves half a file under the requested name.
		tmp, err = os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name())
		w = tmp
	}
	jw := export.NewJSONL(w)
	if err := store.Statements(c.Context, func(st schema.Statement) error { return jw.Write(st) }); err != nil {
		return err
	}
	if err := jw.Close(); err != nil {
		return err
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), out); err != nil {
			return err
		}
		fmt.Fprintf(c.App.ErrWriter, "kg export: %d statements to %s\n", jw.Count(), out)
	}
	return nil
}
