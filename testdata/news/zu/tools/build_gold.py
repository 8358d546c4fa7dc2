#!/usr/bin/env python3
"""Build and check the gold standard of news set zu.

Every row below holds its triple, modality, time, required flag, alternatives
and, per document, the evidence phrase from the article body. The script
checks each row against the articles and writes

    entities.jsonl, triples.jsonl        (format of shared/eval/README.md)
    selfcheck_statements.jsonl           (one statement per row and document,
                                          in the `kg export --format jsonl` shape)

It exits non-zero and prints every problem when a check fails.

Checks:
- each evidence phrase occurs in its article's cleaned body, inside one sentence;
- subject, object and every alternative (or one of its aliases) occur in that body;
- types, predicates and modalities are those of shared/SCHEMA.md, and subject and
  object types fit the predicate;
- static relations carry no time; a time is an ISO prefix; a row stated only by
  wire copies has a time only when its sentence writes the year;
- names and aliases are unique across entities, every entity is used, and no two
  rows make the same scored unit (subject, predicate, object, polarity).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

DOCS = {
    "01": "zu01_muizzu_colombo_tuna_landing_accord.txt",
    "02": "zu02_cabo_delgado_aid_convoy_ambush.txt",
    "03": "zu03_saarc_programming_committee_kathmandu.txt",
    "04": "zu04_beira_corridor_transit_levy_protest.txt",
    "05": "zu05_mutharika_sworn_in_blantyre.txt",
    "06": "zu06_sri_lanka_research_vessel_rules.txt",
    "07": "zu07_lesotho_tariff_talks_washington.html",
    "08": "zu08_maldives_bimstec_observer_bid_dhaka.html",
}
WIRE = {"01", "02", "03"}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with",
          "diplomatic_relations_with", "trades_with"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = set(TYPES)
# predicate -> (subject types, object types), from shared/SCHEMA.md
SIGNATURE = {
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

# ---------------------------------------------------------------- entities
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# people
ent("Mohamed Muizzu", P, "Muizzu", "President Mohamed Muizzu", "Maldivian President Mohamed Muizzu")
ent("Anura Kumara Dissanayake", P, "Dissanayake", "President Anura Kumara Dissanayake",
    "Sri Lankan President Anura Kumara Dissanayake", "AKD")
ent("Abdulla Khaleel", P, "Khaleel", "Foreign Minister Abdulla Khaleel")
ent("Vijitha Herath", P, "Herath", "Foreign Minister Vijitha Herath")
ent("Sajith Premadasa", P, "Premadasa")
ent("Celso Nhantumbo", P, "Nhantumbo")
ent("Ernesto Muianga", P, "Muianga")
ent("Daniel Chapo", P, "Chapo", "President Daniel Chapo", "Mozambican President Daniel Chapo")
ent("Paul Kagame", P, "Kagame", "President Paul Kagame")
ent("Venancio Mondlane", P, "Mondlane", "Ven\u00e2ncio Mondlane")
ent("Arzu Rana Deuba", P, "Deuba", "Arzu Deuba")
ent("Amna Baloch", P, "Baloch")
ent("K.P. Sharma Oli", P, "Oli", "KP Sharma Oli", "Khadga Prasad Sharma Oli", "Prime Minister K.P. Sharma Oli")
ent("Muhammad Yunus", P, "Yunus", "Chief Adviser Muhammad Yunus")
ent("Sheikh Hasina", P, "Hasina")
ent("Shehbaz Sharif", P, "Sharif", "Shahbaz Sharif")
ent("Jashim Uddin", P, "Md Jashim Uddin", "Uddin")
ent("Golam Sarwar", P, "Md Golam Sarwar", "Sarwar")
ent("Tshering Tobgay", P, "Tobgay")
ent("Amon Murwira", P, "Murwira")
ent("Alberto Mabote", P, "Mabote")
ent("Lurdes Macamo", P, "Macamo")
ent("Emmerson Mnangagwa", P, "Mnangagwa", "President Emmerson Mnangagwa")
ent("Hakainde Hichilema", P, "Hichilema", "President Hakainde Hichilema")
ent("Peter Mutharika", P, "Mutharika", "Arthur Peter Mutharika", "President Peter Mutharika")
ent("Lazarus Chakwera", P, "Chakwera", "President Lazarus Chakwera")
ent("Constantino Chiwenga", P, "Chiwenga", "Vice-President Constantino Chiwenga")
ent("Bingu wa Mutharika", P, "Bingu")
ent("Jane Ansah", P, "Ansah")
ent("Donald Trump", P, "Trump", "President Donald Trump", "US President Donald Trump")
ent("Nalinda Jayatissa", P, "Jayatissa")
ent("Qi Zhenhong", P, "Qi", "Ambassador Qi Zhenhong")
ent("Narendra Modi", P, "Modi", "Prime Minister Narendra Modi")
ent("Mokhethi Shelile", P, "Shelile")
ent("Jamieson Greer", P, "Greer")
ent("Thabo Mokoena", P, "Mokoena")
ent("Sam Matekane", P, "Matekane", "Prime Minister Sam Matekane")
ent("Nthabiseng Lerata", P, "Lerata")
ent("Cyril Ramaphosa", P, "Ramaphosa", "President Cyril Ramaphosa")
ent("Mswati III", P, "King Mswati III", "King Mswati", "Mswati")
ent("Puleng Ramakau", P, "Ramakau")
ent("Touhid Hossain", P, "Hossain", "Md Touhid Hossain")
ent("S. Jaishankar", P, "Jaishankar", "Subrahmanyam Jaishankar")
ent("Than Swe", P, "U Than Swe")
# countries
ent("Sri Lanka", C, "Democratic Socialist Republic of Sri Lanka", "Sri Lankan government")
ent("Maldives", C, "the Maldives", "Republic of Maldives", "Maldivian government")
ent("India", C, "Republic of India", "Indian government")
ent("Turkey", C, "T\u00fcrkiye", "Turkiye")
ent("China", C, "People's Republic of China", "PRC", "Chinese government")
ent("Bangladesh", C, "People's Republic of Bangladesh", "Bangladeshi government")
ent("Thailand", C, "Kingdom of Thailand")
ent("Mozambique", C, "Republic of Mozambique", "Mozambican government")
ent("Rwanda", C, "Republic of Rwanda")
ent("Nepal", C, "Federal Democratic Republic of Nepal", "Nepali government")
ent("Pakistan", C, "Islamic Republic of Pakistan", "Pakistani government")
ent("Bhutan", C, "Kingdom of Bhutan")
ent("Myanmar", C, "Burma")
ent("Zimbabwe", C, "Republic of Zimbabwe", "Zimbabwean government")
ent("Zambia", C, "Republic of Zambia")
ent("Malawi", C, "Republic of Malawi", "Malawian government")
ent("Tanzania", C, "United Republic of Tanzania")
ent("Taiwan", C, "Republic of China")
ent("United States", C, "U.S.", "US", "USA", "United States of America", "America",
    "Trump administration", "Washington", "US government", "U.S. government")
ent("Japan", C)
ent("Australia", C)
ent("Angola", C)
ent("Lesotho", C, "Kingdom of Lesotho")
ent("South Africa", C, "Republic of South Africa")
ent("Botswana", C)
ent("Namibia", C)
ent("Eswatini", C, "Swaziland", "Kingdom of Eswatini")
# cities
ent("Colombo", CI)
ent("Kandy", CI)
ent("Male", CI, "Mal\u00e9")
ent("Maputo", CI)
ent("Macomia", CI)
ent("Mocimboa da Praia", CI, "Moc\u00edmboa da Praia")
ent("Pemba", CI)
ent("Palma", CI)
ent("Kathmandu", CI)
ent("Cairo", CI)
ent("Uri", CI)
ent("Harare", CI)
ent("Beira", CI)
ent("Blantyre", CI)
ent("Lilongwe", CI)
ent("Nacala", CI)
ent("Durban", CI)
ent("Galle", CI)
ent("Trincomalee", CI)
ent("Mchinji", CI)
ent("New Delhi", CI, "Delhi")
ent("Beijing", CI)
ent("Maseru", CI)
ent("Windhoek", CI)
ent("Pretoria", CI, "Tshwane")
ent("Roma", CI)
ent("Dhaka", CI)
ent("Bangkok", CI)
ent("Paris", CI)
ent("Islamabad", CI)
# regions
ent("Indian Ocean", R)
ent("Cabo Delgado", R, "Cabo Delgado province")
ent("Afungi peninsula", R, "Afungi")
ent("Kashmir", R, "Indian-administered Kashmir", "Jammu and Kashmir")
ent("Lobito corridor", R, "Lobito Corridor")
ent("Maluti Mountains", R, "Maloti Mountains")
# organizations
ent("Samagi Jana Balawegaya", O, "SJB")
ent("International Monetary Fund", O, "IMF")
ent("BIMSTEC", O, "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation")
ent("Ansar al-Sunna", O, "al-Shabaab", "Ahlu Sunnah Wal Jamaa", "Ansar al-Sunnah")
ent("Islamic State", O, "ISIS", "Islamic State group")
ent("Frelimo", O, "FRELIMO", "Frelimo party", "Mozambique Liberation Front")
ent("Southern African Development Community", O, "SADC")
ent("TotalEnergies", O, "TotalEnergies SE")
ent("SAARC", O, "South Asian Association for Regional Cooperation")
ent("Democratic Progressive Party", O, "DPP")
ent("Malawi Congress Party", O, "MCP")
ent("Office of the United States Trade Representative", O, "USTR", "United States Trade Representative")
ent("Lesotho Textile Exporters Association", O, "LTEA")
ent("Southern African Customs Union", O, "SACU")
ent("National University of Lesotho", O, "NUL")
ent("Quad", O, "Quadrilateral Security Dialogue")
ent("Sinopec", O, "China Petroleum and Chemical Corporation")
# facilities
ent("Temple of the Tooth", F, "Temple of the Sacred Tooth Relic", "Sri Dalada Maligawa")
ent("Mozambique LNG", F, "Mozambique LNG project")
ent("Kamuzu Stadium", F)
ent("Kariba South power station", F, "Kariba South")
ent("Lesotho Highlands Water Project", F, "LHWP")
# agreements
ent("Colombo Tuna Landing Agreement", A)
ent("African Growth and Opportunity Act", A, "AGOA")
ent("BIMSTEC Maritime Transport Cooperation Agreement", A, "maritime transport agreement")

# ---------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, mod, req, ev, time=None, alt_s=None, alt_p=None, alt_o=None, role="", note=""):
    ROWS.append(dict(s=s, p=p, o=o, mod=mod, req=req, ev=ev, time=time, alt_s=alt_s or [],
                     alt_p=alt_p or [], alt_o=alt_o or [], role=role, extra=note))


# --- 01 Muizzu in Colombo (wire, Tuesday Jul 15, no year) -----------------
row("Sri Lanka", "signed_agreement_with", "Maldives", "asserted", True,
    {"01": "Sri Lanka and the Maldives signed a fisheries agreement on Tuesday",
     "08": "after Sri Lanka and the Maldives signed a tuna landing agreement in July"},
    note="no time: 08 says July, the wire 01 writes no year, so the two share no prefix")
row("Sri Lanka", "party_to", "Colombo Tuna Landing Agreement", "asserted", False,
    {"01": "watched their foreign ministers sign the accord, which officials called the Colombo Tuna Landing Agreement"},
    note="'their' points back to the two leaders: coreference")
row("Maldives", "party_to", "Colombo Tuna Landing Agreement", "asserted", False,
    {"01": "watched their foreign ministers sign the accord, which officials called the Colombo Tuna Landing Agreement"},
    note="'their' points back to the two leaders: coreference")
row("Mohamed Muizzu", "visited", "Colombo", "asserted", True,
    {"01": "Maldivian President Mohamed Muizzu made his first state visit to Colombo",
     "08": "during a visit to Colombo by Maldivian President Mohamed Muizzu"},
    alt_o=["Sri Lanka"], note="no time: 08 says July, the wire 01 writes no year")
row("Mohamed Muizzu", "head_of", "Maldives", "asserted", True,
    {"01": "Maldivian President Mohamed Muizzu", "08": "Maldivian President Mohamed Muizzu"}, role="president")
row("Anura Kumara Dissanayake", "head_of", "Sri Lanka", "asserted", True,
    {"01": "Sri Lankan President Anura Kumara Dissanayake", "06": "Sri Lankan President Anura Kumara Dissanayake"},
    role="president")
row("Mohamed Muizzu", "met_with", "Anura Kumara Dissanayake", "asserted", True,
    {"01": "Muizzu held talks with Sri Lankan President Anura Kumara Dissanayake at the Presidential Secretariat"},
    alt_s=["Maldives"], alt_o=["Sri Lanka"], alt_p=["negotiating_with"])
row("Abdulla Khaleel", "works_for", "Maldives", "asserted", True,
    {"01": "Maldivian Foreign Minister Abdulla Khaleel", "08": "Abdulla Khaleel, the Maldivian foreign minister"},
    role="foreign minister")
row("Abdulla Khaleel", "met_with", "Vijitha Herath", "asserted", True,
    {"01": "Khaleel, who met his Sri Lankan counterpart Vijitha Herath on Monday"})
row("Vijitha Herath", "works_for", "Sri Lanka", "asserted", True,
    {"01": "his Sri Lankan counterpart Vijitha Herath",
     "06": "Sri Lankan Foreign Minister Vijitha Herath",
     "08": "Sri Lankan Foreign Minister Vijitha Herath"}, role="foreign minister")
row("Maldives", "candidate_for", "BIMSTEC", "reported", True,
    {"01": "the Maldives would also seek Colombo's backing for its application to become an observer in the Bay of Bengal Initiative",
     "08": "deferred a decision on a request by the Maldives to become the grouping's first observer"},
    note="observer bid; no time: a standing bid, stated in July (01) and December (08)")
row("Sri Lanka", "supported", "Maldives", "negated", False,
    {"01": "Herath said Sri Lanka had not yet decided whether to support the Maldivian application"},
    alt_s=["Vijitha Herath"], note="undecided, read as not supporting: loose; polarity trap; 08 later asserts the support (separate row)")
row("Sri Lanka", "supported", "Maldives", "reported", True,
    {"08": "his government had decided to support the Maldives"},
    time="2025-12", alt_s=["Vijitha Herath"], note="'his government' is Herath's, named in the same sentence")
for c, ev01, ev03 in [("Sri Lanka", True, True), ("Bangladesh", True, True), ("Thailand", True, True),
                      ("Nepal", False, True), ("Bhutan", False, True), ("Myanmar", False, True),
                      ("India", False, False)]:
    ev = {}
    if ev01:
        ev["01"] = "BIMSTEC's seven members, which include Sri Lanka, Bangladesh and Thailand"
    if ev03:
        ev["03"] = "a seven-member group that includes Bangladesh, Nepal, Sri Lanka, Bhutan, Myanmar and Thailand"
    ev["08"] = "whose seven members are Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand"
    row(c, "member_of", "BIMSTEC", "asserted", True, ev,
        note="listed member" + ("" if c != "India" else "; 03 implies India only by the count seven, not gold there"))
row("Mohamed Muizzu", "met_with", "Sajith Premadasa", "negated", True,
    {"01": "Muizzu did not meet opposition leader Sajith Premadasa"}, note="polarity trap")
row("Sajith Premadasa", "member_of", "Samagi Jana Balawegaya", "asserted", True,
    {"01": "Sajith Premadasa, whose Samagi Jana Balawegaya party had requested a meeting"}, alt_p=["head_of"])
row("Mohamed Muizzu", "visited", "Turkey", "asserted", True,
    {"01": "travelled to Turkey and China in his first months as president"},
    note="no time: the sentence gives 'November 2023' for taking office, not for the trips")
row("Mohamed Muizzu", "visited", "China", "asserted", True,
    {"01": "travelled to Turkey and China in his first months as president"})
row("Mohamed Muizzu", "criticized", "India", "asserted", False,
    {"01": "he demanded the withdrawal of Indian military personnel from the archipelago"},
    note="loose reading of a demand")
row("India", "signed_agreement_with", "Maldives", "asserted", True,
    {"01": "India agreed a $400 million currency swap with the Maldives in October 2024"},
    time="2024-10", alt_p=["supported"], note="currency swap agreement; wire sentence writes the year")
row("Sri Lanka", "negotiating_with", "International Monetary Fund", "asserted", True,
    {"01": "is in talks with the International Monetary Fund on the next review"})
row("Mohamed Muizzu", "visited", "Kandy", "planned", True,
    {"01": "Muizzu is scheduled to travel to Kandy"}, alt_o=["Sri Lanka"])
row("Kandy", "located_in", "Sri Lanka", "asserted", True, {"01": "Kandy, the hill city in central Sri Lanka"})
row("Temple of the Tooth", "located_in", "Kandy", "asserted", False,
    {"01": "Kandy, the hill city in central Sri Lanka, where he will visit the Temple of the Tooth"},
    note="relative 'where': loose")
row("Male", "capital_of", "Maldives", "asserted", True, {"01": "Male, the Maldivian capital"})
row("Maldives", "located_in", "Indian Ocean", "asserted", True,
    {"01": "The Maldives, a chain of about 1,190 coral islands in the Indian Ocean"})

# --- 02 Cabo Delgado ambush (wire, Monday Sep 22, no year) ----------------
row("Cabo Delgado", "located_in", "Mozambique", "asserted", True,
    {"02": "Mozambique's Cabo Delgado province",
     "04": "Mozambique's economy has been hit by a long-running Islamist insurgency in its northern Cabo Delgado province"})
row("Celso Nhantumbo", "works_for", "Mozambique", "asserted", False,
    {"02": "ministry spokesman Celso Nhantumbo"}, role="defence ministry spokesman",
    note="title without its country; the ministry is Mozambique's by the lead")
row("Ansar al-Sunna", "killed", "Ernesto Muianga", "reported", True,
    {"02": "Insurgents from Ansar al-Sunna, the group known locally as al-Shabaab, killed Ernesto Muianga"})
row("Ansar al-Sunna", "attacked", "Macomia", "asserted", True, {"02": "Ansar al-Sunna raided Macomia in May"})
row("Ansar al-Sunna", "took_control_of", "Macomia", "negated", True,
    {"02": "but the insurgents did not take control of the town"}, note="polarity trap")
row("Ansar al-Sunna", "allied_with", "Islamic State", "asserted", False,
    {"02": "Ansar al-Sunna, which has pledged allegiance to Islamic State"}, alt_p=["member_of", "supported"])
row("Ansar al-Sunna", "in_conflict_with", "Mozambique", "asserted", True,
    {"02": "has fought Mozambican forces since October 2017",
     "04": "where Ansar al-Sunna fighters have battled government forces since 2017"},
    time="2017", note="02 says October 2017, 04 says 2017: shared prefix")
row("Ansar al-Sunna", "attacked", "Mocimboa da Praia", "asserted", True,
    {"02": "when its fighters attacked police stations in Mocimboa da Praia"}, time="2017-10")
row("Ansar al-Sunna", "took_control_of", "Mocimboa da Praia", "asserted", False,
    {"02": "The insurgents held Mocimboa da Praia for a year from August 2020"}, time="2020-08",
    note="'the insurgents' refers back across sentences")
row("Rwanda", "took_control_of", "Mocimboa da Praia", "asserted", True,
    {"02": "until Rwanda and Mozambique retook the port town in August 2021"}, time="2021-08")
row("Mozambique", "took_control_of", "Mocimboa da Praia", "asserted", True,
    {"02": "until Rwanda and Mozambique retook the port town in August 2021"}, time="2021-08")
row("Rwanda", "supported", "Mozambique", "asserted", False,
    {"02": "Rwanda, which has kept about 4,000 soldiers and police in Mozambique since July 2021 at Maputo's request"},
    time="2021-07", alt_o=["Maputo"], note="troops kept at Maputo's request: support implied")
row("Daniel Chapo", "head_of", "Mozambique", "asserted", True,
    {"02": "Mozambican President Daniel Chapo", "04": "Mozambican President Daniel Chapo",
     "05": "Mozambican President Daniel Chapo"}, role="president")
row("Daniel Chapo", "member_of", "Frelimo", "asserted", True, {"02": "Daniel Chapo, of the ruling Frelimo party"})
row("Mozambique", "negotiating_with", "Ansar al-Sunna", "negated", False,
    {"02": "said his government would not negotiate with \"those who kill aid workers\""},
    alt_s=["Daniel Chapo"], note="object only by description")
row("Daniel Chapo", "contacted", "Paul Kagame", "reported", True,
    {"02": "Chapo spoke by telephone with Rwandan President Paul Kagame on Monday"},
    alt_s=["Mozambique"], alt_o=["Rwanda"])
row("Paul Kagame", "head_of", "Rwanda", "asserted", True, {"02": "Rwandan President Paul Kagame"}, role="president")
row("Daniel Chapo", "visited", "Pemba", "hedged", True, {"02": "Chapo is expected to travel on Wednesday to Pemba"})
row("Pemba", "capital_of", "Cabo Delgado", "asserted", True, {"02": "Pemba, the capital of Cabo Delgado"})
row("Venancio Mondlane", "criticized", "Mozambique", "asserted", False,
    {"02": "accused the government of leaving the north undefended"}, alt_o=["Daniel Chapo"],
    note="'the government' is not named")
row("Venancio Mondlane", "met_with", "Daniel Chapo", "asserted", True,
    {"02": "Mondlane and Chapo met in March to end the unrest"}, note="wire: 'in March' without year, no time")
row("Ansar al-Sunna", "attacked", "Palma", "asserted", True,
    {"02": "Ansar al-Sunna fighters attacked the nearby town of Palma in March 2021"}, time="2021-03")
row("Mozambique LNG", "located_in", "Afungi peninsula", "asserted", True,
    {"02": "its $20 billion Mozambique LNG project on the Afungi peninsula"})
row("TotalEnergies", "based_in", "Paris", "asserted", False,
    {"02": "according to a company spokesperson in Paris"}, note="loose: a spokesperson's location")
row("Mozambique", "member_of", "Southern African Development Community", "asserted", True,
    {"02": "The Southern African Development Community, of which Mozambique is a member",
     "04": "Zimbabwe, Mozambique, Zambia and Malawi all belong to the Southern African Development Community",
     "05": "Both Malawi and Mozambique are members of the Southern African Development Community"})
row("Mozambique", "contacted", "Southern African Development Community", "negated", False,
    {"02": "Maputo has not asked the bloc to send it back"}, alt_s=["Maputo"],
    note="'the bloc' refers to SADC in the same sentence; 'asked' read as contacted: loose")

# --- 03 SAARC in Kathmandu (wire, Wednesday Feb 19, no year) --------------
row("Kathmandu", "capital_of", "Nepal", "asserted", True, {"03": "the Nepali capital Kathmandu"})
row("Arzu Rana Deuba", "works_for", "Nepal", "asserted", True,
    {"03": "Nepal's Foreign Minister Arzu Rana Deuba"}, role="foreign minister")
row("Amna Baloch", "works_for", "Pakistan", "asserted", True,
    {"03": "Pakistan's Foreign Secretary Amna Baloch"}, role="foreign secretary")
row("Amna Baloch", "visited", "Kathmandu", "reported", True,
    {"03": "Amna Baloch flew to Kathmandu for the meeting"}, alt_o=["Nepal"])
row("Amna Baloch", "met_with", "Arzu Rana Deuba", "reported", True,
    {"03": "Amna Baloch flew to Kathmandu for the meeting and held separate talks with Deuba on Tuesday"},
    alt_p=["negotiating_with"], alt_s=["Pakistan"], alt_o=["Nepal"])
row("K.P. Sharma Oli", "head_of", "Nepal", "asserted", True,
    {"03": "Nepali Prime Minister K.P. Sharma Oli"}, role="prime minister")
row("K.P. Sharma Oli", "met_with", "Amna Baloch", "asserted", False,
    {"03": "K.P. Sharma Oli received the heads of delegation on Wednesday evening"}, note="group reference")
row("India", "criticized", "Pakistan", "asserted", True,
    {"03": "after accusing Pakistan of backing an attack on an army base in Uri"}, time="2016",
    alt_o=["Islamabad"], note="sentence writes 2016; the later 'opposed suggestions from Islamabad' is the same unit")
row("Pakistan", "criticized", "India", "asserted", False,
    {"03": "Pakistan denied the accusation"}, note="rejected claims of; the accuser is in the previous sentence")
row("Uri", "located_in", "Kashmir", "asserted", True, {"03": "an army base in Uri, in Indian-administered Kashmir"})
row("India", "supported", "BIMSTEC", "asserted", True,
    {"03": "New Delhi has instead promoted the Bay of Bengal Initiative"}, alt_s=["New Delhi"])
row("Pakistan", "member_of", "BIMSTEC", "negated", True,
    {"03": "Myanmar and Thailand but not Pakistan"}, note="polarity trap")
row("Muhammad Yunus", "head_of", "Bangladesh", "asserted", True,
    {"03": "Bangladesh's interim leader Muhammad Yunus",
     "08": "Yunus has led Bangladesh's interim government since August 2024"}, role="chief adviser")
row("Sheikh Hasina", "visited", "India", "asserted", False,
    {"03": "Sheikh Hasina fled to India in August 2024"}, time="2024-08", note="fled to: loose for visited")
row("Muhammad Yunus", "supported", "SAARC", "asserted", False, {"03": "has called repeatedly for SAARC to be revived"},
    note="calling for a revival: loose")
row("Muhammad Yunus", "met_with", "Shehbaz Sharif", "asserted", True,
    {"03": "raised the idea with Pakistani Prime Minister Shehbaz Sharif when they met in Cairo in December"},
    alt_s=["Bangladesh"], alt_o=["Pakistan"], note="wire: no year")
row("Shehbaz Sharif", "head_of", "Pakistan", "asserted", True,
    {"03": "Pakistani Prime Minister Shehbaz Sharif"}, role="prime minister")
row("Muhammad Yunus", "visited", "Cairo", "asserted", False,
    {"03": "when they met in Cairo in December"}, note="entailed by meeting there")
row("Shehbaz Sharif", "visited", "Cairo", "asserted", False,
    {"03": "when they met in Cairo in December"}, note="entailed by meeting there")
row("Jashim Uddin", "works_for", "Bangladesh", "asserted", True,
    {"03": "Bangladesh's Foreign Secretary Jashim Uddin"}, role="foreign secretary")
row("Maldives", "supported", "Nepal", "asserted", False,
    {"03": "The Maldives and Sri Lanka backed a Nepali proposal"}, note="backing a proposal: loose")
row("Sri Lanka", "supported", "Nepal", "asserted", False,
    {"03": "The Maldives and Sri Lanka backed a Nepali proposal"}, note="backing a proposal: loose")
row("China", "member_of", "SAARC", "negated", True,
    {"03": "China, which has held observer status in SAARC since 2005, is not a member of the grouping"},
    note="polarity trap: observer, not member")
row("SAARC", "based_in", "Kathmandu", "asserted", True, {"03": "The SAARC secretariat, which is based in Kathmandu"})
row("Golam Sarwar", "head_of", "SAARC", "asserted", True,
    {"03": "is headed by Secretary-General Golam Sarwar"}, role="secretary-general")
row("Golam Sarwar", "citizen_of", "Bangladesh", "asserted", True, {"03": "Golam Sarwar, a Bangladeshi diplomat"})
row("Nepal", "borders", "India", "asserted", True, {"03": "is landlocked between India and China"})
row("Nepal", "borders", "China", "asserted", True, {"03": "is landlocked between India and China"})
row("Nepal", "member_of", "SAARC", "asserted", False,
    {"03": "Nepal, which has chaired SAARC since the 2014 summit"}, note="entailed by chairing")
row("Nepal", "imports_from", "India", "asserted", True,
    {"03": "Nepal imports almost all of its petroleum from India"}, role="petroleum")
row("Tshering Tobgay", "head_of", "Bhutan", "asserted", True,
    {"03": "Bhutanese Prime Minister Tshering Tobgay"}, role="prime minister")

# --- 04 Beira corridor levy (newspaper, 2025-06-18, Wednesday) -------------
row("Zimbabwe", "criticized", "Mozambique", "reported", True,
    {"04": "Zimbabwe has lodged a formal protest with Mozambique over a new levy on trucks"},
    time="2025-06", alt_s=["Harare", "Amon Murwira"])
row("Amon Murwira", "works_for", "Zimbabwe", "asserted", True,
    {"04": "Zimbabwean Foreign Minister Amon Murwira"}, role="foreign minister")
row("Alberto Mabote", "works_for", "Mozambique", "asserted", True,
    {"04": "Mozambique's ambassador, Alberto Mabote"}, role="ambassador")
row("Amon Murwira", "contacted", "Alberto Mabote", "asserted", False,
    {"04": "after summoning Mozambique's ambassador, Alberto Mabote"}, time="2025-06",
    alt_p=["met_with"], alt_s=["Zimbabwe"], alt_o=["Mozambique"], note="a summons read as contact")
row("Zimbabwe", "negotiating_with", "Mozambique", "planned", True,
    {"04": "Zimbabwe and Mozambique will hold talks in Maputo next week on the levy"}, time="2025-06",
    alt_p=["met_with"], note="next week = 23-27 June")
row("Lurdes Macamo", "works_for", "Mozambique", "asserted", True,
    {"04": "Mozambique's deputy transport minister, Lurdes Macamo"}, role="deputy transport minister")
row("Beira", "located_in", "Mozambique", "asserted", True, {"04": "Beira, in central Mozambique"})
row("Zimbabwe", "borders", "Mozambique", "asserted", True,
    {"04": "Zimbabwe and Mozambique share a border of more than 1,200 km"})
row("Zimbabwe", "allied_with", "Mozambique", "asserted", True,
    {"04": "Zimbabwe and Mozambique share a border of more than 1,200 km and close political ties"})
row("Mozambique", "supported", "Zimbabwe", "asserted", True,
    {"04": "Mozambique's support for Zimbabwe's independence war in the 1970s"}, time="197")
row("Zimbabwe", "supported", "Mozambique", "asserted", False,
    {"04": "Zimbabwean troops were deployed in Mozambique during its civil war in the 1980s"}, time="198",
    note="troops deployed to guard the corridor: loose for support")
row("Emmerson Mnangagwa", "head_of", "Zimbabwe", "asserted", True,
    {"04": "Zimbabwean President Emmerson Mnangagwa", "05": "Zimbabwean President Emmerson Mnangagwa"},
    role="president")
row("Emmerson Mnangagwa", "contacted", "Daniel Chapo", "reported", True,
    {"04": "Emmerson Mnangagwa raised the levy with Mozambican President Daniel Chapo in a telephone call last week"},
    time="2025-06", alt_s=["Zimbabwe"], alt_o=["Mozambique"], note="last week = 9-15 June")
row("Zimbabwe", "sanctioned", "Mozambique", "negated", True,
    {"04": "Harare would not impose a counter-levy on Mozambican trucks"}, alt_s=["Harare"],
    note="polarity trap; capital for government")
row("Daniel Chapo", "visited", "Harare", "asserted", True,
    {"04": "made Zimbabwe one of his first foreign destinations in February, when he visited Harare"},
    time="2025-02", alt_o=["Zimbabwe"])
row("Daniel Chapo", "met_with", "Emmerson Mnangagwa", "asserted", True,
    {"04": "when he visited Harare and held talks with Mnangagwa on energy and transport"},
    time="2025-02", alt_s=["Mozambique"], alt_o=["Zimbabwe"], alt_p=["negotiating_with"])
row("Malawi", "borders", "Mozambique", "asserted", True,
    {"04": "Malawi, which borders Mozambique on three sides",
     "05": "Malawi, which borders Mozambique, Zambia and Tanzania"})
for c in ["Zimbabwe", "Zambia"]:
    row(c, "member_of", "Southern African Development Community", "asserted", True,
        {"04": "Zimbabwe, Mozambique, Zambia and Malawi all belong to the Southern African Development Community"})
row("Malawi", "member_of", "Southern African Development Community", "asserted", True,
    {"04": "Zimbabwe, Mozambique, Zambia and Malawi all belong to the Southern African Development Community",
     "05": "Both Malawi and Mozambique are members of the Southern African Development Community"})
row("Hakainde Hichilema", "head_of", "Zambia", "asserted", True,
    {"04": "Zambian President Hakainde Hichilema", "05": "Zambian President Hakainde Hichilema"}, role="president")
row("Lobito corridor", "located_in", "Angola", "asserted", False,
    {"04": "the Lobito corridor in Angola"}, note="the corridor also crosses other countries")
row("Zimbabwe", "trades_with", "Mozambique", "asserted", True,
    {"04": "Trade between Zimbabwe and Mozambique was worth about $1.1 billion last year"})
row("Mozambique", "imports_from", "Zimbabwe", "asserted", True,
    {"04": "Mozambique buys electricity from Zimbabwe's Kariba South power station"}, role="electricity",
    alt_p=["trades_with"])
row("Kariba South power station", "located_in", "Zimbabwe", "asserted", False,
    {"04": "Zimbabwe's Kariba South power station"}, note="possessive location")
row("Durban", "located_in", "South Africa", "asserted", True, {"04": "the longer route to Durban in South Africa"})

# --- 05 Mutharika sworn in (newspaper, 2025-10-05, Sunday) -----------------
row("Peter Mutharika", "head_of", "Malawi", "asserted", True,
    {"05": "Peter Mutharika was sworn in as Malawi's president"}, role="president")
row("Kamuzu Stadium", "located_in", "Blantyre", "asserted", True, {"05": "at Kamuzu Stadium in Blantyre"})
row("Peter Mutharika", "negotiating_with", "International Monetary Fund", "planned", True,
    {"05": "promised to reopen talks with the International Monetary Fund within weeks"}, alt_s=["Malawi"])
row("Peter Mutharika", "member_of", "Democratic Progressive Party", "asserted", True,
    {"05": "Mutharika, 85, of the Democratic Progressive Party"})
row("Lazarus Chakwera", "head_of", "Malawi", "asserted", False,
    {"05": "defeated President Lazarus Chakwera in the September 16 election"}, role="president",
    note="title without its country; outgoing president")
row("Lazarus Chakwera", "contacted", "Peter Mutharika", "asserted", True,
    {"05": "Chakwera conceded on September 24 and telephoned Mutharika to congratulate him"}, time="2025-09-24")
row("Hakainde Hichilema", "visited", "Blantyre", "asserted", True,
    {"05": "Hakainde Hichilema and Mozambican President Daniel Chapo arrived in Blantyre on Friday"},
    time="2025-10-03", alt_o=["Malawi"])
row("Daniel Chapo", "visited", "Blantyre", "asserted", True,
    {"05": "Hakainde Hichilema and Mozambican President Daniel Chapo arrived in Blantyre on Friday"},
    time="2025-10-03", alt_o=["Malawi"])
row("Constantino Chiwenga", "works_for", "Zimbabwe", "asserted", True,
    {"05": "Zimbabwe was represented by Vice-President Constantino Chiwenga"}, role="vice-president",
    alt_o=["Emmerson Mnangagwa"])
row("Emmerson Mnangagwa", "visited", "Malawi", "negated", True,
    {"05": "Zimbabwean President Emmerson Mnangagwa did not travel to Malawi"}, time="2025-10",
    alt_o=["Blantyre"], note="polarity trap")
row("Hakainde Hichilema", "met_with", "Peter Mutharika", "reported", True,
    {"05": "Hichilema and Mutharika met on Saturday afternoon"}, time="2025-10-04",
    alt_s=["Zambia"], alt_o=["Malawi"])
row("Lilongwe", "capital_of", "Malawi", "asserted", True, {"05": "the Malawian capital, Lilongwe"})
row("Daniel Chapo", "met_with", "Peter Mutharika", "asserted", True,
    {"05": "said after meeting Mutharika that Mozambique and Malawi would sign an agreement"}, time="2025-10",
    alt_s=["Mozambique"], alt_o=["Malawi"])
row("Mozambique", "signed_agreement_with", "Malawi", "planned", True,
    {"05": "Mozambique and Malawi would sign an agreement on the Nacala rail corridor before the end of the year"},
    time="2025", alt_s=["Daniel Chapo"])
row("Nacala", "located_in", "Mozambique", "asserted", False,
    {"05": "Chapo, whose country's ports of Nacala and Beira handle most of Malawi's foreign trade"},
    note="'whose country' is Chapo's: coreference")
row("Malawi", "borders", "Zambia", "asserted", True, {"05": "Malawi, which borders Mozambique, Zambia and Tanzania"})
row("Malawi", "borders", "Tanzania", "asserted", True, {"05": "Malawi, which borders Mozambique, Zambia and Tanzania"})
row("Bingu wa Mutharika", "head_of", "Malawi", "asserted", True,
    {"05": "Bingu wa Mutharika was president of Malawi from 2004 until his death in 2012"}, role="president")
row("Malawi", "recognizes", "China", "asserted", True, {"05": "China, which Malawi recognised in 2007"}, time="2007")
row("Malawi", "diplomatic_relations_with", "Taiwan", "negated", False,
    {"05": "after breaking off diplomatic relations with Taiwan"}, note="relations ended in 2007: polarity trap")
row("Peter Mutharika", "allied_with", "China", "planned", False,
    {"05": "has said he will keep close ties with China"}, alt_s=["Malawi"])
row("United States", "supported", "Malawi", "asserted", False,
    {"05": "The United States, until this year Malawi's largest bilateral donor"}, note="past aid")
row("Donald Trump", "head_of", "United States", "asserted", True,
    {"05": "US President Donald Trump", "07": "US President Donald Trump"}, role="president")
row("Jane Ansah", "works_for", "Peter Mutharika", "asserted", False,
    {"05": "Mutharika's running mate, Jane Ansah"}, role="vice-president", alt_o=["Malawi"],
    note="running mate sworn in as vice-president: title without its country")
row("International Monetary Fund", "supported", "Malawi", "asserted", False,
    {"05": "the IMF, whose last programme with Malawi ended early this year"}, note="a programme that ended")
row("Lazarus Chakwera", "head_of", "Malawi Congress Party", "asserted", True,
    {"05": "Chakwera, who leads the Malawi Congress Party"}, role="leader", alt_p=["member_of"])

# --- 06 Sri Lanka research vessel rules (newspaper, 2025-11-12, Wednesday) --
row("Nalinda Jayatissa", "works_for", "Sri Lanka", "asserted", True,
    {"06": "Sri Lankan government spokesman Nalinda Jayatissa"}, role="government spokesman")
row("Colombo", "capital_of", "Sri Lanka", "asserted", True, {"06": "Colombo, the Sri Lankan capital"})
row("China", "criticized", "Sri Lanka", "reported", False,
    {"06": "The Chinese embassy in Colombo said in a statement that it \"regretted\" the decision"},
    note="regret as criticism: loose; the embassy for the state")
row("Qi Zhenhong", "works_for", "China", "asserted", True, {"06": "Chinese Ambassador Qi Zhenhong"}, role="ambassador")
row("Qi Zhenhong", "contacted", "Anura Kumara Dissanayake", "asserted", False,
    {"06": "Chinese Ambassador Qi Zhenhong requested a meeting with Sri Lankan President Anura Kumara Dissanayake last week"},
    time="2025-11", note="a request for a meeting")
row("Anura Kumara Dissanayake", "met_with", "Qi Zhenhong", "negated", True,
    {"06": "Dissanayake did not meet Qi"}, time="2025-11", note="polarity trap")
row("India", "supported", "Sri Lanka", "asserted", False,
    {"06": "India, which has pressed Sri Lanka to keep Chinese research ships out of its waters since a Chinese tracking vessel docked at Hambantota in 2022, welcomed the rules"},
    note="welcoming rules: loose")
row("Anura Kumara Dissanayake", "visited", "New Delhi", "asserted", True,
    {"06": "Dissanayake's first state visit abroad was to New Delhi in December 2024"}, time="2024-12",
    alt_o=["India"])
row("Anura Kumara Dissanayake", "visited", "Beijing", "asserted", True,
    {"06": "he travelled to Beijing a month later"}, time="2025-01", alt_o=["China"],
    note="a month after December 2024")
row("Sinopec", "signed_agreement_with", "Sri Lanka", "asserted", False,
    {"06": "state-owned Sinopec agreed to build a $3.7 billion oil refinery at Hambantota"}, time="2025-01",
    note="the other party is implied")
row("Narendra Modi", "head_of", "India", "asserted", True,
    {"06": "Indian Prime Minister Narendra Modi", "08": "Indian Prime Minister Narendra Modi"}, role="prime minister")
row("Narendra Modi", "visited", "Colombo", "asserted", True,
    {"06": "Indian Prime Minister Narendra Modi visited Colombo"}, time="2025-04", alt_o=["Sri Lanka"])
row("India", "signed_agreement_with", "Sri Lanka", "asserted", True,
    {"06": "India and Sri Lanka signed a defence cooperation memorandum"}, time="2025-04")
row("United States", "contacted", "Sri Lanka", "asserted", False,
    {"06": "The United States and Japan have also urged Colombo to tighten oversight"}, alt_o=["Colombo"],
    note="urging read as contact: loose")
row("Japan", "contacted", "Sri Lanka", "asserted", False,
    {"06": "The United States and Japan have also urged Colombo to tighten oversight"}, alt_o=["Colombo"],
    note="urging read as contact: loose")
row("Sri Lanka", "member_of", "Quad", "negated", True,
    {"06": "said Sri Lanka had no plans to join the Quad"}, note="polarity trap")
for c in ["United States", "India", "Japan", "Australia"]:
    row(c, "member_of", "Quad", "asserted", True,
        {"06": "the Quad, the security grouping of the United States, India, Japan and Australia"})
row("India", "criticized", "Maldives", "asserted", True,
    {"06": "The Maldives drew criticism from India in February 2024"}, time="2024-02")
row("International Monetary Fund", "supported", "Sri Lanka", "asserted", True,
    {"06": "a $2.9 billion bailout that the International Monetary Fund approved in March 2023"}, time="2023-03")
row("Sajith Premadasa", "criticized", "Sri Lanka", "reported", False,
    {"06": "accused the government of giving up Sri Lanka's neutrality"}, note="the government, not named")
row("Nalinda Jayatissa", "criticized", "Sajith Premadasa", "asserted", False,
    {"06": "Jayatissa rejected that charge"}, note="the charge is Premadasa's, in the previous sentence")

# --- 07 Lesotho tariff talks (HTML, 2025-07-22, Tuesday) -------------------
row("Mokhethi Shelile", "works_for", "Lesotho", "asserted", True,
    {"07": "Lesotho's trade minister, Mokhethi Shelile"}, role="trade minister")
row("Mokhethi Shelile", "visited", "United States", "planned", True,
    {"07": "Mokhethi Shelile, will travel to Washington this week"}, time="2025-07",
    note="Washington is an alias of the United States")
row("United States", "threatened", "Lesotho", "reported", True,
    {"07": "a 50 per cent tariff that the United States has threatened to impose on the kingdom's exports"},
    alt_p=["sanctioned"])
row("Maseru", "capital_of", "Lesotho", "asserted", True, {"07": "Maseru, Lesotho's capital"})
row("Mokhethi Shelile", "met_with", "Office of the United States Trade Representative", "hedged", True,
    {"07": "Shelile is expected to meet officials from the Office of the United States Trade Representative"},
    time="2025-07")
row("Mokhethi Shelile", "met_with", "Jamieson Greer", "hedged", False,
    {"07": "a meeting with Trade Representative Jamieson Greer has not been confirmed"}, time="2025-07",
    note="unconfirmed, not denied")
row("Jamieson Greer", "head_of", "Office of the United States Trade Representative", "asserted", False,
    {"07": "Trade Representative Jamieson Greer"}, role="trade representative",
    alt_p=["works_for"], alt_o=["United States"], note="title without its office or country")
row("Lesotho", "negotiating_with", "United States", "reported", True,
    {"07": "Lesotho has held three rounds of virtual talks with the United States since May"}, time="2025-05")
row("Donald Trump", "sanctioned", "Lesotho", "asserted", True,
    {"07": "singling out Lesotho, a country of about 2.3 million people surrounded by South Africa, for the highest levy imposed on any nation"},
    time="2025-04", alt_s=["United States"], note="tariff announced in April")
row("Lesotho", "borders", "South Africa", "asserted", True,
    {"07": "a country of about 2.3 million people surrounded by South Africa"})
row("United States", "imports_from", "Lesotho", "asserted", False,
    {"07": "which ships jeans and T-shirts to US retailers under the African Growth and Opportunity Act"},
    role="garments", alt_p=["trades_with"], note="US retailers as buyers: loose for the state")
row("Lesotho", "party_to", "African Growth and Opportunity Act", "asserted", False,
    {"07": "which ships jeans and T-shirts to US retailers under the African Growth and Opportunity Act"},
    note="beneficiary of a US law: loose")
row("Thabo Mokoena", "head_of", "Lesotho Textile Exporters Association", "asserted", True,
    {"07": "Thabo Mokoena, chairman of the Lesotho Textile Exporters Association"}, role="chairman")
row("Sam Matekane", "head_of", "Lesotho", "asserted", True,
    {"07": "Lesotho's Prime Minister Sam Matekane"}, role="prime minister")
row("Sam Matekane", "contacted", "Donald Trump", "negated", True,
    {"07": "Matekane has not spoken to Trump since the tariffs were announced"},
    alt_s=["Lesotho"], alt_o=["United States"], note="polarity trap")
row("Nthabiseng Lerata", "works_for", "Sam Matekane", "asserted", True,
    {"07": "his spokesman, Nthabiseng Lerata"}, role="spokesman", alt_o=["Lesotho"])
row("Lesotho", "sanctioned", "United States", "negated", True,
    {"07": "Lesotho will not impose retaliatory tariffs on goods from the United States"}, note="polarity trap")
row("Lesotho", "imports_from", "South Africa", "asserted", True,
    {"07": "imports most of its food and fuel from South Africa"}, role="food, fuel")
row("Lesotho", "imports_from", "United States", "asserted", False,
    {"07": "Lesotho buys little from the United States"}, note="'buys little': small but real imports")
row("South Africa", "imports_from", "Lesotho", "asserted", True,
    {"07": "South Africa in turn buys water from Lesotho"}, role="water")
row("Lesotho Highlands Water Project", "located_in", "Maluti Mountains", "asserted", False,
    {"07": "the Lesotho Highlands Water Project, a system of dams and tunnels in the Maluti Mountains"})
for c in ["Lesotho", "South Africa", "Botswana", "Namibia", "Eswatini"]:
    row(c, "member_of", "Southern African Customs Union", "asserted", c == "Lesotho",
        {"07": "Lesotho belongs to the Southern African Customs Union (SACU), the world's oldest customs union, with South Africa, Botswana, Namibia and Eswatini"},
        note="" if c == "Lesotho" else "member only through 'with' after Lesotho's clause: indirect")
row("Southern African Customs Union", "based_in", "Windhoek", "asserted", True,
    {"07": "SACU's secretariat is in Windhoek"})
row("Windhoek", "capital_of", "Namibia", "asserted", True, {"07": "Windhoek, the Namibian capital"})
row("South Africa", "signed_agreement_with", "United States", "negated", True,
    {"07": "has not reached a deal with Washington either"}, note="polarity trap")
row("South Africa", "negotiating_with", "United States", "asserted", False,
    {"07": "although its negotiators have held several rounds of talks"}, note="'its' and the other side implied")
row("United States", "sanctioned", "South Africa", "asserted", False,
    {"07": "South Africa, Lesotho's only neighbour, faces a 30 per cent tariff"}, note="agent implied")
row("Cyril Ramaphosa", "head_of", "South Africa", "asserted", True,
    {"07": "South African President Cyril Ramaphosa"}, role="president")
row("Mswati III", "head_of", "Eswatini", "asserted", True,
    {"07": "In Eswatini, the other landlocked kingdom in the customs union, King Mswati III's government"},
    role="king")
row("Puleng Ramakau", "works_for", "National University of Lesotho", "asserted", True,
    {"07": "Puleng Ramakau, an economist at the National University of Lesotho"}, role="economist")
row("National University of Lesotho", "based_in", "Roma", "asserted", True,
    {"07": "the National University of Lesotho in Roma"})
row("Mokhethi Shelile", "visited", "Pretoria", "planned", True,
    {"07": "Shelile will travel to Pretoria, the South African capital, next month"}, time="2025-08",
    alt_o=["South Africa"])
row("Pretoria", "capital_of", "South Africa", "asserted", True, {"07": "Pretoria, the South African capital"})

# --- 08 BIMSTEC in Dhaka (HTML, 2025-12-10, Wednesday) ---------------------
row("Dhaka", "capital_of", "Bangladesh", "asserted", True, {"08": "the Bangladeshi capital, Dhaka"})
row("BIMSTEC", "based_in", "Dhaka", "asserted", True, {"08": "Dhaka, where BIMSTEC has its secretariat"})
row("Touhid Hossain", "works_for", "Bangladesh", "asserted", True,
    {"08": "Touhid Hossain, the foreign affairs adviser in Bangladesh's interim government"}, role="foreign affairs adviser")
row("Vijitha Herath", "visited", "Dhaka", "asserted", True,
    {"08": "Vijitha Herath, who flew to Dhaka for the meeting"}, time="2025-12", alt_o=["Bangladesh"])
row("Abdulla Khaleel", "met_with", "S. Jaishankar", "reported", True,
    {"08": "met Indian External Affairs Minister S. Jaishankar on the sidelines"}, time="2025-12-09",
    alt_s=["Maldives"], alt_o=["India"])
row("S. Jaishankar", "works_for", "India", "asserted", True,
    {"08": "Indian External Affairs Minister S. Jaishankar"}, role="external affairs minister")
row("Abdulla Khaleel", "visited", "Dhaka", "asserted", False,
    {"08": "attended Tuesday's session as a guest"}, time="2025-12",
    note="the place is in an earlier sentence")
row("India", "criticized", "Maldives", "negated", False,
    {"08": "did not oppose the Maldivian request at the meeting"}, time="2025-12",
    note="not opposing read as not criticizing; 06 asserts an earlier criticism (separate row)")
row("Thailand", "supported", "Maldives", "reported", False,
    {"08": "Thailand said it supported observer status"}, note="'in principle'; object implied")
row("Maldives", "member_of", "BIMSTEC", "negated", True,
    {"08": "The Maldives is not a member of BIMSTEC"}, note="polarity trap")
row("Than Swe", "works_for", "Myanmar", "asserted", True,
    {"08": "Myanmar's foreign minister, Than Swe"}, role="foreign minister")
row("Than Swe", "visited", "Dhaka", "negated", True,
    {"08": "Than Swe, did not travel to Dhaka"}, time="2025-12", alt_o=["Bangladesh"], note="polarity trap")
row("Bangladesh", "signed_agreement_with", "Maldives", "asserted", True,
    {"08": "Bangladesh and the Maldives agreed last month to start a direct cargo shipping service"},
    time="2025-11")
row("Abdulla Khaleel", "visited", "Kathmandu", "hedged", True,
    {"08": "Khaleel is expected to visit Kathmandu in January"}, time="2026-01", alt_o=["Nepal"])
row("Bangladesh", "party_to", "BIMSTEC Maritime Transport Cooperation Agreement", "reported", True,
    {"08": "has been ratified by Bangladesh and Thailand but not yet by India and Nepal"})
row("Thailand", "party_to", "BIMSTEC Maritime Transport Cooperation Agreement", "reported", True,
    {"08": "has been ratified by Bangladesh and Thailand but not yet by India and Nepal"})
row("India", "party_to", "BIMSTEC Maritime Transport Cooperation Agreement", "negated", False,
    {"08": "has been ratified by Bangladesh and Thailand but not yet by India and Nepal"},
    note="not ratified, though concluded at the summit: ambiguous")
row("Nepal", "party_to", "BIMSTEC Maritime Transport Cooperation Agreement", "negated", False,
    {"08": "has been ratified by Bangladesh and Thailand but not yet by India and Nepal"},
    note="not ratified, though concluded at the summit: ambiguous")
row("Muhammad Yunus", "met_with", "Narendra Modi", "asserted", True,
    {"08": "Muhammad Yunus, who met Indian Prime Minister Narendra Modi in Bangkok during the April summit"},
    time="2025-04", alt_s=["Bangladesh"], alt_o=["India"])
row("Muhammad Yunus", "visited", "Bangkok", "asserted", False,
    {"08": "who met Indian Prime Minister Narendra Modi in Bangkok during the April summit"}, time="2025-04",
    alt_o=["Thailand"], note="entailed by meeting there")
row("Nepal", "supported", "Maldives", "hedged", False,
    {"08": "Nepal said it would back the Maldivian bid if the criteria for observers were agreed first"},
    note="conditional")


# --- required: false additions: entailments, group references, loose readings
for city, country, d, phrase in [
        ("Colombo", "Sri Lanka", "06", "Colombo, the Sri Lankan capital"),
        ("Male", "Maldives", "01", "Male, the Maldivian capital"),
        ("Kathmandu", "Nepal", "03", "the Nepali capital Kathmandu"),
        ("Lilongwe", "Malawi", "05", "the Malawian capital, Lilongwe"),
        ("Dhaka", "Bangladesh", "08", "the Bangladeshi capital, Dhaka"),
        ("Maseru", "Lesotho", "07", "Maseru, Lesotho's capital"),
        ("Windhoek", "Namibia", "07", "Windhoek, the Namibian capital"),
        ("Pretoria", "South Africa", "07", "Pretoria, the South African capital"),
        ("Pemba", "Cabo Delgado", "02", "Pemba, the capital of Cabo Delgado")]:
    row(city, "located_in", country, "asserted", False, {d: phrase}, note="entailed by capital_of")
for c in ["Pakistan", "Bangladesh", "Sri Lanka", "Maldives", "Bhutan"]:
    row(c, "member_of", "SAARC", "asserted", False,
        {"03": "Delegates from Pakistan, Bangladesh, Sri Lanka, the Maldives and Bhutan attended"},
        note="group reference: delegates at a SAARC meeting of 'the grouping's eight members'")
for port in ["Galle", "Trincomalee"]:
    row(port, "located_in", "Sri Lanka", "asserted", False,
        {"01": "unload their catch at the southern port of Galle and at Trincomalee, on the island's east coast"},
        note="'the island' and 'Sri Lankan ports' in other sentences: coreference")
row("Southern African Development Community", "supported", "Mozambique", "asserted", False,
    {"02": "withdrew its regional force from Cabo Delgado in July 2024"},
    note="a force withdrawn in July 2024 implies earlier support; no time for the support itself")
row("Malawi", "trades_with", "Mozambique", "asserted", False,
    {"05": "whose country's ports of Nacala and Beira handle most of Malawi's foreign trade"},
    note="transit through Mozambican ports: loose")
row("India", "contacted", "Sri Lanka", "asserted", False,
    {"06": "India, which has pressed Sri Lanka to keep Chinese research ships out of its waters"},
    note="pressing read as contact: loose")
row("Eswatini", "negotiating_with", "United States", "reported", False,
    {"07": "King Mswati III's government said this month that it was also seeking a lower rate"},
    time="2025-07", note="the other side is implied")
row("Rwanda", "allied_with", "Mozambique", "asserted", False,
    {"02": "Rwanda, which has kept about 4,000 soldiers and police in Mozambique since July 2021"},
    note="partnership implied by the deployment")
row("Sheikh Hasina", "head_of", "Bangladesh", "asserted", False,
    {"03": "who took power after Sheikh Hasina fled to India in August 2024"},
    role="prime minister", note="entailed: Yunus took power after her")
row("Mozambique", "sanctioned", "Zimbabwe", "asserted", False,
    {"04": "which Mozambique's transport ministry introduced on June 1"}, time="2025-06-01",
    note="a transit levy on all trucks, read as a tariff on Zimbabwe's trade: loose")
row("S. Jaishankar", "visited", "Dhaka", "asserted", False,
    {"08": "met Indian External Affairs Minister S. Jaishankar on the sidelines"}, time="2025-12",
    alt_o=["Bangladesh"], note="entailed by meeting on the sidelines in Dhaka")
row("Constantino Chiwenga", "visited", "Blantyre", "asserted", False,
    {"05": "Zimbabwe was represented by Vice-President Constantino Chiwenga"}, time="2025-10",
    alt_o=["Malawi"], note="entailed by representing Zimbabwe at the ceremony")
row("Abdulla Khaleel", "visited", "Colombo", "asserted", False,
    {"01": "Maldivian Foreign Minister Abdulla Khaleel told reporters after the ceremony"},
    alt_o=["Sri Lanka"], note="entailed by speaking after the Colombo ceremony")
row("Daniel Chapo", "criticized", "Ansar al-Sunna", "asserted", False,
    {"02": "condemned the ambush"}, note="the attackers are named in earlier sentences")
for town in ["Macomia", "Mocimboa da Praia"]:
    row(town, "located_in", "Cabo Delgado", "asserted", False,
        {"02": "on the road between Macomia and Mocimboa da Praia"},
        note="the province is named in the previous sentence")
row("Blantyre", "located_in", "Malawi", "asserted", False,
    {"05": "Peter Mutharika was sworn in as Malawi's president on Saturday at Kamuzu Stadium in Blantyre"},
    note="entailed")
row("Harare", "located_in", "Zimbabwe", "asserted", False,
    {"04": "made Zimbabwe one of his first foreign destinations in February, when he visited Harare"},
    note="entailed")
row("Maputo", "located_in", "Mozambique", "asserted", False,
    {"04": "Zimbabwe and Mozambique will hold talks in Maputo next week"}, note="loose")
row("Roma", "located_in", "Lesotho", "asserted", False,
    {"07": "the National University of Lesotho in Roma"}, note="entailed by the university's name")
row("Mchinji", "located_in", "Malawi", "asserted", False,
    {"05": "a one-stop border post at Mchinji, on the main road between the Malawian capital, Lilongwe, and Lusaka"},
    note="loose: on the road from Malawi's capital")


# ---------------------------------------------------------------- cleaning
def clean(doc):
    """Return (cleaned text, body start, body end, title, published)."""
    path = os.path.join(CORPUS, DOCS[doc])
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        body = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S).group(1)
        body = re.sub(r"</p>\s*", "\n\n", body)
        body = html.unescape(re.sub(r"<[^>]+>", "", body))
        text = "\n\n".join(l.strip() for l in body.split("\n") if l.strip())
        return text, 0, len(text), title, published
    lines = raw.split("\n")
    title = lines[0].strip()
    if doc in WIRE:
        published = ""
        start = raw.index("\n\n") + 2
        m = re.match(r"[A-Z ]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ", raw[start:])
        if not m:
            raise SystemExit(f"{DOCS[doc]}: no dateline")
        start += m.end()
        end = raw.index("\n(Reporting by")
    else:
        published = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", raw, re.M).group(1)
        start = raw.index("\n\n") + 2
        end = len(raw.rstrip("\n"))
    return raw, start, end, title, published


ABBREV = {"Mr", "Mrs", "Ms", "Dr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
          "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "vs", "etc"}


def sentences(text, start, end):
    """Sentence spans inside [start, end): split at line breaks and at . ! ? before a capital."""
    spans = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + m.start(), start + m.end()
        s = ls
        for b in re.finditer(r"[.!?][\"'\u201d\u2019)]*(\s+)(?=[\"'\u201c\u2018(]?[A-Z0-9])", text[ls:le]):
            cut = ls + b.start()
            tok = re.search(r"(\S+)$", text[s:cut + 1])
            word = tok.group(1).rstrip(".!?") if tok else ""
            word = word.lstrip("\"'\u201c\u2018(")
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) or word in ABBREV:
                continue
            e = ls + b.start(1)
            spans.append((s, e))
            s = ls + b.end()
        if s < le:
            spans.append((s, le))
    return spans


def occurs(names, text):
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, re.I):
            return True
    return False


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- checks
def main():
    errors = []
    types = {e["name"]: e["type"] for e in E}
    names_of = {e["name"]: [e["name"]] + e["aliases"] for e in E}
    seen = {}
    for e in E:
        if e["type"] not in TYPES:
            errors.append(f"entity {e['name']}: bad type {e['type']}")
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in seen and seen[k] != e["name"]:
                errors.append(f"alias {a!r} names both {seen[k]} and {e['name']}")
            seen.setdefault(k, e["name"])

    docs = {d: clean(d) for d in DOCS}
    spans = {d: sentences(*docs[d][:3]) for d in DOCS}
    units = {}
    used = set()
    out_rows, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']})"
        if r["p"] not in SIGNATURE:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["mod"] not in MODALITIES:
            errors.append(f"{tag}: bad modality {r['mod']}")
        for p in r["alt_p"]:
            if p not in SIGNATURE:
                errors.append(f"{tag}: unknown alt predicate {p}")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in types:
                errors.append(f"{tag}: {n!r} is not an entity")
            used.add(n)
        if errors and any(n not in types for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        st, ot = SIGNATURE[r["p"]]
        if types[r["s"]] not in st or types[r["o"]] not in ot:
            errors.append(f"{tag}: types {types[r['s']]} -> {types[r['o']]} do not fit {r['p']}")
        t = r["time"]
        if t is not None:
            if r["p"] in STATIC:
                errors.append(f"{tag}: static relation with a time")
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
                errors.append(f"{tag}: bad time {t}")
        if t and all(d in WIRE for d in r["ev"]):
            pass  # checked per sentence below
        pol = POLARITY.get(r["mod"])
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        key = (s, r["p"], o, pol)
        if key in units:
            errors.append(f"{tag}: same unit as row {units[key]}")
        units[key] = i
        docs_out = []
        notes = []
        for d, phrase in r["ev"].items():
            text, bs, be, title, published = docs[d]
            body = text[bs:be]
            fname = DOCS[d]
            for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
                if not occurs(names_of[n], body):
                    errors.append(f"{tag}: {n!r} (or an alias) not in {fname}")
            pos, found = bs, None
            while True:
                k = text.find(phrase, pos, be)
                if k < 0:
                    break
                for a, b in spans[d]:
                    if a <= k and k + len(phrase) <= b:
                        found = (a, b)
                        break
                if found:
                    break
                pos = k + 1
            if not found:
                where = "crosses a sentence boundary" if text.find(phrase, bs, be) >= 0 else "not in body"
                errors.append(f"{tag}: evidence {where} in {fname}: {phrase!r}")
                continue
            sent = text[found[0]:found[1]]
            stime = t or ""
            if d in WIRE and t:
                year = t[:4] if len(t) >= 4 else t
                if year not in sent:
                    stime = ""
                    if all(x in WIRE for x in r["ev"]):
                        errors.append(f"{tag}: wire-only row has a time its sentence does not write")
            docs_out.append(fname)
            notes.append(f"{d}: '{phrase}'")
            statements.append({
                "subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": types[r["o"]], "modality": r["mod"],
                "time": stime, "role": r["role"], "confidence": 1.0,
                "source": f"corpus/{fname}", "title": title, "published": published,
                "sentence": sent, "start": found[0], "end": found[1], "rule": "gold"})
        out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": docs_out, "modality": r["mod"]}
        if t:
            out["time"] = t
        out["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                out[k] = r[k]
        out["note"] = "; ".join(notes) + (f" -- {r['extra']}" if r["extra"] else "")
        out_rows.append(out)
    for e in E:
        if e["name"] not in used:
            errors.append(f"entity {e['name']} is used by no row")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in E:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in out_rows)
    print(f"ok: {len(out_rows)} rows ({req} required), {len(E)} entities, "
          f"{len({r['p'] for r in out_rows})} predicates, {len(statements)} statements")


if __name__ == "__main__":
    main()
