package export_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// FuzzExport feeds names, aliases, sentences, titles and times through
// every writer and checks that each output parses (encoding/xml for
// GraphML and GEXF, gonum's DOT parser, encoding/json for the JSON
// formats, encoding/csv, an N-Quads line grammar) and that the node
// labels read back are the graph's. Seeds are in testdata/fuzz/FuzzExport
// and below.
func FuzzExport(f *testing.F) {
	f.Add("Steve \"The Envoy\" Witkoff", "AT&T <Holdings>", "O'Brien's", `He said "<b>&amp;</b>" \o/`, "Zürich — Ärger", "2025-03")
	f.Add("node", "strict", "graph", "edge -> node", "subgraph {}", "198")
	f.Add("nul\x00bell\x07", "del\x7f\u0085", "bad\xff\xfe", "surrogate\xed\xa0\x80", "\uFFFE\uFFFF", "2025-02-30")
	f.Add(`trailing\`, `\"`, "tab\tnl\ncr\r", "]]><![CDATA[", "%zz%41{}|^`", "1987-02-26T10:00:00Z")
	f.Fuzz(func(t *testing.T, subj, obj, alias, sentence, title, when string) {
		sts := fuzzStatements(subj, obj, alias, sentence, title, when)
		g, err := export.Build(source(sts), export.Options{All: true})
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, n := range g.Nodes {
			if !utf8.ValidString(n.Label) {
				t.Errorf("label %q is not UTF-8", n.Label)
			}
			labels = append(labels, n.Label)
		}
		slices.Sort(labels)
		for _, format := range export.Formats {
			files := exportFiles(t, format, sts, export.Options{All: true})
			for name, b := range files {
				got, err := parseExport(format, b)
				if err != nil {
					t.Fatalf("%s does not parse: %v\n%s", name, err, b)
				}
				if got == nil { // a format without node labels (N-Quads, JSON lines, CSV edges)
					continue
				}
				slices.Sort(got)
				if !slices.Equal(got, labels) {
					t.Errorf("%s: labels read back %q, want %q", name, got, labels)
				}
			}
		}
	})
}

func fuzzStatements(subj, obj, alias, sentence, title, when string) []schema.Statement {
	docA := schema.Document{Source: title, Title: title, Published: when, Hash: "a" + title, URL: sentence, Publisher: alias}
	docB := schema.Document{Source: "b/" + alias, Title: sentence, Hash: "b" + alias}
	p := schema.Entity{Name: subj, Type: schema.Person, Aliases: []string{alias, obj}, ISO: alias, QID: when}
	o := schema.Entity{Name: obj, Type: schema.Person, Aliases: []string{subj}}
	c := schema.Entity{Name: obj, Type: schema.Country, ISO: alias}
	r := schema.Entity{Name: alias, Type: schema.Region}
	return []schema.Statement{
		{Subject: p, Predicate: schema.MetWith, Object: o, Modality: schema.Asserted, Time: when, Confidence: 0.9,
			Role: alias, Rule: title, Sentence: sentence, Doc: docA},
		{Subject: p, Predicate: schema.HeadOf, Object: c, Modality: schema.Hedged, Time: when, Confidence: 0.5,
			Role: sentence, Sentence: title + sentence, Doc: docA},
		{Subject: o, Predicate: schema.MetWith, Object: p, Modality: schema.Reported, Time: title, Confidence: 0.7,
			Commodity: alias, Sentence: alias, Doc: docB},
		{Subject: r, Predicate: schema.LocatedIn, Object: c, Modality: schema.Negated, Time: sentence, Confidence: 1,
			Sentence: when, Doc: docB},
	}
}

// parseExport parses one exported file with a Go parser for its format
// and returns the node labels it holds (nil for formats without them).
func parseExport(f export.Format, b []byte) ([]string, error) {
	if !utf8.Valid(b) {
		return nil, errorf("not UTF-8")
	}
	switch f {
	case export.GraphML:
		return xmlLabels(b, func(se xml.StartElement) bool {
			return se.Name.Local == "data" && attr(se, "key") == "v_label"
		}, "")
	case export.GEXF:
		return xmlLabels(b, func(se xml.StartElement) bool { return se.Name.Local == "node" }, "label")
	case export.DOT:
		// gonum's lexer rejects U+REPLACEMENT CHARACTER, which Graphviz
		// draws: read it as U+FFFD escaped for gonum.
		file, err := dot.ParseBytes(bytes.ReplaceAll(b, []byte("\uFFFD"), []byte(fffdDOT)))
		if err != nil {
			return nil, err
		}
		var labels []string
		for _, st := range file.Graphs[0].Stmts {
			if n, ok := st.(*ast.NodeStmt); ok {
				for _, a := range n.Attrs {
					if a.Key == "label" {
						l, err := unquoteDOT(a.Val)
						if err != nil {
							return nil, err
						}
						labels = append(labels, strings.ReplaceAll(l, fffdDOT, "\uFFFD"))
					}
				}
			}
		}
		return labels, nil
	case export.Cytoscape:
		var v struct {
			Elements struct {
				Nodes []struct {
					Data struct{ ID, Label string }
				}
				Edges []struct {
					Data struct{ ID, Source, Target string }
				}
			}
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, err
		}
		labels := []string{}
		ids := map[string]bool{}
		for _, n := range v.Elements.Nodes {
			labels = append(labels, n.Data.Label)
			ids[n.Data.ID] = true
		}
		for _, e := range v.Elements.Edges {
			if !ids[e.Data.Source] || !ids[e.Data.Target] || ids[e.Data.ID] {
				return nil, errorf("edge %s: missing end or duplicate id", e.Data.ID)
			}
			ids[e.Data.ID] = true
		}
		return labels, nil
	case export.Graphology:
		var v struct {
			Nodes []struct {
				Key        string
				Attributes struct {
					Label string
					X, Y  *float64
				}
			}
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, err
		}
		labels := []string{}
		for _, n := range v.Nodes {
			if n.Attributes.X == nil || n.Attributes.Y == nil {
				return nil, errorf("node %s has no x or y", n.Key)
			}
			labels = append(labels, n.Attributes.Label)
		}
		return labels, nil
	case export.CSV:
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			return nil, err
		}
		if rows[0][0] != "Id" {
			return nil, nil // the edges table
		}
		labels := []string{}
		for _, r := range rows[1:] {
			labels = append(labels, r[1])
		}
		return labels, nil
	case export.NQuads:
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			if !nquad.MatchString(sc.Text()) {
				return nil, errorf("not an N-Quad: %s", sc.Text())
			}
		}
		return nil, sc.Err()
	case export.JSONLines:
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var r schema.Record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				return nil, err
			}
		}
		return nil, sc.Err()
	}
	return nil, errorf("unknown format %s", f)
}

// nquad is the N-Quads line grammar (IRIs, literals with a datatype,
// optional graph label), without blank nodes, which kg never writes.
var nquad = func() *regexp.Regexp {
	iri := `<(?:[^\x00-\x20<>"{}|^` + "`" + `\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>`
	lit := `"(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"(?:\^\^` + iri + `|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?`
	return regexp.MustCompile(`^` + iri + ` ` + iri + ` (?:` + iri + `|` + lit + `)(?: ` + iri + `)? \.$`)
}()

// xmlLabels decodes a whole XML document and returns, for every element
// match selects, the attribute named attrName or (when "") its text.
func xmlLabels(b []byte, match func(xml.StartElement) bool, attrName string) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	labels := []string{}
	var text *strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return labels, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if match(tok) {
				if attrName != "" {
					labels = append(labels, attr(tok, attrName))
				} else {
					text = &strings.Builder{}
				}
			}
		case xml.CharData:
			if text != nil {
				text.Write(tok)
			}
		case xml.EndElement:
			if text != nil {
				labels = append(labels, text.String())
				text = nil
			}
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// unquoteDOT undoes DOT quoting: \" is a quote, \\ a backslash and \n a
// line break (what the labels mean to Graphviz).
func unquoteDOT(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", errorf("unquoted DOT string %s", s)
	}
	s = s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			if s[i] == '"' {
				return "", errorf("bare quote in %s", s)
			}
			b.WriteByte(s[i])
			continue
		}
		i++
		if i == len(s) {
			return "", errorf("dangling backslash in %s", s)
		}
		switch s[i] {
		case '"', '\\':
			b.WriteByte(s[i])
		case 'n':
			b.WriteByte('\n')
		default:
			return "", errorf(`unexpected escape \%c in %s`, s[i], s)
		}
	}
	return b.String(), nil
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("empty table")
	}
	return rows
}

// fffdDOT stands for U+FFFD in DOT text given to gonum's parser.
const fffdDOT = "\x1a"

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
