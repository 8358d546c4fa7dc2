package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratch(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/seeds/*.txt")
	for _, f := range files {
		if os.Getenv("SEED") != "" && filepath.Base(f)[:3] != os.Getenv("SEED") {
			continue
		}
		b, _ := os.ReadFile(f)
		fmt.Printf("=========== %s\n%s\n", f, Clean(string(b)))
		var r Raw
		textDoc(string(b), &r)
		fmt.Printf("--- title=%q published=%q\n", r.Title, r.Published)
	}
}
