package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// walkAll runs Walk and returns the documents and problems it reports.
func walkAll(t *testing.T, paths []string, opt LoadOptions) ([]Raw, []*DocError) {
	t.Helper()
	var docs []Raw
	var errs []*DocError
	err := Walk(context.Background(), paths, opt, func(r Raw) error {
		docs = append(docs, r)
		return nil
	}, func(e *DocError) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return docs, errs
}

func bySource(docs []Raw) map[string]Raw {
	m := map[string]Raw{}
	for _, d := range docs {
		m[d.Source] = d
	}
	return m
}

func TestWalkDirectory(t *testing.T) {
	docs, errs := walkAll(t, []string{"testdata/load"}, LoadOptions{})

	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	wantSources := []string{
		"testdata/load/article.txt",
		"testdata/load/notes.md",
		"testdata/load/page.html",
		"rec-1",
		"testdata/load/records.jsonl:2",
		"7",
		"testdata/load/sub/brief.txt",
	}
	if strings.Join(sources, "\n") != strings.Join(wantSources, "\n") {
		t.Errorf("documents:\n%s\nwant (in this order; .csv and hidden files skipped):\n%s",
			strings.Join(sources, "\n"), strings.Join(wantSources, "\n"))
	}

	got := bySource(docs)
	tests := []struct {
		source                              string
		format, title, url, publisher, date string
		contains                            []string
		lacks                               []string
	}{
		{
			source: "testdata/load/article.txt", format: "txt",
			title: "Port talks resume between Arland and Beltra", date: "2024-03-03",
			contains: []string{"VELMORE (Meridian) – Negotiators", "• Home"}, // raw text, not cleaned
		},
		{
			source: "testdata/load/notes.md", format: "md",
			title: "Ministers agree river pact", publisher: "Riverside Post", date: "2023-11-05",
			contains: []string{
				"Ministers agree river pact\n",
				"The ministers of Cordia and Delmar signed a river pact in Port Ell on Sunday.",
				"What it changes", "- Shared fishing rights", "- A joint river authority",
				`"It is a good day," said the Cordian minister.`,
			},
			lacks: []string{"**", "](", "#", "river.jpg", "a photo of the river", "`", "code that is not prose", "title:", "---"},
		},
		{
			source: "testdata/load/page.html", format: "html",
			title: "Envoy visits Fenmark capital", url: "https://ledger.example/envoy-fenmark",
			publisher: "Northern Ledger", date: "2024-06-14",
			contains: []string{
				"The special envoy of Gorland travelled to the Fenmark capital on Thursday",
				"closed since the spring, according to two officials who spoke on condition of anonymity.\n\nTalks will continue",
			},
			lacks: []string{"<p>", "Sport", "All rights reserved"},
		},
		{
			source: "rec-1", format: "jsonl", title: "Grain exports rise", url: "https://wire.example/1",
			publisher: "Wire", date: "1987-02-26",
			contains: []string{"Grain exports from Hallow rose in February,\nthe ministry said."},
		},
		{
			source: "testdata/load/records.jsonl:2", format: "jsonl", title: "No id here", date: "1987-03-02",
			contains: []string{"A record without an id is named by its line."},
		},
		{
			source: "7", format: "jsonl",
			contains: []string{"Numeric ids are kept as written."},
		},
		{
			source: "testdata/load/sub/brief.txt", format: "txt", date: "2025-01-05",
			contains: []string{"The council of Ostrava Minor approved the harbour budget"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			d, ok := got[tt.source]
			if !ok {
				t.Fatalf("no document %q", tt.source)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Format", d.Format, tt.format)
			check("Title", d.Title, tt.title)
			check("URL", d.URL, tt.url)
			check("Publisher", d.Publisher, tt.publisher)
			check("Published", d.Published, tt.date)
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("Text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(d.Text, s) {
					t.Errorf("Text has %q:\n%s", s, d.Text)
				}
			}
			if d.Bytes <= 0 {
				t.Errorf("Bytes = %d", d.Bytes)
			}
		})
	}

	wantErrs := []struct {
		source string
		line   int
		is     error
	}{
		{"testdata/load/empty.txt", 0, ErrEmpty},
		{"testdata/load/records.jsonl", 3, ErrInvalidJSON},
		{"testdata/load/records.jsonl", 4, ErrFieldType},
		{"testdata/load/records.jsonl", 6, ErrEmpty},
		{"testdata/load/records.jsonl", 8, ErrInvalidJSON},
		{"testdata/load/records.jsonl", 9, ErrFieldType},
		{"testdata/load/records.jsonl", 10, ErrNoText},
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("got %d problems, want %d:", len(errs), len(wantErrs))
		for _, e := range errs {
			t.Log(e)
		}
	}
	for i := range min(len(errs), len(wantErrs)) {
		e, w := errs[i], wantErrs[i]
		if e.Source != w.source || e.Line != w.line || !errors.Is(e, w.is) {
			t.Errorf("problem %d = %v (line %d), want %s:%d wrapping %v", i, e, e.Line, w.source, w.line, w.is)
		}
	}
	// The offset of a JSONL problem points into its line.
	data, err := os.ReadFile("testdata/load/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		if e.Line == 0 {
			continue
		}
		start := int64(bytes.Count(data[:max(0, e.Offset)], []byte("\n")) + 1)
		if e.Offset < 0 || start != int64(e.Line) {
			t.Errorf("%v: offset %d is on line %d", e, e.Offset, start)
		}
	}
}

func TestLoadDocError(t *testing.T) {
	e := &DocError{Source: "corpus.jsonl", Line: 3, Offset: 120, Err: ErrInvalidJSON}
	if got, want := e.Error(), "corpus.jsonl:3: invalid JSON"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, ErrInvalidJSON) {
		t.Error("errors.Is(e, ErrInvalidJSON) = false")
	}
	e = &DocError{Source: "a.txt", Offset: -1, Err: fs.ErrNotExist}
	if got, want := e.Error(), "a.txt: file does not exist"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// writeFile writes data to name under dir, gzipped when name ends in .gz.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(name, ".gz") {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		data = b.Bytes()
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalkGzip(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "story.txt.gz", []byte("Harbour talks resume\n\nThe ministers met in Velmore on Monday.\n"))
	writeFile(t, dir, "corpus.jsonl.gz", []byte(`{"id":"a","text":"First record."}`+"\n"+`{"id":"b","text":"Second record."}`+"\n"))
	writeFile(t, dir, "notes.md.gz", []byte("# River pact\n\nThe *pact* was signed.\n"))
	os.WriteFile(filepath.Join(dir, "broken.txt.gz"), []byte("not gzip at all"), 0o644)
	writeFile(t, dir, "other.csv.gz", []byte("a,b\n"))

	docs, errs := walkAll(t, []string{dir}, LoadOptions{})
	got := bySource(docs)
	if d := got[filepath.Join(dir, "story.txt.gz")]; d.Format != "txt" || !strings.Contains(d.Text, "Velmore") ||
		d.Title != "Harbour talks resume" {
		t.Errorf("story.txt.gz = %+v", d)
	}
	if got["a"].Text != "First record." || got["b"].Text != "Second record." {
		t.Errorf("corpus.jsonl.gz records: %+v", docs)
	}
	if d := got[filepath.Join(dir, "notes.md.gz")]; d.Format != "md" || d.Title != "River pact" || !strings.Contains(d.Text, "The pact was signed.") {
		t.Errorf("notes.md.gz = %+v", d)
	}
	if len(docs) != 4 {
		t.Errorf("got %d documents, want 4", len(docs))
	}
	if len(errs) != 1 || errs[0].Source != filepath.Join(dir, "broken.txt.gz") {
		t.Errorf("problems = %v, want one for broken.txt.gz", errs)
	}
}

func TestWalkBinary(t *testing.T) {
	dir := t.TempDir()
	data := append([]byte("%PDF-1.4 looks like text at first"), 0, 1, 2, 3)
	p := writeFile(t, dir, "paper.txt", data)
	j := writeFile(t, dir, "dump.jsonl", append([]byte(`{"id":"x","text":"ok"}`+"\n"), 0, 0, 0))
	docs, errs := walkAll(t, []string{p, j}, LoadOptions{})
	if len(docs) != 0 {
		t.Errorf("loaded %d documents from binary files", len(docs))
	}
	if len(errs) != 2 || !errors.Is(errs[0], ErrBinary) || errs[0].Offset != int64(len(data)-4) || !errors.Is(errs[1], ErrBinary) {
		t.Errorf("problems = %v, want two ErrBinary, the first at offset %d", errs, len(data)-4)
	}
}

func TestWalkEmpty(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "blank.txt", []byte(" \n\t\n"))
	writeFile(t, dir, "nothing.md", nil)
	writeFile(t, dir, "void.jsonl", []byte("\n\n"))
	docs, errs := walkAll(t, []string{dir}, LoadOptions{})
	if len(docs) != 0 {
		t.Errorf("loaded %v", docs)
	}
	// An empty JSONL file holds no records, which is not a problem.
	if len(errs) != 2 || !errors.Is(errs[0], ErrEmpty) || !errors.Is(errs[1], ErrEmpty) {
		t.Errorf("problems = %v, want ErrEmpty for blank.txt and nothing.md", errs)
	}
}

func TestWalkTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "big.txt", bytes.Repeat([]byte("word "), 100))
	long := `{"id":"long","text":"` + strings.Repeat("x", 300) + `"}`
	j := writeFile(t, dir, "mixed.jsonl", []byte(`{"id":"a","text":"short"}`+"\n"+long+"\n"+`{"id":"c","text":"after"}`))
	g := writeFile(t, dir, "bomb.txt.gz", bytes.Repeat([]byte("a"), 10_000))
	docs, errs := walkAll(t, []string{p, j, g}, LoadOptions{MaxBytes: 200})
	if got := bySource(docs); len(docs) != 2 || got["a"].Text != "short" || got["c"].Text != "after" {
		t.Errorf("documents = %+v, want a and c", docs)
	}
	if len(errs) != 3 {
		t.Fatalf("problems = %v, want 3", errs)
	}
	for _, e := range errs {
		if !errors.Is(e, ErrTooLarge) {
			t.Errorf("%v does not wrap ErrTooLarge", e)
		}
	}
	if errs[1].Line != 2 {
		t.Errorf("long JSONL line reported as %v, want line 2", errs[1])
	}
}

func TestWalkLongJSONLLine(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("The ministers met again. ", 40_000) // 1 MB, far beyond bufio.Scanner's 64 KB
	j := writeFile(t, dir, "long.jsonl", []byte(`{"id":"big","text":"`+text+`"}`+"\n"+`{"id":"next","text":"small"}`+"\n"))
	docs, errs := walkAll(t, []string{j}, LoadOptions{})
	if len(errs) != 0 || len(docs) != 2 || docs[0].Text != strings.TrimSpace(text) || docs[1].Source != "next" {
		t.Errorf("got %d documents, problems %v", len(docs), errs)
	}
}

func TestWalkInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "latin1.txt", []byte("Caf\xe9 talks in Vel\xf6more resumed on Monday.\n"))
	j := writeFile(t, dir, "bad.jsonl", []byte("{\"id\":\"u\",\"text\":\"Caf\xe9 society\"}\n"))
	docs, errs := walkAll(t, []string{p, j}, LoadOptions{})
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("documents %v, problems %v", docs, errs)
	}
	for _, d := range docs {
		if !utf8.ValidString(d.Text) || !strings.Contains(d.Text, "Caf\uFFFD") {
			t.Errorf("%s: Text = %q, want valid UTF-8 with U+FFFD", d.Source, d.Text)
		}
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/one.txt", []byte("The first story is about the harbour.\n"))
	writeFile(t, dir, "b/two.txt", []byte("The second story is about the river.\n"))
	links := [][2]string{
		{"..", "a/up"},             // a loop through the parent
		{".", "a/self"},            // a loop to itself
		{"../b", "a/to-b"},         // a second way to b
		{"two.txt", "b/alias.txt"}, // a link to a file
		{"missing.txt", "b/dangling.txt"},
		{"loop", "b/loop"}, // a link to itself
	}
	for _, l := range links {
		if err := os.Symlink(l[0], filepath.Join(dir, l[1])); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var docs []string
	var errs []*DocError
	err := Walk(ctx, []string{dir}, LoadOptions{}, func(r Raw) error {
		docs = append(docs, strings.TrimPrefix(r.Source, dir+string(filepath.Separator)))
		return nil
	}, func(e *DocError) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	// b is reached first through a/to-b, in lexical order, and visited once.
	want := "a/one.txt a/to-b/alias.txt a/to-b/two.txt"
	if got := strings.Join(docs, " "); got != want {
		t.Errorf("documents %q, want %q", got, want)
	}
	if len(errs) != 1 || !strings.HasSuffix(errs[0].Source, "dangling.txt") {
		t.Errorf("problems = %v, want one for the dangling link", errs)
	}
}

func TestWalkStdin(t *testing.T) {
	gz := func(s string) io.Reader {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		io.WriteString(zw, s)
		zw.Close()
		return &b
	}
	tests := []struct {
		name    string
		in      io.Reader
		sources []string
		format  string
		errs    int
	}{
		{
			name:    "jsonl",
			in:      strings.NewReader("\n  {\"id\":\"s1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n{oops\n"),
			sources: []string{"s1", "-:3"}, format: "jsonl", errs: 1,
		},
		{
			name:    "jsonl with a byte order mark",
			in:      strings.NewReader("\uFEFF{\"id\":\"bom\",\"text\":\"One.\"}\n"),
			sources: []string{"bom"}, format: "jsonl",
		},
		{
			name:    "text",
			in:      strings.NewReader("Harbour talks resume\n\nThe ministers met on Monday.\n"),
			sources: []string{"-"}, format: "txt",
		},
		{
			name:    "gzipped jsonl",
			in:      gz(`{"id":"z","text":"Zipped."}` + "\n"),
			sources: []string{"z"}, format: "jsonl",
		},
		{
			name: "empty",
			in:   strings.NewReader(""),
			errs: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := walkAll(t, []string{"-"}, LoadOptions{Stdin: tt.in})
			var sources []string
			for _, d := range docs {
				sources = append(sources, d.Source)
				if d.Format != tt.format {
					t.Errorf("%s: Format = %q, want %q", d.Source, d.Format, tt.format)
				}
			}
			if strings.Join(sources, " ") != strings.Join(tt.sources, " ") || len(errs) != tt.errs {
				t.Errorf("sources %q, problems %v; want %q and %d problems", sources, errs, tt.sources, tt.errs)
			}
		})
	}
}

func TestWalkExtensions(t *testing.T) {
	dir := t.TempDir()
	log := writeFile(t, dir, "notes.log", []byte("A plain note about the harbour talks.\n"))
	writeFile(t, dir, "sub/data.bin", []byte("skipped inside a directory"))
	writeFile(t, dir, "sub/Story.TXT", []byte("Upper-case extensions count.\n"))

	docs, errs := walkAll(t, []string{log, filepath.Join(dir, "sub")}, LoadOptions{})
	if len(errs) != 0 || len(docs) != 2 || docs[0].Format != "txt" || !strings.HasSuffix(docs[1].Source, "Story.TXT") {
		t.Errorf("documents %+v, problems %v", docs, errs)
	}
}

func TestWalkSkipsCorpusDocs(t *testing.T) {
	dir := t.TempDir()
	readme := writeFile(t, dir, "README.md", []byte("# About this corpus\n\nFive stories about harbour talks.\n"))
	writeFile(t, dir, "LICENSE.txt", []byte("Research use only.\n"))
	writeFile(t, dir, "story.txt", []byte("The ministers met in the harbour town.\n"))

	docs, errs := walkAll(t, []string{dir}, LoadOptions{})
	if len(errs) != 0 || len(docs) != 1 || !strings.HasSuffix(docs[0].Source, "story.txt") {
		t.Errorf("a directory walk read %+v (problems %v), want only story.txt", docs, errs)
	}
	// Named explicitly, a README is read like any file.
	docs, _ = walkAll(t, []string{readme}, LoadOptions{})
	if len(docs) != 1 {
		t.Errorf("README named on the command line gave %d documents, want 1", len(docs))
	}
}

func TestWalkMissing(t *testing.T) {
	docs, errs := walkAll(t, []string{"testdata/no-such-file.txt", "testdata/load/sub"}, LoadOptions{})
	if len(docs) != 1 || len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) || errs[0].Offset != -1 {
		t.Errorf("documents %v, problems %v", docs, errs)
	}
}

func TestWalkStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{"testdata/load"}, LoadOptions{}, func(Raw) error {
		n++
		return stop
	}, func(*DocError) {})
	if err != stop || n != 1 {
		t.Errorf("Walk = %v after %d documents, want %v after 1", err, n, stop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{"testdata/load"}, LoadOptions{}, func(Raw) error {
		t.Error("document sent after cancel")
		return nil
	}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Walk with a canceled context = %v", err)
	}

	// Without onErr, the first problem ends the walk.
	err = Walk(context.Background(), []string{"testdata/load/records.jsonl"}, LoadOptions{}, func(Raw) error { return nil }, nil)
	var de *DocError
	if !errors.As(err, &de) || de.Line != 3 {
		t.Errorf("Walk without onErr = %v, want the DocError of line 3", err)
	}
}

func TestWalkFieldNames(t *testing.T) {
	dir := t.TempDir()
	j := writeFile(t, dir, "custom.jsonl", []byte(`{"doc_id":"c1","body":"Body text.","headline":"Head","when":"2001-09-10","source":"Agency","link":"https://x.example"}`+"\n"))
	docs, errs := walkAll(t, []string{j}, LoadOptions{
		IDField: "doc_id", TextField: "body", TitleField: "headline", DateField: "when",
		PublisherField: "source", URLField: "link",
	})
	want := Raw{Source: "c1", Title: "Head", URL: "https://x.example", Publisher: "Agency", Published: "2001-09-10",
		Text: "Body text.", Format: "jsonl", Bytes: docs[0].Bytes}
	if len(errs) != 0 || len(docs) != 1 || docs[0] != want {
		t.Errorf("got %+v %v, want %+v", docs, errs, want)
	}
}

func TestLoadNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"1987-02-26T15:01:01Z":          "1987-02-26",
		"2024-06-14 08:30:00":           "2024-06-14",
		"2024-06":                       "2024-06",
		"2024":                          "2024",
		"2024-02-30":                    "",
		"Feb 26, 1987":                  "1987-02-26",
		"Thu, 26 Feb 1987 15:01:01 GMT": "1987-02-26",
		"August 2, 2025, 00:44:00 IST":  "2025-08-02",
		"3rd March 2024":                "2024-03-03",
		"2025/08/02":                    "2025-08-02",
		"yesterday":                     "",
		"":                              "",
	}
	for in, want := range tests {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadTextMetadata(t *testing.T) {
	const body = "The ministers of Arland and Beltra met in Velmore on Monday to discuss the harbour, officials said after the meeting."
	tests := []struct {
		name, text, title, date string
	}{
		{"headline and date line", "Talks resume in Velmore\n\nFP News Desk • August 2, 2025, 00:44:00 IST\n\n" + body, "Talks resume in Velmore", "2025-08-02"},
		{"published label", "Talks resume\nPublished: 3 March 2024\n\n" + body, "Talks resume", "2024-03-03"},
		{"bare date", "Jan 5, 2025\n\n" + body, "", "2025-01-05"},
		{"dateline with a year", "WASHINGTON, March 3, 2024 (Reuters) - " + body, "", "2024-03-03"},
		{"dateline without a year", "SALVADOR, Feb 26 - " + body, "", ""},
		// The year from the weekday the lead names and the years the
		// text mentions: Feb 26 was a Monday in 2024; "by 2030" is a
		// target, not a past year.
		{"dateline year from the lead's weekday", "SALVADOR, Feb 26 - " + body + "\n\nThe harbour was dredged in 2022 and will be doubled by 2030.", "", "2024-02-26"},
		// Feb 27, 2024 was a Tuesday: a lead about Monday is about the day before.
		{"dateline year from a lead about the day before", "SALVADOR, Feb 27 - " + body + "\n\nThe harbour was dredged in 2024.", "", "2024-02-27"},
		// Read on 2026-11-22: the latest year on which the dateline's day
		// fits, back to the latest year the text mentions. Jan 28 was a
		// Wednesday in 2026.
		{"dateline of a story that looks far back", "KABUL, Jan 28 - The ministers of Arland and Beltra met on Wednesday, officials said after the meeting.\n\nThe crossing has been shut since 2007.", "", "2026-01-28"},
		// July 16 was a Tuesday in 2024 (and in 2030: 2027 is after
		// today, no past year to count from).
		{"a year after today is no past year", "BAGHDAD, July 16 - The ministers of Arland and Beltra signed a deal on Tuesday, officials said after the meeting.\n\nWork is set to begin in 2027 on a line shut since March 2023.", "", "2024-07-16"},
		// Dec 20 was a Sunday in 2026, after today, and then in 2020.
		{"a dateline is not after today", "HAVANA, Dec 20 - The ministers of Arland and Beltra met on Sunday, officials said after the meeting.\n\nThe talks began in 2019.", "", "2020-12-20"},
		// Jan 28 was a Tuesday in 2025: no year from 2025 on has it on a
		// Monday, so the lead is about the day before.
		{"a lead about the day before, read later", "KABUL, Jan 28 - The ministers of Arland and Beltra met on Monday, officials said after the meeting.\n\nThe crossing reopened in 2025.", "", "2025-01-28"},
		{"dateline whose lead names no weekday", "SALVADOR, Feb 26 - The ministers met in Velmore to discuss the harbour, officials said after the meeting.\n\nIt was dredged in 2022.", "", ""},
		{"dateline without a date", "ERBIL (Kurdistan24) – " + body, "", ""},
		{"first line is a sentence", "Sources say the talks will resume.\n\n" + body, "", ""},
		{"dates in the body are not publication dates", body + "\n\n" + body + "\n\n" + body + "\n\nMarch 3, 2024", "", ""},
		{"menu item with a date", "Trending:\n• September 11, 2001 anniversary\n\nTalks resume\n\n" + body, "Talks resume", ""},
		{"headline with a date", "Leaders to meet in Velmore on March 3, 2024\n\n" + body, "Leaders to meet in Velmore on March 3, 2024", ""},
		{"menus above the headline", "Daily Meridian\n  • Home\n  • World\n  • Sport\n\nTalks resume in Velmore\n\n" + body, "Talks resume in Velmore", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Raw
			textDoc(tt.text, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), &r)
			if r.Title != tt.title || r.Published != tt.date {
				t.Errorf("Title %q, Published %q; want %q, %q", r.Title, r.Published, tt.title, tt.date)
			}
		})
	}
}

func TestLoadStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Title #", "Title"},
		{"Some **bold**, __strong__, *em* and _em_ text", "Some bold, strong, em and em text"},
		{"a snake_case_name stays", "a snake_case_name stays"},
		{"See [the report](https://x.example/r \"t\") and [ref][1].", "See the report and ref."},
		{"![chart](c.png) Figures rose.", " Figures rose."},
		{"[1]: https://x.example/r", ""},
		{"> quoted\n> > deeper", "quoted\ndeeper"},
		{"* item one\n+ item two\n1. first", "- item one\n- item two\n1. first"},
		{"Title\n=====\n\ntext", "Title\n\ntext"},
		{"---", ""},
		{"| a | b |\n|---|---|\n| 1 | 2 |", "a   b\n1   2"},
		{"Use `go test` and \\*literal\\*", "Use go test and *literal*"},
		{"<span class=\"x\">inline html</span> <https://x.example>", "inline html https://x.example"},
		{"~~gone~~ kept", "gone kept"},
	}
	for _, tt := range tests {
		got, _ := stripMarkdown(tt.in)
		got = strings.Join(strings.Fields(strings.ReplaceAll(got, "\n", " \x00 ")), " ")
		want := strings.Join(strings.Fields(strings.ReplaceAll(tt.want, "\n", " \x00 ")), " ")
		if got != want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, want)
		}
	}
}
