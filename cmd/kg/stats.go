package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/kg-project/kg/schema"
	"github.com/urfave/cli/v2"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count documents, entities by type, statements by predicate and modality",
		Description: `Examples:
   kg stats
   kg stats --json | jq .statements`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		},
		Action: func(c *cli.Context) error {
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
			st, err := store.Stats(c.Context)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				out := map[string]interface{}{
					"documents": st.Documents, "entities": st.Entities,
					"statements": st.Statements, "modalities": st.Modalities, "quads": st.Quads,
				}
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "documents\t%d\n", st.Documents)
			fmt.Fprintf(tw, "quads\t%d\n", st.Quads)
			total := 0
			for _, n := range st.Entities {
				total += n
			}
			fmt.Fprintf(tw, "entities\t%d\n", total)
			for _, t := range schema.EntityTypes {
				if n := st.Entities[t]; n > 0 {
					fmt.Fprintf(tw, "  %s\t%d\n", t, n)
				}
			}
			total = 0
			var preds []string
			for p, n := range st.Statements {
				total += n
				preds = append(preds, string(p))
			}
			sort.Strings(preds)
			fmt.Fprintf(tw, "statements\t%d\n", total)
			for _, p := range preds {
				fmt.Fprintf(tw, "  %s\t%d\n", p, st.Statements[schema.Predicate(p)])
			}
			fmt.Fprintf(tw, "modalities\t\n")
			for _, m := range schema.Modalities {
				fmt.Fprintf(tw, "  %s\t%d\n", m, st.Modalities[m])
			}
			return tw.Flush()
		},
	}
}
