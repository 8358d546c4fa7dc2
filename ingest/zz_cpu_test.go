package ingest

import (
	"fmt"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestScratchCPU(t *testing.T) {
	texts := reuters(t, 1<<30)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	for round := 0; round < 3; round++ {
		c0, w0 := cpuTime(), time.Now()
		for _, s := range texts {
			Clean(s)
		}
		c, w := cpuTime()-c0, time.Since(w0)
		fmt.Printf("%d bytes: cpu %v (%.1f MB/s), wall %v (%.1f MB/s)\n", size, c, float64(size)/1e6/c.Seconds(), w, float64(size)/1e6/w.Seconds())
	}
}
