package ingest

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/schema"
)

// Resolver merges people across documents: a name that another document
// spells differently ("Aryeh Lightstone", "Aria Lightstone", "Aryeh
// lightstone") becomes one entity, under the name seen first. Two names
// merge only when their last names are the same, their first names sound
// alike (same initial and Soundex code), and the contexts agree: when
// both people are known with the entities around them, they share one.
// "Scott Morrison" and "Tim Morrison" never merge.
//
// A Resolver is not safe for concurrent use; the ingest command runs it
// where documents arrive in input order, so runs are reproducible.
type Resolver struct {
	byLast map[string][]*person
}

type person struct {
	ent       schema.Entity
	first     string // lowercase first name
	neighbors map[string]bool
}

// NewResolver returns a resolver that knows the people already stored.
func NewResolver(known []schema.Entity) *Resolver {
	r := &Resolver{byLast: map[string][]*person{}}
	for _, e := range known {
		if e.Type == schema.Person {
			r.add(e)
		}
	}
	return r
}

func splitName(name string) (first, last string, ok bool) {
	f := strings.Fields(name)
	if len(f) < 2 {
		return "", "", false
	}
	return strings.ToLower(f[0]), strings.ToLower(f[len(f)-1]), true
}

func (r *Resolver) add(e schema.Entity) *person {
	first, last, ok := splitName(e.Name)
	if !ok {
		return nil
	}
	p := &person{ent: e, first: first, neighbors: map[string]bool{}}
	r.byLast[last] = append(r.byLast[last], p)
	return p
}

// find returns the known person a name refers to, or nil.
func (r *Resolver) find(e schema.Entity, neighbors map[string]bool) *person {
	first, last, ok := splitName(e.Name)
	if !ok {
		return nil
	}
	for _, p := range r.byLast[last] {
		if strings.EqualFold(p.ent.Name, e.Name) {
			return p
		}
	}
	for _, p := range r.byLast[last] {
		if p.first[0] != first[0] || soundex(p.first) != soundex(first) {
			continue
		}
		if len(p.neighbors) > 0 && len(neighbors) > 0 && !overlaps(p.neighbors, neighbors) {
			continue
		}
		return p
	}
	return nil
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Resolve rewrites the people of one document's statements to the names
// already known, and learns the new ones.
func (r *Resolver) Resolve(stmts []schema.Statement) {
	// The entities each person of this document appears with.
	neighbors := map[string]map[string]bool{}
	note := func(a, b schema.Entity) {
		if a.Type != schema.Person {
			return
		}
		if neighbors[a.Name] == nil {
			neighbors[a.Name] = map[string]bool{}
		}
		neighbors[a.Name][b.IRI()] = true
	}
	for _, st := range stmts {
		note(st.Subject, st.Object)
		note(st.Object, st.Subject)
	}
	resolved := map[string]*schema.Entity{}
	for name, nb := range neighbors {
		var e schema.Entity
		for _, st := range stmts {
			if st.Subject.Name == name && st.Subject.Type == schema.Person {
				e = st.Subject
				break
			}
			if st.Object.Name == name && st.Object.Type == schema.Person {
				e = st.Object
				break
			}
		}
		p := r.find(e, nb)
		if p == nil {
			p = r.add(e)
			if p == nil {
				continue
			}
		} else if p.ent.Name != e.Name && !contains(p.ent.Aliases, e.Name) {
			p.ent.Aliases = append(p.ent.Aliases, e.Name)
		}
		for k := range nb {
			p.neighbors[k] = true
		}
		if p.ent.Name != e.Name {
			merged := p.ent
			merged.Aliases = append(append([]string(nil), e.Aliases...), e.Name)
			resolved[name] = &merged
		}
	}
	for i := range stmts {
		if m := resolved[stmts[i].Subject.Name]; m != nil && stmts[i].Subject.Type == schema.Person {
			stmts[i].Subject = *m
		}
		if m := resolved[stmts[i].Object.Name]; m != nil && stmts[i].Object.Type == schema.Person {
			stmts[i].Object = *m
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// soundex is the American Soundex code of a name: its first letter and
// three digits for the consonant sounds that follow.
func soundex(s string) string {
	codes := map[rune]byte{
		'b': '1', 'f': '1', 'p': '1', 'v': '1',
		'c': '2', 'g': '2', 'j': '2', 'k': '2', 'q': '2', 's': '2', 'x': '2', 'z': '2',
		'd': '3', 't': '3', 'l': '4', 'm': '5', 'n': '5', 'r': '6',
	}
	var out []byte
	var last byte
	for i, c := range strings.ToLower(s) {
		if !unicode.IsLetter(c) {
			continue
		}
		code := codes[c]
		if i == 0 || len(out) == 0 {
			out = append(out, byte(unicode.ToUpper(c)))
			last = code
			continue
		}
		if code != 0 && code != last {
			out = append(out, code)
		}
		if c != 'h' && c != 'w' {
			last = code
		}
		if len(out) == 4 {
			break
		}
	}
	for len(out) < 4 {
		out = append(out, '0')
	}
	return string(out)
}
