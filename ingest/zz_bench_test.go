package ingest

import (
	"context"
	"testing"
)

func BenchmarkScratchReuters(b *testing.B) {
	var texts []string
	total := 0
	Walk(context.Background(), []string{"../../shared/corpus/reuters21578/reuters21578.jsonl"}, LoadOptions{}, func(r Raw) error {
		if len(texts) < 4000 {
			texts = append(texts, r.Text)
			total += len(r.Text)
		}
		return nil
	}, nil)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Clean(t)
		}
	}
}
