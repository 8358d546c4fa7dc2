package rules

import "strings"

// Word lists the mention finder and the relation rules share. Lowercase.

// headTitles lead a country or organization: a person with such a title
// before the name is head_of the country or body that qualifies the title.
var headTitles = map[string]bool{
	"managing director": true, "executive director": true, "executive secretary": true, "president": true, "prime minister": true, "premier": true, "king": true, "queen": true, "emperor": true, "empress": true,
	"crown prince": true, "emir": true, "amir": true, "sultan": true, "chancellor": true,
	"supreme leader": true, "head of state": true, "head of government": true, "leader": true, "secretary-general": true, "secretary general": true, "general secretary": true,
	"chairman": true, "chairwoman": true, "chair": true, "head": true, "monarch": true,
	"shah": true, "sheikh": true, "pope": true, "dictator": true, "ruler": true, "taoiseach": true,
	"chief executive": true, "ceo": true, "founder": true, "director-general": true,
	"director general": true, "governor": true, "mayor": true, "commander-in-chief": true,
	"interim president": true, "acting president": true, "de facto leader": true,
	"co-leader": true, "co-chair": true, "co-chairman": true, "chairperson": true, "administrator": true,
	"speaker": true, // "the speaker of the House of Representatives"
}

// staffTitles hold a post for a country, body or person: works_for.
var staffTitles = map[string]bool{
	"minister": true, "foreign minister": true, "defense minister": true, "defence minister": true,
	"finance minister": true, "interior minister": true, "deputy prime minister": true,
	"vice president": true, "vice-president": true, "secretary": true, "secretary of state": true,
	"defense secretary": true, "defence secretary": true, "treasury secretary": true,
	"foreign secretary": true, "home secretary": true, "envoy": true, "special envoy": true,
	"peace envoy": true, "ambassador": true, "aide": true, "adviser": true, "advisor": true,
	"senior adviser": true, "senior advisor": true, "national security adviser": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"senior official": true, "commander": true, "general": true, "admiral": true,
	"chief of staff": true, "diplomat": true, "negotiator": true, "chief negotiator": true,
	"representative": true, "deputy": true, "director": true, "attorney general": true,
	"senator": true, "lawmaker": true, "legislator": true, "officer": true, "employee": true,
	"analyst": true, "economist": true, "executive": true, "vice chairman": true,
	"correspondent": true, "reporter": true, "editor": true, "member": true,
	"chief": true, "army chief": true, "intelligence chief": true, "spy chief": true, "police chief": true,
	"commissioner": true, "mediator": true, "coordinator": true, "rapporteur": true, "facilitator": true,
	"resident coordinator": true, "inspector": true, "agent": true, "special agent": true,
	"consul": true, "consul general": true, "consul-general": true,
}

// titleWords may appear inside a title before a name ("Foreign Minister",
// "Special Envoy", "Secretary of State"). A title is a run of these.
var titleWords = map[string]bool{
	"managing":  true, // "IMF Managing Director Kristalina Georgieva"
	"president": true, "prime": true, "minister": true, "premier": true, "king": true,
	"queen": true, "crown": true, "prince": true, "princess": true, "emir": true, "amir": true, "emperor": true, "empress": true,
	"sultan": true, "chancellor": true, "supreme": true, "leader": true, "secretary-general": true, "taoiseach": true,
	"secretary": true, "general": true, "chairman": true, "chairwoman": true, "chair": true,
	"head": true, "sheikh": true, "sheikha": true, "sayyid": true, "pope": true, "governor": true, "mayor": true, "magistrate": true, "vice": true,
	"vice-president": true, "foreign": true, "defense": true, "defence": true, "finance": true,
	"interior": true, "treasury": true, "home": true, "deputy": true, "special": true,
	"envoy": true, "peace": true, "ambassador": true, "aide": true, "adviser": true,
	"advisor": true, "senior": true, "national": true, "security": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "commander": true,
	"admiral": true, "chief": true, "of": true, "state": true, "staff": true, "diplomat": true,
	"negotiator": true, "representative": true, "director": true, "director-general": true,
	"attorney": true, "senator": true, "sen.": true, "rep.": true, "gov.": true, "gen.": true,
	"lt.": true, "col.": true, "maj.": true, "capt.": true, "adm.": true, "former": true,
	"acting": true, "interim": true, "key": true, "top": true, "executive": true, "ceo": true,
	"founder": true, "lawmaker": true, "legislator": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true, "lord": true, "lady": true, "sir": true, "dame": true, "judge": true,
	"justice": true, "commissioner": true, "monarch": true, "shah": true, "ruler": true,
	"ayatollah": true, "cardinal": true, "archbishop": true, "bishop": true, "rabbi": true,
	"imam": true, "field": true, "marshal": true, "colonel": true, "major": true, "captain": true,
	"lieutenant": true, "sergeant": true, "rear": true, "brigadier": true, // "Rear Admiral", "Brigadier General"
	"officer": true, "economist": true, "analyst": true, "councillor": true, "councilor": true, "caretaker": true,
	// "DEA agent Enrique Camarena", "FBI special agent"
	"agent":  true,
	"consul": true, "consul-general": true,
	"de": true, "facto": true, "commander-in-chief": true, "assistant": true, "undersecretary": true,
	"chief negotiator": true, "legal": true, "military": true, "press": true,
	"army": true, "navy": true, "intelligence": true, "spy": true, "police": true,
	"co-leader": true, "co-chair": true, "co-chairman": true, "chairperson": true, "administrator": true,
	"affairs": true, "economic": true, "political": true, "democrat": true, "republican": true, "trade": true, "agriculture": true, "commerce": true,
	"cabinet": true, // "Trade Cabinet Secretary Lee Kinyanjui" (Kenya)
	"speaker": true, // "Speaker Aguila Saleh"
	"policy":  true, // "EU foreign policy chief Kaja Kallas"
	// "the African Union's mediator", "Malaysia's facilitator", "UN
	// Resident Coordinator Marc-Andre Franche"
	"mediator": true, "facilitator": true, "coordinator": true, "resident": true,
}

// occupations stand before names as titles do ("Composer Philip Glass",
// "diver Brian Michaud") but say nothing of an employer. Common surnames
// (Hunter, Mason, Baker, Carter, Cooper) are left out: "Hunter Biden".
var occupations = map[string]bool{
	"actor": true, "actress": true, "singer": true, "composer": true, "painter": true,
	"sculptor": true, "poet": true, "novelist": true, "writer": true, "author": true,
	"playwright": true, "filmmaker": true, "director": true, "producer": true, "dancer": true,
	"musician": true, "guitarist": true, "pianist": true, "violinist": true, "comedian": true,
	"columnist": true, "reporter": true, "journalist": true, "photographer": true,
	"cartoonist": true, "architect": true, "designer": true, "inventor": true, "scientist": true,
	"physicist": true, "chemist": true, "biologist": true, "anatomist": true, "linguist": true,
	"economist": true, "historian": true, "philosopher": true, "explorer": true,
	"astronaut": true, "aviator": true, "pilot": true, "diver": true, "firefighter": true,
	"farmer": true, "rancher": true, "professor": true, "lecturer": true, "lawyer": true, "attorney": true, "physician": true,
	"surgeon": true, "nurse": true, "teacher": true, "businessman": true, "businesswoman": true,
	"entrepreneur": true, "banker": true, "financier": true, "industrialist": true,
	"outlaw": true, "gunman": true, "sniper": true, "activist": true, "evangelist": true,
	"preacher": true, "priest": true, "rabbi": true, "imam": true, "astronomer": true,
	"mathematician": true, "engineer": true, "coach": true, "pitcher": true, "golfer": true,
	"boxer": true, "quarterback": true, "sprinter": true, "swimmer": true, "skier": true,
}

// honorifics are titles that say nothing of an employer.
var honorifics = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "sir": true, "dame": true, "lord": true, "lady": true,
}

// strikeNouns are the collectives that name attacks; before one of
// targetPreps they head the attack's own noun phrase ("strikes on Gaza").
var strikeNouns = map[string]bool{"strikes": true, "air strikes": true, "airstrikes": true, "rockets": true}

// targetPreps introduce an attack's target: "strikes on Gaza".
var targetPreps = setOf(`on against at into`)

// collectiveNouns after a demonym or country name make the country itself
// an actor: "Azerbaijani officials contacted ...", "the Israeli government".
var collectiveNouns = map[string]bool{
	"officials": true, "official": true, "government": true, "governments": true,
	"authorities": true, "diplomats": true, "diplomat": true, "representatives": true,
	"leaders": true, "leadership": true, "forces": true, "troops": true, "military": true,
	"army": true, "navy": true, "ministry": true, "administration": true, "delegation": true,
	"negotiators": true, "counterparts": true, "embassy": true, "regime": true, "state": true,
	"side": true, "cabinet": true, "envoys": true, "soldiers": true, "warplanes": true,
	"jets": true, "drones": true, "missiles": true, "navy's": true, "team": true, "bombers": true, "fighter jets": true,
	"gunboats": true, "warships": true, "artillery": true, "negotiating team": true,
	"air strikes": true, "airstrikes": true, "strikes": true, "rockets": true, // not before "on" (see strikeNouns)
	"foreign ministry": true, "president": false,
	// "Saudi and U.S. mediators brokered", "Pakistani aircraft struck"
	"mediators": true, "aircraft": true,
}

// romanceOrgHeads open the names of Spanish, Portuguese and French
// bodies, which name their head first: "Centro de Análisis Regional",
// "Fundación Libertad". They are organization heads too.
var romanceOrgHeads = setOf(`frente alianza aliança centro instituto institut fundación fundacion fundação fondation consejo conselho conseil comisión comision comissão universidad universidade université banco banque observatorio observatoire asociación associação partido movimiento movimento ministerio ministério ministère agencia agência cámara câmara sindicato confederación federación compañía compania companhia empresa`)

func init() {
	for w := range romanceOrgHeads {
		orgHeads[w] = true
	}
}

// orgHeads end the names of organizations: "Ministry", "Party", "Bank".
var orgHeads = map[string]bool{
	"ministry": true, "command": true, "department": true, "council": true, "party": true, "bank": true,
	"company": true, "corp": true, "corp.": true, "corporation": true, "inc": true, "inc.": true,
	"ltd": true, "ltd.": true, "group": true, "agency": true, "commission": true,
	"committee": true, "association": true, "union": true, "institute": true,
	"organization": true, "organisation": true, "army": true, "forces": true, "force": true, "front": true,
	"movement": true, "court": true, "parliament": true, "assembly": true, "office": true,
	"service": true, "services": true, "foundation": true, "fund": true, "times": true,
	"post": true, "news": true, "airlines": true, "airways": true, "federation": true,
	"league": true, "alliance": true, "coalition": true, "brigade": true, "brigades": true,
	"guard": true, "police": true, "navy": true, "network": true, "press": true,
	"society": true, "church": true, "board": true, "authority": true, "administration": true,
	"bureau": true, "center": true, "centre": true, "congress": true, "senate": true,
	"company's": true, "club": true, "team": true, "trust": true, "holdings": true,
	"industries": true, "systems": true, "technologies": true, "partners": true, "analytics": true,
	"consulting": true, "consultants": true, "advisory": true,
	"cabinet": true, "secretariat": true, "junta": true, "militia": true, "mission": true,
	"program": true, "programme": true, "exchange": true, "reserve": true, "fed": true,
	"school": true, "monitor": true, "hub": true, "college": true, "academy": true, "magazine": true, "journal": true,
	"herald": true, "tribune": true, "daily": true, "radio": true, "television": true, "tv": true,
	"plc": true, "ag": true, "ab": true, "sa": true, "nv": true, "spa": true, "gmbh": true, "llc": true,
	"lp": true, "bhd": true, "producers": true, "exporters": true, "importers": true, "growers": true,
	"manufacturers": true, "workers": true, "dealers": true, "traders": true, "bankers": true,
	"farmers": true, "agency's": true, "monopoly": true, "railways": true, "railroad": true, "motors": true,
	"university": true, "laboratory": true, "laboratories": true, "lab": true, "institution": true,
	"gazette": true, "chronicle": true, "telegraph": true, "courier": true, "observer": true,
	"broadcasting": true, "publishers": true, "studios": true, "airline": true,
	"co": true, "co.": true, "cos": true, "bros": true, "llp": true, "cie": true, "lines": true,
	"savings": true, "securities": true, "financial": true, "bancorp": true, "bancshares": true,
	"investments": true, "resources": true, "petroleum": true, "chemical": true, "chemicals": true,
	"pharmaceuticals": true, "electric": true, "steel": true, "enterprises": true, "ventures": true,
	"properties": true, "insurance": true, "assurance": true, "foods": true, "stores": true,
	"na": true, "tribunal": true, "panel": true, "directorate": true, "inspectorate": true,
	"chamber": true, "caucus": true, "consortium": true, "syndicate": true, "cooperative": true,
	"brothers": true, "farms": true, "mills": true, "partnership": true, "associates": true, "instruments": true, "corps": true,
	"communications": true, "entertainment": true, "mining": true, "shipping": true,
	"brewing": true, "brewery": true, "restaurants": true, "hotels": true, "publishing": true,
	"forum": true, "logistics": true, "observatory": true, "unit": true, "cartel": true, "system": true, "fleet": true,
}

// distinctHeads end bodies' names but are no common words of them: a
// name of these and common words ("Federal Cartel Office") is one body,
// not a generic one of some country's.
var distinctHeads = setOf(`unit cartel system fleet`)

// companyHeads end company names: one of them alone after a demonym
// makes an organization ("British Airways").
var companyHeads = map[string]bool{
	"corp": true, "corp.": true, "corporation": true, "inc": true, "inc.": true, "co": true, "co.": true,
	"ltd": true, "ltd.": true, "plc": true, "ag": true, "ab": true, "sa": true, "nv": true, "spa": true,
	"gmbh": true, "llc": true, "lp": true, "bhd": true, "airways": true, "airlines": true, "bank": true,
	"group": true, "holdings": true, "industries": true,
}

// agreementHeads end the names of agreements: "Abraham Accords".
var agreementHeads = map[string]bool{
	"accords": true, "accord": true, "agreement": true, "agreements": true, "treaty": true,
	"pact": true, "protocol": true, "convention": true, "charter": true, "deal": true,
	"declaration": true, "memorandum": true, "compact": true, "initiative": true,
	"covenant": true, "treaties": true, "conventions": true, "protocols": true, "declarations": true,
	"commitment":  true,
	"arrangement": true,                                       // "the Trilateral Cooperative Arrangement", "the Wassenaar Arrangement"
	"truce":       true, "ceasefire": true, "armistice": true, // "the Burnham Truce", "the Korean Armistice"
	"code": true, // "the Code of Conduct for the South China Sea"
}

// facilityHeads end the names of facilities.
var facilityHeads = map[string]bool{
	"base": true, "prison": true, "airport": true, "port": true, "plant": true,
	"reactor": true, "hospital": true, "palace": true, "stadium": true, "bridge": true,
	"dam": true, "refinery": true, "pipeline": true, "camp": true, "square": true,
	"building": true, "tower": true, "mosque": true, "cathedral": true, "temple": true,
	"facility": true, "embassy": true, "consulate": true, "station": true, "harbor": true,
	"harbour": true, "museum": true, "hall": true, "house": true, "arts": true, "center's": true,
	"shipyard": true, "penitentiary": true, "mine": true, "mines": true, "cave": true,
	"avenue": true, "street": true, "boulevard": true, "highway": true, "park": true,
	"canal": true, "theater": true, "theatre": true, "arena": true, "church's": false,
	"monastery": true, "shrine": true, "fortress": true, "barracks": true, "mausoleum": true, "synagogue": true, // "the Banjska Monastery"
	"observatory": true, "monument": true, "memorial": true, "cemetery": true, "zoo": true,
	"mall": true, "hotel": true, "terminal": true, "laboratory's": false, "site": true,
}

// regionHeads end the names of regions.
var regionHeads = map[string]bool{
	"province": true, "region": true, "valley": true, "mountains": true, "sea": true,
	"strait": true, "island": true, "islands": true, "district": true, "oblast": true,
	"governorate": true, "county": true, "peninsula": true, "gulf": true, "desert": true,
	"coast": true, "basin": true, "territory": true, "territories": true, "state": false,
	"heights": true, "plateau": true, "river": true, "lake": true, "ocean": true, "bay": true,
	"prefecture": true, "parish": true, "township": true, "canton": true, "forest": true,
	"mountain": true, "mount": false, "range": true, "canyon": true, "creek": true, "delta": true,
	"archipelago": true, "highlands": true, "lowlands": true, "plains": true, "borough": true,
	"municipality": true, "subdistrict": true, "steppe": true, "glacier": true,
	"shoal": true, "reef": true, "atoll": true, "islet": true, "islets": true, "shoals": true, "reefs": true,
	"atolls": true, "cays": true, "massif": true, "volcano": true,
}

// adjectiveNotNames are the notNames that may open a body's name after a
// place's: "Nauru Regional Processing Centre" (or after "the" in a long
// one: "the Five Star Movement"; a section word: "Pakistan Business Council").
var adjectiveNotNames = setOf(`regional national global western eastern northern southern strategic islamic one two three four five business health`)

// notNames are capitalized words that begin sentences or headings but are
// not parts of names.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true,
	"and": true, "but": true, "or": true, "of": true, "to": true, "with": true, "by": true,
	"from": true, "as": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "here": true, "when": true, "while": true,
	"after": true, "before": true, "since": true, "despite": true, "however": true,
	"meanwhile": true, "according": true, "sources": true, "source": true, "officials": true,
	"both": true, "all": true, "some": true, "many": true, "most": true, "several": true,
	"two": true, "three": true, "four": true, "five": true, "one": true, "if": true,
	"what": true, "why": true, "how": true, "who": true, "which": true, "where": true,
	"still": true, "yet": true, "also": true, "even": true, "only": true, "such": true,
	"any": true, "no": true, "not": true, "our": true, "my": true, "your": true, "you": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "advertisement": true,
	"reporting": true, "editing": true, "additional": true, "latest": true,
	"under": true, "without": true, "through": true, "over": true, "into": true, "about": true,
	"against": true, "between": true, "during": true, "among": true, "than": true,
	"although": true, "though": true, "unlike": true, "besides": true, "because": true,
	"unless": true, "until": true, "whether": true, "amid": true, "upon": true, "within": true,
	"significant": true, "evidence": true, "conclusion": true, "introduction": true,
	"original": true, "former": true, "then": true, "now": true, "today": true,
	"primarily": true, "wedged": true, "sandwiched": true, "located": true, "asked": true,
	"requests": true, "said": true, "says": true, "obstacles": true, "challenges": true,
	"islamist": true, "jihadist": true, "salafist": true, "muslim": true, "muslim-majority": true, "arab": true, "arabs": true, "christian": true,
	"islamic": true, "jewish": true, "shiite": true, "sunni": true, "western": true,
	"eastern": true, "northern": true, "southern": true, "global": true, "regional": true,

	"breaking": true, "exclusive": true, "update": true, "live": true, "watch": true,
	"read": true, "more": true, "subscribe": true, "share": true, "home": true, "video": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "geopolitical": true, "strategic": true,
	"will": true, "would": true, "could": true, "should": true, "can": true,
	"let": true, "do": true, "does": true, "did": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "be": true, "been": true,
	"earlier": true, "later": true, "separately": true, "elsewhere": true, "instead": true,
	"overall": true, "yesterday": true, "thus": true, "additionally": true, "furthermore": true,
	"trending": true, "top": true, "quick": true, "links": true, "shows": true, "events": true,
	"sections": true, "opinion": true, "explainers": true, "sports": true, "cricket": true,
	"tech": true, "health": true, "entertainment": true, "business": true, "world": true,
}

// groupNouns after a count or a demonstrative refer back to countries
// already named: "the two countries", "both nations", "these states".
var groupNouns = map[string]bool{
	"countries": true, "nations": true, "states": true, "sides": true, "neighbors": true,
	"neighbours": true, "governments": true, "rivals": true, "allies": true, "powers": true,
}

// countryAdjectives describe a country named before: "the island
// nation", "the landlocked country".
var countryAdjectives = setOf(`island landlocked oil-rich gas-rich resource-rich impoverished war-torn mountainous archipelago`)

// countryNouns after "the" refer back to a country already named.
var countryNouns = map[string]bool{
	"country": true, "nation": true, "kingdom": true, "republic": true, "emirate": true,
	"emirates": true, "island nation": true, "state": false,
}

// familyFirst are common Chinese and Korean family names, which English
// news writes first ("Xi Jinping", "Lee Jae-myung") and alone on second
// mention ("Xi", "Lee"). "He" is left out: it is the pronoun far more often.
var familyFirst = setOf(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo
lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan
cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan xi qin gan kong bai
mao qian dai fu fang jin shi yan hou wen meng xue lei long duan hao shao qi mo jia xiong qiu kim lee park choi
jung chung kang cho yoon yun jang lim oh seo shin kwon hwang ahn hong moon yoo ko bae baek
nam roh ban chun`)

// setOf makes a word set from a space-separated list.
func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}
