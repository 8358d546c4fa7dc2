package graph

import (
	"context"
	"fmt"
	"math"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Predicate IRIs as Cayley values, allocated once.
var (
	iriName       = quad.IRI(schema.IRIName)
	iriType       = quad.IRI(schema.IRIType)
	iriAlias      = quad.IRI(schema.IRIAlias)
	iriISO        = quad.IRI(schema.IRIISO)
	iriQID        = quad.IRI(schema.IRIQID)
	iriSource     = quad.IRI(schema.IRISource)
	iriTitle      = quad.IRI(schema.IRITitle)
	iriURL        = quad.IRI(schema.IRIURL)
	iriPublisher  = quad.IRI(schema.IRIPublisher)
	iriPublished  = quad.IRI(schema.IRIPublished)
	iriHash       = quad.IRI(schema.IRIHash)
	iriSubject    = quad.IRI(schema.IRISubject)
	iriPredicate  = quad.IRI(schema.IRIPredicate)
	iriObject     = quad.IRI(schema.IRIObject)
	iriModality   = quad.IRI(schema.IRIModality)
	iriTime       = quad.IRI(schema.IRITime)
	iriRole       = quad.IRI(schema.IRIRole)
	iriCommodity  = quad.IRI(schema.IRICommodity)
	iriConfidence = quad.IRI(schema.IRIConfidence)
	iriRule       = quad.IRI(schema.IRIRule)
	iriSentence   = quad.IRI(schema.IRISentence)
	iriStart      = quad.IRI(schema.IRIStart)
	iriEnd        = quad.IRI(schema.IRIEnd)
	iriDocument   = quad.IRI(schema.IRIDocument)
	iriDuplicate  = quad.IRI(schema.IRIDuplicateOf)
	iriOrigin     = quad.IRI(schema.IRIOrigin)
	iriSketch     = quad.IRI(schema.IRISketch)
	iriAlsoAt     = quad.IRI(schema.IRIAlsoAt)

	litDocument  = quad.String(schema.TypeDocument)
	litStatement = quad.String(schema.TypeStatement)
)

// Batch is one document with its statements, for WriteBatch.
type Batch struct {
	Doc        schema.Document
	Statements []schema.Statement
	// Sketch is kept with the document as kg:sketch, for grouping later
	// documents with it (package ingest makes and reads it); "" writes none.
	Sketch string
	// Copy says Doc's text is stored already, or comes earlier in the
	// same batch, maybe under another source: only Doc.Source is kept, as
	// one more source of that document (kg:also_at), unless it is the
	// document's own. Statements are ignored.
	Copy bool
}

// writeOpts makes re-writes harmless and deletes of absent quads no-ops.
var writeOpts = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// WriteDocument writes doc and its statements in one transaction: the
// document node, every entity the statements mention, a statement node per
// statement and, for asserted and reported statements, the plain edge. If a
// document with doc's hash is stored already nothing is written and written
// is false. Statements' Doc fields are ignored: doc is theirs. An empty
// doc.Hash is computed from doc.Text.
func (s *Store) WriteDocument(ctx context.Context, doc schema.Document, stmts []schema.Statement) (written bool, err error) {
	n, err := s.WriteBatch(ctx, []Batch{{Doc: doc, Statements: stmts}})
	return n == 1, err
}

// WriteBatch writes several whole documents in one transaction, skipping
// those stored already (and repeats within docs), and returns how many it
// wrote. Either all of them are written or, on error, none. See the package
// documentation for good batch sizes.
func (s *Store) WriteBatch(ctx context.Context, docs []Batch) (int, error) {
	done, err := s.writable("write")
	if err != nil {
		return 0, err
	}
	defer done()
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("graph: write: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()

	// Hashes first, then which documents are stored, asked for all at once.
	todo := make([]Batch, 0, len(docs))
	var copies []Batch
	first := make(map[string]string, len(docs)) // hash -> source of its first copy in docs
	for _, b := range docs {
		if b.Doc.Hash == "" && b.Doc.Text != "" {
			b.Doc.Hash = schema.ContentHash(b.Doc.Text)
		}
		if err := checkHash(b.Doc.Hash); err != nil {
			return 0, fmt.Errorf("graph: write %s: %w", b.Doc.Source, err)
		}
		if _, seen := first[b.Doc.Hash]; seen || b.Copy {
			copies = append(copies, b)
			continue
		}
		first[b.Doc.Hash] = b.Doc.Source
		todo = append(todo, b)
	}
	stored, err := s.hasDocuments(ctx, append(append([]Batch(nil), todo...), copies...))
	if err != nil {
		return 0, fmt.Errorf("graph: write: %w", err)
	}
	if err := s.prefetchNames(ctx, todo, stored); err != nil {
		return 0, fmt.Errorf("graph: write: %w", err)
	}

	w := &writer{s: s, ctx: ctx, names: make(map[string]string), seen: make(map[quad.Quad]struct{})}
	n := 0
	for _, b := range todo {
		if stored[b.Doc.Hash] {
			continue
		}
		if err := w.document(b.Doc, b.Statements, b.Sketch); err != nil {
			return 0, fmt.Errorf("graph: write %s: %w", b.Doc.Source, err)
		}
		n++
	}
	for _, b := range copies {
		if err := s.copyOf(ctx, w, b.Doc, first, stored); err != nil {
			return 0, fmt.Errorf("graph: write %s: %w", b.Doc.Source, err)
		}
	}
	if len(w.deltas) == 0 {
		return 0, nil
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("graph: write: %w", err)
	}
	if err := s.apply(ctx, w.deltas); err != nil {
		return 0, fmt.Errorf("graph: write: %w", err)
	}
	for iri, name := range w.names {
		s.names[iri] = name
	}
	return n, nil
}

// copyOf records doc.Source as another source of the stored document with
// doc's hash, or of the one written earlier in this batch (first), unless
// it is that document's own source. A copy of a document that is nowhere
// is an error: the caller said it was stored.
func (s *Store) copyOf(ctx context.Context, w *writer, doc schema.Document, first map[string]string, stored map[string]bool) error {
	if doc.Source == "" {
		return nil
	}
	d := quad.IRI(doc.IRI())
	primary, inBatch := first[doc.Hash]
	if inBatch && !stored[doc.Hash] {
		if doc.Source != primary {
			w.add(d, iriAlsoAt, quad.String(doc.Source), d)
		}
		return nil
	}
	if !stored[doc.Hash] {
		return fmt.Errorf("a copy of document %s, which is not stored: %w", doc.Hash, ErrNotFound)
	}
	m, err := s.outs(ctx, d)
	if err != nil {
		return err
	}
	if firstString(m[schema.IRISource]) != doc.Source {
		w.add(d, iriAlsoAt, quad.String(doc.Source), d)
	}
	return nil
}

// apply writes added quads in one transaction.
func (s *Store) apply(ctx context.Context, deltas []cgraph.Delta) error {
	if s.pg == nil || s.cayleyWrites {
		return s.qs.ApplyDeltas(deltas, writeOpts)
	}
	if err := s.pg.apply(ctx, deltas); err != nil {
		return err
	}
	// The quads are committed: an error from here on would tell the caller
	// they are not. What follows keeps caches and statistics fresh, and is
	// done again after the next write.
	//
	// Cayley's SQL store caches the quad count it last counted until its own
	// ApplyDeltas clears it; an empty one does only that (one BEGIN and
	// COMMIT), so that Stats and Cayley's query optimizer see the new quads.
	_ = s.qs.ApplyDeltas(nil, writeOpts)
	_ = s.pg.analyze(ctx)
	return nil
}

// hasDocuments returns which of docs' hashes are stored: on PostgreSQL in
// one query.
func (s *Store) hasDocuments(ctx context.Context, docs []Batch) (map[string]bool, error) {
	stored := make(map[string]bool)
	if s.pg == nil {
		for _, b := range docs {
			ok, err := s.hasDocument(ctx, b.Doc.Hash)
			if err != nil {
				return nil, err
			}
			if ok {
				stored[b.Doc.Hash] = true
			}
		}
		return stored, nil
	}
	if len(docs) == 0 {
		return stored, nil
	}
	nodes := make([]quad.Value, len(docs))
	for i, b := range docs {
		nodes[i] = quad.IRI(schema.DocumentIRI(b.Doc.Hash))
	}
	found, err := s.pg.subjects(ctx, nodes)
	if err != nil {
		return nil, err
	}
	for i, b := range docs {
		if found[nodes[i]] {
			stored[b.Doc.Hash] = true
		}
	}
	return stored, nil
}

// prefetchNames reads, on PostgreSQL in one query, the stored kg:name of
// every entity the new documents of docs mention that s.names does not know
// yet; elsewhere writer.entity looks each one up as it comes to it (a bolt
// lookup costs microseconds, a PostgreSQL one a round trip). The caller
// holds s.mu.
func (s *Store) prefetchNames(ctx context.Context, docs []Batch, stored map[string]bool) error {
	if s.pg == nil {
		return nil
	}
	var nodes []quad.Value
	asked := make(map[string]bool)
	for _, b := range docs {
		if stored[b.Doc.Hash] {
			continue
		}
		for _, st := range b.Statements {
			for _, e := range [2]schema.Entity{st.Subject, st.Object} {
				iri := e.IRI()
				if _, ok := s.names[iri]; ok || asked[iri] {
					continue
				}
				asked[iri] = true
				nodes = append(nodes, quad.IRI(iri))
			}
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	names, err := s.pg.objects(ctx, nodes, iriName)
	if err != nil {
		return err
	}
	for _, n := range nodes {
		s.names[string(n.(quad.IRI))] = firstString(names[n]) // "" when not stored, as storedName
	}
	return nil
}

// checkHash accepts lowercase hex of at least 8 digits.
func checkHash(h string) error {
	if len(h) < 8 {
		return fmt.Errorf("document hash %q: want at least 8 hex digits", h)
	}
	for _, r := range h {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return fmt.Errorf("document hash %q: want lowercase hex", h)
		}
	}
	return nil
}

// writer collects the deltas of one transaction.
type writer struct {
	s      *Store
	ctx    context.Context
	deltas []cgraph.Delta
	names  map[string]string      // entity IRI -> kg:name, for entities in this batch
	seen   map[quad.Quad]struct{} // entity quads already added
}

func (w *writer) add(s, p, o, label quad.Value) {
	w.deltas = append(w.deltas, cgraph.Delta{Quad: quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}, Action: cgraph.Add})
}

// addOnce adds an unlabelled entity quad once per batch.
func (w *writer) addOnce(s, p, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o}
	if _, ok := w.seen[q]; ok {
		return
	}
	w.seen[q] = struct{}{}
	w.deltas = append(w.deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
}

func (w *writer) document(doc schema.Document, stmts []schema.Statement, sketch string) error {
	d := quad.IRI(doc.IRI())
	w.add(d, iriType, litDocument, d)
	w.addString(d, iriSource, doc.Source, d)
	w.addString(d, iriTitle, doc.Title, d)
	w.addString(d, iriURL, doc.URL, d)
	w.addString(d, iriPublisher, doc.Publisher, d)
	w.addString(d, iriPublished, doc.Published, d)
	w.add(d, iriHash, quad.String(doc.Hash), d)
	w.addString(d, iriOrigin, doc.Origin, d)
	w.addString(d, iriSketch, sketch, d)
	doc.Text = "" // statements need only the hash; don't hold the text
	for i, st := range stmts {
		st.Doc = doc
		if err := checkStatement(st); err != nil {
			return fmt.Errorf("statement %d (%s %s %s): %w", i, st.Subject.Name, st.Predicate, st.Object.Name, err)
		}
		if err := w.entity(st.Subject); err != nil {
			return err
		}
		if err := w.entity(st.Object); err != nil {
			return err
		}
		w.statement(d, st)
	}
	return nil
}

func (w *writer) addString(s, p quad.Value, v string, label quad.Value) {
	if v != "" {
		w.add(s, p, quad.String(v), label)
	}
}

func (w *writer) statement(d quad.IRI, st schema.Statement) {
	n := quad.IRI(schema.StatementIRI(st.ID()))
	subj, obj := quad.IRI(st.Subject.IRI()), quad.IRI(st.Object.IRI())
	w.add(n, iriType, litStatement, d)
	w.add(n, iriSubject, subj, d)
	w.add(n, iriPredicate, quad.String(st.Predicate), d)
	w.add(n, iriObject, obj, d)
	w.add(n, iriModality, quad.String(st.Modality), d)
	w.addString(n, iriTime, st.Time, d)
	w.addString(n, iriRole, st.Role, d)
	w.addString(n, iriCommodity, st.Commodity, d)
	w.add(n, iriConfidence, quad.Float(st.Confidence), d)
	w.addString(n, iriRule, st.Rule, d)
	w.addString(n, iriSentence, st.Sentence, d)
	w.add(n, iriStart, quad.Int(st.Start), d)
	w.add(n, iriEnd, quad.Int(st.End), d)
	w.add(n, iriDocument, d, d)
	if st.Modality.IsFact() {
		w.add(subj, quad.IRI(st.Predicate.IRI()), obj, d)
	}
}

// entity adds e's quads. The name a node was first written with stays its
// kg:name; another name that maps to the same IRI becomes an alias.
func (w *writer) entity(e schema.Entity) error {
	iri := e.IRI()
	n := quad.IRI(iri)
	name, ok := w.names[iri]
	if !ok {
		stored, err := w.s.storedName(w.ctx, iri)
		if err != nil {
			return fmt.Errorf("entity %s: %w", iri, err)
		}
		name = stored
		if name == "" {
			name = e.Name
			w.addOnce(n, iriName, quad.String(name))
			w.addOnce(n, iriType, quad.String(e.Type))
		}
		w.names[iri] = name
	}
	if e.Name != name {
		w.addOnce(n, iriAlias, quad.String(e.Name))
	}
	for _, a := range e.Aliases {
		if a != "" && a != name {
			w.addOnce(n, iriAlias, quad.String(a))
		}
	}
	if e.ISO != "" {
		w.addOnce(n, iriISO, quad.String(e.ISO))
	}
	if e.QID != "" {
		w.addOnce(n, iriQID, quad.String(e.QID))
	}
	return nil
}

// storedName is the kg:name of the entity node iri, or "" when it is not
// stored. The caller holds s.mu.
func (s *Store) storedName(ctx context.Context, iri string) (string, error) {
	if name, ok := s.names[iri]; ok {
		return name, nil
	}
	m, err := s.outs(ctx, quad.IRI(iri))
	if err != nil {
		return "", err
	}
	name := firstString(m[schema.IRIName])
	s.names[iri] = name
	return name, nil
}

func checkStatement(st schema.Statement) error {
	if !st.Predicate.Valid() {
		return fmt.Errorf("unknown predicate %q", st.Predicate)
	}
	if m, err := schema.ParseModality(string(st.Modality)); err != nil || m != st.Modality {
		return fmt.Errorf("unknown modality %q", st.Modality)
	}
	for _, e := range []schema.Entity{st.Subject, st.Object} {
		if e.Name == "" {
			return fmt.Errorf("entity without a name")
		}
		if t, err := schema.ParseType(string(e.Type)); err != nil || t != e.Type {
			return fmt.Errorf("entity %q: unknown type %q", e.Name, e.Type)
		}
	}
	if math.IsNaN(st.Confidence) || st.Confidence < 0 || st.Confidence > 1 {
		return fmt.Errorf("confidence %v not in [0, 1]", st.Confidence)
	}
	if st.Start < 0 || st.End < st.Start {
		return fmt.Errorf("bad offsets %d-%d", st.Start, st.End)
	}
	return nil
}
