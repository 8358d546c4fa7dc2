package export

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Source streams statements to fn and stops at fn's first error, which it
// returns. Formats that list statements read it twice, so it must give the
// same statements each time. A graph store's Statements method bound to a
// context is one.
type Source func(fn func(schema.Statement) error) error

// Node is an entity of the exported graph.
type Node struct {
	IRI      string // schema.EntityIRI of the entity
	Label    string // canonical name, on one line
	Type     schema.EntityType
	Aliases  []string // other names, sorted
	ISO, QID string   // identifiers, when the statements carry them
	Degree   int      // facts the node is an end of (a loop counts twice)
	Mentions int      // statements that name it, after the statement filters
	X, Y     float64  // position from a deterministic layout
}

// Fact is one edge: a subject, predicate and object with the statements
// that support it.
type Fact struct {
	Subject, Object int // indexes into Graph.Nodes
	Predicate       schema.Predicate
	// Modality is asserted when any statement asserts the fact and reported
	// when all report it; with Options.All, hedged, planned and negated
	// statements make facts of their own with that modality.
	Modality schema.Modality
	// Directed is false for symmetric predicates: then Subject and Object
	// are in node order.
	Directed   bool
	Statements int
	Documents  int // distinct documents
	Sources    int // distinct origins (Options.Origin)
	// First and Last are the earliest and latest statement times (ISO 8601
	// prefixes); Spans the periods they cover, merged and in order. All
	// empty when no statement has a time.
	First, Last string
	Spans       []Span
	Confidence  float64 // the best of its statements
	Role        string  // the first role or commodity qualifier, if any
	Evidence    []Evidence
}

// IsFact reports whether the edge is a fact (asserted or reported) rather
// than a hedged, planned or negated statement.
func (f *Fact) IsFact() bool { return f.Modality.IsFact() }

// Kind names the edge's kind: the predicate for a fact, the predicate and
// the modality ("recognizes~negated") otherwise. Subject, object and kind
// identify an edge (GEXF requires that).
func (f *Fact) Kind() string {
	if f.IsFact() {
		return string(f.Predicate)
	}
	return string(f.Predicate) + "~" + string(f.Modality)
}

// Label is the edge's label: the predicate in words ("met with"), and
// the modality in brackets when the edge is not a fact ("recognizes
// (negated)").
func (f *Fact) Label() string {
	l := strings.ReplaceAll(string(f.Predicate), "_", " ")
	if !f.IsFact() {
		l += " (" + string(f.Modality) + ")"
	}
	return l
}

// Span is a period, from Start to End inclusive, as YYYY-MM-DD dates.
type Span struct{ Start, End string }

// Evidence is one statement behind a fact: its document, qualifiers and
// sentence with the sentence's byte offsets in the document's text.
type Evidence struct {
	Source     string // the document's source
	Title      string
	Published  string
	Time       string
	Modality   schema.Modality
	Confidence float64
	Rule       string
	Sentence   string
	Start, End int
}

// Graph is the result of aggregation: nodes and facts after every filter.
type Graph struct {
	Nodes []Node // by label, then IRI
	Facts []Fact // by subject, object, predicate and modality
	// Seeds are the indexes in Nodes of the entities Options.Seeds named.
	Seeds []int
	// Statements counts the statements folded into Facts.
	Statements int

	filter filter
	keys   map[factKey]int  // fact key (node indexes) -> index in Facts
	byIRI  map[string]int32 // node IRI -> index in Nodes
	byName map[entityKey]int32
}

// Keep reports whether st passes the statement filters and supports a
// fact of the graph: whether it belongs in a listing of the graph's
// statements.
func (g *Graph) Keep(st schema.Statement) bool {
	_, ok := g.factOf(&st)
	return ok
}

func (g *Graph) factOf(st *schema.Statement) (int, bool) {
	if !g.filter.pass(st) {
		return 0, false
	}
	s, ok := g.node(&st.Subject)
	if !ok {
		return 0, false
	}
	o, ok := g.node(&st.Object)
	if !ok {
		return 0, false
	}
	i, ok := g.keys[keyOf(st, s, o)]
	return i, ok
}

func (g *Graph) node(e *schema.Entity) (int32, bool) {
	k := entityKey{e.Type, e.Name}
	if i, ok := g.byName[k]; ok {
		return i, true
	}
	i, ok := g.byIRI[e.IRI()]
	return i, ok
}

// entityKey is how statements name an entity; several keys can share one
// IRI (schema.Slug folds "U.S." and "US" together).
type entityKey struct {
	t    schema.EntityType
	name string
}

// factKey identifies a fact: its ends (node numbers, in increasing order
// for symmetric predicates), predicate and modality class ("" for facts).
type factKey struct {
	s, o  int32
	p     schema.Predicate
	class schema.Modality
}

func keyOf(st *schema.Statement, s, o int32) factKey {
	k := factKey{s: s, o: o, p: st.Predicate}
	if o < s && st.Predicate.Symmetric() {
		k.s, k.o = o, s
	}
	if !st.Modality.IsFact() {
		k.class = st.Modality
	}
	return k
}

// filter is the statement-level part of Options.
type filter struct {
	all     bool
	preds   map[schema.Predicate]bool
	types   map[schema.EntityType]bool
	since   day
	until   day
	timed   bool
	minConf float64
}

func newFilter(o Options) filter {
	f := filter{all: o.All, minConf: o.MinConfidence}
	if len(o.Predicates) > 0 {
		f.preds = map[schema.Predicate]bool{}
		for _, p := range o.Predicates {
			f.preds[p] = true
		}
	}
	if len(o.Types) > 0 {
		f.types = map[schema.EntityType]bool{}
		for _, t := range o.Types {
			f.types[t] = true
		}
	}
	f.since, f.until = math.MinInt32, math.MaxInt32
	if lo, _, ok := period(o.Since); ok {
		f.since, f.timed = lo, true
	}
	if _, hi, ok := period(o.Until); ok {
		f.until, f.timed = hi, true
	}
	return f
}

func (f *filter) pass(st *schema.Statement) bool {
	if !f.all && !st.Modality.IsFact() {
		return false
	}
	if f.preds != nil && !f.preds[st.Predicate] {
		return false
	}
	if f.types != nil && (!f.types[st.Subject.Type] || !f.types[st.Object.Type]) {
		return false
	}
	if st.Confidence < f.minConf {
		return false
	}
	if f.timed {
		lo, hi, _, ok := statementPeriod(st)
		if !ok || hi < f.since || lo > f.until {
			return false
		}
	}
	return true
}

// statementPeriod is the period of a statement's time, or of its
// document's publication date when its own time is missing or unreadable,
// with the prefix it came from.
func statementPeriod(st *schema.Statement) (lo, hi day, prefix string, ok bool) {
	if lo, hi, ok = period(st.Time); ok {
		return lo, hi, st.Time, true
	}
	if lo, hi, ok = period(st.Doc.Published); ok {
		p := st.Doc.Published
		if len(p) > 10 {
			p = p[:10]
		}
		return lo, hi, p, true
	}
	return 0, 0, "", false
}

// Aggregator folds a stream of statements into a Graph. Its memory grows
// with distinct facts and entities, not with statements.
type Aggregator struct {
	opt    Options
	filter filter
	maxSen int
	facts  map[factKey]*fact
	nodes  []Node // by node number
	byName map[entityKey]int32
	byIRI  map[string]int32
}

type fact struct {
	Fact
	key           factKey
	docs, origins distinct
	firstLo       day
	lastHi        day
	spans         []span
	timed         bool
}

type span struct{ lo, hi day }

// NewAggregator returns an Aggregator for opt, or an error wrapping
// ErrOptions when opt does not validate.
func NewAggregator(opt Options) (*Aggregator, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	maxSen := opt.MaxSentences
	switch {
	case maxSen == 0:
		maxSen = DefaultMaxSentences
	case maxSen < 0:
		maxSen = 0
	}
	return &Aggregator{
		opt: opt, filter: newFilter(opt), maxSen: maxSen,
		facts: map[factKey]*fact{}, byName: map[entityKey]int32{}, byIRI: map[string]int32{},
	}, nil
}

// Add folds one statement in, unless the statement filters drop it. It
// reports whether the statement was kept.
func (a *Aggregator) Add(st schema.Statement) bool {
	if !a.filter.pass(&st) {
		return false
	}
	s, o := a.node(&st.Subject), a.node(&st.Object)
	a.nodes[s].Mentions++
	if o != s {
		a.nodes[o].Mentions++
	}
	k := keyOf(&st, s, o)
	f := a.facts[k]
	if f == nil {
		f = &fact{key: k}
		f.Predicate = st.Predicate
		f.Directed = !st.Predicate.Symmetric()
		f.Modality = st.Modality
		a.facts[k] = f
	}
	f.Statements++
	if st.Modality == schema.Asserted {
		f.Modality = schema.Asserted
	}
	if conf := finite(st.Confidence); f.Statements == 1 || conf > f.Confidence {
		f.Confidence = conf
	}
	if f.Role == "" {
		if f.Role = st.Role; f.Role == "" {
			f.Role = st.Commodity
		}
		f.Role = oneLine(f.Role)
	}
	f.docs.add2(st.Doc.Source, st.Doc.Hash)
	if a.opt.Origin != nil {
		f.origins.add(a.opt.Origin(st))
	} else {
		f.origins.add(schema.OriginOf(st))
	}
	if lo, hi, prefix, ok := statementPeriod(&st); ok {
		f.addPeriod(lo, hi, prefix)
	}
	if len(f.Evidence) < a.maxSen {
		f.addEvidence(&st)
	}
	return true
}

func (f *fact) addEvidence(st *schema.Statement) {
	sen := clean(st.Sentence)
	for i := range f.Evidence {
		if f.Evidence[i].Sentence == sen && f.Evidence[i].Source == st.Doc.Source {
			return
		}
	}
	f.Evidence = append(f.Evidence, Evidence{
		Source: clean(st.Doc.Source), Title: oneLine(st.Doc.Title),
		Published: clean(st.Doc.Published), Time: clean(st.Time),
		Modality: st.Modality, Confidence: finite(st.Confidence), Rule: clean(st.Rule),
		Sentence: sen, Start: st.Start, End: st.End,
	})
}

// node returns the number of e's node, adding it when new, and folds in
// its aliases and identifiers.
func (a *Aggregator) node(e *schema.Entity) int32 {
	k := entityKey{e.Type, e.Name}
	i, ok := a.byName[k]
	if !ok {
		iri := e.IRI()
		if i, ok = a.byIRI[iri]; !ok {
			i = int32(len(a.nodes))
			n := Node{IRI: iri, Label: oneLine(e.Name), Type: e.Type}
			if n.Label == "" {
				n.Label = iri
			}
			a.nodes = append(a.nodes, n)
			a.byIRI[iri] = i
		} else if e.Name != "" && !hasAlias(&a.nodes[i], e.Name) {
			// Another name with the same IRI: an alias.
			a.addAlias(&a.nodes[i], e.Name)
		}
		a.byName[k] = i
	}
	n := &a.nodes[i]
	if n.ISO == "" && e.ISO != "" {
		n.ISO = oneLine(e.ISO)
	}
	if n.QID == "" && e.QID != "" {
		n.QID = oneLine(e.QID)
	}
	for _, al := range e.Aliases {
		if !hasAlias(n, al) {
			a.addAlias(n, al)
		}
	}
	return i
}

func (a *Aggregator) addAlias(n *Node, al string) {
	if c := oneLine(al); c != "" && c != n.Label && !hasAlias(n, c) {
		n.Aliases = append(n.Aliases, c)
	}
}

func hasAlias(n *Node, al string) bool {
	for _, x := range n.Aliases {
		if x == al {
			return true
		}
	}
	return false
}

func (f *fact) addPeriod(lo, hi day, prefix string) {
	if !f.timed || lo < f.firstLo || lo == f.firstLo && len(prefix) > len(f.First) {
		f.firstLo, f.First = lo, clean(prefix)
	}
	if !f.timed || hi > f.lastHi || hi == f.lastHi && len(prefix) > len(f.Last) {
		f.lastHi, f.Last = hi, clean(prefix)
	}
	f.timed = true
	// Insert in order, merging overlapping and adjacent periods.
	i := sort.Search(len(f.spans), func(i int) bool { return f.spans[i].hi+1 >= lo })
	j := i
	for j < len(f.spans) && f.spans[j].lo <= hi+1 {
		lo, hi = min(lo, f.spans[j].lo), max(hi, f.spans[j].hi)
		j++
	}
	if i == j {
		f.spans = append(f.spans, span{})
		copy(f.spans[i+1:], f.spans[i:])
	} else {
		f.spans = append(f.spans[:i+1], f.spans[j:]...)
	}
	f.spans[i] = span{lo, hi}
	if len(f.spans) > maxSpans {
		// Merge the two closest periods.
		best := 0
		for k := 1; k+1 < len(f.spans); k++ {
			if f.spans[k+1].lo-f.spans[k].hi < f.spans[best+1].lo-f.spans[best].hi {
				best = k
			}
		}
		f.spans[best].hi = f.spans[best+1].hi
		f.spans = append(f.spans[:best+1], f.spans[best+2:]...)
	}
}

// ErrNoSeed is wrapped by the error Graph returns when a seed names no
// entity of the kept statements.
var ErrNoSeed = errors.New("no such entity")

// Graph applies the fact and graph filters (MinSources, Seeds and Depth,
// MaxNodes) and returns the graph. The Aggregator must not be used after.
func (a *Aggregator) Graph() (*Graph, error) {
	nn := len(a.nodes)
	facts := make([]*fact, 0, len(a.facts))
	for _, f := range a.facts {
		f.Documents = f.docs.count()
		f.Sources = f.origins.count()
		f.docs, f.origins = distinct{}, distinct{}
		if f.Sources >= a.opt.MinSources {
			facts = append(facts, f)
		}
	}
	a.facts = nil

	isSeed := make([]bool, nn)
	var seeds []int32
	for _, name := range a.opt.Seeds {
		found := a.resolve(name)
		if len(found) == 0 {
			hint := ""
			if like := a.similar(name, 5); len(like) > 0 {
				hint = " (did you mean " + strings.Join(like, ", ") + "?)"
			}
			return nil, fmt.Errorf("export: seed %q: %w among the %d entities of the kept statements%s", name, ErrNoSeed, nn, hint)
		}
		for _, s := range found {
			if !isSeed[s] {
				isSeed[s] = true
				seeds = append(seeds, s)
			}
		}
	}
	if len(seeds) > 0 {
		depth := a.opt.Depth
		if depth == 0 {
			depth = DefaultDepth
		}
		adj := make([][]int32, nn)
		for _, f := range facts {
			adj[f.key.s] = append(adj[f.key.s], f.key.o)
			adj[f.key.o] = append(adj[f.key.o], f.key.s)
		}
		in := slices.Clone(isSeed)
		frontier := slices.Clone(seeds)
		for d := 0; d < depth && len(frontier) > 0; d++ {
			var next []int32
			for _, n := range frontier {
				for _, m := range adj[n] {
					if !in[m] {
						in[m] = true
						next = append(next, m)
					}
				}
			}
			frontier = next
		}
		facts = keepFacts(facts, func(f *fact) bool { return in[f.key.s] && in[f.key.o] })
	}

	degree := func() []int {
		deg := make([]int, nn)
		for _, f := range facts {
			deg[f.key.s]++
			deg[f.key.o]++
		}
		return deg
	}
	deg := degree()
	present := func(i int32) bool { return deg[i] > 0 || isSeed[i] }

	if a.opt.MaxNodes > 0 {
		var rank []int32
		for i := range int32(nn) {
			if present(i) {
				rank = append(rank, i)
			}
		}
		if len(rank) > a.opt.MaxNodes {
			slices.SortFunc(rank, func(x, y int32) int {
				switch {
				case isSeed[x] != isSeed[y]:
					if isSeed[x] {
						return -1
					}
					return 1
				case deg[x] != deg[y]:
					return deg[y] - deg[x]
				case a.nodes[x].Mentions != a.nodes[y].Mentions:
					return a.nodes[y].Mentions - a.nodes[x].Mentions
				}
				return strings.Compare(a.nodes[x].IRI, a.nodes[y].IRI)
			})
			keep := make([]bool, nn)
			for _, i := range rank[:a.opt.MaxNodes] {
				keep[i] = true
			}
			facts = keepFacts(facts, func(f *fact) bool { return keep[f.key.s] && keep[f.key.o] })
			deg = degree()
		}
	}

	// Nodes: ends of kept facts, and seeds, by label.
	var order []int32
	for i := range int32(nn) {
		if present(i) {
			order = append(order, i)
		}
	}
	lower := make([]string, nn)
	for _, i := range order {
		lower[i] = strings.ToLower(a.nodes[i].Label)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(lower[x], lower[y]); c != 0 {
			return c
		}
		return strings.Compare(a.nodes[x].IRI, a.nodes[y].IRI)
	})
	g := &Graph{
		Nodes: make([]Node, len(order)), filter: a.filter, keys: make(map[factKey]int, len(facts)),
		byIRI: make(map[string]int32, len(order)), byName: make(map[entityKey]int32, len(order)),
	}
	index := make([]int32, nn) // node number -> index in g.Nodes
	for j, i := range order {
		n := &g.Nodes[j]
		*n = a.nodes[i]
		n.Degree = deg[i]
		slices.Sort(n.Aliases)
		index[i] = int32(j)
		g.byIRI[n.IRI] = int32(j)
		if isSeed[i] {
			g.Seeds = append(g.Seeds, j)
		}
	}
	for k, i := range a.byName {
		if present(i) {
			g.byName[k] = index[i]
		}
	}
	a.nodes, a.byName, a.byIRI = nil, nil, nil

	for _, f := range facts {
		f.Subject, f.Object = int(index[f.key.s]), int(index[f.key.o])
		if !f.Directed && f.Object < f.Subject {
			f.Subject, f.Object = f.Object, f.Subject
		}
		f.key.s, f.key.o = int32(f.Subject), int32(f.Object)
	}
	slices.SortFunc(facts, func(x, y *fact) int {
		switch {
		case x.Subject != y.Subject:
			return x.Subject - y.Subject
		case x.Object != y.Object:
			return x.Object - y.Object
		case x.Predicate != y.Predicate:
			return strings.Compare(string(x.Predicate), string(y.Predicate))
		}
		return strings.Compare(string(x.key.class), string(y.key.class))
	})
	g.Facts = make([]Fact, len(facts))
	for i, f := range facts {
		for _, s := range f.spans {
			f.Spans = append(f.Spans, Span{s.lo.String(), s.hi.String()})
		}
		g.Facts[i] = f.Fact
		g.keys[f.key] = i
		g.Statements += f.Statements
	}
	layout(g)
	return g, nil
}

func keepFacts(facts []*fact, ok func(*fact) bool) []*fact {
	out := facts[:0]
	for _, f := range facts {
		if ok(f) {
			out = append(out, f)
		}
	}
	return out
}

// resolve returns the numbers of the entities a seed names: those whose
// canonical name matches (case-insensitive); failing that, those with a
// matching alias; failing that, those whose name or an alias has the same
// slug (so "US" finds "U.S.").
func (a *Aggregator) resolve(name string) []int32 {
	name = strings.TrimSpace(name)
	var tiers [3][]int32
	slug := schema.Slug(name)
	for i := range a.nodes {
		n := &a.nodes[i]
		switch {
		case strings.EqualFold(n.Label, name):
			tiers[0] = append(tiers[0], int32(i))
		case anyFold(n.Aliases, name):
			tiers[1] = append(tiers[1], int32(i))
		case slug != "_" && (schema.Slug(n.Label) == slug || anySlug(n.Aliases, slug)):
			tiers[2] = append(tiers[2], int32(i))
		}
	}
	for _, t := range tiers {
		if len(t) > 0 {
			return t
		}
	}
	return nil
}

// similar returns up to limit labels, sorted, of entities whose name or an
// alias contains name (case-insensitive): hints for a seed that names none.
func (a *Aggregator) similar(name string, limit int) []string {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return nil
	}
	var out []string
	for i := range a.nodes {
		n := &a.nodes[i]
		match := strings.Contains(strings.ToLower(n.Label), name)
		for _, al := range n.Aliases {
			match = match || strings.Contains(strings.ToLower(al), name)
		}
		if match {
			out = append(out, n.Label)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > limit {
		out = append(out[:limit], "...")
	}
	return out
}

func anyFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func anySlug(xs []string, slug string) bool {
	for _, x := range xs {
		if schema.Slug(x) == slug {
			return true
		}
	}
	return false
}

// Build folds every statement of src into a Graph under opt.
func Build(src Source, opt Options) (*Graph, error) {
	a, err := NewAggregator(opt)
	if err != nil {
		return nil, err
	}
	if err := src(func(st schema.Statement) error { a.Add(st); return nil }); err != nil {
		return nil, err
	}
	return a.Graph()
}
