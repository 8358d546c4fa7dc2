package rules

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/pos"
	"github.com/kg-project/kg/schema"
)

// rel is a relation found in a sentence, before it becomes a statement.
type rel struct {
	subj, obj        *entity
	pred             schema.Predicate
	role, commodity  string
	rule             string
	trigFrom, trigTo int
	clauseFrom       int
	factive          bool
	modality         schema.Modality // set by rules that know it; else from cues
	conf             float64
}

// clauseWords open a subordinate or coordinate clause; a trigger's
// subject is looked for after the nearest one before it.
var clauseWords = map[string]bool{
	"which": true, "who": true, "whom": true, "that": true, "when": true, "while": true,
	"where": true, "because": true, "although": true, "though": true, "whereas": true,
	"until": true, "unless": true, "if": true, "but": true, ";": true, "as": false,
	"after": true, "before": true, "since": false, "whether": true, "whose": true,
	// reported speech: "Trump said he and Putin had agreed to meet"
	"said": true, "says": true, "say": true, "told": true, "added": true, "stated": true, "saying": true,
}

// subjectBlockers are prepositions: a mention right after one is not a
// clause subject.
var subjectBlockers = map[string]bool{
	"to": true, "in": true, "with": true, "from": true, "by": true, "of": true, "for": true,
	"at": true, "into": true, "on": true, "between": true, "about": true, "over": true,
	"under": true, "against": true, "than": true, "near": true, "toward": true, "towards": true,
	"across": true, "through": true, "within": true, "among": true, "amid": true, "like": true,
	"via": true, "alongside": true, "beyond": true, "despite": true, "unlike": true, "after": true, "before": true, "during": true,
}

// placePreps govern a place or a goal: their object is nobody's subject
// ("came to the United States to enter ...").
var placePreps = map[string]bool{
	"to": true, "in": true, "at": true, "from": true, "into": true, "on": true, "near": true,
	"across": true, "through": true, "within": true, "over": true, "under": true,
	"toward": true, "towards": true, "via": true,
}

// objectPreps end the search for an object once it has begun.
var objectPreps = map[string]bool{
	"in": true, "between": true, "of": true, "for": true, "on": true, "at": true, "from": true,
	"over": true, "against": true, "about": true, "after": true, "during": true, "through": true, "off": true,
}

// objectStops end the search for an object.
var objectStops = map[string]bool{
	".": true, ";": true, "which": true, "who": true, "while": true, "but": true, "because": true,
	"said": true, "says": true, "according": true, "although": true, "when": true, "whereas": true,
	"after": true, "before": true, "until": true, "since": false, "as": false, "“": true, "\"": true, "though": true,
}

var objectPronouns = setOf(`him them me us nothing everything something anything`)

// subjectPronouns open a clause as its subject.
var subjectPronouns = setOf(`he she they it we i`)

func (s *sentence) lower(i int) string { return tokLower(s.toks, i) }

// clauseStart is the index of the clause word nearest before token i (or 0).
// A relative clause closed by a comma before i ("X, a Witkoff aide who
// is a major player, met Y") does not hold the trigger: the scan goes on
// past it.
func (s *sentence) clauseStart(i int) int {
	comma := false
	for k := i - 1; k >= 0; k-- {
		w := s.toks[k].Lower
		// (a comma between the names of a list sets nothing off: "which
		// Albania, Montenegro and North Macedonia have all joined")
		if w == "," && !s.listComma(k) || w == "—" || w == "–" || w == "-" || w == "(" || w == ")" {
			comma = true
		}
		// ", and most other states have ...": a coordinated clause, unless
		// the "and" joins a list of names.
		// ", and he signed": a pronoun opens a clause too
		if w == "and" && k > 0 && s.toks[k-1].Lower == "," && (s.mentionAt(k+1) == nil || s.mentionAt(k+1).pronoun) && !(s.lower(k+1) == "the" && s.mentionAt(k+2) != nil) {
			return k
		}
		// ", and Tanzania also belongs to": a name and a singular verb
		// after ", and" are a clause of their own, not a list's end
		if w == "and" && k > 1 && s.toks[k-1].Lower == "," && s.singularVerbAfterName(k+1) {
			return k
		}
		// "Nielsen has rejected the idea, and Copenhagen has accused
		// Washington": a name and its verb after ", and" that ends no list
		// ("strikes on Iran, and the United States bombed Fordow": the
		// name before ", and" ends no list when no comma comes before it)
		// (", and Israel and the United States struck": a list of names
		// and its verb)
		if w == "and" && k > 1 && s.toks[k-1].Lower == "," && !s.listBeforeAnd(k) && (s.nameVerbAt(k+1) || s.lower(k+1) == "the" && s.nameVerbAt(k+2) || s.nameListVerbAt(k+1)) {
			return k
		}
		// "..., and Indian commentators have accused Dhaka": a demonym,
		// a plural noun and a verb after ", and" are a clause of their own
		// ("hit Kabul and Kandahar and Taliban forces attacked": so is a
		// name, a plural noun and a verb after a bare "and")
		// (not "IMF and World Bank teams have visited": two names share
		// the noun when no verb comes before the "and")
		if w == "and" && k > 1 && (s.toks[k-1].Lower == "," && s.demonymNounVerbAt(k+1) || s.namedForcesVerbAt(k+1) && s.verbBeforeAnd(k)) {
			return k
		}
		// "Unlike neighbouring Kyrgyzstan, Tajikistan has not joined":
		// the name a comparison opens with is not the subject
		if w == "," && s.comparisonOpener(k) {
			return k
		}
		// "After Russia invaded Ukraine in 2022, Turkey and the United
		// Nations brokered": the names of a fronted subordinate clause
		// are not the main clause's subject
		if w == "," && s.subordinateOpener(k) {
			return k
		}
		// "led the regional response: ECOWAS imposed sanctions": a name
		// and its verb after a colon (not a list: "three states: A, B")
		// (": Kazakhstan, Kyrgyzstan and Tajikistan are members": a list
		// of names and its verb)
		if w == ":" && (s.nameVerbAt(k+1) || s.nameListVerbAt(k+1) || quantifierSubject[s.lower(k+1)] && finiteVerb(s, k+2)) {
			// (": each signed an identical text")
			return k
		}
		// "not surprising since both men were born there": a clause;
		// "since 2020", "since March": a time
		// ("Cairo has since shipped": an adverb before a verb)
		if w == "since" && k+1 < len(s.toks) && !s.isTimeTok(k+1) && !untilTime(s.toks, k+1) && !(strings.HasPrefix(s.tag(k+1), "VB") && auxiliaries[s.lower(k-1)]) {
			return k
		}
		// "would keep receiving flights, even as he accused Trump": "as"
		// after a comma or "even", with its own subject and verb, opens a
		// clause
		// (", as Senegalese President Faye made his first visit to the
		// neighbouring country": a name after a bare "as" stays in the
		// sentence's frame)
		if w == "as" && (s.lower(k-1) == "even" || s.lower(k-1) == ",") && subjectPronouns[s.lower(k+1)] && finiteVerb(s, k+2) || w == "as" && s.lower(k-1) == "even" && s.nameVerbAt(k+1) {
			return k
		}
		// "Burkina Faso, known as Upper Volta until 1984, gained": a time
		// after "until" opens no clause
		if w == "until" && k+1 < len(s.toks) && untilTime(s.toks, k+1) {
			continue
		}
		if clauseWords[w] && s.mentionAt(k) == nil {
			// "concluded that Oswald, acting alone, fired": "that" after a
			// verb opens the clause, commas or not
			// ("while Austria, neutral since 1955, is not a member": the
			// commas set off an aside after the clause's subject)
			if comma && (w == "which" || w == "who" || w == "whom" || w == "whose" || w == "that" || w == "while" && !s.asideAfterSubject(k, i)) && !(w == "that" && k > 0 && strings.HasPrefix(s.tag(k-1), "VB")) {
				continue
			}
			// "Carney, who has sought ... after Trump imposed tariffs,
			// also met Xi": a clause inside a relative clause the comma
			// closed
			if r := s.relativeOpening(k); comma && r >= 0 {
				k = r
				continue
			}
			return k
		}
	}
	return 0
}

// asideAfterSubject reports whether the commas between the clause word
// at k and token i only set off an aside after the name that opens the
// clause, with a verb after the second: "while Austria, neutral since
// 1955, is not a member".
func (s *sentence) asideAfterSubject(k, i int) bool {
	m := s.mentionAt(k + 1)
	if m == nil || m.from != k+1 || s.lower(m.to) != "," {
		return false
	}
	// ("while India, a close partner of Mauritius, has supported": an
	// apposition may name others; a list may not)
	appos := s.lower(m.to+1) == "a" || s.lower(m.to+1) == "an" || s.lower(m.to+1) == "the"
	for j := m.to + 1; j < i; j++ {
		if w := s.lower(j); w == "," {
			return j+1 < i && finiteVerb(s, j+1)
		} else if w == "—" || w == "–" || w == "(" || w == ")" || s.mentionAt(j) != nil && !appos {
			return false
		}
	}
	return false
}

// comparisonOpener reports whether the comma at token k closes a
// comparison that opens the sentence: "Unlike neighbouring Kyrgyzstan,",
// "Like Kenya before it,".
func (s *sentence) comparisonOpener(k int) bool {
	if w := s.lower(0); w != "unlike" && w != "like" {
		return false
	}
	// ("neighbouring" is a participle, not a verb of a clause)
	for j := 1; j < k; j++ {
		if s.lower(j) == "," || clauseWords[s.lower(j)] || finiteVerb(s, j) {
			return false
		}
	}
	return k > 1
}

// openingSubordinators open a subordinate clause at the start of a
// sentence: "After Russia invaded Ukraine, ...".
var openingSubordinators = setOf(`after before when while although though because once if unless until whereas`)

// subordinateOpener reports whether the comma at token k closes a
// subordinate clause that opens the sentence: the first comma after the
// clause's first finite verb ("After Russia, Belarus and Iran met, ..."
// keeps its list; "When asked, ..." has no verb of its own).
func (s *sentence) subordinateOpener(k int) bool {
	if !openingSubordinators[s.lower(0)] {
		return false
	}
	verb := false
	for j := 1; j < k; j++ {
		if finiteVerb(s, j) {
			verb = true
		} else if verb && s.lower(j) == "," {
			return false
		}
	}
	return verb
}

// adjunctBefore returns where the adjunct that trigger tr starting at
// from heads opens, or -1: a gerund after "after", "before", "while",
// "since" or "upon" ("after meeting Tokayev"), or talks already held
// after "after" or "following" ("after talks with", "following two days
// of talks with"; talks "before" have not been held yet).
func (s *sentence) adjunctBefore(tr *trigger, from int) int {
	w := s.lower(from - 1)
	if strings.HasSuffix(tr.words[0], "ing") && (w == "after" || w == "before" || w == "while" || w == "since" || w == "upon") {
		return from - 1
	}
	if w := tr.words[0]; w != "talks" && w != "meeting" && w != "meetings" && w != "discussions" && !mealNouns[w] {
		return -1
	}
	// over "two days of", "a", "more than two hours of", "the", "a
	// working lunch"
	k := from - 1
	for n := 0; n < 6 && k > 0; n++ {
		switch w := s.lower(k); {
		case w == "after" || w == "following":
			return k
		case w == "a" || w == "the" || w == "of" || w == "more" || w == "than" || isNumber(w) || numberWords[w] || talkSpans[w] || mealKinds[w]:
			k--
		default:
			return -1
		}
	}
	return -1
}

// mealNouns are meetings over a meal ("after a working lunch with");
// mealKinds say what kind ("working", "private", "state").
var (
	mealNouns = setOf(`lunch dinner breakfast luncheon`)
	mealKinds = setOf(`working private official state closed-door`)
)

// delegationNouns name a country's party at talks: "Madagascar's team".
var delegationNouns = setOf(`team delegation negotiators side`)

// ministryNouns name a state's departments, whose heads serve the state:
// "Ethiopia's foreign ministry, led by".
var ministryNouns = setOf(`ministry department`)

// talkSpans measure talks: "after two days of talks".
var talkSpans = map[string]bool{"hours": true, "days": true, "weeks": true, "rounds": true, "round": true}

// controlObjectAt reads "invited the sultan to visit" back from the
// trigger at i: the index after the verb whose object does what the
// infinitive says, or -1.
func (s *sentence) controlObjectAt(i int) int {
	if s.lower(i-1) != "to" {
		return -1
	}
	for k := i - 2; k > 0 && k >= i-8; k-- {
		w := s.lower(k)
		if controlVerbs[w] {
			if k+1 < i-1 {
				return k + 1
			}
			return -1
		}
		if !s.toks[k].Word || clauseWords[w] {
			return -1
		}
	}
	return -1
}

// helpedObjectAt reads "helped Mali's army retake Kidal" back from the
// verb at i: the index after "helped", whose object does what the bare
// infinitive (or "to" and it) says, or -1.
func (s *sentence) helpedObjectAt(i int) int {
	j := i - 1
	if s.lower(j) == "to" {
		j--
	}
	for k := j; k > 0 && k >= i-7; k-- {
		w := s.lower(k)
		if helpVerbs[w] {
			if k+1 <= j {
				return k + 1
			}
			return -1
		}
		if !s.toks[k].Word && !possMark[w] || clauseWords[w] || w == "and" {
			return -1
		}
	}
	return -1
}

// helpVerbs take an object and the infinitive of what it does.
var helpVerbs = setOf(`helped help helps helping assisted`)

// invitationTo reports an invitation that the infinitive at token i
// completes: "accepted an invitation from Yunus, the head of the interim
// government, to visit Dhaka" (a visit asked for, not made).
func (s *sentence) invitationTo(i int) bool {
	if s.lower(i-1) != "to" {
		return false
	}
	for k := i - 2; k > 0 && k >= i-20; k-- {
		w := s.lower(k)
		if w == "invitation" || w == "invitations" {
			// (not "declined an invitation to": a negation's)
			neg, _ := findCue(s.toks, max(k-3, 0), k+1, negationCues)
			return neg < 0
		}
		if t := s.tag(k); clauseWords[w] || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return false
}

// aspectVerbs stand between "to" and a gerund: "urged Tokyo to stop
// buying".
var aspectVerbs = setOf(`stop start keep continue resume begin`)

// controlVerbs take an object that is the subject of the infinitive
// after it: "invited Ruto to visit", "urged Kenya to join".
var controlVerbs = setOf(`invited invites invite inviting urged urges urge urging asked asks ask asking pressed presses encouraged encourages persuaded persuade allowed allow allows permitted`)

// describingWords describe an armed or political body before its name:
// "the rebel M23", "the paramilitary Rapid Support Forces".
var describingWords = setOf(`paramilitary rebel rebels militia separatist militant jihadist armed opposition ruling`)

// inPlace words place what comes before them: "targets in Lebanon".
var inPlace = setOf(`in inside across near`)

// relativeOpening is the index of the ", who" or ", which" that opens the
// relative clause holding token k, with no comma between, or -1.
func (s *sentence) relativeOpening(k int) int {
	for j := k - 1; j > 0 && j > k-30; j-- {
		switch w := s.lower(j); w {
		case "who", "which":
			if s.lower(j-1) == "," {
				return j
			}
			return -1
		case ",", ".", ";", ":", "—", "–", "(", ")":
			return -1
		}
	}
	return -1
}

// quantifierSubject words may open a clause as its subject: "each
// signed", "both agreed", "they met".
var quantifierSubject = setOf(`each both all they it`)

// singularVerbAfterName reports whether a name starts at token k and a
// singular finite verb follows it, an adverb between: "Tanzania also
// belongs".
func (s *sentence) singularVerbAfterName(k int) bool {
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.poss || len(m.ents()) > 1 {
		return false
	}
	j := m.to
	if s.tag(j) == "RB" {
		j++
	}
	switch s.lower(j) {
	case "has", "is", "was", "does":
		return true
	}
	return s.tag(j) == "VBZ" && !s.toks[j].Cap
}

// nameVerbAt reports whether a name starts at token k and a finite verb
// follows it: the subject and verb of a new clause ("Copenhagen has
// accused", "ECOWAS imposed").
func (s *sentence) nameVerbAt(k int) bool {
	k = s.titledPersonAt(k)
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.poss {
		return false
	}
	// "..., and Colombia's President Gustavo Petro, a Castillo
	// sympathiser, criticised": past an apposition
	j := m.to
	if s.lower(j) == "," && m.ent.typ == schema.Person && (s.lower(j+1) == "a" || s.lower(j+1) == "an" || s.lower(j+1) == "the") {
		e := j + 1
		for e < len(s.toks) && e < j+8 && s.lower(e) != "," {
			e++
		}
		if s.lower(e) == "," && s.nounPhraseOnly(j+1, e) {
			j = e + 1
		}
	}
	// ("..., and Iran, like Turkey, has not joined": past a comparison
	// set off by commas)
	if s.lower(j) == "," && (s.lower(j+1) == "like" || s.lower(j+1) == "unlike") {
		e := j + 2
		for e < len(s.toks) && e < j+7 && s.lower(e) != "," {
			e++
		}
		if s.lower(e) == "," {
			j = e + 1
		}
	}
	// ("..., and the two countries share a border": a group's plural verb)
	return finiteVerb(s, j) || len(m.members) >= 2 && s.tag(j) == "VBP"
}

// nameListVerbAt reports whether a list of two or more names starts at
// token k ("A, B and C", "A and the B") and a finite verb follows it.
func (s *sentence) nameListVerbAt(k int) bool {
	n := 0
	for {
		if s.lower(k) == "the" {
			k++
		}
		m := s.mentionAt(k)
		if m == nil || m.from != k || m.poss {
			return false
		}
		n++
		k = m.to
		switch {
		case s.lower(k) == "," && s.lower(k+1) == "and":
			k += 2
		case s.lower(k) == "," || s.lower(k) == "and":
			k++
		default:
			return n > 1 && finiteVerb(s, k)
		}
	}
}

// listBeforeAnd reports whether the ", and" at token k may end a list
// of names: a name comes right before the comma, and a comma before that
// name ("Kenya, Uganda, and Tanzania signed"), not a word ("strikes on
// Iran, and Britain bombed").
func (s *sentence) listBeforeAnd(k int) bool {
	m := s.mentionAt(k - 2)
	if m == nil {
		return false
	}
	w := s.lower(s.npStart(m.from) - 1)
	return w == "," || w == "" || m.from == 0
}

// demonymNounVerbAt reports a demonym, a plural common noun and a
// finite verb from token k: "Indian commentators have accused".
func (s *sentence) demonymNounVerbAt(k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.from == k && m.demonym && s.pluralVerbAfter(m)
}

// pluralVerbAfter reports a plural common noun and a finite verb right
// after mention m: "forces attacked", "commentators have".
func (s *sentence) pluralVerbAfter(m *mention) bool {
	n := m.to
	return s.plainWord(n) && !s.toks[n].Cap && s.tag(n) == "NNS" && finiteVerb(s, n+1)
}

// namedForcesVerbAt reports a name or demonym, a plural common noun and
// a finite verb from token k: "Taliban forces attacked", "Russian
// troops entered".
func (s *sentence) namedForcesVerbAt(k int) bool {
	m := s.mentionAt(k)
	return m != nil && m.from == k && !m.poss && m.ent.typ != schema.Person && s.pluralVerbAfter(m)
}

// verbBeforeAnd reports a verb between the "and" at token k and the
// comma (or sentence start) before it: the "and" ends a clause.
func (s *sentence) verbBeforeAnd(k int) bool {
	for j := k - 1; j >= 0 && s.lower(j) != ","; j-- {
		if finiteVerb(s, j) || s.tag(j) == "VBP" {
			return true
		}
	}
	return false
}

// nounPhraseOnly reports whether tokens from to end hold no verb and no
// clause word: an apposition ("a Castillo sympathiser").
func (s *sentence) nounPhraseOnly(from, end int) bool {
	for k := from; k < end; k++ {
		if t := s.tag(k); strings.HasPrefix(t, "VB") || t == "MD" || clauseWords[s.lower(k)] {
			return false
		}
	}
	return end > from
}

// titledPersonAt returns where the name starts after the title at k and
// what qualifies it ("Togolese leader Faure Gnassingbe", "Malaysian
// Prime Minister Anwar Ibrahim", "Prime Minister Shehbaz Sharif"), or k
// when no title starts there.
func (s *sentence) titledPersonAt(k int) int {
	if m := s.mentionAt(k); m != nil && m.from == k {
		if p := s.titledAfter(m); p > k {
			return p
		}
		return k
	}
	return s.skipTitle(k)
}

// finiteVerb reports whether token i is a finite verb or an auxiliary:
// "has", "will", "accused".
func finiteVerb(s *sentence, i int) bool {
	switch s.lower(i) {
	case "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "cannot", "may", "might", "should", "must", "did", "does":
		return true
	}
	t := s.tag(i)
	// (the tagger reads "ECOWAS imposed sanctions" as a participle; "by"
	// after it would make one; after a name it does not know, it reads
	// "spoke" as a noun)
	return (t == "VBD" || t == "VBZ" || t == "VBN" && s.lower(i+1) != "by" || irregularPast[s.lower(i)]) && !s.toks[i].Cap
}

// relativeWithSubject reports whether the "that" at token k opens a
// relative clause with a subject of its own after a noun: "backed a
// two-state solution that Greek Cypriots and the European Union reject".
func (s *sentence) relativeWithSubject(k int) bool {
	if t := s.tag(k - 1); !strings.HasPrefix(t, "NN") || s.toks[k-1].Cap {
		return false
	}
	// the subject: names, "the", "and" and commas ("Greek Cypriots and
	// the European Union")
	end, names := k+1, 0
	for end < len(s.toks) && end < k+12 {
		if m := s.mentionAt(end); m != nil && m.from == end && !m.poss {
			end, names = m.to, names+1
			continue
		}
		if w := s.lower(end); w == "the" || w == "and" || w == "," && names > 0 {
			end++
			continue
		}
		break
	}
	if names == 0 {
		return false
	}
	if s.tag(end) == "RB" {
		end++
	}
	if finiteVerb(s, end) || (s.tag(end) == "VBP" || s.tag(end) == "VB") && !s.toks[end].Cap {
		return true
	}
	// (the tagger reads "the European Union rejects." and "Greek
	// Cypriots and the EU reject." as nouns: a noun right after the
	// names, then the clause's end or an object, is their verb)
	next := s.lower(end + 1)
	return (s.tag(end) == "NNS" || s.tag(end) == "NN") && s.toks[end].Word && !s.toks[end].Cap && (next == "." || next == "," || next == "the" || next == "a" || next == "an" || next == "it" || next == "them")
}

// irregularPast are simple-past forms the tagger may read as nouns or
// adjectives after an unknown name.
var irregularPast = setOf(`spoke met held told flew sent led gave took retook overtook fought struck sought won broke withdrew drew`)

// qualifiesTitle reports whether m only qualifies the title of a person
// after it: "U.S." in "U.S. Secretary of State Marco Rubio".
func (s *sentence) qualifiesTitle(m *mention) bool {
	return s.titledAfter(m) >= 0
}

// titledAfter returns where the person starts whose title m qualifies
// ("U.S. Deputy Secretary of State Christopher Landau"), or -1.
func (s *sentence) titledAfter(m *mention) int {
	k := m.to
	if s.lower(k) == "'s" || s.lower(k) == "’s" {
		k++
	}
	start := k
	if killerNouns[s.lower(k)] {
		k++ // "John F. Kennedy assassin Lee Harvey Oswald"
	} else if k = s.skipTitle(k); k == start {
		return -1
	}
	if p := s.mentionAt(k); p != nil && p.from == k && p.ent.typ == schema.Person {
		return k
	}
	// "The EU foreign policy chief, Kaja Kallas, met": a definite title
	// and the name in apposition
	// ("A senior RSF commander, Abdel Rahim Dagalo, was": an indefinite
	// one, past an adjective)
	if s.lower(k) == "," && s.determinerBefore(m.from) && !m.poss {
		if p := s.mentionAt(k + 1); p != nil && p.from == k+1 && p.ent.typ == schema.Person && !p.poss && s.lower(p.to) == "," {
			return k + 1
		}
	}
	return -1
}

// bodyTitleApposition returns the person named in apposition after a
// title that the body m opens: "Sudan's army chief and head of state,
// General Abdel Fattah al-Burhan," (the title's own words: title words,
// "and", "of", lowercase nouns), or nil.
func (s *sentence) bodyTitleApposition(m *mention) *mention {
	k := m.to
	// ("met Ukraine's army chief and commander-in-chief, General
	// Oleksandr Syrskyi": a country's possessive before the title)
	if m.poss && possMark[s.lower(k)] && m.ent.typ == schema.Country {
		k++
		if s.plainWord(k) && !s.toks[k].Cap && !titleWords[s.lower(k)] {
			k++ // "army"
		}
	} else if m.poss || !(m.ent.typ == schema.Organization || m.ent.typ == schema.Country && !s.toks[m.to-1].Cap) {
		// ("Ukraine's army chief": a country's forces, named by a noun)
		return nil
	}
	if !titleWords[s.lower(k)] || s.toks[k].Cap {
		return nil
	}
	for n := 0; n < 8 && k < len(s.toks) && s.mentionAt(k) == nil && !s.toks[k].Cap && (titleWords[s.lower(k)] || s.lower(k) == "and" || s.lower(k) == "of" || s.plainWord(k) && strings.HasPrefix(s.tag(k), "NN")); n++ {
		k++
	}
	if s.lower(k) != "," {
		return nil
	}
	at := s.skipTitle(k + 1)
	if p := s.mentionAt(at); p != nil && p.from == at && p.ent.typ == schema.Person && !p.poss && (s.lower(p.to) == "," || s.lower(p.to) == "." || s.lower(p.to) == "and") {
		return p
	}
	return nil
}

// articleBefore returns the article that opens the noun phrase token i
// continues, at most one adjective before it ("the", "a senior"), or "".
func (s *sentence) articleBefore(i int) string {
	d := i - 1
	if s.plainWord(d) && !s.toks[d].Cap && s.tag(d) == "JJ" {
		d--
	}
	if w := s.lower(d); w == "the" || w == "a" || w == "an" {
		return w
	}
	return ""
}

// determinerBefore reports whether an article opens the noun phrase
// that token i continues (see articleBefore).
func (s *sentence) determinerBefore(i int) bool {
	return s.articleBefore(i) != ""
}

// indefiniteBefore reports whether "a" or "an" opens the noun phrase
// that token i continues: one of several holds the title.
func (s *sentence) indefiniteBefore(i int) bool {
	w := s.articleBefore(i)
	return w == "a" || w == "an"
}

// npStart walks back from token i over determiners, title words and
// adjective-like modifiers to the start of the noun phrase.
func (s *sentence) npStart(i int) int {
	for i > 0 {
		w := s.lower(i - 1)
		if w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" || titleWords[w] && w != "of" {
			i--
			continue
		}
		// "In eastern Democratic Republic of Congo,": a compass word
		if compass[w] && !s.toks[i-1].Cap {
			i--
			continue
		}
		// "Secretary of State": "of" between title words
		if w == "of" && i >= 2 && titleWords[s.lower(i-2)] && titleWords[s.lower(i)] {
			i--
			continue
		}
		if m := s.mentionAt(i - 1); m != nil && m.demonym {
			i = m.from
			continue
		}
		// "visited the Iraqi capital Baghdad": the capital's noun
		if w == "capital" && i >= 2 && (s.lower(i-2) == "the" || s.mentionAt(i-2) != nil && s.mentionAt(i-2).demonym) {
			i--
			continue
		}
		break
	}
	return i
}

// insideClosedQuote reports whether token k lies inside a quotation
// that closes before token end.
func (s *sentence) insideClosedQuote(k, end int) bool {
	quote := func(j int) bool {
		switch s.toks[j].Text {
		case "\"", "“", "”", "``", "''":
			return true
		}
		return false
	}
	n := 0
	for j := 0; j < k; j++ {
		if quote(j) {
			n++
		}
	}
	if n%2 == 0 {
		return false
	}
	for j := k + 1; j < end && j < len(s.toks); j++ {
		if quote(j) {
			return true
		}
	}
	return false
}

// usable reports whether a mention can be an argument: not a bare
// demonym adjective, and not a news agency (a source, not an actor).
func usable(m *mention) bool {
	return (!m.demonym || m.actor) && !m.dateline && !m.backer && !m.based && !m.linked && (m.ent.entry == nil || !m.ent.entry.Agency)
}

// subjectsBefore finds the subject of a trigger at token i: the leftmost
// usable mention of the clause that no preposition governs, with the
// mentions coordinated with it. For a relative clause without one, the
// antecedent before "which"/"who".
func (s *sentence) subjectsBefore(i, clause int, ok func(*entity) bool) []*mention {
	blocked := map[*mention]bool{}
	for _, m := range s.ments {
		if m.from < clause || m.to > i {
			continue
		}
		// ("LA PAZ, Nov 12 (Agency) - Bolivia and the United States have
		// restored relations": the dateline's town is no subject)
		if blocked[m] || m.dateline {
			continue
		}
		// "the commander of the Uganda People's Defence Forces (UPDF),
		// travelled": a name's abbreviation in brackets is the name again,
		// governed as it is
		if s.lower(m.from-1) == "(" && s.lower(m.to) == ")" {
			if g := s.mentionAt(m.from - 2); g != nil && g.to == m.from-1 && g.ent == m.ent {
				continue
			}
		}
		// "In Yemen, Iran backs ...": a fronted prepositional phrase
		// ("In Ashgabat on Tuesday, Cassis held talks": a time may close
		// the phrase)
		// ("In three Cod Wars between 1958 and 1976, Iceland fought
		// Britain": past a count)
		pre := s.npStart(m.from) - 1
		if isNumber(s.lower(pre)) || numberWords[s.lower(pre)] {
			pre--
		}
		// "The island of Anjouan seceded": the land or town a noun
		// names stands where the noun does
		if s.lower(pre) == "of" && (townNouns[s.lower(pre-1)] || placeOfNouns[s.lower(pre-1)]) && !s.toks[pre-1].Cap && m.ent.typ.IsPlace() {
			pre = s.npStart(pre-1) - 1
		}
		// ("Commissioner for Trade Maros Sefcovic visited": the "for"
		// of the person's title governs nothing)
		if s.lower(pre) == "for" && m.ent.typ == schema.Person {
			if tf, title, _ := s.titleBefore(m.from); title != "" && tf < pre {
				pre = tf - 1
			}
		}
		fronted := subjectBlockers[s.lower(pre)] && (s.lower(m.to) == "," || s.timeThenComma(m.to) || s.rangeThenComma(m.to)) && !s.appositionToVerb(m, i)
		// "Insurgents from Ansar al-Sunna attacked Macomia": the group
		// whose fighters act
		// ("fighters of X attacked the mine and killed": a second verb
		// of the same subject)
		if after := s.pastDescription(s.pastBrackets(m.to)); (s.lower(pre) == "from" || s.lower(pre) == "of") && groupFighters[s.lower(pre-1)] && m.ent.typ == schema.Organization && usable(m) && anyOK(m, ok) && (s.verbNext(after, i) || finiteVerb(s, after) && s.lower(i-1) == "and") {
			// ("the service said fighters of X attacked": after a verb of
			// saying)
			if j := pre - 2; j <= clause || s.lower(j) == "the" && j-1 <= clause || s.isTimeTok(j) || s.lower(j) == "," && s.isTimeTok(j-1) || speechVerbs[s.lower(j)] {
				return []*mention{m}
			}
		}
		// "A SADC delegation led by former Mozambican president Joaquim
		// Chissano met Randrianirina": the one who leads it acts
		if p := s.delegationLeader(m, i); p != nil && usable(p) && anyOK(p, ok) {
			return []*mention{p}
		}
		// "The prime ministers of Slovakia, Hungary and Czechia signed":
		// the states whose holders of a post act together
		if s.lower(pre) == "of" && s.holdersOf(pre, clause) {
			if list := s.coordinated(m, i); len(list) > 1 && s.verbNext(list[len(list)-1].to, i) {
				if good := accepted(list, ok); len(good) == len(list) && allCountries(good) {
					return good
				}
			}
		}
		if subjectBlockers[s.lower(pre)] && (pre != clause || fronted) {
			// "between Russia ... and Iran": the whole list is governed.
			for _, x := range s.coordinated(m, i) {
				blocked[x] = true
			}
			continue
		}
		if !usable(m) || m.poss && m.to+1 < i || s.qualifiesTitle(m) {
			continue
		}
		// "\"Chad chooses its partners,\" Deby wrote after meeting
		// Guler": a quotation closed before the verb holds no subject of
		// it
		if s.insideClosedQuote(m.from, i) {
			continue
		}
		// "Somaliland, which borders Ethiopia and Djibouti, signed": a
		// relative clause closed before the verb holds no subject of it
		// ("NATO, which Albania, Montenegro and Croatia joined": the names
		// right after the clause's own "which" are its subject)
		if m.from > clause && !(m.from == clause+1 && s.lower(clause) == "which") && insideClosedRelative(s.toks, m.from, i) {
			for _, x := range s.coordinated(m, i) {
				blocked[x] = true
			}
			continue
		}
		// "Karan, who visited Moscow last week and met Lavrov": in a
		// relative clause, a name right after a past or present verb is
		// its object; the clause's subject is its antecedent
		if w := s.lower(clause); (w == "who" || w == "which") && clause < m.from {
			if t := s.tag(s.npStart(m.from) - 1); (t == "VBD" || t == "VBZ") && s.npStart(m.from)-1 > clause {
				for _, x := range s.coordinated(m, i) {
					blocked[x] = true
				}
				continue
			}
		}
		if good := accepted(s.coordinated(m, i), ok); len(good) > 0 {
			return good
		}
	}
	// "Palau is one of 12 countries that still recognise Taiwan": the
	// subject of the copula before "one of" or "among"
	if m := s.oneOfSubject(clause); m != nil && anyOK(m, ok) {
		return []*mention{m}
	}
	if m := s.onlyOneSubject(clause); m != nil && anyOK(m, ok) {
		return []*mention{m}
	}
	// Relative clause: "The two countries, which both won independence
	// from ..." takes its subject from the antecedent.
	if w := s.lower(clause); (w == "which" || w == "who" || w == "that") && clause > 0 {
		k := clause - 1
		comma := s.lower(k) == "," || s.lower(k) == "–" || s.lower(k) == "-"
		if comma {
			k--
		}
		// "the Southern African Development Community (SADC), which is
		// based in": past the short name in brackets
		if comma && s.lower(k) == ")" && s.lower(k-2) == "(" {
			k -= 3
		}
		// "Ayse Demirel, 61, who lives in ...": past the age
		if comma && w == "who" && len(s.lower(k)) <= 3 && isNumber(s.lower(k)) && s.lower(k-1) == "," {
			k -= 2
		}
		// ("the Government of National Stability in Benghazi, which is
		// backed by Haftar": the body in the place, not the place)
		if m := s.mentionAt(k); m != nil && comma && w == "which" && m.ent.typ.IsPlace() && s.lower(m.from-1) == "in" {
			if h := s.mentionAt(m.from - 2); h != nil && h.to == m.from-1 && h.ent.typ == schema.Organization && !h.poss && usable(h) && anyOK(h, ok) {
				return []*mention{h}
			}
		}
		// (not a region's adjective before a plural: "Central Asian
		// states which share ...", read below)
		// ("Tom Barrack, the U.S. ambassador in Ankara who brokered the
		// deal": "who" stands for a person, not the place before it; read
		// below as the apposition's head)
		if m := s.mentionAt(k); m != nil && usable(m) && anyOK(m, ok) && w != "that" && !(m.ent.typ == schema.Region && !s.toks[m.to-1].Cap && !placeAfterName[s.lower(m.to-1)] && len(m.ents()) == 1) && !(w == "who" && s.governedPlace(m)) {
			// "Kenya and Tanzania, which share a border": a plural verb
			// takes the whole list
			v, vi := s.lower(clause+1), clause+1
			if pluralVerbAdverbs[v] { // "which also border Belarus"
				v, vi = s.lower(clause+2), clause+2
			}
			if comma && (v == "are" || v == "were" || v == "have" || v == "share" || v == "border" || s.tag(vi) == "VBP") {
				return s.listEndingAt(m, m.to)
			}
			// "Kazakhstan and Uzbekistan, which signed an agreement with
			// Azerbaijan", "which both criticized": a past verb or "both"
			// takes the whole list too
			if v := s.lower(clause + 1); comma && (v == "both" || v == "all" || s.tag(clause+1) == "VBD" && !s.toks[clause+1].Cap) && s.lower(m.from-1) == "and" {
				return s.listEndingAt(m, m.to)
			}
			return []*mention{m}
		}
		// "NORAD, the continental air defence command, which is based
		// in": what the apposition before the comma describes
		// ("Mohammed Abdulsalam, the Houthis' chief spokesman, who lives
		// in": a person, past a possessor)
		if (w == "which" || w == "who") && comma {
			j := k
			for n := 0; n < 6 && j > 0; n++ {
				if d := s.mentionAt(j); d != nil && d.to == j+1 && j < k && (d.demonym || d.poss && w == "who" && d.ent.typ != schema.Person || !d.poss && d.ent.typ != schema.Person && s.plainWord(d.to)) {
					// ("UNEP, the U.N. environment agency, which": a name
					// that only modifies the noun after it)
					j = d.from - 1
				} else if d := s.mentionAt(j - 1); w == "who" && possMark[s.lower(j)] && d != nil && d.to == j && d.poss && d.ent.typ != schema.Person {
					j = d.from - 1
				} else if w == "who" && possMark[s.lower(j)] && s.plainWord(j-1) {
					j-- // "the country's top diplomat"
				} else if s.plainWord(j) {
					j--
				} else {
					break
				}
			}
			if d := s.mentionAt(j + 1); j < k && s.lower(j) == "," && (s.lower(j+1) == "a" || s.lower(j+1) == "an" || s.lower(j+1) == "the" || w == "who" && d != nil && d.from == j+1 && d.poss) {
				if m := s.mentionAt(j - 1); m != nil && m.to == j && (m.ent.typ == schema.Person) == (w == "who") && !m.poss && !m.demonym && usable(m) && anyOK(m, ok) {
					return []*mention{m}
				}
			}
		}
		// "Azerbaijan's Nakhchivan exclave, which borders ...": a name
		// and its head noun
		if w == "which" && comma && s.plainWord(k) {
			j := k
			for n := 0; n < 2 && s.plainWord(j); n++ {
				j--
			}
			if m := s.mentionAt(j); m != nil && m.to == j+1 && m.ent.typ != schema.Person && !m.poss && !m.demonym && usable(m) && anyOK(m, ok) {
				return []*mention{m}
			}
		}
		// "Uzbekistan and Kazakhstan, Central Asian neighbours that
		// share a border": the list a plural apposition describes
		if (w == "which" || w == "that") && !comma && strings.HasSuffix(s.lower(k), "s") && !strings.HasSuffix(s.lower(k), "ss") {
			j := k
			for n := 0; n < 4 && j > 0; n++ {
				if mm := s.mentionAt(j); mm != nil && (mm.demonym || mm.ent.typ == schema.Region) {
					j = mm.from - 1
				} else if mm == nil && s.plainWord(j) {
					j--
				} else {
					break
				}
			}
			if j < k && s.lower(j) == "," {
				if m := s.mentionAt(j - 1); m != nil && m.to == j && !m.poss && usable(m) && anyOK(m, ok) {
					return s.listEndingAt(m, m.to)
				}
			}
		}
		// "Mondlane, a former radio presenter who ...", "Darfur, a
		// region that borders ...": what the apposition describes
		if w == "who" || (w == "which" || w == "that") && !comma {
			j := k
			// ("Transnistria, the Russian-backed region that": a demonym
			// inside the apposition; "Hezbollah, the Iran-backed group
			// that": a modifier that acts in no clause)
			// ("the Kurdish-led militia that": who leads it; "Nabih Berri,
			// a Hezbollah ally who": a name modifying the noun after it)
			// (a person's apposition may name posts and places: "the U.S.
			// ambassador to Turkey and special envoy for Syria, who")
			reach := 6
			if w == "who" {
				reach = 10
			}
			for n := 0; n < reach && j > 0; n++ {
				if d := s.mentionAt(j); d != nil && d.to == j+1 && j < k && !d.poss && d.ent.typ != schema.Person && s.plainWord(d.to) && d.from > 0 && s.lower(d.from-1) != "," {
					j = d.from - 1
					continue
				}
				// ("the U.S. ambassador to Turkey and special envoy for
				// Syria, who": a place a preposition governs)
				if d := s.mentionAt(j); w == "who" && d != nil && d.to == j+1 && s.governedPlace(d) {
					j = d.from - 1
					continue
				}
				if !(s.plainWord(j) && s.mentionAt(j) == nil || s.mentionAt(j) == nil && hyphenSuffix(s.lower(j), ledSuffixes) ||
					s.mentionAt(j) != nil && (s.mentionAt(j).demonym || s.mentionAt(j).backer || s.mentionAt(j).based || s.mentionAt(j).linked) && s.mentionAt(j).from == j) {
					break
				}
				j--
			}
			if j < k && s.lower(j) == "," && (s.lower(j+1) == "a" || s.lower(j+1) == "an" || s.lower(j+1) == "the") {
				// ("the Syrian Democratic Forces (SDF), the militia that":
				// past the abbreviation)
				e := s.beforeAbbreviation(j)
				if m := s.mentionAt(e - 1); m != nil && m.to == e && (m.ent.typ == schema.Person) == (w == "who") && (w == "who" || !m.poss) && usable(m) && anyOK(m, ok) {
					return []*mention{m}
				}
			}
		}
	}
	return nil
}

// holdersOf reports whether the "of" at k follows a definite plural
// post that opens the clause: "the prime ministers of", "the three
// foreign ministers of", "the leaders of".
func (s *sentence) holdersOf(k, clause int) bool {
	if _, ok := pluralPosts[s.lower(k-1)]; !ok {
		return false
	}
	j := k - 2
	for n := 0; n < 3 && j >= clause && s.mentionAt(j) == nil && (titleWords[s.lower(j)] || numberWords[s.lower(j)]); n++ {
		j--
	}
	if j < clause || s.lower(j) != "the" {
		return false
	}
	// (after a dateline or a time: "BRATISLAVA, Feb 9 (Reuters) - The
	// prime ministers of", "Last Monday the leaders of")
	w := s.lower(j - 1)
	return j == clause || j == clause+1 || j == 0 || w == "-" || w == "—" || w == "–" || s.isTimeTok(j-1)
}

// postHoldersAfter returns where the states begin after "the
// presidents of", "the foreign ministers of" at k ("signed by the
// leaders of"); k when no such post comes.
func (s *sentence) postHoldersAfter(k int) int {
	if s.lower(k) != "the" {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.lower(j) == "of" {
			if _, ok := pluralPosts[s.lower(j-1)]; ok && j > k+1 {
				return j + 1
			}
			return k
		}
		if s.mentionAt(j) != nil || !s.plainWord(j) {
			return k
		}
	}
	return k
}

// verbNext reports whether only a verb's auxiliaries and adverbs come
// between token k and the verb at i.
func (s *sentence) verbNext(k, i int) bool {
	for j := k; j < i; j++ {
		if t := s.tag(j); t != "RB" && t != "MD" && !strings.HasPrefix(t, "VB") || s.mentionAt(j) != nil {
			return false
		}
	}
	return k <= i
}

// delegationLeader returns the person who leads the delegation that m
// qualifies when the verb at i follows the person's name: "a Taliban
// delegation led by acting foreign minister Amir Khan Muttaqi visited";
// nil otherwise.
func (s *sentence) delegationLeader(m *mention, i int) *mention {
	k := m.to
	if w := s.lower(k); w != "delegation" && w != "team" && w != "mission" {
		return nil
	}
	if w := s.lower(k + 1); (w != "led" && w != "headed") || s.lower(k+2) != "by" {
		return nil
	}
	// past the leader's title: "former Mozambican president", "acting
	// foreign minister"
	for j, n := k+3, 0; j < i && n < 8; n++ {
		if p := s.mentionAt(j); p != nil && p.from == j {
			if p.demonym {
				j = p.to
				continue
			}
			if p.ent.typ != schema.Person || p.poss || !s.verbNext(p.to, i) {
				return nil
			}
			return p
		}
		if !s.toks[j].Word {
			return nil
		}
		j++
	}
	return nil
}

// allCountries reports whether every mention names a country.
func allCountries(ms []*mention) bool {
	for _, m := range ms {
		if m.ent.typ != schema.Country {
			return false
		}
	}
	return true
}

// butVerbPhrase reports whether the "but" (or ", and") at k opens a
// verb phrase that has no subject of its own and reaches the trigger at
// from: "sent an observer but is not a member", "backed Guyana but
// stopped short of blaming", "sanctioned Dagalo in January, and days
// later imposed sanctions on Burhan". A finite verb comes between the
// clause before and the "but" ("Chad and Niger but not Mali"
// coordinates names).
func (s *sentence) butVerbPhrase(k, from int) bool {
	and := s.lower(k) == "and" && k > 0 && s.lower(k-1) == ","
	if s.lower(k) != "but" && !and || k+1 > from || k+1 == from && !and || s.mentionAt(k+1) != nil {
		return false
	}
	// (", and days later imposed", ", and on Monday signed": a time
	// before the verb)
	v := k + 1
	for v < from && (s.isTimeTok(v) || timeLeadWords[s.lower(v)] || durationWords[s.lower(v)] || isNumber(s.lower(v)) || numberWords[s.lower(v)]) {
		v++
	}
	// (the tagger reads "imposed sanctions" as an adjective and its noun)
	pastAdjective := s.tag(v) == "JJ" && strings.HasSuffix(s.lower(v), "ed")
	// (", and fighting has continued": a gerund noun is no verb of the
	// subject's)
	if k+1 == from && !finiteVerb(s, from) && !pastAdjective {
		return false
	}
	if t := s.tag(v); !strings.HasPrefix(t, "VB") && t != "MD" && t != "RB" && !pastAdjective {
		return false
	}
	// (only the verb's own words: auxiliaries, adverbs, "a", "short of";
	// not "but remains convinced on the basis of administration talks")
	for j := v; j < from; j++ {
		if t := s.tag(j); s.mentionAt(j) != nil || s.lower(j) == "," || t == "PRP" || strings.HasPrefix(t, "NN") || t == "IN" && s.lower(j) != "of" {
			return false
		}
	}
	// (not inside a relative clause: "Nduhungirehe, who met Maubert, but
	// was not received by Merz")
	found := false
	for j := s.clauseStart(k); j < k; j++ {
		if w := s.lower(j); w == "who" || w == "which" || w == "whom" {
			return false
		}
		found = found || finiteVerb(s, j)
	}
	return found
}

// mainSubjects returns the subject of the main clause that ", and" at
// k continues, past the subordinate clauses before it ("Noboa said ...
// that Ecuador would not lift the surcharge until Colombia deployed more
// troops, and threatened": Noboa), when a finite verb follows it right
// away.
func (s *sentence) mainSubjects(k int, ok func(*entity) bool) []*mention {
	c := s.clauseStart(k)
	for n := 0; c > 0 && n < 8 && subordinators[s.lower(c)]; n++ {
		c = s.clauseStart(c)
	}
	subs := s.subjectsBefore(k, c, ok)
	if len(subs) == 0 {
		return nil
	}
	e := s.pastBrackets(subs[len(subs)-1].to) // "the Balochistan Liberation Army (BLA) said"
	if s.tag(e) == "RB" {
		e++
	}
	if !finiteVerb(s, e) {
		return nil
	}
	return subs
}

// subordinators open a clause that a ", and" after it does not continue.
var subordinators = setOf(`that until after before when while because since if although though which who whom`)

// conflictNouns name a conflict a definite article presupposes: "the
// dispute with Thailand".
var conflictNouns = setOf(`dispute conflict war feud standoff rivalry`)

// timeLeadWords may open a time phrase before a verb: "days later",
// "on Monday", "a week earlier".
// (with durationWords: "two weeks later")
var timeLeadWords = setOf(`a few later earlier then on in hours day week month year`)

// governedPlace reports a place that a preposition governs: "the
// ambassador in Ankara", "envoy for Syria", "the president of Kenya".
func (s *sentence) governedPlace(m *mention) bool {
	w := s.lower(m.from - 1)
	return m.ent.typ.IsPlace() && (placePreps[w] || w == "for" || w == "of")
}

// judgeVerbs judge an event someone else made.
var judgeVerbs = setOf(`condemned condemn condemns condemning denounced denounce denounces deplored deplores
	criticized criticised criticizes criticises mourned investigating investigate investigated`)

// judgedEvent reports whether the event noun at token i is the object of
// a verb that judges it, past its determiner, adjectives and a time's
// possessive: "condemned Sunday's attack on", "denounced this cowardly
// attack on".
func (s *sentence) judgedEvent(i int) bool {
	k := i - 1
	for n := 0; n < 5 && k >= 0; n++ {
		w := s.lower(k)
		if judgeVerbs[w] {
			return true
		}
		_, day := weekdays[w]
		if w == "the" || w == "this" || w == "that" || w == "a" || w == "an" || possMark[w] || day || w == "yesterday" || w == "today" || w == "weekend" || s.plainWord(k) && strings.HasPrefix(s.tag(k), "JJ") {
			k--
			continue
		}
		break
	}
	return false
}

// rangeThenComma reports whether a span of years and a comma follow
// token i: "between 1958 and 1976,", "from 2014 to 2022,".
func (s *sentence) rangeThenComma(i int) bool {
	year := func(w string) bool { return len(w) == 4 && strings.Trim(w, "0123456789") == "" }
	if (s.lower(i) == "between" || s.lower(i) == "from") && year(s.lower(i+1)) && (s.lower(i+2) == "and" || s.lower(i+2) == "to") && year(s.lower(i+3)) {
		return s.lower(i+4) == ","
	}
	return false
}

// eventAdjective reports whether token k is a lowercase adjective before
// an event noun: "full-scale", "continued".
func (s *sentence) eventAdjective(k int) bool {
	// ("the EU's 2022 embargo on": a year)
	if isYear(s.lower(k)) && s.isTimeTok(k) {
		return true
	}
	return s.plainWord(k) && !s.toks[k].Cap && (strings.HasPrefix(s.tag(k), "JJ") || strings.Contains(s.lower(k), "-"))
}

// dealPossessor returns the possessor of the deal noun at i, past a
// date and the deal's lowercase modifiers: "Addis Ababa's January 2024
// port deal with Somaliland" (not "Kenya's proposed deal": one not yet
// made).
func (s *sentence) dealPossessor(i int) *mention {
	k := i - 1
	for n := 0; n < 4 && k > 0 && (s.isTimeTok(k) || s.plainWord(k) && !s.toks[k].Cap && !proposedDeal[s.lower(k)] && s.mentionAt(k) == nil); n++ {
		k--
	}
	return s.possessorMarkedAt(k)
}

// possessorMarkedAt returns the possessive name whose "'s" is token k
// ("Russia's" before "full-scale invasion"), or nil.
func (s *sentence) possessorMarkedAt(k int) *mention {
	if m := s.mentionAt(k - 1); m != nil && m.poss && m.to == k && possMark[s.lower(k)] {
		return m
	}
	return nil
}

// eventPossessor returns the possessor of the event noun at token i past
// its adjectives ("Russia's full-scale invasion"), or nil.
func (s *sentence) eventPossessor(i int) *mention {
	k := i - 1
	for k > 0 && s.eventAdjective(k) {
		k--
	}
	if k == i-1 {
		return nil
	}
	return s.possessorMarkedAt(k)
}

// duringBefore reports "during" before the noun phrase of the event noun
// at token i: "during an overnight strike on".
func (s *sentence) duringBefore(i int) bool {
	k := i - 1
	for n := 0; n < 4 && k > 0 && s.plainWord(k) && !s.toks[k].Cap && s.lower(k) != "during"; n++ {
		k--
	}
	return s.lower(k) == "during"
}

// verbBetween reports a verb or "to" among tokens [from, to).
func (s *sentence) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if strings.HasPrefix(s.tag(k), "VB") || s.lower(k) == "to" {
			return true
		}
	}
	return false
}

// prepBetween reports a preposition among tokens [from, to): "shot down
// a drone near the town of" is no visit or attack on the town.
// targetInBetween reports whether the only preposition in [from, to) is
// the "in" after a target noun: "an army base in the northern town".
func (s *sentence) targetInBetween(from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if objectPreps[s.lower(k)] || s.lower(k) == "near" {
			if s.lower(k) != "in" || !targetNouns[s.lower(k-1)] {
				return false
			}
			n++
		}
	}
	return n == 1
}

func (s *sentence) prepBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if objectPreps[s.lower(k)] || s.lower(k) == "near" {
			return true
		}
	}
	return false
}

// joinedAlongWith reads "Romania joined NATO in 2004, along with
// Bulgaria and Slovakia": the companions the object's clause ends with
// joined too, at the same time.
func (s *sentence) joinedAlongWith(rs []rel, to int) []rel {
	o := s.mentionAt(to)
	if s.lower(to) == "the" {
		o = s.mentionAt(to + 1)
	}
	if o == nil {
		return nil
	}
	k := s.pastTime(o.to)
	if s.lower(k) != "," || !(s.lower(k+1) == "along" || s.lower(k+1) == "together") || s.lower(k+2) != "with" {
		return nil
	}
	m := s.mentionAt(k + 3)
	if m == nil || m.from != k+3 || m.poss {
		return nil
	}
	companions := s.coordinated(m, len(s.toks))
	var out []rel
	for _, r := range rs {
		if o.ent != r.obj {
			continue
		}
		for _, c := range companions {
			for _, e := range c.ents() {
				if e != r.subj && e != r.obj && (e.typ == schema.Country || e.typ == schema.Organization) {
					n := r
					n.subj = e
					n.rule = r.rule + ":along_with"
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// timeThenComma reports whether a time phrase starting at token k ends
// in a comma: "on Tuesday,", "last week,", "in March 2024,", "on Aug.
// 8, 2025," (a date's own tokens and commas count as one).
func (s *sentence) timeThenComma(k int) bool {
	j := k
	for n := 0; n < 8 && j < len(s.toks); n++ {
		switch w := s.lower(j); {
		case s.isTimeTok(j) || w == "on" || w == "in" || w == "last" || w == "this" || w == "early" || w == "late" || w == "earlier":
			j++
		case w == ",":
			return j > k && s.isTimeTok(j-1)
		default:
			return false
		}
	}
	return false
}

// saidAfterObject reports whether a speech verb follows the object of a
// trigger ending at token to: "a spokesman for the bank said".
func (s *sentence) saidAfterObject(to int, objOK func(*entity) bool) bool {
	objs := s.objectsAfter(to, 6, objOK)
	return len(objs) > 0 && speechVerbs[s.lower(objs[len(objs)-1].to)]
}

// speakerApposition reports whether the article at token k opens an
// apposition to a name that stands where a speaker does: at the start
// of the sentence or after a comma ("Dan Kaakebeen, a spokesman for
// Smit, told ...", "..., Yves Van Haecke, an aide to Guillaume said"),
// not inside a clause ("to replace Paul Volcker, a spokesman ... said").
func (s *sentence) speakerApposition(k int) bool {
	j := k - 1
	if s.lower(j) == "," {
		j--
	}
	m := s.mentionAt(j)
	if m == nil || m.to != j+1 || m.ent.typ != schema.Person {
		return false
	}
	b := s.npStart(m.from)
	return b == 0 || s.lower(b-1) == ","
}

func anyOK(m *mention, ok func(*entity) bool) bool {
	for _, e := range m.ents() {
		if ok(e) {
			return true
		}
	}
	return false
}

// coordinated returns m and the mentions listed with it ("A, B and C",
// "A and B", bullet lists), up to token limit.
func (s *sentence) coordinated(m *mention, limit int) []*mention {
	list := []*mention{m}
	cur := m
	closed := false // an "and", "or" or a bullet joined the items
	anded := false  // an "and" or "or" joined two items already
	for {
		k := cur.to
		// skip a parenthesized acronym: "United Arab Emirates (UAE)"
		if s.lower(k) == "(" {
			for k < len(s.toks) && s.lower(k) != ")" {
				k++
			}
			k++
		}
		// "borders Bulgaria to the east and Greece to the south": a
		// direction after an item
		if s.lower(k) == "to" && s.lower(k+1) == "the" && compass[s.lower(k+2)] && (s.lower(k+3) == "and" || s.lower(k+3) == ",") {
			k += 3
		}
		sep, conj := false, false
		wasClosed, commaOnly := closed, true
		for k < len(s.toks) && k < limit {
			w := s.lower(k)
			// "Niger, together with Mali and Burkina Faso, left ECOWAS"
			if (w == "together" || w == "along") && s.lower(k+1) == "with" && s.lower(k-1) == "," {
				closed, sep = true, true
				k += 2
				continue
			}
			if w == "," || w == "and" || w == "or" || w == "nor" || w == "&" || w == "-" || w == "–" || w == "•" || w == "the" || w == "as" && s.lower(k+1) == "well" || w == "well" || w == ":" || w == "nearby" || w == "both" || w == "other" || w == "fellow" {
				if w != "the" && w != "nearby" && w != "," && w != "other" && w != "fellow" {
					closed = true
				}
				if w != "the" && w != "nearby" && w != "other" && w != "fellow" {
					sep = true
				}
				if w != "," {
					commaOnly = false
				}
				conj = conj || w == "and" || w == "or"
				k++
				continue
			}
			break
		}
		if !sep || k >= len(s.toks) || k >= limit {
			break
		}
		// "through Kazakhstan and Turkmenistan, and Sadegh said": a
		// second "and" after a list it closed joins a clause
		if anded && conj {
			break
		}
		anded = anded || conj
		// "Brazil, Argentina and Uruguay, Paraguay's partners in": after
		// a list its "and" closed, a comma alone opens an apposition
		if wasClosed && commaOnly && len(list) >= 2 {
			if n := s.mentionAt(k); n != nil && n.from == k && n.poss {
				break
			}
		}
		// "the Sudanese Armed Forces and the paramilitary Rapid Support
		// Forces": a describing word after "the"
		if s.lower(k-1) == "the" && s.mentionAt(k) == nil {
			j := k
			for j < k+2 && s.plainWord(j) && (strings.HasPrefix(s.tag(j), "JJ") || describingWords[s.lower(j)]) {
				j++
			}
			if n := s.mentionAt(j); j > k && n != nil && n.from == j && j < limit {
				k = j
			}
		}
		next := s.mentionAt(k)
		// "Congo and the Rwanda-backed M23": the backer modifies the next name
		if next != nil && next.backer && next.from == k {
			next = s.mentionAt(next.to)
		}
		// "Azerbaijan and its neighbor, Armenia": the pronoun's apposition
		if next != nil && next.pronoun && next.from == k {
			// (not "and its Musandam peninsula faces Iran": a clause of
			// its own)
			j, verb := k+1, false
			for j < len(s.toks) && j < k+4 && s.mentionAt(j) == nil && s.lower(j) != "," {
				// ("and its 16 members include Malawi": a present verb too)
				verb = verb || finiteVerb(s, j) || s.tag(j) == "VBP"
				j++
			}
			if s.lower(j) == "," {
				j++
			}
			if n2 := s.mentionAt(j); n2 != nil && n2.from == j && !verb {
				next = n2
				// ("backed Egypt, and its secretary-general, Ahmed Aboul
				// Gheit, said": the apposition is a clause's subject)
				// (not "Boko Haram and its offshoot, ISWAP, have been
				// fighting": a list that is the subject)
				if e := n2.to; s.verbBetween(s.clauseStart(m.from), m.from) && (finiteVerb(s, e) || s.lower(e) == "," && finiteVerb(s, e+1) && !s.toks[e+1].Cap) {
					break
				}
			}
		}
		// "Sánchez and his Portuguese counterpart, Luís Montenegro,": the
		// counterpart named in apposition
		if next == nil && m.ent.typ == schema.Person {
			if n2 := s.counterpartNamed(k); n2 != nil {
				next = n2
			} else if j := s.skipTitle(k); j > k {
				// "Singh and Prime Minister Navin Ramgoolam": a title
				// before the next person
				if n2 := s.mentionAt(j); n2 != nil && n2.from == j && n2.ent.typ == schema.Person {
					next = n2
				}
			}
		}
		// "Pashinyan and Azerbaijan's President Ilham Aliyev", "and
		// Azerbaijani President Ilham Aliyev": a person's country
		// before the title is not an item of a list of people
		// ("Marape and PNG Defence Minister Billy Joseph": the country
		// only qualifies the title)
		if next != nil && next.from == k && m.ent.typ == schema.Person && (next.poss || next.demonym || s.qualifiesTitle(next)) {
			j := next.to
			if next.poss {
				j++
			}
			// ("and Turkish Cypriot leader Tufan Erhurman": two demonyms)
			for d := s.mentionAt(j); next.demonym && d != nil && d.from == j && d.demonym; d = s.mentionAt(j) {
				j = d.to
			}
			// ("South Korea's Cho Hyun": a possessive needs no title)
			if j2 := s.skipTitle(j); j2 > j || next.poss {
				// ("and the Azerbaijani energy minister, Parviz Shahbazov":
				// the title's holder in apposition)
				if j2 > j && s.lower(j2) == "," && s.mentionAt(j2) == nil {
					j2++
					// ("and Burkina Faso's president, Captain Ibrahim
					// Traore": a rank before the holder's name)
					if j3 := s.skipTitle(j2); j3 > j2 {
						j2 = j3
					}
				}
				if n2 := s.mentionAt(j2); n2 != nil && n2.from == j2 && n2.ent.typ == schema.Person {
					next = n2
				}
			}
		}
		// "Sonangol and Brazil's Petrobras": a body's country before the
		// next body is not an item of a list of bodies
		if next != nil && next.from == k && next.poss && next.ent.typ == schema.Country && m.ent.typ == schema.Organization {
			j := next.to
			if possMark[s.lower(j)] {
				j++
			}
			if n2 := s.mentionAt(j); n2 != nil && n2.from == j && n2.ent.typ == schema.Organization {
				next = n2
			}
		}
		// "did not travel to Lomé, and Niger's military leader, Gen. X,
		// stayed away": a possessed title after ", and" opens a clause
		if next != nil && next.from == k && next.poss && possMark[s.lower(next.to)] && m.ent.typ != schema.Person && s.lower(k-1) == "and" && s.lower(k-2) == "," && s.titleRun(next.to+1) > next.to+1 {
			break
		}
		if next == nil || !usable(next) || next.ent.typ != m.ent.typ && !(m.ent.typ.IsActor() && next.ent.typ.IsActor()) && !(m.ent.typ.IsPlace() && next.ent.typ.IsPlace()) {
			break
		}
		// "Jack Ruby, who killed Oswald, and Jim Bakker": ", and" after a
		// single item closes a relative clause, not a list
		if len(list) == 1 && s.lower(cur.to) == "," && s.lower(cur.to+1) == "and" && s.inRelative(cur.from) {
			break
		}
		// "sits on the shore of Lake Kivu, and North Kivu borders": ", and"
		// after a single item, before a name its verb follows, opens a
		// clause
		if len(list) == 1 && s.lower(cur.to) == "," && s.lower(cur.to+1) == "and" && next.from == cur.to+2 {
			if t := s.tag(next.to); t == "VBZ" || t == "VBD" || t == "MD" || next.to == limit {
				break
			}
		}
		list = append(list, next)
		cur = next
	}
	// Items joined by commas alone are not a list ("If Iran attacks
	// Israel, the United States will ..."): a list ends with "and" or "or".
	if !closed {
		return list[:1]
	}
	return list
}

// counterpartNamed returns the person named after "his (Portuguese)
// counterpart" from token k, with or without a comma between, or nil.
func (s *sentence) counterpartNamed(k int) *mention {
	if w := s.lower(k); w != "his" && w != "her" && w != "their" {
		return nil
	}
	j := k + 1
	// ("his Republic of the Congo counterpart": a country's name as its
	// adjective)
	if d := s.mentionAt(j); d != nil && (d.demonym || d.ent.typ == schema.Country && !d.poss) && d.from == j {
		j = d.to
	}
	if w := s.lower(j); w != "counterpart" && w != "counterparts" {
		return nil
	}
	j++
	if s.lower(j) == "," {
		j++
	}
	if p := s.mentionAt(j); p != nil && p.from == j && p.ent.typ == schema.Person && usable(p) {
		return p
	}
	return nil
}

// pluralCounterparts reads "his Kazakh and Uzbek counterparts, Kassym-Jomart
// Tokayev and Shavkat Mirziyoyev" from token k ("his", "her", "their"):
// the countries and the people, one for one, or nils.
func (s *sentence) pluralCounterparts(k int) (countries, people []*mention) {
	if w := s.lower(k); w != "his" && w != "her" && w != "their" {
		return nil, nil
	}
	j := k + 1
	for j < len(s.toks) && j < k+12 {
		d := s.mentionAt(j)
		// ("Uzbek counterparts" is read as one actor)
		if d == nil || d.from != j || !d.demonym && !(d.actor && s.lower(d.to-1) == "counterparts") || d.ent.typ != schema.Country {
			return nil, nil
		}
		countries = append(countries, d)
		j = d.to
		if s.lower(j-1) == "counterparts" {
			break
		}
		if s.lower(j) == "counterparts" {
			j++
			break
		}
		if s.lower(j) == "," {
			j++
		}
		if s.lower(j) == "and" {
			j++
		}
	}
	if s.lower(j-1) != "counterparts" || len(countries) < 2 {
		return nil, nil
	}
	if s.lower(j) == "," {
		j++
	}
	p := s.mentionAt(j)
	if p == nil || p.from != j || p.ent.typ != schema.Person {
		return nil, nil
	}
	people = s.coordinated(p, len(s.toks))
	if len(people) != len(countries) {
		return nil, nil
	}
	for _, x := range people {
		if x.ent.typ != schema.Person {
			return nil, nil
		}
	}
	return countries, people
}

// objectsAfter finds the object of a trigger ending at token i: the first
// usable mention of an accepted type within reach, with its coordinated
// mentions. Mentions governed by a possessive ("Azerbaijan's capital,
// Baku") are skipped in favour of the head.
func (s *sentence) objectsAfter(i int, reach int, ok func(*entity) bool) []*mention {
	for k := i; k < len(s.toks) && k < i+reach; k++ {
		w := s.lower(k)
		if w == "." && k > 0 && s.abbrevTitle(k-1) {
			continue // "Sen." before a name
		}
		// "met Deputy Secretary of State Christopher Landau": over a
		// title with its own "of" to the person
		// ("talks with Coordinating Minister for Economic Affairs Airlangga
		// Hartarto": a portfolio after the title's "for")
		if s.toks[k].Cap && s.mentionAt(k) == nil {
			if j := s.skipTitle(k); j > k+1 {
				if p := s.mentionAt(j); p != nil && p.from == j && p.ent.typ == schema.Person {
					k = j - 1
					continue
				}
			}
			if p := s.personTitledFrom(k); p != nil {
				k = p.from - 1
				continue
			}
		}
		// "signed what officials called the Puno Commitment": over the
		// words that name the object
		if w == "what" && k <= i+1 {
			if e := s.namedByClause(k); e > k {
				k = e - 1
				continue
			}
		}
		// "threatened on Sunday to wipe out the ADF": a time between the
		// verb and its infinitive
		if k == i {
			if j := s.pastTime(k); j > k && s.lower(j) == "to" && (s.tag(j+1) == "VB" || s.tag(j+1) == "``" && s.tag(j+2) == "VB") {
				k = j - 1
				continue
			}
		}
		// "threatened to \"wipe out\" the ADF": the quote marks of a
		// quoted infinitive
		if (w == "\"" || w == "“" || w == "”") && k > i && s.quotedInfinitive(k) {
			continue
		}
		if objectStops[w] && k > i {
			return nil
		}
		// "has not met since the Taliban returned to power": "since" with
		// a clause, not a time, ends what the verb can take
		// (not "a declaration, since dubbed the Washington Declaration")
		if w == "since" && !s.isTimeTok(k+1) && !(s.lower(k+1) == "the" && s.isTimeTok(k+2)) && (determiners[s.lower(k+1)] || subjectPronouns[s.lower(k+1)] || s.mentionAt(k+1) != nil) {
			return nil
		}
		// "Macut did not meet him, a government spokeswoman said": an
		// object pronoun the text does not resolve is the object, not a
		// name after it
		if k == i && objectPronouns[w] && s.mentionAt(k) == nil {
			return nil
		}
		// "imposed sanctions on Dec. 27 on Bidzina Ivanishvili": a time
		// right after the trigger, then its preposition again
		if s.isTimeTok(k) && k > 0 && k <= i+1 {
			ts := k
			for ts > 0 && s.isTimeTok(ts-1) {
				ts--
			}
			e := k
			for e < len(s.toks) && s.isTimeTok(e) {
				e++
			}
			// the preposition before the time, or opening it
			p := s.lower(ts - 1)
			if objectPreps[s.lower(ts)] {
				p = s.lower(ts)
			}
			if objectPreps[p] && s.lower(e) == p {
				k = e
				continue
			}
		}
		// "backed it more strongly than any other EU member" (not "imports
		// more than 90 pct of its soybeans from the U.S.")
		// ("met Foreign Minister Than Swe": a name's "Than" is no comparison)
		if w == "than" && k > i && !isNumber(s.lower(k+1)) && s.mentionAt(k) == nil {
			return nil
		}
		// "cooperation with its partners as a border controversy with
		// Venezuela drags on": "as" and a noun phrase open a clause
		if w == "as" && k > i && (s.lower(k+1) == "a" || s.lower(k+1) == "an") {
			return nil
		}
		// ", and most other states have ...": a new clause
		if w == "," && (s.lower(k+1) == "and" || s.lower(k+1) == "but") && k > i {
			return nil
		}
		// "condemned the attack and had asked the Taliban": a second
		// verb phrase has objects of its own
		if w == "and" && k > i && finiteVerb(s, k+1) {
			return nil
		}
		// "after a meeting with a bank committee that Brazil cannot pay":
		// "that" and a clause's subject and verb end the object
		if w == "that" && k > i && (s.nameVerbAt(k+1) || finiteVerb(s, k+1) || s.relativeWithSubject(k)) {
			return nil
		}
		// "led the response: ECOWAS imposed": a clause after a colon
		if w == ":" && k > i && s.nameVerbAt(k+1) {
			return nil
		}
		// ", a charge Iran denies": what follows names who denies
		if w == "," && k > i && s.claimNounAfter(k) >= 0 {
			return nil
		}
		// A preposition starts a modifier ("occupies a link in trade
		// between A and B"), except after a collective ("officials in
		// X") or in "including (in) X".
		// "strikes on militant camps in Pakistan": the place of targets
		// "retook all of Nagorno-Karabakh": a quantity of the object
		if w == "of" && k == i+1 && (s.lower(k-1) == "all" || s.lower(k-1) == "most" || s.lower(k-1) == "much" || s.lower(k-1) == "parts" || s.lower(k-1) == "part") {
			continue
		}
		// "controls about 80 percent of Western Sahara", "half of"
		if w == "of" && k > i && k <= i+5 && s.quantityOnly(i, k) {
			continue
		}
		// ("about 80 percent of": a quantity's "about", no preposition)
		if k == i && quantityWords[w] && s.quantityOf(k) {
			continue
		}
		// "met the Emir of Qatar, Sheikh Tamim": the person the title
		// of a country names in apposition
		if w == "of" && k > i {
			at := k + 1
			if s.lower(at) == "the" {
				at++
			}
			if m := s.mentionAt(at); m != nil && m.from == at {
				if r, found := s.titleOfApposition(m); found && r.trigFrom >= i && r.trigFrom <= i+1 {
					if p := s.mentionAt(r.trigTo); p != nil && anyOK(p, ok) {
						return []*mention{p}
					}
				}
			}
		}
		// "visited the North Korean resort city of Wonsan", "the island
		// of Crete": the town or land the noun names
		// ("attacked an army base in the northern town of Djibo": past
		// the targets' own "in")
		// ("retook the rebel stronghold of Kidal")
		// ("struck the southern suburbs of Beirut": a part of the town)
		if w == "of" && k > i && (townNouns[s.lower(k-1)] || placeOfNouns[s.lower(k-1)] || partOfTownNouns[s.lower(k-1)] || s.lower(k-1) == "stronghold") && !s.toks[k-1].Cap && (!s.prepBetween(i, k-1) || s.targetInBetween(i, k-1)) {
			if m := s.mentionAt(k + 1); m != nil && m.from == k+1 && m.ent.typ.IsPlace() && !m.demonym {
				continue
			}
		}
		// "sheltering fighters of the TTP": a group's fighters stand
		// for the group
		if w == "of" && k == i+1 && groupFighters[s.lower(k-1)] {
			if m := s.nameAt(k+1, "the"); m != nil && m.ent.typ == schema.Organization {
				continue
			}
		}
		// ("recognised the independence of Kosovo")
		if w == "of" && k == i+2 && s.lower(i) == "the" && sovereignNouns[s.lower(k-1)] {
			continue
		}
		// ("restored relations with the government of President Nicolás
		// Maduro": the country the leader stands for)
		// (not "the government of former President Macky Sall": a past
		// government is no party now)
		if w == "of" && k == i+2 && s.lower(i) == "the" && (s.lower(k-1) == "government" || s.lower(k-1) == "administration") && !pastTitle(s.lower(k+1)) {
			if p := s.personTitledFrom(k + 1); p != nil && p.stands != nil {
				continue
			}
			if p := s.mentionAt(k + 1); p != nil && p.stands != nil {
				continue
			}
		}
		if objectPreps[w] && !collectiveNouns[s.lower(k-1)] && s.lower(k-1) != "including" && !(w == "in" && targetNouns[s.lower(k-1)]) {
			return nil
		}
		// ("accused the government of a surrender to Brussels": after a
		// collective only a name goes on, "officials in Kabul")
		if objectPreps[w] && collectiveNouns[s.lower(k-1)] && k > i && s.mentionAt(k+1) == nil && !(s.lower(k+1) == "the" && s.mentionAt(k+2) != nil) && !s.isTimeTok(k+1) {
			return nil
		}
		m := s.mentionAt(k)
		if m == nil || m.from != k {
			continue
		}
		// "spoke with his Kazakh and Uzbek counterparts, Tokayev and
		// Mirziyoyev": the people, not their countries
		if _, people := s.pluralCounterparts(k - 1); people != nil {
			return accepted(people, ok)
		}
		// "hosted his Republic of the Congo counterpart, Denis Sassou
		// Nguesso": the person, not the country
		if p := s.counterpartNamed(k - 1); p != nil && !m.demonym && anyOK(p, ok) {
			return []*mention{p}
		}
		// "he" and "she" are subjects, never objects
		if m.pronoun && (s.lower(k) == "he" || s.lower(k) == "she") {
			continue
		}
		// "it" is an object right after the verb ("attacked it"), else
		// the subject of a clause further on
		if m.pronoun && s.lower(k) == "it" && k > i+1 {
			continue
		}
		// "met U.S. Deputy Secretary of State Christopher Landau": on to
		// the person, over the title's own "of"
		if p := s.titledAfter(m); p >= 0 {
			k = p - 1
			continue
		}
		// "received Libya's acting foreign minister, Taher al-Baour": the
		// person a possessive title names in apposition
		if m.poss && possMark[s.lower(m.to)] {
			if e := s.titleRun(m.to + 1); e > m.to+1 && s.lower(e) == "," {
				if at := s.skipTitle(e + 1); at < len(s.toks) {
					if p := s.mentionAt(at); p != nil && p.from == at && p.ent.typ == schema.Person && anyOK(p, ok) {
						// ("met Indonesia's health minister, Budi Gunadi
						// Sadikin, and his South African counterpart, ...")
						return accepted(s.coordinated(p, len(s.toks)), ok)
					}
				}
			}
		}
		// "sanctioned Venezuela's state oil company, PDVSA", "Russia's two
		// largest oil producers, Rosneft and Lukoil": the bodies the
		// possessed kind of body names in apposition
		if n := s.possessedBodyNamed(m); n != nil && anyOK(n, ok) {
			return accepted(s.coordinated(n, len(s.toks)), ok)
		}
		// "met Sudan's army chief and head of state, General Abdel Fattah
		// al-Burhan": a body that opens a title is the title's; the
		// person in apposition is met
		if p := s.bodyTitleApposition(m); p != nil && anyOK(p, ok) {
			return accepted(s.coordinated(p, len(s.toks)), ok)
		}
		// "refuses to recognise Kosovo's statehood": a state's
		// sovereignty stands for the state
		if m.poss && possMark[s.lower(m.to)] && sovereignNouns[s.lower(m.to+1)] && usable(m) && anyOK(m, ok) {
			return []*mention{m}
		}
		if !usable(m) || m.poss {
			k = m.to - 1
			continue
		}
		// "sanctions on Russian oil companies Rosneft and Lukoil": the
		// bodies a demonym's kind of body names, not their country
		if n := s.namedAfterDemonym(m); n != nil && anyOK(n, ok) {
			return accepted(s.coordinated(n, len(s.toks)), ok)
		}
		// "based in the West Bank city of Ramallah": the town, not the
		// place that names it
		if q := s.townOf(m); q != nil && anyOK(q, ok) {
			return []*mention{q}
		}
		if !anyOK(m, ok) {
			k = m.to - 1
			continue
		}
		// "air strikes on Afghan territory and Taliban attacks on ...":
		// a name after "and" that opens another attack is its agent
		if s.lower(k-1) == "and" && k-1 > i && attackNouns[s.lower(m.to)] {
			return nil
		}
		list := s.coordinated(m, len(s.toks))
		good := accepted(list, ok)
		// "held separate talks with Ramaphosa and with German Chancellor
		// Friedrich Merz": the trigger's preposition again after "and"
		// ("full members of the SCO, as well as of the CSTO and the
		// EAEU": or after "as well as")
		if i > 0 && repeatPreps[s.lower(i-1)] {
			if at := s.prepAgain(list[len(list)-1].to, s.lower(i-1)); at > 0 {
				good = append(good, s.objectsAfter(at, 8, ok)...)
			}
		}
		return good
	}
	return nil
}

// prepAgain returns the token after the preposition p said again at
// token e, after "and" ("and with") or after "[,] as well as" (", as
// well as of"), or -1.
func (s *sentence) prepAgain(e int, p string) int {
	if s.lower(e) == "and" && s.lower(e+1) == p {
		return e + 2
	}
	if s.lower(e) == "," {
		e++
	}
	if s.lower(e) == "as" && s.lower(e+1) == "well" && s.lower(e+2) == "as" && s.lower(e+3) == p {
		return e + 4
	}
	return -1
}

// namedAfterDemonym returns the body a demonym and its lowercase kind
// of body name: "Russian oil company Rosneft", "Iranian airline Mahan
// Air".
func (s *sentence) namedAfterDemonym(m *mention) *mention {
	if !m.demonym {
		return nil
	}
	k := s.bodyKindEnd(m.to, 3)
	if k < 0 {
		return nil
	}
	if n := s.mentionAt(k); n != nil && n.from == k && n.ent.typ == schema.Organization && !n.poss && !n.demonym && usable(n) && !s.nameModifies(n) {
		return n
	}
	return nil
}

// bodyKindEnd passes at most n lower-case words from token k and returns
// the index after them when they end in a kind of body ("oil company",
// "two largest oil producers"), or -1.
func (s *sentence) bodyKindEnd(k, n int) int {
	e := k
	for e < k+n && s.plainWord(e) {
		e++
	}
	if e == k || !bodyKindNoun(s.lower(e-1)) {
		return -1
	}
	return e
}

// possessedBodyNamed returns the body named in apposition after a
// possessor and its lowercase kind of body: "Venezuela's state oil
// company, PDVSA", "Russia's two largest oil producers, Rosneft and
// Lukoil".
func (s *sentence) possessedBodyNamed(m *mention) *mention {
	if !m.poss || !possMark[s.lower(m.to)] {
		return nil
	}
	k := s.bodyKindEnd(m.to+1, 5)
	if k < 0 || s.lower(k) != "," {
		return nil
	}
	if n := s.mentionAt(k + 1); n != nil && n.from == k+1 && n.ent.typ == schema.Organization && !n.poss && !n.demonym && usable(n) {
		return n
	}
	return nil
}

// banBefore reports a verb of banning right before the trigger at i,
// past an article or an adjective: "barred imports", "banned all imports".
func (s *sentence) banBefore(i int) bool { return s.banAt(i) >= 0 }

// banAt returns where banBefore's verb is, or -1.
func (s *sentence) banAt(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if banVerbs[s.lower(k)] {
			return k
		}
		if !s.plainWord(k) {
			return -1
		}
	}
	return -1
}

var banVerbs = setOf(`barred bars bar banned bans ban halted halts halt blocked blocks block prohibited prohibits prohibit embargoed`)

// clauseWordBetween reports a clause word among tokens [from, to).
func (s *sentence) clauseWordBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if clauseWords[s.lower(k)] && s.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// bodyPeople after a body's name are its people: "Africa Corps
// personnel".
var bodyPeople = setOf(`personnel troops forces soldiers fighters staff officers`)

// groupFighters are the people of an armed group who stand for it after
// a verb: "sheltering fighters of the TTP".
var groupFighters = setOf(`fighters militants gunmen insurgents members rebels`)

// clashNouns name fighting in which someone may be killed: "killed in
// clashes with".
var clashNouns = setOf(`clashes clash fighting battle battles combat firefight gunfight`)

// sovereignNouns are a state's standing, which stands for the state
// after a verb: "recognise Kosovo's statehood".
var sovereignNouns = setOf(`statehood independence sovereignty`)

// accepted keeps the mentions ok accepts.
func accepted(ms []*mention, ok func(*entity) bool) []*mention {
	var good []*mention
	for _, x := range ms {
		if anyOK(x, ok) {
			good = append(good, x)
		}
	}
	return good
}

// repeatPreps may be repeated before a second object: "talks with A and
// with B", "sanctions on A and on B".
var repeatPreps = setOf(`with to on against from of`)

// matchTrigger reports whether tr matches at token i and returns the end
// of the trigger (exclusive) including any mid phrase and preposition.
func (s *sentence) matchTrigger(tr *trigger, i int) (int, bool) {
	if i+len(tr.words) > len(s.toks) {
		return 0, false
	}
	skip := 0 // an adverb before the trigger's last word, its preposition
	for k, w := range tr.words {
		if k > 0 && k == len(tr.words)-1 && isPrep(w) && s.toks[i+k].Lower != w && s.lower(i+k+1) == w && strings.HasSuffix(s.lower(i+k), "ly") && strings.HasPrefix(s.tag(i+k), "RB") {
			skip = 1 // "negotiate directly with", "met separately with"
		}
		// "has been led since June 2024 by": a time between a passive
		// participle and its "by"
		// ("the contract Bolivia signed in 2023 with Uranium One": a time
		// between a verb and its "with")
		if k > 0 && k == len(tr.words)-1 && (tr.kind == passive && w == "by" || w == "with" && tr.kind == svo) && (s.lower(i+k) == "since" || s.lower(i+k) == "in" || w == "with" && s.lower(i+k) == "on") && s.isTimeTok(i+k+1) {
			j := i + k + 1
			for j < len(s.toks) && s.isTimeTok(j) {
				j++
			}
			if s.lower(j) == w {
				skip = j - (i + k)
			}
		}
		if w != "*" && s.toks[i+k+skip].Lower != w {
			return 0, false
		}
		if s.mentionAt(i+k+skip) != nil && s.mentionAt(i+k+skip).ent.typ != schema.Person {
			return 0, false // part of a name: "the Kazakhstani embassy" is not "embassy"
		}
	}
	end := i + len(tr.words) + skip
	if tr.prep == "" && (len(tr.mid) == 0 || tr.mid[0] == "") {
		return end, true
	}
	if tr.prep == "" {
		// "signed a trade agreement": the mid word ends the trigger
		for k := end; k < len(s.toks) && k <= end+tr.gap; k++ {
			for _, m := range tr.mid {
				if s.toks[k].Lower == m {
					// "... relations with Israel" is the one-sided reading
					// ("signed a contract to build a causeway": an
					// infinitive says what for)
					if w := s.lower(k + 1); w == "with" || w == "between" || w == "to" && s.tag(k+2) != "VB" {
						return 0, false
					}
					return k + 1, true
				}
			}
			if objectStops[s.toks[k].Lower] || s.mentionAt(k) != nil && !s.mentionAt(k).pronoun { // "held their first talks"
				break
			}
		}
		return 0, false
	}
	sawMid := len(tr.mid) == 0 || tr.mid[0] == ""
	limit := end + tr.gap
	for k := end; k < len(s.toks) && k <= limit; k++ {
		w := s.toks[k].Lower
		// ("sell up to 150,000 tonnes of maize to Malawi": "up to" a
		// number is a quantity, not the preposition)
		// ("imposed sanctions on Dec. 27 on Ivanishvili": a time after the
		// preposition is an adjunct, the object comes later)
		// ("worked at the site for three years for X": a duration's "for")
		if w == tr.prep && sawMid && !(w == "to" && s.lower(k-1) == "up") && !s.isTimeTok(k+1) && !(w == "for" && s.durationAt(k+1)) {
			return k + 1, true
		}
		for _, m := range tr.mid {
			if w == m && !sawMid {
				sawMid = true
				// ("signed a framework agreement on Belt and Road
				// cooperation with China": the gap counts on from the noun,
				// when no other verb came first: not "has decided to break
				// diplomatic relations with")
				if !s.verbBetween(end, k) {
					limit = max(limit, k+tr.gap+1)
				}
			}
		}
		// ("imposed tariffs of up to 50% on Brazilian goods": a rate
		// measures the noun, and the gap counts on after it)
		if sawMid && (w == "%" || w == "percent" && isNumber(s.lower(k-1)) || w == "cent" && s.lower(k-1) == "per") {
			limit = max(limit, k+3)
		}
		// ("signed that accord in 2006, with mediation by the UN": an
		// adjunct after the comma)
		// ("a border of more than 2,000 km with": "than" before a number
		// measures)
		if objectStops[w] && !(w == "than" && isNumber(s.lower(k+1))) || w == "," && sawMid && len(tr.mid) > 0 && tr.mid[0] != "" && !numberComma(s.toks, k) {
			break
		}
		// ("one of Burhan's closest allies, has also kept close ties
		// with Haftar": a comma and a finite verb before the noun end
		// the phrase)
		if w == "," && !sawMid && finiteVerb(s, k+1) {
			break
		}
	}
	return 0, false
}

// durationAt reports a span of time at token k: "three years", "a
// decade", "several long months".
func (s *sentence) durationAt(k int) bool {
	w := s.lower(k)
	if !(isNumber(w) || numberWords[w] || w == "a" || w == "several" || w == "many") {
		return false
	}
	return durationNouns[s.lower(k+1)] || s.plainWord(k+1) && durationNouns[s.lower(k+2)]
}

// durationNouns measure time.
var durationNouns = setOf(`years year months month weeks week days day decades decade hours`)

// targetNouns are what attacks hit; "in X" after them names the country
// attacked.
var targetNouns = map[string]bool{
	"camps": true, "camp": true, "targets": true, "positions": true, "sites": true, "site": true,
	"bases": true, "base": true, "facilities": true, "facility": true, "installations": true,
	"infrastructure": true, "areas": true, "towns": true, "cities": true, "villages": true,
	"hideouts": true, "depots": true, "airfields": true, "ports": true, "refineries": true,
	"defences": true, "defenses": true, "forces": true, "troops": true, "ships": true, "vessels": true,
	"tankers": true, "territory": true, "soil": true, "airspace": true, "posts": true, "outposts": true,
	"provinces": true, "districts": true, "checkpoints": true,
	// "attacked a police post in Mandera", "police stations in"
	"post": true, "station": true, "stations": true, "barracks": true, "convoy": true, "convoys": true, "village": true,
}

// strikeMeans say how a strike is made: "an Israeli air strike", "a
// Russian drone attack".
var strikeMeans = setOf(`air drone missile rocket artillery naval ground cross-border`)

// instrumentNouns kill or strike for whoever used them.
var instrumentNouns = map[string]bool{
	"shot": true, "shots": true, "bullet": true, "bullets": true, "bomb": true, "bombs": true,
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "drone": true, "drones": true,
	"strike": true, "strikes": true, "shell": true, "shells": true, "grenade": true,
}

// leavingVerbs end a membership, and also mean leaving a place.
var leavingVerbs = map[string]bool{"left": true, "quit": true, "quits": true, "leaves": true, "leaving": true, "exited": true}

// speechVerbs open reported speech; the mention before one is its speaker.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true}

// nearObject triggers take an object named within two words.
// "Japan and South Korea were neighbours that had to work together as
// North Korea ..." names no third country as a neighbour.
var nearObject = map[string]bool{"called": true, "calls": true, "call": true, "phoned": true, "rang": true,
	"neighbours": true, "neighbors": true, "neighbour": true, "neighbor": true}

// adjacentObject triggers take only a person named right after them.
var adjacentObject = map[string]bool{"received": true}

// liftVerbs end a measure: "lift sanctions on", "ease the blockade of".
var liftVerbs = map[string]bool{
	"lift": true, "lifts": true, "lifted": true, "lifting": true, "ease": true, "eased": true,
	"easing": true, "eases": true, "remove": true, "removed": true, "removing": true,
	"scrap": true, "scrapped": true, "end": true, "ended": true, "ending": true, "relax": true,
	"relaxed": true, "relaxing": true, "suspend": true, "suspended": true, "waive": true, "waived": true,
	"cut": true, "cuts": true, "cutting": true, "reduce": true, "reduced": true, "reducing": true,
	"eliminate": true, "eliminated": true, "eliminating": true, "abolish": true, "abolished": true,
	"out": true, // "phase out", "phased out"
}

// liftNouns end a measure as nouns: "the removal of sanctions", "an end
// to the embargo".
var liftNouns = setOf(`removal lifting easing end repeal scrapping suspension withdrawal`)

// planOrModal are the words that open a second verb phrase after "and".
var planOrModal = map[string]bool{
	"would": true, "will": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"are": true, "were": true, "did": true, "does": true, "then": true, "later": true, "also": true,
}

// patientBefore returns the patient of a participle at token i: the
// nearest usable mention before it, when the participle describes it
// (patientReaches); nil otherwise.
func (s *sentence) patientBefore(i int, ok func(*entity) bool) []*mention {
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; m.to <= i && usable(m) && anyOK(m, ok) {
			// ("The talks, held at the ministry in Mexico City, were led
			// by": a place a preposition governs inside a phrase the
			// comma closes is no patient)
			// (a bare participle after the comma describes it: "examined
			// by the House Energy Committee, chaired by")
			if s.lower(m.to) == "," && subjectBlockers[s.lower(s.npStart(m.from)-1)] && auxiliaries[s.lower(i-1)] {
				// ("SAARC, which is based in Kathmandu, is headed by": a
				// place in a closed relative clause after the patient)
				if insideClosedRelative(s.toks, m.from, i) {
					continue
				}
				return nil
			}
			if s.patientReaches(m.to, i) {
				return []*mention{m}
			}
			return nil
		}
	}
	return nil
}

// signAfterModal reports whether the "to" at token k, before the signing
// verb w, follows a verb of plan, expectation or refusal: "is expected
// to sign", "plans to ratify", "declined to sign" make a party to come
// or one that is not ("invited to sign" is a candidacy).
func (s *sentence) signAfterModal(k int, w string) bool {
	return s.lower(k) == "to" && (strings.HasPrefix(w, "sign") || strings.HasPrefix(w, "ratif")) && signModals[s.lower(k-1)]
}

var signModals = setOf(`expected expects expect due set plans plan planned planning aims aim aimed intends intend intended declined refused refuses refuse failed fail yet ready willing agreed agree agrees hopes hope hoped wants want wanted poised scheduled slated going promised pledged vowed`)

// bidNouns name an attempt to join: "Montenegro's bid to join".
var bidNouns = setOf(`bid application drive quest push attempt efforts effort ambition ambitions candidacy aspirations`)

// infinitiveBefore reports whether "to" and a verb's base form open the
// words before token k: "ready to conclude the boundary negotiations at
// an early date and".
func (s *sentence) infinitiveBefore(k int) bool {
	return s.opensBefore(k, func(j int) bool {
		// ("to \"conclude": a quotation mark between)
		return s.lower(j) == "to" && (s.tag(j+1) == "VB" || !s.toks[j+1].Word && s.tag(j+2) == "VB")
	})
}

// opensBefore reports whether a word for which opens holds stands among
// the twelve before token k, within its clause.
func (s *sentence) opensBefore(k int, opens func(j int) bool) bool {
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if opens(j) {
			return true
		}
		if clauseWords[s.lower(j)] || s.lower(j) == "," || s.lower(j) == ";" {
			return false
		}
	}
	return false
}

// gerundBefore reports whether a preposition and a gerund open the words
// before token k: "no intention of joining the alliance".
func (s *sentence) gerundBefore(k int) bool {
	return s.opensBefore(k, func(j int) bool {
		return strings.HasSuffix(s.lower(j), "ing") && !s.toks[j].Cap && isPrep(s.lower(j-1))
	})
}

// verbPhraseAnd returns the "and" that opens the verb phrase of the
// participle at token i ("and was then received by"), or -1.
func (s *sentence) verbPhraseAnd(i int) int {
	k := i - 1
	for n := 0; n < 3 && k > 0 && (auxiliaries[s.lower(k)] || s.lower(k) == "then" || s.lower(k) == "later" || s.lower(k) == "also" || s.lower(k) == "been"); n++ {
		k--
	}
	if k < i-1 && s.lower(k) == "and" {
		return k
	}
	return -1
}

// patientReaches reports whether a patient ending at token i is what the
// participle at token j describes: "the Accords, brokered by", "Iran,
// which is ruled by", "the talks, jointly mediated by"; not "a group of
// underwriters led by", where a noun in between is the patient.
func (s *sentence) patientReaches(i, j int) bool {
	// "The Coalition for Democratic Change (CDC), led by": the patient
	// is the bracketed acronym after the name (not "a meeting of the
	// Amazon Cooperation Treaty Organization (ACTO), hosted by": a name a
	// preposition governs)
	if n := s.mentionAt(i - 3); i < j && s.lower(i) == ")" && s.lower(i-2) == "(" && n != nil && n.to == i-2 && !isPrep(s.lower(s.npStart(n.from)-1)) {
		i++
	}
	// ("The SAARC secretariat, which is based in Kathmandu, is headed
	// by": the body's own noun first)
	if i < j && bodyKindNouns[s.lower(i)] && !s.toks[i].Cap && s.lower(i+1) == "," {
		i++
	}
	// "Chernyshenko, who arrived on Monday, was received by": a closed
	// relative clause after the patient
	if s.lower(i) == "," && (s.lower(i+1) == "who" || s.lower(i+1) == "which") {
		for k := i + 2; k < j && k < i+12; k++ {
			if w := s.lower(k); w == "," {
				i = k
				break
			} else if !s.toks[k].Word {
				return false
			}
		}
	}
	// "The Caspian, the world's largest inland body of water, is
	// bordered by": an apposition after the patient
	if s.lower(i) == "," && (s.lower(i+1) == "a" || s.lower(i+1) == "an" || s.lower(i+1) == "the") {
		for k := i + 2; k < j && k < i+12; k++ {
			if s.lower(k) == "," {
				if s.nounPhraseOnly(i+1, k) {
					i = k + 1
				}
				break
			}
		}
	}
	if j-i > 6 {
		return false
	}
	// "Baykar, the drone maker chaired by": an apposition naming the kind
	// of body, which the participle describes
	if s.lower(i) == "," && (s.lower(i+1) == "a" || s.lower(i+1) == "an" || s.lower(i+1) == "the") && j-1 > i+1 && orgKinds[s.lower(j-1)] {
		plain := true
		for k := i + 2; k < j; k++ {
			plain = plain && s.plainWord(k) && !s.toks[k].Cap
		}
		if plain {
			return true
		}
	}
	for k := i; k < j; k++ {
		w := s.lower(k)
		if patientGlue[w] || strings.HasSuffix(w, "ly") && !s.toks[k].Cap || kindNouns[w] || bodyKindNouns[w] {
			continue
		}
		// "the eastern-based parliament led by": an adjective of the
		// apposition's noun
		if !s.toks[k].Cap && (s.tag(k) == "JJ" || hyphenSuffix(w, ledSuffixes)) && k > i && s.lower(k-1) == "the" {
			continue
		}
		return false
	}
	return true
}

// frontedPatient reports whether the one patient of a participle is the
// last name of a fronted phrase and the noun after its comma opens the
// main clause: "During the assault on Banjska, a group led by Radoicic
// killed" ("In Gaza, a territory run by Hamas, aid stalled": an
// apposition closed by a comma after the agent describes Gaza).
func (s *sentence) frontedPatient(patients, agents []*mention) bool {
	return len(patients) == 1 && len(agents) > 0 && s.frontedPhraseEnd(patients[0].to) && s.lower(agents[len(agents)-1].to) != ","
}

// frontedPhraseEnd reports whether the comma at token k closes a
// prepositional phrase that opens the sentence: "During the assault on
// Banjska,", "In northern Kosovo,".
func (s *sentence) frontedPhraseEnd(k int) bool {
	if s.lower(k) != "," || len(s.toks) == 0 || s.tag(0) != "IN" {
		return false
	}
	for j := 1; j < k; j++ {
		if !s.toks[j].Word {
			return false
		}
	}
	return true
}

// appositionToVerb reports whether the comma after m opens an apposition
// that a comma closes right before a finite verb, at or before token i:
// "after General Muhoozi Kainerugaba, the commander of the UPDF,
// travelled" (the clause's subject, not a fronted phrase).
func (s *sentence) appositionToVerb(m *mention, i int) bool {
	if w := s.lower(m.to + 1); s.lower(m.to) != "," || w != "the" && w != "a" && w != "an" {
		return false
	}
	for j := m.to + 2; j < i; j++ {
		if s.lower(j) == "," {
			return j+1 == i || finiteVerb(s, j+1)
		}
	}
	return false
}

// partOfTownNouns name a part of a town or a region: what is done
// there is done in the town ("shelled the outskirts of Kharkiv").
var partOfTownNouns = setOf(`outskirts suburbs districts neighbourhoods neighborhoods centre center heart`)

// possessiveDeterminers come before a noun phrase, never a verb ("her"
// may be an object: "met her").
var possessiveDeterminers = setOf(`its their his our my your`)

// closedAppositionHead returns the name that an apposition holding m
// describes when a comma closes the apposition before token end:
// "Bolivia, a full member of Mercosur since 2024, applied to join" (m
// is Mercosur; Bolivia applied); nil when m is in no such apposition.
// (resolve's insideClosedApposition is the narrower test, four words
// either side, that a pronoun's search uses.)
func (s *sentence) closedAppositionHead(m *mention, end int) *mention {
	for k := m.from - 1; k > 0 && k >= m.from-8; k-- {
		if s.lower(k) != "," {
			// (a verb makes it a clause: "Chile, which joined NATO")
			if t := s.tag(k); !s.toks[k].Word || t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD" || clauseWords[s.lower(k)] {
				return nil
			}
			continue
		}
		if w := s.lower(k + 1); w != "a" && w != "an" && w != "the" && w != "one" {
			return nil
		}
		h := s.mentionAt(k - 1)
		if h == nil || h.to != k || h.poss || h.pronoun {
			return nil
		}
		for j := m.to; j < end; j++ {
			if s.lower(j) == "," && !numberComma(s.toks, j) {
				return h
			}
		}
		return nil
	}
	return nil
}

// bodyKindNouns say what kind of body an apposition's head is: "the
// Polisario Front, the movement led by", "the parliament led by".
var bodyKindNouns = setOf(`movement party parliament legislature assembly chamber militia army force forces body council administration authority secretariat`)

// appositionHead returns the mention an apposition starting before token
// i describes: "Morsi, an ally of", "Oman, a longtime partner of", "Chile,
// one of the members of"; nil when there is none.
func (s *sentence) appositionHead(i int) *mention {
	k := i - 1
	for n := 0; n < 4 && k > 0 && s.toks[k].Word && !s.toks[k].Cap && s.mentionAt(k) == nil; n++ {
		// "Norway, which founded NATO, is not a member of": a finite
		// verb ends the apposition's search ("a founding member" is one)
		if t := s.tag(k); t == "VBZ" || t == "VBD" || t == "VBP" || t == "VB" || t == "MD" || s.lower(k) == "not" {
			return nil
		}
		k--
	}
	if k == i-1 && s.lower(k) != "," || s.lower(k) != "," {
		return nil
	}
	m := s.mentionAt(k - 1)
	if m == nil || m.to != k || m.poss {
		return nil
	}
	return m
}

// listHead returns the index in s.ments of the first name of the list
// ("A, B and C", up to token limit) that the k-th mention ends or is in.
func (s *sentence) listHead(k, limit int) int {
	// (not back into a dateline: "BRIDGETOWN - Guyana applied")
	for k > 0 && s.ments[k-1].to <= s.ments[k].from && !s.ments[k-1].dateline && contains(s.coordinated(s.ments[k-1], limit), s.ments[k]) {
		k--
	}
	return k
}

// listEndingAt returns the coordinated names that end with m ("Hungary
// and Slovakia"), or m alone.
func (s *sentence) listEndingAt(m *mention, limit int) []*mention {
	head := m
	if k := slices.Index(s.ments, m); k >= 0 {
		head = s.ments[s.listHead(k, limit)]
	}
	var out []*mention
	for _, x := range s.coordinated(head, limit) {
		if usable(x) {
			out = append(out, x)
		}
		if x == m {
			break
		}
	}
	if len(out) == 0 {
		return []*mention{m}
	}
	return out
}

// nounTriggers are trigger heads that are nouns ("members of", "a
// resident of"): after a preposition they name a group, not what the
// clause's subject is.
var nounTriggers = map[string]bool{
	"ally": true, "allies": true, "partner": true, "partners": true, "backer": true, "backers": true,
	"supplier": true, "sponsor": true, "donor": true, "patron": true,
	"member": true, "members": true, "resident": true, "residents": true, "native": true,
	"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "adviser": true, "advisor": true, "envoy": true, "ambassador": true,
}

// irregularParticiples are past participles without -ed or -en.
var irregularParticiples = map[string]bool{
	"shot": true, "slain": true, "struck": true, "hit": true, "led": true, "held": true, "won": true,
	"sold": true, "bought": true, "made": true, "caught": true, "built": true, "fought": true,
	"met": true, "sent": true, "left": true, "kept": true, "run": true, "beat": true, "cut": true,
}

// kindNouns restate what kind of thing the patient is: "the Accords refer
// to a series of agreements brokered by the United States".
var kindNouns = map[string]bool{
	"refer": true, "refers": true, "referred": true, "to": true, "a": true, "an": true, "the": true,
	"series": true, "set": true, "of": true, "agreement": true, "agreements": true, "accord": true,
	"accords": true, "deal": true, "deals": true, "treaty": true, "treaties": true, "pact": true,
	"country": true, "countries": true, "nation": true, "nations": true, "state": true, "states": true,
	"government": true, "regime": true, "group": true, "organization": true, "alliance": true,
	"coalition": true, "bloc": true, "confederation": true, "federation": true, "union": true, "grouping": true, "city": true, "region": true, "kingdom": true, "republic": true,
}

var patientGlue = map[string]bool{
	",": true, "which": true, "that": true, "who": true, "is": true, "are": true, "was": true,
	"were": true, "been": true, "being": true, "has": true, "have": true, "had": true, "be": true,
	"now": true, "still": true, "also": true, "then": true, "once": true, "(": true, "—": true,
	"–": true, "-": true, "'s": true, "itself": true, "long": true, "just": true, "already": true,
	"later": true, "since": true, "first": true, "eventually": true,
}

// legalFrames are the words of verdicts, charges and pleas that take a
// gerund ("convicted of killing", "pleaded guilty to murdering",
// "admitted shooting"), with how they hold the deed.
var legalFrames = map[string]schema.Modality{
	"convicted": schema.Asserted, "guilty": schema.Asserted, "admitted": schema.Asserted,
	"confessed": schema.Asserted, "sentenced": schema.Asserted, "executed": schema.Asserted,
	"hanged": schema.Asserted, "jailed": schema.Asserted, "imprisoned": schema.Asserted,
	"accused": schema.Reported, "accuses": schema.Reported, "accusing": schema.Reported, "accuse": schema.Reported,
	"charged": schema.Reported, "suspected": schema.Hedged,
	"indicted": schema.Reported, "arrested": schema.Reported, "tried": schema.Reported,
	"acquitted": schema.Negated, "cleared": schema.Negated, "innocent": schema.Negated,
}

// legalFrame returns the token of a legal frame that governs the gerund at
// token i ("convicted of" + "killing"), and the modality it gives; -1 when
// there is none.
func legalFrame(s *sentence, i int) (int, schema.Modality) {
	k := i - 1
	switch s.lower(k) {
	case "of", "to", "for", "in", "with":
		k--
	}
	if mod, ok := legalFrames[s.lower(k)]; ok {
		return k, mod
	}
	// "convicted Paul Renner of murdering": the frame before its object
	// ("accused the United Arab Emirates of supplying")
	if m := s.mentionAt(k); m != nil && m.to == k+1 && k+1 < i {
		f := m.from - 1
		if s.lower(f) == "the" {
			f--
		}
		if mod, ok := legalFrames[s.lower(f)]; ok {
			return m.to, mod
		}
	}
	// "has been accused by U.N. experts of supplying": a by-phrase
	// between the frame and its preposition
	if s.lower(i-1) == "of" {
		for j := i - 2; j >= 0 && j >= i-7; j-- {
			if s.lower(j) == "by" {
				if mod, ok := legalFrames[s.lower(j-1)]; ok {
					return j - 1, mod
				}
			}
		}
	}
	return -1, ""
}

// deFacto reports whether e is a state in fact that few or none recognize
// ("Somaliland"): typed Country, it is still also a region of another.
func deFacto(e *entity) bool {
	return e.typ == schema.Country && e.entry != nil && e.entry.DeFacto
}

// accepts returns the type check for a predicate's subject or object.
func accepts(p schema.Predicate, subject bool) func(*entity) bool {
	info, _ := p.Info()
	list := info.Objects
	if subject {
		list = info.Subjects
	}
	// "fired two missiles into the Sea of Japan": a sea is where a
	// strike lands, not what it attacks
	water := p == schema.Attacked && !subject
	// "Argentina seized the Falklands": a territory that belongs to
	// another state is taken like a region, and so is a state in fact
	// ("Georgia tried to retake South Ossetia")
	territory := p == schema.TookControlOf && !subject
	return func(e *entity) bool {
		if territory && e.typ == schema.Country && e.entry != nil && !e.entry.Sovereign && !e.entry.Historical && (e.entry.Country != "" || deFacto(e)) {
			return true
		}
		if water && e.typ == schema.Region && (waterHeads[strings.ToLower(lastWord(e.name))] || strings.HasSuffix(e.name, " Ocean") || strings.HasPrefix(e.name, "Sea of ")) {
			return false
		}
		if list == nil {
			return true
		}
		for _, t := range list {
			if t == e.typ {
				return true
			}
		}
		return false
	}
}

// governmentAct lists predicates between governments: a capital city in
// them stands for its country ("Washington criticized Beijing"). In
// attacks and visits the city is the city.
var governmentAct = map[schema.Predicate]bool{
	schema.Criticized: true, schema.Threatened: true, schema.Sanctioned: true, schema.Supported: true,
	schema.Contacted: true, schema.NegotiatingWith: true, schema.Recognizes: true, schema.AlliedWith: true,
	schema.NormalizedRelationsWith: true, schema.DiplomaticRelationsWith: true,
	schema.SignedAgreementWith: true, schema.TradesWith: true, schema.ImportsFrom: true,
	// "the border dispute with Bangkok"
	schema.InConflictWith: true,
}

// notCapital narrows ok to entities that are no capital city: where a
// capital stands for its government, the raw test must refuse it so that
// metonymy gives the country.
func notCapital(ok func(*entity) bool) func(*entity) bool {
	return func(e *entity) bool {
		return ok(e) && !(e.typ == schema.City && e.entry != nil && e.entry.CapitalOf != "")
	}
}

// acceptsActor is accepts, also admitting a capital city where its
// country is accepted: "Beijing demanded", "sanctions on Moscow".
func (d *doc) acceptsActor(p schema.Predicate, subject bool) func(*entity) bool {
	raw := accepts(p, subject)
	return func(e *entity) bool { return d.metonym(e, raw) != nil }
}

// metonym returns e when ok accepts it, else the country whose capital e
// is when ok accepts that, else nil.
func (d *doc) metonym(e *entity, ok func(*entity) bool) *entity {
	if ok(e) {
		return e
	}
	if c := d.actingFor(e); c != nil && ok(c) {
		return c
	}
	return nil
}

// verbRelations applies the trigger lexicon to a sentence.
func (d *doc) verbRelations(s *sentence) []rel {
	var out []rel
	for i := 0; i < len(s.toks); i++ {
		for _, tr := range triggerIndex[s.toks[i].Lower] {
			end, ok := s.matchTrigger(tr, i)
			if !ok {
				continue
			}
			// "supplies", "sanctions", "visits" are nouns as often as
			// verbs: the tagger decides.
			// ("a region that borders Chad": a relative pronoun makes it a verb)
			// ("when the two meet": a group named right before)
			// ("Pakistan and Iran trade about $3 billion a year": a list
			// of names before and an amount after)
			if len(tr.words) == 1 && tr.prep == "" && nounOrVerb[tr.words[0]] && !s.betweenNames(i) && !relativeBefore(s, i) && !s.groupBefore(i) && !strings.HasPrefix(s.tag(i), "VB") && !s.afterRelativeClause(i) && !s.adverbAfterName(i) &&
				!(amountAfter(s, i, i+1) && s.listBefore(i)) && !s.openingNameThenShare(i) {
				continue
			}
			if tr.needs != nil && !tr.needs(s, i, end) {
				continue
			}
			// "buys most of its imported diesel from": a participle after
			// a possessive describes the noun it comes before
			if possessiveDeterminers[s.lower(i-1)] && strings.HasSuffix(s.lower(i), "ed") && len(tr.words) == 1 {
				continue
			}
			rs := d.applyTrigger(s, tr, i, end)
			if tr.pred == schema.MemberOf && !tr.negates {
				rs = append(rs, s.joinedAlongWith(rs, end)...)
			}
			out = append(out, rs...)
		}
		out = append(out, d.shotToDeath(s, i)...)
		out = append(out, d.whereArrived(s, i)...)
		out = append(out, d.bornIn(s, i)...)
		out = append(out, d.servedUnder(s, i)...)
		out = append(out, d.frontedVisit(s, i)...)
		out = append(out, d.passiveKillBy(s, i)...)
		out = append(out, d.blamedForAttack(s, i)...)
		out = append(out, d.weaponsReach(s, i)...)
	}
	return out
}

// accusationNouns name an accusation one rejects: "rejected the
// accusation", "denied the charges".
var accusationNouns = setOf(`accusation accusations charge charges allegation allegations claim claims`)

// rejectedAccusation reads "Y rejected the accusation" at token i, a
// sentence or two after "X accused Y of ...": Y answers X's criticism
// with its own ("rejected claims of" criticizes, SCHEMA.md). Y may be
// the accused or one who serves it ("Tajikistan accused Kazakhstan ...
// Prime Minister Olzhas Bektenov rejected the accusation").
func (d *doc) rejectedAccusation(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "rejected", "rejects", "denied", "denies", "dismissed", "dismisses", "rebuffed":
	default:
		return nil
	}
	accuser, accused := d.lastAccusation[0], d.lastAccusation[1]
	if accuser == nil || d.relSent-d.lastAccusationAt > 2 || d.relSent == d.lastAccusationAt || s.lower(i+1) != "the" || !accusationNouns[s.lower(i+2)] {
		return nil
	}
	// (not "denied the claims of ...", "rejected the claim that ...")
	if w := s.lower(i + 3); w == "of" || w == "that" || w == "by" {
		return nil
	}
	clause := s.clauseStart(i)
	var out []rel
	for _, m := range s.subjectsBefore(i, clause, d.acceptsActor(schema.Criticized, true)) {
		e := d.metonym(m.ent, accepts(schema.Criticized, true))
		if e == nil || e == accuser || e != accused && d.personCountry(e) != accused {
			continue
		}
		// (the rejection is no denial of the criticism it makes)
		out = append(out, rel{subj: e, obj: accuser, pred: schema.Criticized, rule: "rejected-accusation", trigFrom: i, trigTo: i + 3, clauseFrom: clause, modality: schema.Asserted, conf: 0.7})
	}
	return out
}

// warningNouns name what a warning or a threat made: "rejected the
// warning".
var warningNouns = setOf(`warning warnings threat threats ultimatum`)

// warnVerbs make a warning or a threat: "Trump threatened on Sunday to
// impose ...".
var warnVerbs = setOf(`warned warns threatened threatens`)

// rejectedWarning reads "Lula rejected the warning" as criticism of
// whoever warned or threatened in this sentence or the two before:
// "Trump threatened on Sunday to impose an extra 10% tariff ... Lula
// rejected the warning".
func (d *doc) rejectedWarning(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "rejected", "rejects", "dismissed", "dismisses", "rebuffed", "brushed":
	default:
		return nil
	}
	j := i + 1
	if s.lower(i) == "brushed" && s.lower(j) == "aside" {
		j++
	}
	if s.lower(j) != "the" || !warningNouns[s.lower(j+1)] || s.lower(j+2) == "of" || s.lower(j+2) == "that" || s.lower(j+2) == "by" {
		return nil
	}
	warner := d.recentActor(s, i, d.relSent-1, func(w *sentence, k int) bool { return warnVerbs[w.lower(k)] }, d.acceptsActor(schema.Threatened, true))
	return d.criticsOf(s, i, j+2, warner, "rejected-warning", schema.Asserted, 0.7)
}

// attackVerbs tell an attack: "Israel struck a building in Beirut".
var attackVerbs = setOf(`struck strikes attacked attacks bombed bombs shelled shells raided`)

// condemnedAttack reads "Aoun condemned the attack" as criticism of
// whoever attacked in the sentence or the two before ("Israel struck a
// building in Beirut's southern suburbs ... Lebanese President Joseph
// Aoun condemned the attack"; an attack in this sentence is read by the
// verb rules); not where "by" names the attacker, nor by the attacker
// itself.
func (d *doc) condemnedAttack(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "condemned", "condemns", "denounced", "denounces", "deplored", "deplores":
	default:
		return nil
	}
	if s.lower(i+1) != "the" || !attackNouns[s.lower(i+2)] || s.lower(i+3) == "by" {
		return nil
	}
	attacker := d.recentActor(s, i, d.relSent-2, func(w *sentence, k int) bool {
		return attackVerbs[w.lower(k)] && strings.HasPrefix(w.tag(k), "VB")
	}, d.acceptsActor(schema.Attacked, true))
	return d.criticsOf(s, i, i+3, attacker, "condemned-attack", "", 0.65)
}

// blamedForAttack reads "the army blamed the RSF for the strike on the
// processing plant at Heglig" as the RSF's attack on Heglig, as the
// blamer reports it: the one blamed, the attack noun after "for", and
// the target after "on" or "against" (the criticism is read by the verb
// rules).
func (d *doc) blamedForAttack(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "blamed", "blames", "blaming", "blame":
	default:
		return nil
	}
	for k := max(i-3, 0); k < i; k++ {
		if negatedAt(s.toks, k) {
			return nil // "did not blame": no attack told
		}
	}
	subjOK, objOK := d.acceptsActor(schema.Attacked, true), d.acceptsActor(schema.Attacked, false)
	blamed := s.nameAt(i+1, "the")
	if blamed == nil || blamed.poss || !anyOK(blamed, subjOK) {
		return nil
	}
	// "the Rapid Support Forces (RSF)", "the Wagner Group, a Russian
	// mercenary force,"
	k := s.pastDescription(s.pastBrackets(blamed.to))
	if s.lower(k) != "for" {
		return nil
	}
	k++
	if w := s.lower(k); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		k++
	}
	for n := 0; n < 3 && s.plainWord(k) && !attackNouns[s.lower(k)]; n++ {
		k++ // "the deadly drone strike"
	}
	if !attackNouns[s.lower(k)] || !(s.lower(k+1) == "on" || s.lower(k+1) == "against") {
		return nil
	}
	var out []rel
	rawSubj, rawObj := notCapital(accepts(schema.Attacked, true)), accepts(schema.Attacked, false)
	// "on Odesa and Kherson", "on the processing plant at Heglig": the
	// first name the target's noun phrase holds
	var targets []*mention
	for j := k + 2; j < len(s.toks) && j < k+9 && targets == nil; j++ {
		if m := s.mentionAt(j); m != nil && m.from == j && !m.poss {
			targets = accepted(s.coordinated(m, len(s.toks)), objOK)
			break
		}
		if w := s.lower(j); !s.plainWord(j) || clauseWords[w] || strings.HasPrefix(s.tag(j), "VB") {
			break
		}
	}
	for _, o := range targets {
		for _, e := range o.ents() {
			for _, a := range blamed.ents() {
				// "blamed Moscow for": the capital's government attacks
				if a, e = d.metonym(a, rawSubj), d.metonym(e, rawObj); a != nil && e != nil && a != e {
					out = append(out, rel{subj: a, obj: e, pred: schema.Attacked, rule: "blamed-for-attack", trigFrom: k, trigTo: k + 2, clauseFrom: s.clauseStart(i), modality: schema.Reported, conf: 0.65})
				}
			}
		}
	}
	return out
}

// suppliedArms are what a backer sends a fighting side.
var suppliedArms = setOf(`weapons arms ammunition munitions drones missiles`)

// weaponsReach reads "letting weapons from the United Arab Emirates
// reach the Rapid Support Forces", "the flow of arms from Iran to the
// Houthis" as the origin's support of the one reached.
func (d *doc) weaponsReach(s *sentence, i int) []rel {
	if !suppliedArms[s.lower(i)] || s.lower(i+1) != "from" {
		return nil
	}
	subjOK, objOK := d.acceptsActor(schema.Supported, true), d.acceptsActor(schema.Supported, false)
	from := s.nameAt(i+2, "the")
	if from == nil || from.poss || !anyOK(from, subjOK) {
		return nil
	}
	k := from.to
	switch s.lower(k) {
	case "reach", "reaches", "reached", "reaching", "to":
	default:
		return nil
	}
	to := s.nameAt(k+1, "the")
	if to == nil || to.poss || !anyOK(to, objOK) {
		return nil
	}
	rawSubj, rawObj := notCapital(accepts(schema.Supported, true)), accepts(schema.Supported, false)
	// ("accused Chad of letting weapons from the UAE reach the RSF": a
	// charge reports the deed)
	var mod schema.Modality
	of := false
	for j := i - 1; j >= 0 && j >= i-10 && mod == ""; j-- {
		of = of || s.lower(j) == "of"
		if legalFrames[s.lower(j)] == schema.Reported && of {
			mod = schema.Reported
		}
	}
	var out []rel
	for _, a := range from.ents() {
		for _, b := range to.ents() {
			if a, b = d.metonym(a, rawSubj), d.metonym(b, rawObj); a != nil && b != nil && a != b {
				out = append(out, rel{subj: a, obj: b, pred: schema.Supported, rule: "weapons-reach", trigFrom: i, trigTo: k + 1, clauseFrom: s.clauseStart(i), modality: mod, conf: 0.65})
			}
		}
	}
	return out
}

// recentActor returns the one subject of the last verb that verb accepts
// in sentences from index first (0-based; s itself only before token i)
// back to the sentence two before s, or nil.
func (d *doc) recentActor(s *sentence, i, first int, verb func(*sentence, int) bool, ok func(*entity) bool) *entity {
	for n := min(first, len(d.sents)-1); n >= 0 && n >= d.relSent-3; n-- {
		w := d.sents[n]
		end := len(w.toks)
		if w == s {
			end = i
		}
		for k := end - 1; k > 0; k-- {
			if verb(w, k) {
				if subs := w.subjectsBefore(k, w.clauseStart(k), ok); len(subs) == 1 {
					if e := d.metonym(subs[0].ent, ok); e != nil {
						return e
					}
				}
			}
		}
	}
	return nil
}

// criticsOf makes the subjects of the verb at token i criticize target
// (not target itself, nor its own officials).
func (d *doc) criticsOf(s *sentence, i, to int, target *entity, rule string, mod schema.Modality, conf float64) []rel {
	if target == nil {
		return nil
	}
	clause := s.clauseStart(i)
	var out []rel
	for _, m := range s.subjectsBefore(i, clause, d.acceptsActor(schema.Criticized, true)) {
		if e := d.metonym(m.ent, accepts(schema.Criticized, true)); e != nil && e != target && d.personCountry(e) != target {
			out = append(out, rel{subj: e, obj: target, pred: schema.Criticized, rule: rule, trigFrom: i, trigTo: to, clauseFrom: clause, modality: mod, conf: conf})
		}
	}
	return out
}

// listBefore reports two names joined by "and" right before token i:
// "Pakistan and Iran trade", past a relative clause the commas close:
// "Pakistan and Iran, which share a border, trade".
func (s *sentence) listBefore(i int) bool {
	if s.lower(i-1) == "," {
		for k := i - 2; k > 0 && k > i-16; k-- {
			if s.lower(k) == "," {
				if w := s.lower(k + 1); w == "which" || w == "who" {
					i = k
				}
				break
			}
		}
	}
	m := s.mentionAt(i - 1)
	if m == nil || m.to != i || m.poss || m.demonym {
		return false
	}
	n := s.mentionAt(m.from - 2)
	return s.lower(m.from-1) == "and" && n != nil && !n.poss && !n.demonym
}

// groupBefore reports a mention of a group ("the two") right before
// token i.
func (s *sentence) groupBefore(i int) bool {
	m := s.mentionAt(i - 1)
	return m != nil && m.to == i && len(m.members) >= 2
}

// whereArrived reads an arrival in the place a "where" clause hangs on:
// "met at State House in Entebbe, where Kiir arrived on Monday".
func (d *doc) whereArrived(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "arrived", "arrives", "arrive", "landed", "lands":
	default:
		return nil
	}
	// (an arrival with a place of its own is read by "arrived in")
	if w := s.lower(i + 1); w == "in" || w == "at" || w == "to" {
		return nil
	}
	clause := s.clauseStart(i)
	if s.lower(clause) != "where" || clause < 2 || s.lower(clause-1) != "," {
		return nil
	}
	p := s.mentionAt(clause - 2)
	if p == nil || p.to != clause-1 || p.poss || p.demonym || !(p.ent.typ == schema.City || p.ent.typ == schema.Region || p.ent.typ == schema.Country) {
		return nil
	}
	var out []rel
	for _, m := range s.subjectsBefore(i, clause+1, func(e *entity) bool { return e.typ == schema.Person }) {
		if m.ent.typ == schema.Person {
			out = append(out, rel{subj: m.ent, obj: p.ent, pred: schema.Visited, rule: "verb:where_arrived", trigFrom: i, trigTo: i + 1, clauseFrom: clause, conf: 0.7})
		}
	}
	return out
}

// shotToDeath reads "Chapman, who shot John Lennon to death", "X stabbed Y
// to death", "shot Y dead": the object between the verb and its result.
func (d *doc) shotToDeath(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "shot", "stabbed", "beat", "beaten", "strangled", "bludgeoned", "clubbed", "burned", "hacked":
	default:
		return nil
	}
	if s.lower(i-1) == "was" || s.lower(i-1) == "were" || s.lower(i-1) == "been" || s.lower(i-1) == "being" {
		return nil // a passive: read by "shot to death by"
	}
	o := s.mentionAt(i + 1)
	if o == nil || o.from != i+1 || o.ent.typ != schema.Person {
		return nil
	}
	if !(s.lower(o.to) == "to" && s.lower(o.to+1) == "death" || s.lower(o.to) == "dead") {
		return nil
	}
	clause := s.clauseStart(i)
	subjOK := d.acceptsActor(schema.Killed, true)
	var out []rel
	for _, m := range s.subjectsBefore(i, clause, subjOK) {
		for _, e := range m.ents() {
			if e != o.ent && subjOK(e) {
				out = append(out, rel{subj: e, obj: o.ent, pred: schema.Killed, rule: "verb:shot_to_death", trigFrom: i, trigTo: o.to + 1, clauseFrom: clause, conf: 0.75})
			}
		}
	}
	// "Chapman, who shot Lennon to death": the antecedent of "who"
	if len(out) == 0 && s.lower(clause) == "who" && clause > 1 && s.lower(clause-1) == "," {
		if m := s.mentionAt(clause - 2); m != nil && m.ent.typ == schema.Person && m.ent != o.ent {
			out = append(out, rel{subj: m.ent, obj: o.ent, pred: schema.Killed, rule: "verb:shot_to_death", trigFrom: i, trigTo: o.to + 1, clauseFrom: clause, conf: 0.75})
		}
	}
	return out
}

func (d *doc) applyTrigger(s *sentence, tr *trigger, from, to int) []rel {
	// "would lift sanctions on Syria", "eased the blockade of Gaza": the
	// measure exists and is ending; neither its start nor its denial is
	// stated.
	// (the trigger's own word is no cue: "suspended all trade with India"
	// is the measure)
	if tr.pred == schema.Sanctioned || tr.pred == schema.Blockaded {
		for k := max(from-3, 0); k < to; k++ {
			// ("ruled out new sanctions on Mali": none are imposed; the
			// denial is read as a negation)
			if liftVerbs[s.lower(k)] && k != from && !(s.lower(k) == "out" && strings.HasPrefix(s.lower(k-1), "rul")) {
				return nil
			}
		}
		// "called for the removal of what it calls illegal sanctions on
		// Zimbabwe", "urged an end to sanctions on": a noun of ending
		// (not over a name that imposes the measure: "an end to the U.S.
		// embargo on Cuba")
		for k := max(from-7, 0); k < from && s.mentionAt(from-1) == nil; k++ {
			if liftNouns[s.lower(k)] && (s.lower(k+1) == "of" || s.lower(k+1) == "to") {
				return nil
			}
		}
	}
	clause := s.clauseStart(from)
	subjOK, objOK := d.acceptsActor(tr.pred, true), d.acceptsActor(tr.pred, false)
	rawSubj, rawObj := accepts(tr.pred, true), accepts(tr.pred, false)
	if tr.pred == schema.PartyTo {
		// "Kyrgyz President Sadyr Japarov ... signed the Tashkent
		// Declaration": a leader signs for the country led, a minister
		// or envoy for the country served (see mk)
		ok, raw := subjOK, rawSubj
		subjOK = func(e *entity) bool { return ok(e) || e.typ == schema.Person && d.signer(e) != nil }
		rawSubj = func(e *entity) bool { return raw(e) || e.typ == schema.Person && d.signer(e) != nil }
	}
	if tr.subjects != nil {
		subjOK, rawSubj = tr.subjects, tr.subjects
	}
	if governmentAct[tr.pred] {
		// "Moscow threatened Vilnius": capitals stand for governments
		rawSubj, rawObj = notCapital(rawSubj), notCapital(rawObj)
	}
	if tr.pred == schema.Attacked {
		// "Washington struck Iranian nuclear sites": a capital that
		// strikes is its government; the capital struck is the city
		// ("strikes hit Kabul")
		rawSubj = notCapital(rawSubj)
	}
	// modFrom is where the modality cues of this relation start: the
	// clause, or the noun phrase for "X's conflict with Y", or the
	// participle for "deals signed by Israel".
	modFrom := clause
	// "Armenia would not recognize the claims and would seek to join the
	// EU": a second verb phrase has its own negation and modals
	// "conducts no trade with Nicaragua and very little trade with
	// Romania": a second conjunct that is no name starts its own scope
	// (not "ready to conclude the talks and establish relations": a
	// second infinitive stays under the first's "to")
	for k := from - 1; k > clause; k-- {
		// ("had no intention of joining the alliance or leaving ECOWAS":
		// nor does a second gerund under the first's preposition)
		if w := s.lower(k); (w == "and" || w == "but" || w == "or") && !(s.tag(k+1) == "VB" && s.infinitiveBefore(k)) && !(strings.HasSuffix(s.lower(k+1), "ing") && s.gerundBefore(k)) && (planOrModal[s.lower(k+1)] || strings.HasPrefix(s.tag(k+1), "VB") || s.mentionAt(k+1) == nil && s.mentionAt(k-1) != nil && s.lower(k+1) != "the") {
			modFrom = k
			break
		}
	}
	// "relies on the 1966 Geneva Agreement, signed with Britain": the
	// participle's own scope, not the clause's "does not accept"
	// ("stopped short of criticising Portugal", "refrained from
	// condemning": a gerund a verb governs is in the verb's scope)
	// ("will not attack neighbouring Tunisia": an adjective before a name
	// is no gerund a verb governs)
	if tr.ownScope && (!s.gerundComplement(from) || tr.pred == schema.Borders) {
		modFrom = max(modFrom, from-1)
	}

	// "will neither change the border between the two countries": a
	// definite border exists, whatever is done to it
	if tr.kind == between && tr.pred == schema.Borders && s.lower(from-1) == "the" {
		modFrom = max(modFrom, from-1)
	}
	// "Zelenskiy clashed with Trump": between two people a clash is words,
	// not the armed conflict or long dispute in_conflict_with means
	personal := tr.pred == schema.InConflictWith
	invited := false // "invited the sultan to visit India": asked, not done
	mk := func(a, b *entity) rel {
		// "Kazakh Energy Minister Yerlan Akkenzhenov signed the
		// agreement": a leader, minister or envoy signs for a country
		if tr.pred == schema.PartyTo && a.typ == schema.Person {
			if c := d.signer(a); c != nil {
				a = c
			}
		}
		r := rel{subj: a, obj: b, pred: tr.pred, rule: ruleName(tr), trigFrom: from, trigTo: to,
			clauseFrom: modFrom, factive: tr.factive, conf: tr.conf}
		// "Cambodia would not let the dispute with Thailand become
		// anyone else's war": a definite conflict is there, whatever
		// the verb that governs it denies or plans
		if tr.pred == schema.InConflictWith && conflictNouns[tr.words[0]] && (s.lower(from-1) == "the" || s.lower(from-1) == "its" || s.lower(from-1) == "their") && modFrom < from-1 {
			r.clauseFrom = from - 1
		}
		// "Trump attacked the agreement": words, not arms, hit a text
		if r.pred == schema.Attacked && b.typ == schema.Agreement {
			r.pred = schema.Criticized
		}
		// "Argentina did not endorse the declaration": a country that
		// endorses an agreement is party to it
		if r.pred == schema.Supported && b.typ == schema.Agreement && a.typ == schema.Country && strings.HasPrefix(tr.words[0], "endors") {
			r.pred = schema.PartyTo
		}
		// "Kosovo has barred imports of goods from Serbia": a ban on
		// imports denies them
		// (not "has not banned imports of Australian wine")
		if b := s.banAt(from); r.pred == schema.ImportsFrom && b >= 0 && !negatedAt(s.toks, b-1) {
			r.modality = schema.Negated
		}
		// "Kosovo has yet to join the Council of Europe": what has yet to
		// join a body is no member of it (its candidacy is told elsewhere)
		if tr.kind == joiner && r.pred == schema.CandidateFor && b.typ == schema.Organization && s.lower(from-1) == "yet" {
			r.pred = schema.MemberOf
		}
		if tr.negates {
			r.modality = schema.Negated
			// "Paraguay will not cut ties with Taipei", "did not leave
			// the bloc": an ending denied leaves the relation standing
			if m, _ := modalityOf(s.toks, modFrom, from, to, false); m == schema.Negated {
				r.modality = schema.Asserted
				if i, _ := findCue(s.toks, 0, len(s.toks), reportCues); i >= 0 {
					r.modality = schema.Reported
				}
			}
		}
		if tr.plans || invited || s.invitationTo(from) {
			r.modality = schema.Planned
		}
		return r
	}
	var out []rel
	pairs := func(subs, objs []*mention) {
		for _, a := range subs {
			for _, ae := range a.ents() {
				if ae = d.metonym(ae, rawSubj); ae == nil {
					continue
				}
				for _, b := range objs {
					// "Landau led the American delegation" leads no country;
					// "led a delegation to China" goes there
					if tr.pred == schema.HeadOf && (b.adj || s.lower(s.npStart(b.from)-1) == "to") {
						continue
					}
					// "Madagascar's team was headed by Andriamanjato", "the
					// U.S. delegation was led by Landau": who leads a
					// country's delegation serves the country
					// (the patient of a passive spans "Madagascar's team")
					// ("Ethiopia's foreign ministry, led by Gedion": who
					// leads a state's ministry serves the state)
					team := tr.pred == schema.HeadOf && b.ent.typ == schema.Country &&
						(b.poss && delegationNouns[s.lower(b.to+1)] || delegationNouns[s.lower(b.to-1)] && (possMark[s.lower(b.to-2)] || b.actor) ||
							ministryNouns[s.lower(b.to-1)] && b.to-b.from <= 5 && (possMark[s.lower(b.to-2)] || possMark[s.lower(b.to-3)] || possMark[s.lower(b.to-4)]))
					for _, be := range b.ents() {
						if be = d.metonym(be, rawObj); be != nil && ae != be && !(personal && ae.typ == schema.Person && be.typ == schema.Person) {
							r := mk(ae, be)
							if team {
								r.pred = schema.WorksFor
							}
							out = append(out, r)
						}
					}
				}
			}
		}
	}
	switch tr.kind {
	case svo:
		// "the founding members of Mercosur, Argentina, Brazil and
		// Uruguay": the apposition names them (blocMembers), not the
		// clause's subject
		if tr.pred == schema.MemberOf {
			if o := s.mentionAt(to); o != nil && o.from == to && s.membersApposition(o) != nil {
				return nil
			}
		}
		// "among the supporters of tougher sanctions on Moscow", "called
		// for new tariffs on": a measure argued for is not imposed
		if measureNouns[tr.words[0]] && s.advocated(from) {
			return nil
		}
		// "Azerbaijan's conflict with Armenia": the possessor is the subject.
		var subs []*mention
		if m := s.memberPossessor(tr.pred, from); m != nil && possessorRelation(tr) {
			// "Azerbaijan is one of Israel's closest allies"; "China,
			// Brazil's largest trading partner": the apposition's head
			subs := s.subjectsBefore(m.from, clause, subjOK)
			if a := s.mentionAt(m.from - 2); s.lower(m.from-1) == "," && a != nil && a.to == m.from-1 && usable(a) && !a.poss && anyOK(a, subjOK) {
				// (the apposition holds its own cues: "has avoided
				// confrontations with China, its largest trading partner")
				subs, modFrom = []*mention{a}, m.from
			} else if a := s.mentionAt(to + 1); s.lower(to) == "," && a != nil && a.from == to+1 && usable(a) && !a.poss && anyOK(a, subjOK) && a.ent != m.ent && m.pronoun {
				// "held by Belarus and its closest ally, Russia": the
				// apposition after the noun names who is the ally
				subs = []*mention{a}
			}
			// "Serbia's allies Russia and China": the names right after
			// the noun are the allies
			if a := s.mentionAt(to); tr.pred == schema.AlliedWith && a != nil && a.from == to && usable(a) && !a.poss && anyOK(a, subjOK) {
				subs = accepted(s.coordinated(a, len(s.toks)), subjOK)
			}
			if tr.pred == schema.ImportsFrom && !buyerNouns[tr.words[len(tr.words)-1]] {
				// "Algeria, Italy's largest supplier of gas": the
				// possessor imports from the head (and "Japan, its
				// largest buyer", buys from it)
				pairs([]*mention{m}, subs)
			} else {
				pairs(subs, []*mention{m})
			}
			return out
		} else if s.hostedVisit(tr, clause, from) {
			// "Kenyatta hosted Samia on her first state visit to Kenya":
			// the guest, not the host, makes the visit (the visit of the
			// guest is read with the hosting), whoever "her" was resolved
			// to
			return nil
		} else if m != nil {
			subs, modFrom = []*mention{m}, m.from
			// "which would be his first trip to Ukraine": the copula's
			// modal is the trip's
			if w := s.lower(m.from - 1); (w == "be" || w == "become") && (s.lower(m.from-2) == "would" || s.lower(m.from-2) == "will" || s.lower(m.from-2) == "could") {
				modFrom = m.from - 2
			} else if m.pronoun && strings.HasPrefix(s.tag(m.from-1), "VB") && m.from-1 >= clause {
				// "said the bloc would reinstate its own sanctions on
				// Iran": a pronoun's noun is the object of the clause's
				// verb, whose cues are its own
				modFrom = clause
			}
		} else if m := s.mentionAt(from - 1); m != nil && m.poss {
			subs, modFrom = []*mention{m}, m.from
		} else if h := s.appositionHead(from); h != nil && tr.pred == schema.AlliedWith && tr.words[len(tr.words)-1] == "of" && usable(h) && anyOK(h, subjOK) {
			// "The United States has backed the deal, while India, a
			// close partner of Mauritius, ...": the apposition's head
			subs = []*mention{h}
		} else if m := s.troopsBefore(from); m != nil && anyOK(m, subjOK) {
			// "the deployment of North Korean troops to fight for Moscow":
			// the troops' country does what they are sent to do
			subs, modFrom = []*mention{m}, m.from
		} else if m := s.eventPossessor(from); m != nil && eventNouns[tr.words[0]] && usable(m) && anyOK(m, subjOK) {
			// "responsible for Russia's full-scale invasion of Ukraine":
			// the possessor of an event noun past its adjectives
			subs, modFrom = []*mention{m}, m.from
		} else if m := s.dealPossessor(from); m != nil && tr.pred == schema.SignedAgreementWith && usable(m) && anyOK(m, subjOK) {
			// "Addis Ababa's January 2024 port deal with Somaliland"
			subs, modFrom = []*mention{m}, m.from
		} else if m := s.measuredPossessor(from); m != nil && tr.pred == schema.Borders {
			// "Finland's 1,340-km (830-mile) border with Russia"
			subs, modFrom = []*mention{m}, m.from
		} else if m := s.possessorBefore(pastVisitModifiers(s, from, 2)); m != nil && tr.pred == schema.Visited && visitModifiers[s.lower(from-1)] && usable(m) && anyOK(m, subjOK) {
			// "during Putin's first visit to the North Korean capital",
			// "Fils-Aimé's first official visit to": the possessor, past
			// the modifiers the trigger does not hold
			subs, modFrom = []*mention{m}, m.from
		} else if agents := s.visitAgents(tr, to, objOK, subjOK); agents != nil {
			// "during a visit to Beijing by Prime Minister Oli": the
			// agent after "by", within the noun phrase's own cues ("a
			// possible visit to Japan by Ahn": its adjectives too)
			subs, modFrom = agents, from
			for modFrom > 0 && modFrom > from-3 && strings.HasPrefix(s.tag(modFrom-1), "JJ") && s.plainWord(modFrom-1) {
				modFrom--
			}
		} else if f, mod := legalFrame(s, from); f >= 0 && strings.HasSuffix(tr.words[0], "ing") {
			// "A jury convicted Paul Renner of murdering Ellen Shaw",
			// "Renner pleaded guilty to killing Shaw": the person the
			// verdict or plea is about did it, as far as the frame says.
			for k := len(s.ments) - 1; k >= 0; k-- {
				if m := s.ments[k]; m.to <= f && m.from >= clause && usable(m) && anyOK(m, subjOK) {
					subs = []*mention{m}
					break
				}
			}
			objs := s.objectsAfter(to, 8, objOK)
			pairs(subs, objs)
			for i := range out {
				out[i].modality = mod
			}
			return out
		} else if (nounTriggers[tr.words[0]] || eventNouns[tr.words[0]]) && s.judgedEvent(from) {
			// "CARICOM condemned Sunday's attack on a GDF patrol": who
			// condemns an attack did not make it
			return nil
		} else if nounTriggers[tr.words[0]] && subjectBlockers[s.lower(from-1)] || (nounTriggers[tr.words[0]] || eventNouns[tr.words[0]]) && s.duringBefore(from) {
			// ("during an overnight strike on Izmail": the event has no
			// agent in the clause either)
			// "met with members of the committee": a noun inside a
			// prepositional phrase has no subject in the clause.
			return nil
		} else if p := s.adjunctBefore(tr, from); p >= 0 {
			// "Trump said on Thursday after meeting Tokayev", "Marape
			// said after talks with Prabowo": the subject of the gerund
			// or the talks is the main clause's, or the speaker's
			c := s.clauseStart(p)
			subs = s.subjectsBefore(p, c, subjOK)
			if len(subs) == 0 && speechVerbs[s.lower(c)] {
				if m := s.mentionAt(c - 1); m != nil && m.to == c && usable(m) && anyOK(m, subjOK) {
					subs = []*mention{m}
				} else if s.lower(c-1) == "," && len(s.ments) > 0 {
					// "Chapo, whose country's ports handle most of Malawi's
					// trade, said after meeting Mutharika": the name the
					// sentence opens with, past its aside
					if m := s.ments[0]; m.from == 0 && m.to < c && s.lower(m.to) == "," && !m.poss && usable(m) && anyOK(m, subjOK) {
						subs = []*mention{m}
					}
				}
			}
			modFrom = from
			// ("is expected to meet the Sultan on Friday before travelling
			// to Singapore": a plan or a hedge of the main clause, not its
			// negation or its attribution, holds the gerund too)
			h, _ := findCue(s.toks, c, p, hedgeCues)
			pl, _ := findCue(s.toks, c, p, planCues)
			if n, _ := findCue(s.toks, c, p, negationCues); (h >= 0 || pl >= 0) && n < 0 {
				modFrom = c
			}
		} else if strings.HasSuffix(tr.words[0], "ing") && tr.pred == schema.Killed && (s.lower(from-1) == "in" || s.lower(from-1) == "for") && s.verbSubjectBefore(from-1) != nil {
			// "Oswald acted alone in killing Kennedy", "Sirhan apologized
			// for killing Kennedy": the subject of the verb the gerund
			// completes
			subs = []*mention{s.verbSubjectBefore(from - 1)}
		} else if strings.HasSuffix(tr.words[0], "ing") && (subjectBlockers[s.lower(from-1)] || s.lower(from-1) == "as") && !s.gerundComplement(from) && !(tr.pred == schema.Borders && s.lower(from-1) == "with") {
			// "an issue as sensitive as normalizing ties with Israel":
			// a gerund after a preposition has no subject in the clause
			// ("broke off relations with neighbouring Morocco": an
			// adjective, the clause's subject's partner's neighbour; not
			// "maize sent to neighbouring Mozambique", whose neighbour
			// the clause need not name)
			return nil
		} else if d0, agent, light := s.eventNP(tr, from); agent != nil || d0 && !light {
			// "the Israeli attack on Gaza": the demonym is the attacker;
			// "He cited the September 2023 attack on Kosovo police": a
			// definite event has no agent in the clause, unless a light
			// verb makes the subject its agent ("launched the offensive")
			if agent == nil || !anyOK(agent, subjOK) {
				return nil
			}
			subs, modFrom = []*mention{agent}, agent.from
		} else if nounTriggers[tr.words[0]] && (s.lower(from-1) == "a" || s.lower(from-1) == "an") && s.saidAfterObject(to, objOK) && !s.speakerApposition(from-1) {
			// "... to replace Paul Volcker, a spokesman for the bank
			// said": the spokesman is who speaks, unnamed (not "...,
			// Yves Van Haecke, an aide to Francois Guillaume said")
			return nil
		} else if m := s.appositionHead(from); m != nil && (nounTriggers[tr.words[0]] || tr.pred == schema.BasedIn && strings.HasSuffix(tr.words[0], "ed")) && anyOK(m, subjOK) {
			// ("owned by Caravella LLC, a company registered in the UAE")
			// "Mohamed Morsi, an ally of Erdogan": the apposition's head,
			// not the clause's subject, is the ally; the apposition's own
			// cues count ("Ukraine, which is not a member of NATO")
			subs, modFrom = []*mention{m}, m.to
			// "Hungary and Slovakia, both members of the EU": a plural
			// apposition describes the whole list it follows
			if strings.HasSuffix(tr.words[0], "s") {
				subs = subs[:0]
				for _, x := range s.listEndingAt(m, from) {
					if anyOK(x, subjOK) {
						subs = append(subs, x)
					}
				}
			}
		} else if c := s.helpedObjectAt(from); c >= 0 {
			// "Wagner fighters had helped Mali's army retake Kidal": the
			// one helped does it
			subs = s.subjectsBefore(from, c, subjOK)
			if len(subs) == 0 {
				if m := s.mentionAt(c); m != nil && m.from == c && m.poss && anyOK(m, subjOK) {
					subs = []*mention{m} // "Mali's army"
				} else {
					return nil
				}
			}
		} else if c := s.controlObjectAt(from); c >= 0 {
			// "Modi invited the sultan to visit India": the invited one
			// visits, whoever invites
			subs, invited = s.subjectsBefore(from, c, subjOK), true
			if len(subs) == 0 {
				return nil
			}
		} else {
			subs = s.subjectsBefore(from, clause, subjOK)
			// "Chad sent an observer but is not a member of the AES": a
			// verb phrase after "but" shares the subject of the one before
			if len(subs) == 0 && s.butVerbPhrase(clause, from) {
				if s.lower(clause) == "and" {
					subs = s.mainSubjects(clause, subjOK)
				} else {
					subs = s.subjectsBefore(clause, s.clauseStart(clause), subjOK)
				}
			}
			// "Oswald fired the shots that killed Kennedy": who fired the
			// instrument did the deed
			if len(subs) == 0 && (tr.pred == schema.Killed || tr.pred == schema.Attacked) && clause > 1 &&
				(s.lower(clause) == "that" || s.lower(clause) == "which") && instrumentNouns[s.lower(clause-1)] {
				// within the clause of "fired": "The commission concluded
				// that Oswald fired ..." does not make the commission the killer
				outer := s.clauseStart(clause - 1)
				for k := len(s.ments) - 1; k >= 0; k-- {
					if m := s.ments[k]; m.to < clause && m.from >= outer && usable(m) && !m.poss && anyOK(m, subjOK) {
						subs = []*mention{m}
						break
					}
				}
			}
		}
		if tr.pred == schema.PartyTo && s.lower(from-1) == "to" && !s.signAfterModal(from-1, tr.words[0]) {
			return nil // "to join": a candidacy, read by the joiner rule
		}
		if w := tr.words[len(tr.words)-1]; s.lower(to) == "by" && !passiveBefore(s, from) && (strings.HasSuffix(w, "ed") || irregularParticiples[w]) {
			// "securities backed by FHA mortgages": a reduced relative;
			// the agent follows "by", the patient is the noun right before
			patient := s.patientBefore(from, objOK)
			// the participle phrase holds the fact on its own: "would not
			// modify the deals signed by Israel" does not deny the signing
			modFrom = from
			agents := s.objectsAfter(to+1, 6, subjOK)
			if s.frontedPatient(patient, agents) {
				return nil
			}
			pairs(agents, patient)
			return out
		}
		// ("was granted citizenship of": the one granted it holds it)
		stative := stativeParticiples[tr.words[0]] || tr.pred == schema.CitizenOf
		if passiveBefore(s, from) && stative {
			// "the California ski area is located in ...": a name that
			// modifies a noun is not what is located
			// ("The Unified Force of the AES will be headquartered in",
			// "Africa Corps personnel are based in": a body's own name
			// goes on after "of", and its people are where it is)
			subs = slices.DeleteFunc(subs, func(m *mention) bool {
				return m.to < len(s.toks) && !s.toks[m.to].Cap && s.toks[m.to].Word && !auxiliaries[s.lower(m.to)] && s.lower(m.to) != "which" && s.lower(m.to) != "that" &&
					!(m.ent.typ == schema.Organization && (s.lower(m.to) == "of" || bodyPeople[s.lower(m.to)]))
			})
		}
		if passiveBefore(s, from) && !stative {
			// "B was recognized by A"; without an agent there is no subject.
			// ("The Authority is based in Ramallah" states where it is.)
			by := to
			// "were designated a terrorist organisation by the United
			// States": the designation's noun phrase before the agent
			if tr.pred == schema.Sanctioned && s.lower(to) != "by" {
				by = s.pastDesignation(to)
			}
			if s.lower(by) == "by" {
				// "Araghchi held talks with Mirzoyan and was then received
				// by Pashinyan": the first verb's subject
				if a := s.verbPhraseAnd(from); len(subs) == 0 && a > 0 {
					subs = s.subjectsBefore(a, s.clauseStart(a-1), objOK)
				}
				objs := subs
				agents := s.objectsAfter(by+1, 6, subjOK)
				pairs(agents, objs)
			}
			return out
		}
		objs := s.objectsAfter(to, 12, objOK)
		// "strikes against both cartels inside Mexico": a place the
		// strikes are in, after a target no name gives, is not the target
		// ("struck targets in Syria" keeps the country)
		if tr.pred == schema.Attacked && len(objs) > 0 && s.unnamedTargetBefore(to, objs[0].from) {
			objs = nil
		}
		// "recognise the Taliban administration": the government a ruling
		// movement forms stands for its country
		if tr.pred == schema.Recognizes && len(objs) == 0 {
			if m := s.nameAt(to, "the"); m != nil && m.ent.typ == schema.Organization && governmentNouns[s.lower(m.to)] {
				if c := d.placeCountry(m.ent); c != nil {
					cm := *m
					cm.ent = c
					objs = []*mention{&cm}
				}
			}
		}
		// "Iran backs the Houthis and Saudi Arabia leads a coalition": an
		// object followed by its own verb opens a clause
		for n, o := range objs {
			if t := s.tag(o.to); n > 0 && !o.poss && (t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD") {
				objs = objs[:n]
				break
			}
		}
		if tr.pred == schema.MemberOf && tr.negates && leavingVerbs[tr.words[0]] {
			// "Shultz left the White House": people leave places; only a
			// country or an organization leaves a membership this way
			subs = slices.DeleteFunc(subs, func(m *mention) bool {
				return m.ent.typ != schema.Country && m.ent.typ != schema.Organization
			})
		}
		if tr.negates && tr.pred == schema.MemberOf {
			// "left NATO headquarters" is a place left, not a membership
			objs = slices.DeleteFunc(objs, func(o *mention) bool {
				return strings.HasPrefix(s.tag(o.to), "NN") && !s.toks[o.to].Cap
			})
		}
		if len(tr.words) == 1 && nearObject[tr.words[0]] {
			// "Putin called Erdogan" is a call; "what it called militant
			// camps in Pakistan" is naming
			// (and what is listed with it: "called Erdogan and Macron")
			// (but "phoned his Kenyan counterpart, William Ruto": the
			// counterpart named)
			if len(objs) > 0 && objs[0].from > to+2 && s.counterpartNamed(to) != objs[0] {
				objs = nil
			}
		}
		// "supported Ukraine's bid to join the European Union": the one
		// whose bid it is
		if tr.pred == schema.Supported {
			if p := s.bidOwner(to); p != nil && anyOK(p, objOK) {
				objs = []*mention{p}
			}
			// ("financed the wharf in Luganville": where the thing
			// financed stands, not whom it helps; "offices in Port Vila"
			// help the government the capital stands for)
			// (but "backs the separatist authorities in Transnistria":
			// people there are backed, not a thing built)
			financed := slices.ContainsFunc(tr.words, func(w string) bool { return strings.HasPrefix(w, "financ") || strings.HasPrefix(w, "fund") })
			objs = slices.DeleteFunc(objs, func(o *mention) bool {
				return financed && s.standsIn(o, from) && (o.ent.typ == schema.City || o.ent.typ == schema.Region) && d.actingFor(o.ent) == nil
			})
		}
		// "took over the Adji Kossei base in N'Djamena": the base is
		// taken, not the town it stands in
		if tr.pred == schema.TookControlOf {
			objs = slices.DeleteFunc(objs, func(o *mention) bool {
				return s.standsIn(o, from) && o.ent.typ.IsPlace() && o.ent.typ != schema.Country && facilityHeads[s.lower(o.from-2)]
			})
		}
		// "Tashkent hosts the CSTO summit": a body named before an event
		// only says whose event it is
		if tr.pred == schema.MetWith {
			objs = slices.DeleteFunc(objs, func(o *mention) bool { return o.ent.typ == schema.Organization && eventHeads[s.lower(o.to)] })
		}
		if adjacentObject[tr.words[0]] {
			// "received Syria's President al-Sharaa" is a meeting;
			// "received missiles from Russia" is not
			// ("received Libya's acting foreign minister, Taher al-Baour":
			// a possessive title in apposition may come between)
			passive := passiveBefore(s, from)
			titled := s.mentionAt(to) != nil && s.mentionAt(to).poss && s.mentionAt(to).from == to
			objs = slices.DeleteFunc(objs, func(o *mention) bool {
				return passive || o.from > to+4 && !(titled && o.from <= to+10) || o.ent.typ != schema.Person || o.poss
			})
		}
		// the possessor right after the trigger may be the object:
		// "criticized Beijing's decision"
		if possessorObject[tr.pred] {
			p := s.possessorAfter(to, objOK)
			if len(objs) == 0 {
				objs = p
			}
			// the possessor over the object found after it when:
			if len(objs) > 0 && len(p) > 0 && p[0] != objs[0] {
				o, after := objs[0], p[0].to
				switch {
				case stakeNouns[s.lower(after+1)] && s.lower(after+2) == "to":
					// "backed Argentina's claim to the islands": whose
					// claim it is, not what is claimed
					objs = p
				case tr.pred == schema.Supported && after < o.from && (armedNouns[s.lower(after+1)] || s.plainWord(after+1) && armedNouns[s.lower(after+2)]):
					// "fought alongside Ethiopia's federal army against
					// the TPLF": whose armed force is backed (one word may
					// stand before the noun), not the enemy after it
					objs = p
				case o.ent.typ == schema.Region && s.plainWord(o.to) && strings.HasPrefix(s.tag(o.to), "NNS") && after <= o.from && o.from <= after+1:
					// "blockaded Ukraine's Black Sea ports": a sea or
					// region that only modifies the plural after it says
					// where the possessor's ports are ("Ukraine's Odesa
					// ports" keep the city)
					objs = p
				}
			}
		}
		// "depends on Russian oil": the supplier; "summoned the Japanese
		// ambassador": the envoy's country
		if tr.object != nil {
			if m := tr.object(s, to); m != nil {
				objs = []*mention{m}
			}
		}
		// ("imposed tariffs on Canadian goods, also met Chinese President
		// Xi": the goods' country, before any name further on)
		// ("bombed Palestinian targets in south Lebanon": the place)
		if tr.pred == schema.Sanctioned || tr.pred == schema.Attacked {
			// (not "sanctions on Russian oil companies Rosneft and Lukoil",
			// "Russia's two largest oil producers, Rosneft and Lukoil": the
			// bodies named)
			if dt := s.demonymTarget(to, objOK); dt != nil && (len(objs) == 0 || !(inPlace[s.lower(dt[0].to)] && objs[0].ent.typ == schema.Country)) &&
				s.namedAfterDemonym(s.mentionAt(dt[0].from)) == nil && s.possessedBodyNamed(s.mentionAt(dt[0].from)) == nil {
				objs = dt
			}
		}
		// "criticised the Peruvian decision", "condemned the Israeli
		// strike": whose act is criticized
		if tr.pred == schema.Criticized && len(objs) == 0 {
			objs = s.demonymHeaded(to, objOK, func(w string) bool { return actNouns[w] })
		}
		// "Opposition leader Sajith Premadasa accused the government of
		// ignoring early warnings", under a Colombo dateline: the
		// government of the story's country, when its officials and its
		// dateline agree (not "the government of former President Macky
		// Sall": a government named)
		if tr.pred == schema.Criticized && len(objs) == 0 && s.lower(to) == "the" && (s.lower(to+1) == "government" || s.lower(to+1) == "authorities") &&
			(s.lower(to+2) == "of" && s.tag(to+3) == "VBG" || s.lower(to+2) == "for") {
			if c := d.storyGovernment(""); c != nil && c == d.datelineCountry() {
				objs = []*mention{{from: to, to: to + 2, ent: c}}
			}
		}
		// "a team he led agreed to buy U.S. products": a verb right
		// after the trigger leaves it no object there
		if t := s.tag(to); len(tr.words) == 1 && tr.prep == "" && len(tr.mid) == 0 && (t == "VBD" || t == "VBZ" || t == "MD" || t == "VBN" && s.lower(to+1) == "to") && s.mentionAt(to) == nil {
			objs = nil
		}
		// "the Trans-Caspian Gas Pipeline, which the European Union has
		// backed as a way to bring gas to Europe": the verb's object is
		// what "which" stands for, not a name further on
		if len(objs) > 0 && len(subs) > 0 && tr.kind == svo && tr.prep == "" && len(tr.mid) == 0 && len(tr.words) == 1 &&
			s.lower(clause) == "which" && s.lower(clause-1) == "," && s.relativeSubjectAt(clause, subs[0], from) {
			objs = nil
		}
		if len(objs) == 0 && len(subs) > 0 {
			objs = s.relativeObject(clause, subs[0], from, objOK)
		}
		if tr.pred == schema.Visited && len(objs) > 0 {
			// "will travel to Paris ... and then to the Polish capital,
			// Warsaw": the next stop of the same journey
			objs = append(objs, s.nextStops(objs[len(objs)-1].to, objOK)...)
		}
		pairs(subs, objs)
		// "contributes troops to AUSSOM alongside Uganda and Ethiopia":
		// the countries alongside do what the subject does
		// ("one of four members of EFTA, alongside Norway, Iceland and
		// Liechtenstein")
		if n := len(objs); n > 0 && len(subs) > 0 && (s.lower(objs[n-1].to) == "alongside" || tr.pred == schema.MemberOf && s.lower(objs[n-1].to) == "," && s.lower(objs[n-1].to+1) == "alongside") {
			at := objs[n-1].to // the comma or "alongside"
			if s.lower(at) == "," {
				at++
			}
			at++ // past "alongside"
			if a := s.mentionAt(at); a != nil && a.from == at && a.ent.typ == subs[0].ent.typ && !a.poss && !a.demonym {
				pairs(s.coordinated(a, len(s.toks)), objs)
			}
		}
		// "they are open to negotiations with GenCorp": a partner the
		// verb names, unrecognized, is not the group's own members
		if s.lower(to-1) == "with" || s.lower(to) == "with" {
			break
		}
		if len(objs) == 0 && tr.pred.Symmetric() && len(subs) >= 2 {
			pairs(subs[:1], subs[1:])
		}
		if len(objs) == 0 && tr.pred.Symmetric() && len(subs) == 1 && len(subs[0].members) == 2 {
			// "The two leaders met": the group's two members
			pairs([]*mention{{ent: subs[0].members[0]}}, []*mention{{ent: subs[0].members[1]}})
		}
	case pairOnly:
		// "Qatar and the UAE also signed the framework agreement": they
		// joined a deal others made, not one with each other
		if tr.pred == schema.SignedAgreementWith && s.lower(from-1) == "also" && (s.lower(from+1) == "the" || s.lower(from+1) == "that") {
			return nil
		}
		subs := s.subjectsBefore(from, clause, subjOK)
		var ents []*entity
		for _, m := range subs {
			// ("Sonatrach and Italy's Eni signed": the possessor of a
			// name no rule typed is not who signed)
			if m.poss && m.to+1 < len(s.toks) && nameTok(s.toks[m.to+1]) && s.toks[m.to+1].Cap && s.mentionAt(m.to+1) == nil {
				continue
			}
			// ("Riyadh and Tehran restored relations": capitals stand for
			// their governments)
			for _, e := range m.ents() {
				if e = d.metonym(e, rawSubj); e != nil {
					ents = append(ents, e)
				}
			}
		}
		for a := 0; a < len(ents); a++ {
			for b := a + 1; b < len(ents); b++ {
				if ents[a] != ents[b] && subjOK(ents[a]) && subjOK(ents[b]) && !(personal && ents[a].typ == schema.Person && ents[b].typ == schema.Person) {
					out = append(out, mk(ents[a], ents[b]))
					// "Sánchez and Montenegro signed an agreement": two
					// people who sign together meet
					if tr.pred == schema.SignedAgreementWith && ents[a].typ == schema.Person && ents[b].typ == schema.Person {
						// (not "did not sign": they may still have met)
						r := mk(ents[a], ents[b])
						if m, _ := modalityOf(s.toks, r.clauseFrom, from, to, false); m != schema.Negated {
							r.pred, r.rule = schema.MetWith, r.rule+"+met"
							out = append(out, r)
						}
					}
				}
			}
		}
	case passive:
		agents := s.objectsAfter(to, 6, subjOK)
		patients := s.patientBefore(from, objOK)
		// "During the assault on Banjska, a group led by Radoicic
		// killed": the noun after a fronted phrase's comma opens the main
		// clause; it is no apposition of the phrase's last name ("In
		// Gaza, a territory run by Hamas, aid stalled": one closed by a
		// comma is)
		if s.frontedPatient(patients, agents) {
			return nil
		}
		n := len(out)
		pairs(agents, patients)
		// "will tour Baykar, the drone maker chaired by Selcuk
		// Bayraktar": a participle with no auxiliary in an apposition
		// describes its noun; the clause's plan or hedge is not its own
		if w := s.lower(from - 1); len(patients) > 0 && s.lower(patients[len(patients)-1].to) == "," && !auxiliaries[w] && w != "been" && w != "be" && w != "being" {
			for i := n; i < len(out); i++ {
				out[i].clauseFrom = from
			}
		}
	case reverse:
		agents := s.objectsAfter(to, 6, subjOK)
		// "Nigeria, which supplies most of Niger's electricity": the
		// possessor of the goods buys them
		if len(agents) == 0 && tr.pred == schema.ImportsFrom && possessedGoods(s, from, to) {
			agents = s.possessorAfter(to, subjOK)
		}
		var patients []*mention
		// "the so-called Quad, made up of ...": a participle after a comma
		// describes the name before it
		// (not a finite verb: "Hobart, the capital of Tasmania, is the
		// headquarters of")
		describesName := s.lower(from-1) == "," && strings.HasSuffix(tr.words[len(tr.words)-1], "of") && !copulaVerbs[tr.words[0]] && tr.words[0] != "hosts" && tr.words[0] != "houses"
		if tr.pred == schema.Criticized {
			// "Kenya faced criticism from Uganda", "Takaichi's remark drew
			// criticism from Beijing": the name right before the verb, or
			// the possessor of its noun (not "The EU-Mercosur Agreement
			// faces opposition": a name inside another)
			patients = s.criticizedHead(from, objOK)
		} else if describesName {
			// "a proposal by the so-called Quad, made up of ...": the name
			// before the comma, not the clause's subject
			if m := s.mentionAt(from - 2); m != nil && m.to == from-1 && usable(m) && anyOK(m, objOK) {
				patients = []*mention{m}
			}
		} else {
			patients = s.subjectsBefore(from, clause, objOK)
		}
		// "securities backed by FHA mortgages": a participle describes
		// the noun right before it, not the clause's subject
		if tr.words[len(tr.words)-1] == "by" && len(patients) > 0 && !s.patientReaches(patients[len(patients)-1].to, from) {
			return nil
		}
		n := len(out)
		pairs(agents, patients)
		// "Sudan rejected the Quad, made up of the United States, ...": a
		// participle after the comma describes the name; the clause's
		// negation is not its own
		if describesName {
			for i := n; i < len(out); i++ {
				out[i].clauseFrom = from
			}
		}
	case between:
		// "the maritime boundary between Kenya and Somalia" is no land
		// border
		if (frontierNouns[tr.words[0]] || pluralFrontiers[tr.words[0]]) && (s.lower(from-1) == "maritime" || s.lower(from-1) == "sea") {
			return nil
		}
		objs := s.objectsAfter(to, 8, objOK)
		if tr.pred == schema.Borders && !frontierNouns[tr.words[0]] && !pluralFrontiers[tr.words[0]] {
			// "Azerbaijan, situated between Russia and Iran": the clause
			// subject borders each. ("the border between Spain and
			// Portugal": the two border each other.)
			subs := s.subjectsBefore(from, clause, subjOK)
			pairs(subs, objs)
			return out
		}
		var ents []*entity
		for _, m := range objs {
			for _, e := range m.ents() {
				if e = d.metonym(e, rawObj); e != nil {
					ents = append(ents, e)
				}
			}
		}
		// "where the borders of Egypt, Libya and Sudan meet": every pair
		if tr.pred == schema.Borders && pluralFrontiers[tr.words[0]] {
			for i, a := range ents {
				for _, b := range ents[i+1:] {
					if a != b {
						out = append(out, mk(a, b))
					}
				}
			}
			return out
		}
		// ("a 2000 agreement between India, Iran and Russia": a deal
		// of three is no pair's)
		if tr.pred == schema.SignedAgreementWith && len(ents) != 2 {
			return nil
		}
		if len(ents) >= 2 && ents[0] != ents[1] {
			out = append(out, mk(ents[0], ents[1]))
		}
	case candidacy:
		// "bring Azerbaijan and Central Asian allies into the Abraham Accords"
		// (not "adding that ECOWAS remained ready to": a clause, said)
		if s.lower(to) == "that" {
			return nil
		}
		cands := s.objectsAfter(to, 4, subjOK)
		if len(cands) == 0 {
			return nil
		}
		last := cands[len(cands)-1].to
		for k := last; k < len(s.toks) && k < last+8; k++ {
			if w := s.lower(k); w == "into" || w == "to" || w == "in" {
				pairs(cands, s.objectsAfter(k+1, 5, objOK))
				break
			}
		}
	case joiner:
		if s.signAfterModal(from, tr.words[len(tr.words)-1]) {
			return nil // "is expected to sign the protocol": a party to come, read above
		}
		// "talks with Azerbaijan about joining the accords", "for
		// Azerbaijan to join the accords", "the country, along with
		// partners, joining the accords": the nearest accepted mention
		// before, not governed by "between".
		objs := s.objectsAfter(to, 5, objOK)
		if len(objs) == 0 {
			return nil
		}
		// ("plans to sign the loan with the bank": the partner, after
		// "with", joins nothing)
		for k := to; k < objs[0].from; k++ {
			if s.lower(k) == "with" {
				return nil
			}
		}
		// "Montenegro's bid to join the European Union": the possessor
		// of the bid joins
		if m := s.possessorBefore(from - 1); m != nil && bidNouns[s.lower(from-1)] && usable(m) && anyOK(m, subjOK) {
			pairs([]*mention{m}, objs)
			return out
		}
		for k := len(s.ments) - 1; k >= 0; k-- {
			m := s.ments[k]
			if m.to > from || m.to < from-10 || m.from < clause {
				continue
			}
			// "came to the United States to enter": the object of a
			// place preposition is not who joins ("with" and "for" may
			// govern the joiner: "for Azerbaijan to join")
			if w := s.lower(s.npStart(m.from) - 1); !usable(m) || w == "between" || placePreps[w] || !anyOK(m, subjOK) {
				continue
			}
			// "Kosovo, which applied for EU membership in 2022, is also
			// seeking to join NATO": a relative clause closed before the
			// verb holds no joiner; its antecedent joins
			if insideClosedRelative(s.toks, m.from, from) {
				for j := m.from - 1; j > 1 && j >= m.from-8; j-- {
					if w := s.lower(j); w == "which" || w == "who" {
						if a := s.mentionAt(j - 2); s.lower(j-1) == "," && a != nil && a.to == j-1 && usable(a) && !a.poss && anyOK(a, subjOK) {
							pairs([]*mention{a}, objs)
							return out
						}
						break
					}
				}
				continue
			}
			// "Bolivia, a member of Mercosur, applied to join BRICS": the
			// name the apposition describes joins
			if h := s.closedAppositionHead(m, from); h != nil {
				if usable(h) && anyOK(h, subjOK) {
					pairs([]*mention{h}, objs)
					return out
				}
				continue
			}
			// "Morocco rejoined the African Union in 2017 and applied the
			// same year to join ECOWAS": the object of a first verb is not
			// who the second one's subject is
			if subs := s.sharedSubject(m, from, clause, subjOK); len(subs) > 0 {
				pairs(subs, objs)
				return out
			}
			// the head of a list: "Azerbaijan and ... nations"
			m = s.ments[s.listHead(k, from)]
			pairs(s.coordinated(m, from), objs)
			return out
		}
		// "Saudi Arabia, which was invited to join BRICS": a relative
		// clause's antecedent
		if w := s.lower(clause); w == "which" || w == "who" {
			pairs(s.subjectsBefore(from, clause, subjOK), objs)
		}
	case nominalOf:
		// the object follows "of"; the subject is the possessor, the agent
		// after "by", or the clause subject ("Ray pleaded guilty to the
		// assassination of King")
		objs := s.objectsAfter(to, 7, objOK)
		if len(objs) == 0 {
			return nil
		}
		var subs []*mention
		if m := s.possessorBefore(from); m != nil {
			subs = []*mention{m}
		} else if m := s.mentionAt(from - 1); m != nil && m.poss {
			subs = []*mention{m}
		} else if last := objs[len(objs)-1].to; s.lower(last) == "by" {
			subs = s.objectsAfter(last+1, 4, subjOK)
		} else if m := s.mentionAt(from - 3); m != nil && (s.lower(from-1) == "the" || s.lower(from-1) == "a") && s.lower(m.to) == "," {
			// "Oswald, the assassin of Kennedy"
			subs = []*mention{m}
		} else {
			subs = s.subjectsBefore(from, clause, subjOK)
		}
		pairs(subs, objs)
	case partnerless:
		// "These countries have yet to formalize diplomatic relations":
		// the other side is the one the sentence names after "with".
		subs := s.subjectsBefore(from, clause, subjOK)
		if len(subs) == 0 {
			return nil
		}
		// "China, with which Nauru established diplomatic relations",
		// "UNCLOS, to which both are parties": the relative's antecedent
		prep := "with"
		if tr.pred == schema.PartyTo {
			prep = "to"
		}
		for k := from - 1; k > 0 && k >= clause-2; k-- {
			if s.lower(k) != prep || s.lower(k+1) != "which" && s.lower(k+1) != "whom" {
				continue
			}
			end := k
			if s.lower(end-1) == "," {
				end--
			}
			if m := s.mentionAt(end - 1); m != nil && m.to == end && !contains(subs, m) && usable(m) && m.ent.typ != schema.Person {
				pairs(subs, []*mention{m})
				return out
			}
		}
		if prep != "with" {
			return nil
		}
		// (not in a clause of its own: "established diplomatic relations
		// in 2019, when Honiara cut its ties with Taipei")
		for _, m := range s.ments {
			if m.from > to && s.clauseWordBetween(to, m.from) {
				break
			}
			if s.lower(m.from-1) != "with" || contains(subs, m) || !usable(m) || m.ent.typ == schema.Person {
				continue
			}
			pairs(subs, []*mention{m})
			break
		}
	case buysDemonym:
		// a demonym in the object phrase names the seller: "purchased
		// billions of dollars in Israeli military technology"
		// ("Italy is the biggest European buyer of Algerian gas": a
		// region's demonym before the noun is the buyer's class)
		class := s.mentionAt(from - 1)
		if class == nil || !class.demonym || class.ent.typ != schema.Region || tr.words[len(tr.words)-1] != "of" {
			class = nil
		}
		if s.lower(to) == "from" || nounUse(s, from) && class == nil {
			return nil
		}
		subjAt := from
		if class != nil {
			subjAt = class.from
		}
		subs := s.subjectsBefore(subjAt, clause, subjOK)
		// "urged Tokyo to stop buying Russian gas": the buyer is whom
		// the verb urges, and buys now (what one is urged to stop, one
		// does)
		at, presupposed := from, false
		if aspectVerbs[s.lower(at-1)] {
			at--
		}
		if c := s.controlObjectAt(at); c >= 0 {
			if m := s.mentionAt(c); m != nil && m.from == c && usable(m) {
				if e := d.metonym(m.ent, subjOK); e != nil {
					subs = []*mention{{from: m.from, to: m.to, ent: e}}
					presupposed = s.lower(from-1) == "stop"
				}
			}
		}
		none := false // "Oman imports no Iranian gas"
		for k := to; k < len(s.toks) && k < to+10; k++ {
			// ("10,000 barrels per day of Iraqi crude": a number's comma)
			if objectStops[s.lower(k)] || s.lower(k) == "from" || s.lower(k) == "," && !numberComma(s.toks, k) {
				break
			}
			none = none || s.lower(k) == "no"
			if m := s.mentionAt(k); m != nil && m.from == k {
				// ("buys almost all of Mongolia's coal exports": the
				// possessor of goods)
				if (m.demonym || m.adj || m.poss && !m.pronoun && s.possessedGoods(m)) && m.ent.typ == schema.Country {
					var words []string
					j := m.to
					if m.poss && possMark[s.lower(j)] {
						j++
					}
					for ; j < m.to+4 && s.plainWord(j); j++ {
						words = append(words, s.toks[j].Lower)
					}
					n := len(out)
					pairs(subs, []*mention{{from: m.from, to: m.to, ent: m.ent}})
					for i := n; i < len(out); i++ {
						out[i].commodity = strings.Join(words, " ")
						if presupposed {
							out[i].modality = schema.Asserted
						}
						if none {
							out[i].modality = schema.Negated
						}
					}
				}
				break
			}
		}
	case agrLeft:
		// ("was never signed by Serbia", "has not yet been ratified by":
		// the auxiliaries before the participle carry its negation)
		modFrom = from
		for modFrom > 0 && passiveAux[s.lower(modFrom-1)] {
			modFrom--
		}
		// ("The Lusaka Protocol, signed in 1994, was backed by Angola":
		// a "by" past the participle's comma is another verb's)
		for k := from + 1; k < to; k++ {
			if s.lower(k) == "," {
				return nil
			}
		}
		var agr *entity
		for k := len(s.ments) - 1; k >= 0; k-- {
			// ("The pact, which took effect in 2020 and replaced the North
			// American Free Trade Agreement, was signed in 2018 by": not
			// one a relative clause closed before the verb names)
			// (but "The accord, which officials have called the Nordic
			// Ammunition Agreement, was signed": the clause names it)
			if m := s.ments[k]; m.to <= from && m.ent.typ == schema.Agreement && (!insideClosedRelative(s.toks, m.from, from) || namingVerbs[s.lower(m.from-1)] || s.lower(m.from-1) == "the" && namingVerbs[s.lower(m.from-2)]) {
				agr = m.ent
				break
			}
		}
		if agr == nil {
			// "The pact ... was signed by": the agreement named before
			agr = d.agreementReference(s)
		}
		if agr == nil {
			return nil
		}
		// ("The pact still needs to be ratified by both sides", "must
		// still be ratified by the two countries' congresses": a
		// ratification to come says nothing of who is party now, and the
		// signers are read elsewhere)
		if s.lower(from-1) == "be" && tr.words[0] == "ratified" {
			return nil
		}
		// ("signed by the presidents of Bosnia, Serbia and Croatia": the
		// states whose leaders signed)
		for _, m := range s.objectsAfter(s.postHoldersAfter(to), 6, subjOK) {
			for _, e := range m.ents() {
				r := mk(e, agr)
				out = append(out, r)
			}
		}
	}
	return out
}

func contains(ms []*mention, m *mention) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// possessorAfter finds "X's" right after a trigger, skipping
// determiners: "denounced Israel's blockade".
func (s *sentence) possessorAfter(i int, ok func(*entity) bool) []*mention {
	// ("about a third of Spain's natural gas": past a share)
	for k := i; k < len(s.toks) && k < i+6; k++ {
		if k >= i+2 && s.mentionAt(k) == nil && !quantityLead(s.lower(k)) {
			return nil
		}
		if m := s.mentionAt(k); m != nil && m.from == k {
			if m.poss && usable(m) && anyOK(m, ok) {
				return []*mention{m}
			}
			return nil
		}
	}
	return nil
}

// stakeNouns are what a state stakes to a place: "Argentina's claim to".
var stakeNouns = setOf(`claim claims bid`)

// nounUse reports whether the trigger word at i is a noun ("tariffs on
// Japanese imports", "the purchases"): a determiner, adjective-like
// mention or preposition stands before it.
func nounUse(s *sentence, i int) bool {
	switch s.lower(i - 1) {
	case "the", "a", "an", "of", "on", "in", "its", "their", "his", "her", "for", "total", "new":
		return true
	}
	m := s.mentionAt(i - 1)
	return m != nil && m.demonym
}

// nounOrVerb lists one-word triggers that English also uses as nouns.
var nounOrVerb = map[string]bool{
	"back": true, "backs": true, "armed": true, "supply": true, "supplies": true, "sanction": true, "sanctions": true,
	"contact": true, "contacts": true, "visit": true, "visits": true, "attacks": true, "strikes": true,
	"funds": true, "heads": true, "leads": true, "rules": true, "chairs": true, "signs": true,
	"meets": true, "hosts": true, "include": true, "threatens": true, "imports": true, "purchases": true,
	"borders": true, "support": true, "supports": true, "aid": true, "aided": false, "led": true,
	"meet": true, "fighting": true, "trade": true, "trades": true, "add": true, "bring": true,
}

// betweenNames reports whether token i stands between two names, where
// an ambiguous word is the verb ("Chile attacks Peru"), however the tagger
// reads it.
func (s *sentence) betweenNames(i int) bool {
	before := s.mentionAt(i - 1)
	if before == nil || before.poss {
		return false
	}
	k := i + 1
	for w := s.lower(k); w == "the" || w == "both" || w == "neither" || w == "either"; w = s.lower(k) {
		k++
	}
	after := s.mentionAt(k)
	return after != nil && after.from == k
}

// adverbAfterName reports whether an adverb of time or manner stands
// between a name and token i, which makes it the name's verb: "The
// United States no longer funds", "Iran still supplies", "Turkey openly
// backs".
func (s *sentence) adverbAfterName(i int) bool {
	k := i - 1
	// ("Japan \"firmly supports\" the Philippines": an -ly adverb, the
	// quote opening after the name)
	if !verbAdverbs[s.lower(k)] && !(strings.HasSuffix(s.lower(k), "ly") && s.tag(k) == "RB") {
		return false
	}
	if s.lower(k) == "longer" {
		if s.lower(k-1) != "no" {
			return false
		}
		k--
	}
	if w := s.lower(k - 1); w == "\"" || w == "“" {
		k--
	}
	m := s.mentionAt(k - 1)
	return m != nil && m.to == k && !m.poss && !m.demonym
}

// openingNameThenShare reports a name that opens the sentence right
// before token i and a share of something right after it, which makes
// the word at i the name's verb: "Algeria supplies about a third of",
// "Russia supplies 40% of".
func (s *sentence) openingNameThenShare(i int) bool {
	m := s.mentionAt(i - 1)
	if m == nil || m.to != i || m.poss || m.demonym || m.from != s.openingStart() {
		return false
	}
	return s.quantityOf(i+1) || isNumber(strings.TrimSuffix(s.lower(i+1), "%")) && (strings.HasSuffix(s.lower(i+1), "%") || s.lower(i+2) == "%" || s.lower(i+2) == "percent")
}

// verbAdverbs stand between a subject and its verb: "no longer funds".
var verbAdverbs = setOf(`longer still also now already openly quietly increasingly reportedly allegedly`)

// afterRelativeClause reports whether token i follows a relative clause
// that closes after the sentence's opening name, with a name right after
// it: "Laos, which won independence in 1953, borders Thailand" (the
// tagger reads "borders" after a comma as a noun).
func (s *sentence) afterRelativeClause(i int) bool {
	if s.lower(i-1) != "," {
		return false
	}
	if n := s.mentionAt(i + 1); n == nil || n.from != i+1 {
		return false
	}
	for k := i - 2; k > 1; k-- {
		switch s.lower(k) {
		case ",", ";", "(", ")":
			return false
		case "which", "who":
			if s.lower(k-1) != "," {
				return false
			}
			m := s.mentionAt(k - 2)
			return m != nil && m.to == k-1 && !m.pronoun && m.from == s.openingStart()
		}
	}
	return false
}

// asciiQuotes turns curly quotes into the ASCII ones the tagger was
// trained on.
var asciiQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// isASCII reports whether w has no byte of a multi-byte character (so no
// curly quote).
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// tag returns the part-of-speech tag of token i, tagging the sentence on
// first use.
func (s *sentence) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if s.tags == nil {
		words := make([]string, len(s.toks))
		for k, t := range s.toks {
			words[k] = t.Text
			if !isASCII(t.Text) {
				words[k] = asciiQuotes.Replace(t.Text)
			}
			// the tagger learnt quote marks as the treebank writes
			// them: `` opens, '' closes (a bare " it reads as a word)
			if words[k] == "\"" {
				words[k] = "''"
				if t.Text == "“" || t.Text == "\"" && (k == 0 || t.Start > s.toks[k-1].End) {
					words[k] = "``"
				}
			}
		}
		s.tags = pos.Default().Tag(words)
		// "the two countries share a border": after a plural noun and
		// before an article, a word that is noun or verb is the verb
		for k := 1; k+1 < len(s.toks); k++ {
			if s.tags[k] == "NN" && pluralVerbs[s.toks[k].Lower] && s.tags[k-1] == "NNS" && !s.toks[k-1].Cap && determiners[s.toks[k+1].Lower] {
				s.tags[k] = "VBP"
			}
		}
	}
	return s.tags[i]
}

// pluralVerbs are the verbs the tagger reads as nouns after a plural
// subject: "the two countries share a border".
var pluralVerbs = setOf(`share border trade`)

// determiners open a noun phrase.
var determiners = setOf(`a an the their no`)

// passiveBefore reports whether the verb at i follows a form of "be"
// ("were contacted", "is recognized").
func passiveBefore(s *sentence, i int) bool {
	w := s.lower(i)
	if strings.HasSuffix(w, "ly") { // "was fatally shot"
		w = s.lower(i + 1)
	}
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !irregularParticiples[w] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.lower(k) {
		case "was", "were", "is", "are", "been", "being", "be", "get", "got":
			return true
		case "not", "also", "reportedly", "already", "never", "allegedly", "then", "later":
			continue
		}
		return false
	}
	return false
}

// auxiliaries join a subject to its verb phrase.
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "has": true,
	"had": true, "have": true, "be": true, "been": true, "remains": true, "remained": true,
	"also": true, "now": true, "still": true, "to": true, "may": true, "could": true, "should": true,
}

// stativeParticiples after "is" describe the subject, not an action done
// to it: "is based in", "was located in", "are allied with".
var stativeParticiples = map[string]bool{
	"based": true, "located": true, "situated": true, "headquartered": true, "allied": true, "aligned": true,
	"born": true, "raised": true, "employed": true,
}

func ruleName(tr *trigger) string {
	kind := map[argKind]string{svo: "verb", passive: "passive", between: "between", reverse: "by-agent",
		pairOnly: "pair", agrLeft: "agreement-parties", apposHead: "apposition", candidacy: "candidacy",
		joiner: "joiner", buysDemonym: "buys-demonym", nominalOf: "nominal", partnerless: "partnerless"}[tr.kind]
	return kind + ":" + strings.Join(tr.words, "_")
}

// verbSubjectBefore returns the person right before the verb that
// token i's phrase completes ("Oswald acted alone in"): a person mention
// followed by a verb, within six tokens before i and the same clause.
func (s *sentence) verbSubjectBefore(i int) *mention {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if w := s.lower(k); w == "," || clauseWords[w] && w != "that" {
			return nil
		}
		if m := s.mentionAt(k); m != nil && m.to == k+1 && m.ent.typ == schema.Person && !m.poss && strings.HasPrefix(s.tag(m.to), "VB") {
			return m
		}
	}
	return nil
}

// bornIn reads where a person was born when a date or a building comes
// between: "was born in 1856 in a Presbyterian manse in Staunton, Va.",
// "was born Aug. 6, 1911 in Jamestown", "was born in a log cabin in what is
// now Larue County". The first place after "in" within the clause is the
// birthplace; the person is the clause's subject.
func (d *doc) bornIn(s *sentence, i int) []rel {
	if s.lower(i) != "born" {
		return nil
	}
	switch s.lower(i - 1) {
	case "was", "were", "is", "been", ",":
	default:
		return nil
	}
	for k := i + 1; k < len(s.toks) && k <= i+16; k++ {
		w := s.lower(k)
		if clauseWords[w] && w != "that" || w == ";" || w == "and" || w == "but" {
			return nil
		}
		if w != "in" {
			continue
		}
		j := k + 1
		for s.lower(j) == "the" || s.lower(j) == "what" || s.lower(j) == "is" || s.lower(j) == "was" || s.lower(j) == "now" || s.lower(j) == "then" || compass[s.lower(j)] {
			j++
		}
		q := s.mentionAt(j)
		if q == nil || q.from != j || q.demonym || q.poss || !(q.ent.typ == schema.City || q.ent.typ == schema.Region || q.ent.typ == schema.Country) {
			continue
		}
		clause := s.clauseStart(i)
		var out []rel
		for _, m := range s.subjectsBefore(i, clause, func(e *entity) bool { return e.typ == schema.Person }) {
			for _, e := range m.ents() {
				if e.typ == schema.Person {
					out = append(out, rel{subj: e, obj: q.ent, pred: schema.LivesIn, rule: "verb:born_in", trigFrom: i, trigTo: j, clauseFrom: clause, conf: 0.75})
				}
			}
		}
		return out
	}
	return nil
}

// servedUnder reads a post held under a person: "who served as labour
// minister under President Gabriel Boric", "served as Castillo's prime
// minister": the holder works for that person, in that role.
func (d *doc) servedUnder(s *sentence, i int) []rel {
	if w := s.lower(i); (w != "served" && w != "serves" && w != "serving") || s.lower(i+1) != "as" {
		return nil
	}
	var boss *mention
	var role []string
	k := i + 2
	if m := s.mentionAt(k); m != nil && m.from == k && m.poss && m.ent.typ == schema.Person && !m.pronoun {
		// "as Castillo's prime minister"
		boss, k = m, m.to+1
		for ; k < len(s.toks) && s.plainWord(k) && roleTag(s.tag(k)) && s.mentionAt(k) == nil; k++ {
			role = append(role, s.lower(k))
		}
	} else {
		// "as labour minister under President Gabriel Boric"
		if w := s.lower(k); w == "a" || w == "an" || w == "the" {
			k++
		}
		for ; k < len(s.toks) && k < i+8 && s.plainWord(k) && roleTag(s.tag(k)) && s.mentionAt(k) == nil; k++ {
			role = append(role, s.lower(k))
		}
		if s.lower(k) != "under" {
			return nil
		}
		j := s.skipTitle(k + 1)
		if m := s.mentionAt(j); m != nil && m.from == j && m.ent.typ == schema.Person && !m.poss && !m.pronoun {
			boss = m
		}
	}
	title := strings.Join(role, " ")
	if _, ok := roleKind(title); boss == nil || !ok {
		return nil
	}
	clause := s.clauseStart(i)
	var out []rel
	for _, m := range s.subjectsBefore(i, clause, func(e *entity) bool { return e.typ == schema.Person }) {
		if m.ent != boss.ent {
			out = append(out, rel{subj: m.ent, obj: boss.ent, pred: schema.WorksFor, role: title, rule: servedUnderRule, trigFrom: i, trigTo: boss.to, clauseFrom: clause, conf: 0.75})
		}
	}
	return out
}

// servedUnderRule names servedUnder's relations, which statement dates
// only by a time of their own (a post held, no event of the story's day).
const servedUnderRule = "verb:served_under"

// roleTag reports a tag a word of a post's name may have: "prime
// minister", "chief negotiator".
func roleTag(t string) bool {
	return strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")
}

// inRelative reports whether token i lies in a relative clause opened by
// ", who" or ", which" before it.
func (s *sentence) inRelative(i int) bool {
	c := s.clauseStart(i)
	return (s.lower(c) == "who" || s.lower(c) == "which") && s.lower(c-1) == ","
}

// passiveKillBy reads a passive killing whose agent comes after other
// words: "Lennon was murdered outside his home on Dec. 8, 1980, by Mark
// David Chapman", "Jesse James was shot to death in St. Joseph, Mo., by
// Robert Ford". The victim is the clause's subject.
func (d *doc) passiveKillBy(s *sentence, i int) []rel {
	switch s.lower(i) {
	case "killed", "murdered", "assassinated", "slain", "shot":
	default:
		return nil
	}
	switch s.lower(i - 1) {
	case "was", "were", "been", "fatally", "allegedly":
	default:
		return nil
	}
	deadly := s.lower(i) != "shot" || s.lower(i-1) == "fatally"
	for k := i + 1; k < len(s.toks) && k <= i+16; k++ {
		w := s.lower(k)
		if clauseWords[w] && w != "that" || w == ";" || w == "and" && !isNumber(s.lower(k-1)) {
			return nil
		}
		if w == "death" || w == "dead" {
			deadly = true
		}
		// "was killed in clashes with rebels of the Front for Change
		// and Concord in Chad": the side fought
		if w == "with" && clashNouns[s.lower(k-1)] && s.lower(k-2) == "in" && k-2 == i+1 && deadly {
			clause := s.clauseStart(i)
			killers := s.objectsAfter(k+1, 6, func(e *entity) bool { return e.typ == schema.Organization })
			var out []rel
			for _, v := range s.subjectsBefore(i, clause, func(e *entity) bool { return e.typ == schema.Person }) {
				for _, a := range killers {
					for _, e := range v.ents() {
						if e.typ == schema.Person && a.ent.typ == schema.Organization { // (a list's items may be of other types)
							out = append(out, rel{subj: a.ent, obj: e, pred: schema.Killed, rule: "passive:killed_in_clashes", trigFrom: i, trigTo: k + 1, clauseFrom: clause, conf: 0.65})
						}
					}
				}
			}
			return out
		}
		if w != "by" || k == i+1 {
			continue // "killed by X" right after the verb is the lexicon's
		}
		a := s.mentionAt(k + 1)
		if a == nil || a.from != k+1 || a.ent.typ != schema.Person || !deadly {
			return nil
		}
		clause := s.clauseStart(i)
		var out []rel
		for _, v := range s.subjectsBefore(i, clause, func(e *entity) bool { return e.typ == schema.Person }) {
			for _, e := range v.ents() {
				if e.typ == schema.Person && e != a.ent {
					out = append(out, rel{subj: a.ent, obj: e, pred: schema.Killed, rule: "passive:killed_by", trigFrom: i, trigTo: k + 1, clauseFrom: clause, conf: 0.7})
				}
			}
		}
		return out
	}
	return nil
}

// tradeGoesOn reports that no verb ending trade governs the trade noun at
// token from: not "suspended all trade with", "halted trade with".
func tradeGoesOn(s *sentence, from, _ int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if slices.Contains(tradeStops, s.lower(k)) {
			return false
		}
	}
	return true
}

// tradeNamed reports that a trade-stop trigger ends trade itself, right
// before its "with": "suspended all trade with", not "halted talks on
// trade with".
func tradeNamed(s *sentence, _, to int) bool {
	return slices.Contains([]string{"trade", "commerce", "ties", "links"}, s.lower(to-2))
}

// tradeStopStands holds for a stop of trade in the perfect: "has banned
// all trade with" (not "suspended all trade with India" on a day).
func tradeStopStands(s *sentence, from, to int) bool {
	w := s.lower(from - 1)
	if w == "also" || w == "effectively" {
		w = s.lower(from - 2)
	}
	return tradeNamed(s, from, to) && (w == "has" || w == "have")
}

// armedSense reports that a conflict word means fighting: "a trade war
// between the two countries" is no armed conflict.
func armedSense(s *sentence, from, to int) bool {
	w := s.lower(from - 1)
	// "fought alongside Mozambican forces" is on the same side;
	// "fighting around the Heglig oil field" names where, not whom
	// ("at odds for decades": a duration, not a cause)
	duration := s.lower(to) == "for" && (durationWords[s.lower(to+1)] || durationWords[s.lower(to+2)] && (isNumber(s.lower(to+1)) || numberWords[s.lower(to+1)] || s.lower(to+1) == "several" || s.lower(to+1) == "many"))
	switch s.lower(to) {
	case "alongside", "around", "near", "in", "at", "inside", "outside", "across", "along", "for":
		if !duration {
			return false
		}
	case "side":
		// "fighting side by side with the FDLR" is on the same side
		if s.lower(to+1) == "by" && s.lower(to+2) == "side" {
			return false
		}
	}
	// ("was killed in clashes with rebels": the one killed is no side)
	if w == "in" && (s.lower(from-2) == "killed" || s.lower(from-2) == "died" || s.lower(from-2) == "wounded" || s.lower(from-2) == "injured") {
		return false
	}
	return w != "trade" && w != "price" && w != "tariff" && w != "currency"
}

// durationWords measure how long a state lasted: "for decades".
var durationWords = setOf(`decades years months weeks days centuries generations`)

// gerundAfterTime reports a verb "meeting" after a time preposition:
// "after meeting Tokayev", not "the meeting in Paris".
func gerundAfterTime(s *sentence, from, _ int) bool {
	switch s.lower(from - 1) {
	case "after", "before", "while", "since", "upon", "by":
		return true
	}
	return false
}

// relativeBefore reports a relative pronoun right before token i, after
// a noun or a name: "a region that borders", "Niger, which borders".
func relativeBefore(s *sentence, i int) bool {
	w := s.lower(i - 1)
	// ("the Polisario Front, which Algeria supports.": the clause's own
	// subject between, and the clause ends with the verb)
	if m := s.mentionAt(i - 1); m != nil && m.to == i && !m.poss && (s.lower(m.from-1) == "which" || s.lower(m.from-1) == "whom") && s.lower(m.from-2) == "," {
		switch s.lower(i + 1) {
		case ",", ".", "and", ";":
			return true
		}
	}
	return (w == "that" || w == "which") && (s.mentionAt(i-2) != nil || strings.HasPrefix(s.tag(i-2), "NN") || s.lower(i-2) == ",")
}

// faceToFace reports talks held in person: no "backchannel", "indirect"
// or "by phone" in or right after the trigger.
func faceToFace(s *sentence, from, to int) bool {
	for k := from; k < to+3 && k < len(s.toks); k++ {
		switch s.lower(k) {
		case "backchannel", "back-channel", "indirect", "phone", "telephone", "virtual", "video", "proximity", "online":
			return false
		}
	}
	return true
}

// oneOfSubject returns the subject of "X is one of 12 countries that
// ..." or "X is among the few states which ...": the relative clause at
// token clause says of X what it says of the plural noun before it.
func (s *sentence) oneOfSubject(clause int) *mention {
	if w := s.lower(clause); w != "that" && w != "which" && w != "who" || s.tag(clause-1) != "NNS" {
		return nil
	}
	k := clause - 2
	for n := 0; n < 4 && k > 0 && (s.plainWord(k) || isNumber(s.lower(k))) && s.lower(k) != "of" && s.lower(k) != "among"; n++ {
		k--
	}
	b := s.oneOfStart(k)
	if b < 0 {
		return nil
	}
	k = b - 1
	if !copulas[s.lower(k)] && s.lower(k) != "remain" {
		return nil
	}
	m := s.mentionAt(k - 1)
	if m == nil || m.to != k || m.poss || m.demonym || !usable(m) {
		return nil
	}
	return m
}

// sharedSubject returns the subject of a first verb whose object m is,
// when "and" and a second finite verb stand between m and token i
// ("rejoined the AU in 2017 and applied to join"), or nil.
func (s *sentence) sharedSubject(m *mention, i, clause int, ok func(*entity) bool) []*mention {
	and := -1
	for k := m.to; k < i-1; k++ {
		if s.lower(k) == "and" && s.lower(k-1) != "," && finiteVerb(s, k+1) {
			and = k
			break
		}
		if s.lower(k) == "," || s.mentionAt(k) != nil {
			return nil
		}
	}
	if and < 0 {
		return nil
	}
	for v := m.from - 1; v > clause && v >= m.from-4; v-- {
		if finiteVerb(s, v) {
			return s.subjectsBefore(v, clause, ok)
		}
	}
	return nil
}

// onlyOneSubject returns the subject of a relative clause opening at
// token clause whose antecedent is a copula's complement singled out by
// "the only", "the first" or "the last": "Paraguay is the only country in
// South America that recognizes Taiwan" (the clause's subject is
// Paraguay).
func (s *sentence) onlyOneSubject(clause int) *mention {
	if w := s.lower(clause); w != "that" && w != "which" && w != "who" || s.lower(clause-1) == "," {
		return nil
	}
	k := clause - 1
	for n := 0; n < 8 && k > 1; n++ {
		if onlyWords[s.lower(k)] && s.lower(k-1) == "the" {
			break
		}
		if m := s.mentionAt(k); m != nil && m.to == k+1 && (m.demonym || m.ent.typ == schema.Region && s.plainWord(m.to) || m.ent.typ.IsPlace() && placeAtPreps[s.lower(m.from-1)] || s.lower(m.from-1) == "of") {
			k = m.from - 1
			continue
		}
		if !s.plainWord(k) || s.mentionAt(k) != nil {
			return nil
		}
		k--
	}
	if !onlyWords[s.lower(k)] || s.lower(k-1) != "the" || !copulas[s.lower(k-2)] {
		return nil
	}
	m := s.mentionAt(k - 3)
	if m == nil || m.to != k-2 || m.poss || m.demonym || !usable(m) {
		return nil
	}
	return m
}

// onlyWords single out a copula's complement: "the only country".
var onlyWords = setOf(`only sole first last`)

// oneOfStart returns where "among" or "one of" ending at token k
// starts, or -1: the words that make what follows a group the name
// before them belongs to.
func (s *sentence) oneOfStart(k int) int {
	switch {
	case s.lower(k) == "among":
		return k
	case s.lower(k) == "of" && s.lower(k-1) == "one":
		return k - 1
	}
	return -1
}

// relativeObject returns the object of a verb whose relative clause
// opens at token clause with its subject sub, the verb at from: the
// antecedent of "the East African Community, which Zambia has not
// joined". Between the subject and the verb only auxiliaries, "not" and
// adverbs may stand.
func (s *sentence) relativeObject(clause int, sub *mention, from int, ok func(*entity) bool) []*mention {
	if !s.relativeSubjectAt(clause, sub, from) {
		return nil
	}
	// "rejects the Paris Agreement that Turkey signed in 2016": a
	// restrictive clause about a named text
	if a := s.mentionAt(clause - 1); s.lower(clause) == "that" && a != nil && a.to == clause && a.ent.typ == schema.Agreement {
		if usable(a) && anyOK(a, ok) {
			return []*mention{a}
		}
		return nil
	}
	// "Solomon Islands signed a security pact with China in 2022, a deal
	// that Canberra and Washington criticised": an apposition naming
	// the act the clause before told; its doer
	if dealOrAct(s.lower(clause - 1)) {
		j := clause - 2
		for n := 0; n < 3 && s.plainWord(j) && !(s.lower(j) == "a" || s.lower(j) == "an" || s.lower(j) == "the"); n++ {
			j--
		}
		if w := s.lower(j); (w == "a" || w == "an" || w == "the") && s.lower(j-1) == "," {
			var out []*mention
			for _, m := range s.subjectsBefore(j-1, s.clauseStart(j-1), ok) {
				if m.ent != sub.ent {
					out = append(out, m)
				}
			}
			return out
		}
		return nil
	}
	if s.lower(clause-1) != "," {
		return nil
	}
	// ("the Collective Security Treaty Organization (CSTO), which
	// Uzbekistan left": past the abbreviation)
	e := s.beforeAbbreviation(clause - 1)
	a := s.mentionAt(e - 1)
	if a == nil || a.to != e || !usable(a) || a.poss || !anyOK(a, ok) || a.ent == sub.ent {
		return nil
	}
	// ("its agreement with Mercosur, which France has criticised": the
	// noun the name completes may be what the clause is about)
	k := a.from - 1
	if s.lower(k) == "the" {
		k--
	}
	// (not "are members of the CSTO, which Uzbekistan left": the body)
	// ("close ties with China, which Malawi recognised in 2007": ties
	// are with the name, which the clause is about)
	if isPrep(s.lower(k)) && strings.HasPrefix(s.tag(k-1), "NN") && !memberNouns[s.lower(k-1)] && !tieNouns[s.lower(k-1)] {
		return nil
	}
	// ("the Senkaku Islands in the East China Sea, which Japan
	// controls": the place the phrase is about, not where it lies)
	if h := s.mentionAt(k - 1); s.lower(k) == "in" && h != nil && h.to == k && usable(h) && !h.poss && anyOK(h, ok) && h.ent != sub.ent {
		return []*mention{h}
	}
	return []*mention{a}
}

// quantityOnly reports whether tokens [from, to) only say how much of
// something: "about 80 percent", "a third", "large parts".
func (s *sentence) quantityOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if w := s.lower(k); !(quantityWords[w] || isNumber(w) || strings.HasSuffix(w, "%") && isNumber(strings.TrimSuffix(w, "%"))) {
			return false
		}
	}
	return true
}

// quantityOf reports whether a quantity that ends in "of" opens at k:
// "about 80 percent of", "about a fifth of".
func (s *sentence) quantityOf(k int) bool {
	j := k
	for j < len(s.toks) && j < k+5 && (quantityWords[s.lower(j)] || isNumber(s.lower(j))) {
		j++
	}
	return j > k+1 && s.lower(j) == "of"
}

var quantityWords = setOf(`about around nearly almost roughly some more than less over under percent per cent % half third fifth quarter two-thirds three-quarters a large parts part most much all swathes swaths`)

// tieNouns name a relation with whoever the name after them is.
var tieNouns = setOf(`ties relations links contacts`)

// relativeSubjectAt reports a relative clause opening at clause whose
// own subject sub comes right after "which" or "that", with only
// auxiliaries and adverbs before the verb at from: "Taiwan, which the
// Marshall Islands has recognised", "a deal that Canberra and
// Washington criticised". The relative pronoun is the verb's object.
func (s *sentence) relativeSubjectAt(clause int, sub *mention, from int) bool {
	// ("which both Kosovo and Serbia signed")
	at := sub.from == clause+1 || sub.from == clause+2 && (s.lower(clause+1) == "the" || s.lower(clause+1) == "both" || s.lower(clause+1) == "all")
	if w := s.lower(clause); (w != "which" && w != "that") || !at {
		return false
	}
	// ("that Canberra and Washington criticised": past the subject's list;
	// "which Albania, Montenegro and North Macedonia have all joined")
	list := s.coordinated(sub, from)
	for k := list[len(list)-1].to; k < from; k++ {
		if w := s.lower(k); !auxiliaries[w] && w != "not" && w != "never" && w != "all" && w != "both" && s.tag(k) != "RB" {
			return false
		}
	}
	return true
}

// dealOrAct reports whether w names a deal or an act an apposition
// sums a clause up with: "a deal that", "a move which".
func dealOrAct(w string) bool {
	return w == "deal" || w == "pact" || w == "agreement" || w == "accord" || w == "treaty" || w == "move" || w == "step" || w == "decision"
}

// attackNouns name attacks by their agent: "Taliban attacks".
var attackNouns = setOf(`attacks attack strikes strike airstrikes raids raid shelling offensive incursions incursion`)

// gerundComplement reports whether the gerund at token i completes the
// verb before it, or before its preposition, which gives it the
// clause's subject and modality: "avoided criticizing", "stopped short
// of criticising", "refrained from condemning".
func (s *sentence) gerundComplement(i int) bool {
	switch s.lower(i - 1) {
	case "of":
		return s.lower(i-2) == "short"
	case "from":
		return strings.HasPrefix(s.lower(i-2), "refrain")
	case "by":
		// "Algeria responded by freezing trade with Spain": the means of
		// the subject's own act
		return strings.HasPrefix(s.tag(i-2), "VBD") || strings.HasPrefix(s.tag(i-2), "VBZ") || meansVerbs[s.lower(i-2)]
	}
	return strings.HasPrefix(s.tag(i-1), "VB")
}

// meansVerbs take a gerund of means after "by": "responded by freezing".
var meansVerbs = setOf(`responded respond responds reacted react reacts retaliated retaliate retaliates`)

// notWith reports that "with" does not follow the trigger ending at to.
func notWith(s *sentence, _, to int) bool {
	return s.lower(to) != "with"
}

// noDirectObject reports that no person, country or body follows the
// trigger ending before to as its object: "A and B met in Geneva", not
// "A and B met NATO Secretary General Mark Rutte".
func noDirectObject(s *sentence, _, to int) bool {
	return len(s.objectsAfter(to, 5, func(e *entity) bool { return e.typ.IsActor() })) == 0
}

// warnsSomeone reports a warning whose object is the name right after
// the trigger ending at to: "warned Ethiopia", "warned the AU" (not
// "warned Kazakhstan's citizens").
func warnsSomeone(s *sentence, _, to int) bool {
	k := to
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.demonym || m.pronoun {
		return false
	}
	// (not "warned Bosnia and Herzegovina's leaders")
	for _, x := range s.coordinated(m, len(s.toks)) {
		if x.poss {
			return false
		}
	}
	return true
}

// recognisesVerb reports that the trigger at from is a verb, not the
// adjective of "the internationally recognised government", "a
// recognized state".
func recognisesVerb(s *sentence, from, _ int) bool {
	switch s.lower(from - 1) {
	case "internationally", "widely", "universally", "the", "a", "an", "its", "their":
		return false
	}
	return true
}

// buyVerbs buy or order goods: what they take is no actor.
var buyVerbs = setOf(strings.ReplaceAll(importVerbs, ",", " ") + " acquire acquired acquiring ordered order orders ordering")

// weaponNouns are weapons and strikes that hit a target.
var weaponNouns = setOf(`strike strikes airstrike airstrikes missile missiles drone drones rocket rockets shell shells bomb bombs shelling`)

// weaponHits reports a weapon right before the trigger at from: "air
// strikes hit", "missiles hit".
func weaponHits(s *sentence, from, _ int) bool {
	return weaponNouns[s.lower(from-1)]
}

// verbTagged reports that the tagger reads the trigger's first word at
// from as a verb.
func verbTagged(s *sentence, from, _ int) bool {
	return strings.HasPrefix(s.tag(from), "VB")
}

// figureNouns are what one strikes that is no target: "struck a softer
// tone", "struck a deal".
var figureNouns = setOf(`tone note chord balance deal deals agreement compromise bargain pose figure`)

// strikeNotFigure reports that "struck" ending at to strikes a target:
// no noun of figureNouns heads the words after it.
func strikeNotFigure(s *sentence, _, to int) bool {
	for k := to; k < len(s.toks) && k < to+4; k++ {
		if figureNouns[s.lower(k)] {
			return false
		}
		if s.mentionAt(k) != nil || s.lower(k) == "," {
			break
		}
	}
	return true
}

// terrorListing reports a designation as a terrorist body after the
// object of the trigger ending at to: "designated the Houthis a foreign
// terrorist organization", "listed the group as a terrorist entity".
func terrorListing(s *sentence, _, to int) bool {
	// ("designated La Linea, the armed wing of the Juarez Cartel, as a
	// foreign terrorist organization": past an apposition)
	for k := to; k < len(s.toks) && k < to+20; k++ {
		switch w := s.lower(k); {
		case w == "terrorist" || w == "terror":
			return true
		case w == "." || w == ";" || w == "because" || w == "after" || w == "which" || w == "who":
			return false
		}
	}
	return false
}

// unnamedTargetBefore reports whether the tokens from to up to the place
// preposition before token at hold a plural noun that is no kind of
// target place: "strikes against both cartels inside Mexico".
func (s *sentence) unnamedTargetBefore(to, at int) bool {
	if w := s.lower(at - 1); w != "inside" && w != "in" && w != "within" {
		return false
	}
	if s.lower(to) == "against" || s.lower(to) == "on" {
		to++
	}
	for k := to; k < at-1; k++ {
		if !s.plainWord(k) || s.toks[k].Cap {
			return false
		}
	}
	head := s.lower(at - 2)
	return at-1 > to && s.tag(at-2) == "NNS" && !targetNouns[head] && !goodsNouns[head]
}

// pastDesignation returns the "by" after the noun phrase a designation
// names from token k ("as a foreign terrorist organisation by"), or k
// when no agent follows it.
func (s *sentence) pastDesignation(k int) int {
	j := k
	if s.lower(j) == "as" {
		j++
	}
	if w := s.lower(j); w != "a" && w != "an" {
		return k
	}
	for n := 0; n < 5; n++ {
		j++
		if s.lower(j) == "by" {
			return j
		}
		if !s.plainWord(j) || clauseWords[s.lower(j)] {
			return k
		}
	}
	return k
}

// courtesyCall reports that "called on" is a visit to a person: "called
// on Emperor Naruhito at the Imperial Palace", not an appeal ("called on
// Israel to halt the strikes").
func courtesyCall(s *sentence, _, to int) bool {
	if m := s.mentionAt(s.titledPersonAt(to)); m == nil || m.ent.typ != schema.Person {
		return false
	}
	for k := to; k < len(s.toks) && k < to+10; k++ {
		switch s.lower(k) {
		case "to":
			return false
		case ".", ",", ";", "at", "in", "on", "during", "before", "after", "and":
			return true
		}
	}
	return true
}

// armingVerb reports that "armed" is the verb: not "all armed civilian
// groups", "heavily armed".
func armingVerb(s *sentence, from, to int) bool {
	t := s.tag(from - 1)
	// ("has sold armed drones to": an adjective before a common noun)
	if to < len(s.toks) && s.mentionAt(to) == nil && !s.toks[to].Cap && strings.HasPrefix(s.tag(to), "NN") {
		return false
	}
	return !(t == "DT" || t == "PDT" || strings.HasPrefix(t, "JJ") || s.lower(from-1) == "all" || s.lower(from-1) == "heavily")
}

// armsVerb reports a verb "arms" at from: a name or "and" and a verb
// before it, and the name it arms (or "the" and a name) after it.
func armsVerb(s *sentence, from, to int) bool {
	prev := s.mentionAt(from - 1)
	// ("hosts and arms": a name, a verb the tagger may take for a plural
	// noun, "and")
	verbAnd := s.lower(from-1) == "and" && s.plainWord(from-2) && !s.toks[from-2].Cap && s.mentionAt(from-3) != nil && s.mentionAt(from-3).to == from-2
	// ("Russia, which arms the Alliance of Sahel States": a relative
	// pronoun before it)
	relative := (s.lower(from-1) == "which" || s.lower(from-1) == "who") && s.lower(from-2) == ","
	if !(prev != nil && prev.to == from && !prev.poss && !prev.demonym || verbAnd || relative) {
		return false
	}
	k := to
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	return m != nil && m.from == k && !m.demonym
}

// foundsBloc reports whether the trigger ending before to is followed
// by a known international body ("founded Mercosur", not "founded a
// company" nor a national body of its own).
func foundsBloc(s *sentence, _, to int) bool {
	if s.lower(to) == "the" {
		to++
	}
	m := s.mentionAt(to)
	return m != nil && m.from == to && m.ent.typ == schema.Organization && m.ent.entry != nil && m.ent.entry.Country == ""
}

// callNotNaming reports whether "called" ending before to calls someone
// rather than naming them: "Trump called Petro an \"illegal drug
// leader\"", "Putin called Cuba \"a strategic partner\"" are words about
// the object, not a call to it.
func callNotNaming(s *sentence, from, to int) bool {
	// "the protocol, which officials called the Asmara Border Protocol":
	// the verb of a naming clause
	for k := from - 2; k >= 0 && k >= from-5; k-- {
		if w := s.lower(k); (w == "what" || w == "which") && s.namedByClause(k) == to {
			return false
		}
	}
	// ("called the U.S. deployment a pretext": a noun phrase named)
	if w := s.lower(to); w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
		for k := to + 1; k < len(s.toks) && k <= to+4; k++ {
			if m := s.mentionAt(k); m != nil {
				k = m.to - 1
				continue
			}
			if w := s.lower(k); w == "a" || w == "an" || w == "\"" || w == "“" {
				return false
			}
			if !s.plainWord(k) || subjectBlockers[s.lower(k)] {
				break
			}
		}
	}
	m := s.mentionAt(to)
	if m == nil || m.from != to || m.poss {
		return true
	}
	switch s.lower(m.to) {
	case "a", "an", "the", "\"", "“", "'", "‘":
		return false
	}
	return true
}

// placeNext reports whether a name (or "the" and a name) follows the
// trigger ending before to: "moved to Lisbon", not "moved to restore".
func placeNext(s *sentence, _, to int) bool {
	if s.lower(to) == "the" {
		to++
	}
	m := s.mentionAt(to)
	return m != nil && m.from == to
}

// bidOwner returns the possessor of a bid right at token k: "Ukraine's
// bid to join", "Moldova's EU membership application" (past one name).
func (s *sentence) bidOwner(k int) *mention {
	if s.lower(k) == "the" {
		k++
	}
	p := s.mentionAt(k)
	if p == nil || p.from != k || !p.poss || !possMark[s.lower(p.to)] {
		return nil
	}
	j := p.to + 1
	if q := s.mentionAt(j); q != nil && q.from == j && q.ent.typ == schema.Organization {
		j = q.to
	}
	if s.lower(j) == "membership" {
		j++
	}
	if bidNouns[s.lower(j)] {
		return p
	}
	return nil
}

// threatVerbs threaten what their infinitive does.
var threatVerbs = setOf(`threatened threatens threaten threatening`)

// threatenedTo reports whether the trigger at token i is in the
// infinitive of a threat: "threatened in July to raise tariffs on",
// "threatens to strike".
// continuing reports whether "will" or "would" and "keep" come right
// before the gerund trigger at i: "would keep supporting", "would keep
// negotiating" go on now, as two read golds annotate them ("will keep
// close ties with", "would continue to fund" stay plans).
func (s *sentence) continuing(i int) bool {
	k := i - 1
	if s.lower(k) != "keep" || !strings.HasSuffix(s.lower(i), "ing") {
		return false
	}
	return s.lower(k-1) == "will" || s.lower(k-1) == "would"
}

// requestedBefore reports whether a verb of asking governs the noun
// phrase that ends at the trigger at i: "requested a meeting with",
// "asked for urgent talks with".
func (s *sentence) requestedBefore(i int) bool {
	k := i - 1
	for n := 0; n < 3 && k > 0 && (s.lower(k) == "a" || s.lower(k) == "an" || s.plainWord(k) && strings.HasPrefix(s.tag(k), "JJ")); n++ {
		k--
	}
	if s.lower(k) == "for" {
		k--
		return s.lower(k) == "asked" || s.lower(k) == "asks" || s.lower(k) == "asking"
	}
	return requestVerbs[s.lower(k)]
}

var requestVerbs = setOf(`requested requests request requesting`)

func (s *sentence) threatenedTo(i int) bool {
	// "led Trump to threaten tariffs on Mexican goods", "threatened new
	// sanctions on": the measure right after the threat
	// ("threatened 25% tariffs on": a rate between)
	j := i - 1
	for n := 0; n < 4 && j > 0 && (s.plainWord(j) || isNumber(s.lower(j)) || s.lower(j) == "%") && !threatVerbs[s.lower(j)] && !s.toks[j].Cap; n++ {
		j--
	}
	if threatVerbs[s.lower(j)] {
		return true
	}
	k := i - 1
	for n := 0; n < 3 && k > 0 && s.lower(k) != "to" && s.plainWord(k); n++ {
		k-- // "to raise tariffs on", "to impose new sanctions on"
	}
	if s.lower(k) != "to" {
		return false
	}
	k--
	// "threatened in July to", "threatened again to"
	for n := 0; n < 4 && k > 0 && (s.isTimeTok(k) || isTimePrep(s.lower(k)) || s.tag(k) == "RB" || isNumber(s.lower(k)) || months[s.lower(k)] != 0 || weekdayWord(s.lower(k))); n++ {
		k--
	}
	return threatVerbs[s.lower(k)]
}

// namingVerbs name what follows them: "what officials called the Puno
// Commitment", "what Kyiv describes as".
var namingVerbs = setOf(`called calls dubbed dubs termed terms named names labelled labeled described describes`)

// namedByClause returns the index after "what <subject> called" (or
// "described as", or "which" for "what") opening at token k, or -1.
func (s *sentence) namedByClause(k int) int {
	for e := k + 2; e < len(s.toks) && e <= k+5; e++ {
		w := s.lower(e)
		if namingVerbs[w] {
			if (w == "described" || w == "describes") && s.lower(e+1) == "as" {
				e++
			}
			return e + 1
		}
		if !s.toks[e].Word {
			break
		}
	}
	return -1
}

// callsNames reports whether the verb ending before to names its object
// with an insult: "called Petro an \"illegal drug leader\"", "branded
// the junta illegitimate".
func callsNames(s *sentence, _, to int) bool {
	m := s.mentionAt(to)
	if s.lower(to) == "the" {
		m = s.mentionAt(to + 1)
	}
	if m == nil || m.from > to+1 || m.poss {
		return false
	}
	for k := m.to; k < m.to+6 && k < len(s.toks); k++ {
		w := s.lower(k)
		if insults[w] {
			return true
		}
		if w == "," && k > m.to || w == "." || w == "and" && k == m.to || s.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// tradeWords before "partner" make it a trading partner, not an ally:
// "its main trade partner".
var tradeWords = setOf(`trade trading business economic commercial export import`)

// pluralFrontiers open "the borders of A, B and C meet".
var pluralFrontiers = setOf(`borders frontiers boundaries`)

// bordersMeet holds when the list of names after the trigger ending at
// to is followed by "meet": "where the borders of Egypt, Libya and Sudan
// meet" (not "the borders of Ukraine": one country's own).
func bordersMeet(s *sentence, _, to int) bool {
	objs := s.objectsAfter(to, 8, func(e *entity) bool { return e.typ.IsPlace() })
	if len(objs) < 2 {
		return false
	}
	w := s.lower(objs[len(objs)-1].to)
	return w == "meet" || w == "meets" || w == "met" || w == "converge" || w == "intersect"
}

// possessedTrigger holds when a possessor comes right before the trigger.
func possessedTrigger(s *sentence, from, _ int) bool {
	return s.possessorBefore(from) != nil
}

// possessedNamed holds when a possessor's name comes right before the
// trigger and a name right after it: "Serbia's allies Russia and China".
// A possessive pronoun right after "X and" stands for X, and may take
// its name after a comma: "the RSF and its ally, a faction of the
// SPLM-N", "Russia and its ally Belarus".
func possessedNamed(s *sentence, from, to int) bool {
	m, a := s.possessorBefore(from), s.mentionAt(to)
	if m != nil && m.pronoun && s.lower(m.from-1) == "and" && s.mentionAt(m.from-2) != nil {
		if a == nil && s.lower(to) == "," {
			a = s.mentionAt(to + 1)
			return a != nil && a.from == to+1 && !a.poss && !a.demonym
		}
		return a != nil && a.from == to && !a.poss && !a.demonym
	}
	return m != nil && !m.pronoun && a != nil && a.from == to && !a.poss && !a.demonym
}

// callsAlly reports that what the trigger ending at to names is called
// or made an ally: "Washington now calls Guyana a close security
// partner", "has made Russia its main foreign partner".
func callsAlly(s *sentence, _, to int) bool {
	m := s.nameAt(to, "the")
	if m == nil || m.poss || !(s.lower(m.to) == "a" || s.lower(m.to) == "an" || s.lower(m.to) == "its" || s.lower(m.to) == "their") {
		return false
	}
	for k := m.to + 1; k < m.to+5 && s.plainWord(k); k++ {
		// (not "its main trade partner": trade, read on its own)
		if w := s.lower(k); w == "ally" || w == "partner" && !tradeWords[s.lower(k-1)] {
			return true
		}
	}
	return false
}

// insults are the words that make a name for someone an attack on them.
var insults = setOf(`illegal illegitimate corrupt criminal criminals dictator dictatorship tyrant terrorist terrorists thug thugs liar usurper puppet traitor fascist murderer murderers rogue pariah menace clown coward madman genocidal regime`)

// sentToHelp reports whether troops or money are sent, deployed or
// pledged in the few words before the trigger at from: "sent thousands
// of troops to help", "approved a US$150 million loan to help Jamaica
// rebuild".
// The one helped comes right after the verb ("to help Jamaica
// rebuild", not "to help reduce the surplus with the United States"),
// and the money is not what the subject receives ("will receive a loan
// to help").
func sentToHelp(s *sentence, from, to int) bool {
	j := to
	if w := s.lower(j); w == "the" || w == "its" || w == "their" {
		j++
	}
	if m := s.mentionAt(j); m == nil || m.from != j || m.demonym || m.poss && !m.pronoun {
		if p := s.mentionAt(to); p == nil || !p.pronoun {
			return false
		}
	}
	for k := from - 1; k >= 0 && k >= from-7; k-- {
		if receiveVerbs[s.lower(k)] {
			return false
		}
	}
	for k := from - 1; k >= 0 && k >= from-7; k-- {
		if troopNouns[s.lower(k)] || fundNouns[s.lower(k)] {
			return true
		}
		if w := s.lower(k); w == "," || w == ";" {
			return false
		}
	}
	return false
}

// troopsBefore returns the demonym of the troops an infinitive trigger at
// i follows: "North Korean troops to fight for Moscow", "Rwandan soldiers
// to support the M23".
func (s *sentence) troopsBefore(i int) *mention {
	k := i
	if s.lower(k) != "to" {
		k--
	}
	if s.lower(k) != "to" || !troopNouns[s.lower(k-1)] {
		return nil
	}
	// (the troops' noun may be inside the mention: an actor)
	if m := s.mentionAt(k - 1); m != nil && m.to == k && m.from < k-1 && m.ent.typ == schema.Country && (m.actor || m.adj) {
		return m
	}
	m := s.mentionAt(k - 2)
	if m == nil || m.to != k-1 || !m.demonym || m.ent.typ != schema.Country {
		return nil
	}
	return m
}

// armedNouns are a state's armed force, named after its possessor.
var armedNouns = setOf(`army armies military forces troops navy soldiers`)

var troopNouns = setOf(`troops soldiers forces personnel peacekeepers officers police contingent battalion battalions`)

// receiveVerbs take money in: "will receive a loan to help".
var receiveVerbs = setOf(`receive receives received receiving secured secure secures obtained obtain won get got gets borrow borrows borrowed borrowing`)

// fundNouns are money given: "a $500 million loan to help".
var fundNouns = setOf(`million billion loan loans grant grants aid funding financing package credit`)

// claimOwner returns whose claims or accusations the words from token k
// name: "Kathmandu's claims", "the accusations by Kigali", "claims of
// Chinese interference" names no one; nil when none.
func (s *sentence) claimOwner(k int) *mention {
	if s.lower(k) == "the" {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.from == k && m.poss && !m.pronoun {
		j := m.to + 1
		for n := 0; n < 2 && s.plainWord(j) && !ownedClaims[s.lower(j)] && strings.HasPrefix(s.tag(j), "JJ"); n++ {
			j++
		}
		if ownedClaims[s.lower(j)] {
			return m
		}
		return nil
	}
	if ownedClaims[s.lower(k)] && (s.lower(k+1) == "by" || s.lower(k+1) == "from") {
		if m := s.mentionAt(k + 2); m != nil && m.from == k+2 && !m.demonym && !m.poss {
			return m
		}
	}
	return nil
}

// ownedClaims are the accusations one rejects, and the assertions and
// demands one may own: "rebuffed Manila's latest demands".
var ownedClaims = func() map[string]bool {
	m := maps.Clone(accusationNouns)
	maps.Copy(m, setOf(`assertion assertions demand demands`))
	return m
}()

// opposesName reports whether "opposed" at from is a verb whose object
// is a name itself: "have long opposed the Trans-Caspian Gas Pipeline"
// (not "as opposed to", nor "opposed U.S. funding", "opposes the
// Senate-passed version", "opposed Canada's ruling": a name modifying
// the object).
func opposesName(s *sentence, from, to int) bool {
	if s.lower(from-1) == "as" || s.lower(to) == "to" {
		return false
	}
	k := to
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	return m != nil && m.from == k && !m.poss && !m.demonym && !s.commonNounAt(m.to) && !strings.HasPrefix(s.tag(m.to), "VB")
}

// supplierAt returns the country whose commodity the words from k name
// ("Russian oil", "Qatari liquefied natural gas"), as a mention of it.
func (s *sentence) supplierAt(k int) *mention {
	m := s.mentionAt(k)
	if m == nil || m.from != k || !m.demonym || m.ent.typ != schema.Country {
		return nil
	}
	for j := m.to; j < m.to+3 && s.plainWord(j); j++ {
		if commodityNouns[s.lower(j)] {
			return &mention{from: m.from, to: j + 1, ent: m.ent}
		}
	}
	return nil
}

// possessedGoods reports whether goods follow the possessive country m:
// "Mongolia's coal exports", "Russia's oil".
func (s *sentence) possessedGoods(m *mention) bool {
	j := m.to
	if possMark[s.lower(j)] {
		j++
	}
	for e := j; e < j+3 && s.plainWord(e); e++ {
		if commodityNouns[s.lower(e)] || s.lower(e) == "exports" {
			return true
		}
	}
	return false
}

// sellerAt returns the country whose plant or firm the words from k name
// ("from Mozambique's Cahora Bassa dam", "from Botswana's Botash plant"),
// as a mention of it (not a person's post: "from Iran's foreign
// minister").
func (s *sentence) sellerAt(k int) *mention {
	if s.lower(k) == "the" {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k || !m.poss || m.ent.typ != schema.Country || !possMark[s.lower(m.to)] {
		return nil
	}
	// (not "from Iran's foreign minister": a person)
	if s.titleRun(m.to+1) > m.to+1 {
		return nil
	}
	return m
}

// commodityNouns are goods a country imports from a supplier.
var commodityNouns = setOf(`oil crude gas lng energy electricity fuel coal grain wheat fertiliser fertilizer uranium arms weapons imports supplies
diesel petrol gasoline maize corn rice fertilisers fertilizers barrels tonnes cargoes`)

// envoyCountry returns the country whose envoy the noun phrase at token k
// names ("Venezuela's ambassador", "the Japanese deputy ambassador"), as
// a mention of it, or nil.
func (s *sentence) envoyCountry(k int) *mention {
	if w := s.lower(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	m := s.mentionAt(k)
	// "a Russian diplomat": a demonym and its noun read as the country
	if m != nil && m.from == k && m.ent.typ == schema.Country && m.actor && envoyNouns[s.lower(m.to-1)] {
		return m
	}
	if m == nil || m.from != k || m.ent.typ != schema.Country || !m.poss && !m.demonym {
		return nil
	}
	k = m.to
	if m.poss && (s.lower(k) == "'s" || s.lower(k) == "’s") {
		k++
	}
	for n := 0; n < 2 && s.plainWord(k) && !envoyNouns[s.lower(k)]; n++ {
		k++ // "top envoy", "deputy ambassador"
	}
	if !envoyNouns[s.lower(k)] {
		return nil
	}
	return &mention{from: m.from, to: k + 1, ent: m.ent}
}

// forcesKilled reads the forces of a country or body killed after a
// count: "killed 54 Beninese soldiers", "killed at least 12 Nigerian
// troops", "killed three Hezbollah fighters". Killing them attacks
// their side.
func (s *sentence) forcesKilled(k int) *mention {
	if s.lower(k) == "at" && (s.lower(k+1) == "least" || s.lower(k+1) == "most") {
		k += 2
	}
	if w := s.lower(k); !(s.tag(k) == "CD" || numberWords[w] || w == "dozens" || w == "scores" || w == "hundreds") {
		return nil
	}
	k++
	if s.lower(k) == "of" {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k {
		return nil
	}
	if m.ent.typ == schema.Country && m.actor && forceNouns[s.lower(m.to-1)] {
		return m
	}
	if (m.ent.typ == schema.Organization || m.ent.typ == schema.Country && m.demonym) && forceNouns[s.lower(m.to)] {
		return m
	}
	return nil
}

// forceNouns name those who fight for a side.
var forceNouns = setOf(`soldiers troops fighters militants police policemen officers servicemen guards personnel peacekeepers`)

// envoyNouns name a country's representative abroad.
var envoyNouns = setOf(`ambassador envoy diplomat diplomats charge chargé representative`)

// afterAuxiliary reports whether the trigger at from follows "not",
// "never", "do", "does", "did" or a modal: a verb's base form.
func afterAuxiliary(s *sentence, from, _ int) bool {
	switch s.lower(from - 1) {
	case "not", "n't", "never", "do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must":
		return true
	}
	return false
}

// neighboursOfNone reports that "neighbours" names its neighbours or is
// no noun of another's: not "to balance their two large neighbours" (a
// possessive or a number before it, over adjectives, and no name after
// it, as in "its neighbour, Armenia").
func neighboursOfNone(s *sentence, from, to int) bool {
	at := to
	if s.lower(at) == "," {
		at++
	}
	if s.lower(at) == "the" {
		at++ // "its neighbour, The Soviet Union"
	}
	if s.mentionAt(at) != nil {
		return true
	}
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		w := s.lower(k)
		if w == "their" || w == "its" || w == "our" || w == "his" || w == "her" || w == "whose" || w == "both" || isNumber(w) || numberWords[w] {
			return false
		}
		if !s.plainWord(k) {
			break
		}
	}
	return true
}

// borderVerb reports that "borders" is the verb or a possessed border:
// not "disputed maritime borders with Turkey" (the tagger alone is not
// sure after a name, "Azerbaijan borders Iran"); a mention right before
// it owns it ("its border with Armenia").
func borderVerb(s *sentence, from, _ int) bool {
	if from == 0 || s.mentionAt(from-1) != nil || relativeBefore(s, from) {
		return true // ("a region that borders Chad": "that" tagged a determiner)
	}
	// "Finland's border with Russia": a country's own border
	if m := s.possessorBefore(from); m != nil && m.ent.typ == schema.Country {
		return true
	}
	// ("Kenya's 700-kilometre border with Somalia")
	if m := s.measuredPossessor(from); m != nil && m.ent.typ == schema.Country {
		return true
	}
	t := s.tag(from - 1)
	return !(strings.HasPrefix(t, "JJ") || t == "DT" || t == "PRP$" || t == "VBN" || t == "VBD" || t == "CD" || t == "POS" || t == "NN" || t == "NNS")
}

// pluralBorderVerb reports "border" as a plural verb: a country's name
// right after it, and before it a list of names or a relative "which"
// ("Lithuania and Latvia border Belarus", "which also border Belarus").
func pluralBorderVerb(s *sentence, from, _ int) bool {
	if n := s.mentionAt(from + 1); n == nil || n.from != from+1 || n.ent.typ != schema.Country {
		return false
	}
	k := from
	if pluralVerbAdverbs[s.lower(k-1)] {
		k--
	}
	if relativeBefore(s, k) {
		return true
	}
	m := s.mentionAt(k - 1)
	return m != nil && m.to == k && len(s.listEndingAt(m, m.to)) > 1
}

// pluralVerbAdverbs stand between a plural subject, or its "which", and
// the verb: "which also border", "Lithuania and Latvia both border".
var pluralVerbAdverbs = setOf(`also both all`)

// demonymTarget reads a measure or strike on a country's things: "a
// tariff on South Korean goods", "bombed three Iranian nuclear sites".
// The demonym must open the object's noun phrase, close after the
// trigger, and the phrase must end in a noun for goods or targets.
func (s *sentence) demonymTarget(i int, ok func(*entity) bool) []*mention {
	return s.demonymHeaded(i, ok, func(w string) bool { return goodsNouns[w] || targetNouns[w] })
}

// demonymHeaded reads, from token i, a noun phrase that a country's
// demonym qualifies and a noun head accepts: "Canadian goods", "the
// Peruvian decision". The mention spans the demonym and the head.
func (s *sentence) demonymHeaded(i int, ok func(*entity) bool, head func(string) bool) []*mention {
	k := i
	// "struck targets in several Afghan provinces": the place of the
	// targets names them
	if w := s.lower(i + 1); s.plainWord(i) && targetNouns[s.lower(i)] && s.plainWord(i+1) && (w == "in" || w == "across" || w == "inside") {
		k = i + 2
	}
	for ; k < len(s.toks) && k < i+6; k++ {
		m := s.mentionAt(k)
		if m == nil {
			if w := s.lower(k); !(s.plainWord(k) && (w == "the" || w == "all" || w == "some" || w == "most" || w == "many" || isNumber(w) || countWords[w])) {
				return nil
			}
			continue
		}
		// ("criticized the European Commission's plan", "the bloc's
		// defence borrowing": a possessor's act too)
		poss := m.poss && possMark[s.lower(m.to)] && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization)
		if !(m.demonym && m.ent.typ == schema.Country || poss) || !ok(m.ent) {
			return nil
		}
		from := m.to
		if poss {
			from++
		}
		// "Indian and Brazilian goods", "Mexican, Canadian and Chinese
		// goods": demonyms in a list share the head
		list := []*mention{m}
		for !poss && (s.lower(from) == "and" || s.lower(from) == ",") {
			j := from + 1
			if s.lower(from) == "," && s.lower(j) == "and" {
				j++
			}
			n := s.mentionAt(j)
			if n == nil || n.from != j || !n.demonym || n.ent.typ != schema.Country || !ok(n.ent) {
				break
			}
			list = append(list, n)
			from = n.to
		}
		for j := from; j < len(s.toks) && j < from+3; j++ {
			if !s.plainWord(j) {
				return nil
			}
			if head(s.lower(j)) {
				out := make([]*mention, len(list))
				for n, d := range list {
					out[n] = &mention{from: d.from, to: j + 1, ent: d.ent}
				}
				return out
			}
		}
		return nil
	}
	return nil
}

// actNouns are a country's acts and stances that draw criticism: "the
// Peruvian decision", "the Israeli strike", "the Russian invasion".
var actNouns = setOf(`decision decisions attack attacks strike strikes invasion offensive move moves plan policy
policies actions incursion incursions occupation blockade remarks statement decree law measures tariffs position
stance crackdown government authorities regime proposal proposals borrowing handling conduct behaviour behavior
treatment response`)

// goodsNouns are what tariffs and bans fall on.
var goodsNouns = setOf(`goods imports exports products steel aluminium aluminum cars vehicles autos
oil gas companies firms entities banks officials individuals shipments chips beef wheat rice sugar coal
lumber timber textiles wine dairy fish seafood minerals`)

// countWords count a noun phrase's things: "three Iranian nuclear sites".
var countWords = setOf(`two three four five six seven eight nine ten dozens several`)

// frontedVisit reads a visit named before its visitor: "During a visit to
// Georgetown, the Guyanese capital, in March, U.S. Secretary of State
// Marco Rubio warned ...": the subject of the main clause made the visit.
func (d *doc) frontedVisit(s *sentence, i int) []rel {
	if w := s.lower(i); w != "visit" && w != "trip" || s.lower(i+1) != "to" || i > 5 {
		return nil
	}
	if w := s.lower(0); w != "during" && w != "on" && w != "while" {
		return nil
	}
	for k := 1; k < i; k++ {
		if !s.plainWord(k) {
			return nil // "On Trump's visit to": the possessor is read elsewhere
		}
	}
	objOK := d.acceptsActor(schema.Visited, false)
	objs := s.objectsAfter(i+2, 3, objOK)
	if len(objs) == 0 {
		return nil
	}
	subjOK := d.acceptsActor(schema.Visited, true)
	// the first actor after the comma that ends the fronted phrase, past
	// appositions and times
	for _, m := range s.ments {
		if m.from <= objs[len(objs)-1].to || m.demonym || m.poss || !usable(m) || s.qualifiesTitle(m) {
			continue
		}
		if !anyOK(m, subjOK) {
			continue
		}
		k := m.from - 1
		for k > 0 && (titleWords[s.lower(k)] || s.mentionAt(k) != nil && s.qualifiesTitle(s.mentionAt(k))) {
			k--
		}
		if s.lower(k) != "," {
			return nil
		}
		var out []rel
		for _, o := range objs {
			for _, e := range m.ents() {
				if e != o.ent {
					out = append(out, rel{subj: e, obj: o.ent, pred: schema.Visited, rule: "fronted-visit", trigFrom: i, trigTo: o.to, clauseFrom: 0, conf: 0.75})
				}
			}
		}
		return out
	}
	return nil
}

// passiveAux are the auxiliaries and negations before a passive
// participle.
var passiveAux = setOf(`was were is are been being be has have had not never n't yet also already`)

// eventNouns open triggers that name an attack as a noun.
var eventNouns = setOf(`attack attacks strike strikes airstrikes air missile drone invasion bombing
shelling offensive assault embargo sanctions tariffs blockade annexation occupation seizure capture takeover`)

// measureNouns are the event nouns of measures one state imposes on
// another.
var measureNouns = setOf(`embargo sanctions tariffs blockade`)

// lightVerbs make their subject the agent of the event noun they govern:
// "launched the offensive", "carried out the attack".
// advocacyWords argue for a measure: "supporters of sanctions", "called
// for tariffs".
var advocacyWords = setOf(`supporters supporter advocates advocate proponents proponent calls call called calling pushed pushing pressed pressing urged demands demand lobbied lobbying argued`)

// advocated reports whether the noun phrase of the measure noun at token
// i is argued for ("of" or "for" after an advocacy word): "the most vocal
// supporters of tougher sanctions on Moscow".
func (s *sentence) advocated(i int) bool {
	k := i - 1
	for n := 0; n < 3 && k > 0 && s.plainWord(k) && (strings.HasPrefix(s.tag(k), "JJ") || s.lower(k) == "more" || s.lower(k) == "new"); n++ {
		k--
	}
	if w := s.lower(k); w != "of" && w != "for" {
		return false
	}
	// ("supporters of Ukraine and of tougher sanctions")
	j := k - 1
	if s.lower(j) == "and" {
		for n := 0; n < 6 && j > 0 && !advocacyWords[s.lower(j)]; n++ {
			j--
		}
	}
	return advocacyWords[s.lower(j)]
}

// judgingVerbs say what an event is, not who made it.
var judgingVerbs = setOf(`treat treats treated consider considers considered regard regards regarded deem deems deemed condemn condemns condemned condemning denounce denounces denounced denouncing view views viewed`)

var lightVerbs = setOf(`launched launch launches launching carried conducted staged mounted began
ordered order orders stepped led`)

// eventNP reads, for a trigger that names an attack as a noun, the noun
// phrase that ends right before token i: whether it is definite ("the",
// "this", "last year's"), the demonym inside it ("the Israeli attack
// on"), and whether a light verb governs it. Other triggers get zeros.
func (s *sentence) eventNP(tr *trigger, i int) (definite bool, agent *mention, light bool) {
	if !eventNouns[tr.words[0]] {
		return false, nil, false
	}
	j := i - 1
	for j >= 0 {
		if m := s.mentionAt(j); m != nil {
			// ("the U.S. embargo on Cuba", "EU sanctions on Russia": a
			// name right before the measure's noun imposes it)
			// ("US strikes on Iranian sites": a country's name before a
			// strike noun and its preposition makes the strike)
			if m.demonym && m.ent.typ == schema.Country || m.to == i && !m.poss && !m.pronoun && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization) && measureNouns[tr.words[0]] ||
				m.to == i && !m.poss && !m.pronoun && m.ent.typ == schema.Country && instrumentNouns[tr.words[0]] && len(tr.words) > 1 {
				agent = m
				j = m.from - 1
				continue
			}
			break
		}
		// ("an Israeli air strike", "a Russian drone attack": the means)
		if s.isTimeTok(j) || s.plainWord(j) && (strings.HasPrefix(s.tag(j), "JJ") || s.tag(j) == "CD" || strikeMeans[s.lower(j)]) {
			j--
			continue
		}
		break
	}
	switch s.lower(j) {
	case "the", "this", "that", "these", "those":
		definite = true
		light = lightVerbs[s.lower(j-1)] || s.lower(j-1) == "out" && s.lower(j-2) == "carried"
	case "a", "an":
		// ("would treat an armed attack on Qatar as a threat", "condemned
		// an attack on": an attack judged, not made, has no agent in the
		// clause)
		if judgingVerbs[s.lower(j-1)] {
			return true, agent, false
		}
		light = true
	}
	return definite, agent, light
}

// dealBefore reports whether a deal is named within a few words before
// token i: "the peace deal he signed with", "the Geneva Agreement, signed
// with".
func (s *sentence) dealBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m := s.mentionAt(k); m != nil {
			if m.ent.typ == schema.Agreement {
				return true
			}
			if !m.pronoun {
				// "a memorandum that Turkey signed with Libya": the
				// relative clause's subject, then its antecedent deal
				return m.to == i && s.dealBeforeRelative(m)
			}
			continue
		}
		if dealNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// dealBeforeRelative reports whether the name m opens a relative clause
// ("that" or "which", after a comma or not) whose antecedent is a deal:
// "a lithium contract that Bolivia", "the memorandum, which Turkey".
func (s *sentence) dealBeforeRelative(m *mention) bool {
	if m.ent.typ != schema.Country && m.ent.typ != schema.Organization && m.ent.typ != schema.Person {
		return false
	}
	j := s.npStart(m.from) - 1
	if w := s.lower(j); w != "that" && w != "which" {
		return false
	}
	j--
	if s.lower(j) == "," {
		j--
	}
	if a := s.mentionAt(j); a != nil {
		return a.ent.typ == schema.Agreement
	}
	return dealNouns[s.lower(j)]
}

// dealNouns are the words of dealNoun, as a set.
var dealNouns = setOf(strings.ReplaceAll(dealNoun, ",", " "))

// nextStops reads the further destinations of a journey after token i:
// "and then to X", "before going on to X", "and later to X".
func (s *sentence) nextStops(i int, ok func(*entity) bool) []*mention {
	var out []*mention
	for k := i; k < len(s.toks)-2; k++ {
		if s.lower(k) == "." || s.lower(k) == ";" {
			break
		}
		w, n := s.lower(k), s.lower(k+1)
		if !(w == "then" || w == "later" || w == "on" && (s.lower(k-1) == "going" || s.lower(k-1) == "travelling" || s.lower(k-1) == "traveling")) || n != "to" {
			continue
		}
		j := k + 2
		if s.lower(j) == "the" {
			j++
		}
		// "the Polish capital, Warsaw": the name after the description
		for e := j; e < j+5 && e < len(s.toks); e++ {
			if m := s.mentionAt(e); m != nil && m.from == e && usable(m) && anyOK(m, ok) && !m.demonym {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// visitNouns are trips whose traveller may follow "by": "a visit to
// Beijing by Oli".
var visitNouns = setOf(`visit visits trip trips stopover tour`)

// visitAgents returns who makes the trip a visit noun at the trigger
// ending before to names after its destination: "a visit to Beijing by
// Oli", "the first trip to Kabul by a Pakistani minister".
// clauseOpeners open a clause of their own inside a noun phrase.
var clauseOpeners = setOf(`since after before when while until who which that because`)

// relativeTimeWords make a time of their own: "this week", "last month".
var relativeTimeWords = setOf(`this last next week month year earlier later`)

func (s *sentence) visitAgents(tr *trigger, to int, objOK, subjOK func(*entity) bool) []*mention {
	if tr.pred != schema.Visited || !visitNouns[tr.words[0]] {
		return nil
	}
	objs := s.objectsAfter(to, 6, objOK)
	if len(objs) == 0 {
		return nil
	}
	last := objs[len(objs)-1].to
	// "a visit to Port Moresby this week by Wang Xiaohong": past a time
	for n := 0; n < 3 && last < len(s.toks) && (s.isTimeTok(last) || relativeTimeWords[s.lower(last)]); n++ {
		last++
	}
	if s.lower(last) != "by" {
		return nil
	}
	// ("by Abu Dhabi Crown Prince Sheikh Khaled ...": past the titles;
	// not "by a South Korean president since Moon travelled": a clause)
	agents := s.objectsAfter(last+1, 8, subjOK)
	if len(agents) == 0 {
		return nil
	}
	for k := last + 1; k < agents[0].from; k++ {
		if clauseOpeners[s.lower(k)] {
			return nil
		}
	}
	return agents
}

// visitModifiers may stand between a possessive and a visit noun: "her
// first state visit".
var visitModifiers = setOf(`first second official state recent last`)

// pastVisitModifiers returns the first of up to most visitModifiers
// ending before token from.
func pastVisitModifiers(s *sentence, from, most int) int {
	k := from
	for k > 0 && k > from-most && visitModifiers[s.lower(k-1)] {
		k--
	}
	return k
}

// standsIn reports whether the place o follows "in" after a common noun
// of the object phrase of a trigger at from: where the thing named
// stands ("the wharf in Luganville", "the Adji Kossei base in
// N'Djamena").
func (s *sentence) standsIn(o *mention, from int) bool {
	return o.from-2 > from && s.lower(o.from-1) == "in" && s.commonNounAt(o.from-2)
}

// hostedVisit reports a visit noun after a possessive pronoun in a
// clause whose verb hosts or receives: "hosted Samia on her first state
// visit to Kenya" is the guest's visit.
func (s *sentence) hostedVisit(tr *trigger, clause, from int) bool {
	if tr.pred != schema.Visited || len(tr.words) < 2 || !visitNouns[tr.words[0]] && !visitNouns[tr.words[len(tr.words)-2]] {
		return false
	}
	k := pastVisitModifiers(s, from, from) - 1
	if w := s.lower(k); w != "his" && w != "her" && w != "their" {
		return false
	}
	for j := clause; j < k; j++ {
		if w := s.lower(j); strings.HasPrefix(w, "host") || strings.HasPrefix(w, "receiv") || strings.HasPrefix(w, "welcom") {
			return true
		}
	}
	return false
}

// possessorRelation reports a trigger whose possessor is the other party
// and whose subject is the head it describes: "Azerbaijan is one of
// Israel's closest allies", "China, Brazil's largest trading partner",
// "the United States, Vietnam's largest export market", "Algeria is
// Italy's largest supplier of gas".
func possessorRelation(tr *trigger) bool {
	if tr.pred == schema.AlliedWith {
		return true
	}
	// "among NATO's twelve founding members": the subject is the
	// possessor's member
	if last := tr.words[len(tr.words)-1]; tr.pred == schema.MemberOf && (last == "members" || last == "states") {
		return true
	}
	if tr.pred != schema.TradesWith && tr.pred != schema.ImportsFrom {
		return false
	}
	for _, w := range tr.words {
		if strings.HasPrefix(w, "partner") || w == "market" || w == "supplier" || w == "suppliers" || w == "source" || buyerNouns[w] {
			return true
		}
	}
	return false
}

// buyerNouns are the possessor's customers: "Iceland's largest buyer".
var buyerNouns = setOf(`buyer buyers customer customers importer`)

// personTitledFrom returns the person whose title opens at token k
// ("Coordinating Minister for Economic Affairs Airlangga Hartarto"), or
// nil.
func (s *sentence) personTitledFrom(k int) *mention {
	for j := k + 1; j < len(s.toks) && j < k+9; j++ {
		p := s.mentionAt(j)
		if p == nil {
			continue
		}
		if p.from != j || p.ent.typ != schema.Person {
			return nil
		}
		if tb, title, _ := s.titleBefore(j); tb <= k && title != "" {
			return p
		}
		return nil
	}
	return nil
}

// measuredPossessor returns the possessor before a measure or a compass
// word of the noun at token i: "Finland's 1,340-km (830-mile) border",
// "Kenya's 700-kilometre border", "North Macedonia's southern frontier";
// nil when none stands between.
func (s *sentence) measuredPossessor(i int) *mention {
	k := i - 1
	if s.lower(k) == ")" {
		for k > 0 && s.lower(k) != "(" {
			k--
		}
		k--
	}
	j := k
	for j > 0 && j > k-5 && s.mentionAt(j) == nil && (strings.ContainsAny(s.lower(j), "0123456789") || s.lower(j) == "," || s.lower(j) == "-" || measureUnits[s.lower(j)] || borderKinds[s.lower(j)] || compass[s.lower(j)] && !s.toks[j].Cap) {
		j--
	}
	if j == k {
		return nil
	}
	return s.possessorMarkedAt(j)
}

// measureUnits measure a border or a road: "a 1,340-km border" (a
// compass word places it: "North Macedonia's southern frontier with
// Greece").
var measureUnits = setOf(`km kilometre kilometer kilometres kilometers mile miles long`)

// quotedInfinitive reports whether the quote mark at k opens the verb
// of an infinitive ("to \"wipe out\"") or closes it, a word or two
// after such an opening.
func (s *sentence) quotedInfinitive(k int) bool {
	if s.lower(k-1) == "to" {
		return s.tag(k+1) == "VB"
	}
	for j := k - 2; j >= k-3 && j > 0; j-- {
		if w := s.lower(j); (w == "\"" || w == "“") && s.lower(j-1) == "to" && s.tag(j+1) == "VB" {
			return true
		}
	}
	return false
}

// borderKinds say what a border runs over: "Norway's 198-kilometre land
// border with Russia", "its maritime border with".
var borderKinds = setOf(`land maritime sea river mountain shared common porous`)

// criticizedHead returns the one a criticism drawn or faced by the noun
// phrase ending before token from is aimed at: a name right before the
// verb ("Kenya faced"), or the possessor of a noun or two ("Takaichi's
// remark drew").
func (s *sentence) criticizedHead(from int, ok func(*entity) bool) []*mention {
	if m := s.mentionAt(from - 1); m != nil && m.to == from && !m.poss && usable(m) && anyOK(m, ok) {
		return []*mention{m}
	}
	k := from - 1
	for n := 0; n < 3 && s.plainWord(k) && !s.toks[k].Cap; n++ {
		k--
	}
	if k < from-1 && possMark[s.lower(k)] {
		if m := s.mentionAt(k - 1); m != nil && m.poss && !m.pronoun && usable(m) && anyOK(m, ok) {
			return []*mention{m}
		}
	}
	return nil
}

// possessorBefore returns the possessor whose "'s" stands right before
// token i ("Washington's support for", "Finland's border with"), or nil.
// memberPossessor is possessorBefore, and for a body's members over
// their number: "among NATO's twelve founding members".
func (s *sentence) memberPossessor(pred schema.Predicate, i int) *mention {
	if m := s.possessorBefore(i); m != nil || pred != schema.MemberOf {
		return m
	}
	if isNumber(s.lower(i-1)) || numberWords[s.lower(i-1)] {
		return s.possessorBefore(i - 1)
	}
	return nil
}

func (s *sentence) possessorBefore(i int) *mention {
	if m := s.mentionAt(i - 2); m != nil && m.poss && m.to == i-1 {
		return m
	}
	// "Japan, its largest buyer": a possessive pronoun resolved, before
	// a relational noun ("its alliance with the United States" relates
	// it to what follows)
	if m := s.mentionAt(i - 1); m != nil && m.poss && m.pronoun && m.to == i && m.from == i-1 && partnerAhead(s, i) {
		return m
	}
	return nil
}
