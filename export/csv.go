package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVPaths returns the two file names WriteCSV's tables go to for a
// requested name: "graph.csv" gives "graph-nodes.csv" and
// "graph-edges.csv" (".csv" is added when missing).
func CSVPaths(name string) (nodes, edges string) {
	base := name
	if strings.HasSuffix(strings.ToLower(base), ".csv") {
		base = base[:len(base)-len(".csv")]
	}
	return base + "-nodes.csv", base + "-edges.csv"
}

// WriteCSV writes g as Gephi's spreadsheet import reads it: a nodes table
// (Id, Label, then the node's attributes) to nodes and an edges table
// (Source, Target, Type as Directed or Undirected, Id, Label, Weight as
// the number of documents, then the fact's attributes) to edges. Lists
// are joined with " | ". It returns the first write error.
func WriteCSV(nodes, edges io.Writer, g *Graph) error {
	nb := bufio.NewWriterSize(nodes, 64<<10)
	cw := csv.NewWriter(nb)
	cw.Write([]string{"Id", "Label", "Type", "IRI", "Aliases", "ISO", "QID", "Degree", "Mentions", "Seed", "Color", "Size", "X", "Y"})
	seeds := seedSet(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		cw.Write([]string{"n" + strconv.Itoa(i), n.Label, string(n.Type), n.IRI, strings.Join(n.Aliases, " | "),
			n.ISO, n.QID, strconv.Itoa(n.Degree), strconv.Itoa(n.Mentions), strconv.FormatBool(seeds[i]),
			n.Color(), formatFloat(n.Size()), formatFloat(n.X), formatFloat(n.Y)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if err := nb.Flush(); err != nil {
		return err
	}

	eb := bufio.NewWriterSize(edges, 64<<10)
	cw = csv.NewWriter(eb)
	cw.Write([]string{"Source", "Target", "Type", "Id", "Label", "Weight", "Predicate", "Modality", "Fact",
		"Statements", "Documents", "Sources", "First", "Last", "Confidence", "Role", "Sentence", "Evidence", "Color"})
	for i := range g.Facts {
		f := &g.Facts[i]
		typ := "Directed"
		if !f.Directed {
			typ = "Undirected"
		}
		sentence := ""
		if len(f.Evidence) > 0 {
			sentence = f.Evidence[0].Sentence
		}
		cw.Write([]string{"n" + strconv.Itoa(f.Subject), "n" + strconv.Itoa(f.Object), typ, "e" + strconv.Itoa(i),
			f.Label(), strconv.Itoa(max(f.Documents, 1)), string(f.Predicate), string(f.Modality),
			strconv.FormatBool(f.IsFact()), strconv.Itoa(f.Statements), strconv.Itoa(f.Documents),
			strconv.Itoa(f.Sources), f.First, f.Last, formatFloat(f.Confidence), f.Role, oneLine(sentence),
			joinEvidence(f.Evidence, " | ", func(e *Evidence) string { return oneLine(e.Source) }), f.Color()})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return eb.Flush()
}
