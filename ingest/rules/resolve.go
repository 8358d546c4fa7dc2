package rules

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/schema"
)

// opener returns the mention a sentence opens with ("Guyana and
// Venezuela met", "The Polisario Front rejected"), unless it is a demonym
// or a possessor; nil when the sentence opens otherwise.
func (s *sentence) opener() *mention {
	if len(s.ments) == 0 {
		return nil
	}
	m := s.ments[0]
	// ("The Kurdish-led Syrian Democratic Forces control ...", "The
	// pro-Kurdish DEM Party welcomed ...": one lower-case modifier of a
	// body)
	if !(m.from == 0 || m.from == 1 && s.lower(0) == "the" || m.from == 2 && s.lower(0) == "the" && (hyphenSuffix(s.lower(1), ledSuffixes) || m.ent.typ == schema.Organization && s.plainWord(1) && strings.HasPrefix(s.tag(1), "JJ"))) {
		return nil
	}
	// "Guyana's President Irfaan Ali and ...", "Azerbaijani President
	// Ilham Aliyev met ...": the titled person, not the country before
	if (m.poss || m.demonym) && len(s.ments) > 1 {
		if p := s.ments[1]; p.ent.typ == schema.Person && !p.demonym {
			after := m.to // the title starts after the name, or after its "'s"
			if m.poss {
				after++
			}
			if k, title, _ := s.titleBefore(p.from); title != "" && k == after {
				return p
			}
		}
	}
	if !m.demonym && !m.poss {
		return m
	}
	return nil
}

// subjectCountry is the country the sentence opens with as its subject
// ("Armenia bought ...", "It has also bought ..." once resolved) or as
// the possessor of a body of its state that is ("Azerbaijan's foreign
// ministry criticised ..."); nil for any other opening.
func (s *sentence) subjectCountry() *entity {
	if len(s.ments) == 0 {
		return nil
	}
	m := s.ments[0]
	if !(m.from == 0 || m.from == 1 && s.lower(0) == "the") || m.ent.typ != schema.Country || m.demonym || len(m.members) > 0 {
		return nil
	}
	if !m.poss {
		return m.ent
	}
	for k := m.to + 1; k <= m.to+2 && k < len(s.toks); k++ {
		if s.mentionAt(k) != nil {
			break
		}
		if collectiveNouns[s.lower(k)] {
			return m.ent
		}
	}
	return nil
}

// blocMember reports whether the gazetteer has country e in bloc (a
// place or bloc it does not know is not ruled out).
func blocMember(e, bloc *entity) bool {
	if e == nil || e.entry == nil || bloc.entry == nil {
		return true
	}
	return slices.Contains(e.entry.MemberOf, bloc.entry.ID)
}

// openerGroup is the countries or people, coordinated, that the sentence
// opens with before token limit: "Guyana and Venezuela" of "Guyana and
// Venezuela met in Kingstown".
func (s *sentence) openerGroup(limit int) []*entity {
	m := s.opener()
	if m == nil || m.to > limit || (m.ent.typ != schema.Country && m.ent.typ != schema.Person) {
		return nil
	}
	if len(m.members) >= 2 {
		return m.members
	}
	var ents []*entity
	for _, x := range s.coordinated(m, limit) {
		if x.ent.typ == m.ent.typ && !x.demonym && !containsEnt(ents, x.ent) {
			ents = append(ents, x.ent)
		}
	}
	return ents
}

// pluralBetween tells whether a plural common noun between tokens from
// and to could be what a "they" at to means instead ("Uganda deployed
// troops after they ..."); the talks a group holds cannot.
func (s *sentence) pluralBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.tag(k) == "NNS" && !s.toks[k].Cap && !talkNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// govAdjectives say what kind of government a country has: "Haiti's
// transitional government".
var govAdjectives = setOf(`interim transitional caretaker new military federal central national elected civilian`)

// talkNouns are the plural nouns of what parties do together.
var talkNouns = setOf(`talks negotiations discussions consultations ties relations meetings
	sessions contacts exchanges`)

// resolveReferences handles, in reading order: collectives that act for a
// country ("Azerbaijani officials", "the Trump administration"),
// definite descriptions ("the Kingdom", "the country"), groups ("the two
// Caucasus nations", "both countries"), possessive pronouns ("its
// neighbor") and a sentence-initial "He"/"She".
func (d *doc) resolveReferences(s *sentence) {
	d.cur++
	toks := s.toks
	lower := s.lower
	// Collectives.
	for _, m := range s.ments {
		next := lower(m.to)
		if next == "'s" || next == "’s" {
			// "China's foreign ministry", "Israel's military" act for the
			// country; "The Taliban's foreign ministry rejected the
			// accusation": a body's organ, as a subject, acts for the body
			n1, n2 := lower(m.to+1), lower(m.to+1)+" "+lower(m.to+2)
			ext := 0
			if collectiveNouns[n2] {
				ext = 3
			} else if collectiveNouns[n1] {
				ext = 2
			} else if (govAdjectives[n1] || hyphenSuffix(n1, ledSuffixes)) && (lower(m.to+2) == "government" || lower(m.to+2) == "authorities") {
				ext = 3 // "Haiti's transitional government has accused", "Sudan's army-led government"
			}
			// (not "Nigeria's official capital": an adjective)
			if ext > 0 && n1 != "state" && s.mentionAt(m.to+ext-1) == nil && !(ext == 2 && lower(m.to+2) == "capital") {
				// ("Pakistan's army chief, Asim Munir": a title)
				country := m.ent.typ == schema.Country && !(titleWords[lower(m.to+ext)] && lower(m.to+ext+1) == "," && !s.toks[m.to+ext-1].Cap)
				body := m.ent.typ == schema.Organization && !m.pronoun && finiteVerb(s, m.to+ext)
				if country || body {
					m.to += ext
					m.actor, m.poss = true, false
				}
			}
			// "Sandu's government has accused Russia": a leader's
			// government, as a subject, acts for the country led (as an
			// object, "accused Ramkalawan's government", it is his)
			if m.ent.typ == schema.Person && (n1 == "government" || n1 == "administration") && finiteVerb(s, m.to+2) {
				if c := d.ledCountry(m.ent); c != nil {
					m.stands, m.to, m.actor, m.poss = c, m.to+2, true, false
				}
			}
			continue
		}
		two := next + " " + lower(m.to+1)
		switch m.ent.typ {
		case schema.Country:
			// "Iraqi and Turkish officials began talks", "Saudi and U.S.
			// mediators": the first demonym shares the plural collective
			// after the second (a demonym or an abbreviated name)
			// (not "his Kazakh and Uzbek counterparts": people; not a
			// longer list, "Saudi, Iranian and Chinese diplomats")
			if n := s.mentionAt(m.to + 1); m.demonym && next == "and" && !sharedDemonymBlockers[lower(m.from-1)] && n != nil && n.from == m.to+1 && (n.demonym || n.to == n.from+1 && (allCaps(toks[n.from].Text) || strings.Contains(toks[n.from].Text, ".")) && sharedPeople[lower(n.to)]) && n.ent.typ == schema.Country && n.ent != m.ent &&
				collectiveNouns[lower(n.to)] && strings.HasSuffix(lower(n.to), "s") && lower(n.to) != "counterparts" && s.mentionAt(n.to) == nil {
				m.adj = true
				m.actor, m.demonym = true, false
				continue
			}
			// "holds Guyanese and Canadian citizenship": the states whose
			// citizenship is held are its objects
			// ("Serbian and Kosovo passports": a demonym and a name)
			if m.demonym && s.citizenshipAhead(m, func(n *mention) bool { return n.demonym || n.ent.typ == schema.Country }) {
				m.actor = true
				continue
			}
			// ("the Sudanese army-led government": a hyphened word of who
			// leads it between the demonym and the collective)
			// ("Pakistani air strikes hit Kabul": the strikes act; "Israeli
			// strikes on Gaza" is an attack the noun names, read as one)
			if strikeNouns[two] && targetPreps[lower(m.to+2)] || strikeNouns[next] && targetPreps[lower(m.to+1)] {
				continue
			}
			if collectiveNouns[two] || hyphenSuffix(next, ledSuffixes) && collectiveNouns[lower(m.to+1)] && s.mentionAt(m.to) == nil {
				m.adj = m.demonym
				m.to += 2
				m.actor, m.demonym = true, false
			} else if collectiveNouns[next] && !(next == "state" && lower(m.to+1) == "of") && // not "the US state of Hawaii"
				// not "Russian state nuclear company Rosatom": "state"
				// modifies the noun after it
				!(next == "state" && m.to+1 < len(toks) && !toks[m.to+1].Cap && (strings.HasPrefix(s.tag(m.to+1), "NN") || strings.HasPrefix(s.tag(m.to+1), "JJ"))) &&
				!((next == "diplomat" || next == "official") && s.personAt(m.to+1)) { // "Turkish diplomat Serdar Kilic": a title
				m.adj = m.demonym
				m.to++
				m.actor, m.demonym = true, false
			}
		case schema.Region:
			named := !m.demonym // the group noun is in the name the gazetteer knows
			// "Central Asian countries": the region's countries, as a group
			if m.demonym && groupNouns[next] {
				m.to++
				m.demonym = false
			} else if named && groupNouns[next] && !s.toks[m.to].Cap && quantifiers[lower(m.from-1)] && (m.ent.entry == nil || !d.g.HasMembers(m.ent.entry.ID)) {
				// "supplied patrol boats to several Indian Ocean states":
				// a region with no members the gazetteer knows only
				// qualifies the countries, none of which is named
				m.demonym = true
			}
			// "the Baltic states joined NATO": a few countries the
			// gazetteer groups, named as a group, act each
			if named && m.to-m.from >= 2 && groupNouns[lower(m.to-1)] && m.ent.entry != nil && len(m.members) == 0 {
				if ms := d.g.Members(m.ent.entry.ID); len(ms) >= 2 && len(ms) <= 6 {
					for _, e := range ms {
						m.members = append(m.members, d.fromEntry(e))
					}
					m.actor = true
				}
			}
		case schema.Person:
			// "the Trump administration", "Trump officials"
			if c := d.ledCountry(m.ent); c != nil && (next == "administration" || next == "officials" || next == "government" || next == "team") {
				m.ent, m.to, m.actor = c, m.to+1, true
			}
		}
	}
	// "officials in Ankara", "diplomats from Kazakhstan": the country acts.
	for _, m := range s.ments {
		if m.from < 2 || (lower(m.from-1) != "in" && lower(m.from-1) != "from") || !collectiveNouns[lower(m.from-2)] {
			continue
		}
		if m.from > 2 && toks[m.from-2].Cap {
			continue // "Shan State in Myanmar": a name's head, no collective
		}
		// ("bought additional missiles from Israel": goods bought, no
		// actor)
		if weaponNouns[lower(m.from-2)] && (buyVerbs[lower(m.from-3)] || buyVerbs[lower(m.from-4)]) {
			continue
		}
		// ("bought transport aircraft from Brazil": a craft is goods
		// from a country, its acting only before a verb, "Pakistani
		// aircraft struck")
		if lower(m.from-2) == "aircraft" {
			continue
		}
		c := m.ent
		if c.typ == schema.City && lower(m.to) == "," && lower(m.to+1) == "the" && lower(m.to+2) == "capital" {
			continue // "officials in Ulaanbaatar, the capital,": the town is described
		}
		if c.typ == schema.City {
			c = d.metonym(c, func(e *entity) bool { return e.typ == schema.Country })
		}
		if c != nil && c.typ == schema.Country {
			m.ent, m.from, m.actor, m.demonym = c, m.from-2, true, false
		}
	}
	// "the administration of (U.S. President) Donald Trump"
	for _, m := range s.ments {
		if m.ent.typ != schema.Person {
			continue
		}
		for k := m.from - 1; k >= 1; k-- {
			if lower(k) == "of" && (lower(k-1) == "administration" || lower(k-1) == "government") {
				if c := d.ledCountry(m.ent); c != nil {
					m.stands, m.actor = c, true
				}
				break
			}
			if mm := s.mentionAt(k); mm != nil && mm.ent.typ == schema.Country {
				k = mm.from
				continue
			}
			if !titleWords[lower(k)] {
				break
			}
		}
	}
	// The body the sentence before opened with ("The Polisario Front
	// rejected the plan. Its leader ..."), else the country it opened
	// with as its subject ("Armenia first bought howitzers from France.
	// It has also bought ...") or as the possessor of its subject
	// ("Azerbaijan's foreign ministry also criticised France. Its
	// spokesman ..."), is what an "It" or "Its" opening this one means,
	// before a country named later in that sentence.
	var prevSubject *entity
	if d.cur >= 2 {
		if o := d.sents[d.cur-2].opener(); o != nil && !o.pronoun && o.ent.typ == schema.Organization {
			prevSubject = o.ent
		} else {
			prevSubject = d.sents[d.cur-2].subjectCountry()
		}
		// ("Hassan won after the main opposition party, Chadema, was
		// barred. Its leader ...": the body the last clause is about)
		if w := s.lower(0); prevSubject == nil && (w == "its" || w == "their") {
			prevSubject = d.sents[d.cur-2].lastBodySubject()
		}
	}
	var added []*mention
	for i := 0; i < len(toks); i++ {
		if s.mentionAt(i) != nil {
			// ("an area larger than France": a measure, not a country
			// the story goes on about)
			// ("U.N. experts say": a name that only qualifies a plural
			// noun is no body the story goes on about)
			if m := s.mentionAt(i); lower(i-1) != "than" && !(m.ent.typ == schema.Organization && s.qualifiesPlural(m)) {
				d.remember(m)
			}
			// "Kiribati President Taneti Maamau": who "the president"
			// means from here on
			if m := s.mentionAt(i); m.from == i && m.ent.typ == schema.Person && !m.pronoun {
				if _, title, former := s.titleBefore(i); !former {
					if t := leaderTitle(title); t != "" {
						if d.titled == nil {
							d.titled = map[string]*entity{}
						}
						d.titled[t] = m.ent
					}
				}
			}
			continue
		}
		w := toks[i].Lower
		var capital *entity // "the Iraqi capital"
		on := i + 1         // the noun after "the", past a size ("the 15-nation bloc")
		leader := ""        // "the president"
		if w == "the" {
			capital = d.capitalNamed(s, i)
			on = sizedNoun(s, i+1)
			if d.titled != nil {
				leader = leaderRef(s, i+1)
			}
		}
		var armed *entity // "the military", "the junta"
		if w == "the" && (lower(i+1) == "military" || lower(i+1) == "junta" || lower(i+1) == "army") && !toks[i+1].Cap && (!s.plainWord(i+2) || finiteVerb(s, i+2) || isPrep(lower(i+2)) || juntaNext[lower(i+2)]) {
			armed = d.lastOrgNamed(s, i, militaryWords)
		}
		var him *entity // "sanctioned him"
		if w == "him" && i > 0 && strings.HasPrefix(s.tag(i-1), "VB") {
			him = s.himRef(i, d.lastPerson)
		}
		switch {
		case d.titled[leader] != nil:
			// "accused the president of signing away the country's
			// future": the last person named with that title
			n := i + len(strings.Fields(leader))
			added = append(added, &mention{from: i, to: n + 1, ent: d.titled[leader], actor: true})
			i = n
		case w == "they":
			// "Guyana and Venezuela met in Kingstown, where they signed
			// ...", "the Lombok Treaty, which they concluded": the group
			// the sentence opens with, else (with no name before it) the
			// one the sentence before opened with ("Guyana and Venezuela
			// met in Kingstown. They signed ...")
			// (a name before it that is no group, or a plural noun
			// between: not ours to guess)
			g := s.openerGroup(i)
			if len(g) < 2 || s.pluralBetween(s.opener().to, i) {
				g = nil
				// ("The ministers also said they plan": the plural noun
				// the sentence opens with)
				if (len(s.ments) == 0 || s.ments[0].from >= i) && d.subjectGroupAt == d.cur-1 && !s.pluralBetween(0, i) {
					g = d.subjectGroup
				}
			}
			if len(g) >= 2 {
				added = append(added, &mention{from: i, to: i + 1, ent: g[0], members: g, pronoun: true, actor: g[0].typ == schema.Country})
			}
		case him != nil:
			// "Its leader, Saw Chit Thu, has denied it. The United States
			// sanctioned him last May, and Britain sanctioned him in 2023"
			added = append(added, &mention{from: i, to: i + 1, ent: him, pronoun: true})
		case (w == "he" || w == "she") && i == 0 && d.lastPerson != nil:
			added = append(added, &mention{from: i, to: i + 1, ent: d.lastPerson, pronoun: true})
		case (w == "he" || w == "she") && i > 0:
			// "... visited Baku, where he met Aliyev", "the 2018 peace
			// deal he signed with Isaias": the last person named
			var p *entity
			for _, m := range s.ments {
				if m.to <= i && m.ent.typ == schema.Person && !m.demonym {
					p = m.ent
				}
			}
			// "Vance, accompanied by his wife and Mike Waltz, spent hours
			// at the base, where he accused Denmark": the person the
			// sentence opens with, its subject, before one named inside
			if o := s.opener(); o != nil && o.ent.typ == schema.Person && !o.pronoun && len(o.members) == 0 && o.to <= i && p != nil && p != o.ent && s.lower(o.to) == "," {
				p = o.ent
			} else if (lower(i-1) == "but" || lower(i-1) == "and") && lower(i-2) == "," && p != nil {
				// "Karki has not spoken to Modi since she took office ...,
				// but she is expected to visit New Delhi": the clause's
				// subject, not the last person its object named
				if sub := s.personSubjectBefore(i); sub != nil {
					p = sub.ent
				}
			}
			if p == nil {
				p = d.lastPerson
			}
			if p != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: p, pronoun: true})
			}
		case (w == "his" || w == "her") && (visitNouns[lower(i+1)] || visitAdjectives[lower(i+1)] && visitNouns[lower(i+2)]):
			// "The trip was his first visit to Zambia", "McGuinty, who
			// was making his first visit to Manila": the last person
			// named, in this sentence first
			// ("Thatcher left Bonn after talks with Kohl ahead of her
			// visit": the subject; "During his visit to Tokyo, Howard
			// said": a fronted phrase's, the subject after it)
			var p *entity
			for _, m := range s.ments {
				if m.to <= i && m.ent.typ == schema.Person && !m.demonym {
					p = m.ent
				}
			}
			if o := s.opener(); o != nil && o.ent.typ == schema.Person && !o.pronoun && len(o.members) == 0 && o.to <= i {
				p = o.ent
			} else if sub := s.personSubjectBefore(i); sub != nil {
				// ("Weeks later, Modi travelled to Tianjin and met Xi, on
				// his first visit to China": the subject after a fronted
				// phrase)
				p = sub.ent
			}
			if p == nil && i <= 2 && subjectBlockers[lower(0)] {
				for _, m := range s.ments {
					if m.from > i && m.ent.typ == schema.Person && !m.demonym && finiteVerb(s, m.to) {
						p = m.ent
						break
					}
				}
			}
			if p == nil {
				p = d.lastPerson
			}
			if p != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: p, pronoun: true, poss: true})
			}
		case (w == "his" || w == "her") && (lower(i+1) == "country" || lower(i+1) == "government" || lower(i+1) == "nation") && len(d.lastCountries) > 0:
			// "Oman's foreign minister said his country would not ...":
			// the nearest country named before, possessors included
			c := d.lastCountries[0]
			for _, ms := range [][]*mention{s.ments, added} {
				best := -1
				for _, m := range ms {
					if m.to <= i && m.ent.typ == schema.Country && !m.demonym && m.to > best {
						best, c = m.to, m.ent
					}
				}
			}
			// "Congolese President Felix Tshisekedi accused Rwanda ... and
			// said his government would never ...": the country the
			// sentence's first person (its subject, most often) leads
			if p := s.firstPersonBefore(i); p != nil {
				if l := d.ledCountry(p.ent); l != nil {
					c = l
				} else if k, title, _ := s.titleBefore(p.from); k < p.from {
					if t := s.mentionAt(k - 1); t != nil && t.demonym && t.ent.typ == schema.Country {
						if kind, ok := roleKind(title); ok && kind == schema.HeadOf {
							c = t.ent
						}
					}
				}
			}
			added = append(added, &mention{from: i, to: i + 2, ent: c, actor: true})
			i++
		case i == 0 && prevSubject != nil && (w == "its" || w == "their" && prevSubject.typ == schema.Organization):
			// "The Polisario Front rejected the plan. Its leader, Brahim
			// Ghali, ..." ("The Syrian Democratic Forces control the
			// northeast. Their commander, Mazloum Abdi, ...")
			added = append(added, &mention{from: i, to: i + 1, ent: prevSubject, poss: true, pronoun: true})
		case (w == "its" || w == "their") && len(d.lastCountries) > 0:
			// "as are its neighbours", "its capital": only a country has them
			// ("with China, its largest trading partner": an apposition's
			// pronoun is not its head's)
			var c *entity
			if p := lastPronoun(s, added, w, ""); p != nil && lower(i-1) == "and" && s.mentionAt(i-2) != nil && s.governor(s.mentionAt(i-2)) == "with" && (lower(p.from+2) == "with" || lower(p.from+3) == "with") {
				// "through its defence pact with Somalia and its alliance
				// with Eritrea": a second "its" after a name a preposition
				// governs is the first one's
				c = p.ent
			} else if h := s.mentionAt(i - 2); lower(i-1) == "and" && h != nil && h.to == i-1 && !h.poss && !h.demonym && !h.pronoun && (h.ent.typ == schema.Country || h.ent.typ == schema.Organization) {
				// "exercises held by Belarus and its closest ally,
				// Russia": the name joined to the pronoun owns it
				c = h.ent
			} else if h := s.mentionAt(i - 2); lower(i-1) == "," && h != nil && h.to == i-1 && h.from > 0 {
				// the clause's subject: "Turkey sealed its border with
				// Armenia in solidarity with Azerbaijan, its close ally"
				subs := s.subjectsBefore(h.from, s.clauseStart(h.from), func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Organization })
				if len(subs) == 1 && subs[0].ent != h.ent {
					c = subs[0].ent
				} else if len(subs) == 0 {
					c = d.nearestActor(s, added, h.from, false, statelyNouns[lower(i+1)])
				}
			} else if e := s.clauseActorBefore(i - 2); e != nil {
				// "Rwanda borders both Congo and Burundi, and its capital,
				// Kigali, ...": after ", and" the clause before's subject,
				// not the last name of its object
				c = e
			} else if m := s.resolvedSubjectBefore(added, i-2); m != nil {
				// "The group has not fired on Israel in months, and its
				// leader": a subject resolved in this sentence
				c = m.ent
			} else if subj := s.copulaSubjectBefore(i); subj != nil && partnerAhead(s, i+1) {
				// "Kyrgyzstan sends its exports north through Kazakhstan,
				// and Russia remains its largest trading partner": no one
				// is its own partner; the sentence's subject (not a name
				// after a preposition), else the one named before
				for _, m := range s.ments {
					if m.to <= subj.from && !m.poss && !m.demonym && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization) && !subjectBlockers[lower(s.npStart(m.from)-1)] {
						c = m.ent
						break
					}
				}
				// ("Mongolia is landlocked. Russia remains its largest
				// trading partner": the sentence before's subject)
				if c == nil && subj.from == 0 && prevSubject != nil && prevSubject != subj.ent {
					c = prevSubject
				}
			} else if p := lastPronoun(s, added, w, lower(i+1)); p != nil && p.ent.typ == schema.Country {
				// "kept controls on its borders with Hungary and Slovenia
				// and on its borders with Slovakia": the same words again
				// in one sentence are the same country's
				c = p.ent
			} else {
				c = d.nearestActor(s, added, i, false, statelyNouns[lower(i+1)])
			}
			if c != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: c, poss: true, pronoun: true})
			}
		case w == "it" && i == 0 && prevSubject != nil && (subjectVerbs[lower(i+1)] || finiteVerb(s, i+1)):
			// "MINUSCA, which is headquartered in Bangui, ... It is led
			// by ...": the body the sentence before opened with ("North
			// Macedonia changed its name ... It joined the alliance in
			// 2020": its country)
			added = append(added, &mention{from: i, to: i + 1, ent: prevSubject, pronoun: true, actor: true})
		case w == "it" && lower(i-1) == "that" && (subjectVerbs[lower(i+1)] || finiteVerb(s, i+1)) && s.speakerOfThat(i-1) != nil:
			// "The Arakan Army denied on Monday that it had attacked
			// Sittwe": the speaker who opens the sentence speaks of itself
			added = append(added, &mention{from: i, to: i + 1, ent: s.speakerOfThat(i - 1).ent, pronoun: true, actor: true})
		case w == "it" && len(d.lastCountries) > 0 && (subjectVerbs[lower(i+1)] || s.itOpensClause(i)):
			// "the kingdom has said that it will not recognize ..."
			// ("Hungary buys Azerbaijani gas, but it still imports most of
			// its oil from Russia")
			if c := d.nearestActor(s, added, i, true, false); c != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: c, pronoun: true, actor: true})
			}
		case groupNouns[lower(i+1)] && (isNumber(w) || numberWords[w] || w == "several" || w == "many" || w == "dozen") && s.amongThem(i+2) != nil:
			// "Twelve countries still recognize Taiwan, among them
			// Paraguay and Eswatini": the ones named act for the group
			var ents []*entity
			for _, m := range s.amongThem(i + 2) {
				ents = append(ents, m.ents()...)
			}
			added = append(added, &mention{from: i, to: i + 2, ent: ents[0], members: ents, actor: true})
			i++
		case (w == "these" || w == "those") && groupNouns[lower(i+1)] && len(d.lastList) >= 2 && d.cur-d.lastListAt <= 1:
			// "outreach to these countries": the last list of countries
			added = append(added, &mention{from: i, to: i + 2, ent: d.lastList[0], members: d.lastList, actor: true})
			i++
		case (w == "a" || w == "an") && signVerbs[lower(i-1)] && d.agreementOpeningNext() != nil && s.agreementNounAfter(i) > i:
			// "Nigeria, Benin and Togo signed an agreement in Lomé on
			// Friday ... The Lomé Joint Patrol Agreement, brokered by
			// ECOWAS, creates": the agreement the next sentence opens
			// with names the one just signed
			n := s.agreementNounAfter(i)
			added = append(added, &mention{from: i, to: n + 1, ent: d.agreementOpeningNext()})
			i = n
		case (w == "the" || w == "these" || w == "this") && d.lastAgreement != nil && agreementRef(toks, i+1):
			// "the accords", "this agreement", "the 1960 treaty": the last
			// agreement named
			n := i + 1
			if isYear(lower(n)) {
				n++
			}
			// ("Turkey and Libya signed a memorandum in 2019; Greece
			// rejected the deal": the agreement with no name)
			// (not a named ceasefire: "the 2010 agreement" after "the Doha
			// ceasefire" is another text)
			if agreementNouns[lower(n)] == "" && !s.indefiniteAgreementBefore(i) && !truceName(d.lastAgreement.name) || agreementNouns[lower(n)] != "" && strings.Contains(strings.ToLower(d.lastAgreement.name), agreementNouns[lower(n)]) {
				added = append(added, &mention{from: i, to: n + 1, ent: d.lastAgreement})
				i = n
			}
		case w == "the" && capital != nil:
			// "arrived in the Iraqi capital on Monday": the capital the
			// gazetteer knows, when no name follows
			c := s.mentionAt(i + 1)
			added = append(added, &mention{from: i, to: c.to + 1, ent: capital, capitalOf: c.ent})
			i = c.to
		case armed != nil:
			// "the Arakan Army has fought the military since 2023": the
			// state's armed forces named before ("Myanmar's military")
			added = append(added, &mention{from: i, to: i + 2, ent: armed, actor: true})
			i++
		case w == "the" && (orgNouns[lower(on)] || d.basedBusiness(s, i, on)) && !(on+1 < len(toks) && toks[on+1].Cap && toks[on+1].Word && s.mentionAt(on+1) != nil && s.mentionAt(on+1).from == on+1) && (lower(on+1) != "of" || lower(on+2) == "which" || on+2 < len(toks) && strings.HasSuffix(lower(on+2), "ing") && !toks[on+2].Cap) && (!toks[on].Cap || namedOrgNouns[lower(on)] != nil && !lenderNouns[lower(on)] && s.mentionAt(on) == nil && (on+1 >= len(toks) || !toks[on+1].Cap)):
			// "the alliance", "the bloc", "the 15-nation bloc", "the
			// Washington-based organisation", "accused the alliance of
			// demonizing Russia": the last organization named (not "the
			// Bogota-based group Rios Vivos": the name after it)
			// ("The Commission, led by": the European Commission named
			// before)
			n := on
			var o *entity
			if words := namedOrgNouns[lower(n)]; words != nil {
				o = d.lastOrgNamed(s, i, words)
			} else {
				o = d.lastOrg(s, added, i)
			}
			// "said Ukraine could join the bloc" after "European
			// Commission President": a bloc has members, which the
			// Commission and a bloc's mission have not
			if lower(n) == "bloc" && o != nil && !d.isBloc(o) && !blocNamed(o) {
				if b := d.recentBloc(s, i); b != nil {
					o = b
				}
			}
			if o != nil {
				// "the bloc's foreign policy chief": a possessor, as a name
				// is (not "the group's": too many things are groups)
				var m *mention
				if (lower(n+1) == "'s" || lower(n+1) == "’s") && lower(n) != "group" && lower(n) != "body" {
					m = &mention{from: i, to: n + 1, ent: o, poss: true}
				} else {
					m = &mention{from: i, to: n + 1, ent: o, actor: true}
				}
				// "the Manila-based lender": where the body is
				if b := s.mentionAt(i + 1); b != nil && b.based && b.ent.typ.IsPlace() && b.to <= n {
					m.basedAt = b.ent
				}
				added = append(added, m)
				i = n
			}
		case w == "the" && countryAdjectives[lower(i+1)] && !toks[i+1].Cap && (lower(i+2) == "country" || lower(i+2) == "nation" || lower(i+2) == "state") && lower(i+3) != "of" && len(d.lastCountries) > 0:
			// "the island nation's main security partner", "the landlocked
			// country": a country described, the one the sentence named
			// before or the last one named
			// (a possessor, "the island nation's", is the story's
			// country, not the subject of its own clause)
			poss := possMark[lower(i+3)]
			var c *entity
			if poss {
				c = d.describedCountry(s, i)
			} else {
				c = s.oneCountryBefore(i)
			}
			if c == nil {
				c = d.lastCountry("country")
			}
			added = append(added, &mention{from: i, to: i + 3, ent: c, actor: !poss, poss: poss})
			i += 2
		case w == "the" && (countryNouns[lower(i+1)] || lower(i+1) == "islands") && lower(i+2) != "of":
			// ("Argentina seized the Falklands ... Britain retook the
			// islands": the last country or territory whose name says so)
			c := d.lastCountry(lower(i + 1))
			// "after Brazil's moratorium and a stand by the country's
			// finance minister": the one country the sentence has named
			// before
			if one := s.oneCountryBefore(i); one != nil && (lower(i+1) == "country" || lower(i+1) == "nation") {
				c = one
			}
			// "arrived in Mexico City on her first visit to the country":
			// the country of the town the sentence just named
			if t := d.townCountryBefore(s, i); t != nil && lower(i+1) == "country" {
				c = t
			}
			if c != nil {
				// ("Stanley, the islands' capital": a possessor)
				added = append(added, &mention{from: i, to: i + 2, ent: c, actor: true, poss: possMark[lower(i+2)]})
				i++
			}
		case (w == "three" || w == "four" || w == "five") && (lower(i-1) == "the" || lower(i-1) == "all") && d.cur-d.lastListAt <= 2 && len(d.lastList) == map[string]int{"three": 3, "four": 4, "five": 5}[w]:
			// "Niger, Mali and Burkina Faso ... the three Sahel states":
			// the last list of that many countries
			j := i + 1
			if m := s.mentionAt(j); m != nil && (m.ent.typ == schema.Region || m.demonym) {
				j = m.to
				// "the three Baltic states": the region's name ends in the noun
				if groupNouns[lower(j-1)] && m.to-m.from >= 2 {
					j--
				}
			}
			if groupNouns[lower(j)] {
				added = append(added, &mention{from: i - 1, to: j + 1, ent: d.lastList[0], members: d.lastList, actor: true})
				i = j
			}
		case ((w == "two" && lower(i-1) == "the") || w == "both") && leaderNouns[lower(i+1)]:
			// "The two leaders met": the pair of people last named together
			if a, b := d.personPair(); a != nil {
				from := i
				if w == "two" {
					from = i - 1
				}
				added = append(added, &mention{from: from, to: i + 2, ent: a, members: []*entity{a, b}})
				i++
			}
		case w == "two" && lower(i-1) == "the" && (bothSubject(s, i) || pairVerbs[lower(i+1)]) && s.twoPeopleBefore(i-1) != nil:
			// "raise the voyage with Rubio when the two meet": the two
			// people the sentence named
			g := s.twoPeopleBefore(i - 1)
			added = append(added, &mention{from: i - 1, to: i + 1, ent: g[0], members: g})
		case w == "both" && s.firstWord(i) && bothSubject(s, i):
			// "Qatar and Bahrain reopened the causeway. Both are members
			// of the GCC": the group the sentence before opened with, else
			// the pair the story is about
			var g []*entity
			if d.subjectGroupAt == d.cur-1 && len(d.subjectGroup) == 2 {
				g = d.subjectGroup
			} else if a, b := d.pair(s, nil, nil); a != nil {
				g = []*entity{a, b}
			}
			if g != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: g[0], members: g, actor: g[0].typ == schema.Country})
			}
		case w == "both" && i > 0 && bothSubject(s, i):
			// "India and Pakistan have fought ... since both gained
			// independence": the pair named together before it
			if a, b := s.pairBefore(i); a != nil {
				added = append(added, &mention{from: i, to: i + 1, ent: a, members: []*entity{a, b}, actor: true})
			}
		case (w == "two" && lower(i-1) == "the") || w == "both":
			// the two [Region-adjective] nations
			j := i + 1
			var region, bloc *entity
			if m := s.mentionAt(j); m != nil && m.ent.typ == schema.Region {
				region = m.ent
				j = m.to
			} else if m != nil && m.from == j && m.ent.typ == schema.Organization && m.ent.entry != nil && m.ent.entry.Country == "" && !m.poss && (groupNouns[lower(m.to)] || lower(m.to) == "members") {
				// "the two NATO allies", "the two EU members": a bloc's
				bloc = m.ent
				j = m.to
			}
			if groupNouns[lower(j)] || bloc != nil {
				// "The United States, which has close ties with both
				// countries": the object of a preposition is not the
				// subject named before it in the sentence
				var exclude []*entity
				if k := i - 1; k >= 0 && (groupPreps[lower(k)] || lower(k) == "the" && groupPreps[lower(k-1)]) {
					// the antecedent of the relative clause the group is in
					for _, m := range s.ments {
						if m.to > i || !(lower(m.to) == "," && (lower(m.to+1) == "which" || lower(m.to+1) == "who")) {
							continue
						}
						inside := true
						for j := m.to + 2; j < i; j++ {
							if lower(j) == "," || lower(j) == ";" {
								inside = false
							}
						}
						if inside {
							exclude = append(exclude, m.ent)
						}
					}
				}
				a, b := d.pair(s, region, exclude)
				// "Iran and the United States held talks ..., with both
				// sides calling": the pair named in this sentence
				// ("Tajikistan signed a treaty with Kyrgyzstan ..., and the two
				// neighbours have", "talks between the two countries": the
				// only two countries it names; not the other side of the
				// subject's act: "Botswana ... is negotiating with both
				// governments" is not one of them)
				c1, c2 := s.pairBefore(i)
				prep := lower(i - 1)
				if prep == "the" {
					prep = lower(i - 2)
				}
				if c1 == nil && (!groupPreps[prep] || prep == "between") {
					c1, c2 = s.twoCountriesBefore(i)
				}
				if c1 != nil && region == nil && c1.typ == schema.Country && !containsEnt(exclude, c1) && !containsEnt(exclude, c2) {
					a, b = c1, c2
				}
				// "Canada and Denmark signed ... in the waters between
				// Greenland and Canada's Arctic islands, as the two NATO
				// allies": the pair whose states the gazetteer has in the bloc
				if bloc != nil && a != nil && !(blocMember(a, bloc) && blocMember(b, bloc)) {
					a, b = nil, nil
					for _, m := range s.ments {
						if n := s.mentionAt(m.to + 1); m.to <= i && m.ent.typ == schema.Country && !m.poss && !m.demonym && s.lower(m.to) == "and" && n != nil && n.from == m.to+1 && n.to <= i &&
							n.ent.typ == schema.Country && !n.poss && n.ent != m.ent && blocMember(m.ent, bloc) && blocMember(n.ent, bloc) {
							a, b = m.ent, n.ent
							break
						}
					}
				}
				if a == nil {
					continue
				}
				from := i
				if w == "two" {
					from = i - 1
				}
				g := &mention{from: from, to: j + 1, ent: a, members: []*entity{a, b}, actor: true}
				if region != nil {
					g.title = "in:" + region.name
					d.groupRegion[g] = region
				}
				if bloc != nil {
					d.groupBloc[g] = bloc
				}
				added = append(added, g)
				i = j
			}
		}
	}
	if len(added) > 0 {
		// Drop mentions swallowed by a group ("Caucasus" in "the two
		// Caucasus nations" stays reachable through groupRegion).
		var keep []*mention
		for _, m := range s.ments {
			inside := false
			for _, a := range added {
				if m.from >= a.from && m.to <= a.to {
					inside = true
				}
			}
			if !inside {
				keep = append(keep, m)
			}
		}
		s.ments = mergeMentions(keep, added)
	}
	for _, m := range s.ments {
		if m.ent.typ == schema.Person && !m.demonym {
			d.lastPerson = m.ent
			break
		}
	}
	// The first two people of a sentence are what "the two leaders"
	// will mean next.
	var people []*entity
	for _, m := range s.ments {
		if m.ent.typ == schema.Person && !m.demonym && !m.pronoun && len(m.members) == 0 && !containsEnt(people, m.ent) {
			people = append(people, m.ent)
		}
	}
	if len(people) >= 2 {
		d.lastPeople, d.lastPeopleAt = people[:2], d.cur
	}
	// The countries or people a sentence opens with, coordinated, are
	// what a "They" opening the next one means: "Guyana and Venezuela
	// met in Kingstown. They signed ..."
	if ents := s.openerGroup(len(s.toks)); len(ents) >= 2 {
		d.subjectGroup, d.subjectGroupAt = ents, d.cur
	}
	// A pair of countries named together is what "the two countries" or
	// "both sides" will mean next.
	inList := map[*mention]bool{} // the tail of a list already read whole
	for _, m := range s.ments {
		if inList[m] {
			continue
		}
		if len(m.members) == 2 {
			// "The two presidents": a pair of people is not what "the two
			// countries" will mean
			if m.members[0].typ == schema.Country && m.members[1].typ == schema.Country {
				d.setGroup(m.members)
			}
			continue
		}
		// "talks between Armenian and Azerbaijan": a pair even when one
		// is written as an adjective.
		if lower(m.from-1) == "between" && m.ent.typ == schema.Country && lower(m.to) == "and" {
			if n := s.mentionAt(m.to + 1); n != nil && n.ent.typ == schema.Country && n.ent != m.ent {
				d.setGroup([]*entity{m.ent, n.ent})
				continue
			}
		}
		if m.ent.typ != schema.Country || m.demonym {
			continue
		}
		list := s.coordinated(m, len(s.toks))
		// "third countries such as Argentina and Chile": examples are
		// not the pair the story is about
		if examplesBefore(s, m.from) {
			for _, x := range list {
				inList[x] = true
			}
			continue
		}
		var ents []*entity
		for _, x := range list {
			inList[x] = true
			if (x.ent.typ == schema.Country || x.ent.typ == schema.Region) && !containsEnt(ents, x.ent) {
				ents = append(ents, x.ent)
			}
		}
		if len(ents) == 2 && ents[0].typ == schema.Country && ents[1].typ == schema.Country {
			d.setGroup(ents)
		}
		if len(ents) >= 2 {
			d.lastList, d.lastListAt = ents, d.cur
		}
	}
}

func containsEnt(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// agreementNouns refer back to an agreement; the value, when set, must
// occur in its name ("the accords" is the Abraham Accords, not the Paris
// Agreement).
var agreementNouns = map[string]string{
	"accords": "accord", "accord": "accord", "agreement": "", "deal": "", "treaty": "treaty",
	"pact": "", "initiative": "", "declaration": "declaration", "convention": "convention",
	"protocol": "protocol", "charter": "charter", "memorandum": "memorandum",
}

// truceName reports an agreement named as a ceasefire or truce.
func truceName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, "ceasefire") || strings.HasSuffix(n, "truce")
}

func isAgreementNoun(w string) bool { _, ok := agreementNouns[w]; return ok }

// indefiniteAgreementBefore reports whether an agreement with no name is
// introduced before token i: "signed a memorandum", "an earlier deal".
func (s *sentence) indefiniteAgreementBefore(i int) bool {
	for j := 0; j < i; j++ {
		if w := s.lower(j); w != "a" && w != "an" && w != "another" {
			continue
		}
		k := j + 1
		for n := 0; n < 3 && k < i && s.plainWord(k) && !isAgreementNoun(s.lower(k)); n++ {
			k++
		}
		if k < i && isAgreementNoun(s.lower(k)) && s.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// signVerbs conclude an agreement named after them.
var signVerbs = setOf(`signed sign signs inked concluded reached`)

// agreementOpeningNext returns the named agreement the sentence after
// the one being resolved opens with ("The Lomé Joint Patrol Agreement,
// brokered by"), or nil.
func (d *doc) agreementOpeningNext() *entity {
	if d.cur >= len(d.sents) {
		return nil
	}
	ns := d.sents[d.cur]
	if len(ns.ments) == 0 {
		return nil
	}
	if m := ns.ments[0]; m.ent.typ == schema.Agreement && !m.poss && (m.from == 0 || m.from == 1 && ns.lower(0) == "the") {
		return m.ent
	}
	return nil
}

// agreementNounAfter returns the agreement noun that ends the indefinite
// noun phrase opening at token i ("an agreement", "a joint patrol
// pact"), with no name and no "with" or "between" after it, or -1.
func (s *sentence) agreementNounAfter(i int) int {
	k := i + 1
	for n := 0; n < 3 && s.plainWord(k) && !isAgreementNoun(s.lower(k)); n++ {
		k++
	}
	if !isAgreementNoun(s.lower(k)) || s.mentionAt(k) != nil || s.toks[k].Cap {
		return -1
	}
	if w := s.lower(k + 1); w == "with" || w == "between" {
		return -1
	}
	return k
}

// agreementRef reports whether the words from token i name an agreement
// by its kind, with a year at most ("accords", "1960 treaty"), and not a
// new one ("the agreement of 2019", "the treaty between A and B").
func agreementRef(toks []Token, i int) bool {
	if i < len(toks) && isYear(toks[i].Lower) {
		i++
	}
	if i >= len(toks) || !isAgreementNoun(toks[i].Lower) {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Lower {
		case "of", "between", "with":
			return false
		}
	}
	return true
}

// pair is the two countries "the two countries" refers to: for "the two
// Caucasus nations" the two last named that the gazetteer places in the
// Caucasus; else the last pair named together; else the last two named.
func (d *doc) pair(s *sentence, region *entity, exclude []*entity) (*entity, *entity) {
	if region != nil && region.entry != nil && d.g.HasMembers(region.entry.ID) {
		var in []*entity
		for _, c := range d.lastCountries {
			if c.entry != nil && d.g.Contains(region.entry.ID, c.entry.ID) {
				in = append(in, c)
			}
		}
		if len(in) >= 2 {
			return in[0], in[1]
		}
		return nil, nil
	}
	// The pair the story has named together most often, at least twice
	// (the later on a tie): "Paraguay and Brazil resumed talks ... the two
	// countries ... In May last year the two neighbours agreed", though
	// other countries came between
	var best [2]*entity
	for _, p := range d.groups {
		if !containsEnt(exclude, p[0]) && !containsEnt(exclude, p[1]) && d.groupCount[p] >= d.groupCount[best] {
			best = p
		}
	}
	if d.groupCount[best] < 2 {
		best = [2]*entity{}
	}
	// The pair named last, within three sentences, unless named in passing
	// beside the story's pair ("Ecuador imported electricity from Peru and
	// Colombia ... The two countries fought a war in 1995": Peru and
	// Ecuador, named together four times)
	if len(d.lastGroup) == 2 && d.cur-d.lastGroupAt <= 3 && !containsEnt(exclude, d.lastGroup[0]) && !containsEnt(exclude, d.lastGroup[1]) &&
		(best[0] == nil || 2*d.pairCount(d.lastGroup) > d.groupCount[best]) {
		return d.lastGroup[0], d.lastGroup[1]
	}
	if best[0] != nil {
		return best[0], best[1]
	}
	// Else the last two named, passing over one named only once, and not
	// in this sentence, when two of the last four were named more:
	// "Bulgaria ... recognized North Macedonia ... after it became
	// independent from Yugoslavia. The two countries" are not Yugoslavia,
	// named once in passing
	var two []*entity
	for _, c := range d.lastCountries {
		if !containsEnt(exclude, c) && len(two) < 4 {
			two = append(two, c)
		}
	}
	if len(two) < 2 {
		return nil, nil
	}
	passing := func(c *entity) bool { return d.countryCount[c] == 1 && !s.names(c) }
	sort.SliceStable(two, func(i, j int) bool { return !passing(two[i]) && passing(two[j]) })
	return two[0], two[1]
}

// setGroup records a pair of countries named together.
func (d *doc) setGroup(two []*entity) {
	d.lastGroup, d.lastGroupAt = two, d.cur
	k := d.groupKey(two)
	if d.groupCount[k] == 0 {
		d.groups = append(d.groups, k)
	}
	d.groupCount[k]++
	if d.cur <= 2 {
		// the headline's or the lead's pair is what the story is about:
		// it counts twice
		d.groupCount[k]++
	}
}

// groupKey is the key of a pair in groupCount: the order it is stored
// in, or, for a pair not yet named, the two in reverse (the order the
// first version stored, kept so that statements keep their order).
func (d *doc) groupKey(two []*entity) [2]*entity {
	if k := [2]*entity{two[0], two[1]}; d.groupCount[k] > 0 {
		return k
	}
	return [2]*entity{two[1], two[0]}
}

// pairCount is how often the story has named the pair two together.
func (d *doc) pairCount(two []*entity) int { return d.groupCount[d.groupKey(two)] }

// examplesBefore reports whether the name at token i opens a list of
// examples: "such as", "including", "like".
func examplesBefore(s *sentence, i int) bool {
	w := s.lower(i - 1)
	return w == "including" || w == "like" || w == "as" && s.lower(i-2) == "such"
}

// groupPreps govern a group that is not the clause's subject.
var groupPreps = map[string]bool{
	"with": true, "between": true, "to": true, "for": true, "against": true, "on": true, "from": true,
}

// leaderNouns after "the two" or "both" refer to the two people last named
// together.
var leaderNouns = map[string]bool{
	"leaders": true, "presidents": true, "men": true, "women": true, "ministers": true,
	"premiers": true, "heads": true,
}

// personPair is the pair "the two leaders" refers to: the first two people
// of a recent sentence that named two.
func (d *doc) personPair() (*entity, *entity) {
	if len(d.lastPeople) == 2 && d.cur-d.lastPeopleAt <= 2 {
		return d.lastPeople[0], d.lastPeople[1]
	}
	return nil, nil
}

// pairVerbs are base forms two parties do together: "when the two meet".
var pairVerbs = setOf(`meet talk speak sign hold discuss`)

// twoPeopleBefore returns the two people named before token i, when the
// sentence names exactly two there.
func (s *sentence) twoPeopleBefore(i int) []*entity {
	return s.onlyTwoBefore(i, func(m *mention) bool { return m.ent.typ == schema.Person && !m.pronoun })
}

// onlyTwoBefore returns the two entities the mentions ending by token i
// that ok accepts name, when they name exactly two, else nil.
func (s *sentence) onlyTwoBefore(i int, ok func(*mention) bool) []*entity {
	var g []*entity
	for _, m := range s.ments {
		if m.to <= i && ok(m) && !containsEnt(g, m.ent) {
			g = append(g, m.ent)
		}
	}
	if len(g) != 2 {
		return nil
	}
	return g
}

// bothSubject reports whether a bare "both" at token i is a subject: a
// verb or an auxiliary follows it ("both gained", "both have").
func bothSubject(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || s.mentionAt(i+1) != nil {
		return false
	}
	if subjectVerbs[s.lower(i+1)] || s.lower(i+1) == "are" || s.lower(i+1) == "were" || s.lower(i+1) == "have" {
		return true
	}
	t := s.tag(i + 1)
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && s.lower(i+2) != "by"
}

// pairBefore is the pair of countries or people coordinated last before
// token i ("India and Pakistan").
func (s *sentence) pairBefore(i int) (*entity, *entity) {
	var a, b *entity
	for _, m := range s.ments {
		if m.to > i || m.demonym || m.poss || len(m.members) > 0 || (m.ent.typ != schema.Country && m.ent.typ != schema.Person) {
			continue
		}
		list := s.coordinated(m, i)
		if len(list) == 2 && list[0].ent != list[1].ent && list[0].ent.typ == list[1].ent.typ && !list[1].demonym {
			a, b = list[0].ent, list[1].ent
		}
	}
	return a, b
}

// twoCountriesBefore returns the two countries a sentence names before
// token i when it names exactly two (demonyms aside), else nil, nil.
func (s *sentence) twoCountriesBefore(i int) (*entity, *entity) {
	// ("Georgia, which regained its independence from the Soviet Union
	// in 1991, has had no relations with Russia since a war between the
	// two countries": not a name of a relative clause closed before)
	g := s.onlyTwoBefore(i, func(m *mention) bool {
		return m.ent.typ == schema.Country && !m.demonym && len(m.members) == 0 && !insideClosedRelative(s.toks, m.from, i)
	})
	if g == nil {
		return nil, nil
	}
	return g[0], g[1]
}

// capitalNamed returns the capital city of the country whose demonym
// follows "the" at token i in "the Iraqi capital", when no name follows
// ("the Lebanese capital, Beirut" names it) nor a noun ("the Swiss capital
// market"), or nil.
func (d *doc) capitalNamed(s *sentence, i int) *entity {
	c := s.mentionAt(i + 1)
	if c == nil || c.from != i+1 || !c.demonym || c.ent.typ != schema.Country || c.ent.entry == nil || s.lower(c.to) != "capital" {
		return nil
	}
	k := c.to + 1
	// "the Swiss capital market", "the Dutch capital markets": a noun
	// after it
	if s.commonNounAt(k) {
		return nil
	}
	if s.lower(k) == "," || s.lower(k) == "'s" || s.lower(k) == "’s" {
		k++
	}
	if k < len(s.toks) && s.toks[k].Cap {
		return nil
	}
	if e, ok := d.g.Capital(c.ent.entry.ID); ok {
		return d.fromEntry(e)
	}
	return nil
}

// orgNouns after "the" refer back to an organization already named.
var orgNouns = map[string]bool{
	"alliance": true, "bloc": true, "organization": true, "organisation": true, "group": true,
	"agency": true, "militia": true, "movement": true, "body": true, "union": true, "party": true,
	"forum": true, "grouping": true, "coalition": true, "council": true, "commission": true,
	"bank": true, "lender": true, "court": true, "tribunal": true, "league": true,
}

// namedOrgNouns refer back only to an organization whose name has one
// of their words: "the council" is the Arctic Council, not the last
// company named; "the lender" is a bank or a fund named before.
var namedOrgNouns = map[string][]string{
	"council": {"council"}, "commission": {"commission"}, "bank": {"bank"}, "lender": {"bank", "fund"},
	// "joined the union in 2015" is the Eurasian Economic Union, not the
	// commission named since; "the court in The Hague"
	"union": {"union"}, "court": {"court"}, "tribunal": {"tribunal"}, "league": {"league"}, "forum": {"forum"},
	// "Peskov accused the alliance" is NATO, not the Kremlin he speaks for
	"alliance": {"alliance", "nato", "treaty organization"},
}

// mediatorFor reports whether the sentence names e's mediators ("Qatari
// mediators", "Egyptian and Qatari mediators").
func (s *sentence) mediatorFor(e *entity) bool {
	for _, m := range s.ments {
		if m.ent == e && (s.lower(m.to-1) == "mediators" || s.lower(m.to) == "mediators" || m.adj && s.lower(m.to) == "and" && s.mediatorAfterAnd(m)) {
			return true
		}
	}
	return false
}

// mediatorAfterAnd reports whether the demonym after m's "and" is
// followed by "mediators": "Egyptian and Qatari mediators".
func (s *sentence) mediatorAfterAnd(m *mention) bool {
	n := s.mentionAt(m.to + 1)
	return n != nil && n.from == m.to+1 && (s.lower(n.to) == "mediators" || s.lower(n.to-1) == "mediators")
}

// sharedPeople are the plural collectives a demonym shares with an
// abbreviated name after "and": "Saudi and U.S. mediators" (not "Israeli
// and U.S. strikes", which hit what they name).
var sharedPeople = setOf(`officials diplomats negotiators mediators envoys leaders representatives`)

// militaryWords are in the names of states' armed forces, which "the
// military" and "the junta" refer back to.
var militaryWords = []string{"military", "armed forces"}

// juntaNext may follow "the military" that names the armed forces ("the
// military government", "the military since 2021"), unlike "the military
// bases".
var juntaNext = setOf(`and or since government regime rulers leaders leadership`)

// lenderNouns refer back only in lower case ("a bigger role for the
// Bank in U.S. debt strategy" is no bank named before).
var lenderNouns = map[string]bool{"bank": true, "lender": true}

// visitAdjectives stand before the visitNouns of a person's travel:
// "his first visit", "her state visit".
var visitAdjectives = setOf(`first second third official state working maiden`)

// qualifiesPlural reports whether m only qualifies the observers named
// after it: "U.N. experts", "IAEA inspectors" (not "M23 rebels", who are
// the group, nor "EU diplomats", who speak for the bloc).
func (s *sentence) qualifiesPlural(m *mention) bool {
	return observerNouns[s.lower(m.to)]
}

// observerNouns are people who watch a body or a conflict from outside.
var observerNouns = setOf(`experts analysts observers investigators monitors inspectors researchers`)

// lastOrg is the organization named last before token i: in this
// sentence, else in the sentences before.
func (d *doc) lastOrg(s *sentence, added []*mention, i int) *entity {
	var best *mention
	for _, ms := range [][]*mention{s.ments, added} {
		for _, m := range ms {
			// ("U.N. experts say the group ...": a name that only
			// qualifies a plural noun is not the group)
			// ("kept its channels open to the movement": a pronoun is
			// no naming)
			if m.to <= i && m.ent.typ == schema.Organization && (m.ent.entry == nil || !m.ent.entry.Agency) && (best == nil || m.to > best.to) && !s.qualifiesPlural(m) && !m.pronoun {
				best = m
			}
		}
	}
	if best != nil {
		return best.ent
	}
	return d.lastOrganization
}

// isBloc reports whether the gazetteer lists members of e.
func (d *doc) isBloc(e *entity) bool {
	return e.typ == schema.Organization && e.entry != nil && d.g.HasMembers(e.entry.ID)
}

// blocNamed reports a body whose name says it joins states: "the
// Southern African Development Community", "the Alliance of Sahel
// States".
func blocNamed(e *entity) bool {
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if blocNameWords[w] {
			return true
		}
	}
	return false
}

var blocNameWords = setOf(`community union association organization organisation alliance league group bloc pact cooperation states nations forum partnership`)

// recentBloc is the bloc named last before token i of s, in s or the
// two sentences before it, whatever other bodies were named since.
func (d *doc) recentBloc(s *sentence, i int) *entity {
	c := d.cur - 1 // (d.cur counts from 1)
	for k := c; k >= 0 && k >= c-2; k-- {
		ms := s.ments
		if k < c {
			if k >= len(d.sents) {
				continue
			}
			ms = d.sents[k].ments
		}
		for j := len(ms) - 1; j >= 0; j-- {
			if m := ms[j]; (k < c || m.to <= i) && !m.pronoun && d.isBloc(m.ent) {
				return m.ent
			}
		}
	}
	return nil
}

// lastOrgNamed is the organization with noun in its name named last
// before token i of s: "the council" is the Arctic Council, even after
// a ministry was named.
func (d *doc) lastOrgNamed(s *sentence, i int, words []string) *entity {
	named := func(m *mention) bool {
		if m.ent.typ != schema.Organization {
			return false
		}
		name := strings.ToLower(m.ent.name)
		for _, w := range words {
			if strings.Contains(name, w) {
				return true
			}
		}
		return false
	}
	var best *mention
	for _, m := range s.ments {
		if m.to <= i && named(m) {
			best = m
		}
	}
	if best != nil {
		return best.ent
	}
	// ("Prime ministers of the Eurasian Economic Union (EAEU) ...
	// courts the European Union ... Kyrgyzstan, which joined the union":
	// the body the story names most, the last named on a tie)
	count := map[*entity]int{}
	var order []*entity // most recent last
	for k := 0; k <= d.cur-2 && k < len(d.sents); k++ {
		for _, m := range d.sents[k].ments {
			// (a pronoun names nothing: "accepted their joint submission")
			if named(m) && !m.pronoun {
				count[m.ent]++
				order = slices.DeleteFunc(order, func(e *entity) bool { return e == m.ent })
				order = append(order, m.ent)
			}
		}
	}
	var most *entity
	for _, e := range order {
		if most == nil || count[e] >= count[most] {
			most = e
		}
	}
	return most
}

// lastEarlier is the entity of the last mention that match accepts in
// the sentences before sentence number cur (counted from 1: d.cur while
// references are resolved, d.relSent while relations are read).
func (d *doc) lastEarlier(cur int, match func(*mention) bool) *entity {
	for k := cur - 2; k >= 0 && k < len(d.sents); k-- {
		for n := len(d.sents[k].ments) - 1; n >= 0; n-- {
			if m := d.sents[k].ments[n]; match(m) {
				return m.ent
			}
		}
	}
	return nil
}

// sharedDemonymBlockers before "Kazakh and Uzbek officials" make the
// pair no two actors: people of someone's, or the end of a longer list.
var sharedDemonymBlockers = setOf(`his her their its our , several`)

// amongThem returns the countries a ", among them A and B" after token
// k names, within its clause; nil when there is none.
func (s *sentence) amongThem(k int) []*mention {
	for j := k; j < len(s.toks); j++ {
		w := s.lower(j)
		if w == "," && s.lower(j+1) == "among" && (s.lower(j+2) == "them" || s.lower(j+2) == "which") {
			list, end := s.countryListAt(j+3, true)
			if len(list) == 0 || end < len(s.toks) && s.lower(end) != "." && s.lower(end) != "," && s.lower(end) != ";" {
				return nil
			}
			return list
		}
		if clauseWords[w] || w == ";" {
			return nil
		}
	}
	return nil
}

// thatSpeechVerbs say or deny the clause their "that" opens.
var thatSpeechVerbs = setOf(`said says denied denies insisted insists claimed claims admitted admits confirmed confirms acknowledged acknowledges announced announces`)

// speakerOfThat returns the country or organization that opens the
// sentence and says or denies the clause the "that" at token that opens,
// with only a time or a setting between verb and "that" ("Hamas denied on
// Monday that"); nil otherwise.
func (s *sentence) speakerOfThat(that int) *mention {
	c := s.openingStart()
	m := s.mentionAt(c)
	if m == nil || m.from != c || m.poss || m.demonym || m.pronoun || !(m.ent.typ == schema.Country || m.ent.typ == schema.Organization) {
		return nil
	}
	k := m.to
	if s.tag(k) == "RB" && !s.toks[k].Cap {
		k++ // "Hamas quickly denied"
	}
	if !thatSpeechVerbs[s.lower(k)] {
		return nil
	}
	for j := k + 1; j < that; j++ {
		w := strings.TrimSuffix(s.lower(j), ".")
		_, month := months[w]
		_, day := weekdays[w]
		if !month && !day && !denialFillers[w] && !isYear(w) {
			return nil
		}
	}
	return m
}

// subjectVerbs follow a subject pronoun: "it will", "it has said".
// itOpensClause reports whether the "it" at token i is the subject of a
// clause that "but", "while", "when" or a like conjunction opens,
// before a finite verb (past one adverb): ", but it still imports".
func (s *sentence) itOpensClause(i int) bool {
	switch s.lower(i - 1) {
	case "but", "while", "although", "though", "whereas", "because":
	case "when", "after", "before", "since", "once", "if", "unless":
		// ("Pakistan, which inherited the line when it gained
		// independence": a time clause's "it" only when the sentence
		// has named one country before it; not "established relations
		// with Kuwait after it gained independence")
		var one *entity
		for _, m := range s.ments {
			if m.to <= i && m.ent.typ == schema.Country && !m.demonym {
				if one != nil && one != m.ent {
					return false
				}
				one = m.ent
			}
		}
		if one == nil {
			return false
		}
	default:
		return false
	}
	k := i + 1
	if s.tag(k) == "RB" && !s.toks[k].Cap {
		k++
	}
	return subjectVerbs[s.lower(k)] || finiteVerb(s, k)
}

var subjectVerbs = map[string]bool{
	"will": true, "would": true, "has": true, "had": true, "is": true, "was": true, "could": true,
	"may": true, "might": true, "should": true, "can": true, "does": true, "did": true,
	"wants": true, "plans": true, "says": true, "said": true, "shall": true, "must": true,
	"recognizes": true, "recognises": true, "supports": true, "opposes": true, "borders": true,
}

// remember records a mention in the discourse memory.
func (d *doc) remember(m *mention) {
	if m.ent.typ == schema.Agreement {
		d.lastAgreement = m.ent
	}
	if m.ent.typ == schema.Organization && (m.ent.entry == nil || !m.ent.entry.Agency) {
		d.lastOrganization, d.lastOrganizationAt = m.ent, d.cur
	}
	// ("a U.S.-backed transit route", "the Doha-based broadcaster": no
	// country the story talks about)
	if m.ent.typ != schema.Country || len(m.members) > 0 || m.backer || m.based {
		return
	}
	d.countryCount[m.ent]++
	for i, c := range d.lastCountries {
		if c == m.ent {
			d.lastCountries = append(d.lastCountries[:i], d.lastCountries[i+1:]...)
			break
		}
	}
	d.lastCountries = append([]*entity{m.ent}, d.lastCountries...)
	if len(d.lastCountries) > 8 {
		d.lastCountries = d.lastCountries[:8]
	}
}

// describedCountry is the country a possessive description at token i
// stands for ("Australia, which has long been the island nation's main
// security partner"): the country its sentence named first, unless that
// is the nearest one before it (its clause's subject); else, of the
// countries named lately, not the nearest one, the one named most often,
// the earlier on a tie.
func (d *doc) describedCountry(s *sentence, i int) *entity {
	var first, near *entity
	for _, m := range s.ments {
		if m.to <= i && m.ent.typ == schema.Country && !m.demonym {
			if first == nil {
				first = m.ent
			}
			near = m.ent
		}
	}
	// "Fiji will let China train its police, a move likely to worry New
	// Zealand, which has long been the island nation's ...": the country
	// the sentence opened with
	if first != nil && first != near {
		return first
	}
	var best *entity
	for k := len(d.lastCountries) - 1; k >= 0; k-- {
		c := d.lastCountries[k]
		if c != near && (best == nil || d.countryCount[c] > d.countryCount[best]) {
			best = c
		}
	}
	return best
}

// lastCountry resolves "the country", "the kingdom": the most recent
// country, and for "kingdom", "republic" or "emirate" the most recent one
// whose names say so.
func (d *doc) lastCountry(noun string) *entity {
	// "an area larger than France. The country borders Chad": a country
	// named once, in passing, gives way to the one the story has named
	// at least three times
	if (noun == "country" || noun == "nation") && len(d.lastCountries) > 1 && d.countryCount[d.lastCountries[0]] == 1 {
		var top *entity
		for _, c := range d.lastCountries[1:] {
			if top == nil || d.countryCount[c] > d.countryCount[top] {
				top = c
			}
		}
		if d.countryCount[top] >= 3 {
			return top
		}
	}
	for _, c := range d.lastCountries {
		if noun == "country" || noun == "nation" {
			return c
		}
		if c.entry == nil {
			continue
		}
		for _, n := range append([]string{c.entry.Name}, c.entry.Aliases...) {
			if strings.Contains(strings.ToLower(n), strings.TrimSuffix(noun, "s")) {
				return c
			}
		}
	}
	return nil
}

// nearestActor is the country or organization a pronoun at token i refers
// to: the closest one before it in the sentence (not a possessor when the
// pronoun is a subject, and for a subject one no preposition governs when
// there is one), else the last country named.
func (d *doc) nearestActor(s *sentence, added []*mention, i int, subject, countryOnly bool) *entity {
	// a pronoun that opens a coordinated clause (", and it", ", and its")
	if s.lower(i-1) == "and" && s.lower(i-2) == "," {
		actor := func(e *entity) bool { return e.typ == schema.Country || !countryOnly && e.typ == schema.Organization }
		// "Paraguay recognizes Taiwan rather than China, and it has no
		// relations with Beijing": a subject "it" stands for the subject
		// of the clause before
		if subject {
			if m := s.clauseSubjectBefore(i - 2); m != nil && actor(m.ent) {
				return m.ent
			}
		}
		// "Its capital, Tskhinvali, lies near Tbilisi, and its leader
		// ...": a possessive stands for what the one opening the sentence
		// stood for
		if s.lower(i) == "its" && s.lower(0) == "its" {
			for _, a := range added {
				if a.pronoun && a.from == 0 && actor(a.ent) {
					return a.ent
				}
			}
		}
	}
	// ("Iceland ... belongs to its single market through EFTA, and it is
	// a founding member of NATO": Iceland)
	if subject {
		if e := d.nearestActorBy(s, added, i, subject, countryOnly, true); e != nil {
			return e
		}
	}
	if e := d.nearestActorBy(s, added, i, subject, countryOnly, false); e != nil {
		return e
	}
	return d.lastCountries[0]
}

// lastBodySubject returns the organization named last in the sentence
// when it is the subject of its clause, right before the verb or an
// apposition's head before it: "after the main opposition party,
// Chadema, was barred"; nil otherwise.
func (s *sentence) lastBodySubject() *entity {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.ent.typ.IsPlace() || m.ent.typ == schema.Person || m.demonym {
			continue
		}
		if m.ent.typ != schema.Organization || m.pronoun || m.poss {
			return nil
		}
		j := m.to
		if s.lower(j) == "," && s.lower(m.from-1) == "," {
			j++
		}
		if finiteVerb(s, j) {
			return m.ent
		}
		return nil
	}
	return nil
}

// insideClosedApposition reports whether m lies in an apposition that
// a name opens and a comma closes before token i: ", an ECOWAS member,".
func (s *sentence) insideClosedApposition(m *mention, i int) bool {
	open := -1
	for j := m.from - 1; j > 0 && j >= m.from-4; j-- {
		if s.lower(j) == "," {
			open = j
			break
		}
		if !s.toks[j].Word {
			return false
		}
	}
	if a := s.lower(open + 1); open < 1 || a != "a" && a != "an" && a != "the" {
		return false
	}
	if h := s.mentionAt(open - 1); h == nil || h.to != open {
		return false
	}
	for k := m.to; k < i && k <= m.to+4; k++ {
		if s.lower(k) == "," {
			return true
		}
		if !s.toks[k].Word {
			return false
		}
	}
	return false
}

// possessiveOpeners come right before a possessive pronoun that opens a
// clause's subject: ": its information minister accused", "said its".
var possessiveOpeners = setOf(`: ; said says that`)

// nearestActorBy is nearestActor's search, leaving out the names a
// preposition governs when ungoverned is set; nil when none is found.
func (d *doc) nearestActorBy(s *sentence, added []*mention, i int, subject, countryOnly, ungoverned bool) *entity {
	var best *mention
	for _, ms := range [][]*mention{s.ments, added} {
		for _, m := range ms {
			if ungoverned && subjectBlockers[s.governor(m)] {
				continue
			}
			// "Turkey, Azerbaijan's closest ally, said it was ready": a
			// possessor is not what a subject "it" stands for
			if subject && m.poss || countryOnly && m.ent.typ == schema.Organization {
				continue
			}
			// "Finland, which joined NATO in 2023, said it": a relative
			// clause closed before the pronoun holds no antecedent of a
			// subject, nor of a possessive opening a clause ("Eritrea,
			// which fought a war with Ethiopia, is unconvinced: its
			// information minister accused")
			// ("Bosnia, which gained EU candidate status in 2022, was
			// represented by the chair of its Council of Ministers": nor
			// of a possessive, unless a partner's noun or a copula comes
			// with it: "Iraq, which gets its water from rivers that rise
			// in Turkey, has accused its northern neighbour"; "Australia,
			// which ran the territory until Papua New Guinea gained
			// independence, is its largest aid donor")
			if (subject || possessiveOpeners[s.lower(i-1)] || !partnerAhead(s, i+1) && !copulas[s.lower(i-1)]) && m.to <= i && insideClosedRelative(s.toks, m.from, i) {
				continue
			}
			// ("Togo, an ECOWAS member, has said it is considering": nor
			// an apposition closed before it)
			if subject && m.to <= i && s.insideClosedApposition(m, i) {
				continue
			}
			if m.to <= i && !m.demonym && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization || d.capitalCountry(m.ent) != nil) && (best == nil || m.to > best.to) {
				best = m
			}
		}
	}
	if best != nil {
		// "Ankara was ready to open its border": the capital's country
		if c := d.capitalCountry(best.ent); c != nil {
			return c
		}
		return best.ent
	}
	return nil
}

// clauseSubjectBefore returns the name that opens the clause ending at
// token i, with its finite verb right after it, or nil.
func (s *sentence) clauseSubjectBefore(i int) *mention {
	c := s.clauseStart(i)
	// ("the only country in South America that recognizes Taiwan": a
	// relative clause belongs to the clause before it)
	for n := 0; n < 3 && c > 0 && relativeWords[s.lower(c)] && !(s.lower(c) == "that" && strings.HasPrefix(s.tag(c-1), "VB")); n++ {
		c = s.clauseStart(c)
	}
	if c > 0 || clauseWords[s.lower(c)] || s.lower(c) == "and" {
		c++
	}
	if s.lower(c) == "the" {
		c++
	}
	m := s.mentionAt(c)
	if m == nil || m.from != c || m.to >= i || m.poss || m.demonym || m.pronoun || !usable(m) || !finiteVerb(s, m.to) {
		return nil
	}
	return m
}

// oneCountryBefore returns the country the sentence names before token
// i when it names only one there (not in its dateline), or nil.
func (s *sentence) oneCountryBefore(i int) *entity {
	var one *entity
	for _, m := range s.ments {
		if m.to > i {
			break
		}
		if m.ent.typ != schema.Country || m.dateline {
			continue
		}
		if one != nil && one != m.ent {
			return nil
		}
		one = m.ent
	}
	return one
}

// relativeWords open a relative clause.
var relativeWords = setOf(`that which who whom whose`)

// copulaSubjectBefore returns the name right before a copula that ends
// at token i ("Russia remains its ...", "China is now its ..."), or nil.
func (s *sentence) copulaSubjectBefore(i int) *mention {
	k := i - 1
	if s.lower(k) == "far" && s.lower(k-1) == "by" {
		k -= 2 // "has become by far its biggest customer"
	}
	if s.lower(k) == "now" || s.lower(k) == "still" || s.lower(k) == "also" {
		k--
	}
	if w := s.lower(k); !copulas[w] && w != "become" && w != "been" {
		return nil
	}
	k--
	if s.lower(k) == "has" || s.lower(k) == "had" || s.lower(k) == "now" || s.lower(k) == "still" || s.lower(k) == "also" {
		k--
	}
	if m := s.mentionAt(k); m != nil && m.to == k+1 && !m.poss && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization) {
		return m
	}
	// "China, which buys the bulk of Turkmen exports, has become": the
	// clause's subject past a relative clause
	subs := s.subjectsBefore(k+1, s.clauseStart(k+1), func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Organization })
	if len(subs) == 1 && !subs[0].poss {
		return subs[0]
	}
	return nil
}

// partnerAhead reports a relational noun a few adjectives after token k:
// "its largest trading partner", "its closest ally".
func partnerAhead(s *sentence, k int) bool {
	for n := 0; n < 4 && k < len(s.toks); n++ {
		switch w := s.lower(k); {
		case partnerNouns[w]:
			return true
		case s.plainWord(k) && !s.toks[k].Cap:
			k++
		default:
			return false
		}
	}
	return false
}

// partnerNouns relate one state to another: no state is its own.
var partnerNouns = setOf(`partner partners ally allies neighbour neighbor rival supplier buyer customer creditor enemy adversary market`)

// firstPersonBefore returns the first person named before token i.
func (s *sentence) firstPersonBefore(i int) *mention {
	for _, m := range s.ments {
		if m.to <= i && m.ent.typ == schema.Person && !m.pronoun {
			return m
		}
	}
	return nil
}

// lastPersonBefore returns the last person named before token i.
func (s *sentence) lastPersonBefore(i int) *entity {
	var last *entity
	for _, m := range s.ments {
		if m.to <= i && m.ent.typ == schema.Person && !m.pronoun {
			last = m.ent
		}
	}
	return last
}

// ledCountry is the country a person heads, from the gazetteer or from a
// title earlier in the document ("U.S. President Donald Trump").
func (d *doc) ledCountry(p *entity) *entity {
	if p.leads != nil {
		return p.leads
	}
	if p.entry != nil && p.entry.Leads != "" {
		if e, ok := d.g.Get(p.entry.Leads); ok && e.Type == schema.Country {
			return d.fromEntry(e)
		}
	}
	return nil
}

// townCountryBefore is the country of the known town named last before
// token i in the sentence, when no country's name comes after it.
func (d *doc) townCountryBefore(s *sentence, i int) *entity {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		if m.to > i {
			continue
		}
		if m.ent.typ == schema.Country {
			return nil
		}
		if m.ent.typ == schema.City && m.ent.entry != nil && !m.based && !m.dateline {
			return d.placeCountry(m.ent)
		}
	}
	return nil
}

// actingFor returns whom a capital city names when it acts: the body
// the gazetteer says it stands for ("Cyprus has asked Brussels to play
// a bigger role": the EU), else its country.
func (d *doc) actingFor(e *entity) *entity {
	if e.typ == schema.City && e.entry != nil && e.entry.StandsFor != "" {
		if c, ok := d.g.Get(e.entry.StandsFor); ok {
			return d.fromEntry(c)
		}
	}
	return d.capitalCountry(e)
}

// capitalCountry is the country whose capital e is, nil for anything else.
func (d *doc) capitalCountry(e *entity) *entity {
	if e.typ != schema.City || e.entry == nil || e.entry.CapitalOf == "" {
		return nil
	}

	if c, ok := d.g.Get(e.entry.CapitalOf); ok && c.Type == schema.Country {
		return d.fromEntry(c)
	}
	return nil
}

// statelyNouns are what only a country has: "its neighbours", "its
// capital", "its coastline".
var statelyNouns = setOf(`neighbours neighbors neighbour neighbor capital coastline coast border borders
territory president prime government parliament citizens people embassy ambassador`)

// firstWord reports whether token i is the sentence's first word (after
// an opening quote or bracket at most).
func (s *sentence) firstWord(i int) bool {
	for k := 0; k < i; k++ {
		if s.toks[k].Word {
			return false
		}
	}
	return true
}

// publicBody reports a body whose name says it is part of a state, not
// a business: "the Treasury Department", "the Interior Ministry".
// (an acronym is as often an agency's: "the SEC")
func publicBody(e *entity) bool {
	f := strings.Fields(strings.ToLower(e.name))
	return len(f) == 0 || publicHeads[f[len(f)-1]] || len(f) == 1 && allCaps(e.name)
}

var publicHeads = setOf(`department ministry agency commission council court parliament assembly senate congress office service army navy police command exchange`)

// basedBusiness reports "the Houston-based company": a business whose
// seat the description gives, the body named last in the two sentences
// before (a bare "the company" is too often another one).
func (d *doc) basedBusiness(s *sentence, i, on int) bool {
	m := s.mentionAt(i + 1)
	if on <= i+1 || on >= len(s.toks) || m == nil || m.from != i+1 || !m.based || !businessNouns[s.lower(on)] || s.toks[on].Cap ||
		d.lastOrganization == nil || d.cur-d.lastOrganizationAt > 2 || publicBody(d.lastOrganization) {
		return false
	}
	// ("the Abu Dhabi-based company will deliver to Mumbai-based BPCL",
	// "GAF announced an offer to the Chicago-based company": another
	// body named in the sentence leaves it open which one is meant)
	for _, n := range s.ments {
		if n.ent.typ == schema.Organization {
			return false
		}
	}
	return true
}

// sizedNoun skips, from token i, a size or a seat written before a body's
// noun ("15-nation", "27-member", "Washington-based") and returns the
// index of the noun; i when there is none.
func sizedNoun(s *sentence, i int) int {
	if i >= len(s.toks) {
		return i
	}
	n := i
	if m := s.mentionAt(i); m != nil && m.from == i && m.based {
		n = m.to // "the Addis Ababa-based organisation"
	} else {
		w := s.lower(i)
		for _, suf := range []string{"-nation", "-member", "-country", "-state", "-strong", "-based"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				n = i + 1
				break
			}
		}
	}
	// "the Gaborone-based regional bloc", "the 27-member regional
	// grouping": one lower-case adjective before the body's noun
	// ("the paramilitary group" as a reference, not as an apposition
	// that describes the name before it: "the Rapid Support Forces
	// (RSF), the paramilitary group that has been fighting")
	if (blocAdjectives[s.lower(n)] || armedAdjectives[s.lower(n)] && !s.describesName(i-1)) && !s.toks[n].Cap && orgNouns[s.lower(n+1)] {
		n++
	}
	return n
}

// blocAdjectives say what kind of body a description means: "the
// regional bloc", "the 32-member military alliance".
var blocAdjectives = setOf(`regional continental military economic political western transatlantic intergovernmental multilateral financial monetary defence defense security`)

// armedAdjectives describe an armed group referred back to: "the
// paramilitary group".
var armedAdjectives = setOf(`paramilitary rebel militant armed insurgent separatist jihadist islamist`)

// describesName reports whether the noun phrase opening at token i is an
// apposition to the name before its comma: "the RSF, the paramilitary
// group", "the Rapid Support Forces (RSF), the ...".
func (s *sentence) describesName(i int) bool {
	if s.lower(i-1) != "," {
		return false
	}
	e := i - 1
	if s.lower(e-1) == ")" {
		for e > 0 && s.lower(e-1) != "(" {
			e--
		}
		e--
	}
	m := s.mentionAt(e - 1)
	return m != nil && m.to == e && m.ent.typ == schema.Organization
}

// personAt reports whether a person's name starts at token i.
func (s *sentence) personAt(i int) bool {
	p := s.mentionAt(i)
	return p != nil && p.from == i && p.ent.typ == schema.Person && !p.pronoun
}

// leaderTitles are the posts "the president", "the prime minister" refer
// back by.
var leaderTitles = []string{"prime minister", "president", "premier", "chancellor", "king", "emir", "sultan", "governor"}

// leaderTitle returns the leader's post a title ends with, when the
// title heads ("kiribati president" is "president"; "vice president",
// staff by roleKind, is none), or "".
func leaderTitle(title string) string {
	for _, t := range leaderTitles {
		if title == t || strings.HasSuffix(title, " "+t) {
			if kind, _ := roleKind(title); kind == schema.HeadOf {
				return t
			}
			return ""
		}
	}
	return ""
}

// leaderRef returns the leader's post that a lower-case reference opens
// at token i with: "the president accused", not "the president of the
// commission", "the president's office" or "the president, X".
func leaderRef(s *sentence, i int) string {
	for _, t := range leaderTitles {
		ws := strings.Fields(t)
		ok := true
		for k, w := range ws {
			if s.lower(i+k) != w || s.toks[min(i+k, len(s.toks)-1)].Cap {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		switch next := i + len(ws); {
		case s.lower(next) == "of" && !strings.HasSuffix(s.lower(next+1), "ing") || s.lower(next) == "'s" || s.lower(next) == "," || next < len(s.toks) && s.toks[next].Cap || s.mentionAt(next) != nil:
			return ""
		}
		return t
	}
	return ""
}

// himRef is whom "him" after a verb at token i means: the last person
// named before it in the sentence, else last, the person the sentence
// before named first. Where the name right before the verb is a
// person's ("Trump later called him"), who is meant is not ours to
// guess.
func (s *sentence) himRef(i int, last *entity) *entity {
	var subj, p *entity
	for _, m := range s.ments {
		if m.to > i-1 {
			break
		}
		subj = m.ent
		if m.ent.typ == schema.Person && !m.demonym {
			p = m.ent
		}
	}
	if subj != nil && subj.typ == schema.Person {
		return nil
	}
	if p == nil {
		p = last
	}
	return p
}

// quantifiers count what a plural noun names: "several Indian Ocean
// states".
var quantifiers = setOf(`several many some other all few fellow various numerous smaller small poorer`)

// personSubjectBefore returns the person who is the subject of the
// sentence's first clause before token i (a name, then its verb), or
// nil.
func (s *sentence) personSubjectBefore(i int) *mention {
	for _, m := range s.ments {
		if m.to > i {
			return nil
		}
		if m.ent.typ != schema.Person || m.pronoun || m.demonym || m.poss || len(m.members) > 0 || subjectBlockers[s.lower(s.npStart(m.from)-1)] {
			continue
		}
		if finiteVerb(s, m.to) || s.nameVerbAt(m.from) {
			return m
		}
		return nil
	}
	return nil
}

// clauseActorBefore returns the one country or body that is the subject
// of the clause ending at token k, or nil.
func (s *sentence) clauseActorBefore(k int) *entity {
	if s.lower(k) != "," || s.lower(k+1) != "and" {
		return nil
	}
	subs := s.subjectsBefore(k, s.clauseStart(k), func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Organization })
	if len(subs) != 1 {
		return nil
	}
	return subs[0].ent
}

// resolvedSubjectBefore returns the subject of the clause (or of the
// sentence) that ", and" at token k closes when it is a reference
// resolved in this sentence ("The group has not fired on Israel, and
// its leader"), or nil.
func (s *sentence) resolvedSubjectBefore(added []*mention, k int) *mention {
	if s.lower(k) != "," || s.lower(k+1) != "and" {
		return nil
	}
	cs := s.clauseStart(k)
	for _, m := range added {
		if m.from != cs && m.from != 0 || m.pronoun || m.poss || m.to >= k || m.ent.typ != schema.Country && m.ent.typ != schema.Organization {
			continue
		}
		if t := s.tag(m.to); t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD" {
			return m
		}
	}
	return nil
}

// lastPronoun returns the last possessive pronoun resolved in the
// sentence so far that is written w and followed by the noun next (any
// noun when next is "").
func lastPronoun(s *sentence, added []*mention, w, next string) *mention {
	for k := len(added) - 1; k >= 0; k-- {
		if m := added[k]; m.pronoun && m.poss && m.to-m.from == 1 && s.lower(m.from) == w && (next == "" || s.lower(m.to) == next) {
			return m
		}
	}
	return nil
}

// governor is the word before the noun phrase of m, or before the list m
// ends: "unlike Norway and Iceland" governs Iceland by "unlike".
func (s *sentence) governor(m *mention) string {
	k := s.npStart(m.from) - 1
	for n := 0; n < 6; n++ {
		if w := s.lower(k); w != "and" && w != "or" && w != "," {
			return w
		}
		p := s.mentionAt(k - 1)
		if p == nil || p.to != k {
			break
		}
		k = s.npStart(p.from) - 1
	}
	return s.lower(k)
}

// names reports whether the sentence names e.
func (s *sentence) names(e *entity) bool {
	for _, m := range s.ments {
		if m.ent == e {
			return true
		}
	}
	return false
}
