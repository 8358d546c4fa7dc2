package gazetteer_test

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/kg-project/kg/ingest/gazetteer"
)

func TestZZRun(t *testing.T) {
	path := os.Getenv("GZFILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	g := gazetteer.Default()
	counts := map[string]int{}
	for _, m := range g.Match(string(b)) {
		k := fmt.Sprintf("%s -> %s (%s)", m.Text, m.Entry.Name, m.Entry.Type)
		if m.Demonym {
			k += " *"
		}
		counts[k]++
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(counts[k], k)
	}
}
