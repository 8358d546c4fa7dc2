package graph

import (
	"context"
	"errors"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Hooks for the tests of package graph_test.

// WriteThroughCayley makes s, a PostgreSQL store, write documents through
// Cayley's own writer (one INSERT per node and per quad), as every other
// backend does, instead of pgStore.apply.
func WriteThroughCayley(s *Store) { s.cayleyWrites = true }

// SetChunkRows sets the most rows one bulk statement inserts and returns a
// function that restores it.
func SetChunkRows(n int) (restore func()) {
	old := pgChunkRows
	pgChunkRows = n
	return func() { pgChunkRows = old }
}

// ApplyQuads adds quads in one transaction, as s writes documents.
func ApplyQuads(ctx context.Context, s *Store, quads []quad.Quad) error {
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return s.apply(ctx, deltas)
}

// CayleyQuads returns every stored quad, as Cayley reads it back, in N-Quads
// form, sorted.
func CayleyQuads(ctx context.Context, s *Store) ([]string, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()).NQuad())
	}
	sort.Strings(out)
	return out, it.Err()
}

// DumpPostgres returns the rows of a PostgreSQL store's nodes table (every
// column, refs included) and of its quads table (the four hashes; not the
// serial horizon or the write time), as text, sorted.
func DumpPostgres(ctx context.Context, s *Store) (nodes, quads []string, err error) {
	if s.pg == nil {
		return nil, nil, errors.New("not a PostgreSQL store")
	}
	rows := func(query string) ([]string, error) {
		rs, err := s.pg.db.QueryContext(ctx, query)
		if err != nil {
			return nil, err
		}
		defer rs.Close()
		var out []string
		for rs.Next() {
			var r string
			if err := rs.Scan(&r); err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, rs.Err()
	}
	if nodes, err = rows(`SELECT n::text FROM nodes n ORDER BY hash`); err != nil {
		return nil, nil, err
	}
	quads, err = rows(`SELECT (subject_hash, predicate_hash, object_hash, label_hash)::text FROM quads ORDER BY 1`)
	return nodes, quads, err
}
