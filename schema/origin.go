package schema

// IRIs of claims analysis: which report a document carries.
const (
	// IRIOrigin links a document to its origin, a string literal shared by
	// every document that carries the same report (copies, rewrites and
	// pages that credit it). Documents without one are their own origin.
	IRIOrigin = "kg:origin"
	// IRISketch holds the near-duplicate sketch ingest keeps for a
	// document, so that later runs can group new documents with it. Its
	// format belongs to package ingest.
	IRISketch = "kg:sketch"
)

// OriginOf names the independent source behind a statement: its document's
// Origin, or the document itself (its node IRI, or its source when it has
// no hash) for documents written before origins were grouped. Two
// statements with the same OriginOf are not independent evidence; counting
// the distinct OriginOf values of a fact's statements counts its
// independent sources.
func OriginOf(st Statement) string { return DocumentOrigin(st.Doc) }

// DocumentOrigin is OriginOf for a document.
func DocumentOrigin(d Document) string {
	switch {
	case d.Origin != "":
		return d.Origin
	case d.Hash != "":
		return DocumentIRI(d.Hash)
	}
	return "source:" + d.Source
}
