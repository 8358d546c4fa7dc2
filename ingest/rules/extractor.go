// Package rules is kg's rule-based extractor: it reads a document's
// cleaned text and returns typed statements with their provenance,
// modality and time.
//
// The pipeline, per document: Segment (sentences with offsets, line
// breaks always end one) → Tokenize → gazetteer matches and discovered
// names (titles, capitalized spans typed by their head word) →
// resolution (surnames to full names, "the Kingdom", "the two countries",
// "Azerbaijani officials", "the Trump administration", "its", "He") →
// relations (a trigger lexicon per predicate with general argument
// finding, and rules inside noun phrases: titles, appositions,
// possessives, capitals, containment) → modality (cues in the trigger's
// clause; attribution anywhere in the sentence) → time (the expression
// nearest the trigger, resolved against the publication date).
package rules

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/schema"
)

// Extractor extracts statements with rules. The zero value is not usable:
// use New.
type Extractor struct {
	g *gazetteer.Gazetteer
	// Now is the reference date for documents without a publication
	// date (a future tense about an earlier year is history). New sets
	// it to the current time.
	Now time.Time
	// Pairs is the learned pair classifier that adds relations the rules
	// miss (see pairs.go); nil, as New leaves it, turns it off.
	Pairs *PairModel
}

// New returns an extractor over gazetteer g (gazetteer.Default() when nil).
func New(g *gazetteer.Gazetteer) *Extractor {
	if g == nil {
		g = gazetteer.Default()
	}
	return &Extractor{g: g, Now: time.Now()}
}

// Name identifies the extractor in statements' provenance.
func (x *Extractor) Name() string { return "rules" }

// Extract returns the statements doc makes. Offsets index doc.Text.
func (x *Extractor) Extract(doc schema.Document) ([]schema.Statement, error) {
	a := x.analyze(doc)
	return a.statements(doc), nil
}

func (x *Extractor) analyze(d schema.Document) *doc {
	a := &doc{g: x.g, text: d.Text, pub: ParseDate(d.Published), pairs: x.Pairs, ents: map[string]*entity{}, groupRegion: map[*mention]*entity{}, groupBloc: map[*mention]*entity{}, groupCount: map[[2]*entity]int{}, countryCount: map[*entity]int{}, serves: map[*entity]*entity{}, signsFor: map[*entity]*entity{}}
	a.now = a.pub
	if a.now.IsZero() {
		a.now = x.Now
	}
	a.analyze()
	return a
}

// relations are what sentence s states: the rules' relations, the pair
// model's when it is on, and what they entail. Called once per sentence,
// in order: the rules keep discourse state.
func (d *doc) relations(s *sentence) []rel {
	d.relSent++
	rels := d.nominalRelations(s)
	// "Kazakh Energy Minister Yerlan Akkenzhenov ... signed the
	// agreement": whom a minister or envoy signs for
	for _, r := range rels {
		if r.pred == schema.WorksFor && r.subj.typ == schema.Person && r.obj.typ == schema.Country && signerRole(r.role) {
			d.signsFor[r.subj] = r.obj
		}
	}
	rels = append(rels, d.verbRelations(s)...)
	// "halted imports of Japanese seafood", "banned imports of Ukrainian
	// wheat": a ban on a country's goods is also a measure against it
	for _, r := range rels {
		if r.pred != schema.ImportsFrom || r.subj.typ != schema.Country || r.obj.typ != schema.Country {
			continue
		}
		if b := s.banAt(r.trigFrom); b >= 0 {
			rels = append(rels, rel{subj: r.subj, obj: r.obj, pred: schema.Sanctioned, rule: "import-ban:" + s.lower(b), trigFrom: b, trigTo: b + 1,
				clauseFrom: r.clauseFrom, conf: r.conf * 0.9})
		}
	}
	rels = append(rels, d.learnedRelations(s, rels)...)
	rels = append(rels, s.ellipsis(rels)...)
	// "Boris Pistorius of the SPD", "a CDU veteran": a party's people are
	// its members
	// ("SPD Chancellor Willy Brandt" holds a state post as a member;
	// "the party's president, Marcel Dettling" holds the party's own)
	for i, r := range rels {
		if r.subj.typ == schema.Person && r.obj.isParty() && (r.pred == schema.WorksFor || r.pred == schema.HeadOf && (stateTitles[r.role] || cabinetTitle(r.role)) && r.rule != "possessive-title") {
			rels[i].pred = schema.MemberOf
		}
	}
	// "Lee held two hours of talks with Xi", "flew to Wellington for
	// talks with Luxon": talks between two people, face to face, are a
	// meeting; negotiating is what the parties they speak for do
	for i, r := range rels {
		if r.pred == schema.NegotiatingWith && r.subj.typ == schema.Person && r.obj.typ == schema.Person && s.talksTrigger(r) && faceToFace(s, r.trigFrom-2, r.trigTo) {
			rels[i].pred = schema.MetWith
			rels[i].rule += "(persons)"
		}
	}
	// "Holness holds CARICOM's rotating chairmanship": a person in a
	// body's chair heads it (a state in it is a member)
	for i, r := range rels {
		if r.pred == schema.MemberOf && r.subj.typ == schema.Person && s.chairHeld(r) {
			rels[i].pred = schema.HeadOf
			rels[i].role = "chair"
		}
	}
	// "South Sudan broke away from Sudan in 2011": a state that broke
	// away is independent of the one it left; a region seceded, and so
	// did a state in fact that few recognize ("Abkhazia broke away")
	for i, r := range rels {
		if r.pred == schema.SecededFrom && r.subj.typ == schema.Country && r.obj.typ == schema.Country && !deFacto(r.subj) {
			rels[i].pred = schema.GainedIndependenceFrom
		}
	}
	// (what a state in fact declared is a secession, not also a
	// country's independence)
	rels = slices.DeleteFunc(rels, func(r rel) bool {
		return r.pred == schema.GainedIndependenceFrom && deFacto(r.subj) && slices.ContainsFunc(rels, func(q rel) bool {
			return q.pred == schema.SecededFrom && q.subj == r.subj && q.obj == r.obj
		})
	})
	// "North Korea rejected an offer by Takaichi to hold a summit with
	// Kim Jong Un": a leader does not meet the state he leads
	rels = slices.DeleteFunc(rels, func(r rel) bool {
		return r.pred == schema.MetWith && (r.subj.typ == schema.Person && d.ledCountry(r.subj) == r.obj || r.obj.typ == schema.Person && d.ledCountry(r.obj) == r.subj)
	})
	// "Egyptian and Qatari mediators opened a new round of talks": the
	// mediators are on one side, not parties to each other
	rels = slices.DeleteFunc(rels, func(r rel) bool {
		return (r.pred == schema.NegotiatingWith || r.pred == schema.MetWith) && s.mediatorFor(r.subj) && s.mediatorFor(r.obj)
	})
	// "Qi Zhenhong requested a meeting with Dissanayake": a meeting asked
	// for is a contact, not yet a meeting
	for i, r := range rels {
		if (r.pred == schema.MetWith || r.pred == schema.NegotiatingWith) && s.requestedBefore(r.trigFrom) {
			rels[i].pred = schema.Contacted
			rels[i].rule += "+request"
		}
	}
	// "Trump threatened in July to raise tariffs on Mexican imports": a
	// measure or an attack only threatened is a threat to its target
	for i, r := range rels {
		if (r.pred == schema.Sanctioned || r.pred == schema.Attacked) && s.threatenedTo(r.trigFrom) {
			rels[i].pred = schema.Threatened
			rels[i].rule += "+threat"
		}
	}
	// "Singson, who is in Manila": a person in a town of the person's own
	// country is at home, no visitor
	rels = slices.DeleteFunc(rels, func(r rel) bool {
		if r.pred != schema.Visited || r.subj.typ != schema.Person || !copulaVerbs[s.lower(r.trigFrom)] {
			return false
		}
		c, pc := d.personCountry(r.subj), d.placeCountry(r.obj)
		return c != nil && c == pc
	})
	// "Nawrocki hosted Zelensky in Warsaw": the guest visited the place
	for _, r := range rels {
		if r.pred == schema.MetWith && r.obj.typ == schema.Person && strings.HasPrefix(s.lower(r.trigFrom), "host") {
			if p := s.hostedIn(r); p != nil {
				v := r
				v.pred, v.obj, v.subj, v.rule, v.conf = schema.Visited, p, r.obj, r.rule+":guest", r.conf*0.9
				rels = append(rels, v)
			} else if c := d.ledCountry(r.subj); c != nil && s.lower(r.trigFrom) == "hosted" && !s.placeInSentence() {
				// "el-Sisi hosted Erdogan for talks": a leader hosted at
				// home when the sentence names no place (not "when Takaichi
				// hosts Lee at the summit": a plan, wherever it is held)
				if g := d.personCountry(r.obj); g != nil && g != c {
					v := r
					v.pred, v.obj, v.subj, v.rule, v.conf = schema.Visited, c, r.obj, r.rule+":guest-home", r.conf*0.8
					rels = append(rels, v)
				}
			}
		}
	}
	// whose government the sentence's officials serve: what a bare
	// "Foreign Minister X" in the next sentences serves
	for _, r := range rels {
		if (r.pred == schema.HeadOf || r.pred == schema.WorksFor) && r.subj.typ == schema.Person && r.obj.typ == schema.Country && r.role != "" {
			d.govs = append(d.govs, govMention{r.obj, d.relSent, s.otherActors(r.obj)})
			d.serves[r.subj] = r.obj
		}
	}
	// "... Bektenov rejected the accusation": an answer to the last
	// accusation (read once the sentence's officials are known)
	for i := range s.toks {
		rels = append(rels, d.rejectedAccusation(s, i)...)
		rels = append(rels, d.rejectedWarning(s, i)...)
		rels = append(rels, d.condemnedAttack(s, i)...)
	}
	for _, r := range rels {
		if r.pred == schema.Criticized && strings.Contains(r.rule, "accus") && r.rule != "rejected-accusation" {
			d.lastAccusation, d.lastAccusationAt = [2]*entity{r.subj, r.obj}, d.relSent
		}
	}
	// "Witkoff met Netanyahu in Jerusalem": a meeting in a town of
	// another country than a party's own is that party's visit (whose
	// country the gazetteer or the story gives)
	for _, r := range rels {
		if r.pred != schema.MetWith || r.subj.typ != schema.Person || r.obj.typ != schema.Person || strings.HasPrefix(s.lower(r.trigFrom), "host") {
			continue
		}
		p := s.hostedIn(r)
		if p == nil || p.typ != schema.City {
			continue
		}
		// ("denied reports that Araghchi had met Witkoff in Muscat": a
		// meeting denied is no visit denied)
		if m, _ := modalityOf(s.toks, r.clauseFrom, r.trigFrom, r.trigTo, r.factive); r.modality == schema.Negated || r.modality == "" && m == schema.Negated {
			continue
		}
		pc := d.placeCountry(p)
		for _, x := range []*entity{r.subj, r.obj} {
			if c := d.personCountry(x); c != nil && pc != nil && c != pc {
				v := r
				v.pred, v.subj, v.obj, v.rule, v.conf = schema.Visited, x, p, r.rule+":abroad", r.conf*0.8
				rels = append(rels, v)
			}
		}
	}
	// "Deby threatened to pull Chad out of the force": a leader's
	// threat about his own country is no threat to it
	rels = slices.DeleteFunc(rels, func(r rel) bool {
		return r.pred == schema.Threatened && r.subj.typ == schema.Person && r.obj.typ == schema.Country && d.personCountry(r.subj) == r.obj
	})
	return d.entail(s, rels)
}

// statements runs the relation rules on every sentence.
func (d *doc) statements(src schema.Document) []schema.Statement {
	var out []schema.Statement
	seen := map[string]int{}
	for _, s := range d.sents {
		for _, r := range d.relations(s) {
			if r.subj == nil || r.obj == nil || r.subj == r.obj {
				continue
			}
			st := d.statement(s, r, src)
			if st.Subject.IRI() == st.Object.IRI() {
				continue // a metonym made both ends one: "CANBERRA, Australia"
			}
			key := st.Subject.IRI() + "|" + string(st.Predicate) + "|" + st.Object.IRI() + "|" + string(st.Modality)
			if st.Predicate.Symmetric() && st.Object.IRI() < st.Subject.IRI() {
				key = st.Object.IRI() + "|" + string(st.Predicate) + "|" + st.Subject.IRI() + "|" + string(st.Modality)
			}
			key += "|" + strconv.Itoa(st.Start)
			if i, ok := seen[key]; ok {
				if st.Confidence > out[i].Confidence {
					out[i] = st
				}
				continue
			}
			seen[key] = len(out)
			out = append(out, st)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// entail adds what a sentence's relations imply: a capital is located in
// its country; the countries that normalize ties under a named agreement
// are parties to it; joining that is only planned or hoped for makes a
// candidate.
func (d *doc) entail(s *sentence, rels []rel) []rel {
	var agr *entity
	agrAt := -1
	for _, m := range s.ments {
		if m.ent.typ == schema.Agreement {
			agr, agrAt = m.ent, m.from
		}
	}
	if agr == nil {
		agr = d.agreementReference(s)
	}
	out := rels
	out = append(out, coSigners(rels)...)
	for _, r := range rels {
		switch r.pred {
		case schema.CapitalOf:
			e := r
			e.pred, e.rule, e.conf = schema.LocatedIn, "capital-entails-located", r.conf*0.95
			out = append(out, e)
		case schema.NormalizedRelationsWith, schema.SignedAgreementWith:
			// (not one a clause of its own names: "have never concluded a
			// treaty, and Iran has not joined the Watercourses Convention")
			if agr != nil && r.subj.typ == schema.Country && r.obj.typ == schema.Country && !(agrAt > r.trigTo && s.clauseStart(agrAt) >= r.trigTo) {
				for _, c := range []*entity{r.subj, r.obj} {
					// ("which both Kosovo and Serbia signed in a bid to
					// normalise their relations": the signing says it)
					if slices.ContainsFunc(rels, func(x rel) bool { return x.pred == schema.PartyTo && x.subj == c && x.obj == agr }) {
						continue
					}
					e := r
					e.subj, e.obj, e.pred, e.rule, e.conf = c, agr, schema.PartyTo, "agreement-frame", r.conf*0.85
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// coSigners reads the signers of one agreement that one verb names as
// having concluded it together: "Kazakhstan, Kyrgyzstan and Uzbekistan
// signed the Naryn Water and Energy Agreement".
//
// Four signers or more are a convention's parties, each bound to it
// rather than to each other ("the eight Amazon countries signed the
// Belem Declaration").
func coSigners(rels []rel) []rel {
	same := func(a, b rel) bool {
		return b.pred == schema.PartyTo && b.rule == a.rule && b.trigFrom == a.trigFrom && b.obj == a.obj
	}
	var out []rel
	for i, a := range rels {
		if a.pred != schema.PartyTo || !signingRule(a.rule) || a.subj.typ == schema.Region {
			continue
		}
		n := map[*entity]bool{}
		for _, b := range rels {
			if same(a, b) {
				n[b.subj] = true
			}
		}
		if len(n) > 3 {
			continue
		}
		for _, b := range rels[i+1:] {
			if !same(a, b) || b.subj == a.subj || b.subj.typ != a.subj.typ {
				continue
			}
			e := a
			e.obj, e.pred, e.rule, e.conf = b.subj, schema.SignedAgreementWith, "co-signers", a.conf*0.9
			out = append(out, e)
		}
	}
	return out
}

// signingRule reports whether a party_to rule reads a verb of signing.
func signingRule(rule string) bool {
	for _, v := range []string{"verb:signed", "verb:signs", "verb:sign", "verb:inked", "verb:ratified"} {
		if rule == v || strings.HasPrefix(rule, v+"+") {
			return true
		}
	}
	return false
}

// otherAgreementKind reports whether an agreement's lowercased name
// has a kind of text other than kind: "non-proliferation treaty" for
// "accord".
func otherAgreementKind(name, kind string) bool {
	for _, k := range agreementNouns {
		if k != "" && k != kind && strings.Contains(name, k) {
			return true
		}
	}
	return false
}

// agreementReference resolves "the accords", "this initiative", "the deal"
// to the last agreement named in the document before this sentence.
func (d *doc) agreementReference(s *sentence) *entity {
	last := d.lastEarlier(d.relSent, func(m *mention) bool { return m.ent.typ == schema.Agreement })
	if last == nil {
		return nil
	}
	name := strings.ToLower(last.name)
	for i, t := range s.toks {
		if _, ok := agreementNouns[t.Lower]; !ok || i == 0 {
			continue
		}
		// ("Egypt signed the pact with Somalia": a deal its partner
		// names, not the last one named)
		if i+1 < len(s.toks) && (s.toks[i+1].Lower == "with" || s.toks[i+1].Lower == "between") {
			continue
		}
		// ("the accord" after "the Non-Proliferation Treaty": a noun of
		// another kind names another text; "the accord" may still be the
		// Bougival Agreement)
		if n := agreementNouns[t.Lower]; n != "" && !strings.Contains(name, n) && otherAgreementKind(name, n) {
			continue
		}
		// "the accords", "this diplomatic initiative", "the Abraham deal";
		// not "the ceasefire agreement", which names another one.
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := s.toks[k].Lower
			if w == "the" || w == "this" || w == "these" {
				// ("signed a memorandum in 2019; Greece rejected the deal")
				if agreementNouns[t.Lower] == "" && s.indefiniteAgreementBefore(k) {
					return nil
				}
				return last
			}
			if !strings.Contains(name, w) && w != "diplomatic" && w != "historic" && w != "original" {
				break
			}
		}
	}
	return nil
}

func (d *doc) statement(s *sentence, r rel, src schema.Document) schema.Statement {
	var mod schema.Modality
	var cue string
	if r.modality != "" {
		mod = r.modality
	} else if r.factive && !strings.Contains(r.rule, ":") {
		// noun-phrase rules: only negation inside the phrase, and attribution
		mod, cue = modalityOf(s.toks, r.trigFrom, r.trigFrom, r.trigTo, true)
	} else {
		mod, cue = modalityOf(s.toks, r.clauseFrom, r.trigFrom, r.trigTo, r.factive)
	}
	// "an upcoming visit to China by Trump", "prepare for a visit": a
	// noun trigger's own modifiers plan it
	if (mod == schema.Asserted || mod == schema.Reported) && r.clauseFrom == r.trigFrom && !r.factive {
		if c := s.plannedNoun(r.trigFrom); c != "" {
			mod, cue = schema.Planned, c
		}
	}
	// "Poland would keep supporting Ukraine's bid", "will continue to
	// negotiate with": an act that goes on is stated, not planned
	if (mod == schema.Planned || mod == schema.Hedged) && (cue == "will" || cue == "would") && s.continuing(r.trigFrom) {
		mod, cue = modalityOf(s.toks, r.clauseFrom, r.trigFrom, r.trigTo, true)
	}
	// "agreed to meet again in September", "agreed to resume talks": a
	// meeting or talks agreed on are still to come
	// ("agreed on Monday to open talks": a time between dates the
	// agreement, not the talks)
	timeFrom := 0
	// ("Romania agreed last year to buy 32 F-35 fighter jets from the
	// United States": a purchase to come)
	if k := s.agreedTo(r.trigFrom); k >= 0 && (mod == schema.Asserted || mod == schema.Reported) && (r.pred == schema.MetWith || r.pred == schema.NegotiatingWith || r.pred == schema.ImportsFrom) {
		mod, cue = schema.Planned, s.lower(k)+" to"
		timeFrom = r.trigFrom
	}
	// "Milei flies to Switzerland on Wednesday night": a journey in the
	// present tense with a day that may come after the text is a
	// schedule (not "Milei visits Davos": no day to come)
	if (mod == schema.Asserted || mod == schema.Reported) && r.pred == schema.Visited && travelPresent[s.lower(r.trigFrom)] && timed(r) {
		if fut := nearestTime(s, r, true, 0); len(fut) == 10 && !d.pub.IsZero() && fut >= d.pub.Format(time.DateOnly) {
			mod, cue = schema.Planned, "present-schedule"
		}
	}
	// "Honduras and Belize could be invited to join the accord": a
	// candidacy that only may come about
	// (not a status a rule knows is held: "could revoke Georgia's EU
	// candidate status")
	if r.pred == schema.CandidateFor && (mod == schema.Asserted || mod == schema.Reported) && r.modality == "" {
		if i, c := findCueOutside(s.toks, r.clauseFrom, r.trigFrom, r.trigFrom, hedgeCues); i >= 0 && possibilityCues[c[0]] {
			mod, cue = schema.Hedged, c[0]
		}
	}
	// "In 2023, Azerbaijan will retake Karabakh": a future tense about a
	// year already past when the text was written narrates history (a
	// month or a weekday read as the next one: "will join in December")
	if mod == schema.Planned && (cue == "will" || cue == "would") && timed(r) {
		if t := nearestTime(s, r, true, 0); len(t) >= 4 && t[:4] < d.now.Format("2006") {
			mod, cue = schema.Asserted, "historical-future"
		}
	}
	// "BHUTAN TO SELL HYDROPOWER TO BANGLADESH": a headline's "to" and a
	// verb is what will happen
	if mod == schema.Asserted && r.trigFrom > 0 && s.lower(r.trigFrom-1) == "to" && shouting(s.toks) {
		mod, cue = schema.Planned, "headline-to"
	}
	// "Libya signed the convention in 1984 but has never ratified it":
	// a signatory that has not ratified is no party
	if r.pred == schema.PartyTo && (mod == schema.Asserted || mod == schema.Reported) && s.signedNotRatified(r) {
		mod, cue = schema.Negated, "not-ratified"
	}
	// "did not restore relations until April 2023": it happened then
	if mod == schema.Negated && (cue == "not" || cue == "n't") && s.pastUntil(r) {
		mod, cue = schema.Asserted, "not-until"
	}
	// "accuses Iran of arming the Houthis, a charge Iran denies": the
	// one it is said of denies it
	// (a title the accusation names is no part of the charge: "accused
	// President Nicolas Maduro of leading a cartel, a charge he denies")
	if (mod == schema.Asserted || mod == schema.Reported) && !(r.factive && !strings.Contains(r.rule, ":")) && d.deniedBy(s, r) {
		mod, cue = schema.Negated, "denies"
	}
	// "the protocol commits the two governments to share intelligence
	// and to restore full relations": what a text binds its parties to
	// is still to come
	if (mod == schema.Asserted || mod == schema.Reported) && !r.factive && strings.Contains(r.rule, ":") && r.pred != schema.PartyTo {
		if c := s.boundTo(r.trigFrom); c != "" {
			mod, cue = schema.Planned, c
		}
	}
	// "a Chinese attack on Taiwan could justify a response": an event
	// noun that is the subject of a modal is only supposed
	if (mod == schema.Asserted || mod == schema.Reported) && s.hypotheticalEvent(r.trigFrom, r.trigTo) {
		mod, cue = schema.Hedged, "hypothetical"
	}
	// "Museveni, who had been expected to travel to Dar es Salaam, did
	// not attend": a plan the main clause says was not carried out
	if (mod == schema.Hedged || mod == schema.Planned) && s.planNotKept(r) {
		mod, cue = schema.Negated, "did-not-attend"
	}
	// "plan to sign a memorandum when Whipps visits Tokyo in March": a
	// present tense after "when" hangs on a plan
	// (not a membership: "a visit next year, when the Philippines chairs
	// ASEAN" plans the chair, not the joining)
	if (mod == schema.Asserted || mod == schema.Reported) && r.pred != schema.MemberOf && r.pred != schema.PartyTo {
		if m := s.plannedWhen(r); m != "" {
			mod, cue = m, string(m)+"-when"
		}
	}
	// "will travel on Wednesday to Paris", "is expected to visit
	// Washington in December": the next Wednesday and December
	future := mod == schema.Planned || mod == schema.Hedged && strings.HasPrefix(cue, "expect")
	// Joining an agreement that is planned or hoped for is a candidacy;
	// signing or ratifying a text that is planned stays a (planned) party
	// to it: "Pretoria would sign the agreement next week". Joining a
	// body that is planned or may come is a planned or hedged membership
	// ("Montenegro and Albania could join the European Union", "aims to
	// join the bloc in 2028"), unless a bid or an application is what is
	// stated ("its bid to become a full member of the Pacific Alliance").
	// ("Denmark could join the agreement at a later stage": a joining
	// that only may happen is no candidacy yet, a hedged one)
	if (r.pred == schema.PartyTo || r.pred == schema.MemberOf && s.bidBefore(r.trigFrom)) && (mod == schema.Planned || mod == schema.Hedged) && !s.signing(r) {
		r.pred = schema.CandidateFor
		if !(mod == schema.Hedged && possibilityCues[cue]) {
			mod, cue = modalityOf(s.toks, r.clauseFrom, r.trigFrom, r.trigTo, true)
		}
	}
	conf := r.conf
	switch mod {
	case schema.Reported:
		conf *= 0.95
	case schema.Hedged, schema.Planned:
		conf *= 0.9
	}
	if r.subj.entry == nil {
		conf *= 0.9
	}
	if r.obj.entry == nil {
		conf *= 0.9
	}
	rule := r.rule
	if cue != "" {
		rule += "+" + string(mod) + "(" + cue + ")"
	}
	st := schema.Statement{
		Subject:    r.subj.schemaEntity(d.g),
		Predicate:  r.pred,
		Object:     r.obj.schemaEntity(d.g),
		Modality:   mod,
		Role:       r.role,
		Commodity:  r.commodity,
		Confidence: round2(conf),
		Rule:       rule,
		Sentence:   s.Text,
		Start:      s.Start,
		End:        s.End,
		Doc:        src,
	}
	if timed(r) {
		st.Time = nearestTime(s, r, future, timeFrom)
		// "are among the signatories of the Yaounde Code of Conduct, a
		// 2013 pact": a party since the year the apposition gives the text
		if st.Time == "" && r.pred == schema.PartyTo {
			st.Time = s.agreementYear(r.obj)
		}
		// "has appointed X as ambassador": a present perfect tells of
		// what was done by the day of publication
		if st.Time == "" && (mod == schema.Asserted || mod == schema.Reported) && strings.HasPrefix(r.rule, "appointed-") && !d.pub.IsZero() && (s.lower(r.trigFrom-1) == "has" || s.lower(r.trigFrom-1) == "have") {
			st.Time = d.pub.Format(time.DateOnly)
			st.Rule += "+time(published)"
		}
		// "Tokayev ... signed the Tashkent Declaration": an event the
		// story tells in the simple past with no time of its own happened
		// on the day the lead gives the story's event, else by the day it
		// was published; the rule says which
		// "Ali and Maduro met in 2023. They signed ...": a sentence that
		// opens by referring back to the people or countries of the one
		// before goes on with its story, and with its time
		// (a post served in is no event of the story's day)
		if st.Time == "" && (mod == schema.Asserted || mod == schema.Reported) && r.rule != servedUnderRule && (s.simplePast(r.trigFrom) || strings.Contains(r.rule, ":") && s.pastLightVerb(r.trigFrom)) {
			if t := d.continuedTime(s); t != "" {
				st.Time = t
				st.Rule += "+time(previous)"
			} else if t := d.leadDay(); t != "" {
				// "Ireland and Britain signed an agreement on Thursday":
				// the day of the story's main event, as its lead gives it
				st.Time = t
				st.Rule += "+time(lead)"
			} else if !d.pub.IsZero() {
				st.Time = d.pub.Format(time.DateOnly)
				st.Rule += "+time(published)"
			}
		}
	}
	return st
}

// denialNouns head a tail that names a claim: ", a charge Kigali denies".
var denialNouns = map[string]bool{"charge": true, "claim": true, "accusation": true, "allegation": true, "assertion": true}

// denyVerbs deny a claim.
var denyVerbs = map[string]bool{"denies": true, "denied": true, "deny": true, "rejects": true, "rejected": true, "dismisses": true, "dismissed": true, "disputes": true}

// claimNounAfter returns the index of the noun naming a claim right after
// the comma at token k (", a charge", ", an accusation", ", claim"), or -1.
func (s *sentence) claimNounAfter(k int) int {
	switch {
	case denialNouns[s.lower(k+1)]:
		return k + 1
	case (s.lower(k+1) == "a" || s.lower(k+1) == "an") && denialNouns[s.lower(k+2)]:
		return k + 2
	}
	return -1
}

// deniedBy reports whether the sentence ends in a denial by the
// relation's subject after the relation: "..., a charge Abu Dhabi
// denies", "..., which Kigali has denied", "..., an accusation that
// Caracas rejects".
func (d *doc) deniedBy(s *sentence, r rel) bool {
	for k := r.trigTo; k+2 < len(s.toks); k++ {
		// ("met Trump in May, but the meeting turned tense when Trump
		// confronted him with claims ..., which Ramaphosa rejected": a
		// denial past another clause is of what that clause says)
		if laterClause[s.lower(k)] {
			return false
		}
		if s.lower(k) != "," {
			continue
		}
		j := k + 1
		if s.lower(j) == "which" {
			j++
		} else if n := s.claimNounAfter(k); n >= 0 {
			j = n + 1
			if n == k+2 && s.lower(j) == "that" { // "an accusation that"
				j++
			}
		} else {
			continue
		}
		m := s.mentionAt(j)
		if m == nil || m.from != j {
			continue
		}
		v := m.to
		if s.lower(v) == "has" || s.lower(v) == "have" || s.lower(v) == "had" || s.lower(v) == "strongly" || s.lower(v) == "repeatedly" {
			v++
		}
		if s.lower(v) == "strongly" || s.lower(v) == "repeatedly" {
			v++
		}
		if !denyVerbs[s.lower(v)] {
			continue
		}
		for _, e := range m.ents() {
			if e == r.subj || d.metonym(e, isActor) == r.subj {
				return true
			}
			// "Iran denies": a country denies for its leader or body
			if r.subj.typ == schema.Person && d.ledCountry(r.subj) == e {
				return true
			}
		}
		return false
	}
	return false
}

// laterClause are the words that open a clause of its own after a
// relation.
var laterClause = setOf(`but when while whereas although though ; because`)

// isActor reports whether e can act politically (schema's IsActor).
func isActor(e *entity) bool { return e.typ.IsActor() }

// continuedTime returns the one time the sentence before s gives outside
// its dateline, when s opens with a pronoun or a group that refers back
// ("They", "He", "The two leaders"); "" otherwise.
func (d *doc) continuedTime(s *sentence) string {
	if len(s.ments) == 0 {
		return ""
	}
	m := s.ments[0]
	if m.from > 1 || m.from == 1 && s.lower(0) != "the" || !m.pronoun && len(m.members) < 2 || m.poss {
		return ""
	}
	if d.relSent < 2 {
		return ""
	}
	prev := d.sents[d.relSent-2] // s is sentence d.relSent
	t := ""
	for _, x := range prev.times {
		if x.From <= prev.datelineEnd && prev.datelineEnd > 0 {
			continue
		}
		if t != "" && x.Value != t {
			return ""
		}
		t = x.Value
	}
	return t
}

// possibilityCues hedge what only may happen.
var possibilityCues = map[string]bool{"could": true, "may": true, "might": true}

// leadDay is the day the story's lead gives its event ("signed an
// agreement on Thursday"): the first full date in the first sentences,
// within a week before publication; "" when there is none.
func (d *doc) leadDay() string {
	if d.pub.IsZero() {
		return ""
	}
	i := 0
	for _, s := range d.sents {
		// ("Published: 2025-08-22", "By Lucia Arrocha": the lines under a
		// headline give no event)
		if s.metaLine() {
			continue
		}
		if i++; i > 2 {
			break
		}
		for _, x := range s.times {
			if x.From <= s.datelineEnd && s.datelineEnd > 0 || len(x.Value) != len(time.DateOnly) {
				continue
			}
			t, err := time.Parse(time.DateOnly, x.Value)
			if err != nil || t.After(d.pub) || d.pub.Sub(t) > 7*24*time.Hour {
				continue
			}
			return x.Value
		}
	}
	return ""
}

// metaLine reports a line of the article's header: a date with at most
// a label ("Published: 2025-08-22") or a byline ("By Lucia Arrocha").
func (s *sentence) metaLine() bool {
	if len(s.toks) > 0 && s.toks[0].Lower == "by" && len(s.toks) <= 6 && !strings.HasSuffix(s.Text, ".") {
		return true
	}
	if len(s.times) == 0 {
		return false
	}
	for k, t := range s.toks {
		if s.isTimeTok(k) || !t.Word || metaLabels[t.Lower] {
			continue
		}
		return false
	}
	return true
}

var metaLabels = setOf(`published updated posted date on last modified`)

// simplePast reports whether the verb at token i is in the simple past
// ("signed", "held talks"), not a past perfect ("had signed"), which
// tells of what came before the story, nor a participle.
func (s *sentence) simplePast(i int) bool {
	// "The agreement was signed by ...": a passive in the simple past
	if s.tag(i) == "VBN" && (s.lower(i-1) == "was" || s.lower(i-1) == "were") {
		return true
	}
	if s.tag(i) != "VBD" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.lower(k) {
		case "had", "'d", "has", "have":
			return false
		}
	}
	return true
}

// pastLightVerb reports whether a noun trigger at token i is the object
// of a verb in the simple past just before it: "held separate talks
// with", "signed a memorandum with".
func (s *sentence) pastLightVerb(i int) bool {
	if !strings.HasPrefix(s.tag(i), "NN") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.mentionAt(k) != nil || !s.toks[k].Word {
			return false
		}
		if s.tag(k) == "VBD" {
			return s.simplePast(k)
		}
	}
	return false
}

// agreementYear is the year an apposition right after the agreement's
// name gives it ("the Yaounde Code of Conduct, a 2013 pact"), or the
// time of a relative clause there ("the Brussels Agreement, which the EU
// brokered in 2013,"), or "".
func (s *sentence) agreementYear(agr *entity) string {
	for _, m := range s.ments {
		if m.ent != agr || s.lower(m.to) != "," {
			continue
		}
		k := m.to + 1
		// ("Under the Brussels Agreement, which the EU brokered in 2013,
		// Serbia and Kosovo pledged": the time of the relative clause)
		if s.lower(k) == "which" {
			end := k
			for end < len(s.toks) && s.lower(end) != "," {
				end++
			}
			for _, t := range s.times {
				if t.From > k && t.To <= end {
					return t.Value
				}
			}
			continue
		}
		if w := s.lower(k); w != "a" && w != "an" && w != "the" {
			continue
		}
		y := s.lower(k + 1)
		if isYear(y) && (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && (agreementHeads[s.lower(k+2)] || agreementHeads[s.lower(k+3)]) {
			return y
		}
	}
	return ""
}

// travelPresent are journeys in the present tense: "flies to Davos on
// Wednesday" is a schedule.
var travelPresent = setOf(`flies travels heads visits leaves arrives goes returns tours`)

// timed reports whether a relation is an event with a time (not a title
// or a standing fact).
func timed(r rel) bool {
	switch r.pred {
	case schema.HeadOf, schema.WorksFor:
		// "has appointed Nuh Yilmaz as Turkey's ambassador": a post
		// given is an event with a time
		// ("then-President X": the post at the time of the clause)
		// ("served as Castillo's prime minister in 2022": a post held
		// then)
		return strings.HasPrefix(r.rule, "appointed-") || strings.HasPrefix(r.rule, "then-") || r.rule == servedUnderRule
	case schema.CapitalOf, schema.LocatedIn, schema.Borders, schema.CitizenOf, schema.BasedIn:
		return false
	}
	// the members an aside names ("named for founding members ...") are
	// not dated by the time of the clause around it, nor is a backer or
	// an occupier a modifier names ("the Iran-backed group that fought a
	// war in 2024")
	switch r.rule {
	case "bloc-aside", "backed-modifier", "apposition-backed", "occupied-modifier":
		return false
	}
	return true
}

// nearestTime is the time expression nearest the trigger, read forward
// when the statement speaks of the future. The date of a dateline
// ("PARIS, Feb 18 (Wire) -") dates the lead only when the lead gives no
// time of its own ("hosted leaders ... on Monday"). Times that start
// before token after are not read ("agreed on Monday to open talks"
// dates the agreement, not the talks).
func nearestTime(s *sentence, r rel, future bool, after int) string {
	// "seized Crimea in 2014 and now occupies large parts of Kherson": a
	// state that holds now takes no time from the clause before
	if w := s.lower(r.trigFrom - 1); (w == "now" || w == "currently") && r.trigFrom > 0 {
		after = max(after, r.trigFrom)
	}
	if t, ok := s.imposedAt(r); ok {
		return t
	}
	best, bestDist := "", 1<<30
	own := false
	for _, t := range s.times {
		if t.From >= after && t.From > s.datelineEnd && !s.aside(t.From, t.To, r.trigFrom, r.trigTo) {
			own = true
		}
	}
	for _, t := range s.times {
		if t.From < after || s.aside(t.From, t.To, r.trigFrom, r.trigTo) || own && s.datelineEnd > 0 && t.To <= s.datelineEnd {
			continue
		}
		dist := 0
		switch {
		case t.To <= r.trigFrom:
			dist = r.trigFrom - t.To + 1
			// "regained independence in 1991 and joined NATO in 2004": a
			// time before an "and" dates the verb before it
			for k := t.To; k < r.trigFrom; k++ {
				if w := s.lower(k); w == "and" || w == "but" || w == ";" {
					dist += 8
					break
				}
			}
		case t.From >= r.trigTo:
			dist = t.From - r.trigTo
			// "will supply gas to Vietnam under an agreement signed in
			// Hanoi on Thursday": the time of the deal's signing
			if r.pred != schema.SignedAgreementWith && r.pred != schema.PartyTo && s.dealParticipleBetween(r.trigTo, t.From) {
				continue
			}
		}
		if dist < bestDist {
			best, bestDist = t.Value, dist
			if future && t.Future != "" {
				best = t.Future
			}
		}
	}
	return best
}

// imposedAt gives the time of a measure that a relative clause after its
// targets dates: "an exemption from U.S. sanctions on Rosneft and Lukoil,
// which Washington imposed in October 2025".
func (s *sentence) imposedAt(r rel) (string, bool) {
	if r.pred != schema.Sanctioned || !measureNouns[s.lower(r.trigFrom)] {
		return "", false
	}
	for c := r.trigTo; c < len(s.toks)-1 && c < r.trigTo+12; c++ {
		if s.lower(c) != "," {
			continue
		}
		if s.lower(c+1) != "which" {
			return "", false
		}
		for k := c + 2; k < len(s.toks) && k < c+6; k++ {
			if !imposeVerbs[s.lower(k)] {
				continue
			}
			for _, t := range s.times {
				if t.From > k && t.From <= k+3 {
					return t.Value, true
				}
			}
			return "", false
		}
		return "", false
	}
	return "", false
}

var imposeVerbs = setOf(`imposed introduced adopted announced slapped extended renewed`)

// aside reports whether tokens [from, to) lie in an apposition or a
// relative clause set off by commas that does not hold the trigger
// [tf, tt): "Georgia, a candidate since 2023, was criticized" does not date
// the criticism.
func (s *sentence) aside(from, to, tf, tt int) bool {
	opens := func(c int) bool {
		switch s.lower(c + 1) {
		case "a", "an", "the", "who", "which", "whose", "where", "whom":
			return true
		}
		// "signed the declaration, under which they will send officers
		// from March": a relative clause after a preposition
		w := s.lower(c + 2)
		return (w == "which" || w == "whom") && s.tag(c+1) == "IN"
	}
	lo, hi := tt, from // the aside opens after the trigger...
	if to <= tf {
		lo, hi = 0, from // ...or before it, and closes before it
		closed := false
		for k := to; k < tf; k++ {
			if s.lower(k) == "," {
				closed = true
				break
			}
		}
		if !closed {
			return false
		}
	}
	for c := hi - 1; c >= lo; c-- {
		if s.lower(c) == "," && !s.listComma(c) {
			return opens(c)
		}
	}
	return false
}

// listComma reports whether the comma at c joins the items of a list of
// names ("leaders from Germany, the United Kingdom and Poland"), not an
// aside: a name before it, and after it a name followed by "and", "or" or
// another comma.
func (s *sentence) listComma(c int) bool {
	if p := s.mentionAt(c - 1); p == nil || p.to != c {
		return false
	}
	k := c + 1
	if s.lower(k) == "the" {
		k++
	}
	n := s.mentionAt(k)
	if n == nil || n.from != k {
		return false
	}
	switch s.lower(n.to) {
	case "and", "or", ",":
		return true
	}
	return false
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// ellipsis gives the subjects of "..., as are its neighbours South Africa,
// Zimbabwe and Tanzania" and "..., and so does Japan" what the clause
// before says of its subject: the same relation, the same cues.
func (s *sentence) ellipsis(rels []rel) []rel {
	for k := 1; k+2 < len(s.toks); k++ {
		w, aux := s.lower(k), s.lower(k+1)
		// ("and neither do Russia and China" keeps the clause's negation)
		if !(w == "as" && s.lower(k-1) == "," || (w == "so" || w == "neither" || w == "nor") && (s.lower(k-1) == "and" || s.lower(k-1) == "," || w == "nor")) {
			continue
		}
		switch aux {
		case "are", "is", "was", "were", "do", "does", "did", "have", "has", "had":
		default:
			continue
		}
		j := k + 2
		for n := 0; n < 3 && s.mentionAt(j) == nil && s.plainWord(j); n++ {
			j++ // "its neighbours", "fellow members"
		}
		if m := s.mentionAt(j); m != nil && m.pronoun && m.poss {
			j = m.to
			for n := 0; n < 2 && s.mentionAt(j) == nil && s.plainWord(j); n++ {
				j++
			}
		}
		m := s.mentionAt(j)
		if m == nil || m.from != j || !usable(m) || m.poss {
			continue
		}
		var out []rel
		for _, r := range rels {
			if r.trigTo > k || !strings.HasPrefix(r.rule, "verb:") {
				continue
			}
			for _, x := range s.coordinated(m, len(s.toks)) {
				for _, e := range x.ents() {
					if e != r.subj && e != r.obj && e.typ == r.subj.typ {
						c := r
						c.subj, c.rule = e, r.rule+"+ellipsis"
						out = append(out, c)
					}
				}
			}
		}
		return out
	}
	return nil
}

// signing reports whether r's trigger signs or ratifies a text ("sign",
// "ratified", "inked") rather than joins a body or a treaty.
func (s *sentence) signing(r rel) bool {
	for k := r.trigFrom; k < r.trigTo; k++ {
		if w := s.lower(k); strings.HasPrefix(w, "sign") || strings.HasPrefix(w, "ratif") || strings.HasPrefix(w, "ink") {
			return true
		}
	}
	return false
}

// signedNotRatified reports a signing that a "but" clause says was not
// followed by ratification: "signed the treaty in 1999 but has never
// ratified it", "signed but not yet ratified the convention".
func (s *sentence) signedNotRatified(r rel) bool {
	if !strings.HasPrefix(s.lower(r.trigFrom), "sign") {
		return false
	}
	for k := r.trigTo; k < len(s.toks) && k < r.trigTo+16; k++ {
		if w := s.lower(k); w == ";" || w == "." || w == "and" {
			return false
		}
		if s.lower(k) != "but" {
			continue
		}
		neg := false
		for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
			w := s.lower(j)
			if w == "never" || w == "not" || w == "n't" || w == "yet" {
				neg = true
			} else if strings.HasPrefix(w, "ratif") {
				return neg
			}
		}
		return false
	}
	return false
}

// bidBefore reports a bid, a request or an application just before the
// trigger at from: "its bid to become a full member of", "is seeking to
// join", "applied to join".
func (s *sentence) bidBefore(from int) bool {
	k := from - 1
	for k >= 0 && bidFillers[s.lower(k)] {
		k--
	}
	return k >= 0 && bidWords[s.lower(k)]
}

var bidFillers = setOf(`to become a an full formal permanent its their his her`)

var bidWords = setOf(`bid bids application applications applied apply applies applying seek seeks seeking sought request requested campaign`)

// talksTrigger reports whether r's trigger speaks of talks or
// discussions ("held talks with", "talks between") rather than of
// negotiating.
func (s *sentence) talksTrigger(r rel) bool {
	for k := r.trigFrom; k < r.trigTo; k++ {
		if w := s.lower(k); w == "talks" || w == "discussions" {
			return true
		}
	}
	return false
}

// pastUntil reports a past negation that "until" and a time lift: "did
// not restore diplomatic relations until April 2023" says they were
// restored then ("will not recognize Israel until ..." is a condition).
func (s *sentence) pastUntil(r rel) bool {
	past := false
	for k := max(r.trigFrom-4, r.clauseFrom); k < r.trigFrom; k++ {
		switch s.lower(k) {
		case "did", "didn't", "had", "hadn't", "was", "were", "wasn't", "weren't":
			past = true
		}
	}
	if !past {
		return false
	}
	for k := r.trigTo; k < len(s.toks) && k < r.trigTo+8; k++ {
		switch w := s.lower(k); {
		case w == "until" || w == "till":
			return s.isTimeTok(k+1) || s.isTimeTok(k+2)
		case w == "," || w == ";" || w == "." || w == "but" || w == "and":
			return false
		}
	}
	return false
}

// placeInSentence reports whether the sentence names a town, a region
// or a facility (not as a demonym).
func (s *sentence) placeInSentence() bool {
	for _, m := range s.ments {
		if !m.demonym && (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Facility) {
			return true
		}
	}
	return false
}

// hostedIn returns the place after the guest of a hosting relation r:
// "hosted Zelensky in Warsaw", "hosted Anwar in Jakarta in June".
func (s *sentence) hostedIn(r rel) *entity {
	for _, m := range s.ments {
		if m.from < r.trigTo || m.ent != r.obj {
			continue
		}
		at := m.to
		// "hosted Putin at Joint Base Elmendorf-Richardson in Anchorage":
		// the town after the venue
		if s.lower(at) == "at" {
			for k := at + 1; k < len(s.toks) && k < at+8; k++ {
				if w := s.lower(k); w == "in" {
					at = k
					break
				} else if !s.toks[k].Word || w == "and" || w == "for" || w == "to" {
					break
				}
			}
		}
		if w := s.lower(at); w == "," || w == "and" {
			// ("hosted Mali's president, General Assimi Goita, and Burkina
			// Faso's president, Captain Ibrahim Traore, at the ceremony in
			// Niamey": past the guests' appositions and the list)
			if at = s.inAfterGuests(at); at < 0 {
				return nil
			}
		}
		if s.lower(at) != "in" {
			return nil
		}
		// "met Svyrydenko in the western Ukrainian city of Uzhhorod"
		if s.lower(at+1) == "the" {
			for k := at + 2; k < len(s.toks) && k < at+6; k++ {
				if townNouns[s.lower(k)] && s.lower(k+1) == "of" {
					at = k + 1
					break
				}
				if !s.toks[k].Word {
					break
				}
			}
		}
		p := s.mentionAt(at + 1)
		if p == nil || p.from != at+1 || p.poss || p.demonym || p.ent.typ != schema.City && p.ent.typ != schema.Country {
			return nil
		}
		return p.ent
	}
	return nil
}

// inAfterGuests finds the "in" that places a meeting after the guest
// list that goes on at token k: commas, "and", names, titles and a short
// "at"/"for" phrase ("at the ceremony", "for Tuesday's summit") may come
// between; a verb, a clause word or the sentence's end stops it. -1 when
// there is none.
func (s *sentence) inAfterGuests(k int) int {
	venue := 0 // words of the "at"/"for" phrase
	for end := k + 30; k < len(s.toks) && k < end; k++ {
		w := s.lower(k)
		switch {
		case w == "in":
			return k
		case w == "at" || w == "for":
			venue = 1
		case venue > 0 && venue <= 4 && s.toks[k].Word && !finiteVerb(s, k):
			venue++
		case w == "," || w == "and" || possMark[w] || s.mentionAt(k) != nil || titleWords[w] || s.toks[k].Cap && !finiteVerb(s, k):
		default:
			return -1
		}
	}
	return -1
}

// personCountry is the country a person leads or serves, as the
// gazetteer or the story so far gives it; nil when unknown.
func (d *doc) personCountry(p *entity) *entity {
	if c := d.ledCountry(p); c != nil {
		return c
	}
	if c := d.serves[p]; c != nil {
		return c
	}
	if p.entry != nil && p.entry.WorksFor != "" {
		if e, ok := d.g.Get(p.entry.WorksFor); ok && e.Type == schema.Country {
			return d.fromEntry(e)
		}
	}
	return nil
}

// copulaVerbs open "was in Brussels", "will be in Osaka".
var copulaVerbs = map[string]bool{"was": true, "is": true, "were": true, "are": true, "will": true}

// signerRole reports whether an official with this title signs
// agreements for the country served: ministers, secretaries of state,
// ambassadors and envoys, not spokesmen or advisers.
func signerRole(title string) bool {
	ws := strings.Fields(title)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "minister", "secretary", "ambassador", "envoy", "representative":
		return true
	}
	return false
}

// signer is the country a person signs for: the one led, else the one
// the person's ministry or embassy serves.
func (d *doc) signer(p *entity) *entity {
	if c := d.ledCountry(p); c != nil {
		return c
	}
	return d.signsFor[p]
}

// placeCountry is the country a town or region lies in, as the
// gazetteer gives it: its country, else the country it is the capital
// of.
func (d *doc) placeCountry(p *entity) *entity {
	if p.entry != nil && p.entry.Country != "" {
		if e, ok := d.g.Get(p.entry.Country); ok && e.Type == schema.Country {
			return d.fromEntry(e)
		}
		return nil
	}
	return d.capitalCountry(p)
}

// plannedWhen returns the modality of the main clause when the trigger
// of r is a present tense in a clause of time ("when", "once", "after",
// "before") whose main clause is planned or expected: "will sign a
// memorandum when Whipps visits Tokyo" (planned), "is expected to raise
// it with Rubio when the two meet" (hedged); else "".
func (s *sentence) plannedWhen(r rel) schema.Modality {
	k := r.clauseFrom
	if w := s.lower(k); !(w == "when" || w == "once" || w == "after" || w == "before") || k == 0 {
		return ""
	}
	// ("when the two meet": the tagger may read the verb after a group
	// as a noun)
	if tag := s.tag(r.trigFrom); tag != "VBZ" && tag != "VBP" && !(s.groupBefore(r.trigFrom) && nounOrVerb[s.lower(r.trigFrom)]) {
		return ""
	}
	if i, _ := findCue(s.toks, s.clauseStart(k), k, planCues); i >= 0 {
		return schema.Planned
	}
	if i, _ := findCue(s.toks, s.clauseStart(k), k, hedgeCues); i >= 0 {
		return schema.Hedged
	}
	return ""
}

// planNotKept reports whether the trigger of r is in a relative clause
// opened by "who" and closed by a comma, after which the main clause
// says the plan was not kept: "Museveni, who had been expected to travel
// to Dar es Salaam, did not attend".
func (s *sentence) planNotKept(r rel) bool {
	if s.lower(r.clauseFrom) != "who" || s.lower(r.clauseFrom-1) != "," {
		return false
	}
	k := r.trigTo
	for k < len(s.toks) && s.lower(k) != "," {
		k++
	}
	k++ // the main clause's verb phrase
	switch w, next := s.lower(k), s.lower(k+1); {
	case (w == "did" || w == "could") && (next == "not" || next == "n't"), w == "failed" && next == "to":
		return attendVerbs[s.lower(k+2)]
	case w == "never":
		return attendVerbs[next]
	}
	return false
}

// attendVerbs are what a guest does by coming: "did not attend", "failed
// to show up".
var attendVerbs = setOf(`attend come go travel arrive show turn make appear attended came went travelled traveled arrived showed turned appeared`)

// dealParticipleBetween reports a deal's participle between tokens from
// and to, with no comma after it ("an agreement signed in Hanoi on", "the
// accord reached"): what follows dates the deal.
func (s *sentence) dealParticipleBetween(from, to int) bool {
	for k := to - 1; k > from; k-- {
		if s.lower(k) == "," {
			return false // (the participle's phrase ends at a comma)
		}
		switch s.lower(k) {
		case "signed", "reached", "concluded", "inked", "agreed":
			for j := k - 1; j >= from && j >= k-3; j-- {
				if agreementHeads[s.lower(j)] || dealNouns[s.lower(j)] {
					return true
				}
			}
		}
	}
	return false
}

// plannedNoun reports the cue, if any, that plans the noun at token i
// from before it: "an upcoming visit", "the planned trip", "prepare for
// a visit".
func (s *sentence) plannedNoun(i int) string {
	k := i - 1
	for k >= 0 && k >= i-3 {
		w := s.lower(k)
		if plannedModifiers[w] {
			return w
		}
		if w != "a" && w != "an" && w != "the" && w != "his" && w != "her" && w != "its" && w != "their" && w != "first" && w != "official" && w != "state" {
			break
		}
		k--
	}
	if k >= 1 && k < i-1 && s.lower(k) == "for" && (s.lower(k-1) == "prepare" || s.lower(k-1) == "prepares" || s.lower(k-1) == "preparing") {
		return s.lower(k-1) + " for"
	}
	return ""
}

// plannedModifiers before an event noun say it is still to come.
var plannedModifiers = setOf(`upcoming planned proposed scheduled forthcoming prospective long-awaited`)

// agreedTo returns the token of "agreed" when the verb at token trig
// follows "agreed to" (a time between: "agreed on Monday to open
// talks"), else -1.
func (s *sentence) agreedTo(trig int) int {
	if trig < 2 || s.lower(trig-1) != "to" {
		return -1
	}
	for k := trig - 2; k >= 0 && k >= trig-6 && s.lower(k) != "," && s.lower(k) != "and"; k-- {
		if strings.HasPrefix(s.lower(k), "agree") {
			return k
		}
	}
	return -1
}

// bindVerbs bind the object after them to do what follows "to": "commits
// the two governments to restore relations", "obliges Iran to".
var bindVerbs = setOf(`commits commit committing obliges oblige obliging requires require`)

// boundTo returns the binding verb when the trigger at i is an infinitive
// ("to restore") that such a verb governs across its object, or "".
func (s *sentence) boundTo(i int) string {
	if s.lower(i) != "to" && s.lower(i-1) != "to" {
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		switch w := s.lower(k); {
		case bindVerbs[w]:
			return w
		case w == "," || w == ";" || w == ":" || w == "that" || w == "which" || finiteVerb(s, k):
			return ""
		}
	}
	return ""
}
