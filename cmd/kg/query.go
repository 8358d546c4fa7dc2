package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kg-project/kg/queries"
	"github.com/urfave/cli/v2"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a saved Gizmo query, or an ad-hoc one with --gizmo",
		ArgsUsage: "NAME [ARGS...] | list",
		Description: `Saved queries live in queries/*.js (built in). An entity argument
resolves from any of its names ("Aliyev" finds Ilham Aliyev).

Examples:
   kg query list
   kg query who-met Aliyev
   kg query relations "Abraham Accords" --json
   kg query --gizmo 'g.V("<kg:country/azerbaijan>").Out("<kg:borders>").All()'`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "gizmo", Usage: "run this Gizmo (ES5) `PROGRAM` instead of a saved query"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.IntFlag{Name: "limit", Value: 1000, Usage: "largest number of results"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "stop the query after this long"},
		},
		Action: runQuery,
	}
}

func runQuery(c *cli.Context) error {
	qs, err := queries.Builtin()
	if err != nil {
		return err
	}
	if c.Args().First() == "list" {
		tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tPARAMETERS\tDESCRIPTION")
		for _, q := range qs {
			var ps []string
			for _, p := range q.Params {
				ps = append(ps, p.Name+":"+p.Type)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, " "), q.Description)
		}
		return tw.Flush()
	}
	if c.String("gizmo") == "" && c.NArg() == 0 {
		return cli.Exit("kg query: give a query NAME (kg query list shows them) or --gizmo PROGRAM", 2)
	}
	store, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()

	if code := c.String("gizmo"); code != "" {
		rows, err := store.Gizmo(ctx, code, c.Int("limit"))
		if err != nil {
			return err
		}
		if c.Bool("json") {
			return writeJSON(c, rows)
		}
		var cols []string
		seen := map[string]bool{}
		for _, r := range rows {
			for k := range r {
				if !seen[k] {
					seen[k] = true
					cols = append(cols, k)
				}
			}
		}
		sort.Strings(cols)
		tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
		for _, r := range rows {
			vals := make([]string, len(cols))
			for i, k := range cols {
				if v, ok := r[k]; ok {
					vals[i] = fmt.Sprint(v)
				}
			}
			fmt.Fprintln(tw, strings.Join(vals, "\t"))
		}
		return tw.Flush()
	}

	name := c.Args().First()
	var q *queries.Query
	for i := range qs {
		if qs[i].Name == name {
			q = &qs[i]
		}
	}
	if q == nil {
		var names []string
		for _, x := range qs {
			names = append(names, x.Name)
		}
		return cli.Exit(fmt.Sprintf("kg query: no saved query %q (have: %s)", name, strings.Join(names, ", ")), 2)
	}
	res, err := queries.Run(ctx, store, *q, c.Args().Tail(), c.Int("limit"))
	if err != nil {
		return err
	}
	if c.Bool("json") {
		rows := make([]map[string]string, len(res.Rows))
		for i, r := range res.Rows {
			rows[i] = map[string]string{}
			for j, col := range res.Columns {
				rows[i][col] = r[j]
			}
		}
		return writeJSON(c, rows)
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(res.Columns, "\t")))
	for _, r := range res.Rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

func writeJSON(c *cli.Context, v interface{}) error {
	enc := json.NewEncoder(c.App.Writer)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
