package schema_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestMatchesSCHEMAmd reads the project's SCHEMA.md and checks that every
// predicate, entity type and modality it lists exists here, with the same
// symmetry.
func TestMatchesSCHEMAmd(t *testing.T) {
	b, err := os.ReadFile("../../shared/SCHEMA.md")
	if err != nil {
		t.Skip("../shared/SCHEMA.md is absent: skipping the check against the written schema")
	}
	doc := string(b)
	row := regexp.MustCompile("(?m)^\\| ([a-z_]+) \\| ([^|]+)\\|")
	n := 0
	for _, m := range row.FindAllStringSubmatch(doc, -1) {
		name := m[1]
		if _, err := schema.ParseModality(name); err == nil || name == "predicate" || name == "modality" || name == "type" {
			continue // a modality row or a table header
		}
		p, err := schema.ParsePredicate(name)
		if err != nil {
			t.Errorf("SCHEMA.md predicate %s: %v", name, err)
			continue
		}
		n++
		if want := strings.Contains(m[2], "↔"); want && !p.Symmetric() {
			t.Errorf("%s is symmetric in SCHEMA.md", name)
		}
	}
	if n < 30 {
		t.Errorf("found only %d predicates in SCHEMA.md", n)
	}
	sym := regexp.MustCompile(`Symmetric: ([a-z_, \n]+)\.`).FindStringSubmatch(doc)
	if sym == nil {
		t.Fatal("no 'Symmetric:' line in SCHEMA.md")
	}
	for _, name := range strings.Split(sym[1], ",") {
		p, err := schema.ParsePredicate(strings.TrimSpace(name))
		if err != nil || !p.Symmetric() {
			t.Errorf("%q should be a symmetric predicate (%v)", name, err)
		}
	}
	for _, ty := range []string{"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"} {
		if _, err := schema.ParseType(ty); err != nil {
			t.Error(err)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want schema.Predicate
		ok   bool
	}{
		{"met_with", schema.MetWith, true},
		{"Met With", schema.MetWith, true},
		{"party-to", schema.PartyTo, true},
		{"likes", "", false},
	}
	for _, tc := range tests {
		got, err := schema.ParsePredicate(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParsePredicate(%q) = %q, %v", tc.in, got, err)
		}
	}
	if _, err := schema.ParseModality("Negated"); err != nil {
		t.Error(err)
	}
	if _, err := schema.ParseType("planet"); err == nil {
		t.Error("ParseType accepted planet")
	}
}

func TestIRIs(t *testing.T) {
	tests := []struct {
		typ        schema.EntityType
		name, want string
	}{
		{schema.Country, "Azerbaijan", "kg:country/azerbaijan"},
		{schema.Person, "Ilham Aliyev", "kg:person/ilham_aliyev"},
		{schema.Country, "U.S.", "kg:country/u_s"},
		{schema.Person, "Recep Tayyip Erdoğan", "kg:person/recep_tayyip_erdoğan"},
		{schema.Organization, `a"b<c>`, "kg:organization/a_b_c"},
		{schema.Region, "!!!", "kg:region/_"},
	}
	for _, tc := range tests {
		if got := schema.EntityIRI(tc.typ, tc.name); got != tc.want {
			t.Errorf("EntityIRI(%s, %q) = %q, want %q", tc.typ, tc.name, got, tc.want)
		}
	}
	if p, ok := schema.PredicateFromIRI(schema.Borders.IRI()); !ok || p != schema.Borders {
		t.Errorf("PredicateFromIRI round trip gave %q, %v", p, ok)
	}
}

func TestAccepts(t *testing.T) {
	if !schema.HeadOf.Accepts(schema.Person, schema.Country) {
		t.Error("head_of Person → Country refused")
	}
	if schema.HeadOf.Accepts(schema.Country, schema.Person) {
		t.Error("head_of Country → Person accepted")
	}
	if !schema.Attacked.Accepts(schema.Organization, schema.Facility) {
		t.Error("attacked accepts any types")
	}
}

func TestStatementIDAndRecord(t *testing.T) {
	doc := schema.Document{Source: "a.txt", Hash: schema.ContentHash("x")}
	st := schema.Statement{Subject: schema.Entity{Name: "A", Type: schema.Country}, Predicate: schema.Borders,
		Object: schema.Entity{Name: "B", Type: schema.Country}, Modality: schema.Asserted, Start: 1, End: 5, Doc: doc}
	other := st
	other.Start = 6
	if st.ID() == other.ID() {
		t.Error("statements of different sentences share an ID")
	}
	if st.ID() != st.ID() || len(st.ID()) != 24 {
		t.Errorf("ID %q not stable or not 24 hex digits", st.ID())
	}
	r := st.Record()
	if r.Subject != "A" || r.Predicate != "borders" || r.Source != "a.txt" || r.Start != 1 {
		t.Errorf("Record() = %+v", r)
	}
}
