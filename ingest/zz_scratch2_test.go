package ingest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchReuters(t *testing.T) {
	var texts []Raw
	err := Walk(context.Background(), []string{"../../shared/corpus/reuters21578/reuters21578.jsonl"}, LoadOptions{}, func(r Raw) error {
		texts = append(texts, r)
		return nil
	}, func(e *DocError) { t.Log(e) })
	if err != nil {
		t.Fatal(err)
	}
	lostDocs, shown, lostW, allW := 0, 0, 0, 0
	for _, r := range texts {
		out := Clean(r.Text)
		in := strings.Fields(r.Text)
		allW += len(in)
		cnt := map[string]int{}
		for _, w := range strings.Fields(out) {
			cnt[w]++
		}
		var lost []string
		for _, w := range in {
			if cnt[w] > 0 {
				cnt[w]--
			} else {
				lost = append(lost, w)
			}
		}
		if len(lost) > 0 {
			lostDocs++
			lostW += len(lost)
			if shown < 60 && os.Getenv("SHOW") != "" {
				shown++
				fmt.Printf("---- %s lost %d: %q\n", r.Source, len(lost), strings.Join(lost, " "))
			}
		}
	}
	fmt.Printf("docs losing words: %d; words lost %d of %d\n", lostDocs, lostW, allW)
}
