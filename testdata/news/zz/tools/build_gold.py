#!/usr/bin/env python3
"""Build the gold standard of news set zz from the hand-written rows below.

Usage: build_gold.py [--stats]

Every row carries, for each document that states it, an evidence phrase
taken from that document's cleaned body. The script checks that each phrase
lies inside one sentence of that body, that names, aliases, types,
predicates, modalities and times are valid, and then writes
entities.jsonl, triples.jsonl and selfcheck_statements.jsonl next to the
corpus folder. With --stats it prints counts.

Cleaned body:
  wire (.txt, dateline "(Reuters) -" / "(AFP) -"): everything after the
      headline, without the closing credit line "(Reporting by ...)";
  newspaper (.txt with "Published:" and "By" lines): everything after the
      byline;
  HTML: the <p> paragraphs of <div class="article-body">, tags removed,
      entities unescaped, joined by blank lines.
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
    "zz01": "zz01_iasi_energy_declaration.txt",
    "zz02": "zz02_mano_river_monrovia_protocol.txt",
    "zz03": "zz03_moldova_orlen_gas_contract.txt",
    "zz04": "zz04_yenga_talks_conakry.txt",
    "zz05": "zz05_poland_bobrowniki_belarus_crossing.txt",
    "zz06": "zz06_cavalla_joint_patrols.txt",
    "zz07": "zz07_szijjarto_minsk_visit.html",
    "zz08": "zz08_faye_conakry_state_visit.html",
}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = TYPES
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
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({C}, {C}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")

# ---------------------------------------------------------------- entities
ENTITIES = []


def E(name, typ, *aliases):
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases)})


# people, Eastern Europe
E("Nicușor Dan", P, "Nicusor Dan", "Dan", "President Nicusor Dan", "Romanian President Nicusor Dan",
  "President Nicușor Dan")
E("Maia Sandu", P, "Sandu", "President Maia Sandu", "Moldovan President Maia Sandu")
E("Karol Nawrocki", P, "Nawrocki", "President Karol Nawrocki", "Polish President Karol Nawrocki")
E("Viktor Orbán", P, "Viktor Orban", "Orban", "Orbán", "Prime Minister Viktor Orban",
  "Prime Minister Viktor Orbán")
E("Volodymyr Zelenskiy", P, "Zelenskiy", "Volodymyr Zelensky", "Zelensky",
  "Ukrainian President Volodymyr Zelenskiy")
E("Alexandru Munteanu", P, "Munteanu", "Prime Minister Alexandru Munteanu",
  "Moldovan Prime Minister Alexandru Munteanu")
E("Mihai Popșoi", P, "Mihai Popsoi", "Popsoi", "Popșoi", "Deputy Prime Minister Mihai Popsoi")
E("Ireneusz Fąfara", P, "Ireneusz Fafara", "Fafara", "Fąfara")
E("Bogdan Ivan", P, "Energy Minister Bogdan Ivan", "Romanian Energy Minister Bogdan Ivan")
E("Donald Tusk", P, "Tusk", "Prime Minister Donald Tusk")
E("Marcin Kierwiński", P, "Kierwiński", "Marcin Kierwinski", "Kierwinski",
  "Interior Minister Marcin Kierwiński")
E("Maxim Ryzhenkov", P, "Ryzhenkov", "Maksim Ryzhenkov", "Foreign Minister Maxim Ryzhenkov",
  "Belarusian Foreign Minister Maxim Ryzhenkov")
E("Alexander Lukashenko", P, "Lukashenko", "Aliaksandr Lukashenka", "President Alexander Lukashenko",
  "Belarusian President Alexander Lukashenko")
E("John Coale", P, "Coale", "United States envoy John Coale")
E("Péter Szijjártó", P, "Szijjártó", "Peter Szijjarto", "Szijjarto", "Foreign Minister Péter Szijjártó",
  "Hungarian Foreign Minister Péter Szijjártó")
E("Gitanas Nausėda", P, "Nausėda", "Gitanas Nauseda", "Nauseda", "President Gitanas Nausėda",
  "Lithuanian President Gitanas Nausėda")
E("Vladimir Putin", P, "Putin", "President Vladimir Putin", "Russian President Vladimir Putin")
E("Radosław Sikorski", P, "Sikorski", "Radoslaw Sikorski", "Foreign Minister Radosław Sikorski")
E("Péter Magyar", P, "Peter Magyar", "Magyar")
E("Sviatlana Tsikhanouskaya", P, "Tsikhanouskaya", "Svetlana Tikhanovskaya")
# people, West Africa
E("Mamadi Doumbouya", P, "Doumbouya", "President Mamadi Doumbouya", "Guinean President Mamadi Doumbouya",
  "Guinea's President Mamadi Doumbouya")
E("Amadou Oury Bah", P, "Bah", "Prime Minister Amadou Oury Bah")
E("Sara Beysolow Nyanti", P, "Nyanti", "Foreign Minister Sara Beysolow Nyanti",
  "Liberian Foreign Minister Sara Beysolow Nyanti")
E("Julius Maada Bio", P, "Bio", "President Julius Maada Bio", "Sierra Leonean President Julius Maada Bio",
  "Sierra Leone's President Julius Maada Bio")
E("Alassane Ouattara", P, "Ouattara", "President Alassane Ouattara", "Ivorian President Alassane Ouattara")
E("Joseph Boakai", P, "Boakai", "Joseph Nyuma Boakai", "President Joseph Boakai",
  "Liberian President Joseph Boakai")
E("Timothy Musa Kabba", P, "Kabba", "Foreign Minister Timothy Musa Kabba")
E("Morissanda Kouyaté", P, "Kouyaté", "Morissanda Kouyate", "Kouyate")
E("Foday Sankoh", P, "Sankoh")
E("Ernest Bai Koroma", P, "Koroma")
E("Alpha Condé", P, "Condé", "Alpha Conde", "Conde")
E("Sahr Tengbeh", P, "Tengbeh")
E("Téné Birahima Ouattara", P, "Birahima Ouattara", "Tene Birahima Ouattara")
E("Moses Tarr", P, "Tarr", "Colonel Moses Tarr")
E("Laurent Gbagbo", P, "Gbagbo")
E("Samuel Okudzeto Ablakwa", P, "Okudzeto Ablakwa", "Ablakwa")
E("John Mahama", P, "Mahama", "John Dramani Mahama", "President John Mahama", "Ghanaian President John Mahama")
E("Bassirou Diomaye Faye", P, "Faye", "President Bassirou Diomaye Faye",
  "Senegalese President Bassirou Diomaye Faye")
E("Cheikh Niang", P, "Niang")
E("Ousmane Sonko", P, "Sonko", "Prime Minister Ousmane Sonko")
E("Adama Barrow", P, "Barrow", "President Adama Barrow", "Gambian President Adama Barrow")
# countries
E("Romania", C)
E("Moldova", C, "Republic of Moldova")
E("Poland", C)
E("Hungary", C)
E("Ukraine", C)
E("Russia", C, "Russian Federation")
E("Belarus", C)
E("Lithuania", C)
E("Latvia", C)
E("Greece", C)
E("United States", C, "Washington", "US", "U.S.", "United States of America", "USA")
E("Soviet Union", C, "USSR")
E("Guinea", C, "Republic of Guinea")
E("Sierra Leone", C)
E("Liberia", C)
E("Côte d'Ivoire", C, "Ivory Coast", "Cote d'Ivoire", "Côte d\u2019Ivoire")
E("Ghana", C)
E("Senegal", C)
E("Gambia", C, "The Gambia")
E("Guinea-Bissau", C)
E("France", C)
E("China", C, "People's Republic of China")
# organizations
E("European Union", O, "EU")
E("NATO", O, "North Atlantic Treaty Organization")
E("European Commission", O)
E("Gazprom", O)
E("Orlen", O, "PKN Orlen")
E("Energocom", O)
E("Transgaz", O)
E("Russian Foreign Ministry", O, "Russian foreign ministry")
E("Belavia", O)
E("Collective Security Treaty Organization", O, "CSTO")
E("Eurasian Economic Union", O, "EAEU")
E("Fidesz", O, "Fidesz party")
E("Tisza", O, "Tisza party")
E("Rosneft", O)
E("Lukoil", O)
E("Mano River Union", O, "MRU")
E("ECOWAS", O, "Economic Community of West African States")
E("United Nations Security Council", O, "UN Security Council", "Security Council")
E("Revolutionary United Front", O, "RUF")
E("Armed Forces of Liberia", O, "AFL")
E("OMVG", O, "Gambia River Basin Development Organisation", "Gambia River Basin Development Organization")
E("Kofi Annan International Peacekeeping Training Centre", O, "KAIPTC")
E("All People's Congress", O, "APC")
E("Winning Consortium Simandou", O, "WCS")
# cities
E("Iasi", CI, "Iași")
E("Chisinau", CI, "Chișinău")
E("Kyiv", CI, "Kiev")
E("Budapest", CI)
E("Bucharest", CI)
E("Moscow", CI)
E("Minsk", CI)
E("Warsaw", CI)
E("Vilnius", CI)
E("Tiraspol", CI)
E("Monrovia", CI)
E("Conakry", CI)
E("Freetown", CI)
E("Abidjan", CI)
E("Accra", CI)
E("Yamoussoukro", CI)
E("Dakar", CI)
E("Banjul", CI)
E("Yenga", CI)
E("Toe Town", CI)
E("Zwedru", CI)
E("Guiglo", CI)
# regions
E("Transnistria", R, "Transnistria region")
E("Kaliningrad", R, "Kaliningrad exclave")
E("Kailahun District", R, "Kailahun")
E("Grand Gedeh County", R, "Grand Gedeh")
# facilities
E("Palace of Culture", F, "Iasi Palace of Culture")
E("Revithoussa terminal", F, "Revithoussa", "Revithoussa LNG terminal")
E("Souapiti dam", F, "Souapiti", "Souapiti hydropower dam")
E("Simandou mine", F, "Simandou")
E("Sambangalou dam", F, "Sambangalou")
# agreements
E("Iasi Declaration", A, "Iași Declaration")
E("Monrovia Protocol on Cross-Border Security", A, "Monrovia Protocol")

# adjectival and metonymic forms, only for the surface-form check (never aliases)
FORMS = {
    "Romania": ["Romanian", "Bucharest"], "Moldova": ["Moldovan", "Chisinau"],
    "Poland": ["Polish", "Warsaw"], "Hungary": ["Hungarian", "Budapest"],
    "Ukraine": ["Ukrainian", "Kyiv"], "Russia": ["Russian", "Moscow", "Moscow-led"],
    "Belarus": ["Belarusian", "Minsk"], "Lithuania": ["Lithuanian", "Vilnius"],
    "Greece": ["Greece's"], "United States": ["Washington"], "Soviet Union": ["Soviet"],
    "Guinea": ["Guinean", "Conakry"], "Sierra Leone": ["Sierra Leonean", "Freetown"],
    "Liberia": ["Liberian", "Monrovia"], "Côte d'Ivoire": ["Ivorian", "Abidjan"],
    "Ghana": ["Ghanaian", "Accra"], "Senegal": ["Senegalese", "Dakar"], "Gambia": ["Gambian"],
    "China": ["Chinese"], "France": ["French"],
}

# ---------------------------------------------------------------- rows
ROWS = []


def T(s, p, o, modality, required, ev, alt_s=(), alt_p=(), alt_o=(), note="", role=""):
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, required=required, ev=ev,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o), extra=note, role=role))


# ============ Eastern Europe: zz01 (wire), zz03 (wire), zz05 (newspaper), zz07 (HTML)
IASI_SIGN = "Romanian President Nicusor Dan, Moldovan President Maia Sandu and Polish President Karol Nawrocki signed the Iasi Declaration"
T("Nicușor Dan", "head_of", "Romania", "asserted", True, {"zz01": "Romanian President Nicusor Dan"}, role="president")
T("Maia Sandu", "head_of", "Moldova", "asserted", True,
  {"zz01": "Moldovan President Maia Sandu", "zz03": "Moldovan President Maia Sandu has made energy independence"}, role="president")
T("Karol Nawrocki", "head_of", "Poland", "asserted", True,
  {"zz01": "Polish President Karol Nawrocki", "zz05": "Poland's president, Karol Nawrocki"}, role="president")
T("Nicușor Dan", "party_to", "Iasi Declaration", "asserted", True, {"zz01": IASI_SIGN}, alt_s=["Romania"])
T("Maia Sandu", "party_to", "Iasi Declaration", "asserted", True, {"zz01": IASI_SIGN}, alt_s=["Moldova"])
T("Karol Nawrocki", "party_to", "Iasi Declaration", "asserted", True,
  {"zz01": IASI_SIGN, "zz05": ("Karol Nawrocki, who signed the Iasi Declaration on Tuesday", "2026-02-17")},
  alt_s=["Poland"])
T("Nicușor Dan", "signed_agreement_with", "Maia Sandu", "asserted", True, {"zz01": IASI_SIGN},
  alt_s=["Romania"], alt_o=["Moldova"])
T("Nicușor Dan", "signed_agreement_with", "Karol Nawrocki", "asserted", True, {"zz01": IASI_SIGN},
  alt_s=["Romania"], alt_o=["Poland"])
T("Maia Sandu", "signed_agreement_with", "Karol Nawrocki", "asserted", True, {"zz01": IASI_SIGN},
  alt_s=["Moldova"], alt_o=["Poland"])
T("Romania", "supported", "Moldova", "planned", False,
  {"zz01": "pledging to finish a new power line into Moldova",
   "zz03": "who promised to route more non-Russian gas to Moldova",
   "zz07": ("in which Romania, Moldova and Poland pledged to bring non-Russian gas to Moldova", "2026-02")},
  alt_s=["Nicușor Dan"], note="group pledge of the signatories to help Moldova")
T("Poland", "supported", "Moldova", "planned", False,
  {"zz01": "pledging to finish a new power line into Moldova",
   "zz03": "who promised to route more non-Russian gas to Moldova",
   "zz07": ("in which Romania, Moldova and Poland pledged to bring non-Russian gas to Moldova", "2026-02")},
  alt_s=["Karol Nawrocki"], note="group pledge of the signatories to help Moldova")
T("Moldova", "gained_independence_from", "Soviet Union", "asserted", False,
  {"zz01": "the former Soviet republic"}, note="loose reading of 'former Soviet republic'")
T("Romania", "brokered", "Iasi Declaration", "asserted", False,
  {"zz01": "The declaration, which Romanian diplomats drafted over the winter"},
  note="drafting read as mediation; loose")
T("Maia Sandu", "criticized", "Russia", "asserted", True,
  {"zz01": "Sandu accused Moscow of using energy as a weapon against her country"},
  alt_s=["Moldova"], alt_o=["Moscow"])
T("Russia", "threatened", "Moldova", "reported", False,
  {"zz01": "Sandu accused Moscow of using energy as a weapon against her country"},
  alt_s=["Moscow"], note="Sandu's accusation read as a threat; loose")
T("Palace of Culture", "located_in", "Iasi", "asserted", True, {"zz01": "Iasi's Palace of Culture"})
T("Maia Sandu", "visited", "Iasi", "asserted", False,
  {"zz01": "she told reporters in the courtyard of Iasi's Palace of Culture"},
  alt_o=["Romania"], note="entailed by her press remarks there; pronoun")
T("Karol Nawrocki", "visited", "Iasi", "asserted", False,
  {"zz01": "standing beside Dan and Nawrocki"}, alt_o=["Romania"], note="entailed")
T("Maia Sandu", "met_with", "Nicușor Dan", "asserted", False,
  {"zz01": "standing beside Dan and Nawrocki"}, alt_s=["Moldova"], alt_o=["Romania"],
  note="joint ceremony; entailed meeting")
T("Maia Sandu", "met_with", "Karol Nawrocki", "asserted", False,
  {"zz01": "standing beside Dan and Nawrocki"}, alt_s=["Moldova"], alt_o=["Poland"],
  note="joint ceremony; entailed meeting")
T("Nicușor Dan", "met_with", "Karol Nawrocki", "asserted", False,
  {"zz01": IASI_SIGN}, alt_s=["Romania"], alt_o=["Poland"], note="joint signing; entailed meeting")
T("Gazprom", "based_in", "Russia", "asserted", True, {"zz01": "Russia's Gazprom"})
T("Transnistria", "located_in", "Moldova", "asserted", True, {"zz01": "Moldova's breakaway Transnistria region"})
T("Transnistria", "seceded_from", "Moldova", "asserted", False,
  {"zz01": "Moldova's breakaway Transnistria region",
   "zz03": "Transnistria, the Russian-backed separatist region"},
  note="'breakaway' / 'separatist' read as secession; no date")
T("Gazprom", "sanctioned", "Transnistria", "asserted", False,
  {"zz01": "Russia's Gazprom halted supplies to Moldova's breakaway Transnistria region on January 1, 2025"},
  note="supply cut read as an embargo; loose (wire sentence writes 2025 but the row is optional, no time)")
T("Ukraine", "sanctioned", "Russia", "asserted", False,
  {"zz01": "after Ukraine stopped the transit of Russian gas across its territory"},
  note="end of transit read as a trade measure; loose")
T("Moldova", "imports_from", "Russia", "negated", True,
  {"zz01": "Moldova's government-controlled territory has not bought Russian gas since December 2022"},
  note="commodity gas; 'since' gives no time")
T("Hungary", "borders", "Romania", "asserted", True, {"zz01": "Hungary, which borders both Romania and Ukraine"})
T("Hungary", "borders", "Ukraine", "asserted", True, {"zz01": "Hungary, which borders both Romania and Ukraine"})
T("Hungary", "candidate_for", "Iasi Declaration", "negated", True,
  {"zz01": ("was not invited to join the Iasi Declaration, two Romanian officials said", None, "negated"),
   "zz07": ("Hungary was not invited to sign last month's Iasi Declaration", "2026-02")},
  note="'not invited' = negated candidate_for (attributed in zz01)")
T("Hungary", "party_to", "Iasi Declaration", "negated", False,
  {"zz01": "was not invited to join the Iasi Declaration",
   "zz07": ("Hungary was not invited to sign last month's Iasi Declaration", "2026-02")},
  note="entailed: not invited, so not a party")
T("Hungary", "criticized", "Moldova", "asserted", True,
  {"zz01": "Budapest has repeatedly criticised Chisinau and Kyiv"}, alt_s=["Budapest"], alt_o=["Chisinau"])
T("Hungary", "criticized", "Ukraine", "asserted", True,
  {"zz01": "Budapest has repeatedly criticised Chisinau and Kyiv"}, alt_s=["Budapest"], alt_o=["Kyiv"])
T("Viktor Orbán", "head_of", "Hungary", "asserted", False,
  {"zz01": "Prime Minister Viktor Orban's government",
   "zz07": "Prime Minister Viktor Orbán, whose Fidesz party"},
  note="title without a country", role="prime minister")
T("Hungary", "imports_from", "Russia", "asserted", True,
  {"zz01": "Prime Minister Viktor Orban's government still buys most of its gas from Russia",
   "zz07": "Hungary, which still imports most of its crude oil from Russia"},
  alt_s=["Viktor Orbán", "Budapest"], alt_p=["trades_with"], note="gas (zz01), crude oil (zz07)")
T("Moldova", "imports_from", "Poland", "hedged", True,
  {"zz01": "Moldova could begin importing Polish gas before next winter"}, alt_p=["trades_with"],
  note="'could', attributed to a Polish official: hedged wins")
T("Orlen", "based_in", "Poland", "asserted", True,
  {"zz01": "Poland's state-controlled refiner Orlen", "zz03": "Poland's Orlen"})
T("Orlen", "supported", "Moldova", "hedged", False,
  {"zz01": "Orlen expected to supply part of the volumes",
   "zz03": "would also consider building gas storage in Moldova if demand grew"},
  note="supply or investment read as support; loose")
T("Karol Nawrocki", "visited", "Chisinau", "planned", True,
  {"zz01": "Nawrocki, who took office in August, said he would visit Chisinau in the spring"}, alt_o=["Moldova"])
T("Nicușor Dan", "met_with", "Maia Sandu", "planned", True,
  {"zz01": "Dan is due to host Sandu in Bucharest in May for talks on the power line"},
  alt_s=["Romania"], alt_o=["Moldova"], alt_p=["negotiating_with"])
T("Maia Sandu", "visited", "Bucharest", "planned", False,
  {"zz01": "Dan is due to host Sandu in Bucharest in May"}, alt_o=["Romania"], note="entailed by the hosting")
T("Volodymyr Zelenskiy", "head_of", "Ukraine", "asserted", True,
  {"zz01": "Ukrainian President Volodymyr Zelenskiy"}, role="president")
T("Volodymyr Zelenskiy", "party_to", "Iasi Declaration", "negated", True,
  {"zz01": "welcomed the Iasi Declaration but did not sign it"}, alt_s=["Ukraine"])
T("Volodymyr Zelenskiy", "supported", "Iasi Declaration", "asserted", False,
  {"zz01": "welcomed the Iasi Declaration"}, alt_s=["Ukraine"], note="'welcomed' read as support; loose")
for who in ("Nicușor Dan", "Maia Sandu", "Karol Nawrocki"):
    T("Volodymyr Zelenskiy", "contacted", who, "asserted", False,
      {"zz01": "who addressed the leaders by video link"}, alt_s=["Ukraine"],
      note="'the leaders' is a group reference to the three signatories")
for c in ("Romania", "Poland"):
    for org in ("European Union", "NATO"):
        T(c, "member_of", org, "asserted", True,
          {"zz01": "Romania and Poland are members of the European Union and NATO"})
T("Moldova", "candidate_for", "European Union", "asserted", True,
  {"zz01": "Moldova, an EU candidate since 2022"}, note="'since 2022' is no time")
T("Moldova", "member_of", "NATO", "negated", False,
  {"zz01": "is constitutionally neutral and does not belong to the alliance"},
  note="'the alliance' = NATO by definite description")
T("European Union", "supported", "Moldova", "asserted", True,
  {"zz01": ("The European Union has pledged 1.9 billion euros to Moldova under a growth plan agreed in 2024", "2024")},
  note="wire sentence writes the year")

# zz03
T("Energocom", "based_in", "Moldova", "asserted", True, {"zz03": "Moldova's state energy trader Energocom"})
T("Energocom", "signed_agreement_with", "Orlen", "reported", True,
  {"zz03": "Energocom signed a three-year contract with Poland's Orlen on Thursday"},
  note="attributed to the two companies")
T("Alexandru Munteanu", "head_of", "Moldova", "asserted", True,
  {"zz03": "Moldovan Prime Minister Alexandru Munteanu"}, alt_p=["works_for"], role="prime minister")
T("Moldova", "trades_with", "Poland", "reported", False,
  {"zz03": "the first direct gas deal between Moldovan and Polish state companies"},
  note="company deal read as trade between the countries; loose")
for c in ("Romania", "Moldova", "Poland"):
    T(c, "party_to", "Iasi Declaration", "asserted", True,
      {"zz03": "signing of the Iasi Declaration by the presidents of Romania, Moldova and Poland",
       "zz07": ("Iasi Declaration, in which Romania, Moldova and Poland pledged", "2026-02")})
T("Moldova", "borders", "Romania", "asserted", False,
  {"zz03": "the Prut River, the country's border with Romania"},
  note="'the country' = Moldova by definite description")
T("Transgaz", "based_in", "Romania", "asserted", True, {"zz03": "Romania's state-owned Transgaz"})
T("Bogdan Ivan", "works_for", "Romania", "asserted", True,
  {"zz03": "Romanian Energy Minister Bogdan Ivan"}, role="energy minister")
T("Bogdan Ivan", "visited", "Chisinau", "asserted", True,
  {"zz03": "Bogdan Ivan, who flew to Chisinau for the signing"}, alt_o=["Moldova"])
T("Romania", "supported", "Moldova", "reported", False,
  {"zz03": "said the Romanian network had enough spare capacity to carry the Polish cargoes"},
  alt_s=["Bogdan Ivan"], note="transit capacity read as support; loose")
T("Revithoussa terminal", "located_in", "Greece", "asserted", True, {"zz03": "Greece's Revithoussa terminal"})
T("Energocom", "signed_agreement_with", "Gazprom", "negated", True,
  {"zz03": "Energocom has not signed a contract with Gazprom since 2022"})
T("Ireneusz Fąfara", "head_of", "Orlen", "asserted", True,
  {"zz03": "Orlen chief executive Ireneusz Fafara"}, alt_p=["works_for"], role="chief executive")
T("Russia", "supported", "Transnistria", "asserted", False,
  {"zz03": "Transnistria, the Russian-backed separatist region"}, note="adjective only")
T("Russia", "took_control_of", "Transnistria", "asserted", False,
  {"zz03": "where Moscow still keeps about 1,500 troops"}, alt_s=["Moscow"],
  note="troop presence read as control; loose")
T("Mihai Popșoi", "works_for", "Moldova", "asserted", False,
  {"zz03": "Deputy Prime Minister Mihai Popsoi, who is also foreign minister"},
  note="title without a country", role="deputy prime minister, foreign minister")
T("Mihai Popșoi", "criticized", "Russia", "asserted", True,
  {"zz03": "accused Moscow of trying to destabilise Moldova"}, alt_s=["Moldova"], alt_o=["Moscow"])
T("Tiraspol", "located_in", "Transnistria", "asserted", False,
  {"zz03": "Tiraspol, the region's main city"}, note="'the region' by definite description")
T("Russian Foreign Ministry", "criticized", "Moldova", "asserted", True,
  {"zz03": "The Russian foreign ministry rejected the accusation on Thursday and said Chisinau alone was to blame"},
  alt_s=["Russia"], alt_o=["Chisinau"])
T("Russian Foreign Ministry", "criticized", "Mihai Popșoi", "asserted", False,
  {"zz03": "The Russian foreign ministry rejected the accusation"}, alt_s=["Russia"],
  note="rejected Popsoi's accusation of the previous sentence")
T("Moldova", "negotiating_with", "European Union", "asserted", True,
  {"zz03": ("Moldova, which opened accession negotiations with the European Union in June 2024", "2024-06")})
T("Moldova", "member_of", "European Union", "planned", False,
  {"zz03": "wants to join the bloc by 2030"}, note="'the bloc' = EU by definite description")

# zz05
T("Donald Tusk", "head_of", "Poland", "asserted", False,
  {"zz05": "Prime Minister Donald Tusk ordered the Bobrowniki road crossing closed"},
  note="title without a country", role="prime minister")
T("Marcin Kierwiński", "works_for", "Poland", "asserted", False,
  {"zz05": "Interior Minister Marcin Kierwiński"}, note="title without a country", role="interior minister")
T("Marcin Kierwiński", "criticized", "Belarus", "asserted", True,
  {"zz05": "he accused Belarus of organising the attempts"}, alt_s=["Poland"])
T("Marcin Kierwiński", "criticized", "Russia", "asserted", False,
  {"zz05": "together with Russia's security services"}, alt_s=["Poland"],
  note="the accusation names Russia's services as accomplices; loose")
T("Belarus", "criticized", "Marcin Kierwiński", "asserted", False,
  {"zz05": "Minsk denied the charge"}, alt_s=["Minsk"], alt_o=["Poland"],
  note="rejected the charge of the previous sentence")
T("Maxim Ryzhenkov", "works_for", "Belarus", "asserted", True,
  {"zz05": "Belarusian Foreign Minister Maxim Ryzhenkov",
   "zz07": "his Belarusian counterpart, Maxim Ryzhenkov"}, role="foreign minister")
T("Maxim Ryzhenkov", "criticized", "Poland", "asserted", True,
  {"zz05": ("Maxim Ryzhenkov said on Friday that Warsaw was \"inventing threats\"", "2026-02-20")},
  alt_s=["Belarus"], alt_o=["Warsaw"])
T("Poland", "negotiating_with", "Belarus", "negated", False,
  {"zz05": "had refused to hold talks on border management"}, alt_s=["Warsaw"],
  note="Ryzhenkov's claim; the talks partner is implicit")
T("Poland", "borders", "Belarus", "asserted", True, {"zz05": "Poland shut its entire border with Belarus"})
T("Belarus", "allied_with", "Russia", "asserted", True, {"zz05": "Belarus and its closest ally, Russia"})
T("Belavia", "based_in", "Belarus", "asserted", True, {"zz05": "Belavia, the Belarusian state airline"})
T("United States", "sanctioned", "Belavia", "negated", False,
  {"zz05": ("Washington lifted sanctions on Belavia", "2025-09")},
  note="lifting sanctions; asserting 'sanctioned' misreads the sentence")
T("United States", "negotiating_with", "Belarus", "asserted", False,
  {"zz05": "in return for the release of 52 prisoners"},
  note="an exchange implies talks; loose")
T("Alexander Lukashenko", "head_of", "Belarus", "asserted", True,
  {"zz05": "Belarusian President Alexander Lukashenko's government",
   "zz07": "Belarusian President Alexander Lukashenko"}, role="president")
T("John Coale", "works_for", "United States", "asserted", True,
  {"zz05": "United States envoy John Coale"}, role="envoy")
T("John Coale", "visited", "Minsk", "asserted", True,
  {"zz05": ("a visit to Minsk by United States envoy John Coale", "2025-09")}, alt_o=["Belarus"],
  note="five months before publication")
T("Poland", "sanctioned", "Belarus", "asserted", True,
  {"zz05": "Poland, which has imposed its own sanctions on Belarus since 2020"}, note="'since 2020' is no time")
T("Poland", "sanctioned", "Belarus", "planned", False,
  {"zz05": ("Tusk said on Thursday the measures would stay until Minsk freed all political prisoners", "2026-02-19")},
  alt_s=["Donald Tusk"], note="'the measures' by definite description; a conditional plan")
T("Poland", "diplomatic_relations_with", "Belarus", "asserted", True,
  {"zz05": "Warsaw still has diplomatic relations with Minsk"}, alt_s=["Warsaw"], alt_o=["Minsk"])
T("Poland", "trades_with", "Belarus", "reported", True,
  {"zz05": "Trade between Poland and Belarus has fallen by more than half since 2021, according to Polish customs data"})
T("Alexander Lukashenko", "threatened", "Poland", "asserted", False,
  {"zz05": ("Lukashenko last month threatened to stop Polish lorries", "2026-01")},
  alt_s=["Belarus"], alt_o=["Warsaw"], note="object given by the adjective 'Polish' and 'Warsaw'; loose")
T("Péter Szijjártó", "works_for", "Hungary", "asserted", True,
  {"zz05": "Hungary, whose foreign minister Péter Szijjártó",
   "zz07": "Hungarian Foreign Minister Péter Szijjártó"}, role="foreign minister")
T("Péter Szijjártó", "visited", "Minsk", "asserted", True,
  {"zz05": "Péter Szijjártó visits Minsk regularly",
   "zz07": ("his third visit to the Belarusian capital", "2026-03-03")}, alt_o=["Belarus"])
T("Hungary", "allied_with", "Alexander Lukashenko", "reported", False,
  {"zz05": "has kept closer ties with Lukashenko than any other government in the European Union"},
  alt_o=["Belarus"], note="'closer ties'; attributed to diplomats")
T("Donald Tusk", "visited", "Vilnius", "planned", True,
  {"zz05": ("Tusk is due to travel to Vilnius next week", "2026-02")}, alt_o=["Lithuania"])
T("Donald Tusk", "met_with", "Gitanas Nausėda", "planned", True,
  {"zz05": ("Tusk is due to travel to Vilnius next week for talks with Lithuanian President Gitanas Nausėda", "2026-02")},
  alt_s=["Poland"], alt_o=["Lithuania"], alt_p=["negotiating_with"])
T("Gitanas Nausėda", "head_of", "Lithuania", "asserted", True,
  {"zz05": "Lithuanian President Gitanas Nausėda"}, role="president")
T("European Commission", "supported", "Poland", "planned", True,
  {"zz05": ("The European Commission said last month it would give Poland 150 million euros", "2026-01")})
T("Poland", "borders", "Ukraine", "asserted", True,
  {"zz05": "along its borders with Belarus, Ukraine and Russia's Kaliningrad exclave"})
T("Poland", "borders", "Kaliningrad", "asserted", True,
  {"zz05": "along its borders with Belarus, Ukraine and Russia's Kaliningrad exclave"})
T("Kaliningrad", "located_in", "Russia", "asserted", True, {"zz05": "Russia's Kaliningrad exclave"})

# zz07
T("Péter Szijjártó", "met_with", "Alexander Lukashenko", "asserted", True,
  {"zz07": ("Péter Szijjártó met Belarusian President Alexander Lukashenko in Minsk on Tuesday", "2026-03-03")},
  alt_s=["Hungary"], alt_o=["Belarus"], alt_p=["negotiating_with"])
T("Minsk", "capital_of", "Belarus", "asserted", False,
  {"zz07": "his third visit to the Belarusian capital"}, note="'the Belarusian capital' refers back to Minsk")
T("Minsk", "located_in", "Belarus", "asserted", False,
  {"zz07": "met Belarusian President Alexander Lukashenko in Minsk"}, note="entailed")
T("Hungary", "trades_with", "Belarus", "asserted", False,
  {"zz07": ("The two men discussed trade in fertiliser, farm machinery and medicines", "2026-03")},
  note="talks about trade; loose")
T("Péter Szijjártó", "signed_agreement_with", "Maxim Ryzhenkov", "reported", True,
  {"zz07": ("Szijjártó later signed an economic cooperation roadmap for 2026-2030 with his Belarusian counterpart, Maxim Ryzhenkov", "2026-03")},
  alt_s=["Hungary"], alt_o=["Belarus"])
T("Péter Szijjártó", "met_with", "Maxim Ryzhenkov", "reported", False,
  {"zz07": ("signed an economic cooperation roadmap for 2026-2030 with his Belarusian counterpart", "2026-03")},
  alt_s=["Hungary"], alt_o=["Belarus"], note="entailed by the joint signing")
T("Hungary", "sanctioned", "Belarus", "negated", False,
  {"zz07": "Hungary will not take part in the isolation of Belarus"},
  note="inside a quote; isolation read as sanctions; loose")
T("Alexander Lukashenko", "contacted", "Vladimir Putin", "reported", True,
  {"zz07": ("Lukashenko later spoke by telephone with Russian President Vladimir Putin", "2026-03")},
  alt_s=["Belarus"], alt_o=["Russia"])
T("Vladimir Putin", "head_of", "Russia", "asserted", True,
  {"zz07": "Russian President Vladimir Putin"}, role="president")
for co in ("Rosneft", "Lukoil"):
    T("United States", "sanctioned", co, "asserted", True,
      {"zz07": "United States sanctions on Russia's two largest oil companies, Rosneft and Lukoil"})
    T(co, "based_in", "Russia", "asserted", True,
      {"zz07": "Russia's two largest oil companies, Rosneft and Lukoil"})
T("United States", "sanctioned", "Hungary", "negated", False,
  {"zz07": ("was granted a one-year exemption in November from United States sanctions", "2025-11")},
  note="an exemption: Hungary is not under the sanctions")
T("United States", "supported", "Hungary", "asserted", False,
  {"zz07": ("was granted a one-year exemption in November from United States sanctions", "2025-11")},
  note="passive, agent implicit; loose")
T("Hungary", "imports_from", "Russia", "planned", True,
  {"zz07": "Szijjártó said Budapest would keep buying Russian oil and gas"},
  alt_s=["Budapest", "Péter Szijjártó"], alt_p=["trades_with"], note="conditional plan ('as long as')")
T("Radosław Sikorski", "criticized", "Hungary", "asserted", True,
  {"zz07": "Sikorski called the trip \"a disgrace\" and said Hungary was undermining"}, alt_s=["Poland"])
T("Radosław Sikorski", "criticized", "Péter Szijjártó", "asserted", False,
  {"zz07": "Sikorski called the trip \"a disgrace\""}, alt_s=["Poland"], alt_o=["Hungary"],
  note="'the trip' is Szijjártó's; cross-sentence")
T("Radosław Sikorski", "works_for", "Poland", "asserted", False,
  {"zz07": "In Warsaw, Foreign Minister Radosław Sikorski"}, note="title without a country", role="foreign minister")
T("Poland", "criticized", "Belarus", "asserted", True,
  {"zz07": ("Poland closed the Bobrowniki crossing last month, accusing Minsk of pushing migrants", "2026-02")},
  alt_o=["Minsk"])
T("Belarus", "criticized", "Poland", "asserted", False,
  {"zz07": "a charge Belarus denies"}, note="denying a charge read as rejecting claims of; loose")
T("Lithuania", "borders", "Belarus", "asserted", True, {"zz07": "Lithuania and Latvia, which also border Belarus"})
T("Latvia", "borders", "Belarus", "asserted", True, {"zz07": "Lithuania and Latvia, which also border Belarus"})
T("Péter Szijjártó", "criticized", "Iasi Declaration", "asserted", False,
  {"zz07": ("Szijjártó dismissed the document as \"political theatre\" on Tuesday", "2026-03-03")},
  alt_s=["Hungary"], note="'the document' refers back to the Iasi Declaration")
T("Viktor Orbán", "member_of", "Fidesz", "asserted", True, {"zz07": "Viktor Orbán, whose Fidesz party"})
T("Viktor Orbán", "head_of", "Fidesz", "asserted", False, {"zz07": "Viktor Orbán, whose Fidesz party"},
  note="possessive read as leadership; loose", role="party leader")
T("Péter Magyar", "head_of", "Tisza", "asserted", True,
  {"zz07": "the opposition Tisza party of Péter Magyar"}, alt_p=["member_of"], role="party leader")
T("Péter Szijjártó", "met_with", "Sviatlana Tsikhanouskaya", "negated", True,
  {"zz07": "Szijjártó did not meet Sviatlana Tsikhanouskaya"})
T("Sviatlana Tsikhanouskaya", "citizen_of", "Belarus", "asserted", True,
  {"zz07": "Sviatlana Tsikhanouskaya, the exiled Belarusian opposition leader"})
T("Sviatlana Tsikhanouskaya", "lives_in", "Vilnius", "asserted", True, {"zz07": "who lives in Vilnius"})
T("Sviatlana Tsikhanouskaya", "criticized", "Alexander Lukashenko", "asserted", False,
  {"zz07": "has urged European governments to shun Lukashenko"}, note="urging a boycott read as criticism")
for org in ("Collective Security Treaty Organization", "Eurasian Economic Union"):
    T("Belarus", "member_of", org, "asserted", True,
      {"zz07": "Belarus is a member of the Moscow-led Collective Security Treaty Organization and of the Eurasian Economic Union"})
    T("Russia", "member_of", org, "asserted", False,
      {"zz07": "the Moscow-led Collective Security Treaty Organization and of the Eurasian Economic Union"},
      alt_s=["Moscow"], note="'Moscow-led' entails membership")
T("Russia", "supported", "Belarus", "asserted", False,
  {"zz07": "it has hosted Russian tactical nuclear weapons since 2023"},
  note="weapons deployment read as military support; loose")

# ============ West Africa: zz02 (wire), zz04, zz06 (newspaper), zz08 (HTML)
MRU_SIGN = "Liberia, Sierra Leone, Guinea and Ivory Coast signed the Monrovia Protocol on Cross-Border Security"
MRU4 = ["Liberia", "Sierra Leone", "Guinea", "Côte d'Ivoire"]
for c in MRU4:
    T(c, "party_to", "Monrovia Protocol on Cross-Border Security", "asserted", True, {"zz02": MRU_SIGN})
for i, a in enumerate(MRU4):
    for b in MRU4[i + 1:]:
        T(a, "signed_agreement_with", b, "asserted", True, {"zz02": MRU_SIGN})
T("Mamadi Doumbouya", "head_of", "Guinea", "asserted", True,
  {"zz02": "Guinean President Mamadi Doumbouya", "zz04": "Guinea's President Mamadi Doumbouya",
   "zz08": "Guinea\u2019s President Mamadi Doumbouya"}, role="president")
T("Amadou Oury Bah", "head_of", "Guinea", "asserted", True,
  {"zz02": "Prime Minister Amadou Oury Bah signed the document on Guinea's behalf",
   "zz04": "Guinea's prime minister, Amadou Oury Bah",
   "zz08": "Guinea\u2019s prime minister, Amadou Oury Bah"}, alt_p=["works_for"], role="prime minister")
T("Amadou Oury Bah", "party_to", "Monrovia Protocol on Cross-Border Security", "reported", False,
  {"zz02": "Prime Minister Amadou Oury Bah signed the document on Guinea's behalf"}, alt_s=["Guinea"],
  note="'the document' refers back to the protocol")
T("Amadou Oury Bah", "visited", "Monrovia", "asserted", False,
  {"zz02": "Prime Minister Amadou Oury Bah signed the document on Guinea's behalf",
   "zz04": ("the Mano River Union summit in Monrovia, where Sierra Leone's President Julius Maada Bio held more than an hour of talks with Guinea's prime minister, Amadou Oury Bah", "2026-03-10"),
   "zz08": ("sent Guinea\u2019s prime minister, Amadou Oury Bah, in his place", "2026-03")},
  alt_o=["Liberia"], note="attending the summit entails the visit")
T("Sara Beysolow Nyanti", "works_for", "Liberia", "asserted", True,
  {"zz02": "Liberian Foreign Minister Sara Beysolow Nyanti"}, role="foreign minister")
T("Mamadi Doumbouya", "visited", "Monrovia", "negated", True,
  {"zz02": ("Doumbouya, who won December's presidential election, did not travel to Monrovia", None, "negated"),
   "zz08": ("Doumbouya, who did not travel to last week\u2019s Mano River Union summit in Monrovia", "2026-03")},
  alt_o=["Liberia"])
T("ECOWAS", "brokered", "Monrovia Protocol on Cross-Border Security", "asserted", True,
  {"zz02": "The Monrovia Protocol, which was brokered by the Economic Community of West African States"})
T("Guinea", "negotiating_with", "Sierra Leone", "planned", True,
  {"zz02": "Guinea and Sierra Leone agreed to resume talks on their disputed border around Yenga",
   "zz04": ("Sierra Leonean and Guinean officials will meet in Conakry next month to resume talks", "2026-04")})
T("Guinea", "in_conflict_with", "Sierra Leone", "asserted", False,
  {"zz02": "their disputed border around Yenga",
   "zz04": "has said he wants the dispute settled before his term ends"},
  note="long-running border dispute; 'their' / 'the dispute' by reference")
T("Yenga", "located_in", "Kailahun District", "asserted", True,
  {"zz02": "Yenga, a village on the Moa River in Sierra Leone's Kailahun District",
   "zz04": "Yenga, a village of a few thousand people in Kailahun District"})
T("Kailahun District", "located_in", "Sierra Leone", "asserted", True, {"zz02": "Sierra Leone's Kailahun District"})
T("Yenga", "located_in", "Sierra Leone", "asserted", False,
  {"zz02": "Yenga, a village on the Moa River in Sierra Leone's Kailahun District"}, note="entailed")
T("Guinea", "took_control_of", "Yenga", "asserted", True,
  {"zz02": ("Guinean troops have occupied Yenga since the late 1990s", "199"),
   "zz04": ("has been held by Guinean troops since 1998", "1998")}, note="passive in zz04")
T("Guinea", "supported", "Sierra Leone", "asserted", True,
  {"zz02": ("they crossed the border to help Sierra Leone's government fight Revolutionary United Front rebels", "199"),
   "zz04": ("soldiers from Conakry crossed the Moa River to help Sierra Leone's army", "1998")},
  alt_s=["Conakry"])
T("Guinea", "in_conflict_with", "Revolutionary United Front", "asserted", True,
  {"zz02": ("Guinean troops have occupied Yenga since the late 1990s, when they crossed the border to help Sierra Leone's government fight Revolutionary United Front rebels", "199"),
   "zz04": ("soldiers from Conakry crossed the Moa River to help Sierra Leone's army fight the Revolutionary United Front", "1998")},
  alt_s=["Conakry"])
T("Sierra Leone", "in_conflict_with", "Revolutionary United Front", "asserted", True,
  {"zz02": ("Sierra Leone's government fight Revolutionary United Front rebels during the civil war", "199"),
   "zz04": ("Sierra Leone's army fight the Revolutionary United Front", "1998")})
T("Julius Maada Bio", "head_of", "Sierra Leone", "asserted", True,
  {"zz02": "Sierra Leonean President Julius Maada Bio",
   "zz04": "Sierra Leone's President Julius Maada Bio"}, role="president")
T("Julius Maada Bio", "head_of", "ECOWAS", "asserted", True,
  {"zz02": "Julius Maada Bio, who chairs ECOWAS",
   "zz04": ("Bio, who took over the rotating chairmanship of the Economic Community of West African States last June", "2025-06")},
  role="chairman")
T("Julius Maada Bio", "criticized", "Guinea", "asserted", False,
  {"zz02": "said the village's status was \"a wound that must be closed\""}, alt_s=["Sierra Leone"],
  note="loose reading of a complaint")
T("Alassane Ouattara", "head_of", "Côte d'Ivoire", "asserted", True,
  {"zz02": "Ivorian President Alassane Ouattara", "zz06": "Ivorian President Alassane Ouattara"},
  role="president")
T("Joseph Boakai", "head_of", "Liberia", "asserted", True,
  {"zz02": "Liberian President Joseph Boakai", "zz06": "Liberian President Joseph Boakai"}, role="president")
T("Joseph Boakai", "met_with", "Julius Maada Bio", "asserted", False,
  {"zz02": "Liberian President Joseph Boakai, who hosted the meeting"}, alt_s=["Liberia"],
  alt_o=["Sierra Leone"], note="host and guest of the summit; cross-sentence")
T("Joseph Boakai", "met_with", "Amadou Oury Bah", "asserted", False,
  {"zz02": "Liberian President Joseph Boakai, who hosted the meeting"}, alt_s=["Liberia"],
  alt_o=["Guinea"], note="host and Guinea's delegate at the summit; cross-sentence")
T("Joseph Boakai", "visited", "Conakry", "planned", True,
  {"zz02": "said he would travel to Conakry next month"}, alt_o=["Guinea"])
T("Joseph Boakai", "met_with", "Mamadi Doumbouya", "planned", True,
  {"zz02": "said he would travel to Conakry next month to brief Doumbouya"},
  alt_s=["Liberia"], alt_o=["Guinea"])
T("Mano River Union", "based_in", "Freetown", "asserted", True,
  {"zz02": "The Mano River Union, whose secretariat is in Freetown"})
T("Liberia", "member_of", "Mano River Union", "asserted", True,
  {"zz02": ("was founded in 1973 by Liberia and Sierra Leone", "1973")})
T("Sierra Leone", "member_of", "Mano River Union", "asserted", True,
  {"zz02": ("was founded in 1973 by Liberia and Sierra Leone", "1973")})
T("Guinea", "member_of", "Mano River Union", "asserted", True, {"zz02": ("Guinea joined in 1980", "1980")})
T("Côte d'Ivoire", "member_of", "Mano River Union", "asserted", True,
  {"zz02": ("Guinea joined in 1980 and Ivory Coast in 2008", "2008")})
T("Liberia", "member_of", "United Nations Security Council", "asserted", True,
  {"zz02": "Liberia took up a two-year seat on the United Nations Security Council in January"},
  note="wire sentence has no year for January")
T("ECOWAS", "sanctioned", "Guinea", "asserted", True,
  {"zz02": ("ECOWAS imposed sanctions on Guinea after Doumbouya seized power in a coup in September 2021", "2021")})

# zz04
T("Timothy Musa Kabba", "works_for", "Sierra Leone", "asserted", False,
  {"zz04": "Foreign Minister Timothy Musa Kabba"}, note="title without a country", role="foreign minister")
T("Julius Maada Bio", "met_with", "Amadou Oury Bah", "asserted", True,
  {"zz04": ("Julius Maada Bio held more than an hour of talks with Guinea's prime minister, Amadou Oury Bah", "2026-03-10")},
  alt_s=["Sierra Leone"], alt_o=["Guinea"], alt_p=["negotiating_with"])
T("Julius Maada Bio", "visited", "Monrovia", "asserted", False,
  {"zz04": ("the Mano River Union summit in Monrovia, where Sierra Leone's President Julius Maada Bio held", "2026-03-10")},
  alt_o=["Liberia"], note="attending the summit entails the visit")
T("Timothy Musa Kabba", "visited", "Monrovia", "negated", True,
  {"zz04": "Kabba himself did not travel to Monrovia"}, alt_o=["Liberia"])
T("Timothy Musa Kabba", "met_with", "Morissanda Kouyaté", "negated", True,
  {"zz04": "he has not met his Guinean counterpart, Morissanda Kouyaté, since November"},
  alt_s=["Sierra Leone"], alt_o=["Guinea"], note="'since November' is no time")
T("Morissanda Kouyaté", "works_for", "Guinea", "asserted", True,
  {"zz04": "his Guinean counterpart, Morissanda Kouyaté", "zz08": "Morissanda Kouyaté of Guinea"},
  role="foreign minister")
T("Timothy Musa Kabba", "visited", "Conakry", "planned", False,
  {"zz04": "We are going to Conakry with open hands"}, alt_o=["Guinea"], note="'we' inside a quote")
T("Foday Sankoh", "head_of", "Revolutionary United Front", "asserted", True,
  {"zz04": "The RUF, led by Foday Sankoh"}, role="leader")
T("Revolutionary United Front", "attacked", "Freetown", "asserted", True,
  {"zz04": ("attacked Freetown in January 1999", "1999-01")})
T("Ernest Bai Koroma", "negotiating_with", "Alpha Condé", "asserted", True,
  {"zz04": "Ernest Bai Koroma of Sierra Leone and Alpha Condé of Guinea held several rounds of talks on Yenga"},
  alt_s=["Sierra Leone"], alt_o=["Guinea"])
T("Ernest Bai Koroma", "head_of", "Sierra Leone", "asserted", False,
  {"zz04": "Former presidents Ernest Bai Koroma of Sierra Leone"}, note="former president", role="president")
T("Alpha Condé", "head_of", "Guinea", "asserted", False,
  {"zz04": "Alpha Condé of Guinea", "zz08": "former president Alpha Condé"},
  note="former president; no country in the zz08 title", role="president")
T("Mamadi Doumbouya", "visited", "Freetown", "hedged", True,
  {"zz04": ("is expected to visit Freetown in June", "2026-06")}, alt_o=["Sierra Leone"],
  note="expected + attributed: hedged")
T("Mamadi Doumbouya", "met_with", "Julius Maada Bio", "hedged", True,
  {"zz04": ("is expected to visit Freetown in June for talks with Bio", "2026-06")},
  alt_s=["Guinea"], alt_o=["Sierra Leone"], alt_p=["negotiating_with"])
T("Sahr Tengbeh", "citizen_of", "Sierra Leone", "asserted", True,
  {"zz04": "Sahr Tengbeh, a Sierra Leonean cocoa trader"})
T("Sahr Tengbeh", "lives_in", "Yenga", "asserted", True, {"zz04": "Sahr Tengbeh, a Sierra Leonean cocoa trader who lives in Yenga"})
T("Sierra Leone", "borders", "Guinea", "asserted", True, {"zz04": "Sierra Leone borders Guinea to the north and east"})
T("Sierra Leone", "borders", "Liberia", "asserted", True,
  {"zz04": "Sierra Leone borders Guinea to the north and east and Liberia to the south-east"})
T("All People's Congress", "criticized", "Sierra Leone", "asserted", False,
  {"zz04": "Opposition lawmakers in Freetown have accused the government of moving too slowly"},
  alt_o=["Freetown"], note="the party is named later in the sentence; 'the government'")

# zz06
T("Côte d'Ivoire", "borders", "Liberia", "asserted", True,
  {"zz06": "the roughly 700-kilometre border between Côte d'Ivoire and Liberia"})
T("Côte d'Ivoire", "allied_with", "Liberia", "asserted", False,
  {"zz06": ("Ivorian and Liberian soldiers began joint patrols along the Cavalla River on Saturday", "2026-03-14")},
  note="joint patrols read as partnership; loose")
T("Mano River Union", "party_to", "Monrovia Protocol on Cross-Border Security", "asserted", False,
  {"zz06": ("the Monrovia Protocol on Cross-Border Security that Mano River Union leaders signed last week", "2026-03")},
  note="'Mano River Union leaders' is a group reference to the member states")
for town in ("Toe Town", "Zwedru"):
    T("Armed Forces of Liberia", "based_in", town, "planned", False,
      {"zz06": "said the Liberian units would be based in Toe Town and Zwedru"},
      note="'the Liberian units' of the Armed Forces of Liberia; a plan")
T("Téné Birahima Ouattara", "works_for", "Côte d'Ivoire", "asserted", True,
  {"zz06": "Côte d'Ivoire's defence minister, Téné Birahima Ouattara"}, role="defence minister")
T("Téné Birahima Ouattara", "visited", "Guiglo", "asserted", False,
  {"zz06": "Birahima Ouattara told reporters in Guiglo"}, note="entailed by speaking there")
T("Moses Tarr", "works_for", "Armed Forces of Liberia", "asserted", True,
  {"zz06": "Armed Forces of Liberia spokesman Colonel Moses Tarr"}, role="spokesman")
T("Toe Town", "located_in", "Grand Gedeh County", "asserted", True, {"zz06": "Toe Town and Zwedru, both in Grand Gedeh County"})
T("Zwedru", "located_in", "Grand Gedeh County", "asserted", True, {"zz06": "Toe Town and Zwedru, both in Grand Gedeh County"})
T("Joseph Boakai", "met_with", "Alassane Ouattara", "asserted", True,
  {"zz06": ("Liberian President Joseph Boakai and Ivorian President Alassane Ouattara discussed the patrols at the Monrovia summit last week", "2026-03")},
  alt_s=["Liberia"], alt_o=["Côte d'Ivoire"], alt_p=["negotiating_with"])
T("Alassane Ouattara", "visited", "Monrovia", "asserted", False,
  {"zz06": ("Ivorian President Alassane Ouattara discussed the patrols at the Monrovia summit last week", "2026-03")},
  alt_o=["Liberia"], note="attending the summit entails the visit")
T("Côte d'Ivoire", "supported", "Liberia", "planned", False,
  {"zz06": "Abidjan agreed to pay for fuel and radios for the Liberian units"}, alt_s=["Abidjan"],
  note="'agreed to' (future); object by the adjective 'Liberian'")
T("Joseph Boakai", "signed_agreement_with", "Alassane Ouattara", "negated", True,
  {"zz06": "Boakai and Ouattara did not sign a separate bilateral security agreement in Monrovia"},
  alt_s=["Liberia"], alt_o=["Côte d'Ivoire"])
T("Guinea", "borders", "Côte d'Ivoire", "asserted", True, {"zz06": "Guinea, which also borders Côte d'Ivoire"})
T("Laurent Gbagbo", "head_of", "Côte d'Ivoire", "asserted", False,
  {"zz06": "former president Laurent Gbagbo"}, note="former president, title without a country", role="president")
T("Laurent Gbagbo", "attacked", "Côte d'Ivoire", "asserted", False,
  {"zz06": ("fighters loyal to former president Laurent Gbagbo launched raids into Côte d'Ivoire from Liberian territory until 2012", "201")},
  note="raids by his loyalists; loose")
T("Ghana", "member_of", "Mano River Union", "negated", True,
  {"zz06": "Ghana, which is not a member of the Mano River Union"})
for c in ("Côte d'Ivoire", "Liberia"):
    T("Ghana", "supported", c, "planned", False,
      {"zz06": "has offered to train the joint units"}, note="offer to train the joint Ivorian-Liberian units")
T("Kofi Annan International Peacekeeping Training Centre", "based_in", "Accra", "asserted", True,
  {"zz06": "Kofi Annan International Peacekeeping Training Centre in the Ghanaian capital, Accra"})
T("Accra", "capital_of", "Ghana", "asserted", True, {"zz06": "the Ghanaian capital, Accra"})
T("Accra", "located_in", "Ghana", "asserted", False, {"zz06": "the Ghanaian capital, Accra"},
  note="entailed by capital_of")
T("Samuel Okudzeto Ablakwa", "works_for", "Ghana", "asserted", True,
  {"zz06": "Ghana's foreign minister, Samuel Okudzeto Ablakwa"}, role="foreign minister")
T("John Mahama", "head_of", "Ghana", "asserted", True, {"zz06": "Ghanaian President John Mahama"}, role="president")
T("John Mahama", "visited", "Abidjan", "hedged", True,
  {"zz06": ("is expected to visit Abidjan in June", "2026-06")}, alt_o=["Côte d'Ivoire"])
T("John Mahama", "met_with", "Alassane Ouattara", "hedged", False,
  {"zz06": ("to review a joint cocoa pricing policy with Ouattara", "2026-06")},
  alt_s=["Ghana"], alt_o=["Côte d'Ivoire"], note="implied by the planned review")
T("Côte d'Ivoire", "signed_agreement_with", "Ghana", "asserted", True,
  {"zz06": ("Côte d'Ivoire and Ghana, which together grow about 60 percent of the world's cocoa, signed a cocoa cooperation pact in 2018", "2018")})
T("Yamoussoukro", "capital_of", "Côte d'Ivoire", "asserted", True,
  {"zz06": "Côte d'Ivoire's official capital is Yamoussoukro"})
T("Yamoussoukro", "located_in", "Côte d'Ivoire", "asserted", False,
  {"zz06": "Côte d'Ivoire's official capital is Yamoussoukro"}, note="entailed by capital_of")
T("Abidjan", "located_in", "Côte d'Ivoire", "asserted", False,
  {"zz06": "the government and most embassies are in Abidjan"}, note="loose")

# zz08
T("Bassirou Diomaye Faye", "head_of", "Senegal", "asserted", True,
  {"zz08": "Senegalese President Bassirou Diomaye Faye"}, role="president")
T("Bassirou Diomaye Faye", "met_with", "Mamadi Doumbouya", "asserted", True,
  {"zz08": ("Bassirou Diomaye Faye held talks with Guinea\u2019s President Mamadi Doumbouya in Conakry on Thursday", "2026-03-19")},
  alt_s=["Senegal"], alt_o=["Guinea"], alt_p=["negotiating_with"])
T("Bassirou Diomaye Faye", "visited", "Conakry", "asserted", True,
  {"zz08": ("in Conakry on Thursday, on his first state visit to the neighbouring country", "2026-03-19")},
  alt_o=["Guinea"])
T("Guinea", "borders", "Senegal", "asserted", True,
  {"zz08": "who closed Guinea\u2019s border with Senegal in 2020"})
T("Bassirou Diomaye Faye", "signed_agreement_with", "Mamadi Doumbouya", "asserted", False,
  {"zz08": ("The two leaders signed an agreement", "2026-03-19")},
  alt_s=["Senegal"], alt_o=["Guinea"], note="'the two leaders' is a group reference")
T("Senegal", "imports_from", "Guinea", "planned", True,
  {"zz08": ("Senegal will buy electricity from Guinea\u2019s Souapiti hydropower dam from 2027", "2027")},
  alt_p=["trades_with"], note="commodity electricity")
T("Souapiti dam", "located_in", "Guinea", "asserted", True, {"zz08": "Guinea\u2019s Souapiti hydropower dam"})
T("OMVG", "based_in", "Dakar", "asserted", True, {"zz08": "The OMVG, which is headquartered in Dakar"})
for c in ("Senegal", "Guinea", "Gambia", "Guinea-Bissau"):
    T(c, "member_of", "OMVG", "asserted", True,
      {"zz08": "The OMVG, which is headquartered in Dakar, groups Senegal, Guinea, Gambia and Guinea-Bissau"})
T("Adama Barrow", "head_of", "Gambia", "asserted", True, {"zz08": "Gambian President Adama Barrow"}, role="president")
T("Gambia", "borders", "Senegal", "asserted", False,
  {"zz08": "whose small country is almost entirely surrounded by Senegal"},
  note="'whose small country' = Gambia through 'Gambian President'")
for who in ("Bassirou Diomaye Faye", "Mamadi Doumbouya"):
    T("Adama Barrow", "met_with", who, "hedged", False,
      {"zz08": ("is expected to host Faye and Doumbouya at an OMVG summit in Banjul later this year", "2026")},
      alt_s=["Gambia"], note="hosting implies meeting")
    T(who, "visited", "Banjul", "hedged", False,
      {"zz08": ("is expected to host Faye and Doumbouya at an OMVG summit in Banjul later this year", "2026")},
      alt_o=["Gambia"], note="entailed by attending")
T("Senegal", "supported", "Guinea", "planned", False,
  {"zz08": "Senegal agreed to give Guinean importers a dedicated terminal at the Port of Dakar"},
  note="transit concessions read as support; object by adjective")
T("Senegal", "supported", "Guinea", "reported", False,
  {"zz08": "thanked Faye for Senegal\u2019s \u201cconstant solidarity\u201d"}, note="loose")
T("Senegal", "supported", "Sambangalou dam", "planned", False,
  {"zz08": "adding that Dakar would help finance the Sambangalou dam on the Gambia River"},
  alt_s=["Dakar", "Bassirou Diomaye Faye"], note="financing pledge")
T("Winning Consortium Simandou", "based_in", "China", "asserted", False,
  {"zz08": "the Chinese-led Winning Consortium Simandou"}, note="'Chinese-led' read as seat; loose")
for c in ("Guinea-Bissau", "Sierra Leone"):
    T("Guinea", "trades_with", c, "reported", False,
      {"zz08": "Guinean cargo that has moved to ports in Guinea-Bissau and Sierra Leone"},
      note="cargo through neighbours' ports read as trade; loose")
T("Cheikh Niang", "works_for", "Senegal", "asserted", True, {"zz08": "Cheikh Niang of Senegal"}, role="foreign minister")
T("Cheikh Niang", "signed_agreement_with", "Morissanda Kouyaté", "asserted", True,
  {"zz08": ("Cheikh Niang of Senegal and Morissanda Kouyaté of Guinea also signed a memorandum on consular cooperation", "2026-03")},
  alt_s=["Senegal"], alt_o=["Guinea"])
T("Guinea", "gained_independence_from", "France", "asserted", True,
  {"zz08": ("Guinea, which gained independence from France in 1958", "1958")})
T("China", "imports_from", "Guinea", "asserted", True,
  {"zz08": "is the world\u2019s largest exporter of bauxite, most of which is shipped to China"},
  alt_p=["trades_with"], note="commodity bauxite")
T("Simandou mine", "located_in", "Guinea", "asserted", True, {"zz08": "Guinea\u2019s Simandou mine"})
T("Ousmane Sonko", "head_of", "Senegal", "asserted", True,
  {"zz08": "Senegal\u2019s Prime Minister Ousmane Sonko"}, alt_p=["works_for"], role="prime minister")
T("Ousmane Sonko", "visited", "Conakry", "planned", True,
  {"zz08": ("is due in Conakry in May to chair a joint commission on trade", "2026-05")}, alt_o=["Guinea"])
T("Ousmane Sonko", "visited", "Conakry", "negated", False,
  {"zz08": ("Ousmane Sonko did not accompany Faye", "2026-03-19")}, alt_o=["Guinea"],
  note="not accompanying Faye to Conakry entails no visit now; polarity differs from the May plan")
T("Senegal", "member_of", "Mano River Union", "negated", True,
  {"zz08": "Senegal is not a member of the Mano River Union"})
T("Senegal", "candidate_for", "Mano River Union", "planned", False,
  {"zz08": "Faye said Dakar would seek observer status in the bloc"}, alt_s=["Dakar", "Bassirou Diomaye Faye"],
  note="observer status, 'the bloc'")


# ---------------------------------------------------------------- cleaning
def clean(doc):
    path = os.path.join(CORPUS, DOCS[doc])
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        pub = re.search(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', raw).group(1)
        body = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S).group(1)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                 for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
        return title, pub, "\n\n".join(p for p in paras if p), "html"
    lines = raw.split("\n")
    title = lines[0].strip()
    if lines[1].startswith("Published:"):
        pub = lines[1].split(":", 1)[1].strip()
        assert lines[2].startswith("By "), doc
        return title, pub, "\n".join(lines[3:]).strip(), "newspaper"
    body = "\n".join(lines[1:]).strip()
    paras = body.split("\n\n")
    assert paras[-1].startswith("(Reporting by"), doc
    return title, "", "\n\n".join(paras[:-1]).strip(), "wire"


ABBREV = {"Mr", "Mrs", "Ms", "Dr", "St", "Col", "Gen", "Lt", "Jan", "Feb", "Mar", "Apr", "Aug",
          "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.N", "No", "Inc", "Ltd", "Co"}


def sentences(text):
    """Split into (start, end) spans: at paragraph breaks and after . ! ? (with
    closing quotes) followed by space and an upper-case letter or opening quote."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        ps, para = m.start(), m.group(0)
        start = 0
        for b in re.finditer(r"[.!?][\"\u201d\u2019')]*\s+(?=[\"\u201c\u2018(]?[A-Z0-9])", para):
            word = re.search(r"(\S+)$", para[start:b.start()])
            w = word.group(1) if word else ""
            if para[b.start()] == "." and (w.strip("(\"") in ABBREV or re.fullmatch(r"[A-Z]", w)):
                continue
            end = b.start() + len(b.group(0).rstrip())
            spans.append((ps + start, ps + end))
            start = b.end()
        if para[start:].strip():
            spans.append((ps + start, ps + len(para.rstrip())))
    return spans


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def common_time(times):
    if not times or any(not t for t in times):
        return ""
    p = os.path.commonprefix(times)
    for cand in (p[:10], p[:7], p[:4], p[:3]):
        if cand and TIME_RE.match(cand) and cand == p[:len(cand)]:
            return cand
    return ""


# ---------------------------------------------------------------- build
def main():
    errors, warnings = [], []
    ents = {e["name"]: e for e in ENTITIES}
    if len(ents) != len(ENTITIES):
        errors.append("duplicate entity names")
    seen_alias = {}
    for e in ENTITIES:
        if e["type"] not in TYPES:
            errors.append(f"bad type {e['type']} for {e['name']}")
        for a in set([e["name"]] + e["aliases"]):
            k = norm(a)
            if k in seen_alias and seen_alias[k] != e["name"]:
                errors.append(f"alias {a!r} used by {seen_alias[k]} and {e['name']}")
            seen_alias[k] = e["name"]

    texts = {d: clean(d) for d in DOCS}
    spans = {d: sentences(texts[d][2]) for d in DOCS}

    def surface(name):
        e = ents[name]
        return [e["name"]] + e["aliases"] + FORMS.get(name, [])

    out_rows, statements, units = [], [], {}
    used = set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']}"
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in ents:
                errors.append(f"{tag}: unknown entity {n}")
        if any(n not in ents for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        if r["p"] not in PREDICATES or any(p not in PREDICATES for p in r["alt_p"]):
            errors.append(f"{tag}: bad predicate")
            continue
        dom, rng = PREDICATES[r["p"]]
        if ents[r["s"]]["type"] not in dom and not any(ents[a]["type"] in dom for a in r["alt_s"]):
            errors.append(f"{tag}: subject type {ents[r['s']]['type']} not in domain")
        if ents[r["o"]]["type"] not in rng and not any(ents[a]["type"] in rng for a in r["alt_o"]):
            errors.append(f"{tag}: object type {ents[r['o']]['type']} not in range")
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        if not isinstance(r["required"], bool):
            errors.append(f"{tag}: required must be bool")
        pol = POLARITY[r["modality"]]
        s_, o_ = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s_ > o_:
            s_, o_ = o_, s_
        key = (s_, r["p"], o_, pol)
        if key in units:
            errors.append(f"{tag}: duplicate unit of row {units[key]}")
        units[key] = i

        docs, times, notes = [], [], []
        for d, ev in sorted(r["ev"].items()):
            if isinstance(ev, str):
                ev = (ev,)
            phrase = ev[0]
            t = ev[1] if len(ev) > 1 and ev[1] else ""
            mod = ev[2] if len(ev) > 2 else r["modality"]
            if d not in DOCS:
                errors.append(f"{tag}: unknown doc {d}")
                continue
            if mod not in MODALITIES or POLARITY[mod] != pol:
                errors.append(f"{tag}: {d} modality {mod} has another polarity")
            if t and not TIME_RE.match(t):
                errors.append(f"{tag}: bad time {t}")
            if t and texts[d][3] == "wire" and not re.search(r"\b(1[89]\d\d|20\d\d)s?\b", phrase):
                # wire rows get a time only when the sentence writes the year
                sent_hits = [sp for sp in spans[d] if phrase in texts[d][2][sp[0]:sp[1]]]
                if not sent_hits or not re.search(r"\b(1[89]\d\d|20\d\d)s?\b",
                                                  texts[d][2][sent_hits[0][0]:sent_hits[0][1]]):
                    errors.append(f"{tag}: wire time {t} without a year in the sentence")
            body = texts[d][2]
            hits = [sp for sp in spans[d] if phrase in body[sp[0]:sp[1]]]
            if not hits:
                where = "crosses a sentence boundary" if phrase in body else "not in body"
                errors.append(f"{tag}: {d} evidence {where}: {phrase!r}")
                continue
            st, en = hits[0]
            sent = body[st:en]
            low = sent.lower()
            miss = []
            for side, names in (("s", [r["s"]] + r["alt_s"]), ("o", [r["o"]] + r["alt_o"])):
                if not any(f.lower() in low for n in names for f in surface(n)):
                    miss.append(side)
            if miss:
                (errors if r["required"] else warnings).append(
                    f"{tag}: {d} sentence names no form of {'/'.join(miss)}")
            docs.append(DOCS[d])
            times.append(t)
            notes.append(f"{d}: '{phrase}'")
            statements.append({
                "subject": r["s"], "subject_type": ents[r["s"]]["type"],
                "predicate": r["p"],
                "object": r["o"], "object_type": ents[r["o"]]["type"],
                "modality": mod, "time": t,
                "role": r["role"] if r["p"] in ("head_of", "works_for") else "",
                "confidence": 1.0, "source": "corpus/" + DOCS[d],
                "title": texts[d][0], "published": texts[d][1],
                "sentence": sent, "start": st, "end": en, "rule": "gold"})
        row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": docs,
               "modality": r["modality"], "required": r["required"]}
        tm = common_time(times)
        if tm:
            row["time"] = tm
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        note = "; ".join(notes)
        if r["extra"]:
            note += " -- " + r["extra"]
        row["note"] = note
        out_rows.append(row)

    for n in ents:
        if n not in used:
            errors.append(f"entity {n} takes part in no row")

    if warnings and "--verbose" in sys.argv:
        print("\n".join("warning: " + w for w in warnings))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    print(f"ok: {len(ENTITIES)} entities, {len(out_rows)} rows, {len(statements)} statements, "
          f"{len(warnings)} warnings on optional rows")

    if "--stats" in sys.argv:
        stats(out_rows, statements, texts)


def stats(rows, statements, texts):
    n = len(rows)
    req = sum(r["required"] for r in rows)
    print(f"rows {n}, required {req} ({100 * req / n:.0f}%), with time {sum('time' in r for r in rows)}, "
          f"with alternatives {sum(any(k in r for k in ('alt_s', 'alt_p', 'alt_o')) for r in rows)}, "
          f"row-document pairs {sum(len(r['docs']) for r in rows)}, "
          f"rows in 2+ documents {sum(len(r['docs']) > 1 for r in rows)}")
    print("negated rows", sum(r["modality"] == "negated" for r in rows))
    ents = Counter(e["type"] for e in ENTITIES)
    print("entities", len(ENTITIES), dict(sorted(ents.items())))
    preds = defaultdict(lambda: [0, 0])
    for r in rows:
        preds[r["p"]][0] += 1
        preds[r["p"]][1] += r["required"]
    print("predicates", len(preds))
    for p, (a, b) in sorted(preds.items(), key=lambda x: -x[1][0]):
        print(f"  {p:28s} {a:4d} {b:4d}")
    mods = defaultdict(lambda: [0, 0])
    for r in rows:
        mods[r["modality"]][0] += 1
        mods[r["modality"]][1] += r["required"]
    print("modalities")
    for m, (a, b) in sorted(mods.items(), key=lambda x: -x[1][0]):
        print(f"  {m:10s} {a:4d} {b:4d}")
    print("per document (words, rows, required rows)")
    for d, f in DOCS.items():
        body = texts[d][2]
        rs = [r for r in rows if f in r["docs"]]
        print(f"  {f:45s} {len(body.split()):4d} {len(rs):4d} {sum(r['required'] for r in rs):4d}")


if __name__ == "__main__":
    main()
