package main

import (
	"fmt"
	"slices"

	"github.com/urfave/cli/v2"
)

func rmCommand() *cli.Command {
	return &cli.Command{
		Name:      "rm",
		Usage:     "remove a document and whatever only it supported",
		ArgsUsage: "SOURCE...",
		Description: `SOURCE is the path, URL or JSONL id the document was ingested under, or
its content hash (at least 8 hex digits, as kg inspect shows it).

A text ingested under several sources (the same story under two JSONL
ids) loses only the source given, and stays under the others; its hash
removes it whatever its sources.

Examples:
   kg rm corpus/seeds/004_7a0ca1a946a1921f.txt
   kg rm reuters-42`,
		Flags: []cli.Flag{dbFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.Exit("kg rm: give the SOURCE of a document", 2)
			}
			store, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer store.Close()
			for _, ref := range c.Args().Slice() {
				doc, n, err := store.RemoveDocument(c.Context, ref)
				if err != nil {
					return err
				}
				switch {
				case ref != doc.Source && slices.Contains(doc.AlsoAt, ref):
					fmt.Fprintf(c.App.Writer, "removed source %s; the same text stays under %s\n", ref, doc.Source)
				case ref == doc.Source && len(doc.AlsoAt) > 0:
					fmt.Fprintf(c.App.Writer, "removed source %s; the same text stays under %s\n", ref, doc.AlsoAt[0])
				default:
					fmt.Fprintf(c.App.Writer, "removed %s (%d statements)\n", doc.Source, n)
				}
			}
			return nil
		},
	}
}
