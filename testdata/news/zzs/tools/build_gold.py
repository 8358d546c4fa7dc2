#!/usr/bin/env python3
"""Build the gold standard of news set zzs and check it.

Every entity and every row lives in this file, each row with its evidence:
for each document a short phrase quoted from one sentence of that
document's body (as tools/textutil.py extracts it). The checks are listed
in check(); if any fails the script prints the failures, exits 1 and writes
nothing. Otherwise it writes, at the set's root:

  entities.jsonl               {"name", "type", "aliases"}
  triples.jsonl                {"s","p","o","docs","modality","time"?,"required",
                                "alt_s"?,"alt_p"?,"alt_o"?,"note"}
  selfcheck_statements.jsonl   one statement per row and document, in the
                               `kg export --format jsonl` shape (rule "gold")

Usage: python3 tools/build_gold.py   (from anywhere; Python 3 stdlib only)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzs01_trinidad_airports.txt",
    "02": "zzs02_petro_deportations.txt",
    "03": "zzs03_rasht_astara.txt",
    "04": "zzs04_chevron_licence.txt",
    "05": "zzs05_chabahar_waiver.txt",
    "06": "zzs06_syunik_route.txt",
    "07": "zzs07_guyana_trinidad_pact.html",
    "08": "zzs08_caspian_grain.html",
}

# ---------------------------------------------------------------- entities
P, C, O, CI, RG, A, F = ("Person", "Country", "Organization", "City", "Region",
                         "Agreement", "Facility")
ENTITIES = [
    # people, Caribbean cluster
    ("Donald Trump", P, ["Trump", "U.S. President Donald Trump", "President Donald Trump"]),
    ("Marco Rubio", P, ["Rubio", "Secretary of State Marco Rubio", "U.S. Secretary of State Marco Rubio"]),
    ("Scott Bessent", P, ["Bessent", "Treasury Secretary Scott Bessent"]),
    ("Kamla Persad-Bissessar", P, ["Persad-Bissessar", "Prime Minister Kamla Persad-Bissessar"]),
    ("Roodal Moonilal", P, ["Moonilal", "Energy Minister Roodal Moonilal"]),
    ("Nicolás Maduro", P, ["Maduro", "President Nicolás Maduro"]),
    ("Delcy Rodríguez", P, ["Vice President Delcy Rodríguez"]),
    ("Vladimir Padrino López", P, ["Padrino López"]),
    ("Yván Gil", P, ["Gil"]),
    ("Irfaan Ali", P, ["Ali", "President Irfaan Ali"]),
    ("Gustavo Petro", P, ["Petro", "Colombian President Gustavo Petro"]),
    ("Armando Benedetti", P, ["Benedetti"]),
    ("Rosa Villavicencio", P, ["Villavicencio", "Foreign Minister Rosa Villavicencio"]),
    ("Alejandro Carranza", P, []),
    ("Alvin Holsey", P, ["Holsey", "Admiral Alvin Holsey"]),
    ("Mike Wirth", P, ["Wirth"]),
    ("Dmitry Peskov", P, ["Peskov"]),
    ("María Corina Machado", P, ["Machado"]),
    ("Edmundo González", P, ["González"]),
    # people, Caspian / Caucasus cluster
    ("Vladimir Putin", P, ["Putin", "Russian President Vladimir Putin"]),
    ("Alexei Overchuk", P, ["Overchuk"]),
    ("Sergei Lavrov", P, ["Lavrov"]),
    ("Maria Zakharova", P, ["Zakharova"]),
    ("Farzaneh Sadegh", P, ["Sadegh"]),
    ("Masoud Pezeshkian", P, ["Pezeshkian", "Iranian President Masoud Pezeshkian"]),
    ("Ali Khamenei", P, ["Khamenei", "Supreme Leader Ali Khamenei"]),
    ("Ali Akbar Velayati", P, ["Velayati"]),
    ("Abbas Araghchi", P, ["Araghchi"]),
    ("Ilham Aliyev", P, ["Aliyev", "Azerbaijani President Ilham Aliyev"]),
    ("Shahin Mustafayev", P, ["Mustafayev"]),
    ("Nikol Pashinyan", P, ["Pashinyan", "Armenian Prime Minister Nikol Pashinyan"]),
    ("Ararat Mirzoyan", P, ["Mirzoyan"]),
    ("Narendra Modi", P, ["Modi", "Prime Minister Narendra Modi"]),
    ("S. Jaishankar", P, ["Jaishankar"]),
    ("Meera Kulkarni", P, ["Kulkarni"]),
    ("Kassym-Jomart Tokayev", P, ["Tokayev"]),
    # countries
    ("United States", C, ["U.S.", "Washington", "Trump administration"]),
    ("Venezuela", C, ["Maduro's government"]),
    ("Colombia", C, ["Bogota"]),
    ("Trinidad and Tobago", C, []),
    ("Guyana", C, ["Guyanese government"]),
    ("United Kingdom", C, ["Britain"]),
    ("Spain", C, []),
    ("China", C, []),
    ("Russia", C, ["Moscow", "Kremlin"]),
    ("Iran", C, ["Tehran"]),
    ("India", C, ["New Delhi"]),
    ("Azerbaijan", C, []),
    ("Armenia", C, ["Yerevan"]),
    ("Turkey", C, []),
    ("Kazakhstan", C, []),
    ("Turkmenistan", C, []),
    ("Pakistan", C, []),
    ("Israel", C, []),
    ("Soviet Union", C, []),
    # organizations
    ("U.S. Treasury Department", O, ["Treasury Department"]),
    ("U.S. Southern Command", O, ["Southern Command"]),
    ("Pentagon", O, []),
    ("Caribbean Community", O, ["CARICOM"]),
    ("United National Congress", O, []),
    ("Tren de Aragua", O, []),
    ("Cartel de los Soles", O, []),
    ("National Liberation Army", O, ["ELN"]),
    ("M-19", O, []),
    ("Vente Venezuela", O, []),
    ("Chevron", O, []),
    ("ExxonMobil", O, []),
    ("PDVSA", O, []),
    ("OPEC", O, []),
    ("BRICS", O, []),
    ("United Nations Security Council", O, []),
    ("International Court of Justice", O, []),
    ("Azerbaijan Airlines", O, []),
    ("Rosneft", O, []),
    ("Lukoil", O, []),
    ("Gateway House", O, []),
    ("Shanghai Cooperation Organisation", O, []),
    ("Eurasian Economic Union", O, ["Eurasian union", "Eurasian bloc"]),
    ("Collective Security Treaty Organization", O, []),
    ("European Union", O, []),
    # cities
    ("Georgetown", CI, []),
    ("Houston", CI, []),
    ("Doral", CI, []),
    ("Santa Marta", CI, []),
    ("Madrid", CI, []),
    ("The Hague", CI, []),
    ("Baku", CI, []),
    ("Rasht", CI, []),
    ("Astara", CI, []),
    ("Bandar Abbas", CI, []),
    ("Mumbai", CI, []),
    ("Astrakhan", CI, []),
    ("Makhachkala", CI, []),
    ("Anzali", CI, []),
    ("Meghri", CI, []),
    # regions
    ("Caribbean", RG, []),
    ("Essequibo", RG, []),
    ("Stabroek block", RG, []),
    ("Florida", RG, []),
    ("Gilan", RG, ["Gilan province"]),
    ("Syunik", RG, []),
    ("Nakhchivan", RG, []),
    ("South Caucasus", RG, []),
    ("Caspian Sea", RG, []),
    ("Dagestan", RG, []),
    ("Nagorno-Karabakh", RG, []),
    # facilities
    ("Dragon gas field", F, ["Dragon"]),
    ("Rasht-Astara railway", F, []),
    ("Chabahar port", F, ["Chabahar"]),
    ("Trump Route for International Peace and Prosperity", F, ["TRIPP", "TRIPP route"]),
    # agreements
    ("International North-South Transport Corridor", A, []),
    ("Washington Declaration", A, []),
    ("Geneva Agreement", A, []),
    ("2020 Nagorno-Karabakh ceasefire", A, ["2020 ceasefire"]),
    ("Russia-Iran Comprehensive Strategic Partnership Treaty", A, ["comprehensive strategic partnership treaty"]),
    ("Iran-EAEU free trade agreement", A, ["free trade agreement"]),
]

# ---------------------------------------------------------------- rows
ROWS = []
MOD = {"A": "asserted", "RP": "reported", "H": "hedged", "PL": "planned", "N": "negated"}


def R(s, p, o, m, ev, time=None, req=True, alt_s=None, alt_o=None, alt_p=None,
      role=None, commodity=None, note=None):
    """One gold row. ev maps a document key to a phrase, or to
    (phrase, {"time": t, "mod": m}) where the doc differs from the row."""
    ROWS.append(dict(s=s, p=p, o=o, modality=MOD[m], ev=ev, time=time, required=req,
                     alt_s=alt_s or [], alt_o=alt_o or [], alt_p=alt_p or [],
                     role=role, commodity=commodity, extra=note))


US, VE, TT, GY, CO = "United States", "Venezuela", "Trinidad and Tobago", "Guyana", "Colombia"
RU, IR, IN, AZ, AM = "Russia", "Iran", "India", "Azerbaijan", "Armenia"
KPB, MAD, TRUMP, PETRO, ALI = ("Kamla Persad-Bissessar", "Nicolás Maduro", "Donald Trump",
                               "Gustavo Petro", "Irfaan Ali")
TRIPP = "Trump Route for International Peace and Prosperity"
SOUTHCOM, TREAS = "U.S. Southern Command", "U.S. Treasury Department"
EAEU, WD = "Eurasian Economic Union", "Washington Declaration"

# ---- 01 wire, Port of Spain (Caribbean cluster)
R(KPB, "head_of", TT, "A", {"01": "Prime Minister Kamla Persad-Bissessar",
                             "07": "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar"},
  role="prime minister")
R(KPB, "head_of", "United National Congress", "A", {"07": "who leads the United National Congress"},
  role="party leader")
R(TT, "supported", US, "A", {"01": "deepening the Caribbean nation's support for a U.S. naval deployment"},
  alt_s=[KPB], note="also 'has backed Washington's campaign against drug cartels'")
R(VE, "criticized", US, "A", {"01": "a U.S. naval deployment that Venezuela has condemned as a threat"})
R(TT, "located_in", "Caribbean", "A", {"01": "the Caribbean nation's support"}, req=False,
  note="definite description of Trinidad and Tobago")
R(TT, "allied_with", US, "RP", {"01": "We are helping a friend keep these waters safe"}, req=False,
  alt_s=[KPB], note="quote; 'friend' only")
R(VE, "negotiating_with", TT, "N", {"01": "Venezuela broke off talks with Trinidad and Tobago"},
  note="also 'her government would not negotiate'")
R("Dragon gas field", "located_in", VE, "A", {"01": "the Dragon gas field, which lies in Venezuelan waters"})
R(TT, "borders", VE, "A", {"01": "the maritime border between the two countries"}, note="maritime border")
R("Delcy Rodríguez", "works_for", VE, "A",
  {"01": "Vice President Delcy Rodríguez, who is also Venezuela's oil minister"},
  role="vice president; oil minister", alt_o=[MAD])
R(TT, "signed_agreement_with", VE, "A",
  {"01": "The two governments signed a 30-year licence for the field in December 2023"}, time="2023-12",
  note="Dragon licence; year explicit in the wire sentence")
R(TT, "imports_from", VE, "PL", {"01": "had hoped to start importing Dragon gas"}, time="2027", req=False,
  commodity="natural gas", note="a plan now in doubt; 'by 2027'")
R(TT, "imports_from", VE, "N", {"01": "does not import any gas from Venezuela at present"},
  commodity="natural gas")
R("Roodal Moonilal", "works_for", TT, "A", {"01": "Energy Minister Roodal Moonilal"}, role="energy minister")
R(US, "attacked", "Tren de Aragua", "RP",
  {"01": "struck more than 20 boats that the Trump administration says were run by gangs such as Tren de Aragua"},
  note="boat strikes attributed to the gang by Washington")
R(US, "sanctioned", "Tren de Aragua", "A", {"01": "a Venezuelan group that Washington placed under sanctions"})
R("Tren de Aragua", "based_in", VE, "A", {"01": "Tren de Aragua, a Venezuelan group"}, req=False)
R(MAD, "head_of", VE, "A", {"01": "President Nicolás Maduro denies",
                             "02": "the government of President Nicolás Maduro",
                             "04": "the government of President Nicolás Maduro"}, role="president")
R(MAD, "allied_with", "Tren de Aragua", "N", {"01": "denies any ties to the gang"}, req=False,
  alt_s=[VE], note="polarity trap: 'denies any ties'")
R(MAD, "criticized", US, "A", {"01": "accuses Washington of preparing an invasion"})
R(US, "attacked", VE, "H", {"01": ("accuses Washington of preparing an invasion", {"mod": "planned"}),
                            "02": "a U.S. attack on his neighbour would"}, req=False,
  note="an alleged plan (01) and a conditional (02); asserting it is a polarity error")
R("Vladimir Padrino López", "works_for", VE, "A", {"01": "Venezuela's defence minister, Vladimir Padrino López"},
  role="defence minister")
R("Vladimir Padrino López", "threatened", TT, "A",
  {"01": "warned Trinidad and Tobago on Sunday that it would \"share the consequences\""}, alt_s=[VE])
R(KPB, "criticized", "Vladimir Padrino López", "A", {"01": "Persad-Bissessar dismissed the warning"}, req=False,
  note="rejected his warning")
R(ALI, "head_of", GY, "A", {"01": "Guyana's President Irfaan Ali", "07": "Guyana's President Irfaan Ali"},
  role="president")
R(GY, "in_conflict_with", VE, "A", {"01": "whose country has a long-running dispute with Venezuela"},
  note="Essequibo dispute")
R(ALI, "supported", US, "A", {"01": "he also welcomed the U.S. presence"}, alt_s=[GY])
R("Essequibo", "located_in", GY, "A",
  {"01": "Essequibo, which makes up about two-thirds of Guyana's territory",
   "07": "the region west of the Essequibo River that makes up about two-thirds of Guyana"})
R(TT, "member_of", "Caribbean Community", "A",
  {"01": "Trinidad and Tobago and Guyana are both members of the Caribbean Community",
   "07": "the 15-member bloc to which both countries belong"})
R(GY, "member_of", "Caribbean Community", "A",
  {"01": "Trinidad and Tobago and Guyana are both members of the Caribbean Community",
   "07": "the 15-member bloc to which both countries belong"})

# ---- 02 wire, Bogota
R(PETRO, "head_of", CO, "A", {"02": "Colombian President Gustavo Petro"}, role="president")
R(TRUMP, "head_of", US, "A", {"02": "U.S. President Donald Trump",
                              "05": "President Donald Trump's",
                              "06": "U.S. President Donald Trump"}, role="president")
R(PETRO, "criticized", TRUMP, "A", {"02": "accused U.S. President Donald Trump of \"murder\""})
R(TREAS, "sanctioned", PETRO, "A", {"02": "whom the U.S. Treasury Department placed under sanctions in October"},
  alt_s=[US])
R(TREAS, "sanctioned", "Armando Benedetti", "A",
  {"02": "placed under sanctions in October along with his interior minister, Armando Benedetti"}, alt_s=[US])
R("Armando Benedetti", "works_for", CO, "A", {"02": "his interior minister, Armando Benedetti"},
  role="interior minister", alt_o=[PETRO])
R(PETRO, "criticized", US, "A", {"02": "Latin America's most outspoken critic of the U.S. military campaign"})
R(SOUTHCOM, "killed", "Alejandro Carranza", "RP",
  {"02": "a strike by U.S. Southern Command in September killed Alejandro Carranza"}, alt_s=[US],
  note="Petro's claim")
R("Alejandro Carranza", "citizen_of", CO, "A", {"02": "Alejandro Carranza, a Colombian fisherman"})
R("Alejandro Carranza", "lives_in", "Santa Marta", "A",
  {"02": "a Colombian fisherman from the coastal city of Santa Marta"}, req=False)
R(SOUTHCOM, "killed", "Alejandro Carranza", "N",
  {"02": "The Pentagon has denied that its forces killed any fishermen"}, req=False,
  alt_s=["Pentagon", US], note="polarity trap: the denial of the same killing")
R(SOUTHCOM, "attacked", "National Liberation Army", "RP",
  {"02": "says the boat belonged to the National Liberation Army"}, req=False, alt_s=["Pentagon", US],
  note="the Pentagon's account of the strike")
R("National Liberation Army", "in_conflict_with", CO, "A",
  {"02": "a guerrilla group that has fought the Colombian state since 1964"}, time="1964")
R(SOUTHCOM, "based_in", "Doral", "A", {"02": "Southern Command, which is headquartered in Doral, Florida"})
R("Doral", "located_in", "Florida", "A", {"02": "Doral, Florida"})
R("Alvin Holsey", "head_of", SOUTHCOM, "A", {"02": "Its commander, Admiral Alvin Holsey"}, role="commander",
  alt_p=["works_for"])
R(TRUMP, "criticized", PETRO, "A", {"02": "Trump has called Petro an \"illegal drug leader,\""})
R(US, "supported", CO, "N", {"02": "Washington has cut off all aid to Colombia"}, alt_s=[TRUMP],
  note="'cut off all aid': no longer supports")
R(CO, "allied_with", US, "A", {"02": "which for decades was its closest partner in the region"}, req=False,
  note="past alliance")
R(TRUMP, "threatened", CO, "A", {"02": "In January 2025, Trump threatened Colombia with 25% tariffs"},
  time="2025-01", alt_s=[US])
R(PETRO, "supported", US, "N", {"02": "Petro has also refused to back Washington's pressure campaign"},
  alt_s=[CO], note="polarity trap: 'refused to back'")
R(CO, "borders", VE, "A", {"02": "shares a 2,200-km border with Venezuela"})
R(CO, "normalized_relations_with", VE, "A",
  {"02": "restored diplomatic relations with the government of President Nicolás Maduro in 2022"},
  time="2022", alt_o=[MAD])
R(CO, "diplomatic_relations_with", VE, "A",
  {"02": "restored diplomatic relations with the government of President Nicolás Maduro"}, req=False,
  note="entailed by the restoration")
R(PETRO, "contacted", MAD, "RP", {"02": "Petro spoke by phone with Maduro last week"},
  alt_s=[MAD], alt_o=[PETRO], note="phone call; who called whom is not said")
R("Rosa Villavicencio", "works_for", CO, "A", {"02": "Foreign Minister Rosa Villavicencio"},
  role="foreign minister")
R(CO, "diplomatic_relations_with", US, "RP",
  {"02": "Colombia would not break diplomatic relations with Washington"}, req=False,
  note="polarity trap: 'would not break' means the relations go on")
R("Rosa Villavicencio", "criticized", US, "RP", {"02": "We disagree with the United States on the strikes"},
  req=False, alt_s=[CO])
R(PETRO, "member_of", "M-19", "A", {"02": "a former member of the M-19 guerrilla group"},
  note="former membership")

# ---- 04 newspaper, 2025-12-02
R(US, "blockaded", VE, "H", {"04": "Washington weighs a naval blockade of tankers leaving Venezuela"})
R(US, "imports_from", VE, "RP",
  {"04": "In October the United States imported about 140,000 barrels a day of Venezuelan crude"},
  time="2025-10", commodity="crude oil", note="'according to ship-tracking data'")
R("Chevron", "based_in", "Houston", "A", {"04": "the Houston-based company"})
R("Scott Bessent", "works_for", US, "A", {"04": "Treasury Secretary Scott Bessent"}, role="Treasury Secretary",
  alt_o=[TREAS, TRUMP])
R("Mike Wirth", "head_of", "Chevron", "A", {"04": "Chevron's chief executive, Mike Wirth"},
  role="chief executive")
R(US, "sanctioned", "PDVSA", "A",
  {"04": "The United States has sanctioned Venezuela's state oil company, PDVSA, since 2019"}, time="2019")
R("PDVSA", "based_in", VE, "A", {"04": "Venezuela's state oil company, PDVSA"}, req=False)
R(TRUMP, "sanctioned", "Cartel de los Soles", "A", {"04": "Last month Trump designated the Cartel de los Soles"},
  time="2025-11", alt_s=[US], note="terrorist designation")
R(MAD, "head_of", "Cartel de los Soles", "RP", {"04": "a group that Washington says is led by Maduro"},
  role="leader")
R(MAD, "head_of", "Cartel de los Soles", "N", {"04": "Maduro denies that he heads the group"},
  role="leader", note="polarity trap: denial of the claim above")
R(TRUMP, "contacted", MAD, "A", {"04": "Trump and Maduro spoke by phone in late November"}, time="2025-11",
  alt_s=[MAD], alt_o=[TRUMP])
R(US, "signed_agreement_with", VE, "N", {"04": "the call produced no agreement"}, req=False,
  alt_s=[TRUMP], alt_o=[MAD])
R(US, "negotiating_with", MAD, "N", {"04": "Washington was \"not negotiating with Maduro.\""},
  alt_o=[VE], note="reported denial by a White House official")
R(TRUMP, "threatened", VE, "RP", {"04": "On Saturday Trump said the airspace"}, time="2025-11-29",
  alt_s=[US], note="airspace 'closed in its entirety', which Gil called 'a colonial threat'")
R("Yván Gil", "works_for", VE, "A", {"04": "Venezuela's foreign minister, Yván Gil"}, role="foreign minister")
R("Yván Gil", "criticized", TRUMP, "A", {"04": "Yván Gil, called \"a colonial threat.\""}, alt_s=[VE])
R(VE, "contacted", "United Nations Security Council", "PL",
  {"04": "would take its complaint to the United Nations Security Council"}, req=False, alt_s=["Yván Gil"])
R(VE, "member_of", "OPEC", "A", {"04": "is a founding member of OPEC"})
R(RU, "signed_agreement_with", VE, "A",
  {"04": "signed a strategic partnership treaty with Venezuela in May"}, time="2025-05")
R(VE, "imports_from", RU, "A", {"04": "has sold it fighter jets and air-defence systems"},
  commodity="fighter jets and air-defence systems")
R(RU, "allied_with", VE, "RP", {"04": "\"Venezuela is our ally"}, alt_s=["Dmitry Peskov"],
  note="polarity trap: 'we will not abandon it' is no negation")
R("Dmitry Peskov", "works_for", RU, "A", {"04": "Kremlin spokesman Dmitry Peskov"}, role="spokesman",
  alt_o=["Vladimir Putin"])
R("China", "imports_from", VE, "A", {"04": "China remains the largest buyer of Venezuelan crude"},
  commodity="crude oil")
R(IN, "imports_from", VE, "N", {"04": "stopped importing Venezuelan oil"}, commodity="crude oil",
  note="'once the second-largest buyer': no longer")
R("Marco Rubio", "works_for", US, "A", {"04": "Secretary of State Marco Rubio",
                                         "06": "Secretary of State Marco Rubio",
                                         "07": "U.S. Secretary of State Marco Rubio"},
  role="Secretary of State", alt_o=[TRUMP])
R("Marco Rubio", "visited", "Georgetown", "A", {"04": "who visited Georgetown in March"}, time="2025-03",
  alt_o=[GY])
R(US, "signed_agreement_with", GY, "A",
  {"04": "signed a security cooperation agreement with the Guyanese government"}, time="2025-03",
  alt_s=["Marco Rubio"])
R(VE, "attacked", GY, "H", {"04": "any Venezuelan attack on Guyana"}, req=False, note="conditional")
R("Marco Rubio", "threatened", MAD, "A", {"04": "would make for \"a very bad day\" for Maduro"}, req=False,
  alt_o=[VE])
R("Stabroek block", "located_in", GY, "A", {"04": "Guyana's offshore Stabroek block"})
R(VE, "candidate_for", "BRICS", "A", {"04": "Venezuela also sought to join the BRICS group"}, time="2024",
  note="'last year', blocked by Brazil")

# ---- 07 html, 2025-12-09
R(ALI, "met_with", KPB, "A", {"07": "met in Georgetown on Monday"}, time="2025-12-08")
R(GY, "signed_agreement_with", TT, "A",
  {"07": "signed an agreement to cooperate on energy and maritime security"}, time="2025-12-08",
  alt_s=[ALI], alt_o=[KPB])
R(KPB, "visited", "Georgetown", "A", {"07": "met in Georgetown on Monday"}, time="2025-12-08", req=False,
  alt_o=[GY], note="implied by the meeting and 'before the trip'")
R(VE, "criticized", KPB, "A", {"07": "Venezuela declared the Trinidadian leader persona non grata"},
  req=False, alt_p=["sanctioned"])
R(TT, "imports_from", GY, "H", {"07": "could take gas from Guyana's offshore fields"}, req=False,
  commodity="natural gas")
R("Georgetown", "capital_of", GY, "A", {"07": "Georgetown, the Guyanese capital"})
R("Caribbean Community", "based_in", "Georgetown", "A", {"07": "is also the seat of the Caribbean Community"})
R(VE, "took_control_of", "Essequibo", "N", {"07": "it does not control any of the territory"},
  note="polarity trap")
R(GY, "gained_independence_from", "United Kingdom", "A", {"07": "since independence from Britain in 1966"},
  time="1966")
R(GY, "contacted", "International Court of Justice", "A",
  {"07": "In 2018 Guyana asked the International Court of Justice"}, time="2018", req=False,
  note="filed a case")
R("International Court of Justice", "based_in", "The Hague", "A",
  {"07": "the International Court of Justice in The Hague"})
R(GY, "borders", VE, "A", {"07": "fixed the border between Guyana and Venezuela"})
R(VE, "signed_agreement_with", "United Kingdom", "A",
  {"07": "the Geneva Agreement it signed with Britain in 1966"}, time="1966")
R(VE, "party_to", "Geneva Agreement", "A", {"07": "the Geneva Agreement it signed with Britain in 1966"},
  time="1966")
R("United Kingdom", "party_to", "Geneva Agreement", "A",
  {"07": "the Geneva Agreement it signed with Britain in 1966"}, time="1966")
R(VE, "criticized", "International Court of Justice", "A",
  {"07": "Maduro's government has accused the court of \"judicial colonialism\""}, alt_s=[MAD],
  note="also 'has never accepted the court's jurisdiction'")
R(GY, "negotiating_with", VE, "N", {"07": "Guyana would \"never negotiate its territory\" with Venezuela"},
  alt_s=[ALI])
R(VE, "criticized", "ExxonMobil", "A", {"07": "accused ExxonMobil of bankrolling Ali"}, alt_s=[MAD])
R("ExxonMobil", "supported", ALI, "RP", {"07": "accused ExxonMobil of bankrolling Ali"}, req=False,
  note="Venezuela's accusation")
R(VE, "criticized", TT, "A", {"07": "drawing criticism from Venezuela"}, note="over deportations")
R(KPB, "contacted", "Marco Rubio", "RP",
  {"07": "she had spoken by phone with U.S. Secretary of State Marco Rubio"},
  alt_s=["Marco Rubio"], alt_o=[KPB])
R(US, "diplomatic_relations_with", VE, "N",
  {"07": "which has had no diplomatic relations with Venezuela since 2019"})
R("María Corina Machado", "citizen_of", VE, "A", {"07": "Venezuelan opposition leader María Corina Machado"})
R("María Corina Machado", "head_of", "Vente Venezuela", "A", {"07": "heads the Vente Venezuela party"},
  role="leader")
R("María Corina Machado", "supported", US, "A", {"07": "has backed the U.S. deployment"})
R("Edmundo González", "lives_in", "Madrid", "A",
  {"07": "has lived in exile in Madrid"}, alt_o=["Spain"])
R("Madrid", "capital_of", "Spain", "A", {"07": "Madrid, the capital of Spain"})

# ---- 03 wire, Baku (Caspian / Caucasus cluster)
R("Baku", "capital_of", AZ, "A", {"03": "the Azerbaijani capital, Baku"})
for a, b in ((RU, IR), (RU, AZ), (IR, AZ)):
    R(a, "negotiating_with", b, "A",
      {"03": "Russia, Iran and Azerbaijan agreed on Tuesday to speed up construction"},
      note="'at talks in ... Baku'")
R("Alexei Overchuk", "works_for", RU, "A", {"03": "Russian Deputy Prime Minister Alexei Overchuk",
                                             "08": "Russian Deputy Prime Minister Alexei Overchuk"},
  role="deputy prime minister")
R("Farzaneh Sadegh", "works_for", IR, "A", {"03": "Iranian Roads Minister Farzaneh Sadegh"},
  role="roads minister")
R("Shahin Mustafayev", "works_for", AZ, "A", {"03": "Azerbaijani Deputy Prime Minister Shahin Mustafayev"},
  role="deputy prime minister")
for a, b, ca, cb in (("Alexei Overchuk", "Farzaneh Sadegh", RU, IR),
                     ("Alexei Overchuk", "Shahin Mustafayev", RU, AZ),
                     ("Farzaneh Sadegh", "Shahin Mustafayev", IR, AZ)):
    R(a, "met_with", b, "RP", {"03": "met for more than three hours, officials said"}, alt_s=[ca], alt_o=[cb])
R(RU, "supported", IR, "PL", {"03": "Russia has agreed to lend Iran 1.3 billion euros"}, note="loan")
R("Rasht-Astara railway", "located_in", "Gilan", "A", {"03": "which will run through Iran's Gilan province"},
  alt_o=[IR])
R("Gilan", "located_in", IR, "A", {"03": "Iran's Gilan province"})
R("Rasht", "located_in", IR, "A", {"03": "the Iranian cities of Rasht and Astara"})
R("Astara", "located_in", IR, "A", {"03": "the Iranian cities of Rasht and Astara"})
R(RU, "signed_agreement_with", IR, "A",
  {"03": ("an agreement the two governments signed in May 2023", {"time": "2023-05"}),
   "08": "Russia and Iran also signed a comprehensive strategic partnership treaty in Moscow in January 2025"},
  time="2025-01", note="two signings: the rail loan deal (May 2023, 03) and the treaty (January 2025, 08)")
for c in (RU, IR, IN):
    R(c, "party_to", "International North-South Transport Corridor", "A",
      {"03": "which Russia, Iran and India launched with an agreement signed in St Petersburg in 2000"},
      time="2000")
R("Bandar Abbas", "located_in", IR, "A", {"03": "Iran's Gulf port of Bandar Abbas"})
R("Vladimir Putin", "head_of", RU, "A", {"03": "Russian President Vladimir Putin",
                                          "05": "Russian President Vladimir Putin"}, role="president")
R("Ilham Aliyev", "head_of", AZ, "A", {"03": "Azerbaijani President Ilham Aliyev",
                                        "06": "Azerbaijani President Ilham Aliyev"}, role="president")
R("Vladimir Putin", "met_with", "Ilham Aliyev", "A",
  {"03": "Putin met Azerbaijani President Ilham Aliyev at a summit"})
R(RU, "attacked", "Azerbaijan Airlines", "RP",
  {"03": "Russian air defences had brought down an Azerbaijan Airlines passenger jet in December 2024"},
  time="2024-12", alt_s=["Vladimir Putin"], note="'acknowledged that'")
R(AZ, "criticized", RU, "A", {"03": "Azerbaijan had accused Russia of covering up"})
R(AZ, "sanctioned", RU, "N", {"03": "Azerbaijan never joined Western sanctions on Moscow"},
  note="polarity trap: 'never joined ... sanctions'")
R(AZ, "borders", RU, "A", {"03": "which borders both Russia and Iran"})
R(AZ, "borders", IR, "A", {"03": "which borders both Russia and Iran"})
for c in ("Kazakhstan", "Turkmenistan"):
    R(IR, "negotiating_with", c, "PL", {"03": "Tehran would hold talks with both countries next month"},
      alt_s=["Farzaneh Sadegh"])
R(RU, "trades_with", IR, "A", {"03": ("the main reason Russian cargo still travels to Iran", {"mod": "reported"}),
                                "08": "as the two countries lean on the inland sea to trade"})

# ---- 05 newspaper, 2025-11-05
R("Chabahar port", "located_in", IR, "A", {"05": "Iran's Chabahar port"})
R(US, "sanctioned", IR, "A", {"05": "\"maximum pressure\" campaign of sanctions against Iran"}, alt_s=[TRUMP])
R(IN, "signed_agreement_with", IR, "A", {"05": "India signed a 10-year contract with Iran in May 2024"},
  time="2024-05")
R(IR, "borders", "Pakistan", "A", {"05": "Iran's border with Pakistan"})
R("S. Jaishankar", "works_for", IN, "A", {"05": "External Affairs Minister S. Jaishankar"},
  role="External Affairs Minister")
R("S. Jaishankar", "visited", RU, "A", {"05": "said in Moscow on Saturday"}, time="2025-11-01")
R("S. Jaishankar", "met_with", "Sergei Lavrov", "A",
  {"05": "after meeting his Russian counterpart, Sergei Lavrov"}, time="2025-11-01")
R("Sergei Lavrov", "works_for", RU, "A", {"05": "his Russian counterpart, Sergei Lavrov"},
  role="foreign minister")
R(IN, "trades_with", RU, "A", {"05": "India's trade with Russia reached a record",
                                "03": ("Indian exporters now send most of their Russia-bound cargo", {"mod": "reported"})})
R(IN, "imports_from", RU, "A", {"05": "driven by imports of discounted Russian crude"}, commodity="crude oil",
  note="polarity trap in the same article: 'has not stopped buying Russian oil' is positive")
R(US, "sanctioned", IN, "A",
  {"05": "In August the United States punished those purchases with an extra 25% tariff on Indian goods"},
  time="2025-08", note="tariff")
R(IN, "allied_with", US, "A", {"05": "which counts Washington as a strategic partner"})
for firm in ("Rosneft", "Lukoil"):
    R(US, "sanctioned", firm, "A",
      {"05": "the United States sanctioned Russia's two largest oil producers, Rosneft and Lukoil, last month"},
      time="2025-10")
    R(firm, "based_in", RU, "A", {"05": "Russia's two largest oil producers, Rosneft and Lukoil"}, req=False)
for c in (IN, IR, RU):
    for org in ("BRICS", "Shanghai Cooperation Organisation"):
        R(c, "member_of", org, "A",
          {"05": "India, Iran and Russia are all members of BRICS and the Shanghai Cooperation Organisation"})
R("Narendra Modi", "head_of", IN, "A", {"05": "Prime Minister Narendra Modi"}, role="prime minister")
R("Vladimir Putin", "visited", IN, "PL",
  {"05": "is due to host Russian President Vladimir Putin in New Delhi in early December"}, time="2025-12")
R("Narendra Modi", "met_with", "Vladimir Putin", "PL",
  {"05": "is due to host Russian President Vladimir Putin in New Delhi in early December"}, time="2025-12")
R("Masoud Pezeshkian", "head_of", IR, "A", {"05": "Iranian President Masoud Pezeshkian",
                                             "06": "Iranian President Masoud Pezeshkian",
                                             "08": "Iranian President Masoud Pezeshkian"}, role="president")
R("Masoud Pezeshkian", "contacted", "Narendra Modi", "RP",
  {"05": "raised the port with Modi in a phone call in August"}, time="2025-08",
  note="'according to Iranian state media'")
R(IN, "imports_from", IR, "N", {"05": "Iranian oil, which New Delhi halted in 2019"}, commodity="crude oil",
  note="halted: no longer imports")
R(IN, "imports_from", IR, "H", {"05": "would also like India to resume buying Iranian oil"}, req=False,
  commodity="crude oil", note="Iran's wish, not India's plan")
R(IN, "sanctioned", IR, "N", {"05": "India has never imposed sanctions of its own on Iran"},
  note="polarity trap: 'has never'; also 'it will not start now'")
R("Meera Kulkarni", "works_for", "Gateway House", "A",
  {"05": "Meera Kulkarni, a trade analyst at the Mumbai-based Gateway House"}, role="trade analyst")
R("Gateway House", "based_in", "Mumbai", "A", {"05": "the Mumbai-based Gateway House"})

# ---- 06 newspaper, 2025-11-19
R("Nikol Pashinyan", "head_of", AM, "A", {"06": "Armenian Prime Minister Nikol Pashinyan"},
  role="prime minister")
R(TRIPP, "located_in", "Syunik", "A",
  {"06": "a U.S.-backed transit route through Armenia's southern province of Syunik",
   "08": "the TRIPP route through Syunik"}, alt_o=[AM])
R("Syunik", "located_in", AM, "A", {"06": "Armenia's southern province of Syunik"})
R(US, "supported", TRIPP, "A", {"06": "a U.S.-backed transit route"})
R("Ali Akbar Velayati", "threatened", TRIPP, "A",
  {"06": "warned that it would turn into \"a graveyard for Trump's mercenaries.\""}, time="2025-11-16",
  alt_s=[IR], alt_o=[US, TRUMP], note="'on Sunday'; the lead says 'again threatened the project'")
R(TRUMP, "brokered", WD, "A", {"06": "a joint declaration brokered by U.S. President Donald Trump"},
  time="2025-08", alt_s=[US])
for c, leader in ((AM, "Nikol Pashinyan"), (AZ, "Ilham Aliyev")):
    R(c, "party_to", WD, "A",
      {"06": "Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration",
       "08": "the Washington Declaration that Aliyev and Pashinyan signed"}, time="2025-08", alt_s=[leader])
R(AM, "signed_agreement_with", AZ, "A",
  {"06": "Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration",
   "08": "the Washington Declaration that Aliyev and Pashinyan signed"}, time="2025-08",
  alt_s=["Nikol Pashinyan"], alt_o=["Ilham Aliyev"],
  note="the declaration; the peace treaty itself is unsigned (negated row)")
R("Nikol Pashinyan", "met_with", "Ilham Aliyev", "A",
  {"06": "was agreed at the White House in August, when Pashinyan and Azerbaijani President Ilham Aliyev signed",
   "08": "Aliyev and Pashinyan signed at the White House in August"}, time="2025-08", req=False,
  note="implied by the joint signing")
for leader in ("Nikol Pashinyan", "Ilham Aliyev"):
    R(leader, "visited", US, "A", {"06": "was agreed at the White House in August",
                                  "08": "signed at the White House in August"}, time="2025-08", req=False,
      note="implied: signing at the White House")
R("Nakhchivan", "located_in", AZ, "A", {"06": "its Nakhchivan exclave"})
R(AM, "borders", IR, "A", {"06": "Iran, whose only border with Armenia runs along Syunik"},
  note="also 'a 32-km strip of Armenian land along the Iranian border'")
R(IR, "borders", "Syunik", "A", {"06": "Iran, whose only border with Armenia runs along Syunik"})
R("Ali Akbar Velayati", "works_for", "Ali Khamenei", "A",
  {"06": "a senior adviser to Iran's Supreme Leader Ali Khamenei"}, role="senior adviser", alt_o=[IR])
R("Ali Khamenei", "head_of", IR, "A", {"06": "Iran's Supreme Leader Ali Khamenei"}, role="supreme leader")
R("Abbas Araghchi", "works_for", IR, "A", {"06": "Foreign Minister Abbas Araghchi"}, role="foreign minister")
R("Nikol Pashinyan", "contacted", "Masoud Pezeshkian", "A",
  {"06": "who spoke by phone with Iranian President Masoud Pezeshkian on Tuesday"}, time="2025-11-18",
  alt_s=["Masoud Pezeshkian"], alt_o=["Nikol Pashinyan", IR],
  note="phone call; the lead says he 'assured Iran on Tuesday'")
R(US, "contacted", IR, "N", {"06": "Washington never consulted Iran about the route"},
  note="reported by Iranian officials")
R(AM, "allied_with", IR, "RP", {"06": "Armenia and Iran were \"friends and partners\""})
R("Masoud Pezeshkian", "visited", AM, "A", {"06": "Pezeshkian visited Yerevan in August"}, time="2025-08")
R(IR, "signed_agreement_with", AM, "A", {"06": "signed ten cooperation agreements with Armenia"},
  time="2025-08", alt_s=["Masoud Pezeshkian"])
R("Ararat Mirzoyan", "works_for", AM, "A", {"06": "Armenian Foreign Minister Ararat Mirzoyan"},
  role="foreign minister")
R("Ararat Mirzoyan", "visited", US, "H", {"06": "is expected to travel to Washington next month"},
  time="2025-12")
R("Ararat Mirzoyan", "met_with", "Marco Rubio", "H",
  {"06": "to discuss financing with Secretary of State Marco Rubio"}, time="2025-12",
  alt_p=["negotiating_with"])
R(AM, "signed_agreement_with", AZ, "N", {"06": "initialled a peace treaty at the White House but have not signed it"},
  note="also 'Azerbaijan will not sign the treaty until ...'")
R(AM, "recognizes", AZ, "PL", {"06": "commit both countries to recognise each other's territorial integrity"})
R(AZ, "recognizes", AM, "PL", {"06": "commit both countries to recognise each other's territorial integrity"})
R(AM, "diplomatic_relations_with", AZ, "PL", {"06": "and to establish diplomatic relations"})
R(AM, "diplomatic_relations_with", AZ, "N", {"06": "which the neighbours have never had"},
  note="polarity trap: 'have never had'")
R(AM, "borders", AZ, "A", {"06": "which the neighbours have never had"}, req=False, note="'the neighbours'")
R(RU, "brokered", "2020 Nagorno-Karabakh ceasefire", "A", {"06": "Russia, which brokered the 2020 ceasefire"},
  time="2020")
R("Maria Zakharova", "works_for", RU, "A", {"06": "Russian Foreign Ministry spokeswoman Maria Zakharova"},
  role="spokeswoman")
R("Maria Zakharova", "criticized", US, "A",
  {"06": "the U.S. plan was \"an attempt to push Russia out of the South Caucasus.\""}, time="2025-11",
  alt_s=[RU], note="'last week'")
R("Meghri", "located_in", "Syunik", "A", {"06": "Meghri, a border town in Syunik"})

# ---- 08 html, 2026-01-14
R(IR, "imports_from", RU, "A", {"08": "Iran imported about 4 million tonnes of Russian wheat in 2025"},
  time="2025", commodity="wheat (grain)", note="also 'Russian grain shipments to Iran ... last year'")
R("Astrakhan", "located_in", RU, "A", {"08": "the Russian Volga port of Astrakhan"})
R("Makhachkala", "capital_of", "Dagestan", "A", {"08": "Makhachkala, the capital of Russia's Dagestan region"})
R("Dagestan", "located_in", RU, "A", {"08": "Russia's Dagestan region"})
R("Anzali", "located_in", IR, "A", {"08": "the Iranian port of Anzali"})
for c in (RU, IR, AZ, "Kazakhstan", "Turkmenistan"):
    R("Caspian Sea", "borders", c, "A",
      {"08": "bordered by Russia, Iran, Azerbaijan, Kazakhstan and Turkmenistan"})
for c in (IR, EAEU):
    R(c, "party_to", "Iran-EAEU free trade agreement", "A",
      {"08": "A free trade agreement between Iran and the Russian-led Eurasian Economic Union took effect in May 2025"},
      time="2025-05", note="in force since May 2025")
R(IR, "trades_with", EAEU, "A", {"08": "the goods traded between them"}, req=False)
R(RU, "member_of", EAEU, "A", {"08": "the Russian-led Eurasian Economic Union"}, req=False, note="'Russian-led'")
R(AM, "member_of", EAEU, "A", {"08": "the only member of the Eurasian union in the South Caucasus"})
for c in (RU, IR):
    R(c, "party_to", "Russia-Iran Comprehensive Strategic Partnership Treaty", "A",
      {"08": "signed a comprehensive strategic partnership treaty in Moscow in January 2025"}, time="2025-01")
R(RU, "supported", IR, "N", {"08": "Russia did not come to Iran's military aid"}, note="polarity trap")
R("Israel", "attacked", IR, "A", {"08": "when Israel and the United States bombed Iranian nuclear sites"},
  time="2025-06")
R(US, "attacked", IR, "A", {"08": "when Israel and the United States bombed Iranian nuclear sites"},
  time="2025-06")
R("Kassym-Jomart Tokayev", "head_of", "Kazakhstan", "A", {"08": "Kazakhstan's President Kassym-Jomart Tokayev"},
  role="president")
R("Kazakhstan", "signed_agreement_with", IR, "A",
  {"08": "agreed with Iranian President Masoud Pezeshkian in December"}, time="2025-12",
  alt_s=["Kassym-Jomart Tokayev"], alt_o=["Masoud Pezeshkian"], note="deal to double rail freight")
R("Kazakhstan", "trades_with", IR, "A", {"08": "double rail freight between Kazakhstan and Iran"}, req=False)
R(AZ, "member_of", EAEU, "N", {"08": "Azerbaijan, which is not a member of the Eurasian union"})
R(AM, "located_in", "South Caucasus", "A", {"08": "the only member of the Eurasian union in the South Caucasus"})
R(AM, "imports_from", RU, "A", {"08": "buys nearly all of its gas from Russia"}, commodity="natural gas")
R(AM, "candidate_for", "European Union", "A",
  {"08": "passed a law in March 2025 to begin seeking membership of the European Union"}, time="2025-03")
R(RU, "threatened", AM, "A", {"08": "a move Moscow warned could force it out of the Eurasian bloc"}, req=False)
R(RU, "member_of", "Collective Security Treaty Organization", "A",
  {"08": "the Russian-led Collective Security Treaty Organization"}, req=False, note="'Russian-led'")
R(AM, "member_of", "Collective Security Treaty Organization", "A",
  {"08": "although it remains formally a member"}, note="polarity trap: participation frozen, membership kept")
for c in (AM, AZ):
    R(c, "gained_independence_from", "Soviet Union", "A",
      {"08": "which both gained independence from the Soviet Union in 1991"}, time="1991")
R(AM, "in_conflict_with", AZ, "A", {"08": "fought two wars over Nagorno-Karabakh"})
R("Nagorno-Karabakh", "seceded_from", AZ, "A", {"08": "a region that broke away from Azerbaijan"}, time="198",
  note="'in the late 1980s'")
R(AM, "supported", "Nagorno-Karabakh", "A", {"08": "with Armenian support"})
R(AZ, "took_control_of", "Nagorno-Karabakh", "A", {"08": "Azerbaijan retook the region in September 2023"},
  time="2023-09")
R(AZ, "blockaded", "Nagorno-Karabakh", "A", {"08": "a nine-month blockade of the only road linking it to Armenia"})
R(IR, "supported", TRIPP, "N", {"08": "Iran has not endorsed the plan"}, note="polarity trap")
R(AM, "diplomatic_relations_with", "Turkey", "N", {"08": "which have never established diplomatic relations"})
R(AM, "negotiating_with", "Turkey", "A", {"08": "held another round of normalisation talks in December"},
  time="2025-12")
R(AM, "normalized_relations_with", "Turkey", "PL", {"08": "held another round of normalisation talks"},
  req=False, note="the goal of the talks")
R(AM, "borders", "Turkey", "A", {"08": "Turkey has kept their shared border closed"})
R("Turkey", "blockaded", AM, "A", {"08": "Turkey has kept their shared border closed since 1993"}, time="1993",
  req=False, note="border closure")
R("Turkey", "allied_with", AZ, "A", {"08": "its ally Azerbaijan"})

# ---------------------------------------------------------------- schema
PREDICATES = ["head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in", "located_in",
              "capital_of", "borders", "met_with", "visited", "negotiating_with", "contacted", "brokered",
              "party_to", "signed_agreement_with", "candidate_for", "normalized_relations_with",
              "diplomatic_relations_with", "allied_with", "recognizes", "supported", "criticized",
              "threatened", "sanctioned", "in_conflict_with", "attacked", "killed", "took_control_of",
              "blockaded", "seceded_from", "gained_independence_from", "imports_from", "trades_with"]
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
ACTOR = {P, C, O}
ANY = {P, C, O, CI, RG, A, F}
SIGNATURE = {  # predicate: (subject types, object types), from SCHEMA.md
    "head_of": ({P}, {C, O}), "works_for": ({P}, {P, C, O}), "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}), "lives_in": ({P}, {CI, RG, C}), "based_in": ({O, F}, {CI, RG, C}),
    "located_in": ({CI, RG, C, F}, {RG, C, CI}), "capital_of": ({CI}, {C, RG}),
    "borders": ({C, RG}, {C, RG}), "met_with": (ACTOR, ACTOR), "visited": ({P, O}, {C, CI, RG}),
    "negotiating_with": (ACTOR, ACTOR), "contacted": (ACTOR, ACTOR), "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}), "signed_agreement_with": (ACTOR, ACTOR), "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACTOR, ACTOR), "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR), "recognizes": ({C}, {C}), "supported": (ACTOR, ANY),
    "criticized": (ACTOR, ANY), "threatened": (ACTOR, ANY), "sanctioned": (ACTOR, ANY),
    "in_conflict_with": (ACTOR | {RG}, ACTOR | {RG}), "attacked": (ACTOR, ANY), "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {RG, CI, F}), "blockaded": (ACTOR, ANY), "seceded_from": ({RG}, {C}),
    "gained_independence_from": ({C}, {C}), "imports_from": ({C}, {C}), "trades_with": ({C, O}, {C, O}),
}
STATIC = {"borders", "capital_of", "located_in", "based_in", "member_of", "citizen_of", "lives_in",
          "head_of", "works_for", "allied_with", "diplomatic_relations_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT",
            "negated": "NEG"}


def norm(s):  # kgscore's normalisation
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(text, name):
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text, re.I) is not None


def load_docs():
    docs = {}
    for k, fn in DOCS.items():
        d = textutil.extract(os.path.join(ROOT, "corpus", fn))
        d["file"] = fn
        d["sents"] = textutil.sentences(d["body"])
        docs[k] = d
    return docs


def locate(doc, phrase):
    """(start, end) of the one sentence that holds the phrase, or None."""
    body = doc["body"]
    for m in re.finditer(re.escape(phrase), body):
        for s, e in doc["sents"]:
            if s <= m.start() and m.end() <= e:
                return s, e
    return None


def doc_view(row, k, docs):
    """Phrase, modality and printed time of a row in one document."""
    ev = row["ev"][k]
    phrase, opt = (ev, {}) if isinstance(ev, str) else ev
    mod = opt.get("mod", row["modality"])
    if "time" in opt:
        t = opt["time"]
    elif row["time"] is None:
        t = None
    elif docs[k]["style"] == "wire":
        span = locate(docs[k], phrase)
        t = row["time"] if span and row["time"][:4] in docs[k]["body"][span[0]:span[1]] else None
    else:
        t = row["time"]
    return phrase, mod, t


def check(docs):
    errs = []
    ent = {}
    for name, typ, aliases in ENTITIES:
        if name in ent:
            errs.append(f"entity twice: {name}")
        if typ not in ANY:
            errs.append(f"bad type {typ} for {name}")
        ent[name] = (typ, aliases)
    seen = {}
    for name, (typ, aliases) in ent.items():
        for a in [name] + aliases:
            n = norm(a)
            if n in seen and seen[n] != name:
                errs.append(f"alias '{a}' of {name} collides with {seen[n]}")
            seen.setdefault(n, name)
        for a in aliases:
            if not any(mentions(d["body"], a) for d in docs.values()):
                errs.append(f"alias '{a}' of {name} occurs in no body")
    used = set()
    units = {}
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['modality']})"
        if r["p"] not in PREDICATES:
            errs.append(f"{tag}: unknown predicate")
            continue
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in ent:
                errs.append(f"{tag}: unknown entity {n}")
        for p in r["alt_p"]:
            if p not in PREDICATES:
                errs.append(f"{tag}: unknown alt predicate {p}")
        if r["s"] not in ent or r["o"] not in ent:
            continue
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        st, ot = SIGNATURE[r["p"]]
        if ent[r["s"]][0] not in st or ent[r["o"]][0] not in ot:
            errs.append(f"{tag}: types {ent[r['s']][0]} -> {ent[r['o']][0]} do not fit {r['p']}")
        pol = POLARITY[r["modality"]]
        a, b = r["s"], r["o"]
        if r["p"] in SYMMETRIC and a > b:
            a, b = b, a
        u = (a, r["p"], b, pol)
        if u in units:
            errs.append(f"{tag}: repeats the unit of row {units[u]}")
        units[u] = i
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            errs.append(f"{tag}: no role")
        if r["p"] == "imports_from" and not r["commodity"]:
            errs.append(f"{tag}: no commodity")
        if (r["p"] in STATIC or pol == "NEG") and r["time"]:
            errs.append(f"{tag}: static or negated row with a time")
        if not r["ev"]:
            errs.append(f"{tag}: no evidence")
        printed = []
        for k in r["ev"]:
            if k not in docs:
                errs.append(f"{tag}: unknown document {k}")
                continue
            d = docs[k]
            phrase, mod, t = doc_view(r, k, docs)
            span = locate(d, phrase)
            if not span:
                errs.append(f"{tag}: [{k}] phrase not inside one sentence: {phrase!r}")
                continue
            if POLARITY[mod] != pol:
                errs.append(f"{tag}: [{k}] modality {mod} has another polarity than the row")
            for n in (r["s"], r["o"]):
                if not any(mentions(d["body"], x) for x in [n] + ent[n][1]):
                    errs.append(f"{tag}: [{k}] {n} is not named in the body")
            if t and (r["p"] in STATIC or pol == "NEG"):
                errs.append(f"{tag}: [{k}] static or negated with a time")
            if t and d["style"] == "wire" and t[:4] not in d["body"][span[0]:span[1]]:
                errs.append(f"{tag}: [{k}] wire time {t} without an explicit year in the sentence")
            if t and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", t):
                errs.append(f"{tag}: [{k}] bad time {t}")
            printed.append(t)
        if r["time"] and not any(t and t.startswith(r["time"]) for t in printed):
            errs.append(f"{tag}: no document prints the row time {r['time']}")
    for name in ent:
        if name not in used:
            errs.append(f"entity {name} is used by no row")
    missing = [p for p in PREDICATES if p not in {r["p"] for r in ROWS}]
    if missing:
        errs.append(f"predicates never used: {missing}")
    if not 200 <= len(ROWS) <= 260:
        errs.append(f"{len(ROWS)} rows, outside 200-260")
    for k, d in docs.items():
        n = len(d["body"].split())
        if not 450 <= n <= 800:
            errs.append(f"document {k} body has {n} words, outside 450-800")
    return errs, ent


def note_of(r, docs):
    parts = []
    if r["role"]:
        parts.append(f"role: {r['role']}")
    if r["commodity"]:
        parts.append(f"commodity: {r['commodity']}")
    for k in sorted(r["ev"]):
        phrase, mod, t = doc_view(r, k, docs)
        extra = []
        if mod != r["modality"]:
            extra.append(mod)
        if t != r["time"]:
            extra.append(f"time {t or 'none'}")
        parts.append(f"{k}: '{phrase}'" + (f" ({', '.join(extra)})" if extra else ""))
    if r["extra"]:
        parts.append(r["extra"])
    return "; ".join(parts)


def main():
    docs = load_docs()
    errs, ent = check(docs)
    if errs:
        for e in errs:
            print("FAIL:", e)
        print(f"{len(errs)} check(s) failed; nothing written")
        sys.exit(1)
    ents = [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES]
    triples, stmts = [], []
    for r in ROWS:
        row = {"s": r["s"], "p": r["p"], "o": r["o"],
               "docs": [DOCS[k] for k in sorted(r["ev"])], "modality": r["modality"]}
        if r["time"]:
            row["time"] = r["time"]
        row["required"] = r["required"]
        for f in ("alt_s", "alt_p", "alt_o"):
            if r[f]:
                row[f] = r[f]
        row["note"] = note_of(r, docs)
        triples.append(row)
        for k in sorted(r["ev"]):
            d = docs[k]
            phrase, mod, t = doc_view(r, k, docs)
            s, e = locate(d, phrase)
            stmts.append({
                "subject": r["s"], "subject_type": ent[r["s"]][0], "predicate": r["p"],
                "object": r["o"], "object_type": ent[r["o"]][0], "modality": mod, "time": t or "",
                "role": r["role"] or r["commodity"] or "", "commodity": r["commodity"] or "",
                "confidence": 1.0, "source": "corpus/" + d["file"], "title": d["title"],
                "published": d["published"], "sentence": d["body"][s:e], "start": s, "end": e,
                "rule": "gold"})
    for fn, rows in (("entities.jsonl", ents), ("triples.jsonl", triples),
                     ("selfcheck_statements.jsonl", stmts)):
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"ok: {len(ents)} entities, {len(triples)} rows, {len(stmts)} statements written")


if __name__ == "__main__":
    main()
