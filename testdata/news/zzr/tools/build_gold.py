#!/usr/bin/env python3
"""Check the hand-held gold rows of news set zzr and write the gold files.

Usage: python3 tools/build_gold.py        (from /work/newsets/zzr or anywhere)

Reads  corpus/zzr0N-*.txt|html; the entities and rows are held in this file
Writes entities.jsonl, triples.jsonl, selfcheck_statements.jsonl (next to corpus/)

Checks (any failure stops the build, nothing is written):
- entities: unique names, known types, no alias shared by two entities
- rows: known entities (also in alt_s/alt_o), predicate signatures of SCHEMA.md,
  known modalities, every evidence phrase inside one sentence of its document,
  times valid ISO prefixes, supported by the text of every listed document
  (wire stories: only an explicit year counts), no time on negated rows or
  static relations, no two rows with the same scored unit
- counts: 200-260 rows, all 34 predicates used, 20-25 negated rows, every
  article has rows, every entity is used by some row
- articles: file names, the three house styles, 450-800 body words, and no
  entity named in the boilerplate of the HTML pages
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import textutil  # noqa: E402

# =====================================================================
# ENTITIES: (name, type, aliases), held by hand
# =====================================================================
ENTITIES = [
    # ---- cluster 1: Central Europe -------------------------------------
    ("Robert Fico", "Person", ["Fico", "Prime Minister Robert Fico", "Slovak Prime Minister Robert Fico"]),
    ("Viktor Orban", "Person", ["Orban", "Viktor Orbán", "Orbán", "Prime Minister Viktor Orban", "Hungarian Prime Minister Viktor Orban"]),
    ("Andrej Babis", "Person", ["Babis", "Andrej Babiš", "Babiš", "Czech Prime Minister Andrej Babis"]),
    ("Donald Tusk", "Person", ["Tusk", "Polish Prime Minister Donald Tusk"]),
    ("Petr Pavel", "Person", ["Pavel", "Czech President Petr Pavel"]),
    ("Volodymyr Zelenskiy", "Person", ["Zelenskiy", "Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"]),
    ("Vladimir Putin", "Person", ["Putin", "Russian President Vladimir Putin"]),
    ("Beate Meinl-Reisinger", "Person", ["Meinl-Reisinger"]),
    ("Christian Stocker", "Person", ["Stocker", "Chancellor Christian Stocker"]),
    ("Peter Magyar", "Person", ["Magyar", "Péter Magyar"]),
    ("Martina Horvathova", "Person", ["Horvathova"]),
    ("Michael McGrath", "Person", ["McGrath"]),
    ("Bence Tuzson", "Person", ["Tuzson"]),
    ("Peter Szijjarto", "Person", ["Szijjarto", "Péter Szijjártó", "Szijjártó"]),
    ("Donald Trump", "Person", ["Trump", "U.S. President Donald Trump", "President Donald Trump"]),
    ("Robert Brovdi", "Person", ["Brovdi"]),
    ("Pavol Kral", "Person", ["Kral"]),
    ("Slovakia", "Country", ["Slovak Republic", "Slovak government"]),
    ("Hungary", "Country", ["Hungarian government"]),
    ("Czechia", "Country", ["Czech Republic", "Czech government"]),
    ("Poland", "Country", ["Warsaw", "Polish government"]),
    ("Austria", "Country", ["Austrian government"]),
    ("Ukraine", "Country", ["Kyiv", "Kiev", "Ukrainian government"]),
    ("Russia", "Country", ["Moscow", "Kremlin", "the Kremlin", "Russian Federation"]),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America", "Washington"]),
    ("Soviet Union", "Country", ["USSR", "U.S.S.R."]),
    ("Ireland", "Country", []),
    ("Norway", "Country", []),
    ("Moldova", "Country", []),
    ("Croatia", "Country", []),
    ("Romania", "Country", []),
    ("European Union", "Organization", ["EU", "E.U.", "Brussels"]),
    ("European Commission", "Organization", ["Commission", "EU Commission"]),
    ("European Parliament", "Organization", []),
    ("European Public Prosecutor's Office", "Organization", ["EPPO"]),
    ("Visegrad Group", "Organization", ["Visegrad", "V4", "Visegrad Four"]),
    ("Slavkov format", "Organization", ["Slavkov Format", "Austerlitz format"]),
    ("Danube Commission", "Organization", []),
    ("NATO", "Organization", ["North Atlantic Treaty Organization"]),
    ("Gazprom", "Organization", []),
    ("ANO", "Organization", ["ANO party"]),
    ("Fidesz", "Organization", ["Fidesz party"]),
    ("Tisza", "Organization", ["Tisza party"]),
    ("People's Party", "Organization", ["Austrian People's Party", "OeVP", "ÖVP", "OVP"]),
    ("NEOS", "Organization", []),
    ("OMV", "Organization", []),
    ("MOL", "Organization", ["MOL Group"]),
    ("JANAF", "Organization", []),
    ("Rosneft", "Organization", []),
    ("Lukoil", "Organization", []),
    ("Danube Energy Partners", "Organization", []),
    ("Vltava Energy Insight", "Organization", []),
    ("Bratislava", "City", []),
    ("Budapest", "City", []),
    ("Vienna", "City", []),
    ("Constanta", "City", ["Constanța"]),
    ("Szazhalombatta", "City", ["Százhalombatta"]),
    ("Transnistria", "Region", []),
    ("Crimea", "Region", ["Crimean peninsula"]),
    ("Bryansk region", "Region", ["Bryansk"]),
    ("Unecha pumping station", "Facility", ["Unecha station", "Unecha"]),
    ("Druzhba pipeline", "Facility", ["Druzhba"]),
    ("Slovnaft refinery", "Facility", ["Slovnaft"]),
    ("Duna refinery", "Facility", ["Danube refinery"]),
    ("Bratislava Declaration", "Agreement", []),
    # ---- cluster 2: Indonesia, Timor-Leste, Papua ----------------------
    ("Xanana Gusmao", "Person", ["Gusmao", "Xanana Gusmão", "Gusmão", "Prime Minister Xanana Gusmao"]),
    ("Prabowo Subianto", "Person", ["Prabowo", "President Prabowo Subianto", "Indonesian President Prabowo Subianto"]),
    ("Jose Ramos-Horta", "Person", ["Ramos-Horta", "José Ramos-Horta", "President Jose Ramos-Horta"]),
    ("Madeleine King", "Person", []),
    ("Kao Kim Hourn", "Person", ["Kao"]),
    ("Basuki Hadimuljono", "Person", ["Basuki"]),
    ("Anthony Albanese", "Person", ["Albanese"]),
    ("Penny Wong", "Person", ["Wong"]),
    ("Sugiono", "Person", []),
    ("Sebby Sambom", "Person", ["Sambom"]),
    ("Agus Subiyanto", "Person", ["General Agus Subiyanto"]),
    ("Benny Wenda", "Person", ["Wenda"]),
    ("Egianus Kogoya", "Person", ["Kogoya"]),
    ("Phillip Mehrtens", "Person", ["Mehrtens", "Philip Mehrtens"]),
    ("Maria da Costa", "Person", ["Da Costa", "da Costa"]),
    ("Wahyu Setiawan", "Person", ["Setiawan"]),
    ("Rahmat Hidayat", "Person", ["Hidayat"]),
    ("Timor-Leste", "Country", ["East Timor", "Timor Leste", "Democratic Republic of Timor-Leste", "Timorese government"]),
    ("Indonesia", "Country", ["Republic of Indonesia", "Indonesian government"]),
    ("Australia", "Country", ["Canberra", "Australian government"]),
    ("Japan", "Country", []),
    ("Myanmar", "Country", ["Burma"]),
    ("Malaysia", "Country", []),
    ("New Zealand", "Country", []),
    ("United Kingdom", "Country", ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Vanuatu", "Country", []),
    ("Papua New Guinea", "Country", ["PNG", "Port Moresby"]),
    ("Timor GAP", "Organization", []),
    ("Osaka Gas", "Organization", []),
    ("Woodside Energy", "Organization", ["Woodside"]),
    ("UN conciliation commission", "Organization", ["U.N. conciliation commission", "conciliation commission"]),
    ("International Court of Justice", "Organization", ["ICJ"]),
    ("United Nations", "Organization", ["UN", "U.N."]),
    ("ASEAN", "Organization", ["Association of Southeast Asian Nations", "ASEAN Secretariat"]),
    ("Nusantara Capital Authority", "Organization", ["Otorita Ibu Kota Nusantara"]),
    ("SoftBank Group", "Organization", ["SoftBank"]),
    ("BRICS", "Organization", []),
    ("OECD", "Organization", ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"]),
    ("Forest Watch Indonesia", "Organization", []),
    ("TPNPB", "Organization", ["West Papua National Liberation Army", "TPNPB-OPM"]),
    ("Free Papua Movement", "Organization", ["OPM", "Organisasi Papua Merdeka"]),
    ("TNI", "Organization", ["Indonesian military", "Indonesian armed forces", "Indonesia's armed forces"]),
    ("ULMWP", "Organization", ["United Liberation Movement for West Papua"]),
    ("Melanesian Spearhead Group", "Organization", ["MSG"]),
    ("Freeport-McMoRan", "Organization", ["Freeport"]),
    ("Dili", "City", []),
    ("Jakarta", "City", []),
    ("Perth", "City", []),
    ("Darwin", "City", []),
    ("The Hague", "City", ["Hague"]),
    ("New York", "City", ["New York City"]),
    ("Atambua", "City", []),
    ("Kupang", "City", []),
    ("Nusantara", "City", ["IKN", "Ibu Kota Nusantara"]),
    ("Sugapa", "City", []),
    ("Oxford", "City", []),
    ("Paris", "City", []),
    ("Timor Sea", "Region", []),
    ("Greater Sunrise", "Region", ["Greater Sunrise gas fields", "Sunrise"]),
    ("Oecusse", "Region", ["Oecusse enclave", "Oecussi"]),
    ("East Nusa Tenggara", "Region", ["Nusa Tenggara Timur"]),
    ("Borneo", "Region", []),
    ("East Kalimantan", "Region", []),
    ("Central Papua", "Region", ["Central Papua province"]),
    ("Intan Jaya", "Region", ["Intan Jaya regency"]),
    ("Hitadipa", "Region", ["Hitadipa district"]),
    ("Papua", "Region", ["West Papua", "Western New Guinea"]),
    ("Cipinang prison", "Facility", ["Cipinang"]),
    ("Grasberg mine", "Facility", ["Grasberg"]),
    ("Sunrise heads of agreement", "Agreement", ["Greater Sunrise heads of agreement"]),
    ("Timor Sea maritime boundary treaty", "Agreement", ["2018 maritime boundary treaty"]),
    ("Indonesia-Timor-Leste land border treaty", "Agreement", ["land border treaty"]),
    ("Australia-Indonesia security treaty", "Agreement", ["security treaty"]),
    ("Lombok Treaty", "Agreement", ["2006 Lombok Treaty"]),
]


# =====================================================================
# ROWS, held by hand.
# R(s, p, o, modality, evidence, ...) where evidence maps a document number
# ("01".."08") to the phrase of that document that states the fact (it must lie
# inside one sentence). time: ISO prefix; tev: for a timed row, the phrase of each
# listed document that supports the time (defaults to the evidence phrase).
# req=False marks a fact that is fine to find and fine to miss; note is a comment
# appended to the generated note (which quotes every evidence phrase).
# =====================================================================
ROWS = []


def R(s, p, o, mod, ev, time=None, tev=None, req=True, alt_s=(), alt_p=(), alt_o=(), note=""):
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, time=time, tev=tev or {},
                     required=req, alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     comment=note))


A, REP, H, PL, NEG = "asserted", "reported", "hedged", "planned", "negated"

# =====================================================================
# Cluster 1: Central Europe (zzr01, zzr02, zzr04, zzr07)
# =====================================================================

# --- who leads what, who works for whom ---------------------------------
R("Robert Fico", "head_of", "Slovakia", A, {
    "01": "Slovak Prime Minister Robert Fico, who hosted the talks",
    "02": "Slovak Prime Minister Robert Fico",
    "04": "Slovak Prime Minister Robert Fico brushed off the criticism",
    "07": "Slovak Prime Minister Robert Fico said Slovakia might stop"})
R("Viktor Orban", "head_of", "Hungary", A, {
    "01": "Hungarian Prime Minister Viktor Orban",
    "02": "three days after Prime Minister Viktor Orban signed a regional pact",
    "07": "Hungarian Prime Minister Viktor Orban"})
R("Andrej Babis", "head_of", "Czechia", A, {
    "01": "Czech Prime Minister Andrej Babis also signed the document",
    "02": "Czech Prime Minister Andrej Babis called on the EU",
    "04": "Czech Prime Minister Andrej Babis in Vienna next month",
    "07": "Czech Prime Minister Andrej Babis signed the Bratislava Declaration"})
R("Petr Pavel", "head_of", "Czechia", A, {"01": "Czech President Petr Pavel"})
R("Donald Tusk", "head_of", "Poland", A, {"01": "Polish Prime Minister Donald Tusk"})
R("Volodymyr Zelenskiy", "head_of", "Ukraine", A, {
    "01": "Ukrainian President Volodymyr Zelenskiy has said",
    "07": "Ukrainian President Volodymyr Zelenskiy did not comment on the strike"})
R("Vladimir Putin", "head_of", "Russia", A, {"01": "Russian President Vladimir Putin"})
R("Donald Trump", "head_of", "United States", A, {"02": "U.S. President Donald Trump"})
R("Christian Stocker", "head_of", "Austria", A, {"04": "Chancellor Christian Stocker, whose conservative People's Party leads"},
  note="Austrian chancellor; the article is about Austria")
R("Christian Stocker", "head_of", "People's Party", A, {"04": "Chancellor Christian Stocker, whose conservative People's Party leads"},
  alt_p=["member_of"], note="'whose ... party': leader; membership also counts")
R("Beate Meinl-Reisinger", "works_for", "Austria", A, {
    "01": "Austrian Foreign Minister Beate Meinl-Reisinger",
    "04": "Foreign Minister Beate Meinl-Reisinger, who also leads NEOS"})
R("Beate Meinl-Reisinger", "head_of", "NEOS", A, {"04": "Beate Meinl-Reisinger, who also leads NEOS"}, alt_p=["member_of"])
R("Viktor Orban", "head_of", "Fidesz", A, {
    "01": "Orban's Fidesz party faces a strong challenge",
    "02": "any coalition with Orban's Fidesz",
    "07": "Orban's Fidesz is trailing"}, alt_p=["member_of"], note="possessive 'Orban's Fidesz': party leader")
R("Peter Magyar", "head_of", "Tisza", A, {
    "01": "Peter Magyar's opposition Tisza party",
    "02": "Opposition leader Peter Magyar, whose Tisza party leads in most independent polls",
    "07": "Peter Magyar's Tisza party"}, alt_p=["member_of"])
R("Andrej Babis", "head_of", "ANO", A, {"01": "Babis, whose ANO party won the Czech parliamentary election"}, alt_p=["member_of"])
R("Peter Magyar", "member_of", "European Parliament", A, {"02": "Magyar, a member of the European Parliament"})
R("Michael McGrath", "works_for", "European Commission", A, {"02": "European Commissioner Michael McGrath"})
R("Michael McGrath", "citizen_of", "Ireland", A, {"02": "McGrath, the Irish commissioner"})
R("Bence Tuzson", "works_for", "Hungary", A, {"02": "met Justice Minister Bence Tuzson and members of Hungary's Integrity Authority"},
  note="Hungarian justice minister (context of the visit)")
R("Peter Szijjarto", "works_for", "Hungary", A, {
    "02": "Hungarian Foreign Minister Peter Szijjarto",
    "07": "Hungarian Foreign Minister Peter Szijjarto said"})
R("Robert Brovdi", "works_for", "Ukraine", A, {"07": "Robert Brovdi, the commander of Ukraine's Unmanned Systems Forces"})
R("Martina Horvathova", "works_for", "Danube Energy Partners", A, {"01": "Martina Horvathova, an energy analyst at Danube Energy Partners"})
R("Pavol Kral", "works_for", "Vltava Energy Insight", A, {"07": "Pavol Kral, an oil market analyst at the consultancy Vltava Energy Insight"})

# --- seats of organizations ---------------------------------------------
R("Danube Energy Partners", "based_in", "Bratislava", A, {"01": "Danube Energy Partners, a consultancy based in Bratislava"})
R("Gazprom", "based_in", "Russia", A, {
    "01": "Russia's Gazprom",
    "04": "OMV terminated its long-term supply contract with the Russian company the following month"},
  note="04: 'the Russian company' is Gazprom, named earlier in the sentence")
R("OMV", "based_in", "Vienna", A, {"04": "after the Vienna-based energy group won an arbitration award"})
R("Danube Commission", "based_in", "Budapest", A, {"04": "the Danube Commission, the Budapest-based body"})
R("MOL", "based_in", "Budapest", A, {"07": "just south of Budapest, the Hungarian capital, where MOL has its headquarters"})
R("JANAF", "based_in", "Croatia", A, {"07": "Croatia's pipeline operator JANAF"})
R("Rosneft", "based_in", "Russia", A, {"02": "Russian oil companies Rosneft and Lukoil"})
R("Lukoil", "based_in", "Russia", A, {"02": "Russian oil companies Rosneft and Lukoil"})

# --- geography ------------------------------------------------------------
R("Bratislava", "capital_of", "Slovakia", A, {"01": "Bratislava, the Slovak capital"})
R("Bratislava", "located_in", "Slovakia", A, {"01": "Bratislava, the Slovak capital"}, req=False, note="entailed by capital_of")
R("Budapest", "capital_of", "Hungary", A, {"07": "Budapest, the Hungarian capital"})
R("Budapest", "located_in", "Hungary", A, {"07": "Budapest, the Hungarian capital"}, req=False, note="entailed by capital_of")
R("Vienna", "capital_of", "Austria", A, {"04": "Vienna, the Austrian capital"})
R("Vienna", "located_in", "Austria", A, {"04": "Vienna, the Austrian capital"}, req=False, note="entailed by capital_of")
R("Austria", "borders", "Slovakia", A, {
    "01": "Austria, which borders all three countries",
    "04": "on the Slovak border east of Vienna"}, note="04: the Austrian hub lies on the Slovak border")
R("Austria", "borders", "Hungary", A, {"01": "Austria, which borders all three countries"})
R("Austria", "borders", "Czechia", A, {"01": "Austria, which borders all three countries"})
R("Slovakia", "borders", "Ukraine", A, {"07": "Slovakia and Hungary both border Ukraine"})
R("Hungary", "borders", "Ukraine", A, {"07": "Slovakia and Hungary both border Ukraine"})
R("Moldova", "borders", "Ukraine", A, {"04": "Moldova, Ukraine's small south-western neighbour"})
R("Transnistria", "seceded_from", "Moldova", A, {"04": "Transnistria, a sliver of land that broke away from Moldova in the early 1990s"},
  time="199", tev={"04": "in the early 1990s"})
R("Constanta", "located_in", "Romania", A, {"04": "the Romanian port of Constanta"})
R("Unecha pumping station", "located_in", "Bryansk region", A, {"07": "the Unecha pumping station in Russia's Bryansk region"})
R("Bryansk region", "located_in", "Russia", A, {"07": "Russia's Bryansk region"})
R("Slovnaft refinery", "located_in", "Bratislava", A, {"07": "MOL's Slovnaft refinery in Bratislava"})
R("Duna refinery", "located_in", "Szazhalombatta", A, {"07": "the group's Duna refinery at Szazhalombatta"})

# --- memberships ----------------------------------------------------------
for c in ("Slovakia", "Hungary", "Czechia"):
    R(c, "member_of", "Visegrad Group", A, {"01": "setting the three Visegrad Group members on a fresh collision course"})
R("Poland", "member_of", "Visegrad Group", A, {"01": "Poland, the fourth member of the Visegrad Group"})
R("Austria", "member_of", "Visegrad Group", NEG, {"01": "is not a Visegrad member"})
for c in ("Austria", "Czechia", "Slovakia"):
    R(c, "member_of", "Slavkov format", A, {"04": "the Slavkov format, a cooperation group that brings together Austria, the Czech Republic and Slovakia"})
for c in ("Austria", "Slovakia", "Hungary", "Russia"):
    R(c, "member_of", "Danube Commission", A, {"04": "Its 11 member states include Austria, Slovakia, Hungary and, awkwardly, Russia"})
R("Austria", "member_of", "European Union", A, {"04": "Austria, which joined the EU in 1995"}, time="1995")
R("Austria", "member_of", "NATO", NEG, {"04": "is neutral and is not a member of NATO"})
R("Ukraine", "candidate_for", "European Union", A, {"02": "Ukraine, which became an EU candidate country in June 2022"}, time="2022-06")
R("Hungary", "member_of", "European Public Prosecutor's Office", NEG, {
    "02": "the European Public Prosecutor's Office, which Orban has refused to join"}, alt_s=["Viktor Orban"])
R("Hungary", "member_of", "European Public Prosecutor's Office", PL, {
    "02": "to bring Hungary into the European Public Prosecutor's Office"}, req=False,
  note="Magyar's promise if Tisza wins the election")

# --- the Bratislava Declaration (Feb 9) -----------------------------------
for c, person, ph02 in (("Slovakia", "Robert Fico", "Slovak Prime Minister Robert Fico and Czech Prime Minister Andrej Babis called on the EU"),
                         ("Hungary", "Viktor Orban", "Monday's Bratislava Declaration, in which Orban"),
                         ("Czechia", "Andrej Babis", "Slovak Prime Minister Robert Fico and Czech Prime Minister Andrej Babis called on the EU")):
    R(c, "party_to", "Bratislava Declaration", A, {
        "01": "The prime ministers of Slovakia, Hungary and the Czech Republic signed a joint declaration",
        "02": ph02,
        "04": "the prime ministers of Slovakia, Hungary and the Czech Republic signed the Bratislava Declaration",
        "07": "Fico, Hungarian Prime Minister Viktor Orban and Czech Prime Minister Andrej Babis signed the Bratislava Declaration"},
      alt_s=[person], note="no time: the wire story gives no year")
R("Slovakia", "signed_agreement_with", "Hungary", A, {
    "01": "Orban and Fico also signed a separate memorandum on expanding the gas interconnector between Hungary and Slovakia",
    "04": "the prime ministers of Slovakia, Hungary and the Czech Republic signed the Bratislava Declaration",
    "07": "Fico, Hungarian Prime Minister Viktor Orban and Czech Prime Minister Andrej Babis signed the Bratislava Declaration"},
  alt_s=["Robert Fico"], alt_o=["Viktor Orban"])
R("Slovakia", "signed_agreement_with", "Czechia", A, {
    "01": "The prime ministers of Slovakia, Hungary and the Czech Republic signed a joint declaration",
    "04": "the prime ministers of Slovakia, Hungary and the Czech Republic signed the Bratislava Declaration",
    "07": "Fico, Hungarian Prime Minister Viktor Orban and Czech Prime Minister Andrej Babis signed the Bratislava Declaration"},
  alt_s=["Robert Fico"], alt_o=["Andrej Babis"])
R("Hungary", "signed_agreement_with", "Czechia", A, {
    "01": "The prime ministers of Slovakia, Hungary and the Czech Republic signed a joint declaration",
    "04": "the prime ministers of Slovakia, Hungary and the Czech Republic signed the Bratislava Declaration",
    "07": "Fico, Hungarian Prime Minister Viktor Orban and Czech Prime Minister Andrej Babis signed the Bratislava Declaration"},
  alt_s=["Viktor Orban"], alt_o=["Andrej Babis"])
R("Robert Fico", "met_with", "Viktor Orban", A, {"01": "Fico told reporters after meeting Orban and Babis"})
R("Robert Fico", "met_with", "Andrej Babis", A, {"01": "Fico told reporters after meeting Orban and Babis"})
R("Donald Tusk", "visited", "Bratislava", NEG, {"01": "Polish Prime Minister Donald Tusk declined an invitation to travel to Bratislava"},
  alt_o=["Slovakia"])
R("Poland", "party_to", "Bratislava Declaration", NEG, {"01": "Poland, the fourth member of the Visegrad Group, did not sign the declaration"})
R("Austria", "party_to", "Bratislava Declaration", NEG, {"04": "Vienna had refused an invitation to sign it"}, alt_s=["Vienna"],
  note="capital as metonym")
R("Austria", "supported", "Bratislava Declaration", NEG, {"01": "has also refused to back the text"})
R("Poland", "criticized", "Hungary", A, {"01": "Warsaw has repeatedly criticized Budapest and Bratislava"}, alt_o=["Budapest"],
  note="capitals as metonyms")
R("Poland", "criticized", "Slovakia", A, {"01": "Warsaw has repeatedly criticized Budapest and Bratislava"}, alt_o=["Bratislava"],
  note="capitals as metonyms")
R("Beate Meinl-Reisinger", "criticized", "Bratislava Declaration", A, {
    "01": "the declaration sent \"the wrong signal at the wrong time\"",
    "04": "criticized the declaration on the same day"}, alt_s=["Austria"])
R("Peter Magyar", "criticized", "Viktor Orban", A, {"01": "Magyar, who has accused Orban of tying Hungary's economy to the Kremlin"})

# --- gas, oil, Russia and Ukraine ----------------------------------------
R("Ukraine", "signed_agreement_with", "Gazprom", NEG, {"01": "Kyiv has refused to sign a new transit deal with Gazprom"})
R("Ukraine", "signed_agreement_with", "Gazprom", A, {"01": "Ukraine let a five-year transit contract with Russia's Gazprom expire"},
  req=False, note="the expired 2019 contract; the new deal is negated")
R("Russia", "in_conflict_with", "Ukraine", A, {
    "01": "Russia's war against Ukraine continues",
    "02": "while the war with Russia continues",
    "07": "Moscow, not Ukraine, had started the war"})
R("Russia", "attacked", "Ukraine", A, {"01": "Moscow launched its full-scale invasion of Ukraine in February 2022"}, time="2022-02")
R("Slovakia", "imports_from", "Russia", A, {
    "01": "Slovakia has imported Russian gas through the TurkStream pipeline",
    "07": "Both countries still import most of their crude from Russia"})
R("Hungary", "imports_from", "Russia", A, {
    "01": "Hungary buys most of its gas from Russia",
    "02": "Hungary still imports most of its oil and gas from Russia",
    "07": "Both countries still import most of their crude from Russia"})
R("Hungary", "signed_agreement_with", "Gazprom", A, {"01": "a 15-year contract it signed with Gazprom in 2021"}, time="2021")
R("Robert Fico", "visited", "Russia", A, {"01": "Fico, who travelled to Moscow in December 2024"}, time="2024-12",
  note="Moscow, the city; Moscow is an alias of Russia in this set")
R("Robert Fico", "met_with", "Vladimir Putin", A, {"01": "to meet Russian President Vladimir Putin"}, time="2024-12",
  tev={"01": "travelled to Moscow in December 2024"})
R("Robert Fico", "threatened", "Ukraine", A, {
    "01": "has previously threatened to cut emergency electricity supplies to Ukraine",
    "07": "Slovakia might stop the emergency electricity supplies it sends to Ukraine if the flows were not restored within days"},
  alt_s=["Slovakia"], note="01 adds 'He did not repeat that threat on Monday'; the earlier threat stands")
R("European Union", "sanctioned", "Russia", A, {
    "01": "The EU has imposed more than a dozen packages of sanctions on Russia",
    "07": "the EU's 2022 embargo on Russian oil shipped by sea"})
R("Hungary", "supported", "Ukraine", NEG, {"02": "he has refused to send weapons to Kyiv"}, alt_s=["Viktor Orban"])

# --- rule of law (zzr02) -------------------------------------------------
R("Michael McGrath", "visited", "Budapest", A, {"02": "told Hungarian officials in Budapest on Thursday"}, alt_o=["Hungary"])
R("Michael McGrath", "met_with", "Bence Tuzson", A, {"02": "met Justice Minister Bence Tuzson"})
R("Michael McGrath", "met_with", "Viktor Orban", NEG, {"02": "He did not meet Orban"})
R("Peter Magyar", "met_with", "Michael McGrath", H, {"02": "is expected to meet McGrath on Friday"})
R("Hungary", "in_conflict_with", "European Commission", A, {
    "02": "Budapest and the European Commission have been locked in a long-running dispute over democratic standards"}, alt_s=["Budapest"])
R("European Parliament", "criticized", "Hungary", A, {"02": "which has repeatedly condemned Hungary's record"})
R("European Parliament", "criticized", "European Commission", A, {"02": "a decision the European Parliament criticized"})
R("European Union", "sanctioned", "Hungary", A, {"02": "EU governments suspended 6.3 billion euros in cohesion funds for Hungary in December 2022"},
  time="2022-12", req=False, note="a financial penalty under the conditionality mechanism; borderline sanction")
R("Peter Szijjarto", "criticized", "European Union", A, {"02": "accused Brussels of \"political blackmail\""}, alt_o=["European Commission"])
R("European Commission", "criticized", "Slovakia", A, {"02": "The Commission has also raised concerns about Slovakia"})
R("Viktor Orban", "met_with", "Donald Trump", A, {"02": "In November 2025 Orban met U.S. President Donald Trump at the White House"}, time="2025-11")
R("United States", "sanctioned", "Rosneft", A, {"02": "U.S. sanctions on Russian oil companies Rosneft and Lukoil, which Washington imposed in October 2025"},
  time="2025-10")
R("United States", "sanctioned", "Lukoil", A, {"02": "U.S. sanctions on Russian oil companies Rosneft and Lukoil, which Washington imposed in October 2025"},
  time="2025-10")
R("Tisza", "allied_with", "Fidesz", NEG, {"02": "Magyar has ruled out any coalition with Orban's Fidesz after the vote"}, alt_s=["Peter Magyar"])
R("Fidesz", "criticized", "Peter Magyar", A, {"02": "accuses him of being \"Brussels' candidate\""})

# --- Austria and the Danube (zzr04) ---------------------------------------
R("Austria", "signed_agreement_with", "Soviet Union", A, {
    "04": "In 1968 it became the first Western country to sign a gas supply contract with the Soviet Union"}, time="1968")
R("Austria", "imports_from", "Russia", NEG, {"04": "Austria has not imported Russian gas since then"})
R("Austria", "imports_from", "Norway", A, {"04": "Most of the country's supply now comes from Norway"})
R("Austria", "imports_from", "United States", H, {"04": "Austria could one day import liquefied gas from the United States by barge"})
R("Christian Stocker", "met_with", "Robert Fico", PL, {"04": "Stocker will host Fico and Czech Prime Minister Andrej Babis in Vienna next month"},
  time="2026-03", tev={"04": "next month"})
R("Christian Stocker", "met_with", "Andrej Babis", PL, {"04": "Stocker will host Fico and Czech Prime Minister Andrej Babis in Vienna next month"},
  time="2026-03", tev={"04": "next month"})
R("Robert Fico", "visited", "Vienna", PL, {"04": "Stocker will host Fico and Czech Prime Minister Andrej Babis in Vienna next month"},
  time="2026-03", tev={"04": "next month"}, alt_o=["Austria"])
R("Andrej Babis", "visited", "Vienna", PL, {"04": "Stocker will host Fico and Czech Prime Minister Andrej Babis in Vienna next month"},
  time="2026-03", tev={"04": "next month"}, alt_o=["Austria"])
R("Czechia", "imports_from", "Russia", NEG, {
    "04": "it has not bought Russian oil since April 2025",
    "07": "whose country has not bought Russian oil since last April"})
R("Russia", "supported", "Transnistria", A, {"04": "broke away from Moldova in the early 1990s with Russian backing"})
R("Czechia", "normalized_relations_with", "Slovakia", A, {"04": "His cabinet has also restored the regular joint government meetings with Slovakia"},
  alt_s=["Andrej Babis"], note="restored after the 2024 suspension; no date for the restoration")

# --- Druzhba (zzr07) -------------------------------------------------------
R("Ukraine", "attacked", "Unecha pumping station", REP, {"07": "its drones had struck the Unecha station"},
  time="2026-02-18", tev={"07": "stopped on Wednesday after a drone attack damaged the Unecha pumping station"})
R("Ukraine", "attacked", "Druzhba pipeline", A, {"07": "when Ukrainian drones hit pumping stations along the line several times"},
  time="2025-08", tev={"07": "since last August"})
R("Peter Szijjarto", "criticized", "Ukraine", A, {"07": "accused Kyiv of trying to drag Budapest into the war"})
R("Hungary", "sanctioned", "Robert Brovdi", REP, {"07": "the entry ban it imposed last August on Robert Brovdi"},
  time="2025-08", tev={"07": "imposed last August"}, note="an entry ban on a named person")
R("Slovakia", "supported", "Ukraine", A, {"07": "Slovak power has helped Ukraine keep its lights on through the winter"})
R("European Commission", "contacted", "Hungary", REP, {"07": "it had contacted the governments in Budapest and Bratislava"}, alt_o=["Budapest"])
R("European Commission", "contacted", "Slovakia", REP, {"07": "it had contacted the governments in Budapest and Bratislava"}, alt_o=["Bratislava"])
R("Hungary", "imports_from", "Croatia", H, {"07": "JANAF said Hungary and Slovakia could import all the oil they need through its Adria pipeline"})
R("Slovakia", "imports_from", "Croatia", H, {"07": "JANAF said Hungary and Slovakia could import all the oil they need through its Adria pipeline"})
R("MOL", "criticized", "JANAF", A, {"07": "MOL has criticized JANAF's transit fees as too high"})
R("MOL", "negotiating_with", "JANAF", REP, {"07": "company officials said talks with JANAF were continuing"})
R("Volodymyr Zelenskiy", "criticized", "Viktor Orban", A, {"07": "He has repeatedly accused Orban of blocking Ukraine's path to the EU"})
R("Ukraine", "attacked", "Hungary", NEG, {"07": "Kyiv had not targeted Hungary or Slovakia"})
R("Ukraine", "attacked", "Slovakia", NEG, {"07": "Kyiv had not targeted Hungary or Slovakia"})
R("Russia", "took_control_of", "Crimea", A, {"07": "Crimea, which Russia seized in 2014"}, time="2014")
R("Ukraine", "attacked", "Crimea", A, {"07": "Ukrainian forces have also hit oil depots in Crimea"}, req=False)
R("Ukraine", "attacked", "Russia", A, {"07": "Ukrainian forces have also hit oil depots in Crimea, which Russia seized in 2014, and refineries deep inside Russia"})

# =====================================================================
# Cluster 2: Indonesia, Timor-Leste, Papua (zzr03, zzr05, zzr06, zzr08)
# =====================================================================

# --- who leads what, who works for whom ---------------------------------
R("Xanana Gusmao", "head_of", "Timor-Leste", A, {
    "03": "Prime Minister Xanana Gusmao said",
    "05": "Timor-Leste's Prime Minister Xanana Gusmao",
    "06": "Timor-Leste's Prime Minister Xanana Gusmao"})
R("Prabowo Subianto", "head_of", "Indonesia", A, {
    "03": "Indonesian President Prabowo Subianto",
    "05": "Indonesian President Prabowo Subianto",
    "06": "President Prabowo Subianto has not signed one",
    "08": "has never met Prabowo Subianto, although he has repeatedly asked the Indonesian president for talks"})
R("Jose Ramos-Horta", "head_of", "Timor-Leste", A, {
    "05": "President Jose Ramos-Horta, who shares power with Gusmao under Timor-Leste's semi-presidential system",
    "08": "President Jose Ramos-Horta said last year that Timor-Leste would not support"})
R("Anthony Albanese", "head_of", "Australia", A, {"06": "Australian Prime Minister Anthony Albanese"})
R("Madeleine King", "works_for", "Australia", A, {"03": "Australian Resources Minister Madeleine King"})
R("Penny Wong", "works_for", "Australia", A, {"08": "Australian Foreign Minister Penny Wong"})
R("Sugiono", "works_for", "Indonesia", A, {"08": "her Indonesian counterpart, Sugiono"})
R("Kao Kim Hourn", "head_of", "ASEAN", A, {"05": "ASEAN Secretary-General Kao Kim Hourn"}, alt_p=["works_for"])
R("Basuki Hadimuljono", "head_of", "Nusantara Capital Authority", A, {"06": "Basuki Hadimuljono, head of the Nusantara Capital Authority"})
R("Agus Subiyanto", "head_of", "TNI", A, {"08": "TNI commander General Agus Subiyanto"}, alt_p=["works_for"])
R("Sebby Sambom", "works_for", "TPNPB", A, {"08": "Sebby Sambom, a spokesman for the TPNPB"})
R("Benny Wenda", "head_of", "ULMWP", A, {"08": "Benny Wenda, the leader of the United Liberation Movement for West Papua (ULMWP)"})
R("Egianus Kogoya", "member_of", "TPNPB", A, {"08": "TPNPB fighters led by Egianus Kogoya"}, alt_p=["head_of"],
  note="he leads a faction of the TPNPB")
R("Phillip Mehrtens", "citizen_of", "New Zealand", A, {"08": "New Zealand pilot Phillip Mehrtens"})
R("Maria da Costa", "citizen_of", "Indonesia", A, {"05": "has been an Indonesian citizen since 2001"})
R("Maria da Costa", "lives_in", "Atambua", A, {"05": "Maria da Costa, a trader who lives in Atambua"})
R("Wahyu Setiawan", "lives_in", "Nusantara", A, {"06": "lives with his wife and two children in a government apartment block near the presidential palace"},
  note="'For those already living in the city': Nusantara")
R("Rahmat Hidayat", "lives_in", "Sugapa", A, {"08": "had lived in Sugapa with his family for six years"})
R("Benny Wenda", "lives_in", "Oxford", A, {"08": "Wenda, who lives in exile in Oxford, Britain"})

# --- seats of organizations ---------------------------------------------
R("Timor GAP", "based_in", "Timor-Leste", A, {"03": "Timor-Leste's state oil company Timor GAP"})
R("Osaka Gas", "based_in", "Japan", A, {"03": "a heads of agreement with Japan's Osaka Gas"})
R("Woodside Energy", "based_in", "Australia", A, {"03": "Australia's Woodside Energy"})
R("Woodside Energy", "based_in", "Perth", A, {"03": "Woodside, which is based in Perth"})
R("International Court of Justice", "based_in", "The Hague", A, {"03": "the International Court of Justice in The Hague"})
R("United Nations", "based_in", "New York", A, {"03": "they signed a treaty at the United Nations in New York"})
R("ASEAN", "based_in", "Jakarta", A, {"05": "the Jakarta-based ASEAN Secretariat"})
R("Nusantara Capital Authority", "based_in", "Nusantara", A, {"06": "the authority's office in Nusantara"})
R("SoftBank Group", "based_in", "Japan", A, {"06": "Japan's SoftBank Group"})
R("OECD", "based_in", "Paris", A, {"06": "the Paris-based OECD"})
R("Freeport-McMoRan", "based_in", "United States", A, {"08": "U.S.-based Freeport-McMoRan"})
R("TPNPB", "member_of", "Free Papua Movement", A, {"08": "the armed wing of the Free Papua Movement"})

# --- geography ------------------------------------------------------------
R("Dili", "capital_of", "Timor-Leste", A, {"05": "Dili, the Timorese capital"})
R("Dili", "located_in", "Timor-Leste", A, {"05": "Dili, the Timorese capital"}, req=False, note="entailed by capital_of")
R("Jakarta", "capital_of", "Indonesia", A, {"06": "therefore remains the capital of Indonesia"})
R("Jakarta", "located_in", "Indonesia", A, {"06": "therefore remains the capital of Indonesia"}, req=False, note="entailed by capital_of")
R("Nusantara", "capital_of", "Indonesia", NEG, {"06": "it is not yet Indonesia's capital"},
  note="the decree is unsigned; asserting it is a polarity error")
R("Nusantara", "capital_of", "Indonesia", PL, {
    "05": "Nusantara, Indonesia's planned new capital on Borneo",
    "06": "Prabowo has said he wants Nusantara to begin working as Indonesia's \"political capital\" in 2028"},
  note="static relation: no time; 06 names 2028")
R("Nusantara", "located_in", "East Kalimantan", A, {"06": "carved out of plantation forest in the province of East Kalimantan"})
R("Nusantara", "located_in", "Borneo", A, {
    "05": "Indonesia's planned new capital on Borneo",
    "06": "in the province of East Kalimantan on the island of Borneo"})
R("East Kalimantan", "located_in", "Borneo", A, {"06": "the province of East Kalimantan on the island of Borneo"})
R("Kupang", "capital_of", "East Nusa Tenggara", A, {"05": "Kupang, the capital of East Nusa Tenggara"})
R("East Nusa Tenggara", "located_in", "Indonesia", A, {"05": "Indonesia's East Nusa Tenggara province"})
R("Oecusse", "located_in", "Timor-Leste", A, {"05": "Oecusse, a Timorese enclave"})
R("Oecusse", "borders", "East Nusa Tenggara", A, {"05": "is surrounded by Indonesia's East Nusa Tenggara province"})
R("Indonesia", "borders", "Timor-Leste", A, {"05": "the last two disputed segments of the land border between their countries"})
R("Atambua", "located_in", "Indonesia", A, {"05": "Atambua, the Indonesian town nearest the main crossing"})
R("Cipinang prison", "located_in", "Jakarta", A, {"05": "Jakarta's Cipinang prison"})
R("Darwin", "located_in", "Australia", A, {"03": "Darwin, in northern Australia"})
R("Greater Sunrise", "located_in", "Timor Sea", A, {"03": "The fields, discovered in 1974, lie in the Timor Sea"})
R("Indonesia", "borders", "Malaysia", A, {"06": "Indonesia's land border with Malaysia"})
R("Papua New Guinea", "borders", "Indonesia", A, {"08": "shares a long land border with Indonesia on the island of New Guinea"})
R("Oxford", "located_in", "United Kingdom", A, {"08": "Oxford, Britain"})
R("Sugapa", "located_in", "Intan Jaya", A, {"08": "Sugapa, the main town of Intan Jaya regency"})
R("Central Papua", "located_in", "Indonesia", A, {"08": "Indonesia's Central Papua province"})

# --- Greater Sunrise and the Timor Sea (zzr03) -----------------------------
R("Timor GAP", "signed_agreement_with", "Osaka Gas", REP, {"03": "Timor GAP signed a heads of agreement with Japan's Osaka Gas on Tuesday"})
R("Timor GAP", "party_to", "Sunrise heads of agreement", REP, {"03": "Timor GAP signed a heads of agreement with Japan's Osaka Gas on Tuesday"})
R("Osaka Gas", "party_to", "Sunrise heads of agreement", REP, {"03": "Timor GAP signed a heads of agreement with Japan's Osaka Gas on Tuesday"})
R("Woodside Energy", "party_to", "Sunrise heads of agreement", NEG, {"03": "it was not a party to the heads of agreement"},
  note="also 'did not sign' in the lead")
R("Woodside Energy", "party_to", "Sunrise heads of agreement", H, {"03": "Analysts said Woodside might still join the heads of agreement later"},
  note="a possibility; today it is not a party (negated row)")
R("Woodside Energy", "negotiating_with", "Timor-Leste", REP, {"03": "remained in talks with the Timorese government on a development concept"})
R("Australia", "signed_agreement_with", "Timor-Leste", A, {"03": "they signed a treaty at the United Nations in New York"},
  time="2018-03", tev={"03": "settled the boundary question in March 2018"})
R("Australia", "party_to", "Timor Sea maritime boundary treaty", A, {"03": "they signed a treaty at the United Nations in New York that drew a permanent maritime boundary in the Timor Sea"},
  time="2018-03", tev={"03": "settled the boundary question in March 2018"})
R("Timor-Leste", "party_to", "Timor Sea maritime boundary treaty", A, {"03": "they signed a treaty at the United Nations in New York that drew a permanent maritime boundary in the Timor Sea"},
  time="2018-03", tev={"03": "settled the boundary question in March 2018"})
R("UN conciliation commission", "brokered", "Timor Sea maritime boundary treaty", A, {"03": "The treaty was brokered by a U.N. conciliation commission"},
  time="2018", tev={"03": "settled the boundary question in March 2018"})
R("Australia", "in_conflict_with", "Timor-Leste", A, {"03": "it ended a long-running dispute that had soured relations between the neighbours"},
  req=False, note="a past dispute, ended by the 2018 treaty")
R("Timor-Leste", "criticized", "Australia", A, {"03": "Dili accused Canberra of espionage"}, alt_s=["Dili"], note="capitals as metonyms")
R("Timor-Leste", "member_of", "ASEAN", A, {
    "03": "became the 11th member of the Association of Southeast Asian Nations in October 2025",
    "05": "which admitted it as the 11th member at a summit in Kuala Lumpur last October"},
  time="2025-10", tev={"03": "in October 2025", "05": "last October"})
R("Prabowo Subianto", "visited", "Dili", PL, {"03": "who is due in Dili next week"}, alt_o=["Timor-Leste"])

# --- Prabowo in Dili and the land border (zzr05, zzr06) --------------------
R("Prabowo Subianto", "visited", "Dili", A, {
    "05": "signed a treaty in Dili, the Timorese capital, on Monday",
    "06": "who signed a land border treaty with Prabowo in Dili this month"},
  time="2026-03", tev={"05": "on Monday", "06": "this month"}, alt_o=["Timor-Leste"])
R("Xanana Gusmao", "met_with", "Prabowo Subianto", A, {"05": "The two leaders met for more than two hours before the ceremony"},
  time="2026-03-09", tev={"05": "signed a treaty in Dili, the Timorese capital, on Monday"})
R("Xanana Gusmao", "negotiating_with", "Prabowo Subianto", REP, {"05": "also discussed the Greater Sunrise gas project, officials said"},
  time="2026-03-09", tev={"05": "signed a treaty in Dili, the Timorese capital, on Monday"}, req=False, alt_s=["Timor-Leste"], alt_o=["Indonesia"],
  note="'discussed': talks at the same meeting")
R("Indonesia", "signed_agreement_with", "Timor-Leste", A, {
    "05": "Indonesian President Prabowo Subianto and Timor-Leste's Prime Minister Xanana Gusmao signed a treaty",
    "06": "who signed a land border treaty with Prabowo in Dili this month"},
  time="2026-03", tev={"05": "on Monday", "06": "this month"}, alt_s=["Prabowo Subianto"], alt_o=["Xanana Gusmao"])
R("Indonesia", "party_to", "Indonesia-Timor-Leste land border treaty", A, {
    "05": "Indonesian President Prabowo Subianto and Timor-Leste's Prime Minister Xanana Gusmao signed a treaty",
    "06": "who signed a land border treaty with Prabowo in Dili this month"},
  time="2026-03", tev={"05": "on Monday", "06": "this month"})
R("Timor-Leste", "party_to", "Indonesia-Timor-Leste land border treaty", A, {
    "05": "Indonesian President Prabowo Subianto and Timor-Leste's Prime Minister Xanana Gusmao signed a treaty",
    "06": "Timor-Leste's Prime Minister Xanana Gusmao, who signed a land border treaty with Prabowo"},
  time="2026-03", tev={"05": "on Monday", "06": "this month"})
R("Indonesia", "attacked", "Timor-Leste", A, {"05": "Indonesian troops invaded in December 1975"}, time="1975-12", req=False,
  note="the territory, then East Timor")
R("Indonesia", "took_control_of", "Dili", A, {"05": "Indonesian troops invaded in December 1975 and seized Dili"}, time="1975-12")
R("Timor-Leste", "gained_independence_from", "Indonesia", A, {"05": "became independent from Indonesia in 2002"}, time="2002",
  alt_p=["seceded_from"],
  note="'declared independence from Portugal' in 1975 is a declaration, not a gain")
R("Indonesia", "diplomatic_relations_with", "Timor-Leste", A, {"05": "the two countries established diplomatic relations in 2002"},
  alt_p=["normalized_relations_with"], note="established after the occupation ended: normalization also counts")
R("Indonesia", "allied_with", "Timor-Leste", A, {"05": "have since become close partners"})
R("Indonesia", "supported", "Timor-Leste", A, {"05": "Indonesia was Timor-Leste's strongest backer in its long bid to join the Association of Southeast Asian Nations"})
R("Timor-Leste", "candidate_for", "ASEAN", A, {"05": "which Dili applied to join in 2011"}, time="2011", alt_s=["Dili"])
R("Kao Kim Hourn", "visited", "Dili", A, {"05": "who flew to Dili for the signing"}, time="2026-03",
  tev={"05": "signed a treaty in Dili, the Timorese capital, on Monday"}, alt_o=["Timor-Leste"])
R("Myanmar", "criticized", "Timor-Leste", A, {"05": "Myanmar's military government criticized Dili in 2023"}, time="2023", alt_o=["Dili"])
R("Timor-Leste", "imports_from", "Indonesia", A, {"05": "Indonesia is one of Timor-Leste's largest sources of imports"})
R("Indonesia", "trades_with", "Timor-Leste", A, {"05": "Trade is the most visible link between the neighbours"})
R("Prabowo Subianto", "visited", "Kupang", A, {"05": "Prabowo left Dili on Tuesday morning for Kupang"}, time="2026-03-10", req=False)
R("Xanana Gusmao", "visited", "Nusantara", PL, {
    "05": "He has invited Gusmao to visit Nusantara",
    "06": "has accepted an invitation to visit Nusantara"}, note="no date set (06)")

# --- Nusantara, Australia, Indonesia abroad (zzr06) --------------------------
R("Anthony Albanese", "met_with", "Prabowo Subianto", A, {"06": "who met Prabowo in Jakarta last month"}, time="2026-02",
  tev={"06": "last month"})
R("Anthony Albanese", "visited", "Jakarta", A, {"06": "who met Prabowo in Jakarta last month"}, time="2026-02",
  tev={"06": "During his February visit"}, alt_o=["Indonesia"])
R("Anthony Albanese", "visited", "Nusantara", PL, {"06": "plans to visit Nusantara later this year"}, time="2026",
  tev={"06": "later this year"})
R("Australia", "signed_agreement_with", "Indonesia", A, {
    "06": "the two leaders signed a security treaty under which Australia and Indonesia will consult each other",
    "08": "under the 2006 Lombok Treaty, which both countries signed"},
  alt_s=["Anthony Albanese"], alt_o=["Prabowo Subianto"], note="two treaties (2026 and 2006): no single time")
R("Australia", "party_to", "Australia-Indonesia security treaty", A, {"06": "During his February visit the two leaders signed a security treaty"},
  time="2026-02", alt_s=["Anthony Albanese"])
R("Indonesia", "party_to", "Australia-Indonesia security treaty", A, {"06": "During his February visit the two leaders signed a security treaty"},
  time="2026-02", alt_s=["Prabowo Subianto"])
R("Australia", "party_to", "Lombok Treaty", A, {
    "06": "The treaty builds on the 2006 Lombok Treaty",
    "08": "under the 2006 Lombok Treaty, which both countries signed"}, time="2006")
R("Indonesia", "party_to", "Lombok Treaty", A, {
    "06": "The treaty builds on the 2006 Lombok Treaty",
    "08": "under the 2006 Lombok Treaty, which both countries signed"}, time="2006")
R("Australia", "recognizes", "Indonesia", A, {"06": "in which Australia recognised Indonesia's sovereignty over all its provinces"},
  note="recognition of territorial sovereignty rather than diplomatic recognition")
R("Australia", "trades_with", "Indonesia", A, {"06": "Australia and Indonesia have traded under a comprehensive economic partnership agreement since 2020"})
R("Indonesia", "imports_from", "Australia", A, {"06": "Indonesia buys much of its wheat and most of its live cattle from Australia"})
R("Indonesia", "member_of", "BRICS", A, {"06": "Indonesia, which joined the BRICS group of emerging economies in January 2025"}, time="2025-01")
R("Indonesia", "candidate_for", "OECD", A, {"06": "is also negotiating to join the Organisation for Economic Co-operation and Development"},
  alt_p=["negotiating_with"])
R("Indonesia", "member_of", "OECD", NEG, {"06": "It is not yet a member of the Paris-based OECD"})
R("Forest Watch Indonesia", "criticized", "Indonesia", A, {"06": "has criticized the government for clearing forest for the city"})

# --- Papua (zzr08) ------------------------------------------------------------
R("TPNPB", "killed", "Rahmat Hidayat", REP, {"08": "Police blamed the West Papua National Liberation Army (TPNPB)"},
  time="2026-03-24", tev={"08": "shot dead a primary school teacher in Indonesia's Central Papua province on Tuesday"},
  note="police version; the TPNPB denies it (negated row)")
R("TPNPB", "killed", "Rahmat Hidayat", NEG, {"08": "its fighters had not killed the teacher"})
R("Sebby Sambom", "criticized", "TNI", A, {"08": "accused the military of staging the shooting"}, alt_s=["TPNPB"])
R("TNI", "took_control_of", "Hitadipa", REP, {"08": "troops had taken control of the nearby Hitadipa district"},
  time="2026-03", tev={"08": "said on Thursday"})
R("TNI", "blockaded", "Hitadipa", REP, {"08": "soldiers had blockaded roads into Hitadipa"}, note="residents' and church groups' account")
R("TNI", "blockaded", "Hitadipa", NEG, {"08": "The military denied blockading the area"})
R("Indonesia", "negotiating_with", "TPNPB", NEG, {
    "08": "Jakarta has refused to negotiate with the rebels"}, alt_s=["Jakarta"], note="headline: 'Jakarta rules out talks with rebels'")
R("Free Papua Movement", "in_conflict_with", "Indonesia", A, {"08": "The Free Papua Movement has fought since the 1960s for Papua to break away from Indonesia"},
  alt_s=["TPNPB"], alt_o=["TNI"])
R("Papua", "seceded_from", "Indonesia", PL, {"08": "for Papua to break away from Indonesia"}, note="the movement's aim, not a fact")
R("Indonesia", "took_control_of", "Papua", A, {"08": "Indonesia took control of the former Dutch colony in 1963"}, time="1963")
R("Benny Wenda", "criticized", "Indonesia", A, {"08": "accused Jakarta of using it as a pretext for militarisation"}, alt_o=["Jakarta"])
R("Benny Wenda", "met_with", "Prabowo Subianto", NEG, {"08": "has never met Prabowo Subianto"})
R("Benny Wenda", "contacted", "Prabowo Subianto", A, {"08": "he has repeatedly asked the Indonesian president for talks"}, req=False)
R("ULMWP", "candidate_for", "Melanesian Spearhead Group", A, {"08": "The ULMWP has sought full membership of the Melanesian Spearhead Group"})
R("ULMWP", "member_of", "Melanesian Spearhead Group", NEG, {"08": "has not been admitted as a member"}, note="an observer only")
R("Indonesia", "member_of", "Melanesian Spearhead Group", A, {"08": "Indonesia is an associate member of the group"})
R("Vanuatu", "supported", "ULMWP", A, {"08": "Vanuatu has long supported the ULMWP's bid"})
R("Papua New Guinea", "supported", "ULMWP", NEG, {"08": "has declined to back it"})
R("Penny Wong", "contacted", "Sugiono", REP, {"08": "she had called her Indonesian counterpart, Sugiono"})
R("Australia", "supported", "Free Papua Movement", NEG, {"08": "Australia did not support Papuan independence"}, alt_o=["ULMWP", "Papua"],
  note="no independence movement is named in the sentence")
R("TPNPB", "threatened", "Grasberg mine", A, {"08": "The TPNPB has also threatened the Grasberg copper and gold mine"})


# =====================================================================
# checks and output
# =====================================================================

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "citizen_of", "lives_in", "based_in",
          "diplomatic_relations_with", "head_of", "works_for", "allied_with"}

P, C, O, CI, RG, AG, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ACT = {P, C, O}
# predicate -> (subject types, object types), from SCHEMA.md; where SCHEMA.md gives
# no types the actors are persons, countries and organizations
SIGNATURES = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, RG, C}),
    "based_in": ({O, F}, {CI, RG, C}),
    "located_in": ({CI, RG, C, F}, {RG, C, CI}),
    "capital_of": ({CI}, {C, RG}),
    "borders": ({C, RG}, {C, RG}),
    "met_with": (ACT, ACT),
    "visited": ({P, O}, {C, CI, RG}),
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
    "supported": (ACT, ACT | {RG, AG}),
    "criticized": (ACT, ACT | {AG, RG, F}),
    "threatened": (ACT, ACT | {CI, RG, F}),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": ({C, O, RG}, {C, O, RG}),
    "attacked": (ACT, ACT | {CI, RG, F}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {RG, CI, F}),
    "blockaded": ({C, O}, {C, O, CI, RG, F}),
    "seceded_from": ({RG}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C, O}, {C, O}),
}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
MONTHS = textutil.MONTHS
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):  # as the scorer normalizes names
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- documents
def load_docs():
    docs = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "zzr*"))):
        name = os.path.basename(path)
        m = re.fullmatch(r"zzr(0[1-8])-[a-z0-9]+(?:-[a-z0-9]+)*\.(txt|html)", name)
        if not m:
            err(f"bad corpus file name {name}")
            continue
        num, ext = m.groups()
        want = "html" if num in ("07", "08") else "txt"
        if ext != want:
            err(f"{name}: article {num} must be .{want}")
        text = textutil.clean_text(path)
        docs[num] = dict(path=path, name=name, text=text, sents=textutil.sentences(text),
                         meta=textutil.metadata(path))
    if sorted(docs) != ["0%d" % i for i in range(1, 9)]:
        err(f"expected articles 01..08, found {sorted(docs)}")
    return docs


DATELINE = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) "
                      r"\(([A-Z][A-Za-z .&/-]*)\) - \S")


def check_style(num, d):
    name, path, meta = d["name"], d["path"], d["meta"]
    words = textutil.body_words(path)
    if not 450 <= words <= 800:
        err(f"{name}: {words} body words, want 450-800")
    lines = d["text"].split("\n")
    if num in ("01", "02", "03"):
        if meta["style"] != "wire":
            err(f"{name}: not wire style")
        if not lines[0].strip() or DATELINE.match(lines[0]):
            err(f"{name}: first line must be a headline")
        body = [l for l in lines[1:] if l.strip()]
        m = DATELINE.match(body[0]) if body else None
        if not m:
            err(f"{name}: body must open with a dateline 'CITY, Mon DD (Agency) - '")
        elif re.search(r"\d{4}", body[0].split(" - ")[0]):
            err(f"{name}: the dateline must not carry a year")
        if not re.fullmatch(r"\(Reporting by [^()]+; Editing by [^;()]+\)", body[-1].strip()):
            err(f"{name}: must end with a credit line '(Reporting by ...; Editing by ...)'")
    elif num in ("04", "05", "06"):
        if meta["style"] != "newspaper" or not meta["published"]:
            err(f"{name}: second line must be 'Published: <Month D, YYYY>'")
        if not lines[0].strip():
            err(f"{name}: first line must be the title")
        if not re.fullmatch(r"By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+", lines[2].strip()):
            err(f"{name}: third line must be 'By <name>'")
        try:
            dt.date.fromisoformat(meta["published"])
        except ValueError:
            err(f"{name}: bad publication date")
    else:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        needs = {
            "cookie banner": r"<div[^>]*(?:cookie|consent)[^>]*>(?:(?!</div>).)*cookies",
            "nav menu": r"<nav\b(?:(?!</nav>).)*<a\b(?:(?!</nav>).)*<a\b",
            "article": r"<article\b",
            "h1 in article": r"<article\b(?:(?!</article>).)*<h1>",
            "time datetime": r"<time datetime=\"\d{4}-\d\d-\d\d\">",
            "figure with caption": r"<figure\b(?:(?!</figure>).)*<figcaption>",
            "div.article-body with paragraphs": r"<div class=\"article-body\">\s*<p>",
            "aside of related links": r"<aside\b(?:(?!</aside>).)*<a href",
            "newsletter sign-up": r"class=\"newsletter[^\"]*\"(?:(?!</div>|</section>).)*(?:<input|<button)",
            "footer": r"<footer\b",
        }
        for what, rx in needs.items():
            if not re.search(rx, raw, re.S | re.I):
                err(f"{name}: missing {what}")
        try:
            dt.date.fromisoformat(meta["published"])
        except ValueError:
            err(f"{name}: bad <time datetime>")
        junk = textutil.boilerplate_text(path)
        for ename, _etype, aliases in ENTITIES:
            for a in [ename] + aliases:
                if len(a) > 2 and re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", junk):
                    err(f"{name}: boilerplate names entity {ename!r} ({a!r})")


# ---------------------------------------------------------------- time support
def shift_month(y, m, k):
    m0 = y * 12 + (m - 1) + k
    return m0 // 12, m0 % 12 + 1


def time_candidates(phrase, pub):
    """ISO prefixes a phrase can stand for. pub: publication date or None (wire)."""
    c = set()
    mon = "(" + "|".join(MONTHS) + ")"
    for m in re.finditer(r"\b(1[89]\d|20\d)0s\b", phrase):
        c.add(m.group(1))
    for m in re.finditer(mon + r" (\d{1,2}), (\d{4})", phrase):
        c.add("%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2))))
    for m in re.finditer(mon + r" (\d{4})", phrase):
        c.add("%s-%02d" % (m.group(2), MONTHS.index(m.group(1)) + 1))
    for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", phrase):
        c.add(m.group(1))
    if pub is None:
        return c
    y, mo = pub.year, pub.month
    low = phrase.lower()
    rel = {"last month": shift_month(y, mo, -1), "this month": (y, mo), "next month": shift_month(y, mo, 1)}
    for k, (yy, mm) in rel.items():
        if k in low:
            c.add("%d-%02d" % (yy, mm))
    for k, yy in (("last year", y - 1), ("this year", y), ("next year", y + 1), ("later this year", y)):
        if k in low:
            c.add(str(yy))
    if "yesterday" in low:
        c.add((pub - dt.timedelta(days=1)).isoformat())
    if "today" in low:
        c.add(pub.isoformat())
    if "last week" in low or "this week" in low:
        for k in range(0, 8):
            c.add((pub - dt.timedelta(days=k)).isoformat())
    for i, wd in enumerate(WEEKDAYS):
        if re.search(r"\b" + wd + r"\b", phrase):
            back = (pub.weekday() - i) % 7
            fwd = (i - pub.weekday()) % 7
            c.add((pub - dt.timedelta(days=back or 7)).isoformat())
            c.add((pub + dt.timedelta(days=fwd or 7)).isoformat())
            if back == 0:
                c.add(pub.isoformat())
    # a month named without a year: this year's, last year's or next year's
    for m in re.finditer(mon + r"(?! \d{1,2}, \d{4})(?! \d{4})", phrase):
        mm = MONTHS.index(m.group(1)) + 1
        for yy in (y - 1, y, y + 1):
            c.add("%d-%02d" % (yy, mm))
    return c


def supports(phrase, time, pub):
    return any(cand.startswith(time) for cand in time_candidates(phrase, pub))


# ---------------------------------------------------------------- main
def main():
    docs = load_docs()
    for num, d in sorted(docs.items()):
        check_style(num, d)

    etype, alias_of = {}, {}
    for name, typ, aliases in ENTITIES:
        if name in etype:
            err(f"entity {name!r} listed twice")
        if typ not in TYPES:
            err(f"entity {name!r}: unknown type {typ}")
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_of and alias_of[k] != name:
                err(f"alias {a!r} of {name!r} already names {alias_of[k]!r}")
            alias_of.setdefault(k, name)

    def sentence_of(num, phrase):
        for s, e, sent in docs[num]["sents"]:
            if phrase in sent:
                return s, e, sent
        return None

    units, used = {}, set()
    triples, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['modality']})"
        s, p, o, mod = r["s"], r["p"], r["o"], r["modality"]
        for n in [s, o] + r["alt_s"] + r["alt_o"]:
            if n not in etype:
                err(f"{tag}: unknown entity {n!r}")
        if p not in SIGNATURES:
            err(f"{tag}: unknown predicate")
            continue
        for ap in r["alt_p"]:
            if ap not in SIGNATURES:
                err(f"{tag}: unknown alt predicate {ap}")
        if mod not in MODALITIES:
            err(f"{tag}: unknown modality")
        if s in etype and o in etype:
            st, ot = SIGNATURES[p]
            ok = etype[s] in st and etype[o] in ot
            if p in SYMMETRIC:
                ok = ok or (etype[o] in st and etype[s] in ot)
            if not ok:
                err(f"{tag}: {etype[s]} {p} {etype[o]} not allowed by SCHEMA.md")
        if not r["ev"]:
            err(f"{tag}: no evidence")
        for num, phrase in r["ev"].items():
            if num not in docs:
                err(f"{tag}: unknown document {num}")
            elif sentence_of(num, phrase) is None:
                err(f"{tag}: zzr{num}: phrase not inside one sentence: {phrase!r}")
        t = r["time"]
        if t:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d\d(-\d\d)?)?", t):
                err(f"{tag}: bad time {t}")
            if mod == "negated":
                err(f"{tag}: a negated row carries no time")
            if p in STATIC:
                err(f"{tag}: a static relation carries no time")
            for num in r["ev"]:
                if num not in docs:
                    continue
                tp = r["tev"].get(num, r["ev"][num])
                if sentence_of(num, tp) is None:
                    err(f"{tag}: zzr{num}: time phrase not inside one sentence: {tp!r}")
                pub = docs[num]["meta"]["published"]
                pub = dt.date.fromisoformat(pub) if pub else None
                if not supports(tp, t, pub):
                    err(f"{tag}: zzr{num}: {tp!r} does not support time {t}"
                        + (" (wire: explicit year needed)" if pub is None else ""))
        # unit uniqueness, as the scorer keys facts
        cs, co = alias_of.get(norm(s), s), alias_of.get(norm(o), o)
        if p in SYMMETRIC and cs > co:
            cs, co = co, cs
        key = (cs, p, co, POLARITY.get(mod))
        if key in units:
            err(f"{tag}: same scored unit as row {units[key]}")
        units[key] = i
        used.update([s, o] + r["alt_s"] + r["alt_o"])

        out = {"s": s, "p": p, "o": o, "docs": [docs[n]["name"] for n in sorted(r["ev"]) if n in docs],
               "modality": mod}
        if t:
            out["time"] = t
        out["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                out[k] = r[k]
        note = "; ".join(f"zzr{n}: '{r['ev'][n]}'" for n in sorted(r["ev"]))
        if r["comment"]:
            note += " -- " + r["comment"]
        out["note"] = note
        triples.append(out)

        for num in sorted(r["ev"]):
            if num not in docs:
                continue
            found = sentence_of(num, r["ev"][num])
            if not found:
                continue
            a, b, sent = found
            d = docs[num]
            statements.append({
                "subject": s, "subject_type": etype.get(s, ""), "predicate": p,
                "object": o, "object_type": etype.get(o, ""), "modality": mod,
                "time": t or "", "role": "", "confidence": 1.0,
                "source": "corpus/" + d["name"], "title": d["meta"]["title"],
                "published": d["meta"]["published"], "sentence": sent,
                "start": a, "end": b, "rule": "gold-selfcheck"})

    for name in etype:
        if name not in used:
            err(f"entity {name!r} is in no row")
    preds = {r["p"] for r in ROWS}
    missing = set(SIGNATURES) - preds
    if missing:
        err(f"predicates never used: {sorted(missing)}")
    if not 200 <= len(ROWS) <= 260:
        err(f"{len(ROWS)} rows, want 200-260")
    neg = sum(r["modality"] == "negated" for r in ROWS)
    if not 20 <= neg <= 25:
        err(f"{neg} negated rows, want about 20-25")
    for num in docs:
        if not any(num in r["ev"] for r in ROWS):
            err(f"zzr{num} has no rows")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(f"{len(errors)} errors; nothing written")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")
    print(f"ok: {len(ENTITIES)} entities, {len(triples)} rows "
          f"({sum(t['required'] for t in triples)} required, {neg} negated), "
          f"{len(statements)} self-check statements")


if __name__ == "__main__":
    main()
