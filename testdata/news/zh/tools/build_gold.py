#!/usr/bin/env python3
"""Build the gold standard of news set zh.

Writes, next to corpus/:
  entities.jsonl              one entity a line (name, type, aliases)
  triples.jsonl               one gold fact a line (shared/eval/README.md format)
  selfcheck_statements.jsonl  one statement per gold row and document, in the
                              `kg export --format jsonl` shape (DESIGN.md),
                              with the evidence sentence and its offsets in the
                              cleaned text of the document

Every row carries, per document, an evidence snippet that must occur verbatim
in that document's cleaned text; the script fails if one does not, if a name
does not resolve to an entity, if two entities share an alias, or if two rows
collapse to the same scoring unit.

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

DOCS = {
    "D1": "zambia_zimbabwe_kariba_allocation.txt",
    "D2": "mongolia_china_shiveekhuren_rail.txt",
    "D3": "uganda_tanzania_eacop_transit_fee.txt",
    "D4": "comoros_france_mayotte_interceptions.txt",
    "D5": "eswatini_us_deportees_ruling.txt",
    "D6": "mauritius_seychelles_mascarene_licensing.txt",
    "D7": "botswana_zimbabwe_binational_commission.html",
    "D8": "madagascar_afdb_jirama_loan.html",
}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
PREDICATES = {
    "head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
    "located_in", "capital_of", "borders", "met_with", "visited",
    "negotiating_with", "contacted", "brokered", "party_to",
    "signed_agreement_with", "candidate_for", "normalized_relations_with",
    "diplomatic_relations_with", "allied_with", "recognizes", "supported",
    "criticized", "threatened", "sanctioned", "in_conflict_with", "attacked",
    "killed", "took_control_of", "blockaded", "seceded_from",
    "gained_independence_from", "imports_from", "trades_with",
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
ENTITIES = []


def ent(name, typ, *aliases):
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases)})


# countries
ent("Zambia", "Country", "Republic of Zambia")
ent("Zimbabwe", "Country", "Republic of Zimbabwe")
ent("Mozambique", "Country", "Republic of Mozambique")
ent("South Africa", "Country", "Republic of South Africa", "RSA")
ent("Mongolia", "Country")
ent("China", "Country", "People's Republic of China", "PRC")
ent("Russia", "Country", "Russian Federation")
ent("United States", "Country", "U.S.", "US", "USA", "U.S.A.", "United States of America",
    "America", "Washington", "U.S. government", "Trump administration")
ent("Japan", "Country")
ent("South Korea", "Country", "Republic of Korea", "ROK")
ent("Uganda", "Country", "Republic of Uganda")
ent("Tanzania", "Country", "United Republic of Tanzania")
ent("Burundi", "Country", "Republic of Burundi")
ent("Kenya", "Country")
ent("Comoros", "Country", "Union of the Comoros", "Comoro Islands")
ent("France", "Country", "French Republic")
ent("Eswatini", "Country", "Kingdom of Eswatini", "Swaziland")
ent("Vietnam", "Country", "Viet Nam")
ent("Laos", "Country", "Lao PDR")
ent("Cuba", "Country")
ent("Yemen", "Country")
ent("Jamaica", "Country")
ent("Rwanda", "Country")
ent("Ghana", "Country")
ent("Mauritius", "Country", "Republic of Mauritius")
ent("Seychelles", "Country", "Republic of Seychelles")
ent("India", "Country", "Republic of India")
ent("United Kingdom", "Country", "UK", "U.K.", "Britain", "Great Britain")
ent("Botswana", "Country", "Republic of Botswana")
ent("Madagascar", "Country", "Republic of Madagascar")
ent("Mauritania", "Country")

# cities
ent("Lusaka", "City")
ent("Harare", "City")
ent("Livingstone", "City")
ent("Ulaanbaatar", "City", "Ulan Bator")
ent("Beijing", "City")
ent("Moscow", "City")
ent("Shiveekhuren", "City", "Shivee Khuren")
ent("Ceke", "City")
ent("Kampala", "City")
ent("Dodoma", "City")
ent("Dar es Salaam", "City")
ent("Tanga", "City")
ent("Arusha", "City")
ent("Mombasa", "City")
ent("Moroni", "City")
ent("Paris", "City")
ent("Mamoudzou", "City")
ent("New York", "City", "New York City")
ent("Marseille", "City")
ent("Mbabane", "City")
ent("Pretoria", "City")
ent("Johannesburg", "City")
ent("Port Louis", "City")
ent("Reduit", "City", "Réduit")
ent("Ebène", "City", "Ebene")
ent("Victoria", "City")
ent("Gaborone", "City")
ent("Ramokgwebana", "City")
ent("Plumtree", "City")
ent("Antananarivo", "City", "Tana")
ent("Abidjan", "City")
ent("Toamasina", "City", "Tamatave")

# regions
ent("Lake Kariba", "Region")
ent("Zambezi", "Region", "Zambezi River", "upper Zambezi")
ent("Victoria Falls", "Region")
ent("Umnugovi", "Region", "Umnugovi province", "Omnogovi", "Ömnögovi", "South Gobi")
ent("Inner Mongolia", "Region", "Inner Mongolia region", "Inner Mongolia Autonomous Region")
ent("Lake Albert", "Region")
ent("Hoima district", "Region", "Hoima")
ent("Mayotte", "Region")
ent("Anjouan", "Region", "Ndzuani")
ent("Réunion", "Region", "Reunion", "La Réunion")
ent("Indian Ocean", "Region")
ent("Mascarene Plateau", "Region")
ent("Joint Management Area", "Region", "JMA", "Mascarene Plateau Joint Management Area")
ent("Saya de Malha Bank", "Region", "Saya de Malha")
ent("Agalega", "Region", "Agalega islands")
ent("Chagos Archipelago", "Region", "Chagos", "Chagos Islands")
ent("North-East District", "Region", "North East District")
ent("Sua Pan", "Region")
ent("Matabeleland South", "Region", "Matabeleland South province")
ent("Shashe", "Region", "Shashe River")
ent("Limpopo", "Region", "Limpopo River")

# organizations
ent("Zambezi River Authority", "Organization", "ZRA")
ent("ZESCO", "Organization", "Zesco", "ZESCO Limited")
ent("Zimbabwe Power Company", "Organization", "ZPC")
ent("Southern African Development Community", "Organization", "SADC")
ent("Southern African Power Pool", "Organization", "SAPP")
ent("Eskom", "Organization")
ent("World Bank", "Organization", "World Bank Group")
ent("Southern Africa Policy Forum", "Organization")
ent("Erdenes Tavan Tolgoi", "Organization")
ent("Rio Tinto", "Organization")
ent("Asian Development Bank", "Organization", "ADB")
ent("Ulaanbaatar Railway", "Organization")
ent("Russian Railways", "Organization", "RZD")
ent("Shanghai Cooperation Organisation", "Organization", "SCO", "Shanghai Cooperation Organization")
ent("Steppe Institute for Strategic Studies", "Organization", "Steppe Institute")
ent("Mongolian Ministry of Road and Transport Development", "Organization",
    "Ministry of Road and Transport Development")
ent("TotalEnergies", "Organization", "Total")
ent("Uganda National Oil Company", "Organization", "UNOC")
ent("Tanzania Petroleum Development Corporation", "Organization", "TPDC")
ent("CNOOC", "Organization", "China National Offshore Oil Corporation")
ent("African Export-Import Bank", "Organization", "Afreximbank")
ent("European Parliament", "Organization")
ent("StopEACOP", "Organization", "StopEACOP coalition", "Stop EACOP")
ent("East African Community", "Organization", "EAC")
ent("Albertine Policy Centre", "Organization")
ent("African Union", "Organization", "AU")
ent("African Union Commission", "Organization", "AU Commission", "AUC")
ent("UN General Assembly", "Organization", "United Nations General Assembly", "UNGA")
ent("Centre for Indian Ocean Studies", "Organization")
ent("European Union", "Organization", "EU")
ent("High Court of Eswatini", "Organization", "Eswatini High Court")
ent("Eswatini Litigation Network", "Organization")
ent("U.S. Department of Homeland Security", "Organization", "Department of Homeland Security",
    "DHS", "US Department of Homeland Security")
ent("Southern Africa Litigation Centre", "Organization", "SALC")
ent("Centre for Southern African Governance", "Organization")
ent("UN Commission on the Limits of the Continental Shelf", "Organization",
    "United Nations Commission on the Limits of the Continental Shelf",
    "Commission on the Limits of the Continental Shelf", "CLCS")
ent("United Seychelles", "Organization", "United Seychelles party")
ent("Indian Ocean Commission", "Organization", "IOC", "Commission de l'océan Indien", "COI")
ent("Institute for Ocean Governance", "Organization")
ent("Botswana Power Corporation", "Organization", "BPC")
ent("Anglo American", "Organization", "Anglo American plc")
ent("De Beers", "Organization")
ent("Kalahari Policy Institute", "Organization")
ent("African Development Bank", "Organization", "AfDB", "African Development Bank Group")
ent("Jirama", "Organization", "JIRAMA")
ent("CAPSAT", "Organization", "CAPSAT army unit")
ent("International Monetary Fund", "Organization", "IMF")
ent("Agence Française de Développement", "Organization", "AFD",
    "Agence Francaise de Developpement", "French Development Agency")
ent("Gen Z Madagascar", "Organization", "Gen Z Madagascar movement")
ent("Centre for Economic Governance Studies", "Organization")

# facilities
ent("Kariba Dam", "Facility", "Kariba dam wall")
ent("Victoria Falls Bridge", "Facility")
ent("Kariba North Bank power station", "Facility", "Kariba North Bank")
ent("Kariba South power station", "Facility", "Kariba South")
ent("Cahora Bassa", "Facility", "Cahora Bassa plant", "Cahora Bassa dam")
ent("Batoka Gorge hydropower project", "Facility", "Batoka Gorge", "Batoka",
    "Batoka Gorge project")
ent("Tavan Tolgoi", "Facility", "Tavan Tolgoi coal field")
ent("Oyu Tolgoi", "Facility", "Oyu Tolgoi mine", "Oyu Tolgoi copper mine")
ent("East African Crude Oil Pipeline", "Facility", "EACOP", "EACOP pipeline")
ent("Tilenga", "Facility", "Tilenga field")
ent("Kingfisher", "Facility", "Kingfisher field")
ent("Matsapha Correctional Centre", "Facility", "Matsapha prison")
ent("Robert Gabriel Mugabe International Airport", "Facility", "Harare International Airport")
ent("Hwange power station", "Facility", "Hwange")
ent("Botash", "Facility", "Botash plant")

# people
ent("Makozo Chikote", "Person", "Chikote")
ent("July Moyo", "Person", "Moyo")
ent("Hakainde Hichilema", "Person", "Hichilema", "President Hakainde Hichilema")
ent("Emmerson Mnangagwa", "Person", "Mnangagwa", "President Emmerson Mnangagwa")
ent("Natasha Mwanza", "Person", "Mwanza")
ent("Li Qiang", "Person", "Li", "Premier Li Qiang")
ent("Gombojav Zandanshatar", "Person", "Zandanshatar", "Gombojavyn Zandanshatar")
ent("Ukhnaagiin Khurelsukh", "Person", "Khurelsukh", "Khürelsükh", "Ukhnaagiin Khürelsükh")
ent("Bolormaa Tserendorj", "Person", "Tserendorj")
ent("Jessica Alupo", "Person", "Alupo")
ent("Samia Suluhu Hassan", "Person", "Samia", "Suluhu Hassan", "Samia Suluhu")
ent("Yoweri Museveni", "Person", "Museveni")
ent("Ruth Nankabirwa", "Person", "Nankabirwa")
ent("Veronica Nduva", "Person", "Nduva")
ent("Grace Atuhaire", "Person", "Atuhaire")
ent("Mbae Mohamed", "Person", "Mbae")
ent("Bruno Retailleau", "Person", "Retailleau")
ent("Azali Assoumani", "Person", "Azali")
ent("Mahmoud Ali Youssouf", "Person", "Youssouf")
ent("Emmanuel Macron", "Person", "Macron")
ent("Ibrahim Abdou", "Person", "Abdou")
ent("Mbuso Simelane", "Person", "Simelane")
ent("Thabile Mdluli", "Person", "Mdluli")
ent("Donald Trump", "Person", "Trump")
ent("Mswati III", "Person", "King Mswati III", "Mswati")
ent("Russell Mmiso Dlamini", "Person", "Russell Dlamini", "Dlamini")
ent("Ronald Lamola", "Person", "Lamola")
ent("Pholile Shakantu", "Person", "Shakantu")
ent("Thandeka Magagula", "Person", "Magagula")
ent("Sabelo Nxumalo", "Person", "Nxumalo")
ent("Patrick Herminie", "Person", "Herminie")
ent("Navin Ramgoolam", "Person", "Ramgoolam")
ent("Dharam Gokhool", "Person", "Gokhool")
ent("Ritish Ramful", "Person", "Ramful")
ent("Wavel Ramkalawan", "Person", "Ramkalawan")
ent("Edgard Razafindravahy", "Person", "Razafindravahy")
ent("Marie-Claire Laporte", "Person", "Laporte")
ent("Duma Boko", "Person", "Boko")
ent("Phenyo Butale", "Person", "Butale")
ent("Amon Murwira", "Person", "Murwira")
ent("Kagiso Sebina", "Person", "Sebina")
ent("Sidi Ould Tah", "Person", "Ould Tah")
ent("Michael Randrianirina", "Person", "Randrianirina", "Colonel Michael Randrianirina")
ent("Andry Rajoelina", "Person", "Rajoelina")
ent("Herintsalama Rajaonarivelo", "Person", "Rajaonarivelo")
ent("Hery Rakotondrabe", "Person", "Rakotondrabe")

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, modality, ev, time=None, req=True, alt_s=None, alt_p=None, alt_o=None,
      note=None, role=""):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev, time=time, required=req,
                     alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, note=note, role=role))


# ---- D1 zambia_zimbabwe_kariba_allocation (wire, no year: weekdays get no time)
R("Zambia", "signed_agreement_with", "Zimbabwe", "reported",
  {"D1": "Zambia and Zimbabwe signed a revised water allocation protocol on Tuesday"},
  note="'... signed a revised water allocation protocol on Tuesday ..., officials said'")
R("Makozo Chikote", "works_for", "Zambia", "asserted",
  {"D1": "Zambia's energy minister, Makozo Chikote"}, role="energy minister")
R("July Moyo", "works_for", "Zimbabwe", "asserted",
  {"D1": "Zimbabwe's delegation was led by Energy and Power Development Minister July Moyo"},
  role="energy and power development minister")
R("Zambezi River Authority", "based_in", "Lusaka", "asserted",
  {"D1": "the Lusaka-based joint body"})
R("Zambia", "member_of", "Zambezi River Authority", "asserted",
  {"D1": "the Lusaka-based joint body that manages the Kariba Dam"}, req=False,
  note="'joint body' of the two states: membership is a loose reading")
R("Zimbabwe", "member_of", "Zambezi River Authority", "asserted",
  {"D1": "the Lusaka-based joint body that manages the Kariba Dam"}, req=False,
  note="'joint body' of the two states: membership is a loose reading")
R("Livingstone", "located_in", "Zambia", "asserted",
  {"D1": "the Zambian tourist town of Livingstone"})
R("July Moyo", "visited", "Zambia", "asserted",
  {"D1": "crossed the Victoria Falls Bridge into Zambia"}, alt_o=["Livingstone"])
R("Makozo Chikote", "met_with", "July Moyo", "reported",
  {"D1": "Chikote and Moyo held talks for about four hours before the signing, according to a ZRA statement"})
R("ZESCO", "based_in", "Zambia", "asserted",
  {"D1": "Zambia's state utility ZESCO"}, req=False, note="possessive, loose")
R("ZESCO", "criticized", "Zimbabwe Power Company", "asserted",
  {"D1": "a charge that ZESCO engineers have levelled at the Zimbabwe Power Company"},
  req=False, alt_o=["Zimbabwe"], note="ZESCO engineers stand for the utility")
R("Zambia", "borders", "Zimbabwe", "asserted",
  {"D1": "The Zambezi forms most of the border between the two neighbours"},
  note="D1 needs 'the two neighbours' resolved")
R("Zambia", "member_of", "Southern African Development Community", "asserted",
  {"D1": "which are both members of the Southern African Development Community (SADC)"})
R("Zimbabwe", "member_of", "Southern African Development Community", "asserted",
  {"D1": "which are both members of the Southern African Development Community (SADC)",
   "D7": "the Southern African Development Community (SADC), to which both countries belong"})
R("Southern African Power Pool", "based_in", "Harare", "asserted",
  {"D1": "the Harare-based Southern African Power Pool"})
R("Zambia", "imports_from", "Mozambique", "reported",
  {"D1": "Zambia, which has imported emergency electricity from Mozambique since 2024"},
  time="2024", alt_p=["trades_with"], role="electricity",
  note="relative clause inside an attributed sentence; 'since 2024'")
R("Zambia", "imports_from", "South Africa", "hedged",
  {"D1": "could also seek additional supplies from South Africa's Eskom"},
  alt_o=["Eskom"], alt_p=["trades_with"], role="electricity")
R("Eskom", "based_in", "South Africa", "asserted",
  {"D1": "South Africa's Eskom"}, req=False, note="possessive, loose")
R("Zimbabwe", "imports_from", "Mozambique", "asserted",
  {"D1": "Zimbabwe already imports power from Mozambique's Cahora Bassa plant"},
  alt_p=["trades_with"], role="electricity")
R("Cahora Bassa", "located_in", "Mozambique", "asserted",
  {"D1": "Mozambique's Cahora Bassa plant"}, req=False, note="possessive, loose")
R("Hakainde Hichilema", "head_of", "Zambia", "asserted",
  {"D1": "Zambian President Hakainde Hichilema"}, role="president")
R("Hakainde Hichilema", "met_with", "July Moyo", "negated",
  {"D1": "Zambian President Hakainde Hichilema did not meet the Zimbabwean ministers"},
  alt_o=["Zimbabwe"], note="'did not meet the Zimbabwean ministers, his office said'")
R("Hakainde Hichilema", "contacted", "Emmerson Mnangagwa", "asserted",
  {"D1": "he spoke by telephone on Monday evening with Zimbabwe's President Emmerson Mnangagwa"})
R("Emmerson Mnangagwa", "head_of", "Zimbabwe", "asserted",
  {"D1": "Zimbabwe's President Emmerson Mnangagwa",
   "D7": "Zimbabwe's President Emmerson Mnangagwa"}, role="president")
R("Zambia", "signed_agreement_with", "Zimbabwe", "planned",
  {"D1": "they plan to sign a financing agreement for the long-delayed 2,400-megawatt Batoka Gorge hydropower project"},
  req=False, note="the ministers plan to sign the Batoka financing agreement; counterparties unclear")
R("World Bank", "supported", "Batoka Gorge hydropower project", "negated",
  {"D1": "has not committed money to Batoka, a bank spokesperson said"},
  note="reported and negated: negated wins")
R("World Bank", "supported", "Kariba Dam", "asserted",
  {"D1": "The World Bank, which financed the repair of the Kariba Dam's eroded plunge pool"},
  req=False, note="financing of a facility: type strain")
R("Natasha Mwanza", "works_for", "Southern Africa Policy Forum", "asserted",
  {"D1": "Natasha Mwanza, an energy economist at the Southern Africa Policy Forum"}, role="energy economist")
R("Southern Africa Policy Forum", "based_in", "Lusaka", "asserted",
  {"D1": "the Southern Africa Policy Forum, a think tank in Lusaka"})
R("Makozo Chikote", "head_of", "Zambezi River Authority", "asserted",
  {"D1": "Zambia's energy minister, Makozo Chikote, chaired the session"}, req=False,
  alt_p=["works_for"], note="chaired one session of the authority's council of ministers")
R("Zambia", "in_conflict_with", "Zimbabwe", "asserted",
  {"D1": "has been held back by arguments over who would carry its debt"}, req=False,
  note="arguments over Batoka's debt: a loose reading of a long-running dispute")

# ---- D2 mongolia_china_shiveekhuren_rail (wire)
R("Mongolia", "signed_agreement_with", "China", "asserted",
  {"D2": "Mongolia and China signed an agreement on Thursday to build a cross-border railway"})
R("Li Qiang", "head_of", "China", "asserted",
  {"D2": "Chinese Premier Li Qiang"}, alt_p=["works_for"], role="premier")
R("Li Qiang", "visited", "Ulaanbaatar", "asserted",
  {"D2": "Chinese Premier Li Qiang, who arrived in Ulaanbaatar on Wednesday for a two-day visit"},
  alt_o=["Mongolia"])
R("Li Qiang", "met_with", "Gombojav Zandanshatar", "asserted",
  {"D2": "held talks with Mongolian Prime Minister Gombojav Zandanshatar"})
R("Gombojav Zandanshatar", "head_of", "Mongolia", "asserted",
  {"D2": "Mongolian Prime Minister Gombojav Zandanshatar"}, alt_p=["works_for"], role="prime minister")
R("Li Qiang", "met_with", "Ukhnaagiin Khurelsukh", "reported",
  {"D2": "Li also met President Ukhnaagiin Khurelsukh, the Mongolian presidential office said"})
R("Ukhnaagiin Khurelsukh", "head_of", "Mongolia", "asserted",
  {"D2": "President Ukhnaagiin Khurelsukh, the Mongolian presidential office said"}, role="president",
  note="'President ... the Mongolian presidential office'")
R("Shiveekhuren", "located_in", "Umnugovi", "asserted",
  {"D2": "Shiveekhuren, in Mongolia's Umnugovi province"})
R("Umnugovi", "located_in", "Mongolia", "asserted",
  {"D2": "Mongolia's Umnugovi province"})
R("Shiveekhuren", "located_in", "Mongolia", "asserted",
  {"D2": "Shiveekhuren, in Mongolia's Umnugovi province"}, req=False, note="transitive")
R("Ceke", "located_in", "Inner Mongolia", "asserted",
  {"D2": "Ceke, a rail hub in China's Inner Mongolia region"})
R("Inner Mongolia", "located_in", "China", "asserted",
  {"D2": "China's Inner Mongolia region"})
R("Ceke", "located_in", "China", "asserted",
  {"D2": "Ceke, a rail hub in China's Inner Mongolia region"}, req=False, note="transitive")
R("Tavan Tolgoi", "located_in", "Umnugovi", "asserted",
  {"D2": "Umnugovi is home to the Tavan Tolgoi coal field"})
R("Oyu Tolgoi", "located_in", "Umnugovi", "asserted",
  {"D2": "and to the Oyu Tolgoi copper mine, operated by Rio Tinto"})
R("China", "imports_from", "Mongolia", "asserted",
  {"D2": "China buys almost all of Mongolia's coal exports"}, alt_p=["trades_with"], role="coal")
R("Mongolia", "borders", "Russia", "asserted",
  {"D2": "Mongolia, which is landlocked between Russia and China"})
R("Mongolia", "borders", "China", "asserted",
  {"D2": "Mongolia, which is landlocked between Russia and China"},
  note="also 'its southern neighbour' in the lead")
R("Mongolia", "imports_from", "Russia", "asserted",
  {"D2": "in turn imports more than 90 percent of its fuel from Russia"}, alt_p=["trades_with"],
  role="fuel")
R("Asian Development Bank", "supported", "Mongolia", "planned",
  {"D2": "The Asian Development Bank will lend $240 million for the Mongolian section of the line"},
  note="reported and planned: planned wins")
R("Mongolia", "contacted", "Russia", "negated",
  {"D2": "Moscow was not consulted on the project"}, req=False,
  alt_s=["China"], alt_p=["negotiating_with"], alt_o=["Moscow"],
  note="'Moscow was not consulted' (by the two signatories): loose reading")
R("Russian Railways", "member_of", "Ulaanbaatar Railway", "asserted",
  {"D2": "a joint venture in which Russian Railways holds half of the shares"}, req=False,
  note="shareholding read as membership: type strain")
R("Russia", "negotiating_with", "Mongolia", "asserted",
  {"D2": "Russia and Mongolia are negotiating a new freight tariff"})
R("Li Qiang", "visited", "Oyu Tolgoi", "negated",
  {"D2": "Li did not visit the Oyu Tolgoi mine"})
R("Ukhnaagiin Khurelsukh", "visited", "Beijing", "hedged",
  {"D2": "Khurelsukh is expected to visit Beijing in September"}, alt_o=["China"],
  note="wire copy without year: no time")
R("Mongolia", "member_of", "Shanghai Cooperation Organisation", "negated",
  {"D2": "Mongolia, an observer, is not a full member of the Shanghai Cooperation Organisation"})
R("Mongolia", "allied_with", "United States", "asserted",
  {"D2": "courted what they call \"third neighbours\", including the United States, Japan and South Korea"},
  req=False, note="courting 'third neighbours': loose partnership")
R("Mongolia", "allied_with", "Japan", "asserted",
  {"D2": "courted what they call \"third neighbours\", including the United States, Japan and South Korea"},
  req=False, note="courting 'third neighbours': loose partnership")
R("Mongolia", "allied_with", "South Korea", "asserted",
  {"D2": "courted what they call \"third neighbours\", including the United States, Japan and South Korea"},
  req=False, note="courting 'third neighbours': loose partnership")
R("Bolormaa Tserendorj", "works_for", "Steppe Institute for Strategic Studies", "asserted",
  {"D2": "Bolormaa Tserendorj, a researcher at the Steppe Institute for Strategic Studies"}, role="researcher")
R("Steppe Institute for Strategic Studies", "based_in", "Ulaanbaatar", "asserted",
  {"D2": "the Steppe Institute for Strategic Studies, an Ulaanbaatar think tank"})

# ---- D3 uganda_tanzania_eacop_transit_fee (wire)
R("Uganda", "signed_agreement_with", "Tanzania", "reported",
  {"D3": "Uganda and Tanzania signed a protocol on Thursday fixing the transit fee"},
  alt_s=["Jessica Alupo"], alt_o=["Samia Suluhu Hassan"],
  note="'..., officials from both governments said'")
R("Uganda", "negotiating_with", "Tanzania", "asserted",
  {"D3": "down from the $12.77 that Dodoma had sought"}, req=False, alt_o=["Dodoma"],
  note="bargaining implied by the fee Dodoma had sought")
R("Jessica Alupo", "works_for", "Uganda", "asserted",
  {"D3": "Ugandan Vice President Jessica Alupo"}, role="vice president")
R("Jessica Alupo", "visited", "Dar es Salaam", "asserted",
  {"D3": "signed for Kampala at State House in Dar es Salaam"}, alt_o=["Tanzania"])
R("Jessica Alupo", "met_with", "Samia Suluhu Hassan", "asserted",
  {"D3": "where she was received by Tanzania's President Samia Suluhu Hassan"})
R("Samia Suluhu Hassan", "head_of", "Tanzania", "asserted",
  {"D3": "Tanzania's President Samia Suluhu Hassan"}, role="president")
R("Yoweri Museveni", "head_of", "Uganda", "asserted",
  {"D3": "Uganda's President Yoweri Museveni"}, role="president")
R("Yoweri Museveni", "visited", "Dar es Salaam", "negated",
  {"D3": "who had been expected to travel to Dar es Salaam, did not attend"}, alt_o=["Tanzania"],
  note="expected (hedged) but did not attend: negated wins")
R("Yoweri Museveni", "contacted", "Samia Suluhu Hassan", "reported",
  {"D3": "Museveni and Samia spoke by phone on Wednesday, Tanzania's presidency said"},
  note="direction not given; the reverse row is optional")
R("Samia Suluhu Hassan", "contacted", "Yoweri Museveni", "reported",
  {"D3": "Museveni and Samia spoke by phone on Wednesday, Tanzania's presidency said"},
  req=False, note="reverse direction of a call with no stated caller")
R("Tilenga", "located_in", "Uganda", "asserted",
  {"D3": "the Tilenga and Kingfisher fields near Lake Albert in western Uganda"})
R("Kingfisher", "located_in", "Uganda", "asserted",
  {"D3": "the Tilenga and Kingfisher fields near Lake Albert in western Uganda"})
R("Lake Albert", "located_in", "Uganda", "asserted",
  {"D3": "Lake Albert in western Uganda"}, req=False,
  note="the lake is shared with DR Congo; the phrase locates its Ugandan shore")
R("Tanga", "located_in", "Tanzania", "asserted",
  {"D3": "the Tanzanian port of Tanga"})
R("CNOOC", "based_in", "China", "asserted",
  {"D3": "China's CNOOC"}, req=False, note="possessive, loose")
R("Ruth Nankabirwa", "works_for", "Uganda", "asserted",
  {"D3": "Uganda's energy minister, Ruth Nankabirwa"}, role="energy minister")
R("African Export-Import Bank", "supported", "East African Crude Oil Pipeline", "hedged",
  {"D3": "Lenders led by the African Export-Import Bank are expected to release a second tranche of debt financing next month"},
  note="reported and hedged: hedged wins")
R("European Parliament", "criticized", "East African Crude Oil Pipeline", "asserted",
  {"D3": "the European Parliament condemned it in a 2022 resolution"}, time="2022")
R("StopEACOP", "criticized", "Uganda", "asserted",
  {"D3": "Climate campaigners from the StopEACOP coalition accused the two governments on Thursday"})
R("StopEACOP", "criticized", "Tanzania", "asserted",
  {"D3": "Climate campaigners from the StopEACOP coalition accused the two governments on Thursday"})
R("Uganda", "criticized", "StopEACOP", "asserted",
  {"D3": "Uganda's ministry of energy rejected the charge"}, req=False,
  note="'rejected the charge' (rejected claims of); needs the antecedent")
R("Uganda", "member_of", "East African Community", "asserted",
  {"D3": "Both countries are members of the East African Community"})
R("Tanzania", "member_of", "East African Community", "asserted",
  {"D3": "Both countries are members of the East African Community"})
R("Veronica Nduva", "head_of", "East African Community", "asserted",
  {"D3": "the East African Community, whose secretary general, Veronica Nduva"},
  alt_p=["works_for"], role="secretary general")
R("East African Community", "based_in", "Arusha", "asserted",
  {"D3": "from the bloc's headquarters in Arusha"})
R("Burundi", "negotiating_with", "Tanzania", "reported",
  {"D3": "is in talks with Tanzania on a refined-products pipeline, a Burundian energy official said"})
R("Grace Atuhaire", "works_for", "Albertine Policy Centre", "asserted",
  {"D3": "Grace Atuhaire, an oil analyst at the Albertine Policy Centre"}, role="oil analyst")
R("Albertine Policy Centre", "based_in", "Kampala", "asserted",
  {"D3": "the Albertine Policy Centre, a Kampala think tank"})
R("Mombasa", "located_in", "Kenya", "asserted",
  {"D3": "Kenya, whose port of Mombasa"})

# ---- D4 comoros_france_mayotte_interceptions (published 2025-09-18, Thursday)
R("Comoros", "criticized", "France", "asserted",
  {"D4": "He accused France of treating Comorian waters"}, time="2025-09-16",
  alt_s=["Mbae Mohamed"], note="Tuesday's summons; 'He' = Mbae Mohamed")
R("Mbae Mohamed", "works_for", "Comoros", "asserted",
  {"D4": "Foreign Minister Mbae Mohamed told the ambassador"}, role="foreign minister",
  note="country from context (the Comorian government summoned the envoy)")
R("Mbae Mohamed", "met_with", "France", "asserted",
  {"D4": "Foreign Minister Mbae Mohamed told the ambassador"}, time="2025-09-16", req=False,
  alt_s=["Comoros"], note="summoning an unnamed French ambassador")
R("Anjouan", "located_in", "Comoros", "asserted",
  {"D4": "were still in its own waters off the island of Anjouan"}, req=False,
  note="implied by 'its own waters off the island of Anjouan'")
R("Comoros", "in_conflict_with", "France", "asserted",
  {"D4": "the latest flare-up in a half-century dispute over Mayotte"},
  note="long-running dispute over Mayotte")
R("France", "criticized", "Comoros", "asserted",
  {"D4": "Paris denied that its vessel had left the waters around Mayotte"}, req=False,
  alt_s=["Paris"], note="rejecting the Comorian claim; loose")
R("France", "criticized", "African Union", "asserted",
  {"D4": "but France has never accepted their resolutions"}, req=False,
  note="'never accepted their resolutions' read as rejection")
R("France", "criticized", "UN General Assembly", "asserted",
  {"D4": "but France has never accepted their resolutions"}, req=False,
  note="'never accepted their resolutions' read as rejection")
R("Bruno Retailleau", "works_for", "France", "asserted",
  {"D4": "The French interior minister, Bruno Retailleau"}, role="interior minister")
R("Moroni", "capital_of", "Comoros", "asserted",
  {"D4": "The Comoros, whose capital is Moroni"})
R("Moroni", "located_in", "Comoros", "asserted",
  {"D4": "The Comoros, whose capital is Moroni"}, req=False, note="entailed by capital_of")
R("Comoros", "gained_independence_from", "France", "asserted",
  {"D4": "since it declared independence from France in 1975"}, time="1975")
R("Mayotte", "located_in", "France", "asserted",
  {"D4": "The island became an overseas department in 2011"}, req=False,
  note="'overseas department' without 'French'; sovereignty contested by the Comoros")
R("Mamoudzou", "located_in", "Mayotte", "asserted",
  {"D4": "Its main town, Mamoudzou"}, note="'Its' = Mayotte")
R("African Union", "supported", "Comoros", "asserted",
  {"D4": "The African Union and the UN General Assembly have repeatedly backed Moroni's claim"},
  alt_o=["Moroni"])
R("UN General Assembly", "supported", "Comoros", "asserted",
  {"D4": "The African Union and the UN General Assembly have repeatedly backed Moroni's claim"},
  alt_o=["Moroni"])
R("Azali Assoumani", "head_of", "Comoros", "asserted",
  {"D4": "Comorian President Azali Assoumani"}, role="president")
R("Azali Assoumani", "visited", "New York", "planned",
  {"D4": "will raise the Mayotte question at the UN General Assembly in New York next week"},
  time="2025-09", alt_o=["United States"], note="'next week' from 2025-09-18")
R("Azali Assoumani", "contacted", "Mahmoud Ali Youssouf", "reported",
  {"D4": "Azali spoke by phone on Wednesday with the chairperson of the African Union Commission, Mahmoud Ali Youssouf"},
  time="2025-09-17", note="'..., the presidency said'")
R("Mahmoud Ali Youssouf", "head_of", "African Union Commission", "asserted",
  {"D4": "the chairperson of the African Union Commission, Mahmoud Ali Youssouf"},
  alt_p=["works_for"], alt_o=["African Union"], role="chairperson")
R("Comoros", "signed_agreement_with", "France", "negated",
  {"D4": "the Comoros would not sign a new agreement with France on the return of migrants until the patrols stop"},
  alt_s=["Mbae Mohamed"], note="future refusal with an unmet condition")
R("Comoros", "signed_agreement_with", "France", "asserted",
  {"D4": "The two countries signed a framework document in 2019"}, time="2019")
R("France", "supported", "Comoros", "asserted",
  {"D4": "France is the Comoros' largest bilateral donor"},
  note="also the 2019 aid pledge of 150 million euros")
R("Emmanuel Macron", "head_of", "France", "asserted",
  {"D4": "French President Emmanuel Macron"}, role="president")
R("Emmanuel Macron", "visited", "Mayotte", "asserted",
  {"D4": "who visited Mayotte twice after the cyclone"})
R("Réunion", "located_in", "France", "asserted",
  {"D4": "Réunion, the other French department in the Indian Ocean",
   "D6": "the French island of Réunion"})
R("Réunion", "located_in", "Indian Ocean", "asserted",
  {"D4": "Réunion, the other French department in the Indian Ocean"})
R("Mayotte", "located_in", "Indian Ocean", "asserted",
  {"D4": "Réunion, the other French department in the Indian Ocean"}, req=False,
  note="implied by 'the other ... department in the Indian Ocean'")
R("Comoros", "allied_with", "France", "asserted",
  {"D4": "Relations between Moroni and Paris are otherwise close"},
  alt_s=["Moroni"], alt_o=["Paris"], note="capital metonymy; 'close' relations")
R("Ibrahim Abdou", "works_for", "Centre for Indian Ocean Studies", "asserted",
  {"D4": "Ibrahim Abdou, a researcher at the Centre for Indian Ocean Studies in Moroni"}, role="researcher")
R("Centre for Indian Ocean Studies", "based_in", "Moroni", "asserted",
  {"D4": "the Centre for Indian Ocean Studies in Moroni"})
R("European Union", "supported", "France", "asserted",
  {"D4": "The European Union, which funds part of the maritime surveillance around Mayotte"},
  req=False, note="funding French surveillance: loose")

# ---- D5 eswatini_us_deportees_ruling (published 2025-11-14, Friday)
R("High Court of Eswatini", "based_in", "Eswatini", "asserted",
  {"D5": "The High Court of Eswatini ruled on Wednesday"}, req=False, note="from the name")
R("Mbuso Simelane", "works_for", "High Court of Eswatini", "asserted",
  {"D5": "Judge Mbuso Simelane said"}, req=False, alt_o=["Eswatini"], role="judge",
  note="court from context")
R("United States", "supported", "Eswatini", "reported",
  {"D5": "Washington is paying Eswatini $5.1 million to strengthen its border and migration management, according to documents filed in court"})
R("United States", "signed_agreement_with", "Eswatini", "reported",
  {"D5": "Under the agreement, Washington is paying Eswatini"},
  note="'a lawful agreement with a friendly government'; 'an agreement between two executives'")
R("Donald Trump", "head_of", "United States", "asserted",
  {"D5": "U.S. President Donald Trump"}, role="president")
R("United States", "signed_agreement_with", "Rwanda", "asserted",
  {"D5": "Washington has reached similar arrangements with Rwanda, Uganda and Ghana"}, req=False,
  note="'arrangements': loose")
R("United States", "signed_agreement_with", "Uganda", "asserted",
  {"D5": "Washington has reached similar arrangements with Rwanda, Uganda and Ghana"}, req=False,
  note="'arrangements': loose")
R("United States", "signed_agreement_with", "Ghana", "asserted",
  {"D5": "Washington has reached similar arrangements with Rwanda, Uganda and Ghana"}, req=False,
  note="'arrangements': loose")
R("Mswati III", "head_of", "Eswatini", "asserted",
  {"D5": "Eswatini, Africa's last absolute monarchy, is ruled by King Mswati III"}, role="king")
R("Russell Mmiso Dlamini", "head_of", "Eswatini", "asserted",
  {"D5": "Prime Minister Russell Mmiso Dlamini told parliament"}, alt_p=["works_for"],
  alt_o=["Mswati III"], role="prime minister",
  note="head of government appointed by the king")
R("Thabile Mdluli", "works_for", "Eswatini", "asserted",
  {"D5": "Government spokesperson Thabile Mdluli"}, role="government spokesperson")
R("South Africa", "borders", "Eswatini", "asserted",
  {"D5": "South Africa, which surrounds Eswatini on three sides"})
R("South Africa", "criticized", "Eswatini", "asserted",
  {"D5": "South Africa, which surrounds Eswatini on three sides, has criticized the arrangement"},
  alt_s=["Ronald Lamola"], alt_o=["United States"], note="criticized the Eswatini-US arrangement")
R("Ronald Lamola", "works_for", "South Africa", "asserted",
  {"D5": "Foreign Minister Ronald Lamola said in August that Pretoria"}, role="foreign minister",
  note="country from the preceding sentence")
R("Eswatini", "contacted", "South Africa", "negated",
  {"D5": "Pretoria had not been consulted by Mbabane before the first flight landed"},
  alt_s=["Mbabane"], alt_o=["Pretoria"], alt_p=["negotiating_with"],
  note="capital metonymy; reported and negated: negated wins")
R("Eswatini", "borders", "Mozambique", "asserted",
  {"D5": "Eswatini also borders Mozambique"})
R("Thandeka Magagula", "head_of", "Eswatini Litigation Network", "asserted",
  {"D5": "Thandeka Magagula, director of the Eswatini Litigation Network"}, alt_p=["works_for"],
  role="director")
R("Southern Africa Litigation Centre", "based_in", "Johannesburg", "asserted",
  {"D5": "The Southern Africa Litigation Centre, a Johannesburg-based rights group"})
R("Southern Africa Litigation Centre", "contacted", "Southern African Development Community", "planned",
  {"D5": "said it planned to ask the Southern African Development Community to raise the case"},
  req=False, note="a planned request")
R("Eswatini", "member_of", "Southern African Development Community", "asserted",
  {"D5": "SADC, which Eswatini joined in 1980"}, time="1980")
R("Sabelo Nxumalo", "works_for", "Centre for Southern African Governance", "asserted",
  {"D5": "said Sabelo Nxumalo of the Centre for Southern African Governance"})
R("Matsapha Correctional Centre", "located_in", "Eswatini", "asserted",
  {"D5": "the Matsapha Correctional Centre in central Eswatini"})
R("Eswatini Litigation Network", "criticized", "Eswatini", "asserted",
  {"D5": "the Eswatini Litigation Network, which brought the case against the government"},
  req=False, note="bringing a case read as criticism: loose")
R("Eswatini", "allied_with", "United States", "reported",
  {"D5": "the kingdom was honouring \"a lawful agreement with a friendly government\""},
  req=False, note="'a friendly government': loose")
R("U.S. Department of Homeland Security", "based_in", "United States", "asserted",
  {"D5": "The U.S. Department of Homeland Security said"}, req=False, note="from the name")
R("Pholile Shakantu", "works_for", "Eswatini", "asserted",
  {"D5": "Eswatini's foreign minister, Pholile Shakantu"}, role="foreign minister")
R("Ronald Lamola", "met_with", "Pholile Shakantu", "reported",
  {"D5": "Lamola raised the matter with Eswatini's foreign minister, Pholile Shakantu, when she visited Pretoria in September"},
  time="2025-09", note="'..., South African officials said'")
R("Pholile Shakantu", "visited", "Pretoria", "reported",
  {"D5": "when she visited Pretoria in September"}, time="2025-09", alt_o=["South Africa"])

# ---- D6 mauritius_seychelles_mascarene_licensing (published 2026-03-13, Friday)
R("Mauritius", "signed_agreement_with", "Seychelles", "asserted",
  {"D6": "Mauritius and Seychelles signed a protocol on Thursday"}, time="2026-03-12",
  alt_s=["Navin Ramgoolam"], alt_o=["Patrick Herminie"],
  note="also 'concluded treaties in 2012' (same unit)")
R("Patrick Herminie", "head_of", "Seychelles", "asserted",
  {"D6": "Seychelles President Patrick Herminie"}, role="president")
R("Patrick Herminie", "visited", "Port Louis", "asserted",
  {"D6": "who arrived in Port Louis on Wednesday"}, time="2026-03-11", alt_o=["Mauritius"])
R("Patrick Herminie", "met_with", "Navin Ramgoolam", "asserted",
  {"D6": "signed the protocol with Mauritian Prime Minister Navin Ramgoolam at the Government House"},
  time="2026-03", note="joint signing and joint news conference")
R("Navin Ramgoolam", "head_of", "Mauritius", "asserted",
  {"D6": "Mauritian Prime Minister Navin Ramgoolam"}, alt_p=["works_for"], role="prime minister")
R("Patrick Herminie", "met_with", "Dharam Gokhool", "asserted",
  {"D6": "Herminie also met Mauritius's President Dharam Gokhool"}, time="2026-03")
R("Dharam Gokhool", "head_of", "Mauritius", "asserted",
  {"D6": "Mauritius's President Dharam Gokhool"}, role="president")
R("Joint Management Area", "located_in", "Mascarene Plateau", "asserted",
  {"D6": "the seabed zone they jointly manage on the Mascarene Plateau"}, req=False,
  note="needs 'the seabed zone' = Joint Management Area")
R("Saya de Malha Bank", "located_in", "Joint Management Area", "asserted",
  {"D6": "including the Saya de Malha Bank"}, req=False, alt_o=["Mascarene Plateau"])
R("Ritish Ramful", "works_for", "Mauritius", "asserted",
  {"D6": "Mauritius's foreign minister, Ritish Ramful"}, role="foreign minister")
R("Mauritius", "negotiating_with", "India", "negated",
  {"D6": "Ramgoolam denied reports that Mauritius was negotiating with India over survey rights"})
R("Agalega", "located_in", "Mauritius", "asserted",
  {"D6": "the Mauritian island of Agalega"})
R("India", "supported", "Mauritius", "asserted",
  {"D6": "India built an airstrip and jetty on the Mauritian island of Agalega"}, req=False,
  note="building infrastructure read as support: loose")
R("India", "allied_with", "Mauritius", "asserted",
  {"D6": "the two countries' navies already patrol the Mauritian exclusive economic zone together"},
  req=False, note="joint patrols: loose partnership")
R("Patrick Herminie", "member_of", "United Seychelles", "asserted",
  {"D6": "Herminie, whose United Seychelles party returned to power"}, alt_p=["head_of"])
R("Patrick Herminie", "visited", "Réunion", "planned",
  {"D6": "He will travel to the French island of Réunion on Saturday"}, time="2026-03-14",
  alt_o=["France"])
R("Mauritius", "member_of", "Indian Ocean Commission", "asserted",
  {"D6": "Both countries are members of the Indian Ocean Commission"})
R("Seychelles", "member_of", "Indian Ocean Commission", "asserted",
  {"D6": "Both countries are members of the Indian Ocean Commission"})
R("Indian Ocean Commission", "based_in", "Ebène", "asserted",
  {"D6": "the Indian Ocean Commission, which is based in Ebène, Mauritius"}, alt_o=["Mauritius"])
R("Ebène", "located_in", "Mauritius", "asserted",
  {"D6": "Ebène, Mauritius"})
R("Edgard Razafindravahy", "head_of", "Indian Ocean Commission", "asserted",
  {"D6": "The commission's secretary general, Edgard Razafindravahy"}, alt_p=["works_for"],
  role="secretary general")
R("Indian Ocean Commission", "supported", "Mauritius", "planned",
  {"D6": "said the regional body would help fund the patrols"}, req=False, alt_o=["Seychelles"],
  note="funding joint patrols of both states")
R("Mauritius", "signed_agreement_with", "United Kingdom", "asserted",
  {"D6": "the treaty Mauritius signed with the United Kingdom in May 2025"}, time="2025-05")
R("Mauritius", "took_control_of", "Chagos Archipelago", "planned",
  {"D6": "preparing to take over administration of the Chagos Archipelago"}, req=False,
  note="administration handover under a treaty, not a seizure")
R("Seychelles", "criticized", "Mauritius", "negated",
  {"D6": "Seychelles has not raised objections to that treaty"}, req=False,
  alt_o=["United Kingdom"], note="no objection to the Chagos treaty")
R("Marie-Claire Laporte", "works_for", "Institute for Ocean Governance", "asserted",
  {"D6": "Marie-Claire Laporte, a maritime law specialist at the Port Louis-based Institute for Ocean Governance"},
  role="maritime law specialist")
R("Institute for Ocean Governance", "based_in", "Port Louis", "asserted",
  {"D6": "the Port Louis-based Institute for Ocean Governance"})

# ---- D7 botswana_zimbabwe_binational_commission (2025-11-20, Thursday)
R("Botswana", "signed_agreement_with", "Zimbabwe", "asserted",
  {"D7": "Botswana and Zimbabwe signed nine memorandums of understanding on Wednesday"},
  time="2025-11-19")
R("Duma Boko", "head_of", "Botswana", "asserted",
  {"D7": "Botswana's President Duma Boko"}, role="president")
R("Duma Boko", "visited", "Harare", "asserted",
  {"D7": "Boko arrived in Zimbabwe's capital, Harare, on Monday"}, time="2025-11",
  alt_o=["Zimbabwe"], note="'first state visit to Zimbabwe'; arrived Monday 2025-11-17")
R("Duma Boko", "met_with", "Emmerson Mnangagwa", "asserted",
  {"D7": "held talks with President Emmerson Mnangagwa at State House on Wednesday morning"},
  time="2025-11", note="welcomed on Monday (caption), talks on Wednesday")
R("Harare", "capital_of", "Zimbabwe", "asserted",
  {"D7": "Zimbabwe's capital, Harare"})
R("Harare", "located_in", "Zimbabwe", "asserted",
  {"D7": "Zimbabwe's capital, Harare"}, req=False, note="entailed by capital_of")
R("Robert Gabriel Mugabe International Airport", "located_in", "Harare", "asserted",
  {"D7": "at Robert Gabriel Mugabe International Airport in Harare on Monday"})
R("Phenyo Butale", "works_for", "Botswana", "asserted",
  {"D7": "Botswana's minister of international relations, Phenyo Butale"}, role="minister of international relations")
R("Amon Murwira", "works_for", "Zimbabwe", "asserted",
  {"D7": "Zimbabwe's foreign minister, Amon Murwira"}, role="foreign minister")
R("Phenyo Butale", "met_with", "Amon Murwira", "asserted",
  {"D7": "The ministerial session on Tuesday was co-chaired by Botswana's minister of international relations, Phenyo Butale, and Zimbabwe's foreign minister, Amon Murwira"},
  time="2025-11-18")
R("Ramokgwebana", "located_in", "North-East District", "asserted",
  {"D7": "Ramokgwebana lies in Botswana's North-East District"})
R("North-East District", "located_in", "Botswana", "asserted",
  {"D7": "Botswana's North-East District"})
R("Plumtree", "located_in", "Zimbabwe", "asserted",
  {"D7": "Plumtree is a Zimbabwean border town"})
R("Botswana", "borders", "Zimbabwe", "asserted",
  {"D7": "The two countries share a border of about 830 km"})
R("Hwange power station", "located_in", "Zimbabwe", "asserted",
  {"D7": "the expanded Hwange power station in western Zimbabwe"})
R("Zimbabwe Power Company", "trades_with", "Botswana Power Corporation", "planned",
  {"D7": "the Zimbabwe Power Company will study selling surplus electricity"}, req=False,
  note="a study of future power sales")
R("Botswana", "imports_from", "Zimbabwe", "hedged",
  {"D7": "Botswana could begin importing power from Zimbabwe as early as next year, Murwira said"},
  alt_p=["trades_with"], role="electricity")
R("Zimbabwe", "imports_from", "Botswana", "asserted",
  {"D7": "Zimbabwe already buys soda ash and salt from Botswana's Botash plant at Sua Pan"},
  alt_p=["trades_with"], alt_o=["Botash"], role="soda ash, salt")
R("Botash", "located_in", "Sua Pan", "asserted",
  {"D7": "Botswana's Botash plant at Sua Pan"}, req=False, alt_o=["Botswana"])
R("Zimbabwe", "criticized", "Botswana", "asserted",
  {"D7": "Zimbabwe's agriculture ministry has accused Gaborone of breaching the trade protocol"},
  alt_o=["Gaborone"], note="capital metonymy")
R("Botswana", "member_of", "Southern African Development Community", "asserted",
  {"D7": "the Southern African Development Community (SADC), to which both countries belong"})
R("Botswana", "imports_from", "Zimbabwe", "negated",
  {"D7": "Botswana has also not resumed imports of Zimbabwean beef"}, alt_p=["trades_with"],
  role="beef", note="also the ban on Zimbabwean vegetables in the lead ('refused to lift its ban')")
R("Botswana", "sanctioned", "Zimbabwe", "asserted",
  {"D7": "The vegetable ban, which Botswana imposed in 2023 to protect its own farmers"}, time="2023",
  req=False, alt_o=["Gaborone"], note="a general import ban read as an embargo on Zimbabwean produce")
R("Matabeleland South", "located_in", "Zimbabwe", "asserted",
  {"D7": "an outbreak of foot-and-mouth disease in Matabeleland South province"}, req=False,
  note="country from context")
R("Botswana", "negotiating_with", "Anglo American", "asserted",
  {"D7": "Boko's government is negotiating with Anglo American over the future of De Beers"},
  alt_s=["Duma Boko"])
R("Southern African Development Community", "based_in", "Gaborone", "asserted",
  {"D7": "the Gaborone-based SADC"})
R("Duma Boko", "criticized", "United States", "asserted",
  {"D7": "Boko also repeated the Gaborone-based SADC's call for the removal of what it calls illegal sanctions on Zimbabwe"},
  req=False, note="sanctioning states not named in the sentence")
R("United States", "sanctioned", "Emmerson Mnangagwa", "asserted",
  {"D7": "imposed targeted sanctions on Mnangagwa and several other officials under the Global Magnitsky Act"},
  time="2024-03")
R("United States", "sanctioned", "Zimbabwe", "asserted",
  {"D7": "The United States ended its Zimbabwe sanctions programme in March 2024"}, req=False,
  note="a programme that ended in 2024: past")
R("Kagiso Sebina", "works_for", "Kalahari Policy Institute", "asserted",
  {"D7": "Kagiso Sebina, a senior fellow at the Kalahari Policy Institute in Gaborone"}, role="senior fellow")
R("Kalahari Policy Institute", "based_in", "Gaborone", "asserted",
  {"D7": "the Kalahari Policy Institute in Gaborone"})
R("Emmerson Mnangagwa", "visited", "Gaborone", "hedged",
  {"D7": "Mnangagwa is expected to travel to Botswana's capital, Gaborone, for the sixth session of the commission in 2027"},
  time="2027", alt_o=["Botswana"])
R("Gaborone", "capital_of", "Botswana", "asserted",
  {"D7": "Botswana's capital, Gaborone"})

# ---- D8 madagascar_afdb_jirama_loan (2026-01-22, Thursday)
R("African Development Bank", "supported", "Madagascar", "asserted",
  {"D8": "The African Development Bank's board approved a $180 million loan to Madagascar on Wednesday"},
  time="2026-01-21")
R("African Development Bank", "based_in", "Abidjan", "asserted",
  {"D8": "The Abidjan-based lender"})
R("Jirama", "based_in", "Madagascar", "asserted",
  {"D8": "the state water and power utility Jirama"}, req=False, note="'state utility' from context")
R("Antananarivo", "capital_of", "Madagascar", "asserted",
  {"D8": "began in Antananarivo, the capital"}, note="also in the photo caption")
R("Sidi Ould Tah", "head_of", "African Development Bank", "asserted",
  {"D8": "The bank's president, Sidi Ould Tah"}, alt_p=["works_for"], role="president")
R("Sidi Ould Tah", "citizen_of", "Mauritania", "asserted",
  {"D8": "Ould Tah, a Mauritanian economist"})
R("Michael Randrianirina", "head_of", "Madagascar", "asserted",
  {"D8": "was sworn in as president on Oct. 17"}, role="president",
  note="country from context ('the military took power' in Madagascar)")
R("Michael Randrianirina", "head_of", "CAPSAT", "asserted",
  {"D8": "who commanded the CAPSAT army unit"}, req=False, alt_p=["works_for"],
  note="past command")
R("Andry Rajoelina", "head_of", "Madagascar", "asserted",
  {"D8": "the former president, Andry Rajoelina"}, req=False, note="past office")
R("Andry Rajoelina", "criticized", "Michael Randrianirina", "asserted",
  {"D8": "has since accused Randrianirina of staging a coup"})
R("Herintsalama Rajaonarivelo", "works_for", "Michael Randrianirina", "asserted",
  {"D8": "Randrianirina's prime minister, Herintsalama Rajaonarivelo"}, alt_p=["head_of"],
  alt_o=["Madagascar"], role="prime minister")
R("Madagascar", "signed_agreement_with", "African Development Bank", "planned",
  {"D8": "which Madagascar's finance minister plans to sign with the bank in Abidjan next week"},
  time="2026-01")
R("World Bank", "supported", "Madagascar", "negated",
  {"D8": "The World Bank has not resumed budget support to Madagascar"},
  note="'will not do so until ...': negated")
R("International Monetary Fund", "visited", "Antananarivo", "hedged",
  {"D8": "An International Monetary Fund mission is expected to visit Antananarivo in February"},
  time="2026-02", alt_o=["Madagascar"])
R("African Union", "sanctioned", "Madagascar", "asserted",
  {"D8": "The African Union suspended Madagascar after Randrianirina took power"}, req=False,
  note="suspension read as a sanction: loose")
R("Madagascar", "member_of", "Southern African Development Community", "asserted",
  {"D8": "The country remains a member of the Southern African Development Community"})
R("France", "supported", "Madagascar", "asserted",
  {"D8": "France, Madagascar's largest bilateral donor"})
R("Agence Française de Développement", "supported", "Madagascar", "planned",
  {"D8": "will co-finance the project through the Agence Française de Développement"},
  alt_s=["France"], note="reported and planned: planned wins")
R("Toamasina", "located_in", "Madagascar", "asserted",
  {"D8": "Toamasina, Madagascar's main port"})
R("Gen Z Madagascar", "criticized", "Michael Randrianirina", "asserted",
  {"D8": "criticized Randrianirina on Tuesday"}, time="2026-01-20")
R("Hery Rakotondrabe", "works_for", "Centre for Economic Governance Studies", "asserted",
  {"D8": "Hery Rakotondrabe, an economist at the Centre for Economic Governance Studies in Antananarivo"},
  role="economist")
R("Centre for Economic Governance Studies", "based_in", "Antananarivo", "asserted",
  {"D8": "the Centre for Economic Governance Studies in Antananarivo"})
R("Michael Randrianirina", "visited", "Mauritius", "planned",
  {"D8": "Randrianirina plans to visit Mauritius in February"}, time="2026-02")
R("Sidi Ould Tah", "contacted", "Michael Randrianirina", "reported",
  {"D8": "He spoke with Randrianirina by video call after the vote, the presidency in Antananarivo said"},
  time="2026-01", note="'He' = Ould Tah; a video call, not an in-person meeting")
R("CAPSAT", "supported", "Gen Z Madagascar", "asserted",
  {"D8": "the CAPSAT army unit whose soldiers joined the protesters"}, req=False,
  note="soldiers joining the protests read as support: loose")
R("International Monetary Fund", "supported", "Madagascar", "asserted",
  {"D8": "to review the country's Extended Credit Facility"}, req=False,
  note="an existing IMF credit programme: needs outside knowledge")
R("Antananarivo", "located_in", "Madagascar", "asserted",
  {"D8": "began in Antananarivo, the capital"}, req=False, note="entailed by capital_of")
R("Southern African Development Community", "contacted", "South Africa", "asserted",
  {"D8": "the bloc's other members have asked South Africa to stand in at meetings"}, req=False,
  note="'the bloc's other members': group statement")


# ---------------------------------------------------------------- documents
BLOCK = re.compile(r"</?(p|div|h[1-6]|li|ul|ol|tr|br|figure|figcaption|header|footer|nav|section|aside|article|main|title|button|form)\b[^>]*>", re.I)


def clean(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    s = re.sub(r"<head\b.*?</head>", " ", s, flags=re.S | re.I)
    s = BLOCK.sub("\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def meta(key, path, text):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        title = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1).strip()
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        return html.unescape(title), published
    m = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", text, re.M)
    if m:
        return text.split("\n", 1)[0].strip(), m.group(1)
    return "", ""  # wire copy: dateline without a year


SENT_END = re.compile(r"(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c(]?[A-Z])|\n+")


def sentences(text):
    out, start = [], 0
    for m in SENT_END.finditer(text):
        end = m.start() + (1 if text[m.start()] in "\"\u201d" else 0)
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    return out


def span(text, sents, snippet):
    i = text.find(snippet)
    if i < 0:
        return None
    j = i + len(snippet)
    s0 = max(a for a, b in sents if a <= i)
    s1 = min(b for a, b in sents if b >= j)
    return s0, s1


# ---------------------------------------------------------------- checks
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    alias = {}
    etype = {}
    for e in ENTITIES:
        if e["type"] not in TYPES:
            errors.append(f"bad type {e}")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias and alias[k] != e["name"]:
                errors.append(f"alias collision {a!r}: {alias[k]} / {e['name']}")
            alias[k] = e["name"]

    def canon(x):
        c = alias.get(norm(x))
        if c is None:
            errors.append(f"unknown entity {x!r}")
        return c

    texts, sents, metas = {}, {}, {}
    for k, f in DOCS.items():
        p = os.path.join(CORPUS, f)
        texts[k] = clean(p)
        sents[k] = sentences(texts[k])
        metas[k] = meta(k, p, texts[k])

    units = {}
    triples, statements = [], []
    for r in ROWS:
        if r["p"] not in PREDICATES:
            errors.append(f"bad predicate {r['p']}")
        if r["modality"] not in POLARITY:
            errors.append(f"bad modality {r['modality']}")
        for p in r["alt_p"] or []:
            if p not in PREDICATES:
                errors.append(f"bad alt predicate {p}")
        s, o = canon(r["s"]), canon(r["o"])
        for x in (r["alt_s"] or []) + (r["alt_o"] or []):
            canon(x)
        if r["s"] != s or r["o"] != o:
            errors.append(f"row names must be canonical: {r['s']} / {r['o']}")
        a, b = (s, o) if r["p"] not in SYMMETRIC or s <= o else (o, s)
        u = (a, r["p"], b, POLARITY[r["modality"]])
        if u in units:
            errors.append(f"duplicate unit {u}")
        units[u] = r
        docs = []
        for k, snippet in r["ev"].items():
            sp = span(texts[k], sents[k], snippet)
            if sp is None:
                errors.append(f"{DOCS[k]}: evidence not found: {snippet!r}")
                continue
            docs.append(DOCS[k])
            title, published = metas[k]
            statements.append({
                "subject": s, "subject_type": etype[s], "predicate": r["p"],
                "object": o, "object_type": etype[o], "modality": r["modality"],
                "time": r["time"] or "", "role": r["role"], "confidence": 1.0,
                "source": "corpus/" + DOCS[k], "title": title, "published": published,
                "sentence": texts[k][sp[0]:sp[1]], "start": sp[0], "end": sp[1],
                "rule": "gold",
            })
        t = {"s": s, "p": r["p"], "o": o, "docs": sorted(docs, key=lambda d: list(DOCS.values()).index(d)),
             "modality": r["modality"]}
        if r["time"]:
            t["time"] = r["time"]
        t["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                t[k] = [canon(x) if k != "alt_p" else x for x in r[k]]
        if r["note"]:
            t["note"] = r["note"]
        triples.append(t)

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # report
    per_doc = defaultdict(lambda: [0, 0])
    for t in triples:
        for d in t["docs"]:
            per_doc[d][0] += 1
            per_doc[d][1] += t["required"]
    print(f"{len(triples)} rows, {sum(t['required'] for t in triples)} required, "
          f"{sum('time' in t for t in triples)} with a time, {len(statements)} statements")
    for k, d in DOCS.items():
        low = texts[k].lower()
        mentioned = [e["name"] for e in ENTITIES
                     if any(re.search(r"(?<![\w-])" + re.escape(a.lower()) + r"(?![\w-])", low)
                            for a in [e["name"]] + e["aliases"] if len(a) > 2)]
        words = len(texts[k].split())
        print(f"  {d}: rows {per_doc[d][0]}, required {per_doc[d][1]}, "
              f"entities mentioned {len(mentioned)}, words(cleaned) {words}")
    print("entities by type:", dict(Counter(e["type"] for e in ENTITIES)))
    mod = defaultdict(lambda: [0, 0])
    for t in triples:
        mod[t["modality"]][0] += 1
        mod[t["modality"]][1] += t["required"]
    print("modality rows/required:", {k: tuple(v) for k, v in mod.items()})


if __name__ == "__main__":
    main()
