package ingest

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestScratchWalkSpeed(t *testing.T) {
	st := time.Now()
	var n, b int64
	Walk(context.Background(), []string{"../../shared/corpus/reuters21578/reuters21578.jsonl"}, LoadOptions{}, func(r Raw) error {
		n++
		b += r.Bytes
		return nil
	}, nil)
	fmt.Printf("%d docs %d bytes in %v (%.1f MB/s)\n", n, b, time.Since(st), float64(b)/1e6/time.Since(st).Seconds())
}
