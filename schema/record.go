package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Entity is a node of the graph: a person, country, organization, place,
// agreement or facility, known by one canonical name.
type Entity struct {
	Name    string     // canonical name
	Type    EntityType //
	Aliases []string   // other names seen or known, without Name
	ISO     string     // ISO 3166-1 alpha-2 code of a country, if known
	QID     string     // Wikidata QID, if known
	// Node is the entity's node IRI when it is not EntityIRI(Type, Name):
	// an export that prints the entity under another of its names
	// (export.WrittenNames) keeps the stored node here.
	Node string
}

// IRI is the entity's node IRI.
func (e Entity) IRI() string {
	if e.Node != "" {
		return e.Node
	}
	return EntityIRI(e.Type, e.Name)
}

// Document is one ingested text with its metadata.
type Document struct {
	Source    string // path or URL as given to ingest, or the JSONL record's id
	Title     string
	URL       string
	Publisher string
	Published string // ISO 8601 date prefix, "" when unknown
	Text      string // cleaned main text; offsets of statements index it
	Hash      string // hex SHA-256 of Text: the document's identity
	Origin    string // the report it carries, shared by its copies and rewrites (see OriginOf); "" when ungrouped
	// AlsoAt lists the other sources the same text was ingested under (a
	// JSONL corpus that holds one story under two ids, a page saved twice),
	// sorted; Source is the first one stored.
	AlsoAt []string
}

// ContentHash returns the identity hash of a cleaned text.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// IRI is the document's node IRI, derived from its content hash.
func (d Document) IRI() string { return DocumentIRI(d.Hash) }

// Statement is one claim a document makes about two entities, with its
// provenance and qualifiers.
type Statement struct {
	Subject    Entity
	Predicate  Predicate
	Object     Entity
	Modality   Modality
	Time       string  // ISO 8601 prefix ("2025", "2025-03", "198" for a decade), "" when unknown
	Role       string  // for head_of and works_for: "president", "special envoy"
	Commodity  string  // for imports_from
	Confidence float64 // in [0, 1]
	Rule       string  // the extractor rule that produced it
	Sentence   string  // the sentence text
	Start, End int     // byte offsets of the sentence in the document's Text
	Doc        Document
}

// ID is a stable identity for the statement within its document.
func (s Statement) ID() string {
	h := sha256.New()
	for _, f := range []string{s.Doc.Hash, s.Subject.IRI(), string(s.Predicate), s.Object.IRI(),
		string(s.Modality), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Rule} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Record is one line of the statements contract (`kg export --format
// jsonl`), the format the evaluation tools read.
type Record struct {
	Subject     string  `json:"subject"`
	SubjectType string  `json:"subject_type"`
	Predicate   string  `json:"predicate"`
	Object      string  `json:"object"`
	ObjectType  string  `json:"object_type"`
	Modality    string  `json:"modality"`
	Time        string  `json:"time"`
	Role        string  `json:"role"`
	Commodity   string  `json:"commodity,omitempty"`
	Confidence  float64 `json:"confidence"`
	Source      string  `json:"source"`
	Title       string  `json:"title"`
	Published   string  `json:"published"`
	Sentence    string  `json:"sentence"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Rule        string  `json:"rule"`
}

// Record returns the contract form of s.
func (s Statement) Record() Record {
	return Record{
		Subject: s.Subject.Name, SubjectType: string(s.Subject.Type),
		Predicate: string(s.Predicate),
		Object:    s.Object.Name, ObjectType: string(s.Object.Type),
		Modality: string(s.Modality), Time: s.Time, Role: s.Role, Commodity: s.Commodity,
		Confidence: s.Confidence, Source: s.Doc.Source, Title: s.Doc.Title,
		Published: s.Doc.Published, Sentence: s.Sentence, Start: s.Start, End: s.End,
		Rule: s.Rule,
	}
}
