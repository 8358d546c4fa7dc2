package rules

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/schema"
)

const (
	conllTrain  = "../../../shared/eval/conll04-train"
	reutersNews = "../../../shared/corpus/reuters21578/reuters21578.jsonl"
)

func TestDefaultPairModel(t *testing.T) {
	m, err := DefaultPairModel()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Labels) < 2 || m.Threshold <= 0 || m.Threshold >= 1 || len(m.Weights) < 1000 {
		t.Fatalf("shipped model looks empty: %d labels, threshold %v, %d features", len(m.Labels), m.Threshold, len(m.Weights))
	}
}

func TestPairModelReadWrite(t *testing.T) {
	m := &PairModel{Labels: []string{"", "lives_in"}, Threshold: 0.5, Weights: map[string][]float32{"bias": {0, 1}}}
	var buf bytes.Buffer
	if err := WritePairModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	back, err := ReadPairModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if p := back.Probs([]string{"bias", "unknown feature"}); p[1] < 0.7 || p[1] > 0.75 {
		t.Errorf("probability of lives_in = %v, want e/(1+e)", p[1])
	}
	for name, bad := range map[string]*PairModel{
		"no none label":   {Labels: []string{"lives_in"}},
		"not a predicate": {Labels: []string{"", "lives_near"}},
		"short weights":   {Labels: []string{"", "lives_in"}, Weights: map[string][]float32{"bias": {1}}},
	} {
		buf.Reset()
		if err := WritePairModel(&buf, bad); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadPairModel(&buf); err == nil {
			t.Errorf("%s: read without error", name)
		}
	}
	if _, err := ReadPairModel(strings.NewReader("not gzip")); err == nil {
		t.Error("a file that is not gzip read without error")
	}
}

// TestTrainPairsLearns trains on examples whose label a feature decides
// and checks the model predicts it on unseen documents.
func TestTrainPairsLearns(t *testing.T) {
	labels := []string{"", "lives_in", "works_for"}
	var ex []LabeledPair
	for i := 0; i < 60; i++ {
		doc := fmt.Sprintf("d%d", i)
		ex = append(ex,
			LabeledPair{Doc: doc, Features: []string{"bias", "bw=>born", fmt.Sprintf("noise%d", i%7)}, Label: 1},
			LabeledPair{Doc: doc, Features: []string{"bias", "bw=>employed", fmt.Sprintf("noise%d", i%5)}, Label: 2},
			LabeledPair{Doc: doc, Features: []string{"bias", "bw=>and", fmt.Sprintf("noise%d", i%3)}, Label: 0},
		)
	}
	var rep TrainReport
	m := TrainPairs(ex, nil, labels, TrainOptions{}, &rep)
	for f, want := range map[string]int{"bw=>born": 1, "bw=>employed": 2, "bw=>and": 0} {
		p := m.Probs([]string{"bias", f, "noise-unseen"})
		best := argmax(p)
		if best != want {
			t.Errorf("%s: predicted %q (%v), want %q", f, labels[best], p, labels[want])
		}
	}
	if rep.CVF1 < 0.99 {
		t.Errorf("cross-validated F1 on separable data = %.3f", rep.CVF1)
	}
}

// biased returns a model that gives every candidate pair the label pred.
func biased(pred schema.Predicate) *PairModel {
	labels := []string{""}
	for _, p := range pairPredicates {
		labels = append(labels, string(p))
	}
	w := make([]float32, len(labels))
	for k, l := range labels {
		if l == string(pred) {
			w[k] = 8
		}
	}
	return &PairModel{Labels: labels, Threshold: 0.5, Weights: map[string][]float32{"bias": w}}
}

func learned(x *Extractor, text string) []string {
	sts, _ := x.Extract(schema.Document{Source: "t", Text: text})
	var out []string
	for _, s := range sts {
		if strings.HasPrefix(s.Rule, "learned-pair") {
			out = append(out, fmt.Sprintf("%s %s %s %s", s.Subject.Name, s.Predicate, s.Object.Name, s.Modality))
		}
	}
	return out
}

// TestLearnedPairGuards checks what the extractor does with the model's
// answers whatever they are: types, the gazetteer, kill words, modality,
// headlines and the rules' own relations come first.
func TestLearnedPairGuards(t *testing.T) {
	x := New(gazetteer.Default())
	for _, c := range []struct {
		pred schema.Predicate
		text string
		want []string
	}{
		// the town's relation comes from the rules; the state's from the model
		{schema.LivesIn, "In 1912, the novelist Agnes Merrow was born in Hallowell, Maine.", []string{"Agnes Merrow lives_in Maine asserted"}},
		// attribution is kept
		{schema.LivesIn, "Tom Pell, the painter, often walked through Hallowell, Maine, friends said.", []string{"Tom Pell lives_in Maine reported"}},
		// denied, hedged or planned: left out, never stated with that modality
		{schema.LivesIn, "Tom Pell, the painter, never set foot in Hallowell, Maine.", nil},
		{schema.LivesIn, "Tom Pell, the painter, may move to Hallowell, Maine.", nil},
		// headlines and credit lines
		{schema.LivesIn, "Painter Tom Pell Returns To Hallowell, Maine", nil},
		{schema.LivesIn, "(Reporting by Tom Pell in Hallowell, Maine)", nil},
		// people the gazetteer knows
		{schema.LivesIn, "Ilham Aliyev spoke in Baku on Tuesday.", nil},
		// countries are not located in places; known places keep the gazetteer's geography
		{schema.LocatedIn, "Trade between Armenia and Georgia grew.", nil},
		{schema.LocatedIn, "Flights between Baku and Yerevan resumed.", nil},
		// killed needs a word of killing near the pair
		{schema.Killed, "Agnes Merrow thanked Tom Pell for the flowers.", nil},
		{schema.Killed, "The assassin Agnes Merrow and her victim Tom Pell were both 30.", []string{"Agnes Merrow killed Tom Pell asserted"}},
	} {
		x.Pairs = biased(c.pred)
		got := learned(x, c.text)
		// the biased model relates every pair the types allow: keep the
		// pairs the test names
		var kept []string
		for _, g := range got {
			if len(c.want) == 0 || strings.HasPrefix(g, strings.Fields(c.want[0])[0]) {
				kept = append(kept, g)
			}
		}
		if len(c.want) == 0 && len(got) > 0 || len(c.want) > 0 && !slices.Contains(kept, c.want[0]) {
			t.Errorf("%s\n%q\n got %q\nwant %q", c.pred, c.text, got, c.want)
		}
	}
	x.Pairs = nil
	if got := learned(x, "In 1912, the novelist Agnes Merrow was born in Hallowell, Maine."); len(got) > 0 {
		t.Errorf("without a model: %q", got)
	}
}

// TestShippedPairModel runs the shipped model on sentences written here.
func TestShippedPairModel(t *testing.T) {
	m, err := DefaultPairModel()
	if err != nil {
		t.Fatal(err)
	}
	x := New(gazetteer.Default())
	x.Pairs = m
	for text, want := range map[string]string{
		"In 1912, the novelist Agnes Merrow was born in Hallowell, Maine.":    "Agnes Merrow lives_in Maine asserted",
		"In 1887, the inventor Halvor Dunmore was born in Fairhope, Alabama.": "Halvor Dunmore lives_in Alabama asserted",
	} {
		if got := learned(x, text); !slices.Contains(got, want) {
			t.Errorf("%q\n got %q\nwant %q", text, got, want)
		}
	}
}

// TestPairModelReproducible retrains the pair model from the gold set
// and the news it was made with, and checks the shipped file is exactly
// that: the model is a product of this code and ../shared, nothing else.
func TestPairModelReproducible(t *testing.T) {
	if _, err := os.Stat(conllTrain); err != nil {
		t.Skip("../shared/eval/conll04-train is absent: cannot retrain the pair model")
	}
	if _, err := os.Stat(reutersNews); err != nil {
		t.Skip("../shared/corpus/reuters21578 is absent: cannot retrain the pair model")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	var buf bytes.Buffer
	rep, err := TrainGold(&buf, conllTrain, reutersNews, 6, gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep)
	if !bytes.Equal(buf.Bytes(), pairModelData) {
		t.Fatal("ingest/rules/data/pairs.json.gz is not what training gives now: run `go run ./ingest/rules/trainpairs` and commit the file")
	}
}
