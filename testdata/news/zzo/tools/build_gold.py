#!/usr/bin/env python3
"""Build and check the gold standard of news set zzo.

Standard library only. Holds every entity and every gold row, with one
evidence phrase per document, checks them against the cleaned text of the
corpus (tools/textutil.py) and, when nothing is wrong, writes

    entities.jsonl               the entities and their aliases
    triples.jsonl                the gold rows (format of shared/eval/README.md)
    selfcheck_statements.jsonl   one statement per row and document, in the
                                 `kg export --format jsonl` shape

It exits 1 (writing nothing) on any error.

Usage: python3 tools/build_gold.py [--quiet]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import textutil  # noqa: E402

DOCS = {
    "01": "01_santo_domingo_border_pact.txt",
    "02": "02_muscat_e3_iran_talks.txt",
    "03": "03_vienna_iaea_grossi.txt",
    "04": "04_cuba_blackouts_melissa.txt",
    "05": "05_dajabon_market_reopens.txt",
    "06": "06_europe_iran_leverage.txt",
    "07": "07_haiti_kenscoff_gang_force.html",
    "08": "08_oman_quiet_broker.html",
}

# ---------------------------------------------------------------- schema
P, C, O, CI, RG, AG, FA = ("Person", "Country", "Organization", "City",
                           "Region", "Agreement", "Facility")
ACTORS = {P, C, O}
SIG = {  # predicate: (subject types, object types, symmetric)
    "head_of": ({P}, {C, O}, False),
    "works_for": ({P}, {P, C, O}, False),
    "member_of": ({P, C, O}, {O}, False),
    "citizen_of": ({P}, {C}, False),
    "lives_in": ({P}, {CI, RG, C}, False),
    "based_in": ({O, FA}, {CI, RG, C}, False),
    "located_in": ({CI, RG, C, FA}, {RG, C, CI}, False),
    "capital_of": ({CI}, {C, RG}, False),
    "borders": ({C, RG}, {C, RG}, True),
    "met_with": (ACTORS, ACTORS, True),
    "visited": ({P, O}, {C, CI, RG}, False),
    "negotiating_with": (ACTORS, ACTORS, True),
    "contacted": (ACTORS, ACTORS, False),
    "brokered": ({C, P, O}, {AG}, False),
    "party_to": ({C, O}, {AG}, False),
    "signed_agreement_with": (ACTORS, ACTORS, True),
    "candidate_for": ({C, O}, {AG, O}, False),
    "normalized_relations_with": (ACTORS, ACTORS, True),
    "diplomatic_relations_with": (ACTORS, ACTORS, True),
    "allied_with": (ACTORS, ACTORS, True),
    "recognizes": ({C}, {C}, False),
    "supported": (ACTORS, ACTORS, False),
    "criticized": (ACTORS, ACTORS | {AG}, False),
    "threatened": (ACTORS, ACTORS | {CI, RG, FA}, False),
    "sanctioned": (ACTORS, ACTORS, False),
    "in_conflict_with": (ACTORS, ACTORS, True),
    "attacked": (ACTORS, ACTORS | {CI, RG, FA}, False),
    "killed": ({P, O}, {P}, False),
    "took_control_of": ({C, O}, {RG, CI, FA}, False),
    "blockaded": (ACTORS, ACTORS | {CI, RG, FA}, False),
    "seceded_from": ({RG}, {C}, False),
    "gained_independence_from": ({C}, {C}, False),
    "imports_from": ({C}, {C}, False),
    "trades_with": (ACTORS, ACTORS, True),
}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders",
          "diplomatic_relations_with", "allied_with", "trades_with",
          "in_conflict_with"}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # --- Haiti, Dominican Republic, Cuba
    ("Luis Abinader", P, ["Abinader", "President Luis Abinader", "Dominican President Luis Abinader"]),
    ("Alix Didier Fils-Aimé", P, ["Fils-Aimé", "Fils-Aime", "Alix Didier Fils-Aime",
                                  "Prime Minister Alix Didier Fils-Aime",
                                  "Haitian Prime Minister Alix Didier Fils-Aimé"]),
    ("Roberto Álvarez", P, ["Álvarez", "Dominican Foreign Minister Roberto Álvarez"]),
    ("Jean-Victor Harvel Jean-Baptiste", P, ["Jean-Baptiste"]),
    ("Albert Ramdin", P, ["Ramdin"]),
    ("Laurent Saint-Cyr", P, ["Saint-Cyr"]),
    ("Marco Rubio", P, ["Rubio", "Secretary of State Marco Rubio", "U.S. Secretary of State Marco Rubio"]),
    ("Jimmy Chérizier", P, ["Chérizier", "Cherizier", "Jimmy Cherizier", "Barbecue"]),
    ("Marie-Ange Pierre", P, ["Pierre"]),
    ("José Luis Tavárez", P, ["Tavárez"]),
    ("Carlos Antonio Fernández Onofre", P, ["Fernández Onofre", "Defence Minister Carlos Antonio Fernández Onofre"]),
    ("Leonel Fernández", P, []),
    ("Vicente de la O Levy", P, ["de la O Levy", "Energy and Mines Minister Vicente de la O Levy"]),
    ("Yusleidys Romero", P, ["Romero"]),
    ("Claudia Sheinbaum", P, ["Sheinbaum", "Mexican President Claudia Sheinbaum"]),
    ("Miguel Díaz-Canel", P, ["Díaz-Canel", "President Miguel Díaz-Canel"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "U.S. President Donald Trump"]),
    ("Bruno Rodríguez", P, ["Rodríguez", "Foreign Minister Bruno Rodríguez"]),
    ("Nadège Joseph", P, []),
    ("Marie-Claude Désir", P, ["Désir"]),
    ("Wilkens Louis", P, ["Ti Wil"]),
    ("Peter Mwangi", P, ["Mwangi", "Superintendent Peter Mwangi"]),
    ("William Ruto", P, ["Ruto", "Kenyan President William Ruto"]),
    # --- Iran file
    ("Badr Albusaidi", P, ["Albusaidi"]),
    ("Majid Takht-Ravanchi", P, ["Takht-Ravanchi", "Deputy Foreign Minister Majid Takht-Ravanchi"]),
    ("Abbas Araghchi", P, ["Araghchi", "Iranian Foreign Minister Abbas Araghchi", "Foreign Minister Abbas Araghchi"]),
    ("Steve Witkoff", P, ["Witkoff"]),
    ("Rafael Grossi", P, ["Grossi", "IAEA Director General Rafael Grossi"]),
    ("Badr Abdelatty", P, ["Abdelatty"]),
    ("Esmaeil Baghaei", P, ["Baghaei"]),
    ("Yvette Cooper", P, []),
    ("Jean-Noël Barrot", P, []),
    ("Johann Wadephul", P, []),
    ("Mikhail Ulyanov", P, []),
    ("Masoud Pezeshkian", P, ["Pezeshkian", "President Masoud Pezeshkian"]),
    ("Mohammad Bagher Ghalibaf", P, []),
    ("Ali Khamenei", P, ["Khamenei", "Ayatollah Ali Khamenei", "Supreme Leader Ayatollah Ali Khamenei"]),
    ("Benjamin Netanyahu", P, ["Netanyahu", "Israeli Prime Minister Benjamin Netanyahu"]),
    ("Emmanuel Macron", P, ["Macron", "French President Emmanuel Macron"]),
    ("Friedrich Merz", P, ["German Chancellor Friedrich Merz"]),
    ("Keir Starmer", P, ["British Prime Minister Keir Starmer"]),
    ("Hossein Salami", P, []),
    ("Kaja Kallas", P, []),
    ("Clara Moreau", P, []),
    ("Haitham bin Tarik", P, ["Sultan Haitham bin Tarik"]),
    ("Qaboos bin Said", P, ["Qaboos"]),
    ("Leila Al-Maskari", P, []),
    # --- countries
    ("Haiti", C, ["Haitian government"]),
    ("Dominican Republic", C, []),
    ("Cuba", C, ["Cuban government"]),
    ("United States", C, ["U.S.", "Washington", "State Department", "U.S. State Department"]),
    ("France", C, []),
    ("Mexico", C, []),
    ("Venezuela", C, []),
    ("Russia", C, []),
    ("China", C, ["People's Republic of China", "Beijing"]),
    ("Taiwan", C, ["Taipei"]),
    ("Kenya", C, []),
    ("Panama", C, []),
    ("Guatemala", C, []),
    ("El Salvador", C, []),
    ("Iran", C, ["Tehran"]),
    ("Israel", C, []),
    ("United Kingdom", C, ["Britain"]),
    ("Germany", C, []),
    ("Oman", C, []),
    ("Egypt", C, []),
    ("Argentina", C, []),
    ("Qatar", C, []),
    ("Saudi Arabia", C, []),
    ("United Arab Emirates", C, ["UAE"]),
    ("Yemen", C, []),
    # --- organizations
    ("Transitional Presidential Council", O, []),
    ("Organization of American States", O, []),
    ("UNHCR", O, ["U.N. refugee agency"]),
    ("Viv Ansanm", O, ["Viv Ansanm coalition"]),
    ("Gang Suppression Force", O, []),
    ("U.N. Security Council", O, ["Security Council"]),
    ("Haitian National Police", O, []),
    ("Multinational Security Support mission", O, []),
    ("Gran Grif", O, []),
    ("G9", O, ["G9 alliance"]),
    ("Caribbean Community", O, ["CARICOM"]),
    ("Central American Integration System", O, ["SICA"]),
    ("People's Force", O, []),
    ("Modern Revolutionary Party", O, []),
    ("General Directorate of Migration", O, []),
    ("Pemex", O, []),
    ("Caribbean Energy Monitor", O, []),
    ("BRICS", O, []),
    ("Communist Party of Cuba", O, []),
    ("Henry Reeve medical brigade", O, []),
    ("International Atomic Energy Agency", O, ["IAEA", "U.N. nuclear watchdog"]),
    ("Board of Governors", O, []),
    ("E3", O, ["Europeans"]),
    ("European Union", O, ["EU"]),
    ("Revolutionary Guards", O, []),
    ("Israel Defense Forces", O, []),
    ("Iranian parliament", O, []),
    ("Geneva Institute for Nonproliferation Studies", O, []),
    ("Gulf Cooperation Council", O, ["GCC"]),
    ("Saudi-led coalition", O, []),
    ("Houthis", O, []),
    ("Muscat Centre for Gulf Studies", O, []),
    # --- cities
    ("Santo Domingo", CI, []),
    ("Port-au-Prince", CI, []),
    ("Dajabón", CI, []),
    ("Ouanaminthe", CI, []),
    ("Mirebalais", CI, []),
    ("Belladère", CI, []),
    ("Elías Piña", CI, []),
    ("Havana", CI, []),
    ("Matanzas", CI, []),
    ("Santiago de Cuba", CI, []),
    ("Petit-Goâve", CI, []),
    ("Miami", CI, []),
    ("Kenscoff", CI, []),
    ("Vienna", CI, []),
    ("Muscat", CI, []),
    ("Riyadh", CI, []),
    ("Sanaa", CI, []),
    # --- regions
    ("Hispaniola", RG, []),
    ("Centre department", RG, []),
    ("Artibonite", RG, ["Artibonite department"]),
    ("Qom province", RG, []),
    ("Musandam", RG, ["Musandam peninsula"]),
    ("Abu Musa", RG, []),
    ("Greater and Lesser Tunbs", RG, []),
    ("Zanzibar", RG, []),
    # --- facilities
    ("Antonio Guiteras thermoelectric plant", FA, []),
    ("Guantánamo Bay", FA, []),
    ("Toussaint Louverture International Airport", FA, []),
    ("Varreux fuel terminal", FA, []),
    ("Fordow", FA, ["Fordow enrichment plant"]),
    ("Natanz", FA, ["Natanz enrichment site"]),
    ("Isfahan nuclear technology centre", FA, ["Isfahan"]),
    ("Bushehr nuclear power plant", FA, []),
    ("Al Udeid Air Base", FA, []),
    # --- agreements
    ("Dajabón trade protocol", AG, []),
    ("Cairo agreement", AG, []),
    ("Joint Comprehensive Plan of Action", AG, ["2015 nuclear deal"]),
    ("Non-Proliferation Treaty", AG, ["Treaty on the Non-Proliferation of Nuclear Weapons"]),
    ("U.S.-Houthi ceasefire", AG, []),
    ("Beijing agreement", AG, []),
    ("Abraham Accords", AG, []),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, mod, ev, time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, role=None, commodity=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, time=time,
                     required=req, alt_s=alt_s or [], alt_p=alt_p or [],
                     alt_o=alt_o or [], role=role, commodity=commodity,
                     extra=note))


DR, HT, US = "Dominican Republic", "Haiti", "United States"
ABI, FA_ = "Luis Abinader", "Alix Didier Fils-Aimé"
VA, GSF = "Viv Ansanm", "Gang Suppression Force"
HNP, MSS = "Haitian National Police", "Multinational Security Support mission"
IAEA, BOG = "International Atomic Energy Agency", "Board of Governors"
ARA, WIT, GRO, ALB = "Abbas Araghchi", "Steve Witkoff", "Rafael Grossi", "Badr Albusaidi"
JCPOA = "Joint Comprehensive Plan of Action"

# ===== Cluster A: Haiti, the Dominican Republic and Cuba =====
# -- leaders and officials
R(ABI, "head_of", DR, "asserted", {
    "01": "Dominican President Luis Abinader",
    "05": "President Luis Abinader",
    "07": "Dominican President Luis Abinader"}, role="president")
R(FA_, "head_of", HT, "asserted", {
    "01": "Haitian Prime Minister Alix Didier Fils-Aimé",
    "05": "Haiti's prime minister, Alix Didier Fils-Aimé",
    "07": "Prime Minister Alix Didier Fils-Aime"}, role="prime minister")
R("Roberto Álvarez", "works_for", DR, "asserted", {
    "01": "Dominican Foreign Minister Roberto Álvarez"}, role="foreign minister", alt_o=[ABI])
R("Jean-Victor Harvel Jean-Baptiste", "works_for", HT, "asserted", {
    "01": "his Haitian counterpart, Jean-Victor Harvel Jean-Baptiste"}, role="foreign minister")
R("Albert Ramdin", "head_of", "Organization of American States", "asserted", {
    "01": "Albert Ramdin, the secretary-general of the Organization of American States"},
    role="secretary-general")
R("Laurent Saint-Cyr", "head_of", "Transitional Presidential Council", "asserted", {
    "01": "Laurent Saint-Cyr, the businessman who coordinates Haiti's Transitional Presidential Council",
    "07": "Laurent Saint-Cyr, who took over as coordinator of the Transitional Presidential Council"},
    role="coordinator")
R("Marco Rubio", "works_for", US, "asserted", {
    "01": "U.S. Secretary of State Marco Rubio",
    "04": "Secretary of State Marco Rubio"}, role="secretary of state", alt_o=["Donald Trump"])
R("Donald Trump", "head_of", US, "asserted", {
    "04": "U.S. President Donald Trump",
    "06": "President Donald Trump pulled the United States out of the deal"}, role="president")
R("Carlos Antonio Fernández Onofre", "works_for", DR, "asserted", {
    "05": "Defence Minister Carlos Antonio Fernández Onofre"}, role="defence minister")
R("Vicente de la O Levy", "works_for", "Cuba", "asserted", {
    "04": "Energy and Mines Minister Vicente de la O Levy"}, role="energy and mines minister")
R("Claudia Sheinbaum", "head_of", "Mexico", "asserted", {
    "04": "Mexican President Claudia Sheinbaum"}, role="president")
R("Miguel Díaz-Canel", "head_of", "Cuba", "asserted", {
    "04": "President Miguel Díaz-Canel, who is also first secretary of the Communist Party of Cuba"},
    role="president")
R("Miguel Díaz-Canel", "head_of", "Communist Party of Cuba", "asserted", {
    "04": "who is also first secretary of the Communist Party of Cuba"}, role="first secretary")
R("Bruno Rodríguez", "works_for", "Cuba", "asserted", {
    "04": "Foreign Minister Bruno Rodríguez"}, role="foreign minister")
R("Jimmy Chérizier", "head_of", VA, "asserted", {
    "05": "the Viv Ansanm coalition, led by former police officer Jimmy Chérizier",
    "07": "Viv Ansanm, the gang coalition led by Jimmy Cherizier"}, role="leader")
R("Nadège Joseph", "works_for", HNP, "asserted", {
    "07": "Haitian National Police spokeswoman Nadège Joseph"}, role="spokeswoman")
R("Wilkens Louis", "works_for", VA, "asserted", {
    "07": "a senior Viv Ansanm commander, Wilkens Louis"}, role="commander")
R("Peter Mwangi", "works_for", MSS, "asserted", {
    "07": "The mission's Kenscoff unit is commanded by Superintendent Peter Mwangi"},
    role="unit commander")
R("Peter Mwangi", "citizen_of", "Kenya", "asserted", {
    "07": "Superintendent Peter Mwangi, a Kenyan officer"}, req=False, note="demonym only")
R("William Ruto", "head_of", "Kenya", "asserted", {
    "07": "Kenyan President William Ruto"}, role="president")
R("Leonel Fernández", "head_of", "People's Force", "asserted", {
    "05": "Leonel Fernández, who leads the opposition People's Force party"}, role="leader")
R(ABI, "member_of", "Modern Revolutionary Party", "asserted", {
    "05": "Abinader, a member of the Modern Revolutionary Party"})
R("Marie-Ange Pierre", "lives_in", "Ouanaminthe", "asserted", {
    "05": "Marie-Ange Pierre, a Haitian mother of four who lives in Ouanaminthe"})
R("Marie-Ange Pierre", "citizen_of", HT, "asserted", {
    "05": "Marie-Ange Pierre, a Haitian mother of four"}, req=False, note="demonym only")
R("José Luis Tavárez", "lives_in", "Dajabón", "asserted", {
    "05": "José Luis Tavárez, who has lived in Dajabón for three decades"})
R("Yusleidys Romero", "lives_in", "Santiago de Cuba", "asserted", {
    "04": "Yusleidys Romero, a 41-year-old teacher who lives in Santiago de Cuba"})

# -- the Santo Domingo meeting and the Dajabón protocol
R(ABI, "met_with", FA_, "asserted", {
    "01": "Abinader told reporters after the two leaders met for nearly three hours",
    "05": "where the two leaders met for nearly three hours at the National Palace",
    "07": "Dominican President Luis Abinader, who met Fils-Aime in Santo Domingo last week"},
    time="2025-11-10", alt_s=[DR], alt_o=[HT])
R(DR, "signed_agreement_with", HT, "asserted", {
    "01": "The Dajabón trade protocol, signed by the Dominican Republic and Haiti",
    "05": "the trade protocol that President Luis Abinader and Haiti's prime minister, Alix Didier Fils-Aimé, signed on Monday"},
    time="2025-11-10", alt_s=[ABI], alt_o=[FA_])
R(DR, "party_to", "Dajabón trade protocol", "asserted", {
    "01": "The Dajabón trade protocol, signed by the Dominican Republic and Haiti"}, time="2025-11-10")
R(HT, "party_to", "Dajabón trade protocol", "asserted", {
    "01": "The Dajabón trade protocol, signed by the Dominican Republic and Haiti"}, time="2025-11-10")
R(FA_, "visited", DR, "asserted", {
    "01": "during Fils-Aimé's first official visit to the Dominican Republic"},
    time="2025-11-10", alt_o=["Santo Domingo"])
R("Albert Ramdin", "brokered", "Dajabón trade protocol", "reported", {
    "01": "had brokered the protocol's final compromise on customs fees"},
    alt_s=["Organization of American States"])
R("Albert Ramdin", "contacted", "Roberto Álvarez", "reported", {
    "01": "had called both ministers last week"}, time="2025-11",
    note="'both ministers' = Álvarez and Jean-Baptiste; week before Nov 10 (the text states 2025)")
R("Albert Ramdin", "contacted", "Jean-Victor Harvel Jean-Baptiste", "reported", {
    "01": "had called both ministers last week"}, time="2025-11",
    note="'both ministers' = Álvarez and Jean-Baptiste")
R("Roberto Álvarez", "negotiating_with", "Jean-Victor Harvel Jean-Baptiste", "reported", {
    "01": "The text was negotiated over three weeks by Dominican Foreign Minister Roberto Álvarez and his Haitian counterpart"},
    alt_s=[DR], alt_o=[HT])
R("Laurent Saint-Cyr", "visited", "Santo Domingo", "negated", {
    "01": "did not travel to Santo Domingo"}, alt_o=[DR])
R("Laurent Saint-Cyr", "met_with", ABI, "planned", {
    "01": "Saint-Cyr would meet Abinader \"in the coming weeks\""},
    note="reported plan of a council spokesman")
R(ABI, "contacted", "Marco Rubio", "reported", {
    "01": "Abinader said he had spoken by telephone on Sunday with U.S. Secretary of State Marco Rubio"},
    time="2025-11-09", alt_s=[DR], alt_o=[US],
    note="Sunday before the Monday Nov 10 dateline; the text states 2025")
R("Marco Rubio", "supported", DR, "reported", {
    "01": "who backs the Dominican Republic's demand"}, req=False, alt_s=[US],
    note="backing a position, a weak reading of support")
R(FA_, "visited", "Dajabón", "negated", {
    "05": "did not visit Dajabón"})
R("Carlos Antonio Fernández Onofre", "visited", "Dajabón", "asserted", {
    "05": "toured the Dajabón crossing on Friday"}, time="2025-11-14")

# -- geography
R("Santo Domingo", "capital_of", DR, "asserted", {
    "01": "Santo Domingo, the Dominican capital"})
R("Santo Domingo", "located_in", DR, "asserted", {
    "01": "Santo Domingo, the Dominican capital"}, req=False, note="entailed by capital_of")
R("Port-au-Prince", "capital_of", HT, "asserted", {
    "07": "above Haiti's capital, Port-au-Prince"})
R("Havana", "capital_of", "Cuba", "asserted", {
    "04": "plunged parts of Havana, the capital, back into darkness"})
R("Dajabón", "located_in", DR, "asserted", {
    "01": "the Dominican border town of Dajabón",
    "05": "DAJABÓN, Dominican Republic"})
R("Ouanaminthe", "located_in", HT, "asserted", {
    "01": "Ouanaminthe, the Haitian town across the Massacre River",
    "05": "Ouanaminthe, the Haitian town on the far bank"}, req=False, note="demonym only")
R(HT, "located_in", "Hispaniola", "asserted", {
    "01": "the two governments that share the island of Hispaniola"}, req=False,
    note="'the two governments' = the Dominican and Haitian governments of the lead")
R(DR, "located_in", "Hispaniola", "asserted", {
    "01": "the two governments that share the island of Hispaniola"}, req=False,
    note="'the two governments' = the Dominican and Haitian governments of the lead")
R(HT, "borders", DR, "asserted", {
    "01": "from the Dominican Republic, its only land neighbour"})
R("Centre department", "located_in", HT, "asserted", {
    "01": "Haiti's Centre department"})
R("Mirebalais", "located_in", "Centre department", "asserted", {
    "05": "Mirebalais, a town in the Centre department"})
R("Belladère", "located_in", HT, "asserted", {
    "05": "Belladère, a Haitian border town"}, req=False, note="demonym only")
R("Elías Piña", "located_in", DR, "asserted", {
    "05": "the Dominican town of Elías Piña"}, req=False, note="demonym only")
R("Antonio Guiteras thermoelectric plant", "located_in", "Matanzas", "asserted", {
    "04": "the Antonio Guiteras thermoelectric plant in the city of Matanzas"})
R("Santiago de Cuba", "located_in", "Cuba", "asserted", {
    "04": "made landfall near Santiago de Cuba, the island's second city"}, req=False,
    note="'the island' = Cuba")
R("Petit-Goâve", "located_in", HT, "asserted", {
    "04": "the Haitian town of Petit-Goâve"}, req=False, note="demonym only")
R("Guantánamo Bay", "located_in", "Cuba", "asserted", {
    "04": "the U.S. naval base at Guantánamo Bay, on Cuba's southeastern tip"})
R("Toussaint Louverture International Airport", "located_in", "Port-au-Prince", "asserted", {
    "07": "Toussaint Louverture International Airport in Port-au-Prince"})
R("Caribbean Energy Monitor", "based_in", "Miami", "asserted", {
    "04": "the Caribbean Energy Monitor, a research group based in Miami"})
R("Pemex", "based_in", "Mexico", "asserted", {
    "04": "Mexico's state oil company, Pemex"})

# -- trade
R(HT, "imports_from", DR, "asserted", {
    "01": "Haiti imports much of its rice, eggs and cement from the Dominican Republic",
    "05": "Nobody on either bank denies that Haiti buys most of its eggs, rice and cement from the Dominican Republic"},
    commodity="rice, eggs, cement", note="05 is a double negation")
R(DR, "trades_with", HT, "asserted", {
    "01": "The Dominican Republic sold about $1.1 billion worth of goods to Haiti last year",
    "05": "Dominican exports to Haiti were worth about $1.1 billion last year"})
R(US, "imports_from", DR, "asserted", {
    "01": "the United States, which buys Dominican gold, cigars and medical devices"},
    commodity="gold, cigars, medical devices", req=False)
R(HT, "imports_from", "China", "asserted", {
    "05": "Chinese motorbikes and solar panels now cross this bridge into Haiti"},
    commodity="motorbikes, solar panels", req=False, note="demonym only")
R("Cuba", "imports_from", "Mexico", "asserted", {
    "04": "this year it has relied on shipments from Mexico's state oil company, Pemex"},
    commodity="oil")
R("Cuba", "imports_from", "Venezuela", "asserted", {
    "04": "as crude deliveries from Venezuela, its closest ally since the early 2000s, have dwindled"},
    commodity="crude oil")
R("Cuba", "imports_from", "Venezuela", "negated", {
    "04": "Venezuela has not shipped a single cargo of crude to Cuba since late September"},
    commodity="crude oil", note="attributed to tanker-tracking data; contrasts with the dwindling deliveries")
R("Cuba", "imports_from", "Russia", "planned", {
    "04": "Russia had promised to deliver more crude to Cuba before the end of the year"},
    commodity="crude oil", note="a promise reported by Cuban officials")

# -- diplomacy, recognition, blocs
R(HT, "criticized", DR, "asserted", {
    "01": "Haiti's government has repeatedly criticised the Dominican Republic over the expulsions",
    "05": "the Haitian government accused the Dominican Republic of detaining pregnant Haitian women"})
R("UNHCR", "criticized", DR, "asserted", {
    "01": "UNHCR, has also criticised the Dominican Republic"})
R("General Directorate of Migration", "criticized", HT, "asserted", {
    "05": "accused the Haitian government of \"inventing stories\""}, time="2025-11",
    note="the rebuttal follows the Haitian accusation of Thursday")
R("Leonel Fernández", "criticized", ABI, "asserted", {
    "05": "accused him this week of \"trading sovereignty for market stalls.\""}, time="2025-11",
    note="'him' = Abinader")
R(DR, "supported", GSF, "reported", {
    "01": "Abinader said the Dominican Republic supported the Gang Suppression Force",
    "07": "said on Monday that the Dominican Republic supports the new force"}, alt_s=[ABI])
R("U.N. Security Council", "supported", GSF, "asserted", {
    "01": "the Gang Suppression Force that the U.N. Security Council authorised on Sept 30",
    "07": "the Gang Suppression Force, which the U.N. Security Council authorised on Sept. 30"},
    time="2025-09-30", req=False, note="authorising a force read as support")
R(US, "supported", GSF, "planned", {
    "07": "has pledged to pay for a large share of the new force"})
R("Panama", "supported", GSF, "asserted", {
    "07": "Panama has also backed the force"})
R("Guatemala", "supported", MSS, "asserted", {
    "07": "Guatemala and El Salvador have also contributed soldiers to the mission"})
R("El Salvador", "supported", MSS, "asserted", {
    "07": "Guatemala and El Salvador have also contributed soldiers to the mission"})
R("Kenya", "member_of", MSS, "asserted", {
    "07": "Kenya has led the Multinational Security Support mission since June 2024"}, req=False,
    note="leading the mission implies taking part")
R("William Ruto", "visited", "Port-au-Prince", "asserted", {
    "07": "who visited Port-au-Prince in September 2024"}, time="2024-09", alt_o=[HT])
R(DR, "recognizes", "China", "asserted", {
    "05": "The Dominican Republic recognised the People's Republic of China in May 2018"}, time="2018-05")
R(DR, "recognizes", "Taiwan", "negated", {
    "05": "no longer recognises Taipei"})
R(HT, "recognizes", "Taiwan", "asserted", {
    "05": "Haiti, by contrast, still recognises Taiwan"})
R(HT, "diplomatic_relations_with", "China", "negated", {
    "05": "has no diplomatic relations with Beijing"})
R(HT, "member_of", "Caribbean Community", "asserted", {
    "05": "Haiti is a member of the Caribbean Community, CARICOM",
    "07": "The Caribbean Community, which Haiti joined in 2002"})
R(DR, "member_of", "Caribbean Community", "negated", {
    "05": "a bloc that the Dominican Republic has never joined"})
R(DR, "member_of", "Central American Integration System", "asserted", {
    "05": "The Dominican Republic belongs instead to the Central American Integration System"})
R(US, "sanctioned", VA, "asserted", {
    "01": "The United States designated Viv Ansanm a foreign terrorist organisation in May 2025",
    "07": "Washington designated Viv Ansanm and Gran Grif"}, time="2025-05",
    note="terrorist designation read as a sanction")
R(US, "sanctioned", "Gran Grif", "asserted", {
    "07": "Washington designated Viv Ansanm and Gran Grif"}, time="2025-05")
R("U.N. Security Council", "sanctioned", "Jimmy Chérizier", "asserted", {
    "07": "Cherizier himself has been under sanctions imposed by the U.N. Security Council since 2022"},
    time="2022")

# -- history
R(HT, "gained_independence_from", "France", "asserted", {
    "01": "Haiti, which won independence from France in 1804"}, time="1804")
R(DR, "gained_independence_from", HT, "asserted", {
    "01": "The Dominican Republic gained its independence from Haiti in 1844"}, time="1844")
R(HT, "took_control_of", "Santo Domingo", "asserted", {
    "01": "Haitian troops took Santo Domingo in 1822"}, time="1822")

# -- Cuba
R("Cuba", "allied_with", "Venezuela", "asserted", {
    "04": "Venezuela, its closest ally since the early 2000s"})
R("Mexico", "supported", "Cuba", "reported", {
    "04": "Mexico supported Cuba \"as a sister nation.\""}, alt_s=["Claudia Sheinbaum"])
R("China", "supported", "Cuba", "asserted", {
    "04": "China has financed a string of solar parks across the island"},
    note="'the island' = Cuba, named earlier in the sentence")
R("Cuba", "candidate_for", "BRICS", "reported", {
    "04": "has said it wants to join the bloc as a full member"},
    note="a BRICS partner country seeking full membership")
R("Miguel Díaz-Canel", "criticized", US, "asserted", {
    "04": "blamed the crisis on the U.S. embargo"}, time="2025-11-10", alt_s=["Cuba"])
R(US, "sanctioned", "Cuba", "asserted", {
    "04": "Washington has maintained a trade embargo on Cuba since 1962"}, time="1962")
R(US, "blockaded", "Cuba", "asserted", {
    "04": "the United States imposed a naval blockade on Cuba during the missile crisis"}, time="1962")
R("Donald Trump", "sanctioned", "Cuba", "asserted", {
    "04": "U.S. President Donald Trump returned Cuba to the State Department's list of state sponsors of terrorism"},
    time="2025-01", note="listing as a state sponsor of terrorism read as a sanction")
R("Marco Rubio", "criticized", "Cuba", "asserted", {
    "04": "has accused the Cuban government of exploiting the doctors it sends abroad"}, alt_s=[US])
R("Cuba", "supported", HT, "asserted", {
    "04": "Cuba sent a 40-member team of its Henry Reeve medical brigade to Haiti last week"},
    time="2025-11", note="medical aid; 'last week' before Wed 2025-11-12")
R("Henry Reeve medical brigade", "visited", "Petit-Goâve", "asserted", {
    "04": "its Henry Reeve medical brigade to Haiti last week to treat flood victims in the Haitian town of Petit-Goâve"},
    time="2025-11", alt_o=[HT], req=False, note="a team of the brigade was sent there")
R(US, "took_control_of", "Guantánamo Bay", "asserted", {
    "04": "the base, which the United States has held since 1903"}, time="1903")
R(US, "contacted", "Cuba", "reported", {
    "04": "U.S. diplomats in Havana had contacted Cuba's foreign ministry"},
    note="State Department claim, rebutted in the next sentence")
R(US, "contacted", "Cuba", "negated", {
    "04": "Foreign Minister Bruno Rodríguez denied on Tuesday that Washington had contacted his government"},
    note="Rodríguez's denial of the State Department claim")
R("Bruno Rodríguez", "criticized", US, "asserted", {
    "04": "calling the announcement \"a publicity stunt.\""}, req=False,
    note="the announcement was Washington's")
R(US, "normalized_relations_with", "Cuba", "asserted", {
    "04": "The two countries restored diplomatic relations in July 2015"}, time="2015-07")
R(US, "diplomatic_relations_with", "Cuba", "asserted", {
    "04": "they still keep embassies in each other's capitals"})

# -- Haiti's gangs
R(VA, "took_control_of", "Mirebalais", "asserted", {
    "05": "seized Mirebalais, a town in the Centre department, in March 2025"}, time="2025-03")
R(VA, "took_control_of", "Belladère", "hedged", {
    "05": "Dominican officers say the gangs could try to take Belladère itself"})
R("Gran Grif", "took_control_of", "Artibonite", "asserted", {
    "07": "Gran Grif, a gang that controls much of the Artibonite department"}, req=False,
    note="'controls much of'")
R(VA, "attacked", "Kenscoff", "reported", {
    "07": "The U.S. State Department condemned Viv Ansanm's attack on Kenscoff"},
    time="2025-11-16", note="police and State Department attribute the Sunday attack to Viv Ansanm")
R(VA, "attacked", "Kenscoff", "negated", {
    "07": "denied that his fighters had attacked Kenscoff"}, alt_s=["Jimmy Chérizier"],
    note="Chérizier's denial")
R(VA, "killed", "Marie-Claude Désir", "reported", {
    "07": "they had killed a retired judge, Marie-Claude Désir"}, time="2025-11-16")
R("Jimmy Chérizier", "threatened", "Transitional Presidential Council", "asserted", {
    "07": "He also threatened to march on the National Palace if the Transitional Presidential Council tries to stay in power"},
    time="2025-11-17")
R("Jimmy Chérizier", "criticized", HT, "asserted", {
    "07": "blamed the killings on \"mercenaries\" paid by the government"}, req=False,
    note="blame on the government's 'mercenaries'")
R(FA_, "visited", "Kenscoff", "asserted", {
    "07": "who visited Kenscoff on Monday"}, time="2025-11-17")
R(HT, "negotiating_with", VA, "negated", {
    "07": "said his government would never negotiate with Viv Ansanm"}, alt_s=[FA_])
R(HNP, "killed", "Wilkens Louis", "reported", {
    "07": "units of the Haitian National Police backed by Kenyan officers killed a senior Viv Ansanm commander, Wilkens Louis"},
    time="2025-11", note="'last week' before Tue 2025-11-18")
R(HNP, "in_conflict_with", VA, "asserted", {
    "07": "The Haitian National Police and Viv Ansanm have been at war"})
R("G9", "blockaded", "Varreux fuel terminal", "asserted", {
    "07": "the G9 alliance, now the backbone of Viv Ansanm, blockaded the Varreux fuel terminal"},
    time="2022")
R("G9", "member_of", VA, "asserted", {
    "07": "the G9 alliance, now the backbone of Viv Ansanm"}, req=False)
R(US, "criticized", VA, "asserted", {
    "07": "The U.S. State Department condemned Viv Ansanm's attack on Kenscoff on Monday"},
    time="2025-11-17")

# ===== Cluster B: the Iran nuclear file, the IAEA, the E3 and Oman =====
R("United Kingdom", "member_of", "E3", "asserted", {
    "02": "Britain, France and Germany, the European trio known as the E3"})
R("France", "member_of", "E3", "asserted", {
    "02": "Britain, France and Germany, the European trio known as the E3"})
R("Germany", "member_of", "E3", "asserted", {
    "02": "Britain, France and Germany, the European trio known as the E3"})
R(ALB, "works_for", "Oman", "asserted", {
    "02": "Oman's Foreign Minister Badr Albusaidi",
    "06": "Oman's foreign minister, Badr Albusaidi",
    "08": "His foreign minister, Badr Albusaidi"}, role="foreign minister",
    alt_o=["Haitham bin Tarik"])
R("Majid Takht-Ravanchi", "works_for", "Iran", "asserted", {
    "02": "The Iranian team was led by Deputy Foreign Minister Majid Takht-Ravanchi"},
    role="deputy foreign minister")
R(ARA, "works_for", "Iran", "asserted", {
    "02": "Iranian Foreign Minister Abbas Araghchi",
    "03": "Iranian Foreign Minister Abbas Araghchi",
    "06": "Foreign Minister Abbas Araghchi",
    "08": "Iranian Foreign Minister Abbas Araghchi"}, role="foreign minister")
R(WIT, "works_for", US, "asserted", {
    "02": "U.S. special envoy Steve Witkoff",
    "03": "U.S. envoy Steve Witkoff",
    "08": "U.S. envoy Steve Witkoff"}, role="special envoy", alt_o=["Donald Trump"])
R(GRO, "head_of", IAEA, "asserted", {
    "02": "IAEA Director General Rafael Grossi",
    "03": "Grossi, a veteran diplomat from Argentina who has led the International Atomic Energy Agency since 2019",
    "08": "Rafael Grossi, the head of the International Atomic Energy Agency"}, role="director general")
R(GRO, "citizen_of", "Argentina", "asserted", {
    "03": "a veteran diplomat from Argentina"})
R("Badr Abdelatty", "works_for", "Egypt", "asserted", {
    "02": "Egypt's foreign minister, Badr Abdelatty"}, role="foreign minister")
R("Esmaeil Baghaei", "works_for", "Iran", "asserted", {
    "03": "In Tehran, foreign ministry spokesman Esmaeil Baghaei"}, role="foreign ministry spokesman")
R("Yvette Cooper", "works_for", "United Kingdom", "asserted", {
    "03": "the foreign ministers of Britain, France and Germany, Yvette Cooper, Jean-Noël Barrot and Johann Wadephul"},
    role="foreign minister")
R("Jean-Noël Barrot", "works_for", "France", "asserted", {
    "03": "the foreign ministers of Britain, France and Germany, Yvette Cooper, Jean-Noël Barrot and Johann Wadephul"},
    role="foreign minister")
R("Johann Wadephul", "works_for", "Germany", "asserted", {
    "03": "the foreign ministers of Britain, France and Germany, Yvette Cooper, Jean-Noël Barrot and Johann Wadephul"},
    role="foreign minister")
R("Mikhail Ulyanov", "works_for", "Russia", "asserted", {
    "03": "Russia's ambassador to the international organisations in Vienna, Mikhail Ulyanov"},
    role="ambassador")
R("Masoud Pezeshkian", "head_of", "Iran", "asserted", {
    "06": "President Masoud Pezeshkian"}, role="president")
R("Mohammad Bagher Ghalibaf", "head_of", "Iranian parliament", "asserted", {
    "06": "Mohammad Bagher Ghalibaf, the speaker of the Iranian parliament"}, role="speaker")
R("Ali Khamenei", "head_of", "Iran", "asserted", {
    "06": "Supreme Leader Ayatollah Ali Khamenei"}, role="supreme leader")
R("Benjamin Netanyahu", "head_of", "Israel", "asserted", {
    "06": "Israeli Prime Minister Benjamin Netanyahu",
    "08": "Israeli Prime Minister Benjamin Netanyahu"}, role="prime minister")
R("Emmanuel Macron", "head_of", "France", "asserted", {
    "06": "French President Emmanuel Macron"}, role="president")
R("Friedrich Merz", "head_of", "Germany", "asserted", {
    "06": "German Chancellor Friedrich Merz"}, role="chancellor")
R("Keir Starmer", "head_of", "United Kingdom", "asserted", {
    "06": "British Prime Minister Keir Starmer"}, role="prime minister")
R("Hossein Salami", "head_of", "Revolutionary Guards", "asserted", {
    "06": "Revolutionary Guards commander Hossein Salami"}, role="commander")
R("Kaja Kallas", "works_for", "European Union", "asserted", {
    "06": "EU foreign policy chief Kaja Kallas"}, role="foreign policy chief")
R("Clara Moreau", "works_for", "Geneva Institute for Nonproliferation Studies", "asserted", {
    "06": "Clara Moreau, an analyst at the Geneva Institute for Nonproliferation Studies"}, role="analyst")
R("Haitham bin Tarik", "head_of", "Oman", "asserted", {
    "08": "Sultan Haitham bin Tarik, who succeeded his cousin Qaboos bin Said as ruler of Oman"},
    role="sultan")
R("Qaboos bin Said", "head_of", "Oman", "asserted", {
    "08": "his cousin Qaboos bin Said as ruler of Oman"}, role="sultan (former)")
R("Leila Al-Maskari", "works_for", "Muscat Centre for Gulf Studies", "asserted", {
    "08": "Leila Al-Maskari, a researcher at the Muscat Centre for Gulf Studies"}, role="researcher")
R(BOG, "member_of", IAEA, "asserted", {
    "02": "the IAEA's Board of Governors",
    "03": "the agency's 35-nation Board of Governors"}, req=False, note="the board is the agency's organ")

# -- the Muscat round
R("Iran", "met_with", "E3", "reported", {
    "02": "Iran and the E3 group of European powers held face-to-face talks in Muscat on Monday",
    "08": "That Iran and the E3 met at all"}, time="2025-12-08")
R("Iran", "negotiating_with", "E3", "reported", {
    "02": "Iran and the E3 group of European powers held face-to-face talks in Muscat on Monday",
    "06": "This week's talks between Iran and the E3 in the Omani capital"}, time="2025-12",
    note="talks on Mon 8 and Tue 9 December")
R("Iran", "met_with", "E3", "planned", {
    "02": "Diplomats said the two sides could meet again in early 2026",
    "06": "Iran and the E3 agreed to meet again in January",
    "08": "they had agreed on little beyond a promise to meet again in January"}, time="2026",
    note="02 hedges it ('could', early 2026), 06 and 08 report an agreed plan for January 2026; time kept at the year all three state")
R("E3", "met_with", ALB, "reported", {
    "02": "who also met Albusaidi separately at the Omani foreign ministry"}, time="2025-12-08")
R(ALB, "met_with", ARA, "reported", {
    "02": "held talks with Albusaidi over dinner"}, time="2025-12-07",
    alt_p=["negotiating_with"])
R(ARA, "visited", "Muscat", "asserted", {
    "02": "Iranian Foreign Minister Abbas Araghchi arrived in Muscat"}, time="2025-12-07",
    alt_o=["Oman"])
R("Muscat", "capital_of", "Oman", "asserted", {
    "02": "Muscat, the Omani capital",
    "08": "Muscat, the Omani capital"})
R(WIT, "met_with", ARA, "reported", {
    "02": "had briefly met Araghchi"}, time="2025-12",
    note="a Gulf diplomat's claim, 'over the weekend' of 6-7 December; denied in 03")
R(WIT, "met_with", ARA, "negated", {
    "03": "denied reports that Araghchi had met U.S. envoy Steve Witkoff in Muscat"},
    note="Baghaei's denial of the claim in 02")
R(WIT, "visited", "Muscat", "reported", {
    "02": "Steve Witkoff had also been in Muscat over the weekend"}, time="2025-12",
    alt_o=["Oman"])
R(US, "met_with", "Iran", "negated", {
    "02": "No U.S. official met Iran's delegation on Monday"})
R(US, "met_with", "Iran", "asserted", {
    "08": "The United States and Iran held secret meetings in Muscat"}, time="2013")
R(US, "diplomatic_relations_with", "Iran", "negated", {
    "02": "The United States has had no diplomatic relations with Iran since 1980"})
R("E3", "threatened", "Iran", "negated", {
    "02": "the E3 had stopped short of threatening Iran with further European sanctions"},
    note="'stopped short of', reported by a British diplomat")
R("E3", "supported", "Oman", "asserted", {
    "03": "said the E3 supported Oman's mediation"}, time="2025-12-10")
R(WIT, "negotiating_with", ARA, "asserted", {
    "02": "five rounds of indirect negotiations between Witkoff and Araghchi in April and May",
    "08": "five rounds of indirect talks between U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi"},
    time="2025-04", note="April-May 2025")
R("Iran", "negotiating_with", US, "asserted", {
    "06": "Iran held five rounds of indirect talks with the United States through Oman in April and May"},
    time="2025-04")
R("Ali Khamenei", "negotiating_with", US, "negated", {
    "06": "Supreme Leader Ayatollah Ali Khamenei has ruled out direct negotiations with the United States"},
    alt_s=["Iran"])
R(GRO, "contacted", ARA, "reported", {
    "03": "he had spoken by telephone with Iranian Foreign Minister Abbas Araghchi on Tuesday"},
    time="2025-12-09")
R(GRO, "visited", "Iran", "hedged", {
    "03": "was ready to travel to Tehran \"within days\" if invited"},
    note="conditional on an invitation")
R(GRO, "visited", "Iran", "negated", {
    "03": "He has not set foot in Iran since the war"})
R(GRO, "visited", "Muscat", "hedged", {
    "08": "might travel to Muscat for the January round"}, time="2026-01", alt_o=["Oman"])
R("Emmanuel Macron", "contacted", "Masoud Pezeshkian", "reported", {
    "06": "Macron telephoned Pezeshkian on Monday"}, time="2025-12-08", alt_s=["France"], alt_o=["Iran"])

# -- the IAEA
R(IAEA, "based_in", "Vienna", "asserted", {
    "03": "the agency's headquarters in Vienna"})
R("Iran", "member_of", IAEA, "asserted", {
    "03": "Iran has been a member of the IAEA since 1958"})
R("Iran", "party_to", "Non-Proliferation Treaty", "reported", {
    "03": "Iran remained a party to the Treaty on the Non-Proliferation of Nuclear Weapons"})
R(BOG, "criticized", "Iran", "asserted", {
    "03": "the agency's 35-nation Board of Governors found Iran in breach of its non-proliferation obligations"},
    time="2025-06-12", note="finding of non-compliance")
R("Iran", "criticized", BOG, "asserted", {
    "03": "Iranian officials have accused the board of giving Israel a political pretext for the war"},
    req=False, note="demonym subject")
R("Iran", "criticized", GRO, "asserted", {
    "02": "it accuses IAEA Director General Rafael Grossi of handing Israel a pretext for the war",
    "03": "Tehran has repeatedly criticised Grossi"})
R("Iran", "signed_agreement_with", IAEA, "asserted", {
    "02": "a framework for resuming inspections that Araghchi and Grossi signed on Sept 9"},
    time="2025-09-09", alt_s=[ARA], alt_o=[GRO])
R("Iran", "party_to", "Cairo agreement", "asserted", {
    "02": "the Cairo agreement, a framework for resuming inspections that Araghchi and Grossi signed on Sept 9"},
    time="2025-09-09")
R(IAEA, "party_to", "Cairo agreement", "asserted", {
    "02": "the Cairo agreement, a framework for resuming inspections that Araghchi and Grossi signed on Sept 9"},
    time="2025-09-09")
R("Badr Abdelatty", "brokered", "Cairo agreement", "asserted", {
    "02": "in talks mediated by Egypt's foreign minister, Badr Abdelatty"}, time="2025-09-09",
    alt_s=["Egypt"])
R("Mikhail Ulyanov", "criticized", "E3", "asserted", {
    "03": "criticised the Europeans for triggering the return of U.N. sanctions"})

# -- the June war
R("Israel", "attacked", "Iran", "asserted", {
    "02": "Israel attacked Iran on June 13",
    "03": "when Israel attacked Iran on June 13, 2025",
    "08": "which ended when Israel attacked Iran in June"}, time="2025-06-13")
R("Israel", "in_conflict_with", "Iran", "asserted", {
    "03": "starting a 12-day war",
    "06": "Israel's 12-day war against Iran began on June 13"})
R(US, "attacked", "Fordow", "asserted", {
    "02": "the Fordow enrichment plant, which U.S. bombers struck in June",
    "03": "both of which U.S. forces struck on June 22",
    "06": "On June 22, U.S. bombers struck Fordow, Natanz and Isfahan"}, time="2025-06-22")
R(US, "attacked", "Natanz", "asserted", {
    "03": "both of which U.S. forces struck on June 22",
    "06": "On June 22, U.S. bombers struck Fordow, Natanz and Isfahan"}, time="2025-06-22")
R(US, "attacked", "Isfahan nuclear technology centre", "asserted", {
    "06": "On June 22, U.S. bombers struck Fordow, Natanz and Isfahan"}, time="2025-06-22")
R("Israel", "attacked", "Natanz", "asserted", {
    "02": "Israel bombed the Natanz enrichment site and the Isfahan nuclear technology centre in the same month"},
    time="2025-06")
R("Israel", "attacked", "Isfahan nuclear technology centre", "asserted", {
    "02": "Israel bombed the Natanz enrichment site and the Isfahan nuclear technology centre in the same month"},
    time="2025-06")
R("Israel Defense Forces", "killed", "Hossein Salami", "asserted", {
    "06": "the Israel Defense Forces killed Revolutionary Guards commander Hossein Salami"},
    time="2025-06-13")
R("Iran", "attacked", "Al Udeid Air Base", "asserted", {
    "06": "the next day Iran fired missiles at Al Udeid Air Base in Qatar"}, time="2025-06-23")
R("Al Udeid Air Base", "located_in", "Qatar", "asserted", {
    "06": "Al Udeid Air Base in Qatar"})
R("Bushehr nuclear power plant", "located_in", "Iran", "asserted", {
    "03": "Iran's Bushehr nuclear power plant"})
R("Fordow", "located_in", "Qom province", "asserted", {
    "03": "the Fordow enrichment plant, which is buried inside a mountain in Qom province"})
R("Benjamin Netanyahu", "threatened", "Iran", "asserted", {
    "06": "Benjamin Netanyahu has threatened Iran with new strikes"}, alt_s=["Israel"])
R("Israel", "attacked", "Iran", "hedged", {
    "06": "has threatened Iran with new strikes if it tries to rebuild its enrichment sites"}, req=False,
    note="conditional future strikes; the asserted June attack is another row")
R("Iran", "threatened", "Israel", "asserted", {
    "06": "has promised to respond to any attack \"without limits.\""}, req=False,
    note="a promise of retaliation read as a threat; Israel is named earlier in the sentence")
R("Iran", "recognizes", "Israel", "negated", {
    "06": "Iran, which does not recognise Israel"})
R(ARA, "criticized", "E3", "asserted", {
    "06": "Foreign Minister Abbas Araghchi has accused the Europeans of complicity in the June war"},
    alt_s=["Iran"])
R("E3", "criticized", "Israel", "negated", {
    "06": "the E3 statement issued after the first Israeli strikes stopped short of condemning Israel"})

# -- sanctions and the 2015 deal
R("E3", "sanctioned", "Iran", "asserted", {
    "06": "the E3 restored United Nations sanctions on Iran on Sept. 28"}, time="2025-09-28",
    note="snapback")
R("Russia", "criticized", "E3", "asserted", {
    "02": "Russia and China, which opposed the move at the Security Council",
    "06": "Russia and China, which call the snapback illegal"},
    note="the move / snapback of the E3")
R("China", "criticized", "E3", "asserted", {
    "02": "Russia and China, which opposed the move at the Security Council",
    "06": "Russia and China, which call the snapback illegal"},
    note="the move / snapback of the E3")
R("Iran", "party_to", JCPOA, "asserted", {
    "06": "the parties that concluded the 2015 Joint Comprehensive Plan of Action with Iran"}, time="2015")
R("E3", "party_to", JCPOA, "asserted", {
    "06": "The E3 were, with the United States, Russia and China, the parties that concluded the 2015 Joint Comprehensive Plan of Action"},
    time="2015")
R(US, "party_to", JCPOA, "asserted", {
    "06": "The E3 were, with the United States, Russia and China, the parties that concluded the 2015 Joint Comprehensive Plan of Action"},
    time="2015", note="true in 2015; the negated row holds for after 2018")
R("Russia", "party_to", JCPOA, "asserted", {
    "06": "The E3 were, with the United States, Russia and China, the parties that concluded the 2015 Joint Comprehensive Plan of Action"},
    time="2015")
R("China", "party_to", JCPOA, "asserted", {
    "06": "The E3 were, with the United States, Russia and China, the parties that concluded the 2015 Joint Comprehensive Plan of Action"},
    time="2015")
R(US, "party_to", JCPOA, "negated", {
    "06": "Washington has not been a party to the agreement since"})
R(US, "sanctioned", "Iran", "asserted", {
    "06": "reimposed American sanctions on Iran"}, time="2018-05", alt_s=["Donald Trump"])
R("Iran", "allied_with", "Russia", "asserted", {
    "06": "a reading shared by its partners Russia and China"})
R("Iran", "allied_with", "China", "asserted", {
    "06": "a reading shared by its partners Russia and China"})
R("China", "imports_from", "Iran", "asserted", {
    "06": "China buys roughly 90% of the crude oil Iran exports"}, commodity="crude oil")
R("European Union", "sanctioned", "Iran", "reported", {
    "06": "the European Union's own sanctions on Iran, reinstated in September"}, time="2025-09")
R("United Kingdom", "member_of", "European Union", "negated", {
    "06": "The United Kingdom, no longer a member of the European Union"})
R("United Kingdom", "sanctioned", "Iran", "asserted", {
    "06": "reimposed its own measures on Iran at the same time"}, time="2025-09",
    note="'at the same time' = September")

# -- Oman
R("Oman", "member_of", "Gulf Cooperation Council", "asserted", {
    "08": "Oman belongs to the Gulf Cooperation Council"})
R("Gulf Cooperation Council", "based_in", "Riyadh", "asserted", {
    "08": "which is headquartered in Riyadh"})
R("Riyadh", "capital_of", "Saudi Arabia", "asserted", {
    "08": "Riyadh, the Saudi capital"})
R("Oman", "member_of", "Saudi-led coalition", "negated", {
    "08": "it is the only GCC member that never joined the Saudi-led coalition"})
R("Saudi-led coalition", "in_conflict_with", "Houthis", "asserted", {
    "08": "the Saudi-led coalition, which has fought the Houthis in Yemen since 2015"})
R("Houthis", "based_in", "Yemen", "asserted", {
    "08": "the Houthis in Yemen"}, req=False)
R("Houthis", "took_control_of", "Sanaa", "asserted", {
    "08": "which seized the Yemeni capital, Sanaa, in 2014"}, time="2014",
    note="'the movement' = the Houthis")
R("Sanaa", "capital_of", "Yemen", "asserted", {
    "08": "the Yemeni capital, Sanaa"})
R("Oman", "brokered", "U.S.-Houthi ceasefire", "asserted", {
    "08": "Oman brokered the U.S.-Houthi ceasefire"}, time="2025-05")
R("Houthis", "party_to", "U.S.-Houthi ceasefire", "asserted", {
    "08": "under which the group agreed to stop attacking American ships"}, time="2025-05", req=False)
R(US, "party_to", "U.S.-Houthi ceasefire", "asserted", {
    "08": "the United States halted seven weeks of air strikes on the Houthis"}, time="2025-05", req=False)
R(US, "attacked", "Houthis", "asserted", {
    "08": "the United States halted seven weeks of air strikes on the Houthis"}, time="2025")
R("Oman", "borders", "Saudi Arabia", "asserted", {
    "08": "Oman borders Saudi Arabia, the United Arab Emirates and Yemen"})
R("Oman", "borders", "United Arab Emirates", "asserted", {
    "08": "Oman borders Saudi Arabia, the United Arab Emirates and Yemen"})
R("Oman", "borders", "Yemen", "asserted", {
    "08": "Oman borders Saudi Arabia, the United Arab Emirates and Yemen"})
R("Musandam", "located_in", "Oman", "asserted", {
    "08": "its Musandam peninsula faces Iran"}, note="'its' = Oman's")
R("Iran", "took_control_of", "Abu Musa", "asserted", {
    "08": "Iran seized the islands of Abu Musa and the Greater and Lesser Tunbs in 1971"}, time="1971")
R("Iran", "took_control_of", "Greater and Lesser Tunbs", "asserted", {
    "08": "Iran seized the islands of Abu Musa and the Greater and Lesser Tunbs in 1971"}, time="1971")
R("United Arab Emirates", "in_conflict_with", "Iran", "asserted", {
    "08": "the UAE, which still claims them, remains locked in a long-running dispute with Tehran"})
R("Zanzibar", "seceded_from", "Oman", "asserted", {
    "08": "Zanzibar, once the seat of an Omani trading empire on the East African coast, split from Oman in 1861"},
    time="1861")
R("United Kingdom", "allied_with", "Oman", "asserted", {
    "08": "Britain has been Oman's closest Western ally"})
R("Oman", "signed_agreement_with", "Iran", "asserted", {
    "08": "Oman and Iran signed an agreement in 2013 for a gas pipeline"}, time="2013")
R("Oman", "imports_from", "Iran", "negated", {
    "08": "Oman imports no Iranian gas"}, commodity="gas")
R("Oman", "trades_with", "Iran", "asserted", {
    "08": "Iran nonetheless remains one of Oman's main trading partners"})
R("Saudi Arabia", "negotiating_with", "Iran", "asserted", {
    "08": "hosting talks between the two rivals"}, note="'the two rivals' = Saudi Arabia and Iran")
R("Saudi Arabia", "normalized_relations_with", "Iran", "asserted", {
    "08": "before they restored relations in March 2023"}, time="2023-03")
R("China", "brokered", "Beijing agreement", "asserted", {
    "08": "the Beijing agreement, which China brokered"}, time="2023-03")
R("Saudi Arabia", "party_to", "Beijing agreement", "asserted", {
    "08": "they restored relations in March 2023 under the Beijing agreement"}, time="2023-03")
R("Iran", "party_to", "Beijing agreement", "asserted", {
    "08": "they restored relations in March 2023 under the Beijing agreement"}, time="2023-03")
R("Benjamin Netanyahu", "visited", "Muscat", "asserted", {
    "08": "In 2018 Qaboos received Israeli Prime Minister Benjamin Netanyahu in Muscat"}, time="2018",
    alt_o=["Oman"])
R("Qaboos bin Said", "met_with", "Benjamin Netanyahu", "asserted", {
    "08": "In 2018 Qaboos received Israeli Prime Minister Benjamin Netanyahu in Muscat"}, time="2018",
    alt_s=["Oman"], alt_o=["Israel"])
R("Oman", "diplomatic_relations_with", "Israel", "negated", {
    "08": "Oman has no diplomatic relations with Israel"})
R("Oman", "party_to", "Abraham Accords", "negated", {
    "08": "Albusaidi has said Oman will not join the Abraham Accords"},
    note="refusal to join (a negated plan)")
R(ALB, "criticized", "Israel", "asserted", {
    "08": "He has repeatedly condemned Israel's conduct in Gaza"}, alt_s=["Oman"],
    note="'He' = Albusaidi")
R("Oman", "signed_agreement_with", US, "asserted", {
    "08": "Oman signed a free trade agreement with the United States in 2006"}, time="2006")


# ---------------------------------------------------------------- checks
def norm(s):  # the scorer's normalisation
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(name, text):
    pat = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
    return re.search(pat, text, re.IGNORECASE) is not None


def valid_time(t):
    if not re.fullmatch(r"\d{3,4}(-\d{2}(-\d{2})?)?", t):
        return False
    parts = t.split("-")
    try:
        if len(parts) == 3:
            date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            return 1 <= int(parts[1]) <= 12
    except ValueError:
        return False
    return True


def main():
    quiet = "--quiet" in sys.argv
    errors = []
    err = errors.append
    corpus = textutil.load_corpus(os.path.join(ROOT, "corpus"))
    for k, fn in DOCS.items():
        if fn not in corpus:
            err(f"document {k} {fn} missing from corpus/")
    if set(corpus) != set(DOCS.values()):
        err(f"corpus/ holds other files: {sorted(set(corpus) - set(DOCS.values()))}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    ents = {}
    for name, typ, aliases in ENTITIES:
        if name in ents:
            err(f"entity {name!r} defined twice")
        ents[name] = (typ, aliases)
    # aliases unique under the scorer's normalisation
    seen = {}
    for name, (typ, aliases) in ents.items():
        for a in [name] + aliases:
            n = norm(a)
            if n in seen and seen[n] != name:
                err(f"alias {a!r} of {name!r} collides with {seen[n]!r} under normalisation")
            seen.setdefault(n, name)
    # every name and alias occurs in the articles (bodies)
    all_bodies = "\n".join(d.body for d in corpus.values())
    for name, (typ, aliases) in ents.items():
        for a in [name] + aliases:
            if not mentions(a, all_bodies):
                err(f"name/alias {a!r} of {name!r} does not occur in any article body")

    def mentioned_in(ent, doc):
        typ, aliases = ents[ent]
        return any(mentions(a, doc.body) for a in [ent] + aliases)

    def unit(s, p, o, pol):
        if SIG[p][2] and s > o:
            s, o = o, s
        return (s, p, o, pol)

    used = set()
    main_units = {}
    alt_units = defaultdict(list)
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['modality']})"
        s, p, o = r["s"], r["p"], r["o"]
        if p not in SIG:
            err(f"{tag}: unknown predicate")
            continue
        for e in [s, o] + r["alt_s"] + r["alt_o"]:
            if e not in ents:
                err(f"{tag}: unknown entity {e!r}")
        if s not in ents or o not in ents:
            continue
        used.update([s, o] + r["alt_s"] + r["alt_o"])
        st, ot = ents[s][0], ents[o][0]
        for pp in [p] + r["alt_p"]:
            if pp not in SIG:
                err(f"{tag}: unknown alt predicate {pp}")
                continue
            sig_s, sig_o, sym = SIG[pp]
            if st not in sig_s or ot not in sig_o:
                if not (sym and ot in sig_s and st in sig_o):
                    err(f"{tag}: types {st} -> {ot} do not fit {pp}")
        for a in r["alt_s"]:
            if a in ents and ents[a][0] not in SIG[p][0] | (SIG[p][1] if SIG[p][2] else set()):
                err(f"{tag}: alt_s {a} of type {ents[a][0]} does not fit {p}")
        for a in r["alt_o"]:
            if a in ents and ents[a][0] not in SIG[p][1] | (SIG[p][0] if SIG[p][2] else set()):
                err(f"{tag}: alt_o {a} of type {ents[a][0]} does not fit {p}")
        if r["modality"] not in MODALITIES:
            err(f"{tag}: bad modality")
            continue
        if not isinstance(r["required"], bool):
            err(f"{tag}: required must be a boolean")
        t = r["time"]
        if t is not None:
            if not valid_time(t):
                err(f"{tag}: bad time {t!r}")
            if r["modality"] == "negated":
                err(f"{tag}: a negated row carries no time")
            if p in STATIC:
                err(f"{tag}: static relation {p} carries no time")
        if p in ("head_of", "works_for") and not r["role"]:
            err(f"{tag}: {p} needs a role")
        if p == "imports_from" and not r["commodity"]:
            err(f"{tag}: imports_from needs a commodity")
        if not r["ev"]:
            err(f"{tag}: no evidence")
        for k, phrase in r["ev"].items():
            if k not in DOCS:
                err(f"{tag}: unknown document key {k}")
                continue
            d = corpus[DOCS[k]]
            # the phrase inside one body sentence
            found = None
            start = d.text.find(phrase)
            while start >= 0:
                sent = d.sentence_of(start, start + len(phrase))
                if sent:
                    found = sent
                    break
                start = d.text.find(phrase, start + 1)
            if not found:
                err(f"{tag}: doc {k}: evidence not inside one body sentence: {phrase!r}")
            else:
                r.setdefault("_sent", {})[k] = found
            for e in (s, o):
                if not mentioned_in(e, d):
                    err(f"{tag}: doc {k} does not mention {e!r}")
            if t is not None and d.kind == "wire" and t[:4] not in d.body:
                err(f"{tag}: doc {k} is a wire copy that never states the year {t[:4]}")
        pol = POLARITY[r["modality"]]
        u = unit(s, p, o, pol)
        if u in main_units:
            err(f"{tag}: shares its scoring unit with row {main_units[u]}")
        main_units[u] = i
        for a_s in [s] + r["alt_s"]:
            for a_p in [p] + r["alt_p"]:
                for a_o in [o] + r["alt_o"]:
                    if (a_s, a_p, a_o) == (s, p, o):
                        continue
                    alt_units[unit(a_s, a_p, a_o, pol)].append(i)
    for u, rows in alt_units.items():
        if u in main_units and any(main_units[u] != j for j in rows):
            err(f"alternative reading {u} of row(s) {rows} equals the unit of row {main_units[u]}")
        if len(set(rows)) > 1:
            err(f"alternative reading {u} shared by rows {sorted(set(rows))}")
    for name in ents:
        if name not in used:
            err(f"entity {name!r} is used by no row")
    preds = {r["p"] for r in ROWS}
    missing = sorted(set(SIG) - preds)
    if missing:
        err(f"predicates never used: {missing}")
    n = len(ROWS)
    if not 200 <= n <= 260:
        err(f"{n} rows; the brief asks for 200-260")
    nneg = sum(r["modality"] == "negated" for r in ROWS)
    if not 20 <= nneg <= 25:
        err(f"{nneg} negated rows; the brief asks for about 20-25")

    if errors:
        print(f"{len(errors)} error(s):")
        print("\n".join("  " + e for e in errors))
        sys.exit(1)

    # ------------------------------------------------------------ write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            docs = [DOCS[k] for k in sorted(r["ev"])]
            bits = []
            if r["role"]:
                bits.append(f"role: {r['role']}")
            if r["commodity"]:
                bits.append(f"commodity: {r['commodity']}")
            bits.append("; ".join(f"{k}: '{r['ev'][k]}'" for k in sorted(r["ev"])))
            if r["extra"]:
                bits.append(r["extra"])
            row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": docs,
                   "modality": r["modality"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    row[k] = r[k]
            row["note"] = " | ".join(bits)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for k in sorted(r["ev"]):
                d = corpus[DOCS[k]]
                s0, e0 = r["_sent"][k]
                st = {"subject": r["s"], "subject_type": ents[r["s"]][0],
                      "predicate": r["p"], "object": r["o"],
                      "object_type": ents[r["o"]][0], "modality": r["modality"],
                      "time": r["time"] or "",
                      "role": r["role"] or r["commodity"] or "",
                      "confidence": 1.0, "source": "corpus/" + d.name,
                      "title": d.title, "published": d.published,
                      "sentence": d.text[s0:e0], "start": s0, "end": e0,
                      "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")

    if not quiet:
        req = sum(r["required"] for r in ROWS)
        mods = Counter(r["modality"] for r in ROWS)
        print(f"rows={n} required={req} negated={nneg} entities={len(ents)} "
              f"statements={sum(len(r['ev']) for r in ROWS)}")
        print("modalities:", dict(sorted(mods.items())))
        print("predicates:", dict(sorted(Counter(r["p"] for r in ROWS).items())))
        print("entity types:", dict(sorted(Counter(t for t, _ in ents.values()).items())))
        per_doc = Counter(k for r in ROWS for k in r["ev"])
        per_doc_req = Counter(k for r in ROWS if r["required"] for k in r["ev"])
        print("facts per doc (required):",
              {DOCS[k]: f"{per_doc[k]} ({per_doc_req[k]})" for k in sorted(DOCS)})
        print("wrote entities.jsonl, triples.jsonl, selfcheck_statements.jsonl")


if __name__ == "__main__":
    main()
