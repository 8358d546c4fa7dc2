package queries_test

import (
	"context"
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

func builtin(t *testing.T, name string) queries.Query {
	t.Helper()
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	q, err := queries.Find(name, qs)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestBuiltin(t *testing.T) {
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range qs {
		names = append(names, q.Usage())
		if q.Description == "" || len(q.Columns) == 0 || len(q.Sort) == 0 {
			t.Errorf("%s: no description, columns or sort", q.Name)
		}
	}
	want := []string{
		"borders ENTITY",
		"contradictions [ENTITY]",
		"members ENTITY",
		"neighbors ENTITY [HOPS=1]",
		"officials ENTITY",
		"origins [ENTITY]",
		"path FROM TO [HOPS=4]",
		"relations ENTITY [PREDICATE]",
		"sources SUBJECT PREDICATE OBJECT",
		"statements [PREDICATE] [MODALITY] [SINCE] [UNTIL] [SOURCE] [ENTITY]",
		"timeline ENTITY [SINCE] [UNTIL]",
		"uncorroborated [PREDICATE] [ENTITY]",
		"who-met ENTITY",
	}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Builtin:\n got %q\nwant %q", names, want)
	}
}

// TestVocabulary checks that every IRI and predicate a saved query (or the
// prelude) names exists in package schema, and that the programs are ES5.
func TestVocabulary(t *testing.T) {
	attrs := map[string]bool{}
	for _, iri := range []string{schema.IRIName, schema.IRIType, schema.IRIAlias, schema.IRIISO, schema.IRIQID,
		schema.IRISource, schema.IRITitle, schema.IRIPublisher, schema.IRIPublished, schema.IRIHash, schema.IRIURL,
		schema.IRIDuplicateOf, schema.IRISubject, schema.IRIPredicate, schema.IRIObject, schema.IRIModality,
		schema.IRITime, schema.IRIRole, schema.IRICommodity, schema.IRIConfidence, schema.IRIRule,
		schema.IRISentence, schema.IRIStart, schema.IRIEnd, schema.IRIDocument, schema.IRIOrigin, schema.IRISketch, schema.IRIAlsoAt} {
		attrs[iri] = true
	}
	iriRE := regexp.MustCompile(`<(kg:[^>"\s]*)>`)
	// A predicate is named in Has("<kg:predicate>", "x"), and any
	// snake_case string literal ("met_with") is taken for one.
	predREs := []*regexp.Regexp{
		regexp.MustCompile(`Has\(\s*"<kg:predicate>",\s*"([^"]*)"`),
		regexp.MustCompile(`"([a-z]+(?:_[a-z]+)+)"`),
	}
	modRE := regexp.MustCompile(`Has\(\s*"<kg:modality>",\s*"([^"]*)"`)
	es6RE := regexp.MustCompile(`=>|\blet\s|\bconst\s|` + "`")
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	prelude, err := os.ReadFile("lib/prelude.js")
	if err != nil {
		t.Fatal(err)
	}
	qs = append(qs, queries.Query{Name: "prelude", Source: string(prelude)})
	named := 0
	for _, q := range qs {
		for _, m := range iriRE.FindAllStringSubmatch(q.Source, -1) {
			if _, ok := schema.PredicateFromIRI(m[1]); !attrs[m[1]] && !ok {
				t.Errorf("%s names <%s>, which schema does not define", q.Name, m[1])
			}
		}
		for _, re := range predREs {
			for _, m := range re.FindAllStringSubmatch(q.Source, -1) {
				named++
				if _, err := schema.ParsePredicate(m[1]); err != nil || !schema.Predicate(m[1]).Valid() {
					t.Errorf("%s names predicate %q, which schema does not define", q.Name, m[1])
				}
			}
		}
		for _, m := range modRE.FindAllStringSubmatch(q.Source, -1) {
			if _, err := schema.ParseModality(m[1]); err != nil {
				t.Errorf("%s names modality %q, which schema does not define", q.Name, m[1])
			}
		}
		if loc := es6RE.FindStringIndex(q.Source); loc != nil {
			t.Errorf("%s uses ES6 (%q): Gizmo runs ES5", q.Name, q.Source[loc[0]:loc[1]])
		}
	}
	if named < 10 {
		t.Errorf("found only %d predicate names in the queries: is the test looking?", named)
	}
}

func TestResolveEntity(t *testing.T) {
	s := fixture(t)
	ents, err := s.Entities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want schema.Entity
		err  error
		msg  string // in the error
	}{
		{text: "Ilham Aliyev", want: aliyev},
		{text: "  ilham   ALIYEV ", want: aliyev},
		{text: "president aliyev", want: aliyev},            // alias
		{text: "Aliyev", want: aliyev},                      // last name
		{text: "Prime Minister Netanyahu", want: netanyahu}, // title + last name
		{text: "kg:person/ilham_aliyev", want: aliyev},
		{text: "Bibi", want: netanyahu},
		{text: "russia", want: russia},
		{text: "kg:region/georgia", want: georgiaR},
		{text: "Georgia", err: queries.ErrAmbiguousEntity, msg: "kg:country/georgia"},
		{text: "Aliev", err: queries.ErrUnknownEntity, msg: "closest known: Ilham Aliyev"},
		{text: "Steve", err: queries.ErrUnknownEntity, msg: "Steve Witkoff"},
		{text: "Korea", err: queries.ErrUnknownEntity},
		{text: " ", err: queries.ErrUnknownEntity},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got, err := queries.ResolveEntity(ents, tc.text)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.msg) {
					t.Errorf("err = %v, want %v containing %q", err, tc.err, tc.msg)
				}
				return
			}
			if err != nil || got.IRI() != tc.want.IRI() {
				t.Errorf("ResolveEntity(%q) = %s, %v; want %s", tc.text, got.IRI(), err, tc.want.IRI())
			}
		})
	}
}

// TestInjection checks that arguments are data: no name or text can add to,
// end or comment out the program they are bound into.
func TestInjection(t *testing.T) {
	s := fixture(t)
	echo, err := queries.Parse("echo.js", "// name: echo\n// description: gives back TEXT and N\n// param: text string\n// param: n int 7\n"+
		"g.Emit({text: text, n: n});\n")
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{
		evil,
		`"; g.Emit({text: "pwned"}); var x = "`,
		`\"; g.Emit('pwned'); //`,
		`</script><script>alert(1)</script>`,
		"line\nbreak\r\u2028\u2029end",
		`'); while (true) {} //`,
		"\x00\x1f\\u0022",
	}
	for _, in := range inputs {
		t.Run(strings.ToValidUTF8(in[:min(len(in), 12)], "?"), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			res, err := queries.Run(ctx, s, echo, []string{in}, 10)
			if err != nil {
				t.Fatal(err)
			}
			if want := [][]string{{"7", in}}; !reflect.DeepEqual(res.Rows, want) {
				t.Errorf("rows %q, want %q", res.Rows, want)
			}
			code, err := queries.Bind(ctx, s, echo, []string{in})
			if err != nil {
				t.Fatal(err)
			}
			decl := code[:strings.Index(code, "// name:")]
			if strings.Contains(decl, "</script>") || strings.Count(decl, "\n") != 2 {
				t.Errorf("declarations not one escaped line each:\n%s", decl)
			}
		})
	}
	// An entity argument is bound as the IRI of the entity it names.
	code, err := queries.Bind(context.Background(), s, builtin(t, "who-met"), []string{evil})
	if err != nil {
		t.Fatal(err)
	}
	if want := "var entity = \"" + villain.IRI() + "\";\n"; !strings.HasPrefix(code, want) {
		t.Errorf("binding %q, want %q", code[:strings.Index(code, "\n")+1], want)
	}
}

func TestArgs(t *testing.T) {
	s := fixture(t)
	q, err := queries.Parse("p.js", "// name: p\n// description: d\n// param: who entity\n// param: pred predicate met_with\n// param: n int 10\n"+
		"g.Emit({who: who, pred: pred, n: n});\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want []string // who, pred, n in column order n, pred, who
		err  error
	}{
		{"defaults", []string{"Aliyev"}, []string{"10", "met_with", "kg:person/ilham_aliyev"}, nil},
		{"all", []string{"Putin", "Head Of", "3"}, []string{"3", "head_of", "kg:person/vladimir_putin"}, nil},
		{"missing", nil, nil, queries.ErrArgs},
		{"too many", []string{"Putin", "met_with", "3", "4"}, nil, queries.ErrArgs},
		{"bad int", []string{"Putin", "met_with", "three"}, nil, queries.ErrArgs},
		{"bad predicate", []string{"Putin", "likes"}, nil, queries.ErrArgs},
		{"unknown entity", []string{"Nobody Atall"}, nil, queries.ErrUnknownEntity},
		{"by name", []string{"n=4", "Putin"}, []string{"4", "met_with", "kg:person/vladimir_putin"}, nil},
		{"by name, any case", []string{"Putin", "PRED=borders"}, []string{"10", "borders", "kg:person/vladimir_putin"}, nil},
		{"dash is the default", []string{"Putin", "-", "5"}, []string{"5", "met_with", "kg:person/vladimir_putin"}, nil},
		{"dash for a required one", []string{"-"}, nil, queries.ErrArgs},
		{"named twice", []string{"Putin", "n=1", "n=2"}, nil, queries.ErrArgs},
		{"unknown name is an argument", []string{"x=1"}, nil, queries.ErrUnknownEntity},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := queries.Run(context.Background(), s, q, tc.args, 10)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Errorf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) != 1 || !reflect.DeepEqual(res.Rows[0], tc.want) {
				t.Errorf("rows %q (columns %q), want %q", res.Rows, res.Columns, tc.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		want      queries.Query // Source and File not compared
		err       bool
	}{
		{"full", "// name: a-b\n// description: does things\n// some prose: here\n// param: x entity\n// param: y int 3\n// columns: p, q r\ng.V().All()\n// name: ignored\n",
			queries.Query{Name: "a-b", Description: "does things", Params: []queries.Param{{"x", "entity", ""}, {"y", "int", "3"}}, Columns: []string{"p", "q", "r"}}, false},
		{"no name", "// description: d\n", queries.Query{}, true},
		{"no description", "// name: n\n", queries.Query{}, true},
		{"bad name", "// name: Who Met\n// description: d\n", queries.Query{}, true},
		{"bad type", "// name: n\n// description: d\n// param: x person\n", queries.Query{}, true},
		{"reserved", "// name: n\n// description: d\n// param: g string\n", queries.Query{}, true},
		{"not identifier", "// name: n\n// description: d\n// param: a-b string\n", queries.Query{}, true},
		{"twice", "// name: n\n// description: d\n// param: a string\n// param: a int\n", queries.Query{}, true},
		{"required after default", "// name: n\n// description: d\n// param: a string x\n// param: b int\n", queries.Query{}, true},
		{"sort", "// name: n\n// description: d\n// columns: a b\n// sort: -b a\n",
			queries.Query{Name: "n", Description: "d", Columns: []string{"a", "b"}, Sort: []string{"-b", "a"}}, false},
		{"sort unknown column", "// name: n\n// description: d\n// columns: a b\n// sort: c\n", queries.Query{}, true},
		{"sort empty", "// name: n\n// description: d\n// sort:\n", queries.Query{}, true},
		{"kg prefix", "// name: n\n// description: d\n// param: kgx string\n", queries.Query{}, true},
		{"optional", "// name: n\n// description: d\n// param: a string -\n",
			queries.Query{Name: "n", Description: "d", Params: []queries.Param{{"a", "string", "-"}}}, false},
		{"header ends", "// name: n\n// description: d\nvar x;\n// param: a string\n", queries.Query{Name: "n", Description: "d"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := queries.Parse(tc.name+".js", tc.src)
			if tc.err {
				if !errors.Is(err, queries.ErrSyntax) || !strings.HasPrefix(err.Error(), tc.name+".js:") {
					t.Errorf("err = %v, want a syntax error with the file name", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got.Source, got.File = "", ""
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"b.js":       {Data: []byte("// name: bee\n// description: b\ng.V().All()\n")},
		"a.js":       {Data: []byte("// name: who-met\n// description: mine\ng.V().All()\n")},
		"notes.txt":  {Data: []byte("not a query")},
		"sub/c.js":   {Data: []byte("// name: sub\n// description: c\n")},
		"broken.txt": {Data: []byte("// name: Broken\n")},
	}
	user, err := queries.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(user) != 2 || user[0].Name != "bee" || user[1].Name != "who-met" {
		t.Fatalf("Load: %+v", user)
	}
	builtins, _ := queries.Builtin()
	q, err := queries.Find("who-met", builtins, user)
	if err != nil || q.Description != "mine" {
		t.Errorf("Find: a user query does not override the builtin: %+v, %v", q, err)
	}
	if _, err := queries.Find("nope", builtins, user); err == nil || !strings.Contains(err.Error(), "relations") {
		t.Errorf("Find(nope): %v, want an error listing the queries", err)
	}
	fsys["c.js"] = &fstest.MapFile{Data: []byte("// name: bee\n// description: again\n")}
	if _, err := queries.Load(fsys); err == nil {
		t.Errorf("Load accepted two queries named bee")
	}
}

func table(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("  " + strings.Join(r, " | ") + "\n")
	}
	return b.String()
}
