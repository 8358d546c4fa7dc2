package export_test

import (
	"flag"
	"fmt"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// Entities of the fixture: names with XML and DOT specials, quotes,
// backslashes, a DOT keyword and non-ASCII letters.
var (
	aliyev   = schema.Entity{Name: "Ilham Aliyev", Type: schema.Person, Aliases: []string{"Aliyev", "İlham Əliyev"}}
	witkoff  = schema.Entity{Name: `Steve "The Envoy" Witkoff`, Type: schema.Person, Aliases: []string{"Witkoff", "Acme, Inc. envoy"}}
	azer     = schema.Entity{Name: "Azerbaijan", Type: schema.Country, ISO: "AZ", QID: "Q227", Aliases: []string{"Republic of Azerbaijan"}}
	att      = schema.Entity{Name: "AT&T <Holdings>", Type: schema.Organization}
	accord   = schema.Entity{Name: "O'Brien's Accord", Type: schema.Agreement}
	zurich   = schema.Entity{Name: "Zürich", Type: schema.City, QID: "Q72"}
	backzone = schema.Entity{Name: `Back\slash "Zone"`, Type: schema.Region}
	graphOrg = schema.Entity{Name: "graph", Type: schema.Organization, Aliases: []string{"strict", "node"}}
)

var (
	docA = schema.Document{Source: "news/a.txt", Title: `Talks <in> "Baku" & more`, Published: "2025-03-18", Hash: "aaaa"}
	docB = schema.Document{Source: "news/b.html", Title: "Zürich — Ärger", Published: "2025-04-02T10:00:00Z", Hash: "bbbb", URL: "https://example.org/b?x=1&y=<2>"}
	docC = schema.Document{Source: "wire/c.jsonl#3", Hash: "cccc"}
)

// fixture is a small set of statements in the order Store.Statements
// gives them (by document), covering symmetric facts stated both ways,
// several documents, every modality, time prefixes of every length,
// roles, and text that needs escaping in every format.
func fixture() []schema.Statement {
	st := func(d schema.Document, s schema.Entity, p schema.Predicate, o schema.Entity, m schema.Modality, t string, conf float64, sentence string) schema.Statement {
		return schema.Statement{Subject: s, Predicate: p, Object: o, Modality: m, Time: t, Confidence: conf,
			Rule: "fixture", Sentence: sentence, Start: len(sentence), End: 2 * len(sentence), Doc: d}
	}
	sts := []schema.Statement{
		st(docA, witkoff, schema.MetWith, aliyev, schema.Asserted, "2025-03", 0.9,
			`Witkoff met Aliyev in Baku <today> & said "peace" isn't far.`),
		st(docA, aliyev, schema.HeadOf, azer, schema.Asserted, "", 0.95, "President Ilham Aliyev of Azerbaijan\tspoke."),
		st(docA, azer, schema.PartyTo, accord, schema.Hedged, "2025", 0.6, "Azerbaijan may join O'Brien's Accord."),
		st(docB, aliyev, schema.MetWith, witkoff, schema.Reported, "2025-04-01", 0.8, "Aliyev met the envoy, officials said.\r\nThey talked."),
		st(docB, aliyev, schema.HeadOf, azer, schema.Asserted, "", 0.9, "Aliyev, Azerbaijan's president, ..."),
		st(docB, att, schema.BasedIn, zurich, schema.Asserted, "198", 0.7, `AT&T <Holdings> moved to Zürich in the 1980s \o/`),
		st(docB, graphOrg, schema.MemberOf, att, schema.Reported, "", 0.5, "graph joined AT&T, it said."),
		st(docB, witkoff, schema.Visited, zurich, schema.Planned, "2025-09", 0.7, "Witkoff plans to visit Zürich in September."),
		st(docC, witkoff, schema.MetWith, aliyev, schema.Asserted, "", 0.7, "The two men met again."),
		st(docC, backzone, schema.LocatedIn, azer, schema.Asserted, "1987-02-26", 0.85, `Back\slash "Zone" lies in Azerbaijan.`),
		st(docC, azer, schema.Sanctioned, att, schema.Negated, "", 0.75, "Azerbaijan did not sanction AT&T."),
	}
	sts[1].Role = "president"
	sts[4].Role = "president"
	return sts
}

// source streams sts as a Source.
func source(sts []schema.Statement) export.Source {
	return func(fn func(schema.Statement) error) error {
		for _, st := range sts {
			if err := fn(st); err != nil {
				return err
			}
		}
		return nil
	}
}

// synthetic makes n statements among about n/20 entities over n/10
// documents, deterministically, for benchmarks and scale checks.
func synthetic(n int) []schema.Statement {
	types := schema.EntityTypes
	preds := []schema.Predicate{schema.MetWith, schema.HeadOf, schema.Visited, schema.Borders, schema.Supported,
		schema.Criticized, schema.MemberOf, schema.TradesWith}
	mods := []schema.Modality{schema.Asserted, schema.Asserted, schema.Asserted, schema.Reported, schema.Reported, schema.Hedged, schema.Negated, schema.Planned}
	entities := max(n/20, 10)
	ent := func(i int) schema.Entity {
		return schema.Entity{Name: fmt.Sprintf("Entity %d <%c>", i, 'A'+i%26), Type: types[i%len(types)],
			Aliases: []string{fmt.Sprintf("E%d", i)}}
	}
	sts := make([]schema.Statement, n)
	x := uint64(1)
	next := func(m int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(m))
	}
	docs := max(n/10, 1)
	for i := range sts {
		d := i * docs / n
		// Zipf-ish: low entity numbers are popular.
		s := next(entities) * next(entities) / entities
		o := next(entities)
		sts[i] = schema.Statement{
			Subject: ent(s), Predicate: preds[next(len(preds))], Object: ent(o), Modality: mods[next(len(mods))],
			Time: fmt.Sprintf("%d-%02d", 1980+next(45), 1+next(12)), Confidence: float64(50+next(50)) / 100,
			Rule: "synthetic", Sentence: fmt.Sprintf("Sentence %d about entity %d & entity %d.", i, s, o),
			Start: i, End: i + 40,
			Doc: schema.Document{Source: fmt.Sprintf("synthetic/%06d.txt", d), Title: fmt.Sprintf("Doc %d", d),
				Published: "2025-01-01", Hash: fmt.Sprintf("%064x", d)},
		}
	}
	return sts
}
