#!/usr/bin/env python3
"""The zzzg gold as data: checks it and writes the files the scorer reads.

Every row carries, per cited document, the exact words that state it (ev).
The builder checks the data and writes, next to corpus/:

    entities.jsonl              name, type, aliases
    triples.jsonl               s, p, o, docs, modality, time?, required,
                                alt_s?, alt_p?, alt_o?, note?
    selfcheck_statements.jsonl  one statement per row and cited document,
                                in the `kg export --format jsonl` shape

Usage:
    python3 -B tools/build_gold.py            # check, then write the files
    python3 -B tools/build_gold.py --check    # check only, write nothing
    python3 -B tools/build_gold.py --stats    # check, print the counts
    python3 -B tools/build_gold.py --selftest # break copies of the data and
                                              # show that every check fires
"""
import copy
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# ---------------------------------------------------------------------------
# The schema (shared/SCHEMA.md)

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ANY = None
P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
# predicate -> (subject types, object types); ANY where SCHEMA.md leaves it open
SIGNATURES = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, R, C}),
    "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}),
    "capital_of": ({CI}, {C, R}),
    "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({C}, {C}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "member_of", "based_in"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")

# ---------------------------------------------------------------------------
# The documents

DOCS = {
    "01": "01_iraq_turkey_pipeline.txt",
    "02": "02_erbil_drones_coalition.txt",
    "03": "03_suwalki_gap_exercise.txt",
    "04": "04_hormuz_shipping_analysis.txt",
    "05": "05_baltic_grid_anniversary.txt",
    "06": "06_narva_border_history.txt",
    "07": "07_kurdistan_feature.html",
    "08": "08_belarus_border_balloons.html",
}
TITLES = {
    "01": "Turkey and Iraq sign pipeline deal days before half-century-old treaty lapses",
    "02": "Drones strike near Erbil airport days before last coalition troops leave",
    "03": "NATO chief visits Lithuania as German brigade drills in Suwalki gap",
    "04": "Through the Strait of Hormuz, a calm that nobody on the bridge trusts",
    "05": "A year off Moscow's grid, the Baltics learn what energy independence costs",
    "06": "On the Narva River, a border that was never quite agreed",
    "07": "After the PKK lays down its guns, Iraqi Kurdistan counts the cost of other wars",
    "08": "Lithuania and Latvia shut Belarus crossings after new wave of smuggling balloons",
}
PUBLISHERS = {"01": "Meridian", "02": "Meridian", "03": "Northlight",
              "04": "(newspaper)", "05": "(newspaper)", "06": "(newspaper)",
              "07": "The Levant Courier", "08": "Baltic Ledger"}

# ---------------------------------------------------------------------------
# The entities: (name, type, aliases)

ENTITIES = [
    # people
    ("Alparslan Bayraktar", P, ["Bayraktar"]),
    ("Assem Jihad", P, ["Asim Jihad", "Assim Jihad"]),
    ("Peshawa Hawramani", P, ["Hawramani"]),
    ("Recep Tayyip Erdogan", P, ["Tayyip Erdogan", "Erdogan", "Recep Tayyip Erdoğan", "Erdoğan", "President Tayyip Erdogan"]),
    ("Karwan Salih", P, []),
    ("Masrour Barzani", P, ["Barzani", "Masrur Barzani"]),
    ("Nechirvan Barzani", P, []),
    ("Mark Savaya", P, ["Savaya"]),
    ("Hemin Qadir", P, ["Colonel Hemin Qadir", "Qadir"]),
    ("Ari Mohammed", P, []),
    ("Mark Rutte", P, ["Rutte"]),
    ("Gitanas Nausėda", P, ["Gitanas Nauseda", "Nauseda", "Nausėda", "President Gitanas Nauseda"]),
    ("Friedrich Merz", P, ["Merz", "Chancellor Friedrich Merz"]),
    ("Boris Pistorius", P, ["Pistorius"]),
    ("Dmitry Peskov", P, ["Peskov", "Dmitri Peskov"]),
    ("Alexander Lukashenko", P, ["Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka"]),
    ("Vladimir Putin", P, ["Putin", "President Vladimir Putin"]),
    ("Rajan Pillai", P, ["Pillai", "Captain Rajan Pillai"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump"]),
    ("Badr Albusaidi", P, ["Albusaidi", "Badr al-Busaidi", "Badr bin Hamad Albusaidi"]),
    ("Abbas Araghchi", P, ["Araghchi"]),
    ("Ursula von der Leyen", P, ["von der Leyen"]),
    ("Svetlana Orlova", P, ["Orlova"]),
    ("Artjom Orlov", P, ["Orlov"]),
    ("Margus Tsahkna", P, ["Tsahkna"]),
    ("Kristen Michal", P, ["Michal"]),
    ("Urmas Paet", P, ["Paet"]),
    ("Sergei Lavrov", P, ["Lavrov", "Sergey Lavrov"]),
    ("Alar Karis", P, ["Karis"]),
    ("Sherzad Omar", P, []),
    ("Abdullah Ocalan", P, ["Ocalan", "Öcalan", "Abdullah Öcalan"]),
    ("Peshraw Dizayee", P, ["Dizayee"]),
    ("Hakan Fidan", P, ["Fidan"]),
    ("Bafel Talabani", P, ["Talabani", "Bafel Jalal Talabani"]),
    ("Inga Ruginienė", P, ["Inga Ruginiene", "Ruginiene", "Ruginienė"]),
    ("Evika Siliņa", P, ["Evika Silina", "Silina", "Siliņa"]),
    ("Tomas Jankauskas", P, ["Jankauskas"]),
    ("Kęstutis Budrys", P, ["Kestutis Budrys", "Budrys"]),
    ("Kaja Kallas", P, ["Kallas"]),
    ("Edgars Rinkēvičs", P, ["Edgars Rinkevics", "Rinkevics", "Rinkēvičs"]),
    # countries
    ("Turkey", C, ["Türkiye", "Turkiye", "Ankara", "Republic of Turkey", "Turkish government"]),
    ("Iraq", C, ["Republic of Iraq", "Iraqi government", "federal government", "federal Iraq"]),
    ("Qatar", C, ["Doha", "State of Qatar"]),
    ("United Arab Emirates", C, ["UAE", "U.A.E.", "the Emirates"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington",
                          "U.S. government", "Trump administration"]),
    ("Iran", C, ["Islamic Republic of Iran", "Tehran"]),
    ("Jordan", C, []),
    ("Syria", C, []),
    ("Israel", C, ["State of Israel"]),
    ("Oman", C, ["Sultanate of Oman"]),
    ("India", C, ["Indian"]),
    ("China", C, ["People's Republic of China", "PRC", "Beijing"]),
    ("Saudi Arabia", C, ["Riyadh", "Kingdom of Saudi Arabia"]),
    ("Bahrain", C, []),
    ("Egypt", C, ["Cairo"]),
    ("Lithuania", C, ["Republic of Lithuania"]),
    ("Latvia", C, ["Republic of Latvia"]),
    ("Estonia", C, ["Republic of Estonia", "Estonian"]),
    ("Poland", C, ["Warsaw"]),
    ("Russia", C, ["Russian Federation", "Kremlin", "Russian government"]),
    ("Belarus", C, ["Minsk", "Republic of Belarus"]),
    ("Germany", C, ["Federal Republic of Germany", "Berlin"]),
    ("Ukraine", C, ["Kyiv"]),
    ("Finland", C, ["Helsinki"]),
    ("Sweden", C, ["Stockholm"]),
    ("Norway", C, ["Oslo"]),
    ("Canada", C, []),
    ("Soviet Union", C, ["USSR", "U.S.S.R."]),
    ("Soviet Russia", C, ["Russian SFSR", "RSFSR", "Bolshevik Russia"]),
    # organizations
    ("Kurdistan Regional Government", O, ["KRG", "regional government", "Kurdish regional government"]),
    ("Iraqi Oil Ministry", O, ["oil ministry", "federal oil ministry", "Iraq's oil ministry", "Ministry of Oil"]),
    ("International Chamber of Commerce", O, ["ICC"]),
    ("SOMO", O, ["State Organization for Marketing of Oil", "State Oil Marketing Organization"]),
    ("Association of the Petroleum Industry of Kurdistan", O, ["APIKUR"]),
    ("Kataib Hezbollah", O, ["Kata'ib Hezbollah", "Kataib Hizbullah", "Kata'ib Hizballah"]),
    ("U.S.-led coalition", O, ["coalition", "US-led coalition", "U.S.-led coalition against Islamic State",
                               "Global Coalition against Daesh", "Global Coalition to Defeat ISIS"]),
    ("Islamic State", O, ["ISIS", "ISIL", "Daesh", "Islamic State militants"]),
    ("Popular Mobilization Forces", O, ["PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi"]),
    ("Harakat al-Nujaba", O, ["Nujaba", "al-Nujaba"]),
    ("U.S. Treasury", O, ["Treasury", "US Treasury", "U.S. Treasury Department", "Treasury Department",
                          "Department of the Treasury"]),
    ("Peshmerga", O, ["Kurdish Peshmerga", "Peshmerga forces"]),
    ("NATO", O, ["North Atlantic Treaty Organization", "alliance", "North Atlantic Alliance"]),
    ("European Union", O, ["EU", "bloc"]),
    ("45th Armoured Brigade", O, ["Panzerbrigade 45", "45th Armored Brigade", "Lithuania Brigade",
                                  "German brigade", "Germany's 45th Armoured Brigade"]),
    ("Fifth Fleet", O, ["U.S. Fifth Fleet", "US Fifth Fleet", "U.S. Navy's Fifth Fleet"]),
    ("European Commission", O, ["Commission"]),
    ("Kurdistan Workers' Party", O, ["PKK", "Kurdistan Workers Party"]),
    ("Islamic Revolutionary Guard Corps", O, ["IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards",
                                              "Guards", "Revolutionary Guard"]),
    ("UN Security Council", O, ["United Nations Security Council", "Security Council", "UNSC"]),
    ("Democratic Party of Iranian Kurdistan", O, ["KDPI", "PDKI"]),
    ("Patriotic Union of Kurdistan", O, ["PUK"]),
    ("Kurdistan Democratic Party", O, ["KDP"]),
    ("Multinational Brigade Latvia", O, ["NATO brigade", "NATO Multinational Brigade Latvia",
                                         "Canadian-led brigade"]),
    # cities
    ("Erbil", CI, ["Arbil", "Hewler"]),
    ("Baghdad", CI, []),
    ("Paris", CI, []),
    ("Sulaimaniyah", CI, ["Sulaymaniyah", "Suleimaniyah", "Slemani"]),
    ("Ceyhan", CI, []),
    ("Mosul", CI, []),
    ("Makhmour", CI, ["Makhmur"]),
    ("Vilnius", CI, []),
    ("Rudninkai", CI, ["Rūdninkai"]),
    ("Dubai", CI, []),
    ("Fujairah", CI, []),
    ("Klaipeda", CI, ["Klaipėda"]),
    ("Riga", CI, []),
    ("Tallinn", CI, []),
    ("Narva", CI, []),
    ("Sillamae", CI, ["Sillamäe"]),
    ("Moscow", CI, []),
    ("Kani Masi", CI, []),
    ("Koya", CI, ["Koye", "Koysinjaq"]),
    ("Kirkuk", CI, []),
    ("Marijampole", CI, ["Marijampolė"]),
    ("Kraslava", CI, ["Krāslava"]),
    ("Adazi", CI, ["Ādaži"]),
    # regions
    ("Kurdistan Region", R, ["Kurdistan", "Iraqi Kurdistan", "Kurdistan region of Iraq", "Kurdish region",
                             "KRI", "Iraq's Kurdish north"]),
    ("Kaliningrad", R, ["Kaliningrad Oblast", "Kaliningrad region"]),
    ("Suwalki Gap", R, ["Suwałki gap", "Suwalki corridor"]),
    ("Baltic states", R, ["Baltics", "Baltic countries", "Baltic nations", "three Baltic states"]),
    ("Strait of Hormuz", R, ["Hormuz", "Hormuz Strait"]),
    ("Musandam", R, ["Musandam Peninsula", "Musandam Governorate"]),
    ("Gulf of Finland", R, []),
    ("Ida-Viru County", R, ["Ida-Viru", "Ida-Virumaa"]),
    ("Duhok province", R, ["Duhok", "Dohuk", "Duhok Governorate"]),
    ("Qandil Mountains", R, ["Qandil"]),
    # facilities
    ("Erbil International Airport", F, ["Erbil airport"]),
    ("Tower 22", F, []),
    ("Grand Faw", F, ["Grand Faw port", "port of Grand Faw", "Faw port"]),
    ("Fordow", F, ["Fordo", "Fordow enrichment plant"]),
    ("Al Udeid Air Base", F, ["Al Udeid", "Al-Udeid"]),
    ("Balticconnector", F, []),
    ("Klaipeda LNG terminal", F, ["LNG terminal at Klaipeda", "Independence"]),
    ("Narva Castle", F, []),
    ("Imrali", F, ["Imrali prison", "İmralı"]),
    ("Bashiqa base", F, ["Bashiqa", "Zilkan base"]),
    # agreements
    ("Iraq-Turkey Crude Oil Pipeline Agreement", A, ["1973 pipeline agreement", "1973 treaty",
                                                     "Iraq-Turkey pipeline agreement"]),
    ("Development Road memorandum", A, ["Development Road", "Development Road agreement"]),
    ("Israel-Iran ceasefire", A, ["ceasefire", "June 2025 ceasefire"]),
    ("Joint Comprehensive Plan of Action", A, ["JCPOA", "2015 nuclear deal", "Iran nuclear deal", "nuclear deal"]),
    ("Beijing agreement", A, ["Saudi-Iran agreement", "Beijing deal"]),
    ("BRELL", A, ["BRELL ring", "BRELL agreement"]),
    ("Ottawa Convention", A, ["Ottawa Treaty", "Mine Ban Treaty", "anti-personnel mine ban convention"]),
    ("Treaty of Tartu", A, ["Tartu Peace Treaty", "1920 Treaty of Tartu"]),
    ("Estonia-Russia border treaty", A, ["border treaty", "Estonian-Russian border treaty"]),
    ("Iraq-Iran border security agreement", A, ["border security agreement", "Iraq-Iran security agreement"]),
]

# ---------------------------------------------------------------------------
# The rows

ROWS = []


def row(s, p, o, m, t, req, ev, note=None, alt_s=None, alt_p=None, alt_o=None, role="", commodity=""):
    ROWS.append({"s": s, "p": p, "o": o, "modality": m, "time": t, "required": req,
                 "ev": ev, "note": note, "alt_s": alt_s, "alt_p": alt_p, "alt_o": alt_o,
                 "role": role, "commodity": commodity})


# --- 01 Iraq-Turkey pipeline (wire, 2026-07-21) ---------------------------
row("Turkey", "signed_agreement_with", "Iraq", "asserted", "2026-07-21", True,
    {"01": ["Turkey and Iraq signed a new energy agreement on Tuesday",
            "Iraq and Turkey signed a memorandum on the project"]},
    note="the new pipeline deal on Tuesday; also the April 2024 Development Road memorandum")
row("Alparslan Bayraktar", "works_for", "Turkey", "asserted", None, True,
    {"01": "Turkish Energy Minister Alparslan Bayraktar"}, role="energy minister")
row("Iraq", "negotiating_with", "Turkey", "asserted", "2026-07", True,
    {"01": "with Iraq's oil minister after three days of talks"})
row("Turkey", "negotiating_with", "Iraq", "planned", "2026", True,
    {"01": "which the two governments would start discussing in the autumn"},
    note="gas talks due in the autumn")
row("Turkey", "imports_from", "Iraq", "planned", "2026", True,
    {"01": "Ankara also wanted to buy Iraqi gas"}, commodity="gas",
    note="reported wish ('He said Ankara also wanted')")
row("Turkey", "imports_from", "Iraq", "asserted", None, True,
    {"01": "Turkey itself buys part of that crude for its refineries"}, commodity="crude oil",
    alt_o=["Kurdistan Region"], note="the crude is Kurdish and federal Iraqi oil")
row("Turkey", "party_to", "Iraq-Turkey Crude Oil Pipeline Agreement", "asserted", "1973", True,
    {"01": ["Turkey announced in July 2025 that it would terminate the 1973 pipeline agreement",
            "Turkey had breached the old treaty"]},
    note="party until the treaty expires on July 27, 2026; the announced termination is not a present negation")
row("Iraq", "party_to", "Iraq-Turkey Crude Oil Pipeline Agreement", "asserted", "1973", False,
    {"01": "the 1973 treaty that has governed the line"}, note="implied: the other party of the treaty")
row("Assem Jihad", "works_for", "Iraqi Oil Ministry", "asserted", None, True,
    {"01": "Oil ministry spokesman Assem Jihad"}, alt_o=["Iraq"], role="spokesman")
row("International Chamber of Commerce", "based_in", "Paris", "asserted", None, True,
    {"01": "The International Chamber of Commerce in Paris"})
row("Kurdistan Region", "located_in", "Iraq", "asserted", None, True,
    {"01": "the semi-autonomous Kurdistan region of northern Iraq", "02": "Iraq's Kurdistan region"})
row("Iraqi Oil Ministry", "signed_agreement_with", "Kurdistan Regional Government", "asserted", "2025-09", True,
    {"01": "a deal between the federal oil ministry, the regional government in Erbil and foreign producers"},
    alt_s=["Iraq"], alt_o=["Erbil"], note="the deal that restarted Kurdish exports in September 2025")
row("Kurdistan Regional Government", "based_in", "Erbil", "asserted", None, True,
    {"01": "the regional government in Erbil"})
row("SOMO", "based_in", "Baghdad", "asserted", None, True,
    {"01": "SOMO, the Baghdad-based state oil marketer"})
row("Ceyhan", "located_in", "Turkey", "asserted", None, True,
    {"01": "the Turkish port of Ceyhan"})
row("Kurdistan Regional Government", "negotiating_with", "Turkey", "negated", None, True,
    {"01": "The Kurdistan Regional Government took no part in this week's talks"},
    alt_o=["Iraq"], note="the talks were Turkey-Iraq; 'took no part in'")
row("Peshawa Hawramani", "works_for", "Kurdistan Regional Government", "asserted", None, True,
    {"01": "its spokesman Peshawa Hawramani"}, role="spokesman")
row("Association of the Petroleum Industry of Kurdistan", "criticized", "Iraq", "asserted", "2026-07-20", True,
    {"01": "accused Baghdad on Monday of falling months behind on payments"}, alt_o=["Baghdad"])
row("Grand Faw", "located_in", "Iraq", "asserted", None, True,
    {"01": "the Iraqi port of Grand Faw"})
for _c in ("Iraq", "Turkey"):
    row(_c, "party_to", "Development Road memorandum", "asserted", "2024-04", True,
        {"01": "Iraq and Turkey signed a memorandum on the project in Baghdad in April 2024"},
        note="coordinated subject")
row("Recep Tayyip Erdogan", "visited", "Baghdad", "asserted", "2024-04", True,
    {"01": "in Baghdad in April 2024, during a visit by President Tayyip Erdogan"}, alt_o=["Iraq"])
row("Recep Tayyip Erdogan", "head_of", "Turkey", "asserted", None, True,
    {"01": "President Tayyip Erdogan"}, role="president")
row("Turkey", "borders", "Kurdistan Region", "asserted", None, True,
    {"01": "Turkey, which borders Iraq's Kurdish north", "07": "which borders Turkey to the north"},
    alt_o=["Iraq"])
row("Turkey", "trades_with", "Iraq", "asserted", None, True,
    {"01": "is one of Iraq's biggest trading partners"})
row("Karwan Salih", "lives_in", "Sulaimaniyah", "asserted", None, True,
    {"01": "Karwan Salih, an energy analyst who lives in Sulaimaniyah"})

# --- 02 Erbil drones and the coalition (wire, 2026-09-08) -----------------
row("Kataib Hezbollah", "attacked", "Erbil International Airport", "reported", "2026-09-07", True,
    {"02": "The officials blamed Kataib Hezbollah, an Iran-backed armed group, for the attack on the airport"},
    note="Kurdish officials' charge; the group denies it (next row)")
row("Kataib Hezbollah", "attacked", "Erbil International Airport", "negated", None, True,
    {"02": "The group denied on Tuesday that it had attacked the airport"})
row("Iran", "supported", "Kataib Hezbollah", "asserted", None, True,
    {"02": "Kataib Hezbollah, an Iran-backed armed group"})
row("Erbil International Airport", "located_in", "Erbil", "asserted", None, True,
    {"02": "the airport, which has hosted coalition forces in the regional capital Erbil"})
row("U.S.-led coalition", "based_in", "Erbil", "asserted", None, True,
    {"02": "has hosted coalition forces in the regional capital Erbil since 2014"})
row("Erbil", "capital_of", "Kurdistan Region", "asserted", None, True,
    {"02": "the regional capital Erbil"})
row("U.S.-led coalition", "in_conflict_with", "Islamic State", "asserted", "2014", True,
    {"02": "the U.S.-led coalition against Islamic State"})
row("United States", "member_of", "U.S.-led coalition", "asserted", None, False,
    {"02": "the U.S.-led coalition"}, note="'U.S.-led': leads it")
row("Islamic State", "took_control_of", "Mosul", "asserted", "2014", True,
    {"02": "Islamic State fighters seized Mosul, Iraq's second-largest city"})
row("Mosul", "located_in", "Iraq", "asserted", None, True,
    {"02": "Mosul, Iraq's second-largest city"})
row("Iraq", "took_control_of", "Mosul", "asserted", "2017-07", True,
    {"02": "Iraqi forces retook Mosul in July 2017"})
row("U.S.-led coalition", "supported", "Iraq", "asserted", "2017-07", True,
    {"02": "Iraqi forces retook Mosul in July 2017 with coalition air support"})
row("Iraq", "signed_agreement_with", "United States", "asserted", "2024-09", True,
    {"02": "Under an agreement that Baghdad and Washington reached in September 2024"}, alt_s=["Baghdad"])
row("Iraq", "borders", "Syria", "asserted", None, True,
    {"02": "operations against Islamic State in neighbouring Syria"})
row("Kataib Hezbollah", "member_of", "Popular Mobilization Forces", "asserted", None, True,
    {"02": "Kataib Hezbollah, which belongs to the state-funded Popular Mobilization Forces"})
row("United States", "sanctioned", "Kataib Hezbollah", "asserted", "2009", True,
    {"02": "was designated a terrorist organisation by the United States in 2009"},
    note="terrorist designation, stated in the passive")
row("United States", "criticized", "Kataib Hezbollah", "asserted", "2024", True,
    {"02": "Washington has also blamed the group"})
row("Kataib Hezbollah", "attacked", "Tower 22", "reported", "2024-01", True,
    {"02": "blamed the group for a drone strike on the Tower 22 outpost in Jordan"})
row("Tower 22", "located_in", "Jordan", "asserted", None, True,
    {"02": "the Tower 22 outpost in Jordan"})
row("United States", "attacked", "Kataib Hezbollah", "asserted", "2024-02", True,
    {"02": "The United States hit back with strikes on the group in Iraq and Syria the following month"},
    note="'the following month' after January 2024")
row("Iran", "allied_with", "Harakat al-Nujaba", "asserted", None, False,
    {"02": "Harakat al-Nujaba, another faction aligned with Tehran"}, alt_p=["supported"])
row("Harakat al-Nujaba", "threatened", "United States", "asserted", None, True,
    {"02": "has threatened the United States with \"a war of attrition\""})
row("Masrour Barzani", "head_of", "Kurdistan Regional Government", "asserted", None, True,
    {"02": "Masrour Barzani, prime minister of the Kurdistan Regional Government",
     "07": "The regional government, led by Prime Minister Masrour Barzani"}, role="prime minister")
row("Masrour Barzani", "criticized", "Iraq", "asserted", "2026-09-08", True,
    {"02": "accused Baghdad on Tuesday of failing to rein in armed factions"}, alt_o=["Baghdad"])
row("Mark Savaya", "works_for", "United States", "asserted", None, True,
    {"02": "U.S. special envoy to Iraq Mark Savaya"}, alt_o=["Donald Trump"], role="special envoy to Iraq")
row("Mark Savaya", "contacted", "Masrour Barzani", "reported", "2026-09-08", True,
    {"02": "Mark Savaya spoke by phone with Barzani on Tuesday, the regional government said"})
row("U.S. Treasury", "sanctioned", "Kataib Hezbollah", "asserted", "2026-09-08", True,
    {"02": "the U.S. Treasury imposed sanctions on Kataib Hezbollah's economic office"}, alt_s=["United States"])
row("Islamic State", "killed", "Hemin Qadir", "reported", "2026-09-05", True,
    {"02": "Islamic State militants killed a Peshmerga officer, Colonel Hemin Qadir"},
    note="'on Saturday' before Tuesday Sep 8")
row("Hemin Qadir", "works_for", "Peshmerga", "asserted", None, True,
    {"02": "a Peshmerga officer, Colonel Hemin Qadir"}, role="colonel")
row("Islamic State", "attacked", "Peshmerga", "asserted", "2026-09-05", True,
    {"02": ["in an ambush near Makhmour", "its cells still attack Peshmerga and army posts"]},
    note="the ambush (reported by officials) and the continuing attacks (asserted)")
row("Ari Mohammed", "lives_in", "Makhmour", "asserted", None, True,
    {"02": "Ari Mohammed, a 41-year-old shopkeeper who lives in Makhmour"})
row("United States", "supported", "Peshmerga", "asserted", "2016", True,
    {"02": "U.S. support for the Peshmerga, which has received American weapons and salaries since 2016"})

# --- 03 Suwalki gap exercise (wire, 2026-04-14) ---------------------------
row("Mark Rutte", "head_of", "NATO", "asserted", None, True,
    {"03": "NATO Secretary-General Mark Rutte"}, role="secretary-general")
row("Gitanas Nausėda", "head_of", "Lithuania", "asserted", None, True,
    {"03": "Lithuanian President Gitanas Nauseda", "05": "Lithuanian President Gitanas Nauseda"}, role="president")
row("Mark Rutte", "met_with", "Gitanas Nausėda", "asserted", "2026-04-14", True,
    {"03": "Mark Rutte met Lithuanian President Gitanas Nauseda in Vilnius on Tuesday"})
row("Mark Rutte", "visited", "Vilnius", "asserted", "2026-04-14", True,
    {"03": "met Lithuanian President Gitanas Nauseda in Vilnius on Tuesday"}, alt_o=["Lithuania"])
row("Lithuania", "borders", "Poland", "asserted", None, True,
    {"03": "a roughly 65-km stretch of the Polish-Lithuanian border"})
row("Suwalki Gap", "borders", "Belarus", "asserted", None, False,
    {"03": "squeezed between Belarus and Kaliningrad"})
row("Suwalki Gap", "borders", "Kaliningrad", "asserted", None, False,
    {"03": "squeezed between Belarus and Kaliningrad"})
row("Kaliningrad", "located_in", "Russia", "asserted", None, True,
    {"03": "Kaliningrad, a Russian exclave on the Baltic Sea",
     "05": "Kaliningrad, the Russian exclave wedged between Lithuania and Poland",
     "08": "sanctioned goods to the Russian exclave"})
row("Russia", "took_control_of", "Suwalki Gap", "hedged", None, False,
    {"03": "NATO planners have long feared that Russian and Belarusian forces could try to seal it"},
    note="a fear of planners; 'seal' read as seize")
row("Belarus", "took_control_of", "Suwalki Gap", "hedged", None, False,
    {"03": "NATO planners have long feared that Russian and Belarusian forces could try to seal it"},
    note="a fear of planners; 'seal' read as seize")
row("Russia", "blockaded", "Baltic states", "hedged", None, False,
    {"03": "cut off Estonia, Latvia and Lithuania by land"}, alt_o=["Estonia", "Latvia", "Lithuania"])
row("45th Armoured Brigade", "based_in", "Rudninkai", "asserted", None, True,
    {"03": "the brigade at its base in Rudninkai"})
row("Friedrich Merz", "head_of", "Germany", "asserted", None, True,
    {"03": "Chancellor Friedrich Merz"}, role="chancellor")
row("Friedrich Merz", "visited", "Vilnius", "asserted", "2025-05", True,
    {"03": "formally commissioned in Vilnius in May 2025 in the presence of Chancellor Friedrich Merz"},
    alt_o=["Lithuania"])
row("Boris Pistorius", "works_for", "Germany", "asserted", None, True,
    {"03": "German Defence Minister Boris Pistorius"}, role="defence minister")
row("Boris Pistorius", "visited", "Rudninkai", "planned", "2026-05", True,
    {"03": "Boris Pistorius plans to visit the brigade at its base in Rudninkai"}, alt_o=["Lithuania"])
row("Vilnius", "capital_of", "Lithuania", "asserted", None, True,
    {"03": "the Lithuanian capital Vilnius"})
row("Rudninkai", "located_in", "Lithuania", "asserted", None, False,
    {"03": "Rudninkai, south of the Lithuanian capital Vilnius"})
row("Ukraine", "candidate_for", "NATO", "asserted", "2022", True,
    {"03": "Ukraine, which applied to join NATO and the European Union in 2022"})
row("Ukraine", "candidate_for", "European Union", "asserted", "2022", True,
    {"03": "Ukraine, which applied to join NATO and the European Union in 2022"})
row("Lithuania", "supported", "Ukraine", "asserted", "2026-04", True,
    {"03": "He also repeated Lithuania's call for Ukraine"}, alt_s=["Gitanas Nausėda"],
    note="the call for Ukraine to be invited into NATO")
row("Lithuania", "member_of", "NATO", "asserted", None, True,
    {"03": "Lithuania joined NATO in 2004"})
row("Latvia", "member_of", "NATO", "asserted", None, True,
    {"03": "Lithuania joined NATO in 2004, along with Latvia and Estonia"})
row("Estonia", "member_of", "NATO", "asserted", None, True,
    {"03": "Lithuania joined NATO in 2004, along with Latvia and Estonia",
     "06": "Estonia joined the alliance in 2004"})
row("Poland", "member_of", "NATO", "asserted", None, True,
    {"03": "Poland has been a member of the alliance since 1999"})
row("Dmitry Peskov", "works_for", "Russia", "asserted", None, True,
    {"03": "Kremlin spokesman Dmitry Peskov"}, alt_o=["Vladimir Putin"], role="Kremlin spokesman")
row("Dmitry Peskov", "criticized", "NATO", "asserted", "2026-04", True,
    {"03": ["Moscow condemned the drills", "Dmitry Peskov accused NATO of \"rehearsing an attack on Kaliningrad\""]},
    alt_s=["Russia", "Moscow"])
row("Alexander Lukashenko", "head_of", "Belarus", "asserted", None, True,
    {"03": "Belarusian President Alexander Lukashenko",
     "08": "Belarusian leader Alexander Lukashenko, who has ruled the country since 1994"}, role="president")
row("Alexander Lukashenko", "allied_with", "Vladimir Putin", "asserted", None, True,
    {"03": "Alexander Lukashenko, Vladimir Putin's closest ally"}, alt_s=["Belarus"], alt_o=["Russia"])
row("Lithuania", "blockaded", "Kaliningrad", "negated", None, True,
    {"03": "Vilnius had never blockaded Kaliningrad", "08": "Vilnius rejected the charge"}, alt_s=["Vilnius"])
row("Russia", "supported", "Belarus", "asserted", "2023", False,
    {"03": "Moscow moved tactical nuclear weapons to Belarus in 2023"}, alt_s=["Moscow"],
    alt_p=["allied_with"])
for _c in ("Poland", "Lithuania", "Latvia", "Estonia"):
    row(_c, "party_to", "Ottawa Convention", "negated", None, True,
        {"03": "Poland, Lithuania, Latvia and Estonia have all left the Ottawa Convention"},
        note="'have all left': no longer a party")
row("Russia", "in_conflict_with", "Ukraine", "asserted", None, True,
    {"03": "Russia's war in Ukraine"}, alt_p=["attacked"])

# --- 04 Strait of Hormuz (newspaper, 2026-03-17) ------------------------
row("Rajan Pillai", "citizen_of", "India", "asserted", None, True,
    {"04": "said Pillai, an Indian national"})
row("Rajan Pillai", "lives_in", "Dubai", "asserted", None, True,
    {"04": "an Indian national who lives in Dubai"})
row("Musandam", "located_in", "Oman", "asserted", None, True,
    {"04": "the Omani enclave of Musandam"})
row("Iran", "blockaded", "Strait of Hormuz", "negated", None, True,
    {"04": ["No state has ever closed it", "Iran has never blockaded the strait"]})
row("Iran", "blockaded", "Strait of Hormuz", "hedged", None, True,
    {"04": "Analysts say Tehran could still try to choke the waterway"})
row("Iran", "in_conflict_with", "Iraq", "asserted", "198", True,
    {"04": "the Iran-Iraq war"}, note="1980-88")
row("Israel", "attacked", "Iran", "asserted", "2025-06", True,
    {"04": "In June 2025 Israel attacked Iran's nuclear and military sites"})
row("United States", "attacked", "Fordow", "asserted", "2025-06", True,
    {"04": "the United States bombed Iran's underground enrichment plant at Fordow nine days later"},
    alt_o=["Iran"])
row("Fordow", "located_in", "Iran", "asserted", None, True,
    {"04": "Iran's underground enrichment plant at Fordow"})
row("Iran", "attacked", "Al Udeid Air Base", "asserted", "2025-06", True,
    {"04": "Tehran answered by firing missiles at Al Udeid Air Base in Qatar"}, alt_o=["Qatar"])
row("Al Udeid Air Base", "located_in", "Qatar", "asserted", None, True,
    {"04": "Al Udeid Air Base in Qatar"})
row("Qatar", "criticized", "Iran", "asserted", "2025-06", True,
    {"04": "Qatar condemned the strike"})
row("United States", "brokered", "Israel-Iran ceasefire", "asserted", "2025-06", True,
    {"04": "a ceasefire that Washington brokered"})
row("Israel", "in_conflict_with", "Iran", "asserted", "2025-06", False,
    {"04": "during the June war"}, note="'the June war' after the strikes")
row("China", "imports_from", "Iran", "asserted", None, True,
    {"04": "its own exports, most of which go to China"}, commodity="oil")
row("United States", "sanctioned", "Iran", "asserted", "2018", True,
    {"04": "The United States has sanctioned Iran's oil sector since 2018"})
row("Donald Trump", "head_of", "United States", "asserted", None, True,
    {"04": "President Donald Trump"}, role="president")
row("United States", "party_to", "Joint Comprehensive Plan of Action", "negated", None, True,
    {"04": "President Donald Trump pulled out of the 2015 nuclear deal"}, alt_s=["Donald Trump"],
    note="'pulled out of' (2018)")
for _c in ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"):
    row(_c, "blockaded", "Qatar", "asserted", "2017-06", True,
        {"04": "cut ties with Qatar in June 2017 and blockaded it by land, sea and air"},
        note="four-way coordinated subject")
    row(_c, "criticized", "Qatar", "asserted", "2017-06", True,
        {"04": "accusing Doha of backing terrorism"}, note="participle clause, subject from the main clause")
    row(_c, "normalized_relations_with", "Qatar", "asserted", "2021-01", True,
        {"04": "The four restored relations with Qatar in January 2021"}, note="'The four': coreference")
row("Saudi Arabia", "diplomatic_relations_with", "Iran", "negated", None, True,
    {"04": "which had no diplomatic relations after Saudi Arabia cut ties in 2016"},
    note="the state between 2016 and 2023")
row("Saudi Arabia", "diplomatic_relations_with", "Iran", "asserted", None, False,
    {"04": "The two rivals reopened embassies within months"}, note="the state since 2023")
row("Saudi Arabia", "normalized_relations_with", "Iran", "asserted", "2023", True,
    {"04": "agreed to restore them under the Beijing agreement"},
    note="'Two years later' after January 2021")
row("China", "brokered", "Beijing agreement", "asserted", "2023", True,
    {"04": "the Beijing agreement, a deal brokered by China"})
row("Saudi Arabia", "party_to", "Beijing agreement", "asserted", "2023", True,
    {"04": "Riyadh and Tehran, which had no diplomatic relations after Saudi Arabia cut ties in 2016, agreed to restore them under the Beijing agreement"})
row("Iran", "party_to", "Beijing agreement", "asserted", "2023", True,
    {"04": "Riyadh and Tehran, which had no diplomatic relations after Saudi Arabia cut ties in 2016, agreed to restore them under the Beijing agreement"})
row("Saudi Arabia", "signed_agreement_with", "Iran", "asserted", "2023", False,
    {"04": "agreed to restore them under the Beijing agreement"})
row("Oman", "borders", "Iran", "asserted", None, True,
    {"04": "Oman, which borders Iran across the strait"})
row("Badr Albusaidi", "works_for", "Oman", "asserted", None, True,
    {"04": "Its foreign minister, Badr Albusaidi"}, role="foreign minister")
row("United States", "negotiating_with", "Iran", "asserted", "2025-04", True,
    {"04": "hosted indirect talks between Iran and the United States in Muscat last April"})
row("United States", "negotiating_with", "Iran", "negated", None, True,
    {"04": "there were no talks with Washington under way and none were planned"})
row("Badr Albusaidi", "met_with", "Abbas Araghchi", "reported", "2026-03", True,
    {"04": "Albusaidi met Iranian Foreign Minister Abbas Araghchi again last week, Omani officials said"})
row("Abbas Araghchi", "works_for", "Iran", "asserted", None, True,
    {"04": "Iranian Foreign Minister Abbas Araghchi"}, role="foreign minister")
row("Fifth Fleet", "based_in", "Bahrain", "asserted", None, True,
    {"04": "The U.S. Navy's Fifth Fleet, based in Bahrain"})
row("Fujairah", "located_in", "United Arab Emirates", "asserted", None, True,
    {"04": "the UAE port of Fujairah"})

# --- 05 Baltic grid anniversary (newspaper, 2026-02-10) -----------------
for _c in ("Estonia", "Latvia", "Lithuania"):
    row(_c, "party_to", "BRELL", "negated", None, True,
        {"05": "Estonia, Latvia and Lithuania left the BRELL ring"}, note="left it on February 8, 2025")
for _c in ("Russia", "Belarus"):
    row(_c, "party_to", "BRELL", "asserted", None, False,
        {"05": "the Soviet-era system they shared with Russia and Belarus"})
row("Ursula von der Leyen", "head_of", "European Commission", "asserted", None, True,
    {"05": "European Commission President Ursula von der Leyen"}, role="president")
row("Ursula von der Leyen", "visited", "Vilnius", "asserted", "2025-02", True,
    {"05": "Ursula von der Leyen flew to Vilnius for the ceremony"}, alt_o=["Lithuania"])
row("Estonia", "imports_from", "Russia", "negated", None, True,
    {"05": "The three states no longer buy Russian electricity at all"}, commodity="electricity")
row("Latvia", "imports_from", "Russia", "negated", None, True,
    {"05": ["The three states no longer buy Russian electricity at all",
            "Latvia banned Russian gas imports from January 2023"]}, commodity="electricity, gas")
row("Lithuania", "imports_from", "Russia", "negated", None, True,
    {"05": ["The three states no longer buy Russian electricity at all",
            "Lithuania stopped importing Russian gas in April 2022"]}, commodity="electricity, gas")
row("Estonia", "imports_from", "Finland", "asserted", None, True,
    {"05": "Estonia now imports electricity from Finland"}, commodity="electricity")
row("Lithuania", "imports_from", "Sweden", "asserted", None, True,
    {"05": "and Lithuania from Sweden and Poland"}, commodity="electricity", note="gapping: verb elided")
row("Lithuania", "imports_from", "Poland", "asserted", None, True,
    {"05": "and Lithuania from Sweden and Poland"}, commodity="electricity", note="gapping: verb elided")
row("Russia", "attacked", "Ukraine", "asserted", "2022", True,
    {"05": "its full-scale invasion of Ukraine", "06": "after its invasion of Ukraine"},
    alt_p=["in_conflict_with"])
row("Finland", "criticized", "Russia", "negated", None, True,
    {"05": "Finnish investigators have never formally accused the Russian government of ordering the damage"})
row("Balticconnector", "located_in", "Gulf of Finland", "asserted", None, True,
    {"05": "the Balticconnector gas pipeline under the Gulf of Finland"})
row("Lithuania", "member_of", "European Union", "asserted", None, False,
    {"05": "Lithuania stopped importing Russian gas in April 2022, the first EU country to do so"},
    note="apposition: 'the first EU country to do so'")
row("Klaipeda LNG terminal", "located_in", "Klaipeda", "asserted", None, True,
    {"05": "the floating LNG terminal at Klaipeda"})
row("Lithuania", "imports_from", "United States", "asserted", None, True,
    {"05": "Much of the liquefied gas now comes from the United States and Norway"}, commodity="LNG")
row("Lithuania", "imports_from", "Norway", "asserted", None, True,
    {"05": "Much of the liquefied gas now comes from the United States and Norway"}, commodity="LNG")
row("Latvia", "sanctioned", "Russia", "asserted", "2023-01", True,
    {"05": "Latvia banned Russian gas imports from January 2023"}, note="import ban (embargo)")
row("Kaliningrad", "borders", "Lithuania", "asserted", None, True,
    {"05": "the Russian exclave wedged between Lithuania and Poland"})
row("Kaliningrad", "borders", "Poland", "asserted", None, True,
    {"05": "the Russian exclave wedged between Lithuania and Poland"})
row("Latvia", "trades_with", "Estonia", "asserted", None, True,
    {"05": "Latvia and Estonia, which have traded electricity with each other for decades"})

# --- 06 Narva (newspaper, 2026-06-09) ------------------------------------
row("Narva Castle", "located_in", "Narva", "asserted", None, False,
    {"06": "From the ramparts of Narva Castle"})
row("Svetlana Orlova", "citizen_of", "Russia", "asserted", None, True,
    {"06": "who holds a Russian passport"})
row("Svetlana Orlova", "lives_in", "Narva", "asserted", None, True,
    {"06": "has lived in Narva all her life"})
row("Estonia", "borders", "Russia", "asserted", None, True,
    {"06": "the border between Estonia and Russia"})
row("Margus Tsahkna", "works_for", "Estonia", "asserted", None, True,
    {"06": "Foreign Minister Margus Tsahkna"}, role="foreign minister")
row("Margus Tsahkna", "criticized", "Russia", "asserted", "2026-06-05", True,
    {"06": "accused Moscow of \"trying to move the border by stealth\""}, alt_s=["Estonia"], alt_o=["Moscow"])
row("Margus Tsahkna", "contacted", "Russia", "asserted", "2026-06-05", False,
    {"06": "summoned Russia's charge d'affaires in Tallinn on Friday"}, alt_s=["Estonia"])
row("Estonia", "diplomatic_relations_with", "Russia", "asserted", None, True,
    {"06": "yet they have not broken off diplomatic relations"},
    note="double negation: 'have not broken off'; 'The two neighbours'")
row("Kristen Michal", "head_of", "Estonia", "asserted", None, True,
    {"06": "Prime Minister Kristen Michal"}, role="prime minister")
row("Soviet Russia", "recognizes", "Estonia", "asserted", "1920", True,
    {"06": "in the 1920 Treaty of Tartu Soviet Russia recognised the new state"},
    note="'the new state' = Estonia")
row("Soviet Russia", "party_to", "Treaty of Tartu", "asserted", "1920", True,
    {"06": "in the 1920 Treaty of Tartu Soviet Russia recognised the new state"})
row("Estonia", "party_to", "Treaty of Tartu", "asserted", "1920", False,
    {"06": "in the 1920 Treaty of Tartu Soviet Russia recognised the new state and gave it land"})
row("Soviet Union", "took_control_of", "Baltic states", "asserted", "1940", True,
    {"06": "The Soviet Union occupied Estonia and the other two Baltic states in 1940"}, alt_o=["Estonia"],
    note="the schema wants a Region object; Estonia accepted")
row("Estonia", "located_in", "Baltic states", "asserted", None, False,
    {"06": "Estonia and the other two Baltic states"})
row("Estonia", "gained_independence_from", "Soviet Union", "asserted", "1991-08", True,
    {"06": "Estonia regained its independence from the Soviet Union in August 1991"})
row("Estonia", "signed_agreement_with", "Russia", "asserted", "2014", True,
    {"06": ["Tallinn and Moscow signed a border treaty in 2005",
            "Urmas Paet signed a new version with Sergei Lavrov in Moscow in 2014"]},
    alt_s=["Tallinn"], alt_o=["Moscow"], note="signed 2005 (signature withdrawn) and again 2014")
row("Estonia", "party_to", "Estonia-Russia border treaty", "negated", None, True,
    {"06": "Estonia is therefore not formally bound by the treaty"}, note="signed, never ratified")
row("Russia", "party_to", "Estonia-Russia border treaty", "negated", None, True,
    {"06": ["Russia withdrew its signature months later", "and nor is Russia"]})
row("Urmas Paet", "works_for", "Estonia", "asserted", None, True,
    {"06": "Then-Foreign Minister Urmas Paet"}, role="foreign minister (then)")
row("Urmas Paet", "met_with", "Sergei Lavrov", "asserted", "2014", True,
    {"06": "Urmas Paet signed a new version with Sergei Lavrov in Moscow in 2014"})
row("Urmas Paet", "visited", "Moscow", "asserted", "2014", False,
    {"06": "Urmas Paet signed a new version with Sergei Lavrov in Moscow in 2014"}, alt_o=["Russia"])
row("Narva", "located_in", "Estonia", "asserted", None, True,
    {"06": "Narva, Estonia's third-largest city"})
row("Narva", "located_in", "Ida-Viru County", "asserted", None, True,
    {"06": "Ida-Viru County, the north-eastern region that includes both towns"})
row("Sillamae", "located_in", "Ida-Viru County", "asserted", None, True,
    {"06": "Ida-Viru County, the north-eastern region that includes both towns"})
row("Ida-Viru County", "located_in", "Estonia", "asserted", None, False,
    {"06": "Ida-Viru County, the north-eastern region that includes both towns, never broke away from Estonia"})
row("Ida-Viru County", "seceded_from", "Estonia", "negated", None, True,
    {"06": "never broke away from Estonia"})
row("Estonia", "criticized", "Vladimir Putin", "asserted", "2022-06", True,
    {"06": "Estonian officials called the remark unacceptable"})
row("Alar Karis", "head_of", "Estonia", "asserted", None, True,
    {"06": "President Alar Karis"}, role="president")
row("Artjom Orlov", "citizen_of", "Estonia", "asserted", None, True,
    {"06": "Artjom Orlov, 31, has Estonian citizenship"})
row("Artjom Orlov", "lives_in", "Tallinn", "asserted", None, False,
    {"06": "works in Tallinn for a logistics company"}, note="works there; residence implied")

# --- 07 Kurdistan feature (HTML, 2026-05-19) -----------------------------
row("Sherzad Omar", "lives_in", "Kani Masi", "asserted", None, True,
    {"07": "who lives in the village of Kani Masi in Duhok province"})
row("Kani Masi", "located_in", "Duhok province", "asserted", None, True,
    {"07": "the village of Kani Masi in Duhok province"})
row("Kurdistan Workers' Party", "in_conflict_with", "Turkey", "asserted", "1984", True,
    {"07": "which has fought the Turkish state since 1984"})
row("Kurdistan Workers' Party", "in_conflict_with", "Turkey", "negated", None, True,
    {"07": "its commanders say they are no longer at war with Turkey"}, note="'no longer', reported")
row("Abdullah Ocalan", "head_of", "Kurdistan Workers' Party", "asserted", None, True,
    {"07": "its jailed founder Abdullah Ocalan"}, alt_p=["member_of"], role="founder")
row("Imrali", "located_in", "Turkey", "asserted", None, True,
    {"07": "the Turkish island prison of Imrali"})
row("Bashiqa base", "located_in", "Iraq", "asserted", None, True,
    {"07": "dozens of posts inside northern Iraq, among them a large base at Bashiqa"})
row("Kurdistan Workers' Party", "based_in", "Qandil Mountains", "asserted", None, True,
    {"07": "The PKK's leadership is still based in the Qandil mountains"})
row("Qandil Mountains", "borders", "Iran", "asserted", None, False,
    {"07": "the Qandil mountains on the Iranian border"})
row("Kurdistan Region", "borders", "Iran", "asserted", None, True,
    {"07": "which borders Turkey to the north and Iran to the east"})
row("Islamic Revolutionary Guard Corps", "attacked", "Erbil", "asserted", "2024-01", True,
    {"07": "In January 2024 Iran's Revolutionary Guards fired ballistic missiles at Erbil"}, alt_s=["Iran"])
row("Islamic Revolutionary Guard Corps", "killed", "Peshraw Dizayee", "asserted", "2024-01", True,
    {"07": "fired ballistic missiles at Erbil, killing Peshraw Dizayee, a businessman"})
row("Peshraw Dizayee", "lives_in", "Erbil", "asserted", None, True,
    {"07": "at his home in the city"}, note="'the city' = Erbil")
row("Kurdistan Regional Government", "criticized", "Islamic Revolutionary Guard Corps", "asserted", "2024-01", True,
    {"07": "a claim the Kurdistan Regional Government rejected"}, note="rejected the Guards' claim")
row("Iraq", "recognizes", "Israel", "negated", None, True,
    {"07": "Baghdad, which does not recognise Israel"}, alt_s=["Baghdad"])
row("Iraq", "criticized", "Iran", "asserted", "2024-01", True,
    {"07": "recalled its ambassador from Tehran and complained to the UN Security Council"}, alt_s=["Baghdad"])
row("Iraq", "contacted", "UN Security Council", "asserted", "2024-01", True,
    {"07": "complained to the UN Security Council"}, alt_s=["Baghdad"])
row("Iraq", "signed_agreement_with", "Iran", "asserted", "2023-03", True,
    {"07": "in March 2023, Iraq and Iran signed a border security agreement"})
row("Iraq", "party_to", "Iraq-Iran border security agreement", "asserted", "2023-03", True,
    {"07": "Iraq and Iran signed a border security agreement"})
row("Iran", "party_to", "Iraq-Iran border security agreement", "asserted", "2023-03", True,
    {"07": "Iraq and Iran signed a border security agreement"})
row("Islamic Revolutionary Guard Corps", "attacked", "Democratic Party of Iranian Kurdistan", "asserted", "2022", True,
    {"07": "The Guards had struck the Democratic Party of Iranian Kurdistan at its base in Koya in 2022"})
row("Democratic Party of Iranian Kurdistan", "based_in", "Koya", "asserted", None, True,
    {"07": "the Democratic Party of Iranian Kurdistan at its base in Koya"})
row("Hakan Fidan", "works_for", "Turkey", "asserted", None, True,
    {"07": "Turkish Foreign Minister Hakan Fidan"}, role="foreign minister")
row("Hakan Fidan", "visited", "Erbil", "reported", "2026-05", True,
    {"07": "Hakan Fidan visited Erbil last week"})
row("Hakan Fidan", "met_with", "Nechirvan Barzani", "reported", "2026-05", True,
    {"07": "visited Erbil last week and met Nechirvan Barzani, the region's president"})
row("Hakan Fidan", "visited", "Sulaimaniyah", "negated", None, True,
    {"07": "Fidan did not travel on to Sulaimaniyah"})
row("Turkey", "criticized", "Patriotic Union of Kurdistan", "asserted", "2023-04", True,
    {"07": "accusing the Patriotic Union of Kurdistan (PUK), which runs the city, of sheltering PKK fighters"})
row("Patriotic Union of Kurdistan", "supported", "Kurdistan Workers' Party", "reported", "2023-04", True,
    {"07": "accusing the Patriotic Union of Kurdistan (PUK), which runs the city, of sheltering PKK fighters"},
    note="Turkey's charge; the PUK denies it (next row)")
row("Patriotic Union of Kurdistan", "supported", "Kurdistan Workers' Party", "negated", None, True,
    {"07": "denies that it has ever supported the PKK"})
row("Turkey", "sanctioned", "Sulaimaniyah", "asserted", "2023-04", False,
    {"07": "Ankara has barred flights to and from Sulaimaniyah since April 2023"}, note="a flight ban, embargo-like")
row("Bafel Talabani", "head_of", "Patriotic Union of Kurdistan", "asserted", None, True,
    {"07": "The PUK, led by Bafel Talabani"}, role="leader")
row("Masrour Barzani", "member_of", "Kurdistan Democratic Party", "asserted", None, True,
    {"07": "Prime Minister Masrour Barzani of the Kurdistan Democratic Party"})
row("Kurdistan Regional Government", "negotiating_with", "Iraq", "asserted", "2026-05", True,
    {"07": "is negotiating with the federal government over this year's budget"}, alt_o=["Baghdad"])
row("Masrour Barzani", "visited", "United States", "hedged", "2026-06", True,
    {"07": "Barzani is expected to visit Washington in June, an aide said"})
row("Kurdistan Region", "seceded_from", "Iraq", "negated", None, True,
    {"07": "The region did not break away from Iraq"})
row("Iraq", "took_control_of", "Kirkuk", "asserted", "2017-10", True,
    {"07": "federal forces took control of Kirkuk a month later"}, note="'a month later' after September 2017")
row("Iraq", "criticized", "Kurdistan Regional Government", "asserted", "2017-09", False,
    {"07": "a referendum Baghdad called illegal"}, alt_s=["Baghdad"], alt_o=["Kurdistan Region"])

# --- 08 Belarus border and balloons (HTML, 2026-10-20) -------------------
row("Inga Ruginienė", "head_of", "Lithuania", "asserted", None, True,
    {"08": "Lithuanian Prime Minister Inga Ruginiene"}, role="prime minister")
row("Inga Ruginienė", "criticized", "Belarus", "asserted", "2026-10", True,
    {"08": "called the balloon flights \"a hybrid attack organised with the full knowledge of the regime in Minsk\""},
    alt_s=["Lithuania"])
row("Belarus", "attacked", "Lithuania", "reported", "2026-10", False,
    {"08": "a hybrid attack organised with the full knowledge of the regime in Minsk"},
    note="'hybrid attack' inside a quote; figurative")
row("Evika Siliņa", "head_of", "Latvia", "asserted", None, True,
    {"08": "Latvian Prime Minister Evika Silina"}, role="prime minister")
row("Latvia", "allied_with", "Lithuania", "asserted", None, False,
    {"08": "Riga would act \"in lockstep\" with Vilnius"}, alt_s=["Riga"], alt_o=["Vilnius"])
row("Alexander Lukashenko", "criticized", "Lithuania", "asserted", "2026-10", True,
    {"08": "accused the two neighbours of \"economic terrorism\""}, alt_s=["Belarus"],
    note="'the two neighbours' = Lithuania and Latvia")
row("Alexander Lukashenko", "criticized", "Latvia", "asserted", "2026-10", True,
    {"08": "accused the two neighbours of \"economic terrorism\""}, alt_s=["Belarus"],
    note="'the two neighbours' = Lithuania and Latvia")
row("Tomas Jankauskas", "lives_in", "Marijampole", "asserted", None, False,
    {"08": "Tomas Jankauskas, a driver from Marijampole"}, note="'from': origin, residence likely")
row("Kęstutis Budrys", "works_for", "Lithuania", "asserted", None, True,
    {"08": "Lithuanian Foreign Minister Kestutis Budrys"}, role="foreign minister")
row("Kęstutis Budrys", "contacted", "Kaja Kallas", "asserted", "2026-10-19", True,
    {"08": "Kestutis Budrys spoke by phone with Kaja Kallas"})
row("Kaja Kallas", "works_for", "European Union", "asserted", None, True,
    {"08": "Kaja Kallas, the European Union's foreign policy chief"}, role="foreign policy chief")
row("European Union", "sanctioned", "Belarus", "hedged", "2026-11", True,
    {"08": "EU diplomats said the bloc could add Belarusian officials to its sanctions list as early as next month"})
row("European Union", "sanctioned", "Belarus", "asserted", "2020", True,
    {"08": "The EU has sanctioned Belarus since the disputed presidential election of 2020"})
row("Latvia", "borders", "Belarus", "asserted", None, True,
    {"08": "Latvia, which borders both Belarus and Russia"})
row("Latvia", "borders", "Russia", "asserted", None, True,
    {"08": "Latvia, which borders both Belarus and Russia"})
row("Latvia", "criticized", "Belarus", "asserted", "2021", True,
    {"08": "has accused Minsk since 2021 of pushing migrants towards its frontier"})
row("Poland", "borders", "Belarus", "asserted", None, True,
    {"08": "Poland, which also borders Belarus"})
row("Lithuania", "borders", "Belarus", "asserted", None, True,
    {"08": "Lithuania and Latvia will close all their road crossings with Belarus"})
row("Vladimir Putin", "head_of", "Russia", "asserted", None, True,
    {"08": "Russian President Vladimir Putin"}, role="president")
row("Russia", "allied_with", "Belarus", "reported", None, True,
    {"08": ["His spokesman has previously described Belarus as Russia's closest ally",
            "the two countries form a so-called Union State"]})
row("Russia", "criticized", "Lithuania", "asserted", "2022", True,
    {"08": "In 2022 Moscow accused Vilnius of imposing a blockade on Kaliningrad"},
    alt_s=["Moscow"], alt_o=["Vilnius"])
row("Lithuania", "blockaded", "Kaliningrad", "reported", "2022", True,
    {"08": "Moscow accused Vilnius of imposing a blockade on Kaliningrad"}, alt_s=["Vilnius"],
    note="Russia's charge; Vilnius rejected it (negated row)")
row("Russia", "threatened", "Lithuania", "asserted", "2022", True,
    {"08": "and threatened a \"serious\" response"}, alt_s=["Moscow"])
row("Edgars Rinkēvičs", "head_of", "Latvia", "asserted", None, True,
    {"08": "Latvian President Edgars Rinkevics"}, role="president")
row("Edgars Rinkēvičs", "visited", "Kraslava", "asserted", "2026-10-19", True,
    {"08": "visited the eastern Latvian town of Kraslava on Monday"})
row("Kraslava", "located_in", "Latvia", "asserted", None, True,
    {"08": "the eastern Latvian town of Kraslava"})
row("Canada", "supported", "Latvia", "planned", "2026-11", True,
    {"08": "said it would send extra surveillance drones to Latvia next month"})
row("Multinational Brigade Latvia", "based_in", "Adazi", "asserted", None, False,
    {"08": "the NATO brigade based at Adazi near Riga"})
row("Lithuania", "trades_with", "Belarus", "asserted", None, True,
    {"08": "trade between the neighbours has shrunk each year since 2020"})


# ---------------------------------------------------------------------------
# Checks

def norm(s):
    """The scorer's normalisation of a name."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(text, name):
    """Whether name occurs in text as a whole word (case-insensitive, except
    short all-capital abbreviations, which must match their case)."""
    pat = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
    strict = len(name) <= 4 and name.upper() == name
    return re.search(pat, text, 0 if strict else re.IGNORECASE) is not None


def unit(r):
    s, o = r["s"], r["o"]
    if r["p"] in SYMMETRIC and s > o:
        s, o = o, s
    return (s, r["p"], o, POLARITY.get(r["modality"], "?"))


def check(entities, rows, texts):
    """Every problem found, as (check name, message)."""
    errs = []
    types = {}
    owner = {}
    for name, typ, aliases in entities:
        if typ not in TYPES:
            errs.append(("type", f"{name}: unknown type {typ}"))
        if name in types:
            errs.append(("alias", f"{name}: entity listed twice"))
        types[name] = typ
        for a in [name] + list(aliases):
            k = norm(a)
            if k in owner and owner[k] != name:
                errs.append(("alias", f"'{a}' belongs to both {owner[k]} and {name}"))
            owner.setdefault(k, name)
    names = {name: [name] + list(al) for name, _, al in entities}
    seen = {}
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        p = r["p"]
        if p not in SIGNATURES:
            errs.append(("predicate", f"{tag}: unknown predicate"))
        if r["modality"] not in MODALITIES:
            errs.append(("modality", f"{tag}: unknown modality"))
        for side in ("s", "o"):
            if r[side] not in types:
                errs.append(("entity", f"{tag}: {side} '{r[side]}' is not an entity"))
        for alt, side in (("alt_s", "s"), ("alt_o", "o")):
            for a in r.get(alt) or []:
                if norm(a) not in owner:
                    errs.append(("entity", f"{tag}: {alt} '{a}' is no entity's name or alias"))
                elif owner[norm(a)] == r[side]:
                    errs.append(("alt", f"{tag}: {alt} '{a}' is only an alias of {r[side]}"))
        for a in r.get("alt_p") or []:
            if a not in SIGNATURES:
                errs.append(("predicate", f"{tag}: unknown alt_p {a}"))
        if p in SIGNATURES and r["s"] in types and r["o"] in types:
            st, ot = SIGNATURES[p]
            if st is not None and types[r["s"]] not in st:
                errs.append(("signature", f"{tag}: subject type {types[r['s']]} does not fit {p}"))
            if ot is not None and types[r["o"]] not in ot:
                errs.append(("signature", f"{tag}: object type {types[r['o']]} does not fit {p}"))
        t = r.get("time")
        if t is not None:
            if not isinstance(t, str) or not TIME_RE.match(t):
                errs.append(("time", f"{tag}: time {t!r} is not an ISO prefix"))
            if p in STATIC:
                errs.append(("time", f"{tag}: static predicate with a time"))
            if r["modality"] == "negated":
                errs.append(("time", f"{tag}: negated row with a time"))
        if not isinstance(r.get("required"), bool):
            errs.append(("required", f"{tag}: required must be true or false"))
        if not r.get("ev"):
            errs.append(("evidence", f"{tag}: no documents"))
        for d, ev in (r.get("ev") or {}).items():
            if d not in texts:
                errs.append(("evidence", f"{tag}: unknown document {d}"))
                continue
            for e in ([ev] if isinstance(ev, str) else ev):
                if not e or e not in texts[d]:
                    errs.append(("evidence", f"{tag}: ev not in {DOCS[d]}: {e!r}"))
            for side in ("s", "o"):
                if r[side] in names and not any(mentions(texts[d], n) for n in names[r[side]]):
                    errs.append(("mention", f"{tag}: no name of '{r[side]}' in {DOCS[d]}"))
        u = unit(r)
        if u in seen:
            errs.append(("duplicate", f"{tag}: same unit as row {seen[u]}"))
        seen.setdefault(u, i)
    return errs


# ---------------------------------------------------------------------------
# Output

def texts_of():
    return {k: textutil.cleaned(v) for k, v in DOCS.items()}


def sentence_span(text, start, end):
    """The sentence around text[start:end]: from the last boundary before it
    to the next one after it (a boundary: line break, or .?! and a space)."""
    b = 0
    for m in re.finditer(r"\n|[.?!][\"\u201d]?\s", text[:start]):
        b = m.end()
    m = re.compile(r"\n|[.?!][\"\u201d]?(?=\s)").search(text, end)
    e = m.end() if m else len(text)
    if m and text[m.start()] == "\n":
        e = m.start()
    return b, e


def triples_json(rows):
    out = []
    for r in rows:
        t = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[d] for d in sorted(r["ev"])],
             "modality": r["modality"]}
        if r.get("time"):
            t["time"] = r["time"]
        t["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r.get(k):
                t[k] = r[k]
        note = r.get("note") or ""
        if r.get("role"):
            note = (note + "; " if note else "") + "role: " + r["role"]
        if r.get("commodity"):
            note = (note + "; " if note else "") + "commodity: " + r["commodity"]
        if note:
            t["note"] = note
        out.append(t)
    return out


def statements(rows, entities, texts):
    types = {n: t for n, t, _ in entities}
    out = []
    for r in rows:
        for d in sorted(r["ev"]):
            ev = r["ev"][d]
            first = ev if isinstance(ev, str) else ev[0]
            i = texts[d].index(first)
            b, e = sentence_span(texts[d], i, i + len(first))
            out.append({
                "subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": types[r["o"]], "modality": r["modality"],
                "time": r.get("time") or "", "role": r.get("role") or r.get("commodity") or "",
                "confidence": 1.0, "source": DOCS[d], "title": TITLES[d],
                "published": textutil.stated_date(DOCS[d]), "sentence": texts[d][b:e],
                "start": b, "end": e, "rule": "gold",
            })
    return out


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def stats(entities, rows):
    from collections import Counter
    types = {n: t for n, t, _ in entities}
    lines = [f"rows: {len(rows)}",
             f"required: {sum(r['required'] for r in rows)}",
             f"not required: {sum(not r['required'] for r in rows)}",
             f"negated: {sum(r['modality'] == 'negated' for r in rows)}",
             f"with time: {sum(bool(r.get('time')) for r in rows)}",
             f"with alt_*: {sum(bool(r.get('alt_s') or r.get('alt_p') or r.get('alt_o')) for r in rows)}",
             f"entities: {len(entities)}",
             f"statements (row x document): {sum(len(r['ev']) for r in rows)}"]
    lines.append("per modality:")
    for k, v in sorted(Counter(r["modality"] for r in rows).items()):
        lines.append(f"  {k:10s} {v}")
    lines.append(f"per predicate ({len(set(r['p'] for r in rows))} of {len(SIGNATURES)} used):")
    c = Counter(r["p"] for r in rows)
    for p in SIGNATURES:
        lines.append(f"  {p:26s} {c.get(p, 0)}")
    lines.append("per entity type (entities / rows naming one as subject or object):")
    ce = Counter(types.values())
    cr = Counter()
    for r in rows:
        for t in {types[r["s"]], types[r["o"]]}:
            cr[t] += 1
    for t in sorted(TYPES):
        lines.append(f"  {t:13s} {ce.get(t, 0):3d} / {cr.get(t, 0)}")
    lines.append("per document (rows citing it / required / negated / words):")
    texts = texts_of()
    for d, f in DOCS.items():
        rs = [r for r in rows if d in r["ev"]]
        lines.append(f"  {f:36s} {len(rs):3d} / {sum(r['required'] for r in rs):3d} / "
                     f"{sum(r['modality'] == 'negated' for r in rs):2d} / {textutil.words(texts[d])}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Self-test: every check fires on a broken copy

def selftest(texts):
    base = check(ENTITIES, ROWS, texts)
    if base:
        print("the data itself fails; fix it first")
        return 1

    def find(pred):
        return next(i for i, r in enumerate(ROWS) if pred(r))

    cases = []

    def case(name, want, fn):
        cases.append((name, want, fn))

    def mut_row(i, **kw):
        def fn(ents, rows):
            rows[i].update(kw)
        return fn

    i_neg = find(lambda r: r["modality"] == "negated")
    i_static = find(lambda r: r["p"] == "located_in")
    i_event = find(lambda r: r["p"] == "visited" and r.get("time"))
    i_killed = find(lambda r: r["p"] == "killed")
    i_multi = find(lambda r: len(r["ev"]) > 1)
    case("unknown entity type", "type", lambda e, r: e.__setitem__(0, (e[0][0], "Human", e[0][2])))
    case("unknown predicate", "predicate", mut_row(0, p="bordering"))
    case("unknown modality", "modality", mut_row(0, modality="alleged"))
    case("object type does not fit (killed a Country)", "signature", mut_row(i_killed, o="Iraq"))
    case("subject type does not fit (a City heads a Country)", "signature",
         mut_row(find(lambda r: r["p"] == "head_of"), s="Erbil"))
    case("static predicate with a time", "time", mut_row(i_static, time="2026"))
    case("negated row with a time", "time", mut_row(i_neg, time="2026-01"))
    case("time not an ISO prefix", "time", mut_row(i_event, time="June 2026"))
    case("evidence not in the document", "evidence",
         mut_row(0, ev={"01": "Turkey and Iraq signed a new energy deal on Tuesday"}))
    case("evidence cites an unknown document", "evidence", mut_row(0, ev={"09": "x"}))
    case("no name of the object in a cited document", "mention",
         mut_row(i_multi, ev=dict(ROWS[i_multi]["ev"], **{"04": "the strait"})))
    case("an alias of two entities", "alias",
         lambda e, r: e.append(("Baghdad Governorate", "Region", ["Baghdad"])))
    case("alias clash after normalisation ('the Kremlin')", "alias",
         lambda e, r: e.append(("Moscow Kremlin", "Facility", ["the Kremlin"])))
    case("two rows make the same unit (symmetric, reversed)", "duplicate",
         lambda e, r: r.append(dict(r[find(lambda x: x["p"] == "borders")],
                                    s=r[find(lambda x: x["p"] == "borders")]["o"],
                                    o=r[find(lambda x: x["p"] == "borders")]["s"])))
    case("asserted and reported are one unit", "duplicate",
         lambda e, r: r.append(dict(r[i_event], modality="reported")))
    case("row names no entity", "entity", mut_row(0, s="Turkish Republic of Narnia"))
    case("alt_o names no entity", "entity", mut_row(0, alt_o=["Atlantis"]))
    case("alt_s is only an alias of the subject", "alt", mut_row(0, alt_s=["Ankara"]))
    case("required not a boolean", "required", mut_row(0, required="yes"))
    failed = 0
    for name, want, fn in cases:
        ents, rows = copy.deepcopy(ENTITIES), copy.deepcopy(ROWS)
        fn(ents, rows)
        got = check(ents, rows, texts)
        hit = [m for k, m in got if k == want]
        ok = bool(hit)
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {want} -> {hit[0] if hit else got[:1]}")
    print(f"{len(cases) - failed} of {len(cases)} broken copies caught")
    return 1 if failed else 0


def used_entities(entities, rows):
    """Entities a row names as subject or object, or through alt_s/alt_o."""
    owner = {}
    for name, _, aliases in entities:
        for a in [name] + list(aliases):
            owner.setdefault(norm(a), name)
    used = {r["s"] for r in rows} | {r["o"] for r in rows}
    for r in rows:
        for a in (r.get("alt_s") or []) + (r.get("alt_o") or []):
            if norm(a) in owner:
                used.add(owner[norm(a)])
    return used


def main(argv):
    texts = texts_of()
    if "--selftest" in argv:
        return selftest(texts)
    errs = check(ENTITIES, ROWS, texts)
    for k, m in errs:
        print(f"{k}: {m}")
    if errs:
        print(f"{len(errs)} problems")
        return 1
    used = used_entities(ENTITIES, ROWS)
    unused = [n for n, _, _ in ENTITIES if n not in used]
    if unused:
        print("entities no row names (not written):", ", ".join(unused))
    if "--stats" in argv:
        print(stats([e for e in ENTITIES if e[0] in used], ROWS))
    if "--check" in argv:
        print(f"ok: {len(ROWS)} rows, {len(used)} entities, every check passed")
        return 0
    ents = [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES if n in used]
    write_jsonl(os.path.join(ROOT, "entities.jsonl"), ents)
    write_jsonl(os.path.join(ROOT, "triples.jsonl"), triples_json(ROWS))
    sts = statements(ROWS, ENTITIES, texts)
    write_jsonl(os.path.join(ROOT, "selfcheck_statements.jsonl"), sts)
    if "--stats" not in argv:
        print(f"wrote {len(ents)} entities, {len(ROWS)} triples, {len(sts)} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
