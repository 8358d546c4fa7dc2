package queries_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/queries"
)

// libraryCases runs every saved query on the fixture graph. Documents 01
// and 02 carry one report (origin wire-1), so facts they share count one
// independent source; 03 (blog-3) and 04 (no origin) are sources of their
// own.
var libraryCases = []struct {
	name string
	args []string
	cols []string
	want [][]string
}{
	{"who-met", []string{"Aliyev"},
		[]string{"other", "type", "modality", "time", "sources", "documents", "evidence"},
		[][]string{
			{evil, "Person", "asserted", "", "1", "1", "corpus/04.txt"},
			{"Steve Witkoff", "Person", "asserted", "2025-03", "2", "3", "corpus/01.txt, corpus/02.txt, corpus/03.txt"},
			{"Vladimir Putin", "Person", "planned", "2025-10", "1", "1", "corpus/01.txt"},
		}},
	{"who-met", []string{"Bibi"}, nil, [][]string{
		{"Steve Witkoff", "Person", "asserted", "2025-07", "1", "1", "corpus/03.txt"},
	}},
	{"who-met", []string{evil}, nil, [][]string{
		{"Ilham Aliyev", "Person", "asserted", "", "1", "1", "corpus/04.txt"},
	}},
	{"who-met", []string{"Azerbaijan"}, nil, nil},
	{"relations", []string{"Azerbaijan"},
		[]string{"subject", "predicate", "object", "modality", "time", "sources", "documents", "statements"},
		[][]string{
			{"Baku", "capital_of", "Azerbaijan", "asserted", "", "1", "1", "1"},
			{"Ganja", "capital_of", "Azerbaijan", "asserted", "", "1", "1", "1"},
			{"Azerbaijan", "contacted", "Kazakhstan", "asserted", "2025-04", "1", "1", "1"},
			{"Azerbaijan", "diplomatic_relations_with", "Israel", "asserted", "2025", "1", "2", "2"},
			{"Azerbaijan", "diplomatic_relations_with", "Israel", "negated", "", "1", "1", "1"},
			{"Ilham Aliyev", "head_of", "Azerbaijan", "reported", "", "1", "1", "1"},
			{"Azerbaijan", "party_to", "Abraham Accords", "planned", "", "1", "1", "1"},
		}},
	{"relations", []string{"President Aliyev", "met_with"}, nil, [][]string{
		{"Ilham Aliyev", "met_with", evil, "asserted", "", "1", "1", "1"},
		{"Ilham Aliyev", "met_with", "Steve Witkoff", "asserted", "2025-03", "2", "3", "3"},
		{"Ilham Aliyev", "met_with", "Vladimir Putin", "planned", "2025-10", "1", "1", "1"},
	}},
	{"neighbors", []string{"Kazakhstan", "2"},
		[]string{"hops", "entity", "type", "path"},
		[][]string{
			{"1", "Abraham Accords", "Agreement", "Kazakhstan -candidate_for-> Abraham Accords"},
			{"1", "Azerbaijan", "Country", "Kazakhstan <-contacted- Azerbaijan"},
			{"2", "Baku", "City", "Kazakhstan <-contacted- Azerbaijan <-capital_of- Baku"},
			{"2", "Ganja", "City", "Kazakhstan <-contacted- Azerbaijan <-capital_of- Ganja"},
			{"2", "Ilham Aliyev", "Person", "Kazakhstan <-contacted- Azerbaijan <-head_of- Ilham Aliyev"},
			{"2", "Israel", "Country", "Kazakhstan -candidate_for-> Abraham Accords <-party_to- Israel"},
		}},
	{"neighbors", []string{"Russia"}, nil, [][]string{
		{"1", "Georgia", "Country", "Russia -borders- Georgia"},
		{"1", "Georgia", "Region", "Russia -borders- Georgia"},
	}},
	{"path", []string{"Kazakhstan", "Netanyahu"},
		[]string{"hops", "path"},
		[][]string{
			{"3", "Kazakhstan -candidate_for-> Abraham Accords <-party_to- Israel <-head_of- Benjamin Netanyahu"},
			{"3", "Kazakhstan <-contacted- Azerbaijan -diplomatic_relations_with- Israel <-head_of- Benjamin Netanyahu"},
		}},
	{"path", []string{"Netanyahu", "Kazakhstan"}, nil, [][]string{
		{"3", "Benjamin Netanyahu -head_of-> Israel -diplomatic_relations_with- Azerbaijan -contacted-> Kazakhstan"},
		{"3", "Benjamin Netanyahu -head_of-> Israel -party_to-> Abraham Accords <-candidate_for- Kazakhstan"},
	}},
	{"path", []string{"Kazakhstan", "Netanyahu", "2"}, nil, nil},
	{"path", []string{"Witkoff", "Bibi"}, nil, [][]string{{"1", "Steve Witkoff -met_with- Benjamin Netanyahu"}}},
	{"path", []string{"Aliyev", "Aliyev"}, nil, [][]string{{"0", "Ilham Aliyev"}}},
	// Aliyev only plans to visit Russia: hedged, no edge.
	{"path", []string{"Aliyev", "Russia", "6"}, nil, nil},
	{"members", []string{"Abraham Accords"},
		[]string{"member", "type", "predicate", "modality", "time", "sources", "documents"},
		[][]string{
			{"Kazakhstan", "Country", "candidate_for", "reported", "", "1", "1"},
			{"Azerbaijan", "Country", "party_to", "planned", "", "1", "1"},
			{"Israel", "Country", "party_to", "asserted", "2020", "1", "1"},
		}},
	{"officials", []string{"Israel"},
		[]string{"person", "predicate", "role", "modality", "time", "sources", "documents"},
		[][]string{
			{"Benjamin Netanyahu", "head_of", "prime minister", "asserted", "2025", "1", "1"},
			{"Naftali Bennett", "head_of", "Prime Minister", "asserted", "", "1", "1"},
			{"Steve Witkoff", "works_for", "envoy", "negated", "", "1", "1"},
		}},
	{"officials", []string{"Azerbaijan"}, nil, [][]string{
		{"Ilham Aliyev", "head_of", "president", "reported", "", "1", "1"},
	}},
	{"borders", []string{"Russia"},
		[]string{"neighbor", "type", "modality", "sources", "documents"},
		[][]string{
			{"Georgia", "Country", "asserted", "1", "1"},
			{"Georgia", "Region", "asserted", "1", "1"},
		}},
	{"borders", []string{"kg:country/georgia"}, nil, [][]string{{"Russia", "Country", "asserted", "1", "1"}}},
	{"timeline", []string{"Azerbaijan"},
		[]string{"time", "dated", "subject", "predicate", "object", "modality", "sources", "documents"},
		[][]string{
			{"2025", "event", "Azerbaijan", "diplomatic_relations_with", "Israel", "asserted", "1", "1"},
			{"2025-04", "event", "Azerbaijan", "contacted", "Kazakhstan", "asserted", "1", "1"},
			{"2025-08-01", "published", "Azerbaijan", "diplomatic_relations_with", "Israel", "reported", "1", "1"},
			{"2025-08-01", "published", "Baku", "capital_of", "Azerbaijan", "asserted", "1", "1"},
			{"2025-08-01", "published", "Ilham Aliyev", "head_of", "Azerbaijan", "reported", "1", "1"},
		}},
	{"timeline", []string{"Aliyev", "2025-03", "2025-07"}, nil, [][]string{
		{"2025-03", "event", "Ilham Aliyev", "met_with", "Steve Witkoff", "asserted", "1", "1"},
	}},
	{"timeline", []string{"Aliyev", "until=2025-03"}, nil, [][]string{
		{"2025-03", "event", "Ilham Aliyev", "met_with", "Steve Witkoff", "asserted", "1", "1"},
	}},
	{"sources", []string{"Israel", "diplomatic relations with", "Azerbaijan"},
		[]string{"origin", "source", "published", "modality", "time", "sentence"},
		[][]string{
			{"blog-3", "corpus/03.txt", "", "negated", "", "Azerbaijan has yet to formalize relations with Israel."},
			{"wire-1", "corpus/01.txt", "2025-08-01", "reported", "", "Azerbaijan has long had relations with Israel, sources said."},
			{"wire-1", "corpus/02.txt", "2025-08-02", "asserted", "2025", "Israel and Azerbaijan have diplomatic relations."},
		}},
	{"sources", []string{"Kazakhstan", "contacted", "Azerbaijan"}, nil, nil}, // contacted is directed
	{"contradictions", nil,
		[]string{"kind", "subject", "predicate", "object", "sources", "documents", "versus", "versus_sources", "versus_documents"},
		[][]string{
			{"exclusive", "Baku", "capital_of", "Azerbaijan", "1", "corpus/01.txt", "Ganja capital_of Azerbaijan", "1", "corpus/03.txt"},
			{"exclusive", "Benjamin Netanyahu", "head_of", "Israel", "1", "corpus/03.txt", "Naftali Bennett head_of Israel (prime minister, 2025)", "1", "corpus/04.txt"},
			{"negated", "Azerbaijan", "diplomatic_relations_with", "Israel", "1", "corpus/01.txt, corpus/02.txt", "negated", "1", "corpus/03.txt"},
		}},
	{"contradictions", []string{"Ganja"}, nil, [][]string{
		{"exclusive", "Baku", "capital_of", "Azerbaijan", "1", "corpus/01.txt", "Ganja capital_of Azerbaijan", "1", "corpus/03.txt"},
	}},
	// A symmetric fact has the entity asked about as its subject.
	{"contradictions", []string{"Israel"}, nil, [][]string{
		{"exclusive", "Benjamin Netanyahu", "head_of", "Israel", "1", "corpus/03.txt", "Naftali Bennett head_of Israel (prime minister, 2025)", "1", "corpus/04.txt"},
		{"negated", "Israel", "diplomatic_relations_with", "Azerbaijan", "1", "corpus/01.txt, corpus/02.txt", "negated", "1", "corpus/03.txt"},
	}},
	{"contradictions", []string{"Witkoff"}, nil, nil},
	{"uncorroborated", []string{"met_with"},
		[]string{"subject", "predicate", "object", "modality", "time", "documents", "evidence"},
		[][]string{
			{"Benjamin Netanyahu", "met_with", "Steve Witkoff", "asserted", "2025-07", "1", "corpus/03.txt"},
			{evil, "met_with", "Ilham Aliyev", "asserted", "", "1", "corpus/04.txt"},
		}},
	{"uncorroborated", []string{"-", "Israel"}, nil, [][]string{
		{"Israel", "diplomatic_relations_with", "Azerbaijan", "asserted", "2025", "2", "corpus/01.txt, corpus/02.txt"},
		{"Benjamin Netanyahu", "head_of", "Israel", "asserted", "2025", "1", "corpus/03.txt"},
		{"Naftali Bennett", "head_of", "Israel", "asserted", "", "1", "corpus/04.txt"},
		{"Israel", "party_to", "Abraham Accords", "asserted", "2020", "1", "corpus/03.txt"},
	}},
	{"uncorroborated", nil, nil, [][]string{
		{"Georgia", "borders", "Russia", "asserted", "", "1", "corpus/02.txt"},
		{"Russia", "borders", "Georgia", "asserted", "", "1", "corpus/02.txt"},
		{"Kazakhstan", "candidate_for", "Abraham Accords", "reported", "", "1", "corpus/02.txt"},
		{"Baku", "capital_of", "Azerbaijan", "asserted", "", "1", "corpus/01.txt"},
		{"Ganja", "capital_of", "Azerbaijan", "asserted", "", "1", "corpus/03.txt"},
		{"Azerbaijan", "contacted", "Kazakhstan", "asserted", "2025-04", "1", "corpus/01.txt"},
		{"Azerbaijan", "diplomatic_relations_with", "Israel", "asserted", "2025", "2", "corpus/01.txt, corpus/02.txt"},
		{"Benjamin Netanyahu", "head_of", "Israel", "asserted", "2025", "1", "corpus/03.txt"},
		{"Ilham Aliyev", "head_of", "Azerbaijan", "reported", "", "1", "corpus/01.txt"},
		{"Naftali Bennett", "head_of", "Israel", "asserted", "", "1", "corpus/04.txt"},
		{"Benjamin Netanyahu", "met_with", "Steve Witkoff", "asserted", "2025-07", "1", "corpus/03.txt"},
		{evil, "met_with", "Ilham Aliyev", "asserted", "", "1", "corpus/04.txt"},
		{"Israel", "party_to", "Abraham Accords", "asserted", "2020", "1", "corpus/03.txt"},
	}},
	{"statements", []string{"modality=asserted", "since=2025"},
		[]string{"subject", "predicate", "object", "modality", "time", "confidence", "source"},
		[][]string{
			{"Azerbaijan", "contacted", "Kazakhstan", "asserted", "2025-04", "0.8", "corpus/01.txt"},
			{"Ilham Aliyev", "met_with", "Steve Witkoff", "asserted", "2025-03", "0.8", "corpus/01.txt"},
			{"Israel", "diplomatic_relations_with", "Azerbaijan", "asserted", "2025", "0.8", "corpus/02.txt"},
			{"Benjamin Netanyahu", "head_of", "Israel", "asserted", "2025", "0.8", "corpus/03.txt"},
			{"Steve Witkoff", "met_with", "Benjamin Netanyahu", "asserted", "2025-07", "0.8", "corpus/03.txt"},
		}},
	// A part of a source will do. The two Georgias (a country and a
	// region) print alike, and rows are distinct.
	{"statements", []string{"source=02"}, nil, [][]string{
		{"Ilham Aliyev", "visited", "Russia", "hedged", "", "0.8", "corpus/02.txt"},
		{"Israel", "diplomatic_relations_with", "Azerbaijan", "asserted", "2025", "0.8", "corpus/02.txt"},
		{"Kazakhstan", "candidate_for", "Abraham Accords", "reported", "", "0.8", "corpus/02.txt"},
		{"Russia", "borders", "Georgia", "asserted", "", "0.8", "corpus/02.txt"},
		{"Steve Witkoff", "met_with", "Ilham Aliyev", "reported", "", "0.8", "corpus/02.txt"},
	}},
	{"statements", []string{"met_with", "-", "-", "-", "corpus/04.txt"}, nil, [][]string{
		{evil, "met_with", "Ilham Aliyev", "asserted", "", "0.8", "corpus/04.txt"},
	}},
	{"statements", []string{"negated"}, nil, nil}, // a modality is no predicate: see TestLibraryErrors
	{"statements", []string{"modality=negated", "entity=Witkoff"}, nil, [][]string{
		{"Steve Witkoff", "works_for", "Israel", "negated", "", "0.8", "corpus/04.txt"},
	}},
	{"origins", nil,
		[]string{"origin", "documents", "evidence"},
		[][]string{
			{"wire-1", "2", "corpus/01.txt, corpus/02.txt"},
			{"blog-3", "1", "corpus/03.txt"},
			{"kg:doc/04efaf080f5a3e74e1c29d1ca6a48569382cbbcd324e8d59d2b83ef21c039f00", "1", "corpus/04.txt"},
		}},
	{"origins", []string{"Kazakhstan"}, nil, [][]string{
		{"wire-1", "2", "corpus/01.txt, corpus/02.txt"},
	}},
}

func TestLibrary(t *testing.T) {
	s := fixture(t)
	tested := map[string]bool{}
	for _, tc := range libraryCases {
		if tc.name == "statements" && len(tc.args) == 1 && tc.args[0] == "negated" {
			continue
		}
		tested[tc.name] = true
		t.Run(tc.name+" "+strings.Join(tc.args, " "), func(t *testing.T) {
			q := builtin(t, tc.name)
			res, err := queries.Run(context.Background(), s, q, tc.args, 100)
			if err != nil {
				t.Fatal(err)
			}
			if tc.cols != nil && !reflect.DeepEqual(res.Columns, tc.cols) {
				t.Errorf("columns %q, want %q", res.Columns, tc.cols)
			}
			if !reflect.DeepEqual(res.Rows, tc.want) || res.Truncated {
				t.Errorf("rows:\n%s\nwant:\n%s (truncated %v)", table(res.Rows), table(tc.want), res.Truncated)
			}
		})
	}
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if !tested[q.Name] {
			t.Errorf("saved query %s has no case in libraryCases", q.Name)
		}
	}
}

// TestLibraryHostile runs every saved query with the hostile name for each
// entity parameter: the program runs as written (the name cannot end a
// string or a script) and gives rows or none, never an error.
func TestLibraryHostile(t *testing.T) {
	s := fixture(t)
	qs, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		var args []string
		for _, p := range q.Params {
			switch {
			case p.Type == "entity":
				args = append(args, "</script>") // villain's alias
			case p.Type == "predicate":
				args = append(args, "met_with")
			case p.Type == "string":
				args = append(args, evil)
			default:
				args = append(args, "-")
			}
		}
		t.Run(q.Name, func(t *testing.T) {
			if _, err := queries.Run(context.Background(), s, q, args, 100); err != nil {
				t.Errorf("%s %q: %v", q.Name, args, err)
			}
		})
	}
}

func TestLibraryErrors(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"statements", []string{"negated"}, `unknown predicate "negated"`},
		{"path", []string{"Kazakhstan"}, "missing TO"},
		{"path", []string{"Kazakhstan", "-"}, "missing TO"},
		{"sources", []string{"Israel", "likes", "Azerbaijan"}, `unknown predicate "likes"`},
		{"neighbors", []string{"Kazakstan"}, "closest known: Kazakhstan"},
		{"neighbors", []string{"Georgia"}, "kg:country/georgia"},
		{"relations", []string{"Israel", "predicate=met_with", "predicate=borders"}, "PREDICATE given twice"},
		{"who-met", []string{"Israel", "x"}, "2 arguments, want at most 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name+" "+strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := queries.Run(context.Background(), s, builtin(t, tc.name), tc.args, 100)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("err = %v, want one saying %q", err, tc.msg)
			}
		})
	}
}
