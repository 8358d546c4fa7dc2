package ingest

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"github.com/kg-project/kg/schema"
)

func TestSoundex(t *testing.T) {
	for in, want := range map[string]string{"Robert": "R163", "Rupert": "R163", "Aria": "A600", "Aryeh": "A600", "Tymczak": "T522", "Ashcraft": "A261", "Scott": "S300", "Tim": "T500"} {
		if got := soundex(in); got != want {
			t.Errorf("soundex(%q) = %s, want %s", in, got, want)
		}
	}
}

func personNamed(name string) schema.Entity { return schema.Entity{Name: name, Type: schema.Person} }

func TestResolverMergesSpellings(t *testing.T) {
	aliyev := personNamed("Ilham Aliyev")
	witkoff := personNamed("Steve Witkoff")
	r := NewResolver()
	doc1 := []schema.Statement{{Subject: personNamed("Aryeh Lightstone"), Predicate: schema.MetWith, Object: aliyev}}
	r.Resolve(doc1)
	doc2 := []schema.Statement{
		{Subject: personNamed("Aria Lightstone"), Predicate: schema.MetWith, Object: aliyev},
		{Subject: personNamed("Aria Lightstone"), Predicate: schema.WorksFor, Object: witkoff},
	}
	r.Resolve(doc2)
	for _, st := range doc2 {
		if st.Subject.Name != "Aryeh Lightstone" {
			t.Errorf("Aria Lightstone resolved to %q, want Aryeh Lightstone", st.Subject.Name)
		}
		if !slices.Contains(st.Subject.Aliases, "Aria Lightstone") {
			t.Errorf("the spelling is not kept as an alias: %v", st.Subject.Aliases)
		}
	}
	doc3 := []schema.Statement{{Subject: personNamed("Aryeh lightstone"), Predicate: schema.MetWith, Object: aliyev}}
	r.Resolve(doc3)
	if doc3[0].Subject.Name != "Aryeh Lightstone" {
		t.Errorf("case variant resolved to %q", doc3[0].Subject.Name)
	}
}

func TestResolverKeepsNamesakesApart(t *testing.T) {
	r := NewResolver()
	r.Learn(schema.Statement{Subject: personNamed("Scott Morrison"), Predicate: schema.WorksFor, Object: schema.Entity{Name: "Australia", Type: schema.Country}})
	doc := []schema.Statement{{Subject: personNamed("Tim Morrison"), Predicate: schema.WorksFor, Object: schema.Entity{Name: "United States", Type: schema.Country}}}
	r.Resolve(doc)
	if doc[0].Subject.Name != "Tim Morrison" {
		t.Errorf("Tim Morrison merged into %q", doc[0].Subject.Name)
	}
	// Same initial and sound, but contexts that share nothing: two people.
	r.Resolve([]schema.Statement{{Subject: personNamed("Jon Smith"), Predicate: schema.MetWith, Object: personNamed("Ann Lee")}})
	doc = []schema.Statement{{Subject: personNamed("John Smith"), Predicate: schema.Killed, Object: personNamed("Bob Ray")}}
	r.Resolve(doc)
	if doc[0].Subject.Name != "John Smith" {
		t.Errorf("John Smith merged into %q despite unrelated contexts", doc[0].Subject.Name)
	}
}

// resolverDocs is a run of generated documents about people whose names
// are spelled alike (the same last name, first names of one sound), with
// contexts that sometimes agree: the cases where the resolver's decisions
// depend on what it knows.
func resolverDocs(rng *rand.Rand, n int) [][]schema.Statement {
	firsts := []string{"Amara", "Amira", "Amir", "Tomas", "Thomas", "Lena", "Lina", "Josef", "Joseph", "Mariam", "Miriam"}
	lasts := []string{"Okafor", "okafor", "Haddad", "Varga", "Ferreira"}
	others := []schema.Entity{
		{Name: "Kenya", Type: schema.Country}, {Name: "France", Type: schema.Country}, {Name: "Brazil", Type: schema.Country},
		{Name: "Japan", Type: schema.Country}, {Name: "Nairobi", Type: schema.City}, {Name: "Geneva", Type: schema.City},
		{Name: "United Nations", Type: schema.Organization}, {Name: "World Bank", Type: schema.Organization},
		{Name: "Ilham Aliyev", Type: schema.Person}, {Name: "Putin", Type: schema.Person},
	}
	preds := []schema.Predicate{schema.MetWith, schema.WorksFor, schema.Visited}
	docs := make([][]schema.Statement, n)
	for i := range docs {
		for k := 1 + rng.Intn(4); k > 0; k-- {
			a := personNamed(firsts[rng.Intn(len(firsts))] + " " + lasts[rng.Intn(len(lasts))])
			var b schema.Entity
			if rng.Intn(3) == 0 {
				b = personNamed(firsts[rng.Intn(len(firsts))] + " " + lasts[rng.Intn(len(lasts))])
			} else {
				b = others[rng.Intn(len(others))]
			}
			if rng.Intn(2) == 0 {
				a, b = b, a
			}
			docs[i] = append(docs[i], schema.Statement{Subject: a, Predicate: preds[rng.Intn(len(preds))], Object: b})
		}
	}
	return docs
}

func cloneDocs(docs [][]schema.Statement) [][]schema.Statement {
	out := make([][]schema.Statement, len(docs))
	for i, d := range docs {
		out[i] = append([]schema.Statement(nil), d...)
	}
	return out
}

// TestResolverResumes resolves a run of documents in one go, then as a run
// interrupted after k documents and resumed: a new Resolver learns the
// statements the first k documents stored, read back in another order (as
// a store returns them, without aliases), and resolves the rest. Every
// document must come out the same, for every k.
func TestResolverResumes(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewSource(seed))
		docs := resolverDocs(rng, 120)
		want := cloneDocs(docs)
		r := NewResolver()
		for _, d := range want {
			r.Resolve(d)
		}
		merged := 0
		for i := range docs {
			for j := range docs[i] {
				if docs[i][j].Subject.Name != want[i][j].Subject.Name || docs[i][j].Object.Name != want[i][j].Object.Name {
					merged++
				}
			}
		}
		if merged == 0 {
			t.Fatalf("seed %d: no name was merged: the documents do not test the resolver", seed)
		}
		for k := 0; k <= len(docs); k += 11 {
			got := cloneDocs(docs)
			first := NewResolver()
			for _, d := range got[:k] {
				first.Resolve(d)
			}
			var stored []schema.Statement
			for _, d := range got[:k] {
				for _, st := range d {
					st.Subject.Aliases, st.Object.Aliases = nil, nil
					stored = append(stored, st)
				}
			}
			rng.Shuffle(len(stored), func(i, j int) { stored[i], stored[j] = stored[j], stored[i] })
			resumed := NewResolver()
			for _, st := range stored {
				resumed.Learn(st)
			}
			for _, d := range got[k:] {
				resumed.Resolve(d)
			}
			if !reflect.DeepEqual(got, want) {
				for i := range got {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Errorf("seed %d, resumed after %d documents: document %d resolved to\n%v\nwant\n%v", seed, k, i, got[i], want[i])
						break
					}
				}
			}
		}
	}
}

// TestResolverOrderOfKnownPeople checks that when a name could join several
// known people, the order they were learnt in does not decide.
func TestResolverOrderOfKnownPeople(t *testing.T) {
	kenya := schema.Entity{Name: "Kenya", Type: schema.Country}
	known := []schema.Statement{
		{Subject: personNamed("Lina Varga"), Predicate: schema.Visited, Object: kenya},
		{Subject: personNamed("Lena Varga"), Predicate: schema.Visited, Object: kenya},
	}
	for _, order := range [][]int{{0, 1}, {1, 0}} {
		r := NewResolver()
		for _, i := range order {
			r.Learn(known[i])
		}
		doc := []schema.Statement{{Subject: personNamed("Leena Varga"), Predicate: schema.Visited, Object: kenya}}
		r.Resolve(doc)
		if doc[0].Subject.Name != "Lena Varga" {
			t.Errorf("learnt in order %v: Leena Varga resolved to %q, want Lena Varga (first in name order)", order, doc[0].Subject.Name)
		}
	}
	// A shared context beats name order.
	r := NewResolver()
	r.Learn(known[0])
	r.Learn(known[1])
	r.Learn(schema.Statement{Subject: personNamed("Lina Varga"), Predicate: schema.WorksFor, Object: schema.Entity{Name: "United Nations", Type: schema.Organization}})
	doc := []schema.Statement{{Subject: personNamed("Leena Varga"), Predicate: schema.WorksFor, Object: schema.Entity{Name: "United Nations", Type: schema.Organization}}}
	r.Resolve(doc)
	if doc[0].Subject.Name != "Lina Varga" {
		t.Errorf("Leena Varga of the United Nations resolved to %q, want Lina Varga, who works there", doc[0].Subject.Name)
	}
}

// TestResolverWithinOneDocument checks that two new names alike in one
// document merge the same way every time (they once merged either way
// round, by map order) and that the first one named keeps its name.
func TestResolverWithinOneDocument(t *testing.T) {
	for i := 0; i < 50; i++ {
		r := NewResolver()
		doc := []schema.Statement{
			{Subject: personNamed("Amara Okafor"), Predicate: schema.Visited, Object: schema.Entity{Name: "Kenya", Type: schema.Country}},
			{Subject: personNamed("Amira Okafor"), Predicate: schema.WorksFor, Object: schema.Entity{Name: "Kenya", Type: schema.Country}},
		}
		r.Resolve(doc)
		if doc[0].Subject.Name != "Amara Okafor" || doc[1].Subject.Name != "Amara Okafor" || !slices.Contains(doc[1].Subject.Aliases, "Amira Okafor") {
			t.Fatalf("run %d: %v, want both as Amara Okafor", i, doc)
		}
	}
}

// TestResolverMisspeltLastNames merges a last name one letter off when the
// first name and some context agree, and not otherwise.
func TestResolverMisspeltLastNames(t *testing.T) {
	france := schema.Entity{Name: "France", Type: schema.Country}
	fed := schema.Entity{Name: "Federal Reserve", Type: schema.Organization}
	for _, tc := range []struct {
		name string
		obj  schema.Entity
		pred schema.Predicate
		want string
	}{
		{"Francois Mitterand", france, schema.HeadOf, "Francois Mitterrand"},                                            // one letter left out, same context
		{"Francois Mitterrandt", france, schema.HeadOf, "Francois Mitterrand"},                                          // one letter too many
		{"Francoise Mitterand", france, schema.HeadOf, "Francoise Mitterand"},                                           // another first name
		{"Paul Johnson", schema.Entity{Name: "Ford", Type: schema.Organization}, schema.WorksFor, "Paul Johnson"},       // nothing in common
		{"Francois Mitterand", schema.Entity{Name: "Chad", Type: schema.Country}, schema.Visited, "Francois Mitterand"}, // a misspelling needs shared context
	} {
		doc := []schema.Statement{{Subject: personNamed(tc.name), Predicate: tc.pred, Object: tc.obj}}
		rr := NewResolver()
		rr.Learn(schema.Statement{Subject: personNamed("Francois Mitterrand"), Predicate: schema.HeadOf, Object: france})
		rr.Learn(schema.Statement{Subject: personNamed("Paul Johnston"), Predicate: schema.WorksFor, Object: fed})
		rr.Resolve(doc)
		if doc[0].Subject.Name != tc.want {
			t.Errorf("%s (%s %s): resolved to %q, want %q", tc.name, tc.pred, tc.obj.Name, doc[0].Subject.Name, tc.want)
		}
	}
	for pair, want := range map[[2]string]bool{
		{"mitterand", "mitterrand"}: true, {"volcker", "vocker"}: true, {"johnson", "johnsen"}: true,
		{"cook", "cooke"}: true, {"abc", "abc"}: false, {"abc", "axyc"}: false, {"shultz", "schultz"}: true,
	} {
		if got := oneEdit(pair[0], pair[1]); got != want {
			t.Errorf("oneEdit(%q, %q) = %v", pair[0], pair[1], got)
		}
	}
}
