package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Raw is one document as loaded, before cleaning.
type Raw struct {
	Source    string // path as given (joined with the path inside a directory), "-" for standard input, or the JSONL record's id ("path:line" when it has none)
	Title     string
	URL       string
	Publisher string
	Published string // ISO 8601 date prefix (YYYY-MM-DD), "" when unknown
	Text      string // the document's text: as read for txt and jsonl, markup stripped for md, the main text for html
	Format    string // txt, md, html or jsonl
	Bytes     int64  // input size (decompressed), for throughput figures
}

// LoadOptions configures Walk. The zero value is ready to use.
type LoadOptions struct {
	// JSONL field names; zero values mean id, text, title, url, date and
	// publisher.
	IDField, TextField, TitleField, URLField, DateField, PublisherField string

	// MaxBytes is the largest document (or JSONL line) read, after
	// decompression; zero means 50 MB.
	MaxBytes int64

	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader

	// Today is the day the documents are read as of: a wire dateline
	// without a year ("TASHKENT, Nov 16 (Caspian Wire) -") is dated on or
	// before it. The zero value means the clock's date.
	Today time.Time
}

// DefaultMaxBytes is the largest document read when LoadOptions.MaxBytes
// is zero.
const DefaultMaxBytes = 50 << 20

func (o LoadOptions) withDefaults() LoadOptions {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&o.IDField, "id")
	def(&o.TextField, "text")
	def(&o.TitleField, "title")
	def(&o.URLField, "url")
	def(&o.DateField, "date")
	def(&o.PublisherField, "publisher")
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Today.IsZero() {
		o.Today = time.Now().UTC()
	}
	return o
}

// Walk expands paths (files, directories recursively, "-" for standard
// input) into the documents they hold and sends each to fn, in the order of
// paths and, inside a directory, in lexical order of the paths; fn may stop
// the walk by returning an error, which Walk returns.
//
// Supported formats, by extension (a trailing .gz is decompressed):
//   - .txt: plain text. Title is the first line when it looks like a
//     headline after cleaning; Published comes from a date line or a
//     dateline near the top ("FP News Desk • August 2, 2025, 00:44:00 IST",
//     "Published: 3 March 2024", "WASHINGTON, March 3, 2024 (Reuters) -");
//     a dateline without a year ("TASHKENT, Nov 16 (Caspian Wire) -") takes
//     the latest year up to Today on which the weekday its lead names fits,
//     back to the latest past year the text mentions.
//   - .md, .markdown: markdown with its markup stripped (headings, emphasis,
//     links to their text, images, code blocks); title and date from YAML
//     front matter or the first level-one heading.
//   - .html, .htm: the main text found by go-trafilatura, with the page's
//     title, publication date, URL and site name as publisher.
//   - .jsonl, .ndjson: one record a line; text is required; id, title, url,
//     date and publisher are optional strings (an id may be a number).
//     Source is the record's id, or "path:line" when it has none.
//
// Standard input is JSONL if its first non-space byte is '{', else text.
// Inside directories, files with other extensions and hidden files and
// directories are skipped silently, and symbolic links are followed, each
// directory visited once; a file named explicitly with an unknown extension
// is read as text.
//
// A problem with one document (unreadable file, invalid JSON on line N,
// wrong field type, empty text, binary file, too large) is reported through
// onErr as a *DocError and the walk goes on. When onErr is nil, Walk stops
// at the first such problem and returns it. Walk returns ctx.Err() when the
// context ends.
func Walk(ctx context.Context, paths []string, opt LoadOptions, fn func(Raw) error, onErr func(*DocError)) error {
	w := &walker{ctx: ctx, opt: opt.withDefaults(), fn: fn, onErr: onErr, seen: map[string]bool{}}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	ctx   context.Context
	opt   LoadOptions
	fn    func(Raw) error
	onErr func(*DocError)
	seen  map[string]bool // directories visited, by real path
}

// report hands a document problem to onErr; the error it returns stops the
// walk.
func (w *walker) report(source string, line int, offset int64, err error) error {
	de := &DocError{Source: source, Line: line, Offset: offset, Err: err}
	if w.onErr == nil {
		return de
	}
	w.onErr(de)
	return nil
}

func (w *walker) path(p string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if p == "-" {
		return w.stdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.report(p, 0, -1, err)
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	format := formatOf(p)
	if format == "" {
		format = "txt"
	}
	return w.file(p, format)
}

// formatOf names the format of a file from its extension, ignoring a
// trailing .gz; "" when it is unknown.
func formatOf(name string) string {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return "txt"
	case ".md", ".markdown":
		return "md"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

func (w *walker) dir(p string) error {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return w.report(p, 0, -1, err)
	}
	if w.seen[real] {
		return nil
	}
	w.seen[real] = true
	entries, err := os.ReadDir(p)
	if err != nil {
		if rerr := w.report(p, 0, -1, err); rerr != nil {
			return rerr
		}
	}
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") || isCorpusDoc(name) {
			continue
		}
		child := filepath.Join(p, name)
		mode := e.Type()
		format := formatOf(name)
		if mode&os.ModeSymlink != 0 {
			fi, err := os.Stat(child)
			if err != nil {
				if format == "" {
					continue // a broken link or a loop, of no interest
				}
				if rerr := w.report(child, 0, -1, err); rerr != nil {
					return rerr
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			err = w.dir(child)
		case mode.IsRegular() && format != "":
			err = w.file(child, format)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// isCorpusDoc reports whether a file inside a directory documents the
// corpus rather than being one of its articles: README.md, LICENSE.txt.
// Named on the command line, such a file is read like any other.
func isCorpusDoc(name string) bool {
	base := strings.ToUpper(name)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CONTRIBUTING", "NOTICE", "AUTHORS":
		return true
	}
	return false
}

func (w *walker) file(p, format string) error {
	f, err := os.Open(p)
	if err != nil {
		return w.report(p, 0, -1, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return w.report(p, 0, -1, gzipError(err))
		}
		defer zr.Close()
		r = gzipReader{zr}
	} else if fi, err := f.Stat(); err == nil && format != "jsonl" && fi.Mode().IsRegular() && fi.Size() > w.opt.MaxBytes {
		// Too large to read whole: say so without reading it.
		return w.report(p, 0, -1, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, w.opt.MaxBytes))
	}
	return w.read(p, format, r)
}

// gzipReader says which layer failed when a compressed file is truncated or
// corrupt ("gzip: unexpected EOF" rather than "unexpected EOF").
type gzipReader struct{ zr *gzip.Reader }

func (g gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

// gzipError prefixes "gzip: " to errors of compress/gzip that lack it.
func gzipError(err error) error {
	if strings.HasPrefix(err.Error(), "gzip: ") || strings.HasPrefix(err.Error(), "flate: ") {
		return err
	}
	return fmt.Errorf("gzip: %w", err)
}

// stdin reads standard input: JSONL when its first non-space byte is '{',
// else text; gzip is recognised by its magic number.
func (w *walker) stdin() error {
	const name = "-"
	br := bufio.NewReaderSize(w.opt.Stdin, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.report(name, 0, -1, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	head, _ := br.Peek(4096)
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	format := "txt"
	if i := bytes.IndexFunc(head, func(r rune) bool { return !unicode.IsSpace(r) }); i >= 0 && head[i] == '{' {
		format = "jsonl"
	}
	return w.read(name, format, br)
}

// read loads the documents of one input.
func (w *walker) read(source, format string, r io.Reader) error {
	if format == "jsonl" {
		return w.jsonl(source, r)
	}
	data, err := io.ReadAll(io.LimitReader(r, w.opt.MaxBytes+1))
	if err != nil {
		return w.report(source, 0, -1, err)
	}
	if int64(len(data)) > w.opt.MaxBytes {
		return w.report(source, 0, -1, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, w.opt.MaxBytes))
	}
	if i := nulIndex(data); i >= 0 {
		return w.report(source, 0, int64(i), fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i))
	}
	raw := Raw{Source: source, Format: format, Bytes: int64(len(data))}
	switch format {
	case "html":
		err = htmlDoc(data, &raw)
	case "md":
		markdownDoc(validText(data), w.opt.Today, &raw)
	default:
		textDoc(validText(data), w.opt.Today, &raw)
	}
	if err != nil {
		return w.report(source, 0, -1, err)
	}
	if strings.TrimSpace(raw.Text) == "" {
		return w.report(source, 0, -1, ErrEmpty)
	}
	return w.fn(raw)
}

// nulIndex returns the offset of a NUL byte in the first 8 KB, or -1.
func nulIndex(data []byte) int {
	return bytes.IndexByte(data[:min(len(data), 8<<10)], 0)
}

// validText returns data as a string without a byte order mark, with
// invalid UTF-8 replaced by U+FFFD.
func validText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if utf8.Valid(data) {
		return string(data)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

// jsonl reads one record a line. Lines may be as long as MaxBytes.
func (w *walker) jsonl(source string, r io.Reader) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	if head, _ := br.Peek(8 << 10); bytes.IndexByte(head, 0) >= 0 {
		i := bytes.IndexByte(head, 0)
		return w.report(source, 0, int64(i), fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i))
	}
	var (
		buf    []byte
		offset int64
	)
	for lineNo := 1; ; lineNo++ {
		if lineNo%256 == 0 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
		}
		line, n, tooLong, err := readLine(br, buf[:0], w.opt.MaxBytes)
		buf = line[:0]
		start := offset
		offset += n
		if err != nil && !errors.Is(err, io.EOF) {
			return w.report(source, lineNo, start, err)
		}
		if n == 0 && err != nil {
			return nil
		}
		if tooLong {
			if rerr := w.report(source, lineNo, start, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, w.opt.MaxBytes)); rerr != nil {
				return rerr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if lineNo == 1 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			raw, derr := w.record(source, lineNo, line)
			if derr != nil {
				if off, ok := errOffset(derr); ok {
					start += off
				}
				if rerr := w.report(source, lineNo, start, derr); rerr != nil {
					return rerr
				}
			} else {
				raw.Bytes = n
				if ferr := w.fn(raw); ferr != nil {
					return ferr
				}
			}
		}
		if err != nil {
			return nil
		}
	}
}

// readLine reads one line into buf, without its line ending, and returns
// the bytes consumed. A line longer than max is consumed but not kept.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, n int64, tooLong bool, err error) {
	for {
		frag, ferr := br.ReadSlice('\n')
		n += int64(len(frag))
		if !tooLong {
			if int64(len(buf)+len(frag)) > max+1 { // +1 for the newline
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if ferr == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, n, tooLong, ferr
	}
}

// errOffset returns the byte offset inside the line of a JSON syntax
// error.
func errOffset(err error) (int64, bool) {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset, true
	}
	return 0, false
}

// record decodes one JSONL line.
func (w *walker) record(source string, lineNo int, line []byte) (Raw, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Raw{}, fmt.Errorf("%w: the line is a JSON %s, want an object", ErrInvalidJSON, te.Value)
		}
		return Raw{}, fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	o := &w.opt
	raw := Raw{Format: "jsonl"}
	var err error
	get := func(dst *string, name string, number bool) {
		if err == nil {
			*dst, err = stringField(rec, name, number)
		}
	}
	var date string
	get(&raw.Source, o.IDField, true)
	get(&raw.Text, o.TextField, false)
	get(&raw.Title, o.TitleField, false)
	get(&raw.URL, o.URLField, false)
	get(&date, o.DateField, false)
	get(&raw.Publisher, o.PublisherField, false)
	if err != nil {
		return Raw{}, err
	}
	if _, ok := rec[o.TextField]; !ok {
		return Raw{}, fmt.Errorf("%w %q", ErrNoText, o.TextField)
	}
	if strings.TrimSpace(raw.Text) == "" {
		return Raw{}, fmt.Errorf("%w: field %q is empty", ErrEmpty, o.TextField)
	}
	if raw.Source == "" {
		raw.Source = source + ":" + strconv.Itoa(lineNo)
	}
	raw.Published = NormalizeDate(date)
	return raw, nil
}

// stringField returns the string value of rec[name]: "" when it is missing
// or null, the literal for a number when number is set, and an
// ErrFieldType error for other types.
func stringField(rec map[string]json.RawMessage, name string, number bool) (string, error) {
	v, ok := rec[name]
	if !ok {
		return "", nil
	}
	v = bytes.TrimSpace(v)
	kind := "a number"
	switch {
	case len(v) == 0 || string(v) == "null":
		return "", nil
	case v[0] == '"':
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", fmt.Errorf("%w: %w", ErrInvalidJSON, err)
		}
		return strings.TrimSpace(s), nil
	case v[0] == '{':
		kind = "an object"
	case v[0] == '[':
		kind = "an array"
	case v[0] == 't' || v[0] == 'f':
		kind = "a boolean"
	default:
		if number {
			return string(v), nil
		}
	}
	return "", fmt.Errorf("%w: field %q is %s, want a string", ErrFieldType, name, kind)
}

// textDoc fills raw from a plain text.
func textDoc(text string, today time.Time, raw *Raw) {
	raw.Text = text
	raw.Title = headlineOf(text)
	raw.Published = publishedOf(text, today)
}

// headlineOf returns the first line of the cleaned text when it looks like
// a headline: at most 25 words, no final period or colon, and more text
// after it.
func headlineOf(text string) string {
	const head = 32 << 10
	if len(text) > head {
		cut := strings.LastIndexByte(text[:head], '\n')
		if cut < 0 {
			cut = head
		}
		text = strings.ToValidUTF8(text[:cut], "")
	}
	c := Clean(text)
	i := strings.IndexByte(c, '\n')
	if i < 0 {
		return ""
	}
	first := c[:i]
	u := unit{text: first}
	u.features()
	if u.words > 25 || u.runes > 200 || endsPeriod(first) || strings.HasSuffix(first, ":") {
		return ""
	}
	return first
}

// publishedOf finds the publication date of a plain text in its first
// lines: a short line holding a full date, or a dateline with a year at the
// start of a paragraph ("WASHINGTON, March 3, 2024 (Reuters) -"). It stops
// at the third paragraph of running text.
func publishedOf(text string, today time.Time) string {
	all := text
	paragraphs := 0
	for n := 0; n < 300 && text != "" && paragraphs < 3; n++ {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		u := unit{text: strings.Join(strings.Fields(line), " ")}
		u.features()
		if u.words <= 15 {
			// A line that is a date, or a byline and a date; not a menu item
			// or a headline that mentions one.
			if !isBulletLine(u.text) && dateLine(&u) {
				iso, _ := scanDate(u.text)
				return iso
			}
			continue
		}
		paragraphs++
		if dl := datelineOf(line); dl != "" {
			if iso, _ := scanDate(dl); iso != "" {
				return iso
			}
			if iso := datelineYear(dl, line, all, today); iso != "" {
				return iso
			}
		}
	}
	return ""
}

// datelineYear dates a dateline that gives a month and a day but no year
// ("TASHKENT, Nov 16 (Caspian Wire) -"), as wire copy does. The weekday the
// lead paragraph names first ("agreed on Sunday") is the dateline's day or,
// less often, the day before (a lead about yesterday). The year is the
// latest on which the dateline's day fits, else the latest on which the day
// before does, counting back from today's to the latest year the text
// mentions that is not after today nor a target ("by 2030"): wire copy is
// read soon after it is filed, and a story is no older than the years it
// looks back on. (A day before that fits always fits the year after the
// dateline's own day fits, so the dateline's day is tried first.) It
// returns "" when the text mentions no such year, the lead names no
// weekday or no year fits. Archives read long after they were written
// need LoadOptions.Today set to when they were.
func datelineYear(dateline, lead, text string, today time.Time) string {
	m := monthDayRE.FindStringSubmatch(dateline)
	if m == nil {
		return ""
	}
	month := monthNumber[strings.ToLower(m[1][:3])]
	day, _ := strconv.Atoi(m[2])
	wm := weekdayRE.FindStringSubmatch(lead[len(dateline):])
	if wm == nil {
		return ""
	}
	weekday := time.Sunday // weekdayRE matches time.Weekday's names
	for weekday < time.Saturday && weekday.String() != wm[1] {
		weekday++
	}
	from := 0
	for _, ym := range pastYearRE.FindAllStringSubmatch(text, -1) {
		if target(ym[1]) {
			continue
		}
		if y, _ := strconv.Atoi(ym[2]); y > from && y <= today.Year() {
			from = y
		}
	}
	if from == 0 {
		return ""
	}
	for _, back := range []int{0, 1} {
		for y := today.Year(); y >= from; y-- {
			t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
			if t.Day() == day && !t.After(today) && t.AddDate(0, 0, -back).Weekday() == weekday {
				return t.Format(time.DateOnly)
			}
		}
	}
	return ""
}

var (
	monthDayRE = regexp.MustCompile(`,\s*` + monthRE + `\s+(\d{1,2})\b`)
	weekdayRE  = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// a year with the three words before it: "in 2022", "by the end of 2028"
	pastYearRE = regexp.MustCompile(`(?i)((?:[a-z]+\s+){0,3})((?:19|20)\d\d)\b`)
)

// target reports whether the words before a year make it a target, not a
// past: "by 2030", "until 2028", "before 2030", "by the end of 2028".
func target(before string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		switch w {
		case "by", "until", "till", "before", "through", "will", "next", "plans", "planned", "expected", "scheduled", "due":
			return true
		}
	}
	return false
}

// datelineRE matches a dateline opening a paragraph: a place in capitals,
// maybe a date and an agency in brackets, then a dash: "ERBIL (Kurdistan24)
// –", "SALVADOR, Feb 26 -", "WASHINGTON, March 3, 2024 (Reuters) -".
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:/[A-Z][A-Za-z ]*)?(?:,[^–—()]{1,40}?)?(?: ?\([^)]{1,40}\))? ?[-–—]{1,2}\s`)

// datelineOf returns the dateline that opens a paragraph, or "".
func datelineOf(p string) string {
	if len(p) > 120 {
		p = p[:120]
	}
	return datelineRE.FindString(p)
}

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	mdyRE = regexp.MustCompile(`(?i)\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b`)
	ymdRE = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
)

var monthNumber = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// scanDate finds the first full date (day, month and year) in s and
// returns it as YYYY-MM-DD with its byte range, or "" and nil.
func scanDate(s string) (string, []int) {
	best, bestLoc := "", []int(nil)
	try := func(re *regexp.Regexp, y, m, d int) {
		for _, loc := range re.FindAllStringSubmatchIndex(s, 4) {
			if bestLoc != nil && loc[0] >= bestLoc[0] {
				return
			}
			part := func(g int) string { return s[loc[2*g]:loc[2*g+1]] }
			year, _ := strconv.Atoi(part(y))
			day, _ := strconv.Atoi(part(d))
			var month time.Month
			if mn, err := strconv.Atoi(part(m)); err == nil {
				month = time.Month(mn)
			} else {
				month = monthNumber[strings.ToLower(part(m)[:3])]
			}
			if iso := isoDate(year, month, day); iso != "" {
				best, bestLoc = iso, loc[:2]
				return
			}
		}
	}
	try(mdyRE, 3, 1, 2)
	try(dmyRE, 3, 2, 1)
	try(ymdRE, 1, 2, 3)
	return best, bestLoc
}

// findDate returns the byte range of the first full date in s, or nil.
func findDate(s string) []int {
	_, loc := scanDate(s)
	return loc
}

func isoDate(year int, month time.Month, day int) string {
	if year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return ""
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format(time.DateOnly)
}

var isoPrefixRE = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])`)

// NormalizeDate returns the ISO 8601 date prefix of a date written in one
// of the common forms ("1987-02-26T15:01:01Z" -> "1987-02-26", "2024-03",
// "Feb 26, 1987", "Thu, 26 Feb 1987 15:01:01 GMT"), or "" when s holds no
// date it can read. A prefix is kept as precise as it is given.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := isoPrefixRE.FindStringSubmatch(s); m != nil {
		year, _ := strconv.Atoi(m[1])
		if year < 1800 || year > 2200 {
			return ""
		}
		switch {
		case m[2] == "":
			return m[1]
		case m[3] == "":
			if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
				return m[1] + "-" + m[2]
			}
			return ""
		}
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return isoDate(year, time.Month(mo), d)
	}
	iso, _ := scanDate(s)
	return iso
}

// maxHTMLDepth is how deep elements may nest in a page. Parsing HTML and
// finding its main text take time that grows with the square of the depth
// or worse (a page of 10,000 nested <div> took minutes), while real pages
// nest a few dozen deep.
const maxHTMLDepth = 512

// htmlDoc extracts the main text and metadata of a web page.
func htmlDoc(data []byte, raw *Raw) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extracting HTML: %v", r)
		}
	}()
	if htmlTooDeep(data, maxHTMLDepth) {
		return fmt.Errorf("%w: HTML elements nested more than %d deep", ErrTooLarge, maxHTMLDepth)
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return fmt.Errorf("extracting HTML: %w", err)
	}
	raw.Text = nodeText(res.ContentNode)
	if strings.TrimSpace(raw.Text) == "" {
		raw.Text = res.ContentText
	}
	md := res.Metadata
	raw.Text = strings.ToValidUTF8(raw.Text, "\uFFFD")
	raw.Title = strings.ToValidUTF8(strings.TrimSpace(md.Title), "\uFFFD")
	raw.URL = strings.ToValidUTF8(strings.TrimSpace(md.URL), "\uFFFD")
	raw.Publisher = strings.ToValidUTF8(strings.TrimSpace(md.Sitename), "\uFFFD")
	if !md.Date.IsZero() {
		raw.Published = md.Date.Format(time.DateOnly)
	}
	return nil
}

// htmlTooDeep reports whether elements nest more than max deep in a page,
// found in one pass of the tokenizer that closes elements roughly as a
// parser does: an end tag closes the elements opened after its start tag;
// a new p, li, dt, dd, td, th, tr or option closes the open one of its kind
// (and whatever was left open inside it); a block element closes an open
// p. Void elements, the page's html, head and body, and self-closing tags
// inside SVG and MathML do not count. Sloppy pages (a <font> left open in
// every cell or paragraph) stay shallow; the count errs on the low side.
func htmlTooDeep(data []byte, max int) bool {
	z := html.NewTokenizer(bytes.NewReader(data))
	var open []string // open elements, outermost first
	foreign := 0      // how many of them are svg or math
	// closeTo pops the innermost open tag, unless a boundary comes first.
	closeTo := func(tag string, boundary map[string]bool) {
		for i := len(open) - 1; i >= 0; i-- {
			if open[i] == tag {
				for _, t := range open[i:] {
					if t == "svg" || t == "math" {
						foreign--
					}
				}
				open = open[:i]
				return
			}
			if boundary[open[i]] {
				return
			}
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if htmlVoid[tag] || htmlFrame[tag] || tt == html.SelfClosingTagToken && foreign > 0 {
				continue
			}
			if htmlClosesP[tag] {
				closeTo("p", htmlScope)
			}
			for _, same := range htmlSiblings[tag] {
				closeTo(same, htmlScope)
			}
			if tag == "svg" || tag == "math" {
				foreign++
			}
			open = append(open, tag)
			if len(open) > max {
				return true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			closeTo(string(name), nil)
		}
	}
}

var (
	// htmlVoid are the elements that have no content or end tag.
	htmlVoid = map[string]bool{
		"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
		"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true,
		"wbr": true, "keygen": true, "frame": true, "basefont": true, "bgsound": true, "image": true,
	}
	// htmlFrame are the page's frame, which a page holds once.
	htmlFrame = map[string]bool{"html": true, "head": true, "body": true}
	// htmlSiblings are the elements whose start closes an open one of
	// these kinds.
	htmlSiblings = map[string][]string{
		"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"},
		"th": {"td", "th"}, "tr": {"td", "th", "tr"}, "option": {"option"}, "optgroup": {"option", "optgroup"},
		"thead": {"td", "th", "tr"}, "tbody": {"td", "th", "tr"}, "tfoot": {"td", "th", "tr"},
	}
	// htmlClosesP are the block elements whose start closes an open p.
	htmlClosesP = map[string]bool{
		"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
		"details": true, "dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true,
		"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true,
		"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
		"listing": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true, "pre": true,
		"section": true, "summary": true, "table": true, "ul": true,
	}
	// htmlScope are the elements past which an implied close does not reach.
	htmlScope = map[string]bool{
		"table": true, "ul": true, "ol": true, "dl": true, "select": true, "button": true,
		"td": true, "th": true, "caption": true, "object": true, "applet": true, "marquee": true,
		"template": true, "svg": true, "math": true,
	}
)

// blockTags are the elements that start a new paragraph of text, HTML's
// and those go-trafilatura uses in its output tree.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "blockquote": true, "pre": true, "table": true, "tr": true,
	"section": true, "article": true, "header": true, "footer": true, "figure": true,
	"figcaption": true, "dl": true, "dt": true, "dd": true, "hr": true, "main": true, "aside": true,
	"address": true, "details": true, "summary": true, "body": true,
	"head": true, "item": true, "list": true, "quote": true, "row": true, "doc": true,
}

// nodeText renders an HTML tree as text: one paragraph a block element,
// white space collapsed inside paragraphs, <br> a line break.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	pendingBreak := "" // what separates the next text from the last
	space := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if unicode.IsSpace(r) {
					space = true
					continue
				}
				if b.Len() > 0 {
					if pendingBreak != "" {
						b.WriteString(pendingBreak)
					} else if space {
						b.WriteByte(' ')
					}
				}
				pendingBreak, space = "", false
				b.WriteRune(r)
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br", "lb":
				if pendingBreak == "" {
					pendingBreak = "\n"
				}
			case "td", "th", "cell":
				space = true
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			pendingBreak = "\n\n"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			pendingBreak = "\n\n"
		}
	}
	walk(n)
	return b.String()
}

var (
	mdImageRE    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	mdLinkRE     = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutoLinkRE = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]+)>`)
	mdTagRE      = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
	mdStrongRE   = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
	mdEmRE       = regexp.MustCompile(`(^|[\s(\[{"'])[*_]([^*_\s](?:[^*_\n]*[^*_\s])?)[*_]`)
	mdStrikeRE   = regexp.MustCompile(`~~([^~\n]+)~~`)
	mdCodeRE     = regexp.MustCompile("`+([^`\n]+)`+")
	mdEscapeRE   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	mdRefDefRE   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	mdHeadingRE  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$`)
	mdRuleRE     = regexp.MustCompile(`^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	mdSetextRE   = regexp.MustCompile(`^ {0,3}(?:=+|-+)\s*$`)
	mdListRE     = regexp.MustCompile(`^(\s*)[*+-]\s+(?:\[[ xX]\]\s+)?`)
	mdTableSepRE = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$`)
)

// markdownDoc fills raw from a markdown text: front matter read for title
// and date, markup stripped.
func markdownDoc(src string, today time.Time, raw *Raw) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	fm, body := frontMatter(src)
	text, h1 := stripMarkdown(body)
	raw.Text = text
	raw.Title = fm["title"]
	if raw.Title == "" {
		raw.Title = h1
	}
	if raw.Title == "" {
		raw.Title = headlineOf(text)
	}
	for _, k := range []string{"date", "published", "pubdate", "publishdate"} {
		if d := NormalizeDate(fm[k]); d != "" {
			raw.Published = d
			break
		}
	}
	if raw.Published == "" {
		raw.Published = publishedOf(text, today)
	}
	raw.URL = fm["url"]
	raw.Publisher = fm["publisher"]
	if raw.Publisher == "" {
		raw.Publisher = fm["site"]
	}
}

// frontMatter splits YAML ("---") or TOML ("+++") front matter off a
// markdown text and returns its top-level scalar fields.
func frontMatter(src string) (map[string]string, string) {
	fields := map[string]string{}
	for _, fence := range []string{"---", "+++"} {
		if !strings.HasPrefix(src, fence+"\n") {
			continue
		}
		rest := src[len(fence)+1:]
		end := strings.Index(rest, "\n"+fence)
		if end < 0 && strings.HasPrefix(rest, fence) {
			end = 0
		}
		if end < 0 {
			return fields, src
		}
		sep := byte(':')
		if fence == "+++" {
			sep = '='
		}
		for _, line := range strings.Split(rest[:end], "\n") {
			k, v, ok := strings.Cut(line, string(sep))
			if !ok || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "\t") {
				continue
			}
			v = strings.TrimSpace(v)
			v = strings.Trim(v, `"'`)
			fields[strings.ToLower(strings.TrimSpace(k))] = v
		}
		body := rest[end:]
		body = strings.TrimPrefix(body, "\n")
		body = strings.TrimPrefix(body, fence)
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			body = body[i+1:]
		} else {
			body = ""
		}
		return fields, body
	}
	return fields, src
}

// stripMarkdown removes markdown markup, keeping the text of headings,
// emphasis and links; images, code blocks, rules and link definitions go.
// It returns the text and the first level-one heading.
func stripMarkdown(src string) (string, string) {
	lines := strings.Split(src, "\n")
	out := make([]string, 0, len(lines))
	h1 := ""
	fence := ""
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		switch {
		case mdRefDefRE.MatchString(line), mdTableSepRE.MatchString(line) && strings.Contains(line, "|"):
			continue
		case mdSetextRE.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			if h1 == "" && strings.HasPrefix(trimmed, "=") && len(out) > 0 {
				h1 = out[len(out)-1]
			}
			continue
		case mdRuleRE.MatchString(line):
			out = append(out, "")
			continue
		}
		if m := mdHeadingRE.FindStringSubmatch(line); m != nil {
			line = m[2]
			if m[1] == "#" && h1 == "" {
				h1 = inlineMarkdown(line)
			}
		}
		for {
			t := strings.TrimLeft(line, " ")
			if !strings.HasPrefix(t, ">") {
				break
			}
			line = strings.TrimPrefix(t[1:], " ")
		}
		line = mdListRE.ReplaceAllString(line, "$1- ")
		if strings.HasPrefix(strings.TrimSpace(line), "|") {
			line = strings.Trim(strings.TrimSpace(line), "|")
			line = strings.ReplaceAll(line, "|", "   ")
		}
		out = append(out, inlineMarkdown(line))
	}
	return strings.Join(out, "\n"), strings.TrimSpace(h1)
}

func inlineMarkdown(s string) string {
	if !strings.ContainsAny(s, "[]()*_`~<>\\!") {
		return s
	}
	s = mdImageRE.ReplaceAllString(s, "")
	s = mdLinkRE.ReplaceAllString(s, "$1")
	s = mdAutoLinkRE.ReplaceAllString(s, "$1")
	s = mdTagRE.ReplaceAllString(s, "")
	s = mdCodeRE.ReplaceAllString(s, "$1")
	s = mdStrongRE.ReplaceAllString(s, "$1$2")
	s = mdEmRE.ReplaceAllString(s, "$1$2")
	s = mdStrikeRE.ReplaceAllString(s, "$1")
	s = mdEscapeRE.ReplaceAllString(s, "$1")
	return s
}
