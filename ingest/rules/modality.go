package rules

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// Cue lexicons for modality, lowercase. Multi-word cues are matched as
// token sequences.
var (
	negationCues = [][]string{
		{"not"}, {"n't"}, {"never"}, {"no"}, {"nor"}, {"neither"}, {"without"},
		{"declined", "to"}, {"refused", "to"}, {"refuses", "to"}, {"refuse", "to"},
		{"denied"}, {"denies"}, {"deny"}, {"yet", "to"}, {"failed", "to"}, {"fail", "to"},
		{"lack"}, {"lacks"}, {"lacking"}, {"until"}, {"rejected"}, {"ruled", "out"},
		{"cannot"}, {"can't"}, {"won't"}, {"didn't"}, {"doesn't"}, {"don't"}, {"isn't"},
		{"aren't"}, {"wasn't"}, {"weren't"}, {"hasn't"}, {"haven't"}, {"hadn't"},
		// "cancelled a visit to Riyadh": it will not happen
		{"cancelled"}, {"canceled"}, {"cancels"}, {"called", "off"}, {"calls", "off"},
		// "Lula stopped short of criticising Portugal"
		{"refrained", "from"}, {"refrains", "from"}, {"refraining", "from"}, {"avoided"}, {"avoids"},
		{"stopped", "short", "of"}, {"stops", "short", "of"}, {"stopping", "short", "of"}, {"stop", "short", "of"},
		// "Tusk declined an invitation to travel to Bratislava"
		{"declined", "an", "invitation"}, {"declines", "an", "invitation"}, {"declined", "the", "invitation"},
		{"refused", "an", "invitation"}, {"refuses", "an", "invitation"}, {"refused", "the", "invitation"},
		{"turned", "down", "an", "invitation"}, {"turns", "down", "an", "invitation"}, {"turned", "down", "the", "invitation"},
	}
	// stopCues before a trigger stop what it names: "cut off aid to",
	// "suspended talks with", "froze its aid" (a trigger of their own,
	// "suspended all trade with", is a sanction)
	stopCues = [][]string{
		{"cut", "off"}, {"cuts", "off"}, {"cutting", "off"}, {"suspended"}, {"suspends"},
		{"suspending"}, {"halted"}, {"halts"}, {"halting"}, {"froze"}, {"freezes"}, {"freezing"},
		{"stopped"}, {"stops"}, {"stopping"}, {"ceased"}, {"ceases"},
		// "withdrew its application to join the EU"
		{"withdrew"}, {"withdraws"}, {"withdrawn"},
		// "walked away from peace treaty negotiations with Japan"
		{"walked", "away", "from"}, {"walks", "away", "from"}, {"pulled", "out", "of"}, {"pulls", "out", "of"},
		{"broke", "off"}, {"breaks", "off"},
	}
	// denialCues before "that" deny the clause after it.
	denialCues = [][]string{
		{"denied"}, {"denies"}, {"deny"}, {"rejected"}, {"rejects"}, {"dismissed"}, {"refuted"},
		{"disputed"}, {"disputes"},
	}
	// uncertainCues are checked before negation: "it was not clear
	// whether X" does not deny X.
	uncertainCues = [][]string{
		{"not", "clear"}, {"unclear"}, {"not", "known"}, {"unknown"}, {"not", "certain"},
		{"uncertain"}, {"no", "guarantee"}, {"not", "sure"}, {"not", "likely"},
		// "has not ruled out Togo joining the alliance": a possibility
		// kept open, not a denial
		{"not", "ruled", "out"}, {"not", "rule", "out"}, {"not", "ruling", "out"}, {"never", "ruled", "out"},
		{"n't", "rule", "out"}, {"n't", "ruled", "out"},
	}
	hedgeCues = [][]string{
		{"could"}, {"may"}, {"might"}, {"likely"}, {"unlikely"}, {"possible"}, {"possibly"},
		{"potential"}, {"potentially"}, {"perhaps"}, {"probably"}, {"expected", "to"}, {"expects", "to"}, {"expect", "to"}, {"expecting", "to"},
		{"would"}, {"if"}, {"whether"}, {"considering"}, {"consider"}, {"considers"},
		{"mulling"}, {"mulls"}, {"weighing"}, {"weighs"}, {"contemplating"}, {"contemplates"}, {"exploring"}, {"floated"}, {"possibility"}, {"speculation"},
		{"rumored"}, {"rumoured"}, {"unless"}, {"should"}, {"ought", "to"}, {"must"},
		{"offered", "to"}, {"offers", "to"}, {"offering", "to"}, {"risk", "of"},
	}
	planCues = [][]string{
		{"will"}, {"shall"}, {"'ll"}, {"plans", "to"}, {"plan", "to"}, {"planned", "to"},
		{"planning", "to"}, {"scheduled", "to"}, {"slated", "to"}, {"plans"}, {"aims", "to"}, {"aim", "to"}, {"aimed", "at"}, {"aiming", "to"},
		{"wants", "to"}, {"want", "to"}, {"wanted", "to"}, {"wants"}, {"want"}, {"seeks", "to"}, {"seek", "to"},
		{"seeking", "to"}, {"sought", "to"}, {"intends", "to"}, {"intend", "to"}, {"intended", "to"}, {"intention"},
		{"hopes", "to"}, {"hope", "to"}, {"hoping", "to"}, {"hoped", "to"}, {"goal"}, {"objective"}, {"push", "to"},
		{"efforts", "to"}, {"effort", "to"}, {"bid", "to"}, {"going", "to"}, {"set", "to"},
		{"to", "be", "held"}, {"upcoming"}, {"would", "like", "to"}, {"convince"}, {"convincing"},
		{"persuade"}, {"persuading"}, {"urged"}, {"urges"}, {"urging"}, {"called", "for"},
		{"calls", "for"}, {"proposed"}, {"proposal"}, {"precondition"}, {"condition"},
		{"announced", "plans"}, {"pledged", "to"}, {"promised", "to"}, {"vowed", "to"},
		{"ready", "to"}, {"willing", "to"}, {"willingness"}, {"desire"}, {"next"}, {"coming"},
		{"later", "this"}, {"soon"}, {"is", "due", "to"}, {"was", "due", "to"}, {"are", "due", "to"},
		{"were", "due", "to"}, {"poised", "to"},
		// "had been due to sign the agreement in September": a plan that
		// did not happen then
		{"been", "due", "to"},
		// "the protocol commits the two governments to restore relations"
		{"commits"}, {"commit"},
		// "prepare for a visit to China by Trump in April"
		{"prepare", "for"}, {"prepares", "for"}, {"preparing", "for"},
		// "was to fly to Walvis Bay on Wednesday"
		{"is", "to"}, {"are", "to"}, {"was", "to"}, {"were", "to"},
		// "accepted an invitation to visit Baku"
		{"invitation", "to"}, {"invitations", "to"},
		// "postponed a trip to Saudi Arabia": still to come
		{"postponed"}, {"postpones"}, {"postponing"}, {"delayed"}, {"rescheduled"},
	}
	reportCues = [][]string{
		{"said"}, {"says"}, {"say"}, {"saying"}, {"according", "to"}, {"reportedly"},
		{"reported"}, {"reports"}, {"claimed"}, {"claims"}, {"claim"}, {"told"}, {"alleged"},
		{"allegedly"}, {"stated"}, {"citing"}, {"cited"}, {"sources"}, {"source"}, {"quoted"},
		{"announced"}, {"confirmed"}, {"insisted"}, {"suggested"}, {"suggesting"}, {"indicates"},
		{"argued"}, {"argue"}, {"believe"}, {"believed"}, {"describe"}, {"described"},
	}
)

// matchCue reports whether a cue starts at token i.
func matchCue(toks []Token, i int, cue []string) bool {
	if i+len(cue) > len(toks) {
		return false
	}
	for k, w := range cue {
		if toks[i+k].Lower != w {
			return false
		}
	}
	// "India's largest source of crude": a supply, not a reporter
	if len(cue) == 1 && (cue[0] == "source" || cue[0] == "sources") && i+1 < len(toks) && toks[i+1].Lower == "of" {
		return false
	}
	// "in May": the month, not the modal verb.
	if len(cue) == 1 && cue[0] == "may" && toks[i].Cap && i > 0 {
		return false
	}
	return true
}

func findCue(toks []Token, from, to int, cues [][]string) (int, []string) {
	if from < 0 {
		from = 0
	}
	if to > len(toks) {
		to = len(toks)
	}
	for i := from; i < to; i++ {
		for _, c := range cues {
			if matchCue(toks, i, c) {
				return i, c
			}
		}
	}
	return -1, nil
}

// findCueOutside is findCue that passes over cues in a relative clause
// closed before the trigger at trigFrom: "Syria, which may join the
// league, has held talks" holds the talks as fact.
func findCueOutside(toks []Token, from, to, trigFrom int, cues [][]string) (int, []string) {
	for from < to {
		i, c := findCue(toks, from, to, cues)
		if i < 0 || !insideClosedRelative(toks, i, trigFrom) {
			return i, c
		}
		from = i + 1
	}
	return -1, nil
}

// modalityOf decides how the sentence holds the relation whose trigger
// spans tokens [trigFrom, trigTo) and whose arguments lie within
// [argFrom, argTo). Scope: negation, hedges and plans count from the start
// of the trigger's clause up to the end of the trigger (and "not" right
// after an auxiliary); attribution counts anywhere in the sentence.
func modalityOf(toks []Token, clauseFrom, trigFrom, trigTo int, factive bool) (schema.Modality, string) {
	// ("Russia denied that its forces attacked Kharkiv": the clause
	// starts at its subject, right after the "that")
	if tokLower(toks, clauseFrom) != "that" {
		if m, c := denialOf(toks, clauseFrom-1); m != "" {
			return m, c
		}
	}
	// "Iran denied that it had supplied drones": a denial governs the
	// clause it introduces.
	if m, c := denialOf(toks, clauseFrom); m != "" {
		return m, c
	}
	if i, c := findCueOutside(toks, clauseFrom, trigTo, trigFrom, uncertainCues); i >= 0 {
		return schema.Hedged, joinCue(c)
	}
	// "reopen the pipeline so that Colombia can import gas": what an act
	// is for is still to come
	for k := clauseFrom; k <= clauseFrom+1 && k < trigFrom; k++ {
		if tokLower(toks, k-1) == "so" && tokLower(toks, k) == "that" {
			return schema.Planned, "so that"
		}
	}
	for from := clauseFrom; from < trigTo; {
		i, c := findCue(toks, from, trigTo, negationCues)
		if i < 0 {
			break
		}
		// "without" denies only what it governs ("cooperate without
		// formal ties"), not a verb further on ("Keller, who lived
		// without sight or hearing, was born in ...").
		// "until Israel acknowledges a Palestinian state" says it has
		// not; "until Jan. 15" is only a time.
		if c[0] == "until" && untilTime(toks, i+1) {
			from = i + 1
			continue
		}
		// "The declaration did not mention Kyiv's bid to join the
		// alliance": what goes unmentioned is not denied
		if k := i + len(c); k < trigFrom && (mentionVerbs[tokLower(toks, k)] || mentionVerbs[tokLower(toks, k+1)] && strings.HasSuffix(tokLower(toks, k), "ly")) {
			from = i + 1
			continue
		}
		// "Syria, which has never had relations with Israel, has held
		// talks with Israeli officials": a relative clause closed before
		// the trigger keeps its negation (and its hedges and plans:
		// findCueOutside)
		if insideClosedRelative(toks, i, trigFrom) {
			from = i + 1
			continue
		}
		// "India rejected Kathmandu's claims": a negative verb that is
		// the trigger says what is stated, not that it is denied
		if i == trigFrom && len(c) == 1 && negativeVerbs[c[0]] {
			from = i + 1
			continue
		}
		// "has failed to hold a summit since 2014 amid the dispute
		// between India and Pakistan": an adjunct's noun phrase is not
		// what the verb denies
		if adjunctBetween(toks, i+len(c), trigFrom) {
			from = i + 1
			continue
		}
		// "has not publicly criticised the Taliban, preferring to expand
		// trade with Afghanistan": a participle after a comma is a
		// predication of its own, which the negation does not reach
		if participleBetween(toks, i+len(c), trigFrom) {
			from = i + 1
			continue
		}
		// "denied any involvement and accused Belgian officials": a
		// negative verb's own object, then the subject's second verb
		if len(c) == 1 && negativeVerbs[c[0]] && secondVerb(toks, i+1, trigFrom) {
			from = i + 1
			continue
		}
		// "Spain does not recognise it and in 2022 backed Morocco's
		// plan": after "do" and "not" a verb is bare, so an inflected
		// one after "and" is a predication of its own
		if negatedAt(toks, i) && doSupport[tokLower(toks, i-1)] && inflectedAfterAnd(toks, i+1, trigFrom) {
			from = i + 1
			continue
		}
		// "has not stopped buying Russian oil", "never broke off
		// relations": a negated stop goes on
		if negatedAt(toks, i) && len(c) == 1 && stopCueAt(toks, i+1) && i+2 <= trigFrom {
			from = i + 2
			continue
		}
		if c[0] != "without" || i >= trigFrom-3 {
			return schema.Negated, joinCue(c)
		}
		from = i + 1
	}
	for from := clauseFrom; from < trigFrom; {
		i, c := findCueOutside(toks, from, trigFrom, trigFrom, stopCues)
		if i < 0 {
			break
		}
		// "suspended the charter and imposed sanctions": the stop's own
		// object, then the subject's second verb
		if !negatedAt(toks, i-1) && !secondVerb(toks, i+len(c), trigFrom) {
			return schema.Negated, joinCue(c)
		}
		from = i + 1
	}
	if !factive {
		clauseFrom = pastFuture(toks, clauseFrom, trigFrom)
		// "has moved to designate the cartels": a step toward the act
		if trigFrom >= 2 && toks[trigFrom-1].Lower == "to" && moveVerbs[toks[trigFrom-2].Lower] {
			return schema.Planned, toks[trigFrom-2].Lower + " to"
		}
		// "pledged troops to support the Somali government", "promised
		// Kyiv to deliver": a promise with its object before "to"
		at := trigFrom // the "to" ("verb:to_support" starts at it)
		if tokLower(toks, at) != "to" {
			at--
		}
		if at >= 2 && tokLower(toks, at) == "to" {
			for k := at - 1; k >= clauseFrom && k >= at-4; k-- {
				if promiseVerbs[toks[k].Lower] && k < at-1 {
					return schema.Planned, toks[k].Lower
				}
				// ("pledged $2 million to help Fiji": money pledged is
				// support given)
				if w := toks[k].Lower; w == "," || w == "and" || fundNouns[w] || currencyWords[w] || w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$') {
					break
				}
			}
		}
		// "creates a centre, to be based in Tabatinga": a reduced
		// infinitive after a comma is what is to come
		if trigFrom >= 3 && toks[trigFrom-1].Lower == "be" && toks[trigFrom-2].Lower == "to" && toks[trigFrom-3].Lower == "," {
			return schema.Planned, "to be"
		}
		// "signed a five-year deal on Monday to import gas from Qatar":
		// what a deal provides for is still to come
		if trigFrom >= 2 && toks[trigFrom-1].Lower == "to" {
			for k := trigFrom - 2; k >= clauseFrom && k >= trigFrom-6; k-- {
				if dealNouns[toks[k].Lower] {
					return schema.Planned, toks[k].Lower + " to"
				}
			}
		}
		if i, c := findCueOutside(toks, clauseFrom, trigTo, trigFrom, hedgeCues); i >= 0 {
			return schema.Hedged, joinCue(c)
		}
		for from := clauseFrom; from < trigTo; {
			i, c := findCueOutside(toks, from, trigTo, trigFrom, planCues)
			if i < 0 {
				break
			}
			// "Ghana and Nigeria agree plan to clear debt": a plan after
			// the verb is what was agreed, a noun
			if i > trigFrom && (c[0] == "plan" || c[0] == "plans") {
				from = i + 1
				continue
			}
			// "has backed regional efforts to contain the war between
			// the Sudanese army and the RSF", "wants to stop the flow of
			// arms from Iran": what a plan would end is there already
			if endsWhatIs(toks, i+len(c), trigFrom) {
				from = i + 1
				continue
			}
			// "and the next day Iran fired missiles at": a narrative's
			// next day is past like the rest
			if c[0] == "next" && tokLower(toks, i-1) == "the" && narrativeDays[tokLower(toks, i+1)] {
				from = i + 1
				continue
			}
			// "For the next seven decades Mongolia was the Soviet
			// Union's closest ally", "With a bond falling due next month,
			// the Maldives has opened talks": a told past keeps its own
			// time; the "next" is another clause's or the past's own
			if (c[0] == "next" || c[0] == "coming") && toldPast(toks, clauseFrom, trigFrom, trigTo) {
				from = i + 1
				continue
			}
			// "pledged to deepen cooperation as their foreign ministers
			// met in Tokyo": a clause "as" opens tells of its own
			if asClauseBetween(toks, i+len(c), trigFrom) {
				from = i + 1
				continue
			}
			// "Rubio urged Sudani in a phone call": the trigger itself
			// is no plan of what it says
			if i == trigFrom && len(c) == 1 && c[0] == toks[trigFrom].Lower && trigTo-trigFrom == 1 {
				from = i + 1
				continue
			}
			return schema.Planned, joinCue(c)
		}
	}
	for from := 0; from < len(toks); {
		i, c := findCue(toks, from, len(toks), reportCues)
		if i < 0 {
			break
		}
		// "Ortagus met Aoun and said Washington had ...": the subject's
		// second verb, no attribution of the first
		if i >= trigTo && i > 0 && toks[i-1].Lower == "and" {
			from = i + 1
			continue
		}
		// "have claims that overlap with China's": what one has, no
		// attribution
		if (c[0] == "claim" || c[0] == "claims") && i > 0 && (toks[i-1].Lower == "have" || toks[i-1].Lower == "has" || toks[i-1].Lower == "had") {
			from = i + 1
			continue
		}
		// "gives whoever holds them a claim to the ocean", "rejected
		// Kathmandu's claims": a noun, no attribution
		if (c[0] == "claim" || c[0] == "claims") && len(c) == 1 && i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "its" || toks[i-1].Lower == "their" || toks[i-1].Lower == "territorial" || toks[i-1].Lower == "the" || toks[i-1].Lower == "'s" || toks[i-1].Lower == "’s") && tokLower(toks, i+1) != "that" {
			from = i + 1
			continue
		}
		// "Sri Lanka declined to sign, saying its cabinet ...": a
		// participle after the clause gives a reason for what was
		// done, which stays the writer's own
		if i >= trigTo && i > 0 && toks[i-1].Lower == "," && reasonParticiples[c[0]] && len(c) == 1 {
			from = i + 1
			continue
		}
		return schema.Reported, joinCue(c)
	}
	return schema.Asserted, ""
}

// stopCueAt reports whether a stop cue starts at token i.
// ("did not stop buying": the bare verb, no cue of its own, which "will
// stop in Hong Kong to meet" is not)
func stopCueAt(toks []Token, i int) bool {
	if tokLower(toks, i) == "stop" {
		return true
	}
	k, _ := findCue(toks, i, i+1, stopCues)
	return k >= 0
}

// negatedAt reports whether token i is a plain negation.
func negatedAt(toks []Token, i int) bool {
	w := tokLower(toks, i)
	return w == "not" || w == "never" || w == "n't"
}

// pastFuture moves the start of a clause past a past's future told as
// done, "would later" or "would go on to", before the trigger at
// trigFrom: "wanted to help Poland into the clubs it would later join:
// NATO in 1999" neither hedges nor plans the joining.
func pastFuture(toks []Token, clauseFrom, trigFrom int) int {
	for k := trigFrom - 1; k > clauseFrom && k >= trigFrom-5; k-- {
		if tokLower(toks, k) != "would" {
			continue
		}
		if tokLower(toks, k+1) == "later" {
			return k + 2
		}
		if tokLower(toks, k+1) == "go" && tokLower(toks, k+2) == "on" && tokLower(toks, k+3) == "to" {
			return k + 4
		}
	}
	return clauseFrom
}

// toldPast reports whether the clause from clauseFrom to the trigger at
// trigFrom..trigTo tells a past: a past auxiliary or copula, or a
// trigger ending in "-ed", with no modal, infinitive or word of a
// schedule ("was due to", "would", "set to") that would make it a plan.
func toldPast(toks []Token, clauseFrom, trigFrom, trigTo int) bool {
	past := strings.HasSuffix(tokLower(toks, trigFrom), "ed")
	for k := clauseFrom; k < trigTo && k < len(toks); k++ {
		// ("falling due next month": a debt's date, no schedule)
		if toks[k].Lower == "due" && k > 0 && strings.HasPrefix(toks[k-1].Lower, "fall") {
			continue
		}
		switch toks[k].Lower {
		case "will", "would", "'ll", "to", "due", "set", "scheduled", "expected", "plans", "plan", "planned", "could", "may", "might", "shall", "should", "can":
			return false
		case "was", "were", "had", "has", "have", "did":
			past = true
		}
	}
	return past
}

// narrativeDays after "the next" tell a story's sequence, not a plan.
var narrativeDays = setOf(`day morning afternoon evening night`)

// deniedDenial reports whether the denial at token i is itself denied
// ("Nobody denies that Haiti buys eggs from", "does not dispute that"):
// what no one denies stands.
func deniedDenial(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := tokLower(toks, k); w {
		case "nobody", "none", "not", "n't", "never":
			return true
		case "one":
			if tokLower(toks, k-1) == "no" {
				return true
			}
		case ",", ";", "that", "but":
			return false
		}
	}
	return false
}

// adjunctBetween reports whether a preposition that opens an adjunct
// ("amid", "despite") stands between tokens from and to.
func adjunctBetween(toks []Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if adjunctPreps[toks[k].Lower] {
			return true
		}
	}
	return false
}

// noEvidenceNouns after "no" deny the "that" clause they introduce.
var noEvidenceNouns = setOf(`sign signs evidence indication indications suggestion proof`)

// negativeVerbs are the negation cues that are verbs with an object of
// their own: "denied any involvement", "cancelled the summit".
var negativeVerbs = setOf(`denied denies rejected cancelled canceled cancels avoided avoids`)

// secondVerb reports whether the trigger at token trig is a finite verb
// coordinated after "and" (an adverb between: "and also accused") with
// what comes from token from: the subject's second verb.
func secondVerb(toks []Token, from, trig int) bool {
	if trig >= len(toks) || trig-from < 2 {
		return false
	}
	k, v := trig-1, trig
	// ("and imposed sanctions on": a noun trigger after its verb)
	if k > from+1 && inflected(toks[k].Lower) && (toks[k-1].Lower == "and" || toks[k-1].Text == ",") {
		k, v = k-1, k
	}
	if strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Lower == "also" {
		k--
	}
	// "suspended the charter and, a month later, imposed sanctions": an
	// aside between commas after the "and"
	if toks[k].Text == "," {
		for j := k - 1; j > from+1 && j >= k-6; j-- {
			if toks[j].Text == "," {
				if toks[j-1].Lower == "and" {
					k = j - 1
				}
				break
			}
		}
	}
	if k <= from || toks[k].Lower != "and" || toks[k-1].Text == "," {
		return false
	}
	return inflected(toks[v].Lower)
}

// inflected reports a verb form with a past or third-person ending:
// "backed", "supports" (not "recognise", "discuss").
func inflected(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// asClauseBetween reports whether "as" opens a clause of its own between
// token from and the trigger at trig, with the trigger its finite verb:
// "as their foreign ministers met", "as Lee arrived" (not "as a mediator",
// "as leaders prepare to meet").
func asClauseBetween(toks []Token, from, trig int) bool {
	if trig >= len(toks) || tokLower(toks, trig-1) == "to" || strings.HasSuffix(toks[trig].Lower, "ing") {
		return false
	}
	for k := from; k < trig-1; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "to" {
			return false
		}
		if w != "as" {
			continue
		}
		if n := toks[k+1]; !(n.Lower == "their" || n.Lower == "his" || n.Lower == "her" || n.Lower == "its" || n.Lower == "the" || n.Cap) {
			return false
		}
		for j := k + 1; j < trig; j++ {
			if w := toks[j].Lower; w == "well" || w == "such" || w == "part" || !toks[j].Word {
				return false
			}
		}
		return true
	}
	return false
}

// doSupport are the forms of "do" a negation follows.
var doSupport = setOf(`do does did`)

// inflectedAfterAnd reports whether an "and" stands between token from
// and the trigger at trig, and the trigger is an inflected verb ("backed",
// "supports"): "does not recognise it and in 2022 backed".
func inflectedAfterAnd(toks []Token, from, trig int) bool {
	if trig >= len(toks) {
		return false
	}
	and := false
	for k := from; k < trig; k++ {
		if w := toks[k].Lower; w == "and" {
			and = true
		} else if w == "," || w == ";" {
			return false
		}
	}
	return and && inflected(toks[trig].Lower)
}

// denialOf returns how a denial before the "that" at token that holds
// the clause after it ("Iran denied that it had supplied drones"), or ""
// when there is none.
func denialOf(toks []Token, that int) (schema.Modality, string) {
	if that <= 0 || that >= len(toks) || toks[that].Lower != "that" {
		return "", ""
	}
	if i, c := findCue(toks, that-2, that, denialCues); i >= 0 && !deniedDenial(toks, i) {
		return schema.Negated, joinCue(c)
	}
	// "Eritrea denied on Thursday that it was arming Fano", "denied
	// in a statement that": a time or a setting between
	if c := denialAcross(toks, that); c != "" {
		return schema.Negated, c
	}
	// "there was no sign that Beijing was preparing an attack": a
	// clause no evidence supports is denied
	if tokLower(toks, that-2) == "no" && noEvidenceNouns[tokLower(toks, that-1)] {
		return schema.Negated, "no " + tokLower(toks, that-1)
	}
	// "The White House denied a report that the United States was
	// shipping arms": the denial of a claim governs its clause too
	// ("denied a report in a regional business newspaper that": the
	// claim's source between)
	for k := that - 1; k >= 1 && k >= that-7; k-- {
		if w := tokLower(toks, k); w == "," || w == "that" {
			break
		}
		if claimNouns[tokLower(toks, k)] {
			if i, c := findCue(toks, max(k-3, 0), k, denialCues); i >= 0 {
				return schema.Negated, joinCue(c)
			}
			break
		}
	}
	return "", ""
}

// denialAcross returns the denial cue before the "that" at token that
// when only a time, a setting or an adverb stands between them ("denied
// on Thursday that", "rejected in a statement that"), or "".
func denialAcross(toks []Token, that int) string {
	for k := that - 1; k >= 0 && k >= that-7; k-- {
		w := tokLower(toks, k)
		for _, c := range denialCues {
			if matchCue(toks, k, c) && k < that-2 {
				return joinCue(c)
			}
		}
		_, month := months[strings.TrimSuffix(w, ".")]
		_, day := weekdays[w]
		if !month && !day && !denialFillers[w] && !(w != "" && w[0] >= '0' && w[0] <= '9') && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return ""
		}
	}
	return ""
}

// denialFillers may stand between a denial and its "that": a time, a
// setting, an adverb.
var denialFillers = setOf(`on in at during last this a an the again also once , statement statements interview
week month year weekend morning evening night afternoon separate written televised speech briefing`)

// participleBetween reports whether a comma and a participle ("...,
// preferring to", ", choosing instead to") stand between tokens from and
// to.
func participleBetween(toks []Token, from, to int) bool {
	for k := from; k+1 < to && k < len(toks); k++ {
		if toks[k].Lower == "," && strings.HasSuffix(toks[k+1].Lower, "ing") && len(toks[k+1].Lower) > 5 && !toks[k+1].Cap {
			return true
		}
	}
	return false
}

// currencyWords name money beside fundNouns: money pledged is given at
// once.
var currencyWords = setOf(`dollars euros pounds yen yuan funds money`)

// promiseVerbs promise what their "to" introduces, past an object of
// their own: "pledged troops to support", "promised Kyiv to deliver".
var promiseVerbs = setOf(`pledged pledges pledge pledging promised promises promise vowed`)

// adjunctPreps open noun phrases that set the scene of a clause.
var adjunctPreps = setOf(`amid amidst despite during`)

// reasonParticiples after a comma give the reason an actor gave for what
// the clause before says it did.
var reasonParticiples = setOf(`saying citing`)

// moveVerbs right before "to" and the trigger take a step toward it:
// "moved to designate", "moves to sanction".
var moveVerbs = setOf(`move moves moved moving`)

// claimNouns name what a denial can deny before "that": "denied a
// report that", "rejected claims that".
var claimNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true,
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "suggestion": true, "suggestions": true}

// hypotheticalEvent reports whether the trigger at [from, to) is an
// event noun after an article or a demonym whose phrase is the subject
// of "could", "would" or "might": "a Chinese attack on Taiwan could
// justify ...".
func (s *sentence) hypotheticalEvent(from, to int) bool {
	if !strings.HasPrefix(s.tag(from), "NN") {
		return false
	}
	// ("any Venezuelan attack on Guyana would ...")
	art := func(w string) bool { return w == "a" || w == "an" || w == "any" }
	if w := s.lower(from - 1); !art(w) && !(s.mentionAt(from-1) != nil && s.mentionAt(from-1).demonym && art(s.lower(from-2))) {
		return false
	}
	for k := to; k < len(s.toks) && k < to+6; k++ {
		switch w := s.lower(k); {
		case w == "could" || w == "would" || w == "might":
			return true
		case w == "," || w == "." || w == "and" || w == "that" || w == "which" || strings.HasPrefix(s.tag(k), "VB") || s.tag(k) == "MD":
			return false
		}
	}
	return false
}

// numberComma reports whether the comma at token k joins the digits of
// one number, with no space on either side: "1,340-km", "10,000".
func numberComma(toks []Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Text == "," && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// insideClosedRelative reports whether token i lies in a relative clause
// opened by ", which", ", who" or ", whose" and closed by a comma before
// token end.
func insideClosedRelative(toks []Token, i, end int) bool {
	open := -1
	for k := i - 1; k > 0; k-- {
		if w := toks[k].Lower; (w == "which" || w == "who" || w == "whose") && toks[k-1].Lower == "," {
			open = k
			break
		} else if numberComma(toks, k) {
			continue // "1,340-km": a comma inside a number
		} else if w == "," || w == ";" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := i + 1; k < end; k++ {
		if toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// untilTime reports whether the words from i are a time ("until Jan. 15",
// "until 1990", "until now") rather than a condition.
func untilTime(toks []Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	w := toks[i].Lower
	if w == "the" && i+1 < len(toks) {
		w = toks[i+1].Lower
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if _, ok := months[strings.TrimSuffix(w, ".")]; ok {
		return true
	}
	if _, ok := weekdays[w]; ok {
		return true
	}
	switch w {
	case "now", "then", "recently", "last", "late", "early", "mid", "next", "this", "today", "tomorrow", "yesterday", "end", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

func joinCue(c []string) string {
	s := ""
	for i, w := range c {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}

// mentionVerbs after a negation deny a saying, not what is said: "did not
// mention", "never specified".
var mentionVerbs = setOf(`mention mentioned mentions specify specified name named address
addressed refer referred elaborate elaborated disclose disclosed comment commented
identify identified`)

// tokLower is the lowercase token i of toks, "" outside them.
func tokLower(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Lower
}

// endingVerbs end or contain what is already there.
var endingVerbs = setOf(`end contain stop halt curb resolve settle defuse ease calm de-escalate`)

// endsWhatIs reports whether the tokens from k on ("to", "help") reach
// a verb of ending before the trigger at trigFrom: "efforts to contain
// the war between", "to help end the fighting between".
func endsWhatIs(toks []Token, k, trigFrom int) bool {
	for j := k; j < k+3 && j < trigFrom; j++ {
		w := tokLower(toks, j)
		if endingVerbs[w] {
			return true
		}
		if w != "to" && w != "help" {
			return false
		}
	}
	return false
}
