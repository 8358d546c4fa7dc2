package rules

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/kg-project/kg/schema"
)

// The pair model is a learned relation classifier over two mentions of a
// sentence: a multinomial logistic regression on the words, tags and
// mentions between and around them (the classic feature set of
// relation extraction). It finds the facts that are stated without a
// construction the hand-written rules know. It only adds what the rules
// did not find, for the predicates it was trained on, above its threshold
// and where the gazetteer does not contradict it; the rules' modality,
// negation and time apply to what it adds.
//
// It is off unless asked for (Extractor.Pairs, `kg ingest --learned`):
// trained on CoNLL04's single sentences, it raises recall there, but on
// running business news about half of what it adds is wrong (README).
//
// data/pairs.json.gz is written by `go run ./ingest/rules/trainpairs`
// (see that command for the training data); TestPairModelReproducible
// checks that the shipped file is what training gives.

//go:embed data/pairs.json.gz
var pairModelData []byte

// PairModel is a trained pair classifier.
type PairModel struct {
	// Labels are the classes: "" (no relation) first, then predicates.
	Labels []string `json:"labels"`
	// Threshold is the probability a relation needs to be stated.
	Threshold float64 `json:"threshold"`
	// Weights maps a feature to one weight per label.
	Weights map[string][]float32 `json:"weights"`
	// Trained says what the model was trained on.
	Trained string `json:"trained,omitempty"`
}

var (
	defaultPairs     *PairModel
	defaultPairsErr  error
	defaultPairsOnce sync.Once
)

// DefaultPairModel returns the shipped pair model.
func DefaultPairModel() (*PairModel, error) {
	defaultPairsOnce.Do(func() {
		defaultPairs, defaultPairsErr = ReadPairModel(bytes.NewReader(pairModelData))
	})
	return defaultPairs, defaultPairsErr
}

// ReadPairModel reads a model written by WritePairModel (gzip-compressed
// JSON).
func ReadPairModel(r io.Reader) (*PairModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("pair model: %w", err)
	}
	var m PairModel
	if err := json.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("pair model: %w", err)
	}
	if len(m.Labels) == 0 || m.Labels[0] != "" {
		return nil, fmt.Errorf("pair model: the first label must be the empty one (no relation)")
	}
	for _, l := range m.Labels[1:] {
		if !schema.Predicate(l).Valid() {
			return nil, fmt.Errorf("pair model: label %q is not a predicate of SCHEMA.md", l)
		}
	}
	for f, w := range m.Weights {
		if len(w) != len(m.Labels) {
			return nil, fmt.Errorf("pair model: feature %q has %d weights for %d labels", f, len(w), len(m.Labels))
		}
	}
	return &m, nil
}

// WritePairModel writes m as gzip-compressed JSON (keys sorted, so the
// same model gives the same bytes).
func WritePairModel(w io.Writer, m *PairModel) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	enc := json.NewEncoder(zw)
	if err := enc.Encode(m); err != nil {
		return err
	}
	return zw.Close()
}

// Probs returns the probability of each label given the features.
func (m *PairModel) Probs(feats []string) []float64 {
	z := make([]float64, len(m.Labels))
	for _, f := range feats {
		if w, ok := m.Weights[f]; ok {
			for k, v := range w {
				z[k] += float64(v)
			}
		}
	}
	return softmax(z)
}

// argmax is the index of the largest of p (the first on a tie).
func argmax(p []float64) int {
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	return best
}

func softmax(z []float64) []float64 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	sum := 0.0
	for k, v := range z {
		z[k] = math.Exp(v - mx)
		sum += z[k]
	}
	for k := range z {
		z[k] /= sum
	}
	return z
}

// pairPredicates are the predicates a pair can be classified into; a
// pair is a candidate when its types suit one of them.
var pairPredicates = []schema.Predicate{schema.LocatedIn, schema.BasedIn, schema.LivesIn, schema.WorksFor, schema.Killed}

// maxPairGap is how many tokens may lie between the two mentions of a
// candidate pair.
const maxPairGap = 20

// pairCandidate is an ordered pair of mentions: a the subject, b the
// object.
type pairCandidate struct{ a, b *mention }

// pairMention reports whether m can be an argument of a learned relation:
// a name, not a pronoun or a group ("the two countries").
func pairMention(m *mention) bool {
	return !m.pronoun && len(m.members) == 0 && m.ent != nil && !m.absorbed
}

func (s *sentence) pairCandidates() []pairCandidate {
	var out []pairCandidate
	for _, a := range s.ments {
		if !pairMention(a) {
			continue
		}
		for _, b := range s.ments {
			if a == b || !pairMention(b) || a.ent == b.ent {
				continue
			}
			lo, hi := a, b
			if b.from < a.from {
				lo, hi = b, a
			}
			if hi.from < lo.to || hi.from-lo.to > maxPairGap {
				continue
			}
			ok := false
			for _, p := range pairPredicates {
				if p.Accepts(a.ent.typ, b.ent.typ) {
					ok = true
					break
				}
			}
			if ok {
				out = append(out, pairCandidate{a, b})
			}
		}
	}
	return out
}

// featureWord is how a token enters a feature: lower case, digits
// folded.
func featureWord(t Token) string {
	if isNumber(t.Text) {
		return "<num>"
	}
	return t.Lower
}

// pairFeatures returns the features of the candidate (a, b).
func (s *sentence) pairFeatures(a, b *mention) []string {
	ta, tb := string(a.ent.typ), string(b.ent.typ)
	dir := ">"
	lo, hi := a, b
	if b.from < a.from {
		dir = "<"
		lo, hi = b, a
	}
	tp := ta + dir + tb
	f := make([]string, 0, 48)
	f = append(f, "bias", "t="+tp)
	// the words between, other mentions as their type
	var words, tags []string
	verbs := 0
	for i := lo.to; i < hi.from; {
		if m := s.mentionAt(i); m != nil && m != a && m != b && m.from == i {
			w := "<" + string(m.ent.typ) + ">"
			words = append(words, w)
			tags = append(tags, "NNP")
			i = max(m.to, i+1)
			continue
		}
		w := featureWord(s.toks[i])
		words = append(words, w)
		tag := s.tag(i)
		tags = append(tags, tag)
		if strings.HasPrefix(tag, "VB") {
			verbs++
			f = append(f, "bv="+dir+w, "bvt="+tp+":"+w)
		}
		i++
	}
	n := len(words)
	f = append(f, "n="+tp+bucket(n), "v="+tp+bucket(verbs))
	if n <= 5 {
		between := strings.Join(words, " ")
		f = append(f, "bs="+dir+between, "bst="+tp+":"+between, "bp="+dir+strings.Join(tags, " "))
	}
	if n > 0 {
		f = append(f, "bf="+dir+words[0], "bl="+dir+words[n-1], "bft="+tp+":"+words[0], "blt="+tp+":"+words[n-1])
	}
	if n <= 12 {
		for _, w := range words {
			f = append(f, "bw="+dir+w)
		}
		for k := 0; k+1 < n; k++ {
			f = append(f, "bb="+dir+words[k]+" "+words[k+1])
		}
	}
	// the context outside the pair
	for k := 1; k <= 2; k++ {
		if i := lo.from - k; i >= 0 {
			f = append(f, "p"+strconv.Itoa(k)+"="+featureWord(s.toks[i]), "p"+strconv.Itoa(k)+"t="+tp+":"+featureWord(s.toks[i]))
		}
		if i := hi.to + k - 1; i < len(s.toks) {
			f = append(f, "a"+strconv.Itoa(k)+"="+featureWord(s.toks[i]))
		}
	}
	// the mentions themselves: head word, title, how they are used
	for _, x := range []struct {
		side string
		m    *mention
	}{{"s", a}, {"o", b}} {
		m := x.m
		f = append(f, x.side+"h="+s.toks[m.to-1].Lower)
		if m.to-m.from > 1 {
			f = append(f, x.side+"f="+s.toks[m.from].Lower)
		}
		if m.title != "" {
			f = append(f, x.side+"title="+strings.ToLower(m.title))
		}
		if m.demonym {
			f = append(f, x.side+"demonym")
		}
		if m.dateline {
			f = append(f, x.side+"dateline")
		}
		if m.poss {
			f = append(f, x.side+"poss")
		}
		if m.ent.entry != nil {
			f = append(f, x.side+"known:"+string(m.ent.typ))
		}
	}
	return f
}

func bucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 10:
		return "7-10"
	case n <= 20:
		return "11-20"
	}
	return "21+"
}

// learnedRelations adds the pair model's relations that the rules did
// not find in s.
func (d *doc) learnedRelations(s *sentence, found []rel) []rel {
	m := d.pairs
	if m == nil {
		return nil
	}
	// a pair the rules relate already, either way round, keeps the
	// rules' reading ("Azerbaijani President Ilham Aliyev" is head_of,
	// not also lives_in)
	related := map[[2]*entity]bool{}
	for _, r := range found {
		related[[2]*entity{r.subj, r.obj}] = true
		related[[2]*entity{r.obj, r.subj}] = true
	}
	if s.headlineOrCredit() {
		return nil
	}
	var out []rel
	for _, c := range s.pairCandidates() {
		p := m.Probs(s.pairFeatures(c.a, c.b))
		best := argmax(p)
		if best == 0 || p[best] < m.Threshold {
			continue
		}
		pred := schema.Predicate(m.Labels[best])
		if !pred.Accepts(c.a.ent.typ, c.b.ent.typ) || related[[2]*entity{c.a.ent, c.b.ent}] {
			continue
		}
		lo, hi := c.a, c.b
		if hi.from < lo.from {
			lo, hi = hi, lo
		}
		if !d.plausible(s, pred, c.a.ent, c.b.ent, lo.from, hi.to) {
			continue
		}
		// A statistical guess is never stated as denied, hedged or
		// planned: with a cue of those in its clause it is left out, and
		// what is stated carries only its attribution ("said").
		switch mod, _ := modalityOf(s.toks, lo.from, lo.to, max(hi.from, lo.to), false); mod {
		case schema.Negated, schema.Hedged, schema.Planned:
			continue
		}
		out = append(out, rel{
			subj: c.a.ent, obj: c.b.ent, pred: pred,
			rule:     "learned-pair",
			trigFrom: lo.to, trigTo: max(hi.from, lo.to),
			clauseFrom: lo.from,
			factive:    true,
			conf:       0.5 + 0.4*p[best],
		})
	}
	return out
}

// plausible checks a learned relation against what kg knows: the
// gazetteer's geography for known entries, and a word of killing for
// killed (the model learns the pair, the lexicon vouches for the event).
func (d *doc) plausible(s *sentence, pred schema.Predicate, a, b *entity, from, to int) bool {
	ea, eb := a.entry, b.entry
	switch pred {
	case schema.Killed:
		for i := max(from-3, 0); i < min(to+3, len(s.toks)); i++ {
			if killWords[s.toks[i].Lower] || s.toks[i].Lower == "shot" || s.toks[i].Lower == "slain" {
				return true
			}
		}
		return false
	case schema.LocatedIn:
		if a.typ == schema.Country {
			return false // countries are not inside other places here
		}
		if ea != nil && eb != nil {
			return d.g.Contains(eb.ID, ea.ID)
		}
	case schema.LivesIn, schema.WorksFor:
		// people the gazetteer knows come with their offices and
		// countries: the rules state those
		return ea == nil
	case schema.BasedIn:
		if ea != nil && eb != nil && ea.Country != "" {
			c := ea.Country
			return eb.ID == c || d.g.Contains(c, eb.ID) || d.g.Contains(eb.ID, c)
		}
		if ea != nil && ea.Country == "" {
			// an international body or agency: only the bureau of a
			// dateline ("BANGKOK, Thailand (AP) -")
			return s.datelineAt(b)
		}
	}
	return true
}

func (s *sentence) datelineAt(e *entity) bool {
	for _, m := range s.ments {
		if m.ent == e && m.dateline {
			return true
		}
	}
	return false
}

// headlineOrCredit reports whether s is a headline ("Slow Progress on
// Armenia-Azerbaijan Peace Talks": no closing stop, its longer words
// capitalized) or a credit line in parentheses ("(Reporting by ...)"),
// where names are not arguments of what the words between them say.
func (s *sentence) headlineOrCredit() bool {
	if len(s.toks) == 0 {
		return true
	}
	if s.toks[0].Text == "(" && s.toks[len(s.toks)-1].Text == ")" {
		return true
	}
	switch s.toks[len(s.toks)-1].Text {
	case ".", "!", "?", "\"", "”", "'", "’", ")", ";", ":":
		return false
	}
	long, caps := 0, 0
	for _, t := range s.toks {
		if t.Word && len(t.Text) >= 4 {
			long++
			if t.Cap {
				caps++
			}
		}
	}
	return long > 0 && caps*10 >= long*6
}

// PairExample is a candidate pair of mentions with the features the pair
// model sees: what training reads.
type PairExample struct {
	Sentence  int // index of the sentence in the document
	Subj, Obj MentionInfo
	Features  []string
}

// PairExamples returns every candidate pair of doc's sentences.
func (x *Extractor) PairExamples(doc schema.Document) []PairExample {
	a := x.analyze(doc)
	var out []PairExample
	for k, s := range a.sents {
		for _, c := range s.pairCandidates() {
			out = append(out, PairExample{
				Sentence: k,
				Subj:     a.mentionInfo(s, c.a),
				Obj:      a.mentionInfo(s, c.b),
				Features: s.pairFeatures(c.a, c.b),
			})
		}
	}
	return out
}
