package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

// The consumer tests read every format back with the tools researchers
// use, as Debian and npm ship them (.ci/install.d/export.sh installs
// them). A missing tool skips its check with a message; a missing
// ../shared skips the schema validation.

// schemasDir is ../shared/schemas seen from this package.
const schemasDir = "../../shared/schemas"

// consumerCases are the graphs every consumer reads.
func consumerCases() []struct {
	name string
	sts  []schema.Statement
	opt  export.Options
} {
	return []struct {
		name string
		sts  []schema.Statement
		opt  export.Options
	}{
		{"fixture", fixture(), export.Options{}},
		{"fixture-all", fixture(), export.Options{All: true}},
		{"nasty", nasty(), export.Options{All: true}},
		{"synthetic", synthetic(5000), export.Options{All: true}},
	}
}

// nasty is statements whose names, aliases, sentences, titles and
// sources hold everything that has broken an export somewhere: markup,
// quotes, backslashes (one at the end of a string too), DOT keywords,
// control characters, C1 controls, non-characters, invalid UTF-8 and an
// encoded surrogate.
func nasty() []schema.Statement {
	names := []string{
		"node", "edge", "subgraph", "strict", `trailing\`, `"quoted"`, "<b>bold</b>", "a]]>b<![CDATA[c",
		"nul\x00and\x01bell\x07", "del\x7f c1\u0085\u009f", "non\uFFFE\uFFFFchar", "bad\xff\xfeutf8",
		"surrogate\xed\xa0\x80", "tab\tnew\nline\r\n", "{curly}|pipe^caret`tick", "  spaced  ", "Acme, Inc.",
		"emoji 🌍 and ğ", "-- -> <-", "%zz %41", "\u2028line\u2029sep", "x=1;y=2", "<>&\"'\\`",
	}
	types := schema.EntityTypes
	var sts []schema.Statement
	for i, n := range names {
		m := names[(i+1)%len(names)]
		doc := schema.Document{Source: "src/" + n, Title: m + " " + n, Published: "2025-0" + strconv.Itoa(1+i%9),
			Hash: fmt.Sprintf("h%d%s", i, n), URL: "http://x/" + n, Publisher: n}
		sts = append(sts, schema.Statement{
			Subject:   schema.Entity{Name: n, Type: types[i%len(types)], Aliases: []string{m, n + "\x00"}, ISO: n[:1], QID: "Q" + n},
			Predicate: schema.MetWith, Object: schema.Entity{Name: m, Type: types[(i+1)%len(types)]},
			Modality: schema.Modalities[i%len(schema.Modalities)], Time: []string{"", "2025", "198", "2025-03", "2025-03-14", "bogus"}[i%6],
			Role: n, Confidence: float64(i%10) / 10, Rule: n, Sentence: n + " met " + m + ".", Start: i, End: i + 1, Doc: doc,
		}, schema.Statement{
			Subject:   schema.Entity{Name: n, Type: types[i%len(types)]},
			Predicate: schema.Criticized, Object: schema.Entity{Name: m, Type: types[(i+1)%len(types)]},
			Modality: schema.Asserted, Confidence: 1, Sentence: "\x00" + m, Doc: doc,
		})
	}
	return sts
}

// expectation is what a consumer should see in a graph.
type expectation struct {
	nodes, edges       int
	labels             []string
	aliases, sentences []string
	undirected         int
	graph              *export.Graph
}

func expect(t *testing.T, sts []schema.Statement, opt export.Options) expectation {
	t.Helper()
	g, err := export.Build(source(sts), opt)
	if err != nil {
		t.Fatal(err)
	}
	e := expectation{nodes: len(g.Nodes), edges: len(g.Facts), graph: g}
	for _, n := range g.Nodes {
		e.labels = append(e.labels, n.Label)
		e.aliases = append(e.aliases, n.Aliases...)
	}
	for _, f := range g.Facts {
		if !f.Directed {
			e.undirected++
		}
		for _, ev := range f.Evidence {
			e.sentences = append(e.sentences, ev.Sentence)
		}
	}
	slices.Sort(e.labels)
	return e
}

// seen is what a consumer script reports.
type seen struct {
	Nodes, Edges           int
	Undirected             int
	Positioned             int
	Labels                 []string
	Aliases, Sentences     []string
	InputNodes, InputEdges int
}

// compare checks what a consumer saw against the graph; sentences and
// aliases are compared as sorted multisets with white space folded, since
// some formats put them on one line.
func (e expectation) compare(t *testing.T, who string, s seen, directedOnly bool) {
	t.Helper()
	if s.Nodes != e.nodes || s.Edges != e.edges {
		t.Errorf("%s read %d nodes and %d edges, want %d and %d", who, s.Nodes, s.Edges, e.nodes, e.edges)
	}
	if !slices.Equal(s.Labels, e.labels) {
		t.Errorf("%s read other labels:\n got %q\nwant %q", who, s.Labels, e.labels)
	}
	fold := func(xs []string) []string {
		out := make([]string, 0, len(xs))
		for _, x := range xs {
			if x = strings.Join(strings.Fields(x), " "); x != "" {
				out = append(out, x)
			}
		}
		slices.Sort(out)
		return out
	}
	if got, want := fold(s.Aliases), fold(e.aliases); !slices.Equal(got, want) {
		t.Errorf("%s read other aliases:\n got %q\nwant %q", who, got, want)
	}
	if got, want := fold(s.Sentences), fold(e.sentences); !slices.Equal(got, want) {
		t.Errorf("%s read other sentences:\n got %q\nwant %q", who, got, want)
	}
	if !directedOnly && s.Undirected != e.undirected {
		t.Errorf("%s read %d undirected edges, want %d", who, s.Undirected, e.undirected)
	}
}

// writeExport writes the export of sts to a temporary file and returns
// its path.
func writeExport(t *testing.T, f export.Format, sts []schema.Statement, opt export.Options) string {
	t.Helper()
	var path string
	for ext, b := range exportFiles(t, f, sts, opt) {
		p := filepath.Join(t.TempDir(), "graph"+ext)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		path = p
	}
	return path
}

func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (Debian package %s; .ci/install.d/export.sh installs it): skipping", name, pkg)
	}
	return p
}

func needSchemas(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(schemasDir); err != nil {
		t.Skipf("../shared/schemas is absent (%v): skipping the schema validation", err)
	}
}

// run runs a command and returns its standard output, failing the test
// with its standard error when it fails.
func run(t *testing.T, dir string, name string, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, e.String())
	}
	return o.String(), e.String()
}

func TestGraphMLConsumers(t *testing.T) {
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			path := writeExport(t, export.GraphML, tc.sts, tc.opt)
			want := expect(t, tc.sts, tc.opt)
			t.Run("xmllint", func(t *testing.T) {
				needTool(t, "xmllint", "libxml2-utils")
				needSchemas(t)
				run(t, "", "xmllint", "--noout", "--schema", filepath.Join(schemasDir, "graphml/graphml.xsd"), path)
			})
			t.Run("networkx", func(t *testing.T) {
				py := networkxPython(t)
				out, _ := run(t, "", py, "-c", `
import json, sys, networkx
g = networkx.read_graphml(sys.argv[1])
labels = sorted(d["label"] for _, d in g.nodes(data=True))
aliases = [a for _, d in g.nodes(data=True) for a in d.get("aliases", "").split(" | ") if a]
sentences = [s for *_, d in g.edges(data=True) for s in d.get("sentences", "").split("\n") if s]
print(json.dumps({"Nodes": g.number_of_nodes(), "Edges": g.number_of_edges(), "Labels": labels,
                  "Aliases": aliases, "Sentences": sentences}))
`, path)
				want.compare(t, "networkx", decodeSeen(t, out), true)
			})
			t.Run("graphology-graphml", func(t *testing.T) {
				want.compare(t, "graphology-graphml", nodeCheck(t, "graphml", path), true)
			})
		})
	}
}

func TestGEXFConsumers(t *testing.T) {
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			path := writeExport(t, export.GEXF, tc.sts, tc.opt)
			want := expect(t, tc.sts, tc.opt)
			t.Run("xmllint", func(t *testing.T) {
				needTool(t, "xmllint", "libxml2-utils")
				needSchemas(t)
				// The official viz.xsd puts the viz elements in the wrong
				// namespace (../shared/schemas/README.md): validate a copy
				// without them; TestGEXFViz checks them.
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				stripped := filepath.Join(t.TempDir(), "noviz.gexf")
				if err := os.WriteFile(stripped, regexp.MustCompile(`<viz:[^>]*/>`).ReplaceAll(b, nil), 0o644); err != nil {
					t.Fatal(err)
				}
				run(t, "", "xmllint", "--noout", "--schema", filepath.Join(schemasDir, "gexf-1.3/gexf.xsd"), stripped)
			})
			t.Run("viz", func(t *testing.T) { checkGEXFViz(t, path, want.nodes, want.edges) })
			t.Run("graphology-gexf", func(t *testing.T) {
				want.compare(t, "graphology-gexf", nodeCheck(t, "gexf", path), false)
			})
		})
	}
}

// checkGEXFViz checks the viz elements the schema cannot: every node has
// a colour, a size and a position, every edge a colour and a thickness,
// all with values in range.
func checkGEXFViz(t *testing.T, path string, nodes, edges int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const vizNS = "http://gexf.net/1.3/viz"
	d := xml.NewDecoder(f)
	counts := map[string]int{}
	var parent string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Space != vizNS {
			if se.Name.Local == "node" || se.Name.Local == "edge" {
				parent = se.Name.Local
			}
			continue
		}
		attr := map[string]string{}
		for _, a := range se.Attr {
			attr[a.Name.Local] = a.Value
		}
		num := func(k string, lo, hi float64) {
			v, err := strconv.ParseFloat(attr[k], 64)
			if err != nil || v < lo || v > hi {
				t.Errorf("viz:%s %s=%q is not a number in [%v, %v]", se.Name.Local, k, attr[k], lo, hi)
			}
		}
		switch se.Name.Local {
		case "color":
			for _, k := range []string{"r", "g", "b"} {
				num(k, 0, 255)
				if strings.Contains(attr[k], ".") {
					t.Errorf("viz:color %s=%q is not an integer", k, attr[k])
				}
			}
		case "size", "thickness":
			num("value", 0, 1e9)
		case "position":
			num("x", -1e9, 1e9)
			num("y", -1e9, 1e9)
		case "shape":
			if !slices.Contains([]string{"solid", "dotted", "dashed", "double"}, attr["value"]) {
				t.Errorf("viz:shape %q", attr["value"])
			}
		default:
			t.Errorf("unexpected viz:%s", se.Name.Local)
		}
		counts[parent+" "+se.Name.Local]++
	}
	for k, want := range map[string]int{"node color": nodes, "node size": nodes, "node position": nodes, "edge color": edges, "edge thickness": edges} {
		if counts[k] != want {
			t.Errorf("%d %s elements, want %d", counts[k], k, want)
		}
	}
}

func TestDOTConsumer(t *testing.T) {
	needTool(t, "dot", "graphviz")
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			path := writeExport(t, export.DOT, tc.sts, tc.opt)
			want := expect(t, tc.sts, tc.opt)
			svg, stderr := run(t, "", "dot", "-Tsvg", path)
			if strings.TrimSpace(stderr) != "" {
				t.Errorf("dot warned:\n%s", stderr)
			}
			// Every node label is drawn as one SVG text.
			texts := map[string]bool{}
			d := xml.NewDecoder(strings.NewReader(svg))
			d.Strict = false // Graphviz's SVG has a DOCTYPE with entities
			inText := false
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("dot's SVG does not parse: %v", err)
				}
				switch tok := tok.(type) {
				case xml.StartElement:
					inText = tok.Name.Local == "text"
				case xml.CharData:
					if inText {
						texts[strings.TrimSpace(string(tok))] = true
					}
				case xml.EndElement:
					inText = false
				}
			}
			for _, l := range want.labels {
				if !texts[l] {
					t.Errorf("label %q is not drawn", l)
				}
			}
			if n := strings.Count(svg, `class="node"`); n != want.nodes {
				t.Errorf("%d nodes drawn, want %d", n, want.nodes)
			}
			if n := strings.Count(svg, `class="edge"`); n != want.edges {
				t.Errorf("%d edges drawn, want %d", n, want.edges)
			}
		})
	}
}

func TestJSONConsumers(t *testing.T) {
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			want := expect(t, tc.sts, tc.opt)
			t.Run("cytoscape", func(t *testing.T) {
				s := nodeCheck(t, "cytoscape", writeExport(t, export.Cytoscape, tc.sts, tc.opt))
				want.compare(t, "cytoscape", s, false)
				if s.InputNodes != want.nodes || s.Positioned != want.nodes {
					t.Errorf("cytoscape: %d nodes in the file, %d with a position, want %d", s.InputNodes, s.Positioned, want.nodes)
				}
			})
			t.Run("graphology", func(t *testing.T) {
				s := nodeCheck(t, "graphology", writeExport(t, export.Graphology, tc.sts, tc.opt))
				want.compare(t, "graphology", s, false)
				if s.Positioned != want.nodes {
					t.Errorf("graphology: %d nodes with numeric x and y, want %d (sigma needs them all)", s.Positioned, want.nodes)
				}
			})
		})
	}
}

func TestNQuadsConsumer(t *testing.T) {
	needTool(t, "rapper", "raptor2-utils")
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			path := writeExport(t, export.NQuads, tc.sts, tc.opt)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := bytes.Count(b, []byte("\n"))
			_, stderr := run(t, "", "rapper", "-i", "nquads", "-c", path)
			m := regexp.MustCompile(`returned (\d+) (triples|statements)`).FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("rapper said:\n%s", stderr)
			}
			if n, _ := strconv.Atoi(m[1]); n != lines {
				t.Errorf("rapper read %d quads of %d lines", n, lines)
			}
			if strings.Contains(stderr, "Error") || strings.Contains(stderr, "Warning") {
				t.Errorf("rapper complained:\n%s", stderr)
			}
		})
	}
}

// TestCSVTables checks the two tables the way Gephi's import reads them:
// headers it recognises, one row per node and per fact, edges that name
// existing nodes.
func TestCSVTables(t *testing.T) {
	for _, tc := range consumerCases() {
		t.Run(tc.name, func(t *testing.T) {
			files := exportFiles(t, export.CSV, tc.sts, tc.opt)
			want := expect(t, tc.sts, tc.opt)
			nodes := readCSV(t, files["-nodes.csv"])
			edges := readCSV(t, files["-edges.csv"])
			if h := nodes[0]; h[0] != "Id" || h[1] != "Label" {
				t.Errorf("nodes header %q", h)
			}
			if h := edges[0]; !slices.Equal(h[:6], []string{"Source", "Target", "Type", "Id", "Label", "Weight"}) {
				t.Errorf("edges header %q", h)
			}
			if len(nodes)-1 != want.nodes || len(edges)-1 != want.edges {
				t.Fatalf("%d node rows and %d edge rows, want %d and %d", len(nodes)-1, len(edges)-1, want.nodes, want.edges)
			}
			ids := map[string]bool{}
			var labels []string
			for _, r := range nodes[1:] {
				ids[r[0]] = true
				labels = append(labels, r[1])
			}
			slices.Sort(labels)
			if !slices.Equal(labels, want.labels) {
				t.Errorf("labels %q, want %q", labels, want.labels)
			}
			for _, r := range edges[1:] {
				if !ids[r[0]] || !ids[r[1]] {
					t.Errorf("edge %s names a missing node: %q", r[3], r)
				}
				if r[2] != "Directed" && r[2] != "Undirected" {
					t.Errorf("edge type %q", r[2])
				}
				if _, err := strconv.ParseFloat(r[5], 64); err != nil {
					t.Errorf("weight %q", r[5])
				}
			}
		})
	}
}

// networkxPython finds a python3 that imports networkx: Debian's first
// (python3-networkx), then whatever python3 is on PATH.
func networkxPython(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import networkx").Run() == nil {
			return py
		}
	}
	t.Skip("no python3 with networkx (Debian package python3-networkx; .ci/install.d/export.sh installs it): skipping")
	return ""
}

// nodeCheck runs testdata/node/check.js on a file and decodes its report.
func nodeCheck(t *testing.T, format, path string) seen {
	t.Helper()
	needTool(t, "node", "nodejs")
	if _, err := os.Stat("testdata/node/node_modules/graphology"); err != nil {
		t.Skip("the npm consumers are not installed in export/testdata/node (run .ci/install.d/export.sh, or npm ci there): skipping")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := run(t, "testdata/node", "node", "check.js", format, abs)
	return decodeSeen(t, out)
}

func decodeSeen(t *testing.T, out string) seen {
	t.Helper()
	var s seen
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("consumer report: %v: %s", err, out)
	}
	return s
}
