package queries_test

import (
	"context"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

// evil is a name that would break out of a string literal, a line, or an
// HTML script element if it were pasted into a program.
const evil = "Evil \"Quote\" \\ </script><script>g.Emit({x: 1})</script>\n\u2028'); g.Emit('pwned'); //"

var (
	aliyev    = schema.Entity{Name: "Ilham Aliyev", Type: schema.Person, Aliases: []string{"President Aliyev"}}
	witkoff   = schema.Entity{Name: "Steve Witkoff", Type: schema.Person}
	putin     = schema.Entity{Name: "Vladimir Putin", Type: schema.Person}
	netanyahu = schema.Entity{Name: "Benjamin Netanyahu", Type: schema.Person, Aliases: []string{"Bibi"}}
	azer      = schema.Entity{Name: "Azerbaijan", Type: schema.Country, ISO: "AZ"}
	russia    = schema.Entity{Name: "Russia", Type: schema.Country, ISO: "RU"}
	georgiaC  = schema.Entity{Name: "Georgia", Type: schema.Country, ISO: "GE"}
	georgiaR  = schema.Entity{Name: "Georgia", Type: schema.Region}
	villain   = schema.Entity{Name: evil, Type: schema.Person, Aliases: []string{"</script>"}}
)

func st(s schema.Entity, p schema.Predicate, o schema.Entity, m schema.Modality, tm string, start int) schema.Statement {
	return schema.Statement{Subject: s, Predicate: p, Object: o, Modality: m, Time: tm,
		Confidence: 0.8, Rule: "test", Sentence: "A sentence.", Start: start, End: start + 10}
}

// fixture is a small graph in memory.
func fixture(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open("memory", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	docs := []struct {
		source, text string
		sts          []schema.Statement
	}{
		{"corpus/01.txt", "one", []schema.Statement{
			st(aliyev, schema.MetWith, witkoff, schema.Asserted, "2025-03", 0),
			st(aliyev, schema.HeadOf, azer, schema.Reported, "", 20),
			st(putin, schema.MetWith, aliyev, schema.Planned, "2025-10", 40),
		}},
		{"corpus/02.txt", "two", []schema.Statement{
			st(witkoff, schema.MetWith, aliyev, schema.Reported, "", 0),
			st(aliyev, schema.Visited, russia, schema.Hedged, "", 20),
			st(russia, schema.Borders, georgiaC, schema.Asserted, "", 40),
			st(russia, schema.Borders, georgiaR, schema.Asserted, "", 60),
		}},
		{"corpus/03.txt", "three", []schema.Statement{
			st(witkoff, schema.MetWith, netanyahu, schema.Asserted, "2025-07", 0),
		}},
		{"corpus/04.txt", "four", []schema.Statement{
			st(villain, schema.MetWith, aliyev, schema.Asserted, "", 0),
		}},
	}
	for _, d := range docs {
		doc := schema.Document{Source: d.source, Text: d.text, Hash: schema.ContentHash(d.text)}
		if _, err := s.WriteDocument(context.Background(), doc, d.sts); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

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
		if q.Description == "" || len(q.Columns) == 0 {
			t.Errorf("%s: no description or columns", q.Name)
		}
	}
	if want := []string{"relations ENTITY", "who-met ENTITY"}; !reflect.DeepEqual(names, want) {
		t.Errorf("Builtin: %q, want %q", names, want)
	}
}

// TestVocabulary checks that every IRI and predicate a saved query names
// exists in package schema, and that the programs are ES5.
func TestVocabulary(t *testing.T) {
	attrs := map[string]bool{}
	for _, iri := range []string{schema.IRIName, schema.IRIType, schema.IRIAlias, schema.IRIISO, schema.IRIQID,
		schema.IRISource, schema.IRITitle, schema.IRIPublisher, schema.IRIPublished, schema.IRIHash, schema.IRIURL,
		schema.IRIDuplicateOf, schema.IRISubject, schema.IRIPredicate, schema.IRIObject, schema.IRIModality,
		schema.IRITime, schema.IRIRole, schema.IRICommodity, schema.IRIConfidence, schema.IRIRule,
		schema.IRISentence, schema.IRIStart, schema.IRIEnd, schema.IRIDocument} {
		attrs[iri] = true
	}
	iriRE := regexp.MustCompile(`<(kg:[^>]*)>`)
	predRE := regexp.MustCompile(`Has\(\s*"<kg:predicate>",\s*"([^"]*)"`)
	es6RE := regexp.MustCompile(`=>|\blet\s|\bconst\s|` + "`")
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		for _, m := range iriRE.FindAllStringSubmatch(q.Source, -1) {
			if _, ok := schema.PredicateFromIRI(m[1]); !attrs[m[1]] && !ok {
				t.Errorf("%s names <%s>, which schema does not define", q.Name, m[1])
			}
		}
		for _, m := range predRE.FindAllStringSubmatch(q.Source, -1) {
			if !schema.Predicate(m[1]).Valid() {
				t.Errorf("%s names predicate %q, which schema does not define", q.Name, m[1])
			}
		}
		if loc := es6RE.FindStringIndex(q.Source); loc != nil {
			t.Errorf("%s uses ES6 (%q): Gizmo runs ES5", q.Name, q.Source[loc[0]:loc[1]])
		}
	}
}

func TestWhoMet(t *testing.T) {
	s := fixture(t)
	q := builtin(t, "who-met")
	tests := []struct {
		arg  string
		want [][]string
	}{
		{"Aliyev", [][]string{
			{evil, "Person", "asserted", "", "corpus/04.txt"},
			{"Steve Witkoff", "Person", "asserted", "2025-03", "corpus/01.txt"},
			{"Steve Witkoff", "Person", "reported", "", "corpus/02.txt"},
			{"Vladimir Putin", "Person", "planned", "2025-10", "corpus/01.txt"},
		}},
		{"steve witkoff", [][]string{
			{"Benjamin Netanyahu", "Person", "asserted", "2025-07", "corpus/03.txt"},
			{"Ilham Aliyev", "Person", "asserted", "2025-03", "corpus/01.txt"},
			{"Ilham Aliyev", "Person", "reported", "", "corpus/02.txt"},
		}},
		{"Bibi", [][]string{
			{"Steve Witkoff", "Person", "asserted", "2025-07", "corpus/03.txt"},
		}},
		{evil, [][]string{
			{"Ilham Aliyev", "Person", "asserted", "", "corpus/04.txt"},
		}},
		{"Azerbaijan", nil},
	}
	for _, tc := range tests {
		t.Run(tc.arg, func(t *testing.T) {
			res, err := queries.Run(context.Background(), s, q, []string{tc.arg}, 100)
			if err != nil {
				t.Fatal(err)
			}
			if want := []string{"other", "other_type", "modality", "time", "source"}; !reflect.DeepEqual(res.Columns, want) {
				t.Errorf("columns %q, want %q", res.Columns, want)
			}
			if !reflect.DeepEqual(res.Rows, tc.want) || res.Truncated {
				t.Errorf("rows:\n%s\nwant:\n%s (truncated %v)", table(res.Rows), table(tc.want), res.Truncated)
			}
		})
	}
}

func TestRelations(t *testing.T) {
	s := fixture(t)
	res, err := queries.Run(context.Background(), s, builtin(t, "relations"), []string{"President Aliyev"}, 100)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{evil, "met_with", "Ilham Aliyev", "asserted", "", "corpus/04.txt"},
		{"Ilham Aliyev", "head_of", "Azerbaijan", "reported", "", "corpus/01.txt"},
		{"Ilham Aliyev", "met_with", "Steve Witkoff", "asserted", "2025-03", "corpus/01.txt"},
		{"Ilham Aliyev", "visited", "Russia", "hedged", "", "corpus/02.txt"},
		{"Steve Witkoff", "met_with", "Ilham Aliyev", "reported", "", "corpus/02.txt"},
		{"Vladimir Putin", "met_with", "Ilham Aliyev", "planned", "2025-10", "corpus/01.txt"},
	}
	if wantCols := []string{"subject", "predicate", "object", "modality", "time", "source"}; !reflect.DeepEqual(res.Columns, wantCols) {
		t.Errorf("columns %q, want %q", res.Columns, wantCols)
	}
	if !reflect.DeepEqual(res.Rows, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", table(res.Rows), table(want))
	}

	// A limit cuts the program short and says so.
	res, err = queries.Run(context.Background(), s, builtin(t, "relations"), []string{"Aliyev"}, 2)
	if err != nil || len(res.Rows) > 2 || !res.Truncated {
		t.Errorf("limit 2: %d rows, truncated %v, %v", len(res.Rows), res.Truncated, err)
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
