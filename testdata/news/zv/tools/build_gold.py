#!/usr/bin/env python3
"""Build the gold standard of news set zv from one table of rows.

Every row names its fact (subject, predicate, object, modality, time,
required, alternatives, note) and, for each article that states it, an
evidence phrase copied from the article body. The script checks the table
against the articles and SCHEMA.md and only then writes

    entities.jsonl, triples.jsonl, selfcheck_statements.jsonl

into the set folder (the parent of tools/). Any failed check prints the
problems and exits 1 without writing anything.

Usage: build_gold.py [--stats]
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- schema

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
P, C, O = "Person", "Country", "Organization"
ACTORS = {P, C, O}
PLACES = {"City", "Region", "Country"}
# predicate -> (allowed subject types, allowed object types), after SCHEMA.md
SIGNATURES = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, PLACES),
    "based_in": ({O, "Facility"}, PLACES),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {C, "Region"}),
    "borders": ({C, "Region"}, {C, "Region"}),
    "met_with": (ACTORS, ACTORS),
    "visited": ({P, O}, PLACES),
    "negotiating_with": (ACTORS, ACTORS),
    "contacted": (ACTORS, ACTORS),
    "brokered": ({C, P, O}, {"Agreement"}),
    "party_to": ({C, O}, {"Agreement"}),
    "signed_agreement_with": (ACTORS, ACTORS),
    "candidate_for": ({C, O}, {"Agreement", O}),
    "normalized_relations_with": (ACTORS, ACTORS),
    "diplomatic_relations_with": (ACTORS, ACTORS),
    "allied_with": (ACTORS, ACTORS),
    "recognizes": ({C}, {C}),
    "supported": (ACTORS, ACTORS | {"Region"}),
    "criticized": (ACTORS, ACTORS),
    "threatened": (ACTORS, ACTORS | {"Region", "City", "Facility"}),
    "sanctioned": (ACTORS, ACTORS),
    "in_conflict_with": (ACTORS | {"Region"}, ACTORS | {"Region"}),
    "attacked": (ACTORS, ACTORS | {"Region", "City", "Facility"}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {"Region", "City", "Facility"}),
    "blockaded": ({C, O}, {C, "Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C, O}, {C, O}),
}
TIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# ---------------------------------------------------------------- documents

C1 = "chabahar_rail_task_force.txt"
C2 = "hormuz_tanker_indian_crew.txt"
C3 = "iraq_iran_water_memorandum.txt"
C4 = "gcc_ministers_islands_statement.txt"
C5 = "oman_secures_sailors_release.txt"
C6 = "india_kuwait_domestic_workers.txt"
C7 = "adnoc_bpcl_lng_storage.html"
C8 = "iraq_kuwait_missing_remains.html"
DOCS = {  # file -> style; wire copies carry no year, so no published date
    C1: "wire", C2: "wire", C3: "wire",
    C4: "newspaper", C5: "newspaper", C6: "newspaper",
    C7: "html", C8: "html",
}

# ---------------------------------------------------------------- entities
# name, type, aliases (surface forms the articles use, plus common spellings)

ENTITIES = [
    # people
    ("S. Jaishankar", P, ["Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister S. Jaishankar", "Indian External Affairs Minister S. Jaishankar"]),
    ("Abbas Araghchi", P, ["Araghchi", "Foreign Minister Abbas Araghchi"]),
    ("Masoud Pezeshkian", P, ["Pezeshkian", "President Masoud Pezeshkian", "Iranian President Masoud Pezeshkian"]),
    ("Ali Khamenei", P, ["Khamenei", "Ayatollah Ali Khamenei", "Supreme Leader Ayatollah Ali Khamenei", "Supreme Leader Ali Khamenei"]),
    ("Farzaneh Sadegh", P, ["Sadegh", "Roads and Urban Development Minister Farzaneh Sadegh"]),
    ("Randhir Jaiswal", P, ["Jaiswal", "spokesman Randhir Jaiswal"]),
    ("Vivek Nair", P, ["Captain Vivek Nair", "Nair"]),
    ("Suresh Nair", P, []),
    ("Aoun Dhiab Abdullah", P, ["Aoun Dhiab", "Water Resources Minister Aoun Dhiab Abdullah", "Iraqi Water Resources Minister Aoun Dhiab Abdullah"]),
    ("Abbas Aliabadi", P, ["Aliabadi", "Energy Minister Abbas Aliabadi"]),
    ("Mohammed Shia al-Sudani", P, ["Sudani", "al-Sudani", "Mohammed Shia Al Sudani", "Prime Minister Mohammed Shia al-Sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani"]),
    ("Mahdi Rashid al-Hamdani", P, ["al-Hamdani", "Hamdani"]),
    ("Esmaeil Baghaei", P, ["Baghaei", "spokesman Esmaeil Baghaei", "Esmail Baghaei"]),
    ("Faisal bin Farhan", P, ["Prince Faisal bin Farhan", "Saudi Foreign Minister Prince Faisal bin Farhan", "Prince Faisal", "Faisal bin Farhan Al Saud"]),
    ("Abdullah bin Zayed Al Nahyan", P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed", "Abdullah bin Zayed"]),
    ("Mohammed bin Abdulrahman Al Thani", P, ["Sheikh Mohammed bin Abdulrahman Al Thani", "Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman bin Jassim Al Thani"]),
    ("Abdullah Ali al-Yahya", P, ["al-Yahya", "Foreign Minister Abdullah Ali al-Yahya", "Abdullah al-Yahya", "Abdullah Al-Yahya"]),
    ("Badr Albusaidi", P, ["Sayyid Badr Albusaidi", "Foreign Minister Sayyid Badr Albusaidi", "Omani Foreign Minister Sayyid Badr Albusaidi", "Albusaidi", "Badr bin Hamad Albusaidi", "Badr al-Busaidi"]),
    ("Abdullatif bin Rashid Al Zayani", P, ["Al Zayani", "Abdullatif Al Zayani"]),
    ("Jasem Mohamed Albudaiwi", P, ["Albudaiwi", "Secretary-General Jasem Mohamed Albudaiwi", "GCC Secretary-General Jasem Mohamed Albudaiwi", "Jasem Albudaiwi"]),
    ("Haitham bin Tarik", P, ["Sultan Haitham bin Tarik", "Haitham bin Tariq"]),
    ("Narendra Modi", P, ["Modi", "Prime Minister Narendra Modi"]),
    ("Kirti Vardhan Singh", P, ["Singh", "Minister of State for External Affairs Kirti Vardhan Singh"]),
    ("Fahad Yousef Saud al-Sabah", P, ["Sheikh Fahad Yousef Saud al-Sabah", "Sheikh Fahad Yousef", "Sheikh Fahad"]),
    ("Ahmad Abdullah al-Ahmad al-Sabah", P, ["Sheikh Ahmad Abdullah al-Ahmad al-Sabah", "Prime Minister Sheikh Ahmad Abdullah al-Ahmad al-Sabah", "Kuwaiti Prime Minister Sheikh Ahmad Abdullah al-Ahmad al-Sabah", "Sheikh Ahmad Abdullah"]),
    ("Meshal al-Ahmad al-Jaber al-Sabah", P, ["Sheikh Meshal al-Ahmad al-Jaber al-Sabah", "Emir Sheikh Meshal al-Ahmad al-Jaber al-Sabah", "Sheikh Meshal", "Mishal al-Ahmad al-Jaber al-Sabah"]),
    ("Indira Gandhi", P, []),
    ("Anitha Thomas", P, ["Thomas"]),
    ("Joanna Demafelis", P, ["Demafelis"]),
    ("Nader Essam Assaf", P, ["Assaf"]),
    ("Priya Raman", P, []),
    ("Hardeep Singh Puri", P, ["Puri", "Petroleum and Natural Gas Minister Hardeep Singh Puri"]),
    ("Sultan Ahmed Al Jaber", P, ["Al Jaber", "Sultan Al Jaber"]),
    ("Khaled bin Mohamed bin Zayed Al Nahyan", P, ["Sheikh Khaled bin Mohamed bin Zayed Al Nahyan", "Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan", "Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan", "Sheikh Khaled bin Mohamed", "Khaled bin Mohamed bin Zayed"]),
    ("Mohamed bin Zayed Al Nahyan", P, ["Sheikh Mohamed bin Zayed Al Nahyan", "President Sheikh Mohamed bin Zayed Al Nahyan", "UAE President Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed", "MBZ"]),
    ("Fuad Hussein", P, ["Hussein", "Foreign Minister Fuad Hussein", "Iraqi Foreign Minister Fuad Hussein"]),
    ("Rabih al-Amiri", P, ["al-Amiri"]),
    ("Anna Lindqvist", P, ["Lindqvist"]),
    ("Mohamed Al Hassan", P, ["Al Hassan"]),
    # countries
    ("India", C, ["Republic of India"]),
    ("Iran", C, ["Islamic Republic of Iran"]),
    ("Russia", C, ["Russian Federation"]),
    ("Afghanistan", C, []),
    ("Pakistan", C, []),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington"]),
    ("Oman", C, ["Sultanate of Oman", "the sultanate"]),
    ("United Arab Emirates", C, ["UAE", "U.A.E.", "the Emirates"]),
    ("Bahrain", C, []),
    ("Qatar", C, []),
    ("Saudi Arabia", C, ["Kingdom of Saudi Arabia", "the kingdom"]),
    ("Kuwait", C, ["State of Kuwait"]),
    ("Iraq", C, ["Republic of Iraq"]),
    ("Turkey", C, ["Türkiye", "Turkiye"]),
    ("Israel", C, []),
    ("China", C, ["People's Republic of China"]),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Egypt", C, []),
    ("France", C, []),
    ("Philippines", C, ["the Philippines"]),
    ("Lebanon", C, []),
    ("Yemen", C, []),
    # cities
    ("Tehran", "City", []),
    ("New Delhi", "City", ["Delhi"]),
    ("Mumbai", "City", []),
    ("Chabahar", "City", ["Chabahar port"]),
    ("Zahedan", "City", []),
    ("Sharjah", "City", []),
    ("Sohar", "City", []),
    ("Bandar Abbas", "City", []),
    ("Khor Fakkan", "City", []),
    ("Dubai", "City", []),
    ("Kochi", "City", ["Cochin"]),
    ("Baghdad", "City", []),
    ("Ankara", "City", []),
    ("Riyadh", "City", []),
    ("Muscat", "City", []),
    ("Khasab", "City", []),
    ("Kuwait City", "City", []),
    ("Abu Dhabi", "City", []),
    ("Thiruvananthapuram", "City", ["Trivandrum"]),
    ("Mangaluru", "City", ["Mangalore"]),
    ("Fujairah", "City", []),
    ("Geneva", "City", []),
    ("Samawah", "City", []),
    # regions
    ("Sistan-Baluchestan", "Region", ["Sistan-Baluchestan province", "Sistan and Baluchestan"]),
    ("Gulf of Oman", "Region", []),
    ("Strait of Hormuz", "Region", ["Hormuz"]),
    ("Kerala", "Region", []),
    ("Musandam", "Region", ["Musandam peninsula"]),
    ("Kurdistan Region", "Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq"]),
    ("Karnataka", "Region", []),
    ("Muthanna province", "Region", ["Muthanna"]),
    ("Greater Tunb", "Region", []),
    ("Lesser Tunb", "Region", []),
    ("Abu Musa", "Region", []),
    # organizations
    ("India Ports Global Limited", O, ["IPGL", "India Ports Global Ltd"]),
    ("Ports and Maritime Organization", O, ["Iran's Ports and Maritime Organization"]),
    ("Ircon International", O, ["Ircon", "IRCON"]),
    ("Islamic Revolutionary Guard Corps", O, ["IRGC", "Revolutionary Guards", "the Guards", "Revolutionary Guard Corps"]),
    ("U.S. Fifth Fleet", O, ["Fifth Fleet", "US Fifth Fleet"]),
    ("Gulfmarine Ship Management", O, ["Gulfmarine"]),
    ("OPEC", O, ["Organization of the Petroleum Exporting Countries"]),
    ("Gulf Cooperation Council", O, ["GCC", "the council", "the bloc"]),
    ("Federal Supreme Court", O, ["Iraq's Federal Supreme Court", "Iraqi Federal Supreme Court"]),
    ("Houthi movement", O, ["Houthis", "Houthi", "Ansar Allah"]),
    ("National Seafarers' Welfare Forum", O, []),
    ("Migrant Forum Kerala", O, []),
    ("ADNOC", O, ["Abu Dhabi National Oil Company"]),
    ("Bharat Petroleum Corporation Ltd", O, ["BPCL", "Bharat Petroleum", "Bharat Petroleum Corporation"]),
    ("Indian Oil Corporation", O, ["Indian Oil", "IOC", "IndianOil"]),
    ("GAIL", O, ["GAIL (India) Ltd"]),
    ("BRICS", O, ["BRICS group"]),
    ("European Union", O, ["EU", "E.U."]),
    ("International Committee of the Red Cross", O, ["ICRC", "Red Cross"]),
    ("Tripartite Commission", O, []),
    ("National Committee for Missing and Prisoners of War Affairs", O, []),
    ("UNAMI", O, ["UN Assistance Mission for Iraq", "United Nations Assistance Mission for Iraq"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("UN Compensation Commission", O, ["United Nations Compensation Commission", "UNCC"]),
    # agreements
    ("International North-South Transport Corridor", "Agreement", ["INSTC", "North-South Transport Corridor"]),
    ("Chabahar Agreement", "Agreement", ["trilateral Chabahar Agreement"]),
    ("Joint Comprehensive Plan of Action", "Agreement", ["JCPOA", "2015 nuclear deal", "Iran nuclear deal"]),
    ("UN Watercourses Convention", "Agreement", ["U.N. Watercourses Convention", "1997 U.N. Watercourses Convention", "United Nations Watercourses Convention"]),
    ("al-Ula declaration", "Agreement", ["Al-Ula Declaration", "AlUla declaration"]),
    ("Beijing Agreement", "Agreement", []),
    ("U.S.-Houthi ceasefire", "Agreement", ["US-Houthi ceasefire"]),
    ("Domestic Workers Convention", "Agreement", ["ILO Convention 189", "Domestic Workers Convention of 2011"]),
    ("India-UAE CEPA", "Agreement", ["India-UAE Comprehensive Economic Partnership Agreement", "CEPA"]),
    ("IMEC", "Agreement", ["India-Middle East-Europe Economic Corridor"]),
    # facilities
    ("Shahid Beheshti terminal", "Facility", ["Shahid Beheshti"]),
    ("Al Udeid Air Base", "Facility", ["Al Udeid"]),
    ("Padur strategic reserve", "Facility", ["Padur"]),
    ("Safwan border crossing", "Facility", ["Safwan crossing", "Safwan"]),
]

# Adjective forms that show a country is present in an article for the
# presence check only; they are not aliases (the scorer maps names).
DEMONYMS = {
    "India": ["Indian", "Indians"], "Iran": ["Iranian"], "Russia": ["Russian"],
    "Oman": ["Omani"], "Iraq": ["Iraqi"], "Kuwait": ["Kuwaiti"],
    "Lebanon": ["Lebanese"], "Philippines": ["Filipina", "Filipino"],
    "United Arab Emirates": ["Emirati"], "Saudi Arabia": ["Saudi"], "Qatar": ["Qatari"],
}

# ---------------------------------------------------------------- rows

ROWS = []


def R(s, p, o, modality, required, ev, time=None, alt_s=None, alt_p=None,
      alt_o=None, role="", note=""):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, required=required,
                     ev=ev, time=time, alt_s=alt_s or [], alt_p=alt_p or [],
                     alt_o=alt_o or [], role=role, note=note))


T, F = True, False

# --- C1 chabahar_rail_task_force (wire, Tehran) ----------------------------
R("India", "signed_agreement_with", "Iran", "asserted", T,
  {C1: "India and Iran signed a memorandum on Tuesday"},
  note="lead: memorandum on a joint task force; wire without year, so no time")
R("S. Jaishankar", "works_for", "India", "asserted", T,
  {C1: "Indian External Affairs Minister S. Jaishankar",
   C5: "Indian External Affairs Minister S. Jaishankar"},
  role="external affairs minister", note="'Indian External Affairs Minister S. Jaishankar'")
R("Abbas Araghchi", "works_for", "Iran", "asserted", F,
  {C1: "his Iranian counterpart, Abbas Araghchi",
   C5: "met his Iranian counterpart, Abbas Araghchi"},
  role="foreign minister", note="role only through 'counterpart' of the Indian/Omani minister: inference")
R("S. Jaishankar", "met_with", "Abbas Araghchi", "asserted", T,
  {C1: "said after talks in Tehran with his Iranian counterpart, Abbas Araghchi"},
  note="'talks in Tehran with'; wire, no year")
R("S. Jaishankar", "visited", "Tehran", "asserted", F,
  {C1: "after talks in Tehran"}, alt_o=["Iran"],
  note="inferred from 'talks in Tehran'; the visit sentence says 'the Iranian capital' (coreference)")
R("Tehran", "capital_of", "Iran", "asserted", F,
  {C1: "the Iranian capital"},
  note="'the Iranian capital' refers back to Tehran: needs coreference")
R("S. Jaishankar", "met_with", "Masoud Pezeshkian", "reported", T,
  {C1: "also called on Iranian President Masoud Pezeshkian"},
  note="'called on', according to India's foreign ministry")
R("Masoud Pezeshkian", "head_of", "Iran", "asserted", T,
  {C1: "Iranian President Masoud Pezeshkian", C3: "Iranian President Masoud Pezeshkian"},
  role="president", note="'Iranian President Masoud Pezeshkian'")
R("S. Jaishankar", "met_with", "Ali Khamenei", "negated", T,
  {C1: "Jaishankar did not meet Iran's Supreme Leader Ayatollah Ali Khamenei"},
  note="polarity trap beside the asserted meetings with Araghchi and Pezeshkian")
R("Ali Khamenei", "head_of", "Iran", "asserted", T,
  {C1: "Iran's Supreme Leader Ayatollah Ali Khamenei"}, role="supreme leader",
  note="'Iran's Supreme Leader'")
R("Chabahar", "located_in", "Sistan-Baluchestan", "asserted", T,
  {C1: "Chabahar, on the Gulf of Oman coast of Sistan-Baluchestan province"})
R("Chabahar", "located_in", "Gulf of Oman", "asserted", F,
  {C1: "Chabahar, on the Gulf of Oman coast"}, note="on the coast of, loose containment")
R("India Ports Global Limited", "based_in", "Mumbai", "asserted", T,
  {C1: "a Mumbai-based state company"}, note="apposition to IPGL")
R("Shahid Beheshti terminal", "located_in", "Chabahar", "asserted", T,
  {C1: "has operated Chabahar's Shahid Beheshti terminal since 2018"}, note="possessive")
R("India Ports Global Limited", "signed_agreement_with", "Ports and Maritime Organization", "asserted", T,
  {C1: "signed a 10-year contract with Iran's Ports and Maritime Organization in May 2024"},
  time="2024-05", note="explicit month and year in a wire copy")
R("Ports and Maritime Organization", "based_in", "Iran", "asserted", F,
  {C1: "Iran's Ports and Maritime Organization"}, note="possessive of an agency, loose")
for _c in ("India", "Iran", "Russia"):
    R(_c, "party_to", "International North-South Transport Corridor", "asserted", T,
      {C1: "set up under a 2000 agreement between India, Iran and Russia"}, time="2000",
      note="the INSTC was set up under the 2000 agreement among the three")
for _c in ("India", "Iran", "Afghanistan"):
    R(_c, "party_to", "Chabahar Agreement", "asserted", T,
      {C1: "the trilateral Chabahar Agreement that India, Iran and Afghanistan signed in 2016"},
      time="2016")
for _a, _b in (("India", "Russia"), ("Iran", "Russia")):
    R(_a, "signed_agreement_with", _b, "asserted", F,
      {C1: "set up under a 2000 agreement between India, Iran and Russia"}, time="2000",
      note="pair from a three-party agreement")
for _a in ("India", "Iran"):
    R(_a, "signed_agreement_with", "Afghanistan", "asserted", F,
      {C1: "the trilateral Chabahar Agreement that India, Iran and Afghanistan signed in 2016"},
      time="2016", note="pair from a three-party agreement")
R("Chabahar", "located_in", "Iran", "asserted", F,
  {C1: "Chabahar, on the Gulf of Oman coast of Sistan-Baluchestan province"},
  note="entailment: the province is Iranian")
R("Sistan-Baluchestan", "located_in", "Iran", "asserted", F,
  {C1: "Zahedan, the capital of Sistan-Baluchestan, lies close to Iran's borders"},
  note="entailment")
R("Zahedan", "located_in", "Iran", "asserted", F,
  {C1: "Zahedan, the capital of Sistan-Baluchestan, lies close to Iran's borders"},
  note="entailment: a city in its country")
R("United States", "sanctioned", "Iran", "asserted", T,
  {C1: "The United States has imposed sweeping sanctions on Iran",
   C3: "payments have been held up by U.S. sanctions on Iran"},
  note="durative ('has imposed ... since'), no time")
R("United States", "party_to", "Joint Comprehensive Plan of Action", "negated", F,
  {C1: "since it withdrew from the 2015 nuclear deal"},
  note="'withdrew from': no longer a party; fine to miss")
R("India", "supported", "Iran", "planned", T,
  {C1: "India will supply locomotives and signalling equipment"},
  note="future supply under the memorandum (Araghchi said)")
R("Abbas Araghchi", "visited", "New Delhi", "hedged", T,
  {C1: "Araghchi is expected to travel to New Delhi in April"}, alt_o=["India"],
  note="'is expected to'; wire, no year")
R("India", "contacted", "United States", "hedged", T,
  {C1: "New Delhi may ask Washington to exempt the rail project from sanctions"},
  alt_s=["New Delhi"], note="metonymy both sides; 'may ask'")
R("Farzaneh Sadegh", "works_for", "Iran", "asserted", T,
  {C1: "Iran's Roads and Urban Development Minister Farzaneh Sadegh"}, role="roads and urban development minister")
R("Ircon International", "based_in", "India", "asserted", F,
  {C1: "India's state-run Ircon International"}, note="possessive of a state company, loose")
R("Iran", "criticized", "India", "reported", T,
  {C1: "Iranian officials blamed New Delhi for delays in funding"}, time="2020",
  alt_o=["New Delhi"], note="sentence says 'in 2020'; metonymy New Delhi")
R("India", "criticized", "Iran", "asserted", F,
  {C1: "a charge India rejected"}, note="'rejected a charge' as criticized; loose reading")
R("Zahedan", "capital_of", "Sistan-Baluchestan", "asserted", T,
  {C1: "Zahedan, the capital of Sistan-Baluchestan"}, note="provincial capital")
R("Iran", "borders", "Pakistan", "asserted", T,
  {C1: "lies close to Iran's borders with Pakistan and Afghanistan"})
R("Iran", "borders", "Afghanistan", "asserted", T,
  {C1: "lies close to Iran's borders with Pakistan and Afghanistan"})
R("India", "imports_from", "Iran", "asserted", F,
  {C1: "India was once among the biggest buyers of Iranian crude"}, role="crude oil",
  alt_p=["trades_with"], note="past state, contrasted with the negated present; fine to miss")
R("India", "imports_from", "Iran", "negated", T,
  {C1: "it has not imported oil from Iran since 2019",
   C7: "India would not resume purchases of oil from Iran"},
  role="crude oil", note="polarity trap beside 'once among the biggest buyers'; durative, no time")

# --- C2 hormuz_tanker_indian_crew (wire, Dubai) -----------------------------
R("Islamic Revolutionary Guard Corps", "based_in", "Iran", "asserted", F,
  {C2: "Iran's Revolutionary Guards seized a tanker",
   C4: "Iran's Revolutionary Guards seized a tanker"},
  note="possessive 'Iran's Revolutionary Guards'; loose")
R("Sharjah", "located_in", "United Arab Emirates", "asserted", T,
  {C2: "Sharjah in the United Arab Emirates"})
R("Sohar", "located_in", "Oman", "asserted", T,
  {C2: "the Omani port of Sohar"})
R("Bandar Abbas", "located_in", "Iran", "asserted", T,
  {C2: "Bandar Abbas, Iran's main port on the strait"})
R("Khor Fakkan", "located_in", "United Arab Emirates", "asserted", T,
  {C2: "Khor Fakkan, a port on the UAE's eastern coast"})
R("Randhir Jaiswal", "works_for", "India", "asserted", T,
  {C2: "India's foreign ministry spokesman Randhir Jaiswal"}, role="foreign ministry spokesman")
R("India", "contacted", "Iran", "reported", T,
  {C2: "New Delhi was in touch with Iranian authorities"}, alt_s=["New Delhi", "Randhir Jaiswal"],
  note="'in touch with'; also the embassy's request for consular access")
R("Iran", "contacted", "India", "negated", T,
  {C2: "Indian officials said Tehran had not notified them before the seizure"},
  alt_s=["Tehran"], note="negated, attributed to Indian officials")
R("Gulfmarine Ship Management", "based_in", "Dubai", "asserted", T,
  {C2: "Dubai-based Gulfmarine Ship Management",
   C5: "Gulfmarine Ship Management, a Dubai-based company"})
R("Vivek Nair", "citizen_of", "India", "reported", T,
  {C2: "Captain Vivek Nair, is an Indian national"})
R("Suresh Nair", "lives_in", "Kochi", "asserted", T,
  {C2: "Suresh Nair, who lives in Kochi"})
R("Kochi", "located_in", "Kerala", "asserted", T,
  {C2: "Kochi in the southern Indian state of Kerala"})
R("Kerala", "located_in", "India", "asserted", F,
  {C2: "the southern Indian state of Kerala"}, note="adjective 'Indian'; entailment")
R("United States", "sanctioned", "Islamic Revolutionary Guard Corps", "asserted", F,
  {C2: "whom the United States designated a foreign terrorist organisation in 2019"},
  time="2019", note="terrorist designation read as a sanction; loose")
R("United States", "sanctioned", "Islamic Revolutionary Guard Corps", "hedged", T,
  {C2: "Washington could impose further sanctions on the Guards"},
  note="'could impose'; NONFACT beside the 2019 designation")
R("Iran", "threatened", "Strait of Hormuz", "asserted", F,
  {C2: "Iran has repeatedly threatened to close the Strait of Hormuz"}, time="2025-06",
  note="'most recently in June 2025'; a threat against a waterway, loose")
R("Israel", "attacked", "Iran", "asserted", T,
  {C2: "after strikes by Israel and the United States on Iranian nuclear sites",
   C5: "before Israel attacked Iran in June"}, time="2025-06",
  note="June 2025 strikes; C2 says 'June 2025', C5 'in June' of 'last spring'/last year")
R("United States", "attacked", "Iran", "asserted", T,
  {C2: "after strikes by Israel and the United States on Iranian nuclear sites",
   C4: "in retaliation for U.S. strikes on Iranian nuclear facilities"}, time="2025-06",
  note="nominal 'U.S. strikes on Iranian nuclear ...'; C4 date from 'June last year'")
R("U.S. Fifth Fleet", "based_in", "Bahrain", "asserted", T,
  {C2: "Bahrain-based Fifth Fleet"})
R("China", "imports_from", "Iran", "asserted", T,
  {C2: "China, which buys most of Iran's crude exports"}, role="crude oil", alt_p=["trades_with"])
R("Musandam", "located_in", "Oman", "asserted", T,
  {C2: "Oman's Musandam peninsula", C5: "Musandam is an Omani exclave"})
R("Oman", "supported", "India", "hedged", F,
  {C2: "could also help secure the release of the Indian crew"},
  note="diplomats say Oman could help; object via 'the Indian crew'; loose")

R("Oman", "contacted", "Iran", "asserted", F,
  {C2: "was in contact with all parties"}, note="group reference 'all parties'")
R("Oman", "contacted", "India", "asserted", F,
  {C2: "was in contact with all parties"}, note="group reference 'all parties'")

# --- C3 iraq_iran_water_memorandum (wire, Baghdad) --------------------------
R("Iraq", "signed_agreement_with", "Iran", "asserted", T,
  {C3: "Iraq and Iran signed a memorandum of understanding on Wednesday"},
  note="lead; wire without year")
R("Iran", "supported", "Iraq", "planned", F,
  {C3: "Tehran will increase water releases into rivers that cross into Iraq"},
  alt_s=["Tehran"], note="more water as support; loose reading, future")
R("Aoun Dhiab Abdullah", "works_for", "Iraq", "asserted", T,
  {C3: "Iraqi Water Resources Minister Aoun Dhiab Abdullah"}, role="water resources minister")
R("Abbas Aliabadi", "works_for", "Iran", "asserted", T,
  {C3: "Iran's Energy Minister Abbas Aliabadi"}, role="energy minister")
R("Abbas Aliabadi", "visited", "Baghdad", "asserted", T,
  {C3: "who arrived in Baghdad on Tuesday for a two-day visit"}, alt_o=["Iraq"])
R("Aoun Dhiab Abdullah", "signed_agreement_with", "Abbas Aliabadi", "asserted", F,
  {C3: "signed the document with Iran's Energy Minister Abbas Aliabadi"},
  note="signatories of the country-level memorandum")
R("Mohammed Shia al-Sudani", "head_of", "Iraq", "asserted", T,
  {C3: "Iraqi Prime Minister Mohammed Shia al-Sudani",
   C8: "Iraqi Prime Minister Mohammed Shia al-Sudani"}, role="prime minister")
R("Mohammed Shia al-Sudani", "met_with", "Abbas Aliabadi", "asserted", T,
  {C3: "received Aliabadi later in the day"}, note="'received'")
R("Mohammed Shia al-Sudani", "visited", "Tehran", "hedged", T,
  {C3: "Sudani is expected to visit Tehran next month"}, alt_o=["Iran"],
  note="'is expected to'; wire, no time")
R("Iraq", "borders", "Iran", "asserted", T,
  {C3: "Iraq, which shares a border of more than 1,500 km with Iran"})
R("Iraq", "criticized", "Turkey", "asserted", T,
  {C3: "whose dams Baghdad blames for a sharp fall in flows"}, alt_s=["Baghdad"],
  note="relative clause, metonymy Baghdad")
R("Iraq", "negotiating_with", "Turkey", "asserted", T,
  {C3: "Iraq has been negotiating with Ankara for more than a year"}, alt_o=["Ankara"],
  note="metonymy Ankara")
R("Iraq", "criticized", "Iran", "asserted", T,
  {C3: "Iraqi officials have long accused Iran of diverting tributaries"})
R("Mahdi Rashid al-Hamdani", "threatened", "Iran", "asserted", T,
  {C3: "threatened to take Iran to the International Court of Justice"}, time="2021",
  alt_s=["Iraq"], note="sentence opens 'In 2021'")
R("Mahdi Rashid al-Hamdani", "works_for", "Iraq", "asserted", T,
  {C3: "Mahdi Rashid al-Hamdani, then Iraq's water resources minister"},
  role="water resources minister (former)", note="past office, static: no time")
R("Iraq", "party_to", "UN Watercourses Convention", "asserted", T,
  {C3: "Iraq acceded in 2001 to the 1997 U.N. Watercourses Convention"}, time="2001")
R("Iran", "party_to", "UN Watercourses Convention", "negated", T,
  {C3: "neither Iran nor Turkey has joined it"}, note="'neither ... nor'")
R("Turkey", "party_to", "UN Watercourses Convention", "negated", T,
  {C3: "neither Iran nor Turkey has joined it"}, note="'neither ... nor'")
R("Kurdistan Region", "seceded_from", "Iraq", "negated", T,
  {C3: "voted for independence in a 2017 referendum but did not break away from Iraq"},
  note="polarity trap: referendum held, no secession")
R("Kurdistan Region", "located_in", "Iraq", "asserted", F,
  {C3: "the Kurdistan Region, the semi-autonomous north of the country"},
  note="'the country' = Iraq; needs coreference")
R("Iraq", "imports_from", "Iran", "asserted", T,
  {C3: "Iraq imports gas and electricity from Iran"}, role="gas, electricity",
  alt_p=["trades_with"])
R("Masoud Pezeshkian", "visited", "Baghdad", "asserted", T,
  {C3: "chose Baghdad for his first foreign trip in September 2024"}, time="2024-09",
  alt_o=["Iraq"])
R("Iran", "trades_with", "Iraq", "asserted", F,
  {C3: "Iraq remains one of the largest markets for Iranian goods"}, note="exports to Iraq")
R("Aoun Dhiab Abdullah", "met_with", "Abbas Aliabadi", "asserted", F,
  {C3: "signed the document with Iran's Energy Minister Abbas Aliabadi"},
  note="signing together implies a meeting")
R("Iraq", "member_of", "OPEC", "asserted", T,
  {C3: "Iraq, OPEC's second-biggest producer"}, note="apposition")
R("Saudi Arabia", "member_of", "OPEC", "asserted", F,
  {C3: "OPEC's second-biggest producer after Saudi Arabia"}, note="implied by 'after'; loose")

# --- C4 gcc_ministers_islands_statement (newspaper, 2026-03-09) -------------
R("Gulf Cooperation Council", "supported", "United Arab Emirates", "asserted", T,
  {C4: "renewed their support for the United Arab Emirates"}, time="2026-03-08",
  note="'on Sunday' before Monday 2026-03-09; the bloc's foreign ministers")
R("United Arab Emirates", "in_conflict_with", "Iran", "asserted", T,
  {C4: "its decades-old dispute with Iran over three islands"},
  note="long-running dispute; durative, no time")
R("Gulf Cooperation Council", "based_in", "Riyadh", "asserted", F,
  {C4: "Meeting in Riyadh, where the bloc has its headquarters"}, alt_o=["Saudi Arabia"],
  note="'the bloc' refers back to the GCC: coreference")
R("Gulf Cooperation Council", "criticized", "Iran", "asserted", F,
  {C4: "condemned what they called Iran's continued occupation of the islands"},
  time="2026-03-08", note="subject 'the ministers' (group reference to the GCC); also the Al Udeid condemnation")
for _isl in ("Abu Musa", "Greater Tunb", "Lesser Tunb"):
    R("Iran", "took_control_of", _isl, "asserted", T,
      {C4: "Iranian forces seized Abu Musa, Greater Tunb and Lesser Tunb in 1971"}, time="1971")
R("United Arab Emirates", "gained_independence_from", "United Kingdom", "asserted", T,
  {C4: "shortly before the UAE gained independence from Britain"}, time="1971")
R("Esmaeil Baghaei", "works_for", "Iran", "asserted", T,
  {C4: "Iran's foreign ministry spokesman Esmaeil Baghaei"}, role="foreign ministry spokesman")
R("Iran", "criticized", "Gulf Cooperation Council", "reported", F,
  {C4: "rejected the statement as \"interference in Iran's internal affairs\""},
  alt_s=["Esmaeil Baghaei"], note="'the statement' is the council's: needs coreference")
R("Iran", "negotiating_with", "United Arab Emirates", "negated", T,
  {C4: "Tehran would never negotiate with the UAE over their sovereignty"},
  alt_s=["Tehran", "Esmaeil Baghaei"], note="'would never negotiate'; attributed ('he added')")
R("United Arab Emirates", "trades_with", "Iran", "asserted", T,
  {C4: "the UAE remains one of Iran's biggest trading partners"})
for _m in ("Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman", "Bahrain"):
    R(_m, "member_of", "Gulf Cooperation Council", "asserted", T,
      {C4: "The GCC, which groups Saudi Arabia, the UAE, Qatar, Kuwait, Oman and Bahrain"})
R("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted", T,
  {C4: "Saudi Foreign Minister Prince Faisal bin Farhan"}, role="foreign minister")
R("Abdullah bin Zayed Al Nahyan", "works_for", "United Arab Emirates", "asserted", F,
  {C4: "the UAE's Sheikh Abdullah bin Zayed Al Nahyan"}, role="foreign minister",
  note="post only from the list context ('was represented by'); loose")
R("Mohammed bin Abdulrahman Al Thani", "head_of", "Qatar", "asserted", T,
  {C4: "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"},
  alt_p=["works_for"], role="prime minister and foreign minister")
R("Abdullah Ali al-Yahya", "works_for", "Kuwait", "asserted", T,
  {C4: "Kuwait's Abdullah Ali al-Yahya",
   C6: "Kuwait's Foreign Minister Abdullah Ali al-Yahya",
   C8: "his Kuwaiti counterpart, Abdullah Ali al-Yahya"}, role="foreign minister")
R("Badr Albusaidi", "works_for", "Oman", "asserted", T,
  {C4: "Oman's Sayyid Badr Albusaidi", C5: "Omani Foreign Minister Sayyid Badr Albusaidi"},
  role="foreign minister")
R("Abdullatif bin Rashid Al Zayani", "works_for", "Bahrain", "asserted", F,
  {C4: "Bahrain's Abdullatif bin Rashid Al Zayani"}, role="foreign minister",
  note="post only from the list context ('was represented by'); loose")
R("Jasem Mohamed Albudaiwi", "head_of", "Gulf Cooperation Council", "asserted", T,
  {C4: "GCC Secretary-General Jasem Mohamed Albudaiwi"}, alt_p=["works_for"],
  role="secretary-general")
R("Gulf Cooperation Council", "supported", "Kuwait", "asserted", F,
  {C4: "The ministers voiced support for Kuwait in its maritime dispute with Iraq"},
  time="2026-03-08", note="subject 'the ministers' (group reference to the GCC)")
R("Kuwait", "in_conflict_with", "Iraq", "asserted", T,
  {C4: "Kuwait in its maritime dispute with Iraq"}, note="long-running dispute, no time")
R("Iraq", "signed_agreement_with", "Kuwait", "asserted", T,
  {C4: "a 2012 agreement between Iraq and Kuwait",
   C8: "a 2012 agreement between Iraq and Kuwait"}, time="2012",
  note="Khor Abdullah navigation agreement")
R("Federal Supreme Court", "based_in", "Iraq", "asserted", F,
  {C4: "Iraq's Federal Supreme Court struck down", C8: "Iraq's Federal Supreme Court struck down"},
  note="possessive of a national court; loose")
R("Iran", "attacked", "Al Udeid Air Base", "asserted", T,
  {C4: "Iran's missile attack in June last year on Al Udeid Air Base"}, time="2025-06",
  alt_o=["Qatar"], note="'June last year' from 2026-03")
R("Al Udeid Air Base", "located_in", "Qatar", "asserted", T,
  {C4: "Al Udeid Air Base in Qatar"})
for _b in ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"):
    R(_b, "blockaded", "Qatar", "asserted", T,
      {C4: "Saudi Arabia, the UAE and Bahrain, along with Egypt, had imposed a blockade on Qatar in 2017"},
      time="2017")
for _b in ("Kuwait", "Oman"):
    R(_b, "blockaded", "Qatar", "negated", T,
      {C4: "and Oman did not join the blockade of Qatar"},
      note="polarity trap beside the four blockading states")
R("Kuwait", "brokered", "al-Ula declaration", "asserted", F,
  {C4: "Kuwait, whose late emir mediated the reconciliation"},
  note="the reconciliation is the al-Ula declaration of the previous clause; the emir, not named")
R("Iran", "normalized_relations_with", "Saudi Arabia", "asserted", T,
  {C4: "Tehran and Riyadh, which restored diplomatic relations in 2023",
   C5: "led Saudi Arabia and Iran to restore relations in 2023"}, time="2023",
  alt_s=["Tehran"], alt_o=["Riyadh"], note="metonymy in C4")
for _q in ("Saudi Arabia", "United Arab Emirates", "Bahrain"):
    R("Qatar", "normalized_relations_with", _q, "asserted", F,
      {C4: "the al-Ula declaration of January 2021 ended a rift"}, time="2021-01",
      note="ending the rift with the blockading states; needs the rest of the sentence")
R("Saudi Arabia", "allied_with", "Iran", "planned", F,
  {C4: "Prince Faisal said the kingdom wanted \"good neighbourliness\" with Iran"},
  alt_s=["Faisal bin Farhan"], note="a wish, loose reading of allied_with")
R("China", "brokered", "Beijing Agreement", "asserted", T,
  {C4: "the Beijing Agreement brokered by China"}, time="2023", note="passive")
R("Saudi Arabia", "party_to", "Beijing Agreement", "asserted", F,
  {C4: "Tehran and Riyadh, which restored diplomatic relations in 2023 under the Beijing Agreement"},
  time="2023", alt_s=["Riyadh"], note="entailment from restoring ties under it")
R("Iran", "party_to", "Beijing Agreement", "asserted", F,
  {C4: "Tehran and Riyadh, which restored diplomatic relations in 2023 under the Beijing Agreement"},
  time="2023", alt_s=["Tehran"], note="entailment from restoring ties under it")
R("Gulf Cooperation Council", "signed_agreement_with", "United Kingdom", "planned", F,
  {C4: "the bloc aimed to conclude a free trade agreement with Britain this year"}, time="2026",
  note="'aimed to'; this year = 2026; 'the bloc' = GCC by coreference")
R("Gulf Cooperation Council", "negotiating_with", "United Kingdom", "asserted", T,
  {C4: "The GCC has been negotiating with Britain since 2022"}, note="durative 'since', no time")
R("Gulf Cooperation Council", "negotiating_with", "India", "planned", F,
  {C4: "The bloc also hopes to resume formal negotiations with India"},
  note="'hopes to resume'; 'the bloc' = GCC by coreference")
R("Gulf Cooperation Council", "negotiating_with", "India", "asserted", F,
  {C4: "formal negotiations with India, which were relaunched in 2022"}, time="2022",
  note="past talks, now stalled; fine to miss")
R("Jasem Mohamed Albudaiwi", "visited", "New Delhi", "hedged", T,
  {C4: "Albudaiwi is expected to travel to New Delhi next month"}, time="2026-04",
  alt_o=["India"], note="next month from 2026-03-09")

# --- C5 oman_secures_sailors_release (newspaper, 2026-03-27) ----------------
R("Khasab", "located_in", "Musandam", "asserted", T,
  {C5: "Khasab, the main town of the Musandam peninsula"})
R("Khasab", "located_in", "Oman", "asserted", F,
  {C5: "handed over to Omani officials at Khasab"}, note="entailment")
R("Oman", "negotiating_with", "Iran", "asserted", F,
  {C5: "following mediation by Oman"}, time="2026-03",
  note="mediation with Tehran; the counterpart is in the next sentences")
R("Muscat", "capital_of", "Oman", "asserted", T,
  {C5: "Muscat, the Omani capital"})
R("Musandam", "borders", "United Arab Emirates", "asserted", T,
  {C5: "Musandam is an Omani exclave that borders the United Arab Emirates"})
R("Badr Albusaidi", "visited", "Tehran", "reported", T,
  {C5: "Sayyid Badr Albusaidi travelled to Tehran last week"}, time="2026-03",
  alt_o=["Iran"], note="last week from Friday 2026-03-27")
R("Badr Albusaidi", "met_with", "Abbas Araghchi", "reported", T,
  {C5: "met his Iranian counterpart, Abbas Araghchi"}, time="2026-03")
R("S. Jaishankar", "contacted", "Haitham bin Tarik", "asserted", T,
  {C5: "telephoned Sultan Haitham bin Tarik of Oman on Thursday"}, time="2026-03-26")
R("Haitham bin Tarik", "head_of", "Oman", "asserted", T,
  {C5: "Sultan Haitham bin Tarik of Oman"}, role="sultan")
R("Oman", "supported", "India", "asserted", F,
  {C5: "India was grateful for Muscat's help"}, alt_s=["Muscat"],
  note="metonymy; mediation as help; loose")
R("S. Jaishankar", "contacted", "Abbas Araghchi", "asserted", T,
  {C5: "Jaishankar had also spoken by phone to Araghchi twice this month"}, time="2026-03")
R("S. Jaishankar", "visited", "Muscat", "hedged", T,
  {C5: "Jaishankar is expected to visit Muscat next month"}, time="2026-04", alt_o=["Oman"])
R("India", "contacted", "Iran", "planned", F,
  {C5: "New Delhi will press Tehran to release the tanker as well"},
  alt_s=["New Delhi"], alt_o=["Tehran"], note="metonymy; 'will press'")
R("Iran", "signed_agreement_with", "India", "negated", T,
  {C5: "said Iran had not struck any deal with India to free the men"},
  alt_s=["Abbas Araghchi"], note="Araghchi's denial of a deal")
R("Vivek Nair", "lives_in", "Kochi", "asserted", T,
  {C5: "Captain Vivek Nair, who lives in Kochi"})
R("Oman", "allied_with", "Iran", "asserted", T,
  {C5: "Oman, which keeps close ties with both Tehran and Washington"}, alt_o=["Tehran"],
  note="'close ties'; metonymy")
R("Oman", "allied_with", "United States", "asserted", T,
  {C5: "Oman, which keeps close ties with both Tehran and Washington"},
  note="'Washington' is an alias of the United States")
R("Iran", "negotiating_with", "United States", "asserted", T,
  {C5: "hosted five rounds of indirect talks between Iran and the United States"}, time="2025",
  note="'last spring' from 2026-03")
R("Oman", "brokered", "U.S.-Houthi ceasefire", "asserted", T,
  {C5: "Oman also brokered the U.S.-Houthi ceasefire"}, time="2025-05",
  note="'In May last year'")
R("United States", "party_to", "U.S.-Houthi ceasefire", "asserted", F,
  {C5: "brokered the U.S.-Houthi ceasefire"}, time="2025-05", note="entailment from the name")
R("Houthi movement", "party_to", "U.S.-Houthi ceasefire", "asserted", F,
  {C5: "under which Yemen's Houthis agreed to stop targeting American ships"}, time="2025-05",
  note="entailment")
R("Houthi movement", "based_in", "Yemen", "asserted", F,
  {C5: "Yemen's Houthis"}, note="possessive; loose")
R("India", "signed_agreement_with", "Oman", "asserted", F,
  {C5: "the two countries signed a comprehensive economic partnership agreement in December"},
  time="2025-12", note="group reference 'the two countries' (India and Oman); December before March 2026")
R("Narendra Modi", "visited", "Muscat", "asserted", T,
  {C5: "during a visit to Muscat by Prime Minister Narendra Modi"}, time="2025-12",
  alt_o=["Oman"])
R("Narendra Modi", "head_of", "India", "asserted", T,
  {C5: "Prime Minister Narendra Modi", C6: "Prime Minister Narendra Modi visited Kuwait",
   C7: "later met Prime Minister Narendra Modi"}, role="prime minister")
R("National Seafarers' Welfare Forum", "based_in", "Mumbai", "asserted", T,
  {C5: "the Mumbai-based National Seafarers' Welfare Forum"})
R("Priya Raman", "works_for", "National Seafarers' Welfare Forum", "asserted", F,
  {C5: "Priya Raman of the Mumbai-based National Seafarers' Welfare Forum"},
  alt_p=["member_of"], note="'X of Y'; loose")

# --- C6 india_kuwait_domestic_workers (newspaper, 2026-01-22) ---------------
R("India", "signed_agreement_with", "Kuwait", "asserted", T,
  {C6: "India and Kuwait on Wednesday signed a protocol"}, time="2026-01-21",
  note="Wednesday before Thursday 2026-01-22; it replaces a June 2021 memorandum")
R("Kirti Vardhan Singh", "works_for", "India", "asserted", T,
  {C6: "India's Minister of State for External Affairs Kirti Vardhan Singh"},
  role="minister of state for external affairs")
R("Fahad Yousef Saud al-Sabah", "works_for", "Kuwait", "asserted", T,
  {C6: "Sheikh Fahad Yousef Saud al-Sabah, Kuwait's first deputy prime minister and interior minister"},
  role="first deputy prime minister and interior minister")
R("Kirti Vardhan Singh", "signed_agreement_with", "Fahad Yousef Saud al-Sabah", "asserted", F,
  {C6: "signed the protocol in Kuwait City with Sheikh Fahad Yousef Saud al-Sabah"},
  time="2026-01-21", note="signatories of the country-level protocol")
R("Kirti Vardhan Singh", "visited", "Kuwait City", "asserted", F,
  {C6: "signed the protocol in Kuwait City"}, time="2026-01", alt_o=["Kuwait"],
  note="entailment of signing there; 'his two-day visit'")
R("Kuwait City", "located_in", "Kuwait", "asserted", F,
  {C6: "signed the protocol in Kuwait City with Sheikh Fahad Yousef Saud al-Sabah, Kuwait's"},
  note="entailment: a city in its country")
R("Joanna Demafelis", "lives_in", "Kuwait", "asserted", F,
  {C6: "was found in a freezer in an abandoned apartment in Kuwait"},
  note="a maid working there; inference")
R("Kirti Vardhan Singh", "met_with", "Ahmad Abdullah al-Ahmad al-Sabah", "reported", T,
  {C6: "Singh also met Kuwaiti Prime Minister Sheikh Ahmad Abdullah al-Ahmad al-Sabah"},
  time="2026-01")
R("Kirti Vardhan Singh", "met_with", "Abdullah Ali al-Yahya", "reported", T,
  {C6: "and Kuwait's Foreign Minister Abdullah Ali al-Yahya during his two-day visit"},
  time="2026-01", note="coordinated object of 'Singh also met'")
R("Ahmad Abdullah al-Ahmad al-Sabah", "head_of", "Kuwait", "asserted", T,
  {C6: "Kuwaiti Prime Minister Sheikh Ahmad Abdullah al-Ahmad al-Sabah"}, role="prime minister")
R("Narendra Modi", "visited", "Kuwait", "asserted", T,
  {C6: "Prime Minister Narendra Modi visited Kuwait in December 2024"}, time="2024-12")
R("Indira Gandhi", "visited", "Kuwait", "asserted", F,
  {C6: "the first trip there by an Indian prime minister since Indira Gandhi in 1981"},
  time="1981", note="elliptical; 'there' = Kuwait")
R("Indira Gandhi", "head_of", "India", "asserted", F,
  {C6: "an Indian prime minister since Indira Gandhi"}, role="prime minister (former)",
  note="implied by the comparison; static, no time")
R("India", "allied_with", "Kuwait", "asserted", T,
  {C6: "India and Kuwait raised their ties to a strategic partnership"}, time="2024-12",
  note="'During that visit' (December 2024)")
R("Meshal al-Ahmad al-Jaber al-Sabah", "head_of", "Kuwait", "asserted", T,
  {C6: "Kuwait's Emir, Sheikh Meshal al-Ahmad al-Jaber al-Sabah",
   C8: "Kuwait's Emir, Sheikh Meshal al-Ahmad al-Jaber al-Sabah"}, role="emir")
R("Meshal al-Ahmad al-Jaber al-Sabah", "met_with", "Narendra Modi", "asserted", F,
  {C6: "conferred on Modi the Order of Mubarak the Great"}, time="2024-12",
  note="conferring an order in person implies a meeting; loose")
R("India", "diplomatic_relations_with", "Kuwait", "asserted", T,
  {C6: "India was among the first countries to establish diplomatic relations with Kuwait"},
  time="1961", note="established in 1961")
R("Kuwait", "gained_independence_from", "United Kingdom", "asserted", T,
  {C6: "after it gained independence from Britain in 1961",
   C8: "Kuwait, which gained independence from Britain in 1961"}, time="1961")
R("Kuwait", "member_of", "OPEC", "asserted", T,
  {C6: "Kuwait, a founding member of OPEC"})
R("India", "imports_from", "Kuwait", "asserted", T,
  {C6: "has long been one of India's main suppliers of crude oil"}, role="crude oil",
  alt_p=["trades_with"])
R("India", "trades_with", "Kuwait", "asserted", F,
  {C6: "bilateral trade reached about $10.5 billion"}, note="'bilateral' = India-Kuwait; coreference")
R("Anitha Thomas", "head_of", "Migrant Forum Kerala", "asserted", T,
  {C6: "Anitha Thomas, who heads the Thiruvananthapuram-based Migrant Forum Kerala"})
R("Migrant Forum Kerala", "based_in", "Thiruvananthapuram", "asserted", T,
  {C6: "the Thiruvananthapuram-based Migrant Forum Kerala"})
R("Anitha Thomas", "criticized", "Kuwait", "asserted", T,
  {C6: "criticized Kuwait for keeping rules"})
R("Kuwait", "party_to", "Domestic Workers Convention", "negated", T,
  {C6: "has not ratified the International Labour Organization's Domestic Workers Convention"})
R("Kuwait", "signed_agreement_with", "Philippines", "asserted", T,
  {C6: "Kuwait signed a similar agreement with the Philippines in May 2018"}, time="2018-05")
R("Joanna Demafelis", "citizen_of", "Philippines", "asserted", T,
  {C6: "a Filipina maid, Joanna Demafelis"})
R("Nader Essam Assaf", "killed", "Joanna Demafelis", "asserted", T,
  {C6: "Nader Essam Assaf, and his Syrian wife to death in absentia for killing Demafelis"},
  note="court verdict; no time stated")
R("Nader Essam Assaf", "citizen_of", "Lebanon", "asserted", T,
  {C6: "her Lebanese employer, Nader Essam Assaf"})
R("Meshal al-Ahmad al-Jaber al-Sabah", "visited", "India", "hedged", T,
  {C6: "Sheikh Meshal is expected to visit India later this year"}, time="2026")
R("India", "signed_agreement_with", "Saudi Arabia", "planned", T,
  {C6: "New Delhi plans to sign similar protocols with Saudi Arabia and Qatar"},
  alt_s=["New Delhi"])
R("India", "signed_agreement_with", "Qatar", "planned", T,
  {C6: "New Delhi plans to sign similar protocols with Saudi Arabia and Qatar"},
  alt_s=["New Delhi"])

# --- C7 adnoc_bpcl_lng_storage (html, 2026-02-12) ---------------------------
R("ADNOC", "signed_agreement_with", "Bharat Petroleum Corporation Ltd", "asserted", T,
  {C7: "signed a 10-year agreement to supply liquefied natural gas to Bharat Petroleum Corporation Ltd"},
  time="2026-02-11", note="Wednesday before Thursday 2026-02-12; LNG")
R("ADNOC", "based_in", "Abu Dhabi", "asserted", F,
  {C7: "the Abu Dhabi-based company will deliver"}, alt_o=["United Arab Emirates"],
  note="'the Abu Dhabi-based company' refers back to ADNOC")
R("Bharat Petroleum Corporation Ltd", "based_in", "Mumbai", "asserted", T,
  {C7: "Mumbai-based BPCL"})
R("Hardeep Singh Puri", "works_for", "India", "asserted", T,
  {C7: "India's Petroleum and Natural Gas Minister Hardeep Singh Puri"},
  role="petroleum and natural gas minister")
R("Sultan Ahmed Al Jaber", "works_for", "United Arab Emirates", "asserted", T,
  {C7: "Sultan Ahmed Al Jaber, the UAE's Minister of Industry and Advanced Technology"},
  role="minister of industry and advanced technology")
R("Sultan Ahmed Al Jaber", "head_of", "ADNOC", "asserted", T,
  {C7: "who is also ADNOC's managing director and group chief executive"},
  alt_p=["works_for"], role="managing director and group CEO")
R("Sultan Ahmed Al Jaber", "visited", "New Delhi", "asserted", T,
  {C7: "Al Jaber, on a one-day visit to New Delhi"}, time="2026-02-11", alt_o=["India"])
R("Sultan Ahmed Al Jaber", "met_with", "Narendra Modi", "asserted", T,
  {C7: "later met Prime Minister Narendra Modi"}, time="2026-02-11")
R("Hardeep Singh Puri", "met_with", "Sultan Ahmed Al Jaber", "asserted", F,
  {C7: "in the presence of India's Petroleum and Natural Gas Minister Hardeep Singh Puri and Sultan Ahmed Al Jaber"},
  time="2026-02-11", note="both present at the signing; loose")
R("Narendra Modi", "visited", "Abu Dhabi", "hedged", T,
  {C7: "Modi is expected to travel to Abu Dhabi in May"}, time="2026-05",
  alt_o=["United Arab Emirates"])
R("Padur strategic reserve", "located_in", "Karnataka", "asserted", T,
  {C7: "the Padur strategic reserve in the southern state of Karnataka"})
R("Karnataka", "located_in", "India", "asserted", F,
  {C7: "the southern state of Karnataka"}, note="entailment")
R("India", "imports_from", "United Arab Emirates", "planned", F,
  {C7: "will deliver up to 1.2 million tonnes a year to Mumbai-based BPCL from 2028"},
  time="2028", role="LNG", note="future deliveries; NONFACT beside today's imports")
R("Mangaluru", "located_in", "Karnataka", "asserted", F,
  {C7: "at nearby Mangaluru"}, note="'nearby' the reserve in Karnataka; inference")
R("India", "imports_from", "United Arab Emirates", "asserted", T,
  {C7: "The UAE is India's fourth-largest source of crude"}, role="crude oil, LNG",
  alt_p=["trades_with"])
R("India", "imports_from", "Qatar", "asserted", F,
  {C7: "its second-biggest supplier of LNG after Qatar"}, role="LNG",
  alt_p=["trades_with"], note="implied by 'after Qatar'")
R("Fujairah", "located_in", "Gulf of Oman", "asserted", F,
  {C7: "Fujairah, on the Gulf of Oman"}, note="on the coast of; loose")
R("ADNOC", "signed_agreement_with", "Indian Oil Corporation", "asserted", T,
  {C7: "a 15-year LNG agreement that ADNOC signed with Indian Oil Corporation in September 2024"},
  time="2024-09")
R("Khaled bin Mohamed bin Zayed Al Nahyan", "visited", "India", "asserted", T,
  {C7: "during a visit to India by Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed bin Zayed Al Nahyan"},
  time="2024-09")
R("Mohamed bin Zayed Al Nahyan", "head_of", "United Arab Emirates", "asserted", T,
  {C7: "UAE President Sheikh Mohamed bin Zayed Al Nahyan"}, role="president")
R("ADNOC", "signed_agreement_with", "GAIL", "hedged", F,
  {C7: "Indian Oil and GAIL could sign further supply deals with ADNOC"})
R("ADNOC", "signed_agreement_with", "Indian Oil Corporation", "hedged", F,
  {C7: "Indian Oil and GAIL could sign further supply deals with ADNOC"},
  note="NONFACT beside the asserted 2024 deal")
R("India", "trades_with", "United Arab Emirates", "asserted", T,
  {C7: "Trade between India and the UAE has more than doubled"})
R("India", "signed_agreement_with", "United Arab Emirates", "asserted", F,
  {C7: "the India-UAE Comprehensive Economic Partnership Agreement (CEPA), signed in February 2022"},
  time="2022-02", note="signers only in the agreement's name")
R("India", "party_to", "India-UAE CEPA", "asserted", F,
  {C7: "the India-UAE Comprehensive Economic Partnership Agreement (CEPA)"}, time="2022-02",
  note="entailment from the name")
R("United Arab Emirates", "party_to", "India-UAE CEPA", "asserted", F,
  {C7: "the India-UAE Comprehensive Economic Partnership Agreement (CEPA)"}, time="2022-02",
  note="entailment from the name")
for _c in ("India", "United Arab Emirates", "Saudi Arabia", "United States", "European Union"):
    R(_c, "party_to", "IMEC", "asserted", F,
      {C7: "by India, the UAE, Saudi Arabia, the United States and the European Union"},
      time="2023-09", note="'launched' a corridor read as party to its founding memorandum; loose")
R("United Arab Emirates", "member_of", "BRICS", "asserted", T,
  {C7: "The UAE joined the BRICS group"}, note="joined January 2024; static, no time")
R("India", "member_of", "BRICS", "asserted", T,
  {C7: "of which India is a founding member"})
R("Iran", "member_of", "BRICS", "asserted", F,
  {C7: "in January 2024, alongside Iran"}, note="elliptical 'alongside Iran'")
R("Saudi Arabia", "candidate_for", "BRICS", "asserted", T,
  {C7: "Saudi Arabia, which was invited to join BRICS at the same time"})
R("Saudi Arabia", "member_of", "BRICS", "negated", T,
  {C7: "has not formally taken up membership"},
  note="polarity trap beside candidate_for and the UAE's membership")
R("United States", "sanctioned", "Russia", "asserted", F,
  {C7: "new U.S. sanctions on Russian producers"}, note="sanctions on Russian companies; loose")

# --- C8 iraq_kuwait_missing_remains (html, 2025-10-16) ----------------------
R("Safwan border crossing", "located_in", "Iraq", "asserted", T,
  {C8: "the Safwan border crossing in southern Iraq"})
for _c in ("Iraq", "Kuwait", "Saudi Arabia", "United States", "United Kingdom", "France"):
    R(_c, "member_of", "Tripartite Commission", "asserted", T,
      {C8: "The Tripartite Commission brings together Iraq, Kuwait, Saudi Arabia, the United States, Britain and France"})
R("International Committee of the Red Cross", "member_of", "Tripartite Commission", "asserted", F,
  {C8: "which chairs the Tripartite Commission"}, note="chairs it; organisations cannot be head_of")
R("Samawah", "located_in", "Muthanna province", "asserted", T,
  {C8: "Samawah, in Muthanna province"})
R("Samawah", "located_in", "Iraq", "asserted", F,
  {C8: "Samawah, in Muthanna province"}, note="entailment")
R("Muthanna province", "located_in", "Iraq", "asserted", F,
  {C8: "Samawah, in Muthanna province"}, note="entailment")
R("Rabih al-Amiri", "head_of", "National Committee for Missing and Prisoners of War Affairs", "asserted", T,
  {C8: "Rabih al-Amiri, who heads Kuwait's National Committee for Missing and Prisoners of War Affairs"})
R("National Committee for Missing and Prisoners of War Affairs", "based_in", "Kuwait", "asserted", F,
  {C8: "Kuwait's National Committee for Missing and Prisoners of War Affairs"}, note="possessive; loose")
R("Anna Lindqvist", "works_for", "International Committee of the Red Cross", "asserted", T,
  {C8: "The ICRC's head of delegation in Baghdad, Anna Lindqvist"}, role="head of delegation")
R("International Committee of the Red Cross", "based_in", "Geneva", "asserted", F,
  {C8: "the Geneva-based organisation would keep working"},
  note="'the organisation' = the ICRC named at the start of the same sentence")
R("Fuad Hussein", "works_for", "Iraq", "asserted", T,
  {C8: "Iraqi Foreign Minister Fuad Hussein"}, role="foreign minister")
R("UNAMI", "based_in", "Baghdad", "asserted", T,
  {C8: "The Baghdad-based UN Assistance Mission for Iraq"})
R("UNAMI", "supported", "Tripartite Commission", "asserted", F,
  {C8: "which has supported the commission's work since 2013"},
  note="'the commission' refers back; durative, no time")
R("Kuwait", "contacted", "United Nations", "asserted", T,
  {C8: "Kuwait has asked the United Nations to appoint a special envoy"})
R("Mohamed Al Hassan", "head_of", "UNAMI", "asserted", T,
  {C8: "Mohamed Al Hassan, the Omani diplomat who heads UNAMI"})
R("Mohamed Al Hassan", "citizen_of", "Oman", "asserted", T,
  {C8: "Mohamed Al Hassan, the Omani diplomat"}, note="demonym 'Omani'")
R("Mohamed Al Hassan", "works_for", "United Nations", "asserted", F,
  {C8: "the Omani diplomat who heads UNAMI, attended the ceremony and said the United Nations"},
  note="UNAMI is a UN mission; inference")
R("Iraq", "attacked", "Kuwait", "asserted", T,
  {C8: "Iraqi forces invaded Kuwait in August 1990"}, time="1990-08",
  note="invasion; Kuwait is a Country, so took_control_of does not apply")
R("United States", "attacked", "Iraq", "asserted", F,
  {C8: "a U.S.-led coalition drove them out in February 1991"}, time="1991-02",
  note="coalition led by the U.S.; loose")
R("UN Compensation Commission", "based_in", "Geneva", "asserted", T,
  {C8: "the Geneva-based UN Compensation Commission"})
R("Kuwait", "criticized", "Iraq", "asserted", T,
  {C8: "Kuwait protested to Baghdad"}, time="2023-09", alt_o=["Baghdad"],
  note="protest at the September 2023 ruling; metonymy")
R("Mohammed Shia al-Sudani", "contacted", "Meshal al-Ahmad al-Jaber al-Sabah", "reported", T,
  {C8: "spoke by phone last week with Kuwait's Emir, Sheikh Meshal al-Ahmad al-Jaber al-Sabah"},
  time="2025-10", note="last week from 2025-10-16")
R("Iraq", "negotiating_with", "Kuwait", "reported", T,
  {C8: "Iraq and Kuwait were negotiating the maritime boundary"})
R("Iraq", "negotiating_with", "Kuwait", "negated", T,
  {C8: "Baghdad would not negotiate over the land border"}, alt_s=["Baghdad"],
  note="polarity trap beside the maritime negotiations in the same sentence")
R("Iraq", "met_with", "Kuwait", "planned", F,
  {C8: "the two leaders agreed that a joint border committee would meet in Kuwait"},
  time="2025", note="committee meeting before the end of the year; group reference")
R("Iraq", "borders", "Kuwait", "asserted", F,
  {C8: "would not negotiate over the land border"}, note="the Iraq-Kuwait land border; inference")
R("Fuad Hussein", "visited", "Kuwait City", "hedged", T,
  {C8: "Hussein is expected to visit Kuwait City next month"}, time="2025-11",
  alt_o=["Kuwait"])
R("Fuad Hussein", "met_with", "Abdullah Ali al-Yahya", "hedged", T,
  {C8: "for talks with his Kuwaiti counterpart, Abdullah Ali al-Yahya"}, time="2025-11")

# ---------------------------------------------------------------- helpers


def norm(s):  # as in shared/tools/kgscore
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def clean(page):
    return html.unescape(re.sub("<[^>]+>", "", page))


def load_doc(name, style):
    """Return (cleaned text, body start, body end, title, published)."""
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if style == "html":
        text = clean(raw)
        m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
        body = clean(m.group(1))
        start = text.find(body)
        assert start >= 0 and text.count(body) == 1, name
        title = clean(re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})"', raw).group(1)
        return text, start, start + len(body), title, published
    text = raw
    if style == "newspaper":
        lines = text.split("\n")
        title = lines[0].strip()
        published = re.match(r"Published: (\d{4}-\d{2}-\d{2})$", lines[1]).group(1)
        assert lines[2].startswith("By ") and lines[3] == "", name
        start = len("\n".join(lines[:4])) + 1
        return text, start, len(text.rstrip()), title, published
    # wire: the dateline opens the lead; the bracketed credit line ends the copy
    m = re.search(r"\n\(Reporting by [^\n]*\)\s*$", text)
    assert m, name + ": no credit line"
    assert re.match(r"[A-Z][A-Z ]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ", text), name + ": dateline"
    lead = text.split(" - ", 1)[1].split(". ")[0]
    return text, 0, m.start(), lead, ""


ABBREV = {"U.S.", "U.N.", "U.K.", "U.A.E.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.",
          "Sept.", "Oct.", "Mr.", "Mrs.", "Dr.", "St.", "No.", "S."}


def sentences(text, lo, hi):
    """Sentence spans of text[lo:hi]: split at line breaks and at . ! ? that
    end a sentence (not after a known abbreviation or an initial)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text[lo:hi]):
        a, para = lo + m.start(), m.group(0)
        s = 0
        for b in re.finditer(r"[.!?][\"\u201d\u2019']?(\s+)(?=[\"\u201c\u2018A-Z0-9(])", para):
            tok = re.search(r"(\S+)$", para[:b.start() + 1]).group(1).lstrip("\"\u201c(")
            if tok in ABBREV or re.fullmatch(r"(?:[A-Z]\.)+", tok):
                continue
            spans.append((a + s, a + b.start(1)))
            s = b.end()
        spans.append((a + s, a + len(para.rstrip())))
    return [(x + len(text[x:y]) - len(text[x:y].lstrip()), y) for x, y in spans if text[x:y].strip()]


def occurs(form, body):
    return re.search(r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])", body) is not None


# ---------------------------------------------------------------- build


def build():
    errors = []
    rows = ROWS
    for r in rows:
        if not r["ev"]:
            errors.append(f"row {r['s']} {r['p']} {r['o']}: no evidence")

    ents = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ents:
            errors.append(f"entity {name} listed twice")
        ents[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} belongs to {alias_owner[k]} and {name}")
            alias_owner[k] = name

    docs = {}
    for name, style in DOCS.items():
        text, lo, hi, title, published = load_doc(name, style)
        docs[name] = dict(text=text, lo=lo, hi=hi, title=title, published=published,
                          style=style, body=text[lo:hi], sents=sentences(text, lo, hi))

    units = {}
    statements = []
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if e not in ents:
                errors.append(f"{tag}: unknown entity {e}")
        if r["p"] not in SIGNATURES:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        for p in r["alt_p"]:
            if p not in SIGNATURES:
                errors.append(f"{tag}: unknown alt predicate {p}")
        if r["s"] in ents and r["o"] in ents:
            st, ot = ents[r["s"]][0], ents[r["o"]][0]
            subj_ok, obj_ok = SIGNATURES[r["p"]]
            if st not in subj_ok or ot not in obj_ok:
                errors.append(f"{tag}: signature broken ({st} -> {ot})")
            for p in r["alt_p"]:
                if p in SIGNATURES and (st not in SIGNATURES[p][0] or ot not in SIGNATURES[p][1]):
                    errors.append(f"{tag}: alt_p {p} signature broken")
        if r["time"] is not None:
            if not TIME_RE.match(r["time"]):
                errors.append(f"{tag}: bad time {r['time']}")
            if r["p"] in STATIC:
                errors.append(f"{tag}: static relation with a time")
        pol = POLARITY.get(r["modality"])
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        key = (s, r["p"], o, pol)
        if key in units:
            errors.append(f"{tag}: unit repeats row {units[key]}")
        units[key] = i
        for doc, phrase in r["ev"].items():
            if doc not in docs:
                errors.append(f"{tag}: unknown document {doc}")
                continue
            d = docs[doc]
            # HTML pages use typographic apostrophes; phrases may be typed with '
            for variant in (phrase, phrase.replace("'", "\u2019")):
                at = d["body"].find(variant)
                if at >= 0:
                    phrase = variant
                    break
            if at < 0:
                errors.append(f"{tag}: evidence not in body of {doc}: {phrase!r}")
                continue
            start = d["lo"] + at
            end = start + len(phrase)
            sent = [(a, b) for a, b in d["sents"] if a <= start < b]
            if not sent or end > sent[0][1]:
                errors.append(f"{tag}: evidence crosses a sentence boundary in {doc}: {phrase!r}")
                continue
            a, b = sent[0]
            sentence = d["text"][a:b]
            for role, e in (("subject", r["s"]), ("object", r["o"])):
                if e in ents:
                    forms = [e] + ents[e][1] + DEMONYMS.get(e, [])
                    if not any(occurs(f, d["body"]) for f in forms):
                        errors.append(f"{tag}: {role} {e} never occurs in {doc}")
            if r["time"] and d["style"] == "wire" and r["time"][:4] not in sentence:
                errors.append(f"{tag}: wire copy {doc} gives no explicit year for time {r['time']}")
            statements.append({
                "subject": r["s"], "subject_type": ents[r["s"]][0],
                "predicate": r["p"],
                "object": r["o"], "object_type": ents[r["o"]][0],
                "modality": r["modality"], "time": r["time"] or "", "role": r["role"],
                "confidence": 1.0, "source": "corpus/" + doc, "title": d["title"],
                "published": d["published"], "sentence": sentence, "start": a, "end": b,
                "rule": "gold",
            })

    used = set()
    for r in rows:
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
    return errors, rows, ents, used, statements, docs


def main():
    errors, rows, ents, used, statements, docs = build()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)

    ent_lines = [json.dumps({"name": n, "type": ents[n][0], "aliases": ents[n][1]}, ensure_ascii=False)
                 for n, _, _ in ENTITIES if n in used]
    tri_lines = []
    for r in rows:
        row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": sorted(r["ev"]),
               "modality": r["modality"]}
        if r["time"]:
            row["time"] = r["time"]
        row["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        note = r["note"]
        if r["role"]:
            note = (f"role/commodity: {r['role']}; " + note) if note else f"role/commodity: {r['role']}"
        row["note"] = note
        tri_lines.append(json.dumps(row, ensure_ascii=False))
    for fname, lines in (("entities.jsonl", ent_lines), ("triples.jsonl", tri_lines),
                         ("selfcheck_statements.jsonl",
                          [json.dumps(s, ensure_ascii=False) for s in statements])):
        with open(os.path.join(ROOT, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    if "--stats" in sys.argv:
        pol = Counter(POLARITY[r["modality"]] for r in rows)
        mods = Counter(r["modality"] for r in rows)
        req = sum(r["required"] for r in rows)
        preds = Counter(r["p"] for r in rows)
        types = Counter(ents[n][0] for n in used)
        print(f"rows: {len(rows)}  required: {req} ({req / len(rows):.0%})  "
              f"statements: {len(statements)}  entities: {len(used)}")
        print("polarity:", dict(pol))
        print("modality (rows / required):",
              {m: f"{mods[m]}/{sum(r['required'] for r in rows if r['modality'] == m)}"
               for m in sorted(MODALITIES)})
        print("entities by type:", dict(sorted(types.items())))
        print(f"predicates ({len(preds)}):", dict(sorted(preds.items())))
        with_time = sum(1 for r in rows if r["time"])
        print("rows with time:", with_time)
        print("per document (rows / required):")
        for d in DOCS:
            n = [r for r in rows if d in r["ev"]]
            print(f"  {d}: {len(n)} / {sum(r['required'] for r in n)}  "
                  f"words={len(docs[d]['body'].split())}  published={docs[d]['published'] or '-'}")


if __name__ == "__main__":
    main()
