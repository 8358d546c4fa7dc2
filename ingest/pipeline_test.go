package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/schema"
)

// slowExtractor takes longer on documents whose text says "slow", and
// fails on those that say "boom".
type slowExtractor struct{}

func (slowExtractor) Extract(d schema.Document) ([]schema.Statement, error) {
	if strings.Contains(d.Text, "slow") {
		time.Sleep(30 * time.Millisecond)
	}
	if strings.Contains(d.Text, "boom") {
		return nil, errors.New("boom")
	}
	return []schema.Statement{{Doc: d, Sentence: d.Text}}, nil
}

func TestRunKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := 0; i < 40; i++ {
		text := fmt.Sprintf("Story number %d.", i)
		if i%7 == 0 {
			text += " It is slow."
		}
		name := fmt.Sprintf("%02d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, filepath.Join(dir, name))
	}
	// A repeat of story 3 later in the input is skipped; the first in
	// input order stays the document.
	if err := os.WriteFile(filepath.Join(dir, "99-repeat.txt"), []byte("Story number 3.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "98-bad.txt"), []byte("This one goes boom.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	var skipped []string
	var failed []string
	err := Run(context.Background(), []string{dir}, Options{Workers: 4}, slowExtractor{}, func(r Result) error {
		if r.Skipped {
			skipped = append(skipped, filepath.Base(r.Doc.Source))
			return nil
		}
		got = append(got, r.Doc.Source)
		return nil
	}, func(e *DocError) { failed = append(failed, filepath.Base(e.Source)) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n got %v\nwant %v", got, want)
	}
	if len(skipped) != 1 || skipped[0] != "99-repeat.txt" {
		t.Errorf("skipped %v, want [99-repeat.txt]", skipped)
	}
	if len(failed) != 1 || failed[0] != "98-bad.txt" {
		t.Errorf("failed %v, want [98-bad.txt]", failed)
	}
}

func TestRunSkipsStored(t *testing.T) {
	dir := t.TempDir()
	for i, text := range []string{"Stored already.", "New story."} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stored := schema.ContentHash(Clean("Stored already."))
	extracted := 0
	err := Run(context.Background(), []string{dir}, Options{
		Seen: func(h string) (bool, error) { return h == stored, nil },
	}, extractorFunc(func(d schema.Document) ([]schema.Statement, error) {
		extracted++
		return nil, nil
	}), func(Result) error { return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if extracted != 1 {
		t.Errorf("extracted %d documents, want 1 (the stored one is skipped before extraction)", extracted)
	}
}

type extractorFunc func(schema.Document) ([]schema.Statement, error)

func (f extractorFunc) Extract(d schema.Document) ([]schema.Statement, error) { return f(d) }
