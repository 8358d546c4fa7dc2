#!/usr/bin/env python3
"""Build the gold standard of news set zl.

Writes, next to corpus/:
  entities.jsonl              one entity a line: name, type, aliases
  triples.jsonl               one fact a line per (s, p, o, polarity)
  selfcheck_statements.jsonl  one statement per gold row and document, in the
                              `kg export --format jsonl` shape (DESIGN.md)

and checks, failing loudly:
  - every predicate, modality and entity type is one of SCHEMA.md;
  - subject and object types fit the predicate's domain and range (an alt_s
    or alt_o that is a City standing for a Country or an Organization (metonymy) is allowed);
  - names and aliases are unique after the scorer's normalisation, and every
    alias occurs in the corpus;
  - every evidence string occurs in its article's cleaned text, the sentence
    around it is taken as the supporting sentence, and the subject and the
    object (or the explicit cue words given for a pronoun, a possessive or a
    demonym) occur in that sentence;
  - facts merged over documents agree on polarity, time and required.

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- schema ---

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = TYPES
ACTOR = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
DOMAIN = {  # predicate: (subject types, object types)
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, PLACE),
    "based_in": ({"Organization", "Facility"}, PLACE),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTOR, ACTOR),
    "visited": ({"Person", "Organization"}, PLACE),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACTOR, ACTOR),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACTOR, ACTOR),
    "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization"}, {"Country", "Organization"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
# Demonyms are not aliases (they are no names of the entity), but a
# sentence naming "Turkish President X" does name the country for the check.
DEMONYMS = {"Turkey": ["Turkish"], "Iraq": ["Iraqi"], "Iran": ["Iranian"], "Israel": ["Israeli"],
            "Greece": ["Greek"], "Cyprus": ["Cypriot"], "Syria": ["Syrian"], "Lebanon": ["Lebanese"],
            "Jordan": ["Jordanian"], "Germany": ["German"], "France": ["French"], "Italy": ["Italian"],
            "Spain": ["Spanish"], "Egypt": ["Egyptian"], "Libya": ["Libyan"]}
TIME_RE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?)?$")

# ------------------------------------------------------------- documents ---

DOCS = {
    # key: (file, style, published, title)
    "U": ("unifil_drawdown_naqoura.txt", "wire", "", "BEIRUT, Feb 10 (Levant Wire)"),
    "R": ("iraq_iran_shalamcheh_rail.txt", "wire", "", "BASRA, Oct 8 (EastMed Press)"),
    "C": ("cyprus_leaders_holguin_meeting.txt", "wire", "", "NICOSIA, Jan 26 (Meridian News Agency)"),
    "P": ("turkey_pkk_commission_report.txt", "newspaper", "2026-01-23",
          "Turkish parliament panel backs law for returning PKK fighters"),
    "G": ("great_sea_interconnector_survey.txt", "newspaper", "2025-11-14",
          "Cable survey resumes off Crete as Ankara warns Athens and Nicosia"),
    "S": ("sweida_detainee_exchange.txt", "newspaper", "2025-10-20",
          "Syrian government and Druze fighters swap detainees in Sweida"),
    "N": ("iran_snapback_envoys_recalled.html", "html", "2025-09-30",
          "Iran recalls envoys as U.N. sanctions return; lawmakers weigh NPT exit"),
    "T": ("iraq_turkey_pipeline_talks.html", "html", "2025-12-05",
          "Iraq and Turkey open talks on new oil pipeline deal as 1973 treaty nears expiry"),
}
PUBLISHER = {"U": "Levant Wire", "R": "EastMed Press", "C": "Meridian News Agency",
             "P": "Bosphorus Daily Review", "G": "The Aegean Courier", "S": "Mashriq Herald",
             "N": "Eastern Mediterranean Observer", "T": "Tigris Post"}


class ArticleText(HTMLParser):
    """Text of the <article> element, one block per h1/p/figcaption/div."""
    BLOCKS = {"h1", "h2", "p", "figcaption", "div", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.blocks, self.cur = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "article":
            self.flush()
            self.depth -= 1
        elif self.depth and tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self.depth:
            self.cur.append(data)

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.blocks.append(t)
        self.cur = []


def cleaned(key):
    path = os.path.join(CORPUS, DOCS[key][0])
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = ArticleText()
        p.feed(raw)
        return "\n\n".join(p.blocks)
    return raw


ABBREV = {"U.S", "U.N", "Dec", "Sept", "Nov", "Oct", "Jan", "Feb", "Mr", "Dr", "St", "No"}


def sentence_spans(text):
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        seg = para.group(0)
        for m in re.finditer(r"[.!?][\"\u201d)]?\s+(?=[\"\u201c(]?[A-Z])", seg):
            word = re.search(r"(\S+)$", seg[:m.start()])
            prev = word.group(1) if word else ""
            if prev in ABBREV or re.fullmatch(r"[A-Z]", prev or "x"):
                continue
            end = para.start() + m.start() + len(m.group(0).rstrip())
            spans.append((start, end))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return spans


# -------------------------------------------------------------- entities ---

E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# Persons
ent("Joseph Aoun", "Person", "Aoun", "Lebanese President Joseph Aoun")
ent("Rodolphe Haykal", "Person", "Haykal", "Army chief Rodolphe Haykal")
ent("Clara Montes", "Person", "Montes")
ent("Naim Qassem", "Person", "Qassem")
ent("Morgan Ortagus", "Person", "Ortagus")
ent("Farzaneh Sadegh", "Person", "Sadegh")
ent("Mohammed Shia al-Sudani", "Person", "al-Sudani", "Sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani")
ent("Esmaeil Baghaei", "Person", "Baghaei")
ent("Nikos Christodoulides", "Person", "Christodoulides", "Cypriot President Nikos Christodoulides")
ent("Tufan Erhurman", "Person", "Erhurman")
ent("Maria Angela Holguin", "Person", "Holguin")
ent("Antonio Guterres", "Person", "Guterres", "U.N. Secretary-General Antonio Guterres")
ent("Ersin Tatar", "Person", "Tatar")
ent("Recep Tayyip Erdogan", "Person", "Erdogan", "Tayyip Erdogan", "President Tayyip Erdogan",
    "Turkish President Tayyip Erdogan")
ent("George Gerapetritis", "Person", "Gerapetritis")
ent("Numan Kurtulmus", "Person", "Kurtulmus")
ent("Abdullah Ocalan", "Person", "Ocalan")
ent("Devlet Bahceli", "Person", "Bahceli")
ent("Tuncer Bakirhan", "Person", "Bakirhan")
ent("Ekrem Imamoglu", "Person", "Imamoglu")
ent("Tom Barrack", "Person", "Barrack")
ent("Kyriakos Mitsotakis", "Person", "Mitsotakis", "Greek Prime Minister Kyriakos Mitsotakis")
ent("George Papanastasiou", "Person", "Papanastasiou")
ent("Stavros Papastavrou", "Person", "Papastavrou")
ent("Hikmat al-Hijri", "Person", "al-Hijri", "Sheikh Hikmat al-Hijri")
ent("Ayman Safadi", "Person", "Safadi")
ent("Ahmed al-Sharaa", "Person", "al-Sharaa", "Syrian President Ahmed al-Sharaa")
ent("Bashar al-Assad", "Person", "Assad")
ent("Asaad al-Shaibani", "Person", "al-Shaibani")
ent("Abbas Araghchi", "Person", "Araghchi")
ent("Rafael Grossi", "Person", "Grossi")
ent("Mohammad Bagher Ghalibaf", "Person", "Ghalibaf")
ent("Masoud Pezeshkian", "Person", "Pezeshkian", "President Masoud Pezeshkian")
ent("Donald Trump", "Person", "Trump", "U.S. President Donald Trump")
ent("Johann Wadephul", "Person", "Wadephul")
ent("Kaja Kallas", "Person", "Kallas")
ent("Alparslan Bayraktar", "Person", "Bayraktar")
ent("Hamid Younis", "Person", "Younis")
ent("Masrour Barzani", "Person", "Barzani")

# Countries
ent("Lebanon", "Country")
ent("Israel", "Country")
ent("Syria", "Country", "Syria's government")
ent("Iran", "Country", "Islamic Republic")
ent("Iraq", "Country", "Iraqi government", "federal government")
ent("Turkey", "Country", "Turkish state")
ent("Cyprus", "Country", "Republic of Cyprus", "Greek Cypriot administration")
ent("Greece", "Country")
ent("United Kingdom", "Country", "Britain")
ent("France", "Country")
ent("Germany", "Country")
ent("Italy", "Country")
ent("Spain", "Country")
ent("United States", "Country", "U.S.")
ent("China", "Country")
ent("Russia", "Country")
ent("Jordan", "Country")
ent("Egypt", "Country")
ent("Libya", "Country")
ent("Oman", "Country")
ent("Qatar", "Country")
ent("United Arab Emirates", "Country")

# Organizations
ent("United Nations Interim Force in Lebanon", "Organization", "UNIFIL")
ent("United Nations", "Organization", "U.N.")
ent("United Nations Security Council", "Organization", "U.N. Security Council", "Security Council")
ent("Lebanese Armed Forces", "Organization", "Lebanese army", "Lebanese troops")
ent("Hezbollah", "Organization")
ent("Israel Defense Forces", "Organization", "Israeli military")
ent("Iranian Foreign Ministry", "Organization", "Iranian foreign ministry")
ent("Popular Mobilization Forces", "Organization", "Popular Mobilisation Forces")
ent("European Union", "Organization", "EU", "bloc")
ent("Republican Turkish Party", "Organization")
ent("Turkish Cypriot administration", "Organization")
ent("Kurdistan Workers' Party", "Organization", "PKK")
ent("Grand National Assembly of Turkey", "Organization", "Grand National Assembly", "Turkish parliament")
ent("National Solidarity, Brotherhood and Democracy Commission", "Organization",
    "commission", "parliamentary commission")
ent("Nationalist Movement Party", "Organization", "MHP")
ent("Justice and Development Party", "Organization", "AKP")
ent("DEM Party", "Organization", "pro-Kurdish DEM Party")
ent("Republican People's Party", "Organization", "CHP")
ent("Syrian Democratic Forces", "Organization", "SDF")
ent("YPG", "Organization")
ent("MIT", "Organization")
ent("NATO", "Organization")
ent("IPTO", "Organization")
ent("Nexans", "Organization")
ent("Turkish Foreign Ministry", "Organization", "Turkish foreign ministry")
ent("European Investment Bank", "Organization")
ent("International Committee of the Red Cross", "Organization", "ICRC", "Red Cross")
ent("National Guard", "Organization")
ent("Syrian Ministry of Defence", "Organization", "Syrian defence ministry", "defence ministry")
ent("E3", "Organization", "three European countries", "three European states")
ent("International Atomic Energy Agency", "Organization", "IAEA")
ent("Iranian parliament", "Organization", "Iran's parliament")
ent("Central Bank of Iran", "Organization", "Iran's central bank")
ent("Kurdistan Regional Government", "Organization", "KRG")
ent("International Chamber of Commerce", "Organization", "ICC")
ent("Iraqi Oil Ministry", "Organization", "oil ministry")
ent("State Organization for Marketing of Oil", "Organization", "SOMO")

# Cities
for c in ["Beirut", "Naqoura", "Marwahin", "Bint Jbeil", "Washington", "Paris", "Rome", "Basra",
          "Shalamcheh", "Tehran", "Baghdad", "Karbala", "Nicosia", "Brussels", "New York", "Athens",
          "Ankara", "Sulaymaniyah", "Erbil", "Damascus", "Amman", "al-Mazraa", "Cairo", "Ceyhan",
          "Kirkuk"]:
    ent(c, "City")

# Regions
ent("South Lebanon", "Region", "southern Lebanon")
ent("Northern Cyprus", "Region", "the north")
ent("U.N. buffer zone", "Region", "buffer zone", "U.N.-controlled buffer zone")
ent("Northern Iraq", "Region")
ent("Sea of Marmara", "Region")
ent("Imrali", "Region", "Imrali island")
ent("Qandil Mountains", "Region", "Qandil")
ent("Northeastern Syria", "Region")
ent("Crete", "Region")
ent("Kasos", "Region")
ent("Sweida", "Region")
ent("Southern Syria", "Region")
ent("Golan Heights", "Region")
ent("Kurdistan Region", "Region")
ent("Southern Turkey", "Region")

# Facilities
ent("Great Sea Interconnector", "Facility", "interconnector")
ent("Fordow", "Facility")
ent("Natanz", "Facility")
ent("Isfahan nuclear site", "Facility", "Isfahan")
ent("Iraq-Turkey pipeline", "Facility")
ent("Development Road", "Facility")
ent("Grand Faw port", "Facility")

# Agreements
ent("Israel-Lebanon ceasefire", "Agreement", "ceasefire", "truce")
ent("Athens Declaration", "Agreement", "Athens Declaration on friendly relations")
ent("Turkey-Libya memorandum", "Agreement", "memorandum")
ent("Amman roadmap", "Agreement", "roadmap")
ent("Joint Comprehensive Plan of Action", "Agreement", "2015 nuclear deal", "nuclear deal", "accord")
ent("Iran-IAEA cooperation agreement", "Agreement", "cooperation agreement")
ent("Nuclear Non-Proliferation Treaty", "Agreement", "NPT")
ent("Iraq-Turkey pipeline treaty", "Agreement", "1973 treaty")
ent("Development Road framework agreement", "Agreement", "framework agreement")

# ----------------------------------------------------------------- facts ---
# F(doc, s, p, o, modality, time, required, evidence, **extra)
# evidence: a string of the article; the sentence around it is the support.
# extra: alt_s, alt_p, alt_o, note, role, commodity, w (cue words that must be
# in the sentence when s or o is not named there).

FACTS = []


def F(doc, s, p, o, mod, time, req, ev, **kw):
    FACTS.append(dict(doc=doc, s=s, p=p, o=o, modality=mod, time=time, required=req, ev=ev, **kw))


SINCE = "durative 'since YEAR' state: no time, as in the seeds gold"

# --- U: unifil_drawdown_naqoura.txt (wire: only explicit years give a time)
F("U", "Marwahin", "located_in", "South Lebanon", "asserted", None, True,
  "near the village of Marwahin in southern Lebanon", alt_o=["Lebanon"])
F("U", "South Lebanon", "located_in", "Lebanon", "asserted", None, False,
  "near the village of Marwahin in southern Lebanon", note="entailed by the name 'southern Lebanon'")
F("U", "United Nations Interim Force in Lebanon", "based_in", "South Lebanon", "asserted", None, True,
  "which has been deployed in southern Lebanon since 1978", alt_o=["Lebanon"], note=SINCE + " (1978)")
F("U", "United Nations Interim Force in Lebanon", "based_in", "Naqoura", "asserted", None, True,
  "at the mission's headquarters in Naqoura", note="'the mission's headquarters in Naqoura'")
F("U", "Clara Montes", "works_for", "United Nations Interim Force in Lebanon", "asserted", None, True,
  "UNIFIL spokeswoman Clara Montes", role="spokeswoman")
F("U", "France", "supported", "United Nations Interim Force in Lebanon", "asserted", None, False,
  "had pushed for a longer mandate", w=["mandate"], note="pushed for a longer mandate; loose reading")
F("U", "United States", "criticized", "United Nations Interim Force in Lebanon", "asserted", None, False,
  "the United States and Israel opposed it", w=["opposed it"], note="opposed a longer mandate; loose reading")
F("U", "Israel", "criticized", "United Nations Interim Force in Lebanon", "asserted", None, False,
  "the United States and Israel opposed it", w=["opposed it"], note="opposed a longer mandate; loose reading")
F("U", "Joseph Aoun", "head_of", "Lebanon", "asserted", None, True,
  "Lebanese President Joseph Aoun", w=["Lebanese"], role="president")
F("U", "Joseph Aoun", "works_for", "Lebanese Armed Forces", "asserted", None, False,
  "a former army commander", w=["former army commander"], note="a former post")
F("U", "Rodolphe Haykal", "head_of", "Lebanese Armed Forces", "asserted", None, True,
  "Army chief Rodolphe Haykal", alt_p=["works_for"], alt_o=["Lebanon"], w=["Army chief"], role="army chief")
F("U", "Rodolphe Haykal", "visited", "Marwahin", "asserted", None, True, "who toured Marwahin",
  note="'toured'")
F("U", "Iran", "supported", "Hezbollah", "asserted", None, True, "the Iran-backed group",
  note="'Iran-backed'")
F("U", "Hezbollah", "in_conflict_with", "Israel", "asserted", "2024", True,
  "fought a war with Israel in 2024")
F("U", "Naim Qassem", "head_of", "Hezbollah", "asserted", None, True, "its leader, Naim Qassem",
  w=["The group", "its leader"], role="leader", note="'The group ... its leader'")
F("U", "Israel", "attacked", "Bint Jbeil", "reported", None, False,
  "an Israeli drone struck a car near the town of Bint Jbeil", w=["Israeli drone"],
  note="the target is a car near the town")
F("U", "Israel", "attacked", "Lebanon", "reported", None, False,
  "an Israeli drone struck a car near the town of Bint Jbeil", w=["Israeli drone"],
  note="strike inside Lebanon; loose reading")
F("U", "Israel Defense Forces", "attacked", "Hezbollah", "reported", None, False,
  "The Israeli military said it had targeted a Hezbollah operative", alt_s=["Israel"],
  note="targeted an operative of the group")
F("U", "Hezbollah", "criticized", "Israel Defense Forces", "asserted", None, False,
  "a claim Hezbollah denied", alt_o=["Israel"], note="rejected the claim")
F("U", "United States", "brokered", "Israel-Lebanon ceasefire", "asserted", "2024-11", True,
  "the ceasefire brokered by Washington and Paris in November 2024", alt_s=["Washington"],
  note="capital as metonymy")
F("U", "France", "brokered", "Israel-Lebanon ceasefire", "asserted", "2024-11", True,
  "the ceasefire brokered by Washington and Paris in November 2024", alt_s=["Paris"],
  note="capital as metonymy")
F("U", "Israel", "party_to", "Israel-Lebanon ceasefire", "asserted", None, False,
  "that it did not give up under the ceasefire", note="entailed")
F("U", "Lebanon", "party_to", "Israel-Lebanon ceasefire", "asserted", None, False,
  "Beirut has accused Israel of violating that truce", alt_s=["Beirut"], note="entailed")
F("U", "Lebanon", "criticized", "Israel", "asserted", None, True,
  "Beirut has accused Israel of violating that truce", alt_s=["Beirut"], note="capital as metonymy")
F("U", "Joseph Aoun", "met_with", "Morgan Ortagus", "reported", None, True,
  "Aoun raised the strikes with U.S. deputy envoy Morgan Ortagus", note="'a Lebanese official said'")
F("U", "Morgan Ortagus", "works_for", "United States", "asserted", None, True,
  "U.S. deputy envoy Morgan Ortagus", role="deputy envoy")
F("U", "Morgan Ortagus", "visited", "Beirut", "reported", None, True,
  "when she visited Beirut last week", alt_o=["Lebanon"], note="'last week': no year in a wire copy")
F("U", "Italy", "supported", "United Nations Interim Force in Lebanon", "asserted", None, False,
  "which together provide more than 1,500 of UNIFIL's roughly 10,000 troops", note="troop contribution")
F("U", "Spain", "supported", "United Nations Interim Force in Lebanon", "asserted", None, False,
  "which together provide more than 1,500 of UNIFIL's roughly 10,000 troops", note="troop contribution")
F("U", "Italy", "signed_agreement_with", "Lebanon", "hedged", None, False,
  "they may keep some soldiers in Lebanon under bilateral arrangements")
F("U", "Spain", "signed_agreement_with", "Lebanon", "hedged", None, False,
  "they may keep some soldiers in Lebanon under bilateral arrangements")
F("U", "Italy", "supported", "Lebanese Armed Forces", "hedged", None, False,
  "Rome is also expected to host a conference on support for the Lebanese army", alt_s=["Rome"],
  note="capital as metonymy; 'expected to'")
F("U", "Lebanon", "borders", "Israel", "asserted", None, True, "Lebanon, which borders Israel and Syria")
F("U", "Lebanon", "borders", "Syria", "asserted", None, True, "Lebanon, which borders Israel and Syria")
F("U", "United States", "supported", "Lebanon", "reported", None, True,
  "has received about $200 million in U.S. military aid", alt_o=["Lebanese Armed Forces"],
  note="'according to the U.S. embassy'")

# --- R: iraq_iran_shalamcheh_rail.txt (wire)
F("R", "Iraq", "signed_agreement_with", "Iran", "asserted", None, True,
  "Iraq and Iran signed a protocol on Wednesday", alt_o=["Farzaneh Sadegh"],
  note="'Wednesday': no year in a wire copy; the Iranian minister signed for Iran")
F("R", "Shalamcheh", "located_in", "Iran", "asserted", None, True,
  "the Iranian border town of Shalamcheh", w=["Iranian"])
F("R", "Basra", "located_in", "Iraq", "asserted", None, True, "the southern Iraqi city of Basra",
  w=["Iraqi"])
F("R", "Farzaneh Sadegh", "works_for", "Iran", "asserted", None, True,
  "Iranian Roads and Urban Development Minister Farzaneh Sadegh", w=["Iranian"],
  role="roads and urban development minister")
F("R", "Farzaneh Sadegh", "visited", "Basra", "asserted", None, True, "signed the document in Basra",
  alt_o=["Iraq"])
F("R", "Iran", "supported", "Iraq", "planned", None, False,
  "who said Iran would finance about half of the remaining work", w=["Iran would finance"],
  note="the railway work in Iraq")
F("R", "Mohammed Shia al-Sudani", "head_of", "Iraq", "asserted", None, True,
  "Iraqi Prime Minister Mohammed Shia al-Sudani", w=["Iraqi"], role="prime minister")
F("R", "Iraq", "borders", "Iran", "asserted", None, True, "which shares a 1,600-km border with Iran")
F("R", "Iraq", "imports_from", "Iran", "asserted", None, True, "imports Iranian gas and electricity",
  alt_p=["trades_with"], commodity="gas, electricity", w=["Iranian"])
F("R", "United States", "sanctioned", "Iran", "asserted", None, True, "U.S. sanctions on Tehran",
  alt_o=["Tehran"], note="capital as metonymy")
F("R", "Esmaeil Baghaei", "works_for", "Iranian Foreign Ministry", "asserted", None, True,
  "Iranian foreign ministry spokesman Esmaeil Baghaei", alt_o=["Iran"], role="spokesman")
F("R", "Iran", "trades_with", "Iraq", "reported", None, True,
  "Iran is Iraq's second-largest trading partner", alt_s=["Tehran"], note="'according to Iraqi customs figures'")
F("R", "China", "trades_with", "Iraq", "reported", None, True,
  "second-largest trading partner after China", note="'according to Iraqi customs figures'")
F("R", "Iran", "supported", "Popular Mobilization Forces", "asserted", None, False,
  "Tehran also backs several armed factions within Iraq's Popular Mobilisation Forces", alt_s=["Tehran"],
  note="backs factions within the PMF")
F("R", "Popular Mobilization Forces", "based_in", "Iraq", "asserted", None, False,
  "Iraq's Popular Mobilisation Forces", note="possessive")
F("R", "Popular Mobilization Forces", "attacked", "United States", "asserted", "2024", False,
  "Some of those factions fired drones at U.S. bases", w=["those factions"],
  note="some factions of the PMF, at U.S. bases")
F("R", "United States", "attacked", "Popular Mobilization Forces", "asserted", "2024", False,
  "Washington responded with air strikes", alt_s=["Washington"], w=["those factions", "Washington"],
  note="air strikes on the factions")
F("R", "Iraq", "in_conflict_with", "Iran", "asserted", "198", True,
  "the 1980-88 war with Iran", w=["Iraqi"], note="'the 1980-88 war': decade prefix")

# --- C: cyprus_leaders_holguin_meeting.txt (wire)
F("C", "Nikos Christodoulides", "head_of", "Cyprus", "asserted", None, True,
  "Cypriot President Nikos Christodoulides", role="president")
F("C", "Nikos Christodoulides", "met_with", "Tufan Erhurman", "asserted", None, True,
  "Nikos Christodoulides and Turkish Cypriot leader Tufan Erhurman met for three hours")
F("C", "Nicosia", "capital_of", "Cyprus", "asserted", None, True, "Nicosia, the island's divided capital",
  w=["island's divided capital"])
F("C", "U.N. buffer zone", "located_in", "Nicosia", "asserted", None, False,
  "the U.N.-controlled buffer zone of Nicosia", note="the zone runs across the island")
F("C", "Maria Angela Holguin", "works_for", "Antonio Guterres", "asserted", None, True,
  "Maria Angela Holguin, the personal envoy of U.N. Secretary-General Antonio Guterres",
  alt_o=["United Nations"], role="personal envoy")
F("C", "Antonio Guterres", "head_of", "United Nations", "asserted", None, True,
  "U.N. Secretary-General Antonio Guterres", role="secretary-general")
F("C", "Maria Angela Holguin", "met_with", "Nikos Christodoulides", "asserted", None, False,
  "The talks were hosted by Maria Angela Holguin", w=["talks were hosted"], note="hosted their talks")
F("C", "Maria Angela Holguin", "met_with", "Tufan Erhurman", "asserted", None, False,
  "The talks were hosted by Maria Angela Holguin", w=["talks were hosted"], note="hosted their talks")
F("C", "Tufan Erhurman", "member_of", "Republican Turkish Party", "asserted", None, True,
  "a former prime minister from the centre-left Republican Turkish Party")
F("C", "Tufan Erhurman", "head_of", "Turkish Cypriot administration", "asserted", None, True,
  "Erhurman, who heads the Turkish Cypriot administration in the north", role="leader")
F("C", "Turkish Cypriot administration", "based_in", "Northern Cyprus", "asserted", None, False,
  "Erhurman, who heads the Turkish Cypriot administration in the north")
F("C", "Turkey", "took_control_of", "Northern Cyprus", "asserted", "1974", True,
  "when Turkey invaded the north", note="'invaded the north' in 1974")
F("C", "Turkey", "attacked", "Cyprus", "asserted", "1974", False,
  "when Turkey invaded the north", note="invasion")
F("C", "Turkey", "recognizes", "Cyprus", "negated", None, True,
  "does not recognise the Republic of Cyprus")
F("C", "Cyprus", "member_of", "European Union", "asserted", None, True,
  "a member of the European Union since 2004", w=["Republic of Cyprus"], note=SINCE + " (2004)")
F("C", "Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", None, True,
  "Turkish President Tayyip Erdogan", role="president")
F("C", "Greece", "met_with", "Turkey", "hedged", None, False,
  "would also bring together Greece, Turkey and Britain", note="expected meeting")
F("C", "Greece", "met_with", "United Kingdom", "hedged", None, False,
  "would also bring together Greece, Turkey and Britain", note="expected meeting")
F("C", "Turkey", "met_with", "United Kingdom", "hedged", None, False,
  "would also bring together Greece, Turkey and Britain", note="expected meeting")
F("C", "Cyprus", "gained_independence_from", "United Kingdom", "asserted", "1960", True,
  "the treaties that gave Cyprus independence from Britain in 1960")
F("C", "George Gerapetritis", "works_for", "Greece", "asserted", None, True,
  "Greek Foreign Minister George Gerapetritis", w=["Greek"], role="foreign minister")
F("C", "Cyprus", "contacted", "European Union", "asserted", None, False,
  "has asked Brussels to play a bigger role", alt_o=["Brussels"], note="Brussels as metonymy for the EU")
F("C", "Maria Angela Holguin", "contacted", "Antonio Guterres", "hedged", None, False,
  "Holguin is expected to report to Guterres", note="'expected to report to'")

# --- P: turkey_pkk_commission_report.txt (published 2026-01-23, a Friday)
F("P", "Numan Kurtulmus", "head_of", "Grand National Assembly of Turkey", "asserted", None, True,
  "Numan Kurtulmus, the speaker of the Grand National Assembly of Turkey", alt_p=["works_for"], role="speaker")
F("P", "Numan Kurtulmus", "head_of", "National Solidarity, Brotherhood and Democracy Commission", "asserted",
  None, True, "the head of the 51-member National Solidarity, Brotherhood and Democracy Commission",
  role="head")
F("P", "Kurdistan Workers' Party", "in_conflict_with", "Turkey", "asserted", None, True,
  "which has fought the Turkish state since 1984", note=SINCE + " (1984)")
F("P", "Abdullah Ocalan", "head_of", "Kurdistan Workers' Party", "asserted", None, True,
  "its jailed founder Abdullah Ocalan", alt_p=["member_of"], role="founder", note="'its jailed founder'")
F("P", "Sulaymaniyah", "located_in", "Northern Iraq", "asserted", None, True,
  "near Sulaymaniyah in northern Iraq", alt_o=["Iraq"])
F("P", "Northern Iraq", "located_in", "Iraq", "asserted", None, False,
  "near Sulaymaniyah in northern Iraq", note="entailed by the name")
F("P", "Imrali", "located_in", "Sea of Marmara", "asserted", None, True,
  "Imrali island in the Sea of Marmara")
F("P", "Abdullah Ocalan", "lives_in", "Imrali", "asserted", None, False,
  "has been held on Imrali island", note="held prisoner there; " + SINCE + " (1999)")
F("P", "National Solidarity, Brotherhood and Democracy Commission", "visited", "Imrali", "asserted",
  "2025-11", True, "Members of the commission visited him there in November", w=["there"],
  note="'there' = Imrali; November before 2026-01-23")
F("P", "National Solidarity, Brotherhood and Democracy Commission", "met_with", "Abdullah Ocalan",
  "asserted", "2025-11", True, "Members of the commission visited him there in November", w=["him"],
  note="visited him")
F("P", "Devlet Bahceli", "head_of", "Nationalist Movement Party", "asserted", None, True,
  "Devlet Bahceli, the leader of the Nationalist Movement Party", role="leader")
F("P", "Devlet Bahceli", "allied_with", "Recep Tayyip Erdogan", "asserted", None, True,
  "an ally of Turkish President Tayyip Erdogan")
F("P", "Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", None, True,
  "Turkish President Tayyip Erdogan", w=["Turkish"], role="president")
F("P", "Recep Tayyip Erdogan", "head_of", "Justice and Development Party", "asserted", None, True,
  "Erdogan's Justice and Development Party (AKP)", alt_p=["member_of"], role="leader",
  note="possessive 'Erdogan's ... party'")
F("P", "Justice and Development Party", "allied_with", "Nationalist Movement Party", "asserted", None, False,
  "and the MHP together hold a majority in parliament", note="governing partners")
F("P", "DEM Party", "visited", "Imrali", "asserted", None, False,
  "whose lawmakers have shuttled between Imrali, Ankara and the PKK's bases", note="its lawmakers")
F("P", "DEM Party", "visited", "Ankara", "asserted", None, False,
  "whose lawmakers have shuttled between Imrali, Ankara and the PKK's bases", note="its lawmakers")
F("P", "DEM Party", "visited", "Qandil Mountains", "asserted", None, False,
  "whose lawmakers have shuttled between Imrali, Ankara and the PKK's bases", note="its lawmakers")
F("P", "Kurdistan Workers' Party", "based_in", "Qandil Mountains", "asserted", None, True,
  "the PKK's bases in the Qandil mountains")
F("P", "Qandil Mountains", "located_in", "Northern Iraq", "asserted", None, True,
  "the Qandil mountains of northern Iraq", alt_o=["Iraq"])
F("P", "Tuncer Bakirhan", "head_of", "DEM Party", "asserted", None, True, "Its co-chair Tuncer Bakirhan",
  alt_p=["member_of"], w=["Its co-chair"], role="co-chair", note="'Its' = the DEM Party")
F("P", "Ekrem Imamoglu", "member_of", "Republican People's Party", "asserted", None, True,
  "Ekrem Imamoglu, the CHP's presidential candidate", role="presidential candidate")
F("P", "Syria", "signed_agreement_with", "Syrian Democratic Forces", "asserted", "2025-03", True,
  "which signed an agreement in March last year to integrate the Kurdish-led Syrian Democratic Forces",
  note="'March last year' before 2026-01-23")
F("P", "YPG", "member_of", "Syrian Democratic Forces", "asserted", None, True, "the SDF's main militia, the YPG")
F("P", "YPG", "member_of", "Kurdistan Workers' Party", "reported", None, False,
  "as an offshoot of the PKK", note="Turkey's view ('Turkey regards')")
F("P", "Turkey", "attacked", "YPG", "asserted", None, True,
  "has carried out air strikes against it in northeastern Syria", w=["against it"], note="'it' = the YPG")
F("P", "YPG", "based_in", "Northeastern Syria", "asserted", None, False,
  "has carried out air strikes against it in northeastern Syria", w=["against it"])
F("P", "Northeastern Syria", "located_in", "Syria", "asserted", None, False,
  "has carried out air strikes against it in northeastern Syria", note="entailed by the name")
F("P", "Tom Barrack", "works_for", "United States", "asserted", None, True,
  "U.S. envoy Tom Barrack, who is also Washington's ambassador to Ankara", alt_o=["Washington"],
  role="envoy; ambassador to Turkey")
F("P", "MIT", "based_in", "Turkey", "asserted", None, False, "MIT, Turkey's intelligence agency",
  note="possessive")

# --- G: great_sea_interconnector_survey.txt (published 2025-11-14, a Friday)
F("G", "IPTO", "based_in", "Greece", "asserted", None, False, "Greece's grid operator IPTO", note="possessive")
F("G", "Crete", "located_in", "Greece", "asserted", None, True, "the Greek island of Crete", w=["Greek"])
F("G", "Nexans", "based_in", "France", "asserted", None, False, "the French cable maker Nexans",
  w=["French"], note="demonym")
F("G", "Kasos", "located_in", "Greece", "asserted", None, True, "the small Greek island of Kasos",
  w=["Greek"])
F("G", "Turkey", "threatened", "Greece", "asserted", None, False,
  "Cable survey resumes off Crete as Ankara warns Athens and Nicosia", alt_s=["Ankara", "Turkish Foreign Ministry"],
  alt_o=["Athens"], note="headline 'warns'; also the ministry's warning on 2025-11-11 and the warships in "
  "July 2024: several events, so no time")
F("G", "Turkey", "threatened", "Cyprus", "asserted", None, False,
  "Cable survey resumes off Crete as Ankara warns Athens and Nicosia", alt_s=["Ankara", "Turkish Foreign Ministry"],
  alt_o=["Nicosia"], note="headline 'warns'; the ministry's warning on 2025-11-11")
F("G", "Turkish Foreign Ministry", "criticized", "Greece", "asserted", "2025-11-11", True,
  "accused Greece and the Greek Cypriot administration", alt_s=["Turkey"], note="Tuesday before 2025-11-14")
F("G", "Turkish Foreign Ministry", "criticized", "Cyprus", "asserted", "2025-11-11", True,
  "accused Greece and the Greek Cypriot administration", alt_s=["Turkey"],
  note="'Greek Cypriot administration' is Ankara's name for the Cypriot government")
F("G", "Turkey", "recognizes", "Cyprus", "negated", None, True,
  "Ankara does not recognise the Republic of Cyprus", alt_s=["Ankara"])
F("G", "Kyriakos Mitsotakis", "head_of", "Greece", "asserted", None, True,
  "Greek Prime Minister Kyriakos Mitsotakis", w=["Greek"], role="prime minister")
F("G", "Greece", "member_of", "NATO", "asserted", None, True, "Greece and Turkey, both members of NATO")
F("G", "Turkey", "member_of", "NATO", "asserted", None, True, "Greece and Turkey, both members of NATO")
F("G", "Kyriakos Mitsotakis", "signed_agreement_with", "Recep Tayyip Erdogan", "asserted", "2023-12", True,
  "Mitsotakis and Turkish President Tayyip Erdogan signed the Athens Declaration",
  alt_s=["Greece"], alt_o=["Turkey"], note="the leaders acted for their states")
F("G", "Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", None, True,
  "Mitsotakis and Turkish President Tayyip Erdogan signed", role="president")
F("G", "Greece", "party_to", "Athens Declaration", "asserted", "2023-12", False,
  "Mitsotakis and Turkish President Tayyip Erdogan signed the Athens Declaration", w=["Mitsotakis"],
  note="signed by its prime minister")
F("G", "Turkey", "party_to", "Athens Declaration", "asserted", "2023-12", False,
  "Mitsotakis and Turkish President Tayyip Erdogan signed the Athens Declaration",
  note="signed by its president")
F("G", "European Union", "supported", "Great Sea Interconnector", "asserted", None, True,
  "The EU has pledged 657 million euros in grants for the interconnector")
F("G", "European Investment Bank", "supported", "Great Sea Interconnector", "hedged", None, True,
  "the European Investment Bank may lend more", note="'may lend'")
F("G", "Cyprus", "member_of", "European Union", "asserted", None, True, "Cyprus, the only EU member state")
F("G", "George Papanastasiou", "works_for", "Cyprus", "asserted", None, True,
  "Its energy minister, George Papanastasiou", w=["Its energy minister"], role="energy minister",
  note="'Its' = Cyprus, previous sentence")
F("G", "George Papanastasiou", "met_with", "Stavros Papastavrou", "asserted", "2025-11-12", True,
  "George Papanastasiou, met Greek Energy Minister Stavros Papastavrou", note="Wednesday before 2025-11-14")
F("G", "George Papanastasiou", "visited", "Athens", "asserted", "2025-11-12", False,
  "met Greek Energy Minister Stavros Papastavrou in Athens", alt_o=["Greece"], note="met him in Athens")
F("G", "Stavros Papastavrou", "works_for", "Greece", "asserted", None, True,
  "Greek Energy Minister Stavros Papastavrou", w=["Greek"], role="energy minister")
F("G", "Athens", "capital_of", "Greece", "asserted", None, True, "Athens, the Greek capital",
  w=["Greek capital"])
F("G", "Greece", "negotiating_with", "Cyprus", "asserted", "2025-11-12", False,
  "the two discussed sharing the cost", w=["the two discussed", "Greek"], note="through their ministers")
F("G", "Israel", "supported", "Great Sea Interconnector", "negated", None, False,
  "has not committed to the project's second phase", w=["the project's"])
F("G", "Israel", "signed_agreement_with", "Cyprus", "asserted", "2010", True,
  "Israel and Cyprus signed an agreement in 2010")
F("G", "Turkey", "signed_agreement_with", "Libya", "asserted", "2019", True,
  "Turkey and Libya signed a memorandum in 2019")
F("G", "Turkey", "party_to", "Turkey-Libya memorandum", "asserted", "2019", True,
  "Turkey and Libya signed a memorandum in 2019")
F("G", "Libya", "party_to", "Turkey-Libya memorandum", "asserted", "2019", True,
  "Turkey and Libya signed a memorandum in 2019")
F("G", "Greece", "criticized", "Turkey-Libya memorandum", "asserted", None, True,
  "Greece and Egypt rejected the deal as illegal", note="'the deal' = the memorandum")
F("G", "Egypt", "criticized", "Turkey-Libya memorandum", "asserted", None, True,
  "Greece and Egypt rejected the deal as illegal", note="'the deal' = the memorandum")

# --- S: sweida_detainee_exchange.txt (published 2025-10-20, a Monday)
F("S", "Sweida", "located_in", "Southern Syria", "asserted", None, True, "Sweida, a province in southern Syria",
  alt_o=["Syria"])
F("S", "Southern Syria", "located_in", "Syria", "asserted", None, False, "Sweida, a province in southern Syria",
  note="entailed by the name")
F("S", "National Guard", "supported", "Hikmat al-Hijri", "asserted", None, False,
  "a coalition of Druze factions loyal to Sheikh Hikmat al-Hijri", alt_p=["allied_with"], note="'loyal to'")
F("S", "Syria", "signed_agreement_with", "National Guard", "asserted", None, False,
  "it had freed 62 soldiers and security personnel in return for 48 Druze civilians held by the government",
  w=["in return for", "the government"], note="the swap deal; the government is named only as 'the government'")
F("S", "al-Mazraa", "located_in", "Sweida", "asserted", None, True, "the village of al-Mazraa in western Sweida")
F("S", "Israel", "attacked", "Syrian Ministry of Defence", "asserted", "2025-07", True,
  "prompted Israel to bomb the Syrian defence ministry in Damascus", alt_o=["Syria", "Damascus"],
  note="July before 2025-10-20")
F("S", "Syrian Ministry of Defence", "based_in", "Damascus", "asserted", None, True,
  "the Syrian defence ministry in Damascus")
F("S", "Israel", "took_control_of", "Golan Heights", "asserted", None, True,
  "the Israeli-occupied Golan Heights", w=["Israeli-occupied"])
F("S", "Ayman Safadi", "works_for", "Jordan", "asserted", None, True, "Jordanian Foreign Minister Ayman Safadi",
  w=["Jordanian"], role="foreign minister")
F("S", "Jordan", "supported", "Syria", "planned", None, False, "Amman would keep helping", alt_s=["Amman"],
  w=["Syrian brothers"], note="'would keep helping our Syrian brothers'")
F("S", "Syria", "party_to", "Amman roadmap", "asserted", "2025-09", True,
  "a plan agreed by Syria, Jordan and the United States in September")
F("S", "Jordan", "party_to", "Amman roadmap", "asserted", "2025-09", True,
  "a plan agreed by Syria, Jordan and the United States in September")
F("S", "United States", "party_to", "Amman roadmap", "asserted", "2025-09", True,
  "a plan agreed by Syria, Jordan and the United States in September")
F("S", "Syria", "signed_agreement_with", "Jordan", "asserted", "2025-09", False,
  "a plan agreed by Syria, Jordan and the United States in September", note="entailed by the roadmap")
F("S", "Syria", "signed_agreement_with", "United States", "asserted", "2025-09", False,
  "a plan agreed by Syria, Jordan and the United States in September", note="entailed by the roadmap")
F("S", "Jordan", "signed_agreement_with", "United States", "asserted", "2025-09", False,
  "a plan agreed by Syria, Jordan and the United States in September", note="entailed by the roadmap")
F("S", "Hikmat al-Hijri", "criticized", "Amman roadmap", "asserted", None, True, "has rejected the roadmap")
F("S", "Hikmat al-Hijri", "lives_in", "Sweida", "asserted", None, False,
  "the most influential Druze spiritual leader in Sweida", note="leader in Sweida")
F("S", "Ahmed al-Sharaa", "head_of", "Syria", "asserted", None, True, "Syrian President Ahmed al-Sharaa",
  w=["Syrian"], role="president")
F("S", "Ahmed al-Sharaa", "visited", "Sweida", "negated", None, True, "has not visited Sweida since the violence")
F("S", "Asaad al-Shaibani", "works_for", "Syria", "asserted", None, True,
  "His foreign minister, Asaad al-Shaibani", alt_o=["Ahmed al-Sharaa"], w=["His foreign minister"],
  role="foreign minister", note="'His' = al-Sharaa")
F("S", "Asaad al-Shaibani", "met_with", "Tom Barrack", "asserted", "2025-09", True,
  "met U.S. envoy Tom Barrack and Safadi in Amman last month", note="'last month' before 2025-10-20")
F("S", "Asaad al-Shaibani", "met_with", "Ayman Safadi", "asserted", "2025-09", True,
  "met U.S. envoy Tom Barrack and Safadi in Amman last month")
F("S", "Tom Barrack", "met_with", "Ayman Safadi", "asserted", "2025-09", False,
  "met U.S. envoy Tom Barrack and Safadi in Amman last month", note="three-way meeting")
F("S", "Asaad al-Shaibani", "visited", "Amman", "asserted", "2025-09", False,
  "met U.S. envoy Tom Barrack and Safadi in Amman last month", alt_o=["Jordan"])
F("S", "Tom Barrack", "visited", "Amman", "asserted", "2025-09", False,
  "met U.S. envoy Tom Barrack and Safadi in Amman last month", alt_o=["Jordan"])
F("S", "Tom Barrack", "works_for", "United States", "asserted", None, True, "U.S. envoy Tom Barrack",
  role="envoy")
F("S", "Israel", "negotiating_with", "Syria", "asserted", None, True,
  "Israel and Syria have held several rounds of U.S.-mediated talks")
F("S", "Syria", "signed_agreement_with", "Israel", "negated", None, True,
  "Damascus has said it will not sign any deal while Israeli troops remain", alt_s=["Damascus"],
  w=["Israel"], note="capital as metonymy; conditional refusal")
F("S", "Israel", "took_control_of", "Southern Syria", "asserted", None, False,
  "remain in parts of the south they seized", w=["Israeli troops"], note="parts of it")

# --- N: iran_snapback_envoys_recalled.html (published 2025-09-30, a Tuesday)
for c in ["United Kingdom", "France", "Germany"]:
    F("N", c, "member_of", "E3", "asserted", None, True,
      "the three European countries, known as the E3", note="coordination 'Britain, France and Germany'")
for c in ["United Kingdom", "France", "Germany"]:
    F("N", "Iran", "diplomatic_relations_with", c, "asserted", None, False,
      "Iran recalled its ambassadors to Britain, France and Germany", note="entailed by having ambassadors there")
F("N", "E3", "sanctioned", "Iran", "asserted", "2025-09", True,
  "succeeded in restoring United Nations sanctions on the Islamic Republic",
  note="restored U.N. sanctions, in force on Sunday 2025-09-28")
for c in ["United Kingdom", "France", "Germany"]:
    F("N", c, "sanctioned", "Iran", "asserted", "2025-09", False,
      "succeeded in restoring United Nations sanctions on the Islamic Republic", note="as a member of the E3")
F("N", "United Nations", "sanctioned", "Iran", "asserted", "2025-09", False,
  "succeeded in restoring United Nations sanctions on the Islamic Republic",
  alt_s=["United Nations Security Council"], note="noun compound 'United Nations sanctions'")
F("N", "Iran", "party_to", "Joint Comprehensive Plan of Action", "asserted", "2015", True,
  "which Iran signed in 2015", note="'the accord' = the 2015 nuclear deal")
F("N", "Iran", "signed_agreement_with", "E3", "asserted", "2015", True,
  "which Iran signed in 2015 with the three European states, China, Russia and the United States")
for c in ["China", "Russia", "United States"]:
    F("N", "Iran", "signed_agreement_with", c, "asserted", "2015", True,
      "which Iran signed in 2015 with the three European states, China, Russia and the United States")
for c in ["United Kingdom", "France", "Germany"]:
    F("N", "Iran", "signed_agreement_with", c, "asserted", "2015", False,
      "which Iran signed in 2015 with the three European states, China, Russia and the United States",
      note="'the three European states' resolved to its members")
for c in ["E3", "China", "Russia", "United States"]:
    F("N", c, "party_to", "Joint Comprehensive Plan of Action", "asserted", "2015", False,
      "which Iran signed in 2015 with the three European states, China, Russia and the United States",
      note="entailed: signed the accord with Iran")
for c in ["United Kingdom", "France", "Germany"]:
    F("N", c, "criticized", "Iran", "asserted", "2025-08", True, "accusing Tehran of breaching its commitments",
      alt_o=["Tehran"], note="'in late August', before 2025-09-30; capital as metonymy")
F("N", "Abbas Araghchi", "works_for", "Iran", "asserted", None, True,
  "Iranian Foreign Minister Abbas Araghchi speaks to reporters", w=["Iranian"], role="foreign minister",
  note="photo caption; the body says 'Foreign Minister Abbas Araghchi'")
F("N", "Abbas Araghchi", "criticized", "E3", "asserted", None, False,
  "Foreign Minister Abbas Araghchi called the move", w=["the move"], note="'legally void'")
F("N", "Iran", "party_to", "Iran-IAEA cooperation agreement", "asserted", "2025-09-09", True,
  "Iran's cooperation agreement with the International Atomic Energy Agency")
F("N", "International Atomic Energy Agency", "party_to", "Iran-IAEA cooperation agreement", "asserted",
  "2025-09-09", True, "Iran's cooperation agreement with the International Atomic Energy Agency")
F("N", "Iran", "signed_agreement_with", "International Atomic Energy Agency", "asserted", "2025-09-09", True,
  "which he signed in Cairo on Sept. 9 with the agency's director general Rafael Grossi",
  alt_s=["Abbas Araghchi"], alt_o=["Rafael Grossi"], note="signed by Araghchi and Grossi")
F("N", "Rafael Grossi", "head_of", "International Atomic Energy Agency", "asserted", None, True,
  "the agency's director general Rafael Grossi", role="director general")
F("N", "Abbas Araghchi", "visited", "Cairo", "asserted", "2025-09-09", False,
  "which he signed in Cairo on Sept. 9", note="signed there")
F("N", "Abbas Araghchi", "met_with", "Rafael Grossi", "asserted", "2025-09-09", False,
  "which he signed in Cairo on Sept. 9 with the agency's director general Rafael Grossi", note="signed together")
F("N", "Russia", "member_of", "United Nations Security Council", "asserted", None, True,
  "Russia and China, both permanent members of the U.N. Security Council")
F("N", "China", "member_of", "United Nations Security Council", "asserted", None, True,
  "Russia and China, both permanent members of the U.N. Security Council")
F("N", "Iran", "party_to", "Nuclear Non-Proliferation Treaty", "asserted", None, False,
  "a bill that would take Iran out of the Nuclear Non-Proliferation Treaty", note="presupposed")
F("N", "Israel", "attacked", "Iran", "asserted", "2025-06", True,
  "Israeli and U.S. strikes on Iranian nuclear sites in June", w=["Israeli", "Iranian"],
  note="nominal 'strikes on'; June before 2025-09-30")
F("N", "United States", "attacked", "Iran", "asserted", "2025-06", True,
  "Israeli and U.S. strikes on Iranian nuclear sites in June", w=["Iranian"])
F("N", "Mohammad Bagher Ghalibaf", "head_of", "Iranian parliament", "asserted", None, True,
  "Parliament Speaker Mohammad Bagher Ghalibaf", w=["Parliament Speaker"], role="speaker")
F("N", "Masoud Pezeshkian", "head_of", "Iran", "asserted", None, True,
  "President Masoud Pezeshkian said on Monday that Iran had no plan", role="president")
F("N", "Iranian parliament", "based_in", "Tehran", "asserted", None, False,
  "In Tehran, the national security committee of Iran's parliament")
F("N", "Israel", "in_conflict_with", "Iran", "asserted", "2025-06", True,
  "The June war between Israel and Iran")
F("N", "Donald Trump", "head_of", "United States", "asserted", None, True, "U.S. President Donald Trump",
  role="president")
for f_ in ["Fordow", "Natanz", "Isfahan nuclear site"]:
    F("N", "United States", "attacked", f_, "asserted", "2025-06-22", True,
      "U.S. bombers struck the Fordow, Natanz and Isfahan nuclear sites on June 22")
F("N", "E3", "negotiating_with", "Iran", "hedged", None, False, "the E3 remained open to talks",
  w=["talks"], note="open to talks")
F("N", "Johann Wadephul", "works_for", "Germany", "asserted", None, True, "German Foreign Minister Johann Wadephul",
  w=["German"], role="foreign minister")
F("N", "Kaja Kallas", "works_for", "European Union", "asserted", None, True,
  "The European Union's foreign policy chief, Kaja Kallas", role="foreign policy chief")
F("N", "European Union", "sanctioned", "Iran", "planned", None, True,
  "the bloc would reinstate its own sanctions on Iran", alt_s=["Kaja Kallas"])
F("N", "European Union", "sanctioned", "Central Bank of Iran", "planned", None, False,
  "including an asset freeze on Iran's central bank")
F("N", "Central Bank of Iran", "based_in", "Iran", "asserted", None, False,
  "including an asset freeze on Iran's central bank", note="possessive")
F("N", "Iran", "negotiating_with", "United States", "asserted", None, True,
  "mediated five rounds of talks between Iran and the United States before the war")
F("N", "United States", "negotiating_with", "Iran", "planned", None, False,
  "Washington has said it is ready to talk", alt_s=["Washington"], note="conditional readiness")
F("N", "Tehran", "located_in", "Iran", "asserted", None, True, "in Tehran, Iran, on Sept. 28",
  note="photo caption")

# --- T: iraq_turkey_pipeline_talks.html (published 2025-12-05, a Friday)
F("T", "Iraq", "negotiating_with", "Turkey", "asserted", "2025-12-03", True,
  "Iraqi and Turkish officials began talks in Ankara on Wednesday", w=["Iraqi", "Turkish"],
  note="Wednesday before 2025-12-05")
F("T", "Turkey", "party_to", "Iraq-Turkey pipeline treaty", "asserted", None, False,
  "ruled that Turkey had breached the 1973 treaty", note="presupposed")
F("T", "Ceyhan", "located_in", "Southern Turkey", "asserted", None, True,
  "the Mediterranean port of Ceyhan in southern Turkey", alt_o=["Turkey"])
F("T", "Southern Turkey", "located_in", "Turkey", "asserted", None, False,
  "the Mediterranean port of Ceyhan in southern Turkey", note="entailed by the name")
F("T", "Kurdistan Region", "located_in", "Iraq", "asserted", None, True, "Iraq's Kurdistan Region")
F("T", "International Chamber of Commerce", "based_in", "Paris", "asserted", None, True,
  "the Paris-based International Chamber of Commerce")
F("T", "International Chamber of Commerce", "criticized", "Turkey", "asserted", "2023-03", False,
  "ruled that Turkey had breached the 1973 treaty", w=["arbitration panel"], note="an arbitration ruling")
F("T", "Alparslan Bayraktar", "works_for", "Turkey", "asserted", None, True,
  "Energy Minister Alparslan Bayraktar, who led the Turkish delegation", w=["Turkish delegation"],
  role="energy minister")
F("T", "Turkey", "signed_agreement_with", "Iraq", "planned", None, True,
  "Ankara wanted a \"comprehensive\" deal", alt_s=["Ankara", "Alparslan Bayraktar"], w=["Ankara", "Iraq's"],
  note="'wanted a deal'; capital as metonymy")
F("T", "Development Road", "located_in", "Iraq", "asserted", None, False,
  "the Development Road, Iraq's planned road and rail corridor")
F("T", "Hamid Younis", "works_for", "Iraqi Oil Ministry", "asserted", None, True,
  "oil ministry undersecretary Hamid Younis", alt_o=["Iraq"], role="undersecretary")
F("T", "Iraq", "signed_agreement_with", "Turkey", "negated", None, False,
  "Baghdad would not sign any agreement that allowed the KRG to sell oil on its own", alt_s=["Baghdad"],
  w=["Baghdad", "Iraqi delegation"], note="conditional refusal; the partner is implicit")
F("T", "Iraq", "signed_agreement_with", "Kurdistan Regional Government", "asserted", "2025-09", True,
  "Under a deal reached in September between Baghdad and the Erbil-based KRG", alt_s=["Baghdad"],
  note="capital as metonymy; September before 2025-12-05")
F("T", "Kurdistan Regional Government", "based_in", "Erbil", "asserted", None, True, "the Erbil-based KRG")
F("T", "State Organization for Marketing of Oil", "based_in", "Iraq", "asserted", None, False,
  "Iraq's state oil marketer", note="possessive")
F("T", "Masrour Barzani", "head_of", "Kurdistan Regional Government", "asserted", None, True,
  "Masrour Barzani, the KRG's prime minister", alt_p=["works_for"], role="prime minister")
F("T", "Masrour Barzani", "criticized", "Iraq", "asserted", "2025-12-04", True,
  "accused the federal government of delaying salary payments", alt_s=["Kurdistan Regional Government"],
  note="Thursday before 2025-12-05")
F("T", "Turkey", "imports_from", "Russia", "asserted", None, True,
  "which imports most of its crude oil from Russia and Iraq", alt_p=["trades_with"], commodity="crude oil")
F("T", "Turkey", "imports_from", "Iraq", "asserted", None, True,
  "which imports most of its crude oil from Russia and Iraq", alt_p=["trades_with"], commodity="crude oil")
F("T", "Iraq", "borders", "Turkey", "asserted", None, False, "is also pressing Baghdad to secure the border",
  w=["Baghdad", "the border"], note="implied")
F("T", "Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", None, True, "Turkish President Tayyip Erdogan",
  role="president")
F("T", "Recep Tayyip Erdogan", "visited", "Baghdad", "asserted", "2024-04", True,
  "who visited the Iraqi capital Baghdad in April 2024", alt_o=["Iraq"])
F("T", "Baghdad", "capital_of", "Iraq", "asserted", None, True, "the Iraqi capital Baghdad", w=["Iraqi capital"])
F("T", "Recep Tayyip Erdogan", "signed_agreement_with", "Mohammed Shia al-Sudani", "asserted", "2024-04", True,
  "signed a framework agreement on the Development Road with Iraqi Prime Minister Mohammed Shia al-Sudani",
  alt_s=["Turkey"], alt_o=["Iraq"], note="the leaders acted for their states")
F("T", "Turkey", "party_to", "Development Road framework agreement", "asserted", "2024-04", False,
  "signed a framework agreement on the Development Road", w=["Turkish President"], note="signed by its president")
F("T", "Iraq", "party_to", "Development Road framework agreement", "asserted", "2024-04", False,
  "signed a framework agreement on the Development Road", w=["Iraqi Prime Minister"],
  note="signed by its prime minister")
F("T", "Qatar", "party_to", "Development Road framework agreement", "asserted", None, True,
  "Qatar and the United Arab Emirates also signed the framework agreement")
F("T", "United Arab Emirates", "party_to", "Development Road framework agreement", "asserted", None, True,
  "Qatar and the United Arab Emirates also signed the framework agreement")
F("T", "Recep Tayyip Erdogan", "met_with", "Mohammed Shia al-Sudani", "asserted", "2024-04", False,
  "signed a framework agreement on the Development Road with Iraqi Prime Minister Mohammed Shia al-Sudani",
  note="implied by signing together in Baghdad")
F("T", "Recep Tayyip Erdogan", "met_with", "Mohammed Shia al-Sudani", "hedged", "2026", True,
  "is expected to host al-Sudani in Ankara early next year", note="'expected to host'; 'early next year'")
F("T", "Mohammed Shia al-Sudani", "visited", "Ankara", "hedged", "2026", False,
  "is expected to host al-Sudani in Ankara early next year", alt_o=["Turkey"])
F("T", "Mohammed Shia al-Sudani", "head_of", "Iraq", "asserted", None, True,
  "Iraqi Prime Minister Mohammed Shia al-Sudani", role="prime minister")
F("T", "Qatar", "supported", "Development Road", "hedged", None, False, "may help finance the project",
  w=["the project"])
F("T", "United Arab Emirates", "supported", "Development Road", "hedged", None, False,
  "may help finance the project", w=["the project"])


# ------------------------------------------------------------------ build ---

def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def fail(msg):
    sys.exit("build_gold: " + msg)


def main():
    texts = {k: cleaned(k) for k in DOCS}
    corpus_lower = "\n".join(texts.values()).lower() + "\n" + "\n".join(
        open(os.path.join(CORPUS, d[0]), encoding="utf-8").read().lower() for d in DOCS.values())

    # entities
    etype, seen = {}, {}
    for e in E:
        if e["type"] not in TYPES:
            fail(f"bad type {e}")
        if e["name"] in etype:
            fail(f"duplicate entity {e['name']}")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            n = norm(a)
            if n in seen and seen[n] != e["name"]:
                fail(f"alias {a!r} of {e['name']} collides with {seen[n]}")
            seen[n] = e["name"]
        for a in e["aliases"]:
            if a.lower() not in corpus_lower:
                fail(f"alias {a!r} of {e['name']} not in the corpus")
    forms = {e["name"]: [e["name"]] + e["aliases"] for e in E}

    def in_sentence(name, sent):
        return any(f.lower() in sent.lower() for f in forms[name] + DEMONYMS.get(name, []))

    rows, order = {}, []
    stmts = []
    used = set()
    for f in FACTS:
        s, p, o, mod = f["s"], f["p"], f["o"], f["modality"]
        where = f"{f['doc']}: {s} {p} {o}"
        if p not in DOMAIN:
            fail(f"unknown predicate {where}")
        if mod not in MODALITIES:
            fail(f"bad modality {where}")
        if f["time"] is not None and not TIME_RE.match(f["time"]):
            fail(f"bad time {where}")
        dom, rng = DOMAIN[p]
        for alt_p in f.get("alt_p", []):
            if alt_p not in DOMAIN:
                fail(f"unknown alt_p {where}")
        for name, allowed, main in ([(s, dom, None)] + [(a, dom, s) for a in f.get("alt_s", [])]
                                    + [(o, rng, None)] + [(a, rng, o) for a in f.get("alt_o", [])]):
            if name not in etype:
                fail(f"unknown entity {name!r} in {where}")
            t = etype[name]
            ok = t in allowed or (main is not None and t == "City" and etype[main] in ("Country", "Organization"))
            if main is None:
                for alt_p in f.get("alt_p", []):
                    ad, ar = DOMAIN[alt_p]
                    if name == s and t not in ad or name == o and t not in ar:
                        fail(f"{name} ({t}) does not fit alt_p {alt_p} in {where}")
            if not ok:
                fail(f"{name} ({t}) does not fit {p} in {where}")
        # evidence
        text = texts[f["doc"]]
        pos = text.find(f["ev"])
        if pos < 0:
            fail(f"evidence not in {DOCS[f['doc']][0]}: {f['ev']!r}")
        span = next(((a, b) for a, b in sentence_spans(text) if a <= pos < b), None)
        if span is None:
            fail(f"no sentence for {where}")
        a, b = span
        if pos + len(f["ev"]) > b:
            fail(f"evidence crosses a sentence boundary in {where}: {text[a:b]!r}")
        sent = text[a:b]
        w = f.get("w", [])
        for cue in w:
            if cue.lower() not in sent.lower():
                fail(f"cue {cue!r} not in sentence of {where}: {sent!r}")
        for role, name, alts in (("subject", s, f.get("alt_s", [])), ("object", o, f.get("alt_o", []))):
            if not any(in_sentence(n, sent) for n in [name] + alts) and not w:
                fail(f"{role} {name!r} not named in the sentence of {where} and no cue words: {sent!r}")
        for t_word in ([f["time"]] if f["time"] and len(f["time"]) == 4 and f["time"][0] in "12" else []):
            if t_word not in sent and not f["time"].startswith("2026"):
                fail(f"year {t_word} not in the sentence of {where}")
        used.update([s, o] + f.get("alt_s", []) + f.get("alt_o", []))

        # merge into rows
        pol = POLARITY[mod]
        ks, ko = (sorted([s, o]) if p in SYMMETRIC else [s, o])
        key = (ks, p, ko, pol)
        doc = DOCS[f["doc"]][0]
        if key not in rows:
            row = {"s": s, "p": p, "o": o, "docs": [], "modality": mod}
            if f["time"]:
                row["time"] = f["time"]
            row["required"] = f["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if f.get(k):
                    row[k] = list(f[k])
            if f.get("note"):
                row["note"] = f["note"]
            rows[key] = row
            order.append(key)
        row = rows[key]
        swapped = p in SYMMETRIC and row["s"] != s
        if row.get("time") != (f["time"] or None):
            fail(f"time disagrees for {where}: {row.get('time')} vs {f['time']}")
        if row["required"] != f["required"]:
            fail(f"required disagrees for {where}")
        if row["modality"] != mod and pol != POLARITY[row["modality"]]:
            fail(f"polarity disagrees for {where}")
        for k, k2 in (("alt_s", "alt_o" if swapped else "alt_s"), ("alt_o", "alt_s" if swapped else "alt_o"),
                      ("alt_p", "alt_p")):
            for v in f.get(k, []):
                if v not in row.setdefault(k2, []):
                    row[k2].append(v)
        if doc in row["docs"]:
            continue  # one statement per row and document: the first sentence
        row["docs"].append(doc)
        k = f["doc"]
        stmts.append({
            "subject": row["s"], "subject_type": etype[row["s"]], "predicate": p,
            "object": row["o"], "object_type": etype[row["o"]], "modality": row["modality"],
            "time": row.get("time", ""), "role": f.get("role", "") if p in ("head_of", "works_for") else
            (f.get("commodity", "") if p == "imports_from" else ""),
            "confidence": 1.0, "source": "corpus/" + doc, "title": DOCS[k][3],
            "publisher": PUBLISHER[k], "published": DOCS[k][2], "sentence": sent, "start": a, "end": b,
            "rule": "gold",
        })

    out_rows = []
    for key in order:
        r = rows[key]
        ordered = {k: r[k] for k in ("s", "p", "o", "docs", "modality", "time", "required",
                                     "alt_s", "alt_p", "alt_o", "note") if k in r and r[k] != []}
        out_rows.append(ordered)

    ents = [e for e in E]
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as fh:
        for e in ents:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as fh:
        for r in out_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as fh:
        for st in stmts:
            fh.write(json.dumps(st, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    print(f"rows={len(out_rows)} required={sum(r['required'] for r in out_rows)} "
          f"with_time={sum('time' in r for r in out_rows)} statements={len(stmts)} entities={len(ents)}")
    print("entities by type:", dict(Counter(e["type"] for e in ents)))
    print("modality:", dict(Counter(r["modality"] for r in out_rows)))
    print("modality (required):", dict(Counter(r["modality"] for r in out_rows if r["required"])))
    per_doc = Counter()
    per_doc_req = Counter()
    for r in out_rows:
        for d in r["docs"]:
            per_doc[d] += 1
            per_doc_req[d] += r["required"]
    for k, d in DOCS.items():
        print(f"  {d[0]}: {per_doc[d[0]]} ({per_doc_req[d[0]]})")
    unused = [e["name"] for e in ents if e["name"] not in used]
    print("entities in no fact:", unused)


if __name__ == "__main__":
    main()
