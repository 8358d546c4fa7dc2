// Command trainpairs trains kg's pair model (ingest/rules/pairs.go) on a
// gold standard in the format of shared/eval and writes it where the
// extractor embeds it:
//
//	go run ./ingest/rules/trainpairs -gold ../shared/eval/conll04-train
//
// Training is deterministic: the same gold and code give the same bytes,
// which TestPairModelReproducible checks.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/ingest/rules"
)

func main() {
	gold := flag.String("gold", "../shared/eval/conll04-train", "gold set to train on (corpus.jsonl, triples.jsonl)")
	silver := flag.String("silver", "../shared/corpus/reuters21578/reuters21578.jsonl", "news (JSON lines) whose pairs the rules label as silver examples; \"\" for none")
	every := flag.Int("every", 6, "use every n-th record of -silver")
	out := flag.String("out", "ingest/rules/data/pairs.json.gz", "model file to write")
	flag.Parse()
	if err := run(*gold, *silver, *every, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainpairs:", err)
		os.Exit(1)
	}
}

func run(gold, silver string, every int, out string) error {
	var buf bytes.Buffer
	rep, err := rules.TrainGold(&buf, gold, silver, every, gazetteer.Default())
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s\nwrote %s (%d bytes)\n", rep, out, buf.Len())
	return nil
}
