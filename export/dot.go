package export

import (
	"bufio"
	"math"
	"strconv"
	"strings"

	"github.com/kg-project/kg/schema"
)

// writeDOT writes a Graphviz digraph laid out by neato (sfdp past 300
// nodes; straight edges past 250 edges, which spline routing would take
// minutes over), with every id and value quoted. Nodes are filled with their
// type's colour and sized by degree; edges are labelled with their kind,
// coloured and styled by modality, thicker with more documents, and
// undirected (dir=none) for symmetric predicates. Tooltips (SVG) hold the
// aliases and the first sentence. Other data rides along as attributes
// Graphviz keeps but does not draw (iri, type, documents, ...).
func writeDOT(w *bufio.Writer, g *Graph) {
	engine, splines := "neato", "true"
	if len(g.Nodes) > 300 {
		engine = "sfdp"
	}
	if len(g.Facts) > 250 {
		splines = "false" // routing splines around nodes takes minutes past a few hundred edges
	}
	w.WriteString("digraph \"kg\" {\n")
	w.WriteString(`  graph [layout=` + engine + `, overlap=false, splines=` + splines + `, outputorder=edgesfirst, pad=0.3, sep="+12", fontname="Helvetica", fontsize=12];` + "\n")
	w.WriteString(`  node [shape=ellipse, style="filled", fontname="Helvetica", fontcolor="#1a1a1a", color="#555555", penwidth=0.6];` + "\n")
	w.WriteString(`  edge [fontname="Helvetica", fontsize=8, fontcolor="#555555", arrowsize=0.6];` + "\n")
	writeDOTLegend(w, g)
	seeds := seedSet(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		w.WriteString(`  "n` + strconv.Itoa(i) + `" [label=`)
		dotString(w, n.Label)
		fontsize := math.Round((10+3*math.Sqrt(float64(n.Degree)))*10) / 10
		w.WriteString(`, fillcolor="` + n.Color() + `66", fontsize=` + formatFloat(fontsize))
		if seeds[i] {
			w.WriteString(`, penwidth=2.5, color="#000000"`)
		}
		w.WriteString(`, tooltip=`)
		tip := n.Label + " (" + string(n.Type) + ")"
		if len(n.Aliases) > 0 {
			tip += "\nalso: " + strings.Join(n.Aliases, ", ")
		}
		dotString(w, tip)
		w.WriteString(`, type=`)
		dotString(w, string(n.Type))
		w.WriteString(`, iri=`)
		dotString(w, n.IRI)
		if n.ISO != "" {
			w.WriteString(`, iso=`)
			dotString(w, n.ISO)
		}
		if n.QID != "" {
			w.WriteString(`, qid=`)
			dotString(w, n.QID)
		}
		w.WriteString(`, degree=` + strconv.Itoa(n.Degree) + `, mentions=` + strconv.Itoa(n.Mentions) + "];\n")
	}
	for i := range g.Facts {
		f := &g.Facts[i]
		w.WriteString(`  "n` + strconv.Itoa(f.Subject) + `" -> "n` + strconv.Itoa(f.Object) + `" [label=`)
		dotString(w, f.Label())
		w.WriteString(`, color="` + f.Color() + `", penwidth=` + formatFloat(f.Width()))
		if st := f.Style(); st != "solid" {
			w.WriteString(`, style=` + st)
		}
		if !f.Directed {
			w.WriteString(`, dir=none`)
		}
		if len(f.Evidence) > 0 {
			w.WriteString(`, tooltip=`)
			dotString(w, f.Evidence[0].Sentence)
		}
		w.WriteString(`, predicate="` + string(f.Predicate) + `", modality="` + string(f.Modality) + `"`)
		w.WriteString(`, documents=` + strconv.Itoa(f.Documents) + `, sources=` + strconv.Itoa(f.Sources))
		if f.First != "" {
			w.WriteString(`, first=`)
			dotString(w, f.First)
			w.WriteString(`, last=`)
			dotString(w, f.Last)
		}
		w.WriteString("];\n")
	}
	w.WriteString("}\n")
}

// writeDOTLegend writes the graph's label: a key to the node colours of
// the types present, and to the edge styles of the modalities present.
func writeDOTLegend(w *bufio.Writer, g *Graph) {
	types := map[schema.EntityType]bool{}
	for i := range g.Nodes {
		types[g.Nodes[i].Type] = true
	}
	mods := map[schema.Modality]bool{}
	for i := range g.Facts {
		if !g.Facts[i].IsFact() {
			mods[g.Facts[i].Modality] = true
		}
	}
	if len(types) == 0 {
		return
	}
	w.WriteString(`  graph [labelloc=b, labeljust=l, fontsize=11, label=<<table border="0" cellspacing="4"><tr>`)
	for _, t := range schema.EntityTypes {
		if types[t] {
			n := Node{Type: t}
			w.WriteString(`<td bgcolor="` + n.Color() + `66" border="1" color="#555555"> ` + string(t) + ` </td>`)
		}
	}
	for _, m := range schema.Modalities {
		if mods[m] {
			f := Fact{Modality: m}
			w.WriteString(`<td><font color="` + f.Color() + `">` + string(m) + " (" + f.Style() + `)</font></td>`)
		}
	}
	w.WriteString(`<td>size: degree; edge width: documents</td></tr></table>>];` + "\n")
}
