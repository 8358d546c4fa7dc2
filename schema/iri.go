package schema

import (
	"strings"
	"unicode"
)

// IRIs of the graph model. Every node and edge kg writes uses one of these;
// saved queries name them as "<kg:...>".
const (
	// Namespace prefixes every IRI kg writes.
	Namespace = "kg:"

	// Node attributes.
	IRIName  = "kg:name"
	IRIType  = "kg:type"
	IRIAlias = "kg:alias"
	IRIISO   = "kg:iso"
	IRIQID   = "kg:qid"

	// Document attributes.
	IRISource      = "kg:source"
	IRITitle       = "kg:title"
	IRIPublisher   = "kg:publisher"
	IRIPublished   = "kg:published"
	IRIHash        = "kg:hash"
	IRIURL         = "kg:url"
	IRIDuplicateOf = "kg:duplicate_of"
	IRIAlsoAt      = "kg:also_at" // another source the same text was ingested under

	// Statement attributes.
	IRISubject    = "kg:subject"
	IRIPredicate  = "kg:predicate"
	IRIObject     = "kg:object"
	IRIModality   = "kg:modality"
	IRITime       = "kg:time"
	IRIRole       = "kg:role"
	IRICommodity  = "kg:commodity"
	IRIConfidence = "kg:confidence"
	IRIRule       = "kg:rule"
	IRISentence   = "kg:sentence"
	IRIStart      = "kg:start"
	IRIEnd        = "kg:end"
	IRIDocument   = "kg:document"

	// Type values (objects of kg:type) for the non-entity nodes.
	TypeDocument  = "Document"
	TypeStatement = "Statement"
)

// IRI is the graph IRI of the plain edge for p, such as "kg:met_with".
func (p Predicate) IRI() string { return Namespace + string(p) }

// PredicateFromIRI is the inverse of Predicate.IRI.
func PredicateFromIRI(iri string) (Predicate, bool) {
	p := Predicate(strings.TrimPrefix(iri, Namespace))
	return p, strings.HasPrefix(iri, Namespace) && p.Valid()
}

// EntityIRI is the IRI of the entity of type t with canonical name name:
// "kg:country/azerbaijan", "kg:person/ilham_aliyev". Two mentions with the
// same type and canonical name are the same node.
func EntityIRI(t EntityType, name string) string {
	return Namespace + strings.ToLower(string(t)) + "/" + Slug(name)
}

// DocumentIRI is the IRI of a document with the given content hash.
func DocumentIRI(hash string) string { return Namespace + "doc/" + hash }

// StatementIRI is the IRI of the statement with the given id.
func StatementIRI(id string) string { return Namespace + "stmt/" + id }

// Slug lowercases name and keeps letters and digits, joining the rest with
// single underscores. Non-ASCII letters are kept as they are (IRIs allow
// them); characters IRIs forbid never survive.
func Slug(name string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}
