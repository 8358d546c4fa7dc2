#!/usr/bin/env python3
"""Build the gold standard of news set zzd.

Holds every entity and every fact row of the set, with one evidence phrase per
document that states the fact. It checks that

  - each evidence phrase occurs in that article's cleaned text (for HTML: the
    visible text of the <article> element, never the banner, navigation,
    aside, newsletter box or footer);
  - subject and object types fit the predicate's signature in SCHEMA.md
    (also for every alt_s / alt_p / alt_o reading);
  - modalities and time strings are those of SCHEMA.md;
  - every entity a row names exists, names and aliases are unique after the
    scorer's normalisation, and every alias occurs in some article;
  - every row's subject and object are mentioned in each of its documents
    (by name, alias or demonym) unless the row marks the mention implicit;
  - no two rows share a scoring unit (subject, predicate, object, polarity);
  - the publication date each article states is the one recorded here, and a
    wire copy's weekday in the lead fits its date.

and then writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl
(one statement per fact and document in the shape of `kg export --format
jsonl`, rule "gold", with the sentence and its character offsets in the
cleaned text). On any error it prints the errors, writes nothing and exits 1.

Usage: python3 tools/build_gold.py   (from anywhere; paths are relative to
this file's set folder)
"""
import datetime
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------

DOCS = {
    "d1": ("philippines_japan_joint_patrol_scarborough_shoal.txt", "wire", "2026-02-10"),
    "d2": ("greece_cyprus_power_cable_survey_turkish_warships.txt", "wire", "2025-07-22"),
    "d3": ("china_drills_around_taiwan_after_lai_paraguay_trip.txt", "wire", "2026-10-19"),
    "d4": ("egypt_cyprus_aphrodite_gas_export_deal.txt", "newspaper", "2025-11-18"),
    "d5": ("japan_protests_chinese_gas_structure_east_china_sea.txt", "newspaper", "2026-01-20"),
    "d6": ("lebanon_awards_offshore_gas_block_amid_israeli_strikes.txt", "newspaper", "2026-06-16"),
    "d7": ("us_japan_philippines_live_fire_drill_batanes.html", "html", "2026-05-12"),
    "d8": ("turkey_sends_drillship_off_cyprus_eu_warns.html", "html", "2026-09-15"),
}

# --------------------------------------------------------------------------
# Schema (SCHEMA.md)
# --------------------------------------------------------------------------

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}

P, C, O = "Person", "Country", "Organization"
CI, RE, AG, FA = "City", "Region", "Agreement", "Facility"
ACT = {P, C, O}   # actors, where SCHEMA.md gives no types for an event predicate

SIGNATURES = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, RE, C}),
    "based_in": ({O, FA}, {CI, RE, C}),
    "located_in": ({CI, RE, C, FA}, {RE, C, CI}),
    "capital_of": ({CI}, {C, RE}),
    "borders": ({C, RE}, {C, RE}),
    "met_with": (ACT, ACT),
    "visited": ({P, O}, {C, CI, RE}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({C, P, O}, {AG}),
    "party_to": ({C, O}, {AG}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({C, O}, {AG, O}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({C}, {C}),
    "supported": (ACT, ACT | {RE, FA, AG}),
    "criticized": (ACT, ACT | {AG}),
    "threatened": (ACT, ACT | {CI, RE, FA}),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT, ACT),
    "attacked": (ACT, ACT | {CI, RE, FA}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {RE, CI, FA}),
    "blockaded": (ACT, ACT | {CI, RE, FA}),
    "seceded_from": ({RE}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C, O}, {C, O}),
}

# --------------------------------------------------------------------------
# Entities: name, type, aliases (exported), extra mention forms (demonyms and
# the like, used only for the mention check, never exported)
# --------------------------------------------------------------------------

ENTITIES = [
    # Countries
    ("Philippines", C, [], ["Philippine", "Filipino"]),
    ("Japan", C, [], ["Japanese"]),
    ("China", C, ["Beijing"], ["Chinese"]),
    ("United States", C, ["U.S.", "US", "Washington"], []),
    ("Taiwan", C, ["Republic of China"], ["Taiwanese"]),
    ("Paraguay", C, [], ["Paraguayan"]),
    ("Greece", C, [], ["Greek"]),
    ("Cyprus", C, ["Republic of Cyprus"], ["Cypriot"]),
    ("Turkey", C, ["Ankara"], ["Turkish"]),
    ("Libya", C, [], []),
    ("Egypt", C, [], ["Egyptian"]),
    ("Israel", C, [], ["Israeli"]),
    ("Lebanon", C, [], ["Lebanese"]),
    ("Syria", C, [], []),
    ("Iran", C, [], []),
    ("United Kingdom", C, [], ["British"]),
    ("France", C, [], ["French"]),
    ("Italy", C, [], ["Italian"]),
    ("Jordan", C, [], []),
    ("Russia", C, [], []),
    # Cities
    ("Manila", CI, [], []),
    ("Tokyo", CI, [], []),
    ("Athens", CI, [], []),
    ("New York", CI, [], []),
    ("Taipei", CI, [], []),
    ("Honolulu", CI, [], []),
    ("Cairo", CI, [], []),
    ("Ishigaki", CI, [], []),
    ("Beirut", CI, [], []),
    ("Naqoura", CI, [], []),
    ("London", CI, [], []),
    ("Basco", CI, [], []),
    ("Nicosia", CI, [], []),
    ("Masinloc", CI, [], []),
    ("Istanbul", CI, [], []),
    # Regions
    ("South China Sea", RE, [], []),
    ("East China Sea", RE, [], []),
    ("Scarborough Shoal", RE, ["Huangyan Dao"], []),
    ("Second Thomas Shoal", RE, [], []),
    ("Luzon", RE, [], []),
    ("Zambales", RE, ["Zambales province"], []),
    ("Kasos", RE, [], []),
    ("Crete", RE, [], []),
    ("Northern Cyprus", RE, ["the island's north"], []),
    ("Yonaguni", RE, [], []),
    ("Senkaku Islands", RE, ["Senkakus", "Diaoyu"], []),
    ("Okinawa", RE, ["Okinawa prefecture"], []),
    ("South Lebanon", RE, [], []),
    ("Shebaa Farms", RE, [], []),
    ("Batanes", RE, [], []),
    ("Cagayan", RE, ["Cagayan province"], []),
    # Agreements
    ("Reciprocal Access Agreement", AG, [], []),
    ("Mutual Defense Treaty", AG, ["1951 Mutual Defense Treaty"], []),
    ("Enhanced Defense Cooperation Agreement", AG, [], []),
    ("Turkey-Libya maritime memorandum", AG, ["2019 maritime memorandum"], []),
    ("Egypt-Cyprus Aphrodite gas agreement", AG, [], ["intergovernmental agreement"]),
    ("Egypt-Israel peace treaty", AG, ["1979 peace treaty"], []),
    ("EU-Egypt-Israel gas memorandum", AG, ["gas memorandum of understanding"], []),
    ("Israel-Lebanon maritime border agreement", AG, ["October 2022 maritime border agreement"], ["a similar deal with Israel in 2022"]),
    ("U.S.-Japan Security Treaty", AG, [], []),
    ("November 2024 ceasefire", AG, [], []),
    ("Egypt-Greece maritime boundary agreement", AG, ["partial maritime boundary agreement"], []),
    # Facilities
    ("Great Sea Interconnector", FA, [], []),
    ("BRP Sierra Madre", FA, [], []),
    ("Idku LNG plant", FA, ["Idku liquefied natural gas plant"], []),
    ("Chunxiao gas field", FA, ["Chunxiao field", "Shirakaba"], []),
    ("Camp Melchor Dela Cruz", FA, [], []),
    # Organizations
    ("Philippine Coast Guard", O, [], []),
    ("Japan Coast Guard", O, ["Japan's coast guard"], []),
    ("China Coast Guard", O, ["Chinese coast guard"], []),
    ("Chinese Foreign Ministry", O, ["China's foreign ministry"], []),
    ("Bureau of Fisheries and Aquatic Resources", O, [], []),
    ("Association of Southeast Asian Nations", O, ["ASEAN"], []),
    ("U.S. State Department", O, ["State Department"], []),
    ("European Union", O, ["EU"], []),
    ("European Commission", O, [], []),
    ("European Council", O, [], []),
    ("NATO", O, [], []),
    ("United Nations", O, [], []),
    ("IPTO", O, [], []),
    ("Hellenic Institute for Maritime Studies", O, [], []),
    ("People's Liberation Army", O, ["PLA"], []),
    ("Eastern Theater Command", O, [], []),
    ("Taiwan Affairs Office", O, [], []),
    ("Mainland Affairs Council", O, [], []),
    ("Kuomintang", O, ["KMT"], []),
    ("Democratic Progressive Party", O, ["DPP"], []),
    ("Lockheed Martin", O, [], []),
    ("Institute for Strait Security Studies", O, [], []),
    ("NewMed Energy", O, ["NewMed"], []),
    ("Eni", O, [], []),
    ("TotalEnergies", O, [], []),
    ("East Mediterranean Gas Forum", O, ["EMGF"], []),
    ("Nile Policy Institute", O, [], []),
    ("Japanese Foreign Ministry", O, [], ["Foreign Ministry"]),
    ("Liberal Democratic Party", O, [], []),
    ("Israel Defense Forces", O, ["Israeli military"], []),
    ("Hezbollah", O, [], []),
    ("Radwan Force", O, [], []),
    ("UNIFIL", O, [], []),
    ("Energean", O, [], []),
    ("Levant Energy Observatory", O, [], []),
    ("Armed Forces of the Philippines", O, ["Philippine armed forces"], []),
    ("U.S. Indo-Pacific Command", O, ["Indo-Pacific Command"], []),
    ("Chinese Defence Ministry", O, ["China's defence ministry"], []),
    ("Japan Self-Defense Forces", O, ["Self-Defense Forces", "Japan's Self-Defense Forces"], []),
    ("Center for Archipelagic Security", O, [], []),
    ("Turkish Petroleum Corporation", O, ["TPAO"], []),
    ("Turkish Cypriot administration", O, [], []),
    ("Presidency of Defense Industries", O, [], []),
    ("Bosphorus Energy Institute", O, [], []),
    # Persons
    ("Ferdinand Marcos Jr.", P, ["Marcos", "President Ferdinand Marcos Jr.", "Philippine President Ferdinand Marcos Jr."], []),
    ("Jay Tarriela", P, ["Tarriela"], []),
    ("Guo Jiakun", P, [], []),
    ("Minoru Kihara", P, ["Chief Cabinet Secretary Minoru Kihara"], []),
    ("Marco Rubio", P, ["Secretary of State Marco Rubio", "U.S. Secretary of State Marco Rubio"], []),
    ("Theresa Lazaro", P, ["Foreign Secretary Theresa Lazaro"], []),
    ("Gilberto Teodoro", P, ["Teodoro", "Defence Secretary Gilberto Teodoro"], []),
    ("Shinjiro Koizumi", P, ["Koizumi", "Defence Minister Shinjiro Koizumi"], []),
    ("Sanae Takaichi", P, ["Takaichi", "Prime Minister Sanae Takaichi", "Japanese Prime Minister Sanae Takaichi"], []),
    ("Renato Dizon", P, [], []),
    ("Giorgos Gerapetritis", P, ["Gerapetritis", "Greek Foreign Minister Giorgos Gerapetritis"], []),
    ("Constantinos Kombos", P, ["Kombos"], []),
    ("Hakan Fidan", P, ["Fidan", "Turkish Foreign Minister Hakan Fidan"], []),
    ("Kyriakos Mitsotakis", P, ["Mitsotakis", "Greek Prime Minister Kyriakos Mitsotakis"], []),
    ("Tayyip Erdogan", P, ["Erdogan", "Turkish President Tayyip Erdogan"], []),
    ("George Papanastasiou", P, ["Papanastasiou", "Cypriot Energy Minister George Papanastasiou"], []),
    ("Marta Lindqvist", P, [], []),
    ("Stella Karapanou", P, [], []),
    ("Lai Ching-te", P, ["Lai", "Taiwanese President Lai Ching-te"], []),
    ("Wellington Koo", P, ["Defence Minister Wellington Koo"], []),
    ("Santiago Pena", P, ["Paraguayan President Santiago Pena"], []),
    ("Chen Binhua", P, [], []),
    ("Cheng Li-wun", P, ["Cheng"], []),
    ("Xi Jinping", P, ["Xi", "Chinese President Xi Jinping"], []),
    ("Nancy Pelosi", P, ["Pelosi"], []),
    ("Lin Yu-ting", P, [], []),
    ("Karim Badawi", P, ["Badawi", "Egyptian Petroleum Minister Karim Badawi"], []),
    ("Abdel Fattah al-Sisi", P, ["Sisi", "Egyptian President Abdel Fattah al-Sisi"], []),
    ("Nikos Christodoulides", P, ["Christodoulides", "Cypriot President Nikos Christodoulides"], []),
    ("Dan Jorgensen", P, ["Jorgensen", "EU Energy Commissioner Dan Jorgensen"], []),
    ("Joseph Aoun", P, ["Aoun", "President Joseph Aoun", "Lebanese President Joseph Aoun"], []),
    ("Hany Sadek", P, [], []),
    ("Masaki Ogura", P, ["Ogura"], []),
    ("Mao Ning", P, [], []),
    ("Toshimitsu Motegi", P, ["Motegi", "Foreign Minister Toshimitsu Motegi"], []),
    ("Wang Yi", P, ["Wang"], []),
    ("Hiroshi Tomori", P, [], []),
    ("George Glass", P, ["U.S. Ambassador to Japan George Glass"], []),
    ("Joe Saddi", P, ["Saddi", "Energy Minister Joe Saddi"], []),
    ("Nawaf Salam", P, ["Salam", "Prime Minister Nawaf Salam"], []),
    ("Amos Hochstein", P, ["Hochstein"], []),
    ("Ali Hassan Mroueh", P, ["Mroueh"], []),
    ("Naim Qassem", P, ["Qassem"], []),
    ("Hassan Nasrallah", P, ["Nasrallah"], []),
    ("Eli Cohen", P, [], []),
    ("Ahmed al-Sharaa", P, ["President Ahmed al-Sharaa"], []),
    ("Lina Saab", P, [], []),
    ("Romeo Brawner Jr.", P, ["General Romeo Brawner Jr.", "Brawner"], []),
    ("Samuel Paparo", P, ["Admiral Samuel Paparo", "Paparo"], []),
    ("Pete Hegseth", P, ["Hegseth", "U.S. Defense Secretary Pete Hegseth"], []),
    ("Jiang Bin", P, [], []),
    ("Rommel Ocampo", P, [], []),
    ("Alparslan Bayraktar", P, ["Bayraktar", "Turkish Energy Minister Alparslan Bayraktar"], []),
    ("Antonio Costa", P, ["European Council President Antonio Costa"], []),
    ("Ursula von der Leyen", P, ["von der Leyen", "European Commission President Ursula von der Leyen"], []),
    ("Kaja Kallas", P, ["Kallas"], []),
    ("Tufan Erhurman", P, ["Erhurman"], []),
    ("Antonio Guterres", P, ["United Nations Secretary-General Antonio Guterres"], []),
    ("Benjamin Netanyahu", P, ["Netanyahu", "Prime Minister Benjamin Netanyahu"], []),
    ("Deniz Kaplan", P, [], []),
]

# A capital used for its government ("Manila said", "talks with Ankara").
# Such a city may stand as an alt_s / alt_o for its country whatever the
# predicate's signature says, since the scorer resolves the name to the city.
METONYMS = {"Manila": "Philippines", "Tokyo": "Japan", "Taipei": "Taiwan",
            "Cairo": "Egypt", "Nicosia": "Cyprus", "Athens": "Greece", "Beirut": "Lebanon"}

# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------

ROWS = []


def R(s, p, o, m, ev, req=True, t=None, alt_s=(), alt_p=(), alt_o=(),
      note="", role="", commodity="", implicit=()):
    """One gold fact. ev maps a document key to its evidence phrase.
    implicit lists 's' and/or 'o' when the article names that entity only
    through a description the mention check cannot see."""
    ROWS.append(dict(s=s, p=p, o=o, m=m, ev=ev, req=req, t=t,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     note=note, role=role, commodity=commodity,
                     implicit=set(implicit)))


# ---- d1: Philippines-Japan joint patrol near Scarborough Shoal (wire, 2026-02-10)
R("Japan", "signed_agreement_with", "Philippines", "asserted",
  {"d1": "Reciprocal Access Agreement that Japan and the Philippines signed in July 2024",
   "d7": "the Reciprocal Access Agreement between Japan and the Philippines took effect in September"},
  t="2024-07", note="d7 names the agreement between the two without the signing date")
R("Japan", "party_to", "Reciprocal Access Agreement", "asserted",
  {"d1": "Reciprocal Access Agreement that Japan and the Philippines signed in July 2024",
   "d7": "the Reciprocal Access Agreement between Japan and the Philippines took effect in September"})
R("Philippines", "party_to", "Reciprocal Access Agreement", "asserted",
  {"d1": "Reciprocal Access Agreement that Japan and the Philippines signed in July 2024",
   "d7": "the Reciprocal Access Agreement between Japan and the Philippines took effect in September"})
R("Jay Tarriela", "works_for", "Philippine Coast Guard", "asserted",
  {"d1": "Philippine Coast Guard spokesperson Jay Tarriela"}, role="spokesperson",
  alt_o=["Philippines"])
R("Japan Coast Guard", "visited", "Scarborough Shoal", "negated",
  {"d1": "the two Japan Coast Guard cutters did not enter the waters immediately around the shoal"},
  t="2026-02-10", note="reported by Tarriela; the cutters came within 14 nautical miles")
R("Scarborough Shoal", "located_in", "South China Sea", "asserted",
  {"d1": "Scarborough Shoal, a triangular chain of reefs and rocks in the South China Sea"})
R("China", "took_control_of", "Scarborough Shoal", "asserted",
  {"d1": "controlled by China since 2012, when Chinese ships seized it",
   "d7": "China seized Scarborough Shoal from the Philippines in 2012"}, t="2012")
R("Luzon", "located_in", "Philippines", "asserted",
  {"d1": "Luzon, the main Philippine island"})
R("China Coast Guard", "criticized", "Philippines", "reported",
  {"d1": "It accused Manila of \"deliberate provocation\""}, alt_o=["Manila"], t="2026-02-10")
R("Guo Jiakun", "works_for", "Chinese Foreign Ministry", "asserted",
  {"d1": "Chinese foreign ministry spokesperson Guo Jiakun"}, role="spokesperson", alt_o=["China"])
R("Guo Jiakun", "criticized", "Philippines", "reported",
  {"d1": "Guo Jiakun said the Philippines was \"colluding with countries outside the region"},
  alt_s=["China", "Chinese Foreign Ministry"], t="2026-02-10")
R("Guo Jiakun", "criticized", "Japan", "reported",
  {"d1": "Japan \"has no business\" in the South China Sea"},
  alt_s=["China", "Chinese Foreign Ministry"], t="2026-02-10")
R("China Coast Guard", "attacked", "Bureau of Fisheries and Aquatic Resources", "asserted",
  {"d1": "two Chinese coast guard vessels fired water cannon at a Philippine fisheries boat"},
  alt_s=["China"], alt_o=["Philippines"], t="2026-02-10",
  note="the boat is operated by the bureau: 'a deliberate attack by the China Coast Guard'")
R("Ferdinand Marcos Jr.", "head_of", "Philippines", "asserted",
  {"d1": "Philippine President Ferdinand Marcos Jr.",
   "d7": "Philippine President Ferdinand Marcos Jr."}, role="president")
R("Philippines", "criticized", "China", "asserted",
  {"d1": "Ferdinand Marcos Jr. condemned the incident as \"dangerous and unprovoked\"",
   "d7": "Manila has lodged dozens of diplomatic protests with Beijing"},
  alt_s=["Ferdinand Marcos Jr.", "Manila"], alt_o=["China Coast Guard"], alt_p=["contacted"])
R("Philippines", "contacted", "China", "planned",
  {"d1": "Manila would lodge a diplomatic protest with Beijing"},
  req=False, alt_s=["Manila", "Ferdinand Marcos Jr."], alt_p=["criticized"])
R("China Coast Guard", "blockaded", "Second Thomas Shoal", "asserted",
  {"d1": "Chinese coast guard ships have also repeatedly blocked Philippine resupply missions to Second Thomas Shoal"},
  alt_s=["China"])
R("Second Thomas Shoal", "located_in", "South China Sea", "asserted",
  {"d1": "Second Thomas Shoal, another South China Sea feature"})
R("BRP Sierra Madre", "located_in", "Second Thomas Shoal", "asserted",
  {"d1": "the BRP Sierra Madre, a rusting navy ship that Manila deliberately grounded on the reef in 1999"},
  req=False, note="a grounded ship serving as an outpost")
R("Minoru Kihara", "works_for", "Japan", "asserted",
  {"d1": "Chief Cabinet Secretary Minoru Kihara said Japan",
   "d3": "Chief Cabinet Secretary Minoru Kihara said"}, role="chief cabinet secretary")
R("Japan", "supported", "Philippines", "reported",
  {"d1": "Japan \"firmly supports\" the Philippines"}, alt_s=["Minoru Kihara"], t="2026-02-10")
R("United States", "party_to", "Mutual Defense Treaty", "asserted",
  {"d1": "The United States, which is bound to the Philippines by a 1951 Mutual Defense Treaty",
   "d7": "The allies are also bound by a Mutual Defense Treaty signed in 1951"}, t="1951")
R("Philippines", "party_to", "Mutual Defense Treaty", "asserted",
  {"d1": "The United States, which is bound to the Philippines by a 1951 Mutual Defense Treaty",
   "d7": "The allies are also bound by a Mutual Defense Treaty signed in 1951"}, t="1951")
R("United States", "allied_with", "Philippines", "asserted",
  {"d1": "The United States, which is bound to the Philippines by a 1951 Mutual Defense Treaty",
   "d7": "the first time the three allies have held a live-fire exercise together"},
  alt_o=["Manila"])
R("United States", "criticized", "China", "asserted",
  {"d1": "The United States, which is bound to the Philippines by a 1951 Mutual Defense Treaty, also criticised the Chinese action"})
R("Marco Rubio", "works_for", "United States", "asserted",
  {"d1": "U.S. Secretary of State Marco Rubio"}, role="secretary of state",
  alt_o=["U.S. State Department"])
R("Theresa Lazaro", "works_for", "Philippines", "asserted",
  {"d1": "Philippine Foreign Secretary Theresa Lazaro"}, role="foreign secretary")
R("Marco Rubio", "contacted", "Theresa Lazaro", "reported",
  {"d1": "Marco Rubio spoke by phone with Philippine Foreign Secretary Theresa Lazaro late on Tuesday"},
  t="2026-02-10", alt_s=["United States"], alt_o=["Philippines"])
R("Gilberto Teodoro", "works_for", "Philippines", "asserted",
  {"d1": "Defence Secretary Gilberto Teodoro told a news conference that the Philippines"},
  role="defence secretary")
R("Philippines", "negotiating_with", "China", "negated",
  {"d1": "the Philippines would not hold talks with China on the shoal until Chinese vessels withdrew from it"},
  alt_s=["Gilberto Teodoro"])
R("Gilberto Teodoro", "met_with", "Shinjiro Koizumi", "hedged",
  {"d1": "he expected to meet his Japanese counterpart, Defence Minister Shinjiro Koizumi, in Manila next month"},
  t="2026-03")
R("Shinjiro Koizumi", "works_for", "Japan", "asserted",
  {"d1": "his Japanese counterpart, Defence Minister Shinjiro Koizumi",
   "d7": "Japanese Defence Minister Shinjiro Koizumi"}, role="defence minister")
R("Shinjiro Koizumi", "visited", "Manila", "hedged",
  {"d1": "meet his Japanese counterpart, Defence Minister Shinjiro Koizumi, in Manila next month"},
  req=False, t="2026-03", alt_o=["Philippines"])
R("Ferdinand Marcos Jr.", "visited", "Tokyo", "planned",
  {"d1": "Marcos is scheduled to travel to Tokyo in March"}, t="2026-03", alt_o=["Japan"])
R("Ferdinand Marcos Jr.", "met_with", "Sanae Takaichi", "planned",
  {"d1": "travel to Tokyo in March for talks with Japanese Prime Minister Sanae Takaichi"}, t="2026-03")
R("Sanae Takaichi", "head_of", "Japan", "asserted",
  {"d1": "Japanese Prime Minister Sanae Takaichi",
   "d5": "Prime Minister Sanae Takaichi told parliament"}, role="prime minister")
R("Masinloc", "located_in", "Zambales", "asserted",
  {"d1": "Masinloc, a town in Zambales province"})
R("Zambales", "located_in", "Luzon", "asserted",
  {"d1": "Zambales province on Luzon"})
R("Renato Dizon", "lives_in", "Masinloc", "asserted",
  {"d1": "Renato Dizon, 54, who lives in Masinloc"})
R("Renato Dizon", "citizen_of", "Philippines", "asserted",
  {"d1": "Filipino fisherman Renato Dizon"})
R("China", "trades_with", "Philippines", "asserted",
  {"d1": "China is the Philippines' largest trading partner"})
R("Philippines", "gained_independence_from", "United States", "asserted",
  {"d1": "the former colonial power from which the Philippines gained independence in 1946"},
  t="1946")
R("Philippines", "member_of", "Association of Southeast Asian Nations", "asserted",
  {"d1": "The Philippines, a member of the Association of Southeast Asian Nations (ASEAN)"})
R("Association of Southeast Asian Nations", "negotiating_with", "China", "asserted",
  {"d1": "ASEAN and China have been negotiating such a code"})
R("Association of Southeast Asian Nations", "signed_agreement_with", "China", "planned",
  {"d1": "wants the regional bloc and China to conclude a long-delayed code of conduct"},
  req=False, t="2026", alt_s=["Philippines"], note="the Philippines' goal for the code of conduct")
R("Japan", "allied_with", "Philippines", "asserted",
  {"d1": "\"Our Japanese partners stood beside us today",
   "d7": "the first time the three allies have held a live-fire exercise together"},
  note="d1 'partners', d7 'the three allies'")

# ---- d2: Greece-Cyprus cable survey and Turkish warships (wire, 2025-07-22)
R("Giorgos Gerapetritis", "works_for", "Greece", "asserted",
  {"d2": "Greek Foreign Minister Giorgos Gerapetritis"}, role="foreign minister")
R("Constantinos Kombos", "works_for", "Cyprus", "asserted",
  {"d2": "his Cypriot counterpart Constantinos Kombos"}, role="foreign minister")
R("Giorgos Gerapetritis", "met_with", "Constantinos Kombos", "asserted",
  {"d2": "speaking after talks in Athens with his Cypriot counterpart Constantinos Kombos"},
  t="2025-07-22", alt_s=["Greece"], alt_o=["Cyprus"])
R("Constantinos Kombos", "visited", "Athens", "asserted",
  {"d2": "talks in Athens with his Cypriot counterpart Constantinos Kombos"},
  req=False, t="2025-07-22", alt_o=["Greece"])
R("Kasos", "located_in", "Greece", "asserted",
  {"d2": "the Greek island of Kasos"})
R("Greece", "negotiating_with", "Turkey", "negated",
  {"d2": "Greece had not held any talks with Turkey on the cable and had no plans to do so"},
  alt_s=["Giorgos Gerapetritis"])
R("Turkey", "contacted", "Cyprus", "negated",
  {"d2": "Nicosia had received no message from Turkey"}, alt_o=["Nicosia", "Constantinos Kombos"])
R("Crete", "located_in", "Greece", "asserted",
  {"d2": "Crete, Greece's largest island"})
R("Cyprus", "member_of", "European Union", "asserted",
  {"d2": "the Republic of Cyprus, which joined the EU in 2004",
   "d8": "the Republic of Cyprus, an EU member since 2004"}, t="2004",
  note="d2 also: 'the only European Union member state with no link'")
R("European Union", "supported", "Great Sea Interconnector", "asserted",
  {"d2": "The EU has pledged 657 million euros in grants to the project"})
R("IPTO", "based_in", "Athens", "asserted",
  {"d2": "Athens-based grid operator IPTO"})
R("Hakan Fidan", "works_for", "Turkey", "asserted",
  {"d2": "Turkish Foreign Minister Hakan Fidan"}, role="foreign minister")
R("Turkey", "threatened", "Greece", "reported",
  {"d2": "warned that Ankara would \"take every measure necessary\" if the surveys continued"},
  alt_s=["Hakan Fidan"], t="2025-07-21")
R("Turkey", "threatened", "Cyprus", "reported",
  {"d2": "warned that Ankara would \"take every measure necessary\" if the surveys continued"},
  req=False, alt_s=["Hakan Fidan"], t="2025-07-21", note="the surveys serve Greece and Cyprus")
R("Turkey", "member_of", "NATO", "asserted",
  {"d2": "Turkey, Greece's NATO ally"})
R("Greece", "member_of", "NATO", "asserted",
  {"d2": "Turkey, Greece's NATO ally"})
R("Greece", "allied_with", "Turkey", "asserted",
  {"d2": "Turkey, Greece's NATO ally"}, req=False)
R("Greece", "in_conflict_with", "Turkey", "asserted",
  {"d2": "Greece's NATO ally and long-time rival"},
  note="'long-time rival'; 'came close to war ... in 1996'")
R("Turkey", "signed_agreement_with", "Libya", "asserted",
  {"d2": "a 2019 maritime memorandum it signed with Libya"}, t="2019")
R("Turkey", "party_to", "Turkey-Libya maritime memorandum", "asserted",
  {"d2": "a 2019 maritime memorandum it signed with Libya"}, t="2019")
R("Libya", "party_to", "Turkey-Libya maritime memorandum", "asserted",
  {"d2": "a 2019 maritime memorandum it signed with Libya"}, t="2019")
R("Greece", "criticized", "Turkey-Libya maritime memorandum", "reported",
  {"d2": "an accord that Greece and Egypt say is void under international law"}, req=False)
R("Egypt", "criticized", "Turkey-Libya maritime memorandum", "reported",
  {"d2": "an accord that Greece and Egypt say is void under international law"}, req=False)
R("Greece", "signed_agreement_with", "Turkey", "negated",
  {"d2": "The two neighbours have never signed an agreement on where their maritime boundaries lie"})
R("Greece", "borders", "Turkey", "asserted",
  {"d2": "The two neighbours"}, req=False)
R("Kyriakos Mitsotakis", "head_of", "Greece", "asserted",
  {"d2": "Greek Prime Minister Kyriakos Mitsotakis",
   "d8": "Greek Prime Minister Kyriakos Mitsotakis"}, role="prime minister")
R("Tayyip Erdogan", "head_of", "Turkey", "asserted",
  {"d2": "Turkish President Tayyip Erdogan"}, role="president")
R("Kyriakos Mitsotakis", "met_with", "Tayyip Erdogan", "hedged",
  {"d2": "Kyriakos Mitsotakis and Turkish President Tayyip Erdogan are expected to meet"},
  t="2025-09")
R("Kyriakos Mitsotakis", "visited", "New York", "hedged",
  {"d2": "expected to meet on the sidelines of the United Nations General Assembly in New York in September"},
  req=False, t="2025-09")
R("Tayyip Erdogan", "visited", "New York", "hedged",
  {"d2": "expected to meet on the sidelines of the United Nations General Assembly in New York in September"},
  req=False, t="2025-09")
R("Turkey", "candidate_for", "European Union", "asserted",
  {"d2": "Turkey has also been an official candidate to join the European Union since 1999"}, t="1999")
R("Cyprus", "gained_independence_from", "United Kingdom", "asserted",
  {"d2": "won independence from the United Kingdom in 1960"}, t="1960")
R("Turkey", "took_control_of", "Northern Cyprus", "asserted",
  {"d2": "Turkey invaded and occupied the island's north"}, t="1974")
R("Turkey", "attacked", "Cyprus", "asserted",
  {"d2": "when Turkey invaded and occupied the island's north",
   "d8": "when Turkey invaded following a coup"}, t="1974", note="'invaded'")
R("Northern Cyprus", "seceded_from", "Cyprus", "asserted",
  {"d2": "Turkish Cypriot leaders in northern Cyprus declared a breakaway state in 1983"}, t="1983")
R("Turkey", "recognizes", "Cyprus", "negated",
  {"d2": "Turkey does not recognise the Republic of Cyprus",
   "d8": "Turkey does not recognise the Republic of Cyprus"})
R("George Papanastasiou", "works_for", "Cyprus", "asserted",
  {"d2": "Cypriot Energy Minister George Papanastasiou",
   "d4": "Cypriot Energy Minister George Papanastasiou"}, role="energy minister")
R("Marta Lindqvist", "works_for", "European Commission", "asserted",
  {"d2": "A European Commission spokesperson, Marta Lindqvist"}, role="spokesperson")
R("European Commission", "contacted", "Turkey", "reported",
  {"d2": "it had contacted Turkish authorities about the incident"}, alt_s=["Marta Lindqvist"])
R("Stella Karapanou", "works_for", "Hellenic Institute for Maritime Studies", "asserted",
  {"d2": "Stella Karapanou, a researcher at the Athens-based Hellenic Institute for Maritime Studies"},
  role="researcher")
R("Hellenic Institute for Maritime Studies", "based_in", "Athens", "asserted",
  {"d2": "the Athens-based Hellenic Institute for Maritime Studies"})

# ---- d3: Chinese drills around Taiwan after Lai's trip (wire, 2026-10-19)
R("China", "threatened", "Taiwan", "asserted",
  {"d3": "China's military launched large-scale air and naval drills around Taiwan on Monday, calling them a \"stern warning\""},
  t="2026-10-19", alt_s=["People's Liberation Army", "Eastern Theater Command", "Taiwan Affairs Office", "Chen Binhua"],
  alt_o=["Lai Ching-te"])
R("Lai Ching-te", "head_of", "Taiwan", "asserted",
  {"d3": "Taiwanese President Lai Ching-te"}, role="president")
R("Lai Ching-te", "visited", "Paraguay", "asserted",
  {"d3": "Lai spent three days in Paraguay earlier this month"}, t="2026-10")
R("Lai Ching-te", "visited", "United States", "asserted",
  {"d3": "a trip to Paraguay that included a stopover in the United States"}, t="2026-10")
R("Lai Ching-te", "visited", "Honolulu", "asserted",
  {"d3": "stopped in Honolulu on the way home"}, t="2026-10")
R("Eastern Theater Command", "member_of", "People's Liberation Army", "asserted",
  {"d3": "The Eastern Theater Command of the People's Liberation Army",
   "d7": "The People's Liberation Army's Eastern Theater Command"}, req=False)
R("China", "blockaded", "Taiwan", "hedged",
  {"d3": "would test their ability to \"seize control of key areas\" and to impose a blockade on the island's main ports"},
  req=False, alt_s=["Eastern Theater Command", "People's Liberation Army"],
  note="a rehearsal, not a blockade")
R("Wellington Koo", "works_for", "Taiwan", "asserted",
  {"d3": "Defence Minister Wellington Koo"}, role="defence minister", implicit=())
R("Lai Ching-te", "met_with", "Santiago Pena", "asserted",
  {"d3": "he met Paraguayan President Santiago Pena"}, t="2026-10")
R("Santiago Pena", "head_of", "Paraguay", "asserted",
  {"d3": "Paraguayan President Santiago Pena"}, role="president")
R("Taiwan", "signed_agreement_with", "Paraguay", "asserted",
  {"d3": "signed agreements on agriculture and digital trade"}, t="2026-10",
  alt_s=["Lai Ching-te"], alt_o=["Santiago Pena"])
R("Lai Ching-te", "met_with", "United States", "negated",
  {"d3": "he did not meet any U.S. government officials during the stopover"}, t="2026-10",
  note="reported by his office")
R("Paraguay", "recognizes", "Taiwan", "asserted",
  {"d3": "Paraguay is one of only 12 countries that formally recognise Taiwan"},
  alt_p=["diplomatic_relations_with"])
R("Taiwan", "criticized", "China", "reported",
  {"d3": "Taiwan's government rejects Beijing's sovereignty claims"},
  )
R("Chen Binhua", "works_for", "Taiwan Affairs Office", "asserted",
  {"d3": "Chen Binhua, a spokesperson for China's Taiwan Affairs Office"}, role="spokesperson",
  alt_o=["China"])
R("Chen Binhua", "criticized", "Lai Ching-te", "reported",
  {"d3": "\"The Lai authorities' provocations have pushed the Taiwan Strait towards danger,\" Chen Binhua"},
  alt_s=["Taiwan Affairs Office", "China"], alt_o=["Taiwan"], t="2026-10-19")
R("Mainland Affairs Council", "criticized", "China", "reported",
  {"d3": "Taiwan's Mainland Affairs Council, which handles policy toward China, condemned the drills"},
  alt_s=["Taiwan"], t="2026-10-19")
R("Lai Ching-te", "member_of", "Democratic Progressive Party", "asserted",
  {"d3": "Lai, of the ruling Democratic Progressive Party (DPP)"})
R("Cheng Li-wun", "head_of", "Kuomintang", "asserted",
  {"d3": "Its chair, Cheng Li-wun"}, role="chair")
R("Cheng Li-wun", "criticized", "Lai Ching-te", "reported",
  {"d3": "accused Lai of \"needlessly provoking\" Beijing"}, alt_s=["Kuomintang"], t="2026-10-19")
R("Cheng Li-wun", "met_with", "Xi Jinping", "planned",
  {"d3": "Cheng has said she hopes to meet Chinese President Xi Jinping in the coming months"})
R("Xi Jinping", "head_of", "China", "asserted",
  {"d3": "Chinese President Xi Jinping", "d5": "Chinese President Xi Jinping"}, role="president")
R("Yonaguni", "located_in", "Japan", "asserted",
  {"d3": "Yonaguni, Japan's westernmost inhabited island"})
R("Japan", "contacted", "China", "reported",
  {"d3": "Japan \"conveyed its serious concerns\" to China through diplomatic channels"},
  t="2026-10-19", alt_s=["Minoru Kihara"], alt_p=["criticized"])
R("U.S. State Department", "criticized", "China", "reported",
  {"d3": "The U.S. State Department urged Beijing to show restraint"}, t="2026-10-19",
  alt_s=["United States"], note="urged restraint; Washington 'opposes any unilateral changes to the status quo'")
R("United States", "supported", "Taiwan", "asserted",
  {"d3": "it is the island's most important international backer"},
  note="also the $1.9 billion sale approved in August")
R("United States", "supported", "Taiwan", "planned",
  {"d3": "would continue to support Taiwan's ability to defend itself"},
  req=False, alt_s=["U.S. State Department"])
R("United States", "diplomatic_relations_with", "Taiwan", "negated",
  {"d3": "The United States, like most countries, has no formal diplomatic ties with Taipei"},
  alt_o=["Taipei"])
R("Taiwan", "imports_from", "United States", "asserted",
  {"d3": "its main arms supplier"}, commodity="arms",
  note="also 'Washington approved a $1.9 billion sale of air defence systems to Taiwan' (August)")
R("China", "sanctioned", "Lockheed Martin", "asserted",
  {"d3": "prompting Beijing to impose sanctions on several U.S. defence contractors, including Lockheed Martin"})
R("Lockheed Martin", "based_in", "United States", "asserted",
  {"d3": "U.S. defence contractors, including Lockheed Martin"}, req=False)
R("Nancy Pelosi", "visited", "Taipei", "asserted",
  {"d3": "then-U.S. House Speaker Nancy Pelosi visited the Taiwanese capital, Taipei"},
  t="2022-08", alt_o=["Taiwan"])
R("Nancy Pelosi", "works_for", "United States", "asserted",
  {"d3": "then-U.S. House Speaker Nancy Pelosi"}, req=False, role="House speaker (former)")
R("Taipei", "capital_of", "Taiwan", "asserted",
  {"d3": "the Taiwanese capital, Taipei"})
R("China", "in_conflict_with", "Taiwan", "asserted",
  {"d3": "Taiwan and China have been governed separately since 1949"},
  req=False, note="'after losing a civil war'; the claim dispute")
R("China", "attacked", "Taiwan", "negated",
  {"d3": "there was no sign that Beijing was preparing an actual attack on Taiwan"},
  req=False, note="analysts: no sign of an actual attack")
R("Lin Yu-ting", "works_for", "Institute for Strait Security Studies", "asserted",
  {"d3": "Lin Yu-ting, a military analyst at the Taipei-based Institute for Strait Security Studies"},
  role="military analyst")
R("Institute for Strait Security Studies", "based_in", "Taipei", "asserted",
  {"d3": "the Taipei-based Institute for Strait Security Studies"})

# ---- d4: Egypt-Cyprus Aphrodite gas deal (newspaper, 2025-11-18)
R("Egypt", "signed_agreement_with", "Cyprus", "asserted",
  {"d4": "Egypt and Cyprus on Monday signed a long-awaited agreement"}, t="2025-11-17",
  alt_s=["Karim Badawi", "Abdel Fattah al-Sisi"], alt_o=["George Papanastasiou", "Nikos Christodoulides"],
  note="also the Cronos deal of February 2025 ('Cyprus agreed to send gas from the Cronos field')")
R("Egypt", "party_to", "Egypt-Cyprus Aphrodite gas agreement", "asserted",
  {"d4": "signed the intergovernmental agreement"}, t="2025-11-17")
R("Cyprus", "party_to", "Egypt-Cyprus Aphrodite gas agreement", "asserted",
  {"d4": "signed the intergovernmental agreement"}, t="2025-11-17")
R("Karim Badawi", "works_for", "Egypt", "asserted",
  {"d4": "Egyptian Petroleum Minister Karim Badawi"}, role="petroleum minister")
R("Abdel Fattah al-Sisi", "head_of", "Egypt", "asserted",
  {"d4": "Egyptian President Abdel Fattah al-Sisi"}, role="president")
R("Nikos Christodoulides", "head_of", "Cyprus", "asserted",
  {"d4": "his Cypriot counterpart, Nikos Christodoulides",
   "d8": "Cypriot President Nikos Christodoulides"}, role="president")
R("Nikos Christodoulides", "visited", "Cairo", "asserted",
  {"d4": "who was on a one-day visit to the Egyptian capital"}, t="2025-11-17", alt_o=["Egypt"])
R("Cairo", "capital_of", "Egypt", "asserted",
  {"d4": "the presidential palace in Cairo in the presence of Egyptian President Abdel Fattah al-Sisi and his Cypriot counterpart, Nikos Christodoulides, who was on a one-day visit to the Egyptian capital"},
  note="'a one-day visit to the Egyptian capital' refers back to Cairo")
R("Abdel Fattah al-Sisi", "met_with", "Nikos Christodoulides", "asserted",
  {"d4": "Christodoulides told reporters after the two leaders held talks"}, t="2025-11-17",
  alt_s=["Egypt"], alt_o=["Cyprus"])
R("Idku LNG plant", "located_in", "Egypt", "asserted",
  {"d4": "the Idku liquefied natural gas plant on Egypt's Mediterranean coast"}, req=False)
R("Egypt", "imports_from", "Israel", "asserted",
  {"d4": "buys most of its imported gas from its neighbour Israel"}, commodity="natural gas")
R("Egypt", "borders", "Israel", "asserted",
  {"d4": "its neighbour Israel"})
R("NewMed Energy", "based_in", "Israel", "asserted",
  {"d4": "Israel's NewMed Energy"}, req=False)
R("NewMed Energy", "signed_agreement_with", "Egypt", "asserted",
  {"d4": "Israel's NewMed Energy and its partners in the Leviathan field signed a $35 billion deal with Egypt"},
  t="2025-08", alt_s=["Israel"])
R("Egypt", "diplomatic_relations_with", "Israel", "asserted",
  {"d4": "Egypt and Israel have had diplomatic relations since their 1979 peace treaty"})
R("Egypt", "signed_agreement_with", "Israel", "asserted",
  {"d4": "their 1979 peace treaty, the first between Israel and an Arab state"}, t="1979")
R("Egypt", "party_to", "Egypt-Israel peace treaty", "asserted",
  {"d4": "their 1979 peace treaty"}, req=False, t="1979")
R("Israel", "party_to", "Egypt-Israel peace treaty", "asserted",
  {"d4": "their 1979 peace treaty"}, req=False, t="1979")
R("Egypt", "normalized_relations_with", "Turkey", "asserted",
  {"d4": "restoring full diplomatic relations with Ankara in 2023",
   "d8": "Cairo and Ankara have grown closer since they restored full diplomatic relations in 2023"},
  t="2023", alt_s=["Cairo"])
R("Egypt", "in_conflict_with", "Turkey", "asserted",
  {"d4": "after a decade of hostility"}, req=False, alt_s=["Cairo"],
  note="the decade after 2013")
R("Eni", "based_in", "Italy", "asserted",
  {"d4": "Italy's Eni", "d6": "Italy's Eni"}, req=False)
R("TotalEnergies", "based_in", "France", "asserted",
  {"d4": "France's TotalEnergies", "d6": "France's TotalEnergies"}, req=False)
R("Egypt", "imports_from", "Cyprus", "hedged",
  {"d4": "first gas from Cronos could reach Egypt as early as 2027"}, req=False, t="2027",
  commodity="natural gas")
R("European Union", "signed_agreement_with", "Egypt", "asserted",
  {"d4": "The European Union, which signed a gas memorandum of understanding with Egypt and Israel in Cairo in June 2022"},
  t="2022-06")
R("European Union", "signed_agreement_with", "Israel", "asserted",
  {"d4": "The European Union, which signed a gas memorandum of understanding with Egypt and Israel in Cairo in June 2022"},
  t="2022-06")
R("European Union", "party_to", "EU-Egypt-Israel gas memorandum", "asserted",
  {"d4": "signed a gas memorandum of understanding with Egypt and Israel"}, req=False, t="2022-06")
R("Egypt", "party_to", "EU-Egypt-Israel gas memorandum", "asserted",
  {"d4": "signed a gas memorandum of understanding with Egypt and Israel"}, req=False, t="2022-06")
R("Israel", "party_to", "EU-Egypt-Israel gas memorandum", "asserted",
  {"d4": "signed a gas memorandum of understanding with Egypt and Israel"}, req=False, t="2022-06")
R("Dan Jorgensen", "works_for", "European Union", "asserted",
  {"d4": "EU Energy Commissioner Dan Jorgensen"}, role="energy commissioner",
  alt_o=["European Commission"])
R("East Mediterranean Gas Forum", "based_in", "Cairo", "asserted",
  {"d4": "the Cairo-based East Mediterranean Gas Forum (EMGF)",
   "d6": "the Cairo-based East Mediterranean Gas Forum"})
for _m in ("Egypt", "Cyprus"):
    R(_m, "member_of", "East Mediterranean Gas Forum", "asserted",
      {"d4": "Both countries belong to the Cairo-based East Mediterranean Gas Forum (EMGF)"})
R("Israel", "member_of", "East Mediterranean Gas Forum", "asserted",
  {"d4": "which also includes Greece, Israel, Italy and Jordan",
   "d6": "because Israel belongs to the group"})
for _m in ("Greece", "Italy", "Jordan"):
    R(_m, "member_of", "East Mediterranean Gas Forum", "asserted",
      {"d4": "which also includes Greece, Israel, Italy and Jordan"})
R("Turkey", "member_of", "East Mediterranean Gas Forum", "negated",
  {"d4": "Turkey, which is not a member of the forum"})
R("Turkey", "in_conflict_with", "Cyprus", "asserted",
  {"d4": "disputes Cyprus's right to exploit offshore resources",
   "d8": "reviving a dispute over offshore gas"},
  note="long-running dispute over offshore gas")
R("Turkey", "blockaded", "Eni", "asserted",
  {"d4": "Turkish naval vessels blockaded a drilling rig chartered by Eni"}, req=False, t="2018-02",
  alt_o=["Cyprus"],
  note="the rig, not the company, was blockaded")
R("Cyprus", "negotiating_with", "Turkey", "negated",
  {"d4": "Papanastasiou on Monday denied that Nicosia had held talks with Ankara"},
  alt_s=["Nicosia", "George Papanastasiou"], note="denial")
R("Cyprus", "signed_agreement_with", "Lebanon", "hedged",
  {"d4": "Cyprus is also expected to sign an agreement with Lebanon later this month"}, t="2025-11")
R("Joseph Aoun", "head_of", "Lebanon", "asserted",
  {"d4": "Lebanese President Joseph Aoun", "d6": "President Joseph Aoun"}, role="president")
R("Lebanon", "signed_agreement_with", "Israel", "asserted",
  {"d4": "Lebanon reached a similar deal with Israel in 2022",
   "d6": "an October 2022 maritime border agreement between Lebanon and Israel"}, t="2022")
R("Lebanon", "party_to", "Israel-Lebanon maritime border agreement", "asserted",
  {"d4": "Lebanon reached a similar deal with Israel in 2022",
   "d6": "an October 2022 maritime border agreement between Lebanon and Israel"}, req=False, t="2022")
R("Israel", "party_to", "Israel-Lebanon maritime border agreement", "asserted",
  {"d4": "Lebanon reached a similar deal with Israel in 2022",
   "d6": "an October 2022 maritime border agreement between Lebanon and Israel"}, req=False, t="2022")
R("United States", "brokered", "Israel-Lebanon maritime border agreement", "asserted",
  {"d4": "in talks brokered by the United States",
   "d6": "a deal brokered by U.S. envoy Amos Hochstein"}, t="2022", alt_s=["Amos Hochstein"])
R("Hany Sadek", "works_for", "Nile Policy Institute", "asserted",
  {"d4": "Hany Sadek, an energy analyst at the Nile Policy Institute"}, role="energy analyst")
R("Nile Policy Institute", "based_in", "Cairo", "asserted",
  {"d4": "the Nile Policy Institute, a Cairo-based think tank"})

# ---- d5: Japan protests Chinese gas structure (newspaper, 2026-01-20)
R("Japan", "criticized", "China", "asserted",
  {"d5": "Japan lodged a formal protest with China on Monday"}, t="2026-01-19",
  alt_p=["contacted"], alt_s=["Masaki Ogura", "Japanese Foreign Ministry"])
R("Masaki Ogura", "works_for", "Japanese Foreign Ministry", "asserted",
  {"d5": "Masaki Ogura, director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau"},
  role="director-general", alt_o=["Japan"])
R("Masaki Ogura", "contacted", "China", "reported",
  {"d5": "told a senior official at the Chinese embassy in Tokyo by telephone"}, t="2026-01-19",
  alt_s=["Japan", "Japanese Foreign Ministry"], note="a senior official at the Chinese embassy")
R("Mao Ning", "works_for", "Chinese Foreign Ministry", "asserted",
  {"d5": "China's foreign ministry rejected the protest on Tuesday. Spokesperson Mao Ning"},
  role="spokesperson", alt_o=["China"])
R("Chinese Foreign Ministry", "criticized", "Japan", "reported",
  {"d5": "Japan \"has no right to make irresponsible remarks\""}, t="2026-01-20",
  alt_s=["China", "Mao Ning"], note="'rejected the protest'")
R("Japan", "signed_agreement_with", "China", "asserted",
  {"d5": "In 2008 the two governments agreed to jointly develop gas in part of the sea"}, t="2008")
R("Chunxiao gas field", "located_in", "East China Sea", "asserted",
  {"d5": "jointly develop gas in part of the sea, including the Chunxiao field"}, req=False)
R("Japan", "negotiating_with", "China", "negated",
  {"d5": "talks on a treaty to put that agreement into effect were suspended by China in 2010 and have not resumed since"})
R("Japan", "normalized_relations_with", "China", "asserted",
  {"d5": "Japan and China, which normalised diplomatic relations in 1972"}, t="1972")
R("China", "trades_with", "Japan", "asserted",
  {"d5": "China is Japan's largest trading partner"})
R("China", "criticized", "Sanae Takaichi", "asserted",
  {"d5": "Beijing demanded that she retract the remark"}, t="2025-11", alt_o=["Japan"])
R("China", "attacked", "Taiwan", "hedged",
  {"d5": "a Chinese attack on Taiwan could constitute a \"survival-threatening situation\""}, req=False,
  note="Takaichi's hypothetical")
R("Sanae Takaichi", "head_of", "Liberal Democratic Party", "asserted",
  {"d5": "Takaichi, the leader of the ruling Liberal Democratic Party"}, role="leader")
R("China", "sanctioned", "Japan", "asserted",
  {"d5": "reimposed a ban on Japanese seafood"}, t="2025-11", note="embargo on seafood")
R("China", "imports_from", "Japan", "negated",
  {"d5": "Chinese importers have not bought any Japanese seafood since"}, commodity="seafood")
R("Toshimitsu Motegi", "works_for", "Japan", "asserted",
  {"d5": "Foreign Minister Toshimitsu Motegi"}, role="foreign minister")
R("Wang Yi", "works_for", "China", "asserted",
  {"d5": "his Chinese counterpart, Wang Yi"}, role="foreign minister")
R("Toshimitsu Motegi", "met_with", "Wang Yi", "negated",
  {"d5": "Foreign Minister Toshimitsu Motegi has not held formal talks with his Chinese counterpart, Wang Yi"})
R("Toshimitsu Motegi", "met_with", "Wang Yi", "hedged",
  {"d5": "Motegi is expected to raise the gas structures with Wang if the two meet at a regional gathering in Manila in February"},
  t="2026-02")
R("Toshimitsu Motegi", "visited", "Manila", "hedged",
  {"d5": "if the two meet at a regional gathering in Manila in February"}, req=False, t="2026-02")
R("Senkaku Islands", "located_in", "East China Sea", "asserted",
  {"d5": "the Senkaku Islands in the East China Sea"})
R("Senkaku Islands", "located_in", "Ishigaki", "asserted",
  {"d5": "administered as part of the city of Ishigaki"})
R("Ishigaki", "located_in", "Okinawa", "asserted",
  {"d5": "the city of Ishigaki in Japan's southern Okinawa prefecture"})
R("Okinawa", "located_in", "Japan", "asserted",
  {"d5": "Japan's southern Okinawa prefecture"})
R("Japan", "took_control_of", "Senkaku Islands", "asserted",
  {"d5": "are controlled by Japan"}, req=False, note="control, not a seizure")
R("China Coast Guard", "visited", "Senkaku Islands", "reported",
  {"d5": "four China Coast Guard ships had stayed inside Japanese territorial waters around the Senkaku Islands"},
  req=False, t="2026-01", note="an incursion 'last week', as Japan's coast guard said")
R("Hiroshi Tomori", "lives_in", "Ishigaki", "asserted",
  {"d5": "Hiroshi Tomori, a 67-year-old fisherman who lives in Ishigaki"})
R("George Glass", "works_for", "United States", "asserted",
  {"d5": "U.S. Ambassador to Japan George Glass"}, role="ambassador to Japan")
R("United States", "party_to", "U.S.-Japan Security Treaty", "asserted",
  {"d5": "The treaty, signed by the two allies in 1960"}, t="1960")
R("Japan", "party_to", "U.S.-Japan Security Treaty", "asserted",
  {"d5": "The treaty, signed by the two allies in 1960"}, t="1960")
R("United States", "signed_agreement_with", "Japan", "asserted",
  {"d5": "The treaty, signed by the two allies in 1960"}, t="1960")
R("United States", "allied_with", "Japan", "asserted",
  {"d5": "signed by the two allies",
   "d7": "Japan, which has its own defence pact with Washington"})
R("Xi Jinping", "contacted", "Sanae Takaichi", "negated",
  {"d5": "Chinese President Xi Jinping has not spoken to Takaichi"})
R("Xi Jinping", "met_with", "Sanae Takaichi", "asserted",
  {"d5": "since they met briefly on the sidelines of a regional summit in late October"}, t="2025-10")
# ---- d6: Lebanon awards offshore block (newspaper, 2026-06-16)
R("Joe Saddi", "works_for", "Lebanon", "asserted",
  {"d6": "Energy Minister Joe Saddi said"}, role="energy minister")
R("TotalEnergies", "signed_agreement_with", "Lebanon", "hedged",
  {"d6": "is expected to sign the contract with the Lebanese state in July"}, t="2026-07")
R("Nawaf Salam", "head_of", "Lebanon", "asserted",
  {"d6": "Prime Minister Nawaf Salam"}, role="prime minister")
R("Beirut", "capital_of", "Lebanon", "asserted",
  {"d6": "the capital, Beirut"})
R("Amos Hochstein", "brokered", "Israel-Lebanon maritime border agreement", "asserted",
  {"d6": "a deal brokered by U.S. envoy Amos Hochstein"}, t="2022", alt_s=["United States"])
R("Amos Hochstein", "works_for", "United States", "asserted",
  {"d6": "U.S. envoy Amos Hochstein"}, role="envoy")
R("Lebanon", "recognizes", "Israel", "negated",
  {"d6": "Lebanon, which does not recognise Israel"})
R("Lebanon", "diplomatic_relations_with", "Israel", "negated",
  {"d6": "has no diplomatic relations with its southern neighbour"})
R("Lebanon", "borders", "Israel", "asserted",
  {"d6": "its southern neighbour"})
R("Lebanon", "in_conflict_with", "Israel", "asserted",
  {"d6": "remains technically at war with it"})
R("Israel", "attacked", "South Lebanon", "asserted",
  {"d6": "Israel keeps up near-daily strikes in south Lebanon"}, alt_o=["Lebanon"])
R("Israel", "party_to", "November 2024 ceasefire", "asserted",
  {"d6": "a November 2024 ceasefire with Hezbollah"}, req=False, t="2024-11")
R("Hezbollah", "party_to", "November 2024 ceasefire", "asserted",
  {"d6": "a November 2024 ceasefire with Hezbollah"}, req=False, t="2024-11")
R("Israel", "signed_agreement_with", "Hezbollah", "asserted",
  {"d6": "a November 2024 ceasefire with Hezbollah"}, req=False, t="2024-11")
R("Israel Defense Forces", "killed", "Ali Hassan Mroueh", "asserted",
  {"d6": "an Israeli drone strike on a car in the south killed Ali Hassan Mroueh"},
  t="2026-06-13")
R("Ali Hassan Mroueh", "member_of", "Radwan Force", "reported",
  {"d6": "whom the Israeli military described as a commander in Hezbollah's elite Radwan Force"},
  alt_o=["Hezbollah"], role="commander")
R("Radwan Force", "member_of", "Hezbollah", "asserted",
  {"d6": "Hezbollah's elite Radwan Force"}, req=False)
R("Israel", "took_control_of", "Shebaa Farms", "asserted",
  {"d6": "Israel has occupied the nearby Shebaa Farms since capturing the area from Syria in 1967"}, t="1967")
R("Lebanon", "negotiating_with", "Israel", "negated",
  {"d6": "Lebanon would not enter direct negotiations with Israel on the land border until Israeli forces withdrew"},
  alt_s=["Nawaf Salam"])
R("Naim Qassem", "head_of", "Hezbollah", "asserted",
  {"d6": "Hezbollah's secretary-general, Naim Qassem"}, role="secretary-general")
R("Hezbollah", "threatened", "Israel", "reported",
  {"d6": "warned Israel that the group's patience \"is not unlimited\""}, t="2026-06-14",
  alt_s=["Naim Qassem"])
R("Iran", "supported", "Hezbollah", "asserted",
  {"d6": "The Iran-backed group"})
R("Hezbollah", "in_conflict_with", "Israel", "asserted",
  {"d6": "fought a 14-month war with Israel that began in October 2023"}, t="2023-10")
R("Israel Defense Forces", "killed", "Hassan Nasrallah", "asserted",
  {"d6": "the Israeli military killed Hezbollah's longtime leader, Hassan Nasrallah"}, t="2024-09")
R("Hassan Nasrallah", "head_of", "Hezbollah", "asserted",
  {"d6": "Hezbollah's longtime leader, Hassan Nasrallah"}, req=False, role="leader (former)")
R("Israel Defense Forces", "attacked", "Beirut", "asserted",
  {"d6": "in an air strike on Beirut's southern suburbs in September 2024"}, req=False, t="2024-09")
R("Eli Cohen", "works_for", "Israel", "asserted",
  {"d6": "Israel's Energy Minister Eli Cohen"}, role="energy minister")
R("Israel", "threatened", "Lebanon", "reported",
  {"d6": "would bring \"a response Lebanon will regret\""}, alt_s=["Eli Cohen"])
R("Energean", "based_in", "London", "asserted",
  {"d6": "London-based Energean"})
R("Lebanon", "candidate_for", "East Mediterranean Gas Forum", "asserted",
  {"d6": "Lebanon has been invited to join the Cairo-based East Mediterranean Gas Forum"})
R("Lebanon", "member_of", "East Mediterranean Gas Forum", "negated",
  {"d6": "has declined to become a member"})
R("Lebanon", "signed_agreement_with", "Cyprus", "asserted",
  {"d6": "Lebanon signed an agreement with Cyprus last November"}, t="2025-11")
R("Lebanon", "negotiating_with", "Syria", "hedged",
  {"d6": "talks with Syria, whose government is led by President Ahmed al-Sharaa, on a maritime border in the north could begin this summer"},
  t="2026")
R("Ahmed al-Sharaa", "head_of", "Syria", "asserted",
  {"d6": "Syria, whose government is led by President Ahmed al-Sharaa"}, role="president")
R("UNIFIL", "based_in", "Naqoura", "asserted",
  {"d6": "UNIFIL, which is headquartered in the border town of Naqoura"})
R("UNIFIL", "based_in", "South Lebanon", "asserted",
  {"d6": "The United Nations peacekeeping force in south Lebanon, UNIFIL"}, req=False)
R("UNIFIL", "member_of", "United Nations", "asserted",
  {"d6": "The United Nations peacekeeping force in south Lebanon, UNIFIL"}, req=False)
R("Lina Saab", "works_for", "Levant Energy Observatory", "asserted",
  {"d6": "Lina Saab, a researcher at the Levant Energy Observatory"}, role="researcher")
R("Levant Energy Observatory", "based_in", "Beirut", "asserted",
  {"d6": "the Levant Energy Observatory, a Beirut-based research group"})
R("Lebanon", "gained_independence_from", "France", "reported",
  {"d6": "since it became independent from France in 1943"}, t="1943")

# ---- d7: US-Japan-Philippines live-fire drill in Batanes (HTML, 2026-05-12)
R("Batanes", "located_in", "Philippines", "asserted",
  {"d7": "the northern Philippine province of Batanes"})
R("Romeo Brawner Jr.", "head_of", "Armed Forces of the Philippines", "asserted",
  {"d7": "Philippine armed forces chief General Romeo Brawner Jr."}, role="chief",
  alt_p=["works_for"])
R("Basco", "capital_of", "Batanes", "asserted",
  {"d7": "Basco, the provincial capital of Batanes"})
R("Samuel Paparo", "head_of", "U.S. Indo-Pacific Command", "asserted",
  {"d7": "Admiral Samuel Paparo, the commander of U.S. Indo-Pacific Command"}, role="commander",
  alt_p=["works_for"])
R("Pete Hegseth", "works_for", "United States", "asserted",
  {"d7": "U.S. Defense Secretary Pete Hegseth"}, role="defense secretary")
R("Pete Hegseth", "visited", "Philippines", "negated",
  {"d7": "did not travel to the Philippines"}, t="2026-05")
R("China", "criticized", "United States", "asserted",
  {"d7": "over strong objections from Beijing"}, req=False, note="objections to the Typhon deployment")
R("Jiang Bin", "works_for", "Chinese Defence Ministry", "asserted",
  {"d7": "China's defence ministry spokesperson Jiang Bin"}, role="spokesperson", alt_o=["China"])
R("Jiang Bin", "criticized", "Philippines", "reported",
  {"d7": "accused Manila of \"inviting the wolf into the house\""},
  alt_s=["China", "Chinese Defence Ministry"], alt_o=["Manila"])
R("Jiang Bin", "threatened", "Philippines", "reported",
  {"d7": "He warned that \"those who play with fire will get burned\""}, req=False,
  alt_s=["China", "Chinese Defence Ministry"], alt_o=["Manila"])
R("United States", "party_to", "Enhanced Defense Cooperation Agreement", "asserted",
  {"d7": "the Enhanced Defense Cooperation Agreement, which the two countries signed in 2014"}, t="2014")
R("Philippines", "party_to", "Enhanced Defense Cooperation Agreement", "asserted",
  {"d7": "the Enhanced Defense Cooperation Agreement, which the two countries signed in 2014"}, t="2014")
R("United States", "signed_agreement_with", "Philippines", "asserted",
  {"d1": "The United States, which is bound to the Philippines by a 1951 Mutual Defense Treaty",
   "d7": "which the two countries signed in 2014"},
  note="d7: EDCA 2014 and 'a Mutual Defense Treaty signed in 1951'; d1: the 1951 treaty")
R("Camp Melchor Dela Cruz", "located_in", "Cagayan", "asserted",
  {"d7": "Camp Melchor Dela Cruz in Cagayan province"})
R("Japan Self-Defense Forces", "based_in", "Philippines", "negated",
  {"d7": "Japan had no plans to station troops permanently in the Philippines"},
  t="2026-05-12", implicit=("s",),
  note="Koizumi: no plans to station troops permanently")
R("Philippines", "in_conflict_with", "China", "hedged",
  {"d7": "the Philippines would almost certainly be dragged into any war over Taiwan"}, req=False,
  implicit=("o",), note="a war over Taiwan implies China")
R("China", "in_conflict_with", "Philippines", "asserted",
  {"d1": "a two-month standoff with the Philippine navy",
   "d7": "has since clashed repeatedly with Philippine vessels in the South China Sea"})
R("Romeo Brawner Jr.", "visited", "Basco", "asserted",
  {"d7": "he told reporters in Basco"}, req=False, t="2026-05-11")
R("Basco", "located_in", "Batanes", "asserted",
  {"d7": "near Basco, Batanes"}, req=False, note="photo caption")
R("Philippines", "borders", "Taiwan", "asserted",
  {"d7": "the waterway that separates the Philippines from Taiwan"}, req=False,
  note="maritime neighbours across the Luzon Strait")
R("Rommel Ocampo", "works_for", "Center for Archipelagic Security", "asserted",
  {"d7": "Rommel Ocampo, a defence analyst at the Manila-based Center for Archipelagic Security"},
  role="defence analyst")
R("Center for Archipelagic Security", "based_in", "Manila", "asserted",
  {"d7": "the Manila-based Center for Archipelagic Security"})

# ---- d8: Turkish drillship off Cyprus (HTML, 2026-09-15)
R("Alparslan Bayraktar", "works_for", "Turkey", "asserted",
  {"d8": "Turkish Energy Minister Alparslan Bayraktar"}, role="energy minister")
R("Turkish Petroleum Corporation", "based_in", "Turkey", "asserted",
  {"d8": "the state-owned Turkish Petroleum Corporation (TPAO)"}, req=False)
R("Nikos Christodoulides", "criticized", "Turkey", "reported",
  {"d8": "Cypriot President Nikos Christodoulides called the move \"a flagrant violation of international law\""},
  alt_s=["Cyprus"], t="2026-09-14")
R("Nikos Christodoulides", "contacted", "Antonio Costa", "reported",
  {"d8": "he had spoken by phone with European Council President Antonio Costa"}, t="2026-09-14",
  alt_o=["European Council"])
R("Nikos Christodoulides", "contacted", "Ursula von der Leyen", "reported",
  {"d8": "European Commission President Ursula von der Leyen on Monday evening"}, t="2026-09-14",
  alt_o=["European Commission"])
R("Antonio Costa", "head_of", "European Council", "asserted",
  {"d8": "European Council President Antonio Costa"}, role="president")
R("Ursula von der Leyen", "head_of", "European Commission", "asserted",
  {"d8": "European Commission President Ursula von der Leyen"}, role="president")
R("Kaja Kallas", "works_for", "European Union", "asserted",
  {"d8": "EU foreign policy chief Kaja Kallas"}, role="foreign policy chief")
R("European Union", "supported", "Cyprus", "reported",
  {"d8": "the bloc stood \"in full solidarity\" with Cyprus"}, alt_s=["Kaja Kallas"])
R("European Union", "sanctioned", "Turkey", "hedged",
  {"d8": "EU foreign ministers could discuss sanctions on Turkey when they meet in Brussels in October"},
  t="2026-10")
R("European Union", "sanctioned", "Turkish Petroleum Corporation", "asserted",
  {"d8": "in February 2020 it blacklisted two TPAO executives under it"}, t="2020-02",
  note="two executives of the company were blacklisted")
R("Kyriakos Mitsotakis", "contacted", "Nikos Christodoulides", "asserted",
  {"d8": "he had called Christodoulides to offer his support"}, t="2026-09")
R("Greece", "supported", "Cyprus", "reported",
  {"d8": "Greece would \"stand by Cyprus as always\""}, alt_s=["Kyriakos Mitsotakis"],
  alt_o=["Nikos Christodoulides"])
R("Greece", "met_with", "Benjamin Netanyahu", "hedged",
  {"d8": "Greece and Cyprus are expected to meet Israel's Prime Minister Benjamin Netanyahu in Nicosia in December"},
  t="2026-12", alt_s=["Kyriakos Mitsotakis"], alt_o=["Israel"])
R("Cyprus", "met_with", "Benjamin Netanyahu", "hedged",
  {"d8": "Greece and Cyprus are expected to meet Israel's Prime Minister Benjamin Netanyahu in Nicosia in December"},
  t="2026-12", alt_s=["Nikos Christodoulides"], alt_o=["Israel"])
R("Benjamin Netanyahu", "head_of", "Israel", "asserted",
  {"d8": "Israel's Prime Minister Benjamin Netanyahu"}, role="prime minister")
R("Benjamin Netanyahu", "visited", "Nicosia", "hedged",
  {"d8": "expected to meet Israel's Prime Minister Benjamin Netanyahu in Nicosia in December"},
  req=False, t="2026-12", alt_o=["Cyprus"])
R("Tufan Erhurman", "head_of", "Turkish Cypriot administration", "asserted",
  {"d8": "Tufan Erhurman, who heads the Turkish Cypriot administration"}, role="leader")
R("Turkey", "contacted", "Tufan Erhurman", "negated",
  {"d8": "he had not been consulted by Ankara about the timing of the drilling"},
  alt_o=["Turkish Cypriot administration"], note="reported by Erhurman")
R("Nikos Christodoulides", "met_with", "Antonio Guterres", "planned",
  {"d8": "Christodoulides and Erhurman are due to meet United Nations Secretary-General Antonio Guterres"},
  t="2026-09")
R("Tufan Erhurman", "met_with", "Antonio Guterres", "planned",
  {"d8": "Christodoulides and Erhurman are due to meet United Nations Secretary-General Antonio Guterres"},
  t="2026-09")
R("Nikos Christodoulides", "met_with", "Tufan Erhurman", "planned",
  {"d8": "Christodoulides and Erhurman are due to meet United Nations Secretary-General Antonio Guterres in New York later this month"},
  req=False, t="2026-09")
R("Antonio Guterres", "head_of", "United Nations", "asserted",
  {"d8": "United Nations Secretary-General Antonio Guterres"}, role="secretary-general")
R("Nikos Christodoulides", "visited", "New York", "planned",
  {"d8": "Antonio Guterres in New York later this month"}, req=False, t="2026-09")
R("Tufan Erhurman", "visited", "New York", "planned",
  {"d8": "Antonio Guterres in New York later this month"}, req=False, t="2026-09")
R("U.S. State Department", "criticized", "Turkey", "reported",
  {"d8": "The U.S. State Department said it was \"concerned\" by the deployment and urged Turkey to avoid \"provocative steps\""},
  alt_s=["United States"], t="2026-09")
R("United States", "sanctioned", "Cyprus", "asserted",
  {"d8": "The United States imposed an arms embargo on Cyprus in 1987"}, req=False, t="1987",
  note="lifted fully in 2022")
R("United States", "sanctioned", "Presidency of Defense Industries", "asserted",
  {"d8": "In December 2020 Washington sanctioned Turkey's defence procurement agency, the Presidency of Defense Industries"},
  t="2020-12", alt_o=["Turkey"])
R("Turkey", "imports_from", "Russia", "asserted",
  {"d8": "after Ankara bought S-400 air defence systems from Russia"}, commodity="S-400 air defence systems")
R("Egypt", "signed_agreement_with", "Greece", "asserted",
  {"d8": "Egypt, which signed a partial maritime boundary agreement with Greece in August 2020"}, t="2020-08")
R("Egypt", "party_to", "Egypt-Greece maritime boundary agreement", "asserted",
  {"d8": "a partial maritime boundary agreement with Greece"}, req=False, t="2020-08")
R("Greece", "party_to", "Egypt-Greece maritime boundary agreement", "asserted",
  {"d8": "a partial maritime boundary agreement with Greece"}, req=False, t="2020-08")
R("Egypt", "criticized", "Turkey", "negated",
  {"d8": "Egyptian officials did not criticise Turkey by name"})
R("Deniz Kaplan", "works_for", "Bosphorus Energy Institute", "asserted",
  {"d8": "Deniz Kaplan, an energy analyst at the Istanbul-based Bosphorus Energy Institute"},
  role="energy analyst")
R("Bosphorus Energy Institute", "based_in", "Istanbul", "asserted",
  {"d8": "the Istanbul-based Bosphorus Energy Institute"})


# --------------------------------------------------------------------------
# Text handling
# --------------------------------------------------------------------------

BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "figcaption", "div", "header",
         "figure", "section", "br", "article", "time", "ul", "ol"}


class ArticleText(html.parser.HTMLParser):
    """Visible text of the <article> element, one line per block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # inside <article>
        self.skip = 0       # inside script/style
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth and tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth and tag in BLOCK:
            self.parts.append("\n")
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)

    def text(self):
        lines = []
        for line in "".join(self.parts).split("\n"):
            line = re.sub(r"\s+", " ", line).strip()
            if line:
                lines.append(line)
        return "\n".join(lines) + "\n"


def clean_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = ArticleText()
        p.feed(raw)
        return p.text(), raw
    return raw, raw


ABBREV = {"U.S", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Adm", "Col", "St", "No",
          "Jr", "Sr", "a.m", "p.m", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep",
          "Sept", "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "vs", "e.g", "i.e"}


def sentence_bounds(text):
    """Start offsets of sentences: after newlines and after . ! ? (plus
    closing quotes) followed by space and a capital or an opening quote,
    unless the word before the stop is a known abbreviation."""
    starts = {0}
    for m in re.finditer(r"\n+", text):
        starts.add(m.end())
    for m in re.finditer(r"[.!?][\"\u201d')\]]*( +)(?=[A-Z\"\u201c(])", text):
        stop = m.start()
        word = re.search(r"([A-Za-z.]+)$", text[:stop])
        if word and text[stop] == "." and word.group(1) in ABBREV:
            continue
        starts.add(m.end())
    return sorted(starts)


def sentence_at(text, starts, begin, end):
    s = max(x for x in starts if x <= begin)
    later = [x for x in starts if x >= end]
    e = min(later) if later else len(text)
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIME_RE = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")


def valid_time(t):
    if not TIME_RE.match(t):
        return False
    try:
        if len(t) == 7:
            datetime.date.fromisoformat(t + "-01")
        elif len(t) == 10:
            datetime.date.fromisoformat(t)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def main():
    errors = []
    texts, titles = {}, {}

    # documents
    for key, (fname, style, published) in DOCS.items():
        path = os.path.join(CORPUS, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        text, raw = clean_text(path)
        texts[key] = text
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+\.(txt|html)", fname):
            errors.append(f"{fname}: file name is not lowercase words joined by _")
        if not ("2025-06" <= published[:7] <= "2026-11"):
            errors.append(f"{fname}: publication date {published} out of range")
        pub = datetime.date.fromisoformat(published)
        if style == "wire":
            m = re.match(r"([A-Z][A-Z ]+), ([A-Z][a-z]{2}) (\d{1,2}) \(([A-Za-z ]+)\) - ", text)
            if not m:
                errors.append(f"{fname}: wire dateline missing")
            else:
                if (MONTHS.get(m.group(2)), int(m.group(3))) != (pub.month, pub.day):
                    errors.append(f"{fname}: dateline {m.group(2)} {m.group(3)} != {published}")
                first_line = text.split("\n", 1)[0]
                if re.search(r"\b(19|20)\d\d\b", first_line[:m.end()]):
                    errors.append(f"{fname}: year in dateline")
                lead = text.split("\n\n", 1)[0]
                days = [d for d in WEEKDAYS if d in lead]
                if WEEKDAYS[pub.weekday()] not in days:
                    errors.append(f"{fname}: lead does not name the weekday {WEEKDAYS[pub.weekday()]}")
            last = text.strip().split("\n")[-1]
            if not re.fullmatch(r"\(Reporting by .*; Editing by .*\)", last):
                errors.append(f"{fname}: no bracketed credit line at the end")
            lead_text = text.split("\n")[0][m.end():] if m else text.split("\n")[0]
            titles[key] = lead_text if len(lead_text) <= 120 else lead_text[:120].rsplit(" ", 1)[0] + "..."
        elif style == "newspaper":
            lines = text.split("\n")
            if not (lines[1] == f"Published: {published}" and re.fullmatch(r"By [A-Z][a-z]+ [A-Z][a-z]+", lines[2])
                    and lines[3] == ""):
                errors.append(f"{fname}: newspaper header (title, Published, By, blank) wrong")
            titles[key] = lines[0]
        else:
            m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != published:
                errors.append(f"{fname}: <time datetime> != {published}")
            for needle in ("cookie", "<nav", "<article", "<h1>", "<figure", "<figcaption>",
                           'class="article-body"', "<aside", "newsletter", "<footer"):
                if needle not in raw.lower() and needle not in raw:
                    errors.append(f"{fname}: HTML lacks {needle}")
            titles[key] = re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1).strip()
        words = len(re.findall(r"[A-Za-z0-9'’-]+", text))
        if not 500 <= words <= 900:
            errors.append(f"{fname}: {words} words (want 500-900)")

    # entities
    ents, seen = {}, {}
    for name, typ, aliases, extra in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ents:
            errors.append(f"entity {name}: duplicate")
        ents[name] = (typ, aliases, extra)
        for a in [name] + aliases:
            k = norm(a)
            if k in seen and seen[k] != name:
                errors.append(f"alias {a!r} of {name} collides with {seen[k]}")
            seen[k] = name
        for a in aliases:
            if not any(a in t for t in texts.values()):
                errors.append(f"alias {a!r} of {name} occurs in no article")

    def mentioned(name, text):
        typ, aliases, extra = ents[name]
        low = text.lower()
        for form in [name] + aliases + extra:
            if re.search(r"(?<![A-Za-z])" + re.escape(form.lower()) + r"(?![A-Za-z])", low):
                return True
        return False

    # rows
    units = {}
    used = set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['m']})"
        if r["p"] not in SIGNATURES:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["m"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        if r["t"] is not None and not valid_time(r["t"]):
            errors.append(f"{tag}: bad time {r['t']}")
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in ents:
                errors.append(f"{tag}: unknown entity {n!r}")
        if any(n not in ents for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        for p in [r["p"]] + r["alt_p"]:
            if p not in SIGNATURES:
                errors.append(f"{tag}: unknown alt predicate {p}")
                continue
            subj_ok, obj_ok = SIGNATURES[p]
            for s in [r["s"]] + r["alt_s"]:
                if s in r["alt_s"] and METONYMS.get(s) == r["s"]:
                    continue
                if ents[s][0] not in subj_ok:
                    errors.append(f"{tag}: subject {s} ({ents[s][0]}) not allowed for {p}")
            for o in [r["o"]] + r["alt_o"]:
                if o in r["alt_o"] and METONYMS.get(o) == r["o"]:
                    continue
                if ents[o][0] not in obj_ok:
                    errors.append(f"{tag}: object {o} ({ents[o][0]}) not allowed for {p}")
        if r["role"] and r["p"] not in ("head_of", "works_for", "member_of"):
            errors.append(f"{tag}: role on {r['p']}")
        if r["commodity"] and r["p"] != "imports_from":
            errors.append(f"{tag}: commodity on {r['p']}")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, r["p"], o, POLARITY.get(r["m"]))
        if unit in units:
            errors.append(f"{tag}: same scoring unit as row {units[unit]}")
        units[unit] = i
        for d, phrase in r["ev"].items():
            if d not in texts:
                errors.append(f"{tag}: unknown document {d}")
                continue
            if phrase not in texts[d]:
                errors.append(f"{tag}: phrase not in {DOCS[d][0]}: {phrase!r}")
            for side, n in (("s", r["s"]), ("o", r["o"])):
                if side not in r["implicit"] and not mentioned(n, texts[d]):
                    errors.append(f"{tag}: {n} not mentioned in {DOCS[d][0]}")
        used.update([r["s"], r["o"]])

    for name in ents:
        if name not in used:
            errors.append(f"entity {name}: named by no gold fact")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} errors; nothing written")
        sys.exit(1)

    # outputs
    ent_lines = [json.dumps({"name": n, "type": ents[n][0], "aliases": ents[n][1]}, ensure_ascii=False)
                 for n, _, _, _ in ENTITIES]
    trip_lines, stmt_lines = [], []
    for r in ROWS:
        docs = [DOCS[d][0] for d in sorted(r["ev"])]
        first = r["ev"][sorted(r["ev"])[0]]
        note = f"'{first}'"
        if r["role"]:
            note += f"; role: {r['role']}"
        if r["commodity"]:
            note += f"; commodity: {r['commodity']}"
        if r["note"]:
            note += f"; {r['note']}"
        row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": docs, "modality": r["m"]}
        if r["t"]:
            row["time"] = r["t"]
        row["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        row["note"] = note
        trip_lines.append(json.dumps(row, ensure_ascii=False))
        for d in sorted(r["ev"]):
            text = texts[d]
            begin = text.index(r["ev"][d])
            stop = begin + len(r["ev"][d])
            ss, se = sentence_at(text, sentence_bounds(text), begin, stop)
            fname, style, published = DOCS[d]
            stmt_lines.append(json.dumps({
                "subject": r["s"], "subject_type": ents[r["s"]][0],
                "predicate": r["p"],
                "object": r["o"], "object_type": ents[r["o"]][0],
                "modality": r["m"], "time": r["t"] or "",
                "role": r["role"] or r["commodity"] or "",
                "confidence": 1.0,
                "source": "corpus/" + fname, "title": titles[d], "published": published,
                "sentence": text[ss:se], "start": ss, "end": se,
                "rule": "gold"}, ensure_ascii=False))

    for name, lines in (("entities.jsonl", ent_lines), ("triples.jsonl", trip_lines),
                        ("selfcheck_statements.jsonl", stmt_lines)):
        with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    mods = {}
    for r in ROWS:
        mods[r["m"]] = mods.get(r["m"], 0) + 1
    preds = sorted({r["p"] for r in ROWS})
    missing = sorted(set(SIGNATURES) - set(preds))
    print(f"rows={len(ROWS)} required={sum(r['req'] for r in ROWS)} entities={len(ENTITIES)} "
          f"statements={len(stmt_lines)} predicates={len(preds)}/{len(SIGNATURES)}")
    print("modalities:", " ".join(f"{k}={v}" for k, v in sorted(mods.items())))
    if missing:
        print("predicates not used:", " ".join(missing))
    per_doc = {}
    for r in ROWS:
        for d in r["ev"]:
            per_doc.setdefault(d, [0, 0])
            per_doc[d][0] += 1
            per_doc[d][1] += r["req"]
    for d in sorted(per_doc):
        print(f"  {DOCS[d][0]}: {per_doc[d][0]} ({per_doc[d][1]})")


if __name__ == "__main__":
    main()
