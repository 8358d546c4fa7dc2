// Package graph stores kg's knowledge graph in Cayley and reads it back. It is
// the only package of kg that imports Cayley's graph packages; its API speaks
// the schema package's types and never exposes a Cayley type.
//
// # Stores
//
// Open takes an address:
//
//	/path/to/kg.db            a bolt store in that directory (file indexes.bolt),
//	                          created and initialised when missing
//	memory                    an in-memory store (tests)
//	postgres://... postgresql://...
//	                          Cayley's SQL backend on PostgreSQL, initialised when new
//
// A bolt store is one file with one writer at a time. A second process that
// opens it waits Options.LockTimeout (5s by default) and then fails with an
// error wrapping ErrLocked that names the process holding it: the writer
// writes its pid and command line to the file "writer.pid" in the store
// directory and removes it on Close. Read-only opens share the lock with each
// other but not with a writer. Bloom filters are off ("no_bloom"): they cost
// hundreds of megabytes of heap for little gain at kg's scale. A bolt store
// maps 64 GiB of address space (not memory) when it opens, so that writes
// never remap the file under a running query (bolt deadlocks otherwise).
//
// Bolt stores cannot be tested under -race: boltdb/bolt v1.3.1, which Cayley
// uses, fails Go's checkptr instrumentation.
//
// # The graph model
//
// All IRIs are the constants of package schema (schema.IRIName, ...); node
// IRIs are written here without Cayley's angle brackets. Literals are Cayley
// string literals unless marked int or float.
//
// An entity is the node schema.EntityIRI(type, name), e.g.
// kg:person/ilham_aliyev:
//
//	<entity> kg:name  "Ilham Aliyev"          canonical name, exactly one
//	<entity> kg:type  "Person"                its schema.EntityType
//	<entity> kg:alias "Aliyev"                one quad per alias
//	<entity> kg:iso   "AZ"                    ISO 3166-1 alpha-2, countries, when known
//	<entity> kg:qid   "Q9128"                 Wikidata QID, when known
//
// Entity quads have no label: an entity is shared by every document that
// mentions it. Aliases accumulate over all documents written. When two
// entities of one type have names that share an IRI (schema.Slug folds
// "U.S." and "US" together) the name written first stays kg:name and the
// other becomes a kg:alias.
//
// A document is the node schema.DocumentIRI(hash), e.g. kg:doc/<sha256>:
//
//	<doc> kg:type      "Document"
//	<doc> kg:source    "corpus/seeds/002.txt"   path or URL as given to ingest
//	<doc> kg:title     "..."                    omitted when empty
//	<doc> kg:url       "..."                    omitted when empty
//	<doc> kg:publisher "..."                    omitted when empty
//	<doc> kg:published "2025-08-02"             omitted when empty
//	<doc> kg:hash      "<sha256>"
//	<doc> kg:origin    "12e5946eb1387006"        the report it carries; omitted when not grouped
//	<doc> kg:sketch    "s1;..."                  near-duplicate sketch (package ingest); omitted when empty
//	<doc> kg:also_at   "reuters-99"             another source the same text was ingested under (Batch.Copy); one per source
//
// The document text itself is not stored (statements keep their sentence).
//
// A document's origin (schema.Document.Origin) names the report it carries:
// documents that copy, rewrite or credit one report share it, so a fact's
// independent sources are the distinct origins of its statements'
// documents (schema.OriginOf; a document without one is its own origin).
// Ingest groups documents and writes the sketch it needs to group later
// ones (Batch.Sketch); Origins reads every document's origin and sketch
// back, and SetOrigins renames the origins of stored documents when a new
// document links two groups.
//
// A statement is reified as the node schema.StatementIRI(st.ID()), e.g.
// kg:stmt/0123456789abcdef01234567:
//
//	<stmt> kg:type       "Statement"
//	<stmt> kg:subject    <entity>
//	<stmt> kg:predicate  "met_with"             the schema.Predicate
//	<stmt> kg:object     <entity>
//	<stmt> kg:modality   "asserted"             the schema.Modality
//	<stmt> kg:time       "2025-03"              omitted when empty
//	<stmt> kg:role       "president"            omitted when empty
//	<stmt> kg:commodity  "oil"                  omitted when empty
//	<stmt> kg:confidence 0.9                    float
//	<stmt> kg:rule       "visit-to-meet"        omitted when empty
//	<stmt> kg:sentence   "..."                  omitted when empty
//	<stmt> kg:start      1234                   int, byte offset in the cleaned text
//	<stmt> kg:end        1390                   int
//	<stmt> kg:document   <doc>
//
// For an asserted or reported statement (schema.Modality.IsFact) there is also
// the plain edge
//
//	<subject entity> kg:met_with <object entity>
//
// with the predicate IRI schema.Predicate.IRI(), so that traversals are one
// hop. Hedged, planned and negated statements never get one. A symmetric
// predicate's plain edge is written once, in the direction the statement has:
// traverse it with Both.
//
// Labels: every document, statement and plain-edge quad carries the label
// <doc> of the document it came from (so Gizmo's LabelContext("<kg:doc/...>")
// restricts a traversal to one document); entity quads carry none. Nothing in
// this package depends on labels for correctness: some Cayley backends (mysql,
// cockroach) keep only one quad per subject, predicate and object. Which
// documents support a plain edge is always computed from the statement
// nodes.
//
// A statement costs 9 to 14 quads for its node (11 or 12 as kg's extractor
// fills it) plus one for a plain edge; a document 2 to 9; an entity 2 plus one
// per alias and identifier, written once.
//
// # Writes
//
// WriteDocument and WriteBatch write whole documents, each call in one Cayley
// transaction (one ApplyDeltas ignoring duplicates), so a crash never leaves
// half a document. On bolt, transactions of 10,000 to 30,000 quads (say 100
// documents of 10 statements, or 250 of 3) write fastest, about 60,000 quads
// per CPU second; much smaller ones pay a commit each, much larger ones get
// slower per quad. A document whose hash is stored already is skipped:
// writing the same text twice changes nothing. RemoveDocument removes a
// document, its statements and plain edges, and the entities no remaining
// statement mentions, in one transaction; a plain edge another document
// still supports stays.
//
// On PostgreSQL WriteBatch does not go through Cayley's writer, which sends
// one INSERT per node and one per quad, each a round trip; it asks which
// documents are stored and what the batch's entities are called in one query
// each, then writes nodes and quads in one transaction with a few INSERT
// ... SELECT FROM unnest(arrays) statements of up to 16,384 rows
// (postgres.go). The rows are the ones Cayley writes, reference counts
// included, so Cayley reads and removes them as its own. Ingesting the
// Reuters corpus this way takes half to a third of the time it took through
// Cayley's writer, and under a third of kg's CPU; what is left is mostly
// PostgreSQL maintaining Cayley's seven indexes and four foreign keys per
// quad. HasDocument and HasDocuments are one query each. Opening a
// PostgreSQL store, and writing to it, also has PostgreSQL gather statistics
// on Cayley's tables when it has none or they have grown fourfold: Cayley's
// optimizer can divide by zero without them (see pgStore.analyze).
//
// SetOrigins adds the new origins in one transaction and removes the old
// ones in a second (Cayley's kv stores cannot remove and add quads on the
// same nodes in one): an interruption in between leaves a document with two
// origins, and every reader takes the least.
//
// # Gizmo
//
// Store.Gizmo runs a Gizmo program (ES5 JavaScript: no arrow functions, let or
// const) in a fresh session. Results are maps from tag to value: IRIs as bare
// strings without angle brackets ("kg:person/ilham_aliyev"), string literals
// as Go strings, ints as int64, floats as float64, booleans as bool. Node IRIs
// are written in programs as "<kg:person/ilham_aliyev>" or
// iri("kg:person/ilham_aliyev"); a plain "met_with" is a string literal.
package graph
