#!/usr/bin/env python3
"""Build the gold standard of news set zza from the article texts.

Usage: build_gold.py [--stats]

Every entity and every gold row lives here, each row with one evidence phrase per
document that states it. The script checks the rows against the article bodies and
against shared/SCHEMA.md and, only if everything holds, writes

    entities.jsonl              name, type, aliases
    triples.jsonl               s, p, o, docs, modality, time?, required, note, alt_*?
    selfcheck_statements.jsonl  one statement per row and document, in the
                                `kg export --format jsonl` shape of DESIGN.md

It exits 1 and writes nothing when an evidence phrase is not in the article body or
crosses a sentence boundary, when an entity of a row never occurs in a body that the
row cites, when a type, predicate, modality, time or signature breaks SCHEMA.md, when
a unit (subject, predicate, object, polarity) repeats, when an alias belongs to two
entities, or when an entity is used in no row. --stats prints counts.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from textutil import body_of, published_of, title_of, sentences  # noqa: E402

# --------------------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT",
            "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with", "borders",
             "signed_agreement_with", "trades_with"}
# static relations carry no time (SCHEMA.md gives none of them a time)
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with", "diplomatic_relations_with"}
ACT = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
SIG = {  # predicate: (subject types, object types); "→" rows of SCHEMA.md without types
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, PLACE),
    "based_in": ({"Organization", "Facility"}, PLACE),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACT, ACT),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACT, ACT | {"Region", "City", "Agreement"}),
    "criticized": (ACT, ACT | {"Agreement"}),
    "threatened": (ACT, ACT | {"Region", "City", "Facility"}),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT | {"Region"}, ACT | {"Region"}),
    "attacked": (ACT, ACT | {"Region", "City", "Facility"}),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACT, ACT | {"Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization"}, {"Country", "Organization"}),
}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$")

# --------------------------------------------------------------------------- documents
DOCS = {
    "zza01": ("corpus/zza01_iraq_qatar_lng.txt", "wire", "Iraq signs LNG import deal with Qatar"),
    "zza02": ("corpus/zza02_bhutan_china_boundary.txt", "wire", "Bhutan and China hold boundary talks"),
    "zza03": ("corpus/zza03_muscat_us_iran_talks.txt", "wire", "U.S. and Iran hold indirect talks in Muscat"),
    "zza04": ("corpus/zza04_kuwait_iraq_khor_abdullah.txt", "newspaper", None),
    "zza05": ("corpus/zza05_nepal_lipulekh_protest.txt", "newspaper", None),
    "zza06": ("corpus/zza06_bahrain_qatar_causeway.txt", "newspaper", None),
    "zza07": ("corpus/zza07_iraq_militia_weapons.html", "html", None),
    "zza08": ("corpus/zza08_nathu_la_trade.html", "html", None),
}

# --------------------------------------------------------------------------- entities
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# countries
ent("Iraq", "Country", "Republic of Iraq", "Iraqi", "Iraqi government", "Iraqi forces")
ent("Iran", "Country", "Islamic Republic of Iran", "Iranian", "Iranian government")
ent("Qatar", "Country", "State of Qatar", "Qatari")
ent("Kuwait", "Country", "State of Kuwait", "Kuwaiti")
ent("Saudi Arabia", "Country", "Kingdom of Saudi Arabia", "Saudi", "KSA")
ent("United Arab Emirates", "Country", "UAE", "U.A.E.", "Emirates", "Emirati")
ent("Bahrain", "Country", "Kingdom of Bahrain", "Bahraini")
ent("Oman", "Country", "Sultanate of Oman", "Omani")
ent("United States", "Country", "U.S.", "US", "USA", "United States of America", "America",
    "American", "U.S. government", "Trump administration")
ent("United Kingdom", "Country", "Britain", "UK", "U.K.", "Great Britain", "British")
ent("France", "Country", "French")
ent("Israel", "Country", "State of Israel", "Israeli")
ent("Egypt", "Country", "Egyptian")
ent("Turkey", "Country", "Turkish", "Türkiye")
ent("India", "Country", "Republic of India", "Indian", "Indian government", "Indian troops")
ent("China", "Country", "People's Republic of China", "PRC", "Chinese", "Chinese government", "Chinese troops")
ent("Nepal", "Country", "Nepali", "Nepalese", "Federal Democratic Republic of Nepal")
ent("Bhutan", "Country", "Kingdom of Bhutan", "Bhutanese", "Bhutanese government")
# cities (capitals also stand for their governments: see alt_s / alt_o)
ent("Baghdad", "City")
ent("Doha", "City", "Qatari capital")
ent("Tehran", "City", "Teheran")
ent("Washington", "City", "Washington, D.C.", "Washington DC")
ent("Riyadh", "City")
ent("Muscat", "City", "Omani capital")
ent("Kuwait City", "City", "Kuwaiti capital")
ent("Manama", "City", "Bahraini capital")
ent("Thimphu", "City", "Bhutanese capital")
ent("New Delhi", "City", "Delhi")
ent("Beijing", "City", "Peking")
ent("Kathmandu", "City")
ent("Erbil", "City", "Arbil", "Hawler")
ent("Kirkuk", "City")
ent("Mosul", "City")
ent("Tianjin", "City")
ent("Gangtok", "City", "Sikkim capital")
ent("Dharamsala", "City", "Dharamshala", "McLeod Ganj")
ent("Khalanga", "City", "Darchula Khalanga")
ent("Taklakot", "City", "Purang", "Burang")
ent("Al-Ula", "City", "AlUla", "Al Ula")
ent("The Hague", "City", "Hague")
# regions
ent("Basra province", "Region", "Basra", "Basra governorate", "Basrah")
ent("Tibet Autonomous Region", "Region", "Tibet", "TAR")
ent("Haa", "Region", "Haa district")
ent("Gulf", "Region", "Persian Gulf", "Arabian Gulf")
ent("Khor Abdullah", "Region", "Khor Abdullah waterway", "Khor Abd Allah")
ent("Bubiyan Island", "Region", "Bubiyan")
ent("Faw peninsula", "Region", "Faw", "al-Faw", "Fao peninsula", "al-Faw peninsula")
ent("Uttarakhand", "Region", "Uttarakhand state")
ent("Lipulekh", "Region", "Lipulekh pass", "Lipulekh Pass")
ent("Kalapani", "Region")
ent("Darchula", "Region", "Darchula district")
ent("Zubarah", "Region", "Al Zubarah", "Al-Zubarah")
ent("Hawar Islands", "Region", "Hawar")
ent("Anbar province", "Region", "Anbar")
ent("Kurdistan Region", "Region", "Kurdistan", "Iraqi Kurdistan", "Kurdistan Region of Iraq",
    "KRI")
ent("Sikkim", "Region", "Sikkim state")
ent("Nathu La", "Region", "Nathu La pass", "Nathula")
ent("Galwan Valley", "Region", "Galwan")
ent("Ladakh", "Region", "Ladakh region")
# facilities
ent("Khor al-Zubair port", "Facility", "Khor al-Zubair", "Khor al-Zubair Port")
ent("Fordow", "Facility", "Fordow enrichment plant", "Fordow Fuel Enrichment Plant")
ent("Natanz", "Facility", "Natanz enrichment plant", "Natanz Fuel Enrichment Plant")
ent("Al Udeid Air Base", "Facility", "Al Udeid", "Al-Udeid", "Al Udeid airbase")
ent("Grand Faw Port", "Facility", "Grand Faw", "Grand Faw port")
ent("Mubarak Al-Kabeer Port", "Facility", "Mubarak Al-Kabeer", "Mubarak al-Kabir Port")
ent("Ain al-Asad air base", "Facility", "Ain al-Asad", "Ain al-Asad Air Base", "Al-Asad Airbase")
# organizations
ent("QatarEnergy", "Organization", "Qatar Energy")
ent("U.S. Embassy in Baghdad", "Organization", "U.S. embassy in Baghdad", "U.S. embassy", "US embassy in Baghdad")
ent("TotalEnergies", "Organization", "Total")
ent("United Nations", "Organization", "UN", "U.N.")
ent("BRICS", "Organization", "BRICS group")
ent("Gulf Cooperation Council", "Organization", "GCC", "Cooperation Council for the Arab States of the Gulf")
ent("Federal Supreme Court", "Organization", "Iraq's Federal Supreme Court", "Iraqi Federal Supreme Court")
ent("South Asian Association for Regional Cooperation", "Organization", "SAARC")
ent("British East India Company", "Organization", "East India Company", "EIC")
ent("International Court of Justice", "Organization", "ICJ", "World Court")
ent("U.S. Fifth Fleet", "Organization", "Fifth Fleet", "U.S. Navy's Fifth Fleet", "US Fifth Fleet")
ent("Kataib Hezbollah", "Organization", "Kata'ib Hezbollah", "Kataeb Hezbollah", "Kataib Hizbollah")
ent("Popular Mobilization Forces", "Organization", "Popular Mobilisation Forces", "PMF",
    "Hashd al-Shaabi", "Popular Mobilization Units")
ent("U.S. military", "Organization", "U.S. forces", "U.S. troops", "US military", "US forces",
    "US troops", "United States military", "American forces", "American troops",
    "American soldiers", "U.S. military strike")
ent("Quds Force", "Organization", "Qods Force", "IRGC Quds Force")
ent("Islamic Revolutionary Guard Corps", "Organization", "IRGC", "Revolutionary Guards",
    "Revolutionary Guard Corps", "Iran's Islamic Revolutionary Guard Corps")
ent("Islamic State", "Organization", "ISIS", "ISIL", "Daesh", "Islamic State militants")
ent("Zagros Centre for Strategic Studies", "Organization", "Zagros Centre", "Zagros Center for Strategic Studies")
# agreements
ent("Gas Growth Integrated Project", "Agreement", "GGIP")
ent("Joint Comprehensive Plan of Action", "Agreement", "JCPOA", "2015 nuclear deal",
    "Iran nuclear deal", "2015 deal", "nuclear deal")
ent("Beijing Agreement", "Agreement", "Saudi-Iran agreement")
ent("Khor Abdullah navigation agreement", "Agreement", "Khor Abdullah agreement")
ent("Treaty of Sugauli", "Agreement", "Sugauli Treaty", "1816 Treaty of Sugauli")
ent("India-Nepal Treaty of Peace and Friendship", "Agreement",
    "1950 Treaty of Peace and Friendship", "Treaty of Peace and Friendship")
ent("Al-Ula Declaration", "Agreement", "AlUla Declaration", "Al Ula Declaration")
ent("Belt and Road Initiative", "Agreement", "BRI", "Belt and Road", "China's Belt and Road Initiative")
# people
ent("Ziyad Ali Fadel", "Person", "Fadel", "Ziad Ali Fadel")
ent("Saad Sherida al-Kaabi", "Person", "al-Kaabi", "Kaabi", "Saad al-Kaabi")
ent("Mohammed Shia al-Sudani", "Person", "Sudani", "al-Sudani", "Mohammed al-Sudani",
    "Prime Minister Mohammed Shia al-Sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani")
ent("Tamim bin Hamad Al Thani", "Person", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim",
    "Tamim", "Emir Sheikh Tamim bin Hamad Al Thani")
ent("Hussein Ala'a", "Person", "Ala'a")
ent("Sun Weidong", "Person", "Vice Foreign Minister Sun Weidong")
ent("Pema Choden", "Person", "Foreign Secretary Pema Choden", "Aum Pema Choden")
ent("Tshering Tobgay", "Person", "Tobgay", "Prime Minister Tshering Tobgay")
ent("Vikram Misri", "Person", "Misri", "Foreign Secretary Vikram Misri")
ent("Narendra Modi", "Person", "Modi", "Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi")
ent("Mao Ning", "Person")
ent("Jigme Khesar Namgyel Wangchuck", "Person", "King Jigme Khesar Namgyel Wangchuck",
    "Jigme Khesar", "Druk Gyalpo")
ent("Karma Wangdi", "Person", "Wangdi")
ent("Badr Albusaidi", "Person", "Albusaidi", "Badr al-Busaidi", "Sayyid Badr Albusaidi", "Badr bin Hamad Albusaidi")
ent("Steve Witkoff", "Person", "Witkoff", "Steven Witkoff", "special envoy Steve Witkoff")
ent("Abbas Araghchi", "Person", "Araghchi", "Foreign Minister Abbas Araghchi")
ent("Faisal bin Farhan", "Person", "Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud", "Foreign Minister Prince Faisal bin Farhan")
ent("Donald Trump", "Person", "Trump", "President Donald Trump", "U.S. President Donald Trump")
ent("Ali Khamenei", "Person", "Khamenei", "Ayatollah Ali Khamenei")
ent("Marco Rubio", "Person", "Rubio", "Secretary of State Marco Rubio")
ent("Salim al-Harthy", "Person", "al-Harthy")
ent("Abdullah Al-Yahya", "Person", "Al-Yahya", "Abdullah Ali Al-Yahya", "Foreign Minister Abdullah Al-Yahya")
ent("Fuad Hussein", "Person", "Hussein", "Foreign Minister Fuad Hussein")
ent("Meshal Al-Ahmad Al-Jaber Al-Sabah", "Person", "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah",
    "Sheikh Meshal", "Meshal al-Ahmad")
ent("Saddam Hussein", "Person", "Saddam")
ent("Jasem Mohamed Albudaiwi", "Person", "Albudaiwi", "Jasem Albudaiwi")
ent("Haider al-Zubaidi", "Person", "al-Zubaidi")
ent("Nour al-Mutairi", "Person", "al-Mutairi")
ent("Kamal Raj Adhikari", "Person", "Adhikari")
ent("Sushila Karki", "Person", "Karki", "Prime Minister Sushila Karki", "interim Prime Minister Sushila Karki")
ent("K.P. Sharma Oli", "Person", "Oli", "KP Sharma Oli", "Khadga Prasad Sharma Oli")
ent("Hari Bohara", "Person", "Bohara")
ent("Salman bin Hamad Al Khalifa", "Person", "Salman bin Hamad", "Crown Prince Salman bin Hamad")
ent("Mohammed bin Abdulrahman Al Thani", "Person", "Sheikh Mohammed bin Abdulrahman Al Thani",
    "Sheikh Mohammed", "Mohammed bin Abdulrahman")
ent("Hamad bin Isa Al Khalifa", "Person", "King Hamad", "King Hamad bin Isa Al Khalifa")
ent("Fatima Al-Mannai", "Person", "Al-Mannai")
ent("Qassem Soleimani", "Person", "Soleimani", "Qasem Soleimani")
ent("Abu Mahdi al-Muhandis", "Person", "al-Muhandis", "Muhandis")
ent("Ahmed Jabbar", "Person", "Jabbar")
ent("Mustafa Kareem", "Person", "Kareem")
ent("Prem Singh Tamang", "Person", "Tamang", "P.S. Golay")
ent("Pasang Sherpa", "Person")
ent("Wang Yi", "Person", "Foreign Minister Wang Yi")
ent("Ajit Doval", "Person", "Doval", "National Security Adviser Ajit Doval")
ent("Xi Jinping", "Person", "Xi", "President Xi Jinping", "Chinese President Xi Jinping")
ent("Xu Feihong", "Person", "Xu")
ent("S. Jaishankar", "Person", "Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister S. Jaishankar")
ent("Dalai Lama", "Person", "Tibetan leader", "14th Dalai Lama")

# --------------------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, mod, ev, t=None, req=True, note="", alt_s=(), alt_o=(), alt_p=(), role="",
      mods=None):
    """One gold unit. ev: {doc: evidence phrase}; mods: {doc: modality} where a document
    holds the same polarity with another modality (asserted vs reported)."""
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, time=t, required=req, note=note,
                     alt_s=list(alt_s), alt_o=list(alt_o), alt_p=list(alt_p), role=role,
                     mods=mods or {}))


# ---- zza01 (wire, BAGHDAD, Jul 15): Iraq signs LNG deal with Qatar
R("Iraq", "imports_from", "Qatar", "planned",
  {"zza01": "Iraq signed a five-year deal on Monday to import liquefied natural gas from Qatar"},
  note="commodity: liquefied natural gas; the deal is signed, the imports are to come")
R("Iraq", "signed_agreement_with", "Qatar", "reported",
  {"zza01": "Iraq signed a five-year deal on Monday to import liquefied natural gas from Qatar, officials said"},
  alt_o=["QatarEnergy"], note="the LNG deal; counterparty Qatar / QatarEnergy; wire: 'on Monday' gives no time")
R("United States", "sanctioned", "Iran", "asserted",
  {"zza01": "since Washington tightened sanctions on Tehran",
   "zza03": "Washington reimposed sweeping sanctions on Iran's oil and banking sectors in 2018"},
  alt_s=["Washington"], alt_o=["Tehran"],
  note="no row time: 01 gives none (the waiver ended March 2025), 03 says 2018")
R("Ziyad Ali Fadel", "works_for", "Iraq", "asserted",
  {"zza01": "Iraq's electricity minister, Ziyad Ali Fadel"}, role="electricity minister",
  note="role: electricity minister")
R("Saad Sherida al-Kaabi", "works_for", "Qatar", "asserted",
  {"zza01": "Saad Sherida al-Kaabi, Qatar's minister of state for energy affairs"},
  role="minister of state for energy affairs", note="role: minister of state for energy affairs")
R("Saad Sherida al-Kaabi", "head_of", "QatarEnergy", "asserted",
  {"zza01": "chief executive of QatarEnergy"}, alt_p=["works_for"], role="chief executive",
  note="role: chief executive")
R("Mohammed Shia al-Sudani", "head_of", "Iraq", "asserted",
  {"zza01": "Iraqi Prime Minister Mohammed Shia al-Sudani",
   "zza04": "Iraqi Prime Minister Mohammed Shia al-Sudani",
   "zza07": "Prime Minister Mohammed Shia al-Sudani's government"},
  role="prime minister", note="role: prime minister; 07 names Iraq earlier in the same sentence")
R("Saad Sherida al-Kaabi", "visited", "Baghdad", "asserted",
  {"zza01": "The agreement was signed in Baghdad by"}, req=False, alt_o=["Iraq"],
  note="entailment: he signed in Baghdad")
R("Ziyad Ali Fadel", "met_with", "Saad Sherida al-Kaabi", "asserted",
  {"zza01": "signed in Baghdad by Iraq's electricity minister, Ziyad Ali Fadel, and Saad Sherida al-Kaabi"},
  req=False, note="entailment: co-signing")
R("QatarEnergy", "based_in", "Doha", "asserted", {"zza01": "the Doha-based state company"},
  req=False, note="coreference: 'the Doha-based state company' is QatarEnergy of the previous sentence")
R("Khor al-Zubair port", "located_in", "Basra province", "asserted",
  {"zza01": "Khor al-Zubair port in Basra province"})
R("Iraq", "imports_from", "Iran", "asserted",
  {"zza01": "Iraq imports roughly a third of the gas burned in its power stations from Iran"},
  note="commodity: gas (and electricity, 'allowed Iraq to pay Iran for electricity')")
R("Iraq", "allied_with", "Qatar", "reported",
  {"zza01": "Qatar is a brotherly country and a reliable partner for Iraq."}, req=False,
  note="quote of Fadel, attributed in the previous sentence")
R("U.S. Embassy in Baghdad", "based_in", "Baghdad", "asserted", {"zza01": "The U.S. embassy in Baghdad"})
R("Iraq", "contacted", "Iran", "negated", {"zza01": "said Iraq had not consulted Iran about the deal"},
  note="an Iranian official's statement: negation wins over attribution")
R("Iraq", "imports_from", "Iran", "planned", {"zza01": "Tehran would keep exporting gas to its neighbour"},
  req=False, alt_o=["Tehran"], note="commodity: gas; Iraq is 'its neighbour' (coreference)")
R("Mohammed Shia al-Sudani", "met_with", "Tamim bin Hamad Al Thani", "asserted",
  {"zza01": "Sudani, who met Qatar's Emir Sheikh Tamim bin Hamad Al Thani"},
  note="wire: 'in April' gives no year, so no time")
R("Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted",
  {"zza01": "Qatar's Emir Sheikh Tamim bin Hamad Al Thani",
   "zza06": "Qatar's Emir Sheikh Tamim bin Hamad Al Thani"}, role="emir", note="role: emir")
R("Doha", "capital_of", "Qatar", "asserted", {"zza01": "the Qatari capital, Doha"})
R("Mohammed Shia al-Sudani", "visited", "Doha", "asserted",
  {"zza01": "who met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in the Qatari capital, Doha"},
  req=False, alt_o=["Qatar"], note="entailment: met in Doha")
R("Iraq", "allied_with", "Iran", "asserted",
  {"zza01": "balance Iraq's ties with Iran and the United States, Baghdad's two most important partners"},
  req=False, alt_s=["Baghdad"], alt_o=["Tehran"], note="'partners': group apposition 'two most important partners'")
R("Iraq", "allied_with", "United States", "asserted",
  {"zza01": "balance Iraq's ties with Iran and the United States, Baghdad's two most important partners"},
  req=False, alt_s=["Baghdad"], alt_o=["Washington"], note="'partners': group apposition 'two most important partners'")
R("Iraq", "borders", "Iran", "asserted", {"zza01": "Iraq shares a border of nearly 1,600 km (990 miles) with Iran"})
R("Iraq", "borders", "Kuwait", "asserted",
  {"zza01": "and shorter ones with Kuwait and Saudi Arabia to the south",
   "zza04": "Kuwait needs a stable Iraq on its border"}, mods={"zza04": "reported"},
  note="01: 'Iraq shares a border ... and shorter ones with Kuwait'; 04: in a quote")
R("Iraq", "borders", "Saudi Arabia", "asserted", {"zza01": "and shorter ones with Kuwait and Saudi Arabia to the south"})
R("QatarEnergy", "party_to", "Gas Growth Integrated Project", "asserted",
  {"zza01": "QatarEnergy bought a 25 percent stake in the project later that year"}, req=False,
  note="'the project' = the GGIP of the previous sentence; wire: 'later that year' gives no explicit year")
R("TotalEnergies", "party_to", "Gas Growth Integrated Project", "asserted",
  {"zza01": "TotalEnergies signed the $27 billion Gas Growth Integrated Project with Iraq in 2023"}, t="2023")
R("Iraq", "party_to", "Gas Growth Integrated Project", "asserted",
  {"zza01": "TotalEnergies signed the $27 billion Gas Growth Integrated Project with Iraq in 2023"}, t="2023")
R("TotalEnergies", "signed_agreement_with", "Iraq", "asserted",
  {"zza01": "TotalEnergies signed the $27 billion Gas Growth Integrated Project with Iraq in 2023"}, t="2023")
R("TotalEnergies", "based_in", "France", "asserted", {"zza01": "The French energy major TotalEnergies"},
  req=False, note="nationality adjective read as seat")
R("Hussein Ala'a", "lives_in", "Baghdad", "asserted", {"zza01": "Hussein Ala'a, a Baghdad-based energy analyst"},
  req=False, note="'Baghdad-based' read as residence")
R("Iraq", "negotiating_with", "Qatar", "asserted",
  {"zza01": "The two countries have discussed a pipeline through Kuwait or Saudi Arabia for years"}, req=False,
  note="group reference 'the two countries' (Iraq and Qatar)")
R("Iraq", "contacted", "Kuwait", "negated", {"zza01": "Baghdad has not formally approached Kuwait"},
  alt_s=["Baghdad"], note="capital for government; a Kuwaiti official's statement")

# ---- zza02 (wire, THIMPHU, Mar 11): Bhutan-China boundary talks
R("Bhutan", "negotiating_with", "China", "reported",
  {"zza02": "Bhutan and China held a new round of boundary talks"}, alt_p=["met_with"],
  note="'officials from both sides said'; wire: 'on Tuesday' gives no time")
R("Thimphu", "capital_of", "Bhutan", "asserted", {"zza02": "the Bhutanese capital Thimphu"})
R("Bhutan", "signed_agreement_with", "China", "negated", {"zza02": "but did not sign a final boundary agreement"},
  note="polarity trap: the same sentence reports talks and an agreement to speed up demarcation")
R("Bhutan", "signed_agreement_with", "China", "reported", {"zza02": "Bhutan also signed a memorandum with China"},
  note="a memorandum on the joint technical team, 'the statement said'")
R("Bhutan", "signed_agreement_with", "China", "hedged",
  {"zza02": "we hope to conclude an agreement within this year"}, req=False,
  note="Tobgay's hope; 'we' needs the speaker")
R("Sun Weidong", "works_for", "China", "asserted", {"zza02": "Chinese Vice Foreign Minister Sun Weidong"},
  alt_o=["Beijing"], role="vice foreign minister", note="role: vice foreign minister")
R("Pema Choden", "works_for", "Bhutan", "reported",
  {"zza02": "the Bhutanese side was headed by Foreign Secretary Pema Choden"},
  role="foreign secretary", note="role: foreign secretary")
R("Sun Weidong", "negotiating_with", "Pema Choden", "reported",
  {"zza02": "Sun Weidong led Beijing's delegation at the 26th round of talks, while the Bhutanese side was headed by Foreign Secretary Pema Choden"},
  req=False, alt_p=["met_with"], note="heads of the two delegations; inference")
R("Sun Weidong", "visited", "Thimphu", "reported",
  {"zza02": "Sun Weidong led Beijing's delegation at the 26th round of talks"}, req=False,
  alt_o=["Bhutan"], note="the talks were held in Thimphu (previous sentence): coreference")
R("Tshering Tobgay", "head_of", "Bhutan", "asserted", {"zza02": "Bhutanese Prime Minister Tshering Tobgay"},
  role="prime minister", note="role: prime minister")
R("China", "diplomatic_relations_with", "Bhutan", "negated",
  {"zza02": "China and Bhutan have no formal diplomatic relations"})
R("China", "borders", "Bhutan", "asserted",
  {"zza02": "Bhutan and India are the only two neighbours with which China has yet to settle its land border"})
R("China", "borders", "India", "asserted",
  {"zza02": "Bhutan and India are the only two neighbours with which China has yet to settle its land border",
   "zza08": "the worst violence on the India-China border in decades"})
R("Bhutan", "allied_with", "India", "asserted", {"zza02": "New Delhi, Thimphu's closest ally"},
  alt_s=["Thimphu"], alt_o=["New Delhi"], note="capitals for governments")
R("India", "in_conflict_with", "China", "asserted",
  {"zza02": "a tense standoff between Indian and Chinese troops",
   "zza08": "Indian and Chinese troops clashed in the Galwan Valley"},
  note="no row time: 02 (wire) gives no year for the Doklam standoff, 08 dates the Galwan clash June 2020")
R("Bhutan", "borders", "India", "asserted",
  {"zza02": "Landlocked Bhutan, wedged between India and China's Tibet Autonomous Region"})
R("Bhutan", "borders", "Tibet Autonomous Region", "asserted",
  {"zza02": "Landlocked Bhutan, wedged between India and China's Tibet Autonomous Region"})
R("Tibet Autonomous Region", "located_in", "China", "asserted",
  {"zza02": "China's Tibet Autonomous Region", "zza05": "China's Tibet Autonomous Region",
   "zza08": "China's Tibet Autonomous Region"})
R("India", "supported", "Bhutan", "asserted",
  {"zza02": "has relied on New Delhi for aid, trade and security for decades"}, alt_s=["New Delhi"],
  note="aid and security; also 'Indian grants pay for ... five-year plans'")
R("India", "signed_agreement_with", "Bhutan", "asserted",
  {"zza02": "The two countries signed a friendship treaty in 1949"}, t="1949", req=False,
  note="'the two countries' (group reference to the previous sentence); revised in 2007")
R("India", "trades_with", "Bhutan", "asserted", {"zza02": "India is Bhutan's largest trading partner"})
R("Vikram Misri", "works_for", "India", "reported", {"zza02": "Indian Foreign Secretary Vikram Misri"},
  role="foreign secretary", note="role: foreign secretary; 'according to the Indian embassy'")
R("Vikram Misri", "visited", "Thimphu", "reported", {"zza02": "Vikram Misri visited Thimphu last month"},
  alt_o=["Bhutan"], note="wire: 'last month' gives no time")
R("Vikram Misri", "met_with", "Tshering Tobgay", "reported", {"zza02": "He also met Tobgay"}, req=False,
  note="'He' = Misri of the previous sentence")
R("Tshering Tobgay", "visited", "New Delhi", "planned", {"zza02": "Tobgay plans to travel to New Delhi in April"},
  alt_o=["India"], note="wire: 'in April' gives no year")
R("Tshering Tobgay", "met_with", "Narendra Modi", "planned",
  {"zza02": "to brief Indian Prime Minister Narendra Modi on the talks"}, req=False,
  note="a briefing implies a meeting")
R("Narendra Modi", "head_of", "India", "asserted",
  {"zza02": "Indian Prime Minister Narendra Modi", "zza05": "Indian Prime Minister Narendra Modi",
   "zza08": "Indian Prime Minister Narendra Modi"}, role="prime minister", note="role: prime minister")
R("Mao Ning", "works_for", "China", "asserted",
  {"zza02": "China's foreign ministry spokesperson Mao Ning", "zza05": "China's foreign ministry spokesperson Mao Ning",
   "zza08": "China's foreign ministry spokesperson Mao Ning"}, role="foreign ministry spokesperson",
  note="role: foreign ministry spokesperson")
R("Jigme Khesar Namgyel Wangchuck", "head_of", "Bhutan", "asserted",
  {"zza02": "King Jigme Khesar Namgyel Wangchuck, Bhutan's head of state"}, role="king", note="role: king")
R("Bhutan", "in_conflict_with", "China", "asserted", {"zza02": "the demarcation of their disputed frontier"},
  req=False, note="loose: a long-running boundary dispute, handled by talks")
R("Haa", "located_in", "Bhutan", "asserted", {"zza02": "Bhutan's western district of Haa"})
R("Karma Wangdi", "lives_in", "Haa", "asserted", {"zza02": "Karma Wangdi, a yak herder from the district"}, req=False,
  note="'the district' = Haa of the previous sentence")
R("Bhutan", "negotiating_with", "China", "planned", {"zza02": "The next round of talks will be held in Beijing"},
  req=False, note="the parties are implicit")

# ---- zza03 (wire, MUSCAT, May 19): indirect U.S.-Iran talks in Muscat
R("United States", "negotiating_with", "Iran", "reported",
  {"zza03": "U.S. and Iranian negotiators held indirect talks"}, alt_s=["Washington"], alt_o=["Tehran"],
  note="indirect talks are negotiations; 'Oman's foreign minister said'")
R("Muscat", "capital_of", "Oman", "asserted", {"zza03": "the Omani capital Muscat"})
R("United States", "attacked", "Iran", "reported",
  {"zza03": "American bombers struck Iran's nuclear sites in June 2025"}, t="2025-06")
R("United States", "negotiating_with", "Iran", "planned", {"zza03": "agreed to meet again within weeks"},
  req=False, note="also 'The talks are expected to resume in Muscat or Rome next month' (hedged)")
R("Badr Albusaidi", "works_for", "Oman", "asserted", {"zza03": "Badr Albusaidi, the Omani minister"},
  role="foreign minister", note="role: foreign minister (lead: 'Oman's foreign minister')")
R("Steve Witkoff", "works_for", "United States", "asserted", {"zza03": "U.S. special envoy Steve Witkoff"},
  alt_o=["Donald Trump"], role="special envoy", note="role: special envoy")
R("Abbas Araghchi", "works_for", "Iran", "asserted", {"zza03": "Iranian Foreign Minister Abbas Araghchi"},
  role="foreign minister", note="role: foreign minister")
R("Steve Witkoff", "met_with", "Abbas Araghchi", "negated",
  {"zza03": "Abbas Araghchi, who did not meet face to face"},
  note="polarity trap: they negotiate but did not meet; also 'he would not sit down with Witkoff until ...'")
R("Badr Albusaidi", "met_with", "Steve Witkoff", "asserted",
  {"zza03": "carrying messages between U.S. special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi"},
  req=False, alt_p=["contacted"], note="shuttle diplomacy implies meeting each side")
R("Badr Albusaidi", "met_with", "Abbas Araghchi", "asserted",
  {"zza03": "carrying messages between U.S. special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi"},
  req=False, alt_p=["contacted"], note="shuttle diplomacy implies meeting each side")
R("United States", "signed_agreement_with", "Iran", "planned",
  {"zza03": "both sides showed a real wish to reach a fair and lasting agreement"}, req=False,
  note="a wish; 'both sides' is a group reference")
R("Steve Witkoff", "visited", "Muscat", "reported", {"zza03": "Witkoff flew into Muscat on Sunday"},
  alt_o=["Oman"], note="'a U.S. official said'")
R("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted",
  {"zza03": "Saudi Foreign Minister Prince Faisal bin Farhan"}, role="foreign minister", note="role: foreign minister")
R("Faisal bin Farhan", "contacted", "Abbas Araghchi", "reported",
  {"zza03": "Prince Faisal bin Farhan telephoned Araghchi the same day"})
R("Donald Trump", "head_of", "United States", "asserted", {"zza03": "U.S. President Donald Trump"},
  role="president", note="role: president")
R("United States", "party_to", "Joint Comprehensive Plan of Action", "negated",
  {"zza03": "pulled the United States out of the 2015 nuclear deal"}, t="2018", req=False,
  note="withdrawal in 2018: no longer a party")
R("Iran", "party_to", "Joint Comprehensive Plan of Action", "asserted",
  {"zza03": "the 2015 nuclear deal between Iran and six world powers"}, t="2015")
R("Israel", "attacked", "Iran", "asserted", {"zza03": "Israel launched a 12-day air war against Iran in June 2025"},
  t="2025-06")
R("Israel", "in_conflict_with", "Iran", "asserted",
  {"zza03": "Israel launched a 12-day air war against Iran in June 2025"}, t="2025-06")
R("United States", "in_conflict_with", "Iran", "asserted",
  {"zza03": "the United States joined it on June 22"}, t="2025-06", req=False,
  note="'joined it' = joined Israel's air war (same sentence)")
R("United States", "attacked", "Fordow", "asserted",
  {"zza03": "the United States joined it on June 22 by bombing the Fordow and Natanz enrichment plants"},
  t="2025-06-22", note="year from 'June 2025' in the same sentence")
R("United States", "attacked", "Natanz", "asserted",
  {"zza03": "the United States joined it on June 22 by bombing the Fordow and Natanz enrichment plants"},
  t="2025-06-22", note="year from 'June 2025' in the same sentence")
R("Iran", "attacked", "Al Udeid Air Base", "asserted",
  {"zza03": "Iran retaliated on June 23, 2025 by firing missiles at Al Udeid Air Base"}, t="2025-06-23")
R("Al Udeid Air Base", "located_in", "Qatar", "asserted", {"zza03": "Al Udeid Air Base in Qatar"})
R("Donald Trump", "threatened", "Iran", "asserted", {"zza03": "Trump has since threatened Iran with new strikes"})
R("United Nations", "sanctioned", "Iran", "asserted",
  {"zza03": "the return of United Nations sanctions on Iran in September 2025"}, t="2025-09",
  note="snapback triggered by 'the three European parties to the 2015 deal'")
R("Ali Khamenei", "head_of", "Iran", "asserted", {"zza03": "Iran's Supreme Leader Ayatollah Ali Khamenei"},
  role="supreme leader", note="role: supreme leader")
R("Ali Khamenei", "negotiating_with", "United States", "negated",
  {"zza03": "has ruled out direct negotiations with the United States"},
  note="Khamenei rules out direct talks while the country-level indirect talks go on")
R("United States", "diplomatic_relations_with", "Iran", "negated",
  {"zza03": "Washington and Tehran, which have had no diplomatic relations since 1980"},
  alt_s=["Washington"], alt_o=["Tehran"], note="durative 'since 1980': no time")
R("Oman", "contacted", "United States", "asserted",
  {"zza03": "Oman has long carried messages between Washington and Tehran"}, req=False,
  alt_o=["Washington"], note="go-between: loose reading")
R("Oman", "contacted", "Iran", "asserted", {"zza03": "Oman has long carried messages between Washington and Tehran"},
  req=False, alt_o=["Tehran"], note="go-between: loose reading")
R("Saudi Arabia", "normalized_relations_with", "Iran", "asserted",
  {"zza03": "Saudi Arabia and Iran restored relations in 2023"}, t="2023")
R("Saudi Arabia", "party_to", "Beijing Agreement", "asserted",
  {"zza03": "Saudi Arabia and Iran restored relations in 2023 under the Beijing Agreement"}, t="2023",
  req=False, note="entailment: relations restored under the agreement")
R("Iran", "party_to", "Beijing Agreement", "asserted",
  {"zza03": "Saudi Arabia and Iran restored relations in 2023 under the Beijing Agreement"}, t="2023",
  req=False, note="entailment: relations restored under the agreement")
R("China", "brokered", "Beijing Agreement", "asserted", {"zza03": "the Beijing Agreement, a deal brokered by China"},
  t="2023")
R("Iran", "member_of", "BRICS", "asserted", {"zza03": "Iran joined the BRICS group in January 2024"},
  note="joined January 2024; member_of is static")
R("Saudi Arabia", "candidate_for", "BRICS", "asserted",
  {"zza03": "Saudi Arabia, which was invited to join BRICS in 2023"}, t="2023")
R("Saudi Arabia", "member_of", "BRICS", "negated", {"zza03": "has not formally taken up membership"},
  note="polarity trap next to Iran's membership and the 2023 invitation")
R("Badr Albusaidi", "visited", "Washington", "planned", {"zza03": "Albusaidi will travel to Washington this week"},
  alt_o=["United States"], note="wire: 'this week' gives no time")
R("Badr Albusaidi", "met_with", "Marco Rubio", "planned", {"zza03": "to brief U.S. Secretary of State Marco Rubio"},
  req=False, note="a briefing implies a meeting")
R("Marco Rubio", "works_for", "United States", "asserted",
  {"zza03": "U.S. Secretary of State Marco Rubio", "zza07": "U.S. Secretary of State Marco Rubio"},
  alt_o=["Donald Trump"], role="secretary of state", note="role: secretary of state")
R("Salim al-Harthy", "lives_in", "Muscat", "asserted", {"zza03": "Salim al-Harthy, a Muscat-based political analyst"},
  req=False, note="'Muscat-based' read as residence")

# ---- zza04 (newspaper, 2025-09-18): Kuwait and Iraq revive Khor Abdullah committee
R("Kuwait", "in_conflict_with", "Iraq", "asserted", {"zza04": "a two-year dispute between the neighbours"},
  req=False, note="group reference: 'the neighbours' are Kuwait and Iraq of the same sentence; durative, no time")
R("Abdullah Al-Yahya", "met_with", "Fuad Hussein", "asserted",
  {"zza04": "talks in Kuwait City between Kuwaiti Foreign Minister Abdullah Al-Yahya and Iraqi Foreign Minister Fuad Hussein"},
  t="2025-09", alt_p=["negotiating_with"], note="talks during the 15-16 September visit")
R("Abdullah Al-Yahya", "works_for", "Kuwait", "asserted", {"zza04": "Kuwaiti Foreign Minister Abdullah Al-Yahya"},
  role="foreign minister", note="role: foreign minister")
R("Fuad Hussein", "works_for", "Iraq", "asserted", {"zza04": "Iraqi Foreign Minister Fuad Hussein"},
  role="foreign minister", note="role: foreign minister")
R("Fuad Hussein", "visited", "Kuwait City", "asserted",
  {"zza04": "who arrived in the Kuwaiti capital on Monday for a two-day visit"}, t="2025-09-15",
  alt_o=["Kuwait"], note="Monday before Thursday 2025-09-18")
R("Kuwait City", "capital_of", "Kuwait", "asserted", {"zza04": "arrived in the Kuwaiti capital"}, req=False,
  note="'the Kuwaiti capital' refers back to Kuwait City in the same sentence")
R("Fuad Hussein", "met_with", "Meshal Al-Ahmad Al-Jaber Al-Sabah", "reported",
  {"zza04": "Hussein also met Kuwait's emir, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"}, t="2025-09",
  note="'the state-run Kuwait News Agency reported'")
R("Meshal Al-Ahmad Al-Jaber Al-Sabah", "head_of", "Kuwait", "asserted",
  {"zza04": "Kuwait's emir, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"}, role="emir", note="role: emir")
R("Mohammed Shia al-Sudani", "contacted", "Meshal Al-Ahmad Al-Jaber Al-Sabah", "reported",
  {"zza04": "handed him a written message from Iraqi Prime Minister Mohammed Shia al-Sudani"}, t="2025-09",
  req=False, note="message carried by Fuad Hussein; 'him' = the emir")
R("Khor Abdullah", "located_in", "Gulf", "asserted", {"zza04": "The Khor Abdullah, at the northern tip of the Gulf"})
R("Bubiyan Island", "located_in", "Kuwait", "asserted", {"zza04": "Kuwait's Bubiyan Island"})
R("Faw peninsula", "located_in", "Iraq", "asserted", {"zza04": "Iraq's Faw peninsula"})
R("Kuwait", "signed_agreement_with", "Iraq", "asserted",
  {"zza04": "Kuwait and Iraq agreed on Tuesday to revive a joint committee"}, t="2025-09-16",
  note="Tuesday's deal ('The agreement', 'Under the deal'); the 2012 navigation agreement ('The two countries signed ...') is the same unit")
R("Kuwait", "party_to", "Khor Abdullah navigation agreement", "asserted",
  {"zza04": "The two countries signed the Khor Abdullah navigation agreement in 2012"}, t="2012", req=False,
  note="group reference 'the two countries' (Kuwait and Iraq, previous sentence)")
R("Iraq", "party_to", "Khor Abdullah navigation agreement", "asserted",
  {"zza04": "The two countries signed the Khor Abdullah navigation agreement in 2012"}, t="2012", req=False,
  note="group reference 'the two countries' (Kuwait and Iraq, previous sentence)")
R("Federal Supreme Court", "based_in", "Iraq", "asserted", {"zza04": "Iraq's Federal Supreme Court"}, req=False,
  note="possessive of a national institution")
R("Kuwait", "criticized", "Federal Supreme Court", "asserted",
  {"zza04": "Kuwait called the ruling a violation of international law"}, req=False,
  note="'the ruling' is the court's (previous sentence)")
R("Iraq", "criticized", "Kuwait", "asserted", {"zza04": "Iraqi lawmakers accused Kuwait of taking Iraqi waters"},
  req=False, note="loose: Iraqi lawmakers for Iraq")
R("Kuwait", "gained_independence_from", "United Kingdom", "asserted",
  {"zza04": "Kuwait gained independence from Britain in 1961"}, t="1961")
R("Iraq", "recognizes", "Kuwait", "asserted",
  {"zza04": "Iraq, which long claimed the emirate as part of its territory, recognized Kuwait in 1963"}, t="1963")
R("Iraq", "attacked", "Kuwait", "asserted", {"zza04": "In August 1990, Iraqi forces under Saddam Hussein invaded Kuwait"},
  t="1990-08", note="invasion; the occupation of a Country is not took_control_of (object types)")
R("Saddam Hussein", "head_of", "Iraq", "asserted", {"zza04": "Iraqi forces under Saddam Hussein"},
  req=False, note="former leader, past: 'under'")
R("United States", "attacked", "Iraq", "asserted", {"zza04": "until a U.S.-led coalition drove them out"},
  req=False, note="a U.S.-led coalition; the 1991 date is not stated")
R("Grand Faw Port", "located_in", "Faw peninsula", "asserted", {"zza04": "is rising on the peninsula"}, req=False,
  note="'the peninsula' = the Faw peninsula of an earlier sentence")
R("Grand Faw Port", "located_in", "Iraq", "asserted", {"zza04": "Iraq's Grand Faw Port"})
R("Mubarak Al-Kabeer Port", "located_in", "Bubiyan Island", "asserted",
  {"zza04": "the Mubarak Al-Kabeer Port that Kuwait is building on Bubiyan"})
R("Mubarak Al-Kabeer Port", "located_in", "Kuwait", "asserted",
  {"zza04": "the Mubarak Al-Kabeer Port that Kuwait is building on Bubiyan"}, req=False,
  note="loose: built by Kuwait, on a Kuwaiti island")
R("Gulf Cooperation Council", "supported", "Kuwait", "asserted", {"zza04": "has repeatedly backed Kuwait's position"})
R("Iraq", "member_of", "Gulf Cooperation Council", "negated", {"zza04": "Iraq, which is not a member of the bloc"},
  note="'the bloc' = the GCC of the same sentence")
R("Iraq", "criticized", "Gulf Cooperation Council", "asserted",
  {"zza04": "has called those statements interference in its affairs"}, req=False,
  note="'those statements' are the GCC's (coreference)")
R("Jasem Mohamed Albudaiwi", "head_of", "Gulf Cooperation Council", "asserted",
  {"zza04": "Jasem Mohamed Albudaiwi, the GCC secretary-general"}, role="secretary-general",
  note="role: secretary-general")
R("Gulf Cooperation Council", "based_in", "Riyadh", "asserted", {"zza04": "Riyadh, where the council is headquartered"},
  note="'the council' = the GCC of the same sentence")
R("Haider al-Zubaidi", "works_for", "Mohammed Shia al-Sudani", "asserted",
  {"zza04": "Haider al-Zubaidi, an adviser to Sudani"}, alt_o=["Iraq"], role="adviser", note="role: adviser")
R("Abdullah Al-Yahya", "visited", "Baghdad", "planned", {"zza04": "Al-Yahya will travel to Baghdad in November"},
  t="2025-11", alt_o=["Iraq"])
R("Kuwait", "negotiating_with", "Iraq", "planned", {"zza04": "to continue the talks"}, t="2025-11", req=False,
  note="the parties are implicit")
R("Mohammed Shia al-Sudani", "visited", "Kuwait City", "hedged",
  {"zza04": "Sudani is expected to visit Kuwait City before the end of the year"}, t="2025", alt_o=["Kuwait"])
R("Nour al-Mutairi", "citizen_of", "Kuwait", "asserted", {"zza04": "Nour al-Mutairi, a Kuwaiti maritime researcher"})
R("Iraq", "borders", "Turkey", "asserted", {"zza04": "link Grand Faw Port to the Turkish border"}, req=False,
  note="entailment: the corridor runs from Iraq to the Turkish border")

# ---- zza05 (newspaper, 2025-11-20): Nepal protests over Lipulekh
R("Nepal", "contacted", "India", "asserted", {"zza05": "sent diplomatic notes to India and China"}, t="2025-11-19",
  note="Wednesday before Thursday 2025-11-20")
R("Nepal", "contacted", "China", "asserted", {"zza05": "sent diplomatic notes to India and China"}, t="2025-11-19")
R("Nepal", "criticized", "India", "asserted",
  {"zza05": "sent diplomatic notes to India and China objecting to their plan"}, t="2025-11-19")
R("Nepal", "criticized", "China", "asserted",
  {"zza05": "sent diplomatic notes to India and China objecting to their plan"}, t="2025-11-19")
R("India", "trades_with", "China", "planned",
  {"zza05": "India and China agreed in August to resume border trade",
   "zza08": "trade between India and China through the Shipki La pass, further west, is also expected to resume next month"},
  mods={"zza08": "hedged"},
  note="trade to come: 05 agreed (planned), 08 expected (hedged, July 2026); no row time; 08 also has the resumed (asserted) trade")
R("India", "signed_agreement_with", "China", "asserted",
  {"zza05": "India and China agreed in August to resume border trade",
   "zza08": "The reopening was agreed in August 2025"}, t="2025-08", req=False,
  note="an agreement reached in August 2025; 08 leaves the parties implicit")
R("Lipulekh", "located_in", "Nepal", "reported",
  {"zza05": "a Himalayan crossing that Kathmandu says lies inside its territory",
   "zza08": "Lipulekh, which Nepal claims as its own territory"}, req=False,
  note="Nepal's claim, attributed (reported); India administers the area; 05 needs 'its' = Kathmandu")
R("Lipulekh", "located_in", "Nepal", "hedged", {"zza05": "which would place Lipulekh and nearby Kalapani inside Nepal"},
  req=False, note="conditional claim")
R("Kalapani", "located_in", "Nepal", "hedged", {"zza05": "which would place Lipulekh and nearby Kalapani inside Nepal"},
  req=False, note="conditional claim")
R("Kamal Raj Adhikari", "works_for", "Nepal", "asserted",
  {"zza05": "Nepal's foreign ministry spokesperson, Kamal Raj Adhikari"}, role="foreign ministry spokesperson",
  note="role: foreign ministry spokesperson")
R("Sushila Karki", "head_of", "Nepal", "asserted", {"zza05": "Nepal's interim Prime Minister Sushila Karki"},
  role="interim prime minister", note="role: interim prime minister")
R("K.P. Sharma Oli", "head_of", "Nepal", "asserted", {"zza05": "the government of K.P. Sharma Oli"}, req=False,
  role="prime minister", note="former prime minister: 'the government of'")
R("Nepal", "in_conflict_with", "India", "reported", {"zza05": "the border dispute with India should be settled"},
  req=False, note="Nepal implicit: Karki, Nepal's prime minister, speaking; long-running border dispute")
R("Uttarakhand", "located_in", "India", "asserted", {"zza05": "India's Uttarakhand state"})
R("India", "criticized", "Nepal", "asserted", {"zza05": "India's foreign ministry rejected Kathmandu's claim in August"},
  t="2025-08", alt_o=["Kathmandu"])
R("Nepal", "party_to", "Treaty of Sugauli", "asserted", {"zza05": "Nepal's claim rests on the 1816 Treaty of Sugauli"},
  t="1816", req=False, note="entailment: Nepal's claim rests on its treaty")
R("British East India Company", "party_to", "Treaty of Sugauli", "asserted",
  {"zza05": "the 1816 Treaty of Sugauli, which ended a two-year war with the British East India Company"}, t="1816",
  req=False, note="entailment: the treaty ended its war")
R("Nepal", "in_conflict_with", "British East India Company", "asserted",
  {"zza05": "which ended a two-year war with the British East India Company"}, req=False,
  note="the Anglo-Nepalese war of 1814-16; Nepal is implicit")
R("India", "took_control_of", "Kalapani", "asserted", {"zza05": "India has administered the area since the 1960s"},
  req=False, note="'the area' = Lipulekh and Kalapani (previous sentence); administration read as control; durative")
R("India", "took_control_of", "Lipulekh", "asserted", {"zza05": "India has administered the area since the 1960s"},
  req=False, note="'the area' = Lipulekh and Kalapani (previous sentence); administration read as control; durative")
R("India", "negotiating_with", "Nepal", "negated", {"zza05": "India has declined Nepal's repeated requests for boundary talks"})
R("Sushila Karki", "contacted", "Narendra Modi", "negated",
  {"zza05": "Karki has not spoken to Indian Prime Minister Narendra Modi"})
R("Sushila Karki", "visited", "New Delhi", "hedged", {"zza05": "she is expected to visit New Delhi"},
  alt_o=["India"], note="before the 5 March 2026 elections: no point time")
R("China", "contacted", "Nepal", "negated", {"zza05": "Beijing has not replied to Kathmandu's note"}, req=False,
  alt_s=["Beijing"], alt_o=["Kathmandu"], note="a reply read as contact")
R("Nepal", "borders", "India", "asserted", {"zza05": "Landlocked Nepal lies between India and China"})
R("Nepal", "borders", "China", "asserted", {"zza05": "Landlocked Nepal lies between India and China"})
R("Nepal", "imports_from", "India", "asserted", {"zza05": "buys almost all of its fuel from India"},
  note="commodity: fuel")
R("Nepal", "trades_with", "India", "asserted", {"zza05": "India, which is also by far its largest trading partner"})
R("K.P. Sharma Oli", "visited", "Beijing", "asserted", {"zza05": "he visited Beijing in 2016"}, t="2016",
  alt_o=["China"], note="'he' = Oli, same sentence")
R("K.P. Sharma Oli", "signed_agreement_with", "China", "asserted", {"zza05": "signed a transit agreement with China"},
  t="2016", alt_s=["Nepal"])
R("Nepal", "member_of", "South Asian Association for Regional Cooperation", "asserted",
  {"zza05": "Nepal also chairs the South Asian Association for Regional Cooperation"}, req=False,
  note="entailment: chairing entails membership")
R("South Asian Association for Regional Cooperation", "based_in", "Kathmandu", "asserted",
  {"zza05": "whose secretariat is in Kathmandu"})
R("Darchula", "located_in", "Nepal", "asserted", {"zza05": "Darchula, the Nepali district closest to the pass"})
R("Taklakot", "located_in", "Tibet Autonomous Region", "reported", {"zza05": "Taklakot in Tibet"}, note="in a quote")
R("Hari Bohara", "citizen_of", "Nepal", "asserted", {"zza05": "Hari Bohara, a Nepali trader"})
R("Hari Bohara", "lives_in", "Khalanga", "asserted", {"zza05": "who lives in the district headquarters, Khalanga"})
R("Khalanga", "located_in", "Darchula", "asserted", {"zza05": "the district headquarters, Khalanga"}, req=False,
  note="the district is Darchula of an earlier sentence")
R("India", "met_with", "Nepal", "planned", {"zza05": "when Indian and Nepali officials meet in Kathmandu next month"},
  t="2025-12", req=False, note="officials of both countries")
R("India", "party_to", "India-Nepal Treaty of Peace and Friendship", "asserted",
  {"zza05": "a review of the 1950 Treaty of Peace and Friendship"}, t="1950", req=False, note="parties implicit")
R("Nepal", "party_to", "India-Nepal Treaty of Peace and Friendship", "asserted",
  {"zza05": "a review of the 1950 Treaty of Peace and Friendship"}, t="1950", req=False, note="parties implicit")

# ---- zza06 (newspaper, 2026-08-12): Bahrain-Qatar causeway
R("Bahrain", "signed_agreement_with", "Qatar", "asserted",
  {"zza06": "Bahrain and Qatar on Monday signed a contract to build a 40-kilometre causeway"}, t="2026-08-10",
  note="Monday before Wednesday 2026-08-12")
R("Bahrain", "located_in", "Gulf", "asserted", {"zza06": "between the two Gulf monarchies"}, req=False,
  note="group reference")
R("Qatar", "located_in", "Gulf", "asserted", {"zza06": "between the two Gulf monarchies"}, req=False,
  note="group reference")
R("Salman bin Hamad Al Khalifa", "head_of", "Bahrain", "asserted",
  {"zza06": "Bahrain's Crown Prince and Prime Minister, Salman bin Hamad Al Khalifa"}, alt_p=["works_for"],
  role="crown prince and prime minister", note="role: crown prince and prime minister")
R("Mohammed bin Abdulrahman Al Thani", "head_of", "Qatar", "asserted",
  {"zza06": "Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister and foreign minister"},
  alt_p=["works_for"], role="prime minister and foreign minister", note="role: prime minister and foreign minister")
R("Salman bin Hamad Al Khalifa", "met_with", "Mohammed bin Abdulrahman Al Thani", "asserted",
  {"zza06": "The contract was signed in Manama by Bahrain's Crown Prince and Prime Minister, Salman bin Hamad Al Khalifa, and Sheikh Mohammed bin Abdulrahman Al Thani"},
  t="2026-08-10", req=False, note="entailment: co-signing")
R("Mohammed bin Abdulrahman Al Thani", "visited", "Manama", "asserted",
  {"zza06": "who was making his first official visit to the Bahraini capital"}, t="2026-08", alt_o=["Bahrain"],
  note="'the Bahraini capital' = Manama of the same sentence")
R("Manama", "capital_of", "Bahrain", "asserted", {"zza06": "his first official visit to the Bahraini capital"},
  req=False, note="'the Bahraini capital' refers back to Manama in the same sentence")
R("Bahrain", "normalized_relations_with", "Qatar", "asserted",
  {"zza06": "since Bahrain and Qatar restored diplomatic relations in April 2023"}, t="2023-04")
R("Mohammed bin Abdulrahman Al Thani", "met_with", "Hamad bin Isa Al Khalifa", "reported",
  {"zza06": "Sheikh Mohammed also held talks with Bahrain's King Hamad bin Isa Al Khalifa on Tuesday"},
  t="2026-08-11", alt_p=["negotiating_with"], note="'the Bahrain News Agency said'")
R("Hamad bin Isa Al Khalifa", "head_of", "Bahrain", "asserted", {"zza06": "Bahrain's King Hamad bin Isa Al Khalifa"},
  role="king", note="role: king")
R("Tamim bin Hamad Al Thani", "contacted", "Hamad bin Isa Al Khalifa", "asserted",
  {"zza06": "Sheikh Tamim bin Hamad Al Thani telephoned King Hamad on Monday"}, t="2026-08-10")
R("Tamim bin Hamad Al Thani", "visited", "Manama", "hedged",
  {"zza06": "is expected to visit Manama for the groundbreaking next year"}, t="2027", alt_o=["Bahrain"])
R("Zubarah", "located_in", "Qatar", "asserted", {"zza06": "Zubarah in northwest Qatar"})
R("Qatar", "borders", "Saudi Arabia", "asserted", {"zza06": "Qatar, whose only land border is with Saudi Arabia"})
R("Qatar", "supported", "Bahrain", "planned", {"zza06": "will pay for most of the project"}, req=False,
  note="financing the causeway read as material support")
BLOCK = "In June 2017, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt imposed a land, sea and air blockade on Qatar"
for country in ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"]:
    R(country, "blockaded", "Qatar", "asserted", {"zza06": BLOCK}, t="2017-06")
    R(country, "criticized", "Qatar", "asserted", {"zza06": "The four governments accused Doha of supporting terrorism"},
      t="2017-06", req=False, alt_o=["Doha"],
      note="group reference 'the four governments' (previous sentence); capital for government")
R("Qatar", "party_to", "Al-Ula Declaration", "asserted", {"zza06": "the Al-Ula Declaration, which Qatar signed"},
  t="2021-01")
R("Al-Ula", "located_in", "Saudi Arabia", "asserted", {"zza06": "the Saudi town of Al-Ula"})
R("Kuwait", "brokered", "Al-Ula Declaration", "asserted",
  {"zza06": "Kuwait and the United States brokered the Al-Ula Declaration"}, t="2021",
  note="time from the previous sentence (January 2021)")
R("United States", "brokered", "Al-Ula Declaration", "asserted",
  {"zza06": "Kuwait and the United States brokered the Al-Ula Declaration"}, t="2021",
  note="time from the previous sentence (January 2021)")
R("Bahrain", "in_conflict_with", "Qatar", "asserted",
  {"zza06": "Bahrain and Qatar had also been at odds for decades over the Hawar Islands"},
  note="territorial dispute until 2001; durative, no time")
R("International Court of Justice", "based_in", "The Hague", "asserted",
  {"zza06": "the International Court of Justice, which sits in The Hague"})
R("Hawar Islands", "located_in", "Bahrain", "asserted", {"zza06": "awarded the islands to Bahrain in 2001"},
  req=False, note="award of sovereignty; 'the islands' = the Hawar Islands")
R("Bahrain", "gained_independence_from", "United Kingdom", "asserted",
  {"zza06": "Both countries gained independence from Britain within weeks of each other in 1971"}, t="1971",
  req=False, note="group reference 'both countries' (Bahrain and Qatar)")
R("Qatar", "gained_independence_from", "United Kingdom", "asserted",
  {"zza06": "Both countries gained independence from Britain within weeks of each other in 1971"}, t="1971",
  req=False, note="group reference 'both countries' (Bahrain and Qatar)")
R("Bahrain", "allied_with", "United States", "asserted",
  {"zza06": "both remain close security partners of the United States"}, req=False,
  note="group reference 'both' (the two countries)")
R("Qatar", "allied_with", "United States", "asserted",
  {"zza06": "both remain close security partners of the United States"}, req=False,
  note="group reference 'both' (Bahrain and Qatar)")
R("U.S. Fifth Fleet", "based_in", "Bahrain", "asserted", {"zza06": "Bahrain hosts the U.S. Navy's Fifth Fleet"})
R("Bahrain", "diplomatic_relations_with", "Iran", "negated",
  {"zza06": "Manama has not restored diplomatic relations with Iran"}, alt_s=["Manama"],
  note="cut in 2016; capital for government")
R("Bahrain", "negotiating_with", "Iran", "asserted",
  {"zza06": "Bahraini and Iranian officials have held talks on reopening embassies since 2024"},
  note="durative 'since 2024': no time")
R("Bahrain", "trades_with", "Qatar", "asserted",
  {"zza06": "Trade between Bahrain and Qatar reached about $600 million last year"}, t="2025")
R("Fatima Al-Mannai", "lives_in", "Doha", "asserted", {"zza06": "Fatima Al-Mannai, a Doha-based researcher"},
  req=False, note="'Doha-based' read as residence")
R("Bahrain", "contacted", "Qatar", "negated", {"zza06": "For years the two governments did not even speak"},
  req=False, note="quote; 'the two governments' is a group reference")

# ---- zza07 (html, 2025-10-09): Kataib Hezbollah rejects disarmament
R("Iran", "supported", "Kataib Hezbollah", "asserted",
  {"zza07": "Kataib Hezbollah, the most powerful of Iraq's Iran-backed armed factions"},
  note="'Iran-backed'; polarity trap: 'Tehran denies arming the factions' (negated row)")
R("Kataib Hezbollah", "based_in", "Iraq", "asserted",
  {"zza07": "the most powerful of Iraq's Iran-backed armed factions"}, req=False,
  note="possessive of a body read as its seat (loose)")
R("Kataib Hezbollah", "criticized", "Iraq", "asserted",
  {"zza07": "rejecting a plan by Prime Minister Mohammed Shia al-Sudani's government"}, t="2025-10-08",
  alt_o=["Mohammed Shia al-Sudani"], note="Wednesday before Thursday 2025-10-09")
R("Kataib Hezbollah", "member_of", "Popular Mobilization Forces", "asserted",
  {"zza07": "the Popular Mobilisation Forces, a state-funded umbrella of mostly Shi'ite militias that includes Kataib Hezbollah"})
R("Iraq", "supported", "Popular Mobilization Forces", "asserted",
  {"zza07": "a state-funded umbrella of mostly Shi'ite militias"}, req=False, note="'state-funded': the Iraqi state")
R("Kataib Hezbollah", "threatened", "U.S. military", "asserted",
  {"zza07": "Kataib Hezbollah also threatened to resume attacks on U.S. troops"}, t="2025-10",
  alt_o=["United States"], note="in Wednesday's statement")
R("Kataib Hezbollah", "attacked", "U.S. military", "hedged",
  {"zza07": "threatened to resume attacks on U.S. troops if they stay in Iraq beyond September 2026"}, req=False,
  alt_o=["United States"], note="conditional threat")
R("Kataib Hezbollah", "attacked", "U.S. military", "negated",
  {"zza07": "Kataib Hezbollah has not attacked U.S. forces since January 2024"}, alt_o=["United States"])
R("U.S. military", "attacked", "Kataib Hezbollah", "asserted",
  {"zza07": "U.S. forces struck Kataib Hezbollah positions in Iraq and Syria the following month"}, t="2024-02",
  alt_s=["United States"], note="'the following month' after January 2024 (previous sentence)")
R("United States", "sanctioned", "Kataib Hezbollah", "asserted",
  {"zza07": "The United States has imposed sanctions on Kataib Hezbollah"})
R("Marco Rubio", "contacted", "Mohammed Shia al-Sudani", "reported",
  {"zza07": "Marco Rubio urged Sudani in a phone call last month"}, t="2025-09")
R("Iraq", "signed_agreement_with", "United States", "asserted",
  {"zza07": "an agreement that Baghdad and Washington reached in September 2024"}, t="2024-09",
  alt_s=["Baghdad"], alt_o=["Washington"], note="capitals for governments")
R("Ain al-Asad air base", "located_in", "Anbar province", "asserted",
  {"zza07": "Ain al-Asad air base, in Iraq's western Anbar province"})
R("Anbar province", "located_in", "Iraq", "asserted", {"zza07": "Iraq's western Anbar province"})
R("Iraq", "took_control_of", "Ain al-Asad air base", "reported", {"zza07": "handing it to Iraqi forces"},
  t="2025-08", req=False, note="handover by the departing U.S. troops; 'it' = the base")
R("Iran", "attacked", "Ain al-Asad air base", "asserted",
  {"zza07": "Iran fired ballistic missiles at Ain al-Asad in January 2020"}, t="2020-01")
R("U.S. military", "killed", "Qassem Soleimani", "asserted", {"zza07": "The strike killed Qassem Soleimani"},
  t="2020-01", req=False, alt_s=["United States"],
  note="'The strike' = the U.S. military strike of the previous sentence (January 2020)")
R("U.S. military", "killed", "Abu Mahdi al-Muhandis", "asserted",
  {"zza07": "The strike killed Qassem Soleimani, the commander of Iran's Quds Force, and Abu Mahdi al-Muhandis"},
  t="2020-01", req=False, alt_s=["United States"],
  note="'The strike' = the U.S. military strike of the previous sentence (January 2020)")
R("Qassem Soleimani", "head_of", "Quds Force", "asserted",
  {"zza07": "Qassem Soleimani, the commander of Iran's Quds Force"}, alt_p=["works_for"], role="commander",
  note="role: commander")
R("Quds Force", "based_in", "Iran", "asserted", {"zza07": "Iran's Quds Force"}, req=False,
  note="possessive of a body read as its seat (loose)")
R("Abu Mahdi al-Muhandis", "works_for", "Popular Mobilization Forces", "asserted",
  {"zza07": "Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilisation Forces"}, role="deputy head",
  note="role: deputy head")
R("Islamic Revolutionary Guard Corps", "supported", "Kataib Hezbollah", "reported",
  {"zza07": "Iran's Islamic Revolutionary Guard Corps supplies Kataib Hezbollah with drones and rockets"},
  note="'Iraqi and Western officials say'")
R("Islamic Revolutionary Guard Corps", "based_in", "Iran", "asserted", {"zza07": "Iran's Islamic Revolutionary Guard Corps"},
  req=False, note="possessive of a body read as its seat (loose)")
R("Iran", "supported", "Kataib Hezbollah", "negated", {"zza07": "Tehran denies arming the factions"}, req=False,
  alt_s=["Tehran"], note="Tehran's denial covers the factions, Kataib Hezbollah among them (group reference)")
R("Kurdistan Region", "seceded_from", "Iraq", "negated", {"zza07": "never broke away from Iraq"},
  note="it voted for independence in 2017")
R("Kurdistan Region", "located_in", "Iraq", "asserted", {"zza07": "Iraq's Kurdistan Region"})
R("Iraq", "took_control_of", "Kirkuk", "asserted",
  {"zza07": "Baghdad retook the oil city of Kirkuk from Kurdish forces weeks after the vote"}, t="2017",
  alt_s=["Baghdad"], note="the vote was the 2017 referendum (same sentence)")
R("United States", "in_conflict_with", "Islamic State", "asserted",
  {"zza07": "the U.S.-led coalition against Islamic State"}, req=False, note="loose: a coalition the U.S. leads")
R("Islamic State", "took_control_of", "Mosul", "asserted", {"zza07": "Islamic State seized Mosul in 2014"}, t="2014")
R("Iraq", "took_control_of", "Mosul", "asserted", {"zza07": "was driven out of the city by Iraqi forces in 2017"},
  t="2017", req=False, note="loose: driving IS out read as retaking; 'the city' = Mosul of the same sentence")
R("Islamic State", "killed", "Ahmed Jabbar", "reported", {"zza07": "Islamic State militants killed Ahmed Jabbar"},
  t="2025-09", note="'police said'; last month")
R("Mustafa Kareem", "works_for", "Zagros Centre for Strategic Studies", "asserted",
  {"zza07": "Mustafa Kareem, a senior fellow at the Zagros Centre for Strategic Studies"}, role="senior fellow",
  note="role: senior fellow")
R("Zagros Centre for Strategic Studies", "based_in", "Erbil", "asserted",
  {"zza07": "the Zagros Centre for Strategic Studies in Erbil"})
R("Erbil", "capital_of", "Kurdistan Region", "asserted", {"zza07": "Erbil, the capital of the Kurdistan Region"})
R("Erbil", "located_in", "Kurdistan Region", "asserted", {"zza07": "Erbil, the capital of the Kurdistan Region"},
  req=False, note="entailed by capital_of")
R("U.S. military", "based_in", "Erbil", "planned", {"zza07": "U.S. troops will remain at Erbil's airport base"},
  note="until the coalition's mandate expires")
R("U.S. military", "based_in", "Iraq", "planned",
  {"zza07": "Washington plans to keep a smaller advisory force in Iraq"}, req=False,
  alt_s=["United States", "Washington"], note="an advisory force after the mandate")

# ---- zza08 (html, 2026-06-17): Nathu La border trade reopens
R("India", "trades_with", "China", "reported", {"zza08": "India and China resumed border trade"}, t="2026-06-15",
  note="Monday before Wednesday 2026-06-17; 'officials in the state said'")
R("Nathu La", "located_in", "Sikkim", "asserted", {"zza08": "the Nathu La pass in Sikkim"})
R("Sikkim", "located_in", "India", "asserted", {"zza08": "India's Sikkim state"})
R("Prem Singh Tamang", "visited", "Nathu La", "asserted",
  {"zza08": "travelled to Nathu La to flag off the first convoy"}, t="2026-06-15", note="the Monday ceremony")
R("Pasang Sherpa", "lives_in", "Gangtok", "asserted", {"zza08": "Pasang Sherpa, a trader from Gangtok"}, req=False,
  note="'a trader from Gangtok' read as residence")
R("Gangtok", "capital_of", "Sikkim", "asserted", {"zza08": "Gangtok, the Sikkim capital"})
R("Wang Yi", "works_for", "China", "asserted", {"zza08": "Chinese Foreign Minister Wang Yi"},
  role="foreign minister", note="role: foreign minister")
R("Wang Yi", "visited", "New Delhi", "asserted", {"zza08": "Chinese Foreign Minister Wang Yi visited New Delhi"},
  t="2025-08", alt_o=["India"])
R("Wang Yi", "met_with", "Ajit Doval", "asserted",
  {"zza08": "held talks with India's National Security Adviser Ajit Doval"}, t="2025-08",
  alt_p=["negotiating_with"])
R("Ajit Doval", "works_for", "India", "asserted", {"zza08": "India's National Security Adviser Ajit Doval"},
  role="national security adviser", note="role: national security adviser")
R("Narendra Modi", "visited", "Tianjin", "asserted",
  {"zza08": "Indian Prime Minister Narendra Modi travelled to the Chinese city of Tianjin"}, t="2025",
  alt_o=["China"], note="'weeks later' after August 2025: the year is sure, the month is not")
R("Tianjin", "located_in", "China", "asserted", {"zza08": "the Chinese city of Tianjin"})
R("Narendra Modi", "met_with", "Xi Jinping", "asserted", {"zza08": "met Chinese President Xi Jinping"}, t="2025")
R("Xi Jinping", "head_of", "China", "asserted", {"zza08": "Chinese President Xi Jinping"}, role="president",
  note="role: president")
R("Narendra Modi", "visited", "China", "asserted", {"zza08": "on his first visit to China in seven years"}, t="2025",
  req=False, note="entailed by the Tianjin visit (alt_o of that row)")
R("Galwan Valley", "located_in", "Ladakh", "asserted", {"zza08": "the Galwan Valley in India's Ladakh region"})
R("Ladakh", "located_in", "India", "asserted", {"zza08": "India's Ladakh region"})
R("India", "imports_from", "China", "asserted", {"zza08": "India imports more from China than from any other country"},
  note="commodity: electronics, machinery, pharmaceutical ingredients")
R("India", "sanctioned", "China", "asserted", {"zza08": "India has kept curbs on Chinese investment that it imposed in 2020"},
  t="2020", req=False, note="investment curbs read as sanctions")
R("India", "party_to", "Belt and Road Initiative", "negated",
  {"zza08": "it has not joined China's Belt and Road Initiative"}, note="'it' = India, same sentence")
R("India", "criticized", "Belt and Road Initiative", "asserted", {"zza08": "which it says violates Indian sovereignty"},
  req=False, note="India's objection, via 'it'")
R("Xu Feihong", "works_for", "China", "asserted", {"zza08": "Xu Feihong, China's ambassador to India"},
  role="ambassador to India", note="role: ambassador to India")
R("China", "allied_with", "India", "reported", {"zza08": "China and India are partners"}, note="Xu's words")
R("China", "in_conflict_with", "India", "negated", {"zza08": "partners, not rivals"}, req=False,
  note="Xu's 'not rivals'; the article itself reports the 2020 clash (asserted row)")
R("S. Jaishankar", "works_for", "India", "asserted", {"zza08": "Indian External Affairs Minister S. Jaishankar"},
  role="external affairs minister", note="role: external affairs minister")
R("S. Jaishankar", "visited", "Beijing", "asserted", {"zza08": "who visited Beijing in July 2025"}, t="2025-07",
  alt_o=["China"])
R("Xi Jinping", "visited", "India", "hedged",
  {"zza08": "Xi is expected to attend the BRICS summit that India will host later this year"}, t="2026",
  note="'his first visit to India since 2019'")
R("India", "member_of", "BRICS", "asserted", {"zza08": "the BRICS summit that India will host"}, req=False,
  note="entailment: the host of the summit")
R("China", "criticized", "India", "asserted", {"zza08": "Beijing criticized New Delhi last year"}, t="2025",
  alt_s=["Beijing"], alt_o=["New Delhi"], note="capitals for governments")
R("Dalai Lama", "lives_in", "Dharamsala", "asserted",
  {"zza08": "the Himalayan town where the Tibetan leader has lived since fleeing Tibet in 1959"},
  note="'the Tibetan leader' = the Dalai Lama of the same sentence; durative, no time")


# --------------------------------------------------------------------------- checks
def norm(s):  # the scorer's normalisation of names
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def build():
    errors = []
    docs = {}
    for d, (path, style, wire_title) in DOCS.items():
        raw = open(os.path.join(ROOT, path), encoding="utf-8").read()
        try:
            body = body_of(raw, style)
        except ValueError as e:
            errors.append(f"{d}: {e}")
            continue
        docs[d] = dict(path=path, file=os.path.basename(path), style=style, body=body,
                       spans=sentences(body), published=published_of(raw, style),
                       title=title_of(raw, style) or wire_title)

    ents = {}
    owner = {}
    for e in E:
        if e["type"] not in TYPES:
            errors.append(f"entity {e['name']}: type {e['type']} not in SCHEMA.md")
        if e["name"] in ents:
            errors.append(f"entity {e['name']} defined twice")
        ents[e["name"]] = e
        for a in {norm(x) for x in [e["name"]] + e["aliases"]}:
            if a in owner and owner[a] != e["name"]:
                errors.append(f"alias '{a}' belongs to {owner[a]} and {e['name']}")
            owner.setdefault(a, e["name"])

    def pattern(name):
        forms = sorted({name} | set(ents[name]["aliases"]), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")

    used = Counter()
    units = {}
    out_rows, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        s, p, o, mod, t = r["s"], r["p"], r["o"], r["modality"], r["time"]
        if p not in SIG:
            errors.append(f"{tag}: predicate not in SCHEMA.md")
            continue
        if mod not in MODALITIES:
            errors.append(f"{tag}: modality not in SCHEMA.md")
            continue
        missing = [n for n in [s, o] + r["alt_s"] + r["alt_o"] if n not in ents]
        if missing:
            errors.append(f"{tag}: unknown entity {missing}")
            continue
        for ap in r["alt_p"]:
            if ap not in SIG:
                errors.append(f"{tag}: alt_p {ap} not in SCHEMA.md")
        if s == o:
            errors.append(f"{tag}: subject equals object")
        st, ot = ents[s]["type"], ents[o]["type"]
        subj_ok, obj_ok = SIG[p]
        if not (st in subj_ok and ot in obj_ok) and not (
                p in SYMMETRIC and ot in subj_ok and st in obj_ok):
            errors.append(f"{tag}: signature {st} -> {ot} breaks SCHEMA.md")
        if t is not None:
            if not TIME_RE.match(t):
                errors.append(f"{tag}: time '{t}' is not an ISO 8601 prefix")
            if p in STATIC:
                errors.append(f"{tag}: static relation with a time")
        for dm in r["mods"].values():
            if dm not in MODALITIES or POLARITY[dm] != POLARITY[mod]:
                errors.append(f"{tag}: per-document modality {dm} changes the polarity")
        pol = POLARITY[mod]
        key = (s, p, o) if not (p in SYMMETRIC and s > o) else (o, p, s)
        key = key + (pol,)
        if key in units:
            errors.append(f"{tag}: unit repeats row {units[key]}")
        units[key] = i
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        for d, phrase in r["ev"].items():
            if d not in docs:
                errors.append(f"{tag}: unknown document {d}")
                continue
            doc = docs[d]
            body = doc["body"]
            hits = [m.start() for m in re.finditer(re.escape(phrase), body)]
            if not hits:
                errors.append(f"{tag}: evidence not in the body of {d}: {phrase!r}")
                continue
            sent = None
            for h in hits:
                for a, b in doc["spans"]:
                    if a <= h and h + len(phrase) <= b:
                        sent = (a, b)
                        break
                if sent:
                    break
            if not sent:
                errors.append(f"{tag}: evidence crosses a sentence boundary in {d}: {phrase!r}")
                continue
            for n in (s, o):
                if not pattern(n).search(body):
                    errors.append(f"{tag}: entity {n} never occurs in the body of {d}")
            if doc["style"] == "wire" and t is not None:
                year = t[:4] if len(t) >= 4 else t
                if year not in body[sent[0]:sent[1]]:
                    errors.append(f"{tag}: wire copy {d} gives no explicit year {year} in the sentence")
            statements.append({
                "subject": s, "subject_type": st, "predicate": p, "object": o, "object_type": ot,
                "modality": r["mods"].get(d, mod), "time": t or "", "role": r["role"],
                "confidence": 1.0, "source": doc["path"], "title": doc["title"],
                "published": doc["published"], "sentence": body[sent[0]:sent[1]],
                "start": sent[0], "end": sent[1], "rule": "gold"})
        for n in r["alt_s"] + r["alt_o"]:
            if not any(d in docs and pattern(n).search(docs[d]["body"]) for d in r["ev"]):
                errors.append(f"{tag}: alternative {n} occurs in none of its documents")
        for n in [s, o] + r["alt_s"] + r["alt_o"]:
            used[n] += 1
        row = {"s": s, "p": p, "o": o, "docs": [docs[d]["file"] for d in r["ev"] if d in docs],
               "modality": mod}
        if t is not None:
            row["time"] = t
        row["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        if r["note"]:
            row["note"] = r["note"]
        out_rows.append(row)
    for n in ents:
        if not used[n]:
            errors.append(f"entity {n} is used in no row")
    return errors, docs, out_rows, statements


def stats(docs, rows):
    print(f"rows {len(rows)}, required {sum(r['required'] for r in rows)}")
    pol = Counter(POLARITY[r["modality"]] for r in rows)
    print("polarity", dict(pol))
    mt = defaultdict(lambda: [0, 0])
    for r in rows:
        mt[r["modality"]][0] += 1
        mt[r["modality"]][1] += r["required"]
    print("modality (rows, required):", {k: tuple(v) for k, v in sorted(mt.items())})
    pc = Counter(r["p"] for r in rows)
    print(f"predicates used {len(pc)}:", dict(sorted(pc.items())))
    print("entities by type:", dict(sorted(Counter(e["type"] for e in E).items())), "total", len(E))
    print("rows with a time:", sum("time" in r for r in rows))
    for d, doc in docs.items():
        n = [r for r in rows if doc["file"] in r["docs"]]
        print(f"  {doc['file']}: {doc['style']}, published {doc['published'] or '-'}, "
              f"{len(doc['body'].split())} words, facts {len(n)} (required {sum(r['required'] for r in n)})")


def main():
    errors, docs, rows, statements = build()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in E:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(docs, rows)


if __name__ == "__main__":
    main()
