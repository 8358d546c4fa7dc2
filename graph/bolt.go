package graph

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

const (
	boltFile   = "indexes.bolt" // the file Cayley's bolt backend keeps in its directory
	holderFile = "writer.pid"   // pid and command line of the process writing the store
)

// kvOptions are the options of every kv quad store kg opens.
var kvOptions = cgraph.Options{ckv.OptNoBloom: true}

// boltMmapSize is the address space a bolt store maps when it opens (64 GiB
// on 64-bit systems: address space, not memory). As long as the file fits, a
// write never remaps it. A remap waits until no read transaction is open, and
// Cayley's traversals hold several at once while opening more, so a remap in
// the middle of a query deadlocks the reader and the writer (bolt's own
// documentation recommends a large InitialMmapSize for this).
var boltMmapSize = func() int {
	if strconv.IntSize == 32 {
		return 1 << 30
	}
	return 64 << 30
}()

// openBolt opens the bolt store in dir through hidalgo, so that waiting for
// another process's lock times out (Cayley's own bolt open waits forever). A
// writer creates and initialises a missing store and records itself in the
// holder file, whose path it returns.
func openBolt(dir string, opt Options) (cgraph.QuadStore, string, error) {
	file := filepath.Join(dir, boltFile)
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return nil, "", fmt.Errorf("%s is a file, not a store directory", dir)
	case errors.Is(err, fs.ErrNotExist):
		if opt.ReadOnly {
			return nil, "", ErrNotExist
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, "", err
		}
	case err != nil:
		return nil, "", err
	}
	if ffi, err := os.Stat(file); err == nil && opt.ReadOnly && ffi.Size() < 4*int64(os.Getpagesize()) {
		// A writer killed while bolt created the file left it shorter
		// than bolt's first four pages: nothing was stored, and opening
		// it read-only would make bolt try to write them.
		return nil, "", ErrNotExist
	} else if errors.Is(err, fs.ErrNotExist) {
		if opt.ReadOnly {
			return nil, "", ErrNotExist
		}
		// Never scatter a store into a directory that holds something else.
		if entries, err := os.ReadDir(dir); err != nil {
			return nil, "", err
		} else if len(entries) > 0 {
			return nil, "", fmt.Errorf("%s is not empty and holds no %s: not a kg store", dir, boltFile)
		}
	}

	bo := &bolt.Options{Timeout: opt.LockTimeout, ReadOnly: opt.ReadOnly, InitialMmapSize: boltMmapSize}
	db, err := hbolt.Open(file, bo)
	if err != nil && !errors.Is(err, bolt.ErrTimeout) {
		// Perhaps the address space is limited (ulimit -v): map as needed.
		bo.InitialMmapSize = 0
		db, err = hbolt.Open(file, bo)
	}
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, "", &lockedError{dir: dir, holder: readHolder(dir)}
	} else if err != nil {
		return nil, "", err
	}
	qs, err := ckv.New(db, kvOptions)
	if errors.Is(err, cgraph.ErrNotInitialized) && !opt.ReadOnly {
		// A new file (or one whose initialisation was interrupted).
		if err = ckv.Init(db, kvOptions); err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
			qs, err = ckv.New(db, kvOptions)
		}
	} else if errors.Is(err, cgraph.ErrNotInitialized) {
		err = ErrNotExist
	}
	if err != nil {
		db.Close()
		return nil, "", err
	}
	if opt.ReadOnly {
		return qs, "", nil
	}
	pidFile := filepath.Join(dir, holderFile)
	if err := os.WriteFile(pidFile, []byte(holderLine()+"\n"), 0o644); err != nil {
		qs.Close()
		return nil, "", fmt.Errorf("recording the writer: %w", err)
	}
	return qs, pidFile, nil
}

// holderLine describes this process: "pid 1234: kg ingest corpus/".
func holderLine() string {
	args := append([]string{filepath.Base(os.Args[0])}, os.Args[1:]...)
	cmd := strings.Join(args, " ")
	if len(cmd) > 200 {
		cmd = cmd[:197] + "..."
	}
	return fmt.Sprintf("pid %d: %s", os.Getpid(), strings.Map(func(r rune) rune {
		if r < ' ' {
			return ' '
		}
		return r
	}, cmd))
}

// readHolder returns the holder line of the writer of dir, or "" when there
// is none or it names a process that no longer runs.
func readHolder(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, holderFile))
	if err != nil {
		return ""
	}
	line := strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
	f := strings.Fields(strings.TrimPrefix(line, "pid "))
	if len(f) == 0 {
		return ""
	}
	pid, err := strconv.Atoi(strings.TrimSuffix(f[0], ":"))
	if err != nil || pid <= 0 {
		return ""
	}
	p, err := os.FindProcess(pid)
	if err == nil {
		err = p.Signal(syscall.Signal(0))
	}
	if err != nil && !errors.Is(err, syscall.EPERM) {
		return "" // a stale file left by a process that died
	}
	return line
}

// lockedError reports a bolt store held by another process.
type lockedError struct {
	dir, holder string
}

func (e *lockedError) Error() string {
	msg := "store " + e.dir + " is in use by another kg process"
	if e.holder != "" {
		msg += " (" + e.holder + ")"
	} else {
		msg += " (a reader, or a writer that left no pid file)"
	}
	return msg
}

func (e *lockedError) Unwrap() error { return ErrLocked }
