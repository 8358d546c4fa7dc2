package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/kg-project/kg/schema"
)

// Store is what Run needs of a graph (graph.Store has it).
type Store interface {
	Gizmo(ctx context.Context, code string, limit int) ([]map[string]interface{}, error)
	Entities(ctx context.Context) ([]schema.Entity, error)
}

// Result is a query's answer as a table: distinct rows, sorted.
type Result struct {
	Columns []string
	Rows    [][]string
	// Truncated is set when the program produced limit results: there may
	// be more.
	Truncated bool
}

// Errors of argument binding, wrapped with the details.
var (
	ErrArgs            = errors.New("bad arguments")
	ErrUnknownEntity   = errors.New("unknown entity")
	ErrAmbiguousEntity = errors.New("ambiguous entity")
)

// Run binds args to q's parameters in order (a missing trailing argument
// takes its default), runs the program on st with at most limit results
// (<= 0: no limit) until ctx is done, and returns the distinct rows, sorted.
func Run(ctx context.Context, st Store, q Query, args []string, limit int) (*Result, error) {
	code, err := Bind(ctx, st, q, args)
	if err != nil {
		return nil, err
	}
	maps, err := st.Gizmo(ctx, code, limit)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", q.Name, err)
	}
	res := &Result{Columns: q.Columns, Truncated: limit > 0 && len(maps) >= limit}
	if res.Columns == nil {
		res.Columns = tags(maps)
	}
	seen := make(map[string]bool, len(maps))
	for _, m := range maps {
		row := make([]string, len(res.Columns))
		for i, c := range res.Columns {
			row[i] = format(m[c])
		}
		key := strings.Join(row, "\x00")
		if !seen[key] {
			seen[key] = true
			res.Rows = append(res.Rows, row)
		}
	}
	sort.Slice(res.Rows, func(i, j int) bool {
		a, b := res.Rows[i], res.Rows[j]
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
	return res, nil
}

// Bind returns q's program preceded by one declaration per parameter,
// "var NAME = JSON;", with args parsed by type. Entity arguments are resolved
// against st's entities with ResolveEntity.
func Bind(ctx context.Context, st Store, q Query, args []string) (string, error) {
	if len(args) > len(q.Params) {
		return "", fmt.Errorf("query %s: %w: %d arguments, want at most %d (%s)", q.Name, ErrArgs, len(args), len(q.Params), q.Usage())
	}
	var (
		b    strings.Builder
		ents []schema.Entity
	)
	for i, p := range q.Params {
		arg := p.Default
		if i < len(args) {
			arg = args[i]
		}
		if strings.TrimSpace(arg) == "" {
			return "", fmt.Errorf("query %s: %w: missing %s (%s)", q.Name, ErrArgs, strings.ToUpper(p.Name), q.Usage())
		}
		var (
			val interface{}
			err error
		)
		switch p.Type {
		case "entity":
			if ents == nil {
				if ents, err = st.Entities(ctx); err != nil {
					return "", fmt.Errorf("query %s: %w", q.Name, err)
				}
			}
			var e schema.Entity
			e, err = ResolveEntity(ents, arg)
			val = e.IRI()
		case "string":
			val = arg
		case "int":
			val, err = strconv.ParseInt(strings.TrimSpace(arg), 10, 64)
		case "float":
			var f float64
			f, err = strconv.ParseFloat(strings.TrimSpace(arg), 64)
			if err == nil && (f != f || f > 1e308 || f < -1e308) {
				err = fmt.Errorf("%q is not a finite number", arg)
			}
			val = f
		case "predicate":
			val, err = checkPredicate(arg)
		case "modality":
			val, err = checkModality(arg)
		case "type":
			val, err = checkType(arg)
		default:
			err = fmt.Errorf("unknown parameter type %q", p.Type)
		}
		if err != nil {
			if !errors.Is(err, ErrUnknownEntity) && !errors.Is(err, ErrAmbiguousEntity) {
				err = fmt.Errorf("%w: %v", ErrArgs, err)
			}
			return "", fmt.Errorf("query %s: %s: %w", q.Name, strings.ToUpper(p.Name), err)
		}
		lit, err := json.Marshal(val) // escapes <, >, &, U+2028 and U+2029 too
		if err != nil {
			return "", fmt.Errorf("query %s: %s: %w", q.Name, p.Name, err)
		}
		fmt.Fprintf(&b, "var %s = %s;\n", p.Name, lit)
	}
	b.WriteString(q.Source)
	return b.String(), nil
}

// tags is every key of maps but "id" (unless it is the only one), sorted.
func tags(maps []map[string]interface{}) []string {
	set := make(map[string]bool)
	for _, m := range maps {
		for k := range m {
			set[k] = true
		}
	}
	if len(set) > 1 {
		delete(set, "id")
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func format(v interface{}) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}

// ResolveEntity finds the entity text names, case-insensitively and with
// spaces collapsed, trying in turn: its IRI ("kg:person/ilham_aliyev"), a
// canonical name, an alias, the last words of a person's name ("Aliyev" for
// Ilham Aliyev), and a person's last name after other words ("President
// Aliyev"). The first rule that matches decides: if it matches one entity
// that is the answer, if several the error wraps ErrAmbiguousEntity and lists
// them. When nothing matches the error wraps ErrUnknownEntity and names the
// closest known names.
func ResolveEntity(ents []schema.Entity, text string) (schema.Entity, error) {
	q := fold(text)
	if q == "" {
		return schema.Entity{}, fmt.Errorf("%w: empty name", ErrUnknownEntity)
	}
	rules := []func(e schema.Entity) bool{
		func(e schema.Entity) bool {
			return strings.HasPrefix(q, schema.Namespace) && e.IRI() == strings.TrimSpace(text)
		},
		func(e schema.Entity) bool { return fold(e.Name) == q },
		func(e schema.Entity) bool {
			for _, a := range e.Aliases {
				if fold(a) == q {
					return true
				}
			}
			return false
		},
		// A person's last names: "Aliyev", "Al Thani".
		func(e schema.Entity) bool {
			return e.Type == schema.Person && strings.HasSuffix(fold(e.Name), " "+q)
		},
		// A person's surname after a title: "President Aliyev".
		func(e schema.Entity) bool {
			qf, nf := strings.Fields(q), strings.Fields(fold(e.Name))
			return e.Type == schema.Person && len(qf) > 1 && len(nf) > 1 && qf[len(qf)-1] == nf[len(nf)-1]
		},
	}
	for _, match := range rules {
		var found []schema.Entity
		for _, e := range ents {
			if match(e) {
				found = append(found, e)
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		}
		return schema.Entity{}, fmt.Errorf("%w: %q could be %s; give the full name or the IRI", ErrAmbiguousEntity, text, describe(found, 8))
	}
	return schema.Entity{}, fmt.Errorf("%w: %q%s", ErrUnknownEntity, text, closest(ents, q))
}

func describe(ents []schema.Entity, max int) string {
	var parts []string
	for i, e := range ents {
		if i == max {
			parts = append(parts, fmt.Sprintf("and %d more", len(ents)-max))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s, %s)", e.Name, e.Type, e.IRI()))
	}
	return strings.Join(parts, ", ")
}

// closest names the known entities nearest to q by edit distance over names,
// aliases and last names.
func closest(ents []schema.Entity, q string) string {
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, e := range ents {
		best := -1
		keys := append([]string{e.Name}, e.Aliases...)
		if f := strings.Fields(e.Name); len(f) > 1 {
			keys = append(keys, f[len(f)-1])
		}
		for _, k := range keys {
			d := distance(q, fold(k))
			if strings.Contains(fold(k), q) || strings.Contains(q, fold(k)) {
				d = min(d, 1+abs(len(fold(k))-len(q))/4)
			}
			if best < 0 || d < best {
				best = d
			}
		}
		cs = append(cs, cand{e.Name, best})
	}
	if len(cs) == 0 {
		return " (the graph has no entities)"
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var names []string
	seen := make(map[string]bool)
	for _, c := range cs {
		if len(names) == 5 {
			break
		}
		if !seen[c.name] {
			seen[c.name] = true
			names = append(names, c.name)
		}
	}
	return "; closest known: " + strings.Join(names, ", ")
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fold lowercases s and collapses its white space.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
