#!/usr/bin/env python3
"""Build the gold standard of news set zq.

Every fact is held per document together with the words of the article that
support it (ev). The script checks that the words occur in the article, that
subject and object types fit SCHEMA.md's predicate signatures, that no alias
maps to two entities, merges the per-document rows of one fact (same s, p, o,
polarity; symmetric predicates unordered) and refuses to merge rows that
disagree on modality, time or required. It writes:

  entities.jsonl, triples.jsonl          the gold (shared/eval/README.md)
  selfcheck_statements.jsonl             one statement per gold row and
                                         document, shaped like
                                         `kg export --format jsonl`

Usage: python3 tools/build_gold.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
SCHEMA_MD = "/work/shared/SCHEMA.md"

POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Entities: (name, type, aliases)
# --------------------------------------------------------------------------
ENTITIES = [
    # countries
    ("Oman", "Country", ["Sultanate of Oman"]),
    ("Yemen", "Country", ["Republic of Yemen", "Yemeni government",
                          "internationally recognised government",
                          "Yemen's internationally recognised government"]),
    ("Saudi Arabia", "Country", ["Kingdom of Saudi Arabia", "KSA", "the kingdom"]),
    ("Iran", "Country", ["Islamic Republic of Iran"]),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America",
                                  "Trump administration"]),
    ("Ukraine", "Country", ["Ukrainian government"]),
    ("Russia", "Country", ["Russian Federation"]),
    ("Turkey", "Country", ["Turkiye", "T\u00fcrkiye", "Republic of Turkey"]),
    ("Qatar", "Country", ["State of Qatar"]),
    ("Moldova", "Country", ["Republic of Moldova"]),
    ("Romania", "Country", []),
    ("Soviet Union", "Country", ["USSR", "U.S.S.R."]),
    ("Estonia", "Country", ["Republic of Estonia"]),
    ("Poland", "Country", ["Republic of Poland"]),
    ("Lithuania", "Country", ["Republic of Lithuania"]),
    ("Latvia", "Country", []),
    ("Finland", "Country", []),
    ("Hungary", "Country", []),
    ("Belarus", "Country", ["Republic of Belarus"]),
    ("Egypt", "Country", []),
    ("Bulgaria", "Country", []),
    ("United Kingdom", "Country", ["UK", "U.K.", "Britain"]),
    ("Norway", "Country", []),
    # cities
    ("Muscat", "City", []),
    ("Riyadh", "City", []),
    ("Sanaa", "City", ["Sana'a"]),
    ("Aden", "City", []),
    ("Moscow", "City", []),
    ("Kyiv", "City", ["Kiev"]),
    ("Dubai", "City", []),
    ("Doha", "City", []),
    ("Chisinau", "City", ["Chi\u0219in\u0103u", "Kishinev"]),
    ("Giurgiulesti", "City", ["Giurgiule\u0219ti", "port of Giurgiulesti"]),
    ("Reni", "City", []),
    ("Galati", "City", ["Gala\u021bi"]),
    ("Tallinn", "City", []),
    ("Helsinki", "City", []),
    ("The Hague", "City", ["Hague"]),
    ("Kherson", "City", []),
    ("Dorohusk", "City", ["Dorohusk crossing"]),
    ("Minsk", "City", []),
    ("Vilnius", "City", []),
    ("Salihorsk", "City", ["Soligorsk"]),
    ("Klaipeda", "City", ["Klaip\u0117da", "port of Klaipeda"]),
    ("Warsaw", "City", []),
    ("Washington", "City", ["Washington, D.C."]),
    ("Piraeus", "City", []),
    ("Odesa", "City", ["Odessa"]),
    ("Izmail", "City", ["Izmayil"]),
    ("Plock", "City", ["P\u0142ock"]),
    # regions
    ("al-Mahra", "Region", ["Mahra", "al-Mahra governorate", "Al Mahrah"]),
    ("Odesa region", "Region", ["Odesa oblast", "Odessa region"]),
    ("Transnistria", "Region", ["Transdniestria", "Pridnestrovie"]),
    ("Vaindloo", "Region", ["Vaindloo island"]),
    ("Gulf of Finland", "Region", []),
    ("Kaliningrad", "Region", ["Kaliningrad region", "Kaliningrad exclave",
                               "Kaliningrad oblast"]),
    ("Crimea", "Region", ["Crimean peninsula"]),
    ("Kherson region", "Region", ["Kherson oblast"]),
    ("Zaporizhzhia region", "Region", ["Zaporizhzhia oblast"]),
    # facilities
    ("Shahn border crossing", "Facility", ["Shahn", "Shahn crossing"]),
    ("al-Yamamah Palace", "Facility", ["Yamamah Palace", "Al Yamamah Palace"]),
    ("Amari air base", "Facility", ["\u00c4mari air base", "Amari", "\u00c4mari"]),
    ("Chkalovsk air base", "Facility", ["Chkalovsk"]),
    ("Swinoujscie LNG terminal", "Facility", ["Swinoujscie terminal",
                                              "\u015awinouj\u015bcie LNG terminal",
                                              "Swinoujscie"]),
    ("Mazeikiai refinery", "Facility", ["Mazeikiai", "Ma\u017eeikiai refinery"]),
    # agreements
    ("Shahn crossing protocol", "Agreement", ["Shahn protocol"]),
    ("2022 Yemen truce", "Agreement", ["Yemen truce", "nationwide truce"]),
    ("Saudi-Ukrainian food security agreement", "Agreement",
     ["Saudi-Ukrainian food security accord"]),
    ("Black Sea Grain Initiative", "Agreement", ["Black Sea grain deal"]),
    ("Giurgiulesti checkpoint agreement", "Agreement", []),
    ("Montreux Convention", "Agreement", ["1936 Montreux Convention"]),
    # organizations
    ("Saudi Development and Reconstruction Program for Yemen", "Organization", ["SDRPY"]),
    ("World Food Programme", "Organization", ["WFP", "World Food Program"]),
    ("Houthis", "Organization", ["Houthi movement", "Houthi", "Ansar Allah"]),
    ("United Nations", "Organization", ["UN", "U.N."]),
    ("Gulf Cooperation Council", "Organization", ["GCC"]),
    ("Presidential Leadership Council", "Organization", ["PLC"]),
    ("South Arabia Policy Centre", "Organization", []),
    ("Agricultural and Livestock Investment Company", "Organization",
     ["SALIC", "Saudi Agricultural and Livestock Investment Company"]),
    ("OPEC+", "Organization", ["OPEC Plus"]),
    ("Gulf Food Policy Institute", "Organization", []),
    ("European Union", "Organization", ["EU", "E.U."]),
    ("European Commission", "Organization", []),
    ("Operational Group of Russian Forces", "Organization", ["OGRF"]),
    ("Russian Foreign Ministry", "Organization", ["Russia's Foreign Ministry",
                                                  "Russian Ministry of Foreign Affairs"]),
    ("Institute for Market Studies", "Organization", []),
    ("Russian Defence Ministry", "Organization", ["Russia's Defence Ministry",
                                                  "Russian Ministry of Defence",
                                                  "Russian Defense Ministry"]),
    ("Kremlin", "Organization", []),
    ("NATO", "Organization", ["North Atlantic Treaty Organization"]),
    ("Baltic Fleet", "Organization", ["Russia's Baltic Fleet"]),
    ("Baltic Defence Forum", "Organization", []),
    ("Qatar Fund for Development", "Organization", ["QFFD"]),
    ("International Criminal Court", "Organization", ["ICC"]),
    ("Centre for Civil Rights Monitoring", "Organization", []),
    ("Belaruskali", "Organization", []),
    ("Eastern Europe Studies Forum", "Organization", []),
    ("Ukrainian Navy", "Organization", ["Ukraine's navy", "Ukrainian Naval Forces"]),
    ("Thalassa Bulk Management", "Organization", []),
    ("Black Sea Mine Countermeasures Task Group", "Organization",
     ["MCM Black Sea", "mine countermeasures task group"]),
    ("Black Sea Freight Monitor", "Organization", []),
    ("Orlen", "Organization", ["PKN Orlen", "Orlen group"]),
    ("QatarEnergy", "Organization", ["Qatar Energy"]),
    ("Gazprom", "Organization", []),
    ("Vistula Energy Insight", "Organization", []),
    # people
    ("Badr Albusaidi", "Person", ["Albusaidi", "Badr bin Hamad Albusaidi",
                                  "Sayyid Badr Albusaidi", "Badr al-Busaidi"]),
    ("Shaya al-Zindani", "Person", ["Zindani", "al-Zindani", "Shaya Mohsen al-Zindani"]),
    ("Mohammed Abdulsalam", "Person", ["Abdulsalam", "Mohammed Abdul-Salam"]),
    ("Ahmed Saleh al-Awadi", "Person", ["al-Awadi", "Awadi", "Colonel Ahmed Saleh al-Awadi"]),
    ("Rashad al-Alimi", "Person", ["al-Alimi", "Alimi"]),
    ("Haitham bin Tariq", "Person", ["Sultan Haitham bin Tariq", "Haitham bin Tarik",
                                     "Sultan Haitham"]),
    ("Fares al-Jabri", "Person", ["al-Jabri", "Jabri"]),
    ("Yulia Svyrydenko", "Person", ["Svyrydenko", "Yuliia Svyrydenko"]),
    ("Mohammed bin Salman", "Person", ["MBS", "Crown Prince Mohammed bin Salman",
                                       "Mohammad bin Salman"]),
    ("Oleksiy Sobolev", "Person", ["Sobolev", "Oleksii Sobolev"]),
    ("Abdulrahman al-Fadley", "Person", ["al-Fadley", "Fadley", "Abdulrahman Al-Fadli"]),
    ("Faisal bin Farhan", "Person", ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"]),
    ("Volodymyr Zelensky", "Person", ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"]),
    ("Khalid al-Muhanna", "Person", ["al-Muhanna", "Muhanna"]),
    ("Mohammed bin Abdulrahman Al Thani", "Person",
     ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman",
      "Sheikh Mohammed bin Abdulrahman"]),
    ("Alexandru Munteanu", "Person", ["Munteanu"]),
    ("Oleksii Kuleba", "Person", ["Kuleba", "Oleksiy Kuleba"]),
    ("Marta Kos", "Person", ["Kos"]),
    ("Maia Sandu", "Person", ["Sandu"]),
    ("Nicusor Dan", "Person", ["Nicu\u0219or Dan"]),
    ("Maria Zakharova", "Person", ["Zakharova"]),
    ("Vitalie Ciobanu", "Person", ["Ciobanu"]),
    ("Margus Tsahkna", "Person", ["Tsahkna"]),
    ("Pavel Grishin", "Person", ["Grishin"]),
    ("Dmitry Peskov", "Person", ["Peskov"]),
    ("Vladimir Putin", "Person", ["Putin"]),
    ("Mark Rutte", "Person", ["Rutte"]),
    ("Kristen Michal", "Person", ["Michal"]),
    ("Alexander Stubb", "Person", ["Stubb"]),
    ("Kadri Lepp", "Person", ["Lepp"]),
    ("Maria Lvova-Belova", "Person", ["Lvova-Belova"]),
    ("Lolwah al-Khater", "Person", ["al-Khater", "Khater", "Lolwah Al Khater"]),
    ("Dmytro Lubinets", "Person", ["Lubinets"]),
    ("Tamim bin Hamad Al Thani", "Person", ["Sheikh Tamim bin Hamad Al Thani", "Tamim",
                                            "Emir Tamim", "Emir Sheikh Tamim bin Hamad Al Thani"]),
    ("Olena Marchenko", "Person", ["Marchenko"]),
    ("Iryna Savchuk", "Person", ["Savchuk"]),
    ("Inga Ruginiene", "Person", ["Ruginiene", "Inga Rugini\u0117n\u0117", "Rugini\u0117n\u0117"]),
    ("John Coale", "Person", ["Coale"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump"]),
    ("Kestutis Budrys", "Person", ["Budrys", "K\u0119stutis Budrys"]),
    ("Alexander Lukashenko", "Person", ["Lukashenko", "Aleksandr Lukashenko",
                                        "Alyaksandr Lukashenka"]),
    ("Pavel Sadouski", "Person", ["Sadouski"]),
    ("Radoslaw Sikorski", "Person", ["Sikorski", "Rados\u0142aw Sikorski"]),
    ("Sviatlana Tsikhanouskaya", "Person", ["Tsikhanouskaya", "Svetlana Tikhanovskaya"]),
    ("Ruta Kaminskaite", "Person", ["Kaminskaite"]),
    ("Dmytro Pletenchuk", "Person", ["Pletenchuk"]),
    ("Hany Mansour", "Person", ["Mansour"]),
    ("Oleh Kiper", "Person", ["Kiper"]),
    ("Hakan Fidan", "Person", ["Fidan"]),
    ("Andrii Sybiha", "Person", ["Sybiha", "Andriy Sybiha"]),
    ("Andriy Kovalchuk", "Person", ["Kovalchuk"]),
    ("Ireneusz Fafara", "Person", ["Fafara", "Ireneusz F\u0105fara"]),
    ("Saad Sherida al-Kaabi", "Person", ["Kaabi", "al-Kaabi", "Saad al-Kaabi"]),
    ("Milosz Motyka", "Person", ["Motyka", "Mi\u0142osz Motyka"]),
    ("Donald Tusk", "Person", ["Tusk"]),
    ("Karol Nawrocki", "Person", ["Nawrocki"]),
    ("Agata Lozinska", "Person", ["Lozinska"]),
]


# --------------------------------------------------------------------------
# Facts per document
# --------------------------------------------------------------------------
def F(s, p, o, m, ev, req=True, t=None, alt_s=None, alt_p=None, alt_o=None,
      note=None, role="", commodity=""):
    return dict(s=s, p=p, o=o, modality=m, ev=ev, required=req, time=t,
                alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                note=note, role=role, commodity=commodity)


FACTS = {}

# 1. Wire copy, MUSCAT, Feb 17 (no year in the dateline: weekdays give no time)
FACTS["oman_yemen_shahn_crossing.txt"] = [
    F("Oman", "signed_agreement_with", "Yemen", "asserted",
      "Oman and Yemen's internationally recognised government signed a protocol"),
    F("Oman", "party_to", "Shahn crossing protocol", "asserted",
      "Oman and Yemen's internationally recognised government signed a protocol", req=False,
      note="the protocol is not named; agreement entity needs coreference"),
    F("Yemen", "party_to", "Shahn crossing protocol", "asserted",
      "Oman and Yemen's internationally recognised government signed a protocol", req=False,
      note="the protocol is not named; agreement entity needs coreference"),
    F("Badr Albusaidi", "works_for", "Oman", "asserted",
      "Omani Foreign Minister Badr Albusaidi", role="foreign minister"),
    F("Shaya al-Zindani", "works_for", "Yemen", "asserted",
      "his Yemeni counterpart, Shaya al-Zindani", role="foreign minister"),
    F("Shaya al-Zindani", "met_with", "Badr Albusaidi", "asserted",
      "Shaya al-Zindani, who arrived on Monday for two days of talks with Albusaidi",
      alt_p=["negotiating_with"], alt_s=["Yemen"], alt_o=["Oman"]),
    F("Shaya al-Zindani", "visited", "Muscat", "asserted",
      "The agreement was signed in Muscat, the Omani capital, by Omani Foreign Minister Badr Albusaidi and his Yemeni counterpart, Shaya al-Zindani, who arrived on Monday",
      alt_o=["Oman"]),
    F("Muscat", "capital_of", "Oman", "asserted", "Muscat, the Omani capital"),
    F("Oman", "negotiating_with", "Yemen", "asserted",
      "who arrived on Monday for two days of talks with Albusaidi", req=False,
      note="the ministers' talks read as the two states negotiating"),
    F("Oman", "borders", "Yemen", "asserted",
      "on both sides of their 290-km (180-mile) border", req=False,
      note="'their' = the two neighbours, by coreference"),
    F("Shahn border crossing", "located_in", "al-Mahra", "asserted",
      "Shahn lies in al-Mahra"),
    F("al-Mahra", "located_in", "Yemen", "asserted",
      "al-Mahra, a remote governorate of eastern Yemen"),
    F("al-Mahra", "borders", "Oman", "asserted",
      "a remote governorate of eastern Yemen that borders Oman"),
    F("Yemen", "imports_from", "Oman", "asserted",
      "Yemen imports flour, cooking gas and building materials from Oman",
      alt_p=["trades_with"], commodity="flour, cooking gas, building materials"),
    F("Oman", "trades_with", "Yemen", "reported",
      "Trade between Oman and Yemen reached about 410 million rials ($1.07 billion) in 2025, according to",
      t="2025"),
    F("Saudi Development and Reconstruction Program for Yemen", "supported", "Yemen", "hedged",
      "the Saudi Development and Reconstruction Program for Yemen is expected to pay for the new Yemeni customs hall",
      alt_s=["Saudi Arabia"]),
    F("Saudi Development and Reconstruction Program for Yemen", "based_in", "Riyadh", "asserted",
      "The Riyadh-based programme", alt_o=["Saudi Arabia"], req=False,
      note="'the programme' by coreference"),
    F("World Food Programme", "supported", "Yemen", "planned",
      "The World Food Programme plans to route part of its aid for Yemen through Shahn"),
    F("Oman", "negotiating_with", "Yemen", "planned",
      "The two ministers also agreed to open talks next month on reopening a second crossing at Sarfait",
      alt_s=["Badr Albusaidi"], alt_o=["Shaya al-Zindani"], req=False,
      note="'the two ministers' for the states"),
    F("Houthis", "took_control_of", "Sanaa", "asserted",
      "Houthi movement, which seized the capital Sanaa in 2014", t="2014"),
    F("Sanaa", "capital_of", "Yemen", "asserted", "the capital Sanaa", req=False,
      note="'the capital' of Yemen from context"),
    F("Houthis", "allied_with", "Iran", "asserted", "The Iran-aligned Houthi movement",
      req=False, note="'Iran-aligned': a loose reading of alliance"),
    F("Houthis", "criticized", "Shahn crossing protocol", "asserted",
      "condemned the deal", req=False, note="object is 'the deal'"),
    F("Mohammed Abdulsalam", "works_for", "Houthis", "asserted",
      "Mohammed Abdulsalam, the Houthis' chief spokesman", role="chief spokesman"),
    F("Mohammed Abdulsalam", "lives_in", "Muscat", "asserted", "who lives in Muscat",
      alt_o=["Oman"]),
    F("Mohammed Abdulsalam", "criticized", "Yemen", "reported",
      "said on the group's Al-Masirah television that the government in Aden had \"no mandate to sign away Yemen's borders\"",
      req=False, alt_s=["Houthis"], alt_o=["Aden"], note="'the government in Aden'"),
    F("Saudi Arabia", "negotiating_with", "Houthis", "asserted",
      "hosted talks between Saudi Arabia and the Houthis in 2023", t="2023",
      alt_p=["met_with"]),
    F("United Nations", "brokered", "2022 Yemen truce", "asserted",
      "A nationwide truce brokered by the United Nations in April 2022", t="2022-04"),
    F("Houthis", "in_conflict_with", "Yemen", "asserted",
      "the Houthis and government forces still clash", req=False,
      note="'government forces' for Yemen; loose"),
    F("Houthis", "killed", "Ahmed Saleh al-Awadi", "reported",
      "Houthi fighters killed Colonel Ahmed Saleh al-Awadi"),
    F("Ahmed Saleh al-Awadi", "works_for", "Yemen", "asserted",
      "Colonel Ahmed Saleh al-Awadi, a government commander", req=False, role="commander",
      note="'a government commander'"),
    F("United States", "attacked", "Houthis", "asserted",
      "In March 2025 the United States launched a wave of air strikes on Houthi targets",
      t="2025-03"),
    F("Yemen", "candidate_for", "Gulf Cooperation Council", "asserted",
      "Yemen has long sought to join the Gulf Cooperation Council"),
    F("Oman", "member_of", "Gulf Cooperation Council", "asserted",
      "the Gulf Cooperation Council, of which Oman is a founding member"),
    F("Rashad al-Alimi", "head_of", "Presidential Leadership Council", "asserted",
      "Rashad al-Alimi, the head of Yemen's Presidential Leadership Council",
      alt_o=["Yemen"], role="chairman"),
    F("Rashad al-Alimi", "contacted", "Haitham bin Tariq", "reported",
      "telephoned Sultan Haitham bin Tariq on Tuesday evening",
      alt_s=["Yemen"], alt_o=["Oman"]),
    F("Haitham bin Tariq", "head_of", "Oman", "asserted", "Sultan Haitham bin Tariq",
      req=False, role="sultan", note="'Sultan' without the country: outside knowledge"),
    F("Fares al-Jabri", "works_for", "South Arabia Policy Centre", "asserted",
      "Fares al-Jabri, an economist at the Aden-based South Arabia Policy Centre",
      role="economist"),
    F("South Arabia Policy Centre", "based_in", "Aden", "asserted",
      "the Aden-based South Arabia Policy Centre"),
    F("Muscat", "located_in", "Oman", "asserted", "Muscat, the Omani capital", req=False,
      note="entailed by capital_of"),
    F("Sanaa", "located_in", "Yemen", "asserted", "the capital Sanaa", req=False,
      note="entailed by capital_of"),
    F("Shahn border crossing", "located_in", "Yemen", "asserted",
      "Shahn lies in al-Mahra, a remote governorate of eastern Yemen", req=False,
      note="entailed: al-Mahra is in Yemen"),
    F("Badr Albusaidi", "signed_agreement_with", "Shaya al-Zindani", "asserted",
      "The agreement was signed in Muscat, the Omani capital, by Omani Foreign Minister Badr Albusaidi and his Yemeni counterpart",
      req=False, note="signatories for their states"),
]

# 2. Newspaper, Published: 2025-10-30 (Thursday); "Wednesday" = 2025-10-29
FACTS["riyadh_kyiv_food_security_accord.txt"] = [
    F("Ukraine", "signed_agreement_with", "Saudi Arabia", "asserted",
      "Ukraine and Saudi Arabia signed a food security agreement on Wednesday", t="2025-10-29"),
    F("Ukraine", "party_to", "Saudi-Ukrainian food security agreement", "asserted",
      "Ukraine and Saudi Arabia signed a food security agreement on Wednesday", t="2025-10-29",
      req=False, note="agreement named only generically"),
    F("Saudi Arabia", "party_to", "Saudi-Ukrainian food security agreement", "asserted",
      "Ukraine and Saudi Arabia signed a food security agreement on Wednesday", t="2025-10-29",
      req=False, note="agreement named only generically"),
    F("Saudi Arabia", "imports_from", "Ukraine", "planned",
      "Kyiv will supply the kingdom with up to 1.5 million tonnes of wheat and barley a year",
      alt_p=["trades_with"], commodity="wheat, barley",
      note="also 'first cargoes ... due to leave Odesa in January'"),
    F("Saudi Arabia", "imports_from", "Ukraine", "reported",
      "Ukrainian grain accounted for about 12 percent of the kingdom's imports last year, according to",
      t="2024", alt_p=["trades_with"], commodity="grain", req=False,
      note="supplier by demonym, the kingdom by coreference"),
    F("Yulia Svyrydenko", "head_of", "Ukraine", "asserted",
      "Svyrydenko, who became Ukraine's prime minister in July", alt_p=["works_for"],
      role="prime minister"),
    F("Yulia Svyrydenko", "met_with", "Mohammed bin Salman", "reported",
      "Svyrydenko, who became Ukraine's prime minister in July, met Crown Prince Mohammed bin Salman",
      t="2025-10-29", alt_s=["Ukraine"], alt_o=["Saudi Arabia"]),
    F("Yulia Svyrydenko", "visited", "Riyadh", "reported",
      "met Crown Prince Mohammed bin Salman at al-Yamamah Palace in Riyadh on Wednesday evening, the Saudi Press Agency said",
      t="2025-10-29", alt_o=["Saudi Arabia"]),
    F("Mohammed bin Salman", "head_of", "Saudi Arabia", "asserted",
      "Crown Prince Mohammed bin Salman", req=False, alt_p=["works_for"], role="crown prince",
      note="'Crown Prince' without the country: outside knowledge"),
    F("al-Yamamah Palace", "located_in", "Riyadh", "asserted",
      "al-Yamamah Palace in Riyadh", req=False),
    F("Oleksiy Sobolev", "works_for", "Ukraine", "asserted",
      "Ukraine's Economy Minister Oleksiy Sobolev", role="economy minister"),
    F("Abdulrahman al-Fadley", "works_for", "Saudi Arabia", "asserted",
      "Abdulrahman al-Fadley, the Saudi minister of environment, water and agriculture",
      role="minister of environment, water and agriculture"),
    F("Agricultural and Livestock Investment Company", "based_in", "Saudi Arabia", "asserted",
      "the kingdom's Agricultural and Livestock Investment Company", req=False,
      note="'the kingdom's' company"),
    F("Riyadh", "capital_of", "Saudi Arabia", "asserted", "Riyadh, the Saudi capital"),
    F("Saudi Arabia", "trades_with", "Ukraine", "reported",
      "Bilateral trade stood at about $1.2 billion in 2024, Ukrainian officials said", t="2024", req=False,
      note="'bilateral': the parties from context"),
    F("Saudi Arabia", "diplomatic_relations_with", "Ukraine", "asserted",
      "The kingdom, which established diplomatic relations with Ukraine in 1993", t="1993"),
    F("Saudi Arabia", "allied_with", "Russia", "asserted",
      "has cultivated close ties with Moscow", alt_o=["Moscow"]),
    F("Saudi Arabia", "member_of", "OPEC+", "asserted",
      "close ties with Moscow through the OPEC+ oil alliance", req=False,
      note="membership implied"),
    F("Russia", "member_of", "OPEC+", "asserted",
      "close ties with Moscow through the OPEC+ oil alliance", req=False,
      note="membership implied, Moscow for Russia"),
    F("Saudi Arabia", "sanctioned", "Russia", "negated",
      "has not joined Western sanctions against Russia"),
    F("United States", "negotiating_with", "Ukraine", "asserted",
      "in March it hosted talks in Jeddah between Ukrainian and U.S. officials", t="2025-03",
      alt_p=["met_with"]),
    F("Saudi Arabia", "supported", "Ukraine", "asserted",
      "Riyadh pledged $400 million in humanitarian aid to Ukraine in 2023", t="2023",
      alt_s=["Riyadh"]),
    F("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted",
      "Foreign Minister Prince Faisal bin Farhan", role="foreign minister", req=False,
      note="title without the country; country from context"),
    F("Faisal bin Farhan", "visited", "Kyiv", "asserted",
      "during a visit to Kyiv by Foreign Minister Prince Faisal bin Farhan in February of that year",
      t="2023-02", alt_o=["Ukraine"]),
    F("Volodymyr Zelensky", "head_of", "Ukraine", "asserted",
      "President Volodymyr Zelensky", role="president", req=False,
      note="title without the country; country from context"),
    F("Volodymyr Zelensky", "visited", "Saudi Arabia", "asserted",
      "President Volodymyr Zelensky has visited the kingdom several times"),
    F("Russia", "attacked", "Ukraine", "asserted",
      "Russia's full-scale invasion in February 2022", t="2022-02",
      alt_p=["in_conflict_with"]),
    F("Russia", "blockaded", "Ukraine", "asserted",
      "After Russia blockaded Ukraine's Black Sea ports in 2022", t="2022"),
    F("Turkey", "brokered", "Black Sea Grain Initiative", "asserted",
      "Turkey and the United Nations brokered the Black Sea Grain Initiative that July",
      t="2022-07"),
    F("United Nations", "brokered", "Black Sea Grain Initiative", "asserted",
      "Turkey and the United Nations brokered the Black Sea Grain Initiative that July",
      t="2022-07"),
    F("Khalid al-Muhanna", "works_for", "Gulf Food Policy Institute", "asserted",
      "Khalid al-Muhanna, a senior fellow at the Gulf Food Policy Institute",
      role="senior fellow"),
    F("Gulf Food Policy Institute", "based_in", "Dubai", "asserted",
      "the Gulf Food Policy Institute in Dubai"),
    F("Yulia Svyrydenko", "visited", "Doha", "planned",
      "Svyrydenko is due to fly on to Doha on Friday", t="2025-10-31", alt_o=["Qatar"]),
    F("Yulia Svyrydenko", "met_with", "Mohammed bin Abdulrahman Al Thani", "planned",
      "due to fly on to Doha on Friday for talks with Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani",
      t="2025-10-31", req=False, alt_p=["negotiating_with"]),
    F("Mohammed bin Abdulrahman Al Thani", "head_of", "Qatar", "asserted",
      "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani",
      alt_p=["works_for"], role="prime minister"),
    F("Riyadh", "located_in", "Saudi Arabia", "asserted", "Riyadh, the Saudi capital",
      req=False, note="entailed by capital_of"),
    F("Oleksiy Sobolev", "signed_agreement_with", "Abdulrahman al-Fadley", "asserted",
      "The accord was signed by Ukraine's Economy Minister Oleksiy Sobolev and Abdulrahman al-Fadley",
      t="2025-10-29", req=False, note="signatories for their states"),
]

# 3. HTML, datetime 2026-03-12 (Thursday); "Wednesday" = 2026-03-11
FACTS["moldova_ukraine_giurgiulesti_checkpoint.html"] = [
    F("Moldova", "signed_agreement_with", "Ukraine", "asserted",
      "Moldova and Ukraine signed an agreement on Wednesday", t="2026-03-11",
      alt_s=["Alexandru Munteanu"], alt_o=["Oleksii Kuleba"]),
    F("Moldova", "party_to", "Giurgiulesti checkpoint agreement", "asserted",
      "Moldova and Ukraine signed an agreement on Wednesday", t="2026-03-11", req=False,
      note="agreement not named"),
    F("Ukraine", "party_to", "Giurgiulesti checkpoint agreement", "asserted",
      "Moldova and Ukraine signed an agreement on Wednesday", t="2026-03-11", req=False,
      note="agreement not named"),
    F("Alexandru Munteanu", "head_of", "Moldova", "asserted",
      "Moldovan Prime Minister Alexandru Munteanu", alt_p=["works_for"], role="prime minister"),
    F("Oleksii Kuleba", "works_for", "Ukraine", "asserted",
      "Oleksii Kuleba, Ukraine's deputy prime minister for restoration",
      role="deputy prime minister for restoration"),
    F("Oleksii Kuleba", "visited", "Chisinau", "asserted",
      "who travelled to Chisinau, the Moldovan capital", t="2026-03-11", alt_o=["Moldova"]),
    F("Chisinau", "capital_of", "Moldova", "asserted", "Chisinau, the Moldovan capital"),
    F("Alexandru Munteanu", "met_with", "Oleksii Kuleba", "asserted",
      "Munteanu told a news conference after talks with Kuleba", t="2026-03-11",
      alt_p=["negotiating_with"]),
    F("Moldova", "borders", "Ukraine", "asserted", "the two countries' 1,222-km border"),
    F("Giurgiulesti", "located_in", "Moldova", "asserted",
      "Giurgiulesti, Moldova's only seaport"),
    F("Moldova", "borders", "Romania", "asserted",
      "at the point where Moldova, Ukraine and Romania meet", req=False,
      note="tri-point: entailed"),
    F("Ukraine", "borders", "Romania", "asserted",
      "at the point where Moldova, Ukraine and Romania meet", req=False,
      note="tri-point: entailed"),
    F("Reni", "located_in", "Odesa region", "asserted",
      "Reni, in Ukraine's Odesa region"),
    F("Reni", "located_in", "Ukraine", "asserted", "Reni, in Ukraine's Odesa region", req=False,
      note="entailed: Odesa region is in Ukraine"),
    F("Odesa region", "located_in", "Ukraine", "asserted", "Ukraine's Odesa region"),
    F("European Union", "supported", "Moldova", "planned",
      "The European Union will cover about 60 million euros of the estimated 85 million euro cost through its Growth Plan for Moldova",
      alt_s=["European Commission"]),
    F("Marta Kos", "works_for", "European Union", "asserted",
      "Marta Kos, the EU's enlargement commissioner", alt_o=["European Commission"],
      role="enlargement commissioner"),
    F("Moldova", "candidate_for", "European Union", "asserted",
      "Moldova and Ukraine were granted EU candidate status together in June 2022", t="2022-06"),
    F("Ukraine", "candidate_for", "European Union", "asserted",
      "Moldova and Ukraine were granted EU candidate status together in June 2022", t="2022-06"),
    F("Maia Sandu", "head_of", "Moldova", "asserted", "President Maia Sandu", role="president", req=False,
      note="title without the country; country from context"),
    F("Moldova", "member_of", "European Union", "planned",
      "President Maia Sandu has set a goal of Moldova joining the bloc by 2030", t="2030",
      alt_s=["Maia Sandu"]),
    F("Moldova", "trades_with", "Ukraine", "reported",
      "Trade between Moldova and Ukraine rose 18 percent last year to about $1.1 billion, according to",
      t="2025"),
    F("Moldova", "imports_from", "Romania", "asserted",
      "Moldova also imports most of its electricity from Romania", commodity="electricity"),
    F("Galati", "located_in", "Romania", "asserted", "its own rail hub at Galati", req=False,
      note="'its own' = Romania's"),
    F("Nicusor Dan", "head_of", "Romania", "asserted", "Romanian President Nicusor Dan",
      role="president"),
    F("Nicusor Dan", "visited", "Chisinau", "asserted",
      "Romanian President Nicusor Dan discussed the idea when he visited Chisinau last month",
      t="2026-02", alt_o=["Moldova"]),
    F("Transnistria", "seceded_from", "Moldova", "asserted",
      "Transnistria, a sliver of land on the east bank of the Dniester, broke away from Moldova after a brief war in 1992",
      t="1992"),
    F("Transnistria", "located_in", "Moldova", "asserted", "Moldova's breakaway region",
      req=False, note="a breakaway region; loose"),
    F("Operational Group of Russian Forces", "based_in", "Transnistria", "asserted",
      "still hosts about 1,500 soldiers of the Operational Group of Russian Forces"),
    F("Moldova", "gained_independence_from", "Soviet Union", "asserted",
      "which both gained independence from the Soviet Union in 1991", t="1991", req=False,
      note="group statement: 'the two former Soviet republics'"),
    F("Ukraine", "gained_independence_from", "Soviet Union", "asserted",
      "which both gained independence from the Soviet Union in 1991", t="1991", req=False,
      note="group statement: 'the two former Soviet republics'"),
    F("Russia", "attacked", "Ukraine", "asserted",
      "Russia's full-scale invasion of Ukraine in February 2022", t="2022-02",
      alt_p=["in_conflict_with"]),
    F("Moldova", "supported", "Ukraine", "asserted",
      "when Moldova took in hundreds of thousands of Ukrainian refugees", t="2022-02",
      req=False, note="taking in refugees as support; loose"),
    F("Maria Zakharova", "works_for", "Russia", "asserted",
      "Russian Foreign Ministry spokeswoman Maria Zakharova",
      alt_o=["Russian Foreign Ministry"], role="spokeswoman"),
    F("Maria Zakharova", "criticized", "Moldova", "asserted",
      "Maria Zakharova criticised the project on Thursday, accusing Chisinau of",
      t="2026-03-12", alt_s=["Russia", "Russian Foreign Ministry"], alt_o=["Chisinau"]),
    F("Moldova", "criticized", "Maria Zakharova", "asserted",
      "Moldova's foreign ministry rejected her remarks as \"recycled propaganda\"",
      req=False, alt_o=["Russia"]),
    F("Vitalie Ciobanu", "works_for", "Institute for Market Studies", "asserted",
      "Vitalie Ciobanu, a transport economist at the Chisinau-based Institute for Market Studies",
      role="transport economist"),
    F("Institute for Market Studies", "based_in", "Chisinau", "asserted",
      "the Chisinau-based Institute for Market Studies"),
    F("Moldova", "allied_with", "Ukraine", "reported",
      "called Moldova \"Ukraine's most reliable neighbour\"", req=False,
      note="a quoted compliment; loose"),
    F("Chisinau", "located_in", "Moldova", "asserted", "Chisinau, the Moldovan capital",
      req=False, note="entailed by capital_of"),
    F("Transnistria", "borders", "Ukraine", "asserted",
      "The agreement does not cover the Transnistrian section of the border", req=False,
      note="the Moldovan-Ukrainian border runs partly along Transnistria"),
    F("Hungary", "criticized", "Ukraine", "asserted",
      "Ukraine's accession talks have been slowed by objections from Hungary", req=False,
      note="objections to Ukraine's accession; loose"),
    F("Ukraine", "negotiating_with", "European Union", "asserted",
      "Ukraine's accession talks have been slowed", req=False,
      note="accession talks with the EU; the EU from the previous sentence"),
]

# 4. Wire copy, TALLINN, Apr 14 (no year: weekdays give no time)
FACTS["estonia_vaindloo_airspace.txt"] = [
    F("Estonia", "criticized", "Russia", "asserted",
      "accused Moscow of violating its airspace", alt_o=["Moscow"],
      alt_s=["Margus Tsahkna"]),
    F("Vaindloo", "located_in", "Estonia", "asserted", "Vaindloo, Estonia's northernmost island"),
    F("Vaindloo", "located_in", "Gulf of Finland", "asserted",
      "lies in the Gulf of Finland about 25 km (16 miles) off the coast"),
    F("Amari air base", "located_in", "Estonia", "asserted",
      "Amari air base in northern Estonia"),
    F("Chkalovsk air base", "located_in", "Kaliningrad", "reported",
      "According to the military, the aircraft had taken off from Chkalovsk air base in Russia's Kaliningrad exclave", req=False,
      note="a detail attributed to the military; minor"),
    F("Kaliningrad", "located_in", "Russia", "asserted", "Russia's Kaliningrad exclave"),
    F("Kaliningrad", "borders", "Poland", "asserted",
      "Kaliningrad exclave, which borders Poland and Lithuania"),
    F("Kaliningrad", "borders", "Lithuania", "asserted",
      "Kaliningrad exclave, which borders Poland and Lithuania"),
    F("Margus Tsahkna", "works_for", "Estonia", "asserted",
      "Foreign Minister Margus Tsahkna", role="foreign minister", req=False,
      note="title without the country; country from context"),
    F("Pavel Grishin", "works_for", "Russia", "asserted",
      "the Russian charge d'affaires, Pavel Grishin", role="charge d'affaires"),
    F("Margus Tsahkna", "met_with", "Pavel Grishin", "asserted",
      "Foreign Minister Margus Tsahkna handed a protest note to the Russian charge d'affaires, Pavel Grishin",
      req=False, alt_p=["contacted"], note="handing over a note implies a meeting"),
    F("Margus Tsahkna", "criticized", "Russia", "reported",
      "\"Russia has once again shown that it does not respect the borders of its neighbours,\" Tsahkna said",
      req=False, alt_s=["Estonia"]),
    F("Russian Defence Ministry", "criticized", "Estonia", "reported",
      "Russia's Defence Ministry rejected the Estonian accusations", alt_s=["Russia"],
      req=False, note="object by demonym ('the Estonian accusations')"),
    F("Dmitry Peskov", "works_for", "Russia", "asserted", "Kremlin spokesman Dmitry Peskov",
      alt_o=["Kremlin", "Vladimir Putin"], role="spokesman"),
    F("Russia", "threatened", "Estonia", "negated",
      "Moscow had no intention of threatening Estonia", alt_s=["Moscow", "Dmitry Peskov"]),
    F("Dmitry Peskov", "criticized", "Estonia", "reported",
      "accused Tallinn of \"anti-Russian hysteria\"", alt_s=["Russia", "Kremlin"],
      alt_o=["Tallinn"]),
    F("Mark Rutte", "head_of", "NATO", "asserted", "NATO Secretary-General Mark Rutte",
      alt_p=["works_for"], role="secretary-general"),
    F("Mark Rutte", "contacted", "Kristen Michal", "asserted",
      "Mark Rutte spoke with Estonian Prime Minister Kristen Michal by telephone",
      alt_s=["NATO"], alt_o=["Estonia"]),
    F("Kristen Michal", "head_of", "Estonia", "asserted",
      "Estonian Prime Minister Kristen Michal", alt_p=["works_for"], role="prime minister"),
    F("Alexander Stubb", "head_of", "Finland", "asserted", "Finnish President Alexander Stubb",
      role="president"),
    F("Finland", "supported", "Estonia", "reported",
      "Stubb said Helsinki stood \"shoulder to shoulder\" with Tallinn",
      alt_s=["Helsinki", "Alexander Stubb"], alt_o=["Tallinn"], req=False,
      note="metonymy on both sides and an idiom"),
    F("Estonia", "member_of", "NATO", "asserted",
      "Estonia, which joined NATO and the European Union in 2004", t="2004"),
    F("Estonia", "member_of", "European Union", "asserted",
      "Estonia, which joined NATO and the European Union in 2004", t="2004"),
    F("Estonia", "borders", "Russia", "asserted",
      "shares a 294-km (183-mile) land border with Russia"),
    F("European Union", "sanctioned", "Baltic Fleet", "hedged",
      "Estonia would propose that the European Union blacklist commanders of the Kaliningrad-based Baltic Fleet",
      req=False, note="a proposal, and 'could take months to agree'"),
    F("Baltic Fleet", "based_in", "Kaliningrad", "asserted", "the Kaliningrad-based Baltic Fleet"),
    F("Estonia", "supported", "Ukraine", "asserted",
      "Estonia, Latvia and Lithuania have been among Ukraine's staunchest backers"),
    F("Latvia", "supported", "Ukraine", "asserted",
      "Estonia, Latvia and Lithuania have been among Ukraine's staunchest backers"),
    F("Lithuania", "supported", "Ukraine", "asserted",
      "Estonia, Latvia and Lithuania have been among Ukraine's staunchest backers"),
    F("Russia", "attacked", "Ukraine", "asserted",
      "since Russia invaded its neighbour in February 2022", t="2022-02",
      alt_p=["in_conflict_with"]),
    F("Russia", "borders", "Ukraine", "asserted", "Russia invaded its neighbour", req=False,
      note="'its neighbour'"),
    F("Kadri Lepp", "works_for", "Baltic Defence Forum", "asserted",
      "Kadri Lepp, a security analyst at the Tallinn-based Baltic Defence Forum",
      role="security analyst"),
    F("Baltic Defence Forum", "based_in", "Tallinn", "asserted",
      "the Tallinn-based Baltic Defence Forum", alt_o=["Estonia"]),
    F("Estonia", "contacted", "NATO", "asserted",
      "In September 2025 three Russian MiG-31 fighters entered Estonian airspace near Vaindloo for 12 minutes, prompting Tallinn to request consultations with its allies under Article 4 of NATO's founding treaty",
      t="2025-09", req=False, alt_s=["Tallinn"], note="a request for Article 4 consultations; loose"),
]

# 5. HTML, datetime 2026-01-16 (Friday); Tuesday 2026-01-13, Wednesday -14, Thursday -15
FACTS["qatar_ukraine_children_return.html"] = [
    F("Qatar", "negotiating_with", "Maria Lvova-Belova", "reported",
      "Qatari diplomats negotiated the returns over several months with Maria Lvova-Belova",
      alt_o=["Russia"]),
    F("Maria Lvova-Belova", "works_for", "Russia", "asserted",
      "Maria Lvova-Belova, Russia's commissioner for children's rights",
      role="commissioner for children's rights"),
    F("Lolwah al-Khater", "works_for", "Qatar", "asserted",
      "Lolwah al-Khater, Qatar's minister of state for international cooperation",
      role="minister of state for international cooperation"),
    F("Doha", "capital_of", "Qatar", "asserted", "Doha, the Qatari capital"),
    F("Dmytro Lubinets", "works_for", "Ukraine", "asserted",
      "Ukraine's human rights commissioner, Dmytro Lubinets", role="human rights commissioner"),
    F("Dmytro Lubinets", "visited", "Doha", "asserted",
      "Dmytro Lubinets, flew to Doha on Wednesday", t="2026-01-14", alt_o=["Qatar"]),
    F("Dmytro Lubinets", "met_with", "Lolwah al-Khater", "asserted",
      "flew to Doha on Wednesday and met al-Khater", t="2026-01-14",
      alt_s=["Ukraine"], alt_o=["Qatar"]),
    F("Ukraine", "contacted", "Qatar", "reported",
      "He said Kyiv had handed Qatar a further list of 340 children", req=False,
      alt_s=["Kyiv", "Dmytro Lubinets"], note="handing over a list as contact; loose"),
    F("Volodymyr Zelensky", "contacted", "Tamim bin Hamad Al Thani", "asserted",
      "President Volodymyr Zelensky thanked Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in a phone call on Thursday",
      t="2026-01-15", alt_s=["Ukraine"], alt_o=["Qatar"]),
    F("Volodymyr Zelensky", "head_of", "Ukraine", "asserted",
      "President Volodymyr Zelensky", role="president", req=False,
      note="title without the country; country from context"),
    F("Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted",
      "Qatar's emir, Sheikh Tamim bin Hamad Al Thani", role="emir"),
    F("Qatar", "diplomatic_relations_with", "Russia", "asserted",
      "Qatar, which maintains diplomatic relations with both Russia and Ukraine"),
    F("Qatar", "diplomatic_relations_with", "Ukraine", "asserted",
      "Qatar, which maintains diplomatic relations with both Russia and Ukraine"),
    F("Qatar", "supported", "Ukraine", "asserted",
      "Doha pledged $100 million in humanitarian aid to Ukraine that year", t="2023",
      alt_s=["Doha"]),
    F("Qatar Fund for Development", "based_in", "Doha", "asserted",
      "The Doha-based Qatar Fund for Development", alt_o=["Qatar"]),
    F("Qatar Fund for Development", "supported", "Ukraine", "planned",
      "said it would fund a year of psychological care for the children", req=False,
      note="support for the children, not the state; loose"),
    F("International Criminal Court", "criticized", "Vladimir Putin", "asserted",
      "In March 2023 the International Criminal Court issued arrest warrants for Russian President Vladimir Putin and Lvova-Belova, accusing them",
      t="2023-03"),
    F("International Criminal Court", "criticized", "Maria Lvova-Belova", "asserted",
      "In March 2023 the International Criminal Court issued arrest warrants for Russian President Vladimir Putin and Lvova-Belova, accusing them",
      t="2023-03"),
    F("Vladimir Putin", "head_of", "Russia", "asserted", "Russian President Vladimir Putin",
      role="president"),
    F("Russia", "criticized", "International Criminal Court", "asserted",
      "The Kremlin has rejected the accusations", alt_s=["Kremlin"], req=False,
      note="the Kremlin for Russia, the court by context"),
    F("International Criminal Court", "based_in", "The Hague", "asserted",
      "the Hague-based court", req=False,
      note="'the court' by coreference"),
    F("Russia", "took_control_of", "Crimea", "asserted", "Russia seized Crimea in 2014",
      t="2014"),
    F("Russia", "took_control_of", "Kherson region", "asserted",
      "now occupies large parts of the Kherson and Zaporizhzhia regions", req=False,
      note="'large parts of'"),
    F("Russia", "took_control_of", "Zaporizhzhia region", "asserted",
      "now occupies large parts of the Kherson and Zaporizhzhia regions", req=False,
      note="'large parts of'"),
    F("Olena Marchenko", "lives_in", "Kherson", "asserted",
      "Olena Marchenko, who lives in Kherson"),
    F("Dorohusk", "located_in", "Poland", "asserted",
      "the Dorohusk crossing on Poland's border with Ukraine"),
    F("Poland", "borders", "Ukraine", "asserted", "Poland's border with Ukraine"),
    F("Iryna Savchuk", "works_for", "Centre for Civil Rights Monitoring", "asserted",
      "Iryna Savchuk, a researcher at the Kyiv-based Centre for Civil Rights Monitoring",
      role="researcher"),
    F("Centre for Civil Rights Monitoring", "based_in", "Kyiv", "asserted",
      "the Kyiv-based Centre for Civil Rights Monitoring", alt_o=["Ukraine"]),
    F("Doha", "located_in", "Qatar", "asserted", "Doha, the Qatari capital", req=False,
      note="entailed by capital_of"),
]

# 6. Newspaper, Published: 2026-02-05 (Thursday); "Wednesday" = 2026-02-04
FACTS["belarus_potash_sanctions_relief.txt"] = [
    F("Inga Ruginiene", "head_of", "Lithuania", "asserted",
      "Prime Minister Inga Ruginiene", alt_p=["works_for"], role="prime minister", req=False,
      note="title without the country; the country comes from the sentence ('Lithuania will not ...')"),
    F("Lithuania", "negotiating_with", "Belarus", "negated",
      "She added that Lithuania would not negotiate with Minsk over transit",
      alt_s=["Inga Ruginiene"], alt_o=["Minsk"]),
    F("John Coale", "works_for", "Donald Trump", "asserted",
      "John Coale, U.S. President Donald Trump's special envoy for Belarus",
      alt_o=["United States"], role="special envoy for Belarus"),
    F("Donald Trump", "head_of", "United States", "asserted", "U.S. President Donald Trump",
      role="president"),
    F("John Coale", "visited", "Vilnius", "reported",
      "during a visit to Vilnius last week, according to two Lithuanian officials",
      t="2026-01", alt_o=["Lithuania"]),
    F("John Coale", "met_with", "Kestutis Budrys", "reported",
      "Coale met Foreign Minister Kestutis Budrys on Jan. 29, the officials said",
      t="2026-01-29", alt_s=["United States"], alt_o=["Lithuania"]),
    F("Kestutis Budrys", "works_for", "Lithuania", "asserted",
      "Foreign Minister Kestutis Budrys", role="foreign minister", req=False,
      note="title without the country; country from context"),
    F("Alexander Lukashenko", "head_of", "Belarus", "asserted",
      "Lukashenko, who has ruled the country since 1994", role="president", req=False,
      note="'the country' by coreference"),
    F("John Coale", "visited", "Minsk", "asserted",
      "Coale's visit followed a trip to Minsk earlier in the month", t="2026-01",
      alt_o=["Belarus"]),
    F("John Coale", "met_with", "Alexander Lukashenko", "asserted",
      "where he met Lukashenko at his residence", t="2026-01",
      alt_s=["United States"], alt_o=["Belarus"]),
    F("Pavel Sadouski", "citizen_of", "Belarus", "asserted",
      "the Belarusian journalist Pavel Sadouski"),
    F("Pavel Sadouski", "lives_in", "Vilnius", "asserted", "now lives in Vilnius",
      alt_o=["Lithuania"]),
    F("United States", "sanctioned", "Belaruskali", "asserted",
      "The United States, which blacklisted the state potash producer Belaruskali in 2021",
      t="2021", req=False, note="past: the sanctions were lifted in December"),
    F("United States", "normalized_relations_with", "Belarus", "planned",
      "Washington has said it plans to reopen its embassy in Minsk", req=False,
      alt_s=["Washington"], note="reopening an embassy as restoring relations; loose"),
    F("European Union", "sanctioned", "Belarus", "asserted",
      "The European Union, however, has kept its own sanctions on Belarusian potash in place",
      alt_o=["Belaruskali"], req=False,
      note="sanctions on Belarusian potash; object by demonym"),
    F("Lithuania", "sanctioned", "Belaruskali", "asserted",
      "Lithuania banned the transit of Belaruskali's fertiliser through the Lithuanian port of Klaipeda in February 2022",
      t="2022-02", alt_o=["Belarus"]),
    F("Klaipeda", "located_in", "Lithuania", "asserted", "the Lithuanian port of Klaipeda"),
    F("Belaruskali", "based_in", "Salihorsk", "asserted", "the Salihorsk-based company",
      alt_o=["Belarus"], req=False,
      note="'the company' by coreference"),
    F("United States", "allied_with", "Lithuania", "reported",
      "Budrys said on Wednesday that Washington and Vilnius remained \"the closest of allies\"",
      alt_s=["Washington"], alt_o=["Vilnius"], req=False,
      note="inside a quote; capitals for both governments"),
    F("Lithuania", "member_of", "NATO", "asserted", "Lithuania, a member of NATO and the EU"),
    F("Lithuania", "member_of", "European Union", "asserted",
      "Lithuania, a member of NATO and the EU"),
    F("Lithuania", "criticized", "Belarus", "asserted",
      "has accused Minsk of sending smuggling balloons across the border", alt_o=["Minsk"]),
    F("Lithuania", "borders", "Belarus", "asserted", "it closed its border with Belarus"),
    F("Poland", "borders", "Belarus", "asserted", "Poland, which also borders Belarus"),
    F("Radoslaw Sikorski", "works_for", "Poland", "asserted",
      "Foreign Minister Radoslaw Sikorski", role="foreign minister", req=False,
      note="title without the country; 'Warsaw' in the same sentence"),
    F("Poland", "sanctioned", "Belarus", "asserted",
      "Poland has no plans to lift its own sanctions", req=False,
      note="object Belarus from context"),
    F("Belarus", "allied_with", "Russia", "asserted", "Belarus, Russia's closest ally"),
    F("Russia", "attacked", "Ukraine", "asserted",
      "allowed Russian troops to use its territory to invade Ukraine in February 2022",
      t="2022-02", alt_p=["in_conflict_with"]),
    F("Belarus", "supported", "Russia", "asserted",
      "allowed Russian troops to use its territory to invade Ukraine", req=False,
      note="letting troops use its territory as support; loose"),
    F("Sviatlana Tsikhanouskaya", "lives_in", "Lithuania", "asserted",
      "Sviatlana Tsikhanouskaya, who has lived in Lithuania since 2020"),
    F("Sviatlana Tsikhanouskaya", "supported", "Lithuania", "asserted",
      "backed the government's stance", alt_o=["Inga Ruginiene"], req=False,
      note="'the government' = Lithuania's, by coreference"),
    F("Ruta Kaminskaite", "works_for", "Eastern Europe Studies Forum", "asserted",
      "Ruta Kaminskaite, an analyst at the Vilnius-based Eastern Europe Studies Forum",
      role="analyst"),
    F("Eastern Europe Studies Forum", "based_in", "Vilnius", "asserted",
      "the Vilnius-based Eastern Europe Studies Forum", alt_o=["Lithuania"]),
    F("United States", "negotiating_with", "Lithuania", "reported",
      "according to two Lithuanian officials familiar with the talks", req=False,
      alt_s=["John Coale"], note="'the talks' between Coale and Vilnius"),
]

# 7. Wire copy, ODESA, May 6 (no year: weekdays give no time)
FACTS["odesa_bulk_carrier_mine.txt"] = [
    F("Dmytro Pletenchuk", "works_for", "Ukrainian Navy", "asserted",
      "navy spokesman Dmytro Pletenchuk", alt_o=["Ukraine"], role="spokesman", req=False,
      note="'navy' = Ukraine's navy from the lead"),
    F("Hany Mansour", "citizen_of", "Egypt", "asserted",
      "Hany Mansour, a 52-year-old Egyptian cook"),
    F("Thalassa Bulk Management", "based_in", "Piraeus", "asserted",
      "the vessel's Piraeus-based operator, Thalassa Bulk Management"),
    F("Odesa", "located_in", "Ukraine", "asserted", "Odesa, Ukraine's largest port"),
    F("Russia", "took_control_of", "Crimea", "asserted", "Crimea, which Russia seized in 2014",
      t="2014"),
    F("Russia", "attacked", "Izmail", "reported",
      "Russia attacked the Danube port of Izmail with drones", alt_o=["Ukraine"]),
    F("Oleh Kiper", "works_for", "Ukraine", "asserted",
      "Oleh Kiper, the governor of the Odesa region", req=False, role="governor of the Odesa region",
      note="regional governor; the state is not named"),
    F("Russia", "in_conflict_with", "Ukraine", "asserted",
      "Russia, which has been at war with Ukraine since February 2022", t="2022-02",
      alt_p=["attacked"]),
    F("Hakan Fidan", "works_for", "Turkey", "asserted", "Turkish Foreign Minister Hakan Fidan",
      role="foreign minister"),
    F("Andrii Sybiha", "works_for", "Ukraine", "asserted",
      "his Ukrainian counterpart, Andrii Sybiha", role="foreign minister"),
    F("Hakan Fidan", "contacted", "Andrii Sybiha", "asserted",
      "Hakan Fidan telephoned his Ukrainian counterpart, Andrii Sybiha",
      alt_s=["Turkey"], alt_o=["Ukraine"]),
    F("Egypt", "contacted", "Thalassa Bulk Management", "reported",
      "Egypt's foreign ministry said it was in contact with the shipowner", req=False,
      note="'the shipowner' is the operator by coreference"),
    F("Turkey", "member_of", "Black Sea Mine Countermeasures Task Group", "asserted",
      "Turkey, Romania and Bulgaria set up the Black Sea Mine Countermeasures Task Group in January 2024",
      t="2024-01"),
    F("Romania", "member_of", "Black Sea Mine Countermeasures Task Group", "asserted",
      "Turkey, Romania and Bulgaria set up the Black Sea Mine Countermeasures Task Group in January 2024",
      t="2024-01"),
    F("Bulgaria", "member_of", "Black Sea Mine Countermeasures Task Group", "asserted",
      "Turkey, Romania and Bulgaria set up the Black Sea Mine Countermeasures Task Group in January 2024",
      t="2024-01"),
    F("Turkey", "member_of", "NATO", "asserted", "The three NATO members", req=False,
      note="group statement: 'the three NATO members'"),
    F("Romania", "member_of", "NATO", "asserted", "The three NATO members", req=False,
      note="group statement: 'the three NATO members'"),
    F("Bulgaria", "member_of", "NATO", "asserted", "The three NATO members", req=False,
      note="group statement: 'the three NATO members'"),
    F("Black Sea Mine Countermeasures Task Group", "supported", "Ukraine", "planned",
      "the group would send a minehunter to survey the corridor used by ships leaving Ukrainian ports",
      req=False, note="support for the corridor; loose"),
    F("Ukraine", "candidate_for", "Black Sea Mine Countermeasures Task Group", "asserted",
      "Kyiv has asked to join the task group", alt_s=["Kyiv"], req=False,
      note="Kyiv for Ukraine; 'the task group' by coreference"),
    F("Turkey", "party_to", "Montreux Convention", "asserted",
      "citing the 1936 Montreux Convention, under which Turkey has barred warships",
      req=False, note="party implied"),
    F("Ukraine", "imports_from", "United Kingdom", "asserted",
      "Two minehunters that Ukraine bought from the United Kingdom", req=False,
      commodity="minehunters", note="a one-off purchase"),
    F("Egypt", "imports_from", "Ukraine", "asserted",
      "imports wheat and corn from Ukraine through the corridor", alt_p=["trades_with"],
      commodity="wheat, corn"),
    F("Andriy Kovalchuk", "works_for", "Black Sea Freight Monitor", "asserted",
      "Andriy Kovalchuk, a shipping analyst at the Odesa-based Black Sea Freight Monitor",
      role="shipping analyst"),
    F("Black Sea Freight Monitor", "based_in", "Odesa", "asserted",
      "the Odesa-based Black Sea Freight Monitor", alt_o=["Ukraine"]),
    F("Hany Mansour", "works_for", "Thalassa Bulk Management", "asserted",
      "The dead sailor was Hany Mansour, a 52-year-old Egyptian cook, according to the vessel's Piraeus-based operator, Thalassa Bulk Management",
      req=False, role="cook", note="crew of the vessel the company operates; loose"),
]

# 8. Newspaper, Published: 2026-04-22 (Wednesday); "Tuesday" = 2026-04-21
FACTS["poland_qatar_lng_contract.txt"] = [
    F("Orlen", "signed_agreement_with", "QatarEnergy", "asserted",
      "Orlen signed a 20-year agreement on Tuesday to buy up to 2 million tonnes a year of liquefied natural gas from QatarEnergy",
      t="2026-04-21", alt_s=["Poland"], alt_o=["Qatar"]),
    F("Ireneusz Fafara", "head_of", "Orlen", "asserted",
      "Orlen's chief executive, Ireneusz Fafara", alt_p=["works_for"], role="chief executive"),
    F("Saad Sherida al-Kaabi", "works_for", "Qatar", "asserted",
      "Saad Sherida al-Kaabi, Qatar's minister of state for energy affairs",
      role="minister of state for energy affairs"),
    F("Saad Sherida al-Kaabi", "head_of", "QatarEnergy", "asserted",
      "Saad Sherida al-Kaabi, Qatar's minister of state for energy affairs and the head of QatarEnergy",
      alt_p=["works_for"], role="head"),
    F("Milosz Motyka", "works_for", "Poland", "asserted",
      "Polish Energy Minister Milosz Motyka", role="energy minister"),
    F("Milosz Motyka", "visited", "Doha", "asserted",
      "Motyka told Polish reporters in Doha", t="2026-04-21", req=False, alt_o=["Qatar"],
      note="presence implied"),
    F("Poland", "imports_from", "Qatar", "planned",
      "Deliveries are due to begin in 2028", t="2028", req=False,
      commodity="LNG", note="Orlen and QatarEnergy stand for the states"),
    F("Swinoujscie LNG terminal", "located_in", "Poland", "asserted",
      "the Swinoujscie terminal on Poland's Baltic coast"),
    F("Donald Tusk", "head_of", "Poland", "asserted", "Prime Minister Donald Tusk",
      alt_p=["works_for"], role="prime minister", req=False,
      note="title without the country; country from context"),
    F("Donald Tusk", "criticized", "Russia", "asserted",
      "\"another nail in the coffin of Russian gas blackmail\"", req=False,
      note="criticism inside a quote"),
    F("Poland", "imports_from", "Qatar", "asserted",
      "Qatar has supplied LNG to Poland since 2016", t="2016", alt_p=["trades_with"],
      commodity="LNG"),
    F("Poland", "imports_from", "United States", "asserted",
      "Poland also buys LNG from the United States", commodity="LNG"),
    F("Poland", "imports_from", "Norway", "asserted",
      "receives Norwegian gas through the Baltic Pipe", commodity="gas", req=False,
      note="supplier by demonym"),
    F("Poland", "imports_from", "Russia", "negated",
      "Poland stopped importing Russian gas in 2022", t="2022", commodity="gas"),
    F("Gazprom", "sanctioned", "Poland", "asserted",
      "Gazprom cut off deliveries when Warsaw refused to pay in roubles", t="2022",
      req=False, alt_o=["Warsaw"], note="a supply cut-off as an embargo; loose"),
    F("Orlen", "based_in", "Plock", "asserted", "The Plock-based group", alt_o=["Poland"], req=False,
      note="'the group' by coreference"),
    F("Mazeikiai refinery", "located_in", "Lithuania", "asserted",
      "the Mazeikiai refinery in Lithuania"),
    F("Ukraine", "imports_from", "Poland", "planned",
      "plans to resell part of the Qatari gas to Ukraine", req=False, commodity="gas",
      note="Orlen's plan; also 'expect to buy ... gas through Poland'"),
    F("Saad Sherida al-Kaabi", "threatened", "European Union", "asserted",
      "Kaabi has repeatedly threatened to halt LNG shipments to the European Union",
      alt_s=["Qatar", "QatarEnergy"]),
    F("Poland", "member_of", "European Union", "asserted",
      "Poland, which as an EU member must apply the directive"),
    F("European Union", "sanctioned", "Russia", "planned",
      "The EU plans to end all imports of Russian gas by 2027", t="2027", req=False,
      note="an import ban read as an embargo; loose"),
    F("Karol Nawrocki", "head_of", "Poland", "asserted", "President Karol Nawrocki",
      role="president", req=False,
      note="title without the country; country from context"),
    F("Karol Nawrocki", "visited", "Doha", "hedged",
      "President Karol Nawrocki is expected to visit Doha in June", t="2026-06",
      alt_o=["Qatar"]),
    F("Karol Nawrocki", "met_with", "Tamim bin Hamad Al Thani", "hedged",
      "is expected to visit Doha in June for talks with Emir Sheikh Tamim bin Hamad Al Thani",
      t="2026-06", req=False, alt_p=["negotiating_with"], alt_s=["Poland"], alt_o=["Qatar"]),
    F("Tamim bin Hamad Al Thani", "head_of", "Qatar", "asserted",
      "Emir Sheikh Tamim bin Hamad Al Thani", role="emir"),
    F("Agata Lozinska", "works_for", "Vistula Energy Insight", "asserted",
      "Agata Lozinska, an energy analyst at the Warsaw-based consultancy Vistula Energy Insight",
      role="energy analyst"),
    F("Vistula Energy Insight", "based_in", "Warsaw", "asserted",
      "the Warsaw-based consultancy Vistula Energy Insight", alt_o=["Poland"]),
    F("Milosz Motyka", "met_with", "Saad Sherida al-Kaabi", "asserted",
      "in the presence of Polish Energy Minister Milosz Motyka", t="2026-04-21", req=False,
      note="present at the signing"),
    F("Ireneusz Fafara", "signed_agreement_with", "Saad Sherida al-Kaabi", "asserted",
      "The deal was signed in Doha by Orlen's chief executive, Ireneusz Fafara, and Saad Sherida al-Kaabi",
      t="2026-04-21", req=False, note="signatories for their companies"),
]

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}


# --------------------------------------------------------------------------
def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def parse_schema(path):
    text = open(path, encoding="utf-8").read()
    types = set(re.findall(r"^\| (Person|Country|Organization|City|Region|Agreement|Facility) \|",
                           text, re.M))
    sigs = {}
    for line in text.splitlines():
        m = re.match(r"^\| ([a-z_]+) \| ([^|]*) \|", line)
        if not m or m.group(1) == "predicate":
            continue
        name, sig = m.group(1), m.group(2).strip()
        arrow = "\u2194" if "\u2194" in sig else "\u2192"
        left, _, right = sig.partition(arrow)
        lt = {t.strip() for t in left.split(",") if t.strip()}
        rt = {t.strip() for t in right.split(",") if t.strip()}
        if rt == {"same"}:
            rt = set(lt)
        sigs[name] = (lt or None, rt or None)
    return types, sigs


def doc_meta(name, text):
    """title, published date (ISO or ''), style"""
    if name.endswith(".html"):
        title = re.search(r"<h1>(.*?)</h1>", text, re.S).group(1).strip()
        date = re.search(r'<time datetime="([0-9-]+)"', text).group(1)
        return title, date, "html"
    m = re.match(r"(.+)\nPublished: (\d{4}-\d{2}-\d{2})\nBy ", text)
    if m:
        return m.group(1).strip(), m.group(2), "newspaper"
    return text.split(" - ", 1)[1].split(". ")[0][:120], "", "wire"


def sentence_around(text, start, end):
    """The sentence (or text between tags) that holds text[start:end]."""
    left = start
    while left > 0:
        c = text[left - 1]
        if c in "\n>":
            break
        if text[left - 2:left] in (". ", "? ", "! ") and left >= 2 and \
                not re.search(r"(U\.S|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|U\.N)\. $", text[max(0, left - 6):left]):
            break
        left -= 1
    right = end
    n = len(text)
    while right < n:
        c = text[right]
        if c in "\n<":
            break
        if c in ".?!" and (right + 1 >= n or text[right + 1] in " \n<\"") and \
                not re.search(r"(U\.S|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|U\.N)$", text[max(0, right - 5):right]):
            right += 1
            if right < n and text[right] == '"':
                right += 1
            break
        right += 1
    while left < start and text[left] == " ":
        left += 1
    return text[left:right], left, right


def main():
    errors = []
    types, sigs = parse_schema(SCHEMA_MD)

    ent_type, alias_owner = {}, {}
    for name, typ, aliases in ENTITIES:
        if typ not in types:
            errors.append(f"entity {name}: unknown type {typ}")
        if name in ent_type:
            errors.append(f"entity {name} listed twice")
        ent_type[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} maps to {alias_owner[k]} and {name}")
            alias_owner.setdefault(k, name)

    def type_ok(typ, allowed, metonymy=False):
        if allowed is None:
            return True
        if typ in allowed:
            return True
        # a capital standing for its country's government (alt readings only)
        return metonymy and typ == "City" and "Country" in allowed

    texts, metas = {}, {}
    for doc in FACTS:
        path = os.path.join(CORPUS, doc)
        texts[doc] = open(path, encoding="utf-8").read()
        metas[doc] = doc_meta(doc, texts[doc])
    for f in sorted(os.listdir(CORPUS)):
        if f not in FACTS:
            errors.append(f"corpus file {f} has no facts")

    merged, order, statements = {}, [], []
    used = set()
    for doc, rows in FACTS.items():
        text = texts[doc]
        for r in rows:
            where = f"{doc}: {r['s']} {r['p']} {r['o']}"
            if r["p"] not in sigs:
                errors.append(f"{where}: unknown predicate")
                continue
            if r["modality"] not in POLARITY:
                errors.append(f"{where}: unknown modality {r['modality']}")
                continue
            pos = text.find(r["ev"])
            if pos < 0:
                errors.append(f"{where}: evidence not in article: {r['ev']!r}")
                continue
            if r["time"] and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["time"]):
                errors.append(f"{where}: bad time {r['time']}")
            lt, rt = sigs[r["p"]]
            for name in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
                if name not in ent_type:
                    errors.append(f"{where}: entity {name!r} not in ENTITIES")
            if errors and any(n not in ent_type for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
                continue
            if not type_ok(ent_type[r["s"]], lt):
                errors.append(f"{where}: subject type {ent_type[r['s']]} not in {lt}")
            if not type_ok(ent_type[r["o"]], rt):
                errors.append(f"{where}: object type {ent_type[r['o']]} not in {rt}")
            for p in [r["p"]] + r["alt_p"]:
                if p not in sigs:
                    errors.append(f"{where}: unknown alt predicate {p}")
                    continue
                plt, prt = sigs[p]
                for s in [r["s"]] + r["alt_s"]:
                    if not type_ok(ent_type[s], plt, metonymy=True):
                        errors.append(f"{where}: alt subject {s} ({ent_type[s]}) not in {plt} for {p}")
                for o in [r["o"]] + r["alt_o"]:
                    if not type_ok(ent_type[o], prt, metonymy=True):
                        errors.append(f"{where}: alt object {o} ({ent_type[o]}) not in {prt} for {p}")
            used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])

            s, o = r["s"], r["o"]
            a, b = (s, o) if r["p"] not in SYMMETRIC or s <= o else (o, s)
            key = (a, r["p"], b, POLARITY[r["modality"]])
            if key in merged:
                g = merged[key]
                for fld, mine in (("modality", r["modality"]), ("time", r["time"]),
                                  ("required", r["required"])):
                    if g[fld] != mine:
                        errors.append(f"{where}: will not merge, {fld} {mine!r} vs {g[fld]!r} in {g['docs']}")
                if doc not in g["docs"]:
                    g["docs"].append(doc)
                for fld in ("alt_s", "alt_p", "alt_o"):
                    for v in r[fld]:
                        if v not in g[fld]:
                            g[fld].append(v)
                if r["note"] and r["note"] not in g["notes"]:
                    g["notes"].append(r["note"])
            else:
                merged[key] = dict(s=s, p=r["p"], o=o, docs=[doc], modality=r["modality"],
                                   time=r["time"], required=r["required"],
                                   alt_s=list(r["alt_s"]), alt_p=list(r["alt_p"]),
                                   alt_o=list(r["alt_o"]),
                                   notes=[r["note"]] if r["note"] else [])
                order.append(key)
            sent, st, en = sentence_around(text, pos, pos + len(r["ev"]))
            title, date, _ = metas[doc]
            statements.append({
                "subject": s, "subject_type": ent_type[s], "predicate": r["p"],
                "object": o, "object_type": ent_type[o], "modality": r["modality"],
                "time": r["time"] or "", "role": r["role"] or r["commodity"],
                "confidence": 1.0, "source": f"corpus/{doc}", "title": title,
                "published": date, "sentence": sent, "start": st, "end": en,
                "rule": "gold",
            })

    for name in ent_type:
        if name not in used:
            errors.append(f"entity {name} is named by no gold row")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as out:
        for name, typ, aliases in ENTITIES:
            out.write(json.dumps({"name": name, "type": typ, "aliases": aliases},
                                 ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as out:
        for key in order:
            g = merged[key]
            row = {"s": g["s"], "p": g["p"], "o": g["o"], "docs": g["docs"],
                   "modality": g["modality"]}
            if g["time"]:
                row["time"] = g["time"]
            row["required"] = g["required"]
            for fld in ("alt_s", "alt_p", "alt_o"):
                if g[fld]:
                    row[fld] = g[fld]
            if g["notes"]:
                row["note"] = "; ".join(g["notes"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as out:
        for st in statements:
            out.write(json.dumps(st, ensure_ascii=False) + "\n")

    rows = [merged[k] for k in order]
    req = sum(g["required"] for g in rows)
    print(f"entities={len(ENTITIES)} rows={len(rows)} required={req} "
          f"with_time={sum(1 for g in rows if g['time'])} statements={len(statements)} "
          f"predicates={len({g['p'] for g in rows})}")


if __name__ == "__main__":
    main()
