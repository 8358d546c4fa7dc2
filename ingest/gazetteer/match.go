package gazetteer

import (
	"sort"
	"strings"
	"sync"

	"github.com/kg-project/kg/schema"
)

// Match is one mention of a gazetteer entry in a text.
type Match struct {
	Start, End int    // byte offsets in the text; End excludes a possessive "'s"
	Entry      *Entry //
	Demonym    bool   // the mention is a demonym or adjective ("Azerbaijani", "Americans")
	Text       string // the text of the mention, text[Start:End]
}

// maxWords is the longest name, in words, the index keeps.
const maxWords = 16

// seed starts the hash of an n-gram.
const seed uint64 = 0x51ed270b27e8f5a3

// name kinds, in order of preference.
const (
	kindName = iota
	kindAlias
	kindDemonym
)

// alias is one indexed name of an entry.
type alias struct {
	entry  *Entry
	toks   []atok
	kind   uint8
	short  bool // a one-word short name of a person ("Trump")
	dot    bool // the alias ends with a period ("La.", "Conn."): the text must too
	quiet  bool // the entry is NoMatch: found by Lookup only
	weight int  // words, not counting leading lower-case ones
	order  int  // load order of the entry
}

// atok is one word of an alias.
type atok struct {
	h     uint64
	k     caseKind
	punct byte // '.' or ',' before the word, as in the alias
}

// index finds aliases by the hash of their words.
type index struct {
	grams    map[uint64][]*alias // hash of the whole alias → aliases, preferred first
	first    map[uint64]uint8    // hash of a first word → most words of an alias starting with it
	bloom    []uint64            // bit set over first-word hashes
	titles   map[uint64]bool     // words that may stand before a person's short name
	starters map[uint64]bool     // function words that start sentences ("When Trump")
}

const bloomBits = 1 << 18

func (ix *index) mayStart(h uint64) bool {
	b := h >> 7 & (bloomBits - 1)
	return ix.bloom[b>>6]&(1<<(b&63)) != 0
}

func buildIndex(entries []*Entry) *index {
	ix := &index{
		grams:    make(map[uint64][]*alias),
		first:    make(map[uint64]uint8),
		bloom:    make([]uint64, bloomBits/64),
		titles:   make(map[uint64]bool),
		starters: make(map[uint64]bool),
	}
	var toks []token
	type key struct {
		e *Entry
		s string
	}
	seen := make(map[key]bool)
	for order, e := range entries {
		addOne := func(s string, kind uint8) {
			if s == "" || seen[key{e, s}] {
				return
			}
			seen[key{e, s}] = true
			toks = tokenize(s, toks[:0])
			if len(toks) == 0 || len(toks) > maxWords {
				return
			}
			a := &alias{entry: e, kind: kind, order: order, quiet: e.NoMatch}
			h := seed
			lead := true
			for k, t := range toks {
				if k > 0 && !t.join {
					return // a name broken by punctuation cannot match
				}
				w := s[t.start:t.end]
				at := atok{h: t.h, k: caseOf(w)}
				if k > 0 {
					at.punct = t.punct
				}
				if at.k != anyCase {
					lead = false
				}
				if !lead {
					a.weight++
				}
				a.toks = append(a.toks, at)
				h = mix(h, t.h)
			}
			// "La." is Louisiana, "La Valette" is not.
			a.dot = strings.HasSuffix(s, ".")
			a.short = e.Type == schema.Person && len(a.toks) == 1 && a.toks[0].k != upCase && kind != kindName
			ix.grams[h] = append(ix.grams[h], a)
			f := toks[0].h
			if n := uint8(len(toks)); n > ix.first[f] {
				ix.first[f] = n
			}
			b := f >> 7 & (bloomBits - 1)
			ix.bloom[b>>6] |= 1 << (b & 63)
		}
		add := func(s string, kind uint8) {
			addOne(s, kind)
			// "Saint Lucia" is also "St. Lucia" and "St Lucia".
			if rest, ok := strings.CutPrefix(s, "Saint "); ok {
				addOne("St. "+rest, kind)
				addOne("St "+rest, kind)
			}
		}
		add(e.Name, kindName)
		for _, s := range e.Aliases {
			add(s, kindAlias)
		}
		for _, s := range e.Demonyms {
			add(s, kindDemonym)
			if p := plural(s); p != "" {
				add(p, kindDemonym)
			}
		}
	}
	for _, l := range ix.grams {
		sort.SliceStable(l, func(i, j int) bool {
			a, b := l[i], l[j]
			if a.kind != b.kind {
				return a.kind < b.kind
			}
			if ra, rb := typeRank(a.entry.Type), typeRank(b.entry.Type); ra != rb {
				return ra < rb
			}
			return a.order < b.order
		})
	}
	for _, w := range titleWords {
		toks = tokenize(w, toks[:0])
		if len(toks) == 1 {
			ix.titles[toks[0].h] = true
		}
	}
	for _, w := range starterWords {
		toks = tokenize(w, toks[:0])
		if len(toks) == 1 {
			ix.starters[toks[0].h] = true
		}
	}
	return ix
}

// plural returns the plural of a demonym that takes an "s" ("Afghan",
// "Israeli", "North Korean"), or "".
func plural(d string) string {
	if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") {
		return d + "s"
	}
	return ""
}

// titleWords may stand right before a person's short name without making
// it someone else's: "President Aliyev", "Mr. Trump", "Tuesday Putin".
var titleWords = strings.Fields(`
president presidents vice prime minister ministers secretary secretaries
chancellor king queen prince princess crown emir sheikh sheik sultan
ayatollah leader leaders premier chairman chairwoman chair general
generals gen mr mrs ms madam dr sen senator senators rep representative
gov governor speaker envoy envoys ambassador commissioner director chief
pope mayor judge justice lt col colonel admiral adm marshal field sir
dame lord lady imam rabbi patriarch cardinal comrade spokesman
spokeswoman spokesperson adviser advisor deputy acting interim former ex
foreign defense defence interior finance trade state affairs special
senior supreme council commander elect candidate nominee counterpart
counterparts host incumbent herr monsieur team camp
republican republicans democrat democrats democratic gop labour
conservative tory liberal
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october
november december`)

// starterWords start sentences without being names: "When Trump arrived"
// is Donald Trump, "Melania Trump arrived" is not.
var starterWords = strings.Fields(`
a an the this that these those his her its their our my your some any
each every both either neither all many most several few other another
such no not only even just still yet also too so then now here there
and but or nor if as when while whilst since before after until unless
once though although because whether where why how what who whom whose
which whatever however meanwhile moreover furthermore nevertheless
nonetheless instead indeed thus hence therefore otherwise besides
likewise similarly separately overall perhaps maybe today yesterday
tomorrow tonight earlier later last next first finally eventually
in on at for with without within by from of to into onto over under
above below across against among amid amidst around about after along
behind beyond between despite during except inside outside near per
since through throughout toward towards upon via like unlike
according asked speaking meeting writing following given including
is are was were be been has have had do does did will would shall
should can could may might must let
i we you he she they it
yes oh well`)

// Match returns every mention of a gazetteer entry in text, in order,
// non-overlapping, with byte offsets. See the package doc for the rules.
func (g *Gazetteer) Match(text string) []Match {
	ix := g.ix
	bp := tokPool.Get().(*[]token)
	toks := tokenize(text, (*bp)[:0])
	defer func() {
		*bp = toks[:0]
		tokPool.Put(bp)
	}()

	var (
		out     []Match
		pending found // the best candidate of the current overlap group
		have    bool
		covered = -1 // the last word covered by a candidate so far
		hs      [maxWords]uint64
	)
	flush := func() {
		if have {
			out = append(out, pending.match(text, toks))
			have = false
		}
	}
	for i := range toks {
		t := &toks[i]
		maxn := 0
		if ix.mayStart(t.h) {
			maxn = int(ix.first[t.h])
		}
		if maxn == 0 && t.hb != t.h && ix.mayStart(t.hb) && ix.first[t.hb] > 0 {
			maxn = 1
		}
		if maxn == 0 {
			continue
		}
		n := 1
		for n < maxn && i+n < len(toks) && toks[i+n].join {
			n++
		}
		h := seed
		for k := 0; k < n; k++ {
			h = mix(h, toks[i+k].h)
			hs[k] = h
		}
		f, ok := ix.longest(text, toks, i, n, &hs, covered, false)
		if !ok {
			continue
		}
		last := i + f.n - 1
		switch {
		case !have:
			pending, have = f, true
		case i > pending.i+pending.n-1:
			flush()
			pending, have = f, true
		case f.a.weight > pending.a.weight || f.a.weight == pending.a.weight && f.n > pending.n:
			pending = f
		}
		if last > covered {
			covered = last
		}
	}
	flush()
	return out
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// found is a candidate match: alias a over words i..i+n-1.
type found struct {
	a    *alias
	i, n int
	base bool // the last word matched without its possessive
}

func (f found) match(text string, toks []token) Match {
	start := int(toks[f.i].start)
	last := &toks[f.i+f.n-1]
	end := int(last.end)
	if f.base {
		end = int(last.base)
	}
	return Match{Start: start, End: end, Entry: f.a.entry, Demonym: f.a.kind == kindDemonym, Text: text[start:end]}
}

// longest returns the longest alias over words i..i+n'-1, n' ≤ n, that the
// text satisfies; hs holds the hashes of the n-grams starting at i.
func (ix *index) longest(text string, toks []token, i, n int, hs *[maxWords]uint64, covered int, lookup bool) (found, bool) {
	for m := n; m >= 1; m-- {
		last := &toks[i+m-1]
		if a := ix.pick(text, toks[i:i+m], ix.grams[hs[m-1]], false, lookup, i, covered, toks); a != nil {
			return found{a: a, i: i, n: m}, true
		}
		if last.hb != last.h {
			prev := seed
			if m > 1 {
				prev = hs[m-2]
			}
			if a := ix.pick(text, toks[i:i+m], ix.grams[mix(prev, last.hb)], true, lookup, i, covered, toks); a != nil {
				return found{a: a, i: i, n: m, base: true}, true
			}
		}
	}
	return found{}, false
}

// pick returns the first alias of l that the words w satisfy.
func (ix *index) pick(text string, w []token, l []*alias, base, lookup bool, i, covered int, all []token) *alias {
	for _, a := range l {
		if a.quiet && !lookup {
			continue
		}
		if ix.fits(text, w, a, base, lookup) && (!a.short || lookup || ix.shortOK(text, all, i, covered)) {
			return a
		}
	}
	return nil
}

// fits reports whether the words w spell alias a with the right case.
func (ix *index) fits(text string, w []token, a *alias, base, lookup bool) bool {
	if len(a.toks) != len(w) {
		return false
	}
	if a.dot {
		// Initials ("U.S.") keep their last period inside the word.
		if end := w[len(w)-1].end; text[end-1] != '.' && (int(end) >= len(text) || text[end] != '.') {
			return false
		}
	}
	for k := range w {
		t, at := &w[k], &a.toks[k]
		h, end := t.h, t.end
		if base && k == len(w)-1 {
			h, end = t.hb, t.base
		}
		if h != at.h || k > 0 && t.punct != at.punct {
			return false
		}
		kind := at.k
		if lookup && kind == capCase {
			kind = anyCase
		}
		if kind != anyCase && !caseOK(text[t.start:end], kind) {
			return false
		}
	}
	return true
}

// shortOK reports whether a person's one-word short name at word i stands
// for that person: it does unless a capitalized word that is no title, no
// known name and no function word starting a sentence comes right before it
// ("Melania Trump", "Hunter Biden"), or one that is no title, date or known
// name comes right after it ("Trump Tower"), outside a title-case headline.
func (ix *index) shortOK(text string, toks []token, i, covered int) bool {
	t := &toks[i]
	if i == 0 || !t.join || t.punct != 0 || i-1 <= covered {
		return ix.nextOK(text, toks, i)
	}
	p := &toks[i-1]
	if p.base != p.end || ix.titles[p.h] || !caseOK(text[p.start:p.end], capCase) {
		return ix.nextOK(text, toks, i)
	}
	if p.brk && ix.starters[p.h] {
		return ix.nextOK(text, toks, i)
	}
	return titleCaseLine(text, int(p.start))
}

// nextOK reports whether the word after a person's short name at word i
// leaves it standing for the person: not when a capitalized word that is no
// title, date, function word or known name follows ("Trump Tower", "Lai Sun
// Garment"), outside a title-case headline.
func (ix *index) nextOK(text string, toks []token, i int) bool {
	t := &toks[i]
	if i+1 >= len(toks) || t.base != t.end {
		return true
	}
	n := &toks[i+1]
	if !n.join || n.punct != 0 || ix.titles[n.h] || ix.starters[n.h] || ix.first[n.h] > 0 || !caseOK(text[n.start:n.end], capCase) {
		return true
	}
	return titleCaseLine(text, int(t.start))
}

// titleCaseLine reports whether the line around pos looks like a title-case
// headline: most of its words of four letters or more are capitalized.
func titleCaseLine(text string, pos int) bool {
	lo, hi := pos, pos
	for lo > 0 && pos-lo < 300 && text[lo-1] != '\n' {
		lo--
	}
	for hi < len(text) && hi-pos < 300 && text[hi] != '\n' {
		hi++
	}
	caps, words := 0, 0
	for _, w := range strings.FieldsFunc(text[lo:hi], func(r rune) bool { return r == ' ' || r == '\t' || r == '-' }) {
		letters := 0
		for _, r := range w {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
				letters++
			}
		}
		if letters < 4 {
			continue
		}
		words++
		if caseOK(w, capCase) {
			caps++
		}
	}
	// A headline does not end with a full stop; a sentence full of names
	// does ("Helen Vance of the Northfield Institute said it.").
	if line := strings.TrimRight(text[lo:hi], " \t\r"); strings.HasSuffix(line, ".") {
		return false
	}
	return words >= 3 && caps*4 >= words*3
}

// hit is an entry a name stands for.
type hit struct {
	entry   *Entry
	demonym bool
}

// lookup returns the entries the whole of name stands for, preferred first;
// with firstOnly it stops at the first.
func (g *Gazetteer) lookup(name string, firstOnly bool) []hit {
	ix := g.ix
	toks := tokenize(name, nil)
	n := len(toks)
	// A name that punctuation breaks ("Washington, D.C.") is not in the
	// index; it is found as it is written, ignoring case.
	exact := func() []hit {
		var out []hit
		for _, e := range g.exact[strings.ToLower(strings.TrimSpace(name))] {
			out = append(out, hit{entry: e})
		}
		if firstOnly && len(out) > 1 {
			out = out[:1]
		}
		return out
	}
	if n == 0 || n > maxWords {
		return exact()
	}
	h := seed
	for k := range toks {
		if k > 0 && !toks[k].join {
			return exact()
		}
		if k < n-1 {
			h = mix(h, toks[k].h)
		}
	}
	var out []hit
	seen := make(map[*Entry]bool)
	try := func(hash uint64, base bool) {
		for _, a := range ix.grams[hash] {
			if seen[a.entry] || !ix.fits(name, toks, a, base, true) {
				continue
			}
			seen[a.entry] = true
			out = append(out, hit{a.entry, a.kind == kindDemonym})
		}
	}
	last := &toks[n-1]
	try(mix(h, last.h), false)
	if last.hb != last.h {
		try(mix(h, last.hb), true)
	}
	if firstOnly && len(out) > 1 {
		out = out[:1]
	}
	return out
}
