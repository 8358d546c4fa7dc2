package rules

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/gazetteer"
	"github.com/kg-project/kg/ingest/pos"
	"github.com/kg-project/kg/schema"
)

// entity is one entity of a document: from the gazetteer or discovered in
// the text.
type entity struct {
	name    string
	typ     schema.EntityType
	entry   *gazetteer.Entry // nil when discovered
	aliases map[string]bool
	leads   *entity // the country or organization a person heads, when known
	party   bool    // a political party ("the Frelimo party"), besides the gazetteer's
}

// isParty reports a political party: the gazetteer says so, its name says
// so ("Christian Democratic Party"), or the text calls it one.
func (e *entity) isParty() bool {
	if e.typ != schema.Organization {
		return false
	}
	if e.party || e.entry != nil && e.entry.Party {
		return true
	}
	if e.entry != nil {
		return false
	}
	ws := strings.Fields(e.name)
	// ("Frente Guasu", "Partido Liberal": a front, a party; "Pangu Pati",
	// "Parti Socialiste": "party" in Tok Pisin and French)
	return slices.Contains(ws, "Party") || slices.Contains(ws, "Pati") || slices.Contains(ws, "Parti") || len(ws) > 1 && (strings.EqualFold(ws[0], "Partido") || strings.EqualFold(ws[0], "Frente"))
}

// groupNameNouns, in lower case after a name, are part of a criminal
// group's name: "the Sinaloa cartel" is the Sinaloa Cartel (a gang's
// noun is not: "the Gran Grif gang" is Gran Grif).
var groupNameNouns = setOf(`cartel`)

// groupNamed reports whether the name at toks[from:to] opens a criminal
// group's name, its noun right after it: "the Sinaloa cartel".
func groupNamed(toks []Token, from, to int) bool {
	return from > 0 && toks[from-1].Lower == "the" && to < len(toks) && groupNameNouns[toks[to].Text]
}

// markParties marks the organizations the text calls parties: "the
// Frelimo party", "its sister party the Christian Social Union".
func (d *doc) markParties() {
	// "Petro's Historic Pact party": a name that "party" follows is a
	// party's, though its own words make it read as an agreement
	var retyped map[*entity]*entity
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.ent.typ == schema.Agreement && m.ent.entry == nil && s.lower(m.to) == "party" && !m.poss {
				if retyped == nil {
					retyped = map[*entity]*entity{}
				}
				retyped[m.ent] = d.discovered(schema.Organization, m.ent.name)
			}
		}
	}
	d.retype(retyped)
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.ent.typ != schema.Organization {
				continue
			}
			// "the X party", "its sister party (the) X"
			before := m.from - 1
			if s.lower(before) == "the" {
				before--
			}
			if s.lower(m.to) == "party" || s.lower(before) == "party" && s.tag(before-1) != "DT" {
				m.ent.party = true
			}
		}
	}
}

func (e *entity) schemaEntity(g *gazetteer.Gazetteer) schema.Entity {
	if e.entry != nil {
		se := g.Entity(e.entry)
		return se
	}
	se := schema.Entity{Name: e.name, Type: e.typ}
	for a := range e.aliases {
		if a != e.name {
			se.Aliases = append(se.Aliases, a)
		}
	}
	return se
}

// mention is a reference to an entity in a sentence, over tokens
// [from, to).
type mention struct {
	from, to  int
	ent       *entity
	members   []*entity // for group mentions ("the two countries"): the entities referred to
	demonym   bool      // an adjective ("Azerbaijani President"), not a noun phrase
	actor     bool      // a collective that acts for its country ("Azerbaijani officials")
	title     string    // title words right before a person ("special envoy")
	poss      bool      // followed by a possessive 's
	stands    *entity   // the country a person stands for ("the administration of President X")
	pronoun   bool      // "its", "it", "their": a reference, not a name
	adj       bool      // an actor made from a demonym ("Israeli military")
	dateline  bool      // part of a dateline ("BAKU (Reuters) –")
	absorbed  bool      // taken into a longer name ("American" in "American Motors Corp")
	backer    bool      // "Rwanda-backed": supports the name after it, acts in no clause
	broker    bool      // "U.S.-brokered" (also a backer): brokered the agreement after it
	linked    bool      // "al Qaeda-linked": a tie of the name after it, acts in no clause
	occupier  bool      // "Israeli-occupied": holds the place after it (linked too)
	based     bool      // "Pakistan-based": where the name after it is, acts in no clause
	home      *entity   // the country an organization's name places it in
	capitalOf *entity   // "the Iraqi capital": the country whose capital it names
	basedAt   *entity   // "the Manila-based lender": where the body referred to is
}

// ents returns the entities a mention stands for.
func (m *mention) ents() []*entity {
	if len(m.members) > 0 {
		return m.members
	}
	if m.stands != nil {
		return []*entity{m.stands}
	}
	return []*entity{m.ent}
}

type sentence struct {
	Sentence
	toks  []Token
	ments []*mention
	times []Timex
	tags  []string // part-of-speech tags, filled on first use (sentence.tag)

	datelineEnd int // the dash that ends a dateline opening the sentence, or 0

	outlet [2]*entity // a monitoring source line's outlet and its place (sourceline.go)

	credit bool // a wire story's staff credit: "(Reporting by ...; Editing by ...)"
}

// currencyPrefix reports whether token i opens a currency's sign, as
// "NZ" in "NZ$48 million": no name.
func currencyPrefix(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Text == "$" && toks[i+1].Start == toks[i].End
}

// creditLine reports whether toks are a wire story's staff credit, which
// names reporters and editors, not the story's people: "(Reporting by
// Danish Raza Malik; Editing by Helen Ward)", "Writing by ...".
func creditLine(toks []Token) bool {
	i := 0
	if i < len(toks) && toks[i].Text == "(" {
		i++
	}
	if i < len(toks) && toks[i].Lower == "additional" {
		i++
	}
	if i+1 < len(toks) && creditWords[toks[i].Lower] && toks[i].Cap && toks[i+1].Lower == "by" {
		return true
	}
	// "Associated Press writer Dana Levinson in Jerusalem contributed to
	// this report."
	n := len(toks)
	for n > 0 && !toks[n-1].Word {
		n--
	}
	return n >= 4 && toks[n-4].Lower == "contributed" && toks[n-3].Lower == "to" && toks[n-2].Lower == "this" && toks[n-1].Lower == "report" ||
		n >= 2 && toks[n-2].Lower == "contributed" && toks[n-1].Lower == "reporting"
}

var creditWords = setOf(`reporting writing editing compiled`)

// doc is the state of one document's analysis.
type doc struct {
	g     *gazetteer.Gazetteer
	text  string
	pub   time.Time
	now   time.Time // pub, or the extractor's Now when the date is unknown
	ents  map[string]*entity
	sents []*sentence

	// discourse memory
	lastCountries      []*entity       // most recent first
	countryCount       map[*entity]int // how often each country has been named
	lastPerson         *entity
	lastPeople         []*entity    // the first two people of a recent sentence that named two
	lastPeopleAt       int          // the sentence number of lastPeople
	relSent            int          // the sentence the relation rules are reading, from 1
	govs               []govMention // countries whose officials were titled, in order
	dom                *entity      // dominantCountry, once domDone
	domDone            bool
	serves             map[*entity]*entity  // the country a titled official serves
	signsFor           map[*entity]*entity  // the country a minister or envoy signs for
	groupRegion        map[*mention]*entity // "the two Caucasus nations" -> Caucasus
	groupBloc          map[*mention]*entity // "the two NATO allies" -> NATO
	lastGroup          []*entity            // the last pair of countries named together
	lastList           []*entity            // the last list of countries named together
	titled             map[string]*entity   // the last person named with a leader's title ("president")
	lastListAt         int                  // the sentence number of lastList
	lastGroupAt        int                  // the sentence number of lastGroup
	groups             [][2]*entity         // every pair of countries named together, in order
	groupCount         map[[2]*entity]int   // how often each pair was named together (key: groupKey)
	subjectGroup       []*entity            // the countries or people a sentence opened with, coordinated
	subjectGroupAt     int                  // the sentence number of subjectGroup
	cur                int                  // the sentence being resolved, from 1
	lastAgreement      *entity
	lastOrganization   *entity
	lastOrganizationAt int        // the sentence it was named in
	lastAccusation     [2]*entity // the accuser and the accused of the last accusation read
	lastAccusationAt   int        // the sentence number of lastAccusation

	pairs *PairModel // the learned pair classifier, nil when off
}

func entKey(t schema.EntityType, name string) string { return string(t) + "|" + strings.ToLower(name) }

func (d *doc) fromEntry(e *gazetteer.Entry) *entity {
	k := "gz|" + e.ID
	if x, ok := d.ents[k]; ok {
		return x
	}
	x := &entity{name: e.Name, typ: e.Type, entry: e}
	d.ents[k] = x
	d.ents[entKey(e.Type, e.Name)] = x
	return x
}

func (d *doc) discovered(t schema.EntityType, name string) *entity {
	return d.discoveredAs(t, name, name)
}

// discoveredAs is discovered for a name that the document may also give
// as key: "Hasakah province" and "Hasakah" are one region, named as it
// is first met.
func (d *doc) discoveredAs(t schema.EntityType, name, key string) *entity {
	k := entKey(t, key)
	if x, ok := d.ents[k]; ok {
		return x
	}
	x := &entity{name: name, typ: t, aliases: map[string]bool{}}
	d.ents[k] = x
	return x
}

// dropDateline marks the mentions of a dateline that opens a sentence:
// "BAKU (Reuters) – ...", "SALVADOR, Feb 26 - ...". The place says where
// the story was filed, not who acts in it: such mentions are never the
// arguments of verbs, but "DAYTON, Ohio" still places Dayton in Ohio.
func dropDateline(end int, ms []*mention) []*mention {
	if end == 0 {
		return ms
	}
	for _, m := range ms {
		if m.from < end {
			m.dateline = true
		}
	}
	return ms
}

// datelineEnd returns the index of the dash that ends a dateline opening
// toks ("BAKU (Reuters) –", "SALVADOR, Feb 26 -"), or 0.
func datelineEnd(toks []Token) int {
	// ("LA PAZ, Nov 12 (Agency) -": a town of two short words)
	if len(toks) < 3 || !allCaps(toks[0].Text) && !(toks[1].Word && allCaps(toks[0].Text+toks[1].Text)) {
		return 0
	}
	for i := 1; i < len(toks) && i < 12; i++ {
		w := toks[i].Text
		if w == "-" || w == "–" || w == "—" || w == "--" {
			return i
		}
		// "MUSCAT: Iran and the United States held ...": a town in
		// capitals and a colon
		if w == ":" && i <= 4 {
			for _, t := range toks[:i] {
				if !allCaps(t.Text) || !t.Word && t.Text != "," {
					return 0
				}
			}
			return i
		}
	}
	return 0
}

// shouting reports whether toks are a line in capitals, as a headline
// may be: four or more words, none with a lower-case letter.
func shouting(toks []Token) bool {
	words := 0
	for _, t := range toks {
		if !t.Word {
			continue
		}
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
		}
		if unicode.IsLetter([]rune(t.Text)[0]) {
			words++
		}
	}
	return words >= 4
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 3
}

// tidyMentions leaves the title words of a titled alias ("Crown Prince
// Mohammed") outside the mention, where the title rules read them, and
// joins adjacent mentions of one entity ("Crown Prince Mohammed" + "bin
// Salman").
func tidyMentions(toks []Token, ms []*mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if m.ent.typ == schema.Person {
			// (not a first name that is a title too: "Amir Khan Muttaqi")
			for m.to-m.from > 1 && titleWords[toks[m.from].Lower] && toks[m.from].Lower != "of" && !strings.HasPrefix(strings.ToLower(m.ent.name), toks[m.from].Lower+" ") {
				m.from++
			}
		}
		if n := len(out); n > 0 && out[n-1].ent == m.ent && out[n-1].to == m.from && !out[n-1].demonym && !m.demonym {
			out[n-1].to = m.to
			continue
		}
		out = append(out, m)
	}
	return out
}

// backedSuffixes say a hyphenated word's first part supports what it
// modifies ("Rwanda-backed", "Iranian-funded"); basedSuffixes that it
// places it ("Pakistan-based", "Doha-headquartered").
var (
	backedSuffixes = []string{"-backed", "-supported", "-funded", "-sponsored", "-armed"}
	// brokeredSuffixes say the first part brokered the agreement the word
	// modifies: "the U.S.-brokered Washington Accords"; such a word
	// acts in no clause either (it is a backer's too)
	brokeredSuffixes = []string{"-brokered", "-mediated"}
	basedSuffixes    = []string{"-based", "-headquartered"}
	// linkedSuffixes tie what a word modifies to its first part, which
	// does not act for it: "the al Qaeda-linked JNIM has blockaded".
	linkedSuffixes = []string{"-linked", "-affiliated", "-aligned", "-allied", "-inspired", "-flagged", "-registered"}
	// occupiedSuffixes say the first part holds what the word modifies:
	// "the Israeli-occupied Golan Heights", "Russian-controlled Kherson"
	occupiedSuffixes = []string{"-occupied", "-controlled", "-annexed"}
)

// adjectiveStem reports whether a capitalized word before "-based" is
// an adjective or a faith rather than a town: "Californian", "Moslem".
func adjectiveStem(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"ian", "ese", "ish", "ean", "ic", "ist"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return faiths[l]
}

// faiths name religions and their followers.
var faiths = setOf(`moslem muslim islam christian catholic protestant orthodox jewish hindu sikh buddhist shia shiite sunni`)

// bodyHeadAhead reports whether the capitalized words from token j end
// in an organization's head: "Union" in "Swiss Farmers' Union".
func (s *sentence) bodyHeadAhead(j int) bool {
	for ; j < len(s.toks) && nameTok(s.toks[j]) && s.mentionAt(j) == nil; j++ {
		if orgHeads[s.toks[j].Lower] && !(j+1 < len(s.toks) && nameTok(s.toks[j+1])) {
			return true
		}
	}
	return false
}

// schoolHeads end the names of schools a country's name may open:
// "Kuwait University".
var schoolHeads = setOf(`university college academy polytechnic`)

// compoundPrefixes open hyphenated words without naming a place:
// "Pro-Russian", "Trans-Caspian", "Franco-German" (a combining form).
var compoundPrefixes = setOf(`pro anti pan trans ex non post pre mid neo sub inter intra euro afro`)

// partOfCompound reports whether a known name at start..end is one part of
// a hyphenated name whose other part is an unknown capitalized word:
// "Crans-Montana", "Saint-Denis". A part that modifies ("Russia-backed",
// "Kremlin-Linked" in a headline), a prefix or a combining form ("Sino-")
// leaves the name alone.
func partOfCompound(text string, tok Token, start, end int) bool {
	var rest string
	switch {
	case start > tok.Start && text[start-1] == '-':
		rest = text[tok.Start : start-1]
	case end < tok.End && text[end] == '-':
		rest = text[end+1 : tok.End]
	default:
		return false
	}
	if strings.Contains(rest, "-") || len(rest) < 3 || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	w := strings.ToLower(rest)
	return !compoundPrefixes[w] && !strings.HasSuffix(w, "o") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// languageSuffixes make a demonym a language: "Spanish-language",
// "French-speaking".
var languageSuffixes = []string{"-language", "-speaking", "-speaker", "-speakers"}

// memberHouses name the members after "House of" or "Chamber of" that
// make it a legislature: "House of Representatives", "Chamber of Deputies".
var memberHouses = setOf(`representatives deputies commons lords councillors councilors delegates peers senators`)

// ledSuffixes make a word before a name a modifier, never a name of its
// own: "the Kurdish-led Syrian Democratic Forces" (and every tie of
// linkedSuffixes and place of basedSuffixes).
var ledSuffixes = slices.Concat([]string{"-led", "-backed", "-funded", "-sponsored", "-brokered", "-mediated", "-controlled", "-run", "-owned", "-dominated"}, linkedSuffixes, basedSuffixes)

// hyphenSuffix reports whether w ends in one of sufs after a first part.
func hyphenSuffix(w string, sufs []string) bool {
	for _, suf := range sufs {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// dropInnerAliases drops a known body's one-word alias that is the head
// of a longer capitalized name: "National Congress" is Guatemala's, not
// the U.S. Congress, and "State Senate" is no U.S. Senate. The discovery
// of unknown names then reads the whole name, with a town or region
// before it ("Texas Senate"); a country or demonym before it keeps the
// alias ("American Congress").
func (s *sentence) dropInnerAliases() []*mention {
	toks, ms := s.toks, s.ments
	out := ms[:0]
	for k, m := range ms {
		if m.to-m.from == 1 && m.from > 0 && !m.demonym && m.ent.typ == schema.Organization && orgHeads[toks[m.from].Lower] {
			p := toks[m.from-1]
			var prev *mention
			if k > 0 && ms[k-1].to == m.from {
				prev = ms[k-1]
			}
			switch {
			case prev != nil && (prev.ent.typ == schema.Region || prev.ent.typ == schema.City) && !prev.demonym && !prev.poss && p.End < toks[m.from].Start:
				continue // "Texas Senate": discovery joins the place to the head
			case prev == nil && p.Word && p.Cap && !allCaps(p.Text) && !notNames[p.Lower] && !partyWords[p.Lower] && p.End < toks[m.from].Start &&
				(strings.HasPrefix(s.tag(m.from-1), "NN") || s.tag(m.from-1) == "JJ"): // not "Noting Fed ..."
				continue // "National Congress"
			}
		}
		// "Liberal Democratic Party" is Japan's, not the U.S. Democratic
		// Party: a party's name with a capitalized word before it
		if m.to-m.from >= 2 && m.from > 0 && !m.demonym && m.ent.typ == schema.Organization && toks[m.to-1].Lower == "party" && (k == 0 || ms[k-1].to < m.from) {
			if p := toks[m.from-1]; p.Word && p.Cap && !allCaps(p.Text) && !notNames[p.Lower] && !titleWords[p.Lower] && p.End < toks[m.from].Start {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// titleAfterBody reports whether token i opens a title after a body's
// head word, and a person's name follows: "National Congress |
// President Vinicio Villar Anleu".
func (s *sentence) titleAfterBody(i int) bool {
	w := s.lower(i - 1)
	// "Conagua Director Efrain Morales", "Pemex Director X": one unknown
	// word, no portfolio ("Energy Minister") nor title, names the body
	// (not "West German Farm Minister": a portfolio after a country)
	if i > 0 && s.toks[i].Cap && titleWords[s.toks[i].Lower] && s.toks[i-1].Cap && s.mentionAt(i-1) == nil && (i == 1 || !nameTok(s.toks[i-2])) &&
		!titleWords[w] && !honorifics[w] && !genericOrgWords[w] && !portfolioOnly[w] && !notNames[w] && !nameParticles[w] && !officeWords[w] && s.bodyWord(i-1) &&
		s.toks[i].Lower != "general" && !nameTitles[s.toks[i].Lower] && s.titledName(i) {
		k := i
		for k < len(s.toks) && s.toks[k].Cap && titleWords[s.toks[k].Lower] {
			k++
		}
		_, ok := roleKind(strings.Join(tokLowers(s.toks[i:k]), " "))
		return ok
	}
	// ("Trade Cabinet Secretary Lee Kinyanjui", "Natural Resources
	// Minister Ana Lopes": one title)
	// ("Kinmen County Magistrate Chen Fu-hai", "Kansas City Mayor
	// Quinton Lucas": a local unit's name before its office)
	return i > 0 && s.toks[i].Cap && titleWords[s.toks[i].Lower] && (orgHeads[w] || localUnits[w] && i >= 2 && s.toks[i-2].Cap) && !companyHeads[w] && !adjectiveHead(w) && s.titledName(i) &&
		!(w == "cabinet" && s.toks[i].Lower == "secretary") && !portfolioHeads[w]
}

// nameTitles are rulers' titles that are also parts of people's names:
// "Ahmad Shah Sultani" is one person, not the shah of a body "Ahmad".
var nameTitles = setOf(`shah sultan sheikh emir pasha begum`)

// localUnits end the name of a town or a province that may come before
// its officer's title.
var localUnits = setOf(`county city province prefecture municipality district`)

// portfolioHeads are body heads that also end a minister's portfolio:
// "Natural Resources Minister", "Transport and Logistics Minister".
var portfolioHeads = setOf(`resources logistics railways`)

// titledName reports whether the capitalized words from i are title
// words and then a person's name: "President Vinicio Villar Anleu", not
// "National Bank of Florida".
func (s *sentence) titledName(i int) bool {
	k := i
	for k < len(s.toks) && s.toks[k].Cap && titleWords[s.toks[k].Lower] {
		k++
	}
	n := k
	for n < len(s.toks) && nameTok(s.toks[n]) && s.mentionAt(n) == nil {
		if institutionWord(s.toks[n].Lower) {
			return false
		}
		n++
	}
	return n > k && personLike(s.toks[k:n])
}

// officeWords open a title or a portfolio, not a body's name:
// "Comptroller General", "Presidency Minister", "Junior Minister".
var officeWords = setOf(`comptroller surgeon inspector auditor solicitor attorney economics economy presidency junior senior chief acting interim`)

// bodyWord reports whether the capitalized word at token k may be a
// body's name on its own: an acronym ("NYMEX"), or a word tagged a
// proper noun that the dictionary does not know as another part of
// speech ("Conagua"), not an adjective or a common noun ("Postal",
// "Retired", "Majority") nor a demonym ("Ecuadorean").
func (s *sentence) bodyWord(k int) bool {
	t := s.toks[k]
	if allCaps(t.Text) && len(t.Text) >= 2 {
		return true
	}
	if strings.Contains(t.Text, "-") || strings.HasSuffix(t.Lower, "an") || strings.HasSuffix(t.Lower, "ese") || strings.HasSuffix(t.Lower, "ish") || strings.HasSuffix(t.Lower, "ic") ||
		strings.HasSuffix(t.Lower, "al") || strings.HasSuffix(t.Lower, "ed") || s.tag(k) != "NNP" {
		return false
	}
	tag, ok := pos.Default().DictTag(t.Lower)
	return !ok || tag == "NNP"
}

// adjectiveHead reports whether an organization's head word is an
// adjective that also opens titles: "Treasury Financial Secretary",
// "Federal Reserve", "National Security Adviser".
func adjectiveHead(w string) bool {
	return strings.HasSuffix(w, "ial") || w == "national" || w == "federal" || w == "central" || w == "general"
}

// partyWords before a body's name say who holds it, not which body it is:
// "the Republican Congress".
var partyWords = map[string]bool{"republican": true, "democratic": true, "democrat": true, "conservative": true, "liberal": true, "communist": true}

// gatheringNouns end the names of meetings ("the Senior Officials
// Meeting"): left alone after a title word, no person's name.
var gatheringNouns = setOf(`meeting summit conference session dialogue talks`)

// titleBodyAdjectives are title words that open bodies' names too
// ("National League for Democracy", "Supreme Council of National Defence").
var titleBodyAdjectives = map[string]bool{
	"national": true, "supreme": true, "special": true, "state": true, "general": true, "interim": true,
}

// tokenSpan maps a byte span onto the tokens of s.
func tokenSpan(toks []Token, start, end int) (int, int, bool) {
	from, to := -1, -1
	for i, t := range toks {
		if from < 0 && t.End > start {
			from = i
		}
		if t.Start < end {
			to = i + 1
		}
	}
	if from < 0 || to <= from {
		return 0, 0, false
	}
	return from, to, true
}

// analyze segments the text, finds mentions and resolves them.
func (d *doc) analyze() {
	sents := Segment(d.text)
	matches := d.g.Match(d.text)
	demonyms := d.demonymChoices(matches)
	mi := 0
	anchor := 0 // the last year the text gave, for "that December"
	for _, ss := range sents {
		s := &sentence{Sentence: ss, toks: Tokenize(ss.Text, ss.Start)}
		if s.credit = creditLine(s.toks); s.credit {
			d.sents = append(d.sents, s)
			continue
		}
		for mi < len(matches) && matches[mi].Start < ss.Start {
			mi++
		}
		for k := mi; k < len(matches) && matches[k].End <= ss.End; k++ {
			m := matches[k]
			from, to, ok := tokenSpan(s.toks, m.Start, m.End)
			if !ok {
				continue
			}
			if n := len(s.ments); n > 0 && s.ments[n-1].to > from {
				continue // two matches in one hyphenated token
			}
			// (two known names share the token: "Tanzania-Zambia")
			shared := k > 0 && matches[k-1].End > s.toks[from].Start && matches[k-1].End <= m.Start ||
				k+1 < len(matches) && matches[k+1].Start < s.toks[from].End && matches[k+1].Start >= m.End
			if to-from == 1 && !shared && partOfCompound(d.text, s.toks[from], m.Start, m.End) {
				continue // "Crans-Montana" is no Montana
			}
			// "Prince Abdulaziz bin Salman": a known name opening with a
			// particle ("bin Salman") right after a name is the end of
			// another person's name
			if m.Entry.Type == schema.Person && from > 0 && (nameParticles[s.toks[from].Lower] || !s.toks[from].Cap) && nameTok(s.toks[from-1]) && s.toks[from-1].Cap &&
				!titleWords[s.toks[from-1].Lower] && (len(s.ments) == 0 || s.ments[len(s.ments)-1].to < from) {
				continue
			}
			// "Yoon Da-hye", "Xi Mingze": a known person's surname that
			// opens the known name, followed by another given name, is
			// another person of that family
			if m.Entry.Type == schema.Person && to-from == 1 && to < len(s.toks) && nameTok(s.toks[to]) && s.toks[to].Cap && s.toks[to-1].End < s.toks[to].Start &&
				!titleWords[s.toks[to].Lower] && !(k+1 < len(matches) && matches[k+1].Start == s.toks[to].Start) {
				if rest, ok := strings.CutPrefix(m.Entry.Name, s.toks[from].Text+" "); ok && !strings.HasPrefix(strings.ToLower(rest), strings.ToLower(strings.SplitN(s.toks[to].Text, "-", 2)[0])) {
					continue
				}
			}
			if currencyPrefix(s.toks, to-1) {
				continue // "US$5 million"
			}
			// "the Sudanese army-led government": a body's name made of a
			// demonym and a word that only opens a "-led" compound is the
			// demonym alone
			if to-from >= 2 && m.Entry.Type == schema.Organization && s.toks[to-1].End > m.End && hyphenSuffix(s.toks[to-1].Lower, ledSuffixes) {
				if e, ok := d.g.IsDemonym(s.toks[from].Text); ok {
					m = gazetteer.Match{Start: s.toks[from].Start, End: s.toks[from].End, Entry: e, Demonym: true, Text: s.toks[from].Text}
					to = from + 1
				} else if w := s.toks[from+1].Lower; w == "'s" || w == "’s" {
					// "Sudan's army-led government": the country's
					if e, ok := d.g.Lookup(s.toks[from].Text); ok && e.Type == schema.Country {
						m = gazetteer.Match{Start: s.toks[from].Start, End: s.toks[from].End, Entry: e, Text: s.toks[from].Text}
						to = from + 1
					}
				}
			}
			// "the Philippine Senate" is no U.S. Senate: a bare alias of
			// one country's body after another country's name
			// ("the Iran-aligned Houthis": a tie, not a country's body)
			if n := len(s.ments); n > 0 && m.Entry.Type == schema.Organization && m.Entry.Country != "" && s.ments[n-1].to == from && s.ments[n-1].ent.typ == schema.Country &&
				s.ments[n-1].ent.entry != nil && s.ments[n-1].ent.entry.ID != m.Entry.Country && !s.ments[n-1].poss && !s.ments[n-1].backer && !s.ments[n-1].based && !s.ments[n-1].linked {
				continue
			}
			// "the Commonwealth of Massachusetts" is no Commonwealth of
			// Nations: a body's short alias before "of" and a name opens a
			// longer name of something else
			if m.Entry.Type == schema.Organization && !strings.EqualFold(strings.TrimPrefix(m.Text, "the "), m.Entry.Name) && to+1 < len(s.toks) && s.toks[to].Lower == "of" && s.toks[to+1].Cap {
				continue
			}
			// "the Gulf of Finland" is no Persian Gulf ("the Gulf")
			if waterHeads[s.toks[to-1].Lower] && to+1 < len(s.toks) && s.toks[to].Lower == "of" && s.toks[to+1].Cap && m.Entry.Type == schema.Region && !strings.Contains(strings.ToLower(m.Entry.Name), " of ") {
				continue
			}
			if m.Demonym && hyphenSuffix(s.toks[to-1].Lower, languageSuffixes) {
				continue // "a Spanish-language broadcaster" is no Spanish one
			}
			// "PNG's Western Province", "Zambia's Eastern Province": a
			// compass adjective opening a region's name is no demonym
			if m.Demonym && to-from == 1 && compassAdjectives[s.toks[from].Lower] && to < len(s.toks) && s.toks[to].Cap && regionHeads[s.toks[to].Lower] {
				continue
			}
			broker := hyphenSuffix(s.toks[to-1].Lower, brokeredSuffixes)
			backer, based := broker || hyphenSuffix(s.toks[to-1].Lower, backedSuffixes), hyphenSuffix(s.toks[to-1].Lower, basedSuffixes)
			occupier := hyphenSuffix(s.toks[to-1].Lower, occupiedSuffixes)
			linked := occupier || hyphenSuffix(s.toks[to-1].Lower, linkedSuffixes)
			// "U.S.-backed", "U.S.-flagged": the tokenizer splits the
			// hyphen off after an abbreviation's period
			if to+1 < len(s.toks) && s.toks[to].Text == "-" && s.toks[to-1].End == s.toks[to].Start && s.toks[to].End == s.toks[to+1].Start {
				suf := "-" + s.toks[to+1].Lower
				if k, b, h, l, o := slices.Contains(brokeredSuffixes, suf), slices.Contains(backedSuffixes, suf), slices.Contains(basedSuffixes, suf), slices.Contains(linkedSuffixes, suf), slices.Contains(occupiedSuffixes, suf); k || b || h || l || o {
					broker, backer, based, linked, occupier = k, b || k, h, l || o, o
					to += 2
				}
			}
			entry := m.Entry
			// "the European commissioner for enlargement": the EU's
			if m.Demonym && entry.ID == "europe" && to < len(s.toks) && (s.toks[to].Lower == "commissioner" || s.toks[to].Lower == "commissioners") {
				if eu, ok := d.g.Get("eu"); ok {
					entry = eu
				}
			}
			if e := demonyms[strings.ToLower(m.Text)]; m.Demonym && e != nil {
				entry = e
			}
			// "the Jalisco cartel": a state or a town naming a criminal
			// group is part of the group's name, not the place acting
			if (entry.Type == schema.Region || entry.Type == schema.City) && !m.Demonym && groupNamed(s.toks, from, to) {
				s.ments = append(s.ments, &mention{from: from, to: to + 1, ent: d.discovered(schema.Organization, spanText(d.text, s.toks, from, to+1))})
				continue
			}
			s.ments = append(s.ments, &mention{from: from, to: to, ent: d.fromEntry(entry), demonym: m.Demonym, backer: backer, broker: broker, based: based, linked: linked, occupier: occupier})
		}
		s.datelineEnd = datelineEnd(s.toks)
		s.ments = tidyMentions(s.toks, s.dropInnerAliases())
		d.cityProvinces(s)
		s.times = FindTimes(s.toks, d.pub)
		s.times, anchor = anaphoricTimes(s.toks, s.times, anchor)
		d.sents = append(d.sents, s)
	}
	// People and organizations outside the gazetteer, then within-document
	// resolution of short names.
	for _, s := range d.sents {
		if o, p := d.sourceLine(s); o != nil {
			s.outlet = [2]*entity{o.ent, p.ent}
		}
		if s.credit {
			continue
		}
		d.placeFirstNames(s)
		d.otherTowns(s)
		d.placeAgreements(s)
		d.agreementBodies(s)
		d.sidesAgreements(s)
		d.discover(s)
		d.placePrefixes(s)
		d.foreignBodies(s)
		d.longerTownNames(s)
		// the dateline's names, found in the gazetteer or here ("ERBIL
		// (Kurdistan24) –"), marked once all are found
		s.ments = dropDateline(s.datelineEnd, s.ments)
	}
	known := d.fullNames()
	acronyms := d.acronyms()
	for _, s := range d.sents {
		d.resolveShort(s, known)
		d.resolveAcronyms(s, acronyms)
	}
	d.markGroups()
	for _, s := range d.sents {
		d.resolveReferences(s)
	}
	d.markParties()
}

// markGroups retypes a name no list knows, read as a person's, that the
// text shows to be a group: "fighters of Jamaat Ansarullah", "Jamaat
// Ansarullah, a militant group made up of".
func (d *doc) markGroups() {
	var retyped map[*entity]*entity
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.ent.typ != schema.Person || m.ent.entry != nil || m.pronoun || m.demonym || !(s.fightersOf(m) || s.groupApposition(m)) {
				continue
			}
			if retyped == nil {
				retyped = map[*entity]*entity{}
			}
			retyped[m.ent] = d.discovered(schema.Organization, m.ent.name)
		}
	}
	d.retype(retyped)
}

// retype points every mention of an entity in retyped at its new one.
func (d *doc) retype(retyped map[*entity]*entity) {
	if len(retyped) == 0 {
		return
	}
	for _, s := range d.sents {
		for _, m := range s.ments {
			if x, ok := retyped[m.ent]; ok {
				m.ent = x
			}
		}
	}
}

// fightersOf reports whether m follows "fighters of (the)": the name of
// their group.
func (s *sentence) fightersOf(m *mention) bool {
	j := m.from - 1
	if s.lower(j) == "the" {
		j--
	}
	// (not "Members of the Guet Ndar fishermen's collective": a name
	// that only qualifies the noun after it)
	return s.lower(j) == "of" && groupFighters[s.lower(j-1)] && !s.plainWord(m.to) && !m.poss
}

// groupApposition reports whether an apposition after m calls it a group:
// "X, a militant group made up of", "X, an armed movement".
func (s *sentence) groupApposition(m *mention) bool {
	if w := s.lower(m.to + 1); s.lower(m.to) != "," || w != "a" && w != "an" && w != "the" {
		return false
	}
	// (the apposition's own noun, before any "of": not "a member of the
	// group's political wing")
	for k := m.to + 2; k < len(s.toks) && k < m.to+6 && s.plainWord(k) && !strings.HasPrefix(s.tag(k), "IN"); k++ {
		// (not "Luis Cobos R., the organization said": the next clause's
		// subject)
		// (nor "William Palmer, the group's spokesman": a possessor)
		if groupKindNouns[s.lower(k)] {
			return !finiteVerb(s, k+1) && !possMark[s.lower(k+1)]
		}
	}
	return false
}

// groupKindNouns say a name is an armed or political group's.
var groupKindNouns = setOf(`group militia movement faction organisation organization insurgency`)

// isTimeTok reports whether token i of s is part of a time expression.
func (s *sentence) isTimeTok(i int) bool {
	for _, t := range s.times {
		if i >= t.From && i < t.To {
			return true
		}
	}
	return false
}

func (s *sentence) mentionAt(i int) *mention {
	for _, m := range s.ments {
		if i >= m.from && i < m.to {
			return m
		}
	}
	return nil
}

func nameTok(t Token) bool {
	if !t.Word {
		return false
	}
	if t.Cap {
		return true
	}
	// al-Sharaa, el-Sisi, bin, de ...
	return strings.HasPrefix(t.Lower, "al-") || strings.HasPrefix(t.Lower, "el-")
}

// baseOpeners open a military base's name before "Base" or "Station".
var baseOpeners = setOf(`joint naval air`)

// hasTitleWord reports whether any of toks is a title's word ("High
// Commissioner", "External Affairs Minister").
func hasTitleWord(toks []Token) bool {
	for _, t := range toks {
		if titleWords[t.Lower] {
			return true
		}
	}
	return false
}

// placeOwned reports whether the name at token i follows a place's
// possessive and one or two describing words: "Iraq's ruling", "Zambia's
// state-run" (a bare "Brazil's Rio Grande do Sul" may be a region).
func (s *sentence) placeOwned(i int) bool {
	j := i - 1
	for n := 0; n < 2 && j > 0 && s.plainWord(j) && !s.toks[j].Cap && (strings.HasPrefix(s.tag(j), "JJ") || strings.HasPrefix(s.tag(j), "VB") || strings.HasSuffix(s.lower(j), "ing") || strings.Contains(s.lower(j), "-")); n++ {
		j--
	}
	return j < i-1 && (s.lower(j) == "'s" || s.lower(j) == "’s") && s.placePossessor(j)
}

// abstractSuffixes end abstract nouns, never a person's name.
// ("Nasution" and "Clement" are names: "-ution" and "-ment" are not
// among them)
var abstractSuffixes = []string{"ation", "ition", "ness", "ism", "ship", "framework"}

// bareFacilityNouns make a facility of the name right before them with
// no kind word between: "the Kajaki dam", "Turkey's Ceyhan port", "the
// Dostluk field", "the Oyu Tolgoi mine" (not "the Almaraz plant": a
// plant needs its kind).
var bareFacilityNouns = setOf(`dam crossing port field refinery terminal mine bridge prison`)

// custodyKinds make a centre a place people are held in: "Correctional
// Centre", "Detention Center".
var custodyKinds = setOf(`correctional detention holding reception processing`)

// waterHeads name a body of water before "of" and its name: "the Gulf
// of Finland", "the Bay of Bengal".
var waterHeads = setOf(`gulf sea bay strait`)

// romanceFor are "for" (and "of": "Empresa Propietaria de la Red") in
// the names of Spanish, Portuguese, French and Italian bodies.
var romanceFor = setOf(`para pour per por de`)

// irregularPlurals take "'s" inside bodies' names: "People's Party"
// (and plurals in "-men": "Fishermen's Association").
var irregularPlurals = setOf(`people women men children`)

// descentParticles follow a given name: "Abdulaziz bin Salman".
var descentParticles = setOf(`bin bint ibn ben`)

// particleArticles follow a particle inside a name: "de los", "de la".
var particleArticles = setOf(`la las los le les`)

var nameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "de": true, "da": true,
	"van": true, "von": true, "der": true, "la": true, "le": true, "del": true, "di": true,
	"du": true, "dos": true, "abu": true, "ben": true, "do": true, "das": true,
}

// discover finds capitalized spans the gazetteer does not know and types
// them from their head word and context.
func (d *doc) discover(s *sentence) {
	toks := s.toks
	var added []*mention
	i := 0
	for i < len(toks) {
		// "a Kelowna-based group": an unknown place where a body is based
		if s.mentionAt(i) == nil && toks[i].Cap && hyphenSuffix(toks[i].Lower, basedSuffixes) && !s.isTimeTok(i) {
			// (not "Californian-based", "Moslem-based": an adjective or a
			// faith)
			if town := toks[i].Text[:strings.LastIndexByte(toks[i].Text, '-')]; len(town) > 2 && !strings.ContainsAny(town, "-.") && !allCaps(town) && !adjectiveStem(town) {
				added = append(added, &mention{from: i, to: i + 1, ent: d.discovered(schema.City, town), based: true})
			}
		}
		if s.mentionAt(i) != nil || !nameTok(toks[i]) || s.isTimeTok(i) || currencyPrefix(toks, i) || hyphenSuffix(toks[i].Lower, languageSuffixes) || hyphenSuffix(toks[i].Lower, ledSuffixes) ||
			s.rankAbbrev(i) {
			i++
			continue
		}
		j := i
		orgOf := false   // "Institute of Oceanography": named by its head before "of"
		facOf := false   // "Palace of Fine Arts"
		agreeOf := false // "Treaty of Friendship and Cooperation"
		var innerDemonym, innerPlace *mention
		event := false // "Commonwealth Heads of Government Meeting"
		for j < len(toks) && !s.isTimeTok(j) && !currencyPrefix(toks, j) {
			// "Attorney General William French Smith": a demonym between
			// a titled first name and a last name is part of the name
			if p := s.mentionAt(j); p != nil {
				// "University of the Philippines": the place ends the name
				// ("Convention on the Legal Status of the Caspian Sea": so
				// it does an agreement's)
				if j > i+2 && (orgOf && academicHeads[toks[i].Lower] || agreeOf) && toks[j-1].Lower == "the" && toks[j-2].Lower == "of" && p.from == j && !p.poss && (p.ent.typ == schema.Country || p.ent.typ == schema.Region) {
					j = p.to
					break
				}
				// "Institute for Eastern Mediterranean Studies": a region
				// inside a body's "for" or "of" name, before its field
				if j > i && orgOf && p.from == j && p.ent.typ == schema.Region && !p.poss && !p.demonym && p.to < len(toks) && nameTok(toks[p.to]) && s.mentionAt(p.to) == nil && !s.isTimeTok(p.to) {
					if innerPlace == nil {
						innerPlace = p
					}
					j = p.to
					continue
				}
				if j > i && p.demonym && p.from == j && p.to == j+1 && (titleWords[s.lower(j-2)] || honorifics[s.lower(j-2)]) && !titleWords[toks[j-1].Lower] &&
					j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil && !institutionWord(toks[j+1].Lower) && !(j+2 < len(toks) && nameTok(toks[j+2])) {
					innerDemonym = p
					j += 2
					continue
				}
				break
			}
			// "National Congress President Vinicio Villar Anleu": a title
			// after a body's head starts a person's name
			if j > i && s.titleAfterBody(j) {
				break
			}
			if nameTok(toks[j]) && !hyphenSuffix(toks[j].Lower, languageSuffixes) && !hyphenSuffix(toks[j].Lower, ledSuffixes) {
				j++
				continue
			}
			// "Fernand St. Germain", "Mt. Vernon": an abbreviation's period
			if j > i && toks[j].Text == "." && (toks[j-1].Lower == "st" || toks[j-1].Lower == "mt" || toks[j-1].Lower == "ft") && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil && toks[j].Start == toks[j-1].End {
				j++
				continue
			}
			// "Ways and Means Committee", "Bureau of Alcohol, Tobacco and
			// Firearms": "and" inside a name that ends with an
			// organization's head
			if j > i && (toks[j].Lower == "and" || toks[j].Text == "&") && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil {
				e := j + 1
				for e < len(toks) && e < j+5 && nameTok(toks[e]) && s.mentionAt(e) == nil && !s.titleAfterBody(e) {
					e++
				}
				// "The Internal Revenue Service and Manufacturers Hanover
				// Trust Co.", "Telerate Inc and Dow Jones": two names, the
				// first ending in a legal suffix or a public body's head
				// ("Trust and Savings Bank" stays one)
				// ("Political Dialogue and Cooperation Agreement", "Treaty
				// of Friendship and Cooperation")
				if orgHeads[toks[e-1].Lower] && !(j-i >= 2 && (legalSuffixes[toks[j-1].Lower] || bodyHeads[toks[j-1].Lower]) && e-(j+1) >= 2) ||
					(agreementHeads[toks[e-1].Lower] || j-i >= 3 && (agreementHeads[toks[i].Lower] || toks[i].Lower == "the" && agreementHeads[toks[i+1].Lower])) && !agreementHeads[toks[j-1].Lower] ||
					// "Party of Action and Solidarity", "Ministry of Trade
					// and Industry": an abstract noun after "and" ends a
					// body's "of" name
					// ("Institute for Neutrality and Security Studies": a
					// field of study)
					orgOf && e-(j+1) <= 2 && (abstractNoun(toks[e-1].Lower) || fieldHeads[toks[e-1].Lower]) && (e >= len(toks) || !nameTok(toks[e])) {
					j = e
					continue
				}
			}
			// "Swiss Farmers' Union", "Workers' Party": a plural's
			// apostrophe inside a name
			// (not "American Express' Shearson unit": a name's
			// possessive; the name must go on to a body's head)
			if j > i && (toks[j].Text == "'" || toks[j].Text == "’") && toks[j].Start == toks[j-1].End && strings.HasSuffix(toks[j-1].Lower, "s") &&
				j+1 < len(toks) && nameTok(toks[j+1]) && toks[j+1].Start > toks[j].End && s.mentionAt(j+1) == nil && s.bodyHeadAhead(j+1) {
				j++
				continue
			}
			// "People's National Congress", "National People's Power":
			// a plural without an s and its possessive inside a name
			if j > i && (toks[j].Lower == "'s" || toks[j].Lower == "’s") && (irregularPlurals[toks[j-1].Lower] || strings.HasSuffix(toks[j-1].Lower, "men") && len(toks[j-1].Lower) > 5) && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil &&
				(j-1 > i || s.bodyHeadAhead(j+1)) {
				j++
				continue
			}
			// "Instituto Regional de Paz y Seguridad": a Romance body's
			// "and"
			if j > i && romanceOrgHeads[toks[i].Lower] && (toks[j].Lower == "y" || toks[j].Lower == "e" || toks[j].Lower == "et") && !toks[j].Cap && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil {
				j++
				continue
			}
			// particles inside a name: "Mohammed bin Salman"
			if j > i && nameParticles[toks[j].Lower] && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil {
				j++
				continue
			}
			// and a particle with its article: "Cartel de los Soles"
			if j > i && nameParticles[toks[j].Lower] && j+2 < len(toks) && particleArticles[toks[j+1].Lower] && !toks[j+1].Cap && nameTok(toks[j+2]) && s.mentionAt(j+2) == nil {
				j += 2
				continue
			}
			// a Romance preposition and article inside a body's name:
			// "Fundacion Andina para la Seguridad", "Centre pour la Paix"
			if j > i && romanceFor[toks[j].Lower] && j+2 < len(toks) && nameParticles[toks[j+1].Lower] && !toks[j+1].Cap && nameTok(toks[j+2]) && s.mentionAt(j+2) == nil {
				j += 2
				continue
			}
			// "Commonwealth Heads of Government Meeting", "Conference of
			// the Parties": a name ending in an event's head, past "of",
			// names the event, no person, place or body
			if j > i && toks[j].Lower == "of" && toks[j-1].Cap {
				e := j + 1
				if e < len(toks) && toks[e].Lower == "the" {
					e++
				}
				for e < len(toks) && e < j+6 && nameTok(toks[e]) && s.mentionAt(e) == nil {
					e++
				}
				if e > j+1 && eventHeads[toks[e-1].Lower] {
					j = e
					event = true
					continue
				}
			}
			// "Status of Forces Agreement", "Statement of Intent": "of"
			// inside an agreement's name that ends in its head, or in a
			// document of intent
			// ("Defence of Greenland Agreement": a place inside it)
			if j > i && toks[j].Lower == "of" && j+1 < len(toks) && nameTok(toks[j+1]) && !agreementHeads[toks[j-1].Lower] && !orgHeads[toks[j-1].Lower] && toks[j-1].Lower != "government" {
				e := j + 1
				var place *mention
				for e < len(toks) && e < j+4 && nameTok(toks[e]) && !agreementHeads[toks[e-1].Lower] {
					p := s.mentionAt(e)
					if p == nil {
						e++
						continue
					}
					if place != nil || p.from != e || p.poss || p.demonym || !p.ent.typ.IsPlace() {
						break
					}
					place, e = p, p.to
				}
				if agreementHeads[toks[e-1].Lower] && (place == nil || place.to < e) || place == nil && e == j+2 && intentDocs[toks[j-1].Lower] && intentTails[toks[j+1].Lower] {
					if place != nil && innerPlace == nil {
						innerPlace = place
					}
					agreeOf = true
					j = e
					continue
				}
			}
			// "Convention on the Legal Status of the Caspian Sea", "Treaty
			// on the Non-Proliferation of Nuclear Weapons": "on the" or "of
			// the" after an agreement's head opening the name, and "of the"
			// after the words it reaches
			if j > i && (toks[j].Lower == "on" || toks[j].Lower == "of") && j+2 < len(toks) && toks[j+1].Lower == "the" && nameTok(toks[j+2]) &&
				(agreementHeads[toks[j-1].Lower] && j-1 == i || agreeOf && toks[j].Lower == "of") {
				agreeOf = true
				j += 2
				continue
			}
			// ("Declaration on the Conduct of Parties in the South China
			// Sea": "of" and a name inside such a name, and "in the" and
			// the place it ends with)
			if agreeOf && j > i && toks[j].Lower == "of" && j+1 < len(toks) && nameTok(toks[j+1]) && s.mentionAt(j+1) == nil {
				j++
				continue
			}
			if agreeOf && j > i && toks[j].Lower == "in" && j+2 < len(toks) && toks[j+1].Lower == "the" {
				if p := s.mentionAt(j + 2); p != nil && p.from == j+2 && !p.poss && p.ent.typ == schema.Region {
					j = p.to
					break
				}
			}
			// "University of the Witwatersrand", "Bank of the South": "of
			// the" inside a body's name ("University of the Philippines":
			// a university's place, known or not)
			if p := s.mentionAt(j + 2); j > i && toks[j].Lower == "of" && j+2 < len(toks) && toks[j+1].Lower == "the" && !toks[j+1].Cap && nameTok(toks[j+2]) &&
				(p == nil || academicHeads[toks[j-1].Lower] && p.from == j+2 && !p.poss && (p.ent.typ == schema.Country || p.ent.typ == schema.Region)) && orgHeads[toks[j-1].Lower] && j-1 == i && (i == 0 || s.mentionAt(i-1) == nil) {
				orgOf = true
				j += 2
				continue
			}
			// "of", "for" and "on" inside an organization name: "Ministry
			// of Defense", "Center for Macroeconomic Studies", "Council on
			// Foreign Relations"
			if j > i && (toks[j].Lower == "of" || toks[j].Lower == "for" || toks[j].Lower == "on") && j+1 < len(toks) && nameTok(toks[j+1]) && !s.isTimeTok(j+1) &&
				(orgHeads[toks[j-1].Lower] || toks[j].Lower == "of" && (facilityHeads[toks[j-1].Lower] || toks[j-1].Lower == "government" || j == i+1 && agreementHeads[toks[j-1].Lower]) ||
					toks[j].Lower == "on" && agreementHeads[toks[j-1].Lower]) {
				// ("Treaty of Friendship and Cooperation": an agreement's
				// head opening the name)
				// "Palace of Fine Arts", "Museum of Modern Art": a
				// facility's head takes "of" too; "Government of National
				// Unity" is a body
				if s.mentionAt(j+1) == nil {
					// ("House of Representatives", "Chamber of Deputies": a
					// house of members is a body)
					if orgHeads[toks[j-1].Lower] || toks[j-1].Lower == "government" || memberHouses[toks[j+1].Lower] {
						orgOf = true
					} else if agreementHeads[toks[j-1].Lower] {
						agreeOf = true
					} else {
						facOf = true
					}
					j++
					continue
				}
				// A one-word adjective inside a body's name: a demonym
				// ("National Central Organization of Panamanian Workers",
				// "Confederation of British Industry"), which places the
				// body in its country, or after "for" or "on" a region's
				// name ("Centre for Mediterranean Dialogue", "Institute for
				// Arctic Studies"), which has no country to place it in
				// ("Centre for Southern African Governance": a demonym of
				// two words)
				if p := s.mentionAt(j + 1); p.from == j+1 && p.to <= j+3 && p.to < len(toks) && nameTok(toks[p.to]) && s.mentionAt(p.to) == nil && orgHeads[toks[j-1].Lower] {
					if p.demonym || p.ent.typ == schema.Region && toks[j].Lower != "of" {
						if p.demonym {
							innerDemonym = p
						} else {
							innerPlace = p
						}
						orgOf = true
						j = p.to
						continue
					}
				}
			}
			break
		}
		from, to := i, j
		i = j
		if event {
			continue
		}
		// "National Road 3", "Highway 1": a road's name ends in its
		// number (and "National" is no title there)
		if to < len(toks) && roadHeads[toks[to-1].Lower] && len(toks[to].Lower) <= 3 && isNumber(toks[to].Lower) && toks[to-1].End < toks[to].Start {
			for from < to-1 && notNames[toks[from].Lower] {
				from++
			}
			added = append(added, &mention{from: from, to: to + 1, ent: d.discovered(schema.Facility, spanText(d.text, toks, from, to+1))})
			i = to + 1
			continue
		}
		// Drop leading non-name words (sentence-initial "The", "In") and
		// title words ("President", "Special Envoy").
		// ("Centro de Análisis Regional": a Spanish body's adjective
		// follows its noun)
		// ("the National League for Democracy", "the National Unity
		// Government": an adjective that opens titles opens a body's name
		// with its head inside, before "for" or "of", or a government's)
		f := from
		if toks[f].Lower == "the" {
			f++
		}
		bodyName := to-f >= 3 && titleBodyAdjectives[toks[f].Lower] && (orgOf || toks[to-1].Lower == "government" && !titleWords[toks[to-2].Lower])
		// ("Pacific Debt Watch": a monitor's name ends in "Watch")
		watch := to-from >= 2 && toks[to-1].Lower == "watch" && toks[to-1].Cap && nameTok(toks[to-2]) && !notNames[toks[to-2].Lower]
		for to > from && (notNames[toks[to-1].Lower]) && !bodyName && !watch && !(romanceOrgHeads[toks[from].Lower] && to-from >= 3 && toks[to-1].Cap) {
			to--
		}
		// Title words, and their plurals ("Presidents Ibrahim Babangida
		// of Nigeria and ..."), open a person's name ("President Lincoln") but
		// belong to a company's ("American President Lines").
		// ("Political Dialogue and Cooperation Agreement": nor to an agreement's)
		company := to > from && (companyHeads[toks[to-1].Lower] || (orgHeads[toks[to-1].Lower] || agreementHeads[toks[to-1].Lower]) && to-from >= 2)
		company = company || bodyName
		titleFrom := from
		// ("Energy Minister Zygimantas Vaiciunas": a portfolio before the title)
		// ("Nauru Regional Processing Centre": after a place's name, a
		// body's name keeps the adjective that opens it)
		// ("the Strategic Mutual Defence Agreement": an agreement's or a
		// body's long name keeps it too)
		afterPlace := from > 0 && to-from >= 2 && orgHeads[toks[to-1].Lower] && nameTok(toks[from-1]) && s.mentionAt(from-1) != nil && !s.mentionAt(from-1).poss ||
			to-from >= 3 && (orgHeads[toks[to-1].Lower] || agreementHeads[toks[to-1].Lower]) && from > 0 && toks[from-1].Lower == "the" ||
			// ("signed a Strategic Partnership Agreement on Green Energy":
			// an agreement's head inside its long name)
			to-from >= 4 && from > 0 && (toks[from-1].Lower == "the" || toks[from-1].Lower == "a" || toks[from-1].Lower == "an") && agreementHeadInside(toks[from+1:to-1]) ||
			// ("PNG's Western Province": a compass adjective and a region's head)
			to-from == 2 && compassAdjectives[toks[from].Lower] && regionHeads[toks[to-1].Lower]
		for from < to && (notNames[toks[from].Lower] && !(afterPlace && adjectiveNotNames[toks[from].Lower]) || !company && (titleWords[toks[from].Lower] || pluralPosts[toks[from].Lower] != "" || occupations[toks[from].Lower] && to-from >= 2 ||
			from+2 < to && (portfolio(toks[from], toks[from+1].Lower) || portfolioRun(toks[from:to])) && !genericOrgWords[toks[to-1].Lower])) {
			from++
		}
		// "Minister of Transport and Logistics, Frank Tayali", "Minister
		// for Transport Jeffrey Siow": after a title's "of" or "for" the
		// capitalized words open with the post's portfolio, no name
		if f := titleFrom; f > 1 && from < to && (toks[f-1].Lower == "of" || toks[f-1].Lower == "for") && toks[f-2].Cap && titleWords[toks[f-2].Lower] &&
			!(orgHeads[toks[to-1].Lower] && !portfolioNouns[toks[to-1].Lower]) && !companyHeads[toks[to-1].Lower] && !agreementHeads[toks[to-1].Lower] {
			// (not a body's name: "President of Home Federal Savings and
			// Loan Association")
			k := f
			// (genericOrgWords hold "and", "of" and "for" too: "Minister of
			// State for Foreign Affairs Rashid Abdulla al-Nuaimi")
			for k < to && toks[k].Lower != "the" && (portfolioNouns[toks[k].Lower] || genericOrgWords[toks[k].Lower] || k > f && toks[k].Text == "&" && k+1 < to && portfolioNouns[toks[k+1].Lower]) {
				k++
			}
			if k == to || k > from && to-k >= 2 && personLike(toks[k:to]) {
				from = k
			}
		}
		if from >= to {
			continue
		}
		// "ECOWAS Commission President Omar Alieu Touray": the title
		// before a person's name ends the body's ("Commission"), and an
		// acronym's commission is the body itself
		if to-from >= 2 && !titleWords[toks[from].Lower] && titleWords[toks[to-1].Lower] && toks[to-1].Lower != "of" {
			if p := s.mentionAt(to); p != nil && p.from == to && p.ent.typ == schema.Person {
				for to-from > 1 && titleWords[toks[to-1].Lower] {
					to--
				}
				if o := s.mentionAt(from - 1); to-from == 1 && toks[from].Lower == "commission" && o != nil && o.to == from && o.ent.typ == schema.Organization && !o.poss && allCaps(toks[o.from].Text) {
					o.to = to
					i = to
					continue
				}
			}
		}
		// "Bank of China", "University of Washington": an organization's
		// head with "of" and a known place is one name, based there.
		var ofPlace *mention
		if orgHeads[toks[to-1].Lower] && !legalSuffixes[toks[to-1].Lower] && to+1 < len(toks) && toks[to].Lower == "of" {
			if p := s.mentionAt(to + 1); p != nil && p.from == to+1 && !p.demonym && !p.poss && !p.actor &&
				(p.ent.typ == schema.Country || p.ent.typ == schema.City || p.ent.typ == schema.Region) {
				ofPlace = p
				to = p.to
				orgOf = true
			}
		}
		name := spanText(d.text, toks, from, to)
		key := "" // the name the document may also give the entity: see discoveredAs
		head := toks[to-1].Lower
		// "Manhattan Institute", "San Diego County", "Vienna Convention":
		// a one-word head right after a known place takes the place into
		// its name.
		// ("the Jakarta Maritime Agreement": an agreement's name of any length)
		if (to-from == 1 || agreementHeads[head] && to-from <= 3) && from == titleFrom && ofPlace == nil && (agreementHeads[head] || orgHeads[head] || facilityHeads[head] || regionHeads[head]) {
			// ("the Baltic Fisheries Accord": an adjective too, for an
			// agreement; "the Pacific Fisheries Accord": not the place's "the")
			// ("Kuwait University": a country's name, before a school's head)
			// ("the Baltic Fleet": a sea's adjective)
			if p := s.mentionAt(from - 1); p != nil && p.to == from && !p.poss && (!p.demonym || agreementHeads[head] || head == "fleet" && p.ent.typ == schema.Region) && !p.actor && !p.based && !p.backer && p.ent.entry != nil &&
				(p.ent.typ == schema.City || p.ent.typ == schema.Region || p.ent.typ == schema.Country && !p.demonym && schoolHeads[head] ||
					// ("the Nauru Agreement": a state's name after "the")
					p.ent.typ == schema.Country && !p.demonym && agreementHeads[head] && to-from == 1 && p.from > 0 && toks[p.from-1].Lower == "the" ||
					// ("the Anglo-Guatemalan Treaty": two states' compound
					// adjective names a treaty between them)
					p.ent.typ == schema.Country && p.demonym && agreementHeads[head] && p.to-p.from == 1 && strings.Contains(toks[p.from].Text, "-")) && toks[from-1].End < toks[from].Start {
				p.absorbed = true
				from = p.from
				if toks[from].Lower == "the" {
					from++
				}
				titleFrom = from
				name = spanText(d.text, toks, from, to)
			}
		}
		// "Jeffrey Leeds", "O. Frederick Kiel": a town's name right after
		// a first name is a surname, unless the town is placed
		// ("Plymouth, Vt.") or the word before it names a part of it.
		var surnameCity *mention
		if from == titleFrom && from > 0 && to-from <= 2 && !sentenceStart(s, from) && personLike(toks[from:to]) && !placeModifiers[toks[from].Lower] && !allCaps(toks[from].Text) {
			if p := s.mentionAt(to); p != nil && p.from == to && p.ent.typ == schema.City && !p.demonym && toks[to-1].End < toks[to].Start && !placeFollows(s, p.to) && !(p.to < len(toks) && nameTok(toks[p.to])) {
				surnameCity = p
				to = p.to
				name = spanText(d.text, toks, from, to)
				head = toks[to-1].Lower
			}
		}
		// "Greater Manchester", "Downtown Beirut": one place
		// ("the Greek region of Central Macedonia": a country's name in a
		// region's, after what kind of region it is)
		var partOf *mention
		partRegion := false
		if to-from == 1 && placeModifiers[toks[from].Lower] && surnameCity == nil {
			if p := s.mentionAt(to); p != nil && p.from == to && !p.demonym {
				partRegion = p.ent.typ == schema.Country && from >= 2 && toks[from-1].Lower == "of" && subdivisionNouns[toks[from-2].Lower]
				if p.ent.typ == schema.City || p.ent.typ == schema.Region || partRegion {
					partOf = p
					to = p.to
					name = spanText(d.text, toks, from, to)
					head = toks[to-1].Lower
				}
			}
		}
		// "the Somos Peru party": a country's name closes a party's
		var partyTail *mention
		if to-from <= 2 && from == titleFrom && partOf == nil && surnameCity == nil {
			if p := s.mentionAt(to); p != nil && p.from == to && p.ent.typ == schema.Country && !p.demonym && !p.poss && !p.actor && toks[to-1].End < toks[to].Start &&
				p.to < len(toks) && toks[p.to].Lower == "party" && !toks[p.to].Cap {
				partyTail = p
				to = p.to
				name = spanText(d.text, toks, from, to)
				head = toks[to-1].Lower
			}
		}
		var t schema.EntityType
		var home *entity
		facEnd := s.facilityAfter(to) // "nuclear power plant" after the name
		switch {
		case to < s.datelineEnd && from > 0 && s.lower(from-1) == "(" && s.lower(to) == ")":
			// "VALPARAISO, Chile, March 11 (Andes Wire) -": the agency
			t = schema.Organization
		case to-from <= 3 && groupNamed(toks, from, to):
			// "the Tamaulipas cartel": the group's name with its noun
			t = schema.Organization
			to++
			name = spanText(d.text, toks, from, to)
		case from == titleFrom && from >= 3 && toks[from-1].Text == "," && toks[from-2].Lower == "party" && possMark[toks[from-3].Lower]:
			// "Milei's party, La Libertad Avanza": the party's name
			t = schema.Organization
		case partOf != nil:
			partOf.absorbed = true
			t = partOf.ent.typ
			if partRegion {
				t = schema.Region
			}
		case surnameCity != nil:
			surnameCity.absorbed = true
			t = schema.Person
		case partyTail != nil:
			partyTail.absorbed = true
			t = schema.Organization
		case agreementHeads[head] && shouting(toks):
			// "INDIA WEIGHS TRANSIT DEAL": a headline in capitals names
			// no agreement; its "DEAL" and "PACT" are common nouns
			continue
		case agreementHeads[head] && to-from >= 2 && !orgOf: // (not "Government of National Accord")
			t = schema.Agreement
		case from == titleFrom && to < len(toks) && to-from <= 2 && placeAgreementHeads[s.lower(to)] && !toks[to].Cap && s.theBefore(from):
			// "the 2023 Ohrid agreement": a name and a lowercase head
			t = schema.Agreement
			to++
			name = spanText(d.text, toks, from, to)
		case ofPlace != nil:
			t = schema.Organization
		case agreeOf && !orgOf && to-from >= 3:
			t = schema.Agreement
		case facOf && !orgOf && to-from >= 3:
			t = schema.Facility
		case (head == "centre" || head == "center") && to-from >= 2 && custodyKinds[toks[to-2].Lower]:
			// "the Matsapha Correctional Centre", "Villawood Detention
			// Centre": a place people are held, not a body
			t = schema.Facility
		case orgOf && to-from >= 3 || bodyName && head == "government" || watch && head == "watch" || orgHeads[head] && (to-from >= 2 || companyHeads[head] || from > 0 && s.mentionAt(from-1) != nil && s.mentionAt(from-1).demonym || from == titleFrom && s.bodyOfKnown(from, head)) || (to-from >= 2 && orgHeads[toks[from].Lower]) || to-from >= 3 && legalForm(toks[from+1:to-1]) ||
			head == "international" && to-from >= 2 && !genericOrg(toks[from:to-1]):
			// ("PSA International", "Amnesty International": a name ending
			// in "International")
			// ("Caravella LLC FZ": a legal form inside the name)
			t = schema.Organization
		case facilityHeads[head] && to-from >= 2 && !(to-from <= 3 && personLike(toks[from:to]) && personFollows(s, to)):
			t = schema.Facility
		case regionHeads[head] && to-from >= 2:
			t = schema.Region
		case head == "state" && to-from == 2 && from == titleFrom && !orgOf && toks[from].Lower != "islamic":
			// "Rakhine State", "Borno State": an unknown name and "State"
			t = schema.Region
		case from == titleFrom && to < len(toks) && !toks[to].Cap && landformNouns[toks[to].Lower] && (s.lower(from-1) == "the" || placePreps[s.lower(from-1)] || s.lower(from-1) == "off" || (s.lower(from-1) == "'s" || s.lower(from-1) == "’s") && s.placePossessor(from-1)):
			// "Azerbaijan's Absheron peninsula", "on Kuwait's Bubiyan
			// island": the noun is part of the landform's name
			t = schema.Region
			name = spanText(d.text, toks, from, to) + " " + strings.ToUpper(toks[to].Text[:1]) + toks[to].Text[1:]
			to++
		case from == titleFrom && to < len(toks) && !toks[to].Cap && placeAfterName[toks[to].Lower] && !hyphenSuffix(toks[to-1].Lower, ledSuffixes) && (from == 0 || s.lower(from-1) != "'s" || s.placePossessor(from-1)):
			// "the Upper Nile region", "Sichuan province", "China's
			// Jiangsu province": a name before a lower-case region word
			// (after a possessor only a place's: not "Trump's Florida
			// state")
			// ("Syria's Hasakah province": the word is part of the name;
			// not in "the Chapare region of central Bolivia")
			t = schema.Region
			if s.lower(to+1) != "of" {
				key = name
				name = spanText(d.text, toks, from, to) + " " + toks[to].Text
				to++
			}
		case from == titleFrom && to-from <= 3 && from > 2 && s.lower(from-1) == "," && (townNouns[s.lower(from-2)] || placeOfNouns[s.lower(from-2)]) && !toks[from-2].Cap && s.landOwnsNoun(from-2) && (to == len(toks) || s.lower(to) == "," || s.lower(to) == "."):
			// "Japan's westernmost island, Yonaguni,": the name of the
			// place a country's noun describes
			t = placeNounType(s.lower(from - 2))
		case from == titleFrom && to-from <= 2 && from > 1 && (s.lower(from-1) == "and" || s.lower(from-1) == ",") && pluralPlaceNoun(s.lower(to)) && !toks[to].Cap && (s.mentionAt(from-2) != nil && s.mentionAt(from-2).to == from-1 || from > 3 && nameTok(toks[from-2]) && possMark[s.lower(from-3)] && s.landPossessorAt(from-3)):
			// "Nigeria's Sokoto and Kebbi states": the last of the names
			// a plural place noun closes
			t = placeNounType(strings.TrimSuffix(s.lower(to), "s"))
		case from == titleFrom && to-from <= 2 && from > 1 && possMark[s.lower(from-1)] && s.landPossessorAt(from-1) && s.lower(to) == "and" && to+2 < len(toks) && nameTok(toks[to+1]) && (pluralPlaceNoun(s.lower(to+2)) || to+3 < len(toks) && nameTok(toks[to+2]) && pluralPlaceNoun(s.lower(to+3))):
			// "Mongolia's Dornogovi and Khentii provinces": the first
			// (the noun after a two-word second name: a land's)
			t = schema.Region
			if pluralPlaceNoun(s.lower(to + 2)) {
				t = placeNounType(strings.TrimSuffix(s.lower(to+2), "s"))
			}
		case from == titleFrom && capitalized(toks[from:to]) <= 3 && s.placeOfDescription(from):
			// "the Russian port of Ust-Luga", "the main Philippine island
			// of Luzon": a name a country's place noun describes ("the
			// Spanish town of La Linea de la Concepcion": its particles
			// not counted)
			if w := s.lower(from - 2); placeOfNouns[w] || placeAfterName[w] {
				t = schema.Region
			} else {
				t = schema.City
			}
		case from == titleFrom && to-from <= 3 && s.lower(from-1) == "of" && s.lower(from-2) == "capital" && (s.lower(from-3) == "the" || s.lower(from-3) == "provincial" || s.lower(from-3) == "regional") && !allCaps(toks[from].Text) && personLike(toks[from:to]) && !(to < len(toks) && toks[to].Cap):
			// "Hobart, the capital of Tasmania": what has a capital and
			// is no country kg knows is a region
			t = schema.Region
		case from == titleFrom && (residence(s, from, added) || placeContext(s, from) || placeCueAfter(s, to) || (placeFollows(s, to) || to-from == 1 && s.lower(from-1) != "of" && s.placeInFollows(to)) && placePrep[s.lower(from-1)]) && !allCaps(toks[from].Text):
			// "Brian Michaud of Millinocket", "Jane Doe, 50, of Rolling
			// Fork", "born in North Bend, Ohio": a place, whatever its
			// words look like ("near Arlit in Niger's northern Agadez
			// region": a one-word name in a country or a region)
			t = schema.City
		case from == 0 && to-from <= 3 && !allCaps(toks[from].Text) && s.placeSetOff(to) && !(to-from == 1 && (ordinal(toks[from].Lower) || strings.HasPrefix(s.tag(from), "RB"))):
			// "Beled Hawo, in Somalia's Gedo region, was shelled": a name
			// opening the sentence, placed in a land between commas (not
			// "Second, in the United States, it could": a discourse word)
			t = schema.City
		case from == titleFrom && to-from <= 3 && placePrep[s.lower(from-1)] && s.lower(from-1) != "of" && !allCaps(toks[from].Text) && s.placeSetOff(to):
			// "found near Samawah, in Muthanna province": a name after a
			// preposition of place, placed in a land between commas
			t = schema.City
		case from == titleFrom && to-from <= 4 && !allCaps(toks[from].Text) && (s.placeInCountry(from, to) || s.townApposition(to)):
			// "between Foz do Iguacu in Brazil and Hernandarias in
			// Paraguay", "from Ouanaminthe in Haiti": a name after a
			// preposition of place and before "in" and a country
			t = schema.City
		case from == titleFrom && to-from <= 3 && s.bodyApposition(to):
			// "Chevron, the largest foreign oil company still working in
			// Venezuela": what an apposition calls a company is one
			t = schema.Organization
		case from == titleFrom && to-from <= 3 && !allCaps(toks[from].Text) && s.regionApposition(to):
			// "Gedo, a region of Jubaland", "Sool, a disputed province
			// in"
			t = schema.Region
		case from == titleFrom && to-from <= 3 && !allCaps(toks[from].Text) && s.placeHoldsApposition(from):
			// "Beled Hawo, a town in Gedo", "Gedo, a region of
			// Jubaland": what an apposition puts a place in is a place
			t = schema.Region
		case from == titleFrom && placePrep[s.lower(from-1)] && s.lower(from-1) != "of" && s.lower(to) == "," && s.lower(to+1) == "where":
			// "through Rolling Fork, where Muddy Waters was born"
			t = schema.City
		case from == titleFrom && employerContext(s, from) && !(to-from == 1 && institutionWord(head)) &&
			!(to-from >= 2 && personLike(toks[from:to]) && s.commonNounAt(to)):
			// (a name before a common noun modifies it: "director of the
			// Ted Hale museum")
			// "manager of Bradley First Air", "shearer for the winning
			// Wool Wizards": what a role is of or for is an organization.
			t = schema.Organization
		case from == titleFrom && to-from <= 3 && s.affiliationAfter(from, to) && !(to-from == 1 && institutionWord(head)):
			// "Chevron spokesman Jonathan Lifa", "an Emery employee":
			// whose spokesman or employee someone is names a body
			t = schema.Organization
		case from == titleFrom && from > 0 && (orgCueNouns[s.lower(from-1)] || s.lower(from-1) == "tank" && s.lower(from-2) == "think") && !toks[from-1].Cap && (to-from == 1 || !personLike(toks[from:to]) || businessNouns[s.lower(from-1)] && !personFollows(s, to)):
			// ("the Buenos Aires consultancy Andina Macro": after a
			// firm's noun even a name a person could have)
			// "the South Korean conglomerate Hanwha", "the carmaker
			// Volkswagen": a name after what kind of body it is
			t = schema.Organization
			home = s.cueHome(from - 1)
		case from == titleFrom && from > 1 && s.lower(from-1) == "," && (bodyKindNoun(s.lower(from-2)) || s.lower(from-2) == "party" && partyKindWords[s.lower(from-3)]) && !toks[from-2].Cap && (to-from <= 2 && !personLike(toks[from:to]) || to-from == 1 && (to == len(toks) || s.lower(to) == "," || s.lower(to) == "." || s.lower(to) == "and" && pluralOrgCue(s.lower(from-2)))):
			// ("Russia's two largest banks, Sberbank and VTB")
			// "run by Ukraine's state hydropower company, Ukrhydroenergo"
			t = schema.Organization
			home = s.cueHome(from - 2)
		case from == titleFrom && to < len(toks) && (toks[to].Lower == "party" || toks[to].Lower == "movement" || armedGroupNouns[toks[to].Lower] && s.lower(from-1) == "the") && !toks[to].Cap && !genericOrg(toks[from:to]):
			// ("the Viv Ansanm gang coalition", "the Tren de Aragua
			// gang": what an armed group's noun follows)
			// "the small Podemos party", "the Zambezi Renewal party" (not
			// "the Liberal party": which country's, the text rarely says)
			t = schema.Organization
		case to-from <= 3 && facEnd > to && !titledSpan(toks[titleFrom:from]):
			// "Spain's Almaraz nuclear power plant", "the Kant air base",
			// "the Galkynysh gas field": a name before a lower-case
			// facility noun names the facility
			t = schema.Facility
			to = facEnd
			name = spanText(d.text, toks, from, to)
		case to-from <= 2 && (s.lower(to) == "party" || s.lower(to) == "movement") && from > 0 && s.mentionAt(from-1) != nil && s.mentionAt(from-1).to == from && s.mentionAt(from-1).ent.typ == schema.Country && !s.mentionAt(from-1).poss:
			// "the New Zealand First party": a country's name opens the
			// party's (taken in below)
			t = schema.Organization
		case to-from >= 2 && romanceOrgHeads[toks[from].Lower]:
			// "Frente Guasu", "Partido Liberal": a Spanish or Portuguese
			// body's head opens its name
			t = schema.Organization
		case to-from >= 2 && (toks[from].Lower == "camp" || to-from >= 3 && baseOpeners[toks[from].Lower] && (toks[from+1].Lower == "base" || toks[from+1].Lower == "station")) && !s.orgApposition(to):
			// "Camp Aguinaldo", "Camp Lemonnier", "Joint Base
			// Elmendorf-Richardson", "Naval Station Norfolk": a base
			t = schema.Facility
		case to-from >= 2 && (toks[from].Lower == "mount" || toks[from].Lower == "lake" || toks[from].Lower == "cape") && !s.orgApposition(to):
			// "Mount Kailash", "Lake Balkhash": a mountain's or a lake's
			// name, not a person's
			t = schema.Region
		case to-from <= 5 && s.orgApposition(to):
			// "Green Danube, a citizens' group based in Linz": what kind
			// of body the name is, in apposition
			t = schema.Organization
		case to-from <= 4 && from == titleFrom && from >= 2 && s.lower(from-1) == "whose" && s.lower(from-2) == "," && s.mentionAt(from-3) != nil && s.mentionAt(from-3).ent.typ == schema.Person:
			// "Marape, whose Pangu Pati leads the coalition": a person's
			// named thing is a body, his party most often
			t = schema.Organization
		case to-from <= 4 && from == titleFrom && s.orgKindBefore(from):
			// "the Bogota-based group Rios Vivos", "the rights group
			// Memorial": the kind of body right before its name
			t = schema.Organization
		case to-from >= 2 && to-from <= 3 && from == titleFrom && compassOpeners[toks[from].Lower] && !allCaps(toks[from].Text) && !s.commonNounAt(to):
			// "North Kalimantan", "Southeast Sulawesi": a point of the
			// compass opens a land's name, never a person's (not "the
			// North Sumatran capital": an adjective)
			t = schema.Region
		case to-from >= 2 && (to-from <= 4 || to-from <= 6 && particleName(toks[from:to])) && personLike(toks[from:to]):
			// ("Thani bin Ahmed Al Zeyoudi", "Luiz Inacio Lula da Silva":
			// particles make a long name)
			t = schema.Person
		case to-from == 1 && from == titleFrom && personCue(s, from, to):
			// "Harrington, a professor of ...", "Winter, 53,", "Cetin
			// said": a lone name that an age, a role or speech makes a
			// person
			t = schema.Person
		case to-from == 1 && killContext(s, from, to) && (from > 0 || !notNames[toks[from].Lower] && !strings.HasSuffix(toks[from].Lower, "s") && !strings.HasSuffix(toks[from].Lower, "men") && s.tag(from) == "NNP"):
			// (at the start of a sentence only a singular proper noun:
			// "Sirhan was convicted of", not "Gunmen killed")
			// "Oswald acted alone in killing Kennedy", "Kennedy assassin
			// Sirhan": only people are killed and kill
			t = schema.Person
		case to-from == 1 && from > 0 && acronymOrg(toks[from].Text):
			// "the NRC", "USDA": an unknown acronym is an organization
			t = schema.Organization
		case placeFollows(s, to) && (!allCaps(toks[from].Text) || from == 0 && to-from <= 3):
			// an all-capital town is a headline word, except in the
			// dateline that opens a story: "ROYAL OAK, Mich.".
			// "Aiken, S.C.", "Montclair, N.J.": a place before its state or country
			t = schema.City
		case to-from == 1 && institutionWord(head):
			// "Northern District", "the Bank": a lone common noun is no name
			continue
		case to-from == 1 && from > titleFrom && !honorifics[toks[from-1].Lower] && !notNames[head] && !gatheringNouns[head] || to-from == 1 && from > 0 && honorifics[toks[from-1].Lower]:
			// "President Lincoln", "Mr. Smith" (not "the Interim
			// Government", "the Senior Officials Meeting")
			t = schema.Person
		case to-from >= 2 && from == titleFrom && s.placeOwned(from) && !hasTitleWord(toks[from:to]) && !townNouns[head] && !(to < len(toks) && nameTok(toks[to])):
			// "Iraq's ruling Coordination Framework": a country's named
			// thing that no person's name looks like is a body
			t = schema.Organization
		case to-from == 1 && from == titleFrom && len(head) > 6 && strings.HasSuffix(head, "stan") && !allCaps(toks[from].Text):
			// "Karakalpakstan", "Waziristan": a land's name
			t = schema.Region
		case to-from == 1 && from == titleFrom && (s.lower(to) == "'s" || s.lower(to) == "’s") && s.lower(to+1) == "capital":
			// "Nukus, Karakalpakstan's capital": what has a capital is a land
			t = schema.Region
		default:
			continue
		}
		// "the Trans-Caspian Gas Pipeline", "a joint company, Caspian
		// Green Link": a sea's or region's one-word name right before a
		// facility's name, or before a name no person has, opens it
		if (t == schema.Facility || t == schema.Person && to-from >= 2) && from == titleFrom && from > 0 {
			if p := s.mentionAt(from - 1); p != nil && p.from == from-1 && p.to == from && p.ent.typ == schema.Region && p.ent.entry != nil &&
				!p.poss && !p.demonym && !p.actor && !p.based && !p.backer && toks[from-1].Cap && toks[from-1].End < toks[from].Start && !sentenceStart(s, from-1) && !strings.HasSuffix(toks[from-1].Text, ".") {
				// (not a state's abbreviation: "GE's Waterford, N.Y.
				// Silicone Products division")
				p.absorbed = true
				from = p.from
				titleFrom = from
				name = spanText(d.text, toks, from, to)
				if t == schema.Person {
					t = schema.Organization
				}
			}
			// "the Nauru Regional Processing Centre", "the Kabul Serena
			// Hotel": a country or town after "the" opens a facility's
			// name, and the facility is there
			if p := s.mentionAt(from - 1); t == schema.Facility && to-from >= 2 && p != nil && p.from == from-1 && p.to == from && s.lower(from-2) == "the" &&
				(p.ent.typ == schema.Country || p.ent.typ == schema.City) && p.ent.entry != nil && !p.poss && !p.demonym && !p.actor && !p.based && !p.backer && toks[from-1].Cap {
				p.absorbed = true
				home = p.ent
				from = p.from
				titleFrom = from
				name = spanText(d.text, toks, from, to)
			}
		}
		// "American Motors Corp", "Swedish Match AB", "Texas Petroleum
		// Corp": an organization's name takes in the adjective or place
		// right before it, and is based in that country.
		partOfKnown := false // a known body's name opens it: "Senate Finance Committee"
		absorbedRegion := false
		if t == schema.Organization {
			for from > 0 {
				p := s.mentionAt(from - 1)
				// "Continental Can Canada Inc": a bare company suffix takes
				// the country and the capitalized words before it too.
				bare := companyHeads[toks[to-1].Lower] && (to-from == 1 || s.mentionAt(from) != nil)
				if p == nil && bare && from > 0 && nameTok(toks[from-1]) && !notNames[toks[from-1].Lower] && !titleWords[toks[from-1].Lower] {
					from--
					continue
				}
				// "Southeast Europe Energy Institute": a compass word before
				// the region that opens the name
				if p == nil && absorbedRegion && toks[from-1].Cap && compass[toks[from-1].Lower] && toks[from-1].End < toks[from].Start {
					from--
					break
				}
				// "Luxembourg Stock Exchange", "Kenya Ports Authority": a
				// country right before an organization's name is part of it
				// "Senate Banking Committee", "House Ways and Means
				// Committee", "Panama Canal Authority": a known body's or
				// facility's name before its part's
				if s.bodyOfKnown(from, toks[to-1].Lower) {
					p.absorbed = true
					from = p.from
					partOfKnown = true
					if c := p.ent.entry.Country; c != "" {
						if ce, ok := d.g.Get(c); ok {
							home = d.fromEntry(ce)
						}
					}
					break
				}
				// ("the Tripoli-based High Council of State": where it is,
				// not its name)
				// ("the pro-European Party of ...": a stance, not its name)
				// ("the Gulf Research Forum": a place matched with its "the")
				the := p != nil && p.to-p.from >= 2 && toks[p.from].Lower == "the" && !toks[p.from].Cap && toks[p.from+1].Cap
				if p == nil || p.to != from || p.poss || p.actor || p.based || p.backer || !toks[p.from].Cap && !the || !(p.demonym || p.ent.typ == schema.Region || p.ent.typ == schema.City || p.ent.typ == schema.Country && p.ent.entry != nil) {
					break
				}
				if p.ent.typ == schema.Country && !p.demonym {
					home = p.ent
				}
				if p.demonym && p.ent.typ == schema.Country {
					home = p.ent
				}
				p.absorbed = true
				absorbedRegion = p.ent.typ == schema.Region && !p.demonym
				from = p.from
				if the {
					from++
					break
				}
			}
			name = spanText(d.text, toks, from, to)
		}
		// "the United Nations Support Mission in Libya (UNSMIL)": the
		// acronym after it spells the place into the name
		if t == schema.Organization && to+3 < len(toks) && (toks[to].Lower == "in" || toks[to].Lower == "for" || toks[to].Lower == "of") {
			if p := s.mentionAt(to + 1); p != nil && p.from == to+1 && !p.poss && !p.demonym && (p.ent.typ == schema.Country || p.ent.typ == schema.City || p.ent.typ == schema.Region) &&
				s.lower(p.to) == "(" && p.to+1 < len(toks) && allCaps(toks[p.to+1].Text) && spells(toks[from:p.to], toks[p.to+1].Text) {
				p.absorbed = true
				to = p.to
				name = spanText(d.text, toks, from, to)
				if home == nil {
					home = p.ent
				}
			}
		}
		if innerDemonym != nil && innerDemonym.to <= to {
			innerDemonym.absorbed = true
			if home == nil && t == schema.Organization {
				home = innerDemonym.ent
			}
		}
		if innerPlace != nil && innerPlace.to <= to {
			innerPlace.absorbed = true
		}
		if ofPlace != nil {
			// "American University of Beirut" is in Beirut, whatever the adjective
			ofPlace.absorbed = true
			home = ofPlace.ent
		}
		// "ROYAL OAK, Mich.": a dateline's town is named as in running text
		if t == schema.City && allCaps(toks[from].Text) {
			name = titleCase(name)
		}
		// "Pacific Marine Inc.": the abbreviation keeps its period
		if abbrevHeads[head] && to < len(toks) && toks[to].Text == "." && toks[to].Start == toks[to-1].End {
			name += "."
		}
		// "the Central Bank", "Communist Party": a name made of common words
		// is one body per country. Name it with the country the sentence
		// gives, or leave it out: merged across countries it would make
		// Indonesia's and Sweden's governors rivals.
		if t == schema.Organization && to-from == 1 && companyHeads[head] {
			continue // "Co.", "Bank", "Group" alone
		}
		// "the Islamic Development Bank", "the Arab Monetary Fund": a
		// faith's or a region's adjective, no name's start elsewhere,
		// opens a body's name of common words
		if t == schema.Organization && genericOrg(toks[from:to]) && !partOfKnown && from > 0 && toks[from-1].Cap && bodyAdjectives[toks[from-1].Lower] && s.mentionAt(from-1) == nil {
			from--
			name = spanText(d.text, toks, from, to)
		}
		if t == schema.Organization && genericOrg(toks[from:to]) && !partOfKnown {
			c := s.countryOf(from, to)
			// "Jonas Gahr Store, whose Labour Party won": the party of the
			// country its leader heads
			if p := s.mentionAt(from - 3); c == nil && from >= 3 && toks[from-1].Lower == "whose" && toks[from-2].Lower == "," && p != nil && p.ent.typ == schema.Person {
				c = d.ledCountry(p.ent)
			}
			// "Senator Ioana Marin of the National Liberal Party": a
			// party's name of common words stays a name when no country
			// is named to tell it from another country's party
			party := head == "party" && to-from >= 2
			if c == nil && !party {
				continue
			}
			if c != nil {
				name = countryBody(c, name)
				if home == nil {
					home = c
				}
			}
		}
		if key == "" {
			key = name
		}
		// ("Tinfa Solidarity, a local group ... said Ibrahim Mahamadou of
		// Tinfa Solidarity": a name the story has called a body stays one
		// where only the context would make it a place)
		if (t == schema.City || t == schema.Region) && d.ents[entKey(schema.Organization, key)] != nil && d.ents[entKey(t, key)] == nil {
			t = schema.Organization
		}
		m := &mention{from: from, to: to, ent: d.discoveredAs(t, name, key), home: home}
		if t == schema.Person && from > titleFrom {
			m.title = strings.ToLower(spanText(d.text, toks, titleFrom, from))
		}
		added = append(added, m)
	}
	if len(added) > 0 {
		kept := s.ments[:0]
		for _, m := range s.ments {
			if !m.absorbed {
				kept = append(kept, m)
			}
		}
		s.ments = mergeMentions(kept, added)
	}
}

// bodyAdjectives are words that start no name of their own (notNames)
// but open the names of bodies: "Islamic Development Bank", "Arab
// Monetary Fund".
var bodyAdjectives = setOf(`islamic arab christian jewish western eastern northern southern global regional`)

// countryBody names a body of common words after its country: with the
// country's adjective, as the news writes it ("Chinese Foreign Ministry",
// "Norwegian Labour Party"), or, when the gazetteer knows only a noun for
// its people ("New Zealander"), with the country in brackets.
func countryBody(c *entity, name string) string {
	if c.entry != nil && len(c.entry.Demonyms) > 0 {
		adj := c.entry.Demonyms[0]
		if strings.HasPrefix(name, adj+" ") {
			return name
		}
		if !strings.HasSuffix(adj, "er") {
			return adj + " " + name
		}
	}
	return name + " (" + c.name + ")"
}

// placeInCountry reports whether the name at [from, to) stands between a
// preposition of place and "in" with a country or region: "from
// Ouanaminthe in Haiti", "between Foz do Iguacu in Brazil and Hernandarias
// in Paraguay" (after "and" only inside such a "between").
func (s *sentence) placeInCountry(from, to int) bool {
	// "near Fotokol, in Cameroon's Far North region", "in Godda, in
	// India's Jharkhand state": a place after a place preposition, placed
	if s.lower(to) == "," && s.lower(to+1) == "in" && placePrep[s.lower(from-1)] && s.lower(from-1) != "of" && s.lower(from-1) != "to" {
		if m := s.mentionAt(to + 2); m != nil && m.from == to+2 && !m.demonym && (m.ent.typ == schema.Country || m.ent.typ == schema.Region) {
			return true
		}
	}
	// "the beaches of Sitakunda, in southeastern Bangladesh", "with
	// Alang, in the Indian state of Gujarat, and Gadani, in Pakistan's
	// Balochistan province": one unknown word after a lower-case word
	// (not a speaker's: "said Tkachenko, in Kyiv"), placed after a comma
	// in a country, a country's region or a country's subdivision
	if to-from == 1 && from > 0 && s.lower(to) == "," && s.lower(to+1) == "in" && (s.plainWord(from-1) || s.lower(from-1) == "and" || s.lower(from-1) == ",") && !speechVerbs[s.lower(from-1)] && !namingVerbs[s.lower(from-1)] {
		k := to + 2
		if s.lower(k) == "the" {
			k++
		}
		if s.compassWord(k) && !s.toks[k].Cap {
			k++
		}
		if s.subdivisionOf(k) > k {
			return true // "in the Indian state of Gujarat"
		}
		if m := s.mentionAt(k); m != nil && m.from == k && !m.demonym && m.ent.typ == schema.Country && (!m.poss || s.mentionAt(m.to+1) != nil) {
			return true // "in southeastern Bangladesh", "in Pakistan's Balochistan province"
		}
	}
	// "Rameswaram in the southern Indian state of Tamil Nadu"
	if s.lower(to) == "in" && s.lower(to+1) == "the" && (placePrep[s.lower(from-1)] || strings.HasPrefix(s.tag(from-1), "VB")) {
		for k := to + 2; k < to+6 && k < len(s.toks); k++ {
			if m := s.mentionAt(k); m != nil && m.from == k {
				if !m.demonym {
					break
				}
				k = m.to - 1
				continue
			}
			if subdivisionNouns[s.lower(k)] && s.lower(k+1) == "of" {
				return true
			}
			if !s.plainWord(k) {
				break
			}
		}
	}
	if s.lower(to) != "in" {
		return false
	}
	// ("from Abha in southern Saudi Arabia": a compass word between)
	j := to + 1
	if s.compassWord(j) && !s.toks[j].Cap {
		j++
	}
	// ("from Hitachi in U.S. dollars": the country modifies a noun)
	// ("from Buton in Southeast Sulawesi": a land's name not yet found,
	// that a point of the compass opens)
	if m := s.mentionAt(j); (m == nil || m.from != j || m.demonym || (m.ent.typ != schema.Country && m.ent.typ != schema.Region) || possMark[s.lower(m.to)] || s.commonNounAt(m.to)) && !(m == nil && s.compassNamed(j)) {
		return false
	}
	switch s.lower(from - 1) {
	case "between", "from", "near", "outside", "around":
		return true
	case "of":
		// "operate out of Tarakan in North Kalimantan"
		return s.lower(from-2) == "out"
	case "to", "with":
		// "from Moyale to Isiolo in central Kenya", "from Chipata to
		// Mchinji in Malawi": the end of a route; "links the port of Dar
		// es Salaam with Kapiri Mposhi in central Zambia": what a link
		// joins
		for k := from - 2; k >= 0 && k >= from-10; k-- {
			if w := s.lower(k); s.lower(from-1) == "to" && w == "from" || s.lower(from-1) == "with" && linkVerbs[w] {
				return true
			}
			if s.lower(k) == "," || s.lower(k) == ";" {
				return false
			}
		}
	case "in", "at":
		// "met in Tacna in Peru" (not "a stake in Rover in Britain":
		// what comes before says it is a place)
		return meetingVerbs[s.lower(from-2)] || placeVerbs[s.lower(from-2)]
	case "and":
		for k := from - 2; k >= 0 && k >= from-8; k-- {
			if s.lower(k) == "between" {
				return true
			}
			if s.lower(k) == "," || s.lower(k) == ";" {
				return false
			}
		}
	}
	return false
}

// linkVerbs join two places: "links Dar es Salaam with Kapiri Mposhi".
var linkVerbs = setOf(`links linked link linking connects connected connect connecting`)

// meetingVerbs before "in" or "at" make what follows a place: "met in
// Tacna in Peru", "talks in Termez".
var meetingVerbs = setOf(`met meet meets meeting held hold holds talks summit arrived arrive arrives landed stopped stayed killed visit visiting`)

// placeSetOff reports whether the comma at token i opens ", in [the]
// [northern] Country," or ", in Country's Region," closed by a comma and
// not followed by a verb of saying: "Reni, in Ukraine's Odesa region,
// lies" (not "Amina Yusuf, in Kenya, said": a speaker).
func (s *sentence) placeSetOff(i int) bool {
	if s.lower(i) != "," || s.lower(i+1) != "in" {
		return false
	}
	k := i + 2
	if s.lower(k) == "the" {
		k++
	}
	if s.compassWord(k) {
		k++
	}
	q := s.mentionAt(k)
	if q == nil && k+1 < len(s.toks) && nameTok(s.toks[k]) && placeAfterName[s.lower(k+1)] && !s.toks[k+1].Cap {
		// "in Muthanna province": a province's name not found yet
		return s.setOffEnds(k + 2)
	}
	if q == nil || q.from != k || q.demonym || !(q.ent.typ == schema.Country || q.ent.typ == schema.Region) {
		return false
	}
	e := q.to
	// "Somalia's Gedo region" (before the possessive is marked; a
	// region's name not found yet)
	if possMark[s.lower(e)] {
		j := e + 1
		if r := s.mentionAt(j); q.ent.typ == schema.Country && r != nil && r.from == j && r.ent.typ == schema.Region {
			e = r.to
		} else if q.ent.typ == schema.Country && r == nil && j+1 < len(s.toks) && nameTok(s.toks[j]) && placeAfterName[s.lower(j+1)] && !s.toks[j+1].Cap {
			e = j + 1
		} else {
			return false
		}
	}
	if placeAfterName[s.lower(e)] && !s.toks[e].Cap {
		e++ // "the Odesa region"
	}
	return s.setOffEnds(e)
}

// setOffEnds reports whether a place set off after a name ends at token
// e: a comma not opening reported speech, or the sentence's full stop.
func (s *sentence) setOffEnds(e int) bool {
	return s.lower(e) == "," && !speechVerbs[s.lower(e+1)] || s.lower(e) == "." && e == len(s.toks)-1
}

// townApposition reports whether an apposition at token i says the name
// before it is a town: "Monguno, a town in Nigeria's Borno state",
// "Fotokol, a border village".
func (s *sentence) townApposition(i int) bool {
	if s.lower(i) != "," {
		return false
	}
	// "Stanley, the islands' capital", "Koror, Palau's former capital": a
	// possessor's capital is a town
	for j := i + 2; j <= i+5 && j < len(s.toks); j++ {
		if possMark[s.lower(j)] {
			k := j + 1
			if s.lower(k) == "former" || s.lower(k) == "new" || s.lower(k) == "old" {
				k++
			}
			if s.lower(k) == "capital" && (k+1 >= len(s.toks) || !s.toks[k+1].Word || s.lower(k+1) == "," || s.lower(k+1) == "and") {
				return true
			}
			break
		}
		if !s.toks[j].Word {
			break
		}
	}
	if s.lower(i+1) != "a" && s.lower(i+1) != "the" {
		return false
	}
	// "a small border town", "a former Polish village"
	k := s.describers(i+2, 3, func(w string) bool { return townNouns[w] })
	// "a port city", "a port town": a town noun before another
	if townNouns[s.lower(k)] && townNouns[s.lower(k+1)] && !s.toks[k+1].Cap {
		k++
	}
	// ("Herman, a district manager": the noun is no head before another)
	// ("Vanimo, the capital of Sandaun province": a capital is a town)
	if s.lower(i+1) == "the" && s.lower(i+2) == "capital" && s.lower(i+3) == "of" {
		return true
	}
	// ("Grace Wani, a researcher at the Port Moresby-based institute": a
	// town's name is no town noun)
	// ("Jaffna, the main city of the Northern Province": a town noun
	// "of" a place)
	return townNouns[s.lower(k)] && !s.toks[k].Cap && s.lower(k) != "capital" && (s.lower(k+1) != "of" || s.placeAfterOf(k+2) || s.nameAfterOf(k+2)) && !s.commonNounAt(k+1)
}

// nameAfterOf reports a name not yet known from token k, past "the", that
// a place noun closes or that ends the apposition: "of the Musandam
// peninsula", "of Sandaun,".
func (s *sentence) nameAfterOf(k int) bool {
	if s.lower(k) == "the" {
		k++
	}
	if k >= len(s.toks) || !nameTok(s.toks[k]) || s.mentionAt(k) != nil || headTitles[s.lower(k)] {
		return false
	}
	j := k
	for j < len(s.toks) && j < k+3 && nameTok(s.toks[j]) {
		j++
	}
	w := s.lower(j)
	return (placeOfNouns[w] || placeAfterName[w] || landNouns[w]) && !s.toks[j].Cap || w == "," || w == "." && j == len(s.toks)-1
}

// landNouns close the name of a stretch of land: "the Musandam
// peninsula".
var landNouns = map[string]bool{"peninsula": true, "valley": true, "delta": true, "basin": true, "plateau": true, "highlands": true, "coast": true}

// placeAfterOf reports a country or a region named from token k, past
// "the" and a compass word: "of northern Nigeria", "of the Northern
// Province".
func (s *sentence) placeAfterOf(k int) bool { return s.landFrom(k) != nil }

// landFrom returns the country or region named from token k, past "the"
// and a compass word ("the Sahel", "northern Niger", "Niger's"), or nil.
func (s *sentence) landFrom(k int) *mention {
	if s.lower(k) == "the" {
		k++
	}
	if s.compassWord(k) {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.from == k && !m.demonym && (m.ent.typ == schema.Country || m.ent.typ == schema.Region) {
		return m
	}
	return nil
}

// regionApposition reports whether an apposition at token i says the
// name before it is a region of a place: "Gedo, a region of Jubaland",
// "Sool, a disputed province in the north".
func (s *sentence) regionApposition(i int) bool {
	// "Sabah, the Malaysian state on Borneo", "Bavaria, a German state":
	// a country's demonym and a subdivision's noun
	if s.lower(i) == "," && (s.lower(i+1) == "a" || s.lower(i+1) == "the") {
		k := i + 2
		if !s.toks[min(k, len(s.toks)-1)].Cap && s.tag(k) == "JJ" {
			k++ // "a southern Brazilian state"
		}
		if m := s.mentionAt(k); m != nil && m.from == k && m.ent.typ == schema.Country && s.toks[k].Cap {
			e := m.to
			if subdivisionNouns[s.lower(e-1)] && e-1 > k {
				e--
			}
			if subdivisionNouns[s.lower(e)] || s.lower(e) == "island" {
				return true
			}
		}
	}
	if s.lower(i) != "," || s.lower(i+1) != "a" {
		return false
	}
	k := s.describers(i+2, 3, func(w string) bool { return placeOfNouns[w] || w == "province" || w == "district" })
	w := s.lower(k)
	return (placeOfNouns[w] || w == "province" || w == "district") && !s.toks[k].Cap && (s.lower(k+1) == "of" || s.lower(k+1) == "in")
}

// bodyApposition reports whether the name ending before token i is set
// off by an apposition whose head is a kind of business: "Chevron, the
// largest foreign oil company still working in Venezuela", "Sonangol, a
// state-owned oil firm," (not "Smith, a company spokesman": the noun
// heads no phrase there).
func (s *sentence) bodyApposition(i int) bool {
	if s.lower(i) != "," || (s.lower(i+1) != "a" && s.lower(i+1) != "an" && s.lower(i+1) != "the") {
		return false
	}
	// (not "to acquire Bell, the company said": the subject of a verb
	// after the name)
	k := s.describers(i+2, 5, func(w string) bool { return businessNouns[w] })
	return k < len(s.toks) && businessNouns[s.lower(k)] && !s.toks[k].Cap && !strings.HasPrefix(s.tag(k+1), "NN") && s.lower(k+1) != "'s" &&
		!finiteVerb(s, k+1) && !speechVerbs[s.lower(k+1)] && s.tag(k+1) != "MD"
}

// placeHoldsApposition reports whether the name at token i closes an
// apposition that describes a place as in it or part of it: "Beled
// Hawo, a town in Gedo", "Ras Kamboni, a coastal town in southern
// Jubaland", "Gedo, a region of Jubaland".
func (s *sentence) placeHoldsApposition(i int) bool {
	j := i - 1
	if compass[s.lower(j)] && !s.toks[j].Cap {
		j--
	}
	noun := s.lower(j - 1)
	switch s.lower(j) {
	case "in":
		if !townNouns[noun] && !placeNouns[noun] {
			return false
		}
	case "of":
		// ("the town of Monguno" names the town itself)
		if !partOfNouns[noun] {
			return false
		}
	default:
		return false
	}
	if j < 3 || s.toks[j-1].Cap {
		return false
	}
	k := j - 2
	for n := 0; n < 3 && k > 1 && s.lower(k) != "a" && s.lower(k) != "an" && (s.plainWord(k) || townNouns[s.lower(k)]); n++ {
		k--
	}
	return (s.lower(k) == "a" || s.lower(k) == "an") && s.lower(k-1) == ","
}

// describers skips, from token k, at most n lower-case words and
// demonyms that describe a place ("a former Polish village"), up to a
// word stop accepts; it returns the index after them.
func (s *sentence) describers(k, n int, stop func(string) bool) int {
	for ; n > 0 && k < len(s.toks) && s.toks[k].Word && !stop(s.lower(k)); n-- {
		if m := s.mentionAt(k); m != nil && m.from == k && m.demonym {
			k = m.to
			continue
		}
		if s.toks[k].Cap {
			break
		}
		k++
	}
	return k
}

// commonNounAt reports whether token i is a lower-case noun.
func (s *sentence) commonNounAt(i int) bool {
	return i < len(s.toks) && s.toks[i].Word && !s.toks[i].Cap && strings.HasPrefix(s.tag(i), "NN")
}

// placePossessor reports whether the possessive "'s" at token i follows a
// country's, a region's or a town's name.
func (s *sentence) placePossessor(i int) bool {
	p := s.mentionAt(i - 1)
	return p != nil && p.to == i && !p.demonym && (p.ent.typ == schema.Country || p.ent.typ == schema.Region || p.ent.typ == schema.City)
}

// placeOfDescription reports whether the name at token i follows "the
// <country or region> [adjective] <place noun> of": "the Russian port of
// Ust-Luga", "the main Philippine island of Luzon", "the Djiboutian port
// of Tadjourah". The name is then a place whatever its words look like.
func (s *sentence) placeOfDescription(i int) bool {
	// "the Malaysian states of Sabah and Sarawak": the names listed
	// after a plural place noun
	if s.lower(i-1) == "and" || s.lower(i-1) == "," {
		k := i - 2
		for n := 0; n < 4 && k > 1 && nameTok(s.toks[k]); n++ {
			for k > 1 && nameTok(s.toks[k-1]) {
				k--
			}
			if s.lower(k-1) == "of" {
				w := s.lower(k - 2)
				return pluralPlaceNoun(w) && !s.toks[k-2].Cap && s.placeOfDescription(k)
			}
			if s.lower(k-1) != "," && s.lower(k-1) != "and" {
				return false
			}
			k -= 2
		}
		return false
	}
	if pluralPlaceNoun(s.lower(i-2)) && !s.toks[i-2].Cap && s.lower(i-1) == "of" {
		// (a plural noun: "the Malaysian states of Sabah")
		return s.pluralPlaceOf(i)
	}
	if s.lower(i-1) != "of" || !(townNouns[s.lower(i-2)] || placeOfNouns[s.lower(i-2)]) || s.toks[i-2].Cap || s.lower(i-2) == "capital" {
		return false
	}
	// "near the village of Plauru", "the island of Vaindloo", "in the
	// governorate of Medenine", "its island of Crete": a town or land
	// noun right after "the" or a possessive pronoun
	if w := s.lower(i - 3); w == "the" || w == "its" || w == "their" {
		return true
	}
	// ("the port city of Izmail", "the coastal town of Walvis Bay")
	if w := s.lower(i - 4); (w == "the" || w == "its" || w == "their") && s.plainWord(i-3) && !s.toks[i-3].Cap && s.mentionAt(i-3) == nil {
		return true
	}
	// back over at most two plain words to the country or region, and at
	// most two more to "the"
	k := i - 3
	for n := 0; n < 2 && s.plainWord(k); n++ {
		k--
	}
	// "Kenya's port of Lamu", "Ethiopia's border town of Moyale": a
	// place's possessive
	if possMark[s.lower(k)] {
		return s.landPossessorAt(k)
	}
	p := s.mentionAt(k)
	if p == nil || p.to != k+1 || !(p.ent.typ == schema.Country || p.ent.typ == schema.Region) || p.poss {
		return false
	}
	k = p.from - 1
	for n := 0; n < 2 && s.plainWord(k) && s.lower(k) != "the"; n++ {
		k--
	}
	return s.lower(k) == "the"
}

// capitalized counts the capitalized tokens of a name.
func capitalized(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Cap {
			n++
		}
	}
	return n
}

// placeNounType is the type of a place a singular place noun describes:
// a region for "island", "state", "province", "district", a town for
// "city", "port", "town".
func placeNounType(noun string) schema.EntityType {
	if placeOfNouns[noun] || noun == "province" || noun == "district" {
		return schema.Region
	}
	return schema.City
}

// landOwnsNoun reports whether the noun at token j follows a country's
// or region's "'s" past at most two adjectives: "Japan's westernmost
// island".
func (s *sentence) landOwnsNoun(j int) bool {
	k := j - 1
	for n := 0; n < 2 && s.plainWord(k) && !s.toks[k].Cap; n++ {
		k--
	}
	return possMark[s.lower(k)] && s.landPossessorAt(k)
}

// landPossessorAt reports whether the "'s" at token k closes the name of
// a country or region: "Kenya's", "Nigeria's".
func (s *sentence) landPossessorAt(k int) bool {
	p := s.mentionAt(k - 1)
	return p != nil && p.to == k && (p.ent.typ == schema.Country || p.ent.typ == schema.Region)
}

// pluralPlaceOf reports a plural place noun before "of" at token i-1
// that a country or region qualifies: "the Malaysian states of",
// "Nigeria's states of".
func (s *sentence) pluralPlaceOf(i int) bool {
	k := i - 3
	for n := 0; n < 2 && s.plainWord(k); n++ {
		k--
	}
	if possMark[s.lower(k)] {
		return s.landPossessorAt(k)
	}
	p := s.mentionAt(k)
	return p != nil && p.to == k+1 && (p.ent.typ == schema.Country || p.ent.typ == schema.Region) && (p.demonym || s.lower(p.from-1) == "the")
}

// placeFollows reports whether tokens from i are ", <region or country>":
// what a town's name is followed by in news ("Aiken, S.C.").
func placeFollows(s *sentence, i int) bool {
	if i >= len(s.toks) || s.toks[i].Text != "," {
		return false
	}
	m := s.mentionAt(i + 1)
	return m != nil && m.from == i+1 && !m.demonym && (m.ent.typ == schema.Region || m.ent.typ == schema.Country)
}

// placeInFollows reports whether "in" and a country or a region follow
// token i: "in Niger's northern Agadez region", "in northern Niger", "in
// the Sahel".
func (s *sentence) placeInFollows(i int) bool {
	if s.lower(i) != "in" {
		return false
	}
	// (not "buy from Hitachi in U.S. dollars": a name modifying a noun)
	m := s.landFrom(i + 1)
	return m != nil && (m.poss || !s.commonNounAt(m.to))
}

// titleCase turns "ROYAL OAK" and "STOCKTON-ON-TEES" into "Royal Oak" and
// "Stockton-On-Tees".
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '.'
	}
	return string(b)
}

// abbrevHeads end names as abbreviations written with a period.
var abbrevHeads = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "jr": true, "sr": true}

// placePrep are the words after which a name followed by ", <state or
// country>" is a town: "born in North Bend, Ohio", "near Aiken, S.C.".
var placePrep = map[string]bool{"in": true, "of": true, "near": true, "from": true, "at": true, "outside": true, "to": true, "through": true, "via": true}

// residence reports whether the name starting at token i is where a person
// just named lives, in the news convention "Person[, age,] of Place":
// "diver Brian Michaud of Millinocket", "Marie Ferraro, 50, of Bethany".
func residence(s *sentence, i int, added []*mention) bool {
	p := s.personOfAt(i)
	// the person may have been found earlier in this same pass
	if n := len(added); p == nil && n > 0 {
		saved := s.ments
		s.ments = mergeMentions(s.ments, added[n-1:])
		p = s.personOfAt(i)
		s.ments = saved
	}
	if p == nil {
		return false
	}
	// "of Hoare Govett Asia Ltd", "of Smith Barney, Harris Upham and Co":
	// a town's name ends at a comma before its state, a full stop, or a
	// lowercase word; more capitals make it a firm's name
	e := i
	for e < len(s.toks) && nameTok(s.toks[e]) && s.mentionAt(e) == nil {
		e++
	}
	switch {
	case e >= len(s.toks) || s.toks[e].Text == ".":
	case s.toks[e].Text == ",":
		if n := s.mentionAt(e + 1); n != nil && !(n.ent.typ == schema.Region || n.ent.typ == schema.Country) || n == nil && e+1 < len(s.toks) && s.toks[e+1].Cap {
			return false
		}
	case s.toks[e].Word && !s.toks[e].Cap:
	default:
		return false
	}
	// "analyst Phil Pace of Kidder, Peabody": a job title before the
	// person makes "of" name the employer, unless an age says residence.
	title := p.title
	if title == "" {
		_, title, _ = s.titleBefore(p.from)
	}
	if title != "" && !occupations[lastWord(title)] && s.lower(p.to) != "," {
		return false
	}
	return true
}

// personOfAt returns the person mention of "Person[, age,] of" when it ends
// right before token i, else nil.
func (s *sentence) personOfAt(i int) *mention {
	k := i - 1
	switch s.lower(k) {
	case "of":
		if s.lower(k-1) == "," && isNumber(s.lower(k-2)) && s.lower(k-3) == "," {
			k -= 3
		}
	case "from":
		// "Vera Holm, an engineer from Rockport": a short apposition
		// "Ed Brannigan, 61, a Republican from Joliet"
		j := k - 1
		for j > k-5 && j >= 0 && s.toks[j].Word && (!s.toks[j].Cap || partyMembers[s.lower(j)]) && s.lower(j) != "a" && s.lower(j) != "an" {
			j--
		}
		if j == k-1 || s.lower(j) != "a" && s.lower(j) != "an" || s.lower(j-1) != "," {
			return nil
		}
		k = j - 1
		if isNumber(s.lower(k-1)) && s.lower(k-2) == "," {
			k -= 2
		}
	default:
		return nil
	}
	p := s.mentionAt(k - 1)
	if p == nil || p.to != k || p.ent.typ != schema.Person || p.poss {
		return nil
	}
	return p
}

// otherTowns reads "Portland, Maine" as a town of Maine, not the
// gazetteer's Portland in Oregon: a known city followed by a state or
// province of its country that it does not lie in is another town of the
// same name, named with its state.
func (d *doc) otherTowns(s *sentence) {
	for i, m := range s.ments {
		e := m.ent.entry
		if e == nil || m.ent.typ != schema.City || len(e.In) == 0 || s.lower(m.to) != "," || i+1 >= len(s.ments) {
			continue
		}
		r := s.ments[i+1]
		if r.from != m.to+1 || r.ent.typ != schema.Region || r.ent.entry == nil || r.ent.entry.Country != e.Country {
			continue
		}
		if !d.g.Contains(r.ent.entry.ID, e.ID) {
			m.ent = d.discovered(schema.City, spanText(d.text, s.toks, m.from, m.to)+", "+r.ent.name)
		}
	}
}

// abstractNoun reports a word ending as abstract nouns do ("solidarity",
// "cooperation", "development", "industry"), which a surname rarely does.
func abstractNoun(w string) bool {
	for _, suf := range []string{"ity", "ion", "ment", "ness", "ism", "ing", "ure", "ry", "ress"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// compassNamed reports a land's name at j that a point of the compass
// opens ("Southeast Sulawesi"), not followed by a possessive or a noun.
func (s *sentence) compassNamed(j int) bool {
	if j+1 >= len(s.toks) || !compassOpeners[s.lower(j)] || !s.toks[j].Cap || !s.toks[j+1].Cap || !nameTok(s.toks[j+1]) || allCaps(s.toks[j].Text) {
		return false
	}
	k := j + 2
	for k < len(s.toks) && k < j+3 && s.toks[k].Cap && nameTok(s.toks[k]) {
		k++
	}
	return !possMark[s.lower(k)] && !s.commonNounAt(k)
}

// compassOpeners open lands' names: "North Kalimantan", "Southeast
// Sulawesi".
var compassOpeners = setOf(`north south east west northeast northwest southeast southwest`)

// compassAdjectives open regions' names: "Western Province".
var compassAdjectives = setOf(`western eastern northern southern central`)

// fieldHeads end the names of fields a body studies or deals with:
// "Security Studies", "Foreign Affairs".
var fieldHeads = setOf(`studies affairs relations sciences`)

// eventHeads end the names of events: "the Commonwealth Heads of
// Government Meeting".
var eventHeads = setOf(`meeting meetings summit conference congress games olympics`)

// subdivisionNouns name the parts of a country: "the region of",
// "the province of".
var subdivisionNouns = setOf(`region province state department district county prefecture governorate oblast`)

// placeModifiers may stand before a town's name as part of it or of a
// place within it: "Greater Manchester", "Old Delhi", "Downtown Beirut".
var placeModifiers = map[string]bool{
	"greater": true, "metro": true, "old": true, "new": true, "north": true, "south": true,
	"east": true, "west": true, "upper": true, "lower": true, "downtown": true, "central": true,
	"inner": true, "outer": true, "city": true, "port": true, "fort": true, "mount": true,
	"saint": true, "san": true, "santa": true, "los": true, "las": true, "el": true, "la": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "suburban": true,
}

// sentenceStart reports whether token i opens the sentence or a quotation,
// where a capital says nothing.
func sentenceStart(s *sentence, i int) bool {
	switch s.lower(i - 1) {
	case "", "\"", "“", "(", "-", "–", "—", ":", "'", "‘":
		return true
	}
	return false
}

// killWords are the words around which a lone surname is a person.
var killWords = map[string]bool{
	"killing": true, "killed": true, "kill": true, "assassinated": true, "assassinating": true,
	"assassinate": true, "assassin": true, "assassination": true, "murdered": true,
	"murdering": true, "murder": true, "killer": true, "murderer": true, "slaying": true,
}

// killContext reports whether the one-word name at [from, to) is the
// subject or object of a killing: right before or after a kill word, or
// its possessor ("Kennedy's assassin").
func killContext(s *sentence, from, to int) bool {
	if strings.ToUpper(s.toks[from].Text) == s.toks[from].Text {
		return false // an acronym
	}
	before, after := s.lower(from-1), s.lower(to)
	if after == "'s" || after == "’s" {
		after = s.lower(to + 1)
	}
	if killWords[before] || killWords[after] || before == "shot" || after == "shot" {
		return true
	}
	// "found Oswald acted alone in killing Kennedy": the subject of a
	// verb phrase about a killing (the tag is looked at last: it may
	// have to tag the sentence)
	for k := to + 1; k < len(s.toks) && k <= to+5; k++ {
		if w := s.lower(k); w == "," || clauseWords[w] {
			break
		}
		if killWords[s.lower(k)] {
			return strings.HasPrefix(s.tag(to), "VB")
		}
	}
	return false
}

// legalSuffixes end companies' names; "of" after them names a place, not
// more of the name ("Gunze Sangyo Inc of Tokyo").
var legalSuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co": true, "co.": true, "cos": true,
	"ltd": true, "ltd.": true, "plc": true, "ag": true, "sa": true, "nv": true, "llc": true,
	"gmbh": true, "lp": true, "bhd": true, "na": true, "spa": true, "ab": true, "llp": true,
}

// institutionWord reports whether w is a head word of institutions' or
// places' names ("district", "bank", "county").
func institutionWord(w string) bool {
	return orgHeads[w] || regionHeads[w] || facilityHeads[w] || genericOrgWords[w] || companyHeads[w]
}

// genericOrg reports whether every word of a name is a common word of
// institutions' names: "Central Bank", "Foreign Ministry", "Bank".
func genericOrg(toks []Token) bool {
	for _, t := range toks {
		// ("Federal Cartel Office", "Fleet Financial Group": a head that
		// is no common word of bodies' names makes one)
		if !orgHeads[t.Lower] && !genericOrgWords[t.Lower] || distinctHeads[t.Lower] {
			return false
		}
	}
	return true
}

// portfolioNouns are the capitalized common nouns of a minister's
// portfolio ("Minister of Transport and Logistics", "Minister for Sport
// and Youth"). Some are genericOrgWords too; a portfolio read back from a
// name ("Foreign Affairs and Trade Penny Wong") joins only these across
// "and".
var portfolioNouns = setOf(`mineral overseas international partnerships enlargement neighbourhood homeland logistics external negotiations debt management reform reconstruction protection consumer civil service services legal religious parliamentary administrative security sport sports youth women family families children employment water lands mines science technology innovation digital home veterans arts heritage social welfare rural urban local government natural resources cooperation integration relations maritime aviation ports railways roads telecommunications food human rights labour labor tourism culture fisheries housing infrastructure immigration energy trade industry transport environment agriculture health education finance defence defense interior justice affairs foreign economy commerce planning investment development works`)

var genericOrgWords = map[string]bool{
	"central": true, "national": true, "supreme": true, "foreign": true, "communist": true,
	"socialist": true, "state": true, "federal": true, "people's": true, "democratic": true,
	"liberal": true, "conservative": true, "labour": true, "labor": true, "finance": true,
	"defence": true, "defense": true, "interior": true, "justice": true, "trade": true,
	"economy": true, "economic": true, "commerce": true, "agriculture": true, "health": true,
	"education": true, "energy": true, "industry": true, "monetary": true, "constitutional": true,
	"high": true, "appeals": true, "general": true, "security": true, "armed": true,
	"development": true, "investment": true, "planning": true, "statistics": true, "statistical": true,
	"affairs": true, "public": true, "works": true, "petroleum": true, "oil": true, "mining": true,
	"transport": true, "communications": true, "information": true, "environment": true,
	"and": true, "of": true, "the": true, "for": true, "reserve": true, "savings": true,
	"export": true, "import": true, "customs": true, "revenue": true, "tax": true, "budget": true,
	"election": true, "electoral": true, "military": true, "revolutionary": true, "republican": true,
	"lines": true, "new": true, "first": true, "enlargement": true, "climate": true, "migration": true,
	"fisheries": true, "tourism": true, "culture": true, "housing": true, "infrastructure": true,
	"immigration": true, "competition": true,
}

// countryOf returns the country a generic name at [from, to) belongs to:
// a possessive before it ("Indonesia's Central Bank"), "of" after it, or
// the one country the sentence names; nil when there is none or several.
func (s *sentence) countryOf(from, to int) *entity {
	for _, k := range []int{from - 1, from - 2} {
		// (discovery runs before possessives are marked: read the "'s")
		if p := s.mentionAt(k); p != nil && (p.poss || possMark[s.lower(p.to)]) && p.to >= from-2 && p.ent.typ == schema.Country {
			return p.ent
		}
	}
	if s.lower(to) == "of" {
		if p := s.mentionAt(to + 1); p != nil && p.from == to+1 && p.ent.typ == schema.Country {
			return p.ent
		}
	}
	var only *entity
	var capitals []string // the countries of the capitals named
	for _, m := range s.ments {
		// ("Israeli jets struck the Defense Ministry headquarters in
		// central Damascus": a capital right after the body names
		// another country)
		if !m.absorbed && m.ent.typ == schema.City && m.ent.entry != nil && m.ent.entry.CapitalOf != "" && m.from >= to && m.from <= to+4 {
			capitals = append(capitals, m.ent.entry.CapitalOf)
		}
		if m.absorbed || m.based || m.backer || m.ent.typ != schema.Country { // ("Bermuda-based Fidelity": where another body is)
			continue
		}
		if otherCountryPreps[s.lower(m.from-1)] && !possMark[s.lower(m.to)] {
			continue // "during his visit to South Africa": where one goes or whom one deals with
		}
		if only != nil && only != m.ent {
			return nil
		}
		only = m.ent
	}
	if only != nil && only.entry != nil {
		for _, c := range capitals {
			if c != only.entry.ID {
				return nil
			}
		}
	}
	return only
}

// otherCountryPreps put a country out of a generic body's reach: the
// place a journey goes to or comes from, the party one deals with.
var otherCountryPreps = map[string]bool{
	"to": true, "from": true, "with": true, "against": true, "toward": true,
	"towards": true, "into": true, "visit": true, "visiting": true,
}

// employerContext reports whether the name at token i follows a role noun
// and of/for/at, with at most "the" and two lowercase words between:
// "manager of Bradley First Air", "attorney for the Peruvian mining
// company Minpeco".
func employerContext(s *sentence, i int) bool {
	k := i - 1
	for n := 0; n < 3 && k >= 0 && s.toks[k].Word && !s.toks[k].Cap && !isPrep(s.lower(k)); n++ {
		k--
	}
	if w := s.lower(k); w != "of" && w != "for" && w != "at" {
		return false
	}
	role := s.lower(k - 1)
	return role != "" && !s.toks[k-1].Cap && (staffTitles[role] || headTitles[role] || roleNouns[role])
}

// roleNouns are jobs and memberships that take an employer after of/for.
var roleNouns = map[string]bool{
	"manager": true, "owner": true, "chief": true, "member": true, "employee": true,
	"director": true, "president": true, "chairman": true, "chairwoman": true, "head": true,
	"founder": true, "publisher": true, "editor": true, "correspondent": true, "reporter": true,
	"analyst": true, "economist": true, "attorney": true, "lawyer": true, "counsel": true,
	"executive": true, "officer": true, "partner": true, "engineer": true, "researcher": true,
	"professor": true, "coach": true, "player": true, "pitcher": true, "shearer": true,
	"worker": true, "staffer": true, "trustee": true, "treasurer": true, "secretary": true,
}

// acronymOrg reports whether w is an all-capital acronym of 2 to 6 letters
// that is no common abbreviation of a thing ("GDP", "CEO").
func acronymOrg(w string) bool {
	// "SPLM-IO": two acronyms joined
	if a, b, ok := strings.Cut(w, "-"); ok && len(a) >= 2 && len(b) >= 2 {
		return acronymOrg(a) && acronymOrg(b)
	}
	if len(w) < 2 || len(w) > 6 || notAcronymOrgs[w] {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

var notAcronymOrgs = map[string]bool{
	"GDP": true, "GNP": true, "CEO": true, "CFO": true, "COO": true, "AIDS": true, "HIV": true,
	"TV": true, "PM": true, "AM": true, "GMT": true, "EST": true, "EDT": true, "PST": true,
	"IPO": true, "ATM": true, "OK": true, "USA": true, "US": true, "UK": true, "EU": true,
	"DNA": true, "CD": true, "PC": true, "IT": true, "VAT": true, "LNG": true, "LPG": true,
	"OPEC": false, "MP": true, "MPS": true, "VIP": true, "ID": true, "RE": true, "II": true,
	"III": true, "IV": true, "VI": true, "XX": true, "NOTE": true, "UPDATE": true, "NEWS": true,
	"THE": true, "AND": true, "FOR": true, "OF": true, "IN": true, "ON": true, "TO": true,
	"A": true, "I": true, "BPD": true, "MLN": true, "BLN": true, "PCT": true, "CTS": true,
	"DLRS": true, "SHR": true, "NET": true, "REVS": true, "QTR": true, "AVG": true, "SHRS": true,
	"INC": true, "CORP": true, "LTD": true, "CO": true, "NV": true, "SA": true, "AG": true,
}

// placeVerbs take a place after a preposition: "born in Tupelo", "a
// native of Danville", "grew up in Rock Hill".
var placeVerbs = map[string]bool{
	"born": true, "lives": true, "lived": true, "live": true, "living": true, "resides": true,
	"resided": true, "raised": true, "died": true, "native": true, "resident": true,
	"residents": true, "hometown": true, "settled": true, "moved": true, "buried": true,
	"up": true, // "grew up in"
	// "based in Lahad Datu", "headquartered in": where a body sits
	"based": true, "headquartered": true, "stationed": true, "located": true,
}

// journeyVerbs end in a place after "to" or "in": "travel to Arawa",
// "flew to Buka", "arrived in Kirkuk" (not "arrived at Ted Sohn's home").
var journeyVerbs = setOf(`travel travels travelled traveled travelling traveling fly flies flew flying arrived arrives arrive arriving landed`)

// visitVerbs take the place visited as their object: "visited Buka".
var visitVerbs = setOf(`visit visits visited visiting toured tour tours touring`)

// placeContext reports whether the name at token i follows a verb or noun
// of living somewhere and its preposition.
func placeContext(s *sentence, i int) bool {
	// (one word only: "would visit Kyoji Kitamura" visits a person)
	if visitVerbs[s.lower(i-1)] && !s.toks[i-1].Cap && !(i+1 < len(s.toks) && s.toks[i+1].Cap && nameTok(s.toks[i+1])) {
		return true
	}
	if p := s.lower(i - 1); (p == "to" || p == "in") && journeyVerbs[s.lower(i-2)] && s.lower(i+1) != "'s" && s.lower(i+1) != "’s" {
		return true
	}
	switch s.lower(i - 1) {
	case "in", "of", "near", "to", "at":
		w := s.lower(i - 2)
		return placeVerbs[w] && (w != "up" || s.lower(i-3) == "grew" || s.lower(i-3) == "grown") && (w != "moved" || s.lower(i-1) == "to")
	}
	return false
}

// placeCueAfter reports whether what follows token to makes the name
// before it a place: a verb only a place takes ("Mae Sot lies in Tak
// province") or an apposition that makes it a body's seat ("Laiza, the
// KIA's headquarters").
func placeCueAfter(s *sentence, to int) bool {
	// "Laiza, the KIA's headquarters": a body's seat in apposition
	if s.lower(to) == "," {
		k := to + 1
		if s.lower(k) == "the" {
			k++
		}
		for n := 0; n < 4 && k < len(s.toks) && s.toks[k].Cap; n++ {
			k++
		}
		return k > to+1 && possMark[s.lower(k)] && seatNouns[s.lower(k+1)]
	}
	// (not "is located in", "sits in": a firm or a court is too)
	switch s.lower(to) {
	case "lies", "straddles":
		return placeAtPreps[s.lower(to+1)]
	}
	return false
}

// placeAtPreps place what lies or straddles somewhere.
var placeAtPreps = setOf(`in on along near at across astride`)

// isNumber reports whether w is all digits (an age: "Daniel Urquhart, 8,").
func isNumber(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// particleName reports whether a name of five or six words holds a
// particle between its words: "bin", "Al", "da".
func particleName(toks []Token) bool {
	for _, t := range toks[1 : len(toks)-1] {
		if nameParticles[t.Lower] {
			return true
		}
	}
	return false
}

// rankAbbrev reports whether token i is an abbreviated title or rank
// closed by its own period ("Gen." in "Gen. Abdourahamane Tiani", "Lt."
// and "Col." in "Lt. Col. Ibrahim Sule"): a title, never a name.
func (s *sentence) rankAbbrev(i int) bool {
	w := s.lower(i) + "."
	return (titleWords[w] || honorifics[w] || abbrevTitles[w] != "") && s.lower(i+1) == "." && s.toks[i+1].Start == s.toks[i].End
}

// personLike reports whether capitalized tokens look like a personal name:
// no digits, no all-caps words longer than 3 letters (headlines), and not
// ending in a possessive-less plural common noun.
func personLike(toks []Token) bool {
	for i, t := range toks {
		if strings.ContainsAny(t.Text, "0123456789&") {
			return false
		}
		if len(t.Text) > 4 && strings.ToUpper(t.Text) == t.Text {
			return false
		}
		// ("Ahmad Shah Sultani": a ruler's title inside a name)
		if notNames[t.Lower] || titleWords[t.Lower] && !nameParticles[t.Lower] && !(i > 0 && i < len(toks)-1 && nameTitles[t.Lower]) {
			return false
		}
		// "Coordination Framework", "Development Partnership": abstract
		// nouns name no one
		for _, suf := range abstractSuffixes {
			if strings.HasSuffix(t.Lower, suf) && len(t.Lower) > len(suf)+2 {
				return false
			}
		}
	}
	return true
}

func spanText(text string, toks []Token, from, to int) string {
	return text[toks[from].Start:toks[to-1].End]
}

func mergeMentions(a, b []*mention) []*mention {
	out := make([]*mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].from < b[j].from {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// fullNames maps the lowercase last name and the lowercase full name of
// every multi-word person in the document to that person.
func (d *doc) fullNames() map[string]*entity {
	byLast := map[string]*entity{}
	ambiguous := map[string]bool{}
	// "President Kennedy ... when Kennedy was shot": a surname introduced
	// with a title stands for that person later, unless a full name
	// with that surname is also in the document.
	singles := map[string]*entity{}
	surnameFirst := map[string]*entity{}
	// "Ukraine's state hydropower company, Ukrhydroenergo ... Moldova
	// accused Ukrhydroenergo": a one-word body found once by its cues is
	// the same body wherever its name comes again
	bodies := map[string]*entity{}
	groups := map[string]*entity{}
	for _, s := range d.sents {
		for _, m := range s.ments {
			// (and "the hillside town of Kenscoff ... Viv Ansanm's attack
			// on Kenscoff": so is a one-word town or region)
			place := m.ent.typ == schema.City || m.ent.typ == schema.Region
			if (m.ent.typ == schema.Organization || place && !strings.Contains(m.ent.name, "-")) && m.ent.entry == nil && !m.pronoun && !strings.Contains(m.ent.name, " ") && len(m.ent.name) > 3 && !allCaps(m.ent.name) {
				bodies[gazetteer.Fold(m.ent.name)] = m.ent
			}
			// ("the Viv Ansanm gang coalition ... Viv Ansanm took
			// control": so is a longer name an armed group's noun typed,
			// over the person the name alone was read as)
			if m.ent.typ == schema.Organization && m.ent.entry == nil && !m.pronoun && m.to < len(s.toks) && armedGroupNouns[s.lower(m.to)] {
				groups[gazetteer.Fold(m.ent.name)] = m.ent
			}
			// (a known person named by a one-word alias, "Yoon", names
			// no full name in the text)
			if m.ent.typ != schema.Person || m.ent.entry != nil && m.to-m.from == 1 {
				continue
			}
			parts := strings.Fields(m.ent.name)
			if len(parts) == 1 && m.ent.entry == nil && m.title != "" {
				singles[gazetteer.Fold(m.ent.name)] = m.ent
			}
			if len(parts) < 2 {
				continue
			}
			// (keys folded: "Jeri" is José Jerí)
			byLast[gazetteer.Fold(m.ent.name)] = m.ent
			last := gazetteer.Fold(parts[len(parts)-1])
			if prev, ok := byLast[last]; ok && prev != m.ent {
				ambiguous[last] = true
			}
			byLast[last] = m.ent
			// "Lee Jae-myung ... Lee said": Chinese and Korean names
			// put the family name first
			// "Prince Abdulaziz bin Salman ... Prince Abdulaziz": a name
			// of descent is short for its given name
			// ("Sheikh Meshal al-Ahmad al-Jaber al-Sabah ... Sheikh Meshal":
			// so is a name of lineage)
			if first := gazetteer.Fold(parts[0]); len(parts) <= 3 && familyFirst[first] || len(parts) >= 3 && (descentParticles[strings.ToLower(parts[1])] || strings.HasPrefix(strings.ToLower(parts[1]), "al-")) {
				if prev, ok := surnameFirst[first]; ok && prev != m.ent {
					ambiguous[first] = true
				}
				surnameFirst[first] = m.ent
			}
		}
	}
	for k, e := range surnameFirst {
		if prev, ok := byLast[k]; ok && prev != e {
			ambiguous[k] = true
			continue
		}
		byLast[k] = e
	}
	for k := range ambiguous {
		delete(byLast, k)
	}
	for k, e := range singles {
		if _, ok := byLast[k]; !ok && !ambiguous[k] {
			byLast[k] = e
		}
	}
	for k, e := range bodies {
		if _, ok := byLast[k]; !ok && !ambiguous[k] {
			byLast[k] = e
		}
	}
	maps.Copy(byLast, groups)
	return byLast
}

// acronyms maps the initials of every multi-word organization, agreement
// or facility named in the document to it: "RSF" for the Rapid Support
// Forces.
func (d *doc) acronyms() map[string]*entity {
	out, decl := map[string]*entity{}, map[string]*entity{}
	for _, s := range d.sents {
		for _, m := range s.ments {
			t := m.ent.typ
			if t != schema.Organization && t != schema.Agreement && t != schema.Facility {
				continue
			}
			if a, _ := initials(strings.Fields(m.ent.name)); len(a) >= 2 {
				if prev, ok := out[a]; ok && prev != m.ent {
					out[a] = nil // two names share the initials: ambiguous
					continue
				}
				out[a] = m.ent
			}
		}
	}
	// "Movement for Socialism (MAS)": an acronym in brackets right after
	// a body's name declares it, whatever its letters
	for _, s := range d.sents {
		for _, m := range s.ments {
			k := m.to
			if m.ent.typ != schema.Organization || m.poss || s.lower(k) != "(" || s.lower(k+2) != ")" {
				continue
			}
			a := s.toks[k+1].Text
			if len(a) >= 2 && len(a) <= 6 && allCapsWord(a) && strings.HasPrefix(strings.ToUpper(m.ent.name), a[:1]) {
				if _, declared := decl[a]; !declared {
					decl[a] = m.ent
				}
			}
		}
	}
	for a, e := range decl {
		out[a] = e
	}
	return out
}

// resolveAcronyms turns an all-capital word that spells the initials of a
// name in the document into a mention of that name.
func (d *doc) resolveAcronyms(s *sentence, acronyms map[string]*entity) {
	var added []*mention
	for i, t := range s.toks {
		if len(t.Text) < 2 || len(t.Text) > 6 || !allCapsWord(t.Text) {
			continue
		}
		e := acronyms[t.Text]
		if e == nil {
			continue
		}
		if m := s.mentionAt(i); m != nil {
			// an acronym discovery took as a name of its own
			if m.from == i && m.to == i+1 && m.ent.entry == nil && m.ent.typ == schema.Organization {
				m.ent = e
			}
			continue
		}
		added = append(added, &mention{from: i, to: i + 1, ent: e})
	}
	if len(added) > 0 {
		s.ments = mergeMentions(s.ments, added)
	}
}

func allCapsWord(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// resolveShort maps single-word person mentions ("Aliyev") and case
// variants of full names ("Aryeh lightstone") to the document's full name.
func (d *doc) resolveShort(s *sentence, known map[string]*entity) {
	for _, m := range s.ments {
		// "Yoon Da-hye ... Yoon said": a known person's surname, in a
		// document that names only someone else of that family, is that
		// someone
		if m.ent.entry != nil && m.ent.typ == schema.Person && m.to-m.from == 1 {
			if full, ok := known[gazetteer.Fold(s.toks[m.from].Text)]; ok && full.entry == nil && full.typ == schema.Person {
				m.ent = full
			}
			continue
		}
		if m.ent.entry != nil || m.ent.typ != schema.Person {
			continue
		}
		if full, ok := known[gazetteer.Fold(m.ent.name)]; ok && full != m.ent {
			m.ent = full
		}
	}
	// Unrecognized capitalized single words that are a known last name.
	var added []*mention
	for i, t := range s.toks {
		if !t.Cap || s.mentionAt(i) != nil {
			continue
		}
		full, ok := known[gazetteer.Fold(t.Lower)]
		if !ok {
			// "Aryeh lightstone": a first name followed by a lowercase last name.
			if i+1 < len(s.toks) {
				if f, ok2 := known[gazetteer.Fold(t.Lower+" "+s.toks[i+1].Lower)]; ok2 && s.mentionAt(i+1) == nil {
					added = append(added, &mention{from: i, to: i + 2, ent: f})
				}
			}
			continue
		}
		// ("the Telegraph's circulation": a town takes no article, nor
		// ends a longer name, "Daily Telegraph")
		if (full.typ == schema.City || full.typ == schema.Region) && (s.lower(i-1) == "the" || i > 0 && s.toks[i-1].Cap && s.toks[i-1].Word) {
			continue
		}
		added = append(added, &mention{from: i, to: i + 1, ent: full})
	}
	if len(added) > 0 {
		s.ments = mergeMentions(s.ments, added)
	}
	for _, m := range s.ments {
		if m.to < len(s.toks) && possMark[s.toks[m.to].Lower] {
			m.poss = true
		}
	}
}

// possMark are the tokens that make the name before them a possessor.
var possMark = map[string]bool{"'s": true, "’s": true, "'": true, "’": true}

// personFollows reports whether what follows token i is said of people:
// an age ("Andrew Hall, 41,") or a home town before its state ("Andrew
// Hall of Miami, Fla."). It keeps surnames that are facility words
// ("Hall", "House", "Park") from making a building of a person.
func personFollows(s *sentence, i int) bool {
	if s.lower(i) == "," && i+2 < len(s.toks) && isNumber(s.toks[i+1].Text) && s.lower(i+2) == "," {
		return true
	}
	if s.lower(i) == "of" {
		if m := s.mentionAt(i + 1); m != nil && m.from == i+1 && m.ent.typ == schema.City && s.lower(m.to) == "," {
			if r := s.mentionAt(m.to + 1); r != nil && r.from == m.to+1 && (r.ent.typ == schema.Region || r.ent.typ == schema.Country) {
				return true
			}
		}
	}
	return false
}

// placeFirstNames reads "Tennessee Williams", "Virginia Woolf", "Milan
// Radoicic": a state's, region's or town's one-word name right before a
// single capitalized surname that ends the noun phrase, not after a
// preposition, an article or a town ("Toledo, Ohio Jeep plant"), is a
// person's first name when something says it is a person.
func (d *doc) placeFirstNames(s *sentence) {
	for k, m := range s.ments {
		j := m.to
		if m.to-m.from != 1 || m.demonym || m.poss || m.ent.entry == nil || m.ent.typ != schema.Region && m.ent.typ != schema.City || strings.Contains(s.toks[m.from].Text, "-") ||
			j >= len(s.toks) || !nameTok(s.toks[j]) || s.mentionAt(j) != nil || s.tag(j) != "NNP" || allCaps(s.toks[j].Text) {
			continue
		}
		w := s.toks[j].Lower
		if !personLike(s.toks[j:j+1]) || orgHeads[w] || companyHeads[w] || facilityHeads[w] || regionHeads[w] || agreementHeads[w] || notNames[w] ||
			titleWords[w] || titleWords[w+"."] || honorifics[w] {
			continue
		}
		// "Tennessee Williams," but not "Ohio Jeep plant", "Texas oil"
		if j+1 < len(s.toks) && (nameTok(s.toks[j+1]) || strings.HasPrefix(s.tag(j+1), "NN") || s.lower(j+1) == "'s" || s.lower(j+1) == "’s") {
			continue
		}
		if prev := s.lower(m.from - 1); placePreps[prev] || prev == "the" || prev == "of" || prev == "a" || prev == "an" || prev == "," && s.mentionAt(m.from-2) != nil && s.mentionAt(m.from-2).ent.typ == schema.City || sentenceStart(s, m.from) && allCaps(s.toks[m.from].Text) {
			continue
		}
		// and something says it is a person: an occupation or title
		// before ("playwright Tennessee Williams") or after ("Tennessee
		// Williams, the playwright"); "Iowa Beef, a subsidiary" is not
		prev := s.lower(m.from - 1)
		cue := occupations[prev] || titleWords[prev]
		if s.lower(j+1) == "," {
			n := j + 2
			if w := s.lower(n); w == "a" || w == "an" || w == "the" {
				n++
			}
			cue = cue || occupations[s.lower(n)] || titleWords[s.lower(n)]
		}
		if !cue {
			continue
		}
		name := spanText(d.text, s.toks, m.from, j+1)
		s.ments[k] = &mention{from: m.from, to: j + 1, ent: d.discovered(schema.Person, name)}
	}
}

// personCue reports whether the one-word name at [from, to) is said of a
// person by what surrounds it: an age in commas ("Winter, 53,"), an
// apposition naming a role or occupation ("Harrington, a professor of",
// "Tal, a senior Defense Ministry official"). Speech ("Cetin said") is no
// cue: in business news most one-word subjects of "said" are companies.
func personCue(s *sentence, from, to int) bool {
	t := s.toks[from]
	// Every cue below needs a comma or full stop after the name; the
	// tagger runs only when one is there.
	if end := s.lower(to); end != "," && end != "." {
		return false
	}
	if allCaps(t.Text) || notNames[t.Lower] || !personLike(s.toks[from:to]) || institutionWord(t.Lower) {
		return false
	}
	// "American Express, a unit of": the end of a longer name;
	// "Citibank, the head of the committee": a company's name
	if from > 0 && (s.mentionAt(from-1) != nil || nameTok(s.toks[from-1])) || companyLike(t.Lower) || s.tag(from) != "NNP" {
		return false
	}
	if s.lower(to) == "," && to+2 < len(s.toks) && isNumber(s.toks[to+1].Text) && s.lower(to+2) == "," {
		return true
	}
	// "his foreign minister, Sugiono,": the name a post is given
	if w := s.lower(from - 2); s.lower(from-1) == "," && (staffTitles[w] || headTitles[w]) && (s.lower(to) == "," || s.lower(to) == ".") {
		return true
	}
	if s.lower(to) == "," {
		k := to + 1
		switch s.lower(k) {
		case "a", "an", "the":
			k++
		default:
			return false
		}
		for n := 0; n < 5 && k < len(s.toks); n, k = n+1, k+1 {
			w := s.lower(k)
			if occupations[w] || staffTitles[w] || headTitles[w] || partyMembers[w] {
				return true
			}
			if w == "," || w == "." || isPrep(w) || w == "who" || w == "which" {
				return false
			}
		}
		return false
	}
	return false
}

// partyMembers are nouns for a party's people: "Derwinski, a Republican".
var partyMembers = map[string]bool{"republican": true, "democrat": true, "conservative": true, "socialist": true, "communist": true, "liberal": true}

// companyLike reports whether a one-word name ends like a company's:
// "Citibank", "Texaco", "Amtrak".
func companyLike(w string) bool {
	for _, suf := range []string{"bank", "corp", "co", "tel", "com", "tech", "soft", "air", "oil", "gas", "trak", "ex"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// academicHeads open the names of universities, which take a place after
// "of the": "University of the Philippines".
var academicHeads = setOf(`university college`)

// armedGroupNouns follow the name of an armed group: "the Viv Ansanm
// gang coalition".
var armedGroupNouns = setOf(`gang gangs cartel militia coalition faction`)

// roadHeads end a road's name before its number: "National Road 3".
var roadHeads = setOf(`road highway route motorway expressway`)

// bodyHeads end the names of public bodies, which "and" does not continue.
var bodyHeads = map[string]bool{
	"service": true, "ministry": true, "department": true, "agency": true, "commission": true,
	"office": true, "bureau": true, "committee": true, "council": true, "administration": true,
}

// placeAfterName are lower-case words that make the name before them a
// region: "the Asir region", "Sichuan province".
var placeAfterName = map[string]bool{
	"region": true, "province": true, "prefecture": true, "governorate": true, "oblast": true,
	"district": true, "county": true, "state": true, "emirate": true, "canton": true,
	"department": true, "township": true,
}

// landformNouns after a name in lower case are part of it: "the Faw
// peninsula", "Bubiyan island".
var landformNouns = setOf(`peninsula island islands archipelago atoll`)

// intentDocs and intentTails make the names of documents of intent:
// "Statement of Intent", "Letter of Understanding".
var (
	intentDocs  = setOf(`statement letter memorandum declaration`)
	intentTails = setOf(`intent understanding principles`)
)

// organHeads name the organs of a body of states: "ECOWAS Commission",
// "SADC Secretariat".
var organHeads = setOf(`commission secretariat`)

// committeeHeads end the names of a body's committees: "Senate Finance
// Committee".
var committeeHeads = map[string]bool{
	"committee": true, "subcommittee": true, "council": true, "commission": true, "board": true,
	"panel": true, "caucus": true, "delegation": true, "mission": true, "office": true,
	"programme": true, "program": true, "force": true, "agency": true, "secretariat": true,
}

// orgCueNouns name a kind of body right before its name: "the carmaker
// Volkswagen", "the conglomerate Hanwha".
var orgCueNouns = setOf(`company firm conglomerate carmaker automaker chipmaker giant group
bank lender insurer broadcaster airline carrier retailer manufacturer maker producer miner
operator newspaper daily agency refiner shipbuilder shipyard exporter importer startup utility consultancy
outlet network militia`)

// businessNouns are the orgCueNouns only a business is called: what
// follows is its name, however personal it looks.
var businessNouns = setOf(`company firm conglomerate carmaker automaker chipmaker lender insurer broadcaster airline retailer manufacturer miner refiner shipbuilder startup utility consultancy`)

// cueHome is the country a demonym or a possessive gives the body named
// after the cue noun at token k: "the South Korean conglomerate Hanwha",
// "Kazakhstan's state shipping firm Kazmortransflot".
func (s *sentence) cueHome(k int) *entity {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if possMark[s.lower(j)] {
			if m := s.mentionAt(j - 1); m != nil && m.to == j && !m.demonym && m.ent.typ == schema.Country {
				return m.ent
			}
			return nil
		}
		if m := s.mentionAt(j); m != nil {
			// ("the Brazilian state oil company": a demonym that took in
			// "state")
			if (m.demonym || m.actor && m.adj) && m.ent.typ == schema.Country && m.to == j+1 {
				return m.ent
			}
			return nil
		}
		if !s.toks[j].Word || s.toks[j].Cap || s.lower(j) == "the" || s.lower(j) == "a" || s.lower(j) == "an" {
			return nil
		}
	}
	return nil
}

// placeAgreements reads agreements named by a place and a lowercase head:
// "the Pretoria agreement", "the 2023 Ohrid agreement", "the Minsk
// accords". The place names the agreement; it is no argument of its own.
func (d *doc) placeAgreements(s *sentence) {
	for k, m := range s.ments {
		// ("the Washington peace agreement", "the Doha framework
		// agreement": one word of what the agreement is about between)
		head := m.to
		if agreementKinds[s.lower(head)] && !s.toks[head].Cap && head+1 < len(s.toks) && placeAgreementHeads[s.lower(head+1)] {
			head++
		}
		if m.demonym || m.poss || !(m.ent.typ == schema.City || m.ent.typ == schema.Region) || !placeAgreementHeads[s.lower(head)] || s.toks[head].Cap {
			continue
		}
		if !s.theBefore(m.from) {
			continue
		}
		s.ments[k] = &mention{from: m.from, to: head + 1, ent: d.agreementNamed(spanText(d.text, s.toks, m.from, head+1))}
	}
	// "the Dayton peace agreement": a place the gazetteer does not match
	// names one too
	added := false
	for j := 1; j+1 < len(s.toks); j++ {
		if t := s.toks[j]; !t.Cap || !t.Word || s.toks[j-1].Lower != "the" || notNames[t.Lower] {
			continue
		}
		head := j + 1
		if agreementKinds[s.lower(head)] && !s.toks[head].Cap && placeAgreementHeads[s.lower(head+1)] {
			head++
		}
		if !placeAgreementHeads[s.lower(head)] || s.toks[head].Cap || s.mentionAt(j) != nil {
			continue
		}
		s.ments = append(s.ments, &mention{from: j, to: head + 1, ent: d.agreementNamed(spanText(d.text, s.toks, j, head+1))})
		added = true
	}
	if added {
		slices.SortFunc(s.ments, func(a, b *mention) int { return a.from - b.from })
	}
}

// agreementBodies reads the bodies an agreement sets up, named by it: "the
// AfCFTA Secretariat", "the Schengen Council". The agreement's name opens
// the body's; it is no argument of its own.
func (d *doc) agreementBodies(s *sentence) {
	for k, m := range s.ments {
		if m.ent.typ != schema.Agreement || m.poss || m.to >= len(s.toks) || !s.toks[m.to].Cap || !agreementBodyHeads[s.lower(m.to)] || s.mentionAt(m.to) != nil {
			continue
		}
		name := spanText(d.text, s.toks, m.from, m.to+1)
		s.ments[k] = &mention{from: m.from, to: m.to + 1, ent: d.discovered(schema.Organization, name)}
	}
}

// agreementBodyHeads end the names of bodies an agreement sets up.
var agreementBodyHeads = setOf(`secretariat commission council committee court fund`)

// agreementNamed is the agreement a place's name and a lowercase head
// name: the gazetteer's own when it knows the name ("the Dayton
// agreement"), else one discovered.
func (d *doc) agreementNamed(name string) *entity {
	if e, ok := d.g.Lookup(name); ok && e.Type == schema.Agreement {
		return d.fromEntry(e)
	}
	return d.discovered(schema.Agreement, name)
}

var placeAgreementHeads = setOf(`agreement agreements accord accords declaration protocol treaty ceasefire truce`)

// agreementKinds say what an agreement named after a place is about:
// "the Washington peace agreement", "the Doha framework agreement".
var agreementKinds = setOf(`peace framework trade transit border security defence defense ceasefire migration water fisheries nuclear maritime energy gas cooperation partnership`)

// placePrefixes joins a place to the name found right after it when that
// name ends in a region's or an agreement's head word: "North Caribbean"
// and "Coast Autonomous Region" in "Nicaragua's North Caribbean Coast
// Autonomous Region", "Panama" and "Energy Protocol" in "the Panama
// Energy Protocol". The place opens the longer name; it is no argument
// of its own. (A region joins only a region's name, a possessor joins
// nothing: "Nicaragua's" stays the country's.)
func (d *doc) placePrefixes(s *sentence) {
	for k := 0; k+1 < len(s.ments); k++ {
		m, n := s.ments[k], s.ments[k+1]
		if n.from != m.to || n.ent.entry != nil || m.poss || m.demonym || m.backer || m.based || m.linked || m.pronoun || !s.toks[m.to-1].Cap {
			continue
		}
		head := s.lower(n.to - 1)
		region := m.ent.typ == schema.Region && n.ent.typ == schema.Region && regionHeads[head]
		// ("the BIMSTEC Maritime Transport Cooperation Agreement": a
		// body's name opens one too)
		// ("the Monrovia Protocol on Cross-Border Security": the head
		// opens the name and its topic ends it)
		agreement := (m.ent.typ == schema.City || m.ent.typ == schema.Region || m.ent.typ == schema.Country || m.ent.typ == schema.Organization) && n.ent.typ == schema.Agreement &&
			(agreementHeads[head] || agreementHeads[s.lower(n.from)] && (s.lower(n.from+1) == "on" || s.lower(n.from+1) == "of")) && s.theBefore(m.from)
		if !region && !agreement {
			continue
		}
		name := spanText(d.text, s.toks, m.from, n.to)
		s.ments[k] = &mention{from: m.from, to: n.to, ent: d.discovered(n.ent.typ, name)}
		s.ments = append(s.ments[:k+1], s.ments[k+2:]...)
	}
}

// longerTownNames extends a known town's name that a Romance particle
// and a capitalized name continue: "San Antonio del Táchira" is not San
// Antonio, Texas; "Santa Cruz de la Sierra" is not Santa Cruz.
func (d *doc) longerTownNames(s *sentence) {
	for k, m := range s.ments {
		if m.ent.typ != schema.City || m.poss || m.demonym || m.pronoun || !romanceParticles[s.lower(m.to)] {
			continue
		}
		j := m.to + 1
		if s.lower(j) == "la" || s.lower(j) == "las" || s.lower(j) == "los" {
			j++
		}
		if j >= len(s.toks) || !s.toks[j].Cap || !s.toks[j].Word || notNames[s.lower(j)] {
			continue
		}
		if n := s.mentionAt(j); n != nil && n.from == j && (n.ent.typ == schema.Country || n.ent.typ == schema.Person) {
			continue
		}
		end := j + 1
		if n := s.mentionAt(j); n != nil && n.from == j {
			end = n.to
		}
		if k+1 < len(s.ments) && s.ments[k+1].from == j {
			s.ments = append(s.ments[:k+1], s.ments[k+2:]...)
		}
		m.ent = d.discovered(schema.City, spanText(d.text, s.toks, m.from, end))
		m.to = end
	}
}

// romanceParticles join the parts of Spanish and Portuguese place names.
var romanceParticles = setOf(`del de do da dos das`)

// foreignBodies reads a known body named by common words after another
// country's demonym or possessive as that country's own: "the Russian
// Security Council" is not the U.N.'s, "Iran's Supreme National Security
// Council" not the American one.
func (d *doc) foreignBodies(s *sentence) {
	for _, m := range s.ments {
		e := m.ent.entry
		if e == nil || m.ent.typ != schema.Organization || m.poss || m.demonym || !genericOrg(s.toks[m.from:m.to]) {
			continue
		}
		j := m.from
		for j > 0 && s.toks[j-1].Cap && genericOrgWords[s.lower(j-1)] && s.mentionAt(j-1) == nil && s.lower(j-1) != "the" {
			j-- // "Supreme"
		}
		var c *mention
		if p := s.mentionAt(j - 1); p != nil && p.to == j && p.demonym && p.ent.typ == schema.Country {
			c = p
		} else if p := s.mentionAt(j - 2); possMark[s.lower(j-1)] && p != nil && p.to == j-1 && p.ent.typ == schema.Country {
			c = p
		}
		if c == nil || c.ent.entry == nil || c.ent.entry.ISO == "" || c.ent.entry.ISO == e.Country {
			continue
		}
		m.ent = d.discovered(schema.Organization, countryBody(c.ent, spanText(d.text, s.toks, j, m.to)))
		m.from = j
	}
}

// theBefore reports whether "the" or "the" and a year come right before
// token i: "the Ohrid agreement", "the 2023 Ohrid agreement".
func (s *sentence) theBefore(i int) bool {
	if isYear(s.lower(i - 1)) {
		i--
	}
	return s.lower(i-1) == "the"
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// legalForm reports a company's legal form among toks: "LLC", "Ltd", "GmbH".
// Only the suffixes of legalSuffixes that are no name particle inside a
// name: not "Co", "SA", "Na", "Ab" ("Jose Sa Carneiro").
func legalForm(toks []Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "llc", "ltd", "ltd.", "inc", "inc.", "gmbh", "plc", "corp", "corp.":
			return true
		}
	}
	return false
}

// spells reports whether acr is the initials of toks, with or without the
// lowercase words: "United Nations Support Mission in Libya" is UNSMIL,
// "Government of National Unity" GNU.
func spells(toks []Token, acr string) bool {
	var words []string
	for _, t := range toks {
		if t.Text != "" && t.Word {
			words = append(words, t.Text)
		}
	}
	caps, all := initials(words)
	return len(acr) >= 3 && (all == acr || caps == acr)
}

// initials returns the first letters of words: caps those of the
// capitalized words, all those of every word, upper-cased.
func initials(words []string) (caps, all string) {
	var c, a strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		a.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			c.WriteRune(r)
		}
	}
	return c.String(), a.String()
}

// bodyOfKnown reports whether a name starting at from with the head word
// head continues the known body's or facility's name right before it:
// "African Union Commission", "Senate Finance Committee", "Panama Canal
// Authority".
func (s *sentence) bodyOfKnown(from int, head string) bool {
	p := s.mentionAt(from - 1)
	// ("ECOWAS Commission": an acronym's organ of states, not "IBM
	// Credit Corp")
	if p == nil || p.to != from || p.poss || p.demonym || p.ent.entry == nil || allCaps(s.toks[p.from].Text) && !organHeads[head] || s.toks[from-1].End >= s.toks[from].Start {
		return false
	}
	switch p.ent.typ {
	case schema.Organization:
		return committeeHeads[head]
	case schema.Facility:
		return orgHeads[head]
	}
	return false
}

// titledSpan reports whether the words dropped before a name hold a
// title, not only words such as "The".
func titledSpan(dropped []Token) bool {
	for _, t := range dropped {
		if !notNames[t.Lower] {
			return true
		}
	}
	return false
}

// facilityKinds say what a facility holds or makes: "nuclear power
// plant", "air base", "gas field".
var facilityKinds = map[string]bool{
	"nuclear": true, "power": true, "hydropower": true, "hydroelectric": true, "solar": true,
	"coal": true, "gas": true, "oil": true, "wind": true, "air": true, "naval": true,
	"military": true, "ammunition": true, "copper": true, "gold": true, "lithium": true,
	"uranium": true, "border": true, "enrichment": true, "fuel": true, "lng": true, "mining": true,
	"pumping": true, "compressor": true, "radar": true,
}

// facilityNouns head a facility's name written in lower case after it.
var facilityNouns = map[string]bool{
	"plant": true, "station": true, "base": true, "airbase": true, "field": true, "mine": true,
	"depot": true, "refinery": true, "terminal": true, "reactor": true, "dam": true,
	"crossing": true, "pipeline": true, "site": true, "port": true, "complex": true,
	"bridge": true, "prison": true,
}

// facilityAfter returns the end of a lower-case facility noun phrase at
// token k ("nuclear power plant", "air base", "dam"), or k: at least one
// word of what the facility is for, except for a dam or a crossing, and
// no "of" after it.
func (s *sentence) facilityAfter(k int) int {
	j := k
	for j < len(s.toks) && j < k+3 && !s.toks[j].Cap && facilityKinds[s.toks[j].Lower] {
		j++
	}
	if j >= len(s.toks) || s.toks[j].Cap || !facilityNouns[s.toks[j].Lower] {
		return k
	}
	// ("the Kajaki dam", "Turkey's Ceyhan port": a name and the noun)
	if j == k && !bareFacilityNouns[s.toks[j].Lower] {
		return k
	}
	// "its southern Gulf naval port of Bandar Abbas": the port is the
	// place named after "of"
	if s.lower(j+1) == "of" {
		return k
	}
	// "Turkey's Imrali prison island", "the Tarbela dam complex": a
	// noun for the whole site ends the name
	if w := s.lower(j + 1); (w == "island" || w == "complex") && !s.toks[j+1].Cap {
		return j + 2
	}
	return j + 1
}

// portfolio reports whether tok is a capitalized portfolio word ("Energy",
// "Foreign Trade", "Resources") right before the title word next: "Energy
// Minister", "Resources Minister Madeleine King".
func portfolio(tok Token, next string) bool {
	return tok.Cap && (genericOrgWords[tok.Lower] || portfolioOnly[tok.Lower] || portfolioNouns[tok.Lower] && cabinetTitles[next]) && titleWords[next] && tok.Lower != "the" && tok.Lower != "and" && tok.Lower != "of"
}

// portfolioRun reports whether toks open with two or more capitalized
// portfolio words and then a title word, before a name: "Natural
// Resources Minister Ana Lopes".
func portfolioRun(toks []Token) bool {
	k := 0
	for k < len(toks) && portfolio(toks[k], "minister") {
		k++
	}
	return k >= 2 && k+2 < len(toks) && titleWords[toks[k].Lower]
}

// cabinetTitles are the posts a portfolio word names before it:
// "Resources Minister", not "Sports president".
var cabinetTitles = setOf(`minister ministers secretary commissioner`)

// portfolioOnly are portfolios that name no body of their own: "Overseas
// Minister Manuel Valls" (but "Overseas Union Bank").
var portfolioOnly = setOf(`overseas`)

// affiliationNouns name someone by the body they speak or work for:
// "a Chevron spokesman", "Emery employees".
var affiliationNouns = setOf(`spokesman spokeswoman spokesperson spokesmen employee employees staffer staffers executive executives`)

// affiliationAfter reports whether the name from..to is followed by an
// affiliation noun that a person's name, a speech verb or an article
// before the name ties to it: "Chevron spokesman Jonathan Lifa", "a
// Chevron spokesman said", "an Emery employee".
func (s *sentence) affiliationAfter(from, to int) bool {
	// ("Conagua Director Efrain Morales": a capitalized title after one
	// word)
	capTitle := to < len(s.toks) && to-from == 1 && s.toks[to].Cap && s.titleAfterBody(to)
	if to >= len(s.toks) || s.toks[to].Cap && !capTitle || allCaps(s.toks[from].Text) && to-from > 1 {
		return false
	}
	if w := s.lower(from - 1); w == "and" || w == "&" || w == "of" {
		return false // the end of a longer name: "Ways and Means chairman"
	}
	// "Government spokesman Friedhelm Ost", "Presidential spokesman": an
	// adjective, or a common word opening the sentence
	if to-from == 1 {
		w := s.toks[from].Lower
		if adjectiveHead(w) {
			return false
		}
		if tag, ok := pos.Default().DictTag(w); ok && tag != "NNP" && sentenceStart(s, from) {
			return false
		}
	}
	if !affiliationNouns[s.toks[to].Lower] {
		// "Rosatom chief executive Alexei Likhachev": a lower-case post,
		// not a town's ("Rolling Fork mayor Eddie Walker"), then a name
		k := s.titleRun(to)
		if k == to || k >= len(s.toks) || !nameTok(s.toks[k]) || s.mentionAt(k) != nil && s.mentionAt(k).ent.typ != schema.Person {
			return false
		}
		for j := to; j < k; j++ {
			if s.toks[j].Cap && !capTitle {
				return false
			}
		}
		title := strings.Join(tokLowers(s.toks[to:k]), " ")
		_, ok := roleKind(title)
		return ok && !localOffice(title)
	}
	if w := s.lower(from - 1); w == "a" || w == "an" {
		return true
	}
	n := to + 1
	if n < len(s.toks) && nameTok(s.toks[n]) && (s.mentionAt(n) == nil || s.mentionAt(n).ent.typ == schema.Person) {
		return true
	}
	return speechVerbs[s.lower(n)]
}

// orgKinds name what kind of body something is: "a citizens' group",
// "a state-owned company", "a Berlin think tank".
// ("La Linea, the armed wing of the Juarez Cartel", "Northgate
// Aerostructures, a Winnipeg-based maker of aircraft components")
var orgKinds = setOf(`company firm group organization organisation agency movement bank lender institute charity foundation network association coalition militia nonprofit non-profit ngo broadcaster newspaper airline carrier insurer conglomerate consortium tank gang cartel operator watchdog wing maker manufacturer subsidiary affiliate faction miner shipbuilder refiner`)

// orgKindEnds may follow the kind noun that heads an apposition.
var orgKindEnds = setOf(`, . ; ) based that which whose with in backed founded led owned run headquartered registered known of chaired controlled listed`)

// partyKindWords say which party a comma then names: "the main
// opposition party, Chadema", "the ruling party, Zanu-PF".
var partyKindWords = setOf(`opposition ruling governing`)

// orgApposition reports whether the name ending before token to is
// followed by an apposition saying what kind of body it is: ", a
// citizens' group based in Linz", ", an Oslo-based think tank,".
func (s *sentence) orgApposition(to int) bool {
	if s.lower(to) != "," || (s.lower(to+1) != "a" && s.lower(to+1) != "an" && s.lower(to+1) != "the") {
		return false
	}
	for k := to + 2; k < len(s.toks) && k <= to+6; k++ {
		w := s.lower(k)
		if orgKinds[w] && !s.toks[k].Cap {
			// (not "Kinmen, a group of islands": a group of places)
			if s.lower(k+1) == "of" && (placeNouns[strings.TrimSuffix(s.lower(k+2), "s")] || townNouns[strings.TrimSuffix(s.lower(k+2), "s")]) {
				return false
			}
			return (w != "tank" || s.lower(k-1) == "think") && orgKindEnds[s.lower(k+1)]
		}
		if !s.toks[k].Word && w != "'" && w != "-" || isPrep(w) || w == "and" || s.mentionAt(k) != nil && s.mentionAt(k).ent.typ == schema.Person {
			return false
		}
	}
	return false
}

// orgKindBefore reports whether a lower-case noun of a kind of body
// comes right before token from, in a noun phrase a determiner opens:
// "the Bogota-based group Rios Vivos", "a rights group, Memorial" is not
// (the comma).
func (s *sentence) orgKindBefore(from int) bool {
	k := from - 1
	if k < 1 || !orgKinds[s.lower(k)] || s.toks[k].Cap || s.lower(k) == "tank" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch s.lower(j) {
		case "the", "a", "an":
			return true
		}
		if !s.toks[j].Word && s.lower(j) != "-" {
			return false
		}
	}
	return false
}

// cityProvinces reads a known town's name before a subdivision noun as
// the subdivision named after it: "Nigeria's Sokoto state", "Iraq's
// Basra province", "the Kursk region" (not "the region of Basra", nor
// "Sokoto State University", nor "the Shanghai-based state shipping
// group": a hyphenated modifier).
func (d *doc) cityProvinces(s *sentence) {
	for _, m := range s.ments {
		if m.ent.typ != schema.City || m.ent.entry == nil || m.poss || m.demonym || m.based || m.backer || m.linked || m.to >= len(s.toks) {
			continue
		}
		w := s.toks[m.to]
		if !subdivisionNouns[w.Lower] || w.Lower == "department" || s.lower(m.to+1) == "of" || s.lower(m.to+1) == "'s" ||
			m.to+1 < len(s.toks) && s.toks[m.to+1].Cap && s.toks[m.to+1].Word || s.mentionAt(m.to) != nil {
			continue
		}
		m.ent = d.discovered(schema.Region, spanText(d.text, s.toks, m.from, m.to+1))
		m.to++
	}
}

// agreementHeadInside reports whether an agreement's head word stands
// among toks: "Partnership Agreement on Green".
func agreementHeadInside(toks []Token) bool {
	for _, t := range toks {
		if agreementHeads[t.Lower] && t.Cap {
			return true
		}
	}
	return false
}

// sidesAgreements reads agreements named by the sides they join: "the
// 2016 EU-Turkey Statement", "the Italy-Albania Protocol", "the
// US-Japan Security Treaty". Every part before a hyphen is a state or a
// body the gazetteer knows; the name runs to the agreement's head, past
// at most three words of what it is about.
func (d *doc) sidesAgreements(s *sentence) {
	for k := range s.toks {
		if !strings.Contains(s.toks[k].Text, "-") || !s.theBefore(k) || !s.toks[k].Cap {
			continue
		}
		if d.hyphenParties(s.toks[k].Text) == nil {
			continue
		}
		j := k + 1
		for n := 0; n < 3 && j < len(s.toks) && s.toks[j].Word && !agreementHeads[s.lower(j)] && s.lower(j) != "statement" && (s.toks[j].Cap || agreementKinds[s.lower(j)]); n++ {
			j++
		}
		// ("the EU-Turkey Statement": a capital "Statement" names one)
		// (in lower case, "the Nepal-Bangladesh deal" names no agreement)
		if !(agreementHeads[s.lower(j)] || s.lower(j) == "statement") || !s.toks[j].Cap || agreementHeads[s.lower(j+1)] {
			continue
		}
		var kept []*mention
		for _, m := range s.ments {
			if m.to <= k || m.from > j {
				kept = append(kept, m)
			}
		}
		name := spanText(d.text, s.toks, k, j+1)
		s.ments = mergeMentions(kept, []*mention{{from: k, to: j + 1, ent: d.discovered(schema.Agreement, name)}})
	}
}

// demonymChoices picks, for each demonym in the story that several
// states share ("Congolese": the DRC and the Republic of the Congo), the
// one whose own names and places (Brazzaville, Pointe-Noire) the story
// names most often, the matcher's own pick on a tie: then "the Congolese
// capital" is Brazzaville. Keyed by the demonym in lower case; nil when
// the story has no shared demonym.
func (d *doc) demonymChoices(matches []gazetteer.Match) map[string]*gazetteer.Entry {
	var count map[string]int
	var out map[string]*gazetteer.Entry
	for _, m := range matches {
		if !m.Demonym {
			continue
		}
		if _, done := out[strings.ToLower(m.Text)]; done {
			continue // chosen at its first occurrence
		}
		shared := d.g.SharedDemonym(m.Text)
		if shared == nil {
			continue
		}
		if count == nil {
			count = map[string]int{}
			for _, n := range matches {
				if n.Demonym {
					continue
				}
				count[n.Entry.ID]++
				if n.Entry.Country != "" && n.Entry.Country != n.Entry.ID {
					count[n.Entry.Country]++
				}
			}
			out = map[string]*gazetteer.Entry{}
		}
		best := m.Entry
		for _, e := range shared {
			if count[e.ID] > count[best.ID] {
				best = e
			}
		}
		out[strings.ToLower(m.Text)] = best
	}
	return out
}

// hyphenParties returns the states and bodies a word joins by hyphens
// ("Japan-Philippines", "EU-Turkey"): two or three different ones, each
// known to the gazetteer; else nil.
func (d *doc) hyphenParties(word string) []*entity {
	parts := strings.Split(word, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	var sides []*entity
	for _, p := range parts {
		e, ok := d.g.Lookup(p)
		if !ok || e.Type != schema.Country && e.Type != schema.Organization {
			return nil
		}
		x := d.fromEntry(e)
		if containsEnt(sides, x) {
			return nil
		}
		sides = append(sides, x)
	}
	return sides
}
