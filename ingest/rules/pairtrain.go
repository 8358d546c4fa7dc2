package rules

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Training the pair model. The training set is a gold standard in the
// format of shared/eval (corpus.jsonl, triples.jsonl): every candidate
// pair the extractor sees in a document is labelled with the gold
// predicate whose subject and object name its two mentions, or with no
// relation. Gold names are compared loosely here, by surface text,
// canonical name, gazetteer alias or a title or place qualifier around
// the mention ("President Lincoln", "North Bend, Ohio"), so that a pair
// is not taught as unrelated only because the gold spells its names
// another way.

// TrainOptions tunes training; the zero value takes the defaults.
type TrainOptions struct {
	Epochs   int     // passes over the data (15)
	Rate     float64 // AdaGrad learning rate (0.3)
	L2       float64 // weight decay per update (1e-4)
	MinCount int     // features seen fewer times are dropped (2)
	Folds    int     // cross-validation folds for the threshold (5)
	Seed     uint64  // shuffling seed (1)
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 15
	}
	if o.Rate == 0 {
		o.Rate = 0.3
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
}

// LabeledPair is a training example: features and the label's index.
type LabeledPair struct {
	Doc      string
	Features []string
	Label    int
}

// TrainReport says what training saw and how the threshold was chosen.
type TrainReport struct {
	Documents, Candidates, Positives int
	GoldFacts, GoldMatched           int     // gold facts, and those some candidate pair names
	Silver                           int     // silver pairs from unannotated news
	Threshold                        float64 // chosen by cross-validation
	CVPrecision, CVRecall, CVF1      float64 // pair-level, at that threshold
}

func (r TrainReport) String() string {
	return fmt.Sprintf("documents %d, candidate pairs %d (%d related); gold facts %d, %d of them on a candidate pair; silver pairs %d; threshold %.2f: cross-validated pair precision %.3f recall %.3f F1 %.3f",
		r.Documents, r.Candidates, r.Positives, r.GoldFacts, r.GoldMatched, r.Silver, r.Threshold, r.CVPrecision, r.CVRecall, r.CVF1)
}

type goldFact struct {
	s, p, o string
}

// LabelGold reads the gold set in dir and labels every candidate pair
// the extractor x finds in its corpus.
func LabelGold(x *Extractor, g *gazetteer.Gazetteer, dir string) ([]LabeledPair, []string, TrainReport, error) {
	var rep TrainReport
	type record struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	var docs []record
	if err := readJSONL(filepath.Join(dir, "corpus.jsonl"), func(line []byte) error {
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		docs = append(docs, r)
		return nil
	}); err != nil {
		return nil, nil, rep, err
	}
	gold := map[string][]goldFact{}
	labelSet := map[string]bool{}
	if err := readJSONL(filepath.Join(dir, "triples.jsonl"), func(line []byte) error {
		var t struct {
			S, P, O string
			Docs    []string
		}
		if err := json.Unmarshal(line, &t); err != nil {
			return err
		}
		if !schema.Predicate(t.P).Valid() {
			return fmt.Errorf("predicate %q is not in SCHEMA.md", t.P)
		}
		labelSet[t.P] = true
		for _, d := range t.Docs {
			gold[d] = append(gold[d], goldFact{t.S, t.P, t.O})
			rep.GoldFacts++
		}
		return nil
	}); err != nil {
		return nil, nil, rep, err
	}
	labels := []string{""}
	for _, p := range pairPredicates {
		if labelSet[string(p)] {
			labels = append(labels, string(p))
		}
	}
	index := map[string]int{}
	for k, l := range labels {
		index[l] = k
	}
	x.Pairs = nil // candidates and features only
	var out []LabeledPair
	seenDoc := map[string]bool{}
	for _, d := range docs {
		if seenDoc[d.ID] {
			continue
		}
		seenDoc[d.ID] = true
		rep.Documents++
		facts := gold[d.ID]
		matched := make([]bool, len(facts))
		for _, ex := range x.PairExamples(schema.Document{Source: d.ID, Text: d.Text}) {
			label := 0
			for k, f := range facts {
				l, ok := index[f.p]
				if ok && nameMatches(g, f.s, ex.Subj) && nameMatches(g, f.o, ex.Obj) {
					label = l
					matched[k] = true
					break
				}
			}
			out = append(out, LabeledPair{Doc: d.ID, Features: ex.Features, Label: label})
			rep.Candidates++
			if label != 0 {
				rep.Positives++
			}
		}
		for _, m := range matched {
			if m {
				rep.GoldMatched++
			}
		}
	}
	return out, labels, rep, nil
}

func readJSONL(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		if err := each(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

var spaces = regexp.MustCompile(`\s+`)

func looseName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimRight(s, ".,;: ")
	return spaces.ReplaceAllString(s, " ")
}

// nameMatches reports whether the gold name names the mention.
func nameMatches(g *gazetteer.Gazetteer, gold string, m MentionInfo) bool {
	ng := looseName(gold)
	nt, nc := looseName(m.Text), looseName(m.Entity.Name)
	if ng == "" {
		return false
	}
	if ng == nt || ng == nc {
		return true
	}
	if e, ok := g.Lookup(strings.TrimSpace(gold)); ok && e.Name == m.Entity.Name {
		return true
	}
	// a title before the name or a place after it
	for _, n := range []string{nt, nc} {
		if len(n) >= 3 && (strings.HasSuffix(ng, " "+n) || strings.HasPrefix(ng, n+",") || strings.HasPrefix(ng, n+" ")) {
			return true
		}
	}
	return false
}

// TrainPairs trains a pair model on examples and extra, choosing its
// threshold by cross-validation over the documents of examples (extra is
// in every training fold).
func TrainPairs(examples, extra []LabeledPair, labels []string, opt TrainOptions, rep *TrainReport) *PairModel {
	opt.defaults()
	// folds by document, in a fixed order
	var docs []string
	seen := map[string]bool{}
	for _, e := range examples {
		if !seen[e.Doc] {
			seen[e.Doc] = true
			docs = append(docs, e.Doc)
		}
	}
	fold := map[string]int{}
	for k, d := range docs {
		fold[d] = k % opt.Folds
	}
	type scored struct {
		p     float64
		pred  int
		label int
	}
	var cv []scored
	for f := 0; f < opt.Folds; f++ {
		var tr, te []LabeledPair
		for _, e := range examples {
			if fold[e.Doc] == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		m := trainLR(append(tr, extra...), labels, opt)
		for _, e := range te {
			p := m.Probs(e.Features)
			best := argmax(p)
			cv = append(cv, scored{p[best], best, e.Label})
		}
	}
	// the threshold that maximizes pair-level F1
	gold := 0
	for _, s := range cv {
		if s.label != 0 {
			gold++
		}
	}
	bestT, bestF, bestP, bestR := 0.5, -1.0, 0.0, 0.0
	for t := 0.30; t <= 0.951; t += 0.05 {
		tp, pred := 0, 0
		for _, s := range cv {
			if s.pred != 0 && s.p >= t {
				pred++
				if s.pred == s.label {
					tp++
				}
			}
		}
		if pred == 0 || gold == 0 {
			continue
		}
		p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
		if f1 := 2 * p * r / (p + r); f1 > bestF+1e-9 {
			bestT, bestF, bestP, bestR = math.Round(t*100)/100, f1, p, r
		}
	}
	m := trainLR(append(append([]LabeledPair(nil), examples...), extra...), labels, opt)
	m.Threshold = bestT
	if rep != nil {
		rep.Threshold, rep.CVPrecision, rep.CVRecall, rep.CVF1 = bestT, bestP, bestR, max(bestF, 0)
	}
	return m
}

// trainLR fits a multinomial logistic regression with AdaGrad.
func trainLR(examples []LabeledPair, labels []string, opt TrainOptions) *PairModel {
	count := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			count[f]++
		}
	}
	names := make([]string, 0, len(count))
	for f, c := range count {
		if c >= opt.MinCount || f == "bias" {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := make(map[string]int, len(names))
	for k, f := range names {
		index[f] = k
	}
	L := len(labels)
	w := make([]float64, len(names)*L)
	g2 := make([]float64, len(names)*L)
	feats := make([][]int, len(examples))
	for k, e := range examples {
		for _, f := range e.Features {
			if i, ok := index[f]; ok {
				feats[k] = append(feats[k], i)
			}
		}
	}
	order := make([]int, len(examples))
	for k := range order {
		order[k] = k
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 2))
	z := make([]float64, L)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			for l := range z {
				z[l] = 0
			}
			for _, i := range feats[k] {
				for l := 0; l < L; l++ {
					z[l] += w[i*L+l]
				}
			}
			p := softmax(z)
			for _, i := range feats[k] {
				for l := 0; l < L; l++ {
					grad := p[l]
					if l == examples[k].Label {
						grad--
					}
					grad += opt.L2 * w[i*L+l]
					g2[i*L+l] += grad * grad
					w[i*L+l] -= opt.Rate * grad / (math.Sqrt(g2[i*L+l]) + 1e-8)
				}
			}
		}
	}
	m := &PairModel{Labels: labels, Weights: map[string][]float32{}}
	for k, f := range names {
		ws := make([]float32, L)
		nonzero := false
		for l := 0; l < L; l++ {
			v := math.Round(w[k*L+l]*1000) / 1000
			ws[l] = float32(v)
			if v != 0 {
				nonzero = true
			}
		}
		if nonzero {
			m.Weights[f] = ws
		}
	}
	return m
}

// TrainGold trains a pair model on the gold set in dir, with the silver
// pairs of the news documents in silver (JSON lines of id and text, every
// silverEvery-th record; "" for none), and writes it to w: what the
// shipped model is made with. The threshold is chosen on the gold set
// alone.
func TrainGold(w io.Writer, dir, silver string, silverEvery int, g *gazetteer.Gazetteer) (TrainReport, error) {
	x := New(g)
	ex, labels, rep, err := LabelGold(x, g, dir)
	if err != nil {
		return rep, err
	}
	if rep.Positives == 0 {
		return rep, fmt.Errorf("%s: no candidate pair matches a gold fact", dir)
	}
	var extra []LabeledPair
	if silver != "" {
		var docs []schema.Document
		n := 0
		err := readJSONL(silver, func(line []byte) error {
			n++
			if silverEvery > 1 && n%silverEvery != 0 {
				return nil
			}
			var r struct {
				ID, Text string
			}
			if err := json.Unmarshal(line, &r); err != nil {
				return err
			}
			docs = append(docs, schema.Document{Source: "silver:" + r.ID, Text: r.Text})
			return nil
		})
		if err != nil {
			return rep, err
		}
		extra = SilverPairs(x, docs, labels)
		rep.Silver = len(extra)
	}
	m := TrainPairs(ex, extra, labels, TrainOptions{}, &rep)
	m.Trained = filepath.Base(filepath.Clean(dir))
	if silver != "" {
		m.Trained += fmt.Sprintf(" + silver pairs of every %dth record of %s", silverEvery, filepath.Base(silver))
	}
	return rep, WritePairModel(w, m)
}

// SilverPairs labels the candidate pairs of unannotated news with what
// the rules state about them: a pair the rules relate by one of labels
// is that example, every other pair none. Mixed with a gold set made of
// single sentences chosen for their relations, it shows the model what
// the pairs of running news text mostly are: unrelated.
func SilverPairs(x *Extractor, docs []schema.Document, labels []string) []LabeledPair {
	index := map[schema.Predicate]int{}
	for k, l := range labels {
		if l != "" {
			index[schema.Predicate(l)] = k
		}
	}
	saved := x.Pairs
	x.Pairs = nil
	defer func() { x.Pairs = saved }()
	var out []LabeledPair
	for _, doc := range docs {
		a := x.analyze(doc)
		for _, s := range a.sents {
			said := map[[2]*entity]int{}
			for _, r := range a.relations(s) { // the rules only: x.Pairs is nil
				if k, ok := index[r.pred]; ok {
					said[[2]*entity{r.subj, r.obj}] = k
				}
			}
			if s.headlineOrCredit() {
				continue
			}
			for _, c := range s.pairCandidates() {
				out = append(out, LabeledPair{Doc: doc.Source, Features: s.pairFeatures(c.a, c.b), Label: said[[2]*entity{c.a.ent, c.b.ent}]})
			}
		}
	}
	return out
}
