package ingest

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestScratchReasons(t *testing.T) {
	texts := reuters(t, 1<<30)
	count := map[string]int{}
	ex := map[string][]string{}
	for _, s := range texts {
		for _, u := range classifyText(s) {
			if u.junk != "" {
				count[u.junk]++
				if len(ex[u.junk]) < 8 {
					ex[u.junk] = append(ex[u.junk], u.text)
				}
			}
		}
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-28s %d\n", k, count[k])
		if os.Getenv("EX") == "" || os.Getenv("EX") == k {
			for _, e := range ex[k] {
				fmt.Printf("      %.150q\n", e)
			}
		}
	}
}
