package pos_test

import (
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"

	"github.com/kg-project/kg/ingest/pos"
)

// benchCorpus is testdata/news.txt, one sentence a line, with its tokens
// as prose's tokenizer splits them (so both taggers see the same tokens).
func benchCorpus(b *testing.B) (texts []string, tokens [][]string, n int) {
	texts = sentences(b)
	for _, s := range texts {
		toks := proseTokens(b, s)
		tokens = append(tokens, toks)
		n += len(toks)
	}
	return texts, tokens, n
}

// BenchmarkTag tags the news sentences with pos and with prose, in the
// same run. prose's tagger is reachable only through NewDocument, which
// also tokenizes; the prose sub-benchmark times NewDocument with and
// without tagging on each sentence and reports tokens/s of the difference
// (prose's tagger alone) beside doc-tokens/s (tokenizer and tagger).
func BenchmarkTag(b *testing.B) {
	texts, tokens, n := benchCorpus(b)
	b.Run("pos", func(b *testing.B) {
		tg := pos.Default()
		var tags []string
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, toks := range tokens {
				tags = tg.TagInto(toks, tags)
			}
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("prose", func(b *testing.B) {
		proseTag(b, texts[0]) // load prose's model once, outside the timer
		b.ResetTimer()
		var tagged, tokenized time.Duration
		for i := 0; i < b.N; i++ {
			for _, s := range texts {
				t0 := time.Now()
				if _, err := prose.NewDocument(s, prose.WithSegmentation(false),
					prose.WithExtraction(false), prose.UsingModel(proseModel)); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := prose.NewDocument(s, prose.WithSegmentation(false),
					prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
					b.Fatal(err)
				}
				tagged += t1.Sub(t0)
				tokenized += time.Since(t1)
			}
		}
		total := float64(n) * float64(b.N)
		b.ReportMetric(total/(tagged-tokenized).Seconds(), "tokens/s")
		b.ReportMetric(total/tagged.Seconds(), "doc-tokens/s")
	})
}

// BenchmarkTagParallel is pos on all CPUs through the shared tagger.
func BenchmarkTagParallel(b *testing.B) {
	_, tokens, n := benchCorpus(b)
	tg := pos.Default()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var tags []string
		for pb.Next() {
			for _, toks := range tokens {
				tags = tg.TagInto(toks, tags)
			}
		}
	})
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad is a fresh load of the model (what Default pays once).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := pos.LoadModel(); err != nil {
			b.Fatal(err)
		}
	}
}
