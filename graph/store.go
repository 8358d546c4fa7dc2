package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" backend
)

// Errors a Store returns, wrapped with context; test them with errors.Is.
var (
	// ErrLocked means another process holds the bolt store.
	ErrLocked = errors.New("store is in use by another process")
	// ErrReadOnly is returned by writes to a store opened with ReadOnly.
	ErrReadOnly = errors.New("store is opened read-only")
	// ErrNotFound is returned when a document asked for is not stored.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous is returned when a reference names several documents.
	ErrAmbiguous = errors.New("ambiguous")
	// ErrNotExist is returned when a read-only open finds no store.
	ErrNotExist = errors.New("store does not exist")
)

// Options configure Open. The zero value opens for writing with a 5s lock
// timeout.
type Options struct {
	// ReadOnly opens the store for reading only (stats, export, query). Several
	// read-only opens of one bolt store can share it; writes fail with
	// ErrReadOnly.
	ReadOnly bool
	// LockTimeout is how long to wait for another process's lock on a bolt
	// store before failing with ErrLocked. Zero means 5s.
	LockTimeout time.Duration
}

// DefaultLockTimeout is the LockTimeout used when Options leave it zero.
const DefaultLockTimeout = 5 * time.Second

// Backend names, as Store.Backend reports them.
const (
	BackendBolt     = "bolt"
	BackendMemory   = "memory"
	BackendPostgres = "postgres"
)

// Store is a knowledge graph in a Cayley quad store. Its methods are safe for
// concurrent use; writes are serialized.
type Store struct {
	qs       cgraph.QuadStore
	pg       *pgStore // PostgreSQL stores only: kg's own connection, for batched writes and lookups
	addr     string
	backend  string
	readOnly bool
	pidFile  string // bolt writer's holder file, removed on Close

	// cayleyWrites makes a PostgreSQL store write through Cayley's own
	// writer, as tests do to compare it with pgStore.apply.
	cayleyWrites bool

	mu    sync.Mutex        // serializes writes and guards names
	names map[string]string // entity IRI -> stored kg:name, "" when not stored

	life      sync.RWMutex // read-held by every call, write-held by Close
	mem       sync.RWMutex // memstore only (it has no locks): read-held by reads, write-held by writes
	closed    bool
	closeOnce sync.Once
	closeErr  error
}

// errClosed is returned by calls on a closed Store.
var errClosed = errors.New("store is closed")

// use marks a call in progress: Close waits for it to return. The caller
// calls done when it no longer touches the quad store.
func (s *Store) use() (done func(), err error) {
	return s.enter(false)
}

func (s *Store) enter(write bool) (done func(), err error) {
	s.life.RLock()
	if s.closed {
		s.life.RUnlock()
		return nil, errClosed
	}
	if s.backend != BackendMemory {
		return s.life.RUnlock, nil
	}
	if write {
		s.mem.Lock()
		return func() { s.mem.Unlock(); s.life.RUnlock() }, nil
	}
	s.mem.RLock()
	return func() { s.mem.RUnlock(); s.life.RUnlock() }, nil
}

// Open opens (creating and initialising if needed) the store at addr: a
// directory path for bolt, "memory", or a postgres:// or postgresql:// URL.
// Resolving a default address is the caller's business.
func Open(addr string, opt Options) (*Store, error) {
	if opt.LockTimeout <= 0 {
		opt.LockTimeout = DefaultLockTimeout
	}
	s := &Store{addr: addr, readOnly: opt.ReadOnly, names: make(map[string]string)}
	var err error
	switch {
	case addr == "":
		return nil, errors.New("graph: open: empty store address")
	case addr == "memory":
		s.backend = BackendMemory
		s.qs = memstore.New()
	case strings.HasPrefix(addr, "postgres://"), strings.HasPrefix(addr, "postgresql://"):
		s.backend = BackendPostgres
		s.qs, s.pg, err = openSQL("postgres", addr, opt)
	default:
		s.backend = BackendBolt
		s.qs, s.pidFile, err = openBolt(addr, opt)
	}
	var locked *lockedError
	if errors.As(err, &locked) {
		return nil, err // says all: "store DIR is in use by another kg process (pid ...)"
	} else if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", redact(addr), err)
	}
	return s, nil
}

// openSQL initialises the database if it has no quads table yet, then opens
// it, both through Cayley and directly. (Asking Cayley to initialise an
// initialised database works too, but it logs an error.)
func openSQL(typ, addr string, opt Options) (cgraph.QuadStore, *pgStore, error) {
	db, err := sql.Open(typ, addr)
	if err != nil {
		return nil, nil, err
	}
	var table sql.NullString
	if err := db.QueryRow(`SELECT to_regclass('quads')::text`).Scan(&table); err != nil {
		db.Close()
		return nil, nil, err
	}
	if !table.Valid {
		if opt.ReadOnly {
			db.Close()
			return nil, nil, ErrNotExist
		}
		err := cgraph.InitQuadStore(typ, addr, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, err
		}
	}
	pg, err := newPGStore(db)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	qs, err := cgraph.NewQuadStore(typ, addr, nil)
	if err != nil {
		pg.close()
		return nil, nil, err
	}
	return qs, pg, nil
}

// redact hides the password of a database URL in messages.
func redact(addr string) string {
	i := strings.Index(addr, "://")
	if i < 0 {
		return addr
	}
	rest := addr[i+3:]
	at := strings.IndexByte(rest, '@')
	if slash := strings.IndexByte(rest, '/'); at < 0 || (slash >= 0 && slash < at) {
		return addr
	}
	user := rest[:at]
	if c := strings.IndexByte(user, ':'); c >= 0 {
		return addr[:i+3] + user[:c] + ":xxxxx" + rest[at:]
	}
	return addr
}

// Backend names the kind of store: "bolt", "memory" or "postgres".
func (s *Store) Backend() string { return s.backend }

// Addr is the address the store was opened with.
func (s *Store) Addr() string { return s.addr }

// Close waits for calls in progress (a Gizmo program stopped by its deadline
// included), then closes the store and releases its lock. Closing twice is
// harmless; other calls on a closed Store fail.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.life.Lock()
		defer s.life.Unlock()
		s.closed = true
		// Remove the holder file while still holding the lock: once the
		// lock is released the next writer writes its own.
		if s.pidFile != "" {
			_ = os.Remove(s.pidFile)
		}
		s.closeErr = s.qs.Close()
		if s.pg != nil {
			if err := s.pg.close(); s.closeErr == nil {
				s.closeErr = err
			}
		}
	})
	return s.closeErr
}

// writable is use for writes: it fails on read-only stores.
func (s *Store) writable(op string) (done func(), err error) {
	if s.readOnly {
		return nil, fmt.Errorf("graph: %s: %w", op, ErrReadOnly)
	}
	if done, err = s.enter(true); err != nil {
		return nil, fmt.Errorf("graph: %s: %w", op, err)
	}
	return done, nil
}
