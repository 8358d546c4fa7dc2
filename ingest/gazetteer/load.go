package gazetteer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/kg-project/kg/schema"
)

type rawEntry struct {
	ID         string   `yaml:"id" json:"id"`
	Name       string   `yaml:"name" json:"name"`
	Type       string   `yaml:"type" json:"type"`
	Aliases    []string `yaml:"aliases" json:"aliases"`
	Demonyms   []string `yaml:"demonyms" json:"demonyms"`
	ISO        string   `yaml:"iso" json:"iso"`
	ISO3       string   `yaml:"iso3" json:"iso3"`
	QID        string   `yaml:"qid" json:"qid"`
	Official   string   `yaml:"official" json:"official"`
	Country    string   `yaml:"country" json:"country"`
	CapitalOf  string   `yaml:"capital_of" json:"capital_of"`
	StandsFor  string   `yaml:"stands_for" json:"stands_for"`
	Capital    string   `yaml:"capital" json:"capital"`
	In         []string `yaml:"in" json:"in"`
	Members    []string `yaml:"members" json:"members"`
	MemberOf   []string `yaml:"member_of" json:"member_of"`
	Borders    []string `yaml:"borders" json:"borders"`
	Role       string   `yaml:"role" json:"role"`
	Leads      string   `yaml:"leads" json:"leads"`
	WorksFor   string   `yaml:"works_for" json:"works_for"`
	Agency     bool     `yaml:"agency" json:"agency"`
	Party      bool     `yaml:"party" json:"party"`
	Sovereign  bool     `yaml:"sovereign" json:"sovereign"`
	Historical bool     `yaml:"historical" json:"historical"`
	DeFacto    bool     `yaml:"de_facto" json:"de_facto"`
	Former     bool     `yaml:"former" json:"former"`
	NoMatch    bool     `yaml:"nomatch" json:"nomatch"`
}

var entryFields = func() map[string]bool {
	m := make(map[string]bool)
	t := strings.Fields("id name type aliases demonyms iso iso3 qid official country capital_of stands_for capital in members member_of borders role leads works_for agency party sovereign historical de_facto former nomatch")
	for _, f := range t {
		m[f] = true
	}
	return m
}()

// item is one entry of a file with where it is.
type item struct {
	raw  rawEntry
	file string
	line int
}

// LoadError is an error in a gazetteer file.
type LoadError struct {
	File  string // the file's path, or the name given to Load
	Line  int    // 1-based line of the entry or of the syntax error; 0 if unknown
	Entry string // the entry's id or name, if known
	Err   error
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Entry != "" {
		fmt.Fprintf(&b, "entry %q: ", e.Entry)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *LoadError) Unwrap() error { return e.Err }

// Format is the syntax of a gazetteer file.
type Format int

// Formats of Load. Auto picks JSON for a name ending in .json or content
// starting with '{' or '[', and YAML otherwise.
const (
	Auto Format = iota
	YAML
	JSON
)

// LoadFile merges the entries of a YAML or JSON file into g (see File
// format in the package doc). Errors are *LoadError values naming the file
// and the line of the entry; several are joined. On error g is unchanged.
// LoadFile on the gazetteer of Default returns ErrReadOnly.
func (g *Gazetteer) LoadFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return &LoadError{File: path, Err: err}
	}
	return g.load(data, path, Auto)
}

// Load merges the entries read from r, in the given format, into g; name
// stands for the source in errors.
func (g *Gazetteer) Load(r io.Reader, name string, f Format) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return &LoadError{File: name, Err: err}
	}
	return g.load(data, name, f)
}

func (g *Gazetteer) load(data []byte, name string, f Format) error {
	if g.readOnly {
		return ErrReadOnly
	}
	items, defType, err := parse(data, name, f)
	if err != nil {
		return err
	}
	c := g.Clone()
	if err := c.merge(items, defType); err != nil {
		return err
	}
	if err := c.validate(false); err != nil {
		return err
	}
	c.finish()
	*g = *c
	return nil
}

func parse(data []byte, name string, f Format) ([]item, string, error) {
	if f == Auto {
		f = YAML
		t := bytes.TrimLeft(data, " \t\r\n\ufeff")
		if strings.EqualFold(filepath.Ext(name), ".json") || len(t) > 0 && (t[0] == '{' || t[0] == '[') {
			f = JSON
		}
	}
	if f == JSON {
		return parseJSON(data, name)
	}
	return parseYAML(data, name)
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func parseYAML(data []byte, name string) ([]item, string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		le := &LoadError{File: name, Err: err}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			le.Line, _ = strconv.Atoi(m[1])
		}
		return nil, "", le
	}
	if len(doc.Content) == 0 {
		return nil, "", nil
	}
	root := doc.Content[0]
	defType := ""
	list := root
	if root.Kind == yaml.MappingNode {
		list = nil
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			switch k.Value {
			case "type":
				defType = v.Value
			case "entries":
				list = v
			default:
				return nil, "", &LoadError{File: name, Line: k.Line, Err: fmt.Errorf("unknown key %q (want type and entries)", k.Value)}
			}
		}
		if list == nil {
			return nil, "", &LoadError{File: name, Line: root.Line, Err: errors.New("no entries")}
		}
	}
	if list.Kind != yaml.SequenceNode {
		return nil, "", &LoadError{File: name, Line: list.Line, Err: errors.New("want a list of entries")}
	}
	items := make([]item, 0, len(list.Content))
	for _, n := range list.Content {
		if n.Kind != yaml.MappingNode {
			return nil, "", &LoadError{File: name, Line: n.Line, Err: errors.New("an entry must be a mapping")}
		}
		for i := 0; i < len(n.Content); i += 2 {
			if k := n.Content[i]; !entryFields[k.Value] {
				return nil, "", &LoadError{File: name, Line: k.Line, Entry: entryLabel(n), Err: fmt.Errorf("unknown field %q", k.Value)}
			}
		}
		var r rawEntry
		if err := n.Decode(&r); err != nil {
			return nil, "", &LoadError{File: name, Line: n.Line, Entry: entryLabel(n), Err: err}
		}
		items = append(items, item{r, name, n.Line})
	}
	return items, defType, nil
}

// entryLabel returns the id or name of an entry node.
func entryLabel(n *yaml.Node) string {
	var name string
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch n.Content[i].Value {
		case "id":
			return n.Content[i+1].Value
		case "name":
			name = n.Content[i+1].Value
		}
	}
	return name
}

func parseJSON(data []byte, name string) ([]item, string, error) {
	lineAt := func(off int64) int {
		if off > int64(len(data)) {
			off = int64(len(data))
		}
		return bytes.Count(data[:off], []byte{'\n'}) + 1
	}
	fail := func(err error, off int64) ([]item, string, error) {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
		}
		return nil, "", &LoadError{File: name, Line: lineAt(off), Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return fail(err, dec.InputOffset())
	}
	defType := ""
	readList := func() ([]item, error) {
		var items []item
		for dec.More() {
			// The entry starts at the next '{' after the offset.
			off := dec.InputOffset()
			if i := bytes.IndexByte(data[off:], '{'); i >= 0 {
				off += int64(i)
			}
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, err
			}
			var r rawEntry
			d := json.NewDecoder(bytes.NewReader(raw))
			d.DisallowUnknownFields()
			if err := d.Decode(&r); err != nil {
				return nil, &LoadError{File: name, Line: lineAt(off), Err: err}
			}
			items = append(items, item{r, name, lineAt(off)})
		}
		_, err := dec.Token() // ']'
		return items, err
	}
	switch tok {
	case json.Delim('['):
		items, err := readList()
		if err != nil {
			var le *LoadError
			if errors.As(err, &le) {
				return nil, "", le
			}
			return fail(err, dec.InputOffset())
		}
		return items, "", nil
	case json.Delim('{'):
		var items []item
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return fail(err, dec.InputOffset())
			}
			switch kt {
			case "type":
				if err := dec.Decode(&defType); err != nil {
					return fail(err, dec.InputOffset())
				}
			case "entries":
				if t, err := dec.Token(); err != nil || t != json.Delim('[') {
					return nil, "", &LoadError{File: name, Line: lineAt(dec.InputOffset()), Err: errors.New("entries: want a list")}
				}
				if items, err = readList(); err != nil {
					var le *LoadError
					if errors.As(err, &le) {
						return nil, "", le
					}
					return fail(err, dec.InputOffset())
				}
			default:
				return nil, "", &LoadError{File: name, Line: lineAt(dec.InputOffset()), Err: fmt.Errorf("unknown key %v (want type and entries)", kt)}
			}
		}
		return items, defType, nil
	}
	return nil, "", &LoadError{File: name, Line: 1, Err: errors.New("want a list of entries or an object with entries")}
}

// merge merges the items of one file into g.
func (g *Gazetteer) merge(items []item, defType string) error {
	var errs []error
	fail := func(it item, format string, a ...any) {
		label := it.raw.ID
		if label == "" {
			label = it.raw.Name
		}
		errs = append(errs, &LoadError{File: it.file, Line: it.line, Entry: label, Err: fmt.Errorf(format, a...)})
	}
	byName := make(map[string][]*Entry)
	for _, e := range g.entries {
		k := strings.ToLower(e.Name)
		byName[k] = append(byName[k], e)
	}
	type memberList struct {
		owner *Entry
		ids   []string
		it    item
	}
	var members []memberList
	for _, it := range items {
		r := it.raw
		// explicit is the entry's own type; typ, for a new entry, falls
		// back to the file's default.
		var explicit, typ schema.EntityType
		for i, ts := range []string{r.Type, defType} {
			if ts == "" {
				continue
			}
			t, err := schema.ParseType(ts)
			if err != nil {
				fail(it, "%v", err)
				break
			}
			if i == 0 {
				explicit = t
			}
			if typ == "" {
				typ = t
			}
		}
		if r.Type != "" && explicit == "" || defType != "" && typ == "" {
			continue // a bad type, reported
		}
		var e *Entry
		if r.ID != "" {
			// The id as given, or a country code in lower case.
			e = g.byID[r.ID]
			if e == nil && len(r.ID) == 2 {
				e = g.byID[strings.ToUpper(r.ID)]
			}
		} else if r.Name != "" {
			// A known entry of that name: the one of the entry's type, else
			// the only one, else the one of the file's default type.
			same := byName[strings.ToLower(r.Name)]
			for _, c := range same {
				if explicit != "" && c.Type == explicit || explicit == "" && (len(same) == 1 || c.Type == typ) {
					e = c
					break
				}
			}
		}
		if e == nil {
			if r.Name == "" {
				fail(it, "a new entry needs a name")
				continue
			}
			if typ == "" {
				fail(it, "a new entry needs a type")
				continue
			}
			id := r.ID
			if id == "" {
				id = Slug(r.Name)
			}
			if _, taken := g.byID[id]; taken {
				fail(it, "id %q is already used by %q; give another id", id, g.byID[id].Name)
				continue
			}
			e = &Entry{ID: id, Name: r.Name, Type: typ}
			g.add(e)
			k := strings.ToLower(e.Name)
			byName[k] = append(byName[k], e)
		} else if explicit != "" {
			e.Type = explicit
		}
		if r.Name != "" && r.Name != e.Name {
			e.Aliases = append(e.Aliases, e.Name)
			e.Name = r.Name
			k := strings.ToLower(e.Name)
			byName[k] = append(byName[k], e)
		}
		e.Aliases = append(e.Aliases, r.Aliases...)
		e.Demonyms = append(e.Demonyms, r.Demonyms...)
		set(&e.ISO, r.ISO)
		set(&e.ISO3, r.ISO3)
		set(&e.QID, r.QID)
		switch r.Official {
		case "":
		case "-":
			e.Official = ""
		default:
			e.Official = r.Official
		}
		set(&e.Country, r.Country)
		set(&e.CapitalOf, r.CapitalOf)
		set(&e.StandsFor, r.StandsFor)
		if r.Capital != "" {
			if e.Type != schema.Country {
				fail(it, "capital is for countries")
				continue
			}
			g.state().capitals[e.ID] = r.Capital
		}
		e.In = append(e.In, r.In...)
		e.MemberOf = append(e.MemberOf, r.MemberOf...)
		e.Borders = append(e.Borders, r.Borders...)
		set(&e.Role, r.Role)
		set(&e.Leads, r.Leads)
		set(&e.WorksFor, r.WorksFor)
		e.Agency = e.Agency || r.Agency
		e.Party = e.Party || r.Party
		e.Sovereign = e.Sovereign || r.Sovereign
		e.Historical = e.Historical || r.Historical
		e.DeFacto = e.DeFacto || r.DeFacto
		e.Former = e.Former || r.Former
		e.NoMatch = e.NoMatch || r.NoMatch
		if len(r.Members) > 0 {
			members = append(members, memberList{e, r.Members, it})
		}
		g.state().touched[e] = it
	}
	for _, m := range members {
		for _, id := range m.ids {
			x, ok := g.Get(id)
			if !ok {
				fail(m.it, "members: unknown id %q", id)
				continue
			}
			if m.owner.Type == schema.Organization {
				x.MemberOf = append(x.MemberOf, m.owner.ID)
			} else {
				x.In = append(x.In, m.owner.ID)
			}
		}
	}
	return joinErrs(errs)
}

// validate checks the references and names of the entries that files set,
// or of all entries.
func (g *Gazetteer) validate(all bool) error {
	var errs []error
	check := func(e *Entry, it item, has bool) {
		fail := func(format string, a ...any) {
			le := &LoadError{File: it.file, Entry: e.ID, Err: fmt.Errorf(format, a...)}
			if has {
				le.Line = it.line
			} else {
				le.File = "gountries"
			}
			errs = append(errs, le)
		}
		ref := func(field, id string, types ...schema.EntityType) {
			if id == "" {
				return
			}
			x, ok := g.Get(id)
			if !ok {
				fail("%s: unknown id %q", field, id)
				return
			}
			if len(types) > 0 {
				for _, t := range types {
					if x.Type == t {
						return
					}
				}
				fail("%s: %q is a %s, want %v", field, id, x.Type, types)
			}
		}
		if e.Name == "" {
			fail("no name")
		}
		for _, s := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			if !hasUpper(s) {
				fail("name %q has no capital letter; it would match common words", s)
			}
		}
		ref("country", e.Country, schema.Country)
		ref("capital_of", e.CapitalOf, schema.Country, schema.Region)
		ref("stands_for", e.StandsFor, schema.Country, schema.Organization)
		if e.StandsFor != "" && e.Type != schema.City {
			fail("stands_for is for cities")
		}
		for _, id := range e.In {
			ref("in", id, schema.Region, schema.Country, schema.City)
		}
		for _, id := range e.MemberOf {
			ref("member_of", id, schema.Organization)
		}
		for _, id := range e.Borders {
			ref("borders", id, schema.Country, schema.Region)
		}
		ref("leads", e.Leads, schema.Country, schema.Organization)
		ref("works_for", e.WorksFor, schema.Country, schema.Organization, schema.Person)
		if e.CapitalOf != "" && e.Type != schema.City {
			fail("capital_of is for cities")
		}
		if (e.Role != "" || e.Leads != "" || e.WorksFor != "") && e.Type != schema.Person {
			fail("role, leads and works_for are for people")
		}
	}
	tm := g.state().touched
	for _, e := range g.entries {
		if it, has := tm[e]; has || all {
			check(e, it, has)
		}
	}
	return joinErrs(errs)
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// loadState is the state of a gazetteer between merges and finish.
type loadState struct {
	touched  map[*Entry]item   // entries set by files, with where
	capitals map[string]string // country id → capital name from files
}

func (g *Gazetteer) state() *loadState {
	if g.st == nil {
		g.st = &loadState{touched: make(map[*Entry]item), capitals: make(map[string]string)}
	}
	return g.st
}

// finish cleans the lists, makes borders symmetric, adds capitals named in
// files, and rebuilds the indexes.
func (g *Gazetteer) finish() {
	for id, name := range g.state().capitals {
		g.setCapital(id, name)
	}
	g.st = nil
	for _, e := range g.entries {
		for _, b := range e.Borders {
			if x, ok := g.byID[b]; ok && !contains(x.Borders, e.ID) {
				x.Borders = append(x.Borders, e.ID)
			}
		}
	}
	for _, e := range g.entries {
		e.Aliases = dedupe(e.Aliases, e.Name)
		e.Demonyms = dedupe(e.Demonyms, "")
		e.In = dedupe(e.In, e.ID)
		e.MemberOf = dedupe(e.MemberOf, e.ID)
		e.Borders = dedupe(e.Borders, e.ID)
	}
	g.reindex()
}

// setCapital makes the city called name the capital of country id,
// creating it if needed; name "-" means none.
func (g *Gazetteer) setCapital(id, name string) {
	c, ok := g.byID[id]
	if !ok || name == "" {
		return
	}
	for _, e := range g.entries {
		if e.CapitalOf == c.ID {
			if name == "-" || e.Name == name || contains(e.Aliases, name) {
				if name == "-" {
					e.CapitalOf = ""
				}
				return
			}
			e.CapitalOf = ""
		}
	}
	if name == "-" {
		return
	}
	for _, e := range g.entries {
		if e.Type == schema.City && e.Country == c.ID && (strings.EqualFold(e.Name, name) || containsFold(e.Aliases, name)) {
			e.CapitalOf = c.ID
			return
		}
	}
	cid := Slug(name)
	if _, taken := g.byID[cid]; taken {
		cid += "_" + strings.ToLower(c.ID)
	}
	g.add(&Entry{ID: cid, Name: name, Type: schema.City, Country: c.ID, CapitalOf: c.ID})
}

func set(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func containsFold(l []string, s string) bool {
	for _, x := range l {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// dedupe drops empty strings, drop and repeats from l, keeping the order.
func dedupe(l []string, drop string) []string {
	if len(l) == 0 {
		return nil
	}
	out := l[:0]
	seen := make(map[string]bool, len(l))
	for _, s := range l {
		s = strings.TrimSpace(s)
		if s == "" || s == drop || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

func joinErrs(errs []error) error {
	const max = 20
	if len(errs) > max {
		errs = append(errs[:max], fmt.Errorf("and %d more errors", len(errs)-max))
	}
	return errors.Join(errs...)
}

// Slug returns the ID a new entry called name gets by default: lower case
// ASCII words joined by underscores ("Gaza City" → "gaza_city", "Côte
// d'Ivoire" → "cote_divoire").
func Slug(name string) string {
	var b strings.Builder
	sep := false
	for _, r := range name {
		var f string
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			f = string(r)
		case r >= 'A' && r <= 'Z':
			f = string(r + 'a' - 'A')
		case isApostrophe(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f = foldRune(r)
		default:
			sep = true
			continue
		}
		if sep && b.Len() > 0 {
			b.WriteByte('_')
		}
		sep = false
		b.WriteString(f)
	}
	return b.String()
}
