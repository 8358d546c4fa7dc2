// Package gazetteer is kg's list of known names: countries and territories,
// capitals and other cities, regions and seas, international organizations,
// armed groups, state bodies, news agencies, agreements, facilities and the
// people who lead states and bodies, with their aliases, demonyms and the
// geographic facts that rules check (borders, containment, capitals,
// membership).
//
// The gazetteer is data, not code. The entries live in YAML files embedded
// in the package (data/*.yaml) and are merged at load time with the country
// facts of github.com/pariz/gountries: ISO alpha-2 and alpha-3 codes,
// official names, capitals, land borders and UN subregions. Users extend a
// copy with files of the same format (New, then LoadFile).
//
// # Entries
//
// An entry has an ID: the ISO 3166-1 alpha-2 code for a country or
// territory ("AZ", "XK" for Kosovo), a lower-case slug for everything else
// ("baku", "nato", "central_asia", "ilham_aliyev", "soviet_union"). Its Name
// is the canonical name the graph uses ("United States", "Czech Republic");
// Aliases are other names it goes by; Demonyms are the adjectives and nouns
// for its people ("Azerbaijani", "Azeri"; plurals in -ans and -is,
// "Azerbaijanis", are generated). Fields that link entries hold IDs. A
// person's Role, Leads and WorksFor describe their office as of mid-2025;
// they help resolve and type mentions and are not facts of the graph.
//
// # Matching
//
// Match finds every mention of an entry in a text. Text and names are cut
// into words the same way: letters and digits, apostrophes inside words,
// dotted acronyms ("U.S.") as one word; case and Latin diacritics are
// folded ("Turkiye" matches "Türkiye"), curly apostrophes read as straight
// ones, and a hyphen or a line break joins words like a space ("Nagorno
// Karabakh" matches "Nagorno-Karabakh"; "Azerbaijan-Armenia" gives two
// matches). A dot or a comma after a word joins it to the next only where
// the name has one ("St. Petersburg", "Washington, D.C."); other
// punctuation and blank lines always separate words. A possessive
// "'s" is dropped: "Azerbaijan's" matches Azerbaijan and the match ends
// before the apostrophe.
//
// Matching ignores case, with one rule: where a word of a name is
// capitalized, the word in the text must be too, and where it is an acronym
// of two or more capitals the text must be in capitals as well. So "US"
// matches the country and "us" does not; "Chad" and "Georgia" match only
// when capitalized. Every name must have a capital letter; a phrase like
// "the accords" is never a name. (Lookup is laxer: it ignores case except
// in acronyms.)
//
// Among overlapping candidates the longest wins ("United Arab Emirates"
// beats "United"; "Gaza City" beats "Gaza"); a leading lower-case word
// counts for nothing, so "the West Bank" gives West Bank, not "the West".
// When one name belongs to several entries (a capital called like its
// country, "Congolese"), the entry whose canonical name it is comes first,
// then aliases before demonyms, then countries before cities, regions,
// organizations, agreements, facilities and people, then load order;
// LookupAll lists them all. Entries marked NoMatch ("Victoria", "Malé")
// are never matched in text.
//
// A person's one-word short name ("Trump", "Aliyev") is not matched where a
// capitalized word that is neither a title, a known name, nor a function
// word starting a sentence comes right before it ("Melania Trump", "Hunter
// Biden"), or where a capitalized word that is no title, date or known name
// follows it ("Trump Tower"), unless the line is a title-case headline.
//
// # File format
//
// A gazetteer file, YAML or JSON, is either a list of entries or a mapping
// with a default type and the list:
//
//	type: City            # the type of new entries that give none
//	entries:
//	  - id: lankaran
//	    name: Lankaran
//	    aliases: [Lenkoran]
//	    country: AZ
//	  - {id: AZ, aliases: [Land of Fire]}
//
// Entry fields: id, name, type, aliases, demonyms, iso, iso3, qid,
// official, country, capital_of, stands_for, capital, in, members, member_of, borders,
// role, leads, works_for, agency, party, sovereign, historical, de_facto, former, nomatch.
// They are those of Entry, plus:
//
//   - capital, on a country: the name of its capital city, created if no
//     city of that name exists ("-" for none);
//   - members, on a region or organization: IDs of the entries in it or
//     members of it, the same as listing it in their in or member_of;
//   - official "-" clears an official name.
//
// An entry whose id, or else whose name (of its type, if it gives one), is
// already known is merged into the known one: the scalar fields it sets
// replace the known ones (a replaced name is kept as an alias), its lists
// are appended, and its flags that are true are set. Any other entry is new
// and needs a name and a type; its id defaults to Slug(name). References to
// other entries are checked once the whole file is merged. Errors are
// *LoadError values naming the file and the line of the entry; a file with
// errors changes nothing.
//
// A Gazetteer is safe for concurrent use, except that LoadFile and Load
// must not run at the same time as other methods on the same value.
package gazetteer

import (
	"errors"
	"strings"
	"sync"

	"github.com/kg-project/kg/schema"
)

// Entry is one known entity. Fields that name other entries hold their IDs.
type Entry struct {
	ID       string            // "AZ", "baku", "nato"
	Name     string            // canonical name
	Type     schema.EntityType //
	Aliases  []string          // other names, without Name
	Demonyms []string          // adjectives and nouns for its people ("Azerbaijani", "Azeris")

	ISO      string // ISO 3166-1 alpha-2 code (countries and territories)
	ISO3     string // ISO 3166-1 alpha-3 code
	QID      string // Wikidata QID, only where it is certain
	Official string // official name ("Republic of Azerbaijan")

	// Country is the country it lies in or belongs to: the country of a
	// city or a sub-national region, the sovereign state of a territory, the
	// nationality of a person, the home state of a national body.
	Country   string
	CapitalOf string   // the country (or region) whose capital it is
	StandsFor string   // the government or body the city names when it acts, if not its country's ("Brussels": the EU)
	In        []string // regions it lies in (KZ in central_asia, central_asia in asia)
	MemberOf  []string // organizations it is a member of (countries, organizations)
	Borders   []string // countries it shares a land border with (countries only)
	Subregion string   // UN geoscheme subregion, from gountries ("Western Asia")

	Role     string // a person's office: "president", "secretary of state"
	Leads    string // the country or organization the person heads
	WorksFor string // the country, organization or person the person serves

	Agency     bool // a news agency or outlet: a source rather than an actor
	Party      bool // a political party: people are its members, not its staff
	Sovereign  bool // a sovereign state (UN members and observers, Kosovo, Taiwan)
	Historical bool // a state that no longer exists (Soviet Union)
	DeFacto    bool // a state in fact that few or none recognize (Somaliland, Abkhazia): typed Country, with no sovereign state of its own
	Former     bool // a person who no longer holds Role
	NoMatch    bool // never matched in text (an ambiguous name); still found by Get and Lookup
}

// Entity returns the graph entity for e: name, type, aliases, ISO code and
// Wikidata QID. Demonyms are not aliases and are left out.
func (e *Entry) Entity() schema.Entity {
	return schema.Entity{
		Name:    e.Name,
		Type:    e.Type,
		Aliases: append([]string(nil), e.Aliases...),
		ISO:     e.ISO,
		QID:     e.QID,
	}
}

// Gazetteer is a set of entries indexed for lookup and matching.
type Gazetteer struct {
	entries  []*Entry
	byID     map[string]*Entry
	byISO3   map[string]*Entry
	readOnly bool
	ix       *index
	members  map[string][]*Entry // id of a region or organization → entries in or members of it
	capitals map[string]*Entry   // country id → its capital
	exact    map[string][]*Entry // lower-case name or alias → entries, for names the index cannot hold
	shared   map[string][]*Entry // lower-case demonym of more than one entry → those entries
	st       *loadState          // while loading
}

// ErrReadOnly is returned by LoadFile and Load on the shared gazetteer of
// Default; extend a copy from New instead.
var ErrReadOnly = errors.New("gazetteer: the default gazetteer is shared and read-only; extend a copy from New")

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the built-in gazetteer: the embedded data merged with
// gountries. It is built once, on first use, and shared; it is read-only.
// It panics if the embedded data is invalid, which the package tests rule
// out.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := build()
		if err != nil {
			panic(err)
		}
		g.readOnly = true
		defaultG = g
	})
	return defaultG
}

// New returns a copy of the built-in gazetteer that LoadFile and Load can
// extend.
func New() *Gazetteer { return Default().Clone() }

// Clone returns a deep copy of g that can be extended independently.
func (g *Gazetteer) Clone() *Gazetteer {
	c := &Gazetteer{}
	for _, e := range g.entries {
		c.add(e.clone())
	}
	c.reindex()
	return c
}

func (e *Entry) clone() *Entry {
	c := *e
	c.Aliases = append([]string(nil), e.Aliases...)
	c.Demonyms = append([]string(nil), e.Demonyms...)
	c.In = append([]string(nil), e.In...)
	c.MemberOf = append([]string(nil), e.MemberOf...)
	c.Borders = append([]string(nil), e.Borders...)
	return &c
}

// add appends a new entry; its ID must be free.
func (g *Gazetteer) add(e *Entry) {
	if g.byID == nil {
		g.byID = make(map[string]*Entry)
		g.byISO3 = make(map[string]*Entry)
	}
	g.entries = append(g.entries, e)
	g.byID[e.ID] = e
	if e.ISO3 != "" {
		g.byISO3[e.ISO3] = e
	}
}

// reindex rebuilds the derived indexes after entries changed.
func (g *Gazetteer) reindex() {
	g.byISO3 = make(map[string]*Entry)
	g.members = make(map[string][]*Entry)
	g.capitals = make(map[string]*Entry)
	g.exact = make(map[string][]*Entry)
	demonyms := make(map[string][]*Entry)
	for _, e := range g.entries {
		for _, n := range e.Demonyms {
			demonyms[strings.ToLower(n)] = append(demonyms[strings.ToLower(n)], e)
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(n)
			g.exact[k] = append(g.exact[k], e)
		}
		if e.CapitalOf != "" {
			g.capitals[e.CapitalOf] = e
		}
		if e.ISO3 != "" {
			g.byISO3[e.ISO3] = e
		}
		for _, r := range e.In {
			g.members[r] = append(g.members[r], e)
		}
		for _, o := range e.MemberOf {
			g.members[o] = append(g.members[o], e)
		}
	}
	g.shared = make(map[string][]*Entry)
	for n, es := range demonyms {
		if len(es) > 1 {
			g.shared[n] = es
		}
	}
	g.ix = buildIndex(g.entries)
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries returns every entry, countries first in ISO order, then the
// others in the order they were loaded. The entries are shared: do not
// modify them.
func (g *Gazetteer) Entries() []*Entry { return append([]*Entry(nil), g.entries...) }

// Get returns the entry with the given ID. Country codes are accepted in
// either case and as ISO alpha-3 codes ("az", "AZE").
func (g *Gazetteer) Get(id string) (*Entry, bool) {
	if e, ok := g.byID[id]; ok {
		return e, true
	}
	switch u := strings.ToUpper(id); len(id) {
	case 2:
		if e, ok := g.byID[u]; ok {
			return e, true
		}
	case 3:
		if e, ok := g.byISO3[u]; ok {
			return e, true
		}
	}
	e, ok := g.byID[strings.ToLower(id)]
	return e, ok
}

// Lookup returns the entry a name, alias or demonym stands for, the first of
// LookupAll. Case is ignored except in acronyms: "azerbaijan" finds
// Azerbaijan, "US" finds the United States and "us" finds nothing. A
// possessive is dropped ("Azerbaijan's"). The name must be the whole of an
// alias, not a part of it.
func (g *Gazetteer) Lookup(name string) (*Entry, bool) {
	all := g.lookup(name, true)
	if len(all) == 0 {
		return nil, false
	}
	return all[0].entry, true
}

// LookupAll returns every entry the name may stand for, the preferred first
// (see the package doc for the order).
func (g *Gazetteer) LookupAll(name string) []*Entry {
	var out []*Entry
	for _, h := range g.lookup(name, false) {
		out = append(out, h.entry)
	}
	return out
}

// IsDemonym reports whether name is a demonym of some entry, and returns
// the first such entry ("Azerbaijani" → Azerbaijan).
func (g *Gazetteer) IsDemonym(name string) (*Entry, bool) {
	for _, h := range g.lookup(name, false) {
		if h.demonym {
			return h.entry, true
		}
	}
	return nil, false
}

// SharedDemonym returns the entries whose people the demonym names when
// it names more than one ("Congolese": the DRC and the Republic of the
// Congo), in the gazetteer's order; nil for a demonym of one entry.
func (g *Gazetteer) SharedDemonym(name string) []*Entry {
	return g.shared[strings.ToLower(name)]
}

// Entity returns the graph entity for e (see Entry.Entity).
func (g *Gazetteer) Entity(e *Entry) schema.Entity { return e.Entity() }

// Borders reports whether the countries a and b (IDs or ISO codes) share a
// land border. It is symmetric.
func (g *Gazetteer) Borders(a, b string) bool {
	ea, ok1 := g.Get(a)
	eb, ok2 := g.Get(b)
	if !ok1 || !ok2 {
		return false
	}
	for _, x := range ea.Borders {
		if x == eb.ID {
			return true
		}
	}
	return false
}

// Contains reports whether the entry id lies within the entry container,
// directly or through a chain of containment: a city is in its Country, an
// entry is in each of its In regions, and so on up. Baku is in Azerbaijan,
// in the Caucasus and in Asia. An entry does not contain itself.
func (g *Gazetteer) Contains(container, id string) bool {
	c, ok1 := g.Get(container)
	e, ok2 := g.Get(id)
	if !ok1 || !ok2 || c == e {
		return false
	}
	seen := map[string]bool{e.ID: true}
	queue := []*Entry{e}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		ups := x.In
		if x.Country != "" && (x.Type.IsPlace() || x.Type == schema.Facility) {
			ups = append(append([]string(nil), ups...), x.Country)
		}
		for _, u := range ups {
			if u == c.ID {
				return true
			}
			if !seen[u] {
				seen[u] = true
				if p, ok := g.byID[u]; ok {
					queue = append(queue, p)
				}
			}
		}
	}
	return false
}

// IsMember reports whether the entry id is listed as a member of the
// organization org.
func (g *Gazetteer) IsMember(org, id string) bool {
	o, ok1 := g.Get(org)
	e, ok2 := g.Get(id)
	if !ok1 || !ok2 {
		return false
	}
	for _, m := range e.MemberOf {
		if m == o.ID {
			return true
		}
	}
	return false
}

// Members returns the entries directly in the region or members of the
// organization id, in load order.
func (g *Gazetteer) Members(id string) []*Entry {
	e, ok := g.Get(id)
	if !ok {
		return nil
	}
	return append([]*Entry(nil), g.members[e.ID]...)
}

// HasMembers reports whether the region or organization id has entries
// in it or members, without copying them as Members does.
func (g *Gazetteer) HasMembers(id string) bool {
	e, ok := g.Get(id)
	return ok && len(g.members[e.ID]) > 0
}

// Capital returns the capital city of the country id.
func (g *Gazetteer) Capital(id string) (*Entry, bool) {
	c, ok := g.Get(id)
	if !ok {
		return nil, false
	}
	e, ok := g.capitals[c.ID]
	return e, ok
}

// Count returns how many entries there are of each type.
func (g *Gazetteer) Count() map[schema.EntityType]int {
	m := make(map[schema.EntityType]int)
	for _, e := range g.entries {
		m[e.Type]++
	}
	return m
}

// typeRank orders the entries that share a name.
func typeRank(t schema.EntityType) int {
	switch t {
	case schema.Country:
		return 0
	case schema.City:
		return 1
	case schema.Region:
		return 2
	case schema.Organization:
		return 3
	case schema.Agreement:
		return 4
	case schema.Facility:
		return 5
	case schema.Person:
		return 6
	}
	return 7
}
