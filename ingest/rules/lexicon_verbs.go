package rules

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// argKind says where a trigger's arguments are.
type argKind int

const (
	svo         argKind = iota // subject before, object after: "A met B"
	passive                    // "B, brokered by A": agent after "by", patient before
	between                    // "conflict between A and B": both after
	reverse                    // "with support from A" after B: A is the subject
	pairOnly                   // "A and B are at odds": symmetric, coordinated subject
	agrLeft                    // "Accords signed between A, B": party_to, agreement before
	apposHead                  // "A, ... one of B's closest allies"
	candidacy                  // "bring A and B into C": A, B candidate_for C
	joiner                     // "talks with A about joining C", "A to join C"
	buysDemonym                // "A purchased ... Israeli military technology"
	nominalOf                  // "A's assassination of B", "the killing of B by A"
	partnerless                // "have yet to formalize relations": the other side is named elsewhere with "with"
)

// trigger is one way English states a predicate.
type trigger struct {
	words []string // lowercase tokens; "*" matches any one token
	pred  schema.Predicate
	kind  argKind
	// mid, when set, must occur among the up to gap tokens after words,
	// followed by prep: "signed a peace deal with", "normalize diplomatic
	// ties with".
	mid  []string
	prep string
	gap  int
	// factive triggers carry their own modality ("candidate_for" is
	// already a possibility): plan and hedge cues do not apply.
	factive bool
	// negates says the trigger itself denies the relation ("cut ties
	// with"): the statement is negated, whatever else the clause says.
	negates bool
	// plans says the trigger itself states a plan ("is due in Hanoi").
	plans bool
	conf  float64
	// subjects, when set, narrows the subjects the schema allows: "fly
	// to" takes people (airlines fly routes), "independence from" as a
	// secession takes regions (a country gains independence).
	subjects func(*entity) bool
	// needs, when set, is context the trigger must have in its sentence
	// (tokens from..to-1 matched): "signed with" needs the deal before
	// it, "meeting" a gerund's preposition.
	needs func(s *sentence, from, to int) bool
	// ownScope says the trigger's modality cues start at the trigger, not
	// at its clause: "the Geneva Agreement, signed with Britain" is not
	// under the clause's "does not accept".
	ownScope bool
	// object, when set, reads the object from the words right after the
	// trigger, and the trigger applies only where it finds one:
	// "summoned Venezuela's ambassador" protests to Venezuela.
	object func(s *sentence, to int) *mention
}

// possessorObject lists predicates whose object may be the possessor of
// the phrase after the verb: "denounced Israel's blockade" criticizes
// Israel.
var possessorObject = map[schema.Predicate]bool{
	schema.Criticized: true, schema.Supported: true, schema.Threatened: true,
	schema.Sanctioned: true, schema.Attacked: true, schema.Blockaded: true,
}

func t(pred schema.Predicate, kind argKind, phrases ...string) []trigger {
	var out []trigger
	for _, p := range phrases {
		out = append(out, trigger{words: strings.Fields(p), pred: pred, kind: kind, conf: 0.8})
	}
	return out
}

func tm(pred schema.Predicate, verbs string, mid string, prep string, gap int) []trigger {
	var out []trigger
	for _, v := range strings.Split(verbs, ",") {
		out = append(out, trigger{words: strings.Fields(v), pred: pred, kind: svo, mid: strings.Split(mid, ","), prep: prep, gap: gap, conf: 0.75})
	}
	return out
}

func negates(ts []trigger) []trigger {
	for i := range ts {
		ts[i].negates = true
	}
	return ts
}

func withKind(k argKind, ts []trigger) []trigger {
	for i := range ts {
		ts[i].kind = k
	}
	return ts
}

// pairs makes triggers read a coordinated subject as the two parties:
// "India and Pakistan signed a trade deal".
func pairs(ts []trigger) []trigger {
	for i := range ts {
		ts[i].kind = pairOnly
	}
	return ts
}

// only narrows the triggers' subjects to the given types.
func only(ts []trigger, types ...schema.EntityType) []trigger {
	for i := range ts {
		// (a state in fact is a region too: "Somaliland declared
		// independence from Somalia")
		ts[i].subjects = func(e *entity) bool {
			return slices.Contains(types, e.typ) || deFacto(e) && slices.Contains(types, schema.Region)
		}
	}
	return ts
}

// citizenshipAfter holds when a country's name and "citizenship" or
// "nationality" follow the trigger: "holds Thai citizenship", "was
// granted Kenyan citizenship".
// ("holds Guyanese and Canadian citizenship": two countries' demonyms,
// "holds both Serbian and Kosovo passports")
func citizenshipAfter(s *sentence, _, to int) bool {
	m := s.nameAt(to, "dual", "full", "both", "a")
	return m != nil && m.ent.typ == schema.Country && s.citizenshipAhead(m, func(n *mention) bool { return n.ent.typ == schema.Country })
}

// citizenshipAhead reports whether "citizenship" or "nationality"
// follows m, or follows the name that ok accepts after m and "and":
// "Thai citizenship", "Guyanese and Canadian citizenship".
func (s *sentence) citizenshipAhead(m *mention, ok func(*mention) bool) bool {
	if citizenshipNouns[s.lower(m.to)] {
		return true
	}
	n := s.mentionAt(m.to + 1)
	return s.lower(m.to) == "and" && n != nil && n.from == m.to+1 && ok(n) && citizenshipNouns[s.lower(n.to)]
}

// chairNouns name the post of who chairs a body.
var chairNouns = setOf(`chair chairmanship presidency`)

// possessedChair returns the body whose chair the words from k name:
// "CARICOM's rotating chairmanship", "the AU's chair".
func (s *sentence) possessedChair(k int) *mention {
	m := s.nameAt(k, "the")
	if m == nil || !m.poss || !possMark[s.lower(m.to)] {
		return nil
	}
	j := m.to + 1
	for n := 0; n < 2 && s.plainWord(j) && !chairNouns[s.lower(j)]; n++ {
		j++
	}
	if chairNouns[s.lower(j)] && s.plainWord(j) {
		return m
	}
	return nil
}

// chairHeld reports whether the words of membership r name a chair:
// "holds the rotating chair of ASEAN", "holds CARICOM's chairmanship".
func (s *sentence) chairHeld(r rel) bool {
	for k := r.trigFrom; k < r.trigTo+6 && k < len(s.toks); k++ {
		if w := s.lower(k); chairNouns[w] && s.plainWord(k) {
			return true
		} else if w == "." || w == ";" || w == "," {
			return false
		}
	}
	return false
}

// citizenshipNouns name the tie of a citizen to a state ("holds both
// Serbian and Kosovo passports").
var citizenshipNouns = setOf(`citizenship nationality passport passports`)

// bodyBeforeMembership holds when a body's name and "membership" follow
// the trigger: "applied for EU membership", "seeks full NATO membership".
func bodyBeforeMembership(s *sentence, _, to int) bool {
	m := s.nameAt(to, "full")
	return m != nil && m.ent.typ == schema.Organization && !m.poss && s.lower(m.to) == "membership"
}

// restoredAfter holds when the pair after "relations between" is said
// to have been restored: "Relations between Australia and China have
// been restored".
func restoredAfter(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+12; k++ {
		switch w := s.lower(k); {
		case w == "." || w == ";" || w == "but" || w == "since":
			return false
		case restoredWords[w] && (s.lower(k-1) == "been" || s.lower(k-1) == "were" || s.lower(k-1) == "was"):
			return true
		}
	}
	return false
}

// restoredWords say relations were mended.
var restoredWords = setOf(`restored normalised normalized re-established reestablished`)

// briefedOn holds when a name and "on" follow the trigger: "briefed New
// Zealand on the memorandum" (not "briefed reporters").
func briefedOn(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	return m != nil && m.from == to && !m.poss && !m.demonym && s.lower(m.to) == "on"
}

// placeRightAfter reports whether a place's name follows the trigger
// ending at token to, past "the" or a possessor ("is in Myanmar's Kayin
// State"; not "is in talks with Hanoi").
func placeRightAfter(s *sentence, _, to int) bool {
	m := s.nameAt(to, "the")
	if m != nil && m.poss && possMark[s.lower(m.to)] {
		m = s.nameAt(m.to + 1)
	}
	return m != nil && !m.demonym && (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country)
}

// notAudience holds unless a body's name follows the trigger ending at
// to: "speak to the American Bankers Association" addresses it.
func notAudience(s *sentence, _, to int) bool {
	m := s.nameAt(to, "the")
	return m == nil || m.ent.typ != schema.Organization
}

// copulaPart reports "part of" after a copula: "is part of", "are no
// longer part of", "became a part of".
// (not "remain part of the African Union mission": a body's name before
// a noun names what it runs, not what they belong to)
func copulaPart(s *sentence, from, to int) bool {
	k := from - 1
	for n := 0; n < 3 && partFillers[s.lower(k)]; n++ {
		k--
	}
	if m := s.nameAt(to, "the"); m != nil && m.ent.typ == schema.Organization && bodyOperations[s.lower(m.to)] {
		return false
	}
	return pluralCopula(s.lower(k))
}

// bodyOperations are what a body runs or sends, not what it is: "the
// African Union mission".
var bodyOperations = setOf(`mission missions operation operations force forces contingent delegation summit`)

// partFillers may stand between a copula and "part of".
var partFillers = setOf(`a an no longer not also now still already formally`)

// finiteJoin holds for a "join" that is no infinitive: "will join",
// "joins", not "to join".
func finiteJoin(s *sentence, from, to int) bool { return s.lower(from-1) != "to" }

// timeGap reports that only a time stands between the verb at from and
// the preposition ending at to: "fly on Thursday to".
func timeGap(s *sentence, from, to int) bool {
	for k := from + 1; k < to-1; k++ {
		if w := s.lower(k); !s.isTimeTok(k) && w != "on" && w != "in" && w != "later" && w != "this" && w != "next" {
			return false
		}
	}
	return true
}

// activeParting holds for an active "separated from" whose object is a
// state named right after it: not "is separated from the rest of".
func activeParting(s *sentence, from, to int) bool {
	if beWords[s.lower(from-1)] || auxWords[s.lower(from-1)] {
		return false
	}
	m := s.nameAt(to)
	return m != nil && m.ent.typ == schema.Country
}

// toWhichBefore holds for a noun that ends a "to which" clause: "to
// which both states are parties" (not "parties to", read as a verb's).
func toWhichBefore(s *sentence, from, to int) bool {
	if s.lower(to) == "to" || s.lower(to) == "of" {
		return false
	}
	for k := from - 1; k > 0 && k >= from-8; k-- {
		if s.lower(k) == "to" && s.lower(k+1) == "which" {
			return true
		}
		if !s.toks[k].Word && s.lower(k) != "," {
			return false
		}
	}
	return false
}

// notNegotiatingNoun holds unless "negotiating" modifies the noun after
// it: "negotiating chapters", "the negotiating table".
func notNegotiatingNoun(s *sentence, from, to int) bool {
	return !negotiatingNouns[s.lower(from+1)]
}

var negotiatingNouns = setOf(`chapter chapters cluster clusters group groups table team teams position positions round rounds mandate mandates partner partners process framework committee session sessions power text texts format`)

// notGained reports that "independence from" at from is not gained or
// won: "gained independence from Britain" ends a colony, not a union.
func notGained(s *sentence, from, _ int) bool {
	switch s.lower(from - 1) {
	case "gained", "won", "achieved", "obtained", "received", "regained":
		return false
	}
	return true
}

// guestNotBody reports that what the trigger ending at to hosts is not
// a named body: "hosts the International Criminal Court" is its seat.
func guestNotBody(s *sentence, from, to int) bool {
	// "APEC, which Lima hosted last year": a relative clause's object
	// is its antecedent
	if h := s.mentionAt(from - 1); h != nil && h.to == from && len(s.relativeObject(h.from-1, h, from, func(e *entity) bool { return e.typ == schema.Organization })) > 0 {
		return false
	}
	k := to
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	// "hosts the U.S. Aegis Ashore missile defence site", "hosts U.S.
	// troops": a country's name before what it has there is no guest
	// ("hosted a U.S. delegation" is)
	if m != nil && m.from == k && m.ent.typ == schema.Country && !m.poss {
		// ("hosted leaders from Germany": the noun may open the mention)
		if m.actor && m.to-m.from > 1 && !guestNouns[s.lower(m.to-1)] && !guestNouns[s.lower(m.from)] {
			return false
		}
		e := m.to
		for e < len(s.toks) && s.toks[e].Cap && s.toks[e].Word && !titleWords[s.lower(e)] {
			e++
		}
		if !m.actor && !s.qualifiesTitle(m) && s.commonNounAt(e) {
			return false
		}
	}
	// ("hosts Camp Lemonnier, the largest U.S. military base": a name
	// kg does not know is the guest, not a name after it)
	if m == nil && k < len(s.toks) && s.toks[k].Cap && s.toks[k].Word || m != nil && m.from == k && (m.ent.typ == schema.Facility || m.ent.typ == schema.City || m.ent.typ == schema.Region) {
		return false
	}
	// ("hosted European Commission President Ursula von der Leyen": the
	// body names the guest's title)
	return m == nil || m.from != k || m.ent.typ != schema.Organization || m.demonym || s.qualifiesTitle(m)
}

// hostsFacility holds when a facility's name follows the trigger.
func hostsFacility(s *sentence, _, to int) bool {
	m := s.nameAt(to, "the")
	return m != nil && m.ent.typ == schema.Facility && !m.poss
}

// nameAt returns the mention that opens at token k, or past one of the
// words skip at k ("the", "full"), or nil.
func (s *sentence) nameAt(k int, skip ...string) *mention {
	if slices.Contains(skip, s.lower(k)) {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.from == k {
		return m
	}
	return nil
}

// guestNouns after a country's name make it a guest: "hosted a U.S.
// delegation".
var guestNouns = setOf(`delegation delegations officials official leaders leader president minister ministers counterpart counterparts team envoy envoys negotiators diplomats government`)

// phoneAfter holds where a telephone or video call closes the words
// after the trigger: "discussed the arrangement with Tusk in a
// telephone call".
func phoneAfter(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+10; k++ {
		switch s.lower(k) {
		case "phone", "telephone", "video", "videolink":
			return true
		case ".", ";", "and", "but":
			return false
		}
	}
	return false
}

// phoneCallAfter holds when the verb's object is addressed "in a phone
// call" ("urged Sudani in a phone call"): the call right after the
// object's name, in the same clause.
func phoneCallAfter(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	if m == nil || m.from != to {
		return false
	}
	k := m.to
	if s.lower(k) != "in" && s.lower(k) != "during" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j < k+5; j++ {
		switch s.lower(j) {
		case "phone", "telephone", "video":
			return s.lower(j+1) == "call" || s.lower(j+1) == "conversation"
		case "a", "an", "the":
		default:
			return false
		}
	}
	return false
}

// predicateNoun holds for a noun trigger that a copula or an apposition
// says of the subject: "is a staunch supporter of", "has been among the
// most vocal supporters of", ", a longtime supporter of".
func predicateNoun(s *sentence, from, _ int) bool {
	k := from - 1
	for n := 0; n < 6 && k > 0 && (s.plainWord(k) && (strings.HasPrefix(s.tag(k), "JJ") || strings.HasPrefix(s.tag(k), "RB")) || predicateFillers[s.lower(k)]); n++ {
		k--
	}
	w := s.lower(k)
	return copulas[w] || w == "are" || w == "were" || w == "been" || w == "be" || w == ","
}

// predicateFillers stand between a copula and its noun: "is one of the
// staunchest", "has been among the most vocal".
var predicateFillers = setOf(`a an the one of among most longtime long-time staunch key strong`)

// countrySubject holds for a verb right after a country's name, an
// adverb apart: "Niger, Mali and Burkina Faso now form".
func countrySubject(s *sentence, from, _ int) bool { return countrySubjectAt(s, from) != nil }

// countrySubjectAt returns the country named right before the verb at
// from (past up to three adverbs), or nil.
func countrySubjectAt(s *sentence, from int) *mention {
	k := from - 1
	for n := 0; n < 3 && countryAdverbs[s.lower(k)]; n++ {
		k--
	}
	// "Niger, Mali and Burkina Faso, all run by military governments,
	// formed": past an aside of plain words
	if s.lower(k) == "," {
		j := k - 1
		for n := 0; n < 8 && j > 0 && s.lower(j) != "," && s.mentionAt(j) == nil && s.plainWord(j); n++ {
			j--
		}
		if s.lower(j) == "," && j < k-2 {
			k = j - 1 // (not ", meanwhile,": a discourse word)
		}
	}
	if m := s.mentionAt(k); m != nil && m.to == k+1 && m.ent.typ == schema.Country && !m.demonym && !m.poss && !(m.pronoun && len(m.members) == 0) {
		return m
	}
	return nil
}

// afterName reports whether a name, or an aside closed by a comma after
// one, ends right before the verb at from: "The GCC groups", "The PTA,
// set up in 1982, groups".
func afterName(s *sentence, from, _ int) bool {
	k := from - 1
	if s.lower(k) == "also" {
		k--
	}
	// "The Quad is made up of": a copula before the participle
	if (s.lower(k) == "is" || s.lower(k) == "was") && s.lower(from) == "made" {
		k--
	}
	// "The GCC, which groups", "the EAC, an eight-nation bloc that
	// also includes": a relative clause on a name or on its apposition
	if w := s.lower(k); w == "which" || w == "that" {
		j := k - 1
		for n := 0; n < 6 && j > 0 && s.lower(j) != "," && s.mentionAt(j) == nil && s.plainWord(j); n++ {
			j--
		}
		if s.lower(j) == "," {
			j--
		}
		m := s.mentionAt(j)
		return m != nil && m.to == j+1 && s.toks[j].Cap
	}
	if s.lower(k) == "," {
		k--
		return s.mentionAt(k) != nil || s.isTimeTok(k)
	}
	m := s.mentionAt(k)
	return m != nil && m.to == k+1 && s.toks[k].Cap
}

// moneyAfterObject reports a name right after the trigger ending before
// to and an amount of money after it: "give Samoa NZ$48 million", "lent
// Tonga $65 million", "granted Ukraine 5 billion euros".
func moneyAfterObject(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	if m == nil || m.from != to || m.poss {
		return false
	}
	k := m.to
	for n := 0; n < 2 && (s.lower(k) == "about" || s.lower(k) == "some" || s.lower(k) == "another" || s.lower(k) == "an" || s.lower(k) == "a" || s.lower(k) == "additional"); n++ {
		k++
	}
	// "lent the government money to rebuild", "extended Argentina a
	// currency swap line"
	if w := s.lower(k); w == "money" || w == "funds" || w == "credit" || w == "loans" || w == "cash" {
		return true
	}
	// "has given Morocco hundreds of millions of euros"
	if w := s.lower(k); w == "hundreds" || w == "millions" || w == "billions" || w == "tens" || w == "thousands" {
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if moneyUnits[s.lower(j)] {
				return true
			}
		}
	}
	// ("Samoa NZ$48": the currency's country may open the amount)
	if c := s.mentionAt(k); c != nil && c.from == k && currencyPrefix(s.toks, c.to-1) {
		return true
	}
	return k < len(s.toks) && (s.toks[k].Text == "$" || currencyPrefix(s.toks, k) || isNumber(s.lower(k)) && moneyUnits[s.lower(k+1)])
}

// giftAfterObject reports equipment named after the name right after
// the trigger: "handed Palau a 40-metre patrol vessel" (not "gave Kenya
// a warning").
func giftAfterObject(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	if m == nil || m.from != to || m.poss {
		return false
	}
	k := m.to
	if w := s.lower(k); w != "a" && w != "an" && w != "its" && w != "their" && w != "the" && !isNumber(w) && !numberWords[w] {
		return false
	}
	for e := k + 1; e < k+6 && e < len(s.toks); e++ {
		if giftNouns[s.lower(e)] {
			return true
		}
		if !s.toks[e].Word && s.lower(e) != "-" {
			return false
		}
	}
	return false
}

// giftNouns are equipment one government hands another.
var giftNouns = setOf(`vessel vessels boat boats ship ships aircraft plane planes helicopter helicopters jets radar radars vehicles trucks ambulances equipment weapons arms tanks drones`)

// moneyUnits follow an amount of money: "5 billion euros".
var moneyUnits = setOf(`million billion mln bln euros dollars pounds yen yuan`)

// townRightAfter reports a town named right after the trigger ending
// before to: "was in Brussels", not "was in talks with".
func townRightAfter(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	return m != nil && m.from == to && m.ent.typ == schema.City && !m.poss && !m.dateline
}

// commodityAhead reports a traded commodity within eight words after
// the trigger ending before to: "received 1.65 million barrels of Saudi
// crude oil" (not "received a Saudi delegation").
func commodityAhead(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+8; k++ {
		if commodityNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// commodityWithin reports goods for sale named inside the trigger,
// between its verb and its preposition: "supply liquefied natural gas
// to" (not arms: "supply lethal arms to Ukraine" is support).
func commodityWithin(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if saleGood(s.lower(k)) {
			return true
		}
	}
	return false
}

// saleGood reports whether w names goods sold, not arms: the
// commodityNouns but those that support a side when supplied.
func saleGood(w string) bool { return commodityNouns[w] && !armsNouns[w] }

// armsNouns are the commodityNouns that support a side when supplied.
var armsNouns = setOf(`arms weapons`)

// goodsObject reports that goods for sale, not a name, follow the
// trigger: "supplies gas to Hungary" sells to it, while "supplied drones
// to the rebels" and "will supply Cuba with crude oil" support.
func goodsObject(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+8 && s.mentionAt(k) == nil; k++ {
		if saleGood(s.lower(k)) {
			return true
		}
	}
	return false
}

func noGoodsObject(s *sentence, from, to int) bool {
	return !goodsObject(s, from, to) && !possessedGoods(s, from, to)
}

// possessedGoods reports goods for sale that a possessor near the
// trigger owns: "supplies most of Niger's electricity".
func possessedGoods(s *sentence, _, to int) bool {
	// ("supplied about a third of Spain's natural gas": a share first)
	for k := to; k < len(s.toks) && k < to+6; k++ {
		m := s.mentionAt(k)
		if m == nil {
			if k >= to+2 && !quantityLead(s.lower(k)) {
				return false
			}
			continue
		}
		if m.from != k || !m.poss || !possMark[s.lower(m.to)] {
			return false
		}
		return goodsObject(s, 0, m.to+1)
	}
	return false
}

// aidWithin reports a word of aid in the dozen tokens from k: goods
// given, not sold.
func aidWithin(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		switch s.lower(j) {
		case "aid", "assistance", "relief", "donation", "donations", "gift":
			return true
		}
	}
	return false
}

// quantityLead may open a share of goods: "about a third of", "most
// of", "half of". (Narrower than quantityWords: "an unspecified part of
// Ecuador's export commitments" is no share of the buyer's goods.)
func quantityLead(w string) bool {
	switch w {
	case "about", "a", "an", "third", "quarter", "half", "fifth", "most", "much", "of", "some", "nearly", "almost", "around", "two-thirds", "one-third":
		return true
	}
	return isNumber(w) || w == "%" || w == "percent" || w == "per" || w == "cent"
}

// formsBody holds for countries that form a body: "Niger, Mali and
// Burkina Faso now form the Alliance", and "left ECOWAS to form the
// Alliance of Sahel States" when the body is a known international one.
func formsBody(s *sentence, from, to int) bool {
	return countrySubject(s, from, to) || s.lower(from-1) == "to" && foundsBloc(s, from, to)
}

// foundedJointly holds for a list of countries right before the verb:
// "Turkey, Romania and Bulgaria set up the task group" (one country
// sets up agencies of its own, not bodies it is a member of).
func foundedJointly(s *sentence, from, _ int) bool {
	m := countrySubjectAt(s, from)
	return m != nil && len(s.listEndingAt(m, m.to)) >= 2
}

// countriesAgree holds for countries that agree to do a thing together:
// companies and lawmakers that do agree with a third party, not each
// other; "agreed not to reveal" is an agreement, but none to state
// negated.
func countriesAgree(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.lower(k) == "not" || s.lower(k) == "never" {
			return false
		}
	}
	// ("agreed to meet again", "agreed to hold a second round of talks":
	// a meeting or talks to come, no deal)
	if talkVerbs[s.lower(to)] || talksOpeners[s.lower(to)] && s.talksAhead(to+1) {
		return false
	}
	return countrySubject(s, from, to)
}

// talkVerbs after "agreed to" make the agreement one to meet or talk:
// "agreed to meet again", "agreed to resume talks".
var talkVerbs = setOf(`meet talk discuss negotiate consult`)

// talksOpeners take talks as their object: "agreed to hold a further
// round of talks", "agreed to resume negotiations" (not "agreed to
// resume trade").
var talksOpeners = setOf(`hold resume continue open start begin launch`)

// talksAhead reports whether talks, a meeting or negotiations are named
// within a few words from token k: "hold a second round of talks".
func (s *sentence) talksAhead(k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		switch s.lower(j) {
		case "talks", "meeting", "meetings", "negotiations", "consultations", "summit", "dialogue":
			return true
		case ",", ".", "and":
			return false
		}
	}
	return false
}

// governedBase holds for a base form after "agreed to" or a modal:
// "agreed to resume talks", "will open negotiations".
func governedBase(s *sentence, from, _ int) bool {
	return s.agreedTo(from) >= 0 || modals[s.lower(from-1)]
}

// modals govern a base form.
var modals = setOf(`will would shall should could may might can must`)

// talksMet holds for talks held in person that are no talks agreed on
// for later.
func talksMet(s *sentence, from, to int) bool {
	return faceToFace(s, from, to) && s.agreedTo(from) < 0
}

// countryAdverbs may stand between countries and their verb.
var countryAdverbs = setOf(`now also together jointly have had has both all provisionally formally`)

// frontierNouns name a border: "the border between Spain and Portugal"
// makes the two neighbours.
var frontierNouns = map[string]bool{"border": true, "frontier": true, "boundary": true}

// possessedNoun holds for a noun trigger right after a possessor:
// "Washington's support for".
func possessedNoun(s *sentence, from, _ int) bool { return s.possessorBefore(from) != nil }

// controlVerb holds where "control" is a finite verb: "the Houthis, who
// control the Yemeni capital", not "export controls on China" nor "wants
// to control".
func controlVerb(s *sentence, from, _ int) bool {
	return strings.HasPrefix(s.tag(from), "VB") && s.lower(from-1) != "to"
}

// toNoInfinitive holds when the trigger's closing "to" is a preposition,
// not the mark of an infinitive: "pledged troops to the force", not
// "pledged troops to support".
func toNoInfinitive(s *sentence, from, to int) bool {
	// (the tagger may read a name as a verb: "a trip to Paraguay that")
	return s.lower(to-1) != "to" || s.tag(to) != "VB" || s.mentionAt(to) != nil
}

// notAsObserver holds unless the joining is only as an observer or
// guest: "joined the bloc as an observer", "joined with observer
// status".
func notAsObserver(s *sentence, from, to int) bool {
	// ("has joined forces with CC.OO": an alliance, no membership)
	if s.lower(to) == "forces" || s.lower(to) == "hands" {
		return false
	}
	for k := to; k < len(s.toks) && k < to+10; k++ {
		switch w := s.lower(k); w {
		case ",", ";", ".", "but", "and":
			return true
		case "as", "with":
			j := k + 1
			if a := s.lower(j); a == "an" || a == "a" {
				j++
			}
			if observerSeats[s.lower(j)] {
				return false
			}
		}
	}
	return true
}

// observerSeats hold a seat at a body without membership.
var observerSeats = setOf(`observer observers associate guest`)

// intentBefore holds when an intention or a modal stands right before
// the trigger ("plans to attack", "will not invade"), which modality then
// reads as planned, hedged or denied.
func intentBefore(s *sentence, from, to int) bool {
	return objectName(s, to) != nil && intentWordBefore(s, from)
}

// intentWordBefore reports whether a word of intentWords, or one with
// "not" or "never" after it, stands right before token from.
func intentWordBefore(s *sentence, from int) bool {
	k := from - 1
	if w := s.lower(k); w == "not" || w == "never" {
		k--
	}
	return intentWords[s.lower(k)]
}

var intentWords = setOf(`plans plan planned planning intends intend intended intention aims aim wants want preparing ready will would could might may won't 'll`)

// ledNotPrepObject holds unless the name right before a passive "led by"
// is a preposition's object after a common noun, which is what is led:
// "a delegation from Uzbekistan led by", "a team of experts from Kenya
// led by".
func ledNotPrepObject(s *sentence, from, _ int) bool {
	m := s.mentionAt(from - 1)
	if m == nil || m.to != from {
		return true
	}
	// "a delegation from Uzbekistan" read as one actor
	if ledGroups[s.lower(m.from)] || ledGroups[s.lower(m.from+1)] {
		return false
	}
	switch s.lower(m.from - 1) {
	case "from", "of", "in", "to", "for", "with":
		w := s.toks[max(m.from-2, 0)]
		return m.from < 2 || w.Cap || s.mentionAt(m.from-2) != nil
	}
	return true
}

// lowerSpan holds when no word after the trigger's first is capitalized:
// "formed a trilateral alliance", not "formed the Alliance of Sahel
// States".
func lowerSpan(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if s.toks[k].Cap {
			return false
		}
	}
	return true
}

// verbUnpossessed holds for a verb whose object is no possessor:
// "financed the dam", not "finances South Africa's share".
func verbUnpossessed(s *sentence, from, to int) bool {
	if !verbTagged(s, from, to) {
		return false
	}
	return objectName(s, to) != nil
}

// objectName returns the name that follows token to (past an article)
// as a verb's object, not a possessor and not a noun's modifier, or nil:
// "financed the Rogun Dam", not "finance the acquisition by placing
// shares with Jardine", "finance IBC purchases" or "finances South
// Africa's share".
func objectName(s *sentence, to int) *mention {
	m := s.nameAt(to, "the", "a", "an")
	if m == nil || m.poss {
		return nil
	}
	if s.mentionAt(m.to) != nil || !strings.HasPrefix(s.tag(m.to), "NN") || s.toks[m.to].Cap {
		return m
	}
	return nil
}

// ledActive is ledNotPrepObject for a verb of leading read before "by".
func ledActive(s *sentence, from, to int) bool {
	// (not "who led the negotiations with Australia": what is led is the
	// noun, and the name after its preposition is no body led)
	if w := s.lower(to); (w == "the" || w == "a" || w == "an") && s.mentionAt(to+1) == nil && s.plainWord(to+1) && !s.toks[to+1].Cap && isPrep(s.lower(to+2)) {
		return false
	}
	return s.lower(to) != "by" || ledNotPrepObject(s, from, to)
}

// summitHeld holds when an article or a possessive before "summit"
// follows a verb of holding or "for": "held a summit with", "travelled
// to Doha for a summit with", "attend a planned summit with", "for his
// first summit with" (an adjective or an ordinal may come between).
func summitHeld(s *sentence, from, _ int) bool {
	k := from - 1
	for n := 0; n < 2 && (summitAdjectives[s.lower(k)] || ordinal(s.lower(k))); n++ {
		k--
	}
	return summitDeterminers[s.lower(k)] && summitVerbs[s.lower(k-1)]
}

var summitVerbs = setOf(`for held hold holds holding hosted host hosts hosting attended attend attends attending at`)

var summitDeterminers = setOf(`a the his her their its`)

var summitAdjectives = setOf(`planned bilateral joint trilateral rare landmark historic long-awaited`)

// membersNotObject holds unless "members of" is the object of a verb
// other than a copula: "met members of", "arrested members of".
func membersNotObject(s *sentence, from, _ int) bool {
	k := from - 1
	for n := 0; n < 3 && (memberModifiers[s.lower(k)]); n++ {
		k--
	}
	w := s.lower(k)
	return beForms[w] || !strings.HasPrefix(s.tag(k), "VB")
}

var memberModifiers = setOf(`the a an some several many senior leading prominent two three four other individual all`)

var beForms = setOf(`is are was were be been being become became becomes becoming remain remains remained`)

// underControlAfter holds when "under" and an administering noun close
// the object after the trigger: "placed the mine under provisional
// administration", "put the port under state control".
func underControlAfter(s *sentence, _, to int) bool {
	for k := to; k < to+10 && k < len(s.toks); k++ {
		if s.lower(k) == "under" {
			j := k + 1
			for n := 0; n < 2 && s.plainWord(j) && !administeringNouns[s.lower(j)]; n++ {
				j++
			}
			return administeringNouns[s.lower(j)]
		}
		if s.lower(k) == "." || s.lower(k) == ";" {
			break
		}
	}
	return false
}

var administeringNouns = setOf(`administration control management trusteeship`)

// amountAfter holds when a sum of money follows the trigger, past an
// approximation: "trade about $3 billion a year".
func amountAfter(s *sentence, _, to int) bool {
	k := to
	if approxWords[s.lower(k)] {
		k++
	}
	w := s.lower(k)
	return strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£") || isNumber(w) && s.lower(k+1) == "billion"
}

var approxWords = setOf(`about around some nearly almost roughly over more`)

// commodityFor holds when the country after the trigger is followed by
// "for" and goods: "depends on India for almost all of its fuel".
func commodityFor(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	if m == nil || m.from != to || m.ent.typ != schema.Country || m.poss || m.demonym || s.lower(m.to) != "for" {
		return false
	}
	for k := m.to + 1; k < len(s.toks) && k < m.to+8; k++ {
		if commodityNouns[s.lower(k)] {
			return true
		}
		if w := s.lower(k); w == "," || w == "." || w == "and" {
			return false
		}
	}
	return false
}

// takeByForce is intentBefore for "take" with "by force" after its
// object, named right after the verb: "no plans to take Santa Rosa by
// force".
func takeByForce(s *sentence, from, to int) bool {
	m := objectName(s, to)
	if m == nil || m.from != to || !intentWordBefore(s, from) {
		return false
	}
	return s.lower(m.to) == "by" && (s.lower(m.to+1) == "force" || s.lower(m.to+2) == "force")
}

// tookTown holds where "took" has a town or region for its object,
// and no "by", "to" or possessive after it that makes the taking a
// figure of speech.
func tookTown(s *sentence, from, to int) bool {
	m := s.mentionAt(to)
	if m == nil || m.from != to || m.poss || m.demonym || !(m.ent.typ == schema.City || m.ent.typ == schema.Region) {
		return false
	}
	switch s.lower(m.to) {
	case "by", "to", "into", "off", "out", "'s", "’s", "seriously", "along", "with", "as", "for":
		return false
	}
	return true
}

// perfectBefore reports a perfect's "has", "have" or "had" before the
// participle at from, past "not", "never", "yet" or "already".
func perfectBefore(s *sentence, from int) bool {
	k := from - 1
	for n := 0; n < 2 && (s.lower(k) == "not" || s.lower(k) == "never" || s.lower(k) == "yet" || s.lower(k) == "already" || s.lower(k) == "also"); n++ {
		k--
	}
	w := s.lower(k)
	return w == "has" || w == "have" || w == "had" || w == "hasn't" || w == "haven't" || w == "hadn't"
}

// ledGroups are led by someone other than the country they come from.
var ledGroups = setOf(`delegation delegations team mission`)

// noPossessorIn holds where no name or pronoun owns what the words of a
// trigger name: "pledged aid to" but not "reaffirmed Washington's
// support for" nor "reaffirmed U.S. backing for".
func noPossessorIn(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		// (nor "reaffirmed U.S. backing for": a name's)
		if w := s.lower(k); possMark[w] || w == "its" || w == "their" || w == "his" || w == "her" || s.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// memberAmong holds where the trigger's members belong to a body named
// as their possessor after "among" or "one of": "among NATO's founding
// members", not "criticized NATO's 32 members".
func memberAmong(s *sentence, from, _ int) bool {
	m := s.memberPossessor(schema.MemberOf, from)
	if m == nil || m.ent.typ != schema.Organization {
		return false
	}
	b := m.from
	if s.lower(b-1) == "the" {
		b--
	}
	return s.oneOfStart(b-1) >= 0
}

// needing makes the triggers apply only where need holds.
// notLowered reports that no verb of cutting or lifting comes within the
// three words before the duties at from: "lower tariffs on", "scrapped
// duties on goods from".
// ("agreed to suspend for one month the 25% tariffs he had ordered on
// imports from Mexico": duties not in force)
func notLowered(s *sentence, from, _ int) bool {
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if loweringVerbs[s.lower(k)] {
			return false
		}
		if s.lower(k) == "," || clauseWords[s.lower(k)] {
			break
		}
	}
	return true
}

var loweringVerbs = setOf(`lower lowers lowered lowering cut cuts cutting reduce reduces reduced reducing eliminate eliminates eliminated eliminating scrap scraps scrapped scrapping remove removes removed removing lift lifts lifted lifting waive waives waived waiving drop drops dropped dropping ease eases eased easing exempt exempts exempted halve halved suspend suspends suspended suspending pause pauses paused pausing`)

// noCommaToObject reports that a name follows the trigger ending at to
// before any comma or clause word.
func noCommaToObject(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+8; k++ {
		if m := s.mentionAt(k); m != nil && m.from == k {
			return true
		}
		if w := s.lower(k); w == "," || w == ";" || clauseWords[w] || w == "as" {
			return false
		}
	}
	return false
}

// baseVerb reports that the word at from is a verb's base form after
// "to" or a modal, with no noun right after it.
func baseVerb(s *sentence, from, to int) bool {
	if w := s.lower(from - 1); w != "to" && !modals[w] {
		return false
	}
	return s.mentionAt(to) != nil || !strings.HasPrefix(s.tag(to), "NN")
}

// askedTo reports a party asked "to" do something or "for" something
// right after the verb: "asked the United Nations to appoint".
func askedTo(s *sentence, _, to int) bool {
	k := to
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.ent.typ == schema.City && m.ent.entry == nil {
		return false
	}
	// ("asked the International Court of Justice in 2018 to rule": a
	// time between)
	j := s.pastTime(m.to)
	w := s.lower(j)
	// ("asked the European Union for patrol boats", "for emergency
	// help": a request of one's own, not a reporter's "for comment")
	return w == "to" && s.plainWord(j+1) && !s.toks[j+1].Cap || w == "for" && s.plainWord(j+1) && !s.toks[j+1].Cap && !commentNouns[s.lower(j+1)]
}

// commentNouns are what reporters ask for: "asked the ministry for
// comment".
var commentNouns = setOf(`comment comments details clarification confirmation`)

// helpedNamed holds when a name comes right after the trigger (past
// "the").
func helpedNamed(s *sentence, _, to int) bool {
	m := s.nameAt(to, "the")
	return m != nil && !m.poss
}

// dealPossessed holds for a deal noun whose possessor names a party,
// with the other party's name right after "with" (not "deal with
// Somaliland angered Mogadishu": past the verb).
func dealPossessed(s *sentence, from, to int) bool {
	m := s.nameAt(to, "the")
	return s.dealPossessor(from) != nil && m != nil && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization)
}

// dealHeld reports whether "has", "have" or "had" and an article or
// "no" open the deal's noun phrase, past at most two modifiers: "has a
// defence pact with", "has no fisheries agreement with".
func dealHeld(s *sentence, from, _ int) bool {
	// ("had begun to deal seriously with Canada": a verb, no deal)
	if !strings.HasPrefix(s.tag(from), "NN") {
		return false
	}
	k := from - 1
	for n := 0; n < 2 && s.plainWord(k) && (strings.HasPrefix(s.tag(k), "NN") || strings.HasPrefix(s.tag(k), "JJ")) && s.lower(k) != "no"; n++ {
		k--
	}
	if w := s.lower(k); w == "a" || w == "an" || w == "no" {
		k--
	}
	w := s.lower(k)
	return k < from-1 && (w == "has" || w == "have" || w == "had")
}

// datedDeal reports whether a year opens the deal's noun phrase before
// from, past its adjectives and names ("the 1951 Mutual Defense Treaty"),
// or "under" governs it ("under an agreement between").
func datedDeal(s *sentence, from, _ int) bool {
	year := false
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		w := s.lower(k)
		if isYear(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			year = true
			continue
		}
		if w == "the" || w == "a" || w == "an" {
			// "built under an agreement between Egypt and Britain": a
			// deal something is done under is in force
			if s.lower(k-1) == "under" || s.lower(k-1) == "to" && s.lower(k-2) == "pursuant" {
				return true
			}
			// ("talks on a 2026 deal between": one sought)
			return year && !dealSought[s.lower(k-1)]
		}
		if !s.toks[k].Word || proposedDeal[w] {
			return false
		}
	}
	return false
}

// dealSought words before a deal's article make it one sought.
var dealSought = setOf("on for towards toward over about seeking sought negotiate negotiating")

// proposedDeal words make a deal one not yet concluded.
var proposedDeal = setOf("proposed draft possible planned potential future new long-delayed mooted envisaged prospective")

// noBefore reports "no" before the trigger, past one adjective: "has no
// formal contact with".
func noBefore(s *sentence, from, _ int) bool {
	return s.lower(from-1) == "no" || s.lower(from-2) == "no" && s.plainWord(from-1) && strings.HasPrefix(s.tag(from-1), "JJ")
}

// noVerbBetween holds when no verb stands between a trigger's first word
// and its last: "have relations", not "have not restored relations".
// ("have not restored relations" denies a return to normal, not that
// they have relations at all)
func noVerbBetween(s *sentence, from, to int) bool {
	if strings.HasPrefix(s.lower(from), "restor") {
		if negatedAt(s.toks, from-1) || negatedAt(s.toks, from-2) {
			return false
		}
	}
	for k := from + 1; k < to-1; k++ {
		if t := s.tag(k); t == "VBN" || t == "VBD" {
			return false
		}
	}
	return true
}

// basesHeld holds when "no" or a verb of having comes right before
// "bases in": "had no bases in", "has bases in" (not "Russia's bases
// in": a possessor's, read elsewhere).
func basesHeld(s *sentence, from, _ int) bool {
	w := s.lower(from - 1)
	if w == "no" || w == "any" {
		w = s.lower(from - 2)
	}
	return w == "has" || w == "have" || w == "had" || w == "maintains" || w == "maintained"
}

// noMeetingIn holds when the sentence tells of no meeting or visit.
func noMeetingIn(s *sentence, _, _ int) bool {
	for k := range s.toks {
		if meetingWords[s.lower(k)] {
			return false
		}
	}
	return true
}

// meetingWords tell of people face to face.
var meetingWords = setOf(`meet meets met meeting meetings visit visits visited visiting talks summit sidelines`)

func needing(need func(s *sentence, from, to int) bool, ts []trigger) []trigger {
	for i := range ts {
		ts[i].needs = need
	}
	return ts
}

// hostsPerson holds for the verb "host" right before a person, named or
// titled: not "would host talks", "hosting U.S. troops".
func hostsPerson(s *sentence, from, to int) bool {
	if !verbTagged(s, from, to) {
		return false
	}
	m := s.mentionAt(s.skipTitle(to))
	// (not "host Anglophone peace talks": a name before a noun)
	return m != nil && m.ent.typ == schema.Person && !m.pronoun && (m.from == to || m.from == s.skipTitle(to)) &&
		!s.nameModifies(m)
}

// objectFrom makes the triggers take the object pick reads after them,
// and apply only where it reads one.
func objectFrom(pick func(s *sentence, to int) *mention, ts []trigger) []trigger {
	for i := range ts {
		ts[i].object = pick
		ts[i].needs = func(s *sentence, _, to int) bool { return pick(s, to) != nil }
	}
	return ts
}

// afterDeal makes a bare "signed with" read a deal named before it ("the
// 2018 peace deal he signed with Isaias", "the Geneva Agreement, signed
// with Britain"), within the participle's own modality scope.
func afterDeal(ts []trigger) []trigger {
	return participle(needing(func(s *sentence, from, _ int) bool { return s.dealBefore(from) }, ts))
}

// pastTime returns the token after a short time phrase at k ("in 2018",
// "on Monday", "last month", "in August 2025"), or k when none is there.
func (s *sentence) pastTime(k int) int {
	for n := 0; n < 5 && (s.isTimeTok(k) || (s.lower(k) == "in" || s.lower(k) == "on" || s.lower(k) == "last") && s.isTimeTok(k+1)); n++ {
		k++
	}
	return k
}

// agreedWithTo holds when "agreed with" names a state or a body, then
// (past a time) "to" and a verb: "agreed with Washington in August 2025
// to take in deportees".
func agreedWithTo(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	// (a capital stands for its government: "with Washington")
	if m == nil || m.from != to || m.poss || m.ent.typ != schema.Country && m.ent.typ != schema.Organization && m.ent.typ != schema.City {
		return false
	}
	j := s.pastTime(m.to)
	return s.lower(j) == "to" && s.tag(j+1) == "VB"
}

// reducedRelative reports whether the participle at from follows its
// noun with no verb between: "the bloc founded in 2011 by".
func reducedRelative(s *sentence, from, _ int) bool {
	if from == 0 {
		return false
	}
	w := s.lower(from - 1)
	return s.toks[from-1].Word && strings.HasPrefix(s.tag(from-1), "NN") && !s.toks[from-1].Cap && !copulas[w] && !auxiliaries[w]
}

func notReducedRelative(s *sentence, from, to int) bool { return !reducedRelative(s, from, to) }

// participle gives the triggers their own modality scope: ", accusing
// Guyana of ..." after "rejected the criticism" is not denied.
func participle(ts []trigger) []trigger {
	for i := range ts {
		ts[i].ownScope = true
	}
	return ts
}

// plans marks triggers that state a plan themselves: "is due in Hanoi".
func plans(ts []trigger) []trigger {
	for i := range ts {
		ts[i].plans = true
	}
	return ts
}

func factive(ts []trigger) []trigger {
	for i := range ts {
		ts[i].factive = true
	}
	return ts
}

var (
	relNouns = "relations,ties,relationship,links"
	dealNoun = "deal,agreement,treaty,pact,accord,accords,memorandum,contract,deals,agreements,treaties,pacts,memorandums,memoranda,contracts,loan,loans,declaration,protocol,framework,roadmap,convention,charter,text,document,documents,partnership,plan,swap,swaps"
	// importVerbs buy goods "from" a seller
	importVerbs = "imports,imported,import,buys,bought,purchased,purchases,buy,purchase,importing,buying,purchasing"
)

// triggers is the verb lexicon, by predicate.
var triggers = concat(
	t(schema.MetWith, svo, "met with", "met", "meet with", "meet", "meets", "meets with", "meeting with",
		"held talks with", "hold talks with", "holds talks with", "holding talks with",
		"sat down with", "talked with", "conferred with", "received"),
	// "travelled to Asmara for a summit with Isaias Afwerki", "held a
	// summit with" (not "opposed a budget summit with Congress": a
	// summit of a kind, proposed)
	needing(summitHeld, t(schema.MetWith, svo, "summit with", "summit talks with")),
	// "Erdogan hosted Abiy", not "the Netherlands already hosts the
	// International Criminal Court": a body hosted has its seat there
	needing(guestNotBody, t(schema.MetWith, svo, "hosted", "hosts")),
	// "Ruto will host Museveni in Nairobi" (the verb, not "the host
	// nation")
	needing(hostsPerson, t(schema.MetWith, svo, "host", "hosting")),
	// "Djibouti hosts Camp Lemonnier": a facility a place hosts is there
	needing(hostsFacility, withKind(reverse, t(schema.LocatedIn, svo, "hosts", "hosted", "host", "hosting"))),
	// "called on Prime Minister Shehbaz Sharif", "paid a courtesy call
	// on the emperor" (not "called on Israel to halt")
	only(needing(courtesyCall, t(schema.MetWith, svo, "called on", "calls on", "calling on", "courtesy call on", "courtesy calls on")), schema.Person),
	// "had lunch with Lula", "after a working lunch with Al Zeyoudi"
	t(schema.MetWith, svo, "lunch with", "dinner with", "breakfast with", "luncheon with"),
	// "after meeting Tokayev" is a verb; "the meeting in Paris" a noun
	needing(gerundAfterTime, t(schema.MetWith, svo, "meeting")),
	// ("Motegi, Cho and Wong met Rutte": the guests each met the host,
	// not one another)
	needing(noDirectObject, t(schema.MetWith, pairOnly, "met", "held talks", "meet")),
	t(schema.Visited, svo, "visited", "visit", "visits", "visiting", "arrived in", "arrives in", "arrive in", "arriving in",
		"arrived at", "toured", "stopover in", "stopovers in",
		// "has never set foot in Greenland"
		"set foot in", "sets foot in", "setting foot in"),
	// (not "used the visit to press Berlin": an infinitive's "to")
	needing(toNoInfinitive, t(schema.Visited, svo, "trip to", "visit to", "went to", "headed to",
		// "Oligui Nguema's state visit to Malabo": the possessor travels
		"state visit to", "official visit to", "working visit to", "first visit to")),
	// "arrived on Wednesday in Nuuk": a time between
	only(tm(schema.Visited, "arrived,arrives,arrive,arriving,landed", "", "in", 4), schema.Person),
	// "Wang Yi is due in Hanoi next week": an arrival that is planned
	plans(t(schema.Visited, svo, "due in")),
	// "will travel on Wednesday to Paris"
	tm(schema.Visited, "traveled,travelled,travels,travel,traveling,travelling", "", "to", 4),
	// "will fly on Thursday to Kazakhstan": a time between (not "flew
	// back to Lusaka", "flying from Baku to Grozny")
	only(needing(timeGap, tm(schema.Visited, "fly,flies,flew,flying,flown", "", "to", 4)), schema.Person),
	// "SAS is allowed to fly to New York" is a route, not a visit
	only(t(schema.Visited, svo, "flew to", "fly to", "flies to", "flying to", "flew on to", "fly on to", "flies on to", "flying on to",
		"flew into", "flown into", "fly into", "flies into", "flying into"), schema.Person),
	// "Macron was in Brussels for a meeting of EU leaders": a person in
	// a town (not "was in talks", "is in charge")
	only(needing(townRightAfter, t(schema.Visited, svo, "was in", "is in", "were in", "are in", "will be in", "was also in")), schema.Person),
	// "was born in the city and has never been to Afghanistan", "has
	// not been back to Luhansk since 2014"
	only(t(schema.Visited, svo, "been to", "been back to"), schema.Person),
	// "he would lead a Paraguayan delegation to Brasilia"
	only(tm(schema.Visited, "lead,led,leads,leading,headed,heads,head,heading", "delegation,mission", "to", 4), schema.Person),
	t(schema.NegotiatingWith, svo, "in talks with", "in discussions with", "in negotiations with",
		"negotiating with", "negotiate with", "negotiated with", "negotiates with", "held discussions with",
		"backchannel talks with", "talks with", "discussions with", "negotiations with"),
	t(schema.NegotiatingWith, pairOnly, "negotiating", "in talks", "held talks", "hold talks", "holding talks", "negotiate"),
	// "is negotiating a reciprocal trade agreement with the United
	// States", "refused to negotiate the islands' sovereignty with
	// Argentina": what is negotiated between the verb and "with"
	// (not "opened negotiating chapters with": a modifier)
	needing(notNegotiatingNoun, tm(schema.NegotiatingWith, "negotiating,negotiate,negotiates,negotiated", "", "with", 7)),
	// "Peru and Ecuador negotiated over the border" (not "the package he
	// and Ongpin negotiated with the creditors": the two negotiated with
	// someone else)
	needing(notWith, t(schema.NegotiatingWith, pairOnly, "negotiated", "negotiates")),
	// "Iran and the United States held their first talks"
	pairs(tm(schema.NegotiatingWith, "held,hold,holds,holding", "talks,negotiations", "", 6)),
	// "Thailand and the BRN resumed formal peace talks", "Vietnam and the
	// United States completed a fourth round of negotiations" (the base
	// forms take their modality from what governs them: "agreed to
	// resume talks", "will begin negotiations" are plans)
	pairs(tm(schema.NegotiatingWith, "resumed,resumes,opened,opens,began,begins,launched,started,starts,completed,concluded,wrapped", "talks,negotiations", "", 5)),
	// ("asked Japan to begin negotiations": only after "agreed to" or a
	// modal is a base form the subjects' own)
	needing(governedBase, pairs(tm(schema.NegotiatingWith, "resume,open,begin,launch,start", "talks,negotiations", "", 5))),
	// "Rubio and Lavrov held four and a half hours of talks in Riyadh":
	// talks held together are a meeting too
	// (not "held backchannel talks", "held talks by phone")
	// ("agreed to hold a further round of talks": talks to come, no
	// meeting yet)
	needing(talksMet, pairs(tm(schema.MetWith, "held,hold,holds,holding", "talks", "", 6))),
	needing(talksMet, tm(schema.MetWith, "held,hold,holds,holding", "talks", "with", 6)),
	// (not "called Petro an \"illegal drug leader\"": a name for him)
	needing(callNotNaming, t(schema.Contacted, svo, "called")),
	// "Jaishankar had spoken by phone to Araghchi"; "had not consulted
	// Wellington"; "Kuwait has asked the United Nations to appoint": a
	// request made to a party is a contact
	tm(schema.Contacted, "spoke,spoken,talked", "phone,telephone", "to", 6),
	// (not "agreed to consult Canberra before", "to ask the court to": a
	// duty or a plan)
	t(schema.Contacted, svo, "consulted"),
	needing(askedTo, t(schema.Contacted, svo, "asked")),
	needing(func(s *sentence, from, to int) bool { return modals[s.lower(from-1)] && askedTo(s, from, to) }, t(schema.Contacted, svo, "ask")),
	// "Dhaka has no formal contact with the Arakan Army": the "no"
	// before denies it
	needing(noBefore, t(schema.Contacted, svo, "contact with", "contacts with")),
	t(schema.Contacted, svo, "contacted", "contact", "contacts", "phoned", "reached out to", "in contact with", "in touch with",
		"reaching out to", "spoke with", "spoke to", "spoken with", "spoken to", "outreach to",
		"telephoned", "wrote to", "written to", "writes to"),
	// "was expected to telephone Tshisekedi", "will phone Putin": the
	// verb after a modal or an infinitive's "to"
	needing(func(s *sentence, from, _ int) bool { return s.lower(from-1) == "to" || modals[s.lower(from-1)] },
		t(schema.Contacted, svo, "telephone", "phone")),
	// "had no plans to speak to Putin", "will speak with Xi" (not "was
	// scheduled to speak to the American Bankers Association": a body
	// addressed is an audience)
	needing(notAudience, t(schema.Contacted, svo, "speak to", "speak with", "speaks to", "speaks with")),
	tm(schema.Contacted, "spoke,talked,speaks,talks,spoken,speaking,talking", "phone,telephone,videolink,video", "with", 6),
	// "spoke separately with his Libyan counterpart"
	tm(schema.Contacted, "spoke,spoken,talked", "separately,briefly,directly,privately,later,again,also", "with", 2),
	tm(schema.Contacted, "spoke,spoken", "separately,briefly,directly,privately,later,again,also", "to", 2),
	// "Museveni and Samia spoke by phone on Wednesday"
	pairs(tm(schema.Contacted, "spoke,talked,speaks,talks,spoken,speaking,talking", "phone,telephone,videolink,video", "", 3)),
	tm(schema.Contacted, "sent,send,sends,sending,wrote,delivered", "letter,message,note,letters,messages,notes", "to", 4),
	// "the Maldives would raise the matter with Britain" (not "raised
	// the issue with Wang at a meeting": what is said face to face is
	// part of a meeting)
	needing(noMeetingIn, tm(schema.Contacted, "raise,raised,raises,raising", "matter,issue,issues,concern,concerns,question,case", "with", 4)),
	// "Rubio urged Sudani in a phone call last month": whom the verb
	// addresses, over the phone
	needing(phoneCallAfter, t(schema.Contacted, svo, "urged", "urges", "told", "asked", "assured", "thanked",
		"congratulated", "invited", "warned", "pressed", "briefed", "informed")),
	// "Relations between Australia and China have been restored"
	needing(restoredAfter, t(schema.NormalizedRelationsWith, between, "relations between", "ties between")),
	// "Chile had briefed New Zealand on the memorandum"
	needing(briefedOn, t(schema.Contacted, svo, "briefed", "briefs", "brief")),
	// "held a phone call with", "had a telephone conversation with";
	// "discussed the plan with Tusk in a telephone call"
	tm(schema.Contacted, "held,had,hold,holds,has,holding,having", "call,calls,conversation,conversations", "with", 5),
	needing(phoneAfter, tm(schema.Contacted, "discussed,discusses,discuss,discussing", "", "with", 6)),
	// "raised the matter in a phone call with Dong Jun"
	t(schema.Contacted, svo, "in a phone call with", "in a telephone call with", "in a video call with",
		"during a phone call with", "during a telephone call with", "during a video call with"),
	tm(schema.Attacked, "launched,fired,launches,fires,sent,firing,launching,by firing,by launching", "drones,missiles,rockets,strikes,airstrikes,attacks,shells,bombs", "at", 8),
	tm(schema.Attacked, "launched,fired,launches,fires,carried,firing,launching,by firing,by launching,by carrying", "drones,missiles,rockets,strikes,airstrikes,attacks,shells,bombs,out", "on", 8),
	tm(schema.Attacked, "launched,fired,launches,fires,carried,firing,launching,by firing,by launching,by carrying", "drones,missiles,rockets,strikes,airstrikes,attacks,shells,bombs,out", "against", 8),
	tm(schema.Attacked, "launched,fired,launches,fires,firing,by firing", "drones,missiles,rockets,shells", "into", 8),
	// "joined the war on June 22 by bombing the Fordow plant": the means,
	// done by the clause's subject
	t(schema.Attacked, svo, "by bombing", "by striking", "by shelling", "by attacking", "by invading"),
	t(schema.Brokered, svo, "brokered", "mediated", "brokers", "broker", "mediates", "facilitated"),
	// "Chernyshenko was received on Tuesday by President Diaz-Canel": a
	// guest received by a host met them
	only(withKind(passive, tm(schema.MetWith, "received,welcomed,greeted", "", "by", 4)), schema.Person),
	t(schema.Brokered, passive, "brokered by", "mediated by", "facilitated by"),
	t(schema.PartyTo, svo, "signed", "signs", "sign", "joined", "join", "joins", "ratified",
		"ratify", "party to", "signatory to", "signatories to", "signed on to", "acceded to"),
	// ("has been ratified by Bangladesh and Thailand but not yet by India")
	t(schema.PartyTo, agrLeft, "signed between", "inked between", "signed by", "inked by", "concluded between", "ratified by"),
	// "signed in Paris in December 1995 by the leaders of Bosnia, ...":
	// the signatories after the place and time
	withKind(agrLeft, tm(schema.PartyTo, "signed,inked", "", "by", 8)),
	factive(t(schema.CandidateFor, candidacy, "bring", "bringing", "brought", "include", "including",
		"invite", "invited", "inviting", "add", "adding", "admit", "admitting")),
	factive(t(schema.CandidateFor, joiner, "joining", "to join", "to sign", "signing on to", "accession to",
		"inclusion in", "membership in", "to enter",
		// "Serbia, a candidate for European Union membership"
		"candidate for", "candidate to join", "candidacy for",
		// "Turkey, a candidate for membership of the European Union"
		"candidate for membership of", "candidate for membership in", "candidate for full membership of")),
	// ("did not renew its fisheries agreement with the European Union":
	// a deal renewed is one signed again)
	tm(schema.SignedAgreementWith, "signed,sign,inked,reached,concluded,agreed,renewed,renew,renews", dealNoun, "with", 5),
	// "Bangladesh would seek similar agreements with the Maldives": a
	// deal sought is one planned
	plans(tm(schema.SignedAgreementWith, "seek,seeks,seeking,sought", dealNoun, "with", 3)),
	pairs(tm(schema.SignedAgreementWith, "signed,sign,inked,reached,concluded", dealNoun, "", 4)),
	// "Kenya and Somalia have agreed to reopen their border", "agreed on
	// Tuesday to build": what two parties agree on together
	needing(countriesAgree, pairs(tm(schema.SignedAgreementWith, "agreed,agree,agrees", "to", "", 4))),
	// "a 2012 agreement between Iraq and Kuwait", "the 1951 Mutual
	// Defense Treaty between Washington and Manila": a deal dated by its
	// year is one the two concluded (not "a long-delayed pact between",
	// "talks on a deal between": no year, no deal yet)
	needing(datedDeal, factive(t(schema.SignedAgreementWith, between, "agreement between", "treaty between", "deal between",
		"accord between", "pact between", "protocol between", "memorandum between", "convention between"))),
	// "the 2018 peace deal he signed with Isaias", "the Geneva Agreement,
	// signed with Britain": the deal comes first
	afterDeal(t(schema.SignedAgreementWith, svo, "signed with", "agreed with", "concluded with")),
	// "Rwanda agreed with Washington in August to take in deportees":
	// an undertaking agreed with a party (not "agreed with Kenya that
	// the talks had failed": an opinion shared)
	needing(agreedWithTo, t(schema.SignedAgreementWith, svo, "agreed with", "agreed with the")),
	// "Addis Ababa's January 2024 port deal with Somaliland": a deal a
	// party's possessive names
	needing(dealPossessed, t(schema.SignedAgreementWith, svo, "deal with", "agreement with", "pact with", "accord with", "treaty with")),
	// "Iran has a defence pact with Russia", "North Korea, which has no
	// fisheries agreement with South Korea": a deal held is one made
	needing(dealHeld, t(schema.SignedAgreementWith, svo, "deal with", "agreement with", "pact with", "accord with", "treaty with")),
	pairs(tm(schema.NormalizedRelationsWith, "normalize,normalise,normalized,normalised,restore,restored,re-establish,re-established,reestablish,reestablished,resume,resumed", relNouns, "", 3)),
	// "Russia and Azerbaijan patched up relations", "mended ties with":
	// relations restored after a row
	// (states: "Lee and Xi ... as the two neighbours tried to repair
	// ties" is their countries' repair, not the two men's)
	only(pairs(tm(schema.NormalizedRelationsWith, "patched up,patch up,mended,mend,repaired,repair", relNouns, "", 3)), schema.Country, schema.City),
	only(tm(schema.NormalizedRelationsWith, "patched up,patch up,patching up,mended,mend,mending,repaired,repair,repairing", relNouns, "with", 3), schema.Country, schema.City),
	tm(schema.NormalizedRelationsWith, "normalize,normalise,normalized,normalised,normalizing,normalising,normalizes,normalises,restore,restored,restoring,re-establish,re-established,reestablish,restoration of,resume,resumed,resuming", relNouns, "with", 3),
	// "Riyadh cut ties with Tehran": relations that ended
	negates(tm(schema.DiplomaticRelationsWith, "cut,severed,sever,severs,broke,break,breaks,suspended,suspend,downgraded", "ties,relations", "with", 3)),
	negates(pairs(tm(schema.DiplomaticRelationsWith, "cut,severed,sever,broke,suspended", "ties,relations", "", 3))),
	t(schema.NormalizedRelationsWith, svo, "normalization with", "normalisation with", "normalized with", "normalised with"),
	tm(schema.DiplomaticRelationsWith, "have,has,had,having,maintain,maintains,maintained,established,establish,enjoy,enjoys", "relations,diplomatic", "with", 3),
	tm(schema.DiplomaticRelationsWith, "established,establish,establishes,establishing", "ties", "with", 3),
	// "Turkey and Armenia have never established diplomatic relations"
	// (not "have not restored normal relations": "have" is then the
	// auxiliary of the verb that says what happened to the relations)
	needing(noVerbBetween, pairs(tm(schema.DiplomaticRelationsWith, "established,establish,restored,restore,maintain,maintained,have,has,had", "relations", "", 3))),
	withKind(partnerless, tm(schema.DiplomaticRelationsWith, "formalize,formalise,formalized,formalised,establish,established,establishing,formalizing", "relations", "", 3)),
	// "a militia that has pledged allegiance to Islamic State"
	t(schema.AlliedWith, svo, "pledged allegiance to", "pledges allegiance to", "pledging allegiance to", "pledge allegiance to", "swore allegiance to", "sworn allegiance to"),
	t(schema.AlliedWith, svo, "ally of", "allies of", "allied with", "close ties with", "strong ties with",
		"closest allies", "closest ally", "alliance with", "strategic partner of", "allied to", "aligned with",
		// "India, a close partner of Mauritius" (not a trading partner)
		"close partner of", "closest partner of", "key partner of", "close partners of", "security partner of", "defence partner of", "defense partner of"),
	tm(schema.AlliedWith, "strong,close,closer,closest,deep,warm", "ties,relations,relationship,partnership,alliance,cooperation", "with", 8),
	// "Washington now calls Guyana a close security partner"
	// ("Burkina Faso has made Russia its main foreign partner")
	needing(callsAlly, t(schema.AlliedWith, svo, "calls", "called", "considers", "considered", "regards", "described", "made", "makes", "make")),
	// "Russia is now Niger's main security partner": a partner the
	// possessor has
	needing(possessedTrigger, t(schema.AlliedWith, svo, "main partner", "key partner", "closest partner", "main ally", "key ally", "principal ally",
		"main security partner", "key security partner", "closest security partner", "main foreign partner", "main military partner",
		"main strategic partner", "key strategic partner", "security partner", "military partner", "strongest ally", "staunchest ally")),
	// "Serbia's allies Russia and China": a state's allies named right
	// after the noun (not "asked its allies for help")
	needing(possessedNamed, t(schema.AlliedWith, svo, "allies", "ally")),
	t(schema.AlliedWith, pairOnly, "have close ties", "have strong ties", "are allies", "are close allies",
		// "China and Turkmenistan were strategic partners"
		"were allies", "were close allies", "are strategic partners", "were strategic partners", "are close partners",
		"were close partners", "are key partners", "are partners", "were partners"),
	// "Egypt, Eritrea and Somalia formed a trilateral alliance"
	// (not "formed the Alliance of Sahel States": a body, whose members
	// they are)
	needing(lowerSpan, pairs(tm(schema.AlliedWith, "formed,form,forms,forged,forge,forges,created,launched,founded", "alliance,partnership,axis,coalition", "", 3))),
	// (not "Yemen's internationally recognised government": an
	// adjective)
	needing(recognisesVerb, t(schema.Recognizes, svo, "recognize", "recognise", "recognized", "recognised", "recognizes", "recognises",
		"recognizing", "recognising")),
	// "switched diplomatic recognition from Taiwan to China": the one
	// recognized now, after "to"
	tm(schema.Recognizes, "switched,switches,switch,switching,shifted,shifts,shift,shifting,transferred", "recognition", "to", 8),
	// "all armed civilian groups": an adjective, not arming
	needing(armingVerb, t(schema.Supported, svo, "armed", "arming")),
	// "Algeria hosts and arms the Polisario Front" (not "arms sales",
	// "Iran's arms"): the verb before a name
	needing(armsVerb, t(schema.Supported, svo, "arms")),
	// "Abinader has enjoyed firm support from Washington", "received
	// $1 billion in aid from Japan": the one after "from" supports the
	// subject
	withKind(reverse, tm(schema.Supported, "enjoyed,enjoys,enjoy,enjoying,received,receives,receive,receiving,got,gets,secured,secures,won,wins", "support,backing,aid,assistance,funding,financing,loans,loan", "from", 6)),
	// "Takaichi's remark drew sharp criticism from Beijing", "faces
	// continued opposition from France and Poland"
	withKind(reverse, tm(schema.Criticized, "drew,draws,drawn,drawing,draw,faces,faced,facing,face", "criticism,protest,protests,condemnation,rebuke,rebukes,opposition,objections", "from", 5)),
	// "accused Caracas of harboring the rebels"
	t(schema.Supported, svo, "harboring", "harbouring", "harbored", "harboured", "harbors", "harbours",
		// "accuses the Taliban of sheltering fighters of the TTP"
		"sheltering", "sheltered", "shelters"),
	// "Beijing has declined to help finance Kambarata-1", "which has
	// financed feasibility studies for Kambarata-1" (above)
	// (not "which finances South Africa's share of the works": what is
	// financed is the share)
	needing(verbUnpossessed, t(schema.Supported, svo, "financed", "finances", "finance", "financing", "help finance", "helped finance", "help fund", "helped fund")),
	// "accused the LNA of helping the Rapid Support Forces" (not "helped
	// government forces push back the CPC", "helped shape the
	// convention": the one helped right after the verb)
	needing(helpedNamed, t(schema.Supported, svo, "helped", "helping", "helps")),
	t(schema.Supported, svo, "supported", "supports", "supporting", "backed", "backs", "backing", "funded", "funds",
		"aided", "supplied weapons to", "sent aid to", "provided aid to",
		"sent weapons to", "delivered weapons to", "pledged aid to", "military aid to", "aid to",
		"backer of", "backers of", "arms supplier of", "arms supplier to", "weapons supplier to", "sponsor of", "donor to", "patron of"),
	// (not "will supply liquefied natural gas to Vietnam": goods sold,
	// read as imports below)
	needing(noGoodsObject, t(schema.Supported, svo, "supply", "supplies", "supplied", "supplying")),
	// "Lithuania, a staunch supporter of Ukraine", "has been among the
	// most vocal supporters of Ukraine" (not "supporters of the ousted
	// prime minister renewed pressure": a subject of its own)
	needing(predicateNoun, t(schema.Supported, svo, "supporter of", "supporters of")),
	t(schema.Supported, reverse, "with support from", "with the support of", "backed by", "supported by",
		"with backing from", "with the backing of", "funded by", "armed by", "financed by", "endorsed by"),
	// "Washington's support for Ukraine", "the EU's military support for
	// Kyiv": the possessor supports
	needing(possessedNoun, t(schema.Supported, svo, "support for", "military support for", "financial support for",
		"backing for", "military aid for", "aid for", "assistance to", "military assistance to")),
	// ("did not endorse the declaration": an agreement endorsed is
	// joined, read below)
	t(schema.Supported, svo, "endorsed", "endorses", "endorse", "endorsing"),
	// "voiced support for Vilnius", "approved $890 million in assistance
	// for Palau", "stood firmly with Kuwait"
	// (not "reaffirmed Washington's support for": the possessor's)
	needing(noPossessorIn, tm(schema.Supported, "voiced,voices,expressed,expresses,reiterated,reaffirmed,pledged,pledges,offered,offers,promised,declared", "support,backing,solidarity", "for", 4)),
	needing(noPossessorIn, tm(schema.Supported, "approved,approves,pledged,pledges,provided,provides,announced,offered,promised,gave,granted,disbursed,extended", "aid,assistance,funding,grant,grants,loan,loans,financing,credit,credits", "for", 8)),
	needing(noPossessorIn, tm(schema.Supported, "approved,approves,pledged,pledges,provided,provides,announced,offered,promised,gave,granted,disbursed,extended", "aid,assistance,funding,grant,grants,loan,loans,financing,credit,credits", "to", 8)),
	// "have all sent artillery ammunition to Kyiv", "shipped military
	// equipment to Somalia": arms or aid sent to someone support them
	needing(noPossessorIn, tm(schema.Supported, "sent,send,sends,sending,shipped,ship,ships,shipping,delivered,deliver,delivers,delivering,supplied,supply,supplies,supplying",
		"ammunition,weapons,arms,artillery,equipment,missiles,drones,tanks,jets,shells,munitions,aid,relief", "to", 5)),
	// "New Zealand will give Samoa NZ$48 million", "lent Tonga $65
	// million": money given or lent to a name
	needing(moneyAfterObject, t(schema.Supported, svo, "give", "gives", "gave", "given", "giving", "lend", "lends", "lent", "lending", "grant", "grants", "granted", "extended", "extends", "loaned")),
	// "Japan handed Palau a 40-metre patrol vessel", "Australia gave
	// Palau its current patrol boat": equipment given to a name
	needing(giftAfterObject, t(schema.Supported, svo, "give", "gives", "gave", "giving", "handed", "hands", "hand", "handing", "donated", "donates", "donate", "donating")),
	tm(schema.Supported, "stands,stood,stand,standing", "firmly,fully,squarely,resolutely", "with", 2),
	// "Australia has funded coast guard training for Sri Lanka"
	tm(schema.Supported, "funded,financed", "", "for", 5),
	// "India already funds a range of projects in Mauritius", "has
	// funded roads ... and government offices in Port Vila": the country
	// the projects are in
	// (verbs only: not "raised funds in Hong Kong", "finance ministers
	// in Washington")
	needing(verbTagged, only(tm(schema.Supported, "funded,financed,funds,finances", "", "in", 10), schema.Country, schema.Organization, schema.City)),
	// "Romania donated a Patriot air defence system to Ukraine"
	tm(schema.Supported, "donated,donates,donate,donating,gifted", "", "to", 8),
	// "Pyongyang has sent thousands of troops to help Moscow", "whose
	// troops have been deployed to support the Congolese army", "approved
	// a $150 million loan to help Jamaica rebuild": troops or money sent
	// to help someone support them
	needing(sentToHelp, t(schema.Supported, svo, "to help", "to support", "to back", "to assist", "to reinforce", "to fight for", "to fight alongside")),
	// "Jamaica has pledged troops to the Gang Suppression Force",
	// "contributes police officers to the mission": troops promised or
	// given to a force or a country support it (not "sent troops to":
	// an invasion is sent too)
	// (not "pledged troops to support the Somali government": a verb
	// after "to", read as a promise below)
	needing(toNoInfinitive, tm(schema.Supported, "pledged,pledges,pledge,pledging,contributed,contributes,contribute,contributing,committed,commits,commit,committing", "troops,soldiers,officers,police,peacekeepers,personnel,contingent,forces", "to", 5)),
	// "Russia and Iran have long opposed an undersea pipeline" (not "as
	// opposed to")
	needing(opposesName, t(schema.Criticized, svo, "opposed", "opposes", "oppose", "opposing")),
	// "Riga stood in full solidarity with Tallinn"
	tm(schema.Supported, "stands,stood,stand,standing,expressed,expresses,voiced", "solidarity", "with", 3),
	// "Rwandan troops have fought alongside Mozambican forces"
	t(schema.Supported, svo, "fought alongside", "fighting alongside", "fight alongside", "fights alongside",
		"fought side by side with", "fighting side by side with", "fight side by side with", "fights side by side with"),
	// "Cuban troops fought for the MPLA": the side fought for
	t(schema.Supported, svo, "fought for", "fighting for", "fights for", "fought on the side of"),
	t(schema.Criticized, svo, "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns",
		"denounced", "denounces", "accused", "accuses", "slammed", "blamed", "blaming", "rebuked", "censured",
		"criticize", "criticise", "condemn", "denounce", "accuse", "rebuke", "objected to", "objects to", "protested against"),
	// ", accusing Pakistan of ...": the participle takes the clause's
	// subject, and its own modality ("rejected the criticism, accusing
	// Guyana of ..." accuses)
	// (not "blocked EU statements criticising Serbia": the participle's
	// subject is the noun it follows)
	participle(needing(notReducedRelative, t(schema.Criticized, svo, "accusing", "criticizing", "criticising", "condemning", "denouncing", "blaming"))),
	// "Milei called Lula a \"corrupt communist\"", "branded the
	// government illegitimate": a name for someone that is an insult
	needing(callsNames, t(schema.Criticized, svo, "called", "calls", "branded", "brands", "labelled", "labeled", "labels", "dubbed")),
	// "summoned Venezuela's ambassador", "summoned the Chinese envoy": a
	// protest to the envoy's country
	objectFrom((*sentence).envoyCountry, t(schema.Criticized, svo, "summoned", "summons", "summoning", "summon")),
	// "India rejected Kathmandu's claims", "dismissed the accusations
	// by Kigali": rejecting one's claims criticizes them (SCHEMA.md)
	objectFrom((*sentence).claimOwner, t(schema.Criticized, svo, "rejected", "rejects", "dismissed", "dismisses", "rebuffed", "rebuffs")),
	// "killed 54 Beninese soldiers": an attack on their side
	objectFrom((*sentence).forcesKilled, t(schema.Attacked, svo, "killed", "kills")),
	// "Belize has lodged a formal protest with Guatemala"
	tm(schema.Criticized, "lodged,lodges,lodging,filed,files,registered", "protest,complaint", "with", 4),
	// "Dushanbe protested to Moscow"
	t(schema.Criticized, svo, "protested to", "protests to", "protesting to"),
	// "sent protest notes to India and China", "delivered a letter of
	// protest to"
	tm(schema.Criticized, "sent,sends,send,sending,delivered,delivers,handed,hands", "protest", "to", 5),
	// "demanded an explanation from China": a protest
	tm(schema.Criticized, "demanded,demands,demand,demanding,sought,seeks,seek", "explanation,explanations,apology", "from", 3),
	t(schema.Threatened, svo, "threatened", "threatens", "threaten"),
	// "Sisi warned Ethiopia that Egypt would ...", "to warn Turkmenistan
	// and Azerbaijan against": a warning to a named side (not "warned
	// that ...", "warned of")
	needing(warnsSomeone, t(schema.Threatened, svo, "warned", "warns", "warn", "warning")),
	t(schema.Sanctioned, svo, "sanctioned", "sanction", "sanctions", "sanctioning", "sanctions on", "sanctions against", "embargo on", "embargo against",
		"blacklisted", "blacklists", "blacklisting"),
	// ("will lower tariffs on Argentine steel": duties cut are none laid)
	needing(notLowered, t(schema.Sanctioned, svo, "tariffs on")),
	tm(schema.Sanctioned, "imposed,impose,imposes,imposing,slapped,slaps,announced,extended,extends,expanded,tightened,levied,placed,raised,raises,raise,raising,hiked,hikes,hike", "sanctions,tariffs,embargo,penalties,duties,levies,tariff,duty,levy,ban,counter-tariffs,measures", "on", 4),
	// "raised tariffs of up to 50% on cars, steel and other goods from
	// China": duties on what comes from a country
	// (not "tariffs on a range of Japanese goods to prevent ... from the
	// United States": the goods come right before "from")
	needing(func(s *sentence, from, to int) bool {
		return notLowered(s, from, to) && goodsNouns[s.lower(to-2)]
	}, tm(schema.Sanctioned, "tariffs,tariff,duties,counter-tariffs", "goods,imports,products,exports", "from", 12)),
	tm(schema.Sanctioned, "imposed,impose,imposes,imposing,slapped,announced,extended,expanded,tightened", "sanctions,tariffs,embargo,penalties", "against", 4),
	// "Washington designated the Houthis a foreign terrorist
	// organization": a listing is a sanction
	needing(terrorListing, t(schema.Sanctioned, svo, "designated", "designates", "designate", "designating", "listed", "lists")),
	needing(armedSense, t(schema.InConflictWith, svo, "conflict with", "war with", "at war with", "fighting", "fought",
		"clashed with", "clashes with", "dispute with", "in conflict with", "fighting with", "war against",
		"fought a war with", "fought a war against", "fought wars with", "waged war on", "waged war against", "waged a war against")),
	// "has waged a low-level insurgency against the Senegalese state"
	needing(armedSense, tm(schema.InConflictWith, "waged,wage,wages,waging", "insurgency,rebellion,war,campaign,uprising", "against", 4)),
	t(schema.NegotiatingWith, between, "talks between", "negotiations between", "discussions between", "dialogue between"),
	// "a telephone call between Hun Sen and Paetongtarn"
	// (two named sides: "no call between the two presidents" leaves
	// who they are to the reader)
	needing(func(s *sentence, _, to int) bool {
		m := s.nameAt(to, "the")
		return m != nil && len(m.members) == 0 && !m.pronoun
	}, t(schema.Contacted, between, "call between", "calls between", "phone conversation between", "telephone conversation between")),
	t(schema.MetWith, between, "meeting between", "summit between", "meetings between"),
	// "Trade between Qatar and Bahrain remains modest", "Trade in goods
	// between the EU and Chile"
	t(schema.TradesWith, between, "trade between", "bilateral trade between", "commerce between", "trade ties between",
		"trade in goods between", "trade in goods and services between"),
	needing(armedSense, t(schema.InConflictWith, between, "conflict between", "war between", "fighting between", "clashes between",
		"dispute between", "hostilities between")),
	needing(armedSense, t(schema.InConflictWith, pairOnly, "at odds", "at loggerheads", "in conflict", "at war", "have been in conflict",
		"border dispute", "territorial dispute", "in a dispute", "locked in a dispute", "clashed", "fought a war",
		"border clashes")),
	// "Pakistani air strikes hit Kabul", "Russian missiles hit Kyiv": a
	// weapon hits (a crisis or a record is not hit by one)
	needing(weaponHits, t(schema.Attacked, svo, "hit", "hits")),
	// "Ethiopia had no plans to attack Eritrea", "would not invade":
	// an attack intended, planned or ruled out
	needing(intentBefore, t(schema.Attacked, svo, "to attack", "to invade", "attack", "invade")),
	// "Bogota had no plans to take Santa Rosa by force", "would annex
	// the region"
	needing(intentBefore, t(schema.TookControlOf, svo, "to seize", "to annex", "to capture", "seize", "annex", "capture")),
	needing(takeByForce, t(schema.TookControlOf, svo, "to take", "take", "to retake", "retake")),
	// "the M23 seized Goma in January and took Bukavu a month later": a
	// town or region taken (not "took Washington by surprise", "took
	// Moscow's offer")
	needing(tookTown, t(schema.TookControlOf, svo, "took")),
	// "The M23 has not taken Uvira"
	needing(func(s *sentence, from, to int) bool { return perfectBefore(s, from) && tookTown(s, from, to) }, t(schema.TookControlOf, svo, "taken")),
	// (not "struck a softer tone", "struck a deal")
	needing(strikeNotFigure, t(schema.Attacked, svo, "struck")),
	// "has not fired on Israel in months" (not "fired on Monday": a
	// dismissal's time)
	needing(func(s *sentence, from, to int) bool { return !s.isTimeTok(to) }, t(schema.Attacked, svo, "fired on", "fired at", "fires on", "fires at", "firing on", "firing at", "opened fire on", "opened fire at")),
	t(schema.Attacked, svo, "attacked", "attacks", "bombed", "shelled", "invaded", "raided", "ambushed",
		"shot down", "strike on", "attack on", "strikes on", "attacks on", "invasion of", "bombing of",
		"airstrikes on", "air strikes on", "airstrikes against", "strikes against", "missile strikes on",
		"drone strikes on", "fired rockets at", "fired missiles at", "fired rockets into", "launched an attack on",
		"launched attacks on", "shelling of", "offensive against", "assault on"),
	t(schema.Killed, svo, "killed", "assassinated", "murdered", "shot dead", "executed", "kills", "slew", "beheaded", "beheads"),
	t(schema.Killed, passive, "killed by", "assassinated by", "murdered by", "shot by", "slain by", "gunned down by", "beheaded by"),
	t(schema.Killed, nominalOf, "assassination of", "killing of", "murder of", "slaying of", "slayings of",
		"killings of", "murders of", "shooting of"),
	t(schema.Killed, svo, "shot and killed", "gunned down", "stabbed to death", "beat to death", "strangled",
		// gerunds and infinitives: "convicted of killing B", "pleaded
		// guilty to murdering B", "used to kill B"
		"killing", "murdering", "assassinating", "kill", "murder", "assassinate",
		"fatally shot", "shot and mortally wounded", "fatally stabbed"),
	t(schema.Killed, passive, "fatally shot by", "mortally wounded by", "shot to death by", "stabbed to death by"),
	t(schema.TookControlOf, svo, "seized", "retook", "captured", "occupied", "annexed", "took control of",
		"regained control of", "regains control of", "regain control of", "retook control of", "seized control of",
		"gained control of", "took full control of", "regained full control of",
		"took over", "retake", "retaken", "recaptured", "recapture", "occupies", "seize", "seizes", "captures", "capture", "overran", "overrun",
		// "Russia's annexation of Crimea", "the Israeli occupation of the
		// West Bank"
		"annexation of", "occupation of", "seizure of", "capture of", "takeover of",
		// "Niamey nationalised the Somair mine"
		"nationalised", "nationalized", "nationalises", "nationalizes", "nationalisation of", "nationalization of"),
	needing(controlVerb, t(schema.TookControlOf, svo, "control", "controls", "controlled")),
	// "Bamako placed the Loulo-Gounkoto gold complex under provisional
	// administration"
	needing(underControlAfter, t(schema.TookControlOf, svo, "placed", "places", "put", "puts")),
	// "New Caledonia, annexed by France in 1853", "the oilfield was seized
	// in December by the Rapid Support Forces"
	t(schema.TookControlOf, passive, "seized by", "captured by", "annexed by", "occupied by", "retaken by", "recaptured by", "overrun by"),
	withKind(passive, tm(schema.TookControlOf, "seized,captured,annexed,occupied,retaken,recaptured", "", "by", 4)),
	// "Argentina had no plans to blockade the Falklands", "threatened to
	// blockade the strait"
	needing(intentBefore, t(schema.Blockaded, svo, "to blockade", "blockade")),
	t(schema.Blockaded, svo, "blockaded", "blockade of", "blockade on", "blockading",
		// "have besieged Kadugli, the capital of South Kordofan"
		"besieged", "besieges", "besieging", "laid siege to", "lay siege to", "laying siege to"),
	t(schema.Blockaded, reverse, "besieged by", "under siege by", "under siege from"),
	t(schema.SecededFrom, svo, "broke away from", "seceded from", "split from", "breakaway from", "break away from", "broken away from", "breaks away from", "secede from", "secedes from"),
	// "Singapore separated from Malaysia in 1965": a state leaves a
	// union, read as a secession (or an independence, by the subject's
	// type), not "is separated from the rest of Angola by": a gap
	needing(activeParting, t(schema.SecededFrom, svo, "separated from", "separates from")),
	// a region declares independence from its country; a country gains it
	// (the subject's type decides which)
	// ("gained independence from the United Kingdom": a colony's, read
	// below, not a secession)
	only(needing(notGained, t(schema.SecededFrom, svo, "declared independence from", "independence from")), schema.Region),
	t(schema.GainedIndependenceFrom, svo, "independence from",
		// "soon after Uganda became independent from Britain in 1962"
		"independent from", "became independent of", "become independent of", "becoming independent of"),
	// ("imports nearly all its gas and a large share of its electricity
	// from Romania": a long object)
	tm(schema.ImportsFrom, importVerbs, "", "from", 14),
	// "buys soda ash from Botswana's Botash plant": the country whose
	// plant or firm sells
	objectFrom((*sentence).sellerAt, tm(schema.ImportsFrom, importVerbs, "", "from", 14)),
	// "relied on cheap oil from Venezuela"
	tm(schema.ImportsFrom, "relies,relied,rely,relying,depends,depended,depend,depending", "on", "from", 8),
	t(schema.ImportsFrom, buysDemonym, "purchased", "bought", "buys", "imports", "imported", "purchases", "acquired", "buying", "importing"),
	// "to import Azerbaijani electricity", "will buy Ukrainian grain": a
	// base form after "to" or a modal (not "import duties on Japanese
	// microchips")
	needing(baseVerb, t(schema.ImportsFrom, buysDemonym, "import", "buy", "purchase")),
	// "China is the largest buyer of Iranian oil", "Peru, a major buyer
	// of Colombian goods"
	t(schema.ImportsFrom, buysDemonym, "buyer of", "buyers of", "importer of", "importers of", "purchaser of", "imports of"),
	// "Syria received 1.65 million barrels of Saudi crude oil": goods
	// received from the country the demonym names
	needing(commodityAhead, t(schema.ImportsFrom, buysDemonym, "received", "receives", "receive", "receiving")),
	// "Nepal will sell 500 megawatts of electricity to Bangladesh", "has
	// exported crude to India": the buyer after "to" imports from the
	// seller (between countries: companies sell shares)
	only(withKind(reverse, tm(schema.ImportsFrom, "sell,sells,sold,selling,export,exports,exported,exporting", "", "to", 8)), schema.Country),
	// "Brunei will supply liquefied natural gas to Vietnam", "Spain now
	// ships liquefied natural gas to Morocco"
	only(needing(commodityWithin, withKind(reverse, tm(schema.ImportsFrom, "supply,supplies,supplied,supplying", "", "to", 8))), schema.Country),
	// (not "has shipped wheat to Afghanistan ... as humanitarian aid": a gift)
	only(needing(func(s *sentence, from, to int) bool { return commodityWithin(s, from, to) && !aidWithin(s, to) },
		withKind(reverse, tm(schema.ImportsFrom, "ship,ships,shipped,shipping", "", "to", 8))), schema.Country),
	// "Nigeria, which supplies most of Niger's electricity"
	only(needing(possessedGoods, withKind(reverse, t(schema.ImportsFrom, svo, "supply", "supplies", "supplied", "supplying", "provides", "provided", "providing"))), schema.Country),
	// "Pakistan and Iran trade about $3 billion a year": a plural verb
	// and an amount
	needing(amountAfter, t(schema.TradesWith, pairOnly, "trade", "traded")),
	// "suspended all trade with India" is no trade
	needing(tradeGoesOn, t(schema.TradesWith, svo, "trade with", "trades with", "trading with", "trading partner of", "trade ties with")),
	// "China, Brazil's largest trading partner", "China is South Korea's
	// biggest trade partner": the possessor trades with the subject
	t(schema.TradesWith, svo, "largest trading partner", "biggest trading partner", "main trading partner", "top trading partner",
		"leading trading partner", "second-largest trading partner", "largest trade partner", "biggest trade partner",
		"main trade partner", "top trade partner", "trading partner", "trade partner",
		// "Pakistan is one of Afghanistan's biggest trading partners"
		"largest trading partners", "biggest trading partners", "main trading partners", "top trading partners", "trading partners",
		// "the United States, Vietnam's largest export market"
		"largest export market", "biggest export market", "main export market", "top export market"),
	// "Algeria is Italy's largest supplier of natural gas", "China is its
	// largest source of imports": the possessor imports from the head
	needing(possessedNoun, t(schema.ImportsFrom, svo, "largest supplier of", "biggest supplier of", "main supplier of", "top supplier of",
		"largest source of imports", "biggest source of imports", "main source of imports",
		// "one of India's main suppliers of crude oil", "India's
		// fourth-largest source of crude"
		"largest suppliers of", "biggest suppliers of", "main suppliers of", "top suppliers of", "leading suppliers of",
		"largest source of", "biggest source of", "main source of", "top source of", "leading source of",
		"second-largest supplier of", "third-largest supplier of", "fourth-largest supplier of", "fifth-largest supplier of",
		"second-biggest supplier of", "third-biggest supplier of", "second-largest source of", "third-largest source of",
		"fourth-largest source of", "fifth-largest source of", "second-biggest source of", "third-biggest source of",
		// "Venezuela, Cuba's main oil supplier"
		"largest * supplier", "biggest * supplier", "main * supplier", "top * supplier", "leading * supplier",
		"largest * suppliers", "biggest * suppliers", "main * suppliers", "top * suppliers", "leading * suppliers",
		// "Japan, its largest buyer": the head imports from the possessor
		"largest buyer", "biggest buyer", "main buyer", "top buyer", "largest customer", "biggest customer", "main customer")),
	// "Hungary depends on Russian oil", "relies almost entirely on
	// Russian gas": the supplier's demonym before the commodity
	objectFrom((*sentence).supplierAt, tm(schema.ImportsFrom, "depends,depend,depended,relies,rely,relied,dependent,reliant,dependence,reliance", "", "on", 3)),
	// "Nepal depends on India for almost all of its fuel": the supplier,
	// then what it supplies
	needing(commodityFor, t(schema.ImportsFrom, svo, "depends on", "depend on", "depended on", "relies on", "rely on", "relied on", "dependent on", "reliant on")),
	// "suspended all trade with India": a measure against the partner
	// (not "halted talks on trade with")
	needing(tradeNamed, tm(schema.Sanctioned, tradeStopVerbs, "trade,commerce", "with", 3)),
	// "has banned all trade with the North since 2009": a stop that
	// stands leaves no trade (a state's own: "the U.N. Security Council
	// has banned most trade with" is a sanction only)
	only(needing(tradeStopStands, negates(tm(schema.TradesWith, tradeStopVerbs, "trade,commerce", "with", 3))), schema.Country),
	// "disputed maritime borders with Turkey": the noun; "Ankara was
	// ready to open its border with Armenia": a possessed border
	needing(borderVerb, t(schema.Borders, svo, "borders", "borders with", "border with")),
	// "Lithuania and Latvia, which also border Belarus": the plural verb,
	// right before the neighbour's name
	needing(pluralBorderVerb, t(schema.Borders, svo, "border")),
	t(schema.Borders, svo, "bordering"),
	// "The Caspian ... is bordered by Russia, Kazakhstan and Iran"
	t(schema.Borders, reverse, "is bordered by", "are bordered by", "was bordered by", "bordered by"),
	// "The Gambia ... is surrounded on three sides by Senegal"
	t(schema.Borders, reverse, "is surrounded by", "is surrounded on three sides by", "surrounded on three sides by", "is almost surrounded by", "is enclosed by"),
	// "do not border Bangladesh", "would border Chad": the base form after
	// an auxiliary, a modal or "not" (else "border" is the noun)
	needing(afterAuxiliary, t(schema.Borders, svo, "border")),
	needing(neighboursOfNone, t(schema.Borders, svo, "neighbor", "neighbour", "neighbors",
		"neighbours", "shares a border with")),
	// "broke off relations with neighbouring Morocco": the adjective
	// states the border whatever the clause says of the relations
	participle(needing(neighboursOfNone, t(schema.Borders, svo, "neighboring", "neighbouring"))),
	// "shares a 900-km (560-mile) border with Syria"
	// ("shares a border of more than 2,000 km with Myanmar")
	tm(schema.Borders, "shares,share,shared,sharing", "border,frontier,boundary", "with", 9),
	// "Cambodia and Vietnam share a 1,270-km border" (not "share a border
	// with Laos": the trigger ends before "with")
	pairs(tm(schema.Borders, "share", "border,frontier,boundary,borders,frontiers,boundaries", "", 7)),
	t(schema.Borders, svo, "frontier with"),
	// "Uzbekistan, which has no border with Pakistan", "Iran has a long
	// border with Afghanistan"
	tm(schema.Borders, "has,have,had", "border,frontier,boundary", "with", 5),
	// (a border is there whatever the clause plans: "would help Ecuador,
	// wedged between Colombia and Peru")
	factive(t(schema.Borders, between, "situated between", "sandwiched between", "wedged between", "located between",
		"lies between", "nestled between", "landlocked between")),
	// a border is there whatever is planned for it ("will tighten
	// control of the frontier between the two countries")
	factive(t(schema.Borders, between, "border between", "frontier between", "boundary between")),
	// "the desert where the borders of Egypt, Libya and Sudan meet": each
	// pair of the list shares a border
	factive(needing(bordersMeet, t(schema.Borders, between, "borders of", "frontiers of", "boundaries of"))),
	// (not "A delegation from Uzbekistan led by Deputy Foreign Minister
	// Jasur Tojiboev": the delegation is led)
	needing(ledNotPrepObject, t(schema.HeadOf, passive, "led by", "headed by", "ruled by", "chaired by")),
	// "The United States was represented on Thursday by Deputy Secretary
	// of State Christopher Landau": who represents a country serves it
	only(withKind(passive, tm(schema.WorksFor, "represented", "", "by", 4)), schema.Person),
	needing(ledActive, t(schema.HeadOf, svo, "leads", "heads", "rules", "chairs", "led", "runs", "ran", "chaired")),
	// "Morales, who governed Bolivia from 2006 to 2019": a person who
	// governs a state heads it
	// ("has ruled the country since": "the country" is too often the
	// wrong one, and "ruled out" is no rule)
	only(t(schema.HeadOf, svo, "governs", "governed"), schema.Person),
	// (not "ambassador to Turkey", "envoy to the alliance": the host)
	// "had worked at the site for three years for Tianshan Mining Group"
	tm(schema.WorksFor, "worked,works", "", "for", 8),
	t(schema.WorksFor, svo, "works for", "worked for", "working for", "employed by", "spokesman for",
		"spokeswoman for", "spokesperson for", "aide to", "adviser to", "advisor to",
		"serves in", "served in", "official of", "official at",
		"works at", "worked at", "working at", "employed at", "teaches at", "taught at",
		"writes for", "wrote for", "reports for", "reported for", "reporter for", "correspondent for"),
	// "Mercosur, founded in 1991 by Brazil, Argentina, Paraguay and
	// Uruguay": the states that found a body are its members (a company's
	// founders are not)
	// ("the bloc founded in 2011 by Mexico, Peru, Chile and Colombia":
	// a participle after its noun has its own modality, not that of "for
	// Ecuador to become a full member")
	only(withKind(passive, participle(needing(reducedRelative, tm(schema.MemberOf, "founded,formed,created,established,set up", "", "by", 4)))), schema.Country),
	only(withKind(passive, needing(notReducedRelative, tm(schema.MemberOf, "founded,formed,created,established,set up", "", "by", 4))), schema.Country),
	// "Argentina, Brazil, Paraguay and Uruguay founded Mercosur in 1991":
	// the same, active (only states: companies found subsidiaries)
	only(needing(foundsBloc, t(schema.MemberOf, svo, "founded", "co-founded", "cofounded")), schema.Country),
	// ("which Uzbekistan joined as an observer in 2020": no member)
	needing(notAsObserver, t(schema.MemberOf, svo, "joined", "rejoined")),
	// (not "did not meet members of the opposition Maldivian Democratic
	// Party": members another verb takes as its object)
	needing(membersNotObject, t(schema.MemberOf, svo, "member of", "members of", "member state of", "member states of")),
	// "Vietnam and Malaysia belong to the CPTPP": an agreement's parties
	// (not "belong to the SADC, whose Protocol on Trade": the agreement
	// must be what they belong to)
	needing(func(s *sentence, _, to int) bool {
		m := s.nameAt(to, "the")
		return m != nil && m.ent.typ == schema.Agreement && !m.poss
	}, t(schema.PartyTo, svo, "belongs to", "belong to")),
	t(schema.MemberOf, svo, "belongs to", "belong to",
		// founders are members; "formed" and "founded" alone are too often
		// companies founding subsidiaries (Reuters) to read as membership
		"founding members of", "founding member of"),
	// "Norway was among the alliance's twelve founding members", "is one
	// of NATO's 32 members": one of a body's members
	needing(memberAmong, t(schema.MemberOf, svo, "founding members", "members", "member states")),
	// "Algeria, which holds a non-permanent seat on the council", "won a
	// seat on the Human Rights Council"
	tm(schema.MemberOf, "holds,held,hold,won,wins,win,took,takes,occupies,occupied,has", "seat", "on", 4),
	// "Malaysia holds the rotating chair of ASEAN": the chair is a member
	// (a person in the chair heads the body: see chairHeld)
	tm(schema.MemberOf, "holds,held,hold,holding,took,takes,assumed,assumes,assume", "chair,chairmanship,presidency", "of", 3),
	// "Holness, who holds CARICOM's rotating chairmanship", "took over
	// the AU's rotating chairmanship"
	objectFrom((*sentence).possessedChair, t(schema.MemberOf, svo, "holds", "held", "hold", "holding", "took over", "takes over",
		"assumed", "assumes", "assume", "took", "takes")),
	// "Denmark, which chairs the Arctic Council until 2027" (a person who
	// chairs a body leads it: head_of)
	only(t(schema.MemberOf, svo, "chairs", "chaired", "chairing"), schema.Country),
	// "Guinea would seek a seat on the Peace and Security Council":
	// running for a seat is a candidacy
	tm(schema.CandidateFor, "seek,seeks,sought,seeking,bid,bids,bidding,vying,vie,vies,campaigning,running,run,runs", "seat", "on", 4),
	// "is seeking membership of the OECD", "applied for full membership
	// in the bloc": a membership asked for
	tm(schema.CandidateFor, "seek,seeks,sought,seeking,applied,apply,applies,applying", "membership", "of", 3),
	tm(schema.CandidateFor, "seek,seeks,sought,seeking,applied,apply,applies,applying", "membership", "in", 3),
	// "applied for EU membership": the body named before the noun
	needing(bodyBeforeMembership, t(schema.CandidateFor, svo, "applied for", "apply for", "applies for", "applying for", "seeks", "seek", "sought", "seeking")),
	// "Kenya, which contributes troops to AUSSOM": a body's mission
	tm(schema.MemberOf, "contributes,contributed,contribute,contributing", "troops,soldiers,forces,personnel,peacekeepers,police", "to", 3),
	// "Niger, Mali and Burkina Faso now form the Alliance of Sahel
	// States": countries forming a body are its members (companies form
	// subsidiaries)
	// "The Indian Ocean Commission groups Madagascar, Mauritius and
	// France": a body that includes countries has them as members
	// (not "the group, which includes", "The group includes VBI Corp":
	// a name, or an aside after one, before the verb)
	only(withKind(reverse, needing(afterName, t(schema.MemberOf, svo, "groups", "includes", "comprises", "brings together",
		// "the so-called Quad, made up of the United States, Saudi Arabia, ..."
		"made up of", "composed of", "consisting of", "comprising"))), schema.Country),
	// ("left ECOWAS in January to form the Alliance of Sahel States":
	// an infinitive of purpose, when what is formed is a known bloc)
	needing(formsBody, t(schema.MemberOf, svo, "form", "formed", "forms")),
	needing(foundedJointly, t(schema.MemberOf, svo, "set up", "founded", "co-founded", "created", "established", "launched")),
	// "Ecuador will join the OAS", "Peru joins the bloc on Monday" (an
	// infinitive, "invited to join", is a candidacy)
	needing(finiteJoin, t(schema.MemberOf, svo, "join", "joins")),
	// "Iran is a party to the treaty", "are no longer part of the BRELL
	// agreement", "Mali is part of the Alliance of Sahel States": the
	// object's type tells a party from a member
	t(schema.PartyTo, svo, "party to", "parties to", "signatory to", "signatories to", "signatory of", "signatories of"),
	// "UNCLOS, to which Malaysia and China are both parties": the
	// relative's antecedent is the agreement
	needing(toWhichBefore, withKind(partnerless, t(schema.PartyTo, svo, "parties", "party", "signatories", "signatory", "a party", "a signatory"))),
	// (not "as part of", "sell part of its Shearson unit"; a company's
	// parent is no membership)
	needing(copulaPart, t(schema.PartyTo, svo, "part of")),
	only(needing(copulaPart, t(schema.MemberOf, svo, "part of")), schema.Country),
	// "the U.S. withdrew from the Paris Agreement": no longer a party
	// (not "until its fighters withdrew from the cities they had seized,
	// as the Jeddah Declaration requires": an agreement past a comma)
	needing(noCommaToObject, negates(t(schema.PartyTo, svo, "withdrew from", "withdraws from", "withdrawn from", "pulled out of",
		"quit", "quits", "exited", "left", "abandoned", "renounced", "scrapped"))),
	// "Mali left ECOWAS": no longer a member
	negates(t(schema.MemberOf, svo, "left", "quit", "quits", "withdrew from", "withdraws from", "withdrawn from",
		"pulled out of", "exited", "leaves", "leaving", "expelled from", "suspended from")),
	t(schema.LivesIn, svo, "lives in", "lived in", "living in", "live in", "resident of", "resides in", "resided in",
		"native of", "residents of", "home in", "born in", "raised in", "grew up in", "settled in",
		// "Jammeh, who has lived in exile in Equatorial Guinea"
		"lived in exile in", "lives in exile in", "living in exile in", "live in exile in"),
	// "who lives on Ebeye": an island
	needing(placeNext, t(schema.LivesIn, svo, "lives on", "lived on", "living on")),
	// (not "has moved to restore ties with": a step, not a home)
	needing(placeNext, t(schema.LivesIn, svo, "moved to")),
	// "born Aug. 6, 1911, in Jamestown": a date may come between
	tm(schema.LivesIn, "born", "", "in", 7),
	// "Kaliningrad, which is home to Russia's Baltic Fleet": the body
	// after it is based in the place before it
	// (a facility there is in it: "Qatar is home to Al Udeid Air Base")
	// "Jamaat Ansarullah had no bases in Afghanistan", "the group has
	// bases in Kunar"
	needing(basesHeld, only(t(schema.BasedIn, svo, "bases in", "base in"), schema.Organization)),
	only(t(schema.BasedIn, reverse, "is home to", "was home to", "are home to", "has been home to", "also home to", "now home to", "still home to"), schema.Organization),
	only(t(schema.LocatedIn, reverse, "is home to", "was home to", "are home to", "has been home to", "also home to", "now home to", "still home to"), schema.Facility),
	// "attended the first EU-Central Asia summit in Samarkand": a visit
	// to where the gathering was
	tm(schema.Visited, "attended,attends,attend,attending", "summit,conference,meeting,ceremony,forum,funeral,inauguration,parade,talks", "in", 8),
	t(schema.BasedIn, svo, "based in", "headquartered in", "headquarters in", "located in", "registered in", "incorporated in"),
	// "the International Court of Justice, which sits in The Hague"
	only(t(schema.BasedIn, svo, "sits in", "sit in"), schema.Organization),
	// "The OTS, whose secretariat is based in Istanbul": the body's seat
	t(schema.BasedIn, svo, "whose secretariat is based in", "whose secretariat is in", "whose headquarters are in",
		"whose headquarters is in", "whose headquarters are based in", "whose seat is in", "whose secretariat sits in"),
	// ("whose permanent secretariat is based in Dakar")
	t(schema.BasedIn, svo, "whose permanent secretariat is based in", "whose permanent secretariat is in"),
	t(schema.LocatedIn, svo, "located in", "situated in", "lies in"),
	// "is a citizen of Myanmar", "has never been granted citizenship of
	// Myanmar", "holds Thai citizenship"
	only(t(schema.CitizenOf, svo, "is a citizen of", "was a citizen of", "are citizens of", "were citizens of",
		"became a citizen of", "becomes a citizen of", "become a citizen of", "is a national of", "was a national of",
		"granted citizenship of", "given citizenship of", "holds citizenship of", "has citizenship of",
		"obtained citizenship of", "acquired citizenship of", "took citizenship of"), schema.Person),
	only(needing(citizenshipAfter, t(schema.CitizenOf, svo, "holds", "hold", "held", "has", "have", "had",
		"obtained", "acquired", "granted", "given", "received", "took", "taken")), schema.Person),
	// "Nurlan Yermekbayev, who is from Kazakhstan": a person from a
	// country is its citizen (a town is where they live, not read here)
	only(t(schema.CitizenOf, svo, "is from", "was from", "comes from", "came from", "hails from", "is originally from", "was originally from"), schema.Person),
	only(negates(t(schema.CitizenOf, svo, "stripped of citizenship of", "denied citizenship of", "renounced citizenship of")), schema.Person),
	// "Suva hosts the secretariat of the Pacific Islands Forum", "Hobart
	// is the headquarters of CCAMLR": a body's seat named from the place
	only(withKind(reverse, t(schema.BasedIn, svo, "hosts the secretariat of", "hosts the headquarters of", "hosts the seat of",
		"is the headquarters of", "is the seat of", "is home to the headquarters of", "is home to the secretariat of",
		"is also home to the headquarters of", "houses the headquarters of", "houses the secretariat of")), schema.Organization),
	// "Myawaddy, on the opposite bank, is in Myanmar's Kayin State": a
	// town's copula places it (a person's only says where they are)
	only(needing(placeRightAfter, t(schema.LocatedIn, svo, "is in", "lies just inside", "lies inside", "is just inside", "is inside")), schema.City, schema.Region),
)

func concat(xs ...[]trigger) []trigger {
	var out []trigger
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

// triggerIndex maps a trigger's first word to the triggers starting with it.
var triggerIndex = func() map[string][]*trigger {
	m := map[string][]*trigger{}
	for i := range triggers {
		tr := &triggers[i]
		m[tr.words[0]] = append(m[tr.words[0]], tr)
	}
	return m
}()

// tradeStops end or restrict trade: "suspended all trade with" is a
// sanction, not trade.
var tradeStops = []string{"suspended", "suspend", "suspends", "halted", "halt", "halts", "banned",
	"ban", "bans", "stopped", "froze", "freezes", "severed", "blocked", "restricted", "curbed",
	"freezing", "freeze", "suspending", "halting", "banning", "severing", "blocking", "stopping"}

// tradeStopVerbs are tradeStops as a trigger's verb list.
var tradeStopVerbs = strings.Join(tradeStops, ",")
