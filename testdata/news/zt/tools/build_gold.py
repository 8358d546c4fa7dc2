#!/usr/bin/env python3
"""Build and check the gold standard of news set zt.

Every gold row is written here once, with its evidence phrase per document.
The script checks each row against the articles as they are written
(corpus/*.txt, corpus/*.html) and writes:

  entities.jsonl              one entity a line (name, type, aliases)
  triples.jsonl               one fact a line (shared/eval/README.md format)
  selfcheck_statements.jsonl  one statement per row and document, in the
                              `kg export --format jsonl` shape (DESIGN.md)

Checks (any failure stops the build):
  - each evidence phrase occurs in the cleaned body of its document, inside
    one sentence (cleaned body: wire = text after the headline without the
    credit line; newspaper = text after the byline; HTML = text of
    <div class="article-body">, tags removed, entities unescaped);
  - subject, object and every alternative (by name or alias, whole word,
    case-insensitive) occur in the cleaned body of every document of the row;
  - entity types, predicates, modalities are those of SCHEMA.md, and subject
    and object types fit the predicate;
  - static predicates carry no time; a wire row carries a time only when
    its evidence sentence writes the year;
  - no two rows make the same scoring unit (subject, predicate, object,
    polarity; symmetric predicates unordered), no alias names two entities,
    every entity is used.

Usage: python3 tools/build_gold.py [--stats]
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

DOCS = {
    "Z1": "zt01_jamaica_dominican_coast_guard_pact.txt",
    "Z2": "zt02_kosovo_valac_substation_attack.txt",
    "Z3": "zt03_us_sanctions_nicaragua_gold_miner.txt",
    "Z4": "zt04_sica_panama_energy_protocol.txt",
    "Z5": "zt05_vienna_western_balkans_enlargement_conference.txt",
    "Z6": "zt06_albania_north_macedonia_qafe_thane_border_post.txt",
    "Z7": "zt07_haiti_caricom_barnett_port_au_prince.html",
    "Z8": "zt08_slavkov_format_border_security_declaration.html",
}
WIRE = {"Z1", "Z2", "Z3"}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with",
          "diplomatic_relations_with", "trades_with"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = TYPES
ACTOR = {P, C, O}
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
    "met_with": (ACTOR, ACTOR),
    "visited": ({P, O, C}, {C, CI, R}),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O, P}, {A}),
    "signed_agreement_with": (ACTOR, ACTOR),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACTOR, ACTOR),
    "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({C}, {C}),
    "supported": (ACTOR, ANY),
    "criticized": (ACTOR, ANY),
    "threatened": (ACTOR, ANY),
    "sanctioned": (ACTOR, ACTOR),
    "in_conflict_with": ({P, C, O, R}, {P, C, O, R}),
    "attacked": (ACTOR, ANY),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ACTOR, ANY),
    "seceded_from": ({R, C}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C}, {C}),
}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # people
    ("Andrew Holness", P, ["Holness", "Prime Minister Andrew Holness", "Jamaican Prime Minister Andrew Holness"]),
    ("Luis Abinader", P, ["Abinader", "President Luis Abinader", "Dominican President Luis Abinader"]),
    ("Kamina Johnson Smith", P, ["Johnson Smith", "Foreign Minister Kamina Johnson Smith"]),
    ("Albin Kurti", P, ["Kurti", "Kosovo Prime Minister Albin Kurti"]),
    ("Aleksandar Vučić", P, ["Vučić", "Vucic", "Aleksandar Vucic", "Serbian President Aleksandar Vučić"]),
    ("Marko Đurić", P, ["Đurić", "Djuric", "Marko Djuric", "Marko Duric", "Serbian Foreign Minister Marko Đurić"]),
    ("Kaja Kallas", P, ["Kallas"]),
    ("Dragan Lazić", P, ["Lazić", "Dragan Lazic"]),
    ("Milan Radoičić", P, ["Radoičić", "Milan Radoicic"]),
    ("Afrim Bunjaku", P, ["Bunjaku"]),
    ("Daniel Ortega", P, ["Ortega", "President Daniel Ortega"]),
    ("Rosario Murillo", P, ["Murillo", "Co-President Rosario Murillo"]),
    ("Ramiro Castellón", P, ["Castellón", "Ramiro Castellon"]),
    ("Gloria Vanegas", P, ["Vanegas"]),
    ("Julio Talavera", P, ["Talavera", "Colonel Julio Talavera"]),
    ("Laura Whitfield", P, ["Whitfield"]),
    ("Elena Cuadra", P, ["Cuadra"]),
    ("José Raúl Mulino", P, ["Mulino", "Jose Raul Mulino", "President José Raúl Mulino"]),
    ("Bernardo Arévalo", P, ["Arévalo", "Arevalo", "Bernardo Arevalo", "President Bernardo Arévalo"]),
    ("Arnoldo André Tinoco", P, ["André Tinoco", "Arnoldo Andre Tinoco", "Arnoldo André"]),
    ("Alexandra Hill Tinoco", P, ["Hill Tinoco", "Alexandra Hill"]),
    ("Ilan Goldfajn", P, ["Goldfajn"]),
    ("Christian Stocker", P, ["Stocker", "Chancellor Christian Stocker", "Austrian Chancellor Christian Stocker"]),
    ("Beate Meinl-Reisinger", P, ["Meinl-Reisinger"]),
    ("Edi Rama", P, ["Rama", "Prime Minister Edi Rama"]),
    ("Milojko Spajić", P, ["Spajić", "Milojko Spajic"]),
    ("Hristijan Mickoski", P, ["Mickoski"]),
    ("Đuro Macut", P, ["Macut", "Djuro Macut", "Duro Macut", "Prime Minister Đuro Macut"]),
    ("Marta Kos", P, ["Kos", "Commissioner Marta Kos"]),
    ("Borjana Krišto", P, ["Krišto", "Borjana Kristo"]),
    ("Péter Szijjártó", P, ["Szijjártó", "Peter Szijjarto"]),
    ("Andrej Babiš", P, ["Babiš", "Babis", "Andrej Babis"]),
    ("Robert Fico", P, ["Fico"]),
    ("Viktor Orbán", P, ["Orbán", "Orban", "Viktor Orban"]),
    ("Petr Pavel", P, ["Pavel", "President Petr Pavel"]),
    ("Carla Barnett", P, ["Barnett", "Secretary-General Carla Barnett"]),
    ("Laurent Saint-Cyr", P, ["Saint-Cyr"]),
    ("Alix Didier Fils-Aimé", P, ["Fils-Aimé", "Fils-Aime", "Alix Didier Fils-Aime"]),
    ("Jimmy Chérizier", P, ["Chérizier", "Cherizier", "Jimmy Cherizier", "Barbecue"]),
    ("Wilner Dorval", P, ["Dorval"]),
    ("Marco Rubio", P, ["Rubio", "Secretary of State Marco Rubio"]),
    # countries
    ("Jamaica", C, []),
    ("Dominican Republic", C, []),
    ("Haiti", C, []),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington", "U.S. government"]),
    ("Kosovo", C, ["Republic of Kosovo"]),
    ("Serbia", C, ["Republic of Serbia"]),
    ("Nicaragua", C, []),
    ("Costa Rica", C, []),
    ("Panama", C, ["Republic of Panama"]),
    ("Guatemala", C, []),
    ("Honduras", C, []),
    ("El Salvador", C, []),
    ("Belize", C, []),
    ("Taiwan", C, ["Republic of China"]),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("Austria", C, []),
    ("Montenegro", C, []),
    ("Albania", C, []),
    ("North Macedonia", C, []),
    ("Bosnia and Herzegovina", C, ["Bosnia", "BiH"]),
    ("Hungary", C, []),
    ("Slovakia", C, ["Slovak Republic"]),
    ("Spain", C, []),
    ("Russia", C, ["Russian Federation"]),
    ("Ukraine", C, []),
    ("Bulgaria", C, []),
    ("Greece", C, []),
    ("Czechia", C, ["Czech Republic"]),
    ("Slovenia", C, []),
    ("Guyana", C, []),
    # cities
    ("Santo Domingo", CI, []),
    ("Port-au-Prince", CI, []),
    ("Zubin Potok", CI, []),
    ("Zvečan", CI, ["Zvecan"]),
    ("Pristina", CI, ["Prishtina"]),
    ("Belgrade", CI, []),
    ("Managua", CI, []),
    ("Bonanza", CI, []),
    ("Vancouver", CI, []),
    ("San José", CI, ["San Jose"]),
    ("San Salvador", CI, []),
    ("Panama City", CI, []),
    ("Vienna", CI, []),
    ("Moscow", CI, []),
    ("Sofia", CI, []),
    ("Struga", CI, []),
    ("Elbasan", CI, []),
    ("Tirana", CI, []),
    ("Lascahobas", CI, []),
    ("Mirebalais", CI, []),
    ("Georgetown", CI, []),
    ("Slavkov u Brna", CI, ["Slavkov"]),
    ("Pétion-Ville", CI, ["Petion-Ville"]),
    # regions
    ("Hispaniola", R, []),
    ("North Caribbean Coast Autonomous Region", R, ["RACCN"]),
    ("Centre department", R, ["Centre"]),
    ("South Moravia", R, ["South Moravian Region"]),
    # organizations
    ("CARICOM", O, ["Caribbean Community"]),
    ("Gang Suppression Force", O, ["GSF"]),
    ("United Nations Security Council", O, ["U.N. Security Council", "UN Security Council", "Security Council"]),
    ("United Nations", O, ["U.N.", "UN"]),
    ("Kosovo Police", O, []),
    ("Northern Guard", O, []),
    ("KFOR", O, ["Kosovo Force"]),
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("European Union", O, ["EU"]),
    ("European Commission", O, []),
    ("U.S. Treasury Department", O, ["Treasury Department", "Treasury", "U.S. Treasury"]),
    ("U.S. State Department", O, ["State Department"]),
    ("Compañía Minera Las Segovias", O, ["Compania Minera Las Segovias", "Las Segovias"]),
    ("Nicaraguan Mining Institute", O, []),
    ("Nicaraguan Army", O, []),
    ("Golden Ridge Resources", O, []),
    ("Sandinista National Liberation Front", O, ["FSLN", "Sandinistas"]),
    ("SICA", O, ["Central American Integration System"]),
    ("Empresa Propietaria de la Red", O, ["EPR"]),
    ("Inter-American Development Bank", O, ["IDB"]),
    ("Socialist Party of Albania", O, ["Socialist Party"]),
    ("VMRO-DPMNE", O, []),
    ("VLEN", O, ["VLEN alliance"]),
    ("INSTAT", O, []),
    ("Transitional Presidential Council", O, []),
    ("Viv Ansanm", O, []),
    ("Haitian National Police", O, []),
    ("ANO", O, []),
    ("SPD", O, ["Freedom and Direct Democracy"]),
    # agreements
    ("Santo Domingo Maritime Security Agreement", A, ["Santo Domingo agreement"]),
    ("Agreement on the Path to Normalisation", A, ["Agreement on the Path to Normalization"]),
    ("Panama Energy Protocol", A, []),
    ("Qafë Thanë Joint Border Agreement", A, ["Qafe Thane Joint Border Agreement"]),
    ("Prespa Agreement", A, []),
    ("Slavkov Declaration on Border Security", A, ["Slavkov Declaration"]),
    ("Pact on Migration and Asylum", A, ["EU migration pact", "Migration and Asylum Pact"]),
    # facilities
    ("Valač substation", F, ["Valac substation", "Valač power substation"]),
    ("La Esperanza mine", F, ["La Esperanza"]),
    ("Hofburg", F, ["Hofburg palace"]),
    ("Corridor VIII", F, ["Pan-European Corridor VIII"]),
    ("National Road 3", F, ["Route Nationale 3", "RN3"]),
    ("Slavkov Castle", F, []),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, modality, required, ev, alt_s=None, alt_p=None, alt_o=None, note=None, role=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, required=required, ev=ev,
                     alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                     comment=note, role=role or ""))


# --- Z1 zt01 wire: Jamaica / Dominican Republic coast guard pact (Feb 11, no year)
R("Andrew Holness", "head_of", "Jamaica", "asserted", True,
  {"Z1": ("Jamaican Prime Minister Andrew Holness", None),
   "Z7": ("Prime Minister Andrew Holness told parliament", None)}, role="prime minister")
R("Luis Abinader", "head_of", "Dominican Republic", "asserted", True,
  {"Z1": ("Dominican President Luis Abinader", None),
   "Z7": ("President Luis Abinader said last month", None)}, role="president")
R("Andrew Holness", "signed_agreement_with", "Luis Abinader", "asserted", True,
  {"Z1": ("Andrew Holness and Dominican President Luis Abinader signed a maritime security agreement", None)},
  alt_s=["Jamaica"], alt_o=["Dominican Republic"])
R("Jamaica", "party_to", "Santo Domingo Maritime Security Agreement", "asserted", False,
  {"Z1": ("which officials called the Santo Domingo Maritime Security Agreement", None)},
  note="signatory through Holness; the parties are named in the sentence before")
R("Dominican Republic", "party_to", "Santo Domingo Maritime Security Agreement", "asserted", False,
  {"Z1": ("which officials called the Santo Domingo Maritime Security Agreement", None)},
  note="signatory through Abinader; the parties are named in the sentence before")
R("Andrew Holness", "met_with", "Luis Abinader", "asserted", True,
  {"Z1": ("after Holness and Abinader held nearly three hours of talks", None)},
  alt_s=["Jamaica"], alt_o=["Dominican Republic"])
R("Andrew Holness", "visited", "Dominican Republic", "asserted", True,
  {"Z1": ("on his first official visit to the Dominican Republic", None)}, alt_o=["Santo Domingo"])
R("Kamina Johnson Smith", "works_for", "Jamaica", "asserted", False,
  {"Z1": ("Foreign Minister Kamina Johnson Smith", None)}, alt_o=["Andrew Holness"],
  note="title without its country", role="foreign minister")
R("Kamina Johnson Smith", "visited", "Dominican Republic", "asserted", False,
  {"Z1": ("was accompanied by Foreign Minister Kamina Johnson Smith on his first official visit to the Dominican Republic", None)},
  note="entailed: she accompanied Holness")
R("Dominican Republic", "supported", "Jamaica", "asserted", True,
  {"Z1": ("the Dominican Republic sent rescue teams, generators and more than 400 tonnes of food to the island", "2025-10")},
  note="aid after Hurricane Melissa; the sentence writes October 2025")
R("Haiti", "borders", "Dominican Republic", "asserted", True,
  {"Z1": ("which shares the island of Hispaniola with the Dominican Republic", None)})
R("Haiti", "located_in", "Hispaniola", "asserted", True,
  {"Z1": ("Haiti, which shares the island of Hispaniola", None)})
R("Dominican Republic", "located_in", "Hispaniola", "asserted", False,
  {"Z1": ("shares the island of Hispaniola with the Dominican Republic", None)}, note="entailment")
R("Port-au-Prince", "capital_of", "Haiti", "asserted", True,
  {"Z1": ("most of the capital, Port-au-Prince", None)})
R("Jamaica", "supported", "Gang Suppression Force", "asserted", True,
  {"Z1": ("Jamaica has pledged troops to the Gang Suppression Force", None),
   "Z7": ("one of the first countries to pledge troops to the Gang Suppression Force", None)})
R("United Nations Security Council", "supported", "Gang Suppression Force", "asserted", False,
  {"Z1": ("the international mission authorised by the U.N. Security Council in September 2025", "2025-09"),
   "Z7": ("The U.N. Security Council authorised the force on September 30", "2025-09-30")},
  note="authorisation read loosely as support; Z7 'the force' is coreference")
R("Dominican Republic", "supported", "Gang Suppression Force", "planned", True,
  {"Z1": ("the Dominican Republic would support the Gang Suppression Force with logistics", None),
   "Z7": ("has offered to support the Gang Suppression Force with logistics", None)},
  alt_s=["Luis Abinader"], note="an offer, not yet support: asserting it is a polarity error")
R("Haiti", "criticized", "Dominican Republic", "asserted", True,
  {"Z1": ("Haiti's transitional government has accused the Dominican Republic of mistreating Haitian deportees", None)})
R("Dominican Republic", "criticized", "Haiti", "asserted", False,
  {"Z1": ("a charge Santo Domingo rejects", None)}, alt_s=["Santo Domingo"],
  note="rejects the accusation; capital for its government")
R("Dominican Republic", "member_of", "CARICOM", "negated", True,
  {"Z1": ("The Dominican Republic is not a member of the Caribbean Community (CARICOM)", None)},
  note="polarity trap")
R("Jamaica", "member_of", "CARICOM", "asserted", True,
  {"Z1": ("the regional bloc to which Jamaica and Haiti belong", None),
   "Z7": ("Jamaica, a founding member of CARICOM", None)})
R("Haiti", "member_of", "CARICOM", "asserted", True,
  {"Z1": ("the regional bloc to which Jamaica and Haiti belong", None),
   "Z7": ("Haiti has been a full member of CARICOM since 2002", None)})
R("Dominican Republic", "allied_with", "CARICOM", "planned", False,
  {"Z1": ("Abinader said his government wanted to deepen its ties with the group", None)},
  alt_s=["Luis Abinader"], note="'the group' is coreference")
R("Jamaica", "trades_with", "Dominican Republic", "reported", False,
  {"Z1": ("Trade between the two countries reached about $310 million last year", None)},
  note="'the two countries' is coreference")
R("Jamaica", "imports_from", "Dominican Republic", "asserted", True,
  {"Z1": ("Jamaica imports most of its cement from the Dominican Republic", None)}, role="cement")
R("Jamaica", "signed_agreement_with", "Dominican Republic", "hedged", False,
  {"Z1": ("a separate agreement on a ferry service between Kingston and Santo Domingo could be signed later this year", None)},
  note="a possible future deal, parties implicit")
R("United States", "supported", "Santo Domingo Maritime Security Agreement", "asserted", False,
  {"Z1": ("welcomed the Santo Domingo agreement", None)}, note="'welcomed' read as support")

# --- Z2 zt02 wire: Kosovo substation attack (Sep 16, no year)
R("Albin Kurti", "head_of", "Kosovo", "asserted", True,
  {"Z2": ("Kosovo Prime Minister Albin Kurti", None),
   "Z5": ("Kosovo's caretaker prime minister, Albin Kurti", None)}, role="prime minister")
R("Albin Kurti", "criticized", "Serbia", "asserted", True,
  {"Z2": ("Albin Kurti accused Serbia on Tuesday of backing an armed group", None),
   "Z5": ("Kurti used his speech to accuse Belgrade of sponsoring the September attack", "2025-11-13")},
  alt_s=["Kosovo"], alt_o=["Belgrade"], note="Z5 names the capital for the government")
R("Serbia", "supported", "Northern Guard", "reported", False,
  {"Z2": ("accused Serbia on Tuesday of backing an armed group", None)},
  note="Kurti's accusation; the group is named two sentences later")
R("Valač substation", "located_in", "Zubin Potok", "asserted", True,
  {"Z2": ("the Valač substation in the municipality of Zubin Potok", None)})
R("Northern Guard", "attacked", "Valač substation", "reported", True,
  {"Z2": ("the Northern Guard, a little-known group of ethnic Serb former reservists, had carried out the attack on the Valač substation", None),
   "Z5": ("the September attack on the Valač power substation in northern Kosovo, which Kosovo police have blamed on the Northern Guard", "2025-09")},
  note="police attribution")
R("Dragan Lazić", "citizen_of", "Serbia", "reported", True,
  {"Z2": ("Dragan Lazić, is a Serbian citizen", None)})
R("Dragan Lazić", "lives_in", "Zvečan", "reported", True,
  {"Z2": ("who lives in Zvečan", None)})
R("Zubin Potok", "located_in", "Kosovo", "asserted", True,
  {"Z2": ("Zubin Potok and Zvečan are among the four Serb-majority municipalities of northern Kosovo", None)})
R("Zvečan", "located_in", "Kosovo", "asserted", True,
  {"Z2": ("Zubin Potok and Zvečan are among the four Serb-majority municipalities of northern Kosovo", None)})
R("Kosovo", "gained_independence_from", "Serbia", "asserted", False,
  {"Z2": ("which declared independence from Serbia in 2008", "2008")}, alt_p=["seceded_from"],
  note="a declaration Serbia rejects")
R("Milan Radoičić", "killed", "Afrim Bunjaku", "asserted", False,
  {"Z2": ("a group led by Kosovo Serb politician Milan Radoičić killed Kosovo police sergeant Afrim Bunjaku", "2023-09")},
  note="the killing is by a group he led")
R("Afrim Bunjaku", "works_for", "Kosovo Police", "asserted", True,
  {"Z2": ("Kosovo police sergeant Afrim Bunjaku", None)}, role="police sergeant")
R("Marko Đurić", "works_for", "Serbia", "asserted", True,
  {"Z2": ("Serbian Foreign Minister Marko Đurić", None)}, role="foreign minister")
R("Marko Đurić", "criticized", "Kosovo", "asserted", False,
  {"Z2": ("rejected the accusation as \"another fabrication from Pristina\"", None)},
  alt_s=["Serbia"], alt_o=["Pristina"], note="rejecting a claim; capital for the government")
R("Serbia", "attacked", "Valač substation", "negated", False,
  {"Z2": ("said Serbia had nothing to do with the attack", None)}, note="Đurić's denial")
R("Aleksandar Vučić", "head_of", "Serbia", "asserted", True,
  {"Z2": ("Serbian President Aleksandar Vučić", None),
   "Z5": ("Serbian President Aleksandar Vučić", None)}, role="president")
R("Aleksandar Vučić", "criticized", "Albin Kurti", "asserted", True,
  {"Z2": ("Aleksandar Vučić accused Kurti of \"inventing enemies\"", None)}, alt_s=["Serbia"])
R("Serbia", "recognizes", "Kosovo", "negated", True,
  {"Z2": ("Serbia has never recognised Kosovo", None),
   "Z5": ("Serbia, which has never recognised Kosovo's independence", None)}, note="polarity trap")
R("United States", "recognizes", "Kosovo", "asserted", True,
  {"Z2": ("More than 100 countries, including the United States, recognise Kosovo", None)})
R("Kosovo", "member_of", "United Nations", "negated", True,
  {"Z2": ("it is not a member of the United Nations", None)}, note="'it' = Kosovo in the same sentence")
R("Kaja Kallas", "works_for", "European Union", "asserted", True,
  {"Z2": ("EU foreign policy chief Kaja Kallas", None)}, role="foreign policy chief")
R("Kaja Kallas", "contacted", "Aleksandar Vučić", "reported", True,
  {"Z2": ("Kaja Kallas spoke by phone with Vučić and Kurti", None)})
R("Kaja Kallas", "contacted", "Albin Kurti", "reported", True,
  {"Z2": ("Kaja Kallas spoke by phone with Vučić and Kurti", None)})
R("KFOR", "based_in", "Kosovo", "asserted", True,
  {"Z2": ("the NATO-led peacekeeping force that has been based in Kosovo since 1999", None)})
R("KFOR", "member_of", "NATO", "asserted", False,
  {"Z2": ("KFOR, the NATO-led peacekeeping force", None)}, note="NATO-led: loose reading")
R("Serbia", "negotiating_with", "Kosovo", "asserted", True,
  {"Z2": ("The European Union has mediated talks between Serbia and Kosovo since 2011", "2011")})
R("Serbia", "normalized_relations_with", "Kosovo", "planned", False,
  {"Z2": ("talks between Serbia and Kosovo since 2011 aimed at normalising relations", None)},
  note="a goal of the talks, not a fact")
R("Aleksandar Vučić", "met_with", "Albin Kurti", "negated", True,
  {"Z2": ("Vučić and Kurti have not met face to face since a failed round in Brussels in September 2023", None)},
  note="polarity trap")
R("Aleksandar Vučić", "met_with", "Albin Kurti", "asserted", False,
  {"Z2": ("since a failed round in Brussels in September 2023", "2023-09")},
  note="the earlier meeting the negation implies")
R("European Union", "brokered", "Agreement on the Path to Normalisation", "asserted", True,
  {"Z2": ("The Agreement on the Path to Normalisation, brokered by the EU in 2023", "2023")})
R("Aleksandar Vučić", "party_to", "Agreement on the Path to Normalisation", "negated", True,
  {"Z2": ("Vučić has never signed the text", None)}, alt_s=["Serbia"], note="polarity trap")
R("Kosovo", "imports_from", "Serbia", "negated", True,
  {"Z2": ("Kosovo stopped imports of goods from Serbia through its border crossings", "2023-06")},
  note="import ban since June 2023")
R("Kosovo", "sanctioned", "Serbia", "asserted", False,
  {"Z2": ("Kosovo stopped imports of goods from Serbia", "2023-06")}, note="import ban read as an embargo")

# --- Z3 zt03 wire: U.S. sanctions on Nicaraguan gold miner (Jul 10, no year)
R("United States", "sanctioned", "Compañía Minera Las Segovias", "asserted", True,
  {"Z3": ("The United States imposed sanctions on Thursday on Nicaraguan gold miner Compañía Minera Las Segovias", None),
   "Z4": ("the United States imposed sanctions on Nicaraguan gold miner Compañía Minera Las Segovias", "2025-07")},
  note="Z4: 'a month after' the 2025-08-21 ceremony")
R("Daniel Ortega", "head_of", "Nicaragua", "asserted", False,
  {"Z3": ("President Daniel Ortega's government", None),
   "Z4": ("the government led by co-presidents Daniel Ortega and Rosario Murillo", None)}, role="president",
  note="titles without the country in both documents")
R("Rosario Murillo", "head_of", "Nicaragua", "asserted", True,
  {"Z3": ("Nicaraguan Co-President Rosario Murillo", None),
   "Z4": ("the government led by co-presidents Daniel Ortega and Rosario Murillo", None)}, role="co-president")
R("United States", "criticized", "Compañía Minera Las Segovias", "asserted", False,
  {"Z3": ("accusing them of using forced labour", None)}, note="'them' = the company and officials")
R("U.S. Treasury Department", "criticized", "Compañía Minera Las Segovias", "asserted", False,
  {"Z3": ("The Treasury Department said the company had forced hundreds of Indigenous Miskito workers", None)},
  note="'the company' is coreference")
R("La Esperanza mine", "located_in", "Bonanza", "asserted", True,
  {"Z3": ("The La Esperanza mine lies in Bonanza", None)})
R("Bonanza", "located_in", "North Caribbean Coast Autonomous Region", "asserted", True,
  {"Z3": ("Bonanza, a mining town in Nicaragua's North Caribbean Coast Autonomous Region", None)})
R("North Caribbean Coast Autonomous Region", "located_in", "Nicaragua", "asserted", True,
  {"Z3": ("Nicaragua's North Caribbean Coast Autonomous Region", None)})
_TREAS = "The Treasury also sanctioned Ramiro Castellón, who heads the state mining agency, the Nicaraguan Mining Institute, his deputy Gloria Vanegas, and Nicaraguan Army Colonel Julio Talavera"
R("U.S. Treasury Department", "sanctioned", "Ramiro Castellón", "asserted", True,
  {"Z3": ("The Treasury also sanctioned Ramiro Castellón", None)}, alt_s=["United States"])
R("U.S. Treasury Department", "sanctioned", "Gloria Vanegas", "asserted", True,
  {"Z3": (_TREAS, None)}, alt_s=["United States"])
R("U.S. Treasury Department", "sanctioned", "Julio Talavera", "asserted", True,
  {"Z3": (_TREAS, None)}, alt_s=["United States"])
R("Ramiro Castellón", "head_of", "Nicaraguan Mining Institute", "asserted", True,
  {"Z3": ("Ramiro Castellón, who heads the state mining agency, the Nicaraguan Mining Institute", None)}, role="head")
R("Gloria Vanegas", "works_for", "Ramiro Castellón", "asserted", False,
  {"Z3": ("his deputy Gloria Vanegas", None)}, alt_o=["Nicaraguan Mining Institute"], role="deputy",
  note="'his' resolves to Castellón")
R("Julio Talavera", "works_for", "Nicaraguan Army", "asserted", True,
  {"Z3": ("Nicaraguan Army Colonel Julio Talavera", None)}, role="colonel")
R("Laura Whitfield", "works_for", "U.S. Treasury Department", "asserted", True,
  {"Z3": ("Laura Whitfield, a senior Treasury official", None)}, alt_o=["United States"], role="official")
R("Compañía Minera Las Segovias", "based_in", "Managua", "asserted", True,
  {"Z3": ("Compañía Minera Las Segovias, which is based in Managua", None)})
R("Compañía Minera Las Segovias", "took_control_of", "La Esperanza mine", "asserted", True,
  {"Z3": ("took over La Esperanza in 2023", "2023")})
R("Golden Ridge Resources", "based_in", "Vancouver", "asserted", True,
  {"Z3": ("Vancouver-based Golden Ridge Resources", None)})
R("United States", "imports_from", "Nicaragua", "reported", True,
  {"Z3": ("the United States bought about $900 million worth of Nicaraguan gold in 2024", "2024")}, role="gold")
R("Rosario Murillo", "criticized", "United States", "asserted", True,
  {"Z3": ("condemned what she called Washington's \"imperialist aggression\"", None)}, alt_s=["Nicaragua"])
R("United States", "sanctioned", "Rosario Murillo", "asserted", True,
  {"Z3": ("The United States first sanctioned Murillo in 2018", "2018")})
R("Daniel Ortega", "head_of", "Sandinista National Liberation Front", "asserted", True,
  {"Z3": ("Ortega, the leader of the Sandinista National Liberation Front", None)}, role="leader")
R("Daniel Ortega", "threatened", "United States", "asserted", False,
  {"Z3": ("threatened last year to halt gold exports to the United States", None)}, alt_s=["Nicaragua"],
  note="a threat to halt exports to it: loose reading; 'last year' in a wire copy: no time")
R("Nicaragua", "normalized_relations_with", "China", "asserted", True,
  {"Z3": ("restored diplomatic ties with China in December 2021", "2021-12")})
R("Nicaragua", "diplomatic_relations_with", "Taiwan", "negated", True,
  {"Z3": ("Nicaragua, which broke off relations with Taiwan", None)}, note="polarity trap: ties broken off")
R("Costa Rica", "in_conflict_with", "Nicaragua", "asserted", True,
  {"Z3": ("Costa Rica, which has a long-running border dispute with Nicaragua", None),
   "Z4": ("Costa Rica and Nicaragua have been at odds for decades over the San Juan River", None)})
R("Costa Rica", "borders", "Nicaragua", "asserted", True,
  {"Z3": ("Neighbouring Costa Rica, which has a long-running border dispute with Nicaragua", None),
   "Z4": ("Nicaragua, which borders both Honduras and Costa Rica", None)})
R("Nicaragua", "party_to", "Panama Energy Protocol", "negated", True,
  {"Z3": ("a regional electricity agreement that Nicaragua has said it will not sign", None),
   "Z4": ("did not send a delegation and has not signed the protocol", None)}, note="polarity trap")
R("Elena Cuadra", "citizen_of", "Nicaragua", "asserted", True,
  {"Z3": ("Elena Cuadra, a Nicaraguan economist", None)})
R("Elena Cuadra", "lives_in", "San José", "asserted", True,
  {"Z3": ("a Nicaraguan economist in exile in San José", None)})

# --- Z4 zt04 newspaper: Panama Energy Protocol (published 2025-08-22; Thursday = 2025-08-21)
_SIGNED = "The Panama Energy Protocol was signed by Panama, Guatemala, Honduras, El Salvador, Costa Rica and the Dominican Republic"
for _c in ["Panama", "Guatemala", "Honduras", "El Salvador", "Costa Rica", "Dominican Republic"]:
    R(_c, "party_to", "Panama Energy Protocol", "asserted", True, {"Z4": (_SIGNED, "2025-08-21")})
R("Nicaragua", "borders", "Honduras", "asserted", True,
  {"Z4": ("Nicaragua, which borders both Honduras and Costa Rica", None)})
R("José Raúl Mulino", "head_of", "Panama", "asserted", True,
  {"Z4": ("Panama's President José Raúl Mulino", None)}, role="president")
R("José Raúl Mulino", "met_with", "Bernardo Arévalo", "asserted", True,
  {"Z4": ("Mulino held talks with Guatemalan President Bernardo Arévalo", "2025-08-21")},
  alt_s=["Panama"], alt_o=["Guatemala"])
R("Bernardo Arévalo", "head_of", "Guatemala", "asserted", True,
  {"Z4": ("Guatemalan President Bernardo Arévalo", None)}, role="president")
R("Bernardo Arévalo", "visited", "Panama City", "asserted", False,
  {"Z4": ("the only other head of state to attend", "2025-08-21")}, alt_o=["Panama"],
  note="attending the ceremony in Panama City: entailment")
R("Guatemala", "diplomatic_relations_with", "Taiwan", "asserted", False,
  {"Z4": ("whose country is one of the few that still maintain diplomatic relations with Taiwan", None)},
  alt_s=["Bernardo Arévalo"], note="'whose country' = Guatemala")
R("Guatemala", "diplomatic_relations_with", "China", "negated", False,
  {"Z4": ("diplomatic relations with Taiwan rather than China", None)}, note="'rather than': implicit negation")
R("Empresa Propietaria de la Red", "based_in", "San José", "asserted", True,
  {"Z4": ("a company based in San José, Costa Rica", None)})
R("San José", "located_in", "Costa Rica", "asserted", True,
  {"Z4": ("San José, Costa Rica", None)})
R("Arnoldo André Tinoco", "works_for", "Costa Rica", "asserted", True,
  {"Z4": ("Costa Rican Foreign Minister Arnoldo André Tinoco", None)}, role="foreign minister")
R("Arnoldo André Tinoco", "criticized", "Nicaragua", "asserted", True,
  {"Z4": ("Arnoldo André Tinoco criticised Nicaragua's absence", "2025-08-21")},
  alt_s=["Costa Rica"], alt_o=["Managua"])
R("Nicaragua", "member_of", "SICA", "asserted", True,
  {"Z4": ("Nicaragua, which remains a member of SICA", None)})
R("El Salvador", "imports_from", "Guatemala", "planned", True,
  {"Z4": ("El Salvador will start buying electricity from Guatemala next year", "2026")}, role="electricity")
R("Alexandra Hill Tinoco", "works_for", "El Salvador", "asserted", True,
  {"Z4": ("Salvadoran Foreign Minister Alexandra Hill Tinoco", None)}, role="foreign minister")
R("Honduras", "imports_from", "El Salvador", "asserted", True,
  {"Z4": ("Honduras already imports power from both El Salvador and Guatemala", None)}, role="electricity")
R("Honduras", "imports_from", "Guatemala", "asserted", True,
  {"Z4": ("Honduras already imports power from both El Salvador and Guatemala", None)}, role="electricity")
R("Belize", "member_of", "SICA", "asserted", True,
  {"Z4": ("Belize, also a SICA member", None)})
R("Belize", "party_to", "Panama Energy Protocol", "hedged", True,
  {"Z4": ("is expected to sign the Panama Energy Protocol by the end of the year", "2025")},
  note="expected, not done: asserting it is a polarity error")
R("Dominican Republic", "member_of", "SICA", "asserted", True,
  {"Z4": ("The Dominican Republic, which joined SICA as a full member in 2013", None)})
R("SICA", "based_in", "San Salvador", "asserted", True,
  {"Z4": ("SICA, whose General Secretariat is based in San Salvador", None)})
R("Ilan Goldfajn", "head_of", "Inter-American Development Bank", "asserted", True,
  {"Z4": ("Ilan Goldfajn, president of the Inter-American Development Bank", None)}, role="president")
R("Ilan Goldfajn", "visited", "Panama City", "asserted", False,
  {"Z4": ("attended the signing", "2025-08-21")}, note="attending the signing in Panama City: entailment")
R("Inter-American Development Bank", "supported", "Panama Energy Protocol", "hedged", False,
  {"Z4": ("the bank could lend up to $450 million to finance projects under the Panama Energy Protocol", None)})
R("U.S. State Department", "supported", "Panama Energy Protocol", "asserted", False,
  {"Z4": ("The U.S. State Department welcomed the Panama Energy Protocol", None)},
  alt_s=["United States"], note="'welcomed' read as support")

# --- Z5 zt05 newspaper: Vienna conference (published 2025-11-14; Thursday = 2025-11-13)
R("Christian Stocker", "head_of", "Austria", "asserted", True,
  {"Z5": ("Austrian Chancellor Christian Stocker", None),
   "Z8": ("Austrian Chancellor Christian Stocker", None)}, role="chancellor")
R("Montenegro", "member_of", "European Union", "hedged", True,
  {"Z5": ("Montenegro and Albania could join the European Union before the end of the decade", None)},
  note="'could join': asserting membership is a polarity error")
R("Albania", "member_of", "European Union", "hedged", True,
  {"Z5": ("Montenegro and Albania could join the European Union before the end of the decade", None)},
  note="'could join': asserting membership is a polarity error")
R("Christian Stocker", "criticized", "Serbia", "asserted", True,
  {"Z5": ("warned Serbia that its refusal to align with EU sanctions on Russia was \"no longer acceptable\"", "2025-11-13")},
  alt_s=["Austria"])
R("Hofburg", "located_in", "Vienna", "asserted", True,
  {"Z5": ("Vienna's Hofburg palace", None)})
R("Beate Meinl-Reisinger", "works_for", "Austria", "asserted", True,
  {"Z5": ("Austrian Foreign Minister Beate Meinl-Reisinger", None)}, role="foreign minister")
R("Edi Rama", "head_of", "Albania", "asserted", True,
  {"Z5": ("Albanian Prime Minister Edi Rama", None),
   "Z6": ("Albanian Prime Minister Edi Rama", None)}, role="prime minister")
R("Milojko Spajić", "head_of", "Montenegro", "asserted", True,
  {"Z5": ("Montenegrin Prime Minister Milojko Spajić", None)}, role="prime minister")
R("Hristijan Mickoski", "head_of", "North Macedonia", "asserted", True,
  {"Z5": ("North Macedonian Prime Minister Hristijan Mickoski", None),
   "Z6": ("North Macedonian Prime Minister Hristijan Mickoski", None),
   "Z8": ("North Macedonian Prime Minister Hristijan Mickoski", None)}, role="prime minister")
_BROUGHT = "brought together Albanian Prime Minister Edi Rama, Montenegrin Prime Minister Milojko Spajić, North Macedonian Prime Minister Hristijan Mickoski and Kosovo's caretaker prime minister, Albin Kurti"
for _p in ["Edi Rama", "Milojko Spajić", "Hristijan Mickoski", "Albin Kurti"]:
    R(_p, "visited", "Vienna", "asserted", False, {"Z5": (_BROUGHT, "2025-11-13")},
      note="attending the conference in Vienna: entailment from a list")
R("Aleksandar Vučić", "visited", "Vienna", "negated", True,
  {"Z5": ("Serbian President Aleksandar Vučić did not travel to Vienna", None)}, alt_o=["Austria"],
  note="polarity trap")
R("Đuro Macut", "head_of", "Serbia", "asserted", False,
  {"Z5": ("sent Prime Minister Đuro Macut instead", None)}, alt_p=["works_for"],
  note="title without its country", role="prime minister")
R("Đuro Macut", "visited", "Vienna", "asserted", False,
  {"Z5": ("sent Prime Minister Đuro Macut instead", "2025-11-13")}, note="entailment")
R("Đuro Macut", "met_with", "Albin Kurti", "negated", True,
  {"Z5": ("Macut did not meet him", None)}, note="'him' = Kurti in the same sentence; polarity trap")
R("Valač substation", "located_in", "Kosovo", "asserted", True,
  {"Z5": ("the Valač power substation in northern Kosovo", None)})
R("Marta Kos", "works_for", "European Union", "asserted", True,
  {"Z5": ("EU Enlargement Commissioner Marta Kos", None),
   "Z6": ("EU Enlargement Commissioner Marta Kos", None)},
  role="enlargement commissioner")
R("Montenegro", "negotiating_with", "European Union", "asserted", True,
  {"Z5": ("Montenegro, which opened accession talks with the EU in 2012", "2012")})
R("Albania", "negotiating_with", "European Union", "asserted", True,
  {"Z5": ("Albania, which opened talks in July 2022", "2022-07"),
   "Z6": ("Albania, which opened EU accession talks in 2022", "2022")},
  note="shared prefix 2022")
R("North Macedonia", "candidate_for", "European Union", "asserted", True,
  {"Z5": ("North Macedonia, an EU candidate since 2005", "2005")})
R("Hristijan Mickoski", "criticized", "Bulgaria", "asserted", True,
  {"Z5": ("Mickoski accused Sofia of \"moving the goalposts\"", "2025-11-13")},
  alt_s=["North Macedonia"], alt_o=["Sofia"], note="capital for the government")
R("Kosovo", "candidate_for", "European Union", "asserted", False,
  {"Z5": ("Kosovo applied for EU membership in December 2022", "2022-12")},
  note="applied (seeking to join) but not granted candidate status: loose reading")
R("Slovakia", "recognizes", "Kosovo", "negated", True,
  {"Z5": ("five EU members, among them Slovakia and Spain, do not recognise its independence", None),
   "Z8": ("Kosovo, whose independence Slovakia does not recognise", None)}, note="polarity trap")
R("Spain", "recognizes", "Kosovo", "negated", False,
  {"Z5": ("five EU members, among them Slovakia and Spain, do not recognise its independence", None)},
  note="polarity trap inside a group reference")
R("Slovakia", "member_of", "European Union", "asserted", False,
  {"Z5": ("five EU members, among them Slovakia and Spain", None),
   "Z8": ("their countries would not accept migrants relocated from other member states", None)},
  note="group references")
R("Spain", "member_of", "European Union", "asserted", False,
  {"Z5": ("five EU members, among them Slovakia and Spain", None)}, note="group reference")
R("Bosnia and Herzegovina", "candidate_for", "European Union", "asserted", True,
  {"Z5": ("Bosnia and Herzegovina, which gained EU candidate status in December 2022", "2022-12")})
R("Borjana Krišto", "head_of", "Bosnia and Herzegovina", "asserted", False,
  {"Z5": ("Borjana Krišto, chair of its Council of Ministers", None)}, alt_p=["works_for"],
  role="chair of the Council of Ministers", note="'its' resolves to Bosnia and Herzegovina; chair of the council read as head")
R("Borjana Krišto", "visited", "Vienna", "asserted", False,
  {"Z5": ("was represented by Borjana Krišto", "2025-11-13")}, note="entailment")
R("Serbia", "candidate_for", "European Union", "asserted", True,
  {"Z5": ("Serbia, an EU candidate since 2012", "2012")})
R("Serbia", "imports_from", "Russia", "asserted", True,
  {"Z5": ("Serbia imports nearly all of its gas from Russia", None)}, role="gas")
R("Serbia", "sanctioned", "Russia", "negated", True,
  {"Z5": ("has not imposed sanctions on Moscow", None)}, alt_o=["Moscow"], note="polarity trap")
R("Russia", "attacked", "Ukraine", "asserted", True,
  {"Z5": ("Russia's full-scale invasion of Ukraine in February 2022", "2022-02")})
R("Péter Szijjártó", "works_for", "Hungary", "asserted", True,
  {"Z5": ("Hungarian Foreign Minister Péter Szijjártó", None)}, role="foreign minister")
R("Hungary", "allied_with", "Serbia", "asserted", False,
  {"Z5": ("whose government is Serbia's closest ally in the EU", None)},
  note="'whose government' = Hungary's (Szijjártó's)")
R("Péter Szijjártó", "supported", "Serbia", "asserted", False,
  {"Z5": ("defended Belgrade", "2025-11-13")}, alt_s=["Hungary"], alt_o=["Belgrade"],
  note="'defended' read as support; capital for the government")
R("Hungary", "supported", "Serbia", "asserted", False,
  {"Z5": ("Hungary has repeatedly blocked EU statements criticising Serbia's ties with Moscow", None)},
  note="loose reading")
R("Serbia", "allied_with", "Russia", "asserted", False,
  {"Z5": ("Serbia's ties with Moscow", None)}, alt_o=["Moscow"], note="loose reading")
R("Serbia", "member_of", "NATO", "negated", True,
  {"Z5": ("is not a member of NATO", None)}, note="polarity trap")
_NATO = "NATO, which Albania, Montenegro and North Macedonia have all joined"
R("Albania", "member_of", "NATO", "asserted", True, {"Z5": (_NATO, None)})
R("Montenegro", "member_of", "NATO", "asserted", True, {"Z5": (_NATO, None)})
R("North Macedonia", "member_of", "NATO", "asserted", True,
  {"Z5": (_NATO, None), "Z6": ("it joined the alliance in 2020", None)},
  note="Z6: 'it' and 'the alliance' resolve inside the sentence")
R("Christian Stocker", "visited", "Tirana", "planned", True,
  {"Z5": ("announced he would travel to Tirana next spring", "2026")}, alt_o=["Albania"])

# --- Z6 zt06 newspaper: Albania / North Macedonia (published 2025-12-05; Thursday = 2025-12-04)
R("Edi Rama", "signed_agreement_with", "Hristijan Mickoski", "asserted", True,
  {"Z6": ("Edi Rama and North Macedonian Prime Minister Hristijan Mickoski signed an agreement in Struga", "2025-12-04")},
  alt_s=["Albania"], alt_o=["North Macedonia"])
R("Struga", "located_in", "North Macedonia", "asserted", True,
  {"Z6": ("Struga, a lakeside town in North Macedonia", None)})
R("Edi Rama", "visited", "Struga", "asserted", True,
  {"Z6": ("Rama, who travelled to Struga by road", "2025-12-04")}, alt_o=["North Macedonia"])
R("Edi Rama", "met_with", "Hristijan Mickoski", "asserted", True,
  {"Z6": ("held talks with Mickoski at a lakeside hotel before the signing", "2025-12-04")},
  alt_s=["Albania"], alt_o=["North Macedonia"])
R("Albania", "party_to", "Qafë Thanë Joint Border Agreement", "asserted", False,
  {"Z6": ("Under the Qafë Thanë Joint Border Agreement, which both parliaments must still ratify", "2025-12-04")},
  note="signatory through Rama; named in another sentence")
R("North Macedonia", "party_to", "Qafë Thanë Joint Border Agreement", "asserted", False,
  {"Z6": ("Under the Qafë Thanë Joint Border Agreement, which both parliaments must still ratify", "2025-12-04")},
  note="signatory through Mickoski; named in another sentence")
R("Elbasan", "located_in", "Albania", "asserted", True,
  {"Z6": ("the Albanian city of Elbasan", None)})
R("Albania", "borders", "North Macedonia", "asserted", True,
  {"Z6": ("the 150-kilometre border between Albania and North Macedonia", None)})
R("Tirana", "capital_of", "Albania", "asserted", True,
  {"Z6": ("the Albanian capital, Tirana", None)})
R("European Commission", "supported", "Corridor VIII", "hedged", True,
  {"Z6": ("the European Commission was likely to help finance Corridor VIII", None)},
  note="'likely to': not a fact yet")
R("Bulgaria", "in_conflict_with", "North Macedonia", "asserted", True,
  {"Z6": ("Bulgaria and North Macedonia have been locked in the dispute since 2020", "2020")})
R("Edi Rama", "member_of", "Socialist Party of Albania", "asserted", False,
  {"Z6": ("Rama's Socialist Party", None)}, alt_p=["head_of"], note="possessive: loose reading")
R("Hristijan Mickoski", "member_of", "VMRO-DPMNE", "asserted", False,
  {"Z6": ("Mickoski's VMRO-DPMNE", None)}, alt_p=["head_of"], note="possessive: loose reading")
R("Albania", "trades_with", "North Macedonia", "reported", True,
  {"Z6": ("Trade between Albania and North Macedonia reached about 410 million euros last year", None)})
R("North Macedonia", "imports_from", "Albania", "asserted", True,
  {"Z6": ("North Macedonia also imports electricity from Albania in wet years", None)}, role="electricity")
R("INSTAT", "based_in", "Albania", "asserted", False,
  {"Z6": ("INSTAT, Albania's statistics institute", None)}, note="national institute: loose reading")
R("VLEN", "allied_with", "Hristijan Mickoski", "asserted", False,
  {"Z6": ("Mickoski's coalition partner, the Albanian-led VLEN alliance", None)}, alt_o=["VMRO-DPMNE"])
R("VLEN", "supported", "Qafë Thanë Joint Border Agreement", "asserted", False,
  {"Z6": ("the Albanian-led VLEN alliance, welcomed the agreement", None)}, note="'the agreement' is coreference")
_PRESPA = "North Macedonia changed its name under the 2018 Prespa Agreement with Greece"
R("North Macedonia", "party_to", "Prespa Agreement", "asserted", True, {"Z6": (_PRESPA, "2018")})
R("Greece", "party_to", "Prespa Agreement", "asserted", True, {"Z6": (_PRESPA, "2018")})
R("North Macedonia", "signed_agreement_with", "Greece", "asserted", False,
  {"Z6": ("the 2018 Prespa Agreement with Greece", "2018")}, note="entailment")

# --- Z7 zt07 HTML: CARICOM in Port-au-Prince (published 2025-12-03, a Wednesday)
R("Carla Barnett", "head_of", "CARICOM", "asserted", True,
  {"Z7": ("Caribbean Community Secretary-General Carla Barnett", None)}, role="secretary-general")
R("Carla Barnett", "visited", "Port-au-Prince", "asserted", True,
  {"Z7": ("Carla Barnett arrived in Port-au-Prince on Tuesday", "2025-12-02")}, alt_o=["Haiti"])
R("Carla Barnett", "met_with", "Laurent Saint-Cyr", "reported", True,
  {"Z7": ("Barnett met Laurent Saint-Cyr", "2025-12")}, note="during the two-day visit")
R("Carla Barnett", "met_with", "Alix Didier Fils-Aimé", "reported", True,
  {"Z7": ("and Prime Minister Alix Didier Fils-Aimé at the Villa d'Accueil", "2025-12")})
R("Laurent Saint-Cyr", "head_of", "Transitional Presidential Council", "asserted", True,
  {"Z7": ("Laurent Saint-Cyr, who chairs Haiti's Transitional Presidential Council", None)}, role="chair")
R("Alix Didier Fils-Aimé", "head_of", "Haiti", "asserted", False,
  {"Z7": ("Prime Minister Alix Didier Fils-Aimé", None)}, note="title without its country", role="prime minister")
R("Carla Barnett", "met_with", "Jimmy Chérizier", "negated", True,
  {"Z7": ("Barnett told reporters she had not held talks with Jimmy Chérizier", None)}, note="polarity trap")
R("Jimmy Chérizier", "head_of", "Viv Ansanm", "asserted", True,
  {"Z7": ("who leads the Viv Ansanm gang coalition", None)}, role="leader")
R("Jimmy Chérizier", "threatened", "Gang Suppression Force", "asserted", True,
  {"Z7": ("Chérizier threatened the Gang Suppression Force in a video posted on Monday", "2025-12-01")})
R("United Nations", "sanctioned", "Jimmy Chérizier", "asserted", True,
  {"Z7": ("Chérizier has been under U.N. sanctions since 2022", "2022")})
R("United States", "sanctioned", "Viv Ansanm", "asserted", False,
  {"Z7": ("the United States designated Viv Ansanm a foreign terrorist organisation in May", "2025-05")},
  note="terrorist designation read as a sanction")
R("Viv Ansanm", "killed", "Wilner Dorval", "reported", True,
  {"Z7": ("Viv Ansanm gunmen killed a Haitian National Police inspector, Wilner Dorval", "2025-11-30")})
R("Wilner Dorval", "works_for", "Haitian National Police", "reported", True,
  {"Z7": ("a Haitian National Police inspector, Wilner Dorval", None)}, role="inspector")
R("Viv Ansanm", "attacked", "Lascahobas", "reported", True,
  {"Z7": ("set fire to the town hall in Lascahobas", "2025-11-30")})
R("Lascahobas", "located_in", "Centre department", "asserted", True,
  {"Z7": ("Lascahobas, a town in the Centre department", None)})
R("Viv Ansanm", "took_control_of", "Mirebalais", "asserted", True,
  {"Z7": ("Viv Ansanm took control of Mirebalais", "2025-03")})
R("Viv Ansanm", "blockaded", "National Road 3", "asserted", True,
  {"Z7": ("has since blockaded National Road 3", None)}, note="ongoing since March, no date of its own")
R("CARICOM", "based_in", "Georgetown", "asserted", True,
  {"Z7": ("whose secretariat is based in Georgetown, Guyana", None)}, alt_o=["Guyana"])
R("Georgetown", "located_in", "Guyana", "asserted", True,
  {"Z7": ("Georgetown, Guyana", None)})
R("Marco Rubio", "works_for", "United States", "asserted", True,
  {"Z7": ("U.S. Secretary of State Marco Rubio", None)}, role="secretary of state")
R("Marco Rubio", "visited", "Jamaica", "asserted", True,
  {"Z7": ("who visited Jamaica and the Dominican Republic in March", "2025-03")})
R("Marco Rubio", "visited", "Dominican Republic", "asserted", True,
  {"Z7": ("who visited Jamaica and the Dominican Republic in March", "2025-03")})
R("United States", "supported", "Gang Suppression Force", "planned", True,
  {"Z7": ("has said Washington will provide funding and equipment for the Gang Suppression Force", None)},
  alt_s=["Marco Rubio"], note="a promise: asserting support is a polarity error")

# --- Z8 zt08 HTML: Slavkov format (published 2026-01-23, a Friday; Thursday = 2026-01-22)
R("Andrej Babiš", "head_of", "Czechia", "asserted", True,
  {"Z8": ("Czech Prime Minister Andrej Babiš", None)}, role="prime minister")
R("Robert Fico", "head_of", "Slovakia", "asserted", True,
  {"Z8": ("Slovak Prime Minister Robert Fico", None)}, role="prime minister")
_HOST = "Andrej Babiš hosted Slovak Prime Minister Robert Fico and Austrian Chancellor Christian Stocker at Slavkov Castle in Slavkov u Brna on Thursday"
R("Andrej Babiš", "met_with", "Robert Fico", "asserted", False, {"Z8": (_HOST, "2026-01-22")},
  alt_s=["Czechia"], alt_o=["Slovakia"], note="entailed by hosting")
R("Andrej Babiš", "met_with", "Christian Stocker", "asserted", False, {"Z8": (_HOST, "2026-01-22")},
  alt_s=["Czechia"], alt_o=["Austria"], note="entailed by hosting")
R("Robert Fico", "met_with", "Christian Stocker", "asserted", False, {"Z8": (_HOST, "2026-01-22")},
  note="both guests of the same meeting: entailment")
R("Robert Fico", "visited", "Slavkov u Brna", "asserted", False, {"Z8": (_HOST, "2026-01-22")}, alt_o=["Czechia"],
  note="entailed by being hosted there")
R("Christian Stocker", "visited", "Slavkov u Brna", "asserted", False, {"Z8": (_HOST, "2026-01-22")}, alt_o=["Czechia"],
  note="entailed by being hosted there")
R("Slavkov Castle", "located_in", "Slavkov u Brna", "asserted", True,
  {"Z8": ("Slavkov Castle in Slavkov u Brna", None)})
R("Slavkov u Brna", "located_in", "South Moravia", "asserted", True,
  {"Z8": ("Slavkov u Brna, a small town in South Moravia", None)})
_DECL = "Czechia, Slovakia and Austria signed the Slavkov Declaration on Border Security"
for _c in ["Czechia", "Slovakia", "Austria"]:
    R(_c, "party_to", "Slavkov Declaration on Border Security", "asserted", True, {"Z8": (_DECL, "2026-01-22")})
_SEND = "send 120 officers from March to help guard North Macedonia's southern frontier with Greece"
for _c in ["Czechia", "Slovakia", "Austria"]:
    R(_c, "supported", "North Macedonia", "planned", False, {"Z8": (_SEND, "2026-03")},
      note="'they will ... send': group reference, planned")
R("North Macedonia", "borders", "Greece", "asserted", True,
  {"Z8": ("North Macedonia's southern frontier with Greece", None)})
R("Austria", "supported", "North Macedonia", "asserted", True,
  {"Z8": ("Austria has deployed police officers to help guard North Macedonia's frontier since 2016", "2016")})
R("Andrej Babiš", "contacted", "Hristijan Mickoski", "reported", True,
  {"Z8": ("Babiš said he had called North Macedonian Prime Minister Hristijan Mickoski on Thursday evening", "2026-01-22")})
R("Hungary", "borders", "Austria", "asserted", True,
  {"Z8": ("Hungary, which borders both Austria and Slovakia", None)})
R("Hungary", "borders", "Slovakia", "asserted", True,
  {"Z8": ("Hungary, which borders both Austria and Slovakia", None)})
R("Viktor Orbán", "head_of", "Hungary", "asserted", True,
  {"Z8": ("Hungarian Prime Minister Viktor Orbán", None)}, role="prime minister")
_PACT = "Babiš and Fico both criticised the EU's Pact on Migration and Asylum"
R("Andrej Babiš", "criticized", "Pact on Migration and Asylum", "asserted", True, {"Z8": (_PACT, "2026-01-22")})
R("Robert Fico", "criticized", "Pact on Migration and Asylum", "asserted", True, {"Z8": (_PACT, "2026-01-22")})
R("Austria", "supported", "Pact on Migration and Asylum", "asserted", False,
  {"Z8": ("Stocker, whose government backs the pact", None)}, alt_s=["Christian Stocker"],
  note="'whose government' = Austria's")
R("Czechia", "member_of", "NATO", "asserted", True,
  {"Z8": ("Czechia and Slovakia are both members of NATO", None)})
R("Slovakia", "member_of", "NATO", "asserted", True,
  {"Z8": ("Czechia and Slovakia are both members of NATO", None)})
R("Austria", "member_of", "NATO", "negated", True,
  {"Z8": ("Austria, neutral since 1955, is not a member of the alliance", None)}, note="polarity trap")
R("Andrej Babiš", "member_of", "ANO", "asserted", False,
  {"Z8": ("Babiš, whose ANO party", None)}, alt_p=["head_of"], note="possessive: loose reading")
R("Petr Pavel", "head_of", "Czechia", "asserted", False,
  {"Z8": ("President Petr Pavel", None)}, note="title without its country", role="president")
R("ANO", "allied_with", "SPD", "asserted", False,
  {"Z8": ("governs in coalition with the SPD and the Motorists", None)}, alt_s=["Andrej Babiš"],
  note="the sentence's subject is Babiš")
R("Austria", "borders", "Slovenia", "asserted", True,
  {"Z8": ("Austria has kept controls on its borders with Hungary and Slovenia", None)})
R("Austria", "borders", "Slovakia", "asserted", True,
  {"Z8": ("on its borders with Slovakia and Czechia since 2022", None)})
R("Austria", "borders", "Czechia", "asserted", True,
  {"Z8": ("on its borders with Slovakia and Czechia since 2022", None)})
R("Czechia", "borders", "Slovakia", "asserted", True,
  {"Z8": ("Czechia and Slovakia, which formed a single state until 1993, share a border of about 250 kilometres", None)})
R("Slovakia", "imports_from", "Russia", "asserted", True,
  {"Z8": ("Slovakia still imports most of its crude oil from Russia through the Druzhba pipeline", None)}, role="crude oil")
R("Czechia", "imports_from", "Russia", "negated", True,
  {"Z8": ("Czechia has not imported Russian oil since April 2025", None)}, role="oil", note="polarity trap")


# ---------------------------------------------------------------- optional rows
# Entailments, group references and loose readings: fine to find, fine to miss.
R("Port-au-Prince", "located_in", "Haiti", "asserted", False,
  {"Z1": ("most of the capital, Port-au-Prince", None)}, note="entailed by capital_of")
R("Tirana", "located_in", "Albania", "asserted", False,
  {"Z6": ("the Albanian capital, Tirana", None)}, note="entailed by capital_of")
R("Pristina", "capital_of", "Kosovo", "asserted", False,
  {"Z2": ("where the government in Pristina has struggled to assert its authority", None)},
  note="seat of government: loose reading")
R("Slavkov Castle", "located_in", "South Moravia", "asserted", False,
  {"Z8": ("Slavkov u Brna, a small town in South Moravia, is where the three countries launched the format in 2015, at the same baroque chateau", None)},
  note="transitive; 'the same baroque chateau' is coreference")
R("Slavkov u Brna", "located_in", "Czechia", "asserted", False,
  {"Z8": ("Czech Prime Minister Andrej Babiš hosted", None)}, note="entailed: a Czech host at home")
_TOLD = "Christian Stocker told leaders from the Western Balkans in Vienna on Thursday"
for _p in ["Edi Rama", "Milojko Spajić", "Hristijan Mickoski", "Albin Kurti"]:
    R("Christian Stocker", "met_with", _p, "asserted", False, {"Z5": (_TOLD, "2025-11-13")},
      note="group reference: 'leaders from the Western Balkans'")
R("Jamaica", "supported", "Haiti", "planned", False,
  {"Z7": ("will send 150 soldiers and police officers in January", "2026-01")},
  note="destination Haiti is implicit")
R("CARICOM", "supported", "Haiti", "asserted", False,
  {"Z7": ("has hosted several rounds of talks among Haitian political parties", None)}, note="loose reading")
R("Transitional Presidential Council", "based_in", "Haiti", "asserted", False,
  {"Z7": ("Haiti's Transitional Presidential Council", None)}, note="possessive: loose reading")
R("United States", "sanctioned", "Nicaragua", "asserted", False,
  {"Z3": ("three officials of President Daniel Ortega's government", None),
   "Z4": ("three officials of the government led by co-presidents Daniel Ortega and Rosario Murillo", "2025-07")},
  note="sanctions on officials read as sanctions on the state")
R("Nicaragua", "diplomatic_relations_with", "China", "asserted", False,
  {"Z3": ("restored diplomatic ties with China in December 2021", None)}, note="entailed by restoring ties")
_SIX = "Ministers from six members of the Central American Integration System (SICA) signed a regional electricity agreement"
for _c in ["Panama", "Guatemala", "Honduras", "El Salvador", "Costa Rica"]:
    R(_c, "member_of", "SICA", "asserted", False, {"Z4": (_SIX, None)},
      note="group reference: 'six members', named in the next sentence")
R("Honduras", "trades_with", "El Salvador", "asserted", False,
  {"Z4": ("Honduras already imports power from both El Salvador and Guatemala", None)}, note="entailed by imports_from")
R("Honduras", "trades_with", "Guatemala", "asserted", False,
  {"Z4": ("Honduras already imports power from both El Salvador and Guatemala", None)}, note="entailed by imports_from")
R("Montenegro", "candidate_for", "European Union", "asserted", False,
  {"Z5": ("Montenegro, which opened accession talks with the EU in 2012", None)}, note="entailed by accession talks")
R("Albania", "candidate_for", "European Union", "asserted", False,
  {"Z5": ("with Albania, which opened talks in July 2022", None),
   "Z6": ("Albania, which opened EU accession talks in 2022", None)}, note="entailed by accession talks")
R("Serbia", "criticized", "Albin Kurti", "asserted", False,
  {"Z5": ("Serbia, which has never recognised Kosovo's independence, rejected the accusation", None)},
  note="rejecting Kurti's accusation; Kurti named in the sentence before")
R("Czechia", "member_of", "European Union", "asserted", False,
  {"Z8": ("their countries would not accept migrants relocated from other member states", None)},
  note="group reference")
R("Hristijan Mickoski", "supported", "Slavkov Declaration on Border Security", "reported", False,
  {"Z8": ("Mickoski had welcomed the offer", None)}, note="'the offer' is coreference; welcomed read as support")
_SEEK = "The two governments also agreed to seek about 480 million euros from the European Union to finish the railway"
R("Albania", "supported", "Corridor VIII", "planned", False, {"Z6": (_SEEK, None)}, note="group reference: 'the two governments'")
R("North Macedonia", "supported", "Corridor VIII", "planned", False, {"Z6": (_SEEK, None)}, note="group reference: 'the two governments'")
R("VMRO-DPMNE", "supported", "Corridor VIII", "planned", False,
  {"Z6": ("has pledged to build the Macedonian section of the railway by 2030", None)}, note="'the railway' is coreference")
R("Kosovo", "in_conflict_with", "Serbia", "asserted", False,
  {"Z2": ("Relations worsened in June 2023, when Kosovo stopped imports of goods from Serbia", None)},
  note="worsening relations read as a dispute")
R("Carla Barnett", "visited", "Pétion-Ville", "planned", False,
  {"Z7": ("before leaving for a meeting with church and business leaders in Pétion-Ville", None)},
  note="about to travel there")
R("Hungary", "member_of", "European Union", "asserted", False,
  {"Z5": ("whose government is Serbia's closest ally in the EU", None)}, note="entailment; 'whose government' = Hungary's")


# ---------------------------------------------------------------- cleaning
ABBREV = {"u.s.", "u.n.", "mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "col.", "lt.", "sgt.",
          "no.", "co.", "inc.", "ltd.", "jr.", "sr.", "vs.", "a.m.", "p.m.", "e.g.", "i.e.",
          "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}


def load(key):
    path = os.path.join(CORPUS, DOCS[key])
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        body = "\n\n".join(l.strip() for l in text.splitlines() if l.strip())
        return title, published, body, "html"
    lines = raw.split("\n")
    title = lines[0].strip()
    if lines[1].startswith("Published:"):
        published = lines[1].split(":", 1)[1].strip()
        assert lines[2].startswith("By ") and lines[3] == "", path
        body = "\n".join(lines[4:]).strip()
        return title, published, body, "newspaper"
    assert lines[1] == "", path
    body = "\n".join(lines[2:]).strip()
    paras = [p for p in body.split("\n\n") if not p.startswith("(Reporting by")]
    assert re.match(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \([A-Za-z ]+\) - ", paras[0]), path
    return title, "", "\n\n".join(paras), "wire"


def sentences(body):
    """Yield (start, end) of each sentence of the cleaned body."""
    out = []
    for pm in re.finditer(r"[^\n]+", body):
        para, base = pm.group(0), pm.start()
        start = 0
        for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z\u00c0-\u017d0-9])", para):
            end = m.start() + 1
            word = para[:end].split()[-1].lower().lstrip("\"'(\u201c")
            if word in ABBREV:
                continue
            stop = m.end() - len(m.group(0)) + len(m.group(0).rstrip())
            out.append((base + start, base + stop))
            start = m.end()
        out.append((base + start, base + len(para)))
    return out


def occurs(name, text):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I) is not None


def common_time(times):
    """Shared ISO prefix of the documents' times, component by component.

    A document that gives no time (a wire copy whose sentence writes no year)
    has no precision at all, so a row with such a document gets no time.
    """
    times = list(times)
    if not times or not all(times):
        return None
    parts = [t.split("-") for t in times]
    out = []
    for comp in zip(*parts):
        if len(set(comp)) != 1:
            break
        out.append(comp[0])
    return "-".join(out) or None


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    ent = {}
    alias = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ent:
            errors.append(f"entity {name} twice")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias and alias[k] != name:
                errors.append(f"alias {a!r} names both {alias[k]} and {name}")
            alias[k] = name

    docs = {k: load(k) for k in DOCS}
    sents = {k: sentences(docs[k][2]) for k in DOCS}

    used = set()
    dropped = []
    units = {}
    triples, statements = [], []
    for i, r in enumerate(ROWS, 1):
        where = f"row {i} ({r['s']} {r['p']} {r['o']})"
        if r["p"] not in PREDICATES:
            errors.append(f"{where}: bad predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: bad modality")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in ent:
                errors.append(f"{where}: unknown entity {n}")
        if any(n not in ent for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        st, ot = ent[r["s"]][0], ent[r["o"]][0]
        for p in [r["p"]] + r["alt_p"]:
            if p not in PREDICATES:
                errors.append(f"{where}: bad alt predicate {p}")
        sok, ook = PREDICATES[r["p"]]
        if st not in sok or ot not in ook:
            errors.append(f"{where}: types {st} -> {ot} do not fit {r['p']}")
        times = {}
        ev_notes = []
        for key, (phrase, t) in r["ev"].items():
            title, published, body, style = docs[key]
            hits = [(a, b) for a, b in sents[key] if phrase in body[a:b]]
            if not hits:
                where_in = "body" if phrase in body else "nothing"
                errors.append(f"{where} {key}: evidence not inside one sentence (found in {where_in}): {phrase!r}")
                continue
            a, b = hits[0]
            for n, alts in ((r["s"], r["alt_s"]), (r["o"], r["alt_o"])):
                for x in [n] + alts:
                    if not any(occurs(y, body) for y in [x] + ent[x][1]):
                        errors.append(f"{where} {key}: {x} not named in the body")
            if t and r["p"] in STATIC:
                errors.append(f"{where}: static predicate with time")
            if t and key in WIRE and t[:4] not in body[a:b]:
                errors.append(f"{where} {key}: wire time {t} but the sentence writes no year")
            if t and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", t):
                errors.append(f"{where}: bad time {t}")
            times[key] = t
            ev_notes.append(f"{DOCS[key][:4]}: '{phrase}'")
            statements.append({
                "subject": r["s"], "subject_type": st, "predicate": r["p"],
                "object": r["o"], "object_type": ot, "modality": r["modality"],
                "time": t or "", "role": r["role"], "confidence": 1.0,
                "source": f"corpus/{DOCS[key]}", "title": title, "published": published,
                "sentence": body[a:b], "start": a, "end": b, "rule": "gold"})
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errors.append(f"{where}: same scoring unit as row {units[u]}")
        units[u] = i
        row = {"s": r["s"], "p": r["p"], "o": r["o"],
               "docs": [DOCS[k] for k in r["ev"]], "modality": r["modality"]}
        tm = common_time(times.values())
        if not tm and any(times.values()):
            dropped.append(f"{r['s']} {r['p']} {r['o']}: " + ", ".join(f"{DOCS[k][:4]}={v or '-'}" for k, v in times.items()))
        if tm:
            row["time"] = tm
        row["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        note = "; ".join(ev_notes)
        if r["comment"]:
            note += " -- " + r["comment"]
        row["note"] = note
        triples.append(row)

    for name in ent:
        if name not in used:
            errors.append(f"entity {name} is not used in any row")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for row in triples:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    n = len(triples)
    req = sum(r["required"] for r in triples)
    print(f"ok: {n} rows, {req} required ({req / n:.0%}), {len(ENTITIES)} entities, "
          f"{len({r['p'] for r in triples})} predicates, {len(statements)} row-document pairs")
    if "--stats" in sys.argv:
        for d in dropped:
            print("time dropped (a document gives none):", d)
        stats(triples, docs)


def stats(triples, docs):
    from collections import Counter
    print("with time:", sum("time" in r for r in triples))
    print("with alternatives:", sum(any(k in r for k in ("alt_s", "alt_p", "alt_o")) for r in triples))
    print("entities by type:", dict(Counter(t for _, t, _ in ENTITIES)))
    pc, pr = Counter(), Counter()
    for r in triples:
        pc[r["p"]] += 1
        pr[r["p"]] += r["required"]
    print("predicates:")
    for p, c in sorted(pc.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {p} {c} ({pr[p]})")
    mc, mr = Counter(), Counter()
    for r in triples:
        mc[r["modality"]] += 1
        mr[r["modality"]] += r["required"]
    print("modalities:", {m: (mc[m], mr[m]) for m in mc})
    print("per doc:")
    for k, fn in DOCS.items():
        rows = [r for r in triples if fn in r["docs"]]
        words = len(docs[k][2].split())
        print(f"  {fn} words={words} rows={len(rows)} required={sum(r['required'] for r in rows)} published={docs[k][1]}")


if __name__ == "__main__":
    main()
