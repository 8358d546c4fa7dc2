package graph_test

import (
	"sort"

	"github.com/kg-project/kg/schema"
)

var (
	aliyev    = schema.Entity{Name: "Ilham Aliyev", Type: schema.Person, Aliases: []string{"Aliyev", "President Aliyev"}, QID: "Q9128"}
	witkoff   = schema.Entity{Name: "Steve Witkoff", Type: schema.Person, Aliases: []string{"Witkoff"}}
	azerbai   = schema.Entity{Name: "Azerbaijan", Type: schema.Country, ISO: "AZ", QID: "Q227"}
	armenia   = schema.Entity{Name: "Armenia", Type: schema.Country, ISO: "AM"}
	saudi     = schema.Entity{Name: "Saudi Arabia", Type: schema.Country, ISO: "SA", Aliases: []string{"Riyadh"}}
	israel    = schema.Entity{Name: "Israel", Type: schema.Country, ISO: "IL"}
	china     = schema.Entity{Name: "China", Type: schema.Country, ISO: "CN"}
	abraham   = schema.Entity{Name: "Abraham Accords", Type: schema.Agreement}
	unitedSts = schema.Entity{Name: "United States", Type: schema.Country, ISO: "US", Aliases: []string{"U.S.", "America"}}
)

func doc(source, text, title string) schema.Document {
	return schema.Document{Source: source, Title: title, URL: "https://example.com/" + source,
		Publisher: "Reuters", Published: "2025-08-02", Text: text, Hash: schema.ContentHash(text)}
}

var (
	docA = withOrigin(doc("corpus/a.txt", "Aliyev met Witkoff in Baku in March. Aliyev is president of Azerbaijan. "+
		"Saudi Arabia will not recognize Israel. Azerbaijan may import oil from China.", "Talks in Baku"), "reuters-0001")
	docB = doc("corpus/b.txt", "Witkoff said he met Aliyev. Azerbaijan borders Armenia.", "Border news")
	docC = doc("https://example.com/c", "The Abraham Accords were brokered by the United States.", "")
)

func withOrigin(d schema.Document, origin string) schema.Document {
	d.Origin = origin
	return d
}

// statementsA are docA's: one of each modality, every qualifier.
var statementsA = []schema.Statement{
	{Subject: aliyev, Predicate: schema.MetWith, Object: witkoff, Modality: schema.Asserted, Time: "2025-03",
		Confidence: 0.9, Rule: "visit-to-meet", Sentence: "Aliyev met Witkoff in Baku in March.", Start: 0, End: 36},
	{Subject: aliyev, Predicate: schema.HeadOf, Object: azerbai, Modality: schema.Reported, Role: "president",
		Confidence: 0.75, Rule: "title-of", Sentence: "Aliyev is president of Azerbaijan.", Start: 37, End: 71},
	{Subject: saudi, Predicate: schema.Recognizes, Object: israel, Modality: schema.Negated,
		Confidence: 0.8, Rule: "recognize", Sentence: "Saudi Arabia will not recognize Israel.", Start: 72, End: 111},
	{Subject: azerbai, Predicate: schema.ImportsFrom, Object: china, Modality: schema.Hedged, Commodity: "oil",
		Confidence: 0.5, Rule: "import", Sentence: "Azerbaijan may import oil from China.", Start: 112, End: 149},
}

// statementsB: docB also supports "Aliyev met_with Witkoff".
var statementsB = []schema.Statement{
	{Subject: aliyev, Predicate: schema.MetWith, Object: witkoff, Modality: schema.Reported,
		Confidence: 0.7, Rule: "said-met", Sentence: "Witkoff said he met Aliyev.", Start: 0, End: 27},
	{Subject: azerbai, Predicate: schema.Borders, Object: armenia, Modality: schema.Asserted, Time: "2025",
		Confidence: 1, Rule: "borders", Sentence: "Azerbaijan borders Armenia.", Start: 28, End: 55},
}

var statementsC = []schema.Statement{
	{Subject: unitedSts, Predicate: schema.Brokered, Object: abraham, Modality: schema.Planned,
		Confidence: 0.6, Rule: "broker", Sentence: "The Abraham Accords were brokered by the United States.", Start: 0, End: 55},
}

// want is how the store gives back st of d: Doc without Text, aliases
// sorted, in Statements order.
func want(d schema.Document, sts ...schema.Statement) []schema.Statement {
	d.Text = ""
	var out []schema.Statement
	for _, st := range sts {
		st.Doc = d
		st.Subject, st.Object = normEntity(st.Subject), normEntity(st.Object)
		out = append(out, st)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Predicate < out[j].Predicate
	})
	return out
}

func normEntity(e schema.Entity) schema.Entity {
	e.Aliases = append([]string(nil), e.Aliases...)
	sort.Strings(e.Aliases)
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	return e
}
