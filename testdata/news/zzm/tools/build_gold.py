#!/usr/bin/env python3
"""Build the gold standard of news set zzm.

Every entity and every gold row lives in this file, each row with the phrase
that supports it in each document. Before anything is written the script
checks that

  * each evidence phrase lies inside one sentence of that document's body;
  * subject and object are named (name or alias) in that body;
  * subject and object types fit the SCHEMA.md signature of the predicate;
  * no (subject, predicate, object, polarity) unit repeats (symmetric
    predicates compared unordered);
  * no alias belongs to two entities (kgscore's normalisation) and every
    alias occurs in some body;
  * wire-copy rows carry a time only when the evidence sentence states the
    year; static relations and negated rows carry no time.

On any failure it prints the problems and exits 1 without writing. Otherwise
it writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl (one
statement per row and document, in the `kg export --format jsonl` shape, rule
"gold", confidence 1.0) into the set directory.

Usage: python3 tools/build_gold.py [--stats]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from textutil import read_doc, split_sentences  # noqa: E402

DOCS = {
    "01": "zzm01_chad_adre_drone.txt",
    "02": "zzm02_south_sudan_heglig.txt",
    "03": "zzm03_nile_commission_entebbe.txt",
    "04": "zzm04_cairo_haftar_triangle.txt",
    "05": "zzm05_sudan_ethiopia_dam_data.txt",
    "06": "zzm06_egypt_uganda_nile_deals.txt",
    "07": "zzm07_bangui_border_force.html",
    "08": "zzm08_abiy_new_dams_egypt.html",
}
# Wire copies carry no year; the set's stated dates (README) are these.
WIRE_DATES = {"01": "2026-02-16", "02": "2026-03-04", "03": "2026-01-27"}

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTOR = {"Person", "Country", "Organization"}
SIG = {
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTOR, ACTOR),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    # a breakaway region (Somaliland) can conclude a deal
    "signed_agreement_with": (ACTOR | {"Region"}, ACTOR | {"Region"}),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACTOR, ACTOR),
    "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACTOR, ACTOR | {"Region", "Agreement", "Facility"}),
    "criticized": (ACTOR, ACTOR | {"Region", "Agreement", "Facility"}),
    "threatened": (ACTOR, ACTOR | {"Region", "Facility"}),
    "sanctioned": (ACTOR, ACTOR),
    "in_conflict_with": (ACTOR | {"Region"}, ACTOR | {"Region"}),
    "attacked": (ACTOR, ACTOR | {"City", "Region", "Facility"}),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACTOR, {"Country", "Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization"}, {"Country", "Organization"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with",
          "diplomatic_relations_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
ENTITIES = []


def E(name, typ, *aliases):
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases)})


# people
E("Mahamat Idriss Deby", "Person", "Deby", "President Mahamat Idriss Deby")
E("Idriss Deby Itno", "Person")
E("Nabil Abdallah", "Person", "Brigadier General Nabil Abdallah")
E("Abdel Fattah al-Burhan", "Person", "Burhan", "General Abdel Fattah al-Burhan")
E("Mohamed Hamdan Dagalo", "Person", "Hemedti")
E("Mahamat Nour Abdelkerim", "Person")
E("Abakar Issa", "Person", "Issa")
E("Salva Kiir", "Person", "Kiir")
E("Gabriel Akol Mayen", "Person", "Mayen")
E("Kamil Idris", "Person", "Prime Minister Kamil Idris")
E("Khalid al-Tayeb", "Person")
E("Abdelaziz al-Hilu", "Person")
E("Yoweri Museveni", "Person", "Museveni")
E("Hani Sewilam", "Person")
E("Sam Cheptoris", "Person", "Cheptoris")
E("Habtamu Itefa", "Person")
E("Hassan Rashad", "Person")
E("Yasser al-Atta", "Person", "Lieutenant General Yasser al-Atta")
E("Saddam Haftar", "Person")
E("Khalifa Haftar", "Person", "Haftar")
E("Abdel Fattah al-Sisi", "Person", "Sisi")
E("Abdul Hamid Dbeibah", "Person")
E("Nadine Saber", "Person", "Saber")
E("Omer Kamal al-Din", "Person")
E("Abiy Ahmed", "Person", "Abiy", "Prime Minister Abiy Ahmed")
E("Adam Hamid", "Person", "Hamid")
E("Mekdes Alemu", "Person")
E("Badr Abdelatty", "Person", "Abdelatty")
E("Nebiat Getachew", "Person")
E("Godfrey Mugisha", "Person")
E("Faustin-Archange Touadera", "Person", "Touadera")
E("Mahmoud Ali Youssouf", "Person")
E("Ousmane Djidda", "Person")
E("Hamid Abdelrahman", "Person")
E("Ahmed Aboul Gheit", "Person")
E("Isaias Afwerki", "Person")
E("Recep Tayyip Erdogan", "Person")
E("Dawit Mengesha", "Person")
# countries
E("Chad", "Country")
E("Sudan", "Country")
E("South Sudan", "Country")
E("Libya", "Country")
E("Egypt", "Country")
E("Ethiopia", "Country")
E("Uganda", "Country")
E("Central African Republic", "Country")
E("United Arab Emirates", "Country", "UAE")
E("United States", "Country")
E("Rwanda", "Country")
E("Tanzania", "Country")
E("Burundi", "Country")
E("Democratic Republic of Congo", "Country")
E("United Kingdom", "Country", "Britain")
E("Eritrea", "Country")
E("Somalia", "Country")
E("Russia", "Country")
E("Turkey", "Country")
# organizations
E("Sudanese Armed Forces", "Organization", "Sudanese army")
E("Rapid Support Forces", "Organization", "RSF")
E("World Food Programme", "Organization")
E("United Nations", "Organization")
E("Front for Change and Concord in Chad", "Organization", "FACT")
E("Transitional Sovereignty Council", "Organization", "Sovereignty Council")
E("Sudan People's Liberation Movement-North", "Organization", "SPLM-N")
E("Nile River Basin Commission", "Organization")
E("Nile Basin Initiative", "Organization")
E("Libyan National Army", "Organization", "LNA")
E("General Intelligence Directorate", "Organization")
E("Government of National Unity", "Organization")
E("Nile Institute for Strategic Studies", "Organization")
E("Horn Water Policy Centre", "Organization")
E("Egyptian Irrigation Mission", "Organization", "Egypt's irrigation mission")
E("Makerere University", "Organization")
E("African Union", "Organization")
E("Arab League", "Organization")
E("Horn Institute for Policy Studies", "Organization")
# cities
for c in ["Adre", "N'Djamena", "Abu Dhabi", "Rome", "Khartoum", "El Fasher",
          "Port Sudan", "Juba", "Kadugli", "Dilling", "Entebbe", "Kampala", "Cairo",
          "Benghazi", "Tripoli", "Kufra", "Addis Ababa", "Ed Damazin", "Singa",
          "Nairobi", "Jinja", "Bangui", "Am Dafok", "Birao", "Asmara", "Assab", "Guba"]:
    E(c, "City")
# regions
E("West Darfur", "Region")
E("Ouaddai", "Region")
E("Darfur", "Region")
E("West Kordofan", "Region")
E("South Kordofan", "Region")
E("Jebel Uweinat triangle", "Region", "triangle")
E("Blue Nile state", "Region")
E("Sennar state", "Region")
E("Benishangul-Gumuz", "Region")
E("Lake Kyoga", "Region")
E("Kasese", "Region")
E("Vakaga", "Region")
E("South Darfur", "Region")
E("Somaliland", "Region")
# agreements
E("Cooperative Framework Agreement", "Agreement")
E("Nile Waters Agreement", "Agreement", "1959 Nile Waters Agreement")
E("Declaration of Principles", "Agreement")
E("Bangui Protocol", "Agreement")
E("Ankara Declaration", "Agreement")
E("Washington draft agreement", "Agreement")
# facilities
E("Heglig oil field", "Facility", "Heglig")
E("Grand Ethiopian Renaissance Dam", "Facility")
E("Roseires Dam", "Facility")
E("Owen Falls Dam", "Facility")

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, mod, req, ev, time=None, role=None, commodity=None,
      alt_s=(), alt_o=(), alt_p=(), note=None):
    ROWS.append(dict(s=s, p=p, o=o, mod=mod, req=req, ev=ev, time=time, role=role,
                     commodity=commodity, alt_s=list(alt_s), alt_o=list(alt_o),
                     alt_p=list(alt_p), note=note))


A, REP, H, PL, N = "asserted", "reported", "hedged", "planned", "negated"
SAF, RSF = "Sudanese Armed Forces", "Rapid Support Forces"
BURHAN = "Abdel Fattah al-Burhan"
CFA = "Cooperative Framework Agreement"
NRBC = "Nile River Basin Commission"
GERD = "Grand Ethiopian Renaissance Dam"
CAR = "Central African Republic"

# ---- head_of
R("Mahamat Idriss Deby", "head_of", "Chad", A, True,
  {"01": "The government of President Mahamat Idriss Deby"}, role="president")
R("Idriss Deby Itno", "head_of", "Chad", A, False,
  {"01": "Deby took power in April 2021 after his father, Idriss Deby Itno, was killed"},
  role="president (former)", note="former; implied by 'took power after his father ... was killed'")
R(BURHAN, "head_of", SAF, A, True,
  {"01": "The war between the army, led by General Abdel Fattah al-Burhan",
   "02": "Sudan's army chief and head of state, General Abdel Fattah al-Burhan",
   "04": "army chief Abdel Fattah al-Burhan",
   "07": "chaired by army chief Abdel Fattah al-Burhan"}, role="army chief")
R(BURHAN, "head_of", "Sudan", A, True,
  {"02": "Sudan's army chief and head of state, General Abdel Fattah al-Burhan"},
  role="head of state")
R(BURHAN, "head_of", "Transitional Sovereignty Council", A, True,
  {"07": "Sudan's Sovereignty Council, chaired by army chief Abdel Fattah al-Burhan"},
  role="chairman")
R("Mohamed Hamdan Dagalo", "head_of", RSF, A, True,
  {"01": "the RSF, commanded by Mohamed Hamdan Dagalo",
   "04": "RSF commander Mohamed Hamdan Dagalo"}, role="commander")
R("Salva Kiir", "head_of", "South Sudan", A, True,
  {"02": "South Sudan's President Salva Kiir"}, role="president")
R("Kamil Idris", "head_of", "Sudan", A, True,
  {"02": "and Prime Minister Kamil Idris, Sudan's Sovereignty Council said",
   "05": "Sudan's Prime Minister Kamil Idris",
   "07": "Sudan was represented by Prime Minister Kamil Idris"}, role="prime minister")
R("Abdelaziz al-Hilu", "head_of", "Sudan People's Liberation Movement-North", A, True,
  {"02": "a faction of the Sudan People's Liberation Movement-North (SPLM-N) led by Abdelaziz al-Hilu"},
  role="leader", note="leads a faction of the movement")
R("Yoweri Museveni", "head_of", "Uganda", A, True,
  {"03": "Ugandan President Yoweri Museveni",
   "06": "Museveni, who has ruled Uganda since 1986"}, role="president")
R("Sam Cheptoris", "head_of", NRBC, A, True,
  {"03": "Sam Cheptoris, was elected the commission's first chairman"}, role="chairman")
R("Hassan Rashad", "head_of", "General Intelligence Directorate", REP, True,
  {"04": "Hassan Rashad, the head of Egypt's General Intelligence Directorate"}, role="head")
R("Khalifa Haftar", "head_of", "Libyan National Army", A, True,
  {"04": "Haftar, who has led the LNA since 2014"}, role="commander")
R("Abdel Fattah al-Sisi", "head_of", "Egypt", A, True,
  {"04": "Egypt, whose President Abdel Fattah al-Sisi",
   "06": "Egyptian President Abdel Fattah al-Sisi"}, role="president")
R("Abdul Hamid Dbeibah", "head_of", "Government of National Unity", A, True,
  {"04": "led by Prime Minister Abdul Hamid Dbeibah"}, role="prime minister",
  alt_o=["Libya"])
R("Abiy Ahmed", "head_of", "Ethiopia", A, True,
  {"05": "Prime Minister Abiy Ahmed inaugurated it",
   "08": "Ethiopian Prime Minister Abiy Ahmed"}, role="prime minister")
R("Faustin-Archange Touadera", "head_of", CAR, A, True,
  {"07": "President Faustin-Archange Touadera, who hosted the signing"}, role="president")
R("Mahmoud Ali Youssouf", "head_of", "African Union", A, True,
  {"07": "whose commission chairperson Mahmoud Ali Youssouf"},
  role="commission chairperson", alt_p=["works_for"])
R("Ahmed Aboul Gheit", "head_of", "Arab League", A, True,
  {"08": "its secretary-general, Ahmed Aboul Gheit"}, role="secretary-general")
R("Isaias Afwerki", "head_of", "Eritrea", A, True,
  {"08": "Eritrean President Isaias Afwerki, who has led the country since independence"},
  role="president")
R("Recep Tayyip Erdogan", "head_of", "Turkey", A, True,
  {"08": "Turkey's President Recep Tayyip Erdogan"}, role="president")

# ---- works_for
R("Nabil Abdallah", "works_for", SAF, A, True,
  {"01": "The army's spokesman, Brigadier General Nabil Abdallah"}, role="spokesman")
R("Mahamat Nour Abdelkerim", "works_for", "Chad", A, True,
  {"01": "Adre's prefect, Mahamat Nour Abdelkerim"}, role="prefect of Adre")
R("Gabriel Akol Mayen", "works_for", "Salva Kiir", A, True,
  {"02": "The envoy, Gabriel Akol Mayen"}, role="special envoy",
  alt_o=["South Sudan"], note="'Salva Kiir sent a special envoy' + 'The envoy, Gabriel Akol Mayen'")
R("Khalid al-Tayeb", "works_for", "Sudan", A, True,
  {"02": "a Sudanese energy ministry official, Khalid al-Tayeb"}, role="energy ministry official")
R("Hani Sewilam", "works_for", "Egypt", A, True,
  {"03": "Egypt's Minister of Water Resources and Irrigation, Hani Sewilam"},
  role="minister of water resources and irrigation")
R("Sam Cheptoris", "works_for", "Uganda", A, True,
  {"03": "Uganda's Minister of Water and Environment, Sam Cheptoris"},
  role="minister of water and environment")
R("Habtamu Itefa", "works_for", "Ethiopia", A, True,
  {"03": "Ethiopia's Minister of Water and Energy, Habtamu Itefa",
   "05": "Ethiopia's Minister of Water and Energy, Habtamu Itefa"},
  role="minister of water and energy")
R("Yasser al-Atta", "works_for", SAF, REP, True,
  {"04": "Lieutenant General Yasser al-Atta, the Sudanese army's assistant commander-in-chief"},
  role="assistant commander-in-chief")
R("Saddam Haftar", "works_for", "Libyan National Army", REP, True,
  {"04": "Saddam Haftar, the field marshal's son and the LNA's deputy commander"},
  role="deputy commander", alt_o=["Khalifa Haftar"])
R("Nadine Saber", "works_for", "Nile Institute for Strategic Studies", A, True,
  {"04": "Nadine Saber, a Libya researcher at the Cairo-based Nile Institute for Strategic Studies"},
  role="researcher")
R("Omer Kamal al-Din", "works_for", "Sudan", REP, True,
  {"05": "Omer Kamal al-Din, the undersecretary of Sudan's irrigation ministry"},
  role="undersecretary, irrigation ministry")
R("Mekdes Alemu", "works_for", "Horn Water Policy Centre", A, True,
  {"05": "Mekdes Alemu, a hydrologist at the Nairobi-based Horn Water Policy Centre"},
  role="hydrologist")
R("Badr Abdelatty", "works_for", "Egypt", A, True,
  {"05": "Egypt's foreign minister, Badr Abdelatty",
   "08": "In Cairo, Foreign Minister Badr Abdelatty"}, role="foreign minister")
R("Nebiat Getachew", "works_for", "Ethiopia", A, True,
  {"06": "Ethiopian foreign ministry spokesman Nebiat Getachew"},
  role="foreign ministry spokesman")
R("Godfrey Mugisha", "works_for", "Makerere University", A, True,
  {"06": "Godfrey Mugisha, who teaches international relations at Makerere University"},
  role="lecturer")
R("Hamid Abdelrahman", "works_for", RSF, A, True,
  {"07": "Its spokesman, Hamid Abdelrahman"}, role="spokesman",
  note="'Its' = the RSF of the previous sentence")
R("Dawit Mengesha", "works_for", "Horn Institute for Policy Studies", A, True,
  {"08": "Dawit Mengesha of the Addis Ababa-based Horn Institute for Policy Studies"},
  role="analyst")

# ---- member_of
R("Egypt", "member_of", NRBC, N, True,
  {"03": "urged Egypt and Sudan, which are not members, to end their boycott"})
R("Sudan", "member_of", NRBC, N, True,
  {"03": "urged Egypt and Sudan, which are not members, to end their boycott"})
R("Egypt", "member_of", "Nile Basin Initiative", A, False,
  {"03": "Egypt, a founding member of the initiative, froze its participation in 2010"},
  note="founding member whose participation is frozen: fair either way")
R("Egypt", "member_of", "Arab League", A, True,
  {"08": "Egypt, Sudan and Somalia are among the league's 22 members"})
R("Sudan", "member_of", "Arab League", A, True,
  {"08": "Egypt, Sudan and Somalia are among the league's 22 members"})
R("Somalia", "member_of", "Arab League", A, True,
  {"08": "Egypt, Sudan and Somalia are among the league's 22 members"})
# ---- citizen_of
R("Abakar Issa", "citizen_of", "Chad", A, True, {"01": "A Chadian trader, Abakar Issa"})
R("Khalid al-Tayeb", "citizen_of", "Sudan", A, False,
  {"02": "a Sudanese energy ministry official, Khalid al-Tayeb"},
  note="'Sudanese' qualifies the official's post as much as his nationality")
R("Nebiat Getachew", "citizen_of", "Ethiopia", A, False,
  {"06": "Ethiopian foreign ministry spokesman Nebiat Getachew"},
  note="demonym of the ministry, implied nationality")

# ---- lives_in
R("Adam Hamid", "lives_in", "Singa", A, True,
  {"05": "Adam Hamid, a sorghum farmer who lives in Singa"})

# ---- based_in
R("World Food Programme", "based_in", "Rome", A, True,
  {"01": "The Rome-based World Food Programme"})
R(NRBC, "based_in", "Entebbe", PL, True,
  {"03": "officials said its permanent secretariat would be based in Entebbe"},
  note="a plan ('would be based'), reported by officials")
R("Nile Basin Initiative", "based_in", "Entebbe", A, True,
  {"03": "where the Nile Basin Initiative, a partnership of basin states launched in 1999, also has its headquarters"})
R("Libyan National Army", "based_in", "Benghazi", A, True, {"04": "The Benghazi-based LNA"})
R("Government of National Unity", "based_in", "Tripoli", A, True,
  {"04": "Government of National Unity, which is based in Tripoli"})
R("Nile Institute for Strategic Studies", "based_in", "Cairo", A, True,
  {"04": "the Cairo-based Nile Institute for Strategic Studies"})
R("Horn Water Policy Centre", "based_in", "Nairobi", A, True,
  {"05": "the Nairobi-based Horn Water Policy Centre"})
R("Egyptian Irrigation Mission", "based_in", "Jinja", A, True,
  {"06": "Egypt's irrigation mission in Jinja"})
R("Makerere University", "based_in", "Kampala", A, True, {"06": "Makerere University in Kampala"})
R("Arab League", "based_in", "Cairo", A, True, {"08": "The Cairo-based Arab League"})
R("Horn Institute for Policy Studies", "based_in", "Addis Ababa", A, True,
  {"08": "the Addis Ababa-based Horn Institute for Policy Studies"})

# ---- located_in
R("West Darfur", "located_in", "Sudan", A, True, {"01": "Sudan's West Darfur state"})
R("Adre", "located_in", "Ouaddai", A, True, {"01": "Adre, which lies in Chad's Ouaddai province"})
R("Adre", "located_in", "Chad", A, True, {"01": "Adre, which lies in Chad's Ouaddai province"})
R("Ouaddai", "located_in", "Chad", A, True, {"01": "Chad's Ouaddai province"})
R("El Fasher", "located_in", "Darfur", A, True,
  {"01": "El Fasher, the army's last stronghold in Darfur"})
R("Heglig oil field", "located_in", "West Kordofan", A, True,
  {"02": "the processing plant at Heglig, in West Kordofan state"})
R("Kufra", "located_in", "Libya", A, True, {"04": "the Libyan oasis town of Kufra"})
R("Roseires Dam", "located_in", "Sudan", A, True, {"05": "Sudan's Roseires dam"})
R("Roseires Dam", "located_in", "Ed Damazin", A, True,
  {"05": "Sudan's Roseires dam, about 110 km downstream at Ed Damazin"})
R(GERD, "located_in", "Benishangul-Gumuz", A, True,
  {"05": "sits on the Blue Nile in Ethiopia's Benishangul-Gumuz region"},
  note="subject 'The $5 billion dam'")
R(GERD, "located_in", "Ethiopia", A, True,
  {"05": "sits on the Blue Nile in Ethiopia's Benishangul-Gumuz region"})
R(GERD, "located_in", "Guba", A, True,
  {"08": "Farmers in the lowlands around Guba, where the dam stands"})
R("Benishangul-Gumuz", "located_in", "Ethiopia", A, True,
  {"05": "Ethiopia's Benishangul-Gumuz region"})
R("Lake Kyoga", "located_in", "Uganda", A, True, {"06": "Uganda's Lake Kyoga"})
R("Kasese", "located_in", "Uganda", A, True, {"06": "Kasese, a district in western Uganda"})
R("Jinja", "located_in", "Uganda", A, True, {"06": "Jinja, in eastern Uganda"})
R("Owen Falls Dam", "located_in", "Jinja", A, True,
  {"06": "since the Owen Falls dam was completed there in 1954"}, note="'there' = Jinja")
R("Vakaga", "located_in", CAR, A, True, {"07": "the Central African prefecture of Vakaga"})
R("Am Dafok", "located_in", "Vakaga", A, True, {"07": "Am Dafok, a trading town in Vakaga"})
R("South Darfur", "located_in", "Sudan", A, True, {"07": "Sudan's South Darfur state"})
R("Assab", "located_in", "Eritrea", A, True, {"08": "the Eritrean port of Assab"})

# ---- capital_of
R("Juba", "capital_of", "South Sudan", A, True, {"02": "hosting envoys from both sides in the capital, Juba"})
R("Kadugli", "capital_of", "South Kordofan", A, True, {"02": "Kadugli, the capital of South Kordofan"})
R("Tripoli", "capital_of", "Libya", A, True, {"04": "whose 2019 offensive on the capital, Tripoli"})
R("Ed Damazin", "capital_of", "Blue Nile state", A, True,
  {"05": "Ed Damazin, the capital of Blue Nile state"})
R("Singa", "capital_of", "Sennar state", A, True, {"05": "Singa, the capital of Sennar state"})
R("Birao", "capital_of", "Vakaga", A, True, {"07": "Birao, the capital of Vakaga"})
# ---- borders
R("Chad", "borders", "Sudan", A, True,
  {"01": "Chad shares a border of some 1,400 km with Sudan",
   "07": "revive a joint force that patrols their shared borders"})
R("Sudan", "borders", "South Sudan", A, True,
  {"02": "Sudan and South Sudan share a border of about 2,000 km"})
R("Egypt", "borders", "Libya", A, True,
  {"04": "where the borders of Egypt, Libya and Sudan meet"})
R("Egypt", "borders", "Sudan", A, True,
  {"04": "where the borders of Egypt, Libya and Sudan meet"})
R("Libya", "borders", "Sudan", A, True,
  {"04": "where the borders of Egypt, Libya and Sudan meet"})
R(CAR, "borders", "Sudan", A, True,
  {"07": "The Central African Republic shares a border of about 175 km with Sudan"})
R(CAR, "borders", "Chad", A, True,
  {"07": "The Central African Republic shares a border of about 175 km with Sudan and a far longer one with Chad"})
R("Ethiopia", "borders", "Sudan", A, False,
  {"05": "about 15 km from the Sudanese border"}, alt_s=["Benishangul-Gumuz"],
  note="implied: the dam in Ethiopia is 15 km from the Sudanese border")
R("Ethiopia", "borders", "Eritrea", A, False,
  {"08": "The two neighbours fought a border war from 1998 to 2000"}, note="'the two neighbours'")

# ---- met_with
R("Gabriel Akol Mayen", "met_with", BURHAN, REP, True,
  {"02": "met Sudan's army chief and head of state, General Abdel Fattah al-Burhan"})
R("Gabriel Akol Mayen", "met_with", "Kamil Idris", REP, True,
  {"02": "met Sudan's army chief and head of state, General Abdel Fattah al-Burhan, and Prime Minister Kamil Idris"})
R("Habtamu Itefa", "met_with", "Yoweri Museveni", A, True,
  {"03": "Habtamu Itefa, met Museveni on the sidelines of the session"})
R(SAF, "met_with", "Libyan National Army", A, True,
  {"04": "hosted a rare meeting in Cairo on Tuesday between a Sudanese military delegation and senior commanders of Khalifa Haftar's Libyan National Army"},
  time="2026-03-10", note="'a Sudanese military delegation' = the army")
R(SAF, "met_with", "Libyan National Army", PL, True,
  {"04": "agreed to set up a military hotline and to meet again in Benghazi next month"},
  time="2026-04", note="'the two delegations ... meet again next month'")
R("Yasser al-Atta", "met_with", "Saddam Haftar", REP, True,
  {"04": "brought together Lieutenant General Yasser al-Atta, the Sudanese army's assistant commander-in-chief, and Saddam Haftar"},
  time="2026-03-10")
R("Hassan Rashad", "met_with", "Yasser al-Atta", REP, False,
  {"04": "The talks were chaired by Hassan Rashad"}, time="2026-03-10",
  note="implied: he chaired the talks that brought the two together")
R("Hassan Rashad", "met_with", "Saddam Haftar", REP, False,
  {"04": "The talks were chaired by Hassan Rashad"}, time="2026-03-10",
  note="implied: he chaired the talks that brought the two together")
R(BURHAN, "met_with", "Khalifa Haftar", N, True,
  {"04": "the army chief had no plans to meet Haftar himself"})
R("Habtamu Itefa", "met_with", "Omer Kamal al-Din", REP, True,
  {"05": "The talks in Addis Ababa were led by Ethiopia's Minister of Water and Energy, Habtamu Itefa, and by Omer Kamal al-Din"},
  time="2026-01-19")
R("Abdel Fattah al-Sisi", "met_with", "Yoweri Museveni", A, True,
  {"06": "Egyptian President Abdel Fattah al-Sisi hosted his Ugandan counterpart, Yoweri Museveni, in Cairo on Monday"},
  time="2026-02-23")
R("Yoweri Museveni", "met_with", "Abiy Ahmed", PL, True,
  {"06": "when the two leaders meet in Addis Ababa next month"}, time="2026-03")
R("Kamil Idris", "met_with", "Faustin-Archange Touadera", A, True,
  {"07": "Prime Minister Kamil Idris, who held separate talks with Touadera"}, time="2026-03-18")

# ---- visited
R("Gabriel Akol Mayen", "visited", "Port Sudan", A, True,
  {"02": "Mayen told reporters in Port Sudan after the meeting"},
  note="'sent a special envoy to Port Sudan on Wednesday'; wire copy, no year")
R("Salva Kiir", "visited", "Sudan", N, True, {"02": "Kiir has not visited Sudan since the war"})
R("Omer Kamal al-Din", "visited", "Addis Ababa", REP, False,
  {"05": "The talks in Addis Ababa were led by Ethiopia's Minister of Water and Energy, Habtamu Itefa, and by Omer Kamal al-Din"},
  time="2026-01-19", alt_o=["Ethiopia"], note="implied by leading talks held in Addis Ababa")
R("Yoweri Museveni", "visited", "Cairo", A, True,
  {"06": "hosted his Ugandan counterpart, Yoweri Museveni, in Cairo on Monday"},
  time="2026-02-23", alt_o=["Egypt"])
R("Yoweri Museveni", "visited", "Addis Ababa", PL, False,
  {"06": "when the two leaders meet in Addis Ababa next month"}, time="2026-03",
  alt_o=["Ethiopia"], note="implied by a planned meeting in Addis Ababa")
R("Kamil Idris", "visited", "Bangui", A, False,
  {"07": "Sudan was represented by Prime Minister Kamil Idris"}, time="2026-03-18",
  alt_o=[CAR], note="implied: represented Sudan at the signing in Bangui")

R(SAF, "visited", "Benghazi", PL, False,
  {"04": "to meet again in Benghazi next month"}, time="2026-04", alt_o=["Libya"],
  note="implied: the Sudanese delegation would travel to Benghazi")
R("Mahmoud Ali Youssouf", "visited", "Bangui", A, False,
  {"07": "whose commission chairperson Mahmoud Ali Youssouf attended the ceremony"},
  time="2026-03-18", alt_o=[CAR], note="implied: attended the signing in Bangui")

# ---- negotiating_with
R("Sudan", "negotiating_with", "Ethiopia", REP, True,
  {"05": "The talks in Addis Ababa were led by Ethiopia's Minister of Water and Energy, Habtamu Itefa, and by Omer Kamal al-Din, the undersecretary of Sudan's irrigation ministry",
   "08": "The United States mediated talks between Egypt, Ethiopia and Sudan"},
  alt_s=["Omer Kamal al-Din"], alt_o=["Habtamu Itefa"],
  note="05: talks of 2026-01-19; 08: Washington talks of 2019-2020, so no single time")
R("Egypt", "negotiating_with", "Ethiopia", A, True,
  {"05": "Egypt, Sudan and Ethiopia negotiated over the dam for more than a decade",
   "08": "The United States mediated talks between Egypt, Ethiopia and Sudan"})
R("Egypt", "negotiating_with", "Sudan", A, True,
  {"05": "Egypt, Sudan and Ethiopia negotiated over the dam for more than a decade",
   "08": "The United States mediated talks between Egypt, Ethiopia and Sudan"})
R("Egypt", "negotiating_with", "Ethiopia", N, True,
  {"05": "Cairo and Addis Ababa have held no formal negotiations since December 2023"},
  alt_s=["Cairo"], alt_o=["Addis Ababa"], note="polarity trap with the asserted row")
R(SAF, "negotiating_with", "Libyan National Army", A, False,
  {"04": "The talks were chaired by Hassan Rashad"}, time="2026-03-10",
  note="'the talks' between the two delegations; met_with is the main reading")

# ---- contacted
R("Mahamat Idriss Deby", "contacted", BURHAN, N, True,
  {"01": "Deby has not spoken to Burhan since the strike"})
R("Badr Abdelatty", "contacted", "Kamil Idris", REP, True,
  {"05": "Badr Abdelatty, spoke by phone with Sudan's Prime Minister Kamil Idris"},
  time="2026-01-20", alt_s=["Egypt"], alt_o=["Sudan"])
R("Ethiopia", "contacted", "Sudan", PL, False,
  {"05": "Ethiopia will notify operators of Sudan's Roseires dam"},
  note="future notification under the memorandum")

# ---- brokered
R("African Union", "brokered", "Bangui Protocol", A, True,
  {"07": "was brokered by the African Union"}, time="2026-03-18")
R("Recep Tayyip Erdogan", "brokered", "Ankara Declaration", A, True,
  {"08": "Recep Tayyip Erdogan brokered the Ankara Declaration between the two countries in December 2024"},
  time="2024-12", alt_s=["Turkey"])
R("United States", "brokered", "Washington draft agreement", A, True,
  {"08": "The United States mediated talks between Egypt, Ethiopia and Sudan in Washington in 2019 and 2020, but Ethiopia refused to sign the resulting Washington draft agreement"},
  note="mediated the talks that produced the draft; 2019-2020")

# ---- party_to
R("South Sudan", "party_to", CFA, A, True,
  {"03": "entered into force in October 2024 after South Sudan became the sixth country to ratify it"},
  time="2024")
for c in ["Ethiopia", "Rwanda", "Tanzania", "Burundi"]:
    R(c, "party_to", CFA, A, True,
      {"03": "Ethiopia, Uganda, Rwanda, Tanzania and Burundi had ratified it earlier"})
R("Uganda", "party_to", CFA, A, True,
  {"03": "Ethiopia, Uganda, Rwanda, Tanzania and Burundi had ratified it earlier",
   "06": "he defended his country's decision to ratify the Cooperative Framework Agreement"})
R("Egypt", "party_to", CFA, N, True,
  {"03": "Egypt and Sudan have refused to sign the agreement"})
R("Sudan", "party_to", CFA, N, True,
  {"03": "Egypt and Sudan have refused to sign the agreement"})
R("Democratic Republic of Congo", "party_to", CFA, N, True,
  {"03": "The Democratic Republic of Congo, also a basin state, has neither signed nor ratified the agreement"})
R("Egypt", "party_to", "Nile Waters Agreement", A, True,
  {"03": "under the 1959 Nile Waters Agreement between the two countries",
   "06": "its historic rights under the 1959 Nile Waters Agreement with Sudan"}, time="1959")
R("Sudan", "party_to", "Nile Waters Agreement", A, True,
  {"03": "under the 1959 Nile Waters Agreement between the two countries",
   "06": "the 1959 Nile Waters Agreement with Sudan"}, time="1959")
for c in ["Egypt", "Sudan", "Ethiopia"]:
    R(c, "party_to", "Declaration of Principles", A, True,
      {"05": "The three countries signed a Declaration of Principles in Khartoum in 2015"},
      time="2015")
for c in [CAR, "Chad", "Sudan"]:
    R(c, "party_to", "Bangui Protocol", A, True,
      {"07": "The accord, which officials called the Bangui Protocol, was brokered by the African Union and commits the three governments"},
      time="2026-03-18")
R("Russia", "party_to", "Bangui Protocol", N, True,
  {"07": "was not a party to the protocol"})
for c in ["Ethiopia", "Somalia"]:
    R(c, "party_to", "Ankara Declaration", A, True,
      {"08": "brokered the Ankara Declaration between the two countries in December 2024"},
      time="2024-12")
R("Ethiopia", "party_to", "Washington draft agreement", N, True,
  {"08": "Ethiopia refused to sign the resulting Washington draft agreement"})
# ---- signed_agreement_with
R("Chad", "signed_agreement_with", "Sudan", A, True,
  {"01": "before signing a normalisation accord in N'Djamena in January 2010",
   "07": "The Central African Republic, Chad and Sudan signed an agreement in Bangui on Wednesday"},
  note="two deals: 01 January 2010, 07 2026-03-18; one unit, so no time")
R(CAR, "signed_agreement_with", "Chad", A, True,
  {"07": "The Central African Republic, Chad and Sudan signed an agreement in Bangui on Wednesday"},
  time="2026-03-18")
R(CAR, "signed_agreement_with", "Sudan", A, True,
  {"07": "The Central African Republic, Chad and Sudan signed an agreement in Bangui on Wednesday"},
  time="2026-03-18")
R("South Sudan", "signed_agreement_with", "Sudan", PL, True,
  {"02": "the two governments would sign a pipeline security protocol"},
  note="a plan reported from the envoy")
R("South Sudan", "signed_agreement_with", "Sudan", N, True,
  {"02": "No agreement was signed on Wednesday"}, note="polarity trap with the planned row")
R("Egypt", "signed_agreement_with", "Sudan", A, True,
  {"03": "the 1959 Nile Waters Agreement between the two countries",
   "05": "The three countries signed a Declaration of Principles in Khartoum in 2015",
   "06": "the 1959 Nile Waters Agreement with Sudan"},
  note="1959 treaty (03, 06) and 2015 declaration (05); one unit, so no time")
R("Egypt", "signed_agreement_with", "Ethiopia", A, True,
  {"05": "The three countries signed a Declaration of Principles in Khartoum in 2015"}, time="2015")
R("Egypt", "signed_agreement_with", "Ethiopia", N, False,
  {"05": "they never reached a binding deal on how the dam should be filled and run"},
  note="no binding deal on the dam; the other pairs of 'they' are left unannotated")
R("Sudan", "signed_agreement_with", "Ethiopia", A, True,
  {"05": "Under a memorandum signed by the two officials",
   "08": "its new data-sharing memorandum with Ethiopia"},
  time="2026-01-19", alt_s=["Omer Kamal al-Din"], alt_o=["Habtamu Itefa"],
  note="the data memorandum; 05 also states the 2015 declaration")
R("Egypt", "signed_agreement_with", "Uganda", A, True,
  {"06": "the two leaders signed agreements on flood control, irrigation and trade"},
  time="2026-02-23", alt_s=["Abdel Fattah al-Sisi"], alt_o=["Yoweri Museveni"])
R("Egypt", "signed_agreement_with", "Uganda", N, False,
  {"06": "A defence cooperation accord that Egyptian media had said would be signed during the visit was not among the documents released on Monday"},
  note="one accord not signed while others were: polarity trap, judgment call")
R("Egypt", "signed_agreement_with", "United Kingdom", A, True,
  {"06": "under an agreement between Egypt and Britain"})
R("Egypt", "signed_agreement_with", "Somalia", A, True,
  {"06": "Egypt signed the pact with Somalia in August 2024"}, time="2024-08")
R("Ethiopia", "signed_agreement_with", "Somaliland", A, True,
  {"08": "Addis Ababa's January 2024 port deal with Somaliland"}, time="2024-01",
  alt_s=["Addis Ababa"])
R("Ethiopia", "signed_agreement_with", "Somalia", A, True,
  {"08": "the Ankara Declaration between the two countries in December 2024"}, time="2024-12")

# ---- candidate_for
R("Egypt", "candidate_for", NRBC, A, True,
  {"03": "urged Egypt and Sudan, which are not members, to end their boycott and join the body"},
  alt_o=[CFA])
R("Sudan", "candidate_for", NRBC, A, True,
  {"03": "urged Egypt and Sudan, which are not members, to end their boycott and join the body"},
  alt_o=[CFA])

# ---- normalized_relations_with
R("Chad", "normalized_relations_with", "Sudan", A, True,
  {"01": "before signing a normalisation accord in N'Djamena in January 2010"}, time="2010-01")

# ---- diplomatic_relations_with
R("Sudan", "diplomatic_relations_with", "United Arab Emirates", N, True,
  {"04": "Sudan cut diplomatic ties with the UAE"})
R("Egypt", "diplomatic_relations_with", "Uganda", A, True,
  {"06": "Egypt and Uganda established diplomatic relations"})
R("Sudan", "diplomatic_relations_with", "Uganda", A, False,
  {"03": "sent its ambassador in Kampala as an observer"}, note="implied by an ambassador in Kampala")

# ---- allied_with
R(RSF, "allied_with", "Sudan People's Liberation Movement-North", A, True,
  {"02": "the RSF and its ally, a faction of the Sudan People's Liberation Movement-North"})
R("Abdel Fattah al-Sisi", "allied_with", BURHAN, A, True,
  {"04": "Abdel Fattah al-Sisi is one of army chief Abdel Fattah al-Burhan's closest allies"},
  alt_s=["Egypt"], alt_o=[SAF, "Sudan"])
R("Egypt", "allied_with", "Khalifa Haftar", A, True,
  {"04": "has also kept close ties with Haftar"}, alt_o=["Libyan National Army"])
R("Egypt", "allied_with", "Eritrea", A, True,
  {"06": "its alliance with Eritrea",
   "08": "Isaias Afwerki, who has led the country since independence, has become one of Egypt's closest allies"},
  alt_o=["Isaias Afwerki"])
R("Uganda", "allied_with", "Ethiopia", A, True,
  {"06": "also keeps close ties with Ethiopia"}, alt_s=["Yoweri Museveni"])

# ---- recognizes
R("Sudan", "recognizes", "South Sudan", A, True,
  {"02": "Sudan was the first country to recognise South Sudan in July 2011"}, time="2011-07")

# ---- supported
R("United Arab Emirates", "supported", RSF, REP, True,
  {"01": "accused Chad of letting weapons from the United Arab Emirates reach the paramilitary Rapid Support Forces",
   "04": "weapons from the United Arab Emirates reach the RSF through eastern Libya"},
  note="an accusation by Sudanese officials")
R("United Arab Emirates", "supported", RSF, N, True,
  {"01": "Both N'Djamena and Abu Dhabi have denied supplying the RSF",
   "04": "Abu Dhabi denies arming either side in the war"},
  alt_s=["Abu Dhabi"], note="denial: polarity trap with the reported row")
R("United Arab Emirates", "supported", SAF, N, False,
  {"04": "Abu Dhabi denies arming either side in the war"}, alt_s=["Abu Dhabi"],
  note="'either side' covers the army too")
R("Chad", "supported", RSF, REP, False,
  {"01": "accused Chad of letting weapons from the United Arab Emirates reach the paramilitary Rapid Support Forces"},
  note="letting weapons through is facilitation; judgment call")
R("Chad", "supported", RSF, N, True,
  {"01": "Both N'Djamena and Abu Dhabi have denied supplying the RSF"}, alt_s=["N'Djamena"])
R("Libyan National Army", "supported", RSF, REP, True,
  {"04": "Sudan's army accused the LNA in June last year of helping the Rapid Support Forces (RSF)"})
R("Libyan National Army", "supported", RSF, N, True,
  {"04": "The Benghazi-based LNA denied taking sides in Sudan's war"},
  note="denial: polarity trap with the reported row")
R("Egypt", "supported", "Khalifa Haftar", A, True,
  {"04": "whose 2019 offensive on the capital, Tripoli, Cairo backed"}, time="2019",
  alt_s=["Cairo"], alt_o=["Libyan National Army"])
R("Egypt", "supported", "Uganda", PL, True,
  {"06": "Egypt will pay for a second phase of a project that clears water hyacinth from Uganda's Lake Kyoga"})
R("Egypt", "supported", "Somalia", A, True,
  {"06": "has since sent troops to the African Union's mission there"})
R("Russia", "supported", CAR, A, True,
  {"07": "Russia, whose military instructors have backed Touadera's government since 2018"},
  time="2018", alt_o=["Faustin-Archange Touadera"])
R("Transitional Sovereignty Council", "supported", "Bangui Protocol", A, True,
  {"07": "Sudan's Sovereignty Council, chaired by army chief Abdel Fattah al-Burhan, endorsed the protocol"},
  time="2026-03-18")
R("Arab League", "supported", "Egypt", A, True, {"08": "The Cairo-based Arab League backed Egypt"})
R("Arab League", "supported", "Sudan", REP, True,
  {"08": "said the bloc stood with Egypt and Sudan"}, alt_s=["Ahmed Aboul Gheit"])
R("Egypt", "supported", "Sudan", A, True,
  {"08": "which depends on Egyptian support in its war with the Rapid Support Forces"},
  alt_o=[SAF])
R("Sudan", "supported", "Egypt", A, True,
  {"08": "issued a statement backing Cairo"}, alt_o=["Cairo"])

# ---- criticized
R("Chad", "criticized", SAF, A, True,
  {"01": "blamed the Sudanese army for the strike",
   "07": "a drone strike on the town that it blamed on the Sudanese army"},
  alt_s=["Mahamat Idriss Deby", "N'Djamena"])
R("Sudan", "criticized", "Chad", A, True,
  {"01": "Sudan's army-aligned authorities, who have governed from Port Sudan for most of the war, have repeatedly accused Chad"},
  alt_s=[SAF])
R("Nabil Abdallah", "criticized", "Chad", A, False,
  {"01": "called the accusation \"a smokescreen for those who arm the militia\""},
  alt_s=[SAF], note="rejecting Chad's accusation")
R("World Food Programme", "criticized", "Chad", A, True,
  {"01": "The Rome-based World Food Programme criticised the closure"},
  note="the closure is Chad's")
R("United Nations", "criticized", RSF, A, True,
  {"01": "United Nations investigators have accused RSF fighters of mass killings"})
R(SAF, "criticized", RSF, A, True,
  {"02": "The Sudanese army blamed the Rapid Support Forces (RSF) for the strike"})
R(RSF, "criticized", SAF, A, True, {"02": "accused the army of staging the attack"})
R("Egypt", "criticized", CFA, A, True,
  {"03": "Egypt and Sudan have refused to sign the agreement, arguing that it ignores the shares allotted to them",
   "06": "Egypt has rejected the agreement"})
R("Sudan", "criticized", CFA, A, True,
  {"03": "Egypt and Sudan have refused to sign the agreement, arguing that it ignores the shares allotted to them"})
R("Hani Sewilam", "criticized", NRBC, A, True,
  {"03": "a commission formed without the downstream states \"has no legal standing\""},
  alt_s=["Egypt"])
R("Egypt", "criticized", "Ethiopia", A, True,
  {"03": "Cairo said in October 2025 that Ethiopia's \"unilateral\" releases had caused flooding in Sudan",
   "05": "Egypt's water ministry went further, calling the releases \"reckless\" and \"unilateral\""},
  time="2025-10", alt_s=["Cairo"])
R("Ethiopia", "criticized", "Egypt", A, True,
  {"03": "Egypt and Ethiopia have traded accusations over the dam for more than a decade",
   "05": "Ethiopia rejected the accusations",
   "06": "accused Cairo of trying to encircle Ethiopia"},
  alt_s=["Nebiat Getachew"], alt_o=["Cairo"])
R("Sudan", "criticized", "Ethiopia", A, True,
  {"05": "In early October, Sudan's government accused Ethiopia of releasing water without warning"},
  time="2025-10")
R("Ethiopia", "criticized", "Sudan", A, True, {"05": "Ethiopia rejected the accusations"})
R(SAF, "criticized", "Libyan National Army", A, True,
  {"04": "Sudan's army accused the LNA in June last year"}, time="2025-06")
R("Sudan", "criticized", "United Arab Emirates", A, True,
  {"04": "Sudan cut diplomatic ties with the UAE in May last year, calling it an \"aggressor state\""},
  time="2025-05")
R("United States", "criticized", RSF, A, False,
  {"04": "after determining that his forces had committed genocide in Darfur"}, time="2025-01",
  alt_o=["Mohamed Hamdan Dagalo"], note="a genocide determination; judgment call")
R("United States", "criticized", SAF, A, True,
  {"04": "accusing the army of attacking civilians, schools and hospitals"}, time="2025-01")
R("Badr Abdelatty", "criticized", "Ethiopia", A, True,
  {"08": "he accused Ethiopia of \"persisting in unilateralism\""}, time="2026-02-04",
  alt_s=["Egypt"])
R("Eritrea", "criticized", "Ethiopia", A, True,
  {"08": "with Asmara accusing Addis Ababa of coveting the Eritrean port of Assab"},
  alt_s=["Asmara"], alt_o=["Addis Ababa"])

# ---- threatened
R("Chad", "threatened", SAF, REP, False,
  {"01": "Chad \"reserves the right to respond to any aggression\""}, alt_o=["Sudan"],
  note="a veiled warning; judgment call")
R("Egypt", "threatened", "Ethiopia", REP, True,
  {"08": "Egypt would use \"all means guaranteed by international law\" to defend its water security"},
  time="2026-02-04", alt_s=["Badr Abdelatty"])

# ---- sanctioned
R("United States", "sanctioned", "Mohamed Hamdan Dagalo", A, True,
  {"04": "The United States sanctioned RSF commander Mohamed Hamdan Dagalo in January last year"},
  time="2025-01")
R("United States", "sanctioned", BURHAN, A, True,
  {"04": "days later imposed sanctions on Burhan"}, time="2025-01")
R("African Union", "sanctioned", "Sudan", A, False,
  {"07": "suspended Sudan after the military coup of October 2021"}, time="2021-10",
  note="suspension as a sanction; judgment call")

# ---- in_conflict_with
R(SAF, "in_conflict_with", RSF, A, True,
  {"01": "The war between the army, led by General Abdel Fattah al-Burhan, and the RSF, commanded by Mohamed Hamdan Dagalo, widely known as Hemedti, broke out in April 2023",
   "02": "the war between the army and the RSF began in April 2023",
   "03": "the Sudanese army has been fighting the Rapid Support Forces since April 2023",
   "04": "the paramilitary group it has been fighting since April 2023",
   "07": "the war between the Sudanese army and the RSF, which began in April 2023"},
  time="2023-04", alt_s=["Sudan"])
R("Sudan", "in_conflict_with", RSF, A, True,
  {"08": "which depends on Egyptian support in its war with the Rapid Support Forces"},
  alt_s=[SAF], note="'Sudan's army-led government ... its war with the RSF'")
R("Chad", "in_conflict_with", "Sudan", A, True,
  {"01": "Chad and Sudan fought a proxy war in the 2000s"}, time="200")
R("Front for Change and Concord in Chad", "in_conflict_with", "Chad", A, False,
  {"01": "was killed in clashes with rebels of the Front for Change and Concord in Chad (FACT)"},
  time="2021-04", note="rebels fighting the state, implied")
R("South Sudan", "in_conflict_with", "Sudan", A, True,
  {"02": "the two neighbours fought a brief border war in April 2012"}, time="2012-04")
R("Egypt", "in_conflict_with", "Ethiopia", A, True,
  {"05": "The dispute between the two countries has simmered since Ethiopia began building the dam in 2011"},
  time="2011", note="long-running dispute over the dam")
R("Ethiopia", "in_conflict_with", "Eritrea", A, True,
  {"08": "The two neighbours fought a border war from 1998 to 2000"}, time="1998")

# ---- attacked
R(SAF, "attacked", "Adre", REP, True,
  {"01": "blamed the Sudanese army for the strike",
   "07": "a drone strike on the town that it blamed on the Sudanese army"},
  alt_o=["Chad"], note="Chad's accusation")
R(SAF, "attacked", "Adre", N, True,
  {"01": "denied that the Sudanese Armed Forces had attacked Adre or any other target in Chad",
   "07": "The army denied carrying out the attack"},
  alt_o=["Chad"], note="denial: polarity trap with the reported row")
R(RSF, "attacked", "Heglig oil field", REP, True,
  {"02": "The Sudanese army blamed the Rapid Support Forces (RSF) for the strike on the processing plant at Heglig"})
R(RSF, "attacked", "Heglig oil field", N, True,
  {"02": "The paramilitary group said it had \"never targeted oil installations\""},
  note="denial: polarity trap with the reported row")
R(SAF, "attacked", "Heglig oil field", REP, False,
  {"02": "accused the army of staging the attack"}, note="the RSF's counter-accusation")
R("Khalifa Haftar", "attacked", "Tripoli", A, True,
  {"04": "whose 2019 offensive on the capital, Tripoli"}, time="2019",
  alt_s=["Libyan National Army"])
R(RSF, "attacked", "Vakaga", A, True,
  {"07": "fighters from Sudan's Rapid Support Forces (RSF) raided the Central African prefecture of Vakaga"},
  time="2026", alt_o=[CAR])
R(RSF, "attacked", "Am Dafok", REP, False,
  {"07": "RSF fighters seized Am Dafok"}, time="2026-01-24",
  note="a raid that seized and looted the town; took_control_of is the main reading")
R(RSF, "attacked", "Vakaga", N, True,
  {"07": "The RSF denied that any of its units had attacked Central African villages"},
  alt_o=[CAR], note="denial: polarity trap with the asserted row")
R("Egypt", "attacked", GERD, N, True,
  {"08": "Egypt had no intention of attacking the dam or any Ethiopian territory"})
R("Egypt", "attacked", "Ethiopia", N, True,
  {"08": "Egypt had no intention of attacking the dam or any Ethiopian territory"},
  note="negation scopes over both conjuncts")
R("Ethiopia", "attacked", "Eritrea", N, True,
  {"08": "had no plan to attack Eritrea"}, alt_s=["Abiy Ahmed"])

# ---- killed
R("Front for Change and Concord in Chad", "killed", "Idriss Deby Itno", A, True,
  {"01": "his father, Idriss Deby Itno, was killed in clashes with rebels of the Front for Change and Concord in Chad (FACT)"},
  time="2021-04")
R(RSF, "killed", "Ousmane Djidda", REP, True,
  {"07": "RSF fighters seized Am Dafok, a trading town in Vakaga that faces Sudan's South Darfur state across a dry riverbed, for about six hours on January 24, looting the market and killing the village chief, Ousmane Djidda"},
  time="2026-01-24")

# ---- took_control_of
R(SAF, "took_control_of", "Khartoum", A, True,
  {"01": "The army retook Khartoum in March 2025"}, time="2025-03")
R(RSF, "took_control_of", "El Fasher", A, True,
  {"01": "the RSF captured El Fasher, the army's last stronghold in Darfur, in October 2025",
   "04": "the RSF, having taken El Fasher in October"}, time="2025-10")
R("South Sudan", "took_control_of", "Heglig oil field", A, True,
  {"02": "South Sudanese troops seized Heglig for 10 days"}, time="2012-04")
R(RSF, "took_control_of", "Jebel Uweinat triangle", A, True,
  {"04": "RSF fighters took control of the so-called triangle"}, time="2025-06-11")
R(RSF, "took_control_of", "Singa", A, True,
  {"05": "Singa was held by the RSF for five months in 2024"}, time="2024")
R(SAF, "took_control_of", "Singa", A, True,
  {"05": "before the Sudanese army retook it in November that year"}, time="2024-11")
R(RSF, "took_control_of", "Am Dafok", REP, True,
  {"07": "RSF fighters seized Am Dafok"}, time="2026-01-24")

# ---- blockaded
R(RSF, "blockaded", "El Fasher", A, False,
  {"01": "in October 2025 after an 18-month siege"}, note="the siege is implied to be the RSF's")
for who in [RSF, "Sudan People's Liberation Movement-North"]:
    for town, phrase in [("Kadugli", "have besieged Kadugli, the capital of South Kordofan"),
                         ("Dilling", "have besieged Kadugli, the capital of South Kordofan, and the nearby town of Dilling")]:
        R(who, "blockaded", town, REP, True, {"02": phrase}, note="'according to aid groups'")

# ---- seceded_from
R("Somaliland", "seceded_from", "Somalia", A, True,
  {"08": "Somaliland, which broke away from Somalia in 1991"}, time="1991")

# ---- gained_independence_from
R("South Sudan", "gained_independence_from", "Sudan", A, True,
  {"02": "South Sudan, which gained independence from Sudan in 2011"}, time="2011")
R("Uganda", "gained_independence_from", "United Kingdom", A, True,
  {"06": "Uganda became independent from Britain in 1962"}, time="1962")
R("Eritrea", "gained_independence_from", "Ethiopia", A, False,
  {"08": "Ethiopia, which has been landlocked since Eritrea's independence in 1993"},
  time="1993", note="'from Ethiopia' is implied")

# ---- imports_from
R("South Sudan", "imports_from", "Sudan", A, True,
  {"02": "South Sudan imports much of its flour, fuel and sugar from Sudan"},
  commodity="flour, fuel, sugar", alt_p=["trades_with"])
R("Sudan", "imports_from", "Ethiopia", A, True,
  {"05": "Ethiopia already sells electricity from the dam to Sudan"},
  commodity="electricity", alt_p=["trades_with"])
R("Uganda", "imports_from", "Ethiopia", H, False,
  {"03": "offered to sell Uganda electricity from the Grand Ethiopian Renaissance Dam"},
  commodity="electricity", note="an offer only")
R("Egypt", "imports_from", "Uganda", REP, True,
  {"06": "Egypt imports mainly tea and coffee from Uganda"},
  commodity="tea, coffee", alt_p=["trades_with"])
R("Uganda", "imports_from", "Egypt", REP, True,
  {"06": "sells it medicines, steel and processed food"},
  commodity="medicines, steel, processed food", alt_p=["trades_with"])
# ---- trades_with
R("Egypt", "trades_with", "Uganda", A, True,
  {"06": "Trade between Egypt and Uganda remains modest"})
R("Egypt", "trades_with", "Uganda", PL, False,
  {"06": "the two governments set a target on Monday of $500 million in annual trade by 2030"},
  note="a target, not a fact")


# ---------------------------------------------------------------- checks
def norm(s):
    """kgscore's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(body, name):
    pat = r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])"
    return re.search(pat, body, re.I) is not None


def unit(s, p, o, mod):
    if p in SYMMETRIC and s > o:
        s, o = o, s
    return (s, p, o, POLARITY[mod])


def main():
    errors = []
    docs = {}
    for did, fn in DOCS.items():
        path = os.path.join(ROOT, "corpus", fn)
        d = read_doc(path)
        if did in WIRE_DATES:
            d["published"] = WIRE_DATES[did]
        d["sentences"] = split_sentences(d["body"])
        docs[did] = d

    ent = {}
    for e in ENTITIES:
        if e["name"] in ent:
            errors.append(f"entity twice: {e['name']}")
        if e["type"] not in TYPES:
            errors.append(f"bad type {e['type']} for {e['name']}")
        ent[e["name"]] = e
    owner = {}
    for e in ENTITIES:
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in owner and owner[k] != e["name"]:
                errors.append(f"alias {a!r} belongs to {owner[k]} and {e['name']}")
            owner[k] = e["name"]
        for a in e["aliases"]:
            if not any(mentions(d["body"], a) for d in docs.values()):
                errors.append(f"alias {a!r} of {e['name']} occurs in no body")
        if not any(mentions(d["body"], a) for d in docs.values() for a in [e["name"]] + e["aliases"]):
            errors.append(f"entity {e['name']} is named in no body")

    seen = {}
    used_preds = set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['mod']})"
        if r["p"] not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        used_preds.add(r["p"])
        if r["mod"] not in POLARITY:
            errors.append(f"{tag}: bad modality")
            continue
        for side in ("s", "o"):
            if r[side] not in ent:
                errors.append(f"{tag}: {side} is not an entity")
        for alt in r["alt_s"] + r["alt_o"]:
            if alt not in ent:
                errors.append(f"{tag}: alternative {alt!r} is not an entity")
        for ap in r["alt_p"]:
            if ap not in SIG:
                errors.append(f"{tag}: alt predicate {ap!r} unknown")
        if r["s"] not in ent or r["o"] not in ent:
            continue
        st, ot = ent[r["s"]]["type"], ent[r["o"]]["type"]
        ss, os_ = SIG[r["p"]]
        if r["p"] in SYMMETRIC:
            ok = (st in ss and ot in os_) or (ot in ss and st in os_)
        else:
            ok = st in ss and ot in os_
        if not ok:
            errors.append(f"{tag}: types {st} -> {ot} do not fit {r['p']}")
        u = unit(r["s"], r["p"], r["o"], r["mod"])
        if u in seen:
            errors.append(f"{tag}: unit repeats row {seen[u]}")
        seen[u] = i
        if r["time"] and (r["p"] in STATIC or r["mod"] == "negated"):
            errors.append(f"{tag}: static or negated row has a time")
        if r["time"] and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["time"]):
            errors.append(f"{tag}: bad time {r['time']}")
        if r["p"] == "imports_from" and not r["commodity"]:
            errors.append(f"{tag}: imports_from without commodity")
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            errors.append(f"{tag}: no role")
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        r["_sent"] = {}
        for did, phrase in r["ev"].items():
            if did not in docs:
                errors.append(f"{tag}: unknown doc {did}")
                continue
            d = docs[did]
            hit = None
            for a, b, s in d["sentences"]:
                if phrase in s:
                    hit = (a, b, s)
                    break
            if hit is None:
                where = "body" if phrase in d["body"] else "nowhere"
                errors.append(f"{tag}: {did} evidence not inside one sentence ({where}): {phrase!r}")
                continue
            r["_sent"][did] = hit
            for side in ("s", "o"):
                e = ent[r[side]]
                if not any(mentions(d["body"], a) for a in [e["name"]] + e["aliases"]):
                    errors.append(f"{tag}: {did} body does not name {r[side]}")
            if r["time"] and d["style"] == "wire":
                t = r["time"]
                need = t + "0s" if len(t) == 3 else t[:4]
                if need not in hit[2]:
                    errors.append(f"{tag}: wire {did} time {t} but sentence states no such year")
    missing = set(SIG) - used_preds
    if missing:
        errors.append(f"predicates not used: {sorted(missing)}")

    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)

    # ------------------------------------------------------------ write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps({"name": e["name"], "type": e["type"], "aliases": e["aliases"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            row = {"s": r["s"], "p": r["p"], "o": r["o"],
                   "docs": [DOCS[d] for d in sorted(r["ev"])], "modality": r["mod"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["req"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    row[k] = r[k]
            parts = []
            if r["role"]:
                parts.append("role: " + r["role"])
            if r["commodity"]:
                parts.append("commodity: " + r["commodity"])
            parts += [f"{d}: '{r['ev'][d]}'" for d in sorted(r["ev"])]
            if r["note"]:
                parts.append(r["note"])
            row["note"] = "; ".join(parts)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_st = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for did in sorted(r["ev"]):
                a, b, s = r["_sent"][did]
                d = docs[did]
                st = {"subject": r["s"], "subject_type": ent[r["s"]]["type"],
                      "predicate": r["p"], "object": r["o"],
                      "object_type": ent[r["o"]]["type"], "modality": r["mod"],
                      "time": r["time"] or "", "role": r["role"] or "",
                      "confidence": 1.0, "source": "corpus/" + DOCS[did],
                      "title": d["title"], "published": d["published"],
                      "sentence": s, "start": a, "end": b, "rule": "gold"}
                if r["commodity"]:
                    st["commodity"] = r["commodity"]
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_st += 1

    neg = sum(r["mod"] == "negated" for r in ROWS)
    req = sum(r["req"] for r in ROWS)
    print(f"ok: {len(ENTITIES)} entities, {len(ROWS)} rows ({req} required, {neg} negated), "
          f"{n_st} self-check statements, {len(used_preds)} predicates")
    if "--stats" in sys.argv:
        per = defaultdict(lambda: [0, 0])
        for r in ROWS:
            for did in r["ev"]:
                per[did][0] += 1
                per[did][1] += r["req"]
        for did in sorted(per):
            d = docs[did]
            print(f"{DOCS[did]}\t{d['style']}\t{d['published']}\twords={len(d['body'].split())}"
                  f"\tfacts={per[did][0]} ({per[did][1]})")
        print("modalities:", dict(Counter(r["mod"] for r in ROWS)))
        print("predicates:", dict(sorted(Counter(r["p"] for r in ROWS).items())))
        print("timed rows:", sum(bool(r["time"]) for r in ROWS))


if __name__ == "__main__":
    main()
