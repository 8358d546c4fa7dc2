package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Format names an export format.
type Format string

// The formats, by the names --format takes.
const (
	GraphML    Format = "graphml"    // GraphML 1.0: Gephi, Cytoscape, yEd, networkx
	GEXF       Format = "gexf"       // GEXF 1.3 with spells: Gephi's timeline
	DOT        Format = "dot"        // Graphviz
	Cytoscape  Format = "cytoscape"  // Cytoscape.js JSON (elements), Cytoscape's .cyjs
	Graphology Format = "graphology" // graphology's serialized graph, for sigma.js
	CSV        Format = "csv"        // Gephi's spreadsheet import: a nodes table and an edges table
	NQuads     Format = "nquads"     // RDF N-Quads: facts, entities, and each statement in its document's graph
	JSONLines  Format = "jsonl"      // the statements contract of DESIGN.md
)

// Formats lists every format in a stable order.
var Formats = []Format{GraphML, GEXF, DOT, Cytoscape, Graphology, CSV, NQuads, JSONLines}

// extensions maps file name endings to formats, longest first.
var extensions = []struct {
	ext string
	f   Format
}{
	{".graphology.json", Graphology},
	{".cytoscape.json", Cytoscape},
	{".graphml", GraphML},
	{".jsonl", JSONLines},
	{".cyjs", Cytoscape},
	{".gexf", GEXF},
	{".dot", DOT},
	{".csv", CSV},
	{".gv", DOT},
	{".nq", NQuads},
}

// Ext is the file name extension FormatFromPath maps to f.
func (f Format) Ext() string {
	for _, e := range extensions {
		if e.f == f {
			if f == Cytoscape {
				return ".cyjs"
			}
			return e.ext
		}
	}
	return ""
}

// ParseFormat returns the format named s (case-insensitive). It also
// takes "gv" and "graphviz" for DOT, "cyjs" for Cytoscape, "sigma" for
// graphology and "nq" for N-Quads.
func ParseFormat(s string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	switch n {
	case "gv", "graphviz":
		return DOT, nil
	case "cyjs", "cytoscape.js", "cytoscapejs":
		return Cytoscape, nil
	case "sigma", "sigma.js":
		return Graphology, nil
	case "nq", "n-quads":
		return NQuads, nil
	}
	for _, f := range Formats {
		if string(f) == n {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (want %s)", s, strings.Join(names, ", "))
}

// FormatFromPath returns the format a file name's extension names:
// .graphml .gexf .dot .gv .cyjs .cytoscape.json .graphology.json .csv .nq
// .jsonl.
func FormatFromPath(path string) (Format, bool) {
	base := strings.ToLower(filepath.Base(path))
	for _, e := range extensions {
		if strings.HasSuffix(base, e.ext) {
			return e.f, true
		}
	}
	return "", false
}

// ErrTwoTables is returned by Write for CSV, which is two tables: use
// WriteCSV.
var ErrTwoTables = errors.New("export: csv is a nodes table and an edges table: use WriteCSV")

// Write writes g to w in format f. N-Quads and JSON lines read the
// statements of g again from src (see Graph.Keep); the other formats do
// not use it. For JSON lines g may be nil: then every statement of src is
// written, as JSONL does. Write returns the first error of w or src.
func Write(w io.Writer, f Format, g *Graph, src Source) error {
	if f == JSONLines {
		return writeJSONL(w, g, src)
	}
	if g == nil {
		return fmt.Errorf("export: %s needs a graph", f)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	switch f {
	case GraphML:
		writeGraphML(bw, g)
	case GEXF:
		writeGEXF(bw, g)
	case DOT:
		writeDOT(bw, g)
	case Cytoscape:
		writeCytoscape(bw, g)
	case Graphology:
		writeGraphology(bw, g)
	case NQuads:
		if err := writeNQuads(bw, g, src); err != nil {
			return err
		}
	case CSV:
		return ErrTwoTables
	default:
		return fmt.Errorf("export: unknown format %q", f)
	}
	return bw.Flush()
}

func writeJSONL(w io.Writer, g *Graph, src Source) error {
	if src == nil {
		return errors.New("export: jsonl needs a statement source")
	}
	jw := NewJSONL(w)
	err := src(func(st schema.Statement) error {
		if g != nil && !g.Keep(st) {
			return nil
		}
		return jw.Write(st)
	})
	if err != nil {
		return err
	}
	return jw.Close()
}

// Export builds the graph of src under opt and writes it to w in format
// f; for JSON lines it includes every modality (opt.All) and, when opt
// sets no filter, streams src straight through. It returns the graph (nil
// for unfiltered JSON lines). CSV needs WriteCSV.
func Export(w io.Writer, f Format, src Source, opt Options) (*Graph, error) {
	if f == JSONLines {
		opt.All = true
		if opt.unfiltered() {
			return nil, Write(w, f, nil, src)
		}
	}
	g, err := Build(src, opt)
	if err != nil {
		return nil, err
	}
	return g, Write(w, f, g, src)
}

// unfiltered reports whether o keeps every statement that o.All admits.
func (o Options) unfiltered() bool {
	return len(o.Predicates) == 0 && len(o.Types) == 0 && o.Since == "" && o.Until == "" &&
		o.MinConfidence <= 0 && o.MinSources <= 1 && len(o.Seeds) == 0 && o.MaxNodes == 0
}
