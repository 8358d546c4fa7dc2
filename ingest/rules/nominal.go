package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Rules inside noun phrases: titles and appositions ("U.S. Defense
// Secretary Mark Esper", "Trump's special envoy, Steve Witkoff",
// "Aryeh Lightstone, a key Witkoff aide"), capitals ("Azerbaijan's
// capital, Baku"), containment ("Baku in Azerbaijan", "Nagorno-Karabakh,
// an Azerbaijani region", "Central Asia, which includes Kazakhstan ...")
// and nationality ("Australian Timothy Weeks").

// titleBefore returns the title words right before token i: their start
// and the lowercase title, without honorifics and "former".
func (s *sentence) titleBefore(i int) (int, string, bool) {
	k := i
	// "Acting Minister for Transport Jeffrey Siow": the portfolio after
	// the title's "for" or "of" is no part of the title
	pb, pe := -1, -1
	if b := s.portfolioBack(i); b < i && b > 1 && (s.lower(b-1) == "for" || s.lower(b-1) == "of") && s.toks[b-2].Cap && titleWords[s.lower(b-2)] && s.mentionAt(b-2) == nil {
		pb, pe = b-1, i
		k = b - 1
	}
	// "Chinese Ambassador to Fiji Zhou Jian", "Beijing's special envoy
	// for Myanmar Deng Xijun": the host after the title's "to" is no part
	// of the title
	if h := s.mentionAt(i - 1); pb < 0 && h != nil && h.to == i && h.from > 1 && !h.poss && !h.demonym && (h.ent.typ == schema.Country || h.ent.typ == schema.City) &&
		(s.lower(h.from-1) == "to" || s.lower(h.from-1) == "for") && (s.lower(h.from-2) == "ambassador" || s.lower(h.from-2) == "envoy") {
		pb, pe = h.from-1, i
		k = h.from - 1
	}
	for k > 0 {
		if m := s.mentionAt(k - 1); m != nil {
			// "EU Affairs Minister", "Ireland's European Affairs
			// Minister": a bloc or a region in the portfolio
			if k < i && m.to == k && s.portfolioBloc(m) {
				k = m.from
				// "Foreign and CARICOM Affairs Minister"
				if s.lower(k-1) == "and" && k >= 2 && s.mentionAt(k-2) == nil && s.portfolioWord(k-2) {
					k -= 2
				}
				continue
			}
			break
		}
		if titleWords[s.lower(k-1)] || thenTitleWord(s.lower(k-1)) {
			k--
		} else if k < i && portfolio(s.toks[k-1], s.lower(k)) {
			k-- // "Energy Minister": a portfolio before the title
		} else if k < i && s.lower(k-1) == "government" && strings.HasPrefix(s.lower(k), "spokes") && s.mentionAt(k-1) == nil {
			k-- // "Government spokesman": the government's, not a body's
		} else if k < i && s.portfolioWord(k) && (s.portfolioWord(k-1) || s.lower(k-1) == "and" && k > 1 && s.portfolioWord(k-2) && s.mentionAt(k-2) == nil) {
			// "Trade and Industry Minister", "Foreign Affairs and Trade
			// Minister": portfolios joined before the title
			if s.lower(k-1) == "and" {
				k--
			}
			k--
		} else if k > 1 && s.abbrevTitle(k-2) && s.mentionAt(k-2) == nil {
			k -= 2
		} else {
			break
		}
	}
	// "Secretary of State": "of" only inside a title.
	for k < i && (s.lower(k) == "of" || s.lower(k) == "the") {
		k++
	}
	if k == i {
		return i, "", false
	}
	var words []string
	former := false
	for n, t := range s.toks[k:i] {
		switch {
		case k+n >= pb && k+n < pe:
		case t.Lower == "former":
			former = true
		case thenTitleWord(t.Lower):
			// "Uzbekistan's then-president": a post held at the time the
			// clause tells of
			former = true
			words = append(words, t.Lower[len("then-"):])
		case t.Text == "." && n > 0 && s.abbrevTitle(k+n-1):
			// "Sen." is the senator's title
			if len(words) > 0 && words[len(words)-1] == s.lower(k+n-1) {
				w := words[len(words)-1] + "."
				if full, ok := abbrevTitles[w]; ok {
					w = full
				}
				words[len(words)-1] = w
			}
		case honorifics[t.Lower], t.Lower == "key", t.Lower == "top", t.Lower == "senior" && false:
		case royalHonorifics[t.Lower] && len(words) > 0 && words[len(words)-1] != "crown":
			// "Saudi Foreign Minister Prince Faisal bin Farhan": the rank
			// after the post is no part of it
		default:
			words = append(words, t.Lower)
		}
	}
	return k, strings.Join(words, " "), former
}

// thenTitleWord reports whether w is a title joined to "then"
// ("then-president").
func thenTitleWord(w string) bool {
	return strings.HasPrefix(w, "then-") && titleWords[w[len("then-"):]]
}

// thenTitle reports whether "then" marks the title at tf, with its
// qualifier at qf, as the post held at the time the clause tells of:
// "then-President X", "Uzbekistan's then-president X", "then U.S.
// President X".
func (s *sentence) thenTitle(qf, tf int) bool {
	return s.lower(qf-1) == "then" || strings.HasPrefix(s.lower(qf), "then-") || strings.HasPrefix(s.lower(tf), "then-")
}

// portfolioBack returns where the capitalized portfolio words ending
// before token i begin ("Foreign Affairs and Trade"); i when there are
// none. ("Secretary of State" is a title of its own.)
func (s *sentence) portfolioBack(i int) int {
	b := i
	for b > 0 && s.mentionAt(b-1) == nil && s.toks[b-1].Cap && (portfolioNouns[s.lower(b-1)] || genericOrgWords[s.lower(b-1)] && s.lower(b-1) != "the" && s.lower(b-1) != "of" && s.lower(b-1) != "for" && s.lower(b-1) != "state") {
		b--
		if b > 1 && b < i && (s.lower(b-1) == "and" || s.lower(b-1) == "&") && s.toks[b-2].Cap && portfolioNouns[s.lower(b-2)] {
			b--
		}
	}
	return b
}

// portfolioWord reports whether token j is a capitalized word of a
// ministry's name ("Trade", "Industry", "Affairs").
func (s *sentence) portfolioWord(j int) bool {
	w := s.lower(j)
	return j >= 0 && j < len(s.toks) && s.toks[j].Cap && (genericOrgWords[w] || portfolioNouns[w]) && w != "the" && w != "and" && w != "of" && w != "for" && s.mentionAt(j) == nil
}

// royalHonorifics are ranks a title may be followed by before a name.
var royalHonorifics = setOf(`prince princess sheikh sheikha`)

// roleKind classifies a title: head_of, works_for, or neither.
func roleKind(title string) (schema.Predicate, bool) {
	if title == "" {
		return "", false
	}
	// "president and chief executive officer": the head post of the two
	if a, b, ok := strings.Cut(title, " and "); ok {
		pa, oka := roleKind(a)
		pb, okb := roleKind(b)
		switch {
		case oka && pa == schema.HeadOf || okb && pb == schema.HeadOf:
			return schema.HeadOf, true
		case oka || okb:
			return schema.WorksFor, true
		}
		return "", false
	}
	if headTitles[title] {
		return schema.HeadOf, true
	}
	// "minister of state", "secretary of defense": the post before "of";
	// the head of a part ("head of research", "vice president of
	// operations") serves the whole, the chairman of the board leads it
	if a, b, ok := strings.Cut(title, " of "); ok && a != "" {
		k, ok := roleKind(a)
		if ok && k == schema.HeadOf && b != "the board" && b != "the board of directors" && b != "directors" {
			k = schema.WorksFor
		}
		return k, ok
	}
	// "vice president", "deputy prime minister" are staff even though
	// they end in a head title.
	ws := strings.Fields(title)
	// "supreme leader ayatollah": a religious honorific after the post
	for len(ws) > 1 && (honorifics[ws[len(ws)-1]] || religiousTitles[ws[len(ws)-1]]) {
		ws = ws[:len(ws)-1]
	}
	if title = strings.Join(ws, " "); headTitles[title] {
		return schema.HeadOf, true
	}
	last := ws[len(ws)-1]
	// ("first vice president", "first deputy prime minister")
	for _, w := range ws[:max(len(ws)-1, 1)] {
		// ("senior managing director": a bank's rank)
		if w == "vice" || w == "deputy" || w == "assistant" || w == "under" || w == "senior" {
			return schema.WorksFor, true
		}
	}
	if headTitles[last] || len(ws) >= 2 && headTitles[strings.Join(ws[len(ws)-2:], " ")] {
		return schema.HeadOf, true
	}
	if staffTitles[title] || staffTitles[last] || len(ws) >= 2 && staffTitles[strings.Join(ws[len(ws)-2:], " ")] {
		return schema.WorksFor, true
	}
	return "", false
}

// postKind is how the holder of the post title relates to what it is
// held for: roleKind's head_of or works_for, and works_for for a post
// roleKind does not know ("senior official").
func postKind(title string) schema.Predicate {
	if p, ok := roleKind(title); ok {
		return p
	}
	return schema.WorksFor
}

// directedBody reports whether the body of a director's apposition is
// named right after "director of" (a "-based" place may come between),
// not as a possessor, and is an institution a director runs: "director
// of the Mogadishu-based Horn Governance Centre".
func (s *sentence) directedBody(r rel) bool {
	k := r.trigTo
	if s.lower(k) == "of" {
		k++
	}
	if s.lower(k) == "the" {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.from == k && m.based {
		k = m.to
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.ent != r.obj || m.poss {
		return false
	}
	ws := strings.Fields(strings.ToLower(r.obj.name))
	return directorBodies[ws[len(ws)-1]] || romanceOrgHeads[ws[0]] // "Instituto Centroamericano de Gobernanza"
}

// directorBodies are the heads of bodies a director runs.
var directorBodies = setOf(`institute institut centre center forum foundation agency office programme program initiative observatory network lab laboratory school college studies`)

// indefiniteTitle reports whether the title word near the relation r
// follows "a", "an" or "one": "a commander of the militia".
func (s *sentence) indefiniteTitle(r rel, word string) bool {
	for k := max(min(r.trigFrom, r.trigTo)-8, 1); k < len(s.toks) && k < max(r.trigFrom, r.trigTo)+8; k++ {
		if s.lower(k) == word {
			// ("a senior RSF commander": past adjectives and a name)
			j := k - 1
			for n := 0; n < 3 && j > 0; n++ {
				if m := s.mentionAt(j); m != nil && m.to == j+1 && !m.poss {
					j = m.from - 1
				} else if s.plainWord(j) && !s.toks[j].Cap && s.tag(j) == "JJ" {
					j--
				} else {
					break
				}
			}
			if w := s.lower(j); w == "a" || w == "an" || w == "one" {
				return true
			}
		}
	}
	return false
}

// subjectExpertAt reads "Nikos Vlachos, a Libya analyst at the
// Athens-based Institute ...": the place named before the role noun is
// the expert's subject; the body after "at", "with" or "for" employs him.
func (s *sentence) subjectExpertAt(p *mention, k int) (rel, bool) {
	start := k
	if w := s.lower(k); w != "a" && w != "an" && w != "the" {
		return rel{}, false
	}
	k++
	m := s.mentionAt(k)
	if m == nil || m.from != k || m.poss || m.actor || m.demonym || m.ent.typ != schema.Country && m.ent.typ != schema.Region {
		return rel{}, false
	}
	k = m.to
	j := k
	for j < k+3 && s.plainWord(j) && !s.toks[j].Cap && !isPrep(s.lower(j)) {
		j++
	}
	if w := s.lower(j); j == k || w != "at" && w != "with" && w != "for" || !strings.HasPrefix(s.tag(j-1), "NN") {
		return rel{}, false
	}
	o := s.employerAt(j + 1)
	if o == nil && s.lower(j+1) == "the" {
		o = s.employerAt(j + 2)
	}
	if o == nil || o.typ != schema.Organization {
		return rel{}, false
	}
	return rel{subj: p.ent, obj: o, pred: schema.WorksFor, role: strings.Join(tokLowers(s.toks[k:j]), " "), rule: "apposition-title", trigFrom: start, trigTo: j, factive: true, conf: 0.7}, true
}

// briefTitles end a title that may name its brief after "for": "special
// envoy for Yemen", "coordinator for the Sahel".
var briefTitles = setOf(`envoy representative coordinator commissioner rapporteur adviser advisor`)

// religiousTitles are honorifics that follow a post: "Supreme Leader
// Ayatollah Ali Khamenei".
var religiousTitles = map[string]bool{"ayatollah": true, "grand": true, "imam": true, "sheikh": true, "sheikha": true, "sayyid": true, "mullah": true, "rabbi": true}

func (d *doc) nominalRelations(s *sentence) []rel {
	var out []rel
	add := func(r rel) {
		r.clauseFrom = s.clauseStart(r.trigFrom)
		// "the commander of the Libyan National Army", "SDF commander
		// Mazloum Abdi", "Their commander, Mazloum Abdi": the one
		// commander of a force leads it ("a commander of" serves it)
		if r.role == "commander" && r.pred == schema.WorksFor && r.obj.typ == schema.Organization && !s.indefiniteTitle(r, "commander") {
			r.pred = schema.HeadOf
		}
		// "Hodan Ismail, director of the Mogadishu-based Horn Governance
		// Centre": the director of a body, in apposition, runs it ("a
		// programme director at", "Conagua Director X" serve it)
		// (not "director of the SEC's division of market regulation": a
		// part; nor a company's board director)
		if (r.role == "director" || r.role == "director of") && r.rule == "apposition-title" && r.pred == schema.WorksFor && r.obj.typ == schema.Organization && !s.indefiniteTitle(r, "director") && s.directedBody(r) {
			r.pred = schema.HeadOf
		}
		// ("John Cox, executive director of EBC Amro Bank Ltd": a
		// company's executive director sits on its board, and an agency's
		// runs it)
		if strings.HasPrefix(r.role, "executive director") && r.pred == schema.HeadOf && (companyName(r.obj.name) || strings.Contains(r.role, " for ")) {
			r.pred = schema.WorksFor
		}
		// "the speaker of Montenegro's parliament", "Lebanese Speaker
		// Nabih Berri": a speaker leads the country's parliament (a
		// deputy speaker serves the country)
		if (r.role == "speaker" || strings.HasPrefix(r.role, "speaker of")) && r.obj.typ == schema.Country && !s.indefiniteTitle(r, "speaker") {
			r.obj, r.pred = d.discovered(schema.Organization, countryBody(r.obj, "Parliament")), schema.HeadOf
		}
		out = append(out, r)
	}
	for _, r := range d.datelineAgency(s) {
		add(r)
	}
	if o := s.outlet; o[0] != nil {
		add(rel{subj: o[0], obj: o[1], pred: schema.BasedIn, rule: "source-line", factive: true, modality: schema.Asserted, conf: 0.8})
	}
	for i := range s.toks {
		if r, ok := d.pronounTitle(s, i); ok {
			add(r)
		}
	}
	for _, m := range s.ments {
		if r, ok := d.memberOfTopic(s, m); ok {
			add(r)
		}
		for _, r := range s.candidateStatus(m) {
			add(r)
		}
	}
	for i := range s.toks {
		for _, r := range d.visitBy(s, i) {
			add(r)
		}
		for _, r := range s.personsParty(i) {
			add(r)
		}
		for _, r := range d.namedWar(s, i) {
			add(r)
		}
		for _, r := range s.sharedIsland(i) {
			add(r)
		}
		for _, r := range s.countsAsMember(i) {
			add(r)
		}
		for _, r := range s.fromWhichImports(i) {
			add(r)
		}
		for _, r := range s.straddles(i) {
			add(r)
		}
	}
	// "Kenya and Somalia have agreed to reopen their shared border": the
	// pair named before shares it
	for i := range s.toks {
		// "the two countries' 600-km border": the pair the group names
		var group *mention
		if g := s.mentionAt(i - 1); g != nil && g.to == i && len(g.members) == 2 && (s.lower(i) == "'" || s.lower(i) == "’") {
			group = g
		} else if s.lower(i) != "their" {
			continue
		}
		// ("their 900-km frontier", "their disputed Himalayan frontier")
		k := i + 1
		for n := 0; n < 4 && k < len(s.toks) && !borderNouns[s.lower(k)]; n++ {
			if m := s.mentionAt(k); m != nil && m.from == k && m.ent.typ == schema.Region {
				k = m.to
				continue
			}
			// (adjectives and measures only: not "their plan to reopen
			// border trade")
			if t, w := s.tag(k), s.lower(k); !s.toks[k].Word || !(strings.ContainsAny(w, "0123456789") || strings.HasPrefix(t, "JJ") || t == "VBN" || strings.Contains(w, "-")) {
				break
			}
			k++
		}
		if !borderNouns[s.lower(k)] {
			continue
		}
		a, b := s.pairBefore(i)
		if group != nil {
			a, b = group.members[0], group.members[1]
		}
		if a != nil && a != b && a.typ == schema.Country && b.typ == schema.Country {
			add(rel{subj: a, obj: b, pred: schema.Borders, rule: "their-border", trigFrom: i, trigTo: k + 1, factive: true, modality: schema.Asserted, conf: 0.75})
		}
	}
	for _, m := range s.ments {
		if r, ok := s.underSanctions(m); ok {
			add(r)
		}
		if r, ok := s.componentOf(m); ok {
			add(r)
		}
	}
	for _, r := range d.dealTheyReached(s) {
		add(r)
	}
	for _, r := range s.underAgreement() {
		add(r)
	}
	for mi, m := range s.ments {
		// --- Title before a person: [Q] Title Person
		if m.ent.typ == schema.Person && !m.demonym && !m.pronoun {
			tf, title, former := s.titleBefore(m.from)
			if q, qf := s.qualifierBefore(tf); q != nil {
				past := former || s.formerBefore(qf) || strings.HasPrefix(s.lower(qf), "then-")
				if p, ok := roleKind(title); ok && (!past || q.typ == schema.Country) {
					if q.typ == schema.Person {
						p = schema.WorksFor
					}
					// "Paraguayan economist Julio Benegas": a national of the
					// country, not its employee ("IMF economist" is staff)
					if dm := s.mentionAt(qf); dm != nil && dm.demonym && q.typ == schema.Country && freelanceTitles[title] {
						p = schema.CitizenOf
					}
					if q != m.ent && !p.Accepts(schema.Person, q.typ) && placeTitle(q) && localOffice(title) {
						// "Texas Gov. Ann Richards", "Moscow Mayor Yuri
						// Luzhkov": a state's or town's officer lives there
						add(rel{subj: m.ent, obj: q, pred: schema.LivesIn, role: title, rule: "place-title", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.7})
					}
					if q != m.ent && p.Accepts(schema.Person, q.typ) && past && s.thenTitle(qf, tf) {
						// "In 2012, Uzbekistan's then-president Islam
						// Karimov": the post at the clause's time
						add(rel{subj: m.ent, obj: q, pred: p, role: title, rule: "then-title", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.75})
					} else if q != m.ent && p.Accepts(schema.Person, q.typ) && past {
						// "former Indian Prime Minister Manmohan Singh":
						// a post held once, told as such
						add(rel{subj: m.ent, obj: q, pred: p, role: "former " + title, rule: "former-title", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.6})
					} else if q != m.ent && p.Accepts(schema.Person, q.typ) {
						add(rel{subj: m.ent, obj: q, pred: p, role: title, rule: "title", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.9})
						if p == schema.HeadOf && q.typ == schema.Country && m.ent.leads == nil {
							m.ent.leads = q
						}
					}
				}
			}
			// "A Chadian government spokesman, Ahmat Oumar Bichara, said":
			// a country's title opening the sentence, the name in
			// apposition (a body's is read as organization-title)
			if tf == m.from && s.lower(m.from-1) == "," && (s.lower(m.to) == "," || s.lower(m.to) == ".") {
				tf2, title2, former2 := s.titleBefore(m.from - 1)
				if q, qf := s.qualifierBefore(tf2); q != nil && q.typ == schema.Country && title2 != "" && !former2 && tf2 < m.from-1 && s.determinerBefore(qf) {
					if p, ok := roleKind(title2); ok && p.Accepts(schema.Person, q.typ) {
						if s.indefiniteBefore(qf) {
							p = schema.WorksFor
						}
						add(rel{subj: m.ent, obj: q, pred: p, role: title2, rule: "fronted-title", trigFrom: tf2, trigTo: m.from, factive: true, conf: 0.75})
					}
				}
			}
			// A title with no country or body before it.
			if q, _ := s.qualifierBefore(tf); q == nil && title != "" && s.thenTitle(tf, tf) {
				// "then-President Olusegun Obasanjo of Nigeria"
				if r, ok := s.titleNameOf(m, title, tf); ok {
					r.rule, r.conf = "then-title", 0.75
					add(r)
				}
			} else if q == nil && !former && !s.formerBefore(tf) && title != "" {
				// "Prime Minister Jeremiah Manele of the Solomon Islands"
				if r, ok := s.titleNameOf(m, title, tf); ok {
					add(r)
					if r.pred == schema.HeadOf && r.obj.typ == schema.Country && m.ent.leads == nil {
						m.ent.leads = r.obj
					}
				}
				// "Secretary of State Marco Rubio": the gazetteer knows
				// whose secretary of state he is, and the title in the
				// text confirms the post.
				if r, ok := d.knownPost(m, title, tf); ok {
					add(r)
				} else if us, ok := d.g.Get("US"); ok && usStateTitle(title) && m.ent.entry == nil && s.lower(m.from-1) != "for" && !s.otherCountryBefore(d.fromEntry(us), tf) {
					// "Deputy Secretary of State Christopher Landau": the
					// post with no country and no "for" is Washington's
					add(rel{subj: m.ent, obj: d.fromEntry(us), pred: schema.WorksFor, role: title, rule: "title-us-state", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.7})
				} else if (cabinetTitle(title) || s.cabinetPortfolioAfter(tf, m.from, title)) && m.ent.entry == nil {
					// "Guyanese President Irfaan Ali said ... Foreign
					// Minister Hugh Todd said": a cabinet post with no
					// country serves the government the story is about
					// (a government's spokesman speaks where the story is
					// filed from)
					// ("Holness ... was accompanied by Foreign Minister
					// Kamina Johnson Smith on his visit to the Dominican
					// Republic": the leader's minister)
					if c, rule := d.bareTitleCountry(s, m, tf, title); c != nil {
						add(rel{subj: m.ent, obj: c, pred: schema.WorksFor, role: title, rule: rule, trigFrom: tf, trigTo: m.from, factive: true, conf: 0.6})
					}
				}
			}
			// Person, [a|the] [key] [Q] title  |  Person, Q's title
			end := m.to
			if (s.lower(end-1) == "jr" || s.lower(end-1) == "sr") && s.attachedPeriod(end) {
				end++ // "Donald W. Riegle Jr., D-Mich."
			}
			if r, ok := s.whoseParty(m, end); ok {
				add(r)
			}
			if s.lower(end) == "," || s.lower(end) == "—" || s.lower(end) == "–" {
				at := end + 1
				// "Sen. Donald Riegle, D-Mich., chairman of ...": the
				// party and state of an American legislator, who lives in
				// that state
				if st, end := s.partyState(at); end > 0 {
					add(rel{subj: m.ent, obj: st, pred: schema.LivesIn, rule: "party-state", trigFrom: at, trigTo: end, factive: true, conf: 0.75})
					if s.lower(end) == "," {
						at = end + 1
					}
				}
				if r, ok := d.appositionAfter(s, m, at); ok {
					add(r)
					// "a Burundian political scientist at the University
					// of Burundi": the nationality of one a body employs
					if c := s.roleNationality(at, r); c != nil {
						add(rel{subj: m.ent, obj: c, pred: schema.CitizenOf, rule: "apposition-nationality", trigFrom: at, trigTo: r.trigTo, factive: true, conf: 0.7})
					}
					// "X, a professor at Queens College and honorary
					// president of the Socialist International": a second
					// post in the same apposition
					if r2, ok := d.secondPost(s, m, r); ok {
						add(r2)
					}
				} else if r, ok := d.speakerPost(s, m, at); ok {
					add(r)
				}
			}
			// "Yisrael Tal, one of the top military strategists in Israel":
			// one of a place's people
			if q := s.oneOfIn(m); q != nil {
				add(rel{subj: m.ent, obj: q, pred: schema.LivesIn, rule: "one-of-in", trigFrom: m.to, trigTo: m.to + 1, factive: true, conf: 0.6})
			}
			// "named Larry Jinks publisher of the San Jose Mercury News":
			// the post given to the person after a verb of naming
			// ("appointed Nuh Yilmaz as Turkey's ambassador to Syria")
			at := m.to
			// ("appointed X, a businessman, as Madagascar's prime
			// minister": past the person's own apposition)
			if w := s.lower(at + 1); s.lower(at) == "," && (w == "a" || w == "an" || w == "the") {
				for j := at + 2; j < len(s.toks) && j < at+8; j++ {
					if s.lower(j) == "," {
						if s.lower(j+1) == "as" {
							at = j + 1
						}
						break
					}
				}
			}
			if s.lower(at) == "as" && at+1 < len(s.toks) {
				at++
			}
			if appointVerbs[s.lower(m.from-1)] && at < len(s.toks) && s.toks[at].Word && (!s.toks[at].Cap || at > m.to) {
				if r, ok := d.appositionAfter(s, m, at); ok && (r.rule != "apposition-title" || copulaTitle(r.role) || s.employedAt(r) || s.lower(r.trigTo) == "of" || at > m.to) {
					// (the appointing verb is the trigger: its tense and
					// time date the post)
					r.rule, r.trigFrom = "appointed-"+r.rule, m.from-1
					add(r)
				}
			}
			// Person[, age,] is|was [a|the] title of|at|for Q: the same
			// noun phrase as an apposition, after a copula ("Joan Ruiz,
			// 41, was deputy director at the Kessler Institute").
			if k := s.copulaAfter(m); k > 0 {
				if r, ok := d.appositionAfter(s, m, k); ok && (r.rule != "apposition-title" || copulaTitle(r.role) || s.employedAt(r)) {
					r.rule = "copula-" + r.rule
					add(r)
				}
			}
			// "Atlanta businessman Neil Estes": a town or region right
			// before the common noun before a name is where the person
			// lives.
			if q, from := s.placeOccupation(m); q != nil {
				add(rel{subj: m.ent, obj: q, pred: schema.LivesIn, rule: "place-occupation", trigFrom: from, trigTo: m.from, factive: true, conf: 0.6})
			}
		}
		// --- "Laiza, the KIA's headquarters on the Chinese border": a
		// town described as a body's seat
		if m.ent.typ == schema.City && !m.poss && !m.demonym && s.lower(m.to) == "," {
			k := m.to + 1
			if s.lower(k) == "the" {
				k++
			}
			if o := s.mentionAt(k); o != nil && o.from == k && o.poss && o.ent.typ == schema.Organization && possMark[s.lower(o.to)] && seatNouns[s.lower(o.to+1)] {
				add(rel{subj: o.ent, obj: m.ent, pred: schema.BasedIn, rule: "apposition-seat", trigFrom: k, trigTo: o.to + 2, factive: true, conf: 0.75})
			}
		}
		// --- "at NRC headquarters in nearby Rockville": an organization's
		// headquarters in a place
		if m.ent.typ == schema.Organization && !m.demonym {
			k := m.to
			if m.poss {
				k++
			}
			// "from its Paris headquarters", "at Orano's Paris head
			// office": the town before the possessed headquarters
			if q := s.mentionAt(k); m.poss && q != nil && q.from == k && q.ent.typ == schema.City && !q.poss && !q.demonym && (s.lower(q.to) == "headquarters" || s.lower(q.to) == "head" && s.lower(q.to+1) == "office") {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.BasedIn, rule: "possessed-headquarters", trigFrom: k, trigTo: q.to + 1, factive: true, conf: 0.75})
			}
			if r, ok := s.whoseTitle(m); ok {
				add(r)
			}
			for _, r := range s.groupingOf(m) {
				add(r)
			}
			if r, ok := s.seatIn(m); ok {
				add(r)
			}
			// "the Istanbul headquarters of Baykar": the town before
			// headquarters "of" the body
			if q := s.mentionAt(m.from - 3); !m.poss && s.lower(m.from-1) == "of" && s.lower(m.from-2) == "headquarters" && q != nil && q.to == m.from-2 && q.ent.typ == schema.City && !q.poss && !q.demonym && s.lower(q.from-1) == "the" {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.BasedIn, rule: "headquarters-of", trigFrom: q.from, trigTo: m.from, factive: true, conf: 0.75})
			}
			if s.lower(k) == "headquarters" && s.lower(k+1) == "in" {
				j := k + 2
				for s.lower(j) == "the" || s.lower(j) == "nearby" || s.lower(j) == "downtown" || compass[s.lower(j)] {
					j++
				}
				if q := s.mentionAt(j); q != nil && q.from == j && !q.demonym && !q.poss && (q.ent.typ == schema.City || q.ent.typ == schema.Region || q.ent.typ == schema.Country) {
					for _, e := range s.placeChain(q) {
						add(rel{subj: m.ent, obj: e, pred: schema.BasedIn, rule: "headquarters-in", trigFrom: k, trigTo: j, factive: true, conf: 0.8})
					}
				}
			}
		}
		// --- "Ridgeway Holdings, a Singapore shipping firm": an
		// organization described as a place's firm is based there.
		// ("the Zambezi River Authority (ZRA), the Lusaka-based joint
		// body": over the body's abbreviation)
		if end := s.pastAbbreviation(m); m.ent.typ == schema.Organization && !m.poss && !m.demonym && s.lower(end) == "," {
			if q, from, to := s.organizationApposition(end + 1); q != nil {
				add(rel{subj: m.ent, obj: q, pred: schema.BasedIn, rule: "apposition-organization-place", trigFrom: from, trigTo: to, factive: true, conf: 0.65})
			}
			// "Hezbollah, the Iran-backed group that": its backer
			if q, to := s.backedApposition(end + 1); q != nil && q != m.ent {
				add(rel{subj: q, obj: m.ent, pred: schema.Supported, rule: "apposition-backed", trigFrom: end + 1, trigTo: to, factive: true, conf: 0.75})
			}
		}
		// --- Q's title [for ...], Person  |  Q Title , Person  |  Q,
		// whose title, Person
		// ("his PNG counterpart James Marape": a country's name, as a
		// demonym, before "counterpart")
		// ("the U.S. ambassador to Mexico, Ronald Johnson": a country's
		// name as a demonym after "the")
		if m.poss && usable(m) || m.demonym || s.lower(m.to) == "," && s.lower(m.to+1) == "whose" && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization || d.capitalCountry(m.ent) != nil) ||
			m.actor && m.ent.typ == schema.Country && s.toks[m.from].Cap && (s.lower(m.to) == "'s" || s.lower(m.to) == "’s") ||
			m.ent.typ == schema.Country && !m.poss && !m.actor && s.lower(m.from-1) == "the" && m.to < len(s.toks) && !s.toks[m.to].Cap && titleWords[s.lower(m.to)] ||
			m.ent.typ == schema.Country && !m.poss && s.lower(m.to) == "counterpart" && (s.lower(m.from-1) == "his" || s.lower(m.from-1) == "her") {
			if r, ok := d.possessiveTitle(s, m); ok {
				add(r)
				// "the Commonwealth's secretary-general, Ghana's Shirley
				// Botchwey": a national holds the body's post
				if c := s.mentionAt(r.trigTo - 2); c != nil && c.to == r.trigTo-1 && c.poss && c.ent.typ == schema.Country && r.obj.typ == schema.Organization && r.pred != schema.CitizenOf {
					add(rel{subj: r.subj, obj: c.ent, pred: schema.CitizenOf, rule: "possessed-title-national", trigFrom: c.from, trigTo: r.trigTo, factive: true, conf: 0.75})
				}
			}
		}
		// --- a country's noun that names other states after it: "Qatar's
		// only land border, with Saudi Arabia" ("Qatar, whose only land
		// border is with Saudi Arabia"); "Brazil, whose largest trading
		// partner is China", "Chile's main trading partners are China and
		// the United States"
		if whose := s.whoseAfter(m); (m.poss || whose) && m.ent.typ == schema.Country && !m.demonym && !m.pronoun {
			k := m.to + 1
			if whose {
				k++
			}
			// the noun, past at most three plain words before it
			noun := func(stop func(string) bool) int {
				j := k
				for n := 0; n < 3 && s.plainWord(j) && !stop(s.lower(j)); n++ {
					j++
				}
				return j
			}
			others := func(at int, pred schema.Predicate, rule string) {
				if list, _ := s.countryListAt(at, true); list != nil {
					for _, x := range list {
						if x.ent != m.ent {
							add(rel{subj: m.ent, obj: x.ent, pred: pred, rule: rule, trigFrom: m.from, trigTo: x.to, factive: true, conf: 0.75})
						}
					}
				}
			}
			if b := noun(func(w string) bool { return borderNouns[w] || w == "maritime" || w == "sea" }); borderNouns[s.lower(b)] && (s.lower(b+1) == "," || s.lower(b+1) == "is" || s.lower(b+1) == "was") && s.lower(b+2) == "with" {
				others(b+3, schema.Borders, "possessive-border")
			}
			if t := noun(func(w string) bool { return w == "trading" || w == "trade" }); (s.lower(t) == "trading" || s.lower(t) == "trade") && (s.lower(t+1) == "partner" || s.lower(t+1) == "partners") && copulaWords[s.lower(t+2)] {
				others(t+3, schema.TradesWith, "possessive-trading-partner")
			}
		}
		// --- "AUKUS, the submarine partnership between Australia,
		// Britain and the United States"; "the Caspian Convention, which
		// Russia, Iran and Kazakhstan signed in Aktau": the parties an
		// apposition or relative clause names
		if m.ent.typ == schema.Agreement && !m.poss && s.lower(m.to) == "," {
			for _, r := range s.agreementAsideParties(m) {
				add(r)
			}
		}
		// --- "the 2013 Brussels Agreement between Belgrade and
		// Pristina", "the Doha framework agreement between Kinshasa and
		// the M23": the two sides a named agreement is between are
		// parties to it, and made it together
		// ("Treaty of ... Between the People's Republic of China and
		// Mongolia": a capital "Between" is in the name; "the Ankara
		// Declaration between": a declaration is no deal made together)
		if m.ent.typ == schema.Agreement && !m.poss && s.lower(m.to) == "between" && !s.toks[m.to].Cap && !s.dealProposed(m.from) {
			if a, b := d.betweenSides(s, m.to+1); a != nil {
				for _, e := range []*entity{a, b} {
					add(rel{subj: e, obj: m.ent, pred: schema.PartyTo, rule: "agreement-between", trigFrom: m.from, trigTo: m.to + 1, factive: true, conf: 0.7})
				}
				if !strings.HasPrefix(s.lower(m.to-1), "declaration") {
					add(rel{subj: a, obj: b, pred: schema.SignedAgreementWith, rule: "agreement-between", trigFrom: m.from, trigTo: m.to + 1, factive: true, conf: 0.7})
				}
			}
		}
		// --- "the Japan-Philippines Reciprocal Access Agreement", "the
		// 2016 EU-Turkey Statement": the sides its name joins by hyphens are
		// its parties, and the two signed it with each other
		if m.ent.typ == schema.Agreement && !m.poss && !s.dealProposed(m.from) {
			if sides := d.hyphenSides(s, m); len(sides) >= 2 {
				for _, e := range sides {
					add(rel{subj: e, obj: m.ent, pred: schema.PartyTo, rule: "agreement-sides", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
				}
				if len(sides) == 2 {
					add(rel{subj: sides[0], obj: sides[1], pred: schema.SignedAgreementWith, rule: "agreement-sides", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
				}
			}
		}
		// --- "Under a 1951 Mutual Defense Treaty, the United States is
		// bound to defend": the subject under an agreement is party to it
		if m.ent.typ == schema.Agreement && !m.poss && s.lower(m.to) == "," && s.underOpens(m.from) {
			if list, _ := s.countryListAt(m.to+1, true); list != nil {
				for _, x := range list {
					add(rel{subj: x.ent, obj: m.ent, pred: schema.PartyTo, rule: "under-agreement", trigFrom: 0, trigTo: x.to, factive: true, conf: 0.7})
				}
			}
		}
		// --- "the emir of Qatar, Sheikh Tamim bin Hamad Al Thani", "the
		// foreign minister of Iran, Abbas Araghchi": a title of a country
		// or body, then the person in apposition
		if r, ok := s.titleOfApposition(m); ok {
			add(r)
		}
		// --- "his Kazakh and Uzbek counterparts, Tokayev and Mirziyoyev":
		// each holds, for each country in turn, the post of the person
		// the sentence opened with
		if m.demonym && s.lower(m.from-1) != "and" {
			if countries, people := s.pluralCounterparts(m.from - 1); countries != nil && countries[0] == m {
				if pred, ok := d.counterpartPost(s, m.from); ok {
					for i, c := range countries {
						add(rel{subj: people[i].ent, obj: c.ent, pred: pred, role: "counterpart", rule: "plural-counterparts", trigFrom: m.from, trigTo: people[0].from, factive: true, conf: 0.75})
					}
				}
			}
		}
		// --- "Chile's Gabriel Boric": a country's leader or official
		// the gazetteer knows, named with no title
		if m.poss && usable(m) && m.ent.typ == schema.Country && m.ent.entry != nil {
			if p := s.mentionAt(m.to + 1); p != nil && p.from == m.to+1 && p.ent.typ == schema.Person && p.ent.entry != nil && !p.ent.entry.Former {
				e := p.ent.entry
				switch m.ent.entry.ID {
				case e.Leads:
					add(rel{subj: p.ent, obj: m.ent, pred: schema.HeadOf, role: e.Role, rule: "possessive-known-post", trigFrom: m.from, trigTo: p.from, factive: true, conf: 0.85})
				case e.WorksFor:
					add(rel{subj: p.ent, obj: m.ent, pred: schema.WorksFor, role: e.Role, rule: "possessive-known-post", trigFrom: m.from, trigTo: p.from, factive: true, conf: 0.8})
				}
			}
		}
		// --- "The energy ministers of the three countries, Kazakhstan's
		// Yerlan Akkenzhenov, Azerbaijan's Parviz Shahbazov and ...": a
		// country's person, named with no title after a post's plural,
		// serves it
		if m.poss && usable(m) && m.ent.typ == schema.Country {
			if p := s.mentionAt(m.to + 1); p != nil && p.from == m.to+1 && p.ent.typ == schema.Person && p.ent.entry == nil && listEnd[s.lower(p.to)] {
				if title, ok := s.postPluralBefore(m.from); ok {
					// (a head's post too: "the prime ministers, Greece's Alexis
					// Tsipras and ...")
					add(rel{subj: p.ent, obj: m.ent, pred: postKind(title), role: title, rule: "possessive-person-list", trigFrom: m.from, trigTo: p.from, factive: true, conf: 0.7})
				}
			}
		}
		// --- "[Country] officials, including [Person]"
		if m.actor && m.ent.typ == schema.Country && (s.lower(m.to) == "," && s.lower(m.to+1) == "including" || s.lower(m.to) == "including") {
			k := m.to + 1
			if s.lower(m.to) == "," {
				k++
			}
			k = s.skipTitle(k)
			if p := s.mentionAt(k); p != nil && p.from == k && p.ent.typ == schema.Person {
				_, title, former := s.titleBefore(p.from)
				if !former {
					add(rel{subj: p.ent, obj: m.ent, pred: schema.WorksFor, role: title, rule: "officials-including", trigFrom: m.from, trigTo: k, factive: true, conf: 0.7})
				}
			}
		}
		// --- Capital: "Q's capital, City" | "capital of Q, City" | "Q,
		// whose capital is City"
		capAt := m.to + 1 // the word after the possessive
		if s.whoseAfter(m) {
			capAt++
		}
		// "its capital, Malabo": a possessive pronoun has no "'s"
		itsCapital := m.pronoun && s.lower(m.to) == "capital" && s.lower(m.to+1) == ","
		if itsCapital {
			capAt = m.to
		}
		// "Côte d'Ivoire's official capital is Yamoussoukro" (not its
		// commercial or economic capital)
		officialCapital := m.poss && capitalKinds[s.lower(capAt)] && s.lower(capAt+1) == "capital"
		if officialCapital {
			capAt++
		}
		if (m.poss || s.whoseAfter(m) || itsCapital) && (m.ent.typ == schema.Country || m.ent.typ == schema.Region) && s.lower(capAt) == "capital" {
			k := capAt + 1
			if s.lower(k) == "," || s.lower(k) == "city" || s.lower(k) == "is" && (!m.poss || officialCapital || s.mentionAt(k+1) != nil && s.lower(s.mentionAt(k+1).to) != "'s") {
				k++
			}
			if c := s.mentionAt(k); c != nil && c.from == k && c.ent.typ == schema.City {
				add(rel{subj: c.ent, obj: m.ent, pred: schema.CapitalOf, rule: "capital-possessive", trigFrom: m.from, trigTo: k, factive: true, conf: 0.9})
			}
		}
		// "the Chinese port city of Tianjin", "the US state of Hawaii",
		// "the West Bank city of Ramallah", "the northern Syrian town of
		// Kobani": a place named as a town of a country or region
		// (not "the Western District of Pennsylvania", "the Baltic port
		// of Gdansk", "the Indian Ocean city of Durban": a region named
		// by an adjective or a sea is no container)
		// ("Kenya's port of Lamu", "Ethiopia's border town of Moyale")
		if (m.poss || s.whoseAfter(m)) && (m.ent.typ == schema.Country || m.ent.typ == schema.Region && !seaName(m.ent.name)) {
			// ("has accused Addis Ababa of coveting its Red Sea port of
			// Assab": a pronoun with two states before it is not read)
			// ("Georgia's breakaway regions of Abkhazia and South Ossetia":
			// states in fact, named as regions)
			if q := s.townOf(m); q != nil && (q.ent.typ != schema.Country || deFacto(q.ent)) && !(m.pronoun && d.statesBefore(s, m.from) > 1) {
				add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "town-of-place", trigFrom: m.from, trigTo: q.from, factive: true, conf: 0.8})
			}
			// "Nigeria's Sokoto and Kebbi states", "Mongolia's Dornogovi
			// and Khentii provinces": the names before a plural place noun
			if list, end := s.namesBeforePlural(m.to + 1); end > 0 {
				for _, q := range list {
					if q.ent != m.ent && (q.ent.typ == schema.City || q.ent.typ == schema.Region) {
						add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "possessive-place-list", trigFrom: m.from, trigTo: end, factive: true, conf: 0.8})
					}
				}
			}
			// "Babeldaob, Palau's largest island", "Malaita, the
			// country's most populous province": the place before the
			// apposition
			if j := s.possessedPlaceNoun(m); j > 0 && appositionCloses(s.lower(j+1)) {
				b := m.from
				if s.lower(b-1) == "the" && !s.toks[b-1].Cap {
					b--
				}
				if q := s.mentionAt(b - 2); q != nil && s.lower(b-1) == "," && q.to == b-1 && !q.poss && (q.ent.typ == schema.City || q.ent.typ == schema.Region) && q.ent != m.ent {
					add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "possessive-place-apposition", trigFrom: q.from, trigTo: j + 1, factive: true, conf: 0.8})
				}
			}
			// "Japan's westernmost island, Yonaguni,", "Kenya's second
			// city, Mombasa": the place in apposition to the country's
			if j := s.possessedPlaceNoun(m); j > 0 && s.lower(j+1) == "," {
				if q := s.mentionAt(j + 2); q != nil && q.from == j+2 && !q.poss && (q.ent.typ == schema.City || q.ent.typ == schema.Region) && q.ent != m.ent && (s.lower(q.to) == "," || s.lower(q.to) == "." || q.to == len(s.toks)) {
					add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "possessive-place-apposition", trigFrom: m.from, trigTo: q.to, factive: true, conf: 0.8})
				}
			}
		}
		// (not "the Chinese-run port of Hambantota": who runs it)
		if (m.ent.typ == schema.Country || m.ent.typ == schema.Region && !m.demonym && !seaName(m.ent.name)) && !m.poss && !m.actor && !hyphenSuffix(s.lower(m.to-1), ledSuffixes) {
			b := m.from - 1
			for n := 0; n < 2 && s.plainWord(b) && s.lower(b) != "the"; n++ {
				b--
			}
			if q := s.townOf(m); q != nil && s.lower(b) == "the" {
				if m.ent.typ == schema.Region && s.lower(q.from-1) == "of" && s.lower(q.from-2) == "region" {
					// "the Cooper Basin region of South Australia", "the
					// Kurdistan region of Iraq": the named region is the part
					add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "region-of-place", trigFrom: b, trigTo: q.from, factive: true, conf: 0.8})
				} else {
					// (and the others a plural lists: "the Malaysian
					// states of Sabah and Sarawak")
					list := []*mention{q}
					if pluralPlaceNoun(s.lower(q.from - 2)) {
						// (up to the item after "and": "... of Sabah and
						// Sarawak, and Mindanao" ends with Sarawak)
						list = nil
						for _, x := range s.coordinated(q, len(s.toks)) {
							list = append(list, x)
							if s.lower(x.from-1) == "and" {
								break
							}
						}
					}
					for _, x := range list {
						if x.ent != m.ent && x.ent.typ.IsPlace() {
							add(rel{subj: x.ent, obj: m.ent, pred: schema.LocatedIn, rule: "town-of-place", trigFrom: b, trigTo: q.from, factive: true, conf: 0.85})
						}
					}
				}
			}
		}
		// "the GNU in the capital, Tripoli": a capital the gazetteer knows,
		// named as the capital with no country (the story's)
		if c := d.capitalCountry(m.ent); c != nil {
			k := m.from - 1
			if s.lower(k) == "," {
				k--
			}
			if s.lower(k) == "capital" && s.lower(k-1) == "the" {
				add(rel{subj: m.ent, obj: c, pred: schema.CapitalOf, rule: "capital-known", trigFrom: k - 1, trigTo: m.to, factive: true, conf: 0.85})
			}
			// "Officials in Ulaanbaatar, the capital, ..."
			if j := m.to; s.lower(j) == "," && s.lower(j+1) == "the" && s.lower(j+2) == "capital" && (appositionCloses(s.lower(j+3)) || s.lower(j+3) == "city" && appositionCloses(s.lower(j+4))) {
				add(rel{subj: m.ent, obj: c, pred: schema.CapitalOf, rule: "capital-known", trigFrom: j + 1, trigTo: j + 3, factive: true, conf: 0.85})
			}
		}
		// "Ho Chi Minh City, where Vinafood 2 is based": a body based in
		// the place before "where"
		if m.ent.typ.IsPlace() && m.ent.typ != schema.Facility && !m.poss && !m.demonym && s.lower(m.to) == "," && s.lower(m.to+1) == "where" {
			// ("Akron, Ohio, where GenCorp is headquartered": the town
			// before its state)
			place := m.ent
			if c := s.mentionAt(m.from - 2); c != nil && s.lower(m.from-1) == "," && c.to == m.from-1 && c.ent.typ == schema.City && m.ent.typ != schema.City {
				place = c.ent
			}
			// ("diplomats in Addis Ababa, where the African Union is
			// headquartered": the city the actor is named from)
			if c := d.actorTown(s, m); c != nil {
				place = c
			}
			at := m.to + 2
			if s.lower(at) == "the" {
				at++
			}
			if o := s.mentionAt(at); o != nil && o.from == at && o.ent.typ == schema.Organization && !o.poss {
				k := o.to
				if w := s.lower(k); w == "is" || w == "was" || w == "are" || w == "were" || w == "has" || w == "have" {
					k++
				}
				if s.lower(k) == "been" {
					k++
				}
				if w := s.lower(k); w == "based" || w == "headquartered" {
					add(rel{subj: o.ent, obj: place, pred: schema.BasedIn, rule: "where-based", trigFrom: m.to + 1, trigTo: k + 1, factive: true, conf: 0.8})
				}
			}
		}
		// "the Manila-based lender": where the body referred to is
		if m.basedAt != nil {
			add(rel{subj: m.ent, obj: m.basedAt, pred: schema.BasedIn, rule: "based-description", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.8})
		}
		// "arrived in the Iraqi capital": the capital the gazetteer knows
		if m.capitalOf != nil {
			add(rel{subj: m.ent, obj: m.capitalOf, pred: schema.CapitalOf, rule: "capital-described", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.85})
		}
		// "the Angolan capital, Luanda", "the Lebanese capital Beirut"
		// (not "in Kuala Lumpur, the Malaysian capital, Hanoi and
		// Washington agreed": the description's town is before it)
		if m.demonym && m.ent.typ == schema.Country && s.lower(m.from-1) == "the" && s.lower(m.to) == "capital" && !(s.lower(m.from-2) == "," && s.cityEndingAt(m.from-2)) {
			k := m.to + 1
			if s.lower(k) == "," {
				k++
			}
			if c := s.mentionAt(k); c != nil && c.from == k && c.ent.typ == schema.City {
				add(rel{subj: c.ent, obj: m.ent, pred: schema.CapitalOf, rule: "capital-demonym", trigFrom: m.from - 1, trigTo: k, factive: true, conf: 0.9})
			}
		}
		// ("Hargeisa is the capital of Somaliland": a copula says so too)
		if m.ent.typ == schema.City && (s.lower(m.to) == "," || copulas[s.lower(m.to)] && !m.poss) {
			// "Baku, the capital of Azerbaijan" | "Baku, Azerbaijan's capital"
			k := m.to + 1
			if s.lower(k) == "the" && s.lower(k+1) == "capital" && s.lower(k+2) == "of" {
				// "Goma, the capital of neighbouring North Kivu",
				// "Bukavu, the capital of Congo's South Kivu province"
				j := k + 3
				if s.lower(j) == "the" { // "the capital of the Solomon Islands"
					j++
				}
				for n := 0; n < 2 && s.plainWord(j) && !isPrep(s.lower(j)) && s.lower(j) != "the"; n++ {
					j++
				}
				q := s.mentionAt(j)
				// "the capital of the Greek region of Central Macedonia":
				// the region's, not the country's
				if q != nil && q.from == j && q.demonym && subdivisionNouns[s.lower(q.to)] {
					q = nil
					if r := s.mentionAt(j + 3); s.lower(j+2) == "of" && r != nil && r.from == j+3 && r.ent.typ == schema.Region {
						q, j = r, r.from
					}
				}
				if q != nil && q.from == j && q.poss {
					if r := s.mentionAt(q.to + 1); r != nil && r.from == q.to+1 && r.ent.typ == schema.Region {
						q = r
					} else if q.ent.typ == schema.Country {
						// "Ulgii, the capital of Mongolia's westernmost
						// province, Bayan-Ulgii": the province's, named
						// after it or not at all
						k2 := q.to + 1
						for n := 0; n < 2 && s.plainWord(k2) && !subdivisionNouns[s.lower(k2)]; n++ {
							k2++
						}
						if subdivisionNouns[s.lower(k2)] {
							r := s.mentionAt(k2 + 2)
							if s.lower(k2+1) == "," && r != nil && r.from == k2+2 && r.ent.typ == schema.Region && !r.poss {
								q = r
							} else {
								q = nil
							}
						}
					}
					if q != nil && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) {
						add(rel{subj: m.ent, obj: q.ent, pred: schema.CapitalOf, rule: "capital-apposition", trigFrom: k, trigTo: k + 3, factive: true, conf: 0.9})
					}
				} else if q != nil && q.from == j && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) {
					add(rel{subj: m.ent, obj: q.ent, pred: schema.CapitalOf, rule: "capital-apposition", trigFrom: k, trigTo: k + 3, factive: true, conf: 0.9})
				}
			} else if q := s.mentionAt(k + 1); s.lower(k) == "the" && q != nil && q.from == k+1 && (q.demonym || !q.poss) && (q.ent.typ == schema.Country || q.ent.typ == schema.Region && !q.demonym) && s.lower(q.to) == "capital" {
				// "Brasilia, the Brazilian capital", "Port Moresby, the PNG
				// capital"
				add(rel{subj: m.ent, obj: q.ent, pred: schema.CapitalOf, rule: "capital-apposition", trigFrom: k, trigTo: q.to + 1, factive: true, conf: 0.9})
			} else if q := s.mentionAt(k); q != nil && q.from == k && q.poss && s.lower(q.to+1) == "capital" && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.CapitalOf, rule: "capital-apposition", trigFrom: k, trigTo: q.to + 2, factive: true, conf: 0.9})
			} else if q != nil && q.from == k && q.pronoun && s.lower(q.to) == "capital" && (s.lower(q.to+1) == "," || s.lower(q.to+1) == ".") && q.ent.typ == schema.Country {
				// "in Nouakchott, its capital,": the country "its" stands for
				add(rel{subj: m.ent, obj: q.ent, pred: schema.CapitalOf, rule: "capital-apposition", trigFrom: k, trigTo: q.to + 1, factive: true, conf: 0.85})
			} else if q != nil && q.from == k && q.poss && !q.demonym && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) && d.plausiblyIn(m.ent, q.ent) {
				// "Leninakan, Armenia's second-largest city": a town
				// described as a country's town lies in it
				j := q.to + 1
				// ("Lagos, Nigeria's commercial hub")
				townNoun := func(w string) bool { return townNouns[w] || w == "hub" || w == "metropolis" }
				for n := 0; n < 3 && j < len(s.toks) && s.toks[j].Word && !s.toks[j].Cap && !townNoun(s.lower(j)) && !townPlurals[s.lower(j)]; n++ {
					j++
				}
				if townNoun(s.lower(j)) || townPlurals[s.lower(j)] {
					add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "town-apposition", trigFrom: k, trigTo: j + 1, factive: true, conf: 0.8})
				}
				// "Ceuta and Melilla, Spain's two cities on the coast": a
				// plural noun describes the list the apposition closes
				if townPlurals[s.lower(j)] {
					for _, x := range s.listEndingAt(m, m.to) {
						if x.ent.typ == schema.City || x.ent.typ == schema.Region {
							add(rel{subj: x.ent, obj: q.ent, pred: schema.LocatedIn, rule: "town-apposition", trigFrom: k, trigTo: j + 1, factive: true, conf: 0.75})
						}
					}
				}
			}
		}
		// --- "the Mosul Dam, Iraq's largest reservoir": a facility
		// described as a land's lies in it
		if m.ent.typ == schema.Facility && !m.poss && s.lower(m.to) == "," {
			if q := s.mentionAt(m.to + 1); q != nil && q.from == m.to+1 && q.poss && !q.demonym && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) && d.plausiblyIn(m.ent, q.ent) {
				// (not "Camp TURKSOM, its largest overseas military
				// training facility": a land's facility abroad)
				j, abroad := q.to+1, false
				for n := 0; n < 4 && j < len(s.toks) && s.plainWord(j) && !facilityHeads[s.lower(j)] && s.lower(j) != "reservoir"; n++ {
					abroad = abroad || s.lower(j) == "overseas" || s.lower(j) == "foreign"
					j++
				}
				if (facilityHeads[s.lower(j)] || s.lower(j) == "reservoir") && appositionCloses(s.lower(j+1)) && !abroad {
					add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "facility-apposition", trigFrom: m.to, trigTo: j + 1, factive: true, conf: 0.75})
				}
			}
		}
		// --- "his hometown of Grants", "Brown's hometown of Hope": where
		// a person comes from
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region) && !m.poss && !m.demonym && s.lower(m.from-1) == "of" && hometownWords[s.lower(m.from-2)] {
			if p := s.hometownOf(m.from - 2); p != nil {
				for _, e := range s.placeChain(m) {
					add(rel{subj: p, obj: e, pred: schema.LivesIn, rule: "hometown", trigFrom: m.from - 2, trigTo: m.from, factive: true, conf: 0.75})
				}
			}
		}
		// "Rolling Fork, where Muddy Waters was born": a place's relative
		// clause of birth or residence
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country) && !m.poss {
			at := m.to
			if ch := s.placeChain(m); len(ch) > 1 { // "Rolling Fork, Miss., where"
				at++
				for at < len(s.toks) && s.lower(at) != "," {
					at++
				}
			}
			if s.lower(at) == "," && s.lower(at+1) == "where" {
				if p := s.mentionAt(at + 2); p != nil && p.from == at+2 && p.ent.typ == schema.Person {
					for k := p.to; k < len(s.toks) && k <= p.to+3; k++ {
						if w := s.lower(k); w == "born" || w == "grew" || w == "lives" || w == "lived" || w == "raised" {
							add(rel{subj: p.ent, obj: m.ent, pred: schema.LivesIn, rule: "where-born", trigFrom: at + 1, trigTo: k + 1, factive: true, conf: 0.7})
							break
						}
					}
				}
			}
		}
		// "returning to his Iowa hometown", "Sohn's New Jersey home",
		// "her Moscow apartment"
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country) && !m.poss && !m.demonym && (hometownWords[s.lower(m.to)] || homeWords[s.lower(m.to)]) {
			if p := s.hometownOf(m.from); p != nil {
				add(rel{subj: p, obj: m.ent, pred: schema.LivesIn, rule: "hometown", trigFrom: m.from - 1, trigTo: m.to + 1, factive: true, conf: 0.75})
			}
		}
		// "in his native South Carolina"
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country) && !m.poss && !m.demonym && s.lower(m.from-1) == "native" {
			if p := s.hometownOf(m.from - 1); p != nil {
				add(rel{subj: p, obj: m.ent, pred: schema.LivesIn, rule: "hometown", trigFrom: m.from - 1, trigTo: m.from, factive: true, conf: 0.7})
			}
		}
		// --- Containment: "City in [northern] Country", "the Chapare
		// region of central Bolivia"
		regionOf := m.ent.typ == schema.Region && placeAfterName[s.lower(m.to)] && !s.toks[m.to].Cap && s.lower(m.to+1) == "of"
		// ("near Fotokol, in Cameroon's Far North region": a town after a
		// place preposition, placed after a comma)
		// (a town the text alone names, after any word: "the beaches of
		// Sitakunda, in southeastern Bangladesh")
		// ("Gyumri, in northern Armenia, hosts": a known town opening the
		// sentence, set off by commas)
		commaIn := s.lower(m.to) == "," && s.lower(m.to+1) == "in" && (m.ent.typ == schema.Facility || m.ent.typ == schema.City && (placePrep[s.lower(m.from-1)] && s.lower(m.from-1) != "of" || m.ent.entry == nil || m.from == 0 && s.placeSetOff(m.to)))
		if (m.ent.typ == schema.City || m.ent.typ == schema.Facility || m.ent.typ == schema.Region) && !m.poss && (s.lower(m.to) == "in" || commaIn || regionOf) {
			// "the Savannah River Plant, in Aiken, S.C."
			k := m.to + 1
			if s.lower(m.to) == "," || regionOf {
				k++
			}
			if s.lower(k) == "the" {
				k++
			}
			// (not the "East" of "the East China Sea")
			if s.compassWord(k) {
				k++
			}
			// "Rameswaram in the southern Indian state of Tamil Nadu"
			k = s.subdivisionOf(k)
			// "Plauru in Romania's Tulcea county" ("the Galwan Valley in
			// India's Ladakh region": a region in a named one)
			if k2 := s.possessedRegion(k); m.ent.typ != schema.Region || k2 != k && s.mentionAt(k2).ent != m.ent && s.regionWordEnds(s.mentionAt(k2)) {
				k = k2
			}
			if q := s.mentionAt(k); q != nil && q.from == k && !q.demonym && !q.pronoun && (q.ent.typ == schema.Country || q.ent.typ == schema.Region || q.ent.typ == schema.City && m.ent.typ == schema.Facility) {
				if regionOf && q.ent.typ == schema.Country && m.ent.entry != nil && (s.lower(m.to) == "state" || countryNouns[s.lower(m.to)]) {
					// "the Gulf state of Qatar": the country lies in the region
					add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "region-state-of", trigFrom: m.from, trigTo: k, factive: true, conf: 0.75})
				} else if d.plausiblyIn(m.ent, q.ent) {
					add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "place-in-place", trigFrom: m.to, trigTo: k, factive: true, conf: 0.75})
				}
			}
		}
		// "Uzbekistan, a Central Asian country", "Uzbekistan and
		// Kazakhstan, Central Asian neighbours": countries a region's
		// name describes lie in it
		if m.ent.typ == schema.Region && m.ent.entry != nil && !m.poss && (stateNoun(s.lower(m.to-1)) || stateNoun(s.lower(m.to))) {
			// (one country takes "a ... country"; a plural without an
			// article describes only a list before it: not "with
			// Azerbaijan, Central Asian nations")
			k := m.from - 1
			article := false
			if w := s.lower(k); w == "a" || w == "an" || w == "another" || w == "fellow" || w == "both" {
				k--
				article = true
			}
			if s.lower(k) == "," {
				if c := s.mentionAt(k - 1); c != nil && c.to == k && c.ent.typ == schema.Country && !c.poss && !c.demonym && !c.pronoun {
					if list := s.listEndingAt(c, c.to); article || len(list) >= 2 {
						for _, x := range list {
							add(rel{subj: x.ent, obj: m.ent, pred: schema.LocatedIn, rule: "apposition-region", trigFrom: k, trigTo: m.to, factive: true, conf: 0.75})
						}
					}
				}
			}
		}
		// "Zambia's Kafue River", "Kenya's Rift Valley": a place of a
		// country or region lies in it.
		// "Yemen's Houthi movement", "Japan's Toyota": a country's
		// organization is based there (not "America's NATO allies": an
		// international body has no country of its own)
		if m.poss && !m.demonym && !m.pronoun && m.ent.typ == schema.Country && m.ent.entry != nil {
			// ("Iraq's ruling Coordination Framework", "Russia's
			// state-owned Gazprom", "Algeria's state energy company
			// Sonatrach": a few describing words between)
			k := m.to + 1
			for n := 0; n < 3 && s.plainWord(k) && !s.toks[k].Cap && (strings.HasPrefix(s.tag(k), "JJ") || strings.HasPrefix(s.tag(k), "VB") || s.tag(k) == "NN"); n++ {
				k++
			}
			if k > m.to+1 && (s.mentionAt(k) == nil || s.mentionAt(k).from != k) {
				k = m.to + 1
			}
			if q := s.mentionAt(k); q != nil && q.from == k && !q.poss && q.ent.typ == schema.Organization && q.home == nil &&
				(q.ent.entry == nil && !q.actor || q.ent.entry != nil && q.ent.entry.Country == m.ent.entry.ID) && !stateOrgan(q.ent.name) && !governmentNouns[s.lower(q.to)] &&
				// (not "Spain's EC membership", "Brazil's ICO quota": the
				// possessor's place in a body of many)
				!participationNouns[s.lower(q.to)] {
				add(rel{subj: q.ent, obj: m.ent, pred: schema.BasedIn, rule: "possessive-organization", trigFrom: m.from, trigTo: q.to, factive: true, conf: 0.7})
			}
		}
		// "Beijing's Tiananmen Square": a town's facility ("Lebanon's
		// northern Hermel district": a compass word between)
		if m.poss && !m.demonym && (m.ent.typ == schema.Country || m.ent.typ == schema.Region || m.ent.typ == schema.City) {
			k := m.to + 1
			if compass[s.lower(k)] && !s.toks[k].Cap {
				k++
			}
			// (not "Oman's Arabian Sea coast": the coast is Oman's)
			// (not "Ireland's European Affairs Minister": a demonym; nor
			// "Canada's Arctic islands": a region of no one country
			// naming the part of it the country has; but "Ukraine's
			// Crimea peninsula" names the region)
			// ("Johannesburg's Soweto township": a town's district)
			if q := s.mentionAt(k); q != nil && q.from == k && !q.poss && !q.demonym && (q.ent.typ == schema.Facility || m.ent.typ != schema.City && (q.ent.typ == schema.Region || q.ent.typ == schema.City && (q.ent.entry == nil || !m.pronoun && m.ent.entry != nil && q.ent.entry.Country == m.ent.entry.ID && !(q.to < len(s.toks) && nameTok(s.toks[q.to])))) ||
				m.ent.typ == schema.City && (q.ent.typ == schema.Region || q.ent.typ == schema.City) && (townParts[s.lower(q.to)] || townParts[s.lower(q.to-1)] && !s.toks[q.to-1].Cap)) && d.plausiblyIn(q.ent, m.ent) && !(edgeNouns[s.lower(q.to)] && s.plainWord(q.to)) &&
				!(q.ent.typ == schema.Region && q.ent.entry != nil && q.ent.entry.Country == "" && s.plainWord(q.to) && strings.HasPrefix(s.tag(q.to), "NN") && !(landformNouns[s.lower(q.to)] && s.lower(q.to) != "islands") && !s.regionWordEnds(q)) {
				add(rel{subj: q.ent, obj: m.ent, pred: schema.LocatedIn, rule: "possessive-place", trigFrom: m.from, trigTo: q.from, factive: true, conf: 0.65})
			}
		}
		// "City, Country" not inside a list
		if (m.ent.typ == schema.City || m.ent.typ == schema.Facility) && s.lower(m.to) == "," && mi+1 < len(s.ments) {
			q := s.ments[mi+1]
			at := m.to + 1
			if compass[s.lower(at)] && q.from == at+1 { // "Mohammadia, south-east Algeria"
				at++
			}
			// "San Gabriel River Channel, Azusa, Calif.": a facility in a town
			facilityTown := m.ent.typ == schema.Facility && q.ent.typ == schema.City && placeFollows(s, q.to)
			// (not "In Beijing, Chinese foreign ministry spokesperson": an
			// actor made from a demonym)
			if q.from == at && !q.demonym && !q.poss && !q.pronoun && !(q.actor && q.to-q.from > 1) && (q.ent.typ == schema.Country || q.ent.typ == schema.Region || facilityTown) && !s.listContinues(q) && d.plausiblyIn(m.ent, q.ent) && s.lower(m.from-1) != "," && s.lower(m.from-1) != "and" {
				r := rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "place-comma-place", trigFrom: m.to, trigTo: q.from, factive: true, conf: 0.7}
				if q.to <= s.datelineEnd {
					r.modality = schema.Asserted // the dateline's, whoever the lead quotes
				}
				add(r)
			}
		}
		// "Madagascar, an island nation in the Indian Ocean": a place
		// described as a place in another
		if (m.ent.typ == schema.Country || m.ent.typ == schema.City || m.ent.typ == schema.Region) && !m.poss && s.lower(m.to) == "," {
			k := m.to + 1
			if w := s.lower(k); w == "a" || w == "an" || w == "the" {
				// ("a former Polish village in")
				b := k + 1
				k = s.describers(k+1, 4, func(w string) bool { return w == "in" || w == "of" || w == "within" || w == "on" })
				// "Greenland, a semi-autonomous territory of Denmark" (not
				// "a former province of": no longer), "a self-governing
				// territory within the Kingdom of Denmark"
				// ("Kano, the commercial hub of northern Nigeria", "Jaffna,
				// the main city of the Northern Province": a town or a hub
				// of a place, not its capital)
				townOf := (townNouns[s.lower(k-1)] || s.lower(k-1) == "hub" || s.lower(k-1) == "island") && s.lower(k-1) != "capital" && s.lower(k) == "of"
				if (s.lower(k) == "of" || s.lower(k) == "within") && (partOfNouns[s.lower(k-1)] || townOf) && !slices.Contains(tokLowers(s.toks[b:k]), "former") {
					j := k + 1
					if (s.lower(k) == "within" || townOf) && s.lower(j) == "the" {
						j++
					}
					// "a region of eastern Ukraine"
					if s.compassWord(j) {
						j++
					}
					// ("a region of Jubaland": a region's part too)
					if q := s.mentionAt(j); q != nil && q.from == j && !q.demonym && !q.poss && (q.ent.typ == schema.Country || q.ent.typ == schema.Region && !seaName(q.ent.name)) && q.ent != m.ent && d.plausiblyIn(m.ent, q.ent) {
						add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "apposition-part-of", trigFrom: m.to, trigTo: q.to, factive: true, conf: 0.7})
					}
				}
				// "a cluster of reefs in", "a chain of islands in"
				if s.lower(k) == "of" && (s.lower(k-1) == "cluster" || s.lower(k-1) == "chain" || s.lower(k-1) == "string" || s.lower(k-1) == "group") &&
					placeNouns[strings.TrimSuffix(s.lower(k+1), "s")] && s.lower(k+2) == "in" {
					k += 2
				}
				// ("Volhynia, a region now in north-western Ukraine")
				noun := k - 1
				if w := s.lower(k); (w == "now" || w == "still") && s.lower(k+1) == "in" {
					k++
				}
				if s.lower(k) == "in" && placeNouns[strings.TrimSuffix(s.lower(noun), "s")] {
					j := k + 1
					if s.lower(j) == "the" {
						j++
					}
					// ("the last major city in the vast western Darfur
					// region": an adjective before the compass word)
					if s.plainWord(j) && strings.HasPrefix(s.tag(j), "JJ") && !s.compassWord(j) && s.mentionAt(j+1) != nil || s.plainWord(j) && s.compassWord(j+1) {
						j++
					}
					// ("in the South China Sea": a compass word opening a name
					// stays)
					if s.compassWord(j) {
						j++
					}
					// "a town in Nigeria's Borno state"
					j = s.possessedRegion(j)
					if q := s.mentionAt(j); q != nil && q.from == j && !q.demonym && !q.poss && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) && q.ent != m.ent && d.plausiblyIn(m.ent, q.ent) {
						add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "apposition-place-in", trigFrom: m.to, trigTo: j, factive: true, conf: 0.7})
					}
				}
				// "Khor Fakkan, a port on the UAE's eastern coast": a town
				// on a land's coast is in it
				if s.lower(k) == "on" && placeNouns[strings.TrimSuffix(s.lower(noun), "s")] {
					j := k + 1
					if s.lower(j) == "the" {
						j++
					}
					if q := s.mentionAt(j); q != nil && q.from == j && q.poss && (q.ent.typ == schema.Country || q.ent.typ == schema.Region) && q.ent != m.ent && d.plausiblyIn(m.ent, q.ent) {
						e := q.to + 1
						if s.compassWord(e) || compassAdjective(s.lower(e)) {
							e++
						}
						if coastNouns[s.lower(e)] {
							add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "apposition-place-on", trigFrom: m.to, trigTo: e + 1, factive: true, conf: 0.7})
						}
					}
				}
			}
		}
		// "X, an Azerbaijani region" / "X - an Azerbaijani area"
		if (m.ent.typ == schema.Region || m.ent.typ == schema.City || deFacto(m.ent)) && (s.lower(m.to) == "," || s.lower(m.to) == "-" || s.lower(m.to) == "–" || s.lower(m.to) == "(") {
			k := m.to + 1
			if s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "the" {
				k++
			}
			// "Uvira, the last large Congolese town", "Arusha, the
			// northern Tanzanian city": words of size, rank or where
			// before the demonym
			// ("Ceuta and Melilla, the two Spanish cities": each of the
			// list the apposition follows)
			heads := []*mention{m}
			for n := 0; n < 3 && s.plainWord(k) && !s.toks[k].Cap && s.mentionAt(k) == nil && (apposPlaceModifiers[s.lower(k)] || placeRankWords[s.lower(k)] || s.lower(k) == "two" || s.lower(k) == "three"); n++ {
				if w := s.lower(k); w == "two" || w == "three" {
					heads = s.listEndingAt(m, m.to)
				}
				k++
			}
			q0 := s.mentionAt(k)
			// ("Sabah, the Malaysian state": the demonym and the noun read
			// as the country itself)
			absorbed := q0 != nil && q0.from == k && !q0.demonym && q0.ent.typ == schema.Country && q0.to-q0.from == 2 && s.toks[k].Cap && subdivisionNouns[s.lower(q0.to-1)] && !s.toks[q0.to-1].Cap
			if q := q0; q != nil && q.from == k && (q.demonym || absorbed) && q.ent.typ == schema.Country {
				noun := s.lower(q.to)
				if absorbed {
					noun = s.lower(q.to - 1)
				}
				// "La Mesilla, a Guatemalan border town": one word of
				// where in the country before the noun
				if apposPlaceModifiers[noun] {
					noun = s.lower(q.to + 1)
				}
				if len(heads) > 1 {
					noun = singular(noun) // "the two Spanish cities"
				}
				switch noun {
				case "region", "area", "province", "city", "town", "enclave", "exclave", "territory", "district", "village", "port", "island", "oblast",
					"state", "county", "prefecture", "governorate", "department", "archipelago":
					// "Transnistria, the Russian-backed region": backed by
					// the country, not in it
					if q.backer {
						add(rel{subj: q.ent, obj: m.ent, pred: schema.Supported, rule: "backed-region", trigFrom: k, trigTo: q.to + 1, factive: true, conf: 0.75})
						break
					}
					for _, h := range heads {
						if h.ent.typ == m.ent.typ && h.ent != q.ent {
							add(rel{subj: h.ent, obj: q.ent, pred: schema.LocatedIn, rule: "demonym-region", trigFrom: k, trigTo: q.to + 1, factive: true, conf: 0.8})
						}
					}
				}
			}
		}
		// "Turkmenistan, the Central Asian country", "Kazakhstan, Central
		// Asia's largest economy": a country described as one of a
		// region's (not "China, Africa's largest creditor": a relation)
		if m.ent.typ == schema.Country && !m.poss && s.lower(m.to) == "," {
			k := m.to + 1
			if s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "the" {
				k++
			}
			// ("Uzbekistan, the most populous Central Asian state": a
			// superlative before the region's adjective)
			if s.lower(k) == "most" || s.lower(k) == "least" {
				k++
			}
			if t := s.tag(k); (t == "JJS" || t == "JJ" && (s.lower(k-1) == "most" || s.lower(k-1) == "least")) && s.mentionAt(k) == nil {
				k++
			}
			if q := s.mentionAt(k); q != nil && q.from == k && q.ent.typ == schema.Region && !seaName(q.ent.name) && q.ent != m.ent && (q.demonym || q.poss) {
				j := q.to
				if q.poss {
					j++
				}
				for n := 0; n < 2 && s.plainWord(j) && !statelyKinds[s.lower(j)] && !s.toks[j].Cap; n++ {
					j++
				}
				if statelyKinds[s.lower(j)] && !s.toks[j].Cap {
					add(rel{subj: m.ent, obj: q.ent, pred: schema.LocatedIn, rule: "regional-apposition", trigFrom: k, trigTo: j + 1, factive: true, conf: 0.75})
				}
			}
		}
		// Region membership: "Central Asia – which include(s) A, B and C",
		// "Central Asian nations, including A", "countries in R such as A"
		if m.ent.typ == schema.Region {
			k := m.to
			if groupNouns[s.lower(k)] {
				k++
			}
			for s.lower(k) == "," || s.lower(k) == "-" || s.lower(k) == "–" || s.lower(k) == "(" || s.lower(k) == "—" {
				k++
			}
			start := k
			switch {
			case s.lower(k) == "which" || s.lower(k) == "that":
				if w := s.lower(k + 1); w == "include" || w == "includes" || w == "included" || w == "comprises" || w == "comprise" {
					k += 2
				}
			case s.lower(k) == "including" || s.lower(k) == "like" || s.lower(k) == "namely":
				k++
			case s.lower(k) == "such" && s.lower(k+1) == "as":
				k += 2
			case s.lower(k) == ":":
				k++
			}
			if k > start {
				for s.lower(k) == "in" || s.lower(k) == "nearby" || s.lower(k) == "the" || s.lower(k) == ":" || s.lower(k) == "-" || s.lower(k) == "•" {
					k++
				}
				// (not "including its phosphate deposits": a pronoun's
				// things, not a country)
				if c := s.mentionAt(k); c != nil && c.from == k && c.ent.typ == schema.Country && !c.pronoun && !c.poss {
					for _, x := range s.coordinated(c, len(s.toks)) {
						for _, e := range x.ents() {
							if e.typ == schema.Country {
								add(rel{subj: e, obj: m.ent, pred: schema.LocatedIn, rule: "region-includes", trigFrom: start, trigTo: k, factive: true, conf: 0.8})
							}
						}
					}
				}
			}
		}
		// "Rwanda-backed M23 rebels", "the Iran-backed Houthis"
		// ("the Belgrade-backed Serb List": a capital for its government)
		backer := m.ent
		if c := d.actingFor(m.ent); m.backer && m.ent.typ == schema.City && c != nil {
			backer = c
		}
		if m.backer && (backer.typ == schema.Country || backer.typ == schema.Organization) {
			if q := s.mentionAt(m.to); q != nil && q.from == m.to && (q.ent.typ == schema.Organization || q.ent.typ == schema.Person) && q.ent != backer {
				add(rel{subj: backer, obj: q.ent, pred: schema.Supported, rule: "backed-modifier", trigFrom: m.from, trigTo: m.to, conf: 0.8})
			}
		}
		// "the U.S.-brokered Washington Accords"
		if m.broker && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization || m.ent.typ == schema.Person) {
			if q := s.mentionAt(m.to); q != nil && q.from == m.to && q.ent.typ == schema.Agreement {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.Brokered, rule: "brokered-modifier", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.8})
			} else if q := s.brokeredApposition(m); q != nil {
				// "the Washington Accords in December 2025, a
				// Trump-brokered deal": the apposition's agreement
				add(rel{subj: m.ent, obj: q, pred: schema.Brokered, rule: "brokered-apposition", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.75})
			}
		}
		// "Armenia and Azerbaijan ..., when their foreign ministers, Ararat
		// Mirzoyan and Jeyhun Bayramov, initialled": each in turn
		if m.pronoun && m.poss && s.lower(m.from) == "their" {
			for _, r := range s.theirPostHolders(m) {
				add(r)
			}
		}
		// "the Israeli-occupied Golan Heights", "Russian-controlled Kherson"
		if m.occupier && (m.ent.typ == schema.Country || m.ent.typ == schema.Organization) {
			if q := s.mentionAt(m.to); q != nil && q.from == m.to && (q.ent.typ == schema.Region || q.ent.typ == schema.City || q.ent.typ == schema.Facility) && q.ent != m.ent {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.TookControlOf, rule: "occupied-modifier", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.75})
			}
		}
		// "the Pakistan-based Lashkar-e-Taiba", "the Doha-based broadcaster
		// Al Jazeera": the organization is where the modifier says
		if m.based && m.ent.typ.IsPlace() {
			// "Perenco, the London-based oil producer", "Lucas, the
			// Norway-based leader of ...": the name the apposition follows
			// (not "Timor GAP, the Perth-based Woodside Energy": a list
			// of names, the place modifying the next)
			k := s.kindWordsFrom(m.to, 3)
			named := false
			// ("a Tashkent-based Uzbek hydrologist": a demonym is no name)
			if q := s.mentionAt(k); q != nil && q.from >= m.to && !q.demonym {
				named = true
			} else if q != nil && q.from == k && q.demonym {
				k = s.kindWordsFrom(q.to, 3)
			}
			if a := s.mentionAt(m.from - 3); !named && (s.lower(m.from-1) == "the" || s.lower(m.from-1) == "a") && s.lower(m.from-2) == "," && a != nil && a.to == m.from-2 && !a.poss && !a.demonym && usable(a) {
				if a.ent.typ == schema.Organization || a.ent.typ == schema.Facility {
					add(rel{subj: a.ent, obj: m.ent, pred: schema.BasedIn, rule: "based-apposition", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.8})
				} else if head := s.lower(k - 1); a.ent.typ == schema.Person && (m.ent.typ == schema.City || m.ent.typ == schema.Country || m.ent.typ == schema.Region) && (titleWords[head] || expertNouns[head] || privatePersons[head] || strings.HasSuffix(head, "ologist")) {
					add(rel{subj: a.ent, obj: m.ent, pred: schema.LivesIn, rule: "based-apposition", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.75})
				}
			}
			// (not "the Geneva-based United Nations agency": the name
			// modifies the noun after it)
			if q := s.mentionAt(k); q != nil && q.from == k && (q.ent.typ == schema.Organization || q.ent.typ == schema.Facility) && !q.demonym && !(s.plainWord(q.to) && strings.HasPrefix(s.tag(q.to), "NN")) {
				add(rel{subj: q.ent, obj: m.ent, pred: schema.BasedIn, rule: "based-modifier", trigFrom: m.from, trigTo: q.to, factive: true, conf: 0.85})
			}
		}
		// ("the council also includes ...": a bloc referred back to)
		// ("The bloc has expanded ... to include": "bloc" and "alliance"
		// mean one, whatever its name)
		// ("is not an RSS member": a body named in the text before a
		// member noun)
		// ("the Three Brotherhood Alliance, which also includes": an
		// alliance names its members, known or not)
		// ("the CPTPP, a trade pact of which China is not a member": an
		// agreement known to the gazetteer has parties the same way)
		if m.ent.typ == schema.Agreement && m.ent.entry != nil && !m.poss {
			for _, r := range s.blocMembersAfter(m) {
				if r.rule == "of-which-member" || r.rule == "to-which-belong" {
					add(r)
				}
			}
		}
		if m.ent.typ == schema.Organization && (m.ent.entry != nil || memberNouns[s.lower(m.to)] && !m.poss || allianceHeads[strings.ToLower(lastWord(m.ent.name))] && !m.actor) && (!m.actor || orgNouns[s.lower(m.to-1)] && (strings.Contains(strings.ToLower(m.ent.name), s.lower(m.to-1)) || s.lower(m.to-1) == "bloc" || s.lower(m.to-1) == "alliance")) {
			for _, r := range s.blocMembers(m) {
				add(r)
			}
		}
		// "the two Caucasus nations"
		if r, ok := d.groupRegion[m]; ok {
			for _, e := range m.members {
				add(rel{subj: e, obj: r, pred: schema.LocatedIn, rule: "group-region", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
			}
		}
		// "the two NATO allies": members of the bloc
		if b, ok := d.groupBloc[m]; ok {
			for _, e := range m.members {
				add(rel{subj: e, obj: b, pred: schema.MemberOf, rule: "group-bloc", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
			}
		}
		// "relations between the two allies": allies of each other (not
		// "ready to help both allies": a third's)
		if len(m.members) == 2 && s.lower(m.to-1) == "allies" && s.lower(m.from+1) == "two" && m.members[0] != m.members[1] && m.members[0].typ == schema.Country && m.members[1].typ == schema.Country {
			add(rel{subj: m.members[0], obj: m.members[1], pred: schema.AlliedWith, rule: "group-allies", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.65})
		}
		if m.home != nil && m.ent.typ == schema.Facility {
			add(rel{subj: m.ent, obj: m.home, pred: schema.LocatedIn, rule: "facility-name-place", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
		} else if m.home != nil && !d.nameOnlyHome(m.ent, m.home) && !d.namedAfter(m.ent, m.home) {
			add(rel{subj: m.ent, obj: m.home, pred: schema.BasedIn, rule: "demonym-organization", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
		} else if h := s.knownCueHome(m); h != nil {
			// "Brazil's state oil company, Petrobras", "the Mexican state
			// oil firm Pemex": a known company after its kind and its
			// country, which the gazetteer agrees on
			add(rel{subj: m.ent, obj: h, pred: schema.BasedIn, rule: "demonym-organization", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
		}
		// "Russian oil companies Rosneft and Lukoil": the country of a
		// plural kind of body is that of each body it lists
		// (not "granting the British securities companies TSE
		// membership": a name before a noun only modifies it)
		if k := m.from - 1; k > 0 && m.ent.typ == schema.Organization && !m.poss && !m.demonym && !s.toks[k].Cap && pluralOrgCue(s.lower(k)) && !s.nameModifies(m) {
			if h := s.cueHome(k); h != nil {
				for _, x := range s.coordinated(m, len(s.toks)) {
					if x.ent.typ == schema.Organization && !x.poss && !x.demonym && x.ent != h {
						add(rel{subj: x.ent, obj: h, pred: schema.BasedIn, rule: "demonym-organizations", trigFrom: k, trigTo: x.to, factive: true, conf: 0.7})
					}
				}
			}
		}
		// "the Bulgarian Socialist Party", "the U.S. Congress": an
		// organization named with its country is based there.
		// (not "Angola's U.S.-backed UNITA": its backer)
		if (m.demonym || m.ent.typ == schema.Country && !m.actor && !m.poss) && m.ent.typ == schema.Country && !m.backer {
			// (not a body referred back to: "told Brazil the bank will")
			if o := s.mentionAt(m.to); o != nil && o.from == m.to && o.ent.typ == schema.Organization && o.ent.entry == nil && s.lower(o.from) != "the" {
				add(rel{subj: o.ent, obj: m.ent, pred: schema.BasedIn, rule: "country-organization", trigFrom: m.from, trigTo: o.to, factive: true, conf: 0.7})
			}
		}
		// "the Russian news agency TASS", "the Japanese carmaker Toyota":
		// a body named after what kind of body of a country it is
		if m.demonym && m.ent.typ == schema.Country && s.lower(m.from-1) == "the" {
			k := m.to
			for n := 0; n < 3 && s.plainWord(k) && !s.toks[k].Cap && !(orgCueNouns[s.lower(k)] || orgKinds[s.lower(k)]); n++ {
				k++
			}
			if s.plainWord(k) && !s.toks[k].Cap && (orgCueNouns[s.lower(k)] || orgKinds[s.lower(k)]) {
				if o := s.mentionAt(k + 1); o != nil && o.from == k+1 && o.ent.typ == schema.Organization && !o.poss && o.home == nil &&
					(o.ent.entry == nil || o.ent.entry.Country == m.ent.entry.ID) && o.ent != m.ent {
					add(rel{subj: o.ent, obj: m.ent, pred: schema.BasedIn, rule: "demonym-kind-organization", trigFrom: m.from, trigTo: o.to, factive: true, conf: 0.75})
				}
			}
		}
		// "KAL attorney George Tompkins", "NASA Administrator Jane Doe"
		if m.ent.typ == schema.Organization && !m.poss {
			k := m.to
			for k < len(s.toks) && k < m.to+3 && s.toks[k].Word && s.mentionAt(k) == nil && (titleWords[s.lower(k)] || !s.toks[k].Cap && staffLike(s.lower(k))) {
				k++
			}
			// "U.N. financial spokesman Fred Eckhard": adjectives first
			// (the title word is looked for before the tagger is asked)
			titleAt := func(j int) bool { return staffTitles[s.lower(j)] || titleWords[s.lower(j)] }
			if k == m.to && (titleAt(m.to+1) || titleAt(m.to+2)) {
				j := m.to
				for j < m.to+2 && s.plainWord(j) && strings.HasPrefix(s.tag(j), "JJ") {
					j++
				}
				if j > m.to && titleAt(j) {
					k = j + 1
				}
			}
			title := strings.Join(tokLowers(s.toks[m.to:k]), " ")
			// "UN special envoy for Yemen Hans Grundberg": the brief after
			// "for" inside the title
			if p := s.mentionAt(k + 1); k > m.to && s.lower(k) == "for" && p != nil && p.from == k+1 && !p.poss && (p.ent.typ == schema.Country || p.ent.typ == schema.Region) && briefTitles[s.lower(k-1)] {
				k = p.to
			}
			// "the UN special envoy for Yemen, Hans Grundberg,": the name
			// in apposition after a definite title ("killed a Haitian
			// National Police officer, Wilner Dorval": or an indefinite one)
			// ("the UPDF spokesman, Major Peter Mugisha,": a rank before
			// the name)
			appos := false
			if _, known := roleKind(title); k > m.to && known && s.lower(k) == "," && s.determinerBefore(m.from) {
				j := s.skipTitle(k + 1)
				if p := s.mentionAt(j); p != nil && p.from == j && p.ent.typ == schema.Person && !p.poss && (s.lower(p.to) == "," || s.lower(p.to) == "." || finiteVerb(s, p.to)) {
					k, appos = j, true
				}
			}
			// (not "EU Affairs Minister Thomas Byrne": the bloc is the
			// portfolio)
			if p := s.mentionAt(k); k > m.to && p != nil && p.from == k && p.ent.typ == schema.Person && !s.formerBefore(m.from) && !s.portfolioBloc(m) {
				pred := postKind(title)
				// ("a senior RSF commander, Abdel Rahim Dagalo": one of
				// several)
				if appos && s.indefiniteBefore(m.from) {
					pred = schema.WorksFor
				}
				add(rel{subj: p.ent, obj: m.ent, pred: pred, role: title, rule: "organization-title", trigFrom: m.from, trigTo: k, factive: true, conf: 0.75})
			}
		}
		// "Wang Ziqiang at the Institute of Mechanics", "said Brian
		// Waterhouse at James Capel and Co.": a person at a company or an
		// institute works there (not "Aliyev at the Kremlin")
		if m.ent.typ == schema.Organization && !m.demonym && !m.poss && institutionHead(s, m) {
			at := m.from - 1
			if s.lower(at) == "the" {
				at--
			}
			if s.lower(at) == "at" {
				// (not "Professor of Food Science at Rutgers": a field, not
				// a person, after "of")
				if p := s.mentionAt(at - 1); p != nil && p.to == at && p.ent.typ == schema.Person && !p.poss && s.lower(p.from-1) != "of" && !(p.to-p.from == 1 && titleWords[s.lower(p.from-1)]) {
					if _, title, former := s.titleBefore(p.from); !former {
						add(rel{subj: p.ent, obj: m.ent, pred: schema.WorksFor, role: title, rule: "person-at-organization", trigFrom: at, trigTo: m.from, factive: true, conf: 0.6})
					}
				}
			}
		}
		// "Jesse Jackson's home state of South Carolina", "South Carolina,
		// Jackson's home state", "with South Carolina being Jackson's home
		// state": where the person is from
		if m.ent.typ == schema.Person && m.poss && s.lower(m.to+1) == "home" && homeNouns[s.lower(m.to+2)] {
			var place *entity
			if s.lower(m.to+3) == "of" {
				if q := s.mentionAt(m.to + 4); q != nil && q.from == m.to+4 && placeTitle(q.ent) || q != nil && q.from == m.to+4 && q.ent.typ == schema.Country {
					place = q.ent
				}
			}
			if place == nil {
				k := m.from - 1
				if w := s.lower(k); w == "," || w == "is" || w == "was" || w == "being" {
					if q := s.mentionAt(k - 1); q != nil && q.to == k && !q.poss && !q.demonym && (placeTitle(q.ent) || q.ent.typ == schema.Country) {
						place = q.ent
					}
				}
			}
			if place != nil {
				add(rel{subj: m.ent, obj: place, pred: schema.LivesIn, rule: "home-state", trigFrom: m.from, trigTo: m.to + 3, factive: true, conf: 0.75})
			}
		}
		// "Prime Minister Brian Mulroney's Progressive Conservative
		// Party", "Orban's Fidesz party": a person's party
		// ("Mickoski's nationalist VMRO-DPMNE party", "Montenegro's
		// centre-right Democratic Alliance": a political word before the
		// name; "Milei's party, La Libertad Avanza": the name in
		// apposition)
		if m.ent.typ == schema.Person && m.poss {
			k, political := m.to+1, false
			for n := 0; n < 2 && s.plainWord(k) && !s.toks[k].Cap && s.lower(k) != "party" && s.mentionAt(k) == nil; n++ {
				political = political || partyAdjectives[s.lower(k)]
				k++
			}
			appos := false
			if s.lower(k) == "party" && s.lower(k+1) == "," {
				k += 2
				appos = true
			}
			if q := s.mentionAt(k); q != nil && q.from == k && q.ent.typ == schema.Organization && (k == m.to+1 || political || appos) &&
				(appos || s.lower(q.to-1) == "party" || partyNouns[s.lower(q.to)] && !s.toks[q.to].Cap || political && partyHeads[s.lower(q.to-1)]) {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.MemberOf, rule: "possessive-party", trigFrom: m.from, trigTo: q.from, factive: true, conf: 0.7})
			}
		}
		// "John Smith of Chicago", "Jane Doe, 50, of Bethany, Conn.": a
		// person of a place lives there; "Jerry Chapman of the Bureau of
		// Land Management" works for it.
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country || m.ent.typ == schema.Organization) && !m.demonym {
			at := m.from
			if s.lower(at-1) == "the" && m.ent.typ == schema.Organization {
				at--
			} else if m.ent.typ == schema.Organization && partyAdjectives[s.lower(at-1)] && !s.toks[at-1].Cap && s.lower(at-2) == "the" && (m.ent.isParty() || partyNouns[s.lower(m.to)]) {
				// "Daniel Chapo, of the ruling Frelimo party"
				at -= 2
			} else if m.ent.typ == schema.Organization && s.orgKindBefore(m.from) {
				// "Tomas Aguirre of the Bogota-based group Rios Vivos"
				for at > 0 && s.lower(at-1) != "the" && s.lower(at-1) != "a" && at > m.from-5 {
					at--
				}
				at--
			}
			p := s.personOfAt(at)
			if p == nil && m.ent.typ == schema.Organization && s.lower(at-1) == "of" && s.lower(at-2) == "," {
				// "Chapo, of the Frelimo party" (a known body: a comma
				// before "of" would make a new name a place)
				if q := s.mentionAt(at - 3); q != nil && q.to == at-2 && q.ent.typ == schema.Person && !q.poss {
					p = q
				}
			}
			if p != nil {
				if m.ent.typ == schema.Organization {
					if _, title, former := s.titleBefore(p.from); !former {
						add(rel{subj: p.ent, obj: m.ent, pred: schema.WorksFor, role: title, rule: "person-of-organization", trigFrom: at - 1, trigTo: m.from, factive: true, conf: 0.65})
					}
				} else if title, ok := s.postPluralBefore(p.from); ok && m.ent.typ == schema.Country && (listEnd[s.lower(m.to)] || s.lower(p.from-1) == "and") {
					// "Foreign Ministers Paulo Rangel of Portugal and
					// Mauro Vieira of Brazil": people listed by their
					// countries after a post's plural hold it there
					// ("..., and Chancellor Helmut Kohl of West Germany":
					// a post of their own)
					if _, own, _ := s.titleBefore(p.from); own != "" && !strings.HasSuffix(own, "s") {
						title = own
					}
					add(rel{subj: p.ent, obj: m.ent, pred: postKind(title), role: title, rule: "person-of-country-list", trigFrom: at - 1, trigTo: m.from, factive: true, conf: 0.7})
				} else if _, title, _ := s.titleBefore(p.from); (title == "" || m.ent.typ != schema.Country) && !s.livesElsewhereAfter(m.to) {
					// (not "President Ilham Aliyev of Azerbaijan": the
					// title's post there, title-name-of, and no home)
					// (nor "a nurse from Funafuti who now lives in
					// Brisbane": a home the clause after names)
					add(rel{subj: p.ent, obj: m.ent, pred: schema.LivesIn, rule: "person-of-place", trigFrom: at - 1, trigTo: m.from, factive: true, conf: 0.6})
					// "of Bethany, Conn.": the state too
					if m.ent.typ == schema.City && s.lower(m.to) == "," && mi+1 < len(s.ments) {
						if q := s.ments[mi+1]; q.from == m.to+1 && !q.demonym && (q.ent.typ == schema.Region || q.ent.typ == schema.Country) {
							add(rel{subj: p.ent, obj: q.ent, pred: schema.LivesIn, rule: "person-of-place", trigFrom: at - 1, trigTo: q.from, factive: true, conf: 0.6})
						}
					}
				}
			}
		}
		// "President McKinley's assassin, Leon Czolgosz", "King assassin
		// James Earl Ray": the person named after the noun killed the
		// possessor.
		if m.ent.typ == schema.Person && !m.demonym {
			k := m.to
			if m.poss {
				k++
			}
			// "Oswald, the accused assassin of President Kennedy"
			if !m.poss && s.lower(k) == "," {
				j := k + 1
				for s.lower(j) == "the" || s.lower(j) == "a" || killerQualifiers[s.lower(j)] {
					j++
				}
				if killerNouns[s.lower(j)] && s.lower(j+1) == "of" {
					j += 2
					j = s.skipTitle(j)
					if p := s.mentionAt(j); p != nil && p.from == j && p.ent.typ == schema.Person && p.ent != m.ent {
						add(rel{subj: m.ent, obj: p.ent, pred: schema.Killed, rule: "killer-apposition", trigFrom: k, trigTo: j, factive: true, conf: 0.75})
					}
				}
			}
			if killerNouns[s.lower(k)] {
				j := k + 1
				if s.lower(j) == "," {
					j++
				}
				if p := s.mentionAt(j); p != nil && p.from == j && p.ent.typ == schema.Person && p.ent != m.ent {
					add(rel{subj: p.ent, obj: m.ent, pred: schema.Killed, rule: "possessive-killer", trigFrom: k, trigTo: j, factive: true, conf: 0.75})
				}
			}
		}
		// "Sirhan was convicted of Kennedy's killing", "pleaded guilty to
		// the senator's murder": a verdict on a person's killing names the
		// killer as its subject
		if m.ent.typ == schema.Person && m.poss && killNouns[s.lower(m.to+1)] {
			if r, ok := d.verdictOnKilling(s, m); ok {
				add(r)
			}
		}
		// "Pacific Marine Inc. of Houston", "Brown University in
		// Providence, R.I.": an organization of or in a place is based
		// there.
		at := m.to
		if s.lower(at) == "." { // "Inc. of Houston"
			at++
		}
		// (not "opened the first session of the Nile River Basin
		// Commission in Entebbe": where the body's meeting is held)
		if m.ent.typ == schema.Organization && !m.poss && !m.demonym && (s.lower(at) == "of" || s.lower(at) == "in" && !s.bodyMeetingBefore(m)) {
			if q := s.mentionAt(at + 1); q != nil && q.from == at+1 && !q.demonym && !q.poss && (q.ent.typ == schema.City || q.ent.typ == schema.Region || q.ent.typ == schema.Country) && s.mentionAt(q.to) == nil && !s.isTimeTok(q.to) {
				add(rel{subj: m.ent, obj: q.ent, pred: schema.BasedIn, rule: "organization-of-place", trigFrom: at, trigTo: q.from, factive: true, conf: 0.6})
				if q.ent.typ == schema.City && s.lower(q.to) == "," {
					if r := s.mentionAt(q.to + 1); r != nil && r.from == q.to+1 && !r.demonym && (r.ent.typ == schema.Region || r.ent.typ == schema.Country) {
						add(rel{subj: m.ent, obj: r.ent, pred: schema.BasedIn, rule: "organization-of-place", trigFrom: at, trigTo: r.from, factive: true, conf: 0.6})
					}
				}
			}
		}
		// "Modesto native George Lucas", "a Minnesota-born artist, Jo Li"
		if (m.ent.typ == schema.City || m.ent.typ == schema.Region) && !m.demonym && !m.poss && (s.lower(m.to) == "native" || s.lower(m.to) == "-" && s.lower(m.to+1) == "born" || s.lower(m.to) == "born") {
			k := m.to + 1
			if s.lower(m.to) == "-" {
				k++
			}
			k = s.skipTitle(k)
			if p := s.mentionAt(k); p != nil && p.from == k && p.ent.typ == schema.Person {
				add(rel{subj: p.ent, obj: m.ent, pred: schema.LivesIn, rule: "place-native", trigFrom: m.to, trigTo: k, factive: true, conf: 0.65})
			}
		}
		// "Germany, Israel's closest European ally", "Japan is a key U.S.
		// ally": the noun phrase's head is allied with the possessor or
		// the country named in it.
		// ("one of Kyiv's most steadfast allies": a capital stands for its
		// country)
		allyOf := m.ent
		if m.ent.typ == schema.City && m.poss {
			allyOf = d.metonym(m.ent, func(e *entity) bool { return e.typ == schema.Country })
		}
		// ("Egypt and the UAE were Haftar's main foreign backers": a
		// person has backers, no allies or neighbours)
		// ("Javier Milei, a close Trump ally": a person's ally)
		personAlly := allyOf != nil && allyOf.typ == schema.Person && !m.poss && (s.lower(m.to) == "ally" || s.lower(m.to) == "allies")
		if allyOf != nil && (allyOf.typ == schema.Country || allyOf.typ == schema.Organization || allyOf.typ == schema.Person && (m.poss || personAlly)) && !m.actor {
			k := m.to
			if m.poss {
				k++
			}
			n := 0
			// ("Turkey, Greece's NATO ally": a body between the possessive
			// and the noun is the alliance both belong to)
			var body *entity
			for n < 3 && k < len(s.toks) && s.toks[k].Word && allyNouns[s.lower(k)] == "" && s.lower(k) != "supplier" && !s.securityPartner(k) {
				if b := s.bodyAt(k); m.poss && body == nil && b != nil {
					body = b.ent
					k = b.to
					n++
					continue
				}
				if s.toks[k].Cap && (s.mentionAt(k) == nil || !s.mentionAt(k).demonym) {
					break
				}
				k++
				n++
			}
			pred := allyNouns[s.lower(k)]
			// "one of New Delhi's closest defence partners"
			if s.securityPartner(k) {
				pred = schema.AlliedWith
			}
			// "Taiwan's main arms supplier" is support; "Brazil's oil
			// supplier" is trade
			if s.lower(k) == "supplier" && (s.lower(k-1) == "arms" || s.lower(k-1) == "weapons" || s.lower(k-1) == "military") {
				pred = schema.Supported
			}
			if allyOf.typ == schema.Person && pred != schema.Supported && !personAlly {
				pred = ""
			}
			if pred != "" {
				np := m.from
				for np > 0 && (s.lower(np-1) == "a" || s.lower(np-1) == "an" || s.lower(np-1) == "the" || !s.toks[np-1].Cap && strings.HasPrefix(s.tag(np-1), "JJ")) {
					np--
				}
				// "Romania, one of Kyiv's most steadfast allies"
				if s.lower(np-1) == "of" && s.lower(np-2) == "one" {
					np -= 2
				}
				// "have been among Ukraine's staunchest backers": after a
				// copula, "among" counts the subject in the group
				among := s.lower(np-1) == "among" && (copulas[s.lower(np-2)] || s.lower(np-2) == "been")
				if among {
					np--
				}
				if s.lower(np-1) == "also" || s.lower(np-1) == "still" {
					np-- // "is also one of"
				}
				var x *mention
				if s.lower(np-1) == "," {
					x = s.appositionHead(np)
				}
				plural := s.lower(np-1) == "were" || s.lower(np-1) == "are"
				if x == nil && (copulas[s.lower(np-1)] || plural || s.lower(np-1) == "been") {
					if h := s.mentionAt(np - 2); h != nil && h.to == np-1 && !h.poss {
						x = h
					}
					// "Poland has been one of Ukraine's most important
					// backers"
					if h := s.mentionAt(np - 3); x == nil && s.lower(np-1) == "been" && (s.lower(np-2) == "has" || s.lower(np-2) == "have" || s.lower(np-2) == "had") && h != nil && h.to == np-2 && !h.poss {
						x = h
					}
					// "Oman, which sits at the mouth of the strait, is
					// also one of ...": the relative clause's antecedent
					if r := s.relativeOpening(np - 2); x == nil && s.lower(np-2) == "," && r > 1 {
						if h := s.mentionAt(r - 2); h != nil && h.to == r-1 && !h.poss {
							x = h
						}
					}
				}
				if x != nil {
					if e := d.metonym(x.ent, func(e *entity) bool { return e.typ == schema.Country }); e != nil && x.ent.typ == schema.City {
						x = &mention{from: x.from, to: x.to, ent: e} // "Washington is Taiwan's arms supplier"
					}
				}
				if x != nil && (pred == schema.Borders || pred == schema.InConflictWith) && !(x.ent.typ == schema.Country && m.ent.typ == schema.Country) {
					x = nil // "Uzbekistan, Kazakhstan's southern neighbor": countries only
				}
				// ("Jacob Zuma, the ANC candidate": a party's candidate
				// stands for an office, not for the party)
				if x != nil && pred == schema.CandidateFor && !(x.ent.typ == schema.Country && allyOf.typ == schema.Organization) {
					x = nil
				}
				// "Estonia, Latvia and Lithuania have been among ...": each
				// name of a subject list is in the group
				// ("Egypt and the UAE were Haftar's main backers": so is
				// each name of a plural copula's subject)
				xs := []*mention{x}
				haveBeen := s.lower(np-1) == "been" && s.lower(np-2) == "have"
				if x != nil && (among || plural || haveBeen) {
					xs = s.listEndingAt(x, x.to)
				}
				// "Denmark and the United States have been NATO allies",
				// "Turkey, a NATO ally": allies within a body named before
				// the noun are its members and, two or more, each other's
				// allies
				if x != nil && x.ent.typ == schema.Country && pred == schema.AlliedWith && allyOf.typ == schema.Organization && !m.poss && k == m.to {
					for i, y := range xs {
						if y.ent.typ != schema.Country {
							continue
						}
						add(rel{subj: y.ent, obj: allyOf, pred: schema.MemberOf, rule: "body-ally", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.65})
						for _, z := range xs[i+1:] {
							if z.ent.typ == schema.Country && z.ent != y.ent {
								add(rel{subj: y.ent, obj: z.ent, pred: schema.AlliedWith, rule: "body-allies", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.7})
							}
						}
					}
					x, xs = nil, nil
				}
				for _, y := range xs[:max(len(xs)-1, 0)] {
					if y.ent != allyOf && y.ent.typ == x.ent.typ {
						add(rel{subj: y.ent, obj: allyOf, pred: pred, rule: "ally-noun", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.7})
					}
				}
				if x != nil && body != nil && pred == schema.AlliedWith && x.ent.typ == schema.Country && allyOf.typ == schema.Country && x.ent != allyOf {
					add(rel{subj: x.ent, obj: body, pred: schema.MemberOf, rule: "possessive-body-ally", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.65})
					add(rel{subj: allyOf, obj: body, pred: schema.MemberOf, rule: "possessive-body-ally", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.65})
				}
				if x != nil && x.ent != allyOf && (x.ent.typ == schema.Country || x.ent.typ == schema.Organization || x.ent.typ == schema.Person) {
					add(rel{subj: x.ent, obj: allyOf, pred: pred, rule: "ally-noun", trigFrom: np, trigTo: k + 1, factive: true, conf: 0.7})
					// "Timor-Leste's southern neighbour and largest aid
					// donor": a second noun after "and"
					if j := k + 1; s.lower(j) == "and" {
						for j++; j < k+5 && s.plainWord(j) && !s.toks[j].Cap && allyNouns[s.lower(j)] == ""; j++ {
						}
						// ("and a key backer of the army": of its own object)
						if p2 := allyNouns[s.lower(j)]; p2 != "" && p2 != pred && s.lower(j+1) != "of" && !((p2 == schema.Borders || p2 == schema.InConflictWith) && !(x.ent.typ == schema.Country && m.ent.typ == schema.Country)) {
							add(rel{subj: x.ent, obj: allyOf, pred: p2, rule: "ally-noun", trigFrom: np, trigTo: j + 1, factive: true, conf: 0.7})
						}
					}
				}
			}
		}
		// Nationality: "Australian Timothy Weeks" (no title between)
		// (not "the Liberian-flagged Marlin Grace": a ship)
		// (nor "the Chinese-led Winning Consortium Simandou": a leader)
		if m.demonym && m.ent.typ == schema.Country && !m.linked && !hyphenSuffix(s.lower(m.to-1), ledSuffixes) {
			if p := s.mentionAt(m.to); p != nil && p.from == m.to && p.ent.typ == schema.Person && !p.pronoun {
				add(rel{subj: p.ent, obj: m.ent, pred: schema.CitizenOf, rule: "demonym-person", trigFrom: m.from, trigTo: m.to, factive: true, conf: 0.7})
			}
		}
		// "her Lebanese employer, Nader Essam Assaf", "a Filipina maid,
		// Joanna Demafelis": a demonym and a person's noun before the
		// name; "Vivek Nair is an Indian national"
		if m.demonym && m.ent.typ == schema.Country && !m.linked && !m.poss {
			if p := s.nationalBefore(m); p != nil {
				add(rel{subj: p.ent, obj: m.ent, pred: schema.CitizenOf, rule: "demonym-noun-person", trigFrom: m.from, trigTo: m.to + 1, factive: true, conf: 0.7})
			}
		}
		// "The Kingdom of Saudi Arabia, under Crown Prince Mohammed bin Salman"
		// (not "Ethiopia's foreign ministry, led by": the passive reads
		// the ministry's head as serving the state)
		if (m.ent.typ == schema.Country || m.ent.typ == schema.Organization) && !m.demonym && !(m.to-m.from > 1 && ministryNouns[s.lower(m.to-1)]) {
			k := m.to
			if s.lower(k) == "," {
				k++
			}
			if s.lower(k) == "under" || s.lower(k) == "led" && s.lower(k+1) == "by" {
				k++
				if s.lower(k) == "by" {
					k++
				}
				k = s.skipTitle(k)
				if p := s.mentionAt(k); p != nil && p.from == k && p.ent.typ == schema.Person {
					_, title, former := s.titleBefore(p.from)
					if pred, ok := roleKind(title); ok && !former && pred == schema.HeadOf || title == "" {
						add(rel{subj: p.ent, obj: m.ent, pred: schema.HeadOf, role: title, rule: "under-leader", trigFrom: m.to, trigTo: k, factive: true, conf: 0.75})
					}
				}
			}
		}
	}
	return out
}

// knownPost reads an unqualified title ("President Ilham Aliyev") through
// the gazetteer: when the person's recorded role ends with the same word
// as the title, the post's country or organization is the object.
func (d *doc) knownPost(m *mention, title string, tf int) (rel, bool) {
	e := m.ent.entry
	if e == nil || e.Former || e.Role == "" {
		return rel{}, false
	}
	tw, rw := strings.Fields(title), strings.Fields(strings.ToLower(e.Role))
	if len(tw) == 0 || len(rw) == 0 || tw[len(tw)-1] != rw[len(rw)-1] {
		return rel{}, false
	}
	pred, ok := roleKind(title)
	if !ok {
		return rel{}, false
	}
	target := e.WorksFor
	if pred == schema.HeadOf {
		target = e.Leads
	}
	if target == "" {
		target = e.Leads + e.WorksFor
	}
	q, found := d.g.Get(target)
	if !found || !pred.Accepts(schema.Person, q.Type) {
		return rel{}, false
	}
	return rel{subj: m.ent, obj: d.fromEntry(q), pred: pred, role: title, rule: "title-known-post", trigFrom: tf, trigTo: m.from, factive: true, conf: 0.75}, true
}

// staffLike reports whether a lowercase word names a post ("attorney",
// "economist", "administrator") by its ending or the title lists.
// compass words may stand between "in" and a place: "in northern Israel".
// compassWord reports whether token j is a compass word that opens no
// name: "southern" in "in southern Peru", not "South" in "the South
// China Sea".
func (s *sentence) compassWord(j int) bool {
	return compass[s.lower(j)] && (s.mentionAt(j) == nil || s.mentionAt(j).from != j)
}

var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "rural": true, "coastal": true, "downtown": true,
	"suburban": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// bodyMeetingBefore reports "a session of" (past an article) right
// before the body m: a gathering (gatheringNouns), held somewhere else
// than the body's seat.
func (s *sentence) bodyMeetingBefore(m *mention) bool {
	k := m.from - 1
	if s.lower(k) == "the" {
		k--
	}
	return s.lower(k) == "of" && gatheringNouns[s.lower(k-1)]
}

// bodyAt returns the mention of an organization (not a possessive or a
// demonym) that opens at token k, or nil.
func (s *sentence) bodyAt(k int) *mention {
	if b := s.mentionAt(k); b != nil && b.from == k && b.ent.typ == schema.Organization && !b.poss && !b.demonym {
		return b
	}
	return nil
}

// allyNouns head noun phrases of alliance or support: "a key U.S.
// ally", "Taiwan's most important arms supplier".
var allyNouns = map[string]schema.Predicate{
	"ally": schema.AlliedWith, "allies": schema.AlliedWith,
	"neighbor": schema.Borders, "neighbour": schema.Borders,
	// "Turkey, Greece's NATO ally and long-time rival": countries only,
	// as for neighbours
	"rival": schema.InConflictWith, "arch-rival": schema.InConflictWith, "foe": schema.InConflictWith, "adversary": schema.InConflictWith,
	"backer": schema.Supported, "backers": schema.Supported, "donor": schema.Supported,
	"sponsor": schema.Supported, "patron": schema.Supported,
	// "North Macedonia, an EU candidate since 2005": a country's
	// candidacy for a bloc (see the guard below)
	"candidate": schema.CandidateFor,
}

// securityPartner reports whether token k is "partner" or "partners"
// after a word of defence: "defence partners", "a close security
// partner" (not "trading partner").
func (s *sentence) securityPartner(k int) bool {
	w := s.lower(k)
	return (w == "partner" || w == "partners") && securityWords[s.lower(k-1)]
}

// securityWords before "partner" make an ally of it.
var securityWords = setOf(`defence defense security military strategic treaty`)

// townPlurals name several towns: "Spain's two cities".
var townPlurals = setOf(`cities towns ports villages enclaves`)

// participationNouns are what a state has in a body of many states.
var participationNouns = setOf(`membership quota quotas accession seat presidency chairmanship entry bid share`)

// freelanceTitles are jobs a demonym before them makes a nationality, not
// an employer: "Paraguayan economist", "a Russian analyst".
var freelanceTitles = setOf(`economist analyst attorney lawyer`)

// copulaWords link a subject to its complement, singular or plural.
var copulaWords = setOf(`is are was were remains remain remained`)

// copulas link a subject to a noun phrase that describes it.
var copulas = map[string]bool{"is": true, "was": true, "remains": true, "remained": true, "became": true, "becomes": true}

// killerNouns name who killed the person before them.
var killerNouns = map[string]bool{"assassin": true, "killer": true, "murderer": true, "slayer": true}

// killerQualifiers may stand before a killer noun without changing who
// is meant; "accused" and "alleged" make the claim a report (see
// rel modality), not a different relation.
var killerQualifiers = map[string]bool{"accused": true, "alleged": true, "convicted": true, "confessed": true, "presumed": true, "suspected": true}

func staffLike(w string) bool {
	if staffTitles[w] || headTitles[w] {
		return true
	}
	for _, suf := range []string{"ist", "or", "er", "ant", "ent", "man", "woman", "person"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// portfolioBloc reports whether the body m names a portfolio, not an
// employer: "EU Affairs Minister", "Foreign and CARICOM Affairs
// Minister", "Ireland's European Affairs Minister".
func (s *sentence) portfolioBloc(m *mention) bool {
	return !m.poss && (m.ent.typ == schema.Organization || m.demonym && m.ent.typ == schema.Region) && (s.lower(m.to) == "affairs" || s.lower(m.to) == "relations")
}

// qualifierBefore returns the country, organization or person that
// qualifies a title ending right before token i: "U.S." in "U.S.
// President", "Azerbaijani", "NATO", "Trump's".
func (s *sentence) qualifierBefore(i int) (*entity, int) {
	k := i - 1
	if s.lower(k) == "'s" || s.lower(k) == "’s" {
		k--
	}
	m := s.mentionAt(k)
	if m == nil || m.to != k+1 && !(m.poss && m.to == k+1) {
		return nil, i
	}
	switch m.ent.typ {
	case schema.Country, schema.Organization:
		// "EU Affairs Minister", "Foreign and CARICOM Affairs Minister": a
		// bloc in the portfolio, not the employer
		if m.ent.typ == schema.Organization && s.portfolioBloc(m) {
			return nil, i
		}
		// "Turkish Cypriot leader", "Greek Cypriot negotiator": two
		// demonyms name a community, whose leader heads neither state
		if m.demonym && m.from > 0 {
			if prev := s.mentionAt(m.from - 1); prev != nil && prev.demonym && prev.to == m.from {
				return nil, i
			}
		}
		// "GM Canada president", "Amoco Canada president": a name
		// before the country makes it a company's unit, not the country.
		if m.ent.typ == schema.Country && !m.poss && m.from > 0 {
			w := s.lower(m.from - 1)
			if prev := s.mentionAt(m.from - 1); prev == nil && s.toks[m.from-1].Cap && s.toks[m.from-1].Word && !notNames[w] && !titleWords[w] && w != "former" && w != "acting" && w != "then" ||
				prev != nil && (prev.ent.typ == schema.Organization || prev.ent.typ == schema.Person) && !prev.poss && prev.to == m.from {
				return nil, i
			}
		}
		return m.ent, m.from
	case schema.Person:
		if m.poss {
			return m.ent, m.from
		}
	case schema.City, schema.Region:
		// "Texas Gov. Ann Richards": a place whose officer the person is
		if !m.demonym && !m.dateline && placeTitle(m.ent) {
			return m.ent, m.from
		}
	}
	return nil, i
}

// pastAdjectives returns the token after up to two lower-case words
// before an employer's name from token j ("the winning Wool Wizards",
// "the opposition Chadema party").
func (s *sentence) pastAdjectives(j int) int {
	for n := 0; n < 2 && s.plainWord(j) && !isPrep(s.lower(j)); n++ {
		j++
	}
	return j
}

// possessedRegion returns where the region a country's possessive at
// token j names begins ("Nigeria's Borno state": Borno), or j.
func (s *sentence) possessedRegion(j int) int {
	if q := s.mentionAt(j); q != nil && q.from == j && q.poss && q.ent.typ == schema.Country {
		// ("Arlit in Niger's northern Agadez region": past a compass word)
		k := q.to + 1
		if s.compassWord(k) {
			k++
		}
		if r := s.mentionAt(k); r != nil && r.from == k && r.ent.typ == schema.Region {
			return r.from
		}
	}
	return j
}

// regionWordEnds reports whether a lower-case region word ends the
// region m or follows it: "Tulcea county", "Hasakah province" (which the
// name holds).
func (s *sentence) regionWordEnds(m *mention) bool {
	return m.to < len(s.toks) && placeAfterName[s.lower(m.to)] && !s.toks[m.to].Cap || m.to-1 > m.from && placeAfterName[s.lower(m.to-1)] && !s.toks[m.to-1].Cap
}

// componentNouns name, in a body's apposition, a part of another body.
var componentNouns = setOf(`component components wing faction arm`)

// possessedParts name, after another body's possessive, a part of it or
// a group that acts in its name: "al Qaeda's Sahel affiliate".
var possessedParts = setOf(`component wing faction arm affiliate branch franchise offshoot`)

// componentOf reads a body's apposition that makes it a part of another:
// "the People's Protection Units (YPG), the main component of the SDF".
func (s *sentence) componentOf(m *mention) (rel, bool) {
	if m.ent.typ != schema.Organization || m.poss || m.demonym {
		return rel{}, false
	}
	k := s.pastBrackets(m.to)
	// "JNIM, al Qaeda's Sahel affiliate", "al-Qaeda's branch in the
	// Sahel": an armed group's possessed affiliate or branch
	if q := s.mentionAt(k + 1); s.lower(k) == "," && q != nil && q.from == k+1 && q.poss && q.ent.typ == schema.Organization && q.ent != m.ent && possMark[s.lower(q.to)] {
		j := q.to + 1
		for n := 0; n < 2 && j < len(s.toks) && !possessedParts[s.lower(j)]; n++ {
			if r := s.mentionAt(j); r != nil && r.from == j && (r.ent.typ == schema.Region || r.demonym) {
				j = r.to
			} else if s.plainWord(j) {
				j++
			} else {
				break
			}
		}
		if possessedParts[s.lower(j)] {
			return rel{subj: m.ent, obj: q.ent, pred: schema.MemberOf, rule: "apposition-component", trigFrom: k, trigTo: j + 1, factive: true, conf: 0.7}, true
		}
		return rel{}, false
	}
	if s.lower(k) != "," || s.lower(k+1) != "the" && s.lower(k+1) != "a" && s.lower(k+1) != "an" {
		return rel{}, false
	}
	j := k + 2
	for n := 0; n < 3 && s.plainWord(j) && !componentNouns[s.lower(j)]; n++ {
		j++
	}
	if !componentNouns[s.lower(j)] || s.lower(j+1) != "of" {
		return rel{}, false
	}
	q := s.nameAt(j+2, "the")
	if q == nil || q.ent.typ != schema.Organization || q.poss || q.ent == m.ent {
		return rel{}, false
	}
	return rel{subj: m.ent, obj: q.ent, pred: schema.MemberOf, rule: "apposition-component", trigFrom: k, trigTo: q.from, factive: true, conf: 0.7}, true
}

// partNouns name a part of a body after its name: "the ICRC delegation".
var partNouns = setOf(`delegation office mission branch unit team division bureau department wing
desk operations programme program subsidiary`)

// statePosts are nouns for people who serve a state: after a demonym
// they name a post ("a Kenyan minister"), not only a nationality.
var statePosts = setOf(`minister president official officials spokesman spokeswoman spokesperson
ambassador envoy negotiator commander general officer lawmaker legislator senator premier
leader chief secretary governor mayor soldier soldiers troops delegate representative`)

// apposPlaceModifiers may stand between a demonym and the place noun
// of an apposition: "a Guatemalan border town", "a Greek coastal city".
// brokeredApposition returns the agreement that an apposition opening
// with a broker's modifier describes: "the Washington Accords, a
// Trump-brokered deal", past a time of the agreement's ("... in
// December 2025, a U.S.-brokered pact").
func (s *sentence) brokeredApposition(m *mention) *entity {
	if w := s.lower(m.from - 1); (w != "a" && w != "the") || s.lower(m.from-2) != "," || !dealNouns[s.lower(m.to)] {
		return nil
	}
	k := m.from - 2
	for n := 0; n < 5 && k > 0 && (s.isTimeTok(k-1) || s.lower(k-1) == "in" && s.isTimeTok(k)); n++ {
		k--
	}
	if q := s.mentionAt(k - 1); q != nil && q.to == k && q.ent.typ == schema.Agreement && !q.poss {
		return q.ent
	}
	return nil
}

// placeRankWords rank or size a place before its demonym: "the last
// large Congolese town", "the second-largest Kenyan city".
var placeRankWords = setOf(`last first only main large largest big biggest second-largest third-largest key strategic ancient historic`)

var apposPlaceModifiers = setOf(`border frontier coastal mountain mountainous remote small northern southern eastern western central`)

// nationalityAfter reads a nationality in an apposition: "Sidi Tah, a
// Mauritanian economist", "Valentine Rugwabiza, a Rwandan diplomat",
// "Haitham Al Ghais, a Kuwaiti", "Tedros, a former Ethiopian health
// minister". A post that serves the state ("a Kenyan minister") is
// left to the title rules.
// partyMemberWords name a party's member, capitalized after a demonym:
// "a German Social Democrat", "a French Socialist".
var partyMemberWords = setOf(`social christian democrat republican conservative liberal socialist green labour communist centrist`)

// personAdjectives describe a person before a nationality: "a veteran
// Filipino diplomat".
// nationalBefore returns the person a demonym describes with a noun for
// a private person: "a Filipina maid, Joanna Demafelis" (the name after
// the comma), "Vivek Nair is an Indian national" (the copula's subject).
func (s *sentence) nationalBefore(m *mention) *mention {
	// (the noun comes at most two words after the demonym; it is looked
	// for before the tagger is asked)
	if !privatePersons[s.lower(m.to)] && !privatePersons[s.lower(m.to+1)] && !privatePersons[s.lower(m.to+2)] {
		return nil
	}
	k := m.to
	for n := 0; n < 2 && s.plainWord(k) && !s.toks[k].Cap && s.mentionAt(k) == nil && !privatePersons[s.lower(k)] && (strings.HasPrefix(s.tag(k), "JJ") || strings.HasSuffix(s.lower(k), "-year-old")); n++ {
		k++ // "a Lebanese former employer"
	}
	if !privatePersons[s.lower(k)] || s.toks[k].Cap {
		return nil
	}
	// "the Malaysian skipper of the tugboat, Rosman Taib": what the
	// person works on or for, between the noun and the name
	if s.lower(k+1) == "of" && (s.lower(k+2) == "the" || s.lower(k+2) == "a") && s.plainWord(k+3) && !s.toks[k+3].Cap && s.mentionAt(k+3) == nil && s.lower(k+4) == "," {
		k += 3
	}
	if s.lower(k+1) == "," {
		if p := s.mentionAt(k + 2); p != nil && p.from == k+2 && p.ent.typ == schema.Person && !p.pronoun && (s.lower(p.to) == "," || s.lower(p.to) == "." || s.lower(p.to) == "") {
			return p
		}
	}
	// "Polish national Tomasz Zielinski", "Czech student Jan Novak": the
	// name right after the noun
	if p := s.mentionAt(k + 1); p != nil && p.from == k+1 && p.ent.typ == schema.Person && !p.pronoun {
		return p
	}
	// "Nair is an Indian national", "Nair, the ship's master, is a"
	if w := s.lower(m.from - 1); (w == "a" || w == "an") && (s.lower(m.from-2) == "is" || s.lower(m.from-2) == "was") && (s.lower(k) == "national" || s.lower(k) == "citizen") {
		j := m.from - 3
		if s.lower(j) == "," {
			j--
		}
		if p := s.mentionAt(j); p != nil && p.to == j+1 && p.ent.typ == schema.Person && !p.pronoun {
			return p
		}
	}
	return nil
}

// privatePersons are nouns for a person who holds no office: what a
// demonym before them tells is the person's nationality.
var privatePersons = setOf(`national citizen economist analyst tourist maid worker employer employee journalist reporter photographer sailor seaman student
	businessman businesswoman man woman activist researcher academic engineer teacher doctor nurse fisherman hostage prisoner detainee
	resident migrant refugee priest nun missionary climber backpacker volunteer contractor trader blogger writer novelist artist
	boy girl teenager pensioner dissident lawyer skipper captain crewman pilot driver cook nanny`)

// personNoun reports a noun for a private person's work or standing.
func personNoun(w string) bool {
	return privatePersons[w] || expertNouns[w] || fromNationals[w]
}

// roleNationality returns the country whose demonym opens an apposition
// that names one a body employs: "a Burundian political scientist at
// the University of Burundi", "an Icelandic fisheries economist at".
func (s *sentence) roleNationality(at int, r rel) *entity {
	if r.pred != schema.WorksFor || r.obj.typ != schema.Organization {
		return nil
	}
	k := at
	if w := s.lower(k); w != "a" && w != "an" {
		return nil
	}
	k++
	for n := 0; n < 2 && (personAdjectives[s.lower(k)] || strings.HasSuffix(s.lower(k), "-year-old")); n++ {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.from != k || !m.demonym || m.ent.typ != schema.Country || m.poss || strings.Contains(s.lower(m.from), "-") {
		return nil
	}
	if s.privateRoleAt(m.to) < 0 {
		return nil
	}
	return m.ent
}

// privateRoleAt returns the "at" or "with" that ends a short lower-case
// noun phrase for a private person's work from token from ("political
// scientist at", "fisheries economist with"), or -1.
func (s *sentence) privateRoleAt(from int) int {
	j := from
	for j < from+3 && s.plainWord(j) && !s.toks[j].Cap && !isPrep(s.lower(j)) {
		j++
	}
	if j == from || s.lower(j) != "at" && s.lower(j) != "with" || !personNoun(s.lower(j-1)) {
		return -1
	}
	return j
}

// fromNationals, with privatePersons and expertNouns, are nouns for a
// person whose country "from" names: "a veteran diplomat from Argentina".
var fromNationals = setOf(`diplomat scientist historian politician`)

var personAdjectives = setOf(`veteran retired prominent leading young elderly well-known renowned respected senior`)

func (s *sentence) nationalityAfter(p *mention, k int) (rel, bool) {
	start := k
	if w := s.lower(k); w != "a" && w != "an" && w != "the" {
		return rel{}, false
	}
	citizen := func(c *entity, to int) (rel, bool) {
		return rel{subj: p.ent, obj: c, pred: schema.CitizenOf, rule: "apposition-nationality", trigFrom: start, trigTo: to, factive: true, conf: 0.7}, true
	}
	// closedAt reports the end of the noun phrase at token e (an "and"
	// of a list of countries too, when and holds)
	closedAt := func(e int, and bool) bool {
		w := s.lower(e)
		return w == "," || w == "." || w == "who" || w == ")" || w == "" || and && w == "and"
	}
	k++
	former := false
	if s.lower(k) == "former" {
		former = true
		k++
	}
	// "Ahmad Shah Sultani, a citizen of Afghanistan who ...", "a dual
	// national of Iran and France": the country after "of"
	if k+2 < len(s.toks) && s.lower(k) == "dual" {
		k++
	}
	if (s.lower(k) == "citizen" || s.lower(k) == "national") && s.lower(k+1) == "of" {
		if c := s.mentionAt(k + 2); c != nil && c.from == k+2 && c.ent.typ == schema.Country && !c.demonym && !c.poss {
			if closedAt(c.to, true) {
				return citizen(c.ent, c.to)
			}
		}
		return rel{}, false
	}
	// "a 52-year-old Egyptian cook", "a veteran Filipino diplomat": a
	// describing word or an age before the demonym
	for n := 0; n < 2 && s.plainWord(k) && s.mentionAt(k) == nil && (strings.HasSuffix(s.lower(k), "-year-old") || personAdjectives[s.lower(k)]); n++ {
		k++
	}
	// "a Tashkent-based Uzbek hydrologist": where the person works
	// comes before the demonym (read as based-apposition)
	if b := s.mentionAt(k); b != nil && b.from == k && b.based && b.ent.typ == schema.City {
		k = b.to
	}
	// "Rafael Grossi, a veteran diplomat from Argentina,": a person
	// from a country, the noun phrase closed right after it
	if w := s.lower(k); (privatePersons[w] || expertNouns[w] || fromNationals[w]) && s.lower(k+1) == "from" && !former {
		// (the noun and its country may be read as one actor's name)
		if c := s.mentionAt(k + 2); c != nil && (c.from == k+2 || c.from == k && c.to == k+3) && c.ent.typ == schema.Country && !c.demonym && !c.poss {
			if closedAt(c.to, false) {
				return citizen(c.ent, c.to)
			}
		}
		return rel{}, false
	}
	m := s.mentionAt(k)
	// (not "the French-language tabloid")
	if m == nil || m.from != k || m.ent.typ != schema.Country || !(m.demonym || m.actor && m.adj) || m.poss || strings.Contains(s.lower(m.from), "-") {
		return rel{}, false
	}
	head := s.lower(m.to - 1) // the noun an actor took in ("Rwandan diplomat")
	n := m.to
	// (not "General Abdourahamane Tiani, a Turkish official said": the
	// source of the sentence, no apposition)
	// ("the German Social Democrat who chairs": a party's member)
	for n < m.to+3 && (s.plainWord(n) || partyMemberWords[s.lower(n)] && s.mentionAt(n) == nil) && !isPrep(s.lower(n)) && s.lower(n) != "and" && s.lower(n) != "who" && s.lower(n) != "whose" && s.lower(n) != "in" &&
		!((n > m.to || m.actor) && (s.tag(n) == "VBG" || s.tag(n) == "VBN")) && s.tag(n) != "VBD" && s.tag(n) != "VBZ" && s.tag(n) != "VBP" && s.lower(n) != "said" && s.lower(n) != "says" && s.lower(n) != "told" {
		if s.lower(n) == "former" {
			former = true
		}
		head = s.lower(n)
		n++
	}
	// (what may follow: "an American teacher living in Moscow")
	// ("a veteran Filipino diplomat appointed envoy in January": a
	// participle the tagger may read as a past tense)
	// ("a Nicaraguan economist in exile in San Jose", "a Chilean analyst
	// in Lima": where the person is, not an employer, as "a major in the
	// Marine Corps" would be)
	if w := s.lower(n); w != "," && w != "." && w != "who" && w != "whose" && w != ")" && w != "" && !((s.tag(n) == "VBG" || s.tag(n) == "VBN" || s.tag(n) == "VBD" && w != "said" && w != "told") && !s.toks[n].Cap) && !(w == "in" && n > m.to && strings.HasPrefix(s.tag(n-1), "NN") && !strings.HasSuffix(s.lower(n-1), "ing") && s.placeNotEmployer(n+1)) {
		return rel{}, false
	}
	if n == m.to && m.demonym && !(s.lower(n) == "," || s.lower(n) == ".") {
		return rel{}, false
	}
	if !former && statePosts[head] {
		return rel{}, false
	}
	// "Banca Nazionale del Lavoro, an Italian bank": a body's name
	// taken for a person's
	// ("El Tigre, a Honduran island": a place taken for a person)
	if firmNouns[head] || orgCueNouns[head] || orgHeads[head] || companyHeads[head] || townNouns[head] || placeOfNouns[head] || regionHeads[head] {
		return rel{}, false
	}
	return citizen(m.ent, n)
}

// companionOf returns the country led by the one a titled person at tf
// accompanies: "Holness was accompanied by Foreign Minister ...",
// "Ruto, joined by Defence Minister ...".
func (d *doc) companionOf(s *sentence, tf int) *entity {
	if s.lower(tf-1) != "by" || !companionVerbs[s.lower(tf-2)] {
		return nil
	}
	for _, m := range s.subjectsBefore(tf-2, s.clauseStart(tf-2), func(e *entity) bool { return e.typ == schema.Person }) {
		if c := d.ledCountry(m.ent); c != nil {
			return c
		}
	}
	return nil
}

var companionVerbs = setOf(`accompanied joined flanked`)

// placeNotEmployer reports whether the words from token k, after an
// "in", name a place and no organization: "in Lima", "in exile in San
// Jose" (not "in the Marine Corps").
func (s *sentence) placeNotEmployer(k int) bool {
	for n := 0; n < 4 && k < len(s.toks); n++ {
		if m := s.mentionAt(k); m != nil {
			return m.from == k && m.ent.typ.IsPlace() && !m.demonym
		}
		if w := s.lower(k); w != "the" && w != "exile" && w != "in" {
			return false
		}
		k++
	}
	return false
}

// pastTitle reports whether a title read as one run of words is a post
// held before ("former president", "ex-minister"): a word of pastPost.
func pastTitle(title string) bool {
	for _, w := range strings.Fields(title) {
		if pastPost[w] || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// formerBefore reports whether "former" or "ex-" qualifies a title that
// starts at token i ("Former Chilean President ...").
func (s *sentence) formerBefore(i int) bool {
	w := s.lower(i - 1)
	return w == "former" || w == "ex" || w == "ex-" || w == "then" || w == "late" || w == "the" && s.lower(i-2) == "former"
}

// appositionAfter reads "[a|the] [key] [Q] title" or "Q's title" after a
// person: "Aryeh Lightstone, a key Witkoff aide".
func (d *doc) appositionAfter(s *sentence, p *mention, k int) (rel, bool) {
	r, ok := d.appositionAt(s, p, k)
	// "Tan Wei Ling, a Singaporean economist at the bank": a demonym before
	// a freelance job is a nationality, not an employer
	if ok && r.pred == schema.WorksFor && r.obj.typ == schema.Country && freelanceTitles[lastWord(r.role)] {
		if m := s.mentionAt(k + 1); m != nil && m.demonym && m.ent == r.obj {
			r.pred, r.role = schema.CitizenOf, ""
		}
	}
	return r, ok
}

// appositionAt is appositionAfter's reading, before a nationality is told
// from an employer.
func (d *doc) appositionAt(s *sentence, p *mention, k int) (rel, bool) {
	if r, ok := s.subjectExpertAt(p, k); ok {
		return r, true
	}
	if r, ok := s.nationalityAfter(p, k); ok {
		return r, true
	}
	// ("Prime Minister Sanae Takaichi, on the sidelines of the APEC
	// summit": a phrase a preposition opens is no apposition)
	if subjectBlockers[s.lower(k)] {
		return rel{}, false
	}
	// "Zoran Zaev, then North Macedonia's prime minister": the post at
	// the time of the clause
	if s.lower(k) == "then" {
		r, ok := d.appositionAt(s, p, k+1)
		if ok && (r.pred == schema.HeadOf || r.pred == schema.WorksFor) {
			r.rule = "then-" + r.rule
			return r, true
		}
		return rel{}, false
	}
	start := k
	// "Milei, who has pushed to loosen Mercosur's rules", "Caputo, who
	// negotiated the review with IMF staff": a relative clause names a
	// post only with a verb of one ("who teaches at", "who was
	// re-elected chairman of")
	if w := s.lower(k); w == "who" || w == "which" || w == "that" || w == "whom" {
		v := k + 1
		for auxiliaries[s.lower(v)] || s.lower(v) == "been" || s.lower(v) == "be" || s.lower(v) == "also" {
			v++
		}
		// ("who is also chairman of", "who had been president of")
		copula := v > k+1 && (titleWords[s.lower(v)] || s.lower(v) == "the" || s.lower(v) == "a" || s.lower(v) == "an")
		if w != "who" || !postVerbs[s.lower(v)] && !copula {
			return rel{}, false
		}
	}
	// "Rodrigo Paz, sworn in on Saturday as Bolivia's president": the
	// post after "as"
	if s.lower(k) == "sworn" && s.lower(k+1) == "in" {
		for j := k + 2; j < len(s.toks) && j < k+8; j++ {
			if s.lower(j) == "as" {
				k = j + 1
				break
			}
			if !s.toks[j].Word {
				return rel{}, false
			}
		}
	}
	// "Mirzoyan and Bayramov, initialled the text ... at the White
	// House": a verb after the comma is the predicate, not an apposition
	if t := s.tag(k); (t == "VBD" || t == "VBZ") && s.mentionAt(k) == nil {
		return rel{}, false
	}
	// ("the bloc's foreign policy chief": a body's resolved name opens at
	// "the")
	for s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "another" || s.lower(k) == "the" || s.lower(k) == "key" || s.lower(k) == "his" || s.lower(k) == "her" || s.lower(k) == "top" || s.lower(k) == "senior" || s.lower(k) == "former" {
		if s.lower(k) == "former" {
			return rel{}, false
		}
		if m := s.mentionAt(k); m != nil && m.from == k && m.ent != p.ent && m.ent.typ == schema.Organization {
			break
		}
		k++
	}
	var q *entity
	qDemonym := false // q named by an adjective ("a Dutch businessman")
	// "Massad Boulos, US President Donald Trump's senior adviser": the
	// titled possessor, past its title
	j := k
	if d := s.mentionAt(k); d != nil && d.from == k && (d.demonym || d.ent.typ == schema.Country && !d.poss) {
		j = d.to
	}
	if j2 := s.skipTitle(j); j2 > j {
		if o := s.mentionAt(j2); o != nil && o.from == j2 && o.poss && o.ent.typ == schema.Person && o.ent != p.ent {
			k = j2
		}
	}
	// ("Ayaba Cho Lucas, the Norway-based leader of the council": where
	// the person lives, not whom he serves)
	if m := s.mentionAt(k); m != nil && m.from == k && m.based && m.ent.typ.IsPlace() {
		j := s.skipTitle(m.to)
		if j == m.to && titleWords[s.lower(j)] {
			j++
		}
		if w := s.lower(j); j > m.to && (w == "of" || w == "at" || w == "for" || s.lower(j-1) == "of") {
			k = m.to
		}
	}
	if m := s.mentionAt(k); m != nil && m.from == k && m.ent != p.ent {
		q = m.ent
		qDemonym = m.demonym
		k = m.to
		// ("the Russian foreign ministry's spokeswoman": a body read as
		// its country, then its possessive)
		if m.poss || m.actor && (s.lower(k) == "'s" || s.lower(k) == "’s") {
			k++
		}
	} else if s.lower(start) == "his" || s.lower(start) == "her" {
		// "Steve Witkoff—his peace envoy": the person before.
		for _, m := range s.ments {
			if m.to <= p.from && m.ent.typ == schema.Person && m.ent != p.ent {
				q = m.ent
			}
		}
	}
	tf := k
	// "a Burundian political scientist at the University of Burundi": a
	// nationality, then a private person's work at a body
	if q != nil && qDemonym && q.typ == schema.Country {
		if j := s.privateRoleAt(tf); j > 0 {
			e := j + 1
			if s.lower(e) == "the" {
				e++
			}
			if o := s.employerAt(e); o != nil && o.typ == schema.Organization {
				return rel{subj: p.ent, obj: o, pred: schema.WorksFor, role: strings.Join(tokLowers(s.toks[tf:j]), " "), rule: "apposition-title", trigFrom: start, trigTo: j, factive: true, conf: 0.7}, true
			}
		}
	}
	k = s.skipTitle(k)
	// "... talks with Prime Minister Donald Tusk, his spokesman said":
	// after a name inside a clause, a title and a verb are the next
	// clause's subject ("..., Louis Gasper, Ginnie Mae executive vice
	// president said" names the speaker)
	if t := s.tag(k); k > tf && (speechVerbs[s.lower(k)] || t == "VBD" || t == "VBZ") && s.mentionAt(k) == nil {
		b := p.from
		if tb, _, _ := s.titleBefore(p.from); tb < b {
			b = tb
		}
		if w := s.lower(b - 1); b > 0 && w != "," && w != "\"" && w != "``" && w != "''" && w != "“" && w != "”" {
			return rel{}, false
		}
	}
	// "vice president and columnist for The Associated Press": a second
	// role noun after "and" before the employer
	if k > tf && s.lower(k) == "and" {
		j := k + 1
		for j < k+4 && s.plainWord(j) && !isPrep(s.lower(j)) {
			j++
		}
		if j > k+1 && (s.lower(j) == "for" || s.lower(j) == "at" || s.lower(j) == "with") && strings.HasPrefix(s.tag(j-1), "NN") {
			title := strings.Join(tokLowers(s.toks[tf:k]), " ")
			q := s.employerAt(j + 1)
			if q == nil && s.lower(j+1) == "the" {
				q = s.employerAt(j + 2)
			}
			if q != nil {
				if pred, ok := roleKind(title); ok && pred.Accepts(schema.Person, q.typ) {
					return rel{subj: p.ent, obj: q, pred: pred, role: title, rule: "apposition-title", trigFrom: start, trigTo: j, factive: true, conf: 0.75}, true
				}
			}
		}
	}
	if q == nil && k > tf && !isPrep(s.lower(k)) {
		// "acting comptroller at": title words, then a role noun;
		// "chief scientific and medical officer for"
		j := k
		for j < k+5 && s.plainWord(j) && !isPrep(s.lower(j)) {
			j++
		}
		if j > k && isPrep(s.lower(j)) && !notRoles[s.lower(j-1)] && strings.HasPrefix(s.tag(j-1), "NN") {
			k = j
		}
	}
	if q != nil && k > tf && placeTitle(q) {
		// "the New York attorney": an occupation, not a post of the town
		if _, ok := roleKind(strings.Join(tokLowers(s.toks[tf:k]), " ")); !ok {
			k = tf
		}
	}
	if k == tf && q == nil {
		// "Angel Pena, an economist with the Mediterranean Foundation":
		// any short role noun phrase before for/with/at/of an organization
		// ("a Pacific security analyst at": over a sea's or a region's
		// word the gazetteer has no name of; not "a Rolm vice
		// president": a company's)
		if k < len(s.toks) && s.toks[k].Cap && regionWords[s.lower(k)] && s.mentionAt(k) == nil && s.plainWord(k+1) {
			k++
			tf = k
		}
		j := k
		for j < k+4 && s.plainWord(j) && !isPrep(s.lower(j)) && s.lower(j) != "in" {
			j++
		}
		if j > k && isPrep(s.lower(j)) && !notRoles[s.lower(j-1)] {
			k = j
		}
		// "a major in the Marine Corps": "in" an organization (not a
		// town: "a lawyer in Chicago" names no employer)
		if j > k && s.lower(j) == "in" && !notRoles[s.lower(j-1)] && strings.HasPrefix(s.tag(j-1), "NN") {
			e := j + 1
			if s.lower(e) == "the" {
				e++
			}
			if o := s.employerAt(e); o != nil && o.typ == schema.Organization {
				return rel{subj: p.ent, obj: o, pred: schema.WorksFor, role: strings.Join(tokLowers(s.toks[k:j]), " "), rule: "apposition-title", trigFrom: start, trigTo: j, factive: true, conf: 0.7}, true
			}
		}
	}
	if k == tf && q != nil {
		// "Richard Taylor, an Atlanta architect": a place before a common
		// noun is where the person lives; "Joe Weitz, another Emery
		// employee": an organization is where the person works.
		// "Daniel Bakst, a West Palm Beach, Fla., lawyer": the town's
		// state in commas may come between.
		if q.typ == schema.City && s.lower(k) == "," {
			if r := s.mentionAt(k + 1); r != nil && r.from == k+1 && r.ent.typ == schema.Region {
				e := r.to
				if s.attachedPeriod(e) {
					e++ // "Fla."
				}
				if s.lower(e) == "," {
					k = e + 1
					tf = k
				}
			}
		}
		j := k
		for j < k+3 && s.plainWord(j) && !isPrep(s.lower(j)) && (!notRoles[s.lower(j)] || s.lower(j) == "native") && !(j > k && (s.tag(j) == "VBG" || s.tag(j) == "VBN")) && s.lower(j) != "and" {
			j++
		}
		// "Guy Struve, the New York attorney representing Church's": a
		// participle or relative may follow the noun
		// ", a Memphis native and mother of twins", ", the Washington
		// correspondent for Austrian television": "and" or a preposition
		// may follow too
		after := s.lower(j) == "," || s.lower(j) == "." || s.lower(j) == "" || s.lower(j) == ")" ||
			s.lower(j) == "who" || s.lower(j) == "whose" || (s.tag(j) == "VBG" || s.tag(j) == "VBN") && !s.toks[j].Cap ||
			(s.lower(j) == "and" || s.lower(j) == "for" || s.lower(j) == "at" || s.lower(j) == "with") && (q.typ == schema.City || q.typ == schema.Region)
		if j > k && after && strings.HasPrefix(s.tag(j-1), "NN") {
			role := strings.Join(tokLowers(s.toks[k:j]), " ")
			switch {
			case (q.typ == schema.City || q.typ == schema.Region || q.typ == schema.Country) && !qDemonym && (s.lower(start) == "a" || s.lower(start) == "an" || s.lower(start) == "another" || s.lower(start) == "the") && !firmNouns[s.lower(j-1)]:
				return rel{subj: p.ent, obj: q, pred: schema.LivesIn, rule: "apposition-place", trigFrom: start, trigTo: j, factive: true, conf: 0.6}, true
			case q.typ == schema.Organization && (s.lower(start) == "a" || s.lower(start) == "an" || s.lower(start) == "another" || s.lower(start) == "the"):
				return rel{subj: p.ent, obj: q, pred: schema.WorksFor, role: role, rule: "apposition-organization", trigFrom: start, trigTo: j, factive: true, conf: 0.65}, true
			}
		}
	}
	if k == tf {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[tf:k]), " ")
	// ("Reynie Ortiz, resident of U S West": where one lives, no post)
	if strings.TrimSuffix(title, " of") == "resident" {
		return rel{}, false
	}
	// "Chung In-yong, Bank of Korea Governor Park Sung-sang and ...": a
	// title before another person's name lists people
	if m := s.mentionAt(k); m != nil && m.from == k && m.ent.typ == schema.Person && q != nil && !strings.HasSuffix(title, " of") {
		return rel{}, false
	}
	// "Stephen Axilrod, formerly staff director of ...": a past post
	for i := start; i < k; i++ {
		if pastPost[s.lower(i)] {
			return rel{}, false
		}
	}
	// "the Djiboutian chairperson of the African Union Commission": the
	// body the post is of, not the holder's nationality
	// ("Teresia Langi, a Pacific security analyst at the Oceania
	// Strategy Forum", "a British economist with the IMF": a region or a
	// demonym qualifies the work, the body employs)
	if w := s.lower(k); q != nil && (qDemonym || q.typ == schema.Region) && (w == "of" || w == "at" || w == "with" || w == "for" || strings.HasSuffix(title, " of")) {
		j := k
		if w == "of" || w == "at" || w == "with" || w == "for" {
			j++
		}
		if s.lower(j) == "the" {
			j++
		}
		if o := s.employerAt(j); o != nil && o.typ == schema.Organization {
			q, qDemonym = nil, false
		}
	}
	// "spokesman for the theater", "secretary-general of NATO"
	inOrg := s.lower(k) == "in" // "an analyst in the Treasury": only an organization
	// ("appointed Nuh Yilmaz as ambassador to Syria": the host after an
	// envoy's "to" is not whom the envoy serves)
	// (nor a special envoy's brief: "envoy for Syria")
	hostTo := s.lower(k) == "to" && (strings.HasSuffix(title, "ambassador") || strings.HasSuffix(title, "envoy")) ||
		s.lower(k) == "for" && strings.HasSuffix(title, "envoy") && s.employerAt(k+1) != nil && s.employerAt(k+1).typ != schema.Organization
	if q == nil && !hostTo && (s.lower(k) == "for" || s.lower(k) == "of" || s.lower(k) == "at" || s.lower(k) == "to" || s.lower(k) == "with" || inOrg) {
		j := k + 1
		if s.lower(j) == "the" {
			j++
		}
		// "for the winning Wool Wizards"
		j = s.pastAdjectives(j)
		q = s.employerAt(j)
		// "the minister for Pacific island affairs": a portfolio
		if m := s.mentionAt(j); q != nil && m != nil && s.lower(k) == "for" && portfolioAfter(s, m.to) {
			q = nil
		}
		if inOrg && q != nil && q.typ != schema.Organization {
			q = nil
		}
		// "a professor of political science at Queens College", "vice
		// president of daytime programs for ABC": the subject of the post,
		// then its employer
		if q == nil && s.lower(k) == "of" {
			e := k + 1
			for n := 0; n < 5 && s.plainWord(e) && !isPrep(s.lower(e)); n++ {
				e++
			}
			if e > k+1 && (s.lower(e) == "at" || s.lower(e) == "for" || s.lower(e) == "with") {
				e++
				if s.lower(e) == "the" {
					e++
				}
				q = s.employerAt(e)
			}
		}
	} else if q == nil && strings.HasSuffix(title, " of") {
		// "president of the Lisbon Port Authority"
		if s.lower(k) == "the" {
			k++
		}
		q = s.employerAt(k)
		// "leader of the opposition Chadema party"
		if e := s.pastAdjectives(k); q == nil && e > k {
			if q = s.employerAt(e); q != nil && q.typ != schema.Organization {
				q = nil
			}
		}
	}
	if q == nil {
		return rel{}, false
	}
	pred, ok := roleKind(strings.TrimSuffix(title, " of"))
	if !ok && q != nil && q.typ == schema.Organization {
		pred, ok = schema.WorksFor, true
	}
	if !ok && placeTitle(q) && localOffice(strings.TrimSuffix(title, " of")) {
		// "David Leahy, elections supervisor for Dade County"
		if s.foreignRegion(k, q) {
			return rel{}, false
		}
		return rel{subj: p.ent, obj: q, pred: schema.LivesIn, role: strings.TrimSuffix(title, " of"), rule: "apposition-place-title", trigFrom: start, trigTo: k, factive: true, conf: 0.7}, true
	}
	if !ok {
		return rel{}, false
	}
	if q.typ == schema.Person {
		pred = schema.WorksFor
	}
	// "administrator of the USDA's Foreign Agricultural Service": the
	// head of a part serves the whole ("the head of Bangladesh's interim
	// government" leads the country)
	// ("director general of the Japanese foreign ministry's Asian
	// Affairs Bureau")
	at := k
	if s.lower(at) == "the" {
		at++
	}
	// ("the head of Niger's junta", "of Myanmar's military regime")
	govHead := func(j int) bool { return j < len(s.toks) && stateGovNouns[s.lower(j)] && !s.toks[j].Cap }
	if m := s.mentionAt(at); pred == schema.HeadOf && m != nil && m.ent == q && (m.poss || possMark[s.lower(m.to)]) && !(q.typ == schema.Country && (govHead(m.to+1) || govHead(m.to+2))) {
		pred = schema.WorksFor
	}
	// ("director-general of Vanuatu's foreign ministry": a country read
	// from one of its bodies, which the person heads)
	if m := s.mentionAt(at); pred == schema.HeadOf && m != nil && m.ent == q && q.typ == schema.Country && m.actor && m.to-m.from >= 2 && !stateGovNouns[s.lower(m.to-1)] && !s.toks[m.to-1].Cap {
		pred = schema.WorksFor
	}
	// "the UN secretary-general's special representative": the post
	// named is whose staff the person is on
	if possMark[s.lower(k)] && s.mentionAt(k) == nil {
		pred = schema.WorksFor
	}
	// "head of the ICRC delegation in Yemen": of a part, named by a noun
	// after the body's name
	if pred == schema.HeadOf {
		for j := k; j < k+5 && j < len(s.toks); j++ {
			if m := s.mentionAt(j); m != nil && m.ent == q {
				if partNouns[s.lower(m.to)] && !s.toks[m.to].Cap {
					pred = schema.WorksFor
				}
				break
			}
		}
	}
	if !pred.Accepts(schema.Person, q.typ) {
		// "Reith Chuol, governor of the Upper Nile region": a state's or
		// town's officer lives there
		if placeTitle(q) && localOffice(strings.TrimSuffix(title, " of")) && !s.foreignRegion(k, q) {
			return rel{subj: p.ent, obj: q, pred: schema.LivesIn, role: strings.TrimSuffix(title, " of"), rule: "apposition-place-title", trigFrom: start, trigTo: k, factive: true, conf: 0.7}, true
		}
		return rel{}, false
	}
	return rel{subj: p.ent, obj: q, pred: pred, role: strings.TrimSuffix(title, " of"), rule: "apposition-title", trigFrom: start, trigTo: k, factive: true, conf: 0.8}, true
}

// employerAt returns the entity named at token j as an employer: "of
// NATO", "for the theater"; for "of French sugar producer Beghin-Say" the
// organization after the adjective's noun, not France.
func (s *sentence) employerAt(j int) *entity {
	m := s.mentionAt(j)
	if m == nil || m.from != j {
		return nil
	}
	// "a researcher at the Nicosia-based Centre for ...": where the body
	// is, then the body
	if m.based {
		// ("the Dakar-based consultancy Teranga Analytics": what kind of
		// body it is may come between)
		k := m.to
		if j := s.firmNounFrom(k); j >= 0 && s.mentionAt(k) == nil {
			k = j + 1
		}
		if o := s.mentionAt(k); o != nil && o.from == k && o.ent.typ == schema.Organization && !o.poss {
			return o.ent
		}
		return nil
	}
	// "chief economist at the Buenos Aires consultancy Andina Macro": a
	// town naming where the body is, then what kind of body, then its name
	if m.ent.typ.IsPlace() && !m.poss && !m.demonym {
		if k := s.firmNounFrom(m.to); k >= 0 && s.mentionAt(m.to) == nil {
			if o := s.mentionAt(k + 1); o != nil && o.from == k+1 && o.ent.typ == schema.Organization && !o.poss {
				return o.ent
			}
		}
	}
	// "the head of Britain's Border Security Command": the body the
	// country has (a body's part serves the body: "administrator of
	// USDA's Foreign Agricultural Service" works for USDA)
	if m.poss && m.ent.typ.IsPlace() && (s.lower(m.to) == "'s" || s.lower(m.to) == "’s") {
		if o := s.mentionAt(m.to + 1); o != nil && o.from == m.to+1 && o.ent.typ == schema.Organization && !o.poss {
			return o.ent
		}
		// "the president of Somalia's Jubaland state": the state's
		if o := s.mentionAt(m.to + 1); o != nil && o.from == m.to+1 && o.ent.typ == schema.Region && m.ent.typ == schema.Country && !o.poss && s.regionWordEnds(o) {
			return o.ent
		}
	}
	// "director of the Clara Barton camp": a name that modifies a noun
	if m.ent.typ == schema.Person && !m.poss && s.commonNounAt(m.to) {
		return nil
	}
	if !m.demonym || m.to >= len(s.toks) || !s.toks[m.to].Word || s.toks[m.to].Cap {
		return m.ent
	}
	for n := m.to; n < m.to+4 && n < len(s.toks) && s.toks[n].Word; n++ {
		if o := s.mentionAt(n); o != nil && o.ent.typ == schema.Organization {
			return o.ent
		}
	}
	return nil
}

// counterpartPost returns the kind of post of the first person named
// before token i, from their title or the country they lead.
func (d *doc) counterpartPost(s *sentence, i int) (schema.Predicate, bool) {
	p := s.firstPersonBefore(i)
	// "Lee met Premier Li Qiang, and Foreign Minister Cho Hyun held talks
	// with his Chinese counterpart": the first person of the clause the
	// counterpart is in
	if c := s.clauseStart(i); c > 0 {
		for _, m := range s.ments {
			if m.from >= c && m.to <= i && m.ent.typ == schema.Person && !m.pronoun {
				p = m
				break
			}
		}
	}
	if p == nil {
		return "", false
	}
	if _, title, _ := s.titleBefore(p.from); title != "" {
		return roleKind(title)
	}
	// "Poland's foreign minister, Radoslaw Sikorski, and his Ukrainian
	// counterpart": the title before the comma
	if s.lower(p.from-1) == "," {
		e := p.from - 1
		b := e
		for b > 0 && e-b < 4 && (titleWords[s.lower(b-1)] || s.plainWord(b-1) && !isPrep(s.lower(b-1)) && s.lower(b-1) != "'s" && s.lower(b-1) != "’s") {
			b--
		}
		if b < e {
			if kind, ok := roleKind(strings.Join(tokLowers(s.toks[b:e]), " ")); ok {
				return kind, true
			}
		}
	}
	if d.ledCountry(p.ent) != nil {
		return schema.HeadOf, true
	}
	return "", false
}

// possessiveTitle reads "Q's title [for ...], Person" and "Q title, Person".
func (d *doc) possessiveTitle(s *sentence, q *mention) (rel, bool) {
	k := q.to
	// ("The Russian foreign ministry's spokeswoman, Maria Zakharova": a
	// body read as its country, then its possessive)
	if (q.poss || q.actor && q.ent.typ == schema.Country && s.toks[q.from].Cap) && (s.lower(k) == "'s" || s.lower(k) == "’s" || s.lower(k) == "'") {
		k++ // not after "its"
	}
	// "Hungary, whose prime minister, Viktor Orban, ..."
	whose := false
	if !q.poss && !q.demonym && s.lower(k) == "," && s.lower(k+1) == "whose" {
		k += 2
		whose = true
	}
	tf := k
	if s.lower(k) == "counterpart" && (q.demonym || !q.poss && q.ent.typ == schema.Country) {
		k++
	} else {
		k = s.titleRun(k)
	}
	if k == tf {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[tf:k]), " ")
	// optional "for peace missions" before the comma, or the portfolio
	// of "Vietnam's Minister of Industry and Trade, Nguyen Hong Dien"
	j := k
	if (s.lower(j) == "of" || strings.HasSuffix(title, " of") || (s.lower(j) == "and" || s.lower(j) == "&") && strings.Contains(title, " of ")) && s.toks[tf].Cap {
		b := j + 1 // the portfolio's first word
		if strings.HasSuffix(title, " of") {
			b = j
			title = strings.TrimSuffix(title, " of")
		}
		e := b
		for e < len(s.toks) && e < j+7 && s.mentionAt(e) == nil && (s.toks[e].Cap || s.lower(e) == "and" || s.lower(e) == "&") {
			e++
		}
		if e > b && s.lower(e) == "," {
			j = e
		}
	}
	// "Norway's minister of international development, Åsmund Aukrust":
	// a portfolio in lower case
	if j == k && !s.toks[tf].Cap && (s.lower(j) == "of" || strings.HasSuffix(title, " of")) {
		b := j + 1
		if strings.HasSuffix(title, " of") {
			b = j
		}
		e := b
		for e < len(s.toks) && e < b+5 && s.plainWord(e) && (portfolioNouns[s.lower(e)] || portfolioAdjectives[s.lower(e)] || s.lower(e) == "and") {
			e++
		}
		if e > b && s.lower(e) == "," && s.lower(e-1) != "and" {
			j = e
			title = strings.TrimSuffix(title, " of")
		}
	}
	// ("China's ambassador in Canberra, Xiao Qian": a mission's place)
	inMission := s.lower(j) == "in" && slices.ContainsFunc(missionTitles, func(t string) bool { return strings.HasSuffix(title, t) })
	if s.lower(j) == "for" || s.lower(j) == "to" || s.lower(j) == "on" || inMission {
		// ("China's ambassador to Fiji, Zhou Jian": over the place or body
		// the post is held at, not over a person)
		for j < len(s.toks) && j < k+6 && s.lower(j) != "," {
			if m := s.mentionAt(j); m != nil {
				if m.ent.typ == schema.Person || m.from != j {
					break
				}
				j = m.to
				continue
			}
			j++
		}
	}
	// "Saudi Arabia's foreign minister, Prince Faisal bin Farhan"; "her
	// French counterpart, the interior minister Laurent Nuñez"; "his
	// Chinese counterpart Xi Jinping" (no comma after "counterpart")
	at := j + 1
	// ("Hezbollah, whose leader Naim Qassem spoke")
	if p := s.mentionAt(j); (title == "counterpart" || whose) && j == k && p != nil && p.from == j && p.ent.typ == schema.Person {
		at = j
	} else if s.lower(j) != "," && s.lower(j) != "—" && s.lower(j) != "–" {
		return rel{}, false
	}
	own := "" // the counterpart's own title
	if title == "counterpart" {
		b := at
		if s.lower(b) == "the" {
			b++
		}
		if e := s.titleRun(b); e > b {
			own, at = strings.Join(tokLowers(s.toks[b:e]), " "), e
		}
	}
	if own == "" {
		at = s.skipTitle(at)
	}
	// "The Commonwealth's secretary-general, Ghana's Shirley Botchwey":
	// the holder's own country before the name (its citizen_of is added
	// by the caller, rule possessed-title-national)
	if c := s.mentionAt(at); c != nil && c.from == at && c.poss && c.ent.typ == schema.Country && q.ent.typ == schema.Organization {
		if p := s.mentionAt(c.to + 1); p != nil && p.from == c.to+1 && p.ent.typ == schema.Person && possMark[s.lower(c.to)] {
			at = p.from
		}
	}
	p := s.mentionAt(at)
	if p == nil || p.from != at || p.ent.typ != schema.Person || p.ent == q.ent {
		return rel{}, false
	}
	pred, ok := roleKind(title)
	if pastTitle(title) {
		return rel{}, false // "Kenya's former president, Uhuru Kenyatta"
	}
	if title == "counterpart" && q.ent.typ == schema.Country {
		// "Colombian Defence Minister Pedro Sánchez met his Venezuelan
		// counterpart, Vladimir Padrino López": the post of the person
		// the sentence opened with, held for the other country
		pred, ok = d.counterpartPost(s, q.from)
		if !ok && own != "" {
			pred, ok = roleKind(own)
		}
		// ("Wang held talks with his Sri Lankan counterpart, Vijitha
		// Herath": a post for that country, which one unknown)
		if !ok {
			pred, ok = schema.WorksFor, true
		}
	}
	if !ok {
		return rel{}, false
	}
	if q.ent.typ == schema.Person {
		pred = schema.WorksFor
	}
	// "the GCC, whose Kuwaiti secretary-general, Jasem Albudaiwi", "the
	// bloc's Nigerian president": another's post, held by a national
	if w := s.lower(q.from - 1); q.demonym && title != "counterpart" && (w == "whose" || w == "its" || w == "their" || possMark[w] && s.mentionAt(q.from-2) != nil) {
		return rel{subj: p.ent, obj: q.ent, pred: schema.CitizenOf, rule: "possessed-national-title", trigFrom: q.from, trigTo: p.from, factive: true, conf: 0.75}, true
	}
	if !pred.Accepts(schema.Person, q.ent.typ) {
		// "Ohio's governor, Richard Celeste"
		if placeTitle(q.ent) && localOffice(title) {
			return rel{subj: p.ent, obj: q.ent, pred: schema.LivesIn, role: title, rule: "possessive-place-title", trigFrom: q.from, trigTo: p.from, factive: true, conf: 0.75}, true
		}
		// "Moscow's Arctic envoy, Nikolai Korchunov", "Beijing, whose
		// leader, Xi Jinping": a capital's post is its state's
		if c := d.actingFor(q.ent); c != nil && !localOffice(title) && pred.Accepts(schema.Person, c.typ) {
			return rel{subj: p.ent, obj: c, pred: pred, role: title, rule: "possessive-title", trigFrom: q.from, trigTo: p.from, factive: true, conf: 0.75}, true
		}
		return rel{}, false
	}
	return rel{subj: p.ent, obj: q.ent, pred: pred, role: title, rule: "possessive-title", trigFrom: q.from, trigTo: p.from, factive: true, conf: 0.85}, true
}

// pastAbbreviation returns where the words after m go on, past the
// abbreviation of m's name in brackets ("the Zambezi River Authority
// (ZRA)"); m.to when none follows.
func (s *sentence) pastAbbreviation(m *mention) int {
	if e := s.pastBrackets(m.to); e > m.to {
		if a := s.mentionAt(m.to + 1); a != nil && a.ent == m.ent {
			return e
		}
	}
	return m.to
}

// pastBrackets returns the token after one word in brackets at k ("the
// Rapid Support Forces (RSF) for"), whatever the word names; k when none
// is there.
func (s *sentence) pastBrackets(k int) int {
	if s.lower(k) == "(" && s.lower(k+2) == ")" {
		return k + 3
	}
	return k
}

// pastDescription returns the token after a short descriptive
// apposition that opens at the comma k ("the Wagner Group, a Russian
// mercenary force, for"), or k when none is there: an article, up to
// eight words or hyphens with no verb of a clause, and a closing comma.
func (s *sentence) pastDescription(k int) int {
	if s.lower(k) != "," {
		return k
	}
	if w := s.lower(k + 1); w != "a" && w != "an" && w != "the" {
		return k
	}
	for j := k + 2; j < len(s.toks) && j <= k+10; j++ {
		w := s.lower(j)
		if w == "," {
			if j == k+2 {
				return k
			}
			return j + 1
		}
		// ("a militant group made up of", "a force led by": the tagger's
		// past tense is a participle there)
		if t := s.tag(j); !(s.toks[j].Word || w == "-") || clauseWords[w] || t == "VBZ" || t == "VBD" && s.lower(j+1) != "by" && s.lower(j+1) != "up" || t == "VBP" || t == "MD" {
			return k
		}
	}
	return k
}

// regionWords name a sea or a region in a role ("a Pacific security
// analyst"), alone no place of the gazetteer.
var regionWords = setOf(`pacific atlantic arctic antarctic mediterranean caribbean baltic nordic balkan sahel gulf`)

// portfolioAdjectives qualify a portfolio in lower case beside the
// portfolioNouns (which hold "foreign" and "external"): "minister of
// international development".
var portfolioAdjectives = setOf(`international economic public national regional internal strategic`)

// subdivisionOf returns the token after "the Indian state of" when a
// demonym, a subdivision noun and "of" start at token k, else k.
func (s *sentence) subdivisionOf(k int) int {
	if d := s.mentionAt(k); d != nil && d.from == k && d.demonym && subdivisionNouns[s.lower(d.to)] && s.lower(d.to+1) == "of" {
		return d.to + 2
	}
	return k
}

// titleRun returns the end of the title words from k, with modifiers
// among them ("chief foreign policy adviser", "most senior military
// commander"); a title word ends the run.
func (s *sentence) titleRun(k int) int {
	end := s.skipTitle(k)
	// ("peace and security commissioner": "and" inside the run)
	for j := k; j < len(s.toks) && j < k+6 && s.mentionAt(j) == nil && (titleWords[s.lower(j)] || s.plainWord(j) && !isPrep(s.lower(j)) && !clauseWords[s.lower(j)] && (s.lower(j) != "and" || j > k && s.plainWord(j+1))); j++ {
		if titleWords[s.lower(j)] && j+1 > end {
			end = j + 1
		}
	}
	return end
}

// pronounTitle reads "his foreign minister, Asaad al-Shaibani": the
// named person works for the one "his" refers to, the last person named
// before it in the sentence.
func (d *doc) pronounTitle(s *sentence, i int) (rel, bool) {
	w := s.lower(i)
	if w != "his" && w != "her" {
		return rel{}, false
	}
	k := s.titleRun(i + 1)
	if k == i+1 || s.lower(k) != "," {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[i+1:k]), " ")
	if _, ok := roleKind(title); !ok {
		return rel{}, false
	}
	p := s.mentionAt(k + 1)
	if p == nil || p.from != k+1 || p.ent.typ != schema.Person {
		return rel{}, false
	}
	boss := s.lastPersonBefore(i)
	// "Matekane has not spoken to Trump since ..., his spokesman,
	// Nthabiseng Lerata, said": the speaker after the clause speaks for
	// its subject, not for the last person it named
	if s.lower(i-1) == "," && s.lower(p.to) == "," && speechVerbs[s.lower(p.to+1)] {
		boss = nil
		for _, m := range s.ments {
			if m.from >= i {
				break
			}
			if m.ent.typ == schema.Person && !m.demonym && !m.poss && !subjectBlockers[s.lower(s.npStart(m.from)-1)] {
				boss = m.ent
				break
			}
		}
	}
	if boss == nil || boss == p.ent {
		return rel{}, false
	}
	return rel{subj: p.ent, obj: boss, pred: schema.WorksFor, role: title, rule: "pronoun-title", trigFrom: i, trigTo: p.from, factive: true, conf: 0.75}, true
}

func isPrep(w string) bool { return w == "for" || w == "with" || w == "at" || w == "of" || w == "to" }

// notRoles end noun phrases that are not posts: "a member of", "a
// resident of", "the son of".
var notRoles = map[string]bool{
	"member": true, "members": true, "resident": true, "native": true, "citizen": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "friend": true, "brother": true,
	"sister": true, "father": true, "mother": true, "part": true, "one": true, "lot": true,
	"number": true, "group": true, "critic": true, "opponent": true, "supporter": true, "fan": true,
}

// skipTitle returns the index after the title words that start at k.
func (s *sentence) skipTitle(k int) int {
	start := k
	for k < len(s.toks) {
		// "deputy Middle East envoy": a region inside a title
		if m := s.mentionAt(k); m != nil {
			if k > start && m.from == k && m.ent.typ == schema.Region && !m.poss && !m.demonym && titleWords[s.lower(m.to)] && !s.toks[k-1].Cap {
				k = m.to
				continue
			}
			// "Ireland's EU Affairs Minister": a bloc in the portfolio
			if m.from == k && m.ent.typ == schema.Organization && s.portfolioBloc(m) {
				k = m.to
				continue
			}
			break
		}
		switch {
		case titleWords[s.lower(k)]:
			k++
		case k == start && ordinalWords[s.lower(k)] && !s.toks[k].Cap && titleWords[s.lower(k+1)]:
			k++ // "Kosovo's first deputy prime minister"
		case portfolio(s.toks[k], s.lower(k+1)):
			k++ // "Enlargement Commissioner"
		case portfolioRun(s.toks[k:]):
			// "Homeland Security Secretary Kristi Noem": a portfolio of
			// two or more words
			for portfolio(s.toks[k], "minister") {
				k++
			}
		case !s.toks[k].Cap && portfolioNouns[s.lower(k)] && titleWords[s.lower(k+1)]:
			k++ // "Nepal's energy minister"
		case s.abbrevTitle(k):
			k += 2 // "Sen" "."
		case k > start && s.lower(k-1) == "of" && s.toks[k].Cap && s.personAt(k+1):
			k++ // "Speaker of Parliament Nabih Berri"
		case k > start && s.lower(k-1) == "of" && s.lower(k) == "the" && k+1 < len(s.toks) && s.toks[k+1].Cap && s.personAt(k+2):
			k += 2 // "Speaker of the House Mike Johnson"
		case s.lower(k) == "for" && k > start && s.toks[k-1].Cap && titleWords[s.lower(k-1)] && s.portfolioWord(k+1):
			// "Commissioner for International Partnerships Jozef
			// Sikela": the portfolio after the title's "for"
			j := k + 1
			for s.portfolioWord(j) {
				j++
			}
			if !s.personAt(j) {
				return k
			}
			return j
		case s.lower(k) == "to" && k > start && s.toks[k-1].Cap && (s.lower(k-1) == "ambassador" || s.lower(k-1) == "envoy"):
			// "Turkish Ambassador to Athens Nazmi Akiman": the host
			// inside the title, before the name
			h := s.mentionAt(k + 1)
			if h == nil || h.from != k+1 || h.poss || h.demonym || h.ent.typ != schema.Country && h.ent.typ != schema.City {
				return k
			}
			if p := s.mentionAt(h.to); p == nil || p.from != h.to || p.ent.typ != schema.Person {
				return k
			}
			return h.to
		default:
			return k
		}
	}
	return k
}

// abbrevTitle reports whether tokens k and k+1 are an abbreviated title
// and its period: "Sen." "Gov." "Gen." (the tokenizer keeps a period only
// on initialisms).
func (s *sentence) abbrevTitle(k int) bool {
	return s.attachedPeriod(k+1) && titleWords[s.lower(k)+"."]
}

func tokLowers(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Lower
	}
	return out
}

// listContinues reports whether mention m is followed by more list items
// ("Kazakhstan, Uzbekistan, ..."), which makes "X, Y" a list, not a place
// and its country.
func (s *sentence) listContinues(m *mention) bool {
	w := s.lower(m.to)
	return w == "," && s.mentionAt(m.to+1) != nil || w == "and" || w == "or"
}

// plausiblyIn checks containment against the gazetteer: a city the
// gazetteer places in another country is not "in" this one.
func (d *doc) plausiblyIn(a, b *entity) bool {
	if a == b {
		return false
	}
	if a.entry == nil || b.entry == nil {
		return true
	}
	if a.entry.Country != "" && b.typ == schema.Country {
		return a.entry.Country == b.entry.ID
	}
	// "Dublin, California" is not the Irish capital
	if a.entry.Country != "" && b.entry.Country != "" && a.typ != schema.Country {
		return a.entry.Country == b.entry.Country
	}
	if a.typ == schema.Country && b.typ == schema.Country {
		return false
	}
	return true
}

// copulaAfter returns the token after "is" or "was" that follows the
// person m (an age in commas may come between: "Joan Ruiz, 41, was"),
// or 0 when none follows or it is negated.
func (s *sentence) copulaAfter(m *mention) int {
	j := m.to
	if s.lower(j) == "," && j+2 < len(s.toks) && isNumber(s.toks[j+1].Text) && s.lower(j+2) == "," {
		j += 3
	}
	switch s.lower(j) {
	case "is", "was":
		j++
		// "was named vice president of": the post itself
		switch s.lower(j) {
		case "named", "appointed", "elected", "re-elected", "currently", "now", "also":
			j++
		case "sworn", "installed":
			// "was sworn in as Chile's president"
			if s.lower(j+1) == "in" && s.lower(j+2) == "as" {
				j += 3
			} else if s.lower(j+1) == "as" {
				j += 2
			} else {
				return 0
			}
		}
	case "became", "becomes":
		j++
	case "took", "takes":
		// "took office as president", "took over as Japan's prime
		// minister"
		if s.lower(j+1) != "office" && s.lower(j+1) != "over" || s.lower(j+2) != "as" {
			return 0
		}
		j += 3
	default:
		return 0
	}
	// a post held no longer, or not at all, or a verb ("is attending")
	for k := j; k < j+4 && k < len(s.toks); k++ {
		if pastPost[s.lower(k)] {
			return 0
		}
	}
	if w := s.lower(j); w != "a" && w != "an" && w != "the" && !titleWords[w] && !strings.HasPrefix(s.tag(j), "JJ") && !strings.HasPrefix(s.tag(j), "NN") {
		return 0
	}
	return j
}

// pastPost are words that put a post in the past or deny it.
var pastPost = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "former": true, "formerly": true,
	"previously": true, "once": true, "recently": true, "ex": true, "late": true, "then": true, "retired": true,
}

// employedAt reports whether the organization of r follows "at", "for" or
// "with" ("was acting comptroller at the American University"): a post
// the title lexicon does not know, but not "the sale of".
func (s *sentence) employedAt(r rel) bool {
	if r.obj == nil || r.obj.typ != schema.Organization {
		return false
	}
	switch s.lower(r.trigTo) {
	case "at", "for", "with":
		return true
	}
	return false
}

// copulaTitle reports whether the title after a copula names a post:
// "is president of", not "is recommending sale of".
func copulaTitle(title string) bool {
	_, ok := roleKind(title)
	return ok
}

// placeOccupation reads "Atlanta businessman Neil Estes", "Texas oil
// executive Jane Roe": a town or region, then one or two lower-case
// nouns, then the person m. It returns the place and where it starts.
func (s *sentence) placeOccupation(m *mention) (*entity, int) {
	// (a place must end one or two words before m; it is looked for
	// before the tagger is asked)
	endsAt := func(j int) bool { q := s.mentionAt(j - 1); return q != nil && q.to == j }
	if !endsAt(m.from-1) && !endsAt(m.from-2) {
		return nil, 0
	}
	j := m.from
	for n := 0; n < 2 && j > 0; n++ {
		if !s.plainWord(j-1) || !strings.HasPrefix(s.tag(j-1), "NN") || notRoles[s.lower(j-1)] || s.isTimeTok(j-1) {
			break
		}
		j--
	}
	if j == m.from || j == 0 {
		return nil, 0
	}
	q := s.mentionAt(j - 1)
	if q == nil || q.to != j || q.poss || q.demonym || q.dateline || q.actor || q.ent == m.ent || !placeTitle(q.ent) {
		return nil, 0
	}
	// "Hamburg-based shipping line Unimar" is an organization; "Santa Fe
	// chairman John Schmidt" heads a company named for a place
	if strings.HasSuffix(s.toks[q.to-1].Lower, "-based") || s.lower(q.to) == "-" || headTitles[s.lower(m.from-1)] ||
		strings.Contains(s.toks[q.from].Text, "-") { // "Hydro-Quebec spokesman"

		return nil, 0
	}
	return q.ent, q.from
}

// firmNouns are the head nouns of a description of an organization: "a
// Singapore shipping firm", "an Iowa seed company".
var firmNouns = map[string]bool{
	"firm": true, "company": true, "group": true, "bank": true, "maker": true, "manufacturer": true,
	"producer": true, "retailer": true, "chain": true, "concern": true, "carrier": true, "insurer": true,
	"airline": true, "agency": true, "subsidiary": true, "unit": true, "newspaper": true, "daily": true,
	"broadcaster": true, "station": true, "institute": true, "university": true, "college": true,
	"utility": true, "operator": true, "developer": true, "builder": true, "publisher": true,
	"distributor": true, "supplier": true, "exporter": true, "importer": true, "lender": true,
	"brokerage": true, "partnership": true, "cooperative": true, "charity": true, "club": true,
	"conglomerate": true, "corporation": true, "organization": true, "organisation": true,
	"tank": true, "foundation": true, "centre": true, "center": true, "association": true, "consultancy": true,
	"gang": true, "cartel": true, "militia": true,
}

// organizationApposition reads "a Singapore shipping firm" from token k:
// an article, a place or a demonym, up to three lower-case words ending
// in a firm noun, then the end of the apposition. It returns the place and
// the span read.
func (s *sentence) organizationApposition(k int) (*entity, int, int) {
	from := k
	switch s.lower(k) {
	case "a", "an", "the":
		k++
	default:
		return nil, 0, 0
	}
	q := s.mentionAt(k)
	if q != nil && q.from == k && (q.backer || q.linked || !q.based && hyphenSuffix(s.lower(q.to-1), ledSuffixes)) {
		return nil, 0, 0 // "the Iran-backed group", "a Chinese-owned company": its backer or owner, not its seat
	}
	if q == nil || q.from != k || q.poss || q.actor || !(q.ent.typ == schema.City || q.ent.typ == schema.Region || q.ent.typ == schema.Country) {
		// "an independent think tank in Monterrey", "a research group
		// based in Bogota": the place after the kind of body
		j := s.firmNounFrom(k)
		if j < 0 {
			return nil, 0, 0
		}
		j++
		if s.lower(j) == "based" || s.lower(j) == "headquartered" {
			j++
		}
		if s.lower(j) != "in" {
			return nil, 0, 0
		}
		p := s.mentionAt(j + 1)
		if p == nil || p.from != j+1 || p.poss || p.demonym || !(p.ent.typ == schema.City || p.ent.typ == schema.Region || p.ent.typ == schema.Country) || !descriptionEnds(s.lower(p.to)) {
			return nil, 0, 0
		}
		return p.ent, from, p.to
	}
	// "the Andean Community, the Lima-based trade bloc": a "-based"
	// place says the noun after it is a body's, whatever the noun
	if q.based {
		j := s.kindWordsFrom(q.to, 4)
		// ("the Lima-based trade bloc to which both belong"; "the
		// Tripoli-based administration of Prime Minister Dbeibah": whose
		// body it is)
		if j == q.to || !strings.HasPrefix(s.tag(j-1), "NN") || !descriptionEnds(s.lower(j)) && s.lower(j) != "of" && !(isPrep(s.lower(j)) && (s.lower(j+1) == "which" || s.lower(j+1) == "whom")) {
			return nil, 0, 0
		}
		return q.ent, from, j
	}
	j := s.firmNounFrom(q.to)
	// "PLOTE, a Sri Lankan Tamil militant group": one capitalised word
	// that names no entity (a people, a creed) may come first
	// (not "a Netherlands Antilles corporation": after a place's name,
	// not a demonym, a word of the name itself right before the noun)
	if t := q.to; j < 0 && t < len(s.toks) && s.toks[t].Word && s.toks[t].Cap && s.mentionAt(t) == nil {
		if j = s.firmNounFrom(t + 1); j == t+1 && !q.demonym {
			j = -1
		}
	}
	if j < 0 || !descriptionEnds(s.lower(j+1)) {
		return nil, 0, 0
	}
	return q.ent, from, j + 1
}

// firmNounFrom returns the firm noun that heads a description within
// three plain words from token j ("shipping firm", "think tank"; not "a
// fish tank"), or -1.
func (s *sentence) firmNounFrom(j int) int {
	for n := 0; n < 3 && s.plainWord(j) && !firmNouns[s.lower(j)]; n++ {
		j++
	}
	if !firmNouns[s.lower(j)] || s.lower(j) == "tank" && s.lower(j-1) != "think" {
		return -1
	}
	return j
}

// descriptionEnds reports whether w may follow a body's description in
// apposition: ", a Singapore shipping firm, said", "... firm that".
func descriptionEnds(w string) bool {
	switch w {
	case ",", ".", "", ";", ")", "that", "which", "with", "whose":
		return true
	}
	return false
}

// backedApposition returns the backer an apposition from token k names
// before the kind of body ("the Iran-backed group that", "an
// Iranian-backed movement,") and where the description ends.
func (s *sentence) backedApposition(k int) (*entity, int) {
	if w := s.lower(k); w != "a" && w != "an" && w != "the" {
		return nil, 0
	}
	q := s.mentionAt(k + 1)
	if q == nil || q.from != k+1 || !q.backer || !(q.ent.typ == schema.Country || q.ent.typ == schema.Organization) {
		return nil, 0
	}
	// ("the Iran-backed Lebanese group": a demonym before the kind)
	from := q.to
	if d := s.mentionAt(from); d != nil && d.from == from && d.demonym {
		from = d.to
	}
	j := s.kindWordsFrom(from, 3)
	if j == from || !strings.HasPrefix(s.tag(j-1), "NN") || !descriptionEnds(s.lower(j)) {
		return nil, 0
	}
	return q.ent, j
}

// kindWordsFrom returns the token after up to most lower-case nouns and
// adjectives from token j: the kind of body a modifier describes ("the
// Lima-based trade bloc", "the Iran-backed group").
func (s *sentence) kindWordsFrom(j, most int) int {
	for n := 0; n < most && s.plainWord(j) && (strings.HasPrefix(s.tag(j), "NN") || strings.HasPrefix(s.tag(j), "JJ")); n++ {
		j++
	}
	return j
}

// beforeAbbreviation returns where a name ending before token e ends
// when a bracketed abbreviation closes at e ("the Collective Security
// Treaty Organization (CSTO), which"), else e.
func (s *sentence) beforeAbbreviation(e int) int {
	if s.lower(e-1) == ")" && s.lower(e-3) == "(" {
		return e - 3
	}
	return e
}

// betweenSides reads "[the] A and [the] B" from token k after
// "between": two countries or bodies, a capital standing for its
// government.
func (d *doc) betweenSides(s *sentence, k int) (*entity, *entity) {
	side := func(k int) (*entity, int) {
		if s.lower(k) == "the" {
			k++
		}
		m := s.mentionAt(k)
		if m == nil || m.from != k || m.poss || m.demonym || len(m.members) > 0 {
			return nil, k
		}
		e := d.metonym(m.ent, func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Organization })
		return e, m.to
	}
	a, end := side(k)
	if a == nil || s.lower(end) != "and" {
		return nil, nil
	}
	b, end := side(end + 1)
	// ("between Serbia and Kosovo's ethnic Serbs": a whole side, not
	// the start of a longer one)
	if b == nil || b == a || s.lower(end) == "'s" || s.lower(end) == "’s" || s.lower(end) == "," && s.lower(end+1) != "which" && s.lower(end+2) == "and" {
		return nil, nil
	}
	return a, b
}

// dealProposed reports whether the agreement named from token i is one
// still to be made: "talks on the proposed Arctic Treaty between".
func (s *sentence) dealProposed(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower(k)
		if proposedDeal[w] {
			return true
		}
		if w == "the" || w == "a" || w == "an" {
			return dealSought[s.lower(k-1)]
		}
		if !s.toks[k].Word {
			return false
		}
	}
	return false
}

// agreementAsideParties reads the parties an aside after an agreement's
// name gives: ", the submarine partnership between A, B and C", ", which
// A, B and C signed".
func (s *sentence) agreementAsideParties(m *mention) []rel {
	k := m.to + 1
	var list []*mention
	switch s.lower(k) {
	case "a", "an", "the":
		for j := k + 1; j < len(s.toks) && j < k+6 && s.plainWord(j); j++ {
			if s.lower(j) == "between" {
				list, _ = s.countryListAt(j+1, true)
				break
			}
		}
	case "which", "that":
		var end int
		list, end = s.countryListAt(k+1, true)
		if list == nil || len(list) < 2 && !strings.HasPrefix(s.lower(end), "sign") {
			return nil
		}
		// the list's own verb: "signed", "have signed", "ratified"
		v := end
		for auxiliaries[s.lower(v)] || s.lower(v) == "also" || s.lower(v) == "all" {
			v++
		}
		if w := s.lower(v); !strings.HasPrefix(w, "sign") && !strings.HasPrefix(w, "ratif") && w != "concluded" && w != "negotiated" {
			return nil
		}
	}
	var out []rel
	for _, x := range list {
		for _, e := range x.ents() {
			if e.typ == schema.Country {
				out = append(out, rel{subj: e, obj: m.ent, pred: schema.PartyTo, rule: "agreement-aside", trigFrom: m.to, trigTo: x.to, factive: true, conf: 0.75})
			}
		}
	}
	return out
}

// underOpens reports whether the agreement named from token i opens the
// sentence after "Under" ("Under a 1951 Mutual Defense Treaty,").
func (s *sentence) underOpens(i int) bool {
	k := i - 1
	if isYear(s.lower(k)) {
		k--
	}
	if s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "the" || s.lower(k) == "its" || s.lower(k) == "their" {
		k--
	}
	return s.lower(k) == "under" && (k == 0 || s.datelineEnd > 0 && k == s.datelineEnd)
}

// titleOfApposition reads "the <title> of <m>, <Person>": the person
// holds the post at m.
func (s *sentence) titleOfApposition(m *mention) (rel, bool) {
	// ("the chairperson of the African Union Commission, Mahmoud Ali
	// Youssouf": "the" before a body)
	of := m.from - 1
	if s.lower(of) == "the" && m.ent.typ == schema.Organization {
		of--
	}
	if m.poss || m.demonym || !(m.ent.typ == schema.Country || m.ent.typ == schema.Organization) || s.lower(of) != "of" || s.lower(m.to) != "," {
		return rel{}, false
	}
	b := of
	for b > 0 && titleWords[s.lower(b-1)] && s.mentionAt(b-1) == nil {
		b--
	}
	if b == of || s.lower(b-1) != "the" {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[b:of]), " ")
	pred, ok := roleKind(title)
	if !ok || pastTitle(title) {
		return rel{}, false
	}
	k := m.to + 1
	for k < len(s.toks) && (royalHonorifics[s.lower(k)] || honorifics[s.lower(k)]) && s.mentionAt(k) == nil {
		k++
	}
	p := s.mentionAt(k)
	if p == nil || p.from != k || p.ent.typ != schema.Person || p.poss || !appositionCloses(s.lower(p.to)) {
		return rel{}, false
	}
	return rel{subj: p.ent, obj: m.ent, pred: pred, role: title, rule: "title-of-apposition", trigFrom: b, trigTo: p.from, factive: true, conf: 0.8}, true
}

// abbrevTitles spell out abbreviated titles for roleKind.
var abbrevTitles = map[string]string{
	"sen.": "senator", "gov.": "governor", "gen.": "general", "rep.": "representative",
	"adm.": "admiral", "amb.": "ambassador",
}

// placeTitle reports whether e is a town or a region within a country
// (a state, a province): the places whose officers live in them.
func placeTitle(e *entity) bool {
	switch e.typ {
	case schema.City:
		return true
	case schema.Region:
		// a known region within a country, or one named in the text
		// ("the Upper Nile region"); not "Middle East"
		return e.entry == nil || e.entry.Country != ""
	}
	return false
}

// townNouns head a description of a place as a town.
var townNouns = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "capital": false, "suburb": true,
	"municipality": true, "township": true, "borough": true, "district": true, "province": true,
	"resort": true, "hamlet": true, "parish": true,
}

// memberNouns after a bloc's name name its members: "EU member Romania",
// "BRICS heavyweights China and Russia".
var memberNouns = map[string]bool{
	"member": true, "members": true, "heavyweight": true, "heavyweights": true,
	"member-state": true, "member-states": true,
}

// memberDeterminers stand between a copula and "<bloc> member(s)".
var memberDeterminers = map[string]bool{"a": true, "an": true, "also": true, "both": true, "all": true, "fellow": true, "another": true, "itself": true, "themselves": true,
	"the": true, "only": true} // "Hungary, the only EU member with observer status,"

// memberQualifiers may follow "member" inside an apposition: "Hungary,
// the only EU member with observer status,", "a NATO member that buys".
var memberQualifiers = setOf(`with that which whose to`)

// appositionCloses reports whether w may end an apposition's noun phrase.
func appositionCloses(w string) bool {
	return w == "," || w == "." || w == ";" || w == ")" || w == "since" || w == "—" || w == "–"
}

// blocNouns describe a bloc in an apposition: "Mercosur, the South
// American bloc made up of ...".
var blocNouns = map[string]bool{
	"bloc": true, "alliance": true, "group": true, "grouping": true, "union": true,
	"organization": true, "organisation": true, "club": true, "coalition": true, "body": true,
}

// blocMembers reads the members a known organization's mention names:
// "EU member Romania", "BRICS heavyweights China and Russia", "Spain and
// Ireland are EU members", "Mercosur, the bloc made up of Brazil,
// Argentina and Paraguay", "the SCO, whose members include China and
// India".
func (s *sentence) blocMembers(m *mention) []rel {
	out := s.blocMembersAfter(m)
	if m.poss {
		return out
	}
	if list := s.membersApposition(m); list != nil {
		out = append(out, memberRels(list, m.ent, "members-of-apposition", m.from-2, m.to)...)
	}
	// "The bloc, named for founding members Brazil, Russia, ..., has
	// expanded": the members an aside after the bloc names
	if _, aside := s.blocAside(m.to); aside != nil {
		out = append(out, memberRels(aside, m.ent, "bloc-aside", aside[0].from-1, aside[0].from)...)
	}
	return out
}

// membersApposition reads the countries an apposition lists after "the
// members of" a bloc: "the four founding members of Mercosur, Argentina,
// Brazil, Paraguay and Uruguay, signed".
func (s *sentence) membersApposition(m *mention) []*mention {
	if s.lower(m.from-1) != "of" || s.lower(m.from-2) != "members" && !(s.lower(m.from-2) == "states" && s.lower(m.from-3) == "member") || s.lower(m.to) != "," {
		return nil
	}
	c := s.mentionAt(m.to + 1)
	if c == nil || c.from != m.to+1 || c.ent.typ != schema.Country || c.poss {
		return nil
	}
	list := s.coordinated(c, len(s.toks))
	if len(list) < 2 {
		return nil
	}
	return list
}

// stateOrgan reports whether a body's name makes it an organ of its
// state, which a possessive only names ("Libya's Presidential Council",
// "China's People's Liberation Army"), not places: its ministries,
// councils, governments, authorities and armed forces.
func stateOrgan(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	return stateOrganHeads[ws[len(ws)-1]] || ws[0] == "government" || ws[0] == "ministry" || ws[0] == "council"
}

// stateOrganHeads end the names of a state's own organs.
var stateOrganHeads = setOf(`ministry council government cabinet authority army forces corps guard guards police`)

// governmentNouns after a body's name make the phrase a government:
// "Afghanistan's Taliban administration".
var governmentNouns = setOf(`administration authorities government regime`)

// actorTown returns the town a country's actor is named from
// ("diplomats in Addis Ababa" stands for Ethiopia), or nil.
func (d *doc) actorTown(s *sentence, m *mention) *entity {
	if m.ent.typ != schema.Country || m.to-m.from < 3 {
		return nil
	}
	for k := m.from; k < m.to-1; k++ {
		if s.lower(k) != "in" {
			continue
		}
		if e, ok := d.g.Lookup(spanText(d.text, s.toks, k+1, m.to)); ok && e.Type == schema.City {
			return d.fromEntry(e)
		}
		return nil
	}
	return nil
}

// cityEndingAt reports whether a town's name ends right before token k.
func (s *sentence) cityEndingAt(k int) bool {
	c := s.mentionAt(k - 1)
	return c != nil && c.to == k && c.ent.typ == schema.City
}

// portfolioAfter reports whether the lower-case words from token j end a
// portfolio: "Pacific | island affairs".
func portfolioAfter(s *sentence, j int) bool {
	for n := 0; n < 3 && s.plainWord(j); n++ {
		if s.lower(j) == "affairs" {
			return true
		}
		j++
	}
	return false
}

// postVerbs say, in a relative clause, what post or work someone has:
// "who teaches at", "who was re-elected chairman of".
var postVerbs = setOf(`teach teaches taught study studies studied work works worked head heads headed lead leads led chair chairs chaired run runs ran direct directs directed serve serves served elected re-elected reelected appointed named`)

// borderNouns name a border two countries share.
var borderNouns = setOf(`border frontier boundary`)

// edgeNouns name the part of a place that lies along something else:
// "Oman's Arabian Sea coast".
var edgeNouns = setOf(`coast coastline shore shores side waters border frontier`)

// blocAside reads the aside after a bloc's name that ends before the
// bloc's own verb (", named for founding members Brazil, ..., has
// expanded"): the token after it (k when there is none) and the
// countries it names as members.
func (s *sentence) blocAside(k int) (int, []*mention) {
	if s.lower(k) != "," {
		return k, nil
	}
	for e := k + 1; e < len(s.toks) && e < k+40; e++ {
		if w := s.lower(e); w == ";" || w == "." {
			break
		}
		if s.lower(e) != "," || !blocVerbs[s.lower(e+1)] {
			continue
		}
		var members []*mention
		for j := k + 1; j < e; j++ {
			if w := s.lower(j); w == "members" || w == "member" {
				if c := s.mentionAt(j + 1); c != nil && c.from == j+1 && c.ent.typ == schema.Country && !c.poss {
					members = s.coordinated(c, e)
				}
			}
		}
		return e + 1, members
	}
	return k, nil
}

// blocVerbs open what a bloc does after an aside: "..., has expanded".
var blocVerbs = setOf(`has had also now includes included comprises groups expanded admitted`)

// allianceHeads end the names of alliances of armed or political
// groups, whose members are groups: "Three Brotherhood Alliance".
var allianceHeads = setOf(`alliance coalition front`)

func (s *sentence) blocMembersAfter(m *mention) []rel {
	// what kind of body the bloc is: "the regional bloc"; an agreement
	// ("a trade pact of which") is one too
	kind := func(w string) bool { return blocNouns[w] || m.ent.typ == schema.Agreement && agreementHeads[w] }
	country := func(e *entity) bool { return e.typ == schema.Country }
	var members []*mention
	from, to := m.from, m.to
	// "the forum's 18 members include Fiji, Samoa and Tonga", "NATO's
	// members are ...": the possessor's members, listed after a verb
	if m.poss {
		k := m.to + 1
		if isNumber(s.lower(k)) || numberWords[s.lower(k)] {
			k++
		}
		// "North Macedonia became NATO's 30th member", "Sweden, NATO's
		// newest member,": the one the possessive noun describes
		if w := s.lower(k); (ordinal(w) || w == "newest" || w == "latest" || w == "youngest") && s.lower(k+1) == "member" {
			b := m.from - 1
			switch {
			case b > 0 && (s.lower(b) == "became" || s.lower(b) == "become" || s.lower(b) == "becomes" || s.lower(b) == "as"):
				members = s.subjectsBefore(b, s.clauseStart(b), country)
			case b > 0 && s.lower(b) == ",":
				if a := s.mentionAt(b - 1); a != nil && a.to == b && a.ent.typ == schema.Country && !a.poss {
					members = []*mention{a}
				}
			}
			return memberRels(members, m.ent, "bloc-members", m.from, k+2)
		}
		// "The EAC's three founding members, Kenya, Uganda and Tanzania"
		if w := s.lower(k); w == "founding" || w == "original" || w == "full" {
			k++
		}
		if s.lower(k) == "member" {
			k++
		}
		if !(s.lower(k) == "members" || s.lower(k) == "states" || s.lower(k) == "countries") {
			return nil
		}
		k++
		switch s.lower(k) {
		case "include", "includes", "included", "are", "were", ":", "-", "–", "—", ",":
			// (", Kenya, Uganda and Tanzania,": a list in apposition)
			k++
		default:
			return nil
		}
		if members, _ = s.countryListAt(k, true); members == nil {
			return nil
		}
		to = members[0].from
	}
	// "an EU and NATO member": the first bloc takes the second's noun
	head := m.to
	if n := s.mentionAt(m.to + 1); !m.poss && s.lower(m.to) == "and" && n != nil && n.from == m.to+1 && n.ent.typ == schema.Organization && !n.poss && memberNouns[s.lower(n.to)] {
		head = n.to
	}
	// "the Southern African Development Community (SADC), of which": the
	// bracketed acronym is the bloc's name
	if s.lower(head) == ")" && s.lower(m.from-1) == "(" && m.to-m.from == 1 && s.lower(head+1) == "," {
		head++
	}
	switch k := head; {
	case m.poss: // its list was read above
	case memberNouns[s.lower(k)] && !(s.lower(k) == "member" && s.lower(k+1) == "of"):
		j := k + 1
		if s.lower(j) == "states" || s.lower(j) == "state" || s.lower(j) == "countries" || s.lower(j) == "nations" {
			j++
		}
		// "Five EU members - Spain, Greece, ...", "NATO members, including
		// Poland": the list after a dash, a colon or "including"
		if w := s.lower(j); (w == "-" || w == "–" || w == "—" || w == ":" || w == "including" || w == "," && s.lower(j+1) == "including") && s.lower(k) == "members" {
			j++
			if s.lower(j) == "including" {
				j++
			}
			if s.lower(j) == "the" {
				j++ // "Four ASEAN members — the Philippines, Vietnam, ..."
			}
		}
		if c := s.mentionAt(j); c != nil && c.from == j && c.ent.typ == schema.Country && !c.poss {
			members = s.coordinated(c, len(s.toks))
			to = j
		} else {
			// "Spain and Ireland are also EU members", "Poland is a NATO member"
			b := m.from - 1
			if p := s.mentionAt(b - 1); s.lower(b) == "and" && p != nil && p.to == b && p.ent.typ == schema.Organization && !p.poss {
				b = p.from - 1 // "an EU and NATO member"
			}
			// ("is not an EU member", "has long been a NATO member")
			// ("are no longer ECOWAS members")
			for memberDeterminers[s.lower(b)] || s.lower(b) == "not" || s.lower(b) == "never" || s.lower(b) == "longer" && s.lower(b-1) == "no" || s.lower(b) == "no" && s.lower(b+1) == "longer" {
				b--
			}
			perfect := false
			if s.lower(b) == "been" {
				a := b - 1
				if s.lower(a) == "long" || s.lower(a) == "not" || s.lower(a) == "never" {
					a--
				}
				if w := s.lower(a); w == "has" || w == "have" || w == "had" {
					b, perfect = a, true
				}
			}
			if pluralCopula(s.lower(b)) || perfect {
				members = s.subjectsBefore(b, s.clauseStart(b), country)
				from = b
			} else if a := s.mentionAt(b - 1); s.lower(b) == "," && a != nil && a.to == b && a.ent.typ == schema.Country && !a.poss && (appositionCloses(s.lower(j)) || memberQualifiers[s.lower(j)]) {
				// "Sweden and Finland, both EU members, may apply",
				// "Turkey, a NATO member since 1952,": an apposition
				members = []*mention{a}
				if list := s.subjectsBefore(b, s.clauseStart(b), country); len(list) > 0 && list[len(list)-1] == a {
					members = list
				}
				from = b
			}
		}
	default:
		// "The council also includes Canada, Finland ...", "BRICS has
		// expanded since 2024 to include Egypt, ...": the bloc's verb
		// ("the BIMSTEC grouping, to which ...": its kind after its name)
		if blocNouns[s.lower(k)] && !s.toks[k].Cap {
			k++
		}
		k, _ = s.blocAside(k)
		named := k // where the bloc's name and kind (and an aside) end
		if s.lower(k) == "also" || s.lower(k) == "now" {
			k++
		}
		if w := s.lower(k); w == "has" || w == "had" || w == "expanded" {
			if w != "expanded" {
				k++
			}
			if s.lower(k) == "expanded" || s.lower(k) == "grown" {
				for e := k + 1; e < len(s.toks) && e <= k+5; e++ {
					if s.lower(e) == "to" && includeVerbs[s.lower(e+1)] {
						k = e + 1
						break
					}
				}
			}
		}
		// "IGAD has eight member states, among them Ethiopia, Kenya and
		// Uganda", "has nine members: ..."
		if w := s.lower(k - 1); w == "has" || w == "had" {
			if at := s.membersListed(k); at > 0 {
				if members, _ = s.countryListAt(at, true); members != nil {
					to = members[0].from
					break
				}
			}
		}
		k = s.skipTime(k)
		if includeVerbs[s.lower(k)] || admitVerbs[s.lower(k)] {
			var j int
			if members, j = s.countryListAt(k+1, true); members != nil {
				to = members[0].from
				// "..., and in January admitted Indonesia": the bloc's
				// next verb of membership
				if s.lower(j) == "," {
					j++
				}
				if s.lower(j) == "and" {
					if a := s.skipTime(j + 1); admitVerbs[s.lower(a)] {
						if more, _ := s.countryListAt(a+1, true); more != nil {
							return append(memberRels(members, m.ent, "bloc-members", from, to), memberRels(more, m.ent, "bloc-members", a, a+1)...)
						}
					}
				}
			}
			break
		}
		k = named
		// "the Quad - the United States, Saudi Arabia, the United Arab
		// Emirates and Egypt -": its members set off by dashes or
		// brackets, closed as they were opened
		// (not "talks between Israel and Hamas - Egypt, Qatar and ... -":
		// the last of two names coordinated)
		if w := s.lower(k); (w == "-" || w == "–" || w == "—" || w == "(") && s.lower(m.from-1) != "and" && s.lower(m.from-1) != "or" {
			if list, j := s.countryListAt(k+1, true); len(list) >= 2 && (s.lower(j) == w || w == "(" && s.lower(j) == ")") {
				return memberRels(list, m.ent, "bloc-members-set-off", k, k+1)
			}
		}
		// an apposition describing the bloc, then its members
		for s.lower(k) == "," || s.lower(k) == "(" || s.lower(k) == "–" || s.lower(k) == "—" {
			k++
		}
		if s.lower(k) == "the" || s.lower(k) == "a" {
			j := k + 1
			// "the regional bloc" read as a reference to the bloc itself
			if d := s.mentionAt(k); d != nil && d.from == k && d.ent == m.ent && d.actor {
				j = d.to - 1
			}
			for n := 0; n < 4 && j < len(s.toks) && !kind(s.lower(j)) && (s.plainWord(j) || s.mentionAt(j) != nil && s.mentionAt(j).ent.typ == schema.Region); n++ {
				j++
			}
			if !kind(s.lower(j)) {
				return nil
			}
			k = j + 1
			if s.lower(k) == "," {
				k++
			}
		}
		switch {
		case s.lower(k) == "made" && s.lower(k+1) == "up" && s.lower(k+2) == "of":
			k += 3
		case s.lower(k) == "whose" && (isNumber(s.lower(k+1)) || numberWords[s.lower(k+1)]) && s.lower(k+2) == "members" && (s.lower(k+3) == "include" || s.lower(k+3) == "are" || s.lower(k+3) == "included" || s.lower(k+3) == "were"):
			k += 4 // "The council, whose eight members include Iceland"
		case s.lower(k) == "whose" && s.lower(k+1) == "members" && (s.lower(k+2) == "include" || s.lower(k+2) == "are" || s.lower(k+2) == "included" || s.lower(k+2) == "were"):
			k += 3
		case (s.lower(k) == "which" || s.lower(k) == "that") && (s.lower(k+1) == "includes" || s.lower(k+1) == "comprises" || s.lower(k+1) == "groups"):
			k += 2
		case (s.lower(k) == "which" || s.lower(k) == "that") && s.lower(k+1) == "also" && (s.lower(k+2) == "includes" || s.lower(k+2) == "comprises" || s.lower(k+2) == "groups"):
			// "the Pacific Alliance, the trade bloc that also groups Peru"
			k += 3
		case s.lower(k) == "comprising" || s.lower(k) == "grouping":
			k++
		case s.lower(k) == "to" && s.lower(k+1) == "which" && (s.lower(k-1) == "," || blocNouns[s.lower(k-1)]):
			// "the BIMSTEC grouping, to which Sri Lanka also belongs",
			// "ASEAN, the regional bloc to which both Thailand and
			// Cambodia belong"
			list, j := s.countryListAt(k+2, true)
			if w := s.lower(k + 2); list == nil && (w == "both" || w == "all") {
				list, j = s.countryListAt(k+3, true)
			}
			if list == nil {
				return nil
			}
			if s.lower(j) == "also" || s.lower(j) == "both" || s.lower(j) == "all" {
				j++
			}
			switch s.lower(j) {
			case "belong", "belongs", "belonged":
				return memberRels(list, m.ent, "to-which-belong", list[0].from, j+1)
			}
			return nil
		case s.lower(k) == "of" && s.lower(k+1) == "which" && (s.lower(k-1) == "," || kind(s.lower(k-1))):
			// "ASEAN, of which the Philippines is a member"
			list, j := s.countryListAt(k+2, false)
			if list == nil || !pluralCopula(s.lower(j)) && s.lower(j) != "is" && s.lower(j) != "was" {
				return nil
			}
			for e := j + 1; e < len(s.toks) && e <= j+4; e++ {
				if w := s.lower(e); w == "member" || w == "members" {
					return memberRels(list, m.ent, "of-which-member", list[0].from, e+1)
				} else if !s.plainWord(e) {
					return nil
				}
			}
			return nil
		default:
			return nil
		}
		if c := s.mentionAt(k); c != nil && c.from == k && c.ent.typ == schema.Country {
			members = s.coordinated(c, len(s.toks))
			to = k
		}
		// "the Three Brotherhood Alliance, which also includes the
		// MNDAA and the Arakan Army": an alliance's armed groups (a
		// firm's group includes subsidiaries, not members)
		if s.lower(k) == "the" {
			k++
		}
		if c := s.mentionAt(k); members == nil && c != nil && c.from == k && c.ent.typ == schema.Organization && !c.poss && allianceHeads[strings.ToLower(lastWord(m.ent.name))] {
			for _, x := range s.coordinated(c, len(s.toks)) {
				if x.ent.typ == schema.Organization && x.ent != m.ent {
					members = append(members, x)
				}
			}
			to = k
		}
	}
	return memberRels(members, m.ent, "bloc-members", from, to)
}

// countryListAt reads the list of countries that starts at token k,
// after a "the" ("the Philippines and Vietnam", "Fiji, Samoa and Tonga"),
// and the token after it; nil when no country is there (a possessed one
// neither, when noPoss).
func (s *sentence) countryListAt(k int, noPoss bool) ([]*mention, int) {
	if s.lower(k) == "the" {
		k++
	}
	c := s.mentionAt(k)
	if c == nil || c.from != k || c.ent.typ != schema.Country || noPoss && c.poss {
		return nil, k
	}
	list := s.coordinated(c, len(s.toks))
	end := list[len(list)-1].to
	// "China, Russia, India and Pakistan as well as four Central Asian
	// states: Kazakhstan, ...", "... as well as Iran": the list goes on
	if s.lower(end) == "as" && s.lower(end+1) == "well" && s.lower(end+2) == "as" {
		k := end + 3
		if isNumber(s.lower(k)) || numberWords[s.lower(k)] {
			k++
			// past up to three words, demonyms or regions before the noun
			for n := 0; n < 3 && k < len(s.toks) && !statePlurals[s.lower(k)]; n++ {
				m := s.mentionAt(k)
				if m == nil && s.toks[k].Word {
					k++
				} else if m != nil && (m.demonym || m.ent.typ == schema.Region) {
					k = m.to
				} else {
					break
				}
			}
			switch {
			case statePlurals[s.lower(k)] && listOpeners[s.lower(k+1)]:
				k += 2
			case statePlurals[s.lower(k-1)] && listOpeners[s.lower(k)]:
				k++ // ("Central Asian states" is one mention)
			default:
				return list, end
			}
		}
		if more, j := s.countryListAt(k, noPoss); more != nil {
			return append(list, more...), j
		}
	}
	return list, end
}

// statePlurals name countries in a group: "four Central Asian states".
var statePlurals = setOf(`states countries nations`)

// listOpeners open a list after its noun: "states: A, B and C".
var listOpeners = setOf(`: - – —`)

// ordinal reports whether w is an ordinal number: "30th", "first".
func ordinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > 2 && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return ordinalWords[w]
}

var ordinalWords = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// memberRels makes the countries of a list members of a bloc.
func memberRels(list []*mention, bloc *entity, rule string, from, to int) []rel {
	var out []rel
	for _, x := range list {
		for _, e := range x.ents() {
			// (an alliance's groups: see blocMembersAfter)
			if (e.typ == schema.Country || e.typ == schema.Organization && allianceHeads[strings.ToLower(lastWord(bloc.name))]) && e != bloc {
				p := schema.MemberOf
				if bloc.typ == schema.Agreement {
					p = schema.PartyTo
				}
				out = append(out, rel{subj: e, obj: bloc, pred: p, rule: rule, trigFrom: from, trigTo: to, factive: true, conf: 0.8})
			}
		}
	}
	return out
}

// knownCueHome returns the country a known organization's kind names
// before it ("Indonesia's state oil company, Pertamina"), when it is the
// organization's home in the gazetteer, or nil (news agencies are
// sources, not actors).
func (s *sentence) knownCueHome(m *mention) *entity {
	if m.ent.typ != schema.Organization || m.ent.entry == nil || m.ent.entry.Country == "" || m.ent.entry.Agency || m.poss || m.demonym || m.actor {
		return nil
	}
	k := m.from - 1
	if s.lower(k) == "," {
		k--
	}
	if k < 0 || !orgCueNouns[s.lower(k)] || s.toks[k].Cap {
		return nil
	}
	if h := s.cueHome(k); h != nil && h.entry != nil && h.entry.ID == m.ent.entry.Country {
		return h
	}
	return nil
}

// nameModifies reports a name right before a lowercase noun, which it
// only modifies: "TSE membership".
func (s *sentence) nameModifies(m *mention) bool {
	return s.plainWord(m.to) && !s.toks[m.to].Cap && strings.HasPrefix(s.tag(m.to), "NN")
}

// pluralOrgCue reports the plural of a kind of body: "companies",
// "banks", "lenders".
func pluralOrgCue(w string) bool {
	one := singular(w)
	return one != w && !strings.HasSuffix(w, "ss") && orgCueNouns[one]
}

// bodyKindNoun names a kind of body, singular or plural: "company",
// "producers".
func bodyKindNoun(w string) bool { return orgCueNouns[w] || pluralOrgCue(w) }

// livesElsewhereAfter reports whether a relative clause at token k says
// where the person lives: "from Funafuti who now lives in Brisbane".
func (s *sentence) livesElsewhereAfter(k int) bool {
	if s.lower(k) == "," {
		k++
	}
	if s.lower(k) != "who" {
		return false
	}
	k++
	if w := s.lower(k); w == "now" || w == "still" || w == "currently" {
		k++
	}
	w := s.lower(k)
	return w == "lives" || w == "lived" || w == "resides" || w == "settled" || w == "moved"
}

// whoseParty reads "Ishiba, whose Liberal Democratic Party lost ...",
// "Dissanayake, whose leftist National People's Power alliance": the
// person belongs to the party the relative clause opens with.
func (s *sentence) whoseParty(p *mention, end int) (rel, bool) {
	if s.lower(end) != "," || s.lower(end+1) != "whose" {
		return rel{}, false
	}
	k := end + 2
	for n := 0; n < 3 && k < len(s.toks); n++ {
		if q := s.mentionAt(k); q != nil && q.from == k {
			if !q.demonym {
				break
			}
			k = q.to
			continue
		}
		if !s.plainWord(k) || !strings.HasPrefix(s.tag(k), "JJ") {
			break
		}
		k++
	}
	q := s.mentionAt(k)
	if q == nil || q.from != k || q.ent.typ != schema.Organization || q.poss {
		return rel{}, false
	}
	if !q.ent.isParty() && !partyNouns[s.lower(q.to)] {
		return rel{}, false
	}
	return rel{subj: p.ent, obj: q.ent, pred: schema.MemberOf, rule: "whose-party", trigFrom: end + 1, trigTo: q.to, factive: true, conf: 0.75}, true
}

// candidateStatus reads a candidacy a body's status names: "Georgia was
// granted EU candidate status in December 2023", "Moldova, which gained
// EU candidate status", "Ukraine's EU candidate status".
func (s *sentence) candidateStatus(m *mention) []rel {
	if m.ent.typ != schema.Organization || m.poss {
		return nil
	}
	// "was granted candidate status by the EU", "received candidate
	// status from the bloc": the body after the status
	k := m.from - 1
	if s.lower(k) == "the" {
		k--
	}
	v, end := -1, m.to+2 // the verb giving the status, and where the status ends
	if (s.lower(k) == "by" || s.lower(k) == "from") && s.lower(k-1) == "status" && s.lower(k-2) == "candidate" && statusVerbs[s.lower(k-3)] {
		v, end = k-3, m.to
	} else if s.lower(m.to) == "candidate" && s.lower(m.to+1) == "status" {
		// (a status held: "could revoke Georgia's EU candidate status")
		if x := s.mentionAt(m.from - 2); x != nil && x.to == m.from-1 && x.poss && x.ent.typ == schema.Country {
			return []rel{{subj: x.ent, obj: m.ent, pred: schema.CandidateFor, rule: "candidate-status", trigFrom: m.from, trigTo: end, factive: true, conf: 0.75, modality: schema.Asserted}}
		}
		v = m.from - 1
	}
	if v < 0 || !statusVerbs[s.lower(v)] {
		return nil
	}
	var out []rel
	for _, x := range s.subjectsBefore(v, s.clauseStart(v), func(e *entity) bool { return e.typ == schema.Country }) {
		// (from the verb: "has not been granted", "is expected to gain")
		out = append(out, rel{subj: x.ent, obj: m.ent, pred: schema.CandidateFor, rule: "candidate-status", trigFrom: v, trigTo: end, conf: 0.75})
	}
	return out
}

// statusVerbs give or hold a status: "was granted EU candidate status".
var statusVerbs = setOf(`granted gained gain gains received receive receives obtained obtain given awarded won win got get gets secured secure holds hold held has have had`)

// seatIn reads where a body's seat is: "SACU's secretariat is in
// Windhoek", "The SAARC secretariat, which is based in Kathmandu",
// "Dhaka, where BIMSTEC has its secretariat".
func (s *sentence) seatIn(m *mention) (rel, bool) {
	mk := func(p *mention, from, to int) (rel, bool) {
		if p == nil || p.demonym || p.poss || p.ent.typ != schema.City && p.ent.typ != schema.Region && p.ent.typ != schema.Country {
			return rel{}, false
		}
		return rel{subj: m.ent, obj: p.ent, pred: schema.BasedIn, rule: "seat-in", trigFrom: from, trigTo: to, factive: true, conf: 0.75}, true
	}
	// "Dhaka, where BIMSTEC has its secretariat"
	if s.lower(m.from-1) == "where" && s.lower(m.from-2) == "," && (s.lower(m.to) == "has" || s.lower(m.to) == "had") && s.lower(m.to+1) == "its" && seatNouns[s.lower(m.to+2)] {
		if p := s.mentionAt(m.from - 3); p != nil && p.to == m.from-2 {
			return mk(p, m.from-1, m.to+3)
		}
	}
	// "ASEAN, which has its secretariat in Jakarta", "BIMSTEC, a
	// seven-nation grouping that has its secretariat in Dhaka": a body's
	// seat in a relative clause, after the name or its apposition
	if m.ent.typ == schema.Organization && !m.poss && s.lower(m.to) == "," {
		j := m.to + 1
		if w := s.lower(j); w == "a" || w == "an" {
			for n := 0; n < 6 && s.plainWord(j+1) && !s.toks[j+1].Cap && !clauseWords[s.lower(j+1)]; n++ {
				j++
			}
			j++
		}
		if w := s.lower(j); (w == "which" || w == "that") && (s.lower(j+1) == "has" || s.lower(j+1) == "had") && s.lower(j+2) == "its" && seatNouns[s.lower(j+3)] && s.lower(j+4) == "in" {
			k := j + 5
			if s.lower(k) == "the" {
				k++
			}
			if p := s.mentionAt(k); p != nil && p.from == k {
				return mk(p, j+3, k)
			}
		}
	}
	k := m.to
	if m.poss {
		k++
	}
	if !seatNouns[s.lower(k)] {
		return rel{}, false
	}
	j := k + 1
	if s.lower(j) == "," && (s.lower(j+1) == "which" || s.lower(j+1) == "that") {
		j += 2
	}
	if !copulas[s.lower(j)] && s.lower(j) != "are" && s.lower(j) != "were" {
		return rel{}, false
	}
	j++
	if w := s.lower(j); w == "based" || w == "located" || w == "housed" {
		j++
	}
	if s.lower(j) != "in" {
		return rel{}, false
	}
	j++
	if s.lower(j) == "the" {
		j++
	}
	if p := s.mentionAt(j); p != nil && p.from == j {
		return mk(p, k, j)
	}
	return rel{}, false
}

// dealTheyReached reads "an agreement that Baghdad and Washington
// reached in 2024": the parties a relative clause names after a deal
// noun signed it with each other.
func (d *doc) dealTheyReached(s *sentence) []rel {
	var out []rel
	for i := 1; i+3 < len(s.toks); i++ {
		if w := s.lower(i); (w != "that" && w != "which") || !dealNouns[s.lower(i-1)] {
			continue
		}
		m := s.mentionAt(i + 1)
		if m == nil || m.from != i+1 || !usable(m) || m.poss {
			continue
		}
		list := s.coordinated(m, len(s.toks))
		v := list[len(list)-1].to
		if len(list) < 2 || !reachVerbs[s.lower(v)] {
			continue
		}
		country := func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Organization }
		var ents []*entity
		for _, x := range list {
			if e := d.metonym(x.ent, country); e != nil {
				ents = append(ents, e)
			}
		}
		for a := 0; a < len(ents); a++ {
			for b := a + 1; b < len(ents); b++ {
				if ents[a] != ents[b] {
					out = append(out, rel{subj: ents[a], obj: ents[b], pred: schema.SignedAgreementWith, rule: "deal-they-reached", trigFrom: i - 1, trigTo: v + 1, factive: true, conf: 0.7})
				}
			}
		}
	}
	return out
}

// expertNouns describe a person by trade: "a Muscat-based political
// analyst".
var expertNouns = setOf(`analyst analysts researcher economist lawyer consultant trader journalist writer activist scholar academic expert strategist`)

// reachVerbs conclude a deal: "the accord that A and B signed".
var reachVerbs = setOf(`reached signed concluded struck negotiated sealed inked`)

// underSanctions reads a state's sanctions that the clause's subject is
// under: "Rosneft has been under United States sanctions since 2023",
// "X, a partner in the pipelines, remains under U.S. sanctions", "was
// placed under EU sanctions".
func (s *sentence) underSanctions(m *mention) (rel, bool) {
	if s.lower(m.from-1) != "under" || m.poss || m.ent.typ != schema.Country && m.ent.typ != schema.Organization {
		return rel{}, false
	}
	if w := s.lower(m.to); w != "sanctions" && w != "sanction" {
		return rel{}, false
	}
	k := m.from - 2
	switch { // "is not under", "is no longer under"
	case s.lower(k) == "not":
		k--
	case s.lower(k) == "longer" && s.lower(k-1) == "no":
		k -= 2
	}
	if !beWords[s.lower(k)] && !sanctionedStates[s.lower(k)] {
		return rel{}, false
	}
	k--
	for n := 0; n < 3 && (beWords[s.lower(k)] || auxWords[s.lower(k)]); n++ {
		k--
	}
	sub := s.mentionAt(k)
	if sub == nil || sub.to != k+1 || sub.poss {
		subs := s.subjectsBefore(k+1, s.clauseStart(k+1), func(e *entity) bool { return true })
		if len(subs) != 1 {
			return rel{}, false
		}
		sub = subs[0]
	}
	if sub.poss || sub.demonym || sub.ent == m.ent || sub.ent.typ != schema.Person && sub.ent.typ != schema.Country && sub.ent.typ != schema.Organization {
		return rel{}, false
	}
	return rel{subj: m.ent, obj: sub.ent, pred: schema.Sanctioned, rule: "under-sanctions", trigFrom: m.from - 1, trigTo: m.to + 1, conf: 0.7}, true
}

// sanctionedStates come before "under" a state's sanctions: "remains
// under", "came under", "was placed under".
var sanctionedStates = setOf(`remain remains remained stay stays stayed came come comes fell falls placed put`)

// beWords are the forms of "to be".
var beWords = setOf(`is are was were be been being remains remained`)

// auxWords stand between a subject and its copula: "has been", "had
// also been", "is still".
var auxWords = setOf(`has have had also still now already long`)

// missionTitles head a country's mission abroad, placed after "in":
// "China's ambassador in Canberra", "Indonesia's consul in Tawau".
var missionTitles = []string{"ambassador", "envoy", "consul", "consul general", "consul-general"}

// capitalKinds are the kinds of capital that are the seat of
// government: "its official capital is".
var capitalKinds = setOf(`official political administrative`)

// seatNouns name where a body sits.
var seatNouns = setOf(`secretariat headquarters seat`)

// groupingOf reads the members an apposition lists after a body's name:
// "the Quad, the security grouping of the United States, India, Japan and
// Australia".
func (s *sentence) groupingOf(m *mention) []rel {
	end := s.pastAbbreviation(m)
	if m.poss || m.ent.entry != nil && m.ent.entry.Agency || s.lower(end) != "," || s.lower(end+1) != "the" && s.lower(end+1) != "a" && s.lower(end+1) != "an" {
		return nil
	}
	k := end + 2
	for n := 0; n < 3 && s.plainWord(k) && !s.toks[k].Cap && !groupingNouns[s.lower(k)]; n++ {
		k++
	}
	if !groupingNouns[s.lower(k)] || s.lower(k+1) != "of" {
		return nil
	}
	j := k + 2
	if s.lower(j) == "the" {
		j++
	}
	first := s.mentionAt(j)
	if first == nil || first.from != j || first.ent.typ != schema.Country || first.poss || first.demonym {
		return nil
	}
	var out []rel
	for _, x := range s.coordinated(first, len(s.toks)) {
		if x.ent.typ == schema.Country && !x.poss && !x.demonym {
			out = append(out, rel{subj: x.ent, obj: m.ent, pred: schema.MemberOf, rule: "grouping-of", trigFrom: end + 1, trigTo: x.from, factive: true, conf: 0.75})
		}
	}
	if len(out) < 2 {
		return nil // "the capital of Kenya": one country is no grouping's members
	}
	return out
}

// groupingNouns name a body of countries by what it groups.
var groupingNouns = setOf(`grouping group bloc alliance club forum partnership union coalition`)

// whoseTitle reads "Northgate Aerostructures, whose chief executive,
// Dana Whitford, said": the person the relative clause names by a post
// of the body holds it.
func (s *sentence) whoseTitle(m *mention) (rel, bool) {
	end := s.pastAbbreviation(m)
	// (past an apposition: "Northgate Aerostructures, a Winnipeg-based
	// maker of aircraft components, whose chief executive")
	if w := s.lower(end + 1); s.lower(end) == "," && (w == "a" || w == "an" || w == "the") {
		for k := end + 2; k < len(s.toks) && k < end+12; k++ {
			if s.lower(k) == "," {
				end = k
				break
			}
			if q := s.mentionAt(k); q != nil && q.ent.typ == schema.Person || clauseWords[s.lower(k)] {
				break
			}
		}
	}
	if m.poss || s.lower(end) != "," || s.lower(end+1) != "whose" {
		return rel{}, false
	}
	k := end + 2
	e := s.skipTitle(k)
	if e == k || e-k > 4 {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[k:e]), " ")
	p := e
	if s.lower(p) == "," {
		p++
	}
	q := s.mentionAt(p)
	if q == nil || q.from != p || q.ent.typ != schema.Person || q.poss {
		return rel{}, false
	}
	pred, ok := roleKind(title)
	if !ok || !pred.Accepts(schema.Person, m.ent.typ) {
		return rel{}, false
	}
	return rel{subj: q.ent, obj: m.ent, pred: pred, role: title, rule: "whose-title", trigFrom: end + 1, trigTo: q.from, factive: true, conf: 0.75}, true
}

// partyNouns name what a political party is after its name: "the
// National People's Power alliance".
var partyNouns = map[string]bool{"party": true, "alliance": true, "movement": true, "coalition": true, "front": true}

// membersListed returns where the list of members starts after "N
// member states" at token k, or -1: after a colon, ", including" or ",
// among them".
func (s *sentence) membersListed(k int) int {
	if isNumber(s.lower(k)) || numberWords[s.lower(k)] {
		k++
	}
	switch {
	case s.lower(k) == "members":
		k++
	case s.lower(k) == "member" && (s.lower(k+1) == "states" || s.lower(k+1) == "countries" || s.lower(k+1) == "nations"):
		k += 2
	default:
		return -1
	}
	switch {
	case s.lower(k) == ":":
		return k + 1
	case s.lower(k) == "," && s.lower(k+1) == "including":
		return k + 2
	case s.lower(k) == "," && s.lower(k+1) == "among" && s.lower(k+2) == "them":
		return k + 3
	}
	return -1
}

// includeVerbs list a bloc's members after it: "the council includes".
var includeVerbs = map[string]bool{"include": true, "includes": true, "included": true, "comprises": true, "comprise": true, "groups": true}

// admitVerbs make members of what a bloc names after them: "NATO
// admitted Finland".
var admitVerbs = setOf(`admitted admits welcomed`)

// skipTime steps over a time expression at token k ("in January", "last
// year", "on Monday"), returning the token after it.
func (s *sentence) skipTime(k int) int {
	at := k
	if isTimePrep(s.lower(k)) {
		at = k + 1
	}
	for _, t := range s.times {
		if t.From == at || t.From == k {
			return t.To
		}
	}
	return k
}

func pluralCopula(w string) bool {
	return copulas[w] || w == "are" || w == "were" || w == "remain" || w == "become"
}

// seaName reports whether a region's name is a sea's or an ocean's.
func seaName(name string) bool {
	for _, w := range []string{" Sea", " Ocean", " Gulf", "Gulf of ", " Strait"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// coastNouns name the edge of a land a town lies on.
var coastNouns = map[string]bool{"coast": true, "shore": true, "coastline": true, "shores": true, "tip": true, "bank": true}

// compassAdjective reports "eastern", "south-western" and the like.
func compassAdjective(w string) bool {
	for _, c := range []string{"northern", "southern", "eastern", "western"} {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// placeOfNouns name a part of a country or region before "of" and its
// name: "the US state of Hawaii", "the Russian region of Kursk".
var placeOfNouns = map[string]bool{
	"state": true, "territory": true, "region": true, "island": true, "enclave": true, "exclave": true, "islands": true, "archipelago": true,
	"county": true, "governorate": true, "oblast": true, "prefecture": true, "emirate": true,
}

// townOf returns the place a country's or region's mention names as one
// of its towns or parts, "the West Bank city of Ramallah", "the US state
// of Hawaii", or nil. A country is named so only as a part ("the US
// territory of Guam").
// whoseAfter reports whether ", whose" follows the place m, not
// possessive: "Kenya, whose port of Mombasa".
func (s *sentence) whoseAfter(m *mention) bool {
	return !m.poss && !m.demonym && s.lower(m.to) == "," && s.lower(m.to+1) == "whose"
}

func (s *sentence) townOf(m *mention) *mention {
	// (not "the Chinese-backed port town of Kyaukphyu": a backer)
	if m.ent.typ != schema.Country && m.ent.typ != schema.Region || m.backer {
		return nil
	}
	j := m.to
	if m.poss && possMark[s.lower(j)] {
		j++ // "Kenya's port of Lamu"
	}
	if s.whoseAfter(m) {
		j += 2 // "Kenya, whose port of Mombasa"
	}
	for n := 0; n < 2 && s.lower(j+1) != "of"; n++ {
		// ("its Red Sea port of Assab", "the Russian Black Sea port of
		// Novorossiysk": a sea naming the coast)
		if r := s.mentionAt(j); (m.poss || m.demonym) && r != nil && r.from == j && r.ent.typ == schema.Region && !r.poss && !r.demonym && seaName(r.ent.name) {
			j = r.to
			continue
		}
		// ("Iran's Gulf port of Bandar Abbas", "the Russian Volga port of
		// Astrakhan": a feature's bare name before the noun)
		if (m.poss || m.demonym) && j < len(s.toks) && s.mentionAt(j) == nil && s.toks[j].Word && s.toks[j].Cap && s.plainWord(j+1) && s.lower(j+2) == "of" {
			j++
			continue
		}
		// (not "the Dominican Republic on the island of Hispaniola": a
		// preposition ends the name's noun phrase)
		// (nor "the Dominican Republic shares the island of": a
		// determiner opens another noun phrase)
		if w := s.lower(j); !s.plainWord(j) || subjectBlockers[w] || w == "the" || w == "a" || w == "an" {
			break
		}
		j++
	}
	noun := s.lower(j)
	// ("the Malaysian states of Sabah and Sarawak": a plural)
	if pluralPlaceNoun(noun) {
		noun = singular(noun)
	}
	if !(townNouns[noun] || placeOfNouns[noun]) || s.toks[j].Cap || s.lower(j+1) != "of" {
		return nil
	}
	q := s.mentionAt(j + 2)
	if q == nil || q.from != j+2 || q.ent == m.ent {
		return nil
	}
	if q.ent.typ == schema.City || q.ent.typ == schema.Region || q.ent.typ == schema.Facility || q.ent.typ == schema.Country && placeOfNouns[noun] {
		return q
	}
	return nil
}

// statesBefore counts the different countries named before token i of
// s, capitals standing for theirs (not a demonym's: "repelled an Iranian
// assault near its southern port").
func (d *doc) statesBefore(s *sentence, i int) int {
	seen := map[*entity]bool{}
	for _, m := range s.ments {
		if m.to > i || m.pronoun || m.demonym {
			continue
		}
		e := m.ent
		if c := d.capitalCountry(e); c != nil {
			e = c
		}
		if e.typ == schema.Country {
			seen[e] = true
		}
	}
	return len(seen)
}

// statelyKinds say what kind of state a country is, as one of a
// region's: "the Central Asian country", "Central Asia's largest economy".
var statelyKinds = setOf(`country nation state economy democracy republic kingdom monarchy power producer`)

// namesBeforePlural reads the names from token k joined by commas and
// "and" that a plural place noun closes ("Sokoto and Kebbi states"): the
// names and the noun's index, or nil and -1.
func (s *sentence) namesBeforePlural(k int) ([]*mention, int) {
	var list []*mention
	for k < len(s.toks) {
		q := s.mentionAt(k)
		if q == nil || q.from != k || q.poss || q.demonym {
			return nil, -1
		}
		list = append(list, q)
		k = q.to
		switch w := s.lower(k); {
		case w == "," || w == "and":
			k++
			if w == "," && s.lower(k) == "and" {
				k++
			}
		case pluralPlaceNoun(w) && !s.toks[k].Cap && len(list) >= 2:
			return list, k
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// possessedPlaceNoun returns the index of the singular town or place
// noun that a country's or region's possessive m governs past at most
// two adjectives ("Japan's westernmost island", "Kenya's second city"),
// or -1.
func (s *sentence) possessedPlaceNoun(m *mention) int {
	j := m.to
	if !possMark[s.lower(j)] {
		return -1
	}
	j++
	for n := 0; n < 3 && j < len(s.toks); n++ {
		w := s.lower(j)
		if (townNouns[w] || placeOfNouns[w]) && w != "capital" && !s.toks[j].Cap {
			return j
		}
		if !s.plainWord(j) || s.toks[j].Cap {
			return -1
		}
		j++
	}
	return -1
}

// pluralPlaceNoun reports whether w is the plural of a noun that names
// a kind of place before "of": "states", "towns", "islands".
func pluralPlaceNoun(w string) bool {
	one := singular(w)
	return one != w && !townNouns[w] && !placeOfNouns[w] && (townNouns[one] || placeOfNouns[one])
}

// singular is the singular of a regular plural noun: "cities" is
// "city", "ports" is "port", "producers" is "producer".
func singular(w string) string {
	if one, ok := strings.CutSuffix(w, "ies"); ok {
		return one + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// hometownWords name where a person is from.
var hometownWords = map[string]bool{"hometown": true, "birthplace": true, "home-town": true}

// homeWords name where a person lives, after the place: "his Texas ranch".
var homeWords = map[string]bool{
	"home": true, "house": true, "residence": true, "ranch": true, "apartment": true,
	"flat": true, "farm": true, "estate": true, "villa": true, "mansion": true,
}

// hometownOf returns whose hometown the word at i is: the possessor
// before it ("Brown's hometown"), or for "his", "her" and "their" the last
// person named before it in the sentence.
func (s *sentence) hometownOf(i int) *entity {
	switch w := s.lower(i - 1); w {
	case "'s", "’s":
		if p := s.mentionAt(i - 2); p != nil && p.ent.typ == schema.Person {
			return p.ent
		}
	case "his", "her", "their":
		return s.lastPersonBefore(i - 1)
	}
	return nil
}

// datelineAgency reads a dateline that names the agency filing from a
// place: "SOFIA, Feb 15 (BTA) --", "(Text) Taipei, Jan. 20 (CNA) --". A
// local agency is based where it files from; an agency the gazetteer
// places elsewhere (Reuters, AP, Xinhua filing from abroad) only has a
// bureau there, and gives nothing.
func (d *doc) datelineAgency(s *sentence) []rel {
	i := 0
	if s.lower(0) == "(" && s.lower(2) == ")" {
		i = 3 // "(Text)", "(Excerpts)"
	}
	var places []*mention
	for k := i; k < len(s.toks) && k < i+12; k++ {
		t := s.toks[k]
		// "(AGENCY) --", or "AGENCY --" after a date
		agency := t.Text == "("
		if !agency && len(places) > 0 && k > i {
			if a := s.mentionAt(k); a != nil && a.from == k && a.ent.typ == schema.Organization && (s.lower(a.to) == "--" || s.lower(a.to) == "—" || s.lower(a.to) == "-" && s.lower(a.to+1) == "-") {
				agency = true
				k--
			}
		}
		if agency {
			a := s.mentionAt(k + 1)
			if a == nil || a.from != k+1 || a.ent.typ != schema.Organization || len(places) == 0 {
				return nil
			}
			end := a.to
			if s.lower(end) == ")" {
				end++
			} else if t.Text == "(" {
				return nil
			}
			switch s.lower(end) {
			case "", "--", "-", "–", "—", ":":
			default:
				return nil
			}
			// a national agency files under its acronym ("BTA", "CNA",
			// "MENA"); an unknown outlet spelled out ("Nordic Press
			// Agency") may file from anywhere
			if a.ent.entry == nil && !allCaps(s.toks[a.from].Text) {
				return nil
			}
			var out []rel
			for _, p := range places {
				if e := a.ent.entry; e != nil && e.Country != "" && p.ent.entry != nil && p.ent.entry.ID != e.Country && !d.g.Contains(e.Country, p.ent.entry.ID) {
					return nil
				}
				if e := a.ent.entry; e != nil && e.Country == "" {
					return nil // an international agency: bureaus everywhere
				}
				out = append(out, rel{subj: a.ent, obj: p.ent, pred: schema.BasedIn, rule: "dateline-agency", trigFrom: p.to, trigTo: a.from, factive: true, modality: schema.Asserted, conf: 0.6})
			}
			return out
		}
		if m := s.mentionAt(k); m != nil && m.from == k {
			if m.poss || m.demonym || !(m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country) {
				return nil
			}
			places = append(places, m)
			k = m.to - 1
			continue
		}
		if t.Text == "," || t.Text == "." || s.isTimeTok(k) || isNumber(t.Text) || months[t.Lower] != 0 || months[strings.TrimSuffix(t.Lower, ".")] != 0 {
			continue
		}
		return nil
	}
	return nil
}

// localOffices are the posts of a state or town, held by people who live
// there; "Santa Fe chairman" heads a company named for a town.
var localOffices = map[string]bool{
	"governor": true, "mayor": true, "senator": true, "representative": true, "congressman": true,
	"congresswoman": true, "lawmaker": true, "legislator": true, "assemblyman": true,
	"assemblywoman": true, "judge": true, "sheriff": true, "commissioner": true, "councilman": true,
	"councilwoman": true, "attorney general": true, "police chief": true, "district attorney": true,
	"lieutenant governor": true, "state senator": true, "official": true, "officials": true,
	"supervisor": true, "clerk": true, "treasurer": true, "assessor": true,
}

// foreignRegion reports whether the place q, named from token k on, is
// a country's region named by its possessor: "governor of Russia's
// Sakhalin region" governs a region of a country the story looks at
// from outside, and says nothing of where the governor lives.
func (s *sentence) foreignRegion(k int, q *entity) bool {
	for j := k; j < k+6 && j < len(s.toks); j++ {
		if m := s.mentionAt(j); m != nil && m.from == j && m.ent == q {
			c := s.mentionAt(j - 1)
			if possMark[s.lower(j-1)] {
				c = s.mentionAt(j - 2)
			}
			return c != nil && c.poss && c.ent.typ == schema.Country
		}
	}
	return false
}

func localOffice(title string) bool {
	ws := strings.Fields(title)
	if len(ws) == 0 {
		return false
	}
	return localOffices[ws[len(ws)-1]] || len(ws) >= 2 && localOffices[strings.Join(ws[len(ws)-2:], " ")]
}

// placeChain returns the place of m and the state or country that follows
// it after a comma: "Grants, N.M." gives Grants and New Mexico.
func (s *sentence) placeChain(m *mention) []*entity {
	out := []*entity{m.ent}
	if m.ent.typ == schema.City && s.lower(m.to) == "," {
		if r := s.mentionAt(m.to + 1); r != nil && r.from == m.to+1 && !r.demonym && !r.poss && (r.ent.typ == schema.Region || r.ent.typ == schema.Country) && !s.listContinues(r) {
			out = append(out, r.ent)
		}
	}
	return out
}

// placeNouns describe a place: "an island nation in", "a town in".
var placeNouns = map[string]bool{
	"nation": true, "country": true, "island": true, "city": true, "town": true, "village": true,
	"state": true, "province": true, "region": true, "republic": true, "kingdom": true, "port": true,
	"archipelago": true, "territory": true, "enclave": true, "emirate": true,
	"rock": true, "islet": true, "atoll": true, "reef": true, "peninsula": true, "district": true,
	"county": true, "municipality": true, "parish": true,
}

// partOfNouns name, before "of" and a country, a part of it: "Greenland,
// a semi-autonomous territory of Denmark".
var partOfNouns = setOf(`territory province region state part dependency county district exclave enclave`)

// appointVerbs give a person a post named right after them: "named X
// publisher of Y".
var appointVerbs = map[string]bool{"named": true, "appointed": true, "elected": true, "names": true, "appoints": true, "elects": true, "made": true}

// partyStateTok is an American legislator's party and state: "D-Mich",
// "R-Utah", "I-Vt".
var partyStateTok = regexp.MustCompile(`^[DRI]-[A-Z][A-Za-z]+$`)

// partyState reads "D-Mich." at token i: it returns the state and the
// token after the abbreviation (its period included), or 0.
func (s *sentence) partyState(i int) (*entity, int) {
	if i >= len(s.toks) || !partyStateTok.MatchString(s.toks[i].Text) {
		return nil, 0
	}
	m := s.mentionAt(i)
	if m == nil || m.ent.typ != schema.Region {
		return nil, 0
	}
	end := i + 1
	if s.attachedPeriod(end) {
		end++
	}
	return m.ent, end
}

// secondPost reads a post coordinated with the apposition r: after r's
// employer, "and" and another title with its employer, before the
// apposition ends.
func (d *doc) secondPost(s *sentence, p *mention, r rel) (rel, bool) {
	// the end of r's employer
	k := -1
	for _, m := range s.ments {
		if m.ent == r.obj && m.from >= r.trigFrom {
			k = m.to
			break
		}
	}
	if k < 0 {
		return rel{}, false
	}
	// "Queens College of the City University of New York and": an "of"
	// phrase may qualify the first employer
	for n := 0; n < 8 && k < len(s.toks) && s.lower(k) != "and" && s.lower(k) != "," && !clauseWords[s.lower(k)]; n++ {
		k++
	}
	if s.lower(k) != "and" {
		return rel{}, false
	}
	r2, ok := d.appositionAfter(s, p, k+1)
	if !ok || r2.obj == r.obj || r2.rule != "apposition-title" {
		return rel{}, false
	}
	// "Miyazawa, Japan's finance minister, and British Chancellor Nigel
	// Lawson": a list of people, not a second post
	for _, m := range s.ments {
		if m.from > k && m.from <= r2.trigTo && (m.ent.typ == schema.Person || m.demonym) {
			return rel{}, false
		}
	}
	// "the U.S. ambassador to Turkey and special envoy for Syria": the
	// place an envoy is sent to or for is no employer
	for _, m := range s.ments {
		if m.ent == r2.obj && m.from > k && (s.lower(m.from-1) == "for" || s.lower(m.from-1) == "to") && m.ent.typ.IsPlace() {
			return rel{}, false
		}
	}
	r2.rule = "apposition-second-title"
	return r2, true
}

// oneOfIn reads ", one of the [adjectives] <plural noun> in|from <place>"
// after the person m and returns the place.
func (s *sentence) oneOfIn(m *mention) *entity {
	k := m.to
	if s.lower(k) != "," || s.lower(k+1) != "one" || s.lower(k+2) != "of" || s.lower(k+3) != "the" {
		return nil
	}
	j := k + 4
	for n := 0; n < 5 && j < len(s.toks) && s.toks[j].Word && !s.toks[j].Cap && s.lower(j) != "in" && s.lower(j) != "from"; n++ {
		j++
	}
	if j == k+4 || (s.lower(j) != "in" && s.lower(j) != "from") || s.tag(j-1) != "NNS" {
		return nil
	}
	j++
	if s.lower(j) == "the" {
		j++
	}
	q := s.mentionAt(j)
	if q == nil || q.from != j || q.demonym || q.poss || !(q.ent.typ == schema.Country || q.ent.typ == schema.City || q.ent.typ == schema.Region) {
		return nil
	}
	return q.ent
}

// killNouns name a killing after the victim's possessive.
var killNouns = map[string]bool{"killing": true, "assassination": true, "murder": true, "slaying": true}

// verdictOnKilling reads "[S] was convicted of|accused of|pleaded guilty
// to V's killing": S killed V, held as the verdict holds it.
func (d *doc) verdictOnKilling(s *sentence, v *mention) (rel, bool) {
	k := v.from - 1
	if s.lower(k) == "the" {
		k--
	}
	switch s.lower(k) {
	case "of", "for", "to", "in":
	default:
		return rel{}, false
	}
	mod, ok := legalFrames[s.lower(k-1)]
	if !ok {
		return rel{}, false
	}
	clause := s.clauseStart(k - 1)
	for _, m := range s.subjectsBefore(k-1, clause, func(e *entity) bool { return e.typ == schema.Person }) {
		if m.ent != v.ent {
			return rel{subj: m.ent, obj: v.ent, pred: schema.Killed, rule: "verdict-on-killing", trigFrom: k - 1, trigTo: v.to + 2, clauseFrom: clause, modality: mod, factive: true, conf: 0.75}, true
		}
	}
	return rel{}, false
}

// institutionHead reports whether the organization m is named as a
// company, an institute or a school, where people work: its last word is
// a company's suffix or such a head.
func institutionHead(s *sentence, m *mention) bool {
	w := s.lower(m.to - 1)
	if s.lower(m.to) == "." && legalSuffixes[w+"."] {
		return true
	}
	// "Institute of Mechanics": the head comes before "of"
	for k := m.from + 1; k < m.to; k++ {
		if x := s.lower(k); x == "of" || x == "for" || x == "on" {
			if placeOfWork[s.lower(k-1)] {
				return true
			}
			break
		}
	}
	return companyHeads[w] || legalSuffixes[w] || placeOfWork[w]
}

// placeOfWork are the heads of institutions' names people work at.
var placeOfWork = map[string]bool{
	"institute": true, "university": true, "college": true, "school": true, "laboratory": true,
	"laboratories": true, "hospital": true, "museum": true, "foundation": true, "center": true, "centre": true,
}

// homeNouns follow "home" for where a person is from.
var homeNouns = map[string]bool{"state": true, "town": true, "city": true, "country": true, "county": true, "province": true, "island": true}

// speakerPost reads "Becton Dickinson may develop a container, said Linda
// Schmitt, an assistant product manager.": a company's statement quoted
// from someone whose post is named without its employer; the company the
// sentence opens with employs them.
func (d *doc) speakerPost(s *sentence, p *mention, k int) (rel, bool) {
	if !speechVerbs[s.lower(p.from-1)] || len(s.ments) == 0 {
		return rel{}, false
	}
	org := s.ments[0]
	if org.from != 0 && !(org.from == 1 && s.lower(0) == "the") || org.ent.typ != schema.Organization || org.poss || org == p {
		return rel{}, false
	}
	switch s.lower(k) {
	case "a", "an", "the":
		k++
	default:
		return rel{}, false
	}
	j := k
	for j < k+4 && s.plainWord(j) {
		j++
	}
	if j == k || !(s.lower(j) == "." || s.lower(j) == "," || s.lower(j) == "") {
		return rel{}, false
	}
	title := strings.Join(tokLowers(s.toks[k:j]), " ")
	pred, ok := roleKind(title)
	if !ok {
		// "an assistant product manager": any post word at the end
		last := s.lower(j - 1)
		if !staffTitles[last] && !headTitles[last] && last != "manager" {
			return rel{}, false
		}
		pred = schema.WorksFor
	}
	return rel{subj: p.ent, obj: org.ent, pred: pred, role: title, rule: "speaker-post", trigFrom: p.from - 1, trigTo: j, factive: true, conf: 0.6}, true
}

// attachedPeriod reports whether token i is a period written against the
// word before it: the end of an abbreviation ("Sen.", "Fla.", "Jr.").
func (s *sentence) attachedPeriod(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].Text == "." && s.toks[i].Start == s.toks[i-1].End
}

// plainWord reports whether token j is a lower-case word that no mention
// covers: a word of a role or a description ("metals economist").
func (s *sentence) plainWord(j int) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].Word && !s.toks[j].Cap && s.mentionAt(j) == nil
}

// govMention is a country one of whose officials a sentence titled.
type govMention struct {
	c     *entity
	at    int
	mixed bool // the sentence has another country's people acting: "a senior Soviet official"
}

// otherActors reports whether a sentence has people or bodies of a
// country other than c acting: a demonym ("Soviet official") or a
// collective ("Japan's foreign ministry").
func (s *sentence) otherActors(c *entity) bool {
	for _, m := range s.ments {
		if (m.demonym || m.actor) && m.ent.typ == schema.Country && m.ent != c {
			return true
		}
	}
	return false
}

// servesOther reports whether the sentence names, besides m, an official
// of c: "quoted Lyng as telling Agriculture Minister Mutsuki Kato" is a
// talk between two governments.
func (d *doc) servesOther(s *sentence, m *mention, c *entity) bool {
	for _, x := range s.ments {
		if x.ent != m.ent && x.ent.typ == schema.Person && (d.serves[x.ent] == c || d.ledCountry(x.ent) == c) {
			return true
		}
	}
	return false
}

// contextGovernment is the country whose officials the last sentence
// that titled any, this one or the two before, titled; nil when there is
// none or it titled officials of several.
func (d *doc) contextGovernment() *entity {
	n := len(d.govs)
	if n == 0 || d.govs[n-1].at < d.relSent-2 {
		return nil
	}
	last := d.govs[n-1]
	if last.mixed {
		return nil
	}
	for k := n - 2; k >= 0 && d.govs[k].at == last.at; k-- {
		if d.govs[k].c != last.c {
			return nil
		}
	}
	return last.c
}

// bareTitleCountry returns the government a cabinet title at tf with no
// country of its own serves, and the rule that read it: the leader's
// the person accompanies, a fronted town's, the report's subject's, or
// the story's.
func (d *doc) bareTitleCountry(s *sentence, m *mention, tf int, title string) (*entity, string) {
	if c := d.companionOf(s, tf); c != nil {
		return c, "title-companion"
	}
	if c := d.frontedPlace(s, tf); c != nil {
		return c, "title-place"
	}
	if c := s.speakerSubject(m, tf); c != nil {
		return c, "title-speaker"
	}
	if c := d.storyGovernment(title); c != nil && !s.countryOfAfter(m) && !s.otherCountryBefore(c, tf) && !d.servesOther(s, m, c) && (!strings.HasPrefix(title, "government") || d.datelineCountry() == c) {
		return c, "title-context"
	}
	return nil, ""
}

// frontedPlace returns the country of the town a sentence opens with
// when a bare title follows it: "In Niamey, Foreign Minister Bakary Yaou
// Sangaré said" speaks in his own capital.
func (d *doc) frontedPlace(s *sentence, tf int) *entity {
	k := s.afterDateline()
	if s.lower(k) != "in" {
		return nil
	}
	p := s.mentionAt(k + 1)
	if p == nil || p.from != k+1 || p.to+1 != tf || s.lower(p.to) != "," || p.poss || p.demonym || p.ent.typ != schema.City {
		return nil
	}
	return d.placeCountry(p.ent)
}

// afterDateline is the first token of a sentence after the dateline
// that opens it ("LIMA, Mar 27 (Andes Wire) - Peru will"), or 0.
func (s *sentence) afterDateline() int {
	if s.datelineEnd > 0 {
		return s.datelineEnd + 1
	}
	return 0
}

// openingStart is the first token of the sentence's own words, past a
// dateline and a "the": where its opening subject stands.
func (s *sentence) openingStart() int {
	c := s.afterDateline()
	if s.lower(c) == "the" {
		c++
	}
	return c
}

// speakerSubject returns the country a sentence opens with, as its
// subject, when a bare cabinet title at tf names the one who said it at
// the sentence's end: "Peru will reopen its consulate in Caracas,
// Foreign Minister Ernesto Salcedo said" speaks for Peru, whatever other
// countries the report names.
// ("Mongolia, which has been an observer since 2004, sent Deputy
// Foreign Minister Tseren Ganbold to Bishkek": whom a country sends)
func (s *sentence) speakerSubject(m *mention, tf int) *entity {
	sent := s.lower(tf-1) == "sent" || s.lower(tf-1) == "dispatched"
	if !sent && (s.lower(tf-1) != "," || !speechVerbs[s.lower(m.to)] || !(s.lower(m.to+1) == "." || s.lower(m.to+1) == "on" || m.to+1 >= len(s.toks))) {
		return nil
	}
	// the first mention after the dateline, where the sentence's words
	// start
	var o *mention
	for _, x := range s.ments {
		if x.from >= s.datelineEnd && !x.dateline {
			o = x
			break
		}
	}
	k := s.afterDateline()
	if s.lower(k) == "the" {
		k++
	}
	if o == nil || o.from != k || o.ent.typ != schema.Country || o.demonym || o.poss || !s.toks[o.from].Cap || !sent && !auxiliaries[s.lower(o.to)] && !strings.HasPrefix(s.tag(o.to), "VB") {
		return nil
	}
	// (the sender is the subject: no other country between)
	if sent && s.otherCountryBefore(o.ent, tf) {
		return nil
	}
	return o.ent
}

// storyGovernment is the government a bare cabinet title serves: the
// country of the story's dateline and of the officials titled just
// before, when they agree or only one is known.
// ("Defense Secretary Caspar Weinberger" in a story that names Iran
// most: a secretary's post says the government is Washington's or
// London's more often than the count says anything)
func (d *doc) storyGovernment(title string) *entity {
	ctx, dl := d.contextGovernment(), d.datelineCountry()
	// ("Modi visited Male in July. The Maldives signed a free trade
	// agreement with China. Foreign Minister Abdulla Khaleel is due to
	// travel": the sentence before opens with another country)
	if ctx != nil && d.relSent >= 2 && d.relSent-2 < len(d.sents) {
		if o := d.sents[d.relSent-2].opener(); o != nil && o.ent.typ == schema.Country && !o.demonym && !o.poss && o.ent != ctx {
			return nil
		}
	}
	switch {
	case ctx == nil && dl == nil:
		// (the count alone misleads where a story is about another
		// country: it must be named in the sentence or the two before)
		if c := d.dominantCountry(); c != nil && d.namedNear(c, 2) && !strings.HasSuffix(title, "secretary") {
			return c
		}
		return nil
	case ctx == nil:
		return dl
	case dl == nil || dl == ctx:
		return ctx
	}
	return nil
}

// countryOfAfter reports whether "of" and a country follow the person m:
// "Energy Minister Javier Espinosa of Ecuador" says whose minister.
func (s *sentence) countryOfAfter(m *mention) bool {
	o := s.mentionAt(m.to + 1)
	return s.lower(m.to) == "of" && o != nil && o.from == m.to+1 && o.ent.typ == schema.Country
}

// namedNear reports whether the sentence the relation rules are reading,
// or one of the n before it, names country c (its capital acting for
// it counts).
func (d *doc) namedNear(c *entity, n int) bool {
	for k := d.relSent - 1 - n; k < d.relSent; k++ {
		if k < 0 || k >= len(d.sents) {
			continue
		}
		for _, m := range d.sents[k].ments {
			if m.ent == c && !m.demonym {
				return true
			}
		}
	}
	return false
}

// dominantCountry is the country a story with no dateline is about: the
// one it names most, by a clear margin (at least four times, and half as
// often again as any other), counting its capital acting for it; nil
// when no one country leads.
func (d *doc) dominantCountry() *entity {
	if d.domDone {
		return d.dom
	}
	d.domDone = true
	n := map[*entity]int{}
	var dateline *sentence
	for k, s := range d.sents {
		if k < 6 && s.datelineEnd > 0 && dateline == nil {
			dateline = s
		}
		for _, m := range s.ments {
			if m.ent.typ == schema.Country && !m.demonym && len(m.members) == 0 {
				n[m.ent]++
			}
		}
	}
	var best *entity
	first, second := 0, 0
	for e, k := range n {
		if k > first {
			best, first, second = e, k, first
		} else if k > second {
			second = k
		}
	}
	if first < 4 || 2*first < 3*second {
		return nil
	}
	// (a dateline whose place is unknown or ambiguous, "MALE, October
	// 15 -", says where, and the count may not; "BARTICA, Guyana -"
	// agrees with it)
	if dateline != nil {
		agrees := false
		for _, m := range dateline.ments {
			if m.to <= dateline.datelineEnd && m.ent.typ.IsPlace() && (m.ent == best || d.placeCountry(m.ent) == best) {
				agrees = true
			}
		}
		if !agrees {
			return nil
		}
	}
	d.dom = best
	return d.dom
}

// datelineCountry is the country of the place the story was filed from
// ("GEORGETOWN, Guyana —", "MOSCOW, March 3 -", a "TOKYO, Aug. 24, 2025"
// line); nil when there is none or it names several.
func (d *doc) datelineCountry() *entity {
	for k, s := range d.sents {
		if k >= 6 {
			break
		}
		line := len(s.toks) <= 10 && len(s.times) > 0 && len(s.toks) > 0 && allCaps(s.toks[0].Text)
		var c *entity
		for _, m := range s.ments {
			// (the agency in brackets says nothing of where: "CHISINAU,
			// Jan 15 (Danube Press) -")
			if !(m.dateline || line && m.from == 0) || !m.ent.typ.IsPlace() {
				continue
			}
			mc := m.ent
			if m.ent.typ != schema.Country {
				mc = d.placeCountry(m.ent)
			}
			if mc == nil || c != nil && mc != c {
				return nil
			}
			c = mc
		}
		if c != nil {
			return c
		}
	}
	return nil
}

// usStateTitle reports the titles of the U.S. State Department's
// leaders, which other governments name differently.
func usStateTitle(title string) bool {
	switch title {
	case "secretary of state", "deputy secretary of state", "assistant secretary of state", "under secretary of state", "undersecretary of state":
		return true
	}
	return false
}

// cabinetTitle reports whether a title is a national cabinet post, which
// only a government has: "foreign minister", "defence secretary".
func cabinetTitle(title string) bool {
	ws := strings.Fields(title)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	// "Government spokesman Konstantinos Letymbiotis"
	if ws[len(ws)-2] == "government" && (last == "spokesman" || last == "spokeswoman" || last == "spokesperson") {
		return true
	}
	if last != "minister" && last != "secretary" && last != "adviser" && last != "advisor" {
		return false
	}
	// "foreign and CARICOM affairs minister"
	if ws[len(ws)-2] == "affairs" && ws[0] == "foreign" {
		return true
	}
	if last == "adviser" || last == "advisor" {
		return strings.Contains(title, "national security")
	}
	return cabinetPortfolios[ws[len(ws)-2]]
}

// cabinetPortfolioAfter reports whether a minister's or secretary's
// title at tf names a cabinet portfolio after its "of" or "for", before
// the name at i: "Vice Minister of Energy", "Minister for Foreign
// Affairs".
func (s *sentence) cabinetPortfolioAfter(tf, i int, title string) bool {
	if !strings.HasSuffix(title, "minister") && !strings.HasSuffix(title, "secretary") {
		return false
	}
	for k := tf; k < i; k++ {
		if w := s.lower(k); w != "of" && w != "for" {
			continue
		}
		for j := k + 1; j < i; j++ {
			if cabinetPortfolios[s.lower(j)] {
				return true
			}
		}
		return false
	}
	return false
}

var cabinetPortfolios = setOf(`foreign defence defense interior home finance trade economy
justice energy health education commerce industry agriculture information security`)

// otherCountryBefore reports whether a country other than c is named
// before token i: "Chinese President Xi met Foreign Minister X" may not be
// about the government of the sentences before.
func (s *sentence) otherCountryBefore(c *entity, i int) bool {
	for _, m := range s.ments {
		if m.to <= i && m.ent.typ == schema.Country && m.ent != c {
			return true
		}
	}
	return false
}

// visitBy reads a visit noun at token i and its agent after "by": the
// place after "to" (visitByTo), else the town of the clause the visit
// happens during (visitDuring).
func (d *doc) visitBy(s *sentence, i int) []rel {
	if !visitNouns[s.lower(i)] || s.lower(i+1) != "by" {
		return nil
	}
	k := s.titledPersonAt(i + 2)
	a := s.mentionAt(k)
	if a == nil {
		return nil
	}
	if s.lower(a.to) == "to" {
		return s.visitByTo(i, k, a)
	}
	return d.visitDuring(s, i, a)
}

// visitByTo reads "a three-day visit by Touhid Hossain to Pakistan",
// "a visit by Indian Prime Minister Narendra Modi to Mauritius": the
// agent a, named at token k after "by", then the place after "to".
func (s *sentence) visitByTo(i, k int, a *mention) []rel {
	if a.from != k || a.poss || !usable(a) || a.ent.typ != schema.Person && a.ent.typ != schema.Country && a.ent.typ != schema.Organization {
		return nil
	}
	// "a planned visit by Li Qiang to Canberra" is to come
	var mod schema.Modality
	if plannedAdjectives[s.lower(i-1)] {
		mod = schema.Planned
	}
	var out []rel
	for _, p := range s.objectsAfter(a.to+1, 4, func(e *entity) bool { return e.typ.IsPlace() }) {
		for _, pe := range p.ents() {
			if pe != a.ent {
				out = append(out, rel{subj: a.ent, obj: pe, pred: schema.Visited, rule: "visit-by-to", trigFrom: i, trigTo: p.from, modality: mod, conf: 0.75})
			}
		}
	}
	return out
}

// personsParty reads "Petro's Historic Pact party", "Suu Kyi's National
// League for Democracy": the party a person's possessive names is one the
// person belongs to.
func (s *sentence) personsParty(i int) []rel {
	m := s.mentionAt(i)
	if m == nil || m.from != i || !m.poss || m.pronoun || m.ent.typ != schema.Person {
		return nil
	}
	k := m.to
	if s.lower(k) == "'s" || s.lower(k) == "’s" {
		k++
	}
	p := s.mentionAt(k)
	if p == nil || p.from != k || p.ent.typ != schema.Organization || !(p.ent.isParty() || s.lower(p.to) == "party") {
		return nil
	}
	return []rel{{subj: m.ent, obj: p.ent, pred: schema.MemberOf, rule: "persons-party", trigFrom: m.to, trigTo: p.to, factive: true, modality: schema.Asserted, conf: 0.7}}
}

// namedWar reads a war or a border that names its two sides: "the
// Iran-Iraq war", "the Mexican-American War", "the Kyrgyz-Tajik border"
// (each part a state, or for a war a body, by name or demonym), and
// "Russia's war on Ukraine", "Russia's full-scale war in Ukraine".
func (d *doc) namedWar(s *sentence, i int) []rel {
	w := s.lower(i)
	if strings.Contains(w, "-") && !strings.HasPrefix(w, "-") {
		next := s.lower(i + 1)
		if next != "war" && !borderNouns[next] {
			return nil
		}
		sides := d.hyphenParties(s.toks[i].Text)
		if len(sides) != 2 {
			return nil
		}
		p := schema.InConflictWith
		if next != "war" {
			p = schema.Borders
			if sides[0].typ != schema.Country || sides[1].typ != schema.Country {
				return nil
			}
		}
		return []rel{{subj: sides[0], obj: sides[1], pred: p, rule: "named-" + next, trigFrom: i, trigTo: i + 2, clauseFrom: s.clauseStart(i), factive: true, modality: schema.Asserted, conf: 0.7}}
	}
	if w != "war" {
		return nil
	}
	k := i - 1
	if k > 0 && s.plainWord(k) && strings.HasPrefix(s.tag(k), "JJ") {
		k-- // "Russia's full-scale war"
	}
	if s.lower(k) == "'s" || s.lower(k) == "’s" {
		k--
	}
	a := s.mentionAt(k)
	if a == nil || a.to != k+1 || !a.poss || a.pronoun || a.ent.typ != schema.Country && a.ent.typ != schema.Organization {
		return nil
	}
	prep := s.lower(i + 1)
	if prep != "on" && prep != "against" && prep != "with" && prep != "in" {
		return nil
	}
	b := s.nameAt(i+2, "the")
	if b == nil || b.ent == a.ent || b.ent.typ != schema.Country && (prep == "in" || b.ent.typ != schema.Organization) {
		return nil
	}
	return []rel{{subj: a.ent, obj: b.ent, pred: schema.InConflictWith, rule: "possessive-war", trigFrom: i, trigTo: i + 2, clauseFrom: s.clauseStart(i), factive: true, modality: schema.Asserted, conf: 0.7}}
}

// visitDuring reads "signed a gas deal in Astana in May 2024, during a
// visit by President Xi Jinping": the visitor a came to the town (or the
// country) the clause before names with "in", when that place is not the
// visitor's own.
func (d *doc) visitDuring(s *sentence, i int, a *mention) []rel {
	k := i - 1
	for n := 0; n < 2 && k > 0 && (s.tag(k) == "JJ" || s.lower(k) == "state" || s.lower(k) == "official"); n++ {
		k-- // "during a state visit by", "during an official visit by"
	}
	if w := s.lower(k); w != "a" && w != "an" && w != "the" || s.lower(k-1) != "during" {
		return nil
	}
	during := k - 1
	if a.from <= i+1 || a.poss || !usable(a) || a.ent.typ != schema.Person {
		return nil
	}
	// the last place before "during" that "in" governs, with no clause
	// between
	var place *mention
	for j := during - 1; j > 0; j-- {
		if m := s.mentionAt(j); m != nil && m.from == j && s.lower(j-1) == "in" && !m.poss && (m.ent.typ == schema.City || m.ent.typ == schema.Country) {
			place = m
			break
		}
		if w := s.lower(j); clauseWords[w] || w == ";" || w == ":" {
			return nil
		}
	}
	if place == nil {
		return nil
	}
	home := d.personCountry(a.ent)
	if home == nil || home == place.ent || home == d.placeCountry(place.ent) {
		return nil
	}
	return []rel{{subj: a.ent, obj: place.ent, pred: schema.Visited, rule: "visit-during", trigFrom: i, trigTo: a.from, clauseFrom: s.clauseStart(during), conf: 0.7}}
}

// underAgreement reads "Under the Brussels Agreement, which the EU
// brokered in 2013, Serbia and Kosovo pledged to ...": the states that act
// under an agreement the sentence opens with are its parties.
func (s *sentence) underAgreement() []rel {
	k := min(s.datelineEnd, len(s.toks))
	if s.lower(k) != "under" {
		return nil
	}
	a := s.nameAt(k+1, "the")
	if a == nil || a.ent.typ != schema.Agreement || a.poss || s.lower(a.to) != "," {
		return nil
	}
	// the main clause's subject: the first names after a comma that a
	// verb follows, past a relative clause or a participle on the
	// agreement ("which the two countries signed in the presence of the
	// United States, Britain and France, Nigeria withdrew")
	var list []*mention
	for j := a.to + 1; j < len(s.toks) && list == nil; j++ {
		m := s.mentionAt(j)
		if m == nil || m.from != j || m.poss || s.lower(j-1) != "," {
			continue
		}
		l := s.coordinated(m, len(s.toks))
		v := l[len(l)-1].to
		// (not "Under the Ohrid agreement, ..., Serbia would stop
		// blocking": what a text provides binds no party yet)
		if modals[s.lower(v)] {
			return nil
		}
		if strings.HasPrefix(s.tag(v), "VB") || auxiliaries[s.lower(v)] {
			// (a comma after a list closed by "and" opens the subject:
			// "of the United States, France and Germany, Nigeria")
			start, anded := 0, false
			for i := 1; i < len(l); i++ {
				if w := s.lower(l[i].from - 1); w == "and" || w == "or" {
					anded = true
				} else if w == "," && anded {
					start, anded = i, false
				}
			}
			list = l[start:]
		}
	}
	var out []rel
	for _, x := range list {
		for _, e := range x.ents() {
			if e.typ == schema.Country || e.typ == schema.Organization {
				out = append(out, rel{subj: e, obj: a.ent, pred: schema.PartyTo, rule: "under-agreement", trigFrom: k, trigTo: a.to, factive: true, modality: schema.Asserted, conf: 0.7})
			}
		}
	}
	return out
}

// sharedIsland reads "the Dominican Republic shares the island of
// Hispaniola with Haiti" at the verb i: the two states border each other
// and both lie on the island.
func (s *sentence) sharedIsland(i int) []rel {
	switch s.lower(i) {
	case "shares", "share", "shared", "sharing":
	default:
		return nil
	}
	k := i + 1
	if s.lower(k) == "the" {
		k++
	}
	if s.lower(k) == "island" && s.lower(k+1) == "of" {
		k += 2
	}
	isle := s.mentionAt(k)
	if isle == nil || isle.from != k || isle.ent.typ != schema.Region || s.lower(isle.to) != "with" {
		return nil
	}
	other := s.mentionAt(isle.to + 1)
	if other == nil || other.from != isle.to+1 || other.ent.typ != schema.Country {
		return nil
	}
	var out []rel
	country := func(e *entity) bool { return e.typ == schema.Country }
	for _, m := range s.subjectsBefore(i, s.clauseStart(i), country) {
		if m.ent == other.ent {
			continue
		}
		out = append(out,
			rel{subj: m.ent, obj: other.ent, pred: schema.Borders, rule: "shared-island", trigFrom: i, trigTo: other.to, factive: true, conf: 0.75},
			rel{subj: m.ent, obj: isle.ent, pred: schema.LocatedIn, rule: "shared-island", trigFrom: i, trigTo: isle.to, factive: true, conf: 0.75})
	}
	if len(out) > 0 {
		out = append(out, rel{subj: other.ent, obj: isle.ent, pred: schema.LocatedIn, rule: "shared-island", trigFrom: i, trigTo: other.to, factive: true, conf: 0.75})
	}
	return out
}

// countsAsMember reads "CARICOM counts Haiti as a full member" at the
// verb i: the states named after it are the body's members.
func (s *sentence) countsAsMember(i int) []rel {
	switch s.lower(i) {
	case "counts", "count", "counted", "counting":
	default:
		return nil
	}
	country := func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Region }
	members := s.objectsAfter(i+1, 2, country)
	if len(members) == 0 {
		return nil
	}
	// ("counts Haiti and Suriname among its members")
	k := members[len(members)-1].to
	if s.lower(k) != "as" && s.lower(k) != "among" {
		return nil
	}
	k++
	for n := 0; n < 3 && (s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "its" || s.lower(k) == "one" || s.lower(k) == "of" || s.lower(k) == "full" || s.lower(k) == "founding"); n++ {
		k++
	}
	if w := s.lower(k); w != "member" && w != "members" {
		return nil
	}
	body := func(e *entity) bool { return e.typ == schema.Organization }
	var out []rel
	for _, b := range s.subjectsBefore(i, s.clauseStart(i), body) {
		for _, m := range members {
			for _, e := range m.ents() {
				out = append(out, rel{subj: e, obj: b.ent, pred: schema.MemberOf, rule: "counts-as-member", trigFrom: i, trigTo: k + 1, conf: 0.75})
			}
		}
	}
	return out
}

// fromWhichImports reads "Serbia has close ties with Russia, from which it
// imports most of its natural gas" at the comma i: the buyer, named or the
// clause's subject that "it" stands for, imports from the name before the
// comma.
func (s *sentence) fromWhichImports(i int) []rel {
	if s.lower(i) != "," || s.lower(i+1) != "from" || s.lower(i+2) != "which" {
		return nil
	}
	seller := s.mentionAt(i - 1)
	country := func(e *entity) bool { return e.typ == schema.Country }
	if seller == nil || seller.to != i || !country(seller.ent) || seller.poss {
		return nil
	}
	k := i + 3
	var buyers []*mention
	if m := s.mentionAt(k); m != nil && m.from == k && country(m.ent) && !m.poss {
		buyers, k = []*mention{m}, m.to
	} else if w := s.lower(k); w == "it" || w == "they" {
		buyers, k = s.subjectsBefore(seller.from, s.clauseStart(seller.from), country), k+1
	}
	if s.lower(k) == "also" || s.lower(k) == "still" {
		k++
	}
	if len(buyers) == 0 || !fromWhichVerbs[s.lower(k)] {
		return nil
	}
	var out []rel
	for _, b := range buyers {
		if b.ent != seller.ent {
			out = append(out, rel{subj: b.ent, obj: seller.ent, pred: schema.ImportsFrom, rule: "from-which-imports", trigFrom: i + 1, trigTo: k + 1, clauseFrom: i + 1, conf: 0.7})
		}
	}
	return out
}

// fromWhichVerbs buy from a seller: "from which it imports most of its
// gas", "from which it gets its fuel".
var fromWhichVerbs = setOf(strings.ReplaceAll(importVerbs, ",", " ") + " sources sourced receives received gets got")

// straddles reads "the W National Park, a vast reserve straddling Benin,
// Niger and Burkina Faso" at the verb i: the place before lies in each
// state after.
func (s *sentence) straddles(i int) []rel {
	switch s.lower(i) {
	case "straddles", "straddle", "straddling", "straddled":
	default:
		return nil
	}
	// the place right before, past an apposition's plain words
	var place *mention
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if m := s.mentionAt(k); m != nil {
			if m.to == k+1 && (m.ent.typ == schema.Region || m.ent.typ == schema.Facility || m.ent.typ == schema.City) && !m.poss && !m.demonym {
				place = m
			}
			break
		}
		if !s.plainWord(k) && s.lower(k) != "," && s.lower(k) != "of" {
			break
		}
	}
	if place == nil {
		return nil
	}
	states := s.objectsAfter(i+1, 2, func(e *entity) bool { return e.typ == schema.Country || e.typ == schema.Region })
	var out []rel
	for _, m := range states {
		for _, e := range m.ents() {
			if e != place.ent {
				out = append(out, rel{subj: place.ent, obj: e, pred: schema.LocatedIn, rule: "straddles", trigFrom: i, trigTo: m.from, factive: true, conf: 0.7})
			}
		}
	}
	return out
}

// townParts name the parts of a town: "Johannesburg's Soweto township".
var townParts = setOf(`township district neighbourhood neighborhood suburb quarter`)

// plannedAdjectives make an event noun a plan: "a planned visit".
var plannedAdjectives = setOf(`planned proposed upcoming scheduled forthcoming`)

// partyAdjectives describe a political party: "his centre-right
// Democratic Alliance", "Mickoski's nationalist VMRO-DPMNE party".
var partyAdjectives = setOf(`centre-right center-right centre-left center-left ruling governing opposition nationalist
populist conservative liberal socialist far-right far-left right-wing left-wing hard-line hardline leftist rightist`)

// partyHeads end the names of parties that do not say "Party": "the
// Democratic Alliance", "the Civic Coalition".
var partyHeads = setOf(`alliance coalition front movement union congress league`)

// stateGovNouns are what a country's leader heads: "the head of
// Bangladesh's interim government", "of Niger's junta".
var stateGovNouns = setOf(`government junta regime`)

// stateTitles are the posts of a head of state or government.
var stateTitles = func() map[string]bool {
	m := setOf(`president king queen emir amir sultan chancellor premier monarch shah taoiseach`)
	m["prime minister"], m["crown prince"], m["supreme leader"] = true, true, true
	return m
}()

// titleNameOf reads a titled person followed by the country or body the
// post belongs to: "Prime Minister Jeremiah Manele of the Solomon
// Islands", "analyst Kevin Murphy of Morgan Stanley". For a country the
// post must be a state or cabinet one: "Conference chairman X of
// Thailand" gives the chairman's nationality, not a post.
func (s *sentence) titleNameOf(m *mention, title string, tf int) (rel, bool) {
	if s.lower(m.to) != "of" {
		return rel{}, false
	}
	k := m.to + 1
	if s.lower(k) == "the" {
		k++
	}
	// "of the Zurich-based Institute for Open Markets"
	if b := s.mentionAt(k); b != nil && b.from == k && b.based {
		k = b.to
	}
	// "of the ruling Georgian Dream party": a political word before a
	// party's name
	j := k
	for n := 0; n < 2 && partyAdjectives[s.lower(j)] && !s.toks[j].Cap; n++ {
		j++
	}
	if q := s.mentionAt(j); j > k && q != nil && q.from == j && q.ent.typ == schema.Organization && (q.ent.isParty() || partyNouns[s.lower(q.to)] || partyHeads[s.lower(q.to-1)]) {
		k = j
	}
	o := s.mentionAt(k)
	if o == nil || o.from != k || o.demonym || o.poss || (o.ent.typ != schema.Country && o.ent.typ != schema.Organization) {
		return rel{}, false
	}
	p, ok := roleKind(title)
	if !ok || !p.Accepts(schema.Person, o.ent.typ) || o.ent.typ == schema.Country && !stateTitles[title] && !cabinetTitle(title) {
		return rel{}, false
	}
	return rel{subj: m.ent, obj: o.ent, pred: p, role: title, rule: "title-name-of", trigFrom: tf, trigTo: o.to, factive: true, conf: 0.85}, true
}

// numberWords are the counts written out that stand before a plural noun:
// "the bloc's ten members".
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "all": true,
}

// memberOfTopic reads a membership that names no body: "The United
// States, a founding member, sent ...", "Russia remains a member",
// "Norway is not a member". The body is the last bloc named before, in
// the sentence or the ones before it.
func (d *doc) memberOfTopic(s *sentence, m *mention) (rel, bool) {
	if m.ent.typ != schema.Country || m.demonym || m.poss || m.dateline {
		return rel{}, false
	}
	k := m.to
	apposition := s.lower(k) == ","
	if apposition && (s.lower(k+1) == "which" || s.lower(k+1) == "who") {
		// "Ireland, which is not a member, ..."
		apposition = false
		k += 2
	}
	// "since Cambodia was admitted in 1999": admitted to the bloc
	if (s.lower(k) == "was" || s.lower(k) == "were") && s.lower(k+1) == "admitted" && s.lower(k+2) != "to" && s.lower(k+2) != "into" && s.lower(k+2) != "as" {
		if bloc := d.lastBloc(s, m.from); bloc != nil {
			return rel{subj: m.ent, obj: bloc, pred: schema.MemberOf, rule: "member-of-topic", trigFrom: k, trigTo: k + 2, conf: 0.7}, true
		}
		return rel{}, false
	}
	if apposition {
		k++
	} else {
		// "is", "remains", "has been", "is not", "is also"
		if s.lower(k) == "has" || s.lower(k) == "had" {
			k++
			if s.lower(k) != "been" {
				return rel{}, false
			}
		} else if !copulas[s.lower(k)] {
			return rel{}, false
		}
		k++
		for n := 0; n < 2 && (s.lower(k) == "not" || s.lower(k) == "also" || s.lower(k) == "now" || s.lower(k) == "still" || s.lower(k) == "already" || s.lower(k) == "no" || s.lower(k) == "longer"); n++ {
			k++
		}
	}
	if s.lower(k) != "a" && s.lower(k) != "an" {
		return rel{}, false
	}
	k++
	if memberAdjectives[s.lower(k)] {
		k++
	}
	if s.lower(k) != "member" {
		return rel{}, false
	}
	// "a member of the alliance", "a member state of": the body is named
	if w := s.lower(k + 1); w == "of" || w == "state" || w == "country" || w == "nation" {
		return rel{}, false
	}
	if apposition && s.lower(k+1) != "," {
		return rel{}, false
	}
	bloc := d.lastBloc(s, m.from)
	if bloc == nil {
		return rel{}, false
	}
	r := rel{subj: m.ent, obj: bloc, pred: schema.MemberOf, rule: "member-of-topic", trigFrom: m.to, trigTo: k + 1, conf: 0.7}
	r.factive = apposition
	return r, true
}

// memberAdjectives qualify a member: "a founding member".
var memberAdjectives = setOf(`founding founder full permanent non-permanent key leading core`)

// lastBloc is the last body with members named before token i of s: in
// s, else in the sentences before it.
func (d *doc) lastBloc(s *sentence, i int) *entity {
	bloc := func(m *mention) bool { return d.isBloc(m.ent) }
	var best *entity
	for _, m := range s.ments {
		if m.to <= i && m.ent.typ == schema.Organization && !m.dateline {
			// ("the EC ... before Turkey becomes a full member": another
			// body named in the sentence is no bloc's, not ours to guess)
			if !bloc(m) {
				return nil
			}
			best = m.ent
		}
	}
	if best != nil {
		return best
	}
	return d.lastEarlier(d.relSent, bloc)
}

// theirPostHolders reads "their foreign ministers, A and B" after a pair
// of countries: A holds the post for the first, B for the second.
func (s *sentence) theirPostHolders(m *mention) []rel {
	k := m.to
	tf := k
	for k < len(s.toks) && k < tf+4 && titleWords[s.lower(k)] && pluralPosts[s.lower(k)] == "" {
		k++
	}
	one, ok := pluralPosts[s.lower(k)]
	if !ok || s.lower(k+1) != "," {
		return nil
	}
	title := strings.Join(append(tokLowers(s.toks[tf:k]), one), " ")
	pred, ok := roleKind(title)
	if !ok {
		return nil
	}
	a := s.mentionAt(k + 2)
	if a == nil || a.from != k+2 || a.ent.typ != schema.Person || s.lower(a.to) != "and" {
		return nil
	}
	b := s.mentionAt(a.to + 1)
	if b == nil || b.from != a.to+1 || b.ent.typ != schema.Person {
		return nil
	}
	c1, c2 := s.pairBefore(m.from)
	if c1 == nil || c2 == nil || c1 == c2 || c1.typ != schema.Country || c2.typ != schema.Country || !pred.Accepts(schema.Person, schema.Country) {
		return nil
	}
	return []rel{
		{subj: a.ent, obj: c1, pred: pred, role: title, rule: "their-post-holders", trigFrom: m.from, trigTo: a.from, factive: true, conf: 0.7},
		{subj: b.ent, obj: c2, pred: pred, role: title, rule: "their-post-holders", trigFrom: m.from, trigTo: b.from, factive: true, conf: 0.7},
	}
}

// postPluralBefore returns the post, made singular, whose holders the
// clause before token i names in the plural ("The energy ministers of
// the three countries, ...": "energy minister"), so that the people
// listed after it hold that post.
func (s *sentence) postPluralBefore(i int) (string, bool) {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		w := s.lower(k)
		if w == "." || w == ";" || s.tag(k) == "VBD" || s.tag(k) == "VBZ" || s.tag(k) == "VBP" {
			return "", false
		}
		if one, ok := pluralPosts[w]; ok {
			words := []string{one}
			// ("Prime Ministers Zhao Ziyang of China and ...": capitals
			// when the plural has one)
			for j := k - 1; j >= 0 && titleWords[s.lower(j)] && (!s.toks[j].Cap || s.toks[k].Cap && s.mentionAt(j) == nil); j-- {
				words = append([]string{s.lower(j)}, words...)
			}
			return strings.Join(words, " "), true
		}
	}
	return "", false
}

// pluralPosts are the plurals of posts a state's people hold, with
// their singulars.
var pluralPosts = map[string]string{
	"ministers": "minister", "envoys": "envoy", "ambassadors": "ambassador", "negotiators": "negotiator",
	"diplomats": "diplomat", "officials": "official", "secretaries": "secretary", "spokesmen": "spokesman",
	"chiefs": "chief", "commanders": "commander", "delegates": "delegate", "representatives": "representative",
	"presidents": "president", "leaders": "leader",
}

// listEnd are the tokens that can follow a member of a list.
var listEnd = setOf(`, and . ; ) or`)

// stateNoun tells whether w names a state or states: "country",
// "nations", "neighbours".
func stateNoun(w string) bool {
	return countryNouns[w] || stateNouns[w]
}

// stateNouns name a state or states beside countryNouns.
var stateNouns = setOf(`state states countries nations neighbours neighbors republics kingdoms monarchies democracies`)

// nameOnlyHome reports whether the place home, read from the name of
// the body e, does not say where e is: a region the name is about ("the
// Development Bank of Latin America" sits in Caracas, "the Center for
// Eurasian Connectivity" in Tashkent) or one of the two countries a joint
// body is named for ("the Tanzania-Zambia Railway Authority", "the
// Tunisian-Saudi Investment Company"). (A state or province does: "the
// University of Iowa".)
func (d *doc) nameOnlyHome(e, home *entity) bool {
	if home.typ == schema.Region && !placeTitle(home) {
		return true
	}
	a, b, ok := strings.Cut(strings.Fields(e.name)[0], "-")
	return ok && d.countryWord(a) && d.countryWord(b)
}

// namedAfter reports whether body e's own name holds its home's name or
// demonym: "the Chinese Foreign Ministry", "Kenya Revenue Authority",
// "University of Belize". That it is based there is what the name says,
// which the news gold leaves out (as it leaves out facts implied by
// names); a home from outside the name ("Kazakhstan's state shipping
// firm Kazmortransflot", "Zico, a British Virgin Islands company") is
// stated.
func (d *doc) namedAfter(e, home *entity) bool {
	if home.entry == nil {
		return false
	}
	for _, w := range strings.FieldsFunc(e.name, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' || r == ',' }) {
		if x, ok := d.g.Lookup(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")); ok && x.ID == home.entry.ID {
			return true
		}
	}
	return strings.Contains(strings.ToLower(e.name), strings.ToLower(home.name))
}

// countryWord reports whether w alone names a country or is its demonym.
func (d *doc) countryWord(w string) bool {
	e, ok := d.g.Lookup(w)
	return ok && e.Type == schema.Country
}

// hyphenSides returns the states and bodies an agreement's name opens
// with, joined by hyphens, past a year ("2016 EU-Turkey Statement");
// else nil.
func (d *doc) hyphenSides(s *sentence, m *mention) []*entity {
	k := m.from
	if isYear(s.lower(k)) && k+1 < m.to {
		k++
	}
	if k+1 >= m.to {
		return nil
	}
	return d.hyphenParties(s.toks[k].Text)
}

// companyName reports whether a name ends in a company's word: "EBC Amro
// Bank Ltd", "Bond Corp".
func companyName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && companyHeads[f[len(f)-1]]
}
