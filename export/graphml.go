package export

import (
	"bufio"
	"strconv"
	"strings"
)

// graphmlKey is a GraphML attribute declaration. ids are NMTOKENs, unique
// across nodes and edges.
type graphmlKey struct{ id, for_, name, typ string }

// Node keys. Gephi maps label, x, y, size, r, g, b and color itself; the
// others appear as columns (in yEd: through the Properties Mapper).
var graphmlNodeKeys = []graphmlKey{
	{"v_label", "node", "label", "string"},
	{"v_type", "node", "type", "string"},
	{"v_iri", "node", "iri", "string"},
	{"v_aliases", "node", "aliases", "string"},
	{"v_iso", "node", "iso", "string"},
	{"v_qid", "node", "qid", "string"},
	{"v_degree", "node", "degree", "int"},
	{"v_mentions", "node", "mentions", "int"},
	{"v_seed", "node", "seed", "boolean"},
	{"v_color", "node", "color", "string"},
	{"v_r", "node", "r", "int"},
	{"v_g", "node", "g", "int"},
	{"v_b", "node", "b", "int"},
	{"v_size", "node", "size", "double"},
	{"v_x", "node", "x", "double"},
	{"v_y", "node", "y", "double"},
}

var graphmlEdgeKeys = []graphmlKey{
	{"e_label", "edge", "label", "string"},
	{"e_predicate", "edge", "predicate", "string"},
	{"e_modality", "edge", "modality", "string"},
	{"e_fact", "edge", "fact", "boolean"},
	{"e_symmetric", "edge", "symmetric", "boolean"},
	{"e_weight", "edge", "weight", "double"},
	{"e_statements", "edge", "statements", "int"},
	{"e_documents", "edge", "documents", "int"},
	{"e_sources", "edge", "sources", "int"},
	{"e_first", "edge", "first", "string"},
	{"e_last", "edge", "last", "string"},
	{"e_confidence", "edge", "confidence", "double"},
	{"e_role", "edge", "role", "string"},
	{"e_sentence", "edge", "sentence", "string"},
	{"e_sentences", "edge", "sentences", "string"},
	{"e_evidence", "edge", "evidence", "string"},
	{"e_color", "edge", "color", "string"},
}

// writeGraphML writes GraphML 1.0 that validates against graphml.xsd: a
// directed graph (networkx refuses mixed edges) whose symmetric facts say
// symmetric=true. Node ids are n0, n1, ...; the IRI is the iri key. Lists
// (aliases, evidence sources) are joined with " | ", sentences with
// newlines.
func writeGraphML(w *bufio.Writer, g *Graph) {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, keys := range [][]graphmlKey{graphmlNodeKeys, graphmlEdgeKeys} {
		for _, k := range keys {
			w.WriteString(`  <key id="` + k.id + `" for="` + k.for_ + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
		}
	}
	w.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	// data writes one attribute value; empty values are left out
	data := func(key, v string) {
		if v == "" {
			return
		}
		w.WriteString(`<data key="` + key + `">`)
		xmlEscape(w, v, false)
		w.WriteString(`</data>`)
	}
	seeds := seedSet(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		w.WriteString(`    <node id="n` + strconv.Itoa(i) + `">`)
		r, gg, b := rgb(n.Color())
		data("v_label", n.Label)
		data("v_type", string(n.Type))
		data("v_iri", n.IRI)
		data("v_aliases", strings.Join(n.Aliases, " | "))
		data("v_iso", n.ISO)
		data("v_qid", n.QID)
		data("v_degree", strconv.Itoa(n.Degree))
		data("v_mentions", strconv.Itoa(n.Mentions))
		data("v_seed", strconv.FormatBool(seeds[i]))
		data("v_color", n.Color())
		data("v_r", strconv.Itoa(r))
		data("v_g", strconv.Itoa(gg))
		data("v_b", strconv.Itoa(b))
		data("v_size", formatFloat(n.Size()))
		data("v_x", formatFloat(n.X))
		data("v_y", formatFloat(n.Y))
		w.WriteString("</node>\n")
	}
	for i := range g.Facts {
		f := &g.Facts[i]
		w.WriteString(`    <edge id="e` + strconv.Itoa(i) + `" source="n` + strconv.Itoa(f.Subject) + `" target="n` + strconv.Itoa(f.Object) + `">`)
		data("e_label", f.Label())
		data("e_predicate", string(f.Predicate))
		data("e_modality", string(f.Modality))
		data("e_fact", strconv.FormatBool(f.IsFact()))
		data("e_symmetric", strconv.FormatBool(!f.Directed))
		data("e_weight", strconv.Itoa(f.Documents))
		data("e_statements", strconv.Itoa(f.Statements))
		data("e_documents", strconv.Itoa(f.Documents))
		data("e_sources", strconv.Itoa(f.Sources))
		data("e_first", f.First)
		data("e_last", f.Last)
		data("e_confidence", formatFloat(f.Confidence))
		data("e_role", f.Role)
		if len(f.Evidence) > 0 {
			data("e_sentence", f.Evidence[0].Sentence)
		}
		data("e_sentences", joinEvidence(f.Evidence, "\n", func(e *Evidence) string { return oneLine(e.Sentence) }))
		data("e_evidence", joinEvidence(f.Evidence, " | ", func(e *Evidence) string { return e.Source }))
		data("e_color", f.Color())
		w.WriteString("</edge>\n")
	}
	w.WriteString("  </graph>\n</graphml>\n")
}

func seedSet(g *Graph) map[int]bool {
	m := make(map[int]bool, len(g.Seeds))
	for _, s := range g.Seeds {
		m[s] = true
	}
	return m
}

func joinEvidence(ev []Evidence, sep string, field func(*Evidence) string) string {
	var b strings.Builder
	for i := range ev {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(field(&ev[i]))
	}
	return b.String()
}
