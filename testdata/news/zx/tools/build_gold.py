#!/usr/bin/env python3
"""Build the gold standard of news set zx.

Holds every entity and every gold row with one evidence phrase per document,
checks them against the articles and SCHEMA.md, and writes

    entities.jsonl, triples.jsonl, selfcheck_statements.jsonl

into the set folder (the parent of tools/). On any error it prints the errors,
writes nothing and exits 1.

Usage: build_gold.py [--stats]
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

# --------------------------------------------------------------------------
# SCHEMA.md
# --------------------------------------------------------------------------
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ACT = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
ANY = TYPES
SIG = {  # predicate: (subject types, object types)
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACT, ACT),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACT, ANY),
    "criticized": (ACT, ANY),
    "threatened": (ACT, ANY),
    "sanctioned": (ACT, ANY),
    "in_conflict_with": (ACT | {"Region"}, ACT | {"Region"}),
    "attacked": (ACT, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACT, PLACE | {"Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization"}, {"Country", "Organization"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
TIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------
DOCS = {
    "mx": ("mexico_us_precursor_tracing_unit.txt", "wire"),
    "aa": ("armenia_azerbaijan_ijevan_border_protocol.txt", "wire"),
    "ge": ("georgia_summons_eu_envoy_visa_proposal.txt", "wire"),
    "ct": ("canada_trade_mission_turkey.txt", "paper"),
    "us": ("usmca_review_greer_senate_testimony.txt", "paper"),
    "ta": ("turkey_armenia_kars_gyumri_rail_survey.txt", "paper"),
    "bs": ("black_sea_cable_feasibility_baku.html", "html"),
    "cr": ("columbia_river_treaty_talks_resume.html", "html"),
}

# --------------------------------------------------------------------------
# Entities: name -> (type, aliases)
# --------------------------------------------------------------------------
E = {}


def ent(name, typ, *aliases):
    E[name] = (typ, list(aliases))


# People
ent("Donald Trump", "Person", "Trump", "President Donald Trump", "U.S. President Donald Trump")
ent("Claudia Sheinbaum", "Person", "Sheinbaum", "Mexican President Claudia Sheinbaum")
ent("Omar Garcia Harfuch", "Person", "Garcia Harfuch", "Omar García Harfuch", "Mexican Security Secretary Omar Garcia Harfuch")
ent("Kristi Noem", "Person", "Noem", "U.S. Homeland Security Secretary Kristi Noem")
ent("Christopher Landau", "Person", "Landau", "Deputy Secretary of State Christopher Landau")
ent("Marco Rubio", "Person", "Rubio", "Secretary of State Marco Rubio")
ent("Ronald Johnson", "Person", "Johnson", "U.S. Ambassador Ronald Johnson")
ent("Javier Ordaz", "Person", "Ordaz")
ent("Rafael Caro Quintero", "Person", "Caro Quintero")
ent("Enrique Camarena", "Person", "Camarena", "Kiki Camarena")
ent("Mher Grigoryan", "Person", "Grigoryan", "Deputy Prime Minister Mher Grigoryan")
ent("Shahin Mustafayev", "Person", "Mustafayev", "Deputy Prime Minister Shahin Mustafayev")
ent("Ilham Aliyev", "Person", "Aliyev", "Azerbaijani President Ilham Aliyev", "President Ilham Aliyev")
ent("Nikol Pashinyan", "Person", "Pashinyan", "Armenian Prime Minister Nikol Pashinyan")
ent("Maka Botchorishvili", "Person", "Botchorishvili", "Foreign Minister Maka Botchorishvili")
ent("Pawel Herczynski", "Person", "Herczynski", "Paweł Herczyński", "EU Ambassador Pawel Herczynski")
ent("Marta Kos", "Person", "Kos")
ent("Kaja Kallas", "Person", "Kallas")
ent("Irakli Kobakhidze", "Person", "Kobakhidze", "Prime Minister Irakli Kobakhidze", "Georgian Prime Minister Irakli Kobakhidze")
ent("Peter Szijjarto", "Person", "Szijjarto", "Péter Szijjártó", "Hungarian Foreign Minister Peter Szijjarto")
ent("Bidzina Ivanishvili", "Person", "Ivanishvili")
ent("Salome Zourabichvili", "Person", "Zourabichvili", "former President Salome Zourabichvili")
ent("Tamar Gelashvili", "Person", "Gelashvili")
ent("Maninder Sidhu", "Person", "Sidhu")
ent("Omer Bolat", "Person", "Bolat", "Ömer Bolat", "Turkish Trade Minister Omer Bolat")
ent("Mark Carney", "Person", "Carney", "Prime Minister Mark Carney")
ent("Recep Tayyip Erdogan", "Person", "Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdogan")
ent("Selcuk Bayraktar", "Person", "Bayraktar", "Selçuk Bayraktar")
ent("Dana Whitford", "Person", "Whitford")
ent("Jamieson Greer", "Person", "Greer", "U.S. Trade Representative Jamieson Greer")
ent("Marcelo Ebrard", "Person", "Ebrard", "Mexican Economy Secretary Marcelo Ebrard")
ent("Dominic LeBlanc", "Person", "LeBlanc")
ent("Enrique Pena Nieto", "Person", "Pena Nieto", "Enrique Peña Nieto", "Peña Nieto")
ent("Justin Trudeau", "Person", "Trudeau")
ent("Laura Mendez", "Person", "Mendez")
ent("Serdar Kilic", "Person", "Kilic", "Serdar Kılıç")
ent("Ruben Rubinyan", "Person", "Rubinyan")
ent("Abdulkadir Uraloglu", "Person", "Uraloglu", "Abdulkadir Uraloğlu", "Turkish Transport Minister Abdulkadir Uraloglu")
ent("Jeyhun Bayramov", "Person", "Bayramov", "Azerbaijani Foreign Minister Jeyhun Bayramov")
ent("Hakan Fidan", "Person", "Fidan")
ent("Parviz Shahbazov", "Person", "Shahbazov", "Azerbaijani Energy Minister Parviz Shahbazov")
ent("Bogdan Ivan", "Person", "Ivan", "Romanian Energy Minister Bogdan Ivan")
ent("Csaba Lantos", "Person", "Lantos", "Hungarian Energy Minister Csaba Lantos")
ent("Levan Javakhishvili", "Person", "Javakhishvili", "Deputy Economy Minister Levan Javakhishvili")
ent("Ursula von der Leyen", "Person", "von der Leyen", "European Commission President Ursula von der Leyen")
ent("Viktor Orban", "Person", "Orban", "Viktor Orbán", "Prime Minister Viktor Orban")
ent("Nicusor Dan", "Person", "Nicușor Dan", "Romanian President Nicusor Dan")
ent("Elif Demir", "Person", "Demir")
ent("Marie-Claude Tremblay", "Person", "Tremblay")
ent("Daniel Kurz", "Person", "Kurz")
ent("David Eby", "Person", "Eby", "British Columbia Premier David Eby")
ent("Anita Anand", "Person", "Anand", "Foreign Minister Anita Anand")
ent("Gordon Leach", "Person", "Leach")
ent("Mehmet Ozkan", "Person", "Ozkan", "Mehmet Özkan")

# Countries
ent("United States", "Country", "U.S.", "US", "USA", "United States of America", "America",
    "Washington", "Trump administration", "American")
ent("Mexico", "Country", "Mexican government", "Mexican")
ent("Canada", "Country", "Canadian government", "Canadian")
ent("China", "Country", "People's Republic of China", "Chinese")
ent("India", "Country")
ent("Armenia", "Country", "Republic of Armenia", "Armenian")
ent("Azerbaijan", "Country", "Republic of Azerbaijan", "Azerbaijani")
ent("Iran", "Country", "Islamic Republic", "Islamic Republic of Iran")
ent("Russia", "Country", "Russian Federation", "Kremlin", "Russian")
ent("Kazakhstan", "Country", "Kazakh")
ent("Uzbekistan", "Country")
ent("Georgia", "Country", "Georgian government", "Georgian")
ent("Hungary", "Country", "Hungarian")
ent("Poland", "Country", "Polish")
ent("Turkey", "Country", "Türkiye", "Turkiye", "Turkish")
ent("Sweden", "Country")
ent("Switzerland", "Country", "Swiss")
ent("Romania", "Country", "Romanian")
ent("Ukraine", "Country")
ent("Soviet Union", "Country", "USSR")

# Cities
for c in ["Mexico City", "Manzanillo", "Ijevan", "Gabala", "Yeghegnadzor", "Baku", "Moscow",
          "Yerevan", "Tbilisi", "Istanbul", "Ankara", "Ottawa", "Winnipeg", "Laredo", "Beijing",
          "Kars", "Gyumri", "Anaklia", "Portland", "Vancouver", "Castlegar", "Westbank",
          "Budapest", "Bucharest"]:
    ent(c, "City")
ent("Constanta", "City", "Constanța")

# Regions
ent("Colima", "Region")
ent("Jalisco", "Region")
ent("Tavush", "Region", "Tavush province")
ent("Gazakh", "Region", "Gazakh district", "Qazax")
ent("Nagorno-Karabakh", "Region", "Karabakh", "Nagorno Karabakh")
ent("Syunik", "Region", "Syunik province")
ent("Nakhchivan", "Region")
ent("Abkhazia", "Region")
ent("South Ossetia", "Region")
ent("Texas", "Region")
ent("Crimea", "Region")
ent("Oregon", "Region")
ent("British Columbia", "Region", "B.C.")
ent("Montana", "Region")

# Organizations
ent("U.S. State Department", "Organization", "State Department")
ent("Joint Precursor Tracing Unit", "Organization")
ent("National Customs Agency", "Organization", "ANAM", "Agencia Nacional de Aduanas de Mexico")
ent("La Linea", "Organization", "La Línea")
ent("Juarez Cartel", "Organization", "Juárez Cartel")
ent("Sinaloa Cartel", "Organization")
ent("Jalisco New Generation Cartel", "Organization", "CJNG")
ent("Drug Enforcement Administration", "Organization", "DEA")
ent("Collective Security Treaty Organization", "Organization", "CSTO")
ent("European Union Mission in Armenia", "Organization", "EUMA")
ent("European Union", "Organization", "EU", "the bloc")
ent("European Commission", "Organization", "the Commission")
ent("Georgian Dream", "Organization")
ent("Caucasus Policy Forum", "Organization")
ent("NATO", "Organization", "North Atlantic Treaty Organization")
ent("Baykar", "Organization")
ent("Northgate Aerostructures", "Organization")
ent("Border Trade Institute", "Organization")
ent("South Caucasus Railway", "Organization")
ent("Russian Railways", "Organization")
ent("Green Energy Corridor Power Company", "Organization")
ent("World Bank", "Organization")
ent("Eurasia Grid Institute", "Organization")
ent("Global Affairs Canada", "Organization")
ent("Bonneville Power Administration", "Organization")
ent("BC Hydro", "Organization")
ent("Okanagan Nation Alliance", "Organization")

# Agreements
ent("USMCA", "Agreement", "U.S.-Mexico-Canada Agreement", "United States-Mexico-Canada Agreement", "CUSMA", "T-MEC")
ent("CETA", "Agreement", "Comprehensive Economic and Trade Agreement")
ent("Armenia-Azerbaijan peace agreement", "Agreement", "peace agreement", "peace treaty", "peace text")
ent("Zurich Protocols", "Agreement")
ent("Strategic Partnership Agreement on Green Energy", "Agreement")
ent("Columbia River Treaty", "Agreement")
ent("Columbia River Treaty agreement in principle", "Agreement", "agreement in principle")

# Facilities
ent("TRIPP", "Facility", "Trump Route for International Peace and Prosperity")
ent("Black Sea Submarine Cable", "Facility")
ent("Mica Dam", "Facility")
ent("Hugh Keenleyside Dam", "Facility", "Keenleyside dam")
ent("Duncan Dam", "Facility")
ent("Libby Dam", "Facility")

# --------------------------------------------------------------------------
# Rows: R(s, p, o, modality, {doc: evidence phrase}, time, required, ...)
# --------------------------------------------------------------------------
ROWS = []


def R(s, p, o, m, ev, t=None, req=True, alt_s=(), alt_p=(), alt_o=(), note="", role=""):
    ROWS.append(dict(s=s, p=p, o=o, m=m, ev=ev, t=t, req=req, alt_s=list(alt_s),
                     alt_p=list(alt_p), alt_o=list(alt_o), note=note, role=role))


A, RP, H, PL, N = "asserted", "reported", "hedged", "planned", "negated"
US_, MX_, CA_ = "United States", "Mexico", "Canada"

# ---- shared by several documents -----------------------------------------
R("Donald Trump", "head_of", US_, A, {
    "mx": "U.S. President Donald Trump said last month",
    "aa": "brokered by U.S. President Donald Trump",
    "ct": "U.S. President Donald Trump imposed tariffs",
    "us": "when President Donald Trump broke off talks",
    "cr": "President Donald Trump imposed tariffs on a range of Canadian goods"},
  role="president", note="'U.S. President Donald Trump'")
R("Claudia Sheinbaum", "head_of", MX_, A, {
    "mx": "Noem is expected to meet Mexican President Claudia Sheinbaum",
    "us": "Mexican President Claudia Sheinbaum said on Wednesday"},
  role="president")
R("Ilham Aliyev", "head_of", "Azerbaijan", A, {
    "aa": "Azerbaijani President Ilham Aliyev and Armenian Prime Minister",
    "bs": "met Azerbaijani President Ilham Aliyev"}, role="president")
R("Nikol Pashinyan", "head_of", "Armenia", A, {
    "aa": "Armenian Prime Minister Nikol Pashinyan also signed",
    "ta": "Armenian Prime Minister Nikol Pashinyan held talks"}, role="prime minister")
R("Irakli Kobakhidze", "head_of", "Georgia", A, {
    "ge": "Prime Minister Irakli Kobakhidze of the ruling Georgian Dream party",
    "bs": "Georgian Prime Minister Irakli Kobakhidze has described"},
  role="prime minister", note="ge: 'Prime Minister Irakli Kobakhidze' in a Georgian story")
R("Recep Tayyip Erdogan", "head_of", "Turkey", A, {
    "ct": "Turkish President Recep Tayyip Erdogan at the NATO summit",
    "ta": "Turkish President Recep Tayyip Erdogan in Istanbul"}, role="president")
R("Mark Carney", "head_of", CA_, A, {
    "ct": "Prime Minister Mark Carney has pledged to double Canada's exports",
    "us": "Prime Minister Mark Carney dropped most other retaliatory duties"},
  role="prime minister")
R("Marco Rubio", "works_for", US_, A, {
    "mx": "when Secretary of State Marco Rubio visited Mexico City",
    "cr": "with Secretary of State Marco Rubio in a phone call"},
  role="secretary of state", alt_o=["Donald Trump"])
R("Donald Trump", "sanctioned", CA_, A, {
    "ct": "U.S. President Donald Trump imposed tariffs on Canadian steel, aluminum, lumber and autos last year",
    "us": "Trump imposed 35% tariffs on Canadian goods that fall outside the pact in August",
    "cr": "President Donald Trump imposed tariffs on a range of Canadian goods last year"},
  t="2025", alt_s=[US_], note="tariffs; ct/cr 'last year', us 'in August' (2025-08)")
R("Azerbaijan", "in_conflict_with", "Armenia", A, {
    "aa": "fought wars over Nagorno-Karabakh in the early 1990s and in 2020",
    "ct": "Azerbaijan used in its war with Armenia over Nagorno-Karabakh",
    "ta": "backed Baku in its 2020 war with Armenia"},
  t="2020", alt_s=["Baku"], note="the 2020 war (aa also the early 1990s)")
R("Azerbaijan", "imports_from", "Turkey", A, {
    "ct": "Turkish-built drones that Azerbaijan used",
    "ta": "supplying it with armed drones"},
  t="2020", req=False, role="armed drones",
  note="drones used in the 2020 war; implied purchase, ta needs 'it' = Baku")

# ---- mx: Mexico-US precursor unit (wire, Feb 11) ---------------------------
R(MX_, "signed_agreement_with", US_, A, {"mx": "Mexico and the United States agreed on Wednesday to set up a joint unit"},
  req=False, note="agreed to set up a joint precursor-tracing unit: 'agreed to' is also a planned cue, loose; wire: no year")
R("Omar Garcia Harfuch", "works_for", MX_, A, {"mx": "Mexican Security Secretary Omar Garcia Harfuch"}, role="security secretary")
R("Omar Garcia Harfuch", "met_with", "Kristi Noem", A, {"mx": "Garcia Harfuch met U.S. Homeland Security Secretary Kristi Noem"})
R("Omar Garcia Harfuch", "met_with", "Christopher Landau", A, {"mx": "Garcia Harfuch met U.S. Homeland Security Secretary Kristi Noem and Deputy Secretary of State Christopher Landau"},
  note="coordinated object")
R("Kristi Noem", "works_for", US_, A, {"mx": "U.S. Homeland Security Secretary Kristi Noem"}, role="homeland security secretary")
R("Christopher Landau", "works_for", US_, A, {"mx": "Deputy Secretary of State Christopher Landau"}, role="deputy secretary of state",
  alt_o=["U.S. State Department"])
R("Marco Rubio", "visited", "Mexico City", A, {"mx": "in September 2025, when Secretary of State Marco Rubio visited Mexico City"},
  t="2025-09", alt_o=[MX_])
R("Ronald Johnson", "works_for", US_, A, {"mx": "U.S. Ambassador Ronald Johnson also attended"}, role="ambassador")
R("Joint Precursor Tracing Unit", "based_in", "Manzanillo", PL, {"mx": "The new Joint Precursor Tracing Unit will be based in Manzanillo"},
  note="'will be based in'")
R("Manzanillo", "located_in", "Colima", A, {"mx": "Manzanillo, the busiest container port on the Pacific coast, in the state of Colima"})
R("Javier Ordaz", "works_for", "National Customs Agency", A, {"mx": "Javier Ordaz, a senior official at Mexico's National Customs Agency (ANAM)"},
  role="senior customs official", alt_o=[MX_])
R("National Customs Agency", "based_in", MX_, A, {"mx": "Mexico's National Customs Agency (ANAM)"}, req=False,
  note="possessive only; loose reading")
R("Kristi Noem", "met_with", "Claudia Sheinbaum", H, {"mx": "Noem is expected to meet Mexican President Claudia Sheinbaum"},
  note="'is expected to meet'; wire: no year")
R(US_, "sanctioned", "La Linea", A, {"mx": "The State Department last week designated La Linea, the armed wing of the Juarez Cartel, as a foreign terrorist organization"},
  alt_s=["U.S. State Department"], note="terrorist designation")
R("La Linea", "member_of", "Juarez Cartel", A, {"mx": "La Linea, the armed wing of the Juarez Cartel"}, req=False,
  note="'armed wing of': loose reading")
R(US_, "sanctioned", "Sinaloa Cartel", A, {"mx": "The list has included the Sinaloa Cartel"}, req=False,
  alt_s=["U.S. State Department"], note="needs 'the list' = the U.S. terrorist list from the sentence before")
R(US_, "sanctioned", "Jalisco New Generation Cartel", A, {"mx": "and the Jalisco-based Jalisco New Generation Cartel (CJNG)"}, req=False,
  alt_s=["U.S. State Department"], note="needs 'the list' = the U.S. terrorist list")
R("Jalisco New Generation Cartel", "based_in", "Jalisco", A, {"mx": "the Jalisco-based Jalisco New Generation Cartel"})
R(CA_, "sanctioned", "Sinaloa Cartel", A, {"mx": "when Canada also listed the Sinaloa Cartel and six other Mexican groups as terrorist entities"},
  t="2025-02", note="terrorist listing in February 2025 (explicit year)")
R("Claudia Sheinbaum", "criticized", US_, A, {"mx": "Sheinbaum criticized Washington on Wednesday"}, note="'Washington' = the United States")
R(US_, "contacted", MX_, N, {"mx": "announcing the designation without consulting Mexico"}, note="designation announced 'without consulting Mexico'")
R(US_, "attacked", "Sinaloa Cartel", H, {"mx": "U.S. forces could strike the Sinaloa Cartel"}, alt_s=["Donald Trump"],
  note="Trump said U.S. forces 'could strike'")
R("Donald Trump", "criticized", MX_, A, {"mx": "accused Mexico's government of"}, alt_s=[US_])
R(US_, "attacked", MX_, N, {"mx": "U.S. forces have not carried out any strike inside Mexico"})
R(MX_, "imports_from", "China", RP, {"mx": "chemicals that Mexico imports from China and India"}, role="precursor chemicals",
  note="inside 'U.S. officials say'")
R(MX_, "imports_from", "India", RP, {"mx": "chemicals that Mexico imports from China and India"}, role="precursor chemicals")
R("Donald Trump", "sanctioned", MX_, A, {"mx": "Trump imposed a 25% tariff on Mexican goods that do not comply with the USMCA trade pact in March 2025"},
  t="2025-03", alt_s=[US_], note="25% tariff")
R("Donald Trump", "threatened", MX_, A, {"mx": "has threatened to raise it if seizures fall"}, req=False,
  alt_s=[US_], note="object through 'it' = the tariff on Mexican goods")
R(MX_, "borders", US_, A, {"mx": "Mexico's 3,100-km (1,900-mile) border with the United States"})
R("Rafael Caro Quintero", "citizen_of", MX_, A, {"mx": "Rafael Caro Quintero, a Mexican drug lord"})
R("Rafael Caro Quintero", "killed", "Enrique Camarena", A, {"mx": "convicted in Mexico of ordering the 1985 killing of DEA agent Enrique Camarena"},
  t="1985", req=False, note="convicted of ordering the killing: loose reading")
R("Enrique Camarena", "works_for", "Drug Enforcement Administration", A, {"mx": "DEA agent Enrique Camarena"}, role="agent",
  alt_o=[US_])
R("Jalisco New Generation Cartel", "attacked", "Omar Garcia Harfuch", RP, {"mx": "survived a 2020 assassination attempt that prosecutors blamed on the CJNG"},
  t="2020", req=False, note="'blamed on': attributed; relative clause")
R(MX_, "met_with", US_, PL, {"mx": "the delegations would meet again in Washington in June"}, req=False,
  note="group reference 'the delegations'; wire: no year")

R("Manzanillo", "located_in", MX_, A, {"mx": "in the state of Colima"}, req=False, note="entailment through Colima and 'Mexico's Pacific ports'")
R("Colima", "located_in", MX_, A, {"mx": "in the state of Colima"}, req=False, note="entailment: a Mexican state")
R("Sinaloa Cartel", "based_in", MX_, A, {"mx": "the Sinaloa Cartel and six other Mexican groups"}, req=False, note="'other Mexican groups': loose")
R("Kristi Noem", "visited", MX_, A, {"mx": "at the Foreign Ministry for the third session"}, req=False, alt_o=["Mexico City"],
  note="inferred from the Mexico City dateline and the meeting place")

# ---- aa: Armenia-Azerbaijan border protocol (wire, Mar 5) ------------------
R("Armenia", "signed_agreement_with", "Azerbaijan", A, {"aa": "Armenia and Azerbaijan signed a protocol on Thursday"},
  note="border-marking protocol; wire: no year")
R("Mher Grigoryan", "works_for", "Armenia", A, {"aa": "Deputy Prime Minister Mher Grigoryan, who heads Armenia's border commission"},
  role="deputy prime minister")
R("Shahin Mustafayev", "works_for", "Azerbaijan", A, {"aa": "his Azerbaijani counterpart, Deputy Prime Minister Shahin Mustafayev"},
  role="deputy prime minister")
R("Mher Grigoryan", "met_with", "Shahin Mustafayev", A, {"aa": "met his Azerbaijani counterpart, Deputy Prime Minister Shahin Mustafayev, in the town of Ijevan"})
R("Shahin Mustafayev", "visited", "Ijevan", A, {"aa": "Deputy Prime Minister Shahin Mustafayev, in the town of Ijevan"}, req=False,
  alt_o=["Armenia"], note="inferred from the meeting place")
R("Ijevan", "located_in", "Tavush", A, {"aa": "the town of Ijevan in Armenia's Tavush province"})
R("Tavush", "located_in", "Armenia", A, {"aa": "Armenia's Tavush province"})
R("Gazakh", "located_in", "Azerbaijan", A, {"aa": "Azerbaijan's Gazakh district"})
R("Tavush", "borders", "Gazakh", A, {"aa": "across the line from Azerbaijan's Gazakh district"}, req=False,
  note="'across the line from': loose reading")
R("Mher Grigoryan", "visited", "Gabala", H, {"aa": "Grigoryan is expected to attend"}, req=False,
  alt_o=["Azerbaijan"], note="attending the session in Gabala; 'is expected to'")
R("Gabala", "located_in", "Azerbaijan", A, {"aa": "Gabala, a city in northern Azerbaijan"})
R("Donald Trump", "brokered", "Armenia-Azerbaijan peace agreement", A, {"aa": "initialled the peace text, brokered by U.S. President Donald Trump"},
  alt_s=[US_], note="'that August summit': no year in the sentence (wire)")
R("Ilham Aliyev", "signed_agreement_with", "Nikol Pashinyan", A, {"aa": "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan also signed a joint declaration"},
  alt_s=["Azerbaijan"], alt_o=["Armenia"], note="joint declaration at the August summit")
R("Armenia", "party_to", "Armenia-Azerbaijan peace agreement", N, {"aa": "Neither country has signed the treaty itself"}, req=False,
  note="group 'Neither country'; initialled, not signed")
R("Azerbaijan", "party_to", "Armenia-Azerbaijan peace agreement", N, {"aa": "Baku will not sign the peace treaty until"},
  alt_s=["Baku", "Ilham Aliyev"], note="'will not sign ... until' (condition not met)")
R("Armenia", "diplomatic_relations_with", "Azerbaijan", N, {"aa": "Armenia and Azerbaijan, which have never established diplomatic relations"})
R("Nagorno-Karabakh", "seceded_from", "Azerbaijan", A, {"aa": "Karabakh, a mountainous region, broke away from Azerbaijan"},
  note="as the Soviet Union collapsed: no explicit year")
R("Armenia", "supported", "Nagorno-Karabakh", A, {"aa": "broke away from Azerbaijan with Armenian support"})
R("Azerbaijan", "took_control_of", "Nagorno-Karabakh", A, {"aa": "Azerbaijan retook Karabakh in a one-day offensive in September 2023"}, t="2023-09")
R("Azerbaijan", "blockaded", "Nagorno-Karabakh", A, {"aa": "after a nine-month blockade"}, req=False,
  note="blockade with no stated actor or object in the phrase")
R("Syunik", "located_in", "Armenia", A, {"aa": "Armenia's southern Syunik province"})
R("Nakhchivan", "located_in", "Azerbaijan", A, {"aa": "mainland Azerbaijan with its Nakhchivan exclave"})
R("TRIPP", "located_in", "Syunik", A, {"aa": "a transit corridor across Armenia's southern Syunik province, branded the Trump Route for International Peace and Prosperity"},
  req=False, alt_o=["Armenia"], note="planned route; loose reading")
R("Iran", "borders", "Syunik", A, {"aa": "Iran, which borders Syunik"}, alt_o=["Armenia"])
R("Iran", "criticized", "TRIPP", A, {"aa": "has criticized TRIPP"})
R("Armenia", "imports_from", "Kazakhstan", A, {"aa": "Armenia imports almost all of its grain from Kazakhstan and Russia"}, role="grain")
R("Armenia", "imports_from", "Russia", A, {"aa": "Armenia imports almost all of its grain from Kazakhstan and Russia"}, role="grain")
R("Armenia", "criticized", "Russia", A, {"aa": "accusing Moscow of failing to protect it"}, alt_s=["Yerevan"], alt_o=["Moscow"],
  note="'Yerevan' and 'Moscow' = governments")
R("Armenia", "member_of", "Collective Security Treaty Organization", A, {"aa": "frozen its participation in the Russian-led Collective Security Treaty Organization"},
  req=False, note="participation frozen; still formally a member")
R("Azerbaijan", "attacked", "Armenia", A, {"aa": "Azerbaijani troops attacked positions inside Armenia"}, t="2022-09",
  note="September 2022 (explicit year)")
R("European Union Mission in Armenia", "based_in", "Yeghegnadzor", A, {"aa": "a civilian monitoring mission headquartered in Yeghegnadzor"},
  alt_o=["Armenia"])
R("Azerbaijan", "criticized", "European Union Mission in Armenia", A, {"aa": "accusing it of spying for Western governments"}, req=False,
  alt_s=["Baku"], note="'the mission' = EUMA across sentences")
R("European Union", "criticized", "Azerbaijan", A, {"aa": "a claim the EU rejects"}, req=False,
  note="rejects Baku's claim; object by coreference")

R("Ijevan", "located_in", "Armenia", A, {"aa": "the town of Ijevan in Armenia's Tavush province"}, req=False, note="entailment through Tavush")
R("Yeghegnadzor", "located_in", "Armenia", A, {"aa": "The European Union Mission in Armenia (EUMA), a civilian monitoring mission headquartered in Yeghegnadzor"},
  req=False, note="entailment: seat of the mission in Armenia")
R("Armenia", "met_with", "Azerbaijan", PL, {"aa": "the commissions would hold their next session in May in Gabala"}, req=False,
  note="group reference 'the commissions'; wire: no year")

# ---- ge: Georgia summons EU envoy (wire, Jan 20) ---------------------------
R("Georgia", "criticized", "European Commission", A, {"ge": "Georgia summoned the European Union's ambassador on Tuesday to protest a proposal by the European Commission"},
  alt_o=["European Union"], note="summoned envoy to protest")
R("Maka Botchorishvili", "works_for", "Georgia", A, {"ge": "Foreign Minister Maka Botchorishvili told"}, role="foreign minister")
R("Pawel Herczynski", "works_for", "European Union", A, {"ge": "EU Ambassador Pawel Herczynski"}, role="ambassador")
R("Pawel Herczynski", "citizen_of", "Poland", A, {"ge": "Pawel Herczynski, a Polish diplomat"})
R("Maka Botchorishvili", "met_with", "Pawel Herczynski", RP, {"ge": "Foreign Minister Maka Botchorishvili told EU Ambassador Pawel Herczynski, a Polish diplomat"},
  note="'the ministry said in a statement after the meeting'")
R("European Commission", "criticized", "Georgia", A, {"ge": "accusing the Georgian government of"}, alt_o=[])
R("European Commission", "sanctioned", "Georgia", PL, {"ge": "it would ask member states to suspend the exemption for 12 months"}, req=False,
  alt_s=["European Union"], note="proposed visa-free suspension: loose reading of 'sanctioned'")
R("Marta Kos", "works_for", "European Union", A, {"ge": "Marta Kos, the EU's enlargement commissioner"}, role="enlargement commissioner",
  alt_o=["European Commission"])
R("Kaja Kallas", "works_for", "European Union", A, {"ge": "EU foreign policy chief Kaja Kallas"}, role="foreign policy chief")
R("European Union", "sanctioned", "Georgia", H, {"ge": "the bloc was also weighing sanctions on Georgian judges"}, req=False,
  alt_s=["Kaja Kallas"], note="sanctions on Georgian judges are being weighed")
R("Irakli Kobakhidze", "member_of", "Georgian Dream", A, {"ge": "Irakli Kobakhidze of the ruling Georgian Dream party"})
R("Irakli Kobakhidze", "criticized", "European Commission", A, {"ge": "called the proposal \"blackmail\""}, req=False,
  alt_o=["European Union"], note="'the proposal' = the Commission's, across sentences")
R("Georgia", "negotiating_with", "European Union", N, {"ge": "Georgia would not resume accession talks with the EU before the end of 2028"},
  note="'would not resume accession talks'")
R("Georgia", "candidate_for", "European Union", A, {"ge": "Georgia was granted EU candidate status in December 2023"}, t="2023-12")
R("Tbilisi", "capital_of", "Georgia", A, {"ge": "Tbilisi, the capital"}, req=False, note="'the capital' of the country of the story: context")
R("Peter Szijjarto", "works_for", "Hungary", A, {"ge": "Hungarian Foreign Minister Peter Szijjarto"}, role="foreign minister")
R("Hungary", "member_of", "European Union", A, {"ge": "Hungary cannot veto it alone"}, req=False,
  note="entailment from the member-state vote")
R(US_, "sanctioned", "Bidzina Ivanishvili", A, {"ge": "Washington sanctioned the founder of Georgian Dream, billionaire Bidzina Ivanishvili, in December 2024"},
  t="2024-12")
R(US_, "criticized", "Bidzina Ivanishvili", A, {"ge": "accusing him of undermining Georgia's democratic future for the benefit of Russia"},
  t="2024-12", note="'him' = Ivanishvili in the same sentence")
R("Bidzina Ivanishvili", "head_of", "Georgian Dream", A, {"ge": "Ivanishvili, the party's honorary chairman"}, req=False,
  role="honorary chairman", note="honorary; 'the party' by coreference")
R("Salome Zourabichvili", "criticized", "Georgian Dream", A, {"ge": "Critics, including former President Salome Zourabichvili, accuse Georgian Dream"})
R("Georgia", "gained_independence_from", "Soviet Union", A, {"ge": "Georgia, which regained its independence from the Soviet Union in 1991"}, t="1991")
R("Georgia", "diplomatic_relations_with", "Russia", N, {"ge": "has had no diplomatic relations with Russia"},
  note="'since ... 2008' is durative: no time")
R("Georgia", "in_conflict_with", "Russia", A, {"ge": "a five-day war between the two countries in 2008"}, t="2008")
R("Russia", "took_control_of", "Abkhazia", A, {"ge": "Russian troops have occupied Abkhazia and South Ossetia"})
R("Russia", "took_control_of", "South Ossetia", A, {"ge": "Russian troops have occupied Abkhazia and South Ossetia"})
R("Abkhazia", "seceded_from", "Georgia", A, {"ge": "the two breakaway regions that split from Georgia in the early 1990s"})
R("South Ossetia", "seceded_from", "Georgia", A, {"ge": "the two breakaway regions that split from Georgia in the early 1990s"})
R("Georgia", "trades_with", "Russia", A, {"ge": "Russia is now Georgia's second-largest trading partner"})
R("Georgia", "trades_with", "Turkey", A, {"ge": "second-largest trading partner after Turkey"}, req=False,
  note="Turkey as the largest partner: implied")
R("Georgia", "imports_from", "Russia", RP, {"ge": "Georgia buys most of its wheat from Russia"}, role="wheat",
  note="'according to the national statistics office'")
R("Tamar Gelashvili", "works_for", "Caucasus Policy Forum", A, {"ge": "Tamar Gelashvili, a political analyst at the Tbilisi-based Caucasus Policy Forum"},
  role="political analyst")
R("Caucasus Policy Forum", "based_in", "Tbilisi", A, {"ge": "the Tbilisi-based Caucasus Policy Forum"})

R("Hungary", "supported", "Georgia", A, {"ge": "said Budapest would vote against the measure"}, req=False,
  alt_s=["Budapest", "Peter Szijjarto"], note="voting against the EU measure read as support: loose")
R("Salome Zourabichvili", "head_of", "Georgia", A, {"ge": "former President Salome Zourabichvili"}, req=False,
  role="former president", note="former office holder")

# ---- ct: Canadian trade mission to Turkey (paper, 2026-04-16) --------------
R("Maninder Sidhu", "works_for", CA_, A, {"ct": "Canada's Minister of International Trade, Maninder Sidhu"}, role="minister of international trade")
R("Maninder Sidhu", "visited", "Istanbul", A, {"ct": "Maninder Sidhu, arrived in Istanbul on Wednesday"}, t="2026-04-15", alt_o=["Turkey"])
R("Maninder Sidhu", "met_with", "Omer Bolat", PL, {"ct": "Sidhu is due to meet Turkish Trade Minister Omer Bolat in Ankara on Friday"}, t="2026-04-17")
R("Omer Bolat", "works_for", "Turkey", A, {"ct": "Turkish Trade Minister Omer Bolat"}, role="trade minister")
R("Maninder Sidhu", "visited", "Ankara", PL, {"ct": "Sidhu is due to meet Turkish Trade Minister Omer Bolat in Ankara on Friday"}, t="2026-04-17",
  req=False, alt_o=["Turkey"], note="inferred from the meeting place")
R(CA_, "signed_agreement_with", "Turkey", N, {"ct": "Canada and Turkey have never had a free trade deal"},
  note="no free trade deal; also 'We are not going to sign anything in Ankara this week'")
R(CA_, "negotiating_with", "Turkey", N, {"ct": "formal talks on one have not started"}, req=False,
  note="parties only by context of the previous clause")
R(CA_, "trades_with", "Turkey", A, {"ct": "Two-way trade between Canada and Turkey reached about C$7.4 billion in 2025"}, t="2025")
R("Turkey", "imports_from", CA_, A, {"ct": "Turkey buys Canadian coal, wheat and aircraft parts"}, role="coal, wheat, aircraft parts")
R(CA_, "imports_from", "Turkey", A, {"ct": "Canada imports steel pipe, carpets and dried fruit from Turkey"}, role="steel pipe, carpets, dried fruit")
R("Turkey", "trades_with", CA_, PL, {"ct": "Ankara wanted to lift bilateral trade to $10 billion"}, req=False,
  alt_s=["Ankara", "Omer Bolat"], note="target; partner only implied by 'bilateral'")
R("Mark Carney", "met_with", "Recep Tayyip Erdogan", A, {"ct": "Carney met Turkish President Recep Tayyip Erdogan at the NATO summit in The Hague in June"},
  t="2025-06", note="'in June' before an April 2026 date")
R(CA_, "allied_with", "Turkey", A, {"ct": "the two NATO allies"}, req=False, note="group reference")
R(CA_, "member_of", "NATO", A, {"ct": "the two NATO allies"}, req=False, note="group reference")
R("Turkey", "member_of", "NATO", A, {"ct": "the two NATO allies"}, req=False, note="group reference")
R(CA_, "sanctioned", "Turkey", A, {"ct": "Ottawa suspended exports of drone optics to Turkey"}, t="2020", alt_s=["Ottawa"],
  req=False, note="suspension of drone-optics exports read as an embargo: loose")
R("Sweden", "candidate_for", "NATO", A, {"ct": "Sweden's bid to join NATO"}, req=False, note="historical bid (approved in 2024): loose")
R("Turkey", "supported", "Sweden", A, {"ct": "cleared the way for Turkey's parliament to approve Sweden's bid to join NATO"}, t="2024",
  req=False, note="approval of the bid: loose reading")
R("Baykar", "based_in", "Istanbul", A, {"ct": "the Istanbul headquarters of Baykar"})
R("Selcuk Bayraktar", "head_of", "Baykar", A, {"ct": "the drone maker chaired by Selcuk Bayraktar"}, role="chairman")
R("Northgate Aerostructures", "based_in", "Winnipeg", A, {"ct": "Northgate Aerostructures, a Winnipeg-based maker of aircraft components"})
R("Dana Whitford", "head_of", "Northgate Aerostructures", A, {"ct": "whose chief executive, Dana Whitford"}, role="chief executive")
R("Turkey", "candidate_for", "European Union", A, {"ct": "Turkey, a candidate for membership of the European Union since 1999"},
  note="'since 1999' durative: no time")
R("Turkey", "negotiating_with", "European Union", N, {"ct": "whose accession talks have been frozen since 2018"}, req=False,
  note="'frozen' read as a negation: loose")
R("Turkey", "trades_with", "European Union", A, {"ct": "has a customs union with the bloc"}, req=False, note="customs union: loose reading")
R(CA_, "trades_with", "European Union", A, {"ct": "Canada trades with the EU under the Comprehensive Economic and Trade Agreement"})
R(CA_, "signed_agreement_with", "European Union", A, {"ct": "which it signed with the EU in 2016"}, t="2016", note="CETA")
R(CA_, "party_to", "CETA", A, {"ct": "which it signed with the EU in 2016"}, t="2016", req=False, note="entailment of signing")
R("European Union", "party_to", "CETA", A, {"ct": "which it signed with the EU in 2016"}, t="2016", req=False, note="entailment of signing")

R("Istanbul", "located_in", "Turkey", A, {"ct": "arrived in Istanbul on Wednesday at the head of a delegation of about 60 Canadian companies, the largest Canadian trade mission to Turkey"},
  req=False, note="entailment")

# ---- us: USMCA review, Greer testimony (paper, 2026-03-12) -----------------
R("Jamieson Greer", "works_for", US_, A, {"us": "U.S. Trade Representative Jamieson Greer"}, role="trade representative")
R("Jamieson Greer", "criticized", MX_, A, {"us": "Greer accused Mexico of letting Chinese manufacturers use it"})
R("Jamieson Greer", "criticized", CA_, A, {"us": "criticized Canada's dairy quotas"})
R(US_, "negotiating_with", MX_, RP, {"us": "He said talks with Mexico City were \"further along\""},
  req=False, alt_s=["Jamieson Greer"], alt_o=["Mexico City"], note="'He' = Greer across sentences; 'Mexico City' = the Mexican government")
R("Jamieson Greer", "met_with", "Marcelo Ebrard", A, {"us": "Greer met Mexican Economy Secretary Marcelo Ebrard in Washington last week"}, t="2026-03")
R("Marcelo Ebrard", "works_for", MX_, A, {"us": "Mexican Economy Secretary Marcelo Ebrard"}, role="economy secretary")
R("Marcelo Ebrard", "visited", US_, A, {"us": "Marcelo Ebrard in Washington last week"}, t="2026-03", req=False,
  note="inferred from the meeting place 'Washington'")
R(US_, "negotiating_with", CA_, N, {"us": "Washington has not held formal trade negotiations with Canada since October"},
  note="'since October' durative: no time")
R("Dominic LeBlanc", "works_for", CA_, A, {"us": "Dominic LeBlanc, the Canadian minister responsible for Canada-U.S. trade"}, role="minister for Canada-U.S. trade")
R("Dominic LeBlanc", "visited", US_, H, {"us": "LeBlanc is expected to travel to Washington next week"}, t="2026-03")
R("Dominic LeBlanc", "met_with", "Jamieson Greer", H, {"us": "LeBlanc is expected to travel to Washington next week to meet Greer"}, t="2026-03")
for _c in (US_, MX_, CA_):
    R(_c, "party_to", "USMCA", A, {"us": "was signed in 2018 by Trump, then-Mexican President Enrique Pena Nieto and then-Canadian Prime Minister Justin Trudeau"},
      t="2018", req=False, note="entailment: signed by the three leaders")
R("Donald Trump", "signed_agreement_with", "Enrique Pena Nieto", A, {"us": "was signed in 2018 by Trump, then-Mexican President Enrique Pena Nieto"},
  t="2018", req=False, alt_s=[US_], alt_o=[MX_], note="three-way signing of USMCA")
R("Donald Trump", "signed_agreement_with", "Justin Trudeau", A, {"us": "then-Canadian Prime Minister Justin Trudeau"},
  t="2018", req=False, alt_s=[US_], alt_o=[CA_], note="three-way signing of USMCA")
R("Enrique Pena Nieto", "signed_agreement_with", "Justin Trudeau", A, {"us": "Enrique Pena Nieto and then-Canadian Prime Minister Justin Trudeau"},
  t="2018", req=False, alt_s=[MX_], alt_o=[CA_], note="three-way signing of USMCA")
R("Enrique Pena Nieto", "head_of", MX_, A, {"us": "then-Mexican President Enrique Pena Nieto"}, role="president (then)")
R("Justin Trudeau", "head_of", CA_, A, {"us": "then-Canadian Prime Minister Justin Trudeau"}, role="prime minister (then)")
R("Donald Trump", "threatened", "USMCA", A, {"us": "has threatened to let the agreement lapse altogether"}, req=False,
  note="'the agreement' = USMCA by coreference")
R("Donald Trump", "criticized", "USMCA", A, {"us": "he called it \"a very bad deal"}, t="2026-02", req=False,
  note="'it' = the agreement; 'last month'")
R(MX_, "sanctioned", "China", A, {"us": "Mexico, for its part, raised tariffs of up to 50% on cars, steel, textiles and other goods from China"},
  t="2025-12", note="tariffs; 'in December' before a March 2026 date")
R("China", "threatened", MX_, A, {"us": "Beijing warned of \"countermeasures\""}, req=False, alt_s=["Beijing"],
  note="'Beijing' = the Chinese government; Mexico as target only from context")
R(US_, "imports_from", MX_, A, {"us": "Mexico is now the largest source of U.S. imports"})
R(CA_, "imports_from", US_, A, {"us": "Canada remains the biggest buyer of American goods"})
R(CA_, "sanctioned", US_, A, {"us": "Canada still imposes counter-tariffs on U.S. steel, aluminum and autos"}, alt_s=["Mark Carney"])
R("Marcelo Ebrard", "met_with", "Dominic LeBlanc", H, {"us": "Ebrard and LeBlanc may meet in Mexico City later this month"}, t="2026-03")
R("Dominic LeBlanc", "visited", "Mexico City", H, {"us": "Ebrard and LeBlanc may meet in Mexico City later this month"}, t="2026-03",
  req=False, alt_o=[MX_], note="inferred from the meeting place")
R("Laura Mendez", "works_for", "Border Trade Institute", A, {"us": "Laura Mendez, a trade economist at the Border Trade Institute"}, role="trade economist")
R("Border Trade Institute", "based_in", "Laredo", A, {"us": "the Border Trade Institute in Laredo, Texas"}, alt_o=["Texas"])
R("Laredo", "located_in", "Texas", A, {"us": "Laredo, Texas"})

# ---- ta: Turkey-Armenia Kars-Gyumri survey (paper, 2026-05-28) -------------
R("Turkey", "signed_agreement_with", "Armenia", A, {"ta": "Turkey and Armenia agreed on Wednesday to carry out a joint technical survey"},
  t="2026-05-27", req=False, note="agreed to carry out a joint survey: 'agreed to' is also a planned cue, loose")
R("Turkey", "blockaded", "Armenia", A, {"ta": "Ankara closed the border in 1993"}, t="1993", req=False, alt_s=["Ankara"],
  note="border closure read as blockade: loose")
R("Turkey", "supported", "Azerbaijan", A, {"ta": "backed Baku in its 2020 war with Armenia"}, t="2020", alt_o=["Baku"],
  note="also 'in solidarity with Azerbaijan' (1993) in the lead")
R("Serdar Kilic", "works_for", "Turkey", A, {"ta": "Serdar Kilic of Turkey"}, role="special envoy")
R("Ruben Rubinyan", "works_for", "Armenia", A, {"ta": "Ruben Rubinyan, deputy speaker of Armenia's parliament"}, req=False,
  role="special envoy, deputy speaker", note="deputy speaker of parliament: loose reading of works_for the country")
R("Serdar Kilic", "met_with", "Ruben Rubinyan", A, {"ta": "Serdar Kilic of Turkey and Ruben Rubinyan, deputy speaker of Armenia's parliament, met in the eastern Turkish city of Kars"},
  t="2026-05", note="Wednesday per the lead; the sentence itself has no day")
R("Ruben Rubinyan", "visited", "Kars", A, {"ta": "met in the eastern Turkish city of Kars"}, t="2026-05", req=False,
  alt_o=["Turkey"], note="inferred from the meeting place")
R("Kars", "located_in", "Turkey", A, {"ta": "the eastern Turkish city of Kars"})
R("Turkey", "negotiating_with", "Armenia", A, {"ta": "their sixth round of talks since the process began in January 2022"}, req=False,
  note="parties through 'their' (the envoys); durative")
R("South Caucasus Railway", "member_of", "Russian Railways", A, {"ta": "South Caucasus Railway, the subsidiary of Russian Railways"}, req=False,
  note="subsidiary: loose reading")
R("Abdulkadir Uraloglu", "works_for", "Turkey", A, {"ta": "Turkish Transport Minister Abdulkadir Uraloglu"}, role="transport minister")
R("Gyumri", "located_in", "Armenia", A, {"ta": "Gyumri, Armenia's second-largest city"})
R("Armenia", "imports_from", "Turkey", A, {"ta": "Armenia imported about $290 million worth of goods from Turkey last year"}, t="2025")
R("Turkey", "recognizes", "Armenia", A, {"ta": "Turkey was among the first countries to recognise Armenia's independence in 1991"}, t="1991")
R("Turkey", "diplomatic_relations_with", "Armenia", N, {"ta": "the two neighbours have never established diplomatic relations"}, req=False,
  note="group reference 'the two neighbours'")
R("Turkey", "borders", "Armenia", A, {"ta": "the two neighbours"}, req=False, note="'neighbours': loose reading")
R("Switzerland", "brokered", "Zurich Protocols", A, {"ta": "with Swiss mediation"}, t="2009")
R("Turkey", "party_to", "Zurich Protocols", A, {"ta": "The Zurich Protocols, signed by the two governments in 2009"}, t="2009", req=False,
  note="'the two governments': group reference")
R("Armenia", "party_to", "Zurich Protocols", A, {"ta": "The Zurich Protocols, signed by the two governments in 2009"}, t="2009", req=False,
  note="'the two governments': group reference")
R("Turkey", "normalized_relations_with", "Armenia", N, {"ta": "Ankara has said it will fully normalise ties with Yerevan only after Armenia and Azerbaijan sign their peace agreement"},
  alt_s=["Ankara"], alt_o=["Yerevan"], note="'only after' = condition not yet met")
R("Turkey", "allied_with", "Azerbaijan", A, {"ta": "Turkey, Azerbaijan's closest ally"})
R("Nikol Pashinyan", "met_with", "Recep Tayyip Erdogan", A, {"ta": "Nikol Pashinyan held talks with Turkish President Recep Tayyip Erdogan in Istanbul in June last year"}, t="2025-06")
R("Nikol Pashinyan", "visited", "Istanbul", A, {"ta": "in Istanbul in June last year, the first visit of its kind by an Armenian leader"}, t="2025-06",
  alt_o=["Turkey"])
R("Jeyhun Bayramov", "works_for", "Azerbaijan", A, {"ta": "Azerbaijani Foreign Minister Jeyhun Bayramov"}, role="foreign minister")
R("Hakan Fidan", "works_for", "Turkey", A, {"ta": "his Turkish counterpart, Hakan Fidan"}, role="foreign minister")
R("Jeyhun Bayramov", "contacted", "Hakan Fidan", RP, {"ta": "discussed the survey with his Turkish counterpart, Hakan Fidan, by phone on Wednesday evening"},
  t="2026-05-27", note="phone call; 'Azerbaijan's Foreign Ministry said'")

R("South Caucasus Railway", "based_in", "Armenia", A, {"ta": "the subsidiary of Russian Railways that runs Armenia's network"}, req=False,
  note="runs Armenia's network: loose")
R("Russian Railways", "based_in", "Russia", A, {"ta": "Russia, whose state railway company would have to approve"}, req=False,
  note="'state railway company' = Russian Railways by coreference")
R("Mehmet Ozkan", "lives_in", "Kars", A, {"ta": "who runs a flour mill in the city"}, req=False,
  note="'the city' = Kars across sentences; runs a mill there")

# ---- bs: Black Sea cable feasibility (html, 2026-02-18) --------------------
R("Parviz Shahbazov", "works_for", "Azerbaijan", A, {"bs": "Azerbaijani Energy Minister Parviz Shahbazov"}, role="energy minister")
R("Bogdan Ivan", "works_for", "Romania", A, {"bs": "Romanian Energy Minister Bogdan Ivan"}, role="energy minister")
R("Csaba Lantos", "works_for", "Hungary", A, {"bs": "Hungarian Energy Minister Csaba Lantos"}, role="energy minister")
R("Parviz Shahbazov", "met_with", "Bogdan Ivan", A, {"bs": "Parviz Shahbazov met Romanian Energy Minister Bogdan Ivan"}, t="2026-02",
  note="Tuesday per the lead (2026-02-17)")
R("Parviz Shahbazov", "met_with", "Csaba Lantos", A, {"bs": "Parviz Shahbazov met Romanian Energy Minister Bogdan Ivan and Hungarian Energy Minister Csaba Lantos in Baku"},
  t="2026-02", note="coordinated object")
R("Bogdan Ivan", "visited", "Baku", A, {"bs": "Bogdan Ivan and Hungarian Energy Minister Csaba Lantos in Baku"}, t="2026-02", req=False,
  alt_o=["Azerbaijan"], note="inferred from the meeting place")
R("Csaba Lantos", "visited", "Baku", A, {"bs": "Hungarian Energy Minister Csaba Lantos in Baku"}, t="2026-02", req=False,
  alt_o=["Azerbaijan"], note="inferred from the meeting place")
R("Baku", "capital_of", "Azerbaijan", A, {"bs": "Baku, the Azerbaijani capital"})
R("Green Energy Corridor Power Company", "based_in", "Baku", A, {"bs": "where the four governments' joint venture, Green Energy Corridor Power Company, is registered"})
R("Levan Javakhishvili", "works_for", "Georgia", A, {"bs": "Georgia was represented by Deputy Economy Minister Levan Javakhishvili"}, role="deputy economy minister")
R("Anaklia", "located_in", "Georgia", A, {"bs": "Anaklia on Georgia's Black Sea coast"})
R("Constanta", "located_in", "Romania", A, {"bs": "the Romanian port of Constanta"})
for _c in ("Azerbaijan", "Georgia", "Romania", "Hungary"):
    R(_c, "party_to", "Strategic Partnership Agreement on Green Energy", A,
      {"bs": "the leaders of Azerbaijan, Georgia, Romania and Hungary signed a Strategic Partnership Agreement on Green Energy in Bucharest"},
      t="2022-12", req=False, note="entailment: party_to from a signed agreement")
R("Ursula von der Leyen", "head_of", "European Commission", A, {"bs": "European Commission President Ursula von der Leyen"}, role="president")
R("Turkey", "party_to", "Strategic Partnership Agreement on Green Energy", N, {"bs": "is not a party to the agreement"},
  note="'Turkey, ... is not a party to the agreement'")
R("Romania", "imports_from", "Azerbaijan", H, {"bs": "the cable would allow Romania and Hungary to import Azerbaijani electricity"}, role="electricity")
R("Hungary", "imports_from", "Azerbaijan", H, {"bs": "the cable would allow Romania and Hungary to import Azerbaijani electricity"}, role="electricity",
  note="beside the asserted gas imports: polarity trap")
R("Hungary", "imports_from", "Azerbaijan", A, {"bs": "Hungary already buys Azerbaijani natural gas"}, role="natural gas")
R("Hungary", "imports_from", "Russia", A, {"bs": "it still imports most of its gas and oil from Russia"}, role="gas, oil")
R("Viktor Orban", "head_of", "Hungary", A, {"bs": "Prime Minister Viktor Orban, who faces an election in April"}, role="prime minister")
R("Georgia", "imports_from", "Azerbaijan", A, {"bs": "Azerbaijan already sells electricity to Georgia and Turkey"}, role="electricity")
R("Turkey", "imports_from", "Azerbaijan", A, {"bs": "Azerbaijan already sells electricity to Georgia and Turkey"}, role="electricity")
R("World Bank", "supported", "Black Sea Submarine Cable", A, {"bs": "The World Bank, which paid for the feasibility study"}, req=False,
  note="paid for the study of the cable: loose reading")
R("World Bank", "supported", "Georgia", H, {"bs": "could also lend for the Georgian section"}, req=False, note="loose reading")
R("European Union", "supported", "Black Sea Submarine Cable", H, {"bs": "the European Union is expected to cover part of the cost of the Romanian landfall"},
  req=False, note="'is expected to'; object by coreference")
R("Russia", "took_control_of", "Crimea", A, {"bs": "Crimea, which Russia annexed from Ukraine in 2014"}, t="2014")
R("Crimea", "located_in", "Ukraine", A, {"bs": "Crimea, which Russia annexed from Ukraine in 2014"}, req=False, note="'annexed from Ukraine': loose")
R("Russia", "attacked", "Ukraine", A, {"bs": "Russia's full-scale invasion of Ukraine in 2022"}, t="2022")
R("Kazakhstan", "signed_agreement_with", "Azerbaijan", A, {"bs": "Kazakhstan and Uzbekistan, which signed an agreement with Azerbaijan in 2024"}, t="2024")
R("Uzbekistan", "signed_agreement_with", "Azerbaijan", A, {"bs": "Kazakhstan and Uzbekistan, which signed an agreement with Azerbaijan in 2024"}, t="2024")
R("Kazakhstan", "party_to", "Strategic Partnership Agreement on Green Energy", N, {"bs": "Neither country has formally joined the Black Sea project"},
  req=False, note="'the Black Sea project' read as the agreement; group 'Neither country'")
R("Uzbekistan", "party_to", "Strategic Partnership Agreement on Green Energy", N, {"bs": "Neither country has formally joined the Black Sea project"},
  req=False, note="'the Black Sea project' read as the agreement; group 'Neither country'")
R("Nicusor Dan", "head_of", "Romania", A, {"bs": "Romanian President Nicusor Dan"}, role="president")
R("Nicusor Dan", "visited", "Baku", A, {"bs": "Romanian President Nicusor Dan, who visited Baku in November"}, t="2025-11", alt_o=["Azerbaijan"])
R("Nicusor Dan", "met_with", "Ilham Aliyev", A, {"bs": "who visited Baku in November and met Azerbaijani President Ilham Aliyev"}, t="2025-11")
R("Elif Demir", "works_for", "Eurasia Grid Institute", A, {"bs": "Elif Demir, an energy analyst at the Istanbul-based Eurasia Grid Institute"}, role="energy analyst")
R("Eurasia Grid Institute", "based_in", "Istanbul", A, {"bs": "the Istanbul-based Eurasia Grid Institute"})

R("Kazakhstan", "signed_agreement_with", "Uzbekistan", A, {"bs": "Kazakhstan and Uzbekistan, which signed an agreement with Azerbaijan in 2024"}, t="2024",
  req=False, note="three-way agreement read pairwise")
R("Ursula von der Leyen", "visited", "Bucharest", A, {"bs": "in Bucharest in the presence of European Commission President Ursula von der Leyen"}, t="2022-12",
  req=False, alt_o=["Romania"], note="'in the presence of': inferred")
R("Russia", "in_conflict_with", "Ukraine", A, {"bs": "turned the Black Sea into a war zone"}, t="2022", req=False,
  note="war implied by the invasion clause")

# ---- cr: Columbia River Treaty talks (html, 2026-04-09) --------------------
R(CA_, "negotiating_with", US_, A, {"cr": "Canadian and U.S. negotiators resumed talks on modernizing the Columbia River Treaty on Tuesday"},
  t="2026-04-07")
R("Portland", "located_in", "Oregon", A, {"cr": "Portland, Oregon"})
R(CA_, "signed_agreement_with", US_, N, {"cr": "ended on Wednesday without an agreement"}, req=False,
  note="parties by coreference ('The two-day round'); polarity trap beside the 2024 deal")
R(CA_, "met_with", US_, PL, {"cr": "Both delegations said they would meet again in Vancouver in June"}, t="2026-06", req=False,
  note="group reference 'Both delegations'")
R("Marie-Claude Tremblay", "works_for", "Global Affairs Canada", A, {"cr": "Marie-Claude Tremblay, the chief negotiator at Global Affairs Canada"},
  role="chief negotiator", alt_o=[CA_])
R("Daniel Kurz", "works_for", "U.S. State Department", A, {"cr": "Daniel Kurz, a State Department official"}, role="official", alt_o=[US_])
R(CA_, "signed_agreement_with", US_, A, {"cr": "the deal that Ottawa and Washington reached in July 2024"}, t="2024-07",
  alt_s=["Ottawa"], note="agreement in principle; 'Ottawa' = the Canadian government")
R(US_, "supported", "Columbia River Treaty agreement in principle", N, {"cr": "The Trump administration has not endorsed that agreement in principle"})
R(CA_, "party_to", "Columbia River Treaty", A, {"cr": "The Columbia River Treaty, signed by Canada and the United States in 1961"}, t="1961",
  req=False, note="entailment: party_to from a signed agreement")
R(US_, "party_to", "Columbia River Treaty", A, {"cr": "The Columbia River Treaty, signed by Canada and the United States in 1961"}, t="1961",
  req=False, note="entailment: party_to from a signed agreement")
for _d in ("Mica Dam", "Hugh Keenleyside Dam", "Duncan Dam"):
    R(_d, "located_in", "British Columbia", A, {"cr": "the Mica Dam, the Hugh Keenleyside Dam and the Duncan Dam in the Canadian province of British Columbia"},
      alt_o=[CA_])
R("Libby Dam", "located_in", "Montana", A, {"cr": "the Libby Dam in Montana"}, alt_o=[US_])
R("British Columbia", "located_in", CA_, A, {"cr": "the Canadian province of British Columbia"})
R(US_, "imports_from", CA_, A, {"cr": "British Columbia sells much of that electricity back to the United States"}, req=False,
  role="electricity", note="seller is the province: loose reading")
R("David Eby", "criticized", US_, A, {"cr": "British Columbia Premier David Eby accused Washington on Monday"}, t="2026-04-06")
R("Donald Trump", "threatened", CA_, A, {"cr": "repeatedly threatened Canada with \"economic force,\""}, alt_s=[US_])
R("Anita Anand", "works_for", CA_, A, {"cr": "Foreign Minister Anita Anand"}, role="foreign minister")
R("Anita Anand", "contacted", "Marco Rubio", RP, {"cr": "Anita Anand raised the treaty with Secretary of State Marco Rubio in a phone call on March 26"},
  t="2026-03-26", alt_s=[CA_], alt_o=[US_], note="'according to Global Affairs Canada'")
R("Bonneville Power Administration", "based_in", "Portland", A, {"cr": "the Bonneville Power Administration, which is based in Portland"})
R("BC Hydro", "based_in", "Vancouver", A, {"cr": "BC Hydro, based in Vancouver"})
R("Okanagan Nation Alliance", "based_in", "Westbank", A, {"cr": "The Okanagan Nation Alliance, which is based in Westbank, British Columbia"},
  alt_o=["British Columbia"])
R("Westbank", "located_in", "British Columbia", A, {"cr": "Westbank, British Columbia"})
R("Gordon Leach", "lives_in", "Castlegar", A, {"cr": "Gordon Leach, a retired mill worker who lives in Castlegar"})
R("Marie-Claude Tremblay", "visited", "Portland", A, {"cr": "Canadian and U.S. negotiators resumed talks on modernizing the Columbia River Treaty on Tuesday in Portland, Oregon"},
  t="2026-04", req=False, alt_o=[US_], note="the chief negotiator at the Portland round: inferred across sentences")


# --------------------------------------------------------------------------
# Documents: cleaned text, body span, title, date
# --------------------------------------------------------------------------
def clean_html(page):
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def load_doc(fname, style):
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    if style == "html":
        text = clean_html(raw)
        i = raw.index('<div class="article-body">') + len('<div class="article-body">')
        j = raw.index("</div>", i)
        b0, b1 = len(clean_html(raw[:i])), len(clean_html(raw[:j]))
        assert text[b0:b1] == clean_html(raw[i:j])
        title = clean_html(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        pub = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        return dict(text=text, b0=b0, b1=b1, title=title, published=pub)
    text = raw
    if style == "paper":
        lines = text.split("\n")
        title = lines[0].strip()
        pub = lines[1].split(":", 1)[1].strip()
        assert lines[2].startswith("By ") and lines[3] == ""
        b0 = sum(len(l) + 1 for l in lines[:4])
        return dict(text=text, b0=b0, b1=len(text.rstrip()), title=title, published=pub)
    # wire: the dateline opens the lead; the bracketed credit line ends the copy
    k = text.rstrip().rfind("\n(Reporting")
    return dict(text=text, b0=0, b1=k, title="", published="")


ABBR = {"U.S", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Jan", "Feb", "Mar", "Apr", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec", "No", "Jr", "Sen", "Rep", "Gov", "Lt", "Col",
        "B.C", "Ft", "Corp", "Inc", "vs"}


def sentences(text, b0, b1):
    """Sentence spans (start, end) inside the body."""
    spans = []
    for m in re.finditer(r"[^\n]+", text[b0:b1]):
        ps, pe = b0 + m.start(), b0 + m.end()
        para = text[ps:pe]
        start = 0
        for bm in re.finditer(r"[.!?][\"'\u201d)]?\s+(?=[\"'\u201c(]?[A-Z0-9])", para):
            tok = re.search(r"(\S+)$", para[:bm.start()])
            word = tok.group(1).lstrip("(\"'\u201c") if tok else ""
            if word in ABBR or re.fullmatch(r"[A-Z]", word):
                continue
            end = bm.start() + len(bm.group(0).rstrip())
            spans.append((ps + start, ps + end))
            start = bm.end()
        if para[start:].strip():
            s = start + (len(para[start:]) - len(para[start:].lstrip()))
            spans.append((ps + s, ps + len(para.rstrip())))
    return spans


def occurs(body, names):
    for n in names:
        if re.search(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", body, re.I):
            return True
    return False


def norm(s):  # as kgscore
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    docs = {k: dict(load_doc(f, st), file=f, style=st) for k, (f, st) in DOCS.items()}
    for k, d in docs.items():
        d["sents"] = sentences(d["text"], d["b0"], d["b1"])
        d["body"] = d["text"][d["b0"]:d["b1"]]

    # entities
    owner = {}
    for name, (typ, aliases) in E.items():
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        for a in [name] + aliases:
            n = norm(a)
            if n in owner and owner[n] != name:
                errors.append(f"alias {a!r} belongs to {owner[n]} and {name}")
            owner[n] = name

    used = set()
    units = {}
    out_rows, out_stmts = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} [{r['m']}]"
        for field in ("s", "o"):
            if r[field] not in E:
                errors.append(f"{tag}: unknown entity {r[field]}")
        for a in r["alt_s"] + r["alt_o"]:
            if a not in E:
                errors.append(f"{tag}: unknown alt entity {a}")
        if r["p"] not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        for a in r["alt_p"]:
            if a not in SIG:
                errors.append(f"{tag}: unknown alt predicate {a}")
        if r["m"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        if r["s"] in E and r["o"] in E:
            st, ot = E[r["s"]][0], E[r["o"]][0]
            ss, os_ = SIG[r["p"]]
            if st not in ss or ot not in os_:
                errors.append(f"{tag}: signature {st} -> {ot} not allowed for {r['p']}")
        if r["t"] is not None:
            if not TIME_RE.match(r["t"]):
                errors.append(f"{tag}: bad time {r['t']}")
            if r["p"] in STATIC:
                errors.append(f"{tag}: static relation with a time")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, r["p"], o, POLARITY.get(r["m"]))
        if unit in units:
            errors.append(f"{tag}: unit repeats row {units[unit]}")
        units[unit] = i
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        for dk, phrase in r["ev"].items():
            if dk not in docs:
                errors.append(f"{tag}: unknown doc {dk}")
                continue
            d = docs[dk]
            pos = d["body"].find(phrase)
            if pos < 0:
                errors.append(f"{tag}: evidence not in body of {d['file']}: {phrase!r}")
                continue
            for field in ("s", "o"):
                nm = r[field]
                if nm in E and not occurs(d["body"], [nm] + E[nm][1]):
                    errors.append(f"{tag}: {field} {nm!r} never occurs in {d['file']}")
            a0 = d["b0"] + pos
            a1 = a0 + len(phrase)
            sent = [sp for sp in d["sents"] if sp[0] <= a0 and a1 <= sp[1]]
            if not sent:
                errors.append(f"{tag}: evidence crosses a sentence boundary in {d['file']}: {phrase!r}")
                continue
            ss0, ss1 = sent[0]
            out_stmts.append({
                "subject": r["s"], "subject_type": E[r["s"]][0], "predicate": r["p"],
                "object": r["o"], "object_type": E[r["o"]][0], "modality": r["m"],
                "time": r["t"] or "", "role": r["role"], "confidence": 1.0,
                "source": "corpus/" + d["file"], "title": d["title"],
                "published": d["published"], "sentence": d["text"][ss0:ss1],
                "start": ss0, "end": ss1, "rule": "gold"})
        for nm in r["alt_s"] + r["alt_o"]:  # an alternative reading must occur in one of the row's documents
            if nm in E and not any(occurs(docs[k]["body"], [nm] + E[nm][1]) for k in r["ev"] if k in docs):
                errors.append(f"{tag}: alt {nm!r} occurs in none of its documents")
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        row = {"s": r["s"], "p": r["p"], "o": r["o"],
               "docs": [docs[k]["file"] for k in r["ev"] if k in docs],
               "modality": r["m"]}
        if r["t"]:
            row["time"] = r["t"]
        row["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        note = r["note"]
        if r["role"]:
            note = (("role/commodity: " + r["role"]) + ("; " + note if note else ""))
        if note:
            row["note"] = note
        out_rows.append(row)

    unused = sorted(set(E) - used)
    if unused:
        errors.append("entities used in no row: " + ", ".join(unused))

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, (typ, aliases) in E.items():
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for row in out_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in out_stmts:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        stats(out_rows, out_stmts, docs)


def stats(rows, stmts, docs):
    n = len(rows)
    req = sum(r["required"] for r in rows)
    pol = Counter(POLARITY[r["modality"]] for r in rows)
    mod = Counter(r["modality"] for r in rows)
    modreq = Counter(r["modality"] for r in rows if r["required"])
    preds = Counter(r["p"] for r in rows)
    etypes = Counter(t for t, _ in E.values())
    print(f"rows {n}  required {req} ({req / n:.0%})  statements {len(stmts)}  entities {len(E)}")
    print("polarity", dict(pol))
    print("modality (all / required):", {m: f"{mod[m]}/{modreq[m]}" for m in sorted(mod)})
    print("entities by type", dict(sorted(etypes.items())))
    print(f"predicates used {len(preds)}:", dict(sorted(preds.items())))
    per = defaultdict(lambda: [0, 0])
    for r in rows:
        for d in r["docs"]:
            per[d][0] += 1
            per[d][1] += r["required"]
    for k, (f, _) in DOCS.items():
        body = docs[k]["body"]
        print(f"  {f}: words {len(body.split())}  facts {per[f][0]} (required {per[f][1]})")
    print("times", sum(1 for r in rows if r.get("time")))


if __name__ == "__main__":
    main()
