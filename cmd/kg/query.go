package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/kg-project/kg/queries"
	"github.com/urfave/cli/v2"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a saved Gizmo query, or an ad-hoc one with --gizmo",
		ArgsUsage: "NAME [ARGS...] | list | show NAME",
		Description: `Saved queries are Gizmo programs: kg's own (kg query list shows them
with their parameters) and yours, from --queries DIR or KG_QUERIES (*.js
files with the same header; one with the name of a built-in replaces it).
Arguments go in order or by name (NAME=VALUE); "-" skips an optional one.
An entity argument resolves from any of its names ("Aliyev" finds Ilham
Aliyev). Every run stops after --timeout and --limit results.

Ad-hoc programs (--gizmo) and queries from --queries run in a separate kg
process that opens the store read-only and may use at most --max-memory
MB: a program that loops, recurses or allocates without end is stopped
with one line saying which limit it reached, and kg itself stays well.
kg's own saved queries run in-process unless --max-memory is given.

Facts carry two counts: sources, the independent origins behind them
(copies, rewrites and credited pick-ups of one report count once), and
documents, the pages.

Examples:
   kg query list
   kg query who-met Aliyev
   kg query path Kazakhstan "Abraham Accords"
   kg query relations "Abraham Accords" --json
   kg query statements modality=negated since=2025 --csv
   kg query contradictions
   kg query show who-met
   kg query --gizmo 'g.V("<kg:country/azerbaijan>").Out("<kg:borders>").All()'
   kg query --max-memory 256 --timeout 30s --gizmo 'g.V().Out().In().All()'`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "queries", EnvVars: []string{"KG_QUERIES"}, Usage: "also load saved queries (*.js) from `DIR`; they replace built-ins of the same name"},
			&cli.StringFlag{Name: "gizmo", Usage: "run this Gizmo (ES5) `PROGRAM` instead of a saved query"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array of objects"},
			&cli.BoolFlag{Name: "csv", Usage: "print CSV with a header line"},
			&cli.IntFlag{Name: "limit", Value: 1000, Usage: "largest number of results (0: no limit)"},
			&cli.DurationFlag{Name: "timeout", Value: queries.DefaultTimeout, Usage: "stop the query after this long"},
			&cli.IntFlag{Name: "max-memory", Value: defaultMaxMemoryMB, Usage: "stop a --gizmo program or a query from --queries when its process uses more than this many `MB` (0: no limit); given, it applies to kg's own queries too"},
		},
		Action: runQuery,
	}
}

// querySet is the built-in queries and the user's, and where each came from.
type querySet struct {
	builtin, user []queries.Query
}

func loadQueries(c *cli.Context) (querySet, error) {
	var qs querySet
	var err error
	if qs.builtin, err = queries.Builtin(); err != nil {
		return qs, err
	}
	if dir := c.String("queries"); dir != "" {
		if qs.user, err = queries.LoadDir(dir); err != nil {
			return qs, err
		}
	}
	return qs, nil
}

// all is every query by name, a user's replacing a built-in.
func (qs querySet) all() []queries.Query {
	byName := map[string]queries.Query{}
	for _, list := range [][]queries.Query{qs.builtin, qs.user} {
		for _, q := range list {
			byName[q.Name] = q
		}
	}
	out := make([]queries.Query, 0, len(byName))
	for _, q := range byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (qs querySet) find(name string) (queries.Query, error) {
	return queries.Find(name, qs.builtin, qs.user)
}

// isUser reports whether q came from the user's folder.
func (qs querySet) isUser(q queries.Query) bool {
	for _, u := range qs.user {
		if u.Name == q.Name && u.File == q.File {
			return true
		}
	}
	return false
}

// storeExists is openStore's check for a missing bolt store, for queries
// that open the store in the sandbox: the user gets the same message
// without a child being started.
func storeExists(addr string) error {
	if !strings.Contains(addr, "://") && addr != "memory" {
		if _, err := os.Stat(addr); os.IsNotExist(err) {
			return fmt.Errorf("no graph store at %s (run kg ingest first, or pass --db)", addr)
		}
	}
	return nil
}

func runQuery(c *cli.Context) error {
	qs, err := loadQueries(c)
	if err != nil {
		return err
	}
	w := c.App.Writer
	if w == nil {
		w = os.Stdout
	}
	args, err := trailingFlags(c)
	if err != nil {
		return cli.Exit("kg query: "+err.Error(), 2)
	}
	if c.Bool("json") && c.Bool("csv") {
		return cli.Exit("kg query: give --json or --csv, not both", 2)
	}
	first := ""
	if len(args) > 0 {
		first = args[0]
	}
	switch first {
	case "list":
		if c.String("gizmo") == "" {
			return listQueries(w, qs)
		}
	case "show":
		if c.String("gizmo") == "" {
			if len(args) != 2 {
				return cli.Exit("kg query show: give one query NAME", 2)
			}
			q, err := qs.find(args[1])
			if err != nil {
				return cli.Exit("kg query: "+err.Error(), 2)
			}
			fmt.Fprintf(w, "// file: %s\n%s", q.File, q.Source)
			return nil
		}
	}
	if c.String("gizmo") == "" && len(args) == 0 {
		return cli.Exit("kg query: give a query NAME (kg query list shows them) or --gizmo PROGRAM", 2)
	}
	var q queries.Query
	if c.String("gizmo") == "" {
		if q, err = qs.find(first); err != nil {
			return cli.Exit("kg query: "+err.Error(), 2)
		}
	}
	timeout := c.Duration("timeout")
	if timeout <= 0 {
		timeout = queries.DefaultTimeout
	}
	maxMemory := c.Int("max-memory")
	if maxMemory != 0 && maxMemory < minMaxMemoryMB {
		return cli.Exit(fmt.Sprintf("kg query: --max-memory %d is too small: give at least %d (MB), or 0 for no limit", maxMemory, minMaxMemoryMB), 2)
	}
	sandbox := sandboxRequest{DB: c.String("db"), Limit: c.Int("limit"), Timeout: timeout, MaxMemory: int64(maxMemory) << 20}

	var res *queries.Result
	switch {
	case c.String("gizmo") != "":
		if err := storeExists(sandbox.DB); err != nil {
			return err
		}
		sandbox.Program = c.String("gizmo")
		a, err := runSandboxed(c.Context, sandbox)
		if err != nil {
			return err
		}
		return writeGizmo(c, w, a.Rows)
	case qs.isUser(q) || c.IsSet("max-memory"):
		if err := storeExists(sandbox.DB); err != nil {
			return err
		}
		sandbox.Query = &sandboxQuery{File: q.File, Source: q.Source, Args: args[1:]}
		a, err := runSandboxed(c.Context, sandbox)
		if err != nil {
			return err
		}
		if res = a.Result; res == nil {
			return &queryStopped{msg: "kg query: the query process sent no result"}
		}
	default:
		// kg's own queries stay in this process: a child costs about 0.3 s
		// of start-up (go-dateparser builds its tables in package init),
		// which would double a typical query's time. They are kg's code,
		// tested on large stores, and their arguments are bound as JSON
		// values, so no argument can make them run a hostile program; the
		// deadline stops their traversals.
		store, err := openStore(c, true)
		if err != nil {
			return err
		}
		defer store.Close()
		ctx, cancel := context.WithTimeout(c.Context, timeout)
		defer cancel()
		if res, err = queries.Run(ctx, store, q, args[1:], c.Int("limit")); err != nil {
			return err
		}
	}
	switch {
	case c.Bool("json"):
		err = res.WriteJSON(w)
	case c.Bool("csv"):
		err = res.WriteCSV(w)
	default:
		err = res.WriteTable(w)
	}
	if err == nil && res.Truncated {
		fmt.Fprintf(errWriter(c), "kg query: stopped at --limit %d results; there may be more\n", c.Int("limit"))
	}
	return err
}

// trailingFlags returns the arguments with the flags given after them
// ("kg query who-met Aliyev --json") set on c: the command line parser stops
// at the first argument. "--" ends the flags; "-" is an argument.
func trailingFlags(c *cli.Context) ([]string, error) {
	in := c.Args().Slice()
	var args []string
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			return append(args, in[i+1:]...), nil
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || !queryFlag(c, name) {
			args = append(args, a)
			continue
		}
		switch {
		case hasVal:
		case name == "json" || name == "csv":
			val = "true"
		case i+1 < len(in):
			i++
			val = in[i]
		default:
			return nil, fmt.Errorf("flag %s needs a value", a)
		}
		if err := c.Set(name, val); err != nil {
			return nil, fmt.Errorf("flag %s: %w", a, err)
		}
	}
	return args, nil
}

// queryFlag reports whether name is a flag of the query command.
func queryFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

func errWriter(c *cli.Context) io.Writer {
	if c.App.ErrWriter != nil {
		return c.App.ErrWriter
	}
	return os.Stderr
}

// listQueries prints every query with its usage, description and origin.
func listQueries(w io.Writer, qs querySet) error {
	user := map[string]string{}
	for _, q := range qs.user {
		user[q.Name] = q.File
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tUSAGE\tDESCRIPTION")
	for _, q := range qs.all() {
		desc := q.Description
		if f, ok := user[q.Name]; ok {
			desc += " [" + f + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, q.Usage(), desc)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nParameters:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range qs.all() {
		for _, p := range q.Params {
			def := "required"
			switch p.Default {
			case "":
			case queries.None:
				def = "optional"
			default:
				def = "default " + p.Default
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", q.Name, strings.ToUpper(p.Name), p.Type, def)
		}
	}
	return tw.Flush()
}

// writeGizmo prints the raw results of an ad-hoc program.
func writeGizmo(c *cli.Context, w io.Writer, rows []map[string]interface{}) error {
	if c.Bool("json") {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
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
	res := &queries.Result{Columns: cols}
	for _, r := range rows {
		vals := make([]string, len(cols))
		for i, k := range cols {
			if v, ok := r[k]; ok {
				vals[i] = fmt.Sprint(v)
			}
		}
		res.Rows = append(res.Rows, vals)
	}
	if c.Bool("csv") {
		return res.WriteCSV(w)
	}
	return res.WriteTable(w)
}
