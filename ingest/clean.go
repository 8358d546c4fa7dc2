package ingest

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Clean returns the main text of a plain-text page: boilerplate lines
// removed, whitespace normalised, paragraphs kept (one blank line between
// paragraphs, single newlines between lines of a paragraph).
//
// Clean works on lines and blank-line separated blocks and knows nothing of
// any one site. It removes:
//
//   - navigation: menus of bullet items ("• Home"), runs of three or more
//     short title-case lines, lines of navigation words ("About Us Contact
//     Us Privacy Policy"), labels such as "Sections", "Trending:", "Top
//     Stories", and lines of a block that is mostly such junk;
//   - share buttons ("Whatsapp Facebook Twitter", "Share this article");
//   - advertisement markers ("Advertisement", "Fly Erbil Advertisment",
//     "STORY CONTINUES BELOW THIS AD"), calls to subscribe or follow;
//   - links to other stories: a line that is one headline written twice
//     ("X X", also "X X Y Y"), a headline-like line repeated on the next
//     line, headline-like lines after a "More from …" or "Read more" label,
//     a long sentence-case headline standing alone between two paragraphs
//     (a section heading is short or in title case, and stays), and the
//     few lines kept between the large blocks of junk of a page's footer;
//   - photo captions with a credit ("U.S. President Donald Trump. (AFP)",
//     "… File image/ Reuters");
//   - a date or byline-and-date line above the first paragraph;
//   - copyright and cookie footers, and everything after an end-of-article
//     marker ("End of Article");
//   - exact repeats of a line or paragraph (the first is kept).
//
// It keeps the headline, section headings, quotes and agency credits such
// as "(source: Reuters)" or "REUTER".
//
// Text hard-wrapped at a fixed width (newswire, e-mail) is recognised per
// document and joined per paragraph: the lines of a wrapped paragraph become
// one line, so a short last line is never taken for a heading.
//
// Invalid UTF-8 is replaced with U+FFFD. Clean is idempotent:
// Clean(Clean(s)) == Clean(s).
func Clean(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Each pass only removes lines or joins them, so passes converge; the
	// second pass is almost always the last, confirming the first.
	for range 16 {
		out := cleanPass(text)
		if out == text {
			break
		}
		text = out
	}
	return text
}

// cleanLine is one input line, whitespace-normalised.
type cleanLine struct {
	text   string // trimmed, runs of white space collapsed to one space but between columns
	runes  int    // length of text in runes
	indent int    // leading white space in the input, in columns
	table  bool   // columns: an inner run of 3+ spaces or a tab in the input
	bullet bool   // starts with a bullet glyph or "- ", "* ", "+ "
	hard   bool   // junk that must never be joined into a paragraph
	blank  bool
}

// unit is a line of the output, or a hard-wrapped paragraph joined into one.
type unit struct {
	text   string
	block  int  // index of the output block (paragraph) it belongs to
	joined bool // several wrapped input lines joined
	bullet bool
	indent int
	table  bool

	words    int
	runes    int
	sentence bool // ends with . ! ? … (before closing quotes or brackets)
	body     bool // a paragraph of running text
	key      string
	junk     string // why the unit is dropped; "" when it is kept
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n\n")

// cleaner holds the buffers of one cleaning pass, reused across calls.
type cleaner struct {
	lines []cleanLine
	units []unit
	live  []int
	seen  map[string]bool
}

var cleaners = sync.Pool{New: func() any { return &cleaner{seen: map[string]bool{}} }}

func cleanPass(text string) string {
	c := cleaners.Get().(*cleaner)
	out := render(c.classify(text))
	// Drop references to the text before pooling the buffers.
	clear(c.lines)
	clear(c.units)
	clear(c.seen)
	c.lines, c.units = c.lines[:0], c.units[:0]
	if cap(c.lines) > 1<<16 {
		// Do not keep the buffers of a huge text alive.
		c.lines, c.units, c.live = nil, nil, nil
	}
	cleaners.Put(c)
	return out
}

// classifyText splits text into units and marks the junk.
func classifyText(text string) []unit {
	c := &cleaner{seen: map[string]bool{}}
	return c.classify(text)
}

func (c *cleaner) classify(text string) []unit {
	if strings.IndexByte(text, '\r') >= 0 || strings.Contains(text, "\u2028") || strings.Contains(text, "\u2029") {
		text = lineBreaks.Replace(text)
	}
	c.lines = splitLines(c.lines[:0], text)
	width := wrapWidth(c.lines)
	c.units = buildUnits(c.units[:0], c.lines, width)
	classify(c, c.units)
	return c.units
}

// splitLines appends the normalised lines of text to lines.
func splitLines(lines []cleanLine, text string) []cleanLine {
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return append(lines, normaliseLine(text))
		}
		lines = append(lines, normaliseLine(text[:i]))
		text = text[i+1:]
	}
}

// normaliseLine trims a line, collapses its white space and notes its
// indentation and whether it looks like a row of a table.
func normaliseLine(raw string) cleanLine {
	var l cleanLine
	// Fast path: plain ASCII, maybe indented with spaces, single spaces
	// inside, none at the end.
	lead := 0
	for lead < len(raw) && raw[lead] == ' ' {
		lead++
	}
	rest := raw[lead:]
	if plainASCII(rest) && !strings.Contains(rest, "  ") && (rest == "" || rest[len(rest)-1] != ' ') {
		l.text = raw[lead:]
		l.runes = len(l.text)
		l.indent = lead
	} else {
		l = slowNormalise(raw)
	}
	if l.text == "" {
		l.blank = true
		return l
	}
	l.bullet = isBulletLine(l.text)
	return l
}

// plainASCII reports whether s holds only printable ASCII and spaces,
// testing eight bytes at a time.
func plainASCII(s string) bool {
	const (
		lo    = 0x0101010101010101
		hi    = 0x8080808080808080
		ctl   = 0x2020202020202020 // bytes below 0x20
		delta = 0x7f7f7f7f7f7f7f7f
	)
	for len(s) >= 8 {
		x := binary.LittleEndian.Uint64([]byte(s[:8]))
		y := x ^ delta // a zero byte where x has 0x7f
		if x&hi != 0 || (x-ctl)&^x&hi != 0 || (y-lo)&^y&hi != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c < 0x20 {
			return false
		}
	}
	return true
}

func slowNormalise(raw string) cleanLine {
	var l cleanLine
	var b strings.Builder
	b.Grow(len(raw))
	leading := true
	gap := false        // white space pending before the next visible rune
	run, maxRun := 0, 0 // ASCII spaces in a row in the pending gap
	tab := false        // the pending gap holds a tab
	columns, tabGaps := 0, 0
	for _, r := range raw {
		switch {
		case r == '\t':
			if leading {
				l.indent += 4
			}
			gap, tab, run = true, true, 0
			continue
		case r == ' ':
			if leading {
				l.indent++
			}
			gap = true
			run++
			maxRun = max(maxRun, run)
			continue
		case r == '\r' || r == '\v' || r == '\f' || isSpaceRune(r):
			if leading {
				l.indent++
			}
			gap, run = true, 0
			continue
		case isInvisible(r) || r < 0x20 || (r >= 0x7f && r < 0xa0):
			continue
		}
		if leading {
			leading = false
		} else if gap {
			// A gap of three spaces or a tab may separate the columns of a
			// table; it is written as three spaces until the line is known.
			if maxRun >= 3 || tab {
				b.WriteString("   ")
				if maxRun >= 3 {
					columns++
				} else {
					tabGaps++
				}
			} else {
				b.WriteByte(' ')
			}
		}
		gap, tab, run, maxRun = false, false, 0, 0
		b.WriteRune(r)
	}
	l.text = b.String()
	l.table = columns > 0 || tabGaps >= 2
	if !l.table && (columns > 0 || tabGaps > 0) {
		l.text = strings.ReplaceAll(l.text, "   ", " ")
	}
	l.runes = utf8.RuneCountInString(l.text)
	return l
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x85:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func isInvisible(r rune) bool {
	switch r {
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad:
		return true
	}
	return false
}

var bulletGlyphs = "•·▪▫►▸▹◦‣●○■□➤➢→✓✔❯›»"

func isGlyphBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(bulletGlyphs, r)
}

func isBulletLine(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return (c == '-' || c == '*' || c == '+') && len(s) > 1 && s[1] == ' '
	}
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(bulletGlyphs, r) {
		return true
	}
	return r == '–' && len(s) > size && s[size] == ' '
}

// wrapWidth decides whether the text is hard-wrapped at a fixed width and
// returns that width, or 0 when lines are paragraphs of their own. Text is
// wrapped when it has lines of 40 to 100 characters and few longer ones;
// the width is the 90th percentile of the lengths of those lines.
func wrapWidth(lines []cleanLine) int {
	var hist [101]int
	n, long := 0, 0
	for i := range lines {
		l := &lines[i]
		switch {
		case l.blank || l.table:
		case l.runes > 100:
			long++
		case l.runes >= 40:
			hist[l.runes]++
			n++
		}
	}
	if n < 2 || long*4 > n {
		return 0
	}
	rank := n - n/10
	for w := 40; w <= 100; w++ {
		rank -= hist[w]
		if rank <= 0 {
			return w
		}
	}
	return 100
}

// buildUnits turns lines into output units, joining the lines of
// hard-wrapped paragraphs, and assigns output blocks.
func buildUnits(units []unit, lines []cleanLine, width int) []unit {
	if width > 0 {
		for i := range lines {
			if !lines[i].blank {
				lines[i].hard = hardJunk(lines[i].text)
			}
		}
	}
	block := 0
	lastBlock := -1 // block of the last unit emitted
	newBlock := func() {
		if lastBlock == block {
			block++
		}
	}
	emit := func(u unit) {
		u.block = block
		lastBlock = block
		units = append(units, u)
	}
	for i := 0; i < len(lines); {
		if lines[i].blank {
			newBlock()
			i++
			continue
		}
		// A block: lines i..j-1.
		j := i
		for j < len(lines) && !lines[j].blank {
			j++
		}
		if width == 0 {
			for k := i; k < j; k++ {
				emit(lineUnit(&lines[k]))
			}
			i = j
			continue
		}
		// Split the block into segments at forced breaks; join a segment
		// when most of its breaks look like soft wraps.
		for s := i; s < j; {
			e := s + 1
			for e < j && !forcedBreak(&lines[e-1], &lines[e]) {
				e++
			}
			if e-s >= 2 && softMajority(lines[s:e], width) {
				var b strings.Builder
				n, runes := 0, 0
				for k := s; k < e; k++ {
					n += len(lines[k].text) + 1
					runes += lines[k].runes + 1
				}
				b.Grow(n)
				for k := s; k < e; k++ {
					if k > s {
						b.WriteByte(' ')
					}
					b.WriteString(lines[k].text)
				}
				newBlock()
				u := lineUnit(&lines[s])
				u.text = b.String()
				u.runes = runes - 1
				u.joined = true
				emit(u)
				newBlock()
			} else {
				for k := s; k < e; k++ {
					emit(lineUnit(&lines[k]))
				}
			}
			s = e
		}
		i = j
	}
	return units
}

func lineUnit(l *cleanLine) unit {
	return unit{text: l.text, runes: l.runes, bullet: l.bullet, indent: l.indent, table: l.table}
}

// forcedBreak reports whether the break between a and b can never be a
// soft wrap.
func forcedBreak(a, b *cleanLine) bool {
	return a.table || b.table || b.bullet || a.hard || b.hard ||
		(b.indent > 0 && b.indent > a.indent)
}

// softMajority reports whether at least half the breaks in seg look like
// soft wraps at the given width.
func softMajority(seg []cleanLine, width int) bool {
	soft := 0
	for k := 0; k+1 < len(seg); k++ {
		a, b := &seg[k], &seg[k+1]
		if a.runes > 100 || b.runes > 100 {
			return false
		}
		if a.runes*10 < width*6 {
			continue
		}
		fw := strings.IndexByte(b.text, ' ')
		if fw < 0 {
			fw = len(b.text)
		}
		first, _ := utf8.DecodeRuneInString(b.text)
		if (a.runes+1+fw)*100 > width*85 || (unicode.IsLower(first) && !endsSentence(a.text)) {
			soft++
		}
	}
	return soft*2 >= len(seg)-1
}

// hardJunk reports lines that are boilerplate wherever they stand and are
// never part of a sentence: advertisement markers and share buttons.
func hardJunk(s string) bool {
	if len(s) > 60 || endsPeriod(s) && !strings.HasSuffix(s, "...") {
		return false
	}
	// Cheap test first: the first word must start one of the phrases.
	first := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	var buf [16]byte
	if len(first) == 0 || len(first) > len(buf) {
		return false
	}
	for i := 0; i < len(first); i++ {
		c := first[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !hardFirst[string(buf[:len(first)])] {
		return false
	}
	k := junkKey(s)
	switch k {
	case "advertisement", "advertisment", "story continues below this ad",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "scroll to continue with content":
		return true
	}
	return strings.IndexByte(k, ' ') > 0 && shareButtons(k)
}

var hardFirst = map[string]bool{
	"advertisement": true, "advertisment": true, "story": true, "article": true,
	"continue": true, "scroll": true,
}

func init() {
	for w := range socialWords {
		hardFirst[w] = true
	}
}

// junkKey lower-cases s and trims everything but letters and digits from
// its ends.
func junkKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// features fills the unit's derived fields.
func (u *unit) features() {
	u.words = strings.Count(u.text, " ") + 1
	if u.runes == 0 {
		u.runes = utf8.RuneCountInString(u.text)
	}
	u.sentence = endsSentence(u.text)
	u.body = (u.words >= 15 && u.sentence) || u.words >= 40
	if u.words <= 20 {
		u.key = junkKey(u.text)
	}
}

// endsSentence reports whether s ends with . ! ? or … before any closing
// quotes and brackets.
func endsSentence(s string) bool {
	r := lastMark(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endsPeriod reports whether s ends with . … ; or , before any closing
// quotes and brackets.
func endsPeriod(s string) bool {
	r := lastMark(s)
	return r == '.' || r == '…' || r == ';' || r == ','
}

// lastMark returns the last rune of s before closing quotes and brackets.
func lastMark(s string) rune {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if c == '"' || c == '\'' || c == ')' || c == ']' {
				s = s[:len(s)-1]
				continue
			}
			return rune(c)
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if r != '”' && r != '’' && r != '»' {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// classify marks the junk units.
func classify(c *cleaner, units []unit) {
	for i := range units {
		units[i].features()
	}
	// Stage 1: rules that look at one line, plus the date line above the
	// first paragraph.
	seenBody := false
	for i := range units {
		u := &units[i]
		if seenBody && isEndMarker(u.key) {
			for k := i; k < len(units); k++ {
				units[k].junk = "after end of article"
			}
			break
		}
		if u.body {
			seenBody = true
		}
		// A date line stands alone, not after a line that runs on into it.
		alone := i == 0 || units[i-1].block != u.block || units[i-1].junk != "" || endsSentence(units[i-1].text)
		u.junk = lineJunk(u)
		if u.junk == "" && !seenBody && alone && dateLine(u) {
			u.junk = "date line"
		}
	}

	// Stage 2: runs of navigation lines.
	navRuns(units)

	// Stage 3: a block that is mostly junk loses its other short lines.
	contaminated(units)

	// Stage 4: link lists after labels.
	live := c.survivors(units)
	seenBody = false
	for n := 0; n < len(live); n++ {
		u := &units[live[n]]
		if u.body {
			seenBody = true
		}
		if !seenBody || u.junk != "" {
			continue
		}
		if isRelatedLabel(u) {
			u.junk = "label of links"
			for m := n + 1; m < len(live) && (headlineLike(&units[live[m]]) || isRelatedLabel(&units[live[m]])); m++ {
				units[live[m]].junk = "link under a label"
				n = m
			}
		}
	}
	// Labels are junk wherever they stand.
	for _, k := range live {
		if isRelatedLabel(&units[k]) {
			units[k].junk = "label of links"
		}
	}
	live = c.survivors(units)

	// Stage 5: a headline-like line repeated on the next line is a link to
	// another story (both go), unless it opens the text (the headline).
	for n := 0; n+1 < len(live); n++ {
		a, b := &units[live[n]], &units[live[n+1]]
		if a.text != b.text && stripBullet(a.text) != stripBullet(b.text) {
			continue
		}
		if !headlineLike(a) {
			continue
		}
		b.junk = "repeated headline"
		if n > 0 {
			a.junk = "repeated headline"
		}
		n++
	}
	live = c.survivors(units)

	// Stage 6: a long sentence-case headline alone between two paragraphs
	// is a link to another story; a section heading is short or in title
	// case.
	for n := 1; n+1 < len(live); n++ {
		u, prev, next := &units[live[n]], &units[live[n-1]], &units[live[n+1]]
		if prev.body && next.body && prev.block != u.block && next.block != u.block &&
			u.words >= 7 && u.words <= 18 && headlineLike(u) && !titleCase(u.text) && onlyYears(u.text) &&
			!strings.ContainsAny(u.text[len(u.text)-1:], "?-:") && !openEnded(u.text) {
			u.junk = "headline of another story"
		}
	}
	live = c.survivors(units)

	// Stage 7: teasers in the footer.
	footerTeasers(units)
	live = c.survivors(units)

	// Stage 8: exact repeats, but in tables, where headings and legends
	// repeat, and lines of figures.
	for i := 0; i < len(units); {
		j, table := i, false
		for ; j < len(units) && units[j].block == units[i].block; j++ {
			table = table || units[j].table
		}
		for ; i < j; i++ {
			units[i].table = units[i].table || table
		}
	}
	seen := c.seen
	for _, k := range live {
		u := &units[k]
		if u.table || u.words < 4 || (!u.sentence && u.words < 6) || u.runes < 20 ||
			(u.words < 30 && !wordy(u.text)) {
			continue
		}
		t := stripBullet(u.text)
		if seen[t] {
			u.junk = "repeat"
		}
		seen[t] = true
	}
}

// footerTeasers drops the few lines kept between two large blocks of
// junk in the footer of a page (a related story and its summary, say):
// runs of at most two kept lines with five or more junk lines on each side
// and no paragraph of running text after them.
func footerTeasers(units []unit) {
	const bigGap, maxTeaser = 5, 2
	type run struct {
		start, end int // units[start:end]
		junk, body bool
	}
	var runs []run
	for i := 0; i < len(units); {
		j := i
		junk := units[i].junk != ""
		body := false
		for j < len(units) && (units[j].junk != "") == junk {
			body = body || units[j].body && !junk
			j++
		}
		runs = append(runs, run{i, j, junk, body})
		i = j
	}
	big := func(r int) bool {
		return r >= 0 && r < len(runs) && runs[r].junk && runs[r].end-runs[r].start >= bigGap
	}
	bodyAfter := false
	for r := len(runs) - 1; r >= 0; r-- {
		k := runs[r]
		if k.junk {
			continue
		}
		if !bodyAfter && k.end-k.start <= maxTeaser && big(r-1) && big(r+1) {
			for i := k.start; i < k.end; i++ {
				units[i].junk = "teaser in the footer"
			}
			continue
		}
		bodyAfter = bodyAfter || k.body
	}
}

// openEnded reports whether s ends with a word that cannot end a
// headline, as a broken-off sentence does ("… added that while").
func openEnded(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	switch strings.ToLower(w) {
	case "that", "while", "which", "who", "the", "a", "an", "of", "to", "and", "or", "but",
		"should", "would", "will", "could", "can", "for", "with", "by", "in", "on", "at",
		"is", "are", "was", "were", "be", "has", "have", "had", "said", "says":
		return true
	}
	return false
}

// titleCase reports whether most words of s that are not function words
// start with a capital.
func titleCase(s string) bool {
	words, capital := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || functionWords[strings.ToLower(w)] {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return capital*10 >= words*6
}

// wordy reports text made mostly of letters rather than figures: a line
// of a table of figures may repeat and mean something each time.
func wordy(s string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			if utf8.RuneStart(c) {
				letters++ // near enough: other scripts are words, not figures
			}
		case c >= '0' && c <= '9':
			digits++
		case (c|0x20) >= 'a' && (c|0x20) <= 'z':
			letters++
		}
	}
	return letters >= 6*digits
}

// survivors lists the units not yet found to be junk.
func (c *cleaner) survivors(units []unit) []int {
	live := c.live[:0]
	for i := range units {
		if units[i].junk == "" {
			live = append(live, i)
		}
	}
	c.live = live
	return live
}

func stripBullet(s string) string {
	if isBulletLine(s) {
		_, size := utf8.DecodeRuneInString(s)
		return strings.TrimLeft(s[size:], " ")
	}
	return s
}

// headlineLike reports a line that could be the headline of a story: 3 to
// 25 words, not a wrapped paragraph, no final period.
func headlineLike(u *unit) bool {
	if u.joined || u.table || u.words < 3 || u.words > 25 || endsPeriod(u.text) {
		return false
	}
	t := stripBullet(u.text)
	r, _ := utf8.DecodeRuneInString(t)
	if strings.HasSuffix(t, ":") {
		return false
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'‘“", r)
}

// lineJunk applies the rules that need only the line itself and returns
// the reason the line is junk, or "".
func lineJunk(u *unit) string {
	if u.table {
		return ""
	}
	if u.words > 15 {
		switch {
		case u.words <= 20 && captionLine(u):
			return "caption"
		case u.words <= 60 && copyrightLine(u):
			return "copyright"
		case u.words <= 60 && cookieLine(u):
			return "cookies"
		case !u.sentence && u.words <= 120 && doubled(u.text):
			return "doubled headline"
		}
		return ""
	}
	k := u.key
	if k == "" {
		if u.joined {
			return ""
		}
		return "punctuation" // "----", "* * *"
	}
	if hardJunk(u.text) {
		return "advertisement or share buttons"
	}
	if (junkPhrases[k] || shareButtons(k)) && (!endsPeriod(u.text) || strings.HasSuffix(u.text, "...")) {
		return "boilerplate phrase"
	}
	if u.joined {
		return ""
	}
	words := strings.Fields(k)
	switch {
	case adLine(k, words):
		return "advertisement"
	case prefixJunk(u, k, words):
		return "call to action or teaser"
	case copyrightLine(u):
		return "copyright"
	case cookieLine(u):
		return "cookies"
	case navWords(u, words):
		return "navigation words"
	case captionLine(u):
		return "caption"
	case assetName(u.text):
		return "asset name"
	case !u.sentence && u.words >= 6 && doubled(u.text):
		return "doubled headline"
	}
	return ""
}

var junkPhrases = map[string]bool{}

func init() {
	for _, p := range []string{
		"advertisement", "advertisment", "advertisements", "advertising", "ad", "ads",
		"sponsored", "sponsored content", "paid content", "promoted content", "promoted",
		"subscribe", "subscribe now", "subscribe join us", "join us", "sign up", "sign in",
		"log in", "login", "register", "create account", "my account",
		"read more", "read full story", "read the full story", "click here", "continue reading",
		"show more", "load more", "view more", "see more", "view all", "see all",
		"share", "share this", "share this article", "share this story", "share article", "share story",
		"print", "email", "comments", "comment", "leave a comment", "post a comment",
		"menu", "search", "close", "home", "skip to content", "skip to main content", "back to top",
		"advertise with us", "sitemap", "site map", "contact us", "about us",
		"follow us", "download the app", "get the app", "watch live", "live tv",
		"privacy policy", "cookie policy", "terms of use", "terms of service", "terms and conditions",
		"accept", "accept all", "accept cookies", "manage cookies", "cookie settings",
		"listen to this article", "listen", "audio", "watch", "video", "photos", "gallery",
		"next article", "previous article", "next story", "previous story", "next", "previous",
		"end of article", "end of story", "end of the article", "end of the story",
	} {
		junkPhrases[p] = true
	}
}

var adWords = map[string]bool{
	"advertisement": true, "advertisment": true, "advertisements": true, "advertisments": true,
	"advert": true, "adverts": true,
}

// adLine: a short line naming an advertisement ("Fly Erbil Advertisment",
// "- Advertisement -") or telling the story continues after one.
func adLine(k string, words []string) bool {
	if len(words) <= 5 {
		for _, w := range words {
			if adWords[strings.Trim(w, "-–—:|.,()[]")] {
				return true
			}
		}
	}
	if len(words) <= 10 {
		for _, p := range []string{"continues below", "continue below", "continues after",
			"continue reading", "scroll to continue", "ad feedback", "sponsored content",
			"paid content", "paid partnership", "preferred source"} {
			if strings.Contains(k, p) {
				return true
			}
		}
	}
	return false
}

// prefixJunk: calls to action and teasers ("Subscribe to our newsletter",
// "Follow us on X", "ALSO READ: …", "Trending: …", "… Trending").
func prefixJunk(u *unit, k string, words []string) bool {
	n := len(words)
	if n <= 8 {
		for _, p := range []string{"subscribe", "sign up", "follow us", "find us on", "join us on",
			"download our", "download the", "get our", "like us on", "watch on", "listen on",
			"click here", "tap here", "share on", "share via", "sign in to", "log in to",
			"click to", "add as a preferred"} {
			if strings.HasPrefix(k, p) {
				return true
			}
		}
		if strings.HasSuffix(k, "on youtube") || strings.HasSuffix(k, "on facebook") ||
			strings.HasSuffix(k, "on instagram") || strings.HasSuffix(k, "on whatsapp") ||
			strings.HasSuffix(k, "on telegram") || strings.HasSuffix(k, "on google news") {
			return true
		}
	}
	if !u.sentence && n <= 25 {
		for _, p := range []string{"also read", "read also", "read more", "see also", "also see",
			"also watch", "watch:", "related:", "recommended:", "trending:", "must read", "don't miss"} {
			if strings.HasPrefix(k, p) {
				return true
			}
		}
	}
	if !u.sentence && n <= 12 && (words[0] == "trending" || words[n-1] == "trending") {
		return true
	}
	return false
}

func copyrightLine(u *unit) bool {
	if u.words > 30 {
		return false
	}
	t := u.text
	if strings.Contains(t, "©") || strings.Contains(t, "ights reserved") ||
		strings.Contains(t, "ights Reserved") || strings.Contains(t, "IGHTS RESERVED") {
		return true
	}
	// "Copyright 2024 …", "(c) 2024 …"
	return len(t) > 10 && (strings.EqualFold(t[:10], "copyright ") || strings.EqualFold(t[:4], "(c) ")) && hasYear(t)
}

func cookieLine(u *unit) bool {
	if !strings.Contains(u.text, "ookie") && !strings.Contains(u.text, "OOKIE") {
		return false
	}
	l := strings.ToLower(u.text)
	for _, p := range []string{"we use cookies", "uses cookies", "use of cookies", "accept",
		"consent", "cookie policy", "cookie settings", "cookies policy"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

var socialWords = map[string]bool{
	"whatsapp": true, "facebook": true, "twitter": true, "x": true, "linkedin": true,
	"telegram": true, "reddit": true, "pinterest": true, "email": true, "e-mail": true,
	"mail": true, "print": true, "copy": true, "link": true, "tweet": true, "messenger": true,
	"flipboard": true, "pocket": true, "tumblr": true, "vk": true, "threads": true,
	"instagram": true, "youtube": true, "share": true, "shares": true, "on": true,
	"this": true, "article": true, "story": true, "via": true, "comments": true, "comment": true,
	"koo": true, "sms": true, "bluesky": true, "mastodon": true, "and": true,
}

var socialNetworks = map[string]bool{
	"whatsapp": true, "facebook": true, "twitter": true, "linkedin": true, "telegram": true,
	"reddit": true, "pinterest": true, "tweet": true, "messenger": true, "flipboard": true,
	"instagram": true, "youtube": true, "share": true, "koo": true, "bluesky": true, "mastodon": true,
}

// shareButtons reports a key made only of share-button words with at least
// one network or "share".
func shareButtons(k string) bool {
	if k == "" || len(k) > 80 {
		return false
	}
	net := false
	for _, w := range strings.Fields(k) {
		w = strings.Trim(w, "|,·•/:-()")
		if w == "" {
			continue
		}
		if !socialWords[w] {
			return false
		}
		if socialNetworks[w] {
			net = true
		}
	}
	return net
}

var navVocab = map[string]bool{
	"home": true, "about": true, "us": true, "contact": true, "privacy": true, "policy": true,
	"cookie": true, "cookies": true, "terms": true, "of": true, "use": true, "service": true,
	"conditions": true, "and": true, "&": true, "sitemap": true, "login": true, "subscribe": true,
	"newsletter": true, "newsletters": true, "menu": true, "search": true, "video": true,
	"videos": true, "photos": true, "gallery": true, "live": true, "tv": true, "shows": true,
	"news": true, "latest": true, "world": true, "sports": true, "business": true,
	"opinion": true, "entertainment": true, "tech": true, "auto": true, "health": true,
	"lifestyle": true, "careers": true, "advertise": true, "with": true, "help": true,
	"faq": true, "rss": true, "feedback": true, "follow": true, "web": true, "stories": true,
	"shorts": true, "podcasts": true, "podcast": true, "weather": true, "markets": true,
	"politics": true, "science": true, "travel": true, "education": true, "culture": true,
	"sections": true, "events": true, "more": true, "top": true, "trending": true, "epaper": true,
	"e-paper": true, "jobs": true, "corrections": true, "editorial": true, "standards": true,
	"accessibility": true, "sign": true, "in": true, "up": true, "account": true, "apps": true,
	"app": true, "archive": true, "archives": true, "blog": true, "blogs": true, "the": true,
}

var navStrong = map[string]bool{
	"home": true, "privacy": true, "cookie": true, "cookies": true, "terms": true, "contact": true,
	"sitemap": true, "login": true, "subscribe": true, "newsletter": true, "newsletters": true,
	"advertise": true, "rss": true, "faq": true, "careers": true, "menu": true, "epaper": true,
	"e-paper": true, "accessibility": true,
}

// navWords: a line of 3 to 12 words, at least 3 in 4 of them site
// navigation words, one of them a strong one ("privacy", "home", …).
func navWords(u *unit, words []string) bool {
	if u.sentence || len(words) < 2 || len(words) > 12 {
		return false
	}
	in, strong := 0, false
	for _, w := range words {
		w = strings.Trim(w, "|,·•/:")
		if navVocab[w] {
			in++
			strong = strong || navStrong[w]
		}
	}
	return strong && in*4 >= len(words)*3
}

// captionLine: a short photo caption with a credit: "U.S. President Donald
// Trump. (AFP)", "… File image/ Reuters", "Photo: AP".
func captionLine(u *unit) bool {
	if u.words > 20 {
		return false
	}
	l := u.key
	if !strings.Contains(l, "photo") && !strings.Contains(l, "image") && !strings.Contains(l, "file") &&
		!strings.Contains(l, "pic") && !strings.Contains(l, "credit") && !strings.Contains(l, "getty") &&
		!strings.Contains(l, "via reuters") {
		return captionCredit(u)
	}
	for _, p := range []string{"file photo", "file image", "file picture", "file pic", "photo:",
		"photo by ", "photo credit", "photograph:", "image:", "image credit", "image by ",
		"picture:", "pictures:", "credit:", "getty images", "image/", "photo/", "images/",
		"pic/", "(photo", "(image", "(file", "via reuters", "ap photo", "afp photo", "reuters photo"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return captionCredit(u)
}

// captionCredit: "Text. (AFP)", a short sentence and a credit in brackets.
func captionCredit(u *unit) bool {
	t := u.text
	if u.words <= 15 && strings.HasSuffix(t, ")") {
		open := strings.LastIndexByte(t, '(')
		if open > 0 {
			credit := t[open+1 : len(t)-1]
			before := strings.TrimRight(t[:open], " ")
			if credit != "" && strings.Count(credit, " ") <= 2 && !strings.Contains(credit, ":") &&
				strings.HasSuffix(before, ".") {
				r, _ := utf8.DecodeRuneInString(credit)
				return unicode.IsUpper(r)
			}
		}
	}
	return false
}

// assetName: a lone lower-case token naming a page asset, such as "fp-logo"
// or "icon_search", left behind by a text dump of a web page.
func assetName(s string) bool {
	if strings.ContainsRune(s, ' ') || !strings.ContainsAny(s, "-_") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		switch part {
		case "logo", "icon", "img", "image", "banner", "btn", "button", "nav", "menu",
			"header", "footer", "sidebar", "widget", "ad", "ads", "thumb", "svg", "png", "jpg":
			return true
		}
	}
	return false
}

// dateLine: a short line that is a date, or a byline and a date ("FP News
// Desk • August 2, 2025, 00:44:00 IST", "Published: 3 March 2024"). A
// headline that mentions a date is not one: beside the date there may be
// two words, or up to six with a separator, a clock time or a label.
func dateLine(u *unit) bool {
	if u.joined || u.words > 15 || u.sentence {
		return false
	}
	if !hasYear(u.text) {
		return false
	}
	loc := findDate(u.text)
	if loc == nil {
		return false
	}
	rest := u.text[:loc[0]] + " " + u.text[loc[1]:]
	n, labels := 0, 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
			if dateLabels[strings.ToLower(strings.Trim(w, ":,.()|"))] {
				labels++
			}
		}
	}
	if n == labels {
		return true
	}
	if n > 6 {
		return false
	}
	if strings.ContainsAny(rest, "•|·—–/") || strings.HasPrefix(strings.ToLower(rest), "by ") {
		return true
	}
	for i := 1; i+2 < len(rest); i++ {
		if rest[i] == ':' && isDigit(rest[i-1]) && isDigit(rest[i+1]) && isDigit(rest[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasYear reports four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

var dateLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "first": true,
	"modified": true, "on": true, "date": true, "at": true, "am": true, "pm": true,
	"ist": true, "gmt": true, "utc": true, "et": true, "est": true, "edt": true, "bst": true,
	"cet": true, "cest": true, "pst": true, "pdt": true, "msk": true, "jst": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "wed": true, "thu": true,
	"fri": true, "sat": true, "sun": true,
}

// doubled reports a line made of one or more phrases of at least three
// words each written twice in a row: "X X" or "X X Y Y" (headlines of
// other stories pasted as link text).
func doubled(s string) bool {
	w := strings.Fields(s)
	n := len(w)
	if n < 6 || n%2 == 1 && n < 12 {
		return false
	}
	memo := make(map[int]bool)
	var from func(i int) bool
	from = func(i int) bool {
		if i == n {
			return true
		}
		if v, ok := memo[i]; ok {
			return v
		}
		ok := false
		for L := 3; i+2*L <= n && !ok; L++ {
			if w[i+L] != w[i] || w[i+1] == w[i] || w[i+2] == w[i] || w[i+2] == w[i+1] {
				continue
			}
			match := true
			for k := 1; k < L; k++ {
				if w[i+k] != w[i+L+k] {
					match = false
					break
				}
			}
			ok = match && from(i+2*L)
		}
		memo[i] = ok
		return ok
	}
	return from(0)
}

// navShort: a short navigation item: up to 4 title-case words, no
// figures but a year, no sentence end; or a bullet item of up to 9 words,
// no figures but a year, not a sentence nor a clause ending in "," or ";".
func navShort(u *unit) bool {
	if u.joined || u.table || u.sentence {
		return false
	}
	t := u.text
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") {
		return false
	}
	if u.bullet {
		return u.words <= 9 && onlyYears(t)
	}
	if u.words > 4 || u.runes > 40 || !onlyYears(t) {
		return false
	}
	capital := false
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capital = true
		case unicode.IsLetter(r) && !functionWords[strings.ToLower(w)]:
			return false
		}
	}
	return capital
}

// onlyYears reports whether the only figures in s are years.
func onlyYears(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if !isYear(s[i:j]) || j < len(s) && (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1]) {
			return false
		}
		i = j
	}
	return true
}

var functionWords = map[string]bool{
	"of": true, "and": true, "the": true, "in": true, "on": true, "for": true, "to": true,
	"a": true, "an": true, "at": true, "by": true, "with": true, "vs": true, "&": true, "-": true,
	"|": true, "from": true, "or": true, "as": true, "into": true,
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// navRuns marks runs of navigation items: three or more navShort units in a
// row (across blank lines), or two bullet items, together with indented
// lines of menu words under them. A run introduced by a line ending in ":"
// is a list of the article and stays.
func navRuns(units []unit) {
	for n := 0; n < len(units); {
		if units[n].junk != "" || !navShort(&units[n]) {
			n++
			continue
		}
		// Junk found so far (share buttons, "• Home") does not break a run.
		m := n
		bullets, glyphs := 0, 0
		for m < len(units) {
			u := &units[m]
			if navShort(u) || (u.junk != "" && u.words <= 9 && !u.joined) ||
				(m > n && units[m-1].bullet && menuContinuation(u)) {
				if u.bullet {
					bullets++
					if isGlyphBullet(u.text) {
						glyphs++
					}
				}
				m++
				continue
			}
			break
		}
		for m > n && units[m-1].junk != "" {
			m-- // the run ends with its last navigation item
		}
		size := m - n
		// The line before the list, over any longer items of it.
		p := n - 1
		for p >= 0 && (units[p].junk != "" || units[p].bullet) {
			p--
		}
		intro := p >= 0 && strings.HasSuffix(units[p].text, ":") && units[p].words >= 4
		if !intro && (size >= 3 || size == 2 && bullets == 2 && glyphs == 2) {
			for k := n; k < m; k++ {
				if units[k].junk == "" {
					units[k].junk = "navigation"
				}
			}
		}
		n = max(m, n+1)
	}
}

// menuContinuation: an indented line of title-case words under a menu
// item ("    Vantage Firstpost America Firstpost Africa First Sports").
func menuContinuation(u *unit) bool {
	if u.indent < 2 || u.bullet || u.sentence || u.joined || u.table || u.words > 12 || !onlyYears(u.text) {
		return false
	}
	for _, w := range strings.Fields(u.text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !functionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// contaminated drops the short non-sentence lines of blocks of three or
// more lines of which at least half are junk. It spares the first
// headline-like line above the text, which may be the article's own
// headline among menus.
func contaminated(units []unit) {
	headline := -1
	for i := range units {
		u := &units[i]
		if u.body {
			break
		}
		if u.junk == "" && u.words >= 5 && headlineLike(u) {
			headline = i
			break
		}
	}
	for i := 0; i < len(units); {
		j := i
		junk := 0
		for j < len(units) && units[j].block == units[i].block {
			if units[j].junk != "" {
				junk++
			}
			j++
		}
		if j-i >= 3 && junk*2 >= j-i {
			for k := i; k < j; k++ {
				u := &units[k]
				if k != headline && u.junk == "" && !u.body && !u.sentence && !u.table && u.words <= 15 {
					u.junk = "in a block of junk"
				}
			}
		}
		i = j
	}
}

func isEndMarker(k string) bool {
	switch k {
	case "end of article", "end of story", "end of the article", "end of the story":
		return true
	}
	return false
}

// isRelatedLabel: a heading over links to other stories.
func isRelatedLabel(u *unit) bool {
	if u.words > 5 || u.sentence || u.key == "" {
		return false
	}
	switch u.key {
	case "top stories", "latest news", "latest stories", "latest", "related", "related stories",
		"related articles", "related news", "related content", "related posts", "more stories",
		"more news", "you may also like", "you might also like", "recommended",
		"recommended for you", "recommended stories", "must read", "also read", "read more",
		"read next", "see also", "popular", "most popular", "most read", "most viewed",
		"trending", "trending now", "trending news", "top news", "editor's picks",
		"editors' picks", "editors picks", "don't miss", "in case you missed it", "more to read",
		"impact shorts", "more impact shorts", "top shows", "quick links", "sections", "shows",
		"events", "explore more", "what to read next", "up next", "more like this":
		return true
	}
	if u.words <= 3 && strings.HasPrefix(u.key, "more ") && navShort(u) {
		return true // "More Shorts", "More Videos"
	}
	return strings.HasPrefix(u.key, "more from ") || strings.HasPrefix(u.key, "more in ") ||
		strings.HasPrefix(u.key, "more on ") || strings.HasPrefix(u.key, "latest in ") ||
		strings.HasPrefix(u.key, "latest from ")
}

// render writes the surviving units: lines of a block on consecutive lines,
// blocks separated by one blank line.
func render(units []unit) string {
	size := 0
	for i := range units {
		if units[i].junk == "" {
			size += len(units[i].text) + 2
		}
	}
	var b strings.Builder
	b.Grow(size)
	prev := -1
	for i := range units {
		u := &units[i]
		if u.junk != "" {
			continue
		}
		if prev >= 0 {
			if u.block != prev {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(u.text)
		prev = u.block
	}
	return b.String()
}
