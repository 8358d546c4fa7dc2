// Package queries holds kg's saved Gizmo queries and runs them with
// parameters, a result limit and a timeout.
//
// A saved query is a Gizmo program (ES5 JavaScript: no arrow functions, let
// or const) in a .js file that opens with a header comment:
//
//	// name: who-met
//	// description: people, countries and organizations that met ENTITY
//	// param: entity entity
//	// param: hops int 2
//	// param: since string -
//	// columns: other type modality time sources documents evidence
//	// sort: -sources other
//
// name is the query's name (lowercase letters, digits and dashes);
// description says what it answers; each param line declares a parameter
// "NAME TYPE [DEFAULT]", in the order arguments are given, where a DEFAULT
// of "-" makes the parameter optional with no value (the program sees
// null); columns names the result tags to show, in order (without it,
// every tag the query emits except "id", sorted); sort orders the rows by
// the columns it names, a leading "-" for descending, numbers as numbers
// (without it, by every column in order). Other comment lines in the header
// are documentation. The header ends at the first line that is not a
// comment.
//
// Parameter types:
//
//	entity     an entity, given by name, alias or surname (see ResolveEntity);
//	           bound as its IRI without brackets: use iri(NAME) in the program
//	string     any text
//	int        an integer
//	float      a number
//	predicate  a predicate of package schema, such as met_with
//	modality   asserted, reported, hedged, planned or negated
//	type       an entity type, such as Person
//
// Arguments are given in order, or by name as NAME=VALUE; "-" gives a
// parameter its default (no value, for a default of "-"). Run binds each parameter as a
// JavaScript variable declaration whose value is a JSON literal (var
// entity = "kg:person/ilham_aliyev";) put before the program, so no argument
// can change the program's code.
//
// After the program the runner appends the prelude (lib/prelude.js):
// function declarations, hoisted by JavaScript, that read statements with
// their documents and origins (kgStatements), group them into facts with
// their independent-source counts (kgFacts), look up names (kgEntities) and
// follow fact edges (kgExpand). Names that start with "kg" are the
// prelude's.
//
// Queries read the graph model that package graph documents: statement nodes
// (kg:subject, kg:predicate, kg:object, kg:modality, kg:time, kg:document,
// ...) for provenance, plain edges (kg:met_with) for one-hop traversals, and
// each document's kg:origin for independent sources.
package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/schema"
)

//go:embed *.js
var builtin embed.FS

//go:embed lib/prelude.js
var prelude string

// Query is a saved Gizmo query.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Columns     []string // result columns in order; nil: every tag but "id", sorted
	Sort        []string // row order: column names, "-" before one for descending; nil: every column
	Source      string   // the program, header included
	File        string   // where it was read from, for messages
}

// Param is a declared parameter of a query.
type Param struct {
	Name    string // a JavaScript identifier
	Type    string // one of the types in the package documentation
	Default string // used when no argument is given; "" means required, "-" no value (null)
}

// Optional reports whether the parameter may be left without a value.
func (p Param) Optional() bool { return p.Default == None }

// None is the argument, and the default, that leaves a parameter without a
// value: the program sees null.
const None = "-"

// Usage is a one-line synopsis: "who-met ENTITY".
func (q Query) Usage() string {
	var b strings.Builder
	b.WriteString(q.Name)
	for _, p := range q.Params {
		b.WriteByte(' ')
		switch p.Default {
		case None:
			fmt.Fprintf(&b, "[%s]", strings.ToUpper(p.Name))
		case "":
			b.WriteString(strings.ToUpper(p.Name))
		default:
			fmt.Fprintf(&b, "[%s=%s]", strings.ToUpper(p.Name), p.Default)
		}
	}
	return b.String()
}

// ParamTypes lists the parameter types a query may declare.
var ParamTypes = []string{"entity", "string", "int", "float", "predicate", "modality", "type"}

// ErrSyntax is wrapped by the errors of Parse.
var ErrSyntax = errors.New("bad query header")

var (
	nameRE  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	// Names a parameter cannot take: JavaScript reserved words and the
	// globals Gizmo programs rely on.
	reserved = map[string]bool{
		"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
		"debugger": true, "default": true, "delete": true, "do": true, "else": true, "enum": true,
		"export": true, "extends": true, "false": true, "finally": true, "for": true, "function": true,
		"if": true, "implements": true, "import": true, "in": true, "instanceof": true, "interface": true,
		"let": true, "new": true, "null": true, "package": true, "private": true, "protected": true,
		"public": true, "return": true, "static": true, "super": true, "switch": true, "this": true,
		"throw": true, "true": true, "try": true, "typeof": true, "var": true, "void": true,
		"while": true, "with": true, "yield": true, "undefined": true, "NaN": true, "Infinity": true,
		"eval": true, "arguments": true,
		"g": true, "graph": true, "iri": true, "bnode": true, "raw": true, "str": true, "lang": true,
		"typed": true, "lt": true, "lte": true, "gt": true, "gte": true, "regex": true, "like": true,
	}
)

// Parse reads a query from its source; file names it in errors.
func Parse(file, src string) (Query, error) {
	q := Query{Source: src, File: file}
	bad := func(line int, format string, args ...interface{}) error {
		return fmt.Errorf("%s:%d: %w: %s", file, line, ErrSyntax, fmt.Sprintf(format, args...))
	}
	seen := make(map[string]bool)
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok || strings.ContainsAny(key, " \t") {
			continue // prose
		}
		val = strings.TrimSpace(val)
		switch key {
		case "name":
			if !nameRE.MatchString(val) {
				return q, bad(i+1, "name %q: want lowercase letters, digits and dashes", val)
			}
			q.Name = val
		case "description":
			q.Description = val
		case "param":
			f := strings.Fields(val)
			if len(f) < 2 {
				return q, bad(i+1, "param %q: want NAME TYPE [DEFAULT]", val)
			}
			p := Param{Name: f[0], Type: f[1]}
			if len(f) > 2 {
				p.Default = strings.Join(f[2:], " ")
			}
			if !identRE.MatchString(p.Name) || reserved[p.Name] || strings.HasPrefix(p.Name, "kg") {
				return q, bad(i+1, "param name %q: want a JavaScript identifier that is not reserved", p.Name)
			}
			if seen[p.Name] {
				return q, bad(i+1, "param %q declared twice", p.Name)
			}
			seen[p.Name] = true
			if !knownType(p.Type) {
				return q, bad(i+1, "param %s: unknown type %q (want one of %s)", p.Name, p.Type, strings.Join(ParamTypes, ", "))
			}
			if n := len(q.Params); n > 0 && q.Params[n-1].Default != "" && p.Default == "" {
				return q, bad(i+1, "param %s: a required parameter cannot follow one with a default", p.Name)
			}
			q.Params = append(q.Params, p)
		case "columns":
			q.Columns = strings.FieldsFunc(val, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
		case "sort":
			q.Sort = strings.FieldsFunc(val, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
			if len(q.Sort) == 0 {
				return q, bad(i+1, "sort: name at least one column")
			}
			for _, c := range q.Sort {
				if name := strings.TrimPrefix(c, "-"); !identRE.MatchString(name) {
					return q, bad(i+1, "sort: %q is not a column", c)
				}
			}
		}
	}
	if q.Sort != nil && q.Columns != nil {
		for _, c := range q.Sort {
			if !slices.Contains(q.Columns, strings.TrimPrefix(c, "-")) {
				return q, bad(1, "sort: %q is not one of the columns", c)
			}
		}
	}
	if q.Name == "" {
		return q, bad(1, "no \"// name:\" line in the header")
	}
	if q.Description == "" {
		return q, bad(1, "no \"// description:\" line in the header")
	}
	return q, nil
}

func knownType(t string) bool {
	for _, x := range ParamTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Builtin returns the queries that come with kg, sorted by name.
func Builtin() ([]Query, error) { return Load(builtin) }

// Load reads every *.js file at the top of fsys as a query, sorted by name.
// Two files may not declare the same name.
func Load(fsys fs.FS) ([]Query, error) {
	files, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, err
	}
	var qs []Query
	byName := make(map[string]string)
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		q, err := Parse(f, string(b))
		if err != nil {
			return nil, err
		}
		if other, ok := byName[q.Name]; ok {
			return nil, fmt.Errorf("%s: query %q is also defined in %s", f, q.Name, other)
		}
		byName[q.Name] = f
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Name < qs[j].Name })
	return qs, nil
}

// LoadDir reads the queries in a directory (users' own).
func LoadDir(dir string) ([]Query, error) {
	qs, err := Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("queries in %s: %w", dir, err)
	}
	for i := range qs {
		qs[i].File = filepath.Join(dir, qs[i].File)
	}
	return qs, nil
}

// Find returns the query named name. Later lists win, so Find(name,
// builtin, user) lets users override a builtin query.
func Find(name string, lists ...[]Query) (Query, error) {
	var (
		found Query
		ok    bool
		names []string
	)
	for _, qs := range lists {
		for _, q := range qs {
			if q.Name == name {
				found, ok = q, true
			}
			names = append(names, q.Name)
		}
	}
	if !ok {
		sort.Strings(names)
		return Query{}, fmt.Errorf("no query named %q (have %s)", name, strings.Join(names, ", "))
	}
	return found, nil
}

// checkPredicate and friends parse typed parameters.
func checkPredicate(s string) (string, error) {
	p, err := schema.ParsePredicate(s)
	return string(p), err
}

func checkModality(s string) (string, error) {
	m, err := schema.ParseModality(s)
	return string(m), err
}

func checkType(s string) (string, error) {
	t, err := schema.ParseType(s)
	return string(t), err
}
