package queries_test

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

func ExampleRun() {
	ctx := context.Background()
	s, err := graph.Open("memory", graph.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	text := "Witkoff said he met Aliyev in Baku in March."
	doc := schema.Document{Source: "corpus/a.txt", Text: text, Hash: schema.ContentHash(text)}
	_, err = s.WriteDocument(ctx, doc, []schema.Statement{{
		Subject:   schema.Entity{Name: "Steve Witkoff", Type: schema.Person},
		Predicate: schema.MetWith,
		Object:    schema.Entity{Name: "Ilham Aliyev", Type: schema.Person},
		Modality:  schema.Reported, Time: "2025-03", Confidence: 0.8, Start: 0, End: len(text),
	}})
	if err != nil {
		panic(err)
	}

	all, err := queries.Builtin()
	if err != nil {
		panic(err)
	}
	q, err := queries.Find("who-met", all)
	if err != nil {
		panic(err)
	}
	res, err := queries.Run(ctx, s, q, []string{"Aliyev"}, 100)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Columns)
	for _, row := range res.Rows {
		fmt.Println(row)
	}
	// Output:
	// [other type modality time sources documents evidence]
	// [Steve Witkoff Person reported 2025-03 1 1 corpus/a.txt]
}
