//go:build unix

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

// The reliability suite: bad input through kg ingest, concurrent use of a
// store, hostile Gizmo queries and query parameters, all with real files
// and real kg subprocesses. The kill -9 test is in crash_test.go. Timings
// are asserted loosely (the machine running them may be shared and slow);
// the heaviest parts are skipped under -short.

// okSentence is a distinct sentence the extractor makes statements from.
func okSentence(i int) string {
	return fmt.Sprintf("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday for round %d of the talks.", i)
}

// storedSources opens db read-only and returns the sources of its
// documents.
func storedSources(t testing.TB, db string) map[string]bool {
	t.Helper()
	st, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]bool, len(docs))
	for _, d := range docs {
		out[d.Source] = true
	}
	return out
}

// gzipBytes compresses data.
func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// nestedHTML is a page whose one paragraph sits inside depth <div>s.
func nestedHTML(depth int, text string) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Deep page</title></head><body>")
	for i := 0; i < depth; i++ {
		b.WriteString("<div>")
	}
	fmt.Fprintf(&b, "<p>%s</p>", text)
	for i := 0; i < depth; i++ {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// failedLineRE matches the line that ends a run with failures.
var failedLineRE = regexp.MustCompile(`^kg ingest: \d+ document\(s\) failed`)

// TestIngestBadInput feeds kg ingest a folder of every kind of bad input
// among good documents. Each bad item must get exactly one error line that
// names the file (and the line, for JSONL) and says what is wrong; every
// good document must be stored; the summary must count the failures and
// the exit status must be 1.
func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	db := filepath.Join(dir, "kg.db")
	type bad struct {
		where string // path, or path:line
		why   string // what the message must say (lowercase)
	}
	var bads []bad
	goods := map[string]bool{} // sources that must be stored
	good := func(p string) { goods[p] = true }
	rng := rand.New(rand.NewSource(1))

	good(putFile(t, in, "good.txt", []byte(okSentence(1)+"\n")))
	// Invalid UTF-8 is read with replacement characters, not refused.
	good(putFile(t, in, "latin1.txt", []byte("Caf\xe9 talks \xff\xfe: "+okSentence(2)+"\n")))

	bin := make([]byte, 4096)
	rng.Read(bin)
	bin[100] = 0
	bads = append(bads, bad{putFile(t, in, "binary.txt", bin), "binary file"})
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bin[:512]...)
	bads = append(bads, bad{putFile(t, in, "photo.html", png), "binary file"})
	bads = append(bads, bad{putFile(t, in, "empty.txt", nil), "empty document"})
	bads = append(bads, bad{putFile(t, in, "blank.md", []byte(" \n\t\n\n")), "empty document"})

	// JSONL: broken lines and wrong field types among good records.
	jl := filepath.Join(in, "records.jsonl")
	rec := func(id interface{}, text string) string {
		b, _ := json.Marshal(map[string]interface{}{"id": id, "text": text})
		return string(b)
	}
	jsonl := []struct {
		line string
		why  string // "" for a good record
	}{
		{rec("rec-1", okSentence(3)), ""},
		{`{"id":"rec-2","text":"unterminated`, "invalid json"},
		{`{"id":"rec-3","text":42}`, `field "text" is a number`},
		{"", ""},
		{`{"id":"rec-5","date":"2024-03-01","text":` + fmt.Sprintf("%q", okSentence(5)) + `}`, ""},
		{`["not","an","object"]`, "want an object"},
		{`{"id":{"x":1},"text":"` + okSentence(7) + `"}`, `field "id" is an object`},
		{`{"id":"rec-8","title":"No text here"}`, `no text field "text"`},
		{`{"id":"rec-9","text":"   "}`, "empty"},
		{`{"id":"rec-10","title":["a"],"text":"` + okSentence(10) + `"}`, `field "title" is an array`},
		{rec("rec-11", okSentence(11)) + "\r", ""},
		{rec(12, okSentence(12)), ""},
		{"\x7b\x22id", "invalid json"},
		{rec("rec-14", okSentence(14)), ""},
	}
	var jb strings.Builder
	for i, l := range jsonl {
		jb.WriteString(l.line)
		if i < len(jsonl)-1 { // the last line has no newline
			jb.WriteByte('\n')
		}
		switch {
		case l.why != "":
			bads = append(bads, bad{fmt.Sprintf("%s:%d", jl, i+1), l.why})
		case l.line != "":
			var r struct{ ID interface{} }
			json.Unmarshal([]byte(l.line), &r)
			good(fmt.Sprint(r.ID))
		}
	}
	putFile(t, in, "records.jsonl", []byte(jb.String()))

	// Compressed files are read; broken ones are refused.
	good(putFile(t, in, "story.txt.gz", gzipBytes(t, []byte(okSentence(20)+"\n"))))
	putFile(t, in, "more.jsonl.gz", gzipBytes(t, []byte(rec("gz-1", okSentence(21))+"\n{broken\n"+rec("gz-3", okSentence(22))+"\n")))
	good("gz-1")
	good("gz-3")
	bads = append(bads, bad{filepath.Join(in, "more.jsonl.gz") + ":2", "invalid json"})
	long := gzipBytes(t, []byte(strings.Repeat(okSentence(23)+"\n", 2000)))
	bads = append(bads, bad{putFile(t, in, "truncated.txt.gz", long[:len(long)/2]), "gzip"})
	bads = append(bads, bad{putFile(t, in, "notgzip.txt.gz", []byte("plain text pretending to be compressed\n")), "gzip"})

	// HTML: malformed markup still gives its text; nesting 100,000 deep is
	// refused (parsing it took hours).
	good(putFile(t, in, "malformed.html", []byte(`<html><body><p>Unclosed <b><i><table><tr><td>`+okSentence(30)+
		`<div></span></p></td><<>>&&&#xZZ;<script>while(1){}</script><!-- never closed`)))
	bads = append(bads, bad{putFile(t, in, "deep.html", nestedHTML(100_000, okSentence(31))), "nested"})
	// Deep but not pathological pages are read: 300 nested <div>s, an SVG
	// of 2,000 self-closing paths, 2,000 unclosed <p> and <li>.
	good(putFile(t, in, "deep300.html", nestedHTML(300, okSentence(32))))
	many := "<html><body><svg>" + strings.Repeat(`<path d="M0 0"/>`, 2000) + "</svg>" +
		strings.Repeat("<p>filler", 2000) + "<ul>" + strings.Repeat("<li>item", 2000) + "</ul><p>" + okSentence(33) + "</body></html>"
	good(putFile(t, in, "wide.html", []byte(many)))
	// Sloppy pages leave an element open in every cell or paragraph.
	sloppy := "<html><body><table>" + strings.Repeat("<tr><td><font size=2>cell<td><span>cell", 1000) + "</table>" +
		strings.Repeat("<p><font color=red>paragraph <a href=x>link", 1000) + "<div>" + okSentence(34) + "</div></body></html>"
	good(putFile(t, in, "sloppy.html", []byte(sloppy)))
	bads = append(bads, bad{putFile(t, in, "bold.html", []byte("<html><body>"+strings.Repeat("<b>", 100_000)+okSentence(35))), "nested"})

	// Symbolic links: to themselves, to each other, and a directory link
	// back up the tree, which is followed once.
	for _, l := range [][2]string{{"loop.txt", "loop.txt"}, {"ping.txt", "pong.txt"}, {"pong.txt", "ping.txt"}, {"sub/up", ".."}} {
		p := filepath.Join(in, l[0])
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.Symlink(l[1], p); err != nil {
			t.Fatal(err)
		}
	}
	bads = append(bads,
		bad{filepath.Join(in, "loop.txt"), "too many levels of symbolic links"},
		bad{filepath.Join(in, "ping.txt"), "too many levels of symbolic links"},
		bad{filepath.Join(in, "pong.txt"), "too many levels of symbolic links"})
	good(putFile(t, in, "sub/inner.txt", []byte(okSentence(40)+"\n")))

	// Unreadable file and directory. Root reads them anyway: then they are
	// good documents.
	unreadable := putFile(t, in, "unreadable.txt", []byte(okSentence(50)+"\n"))
	locked := filepath.Join(in, "locked")
	lockedDoc := putFile(t, locked, "inside.txt", []byte(okSentence(51)+"\n"))
	os.Chmod(unreadable, 0)
	os.Chmod(locked, 0)
	t.Cleanup(func() { os.Chmod(locked, 0o755); os.Chmod(unreadable, 0o644) })
	if _, err := os.ReadFile(unreadable); err == nil {
		t.Log("running as root, who reads files of mode 000: the unreadable file and directory are read as good ones")
		good(unreadable)
		good(lockedDoc)
	} else {
		bads = append(bads, bad{unreadable, "permission denied"}, bad{locked, "permission denied"})
	}

	// A path named on the command line that does not exist.
	missing := filepath.Join(dir, "missing.txt")
	bads = append(bads, bad{missing, "no such file"})

	p := kgProc(t, nil, "ingest", "--db", db, in, missing)
	t.Logf("%s", p)
	if p.code != 1 {
		t.Errorf("exit status %d, want 1", p.code)
	}
	var problems, summary []string
	for _, l := range nonEmptyLines(p.stderr) {
		switch {
		case strings.HasPrefix(l, "kg ingest: documents read"), failedLineRE.MatchString(l):
			summary = append(summary, l)
		case strings.HasPrefix(l, "kg ingest: "):
			problems = append(problems, strings.TrimPrefix(l, "kg ingest: "))
		default:
			t.Errorf("unexpected stderr line: %q", l)
		}
	}
	for _, b := range bads {
		n := 0
		for _, pr := range problems {
			if strings.HasPrefix(pr, b.where+": ") {
				n++
				if !strings.Contains(strings.ToLower(pr), b.why) {
					t.Errorf("message for %s does not say %q: %s", b.where, b.why, pr)
				}
			}
		}
		if n != 1 {
			t.Errorf("%d messages name %s, want 1", n, b.where)
		}
	}
	if len(problems) != len(bads) {
		t.Errorf("%d problem lines, want %d:\n%s", len(problems), len(bads), strings.Join(problems, "\n"))
	}
	wantSummary := []string{
		fmt.Sprintf("kg ingest: documents read %d, stored %d, skipped as already stored 0, failed %d;", len(goods), len(goods), len(bads)),
		fmt.Sprintf("kg ingest: %d document(s) failed", len(bads)),
	}
	if len(summary) != 2 || !strings.HasPrefix(summary[0], wantSummary[0]) || !strings.HasPrefix(summary[1], wantSummary[1]) {
		t.Errorf("summary:\n%s\nwant lines starting\n%s", strings.Join(summary, "\n"), strings.Join(wantSummary, "\n"))
	}

	// Every good document is stored, and nothing else.
	stored := storedSources(t, db)
	for src := range goods {
		if !stored[src] {
			t.Errorf("good document %s was not stored", src)
		}
	}
	for src := range stored {
		if !goods[src] {
			t.Errorf("stored %s, which is not a good document", src)
		}
	}
	if st, _ := statsOf(t, db); st.Documents != len(goods) {
		t.Errorf("kg stats: %d documents, want %d", st.Documents, len(goods))
	}

	// The same folder again: nothing new is stored, the same items fail.
	again := kgProc(t, nil, "ingest", "--db", db, in, missing)
	if again.code != 1 || !strings.Contains(again.stderr, fmt.Sprintf("stored 0, skipped as already stored %d, failed %d;", len(goods), len(bads))) {
		t.Errorf("second run:\n%s", again)
	}
}

// TestIngestHugeInput checks the size limits: a 100 MB single-line file is
// refused under the default limit and under --max-bytes without reading it
// whole, a 100 MB JSONL line is refused and the lines after it are stored,
// a gzip bomb stops at the limit, and a raised --max-bytes lets a large
// document through. Peak memory is measured: it must stay far below what
// reading the input whole would take.
func TestIngestHugeInput(t *testing.T) {
	dir := t.TempDir()
	const size = 100 << 20
	line := func(w io.Writer, n int) {
		bw := bufio.NewWriterSize(w, 1<<20)
		words := strings.Fields("the minister said on monday that talks with officials from several countries in the region would resume")
		rng := rand.New(rand.NewSource(2))
		for written := 0; written < n; {
			w := words[rng.Intn(len(words))]
			if written+len(w)+1 > n {
				w = strings.Repeat("x", n-written-1)
			}
			bw.WriteString(w)
			bw.WriteByte(' ')
			written += len(w) + 1
		}
		bw.Flush()
	}
	create := func(name string, fill func(w io.Writer)) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		fill(f)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := create("big.txt", func(w io.Writer) { line(w, size) })
	bigJSONL := create("big.jsonl", func(w io.Writer) {
		io.WriteString(w, `{"id":"huge","text":"`)
		line(w, size)
		io.WriteString(w, "\"}\n"+`{"id":"after","text":"`+okSentence(1)+`"}`+"\n")
	})
	bomb := create("bomb.txt.gz", func(w io.Writer) {
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		chunk := bytes.Repeat([]byte("a"), 1<<20)
		for i := 0; i < 200; i++ {
			zw.Write(chunk)
		}
		zw.Close()
	})
	const mb = 1 << 20
	cases := []struct {
		name    string
		args    []string
		want    string // in the error
		stored  int
		maxRSS  int64
		short   bool // run under -short
		succeed bool
	}{
		{"default limit", []string{big}, big + ": document too large: more than 52428800 bytes", 0, 400 * mb, true, false},
		{"max-bytes", []string{"--max-bytes", "1000000", big}, big + ": document too large: more than 1000000 bytes", 0, 400 * mb, true, false},
		{"jsonl line", []string{bigJSONL}, bigJSONL + ":1: document too large: line longer than 52428800 bytes", 1, 1024 * mb, false, false},
		{"jsonl line max-bytes", []string{"--max-bytes", "100000", bigJSONL}, bigJSONL + ":1: document too large: line longer than 100000 bytes", 1, 400 * mb, true, false},
		{"gzip bomb", []string{bomb}, bomb + ": document too large: more than 52428800 bytes", 0, 1024 * mb, true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() && !c.short {
				t.Skip("-short: skipping a 100 MB read")
			}
			db := filepath.Join(t.TempDir(), "kg.db")
			p := kgProc(t, nil, append([]string{"ingest", "--db", db}, c.args...)...)
			t.Logf("exit %d after %s, peak RSS %d MB: %s", p.code, p.took.Round(time.Millisecond), p.maxRSS/mb, strings.TrimSpace(p.stderr))
			if p.code != 1 || !strings.Contains(p.stderr, c.want) || !strings.Contains(p.stderr, "failed 1;") {
				t.Errorf("want exit 1 and %q:\n%s", c.want, p)
			}
			if p.maxRSS > c.maxRSS {
				t.Errorf("peak RSS %d MB, want under %d MB", p.maxRSS/mb, c.maxRSS/mb)
			}
			if st, _ := statsOf(t, db); st.Documents != c.stored {
				t.Errorf("%d documents stored, want %d", st.Documents, c.stored)
			}
		})
	}
	t.Run("raised limit", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short: skipping a 4 MB document through the extractor")
		}
		medium := create("medium.txt", func(w io.Writer) { line(w, 4<<20) })
		db := filepath.Join(t.TempDir(), "kg.db")
		p := kgProc(t, nil, "ingest", "--db", db, "--max-bytes", fmt.Sprint(8<<20), medium)
		t.Logf("exit %d after %s, peak RSS %d MB", p.code, p.took.Round(time.Millisecond), p.maxRSS/mb)
		if p.code != 0 {
			t.Fatalf("%v", p)
		}
		if st, _ := statsOf(t, db); st.Documents != 1 {
			t.Errorf("%d documents stored, want 1", st.Documents)
		}
		p = kgProc(t, nil, "ingest", "--db", db, "--max-bytes", fmt.Sprint(2<<20), medium)
		if p.code != 1 || !strings.Contains(p.stderr, "more than 2097152 bytes") {
			t.Errorf("a 4 MB document under --max-bytes 2 MB:\n%s", p)
		}
	})
}

// TestIngestTenThousandFiles stores a directory of 10,000 tiny files and
// counts them with kg stats --json.
func TestIngestTenThousandFiles(t *testing.T) {
	n := 10_000
	if testing.Short() {
		n = 1_000
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	for i := 0; i < n; i++ {
		putFile(t, in, fmt.Sprintf("%02d/note-%05d.txt", i%100, i), []byte(fmt.Sprintf("Note %d\n\nThe committee met for session %d.\n", i, i)))
	}
	db := filepath.Join(dir, "kg.db")
	p := mustProc(t, "ingest", "--db", db, in)
	t.Logf("%d files in %s: %s", n, p.took.Round(time.Millisecond), strings.TrimSpace(p.stderr))
	want := fmt.Sprintf("documents read %d, stored %d, skipped as already stored 0, failed 0;", n, n)
	if !strings.Contains(p.stderr, want) {
		t.Errorf("summary does not say %q:\n%s", want, p.stderr)
	}
	if st, _ := statsOf(t, db); st.Documents != n {
		t.Errorf("kg stats: %d documents, want %d", st.Documents, n)
	}
}

// holdWriter starts kg ingest reading a standard input that stays open, so
// it holds db as its writer, and waits until it has recorded itself. It
// returns the holder's "pid N:" and a function that ends it.
func holdWriter(t *testing.T, db string) (string, func()) {
	t.Helper()
	holder := kgCommand(context.Background(), "ingest", "--quiet", "--db", db, "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	holder.Stderr = &errb
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release := func() {
		once.Do(func() {
			stdin.Close()
			done := make(chan struct{})
			go func() { holder.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(time.Minute):
				holder.Process.Kill()
				<-done
			}
		})
	}
	t.Cleanup(release)
	pid := fmt.Sprintf("pid %d:", holder.Process.Pid)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		b, _ := os.ReadFile(filepath.Join(db, "writer.pid"))
		if strings.HasPrefix(string(b), pid) {
			return pid, release
		}
		if time.Now().After(deadline) {
			t.Fatalf("the holder never took the store: %s", errb.String())
		}
	}
}

// smallStore ingests a few documents into a new store and returns it.
func smallStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var docs []string
	for i := 0; i < 3; i++ {
		docs = append(docs, putFile(t, dir, fmt.Sprintf("in/%d.txt", i), []byte(okSentence(i)+"\n")))
	}
	db := filepath.Join(dir, "kg.db")
	mustRun(t, append([]string{"ingest", "--quiet", "--db", db}, docs...)...)
	return db
}

// readerCommands are the commands that only read a store.
func readerCommands(db string) [][]string {
	return [][]string{
		{"stats", "--db", db},
		{"export", "--db", db, "--format", "jsonl"},
		{"query", "--db", db, "--gizmo", `g.V().Has("<kg:type>", "Document").All()`},
		{"query", "--db", db, "who-met", "Ruto"},
	}
}

// runAll runs each command as a kg subprocess, four at a time.
func runAll(t *testing.T, cmds [][]string) []proc {
	t.Helper()
	out := make([]proc, len(cmds))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i, args := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = kgProc(t, nil, args...)
		}()
	}
	wg.Wait()
	return out
}

// TestReadersWhileWriting checks the model of concurrent use on the bolt
// store: while a writer holds it, every other kg command (readers and
// writers) gives up after the lock timeout with a message that the store
// is in use and by which process, instead of hanging; once the writer is
// done they all work.
func TestReadersWhileWriting(t *testing.T) {
	t.Parallel() // mostly waiting for locks and subprocesses
	db := smallStore(t)
	pid, release := holdWriter(t, db)

	cmds := append(readerCommands(db),
		[]string{"ingest", "--db", db, "-"},
		[]string{"rm", "--db", db, "nothing"},
	)
	for _, p := range runAll(t, cmds) {
		t.Logf("kg %s: exit %d after %s: %s", p.args[0], p.code, p.took.Round(time.Millisecond), strings.TrimSpace(p.stderr))
		if p.code == 0 {
			t.Errorf("kg %s succeeded while a writer held the store:\n%s", p.args[0], p.stdout)
		}
		if !strings.Contains(p.stderr, "is in use by another kg process ("+pid) {
			t.Errorf("kg %s does not say the store is in use by the writer (%s):\n%s", p.args[0], pid, p.stderr)
		}
		if p.took > 60*time.Second {
			t.Errorf("kg %s took %s to give up", p.args[0], p.took)
		}
	}

	release()
	if _, err := os.Stat(filepath.Join(db, "writer.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the writer left writer.pid behind: %v", err)
	}
	for _, p := range runAll(t, readerCommands(db)) {
		if p.code != 0 {
			t.Errorf("after the writer ended: %s", p)
		}
	}
}

// TestReadersTogether holds a store with a long-running reader (a query
// that loops until its timeout) and checks that other readers run at the
// same time while a writer is refused with a clear message.
func TestReadersTogether(t *testing.T) {
	t.Parallel() // mostly waiting for locks and subprocesses
	db := smallStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reader := kgCommand(ctx, "query", "--db", db, "--timeout", "2m", "--gizmo", "while (true) {}")
	if err := reader.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); reader.Wait() }()
	// Wait until the reader holds the store: a writer's open then fails.
	for deadline := time.Now().Add(time.Minute); ; {
		st, err := graph.Open(db, graph.Options{LockTimeout: 200 * time.Millisecond})
		if errors.Is(err, graph.ErrLocked) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		if time.Now().After(deadline) {
			t.Fatal("the reader never opened the store")
		}
		time.Sleep(50 * time.Millisecond)
	}

	for _, p := range runAll(t, readerCommands(db)) {
		if p.code != 0 {
			t.Errorf("a second reader failed while another read: %s", p)
		}
	}
	p := kgProc(t, strings.NewReader(okSentence(99)), "ingest", "--db", db, "-")
	t.Logf("writer while reading: exit %d after %s: %s", p.code, p.took.Round(time.Millisecond), strings.TrimSpace(p.stderr))
	if p.code == 0 || !strings.Contains(p.stderr, "is in use by another kg process") {
		t.Errorf("a writer while a reader holds the store: %s", p)
	}
}

// waitForReader waits until a reader holds db: a writer's open then fails.
func waitForReader(t *testing.T, db string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		st, err := graph.Open(db, graph.Options{LockTimeout: 200 * time.Millisecond})
		if errors.Is(err, graph.ErrLocked) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		if time.Now().After(deadline) {
			t.Fatal("the reader never opened the store")
		}
	}
}

// TestKilledQueryReleasesStore stops kg query while the child process that
// runs its program holds the store, in each way a query can end early:
// kill -9 of kg itself, Ctrl-C, and kg's own kill of a child stuck in a
// native call past --timeout. Right after kg is gone a writer must get the
// store: the child must not outlive kg with the readers' lock (its own
// timeout is two minutes), nor leave a lock file behind.
func TestKilledQueryReleasesStore(t *testing.T) {
	t.Parallel() // mostly waiting for subprocesses
	db := smallStore(t)
	cases := []struct {
		name    string
		program string
		timeout string
		signal  os.Signal // sent once the child holds the store; nil: none
		code    int       // kg's exit status
		err     string    // in kg's standard error
	}{
		{"kill -9", `while (true) {}`, "2m", syscall.SIGKILL, -1, ""},
		{"ctrl-c", `while (true) {}`, "2m", os.Interrupt, 1, "kg query: interrupted; the query was stopped"},
		{"timeout in a native call", `/^(a+)+\1$/.test("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")`, "1s", nil, 1,
			"kg query: the query ran past its --timeout of 1s and was stopped (context deadline exceeded)"},
	}
	for _, c := range cases {
		ctx, cancel := context.WithTimeout(context.Background(), procTimeout)
		cmd := kgCommand(ctx, "query", "--db", db, "--timeout", c.timeout, "--gizmo", c.program)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitForReader(t, db)
		if c.signal != nil {
			cmd.Process.Signal(c.signal)
		}
		cmd.Wait()
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("%s: kg query did not end: %s", c.name, stderr.String())
		}
		if code := cmd.ProcessState.ExitCode(); code != c.code || !strings.Contains(stderr.String(), c.err) {
			t.Errorf("%s: exit %d, want %d with %q: %s", c.name, code, c.code, c.err, stderr.String())
		}
		start := time.Now()
		st, err := graph.Open(db, graph.Options{LockTimeout: 2 * time.Second})
		if err != nil {
			t.Fatalf("%s: a writer after kg query ended: %v", c.name, err)
		}
		t.Logf("%s: %s; a writer had the store %s later", c.name, strings.TrimSpace(stderr.String()), time.Since(start).Round(time.Millisecond))
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(db, "writer.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("writer.pid left behind: %v", err)
	}
}

// queryStore ingests generated news into a new store for the query tests.
func queryStore(t *testing.T) string {
	t.Helper()
	n := 600
	if testing.Short() {
		n = 150
	}
	dir := t.TempDir()
	in := writeSynCorpus(t, filepath.Join(dir, "in"), n, 3)
	db := filepath.Join(dir, "kg.db")
	mustRun(t, "ingest", "--quiet", "--db", db, in)
	return db
}

// TestHostileQueries runs Gizmo programs that loop forever, allocate
// without bound, sit in one native call or return millions of rows. Each
// must be stopped by --timeout, --max-memory or --limit with one clear
// line, in bounded time and memory, and without a crash.
func TestHostileQueries(t *testing.T) {
	db := queryStore(t)
	// (programs that grow memory may reach --max-memory before
	// --timeout on a slow or busy machine: either stop is clean)
	cases := []hostileCase{
		{name: "endless loop", program: `while (true) {}`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded"},
		{name: "endless recursion", program: `function f(n) { return f(n + 1) + 1 } f(0)`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded", orMemory: true},
		{name: "growing array", program: `var a = []; while (true) { a.push("row " + a.length) }`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded", orMemory: true},
		{name: "doubling string", program: `var s = "x"; while (true) { s = s + s }`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded", orMemory: true},
		{name: "ten million emits limited", program: `for (var i = 0; i < 1e7; i++) { g.Emit({i: i}) }`, flags: []string{"--limit", "1000"}, rows: 1000},
		{name: "ten million emits timed out", program: `for (var i = 0; i < 1e7; i++) { g.Emit({i: i}) }`, flags: []string{"--limit", "0", "--timeout", "2s"}, err: "deadline exceeded"},
		{name: "path explosion limited", program: `g.V().Out().In().Out().In().All()`, flags: []string{"--limit", "500"}, rows: 500},
		{name: "path explosion timed out", program: `g.V().Out().In().Out().In().Out().In().All()`, flags: []string{"--limit", "0", "--timeout", "2s"}, err: "deadline exceeded"},
		{name: "cross product limited", program: `g.V().ForEach(function(a) { g.V().ForEach(function(b) { g.Emit({a: a.id, b: b.id}) }) })`, flags: []string{"--limit", "2000"}, rows: 2000},
		// A program runs in a child process (see cmd/kg/sandbox.go), which
		// --max-memory bounds; the parent kills it after --timeout when a
		// native call does not look at its deadline.
		{name: "endless recursion default limits", program: `function f(n) { return f(n + 1) + 1 } f(0)`, err: "deadline exceeded", orMemory: true},
		{name: "endless recursion max-memory", program: `function f(n) { return f(n + 1) + 1 } f(0)`, flags: []string{"--max-memory", "256"}, err: "used more than 256 MB and was stopped (--max-memory)", rssMB: 512},
		{name: "endless recursion long timeout", program: `function f(n) { return f(n + 1) + 1 } f(0)`, flags: []string{"--timeout", "40s"}, err: "used more than 1024 MB and was stopped (--max-memory)"},
		{name: "native join", program: `new Array(1e8).join("xxxxxxxxxx")`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded", orMemory: true},
		{name: "native apply", program: `Array.apply(null, new Array(1e8))`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded", orMemory: true},
		{name: "huge sort", program: `var a = []; a.length = 4294967295; a.sort()`, flags: []string{"--timeout", "2s"}, err: "used more than 1024 MB and was stopped (--max-memory)"},
		{name: "backtracking regexp", program: `/^(a+)+\1$/.test("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")`, flags: []string{"--timeout", "2s"}, err: "deadline exceeded"},
		{name: "native join small memory", program: `new Array(1e8).join("xxxxxxxxxx")`, flags: []string{"--timeout", "20s", "--max-memory", "256"}, err: "used more than 256 MB and was stopped (--max-memory)", rssMB: 512},
	}
	t.Run("kg query", func(t *testing.T) {
		for _, c := range cases {
			hostileQuery(t, db, c)
		}
	})
	t.Run("in one process", func(t *testing.T) { gizmoStaysHealthy(t, db) })
}

// hostileCase is a case of TestHostileQueries.
type hostileCase struct {
	name    string
	program string
	flags   []string
	rows    int    // when the query succeeds: how many rows, exactly
	err     string // when it must fail: in the message
	// orMemory accepts the message of --max-memory instead of err: which
	// limit a program reaches first depends on the machine's speed.
	orMemory bool
	bug      string // a known bug: the case runs only with KG_TEST_BUGS=1
	rssMB    int64  // largest peak memory allowed; 0 means 1,536 MB
}

// memoryStopRE matches the message of a query stopped by --max-memory.
var memoryStopRE = regexp.MustCompile(`^kg query: the query used more than \d+ MB and was stopped \(--max-memory\)\n$`)

// hostileQuery runs one case of TestHostileQueries, in parallel with the
// others.
func hostileQuery(t *testing.T, db string, c hostileCase) {
	const mb = 1 << 20
	t.Run(c.name, func(t *testing.T) {
		if c.bug != "" && os.Getenv("KG_TEST_BUGS") != "1" {
			t.Skip(c.bug + " (set KG_TEST_BUGS=1 to run)")
		}
		t.Parallel()
		args := append([]string{"query", "--db", db, "--json"}, c.flags...)
		p, finished := kgProcWithin(t, time.Minute, nil, append(args, "--gizmo", c.program)...)
		if !finished {
			t.Fatalf("still running after a minute, peak RSS %d MB; killed", p.maxRSS/mb)
		}
		t.Logf("exit %d after %s, peak RSS %d MB: %s", p.code, p.took.Round(time.Millisecond), p.maxRSS/mb, lastBytes(strings.TrimSpace(p.stderr), 300))
		if p.took > 30*time.Second {
			t.Errorf("took %s, want well under 30s", p.took)
		}
		limit := c.rssMB
		if limit == 0 {
			limit = 1536
		}
		if p.maxRSS > limit*mb {
			t.Errorf("peak RSS %d MB, want under %d MB", p.maxRSS/mb, limit)
		}
		if strings.Contains(p.stderr, "fatal error") || strings.Contains(p.stderr, "panic:") || strings.Contains(p.stderr, "goroutine ") {
			t.Fatalf("kg crashed (exit %d): %.600s", p.code, p.stderr)
		}
		if c.err != "" {
			ok := strings.Contains(p.stderr, c.err) || c.orMemory && memoryStopRE.MatchString(p.stderr)
			if p.code != 1 || !ok {
				t.Errorf("want exit 1 with %q: %s", c.err, p)
			}
			if lines := nonEmptyLines(p.stderr); len(lines) != 1 {
				t.Errorf("want one line on standard error, got %d: %s", len(lines), p)
			}
			return
		}
		if p.code != 0 {
			t.Fatalf("%v", p)
		}
		var rows []map[string]interface{}
		if err := json.Unmarshal([]byte(p.stdout), &rows); err != nil {
			t.Fatalf("output is not JSON: %v", err)
		}
		if len(rows) != c.rows {
			t.Errorf("%d rows, want %d", len(rows), c.rows)
		}
	})
}

// gizmoStaysHealthy runs hostile programs on one open Store, in one
// process (as a server would), and checks that the store still answers
// afterwards and that no goroutine is left running a stopped program.
func gizmoStaysHealthy(t *testing.T, db string) {
	st, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	count := func() int {
		rows, err := st.Gizmo(context.Background(), `g.V().Has("<kg:type>", "Document").All()`, 0)
		if err != nil {
			t.Fatal(err)
		}
		return len(rows)
	}
	want := count()
	before := numGoroutines()
	for _, prog := range []string{
		`while (true) {}`,
		`var a = []; while (true) { a.push(a.length) }`,
		`g.V().Out().In().Out().In().Out().In().All()`,
		`for (var i = 0; ; i++) { g.Emit({i: i}) }`,
	} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		start := time.Now()
		_, err := st.Gizmo(ctx, prog, 0)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: err = %v, want one wrapping context.DeadlineExceeded", prog, err)
		}
		if took := time.Since(start); took > 30*time.Second {
			t.Errorf("%s: stopped after %s", prog, took)
		}
	}
	if got := count(); got != want {
		t.Errorf("after the hostile programs the store has %d documents, before %d", got, want)
	}
	// Goroutines of stopped programs may take a moment to go.
	var after int
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if after = numGoroutines(); after <= before+2 || time.Now().After(deadline) {
			break
		}
	}
	if after > before+2 {
		t.Errorf("%d goroutines before the hostile programs, %d after", before, after)
	}
}

// numGoroutines counts goroutines, letting finished ones exit first.
func numGoroutines() int {
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	return runtime.NumGoroutine()
}

// hostileArgs are arguments that would change a program if they were
// pasted into its source.
var hostileArgs = []string{
	`"); g.V().All(); ("`,
	`'); g.V().All(); ('`,
	`\"); g.Emit({pwned: true}); //`,
	`</script><script>alert(1)</script>`,
	"back\\slash \\u0022 \\x22 \\",
	"line\nbreak\u2028separator\u2029end",
	`${g.Emit({pwned: true})}`,
	`*/ g.Emit({pwned: true}); /*`,
	"kg:person/x\"); g.Emit({pwned: 1}); (\"",
}

// TestQueryParametersCannotInject passes hostile strings to saved queries:
// through the kg query command as entity arguments (they must fail as
// unknown entities), as entity names that are stored (they must resolve and
// find only their own statement), and to a query with a string parameter,
// which must see each string exactly as given.
func TestQueryParametersCannotInject(t *testing.T) {
	t.Parallel() // mostly waiting for locks and subprocesses
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")

	// Store one statement per hostile name, written directly.
	st, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	other := schema.Entity{Name: "Abiy Ahmed", Type: schema.Person}
	// Names differ in a word of their own: the hostile parts alone could
	// share an IRI (IRIs keep only letters and digits).
	named := func(i int) string { return fmt.Sprintf("%s Person%d", hostileArgs[i], i) }
	for i := range hostileArgs {
		name := named(i)
		text := fmt.Sprintf("Document %d about %s.", i, name)
		doc := schema.Document{Source: fmt.Sprintf("hostile-%d", i), Text: text, Hash: schema.ContentHash(text)}
		stmt := schema.Statement{
			Subject: schema.Entity{Name: name, Type: schema.Person}, Predicate: "met_with", Object: other,
			Modality: schema.Asserted, Confidence: 0.9, Start: 0, End: len(text), Sentence: text, Rule: "test",
		}
		if _, err := st.WriteDocument(context.Background(), doc, []schema.Statement{stmt}); err != nil {
			t.Fatal(err)
		}
	}

	// A saved query with a string parameter that returns it as it got it.
	echo, err := queries.Parse("echo.js", "// name: echo\n// description: returns its argument\n// param: s string\ng.Emit({s: s, n: g.V().Has(\"<kg:type>\", \"Document\").Count()});\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, arg := range hostileArgs {
		res, err := queries.Run(context.Background(), st, echo, []string{arg}, 10)
		if err != nil {
			t.Errorf("echo %q: %v", arg, err)
			continue
		}
		want := [][]string{{fmt.Sprint(len(hostileArgs)), arg}}
		if fmt.Sprint(res.Columns) != "[n s]" || fmt.Sprint(res.Rows) != fmt.Sprint(want) {
			t.Errorf("echo %q = %v %q, want [n s] %q", arg, res.Columns, res.Rows, want)
		}
	}
	st.Close()

	var cmds [][]string
	for i, arg := range hostileArgs {
		cmds = append(cmds,
			[]string{"query", "--db", db, "--json", "relations", named(i)},
			[]string{"query", "--db", db, "who-met", "Nobody " + arg})
	}
	procs := runAll(t, cmds)
	for i := range hostileArgs {
		// Stored names resolve and find exactly their own statement.
		name := named(i)
		p := procs[2*i]
		if p.code != 0 {
			t.Errorf("relations %q: %s", name, p)
			continue
		}
		var rows []map[string]interface{}
		if err := json.Unmarshal([]byte(p.stdout), &rows); err != nil {
			t.Fatalf("relations %q: %v\n%s", name, err, p.stdout)
		}
		if len(rows) != 1 || rows[0]["subject"] != name || rows[0]["object"] != "Abiy Ahmed" {
			t.Errorf("relations %q = %v, want the one statement of hostile-%d", name, rows, i)
		}
		// Unknown names with the same tricks fail as unknown entities.
		unknown := cmds[2*i+1][4]
		p = procs[2*i+1]
		if p.code == 0 || !strings.Contains(p.stderr, "unknown entity") {
			t.Errorf("who-met %q: want an unknown entity error: %s", unknown, p)
		}
		if strings.Contains(p.stdout, "pwned") {
			t.Errorf("who-met %q ran injected code: %s", unknown, p.stdout)
		}
	}
}
