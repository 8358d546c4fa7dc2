package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Stats counts what a store holds.
type Stats struct {
	Documents  int
	Entities   map[schema.EntityType]int
	Statements map[schema.Predicate]int
	Modalities map[schema.Modality]int
	Quads      int64 // all quads, as the backend counts them
}

// HasDocument reports whether the document with the given content hash is
// stored.
func (s *Store) HasDocument(ctx context.Context, hash string) (bool, error) {
	done, err := s.use()
	if err != nil {
		return false, fmt.Errorf("graph: has document: %w", err)
	}
	defer done()
	ok, err := s.hasDocument(ctx, hash)
	if err != nil {
		return false, fmt.Errorf("graph: has document: %w", err)
	}
	return ok, nil
}

// HasDocuments reports which of hashes are stored: the map holds those that
// are. On PostgreSQL it asks one query, where HasDocument for each would be
// a round trip each.
func (s *Store) HasDocuments(ctx context.Context, hashes []string) (map[string]bool, error) {
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: has documents: %w", err)
	}
	defer done()
	docs := make([]Batch, len(hashes))
	for i, h := range hashes {
		docs[i].Doc.Hash = h
	}
	stored, err := s.hasDocuments(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("graph: has documents: %w", err)
	}
	return stored, nil
}

func (s *Store) hasDocument(ctx context.Context, hash string) (bool, error) {
	if s.pg != nil {
		return s.pg.hasDocument(ctx, quad.IRI(schema.DocumentIRI(hash)))
	}
	ref := s.qs.ValueOf(quad.IRI(schema.DocumentIRI(hash)))
	if ref == nil {
		return false, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	ok := it.Next(ctx)
	return ok, it.Err()
}

// Documents returns every stored document, without Text, ordered by source
// and hash.
func (s *Store) Documents(ctx context.Context) ([]schema.Document, error) {
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: documents: %w", err)
	}
	defer done()
	docs, err := s.documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: documents: %w", err)
	}
	return docs, nil
}

func (s *Store) documents(ctx context.Context) ([]schema.Document, error) {
	iris, err := s.subjects(ctx, iriType, litDocument)
	if err != nil {
		return nil, err
	}
	docs := make([]schema.Document, 0, len(iris))
	for _, iri := range iris {
		m, err := s.outs(ctx, iri)
		if err != nil {
			return nil, err
		}
		docs = append(docs, documentFrom(iri, m))
	}
	sort.Slice(docs, func(i, j int) bool {
		if docs[i].Source != docs[j].Source {
			return docs[i].Source < docs[j].Source
		}
		return docs[i].Hash < docs[j].Hash
	})
	return docs, nil
}

// Statements calls fn for every statement, ordered by document source, then
// start offset, then predicate (then the rest of the statement, so the order
// is total). Subject and Object are complete entities; Doc has no Text. An
// error from fn stops the walk and is returned as it is. fn must not call
// the Store.
func (s *Store) Statements(ctx context.Context, fn func(schema.Statement) error) error {
	done, err := s.use()
	if err != nil {
		return fmt.Errorf("graph: statements: %w", err)
	}
	defer done()
	docs, err := s.documents(ctx)
	if err != nil {
		return fmt.Errorf("graph: statements: %w", err)
	}
	ents := make(map[quad.Value]schema.Entity)
	for _, doc := range docs {
		stmts, err := s.docStatements(ctx, doc, ents)
		if err != nil {
			return fmt.Errorf("graph: statements of %s: %w", doc.Source, err)
		}
		for _, st := range stmts {
			if err := fn(st.Statement); err != nil {
				return err
			}
		}
	}
	return nil
}

// storedStatement is a statement as read back, with its node IRI.
type storedStatement struct {
	schema.Statement
	IRI quad.IRI
}

// docStatements reads the statements of doc in Statements order. ents caches
// entities by IRI across calls.
func (s *Store) docStatements(ctx context.Context, doc schema.Document, ents map[quad.Value]schema.Entity) ([]storedStatement, error) {
	iris, err := s.subjects(ctx, iriDocument, quad.IRI(doc.IRI()))
	if err != nil {
		return nil, err
	}
	out := make([]storedStatement, 0, len(iris))
	for _, iri := range iris {
		m, err := s.outs(ctx, iri)
		if err != nil {
			return nil, err
		}
		if firstString(m[schema.IRIType]) != schema.TypeStatement {
			continue
		}
		st := statementFrom(m)
		st.Doc = doc
		for _, e := range []struct {
			dir string
			to  *schema.Entity
		}{{schema.IRISubject, &st.Subject}, {schema.IRIObject, &st.Object}} {
			vals := m[e.dir]
			if len(vals) == 0 {
				return nil, fmt.Errorf("statement %s has no %s", iri, e.dir)
			}
			ent, ok := ents[vals[0]]
			if !ok {
				em, err := s.outs(ctx, vals[0])
				if err != nil {
					return nil, err
				}
				ent = entityFrom(vals[0], em)
				ents[vals[0]] = ent
			}
			*e.to = ent
		}
		out = append(out, storedStatement{Statement: st, IRI: quad.IRI(iriString(iri))})
	}
	sort.Slice(out, func(i, j int) bool { return statementLess(out[i].Statement, out[j].Statement) })
	return out, nil
}

func statementLess(a, b schema.Statement) bool {
	switch {
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.Predicate != b.Predicate:
		return a.Predicate < b.Predicate
	case a.End != b.End:
		return a.End < b.End
	case a.Subject.Name != b.Subject.Name:
		return a.Subject.Name < b.Subject.Name
	case a.Object.Name != b.Object.Name:
		return a.Object.Name < b.Object.Name
	case a.Modality != b.Modality:
		return a.Modality < b.Modality
	case a.Rule != b.Rule:
		return a.Rule < b.Rule
	}
	return a.ID() < b.ID()
}

// Entities returns every entity with its aliases, ordered by name and type.
func (s *Store) Entities(ctx context.Context) ([]schema.Entity, error) {
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: entities: %w", err)
	}
	defer done()
	var out []schema.Entity
	for _, t := range schema.EntityTypes {
		iris, err := s.subjects(ctx, iriType, quad.String(t))
		if err != nil {
			return nil, fmt.Errorf("graph: entities: %w", err)
		}
		for _, iri := range iris {
			m, err := s.outs(ctx, iri)
			if err != nil {
				return nil, fmt.Errorf("graph: entities: %w", err)
			}
			out = append(out, entityFrom(iri, m))
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Type < out[j].Type
	})
	return out, nil
}

// Stats counts documents, entities by type, statements by predicate and by
// modality, and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	done, err := s.use()
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	defer done()
	st := Stats{
		Entities:   make(map[schema.EntityType]int),
		Statements: make(map[schema.Predicate]int),
		Modalities: make(map[schema.Modality]int),
	}
	count := func(pred quad.IRI, val quad.Value) (int, error) {
		n, err := path.StartPath(s.qs, val).In(pred).Iterate(ctx).Count()
		return int(n), err
	}
	if st.Documents, err = count(iriType, litDocument); err != nil {
		return st, fmt.Errorf("graph: stats: %w", err)
	}
	for _, t := range schema.EntityTypes {
		n, err := count(iriType, quad.String(t))
		if err != nil {
			return st, fmt.Errorf("graph: stats: %w", err)
		}
		if n > 0 {
			st.Entities[t] = n
		}
	}
	for _, p := range schema.Predicates() {
		n, err := count(iriPredicate, quad.String(p.Name))
		if err != nil {
			return st, fmt.Errorf("graph: stats: %w", err)
		}
		if n > 0 {
			st.Statements[p.Name] = n
		}
	}
	for _, m := range schema.Modalities {
		n, err := count(iriModality, quad.String(m))
		if err != nil {
			return st, fmt.Errorf("graph: stats: %w", err)
		}
		if n > 0 {
			st.Modalities[m] = n
		}
	}
	// kv stores keep an exact quad count (and counting nodes exactly would
	// scan them all); postgres only estimates unless asked to count.
	qst, err := s.qs.Stats(ctx, s.backend == BackendPostgres)
	if errors.Is(err, ckv.ErrNoBucket) {
		qst, err = cgraph.Stats{}, nil // a new kv store has no count yet
	}
	if err != nil {
		return st, fmt.Errorf("graph: stats: %w", err)
	}
	st.Quads = qst.Quads.Size
	return st, nil
}

// The helpers below close an iterator before they look up values: on bolt a
// goroutine that opens a transaction while holding another can deadlock
// with a writer (see boltMmapSize).

// subjects returns the subjects of the quads "? pred obj".
func (s *Store) subjects(ctx context.Context, pred quad.IRI, obj quad.Value) ([]quad.Value, error) {
	return s.values(ctx, path.StartPath(s.qs, obj).In(pred))
}

// values runs p and returns the values it ends on.
func (s *Store) values(ctx context.Context, p *path.Path) ([]quad.Value, error) {
	refs, err := p.Iterate(ctx).All()
	if err != nil || len(refs) == 0 {
		return nil, err
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil, err
	}
	out := vals[:0]
	for _, v := range vals {
		if v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// outs returns the objects of the quads whose subject is node, by predicate
// IRI (without brackets).
func (s *Store) outs(ctx context.Context, node quad.Value) (map[string][]quad.Value, error) {
	ref := s.qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	var refs []cgraph.Ref
	for it.Next(ctx) {
		r := it.Result()
		refs = append(refs, s.qs.QuadDirection(r, quad.Predicate), s.qs.QuadDirection(r, quad.Object))
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil, err
	}
	m := make(map[string][]quad.Value, len(vals)/2)
	for i := 0; i+1 < len(vals); i += 2 {
		p, ok := vals[i].(quad.IRI)
		if !ok || vals[i+1] == nil {
			continue
		}
		m[string(p)] = append(m[string(p)], vals[i+1])
	}
	return m, nil
}

// quadsOf returns the stored quads (with labels) that have node in direction d.
func (s *Store) quadsOf(ctx context.Context, d quad.Direction, node quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(d, ref)
	var refs []cgraph.Ref
	for it.Next(ctx) {
		refs = append(refs, it.Result())
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(refs))
	for _, r := range refs {
		out = append(out, s.qs.Quad(r))
	}
	return out, nil
}

// strings returns the native string forms of vals, sorted and unique.
func stringsOf(vals []quad.Value) []string {
	var out []string
	for _, v := range vals {
		out = append(out, nativeString(v))
	}
	sort.Strings(out)
	j := 0
	for i, x := range out {
		if i == 0 || x != out[j-1] {
			out[j] = x
			j++
		}
	}
	return out[:j]
}

// firstString is the least of vals' strings: when a concurrent writer left
// two values of a single-valued property, every reader picks the same one.
func firstString(vals []quad.Value) string {
	if ss := stringsOf(vals); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

func nativeString(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return fmt.Sprint(v.Native())
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(v)
}

func entityFrom(iri quad.Value, m map[string][]quad.Value) schema.Entity {
	e := schema.Entity{Type: schema.EntityType(firstString(m[schema.IRIType]))}
	names := stringsOf(m[schema.IRIName])
	if len(names) > 0 {
		e.Name = names[0]
	} else {
		// Not expected: fall back to the IRI's slug.
		s := iriString(iri)
		e.Name = s[strings.LastIndexByte(s, '/')+1:]
	}
	aliases := stringsOf(append(append([]quad.Value(nil), m[schema.IRIAlias]...), m[schema.IRIName]...))
	for _, a := range aliases {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	e.ISO = firstString(m[schema.IRIISO])
	e.QID = firstString(m[schema.IRIQID])
	return e
}

func documentFrom(iri quad.Value, m map[string][]quad.Value) schema.Document {
	d := schema.Document{
		Source:    firstString(m[schema.IRISource]),
		Title:     firstString(m[schema.IRITitle]),
		URL:       firstString(m[schema.IRIURL]),
		Publisher: firstString(m[schema.IRIPublisher]),
		Published: firstString(m[schema.IRIPublished]),
		Hash:      firstString(m[schema.IRIHash]),
		Origin:    firstString(m[schema.IRIOrigin]),
		AlsoAt:    stringsOf(m[schema.IRIAlsoAt]),
	}
	if d.Hash == "" {
		d.Hash = strings.TrimPrefix(iriString(iri), schema.DocumentIRI(""))
	}
	return d
}

func statementFrom(m map[string][]quad.Value) schema.Statement {
	st := schema.Statement{
		Predicate: schema.Predicate(firstString(m[schema.IRIPredicate])),
		Modality:  schema.Modality(firstString(m[schema.IRIModality])),
		Time:      firstString(m[schema.IRITime]),
		Role:      firstString(m[schema.IRIRole]),
		Commodity: firstString(m[schema.IRICommodity]),
		Rule:      firstString(m[schema.IRIRule]),
		Sentence:  firstString(m[schema.IRISentence]),
	}
	if v := m[schema.IRIConfidence]; len(v) > 0 {
		st.Confidence = toFloat(v[0])
	}
	if v := m[schema.IRIStart]; len(v) > 0 {
		st.Start = int(toFloat(v[0]))
	}
	if v := m[schema.IRIEnd]; len(v) > 0 {
		st.End = int(toFloat(v[0]))
	}
	return st
}

func toFloat(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	var f float64
	fmt.Sscan(nativeString(v), &f)
	return f
}

// EntitiesNamed returns the entities whose canonical name or one of whose
// aliases is name exactly, or whose IRI it is, ordered by name and type. It
// reads only those entities: resolving a name this way does not read every
// entity, as Entities does.
func (s *Store) EntitiesNamed(ctx context.Context, name string) ([]schema.Entity, error) {
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: entities named: %w", err)
	}
	defer done()
	var nodes []quad.Value
	for _, p := range []quad.IRI{iriName, iriAlias} {
		vs, err := s.subjects(ctx, p, quad.String(name))
		if err != nil {
			return nil, fmt.Errorf("graph: entities named: %w", err)
		}
		nodes = append(nodes, vs...)
	}
	if strings.HasPrefix(name, schema.Namespace) {
		nodes = append(nodes, quad.IRI(name))
	}
	var out []schema.Entity
	seen := make(map[quad.Value]bool)
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		m, err := s.outs(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("graph: entities named: %w", err)
		}
		if _, err := schema.ParseType(firstString(m[schema.IRIType])); err != nil || len(m[schema.IRIName]) == 0 {
			continue // not an entity
		}
		out = append(out, entityFrom(n, m))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Type < out[j].Type
	})
	return out, nil
}
