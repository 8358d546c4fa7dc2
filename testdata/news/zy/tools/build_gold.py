#!/usr/bin/env python3
"""Build the gold standard of news set zy from hand-written rows.

Every row below was written by reading the articles in ../corpus sentence by
sentence. For each document that states a row, the row carries the
document's modality, its resolved time (or None) and an evidence phrase
copied from the body. This script

  * cleans each document the way the conventions say (wire: text after the
    headline without the credit line; newspaper: text after the byline;
    HTML: the paragraphs of div.article-body, tags removed, entities
    unescaped) and splits it into sentences;
  * checks that every evidence phrase lies inside one sentence of that
    document's cleaned body (and, for wire copy, not in the dateline);
  * checks entity names, aliases, types, predicates, modalities, polarity
    agreement between documents of one row, time formats, wire times (the
    year must be written in the evidence sentence) and that a required row
    names both of its arguments inside the evidence phrase;
  * writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl.

Usage: build_gold.py [--stats]
"""
import html
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

DOCS = OrderedDict([
    ("zy01", ("zy01_sulu_patrols_resume_manila.txt", "wire")),
    ("zy02", ("zy02_marcos_brunei_maritime_pact.txt", "wire")),
    ("zy03", ("zy03_bangladesh_srilanka_coastal_shipping.txt", "wire")),
    ("zy04", ("zy04_sabah_curfew_tug_crew.txt", "news")),
    ("zy05", ("zy05_teknaf_alert_arakan_army.txt", "news")),
    ("zy06", ("zy06_colombo_cabinet_shipping_pact.txt", "news")),
    ("zy07", ("zy07_prabowo_anwar_hostage_call.html", "html")),
    ("zy08", ("zy08_kyaukphyu_strike_china_pressure.html", "html")),
])

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
ANY = None
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
PREDICATES = {
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
STATIC = {"borders", "located_in", "capital_of", "member_of", "head_of",
          "works_for", "based_in", "citizen_of", "lives_in"}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # countries
    ("Indonesia", C, ["Republic of Indonesia"]),
    ("Malaysia", C, []),
    ("Philippines", C, ["the Philippines", "Republic of the Philippines"]),
    ("Brunei", C, ["Brunei Darussalam", "the sultanate"]),
    ("Timor-Leste", C, ["East Timor", "Timor Leste"]),
    ("United States", C, ["US", "U.S.", "United States of America", "Washington"]),
    ("United Kingdom", C, ["Britain", "UK"]),
    ("Japan", C, []),
    ("China", C, ["People's Republic of China"]),
    ("Bangladesh", C, []),
    ("Sri Lanka", C, []),
    ("Myanmar", C, ["Burma"]),
    ("India", C, []),
    ("Pakistan", C, []),
    ("Maldives", C, ["the Maldives"]),
    ("Thailand", C, []),
    ("Russia", C, []),
    # cities
    ("Manila", CI, []),
    ("Quezon City", CI, []),
    ("Jakarta", CI, []),
    ("Kuala Lumpur", CI, []),
    ("Bandar Seri Begawan", CI, []),
    ("Dili", CI, []),
    ("Lahad Datu", CI, []),
    ("Tawau", CI, []),
    ("Semporna", CI, []),
    ("Sandakan", CI, []),
    ("Bongao", CI, []),
    ("Tarakan", CI, []),
    ("Surabaya", CI, []),
    ("Hangzhou", CI, []),
    ("Beijing", CI, []),
    ("Tianjin", CI, []),
    ("Colombo", CI, []),
    ("Dhaka", CI, []),
    ("Chittagong", CI, ["Chattogram"]),
    ("New Delhi", CI, ["Delhi"]),
    ("Kolkata", CI, []),
    ("Yangon", CI, []),
    ("Teknaf", CI, []),
    ("Sittwe", CI, []),
    ("Kyaukphyu", CI, []),
    ("Maungdaw", CI, []),
    ("Paletwa", CI, []),
    ("Manaung", CI, []),
    # regions
    ("Sabah", R, []),
    ("Sarawak", R, []),
    ("Tawi-Tawi", R, ["Tawi-Tawi province"]),
    ("North Kalimantan", R, ["North Kalimantan province"]),
    ("Nunukan", R, ["Nunukan island"]),
    ("Buton", R, []),
    ("Southeast Sulawesi", R, []),
    ("Jolo", R, ["Jolo island"]),
    ("Sulu", R, ["Sulu province"]),
    ("South China Sea", R, []),
    ("Louisa Reef", R, []),
    ("Pulau Muara Besar", R, ["Pulau Muara Besar island"]),
    ("Timor", R, ["island of Timor", "Timor island"]),
    ("Rakhine", R, ["Rakhine state", "Rakhine State"]),
    ("Chin State", R, ["Chin state"]),
    ("Ramree Island", R, ["Ramree"]),
    ("Yunnan", R, ["Yunnan province"]),
    ("Cox's Bazar", R, ["Cox's Bazar district", "Cox\u2019s Bazar"]),
    ("East Pakistan", R, ["former East Pakistan"]),
    # facilities
    ("Camp Aguinaldo", F, []),
    ("Hambantota Port", F, ["Hambantota port", "Hambantota"]),
    ("Jaya Container Terminal", F, []),
    ("Colombo West International Terminal", F, ["CWIT"]),
    ("Sittwe Port", F, ["Sittwe port"]),
    ("Matarbari port", F, ["Matarbari", "Matarbari deep-sea port"]),
    # organizations
    ("ASEAN", O, ["Association of Southeast Asian Nations"]),
    ("BIMP-EAGA", O, ["BIMP-EAGA growth area",
                      "Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area"]),
    ("Abu Sayyaf", O, ["Abu Sayyaf group", "Abu Sayyaf faction", "breakaway Abu Sayyaf faction",
                       "Abu Sayyaf Group"]),
    ("Armed Forces of the Philippines", O, ["Philippine military"]),
    ("Indonesian National Armed Forces", O, ["Indonesian military", "TNI"]),
    ("Eastern Sabah Security Command", O, ["ESSCOM"]),
    ("Royal Malaysian Navy", O, []),
    ("Royal Malaysia Police", O, ["Malaysian police"]),
    ("Kinabatangan Tug and Barge", O, []),
    ("Semporna Fishermen's Association", O, []),
    ("Indonesian Navy", O, []),
    ("Second Fleet Command", O, ["Second Fleet"]),
    ("Gerindra", O, ["Gerindra party"]),
    ("Indonesian House of Representatives", O, ["House of Representatives", "DPR"]),
    ("China Coast Guard", O, ["Chinese coast guard"]),
    ("Zhejiang Hengyi Group", O, ["Hengyi"]),
    ("Arakan Army", O, []),
    ("Myanmar military", O, ["Myanmar's military", "Myanmar\u2019s military", "junta", "Myanmar's junta",
                             "Myanmar's military government", "Myanmar\u2019s military government",
                             "military government", "the military", "Tatmadaw"]),
    ("Myanmar Navy", O, ["Myanmar navy"]),
    ("Border Guard Bangladesh", O, ["BGB"]),
    ("BIMSTEC", O, ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
                    "BIMSTEC grouping"]),
    ("Karnaphuli Feeder Lines", O, ["Karnaphuli"]),
    ("Bay of Bengal Policy Institute", O, []),
    ("Awami League", O, []),
    ("Samagi Jana Balawegaya", O, ["SJB"]),
    ("National People's Power", O, ["NPP"]),
    ("Adani Ports", O, ["Adani Ports and Special Economic Zone"]),
    ("John Keells Holdings", O, ["John Keells"]),
    ("China Merchants Port Holdings", O, ["China Merchants Port"]),
    ("Ceylon Shipping Agents' Association", O, []),
    ("Chinese Foreign Ministry", O, ["Chinese foreign ministry"]),
    ("CITIC Group", O, ["CITIC"]),
    ("India Ports Global", O, []),
    ("Andaman Research Group", O, []),
    ("Three Brotherhood Alliance", O, []),
    ("Myanma Oil and Gas Enterprise", O, ["MOGE"]),
    # agreements
    ("Trilateral Cooperative Arrangement", A, ["TCA"]),
    ("Brunei-Philippines maritime security memorandum", A, ["maritime security memorandum"]),
    ("Bangladesh-Sri Lanka coastal shipping agreement", A, ["coastal shipping agreement",
                                                            "coastal shipping deal", "Colombo deal"]),
    ("BIMSTEC Maritime Transport Cooperation Agreement", A, ["maritime transport cooperation agreement"]),
    ("Haigeng ceasefire", A, ["Haigeng agreement"]),
    # people
    ("Gilberto Teodoro", P, ["Teodoro", "Defense Secretary Gilberto Teodoro",
                             "Philippine Defense Secretary Gilberto Teodoro"]),
    ("Sjafrie Sjamsoeddin", P, ["Sjafrie", "Defence Minister Sjafrie Sjamsoeddin"]),
    ("Mohamed Khaled Nordin", P, ["Khaled", "Khaled Nordin", "Defence Minister Mohamed Khaled Nordin",
                                  "Malaysian Defence Minister Mohamed Khaled Nordin"]),
    ("Ferdinand Marcos Jr", P, ["Marcos", "Ferdinand Marcos Jr.", "Ferdinand Marcos",
                                "President Ferdinand Marcos Jr", "Philippine President Ferdinand Marcos Jr"]),
    ("Hassanal Bolkiah", P, ["Sultan Hassanal Bolkiah", "the sultan"]),
    ("Rosman Taib", P, []),
    ("Sugiono", P, ["Foreign Minister Sugiono", "Indonesian Foreign Minister Sugiono"]),
    ("Theresa Lazaro", P, ["Lazaro", "Ma. Theresa Lazaro"]),
    ("Erywan Yusof", P, ["Erywan"]),
    ("Xanana Gusmao", P, ["Gusmao", "Xanana Gusm\u00e3o", "Prime Minister Xanana Gusmao"]),
    ("Prabowo Subianto", P, ["Prabowo", "Indonesian President Prabowo Subianto"]),
    ("Anwar Ibrahim", P, ["Anwar", "Malaysian Prime Minister Anwar Ibrahim"]),
    ("Ahmad Fuad Rahmat", P, ["ESSCOM commander Ahmad Fuad Rahmat"]),
    ("Lim Chee Keong", P, []),
    ("Rina Kusumawati", P, []),
    ("Hamdan Salleh", P, []),
    ("Hendra Saputra", P, ["Rear Admiral Hendra Saputra"]),
    ("La Ode Rahman", P, []),
    ("Zulkifli Hamzah", P, ["Malaysian Ambassador Zulkifli Hamzah"]),
    ("Bambang Wiratmo", P, ["Bambang"]),
    ("Touhid Hossain", P, ["Hossain", "Md Touhid Hossain", "Foreign Affairs Adviser Touhid Hossain"]),
    ("Vijitha Herath", P, ["Herath", "Foreign Minister Vijitha Herath",
                           "Sri Lankan Foreign Minister Vijitha Herath"]),
    ("Anura Kumara Dissanayake", P, ["Dissanayake", "President Anura Kumara Dissanayake",
                                     "Sri Lankan President Anura Kumara Dissanayake"]),
    ("Muhammad Yunus", P, ["Yunus", "Chief Adviser Muhammad Yunus"]),
    ("Mahbubur Rahman", P, ["Lieutenant Colonel Mahbubur Rahman"]),
    ("Faisal Chowdhury", P, []),
    ("Sheikh Hasina", P, ["Hasina"]),
    ("Nadia Karim", P, []),
    ("Nalinda Jayatissa", P, []),
    ("Bimal Rathnayake", P, []),
    ("Sajith Premadasa", P, ["Premadasa", "Opposition Leader Sajith Premadasa"]),
    ("Narendra Modi", P, ["Modi", "Indian Prime Minister Narendra Modi"]),
    ("Chamara Wickramasinghe", P, []),
    ("Lin Jian", P, ["Chinese foreign ministry spokesperson Lin Jian"]),
    ("Zaw Min Tun", P, ["Junta spokesman Zaw Min Tun"]),
    ("Min Aung Hlaing", P, ["Senior General Min Aung Hlaing"]),
    ("Xi Jinping", P, ["Xi", "Chinese President Xi Jinping"]),
    ("Myo Thura", P, []),
]

# -------------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, req, ev, alt_s=None, alt_p=None, alt_o=None, role=None,
        commodity=None, mod=None, why=None):
    """ev: {doc: (modality, time or None, evidence phrase)}"""
    ROWS.append(dict(s=s, p=p, o=o, req=req, ev=ev, alt_s=alt_s or [], alt_p=alt_p or [],
                     alt_o=alt_o or [], role=role, commodity=commodity, mod=mod, why=why))


a, rp, h, pl, n = "asserted", "reported", "hedged", "planned", "negated"

# ===================== cluster A: maritime Southeast Asia (March 2026) =====================
# zy01 Reuters Manila (Tuesday 10 March 2026), zy02 AFP Bandar Seri Begawan (Thursday 12 March),
# zy04 Sabah Tribune 2026-03-13, zy07 Nusantara Post 2026-03-16

row("Gilberto Teodoro", "works_for", "Philippines", True, {
    "zy01": (a, None, "Philippine Defense Secretary Gilberto Teodoro"),
    "zy07": (a, None, "Philippine Defense Secretary Gilberto Teodoro")}, role="defense secretary")
row("Sjafrie Sjamsoeddin", "works_for", "Indonesia", True, {
    "zy01": (a, None, "Gilberto Teodoro hosted his Indonesian counterpart, Sjafrie Sjamsoeddin"),
    "zy07": (a, None, "Defence Minister Sjafrie Sjamsoeddin")}, role="defence minister",
    why="zy07 gives the title without a country (Indonesian paper)")
row("Mohamed Khaled Nordin", "works_for", "Malaysia", True, {
    "zy01": (a, None, "Malaysian Defence Minister Mohamed Khaled Nordin"),
    "zy04": (a, None, "Malaysia's Defence Minister Mohamed Khaled Nordin"),
    "zy07": (a, None, "Malaysia’s Mohamed Khaled Nordin")}, role="defence minister")
row("Gilberto Teodoro", "met_with", "Sjafrie Sjamsoeddin", True, {
    "zy01": (a, None, "Gilberto Teodoro hosted his Indonesian counterpart, Sjafrie Sjamsoeddin")},
    alt_s=["Philippines"], alt_o=["Indonesia"])
row("Gilberto Teodoro", "met_with", "Mohamed Khaled Nordin", True, {
    "zy01": (a, None, "Gilberto Teodoro hosted his Indonesian counterpart, Sjafrie Sjamsoeddin, and Malaysian Defence Minister Mohamed Khaled Nordin")},
    alt_s=["Philippines"], alt_o=["Malaysia"])
row("Sjafrie Sjamsoeddin", "met_with", "Mohamed Khaled Nordin", False, {
    "zy01": (a, None, "hosted his Indonesian counterpart, Sjafrie Sjamsoeddin, and Malaysian Defence Minister Mohamed Khaled Nordin")},
    alt_s=["Indonesia"], alt_o=["Malaysia"], why="both were Teodoro's guests at one meeting: implied, not stated")
row("Sjafrie Sjamsoeddin", "met_with", "Mohamed Khaled Nordin", True, {
    "zy07": (pl, "2026-05", "Sjafrie is due to host Malaysia’s Mohamed Khaled Nordin in Jakarta in May")},
    alt_s=["Indonesia"], alt_o=["Malaysia"], why="a planned meeting; the asserted row above is the Manila talks")
row("Mohamed Khaled Nordin", "visited", "Jakarta", False, {
    "zy07": (pl, "2026-05", "Sjafrie is due to host Malaysia’s Mohamed Khaled Nordin in Jakarta in May")},
    alt_o=["Indonesia"], why="visit entailed by being hosted in Jakarta")
row("Camp Aguinaldo", "located_in", "Quezon City", True, {
    "zy01": (a, None, "Camp Aguinaldo, the military headquarters in Quezon City")})
for x, y in [("Indonesia", "Malaysia"), ("Indonesia", "Philippines"), ("Malaysia", "Philippines")]:
    row(x, "signed_agreement_with", y, False, {
        "zy01": (a, None, "The defence ministers of Indonesia, Malaysia and the Philippines agreed on Tuesday to resume coordinated naval patrols"),
        "zy02": (rp, None, "the trilateral Sulu Sea patrols that Indonesia, Malaysia and the Philippines agreed on Tuesday to resume"),
        "zy04": (rp, "2026-03-10", "the defence ministers of Indonesia, Malaysia and the Philippines agreed to resume joint patrols"),
        "zy07": (a, "2026-03-10", "Defence Minister Sjafrie Sjamsoeddin and his Malaysian and Philippine counterparts agreed in Manila to resume patrols")},
        why="an agreement to act, reached by ministers: a loose reading of signed_agreement_with")
for x in ["Indonesia", "Malaysia", "Philippines"]:
    row(x, "party_to", "Trilateral Cooperative Arrangement", True, {
        "zy01": (a, "2016", "the Trilateral Cooperative Arrangement, which the three governments signed in 2016"),
        "zy07": (a, "2016", "The Trilateral Cooperative Arrangement, signed by Indonesia, Malaysia and the Philippines in 2016")},
        why="zy01 says 'the three governments' (group reference); zy07 names all three")
row("Abu Sayyaf", "killed", "Rosman Taib", True, {
    "zy01": (rp, None, "a breakaway Abu Sayyaf faction killed the Malaysian skipper of the tugboat, Rosman Taib"),
    "zy07": (rp, None, "the Abu Sayyaf faction also killed the tug’s Malaysian skipper, Rosman Taib")},
    why="zy04 only says 'the gunmen shot dead' him: not this row")
row("Rosman Taib", "citizen_of", "Malaysia", True, {
    "zy01": (a, None, "the Malaysian skipper of the tugboat, Rosman Taib"),
    "zy07": (a, None, "the tug’s Malaysian skipper, Rosman Taib")})
row("Lahad Datu", "located_in", "Sabah", True, {
    "zy01": (a, None, "Lahad Datu, a town on Sabah's east coast")})
row("Sabah", "located_in", "Malaysia", True, {
    "zy01": (a, None, "the Malaysian state of Sabah")})
row("Indonesia", "contacted", "Philippines", False, {
    "zy01": (rp, None, "Jakarta had asked Manila to allow Indonesian special forces to join any rescue operation")},
    alt_s=["Jakarta"], alt_o=["Manila"], why="a request read as contact; both sides named by their capitals")
row("Armed Forces of the Philippines", "supported", "Indonesian National Armed Forces", False, {
    "zy01": (pl, None, "the Armed Forces of the Philippines would share intelligence with the Indonesian military")},
    alt_s=["Philippines"], alt_o=["Indonesia"], why="intelligence sharing read loosely as support")
row("Ferdinand Marcos Jr", "met_with", "Sjafrie Sjamsoeddin", True, {
    "zy01": (rp, None, "President Ferdinand Marcos Jr received Sjafrie and Khaled at Malacanang Palace")},
    alt_s=["Philippines"], alt_o=["Indonesia"])
row("Ferdinand Marcos Jr", "met_with", "Mohamed Khaled Nordin", True, {
    "zy01": (rp, None, "President Ferdinand Marcos Jr received Sjafrie and Khaled at Malacanang Palace")},
    alt_s=["Philippines"], alt_o=["Malaysia"])
row("Brunei", "party_to", "Trilateral Cooperative Arrangement", True, {
    "zy01": (n, None, "Brunei, which is not a party to the Trilateral Cooperative Arrangement"),
    "zy02": (n, None, "He said Brunei had no plans to join the Trilateral Cooperative Arrangement")})
row("Malaysia", "negotiating_with", "Abu Sayyaf", False, {
    "zy01": (n, None, "Khaled denied reports in the Malaysian press that Kuala Lumpur had negotiated with the kidnappers")},
    alt_s=["Kuala Lumpur"], why="'the kidnappers' refers back to the Abu Sayyaf faction")
row("Indonesia", "borders", "Malaysia", True, {
    "zy01": (a, None, "Indonesia and Malaysia, which share a land border on Borneo")})
row("Indonesia", "negotiating_with", "Malaysia", True, {
    "zy01": (rp, None, "Indonesia and Malaysia, which share a land border on Borneo, have also discussed adding night patrols along their sea boundary off eastern Borneo"),
    "zy07": (a, None, "Jakarta and Kuala Lumpur have settled most of their maritime boundary questions through talks")},
    alt_s=["Jakarta"], alt_o=["Kuala Lumpur"])
row("Philippines", "allied_with", "United States", True, {
    "zy01": (a, None, "Washington, Manila's treaty ally"),
    "zy02": (a, None, "Manila's treaty ally, the United States")}, alt_s=["Manila"])
row("United States", "supported", "Philippines", False, {
    "zy01": (a, None, "Washington, Manila's treaty ally, has funded radar stations along the Sulu coast")},
    alt_o=["Manila"], why="the beneficiary of the radar stations is inferred")
row("Sugiono", "contacted", "Theresa Lazaro", True, {
    "zy01": (rp, None, "Foreign Minister Sugiono had spoken by telephone with his Philippine counterpart, Theresa Lazaro")},
    alt_s=["Indonesia"], alt_o=["Philippines"])
row("Sugiono", "works_for", "Indonesia", True, {
    "zy01": (a, None, "Indonesia's foreign ministry said on Monday that Foreign Minister Sugiono"),
    "zy07": (a, None, "Indonesian Foreign Minister Sugiono")}, role="foreign minister")
row("Theresa Lazaro", "works_for", "Philippines", True, {
    "zy01": (a, None, "his Philippine counterpart, Theresa Lazaro")}, role="foreign secretary")
row("Philippines", "member_of", "ASEAN", False, {
    "zy01": (rp, None, "the Philippines, which chairs the Association of Southeast Asian Nations this year"),
    "zy02": (a, None, "Manila looks for support from its neighbours during its year at the helm of the Association of Southeast Asian Nations"),
    "zy07": (a, None, "Philippine President Ferdinand Marcos Jr, whose country chairs ASEAN this year")},
    alt_s=["Manila"], why="membership entailed by chairing")
row("Timor-Leste", "member_of", "ASEAN", True, {
    "zy01": (rp, None, "the bloc's other members, including newest member Timor-Leste"),
    "zy02": (a, None, "Timor-Leste, which became ASEAN's 11th member in October")},
    why="zy07 ('bid to join ASEAN, which the bloc approved in October') is left to candidate_for")
row("Ferdinand Marcos Jr", "head_of", "Philippines", True, {
    "zy01": (a, None, "President Ferdinand Marcos Jr received Sjafrie and Khaled"),
    "zy02": (a, None, "Philippine President Ferdinand Marcos Jr"),
    "zy04": (a, None, "Philippine President Ferdinand Marcos Jr"),
    "zy07": (a, None, "Philippine President Ferdinand Marcos Jr")}, role="president",
    why="zy01 has the title without the country")
row("Bongao", "capital_of", "Tawi-Tawi", True, {
    "zy01": (a, None, "Bongao, the capital of Tawi-Tawi province")})

# --- zy02
row("Hassanal Bolkiah", "head_of", "Brunei", True, {
    "zy02": (a, None, "Brunei's Sultan Hassanal Bolkiah"),
    "zy04": (a, None, "Sultan Hassanal Bolkiah signed a maritime security memorandum")}, role="sultan",
    why="zy04 has the title without the country")
row("Ferdinand Marcos Jr", "signed_agreement_with", "Hassanal Bolkiah", True, {
    "zy02": (a, None, "Philippine President Ferdinand Marcos Jr and Brunei's Sultan Hassanal Bolkiah signed a maritime security memorandum"),
    "zy04": (a, "2026-03-12", "Sultan Hassanal Bolkiah signed a maritime security memorandum with Philippine President Ferdinand Marcos Jr")},
    alt_s=["Philippines"], alt_o=["Brunei"])
for x in ["Philippines", "Brunei"]:
    row(x, "party_to", "Brunei-Philippines maritime security memorandum", False, {
        "zy02": (a, None, "Philippine President Ferdinand Marcos Jr and Brunei's Sultan Hassanal Bolkiah signed a maritime security memorandum"),
        "zy04": (a, "2026-03-12", "Sultan Hassanal Bolkiah signed a maritime security memorandum with Philippine President Ferdinand Marcos Jr")},
        why="the leaders sign for their states")
row("Ferdinand Marcos Jr", "visited", "Brunei", True, {
    "zy02": (a, None, "Marcos arrived in Brunei on Wednesday for a two-day state visit")})
row("Ferdinand Marcos Jr", "visited", "Bandar Seri Begawan", False, {
    "zy04": (a, "2026-03-12", "signed a maritime security memorandum with Philippine President Ferdinand Marcos Jr in Bandar Seri Begawan on Thursday")},
    alt_o=["Brunei"], why="visit entailed by signing there")
row("Erywan Yusof", "works_for", "Brunei", True, {
    "zy02": (a, None, "Brunei's second foreign minister, Erywan Yusof")}, role="second foreign minister")
row("Brunei", "borders", "Sarawak", True, {
    "zy02": (a, None, "Brunei, an oil-rich sultanate that borders the Malaysian state of Sarawak")})
row("Sarawak", "located_in", "Malaysia", True, {
    "zy02": (a, None, "the Malaysian state of Sarawak")})
row("Louisa Reef", "located_in", "South China Sea", False, {
    "zy02": (a, None, "claims part of the South China Sea, including Louisa Reef")},
    why="read from 'part of the South China Sea, including Louisa Reef'")
row("Philippines", "criticized", "China Coast Guard", False, {
    "zy02": (a, None, "Manila, which has repeatedly protested against manoeuvres by the China Coast Guard")},
    alt_s=["Manila"], alt_o=["China"], why="protests against the coast guard's manoeuvres")
row("Brunei", "criticized", "China", True, {
    "zy02": (n, None, "Brunei has not publicly criticised Beijing over the waterway")}, alt_o=["Beijing"])
row("ASEAN", "negotiating_with", "China", True, {
    "zy02": (rp, None, "a code of conduct for the South China Sea, which ASEAN has been negotiating with China for years")})
row("ASEAN", "negotiating_with", "China", False, {
    "zy02": (pl, None, "the sultanate was ready to host talks between ASEAN officials and Chinese diplomats on the code")},
    why="future talks Brunei offers to host; 'ASEAN officials' and 'Chinese diplomats'")
row("Zhejiang Hengyi Group", "based_in", "Hangzhou", True, {
    "zy02": (a, None, "Zhejiang Hengyi Group, based in Hangzhou")})
row("Pulau Muara Besar", "located_in", "Brunei", True, {
    "zy02": (a, None, "Brunei's Pulau Muara Besar island")})
row("Philippines", "imports_from", "Brunei", True, {
    "zy02": (pl, None, "Manila hoped to start buying liquefied natural gas from Brunei")},
    alt_s=["Manila"], commodity="liquefied natural gas")
row("Japan", "imports_from", "Brunei", False, {
    "zy02": (rp, None, "Brunei, which ships much of its LNG to Japan")}, commodity="LNG",
    why="stated from the exporter's side")
row("Brunei", "diplomatic_relations_with", "Philippines", True, {
    "zy02": (a, "1984", "Brunei established diplomatic relations with the Philippines in 1984")},
    why="the text dates the change (established in 1984)")
row("Brunei", "gained_independence_from", "United Kingdom", True, {
    "zy02": (a, "1984", "Brunei established diplomatic relations with the Philippines in 1984, shortly after gaining independence from Britain")})
row("Brunei", "signed_agreement_with", "Malaysia", False, {
    "zy02": (a, "2009", "Brunei and Malaysia settled their maritime boundary in an exchange of letters in 2009")},
    why="settling a boundary by an exchange of letters read as an agreement")
row("Ferdinand Marcos Jr", "visited", "Dili", True, {
    "zy02": (pl, None, "Marcos flies on Friday to Dili")}, alt_o=["Timor-Leste"])
row("Ferdinand Marcos Jr", "visited", "Dili", True, {
    "zy07": (a, "2026-03-13", "Philippine President Ferdinand Marcos Jr, whose country chairs ASEAN this year, was in Dili on Friday")},
    alt_o=["Timor-Leste"], why="zy02 announced the trip (planned), zy07 reports it made")
row("Dili", "capital_of", "Timor-Leste", True, {
    "zy02": (a, None, "Dili, the capital of Timor-Leste")})
row("Ferdinand Marcos Jr", "met_with", "Xanana Gusmao", True, {
    "zy02": (pl, None, "Marcos flies on Friday to Dili, the capital of Timor-Leste, which became ASEAN's 11th member in October, for talks with Prime Minister Xanana Gusmao")},
    alt_s=["Philippines"], alt_o=["Timor-Leste"])
row("Ferdinand Marcos Jr", "met_with", "Xanana Gusmao", True, {
    "zy07": (a, "2026-03-13", "Philippine President Ferdinand Marcos Jr, whose country chairs ASEAN this year, was in Dili on Friday for talks with Timor-Leste’s prime minister, Xanana Gusmao")},
    alt_s=["Philippines"], alt_o=["Timor-Leste"])
row("Xanana Gusmao", "head_of", "Timor-Leste", True, {
    "zy02": (a, None, "the capital of Timor-Leste, which became ASEAN's 11th member in October, for talks with Prime Minister Xanana Gusmao"),
    "zy07": (a, None, "Timor-Leste’s prime minister, Xanana Gusmao")}, role="prime minister")
row("Timor-Leste", "member_of", "BIMP-EAGA", True, {
    "zy02": (n, None, "Timor-Leste, which is not part of the BIMP-EAGA growth area")})
for x in ["Brunei", "Indonesia", "Malaysia", "Philippines"]:
    row(x, "member_of", "BIMP-EAGA", True, {
        "zy02": (a, None, "the BIMP-EAGA growth area that groups Brunei, Indonesia, Malaysia and the Philippines")})
row("Timor-Leste", "candidate_for", "BIMP-EAGA", True, {
    "zy02": (a, None, "Timor-Leste, which is not part of the BIMP-EAGA growth area that groups Brunei, Indonesia, Malaysia and the Philippines, has asked to join it")})
row("Ferdinand Marcos Jr", "supported", "Timor-Leste", False, {
    "zy02": (pl, None, "Timor-Leste, which is not part of the BIMP-EAGA growth area that groups Brunei, Indonesia, Malaysia and the Philippines, has asked to join it, and Marcos said he would back the bid")},
    alt_s=["Philippines"], why="backing Timor-Leste's bid, named as 'the bid'")
row("United States", "supported", "Brunei-Philippines maritime security memorandum", False, {
    "zy02": (a, None, "Manila's treaty ally, the United States, welcomed the memorandum")},
    why="'welcomed' read as support; 'the memorandum' refers back")

# --- zy04
row("Eastern Sabah Security Command", "based_in", "Lahad Datu", True, {
    "zy04": (a, None, "ESSCOM, which is based in Lahad Datu")})
for town in ["Tawau", "Semporna", "Sandakan"]:
    row(town, "located_in", "Sabah", False, {
        "zy04": (rp, None, "seven east coast districts of Sabah, including Tawau, Semporna and Sandakan")},
        why="the text names districts; the entity is the town of the same name")
row("Ahmad Fuad Rahmat", "works_for", "Eastern Sabah Security Command", True, {
    "zy04": (a, None, "ESSCOM commander Ahmad Fuad Rahmat")}, role="commander")
row("Royal Malaysian Navy", "supported", "Eastern Sabah Security Command", True, {
    "zy04": (rp, "2026-03", "the Royal Malaysian Navy had sent ESSCOM two extra patrol boats last week")})
row("Kinabatangan Tug and Barge", "based_in", "Sandakan", True, {
    "zy04": (a, None, "Sandakan-based Kinabatangan Tug and Barge")})
row("Rosman Taib", "lives_in", "Semporna", False, {
    "zy04": (a, None, "Rosman Taib, a 52-year-old father of four from Semporna")},
    why="'from Semporna' read as residence")
row("Nunukan", "located_in", "North Kalimantan", True, {
    "zy04": (a, None, "Nunukan, an island in Indonesia's North Kalimantan province")})
row("North Kalimantan", "located_in", "Indonesia", True, {
    "zy04": (a, None, "Indonesia's North Kalimantan province")})
row("Sabah", "borders", "North Kalimantan", True, {
    "zy04": (a, None, "Sabah borders North Kalimantan on Borneo")})
row("Philippines", "criticized", "Abu Sayyaf", False, {
    "zy04": (a, None, "Philippine military officials have blamed a breakaway faction of the Abu Sayyaf group for the raid"),
    "zy07": (a, None, "the Abu Sayyaf faction that Philippine officials blame for the abduction")},
    alt_s=["Armed Forces of the Philippines"], why="blame read as accusation; subject given only as 'Philippine (military) officials'")
row("Lim Chee Keong", "works_for", "Kinabatangan Tug and Barge", True, {
    "zy04": (a, None, "Kinabatangan Tug and Barge's managing director, Lim Chee Keong")}, role="managing director")
row("Abu Sayyaf", "contacted", "Kinabatangan Tug and Barge", True, {
    "zy04": (n, None, "Kinabatangan Tug and Barge's managing director, Lim Chee Keong, said the company had not been contacted by the Abu Sayyaf faction")})
row("Rina Kusumawati", "works_for", "Indonesia", True, {
    "zy04": (a, None, "Indonesia's consul in Tawau, Rina Kusumawati")}, role="consul in Tawau")
row("Rina Kusumawati", "contacted", "Royal Malaysia Police", False, {
    "zy04": (rp, None, "Rina Kusumawati, said her office was in daily contact with the sailors' families in Sulawesi and with the Royal Malaysia Police")},
    why="the subject is 'her office' (the consulate)")
row("Mohamed Khaled Nordin", "visited", "Manila", False, {
    "zy04": (a, None, "Mohamed Khaled Nordin, who attended the talks in Manila")},
    alt_o=["Philippines"], why="visit entailed by attending talks there")
row("Mohamed Khaled Nordin", "visited", "Tawau", True, {
    "zy04": (h, "2026-03", "Mohamed Khaled Nordin, who attended the talks in Manila, is expected to visit Tawau next week")})
row("Philippines", "in_conflict_with", "Malaysia", False, {
    "zy04": (a, None, "The Philippines has never formally dropped its claim to eastern Sabah, a long-running dispute that Kuala Lumpur regards as closed")},
    alt_o=["Kuala Lumpur"], why="a dormant territorial dispute; 'never' negates dropping the claim, not the dispute")
row("Hamdan Salleh", "head_of", "Semporna Fishermen's Association", True, {
    "zy04": (a, None, "Hamdan Salleh, who chairs the Semporna Fishermen's Association")}, role="chairman")
row("Hamdan Salleh", "lives_in", "Semporna", False, {
    "zy04": (a, None, "In Semporna, Hamdan Salleh")}, why="'In Semporna' sets the scene; residence inferred")
row("Semporna Fishermen's Association", "based_in", "Semporna", False, {
    "zy04": (a, None, "In Semporna, Hamdan Salleh, who chairs the Semporna Fishermen's Association")},
    why="inferred from the name and the scene")

# --- zy07
row("Prabowo Subianto", "contacted", "Anwar Ibrahim", True, {
    "zy07": (rp, "2026-03-14", "Indonesian President Prabowo Subianto spoke by telephone with Malaysian Prime Minister Anwar Ibrahim on Saturday")},
    alt_s=["Indonesia"], alt_o=["Malaysia"])
row("Prabowo Subianto", "head_of", "Indonesia", True, {
    "zy07": (a, None, "Indonesian President Prabowo Subianto")}, role="president")
row("Anwar Ibrahim", "head_of", "Malaysia", True, {
    "zy07": (a, None, "Malaysian Prime Minister Anwar Ibrahim")}, role="prime minister")
row("Anwar Ibrahim", "met_with", "Prabowo Subianto", True, {
    "zy07": (rp, "2026-01", "Anwar, who held talks with Prabowo in Jakarta in January")},
    alt_s=["Malaysia"], alt_o=["Indonesia"])
row("Anwar Ibrahim", "visited", "Jakarta", False, {
    "zy07": (rp, "2026-01", "Anwar, who held talks with Prabowo in Jakarta in January")},
    alt_o=["Indonesia"], why="visit entailed by talks held in Jakarta")
row("Sjafrie Sjamsoeddin", "visited", "Manila", False, {
    "zy07": (a, "2026-03-10", "Sjafrie Sjamsoeddin and his Malaysian and Philippine counterparts agreed in Manila")},
    alt_o=["Philippines"], why="visit entailed by the talks in Manila")
row("Hendra Saputra", "works_for", "Indonesian Navy", True, {
    "zy07": (a, None, "Indonesian Navy spokesman Rear Admiral Hendra Saputra")}, role="spokesman",
    alt_o=["Indonesia"])
row("Second Fleet Command", "based_in", "Surabaya", True, {
    "zy07": (rp, None, "the Second Fleet Command, which is based in Surabaya")})
row("Tarakan", "located_in", "North Kalimantan", True, {
    "zy07": (rp, None, "Tarakan in North Kalimantan")})
row("Buton", "located_in", "Southeast Sulawesi", True, {
    "zy07": (a, None, "Buton in Southeast Sulawesi")})
row("La Ode Rahman", "lives_in", "Buton", False, {
    "zy07": (a, None, "The five men, all from Buton in Southeast Sulawesi, include the tug’s chief engineer, La Ode Rahman")},
    why="group statement 'all from Buton'")
row("Sugiono", "met_with", "Zulkifli Hamzah", True, {
    "zy07": (a, "2026-03-13", "Indonesian Foreign Minister Sugiono met Malaysian Ambassador Zulkifli Hamzah on Friday")},
    alt_s=["Indonesia"], alt_o=["Malaysia"])
row("Zulkifli Hamzah", "works_for", "Malaysia", True, {
    "zy07": (a, None, "Malaysian Ambassador Zulkifli Hamzah")}, role="ambassador to Indonesia")
row("Abu Sayyaf", "contacted", "Indonesia", False, {
    "zy07": (n, None, "Indonesia had received no ransom demand from the Abu Sayyaf faction")},
    why="no ransom demand read as no contact")
row("Jolo", "located_in", "Sulu", True, {
    "zy07": (a, None, "Jolo island in Sulu province")})
row("Bambang Wiratmo", "member_of", "Gerindra", True, {
    "zy07": (a, None, "Bambang Wiratmo, a lawmaker from Prabowo’s Gerindra party")})
row("Bambang Wiratmo", "member_of", "Indonesian House of Representatives", True, {
    "zy07": (a, None, "Bambang Wiratmo, a lawmaker from Prabowo’s Gerindra party who sits on the defence and foreign affairs commission of the House of Representatives")})
row("Prabowo Subianto", "member_of", "Gerindra", False, {
    "zy07": (a, None, "Prabowo’s Gerindra party")}, alt_p=["head_of"],
    why="possessive only")
row("Bambang Wiratmo", "criticized", "Philippines", True, {
    "zy07": (a, None, "Bambang Wiratmo, a lawmaker from Prabowo’s Gerindra party who sits on the defence and foreign affairs commission of the House of Representatives, criticised Manila")},
    alt_o=["Manila"])
row("Indonesia", "borders", "Timor-Leste", True, {
    "zy07": (a, None, "Indonesia, which shares a land border with Timor-Leste")})
row("Indonesia", "supported", "Timor-Leste", False, {
    "zy07": (a, None, "Indonesia, which shares a land border with Timor-Leste on the island of Timor, backed Dili’s bid to join ASEAN")},
    alt_o=["Dili"], why="backing a bid read as support")
row("Timor-Leste", "candidate_for", "ASEAN", False, {
    "zy07": (a, None, "backed Dili’s bid to join ASEAN")}, alt_s=["Dili"],
    why="a past bid, since approved")
row("Timor-Leste", "gained_independence_from", "Indonesia", True, {
    "zy07": (a, "2002", "Timor-Leste gained independence from Indonesia in 2002")})
row("Indonesia", "trades_with", "Malaysia", True, {
    "zy07": (a, None, "Malaysia is one of Indonesia’s largest trading partners in Southeast Asia")})

# ===================== cluster B: Bay of Bengal (November 2025) =====================
# zy03 Reuters Colombo (Tuesday 18 November 2025), zy05 Meghna Herald 2025-11-19,
# zy06 Lanka Ledger 2025-11-20, zy08 Bengal Bay Monitor 2025-11-21

row("Bangladesh", "signed_agreement_with", "Sri Lanka", True, {
    "zy03": (a, None, "Bangladesh and Sri Lanka signed a coastal shipping agreement on Tuesday"),
    "zy06": (rp, None, "The two countries also agreed to share data on illegal fishing in the Bay of Bengal"),
    "zy08": (a, "2025-11-18", "Bangladesh and Sri Lanka signed a coastal shipping agreement in Colombo on Tuesday")},
    alt_s=["Dhaka"], alt_o=["Colombo"], why="zy06 is a group reference ('the two countries')")
for x in ["Bangladesh", "Sri Lanka"]:
    ev = {"zy03": (a, None, "Bangladesh and Sri Lanka signed a coastal shipping agreement on Tuesday"),
          "zy08": (a, "2025-11-18", "Bangladesh and Sri Lanka signed a coastal shipping agreement in Colombo on Tuesday")}
    if x == "Sri Lanka":
        ev["zy06"] = (a, "2025-11-19", "Sri Lanka's cabinet on Wednesday approved the coastal shipping agreement")
    row(x, "party_to", "Bangladesh-Sri Lanka coastal shipping agreement", True, ev)
row("Touhid Hossain", "works_for", "Bangladesh", True, {
    "zy03": (a, None, "Bangladesh's foreign affairs adviser, Touhid Hossain"),
    "zy05": (a, None, "Foreign Affairs Adviser Touhid Hossain"),
    "zy06": (a, None, "Bangladesh's foreign affairs adviser, Touhid Hossain")}, role="foreign affairs adviser",
    why="zy05 has the title without the country")
row("Vijitha Herath", "works_for", "Sri Lanka", True, {
    "zy03": (a, None, "Sri Lankan Foreign Minister Vijitha Herath"),
    "zy05": (a, None, "Sri Lankan Foreign Minister Vijitha Herath"),
    "zy06": (a, None, "Sri Lanka's cabinet on Wednesday approved the coastal shipping agreement that Foreign Minister Vijitha Herath")},
    role="foreign minister")
row("Touhid Hossain", "signed_agreement_with", "Vijitha Herath", True, {
    "zy03": (a, None, "Touhid Hossain, and Sri Lankan Foreign Minister Vijitha Herath signed the deal in Colombo"),
    "zy05": (a, "2025-11-18", "the coastal shipping agreement that Hossain signed with Sri Lankan Foreign Minister Vijitha Herath in Colombo on Tuesday"),
    "zy06": (a, "2025-11-18", "the coastal shipping agreement that Foreign Minister Vijitha Herath signed with Bangladesh's foreign affairs adviser, Touhid Hossain, in Colombo on Tuesday")},
    alt_s=["Bangladesh"], alt_o=["Sri Lanka"])
row("Touhid Hossain", "met_with", "Vijitha Herath", True, {
    "zy03": (a, None, "Touhid Hossain, and Sri Lankan Foreign Minister Vijitha Herath signed the deal in Colombo after talks")},
    alt_s=["Bangladesh"], alt_o=["Sri Lanka"])
row("Touhid Hossain", "visited", "Colombo", False, {
    "zy03": (a, None, "Touhid Hossain, and Sri Lankan Foreign Minister Vijitha Herath signed the deal in Colombo"),
    "zy05": (a, "2025-11-18", "Hossain signed with Sri Lankan Foreign Minister Vijitha Herath in Colombo on Tuesday"),
    "zy06": (a, "2025-11-18", "Touhid Hossain, in Colombo on Tuesday")},
    alt_o=["Sri Lanka"], why="visit entailed by signing in Colombo")
row("Anura Kumara Dissanayake", "met_with", "Touhid Hossain", True, {
    "zy03": (rp, None, "President Anura Kumara Dissanayake received Hossain at the Presidential Secretariat")},
    alt_s=["Sri Lanka"], alt_o=["Bangladesh"])
row("Anura Kumara Dissanayake", "head_of", "Sri Lanka", True, {
    "zy03": (a, None, "President Anura Kumara Dissanayake received Hossain"),
    "zy06": (a, None, "Sri Lankan President Anura Kumara Dissanayake")}, role="president",
    why="zy03 has the title without the country")
row("Muhammad Yunus", "head_of", "Bangladesh", True, {
    "zy03": (a, None, "Muhammad Yunus, the head of Bangladesh's interim government"),
    "zy05": (a, None, "Chief Adviser Muhammad Yunus told a business forum in Dhaka on Monday that Bangladesh"),
    "zy06": (a, None, "Muhammad Yunus, the head of Bangladesh's interim government")}, role="chief adviser",
    why="zy05 gives 'Chief Adviser' and 'the interim government' without naming the country in the title")
row("Anura Kumara Dissanayake", "visited", "Dhaka", True, {
    "zy03": (pl, None, "President Anura Kumara Dissanayake received Hossain at the Presidential Secretariat and accepted an invitation from Muhammad Yunus, the head of Bangladesh's interim government, to visit Dhaka next year"),
    "zy06": (h, "2026", "Dissanayake is expected to visit Dhaka next year")},
    alt_o=["Bangladesh"])
row("Bangladesh", "trades_with", "Sri Lanka", True, {
    "zy03": (a, None, "Trade between Bangladesh and Sri Lanka was worth about $180 million last year")})
row("Bangladesh", "trades_with", "Sri Lanka", True, {
    "zy05": (h, None, "the Colombo deal could help Bangladesh trade more with Sri Lanka")},
    why="hedged expectation; the asserted row is zy03's trade figure")
row("Sri Lanka", "imports_from", "Bangladesh", False, {
    "zy03": (a, None, "Trade between Bangladesh and Sri Lanka was worth about $180 million last year, much of it Sri Lankan imports of Bangladeshi medicines"),
    "zy06": (a, None, "Sri Lankan pharmacies stock a growing range of Bangladeshi generic medicines")},
    commodity="medicines, garment accessories", why="stated only through adjectives and nominal phrases")
row("Bangladesh", "negotiating_with", "Sri Lanka", False, {
    "zy03": (pl, None, "The two governments agreed to open talks on a preferential trade agreement early next year")},
    why="group reference 'the two governments'")
row("Bangladesh", "supported", "Sri Lanka", True, {
    "zy03": (a, "2021", "Bangladesh lent Sri Lanka $200 million through a currency swap in 2021")})
row("Bangladesh", "member_of", "BIMSTEC", True, {
    "zy03": (a, None, "Bangladesh and Sri Lanka are both members of BIMSTEC"),
    "zy05": (a, None, "Bangladesh, which chairs the seven-member BIMSTEC grouping")})
row("Sri Lanka", "member_of", "BIMSTEC", True, {
    "zy03": (a, None, "Bangladesh and Sri Lanka are both members of BIMSTEC")})
row("BIMSTEC", "based_in", "Dhaka", True, {
    "zy03": (a, None, "BIMSTEC, a seven-nation regional grouping that has its secretariat in Dhaka")})
row("Japan", "supported", "Bangladesh", True, {
    "zy03": (a, None, "Bangladesh is also building its first deep-sea port, at Matarbari, with financing from Japan")})
row("Matarbari port", "located_in", "Bangladesh", False, {
    "zy03": (a, None, "Bangladesh is also building its first deep-sea port, at Matarbari")},
    why="read from 'Bangladesh is building its port at Matarbari'")
row("Myanmar military", "in_conflict_with", "Arakan Army", True, {
    "zy03": (a, None, "fighting between Myanmar's military and the Arakan Army"),
    "zy05": (a, "2023-11", "The Arakan Army, which resumed its war against Myanmar's military in November 2023"),
    "zy08": (a, None, "China has urged Myanmar’s military government and the Arakan Army to keep their fighting away")},
    alt_s=["Myanmar"])
row("Arakan Army", "took_control_of", "Rakhine", False, {
    "zy03": (a, None, "the Arakan Army, an ethnic armed group that controls most of Rakhine state"),
    "zy05": (a, None, "The Arakan Army, which resumed its war against Myanmar's military in November 2023, now controls nearly all of Rakhine state"),
    "zy08": (a, None, "one of only three townships in Rakhine that the Arakan Army does not control")},
    why="control of most, not all, of the state")
row("Arakan Army", "attacked", "Myanmar Navy", True, {
    "zy03": (rp, None, "Arakan Army drones struck a Myanmar navy frigate anchored near the port of Kyaukphyu"),
    "zy05": (a, "2025-11-16", "the Arakan Army struck a Myanmar navy frigate off Kyaukphyu on Sunday"),
    "zy08": (a, "2025-11-16", "the Arakan Army’s drones struck a Myanmar navy frigate anchored off the town on Sunday")},
    alt_o=["Myanmar military", "Myanmar"])
row("India", "criticized", "Bangladesh-Sri Lanka coastal shipping agreement", True, {
    "zy03": (n, None, "New Delhi had not objected to the coastal shipping agreement"),
    "zy06": (n, None, "India had raised no objection to the pact")},
    alt_s=["New Delhi"])
row("India", "sanctioned", "Bangladesh", False, {
    "zy03": (a, None, "India, which handles a large share of Bangladesh's transshipment cargo, withdrew a facility in April that had let Bangladeshi exports cross Indian land ports")},
    why="withdrawing a trade facility read loosely as a trade restriction")

# --- zy05
row("Bangladesh", "borders", "Myanmar", True, {
    "zy05": (a, None, "The Naf, which separates Bangladesh from Myanmar"),
    "zy08": (a, None, "Myanmar’s entire border with Bangladesh")})
row("Arakan Army", "took_control_of", "Maungdaw", True, {
    "zy05": (a, "2024-12", "the Arakan Army took control of Maungdaw, the township facing Teknaf, in December last year"),
    "zy08": (a, "2024-12", "The Arakan Army seized Paletwa in neighbouring Chin state in January 2024 and Maungdaw in December 2024")})
row("Teknaf", "located_in", "Cox's Bazar", True, {
    "zy05": (a, None, "Teknaf, a sub-district at the southern tip of Cox's Bazar district")})
row("Mahbubur Rahman", "works_for", "Border Guard Bangladesh", True, {
    "zy05": (a, None, "Mahbubur Rahman, who commands the Border Guard Bangladesh battalion in Teknaf")},
    role="battalion commander")
row("Arakan Army", "attacked", "Border Guard Bangladesh", True, {
    "zy05": (n, "2025-11-17", "He denied reports on social media that Arakan Army fighters had fired on a BGB boat")})
row("Arakan Army", "took_control_of", "Sittwe", True, {
    "zy05": (n, None, "The Arakan Army, which resumed its war against Myanmar's military in November 2023, now controls nearly all of Rakhine state except the state capital, Sittwe"),
    "zy08": (n, None, "one of only three townships in Rakhine that the Arakan Army does not control, along with the state capital, Sittwe")},
    why="zy05: 'except' excludes Sittwe from the group's control")
row("Arakan Army", "took_control_of", "Kyaukphyu", True, {
    "zy05": (n, None, "The Arakan Army, which resumed its war against Myanmar's military in November 2023, now controls nearly all of Rakhine state except the state capital, Sittwe, and the Chinese-backed port town of Kyaukphyu"),
    "zy08": (n, None, "Kyaukphyu, on Ramree Island in Rakhine state, is one of only three townships in Rakhine that the Arakan Army does not control")})
row("Sittwe", "capital_of", "Rakhine", True, {
    "zy05": (a, None, "Rakhine state except the state capital, Sittwe"),
    "zy08": (a, None, "in Rakhine that the Arakan Army does not control, along with the state capital, Sittwe")})
row("Myanmar military", "criticized", "Bangladesh", True, {
    "zy05": (a, None, "Myanmar's junta has accused Bangladesh of sheltering Arakan Army fighters")},
    alt_s=["Myanmar"])
row("Bangladesh", "supported", "Arakan Army", True, {
    "zy05": (n, None, "Myanmar's junta has accused Bangladesh of sheltering Arakan Army fighters, a charge Dhaka denies")},
    alt_s=["Dhaka"], why="Dhaka's denial has the last word")
row("Bangladesh", "supported", "Arakan Army", False, {
    "zy05": (rp, None, "Myanmar's junta has accused Bangladesh of sheltering Arakan Army fighters")},
    alt_s=["Dhaka"], why="the junta's claim, attributed; fine to report, fine to miss")
row("Bangladesh", "contacted", "Arakan Army", True, {
    "zy05": (n, None, "Dhaka has no formal contact with the Arakan Army")}, alt_s=["Dhaka"])
row("Bangladesh", "contacted", "Arakan Army", False, {
    "zy05": (rp, None, "Dhaka has no formal contact with the Arakan Army, although Foreign Affairs Adviser Touhid Hossain said in April that the government talks to the group informally")},
    alt_s=["Dhaka"], why="informal contact, said by Hossain; 'the government' and 'the group' refer back")
row("Karnaphuli Feeder Lines", "based_in", "Chittagong", True, {
    "zy05": (a, None, "Chattogram-based Karnaphuli Feeder Lines"),
    "zy08": (a, None, "Chittagong-based Karnaphuli Feeder Lines")})
row("Faisal Chowdhury", "works_for", "Karnaphuli Feeder Lines", True, {
    "zy05": (a, None, "Karnaphuli's chief executive, Faisal Chowdhury")}, role="chief executive")
row("Kolkata", "located_in", "India", False, {
    "zy05": (a, None, "Indian ports such as Kolkata")}, why="adjective 'Indian' only")
row("Bangladesh", "signed_agreement_with", "Maldives", True, {
    "zy05": (pl, None, "Bangladesh would seek similar agreements with the Maldives and Thailand")},
    alt_p=["negotiating_with"])
row("Bangladesh", "signed_agreement_with", "Thailand", True, {
    "zy05": (pl, None, "Bangladesh would seek similar agreements with the Maldives and Thailand")},
    alt_p=["negotiating_with"])
row("Sheikh Hasina", "visited", "India", False, {
    "zy05": (a, "2024-08", "Sheikh Hasina fled to India in August last year")},
    alt_p=["lives_in"], why="fleeing to a country read as travel")
row("Sheikh Hasina", "lives_in", "India", True, {
    "zy05": (a, None, "Hasina, who leads the Awami League, has lived in India since then")})
row("Sheikh Hasina", "head_of", "Awami League", True, {
    "zy05": (a, None, "Hasina, who leads the Awami League")}, role="leader")
row("Bangladesh", "normalized_relations_with", "Pakistan", True, {
    "zy05": (a, None, "Dhaka has also normalised relations with Pakistan")}, alt_s=["Dhaka"])
row("Bangladesh", "trades_with", "Pakistan", True, {
    "zy05": (a, "2025", "Dhaka has also normalised relations with Pakistan, restoring direct trade this year")},
    alt_s=["Dhaka"])
row("Bangladesh", "gained_independence_from", "Pakistan", True, {
    "zy05": (a, "1971", "Bangladesh won independence from Pakistan in 1971")})
row("Bangladesh", "party_to", "BIMSTEC Maritime Transport Cooperation Agreement", True, {
    "zy05": (a, "2025-04", "Bangladesh, which chairs the seven-member BIMSTEC grouping, signed the bloc's maritime transport cooperation agreement at a summit in Bangkok in April")})
row("Nadia Karim", "works_for", "Bay of Bengal Policy Institute", True, {
    "zy05": (a, None, "Nadia Karim, a researcher at the Dhaka-based Bay of Bengal Policy Institute")}, role="researcher")
row("Bay of Bengal Policy Institute", "based_in", "Dhaka", True, {
    "zy05": (a, None, "the Dhaka-based Bay of Bengal Policy Institute")})
row("Bangladesh", "trades_with", "Maldives", True, {
    "zy05": (h, None, "the Colombo deal could help Bangladesh trade more with Sri Lanka and eventually with the Maldives")})

# --- zy06
row("Nalinda Jayatissa", "works_for", "Sri Lanka", False, {
    "zy06": (a, None, "Sri Lanka's cabinet on Wednesday approved the coastal shipping agreement that Foreign Minister Vijitha Herath signed with Bangladesh's foreign affairs adviser, Touhid Hossain, in Colombo on Tuesday, cabinet spokesman Nalinda Jayatissa")},
    role="cabinet spokesman", why="title 'cabinet spokesman' without a country")
row("Bimal Rathnayake", "works_for", "Sri Lanka", True, {
    "zy06": (a, None, "Sri Lanka's minister for transport and ports, Bimal Rathnayake")}, role="minister for transport and ports")
row("Jaya Container Terminal", "located_in", "Colombo", True, {
    "zy06": (rp, None, "the Jaya Container Terminal in Colombo")})
row("Colombo West International Terminal", "located_in", "Colombo", False, {
    "zy06": (a, None, "Colombo's newest terminal, the Colombo West International Terminal")},
    why="possessive 'Colombo's newest terminal'")
row("Adani Ports", "based_in", "India", True, {
    "zy06": (a, None, "India's Adani Ports")})
row("John Keells Holdings", "based_in", "Sri Lanka", True, {
    "zy06": (a, None, "Sri Lanka's John Keells Holdings")})
row("Sajith Premadasa", "head_of", "Samagi Jana Balawegaya", True, {
    "zy06": (a, None, "Sajith Premadasa, who heads the Samagi Jana Balawegaya")}, role="leader")
row("Sajith Premadasa", "criticized", "Anura Kumara Dissanayake", True, {
    "zy06": (a, None, "Sajith Premadasa, who heads the Samagi Jana Balawegaya, accused Sri Lankan President Anura Kumara Dissanayake's government")},
    alt_o=["Sri Lanka"])
row("Anura Kumara Dissanayake", "head_of", "National People's Power", False, {
    "zy06": (a, None, "Dissanayake's National People's Power")}, alt_p=["member_of"], why="possessive only")
row("Sri Lanka", "imports_from", "India", True, {
    "zy06": (a, None, "India, Sri Lanka's largest source of imports")})
row("Sri Lanka", "contacted", "India", False, {
    "zy06": (rp, None, "Colombo had briefed New Delhi before the signing")},
    alt_s=["Colombo"], alt_o=["New Delhi"], why="both sides named only by their capitals; briefing read as contact")
row("Sri Lanka", "negotiating_with", "China", True, {
    "zy06": (n, None, "Sri Lanka was not negotiating with China over any new port project")},
    alt_o=["Beijing"])
row("China Merchants Port Holdings", "took_control_of", "Hambantota Port", True, {
    "zy06": (a, "2017", "China Merchants Port Holdings took over Hambantota port in southern Sri Lanka on a 99-year lease in 2017")})
row("Hambantota Port", "located_in", "Sri Lanka", True, {
    "zy06": (a, None, "Hambantota port in southern Sri Lanka")})
row("Anura Kumara Dissanayake", "visited", "New Delhi", True, {
    "zy06": (a, "2024-12", "Dissanayake made his first overseas trip as president to New Delhi in December 2024")},
    alt_o=["India"])
row("Narendra Modi", "visited", "Colombo", True, {
    "zy06": (a, "2025-04", "Indian Prime Minister Narendra Modi visited Colombo in April")}, alt_o=["Sri Lanka"])
row("Narendra Modi", "head_of", "India", True, {
    "zy06": (a, None, "Indian Prime Minister Narendra Modi")}, role="prime minister")
row("Sri Lanka", "signed_agreement_with", "India", False, {
    "zy06": (a, "2025-04", "Indian Prime Minister Narendra Modi visited Colombo in April, when the two governments signed a defence cooperation memorandum")},
    why="group reference 'the two governments'")
row("Sri Lanka", "recognizes", "Bangladesh", True, {
    "zy06": (a, None, "Sri Lanka was among the first countries to recognise Bangladesh")},
    why="the year in the sentence (1971) dates the break-away, not the recognition")
row("East Pakistan", "seceded_from", "Pakistan", True, {
    "zy06": (a, "1971", "the former East Pakistan broke away from Pakistan in 1971")})
row("Bangladesh", "imports_from", "Sri Lanka", True, {
    "zy06": (a, None, "Bangladesh mainly imports fabrics and rubber products from Sri Lanka")},
    commodity="fabrics, rubber products")
row("Chamara Wickramasinghe", "head_of", "Ceylon Shipping Agents' Association", True, {
    "zy06": (a, None, "Chamara Wickramasinghe, who heads the Ceylon Shipping Agents' Association")}, role="head")

# --- zy08
for x in ["Myanmar military", "Arakan Army"]:
    row("China", "contacted", x, False, {
        "zy08": (a, None, "China has urged Myanmar’s military government and the Arakan Army to keep their fighting away")},
        why="a public appeal, not a stated contact")
row("Lin Jian", "works_for", "Chinese Foreign Ministry", True, {
    "zy08": (a, None, "Chinese foreign ministry spokesperson Lin Jian")}, alt_o=["China"], role="spokesperson")
row("Lin Jian", "criticized", "Arakan Army", True, {
    "zy08": (n, "2025-11-19", "Chinese foreign ministry spokesperson Lin Jian told a regular briefing in Beijing on Wednesday that China “firmly opposes any act that endangers Chinese personnel and projects”, but he stopped short of condemning the Arakan Army by name")},
    alt_s=["China"], why="'stopped short of condemning' negates the criticism")
row("CITIC Group", "based_in", "China", True, {
    "zy08": (a, None, "China’s state-owned CITIC Group")})
row("China", "imports_from", "Myanmar", False, {
    "zy08": (a, None, "the pipelines that carry gas from Myanmar’s offshore fields to China’s Yunnan province")},
    commodity="gas", why="read from pipelines carrying gas")
row("Yunnan", "located_in", "China", True, {
    "zy08": (a, None, "China’s Yunnan province")})
row("United States", "sanctioned", "Myanma Oil and Gas Enterprise", True, {
    "zy08": (a, "2023", "Myanma Oil and Gas Enterprise, a partner in the pipelines, has been under United States sanctions since 2023")},
    why="the text dates the imposition ('since 2023')")
row("Kyaukphyu", "located_in", "Rakhine", True, {
    "zy08": (a, None, "Kyaukphyu, on Ramree Island in Rakhine state")})
row("Kyaukphyu", "located_in", "Ramree Island", True, {
    "zy08": (a, None, "Kyaukphyu, on Ramree Island")})
row("Arakan Army", "took_control_of", "Manaung", True, {
    "zy08": (n, None, "in Rakhine that the Arakan Army does not control, along with the state capital, Sittwe, and Manaung")})
row("Arakan Army", "took_control_of", "Paletwa", True, {
    "zy08": (a, "2024-01", "The Arakan Army seized Paletwa in neighbouring Chin state in January 2024")})
row("Paletwa", "located_in", "Chin State", True, {
    "zy08": (a, None, "Paletwa in neighbouring Chin state")})
row("Chin State", "borders", "Rakhine", False, {
    "zy08": (a, None, "Paletwa in neighbouring Chin state")}, why="'neighbouring' refers back to Rakhine")
row("Myanmar military", "attacked", "Rakhine", True, {
    "zy08": (a, None, "Myanmar’s military has answered with air strikes across Rakhine")}, alt_s=["Myanmar"])
row("Myanmar military", "blockaded", "Rakhine", True, {
    "zy08": (rp, None, "Myanmar’s military has answered with air strikes across Rakhine, and United Nations agencies say its blockade of roads and river routes into the state")},
    alt_s=["Myanmar"])
row("Myanmar", "imports_from", "Russia", True, {
    "zy08": (a, None, "Myanmar imports most of its combat aircraft from Russia and China")}, commodity="combat aircraft")
row("Myanmar", "imports_from", "China", True, {
    "zy08": (a, None, "Myanmar imports most of its combat aircraft from Russia and China")}, commodity="combat aircraft")
row("Zaw Min Tun", "works_for", "Myanmar military", True, {
    "zy08": (a, None, "Junta spokesman Zaw Min Tun")}, alt_o=["Myanmar"], role="spokesman")
row("Zaw Min Tun", "threatened", "Arakan Army", True, {
    "zy08": (rp, "2025-11-20", "Zaw Min Tun said on Thursday that the military would “wipe out” Arakan Army units")},
    alt_s=["Myanmar military", "Myanmar"])
row("Min Aung Hlaing", "head_of", "Myanmar military", True, {
    "zy08": (a, None, "Senior General Min Aung Hlaing, who heads the junta")}, alt_o=["Myanmar"], role="junta chief")
row("Min Aung Hlaing", "met_with", "Xi Jinping", True, {
    "zy08": (a, "2025-08", "Min Aung Hlaing, who heads the junta, met Chinese President Xi Jinping in Tianjin in August")},
    alt_s=["Myanmar military", "Myanmar"], alt_o=["China"])
row("Min Aung Hlaing", "visited", "Tianjin", False, {
    "zy08": (a, "2025-08", "Min Aung Hlaing, who heads the junta, met Chinese President Xi Jinping in Tianjin in August")},
    alt_o=["China"], why="visit entailed by the meeting in Tianjin")
row("Xi Jinping", "head_of", "China", True, {
    "zy08": (a, None, "Chinese President Xi Jinping in Tianjin in August, when Xi said China supported")}, role="president")
row("China", "supported", "Myanmar", False, {
    "zy08": (rp, "2025-08", "when Xi said China supported Myanmar’s plan to hold the vote")}, alt_s=["Xi Jinping"],
    why="support for Myanmar's election plan")
row("India", "criticized", "Arakan Army", True, {
    "zy08": (n, None, "India, whose Kaladan transport project runs through Paletwa to a port it built at Sittwe, has not publicly criticised the Arakan Army")})
row("India Ports Global", "took_control_of", "Sittwe Port", True, {
    "zy08": (a, "2024", "India Ports Global, a state-owned Indian company, took over operations at Sittwe port in 2024")})
row("India Ports Global", "based_in", "India", False, {
    "zy08": (a, None, "India Ports Global, a state-owned Indian company")}, why="adjective 'Indian' only")
row("Myo Thura", "works_for", "Andaman Research Group", True, {
    "zy08": (a, None, "Myo Thura, an analyst at the Yangon-based Andaman Research Group")}, role="analyst")
row("Andaman Research Group", "based_in", "Yangon", True, {
    "zy08": (a, None, "the Yangon-based Andaman Research Group")})
row("China", "negotiating_with", "Arakan Army", True, {
    "zy08": (h, None, "Beijing may try to negotiate directly with the Arakan Army")}, alt_s=["Beijing"])
row("Arakan Army", "member_of", "Three Brotherhood Alliance", True, {
    "zy08": (a, None, "the Arakan Army, which belongs to the Three Brotherhood Alliance")})
row("China", "brokered", "Haigeng ceasefire", True, {
    "zy08": (a, "2024-01", "China brokered the Haigeng ceasefire between Myanmar’s military and the Three Brotherhood Alliance in January 2024")})
for x in ["Myanmar military", "Three Brotherhood Alliance"]:
    row(x, "party_to", "Haigeng ceasefire", True, {
        "zy08": (a, "2024-01", "China brokered the Haigeng ceasefire between Myanmar’s military and the Three Brotherhood Alliance in January 2024")})
row("Myanmar military", "signed_agreement_with", "Three Brotherhood Alliance", False, {
    "zy08": (a, "2024-01", "the Haigeng ceasefire between Myanmar’s military and the Three Brotherhood Alliance in January 2024")},
    why="a brokered ceasefire between them, read as an agreement together")


# adjectives that name a country inside an evidence phrase (used only by the
# check that a required row names its arguments; never aliases)
DEMONYMS = {
    "Philippines": ["Philippine"], "Indonesia": ["Indonesian"], "Malaysia": ["Malaysian"],
    "Sri Lanka": ["Sri Lankan"], "Bangladesh": ["Bangladeshi"], "China": ["Chinese"],
    "India": ["Indian"], "Brunei": ["Bruneian"], "Myanmar": ["Burmese"],
}
# ---------------------------------------------------------------- entailments, group
# references and loose readings (all required: false)
row("Sjafrie Sjamsoeddin", "visited", "Quezon City", False, {
    "zy01": (a, None, "Gilberto Teodoro hosted his Indonesian counterpart, Sjafrie Sjamsoeddin, and Malaysian Defence Minister Mohamed Khaled Nordin at Camp Aguinaldo, the military headquarters in Quezon City")},
    alt_o=["Philippines"], why="visit entailed by being hosted there")
row("Mohamed Khaled Nordin", "visited", "Quezon City", False, {
    "zy01": (a, None, "Malaysian Defence Minister Mohamed Khaled Nordin at Camp Aguinaldo, the military headquarters in Quezon City")},
    alt_o=["Philippines"], why="visit entailed by being hosted there")
row("Philippines", "contacted", "ASEAN", False, {
    "zy01": (pl, None, "the Philippines, which chairs the Association of Southeast Asian Nations this year, would brief the bloc's other members")},
    why="a planned briefing of the other members")
row("Lahad Datu", "located_in", "Malaysia", False, {
    "zy01": (a, None, "Lahad Datu, a town on Sabah's east coast")}, why="entailed: Lahad Datu in Sabah, Sabah in Malaysia")
row("Bongao", "located_in", "Tawi-Tawi", False, {
    "zy01": (a, None, "Bongao, the capital of Tawi-Tawi province")}, why="entailed by capital_of")
for x in ["Indonesia", "Malaysia"]:
    row(x, "member_of", "ASEAN", False, {
        "zy01": (a, None, "The three patrol partners were all founding members of ASEAN")}, why="group reference 'the three patrol partners'")
row("ASEAN", "based_in", "Jakarta", True, {
    "zy01": (a, None, "ASEAN, which has its secretariat in Jakarta")})
row("Dili", "located_in", "Timor-Leste", False, {
    "zy02": (a, None, "Dili, the capital of Timor-Leste")}, why="entailed by capital_of")
row("Ferdinand Marcos Jr", "met_with", "Hassanal Bolkiah", False, {
    "zy02": (a, None, "Marcos and the sultan also discussed a code of conduct for the South China Sea"),
    "zy04": (a, "2026-03-12", "Sultan Hassanal Bolkiah signed a maritime security memorandum with Philippine President Ferdinand Marcos Jr in Bandar Seri Begawan on Thursday")},
    why="zy02 names the sultan by title only; zy04 entails a meeting from the signing")
row("Brunei", "trades_with", "Philippines", False, {
    "zy02": (a, None, "Trade between the two countries is small and consists mostly of Bruneian oil products sold to the Philippines")},
    why="group reference 'the two countries'")
row("Philippines", "imports_from", "Brunei", False, {
    "zy02": (a, None, "Bruneian oil products sold to the Philippines")}, commodity="oil products",
    why="already buys oil products (fact); the LNG purchase is the planned row")
row("Rosman Taib", "works_for", "Kinabatangan Tug and Barge", False, {
    "zy04": (a, None, "The gunmen shot dead the vessel's skipper, Rosman Taib")}, role="skipper",
    why="'the vessel' refers back to the company's tug in the previous sentence")
row("Rina Kusumawati", "lives_in", "Tawau", False, {
    "zy04": (a, None, "Indonesia's consul in Tawau, Rina Kusumawati")}, why="posting read as residence")
row("Nunukan", "located_in", "Indonesia", False, {
    "zy04": (a, None, "Nunukan, an island in Indonesia's North Kalimantan province")}, why="entailed through North Kalimantan")
row("Anwar Ibrahim", "contacted", "Prabowo Subianto", False, {
    "zy07": (rp, "2026-03-14", "Anwar, who held talks with Prabowo in Jakarta in January, told him that Malaysian police were still searching")},
    why="'told him' in the same call; pronoun object")
row("Second Fleet Command", "member_of", "Indonesian Navy", False, {
    "zy07": (rp, None, "Indonesian Navy spokesman Rear Admiral Hendra Saputra said three warships from the Second Fleet Command")},
    why="part of the navy, inferred")
row("La Ode Rahman", "citizen_of", "Indonesia", False, {
    "zy07": (a, None, "include the tug’s chief engineer, La Ode Rahman")},
    why="'the five men' are the Indonesian sailors of the first paragraph")
row("Timor-Leste", "located_in", "Timor", False, {
    "zy07": (a, None, "Indonesia, which shares a land border with Timor-Leste on the island of Timor")},
    why="'on the island of Timor' may attach to the border")
row("Zulkifli Hamzah", "citizen_of", "Malaysia", False, {
    "zy07": (a, None, "Malaysian Ambassador Zulkifli Hamzah")}, why="an envoy's adjective read as nationality")
row("Muhammad Yunus", "contacted", "Anura Kumara Dissanayake", False, {
    "zy03": (rp, None, "accepted an invitation from Muhammad Yunus"),
    "zy06": (rp, None, "Dissanayake is expected to visit Dhaka next year at the invitation of Muhammad Yunus")},
    why="an invitation read as contact")
row("India", "trades_with", "Bangladesh", False, {
    "zy03": (a, None, "India, which handles a large share of Bangladesh's transshipment cargo")},
    why="transshipment read as trade")
row("Touhid Hossain", "negotiating_with", "Vijitha Herath", False, {
    "zy03": (a, None, "Touhid Hossain, and Sri Lankan Foreign Minister Vijitha Herath signed the deal in Colombo after talks")},
    alt_s=["Bangladesh"], alt_o=["Sri Lanka"], why="talks already concluded; met_with is the required reading")
row("Bangladesh", "diplomatic_relations_with", "Sri Lanka", False, {
    "zy03": (a, "1972", "The two countries established diplomatic relations in 1972")},
    why="group reference 'the two countries'")
row("Kyaukphyu", "located_in", "Myanmar", False, {
    "zy03": (rp, None, "Arakan Army drones struck a Myanmar navy frigate anchored near the port of Kyaukphyu")},
    why="inferred from the Myanmar navy and 'off Myanmar's coast'")
row("Bangladesh", "criticized", "Myanmar military", False, {
    "zy05": (a, None, "Myanmar's junta has accused Bangladesh of sheltering Arakan Army fighters, a charge Dhaka denies")},
    alt_s=["Dhaka"], alt_o=["Myanmar"], why="denying a charge read as rejecting its claims")
row("Maungdaw", "located_in", "Myanmar", False, {
    "zy05": (a, None, "the Arakan Army took control of Maungdaw, the township facing Teknaf")},
    why="inferred from the border context")
row("Bangladesh", "in_conflict_with", "Myanmar", False, {
    "zy05": (a, None, "The two neighbours have been at odds over the return of the Rohingya ever since")},
    why="group reference 'the two neighbours'; a dispute rather than a conflict")
row("Sittwe", "located_in", "Rakhine", False, {
    "zy05": (a, None, "Rakhine state except the state capital, Sittwe"),
    "zy08": (a, None, "in Rakhine that the Arakan Army does not control, along with the state capital, Sittwe")},
    why="entailed by capital_of")
row("Adani Ports", "allied_with", "John Keells Holdings", False, {
    "zy06": (a, None, "was built by India's Adani Ports with Sri Lanka's John Keells Holdings")},
    why="partners in building the terminal")
row("China", "supported", "Sri Lanka", False, {
    "zy06": (n, None, "dismissing a report in an Indian newspaper that Beijing had offered to build a second terminal at Hambantota")},
    alt_s=["Beijing"], why="Herath dismisses the reported offer")
row("Narendra Modi", "met_with", "Anura Kumara Dissanayake", False, {
    "zy06": (a, "2025-04", "Indian Prime Minister Narendra Modi visited Colombo in April, when the two governments signed a defence cooperation memorandum")},
    why="a meeting entailed by the visit and signing")
row("Sri Lanka", "allied_with", "Bangladesh", False, {
    "zy06": (a, None, "Ties with Bangladesh run deep")}, why="subject implicit (Sri Lanka)")
row("Ramree Island", "located_in", "Rakhine", False, {
    "zy08": (a, None, "Kyaukphyu, on Ramree Island in Rakhine state")}, why="'in Rakhine state' may attach to Kyaukphyu")
row("Manaung", "located_in", "Rakhine", False, {
    "zy08": (a, None, "one of only three townships in Rakhine that the Arakan Army does not control, along with the state capital, Sittwe, and Manaung")},
    why="list continuation")
row("Myanmar military", "attacked", "Arakan Army", False, {
    "zy08": (a, None, "Myanmar’s military has answered with air strikes across Rakhine")}, alt_s=["Myanmar"],
    why="'answered' implies strikes aimed at the Arakan Army")
row("Myanmar military", "attacked", "Arakan Army", False, {
    "zy08": (pl, "2025-11-20", "Zaw Min Tun said on Thursday that the military would “wipe out” Arakan Army units")},
    alt_s=["Myanmar"], why="a threatened attack; the required row is threatened")
row("Sittwe Port", "located_in", "Sittwe", False, {
    "zy08": (a, None, "took over operations at Sittwe port in 2024")}, why="read from the name 'Sittwe port'")
row("Myanmar military", "in_conflict_with", "Three Brotherhood Alliance", False, {
    "zy08": (a, None, "China brokered the Haigeng ceasefire between Myanmar’s military and the Three Brotherhood Alliance in January 2024, but the truce collapsed within months")},
    why="war implied by the ceasefire and its collapse")


# ------------------------------------------------------------------ reading
class BodyParser(HTMLParser):
    """Collects the text of <p> elements inside <div class="article-body">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0       # div nesting inside article-body
        self.in_p = False
        self.paras = []
        self.buf = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (attrs.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.buf = True, []

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.buf)).strip())

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)


DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \((?:Reuters|AFP|AP)\) - ")


def load(doc):
    fn, style = DOCS[doc]
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    dateline = 0
    if style == "wire":
        head, _, rest = raw.partition("\n\n")
        title, published = head.strip(), ""
        paras = [p.strip() for p in rest.strip().split("\n\n")]
        assert paras[-1].startswith("(Reporting by"), (doc, "credit line")
        body = "\n\n".join(paras[:-1])
        m = DATELINE.match(body)
        assert m, (doc, "dateline")
        dateline = m.end()
    elif style == "news":
        lines = raw.split("\n")
        title = lines[0].strip()
        assert lines[1].startswith("Published: "), doc
        published = lines[1][len("Published: "):].strip()
        assert lines[2].startswith("By "), doc
        body = "\n".join(lines[3:]).strip()
    else:
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', raw).group(1)
        bp = BodyParser()
        bp.feed(raw)
        body = "\n\n".join(bp.paras)
    return dict(file=fn, style=style, title=title, published=published, body=body,
                dateline=dateline, sents=split_sentences(body))


ABBREV = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "col", "lt", "adm", "capt", "sgt",
          "no", "u.s", "u.k", "ma", "md", "rep", "sen", "gov", "prof"}
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def split_sentences(body):
    """Sentence spans (start, end) of the cleaned body; paragraphs never join."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body):
        start, text = m.start(), m.group(0)
        cur = 0
        for b in BOUNDARY.finditer(text):
            word = re.search(r"([A-Za-z.]+)[.!?]$", text[:b.start() + 1])
            if word and word.group(1).lower().rstrip(".") in ABBREV:
                continue
            end = b.end()
            seg = text[cur:end].rstrip()
            spans.append((start + cur, start + cur + len(seg)))
            cur = end
        seg = text[cur:].rstrip()
        if seg:
            spans.append((start + cur, start + cur + len(seg)))
    return spans


def fold(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


# ------------------------------------------------------------------ checking
def main():
    errors, warnings = [], []
    docs = {d: load(d) for d in DOCS}

    ents = OrderedDict()
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ents:
            errors.append(f"entity {name} twice")
        ents[name] = (typ, aliases)
        for a_ in [name] + aliases:
            k = norm(a_)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a_!r} of {name} also names {alias_owner[k]}")
            alias_owner.setdefault(k, name)
    canon = lambda x: alias_owner.get(norm(x), x)

    def surfaces(name):
        typ, aliases = ents[name]
        return [name] + aliases

    used = set()
    units = {}
    out_rows, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']}"
        if r["p"] not in PREDICATES:
            errors.append(f"{tag}: unknown predicate")
            continue
        for p2 in r["alt_p"]:
            if p2 not in PREDICATES:
                errors.append(f"{tag}: unknown alt predicate {p2}")
        for x in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if x not in ents:
                errors.append(f"{tag}: entity {x!r} not in entities")
            used.add(x)
        if errors and errors[-1].startswith(tag):
            continue
        dom, rng = PREDICATES[r["p"]]
        if dom and ents[r["s"]][0] not in dom:
            errors.append(f"{tag}: subject type {ents[r['s']][0]} not allowed")
        if rng and ents[r["o"]][0] not in rng:
            errors.append(f"{tag}: object type {ents[r['o']][0]} not allowed")
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
            continue
        mods = [e[0] for e in r["ev"].values()]
        for m in mods:
            if m not in MODALITIES:
                errors.append(f"{tag}: bad modality {m}")
        pols = {POLARITY.get(m) for m in mods}
        if len(pols) > 1:
            errors.append(f"{tag}: documents disagree on polarity {mods}")
        modality = r["mod"] or mods[0]
        pol = POLARITY[modality]
        if any(POLARITY.get(m) != pol for m in mods):
            errors.append(f"{tag}: row modality {modality} disagrees with a document's polarity")
        s, o = canon(r["s"]), canon(r["o"])
        key = (min(s, o), r["p"], max(s, o), pol) if r["p"] in SYMMETRIC else (s, r["p"], o, pol)
        if key in units:
            errors.append(f"{tag}: same unit as row {units[key]}")
        units[key] = i
        notes, times, docs_of = [], [], []
        explicit, loose = [], []
        for d, (m, t, phrase) in r["ev"].items():
            if d not in docs:
                errors.append(f"{tag}: unknown doc {d}")
                continue
            D = docs[d]
            if t is not None and not re.fullmatch(r"\d{3,4}(-\d{2}(-\d{2})?)?", t):
                errors.append(f"{tag}: bad time {t}")
            fb, fp = fold(D["body"]), fold(phrase)
            hit = None
            for mm in re.finditer(re.escape(fp), fb):
                for (a0, b0) in D["sents"]:
                    if a0 <= mm.start() and mm.end() <= b0:
                        hit = (mm.start(), a0, b0)
                        break
                if hit:
                    break
            if not hit:
                where = "not in body" if fp not in fb else "crosses a sentence boundary"
                errors.append(f"{tag}: {d} evidence {where}: {phrase!r}")
                continue
            if hit[0] < D["dateline"]:
                errors.append(f"{tag}: {d} evidence inside the dateline")
            sent = D["body"][hit[1]:hit[2]]
            if D["style"] == "wire" and t is not None and t[:4] not in sent:
                errors.append(f"{tag}: {d} wire time {t} but the year is not written in the sentence")
            if r["p"] in STATIC and t is not None and not r["why"]:
                warnings.append(f"{tag}: static predicate with time {t}")
            lp = fp.lower()
            named = True
            for side, alts in (("s", r["alt_s"]), ("o", r["alt_o"])):
                forms = [fold(f).lower() for x in [r[side]] + alts
                         for f in surfaces(x) + DEMONYMS.get(x, [])]
                if not any(f in lp for f in forms):
                    named = False
            if named:
                explicit.append(d)
            elif r["req"]:
                loose.append(d)
            notes.append(f"{d}: '{phrase}'")
            times.append(t)
            docs_of.append(d)
            st = OrderedDict([
                ("subject", r["s"]), ("subject_type", ents[r["s"]][0]),
                ("predicate", r["p"]),
                ("object", r["o"]), ("object_type", ents[r["o"]][0]),
                ("modality", m), ("time", t or ""),
                ("role", r["role"] or ""),
            ])
            if r["commodity"]:
                st["commodity"] = r["commodity"]
            st.update([("confidence", 1.0), ("source", "corpus/" + D["file"]),
                       ("title", D["title"]), ("published", D["published"]),
                       ("sentence", sent), ("start", hit[1]), ("end", hit[2]),
                       ("rule", "gold")])
            statements.append(st)
        if r["req"] and not explicit:
            errors.append(f"{tag}: required row but no document names both arguments in its evidence")
        for d in loose:
            warnings.append(f"{tag}: {d} states it loosely (argument not named in the phrase)")
        # shared time: component-wise common prefix, none if any document has none
        rt = None
        if times and all(times):
            parts = [t.split("-") for t in times]
            common = []
            for comp in zip(*parts):
                if len(set(comp)) == 1:
                    common.append(comp[0])
                else:
                    break
            rt = "-".join(common) or None
        g = OrderedDict([("s", r["s"]), ("p", r["p"]), ("o", r["o"]),
                         ("docs", [DOCS[d][0] for d in docs_of]),
                         ("modality", modality)])
        if rt:
            g["time"] = rt
        g["required"] = bool(r["req"])
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                g[k] = r[k]
        note = "; ".join(notes)
        if r["commodity"]:
            note += f" [commodity: {r['commodity']}]"
        if r["role"]:
            note += f" [role: {r['role']}]"
        if r["why"]:
            note += f" ({r['why']})"
        g["note"] = note
        out_rows.append(g)

    for name in ents:
        if name not in used:
            warnings.append(f"entity {name} is in no row")
    alltext = {d: fold(open(os.path.join(CORPUS, DOCS[d][0]), encoding="utf-8").read()).lower()
               for d in DOCS}
    for name, (typ, aliases) in ents.items():
        forms = [name] + aliases
        if not any(fold(f).lower() in fold(docs[d]["body"]).lower() for f in forms for d in DOCS):
            errors.append(f"entity {name}: no surface form occurs in any body")

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, (typ, aliases) in ents.items():
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for g in out_rows:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")
    print(f"ok: {len(out_rows)} rows, {len(ents)} entities, {len(statements)} statements")

    if "--stats" in sys.argv:
        stats(out_rows, ents, docs)


def stats(rows, ents, docs):
    req = sum(r["required"] for r in rows)
    print(f"rows {len(rows)}; required {req} ({100 * req / len(rows):.0f}%)")
    print(f"with time {sum('time' in r for r in rows)}; with alternatives "
          f"{sum(any(k in r for k in ('alt_s', 'alt_p', 'alt_o')) for r in rows)}")
    print(f"row-document pairs {sum(len(r['docs']) for r in rows)}; "
          f"rows in 2+ documents {sum(len(r['docs']) > 1 for r in rows)}")
    print("entities by type:", dict(Counter(t for t, _ in ents.values()).most_common()))
    pc = Counter(r["p"] for r in rows)
    pr = Counter(r["p"] for r in rows if r["required"])
    print(f"predicates {len(pc)}:")
    for p, c in sorted(pc.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {p:28s} {c:3d} ({pr[p]} required)")
    mc = Counter(r["modality"] for r in rows)
    mr = Counter(r["modality"] for r in rows if r["required"])
    print("modalities:")
    for m, c in mc.most_common():
        print(f"  {m:10s} {c:3d} ({mr[m]} required)")
    print("per document (rows, required rows, body words):")
    for d, D in docs.items():
        n = [r for r in rows if D["file"] in r["docs"]]
        print(f"  {D['file']:48s} {len(n):3d} {sum(r['required'] for r in n):3d} {len(D['body'].split()):4d}")


if __name__ == "__main__":
    main()
