package queries_test

import (
	"context"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// evil is a name that would break out of a string literal, a line, or an
// HTML script element if it were pasted into a program.
const evil = "Evil \"Quote\" \\ </script><script>g.Emit({x: 1})</script>\n\u2028'); g.Emit('pwned'); //"

var (
	aliyev    = schema.Entity{Name: "Ilham Aliyev", Type: schema.Person, Aliases: []string{"President Aliyev"}}
	witkoff   = schema.Entity{Name: "Steve Witkoff", Type: schema.Person}
	putin     = schema.Entity{Name: "Vladimir Putin", Type: schema.Person}
	netanyahu = schema.Entity{Name: "Benjamin Netanyahu", Type: schema.Person, Aliases: []string{"Bibi"}}
	bennett   = schema.Entity{Name: "Naftali Bennett", Type: schema.Person}
	azer      = schema.Entity{Name: "Azerbaijan", Type: schema.Country, ISO: "AZ"}
	russia    = schema.Entity{Name: "Russia", Type: schema.Country, ISO: "RU"}
	israel    = schema.Entity{Name: "Israel", Type: schema.Country, ISO: "IL"}
	kazakh    = schema.Entity{Name: "Kazakhstan", Type: schema.Country, ISO: "KZ"}
	georgiaC  = schema.Entity{Name: "Georgia", Type: schema.Country, ISO: "GE"}
	georgiaR  = schema.Entity{Name: "Georgia", Type: schema.Region}
	baku      = schema.Entity{Name: "Baku", Type: schema.City}
	ganja     = schema.Entity{Name: "Ganja", Type: schema.City}
	accords   = schema.Entity{Name: "Abraham Accords", Type: schema.Agreement}
	villain   = schema.Entity{Name: evil, Type: schema.Person, Aliases: []string{"</script>"}}
)

func st(s schema.Entity, p schema.Predicate, o schema.Entity, m schema.Modality, tm string, start int) schema.Statement {
	return schema.Statement{Subject: s, Predicate: p, Object: o, Modality: m, Time: tm,
		Confidence: 0.8, Rule: "test", Sentence: "A sentence.", Start: start, End: start + 10}
}

func withRole(s schema.Statement, role string) schema.Statement {
	s.Role = role
	return s
}

func withSentence(s schema.Statement, sentence string) schema.Statement {
	s.Sentence = sentence
	return s
}

// fixture is a small graph in memory. Documents 01 and 02 carry one
// report (origin "wire-1"), 03 another ("blog-3"); 04 was stored without an
// origin, so it is its own.
func fixture(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open("memory", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	docs := []struct {
		source, text, origin, published string
		sts                             []schema.Statement
	}{
		{"corpus/01.txt", "one", "wire-1", "2025-08-01", []schema.Statement{
			st(aliyev, schema.MetWith, witkoff, schema.Asserted, "2025-03", 0),
			withRole(st(aliyev, schema.HeadOf, azer, schema.Reported, "", 20), "president"),
			st(putin, schema.MetWith, aliyev, schema.Planned, "2025-10", 40),
			withSentence(st(azer, schema.DiplomaticRelationsWith, israel, schema.Reported, "", 60), "Azerbaijan has long had relations with Israel, sources said."),
			st(baku, schema.CapitalOf, azer, schema.Asserted, "", 80),
			st(azer, schema.Contacted, kazakh, schema.Asserted, "2025-04", 100),
		}},
		{"corpus/02.txt", "two", "wire-1", "2025-08-02", []schema.Statement{
			st(witkoff, schema.MetWith, aliyev, schema.Reported, "", 0),
			st(aliyev, schema.Visited, russia, schema.Hedged, "", 20),
			st(russia, schema.Borders, georgiaC, schema.Asserted, "", 40),
			st(russia, schema.Borders, georgiaR, schema.Asserted, "", 60),
			withSentence(st(israel, schema.DiplomaticRelationsWith, azer, schema.Asserted, "2025", 80), "Israel and Azerbaijan have diplomatic relations."),
			st(kazakh, schema.CandidateFor, accords, schema.Reported, "", 100),
		}},
		{"corpus/03.txt", "three", "blog-3", "", []schema.Statement{
			st(witkoff, schema.MetWith, netanyahu, schema.Asserted, "2025-07", 0),
			withSentence(st(azer, schema.DiplomaticRelationsWith, israel, schema.Negated, "", 20), "Azerbaijan has yet to formalize relations with Israel."),
			st(aliyev, schema.MetWith, witkoff, schema.Asserted, "", 40),
			st(ganja, schema.CapitalOf, azer, schema.Asserted, "", 60),
			st(israel, schema.PartyTo, accords, schema.Asserted, "2020", 80),
			st(azer, schema.PartyTo, accords, schema.Planned, "", 100),
			withRole(st(netanyahu, schema.HeadOf, israel, schema.Asserted, "2025", 120), "prime minister"),
		}},
		{"corpus/04.txt", "four", "", "2025-08-04", []schema.Statement{
			st(villain, schema.MetWith, aliyev, schema.Asserted, "", 0),
			withRole(st(bennett, schema.HeadOf, israel, schema.Asserted, "", 20), "Prime Minister"),
			withRole(st(witkoff, schema.WorksFor, israel, schema.Negated, "", 40), "envoy"),
		}},
	}
	for _, d := range docs {
		doc := schema.Document{Source: d.source, Text: d.text, Hash: schema.ContentHash(d.text), Origin: d.origin, Published: d.published}
		if _, err := s.WriteDocument(context.Background(), doc, d.sts); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
