package export_test

import (
	"fmt"
	"os"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

// Three statements become two facts: the two meetings, stated in either
// direction, are one undirected met_with edge supported by two documents.
func ExampleBuild() {
	aliyev := schema.Entity{Name: "Ilham Aliyev", Type: schema.Person}
	witkoff := schema.Entity{Name: "Steve Witkoff", Type: schema.Person}
	azer := schema.Entity{Name: "Azerbaijan", Type: schema.Country, ISO: "AZ"}
	a := schema.Document{Source: "a.txt", Published: "2025-03-18"}
	b := schema.Document{Source: "b.txt", Published: "2025-04-02"}
	sts := []schema.Statement{
		{Subject: witkoff, Predicate: schema.MetWith, Object: aliyev, Modality: schema.Asserted, Time: "2025-03", Confidence: 0.9, Doc: a},
		{Subject: aliyev, Predicate: schema.HeadOf, Object: azer, Modality: schema.Asserted, Confidence: 0.95, Doc: a},
		{Subject: aliyev, Predicate: schema.MetWith, Object: witkoff, Modality: schema.Reported, Confidence: 0.8, Doc: b},
	}
	src := func(fn func(schema.Statement) error) error {
		for _, st := range sts {
			if err := fn(st); err != nil {
				return err
			}
		}
		return nil
	}
	g, err := export.Build(src, export.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range g.Facts {
		fmt.Printf("%s %s %s: %d documents, %s to %s, directed %v\n",
			g.Nodes[f.Subject].Label, f.Predicate, g.Nodes[f.Object].Label, f.Documents, f.First, f.Last, f.Directed)
	}
	if err := export.WriteCSV(os.Stdout, os.Stdout, g); err != nil {
		panic(err)
	}
	// Output:
	// Ilham Aliyev head_of Azerbaijan: 1 documents, 2025-03-18 to 2025-03-18, directed true
	// Ilham Aliyev met_with Steve Witkoff: 2 documents, 2025-03 to 2025-04-02, directed false
	// Id,Label,Type,IRI,Aliases,ISO,QID,Degree,Mentions,Seed,Color,Size,X,Y
	// n0,Azerbaijan,Country,kg:country/azerbaijan,,AZ,,1,1,false,#e15759,10,-6.4,16.4
	// n1,Ilham Aliyev,Person,kg:person/ilham_aliyev,,,,2,3,false,#4e79a7,12.07,0.02,-0.06
	// n2,Steve Witkoff,Person,kg:person/steve_witkoff,,,,1,2,false,#4e79a7,10,6.49,-16.65
	// Source,Target,Type,Id,Label,Weight,Predicate,Modality,Fact,Statements,Documents,Sources,First,Last,Confidence,Role,Sentence,Evidence,Color
	// n1,n0,Directed,e0,head of,1,head_of,asserted,true,1,1,1,2025-03-18,2025-03-18,0.95,,,a.txt,#8c8c8c
	// n1,n2,Undirected,e1,met with,2,met_with,asserted,true,2,2,2,2025-03,2025-04-02,0.9,,,a.txt | b.txt,#8c8c8c
}
