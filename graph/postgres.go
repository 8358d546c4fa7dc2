package graph

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// pgStore is kg's own connection to a PostgreSQL store, beside Cayley's.
// Cayley's SQL backend writes one INSERT per node and one per quad, each a
// round trip, and looks documents up one iterator query at a time; these
// do the same work in a few statements per batch. Everything written here
// is what Cayley itself would write (see pgStore.apply), so Cayley reads it,
// and removes it, as its own.
type pgStore struct {
	db     *sql.DB
	hasDoc *sql.Stmt
}

func newPGStore(db *sql.DB) (*pgStore, error) {
	// The same question Cayley's QuadIterator(Subject, doc) asks, prepared
	// once: ingest asks it for every document it reads.
	st, err := db.Prepare(`SELECT EXISTS (SELECT 1 FROM quads WHERE subject_hash = $1)`)
	if err != nil {
		return nil, err
	}
	p := &pgStore{db: db, hasDoc: st}
	if err := p.analyze(context.Background()); err != nil {
		p.hasDoc.Close()
		return nil, fmt.Errorf("analyze: %w", err)
	}
	return p, nil
}

// analyze has PostgreSQL gather statistics on Cayley's tables when it has
// none (reltuples is -1 until a table is first analyzed, and autovacuum,
// which would, may be off: it is on kg's test server) or when a table has
// grown more than fourfold since (by its size on disk, which, unlike the
// statistics collector's counts, is current at once).
//
// Cayley's query optimizer falls back on the row estimate when a query's
// own count fails, as it does once the query's deadline has passed, and
// divides by the estimate plus one: on a never-analyzed store `kg query`
// died of a division by zero, in the goroutine Cayley runs Gizmo programs
// on, where no recover of kg's reaches. PostgreSQL plans Cayley's joins
// with the statistics too. Gathering them samples 30,000 rows a table, so
// it is done once per fourfold growth, not after every write.
func (p *pgStore) analyze(ctx context.Context) error {
	rows, err := p.db.QueryContext(ctx, `SELECT c.relname, c.reltuples, c.relpages,
			pg_relation_size(c.oid) / current_setting('block_size')::int
		FROM pg_class c WHERE c.oid IN (to_regclass('quads'), to_regclass('nodes'))`)
	if err != nil {
		return err
	}
	var stale []string
	for rows.Next() {
		var (
			name              string
			tuples            float64
			analyzed, current int64 // pages
		)
		if err := rows.Scan(&name, &tuples, &analyzed, &current); err != nil {
			rows.Close()
			return err
		}
		if tuples < 0 || current > 4*analyzed {
			stale = append(stale, name)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range stale {
		if _, err := p.db.ExecContext(ctx, `ANALYZE `+pq.QuoteIdentifier(t)); err != nil {
			return err
		}
	}
	return nil
}

func (p *pgStore) close() error {
	p.hasDoc.Close()
	return p.db.Close()
}

func nodeHash(v quad.Value) []byte {
	return csql.HashOf(v).SQLValue().([]byte)
}

// hasDocument reports whether the node doc has quads as subject.
func (p *pgStore) hasDocument(ctx context.Context, doc quad.Value) (bool, error) {
	var ok bool
	err := p.hasDoc.QueryRowContext(ctx, nodeHash(doc)).Scan(&ok)
	return ok, err
}

// hashNodes returns the hashes of nodes as a query parameter, and the node
// of each hash.
func hashNodes(nodes []quad.Value) (map[string]quad.Value, pq.ByteaArray) {
	byHash := make(map[string]quad.Value, len(nodes))
	hashes := make(pq.ByteaArray, 0, len(nodes))
	for _, n := range nodes {
		h := nodeHash(n)
		byHash[string(h)] = n
		hashes = append(hashes, h)
	}
	return byHash, hashes
}

// subjects returns which of nodes are the subject of some quad.
func (p *pgStore) subjects(ctx context.Context, nodes []quad.Value) (map[quad.Value]bool, error) {
	byHash, hashes := hashNodes(nodes)
	rows, err := p.db.QueryContext(ctx, `SELECT DISTINCT subject_hash FROM quads WHERE subject_hash = ANY($1)`, hashes)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[quad.Value]bool)
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out[byHash[string(h)]] = true
	}
	return out, rows.Err()
}

// objects returns the objects of the quads "node pred ?" for each of nodes
// (absent when there are none).
func (p *pgStore) objects(ctx context.Context, nodes []quad.Value, pred quad.Value) (map[quad.Value][]quad.Value, error) {
	byHash, hashes := hashNodes(nodes)
	rows, err := p.db.QueryContext(ctx, `SELECT q.subject_hash, `+nodeColumns+`
		FROM quads q JOIN nodes n ON n.hash = q.object_hash
		WHERE q.subject_hash = ANY($1) AND q.predicate_hash = $2`, hashes, nodeHash(pred))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[quad.Value][]quad.Value)
	for rows.Next() {
		var h []byte
		var c nodeCols
		if err := rows.Scan(append([]interface{}{&h}, c.dest()...)...); err != nil {
			return nil, err
		}
		v, err := c.value()
		if err != nil {
			return nil, err
		}
		n := byHash[string(h)]
		out[n] = append(out[n], v)
	}
	return out, rows.Err()
}

// nodeColumns are the columns of the nodes table (as n) that hold a value,
// in the order Cayley's QuadStore.NameOf reads them.
const nodeColumns = `n.value, n.value_string, n.datatype, n.language, n.iri, n.bnode,
	n.value_int, n.value_bool, n.value_float, n.value_time`

type nodeCols struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  csql.NullTime
}

func (c *nodeCols) dest() []interface{} {
	return []interface{}{&c.data, &c.str, &c.typ, &c.lang, &c.iri, &c.bnode, &c.vint, &c.vbool, &c.vfloat, &c.vtime}
}

// value decodes a nodes row exactly as Cayley's QuadStore.NameOf does, so
// that a value read here equals the one Cayley's readers see.
func (c *nodeCols) value() (quad.Value, error) {
	unescape := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
	switch {
	case c.str.Valid:
		switch {
		case c.iri.Bool:
			return quad.IRI(c.str.String), nil
		case c.bnode.Bool:
			return quad.BNode(c.str.String), nil
		case c.lang.Valid:
			return quad.LangString{Value: quad.String(unescape(c.str.String)), Lang: c.lang.String}, nil
		case c.typ.Valid:
			return quad.TypedString{Value: quad.String(unescape(c.str.String)), Type: quad.IRI(c.typ.String)}, nil
		}
		return quad.String(unescape(c.str.String)), nil
	case c.vint.Valid:
		return quad.Int(c.vint.Int64), nil
	case c.vbool.Valid:
		return quad.Bool(c.vbool.Bool), nil
	case c.vfloat.Valid:
		return quad.Float(c.vfloat.Float64), nil
	case c.vtime.Valid:
		return quad.Time(c.vtime.Time), nil
	}
	return pquads.UnmarshalValue(c.data)
}

// apply writes added quads as Cayley's ApplyDeltas(deltas, IgnoreOpts{IgnoreDup:
// true}) does on PostgreSQL (postgres.RunTx), in one transaction, but with a
// few statements instead of one per node and one per quad:
//
//   - every node of the deltas is inserted with refs = the number of deltas
//     that name it (in any direction), or, when stored, has its refs raised by
//     that number. Like Cayley this counts quads that turn out to be stored
//     already, so reference counts can only overcount, never undercount, and
//     Cayley's deletes (which lower them per quad actually deleted and drop a
//     node at zero) work on them unchanged;
//   - nodes go in the order of their hashes, the order in which Cayley's own
//     writer takes their row locks, so that concurrent writers of either
//     kind do not deadlock;
//   - every quad is inserted with ON CONFLICT DO NOTHING and ts = now(),
//     in the order of the deltas.
//
// Rows travel as one array parameter per column, unnested by the server:
// a multi-row VALUES list costs PostgreSQL several times more to parse and
// plan than the inserts themselves (16,000 nodes: 0.6 s against 0.15 s),
// and has no parameter limit to stay under.
//
// Only Add deltas are accepted.
func (p *pgStore) apply(ctx context.Context, deltas []cgraph.Delta) error {
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			return fmt.Errorf("bulk write: delta %v is not an add", d)
		}
	}
	split := graphlog.SplitDeltas(deltas) // IncNode sorted by hash, as Cayley has them
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := insertNodes(ctx, tx, split.IncNode); err != nil {
		tx.Rollback()
		return fmt.Errorf("insert nodes: %w", err)
	}
	if err := insertQuads(ctx, tx, split.QuadAdd); err != nil {
		tx.Rollback()
		return fmt.Errorf("insert quads: %w", err)
	}
	return tx.Commit()
}

// pgChunkRows is the most rows one statement inserts, to bound the size of
// its parameters. A variable so that tests can make chunks small.
var pgChunkRows = 16384

// nodeColumnTypes are the columns of the nodes table a node insert may fill
// after refs and hash, with their types; csql.NodeValues says which ones
// each kind of value uses.
var nodeColumnTypes = []struct{ name, typ string }{
	{"value", "bytea"}, {"value_string", "text"}, {"datatype", "text"}, {"language", "text"},
	{"iri", "boolean"}, {"bnode", "boolean"}, {"value_int", "bigint"}, {"value_bool", "boolean"},
	{"value_float", "double precision"}, {"value_time", "timestamp with time zone"},
}

var insertNodesSQL = func() string {
	names := []string{"refs", "hash"}
	params := []string{"$1::int[]", "$2::bytea[]"}
	for i, c := range nodeColumnTypes {
		names = append(names, c.name)
		params = append(params, "$"+strconv.Itoa(i+3)+"::"+c.typ+"[]")
	}
	return `INSERT INTO nodes(` + strings.Join(names, ", ") + `) SELECT * FROM unnest(` + strings.Join(params, ", ") +
		`) ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
}()

func insertNodes(ctx context.Context, tx *sql.Tx, nodes []graphlog.NodeUpdate) error {
	col := make(map[string]int, len(nodeColumnTypes))
	for i, c := range nodeColumnTypes {
		col[c.name] = i
	}
	for len(nodes) > 0 {
		chunk := nodes[:min(len(nodes), pgChunkRows)]
		nodes = nodes[len(chunk):]
		refs, hashes := newPGArray(len(chunk)), newPGArray(len(chunk))
		cols := make([]*pgArray, len(nodeColumnTypes))
		for i := range cols {
			cols[i] = newPGArray(len(chunk))
		}
		for _, n := range chunk {
			if n.RefInc < 0 {
				return fmt.Errorf("node %v: negative reference increment %d", n.Val, n.RefInc)
			}
			kind, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
			if err != nil {
				return err
			}
			refs.add(int64(n.RefInc))
			hashes.add(vals[0]) // NodeValues puts the hash first
			row := make([]interface{}, len(nodeColumnTypes))
			for i, c := range kind.Columns() {
				row[col[c]] = vals[i+1]
			}
			for i, v := range row {
				if err := cols[i].add(v); err != nil {
					return fmt.Errorf("node %v: %w", n.Val, err)
				}
			}
		}
		args := []interface{}{refs.param(), hashes.param()}
		for _, c := range cols {
			args = append(args, c.param())
		}
		if _, err := tx.ExecContext(ctx, insertNodesSQL, args...); err != nil {
			return err
		}
	}
	return nil
}

const insertQuadsSQL = `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts)
	SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS u(s, p, o, l)
	ON CONFLICT DO NOTHING`

func insertQuads(ctx context.Context, tx *sql.Tx, quads []graphlog.QuadUpdate) error {
	// A quad twice in the deltas is inserted once: the second insert would
	// do nothing anyway.
	seen := make(map[cgraph.QuadHash]bool, len(quads))
	uniq := quads[:0:0]
	for _, q := range quads {
		if !seen[q.Quad] {
			seen[q.Quad] = true
			uniq = append(uniq, q)
		}
	}
	for len(uniq) > 0 {
		chunk := uniq[:min(len(uniq), pgChunkRows)]
		uniq = uniq[len(chunk):]
		var dirs [4]*pgArray
		for i := range dirs {
			dirs[i] = newPGArray(len(chunk))
		}
		for _, q := range chunk {
			for i, h := range q.Quad.Dirs() {
				dirs[i].add(csql.NodeHash{ValueHash: h}.SQLValue()) // nil (NULL) for no label
			}
		}
		if _, err := tx.ExecContext(ctx, insertQuadsSQL, dirs[0].param(), dirs[1].param(), dirs[2].param(), dirs[3].param()); err != nil {
			return err
		}
	}
	return nil
}

// pgArray builds the text form of a one-dimensional PostgreSQL array from
// the Go values csql.NodeValues produces, encoding each element as lib/pq
// encodes the same value as a parameter of Cayley's inserts.
type pgArray struct {
	b       []byte
	n       int
	nonNull bool
}

func newPGArray(n int) *pgArray {
	return &pgArray{b: append(make([]byte, 0, 2+n*8), '{')}
}

func (a *pgArray) add(v interface{}) error {
	if a.n > 0 {
		a.b = append(a.b, ',')
	}
	a.n++
	if v == nil {
		a.b = append(a.b, "NULL"...)
		return nil
	}
	a.nonNull = true
	switch v := v.(type) {
	case []byte:
		a.b = append(a.b, `"\\x`...)
		a.b = hex.AppendEncode(a.b, v)
		a.b = append(a.b, '"')
	case string:
		a.quoted([]byte(v))
	case bool:
		a.b = strconv.AppendBool(a.b, v)
	case int64:
		a.b = strconv.AppendInt(a.b, v, 10)
	case float64:
		a.quoted(strconv.AppendFloat(nil, v, 'f', -1, 64)) // quoted: "NaN" must not read as an identifier
	case time.Time:
		a.quoted(pq.FormatTimestamp(v))
	default:
		return fmt.Errorf("no array encoding for %T", v)
	}
	return nil
}

// quoted appends s double-quoted, with backslashes before quotes and
// backslashes: inside quotes nothing else is special.
func (a *pgArray) quoted(s []byte) {
	a.b = append(a.b, '"')
	for _, c := range s {
		if c == '"' || c == '\\' {
			a.b = append(a.b, '\\')
		}
		a.b = append(a.b, c)
	}
	a.b = append(a.b, '"')
}

// param is the array as a statement parameter. An array of NULLs is sent
// as a NULL array: unnest pads it with NULLs to the length of the others.
func (a *pgArray) param() interface{} {
	if !a.nonNull {
		return nil
	}
	return string(append(a.b, '}'))
}
