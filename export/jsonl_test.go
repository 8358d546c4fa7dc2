package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kg-project/kg/export"
	"github.com/kg-project/kg/schema"
)

func TestJSONLContract(t *testing.T) {
	doc := schema.Document{Source: "corpus/a.txt", Title: "T <&>", Published: "2025-08-02", Hash: "ab"}
	st := schema.Statement{
		Subject:   schema.Entity{Name: "Steve Witkoff", Type: schema.Person},
		Predicate: schema.MetWith,
		Object:    schema.Entity{Name: "Ilham Aliyev", Type: schema.Person},
		Modality:  schema.Asserted, Time: "2025-03", Confidence: 0.9,
		Sentence: "Witkoff met Aliyev in March.", Start: 10, End: 38, Rule: "verb:met", Doc: doc,
	}
	var buf bytes.Buffer
	w := export.NewJSONL(&buf)
	if err := w.Write(st); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(buf.String())
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatal(err)
	}
	want := map[string]interface{}{
		"subject": "Steve Witkoff", "subject_type": "Person", "predicate": "met_with",
		"object": "Ilham Aliyev", "object_type": "Person", "modality": "asserted",
		"time": "2025-03", "role": "", "confidence": 0.9, "source": "corpus/a.txt",
		"title": "T <&>", "published": "2025-08-02", "sentence": "Witkoff met Aliyev in March.",
		"start": 10.0, "end": 38.0, "rule": "verb:met",
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %#v, want %#v", k, m[k], v)
		}
	}
	if len(m) != len(want) {
		t.Errorf("got %d fields, want %d: %s", len(m), len(want), line)
	}
	if w.Count() != 1 {
		t.Errorf("Count = %d", w.Count())
	}
}
