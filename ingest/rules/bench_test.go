package rules_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/rules"
	"github.com/kg-project/kg/schema"
)

const reutersPath = "../../../shared/corpus/reuters21578/reuters21578.jsonl"

// reuters returns the first n cleaned Reuters stories, skipping the
// benchmark when ../shared is absent.
func reuters(b *testing.B, n int) []schema.Document {
	b.Helper()
	f, err := os.Open(reutersPath)
	if err != nil {
		b.Skip("../shared/corpus/reuters21578 is absent: skipping the extraction benchmark")
	}
	defer f.Close()
	var docs []schema.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() && len(docs) < n {
		var rec struct{ ID, Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ingest.Prepare(ingest.Raw{Source: rec.ID, Text: rec.Text, Published: ingest.NormalizeDate(rec.Date)}))
	}
	return docs
}

func size(docs []schema.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkExtract measures the rule extractor alone (no store) on Reuters
// stories: MB/s of cleaned article text.
func BenchmarkExtract(b *testing.B) {
	benchExtract(b, false)
}

// BenchmarkExtractLearned is BenchmarkExtract with the learned pair
// classifier on (kg ingest --learned).
func BenchmarkExtractLearned(b *testing.B) {
	benchExtract(b, true)
}

func benchExtract(b *testing.B, learned bool) {
	docs := reuters(b, 20000)
	x := rules.New(nil)
	if learned {
		m, err := rules.DefaultPairModel()
		if err != nil {
			b.Fatal(err)
		}
		x.Pairs = m
	}
	x.Extract(docs[0]) // load the gazetteer and the tagger outside the timer
	b.SetBytes(size(docs))
	b.ResetTimer()
	stmts := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			st, _ := x.Extract(d)
			stmts += len(st)
		}
	}
	b.ReportMetric(float64(stmts)/float64(b.N), "statements/op")
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtractSample and BenchmarkProseNER run on the same 300
// stories, so their MB/s compare directly: kg's whole extractor against
// prose's segmentation, tagging and named-entity recognition alone.
func BenchmarkExtractSample(b *testing.B) {
	docs := reuters(b, 300)
	x := rules.New(nil)
	x.Extract(docs[0]) // load the gazetteer and the tagger outside the timer
	b.SetBytes(size(docs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}

// prose reloads its models on every NewDocument (about a third of a
// second for NER), so it gets the stories joined into one text: the most
// favourable way to run it.
func BenchmarkProseNER(b *testing.B) {
	docs := reuters(b, 300)
	var all strings.Builder
	for _, d := range docs {
		all.WriteString(d.Text)
		all.WriteString("\n\n")
	}
	text := all.String()
	b.SetBytes(size(docs))
	b.ResetTimer()
	ents := 0
	for i := 0; i < b.N; i++ {
		pd, err := prose.NewDocument(text)
		if err != nil {
			b.Fatal(err)
		}
		ents += len(pd.Entities())
	}
	b.ReportMetric(float64(ents)/float64(b.N), "entities/op")
}
