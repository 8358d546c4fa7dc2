package main

// The query sandbox. A Gizmo program can end a kg process in ways that no
// deadline inside that process can stop: goja runs a single native call
// (Array.prototype.join on new Array(1e8), Array.apply, a backtracking
// regular expression) to its end without looking at interrupts, endless
// recursion grows its stack by gigabytes within the default timeout, and
// sorting an array of length 2^32-1 asks the Go runtime for 64 GB at once,
// which ends the process with "fatal error: runtime: out of memory", past
// any recover. So programs run in a child: kg re-executes its own binary
// with the hidden argument sandboxArg, sends the request as JSON on its
// standard input (the store address may hold a password and the program
// any bytes: neither goes on a command line), and the child limits its own
// memory, opens the store read-only, runs the program and answers as JSON
// on its standard output. The parent enforces the wall-clock timeout by
// killing the child's process group, and turns every way the child can end
// into one line for the user.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// sandboxArg is the argument that makes kg a query child. It is handled in
// init, before the command line parser, flags and signal handlers: the
// child must set its limits before it does anything else, and the test
// binary (which re-executes itself as kg, see TestMain) must become a child
// too without running its tests.
const sandboxArg = "__kg-query-sandbox"

func init() {
	if len(os.Args) == 2 && os.Args[1] == sandboxArg {
		os.Exit(sandboxChild(os.Stdin, os.Stdout))
	}
}

// Exit statuses of a child that ended on its own limits. Go itself exits 2
// on a fatal error or an unrecovered panic; these stay clear of it and of
// the shell's 126-165.
const (
	exitSandboxMemory  = 86 // the memory watchdog stopped the child
	exitSandboxTimeout = 87 // the child's own deadline, should the parent be gone
	exitSandboxUsage   = 88 // the request could not be read
)

const (
	// sandboxGrace is how long after --timeout the parent waits for the
	// child to stop on its own (its deadline interrupts the program and it
	// answers with the results so far) before killing it.
	sandboxGrace = time.Second
	// sandboxStartLimit bounds the child's start before it runs the program:
	// opening a bolt store may wait graph.DefaultLockTimeout for a writer.
	sandboxStartLimit = graph.DefaultLockTimeout + time.Minute
	// defaultMaxMemoryMB is the default of --max-memory: four times what
	// the saved queries take on the 19,043 Reuters stories (about 250 MB,
	// the mapped store included), and far below what a runaway program
	// takes before a laptop swaps.
	defaultMaxMemoryMB = 1024
	// minMaxMemoryMB is the smallest --max-memory: the tables kg's packages
	// build at start-up hold about 30 MB before a query starts, and the
	// collector needs room around what is live.
	minMaxMemoryMB = 128
)

// sandboxRequest is what the parent sends the child.
type sandboxRequest struct {
	DB      string `json:"db"`
	Program string `json:"program,omitempty"` // an ad-hoc Gizmo program
	// Query is a saved query to run instead of Program: the child parses
	// its source again, so it needs no access to the query folder.
	Query     *sandboxQuery `json:"query,omitempty"`
	Limit     int           `json:"limit"`
	Timeout   time.Duration `json:"timeout"`
	MaxMemory int64         `json:"max_memory"` // bytes; 0: no limit
}

type sandboxQuery struct {
	File   string   `json:"file"`
	Source string   `json:"source"`
	Args   []string `json:"args"`
}

// sandboxPhase is one line of the child's progress: "started" once the
// store is open (the timeout counts from there, as it did when queries ran
// in-process), "done" once the program has stopped. The answer follows.
type sandboxPhase struct {
	Phase string `json:"phase"`
}

// sandboxAnswer is the child's last message.
type sandboxAnswer struct {
	Rows     []map[string]interface{} `json:"rows,omitempty"`   // of Program
	Result   *queries.Result          `json:"result,omitempty"` // of Query
	Error    string                   `json:"error,omitempty"`
	TimedOut bool                     `json:"timed_out,omitempty"`
}

// queryStopped is a query the sandbox stopped, or whose process failed:
// one line for the user, exit status 1, and what errors.Is finds in it.
type queryStopped struct {
	msg  string
	errs []error
}

func (e *queryStopped) Error() string   { return e.msg }
func (e *queryStopped) ExitCode() int   { return 1 }
func (e *queryStopped) Unwrap() []error { return e.errs }

// sandboxesStarted counts the children this process has started, for the
// tests that check which queries go to the sandbox.
var sandboxesStarted atomic.Int64

// errOverMemory is wrapped by the error of a query stopped by --max-memory.
var errOverMemory = errors.New("query stopped by its memory limit")

func timeoutError(timeout time.Duration) error {
	return &queryStopped{
		msg:  fmt.Sprintf("kg query: the query ran past its --timeout of %s and was stopped (%v)", timeout, context.DeadlineExceeded),
		errs: []error{queries.ErrTimeout, context.DeadlineExceeded},
	}
}

func memoryError(maxMemory int64) error {
	if maxMemory <= 0 {
		return &queryStopped{msg: "kg query: the query ran out of memory and was stopped", errs: []error{errOverMemory}}
	}
	return &queryStopped{
		msg:  fmt.Sprintf("kg query: the query used more than %d MB and was stopped (--max-memory)", maxMemory>>20),
		errs: []error{errOverMemory},
	}
}

// runSandboxed runs req in a child kg process. ctx cancels it (Ctrl-C);
// the timeout is req.Timeout.
func runSandboxed(ctx context.Context, req sandboxRequest) (*sandboxAnswer, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("kg query: cannot find kg's own binary to run the query in: %w", err)
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, sandboxArg)
	cmd.Stdin = bytes.NewReader(in)
	cmd.SysProcAttr = sandboxProcAttr()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	// A runaway child's Go runtime may print a fatal error and a dump of
	// every goroutine: the user gets one line instead, and the start of it
	// goes to a log file when the end is not one the sandbox expects.
	stderr := &headBuffer{max: 64 << 10}
	cmd.Stderr = stderr

	started, done := make(chan struct{}), make(chan struct{})
	answer := make(chan *sandboxAnswer, 1)
	readErr := make(chan error, 1)
	exited := make(chan struct{})
	startErr := make(chan error, 1)
	go func() {
		// The child is killed when the thread that started it ends
		// (Pdeathsig, so that it does not outlive a parent killed with
		// kill -9): keep this thread until the child has exited.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := cmd.Start(); err != nil {
			startErr <- err
			return
		}
		startErr <- nil
		sandboxesStarted.Add(1)
		readErr <- readSandbox(stdout, started, done, answer)
		cmd.Wait() // the exit status is in cmd.ProcessState
		close(exited)
	}()
	if err := <-startErr; err != nil {
		return nil, fmt.Errorf("kg query: starting the query process: %w", err)
	}

	// Why the parent killed the child, if it did.
	var killedFor error
	kill := func(why error) {
		select {
		case <-exited:
			return // reaped: its pid may be another process's by now
		default:
		}
		if killedFor == nil {
			killedFor = why
			killSandbox(cmd)
		}
	}
	limit := time.NewTimer(sandboxStartLimit)
	defer limit.Stop()
	startedC, doneC, ctxDone := started, done, ctx.Done()
wait:
	for {
		select {
		case <-exited:
			break wait
		case <-startedC:
			startedC = nil
			limit.Reset(req.Timeout + sandboxGrace)
		case <-doneC:
			// The program has stopped; what is left is sending the
			// answer, however large.
			doneC = nil
			limit.Stop()
		case <-limit.C:
			doneC = nil
			if startedC != nil {
				kill(&queryStopped{msg: fmt.Sprintf("kg query: the query process did not open the store within %s and was stopped", sandboxStartLimit)})
			} else {
				kill(timeoutError(req.Timeout))
			}
		case <-ctxDone:
			ctxDone = nil
			kill(&queryStopped{msg: "kg query: interrupted; the query was stopped", errs: []error{ctx.Err()}})
		}
	}
	rerr := <-readErr
	if killedFor != nil {
		return nil, killedFor
	}
	code, signaled := exitStatus(cmd.ProcessState)
	switch {
	case code == 0 && rerr == nil:
		a := <-answer
		if a.TimedOut {
			return nil, timeoutError(req.Timeout)
		}
		if a.Error != "" {
			return nil, errors.New(a.Error)
		}
		return a, nil
	case code == exitSandboxMemory:
		return nil, memoryError(req.MaxMemory)
	case code == exitSandboxTimeout:
		return nil, timeoutError(req.Timeout)
	case signaled == "killed":
		// Not by the parent: by the system, which kills the largest
		// process when memory runs out.
		return nil, memoryError(req.MaxMemory)
	}
	log := stderr.String()
	switch {
	case strings.Contains(log, "out of memory"), strings.Contains(log, "cannot allocate memory"),
		strings.Contains(log, "too many address space collisions"):
		// An allocation past the address space limit, or one the system
		// refused (the last is how a -race build says it).
		return nil, memoryError(req.MaxMemory)
	case strings.Contains(log, "stack overflow"):
		return nil, &queryStopped{msg: "kg query: the query recursed too deeply and was stopped", errs: []error{errOverMemory}}
	}
	how := fmt.Sprintf("exit status %d", code)
	if signaled != "" {
		how = "signal: " + signaled
	} else if rerr != nil && code == 0 {
		how = "unreadable answer: " + rerr.Error()
	}
	msg := fmt.Sprintf("kg query: the query process failed (%s)", how)
	if f, err := os.CreateTemp("", "kg-query-*.log"); err == nil {
		f.WriteString(log)
		f.Close()
		msg += "; its error output is in " + f.Name()
	}
	return nil, &queryStopped{msg: msg}
}

// readSandbox reads the child's messages, closing started and done as the
// phases arrive, and sends the answer. It reads to the end, so that the
// child never blocks on a full pipe.
func readSandbox(r io.Reader, started, done chan struct{}, answer chan<- *sandboxAnswer) error {
	defer io.Copy(io.Discard, r)
	dec := json.NewDecoder(r)
	dec.UseNumber() // numbers as the program gave them, int64 beyond 2^53 too
	for _, want := range []struct {
		phase string
		c     chan struct{}
	}{{"started", started}, {"done", done}} {
		var p sandboxPhase
		if err := dec.Decode(&p); err != nil {
			return err
		}
		if p.Phase != want.phase {
			return fmt.Errorf("message %q, want %q", p.Phase, want.phase)
		}
		close(want.c)
	}
	var a sandboxAnswer
	if err := dec.Decode(&a); err != nil {
		return err
	}
	answer <- &a
	return nil
}

// headBuffer keeps the first max bytes written to it: a fatal error's
// message comes first, then goroutine dumps that may go on for megabytes.
type headBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (b *headBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *headBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// sandboxChild is the child: it reads the request, limits its memory,
// opens the store read-only, runs the query and writes the answer. It
// returns the exit status.
func sandboxChild(stdin io.Reader, stdout io.Writer) int {
	var req sandboxRequest
	if err := json.NewDecoder(stdin).Decode(&req); err != nil {
		fmt.Fprintln(os.Stderr, "kg: reading the query request:", err)
		return exitSandboxUsage
	}
	limitMemory(req.MaxMemory, storeMapping(req.DB))

	out := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	send := func(v interface{}) error {
		if err := enc.Encode(v); err != nil {
			return err
		}
		return out.Flush()
	}
	answer := func(a sandboxAnswer) int {
		if err := send(a); err != nil {
			// Encode writes nothing when it fails: say why instead.
			if send(sandboxAnswer{Error: "kg query: cannot send the results: " + err.Error()}) != nil {
				return 1
			}
		}
		return 0
	}

	// Read-only: a child takes the readers' share of bolt's lock, never the
	// writer's, and leaves no writer.pid; the lock goes with the process
	// however it ends.
	store, err := graph.Open(req.DB, graph.Options{ReadOnly: true})
	if err != nil {
		send(sandboxPhase{"started"})
		send(sandboxPhase{"done"})
		return answer(sandboxAnswer{Error: err.Error()})
	}
	defer store.Close()
	send(sandboxPhase{"started"})
	timeout := req.Timeout
	if timeout <= 0 {
		timeout = queries.DefaultTimeout
	}
	// Should the parent be gone without taking the child along (no
	// Pdeathsig on this system), the child still ends.
	deadline := time.AfterFunc(timeout+2*sandboxGrace, func() { os.Exit(exitSandboxTimeout) })
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()

	var a sandboxAnswer
	if req.Query != nil {
		q, perr := queries.Parse(req.Query.File, req.Query.Source)
		if perr != nil {
			err = perr
		} else {
			if a.Result, err = queries.Run(ctx, store, q, req.Query.Args, req.Limit); err == nil {
				for _, vals := range a.Result.Values {
					for i, v := range vals {
						vals[i] = jsonable(v)
					}
				}
			}
		}
	} else {
		var rows []map[string]interface{}
		rows, err = store.Gizmo(ctx, req.Program, req.Limit)
		if err == nil {
			a.Rows = make([]map[string]interface{}, len(rows))
			for i, r := range rows {
				a.Rows[i] = jsonable(r).(map[string]interface{})
			}
		}
	}
	deadline.Stop()
	send(sandboxPhase{"done"})
	if err != nil {
		a.Error = err.Error()
		a.TimedOut = errors.Is(err, context.DeadlineExceeded)
		a.Rows, a.Result = nil, nil
	}
	return answer(a)
}

// jsonable is v with what JSON cannot carry made text, as the table output
// prints it: goja exports NaN and infinities, functions and other Go values
// that encoding/json refuses.
func jsonable(v interface{}) interface{} {
	switch x := v.(type) {
	case nil, string, bool, int64, int, json.Number, time.Time:
		return v
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
		return v
	case map[string]interface{}:
		m := make(map[string]interface{}, len(x))
		for k, e := range x {
			m[k] = jsonable(e)
		}
		return m
	case []interface{}:
		s := make([]interface{}, len(x))
		for i, e := range x {
			s[i] = jsonable(e)
		}
		return s
	}
	if _, err := json.Marshal(v); err != nil {
		return fmt.Sprint(v)
	}
	return v
}

// limitMemory bounds the child: the Go runtime's own limit makes the
// collector work harder as the budget nears; a watchdog ends the child
// with exitSandboxMemory once the memory the runtime holds passes it (the
// collector cannot help when the memory is live, as an endless recursion's
// stack is); and an address space limit makes an allocation far past it
// fail at once, where the watchdog would look too late (a 64 GB sort
// buffer). mapped is the address space the store will map on top.
func limitMemory(budget, mapped int64) {
	// The tables kg's packages build at start-up leave garbage behind: let
	// the budget count what the query uses.
	debug.FreeOSMemory()
	if budget <= 0 {
		return
	}
	// Below the watchdog's line, so that the collector works hard before a
	// query that would fit is stopped for its garbage.
	debug.SetMemoryLimit(budget / 10 * 9)
	// Twice the budget, plus the mapped store: room for the collector's
	// slack and for the doubling of a growing slice, whose old copy stays
	// until the new one is full; and room for thread stacks.
	setAddressSpaceLimit(2*budget + mapped + 512<<20)
	go watchMemory(budget)
}

func watchMemory(budget int64) {
	samples := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	for range time.Tick(10 * time.Millisecond) {
		metrics.Read(samples)
		held := int64(samples[0].Value.Uint64() - samples[1].Value.Uint64())
		if held > budget {
			os.Exit(exitSandboxMemory)
		}
	}
}

// storeMapping is at least the address space a read-only bolt store in the
// directory addr maps: bolt rounds its file up to a power of two below 1 GB
// and to a whole GB above. Other stores map nothing.
func storeMapping(addr string) int64 {
	if strings.Contains(addr, "://") {
		return 0
	}
	entries, err := os.ReadDir(addr)
	if err != nil {
		return 0
	}
	var size int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			size += fi.Size()
		}
	}
	return 2*size + 64<<20
}
