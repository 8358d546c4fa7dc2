package export

import (
	"bufio"
	"strconv"
)

// jsonObject writes the members of one JSON object, keeping track of
// commas. Keys are trusted (ours); values are escaped.
type jsonObject struct {
	w     *bufio.Writer
	first bool
}

func openObject(w *bufio.Writer) jsonObject {
	w.WriteByte('{')
	return jsonObject{w: w, first: true}
}

func (o *jsonObject) key(k string) {
	if !o.first {
		o.w.WriteByte(',')
	}
	o.first = false
	o.w.WriteByte('"')
	o.w.WriteString(k)
	o.w.WriteString(`":`)
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	jsonString(o.w, v)
}

// strOpt writes a string member only when v is not empty.
func (o *jsonObject) strOpt(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) num(k string, v float64) {
	o.key(k)
	o.w.WriteString(formatFloat(finite(v)))
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.w.WriteString(strconv.Itoa(v))
}

func (o *jsonObject) bool(k string, v bool) {
	o.key(k)
	o.w.WriteString(strconv.FormatBool(v))
}

func (o *jsonObject) strs(k string, vs []string) {
	o.key(k)
	o.w.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			o.w.WriteByte(',')
		}
		jsonString(o.w, v)
	}
	o.w.WriteByte(']')
}

func (o *jsonObject) evidence(k string, ev []Evidence, field func(*Evidence) string) {
	o.key(k)
	o.w.WriteByte('[')
	for i := range ev {
		if i > 0 {
			o.w.WriteByte(',')
		}
		jsonString(o.w, field(&ev[i]))
	}
	o.w.WriteByte(']')
}

func (o *jsonObject) close() { o.w.WriteByte('}') }

// nodeData writes the attributes a node has in both JSON formats.
func nodeData(o *jsonObject, n *Node, seed bool) {
	o.str("label", n.Label)
	o.str("entity_type", string(n.Type))
	o.str("iri", n.IRI)
	o.strs("aliases", nilEmpty(n.Aliases))
	o.strOpt("iso", n.ISO)
	o.strOpt("qid", n.QID)
	o.int("degree", n.Degree)
	o.int("mentions", n.Mentions)
	if seed {
		o.bool("seed", true)
	}
	o.str("color", n.Color())
	o.num("size", n.Size())
}

// factData writes the attributes an edge has in both JSON formats.
func factData(o *jsonObject, f *Fact) {
	o.str("label", f.Label())
	o.str("predicate", string(f.Predicate))
	o.str("modality", string(f.Modality))
	o.bool("fact", f.IsFact())
	o.bool("symmetric", !f.Directed)
	o.int("statements", f.Statements)
	o.int("documents", f.Documents)
	o.int("sources", f.Sources)
	o.strOpt("first", f.First)
	o.strOpt("last", f.Last)
	if len(f.Spans) > 0 {
		o.key("spans")
		o.w.WriteByte('[')
		for i, s := range f.Spans {
			if i > 0 {
				o.w.WriteByte(',')
			}
			o.w.WriteString(`["` + s.Start + `","` + s.End + `"]`)
		}
		o.w.WriteByte(']')
	}
	o.num("confidence", f.Confidence)
	o.strOpt("role", f.Role)
	o.evidence("sentences", f.Evidence, func(e *Evidence) string { return e.Sentence })
	o.evidence("evidence", f.Evidence, func(e *Evidence) string { return e.Source })
	o.str("color", f.Color())
}

func nilEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeCytoscape writes Cytoscape.js elements JSON, which Cytoscape
// desktop imports as .cyjs and cytoscape({elements}) reads: node ids n0,
// n1, ... and edge ids e0, e1, ... (one namespace), name and label, an
// interaction (the predicate, as Cytoscape desktop expects), positions
// from the layout, and the lists as JSON arrays.
func writeCytoscape(w *bufio.Writer, g *Graph) {
	w.WriteString(`{"format_version":"1.0","generated_by":"kg","target_cytoscapejs_version":"~3.0","data":{"name":"kg"},"elements":{"nodes":[`)
	seeds := seedSet(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n")
		o := openObject(w)
		o.key("data")
		d := openObject(w)
		d.str("id", "n"+strconv.Itoa(i))
		d.str("name", n.Label)
		nodeData(&d, n, seeds[i])
		d.close()
		o.key("position")
		p := openObject(w)
		p.num("x", n.X)
		p.num("y", n.Y)
		p.close()
		o.close()
	}
	w.WriteString("\n],\"edges\":[")
	for i := range g.Facts {
		f := &g.Facts[i]
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n")
		o := openObject(w)
		o.key("data")
		d := openObject(w)
		d.str("id", "e"+strconv.Itoa(i))
		d.str("source", "n"+strconv.Itoa(f.Subject))
		d.str("target", "n"+strconv.Itoa(f.Object))
		d.str("interaction", string(f.Predicate))
		factData(&d, f)
		d.num("weight", float64(f.Documents))
		d.num("width", f.Width())
		d.close()
		o.close()
	}
	w.WriteString("\n]}}\n")
}

// writeGraphology writes graphology's serialized graph (Graph.import,
// sigma.js): a mixed multigraph (undirected edges for symmetric
// predicates), node keys n0, n1, ... with numeric x, y, size, color and
// label; the entity type is entity_type, since sigma reads type as a
// renderer's name.
func writeGraphology(w *bufio.Writer, g *Graph) {
	w.WriteString(`{"attributes":{"name":"kg"},"options":{"type":"mixed","multi":true,"allowSelfLoops":true},"nodes":[`)
	seeds := seedSet(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n")
		o := openObject(w)
		o.str("key", "n"+strconv.Itoa(i))
		o.key("attributes")
		a := openObject(w)
		a.num("x", n.X)
		a.num("y", n.Y)
		nodeData(&a, n, seeds[i])
		a.close()
		o.close()
	}
	w.WriteString("\n],\"edges\":[")
	for i := range g.Facts {
		f := &g.Facts[i]
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n")
		o := openObject(w)
		o.str("key", "e"+strconv.Itoa(i))
		o.str("source", "n"+strconv.Itoa(f.Subject))
		o.str("target", "n"+strconv.Itoa(f.Object))
		if !f.Directed {
			o.bool("undirected", true)
		}
		o.key("attributes")
		a := openObject(w)
		factData(&a, f)
		a.num("weight", float64(f.Documents))
		a.num("size", f.Width())
		a.close()
		o.close()
	}
	w.WriteString("\n]}\n")
}
