package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/kg-project/kg/schema"
)

// IRIs N-Quads uses beyond the graph model of package graph.
const (
	iriFact       = schema.Namespace + "fact"       // statement -> the fact it supports
	iriSymmetric  = schema.Namespace + "symmetric"  // fact -> true for symmetric predicates
	iriStatements = schema.Namespace + "statements" // fact -> number of statements
	iriDocuments  = schema.Namespace + "documents"  // fact -> number of documents
	iriSources    = schema.Namespace + "sources"    // fact -> number of independent sources
	iriFirst      = schema.Namespace + "first"      // fact -> earliest time
	iriLast       = schema.Namespace + "last"       // fact -> latest time
	typeFact      = "Fact"

	rdfsLabel  = "http://www.w3.org/2000/01/rdf-schema#label"
	xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"
	xsdDouble  = "http://www.w3.org/2001/XMLSchema#double"
	xsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean"
)

// FactIRI is the IRI of the fact node of f in g, as N-Quads writes it:
// kg:fact/ and 24 hex digits of a hash of subject, predicate, object and
// modality class.
func FactIRI(g *Graph, f *Fact) string {
	h := sha256.New()
	class := ""
	if !f.IsFact() {
		class = string(f.Modality)
	}
	for _, s := range []string{g.Nodes[f.Subject].IRI, string(f.Predicate), g.Nodes[f.Object].IRI, class} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return schema.Namespace + "fact/" + hex.EncodeToString(h.Sum(nil)[:12])
}

// quadWriter writes N-Quads lines.
type quadWriter struct{ w *bufio.Writer }

func (q quadWriter) start(s, p string) {
	nqIRI(q.w, s)
	q.w.WriteByte(' ')
	nqIRI(q.w, p)
	q.w.WriteByte(' ')
}

func (q quadWriter) end(graph string) {
	if graph != "" {
		q.w.WriteByte(' ')
		nqIRI(q.w, graph)
	}
	q.w.WriteString(" .\n")
}

func (q quadWriter) iri(s, p, o, graph string) {
	q.start(s, p)
	nqIRI(q.w, o)
	q.end(graph)
}

func (q quadWriter) str(s, p, o, graph string) {
	if o == "" {
		return
	}
	q.start(s, p)
	nqString(q.w, o)
	q.end(graph)
}

func (q quadWriter) typed(s, p, o, datatype, graph string) {
	q.start(s, p)
	nqString(q.w, o)
	q.w.WriteString("^^")
	nqIRI(q.w, datatype)
	q.end(graph)
}

// writeNQuads writes, in the default graph, every entity (kg:name,
// rdfs:label, kg:type, kg:alias, kg:iso, kg:qid), every fact as the plain
// edge of the graph model (facts only) and as a kg:fact/... node with its
// counts, first and last time and best confidence; then, reading src
// again, every statement of those facts as the reified node of the graph
// model, linked to its fact by kg:fact, with its document's node, all in
// the named graph of its document.
func writeNQuads(w *bufio.Writer, g *Graph, src Source) error {
	q := quadWriter{w}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		q.str(n.IRI, schema.IRIName, n.Label, "")
		q.str(n.IRI, rdfsLabel, n.Label, "")
		q.str(n.IRI, schema.IRIType, string(n.Type), "")
		for _, a := range n.Aliases {
			q.str(n.IRI, schema.IRIAlias, a, "")
		}
		q.str(n.IRI, schema.IRIISO, n.ISO, "")
		q.str(n.IRI, schema.IRIQID, n.QID, "")
	}
	factIRIs := make([]string, len(g.Facts))
	for i := range g.Facts {
		f := &g.Facts[i]
		s, o := g.Nodes[f.Subject].IRI, g.Nodes[f.Object].IRI
		if f.IsFact() {
			q.iri(s, f.Predicate.IRI(), o, "")
		}
		id := FactIRI(g, f)
		factIRIs[i] = id
		q.str(id, schema.IRIType, typeFact, "")
		q.iri(id, schema.IRISubject, s, "")
		q.str(id, schema.IRIPredicate, string(f.Predicate), "")
		q.iri(id, schema.IRIObject, o, "")
		q.str(id, schema.IRIModality, string(f.Modality), "")
		if !f.Directed {
			q.typed(id, iriSymmetric, "true", xsdBoolean, "")
		}
		q.typed(id, iriStatements, strconv.Itoa(f.Statements), xsdInteger, "")
		q.typed(id, iriDocuments, strconv.Itoa(f.Documents), xsdInteger, "")
		q.typed(id, iriSources, strconv.Itoa(f.Sources), xsdInteger, "")
		q.str(id, iriFirst, f.First, "")
		q.str(id, iriLast, f.Last, "")
		q.typed(id, schema.IRIConfidence, formatFloat(f.Confidence), xsdDouble, "")
	}
	if src == nil {
		return nil
	}
	lastDoc := ""
	return src(func(st schema.Statement) error {
		fi, ok := g.factOf(&st)
		if !ok {
			return nil
		}
		doc := st.Doc.IRI()
		if doc != lastDoc {
			lastDoc = doc
			q.str(doc, schema.IRIType, schema.TypeDocument, doc)
			q.str(doc, schema.IRISource, st.Doc.Source, doc)
			for _, a := range st.Doc.AlsoAt {
				q.str(doc, schema.IRIAlsoAt, a, doc)
			}
			q.str(doc, schema.IRITitle, st.Doc.Title, doc)
			q.str(doc, schema.IRIURL, st.Doc.URL, doc)
			q.str(doc, schema.IRIPublisher, st.Doc.Publisher, doc)
			q.str(doc, schema.IRIPublished, st.Doc.Published, doc)
			q.str(doc, schema.IRIHash, st.Doc.Hash, doc)
		}
		id := schema.StatementIRI(st.ID())
		q.str(id, schema.IRIType, schema.TypeStatement, doc)
		q.iri(id, iriFact, factIRIs[fi], doc)
		q.iri(id, schema.IRISubject, st.Subject.IRI(), doc)
		q.str(id, schema.IRIPredicate, string(st.Predicate), doc)
		q.iri(id, schema.IRIObject, st.Object.IRI(), doc)
		q.str(id, schema.IRIModality, string(st.Modality), doc)
		q.str(id, schema.IRITime, st.Time, doc)
		q.str(id, schema.IRIRole, st.Role, doc)
		q.str(id, schema.IRICommodity, st.Commodity, doc)
		q.typed(id, schema.IRIConfidence, formatFloat(st.Confidence), xsdDouble, doc)
		q.str(id, schema.IRIRule, st.Rule, doc)
		q.str(id, schema.IRISentence, st.Sentence, doc)
		q.typed(id, schema.IRIStart, strconv.Itoa(st.Start), xsdInteger, doc)
		q.typed(id, schema.IRIEnd, strconv.Itoa(st.End), xsdInteger, doc)
		q.iri(id, schema.IRIDocument, doc, doc)
		return nil
	})
}
