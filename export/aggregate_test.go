package export_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

// edges lists a graph's edges as "subject kind object" with the ends'
// labels, sorted.
func edges(g *export.Graph) []string {
	var out []string
	for _, f := range g.Facts {
		out = append(out, g.Nodes[f.Subject].Label+" "+f.Kind()+" "+g.Nodes[f.Object].Label)
	}
	slices.Sort(out)
	return out
}

func labels(g *export.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.Label)
	}
	return out
}

func fact(t *testing.T, g *export.Graph, p schema.Predicate) export.Fact {
	t.Helper()
	for _, f := range g.Facts {
		if f.Predicate == p {
			return f
		}
	}
	t.Fatalf("no %s fact in %q", p, edges(g))
	return export.Fact{}
}

func TestFilters(t *testing.T) {
	const (
		metWith   = `Ilham Aliyev met_with Steve "The Envoy" Witkoff`
		headOf    = "Ilham Aliyev head_of Azerbaijan"
		basedIn   = "AT&T <Holdings> based_in Zürich"
		memberOf  = "graph member_of AT&T <Holdings>"
		locatedIn = `Back\slash "Zone" located_in Azerbaijan`
		partyTo   = "Azerbaijan party_to~hedged O'Brien's Accord"
		visited   = `Steve "The Envoy" Witkoff visited~planned Zürich`
		sanction  = "Azerbaijan sanctioned~negated AT&T <Holdings>"
	)
	for _, tc := range []struct {
		name string
		opt  export.Options
		want []string
	}{
		{"facts only by default", export.Options{}, []string{basedIn, locatedIn, memberOf, headOf, metWith}},
		{"all adds marked edges", export.Options{All: true}, []string{basedIn, sanction, partyTo, locatedIn, memberOf, headOf, metWith, visited}},
		{"predicate", export.Options{Predicates: []schema.Predicate{schema.HeadOf, schema.PartyTo}}, []string{headOf}},
		{"predicate with all", export.Options{All: true, Predicates: []schema.Predicate{schema.PartyTo}}, []string{partyTo}},
		{"type: both ends", export.Options{Types: []schema.EntityType{schema.Person}}, []string{metWith}},
		{"types", export.Options{Types: []schema.EntityType{schema.Organization, schema.City}}, []string{basedIn, memberOf}},
		// 2025-03 ends before April; the undated docC statement has no
		// publication date either; docB's undated ones have theirs.
		{"since", export.Options{Since: "2025-04"}, []string{memberOf, headOf, metWith}},
		{"until overlaps a decade", export.Options{Until: "1985"}, []string{basedIn}},
		{"since and until", export.Options{Since: "1987", Until: "1987-02"}, []string{basedIn, locatedIn}},
		{"min confidence", export.Options{MinConfidence: 0.85}, []string{locatedIn, headOf, metWith}},
		{"min sources", export.Options{MinSources: 2}, []string{headOf, metWith}},
		{"seed by alias, any case", export.Options{Seeds: []string{"ALIYEV"}}, []string{headOf, metWith}},
		{"seed by name, depth 2", export.Options{Seeds: []string{"Steve \"The Envoy\" Witkoff"}, Depth: 2}, []string{headOf, metWith}},
		{"seed depth 3", export.Options{Seeds: []string{"witkoff"}, Depth: 3}, []string{locatedIn, headOf, metWith}},
		{"seed by slug", export.Options{Seeds: []string{"at&t holdings"}}, []string{basedIn, memberOf}},
		{"two seeds", export.Options{Seeds: []string{"Zürich", "graph"}}, []string{basedIn, memberOf}},
		{"max nodes keeps the highest degree", export.Options{MaxNodes: 2}, []string{headOf}},
		{"max nodes keeps seeds first", export.Options{MaxNodes: 2, Seeds: []string{"Back\\slash \"Zone\""}, Depth: 2}, []string{locatedIn}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := export.Build(source(fixture()), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if got := edges(g); !slices.Equal(got, want) {
				t.Errorf("edges\n got %q\nwant %q", got, want)
			}
			// Every node is the end of an edge or a seed.
			ends := map[int]bool{}
			for _, f := range g.Facts {
				ends[f.Subject], ends[f.Object] = true, true
			}
			for _, s := range g.Seeds {
				ends[s] = true
			}
			if len(ends) != len(g.Nodes) {
				t.Errorf("%d nodes, %d of them ends or seeds: %q", len(g.Nodes), len(ends), labels(g))
			}
		})
	}
}

func TestFilterErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  export.Options
		want error
	}{
		{"since is no date", export.Options{Since: "March 2025"}, export.ErrOptions},
		{"until is no date", export.Options{Until: "2025-13"}, export.ErrOptions},
		{"until before since", export.Options{Since: "2025", Until: "2024-12"}, export.ErrOptions},
		{"confidence above 1", export.Options{MinConfidence: 2}, export.ErrOptions},
		{"unknown predicate", export.Options{Predicates: []schema.Predicate{"likes"}}, export.ErrOptions},
		{"negative limit", export.Options{MaxNodes: -1}, export.ErrOptions},
		{"unknown seed", export.Options{Seeds: []string{"Nobody"}}, export.ErrNoSeed},
		{"seed filtered out", export.Options{Seeds: []string{"Zürich"}, Predicates: []schema.Predicate{schema.MetWith}}, export.ErrNoSeed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := export.Build(source(fixture()), tc.opt)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestAggregate checks what one fact holds.
func TestAggregate(t *testing.T) {
	g, err := export.Build(source(fixture()), export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	met := fact(t, g, schema.MetWith)
	if met.Directed || met.Statements != 3 || met.Documents != 3 || met.Sources != 3 {
		t.Errorf("met_with: directed %v, %d statements, %d documents, %d sources; want undirected, 3, 3, 3",
			met.Directed, met.Statements, met.Documents, met.Sources)
	}
	if met.Modality != schema.Asserted || met.Confidence != 0.9 || met.First != "2025-03" || met.Last != "2025-04-01" {
		t.Errorf("met_with: %s, confidence %v, %s to %s", met.Modality, met.Confidence, met.First, met.Last)
	}
	if want := []export.Span{{"2025-03-01", "2025-04-01"}}; !slices.Equal(met.Spans, want) {
		t.Errorf("met_with spans %v, want %v", met.Spans, want)
	}
	if len(met.Evidence) != 3 || met.Evidence[0].Source != "news/a.txt" || met.Evidence[1].Sentence != "Aliyev met the envoy, officials said.\nThey talked." {
		t.Errorf("met_with evidence %+v", met.Evidence)
	}
	if e, st := met.Evidence[0], fixture()[0]; e.Start != st.Start || e.End != st.End || e.Rule != st.Rule || e.Time != st.Time {
		t.Errorf("evidence %+v does not name statement %+v", e, st)
	}
	head := fact(t, g, schema.HeadOf)
	if !head.Directed || head.Role != "president" || head.First != "2025-03-18" || head.Last != "2025-04-02" || len(head.Spans) != 2 {
		t.Errorf("head_of: %+v", head)
	}
	member := fact(t, g, schema.MemberOf)
	if member.Modality != schema.Reported {
		t.Errorf("member_of is %s, want reported", member.Modality)
	}
	for _, n := range g.Nodes {
		if n.Label == "Ilham Aliyev" && (n.Degree != 2 || n.Mentions != 5 || !slices.Equal(n.Aliases, []string{"Aliyev", "İlham Əliyev"})) {
			t.Errorf("Aliyev: %+v", n)
		}
		if n.Label == "Azerbaijan" && (n.ISO != "AZ" || n.QID != "Q227") {
			t.Errorf("Azerbaijan: %+v", n)
		}
		if n.Label == "Zürich" && n.Color() != "#59a14f" {
			t.Errorf("Zürich's colour %s", n.Color())
		}
	}

	// Origins: news/a.txt and news/b.html are one source, "news".
	byDir := func(st schema.Statement) string { return strings.SplitN(st.Doc.Source, "/", 2)[0] }
	g, err = export.Build(source(fixture()), export.Options{Origin: byDir, MaxSentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	met = fact(t, g, schema.MetWith)
	if met.Documents != 3 || met.Sources != 2 || len(met.Evidence) != 1 {
		t.Errorf("by directory: %d documents, %d sources, %d sentences; want 3, 2, 1", met.Documents, met.Sources, len(met.Evidence))
	}
	// By default the origin ingest stored counts: two documents that carry
	// one report are one source.
	sts := fixture()
	for i := range sts {
		if sts[i].Predicate == schema.MetWith && sts[i].Doc.Source != "news/a.txt" {
			sts[i].Doc.Origin = "report-1"
		}
	}
	g, err = export.Build(source(sts), export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if met = fact(t, g, schema.MetWith); met.Documents != 3 || met.Sources != 2 {
		t.Errorf("with an ingest origin: %d documents, %d sources; want 3, 2", met.Documents, met.Sources)
	}
	g, err = export.Build(source(fixture()), export.Options{MaxSentences: -1})
	if err != nil {
		t.Fatal(err)
	}
	if met = fact(t, g, schema.MetWith); len(met.Evidence) != 0 {
		t.Errorf("MaxSentences -1 kept %d sentences", len(met.Evidence))
	}
}

// TestCounts checks documents and sources: exact up to 64, then within
// 10% (the sketch's standard error is 3.3%).
func TestCounts(t *testing.T) {
	for _, n := range []int{1, 63, 64, 65, 100, 1000, 20000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			sts := make([]schema.Statement, n)
			for i := range sts {
				sts[i] = fixture()[0]
				sts[i].Doc.Source = fmt.Sprintf("doc%d", i)
				sts[i].Doc.Hash = fmt.Sprintf("%x", i)
			}
			g, err := export.Build(source(sts), export.Options{})
			if err != nil {
				t.Fatal(err)
			}
			f := g.Facts[0]
			if f.Statements != n {
				t.Errorf("%d statements", f.Statements)
			}
			if n <= 64 && f.Documents != n {
				t.Errorf("%d documents, want exactly %d", f.Documents, n)
			}
			if e := math.Abs(float64(f.Documents-n)) / float64(n); e > 0.1 || f.Documents <= 64 && n > 64 {
				t.Errorf("%d documents estimated for %d", f.Documents, n)
			}
			if e := math.Abs(float64(f.Sources-n)) / float64(n); e > 0.1 {
				t.Errorf("%d sources estimated for %d", f.Sources, n)
			}
			if len(f.Evidence) != min(n, export.DefaultMaxSentences) {
				t.Errorf("%d sentences kept", len(f.Evidence))
			}
		})
	}
}

// TestSpans checks that a fact's periods merge and stay few.
func TestSpans(t *testing.T) {
	var sts []schema.Statement
	for y := 1950; y < 2000; y++ {
		st := fixture()[0]
		st.Time = fmt.Sprint(y)
		if y%2 == 0 {
			st.Time = fmt.Sprintf("%d-06", y)
		}
		sts = append(sts, st)
	}
	g, err := export.Build(source(sts), export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := g.Facts[0]
	if len(f.Spans) == 0 || len(f.Spans) > 16 {
		t.Fatalf("%d spans", len(f.Spans))
	}
	if f.First != "1950-06" || f.Last != "1999" || f.Spans[0].Start != "1950-06-01" || f.Spans[len(f.Spans)-1].End != "1999-12-31" {
		t.Errorf("first %s, last %s, spans %v", f.First, f.Last, f.Spans)
	}
	for i := 1; i < len(f.Spans); i++ {
		if f.Spans[i].Start <= f.Spans[i-1].End {
			t.Errorf("spans overlap or are out of order: %v", f.Spans)
		}
	}
}

func TestKeep(t *testing.T) {
	sts := fixture()
	g, err := export.Build(source(sts), export.Options{Seeds: []string{"Aliyev"}})
	if err != nil {
		t.Fatal(err)
	}
	var kept []int
	for i, st := range sts {
		if g.Keep(st) {
			kept = append(kept, i)
		}
	}
	if want := []int{0, 1, 3, 4, 8}; !slices.Equal(kept, want) {
		t.Errorf("Keep kept statements %v, want %v", kept, want)
	}
}

func TestFormatNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want export.Format
		ok   bool
	}{
		{"graph.graphml", export.GraphML, true},
		{"/tmp/x/Graph.GEXF", export.GEXF, true},
		{"g.dot", export.DOT, true},
		{"g.gv", export.DOT, true},
		{"g.cyjs", export.Cytoscape, true},
		{"g.cytoscape.json", export.Cytoscape, true},
		{"g.graphology.json", export.Graphology, true},
		{"g.csv", export.CSV, true},
		{"g.nq", export.NQuads, true},
		{"statements.jsonl", export.JSONLines, true},
		{"g.json", "", false},
		{"graph", "", false},
	} {
		if got, ok := export.FormatFromPath(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("FormatFromPath(%q) = %q, %v", tc.in, got, ok)
		}
	}
	for _, f := range export.Formats {
		if got, err := export.ParseFormat(strings.ToUpper(string(f))); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
		if got, _ := export.FormatFromPath("x" + f.Ext()); got != f {
			t.Errorf("%s.Ext() = %q does not map back", f, f.Ext())
		}
	}
	for in, want := range map[string]export.Format{"gv": export.DOT, "sigma": export.Graphology, "cyjs": export.Cytoscape, "nq": export.NQuads} {
		if got, err := export.ParseFormat(in); got != want || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := export.ParseFormat("svg"); err == nil {
		t.Error("ParseFormat(svg) succeeded")
	}
	if n, e := export.CSVPaths("out/graph.csv"); n != "out/graph-nodes.csv" || e != "out/graph-edges.csv" {
		t.Errorf("CSVPaths = %s, %s", n, e)
	}
}
