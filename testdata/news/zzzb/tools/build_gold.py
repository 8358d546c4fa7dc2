"""Build the gold of the zzzb set from the data below, check it, write it.

    python3 -B tools/build_gold.py           # check, then write the three jsonl files
    python3 -B tools/build_gold.py --stats   # the same, then print counts
    python3 -B tools/build_gold.py --check   # check only, write nothing
    python3 -B tools/build_gold.py --bare-docs --out DIR
        # docs as bare file names (the seeds' style) into DIR: the scorer
        # compares gold docs verbatim with the basename of a statement's
        # source, so --per-doc and provenance need bare names

Every row carries, per cited document, the exact words that state it
(`ev`). The checks: entity types, predicates and modalities are those of
SCHEMA.md; subject and object types fit the predicate's direction in
SCHEMA.md (with the exceptions listed in TYPE_EXCEPTIONS); static rows
(borders, capital_of, located_in, member_of, based_in) and negated rows carry
no time; times are ISO prefixes; every quote occurs in the cited document's
cleaned text; a name or alias of the subject and of the object occurs in every
cited document, and of each alt entity in at least one; every alias occurs in
some document; no alias belongs to two entities; no two rows make the same
scored unit (subject, predicate, object, polarity; symmetric predicates
unordered).

Outputs: entities.jsonl, triples.jsonl (format of shared/eval/README.md, docs
as corpus/<file>) and selfcheck_statements.jsonl (one statement per row and
cited document, in the `kg export --format jsonl` shape of DESIGN.md).
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = None
# predicate: (subject types, object types); ANY = unconstrained
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
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "member_of", "based_in"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
# Self-declared states are typed Country (they have presidents, are
# recognised by some states); seceded_from is Region -> Country in SCHEMA.md.
TYPE_EXCEPTIONS = {("seceded_from", "Somaliland"), ("seceded_from", "Abkhazia"),
                   ("seceded_from", "South Ossetia")}

DOCS = {
    "01": "01_berbera_terminal.txt",
    "02": "02_djibouti_fees.txt",
    "03": "03_anaklia_port.txt",
    "04": "04_assab_analysis.txt",
    "05": "05_nakhchivan_feature.txt",
    "06": "06_abkhazia_analysis.txt",
    "07": "07_turkey_horn.html",
    "08": "08_margara_border.html",
}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # cluster A: Gulf of Aden and Red Sea
    ("Abiy Ahmed", P, ["Abiy", "Ethiopian Prime Minister Abiy Ahmed"]),
    ("Abdirahman Mohamed Abdullahi", P, ["Irro"]),
    ("Muse Bihi Abdi", P, []),
    ("Abdirahman Dahir Adan", P, []),
    ("Hassan Sheikh Mohamud", P, ["Somali President Hassan Sheikh Mohamud"]),
    ("Hakan Fidan", P, ["Fidan", "Foreign Minister Hakan Fidan", "Turkish Foreign Minister Hakan Fidan"]),
    ("Gedion Timothewos", P, ["Gedion", "Ethiopian Foreign Minister Gedion Timothewos"]),
    ("Sultan Ahmed bin Sulayem", P, []),
    ("Hodan Warsame", P, []),
    ("Ismail Omar Guelleh", P, ["Guelleh", "President Ismail Omar Guelleh"]),
    ("Aboubaker Omar Hadi", P, []),
    ("Mahmoud Ali Youssouf", P, []),
    ("Yemane Gebremeskel", P, []),
    ("Isaias Afwerki", P, ["Isaias"]),
    ("Mehari Tesfay", P, []),
    ("Recep Tayyip Erdogan", P, ["Erdogan", "President Recep Tayyip Erdogan"]),
    ("Ethiopia", C, []),
    ("Somaliland", C, []),
    ("Somalia", C, []),
    ("Eritrea", C, []),
    ("Djibouti", C, []),
    ("Turkey", C, []),
    ("United Arab Emirates", C, ["UAE"]),
    ("Egypt", C, []),
    ("Saudi Arabia", C, []),
    ("Yemen", C, []),
    ("Israel", C, []),
    ("DP World", O, []),
    ("African Union", O, []),
    ("African Union Commission", O, []),
    ("Djibouti Ports and Free Zones Authority", O, []),
    ("Intergovernmental Authority on Development", O, ["IGAD"]),
    ("Houthi movement", O, ["Houthis"]),
    ("United Nations Security Council", O, ["UN Security Council"]),
    ("al-Shabaab", O, []),
    ("Tigray People's Liberation Front", O, []),
    ("Berbera", CI, []),
    ("Addis Ababa", CI, []),
    ("Hargeisa", CI, []),
    ("Mogadishu", CI, []),
    ("Dubai", CI, []),
    ("Djibouti City", CI, []),
    ("Asmara", CI, []),
    ("Assab", CI, []),
    ("London", CI, []),
    ("Ankara", CI, []),
    ("Red Sea", R, []),
    ("Tigray", R, []),
    ("Berbera Port Access Agreement", A, []),
    ("Ethiopia-Somaliland memorandum of understanding", A, ["memorandum of understanding"]),
    ("Ankara Declaration", A, []),
    ("Algiers Agreement", A, []),
    ("Joint Declaration of Peace and Friendship", A, []),
    ("Jeddah Peace Agreement", A, []),
    ("Pretoria agreement", A, []),
    ("Defence and Economic Cooperation Framework Agreement", A, []),
    ("Camp Lemonnier", F, []),
    ("People's Liberation Army Support Base", F, []),
    ("Doraleh Container Terminal", F, []),
    ("Camp TURKSOM", F, []),
    # cluster B: South Caucasus and Black Sea
    ("Irakli Kobakhidze", P, ["Kobakhidze", "Prime Minister Irakli Kobakhidze"]),
    ("Bidzina Ivanishvili", P, []),
    ("Mikheil Kavelashvili", P, ["President Mikheil Kavelashvili"]),
    ("Salome Zourabichvili", P, []),
    ("Zurab Gogua", P, []),
    ("Donald Trump", P, ["Trump", "President Donald Trump"]),
    ("Ilham Aliyev", P, ["Aliyev", "President Ilham Aliyev"]),
    ("Nikol Pashinyan", P, ["Pashinyan", "Prime Minister Nikol Pashinyan"]),
    ("Jeyhun Bayramov", P, []),
    ("Ararat Mirzoyan", P, []),
    ("Mher Grigoryan", P, []),
    ("Shahin Mustafayev", P, []),
    ("Ali Akbar Velayati", P, []),
    ("Ali Khamenei", P, ["Ayatollah Ali Khamenei"]),
    ("Elnur Mammadov", P, ["Mammadov"]),
    ("Badra Gunba", P, ["Gunba"]),
    ("Vladimir Putin", P, ["President Vladimir Putin"]),
    ("Maka Botchorishvili", P, ["Foreign Minister Maka Botchorishvili"]),
    ("Zhiuli Shartava", P, []),
    ("Aslan Bzhania", P, ["Bzhania"]),
    ("Alan Gagloev", P, []),
    ("Levan Kiknadze", P, []),
    ("Serdar Kilic", P, []),
    ("Ruben Rubinyan", P, []),
    ("Ahmet Davutoglu", P, []),
    ("Eduard Nalbandian", P, []),
    ("Anahit Petrosyan", P, []),
    ("Georgia", C, []),
    ("Russia", C, ["Kremlin"]),
    ("Armenia", C, []),
    ("Azerbaijan", C, []),
    ("Iran", C, []),
    ("United States", C, ["U.S."]),
    ("China", C, ["Beijing"]),
    ("Abkhazia", C, []),
    ("South Ossetia", C, []),
    ("Switzerland", C, []),
    ("China Communications Construction Company", O, []),
    ("Anaklia Development Consortium", O, []),
    ("Conti International", O, []),
    ("Georgian Dream", O, []),
    ("European Union", O, ["EU"]),
    ("NATO", O, []),
    ("Black Sea Fleet", O, ["Russia's Black Sea Fleet"]),
    ("Abkhaz forces", O, []),
    ("Union State", O, ["Union State of Russia and Belarus"]),
    ("Collective Security Treaty Organization", O, []),
    ("U.S. Department of Commerce", O, []),
    ("Tbilisi", CI, []),
    ("Anaklia", CI, []),
    ("Ochamchire", CI, []),
    ("Nakhchivan City", CI, []),
    ("Igdir", CI, []),
    ("Baku", CI, []),
    ("Sukhumi", CI, []),
    ("Moscow", CI, []),
    ("Gudauta", CI, []),
    ("Tskhinvali", CI, []),
    ("Yerevan", CI, []),
    ("Gyumri", CI, []),
    ("Kars", CI, []),
    ("Margara", CI, []),
    ("Istanbul", CI, []),
    ("Washington", CI, []),
    ("Nakhchivan", R, []),
    ("Nagorno-Karabakh", R, ["Karabakh"]),
    ("Lachin corridor", R, []),
    ("Syunik", R, ["Syunik province"]),
    ("Anaklia shareholders' agreement", A, []),
    ("Washington Declaration", A, []),
    ("Armenia-Azerbaijan peace agreement", A, ["peace agreement", "peace treaty"]),
    ("November 2020 ceasefire agreement", A, ["ceasefire agreement"]),
    ("Ochamchire port agreement", A, []),
    ("Zurich Protocols", A, []),
    ("7th military base", F, []),
    ("102nd military base", F, []),
    ("Trump Route for International Peace and Prosperity", F, []),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, ev, m="asserted", t=None, req=True, alt_s=None, alt_p=None, alt_o=None,
      role=None, commodity=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, ev=ev, m=m, t=t, req=req, alt_s=alt_s or [],
                     alt_p=alt_p or [], alt_o=alt_o or [], role=role, commodity=commodity,
                     note=note))


# ---- 01 Berbera terminal (wire, 2026-03-02) and what 02, 04, 07 share with it
R("Ethiopia", "signed_agreement_with", "Somaliland", {
    "01": "Ethiopia signed a 30-year deal with Somaliland on Monday",
    "02": "Ethiopia signed a deal with Somaliland to run its own terminal",
    "04": "Ethiopia had signed a deal with Somaliland for its own terminal",
    "07": "Ethiopia\u2019s port deal with Somaliland last month"},
  t="2026-03-02", alt_s=["Abiy Ahmed"], alt_o=["Abdirahman Mohamed Abdullahi"],
  note="one unit for the 2026 terminal deal; 01 and 07 also tell of the January 2024 memorandum")
R("Ethiopia", "party_to", "Berbera Port Access Agreement", {
    "01": "put their names to the Berbera Port Access Agreement"}, t="2026-03-02")
R("Somaliland", "party_to", "Berbera Port Access Agreement", {
    "01": "put their names to the Berbera Port Access Agreement"}, t="2026-03-02")
R("Abiy Ahmed", "met_with", "Abdirahman Mohamed Abdullahi", {
    "01": "The two leaders held talks for about an hour before the signing, officials from both sides said."},
  m="reported", t="2026-03-02", alt_s=["Ethiopia"], alt_o=["Somaliland"])
R("Abiy Ahmed", "visited", "Berbera", {
    "01": "had flown in from Addis Ababa on Sunday"}, t="2026-03-01", alt_o=["Somaliland"],
  note="dateline Berbera; Sunday before Monday 2 March")
R("Abiy Ahmed", "head_of", "Ethiopia", {
    "01": "Ethiopian Prime Minister Abiy Ahmed",
    "04": "Ethiopian Prime Minister Abiy Ahmed's hunger",
    "07": "Ethiopian Prime Minister Abiy Ahmed"}, role="prime minister")
R("Abdirahman Mohamed Abdullahi", "head_of", "Somaliland", {
    "01": "Somaliland's President Abdirahman Mohamed Abdullahi"}, role="president")
R("Somaliland", "seceded_from", "Somalia", {
    "01": "since it broke away from Somalia in 1991"}, t="1991")
R("Ethiopia", "recognizes", "Somaliland", {
    "01": "we are not recognising anyone today"}, m="negated", alt_s=["Abiy Ahmed"],
  note="also 'stopping short of the diplomatic recognition Somaliland has sought'")
R("Ethiopia", "recognizes", "Somaliland", {
    "01": "Recognition \"will come, and not from Addis Ababa alone,\" he said."},
  m="planned", req=False, alt_s=["Addis Ababa"],
  note="the Somaliland minister's prediction; Addis Ababa as government (the city is a place elsewhere)")
R("Abdirahman Dahir Adan", "works_for", "Somaliland", {
    "01": "Somaliland's Foreign Minister, Abdirahman Dahir Adan"}, role="foreign minister")
R("Ethiopia", "party_to", "Ethiopia-Somaliland memorandum of understanding", {
    "01": "the memorandum of understanding that Abiy signed in Addis Ababa on Jan. 1, 2024",
    "07": "Ethiopia signed a memorandum of understanding with Somaliland in January 2024"},
  t="2024-01")
R("Somaliland", "party_to", "Ethiopia-Somaliland memorandum of understanding", {
    "01": "with Irro's predecessor, Muse Bihi Abdi",
    "07": "Ethiopia signed a memorandum of understanding with Somaliland in January 2024"},
  t="2024-01")
R("Abiy Ahmed", "met_with", "Muse Bihi Abdi", {
    "01": "the memorandum of understanding that Abiy signed in Addis Ababa on Jan. 1, 2024, with Irro's predecessor, Muse Bihi Abdi"},
  t="2024-01-01", alt_s=["Ethiopia"], alt_o=["Somaliland"], note="a signing between the leaders")
R("Muse Bihi Abdi", "head_of", "Somaliland", {
    "01": "Irro's predecessor, Muse Bihi Abdi"}, req=False, role="president (former)",
  note="inferred from 'predecessor'")
R("Hargeisa", "capital_of", "Somaliland", {"01": "Hargeisa, Somaliland's capital"})
R("Ethiopia", "in_conflict_with", "Somalia", {
    "01": "opened a year-long diplomatic rupture between Ethiopia and Somalia",
    "07": "ended a year of bitter recriminations"}, t="2024", req=False,
  note="a diplomatic rupture, not a war: fine to read as a dispute, fine to skip")
R("Somalia", "criticized", "Ethiopia", {
    "01": "accused Ethiopia of \"trampling on Somalia's sovereignty"}, t="2026-03-02",
  alt_s=["Hassan Sheikh Mohamud"])
R("Somalia", "threatened", "Ethiopia", {
    "01": "The statement threatened to expel Ethiopia's ambassador",
    "07": "despite last month\u2019s threats to expel the Ethiopian ambassador"},
  t="2026-03-02", alt_s=["Hassan Sheikh Mohamud"])
R("Hassan Sheikh Mohamud", "head_of", "Somalia", {
    "01": "Somali President Hassan Sheikh Mohamud",
    "07": "Somali President Hassan Sheikh Mohamud"}, role="president")
R("Ethiopia", "contacted", "Somalia", {
    "01": "Ethiopian officials did not consult Somalia before the signing, a Somali cabinet minister said"},
  m="negated")
R("Turkey", "brokered", "Ankara Declaration", {
    "01": "Turkey, which brokered the Ankara Declaration between the two neighbours in December 2024",
    "07": "The declaration, which Turkey brokered"}, t="2024-12",
  alt_s=["Recep Tayyip Erdogan"])
R("Ethiopia", "party_to", "Ankara Declaration", {
    "01": "the Ankara Declaration between the two neighbours in December 2024",
    "07": "Under it, Ethiopia and Somalia agreed"}, t="2024-12")
R("Somalia", "party_to", "Ankara Declaration", {
    "01": "the Ankara Declaration between the two neighbours in December 2024",
    "07": "Under it, Ethiopia and Somalia agreed"}, t="2024-12")
R("Ethiopia", "signed_agreement_with", "Somalia", {
    "01": "the Ankara Declaration between the two neighbours in December 2024",
    "07": "Under it, Ethiopia and Somalia agreed"}, t="2024-12")
R("Hakan Fidan", "contacted", "Gedion Timothewos", {
    "01": "Foreign Minister Hakan Fidan telephoned his Ethiopian counterpart, Gedion Timothewos, late on Monday, according to a Turkish diplomatic source"},
  m="reported", t="2026-03-02", alt_s=["Turkey"], alt_o=["Ethiopia"])
R("Hakan Fidan", "works_for", "Turkey", {
    "01": "Foreign Minister Hakan Fidan",
    "07": "Turkish Foreign Minister Hakan Fidan"}, role="foreign minister")
R("Gedion Timothewos", "works_for", "Ethiopia", {
    "01": "his Ethiopian counterpart, Gedion Timothewos",
    "02": "Ethiopian Foreign Minister Gedion Timothewos",
    "07": "Ethiopian Prime Minister Abiy Ahmed and Foreign Minister Gedion Timothewos"},
  role="foreign minister")
R("United Arab Emirates", "allied_with", "Ethiopia", {
    "01": "The United Arab Emirates, a close ally of Abiy's government"}, alt_o=["Abiy Ahmed"])
R("United Arab Emirates", "supported", "Ethiopia", {
    "07": "The United Arab Emirates, Abiy\u2019s most generous backer"}, alt_o=["Abiy Ahmed"])
R("DP World", "based_in", "Dubai", {
    "01": "DP World, the Dubai-based operator",
    "02": "DP World, the Dubai company"})
R("Sultan Ahmed bin Sulayem", "head_of", "DP World", {
    "01": "DP World's chairman, Sultan Ahmed bin Sulayem"}, role="chairman")
R("Somaliland", "member_of", "African Union", {
    "01": "is not a member of the African Union"}, m="negated")
R("Hodan Warsame", "lives_in", "Berbera", {
    "01": "a trader who has lived in Berbera all her life"})
R("Berbera", "located_in", "Somaliland", {
    "01": "at Berbera, the breakaway territory's main port"})
R("Eritrea", "gained_independence_from", "Ethiopia", {
    "01": "Ethiopia lost its coastline when Eritrea gained independence in 1993",
    "04": "Eritrea won its independence from Ethiopia in 1993"}, t="1993")
R("Ethiopia", "borders", "Djibouti", {
    "01": "through neighbouring Djibouti",
    "02": "from Ethiopia, its giant neighbour to the west"})

# ---- 02 Djibouti fees (wire, 2026-03-10)
R("Ismail Omar Guelleh", "met_with", "Gedion Timothewos", {
    "02": "talks on Monday between President Ismail Omar Guelleh and Ethiopian Foreign Minister Gedion Timothewos"},
  t="2026-03-09", alt_s=["Djibouti"], alt_o=["Ethiopia"])
R("Gedion Timothewos", "visited", "Djibouti City", {
    "02": "who flew to Djibouti City, the capital, for a one-day visit"}, t="2026-03-09",
  alt_o=["Djibouti"])
R("Djibouti City", "capital_of", "Djibouti", {"02": "Djibouti City, the capital"})
R("Ismail Omar Guelleh", "head_of", "Djibouti", {
    "02": "Guelleh, who has ruled since 1999"}, t="1999", role="president",
  note="also 'President Ismail Omar Guelleh'")
R("Aboubaker Omar Hadi", "head_of", "Djibouti Ports and Free Zones Authority", {
    "02": "Aboubaker Omar Hadi, chairman of the Djibouti Ports and Free Zones Authority"},
  role="chairman")
R("Djibouti", "imports_from", "Ethiopia", {
    "02": "Djibouti imports most of its electricity, and a growing share of its drinking water, from Ethiopia"},
  commodity="electricity, drinking water")
R("Camp Lemonnier", "based_in", "Djibouti", {
    "02": "Djibouti hosts Camp Lemonnier"}, alt_p=["located_in"])
R("People's Liberation Army Support Base", "based_in", "Djibouti", {
    "02": "Djibouti hosts Camp Lemonnier, the only permanent United States military base in Africa, and the People's Liberation Army Support Base"},
  alt_p=["located_in"])
R("Djibouti", "took_control_of", "Doraleh Container Terminal", {
    "02": "In February 2018 it seized the Doraleh Container Terminal from DP World"}, t="2018-02")
R("Djibouti", "in_conflict_with", "DP World", {
    "02": "The dispute has never been settled"},
  note="'quarrels with port operators'; the dispute is unsettled, so it holds")
R("Djibouti", "criticized", "Houthi movement", {
    "02": "Djiboutian officials privately blame the Houthi movement in Yemen, not Berbera"},
  m="reported")
R("Houthi movement", "based_in", "Yemen", {"02": "the Houthi movement in Yemen"})
R("Houthi movement", "attacked", "Israel", {
    "02": "Since late 2023 the Houthis have attacked merchant ships in the Red Sea and the Gulf of Aden and fired missiles at Israel"},
  t="2023")
R("Djibouti", "recognizes", "Somaliland", {"02": "It has not recognised Somaliland"}, m="negated")
R("Djibouti", "borders", "Somaliland", {
    "02": "Somaliland, with which it shares its southern border"})
R("Djibouti", "trades_with", "Somaliland", {
    "02": "it has kept trade and flights open across the frontier"})
R("Djibouti", "borders", "Eritrea", {
    "02": "To the north it borders Eritrea",
    "04": "not far from the border with Djibouti"},
  note="04: Assab is an Eritrean port near the border with Djibouti")
R("Djibouti", "in_conflict_with", "Eritrea", {
    "02": "with which it fought a brief border war in 2008"}, t="2008")
R("Djibouti", "member_of", "Intergovernmental Authority on Development", {
    "02": "Both Djibouti and Ethiopia are members of the Intergovernmental Authority on Development"})
R("Ethiopia", "member_of", "Intergovernmental Authority on Development", {
    "02": "Both Djibouti and Ethiopia are members of the Intergovernmental Authority on Development"})
R("Intergovernmental Authority on Development", "based_in", "Djibouti City", {
    "02": "the regional bloc headquartered in Djibouti City"}, alt_o=["Djibouti"])
R("Mahmoud Ali Youssouf", "head_of", "African Union Commission", {
    "02": "who has chaired the African Union Commission in Addis Ababa since February 2025"},
  t="2025-02", role="chairperson")
R("Mahmoud Ali Youssouf", "citizen_of", "Djibouti", {
    "02": "Mahmoud Ali Youssouf, the Djiboutian diplomat"})
R("African Union Commission", "based_in", "Addis Ababa", {
    "02": "the African Union Commission in Addis Ababa"})

# ---- 04 Assab (analysis, 2026-03-14)
R("Assab", "located_in", "Eritrea", {"04": "The Eritrean port"},
  note="'Assab ... The Eritrean port'")
R("Assab", "located_in", "Red Sea", {"04": "on the Red Sea"})
R("Eritrea", "criticized", "Ethiopia", {
    "04": "Yemane Gebremeskel, accused Ethiopia of moving troops"},
  alt_s=["Yemane Gebremeskel"], alt_o=["Abiy Ahmed"],
  note="on Wednesday 11 March 2026, and in October 2023 ('Eritrea called the remarks \"excessive\"'): two dates, no time")
R("Yemane Gebremeskel", "works_for", "Eritrea", {
    "04": "Eritrea's Information Minister, Yemane Gebremeskel"}, role="information minister")
R("Eritrea", "negotiating_with", "Ethiopia", {
    "04": "Eritrea \"will never negotiate with Ethiopia over its sovereignty"},
  m="negated", alt_s=["Yemane Gebremeskel"])
R("Isaias Afwerki", "head_of", "Eritrea", {
    "04": "Isaias Afwerki, the former rebel commander, has led the country ever since"},
  t="1993", role="president")
R("Ethiopia", "in_conflict_with", "Eritrea", {
    "04": "the two neighbours went to war over the border town of Badme"},
  note="the 30-year guerrilla war and the 1998-2000 war: several dates, no time")
R("Ethiopia", "party_to", "Algiers Agreement", {
    "04": "the Algiers Agreement, which Ethiopia and Eritrea signed in December 2000"}, t="2000-12")
R("Eritrea", "party_to", "Algiers Agreement", {
    "04": "the Algiers Agreement, which Ethiopia and Eritrea signed in December 2000"}, t="2000-12")
R("Ethiopia", "signed_agreement_with", "Eritrea", {
    "04": "the Algiers Agreement, which Ethiopia and Eritrea signed in December 2000"},
  alt_s=["Abiy Ahmed"], alt_o=["Isaias Afwerki"],
  note="December 2000 and July 2018 ('signed a Joint Declaration of Peace and Friendship with him'): no time")
R("Abiy Ahmed", "visited", "Asmara", {
    "04": "He flew to Asmara, the Eritrean capital, in July 2018"}, t="2018-07", alt_o=["Eritrea"])
R("Asmara", "capital_of", "Eritrea", {"04": "Asmara, the Eritrean capital"})
R("Abiy Ahmed", "met_with", "Isaias Afwerki", {
    "04": "embraced Isaias on the airport tarmac"}, t="2018-07", alt_s=["Ethiopia"], alt_o=["Eritrea"])
R("Ethiopia", "party_to", "Joint Declaration of Peace and Friendship", {
    "04": "signed a Joint Declaration of Peace and Friendship with him"}, t="2018-07",
  alt_s=["Abiy Ahmed"])
R("Eritrea", "party_to", "Joint Declaration of Peace and Friendship", {
    "04": "signed a Joint Declaration of Peace and Friendship with him"}, t="2018-07",
  alt_s=["Isaias Afwerki"])
R("Ethiopia", "normalized_relations_with", "Eritrea", {
    "04": "restored flights, phone lines and embassies"}, t="2018-07")
R("Saudi Arabia", "brokered", "Jeddah Peace Agreement", {
    "04": "Saudi Arabia brokered a follow-up, the Jeddah Peace Agreement, that September"}, t="2018-09")
R("Ethiopia", "party_to", "Jeddah Peace Agreement", {
    "04": "Saudi Arabia brokered a follow-up, the Jeddah Peace Agreement"}, t="2018-09", req=False,
  note="the parties of the follow-up are inferred")
R("Eritrea", "party_to", "Jeddah Peace Agreement", {
    "04": "Saudi Arabia brokered a follow-up, the Jeddah Peace Agreement"}, t="2018-09", req=False,
  note="the parties of the follow-up are inferred")
R("United Arab Emirates", "brokered", "Joint Declaration of Peace and Friendship", {
    "04": "is widely credited with having nudged both men toward the declaration"},
  m="reported", req=False, note="'nudged toward' may or may not be read as brokering")
R("United Nations Security Council", "sanctioned", "Eritrea", {
    "04": "The UN Security Council, which had sanctioned Eritrea in 2009"}, t="2009")
R("Eritrea", "supported", "al-Shabaab", {
    "04": "for allegedly arming al-Shabaab militants in Somalia"}, m="reported")
R("Eritrea", "supported", "al-Shabaab", {
    "04": "Asmara has always denied backing the group."}, m="negated", alt_s=["Asmara"],
  note="Asmara as government (the city is a place in the same article)")
R("al-Shabaab", "based_in", "Somalia", {"04": "al-Shabaab militants in Somalia"})
R("Eritrea", "supported", "Ethiopia", {
    "04": "Eritrean troops fought alongside Ethiopia's federal army"}, t="2020")
R("Ethiopia", "in_conflict_with", "Tigray People's Liberation Front", {
    "04": "Ethiopia's federal army against the Tigray People's Liberation Front in the 2020-2022 war in Tigray"},
  t="2020")
R("Eritrea", "in_conflict_with", "Tigray People's Liberation Front", {
    "04": "Eritrean troops fought alongside Ethiopia's federal army against the Tigray People's Liberation Front"},
  t="2020")
R("Tigray", "located_in", "Ethiopia", {"04": "Tigray, Ethiopia's northernmost region"})
R("Eritrea", "party_to", "Pretoria agreement", {
    "04": "Eritrea was not a party to the Pretoria agreement"}, m="negated")
R("African Union", "brokered", "Pretoria agreement", {
    "04": "the Pretoria agreement that the African Union brokered in November 2022"}, t="2022-11")
R("Eritrea", "allied_with", "Egypt", {
    "04": "it sealed a three-way security alliance with Egypt and Somalia at a summit in Asmara"}, t="2024")
R("Eritrea", "allied_with", "Somalia", {
    "04": "it sealed a three-way security alliance with Egypt and Somalia at a summit in Asmara"}, t="2024")
R("Egypt", "allied_with", "Somalia", {
    "04": "it sealed a three-way security alliance with Egypt and Somalia at a summit in Asmara"}, t="2024")
R("Egypt", "in_conflict_with", "Ethiopia", {
    "04": "Egypt, locked in a long-running dispute with Ethiopia"})
R("Egypt", "supported", "Somalia", {"04": "has since shipped weapons to Somalia"})
R("Ethiopia", "took_control_of", "Assab", {
    "04": "Ethiopia has no intention of seizing Assab by force"}, m="negated", alt_s=["Abiy Ahmed"])
R("Ethiopia", "negotiating_with", "Eritrea", {
    "04": "he wants to negotiate with Eritrea"}, m="planned", alt_s=["Abiy Ahmed"])
R("Ethiopia", "in_conflict_with", "Eritrea", {
    "04": "a new war between the two countries is possible but not imminent"}, m="hedged")
R("Mehari Tesfay", "lives_in", "London", {"04": "an Eritrean researcher who lives in London"})
R("Mehari Tesfay", "citizen_of", "Eritrea", {"04": "Mehari Tesfay, an Eritrean researcher"})

# ---- 07 Turkey in the Horn (html, 2026-04-08)
R("Hakan Fidan", "visited", "Addis Ababa", {
    "07": "Turkish Foreign Minister Hakan Fidan spent Monday in Addis Ababa"}, t="2026-04-06",
  alt_o=["Ethiopia"])
R("Hakan Fidan", "met_with", "Abiy Ahmed", {
    "07": "where he met Ethiopian Prime Minister Abiy Ahmed"}, t="2026-04-06",
  alt_s=["Turkey"], alt_o=["Ethiopia"])
R("Hakan Fidan", "met_with", "Gedion Timothewos", {
    "07": "where he met Ethiopian Prime Minister Abiy Ahmed and Foreign Minister Gedion Timothewos"},
  t="2026-04-06", alt_s=["Turkey"], alt_o=["Ethiopia"])
R("Turkey", "recognizes", "Somaliland", {
    "07": "Turkey \u201cdoes not and will not recognise Somaliland\u201d"}, m="negated",
  alt_s=["Hakan Fidan"])
R("Hakan Fidan", "visited", "Mogadishu", {
    "07": "He is due to travel to Mogadishu next week"}, m="planned", t="2026-04",
  alt_o=["Somalia"])
R("Hakan Fidan", "visited", "Hargeisa", {
    "07": "has no plans to visit Hargeisa, a Turkish official said"}, m="negated",
  alt_o=["Somaliland"])
R("Recep Tayyip Erdogan", "head_of", "Turkey", {
    "05": "President Recep Tayyip Erdogan visited the exclave",
    "07": "President Recep Tayyip Erdogan unveiled in Ankara",
    "08": "President Recep Tayyip Erdogan on Thursday"}, role="president")
R("Recep Tayyip Erdogan", "met_with", "Abiy Ahmed", {
    "07": "after hosting Abiy and Somali President Hassan Sheikh Mohamud for separate and then joint talks"},
  t="2024-12", alt_s=["Turkey"], alt_o=["Ethiopia"])
R("Recep Tayyip Erdogan", "met_with", "Hassan Sheikh Mohamud", {
    "07": "after hosting Abiy and Somali President Hassan Sheikh Mohamud for separate and then joint talks"},
  t="2024-12", alt_s=["Turkey"], alt_o=["Somalia"])
R("Abiy Ahmed", "met_with", "Hassan Sheikh Mohamud", {
    "07": "after hosting Abiy and Somali President Hassan Sheikh Mohamud for separate and then joint talks"},
  t="2024-12", alt_s=["Ethiopia"], alt_o=["Somalia"])
R("Abiy Ahmed", "visited", "Ankara", {
    "07": "unveiled in Ankara in December 2024 after hosting Abiy"}, t="2024-12", alt_o=["Turkey"])
R("Hassan Sheikh Mohamud", "visited", "Ankara", {
    "07": "unveiled in Ankara in December 2024 after hosting Abiy and Somali President Hassan Sheikh Mohamud"},
  t="2024-12", alt_o=["Turkey"])
R("Recep Tayyip Erdogan", "visited", "Mogadishu", {
    "07": "Erdogan visited Mogadishu in August 2011"}, t="2011-08", alt_o=["Somalia"])
R("Camp TURKSOM", "based_in", "Mogadishu", {
    "07": "Camp TURKSOM, its largest overseas military training facility, in the Somali capital, Mogadishu"},
  alt_p=["located_in"], alt_o=["Somalia"])
R("Mogadishu", "capital_of", "Somalia", {"07": "the Somali capital, Mogadishu"})
R("Turkey", "supported", "Somalia", {
    "07": "Since 2017 Turkey has run Camp TURKSOM"}, t="2017",
  note="'its instructors have trained thousands of soldiers to fight al-Shabaab'")
R("Turkey", "signed_agreement_with", "Somalia", {
    "07": "In February 2024 the two countries signed a Defence and Economic Cooperation Framework Agreement"},
  t="2024-02")
R("Turkey", "party_to", "Defence and Economic Cooperation Framework Agreement", {
    "07": "In February 2024 the two countries signed a Defence and Economic Cooperation Framework Agreement"},
  t="2024-02")
R("Somalia", "party_to", "Defence and Economic Cooperation Framework Agreement", {
    "07": "In February 2024 the two countries signed a Defence and Economic Cooperation Framework Agreement"},
  t="2024-02")
R("Turkey", "attacked", "al-Shabaab", {
    "07": "Turkish drones have also struck al-Shabaab positions in central Somalia, according to Somali security officials"},
  m="reported")
R("Turkey", "trades_with", "Ethiopia", {
    "07": "Turkey trades more with Ethiopia than with any other country in the Horn"})
R("Ethiopia", "imports_from", "Turkey", {
    "07": "Ethiopia also bought Turkish-made Bayraktar TB2 drones in 2021, at the height of the war in Tigray, according to several independent arms researchers"},
  m="reported", t="2021", commodity="Bayraktar TB2 drones", alt_p=["trades_with"])
R("DP World", "based_in", "United Arab Emirates", {"07": "the home of DP World"})
R("Turkey", "normalized_relations_with", "United Arab Emirates", {
    "07": "before patching up relations in 2021"}, t="2021")
R("Ethiopia", "negotiating_with", "Somalia", {
    "07": "Ankara could host a new round of talks between Ethiopia and Somalia as early as May"},
  m="hedged", t="2026-05")
R("Ethiopia", "diplomatic_relations_with", "Somalia", {
    "07": "Somalia has not cut its ties with Ethiopia"},
  note="double negation: the ties hold")

# ---- 03 Anaklia (wire, 2026-01-27)
R("Georgia", "signed_agreement_with", "China Communications Construction Company", {
    "03": "Georgia signed an agreement on Tuesday with a Chinese-led consortium"},
  t="2026-01-27", alt_o=["China"],
  note="the consortium is led by China Communications Construction Company")
R("Georgia", "party_to", "Anaklia shareholders' agreement", {
    "03": "Under the Anaklia shareholders' agreement, the Georgian state will keep a 51 percent stake"},
  t="2026-01-27")
R("China Communications Construction Company", "party_to", "Anaklia shareholders' agreement", {
    "03": "Under the Anaklia shareholders' agreement, the Georgian state will keep a 51 percent stake and the consortium 49 percent"},
  t="2026-01-27")
R("Irakli Kobakhidze", "head_of", "Georgia", {
    "03": "Prime Minister Irakli Kobakhidze attended the signing",
    "06": "The government of Prime Minister Irakli Kobakhidze"}, role="prime minister")
R("Anaklia", "located_in", "Georgia", {
    "03": "a deep-sea port at Anaklia on its western coast",
    "06": "Georgia's own new port at Anaklia"})
R("Georgia", "signed_agreement_with", "Anaklia Development Consortium", {
    "03": "Georgia signed the original contract in 2016 with the Anaklia Development Consortium"},
  t="2016")
R("Conti International", "based_in", "United States", {"03": "U.S.-based Conti International"})
R("Conti International", "member_of", "Anaklia Development Consortium", {
    "03": "the Anaklia Development Consortium, a venture that included U.S.-based Conti International"})
R("Anaklia Development Consortium", "criticized", "Georgia", {
    "03": "The consortium accused the government of sabotage"})
R("Georgia", "signed_agreement_with", "China", {
    "03": "Georgia, which signed a free trade agreement with China in 2017"}, t="2017")
R("Georgia", "allied_with", "China", {
    "03": "declared a strategic partnership with Beijing in 2023"}, t="2023",
  note="Beijing as government: never a place in the set")
R("United States", "allied_with", "Georgia", {
    "03": "no longer treats Georgia as a strategic partner"}, m="negated")
R("United States", "sanctioned", "Bidzina Ivanishvili", {
    "03": "imposed sanctions on Bidzina Ivanishvili"}, t="2024-12", alt_s=["Washington"],
  note="'Washington ... a month later' after November 2024; Washington is a place in 08")
R("Bidzina Ivanishvili", "head_of", "Georgian Dream", {
    "03": "the billionaire founder and honorary chairman of the ruling Georgian Dream party"},
  alt_p=["member_of"], role="founder, honorary chairman")
R("European Union", "criticized", "Georgia", {
    "03": "the European Union's delegation in Tbilisi criticised the lack of an open tender"},
  t="2026-01-27", req=False, note="the object (the government's tender) is implied")
R("Georgia", "candidate_for", "European Union", {
    "03": "Georgia was granted candidate status by the EU in December 2023"}, t="2023-12")
R("Georgia", "negotiating_with", "European Union", {
    "03": "his government would not open accession talks with the bloc before the end of 2028"},
  m="negated", alt_s=["Irakli Kobakhidze"])
R("Georgia", "member_of", "NATO", {"03": "Nor is Georgia a member of NATO"}, m="negated")
R("Mikheil Kavelashvili", "head_of", "Georgia", {
    "03": "President Mikheil Kavelashvili, who took office in December 2024"}, t="2024-12",
  role="president")
R("Salome Zourabichvili", "criticized", "Anaklia shareholders' agreement", {
    "03": "Salome Zourabichvili, who still considers herself the country's legitimate president, condemned the Anaklia shareholders' agreement"},
  t="2026-01-27", alt_o=["Georgian Dream", "Georgia", "China"])
R("Russia", "recognizes", "Abkhazia", {
    "03": "a breakaway region that Russia has recognised as independent since 2008",
    "06": "Moscow recognised both Abkhazia and South Ossetia as independent states"},
  t="2008", alt_s=["Moscow"])
R("Black Sea Fleet", "based_in", "Ochamchire", {
    "03": "Russia's Black Sea Fleet plans to station ships at Ochamchire",
    "06": "lets Russia's Black Sea Fleet keep warships there for 49 years"},
  m="planned", alt_s=["Russia"])
R("Ochamchire", "located_in", "Abkhazia", {"03": "Ochamchire, a small port in Abkhazia"})
R("Georgia", "in_conflict_with", "Russia", {
    "03": "Georgia fought a five-day war with Russia in August 2008",
    "06": "Russian troops attacked Georgia in a five-day war"}, t="2008-08")
R("Zurab Gogua", "lives_in", "Anaklia", {"03": "a fisherman who lives in Anaklia"})

# ---- 06 Abkhazia (analysis, 2026-03-05)
R("Badra Gunba", "visited", "Moscow", {
    "06": "When Badra Gunba flew to Moscow last month for his first state visit"}, t="2026-02",
  alt_o=["Russia"])
R("Badra Gunba", "head_of", "Abkhazia", {
    "06": "won the presidency in March 2025"}, t="2025-03", role="president",
  note="also 'his first state visit as Abkhazia's president'")
R("Badra Gunba", "met_with", "Vladimir Putin", {
    "06": "after Gunba's talks with President Vladimir Putin"}, t="2026-02",
  alt_s=["Abkhazia"], alt_o=["Russia"])
R("Vladimir Putin", "head_of", "Russia", {"06": "President Vladimir Putin"}, role="president")
R("Abkhazia", "signed_agreement_with", "Russia", {
    "06": "The Ochamchire port agreement, concluded between Abkhazia and Russia on Feb. 19"},
  t="2026-02-19", alt_s=["Badra Gunba"], alt_o=["Vladimir Putin"])
R("Abkhazia", "party_to", "Ochamchire port agreement", {
    "06": "The Ochamchire port agreement, concluded between Abkhazia and Russia on Feb. 19"},
  t="2026-02-19")
R("Russia", "party_to", "Ochamchire port agreement", {
    "06": "The Ochamchire port agreement, concluded between Abkhazia and Russia on Feb. 19"},
  t="2026-02-19")
R("Maka Botchorishvili", "criticized", "Ochamchire port agreement", {
    "06": "Foreign Minister Maka Botchorishvili called the agreement \"a gross violation of Georgia's sovereignty\""},
  alt_s=["Georgia"], alt_o=["Russia", "Abkhazia"], note="the day is not given")
R("Maka Botchorishvili", "works_for", "Georgia", {
    "06": "Foreign Minister Maka Botchorishvili"}, role="foreign minister")
R("Russia", "contacted", "Georgia", {
    "06": "Russian officials did not inform Tbilisi in advance, she said."}, m="negated",
  alt_o=["Tbilisi"], note="Tbilisi as government (the city is a place in the same article)")
R("Georgia", "diplomatic_relations_with", "Russia", {
    "06": "Georgia broke off diplomatic relations with Russia in August 2008 and has not restored them"},
  m="negated")
R("Abkhazia", "borders", "Russia", {"06": "the Russian border at the Psou"})
R("Abkhazia", "seceded_from", "Georgia", {
    "06": "broke away from Georgia in a war in 1992-93"}, t="1992")
R("Abkhaz forces", "took_control_of", "Sukhumi", {
    "06": "captured Sukhumi in September 1993"}, t="1993-09")
R("Abkhaz forces", "killed", "Zhiuli Shartava", {
    "06": "killed Zhiuli Shartava, the head of the pro-Georgian regional government"}, t="1993-09")
R("Russia", "attacked", "Georgia", {
    "06": "Russian troops attacked Georgia in a five-day war"}, t="2008-08")
R("Russia", "recognizes", "South Ossetia", {
    "06": "Moscow recognised both Abkhazia and South Ossetia as independent states"}, t="2008",
  alt_s=["Moscow"])
R("7th military base", "based_in", "Gudauta", {
    "06": "Russia keeps its 7th military base at Gudauta"}, alt_p=["located_in"])
R("Russia", "supported", "Abkhazia", {"06": "funds roughly half of Abkhazia's budget"})
R("Abkhazia", "imports_from", "Russia", {
    "06": "The region imports almost all of its fuel from Russia"}, commodity="fuel, electricity")
R("Sukhumi", "capital_of", "Abkhazia", {"06": "Sukhumi, the Abkhaz capital"})
R("Aslan Bzhania", "head_of", "Abkhazia", {
    "06": "Gunba's predecessor, Aslan Bzhania, resigned in November that year"}, req=False,
  role="president (former)", note="inferred from 'predecessor'; he resigned in November 2024")
R("Badra Gunba", "works_for", "Aslan Bzhania", {
    "06": "who had served as Bzhania's vice-president"}, alt_o=["Abkhazia"], role="vice-president")
R("Abkhazia", "candidate_for", "Union State", {
    "06": "Abkhaz officials say Gunba has not ruled out joining the Union State of Russia and Belarus"},
  m="hedged", alt_s=["Badra Gunba"], note="double negation: a possibility, not a fact")
R("South Ossetia", "seceded_from", "Georgia", {
    "06": "South Ossetia, which also broke away from Georgia in the early 1990s"}, t="199")
R("Tskhinvali", "capital_of", "South Ossetia", {"06": "Its capital, Tskhinvali"})
R("Alan Gagloev", "head_of", "South Ossetia", {"06": "its leader, Alan Gagloev"}, role="leader")
R("Russia", "threatened", "Anaklia", {
    "06": "Russia could use a naval presence at Ochamchire to threaten Georgia's own new port at Anaklia"},
  m="hedged", alt_o=["Georgia"])
R("Levan Kiknadze", "citizen_of", "Georgia", {"06": "Levan Kiknadze, a Georgian naval historian"})

# ---- 05 Nakhchivan (feature, 2026-02-18)
R("Nakhchivan City", "capital_of", "Nakhchivan", {"05": "Nakhchivan City, the exclave's capital"})
R("Elnur Mammadov", "lives_in", "Nakhchivan City", {
    "05": "a 44-year-old taxi driver who lives in Nakhchivan City"})
R("Armenia", "in_conflict_with", "Azerbaijan", {
    "05": "the war between Armenia and Azerbaijan over Nagorno-Karabakh",
    "08": "Azerbaijan, its closest ally, which was then at war with Armenia over Nagorno-Karabakh"},
  note="early 1990s, 2020 ('an earlier 44-day war'): no time")
R("Nakhchivan", "located_in", "Azerbaijan", {"05": "Nakhchivan, an exclave of Azerbaijan"})
R("Nakhchivan", "borders", "Armenia", {
    "05": "Nakhchivan, an exclave of Azerbaijan wedged between Armenia, Iran and a sliver of border with Turkey"})
R("Nakhchivan", "borders", "Iran", {
    "05": "Iran, which borders both Armenia and Nakhchivan"})
R("Nakhchivan", "borders", "Turkey", {"05": "a sliver of border with Turkey"})
R("Iran", "borders", "Armenia", {"05": "Iran, which borders both Armenia and Nakhchivan"})
R("Donald Trump", "met_with", "Ilham Aliyev", {
    "05": "President Donald Trump hosted Azerbaijan's President Ilham Aliyev"}, t="2025-08-08",
  alt_s=["United States"], alt_o=["Azerbaijan"])
R("Donald Trump", "met_with", "Nikol Pashinyan", {
    "05": "President Donald Trump hosted Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan"},
  t="2025-08-08", alt_s=["United States"], alt_o=["Armenia"])
R("Ilham Aliyev", "met_with", "Nikol Pashinyan", {
    "05": "Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan, who signed a joint declaration"},
  t="2025-08-08", alt_s=["Azerbaijan"], alt_o=["Armenia"])
R("Donald Trump", "head_of", "United States", {"05": "President Donald Trump"}, role="president")
R("Ilham Aliyev", "head_of", "Azerbaijan", {"05": "Azerbaijan's President Ilham Aliyev"},
  role="president")
R("Nikol Pashinyan", "head_of", "Armenia", {
    "05": "Armenia's Prime Minister Nikol Pashinyan",
    "08": "Prime Minister Nikol Pashinyan"}, role="prime minister")
R("Armenia", "signed_agreement_with", "Azerbaijan", {
    "05": "who signed a joint declaration, since dubbed the Washington Declaration"},
  t="2025-08-08", alt_s=["Nikol Pashinyan"], alt_o=["Ilham Aliyev"])
R("Armenia", "party_to", "Washington Declaration", {
    "05": "who signed a joint declaration, since dubbed the Washington Declaration"}, t="2025-08-08")
R("Azerbaijan", "party_to", "Washington Declaration", {
    "05": "who signed a joint declaration, since dubbed the Washington Declaration"}, t="2025-08-08")
R("United States", "brokered", "Washington Declaration", {
    "05": "President Donald Trump hosted"}, t="2025-08-08", req=False, alt_s=["Donald Trump"],
  note="hosting the signing may or may not be read as brokering")
R("Syunik", "located_in", "Armenia", {"05": "Armenia's southern Syunik province"})
R("Trump Route for International Peace and Prosperity", "located_in", "Syunik", {
    "05": "a transit route across Armenia's southern Syunik province. The route, named the Trump Route for International Peace and Prosperity"},
  alt_o=["Armenia"])
R("United States", "took_control_of", "Syunik", {
    "05": "Pashinyan insists that the United States will not take control of any part of Syunik."},
  m="negated")
R("Jeyhun Bayramov", "works_for", "Azerbaijan", {"05": "Azerbaijan's Jeyhun Bayramov"},
  role="foreign minister")
R("Ararat Mirzoyan", "works_for", "Armenia", {"05": "Armenia's Ararat Mirzoyan"},
  role="foreign minister")
R("Jeyhun Bayramov", "met_with", "Ararat Mirzoyan", {
    "05": "initialled the text of a peace agreement the same day"}, t="2025-08-08", req=False,
  alt_s=["Azerbaijan"], alt_o=["Armenia"], note="a joint initialling implies a meeting")
R("Armenia", "party_to", "Armenia-Azerbaijan peace agreement", {
    "05": "It has not been signed.",
    "08": "until Armenia and Azerbaijan sign their peace treaty"}, m="negated")
R("Azerbaijan", "party_to", "Armenia-Azerbaijan peace agreement", {
    "05": "Baku says it will not sign until Armenia removes a preamble reference to Karabakh",
    "08": "until Armenia and Azerbaijan sign their peace treaty"}, m="negated", alt_s=["Baku"],
  note="05: Baku as government (the city is a place in the same article)")
R("Armenia", "signed_agreement_with", "Azerbaijan", {
    "05": "It has not been signed.",
    "08": "until Armenia and Azerbaijan sign their peace treaty"}, m="negated",
  note="the peace treaty; the signed joint declaration is a separate, positive unit")
R("Armenia", "diplomatic_relations_with", "Azerbaijan", {
    "05": "the two countries still have no diplomatic relations"}, m="negated")
R("Azerbaijan", "took_control_of", "Nagorno-Karabakh", {
    "05": "Azerbaijan retook Nagorno-Karabakh in a one-day offensive in September 2023"}, t="2023-09")
R("Azerbaijan", "blockaded", "Lachin corridor", {
    "05": "a blockade of the Lachin corridor, the only road linking the enclave to Armenia, that began in December 2022"},
  t="2022-12")
R("Russia", "brokered", "November 2020 ceasefire agreement", {
    "05": "the Russian-brokered ceasefire agreement that ended an earlier 44-day war in November 2020"},
  t="2020-11")
R("Armenia", "party_to", "November 2020 ceasefire agreement", {
    "05": "the Russian-brokered ceasefire agreement that ended an earlier 44-day war"},
  t="2020-11", req=False, note="the parties are inferred")
R("Azerbaijan", "party_to", "November 2020 ceasefire agreement", {
    "05": "the Russian-brokered ceasefire agreement that ended an earlier 44-day war"},
  t="2020-11", req=False, note="the parties are inferred")
R("Mher Grigoryan", "met_with", "Shahin Mustafayev", {
    "05": "Last week, Armenia's Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart, Shahin Mustafayev, met on the border"},
  t="2026-02", alt_s=["Armenia"], alt_o=["Azerbaijan"])
R("Mher Grigoryan", "works_for", "Armenia", {
    "05": "Armenia's Deputy Prime Minister Mher Grigoryan"}, role="deputy prime minister")
R("Shahin Mustafayev", "works_for", "Azerbaijan", {
    "05": "his Azerbaijani counterpart, Shahin Mustafayev"}, role="deputy prime minister")
R("Armenia", "negotiating_with", "Azerbaijan", {
    "05": "the latest round of talks on delimiting a frontier"}, t="2026-02",
  alt_s=["Mher Grigoryan"], alt_o=["Shahin Mustafayev"])
R("U.S. Department of Commerce", "visited", "Syunik", {
    "05": "Officials from the U.S. Department of Commerce are expected to visit Syunik in March"},
  m="hedged", t="2026-03", alt_s=["United States"])
R("Iran", "criticized", "Trump Route for International Peace and Prosperity", {
    "05": "Iran, which borders both Armenia and Nakhchivan, has been the loudest critic"},
  req=False, alt_o=["United States"], note="the object, the route, is implied")
R("Ali Akbar Velayati", "threatened", "Trump Route for International Peace and Prosperity", {
    "05": "threatened to block the route \"with or without Russia\""}, t="2025-08",
  alt_s=["Iran"], alt_o=["United States", "Donald Trump"],
  note="'In August' before February 2026; 'a graveyard for Trump's mercenaries'")
R("Ali Akbar Velayati", "works_for", "Ali Khamenei", {
    "05": "Ali Akbar Velayati, a senior adviser to Iran's Supreme Leader, Ayatollah Ali Khamenei"},
  alt_o=["Iran"], role="senior adviser")
R("Ali Khamenei", "head_of", "Iran", {
    "05": "Iran's Supreme Leader, Ayatollah Ali Khamenei"}, role="supreme leader")
R("Turkey", "allied_with", "Azerbaijan", {
    "05": "Turkey, Azerbaijan's closest ally",
    "08": "in solidarity with Azerbaijan, its closest ally"})
R("Turkey", "imports_from", "Azerbaijan", {
    "05": "Turkey, Azerbaijan's closest ally and a big buyer of its natural gas",
    "08": "Turkey, which buys much of its natural gas from Azerbaijan"},
  commodity="natural gas", alt_p=["trades_with"])
R("Recep Tayyip Erdogan", "visited", "Nakhchivan", {
    "05": "President Recep Tayyip Erdogan visited the exclave in September 2023"}, t="2023-09")
R("Recep Tayyip Erdogan", "met_with", "Ilham Aliyev", {
    "05": "when he and Aliyev laid the foundation of a gas pipeline"}, t="2023-09", req=False,
  alt_s=["Turkey"], alt_o=["Azerbaijan"], note="a joint ceremony implies a meeting")
R("Igdir", "located_in", "Turkey", {"05": "the Turkish town of Igdir"})

# ---- 08 Margara (html, 2026-04-20)
R("Armenia", "signed_agreement_with", "Turkey", {
    "08": "Armenia and Turkey agreed on Friday to open the Margara-Alican crossing"},
  note="17 April 2026 and October 2009 (the Zurich Protocols): no time")
R("Armenia", "borders", "Turkey", {"08": "on their shared border"})
R("Serdar Kilic", "met_with", "Ruben Rubinyan", {
    "08": "The envoys, Serdar Kilic of Turkey and Ruben Rubinyan, deputy speaker of Armenia's parliament, met on the bridge"},
  t="2026-04-17", alt_s=["Turkey"], alt_o=["Armenia"])
R("Serdar Kilic", "works_for", "Turkey", {"08": "Serdar Kilic of Turkey"}, role="special envoy")
R("Ruben Rubinyan", "works_for", "Armenia", {
    "08": "Ruben Rubinyan, deputy speaker of Armenia's parliament"},
  role="special envoy, deputy speaker of parliament")
R("Armenia", "negotiating_with", "Turkey", {
    "08": "they began normalisation talks in January 2022"}, t="2022-01",
  alt_s=["Ruben Rubinyan"], alt_o=["Serdar Kilic"])
R("Nikol Pashinyan", "contacted", "Recep Tayyip Erdogan", {
    "08": "Prime Minister Nikol Pashinyan had telephoned President Recep Tayyip Erdogan on Thursday to clear the final details, according to an Armenian government readout"},
  m="reported", t="2026-04-16", alt_s=["Armenia"], alt_o=["Turkey"])
R("Turkey", "blockaded", "Armenia", {
    "08": "Officials in Yerevan, the Armenian capital, have long described the closure as a blockade."},
  m="reported", t="1993", note="'Turkey sealed the frontier in 1993'")
R("Yerevan", "capital_of", "Armenia", {"08": "Yerevan, the Armenian capital"})
R("Ahmet Davutoglu", "met_with", "Eduard Nalbandian", {
    "08": "Ahmet Davutoglu of Turkey and Eduard Nalbandian of Armenia, signed the Zurich Protocols"},
  t="2009-10", alt_s=["Turkey"], alt_o=["Armenia"], note="a signing between the ministers")
R("Ahmet Davutoglu", "works_for", "Turkey", {"08": "Ahmet Davutoglu of Turkey"},
  role="foreign minister")
R("Eduard Nalbandian", "works_for", "Armenia", {"08": "Eduard Nalbandian of Armenia"},
  role="foreign minister")
R("Turkey", "party_to", "Zurich Protocols", {
    "08": "In October 2009 the two countries' foreign ministers, Ahmet Davutoglu of Turkey and Eduard Nalbandian of Armenia, signed the Zurich Protocols"},
  t="2009-10")
R("Armenia", "party_to", "Zurich Protocols", {
    "08": "In October 2009 the two countries' foreign ministers, Ahmet Davutoglu of Turkey and Eduard Nalbandian of Armenia, signed the Zurich Protocols"},
  t="2009-10")
R("Switzerland", "brokered", "Zurich Protocols", {
    "08": "which Switzerland had brokered"}, t="2009-10")
R("Armenia", "diplomatic_relations_with", "Turkey", {
    "08": "Turkey and Armenia still have no diplomatic relations"}, m="negated",
  note="also 'would have established diplomatic relations'")
R("Nikol Pashinyan", "visited", "Istanbul", {
    "08": "Pashinyan's visit to Istanbul in June 2025"}, t="2025-06", alt_o=["Turkey"])
R("Nikol Pashinyan", "met_with", "Recep Tayyip Erdogan", {
    "08": "where he held talks with Erdogan"}, t="2025-06", alt_s=["Armenia"], alt_o=["Turkey"])
R("Turkey", "normalized_relations_with", "Armenia", {
    "08": "Ankara has made clear that it will not fully normalise relations with Armenia until Armenia and Azerbaijan sign their peace treaty"},
  m="negated", alt_s=["Ankara"], note="Ankara as government (the city is a place in 07)")
R("Turkey", "normalized_relations_with", "Armenia", {
    "08": "Turkish officials say normalisation could follow quickly once it is signed."},
  m="hedged")
R("102nd military base", "based_in", "Gyumri", {
    "08": "Its 102nd military base sits in Gyumri"}, alt_p=["located_in"])
R("Gyumri", "located_in", "Armenia", {"08": "Gyumri, Armenia's second city"})
R("Turkey", "member_of", "NATO", {"08": "Turkey, a member of NATO"})
R("Armenia", "member_of", "Collective Security Treaty Organization", {
    "08": "Armenia remains a member of the Russian-led Collective Security Treaty Organization"})
R("Nikol Pashinyan", "criticized", "Collective Security Treaty Organization", {
    "08": "Pashinyan accused the bloc of failing to defend the country"}, alt_s=["Armenia"])
R("Azerbaijan", "attacked", "Armenia", {
    "08": "Azerbaijani forces attacked Armenian territory in September 2022"}, t="2022-09")
R("Armenia", "candidate_for", "European Union", {
    "08": "In March 2025 parliament passed a law launching a bid to join the European Union."},
  t="2025-03")
R("Armenia", "trades_with", "Russia", {"08": "Russia nonetheless remains Armenia's biggest trading partner"})
R("Armenia", "imports_from", "Russia", {
    "08": "Armenia imports most of its natural gas from Russia"}, commodity="natural gas")
R("Armenia", "imports_from", "Turkey", {
    "08": "Armenia imports Turkish goods worth hundreds of millions of dollars a year through Georgia"},
  commodity="goods", alt_p=["trades_with"])
R("Anahit Petrosyan", "lives_in", "Margara", {"08": "who lives in Margara"})
R("Kars", "located_in", "Turkey", {"08": "The Turkish city of Kars"})


# ---------------------------------------------------------------- checks
def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def occurs(name, text):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I) is not None


def main():
    errors = []
    texts = {k: textutil.clean(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}
    spans = {k: textutil.sentences(t) for k, t in texts.items()}
    meta = {k: textutil.meta(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}

    ent = {}
    owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: type {typ}")
        if name in ent:
            errors.append(f"entity {name}: twice")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            if norm(a) in owner and owner[norm(a)] != name:
                errors.append(f"alias {a!r} of {name} also names {owner[norm(a)]}")
            owner[norm(a)] = name
        for a in aliases:
            if not any(occurs(a, t) for t in texts.values()):
                errors.append(f"alias {a!r} of {name} occurs in no document")

    def names(e):
        return [e] + ent[e][1]

    used = set()
    units = {}
    statements = []
    triples = []
    for i, r in enumerate(ROWS, 1):
        where = f"row {i} ({r['s']} {r['p']} {r['o']})"
        if r["p"] not in PREDICATES:
            errors.append(f"{where}: predicate")
            continue
        if r["m"] not in MODALITIES:
            errors.append(f"{where}: modality {r['m']}")
        for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if e not in ent:
                errors.append(f"{where}: unknown entity {e}")
        for p in r["alt_p"]:
            if p not in PREDICATES:
                errors.append(f"{where}: alt predicate {p}")
        if any(e not in ent for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        dom, rng = PREDICATES[r["p"]]
        st, ot = ent[r["s"]][0], ent[r["o"]][0]
        if dom is not ANY and st not in dom and (r["p"], r["s"]) not in TYPE_EXCEPTIONS:
            errors.append(f"{where}: subject type {st}")
        if rng is not ANY and ot not in rng:
            errors.append(f"{where}: object type {ot}")
        if r["t"] is not None:
            if r["p"] in STATIC:
                errors.append(f"{where}: static row with a time")
            if r["m"] == "negated":
                errors.append(f"{where}: negated row with a time")
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["t"]):
                errors.append(f"{where}: time {r['t']}")
        if not r["ev"]:
            errors.append(f"{where}: no document")
        for d in r["ev"]:
            if d not in DOCS:
                errors.append(f"{where}: unknown document {d}")
        pol = POLARITY.get(r["m"])
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, pol)
        if u in units:
            errors.append(f"{where}: same unit as row {units[u]}")
        units[u] = i
        for side in ("alt_s", "alt_o"):
            for e in r[side]:
                if not any(occurs(n, texts[d]) for d in r["ev"] if d in texts for n in names(e)):
                    errors.append(f"{where}: {side} {e} named in no cited document")
        notes = []
        for d, quote in sorted(r["ev"].items()):
            if d not in texts:
                continue
            text = texts[d]
            for e in (r["s"], r["o"]):
                if not any(occurs(n, text) for n in names(e)):
                    errors.append(f"{where}: {e} not named in {DOCS[d]}")
            at = text.find(quote)
            if at < 0:
                errors.append(f"{where}: quote not in {DOCS[d]}: {quote!r}")
                continue
            if text.find(quote, at + 1) >= 0:
                pass  # a repeated quote: the first one is the evidence
            end = at + len(quote)
            cover = [(a, b) for a, b in spans[d] if a < end and b > at]
            a, b = cover[0][0], cover[-1][1]
            notes.append(f"{d}: '{quote}'")
            used.add(d)
            stmt = {
                "subject": r["s"], "subject_type": ent[r["s"]][0], "predicate": r["p"],
                "object": r["o"], "object_type": ent[r["o"]][0], "modality": r["m"],
                "time": r["t"] or "", "role": r["role"] or "", "confidence": 1.0,
                "source": "corpus/" + DOCS[d], "title": meta[d]["title"],
                "published": meta[d]["date"], "sentence": text[a:b], "start": a, "end": b,
                "rule": "gold",
            }
            if r["commodity"]:
                stmt["commodity"] = r["commodity"]
            statements.append(stmt)
        prefix = "" if "--bare-docs" in sys.argv else "corpus/"
        row = {"s": r["s"], "p": r["p"], "o": r["o"],
               "docs": [prefix + DOCS[d] for d in sorted(r["ev"])], "modality": r["m"]}
        if r["t"]:
            row["time"] = r["t"]
        row["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        row["note"] = "; ".join(notes) + (f" ({r['note']})" if r["note"] else "")
        triples.append(row)

    unused = set(DOCS) - used
    if unused:
        errors.append(f"documents with no row: {sorted(unused)}")
    for k, m in meta.items():
        if not 500 <= m["words"] <= 650:
            errors.append(f"{DOCS[k]}: {m['words']} words")
    named = {e for r in ROWS for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]}
    for e in ent:
        if e not in named:
            errors.append(f"entity {e} in no row")
    missing = set(PREDICATES) - {r["p"] for r in ROWS}
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")

    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors")

    out = ROOT
    if "--out" in sys.argv:
        out = os.path.abspath(sys.argv[sys.argv.index("--out") + 1])
        os.makedirs(out, exist_ok=True)
    if "--check" not in sys.argv:
        with open(os.path.join(out, "entities.jsonl"), "w", encoding="utf-8") as f:
            for name, typ, aliases in ENTITIES:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases},
                                   ensure_ascii=False) + "\n")
        with open(os.path.join(out, "triples.jsonl"), "w", encoding="utf-8") as f:
            for row in triples:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
            for st in statements:
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
    print(f"ok: {len(ENTITIES)} entities, {len(triples)} rows, {len(statements)} statements")

    if "--stats" in sys.argv:
        print("rows:", len(triples), "required:", sum(r["required"] for r in triples),
              "optional:", sum(not r["required"] for r in triples))
        print("modalities:", dict(sorted(Counter(r["modality"] for r in triples).items())))
        print("predicates:", dict(sorted(Counter(r["p"] for r in triples).items())))
        print("entity types:", dict(sorted(Counter(t for _, t, _ in ENTITIES).items())))
        print("rows with a time:", sum("time" in r for r in triples))
        per = Counter("corpus/" + os.path.basename(d) for r in triples for d in r["docs"])
        req = Counter("corpus/" + os.path.basename(d) for r in triples if r["required"] for d in r["docs"])
        neg = Counter("corpus/" + os.path.basename(d) for r in triples
                      if r["modality"] == "negated" for d in r["docs"])
        for d in sorted(per):
            m = meta[[k for k, f in DOCS.items() if "corpus/" + f == d][0]]
            print(f"  {d}: rows {per[d]} (required {req[d]}, negated {neg[d]}), "
                  f"{m['style']}, {m['date']}, {m['words']} words")
        print("statements:", len(statements))


if __name__ == "__main__":
    main()
