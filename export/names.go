package export

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kg-project/kg/schema"
)

// WrittenNames returns src with each entity under the name its sources
// write, for corpora that use another of its names than the gazetteer's:
// a corpus that writes "Côte d'Ivoire" gets Côte d'Ivoire, not the
// gazetteer's Ivory Coast, and one that writes "Santiago Pena" gets that,
// not Santiago Peña.
//
// An entity keeps its name when a sentence of its statements writes it.
// Otherwise it takes the longest of its aliases (or their forms without
// diacritics) that those sentences write, as long as no other entity of
// the export has that name or alias, it opens with a capital and has a
// lower-case letter (no acronym), and, for a person with a full name, it
// is more than a surname; the old name becomes an alias. The
// choice is made once for the whole export, so an entity has one name
// throughout, and it depends only on the statements src streams. The
// entity keeps its stored node IRI (schema.Entity.Node). src is read
// twice.
func WrittenNames(src Source) Source {
	return func(fn func(schema.Statement) error) error {
		rename, err := writtenNames(src)
		if err != nil {
			return err
		}
		if len(rename) == 0 {
			return src(fn)
		}
		return src(func(st schema.Statement) error {
			st.Subject = renamed(st.Subject, rename)
			st.Object = renamed(st.Object, rename)
			return fn(st)
		})
	}
}

// nameCount counts, for one entity, the sentences of its statements that
// write each of its names.
type nameCount struct {
	name    string
	person  bool
	aliases map[string]bool
	forms   []string        // see nameForms; nil when an alias was added since
	seen    map[string]bool // sentences counted (document hash and sentence)
	written map[string]int  // name or alias form -> sentences writing it
}

func writtenNames(src Source) (map[string]string, error) {
	ents := map[string]*nameCount{}
	owners := map[string]map[string]bool{} // lower-case name or alias -> entity IRIs
	own := func(name, iri string) {
		k := strings.ToLower(name)
		if owners[k] == nil {
			owners[k] = map[string]bool{}
		}
		owners[k][iri] = true
	}
	count := func(e schema.Entity, st schema.Statement) {
		iri := e.IRI()
		c := ents[iri]
		if c == nil {
			c = &nameCount{name: e.Name, person: e.Type == schema.Person, aliases: map[string]bool{}, seen: map[string]bool{}, written: map[string]int{}}
			ents[iri] = c
			own(e.Name, iri)
		}
		for _, a := range e.Aliases {
			if !c.aliases[a] {
				c.aliases[a] = true
				c.forms = nil
				own(a, iri)
			}
		}
		key := st.Doc.Hash + "\x00" + st.Sentence
		if c.seen[key] || st.Sentence == "" {
			return
		}
		c.seen[key] = true
		if c.forms == nil {
			c.forms = c.nameForms()
		}
		for _, form := range c.forms {
			if writes(st.Sentence, form) {
				c.written[form]++
			}
		}
	}
	err := src(func(st schema.Statement) error {
		count(st.Subject, st)
		count(st.Object, st)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rename := map[string]string{}
	for iri, c := range ents {
		if c.written[c.name] > 0 {
			continue
		}
		best := ""
		for form := range c.written {
			if !nameLike(form) {
				continue
			}
			// a person's surname alone ("Marcos") is no better a name
			// than the full one
			if c.person && !strings.Contains(form, " ") && strings.Contains(c.name, " ") {
				continue
			}
			// another entity's name or alias stays its own ("Congo" is
			// an alias of both Congos)
			if o := owners[strings.ToLower(form)]; len(o) > 1 || len(o) == 1 && !o[iri] {
				continue
			}
			if best == "" || better(form, best, c.written) {
				best = form
			}
		}
		if best != "" {
			rename[iri] = best
		}
	}
	return rename, nil
}

// nameForms are the names an entity may be written with: its name and
// aliases, each also without diacritics.
func (c *nameCount) nameForms() []string {
	fs := []string{c.name}
	add := func(f string) {
		for _, x := range fs {
			if x == f {
				return
			}
		}
		fs = append(fs, f)
	}
	add(plain(c.name))
	for a := range c.aliases {
		add(a)
		add(plain(a))
	}
	return fs
}

// better reports whether form a makes a better name than b: the longer
// (the fullest name written), then the more often written, then the
// first in byte order, so the choice does not depend on map order.
func better(a, b string, written map[string]int) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la != lb {
		return la > lb
	}
	if written[a] != written[b] {
		return written[a] > written[b]
	}
	return a < b
}

// nameLike reports whether form can be a name to print: it opens with a
// capital (not "the Gulf"), has a lower-case letter (not an acronym such
// as "DRC") and three letters.
func nameLike(form string) bool {
	if r, _ := utf8.DecodeRuneInString(form); !unicode.IsUpper(r) {
		return false
	}
	lower, letters := false, 0
	for _, r := range form {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return lower && letters >= 3
}

// writes reports whether sentence s writes form as a whole word or words
// (case-sensitively: names are capitalized).
func writes(s, form string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], form)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(form):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		from = i + 1
	}
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// plain is s without its diacritics ("Peña" -> "Pena"): the combining
// marks of its canonical decomposition dropped.
func plain(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// renamed is e under its written name, its old name among its aliases.
func renamed(e schema.Entity, rename map[string]string) schema.Entity {
	name, ok := rename[e.IRI()]
	if !ok {
		return e
	}
	aliases := []string{e.Name}
	for _, a := range e.Aliases {
		if a != name && a != e.Name {
			aliases = append(aliases, a)
		}
	}
	sort.Strings(aliases)
	e.Node = e.IRI()
	e.Name, e.Aliases = name, aliases
	return e
}
