package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchSeed(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	s := string(b)
	if os.Getenv("NOEND") != "" {
		s = strings.ReplaceAll(s, "End of Article", "")
	}
	out := Clean(s)
	lines := strings.Split(out, "\n")
	n := len(lines)
	if v := os.Getenv("N"); v != "" {
		fmt.Sscan(v, &n)
	}
	for _, l := range lines[:min(n, len(lines))] {
		fmt.Println(l)
	}
}
