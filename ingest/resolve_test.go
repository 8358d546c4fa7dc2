package ingest

import (
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
	r := NewResolver(nil)
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
		if !contains(st.Subject.Aliases, "Aria Lightstone") {
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
	r := NewResolver([]schema.Entity{personNamed("Scott Morrison")})
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
