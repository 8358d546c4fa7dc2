package export_test

import (
	"io"
	"sync"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

var (
	benchOnce sync.Once
	benchSts  []schema.Statement
)

// BenchmarkExport exports 200,000 synthetic statements (10,000 entities,
// 20,000 documents, every modality) in each format, from aggregation to
// the last byte, and reports the output size. scripts/export-bench.sh
// measures the same on a real store with peak memory.
func BenchmarkExport(b *testing.B) {
	benchOnce.Do(func() { benchSts = synthetic(200_000) })
	for _, f := range export.Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			var n countWriter
			for i := 0; i < b.N; i++ {
				n = 0
				if f == export.CSV {
					g, err := export.Build(source(benchSts), export.Options{})
					if err != nil {
						b.Fatal(err)
					}
					if err := export.WriteCSV(&n, &n, g); err != nil {
						b.Fatal(err)
					}
					continue
				}
				if _, err := export.Export(&n, f, source(benchSts), export.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/1e6, "MB/export")
			b.ReportMetric(float64(len(benchSts))*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
		})
	}
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
