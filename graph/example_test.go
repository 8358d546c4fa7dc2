package graph_test

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

func Example() {
	ctx := context.Background()
	s, err := graph.Open("memory", graph.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()

	text := "Aliyev met Witkoff. Saudi Arabia will not recognize Israel."
	doc := schema.Document{Source: "corpus/a.txt", Text: text, Hash: schema.ContentHash(text)}
	person := func(name string) schema.Entity { return schema.Entity{Name: name, Type: schema.Person} }
	country := func(name string) schema.Entity { return schema.Entity{Name: name, Type: schema.Country} }
	_, err = s.WriteDocument(ctx, doc, []schema.Statement{
		{Subject: person("Ilham Aliyev"), Predicate: schema.MetWith, Object: person("Steve Witkoff"),
			Modality: schema.Asserted, Confidence: 0.9, Start: 0, End: 19},
		{Subject: country("Saudi Arabia"), Predicate: schema.Recognizes, Object: country("Israel"),
			Modality: schema.Negated, Confidence: 0.8, Start: 20, End: 59},
	})
	if err != nil {
		panic(err)
	}

	// The asserted statement is a plain edge; the negated one is not.
	for _, code := range []string{
		`g.V("<kg:person/ilham_aliyev>").Out("<kg:met_with>").Out("<kg:name>").All()`,
		`g.V("<kg:country/saudi_arabia>").Out("<kg:recognizes>").All()`,
		`g.V("<kg:country/saudi_arabia>").In("<kg:subject>").Save("<kg:modality>", "modality").Out("<kg:object>").All()`,
	} {
		rows, err := s.Gizmo(ctx, code, 10)
		if err != nil {
			panic(err)
		}
		fmt.Println(rows)
	}
	// Output:
	// [map[id:Steve Witkoff]]
	// []
	// [map[id:kg:country/israel modality:negated]]
}
