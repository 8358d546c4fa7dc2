#!/usr/bin/env python3
"""Build the gold standard of news set zi.

Writes, next to this tools/ folder:
  entities.jsonl                one entity a line (name, type, aliases)
  triples.jsonl                 one gold fact a line (format of shared/eval/README.md)
  selfcheck_statements.jsonl    one statement per gold row and document, in the
                                `kg export --format jsonl` shape (DESIGN.md)

Every gold row is annotated per document with an evidence string `ev` that must
occur verbatim in that document's cleaned text; the script checks it, finds the
sentence around it and records its offsets in the self-check statement.
Rows that state the same (subject, predicate, object, polarity) in several
documents are merged into one gold row with several docs; the script refuses to
merge rows whose time or required flag disagree.

Usage: python3 tools/build_gold.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
PREDICATES = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
              "located_in", "capital_of", "borders", "met_with", "visited",
              "negotiating_with", "contacted", "brokered", "party_to",
              "signed_agreement_with", "candidate_for", "normalized_relations_with",
              "diplomatic_relations_with", "allied_with", "recognizes", "supported",
              "criticized", "threatened", "sanctioned", "in_conflict_with", "attacked",
              "killed", "took_control_of", "blockaded", "seceded_from",
              "gained_independence_from", "imports_from", "trades_with"}
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}

# ---------------------------------------------------------------- entities
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ENTITIES = [
    # people
    ("Hilda Heine", P, ["Heine", "President Hilda Heine", "Marshall Islands President Hilda Heine"]),
    ("Kalani Kaneko", P, ["Kaneko", "Foreign Minister Kalani Kaneko"]),
    ("Marco Rubio", P, ["Rubio", "Secretary of State Marco Rubio"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "Donald J. Trump"]),
    ("Teresia Langi", P, ["Langi"]),
    ("Mele Tuilagi", P, ["Tuilagi"]),
    ("Daniel Ortiz", P, ["Ortiz"]),
    ("Ruth Henley", P, ["Henley"]),
    ("Xanana Gusmão", P, ["Xanana Gusmao", "Gusmao", "Gusmão", "Kay Rala Xanana Gusmão"]),
    ("Pham Minh Chinh", P, ["Chinh", "Phạm Minh Chính", "Prime Minister Pham Minh Chinh"]),
    ("To Lam", P, ["Tô Lâm", "General Secretary To Lam", "Communist Party General Secretary To Lam"]),
    ("José Ramos-Horta", P, ["Jose Ramos-Horta", "Ramos-Horta", "President Jose Ramos-Horta"]),
    ("Bui Thanh Son", P, ["Bùi Thanh Sơn"]),
    ("Bendito Freitas", P, ["Bendito dos Santos Freitas", "Freitas"]),
    ("Ferdinand Marcos Jr.", P, ["Ferdinand Marcos Jr", "Ferdinand Marcos", "Marcos",
                                 "Ferdinand R. Marcos Jr.", "Bongbong Marcos"]),
    ("Nguyen Thi Lan", P, []),
    ("Tran Minh Quan", P, []),
    ("Ana Soares", P, ["Soares"]),
    ("Peter Holloway", P, ["Holloway"]),
    ("Surangel Whipps Jr.", P, ["Surangel Whipps Jr", "Surangel Whipps", "Whipps"]),
    ("Toshimitsu Motegi", P, ["Motegi"]),
    ("Sanae Takaichi", P, ["Takaichi", "Prime Minister Sanae Takaichi"]),
    ("Lin Jian", P, []),
    ("Keiko Tanabe", P, ["Tanabe"]),
    ("Joseph Ngiraked", P, ["Ngiraked"]),
    ("Aiko Mori", P, ["Mori"]),
    ("Simon Clarke", P, ["Clarke"]),
    ("Åsmund Aukrust", P, ["Asmund Aukrust", "Aukrust"]),
    ("Syeda Rizwana Hasan", P, ["Rizwana Hasan", "Hasan"]),
    ("Muhammad Yunus", P, ["Yunus"]),
    ("Touhid Hossain", P, ["Md Touhid Hossain", "Hossain"]),
    ("Lena Marquardt", P, ["Marquardt"]),
    ("Jonas Gahr Støre", P, ["Jonas Gahr Store", "Støre", "Store"]),
    ("Farhana Chowdhury", P, ["Chowdhury"]),
    ("Hassanal Bolkiah", P, ["Sultan Hassanal Bolkiah", "Bolkiah"]),
    ("Luong Cuong", P, ["Lương Cường", "President Luong Cuong"]),
    ("Erywan Yusof", P, ["Erywan Pehin Yusof", "Erywan"]),
    ("Nguyen Hong Dien", P, ["Nguyễn Hồng Diên"]),
    ("Aziz Rahman", P, ["Rahman"]),
    ("Mohamed Muizzu", P, ["Muizzu", "President Mohamed Muizzu"]),
    ("Moosa Zameer", P, ["Zameer", "Finance Minister Moosa Zameer"]),
    ("Muhammad Al Jasser", P, ["Al Jasser", "Muhammad Al-Jasser", "Al-Jasser"]),
    ("Mohammed Al-Jadaan", P, ["Al-Jadaan", "Mohammed Aljadaan", "Mohammed Al Jadaan"]),
    ("Narendra Modi", P, ["Modi", "Prime Minister Narendra Modi"]),
    ("Abdulla Khaleel", P, ["Khaleel", "Foreign Minister Abdulla Khaleel"]),
    ("Dilani Perera", P, ["Perera"]),
    ("Kristrún Frostadóttir", P, ["Kristrun Frostadottir", "Frostadóttir", "Frostadottir"]),
    ("Þorgerður Katrín Gunnarsdóttir", P, ["Thorgerdur Katrin Gunnarsdottir", "Þorgerður Gunnarsdóttir",
                                          "Gunnarsdóttir", "Gunnarsdottir"]),
    ("Tore O. Sandvik", P, ["Tore Sandvik", "Tore O Sandvik", "Sandvik"]),
    ("Mark Rutte", P, ["Rutte"]),
    ("Guðrún Hafsteinsdóttir", P, ["Gudrun Hafsteinsdottir", "Hafsteinsdóttir", "Hafsteinsdottir"]),
    ("Eiríkur Magnússon", P, ["Eirikur Magnusson", "Magnússon", "Magnusson"]),
    ("Sigrun Halldorsdottir", P, ["Sigrún Halldórsdóttir", "Halldorsdottir"]),
    ("Jeremiah Manele", P, ["Manele", "Prime Minister Jeremiah Manele"]),
    ("Peter Shanel Agovaka", P, ["Peter Agovaka", "Agovaka"]),
    ("Penny Wong", P, ["Wong", "Foreign Minister Penny Wong"]),
    ("Anthony Albanese", P, ["Albanese", "Prime Minister Anthony Albanese"]),
    ("Xi Jinping", P, ["Xi", "President Xi Jinping"]),
    ("Matthew Wale", P, ["Wale"]),
    ("Daniel Suidani", P, ["Suidani"]),
    ("Baron Waqa", P, ["Waqa"]),
    ("Joanne Kiriau", P, ["Kiriau"]),
    ("Lisa Tanimoto", P, ["Tanimoto"]),
    # countries
    ("Marshall Islands", C, ["Republic of the Marshall Islands", "RMI", "the Marshall Islands"]),
    ("United States", C, ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America",
                          "Washington", "U.S. government", "US government"]),
    ("Federated States of Micronesia", C, ["FSM", "Micronesia"]),
    ("Palau", C, ["Republic of Palau"]),
    ("Taiwan", C, ["Republic of China"]),
    ("Fiji", C, ["Republic of Fiji"]),
    ("Vietnam", C, ["Viet Nam", "Socialist Republic of Vietnam"]),
    ("Timor-Leste", C, ["East Timor", "Timor Leste", "Democratic Republic of Timor-Leste"]),
    ("Thailand", C, []),
    ("Philippines", C, ["the Philippines", "Republic of the Philippines"]),
    ("Indonesia", C, []),
    ("Solomon Islands", C, ["the Solomon Islands", "Solomons"]),
    ("Japan", C, []),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("Australia", C, []),
    ("France", C, []),
    ("Norway", C, ["Kingdom of Norway"]),
    ("Bangladesh", C, ["People's Republic of Bangladesh"]),
    ("India", C, ["Republic of India"]),
    ("Pakistan", C, []),
    ("Brunei", C, ["Brunei Darussalam", "the sultanate"]),
    ("Singapore", C, []),
    ("Maldives", C, ["the Maldives", "Republic of Maldives"]),
    ("Saudi Arabia", C, ["Kingdom of Saudi Arabia"]),
    ("Sri Lanka", C, []),
    ("Iceland", C, []),
    ("Russia", C, ["Russian Federation"]),
    ("Denmark", C, []),
    ("Finland", C, []),
    ("Papua New Guinea", C, ["PNG"]),
    # organizations
    ("Pacific Wire Service", O, []),
    ("Mekong Newswire", O, []),
    ("Island Press Agency", O, []),
    ("U.S. State Department", O, ["State Department", "US State Department", "U.S. Department of State"]),
    ("U.S. Department of the Interior", O, ["Department of the Interior", "Interior Department",
                                            "US Department of the Interior"]),
    ("Office of Insular Affairs", O, []),
    ("U.S. Congress", O, ["Congress", "US Congress"]),
    ("Pacific Islands Forum", O, ["PIF"]),
    ("Oceania Strategy Forum", O, []),
    ("ASEAN", O, ["Association of Southeast Asian Nations"]),
    ("Communist Party of Vietnam", O, ["Communist Party", "Vietnamese Communist Party", "CPV"]),
    ("Vinafood 2", O, ["Vietnam Southern Food Corporation"]),
    ("Saigon Institute for Agricultural Policy", O, []),
    ("Division of Marine Law Enforcement", O, []),
    ("Japan Coast Guard", O, ["Japan's coast guard"]),
    ("Ministry of Foreign Affairs of China", O, ["Chinese foreign ministry", "China's foreign ministry"]),
    ("Pacific Ocean Policy Institute", O, []),
    ("International Maritime Organization", O, ["IMO"]),
    ("NGO Shipbreaking Platform", O, ["Shipbreaking Platform"]),
    ("Norwegian Shipowners' Association", O, ["Norwegian Shipowners Association"]),
    ("Labour Party (Norway)", O, ["Labour Party", "Norwegian Labour Party", "Labour"]),
    ("European Union", O, ["EU", "E.U."]),
    ("Dhaka Centre for Maritime Studies", O, []),
    ("Brunei LNG", O, []),
    ("PV Gas", O, ["PetroVietnam Gas"]),
    ("Petrovietnam", O, ["PetroVietnam", "Vietnam National Industry-Energy Group"]),
    ("Ministry of Foreign Affairs of Vietnam", O, ["Vietnam's foreign ministry", "Vietnamese foreign ministry"]),
    ("Meridian Gas Advisory", O, []),
    ("Islamic Development Bank", O, ["IsDB"]),
    ("President's Office (Maldives)", O, ["President's Office"]),
    ("Maldives Monetary Authority", O, ["MMA"]),
    ("Fitch Ratings", O, ["Fitch"]),
    ("International Monetary Fund", O, ["IMF"]),
    ("Maldivian Democratic Party", O, ["MDP"]),
    ("Indian Ocean Economics Forum", O, []),
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("Icelandic Coast Guard", O, ["Iceland Coast Guard"]),
    ("Ministry for Foreign Affairs of Iceland", O, ["Iceland's foreign ministry"]),
    ("U.S. Navy", O, ["US Navy", "United States Navy"]),
    ("Independence Party (Iceland)", O, ["Independence Party"]),
    ("Centre for Arctic Security Studies", O, []),
    ("The Northern Ledger", O, ["Northern Ledger"]),
    ("China Police Liaison Team", O, ["CPLT"]),
    ("Royal Solomon Islands Police Force", O, ["RSIPF"]),
    ("Embassy of China in Honiara", O, ["Chinese embassy in Honiara", "Chinese embassy"]),
    ("Regional Assistance Mission to Solomon Islands", O, ["RAMSI"]),
    ("Melanesia Security Institute", O, []),
    ("Pacific Current", O, []),
    # cities
    ("Majuro", CI, []),
    ("Suva", CI, []),
    ("Palikir", CI, []),
    ("Ngerulmud", CI, []),
    ("Hanoi", CI, ["Ha Noi"]),
    ("Dili", CI, []),
    ("Ho Chi Minh City", CI, ["HCMC"]),
    ("Kuala Lumpur", CI, []),
    ("Koror", CI, []),
    ("Tokyo", CI, []),
    ("Beijing", CI, []),
    ("Dhaka", CI, []),
    ("Oslo", CI, []),
    ("Brussels", CI, []),
    ("London", CI, []),
    ("Alang", CI, []),
    ("Gadani", CI, []),
    ("Bandar Seri Begawan", CI, []),
    ("Lumut", CI, []),
    ("Manila", CI, []),
    ("Malé", CI, ["Male"]),
    ("Jeddah", CI, ["Jiddah"]),
    ("New Delhi", CI, []),
    ("Colombo", CI, []),
    ("Reykjavík", CI, ["Reykjavik"]),
    ("Akureyri", CI, []),
    ("Copenhagen", CI, []),
    ("Honiara", CI, []),
    ("Canberra", CI, []),
    ("Port Moresby", CI, []),
    # regions
    ("Kwajalein Atoll", R, ["Kwajalein"]),
    ("Bikini Atoll", R, ["Bikini"]),
    ("Enewetak Atoll", R, ["Enewetak"]),
    ("Baucau", R, []),
    ("Viqueque", R, []),
    ("Babeldaob", R, ["Babeldaob island"]),
    ("Bay of Bengal", R, []),
    ("Sitakunda", R, []),
    ("Gujarat", R, []),
    ("Balochistan", R, ["Balochistan province"]),
    ("Ba Ria-Vung Tau", R, ["Ba Ria-Vung Tau province"]),
    ("South China Sea", R, []),
    ("Reykjanes peninsula", R, ["Reykjanes"]),
    ("Malaita", R, ["Malaita province"]),
    # facilities
    ("Ronald Reagan Ballistic Missile Defense Test Site", F, ["Reagan Test Site"]),
    ("Thi Vai LNG Terminal", F, ["Thi Vai terminal", "Thi Vai"]),
    ("Velana International Airport", F, []),
    ("Keflavík Air Base", F, ["Keflavik Air Base", "Keflavik"]),
    # agreements
    ("Compact of Free Association", A, ["compact", "the compact", "amended compact", "Compacts of Free Association"]),
    ("Vietnam-Timor-Leste rice supply agreement", A, ["rice supply agreement", "rice accord",
                                                      "five-year rice supply agreement"]),
    ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", A,
     ["Hong Kong Convention", "Hong Kong International Convention", "HKC"]),
    ("China-Maldives Free Trade Agreement", A, ["China-Maldives FTA", "free trade agreement"]),
    ("Iceland-Norway defence cooperation agreement", A, ["defence cooperation agreement",
                                                         "defense cooperation agreement"]),
    ("Iceland-United States Defence Agreement", A, ["bilateral defence agreement", "1951 Defence Agreement",
                                                    "Defense Agreement"]),
    ("China-Solomon Islands security agreement", A, ["security agreement", "China security pact",
                                                     "security pact"]),
    ("Australia-Solomon Islands Bilateral Security Treaty", A, ["bilateral security treaty",
                                                                "Bilateral Security Treaty"]),
]

# ---------------------------------------------------------------- documents
M = "marshall_islands_compact_trust_fund.txt"
T = "timor_leste_vietnam_rice_accord.txt"
PJ = "palau_japan_patrol_vessel.txt"
N = "norway_bangladesh_ship_recycling.txt"
B = "brunei_vietnam_lng_supply.txt"
D = "maldives_isdb_sukuk_support.txt"
I = "iceland_norway_air_policing.html"
S = "solomon_islands_china_police_review.html"

DOCS = {
    M: {"title": "Marshall Islands protests delayed U.S. compact payments", "published": "",
        "publisher": "Pacific Wire Service", "stated": "Tue Nov 18 (no year; written as 2025)", "style": "wire"},
    T: {"title": "Vietnam and Timor-Leste sign five-year rice supply agreement", "published": "",
        "publisher": "Mekong Newswire", "stated": "Thu Nov 6 (no year; written as 2025)", "style": "wire"},
    PJ: {"title": "Japan hands Palau patrol vessel", "published": "",
         "publisher": "Island Press Agency", "stated": "Thu Dec 4 (no year; written as 2025)", "style": "wire"},
    N: {"title": "Norway pledges 250 million kroner to clean up Bangladesh's shipbreaking beaches",
        "published": "2025-11-12", "publisher": "", "stated": "2025-11-12", "style": "newspaper"},
    B: {"title": "Brunei's sultan seals ten-year LNG deal in Hanoi", "published": "2025-10-03",
        "publisher": "", "stated": "2025-10-03", "style": "newspaper"},
    D: {"title": "Islamic Development Bank throws Maldives a lifeline ahead of sukuk deadline",
        "published": "2025-08-21", "publisher": "", "stated": "2025-08-21", "style": "newspaper"},
    I: {"title": "Norway to station fighter jets in Iceland for longer under new defence pact",
        "published": "2026-02-11", "publisher": "The Northern Ledger", "stated": "2026-02-11", "style": "html"},
    S: {"title": "Solomon Islands to review China security pact, asks Beijing to shrink police team",
        "published": "2026-04-15", "publisher": "Pacific Current", "stated": "2026-04-15", "style": "html"},
}
TOPICS = {
    M: "Marshall Islands protests delayed U.S. Compact of Free Association payments",
    T: "Vietnam-Timor-Leste rice supply agreement during Gusmão's Hanoi visit",
    PJ: "Japan hands Palau a patrol vessel; China objects",
    N: "Norwegian grant for Bangladeshi ship-recycling yards under the Hong Kong Convention",
    B: "Brunei-Vietnam ten-year LNG deal during the sultan's state visit",
    D: "Islamic Development Bank financing for the Maldives before its 2026 sukuk",
    I: "Iceland-Norway defence cooperation agreement (fighter jets at Keflavík)",
    S: "Solomon Islands reviews its 2022 security agreement with China",
}


def r(s, p, o, mod, ev, req=True, time=None, alt_s=None, alt_p=None, alt_o=None, note=None):
    return {"s": s, "p": p, "o": o, "modality": mod, "ev": ev, "required": req, "time": time,
            "alt_s": alt_s or [], "alt_p": alt_p or [], "alt_o": alt_o or [], "note": note}


ROWS = {
    M: [
        r("Hilda Heine", "head_of", "Marshall Islands", "asserted", "Marshall Islands President Hilda Heine said"),
        r("Kalani Kaneko", "works_for", "Marshall Islands", "asserted", "Foreign Minister Kalani Kaneko delivered",
          alt_o=["Hilda Heine"], note="'Foreign Minister Kalani Kaneko' (country from context)"),
        r("Marco Rubio", "works_for", "United States", "asserted", "Secretary of State Marco Rubio",
          alt_o=["Donald Trump", "U.S. State Department"]),
        r("Donald Trump", "head_of", "United States", "asserted", "The administration of President Donald Trump"),
        r("Marshall Islands", "criticized", "United States", "asserted", "accusing Washington of breaking a promise",
          alt_s=["Hilda Heine"], note="lead: lodged a formal protest, accusing Washington (metonymy)"),
        r("Kalani Kaneko", "contacted", "United States", "asserted",
          "Kalani Kaneko delivered to the U.S. embassy on Monday", alt_s=["Marshall Islands"],
          note="delivered the protest note to the U.S. embassy"),
        r("Kalani Kaneko", "contacted", "Marco Rubio", "reported",
          "Kaneko said he had also written to Secretary of State Marco Rubio", alt_s=["Marshall Islands"]),
        r("Marco Rubio", "contacted", "Kalani Kaneko", "negated", "but had not received a reply", req=False,
          note="no reply from Rubio"),
        r("Marshall Islands", "negotiating_with", "United States", "planned",
          "calls for consultations between the two governments within 30 days", req=False,
          note="consultations requested, not yet held"),
        r("Marshall Islands", "negotiating_with", "United States", "negated",
          "she said her government would not seek to renegotiate the compact itself", alt_s=["Hilda Heine"]),
        r("Marshall Islands", "party_to", "Compact of Free Association", "asserted",
          "which the two governments signed in October 2023", time="2023-10"),
        r("United States", "party_to", "Compact of Free Association", "asserted",
          "which the two governments signed in October 2023", time="2023-10"),
        r("Marshall Islands", "signed_agreement_with", "United States", "asserted",
          "which the two governments signed in October 2023", time="2023-10"),
        r("United States", "supported", "Marshall Islands", "asserted",
          "the United States pledged $2.3 billion to the Marshall Islands",
          note="pledged $2.3 billion; Heine says $42 million received"),
        r("United States", "supported", "Marshall Islands", "planned",
          "would be released once a routine audit was complete", req=False,
          alt_s=["U.S. Department of the Interior"], note="Interior spokesperson: payments will be released"),
        r("Ronald Reagan Ballistic Missile Defense Test Site", "located_in", "Kwajalein Atoll", "asserted",
          "Ronald Reagan Ballistic Missile Defense Test Site on Kwajalein Atoll"),
        r("Kwajalein Atoll", "located_in", "Marshall Islands", "asserted",
          "exclusive military access to the islands, including the Ronald Reagan", req=False,
          note="inferred from 'the islands, including ... on Kwajalein Atoll'"),
        r("Majuro", "capital_of", "Marshall Islands", "asserted", "in Majuro, the capital"),
        r("Majuro", "located_in", "Marshall Islands", "asserted", "in Majuro, the capital", req=False,
          note="entailed by capital_of"),
        r("Bikini Atoll", "located_in", "Marshall Islands", "asserted",
          "Bikini and Enewetak atolls in the northern Marshall Islands"),
        r("Enewetak Atoll", "located_in", "Marshall Islands", "asserted",
          "Bikini and Enewetak atolls in the northern Marshall Islands"),
        r("Marshall Islands", "member_of", "Pacific Islands Forum", "asserted",
          "raising the dispute at next year's Pacific Islands Forum leaders meeting", req=False,
          note="membership implied, not stated"),
        r("Federated States of Micronesia", "party_to", "Compact of Free Association", "asserted",
          "which have similar compacts with Washington", note="'similar compacts with Washington'"),
        r("Palau", "party_to", "Compact of Free Association", "asserted",
          "which have similar compacts with Washington", note="'similar compacts with Washington'"),
        r("Federated States of Micronesia", "signed_agreement_with", "United States", "asserted",
          "which have similar compacts with Washington", req=False, note="implied by 'similar compacts'"),
        r("Palau", "signed_agreement_with", "United States", "asserted",
          "which have similar compacts with Washington", req=False, note="implied by 'similar compacts'"),
        r("Marshall Islands", "recognizes", "Taiwan", "asserted", "which the Marshall Islands has recognised since 1998",
          time="1998", alt_p=["diplomatic_relations_with"]),
        r("Taiwan", "supported", "Marshall Islands", "planned", "offered this month to cover part of the shortfall",
          note="an offer, reported by two officials"),
        r("Teresia Langi", "works_for", "Oceania Strategy Forum", "asserted",
          "Teresia Langi, a Pacific security analyst at the Oceania Strategy Forum"),
        r("Oceania Strategy Forum", "based_in", "Suva", "asserted", "a think tank in Suva, Fiji", alt_o=["Fiji"]),
        r("Suva", "located_in", "Fiji", "asserted", "in Suva, Fiji"),
        r("Mele Tuilagi", "works_for", "Pacific Wire Service", "asserted", "Reporting by Mele Tuilagi", req=False,
          note="credit line"),
        r("Daniel Ortiz", "works_for", "Pacific Wire Service", "asserted", "Daniel Ortiz in Washington", req=False,
          note="credit line"),
        r("Ruth Henley", "works_for", "Pacific Wire Service", "asserted", "Editing by Ruth Henley", req=False,
          note="credit line"),
    ],
    T: [
        r("Xanana Gusmão", "head_of", "Timor-Leste", "asserted", "Timor-Leste's prime minister, Xanana Gusmao",
          alt_p=["works_for"]),
        r("Pham Minh Chinh", "head_of", "Vietnam", "asserted", "his Vietnamese counterpart, Pham Minh Chinh",
          alt_p=["works_for"]),
        r("To Lam", "head_of", "Communist Party of Vietnam", "asserted", "Communist Party General Secretary To Lam",
          alt_o=["Vietnam"]),
        r("José Ramos-Horta", "head_of", "Timor-Leste", "asserted", "President Jose Ramos-Horta",
          note="'President Jose Ramos-Horta ... statement from Dili'"),
        r("Bui Thanh Son", "works_for", "Vietnam", "asserted",
          "Vietnam's deputy prime minister and foreign minister, Bui Thanh Son"),
        r("Bendito Freitas", "works_for", "Timor-Leste", "asserted", "Timor-Leste's foreign minister, Bendito Freitas"),
        r("Ferdinand Marcos Jr.", "head_of", "Philippines", "asserted", "Philippine President Ferdinand Marcos Jr."),
        r("Vietnam", "signed_agreement_with", "Timor-Leste", "reported",
          "Vietnam and Timor-Leste signed a five-year rice supply agreement",
          alt_s=["Pham Minh Chinh", "Hanoi", "Bui Thanh Son"], alt_o=["Xanana Gusmão", "Bendito Freitas"]),
        r("Vietnam", "party_to", "Vietnam-Timor-Leste rice supply agreement", "reported",
          "Vietnam and Timor-Leste signed a five-year rice supply agreement"),
        r("Timor-Leste", "party_to", "Vietnam-Timor-Leste rice supply agreement", "reported",
          "Vietnam and Timor-Leste signed a five-year rice supply agreement"),
        r("Xanana Gusmão", "visited", "Hanoi", "asserted", "Gusmao, who arrived in the Vietnamese capital on Tuesday",
          alt_o=["Vietnam"]),
        r("Xanana Gusmão", "met_with", "Pham Minh Chinh", "asserted",
          "signed the accord with his Vietnamese counterpart, Pham Minh Chinh, at the Government Office in Hanoi after talks"),
        r("Xanana Gusmão", "met_with", "To Lam", "asserted", "also met Communist Party General Secretary To Lam"),
        r("José Ramos-Horta", "visited", "Hanoi", "planned", "who is due to visit Hanoi early next year",
          alt_o=["Vietnam"]),
        r("Timor-Leste", "member_of", "ASEAN", "asserted",
          "Timor-Leste became the 11th member of the Association of Southeast Asian Nations"),
        r("Timor-Leste", "candidate_for", "ASEAN", "asserted", "Vietnam backed Dili's bid to join ASEAN",
          alt_s=["Dili"], note="past bid, now a member"),
        r("Timor-Leste", "imports_from", "Vietnam", "asserted", "buys most of its imports from Vietnam and Thailand",
          alt_p=["trades_with"], note="commodity: rice"),
        r("Timor-Leste", "imports_from", "Vietnam", "planned",
          "Hanoi will ship up to 120,000 tonnes a year to the half-island nation", alt_p=["trades_with"],
          note="commodity: rice; deliveries under the new accord"),
        r("Timor-Leste", "imports_from", "Thailand", "asserted", "buys most of its imports from Vietnam and Thailand",
          alt_p=["trades_with"], note="commodity: rice"),
        r("Philippines", "imports_from", "Vietnam", "asserted", "the Philippines, its biggest customer",
          alt_p=["trades_with"], note="commodity: rice"),
        r("Philippines", "imports_from", "Vietnam", "negated", "Manila suspended rice imports in September",
          req=False, alt_s=["Manila"], alt_p=["trades_with"], note="suspension of all rice imports"),
        r("Vietnam", "supported", "Timor-Leste", "asserted", "Vietnam backed Dili's bid to join ASEAN",
          alt_o=["Dili"]),
        r("Vietnam", "supported", "Timor-Leste", "planned", "Vietnam would also send agronomists to help Timor-Leste"),
        r("Vinafood 2", "based_in", "Ho Chi Minh City", "asserted", "Ho Chi Minh City, where Vinafood 2 is based"),
        r("Dili", "capital_of", "Timor-Leste", "asserted", "the Timorese capital, Dili"),
        r("Dili", "located_in", "Timor-Leste", "asserted", "the Timorese capital, Dili", req=False,
          note="entailed by capital_of"),
        r("Hanoi", "capital_of", "Vietnam", "asserted", "arrived in the Vietnamese capital", req=False,
          note="'the Vietnamese capital' refers back to Hanoi"),
        r("Vietnam", "diplomatic_relations_with", "Timor-Leste", "asserted",
          "established diplomatic relations in July 2002", time="2002-07"),
        r("Timor-Leste", "gained_independence_from", "Indonesia", "asserted",
          "Timor-Leste became independent following a quarter of a century of Indonesian occupation",
          req=False, time="2002", note="loose reading: independence followed Indonesian occupation"),
        r("Indonesia", "took_control_of", "Timor-Leste", "asserted", "a quarter of a century of Indonesian occupation",
          req=False, note="type strain (country as object); nominal 'Indonesian occupation'"),
        r("Vietnam", "trades_with", "Fiji", "hedged",
          "Vietnam could use the deal as a template for sales to Pacific island states such as Fiji",
          req=False, note="analyst's possibility"),
        r("Vietnam", "trades_with", "Solomon Islands", "hedged",
          "Vietnam could use the deal as a template for sales to Pacific island states such as Fiji and Solomon Islands",
          req=False, note="analyst's possibility"),
        r("Nguyen Thi Lan", "works_for", "Saigon Institute for Agricultural Policy", "asserted",
          "Nguyen Thi Lan, an economist at the Saigon Institute for Agricultural Policy"),
        r("Tran Minh Quan", "works_for", "Mekong Newswire", "asserted", "Reporting by Tran Minh Quan", req=False,
          note="credit line"),
        r("Ana Soares", "works_for", "Mekong Newswire", "asserted", "Ana Soares in Dili", req=False,
          note="credit line"),
        r("Peter Holloway", "works_for", "Mekong Newswire", "asserted", "Editing by Peter Holloway", req=False,
          note="credit line"),
    ],
    PJ: [
        r("Surangel Whipps Jr.", "head_of", "Palau", "asserted", "Palau's president, Surangel Whipps Jr."),
        r("Toshimitsu Motegi", "works_for", "Japan", "asserted", "Japanese Foreign Minister Toshimitsu Motegi"),
        r("Sanae Takaichi", "head_of", "Japan", "asserted", "Prime Minister Sanae Takaichi",
          alt_p=["works_for"], note="title in a hedged sentence; the title itself is the reporter's fact"),
        r("Lin Jian", "works_for", "China", "asserted", "Chinese foreign ministry spokesperson Lin Jian",
          alt_o=["Ministry of Foreign Affairs of China"]),
        r("Japan", "supported", "Palau", "asserted", "Japan on Thursday handed Palau a 40-metre patrol vessel",
          alt_s=["Tokyo"]),
        r("Japan", "supported", "Palau", "planned", "pledged to train its crew",
          alt_s=["Tokyo", "Toshimitsu Motegi", "Japan Coast Guard"],
          note="pledge to train; Motegi: Japan would continue to stand with Palau"),
        r("Japan", "supported", "Fiji", "asserted", "supplied coastal radar and boats to Fiji and the Philippines"),
        r("Japan", "supported", "Philippines", "asserted", "supplied coastal radar and boats to Fiji and the Philippines"),
        r("Surangel Whipps Jr.", "criticized", "China", "asserted", "he has repeatedly accused Beijing of pressuring Palau",
          alt_s=["Palau"], alt_o=["Beijing"]),
        r("Palau", "recognizes", "Taiwan", "asserted", "Palau is one of 12 countries that still recognise Taiwan",
          alt_p=["diplomatic_relations_with"]),
        r("Japan Coast Guard", "visited", "Koror", "planned", "Japan's coast guard will send instructors to Koror",
          alt_s=["Japan"], alt_o=["Palau"]),
        r("Palau", "signed_agreement_with", "Japan", "planned",
          "the two governments plan to sign a maritime security memorandum"),
        r("Surangel Whipps Jr.", "visited", "Tokyo", "planned", "when Whipps visits Tokyo in March", alt_o=["Japan"]),
        r("Sanae Takaichi", "met_with", "Surangel Whipps Jr.", "hedged",
          "Prime Minister Sanae Takaichi is expected to meet Whipps", alt_s=["Japan"]),
        r("China", "criticized", "Japan", "reported", "Lin Jian said Japan should \"stop stirring up trouble",
          alt_s=["Lin Jian", "Ministry of Foreign Affairs of China"]),
        r("Ngerulmud", "capital_of", "Palau", "asserted", "The cabinet in Ngerulmud, the capital"),
        r("Ngerulmud", "located_in", "Palau", "asserted", "The cabinet in Ngerulmud, the capital", req=False,
          note="entailed by capital_of"),
        r("Palau", "party_to", "Compact of Free Association", "asserted",
          "the responsibility of the United States under a Compact of Free Association"),
        r("United States", "supported", "Palau", "asserted",
          "Palau's defence remains the responsibility of the United States", req=False,
          note="loose reading: responsibility for defence"),
        r("Babeldaob", "located_in", "Palau", "asserted", "Babeldaob, Palau's largest island"),
        r("Australia", "supported", "Palau", "asserted", "Australia gave Palau its current patrol boat in 2019",
          time="2019"),
        r("Japan", "contacted", "Australia", "reported", "Australian officials said they had been consulted on the Japanese gift",
          req=False, note="passive 'had been consulted'"),
        r("Keiko Tanabe", "works_for", "Pacific Ocean Policy Institute", "asserted",
          "Keiko Tanabe, a maritime researcher at the Pacific Ocean Policy Institute"),
        r("Pacific Ocean Policy Institute", "based_in", "Tokyo", "asserted", "the Pacific Ocean Policy Institute in Tokyo",
          alt_o=["Japan"]),
        r("Joseph Ngiraked", "works_for", "Island Press Agency", "asserted", "Reporting by Joseph Ngiraked", req=False,
          note="credit line"),
        r("Aiko Mori", "works_for", "Island Press Agency", "asserted", "Aiko Mori in Tokyo", req=False,
          note="credit line"),
        r("Simon Clarke", "works_for", "Island Press Agency", "asserted", "Editing by Simon Clarke", req=False,
          note="credit line"),
    ],
    N: [
        r("Åsmund Aukrust", "works_for", "Norway", "asserted",
          "Norway's minister of international development, Åsmund Aukrust"),
        r("Syeda Rizwana Hasan", "works_for", "Bangladesh", "asserted",
          "Syeda Rizwana Hasan, the environment adviser in Bangladesh's interim government",
          alt_o=["Muhammad Yunus"]),
        r("Muhammad Yunus", "head_of", "Bangladesh", "asserted",
          "led by the Nobel laureate Muhammad Yunus since August 2024", time="2024-08", alt_p=["works_for"],
          note="leads the interim government since August 2024"),
        r("Touhid Hossain", "works_for", "Bangladesh", "asserted", "Touhid Hossain, the foreign affairs adviser",
          alt_o=["Muhammad Yunus"]),
        r("Jonas Gahr Støre", "head_of", "Norway", "asserted", "Prime Minister Jonas Gahr Støre's Labour Party government",
          alt_p=["works_for"]),
        r("Jonas Gahr Støre", "member_of", "Labour Party (Norway)", "asserted",
          "Prime Minister Jonas Gahr Støre's Labour Party government"),
        r("Norway", "signed_agreement_with", "Bangladesh", "asserted", "signed the grant agreement in Dhaka",
          time="2025-11", alt_s=["Åsmund Aukrust"], alt_o=["Syeda Rizwana Hasan"]),
        r("Åsmund Aukrust", "visited", "Dhaka", "asserted", "signed the grant agreement in Dhaka", time="2025-11",
          alt_o=["Bangladesh"]),
        r("Åsmund Aukrust", "met_with", "Syeda Rizwana Hasan", "asserted",
          "signed the grant agreement in Dhaka, the capital, with Syeda Rizwana Hasan", time="2025-11"),
        r("Åsmund Aukrust", "met_with", "Touhid Hossain", "asserted",
          "Aukrust also met Touhid Hossain, the foreign affairs adviser, on Monday", time="2025-11-10"),
        r("Norway", "supported", "Bangladesh", "planned", "Norway will give Bangladesh 250 million kroner",
          alt_s=["Oslo", "Åsmund Aukrust"], note="grant to be paid over four years; first tranche in January"),
        r("Bangladesh", "party_to",
          "Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships",
          "asserted", "Bangladesh acceded to the convention in 2023", time="2023"),
        r("Norway", "party_to",
          "Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships",
          "asserted", "Norway was the first country to ratify it, in 2013", time="2013"),
        r("International Maritime Organization", "brokered",
          "Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships",
          "asserted", "adopted at the London-based International Maritime Organization in 2009", time="2009",
          req=False, note="loose reading: adopted at the IMO"),
        r("International Maritime Organization", "based_in", "London", "asserted",
          "the London-based International Maritime Organization"),
        r("Sitakunda", "located_in", "Bangladesh", "asserted", "Sitakunda, in southeastern Bangladesh"),
        r("Dhaka", "capital_of", "Bangladesh", "asserted", "in Dhaka, the capital"),
        r("Dhaka", "located_in", "Bangladesh", "asserted", "in Dhaka, the capital", req=False,
          note="entailed by capital_of"),
        r("NGO Shipbreaking Platform", "criticized", "Norway", "asserted", "criticised Norway for \"subsidising the beach\""),
        r("NGO Shipbreaking Platform", "based_in", "Brussels", "asserted",
          "a coalition of environmental and labour groups based in Brussels"),
        r("Lena Marquardt", "works_for", "NGO Shipbreaking Platform", "asserted",
          "said Lena Marquardt, the coalition's policy director"),
        r("Norwegian Shipowners' Association", "based_in", "Oslo", "asserted",
          "The Oslo-based Norwegian Shipowners' Association"),
        r("Norway", "member_of", "European Union", "negated", "Norway, which is not a member of the European Union"),
        r("Alang", "located_in", "Gujarat", "asserted", "Alang, in the Indian state of Gujarat", alt_o=["India"]),
        r("Gujarat", "located_in", "India", "asserted", "the Indian state of Gujarat"),
        r("Gadani", "located_in", "Balochistan", "asserted", "Gadani, in Pakistan's Balochistan province",
          alt_o=["Pakistan"]),
        r("Balochistan", "located_in", "Pakistan", "asserted", "Pakistan's Balochistan province"),
        r("Farhana Chowdhury", "works_for", "Dhaka Centre for Maritime Studies", "asserted",
          "Farhana Chowdhury, a researcher at the Dhaka Centre for Maritime Studies"),
        r("Dhaka Centre for Maritime Studies", "based_in", "Dhaka", "asserted", "the Dhaka Centre for Maritime Studies",
          req=False, note="location only in the name"),
    ],
    B: [
        r("Hassanal Bolkiah", "head_of", "Brunei", "asserted", "Sultan Hassanal Bolkiah, who arrived on Wednesday",
          note="title: 'Brunei's sultan'"),
        r("Luong Cuong", "head_of", "Vietnam", "asserted", "Vietnamese President Luong Cuong"),
        r("Pham Minh Chinh", "head_of", "Vietnam", "asserted", "Prime Minister Pham Minh Chinh", alt_p=["works_for"]),
        r("To Lam", "head_of", "Communist Party of Vietnam", "asserted", "Communist Party General Secretary To Lam",
          alt_o=["Vietnam"]),
        r("Erywan Yusof", "works_for", "Brunei", "asserted", "Brunei's second minister of foreign affairs, Erywan Yusof"),
        r("Nguyen Hong Dien", "works_for", "Vietnam", "asserted",
          "Vietnam's minister of industry and trade, Nguyen Hong Dien"),
        r("Hassanal Bolkiah", "visited", "Hanoi", "asserted", "who arrived on Wednesday for a three-day state visit",
          time="2025-10-01", alt_o=["Vietnam"]),
        r("Hassanal Bolkiah", "met_with", "Luong Cuong", "reported", "The two leaders then held talks on energy",
          time="2025-10-02"),
        r("Brunei", "signed_agreement_with", "Vietnam", "asserted", "under a ten-year agreement signed in Hanoi on Thursday",
          time="2025-10-02", alt_s=["Hassanal Bolkiah", "Erywan Yusof"],
          alt_o=["Luong Cuong", "Hanoi", "Nguyen Hong Dien"]),
        r("Vietnam", "imports_from", "Brunei", "planned", "Brunei will supply liquefied natural gas to Vietnam",
          time="2027", alt_p=["trades_with"], note="commodity: LNG, from 2027"),
        r("Hassanal Bolkiah", "met_with", "Pham Minh Chinh", "hedged",
          "The sultan is expected to meet Prime Minister Pham Minh Chinh", time="2025-10-03"),
        r("Hassanal Bolkiah", "met_with", "To Lam", "hedged",
          "The sultan is expected to meet Prime Minister Pham Minh Chinh and Communist Party General Secretary To Lam",
          time="2025-10-03"),
        r("Luong Cuong", "visited", "Brunei", "planned", "Luong Cuong will pay a return visit to Brunei next year",
          time="2026"),
        r("Brunei LNG", "based_in", "Lumut", "asserted",
          "Brunei LNG, which operates the sultanate's liquefaction plant at Lumut", alt_o=["Brunei"]),
        r("PV Gas", "member_of", "Petrovietnam", "asserted", "PV Gas, a subsidiary of the state energy group Petrovietnam",
          req=False, note="subsidiary: loose reading of member_of"),
        r("Thi Vai LNG Terminal", "located_in", "Ho Chi Minh City", "asserted",
          "when the province was merged into Ho Chi Minh City", req=False,
          note="two-step reading: the province that holds it was merged into the city"),
        r("Thi Vai LNG Terminal", "located_in", "Ba Ria-Vung Tau", "asserted",
          "The Thi Vai LNG Terminal lies in what was Ba Ria-Vung Tau province", req=False,
          note="the province no longer exists"),
        r("Japan", "imports_from", "Brunei", "asserted", "Brunei has sold most of its gas to Japan for more than five decades",
          alt_p=["trades_with"], note="commodity: gas"),
        r("Philippines", "negotiating_with", "Brunei", "reported", "Manila was also in talks with Brunei",
          alt_s=["Manila"]),
        r("Bandar Seri Begawan", "capital_of", "Brunei", "asserted", "Bandar Seri Begawan, the Bruneian capital"),
        r("Bandar Seri Begawan", "located_in", "Brunei", "asserted", "Bandar Seri Begawan, the Bruneian capital",
          req=False, note="entailed by capital_of"),
        r("Vietnam", "trades_with", "Brunei", "asserted", "Bilateral trade reached about $620 million last year",
          time="2024"),
        r("Brunei", "diplomatic_relations_with", "Vietnam", "asserted",
          "The two countries established diplomatic relations in 1992", time="1992"),
        r("Brunei", "in_conflict_with", "China", "asserted",
          "where Brunei and Vietnam each have claims that overlap with China's", req=False,
          note="group statement; overlapping claims read as a long-running dispute"),
        r("Vietnam", "in_conflict_with", "China", "asserted",
          "where Brunei and Vietnam each have claims that overlap with China's", req=False,
          note="group statement; overlapping claims read as a long-running dispute"),
        r("Aziz Rahman", "works_for", "Meridian Gas Advisory", "asserted",
          "Aziz Rahman, an energy analyst at Meridian Gas Advisory"),
        r("Meridian Gas Advisory", "based_in", "Singapore", "asserted", "a consultancy in Singapore"),
        r("Vietnam", "member_of", "ASEAN", "asserted", "Vietnam's trade with its larger ASEAN partners", req=False,
          note="implied by 'its larger ASEAN partners'"),
    ],
    D: [
        r("Mohamed Muizzu", "head_of", "Maldives", "asserted", "Muizzu came to power in 2023", time="2023",
          note="'President Mohamed Muizzu'; came to power in 2023"),
        r("Moosa Zameer", "works_for", "Maldives", "asserted", "Finance Minister Moosa Zameer",
          alt_o=["Mohamed Muizzu"]),
        r("Abdulla Khaleel", "works_for", "Maldives", "asserted", "Foreign Minister Abdulla Khaleel",
          alt_o=["Mohamed Muizzu"]),
        r("Muhammad Al Jasser", "head_of", "Islamic Development Bank", "asserted", "the bank's president, Muhammad Al Jasser"),
        r("Mohammed Al-Jadaan", "works_for", "Saudi Arabia", "asserted", "the Saudi finance minister, Mohammed Al-Jadaan"),
        r("Narendra Modi", "head_of", "India", "asserted", "Prime Minister Narendra Modi visited Male in July",
          alt_p=["works_for"]),
        r("Islamic Development Bank", "based_in", "Jeddah", "asserted", "The Jeddah-based lender"),
        r("Islamic Development Bank", "supported", "Maldives", "reported",
          "The Islamic Development Bank has approved $300 million in financing for the Maldives"),
        r("Islamic Development Bank", "supported", "Maldives", "planned", "would be disbursed in three tranches",
          req=False, note="disbursement still to come"),
        r("Mohamed Muizzu", "visited", "Saudi Arabia", "reported", "who was on a four-day visit to Saudi Arabia",
          time="2025-08", alt_o=["Jeddah"]),
        r("Mohamed Muizzu", "met_with", "Muhammad Al Jasser", "reported",
          "during talks between President Mohamed Muizzu and the bank's president, Muhammad Al Jasser",
          time="2025-08-18", alt_s=["Maldives"], alt_o=["Islamic Development Bank"]),
        r("Mohamed Muizzu", "met_with", "Mohammed Al-Jadaan", "reported",
          "also held talks with the Saudi finance minister, Mohammed Al-Jadaan, on Tuesday", time="2025-08-19",
          alt_o=["Saudi Arabia"]),
        r("Maldives", "member_of", "Islamic Development Bank", "asserted", "counts the Maldives among its 57 member countries"),
        r("Saudi Arabia", "member_of", "Islamic Development Bank", "asserted", "Saudi Arabia is its largest shareholder",
          req=False, note="shareholder implies member"),
        r("India", "supported", "Maldives", "asserted", "New Delhi agreed last October to a currency swap",
          time="2024-10", alt_s=["New Delhi"], note="currency swap, October 2024"),
        r("Narendra Modi", "visited", "Malé", "asserted", "Prime Minister Narendra Modi visited Male in July",
          time="2025-07", alt_o=["Maldives"]),
        r("Maldives", "signed_agreement_with", "China", "asserted",
          "The Maldives signed a free trade agreement with China in 2017", time="2017"),
        r("Maldives", "party_to", "China-Maldives Free Trade Agreement", "asserted",
          "The Maldives signed a free trade agreement with China in 2017", time="2017"),
        r("China", "party_to", "China-Maldives Free Trade Agreement", "asserted",
          "The Maldives signed a free trade agreement with China in 2017", time="2017"),
        r("Abdulla Khaleel", "visited", "Beijing", "planned", "is due to travel to Beijing next month",
          time="2025-09", alt_o=["China"]),
        r("Maldives", "negotiating_with", "China", "planned", "for talks on easing repayments to Chinese lenders",
          time="2025-09", req=False, alt_s=["Abdulla Khaleel"], note="planned talks with Chinese lenders"),
        r("Maldives", "negotiating_with", "International Monetary Fund", "negated",
          "no plans to seek a programme from the International Monetary Fund", req=False,
          note="no plans to seek an IMF programme"),
        r("Dilani Perera", "works_for", "Indian Ocean Economics Forum", "asserted",
          "Dilani Perera, a senior fellow at the Indian Ocean Economics Forum"),
        r("Indian Ocean Economics Forum", "based_in", "Colombo", "asserted",
          "the Indian Ocean Economics Forum in Colombo, Sri Lanka", alt_o=["Sri Lanka"]),
        r("Colombo", "located_in", "Sri Lanka", "asserted", "in Colombo, Sri Lanka"),
        r("Malé", "capital_of", "Maldives", "asserted", "in Male, the capital"),
        r("Malé", "located_in", "Maldives", "asserted", "in Male, the capital", req=False, note="entailed by capital_of"),
    ],
    I: [
        r("Kristrún Frostadóttir", "head_of", "Iceland", "asserted", "Prime Minister Kristrún Frostadóttir",
          alt_p=["works_for"]),
        r("Jonas Gahr Støre", "head_of", "Norway", "asserted", "her Norwegian counterpart, Jonas Gahr Støre",
          alt_p=["works_for"]),
        r("Þorgerður Katrín Gunnarsdóttir", "works_for", "Iceland", "asserted",
          "Iceland's foreign minister, Þorgerður Katrín Gunnarsdóttir", alt_o=["Kristrún Frostadóttir"]),
        r("Tore O. Sandvik", "works_for", "Norway", "asserted", "Norway's defence minister, Tore O. Sandvik",
          alt_o=["Jonas Gahr Støre"]),
        r("Iceland", "signed_agreement_with", "Norway", "asserted",
          "Iceland and Norway signed a defence cooperation agreement in Reykjavik on Tuesday", time="2026-02-10",
          alt_s=["Þorgerður Katrín Gunnarsdóttir", "Kristrún Frostadóttir"],
          alt_o=["Tore O. Sandvik", "Jonas Gahr Støre"]),
        r("Iceland", "party_to", "Iceland-Norway defence cooperation agreement", "asserted",
          "Iceland and Norway signed a defence cooperation agreement in Reykjavik on Tuesday", time="2026-02-10"),
        r("Norway", "party_to", "Iceland-Norway defence cooperation agreement", "asserted",
          "Iceland and Norway signed a defence cooperation agreement in Reykjavik on Tuesday", time="2026-02-10"),
        r("Jonas Gahr Støre", "visited", "Reykjavík", "asserted", "Støre, who flew in on Monday evening",
          time="2026-02-09", alt_o=["Iceland"]),
        r("Jonas Gahr Støre", "met_with", "Kristrún Frostadóttir", "asserted",
          "held talks with Frostadóttir before the ceremony", time="2026-02-10"),
        r("Norway", "supported", "Iceland", "planned", "Norwegian fighter jets will be based at Keflavik Air Base",
          note="jets to be based at Keflavik up to four months a year"),
        r("Norway", "supported", "Icelandic Coast Guard", "planned",
          "Norway will also lend the Icelandic Coast Guard a maritime patrol aircraft"),
        r("Iceland", "member_of", "NATO", "asserted", "Iceland, a founding member of NATO in 1949", time="1949"),
        r("Norway", "member_of", "NATO", "asserted", "Norway was also among the alliance's twelve founding members",
          time="1949"),
        r("Iceland", "signed_agreement_with", "United States", "asserted",
          "Under a bilateral defence agreement signed in 1951", time="1951"),
        r("Iceland", "party_to", "Iceland-United States Defence Agreement", "asserted",
          "Under a bilateral defence agreement signed in 1951", time="1951"),
        r("United States", "party_to", "Iceland-United States Defence Agreement", "asserted",
          "Under a bilateral defence agreement signed in 1951", time="1951"),
        r("United States", "supported", "Iceland", "asserted", "the United States is responsible for Iceland's defence",
          req=False, note="loose reading: responsibility for defence"),
        r("Keflavík Air Base", "located_in", "Reykjanes peninsula", "asserted",
          "Keflavik Air Base, on the Reykjanes peninsula"),
        r("Tore O. Sandvik", "criticized", "Russia", "reported",
          "\"Russia has shown that it is willing to test our undersea cables and our patience,\" Sandvik told reporters",
          alt_s=["Norway"]),
        r("Mark Rutte", "head_of", "NATO", "asserted", "NATO Secretary General Mark Rutte"),
        r("Denmark", "supported", "Iceland", "asserted",
          "Denmark and Finland have both contributed jets to the Icelandic rotation", req=False,
          note="group statement"),
        r("Finland", "supported", "Iceland", "asserted",
          "Denmark and Finland have both contributed jets to the Icelandic rotation", req=False,
          note="group statement"),
        r("Guðrún Hafsteinsdóttir", "head_of", "Independence Party (Iceland)", "asserted",
          "Guðrún Hafsteinsdóttir, leader of the opposition Independence Party"),
        r("Guðrún Hafsteinsdóttir", "criticized", "Kristrún Frostadóttir", "asserted",
          "accused Frostadóttir of settling for", alt_o=["Iceland"]),
        r("Iceland", "candidate_for", "European Union", "planned",
          "a referendum by 2027 on whether to resume accession talks with the European Union", req=False,
          alt_p=["negotiating_with"], note="conditional on a referendum"),
        r("Eiríkur Magnússon", "works_for", "Centre for Arctic Security Studies", "asserted",
          "Eiríkur Magnússon, a security researcher at the Centre for Arctic Security Studies"),
        r("Centre for Arctic Security Studies", "based_in", "Akureyri", "asserted",
          "the Centre for Arctic Security Studies in Akureyri", alt_o=["Iceland"]),
        r("Akureyri", "located_in", "Iceland", "asserted", "Akureyri, in northern Iceland"),
        r("Reykjavík", "capital_of", "Iceland", "asserted", "in Reykjavik, the capital"),
        r("Reykjavík", "located_in", "Iceland", "asserted", "in Reykjavik, the capital", req=False,
          note="entailed by capital_of"),
        r("Sigrun Halldorsdottir", "works_for", "The Northern Ledger", "asserted", "By Sigrun Halldorsdottir",
          req=False, note="byline; the outlet is named only in page furniture"),
    ],
    S: [
        r("Jeremiah Manele", "head_of", "Solomon Islands", "asserted", "Prime Minister Jeremiah Manele",
          alt_p=["works_for"]),
        r("Peter Shanel Agovaka", "works_for", "Solomon Islands", "asserted", "Foreign Minister Peter Shanel Agovaka",
          alt_o=["Jeremiah Manele"]),
        r("Penny Wong", "works_for", "Australia", "asserted", "Foreign Minister Penny Wong", alt_o=["Anthony Albanese"]),
        r("Anthony Albanese", "head_of", "Australia", "asserted", "Prime Minister Anthony Albanese", alt_p=["works_for"]),
        r("Xi Jinping", "head_of", "China", "asserted", "Chinese President Xi Jinping"),
        r("Baron Waqa", "head_of", "Pacific Islands Forum", "asserted", "Pacific Islands Forum Secretary General Baron Waqa",
          alt_p=["works_for"]),
        r("Solomon Islands", "party_to", "China-Solomon Islands security agreement", "asserted",
          "the two governments signed the pact in 2022", time="2022"),
        r("China", "party_to", "China-Solomon Islands security agreement", "asserted",
          "the two governments signed the pact in 2022", time="2022"),
        r("Solomon Islands", "signed_agreement_with", "China", "asserted",
          "the two governments signed the pact in 2022", time="2022"),
        r("Solomon Islands", "recognizes", "China", "asserted",
          "switched diplomatic recognition from Taiwan to China in 2019", time="2019",
          alt_p=["diplomatic_relations_with"]),
        r("Solomon Islands", "recognizes", "Taiwan", "negated",
          "switched diplomatic recognition from Taiwan to China in 2019", req=False,
          note="recognition of Taiwan ended in 2019"),
        r("China", "supported", "Royal Solomon Islands Police Force", "asserted",
          "China has supplied water-cannon trucks, vehicles and training to the Royal Solomon Islands Police Force",
          time="2022", alt_o=["Solomon Islands"], note="since 2022"),
        r("Australia", "supported", "Solomon Islands", "asserted", "Australia, the country's largest aid donor"),
        r("Australia", "supported", "Solomon Islands", "hedged", "Canberra \"stands ready\" to fund more police training",
          req=False, alt_s=["Canberra", "Anthony Albanese"], note="conditional offer"),
        r("Australia", "member_of", "Regional Assistance Mission to Solomon Islands", "asserted",
          "Australia also led the Regional Assistance Mission to Solomon Islands", time="2003", req=False,
          alt_p=["head_of"], note="'led' a mission: type strain for head_of"),
        r("Penny Wong", "visited", "Honiara", "planned", "who is due in Honiara next week", alt_o=["Solomon Islands"]),
        r("Penny Wong", "met_with", "Jeremiah Manele", "planned", "will meet Manele"),
        r("Australia", "party_to", "Australia-Solomon Islands Bilateral Security Treaty", "asserted",
          "Under a bilateral security treaty signed in 2017", time="2017"),
        r("Solomon Islands", "party_to", "Australia-Solomon Islands Bilateral Security Treaty", "asserted",
          "Under a bilateral security treaty signed in 2017", time="2017"),
        r("Australia", "signed_agreement_with", "Solomon Islands", "asserted",
          "Under a bilateral security treaty signed in 2017", time="2017"),
        r("Matthew Wale", "criticized", "Jeremiah Manele", "asserted", "Opposition leader Matthew Wale accused Manele"),
        r("Daniel Suidani", "criticized", "China", "asserted", "a longtime critic of Beijing", req=False,
          alt_o=["Beijing"], note="apposition; habitual"),
        r("Daniel Suidani", "head_of", "Malaita", "asserted", "former premier Daniel Suidani", req=False,
          note="past office; type strain (province as object)"),
        r("Malaita", "located_in", "Solomon Islands", "asserted", "Malaita, the country's most populous province"),
        r("Peter Shanel Agovaka", "visited", "Beijing", "hedged", "is expected to travel to Beijing in May",
          time="2026-05", alt_o=["China"]),
        r("Jeremiah Manele", "met_with", "Xi Jinping", "asserted",
          "Manele himself met Chinese President Xi Jinping in Beijing in July 2024", time="2024-07"),
        r("Jeremiah Manele", "visited", "Beijing", "asserted",
          "Manele himself met Chinese President Xi Jinping in Beijing in July 2024", time="2024-07",
          alt_o=["China"]),
        r("Joanne Kiriau", "works_for", "Melanesia Security Institute", "asserted",
          "Joanne Kiriau, a governance researcher at the Melanesia Security Institute"),
        r("Melanesia Security Institute", "based_in", "Port Moresby", "asserted",
          "the Melanesia Security Institute in Port Moresby, Papua New Guinea", alt_o=["Papua New Guinea"]),
        r("Port Moresby", "located_in", "Papua New Guinea", "asserted", "in Port Moresby, Papua New Guinea"),
        r("Honiara", "capital_of", "Solomon Islands", "asserted", "in Honiara, the capital"),
        r("Honiara", "located_in", "Solomon Islands", "asserted", "in Honiara, the capital", req=False,
          note="entailed by capital_of"),
        r("Embassy of China in Honiara", "based_in", "Honiara", "asserted", "The Chinese embassy in Honiara"),
        r("China Police Liaison Team", "based_in", "Honiara", "reported", "the China Police Liaison Team based in Honiara"),
        r("Solomon Islands", "contacted", "China", "reported", "has asked Beijing to scale down",
          alt_s=["Jeremiah Manele"], alt_o=["Beijing"]),
        r("Lisa Tanimoto", "works_for", "Pacific Current", "asserted", "By Lisa Tanimoto", req=False,
          note="byline; the outlet is named only in page furniture"),
    ],
}

# ---------------------------------------------------------------- text
BLOCK_END = re.compile(r"</(p|h1|h2|h3|h4|li|figcaption|div|time)>", re.I)


def clean_html(raw):
    """Text of the <article> element, one block a paragraph."""
    m = re.search(r"<article\b.*?</article>", raw, re.S | re.I)
    body = m.group(0) if m else raw
    body = BLOCK_END.sub("\n\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = html.unescape(body)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in body.split("\n")]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if out and not blank:
                out.append("")
            blank = True
            continue
        out.append(ln)
        blank = False
    return "\n".join(out).strip() + "\n"


def doc_text(name):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    return clean_html(raw) if name.endswith(".html") else raw


def sentence_around(text, start, end):
    """The sentence (roughly) holding text[start:end]."""
    b = start
    while b > 0:
        if text[b - 1] == "\n":
            break
        if text[b - 2:b] in (". ", "? ", "! ") or text[b - 3:b] in ('." ', '?" ', '!" '):
            # not an abbreviation like "U.S. " or "Jr. " or "O. "
            word = re.search(r"(\S+)\s$", text[max(0, b - 12):b])
            w = word.group(1) if word else ""
            if not re.fullmatch(r"(U\.S\.|Jr\.|O\.|[A-Z]\.)\"?", w):
                break
        b -= 1
    e = end
    while e < len(text):
        if text[e] == "\n":
            break
        if text[e] in ".?!":
            nxt = text[e + 1:e + 3]
            w = re.search(r"(\S+)$", text[max(0, e - 6):e + 1])
            w = w.group(1) if w else ""
            if (nxt.startswith(" ") or nxt.startswith("\n") or nxt == "" or nxt.startswith('"')) and \
                    not re.fullmatch(r"(U\.S\.|Jr\.|O\.|[A-Z]\.)", w):
                e += 1
                if e < len(text) and text[e] == '"':
                    e += 1
                break
        e += 1
    return b, e


def main():
    problems = []
    ent_type, alias_owner = {}, {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            problems.append(f"bad type {typ} for {name}")
        if name in ent_type:
            problems.append(f"duplicate entity {name}")
        ent_type[name] = typ
        for a in [name] + aliases:
            k = re.sub(r"^the\s+", "", a.strip().lower())
            if k in alias_owner and alias_owner[k] != name:
                problems.append(f"alias {a!r} of {name} already belongs to {alias_owner[k]}")
            alias_owner.setdefault(k, name)

    texts = {d: doc_text(d) for d in DOCS}
    for d in DOCS:
        if not os.path.exists(os.path.join(CORPUS, d)):
            problems.append(f"missing corpus file {d}")

    merged = {}   # key -> gold row
    order = []
    per_doc = []  # (key, doc, row)
    for doc, rows in ROWS.items():
        seen = set()
        for row in rows:
            for fld in ("s", "o"):
                if row[fld] not in ent_type:
                    problems.append(f"{doc}: unknown entity {row[fld]!r}")
            for a in row["alt_s"] + row["alt_o"]:
                if a not in ent_type:
                    problems.append(f"{doc}: unknown alt entity {a!r}")
            if row["p"] not in PREDICATES or any(p not in PREDICATES for p in row["alt_p"]):
                problems.append(f"{doc}: bad predicate in {row}")
            if row["modality"] not in POLARITY:
                problems.append(f"{doc}: bad modality in {row}")
            if row["ev"] not in texts[doc]:
                problems.append(f"{doc}: evidence not found: {row['ev']!r}")
            s, o = row["s"], row["o"]
            pol = POLARITY[row["modality"]]
            if row["p"] in SYMMETRIC and s > o:
                s, o = o, s
            key = (s, row["p"], o, pol)
            if key in seen:
                problems.append(f"{doc}: duplicate unit {key}")
            seen.add(key)
            per_doc.append((key, doc, row))
            if key not in merged:
                g = {"s": row["s"], "p": row["p"], "o": row["o"], "docs": [doc],
                     "modality": row["modality"], "required": row["required"]}
                if row["time"]:
                    g["time"] = row["time"]
                for f in ("alt_s", "alt_p", "alt_o"):
                    if row[f]:
                        g[f] = list(row[f])
                g["note"] = row["note"] or f"'{row['ev']}'"
                merged[key] = g
                order.append(key)
            else:
                g = merged[key]
                if g.get("time") != row["time"] and (g.get("time") or row["time"]):
                    problems.append(f"time conflict for {key}: {g.get('time')} vs {row['time']} ({doc})")
                if g["required"] != row["required"]:
                    problems.append(f"required conflict for {key} ({doc})")
                g["docs"].append(doc)
                for f in ("alt_s", "alt_p", "alt_o"):
                    for a in row[f]:
                        if a not in g.setdefault(f, []):
                            g[f].append(a)
                if row["note"] and row["note"] not in g["note"]:
                    g["note"] += "; " + row["note"]

    # alternative spellings that collide with another row's main unit
    mains = set(merged)
    for key, g in merged.items():
        pol = key[3]
        for s in [g["s"]] + g.get("alt_s", []):
            for p in [g["p"]] + g.get("alt_p", []):
                for o in [g["o"]] + g.get("alt_o", []):
                    a, b = (s, o) if not (p in SYMMETRIC and s > o) else (o, s)
                    k2 = (a, p, b, pol)
                    if k2 != key and k2 in mains:
                        print(f"note: alt of {key} equals main of {k2}", file=sys.stderr)

    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for key in order:
            g = merged[key]
            out = {k: g[k] for k in ("s", "p", "o", "docs", "modality") if k in g}
            if "time" in g:
                out["time"] = g["time"]
            out["required"] = g["required"]
            for k in ("alt_s", "alt_p", "alt_o", "note"):
                if g.get(k):
                    out[k] = g[k]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for key, doc, row in per_doc:
            text = texts[doc]
            i = text.index(row["ev"])
            b, e = sentence_around(text, i, i + len(row["ev"]))
            g = merged[key]
            st = {"subject": row["s"], "subject_type": ent_type[row["s"]], "predicate": row["p"],
                  "object": row["o"], "object_type": ent_type[row["o"]], "modality": row["modality"],
                  "time": g.get("time", ""), "role": "", "confidence": 1.0,
                  "source": f"corpus/{doc}", "title": DOCS[doc]["title"],
                  "published": DOCS[doc]["published"], "sentence": text[b:e].strip(),
                  "start": b, "end": e, "rule": "gold"}
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # summary for the README
    from collections import Counter
    rows = [merged[k] for k in order]
    print(f"rows={len(rows)} required={sum(g['required'] for g in rows)} "
          f"with_time={sum(1 for g in rows if 'time' in g)} statements={len(per_doc)}")
    print("entities by type:", dict(Counter(t for _, t, _ in ENTITIES)))
    mods = Counter(g["modality"] for g in rows)
    modreq = Counter(g["modality"] for g in rows if g["required"])
    print("modality rows/required:", {m: (mods[m], modreq[m]) for m in mods})
    for d in DOCS:
        n = sum(1 for k, dd, _ in per_doc if dd == d)
        nr = sum(1 for k, dd, _ in per_doc if dd == d and merged[k]["required"])
        print(f"  {d}: facts={n} required={nr}")


if __name__ == "__main__":
    main()
