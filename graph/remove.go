package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// RemoveDocument removes the document whose source (as given to ingest) or
// content hash is ref; a hash prefix of at least 8 hex digits will do when it
// names one document. When the same text was also ingested under other
// sources (kg:also_at), removing one of its sources removes only that
// source, and the text with its statements stays under the others; give
// the hash to remove it whatever its sources. It removes the document node, its statements, their
// plain edges, and the entities that no remaining statement mentions, in one
// transaction, and returns the document (without Text) and how many
// statements went. A plain edge that another document's asserted or reported
// statement supports stays: which documents support an edge is read from the
// statement nodes, not from quad labels.
func (s *Store) RemoveDocument(ctx context.Context, ref string) (schema.Document, int, error) {
	done, err := s.writable("remove")
	if err != nil {
		return schema.Document{}, 0, err
	}
	defer done()
	s.mu.Lock()
	defer s.mu.Unlock()
	// Another source of a stored text: only that source goes.
	if iris, err := s.subjects(ctx, iriAlsoAt, quad.String(ref)); err != nil {
		return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
	} else if len(iris) > 0 {
		var del []quad.Quad
		var doc schema.Document
		for _, iri := range iris {
			del = append(del, quad.Quad{Subject: iri, Predicate: iriAlsoAt, Object: quad.String(ref), Label: iri})
			m, err := s.outs(ctx, iri)
			if err != nil {
				return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
			}
			doc = documentFrom(iri, m)
		}
		deltas := make([]cgraph.Delta, len(del))
		for i, q := range del {
			deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
		}
		if err := s.qs.ApplyDeltas(deltas, writeOpts); err != nil {
			return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
		}
		return doc, 0, nil
	}
	doc, err := s.findDocument(ctx, ref)
	if err != nil {
		return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
	}
	// The first source of a text also stored under others: the next
	// source takes its place, and the text and its statements stay.
	if ref == doc.Source && len(doc.AlsoAt) > 0 {
		d := quad.IRI(doc.IRI())
		next := doc.AlsoAt[0]
		// Added first, then the old quads deleted, in two transactions:
		// Cayley's kv store loses a value that one transaction both
		// unreferences and references. A crash between them leaves two
		// sources, of which readers take the least; nothing is lost.
		add := []cgraph.Delta{{Quad: quad.Quad{Subject: d, Predicate: iriSource, Object: quad.String(next), Label: d}, Action: cgraph.Add}}
		del := []cgraph.Delta{
			{Quad: quad.Quad{Subject: d, Predicate: iriSource, Object: quad.String(ref), Label: d}, Action: cgraph.Delete},
			{Quad: quad.Quad{Subject: d, Predicate: iriAlsoAt, Object: quad.String(next), Label: d}, Action: cgraph.Delete},
		}
		if err := s.qs.ApplyDeltas(add, writeOpts); err != nil {
			return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
		}
		if err := s.qs.ApplyDeltas(del, writeOpts); err != nil {
			return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
		}
		return doc, 0, nil
	}
	n, err := s.removeDocument(ctx, doc)
	if err != nil {
		return schema.Document{}, 0, fmt.Errorf("graph: remove %s: %w", ref, err)
	}
	return doc, n, nil
}

// findDocument resolves a source, a hash or a hash prefix to one document.
func (s *Store) findDocument(ctx context.Context, ref string) (schema.Document, error) {
	if ref == "" {
		return schema.Document{}, fmt.Errorf("empty document reference: %w", ErrNotFound)
	}
	var found []schema.Document
	add := func(d schema.Document) {
		for _, f := range found {
			if f.Hash == d.Hash {
				return
			}
		}
		found = append(found, d)
	}
	// By source: the documents with kg:source ref.
	iris, err := s.subjects(ctx, iriSource, quad.String(ref))
	if err != nil {
		return schema.Document{}, err
	}
	for _, iri := range iris {
		m, err := s.outs(ctx, iri)
		if err != nil {
			return schema.Document{}, err
		}
		if firstString(m[schema.IRIType]) == schema.TypeDocument {
			add(documentFrom(iri, m))
		}
	}
	// By hash or hash prefix.
	if len(found) == 0 && checkHash(ref) == nil {
		if len(ref) == 64 {
			if m, err := s.outs(ctx, quad.IRI(schema.DocumentIRI(ref))); err != nil {
				return schema.Document{}, err
			} else if firstString(m[schema.IRIType]) == schema.TypeDocument {
				add(documentFrom(quad.IRI(schema.DocumentIRI(ref)), m))
			}
		} else {
			docs, err := s.documents(ctx)
			if err != nil {
				return schema.Document{}, err
			}
			for _, d := range docs {
				if strings.HasPrefix(d.Hash, ref) {
					add(d)
				}
			}
		}
	}
	switch len(found) {
	case 0:
		return schema.Document{}, fmt.Errorf("no document with that source or hash: %w", ErrNotFound)
	case 1:
		return found[0], nil
	}
	var names []string
	for _, d := range found {
		names = append(names, d.Hash[:12]+" ("+d.Source+")")
	}
	return schema.Document{}, fmt.Errorf("%w: %d documents match: %s; give the hash", ErrAmbiguous, len(found), strings.Join(names, ", "))
}

type triple struct{ s, p, o quad.Value }

func (s *Store) removeDocument(ctx context.Context, doc schema.Document) (int, error) {
	d := quad.IRI(doc.IRI())
	stmts, err := s.docStatements(ctx, doc, make(map[quad.Value]schema.Entity))
	if err != nil {
		return 0, err
	}
	var (
		del     []quad.Quad
		removed = make(map[quad.Value]bool, len(stmts)) // statement nodes going away
		ents    = make(map[quad.Value]bool)             // entities they mention
		edges   = make(map[triple]bool)                 // plain edges they support
	)
	for _, st := range stmts {
		removed[st.IRI] = true
		qs, err := s.quadsOf(ctx, quad.Subject, st.IRI)
		if err != nil {
			return 0, err
		}
		del = append(del, qs...)
		subj, obj := quad.IRI(st.Subject.IRI()), quad.IRI(st.Object.IRI())
		ents[subj], ents[obj] = true, true
		if st.Modality.IsFact() {
			t := triple{subj, quad.IRI(st.Predicate.IRI()), obj}
			edges[t] = true
			del = append(del, quad.Quad{Subject: t.s, Predicate: t.p, Object: t.o, Label: d})
		}
	}
	// The document node, and anything pointing at it (kg:duplicate_of).
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := s.quadsOf(ctx, dir, d)
		if err != nil {
			return 0, err
		}
		del = append(del, qs...)
	}

	// Entities that no remaining statement mentions go too.
	var gone []string
	for e := range ents {
		used, err := s.mentioned(ctx, e, removed)
		if err != nil {
			return 0, err
		}
		if used {
			continue
		}
		qs, err := s.quadsOf(ctx, quad.Subject, e)
		if err != nil {
			return 0, err
		}
		del = append(del, qs...)
		gone = append(gone, iriString(e))
	}

	// Plain edges other documents still support: their own quads (labelled
	// with their document) stay, and checkEdges puts back any the deletion
	// took. They are not re-added in the same ApplyDeltas: Cayley's kv
	// backends resolve an added quad's nodes only among those whose
	// reference count the transaction does not lower in total, and write a
	// quad with empty directions otherwise.
	var keep []quad.Quad
	for t := range edges {
		labels, err := s.supporters(ctx, t, removed)
		if err != nil {
			return 0, err
		}
		for _, l := range labels {
			keep = append(keep, quad.Quad{Subject: t.s, Predicate: t.p, Object: t.o, Label: l})
		}
	}

	// Each quad is deleted once: kv stores decrement node reference counts
	// per delete delta, and a double decrement would drop a node in use.
	deltas := make([]cgraph.Delta, 0, len(del))
	dup := make(map[quad.Quad]bool, len(del))
	for _, q := range del {
		if !dup[q] {
			dup[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	if err := s.qs.ApplyDeltas(deltas, writeOpts); err != nil {
		return 0, err
	}
	for _, iri := range gone {
		delete(s.names, iri)
	}
	return len(stmts), s.checkEdges(ctx, keep)
}

// mentioned reports whether a statement not in removed has e as subject or
// object.
func (s *Store) mentioned(ctx context.Context, e quad.Value, removed map[quad.Value]bool) (bool, error) {
	for _, p := range []quad.IRI{iriSubject, iriObject} {
		sts, err := s.subjects(ctx, p, e)
		if err != nil {
			return false, err
		}
		for _, st := range sts {
			if !removed[st] {
				return true, nil
			}
		}
	}
	return false, nil
}

// supporters returns the document IRIs of the asserted or reported
// statements not in removed that make the plain edge t.
func (s *Store) supporters(ctx context.Context, t triple, removed map[quad.Value]bool) ([]quad.Value, error) {
	pred, _ := schema.PredicateFromIRI(iriString(t.p))
	sts, err := s.values(ctx, path.StartPath(s.qs, t.s).In(iriSubject).
		Has(iriPredicate, quad.String(pred)).Has(iriObject, t.o))
	if err != nil {
		return nil, err
	}
	var docs []quad.Value
	seen := make(map[quad.Value]bool)
	for _, st := range sts {
		if removed[st] {
			continue
		}
		m, err := s.outs(ctx, st)
		if err != nil {
			return nil, err
		}
		if firstString(m[schema.IRIPredicate]) != string(pred) ||
			!schema.Modality(firstString(m[schema.IRIModality])).IsFact() ||
			len(m[schema.IRIObject]) == 0 || m[schema.IRIObject][0] != t.o {
			continue
		}
		for _, d := range m[schema.IRIDocument] {
			if !seen[d] {
				seen[d] = true
				docs = append(docs, d)
			}
		}
	}
	return docs, nil
}

// checkEdges re-adds the plain edges in keep whose triple the removal took
// with it. That happens on backends that store one quad per subject,
// predicate and object (mysql, cockroach): the supporting document's quad was
// dropped as a duplicate of the removed document's. Elsewhere it finds every
// triple in place and writes nothing.
func (s *Store) checkEdges(ctx context.Context, keep []quad.Quad) error {
	var missing []cgraph.Delta
	have := make(map[triple]bool)
	for _, q := range keep {
		t := triple{q.Subject, q.Predicate, q.Object}
		if have[t] {
			continue
		}
		ok, err := s.hasTriple(ctx, t)
		if err != nil {
			return err
		}
		if ok {
			have[t] = true
			continue
		}
		missing = append(missing, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if len(missing) == 0 {
		return nil
	}
	return s.qs.ApplyDeltas(missing, writeOpts)
}

// hasTriple reports whether a quad "t.s t.p t.o" with any label is stored.
func (s *Store) hasTriple(ctx context.Context, t triple) (bool, error) {
	objs, err := s.outs(ctx, t.s)
	if err != nil {
		return false, err
	}
	for _, o := range objs[iriString(t.p)] {
		if o == t.o {
			return true, nil
		}
	}
	return false, nil
}
