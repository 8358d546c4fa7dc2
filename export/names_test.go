package export_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

var errBoom = errors.New("boom")

func TestWrittenNames(t *testing.T) {
	civ := schema.Entity{Name: "Ivory Coast", Type: schema.Country, ISO: "CI", Aliases: []string{"Côte d'Ivoire", "Cote d'Ivoire"}}
	bf := schema.Entity{Name: "Burkina Faso", Type: schema.Country, Aliases: []string{"Burkina"}}
	pena := schema.Entity{Name: "Santiago Peña", Type: schema.Person, Aliases: []string{"Peña"}}
	py := schema.Entity{Name: "Paraguay", Type: schema.Country}
	drc := schema.Entity{Name: "Democratic Republic of the Congo", Type: schema.Country, Aliases: []string{"Congo", "DRC", "Democratic Republic of Congo"}}
	cg := schema.Entity{Name: "Republic of the Congo", Type: schema.Country, Aliases: []string{"Congo", "Congo-Brazzaville"}}
	ne := schema.Entity{Name: "Republic of Niger", Type: schema.Country, Aliases: []string{"Niger"}}
	ng := schema.Entity{Name: "Nigeria", Type: schema.Country}
	un := schema.Entity{Name: "United Nations", Type: schema.Organization, Aliases: []string{"UN", "U.N."}}
	qassem := schema.Entity{Name: "Naim Qassem", Type: schema.Person, Aliases: []string{"Qassem"}}
	gulf := schema.Entity{Name: "Persian Gulf", Type: schema.Region, Aliases: []string{"the Gulf"}}
	doc := schema.Document{Source: "a.txt", Hash: "aaaa"}
	st := func(s schema.Entity, p schema.Predicate, o schema.Entity, sentence string) schema.Statement {
		return schema.Statement{Subject: s, Predicate: p, Object: o, Modality: schema.Asserted, Sentence: sentence, Doc: doc}
	}
	sts := []schema.Statement{
		// only another name is written: it is taken, the longest first
		st(civ, schema.Borders, bf, "Côte d'Ivoire shares a long border with Burkina Faso."),
		st(civ, schema.Criticized, bf, "The Côte d'Ivoire government, which Abidjan's press calls Cote d'Ivoire, accused Burkina."),
		// a name without its diacritics
		st(pena, schema.HeadOf, py, "Paraguay's President Santiago Pena flew home."),
		// "Congo" is both Congos' alias; an acronym is no name to print
		st(drc, schema.Borders, cg, "Congo and the DRC ..."),
		// the name written once is kept
		st(cg, schema.Borders, drc, "The Republic of the Congo borders the Democratic Republic of Congo."),
		// "Niger" inside "Nigeria" does not write Niger
		st(ng, schema.Borders, ne, "Nigeria closed the border."),
		// only an acronym is written: the name stays
		st(un, schema.MemberOf, un, "The U.N. said so."),
		// a person's surname alone, or a form in lower case, does not
		// replace the name
		st(qassem, schema.Visited, gulf, "Qassem flew over the Gulf."),
	}
	src := func(fn func(schema.Statement) error) error {
		for _, s := range sts {
			if err := fn(s); err != nil {
				return err
			}
		}
		return nil
	}
	var got []schema.Statement
	if err := export.WrittenNames(src)(func(s schema.Statement) error { got = append(got, s); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(sts) {
		t.Fatalf("%d statements, want %d", len(got), len(sts))
	}
	names := func(i int) [2]string { return [2]string{got[i].Subject.Name, got[i].Object.Name} }
	for i, want := range [][2]string{
		{"Côte d'Ivoire", "Burkina Faso"},
		{"Côte d'Ivoire", "Burkina Faso"},
		{"Santiago Pena", "Paraguay"},
		{"Democratic Republic of Congo", "Republic of the Congo"},
		{"Republic of the Congo", "Democratic Republic of Congo"},
		{"Nigeria", "Republic of Niger"},
		{"United Nations", "United Nations"},
		{"Naim Qassem", "Persian Gulf"},
	} {
		if names(i) != want {
			t.Errorf("statement %d: %q, want %q", i, names(i), want)
		}
	}
	// a renamed entity keeps its node and identifiers, its old name an alias
	c := got[0].Subject
	if c.IRI() != civ.IRI() || c.ISO != "CI" {
		t.Errorf("renamed entity IRI %s ISO %s, want %s CI", c.IRI(), c.ISO, civ.IRI())
	}
	if want := []string{"Cote d'Ivoire", "Ivory Coast"}; !reflect.DeepEqual(c.Aliases, want) {
		t.Errorf("aliases %q, want %q", c.Aliases, want)
	}
	if got[2].Subject.IRI() != pena.IRI() {
		t.Errorf("Santiago Pena's node %s, want %s", got[2].Subject.IRI(), pena.IRI())
	}
	// statement identities do not change
	for i := range sts {
		if got[i].ID() != sts[i].ID() {
			t.Errorf("statement %d: ID %s, want %s", i, got[i].ID(), sts[i].ID())
		}
	}
	// the source is read twice and its errors come back
	calls := 0
	failing := func(fn func(schema.Statement) error) error {
		calls++
		return errBoom
	}
	if err := export.WrittenNames(failing)(func(schema.Statement) error { return nil }); err != errBoom || calls != 1 {
		t.Errorf("error %v after %d reads, want errBoom after 1", err, calls)
	}
}
