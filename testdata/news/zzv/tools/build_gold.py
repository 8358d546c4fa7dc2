#!/usr/bin/env python3
"""Build and check the gold of news set zzv (stdlib only).

Holds the entity and triple data, checks them and writes, in the set folder:
  entities.jsonl             one entity a line: name, type, aliases
  triples.jsonl              one scoring unit a line (format of shared/eval/README.md)
  selfcheck_statements.jsonl one statement per row and cited document, in the
                             `kg export --format jsonl` shape

Checks: every predicate and modality valid; every entity typed; subject and
object types allowed by SCHEMA.md; every s/o name (or an alias) found in the
cleaned text of each document the row cites; no duplicate scoring units; no
time on static or negated rows; time an ISO prefix; every doc exists; no alias
shared by two entities; alt readings that coincide with another row's unit
are listed.

Usage: python3 tools/build_gold.py [--stats]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
sys.path.insert(0, HERE)
import textutil  # noqa: E402

D1 = "01_mongolia_kazakhstan_transit.txt"
D2 = "02_sco_bishkek_water.txt"
D3 = "03_angola_zambia_rail_protocol.txt"
D4 = "04_bayan_olgii_herders.txt"
D5 = "05_zambia_two_railways.txt"
D6 = "06_kolwezi_cobalt_war.txt"
D7 = "07_mongolia_pipeline_observer.html"
D8 = "08_lobito_bet_analysis.html"
DOCS = [D1, D2, D3, D4, D5, D6, D7, D8]
DOCDATE = {D1: "2026-05-12", D2: "2026-06-16", D3: "2026-04-14", D4: "2026-05-19",
           D5: "2026-04-21", D6: "2026-05-26", D7: "2026-07-08", D8: "2026-06-02"}

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = None
PRED = {  # predicate: (subject types, object types); None = any
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
STATIC = {"borders", "capital_of", "located_in", "member_of"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
# name, type, aliases used in the texts (plus common short forms)
ENTITIES = [
    # --- people, cluster A
    ("Ukhnaagiin Khurelsukh", P, ["Khurelsukh", "Ukhnaa Khurelsukh", "President Ukhnaagiin Khurelsukh",
                                  "Mongolian President Ukhnaagiin Khurelsukh", "Khürelsükh"]),
    ("Kassym-Jomart Tokayev", P, ["Tokayev", "President Tokayev", "Kazakh President Kassym-Jomart Tokayev",
                                  "Kassym-Jomart Tokaev"]),
    ("Vladimir Putin", P, ["Putin", "President Putin", "Russian President Vladimir Putin"]),
    ("Xi Jinping", P, ["Xi", "President Xi", "Chinese President Xi Jinping"]),
    ("Arman Zhaksylykov", P, ["Zhaksylykov", "Kazakh Deputy Foreign Minister Arman Zhaksylykov"]),
    ("Oyunchimeg Lkhagva", P, ["Oyunchimeg", "Lkhagva"]),
    ("Yerlan Sadykov", P, ["Sadykov", "Foreign Minister Yerlan Sadykov"]),
    ("Wang Yi", P, ["Wang"]),
    ("Jeenbek Kulubaev", P, ["Kulubaev", "Kyrgyz Foreign Minister Jeenbek Kulubaev"]),
    ("Sergei Lavrov", P, ["Lavrov", "Russian Foreign Minister Sergei Lavrov"]),
    ("Tseren Ganbold", P, ["Ganbold", "Deputy Foreign Minister Tseren Ganbold"]),
    ("Nurlan Yermekbayev", P, ["Yermekbayev", "SCO Secretary-General Nurlan Yermekbayev"]),
    ("Aidos Nurmagambetov", P, ["Nurmagambetov"]),
    ("Nurlybek Zhanabil", P, ["Zhanabil"]),
    ("Aigerim", P, []),
    ("Gulnar Serikbai", P, ["Serikbai"]),
    ("Hiroshi Tanabe", P, ["Tanabe"]),
    ("Dana Sarsenova", P, ["Sarsenova"]),
    ("Sanae Takaichi", P, ["Takaichi", "Prime Minister Sanae Takaichi"]),
    ("Alexei Miller", P, ["Miller", "Alexey Miller"]),
    ("Dmitry Voronin", P, ["Voronin"]),
    ("Mikhail Gorbachev", P, ["Gorbachev"]),
    ("Bolormaa Tsend", P, ["Tsend", "Bolormaa"]),
    # --- people, cluster B
    ("Hakainde Hichilema", P, ["Hichilema", "President Hakainde Hichilema", "Zambian President Hakainde Hichilema"]),
    ("João Lourenço", P, ["Joao Lourenco", "Lourenco", "Lourenço", "Angolan President Joao Lourenco",
                          "President João Lourenço"]),
    ("Félix Tshisekedi", P, ["Felix Tshisekedi", "Tshisekedi", "President Felix Tshisekedi",
                             "Congolese President Felix Tshisekedi"]),
    ("Mateus Cassoma", P, ["Cassoma", "Angolan Transport Minister Mateus Cassoma"]),
    ("Charity Mwape", P, ["Mwape"]),
    ("Marta Quintas", P, ["Quintas"]),
    ("Massad Boulos", P, ["Boulos"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "President Trump"]),
    ("Chanda Mulenga", P, ["Mulenga"]),
    ("Bwalya Mutale", P, ["Mutale"]),
    ("Samia Suluhu Hassan", P, ["Samia", "President Samia Suluhu Hassan", "Samia Hassan"]),
    ("Jeanine Kasongo", P, ["Kasongo"]),
    ("Aime Kalala", P, ["Kalala", "Aimé Kalala", "Deputy Mines Minister Aime Kalala"]),
    ("James Kabarebe", P, ["Kabarebe"]),
    ("Paul Kagame", P, ["Kagame", "Rwandan President Paul Kagame"]),
    ("Patrice Lumumba", P, ["Lumumba"]),
    ("Moise Tshombe", P, ["Tshombe", "Moïse Tshombe"]),
    ("Jonas Savimbi", P, ["Savimbi"]),
    ("Joe Biden", P, ["Biden"]),
    ("Ursula von der Leyen", P, ["von der Leyen", "European Commission President Ursula von der Leyen"]),
    # --- countries (historical states included)
    ("Mongolia", C, ["Mongolian government"]),
    ("Kazakhstan", C, ["Republic of Kazakhstan", "Kazakh government"]),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("Russia", C, ["Russian Federation", "Moscow", "Kremlin"]),
    ("Kyrgyzstan", C, ["Kyrgyz Republic"]),
    ("Tajikistan", C, []),
    ("Japan", C, []),
    ("Ukraine", C, ["Kyiv"]),
    ("Soviet Union", C, ["USSR", "U.S.S.R."]),
    ("Qing empire", C, ["Qing", "Qing dynasty"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington",
                          "Trump administration", "U.S. administration"]),
    ("Angola", C, ["Republic of Angola"]),
    ("Zambia", C, ["Republic of Zambia"]),
    ("Democratic Republic of the Congo", C, ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo",
                                             "Congo-Kinshasa", "Kinshasa"]),
    ("Tanzania", C, ["United Republic of Tanzania"]),
    ("Rwanda", C, ["Kigali"]),
    ("Portugal", C, []),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Belgium", C, []),
    ("Qatar", C, []),
    ("Cuba", C, []),
    ("South Africa", C, []),
    ("Botswana", C, []),
    # --- organizations
    ("Shanghai Cooperation Organisation", O, ["SCO", "Shanghai Cooperation Organization"]),
    ("Collective Security Treaty Organization", O, ["CSTO", "Collective Security Treaty Organisation"]),
    ("Eurasian Economic Union", O, ["EAEU", "EEU"]),
    ("Steppe Policy Institute", O, []),
    ("Institute of Water Policy", O, []),
    ("Silk Road Analytics", O, []),
    ("Gazprom", O, []),
    ("China National Petroleum Corporation", O, ["CNPC"]),
    ("Caspian Pipeline Consortium", O, ["CPC"]),
    ("European Union", O, ["EU", "Brussels"]),
    ("European Commission", O, []),
    ("African Union", O, ["AU"]),
    ("Southern African Development Community", O, ["SADC"]),
    ("East African Community", O, ["EAC"]),
    ("OPEC", O, ["Organization of the Petroleum Exporting Countries"]),
    ("U.S. International Development Finance Corporation", O, ["International Development Finance Corporation",
                                                               "US International Development Finance Corporation",
                                                               "DFC"]),
    ("Lobito Atlantic Railway", O, ["LAR"]),
    ("Atlantic Africa Institute", O, []),
    ("China Civil Engineering Construction Corporation", O, ["CCECC"]),
    ("Copperbelt Policy Forum", O, []),
    ("Zambia Truck Drivers Union", O, []),
    ("M23", O, ["M23 rebels", "March 23 Movement"]),
    ("U.S. Treasury", O, ["US Treasury", "Treasury", "U.S. Treasury Department"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("Katangese forces", O, ["Katangese secessionist forces"]),
    ("FDLR", O, ["Democratic Forces for the Liberation of Rwanda"]),
    ("MPLA", O, ["Popular Movement for the Liberation of Angola"]),
    ("UNITA", O, ["National Union for the Total Independence of Angola"]),
    ("Angolan Armed Forces", O, ["FAA"]),
    # --- cities
    ("Ulaanbaatar", CI, ["Ulan Bator", "Urga"]),
    ("Astana", CI, []),
    ("Ölgii", CI, ["Ulgii", "Olgii"]),
    ("Bishkek", CI, []),
    ("Beijing", CI, []),
    ("Almaty", CI, []),
    ("Tokyo", CI, []),
    ("Novorossiysk", CI, []),
    ("Luanda", CI, []),
    ("Lusaka", CI, []),
    ("Lobito", CI, []),
    ("Chingola", CI, []),
    ("Luau", CI, []),
    ("Kolwezi", CI, []),
    ("Goma", CI, []),
    ("Bukavu", CI, []),
    ("Dar es Salaam", CI, []),
    ("Dodoma", CI, []),
    ("Kitwe", CI, []),
    ("Gaborone", CI, []),
    ("Lisbon", CI, []),
    # --- regions
    ("Bayan-Ölgii", R, ["Bayan-Ulgii", "Bayan-Olgii", "Bayan-Ölgii province"]),
    ("Tsengel", R, []),
    ("Altai Republic", R, []),
    ("Xinjiang", R, ["Xinjiang region"]),
    ("Lake Balkhash", R, ["Balkhash"]),
    ("Copperbelt Province", R, ["Copperbelt"]),
    ("Lualaba", R, ["Lualaba province"]),
    ("Katanga", R, []),
    ("Benguela Province", R, ["Benguela province"]),
    ("Lobito Corridor", R, ["Lobito corridor"]),
    # --- facilities
    ("Tashanta", F, ["Tashanta border post"]),
    ("CPC terminal", F, ["CPC marine terminal"]),
    ("Power of Siberia 2", F, []),
    ("Benguela Railway", F, ["Benguela line"]),
    ("Tanzania-Zambia Railway", F, ["TAZARA"]),
    ("Kasumbalesa border post", F, ["Kasumbalesa"]),
    # --- agreements
    ("Altai Transit Agreement", A, []),
    ("Luanda Rail Protocol", A, []),
    ("Lobito Corridor memorandum of understanding", A, ["Lobito Corridor memorandum"]),
    ("Washington peace agreement", A, []),
    ("Doha framework agreement", A, ["Doha framework"]),
    ("Japan-Mongolia Economic Partnership Agreement", A, ["Economic Partnership Agreement", "EPA"]),
]

# Demonyms and other forms that count as a mention of an entity in a text
# for the name check only (they are not aliases: "Kazakh" is not a name).
MENTION_FORMS = {
    "Soviet Union": ["Soviet"],       # 01 'a Soviet ally'
    "Zambia": ["Zambian"],            # 08 'the planned Zambian extension ... if Lusaka picked'
}

# ---------------------------------------------------------------- triples
ROWS = []


def T(s, p, o, docs, mod, time=None, req=True, alt_s=None, alt_p=None, alt_o=None, note=None):
    row = {"s": s, "p": p, "o": o, "docs": list(docs), "modality": mod}
    if time:
        row["time"] = time
    row["required"] = req
    if alt_s:
        row["alt_s"] = alt_s
    if alt_p:
        row["alt_p"] = alt_p
    if alt_o:
        row["alt_o"] = alt_o
    if note:
        row["note"] = note
    ROWS.append(row)


KZ, MN, CN, RU = "Kazakhstan", "Mongolia", "China", "Russia"
KG, JP, SU, US = "Kyrgyzstan", "Japan", "Soviet Union", "United States"
AO, ZM, CD, TZ, RW = "Angola", "Zambia", "Democratic Republic of the Congo", "Tanzania", "Rwanda"
EU, SCO, CSTO, EAEU = "European Union", "Shanghai Cooperation Organisation", "Collective Security Treaty Organization", "Eurasian Economic Union"
ATA, LRP, LMOU = "Altai Transit Agreement", "Luanda Rail Protocol", "Lobito Corridor memorandum of understanding"
KHU, TOK, LOU, HH = "Ukhnaagiin Khurelsukh", "Kassym-Jomart Tokayev", "João Lourenço", "Hakainde Hichilema"

# ===== cluster A: heads and posts
T(KHU, "head_of", MN, [D1, D4, D7], "asserted", note="'Mongolian President'; 'Mongolia's president'; 07 'President Ukhnaagiin Khurelsukh' in a Mongolian context")
T(TOK, "head_of", KZ, [D1, D4], "asserted", note="'Kazakh President'; 'Kazakhstan's president'")
T("Vladimir Putin", "head_of", RU, [D1, D2], "asserted", note="'Russian President Vladimir Putin'")
T("Xi Jinping", "head_of", CN, [D2], "asserted", note="'Chinese President Xi Jinping'")
T("Sanae Takaichi", "head_of", JP, [D7], "asserted", note="'Japan's prime minister, Sanae Takaichi'")
T("Mikhail Gorbachev", "head_of", SU, [D7], "asserted", note="'Soviet leader Mikhail Gorbachev' (historical)")
T("Nurlan Yermekbayev", "head_of", SCO, [D2], "asserted", note="'SCO Secretary-General'")
T("Alexei Miller", "head_of", "Gazprom", [D7], "asserted", note="'Gazprom's chief executive'")
T("Oyunchimeg Lkhagva", "head_of", "Steppe Policy Institute", [D1], "asserted", alt_p=["works_for"], note="'director of the Steppe Policy Institute'")
T("Arman Zhaksylykov", "works_for", KZ, [D1], "asserted", note="'Kazakh Deputy Foreign Minister'")
T("Yerlan Sadykov", "works_for", KZ, [D2], "asserted", note="'Kazakhstan's foreign minister ... Foreign Minister Yerlan Sadykov'")
T("Wang Yi", "works_for", CN, [D2], "asserted", note="'his Chinese counterpart, Wang Yi'")
T("Jeenbek Kulubaev", "works_for", KG, [D2], "asserted", note="'Kyrgyz Foreign Minister'")
T("Sergei Lavrov", "works_for", RU, [D2], "asserted", note="'Russian Foreign Minister'")
T("Tseren Ganbold", "works_for", MN, [D2], "asserted", note="'Mongolia ... sent Deputy Foreign Minister Tseren Ganbold'")
T("Nurlan Yermekbayev", "works_for", KZ, [D2], "asserted", note="'a former Kazakh defence minister' (past post)")
T("Nurlan Yermekbayev", "citizen_of", KZ, [D2], "asserted", req=False, note="inferred from 'a former Kazakh defence minister'")
T("Aidos Nurmagambetov", "works_for", "Institute of Water Policy", [D2], "asserted", note="'a researcher at the Almaty-based Institute of Water Policy'")
T("Hiroshi Tanabe", "works_for", JP, [D4], "asserted", note="'Japan's ambassador to Mongolia'")
T("Dana Sarsenova", "works_for", "Silk Road Analytics", [D4], "asserted", note="'an analyst at Silk Road Analytics in Almaty'")
T("Dmitry Voronin", "works_for", RU, [D7], "asserted", note="'a Russian deputy energy minister'")
T("Bolormaa Tsend", "works_for", "Steppe Policy Institute", [D7], "asserted", note="'a senior fellow at the Ulaanbaatar-based Steppe Policy Institute'")
# ===== cluster A: people and places
T("Nurlybek Zhanabil", "lives_in", "Tsengel", [D4], "asserted")
T("Gulnar Serikbai", "lives_in", "Tsengel", [D4], "asserted", note="'who also lives in Tsengel'")
T("Nurlybek Zhanabil", "citizen_of", MN, [D4], "asserted", note="'He is a Mongolian citizen'")
T("Aigerim", "lives_in", "Almaty", [D4], "asserted", time="2019", note="'moved to Almaty ... in 2019'; the text dates the start of residence")
T("Aigerim", "citizen_of", KZ, [D4], "asserted", time="2022", note="'became a Kazakh citizen three years later' (2019 + 3)")
T("Steppe Policy Institute", "based_in", "Ulaanbaatar", [D1, D7], "asserted", note="'the Steppe Policy Institute in Ulaanbaatar'; 'the Ulaanbaatar-based ...'")
T("Institute of Water Policy", "based_in", "Almaty", [D2], "asserted", note="'the Almaty-based Institute of Water Policy'")
T("Silk Road Analytics", "based_in", "Almaty", [D4], "asserted")
T(SCO, "based_in", "Beijing", [D2], "asserted", note="'the organisation's secretariat in Beijing'")
T("Ulaanbaatar", "capital_of", MN, [D1], "asserted", note="'Ulaanbaatar, the Mongolian capital'")
T("Astana", "capital_of", KZ, [D1], "asserted", note="'the Kazakh capital, Astana'; 02 only says 'the Kazakh capital' without naming it")
T("Bishkek", "capital_of", KG, [D2], "asserted", note="'Bishkek, the Kyrgyz capital'")
T("Ölgii", "capital_of", "Bayan-Ölgii", [D1, D4], "asserted", note="01 'Ulgii, the capital of Mongolia's westernmost province, Bayan-Ulgii'; 04 'Ölgii, the provincial capital'")
T("Bayan-Ölgii", "located_in", MN, [D1, D4], "asserted", note="'Mongolia's westernmost province, Bayan-Ulgii'; 'the only province of Mongolia'")
T("Tsengel", "located_in", "Bayan-Ölgii", [D4], "asserted", note="'Tsengel, a district of Bayan-Ölgii province'")
T("Altai Republic", "located_in", RU, [D1], "asserted", note="'Russia's Altai Republic'")
T("Xinjiang", "located_in", CN, [D1, D2], "asserted", note="'China's Xinjiang region'")
T("Lake Balkhash", "located_in", KZ, [D2], "asserted", note="'flowing into Kazakhstan, where the Ili feeds Lake Balkhash'")
T("Almaty", "located_in", KZ, [D4], "asserted", note="'Almaty, Kazakhstan's largest city'")
T("Tashanta", "located_in", RU, [D4], "asserted", note="'the Russian border post at Tashanta'")
T("Novorossiysk", "located_in", RU, [D7], "asserted", note="'Novorossiysk, Russia's main Black Sea oil port'")
T("Power of Siberia 2", "located_in", MN, [D7], "planned", req=False, note="'a pipeline that would carry ... gas ... across Mongolia'; not built")
# ===== cluster A: borders
T(MN, "borders", KZ, [D1, D4], "negated", note="'the two countries do not share a border'; 'Mongolia and Kazakhstan do not share a border'")
T(MN, "borders", RU, [D1, D7], "asserted", note="01 quote 'wedged between two great neighbours, Russia and China'; 07 'wedged between Russia and China', 'the two on Mongolia's borders'")
T(MN, "borders", CN, [D1, D7], "asserted", note="as Mongolia-Russia")
T(KZ, "borders", CN, [D2], "asserted", note="'the two countries share a border of more than 1,700 km'")
T(KG, "borders", "Tajikistan", [D2], "asserted", note="'signed a treaty ... settling their border'")
# ===== cluster A: the Altai Transit Agreement
T(MN, "signed_agreement_with", KZ, [D1, D4, D7], "asserted", time="2026-05", alt_s=[KHU], alt_o=[TOK],
  note="01 'on Tuesday' = 2026-05-12; 04 'last week' (from 2026-05-19); 07 'In May': common prefix 2026-05")
T(MN, "party_to", ATA, [D1, D4, D7], "asserted", time="2026-05", alt_s=[KHU], note="signed the Altai Transit Agreement; dates as the row above")
T(KZ, "party_to", ATA, [D1, D4, D7], "asserted", time="2026-05", alt_s=[TOK], note="07 'it signed the Altai Transit Agreement with Kazakhstan'")
T(KHU, "met_with", TOK, [D1], "reported", time="2026-05-12", alt_s=[MN], alt_o=[KZ], note="'signed ... after more than four hours of talks, officials from both sides said'")
T(TOK, "visited", "Ulaanbaatar", [D1, D4], "asserted", time="2026-05", alt_o=[MN], note="01 'who arrived in the city on Monday for a two-day state visit' (2026-05-11); 04 signed 'last week' 'in Ulaanbaatar': common prefix 2026-05")
T(TOK, "contacted", "Vladimir Putin", [D1], "reported", time="2026-05", alt_s=[KZ], alt_o=[RU], note="'telephoned ... Putin before leaving Astana, the Kremlin said'; on or before Monday May 11")
T(RU, "candidate_for", ATA, [D1], "reported", note="'Moscow has been invited to join the agreement ... Zhaksylykov told reporters'")
T(RU, "party_to", ATA, [D1, D4], "hedged", note="'could sign it before the end of the year'; 04 'Russia may sign, or it may sit on the file'")
T(CN, "party_to", ATA, [D1], "negated", alt_s=["Beijing"], note="'Beijing has declined to take part'")
T(RU, "brokered", ATA, [D1], "negated", note="'Russia did not broker this deal' (quote); polarity trap")
T(MN, "diplomatic_relations_with", KZ, [D1], "asserted", time="1992", note="'since they established diplomatic relations in 1992'")
T(MN, "imports_from", KZ, [D1], "asserted", note="'Kazakhstan already sells wheat and flour to Mongolia' (commodity: wheat, flour)")
T(MN, "trades_with", KZ, [D1], "reported", time="2025", note="'trade between the two countries reached about $190 million in 2025, according to Mongolian customs data'")
T(KHU, "visited", "Astana", [D1], "planned", time="2026-09", alt_o=[KZ], note="'is due to visit the Kazakh capital, Astana, in September'")
# ===== cluster A: trade, fuel, coal
T(CN, "imports_from", MN, [D1, D4, D7], "asserted", note="coal (and copper): 'China buys most of its coal and copper'; 'China buys almost all of Mongolia's coal'; 07 'its coal and copper go overwhelmingly to China'")
T(MN, "imports_from", RU, [D1, D4, D7], "asserted", note="fuel: 'Russia supplies most of its fuel'; 'imports almost all of its petrol and diesel from Russia'; 'buys nearly all of its fuel from Russia'")
T(RU, "blockaded", MN, [D4], "negated", note="'Moscow has never blockaded fuel deliveries to Mongolia' (stressed by officials)")
T(CN, "imports_from", RU, [D7], "planned", req=False, note="gas: 'a pipeline that would carry ... Russian gas ... to northern China'")
# ===== cluster A: blocs
T(KZ, "member_of", SCO, [D1, D7], "asserted", note="01 'a founding member of ... the Shanghai Cooperation Organisation'; 07 'full members of the SCO'")
T(KG, "member_of", SCO, [D7], "asserted", note="07 'full members of the SCO'; 02 only says Kyrgyzstan holds the chairmanship")
T(MN, "member_of", SCO, [D1, D2, D7], "negated", note="observer only: 'belongs to neither bloc'; 'not a member of it'; 07 'not a member ... but an observer' (a real denial of membership)")
T(MN, "member_of", CSTO, [D1], "negated", note="'belongs to neither bloc'")
T(MN, "candidate_for", SCO, [D2], "negated", alt_s=["Ulaanbaatar"], note="'Ulaanbaatar has never applied for full membership'")
T(KZ, "member_of", CSTO, [D1, D7], "asserted")
T(KG, "member_of", CSTO, [D7], "asserted")
T(KZ, "member_of", EAEU, [D7], "asserted")
T(KG, "member_of", EAEU, [D7], "asserted")
T(JP, "member_of", SCO, [D7], "negated", note="'Japan is not a member of the SCO'")
T(JP, "candidate_for", SCO, [D7], "negated", note="'has never sought observer status'")
# ===== cluster A: the Bishkek meeting
T("Yerlan Sadykov", "met_with", "Wang Yi", [D2], "reported", time="2026-06-16", alt_s=[KZ], alt_o=[CN], note="'raised the issue with ... Wang Yi, at a meeting ..., the Kazakh foreign ministry said'")
T("Sergei Lavrov", "met_with", "Wang Yi", [D2], "asserted", time="2026-06-16", note="'who met Wang separately on Tuesday'")
T(KZ, "criticized", CN, [D2], "asserted", alt_s=["Astana", "Yerlan Sadykov"], note="'Astana has complained for years that Chinese withdrawals ...'; 'pressed China'")
T(KZ, "negotiating_with", CN, [D2], "asserted", note="'have held talks on sharing the rivers since 2001' (ongoing, no single date)")
T(KZ, "signed_agreement_with", CN, [D2], "negated", note="'have never signed a binding water-sharing treaty'")
T(KZ, "signed_agreement_with", CN, [D2], "planned", alt_o=["Beijing"], note="'Kazakhstan hoped to sign one with Beijing by 2027'")
T(KZ, "threatened", CN, [D2], "negated", note="'has never threatened to take the dispute to international arbitration'")
T(KZ, "trades_with", CN, [D2], "asserted", note="'China is Kazakhstan's largest trading partner'")
T(RU, "allied_with", CN, [D2], "asserted", alt_o=["Beijing"], note="'ties between Moscow and Beijing, whose leaders describe their partnership as having \"no limits\"'")
T(KG, "signed_agreement_with", "Tajikistan", [D2], "asserted", time="2025-03", note="'signed a treaty in March 2025 settling their border'")
T(KG, "in_conflict_with", "Tajikistan", [D2], "asserted", note="'clashes in 2021 and 2022 that killed more than 100 people' (two years: no single time)")
T("Xi Jinping", "visited", "Bishkek", [D2], "hedged", time="2026", alt_s=[CN], note="'expected to attend' the summit in Bishkek in the autumn")
T("Vladimir Putin", "visited", "Bishkek", [D2], "hedged", time="2026", alt_s=[RU], note="as Xi")
T(KHU, "visited", "Bishkek", [D7], "hedged", time="2026", note="'Khurelsukh is expected to attend as a guest' the autumn summit in Bishkek")
T("Tseren Ganbold", "visited", "Bishkek", [D2], "asserted", time="2026-06", req=False, note="'sent Deputy Foreign Minister Tseren Ganbold to Bishkek'")
# ===== cluster A: Bayan-Olgii, Japan
T("Nurlybek Zhanabil", "visited", KZ, [D4], "negated", note="'who has never been to Kazakhstan'")
T("Nurlybek Zhanabil", "visited", "Almaty", [D4], "hedged", alt_o=[KZ], note="conditional: 'If the new road comes, I will drive to Almaty myself'; hopes the road 'will let him visit his daughter' (in Almaty)")
T(MN, "gained_independence_from", "Qing empire", [D4], "asserted", time="1911", req=False, note="'declared independence from the Qing empire in 1911' (declared, recognized by China only in 1946)")
T(CN, "recognizes", MN, [D4], "asserted", time="1946", note="'China recognized it only in 1946'")
T(KZ, "gained_independence_from", SU, [D4], "asserted", time="1991")
T(JP, "supported", MN, [D4], "asserted", note="'Japan has given Mongolia more development aid than any other country'")
T(JP, "supported", MN, [D4], "hedged", req=False, alt_s=["Tokyo"], note="'Tokyo could also help pay for a survey of the new road'; recipient implicit")
T(JP, "signed_agreement_with", MN, [D4], "asserted", time="2015", note="'the two signed an Economic Partnership Agreement in 2015'")
T(JP, "party_to", "Japan-Mongolia Economic Partnership Agreement", [D4], "asserted", time="2015")
T(MN, "party_to", "Japan-Mongolia Economic Partnership Agreement", [D4], "asserted", time="2015")
T("Hiroshi Tanabe", "visited", "Ölgii", [D4], "asserted", time="2026-04", alt_o=[MN, "Bayan-Ölgii"], note="'In April, ... Hiroshi Tanabe, visited Ölgii' (April before 2026-05-19)")
# ===== cluster A: 07 pipeline, history, Japan, Kazakhstan
T(KHU, "visited", "Tokyo", [D7], "asserted", time="2026-03", alt_o=[JP], note="'In March, President Ukhnaagiin Khurelsukh flew to Tokyo'")
T(KHU, "met_with", "Sanae Takaichi", [D7], "asserted", time="2026-03", alt_s=[MN], alt_o=[JP])
T("Gazprom", "signed_agreement_with", "China National Petroleum Corporation", [D7], "asserted", time="2025-09", note="'legally binding memorandum' on Power of Siberia 2")
T("Gazprom", "negotiating_with", "China National Petroleum Corporation", [D7], "reported", note="'Price talks between the two companies have not concluded' = still talking (not a negation of the talks)")
T(MN, "negotiating_with", RU, [D7], "asserted", note="'is negotiating the terms with Russia'")
T("Dmitry Voronin", "threatened", MN, [D7], "reported", time="2026-06", alt_s=[RU], note="'Last month ... threatened to route the pipeline through Kazakhstan instead ..., according to two Mongolian officials'")
T(RU, "contacted", KZ, [D7], "negated", note="'Moscow had never approached it about hosting the line' (Kazakh energy ministry)")
T(CN, "took_control_of", "Ulaanbaatar", [D7], "asserted", time="1919", note="'Chinese troops occupied Urga, as Ulaanbaatar was then called, in 1919'")
T(MN, "allied_with", SU, [D1, D7], "asserted", note="'a Soviet ally for most of the 20th century'; 'the Soviet Union's closest ally in Asia'")
T(SU, "in_conflict_with", CN, [D7], "asserted", time="1969", alt_p=["attacked"], note="'Soviet and Chinese troops clashed' in 1969")
T(SU, "normalized_relations_with", CN, [D7], "asserted", time="1989")
T(SU, "borders", CN, [D7], "asserted", note="'Soviet and Chinese troops clashed ... along their long frontier' (historical)")
T("Mikhail Gorbachev", "visited", "Beijing", [D7], "asserted", time="1989", alt_o=[CN])
T(JP, "sanctioned", RU, [D7], "asserted", time="2022", alt_s=["Tokyo"], note="'Tokyo has imposed sanctions on Russia since ... 2022'")
T(RU, "attacked", UA := "Ukraine", [D7], "asserted", time="2022", note="'Moscow's full-scale invasion of Ukraine in 2022'")
T(RU, "in_conflict_with", "Ukraine", [D7], "asserted", req=False, note="entailed by the invasion")
T(RU, "criticized", JP, [D7], "asserted", note="'the Kremlin has repeatedly accused Japan of hostility'")
T(JP, "imports_from", KZ, [D7], "hedged", note="uranium: 'Japanese officials say Japan could buy more uranium from Kazakhstan'")
T("Ukraine", "attacked", "CPC terminal", [D7], "asserted", time="2025-11", alt_o=["Caspian Pipeline Consortium"], note="'Ukrainian naval drones damaged a mooring at the CPC terminal near Novorossiysk'")
T(KZ, "criticized", "Ukraine", [D7], "asserted", time="2025-11", alt_s=["Astana"], note="'Astana lodged a protest with Kyiv'")
T(MN, "allied_with", US, [D7], "asserted", time="2019", note="'the United States, which Mongolia has called a strategic partner since 2019'")

# ===== cluster B: heads and posts
T(HH, "head_of", ZM, [D3, D5], "asserted", note="'Zambian President'; 05 'President Hakainde Hichilema' in a Zambian context")
T(LOU, "head_of", AO, [D3, D6, D8], "asserted", note="'Angolan President'; 08 'has been president since 2017' (no common time)")
T("Félix Tshisekedi", "head_of", CD, [D3, D6], "asserted", note="'Congolese President'; 06 'President Felix Tshisekedi'")
T("Samia Suluhu Hassan", "head_of", TZ, [D5], "asserted")
T("Donald Trump", "head_of", US, [D5], "asserted", note="'President Donald Trump's senior adviser'")
T("Paul Kagame", "head_of", RW, [D6], "asserted")
T("Joe Biden", "head_of", US, [D8], "asserted", note="'Joe Biden, then president' (past)")
T("Ursula von der Leyen", "head_of", "European Commission", [D8], "asserted")
T(LOU, "head_of", "African Union", [D3], "asserted", time="2025", note="'who chaired the African Union in 2025' (role: chairperson)")
T(LOU, "head_of", "MPLA", [D8], "asserted", note="'its leader, João Lourenço'")
T(LOU, "member_of", "MPLA", [D8], "asserted", req=False, note="entailed by leading it")
T("Jonas Savimbi", "head_of", "UNITA", [D8], "asserted", note="'UNITA's founder and leader'")
T("Patrice Lumumba", "head_of", CD, [D6], "asserted", note="'Congo's first prime minister' (historical)")
T("Mateus Cassoma", "works_for", AO, [D3], "asserted", note="'Angolan Transport Minister'")
T("Charity Mwape", "works_for", ZM, [D3], "asserted", note="'Zambia's transport minister'")
T("Massad Boulos", "works_for", "Donald Trump", [D5], "asserted", alt_o=[US], note="'President Donald Trump's senior adviser for Africa'")
T("Aime Kalala", "works_for", CD, [D6], "asserted", note="'Deputy Mines Minister' in a Congolese context")
T("James Kabarebe", "works_for", RW, [D6], "asserted", note="'Rwanda's minister of state for regional integration'")
T("Marta Quintas", "works_for", "Atlantic Africa Institute", [D3, D8], "asserted")
T("Chanda Mulenga", "works_for", "Copperbelt Policy Forum", [D5], "asserted")
T("Bwalya Mutale", "member_of", "Zambia Truck Drivers Union", [D5], "asserted", note="'a driver and union member'")
# ===== cluster B: people and places
T("Bwalya Mutale", "lives_in", "Kitwe", [D5], "asserted")
T("Jeanine Kasongo", "lives_in", "Kolwezi", [D6], "asserted")
T("Atlantic Africa Institute", "based_in", "Lisbon", [D3, D8], "asserted", note="'the Lisbon-based'; 'the Atlantic Africa Institute in Lisbon'")
T("Copperbelt Policy Forum", "based_in", "Lusaka", [D5], "asserted", note="'a think tank in Lusaka'")
T("Southern African Development Community", "based_in", "Gaborone", [D8], "asserted", note="'whose secretariat is in Gaborone, Botswana'")
T("Luanda", "capital_of", AO, [D8], "asserted", note="'Luanda, the Angolan capital'")
T("Lusaka", "capital_of", ZM, [D5], "asserted", note="'Lusaka, the Zambian capital'")
T("Dodoma", "capital_of", TZ, [D5], "asserted", note="'Dodoma, the official capital'")
T("Dar es Salaam", "capital_of", TZ, [D5], "negated", note="'no longer Tanzania's capital but remains its commercial hub'")
T("Kolwezi", "capital_of", "Lualaba", [D6], "asserted", note="'the capital of Congo's Lualaba province'")
T("Dar es Salaam", "located_in", TZ, [D5], "asserted", note="'Tanzania's ... commercial hub and busiest port'")
T("Lualaba", "located_in", CD, [D6], "asserted")
T("Goma", "located_in", CD, [D6], "asserted", note="'the largest city in eastern Congo'")
T("Lobito", "located_in", AO, [D6, D8], "asserted", note="'Lobito, on Angola's Atlantic coast'; 'LOBITO, Angola'")
T("Lobito", "located_in", "Benguela Province", [D8], "asserted")
T("Benguela Province", "located_in", AO, [D8], "asserted", note="'Angola's Benguela province'")
T("Chingola", "located_in", "Copperbelt Province", [D3], "asserted")
T("Copperbelt Province", "located_in", ZM, [D3], "asserted", note="'Zambia's Copperbelt Province'")
T("Kitwe", "located_in", "Copperbelt Province", [D5], "asserted", note="'Kitwe on the Copperbelt'")
T("Luau", "located_in", AO, [D3], "asserted", note="'Luau, a town on Angola's border with Congo'")
T("Gaborone", "located_in", "Botswana", [D8], "asserted", note="'Gaborone, Botswana'")
# ===== cluster B: borders
T(AO, "borders", ZM, [D3], "asserted", note="'Jimbe, on Zambia's border with Angola'; 'shares long borders with both Zambia and Congo'")
T(AO, "borders", CD, [D3], "asserted", note="'Angola's border with Congo'")
T(ZM, "borders", CD, [D5, D6], "asserted", note="'the busiest crossing between Zambia and Congo'; 06 'the border with Zambia'")
T(TZ, "borders", ZM, [D5], "asserted", note="'Tanzania, Zambia's neighbour to the north-east'")
# ===== cluster B: the Luanda Rail Protocol
T(AO, "signed_agreement_with", ZM, [D3, D5], "asserted", time="2026-04", alt_s=[LOU], alt_o=[HH],
  note="03 'on Tuesday' = 2026-04-14; 05 'last week' (from 2026-04-21): common prefix 2026-04")
T(AO, "party_to", LRP, [D3, D5], "asserted", time="2026-04", alt_s=[LOU])
T(ZM, "party_to", LRP, [D3, D5], "asserted", time="2026-04", alt_s=[HH])
T(HH, "met_with", LOU, [D3], "reported", time="2026-04-14", alt_s=[ZM], alt_o=[AO], note="'after the two men held talks, Angolan state television reported'")
T(HH, "visited", "Luanda", [D3], "asserted", time="2026-04-13", alt_o=[AO], note="'who flew into Luanda on Monday'")
T(HH, "visited", AO, [D5], "asserted", time="2026-04", note="'on his return from Angola' (the trip of last week)")
T("Félix Tshisekedi", "visited", "Luanda", [D3], "negated", req=False, note="'did not attend the ceremony' (held in Luanda)")
T(CD, "party_to", LRP, [D3], "negated", note="'Kinshasa is not a signatory to the protocol'")
T(CD, "party_to", LRP, [D3], "hedged", note="'could join at a later stage' (Cassoma)")
T(LOU, "contacted", "Félix Tshisekedi", [D3], "reported", time="2026-04-12", alt_s=[AO], alt_o=[CD], note="'telephoned Tshisekedi on Sunday ..., a presidency official said'")
T(AO, "signed_agreement_with", CD, [D3], "planned", note="'Angola wanted to sign a similar protocol with Congo by the end of the year'")
# ===== cluster B: backers of the corridor
T(US, "supported", "Lobito Corridor", [D3, D8], "asserted", note="03 'backed not by China but by the United States and the European Union' (not X but Y); 08 Biden came 'to showcase the corridor', the Trump administration 'has kept the project'")
T(EU, "supported", "Lobito Corridor", [D3, D8], "asserted", note="03 as above; 08 'has paid for feasibility studies on the corridor'")
T(CN, "supported", "Lobito Corridor", [D3], "negated", note="'backed not by China'")
T("Southern African Development Community", "supported", "Lobito Corridor", [D8], "asserted", note="'has endorsed the corridor as a regional priority'")
T(US, "party_to", LMOU, [D3], "asserted", time="2023")
T(EU, "party_to", LMOU, [D3], "asserted", time="2023")
T(AO, "party_to", LMOU, [D3], "asserted", time="2023", note="'signed the ... memorandum of understanding with Angola, Zambia and Congo in 2023'")
T(ZM, "party_to", LMOU, [D3], "asserted", time="2023")
T(CD, "party_to", LMOU, [D3], "asserted", time="2023")
T(TZ, "candidate_for", LMOU, [D8], "asserted", note="'Tanzania was invited to join the 2023 Lobito Corridor memorandum'")
T(TZ, "party_to", LMOU, [D8], "negated", note="'but has not signed it'")
T("U.S. International Development Finance Corporation", "supported", "Lobito Atlantic Railway", [D3], "asserted", time="2024", alt_s=[US], note="'lent $553 million in 2024 to Lobito Atlantic Railway'")
T(US, "supported", "Lobito Atlantic Railway", [D8], "asserted", time="2024", note="'a $553 million American loan to Lobito Atlantic Railway' shown in December 2024")
T(CN, "supported", "Benguela Railway", [D3, D8], "asserted", note="'financed much of the reconstruction of the Benguela line'; 'Chinese firms rebuilt long stretches of the Benguela line in the 2000s'")
T(CN, "supported", AO, [D3, D8], "asserted", req=False, note="'China, Angola's largest creditor'; arguable as support")
T(AO, "gained_independence_from", "Portugal", [D3, D8], "asserted", time="1975")
T(AO, "member_of", "Southern African Development Community", [D3], "asserted")
T(ZM, "member_of", "Southern African Development Community", [D3], "asserted")
T(CD, "member_of", "Southern African Development Community", [D3, D6], "asserted")
T(CD, "member_of", "East African Community", [D6], "asserted")
# ===== cluster B: 05 Zambia
T(CN, "supported", "Tanzania-Zambia Railway", [D5], "asserted", time="197", note="'the line that China built between 1970 and 1975'; 'one of the largest foreign aid projects Beijing had ever undertaken'")
T(CN, "supported", ZM, [D5], "asserted", req=False, note="TAZARA built 'to give Zambia an outlet to the Indian Ocean'; 'China stepped in'")
T("China Civil Engineering Construction Corporation", "supported", "Tanzania-Zambia Railway", [D5], "planned", note="'will spend about $1.4 billion to revive TAZARA'")
T(CN, "imports_from", ZM, [D5], "asserted", note="copper: 'China buys more Zambian copper than any other country'")
T(US, "imports_from", ZM, [D5], "hedged", note="copper, conditional: 'If Lobito works, the United States could become a serious buyer of Zambian copper'")
T("Massad Boulos", "visited", "Lusaka", [D5], "asserted", time="2026-02", alt_o=[ZM])
T("Massad Boulos", "met_with", HH, [D5], "asserted", time="2026-02")
T(US, "negotiating_with", ZM, [D5], "reported", note="'The two governments are negotiating a critical minerals agreement, according to two Zambian officials'")
T(US, "signed_agreement_with", ZM, [D5], "negated", note="'but no deal has been signed'")
T(CN, "criticized", US, [D5], "asserted", time="2026-04", note="'Its embassy in Lusaka accused the United States this month of treating Africa \"like a chessboard\"'")
T("Zambia Truck Drivers Union", "blockaded", "Kasumbalesa border post", [D5], "asserted", time="2026-04", note="'Last week, members of the Zambia Truck Drivers Union blockaded the Kasumbalesa border post'")
T(TZ, "criticized", "Lobito Corridor", [D5], "negated", note="'has not criticized the Lobito corridor'")
T(ZM, "gained_independence_from", "United Kingdom", [D5], "asserted", time="1964", note="'won independence from Britain in 1964'")
T(HH, "visited", "Dar es Salaam", [D5], "hedged", time="2026-06", alt_o=[TZ], note="'is expected to travel to Dar es Salaam in June'")
# ===== cluster B: 06 Congo
T(CN, "imports_from", CD, [D6], "asserted", note="cobalt: 'most of it is bought by refiners in China'")
T(US, "negotiating_with", CD, [D6], "asserted", note="'Washington and Kinshasa have been negotiating a minerals partnership since last year'")
T("Félix Tshisekedi", "visited", US, [D6], "planned", time="2026-06", note="'is due to travel to the United States in June, his office said'")
T(CD, "negotiating_with", RW, [D6], "asserted", req=False, note="Lourenço 'mediated between Kinshasa and Kigali'; arguable")
T("M23", "took_control_of", "Goma", [D6], "asserted", time="2025-01")
T("M23", "took_control_of", "Bukavu", [D6], "asserted", time="2025-02", note="'took Bukavu a month later'")
T(RW, "supported", "M23", [D6], "asserted", note="'The Rwanda-backed M23 rebels'; UN experts reported Rwandan troops fought alongside them")
T(RW, "supported", "M23", [D6], "negated", note="'Kigali denies supporting the M23' (claim and rebuttal in one document)")
T(CD, "in_conflict_with", "M23", [D6], "asserted", note="'the war has not ended'; 'Fighting has continued'")
T(CD, "signed_agreement_with", RW, [D6], "asserted", time="2025-06")
T(CD, "party_to", "Washington peace agreement", [D6], "asserted", time="2025-06")
T(RW, "party_to", "Washington peace agreement", [D6], "asserted", time="2025-06")
T(US, "brokered", "Washington peace agreement", [D6], "asserted", time="2025-06", note="passive: 'brokered by the United States'")
T("Qatar", "brokered", "Doha framework agreement", [D6], "asserted", time="2025-11")
T(CD, "party_to", "Doha framework agreement", [D6], "asserted", time="2025-11")
T("M23", "party_to", "Doha framework agreement", [D6], "asserted", time="2025-11")
T(CD, "signed_agreement_with", "M23", [D6], "asserted", time="2025-11", note="'the Doha framework agreement between Kinshasa and the M23'")
T(CD, "normalized_relations_with", RW, [D6], "hedged", note="'Kinshasa and Kigali could restore full relations if the agreements hold'")
T(US, "sanctioned", "James Kabarebe", [D6], "asserted", time="2025-02", alt_s=["U.S. Treasury"])
T(EU, "sanctioned", "M23", [D6], "asserted", time="2025-03", note="'sanctioned M23 commanders'")
T("Paul Kagame", "criticized", CD, [D6], "asserted", alt_s=[RW], note="'has accused Congo of sheltering the FDLR'")
T(CD, "supported", "FDLR", [D6], "reported", req=False, note="Kagame's accusation of 'sheltering' the FDLR")
T(CD, "gained_independence_from", "Belgium", [D6], "asserted", time="1960-06")
T("Katanga", "seceded_from", CD, [D6], "asserted", time="1960", note="'Weeks after ... June 1960, Katanga ... seceded'")
T("Katangese forces", "killed", "Patrice Lumumba", [D6], "asserted", time="1961-01", note="passive: 'was killed by Katangese forces in January 1961'")
T("United Nations", "took_control_of", "Katanga", [D6], "asserted", time="1963", note="'United Nations troops took control of Katanga's last strongholds'")
# ===== cluster B: 08 history and Washington
T("MPLA", "in_conflict_with", "UNITA", [D8], "asserted", note="civil war 1975-2002 (range: no time)")
T(US, "supported", "UNITA", [D8], "asserted", note="'during the Cold War' (no ISO date)")
T("South Africa", "supported", "UNITA", [D8], "asserted")
T("Cuba", "supported", "MPLA", [D8], "asserted", note="'Cuban troops fought for the MPLA'")
T("UNITA", "attacked", "Benguela Railway", [D8], "asserted", time="198", note="'UNITA guerrillas repeatedly attacked the line in the 1980s'")
T("Angolan Armed Forces", "killed", "Jonas Savimbi", [D8], "asserted", time="2002-02")
T(US, "recognizes", AO, [D8], "asserted", time="1993", alt_o=["MPLA"], note="'Washington recognized the MPLA government only in 1993'")
T(AO, "diplomatic_relations_with", US, [D8], "asserted", time="1993")
T(AO, "allied_with", SU, [D8], "asserted", note="'once a close ally of the Soviet Union and Cuba'")
T(AO, "allied_with", "Cuba", [D8], "asserted")
T(AO, "allied_with", US, [D8], "asserted", note="'now calls the United States a strategic partner'")
T("Joe Biden", "visited", "Lobito", [D8], "asserted", time="2024-12", alt_o=[AO])
T(US, "sanctioned", AO, [D8], "asserted", time="2025-04", note="'a 32 percent tariff on Angolan goods'")
T(US, "threatened", ZM, [D8], "reported", time="2026-05", alt_o=["Lusaka"], note="'Last month, U.S. officials threatened to withdraw support ... if Lusaka picked a Chinese contractor, according to two people'")
T("Ursula von der Leyen", "visited", "Luanda", [D8], "planned", time="2026-07", alt_o=[AO])
T(AO, "member_of", "OPEC", [D8], "negated", note="'no longer a member of OPEC'")
T(CN, "imports_from", AO, [D8], "asserted", note="oil: 'it never stopped selling oil to China' (double negation = asserted)")


# ---------------------------------------------------------------- checks
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors, warnings = [], []
    etype, alias = {}, {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in etype:
            errors.append(f"entity {name} listed twice")
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias and alias[k] != name:
                errors.append(f"alias {a!r} of {name} already belongs to {alias[k]}")
            alias[k] = name

    texts = {}
    for d in DOCS:
        path = os.path.join(CORPUS, d)
        if not os.path.exists(path):
            errors.append(f"missing document {d}")
            continue
        texts[d] = textutil.clean(path)

    def mentioned(entity, text):
        forms = [entity] + dict((n, a) for n, _, a in ENTITIES)[entity] + MENTION_FORMS.get(entity, [])
        for f in forms:
            if re.search(r"(?<![\w-])" + re.escape(f) + r"(?!\w)", text):
                return True
        return False

    def unit(s, p, o, mod):
        if p in SYMMETRIC and s > o:
            s, o = o, s
        return (s, p, o, POLARITY[mod])

    mains = {}
    for i, r in enumerate(ROWS):
        where = f"row {i + 1} ({r['s']} {r['p']} {r['o']})"
        if r["p"] not in PRED:
            errors.append(f"{where}: unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: bad modality {r['modality']}")
        for who in [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", []):
            if who not in etype:
                errors.append(f"{where}: entity {who!r} not in ENTITIES")
        for ap in r.get("alt_p", []):
            if ap not in PRED:
                errors.append(f"{where}: bad alt_p {ap}")
        if r["s"] in etype and r["o"] in etype:
            st, ot = PRED[r["p"]]
            if st and etype[r["s"]] not in st:
                errors.append(f"{where}: subject type {etype[r['s']]} not allowed")
            if ot and etype[r["o"]] not in ot:
                errors.append(f"{where}: object type {etype[r['o']]} not allowed")
        t = r.get("time")
        if t is not None:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
                errors.append(f"{where}: bad time {t}")
            if r["p"] in STATIC:
                errors.append(f"{where}: time on a static predicate")
            if r["modality"] == "negated":
                errors.append(f"{where}: time on a negated row")
        if not r["docs"]:
            errors.append(f"{where}: no docs")
        for d in r["docs"]:
            if d not in texts:
                errors.append(f"{where}: unknown doc {d}")
                continue
            for who in (r["s"], r["o"]):
                if who in etype and not mentioned(who, texts[d]):
                    errors.append(f"{where}: {who!r} not found in {d}")
        u = unit(r["s"], r["p"], r["o"], r["modality"])
        if u in mains:
            errors.append(f"{where}: duplicate unit of row {mains[u] + 1}")
        mains[u] = i

    # alt readings that coincide with another row's main unit
    for i, r in enumerate(ROWS):
        for s in [r["s"]] + r.get("alt_s", []):
            for p in [r["p"]] + r.get("alt_p", []):
                for o in [r["o"]] + r.get("alt_o", []):
                    if (s, p, o) == (r["s"], r["p"], r["o"]):
                        continue
                    u = unit(s, p, o, r["modality"])
                    if u in mains and mains[u] != i:
                        warnings.append(f"alt of row {i + 1} ({r['s']} {r['p']} {r['o']}) = main unit of row {mains[u] + 1}")

    # every entity used, every alias seen somewhere
    used = {x for r in ROWS for x in [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", [])}
    for name, _, aliases in ENTITIES:
        if name not in used:
            warnings.append(f"entity {name} is in no row (kept for alias mapping)")
    alltext = "\n".join(texts.values())
    unseen = [a for _, _, al in ENTITIES for a in al if a not in alltext]

    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("warning", w)
    if errors:
        sys.exit(f"{len(errors)} errors")

    # ------------------------------------------------------------ write
    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_st = 0
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for d in r["docs"]:
                path = os.path.join(CORPUS, d)
                text = texts[d]
                sents = textutil.sentences(text)
                best = None
                for a, b, s in sents:
                    hs, ho = mentioned(r["s"], s), mentioned(r["o"], s)
                    score = 2 * (hs and ho) + (hs or ho)
                    if best is None or score > best[0]:
                        best = (score, a, b, s)
                m = textutil.meta(path)
                st = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                      "object": r["o"], "object_type": etype[r["o"]], "modality": r["modality"],
                      "time": r.get("time", ""), "role": "", "confidence": 1.0,
                      "source": "corpus/" + d, "title": m["title"], "published": DOCDATE[d],
                      "sentence": best[3], "start": best[1], "end": best[2], "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_st += 1

    print(f"ok: {len(ENTITIES)} entities, {len(ROWS)} rows, {n_st} self-check statements")
    if "--stats" in sys.argv:
        stats(etype, unseen)


def stats(etype, unseen):
    req = sum(r["required"] for r in ROWS)
    print(f"rows {len(ROWS)}, required {req}, optional {len(ROWS) - req}")
    print("modality:", dict(Counter(r["modality"] for r in ROWS).most_common()))
    print("with time:", sum("time" in r for r in ROWS))
    pc = Counter(r["p"] for r in ROWS)
    print("predicates used:", len(pc), "of", len(PRED), "missing:", sorted(set(PRED) - set(pc)))
    for p in PRED:
        mods = Counter(r["modality"] for r in ROWS if r["p"] == p)
        print(f"  {p:28s} {pc[p]:3d}  {dict(mods)}")
    print("entities per type:", dict(Counter(etype.values()).most_common()))
    per_doc = Counter(d for r in ROWS for d in r["docs"])
    print("rows per doc:", dict(sorted(per_doc.items())))
    multi = sum(len(r["docs"]) > 1 for r in ROWS)
    print("rows citing more than one doc:", multi)
    print("aliases not found in any text:", unseen)


if __name__ == "__main__":
    main()
