package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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

// EntityFinder is an optional ability of a Store (graph.Store has it):
// finding the entities an exact name, alias or IRI names without reading
// every entity. Run uses it first and reads every entity only when it finds
// none.
type EntityFinder interface {
	EntitiesNamed(ctx context.Context, name string) ([]schema.Entity, error)
}

// DefaultTimeout bounds a run whose context has no deadline.
const DefaultTimeout = 10 * time.Second

// Result is a query's answer as a table: distinct rows, sorted.
type Result struct {
	Columns []string
	Rows    [][]string
	// Values are the rows' values as the program gave them (strings,
	// int64, float64, bool, nil), for typed output such as JSON.
	Values [][]interface{}
	// Truncated is set when the program produced limit results: there may
	// be more.
	Truncated bool
}

// Errors of argument binding and of runs, wrapped with the details.
var (
	ErrArgs            = errors.New("bad arguments")
	ErrUnknownEntity   = errors.New("unknown entity")
	ErrAmbiguousEntity = errors.New("ambiguous entity")
	// ErrTimeout is wrapped (with context.DeadlineExceeded) when a run
	// is stopped by its deadline.
	ErrTimeout = errors.New("query stopped by its timeout")
)

// Run binds args to q's parameters (see Bind), runs the program on st in one
// Gizmo session with at most limit results (<= 0: no limit) until ctx is
// done, and returns the distinct rows in q's sort order. A ctx without a
// deadline gets DefaultTimeout. A run stopped by its deadline returns an
// error wrapping ErrTimeout and context.DeadlineExceeded.
func Run(ctx context.Context, st Store, q Query, args []string, limit int) (*Result, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
	if limit < 0 {
		limit = 0
	}
	code, err := bind(ctx, st, q, args, limit)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	maps, err := st.Gizmo(ctx, code, limit)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("query %s: %w after %s (%d results so far; raise the timeout or narrow the query): %w",
				q.Name, ErrTimeout, time.Since(start).Round(time.Millisecond), len(maps), context.DeadlineExceeded)
		}
		return nil, fmt.Errorf("query %s: %w", q.Name, err)
	}
	res := &Result{Columns: q.Columns, Truncated: limit > 0 && len(maps) >= limit}
	if res.Columns == nil {
		res.Columns = tags(maps)
	}
	seen := make(map[string]bool, len(maps))
	for _, m := range maps {
		row := make([]string, len(res.Columns))
		vals := make([]interface{}, len(res.Columns))
		for i, c := range res.Columns {
			row[i], vals[i] = format(m[c]), value(m[c])
		}
		key := strings.Join(row, "\x00")
		if !seen[key] {
			seen[key] = true
			res.Rows = append(res.Rows, row)
			res.Values = append(res.Values, vals)
		}
	}
	res.sort(q.Sort)
	return res, nil
}

// sort orders the rows by the columns spec names ("-" before a name for
// descending), then by every column; numbers compare as numbers.
func (r *Result) sort(spec []string) {
	type key struct {
		col  int
		desc bool
	}
	var keys []key
	for _, s := range spec {
		desc := strings.HasPrefix(s, "-")
		if i := slices.Index(r.Columns, strings.TrimPrefix(s, "-")); i >= 0 {
			keys = append(keys, key{i, desc})
		}
	}
	for i := range r.Columns {
		keys = append(keys, key{i, false})
	}
	idx := make([]int, len(r.Rows))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ra, rb := r.Rows[idx[a]], r.Rows[idx[b]]
		for _, k := range keys {
			if c := compareCells(ra[k.col], rb[k.col]); c != 0 {
				return c < 0 != k.desc
			}
		}
		return false
	})
	if len(idx) == 0 {
		return
	}
	rows := make([][]string, len(idx))
	vals := make([][]interface{}, len(idx))
	for i, j := range idx {
		rows[i], vals[i] = r.Rows[j], r.Values[j]
	}
	r.Rows, r.Values = rows, vals
}

// compareCells compares two cells as numbers when both are, else as text.
func compareCells(a, b string) int {
	if a == b {
		return 0
	}
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 == nil && err2 == nil && x != y {
		if x < y {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// Bind returns the program Run would run for q and args: one declaration
// per parameter, "var NAME = JSON;" (null for a parameter left without a
// value), then q's program, then the prelude. Arguments are matched to
// parameters in order, or by name as NAME=VALUE; "-" gives a parameter its
// default, or leaves an optional one without a value. Entity arguments are resolved against st's
// entities with ResolveEntity.
func Bind(ctx context.Context, st Store, q Query, args []string) (string, error) {
	return bind(ctx, st, q, args, 0)
}

func bind(ctx context.Context, st Store, q Query, args []string, limit int) (string, error) {
	given, err := assign(q, args)
	if err != nil {
		return "", err
	}
	var (
		b    strings.Builder
		ents []schema.Entity
	)
	for i, p := range q.Params {
		arg, ok := given[i]
		if !ok {
			arg = p.Default
		}
		if arg == None && p.Default != "" {
			arg = p.Default // "-" skips a parameter: its default, or no value
		}
		if strings.TrimSpace(arg) == "" || arg == None && !p.Optional() {
			return "", fmt.Errorf("query %s: %w: missing %s (%s)", q.Name, ErrArgs, strings.ToUpper(p.Name), q.Usage())
		}
		var val interface{}
		switch {
		case arg == None:
			val = nil
		case p.Type == "entity":
			var e schema.Entity
			e, ents, err = resolve(ctx, st, ents, arg)
			if err != nil && !errors.Is(err, ErrUnknownEntity) && !errors.Is(err, ErrAmbiguousEntity) {
				return "", fmt.Errorf("query %s: %w", q.Name, err)
			}
			val = e.IRI()
		case p.Type == "string":
			val = arg
		case p.Type == "int":
			val, err = strconv.ParseInt(strings.TrimSpace(arg), 10, 64)
		case p.Type == "float":
			var f float64
			f, err = strconv.ParseFloat(strings.TrimSpace(arg), 64)
			if err == nil && (f != f || f > 1e308 || f < -1e308) {
				err = fmt.Errorf("%q is not a finite number", arg)
			}
			val = f
		case p.Type == "predicate":
			val, err = checkPredicate(arg)
		case p.Type == "modality":
			val, err = checkModality(arg)
		case p.Type == "type":
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
	b.WriteString("\n")
	b.WriteString(prelude)
	b.WriteString(generated(limit))
	return b.String(), nil
}

// resolve resolves an entity argument, by exact name through an
// EntityFinder when st has one, else (or when that finds none) against every
// entity, read once into ents.
func resolve(ctx context.Context, st Store, ents []schema.Entity, arg string) (schema.Entity, []schema.Entity, error) {
	if f, ok := st.(EntityFinder); ok && ents == nil {
		named, err := f.EntitiesNamed(ctx, strings.TrimSpace(arg))
		if err != nil {
			return schema.Entity{}, ents, err
		}
		if len(named) > 0 {
			e, err := ResolveEntity(named, arg)
			return e, ents, err
		}
	}
	if ents == nil {
		var err error
		if ents, err = st.Entities(ctx); err != nil {
			return schema.Entity{}, ents, err
		}
	}
	e, err := ResolveEntity(ents, arg)
	return e, ents, err
}

// assign matches arguments to parameters: NAME=VALUE by name, the others in
// order to the parameters not named. It returns the argument of each
// parameter given one, by index.
func assign(q Query, args []string) (map[int]string, error) {
	given := make(map[int]string)
	var positional []string
	for _, a := range args {
		if name, val, ok := strings.Cut(a, "="); ok {
			if i := slices.IndexFunc(q.Params, func(p Param) bool { return strings.EqualFold(p.Name, name) }); i >= 0 {
				if _, dup := given[i]; dup {
					return nil, fmt.Errorf("query %s: %w: %s given twice (%s)", q.Name, ErrArgs, strings.ToUpper(name), q.Usage())
				}
				given[i] = val
				continue
			}
		}
		positional = append(positional, a)
	}
	next := 0
	for _, a := range positional {
		for next < len(q.Params) {
			if _, ok := given[next]; !ok {
				break
			}
			next++
		}
		if next == len(q.Params) {
			return nil, fmt.Errorf("query %s: %w: %d arguments, want at most %d (%s)", q.Name, ErrArgs, len(args), len(q.Params), q.Usage())
		}
		given[next] = a
		next++
	}
	return given, nil
}

// generated is the part of the prelude made from package schema and the
// run: kgPredicateInfo, kgEntityTypes and kgLimit.
func generated(limit int) string {
	info := make(map[string]map[string]bool)
	for _, p := range schema.Predicates() {
		info[string(p.Name)] = map[string]bool{"symmetric": p.Symmetric}
	}
	lit, _ := json.Marshal(info) // keys sorted: the same text every time
	types, _ := json.Marshal(schema.EntityTypes)
	return fmt.Sprintf("\nfunction kgPredicateInfo() { return %s; }\nfunction kgEntityTypes() { return %s; }\nfunction kgLimit() { return %d; }\n", lit, types, limit)
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

// value is v as a JSON-friendly value: numbers as int64 or float64.
func value(v interface{}) interface{} {
	switch x := v.(type) {
	case nil, string, int64, float64, bool:
		return v
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case float32:
		return float64(x)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	return format(v)
}

func format(v interface{}) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
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
