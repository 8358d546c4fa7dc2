// Package export writes kg's statements in the formats researchers open in
// their tools: GraphML (Gephi, Cytoscape, yEd, networkx), GEXF 1.3 (Gephi,
// with a timeline), DOT (Graphviz), Cytoscape.js JSON, graphology JSON
// (sigma.js), Gephi's CSV node and edge tables, N-Quads (RDF) and the JSON
// lines statements contract.
//
// Writers see statements, never the store: cmd/kg reads the graph and
// passes a Source, a function that streams statements.
//
// # From statements to a graph
//
// An Aggregator (or Build, which feeds one from a Source) folds statements
// into facts and nodes:
//
//   - A fact is one subject, predicate and object, with one edge in every
//     graph format. A symmetric predicate (met_with, borders, ...) gives one
//     undirected fact whichever way the statements put it. It counts its
//     statements, documents and independent sources (Options.Origin), and
//     keeps the earliest and latest time, the periods it was seen in, the
//     best confidence, the strongest modality (asserted over reported) and up
//     to Options.MaxSentences sentences as evidence.
//   - By default only facts count: asserted and reported statements. With
//     Options.All, hedged, planned and negated statements become edges of
//     their own, one per modality, marked with it (Fact.IsFact is false).
//   - A node is an entity that a kept fact names: its canonical name as the
//     label, type, aliases, ISO code and Wikidata QID where the statements
//     carry them, degree (facts it is an end of) and mentions (statements
//     that name it), a colour by type, a size by degree and a position from
//     a small deterministic layout.
//
// A statement's time is its own time (an ISO 8601 prefix: "2025",
// "2025-03", "198" for the 1980s) or, when the sentence gives none, its
// document's publication date. Since and Until compare these as periods:
// "2025" overlaps Since "2025-03".
//
// Memory is bounded by the number of distinct facts, not of statements:
// each fact keeps counters, at most MaxSentences sentences and at most 16
// periods. Documents and sources are counted exactly up to 64 and estimated
// beyond (a HyperLogLog sketch of 1 KiB, standard error 3.3%).
//
// # Filters
//
// Statement filters (Predicates, Types, Since, Until, MinConfidence and the
// modality) drop statements before they are folded. MinSources drops facts.
// Seeds and Depth keep the neighbourhood of the seed entities; MaxNodes then
// keeps the highest-degree nodes (seeds first). Nodes left without a fact
// are dropped, except seeds.
//
// # Formats
//
// Every graph format names nodes "n0", "n1", ... and edges "e0", "e1", ...
// (valid XML NMTOKENs, one namespace for Cytoscape) and carries the entity
// IRI in an attribute. Writers write incrementally to a buffered writer and
// clean every string: invalid UTF-8 becomes U+FFFD, characters XML 1.0
// forbids and other control characters except tab and newline are dropped,
// and each format escapes what it must. Formats that list statements
// (N-Quads and JSON lines) read the Source a second time.
//
// CSV is two tables, nodes and edges (Gephi's spreadsheet import): WriteCSV
// takes a writer for each. JSON lines is the statements contract of
// DESIGN.md, byte for byte what JSONL writes; it always includes every
// modality.
package export
