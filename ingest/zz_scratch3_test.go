package ingest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchOne(t *testing.T) {
	ids := strings.Split(os.Getenv("IDS"), ",")
	Walk(context.Background(), []string{"../../shared/corpus/reuters21578/reuters21578.jsonl"}, LoadOptions{}, func(r Raw) error {
		for _, id := range ids {
			if r.Source == id {
				fmt.Printf("======== %s\n%s\n-------- cleaned:\n%s\n", id, r.Text, Clean(r.Text))
			}
		}
		return nil
	}, nil)
}

func TestScratchExplain(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	for _, u := range classifyText(string(b)) {
		fmt.Printf("%-28s|%3d| %.100s\n", u.junk, u.block, u.text)
	}
}

func TestScratchWalk(t *testing.T) {
	Walk(context.Background(), []string{"testdata/load"}, LoadOptions{}, func(r Raw) error {
		fmt.Printf("RAW %+v\n", r)
		fmt.Printf("CLEAN %q\n", Clean(r.Text))
		return nil
	}, func(e *DocError) { fmt.Printf("ERR %v (off %d)\n", e, e.Offset) })
}
