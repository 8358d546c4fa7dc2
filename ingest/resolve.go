package ingest

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/schema"
)

// Resolver merges people across documents: a name that another document
// spells differently ("Aryeh Lightstone", "Aria Lightstone", "Aryeh
// lightstone", "Francois Mitterand") becomes one entity, under the name
// seen first. Two names merge only when their last names are the same and
// their first names sound alike (same initial and Soundex code), or their
// first names are the same and their last names, six letters or more, one
// letter apart; and the contexts agree: when both people are known with
// the entities around them, they share one (for a misspelt last name they
// must share one in any case).
// "Scott Morrison" and "Tim Morrison" never merge. Names with the same IRI
// are one person whatever else they share: the store keeps one node for
// them.
//
// What a Resolver knows is exactly what the statements it returned say:
// each person's IRI and name, and the entities its statements connect it
// with. Learn teaches it one stored statement, so a Resolver that learns
// every statement of a store knows what the one that resolved them knew,
// however many runs and interruptions stored them; and its choice among
// several people a name could join never depends on the order it learnt
// them. An ingest that is killed after some batches and run again therefore
// resolves the rest as one uninterrupted run would.
//
// A Resolver is not safe for concurrent use; the ingest command runs it
// where documents arrive in input order, so runs are reproducible.
type Resolver struct {
	people map[string]*person   // by IRI
	byLast map[string][]*person // people whose name has two words or more, by lowercase last name
	byDel  map[string][]*person // the same, by each spelling of the last name with one letter left out
}

type person struct {
	name, iri string
	first     string          // lowercase first name; "" when the name is one word
	last      string          // lowercase last name; "" when the name is one word
	neighbors map[string]bool // IRIs of the entities the person's statements connect it with
}

// NewResolver returns a resolver that knows nobody: have it Learn the
// statements already stored.
func NewResolver() *Resolver {
	return &Resolver{people: map[string]*person{}, byLast: map[string][]*person{}, byDel: map[string][]*person{}}
}

// minMisspelt is the shortest last name a one-letter misspelling of which
// is looked for: "Mitterand" for "Mitterrand", not "Cook" for "Cooke".
const minMisspelt = 6

// deletions returns s with each one of its letters left out.
func deletions(s string) []string {
	rs := []rune(s)
	out := make([]string, 0, len(rs))
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// oneEdit reports whether a and b differ by exactly one inserted, deleted
// or replaced letter.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	switch len(rb) - len(ra) {
	case 0:
		diff := 0
		for i := range ra {
			if ra[i] != rb[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		for i := range rb {
			if string(rb[:i])+string(rb[i+1:]) == string(ra) {
				return true
			}
		}
	}
	return false
}

func splitName(name string) (first, last string, ok bool) {
	f := strings.Fields(name)
	if len(f) < 2 {
		return "", "", false
	}
	return strings.ToLower(f[0]), strings.ToLower(f[len(f)-1]), true
}

// person returns the person with e's IRI, making it known under e's name
// if it is not.
func (r *Resolver) person(e schema.Entity) *person {
	iri := e.IRI()
	if p := r.people[iri]; p != nil {
		return p
	}
	p := &person{name: e.Name, iri: iri, neighbors: map[string]bool{}}
	r.people[iri] = p
	if first, last, ok := splitName(e.Name); ok {
		p.first, p.last = first, last
		r.byLast[last] = append(r.byLast[last], p)
		if len([]rune(last)) >= minMisspelt {
			r.byDel[last] = append(r.byDel[last], p)
			for _, d := range deletions(last) {
				r.byDel[d] = append(r.byDel[d], p)
			}
		}
	}
	return p
}

// Learn makes the people of a stored statement known, each with the entity
// at the statement's other end. Resolve learns the statements it returns in
// the same way.
func (r *Resolver) Learn(st schema.Statement) {
	if st.Subject.Type == schema.Person {
		r.person(st.Subject).neighbors[st.Object.IRI()] = true
	}
	if st.Object.Type == schema.Person {
		r.person(st.Object).neighbors[st.Subject.IRI()] = true
	}
}

// find returns the known person a name refers to, or nil. seen holds the
// neighbours the document being resolved has given people so far: a
// person's context there counts before it is learnt.
func (r *Resolver) find(e schema.Entity, neighbors map[string]bool, seen map[*person]map[string]bool) *person {
	if p := r.people[e.IRI()]; p != nil {
		return p
	}
	first, last, ok := splitName(e.Name)
	if !ok {
		return nil
	}
	var best *person
	bestShared := 0
	for _, p := range r.byLast[last] {
		if p.first[0] != first[0] || soundex(p.first) != soundex(first) {
			continue
		}
		shared, known := sharedContext(p, neighbors, seen), len(p.neighbors)+len(seen[p])
		if known > 0 && len(neighbors) > 0 && shared == 0 {
			continue
		}
		if better(p, shared, best, bestShared) {
			best, bestShared = p, shared
		}
	}
	if best != nil || len([]rune(last)) < minMisspelt {
		return best
	}
	// "Francois Mitterand" for "Francois Mitterrand", "Paul Vocker" for
	// "Paul Volcker": the same first name, a last name one letter apart,
	// and at least one entity in common (Paul Johnson and Paul Johnston
	// stay two people unless their contexts meet).
	seenCand := map[*person]bool{}
	for _, key := range append([]string{last}, deletions(last)...) {
		for _, p := range r.byDel[key] {
			if seenCand[p] || p.first != first || !oneEdit(p.last, last) {
				continue
			}
			seenCand[p] = true
			shared := sharedContext(p, neighbors, seen)
			if shared == 0 {
				continue
			}
			if better(p, shared, best, bestShared) {
				best, bestShared = p, shared
			}
		}
	}
	return best
}

// sharedContext counts the entities of neighbors that p is known with,
// in the store or earlier in the document being resolved (seen).
func sharedContext(p *person, neighbors map[string]bool, seen map[*person]map[string]bool) int {
	shared := 0
	for k := range neighbors {
		if p.neighbors[k] || seen[p][k] {
			shared++
		}
	}
	return shared
}

// better reports whether p, sharing shared entities with the name being
// resolved, is a better match than best: the person whose context agrees
// most; on a tie the first name in sort order, so that the order people
// were learnt in (input order in one run, store order after a restart)
// never decides.
func better(p *person, shared int, best *person, bestShared int) bool {
	return best == nil || shared > bestShared || shared == bestShared && (p.name < best.name || p.name == best.name && p.iri < best.iri)
}

// Resolve rewrites the people of one document's statements to the names
// already known, and learns the statements.
func (r *Resolver) Resolve(stmts []schema.Statement) {
	// The people of this document by name, in order of appearance (map
	// order would make two new similar names merge either way round), and
	// the entities each appears with.
	var names []string
	ents := map[string]schema.Entity{}
	neighbors := map[string]map[string]bool{}
	note := func(a, b schema.Entity) {
		if a.Type != schema.Person {
			return
		}
		if neighbors[a.Name] == nil {
			names = append(names, a.Name)
			ents[a.Name] = a
			neighbors[a.Name] = map[string]bool{}
		}
		neighbors[a.Name][b.IRI()] = true
	}
	for _, st := range stmts {
		note(st.Subject, st.Object)
		note(st.Object, st.Subject)
	}
	seen := map[*person]map[string]bool{}
	resolved := map[string]*person{}
	for _, name := range names {
		e, nb := ents[name], neighbors[name]
		p := r.find(e, nb, seen)
		if p == nil {
			p = r.person(e)
		}
		resolved[name] = p
		if seen[p] == nil {
			seen[p] = map[string]bool{}
		}
		for k := range nb {
			seen[p][k] = true
		}
	}
	rename := func(e *schema.Entity) {
		if e.Type != schema.Person {
			return
		}
		if p := resolved[e.Name]; p != nil && p.name != e.Name {
			// The known person's name, this spelling an alias; nothing of
			// the known person's own record, which the store has already.
			*e = schema.Entity{Name: p.name, Type: schema.Person, Aliases: append(append([]string(nil), e.Aliases...), e.Name)}
		}
	}
	for i := range stmts {
		rename(&stmts[i].Subject)
		rename(&stmts[i].Object)
	}
	// What the store will hold, and so what a restarted run will learn.
	for _, st := range stmts {
		r.Learn(st)
	}
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
