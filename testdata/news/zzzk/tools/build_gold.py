#!/usr/bin/env python3
"""The single source of the zzzk gold.

Every entity and every fact of the set is written down here, checked, and
written out as

  entities.jsonl               name, type, aliases (the scorer's alias table)
  triples.jsonl                the gold facts (format of shared/eval/README.md)
  selfcheck_statements.jsonl   the gold written back as `kg export --format
                               jsonl` statements, for the self-check with kgscore

Usage (from the set folder or anywhere):

  python3 -B tools/build_gold.py              self-test, check, write
  python3 -B tools/build_gold.py --self-test  self-test only
  python3 -B tools/build_gold.py --stats      self-test, check, print counts

Checks on every row (see validate()):
  - the evidence phrase occurs exactly once in the document body and lies
    inside one sentence (tools/textutil.py decides bodies and sentences);
  - the subject and object are named in that sentence by canonical name,
    alias or listed demonym (longest match wins, so "Cyprus" inside
    "Turkish Republic of Northern Cyprus" does not count), or by a mention
    declared on the row (pronouns, metonymy such as "Beirut" for Lebanon);
  - entity types fit the SCHEMA.md signature of the predicate;
  - no two rows share a unit (subject, predicate, object, polarity),
    symmetric predicates compared unordered;
  - no alias names two entities under kgscore's normalization;
  - a timed row has, for every document, a `when` phrase in its sentence
    that resolves to exactly the row's time against the document date
    (wire stories: explicit years only);
  - predicates, modalities, types, roles and commodities are valid, a
    per-document modality keeps the row's polarity, every entity is used.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# ---------------------------------------------------------------- vocabulary

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}

P, C, O, CI, RG, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
# SCHEMA.md leaves many predicates as a bare arrow. Read here: the parties are
# actors (Person, Country, Organization, Region: the seeds type Gaza as a
# Region party to a conflict and a blockade); objects of attacks and
# blockades may also be places and facilities, objects of support and
# criticism may also be agreements and facilities (a cable, a canal).
ACTOR = {P, C, O, RG}
SIG = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, RG, C}),
    "based_in": ({O, F}, {CI, RG, C}),
    "located_in": ({CI, RG, C, F}, {RG, C, CI}),
    "capital_of": ({CI}, {C, RG}),
    "borders": ({C, RG}, {C, RG}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, RG}),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ACTOR, ACTOR),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACTOR, ACTOR),
    "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({C}, {C}),
    "supported": (ACTOR, ACTOR | {A, F}),
    "criticized": (ACTOR, ACTOR | {A, F}),
    "threatened": (ACTOR, ACTOR | {F}),
    "sanctioned": (ACTOR, ACTOR | {F}),
    "in_conflict_with": (ACTOR, ACTOR),
    "attacked": (ACTOR, ACTOR | {CI, F}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {RG, CI, F}),
    "blockaded": (ACTOR, ACTOR | {CI, F}),
    "seceded_from": ({RG}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ACTOR, ACTOR),
}
ROLE_PREDICATES = {"head_of", "works_for"}
COMMODITY_PREDICATES = {"imports_from"}

# ---------------------------------------------------------------- documents

DOCS = {
    "01": "zzzk01_tajik_mine_attack.txt",
    "02": "zzzk02_fergana_border_crossing.txt",
    "03": "zzzk03_great_sea_cable.txt",
    "04": "zzzk04_khorgos_gateway.txt",
    "05": "zzzk05_erhurman_cyprus_talks.txt",
    "06": "zzzk06_libya_maritime_memorandum.txt",
    "07": "zzzk07_amu_darya_water.html",
    "08": "zzzk08_lebanon_strike_cyprus_deal.html",
}

# ---------------------------------------------------------------- entities


def ent(name, typ, aliases=(), demonyms=()):
    return {"name": name, "type": typ, "aliases": list(aliases), "demonyms": list(demonyms)}


ENTITIES = [
    # countries (a capital used only metonymically is an alias of its country)
    ent("Kazakhstan", C, ["Republic of Kazakhstan"], ["Kazakh", "Kazakhstani"]),
    ent("Kyrgyzstan", C, ["Kyrgyz Republic"], ["Kyrgyz"]),
    ent("Tajikistan", C, ["Republic of Tajikistan"], ["Tajik"]),
    ent("Uzbekistan", C, ["Republic of Uzbekistan", "Tashkent"], ["Uzbek"]),
    ent("Turkmenistan", C, ["Ashgabat"], ["Turkmen"]),
    ent("Afghanistan", C, [], ["Afghan"]),
    ent("China", C, ["People's Republic of China", "PRC", "Beijing"], ["Chinese"]),
    ent("Russia", C, ["Russian Federation", "Moscow"], ["Russian"]),
    ent("Pakistan", C, [], ["Pakistani"]),
    ent("United States", C, ["US", "U.S.", "USA", "United States of America", "America", "Washington"], ["American"]),
    ent("Soviet Union", C, ["USSR", "U.S.S.R."], ["Soviet"]),
    ent("Greece", C, ["Hellenic Republic"], ["Greek"]),
    ent("Cyprus", C, ["Republic of Cyprus"], ["Cypriot"]),
    ent("Turkey", C, ["Türkiye", "Turkiye", "Republic of Turkey", "Ankara"], ["Turkish"]),
    ent("Israel", C, ["State of Israel"], ["Israeli"]),
    ent("Lebanon", C, ["Lebanese Republic"], ["Lebanese"]),
    ent("Egypt", C, ["Arab Republic of Egypt", "Cairo"], ["Egyptian"]),
    ent("Libya", C, ["State of Libya"], ["Libyan"]),
    ent("France", C, ["French Republic", "Paris"], ["French"]),
    ent("United Kingdom", C, ["UK", "U.K.", "Britain", "Great Britain"], ["British"]),
    ent("Colombia", C, [], ["Colombian"]),
    # people, cluster A
    ent("Emomali Rahmon", P, ["Rahmon", "Emomali Rakhmon", "President Emomali Rahmon"]),
    ent("Xi Jinping", P, ["Xi", "President Xi Jinping"]),
    ent("Lin Jian", P),
    ent("Zhou Jianming", P, ["Zhou"]),
    ent("Zabihullah Mujahid", P, ["Mujahid"]),
    ent("Hibatullah Akhundzada", P, ["Akhundzada", "Haibatullah Akhundzada"]),
    ent("Farrukh Nazarov", P, ["Nazarov"]),
    ent("Sadyr Japarov", P, ["Japarov", "Sadyr Zhaparov"]),
    ent("Shavkat Mirziyoyev", P, ["Mirziyoyev", "Shavkat Mirziyoev"]),
    ent("Islam Karimov", P, ["Karimov"]),
    ent("Almazbek Usenov", P, ["Usenov"]),
    ent("Khurshed Nazriev", P, ["Nazriev"]),
    ent("Kassym-Jomart Tokayev", P, ["Tokayev", "Kassym-Jomart Tokaev", "Kassym Jomart Tokayev"]),
    ent("Olzhas Bektenov", P, ["Bektenov"]),
    ent("Ding Xuexiang", P, ["Ding"]),
    ent("Aliya Sarsenova", P, ["Sarsenova"]),
    ent("Amir Khan Muttaqi", P, ["Muttaqi", "Amir Khan Mottaki"]),
    ent("Bakhtiyor Saidov", P, ["Saidov", "Bakhtiyor Saidov"]),
    ent("Rustam Kholmatov", P, ["Kholmatov"]),
    # people, cluster B
    ent("Kyriakos Mitsotakis", P, ["Mitsotakis"]),
    ent("Nikos Christodoulides", P, ["Christodoulides", "Nicos Christodoulides"]),
    ent("Hakan Fidan", P, ["Fidan"]),
    ent("Recep Tayyip Erdoğan", P, ["Erdoğan", "Erdogan", "Recep Tayyip Erdogan", "Tayyip Erdoğan", "Tayyip Erdogan"]),
    ent("Petros Hadjiyiannis", P, ["Hadjiyiannis"]),
    ent("Tufan Erhürman", P, ["Erhürman", "Erhurman", "Tufan Erhurman"]),
    ent("Ersin Tatar", P, ["Tatar"]),
    ent("Cevdet Yılmaz", P, ["Yılmaz", "Cevdet Yilmaz", "Yilmaz"]),
    ent("António Guterres", P, ["Guterres", "Antonio Guterres"]),
    ent("María Ángela Holguín", P, ["Holguín", "Holguin", "Maria Angela Holguin"]),
    ent("Ayşe Demirci", P, ["Demirci", "Ayse Demirci"]),
    ent("Giorgos Gerapetritis", P, ["Gerapetritis", "George Gerapetritis"]),
    ent("Khalifa Haftar", P, ["Haftar", "Khalifa Hifter"]),
    ent("Aguila Saleh", P, ["Saleh", "Aguila Saleh Issa"]),
    ent("Abdul Hamid Dbeibah", P, ["Dbeibah", "Abdulhamid Dbeibah", "Abdul Hamid Dbeibeh"]),
    ent("Abdel Fattah el-Sisi", P, ["Sisi", "el-Sisi", "al-Sisi", "Abdel Fattah al-Sisi"]),
    ent("Abdullah Belhaiq", P, ["Belhaiq"]),
    ent("Marwa el-Fituri", P, ["el-Fituri", "Fituri"]),
    ent("Hassan Khalil Yassin", P, ["Yassin"]),
    ent("Naim Qassem", P, ["Qassem", "Naim Kassem"]),
    ent("Joseph Aoun", P, ["Aoun"]),
    ent("Nawaf Salam", P, ["Salam"]),
    ent("Amos Hochstein", P, ["Hochstein"]),
    ent("Joe Biden", P, ["Biden"]),
    ent("Hassan Nasrallah", P, ["Nasrallah"]),
    ent("Benjamin Netanyahu", P, ["Netanyahu"]),
    # organizations
    ent("Jamaat Ansarullah", O, ["Jamaat Ansarulloh"]),
    ent("Tianshan Mining Group", O, ["Tianshan Mining", "Tianshan"]),
    ent("Taliban", O, ["Islamic Emirate", "Islamic Emirate of Afghanistan"]),
    ent("Collective Security Treaty Organization", O, ["CSTO", "Collective Security Treaty Organisation"]),
    ent("Eurasian Economic Union", O, ["EAEU", "EEU", "Eurasian Union"]),
    ent("Tengri Capital Bank", O, ["Tengri Capital"]),
    ent("Shanghai Cooperation Organisation", O, ["SCO", "Shanghai Cooperation Organization"]),
    ent("World Trade Organization", O, ["WTO", "World Trade Organisation"]),
    ent("Kazatomprom", O),
    ent("Institute for Eurasian Connectivity", O),
    ent("United Nations", O, ["UN", "U.N."]),
    ent("NATO", O, ["North Atlantic Treaty Organization"]),
    ent("European Commission", O, ["EU Commission"]),
    ent("European Union", O, ["EU", "E.U.", "Brussels"]),
    ent("University of Cyprus", O),
    ent("Republican Turkish Party", O, ["CTP"]),
    ent("UNFICYP", O, ["United Nations Peacekeeping Force in Cyprus", "UN Peacekeeping Force in Cyprus"]),
    ent("Libyan House of Representatives", O, ["House of Representatives", "HoR"]),
    ent("Libyan National Army", O, ["LNA"]),
    ent("Government of National Accord", O, ["GNA"]),
    ent("Government of National Unity", O, ["GNU"]),
    ent("Cyrene Policy Centre", O, ["Cyrene Policy Center"]),
    ent("Israel Defense Forces", O, ["IDF", "Israeli military", "Israeli army"]),
    ent("Hezbollah", O, ["Hizbollah", "Hizballah"]),
    ent("UNIFIL", O, ["United Nations Interim Force in Lebanon"]),
    # cities
    ent("Urumqi", CI, ["Ürümqi"]),
    ent("Kabul", CI),
    ent("Dushanbe", CI),
    ent("Panj", CI),
    ent("Bishkek", CI),
    ent("Khujand", CI),
    ent("Astana", CI, ["Nur-Sultan"]),
    ent("Almaty", CI),
    ent("Termez", CI),
    ent("Hairatan", CI),
    ent("Athens", CI),
    ent("Nicosia", CI, ["Lefkosia"]),
    ent("Famagusta", CI, ["Gazimağusa", "Gazimagusa"]),
    ent("Benghazi", CI),
    ent("Tripoli", CI),
    ent("Beirut", CI),
    ent("Nabatieh", CI, ["Nabatiyeh", "Nabatiye"]),
    ent("Naqoura", CI, ["Naqura"]),
    # regions
    ent("Khatlon", RG, ["Khatlon province", "Khatlon region"]),
    ent("Xinjiang", RG, ["Xinjiang region", "Xinjiang Uyghur Autonomous Region"]),
    ent("Badakhshan", RG, ["Badakhshan province"]),
    ent("Wakhan Corridor", RG, ["Wakhan"]),
    ent("Central Asia", RG, [], ["Central Asian"]),
    ent("Batken Region", RG, ["Batken province", "Batken oblast"]),
    ent("Zhetysu Region", RG, ["Zhetysu"]),
    ent("Surkhandarya Region", RG, ["Surkhandarya", "Surxondaryo"]),
    ent("Crete", RG),
    ent("Northern Cyprus", RG, ["Turkish Republic of Northern Cyprus", "TRNC", "North Cyprus"]),
    # facilities
    ent("Shohin mine", F, ["Shohin gold mine"]),
    ent("201st military base", F, ["201st Russian military base", "201st base"]),
    ent("Uch-Chek crossing", F),
    ent("Khorgos Gateway", F, ["Khorgos", "Khorgos dry port"]),
    ent("Baikonur Cosmodrome", F, ["Baikonur", "Baikonur space launch site"]),
    ent("Qosh Tepa canal", F, ["Qosh Tepa", "Qush Tepa canal", "Qosh Tepa project"]),
    ent("Great Sea Interconnector", F, ["GSI", "Great Sea cable", "EuroAsia Interconnector"]),
    ent("Es Sider oil terminal", F, ["Es Sider", "Es Sider terminal", "Sidra oil terminal"]),
    # agreements
    ent("Khujand Treaty", A, ["treaty on the junction point of the state borders"]),
    ent("Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation", A,
        ["Treaty on Permanent Good-Neighborliness, Friendship and Cooperation",
         "China-Central Asia good-neighbourliness treaty"]),
    ent("Trans-Afghan railway framework agreement", A, ["Trans-Afghan railway agreement"]),
    ent("1992 Almaty water agreement", A, ["1992 Almaty agreement", "Almaty agreement", "Almaty accord"]),
    ent("Athens Declaration", A, ["Athens Declaration on friendly relations"]),
    ent("Turkey-Libya maritime memorandum", A,
        ["Turkish-Libyan maritime memorandum", "Turkey-Libya memorandum", "maritime memorandum"]),
    ent("UN Convention on the Law of the Sea", A,
        ["UNCLOS", "United Nations Convention on the Law of the Sea", "Law of the Sea convention"]),
    ent("Treaty of Guarantee", A, ["1960 Treaty of Guarantee"]),
    ent("Israel-Lebanon ceasefire", A, ["November 2024 ceasefire", "Israel-Hezbollah ceasefire"]),
    ent("Israel-Lebanon maritime border deal", A, ["Lebanon-Israel maritime deal", "2022 maritime border deal"]),
    ent("Lebanon-Cyprus maritime agreement", A, ["Lebanon-Cyprus accord", "Cyprus-Lebanon maritime agreement"]),
]

# ---------------------------------------------------------------- facts


def E(phrase, when=None, sm=None, om=None, mod=None):
    """One document's evidence: the phrase, and optionally the when phrase
    that dates the fact, a declared subject/object mention, and a modality
    for this document (same polarity as the row)."""
    return {"phrase": phrase, "when": when, "sm": sm, "om": om, "mod": mod}


def R(s, p, o, ev, mod="asserted", req=True, time=None, alt_s=(), alt_p=(), alt_o=(),
      role=None, com=None, note=None):
    ev = {d: (v if isinstance(v, dict) else E(v)) for d, v in ev.items()}
    return {"s": s, "p": p, "o": o, "ev": ev, "modality": mod, "required": req, "time": time,
            "alt_s": list(alt_s), "alt_p": list(alt_p), "alt_o": list(alt_o),
            "role": role, "commodity": com, "comment": note}


ROWS = [
    # ================================================================ cluster A
    # ---- zzzk01: attack on a Chinese-run mine in Tajikistan (wire, Dec 2)
    R("Jamaat Ansarullah", "attacked", "Shohin mine", {"01": "attacked the Shohin mine"}, "reported"),
    R("Jamaat Ansarullah", "killed", "Zhou Jianming", {"01": "killed Zhou Jianming"}, "reported"),
    R("Shohin mine", "located_in", "Khatlon", {"01": "the Shohin mine in Khatlon province"}),
    R("Zhou Jianming", "citizen_of", "China", {"01": "Zhou, a Chinese citizen"}),
    R("Zhou Jianming", "works_for", "Tianshan Mining Group",
      {"01": "had worked at the site for three years for Tianshan Mining Group"}, "reported", role="engineer"),
    R("Tianshan Mining Group", "based_in", "Urumqi", {"01": "a company based in Urumqi"}),
    R("Urumqi", "capital_of", "Xinjiang", {"01": "Urumqi, the capital of China's Xinjiang region"}),
    R("Xinjiang", "located_in", "China", {"01": "the capital of China's Xinjiang region",
                                          "04": "the border with China's Xinjiang region"}),
    R("Emomali Rahmon", "head_of", "Tajikistan", {"01": "Tajik President Emomali Rahmon ordered",
                                                  "02": "Tajik President Emomali Rahmon signed"}, role="president"),
    R("Emomali Rahmon", "contacted", "Xi Jinping", {"01": "telephoned Chinese President Xi Jinping"}, "reported"),
    R("Xi Jinping", "head_of", "China", {"01": "telephoned Chinese President Xi Jinping to offer condolences",
                                         "04": "Tokayev last met Chinese President Xi Jinping"}, role="president"),
    R("Lin Jian", "works_for", "China", {"01": "foreign ministry spokesperson Lin Jian"}, role="foreign ministry spokesperson"),
    R("Taliban", "took_control_of", "Kabul", {"01": E("who seized Kabul in August 2021", when="August 2021")},
      time="2021-08"),
    R("Taliban", "criticized", "Tajikistan", {"01": "rejected the Tajik account"}, req=False,
      note="'rejected claims of' is a cue of criticized in SCHEMA.md; the object is only an adjective"),
    R("Zabihullah Mujahid", "works_for", "Taliban", {"01": E("Their chief spokesman, Zabihullah Mujahid", om="Their")},
      role="chief spokesman"),
    R("Jamaat Ansarullah", "based_in", "Afghanistan", {"01": "Jamaat Ansarullah had no bases in Afghanistan"}, "negated",
      note="the Taliban spokesman's denial; the Tajik side says the opposite (next rows)"),
    R("Hibatullah Akhundzada", "head_of", "Taliban",
      {"01": E("The movement's supreme leader, Hibatullah Akhundzada", om="The movement's")}, role="supreme leader"),
    R("Hibatullah Akhundzada", "visited", "Kabul", {"01": "has not visited Kabul in months"}, "negated",
      note="the negation belongs to the visit, not to his leadership"),
    R("Tajikistan", "criticized", "Taliban", {"01": "Tajik officials have long accused the Taliban"}),
    R("Taliban", "supported", "Jamaat Ansarullah", {"01": "of sheltering Jamaat Ansarullah fighters"}, "reported",
      req=False, note="an accusation by Tajik officials"),
    R("Jamaat Ansarullah", "based_in", "Badakhshan",
      {"01": "Jamaat Ansarullah fighters in the northern Afghan province of Badakhshan"}, "reported", req=False),
    R("Badakhshan", "located_in", "Afghanistan", {"01": "the northern Afghan province of Badakhshan"}),
    R("Tajikistan", "recognizes", "Afghanistan",
      {"01": E("has refused to recognise the Taliban government", om="Taliban government")}, "negated",
      alt_o=["Taliban"]),
    R("Tajikistan", "borders", "Afghanistan", {"01": "shares a 1,350-km (840-mile) border with Afghanistan"}),
    R("Russia", "allied_with", "Tajikistan", {"01": "Russia, Tajikistan's main security ally"}),
    R("201st military base", "located_in", "Dushanbe", {"01": "its 201st military base in Dushanbe"}, alt_p=["based_in"]),
    R("Russia", "recognizes", "Afghanistan",
      {"01": E("Moscow became the first government to formally recognise the Taliban administration",
               when="July 2025", om="Taliban administration"),
       "07": E("Russia became the first country to recognise the Taliban government", when="in July",
               om="the Taliban government")},
      time="2025-07", alt_o=["Taliban"]),
    R("Tajikistan", "member_of", "Collective Security Treaty Organization",
      {"01": "a member of the Collective Security Treaty Organization"}),
    R("Tajikistan", "borders", "China", {"01": "a shorter mountain frontier with China"}),
    R("China", "borders", "Afghanistan", {"01": "which also touches Afghanistan through the narrow Wakhan Corridor",
                                          "07": "which shares a short mountain border with Afghanistan"}),
    R("Wakhan Corridor", "located_in", "Afghanistan", {"01": "touches Afghanistan through the narrow Wakhan Corridor"},
      req=False),
    R("China", "supported", "Tajikistan", {"01": "China has paid for new border posts on the Tajik side"}),
    R("China", "imports_from", "Tajikistan", {"01": "buys most of the country's gold concentrate"},
      com="gold concentrate"),
    R("Farrukh Nazarov", "lives_in", "Panj", {"01": "who lives in the border town of Panj"}),
    R("Panj", "located_in", "Khatlon", {"01": "the border town of Panj in Khatlon"}),
    R("Dushanbe", "capital_of", "Tajikistan", {"01": "Dushanbe, the Tajik capital"}),
    R("China", "trades_with", "Taliban", {"01": "with whom China has built up trade and mining ties"}, req=False,
      note="analysts' sentence; the Taliban, not Afghanistan, is the named partner"),

    # ---- zzzk02: Kyrgyz-Tajik-Uzbek border crossing (wire, Oct 21)
    R("Uch-Chek crossing", "located_in", "Batken Region", {"02": "The Uch-Chek crossing, in Kyrgyzstan's Batken region"}),
    R("Batken Region", "located_in", "Kyrgyzstan", {"02": "Kyrgyzstan's Batken region"}),
    R("Almazbek Usenov", "works_for", "Kyrgyzstan", {"02": "Almazbek Usenov, a deputy head of the Kyrgyz border service"},
      role="deputy head of the border service"),
    R("Sadyr Japarov", "head_of", "Kyrgyzstan", {"02": "Kyrgyz President Sadyr Japarov"}, role="president"),
    R("Kyrgyzstan", "signed_agreement_with", "Tajikistan",
      {"02": E("signed a bilateral border treaty", when="March 2025")}, time="2025-03",
      alt_s=["Sadyr Japarov"], alt_o=["Emomali Rahmon"]),
    R("Emomali Rahmon", "visited", "Bishkek", {"02": E("in Bishkek in March 2025", when="March 2025")},
      time="2025-03", req=False, note="implied by signing in Bishkek"),
    R("Sadyr Japarov", "met_with", "Emomali Rahmon", {"02": E("Kyrgyz President Sadyr Japarov and Tajik President",
                                                          when="March 2025")}, time="2025-03", req=False,
      note="implied by signing together"),
    R("Kyrgyzstan", "borders", "Tajikistan", {"02": "some 980 km of shared frontier"}),
    R("Kyrgyzstan", "in_conflict_with", "Tajikistan",
      {"02": "had erupted into deadly fighting in 2021 and again in 2022"},
      note="a long-running dispute; two years given, so no single time"),
    R("Tajikistan", "party_to", "Khujand Treaty", {"02": E("signed the Khujand treaty", when="March 31, 2025")},
      time="2025-03-31"),
    R("Kyrgyzstan", "party_to", "Khujand Treaty", {"02": E("signed the Khujand treaty", when="March 31, 2025")},
      time="2025-03-31"),
    R("Uzbekistan", "party_to", "Khujand Treaty", {"02": E("signed the Khujand treaty", when="March 31, 2025")},
      time="2025-03-31"),
    R("Tajikistan", "signed_agreement_with", "Uzbekistan",
      {"02": E("Tajikistan, Kyrgyzstan and Uzbekistan signed", when="March 31, 2025")}, time="2025-03-31", req=False,
      note="pairwise reading of a three-way treaty; the other two pairs are rows of their own with other dates"),
    R("Khujand", "located_in", "Tajikistan", {"02": "the Tajik city of Khujand"}),
    R("Uzbekistan", "borders", "Kyrgyzstan", {"02": "which borders both Kyrgyzstan and Tajikistan"}),
    R("Uzbekistan", "borders", "Tajikistan", {"02": "which borders both Kyrgyzstan and Tajikistan"}),
    R("Shavkat Mirziyoyev", "head_of", "Uzbekistan", {"02": "Uzbek President Shavkat Mirziyoyev came to power",
                                                      "07": "Uzbek President Shavkat Mirziyoyev received"},
      role="president"),
    R("Islam Karimov", "head_of", "Uzbekistan", {"02": "Under his predecessor, Islam Karimov, Uzbekistan"},
      req=False, role="president", note="a former president"),
    R("Uzbekistan", "blockaded", "Tajikistan",
      {"02": E("halted rail traffic to Tajikistan in 2011 in what Dushanbe called a blockade", when="in 2011")},
      "reported", time="2011", note="the word 'blockade' is Dushanbe's"),
    R("Uzbekistan", "normalized_relations_with", "Tajikistan",
      {"02": E("The two countries normalised relations", sm="The two countries", om="The two countries")}, req=False,
      note="needs 'the two countries' resolved to the previous sentence"),
    R("Uzbekistan", "trades_with", "Kyrgyzstan", {"02": "Trade between Uzbekistan and Kyrgyzstan"}),
    R("Uzbekistan", "imports_from", "Kyrgyzstan", {"02": "Tashkent now buys Kyrgyz electricity"}, com="electricity"),
    R("Kyrgyzstan", "imports_from", "Uzbekistan", {"02": "Kyrgyzstan relies on Uzbek gas"}, com="natural gas"),
    R("Khurshed Nazriev", "works_for", "Tajikistan", {"02": "Khurshed Nazriev, a spokesman for the Tajik foreign ministry"},
      role="foreign ministry spokesman"),
    R("Tajikistan", "member_of", "Eurasian Economic Union",
      {"02": "Tajikistan has not joined the Russian-led Eurasian Economic Union"}, "negated"),
    R("Kyrgyzstan", "member_of", "Eurasian Economic Union", {"02": "of which Kyrgyzstan is a member"}),
    R("Uzbekistan", "candidate_for", "Eurasian Economic Union",
      {"02": E("does not intend to seek full membership", om="the bloc")}, "negated",
      note="an observer that will not apply"),
    R("Uzbekistan", "member_of", "Collective Security Treaty Organization",
      {"02": E("It also left the Collective Security Treaty Organization in 2012", sm="It")}, "negated",
      note="left in 2012; 'It' is Uzbekistan"),
    R("China", "signed_agreement_with", "Kyrgyzstan", {"02": E("agreed in June 2024 to build the line", when="June 2024")},
      time="2024-06"),
    R("China", "signed_agreement_with", "Uzbekistan", {"02": E("agreed in June 2024 to build the line", when="June 2024")},
      time="2024-06"),
    R("Kyrgyzstan", "signed_agreement_with", "Uzbekistan",
      {"02": E("agreed in June 2024 to build the line", when="June 2024")}, time="2024-06"),
    R("United States", "sanctioned", "Tengri Capital Bank", {"02": "Washington sanctioned the Bishkek-based"},
      note="'In January' has no year in a wire story: untimed"),
    R("Tengri Capital Bank", "based_in", "Bishkek", {"02": "Bishkek-based Tengri Capital Bank"}),
    R("United States", "criticized", "Tengri Capital Bank",
      {"02": "accusing it of helping Russian firms evade Western restrictions"}, req=False),

    # ---- zzzk04: Khorgos and Central Asian gas (newspaper, 2025-11-18)
    R("Kazakhstan", "signed_agreement_with", "China", {"04": E("Kazakhstan and China agreed on Monday", when="on Monday")},
      time="2025-11-17"),
    R("Kassym-Jomart Tokayev", "head_of", "Kazakhstan", {"04": "President Kassym-Jomart Tokayev tries"}, role="president"),
    R("Astana", "capital_of", "Kazakhstan", {"04": "Astana, the Kazakh capital"}),
    R("Olzhas Bektenov", "head_of", "Kazakhstan", {"04": "Prime Minister Olzhas Bektenov"}, "reported",
      role="prime minister", alt_p=["works_for"]),
    R("Ding Xuexiang", "works_for", "China", {"04": "Chinese Vice Premier Ding Xuexiang"}, "reported", role="vice premier"),
    R("Ding Xuexiang", "met_with", "Kassym-Jomart Tokayev", {"04": "who later held talks with Tokayev"}, "reported"),
    R("Ding Xuexiang", "visited", "Astana", {"04": "The deal was signed in Astana"}, "reported", req=False),
    R("Olzhas Bektenov", "met_with", "Ding Xuexiang", {"04": "by Prime Minister Olzhas Bektenov and Chinese Vice Premier"},
      "reported", req=False, note="implied by signing together"),
    R("Khorgos Gateway", "located_in", "Zhetysu Region", {"04": "a dry port in Kazakhstan's Zhetysu region"}),
    R("Zhetysu Region", "located_in", "Kazakhstan", {"04": "Kazakhstan's Zhetysu region"}),
    R("Zhetysu Region", "borders", "Xinjiang", {"04": "sits on the border with China's Xinjiang region"}, req=False,
      alt_s=["Kazakhstan"], note="the dry port's region sits on the border"),
    R("Kazakhstan", "trades_with", "China", {"04": "China's biggest trading partner"}),
    R("Kazakhstan", "located_in", "Central Asia", {"04": "biggest trading partner in Central Asia"}, req=False),
    R("China", "imports_from", "Kazakhstan", {"04": "buys most of its imported uranium from Kazakhstan"}, com="uranium"),
    R("Kazatomprom", "based_in", "Astana", {"04": "the Astana-based state nuclear company"}),
    R("Kassym-Jomart Tokayev", "met_with", "Xi Jinping", {"04": E("Tokayev last met Chinese President Xi Jinping in June",
                                                                  when="in June")}, time="2025-06"),
    R("Xi Jinping", "visited", "Astana", {"04": E("when Astana hosted the second China-Central Asia summit",
                                                  when="in June")}, time="2025-06", req=False),
    R("China", "party_to", "Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation",
      {"04": "signed a treaty on permanent good-neighbourliness, friendship and cooperation"},
      note="the five Central Asian states are not named in the sentence"),
    R("China", "imports_from", "Turkmenistan", {"04": "China imports roughly 40 billion cubic metres of Turkmen gas"},
      com="natural gas"),
    R("Kazakhstan", "borders", "Tajikistan", {"04": "Kazakhstan, which does not border Tajikistan"}, "negated"),
    R("Turkmenistan", "negotiating_with", "China", {"04": "Ashgabat was still negotiating with Beijing"}, "reported"),
    R("Turkmenistan", "member_of", "Shanghai Cooperation Organisation",
      {"04": "is not a member of the Shanghai Cooperation Organisation"}, "negated"),
    R("Turkmenistan", "candidate_for", "Shanghai Cooperation Organisation",
      {"04": "has repeatedly declined invitations to join it"}, "negated"),
    R("Uzbekistan", "candidate_for", "World Trade Organization",
      {"04": "hopes to complete its accession to the World Trade Organization"}, "planned"),
    R("Kazakhstan", "member_of", "World Trade Organization", {"04": "a WTO member since 2015"}),
    R("Kazakhstan", "imports_from", "Russia", {"04": "imports much of its gasoline and diesel from Russia"},
      com="gasoline and diesel"),
    R("Kazakhstan", "borders", "Russia", {"04": "its northern neighbour"}),
    R("Kazakhstan", "member_of", "Eurasian Economic Union", {"04": "partner in the Eurasian Economic Union"}),
    R("Russia", "member_of", "Eurasian Economic Union", {"04": "partner in the Eurasian Economic Union"}),
    R("Aliya Sarsenova", "works_for", "Institute for Eurasian Connectivity",
      {"04": "an economist at the Almaty-based Institute for Eurasian Connectivity"}, role="economist"),
    R("Institute for Eurasian Connectivity", "based_in", "Almaty", {"04": "Almaty-based Institute"}),
    R("Kazakhstan", "gained_independence_from", "Soviet Union",
      {"04": E("became independent from the Soviet Union in December 1991", when="December 1991")}, time="1991-12"),
    R("Baikonur Cosmodrome", "located_in", "Kazakhstan", {"04": "still hosts the Baikonur space launch site"}),

    # ---- zzzk07: Amu Darya water, Uzbekistan and the Taliban (html, 2025-12-09)
    R("Uzbekistan", "signed_agreement_with", "Taliban",
      {"07": E("agreed on Monday to set up a joint commission", when="on Monday")}, time="2025-12-08"),
    R("Amir Khan Muttaqi", "works_for", "Taliban", {"07": "acting foreign minister Amir Khan Muttaqi"},
      role="acting foreign minister"),
    R("Amir Khan Muttaqi", "visited", "Termez", {"07": "spent two days in the border city of Termez"}),
    R("Shavkat Mirziyoyev", "met_with", "Amir Khan Muttaqi", {"07": E("received Muttaqi on Sunday", when="on Sunday")},
      "reported", time="2025-12-07", alt_p=["negotiating_with"]),
    R("Termez", "located_in", "Uzbekistan", {"07": "Termez, the Uzbek city on the river"}),
    R("Hairatan", "located_in", "Afghanistan", {"07": "the Afghan town of Hairatan"}),
    R("Qosh Tepa canal", "located_in", "Afghanistan",
      {"07": "a 285-km channel that the Taliban began digging across northern Afghanistan"}),
    R("Bakhtiyor Saidov", "works_for", "Uzbekistan", {"07": "Uzbek Foreign Minister Bakhtiyor Saidov"},
      role="foreign minister"),
    R("Uzbekistan", "criticized", "Qosh Tepa canal", {"07": E("Tashkent was not criticising the canal", om="the canal")},
      "negated"),
    R("Turkmenistan", "borders", "Afghanistan", {"07": "shares a long border with Afghanistan"}),
    R("Turkmenistan", "criticized", "Qosh Tepa canal",
      {"07": E("Its delegation criticised the Qosh Tepa project", when="last month", sm="Its delegation")},
      time="2025-11"),
    R("Uzbekistan", "party_to", "Trans-Afghan railway framework agreement",
      {"07": E("signed the Trans-Afghan railway framework agreement in Kabul in July", when="in July")}, time="2025-07"),
    R("Afghanistan", "party_to", "Trans-Afghan railway framework agreement",
      {"07": E("signed the Trans-Afghan railway framework agreement in Kabul in July", when="in July")}, time="2025-07"),
    R("Pakistan", "party_to", "Trans-Afghan railway framework agreement",
      {"07": E("signed the Trans-Afghan railway framework agreement in Kabul in July", when="in July")}, time="2025-07"),
    R("Uzbekistan", "signed_agreement_with", "Afghanistan",
      {"07": E("Uzbekistan, Afghanistan and Pakistan signed", when="in July")}, time="2025-07", req=False),
    R("Uzbekistan", "signed_agreement_with", "Pakistan",
      {"07": E("Uzbekistan, Afghanistan and Pakistan signed", when="in July")}, time="2025-07", req=False),
    R("Afghanistan", "signed_agreement_with", "Pakistan",
      {"07": E("Uzbekistan, Afghanistan and Pakistan signed", when="in July")}, time="2025-07", req=False),
    R("Uzbekistan", "recognizes", "Afghanistan",
      {"07": E("Uzbekistan has not recognised the Taliban government", om="the Taliban government")}, "negated",
      alt_o=["Taliban"]),
    R("Uzbekistan", "met_with", "Taliban", {"07": "Uzbek ministers have met Taliban officials regularly"}),
    R("Kazakhstan", "recognizes", "Afghanistan",
      {"07": E("has also stopped short of recognising the government in Kabul", om="the government in Kabul")},
      "negated", alt_o=["Taliban"], note="'the government in Kabul' is metonymy: Kabul the city is not the object"),
    R("Kazakhstan", "sanctioned", "Taliban", {"07": "removed the Taliban from its list of banned organisations"},
      "negated", req=False, note="no longer listed: asserting the ban is a polarity error"),
    R("China", "signed_agreement_with", "Taliban", {"07": "has signed mining and oil deals with the Taliban"}),
    R("Uzbekistan", "party_to", "1992 Almaty water agreement",
      {"07": E("to which Uzbekistan and Turkmenistan are parties", when="1992")}, time="1992"),
    R("Turkmenistan", "party_to", "1992 Almaty water agreement",
      {"07": E("to which Uzbekistan and Turkmenistan are parties", when="1992")}, time="1992"),
    R("Uzbekistan", "gained_independence_from", "Soviet Union",
      {"07": E("Both countries became independent from the Soviet Union in 1991", when="in 1991", sm="Both countries")},
      time="1991", req=False, note="'Both countries' = Uzbekistan and Turkmenistan"),
    R("Turkmenistan", "gained_independence_from", "Soviet Union",
      {"07": E("Both countries became independent from the Soviet Union in 1991", when="in 1991", sm="Both countries")},
      time="1991", req=False, note="'Both countries' = Uzbekistan and Turkmenistan"),
    R("Afghanistan", "party_to", "1992 Almaty water agreement", {"07": "Afghanistan is not a party to the Almaty accord"},
      "negated"),
    R("Taliban", "party_to", "1992 Almaty water agreement",
      {"07": E("they are not bound by Soviet-era quotas", om="Soviet-era quotas")}, "negated", req=False),
    R("Taliban", "threatened", "Uzbekistan",
      {"07": "denied on Monday that they had ever threatened to cut Uzbekistan\u2019s share"}, "negated",
      note="the denial is dated, the negated threat is not"),
    R("Rustam Kholmatov", "lives_in", "Surkhandarya Region", {"07": "who lives in Uzbekistan\u2019s Surkhandarya region"}),
    R("Surkhandarya Region", "located_in", "Uzbekistan", {"07": "Uzbekistan\u2019s Surkhandarya region"}),
    R("United Nations", "sanctioned", "Taliban", {"07": "The Taliban remain under United Nations sanctions"}),
    # ================================================================ cluster B
    # ---- zzzk03: Great Sea Interconnector (wire, Nov 14)
    R("Kyriakos Mitsotakis", "head_of", "Greece", {"03": "Greek Prime Minister Kyriakos Mitsotakis said on Friday",
                                                   "05": "Greek Prime Minister Kyriakos Mitsotakis welcomed"},
      role="prime minister"),
    R("Nikos Christodoulides", "head_of", "Cyprus", {"03": "Cypriot President Nikos Christodoulides in Athens",
                                                     "05": "Cypriot President Nikos Christodoulides within weeks"},
      role="president"),
    R("Kyriakos Mitsotakis", "met_with", "Nikos Christodoulides", {"03": "said on Friday after talks with"}),
    R("Nikos Christodoulides", "visited", "Athens", {"03": "Nikos Christodoulides in Athens"}, req=False),
    R("Crete", "located_in", "Greece", {"03": "the Greek island of Crete", "06": "the Greek island of Crete"}),
    R("Turkey", "threatened", "Cyprus", {"03": "Ankara has threatened Cyprus"}),
    R("Hakan Fidan", "works_for", "Turkey", {"03": "Turkish Foreign Minister Hakan Fidan"}, role="foreign minister"),
    R("Turkey", "attacked", "Cyprus", {"03": E("since Turkey invaded in 1974", when="in 1974")}, time="1974"),
    R("Cyprus", "contacted", "European Commission", {"03": "Cyprus had asked the European Commission"}, "reported",
      req=False, note="a request for money: reaching out"),
    R("European Commission", "supported", "Great Sea Interconnector",
      {"03": E("has already pledged 657 million euros to the Great Sea Interconnector", sm="The Commission")},
      alt_s=["European Union"]),
    R("Greece", "member_of", "NATO", {"03": "both NATO members"}),
    R("Turkey", "member_of", "NATO", {"03": "both NATO members"}),
    R("Greece", "in_conflict_with", "Turkey", {"03": "have long been at odds over maritime boundaries"},
      note="a long-running dispute"),
    R("Turkey", "threatened", "Greece", {"03": E("the Turkish parliament threatened Greece with war", when="In 1995")},
      time="1995"),
    R("Greece", "signed_agreement_with", "Turkey",
      {"03": E("Greece and Turkey signed the Athens Declaration", when="December 2023")}, time="2023-12"),
    R("Greece", "party_to", "Athens Declaration",
      {"03": E("Greece and Turkey signed the Athens Declaration", when="December 2023")}, time="2023-12", req=False),
    R("Turkey", "party_to", "Athens Declaration",
      {"03": E("Greece and Turkey signed the Athens Declaration", when="December 2023")}, time="2023-12", req=False),
    R("Kyriakos Mitsotakis", "met_with", "Recep Tayyip Erdoğan",
      {"03": "are due to meet again early next year", "06": "Mitsotakis and Erdogan are due to meet"}, "planned"),
    R("Recep Tayyip Erdoğan", "head_of", "Turkey", {"03": "Turkish President Tayyip Erdogan",
                                                    "05": "Turkish President Recep Tayyip Erdoğan"}, role="president"),
    R("Turkey", "signed_agreement_with", "Libya",
      {"03": E("a maritime memorandum that Turkey signed with Libya in 2019", when="in 2019"),
       "06": E("the maritime memorandum that Turkey signed with the government in Tripoli in 2019", when="in 2019")},
      time="2019"),
    R("Turkey", "party_to", "Turkey-Libya maritime memorandum",
      {"03": E("a maritime memorandum that Turkey signed with Libya in 2019", when="in 2019"),
       "06": E("the maritime memorandum that Turkey signed with the government in Tripoli in 2019", when="in 2019")},
      time="2019"),
    R("Libya", "party_to", "Turkey-Libya maritime memorandum",
      {"03": E("a maritime memorandum that Turkey signed with Libya in 2019", when="in 2019"),
       "06": E("the maritime memorandum that Turkey signed with the government in Tripoli in 2019", when="in 2019")},
      time="2019", req=False, note="the Libyan signatory was the Tripoli government"),
    R("Greece", "criticized", "Turkey-Libya maritime memorandum",
      {"03": "which Athens says ignores the presence of Crete"}),
    R("Greece", "signed_agreement_with", "Egypt",
      {"03": E("signing its own maritime boundary agreement with Egypt in 2020", when="in 2020"),
       "06": E("Cairo signed its own maritime boundary agreement with Greece in 2020", when="in 2020")},
      time="2020"),
    R("Israel", "signed_agreement_with", "Greece",
      {"03": E("signed a memorandum of understanding on the cable in 2021", when="in 2021")}, time="2021"),
    R("Israel", "signed_agreement_with", "Cyprus",
      {"03": E("signed a memorandum of understanding on the cable in 2021", when="in 2021")}, time="2021"),
    R("Greece", "signed_agreement_with", "Cyprus",
      {"03": E("signed a memorandum of understanding on the cable in 2021", when="in 2021")}, time="2021"),
    R("Israel", "allied_with", "Greece", {"03": "has built close defence ties with both Greece and Cyprus"}),
    R("Israel", "allied_with", "Cyprus", {"03": "has built close defence ties with both Greece and Cyprus"}),
    R("Turkey", "recognizes", "Cyprus", {"03": "Turkey does not recognise the Republic of Cyprus",
                                         "05": "Turkey has never recognised the Republic of Cyprus",
                                         "08": "which does not recognise the Republic of Cyprus"}, "negated"),
    R("Turkey", "party_to", "UN Convention on the Law of the Sea",
      {"03": "is not a party to the UN Convention on the Law of the Sea",
       "06": "Turkey is not a party to the convention at all"}, "negated"),
    R("Greece", "party_to", "UN Convention on the Law of the Sea", {"03": "to which Greece and Cyprus are parties"}),
    R("Cyprus", "party_to", "UN Convention on the Law of the Sea", {"03": "to which Greece and Cyprus are parties"}),
    R("Greece", "allied_with", "Cyprus", {"03": "Greece, Cyprus's closest ally"}),
    R("Greece", "supported", "Cyprus", {"03": "has offered naval escorts for future survey ships"}, "reported", req=False,
      note="an offer, attributed to Greek officials"),
    R("Petros Hadjiyiannis", "works_for", "University of Cyprus",
      {"03": "an energy economist at the University of Cyprus"}, role="energy economist"),

    # ---- zzzk05: the new Turkish Cypriot leader (newspaper, 2025-10-27)
    R("Tufan Erhürman", "met_with", "Nikos Christodoulides", {"05": "said he would meet Cypriot President"}, "planned"),
    R("Tufan Erhürman", "head_of", "Republican Turkish Party",
      {"05": "who led the Republican Turkish Party until the election"}, role="leader", alt_p=["member_of"]),
    R("Recep Tayyip Erdoğan", "contacted", "Tufan Erhürman", {"05": "telephoned Erhürman on election night"},
      note="'election night' is not resolved to a date"),
    R("Cevdet Yılmaz", "works_for", "Turkey", {"05": "Turkish Vice President Cevdet Yılmaz"}, role="vice president"),
    R("Cevdet Yılmaz", "visited", "Northern Cyprus",
      {"05": E("used a speech in the north on Friday", when="on Friday", om="the north")}, time="2025-10-24",
      req=False),
    R("Turkey", "took_control_of", "Northern Cyprus", {"05": E("which its army seized in 1974", when="in 1974")},
      time="1974"),
    R("Northern Cyprus", "seceded_from", "Cyprus",
      {"05": E("broke away from the Republic of Cyprus in 1983", when="in 1983")}, time="1983"),
    R("UNFICYP", "based_in", "Nicosia", {"05": "the UN peacekeeping force based in Nicosia"}),
    R("Nicosia", "capital_of", "Cyprus", {"05": "Nicosia, the capital of Cyprus"}),
    R("António Guterres", "head_of", "United Nations", {"05": "UN Secretary-General António Guterres"},
      role="secretary-general"),
    R("María Ángela Holguín", "works_for", "António Guterres", {"05": "his personal envoy, María Ángela Holguín"},
      "reported", role="personal envoy", alt_o=["United Nations"]),
    R("María Ángela Holguín", "visited", "Cyprus",
      {"05": E("to return to the island next month", when="next month", om="the island")}, "planned", time="2025-11"),
    R("María Ángela Holguín", "citizen_of", "Colombia", {"05": "a veteran Colombian politician"}),
    R("María Ángela Holguín", "met_with", "Nikos Christodoulides",
      {"05": E("held separate talks with Christodoulides and Tatar", when="in July")}, time="2025-07"),
    R("María Ángela Holguín", "met_with", "Ersin Tatar",
      {"05": E("held separate talks with Christodoulides and Tatar", when="in July")}, time="2025-07"),
    R("María Ángela Holguín", "visited", "Nicosia", {"05": E("in Nicosia in July", when="in July")}, time="2025-07",
      req=False),
    R("Tufan Erhürman", "criticized", "European Union",
      {"05": E("he also criticised the European Union", when="on Sunday", sm="he")}, time="2025-10-26"),
    R("Cyprus", "member_of", "European Union", {"05": E("Cyprus joined the European Union in 2004", when="in 2004")},
      time="2004"),
    R("Turkey", "candidate_for", "European Union", {"05": "an official candidate for EU membership"}),
    R("Turkey", "member_of", "European Union", {"05": E("Turkey is not a member of the bloc", om="the bloc")}, "negated"),
    R("United Kingdom", "party_to", "Treaty of Guarantee",
      {"05": E("is one of three guarantor powers under the 1960 Treaty of Guarantee", when="1960")}, time="1960"),
    R("Greece", "party_to", "Treaty of Guarantee", {"05": E("along with Greece and Turkey", when="1960")}, time="1960"),
    R("Turkey", "party_to", "Treaty of Guarantee", {"05": E("along with Greece and Turkey", when="1960")}, time="1960"),
    R("Cyprus", "gained_independence_from", "United Kingdom",
      {"05": E("Cyprus won independence from Britain in 1960", when="in 1960")}, time="1960"),
    R("Turkey", "criticized", "Tufan Erhürman", {"05": "a stance that Turkish officials have privately criticised"},
      "reported"),
    R("Ayşe Demirci", "lives_in", "Famagusta", {"05": "a pharmacist who lives in Famagusta"}),

    # ---- zzzk06: eastern Libya and the Turkish memorandum (newspaper, 2025-12-05)
    R("Libyan House of Representatives", "party_to", "Turkey-Libya maritime memorandum",
      {"06": E("could lead the chamber to ratify a deal", sm="the chamber")}, "hedged"),
    R("Libyan House of Representatives", "criticized", "Turkey-Libya maritime memorandum",
      {"06": E("has long argued that the accord was signed by an unelected administration", om="the accord")},
      req=False),
    R("Libyan House of Representatives", "based_in", "Benghazi", {"06": "which is based in Benghazi"}),
    R("Libyan House of Representatives", "allied_with", "Khalifa Haftar", {"06": "allied with commander Khalifa Haftar"}),
    R("Aguila Saleh", "head_of", "Libyan House of Representatives",
      {"06": E("the parliament's speaker, Aguila Saleh", om="parliament's")}, role="speaker"),
    R("Giorgos Gerapetritis", "works_for", "Greece", {"06": "Greek Foreign Minister Giorgos Gerapetritis"},
      role="foreign minister"),
    R("Giorgos Gerapetritis", "criticized", "Turkey-Libya maritime memorandum",
      {"06": E("criticised the vote on Thursday", when="on Thursday", om="the memorandum")}, time="2025-12-04",
      alt_s=["Greece"]),
    R("Giorgos Gerapetritis", "visited", "Benghazi", {"06": E("Gerapetritis visited Benghazi in July", when="in July")},
      time="2025-07"),
    R("Giorgos Gerapetritis", "met_with", "Khalifa Haftar", {"06": E("to meet Haftar", when="in July")}, time="2025-07"),
    R("Khalifa Haftar", "head_of", "Libyan National Army", {"06": "the head of the self-styled Libyan National Army"},
      role="commander"),
    R("Greece", "negotiating_with", "Libya", {"06": "Greece has since opened talks with Libya"}),
    R("Libyan National Army", "attacked", "Tripoli",
      {"06": E("Haftar's forces attacked Tripoli in April 2019", when="April 2019", sm="Haftar's forces")},
      time="2019-04", alt_s=["Khalifa Haftar"]),
    R("Turkey", "supported", "Government of National Accord",
      {"06": E("Turkey sent drones and military advisers in 2020 to help the Government of National Accord",
               when="in 2020")}, time="2020"),
    R("Libyan National Army", "blockaded", "Es Sider oil terminal",
      {"06": E("blockaded the Es Sider oil terminal for most of 2020", when="2020")}, time="2020"),
    R("Tripoli", "capital_of", "Libya", {"06": "Tripoli, the capital of Libya"}),
    R("Government of National Unity", "based_in", "Tripoli", {"06": "is now home to the Government of National Unity"}),
    R("Abdul Hamid Dbeibah", "head_of", "Government of National Unity", {"06": "led by Prime Minister Abdul Hamid Dbeibah"},
      role="prime minister"),
    R("Government of National Unity", "signed_agreement_with", "Turkey",
      {"06": E("His government signed a hydrocarbons exploration deal with Turkey in 2022", when="in 2022",
               sm="His government")}, time="2022"),
    R("Government of National Unity", "allied_with", "Turkey",
      {"06": E("has kept close ties with Ankara", sm="His government")}),
    R("Egypt", "supported", "Khalifa Haftar", {"06": "Egypt, which backs Haftar"}),
    R("Egypt", "normalized_relations_with", "Turkey",
      {"06": E("Egypt and Turkey restored full diplomatic relations in 2023", when="in 2023")}, time="2023"),
    R("Abdel Fattah el-Sisi", "head_of", "Egypt", {"06": "Egyptian President Abdel Fattah el-Sisi"}, role="president"),
    R("Abdel Fattah el-Sisi", "met_with", "Recep Tayyip Erdoğan",
      {"06": E("hosted Erdogan for talks in February 2024", when="February 2024")}, time="2024-02"),
    R("Recep Tayyip Erdoğan", "visited", "Egypt", {"06": E("hosted Erdogan for talks", when="February 2024")},
      time="2024-02"),
    R("Abdullah Belhaiq", "works_for", "Libyan House of Representatives",
      {"06": E("A spokesman for the House, Abdullah Belhaiq", om="the House")}, role="spokesman"),
    R("Libyan House of Representatives", "contacted", "Turkey",
      {"06": E("denied that the chamber had been in contact with Ankara", sm="the chamber")}, "negated"),
    R("Libya", "party_to", "UN Convention on the Law of the Sea", {"06": "has never ratified it"}, "negated",
      note="signed in 1984, never ratified: not a party"),
    R("Marwa el-Fituri", "works_for", "Cyrene Policy Centre",
      {"06": "a researcher at the Benghazi-based Cyrene Policy Centre"}, role="researcher"),
    R("Cyrene Policy Centre", "based_in", "Benghazi", {"06": "Benghazi-based Cyrene"}),

    # ---- zzzk08: Israeli strike in Lebanon, Lebanon-Cyprus deal (html, 2025-12-16)
    R("Israel Defense Forces", "killed", "Hassan Khalil Yassin",
      {"08": E("killed Hassan Khalil Yassin", when="on Monday")}, "reported", time="2025-12-15"),
    R("Hassan Khalil Yassin", "works_for", "Hezbollah", {"08": "a senior Hezbollah commander"}, role="commander",
      alt_p=["member_of"]),
    R("Nabatieh", "located_in", "Lebanon", {"08": "the southern Lebanese city of Nabatieh"}),
    R("Hezbollah", "attacked", "Israel", {"08": E("The group has not fired on Israel", sm="The group")}, "negated"),
    R("Naim Qassem", "head_of", "Hezbollah", {"08": E("its leader, Naim Qassem", om="The group")}, role="leader"),
    R("United States", "brokered", "Israel-Lebanon ceasefire",
      {"08": E("The truce, brokered by the United States and France", om="The truce")}),
    R("France", "brokered", "Israel-Lebanon ceasefire",
      {"08": E("The truce, brokered by the United States and France", om="The truce")}),
    R("Israel", "attacked", "Lebanon", {"08": "has carried out strikes across the south of the country"}),
    R("Joseph Aoun", "head_of", "Lebanon", {"08": "Lebanese President Joseph Aoun"}, role="president"),
    R("Lebanon", "contacted", "United States", {"08": E("Beirut had contacted Washington and Paris", sm="Beirut")},
      "reported", note="'Beirut' is metonymy for Lebanon's government"),
    R("Lebanon", "contacted", "France", {"08": E("Beirut had contacted Washington and Paris", sm="Beirut")},
      "reported", note="'Beirut' is metonymy for Lebanon's government"),
    R("Nawaf Salam", "head_of", "Lebanon", {"08": "Lebanese Prime Minister Nawaf Salam"}, role="prime minister"),
    R("Lebanon", "diplomatic_relations_with", "Israel", {"08": "Lebanon and Israel have no diplomatic relations"},
      "negated"),
    R("Lebanon", "in_conflict_with", "Israel", {"08": "remain formally at war"}),
    R("Lebanon", "signed_agreement_with", "Israel",
      {"08": E("they agreed a US-brokered maritime border deal in October 2022", when="October 2022")}, time="2022-10"),
    R("United States", "brokered", "Israel-Lebanon maritime border deal",
      {"08": E("a US-brokered maritime border deal", when="October 2022", om="maritime border deal")}, time="2022-10"),
    R("Amos Hochstein", "brokered", "Israel-Lebanon maritime border deal",
      {"08": E("That deal was negotiated by Amos Hochstein", om="That deal")}),
    R("Amos Hochstein", "works_for", "Joe Biden", {"08": "then a senior adviser to US President Joe Biden"},
      role="senior adviser", alt_o=["United States"]),
    R("Joe Biden", "head_of", "United States", {"08": "US President Joe Biden"}, role="president",
      note="a former president, in office in 2022"),
    R("Israel", "in_conflict_with", "Hezbollah", {"08": "Israel fought a 14-month war with Hezbollah"}),
    R("Israel", "attacked", "Beirut",
      {"08": E("Israeli jets struck the southern suburbs of Beirut", when="September 2024")}, time="2024-09"),
    R("Beirut", "capital_of", "Lebanon", {"08": "Beirut, the Lebanese capital"}),
    R("Israel Defense Forces", "killed", "Hassan Nasrallah",
      {"08": E("killing Hezbollah\u2019s longtime leader, Hassan Nasrallah", when="September 2024", sm="Israeli jets")},
      time="2024-09", req=False, note="the killer is named only as 'Israeli jets'"),
    R("Hassan Nasrallah", "head_of", "Hezbollah", {"08": "Hezbollah\u2019s longtime leader, Hassan Nasrallah"},
      role="leader", note="a former leader"),
    R("Lebanon", "signed_agreement_with", "Cyprus",
      {"08": E("Lebanon signed a maritime boundary agreement with Cyprus last month", when="last month")},
      time="2025-11"),
    R("Turkey", "criticized", "Lebanon-Cyprus maritime agreement", {"08": "criticised the Lebanon-Cyprus accord"}),
    R("Egypt", "imports_from", "Israel", {"08": "now imports growing volumes of Israeli gas"}, com="natural gas"),
    R("Lebanon", "imports_from", "Egypt",
      {"08": "had promised to pump gas to Lebanon through the Arab Gas Pipeline, but none has arrived"}, "negated",
      com="natural gas", note="promised, never delivered"),
    R("Benjamin Netanyahu", "head_of", "Israel", {"08": "Israeli Prime Minister Benjamin Netanyahu"},
      role="prime minister"),
    R("Benjamin Netanyahu", "threatened", "Hezbollah",
      {"08": E("threatened the group with wider strikes", when="on Sunday")}, time="2025-12-14"),
    R("United States", "sanctioned", "Hezbollah", {"08": "has imposed sanctions on Hezbollah"}),
    R("European Union", "sanctioned", "Hezbollah",
      {"08": E("blacklisted the group\u2019s military wing in 2013", when="in 2013")}, time="2013", req=False,
      note="the listing covers the military wing only"),
    R("UNIFIL", "based_in", "Naqoura", {"08": "headquartered in the border town of Naqoura"}),
]

# ---------------------------------------------------------------- time

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MONTH_RE = "(" + "|".join(MONTH_NAMES) + ")"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _add_months(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def resolve_time(when, published, style, modality="asserted"):
    """Resolve a when phrase to an ISO prefix, or None.

    Explicit dates work everywhere; relative ones (weekdays, month names
    without a year, last/next/this month or year, yesterday) only against a
    document date, so never in wire stories, whose files carry no year.
    Past preference, except for planned statements."""
    w = re.sub(r"^(in|on|since|by|during|of|early|late|mid-|most of)\s+", "", when.strip(), flags=re.I)
    w = re.sub(r"^(early|late|mid-)\s*", "", w, flags=re.I)
    m = re.fullmatch(r"(?:the )?(\d{3})0s", w)
    if m:
        return m.group(1)
    m = re.fullmatch(r"\d{4}", w)
    if m:
        return w
    m = re.fullmatch(MONTH_RE + r" (\d{4})", w)
    if m:
        return "%s-%02d" % (m.group(2), MONTH_NAMES.index(m.group(1)) + 1)
    m = re.fullmatch(MONTH_RE + r" (\d{1,2}), (\d{4})", w)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTH_NAMES.index(m.group(1)) + 1, int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2}) " + MONTH_RE + r" (\d{4})", w)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTH_NAMES.index(m.group(2)) + 1, int(m.group(1)))
    if style == "wire" or not published:
        return None  # wire stories: explicit years only
    d = datetime.date.fromisoformat(published)
    future = modality == "planned"
    wl = w.lower()
    if wl in WEEKDAYS_L:
        k = WEEKDAYS_L.index(wl)
        delta = (d.weekday() - k) % 7
        day = d + datetime.timedelta(days=(-delta if not future else (k - d.weekday()) % 7))
        return day.isoformat()
    if wl == "yesterday":
        return (d - datetime.timedelta(days=1)).isoformat()
    if wl == "today":
        return d.isoformat()
    rel = {"last month": -1, "this month": 0, "next month": 1}
    if wl in rel:
        y, mo = _add_months(d.year, d.month, rel[wl])
        return "%04d-%02d" % (y, mo)
    rel = {"last year": -1, "this year": 0, "earlier this year": 0, "next year": 1}
    if wl in rel:
        return "%04d" % (d.year + rel[wl])
    m = re.fullmatch(MONTH_RE, w)
    if m:
        mo = MONTH_NAMES.index(m.group(1)) + 1
        y = d.year
        if not future and mo > d.month:
            y -= 1
        if future and mo < d.month:
            y += 1
        return "%04d-%02d" % (y, mo)
    m = re.fullmatch(MONTH_RE + r" (\d{1,2})", w)
    if m:
        day = datetime.date(d.year, MONTH_NAMES.index(m.group(1)) + 1, int(m.group(2)))
        if not future and day > d:
            day = day.replace(year=d.year - 1)
        return day.isoformat()
    return None


WEEKDAYS_L = [x.lower() for x in WEEKDAYS]

# ---------------------------------------------------------------- checks


def norm(s):
    """kgscore's name normalization."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def unit(s, p, o, modality):
    if p in SYMMETRIC and s > o:
        s, o = o, s
    return (s, p, o, POLARITY.get(modality, "?"))


def _occurrences(text, needle, fold=False):
    flags = re.I if fold else 0
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, flags)]


def _fold(form):
    """Names match case-insensitively, as kgscore maps them; acronyms and
    short forms (US, UN, EU, Xi) only in their own case."""
    return not (form.isupper() or len(form) <= 3)


def named_entities(sentence, entities):
    """Entities named in the sentence by name, alias or demonym; longest match wins."""
    hits = []
    for e in entities:
        for form in {e["name"], *e["aliases"], *e["demonyms"]}:
            for i in _occurrences(sentence, form, _fold(form) and form not in e["demonyms"]):
                hits.append((i, i + len(form), e["name"]))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken, names = [], set()
    for a, b, n in hits:
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        names.add(n)
    return names


class Corpus:
    def __init__(self, folder):
        self.docs = {}
        for k, fn in DOCS.items():
            d = textutil.load(os.path.join(folder, fn))
            d.sents = textutil.sentences(d.body)
            self.docs[k] = d

    def sentence_of(self, k, start, end):
        for s, e, t in self.docs[k].sents:
            if s <= start and end <= e:
                return s, e, t
        return None


def validate(entities, rows, corpus):
    """Return a list of (code, message); empty when the gold is sound."""
    errs = []
    add = lambda code, msg: errs.append((code, msg))
    by_name = {}
    alias_owner = {}
    for e in entities:
        if e["type"] not in TYPES:
            add("bad_type", "%s: type %s" % (e["name"], e["type"]))
        if e["name"] in by_name:
            add("alias_collision", "entity %s twice" % e["name"])
        by_name[e["name"]] = e
        for a in [e["name"]] + e["aliases"]:
            n = norm(a)
            if alias_owner.setdefault(n, e["name"]) != e["name"]:
                add("alias_collision", "%r names %s and %s" % (a, alias_owner[n], e["name"]))
    for e in entities:
        for dm in e["demonyms"]:
            if norm(dm) in alias_owner:
                add("alias_collision", "demonym %r of %s is an alias of %s" % (dm, e["name"], alias_owner[norm(dm)]))

    used = set()
    seen = {}
    for i, r in enumerate(rows):
        tag = "row %d %s %s %s" % (i, r["s"], r["p"], r["o"])
        p = r["p"]
        if p not in SIG:
            add("bad_predicate", tag)
            continue
        if r["modality"] not in MODALITIES:
            add("bad_modality", tag)
            continue
        if r["role"] and p not in ROLE_PREDICATES:
            add("bad_role", tag)
        if r["commodity"] and p not in COMMODITY_PREDICATES:
            add("bad_commodity", tag)
        for ap in r["alt_p"]:
            if ap not in SIG:
                add("bad_predicate", tag + " alt_p " + ap)
        ok = True
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in by_name:
                add("unknown_entity", tag + ": " + n)
                ok = False
            used.add(n)
        if not ok:
            continue
        st, ot = by_name[r["s"]]["type"], by_name[r["o"]]["type"]
        if st not in SIG[p][0] or ot not in SIG[p][1]:
            add("type_mismatch", "%s: %s -> %s" % (tag, st, ot))
        u = unit(r["s"], p, r["o"], r["modality"])
        if u in seen:
            add("duplicate_unit", "%s duplicates row %d" % (tag, seen[u]))
        seen.setdefault(u, i)
        if r["time"] and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["time"]):
            add("bad_time", tag)
        if not r["ev"]:
            add("phrase_missing", tag + ": no evidence")
        for k, ev in r["ev"].items():
            if k not in corpus.docs:
                add("bad_doc", tag + ": " + k)
                continue
            d = corpus.docs[k]
            where = "%s [%s]" % (tag, k)
            if ev["mod"] and (ev["mod"] not in MODALITIES or POLARITY[ev["mod"]] != POLARITY[r["modality"]]):
                add("polarity_override", where)
            ph = ev["phrase"]
            n = d.body.count(ph)
            if n == 0:
                add("phrase_missing", where + ": " + ph)
                continue
            if n > 1:
                add("phrase_repeated", where + ": " + ph)
                continue
            a = d.body.index(ph)
            sent = corpus.sentence_of(k, a, a + len(ph))
            if sent is None:
                add("phrase_crosses_sentence", where + ": " + ph)
                continue
            text = sent[2]
            names = named_entities(text, entities)
            for role, who, decl in (("subject", r["s"], ev["sm"]), ("object", r["o"], ev["om"])):
                if decl is not None:
                    if not _occurrences(text, decl):
                        add("mention_not_in_sentence", "%s: %s mention %r" % (where, role, decl))
                elif who not in names:
                    add(role + "_not_named", "%s: %s" % (where, who))
            if r["time"]:
                if not ev["when"]:
                    add("time_without_when", where)
                elif not _occurrences(text, ev["when"]):
                    add("when_not_in_sentence", where + ": " + ev["when"])
                else:
                    got = resolve_time(ev["when"], d.published, d.style, ev["mod"] or r["modality"])
                    if got is None:
                        add("time_unresolvable", "%s: %r (%s)" % (where, ev["when"], d.style))
                    elif got != r["time"]:
                        add("time_mismatch", "%s: %r -> %s, gold %s" % (where, ev["when"], got, r["time"]))
            elif ev["when"]:
                add("when_without_time", where)
    for e in entities:
        if e["name"] not in used:
            add("unused_entity", e["name"])
    return errs


# ---------------------------------------------------------------- self-test


def self_test(corpus):
    """Feed deliberately bad rows; each must be rejected by the intended check."""
    import copy
    base = validate(ENTITIES, ROWS, corpus)
    assert not base, "gold is not clean: %s" % base[:5]

    def row(**kw):
        # Jamaat Ansarullah attacked Shohin mine, made hedged so its unit is new
        r = copy.deepcopy(ROWS[0])
        r["modality"] = "hedged"
        r.update(kw)
        return r

    def taliban_kabul(ev, time=None):
        return R("Taliban", "took_control_of", "Kabul", {"01": ev}, "hedged", time=time)

    cases = [
        ("phrase_missing", [], [row(ev={"01": E("attacked the Shohin gold mine")})]),
        ("phrase_repeated", [], [row(ev={"01": E("Jamaat Ansarullah")})]),
        ("phrase_crosses_sentence", [], [row(ev={"01": E("punished. \"We urge")})]),
        ("subject_not_named", [], [R("Xi Jinping", "head_of", "China", {"01": "Zhou, a Chinese citizen"},
                                     "hedged", role="president")]),
        ("object_not_named", [], [R("Zhou Jianming", "citizen_of", "Russia", {"01": "Zhou, a Chinese citizen"})]),
        ("mention_not_in_sentence", [], [R("Zhou Jianming", "citizen_of", "Russia",
                                           {"01": E("Zhou, a Chinese citizen", om="Moscow")})]),
        ("type_mismatch", [], [R("Astana", "head_of", "Kazakhstan", {"04": "Astana, the Kazakh capital"})]),
        ("duplicate_unit", [], [copy.deepcopy(ROWS[0])]),
        ("duplicate_unit", [], [R("Russia", "borders", "Kazakhstan", {"04": "its northern neighbour"})]),
        ("alias_collision", [ent("Tashkent", CI)], []),
        ("alias_collision", [ent("Kazakh Steppe", "Region", ["Republic of Kazakhstan"])], []),
        ("time_mismatch", [], [taliban_kabul(E("who seized Kabul in August 2021", when="August 2021"), "2021")]),
        ("time_unresolvable", [], [taliban_kabul(E("Beijing demanded", when="Beijing", sm="Beijing", om="Beijing"),
                                                 "2025-12-01")]),
        ("time_unresolvable", [], [R("United States", "sanctioned", "Tengri Capital Bank",
                                     {"02": E("Washington sanctioned the Bishkek-based", when="In January")},
                                     "hedged", time="2025-01")]),
        ("time_without_when", [], [taliban_kabul(E("who seized Kabul in August 2021"), "2021-08")]),
        ("when_not_in_sentence", [], [taliban_kabul(E("who seized Kabul in August 2021", when="July 2025"),
                                                    "2025-07")]),
        ("when_without_time", [], [taliban_kabul(E("who seized Kabul in August 2021", when="August 2021"))]),
        ("bad_predicate", [], [row(p="bombed")]),
        ("bad_modality", [], [row(modality="alleged")]),
        ("bad_role", [], [row(role="commander")]),
        ("bad_commodity", [], [row(commodity="gold")]),
        ("unknown_entity", [], [row(s="Islamic State")]),
        ("unused_entity", [ent("Samarkand", CI)], []),
        ("polarity_override", [], [R("Russia", "allied_with", "Tajikistan",
                                     {"01": E("Russia, Tajikistan's main security ally", mod="negated")}, "hedged")]),
        ("bad_type", [ent("Pamir Highway", "Road")], []),
    ]
    for want, extra_ents, extra_rows in cases:
        ents = ENTITIES + extra_ents
        errs = validate(ents, ROWS + extra_rows, corpus)
        codes = {c for c, _ in errs}
        if want != "unused_entity":
            codes.discard("unused_entity")  # an added bad entity is unused too
        assert codes == {want}, "self-test %s: got %s" % (want, errs)
    # the time resolver on its own
    t = resolve_time
    assert t("on Monday", "2025-11-18", "newspaper") == "2025-11-17"
    assert t("on Sunday", "2025-10-27", "newspaper") == "2025-10-26"
    assert t("on Friday", "2025-10-24", "newspaper") == "2025-10-24"
    assert t("last month", "2025-01-10", "html") == "2024-12"
    assert t("in June", "2025-11-18", "newspaper") == "2025-06"
    assert t("in December", "2025-11-18", "newspaper") == "2024-12"
    assert t("in March", "2025-11-18", "newspaper", "planned") == "2026-03"
    assert t("next month", "2025-10-27", "newspaper", "planned") == "2025-11"
    assert t("October 19", "2025-10-27", "newspaper") == "2025-10-19"
    assert t("March 31, 2025", "", "wire") == "2025-03-31"
    assert t("on Tuesday", "2025-12-02", "wire") is None
    assert t("in the 1990s", "", "wire") == "199"
    return len(cases)


# ---------------------------------------------------------------- output


def build(corpus):
    errs = validate(ENTITIES, ROWS, corpus)
    if errs:
        for c, m in errs:
            print("ERROR %s: %s" % (c, m), file=sys.stderr)
        sys.exit(1)
    by_name = {e["name"]: e for e in ENTITIES}
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps({"name": e["name"], "type": e["type"], "aliases": e["aliases"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[k] for k in sorted(r["ev"])],
                   "modality": r["modality"]}
            if r["time"]:
                out["time"] = r["time"]
            out["required"] = r["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    out[k] = r[k]
            if r["role"]:
                out["role"] = r["role"]
            if r["commodity"]:
                out["commodity"] = r["commodity"]
            note = "; ".join("%s: '%s'" % (k, r["ev"][k]["phrase"]) for k in sorted(r["ev"]))
            if r["comment"]:
                note += " (" + r["comment"] + ")"
            out["note"] = note
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for k in sorted(r["ev"]):
                ev, d = r["ev"][k], corpus.docs[k]
                a = d.body.index(ev["phrase"])
                s, e, text = corpus.sentence_of(k, a, a + len(ev["phrase"]))
                st = {"subject": r["s"], "subject_type": by_name[r["s"]]["type"], "predicate": r["p"],
                      "object": r["o"], "object_type": by_name[r["o"]]["type"],
                      "modality": ev["mod"] or r["modality"], "time": r["time"] or "",
                      "role": r["role"] or "", "commodity": r["commodity"] or "", "confidence": 1.0,
                      "source": "corpus/" + DOCS[k], "title": d.title, "published": d.published,
                      "sentence": text, "start": s, "end": e, "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n += 1
    return n


def stats():
    from collections import Counter
    req = sum(1 for r in ROWS if r["required"])
    print("rows %d  required %d  optional %d  timed %d  entities %d" % (
        len(ROWS), req, len(ROWS) - req, sum(1 for r in ROWS if r["time"]), len(ENTITIES)))
    print("modalities", dict(Counter(r["modality"] for r in ROWS)))
    print("entity types", dict(Counter(e["type"] for e in ENTITIES)))
    pc = Counter(r["p"] for r in ROWS)
    pr = Counter(r["p"] for r in ROWS if r["required"])
    pn = Counter(r["p"] for r in ROWS if r["modality"] == "negated")
    print("predicate rows required negated")
    for p in SIG:
        print("%s %d %d %d" % (p, pc[p], pr[p], pn[p]))
    print("doc rows required negated timed")
    for k in sorted(DOCS):
        rs = [r for r in ROWS if k in r["ev"]]
        print("%s %d %d %d %d" % (DOCS[k], len(rs), sum(r["required"] for r in rs),
                                  sum(r["modality"] == "negated" for r in rs), sum(bool(r["time"]) for r in rs)))
    print("multi-document rows", sum(1 for r in ROWS if len(r["ev"]) > 1))
    print("statements", sum(len(r["ev"]) for r in ROWS))


def main(argv):
    corpus = Corpus(os.path.join(ROOT, "corpus"))
    errs = validate(ENTITIES, ROWS, corpus)
    if errs:
        for c, m in errs:
            print("ERROR %s: %s" % (c, m), file=sys.stderr)
        sys.exit(1)
    n = self_test(corpus)
    print("self-test: %d bad cases rejected by their intended checks" % n)
    if "--self-test" in argv:
        return
    if "--stats" in argv:
        stats()
        return
    k = build(corpus)
    print("wrote %d entities, %d triples, %d statements" % (len(ENTITIES), len(ROWS), k))


if __name__ == "__main__":
    main(sys.argv[1:])
