#!/usr/bin/env python3
"""Build the gold standard of the zzzo news set.

Usage:
    python3 -B tools/build_gold.py              # check and write the three files
    python3 -B tools/build_gold.py --check      # check only, write nothing
    python3 -B tools/build_gold.py --self-test  # test the checks, then check the set

Writes, next to corpus/:
    entities.jsonl               {"name", "type", "aliases"}
    triples.jsonl                one row per scoring unit (subject, predicate,
                                 object, polarity), docs = bare file names
    selfcheck_statements.jsonl   one statement per row and document, in the
                                 shape `kg export --format jsonl` writes

Every annotation below is (document, subject, predicate, object, modality,
evidence) plus optional time, role, commodity, required flag and alternative
readings.  The evidence is a phrase that must occur in that document's body
(tools/textutil.py decides what the body is) inside one sentence; that
sentence becomes the statement's sentence.  Annotations of the same unit in
several documents are merged into one row; their times must all be given or
all be absent, and the row keeps their common ISO prefix.

Checks: names against the entity list (aliases must not collide), predicates,
entity types and modalities against SCHEMA.md, time format, evidence against
the text, one annotation per unit and document, and the set-level targets
(200-260 rows, all predicates, all modalities, 20-25 negated rows).

Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

SCHEMA_MD = os.environ.get("ZZZO_SCHEMA", "/work/shared/SCHEMA.md")
KGSCORE = os.environ.get("ZZZO_KGSCORE", "/work/shared/tools/kgscore")

DOCS = {
    "01": "zzzo01_saudi_us_defense_pact.txt",
    "02": "zzzo02_gcc_manama_summit.txt",
    "03": "zzzo03_lithuania_belarus_border.txt",
    "04": "zzzo04_qatar_mediators_reward.txt",
    "05": "zzzo05_narva_estonia_pressure.txt",
    "06": "zzzo06_baltics_quit_mine_treaty.txt",
    "07": "zzzo07_saudi_qatar_rail.html",
    "08": "zzzo08_baltic_leaders_tallinn.html",
}

# --------------------------------------------------------------------------
# Entities: (name, type, aliases)
# --------------------------------------------------------------------------
ENTITIES = [
    # Gulf people
    ("Mohammed bin Salman", "Person", ["MBS", "Crown Prince Mohammed bin Salman", "Saudi Crown Prince Mohammed bin Salman", "Prince Mohammed", "Mohammad bin Salman"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump", "President Trump"]),
    ("Marco Rubio", "Person", ["Rubio", "Secretary of State Marco Rubio"]),
    ("Faisal bin Farhan", "Person", ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud", "Prince Faisal"]),
    ("Badr Abdelatty", "Person", ["Abdelatty", "Badr Abdel Aty"]),
    ("Esmaeil Baghaei", "Person", ["Baghaei", "Esmail Baghaei", "Esmaeil Baqaei"]),
    ("Hessa al-Mutairi", "Person", ["al-Mutairi", "Hessa Al Mutairi"]),
    ("Jasem Mohamed Albudaiwi", "Person", ["Albudaiwi", "Jasem Albudaiwi", "Jassem Mohamed Al-Budaiwi"]),
    ("Hamad bin Isa Al Khalifa", "Person", ["King Hamad", "King Hamad bin Isa Al Khalifa"]),
    ("Tamim bin Hamad Al Thani", "Person", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Emir Tamim", "Tamim bin Hamad"]),
    ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Person", ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Mishal", "Mishal al-Ahmad"]),
    ("Haitham bin Tarik", "Person", ["Sultan Haitham bin Tarik", "Sultan Haitham", "Haitham bin Tariq"]),
    ("Mohammed bin Abdulrahman Al Thani", "Person", ["Sheikh Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman"]),
    ("Benjamin Netanyahu", "Person", ["Netanyahu", "Israeli Prime Minister Benjamin Netanyahu"]),
    ("Khalil al-Hayya", "Person", ["Khalil Al-Hayya"]),
    ("Humam al-Hayya", "Person", []),
    ("Badr al-Dosari", "Person", ["Corporal Badr al-Dosari", "al-Dosari"]),
    ("Mahmoud Qasem", "Person", ["Qasem"]),
    ("Saleh al-Jasser", "Person", ["al-Jasser", "Saleh Al-Jasser"]),
    ("Mohammed bin Abdullah Al Thani", "Person", ["Sheikh Mohammed bin Abdullah Al Thani"]),
    ("Nasser al-Khalifi", "Person", ["al-Khalifi"]),
    # Baltic people
    ("Inga Ruginienė", "Person", ["Ruginienė", "Ruginiene", "Inga Ruginiene"]),
    ("Gitanas Nausėda", "Person", ["Nausėda", "Nauseda", "Gitanas Nauseda"]),
    ("Alexander Lukashenko", "Person", ["Lukashenko", "Alyaksandr Lukashenka", "Lukashenka"]),
    ("Ursula von der Leyen", "Person", ["von der Leyen"]),
    ("Sviatlana Tsikhanouskaya", "Person", ["Tsikhanouskaya", "Svetlana Tikhanovskaya"]),
    ("Rūta Vaitkutė", "Person", ["Vaitkutė", "Ruta Vaitkute"]),
    ("Svetlana Ivanova", "Person", ["Ivanova"]),
    ("Dmitry Peskov", "Person", ["Peskov"]),
    ("Kristen Michal", "Person", ["Michal"]),
    ("Margus Tsahkna", "Person", ["Tsahkna"]),
    ("Andres Kask", "Person", ["Kask"]),
    ("Andris Sprūds", "Person", ["Andris Spruds", "Spruds", "Sprūds"]),
    ("Edgars Rinkēvičs", "Person", ["Edgars Rinkevics", "Rinkevics", "Rinkēvičs"]),
    ("Evika Siliņa", "Person", ["Evika Silina", "Silina", "Siliņa"]),
    ("Ilona Grigorjeva", "Person", ["Grigorjeva"]),
    # Countries
    ("Saudi Arabia", "Country", ["Kingdom of Saudi Arabia", "the kingdom", "Saudi", "KSA"]),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America", "America", "Americans"]),
    ("Qatar", "Country", ["State of Qatar"]),
    ("Kuwait", "Country", ["State of Kuwait"]),
    ("Bahrain", "Country", ["Kingdom of Bahrain"]),
    ("United Arab Emirates", "Country", ["UAE", "U.A.E.", "the Emirates", "Emirates"]),
    ("Oman", "Country", ["Sultanate of Oman"]),
    ("Israel", "Country", ["State of Israel"]),
    ("Iran", "Country", ["Islamic Republic of Iran", "Tehran"]),
    ("China", "Country", ["People's Republic of China", "PRC"]),
    ("Russia", "Country", ["Russian Federation", "Moscow", "Kremlin", "Russian forces"]),
    ("Egypt", "Country", ["Arab Republic of Egypt"]),
    ("Turkey", "Country", ["Türkiye", "Turkiye"]),
    ("Yemen", "Country", ["Republic of Yemen"]),
    ("United Kingdom", "Country", ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Lithuania", "Country", ["Republic of Lithuania"]),
    ("Latvia", "Country", ["Republic of Latvia"]),
    ("Estonia", "Country", ["Republic of Estonia"]),
    ("Belarus", "Country", ["Minsk", "Republic of Belarus"]),
    ("Poland", "Country", []),
    ("Finland", "Country", []),
    ("Germany", "Country", []),
    ("Ukraine", "Country", ["Kyiv"]),
    ("Norway", "Country", []),
    ("Soviet Union", "Country", ["USSR", "U.S.S.R."]),
    # Organizations
    ("Gulf Cooperation Council", "Organization", ["GCC", "Gulf Co-operation Council", "Cooperation Council for the Arab States of the Gulf"]),
    ("Gulf Policy Forum", "Organization", []),
    ("Hamas", "Organization", []),
    ("Israel Defense Forces", "Organization", ["IDF", "Israeli forces", "Israeli military", "Israeli army"]),
    ("Southern Transitional Council", "Organization", ["STC"]),
    ("Houthis", "Organization", ["Houthi movement", "Ansar Allah", "Houthi"]),
    ("Al-Bidda Centre for Strategic Studies", "Organization", ["Al-Bidda Centre"]),
    ("Qatar University", "Organization", []),
    ("OPEC", "Organization", ["Organization of the Petroleum Exporting Countries"]),
    ("NATO", "Organization", ["North Atlantic Treaty Organization"]),
    ("European Union", "Organization", ["EU", "Brussels"]),
    ("European Commission", "Organization", ["Commission"]),
    ("Eastern Flank Institute", "Organization", []),
    ("45th Panzer Brigade", "Organization", ["Panzerbrigade 45", "German brigade in Lithuania"]),
    ("Baltic Centre for Defence Studies", "Organization", []),
    ("United Nations", "Organization", ["UN", "U.N."]),
    ("International Committee of the Red Cross", "Organization", ["ICRC", "Red Cross"]),
    # Cities
    ("Washington", "City", ["Washington, D.C.", "Washington DC"]),
    ("Kuwait City", "City", []),
    ("Manama", "City", []),
    ("Doha", "City", []),
    ("Riyadh", "City", []),
    ("Aden", "City", []),
    ("Sanaa", "City", ["Sana'a"]),
    ("Sharm el-Sheikh", "City", ["Sharm El Sheikh"]),
    ("AlUla", "City", ["Al-Ula", "Al Ula"]),
    ("Vilnius", "City", []),
    ("Narva", "City", []),
    ("Tallinn", "City", []),
    ("Klaipėda", "City", ["Klaipeda"]),
    ("Riga", "City", []),
    ("Daugavpils", "City", []),
    ("Ivangorod", "City", []),
    # Regions
    ("Abu Musa", "Region", []),
    ("Greater Tunb", "Region", []),
    ("Lesser Tunb", "Region", []),
    ("Hadramawt", "Region", ["Hadramout", "Hadhramaut", "Hadramawt province"]),
    ("South Yemen", "Region", ["southern Yemen"]),
    ("Kaliningrad", "Region", ["Kaliningrad exclave", "Kaliningrad region", "Kaliningrad Oblast"]),
    # Agreements
    ("Abraham Accords", "Agreement", ["the accords", "Abraham Accord"]),
    ("Strategic Defense Agreement", "Agreement", ["U.S.-Saudi Strategic Defense Agreement", "Strategic Defence Agreement"]),
    ("Beijing Agreement", "Agreement", []),
    ("Sharm el-Sheikh Declaration", "Agreement", []),
    ("Gaza ceasefire", "Agreement", ["Gaza ceasefire agreement", "Gaza truce", "ceasefire"]),
    ("Ottawa Convention", "Agreement", ["Mine Ban Treaty", "Ottawa Treaty"]),
    # Facilities
    ("Al Udeid Air Base", "Facility", ["Al Udeid", "Al-Udeid Air Base"]),
    ("King Salman International Airport", "Facility", []),
    ("Hamad International Airport", "Facility", []),
    ("Ivangorod Fortress", "Facility", []),
    ("Amari Air Base", "Facility", ["Ämari Air Base", "Ämari"]),
]

# --------------------------------------------------------------------------
# Annotations
# --------------------------------------------------------------------------
ANN = []


def A(doc, s, p, o, modality, evidence, time=None, req=True, alt_s=(), alt_p=(),
      alt_o=(), role=None, commodity=None, note=None):
    ANN.append(dict(doc=doc, s=s, p=p, o=o, modality=modality, evidence=evidence,
                    time=time, required=req, alt_s=list(alt_s), alt_p=list(alt_p),
                    alt_o=list(alt_o), role=role, commodity=commodity, note=note))


def many(doc, subjects, p, o, modality, evidence, **kw):
    for s in subjects:
        A(doc, s, p, o, modality, evidence, **kw)


# ---- 01: MBS in Washington (wire, dateline Nov 19 = Wednesday) -------------
A("01", "Mohammed bin Salman", "head_of", "Saudi Arabia", "asserted", "Saudi Crown Prince Mohammed bin Salman", role="crown prince")
A("01", "Donald Trump", "head_of", "United States", "asserted", "President Donald Trump", role="president")
A("01", "Saudi Arabia", "party_to", "Abraham Accords", "negated", "without taking the step President Donald Trump had pressed hardest for: joining the Abraham Accords", note="left without joining")
A("01", "Mohammed bin Salman", "visited", "Washington", "asserted", "his first visit to Washington in more than seven years", time="2025-11", alt_o=["United States"], note="Tuesday-Wednesday visit; month only")
A("01", "Donald Trump", "met_with", "Mohammed bin Salman", "asserted", "Trump, who hosted the crown prince at the White House on Tuesday", time="2025-11-18")
A("01", "United States", "signed_agreement_with", "Saudi Arabia", "asserted", "signed the Strategic Defense Agreement with him", time="2025-11-18", alt_s=["Donald Trump"], alt_o=["Mohammed bin Salman"])
A("01", "United States", "party_to", "Strategic Defense Agreement", "asserted", "signed the Strategic Defense Agreement with him", time="2025-11-18", note="signed by Trump for the U.S.")
A("01", "Saudi Arabia", "party_to", "Strategic Defense Agreement", "asserted", "signed the Strategic Defense Agreement with him", time="2025-11-18", note="signed by the crown prince")
A("01", "United States", "allied_with", "Saudi Arabia", "planned", "he would designate Saudi Arabia a major non-NATO ally", alt_s=["Donald Trump"])
many("01", ["Qatar", "Kuwait", "Bahrain"], "allied_with", "United States", "asserted", "a status that Qatar, Kuwait and Bahrain already hold", req=False, note="major non-NATO ally status: ally of the U.S. left implicit")
A("01", "Saudi Arabia", "imports_from", "United States", "planned", "The kingdom will buy F-35 fighter jets from the United States", commodity="F-35 fighter jets")
many("01", ["United Arab Emirates", "Bahrain", "Israel"], "party_to", "Abraham Accords", "asserted", "the accords, which the United Arab Emirates and Bahrain signed with Israel in 2020", time="2020")
many("01", ["United Arab Emirates", "Bahrain"], "signed_agreement_with", "Israel", "asserted", "the accords, which the United Arab Emirates and Bahrain signed with Israel in 2020", time="2020")
A("01", "Saudi Arabia", "candidate_for", "Abraham Accords", "reported", "Prince Mohammed said the kingdom wanted to be part of them")
A("01", "Saudi Arabia", "normalized_relations_with", "Israel", "negated", "\"We will not normalise relations with Israel while that path does not exist,\" he said", alt_s=["Mohammed bin Salman"])
A("01", "Saudi Arabia", "recognizes", "Israel", "negated", "Saudi Arabia has never recognised Israel")
A("01", "Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted", "Saudi Foreign Minister Prince Faisal bin Farhan", role="foreign minister")
A("01", "Marco Rubio", "works_for", "United States", "asserted", "Secretary of State Marco Rubio", role="secretary of state", alt_o=["Donald Trump"])
A("01", "Faisal bin Farhan", "met_with", "Marco Rubio", "reported", "Prince Faisal bin Farhan held separate talks on Tuesday with Secretary of State Marco Rubio", time="2025-11-18")
many("01", ["Faisal bin Farhan", "Marco Rubio"], "contacted", "Badr Abdelatty", "reported", "The two men later telephoned Egyptian Foreign Minister Badr Abdelatty together", time="2025-11", note="'later' than Tuesday's talks: month only")
A("01", "Badr Abdelatty", "works_for", "Egypt", "asserted", "Egyptian Foreign Minister Badr Abdelatty", role="foreign minister")
A("01", "Saudi Arabia", "normalized_relations_with", "Iran", "asserted", "The kingdom restored diplomatic ties with Iran in 2023", time="2023")
A("01", "China", "brokered", "Beijing Agreement", "asserted", "the Beijing Agreement, which China brokered", time="2023")
many("01", ["Saudi Arabia", "Iran"], "party_to", "Beijing Agreement", "asserted", "restored diplomatic ties with Iran in 2023 under the Beijing Agreement", time="2023", req=False)
A("01", "United States", "negotiating_with", "Russia", "asserted", "in February it hosted talks between U.S. and Russian officials", time="2025-02")
A("01", "United States", "trades_with", "Saudi Arabia", "asserted", "The United States is one of the kingdom's biggest trading partners")
A("01", "China", "trades_with", "Saudi Arabia", "asserted", "biggest trading partners, second only to China")
A("01", "Esmaeil Baghaei", "works_for", "Iran", "asserted", "Iranian foreign ministry spokesman Esmaeil Baghaei", role="foreign ministry spokesman")
A("01", "Esmaeil Baghaei", "criticized", "Strategic Defense Agreement", "reported", "Baghaei said the pact would bring \"more weapons, not more security\" to the Gulf, Iranian state media reported", alt_s=["Iran"])
A("01", "Hessa al-Mutairi", "citizen_of", "Kuwait", "asserted", "Hessa al-Mutairi, a Kuwaiti analyst")
A("01", "Hessa al-Mutairi", "works_for", "Gulf Policy Forum", "asserted", "a Kuwaiti analyst at the Kuwait City-based Gulf Policy Forum", role="analyst")
A("01", "Gulf Policy Forum", "based_in", "Kuwait City", "asserted", "the Kuwait City-based Gulf Policy Forum")

# ---- 02: GCC summit in Manama (wire, dateline Dec 4 = Thursday) ------------
A("02", "Gulf Cooperation Council", "criticized", "Israel", "asserted", "condemned Israel's September strike on Doha", time="2025-12-03")
A("02", "Manama", "capital_of", "Bahrain", "asserted", "the Bahraini capital Manama")
A("02", "Manama", "located_in", "Bahrain", "asserted", "the Bahraini capital Manama", note="entailed by capital_of")
A("02", "Israel", "attacked", "Doha", "asserted", "Israel's September strike on Doha", time="2025-09", alt_o=["Qatar"])
many("02", ["Saudi Arabia", "United Arab Emirates", "Qatar", "Oman", "Kuwait", "Bahrain"], "member_of", "Gulf Cooperation Council", "asserted", "The bloc groups Saudi Arabia, the UAE, Qatar, Oman, Kuwait and Bahrain")
A("02", "Jasem Mohamed Albudaiwi", "head_of", "Gulf Cooperation Council", "asserted", "GCC Secretary-General Jasem Mohamed Albudaiwi", role="secretary-general")
A("02", "Saudi Arabia", "signed_agreement_with", "United States", "asserted", "the defence agreement that Saudi Arabia signed with the United States last month", time="2025-11")
A("02", "Hamad bin Isa Al Khalifa", "head_of", "Bahrain", "asserted", "King Hamad bin Isa Al Khalifa of Bahrain", role="king")
A("02", "Mohammed bin Salman", "head_of", "Saudi Arabia", "asserted", "Saudi Crown Prince Mohammed bin Salman", role="crown prince")
A("02", "Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani", role="emir")
A("02", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "head_of", "Kuwait", "asserted", "Kuwait's emir, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", role="emir")
many("02", ["Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Mishal Al-Ahmad Al-Jaber Al-Sabah"], "visited", "Manama", "asserted", "the summit, which was attended by Saudi Crown Prince Mohammed bin Salman", time="2025-12-03", req=False, alt_o=["Bahrain"], note="attended the summit in Manama")
A("02", "Haitham bin Tarik", "head_of", "Oman", "asserted", "Oman's Sultan Haitham bin Tarik", role="sultan")
A("02", "Haitham bin Tarik", "visited", "Manama", "negated", "Oman's Sultan Haitham bin Tarik did not attend", req=False, alt_o=["Bahrain"], note="did not attend the summit in Manama")
for _island in ("Abu Musa", "Greater Tunb", "Lesser Tunb"):
    A("02", "Iran", "took_control_of", _island, "asserted", "islands near the Strait of Hormuz that Iran seized in 1971", time="1971")
A("02", "United Arab Emirates", "gained_independence_from", "United Kingdom", "asserted", "Britain's withdrawal from the Gulf gave the Emirates their independence", time="1971")
A("02", "Gulf Cooperation Council", "supported", "United Arab Emirates", "asserted", "the leaders reaffirmed the UAE's sovereignty", time="2025-12-03", req=False, note="political backing of the UAE claim")
A("02", "Iran", "criticized", "Gulf Cooperation Council", "asserted", "Tehran rejected the statement within hours", time="2025-12", alt_s=["Esmaeil Baghaei"])
A("02", "Esmaeil Baghaei", "works_for", "Iran", "asserted", "Iranian foreign ministry spokesman Esmaeil Baghaei", role="foreign ministry spokesman")
A("02", "Mohammed bin Abdulrahman Al Thani", "head_of", "Qatar", "asserted", "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani", role="prime minister")
A("02", "Israel", "attacked", "Hamas", "asserted", "the Sept. 9 strike, which targeted Hamas negotiators", time="2025-09-09")
A("02", "Israel", "negotiating_with", "Hamas", "planned", "Qatar would keep mediating between Israel and Hamas", req=False, note="indirect talks through a mediator, future")
A("02", "United Arab Emirates", "supported", "Southern Transitional Council", "asserted", "the UAE-backed Southern Transitional Council")
A("02", "Southern Transitional Council", "took_control_of", "Hadramawt", "asserted", "Southern Transitional Council this week seized much of Hadramawt", time="2025-12")
many("02", ["Saudi Arabia", "Oman"], "borders", "Hadramawt", "asserted", "an oil-producing province that borders both Saudi Arabia and Oman")
A("02", "Hadramawt", "located_in", "Yemen", "asserted", "The summit also discussed Yemen, where fighters", req=False, note="'Yemen, where ... seized much of Hadramawt'")
A("02", "Southern Transitional Council", "based_in", "Aden", "asserted", "The Aden-based council")
A("02", "South Yemen", "seceded_from", "Yemen", "planned", "wants southern Yemen to break away from Yemen")
A("02", "Gulf Cooperation Council", "contacted", "Houthis", "negated", "Albudaiwi said the GCC had not been in contact with the Houthi movement", alt_s=["Jasem Mohamed Albudaiwi"])
A("02", "Houthis", "took_control_of", "Sanaa", "asserted", "the Houthi movement, which controls the Yemeni capital Sanaa")
A("02", "Sanaa", "capital_of", "Yemen", "asserted", "the Yemeni capital Sanaa")
A("02", "Sanaa", "located_in", "Yemen", "asserted", "the Yemeni capital Sanaa", note="entailed by capital_of")
A("02", "Oman", "diplomatic_relations_with", "Israel", "negated", "Oman, which has never established diplomatic relations with Israel")
A("02", "Gulf Cooperation Council", "based_in", "Riyadh", "asserted", "Riyadh, where the bloc has its headquarters")

# ---- 04: Qatar after the Doha strike (newspaper, 2025-10-14, Tuesday) ------
A("04", "Doha", "capital_of", "Qatar", "asserted", "Doha, the Qatari capital")
A("04", "Doha", "located_in", "Qatar", "asserted", "Doha, the Qatari capital", note="entailed by capital_of")
A("04", "Qatar", "brokered", "Gaza ceasefire", "asserted", "was brokered by Qatar, Egypt, Turkey and the United States", alt_s=["Doha"], note="also 'a ceasefire that Doha had helped to broker'")
many("04", ["Egypt", "Turkey", "United States"], "brokered", "Gaza ceasefire", "asserted", "was brokered by Qatar, Egypt, Turkey and the United States")
A("04", "Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted", "Sheikh Tamim bin Hamad Al Thani, the emir", role="emir")
A("04", "Tamim bin Hamad Al Thani", "visited", "Sharm el-Sheikh", "asserted", "flew to the Egyptian resort of Sharm el-Sheikh for Monday", time="2025-10-13", alt_o=["Egypt"])
A("04", "Sharm el-Sheikh", "located_in", "Egypt", "asserted", "the Egyptian resort of Sharm el-Sheikh")
many("04", ["Qatar", "United States", "Egypt", "Turkey"], "party_to", "Sharm el-Sheikh Declaration", "asserted", "Qatar, the United States, Egypt and Turkey signed the Sharm el-Sheikh Declaration", time="2025-10-13")
many("04", ["Israel", "Hamas"], "party_to", "Sharm el-Sheikh Declaration", "negated", "Neither Israel nor Hamas signed the document", note="'the document' = the declaration of the previous sentence")
A("04", "Israel", "in_conflict_with", "Hamas", "asserted", "two years of war between Israel and Hamas")
A("04", "Israel", "attacked", "Doha", "asserted", "On Sept. 9, Israeli forces struck a building in Doha", time="2025-09-09", alt_s=["Israel Defense Forces"], alt_o=["Qatar"])
A("04", "Israel", "attacked", "Hamas", "asserted", "Israeli forces struck a building in Doha where Hamas leaders had gathered", time="2025-09-09", alt_s=["Israel Defense Forces"])
A("04", "Israel Defense Forces", "killed", "Humam al-Hayya", "asserted", "The attack killed five Hamas members, among them Humam al-Hayya", time="2025-09-09", note="'the attack' = the strike by Israeli forces")
A("04", "Israel Defense Forces", "killed", "Badr al-Dosari", "asserted", "as well as a Qatari security officer, Corporal Badr al-Dosari", time="2025-09-09")
A("04", "Humam al-Hayya", "member_of", "Hamas", "asserted", "five Hamas members, among them Humam al-Hayya")
A("04", "Khalil al-Hayya", "works_for", "Hamas", "asserted", "the group's chief negotiator Khalil al-Hayya", role="chief negotiator")
A("04", "Badr al-Dosari", "works_for", "Qatar", "asserted", "a Qatari security officer, Corporal Badr al-Dosari", role="security officer")
A("04", "Badr al-Dosari", "citizen_of", "Qatar", "asserted", "a Qatari security officer, Corporal Badr al-Dosari", req=False, note="demonym of an office holder")
A("04", "Qatar", "criticized", "Israel", "asserted", "Qatar called the attack a \"cowardly\" violation of its sovereignty")
A("04", "Mohammed bin Abdulrahman Al Thani", "head_of", "Qatar", "asserted", "Sheikh Mohammed bin Abdulrahman Al Thani, who is both prime minister and foreign minister", role="prime minister")
A("04", "Mohammed bin Abdulrahman Al Thani", "works_for", "Qatar", "asserted", "Sheikh Mohammed bin Abdulrahman Al Thani, who is both prime minister and foreign minister", role="foreign minister")
A("04", "Israel", "contacted", "Qatar", "negated", "said Israel had not warned Doha before the jets struck", alt_o=["Doha"])
A("04", "Benjamin Netanyahu", "head_of", "Israel", "asserted", "Israeli Prime Minister Benjamin Netanyahu", role="prime minister")
A("04", "Benjamin Netanyahu", "contacted", "Mohammed bin Abdulrahman Al Thani", "reported", "Netanyahu called him from the White House to apologise, according to a statement", time="2025-09-29", alt_o=["Qatar"])
A("04", "Donald Trump", "head_of", "United States", "asserted", "U.S. President Donald Trump", role="president")
A("04", "United States", "supported", "Qatar", "asserted", "pledging that the United States would treat any armed attack on Qatar as a threat to its own security", time="2025-10-01", alt_s=["Donald Trump"])
A("04", "Al Udeid Air Base", "located_in", "Qatar", "asserted", "Qatar hosts Al Udeid Air Base", alt_p=["based_in"])
A("04", "Iran", "attacked", "Al Udeid Air Base", "asserted", "which Iran targeted with missiles in June", time="2025-06", alt_o=["Qatar"])
A("04", "United States", "attacked", "Iran", "asserted", "a day after U.S. strikes on Iranian nuclear sites", time="2025-06")
A("04", "Qatar", "diplomatic_relations_with", "Israel", "negated", "Qatar has no formal diplomatic relations with Israel")
A("04", "Hamas", "based_in", "Qatar", "asserted", "it has hosted Hamas's political office for more than a decade", req=False, note="the political office, not the whole movement")
A("04", "Israel", "criticized", "Qatar", "asserted", "Israeli officials have accused Doha of bankrolling the group", alt_o=["Doha"])
A("04", "Qatar", "supported", "Hamas", "reported", "Israeli officials have accused Doha of bankrolling the group", alt_s=["Doha"], note="an accusation")
A("04", "Qatar", "supported", "Hamas", "negated", "Qatari officials deny ever funding Hamas's armed wing", note="the denial, same document")
A("04", "Mahmoud Qasem", "works_for", "Al-Bidda Centre for Strategic Studies", "asserted", "a researcher at the Doha-based Al-Bidda Centre for Strategic Studies", role="researcher")
A("04", "Al-Bidda Centre for Strategic Studies", "based_in", "Doha", "asserted", "the Doha-based Al-Bidda Centre for Strategic Studies")
A("04", "United States", "negotiating_with", "Iran", "hedged", "the next round of talks between the Americans and Iran could well be held here")
A("04", "Tamim bin Hamad Al Thani", "visited", "Washington", "hedged", "The emir is expected to travel to Washington before the end of the year", time="2025", alt_o=["United States"])

# ---- 07: Riyadh-Doha rail (HTML, 2025-12-09, Tuesday) -----------------------
A("07", "Saudi Arabia", "signed_agreement_with", "Qatar", "asserted", "Saudi Arabia and Qatar on Monday signed an agreement", time="2025-12-08", alt_s=["Saleh al-Jasser"], alt_o=["Mohammed bin Abdullah Al Thani"])
A("07", "Saudi Arabia", "borders", "Qatar", "asserted", "the two neighbours have moved past the blockade")
A("07", "Saleh al-Jasser", "works_for", "Saudi Arabia", "asserted", "Saudi Transport Minister Saleh al-Jasser", role="transport minister")
A("07", "Mohammed bin Abdullah Al Thani", "works_for", "Qatar", "asserted", "his Qatari counterpart, Sheikh Mohammed bin Abdullah Al Thani", role="transport minister")
A("07", "Mohammed bin Salman", "head_of", "Saudi Arabia", "asserted", "Saudi Crown Prince Mohammed bin Salman", role="crown prince")
A("07", "Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted", "Qatar\u2019s emir, Sheikh Tamim bin Hamad Al Thani", role="emir")
A("07", "Mohammed bin Salman", "met_with", "Tamim bin Hamad Al Thani", "asserted", "held talks on Monday", time="2025-12-08")
A("07", "Tamim bin Hamad Al Thani", "visited", "Riyadh", "asserted", "The emir had arrived on Sunday in Riyadh", time="2025-12-07", alt_o=["Saudi Arabia"])
A("07", "Riyadh", "capital_of", "Saudi Arabia", "asserted", "Riyadh, the Saudi capital")
A("07", "Riyadh", "located_in", "Saudi Arabia", "asserted", "Riyadh, the Saudi capital", note="entailed by capital_of")
A("07", "King Salman International Airport", "located_in", "Riyadh", "asserted", "King Salman International Airport in Riyadh")
A("07", "Hamad International Airport", "located_in", "Doha", "asserted", "Hamad International Airport in Doha")
many("07", ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"], "blockaded", "Qatar", "asserted", "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt imposed a blockade on Qatar", time="2017-06")
many("07", ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"], "criticized", "Qatar", "asserted", "accused Doha of supporting terrorism", time="2017-06", alt_o=["Doha"])
A("07", "Qatar", "allied_with", "Iran", "reported", "accused Doha of supporting terrorism and of cosying up to Tehran", req=False, alt_s=["Doha"], note="an accusation by the blockading states")
many("07", ["Saudi Arabia", "United Arab Emirates", "Egypt"], "normalized_relations_with", "Qatar", "asserted", "Saudi Arabia, the UAE and Egypt restored relations with Qatar in January 2021", time="2021-01")
A("07", "AlUla", "located_in", "Saudi Arabia", "asserted", "the Saudi desert town of AlUla")
A("07", "Bahrain", "normalized_relations_with", "Qatar", "asserted", "Bahrain did not restore diplomatic relations with Doha until April 2023", time="2023-04", alt_o=["Doha"], note="'did not ... until' = it happened in April 2023")
A("07", "Qatar", "imports_from", "Saudi Arabia", "asserted", "Qatar again imports building materials and fresh produce from Saudi Arabia", commodity="building materials; fresh produce")
A("07", "Qatar", "imports_from", "Saudi Arabia", "negated", "it no longer buys Saudi milk", commodity="milk", note="same triple negated for another commodity")
A("07", "Saudi Arabia", "trades_with", "Qatar", "reported", "Saudi-Qatari trade reached about $930 million in 2024, according to", time="2024")
A("07", "Saudi Arabia", "member_of", "OPEC", "asserted", "Saudi Arabia remains the largest producer in OPEC")
A("07", "Qatar", "member_of", "OPEC", "negated", "Qatar, which left the group in 2019 to concentrate on liquefied natural gas, has not rejoined it")
many("07", ["Saudi Arabia", "Qatar"], "member_of", "Gulf Cooperation Council", "asserted", "Saudi Arabia and Qatar both belong to the Gulf Cooperation Council")
A("07", "Gulf Cooperation Council", "based_in", "Riyadh", "asserted", "which has its headquarters in Riyadh")
A("07", "Oman", "signed_agreement_with", "United Arab Emirates", "asserted", "Only Oman and the UAE have made real progress, after they signed an agreement in 2022", time="2022")
A("07", "Nasser al-Khalifi", "citizen_of", "Qatar", "asserted", "Nasser al-Khalifi, a Qatari economist")
A("07", "Nasser al-Khalifi", "works_for", "Qatar University", "asserted", "a Qatari economist who teaches at Qatar University", role="economist, lecturer")

# ---- 03: Lithuania closes the Belarus border (wire, Oct 29 = Wednesday) ----
A("03", "Lithuania", "borders", "Belarus", "asserted", "Lithuania closed its border crossings with Belarus")
A("03", "Vilnius", "capital_of", "Lithuania", "asserted", "Vilnius, Lithuania's capital")
A("03", "Vilnius", "located_in", "Lithuania", "asserted", "Vilnius, Lithuania's capital", note="entailed by capital_of")
A("03", "Inga Ruginienė", "head_of", "Lithuania", "asserted", "Prime Minister Inga Ruginienė", role="prime minister")
A("03", "Inga Ruginienė", "criticized", "Belarus", "asserted", "Minsk was doing nothing to stop them", alt_s=["Lithuania"])
A("03", "Gitanas Nausėda", "head_of", "Lithuania", "asserted", "President Gitanas Nausėda", role="president")
A("03", "Gitanas Nausėda", "criticized", "Belarus", "asserted", "accusing Alexander Lukashenko's government of staging", alt_o=["Alexander Lukashenko"])
A("03", "Belarus", "attacked", "Lithuania", "reported", "accusing Alexander Lukashenko's government of staging a \"hybrid attack\" on Lithuania", alt_s=["Alexander Lukashenko"], note="an accusation")
A("03", "Alexander Lukashenko", "head_of", "Belarus", "asserted", "Lukashenko, who has ruled Belarus since 1994", role="leader")
A("03", "Alexander Lukashenko", "criticized", "Gitanas Nausėda", "asserted", "dismissed the charge as \"nonsense\"", alt_o=["Lithuania"])
A("03", "Belarus", "attacked", "Lithuania", "negated", "said Belarus had never attacked anyone", alt_s=["Alexander Lukashenko"], note="the denial, same document")
A("03", "Belarus", "threatened", "Lithuania", "asserted", "His government warned that about 1,000 Lithuanian trucks stranded on the Belarusian side would not be allowed to leave", alt_s=["Alexander Lukashenko"])
A("03", "European Commission", "supported", "Lithuania", "reported", "The European Commission said Lithuania had its full support", alt_s=["European Union"])
A("03", "Ursula von der Leyen", "head_of", "European Commission", "asserted", "Commission President Ursula von der Leyen", role="president")
A("03", "European Union", "sanctioned", "Belarus", "planned", "Brussels was preparing new sanctions against Belarus", alt_s=["European Commission"])
A("03", "Kaliningrad", "located_in", "Russia", "asserted", "Russia's Kaliningrad exclave")
many("03", ["Lithuania", "Poland"], "borders", "Kaliningrad", "asserted", "Kaliningrad exclave, which borders Lithuania and Poland")
A("03", "Russia", "criticized", "Lithuania", "asserted", "Moscow accused Vilnius of blockading the territory in 2022", time="2022", alt_o=["Vilnius"])
A("03", "Lithuania", "blockaded", "Kaliningrad", "reported", "Moscow accused Vilnius of blockading the territory in 2022", time="2022", alt_s=["Vilnius"], note="Russia's accusation")
A("03", "Lithuania", "blockaded", "Kaliningrad", "negated", "Lithuanian officials said on Wednesday they had no intention of blockading it now")
A("03", "Lithuania", "member_of", "NATO", "asserted", "Lithuania, which joined NATO and the European Union in 2004", time="2004")
A("03", "Lithuania", "member_of", "European Union", "asserted", "Lithuania, which joined NATO and the European Union in 2004", time="2004")
A("03", "Lithuania", "borders", "Latvia", "asserted", "also borders Latvia")
A("03", "45th Panzer Brigade", "based_in", "Lithuania", "asserted", "hosts Germany's 45th Panzer Brigade")
A("03", "Germany", "supported", "Lithuania", "asserted", "hosts Germany's 45th Panzer Brigade, the first permanent deployment of German troops abroad", req=False, note="a troop deployment read as military support")
A("03", "Lithuania", "negotiating_with", "Belarus", "negated", "Vilnius has refused to negotiate with Lukashenko's government", alt_s=["Vilnius"], alt_o=["Alexander Lukashenko"])
A("03", "Sviatlana Tsikhanouskaya", "lives_in", "Vilnius", "asserted", "the exiled Belarusian opposition leader who lives in Vilnius")
A("03", "Sviatlana Tsikhanouskaya", "citizen_of", "Belarus", "asserted", "Sviatlana Tsikhanouskaya, the exiled Belarusian opposition leader")
A("03", "Sviatlana Tsikhanouskaya", "criticized", "Belarus", "asserted", "said the balloons were \"a business for the regime\"", req=False)
A("03", "Rūta Vaitkutė", "works_for", "Eastern Flank Institute", "asserted", "a security analyst at the Eastern Flank Institute in Vilnius", role="security analyst")
A("03", "Eastern Flank Institute", "based_in", "Vilnius", "asserted", "the Eastern Flank Institute in Vilnius")
A("03", "Belarus", "negotiating_with", "Lithuania", "hedged", "Minsk might try to use the trapped trucks to force Lithuania into direct talks")

# ---- 05: Narva (newspaper, 2025-11-12, Wednesday) ---------------------------
A("05", "Narva", "located_in", "Estonia", "asserted", "Narva, Estonia's third-largest city")
A("05", "Ivangorod Fortress", "located_in", "Russia", "asserted", "the Ivangorod Fortress across the river in Russia")
A("05", "Svetlana Ivanova", "lives_in", "Narva", "asserted", "Ivanova, a 64-year-old retired teacher who has lived in Narva since 1983")
A("05", "Svetlana Ivanova", "citizen_of", "Russia", "asserted", "holds a Russian passport")
A("05", "Estonia", "contacted", "NATO", "asserted", "Estonia requested consultations with its allies under Article 4 of NATO's founding treaty", time="2025-09-19", req=False, note="'the same day' = Sept. 19")
A("05", "Dmitry Peskov", "works_for", "Russia", "asserted", "Kremlin spokesman Dmitry Peskov", role="Kremlin spokesman")
A("05", "Russia", "threatened", "Estonia", "negated", "Peskov denied that Moscow had threatened Estonia", alt_s=["Dmitry Peskov"])
A("05", "Kristen Michal", "head_of", "Estonia", "asserted", "Prime Minister Kristen Michal said Estonia", role="prime minister")
A("05", "Estonia", "negotiating_with", "Russia", "negated", "there would be no talks with Moscow about the incident", alt_s=["Kristen Michal"])
A("05", "Margus Tsahkna", "works_for", "Estonia", "asserted", "Foreign Minister Margus Tsahkna", role="foreign minister")
A("05", "Tallinn", "capital_of", "Estonia", "asserted", "Tallinn, the Estonian capital")
A("05", "Tallinn", "located_in", "Estonia", "asserted", "Tallinn, the Estonian capital", note="entailed by capital_of")
A("05", "Margus Tsahkna", "criticized", "Russia", "asserted", "summoned Russia's charge d'affaires in Tallinn, the Estonian capital, and handed him a protest note", alt_s=["Estonia"])
A("05", "Estonia", "borders", "Russia", "asserted", "Estonia and Russia share a 294-kilometre border")
A("05", "Estonia", "signed_agreement_with", "Russia", "asserted", "A border treaty the two countries signed in 2014", time="2014", note="'the two countries' = Estonia and Russia; never ratified")
A("05", "Estonia", "criticized", "Russia", "asserted", "a move Tallinn condemned as a provocation", time="2024", alt_s=["Tallinn"], note="'last year' = 2024")
A("05", "Estonia", "gained_independence_from", "Soviet Union", "asserted", "Estonia, which restored its independence from the Soviet Union in 1991", time="1991")
many("05", ["Estonia", "Latvia", "Lithuania"], "member_of", "NATO", "asserted", "joined NATO in 2004 along with Latvia and Lithuania", time="2004")
A("05", "Amari Air Base", "located_in", "Estonia", "asserted", "Estonia's Amari Air Base")
A("05", "Estonia", "supported", "Ukraine", "planned", "Tallinn has pledged to spend a quarter of a percent of its economic output each year on military aid to Ukraine", alt_s=["Tallinn"])
A("05", "Ukraine", "in_conflict_with", "Russia", "asserted", "Ukraine, which has been fighting Russia's full-scale invasion")
A("05", "Russia", "attacked", "Ukraine", "asserted", "Russia's full-scale invasion since February 2022", time="2022-02")
A("05", "Andres Kask", "works_for", "Baltic Centre for Defence Studies", "asserted", "a defence analyst at the Tallinn-based Baltic Centre for Defence Studies", role="defence analyst")
A("05", "Baltic Centre for Defence Studies", "based_in", "Tallinn", "asserted", "the Tallinn-based Baltic Centre for Defence Studies")
A("05", "Russia", "threatened", "Estonia", "hedged", "Moscow could use Narva's Russian-speaking majority as a pretext to threaten Estonia")
A("05", "Svetlana Ivanova", "visited", "Ivangorod", "asserted", "Ivanova, for her part, last crossed the bridge to Ivangorod last year", time="2024", note="'last year' = 2024")

# ---- 06: the Ottawa Convention (newspaper, 2025-12-29, Monday) --------------
many("06", ["Latvia", "Lithuania", "Estonia"], "party_to", "Ottawa Convention", "negated", "Latvia, Lithuania and Estonia ceased to be parties to the Ottawa Convention", time="2025-12-27", note="withdrawal took effect on Saturday")
many("06", ["Latvia", "Lithuania", "Estonia"], "contacted", "United Nations", "asserted", "six months after they notified the United Nations of their withdrawal", time="2025-06")
many("06", ["Russia", "Belarus"], "borders", "Latvia", "asserted", "Latvia shares borders with both Russia and Belarus")
A("06", "Andris Sprūds", "works_for", "Latvia", "asserted", "Defence Minister Andris Spruds", role="defence minister")
A("06", "Latvia", "imports_from", "Poland", "planned", "Latvia intends to buy its first batch of mines from a Polish manufacturer next year", time="2026", commodity="anti-personnel mines")
A("06", "Edgars Rinkēvičs", "head_of", "Latvia", "asserted", "President Edgars Rinkevics", role="president")
for _state in ("Latvia", "Lithuania", "Estonia"):
    A("06", "International Committee of the Red Cross", "criticized", _state, "asserted", "The International Committee of the Red Cross criticised the withdrawals", req=False, note="'the withdrawals' of the three states")
A("06", "Evika Siliņa", "head_of", "Latvia", "asserted", "Prime Minister Evika Silina", role="prime minister")
A("06", "Evika Siliņa", "criticized", "International Committee of the Red Cross", "asserted", "Prime Minister Evika Silina rejected that argument")
many("06", ["Poland", "Finland"], "party_to", "Ottawa Convention", "asserted", "Poland and Finland, which have also announced that they will leave the treaty, remain parties for now")
A("06", "Ukraine", "party_to", "Ottawa Convention", "asserted", "So does Ukraine", note="ellipsis: 'So does Ukraine' = remains a party")
A("06", "Ukraine", "criticized", "Russia", "asserted", "which accuses Russian forces of laying mines on a massive scale")
A("06", "Russia", "attacked", "Ukraine", "asserted", "since Russia's full-scale invasion in 2022", time="2022")
A("06", "Russia", "party_to", "Ottawa Convention", "negated", "Russia has never joined the convention")
A("06", "Latvia", "criticized", "Belarus", "asserted", "its border with Belarus, which Riga accuses of pushing thousands of migrants across", alt_s=["Riga"])
A("06", "Belarus", "attacked", "Latvia", "reported", "pushing thousands of migrants across since 2021 in what officials call a hybrid attack", time="2021")
A("06", "Daugavpils", "located_in", "Latvia", "asserted", "Daugavpils, Latvia's second-largest city")
A("06", "Ilona Grigorjeva", "lives_in", "Daugavpils", "asserted", "a pharmacist who lives in the city", note="'the city' = Daugavpils, previous sentence")

# ---- 08: Baltic prime ministers in Tallinn (HTML, 2025-12-13, Saturday) ----
A("08", "Kristen Michal", "head_of", "Estonia", "asserted", "Estonian Prime Minister Kristen Michal", role="prime minister")
A("08", "Evika Siliņa", "head_of", "Latvia", "asserted", "his Latvian and Lithuanian counterparts, Evika Siliņa and Inga Ruginienė", role="prime minister")
A("08", "Inga Ruginienė", "head_of", "Lithuania", "asserted", "his Latvian and Lithuanian counterparts, Evika Siliņa and Inga Ruginienė", role="prime minister")
HOSTED = "Kristen Michal hosted his Latvian and Lithuanian counterparts, Evika Siliņa and Inga Ruginienė, in Tallinn on Friday"
A("08", "Kristen Michal", "met_with", "Evika Siliņa", "asserted", HOSTED, time="2025-12-12")
A("08", "Kristen Michal", "met_with", "Inga Ruginienė", "asserted", HOSTED, time="2025-12-12")
A("08", "Evika Siliņa", "met_with", "Inga Ruginienė", "asserted", HOSTED, time="2025-12-12")
many("08", ["Evika Siliņa", "Inga Ruginienė"], "visited", "Tallinn", "asserted", HOSTED, time="2025-12-12", alt_o=["Estonia"])
many("08", ["Estonia", "Latvia", "Lithuania"], "imports_from", "Russia", "negated", "None of the three has imported electricity from Russia since", commodity="electricity", note="'the three' = Estonia, Latvia and Lithuania, previous sentence")
for _seller in ("United States", "Norway"):
    A("08", "Lithuania", "imports_from", _seller, "asserted", "Lithuania now buys most of its liquefied natural gas from the United States and Norway", commodity="liquefied natural gas")
A("08", "Klaipėda", "located_in", "Lithuania", "asserted", "Klaipėda, Lithuania\u2019s only seaport")
A("08", "Estonia", "trades_with", "Finland", "asserted", "Estonia trades power with Finland")
A("08", "European Union", "sanctioned", "Russia", "planned", "The leaders called on the European Union to adopt a 20th package of sanctions against Russia early next year", time="2026", req=False, note="a call on the EU, not yet its plan")
A("08", "European Union", "sanctioned", "Russia", "asserted", "The EU approved its 19th sanctions package in October", time="2025-10")
A("08", "Lithuania", "borders", "Belarus", "asserted", "Lithuania reopened its crossings with Belarus")
A("08", "Lithuania", "negotiating_with", "Belarus", "negated", "her government would not negotiate with Minsk over the vehicles", alt_s=["Inga Ruginienė"])
many("08", ["Estonia", "Latvia", "Lithuania"], "supported", "Ukraine", "planned", "The three leaders pledged that their countries would keep supporting Ukraine")
A("08", "Ukraine", "candidate_for", "European Union", "asserted", "Ukraine, which has been seeking to join the European Union")
A("08", "European Union", "negotiating_with", "Ukraine", "asserted", "The EU opened accession talks with Kyiv in June 2024", time="2024-06")
many("08", ["Estonia", "Latvia", "Lithuania"], "gained_independence_from", "Soviet Union", "asserted", "regained their independence from the Soviet Union in 1991", time="1991")
many("08", ["Estonia", "Latvia", "Lithuania"], "allied_with", "United States", "asserted", "count the United States as their most important ally")


# --------------------------------------------------------------------------
# SCHEMA.md
# --------------------------------------------------------------------------


def load_schema(path=SCHEMA_MD):
    text = open(path, encoding="utf-8").read()
    types, preds, mods = set(), {}, set()
    section = None
    for line in text.split("\n"):
        if line.startswith("| type |"):
            section = "types"
            continue
        if line.startswith("| predicate |"):
            section = "preds"
            continue
        if line.startswith("| modality |"):
            section = "mods"
            continue
        if not line.startswith("|"):
            section = None if not line.strip() else section
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or set(cells[0]) <= set("-: "):
            continue
        if section == "types":
            types.add(cells[0])
        elif section == "mods":
            mods.add(cells[0])
        elif section == "preds":
            name, sig = cells[0], cells[1]
            arrow = "↔" if "↔" in sig else "→"
            left, _, right = sig.partition(arrow)
            left = [t.strip() for t in left.split(",") if t.strip()]
            right = [t.strip() for t in right.split(",") if t.strip()]
            if right == ["same"]:
                right = left
            preds[name] = (set(left) or None, set(right) or None, arrow == "↔")
    return types, preds, mods


# --------------------------------------------------------------------------
# Checks and merge
# --------------------------------------------------------------------------
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")


class GoldError(Exception):
    pass


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def check_entities(entities, types):
    errs, seen, etype = [], {}, {}
    for name, typ, aliases in entities:
        if typ not in types:
            errs.append("entity %s: unknown type %s" % (name, typ))
        if name in etype:
            errs.append("entity %s defined twice" % name)
        etype[name] = typ
        for a in [name] + list(aliases):
            k = norm(a)
            if k in seen and seen[k] != name:
                errs.append("alias %r of %s already names %s" % (a, name, seen[k]))
            seen.setdefault(k, name)
    return etype, errs


def load_docs(corpus_dir):
    docs = {}
    for code, fname in DOCS.items():
        d = textutil.parse(os.path.join(corpus_dir, fname))
        d["file"] = fname
        d["spans"] = list(textutil.sentences(d["body"]))
        docs[code] = d
    return docs


def locate(doc, evidence):
    """Return (start, end) of the sentence holding the first occurrence."""
    body = doc["body"]
    i = body.find(evidence)
    while i >= 0:
        for s, e in doc["spans"]:
            if s <= i and i + len(evidence) <= e:
                return s, e
        i = body.find(evidence, i + 1)
    return None


def check_annotation(a, etype, preds, mods, docs):
    errs = []
    where = "%s %s %s %s" % (a["doc"], a["s"], a["p"], a["o"])
    if a["doc"] not in docs:
        return ["%s: unknown document" % where]
    if a["p"] not in preds:
        return ["%s: unknown predicate" % where]
    if a["modality"] not in mods:
        errs.append("%s: unknown modality %s" % (where, a["modality"]))
    st, ot, _ = preds[a["p"]]
    for role, name, allowed in (("subject", a["s"], st), ("object", a["o"], ot)):
        if name not in etype:
            errs.append("%s: %s %r is not an entity" % (where, role, name))
        elif allowed and etype[name] not in allowed:
            errs.append("%s: %s type %s not allowed" % (where, role, etype[name]))
    for role, names, main, allowed in (("alt_s", a["alt_s"], a["s"], st), ("alt_o", a["alt_o"], a["o"], ot)):
        for n in names:
            if n not in etype:
                errs.append("%s: %s %r is not an entity" % (where, role, n))
            elif allowed and etype[n] not in allowed:
                # a capital city standing for its country (metonymy) is allowed
                if not (etype[n] == "City" and etype.get(main) == "Country"):
                    errs.append("%s: %s %r type %s not allowed" % (where, role, n, etype[n]))
    for p in a["alt_p"]:
        if p not in preds:
            errs.append("%s: alt_p %s unknown" % (where, p))
    if a["time"] is not None and not TIME_RE.match(a["time"]):
        errs.append("%s: bad time %r" % (where, a["time"]))
    if a["role"] and a["p"] not in ("head_of", "works_for"):
        errs.append("%s: role on %s" % (where, a["p"]))
    if a["commodity"] and a["p"] != "imports_from":
        errs.append("%s: commodity on %s" % (where, a["p"]))
    if locate(docs[a["doc"]], a["evidence"]) is None:
        errs.append("%s: evidence not found inside one sentence: %r" % (where, a["evidence"]))
    if a["s"] == a["o"]:
        errs.append("%s: subject equals object" % where)
    return errs


def unit_key(a, preds):
    s, o = a["s"], a["o"]
    if preds[a["p"]][2] and s > o:
        s, o = o, s
    return (s, a["p"], o, POLARITY[a["modality"]])


def common_time(times):
    parts = [t.split("-") for t in times]
    out = []
    for i in range(min(len(p) for p in parts)):
        vals = {p[i] for p in parts}
        if len(vals) != 1:
            break
        out.append(vals.pop())
    if not out:
        # decades and years of different lengths share no prefix we can use
        return None
    return "-".join(out)


def merge(anns, preds):
    rows, order, errs = {}, [], []
    for a in anns:
        k = unit_key(a, preds)
        if k not in rows:
            rows[k] = []
            order.append(k)
        if any(b["doc"] == a["doc"] for b in rows[k]):
            errs.append("unit %s annotated twice in %s" % (" | ".join(k), a["doc"]))
        rows[k].append(a)
    out = []
    for k in order:
        group = rows[k]
        first = group[0]
        if len({b["required"] for b in group}) != 1:
            errs.append("unit %s: required differs between documents" % " | ".join(k))
        timed = [b["time"] for b in group if b["time"]]
        if timed and len(timed) != len(group):
            errs.append("unit %s: time given in some documents only" % " | ".join(k))
        t = common_time(timed) if timed else None
        if timed and t is None:
            errs.append("unit %s: times %s share no prefix" % (" | ".join(k), timed))
        row = {"s": first["s"], "p": first["p"], "o": first["o"],
               "docs": [DOCS[b["doc"]] for b in sorted(group, key=lambda b: b["doc"])],
               "modality": first["modality"]}
        if t:
            row["time"] = t
        row["required"] = first["required"]
        for f in ("alt_s", "alt_p", "alt_o"):
            vals = []
            for b in group:
                vals += [v for v in b[f] if v not in vals]
            if vals:
                row[f] = vals
        quotes = ["%s: '%s'" % (b["doc"], b["evidence"]) for b in sorted(group, key=lambda b: b["doc"])]
        extra = [b["note"] for b in group if b["note"]]
        mods = sorted({b["modality"] for b in group})
        if len(mods) > 1:
            extra.append("modality by document: " + ", ".join("%s %s" % (b["doc"], b["modality"]) for b in group))
        extra += ["role: %s" % b["role"] for b in group[:1] if b["role"]]
        extra += ["commodity: %s" % b["commodity"] for b in group[:1] if b["commodity"]]
        row["note"] = "; ".join(quotes + extra)
        row["_group"] = group
        out.append(row)
    return out, errs


def set_checks(rows, preds, mods):
    errs, warns = [], []
    n = len(rows)
    if not 200 <= n <= 260:
        errs.append("%d rows, want 200-260" % n)
    used_p = {r["p"] for r in rows}
    missing = sorted(set(preds) - used_p)
    if missing:
        errs.append("predicates never used: %s" % ", ".join(missing))
    used_m = {b["modality"] for r in rows for b in r["_group"]}
    if set(mods) - used_m:
        errs.append("modalities never used: %s" % ", ".join(sorted(set(mods) - used_m)))
    neg = sum(1 for r in rows if r["modality"] == "negated")
    if not 20 <= neg <= 25:
        warns.append("%d negated rows, want about 20-25" % neg)
    return errs, warns


def build(corpus_dir, schema_path=SCHEMA_MD):
    types, preds, mods = load_schema(schema_path)
    etype, errs = check_entities(ENTITIES, types)
    docs = load_docs(corpus_dir)
    for a in ANN:
        errs += check_annotation(a, etype, preds, mods, docs)
    if errs:
        raise GoldError("\n".join(errs))
    rows, errs = merge(ANN, preds)
    if errs:
        raise GoldError("\n".join(errs))
    used = {r[f] for r in rows for f in ("s", "o")} | {v for r in rows for f in ("alt_s", "alt_o") for v in r.get(f, [])}
    unused = [n for n, _, _ in ENTITIES if n not in used]
    errs, warns = set_checks(rows, preds, mods)
    if unused:
        warns.append("entities never used: %s" % ", ".join(unused))
    if errs:
        raise GoldError("\n".join(errs))
    return rows, docs, etype, warns


def statements(rows, docs, etype):
    out = []
    for r in rows:
        for b in r["_group"]:
            d = docs[b["doc"]]
            s, e = locate(d, b["evidence"])
            out.append({
                "subject": b["s"], "subject_type": etype[b["s"]],
                "predicate": b["p"],
                "object": b["o"], "object_type": etype[b["o"]],
                "modality": b["modality"], "time": b["time"] or "",
                "role": b["role"] or "", "commodity": b["commodity"] or "",
                "confidence": 1.0,
                "source": "corpus/" + d["file"], "title": d["title"],
                "published": d["published"],
                "sentence": d["body"][s:e], "start": s, "end": e,
                "rule": "gold-selfcheck",
            })
    return out


def write(out_dir, rows, docs, etype):
    with open(os.path.join(out_dir, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements(rows, docs, etype):
            f.write(json.dumps(st, ensure_ascii=False) + "\n")


def summary(rows):
    from collections import Counter
    by_p = Counter(r["p"] for r in rows)
    by_m = Counter(r["modality"] for r in rows)
    lines = ["rows: %d (required %d)" % (len(rows), sum(r["required"] for r in rows)),
             "statements: %d" % sum(len(r["docs"]) for r in rows),
             "by modality: " + ", ".join("%s %d" % kv for kv in sorted(by_m.items())),
             "by predicate: " + ", ".join("%s %d" % kv for kv in sorted(by_p.items()))]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------


def self_test():
    corpus_dir = os.path.join(ROOT, "corpus")
    types, preds, mods = load_schema()
    etype, errs = check_entities(ENTITIES, types)
    assert not errs, errs
    assert len(preds) == 34, len(preds)
    assert mods == set(POLARITY), mods
    assert preds["met_with"][2] and not preds["attacked"][2]
    assert preds["capital_of"][0] == {"City"}
    docs = load_docs(corpus_dir)
    failures = 0

    def expect(label, ann, fragment):
        nonlocal failures
        base = dict(doc="01", s="Mohammed bin Salman", p="head_of", o="Saudi Arabia",
                    modality="asserted", evidence="Saudi Crown Prince Mohammed bin Salman",
                    time=None, required=True, alt_s=[], alt_p=[], alt_o=[], role=None,
                    commodity=None, note=None)
        base.update(ann)
        got = check_annotation(base, etype, preds, mods, docs)
        ok = any(fragment in e for e in got) if fragment else not got
        print("  %-34s %s" % (label, "ok" if ok else "FAILED %r" % got))
        failures += not ok

    print("annotation checks:")
    expect("valid annotation passes", {}, None)
    expect("unknown entity", {"s": "Mohammed bin Salmon"}, "not an entity")
    expect("unknown predicate", {"p": "rules"}, "unknown predicate")
    expect("wrong subject type", {"s": "Saudi Arabia", "o": "Qatar"}, "subject type")
    expect("wrong object type", {"p": "capital_of", "s": "Riyadh", "o": "Gulf Cooperation Council"}, "object type")
    expect("bad modality", {"modality": "alleged"}, "unknown modality")
    expect("bad time", {"time": "Nov 2025"}, "bad time")
    expect("evidence missing", {"evidence": "Crown Prince of Kuwait"}, "evidence not found")
    expect("evidence across sentences", {"evidence": "was announced, and any sale would still face a congressional review. \"This"}, "evidence not found")
    expect("evidence only in furniture", {"doc": "07", "evidence": "Bahrain\u2019s King Hamad also visited"}, "evidence not found")
    expect("role on wrong predicate", {"p": "met_with", "o": "Donald Trump", "role": "host"}, "role on")
    expect("metonymic city alt allowed", {"p": "brokered", "s": "Qatar", "o": "Gaza ceasefire", "alt_s": ["Doha"]}, None)

    print("merge checks:")
    a1 = dict(doc="01", s="Qatar", p="borders", o="Saudi Arabia", modality="asserted", evidence="x",
              time="2025-11-18", required=True, alt_s=[], alt_p=[], alt_o=[], role=None, commodity=None, note=None)
    a2 = dict(a1, doc="02", s="Saudi Arabia", o="Qatar", time="2025-11")
    rows, errs = merge([a1, a2], preds)
    ok = len(rows) == 1 and rows[0]["time"] == "2025-11" and not errs
    print("  %-34s %s" % ("symmetric rows merge, time prefix", "ok" if ok else "FAILED"))
    failures += not ok
    rows, errs = merge([a1, dict(a2, time=None)], preds)
    ok = any("some documents only" in e for e in errs)
    print("  %-34s %s" % ("time in one document only", "ok" if ok else "FAILED"))
    failures += not ok
    rows, errs = merge([a1, dict(a1)], preds)
    ok = any("twice" in e for e in errs)
    print("  %-34s %s" % ("same unit twice in a document", "ok" if ok else "FAILED"))
    failures += not ok
    rows, errs = merge([a1, dict(a2, modality="negated")], preds)
    ok = len(rows) == 2 and not errs
    print("  %-34s %s" % ("polarity keeps units apart", "ok" if ok else "FAILED"))
    failures += not ok

    print("sentence splitter:")
    cases = [
        ("On Sept. 9, U.S. forces struck. Then Mr. X left.", 2),
        ('"We will go," he said. "Now."', 2),
        ("It rose 5.4 percent. Prices fell.", 2),
        ("One.\n\nTwo.", 2),
    ]
    for text, n in cases:
        got = len(list(textutil.sentences(text)))
        ok = got == n
        print("  %-34s %s" % (text[:34].replace("\n", " "), "ok" if ok else "FAILED got %d" % got))
        failures += not ok
    for code, d in docs.items():
        for s, e in d["spans"]:
            if d["body"][s:e] != d["body"][s:e].strip() or not d["body"][s:e]:
                print("  bad span in", code, s, e)
                failures += 1
        if "Reporting by" in d["body"] or "cookie" in d["body"].lower():
            print("  furniture leaked into body of", code)
            failures += 1

    print("the set:")
    try:
        rows, docs, etype, warns = build(corpus_dir)
    except GoldError as e:
        print("  FAILED\n" + str(e))
        return 1
    for w in warns:
        print("  warning:", w)
    print("  " + summary(rows).replace("\n", "\n  "))
    if os.path.exists(KGSCORE):
        with tempfile.TemporaryDirectory() as tmp:
            write(tmp, rows, docs, etype)
            for extra in ([], ["--per-doc"]):
                res = subprocess.run([sys.executable, "-B", KGSCORE, tmp,
                                      os.path.join(tmp, "selfcheck_statements.jsonl"), "--json"] + extra,
                                     capture_output=True, text=True, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
                r = json.loads(res.stdout)
                ok = (r["precision"] == r["recall"] == r["f1"] == 1.0 and r["polarity_errors"] == 0
                      and r["time_accuracy"] == 1.0)
                print("  kgscore %-10s %s %s" % (" ".join(extra) or "(whole)", "ok" if ok else "FAILED", res.stdout.strip()))
                failures += not ok
    print("self-test:", "passed" if not failures else "%d failures" % failures)
    return 1 if failures else 0


def main():
    if "--self-test" in sys.argv:
        sys.exit(self_test())
    try:
        rows, docs, etype, warns = build(os.path.join(ROOT, "corpus"))
    except GoldError as e:
        sys.exit("gold errors:\n" + str(e))
    for w in warns:
        print("warning:", w, file=sys.stderr)
    if "--check" not in sys.argv:
        write(ROOT, rows, docs, etype)
    print(summary(rows))


if __name__ == "__main__":
    main()
