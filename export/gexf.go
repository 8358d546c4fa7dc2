package export

import (
	"bufio"
	"strconv"
	"strings"
)

// gexfAttr declares a GEXF attribute.
type gexfAttr struct{ id, typ string }

var gexfNodeAttrs = []gexfAttr{
	{"type", "string"}, {"iri", "string"}, {"aliases", "liststring"}, {"iso", "string"},
	{"qid", "string"}, {"degree", "integer"}, {"mentions", "integer"}, {"seed", "boolean"},
}

var gexfEdgeAttrs = []gexfAttr{
	{"predicate", "string"}, {"modality", "string"}, {"fact", "boolean"}, {"statements", "integer"},
	{"documents", "integer"}, {"sources", "integer"}, {"first", "string"}, {"last", "string"},
	{"confidence", "double"}, {"role", "string"}, {"sentence", "string"},
	{"sentences", "liststring"}, {"evidence", "liststring"},
}

// writeGEXF writes GEXF 1.3. One edge per fact (source, target and kind
// are unique: kind is Fact.Kind), weighted by documents, undirected for
// symmetric predicates; lists as GEXF list values with quoted items; the
// periods of a fact as spells with dates, making the graph dynamic
// (Gephi's timeline) when any fact has one. viz:color, viz:size,
// viz:position and viz:thickness carry the style.
func writeGEXF(w *bufio.Writer, g *Graph) {
	dynamic := false
	for i := range g.Facts {
		if len(g.Facts[i].Spans) > 0 {
			dynamic = true
			break
		}
	}
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>kg</creator>
    <description>kg knowledge graph: one edge per fact, weighted by documents</description>
  </meta>
`)
	if dynamic {
		w.WriteString(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">` + "\n")
	} else {
		w.WriteString(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	}
	for _, c := range []struct {
		class string
		attrs []gexfAttr
	}{{"node", gexfNodeAttrs}, {"edge", gexfEdgeAttrs}} {
		w.WriteString(`    <attributes class="` + c.class + `" mode="static">` + "\n")
		for _, a := range c.attrs {
			w.WriteString(`      <attribute id="` + a.id + `" title="` + a.id + `" type="` + a.typ + `"/>` + "\n")
		}
		w.WriteString("    </attributes>\n")
	}
	attv := func(id, v string) {
		if v == "" {
			return
		}
		w.WriteString(`<attvalue for="` + id + `" value="`)
		xmlEscape(w, v, true)
		w.WriteString(`"/>`)
	}
	seeds := seedSet(g)
	w.WriteString(`    <nodes count="` + strconv.Itoa(len(g.Nodes)) + `">` + "\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		w.WriteString(`      <node id="n` + strconv.Itoa(i) + `" label="`)
		xmlEscape(w, n.Label, true)
		w.WriteString(`"><attvalues>`)
		attv("type", string(n.Type))
		attv("iri", n.IRI)
		if len(n.Aliases) > 0 {
			attv("aliases", gexfList(n.Aliases, func(s string) string { return s }))
		}
		attv("iso", n.ISO)
		attv("qid", n.QID)
		attv("degree", strconv.Itoa(n.Degree))
		attv("mentions", strconv.Itoa(n.Mentions))
		attv("seed", strconv.FormatBool(seeds[i]))
		r, gg, b := rgb(n.Color())
		w.WriteString(`</attvalues><viz:color r="` + strconv.Itoa(r) + `" g="` + strconv.Itoa(gg) + `" b="` + strconv.Itoa(b) + `"/>`)
		w.WriteString(`<viz:size value="` + formatFloat(n.Size()) + `"/>`)
		w.WriteString(`<viz:position x="` + formatFloat(n.X) + `" y="` + formatFloat(n.Y) + `" z="0"/>`)
		w.WriteString("</node>\n")
	}
	w.WriteString("    </nodes>\n")
	w.WriteString(`    <edges count="` + strconv.Itoa(len(g.Facts)) + `">` + "\n")
	for i := range g.Facts {
		f := &g.Facts[i]
		w.WriteString(`      <edge id="e` + strconv.Itoa(i) + `" source="n` + strconv.Itoa(f.Subject) + `" target="n` + strconv.Itoa(f.Object) + `"`)
		if !f.Directed {
			w.WriteString(` type="undirected"`)
		}
		kind := f.Kind()
		w.WriteString(` kind="` + kind + `" label="` + f.Label() + `" weight="` + strconv.Itoa(max(f.Documents, 1)) + `"><attvalues>`)
		attv("predicate", string(f.Predicate))
		attv("modality", string(f.Modality))
		attv("fact", strconv.FormatBool(f.IsFact()))
		attv("statements", strconv.Itoa(f.Statements))
		attv("documents", strconv.Itoa(f.Documents))
		attv("sources", strconv.Itoa(f.Sources))
		attv("first", f.First)
		attv("last", f.Last)
		attv("confidence", formatFloat(f.Confidence))
		attv("role", f.Role)
		if len(f.Evidence) > 0 {
			attv("sentence", f.Evidence[0].Sentence)
			ev := make([]string, len(f.Evidence))
			for j := range f.Evidence {
				ev[j] = f.Evidence[j].Sentence
			}
			attv("sentences", gexfList(ev, oneLine))
			for j := range f.Evidence {
				ev[j] = f.Evidence[j].Source
			}
			attv("evidence", gexfList(ev, oneLine))
		}
		w.WriteString(`</attvalues>`)
		if len(f.Spans) > 0 {
			w.WriteString(`<spells>`)
			for _, s := range f.Spans {
				w.WriteString(`<spell start="` + s.Start + `" end="` + s.End + `"/>`)
			}
			w.WriteString(`</spells>`)
		}
		r, gg, b := rgb(f.Color())
		w.WriteString(`<viz:color r="` + strconv.Itoa(r) + `" g="` + strconv.Itoa(gg) + `" b="` + strconv.Itoa(b) + `"/>`)
		w.WriteString(`<viz:thickness value="` + formatFloat(f.Width()) + `"/>`)
		if st := f.Style(); st != "solid" {
			w.WriteString(`<viz:shape value="` + st + `"/>`)
		}
		w.WriteString("</edge>\n")
	}
	w.WriteString("    </edges>\n  </graph>\n</gexf>\n")
}

// gexfList formats a GEXF list value: [“a”, “b”] with every item quoted
// and quotes and backslashes escaped, so that an item holding a comma
// ("Acme, Inc.") stays one item in Gephi and graphology-gexf.
func gexfList(items []string, f func(string) string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('"')
		it = f(it)
		for j := 0; j < len(it); j++ {
			switch c := it[j]; c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('"')
	}
	b.WriteByte(']')
	return b.String()
}
