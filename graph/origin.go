package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// DocumentOrigin is a stored document's origin and sketch: what grouping new
// documents with the stored ones needs.
type DocumentOrigin struct {
	Hash   string // the document's content hash
	Origin string // its kg:origin, "" when it has none
	Sketch string // its kg:sketch, "" when it has none
}

// Origins returns the origin and sketch of every stored document, ordered by
// origin and hash.
func (s *Store) Origins(ctx context.Context) ([]DocumentOrigin, error) {
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: origins: %w", err)
	}
	defer done()
	iris, err := s.subjects(ctx, iriType, litDocument)
	if err != nil {
		return nil, fmt.Errorf("graph: origins: %w", err)
	}
	byIRI := make(map[string]*DocumentOrigin, len(iris))
	out := make([]DocumentOrigin, len(iris))
	prefix := schema.DocumentIRI("")
	for i, iri := range iris {
		id := iriString(iri)
		out[i].Hash = strings.TrimPrefix(id, prefix)
		byIRI[id] = &out[i]
	}
	err = s.pairs(ctx, []quad.IRI{iriOrigin, iriSketch}, func(p quad.IRI, subj, obj quad.Value) {
		d, ok := byIRI[iriString(subj)]
		if !ok {
			return
		}
		v := nativeString(obj)
		if p == iriOrigin {
			// Two values are left only by an interrupted SetOrigins:
			// every reader takes the least, like firstString.
			if d.Origin == "" || v < d.Origin {
				d.Origin = v
			}
		} else {
			d.Sketch = v
		}
	})
	if err != nil {
		return nil, fmt.Errorf("graph: origins: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Origin != out[j].Origin {
			return out[i].Origin < out[j].Origin
		}
		return out[i].Hash < out[j].Hash
	})
	return out, nil
}

// pairs calls fn with the predicate, subject and object of every quad
// whose predicate is one of preds. Bolt has no index by predicate alone (a
// predicate's quads are found by reading all), so there it reads every quad
// once for all of preds; other backends look each predicate up.
func (s *Store) pairs(ctx context.Context, preds []quad.IRI, fn func(pred quad.IRI, subj, obj quad.Value)) error {
	want := make(map[interface{}]quad.IRI, len(preds))
	var its []cgraph.Iterator
	for _, p := range preds {
		if ref := s.qs.ValueOf(p); ref != nil {
			want[ref.Key()] = p
			its = append(its, s.qs.QuadIterator(quad.Predicate, ref))
		}
	}
	if len(want) == 0 {
		return nil
	}
	if s.backend == BackendBolt {
		for _, it := range its {
			it.Close()
		}
		its = []cgraph.Iterator{s.qs.QuadsAllIterator()}
	}
	var refs []cgraph.Ref
	var ps []quad.IRI
	var err error
	for _, it := range its {
		if err == nil {
			err = s.scanPairs(ctx, it, want, &ps, &refs)
		}
		it.Close()
	}
	if err != nil {
		return err
	}
	if len(refs) == 0 {
		return nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return err
	}
	for i, p := range ps {
		if subj, obj := vals[2*i], vals[2*i+1]; subj != nil && obj != nil {
			fn(p, subj, obj)
		}
	}
	return nil
}

// scanPairs appends the predicate, subject and object of the quads of it
// whose predicate is in want.
func (s *Store) scanPairs(ctx context.Context, it cgraph.Iterator, want map[interface{}]quad.IRI, ps *[]quad.IRI, refs *[]cgraph.Ref) error {
	for it.Next(ctx) {
		r := it.Result()
		p, ok := want[s.qs.QuadDirection(r, quad.Predicate).Key()]
		if !ok {
			continue
		}
		*ps = append(*ps, p)
		*refs = append(*refs, s.qs.QuadDirection(r, quad.Subject), s.qs.QuadDirection(r, quad.Object))
	}
	return it.Err()
}

// SetOrigins gives stored documents a new origin: origins maps a content hash
// to the document's origin. Hashes of documents not stored are ignored. It
// returns how many documents changed.
//
// The new origins are added in one transaction and the old ones removed in a
// second (Cayley's kv stores cannot take a quad out and put another on the
// same node in one transaction), so an interruption in between leaves a
// document with both; readers then take the least, and the next SetOrigins
// for it removes the other.
func (s *Store) SetOrigins(ctx context.Context, origins map[string]string) (int, error) {
	done, err := s.writable("set origins")
	if err != nil {
		return 0, err
	}
	defer done()
	s.mu.Lock()
	defer s.mu.Unlock()
	hashes := make([]string, 0, len(origins))
	for h := range origins {
		hashes = append(hashes, h)
	}
	sort.Strings(hashes)
	var add, del []cgraph.Delta
	for _, h := range hashes {
		origin := origins[h]
		if checkHash(h) != nil || origin == "" {
			return 0, fmt.Errorf("graph: set origins: bad document hash %q or empty origin", h)
		}
		d := quad.IRI(schema.DocumentIRI(h))
		qs, err := s.quadsOf(ctx, quad.Subject, d)
		if err != nil {
			return 0, fmt.Errorf("graph: set origins: %w", err)
		}
		stored, has := false, false
		var old []quad.Quad
		for _, q := range qs {
			switch {
			case q.Predicate == iriType:
				stored = true
			case q.Predicate == iriOrigin && nativeString(q.Object) == origin:
				has = true
			case q.Predicate == iriOrigin:
				old = append(old, q)
			}
		}
		if !stored || has && len(old) == 0 {
			continue
		}
		if !has {
			add = append(add, cgraph.Delta{Quad: quad.Quad{Subject: d, Predicate: iriOrigin, Object: quad.String(origin), Label: d}, Action: cgraph.Add})
		}
		for _, q := range old {
			del = append(del, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	n := len(add)
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("graph: set origins: %w", err)
	}
	for _, deltas := range [][]cgraph.Delta{add, del} {
		if len(deltas) == 0 {
			continue
		}
		if err := s.qs.ApplyDeltas(deltas, writeOpts); err != nil {
			return 0, fmt.Errorf("graph: set origins: %w", err)
		}
	}
	return n, nil
}
