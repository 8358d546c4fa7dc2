package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// Gizmo runs a Gizmo program (ES5) in a fresh session and returns up to limit
// results (limit <= 0: no limit). A result maps each tag to its value:
// IRIs as bare strings without angle brackets ("kg:person/ilham_aliyev"),
// string literals as strings, ints as int64, floats as float64, booleans as
// bool, times as time.Time; the node a path ends on is under the tag "id". A
// value the program passes to g.Emit is returned as it is when it is an
// object, and as {"value": v} otherwise.
//
// The program stops when ctx is done (Cayley's sessions ignore the context
// they are given; here the deadline interrupts the JavaScript and the
// traversals). It then returns the results so far and an error wrapping
// ctx.Err().
func (s *Store) Gizmo(ctx context.Context, code string, limit int) ([]map[string]interface{}, error) {
	if limit < 0 {
		limit = 0
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: gizmo: %w", err)
	}
	done, err := s.use()
	if err != nil {
		return nil, fmt.Errorf("graph: gizmo: %w", err)
	}
	defer done()
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, code, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("graph: gizmo: %w", err)
	}
	// Results are turned into values only after the program has stopped:
	// looking values up while its goroutine holds bolt read transactions
	// is how bolt deadlocks (see boltMmapSize).
	var raw []*gizmo.Result
	started := false
	for limit == 0 || len(raw) < limit {
		started = true
		if !it.Next(ctx) {
			break
		}
		if r, ok := it.Result().(*gizmo.Result); ok && r != nil && !r.Meta {
			raw = append(raw, r)
		}
	}
	err = it.Err()
	// Close interrupts the program, but its goroutine may still be inside a
	// traversal: wait until it has exited (Next on a closed iterator returns
	// false then), so that nobody closes the store under it.
	it.Close()
	if started {
		for it.Next(context.Background()) {
		}
	}
	out := make([]map[string]interface{}, 0, len(raw))
	for _, r := range raw {
		if m := s.gizmoRow(r); m != nil {
			out = append(out, m)
		}
	}
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			err = fmt.Errorf("%w (%v)", ctxErr, err)
		}
		return out, fmt.Errorf("graph: gizmo: %w", err)
	}
	return out, nil
}

func (s *Store) gizmoRow(r *gizmo.Result) map[string]interface{} {
	if r.Tags == nil {
		switch v := r.Val.(type) {
		case nil:
			return nil
		case map[string]interface{}:
			return v
		default:
			return map[string]interface{}{"value": v}
		}
	}
	m := make(map[string]interface{}, len(r.Tags))
	for tag, ref := range r.Tags {
		if v := nativeValue(s.qs.NameOf(ref)); v != nil {
			m[tag] = v
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// nativeValue is the Go form of a value in Gizmo results.
func nativeValue(v quad.Value) interface{} {
	switch v := v.(type) {
	case nil:
		return nil
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	}
	if n := v.Native(); n != nil {
		if _, ok := n.(quad.Value); !ok {
			return n
		}
	}
	return quad.StringOf(v)
}
