// Package schema is kg's vocabulary: entity types, predicates, modalities,
// the IRIs they map to in the graph, and the domain records (Entity,
// Document, Statement) that flow from ingest to graph to queries and
// exports. It is the code form of SCHEMA.md and does no I/O.
//
// Names are parsed once at the edge (flags, HTTP, NLP output) with
// ParsePredicate, ParseType and ParseModality; everything inside kg passes
// the typed values.
package schema

import (
	"fmt"
	"sort"
	"strings"
)

// EntityType is the type of an entity node.
type EntityType string

// Entity types of SCHEMA.md.
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	Organization EntityType = "Organization"
	City         EntityType = "City"
	Region       EntityType = "Region"
	Agreement    EntityType = "Agreement"
	Facility     EntityType = "Facility"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Country, Organization, City, Region, Agreement, Facility}

// ParseType returns the EntityType named s (case-insensitive).
func ParseType(s string) (EntityType, error) {
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), strings.TrimSpace(s)) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown entity type %q (want one of %s)", s, joinTypes())
}

func joinTypes() string {
	var b []string
	for _, t := range EntityTypes {
		b = append(b, string(t))
	}
	return strings.Join(b, ", ")
}

// IsPlace reports whether t is a geographic type (Country, City, Region).
func (t EntityType) IsPlace() bool { return t == Country || t == City || t == Region }

// IsActor reports whether t can act politically (Person, Country, Organization).
func (t EntityType) IsActor() bool { return t == Person || t == Country || t == Organization }

// Modality is how a source holds a claim.
type Modality string

// Modalities of SCHEMA.md.
const (
	Asserted Modality = "asserted"
	Reported Modality = "reported"
	Hedged   Modality = "hedged"
	Planned  Modality = "planned"
	Negated  Modality = "negated"
)

// Modalities lists every modality in a stable order.
var Modalities = []Modality{Asserted, Reported, Hedged, Planned, Negated}

// IsFact reports whether statements of this modality become plain edges
// between entities (asserted and reported do; hedged, planned and negated
// never do).
func (m Modality) IsFact() bool { return m == Asserted || m == Reported }

// ParseModality returns the Modality named s (case-insensitive).
func ParseModality(s string) (Modality, error) {
	for _, m := range Modalities {
		if strings.EqualFold(string(m), strings.TrimSpace(s)) {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown modality %q (want asserted, reported, hedged, planned or negated)", s)
}

// Predicate is a relation between two entities.
type Predicate string

// Predicates of SCHEMA.md.
const (
	HeadOf                  Predicate = "head_of"
	WorksFor                Predicate = "works_for"
	MemberOf                Predicate = "member_of"
	CitizenOf               Predicate = "citizen_of"
	LivesIn                 Predicate = "lives_in"
	BasedIn                 Predicate = "based_in"
	LocatedIn               Predicate = "located_in"
	CapitalOf               Predicate = "capital_of"
	Borders                 Predicate = "borders"
	MetWith                 Predicate = "met_with"
	Visited                 Predicate = "visited"
	NegotiatingWith         Predicate = "negotiating_with"
	Contacted               Predicate = "contacted"
	Brokered                Predicate = "brokered"
	PartyTo                 Predicate = "party_to"
	SignedAgreementWith     Predicate = "signed_agreement_with"
	CandidateFor            Predicate = "candidate_for"
	NormalizedRelationsWith Predicate = "normalized_relations_with"
	DiplomaticRelationsWith Predicate = "diplomatic_relations_with"
	AlliedWith              Predicate = "allied_with"
	Recognizes              Predicate = "recognizes"
	Supported               Predicate = "supported"
	Criticized              Predicate = "criticized"
	Threatened              Predicate = "threatened"
	Sanctioned              Predicate = "sanctioned"
	InConflictWith          Predicate = "in_conflict_with"
	Attacked                Predicate = "attacked"
	Killed                  Predicate = "killed"
	TookControlOf           Predicate = "took_control_of"
	Blockaded               Predicate = "blockaded"
	SecededFrom             Predicate = "seceded_from"
	GainedIndependenceFrom  Predicate = "gained_independence_from"
	ImportsFrom             Predicate = "imports_from"
	TradesWith              Predicate = "trades_with"
)

// PredicateInfo describes a predicate: its direction, its meaning and the
// entity types it accepts.
type PredicateInfo struct {
	Name      Predicate
	Symmetric bool
	Meaning   string
	CAMEO     string
	// Subjects and Objects list the accepted types; nil accepts any type.
	Subjects []EntityType
	Objects  []EntityType
}

var (
	actors = []EntityType{Person, Country, Organization}
	places = []EntityType{Country, City, Region}
)

var predicates = []PredicateInfo{
	{HeadOf, false, "leads it (role as a qualifier)", "", []EntityType{Person}, []EntityType{Country, Organization}},
	{WorksFor, false, "holds a post for it or serves that person (role as a qualifier)", "", []EntityType{Person}, actors},
	{MemberOf, false, "belongs to a party, alliance, bloc, body or group", "", actors, []EntityType{Organization}},
	{CitizenOf, false, "nationality", "", []EntityType{Person}, []EntityType{Country}},
	{LivesIn, false, "residence", "", []EntityType{Person}, places},
	{BasedIn, false, "seat or location of an organization", "", []EntityType{Organization, Facility}, places},
	{LocatedIn, false, "geographic containment", "", []EntityType{City, Region, Country, Facility}, places},
	{CapitalOf, false, "capital", "", []EntityType{City}, []EntityType{Country, Region}},
	{Borders, true, "shares a border", "", []EntityType{Country, Region}, []EntityType{Country, Region}},
	{MetWith, true, "met, held talks in person", "040", actors, actors},
	{Visited, false, "travelled to, visited", "042", []EntityType{Person, Organization}, places},
	{NegotiatingWith, true, "in talks, discussions, negotiations", "046", actors, actors},
	{Contacted, false, "reached out to, called, contacted", "040", actors, actors},
	{Brokered, false, "mediated, brokered", "045", actors, []EntityType{Agreement}},
	{PartyTo, false, "signed, joined, is a party to", "057", []EntityType{Country, Organization}, []EntityType{Agreement}},
	{SignedAgreementWith, true, "concluded a deal, treaty or agreement together", "057", actors, actors},
	{CandidateFor, false, "considered for, invited to, seeking to join", "036", []EntityType{Country, Organization}, []EntityType{Agreement, Organization}},
	{NormalizedRelationsWith, true, "normalized or restored relations", "054", actors, actors},
	{DiplomaticRelationsWith, true, "has formal diplomatic relations", "", actors, actors},
	{AlliedWith, true, "close ties, ally, partner", "", actors, actors},
	// a breakaway region is recognized too ("Russia recognized Abkhazia")
	{Recognizes, false, "diplomatic recognition", "054", []EntityType{Country}, []EntityType{Country, Region}},
	{Supported, false, "political, material or military support, aid", "05", nil, nil},
	{Criticized, false, "accused, condemned, criticized, rejected claims of", "11", actors, nil},
	{Threatened, false, "threatened", "13", actors, nil},
	{Sanctioned, false, "imposed sanctions, tariffs, embargo", "163", actors, actors},
	{InConflictWith, true, "war, armed conflict, long-running dispute", "19", nil, nil},
	{Attacked, false, "attacked, struck, bombed, shot down", "18", nil, nil},
	// states kill too ("Israel killed Hezbollah's leader in a strike")
	{Killed, false, "killed", "18", []EntityType{Person, Organization, Country}, []EntityType{Person}},
	{TookControlOf, false, "seized, retook, occupied, captured", "192", []EntityType{Country, Organization}, []EntityType{Region, City, Facility}},
	{Blockaded, false, "imposed a blockade", "191", nil, nil},
	{SecededFrom, false, "broke away from", "", []EntityType{Region, Country}, []EntityType{Country}},
	{GainedIndependenceFrom, false, "gained independence", "", []EntityType{Country}, []EntityType{Country}},
	{ImportsFrom, false, "buys goods from (commodity as a qualifier)", "061", []EntityType{Country}, []EntityType{Country}},
	{TradesWith, true, "trade in general", "061", []EntityType{Country, Organization}, []EntityType{Country, Organization}},
}

var byName = func() map[Predicate]*PredicateInfo {
	m := make(map[Predicate]*PredicateInfo, len(predicates))
	for i := range predicates {
		m[predicates[i].Name] = &predicates[i]
	}
	return m
}()

// Predicates returns every predicate in SCHEMA.md order.
func Predicates() []PredicateInfo { return append([]PredicateInfo(nil), predicates...) }

// Info returns the description of p, or false if p is not a known predicate.
func (p Predicate) Info() (PredicateInfo, bool) {
	i, ok := byName[p]
	if !ok {
		return PredicateInfo{}, false
	}
	return *i, true
}

// Valid reports whether p is a predicate of the schema.
func (p Predicate) Valid() bool { _, ok := byName[p]; return ok }

// Symmetric reports whether "a p b" and "b p a" are the same fact.
func (p Predicate) Symmetric() bool {
	i, ok := byName[p]
	return ok && i.Symmetric
}

// Accepts reports whether the predicate's domain and range admit the types.
func (p Predicate) Accepts(subj, obj EntityType) bool {
	i, ok := byName[p]
	if !ok {
		return false
	}
	return in(i.Subjects, subj) && in(i.Objects, obj)
}

func in(ts []EntityType, t EntityType) bool {
	if ts == nil {
		return true
	}
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// ParsePredicate returns the predicate named s (case-insensitive, spaces
// and dashes read as underscores).
func ParsePredicate(s string) (Predicate, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	n = strings.NewReplacer(" ", "_", "-", "_").Replace(n)
	if p := Predicate(n); p.Valid() {
		return p, nil
	}
	names := make([]string, 0, len(predicates))
	for _, i := range predicates {
		names = append(names, string(i.Name))
	}
	sort.Strings(names)
	return "", fmt.Errorf("unknown predicate %q (want one of %s)", s, strings.Join(names, ", "))
}
