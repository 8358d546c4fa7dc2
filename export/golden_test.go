package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

// goldenCases are the exports checked byte for byte against
// testdata/golden; go test ./export -run Golden -update rewrites them.
var goldenCases = []struct {
	name   string
	format export.Format
	opt    export.Options
}{
	{"facts", export.GraphML, export.Options{}},
	{"facts", export.GEXF, export.Options{}},
	{"facts", export.DOT, export.Options{}},
	{"facts", export.Cytoscape, export.Options{}},
	{"facts", export.Graphology, export.Options{}},
	{"facts", export.CSV, export.Options{}},
	{"facts", export.NQuads, export.Options{}},
	{"facts", export.JSONLines, export.Options{}},
	{"all", export.GraphML, export.Options{All: true}},
	{"all", export.GEXF, export.Options{All: true}},
	{"all", export.DOT, export.Options{All: true}},
	{"all", export.Cytoscape, export.Options{All: true}},
	{"all", export.Graphology, export.Options{All: true}},
	{"all", export.CSV, export.Options{All: true}},
	{"all", export.NQuads, export.Options{All: true}},
	{"seed", export.DOT, export.Options{Seeds: []string{"aliyev"}, Depth: 1, MaxSentences: 1}},
	{"filtered", export.JSONLines, export.Options{Since: "2025-04", MinConfidence: 0.75}},
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name+"."+string(tc.format), func(t *testing.T) {
			for name, got := range exportFiles(t, tc.format, fixture(), tc.opt) {
				golden(t, filepath.Join("testdata", "golden", tc.name+name), got)
			}
		})
	}
}

// exportFiles exports sts in format f and returns the output by file
// name ending: the format's extension, or "-nodes.csv" and "-edges.csv".
func exportFiles(t testing.TB, f export.Format, sts []schema.Statement, opt export.Options) map[string][]byte {
	t.Helper()
	if f == export.CSV {
		g, err := export.Build(source(sts), opt)
		if err != nil {
			t.Fatal(err)
		}
		var nodes, edges bytes.Buffer
		if err := export.WriteCSV(&nodes, &edges, g); err != nil {
			t.Fatal(err)
		}
		return map[string][]byte{"-nodes.csv": nodes.Bytes(), "-edges.csv": edges.Bytes()}
	}
	var buf bytes.Buffer
	if _, err := export.Export(&buf, f, source(sts), opt); err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{f.Ext(): buf.Bytes()}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update to accept it):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + string(w) + "\ngot  " + string(g)
		}
	}
	return "(no line differs)"
}
