#!/usr/bin/env python3
"""Build the gold standard of news set zs.

Every gold row is written here by hand, with one evidence phrase per document
that states it. Running this script checks the rows against the articles and
SCHEMA.md and writes, next to corpus/:

  entities.jsonl              every entity used in a row (name, type, aliases)
  triples.jsonl               one row per fact and polarity
  selfcheck_statements.jsonl  one statement per row and document, in the
                              `kg export --format jsonl` shape of DESIGN.md

It exits non-zero (and writes nothing) if an evidence phrase is missing from
the body of its article, if a subject or object never occurs in the article,
if a type, predicate, modality or time breaks SCHEMA.md or a predicate's
signature, if a (subject, predicate, object, polarity) unit repeats, or if an
alias belongs to two entities.

Cleaned text: .txt files are taken as they are; for .html files it is the page
with every tag removed (re.sub('<[^>]+>', '')) and entities unescaped. Offsets
in selfcheck_statements.jsonl refer to that cleaned text.

Usage: python3 tools/build_gold.py [--stats]
"""
import datetime
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- documents
DOCS = {
    "KS": "kunashir_crab_boat_seizure.txt",
    "TB": "tumen_road_bridge_opening.txt",
    "BG": "bolivia_argentina_gas_transit.txt",
    "SL": "sakhalin_lng_license_extension.txt",
    "DZ": "dmz_warning_shots_talks.txt",
    "CP": "chancay_port_customs_protocol.txt",
    "EM": "ecuador_mexico_consular_talks.html",
    "TK": "takaichi_kim_summit_offer.html",
}
STYLE = {"KS": "wire", "TB": "wire", "BG": "wire", "SL": "newspaper",
         "DZ": "newspaper", "CP": "newspaper", "EM": "html", "TK": "html"}

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ACT = {P, C, O, R}
SIG = {
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
    "negotiating_with": ({P, C, O}, {P, C, O}),
    "contacted": (ACT, ACT),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": ({P, C, O}, {P, C, O}),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": ({C, O}, {C, O}),
    "diplomatic_relations_with": ({C, O}, {C, O}),
    "allied_with": (ACT, ACT),
    "recognizes": ({C}, {C}),
    "supported": (ACT, ACT | {A, F}),
    "criticized": (ACT, ACT | {A, F}),
    "threatened": (ACT, ACT | {A, F}),
    "sanctioned": (ACT, ACT | {F}),
    "in_conflict_with": (ACT, ACT),
    "attacked": (ACT, ACT | {F, CI}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ACT, ACT | {CI, F}),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C, O, R}, {C, O, R}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
E = {}


def ent(name, typ, *aliases):
    assert name not in E, name
    E[name] = (typ, list(aliases))


# people
ent("Sanae Takaichi", P, "Takaichi", "Prime Minister Sanae Takaichi", "Japanese Prime Minister Sanae Takaichi")
ent("Minoru Kihara", P, "Kihara", "Chief Cabinet Secretary Minoru Kihara")
ent("Kenji Harada", P, "Harada")
ent("Nikolai Nozdrev", P, "Nozdrev", "Ambassador Nikolai Nozdrev", "Russian Ambassador Nikolai Nozdrev")
ent("Tadashi Kameda", P, "Kameda")
ent("Yoshio Tanabe", P, "Tanabe")
ent("Mitsuhiro Morita", P, "Morita")
ent("Valery Limarenko", P, "Limarenko")
ent("Yuri Trutnev", P, "Trutnev", "Deputy Prime Minister Yuri Trutnev")
ent("Pak Thae Song", P, "Pak", "Premier Pak Thae Song", "North Korean Premier Pak Thae Song")
ent("Kim Jong Un", P, "Kim", "Kim Jong-un", "leader Kim Jong Un", "North Korean leader Kim Jong Un", "Chairman Kim")
ent("Vladimir Putin", P, "Putin", "President Vladimir Putin")
ent("Oleg Kozhemyako", P, "Kozhemyako")
ent("Rodrigo Paz", P, "Paz", "President Rodrigo Paz", "Rodrigo Paz Pereira")
ent("Pablo Quirno", P, "Quirno", "Argentine Foreign Minister Pablo Quirno")
ent("Luis Arce", P, "Arce")
ent("Javier Milei", P, "Milei", "Argentine President Javier Milei")
ent("Luiz Inacio Lula da Silva", P, "Lula", "Lula da Silva", "President Luiz Inacio Lula da Silva",
    "Luiz Inácio Lula da Silva")
ent("Donald Trump", P, "Trump", "President Donald Trump", "U.S. President Donald Trump")
ent("Scott Bessent", P, "Bessent", "Treasury Secretary Scott Bessent")
ent("Ryosei Akazawa", P, "Akazawa")
ent("Chris Wright", P, "Wright", "Energy Secretary Chris Wright")
ent("Shigeru Ota", P, "Ota")
ent("Lee Jae-myung", P, "Lee", "Lee Jae Myung", "President Lee Jae-myung")
ent("Ahn Gyu-back", P, "Ahn", "Ahn Gyu-baek", "Defence Minister Ahn Gyu-back")
ent("Chung Dong-young", P, "Chung", "Unification Minister Chung Dong-young")
ent("Xavier Brunson", P, "Brunson", "Gen. Xavier Brunson")
ent("Lee Dae-jun", P)
ent("Park Min-seo", P)
ent("Zhao Mingyuan", P, "Zhao")
ent("Xi Jinping", P, "Xi", "Chinese President Xi Jinping")
ent("Dina Boluarte", P, "Boluarte")
ent("Jose Jeri", P, "Jeri", "José Jerí", "President Jose Jeri")
ent("Hugo de Zela", P, "de Zela", "Foreign Minister Hugo de Zela")
ent("Mauricio Claver-Carone", P, "Claver-Carone")
ent("Alejandro Davalos", P, "Davalos", "Alejandro Dávalos")
ent("Mariana Tellez Ruiz", P, "Tellez", "Mariana Téllez Ruiz")
ent("Daniel Noboa", P, "Noboa", "President Daniel Noboa")
ent("Javier Martinez-Acha", P, "Martinez-Acha", "Javier Martínez-Acha")
ent("Jorge Glas", P, "Glas")
ent("Andres Manuel Lopez Obrador", P, "Lopez Obrador", "Andrés Manuel López Obrador", "AMLO")
ent("Claudia Sheinbaum", P, "Sheinbaum", "Mexican President Claudia Sheinbaum")
ent("Kim Yo Jong", P, "Kim Yo-jong")
ent("Junichiro Koizumi", P, "Koizumi")
ent("Kim Jong Il", P, "Kim Jong-il")
ent("Takuya Yokota", P)
ent("Fumio Kishida", P, "Kishida")
ent("Ken Shimizu", P, "Shimizu")
# countries
ent("Japan", C, "Japanese government")
ent("Russia", C, "Russian Federation", "Kremlin")
ent("Soviet Union", C, "USSR", "U.S.S.R.")
ent("Ukraine", C)
ent("North Korea", C, "DPRK", "Democratic People's Republic of Korea", "the North")
ent("South Korea", C, "Republic of Korea", "ROK", "the South")
ent("China", C, "People's Republic of China", "PRC")
ent("United States", C, "U.S.", "US", "USA", "United States of America", "America",
    "Washington", "Trump administration", "U.S. government")
ent("Bolivia", C)
ent("Argentina", C)
ent("Brazil", C)
ent("Paraguay", C)
ent("Chile", C)
ent("Spain", C)
ent("Peru", C)
ent("Ecuador", C)
ent("Mexico", C)
ent("Panama", C)
ent("Colombia", C)
# cities (capitals used for governments appear in alt_s / alt_o)
ent("Tokyo", CI)
ent("Moscow", CI)
ent("Pyongyang", CI)
ent("Seoul", CI)
ent("Beijing", CI)
ent("Lima", CI)
ent("Quito", CI)
ent("La Paz", CI)
ent("Buenos Aires", CI)
ent("Nemuro", CI)
ent("Yuzhno-Kurilsk", CI)
ent("Vladivostok", CI)
ent("Khasan", CI)
ent("Tumangang", CI)
ent("Rason", CI, "Rason city")
ent("Yacuiba", CI)
ent("Brasilia", CI, "Brasília")
ent("Yuzhno-Sakhalinsk", CI)
ent("Osaka", CI)
ent("Shanghai", CI)
ent("Chancay", CI)
ent("Panama City", CI)
ent("The Hague", CI)
# regions
ent("Kunashir", R, "Kunashiri")
ent("Northern Territories", R, "Southern Kurils", "South Kurils")
ent("Hokkaido", R)
ent("Sakhalin Oblast", R, "Sakhalin region")
ent("Sakhalin Island", R)
ent("Kursk region", R, "Kursk oblast")
ent("Primorsky Krai", R, "Primorsky region", "Primorye")
ent("Vaca Muerta", R, "Vaca Muerta shale formation")
ent("Neuquen", R, "Neuquén", "province of Neuquen")
ent("Gangwon province", R, "Gangwon")
ent("Cheorwon", R, "Cheorwon county")
ent("Korean Peninsula", R)
# organizations
ent("Japanese Foreign Ministry", O, "Japan's Foreign Ministry", "Ministry of Foreign Affairs of Japan")
ent("FSB Border Service", O, "Border Service", "Russian border guards", "Border Service of the FSB")
ent("Nemuro Bay Fisheries Cooperative", O)
ent("UN Security Council", O, "U.N. Security Council", "United Nations Security Council",
    "Security Council", "UNSC")
ent("Vostok Business Daily", O)
ent("YPFB", O, "Yacimientos Petroliferos Fiscales Bolivianos")
ent("ENARSA", O, "Energia Argentina", "Energía Argentina")
ent("Bolivian Workers' Center", O, "COB", "Central Obrera Boliviana")
ent("Sakhalin Energy", O)
ent("Group of Seven", O, "G7")
ent("Gazprom", O)
ent("Rosneft", O)
ent("Lukoil", O)
ent("Nakanoshima Institute", O)
ent("United Nations Command", O, "UN Command", "UNC")
ent("Korean People's Army", O, "KPA", "North Korean military")
ent("U.S. Forces Korea", O, "USFK", "United States Forces Korea")
ent("Sejong Institute", O)
ent("SUNAT", O)
ent("General Administration of Customs", O, "China's General Administration of Customs", "GACC")
ent("COSCO Shipping Ports", O)
ent("COSCO", O, "COSCO Shipping")
ent("APEC", O, "Asia-Pacific Economic Cooperation")
ent("Pacific Alliance", O)
ent("International Court of Justice", O, "ICJ")
ent("Los Lobos", O)
ent("Jalisco New Generation Cartel", O, "CJNG")
ent("Workers' Party of Korea", O, "Workers' Party", "WPK")
ent("Association of the Families of Victims Kidnapped by North Korea", O)
ent("Hokkaido University", O)
# agreements
ent("Soviet-Japanese Joint Declaration", A, "joint declaration", "1956 joint declaration")
ent("Treaty on Comprehensive Strategic Partnership", A)
ent("Northern Gas Corridor agreement", A, "Northern Gas Corridor")
ent("Comprehensive Military Agreement", A)
ent("Korean Armistice Agreement", A, "armistice", "1953 armistice")
ent("Pyongyang Declaration", A)
ent("Panama Understanding", A)
# facilities
ent("Sakhalin-2", F, "Sakhalin-2 project")
ent("Prigorodnoye terminal", F, "Prigorodnoye")
ent("Port of Chancay", F, "megaport of Chancay", "Chancay port")
ent("Mexican embassy in Quito", F, "Mexican embassy")

# ---------------------------------------------------------------- rows
ROWS = []


def r(s, p, o, ev, mod="asserted", t=None, req=True, alt_s=(), alt_p=(), alt_o=(),
      note=None, role=None):
    ROWS.append(dict(s=s, p=p, o=o, ev=ev, modality=mod, time=t, required=req,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     note=note, role=role))


# ---- KS: kunashir_crab_boat_seizure (wire, no year: only explicit years give a time)
r("Japan", "criticized", "Russia", {"KS": "Japan protested to Russia on Tuesday"},
  alt_s=["Tokyo"], note="'protested to Russia' over the detention")
r("Minoru Kihara", "works_for", "Japan", {"KS": "Chief Cabinet Secretary Minoru Kihara told reporters"},
  role="chief cabinet secretary", note="title before the name; country from context")
r("Kenji Harada", "works_for", "Japan",
  {"KS": "Kenji Harada, who heads the European Affairs Bureau at Japan's Foreign Ministry"},
  alt_o=["Japanese Foreign Ministry"], role="director-general, European Affairs Bureau")
r("Kenji Harada", "met_with", "Nikolai Nozdrev",
  {"KS": "summoned Russian Ambassador Nikolai Nozdrev on Tuesday morning to lodge the protest"},
  mod="reported", alt_s=["Japan"], alt_o=["Russia"], note="summoned the ambassador; 'the ministry said'")
r("Nikolai Nozdrev", "works_for", "Russia", {"KS": "Russian Ambassador Nikolai Nozdrev"},
  role="ambassador to Japan")
r("Japan", "signed_agreement_with", "Russia",
  {"KS": "fishing outside the area allowed under a 1998 agreement between the two countries"},
  mod="reported", t="1998", req=False,
  note="'the two countries' (coreference); the fishing framework, not a peace treaty; 'Kihara told reporters'")
r("Yuzhno-Kurilsk", "located_in", "Kunashir", {"KS": "Yuzhno-Kurilsk, the main settlement on Kunashir"})
r("Russia", "took_control_of", "Kunashir", {"KS": "Kunashir, one of four Russian-held islands"},
  req=False, note="'Russian-held' (occupation), a loose reading")
r("Kunashir", "located_in", "Northern Territories", {"KS": "Kunashir, one of four Russian-held islands"},
  req=False, note="the four islands are named the Northern Territories only in a later sentence")
r("Tadashi Kameda", "lives_in", "Nemuro", {"KS": "Tadashi Kameda, 61, lives in Nemuro"},
  mod="reported", note="'according to Yoshio Tanabe'")
r("Yoshio Tanabe", "works_for", "Nemuro Bay Fisheries Cooperative",
  {"KS": "Yoshio Tanabe, an official at the Nemuro Bay Fisheries Cooperative"}, role="official")
r("Nemuro Bay Fisheries Cooperative", "based_in", "Nemuro",
  {"KS": "the Nemuro Bay Fisheries Cooperative, which owns the boat"},
  req=False, note="inferred from the name only")
r("Nemuro", "located_in", "Hokkaido", {"KS": "the Hokkaido port of Nemuro"})
r("Hokkaido", "located_in", "Japan", {"KS": "Hokkaido, Japan's northernmost main island"})
r("FSB Border Service", "killed", "Mitsuhiro Morita",
  {"KS": "Russian border guards opened fire on a crab boat near the Habomai islets, killing crewman Mitsuhiro Morita"},
  t="2006", note="'Russian border guards' = the FSB Border Service")
r("Mitsuhiro Morita", "citizen_of", "Japan",
  {"KS": "the first Japanese fisherman shot dead in the area in half a century"},
  req=False, note="demonym in an apposition")
r("Soviet Union", "took_control_of", "Northern Territories",
  {"KS": "Soviet troops seized the islands in the final days of World War Two in 1945"},
  t="1945", req=False, note="'the islands' resolves to the Northern Territories of the previous sentence")
r("Japan", "signed_agreement_with", "Russia",
  {"KS": "the dispute has kept Tokyo and Moscow from signing a peace treaty ever since"},
  mod="negated", alt_s=["Tokyo"], alt_o=["Moscow"], note="no peace treaty: asserting a treaty is a polarity error")
r("Japan", "in_conflict_with", "Russia",
  {"KS": "the dispute has kept Tokyo and Moscow from signing a peace treaty ever since"},
  req=False, alt_s=["Tokyo"], alt_o=["Moscow"], note="long-running territorial dispute")
r("Soviet Union", "party_to", "Soviet-Japanese Joint Declaration",
  {"KS": "Under a joint declaration signed in 1956, the Soviet Union agreed to hand over Shikotan"},
  t="1956")
r("Japan", "party_to", "Soviet-Japanese Joint Declaration", {"KS": "Under a joint declaration signed in 1956"},
  t="1956", req=False, note="entailed: a joint declaration of the two countries")
r("Soviet Union", "signed_agreement_with", "Japan", {"KS": "Under a joint declaration signed in 1956"},
  t="1956", req=False, note="entailed by the joint declaration")
r("Northern Territories", "located_in", "Russia", {"KS": "Moscow now says all four islands belong to Russia"},
  mod="reported", req=False, note="Moscow's claim, disputed by Japan")
r("Russia", "negotiating_with", "Japan",
  {"KS": "Russia walked away from peace treaty negotiations with Japan in March 2022"},
  mod="negated", t="2022-03", note="talks ended; 'little interest in resuming talks' later")
r("Japan", "sanctioned", "Russia",
  {"KS": "after Tokyo joined Western sanctions imposed over the invasion of Ukraine",
   "SL": "imposed its own sanctions on Russia that year"},
  t="2022", alt_s=["Tokyo"], note="KS: the target is implicit; SL: 'that year' = 2022")
r("Russia", "attacked", "Ukraine", {"KS": "sanctions imposed over the invasion of Ukraine"},
  req=False, note="nominal 'the invasion of Ukraine', invader implicit")
r("Russia", "in_conflict_with", "Ukraine",
  {"KS": "the Russian patrols grew more aggressive after the war in Ukraine began",
   "TB": "sent thousands of troops to fight for Russia against Ukraine"},
  req=False, note="'the war in Ukraine' / 'fight for Russia against Ukraine'")
r("Sanae Takaichi", "head_of", "Japan",
  {"KS": "Prime Minister Sanae Takaichi, who took office in October",
   "SL": "he met Prime Minister Sanae Takaichi",
   "TK": "Japanese Prime Minister Sanae Takaichi"}, role="prime minister")
r("Japan", "signed_agreement_with", "Russia",
  {"KS": "She has said she wants to resolve the territorial issue and conclude a peace treaty with Russia"},
  mod="planned", req=False, alt_s=["Sanae Takaichi"], note="'She' = Takaichi (previous sentence); a wish")
r("Sakhalin Oblast", "located_in", "Russia", {"KS": "Russia's Sakhalin region"})
r("Northern Territories", "located_in", "Sakhalin Oblast",
  {"KS": "Russia's Sakhalin region, which administers the islands"},
  req=False, note="administration read as containment")
r("Valery Limarenko", "works_for", "Russia", {"KS": "Valery Limarenko, governor of Russia's Sakhalin region"},
  req=False, role="governor of the Sakhalin region", note="a regional governor; loose reading")
r("Minoru Kihara", "criticized", "Russia", {"KS": "We consider the detention unacceptable"},
  req=False, alt_o=["FSB Border Service"], note="quote; the target is implicit")

# ---- TB: tumen_road_bridge_opening (wire)
r("Russia", "borders", "North Korea", {"TB": "its last 17 km separate North Korea from Russia"})
r("North Korea", "borders", "China", {"TB": "marks most of North Korea's border with China"})
r("Yuri Trutnev", "works_for", "Russia",
  {"TB": "Deputy Prime Minister Yuri Trutnev, the Kremlin's envoy to the Far East"},
  alt_o=["Vladimir Putin"], role="deputy prime minister; envoy to the Far East")
r("Pak Thae Song", "head_of", "North Korea", {"TB": "North Korean Premier Pak Thae Song"},
  alt_p=["works_for"], role="premier", note="premier = head of government")
r("Yuri Trutnev", "met_with", "Pak Thae Song",
  {"TB": "before holding talks at a new customs post on the Russian bank near the village of Khasan"},
  mod="reported", alt_s=["Russia"], alt_o=["North Korea"], alt_p=["negotiating_with"],
  note="'Russian state media reported'")
r("Khasan", "located_in", "Russia", {"TB": "on the Russian bank near the village of Khasan"},
  req=False, note="'near ... Khasan' on the Russian bank")
r("Kim Jong Un", "head_of", "North Korea",
  {"TB": "North Korean leader Kim Jong Un said",
   "DZ": "Kim Jong Un, the North Korean leader",
   "TK": "to hold a summit with leader Kim Jong Un"}, role="leader")
r("Vladimir Putin", "head_of", "Russia", {"TB": "President Vladimir Putin sent a separate greeting"},
  role="president", note="country from context")
r("Russia", "signed_agreement_with", "North Korea",
  {"TB": "since the two countries signed the Treaty on Comprehensive Strategic Partnership in June 2024"},
  t="2024-06", alt_s=["Moscow"], alt_o=["Pyongyang"])
r("Russia", "party_to", "Treaty on Comprehensive Strategic Partnership",
  {"TB": "signed the Treaty on Comprehensive Strategic Partnership in June 2024"}, t="2024-06", req=False,
  note="'the two countries' = Moscow and Pyongyang")
r("North Korea", "party_to", "Treaty on Comprehensive Strategic Partnership",
  {"TB": "signed the Treaty on Comprehensive Strategic Partnership in June 2024"}, t="2024-06", req=False,
  note="'the two countries' = Moscow and Pyongyang")
r("Russia", "allied_with", "North Korea",
  {"TB": "The treaty obliges each side to provide military assistance if the other is attacked"},
  req=False, note="mutual defence clause; coreference to the previous sentence")
r("Russia", "supported", "North Korea", {"TB": "which has poured money into its ties with Pyongyang"},
  req=False, alt_s=["Moscow"], alt_o=["Pyongyang"], note="loose: funding of ties")
r("North Korea", "supported", "Russia",
  {"TB": "North Korea has since sent thousands of troops to fight for Russia against Ukraine"},
  mod="reported", note="'according to South Korean and Western intelligence agencies'")
r("North Korea", "in_conflict_with", "Ukraine",
  {"TB": "North Korea has since sent thousands of troops to fight for Russia against Ukraine"},
  mod="reported", req=False, note="troops fighting against Ukraine")
r("Ukraine", "took_control_of", "Kursk region", {"TB": "which they had partly seized in August 2024"},
  mod="reported", t="2024-08", note="'they' = Ukrainian forces in the same sentence; partial seizure")
r("Kursk region", "located_in", "Russia", {"TB": "Russia's Kursk region"})
r("Tumangang", "located_in", "North Korea", {"TB": "the North Korean station of Tumangang"})
r("Primorsky Krai", "located_in", "Russia", {"TB": "governor of Russia's Primorsky region"})
r("Vladivostok", "capital_of", "Primorsky Krai", {"TB": "Vladivostok, the regional capital"},
  alt_p=["located_in"])
r("Rason", "located_in", "North Korea", {"TB": "the North Korean port city of Rason"})
r("Oleg Kozhemyako", "works_for", "Russia", {"TB": "Oleg Kozhemyako, governor of Russia's Primorsky region"},
  req=False, role="governor of Primorsky region", note="a regional governor; loose reading")
r("Russia", "trades_with", "North Korea", {"TB": "Trade between the two countries rose by about a fifth last year"},
  mod="reported", note="'according to Russian customs figures'")
r("Vostok Business Daily", "based_in", "Vladivostok", {"TB": "the Vladivostok-based Vostok Business Daily"})
r("UN Security Council", "sanctioned", "North Korea",
  {"TB": "The U.N. Security Council has banned most trade with North Korea"},
  note="'since' or standing sanctions: no time")
r("Russia", "member_of", "UN Security Council", {"TB": "Russia, a permanent member of the Security Council"})
r("United States", "criticized", "Russia",
  {"TB": "the United States and South Korea have accused Moscow of shipping oil to the North"},
  alt_o=["Moscow"])
r("South Korea", "criticized", "Russia",
  {"TB": "the United States and South Korea have accused Moscow of shipping oil to the North"},
  alt_o=["Moscow"], note="also the Foreign Ministry's 'deeply regrets' statement")
r("North Korea", "imports_from", "Russia",
  {"TB": "accused Moscow of shipping oil to the North well above the cap"},
  mod="reported", alt_o=["Moscow"], role="oil", note="content of an accusation")
r("Pak Thae Song", "visited", "Vladivostok", {"TB": "Pak is expected to travel on to Vladivostok on Friday"},
  mod="hedged", alt_o=["Russia"], note="'expected to'")
r("Pak Thae Song", "met_with", "Oleg Kozhemyako",
  {"TB": "Pak is expected to travel on to Vladivostok on Friday for talks with Kozhemyako"},
  mod="hedged", alt_p=["negotiating_with"], note="'expected to'")
r("Pak Thae Song", "visited", "Russia", {"TB": "It will be his second visit to Russia since he became premier"},
  req=False, note="presupposes an earlier visit; 'his' = Pak (coreference)")

# ---- BG: bolivia_argentina_gas_transit (wire)
r("Bolivia", "signed_agreement_with", "Argentina",
  {"BG": "Bolivia and Argentina signed a 10-year agreement on Wednesday"})
r("Brazil", "imports_from", "Argentina",
  {"BG": "will let Argentine natural gas flow through Bolivian pipelines to Brazil"},
  mod="planned", role="natural gas", note="future flows under the deal")
r("Bolivia", "party_to", "Northern Gas Corridor agreement",
  {"BG": "which officials called the Northern Gas Corridor agreement"}, req=False,
  note="the contract of the previous sentence")
r("Argentina", "party_to", "Northern Gas Corridor agreement",
  {"BG": "which officials called the Northern Gas Corridor agreement"}, req=False,
  note="the contract of the previous sentence")
r("YPFB", "signed_agreement_with", "ENARSA",
  {"BG": "was signed at the Casa Grande del Pueblo by the heads of Bolivian state energy company YPFB"})
r("YPFB", "based_in", "Bolivia", {"BG": "Bolivian state energy company YPFB"}, req=False,
  note="demonym modifier")
r("ENARSA", "based_in", "Argentina", {"BG": "its Argentine counterpart, Energia Argentina (ENARSA)"},
  req=False, note="demonym modifier")
r("Rodrigo Paz", "head_of", "Bolivia", {"BG": "President Rodrigo Paz attended the ceremony"},
  role="president", note="country from context")
r("Pablo Quirno", "works_for", "Argentina", {"BG": "Argentine Foreign Minister Pablo Quirno"},
  role="foreign minister")
r("Pablo Quirno", "visited", "La Paz", {"BG": "who flew in from Buenos Aires for the day"},
  req=False, alt_o=["Bolivia"], note="destination is the dateline city")
r("Rodrigo Paz", "met_with", "Pablo Quirno", {"BG": "The two men later held talks over lunch"},
  mod="reported", req=False, alt_p=["negotiating_with"], alt_s=["Bolivia"], alt_o=["Argentina"],
  note="'The two men' (coreference)")
r("Vaca Muerta", "located_in", "Neuquen",
  {"BG": "Argentina's Vaca Muerta shale formation, in the southwestern province of Neuquen"})
r("Vaca Muerta", "located_in", "Argentina", {"BG": "Argentina's Vaca Muerta shale formation"})
r("Neuquen", "located_in", "Argentina", {"BG": "in the southwestern province of Neuquen"},
  req=False, note="entailed")
r("Yacuiba", "located_in", "Bolivia", {"BG": "will enter Bolivia near Yacuiba, a town on the border"},
  req=False, note="'near Yacuiba': implicit")
r("Bolivia", "borders", "Argentina", {"BG": "a town on the border with Argentina"},
  note="Yacuiba is on Bolivia's border with Argentina")
r("Brazil", "imports_from", "Bolivia", {"BG": "which has carried Bolivian gas to Brazil since 1999"},
  role="natural gas", note="'since 1999': durative, no time")
r("Bolivia", "gained_independence_from", "Spain", {"BG": "won independence from Spain in 1825"}, t="1825")
r("Argentina", "imports_from", "Bolivia", {"BG": "La Paz stopped selling gas to Argentina in 2024"},
  mod="negated", t="2024", alt_o=["La Paz"], role="natural gas", note="exports ended in 2024")
r("Rodrigo Paz", "criticized", "Luis Arce", {"BG": "has blamed the government of his predecessor, Luis Arce"})
r("Luis Arce", "head_of", "Bolivia", {"BG": "the government of his predecessor, Luis Arce"},
  req=False, role="former president", note="'predecessor' of President Paz")
r("Bolivia", "imports_from", "Argentina", {"BG": "Bolivia bought about 40% of its diesel from Argentina last year"},
  mod="reported", role="diesel", note="'according to the Bolivian Chamber of Hydrocarbons and Energy'")
r("Bolivia", "imports_from", "Argentina",
  {"BG": "ENARSA had agreed to sell additional cargoes at a discount"},
  mod="planned", req=False, role="diesel", note="agreed future sales")
r("Bolivia", "imports_from", "Paraguay", {"BG": "Paraguay and Chile supply most of the rest"}, role="diesel")
r("Bolivia", "imports_from", "Chile", {"BG": "Paraguay and Chile supply most of the rest"}, role="diesel")
r("Bolivia", "diplomatic_relations_with", "Chile",
  {"BG": "Bolivia and Chile have not had full diplomatic relations since 1978"}, mod="negated")
r("Bolivia", "diplomatic_relations_with", "Chile", {"BG": "Paz has said he wants to restore them"},
  mod="planned", req=False, note="'he' = Paz; 'them' = the relations (coreference)")
r("Brazil", "supported", "Northern Gas Corridor agreement",
  {"BG": "Brazil's Ministry of Mines and Energy welcomed the agreement"}, req=False,
  note="welcomed; 'the agreement' by coreference")
r("Luiz Inacio Lula da Silva", "head_of", "Brazil", {"BG": "President Luiz Inacio Lula da Silva"},
  role="president")
r("Brazil", "negotiating_with", "Argentina",
  {"BG": "has itself been negotiating with Buenos Aires over a separate pipeline"},
  alt_s=["Luiz Inacio Lula da Silva"], alt_o=["Buenos Aires"], note="'the government of President Lula'")
r("Javier Milei", "head_of", "Argentina", {"BG": "Argentine President Javier Milei"}, role="president")
r("Javier Milei", "contacted", "Rodrigo Paz",
  {"BG": "was among the first foreign leaders to congratulate Paz after his victory"},
  req=False, note="congratulated")
r("Bolivian Workers' Center", "criticized", "Northern Gas Corridor agreement",
  {"BG": "said the contract handed \"strategic infrastructure\" to foreign interests"},
  req=False, note="'the contract' by coreference")
r("Rodrigo Paz", "visited", "Brasilia", {"BG": "he would travel to Brasilia next month"},
  mod="planned", alt_o=["Brazil"])
r("Rodrigo Paz", "met_with", "Luiz Inacio Lula da Silva",
  {"BG": "he would travel to Brasilia next month to discuss the corridor with Lula"}, mod="planned")

# ---- SL: sakhalin_lng_license_extension (newspaper, 2026-06-12; Thursday = 2026-06-11)
r("Japan", "imports_from", "Russia",
  {"SL": "Japan imports about 9% of its liquefied natural gas from Russia"}, role="LNG")
r("United States", "sanctioned", "Russia",
  {"SL": "after the United States renewed a sanctions exemption on Thursday"},
  req=False, note="presupposed by the exemption")
r("Sakhalin-2", "located_in", "Russia", {"SL": "Russia's Sakhalin-2 project"})
r("Sakhalin Energy", "based_in", "Yuzhno-Sakhalinsk", {"SL": "Sakhalin Energy, is based in Yuzhno-Sakhalinsk"})
r("Yuzhno-Sakhalinsk", "capital_of", "Sakhalin Oblast",
  {"SL": "Yuzhno-Sakhalinsk, the capital of the Sakhalin region"}, alt_p=["located_in"])
r("Prigorodnoye terminal", "located_in", "Sakhalin Island",
  {"SL": "the Prigorodnoye terminal on the south coast of Sakhalin Island"})
r("Russia", "took_control_of", "Sakhalin-2",
  {"SL": "Russia seized control of Sakhalin-2 from a Shell-led consortium by presidential decree in 2022"},
  t="2022")
r("Gazprom", "took_control_of", "Sakhalin-2", {"SL": "handing the controlling share to Gazprom"},
  t="2022", req=False, note="controlling stake handed over by decree")
r("Japan", "member_of", "Group of Seven", {"SL": "Japan, a member of the Group of Seven"})
r("Scott Bessent", "works_for", "United States", {"SL": "Treasury Secretary Scott Bessent"},
  role="treasury secretary")
r("Donald Trump", "head_of", "United States",
  {"SL": "President Donald Trump visited Tokyo",
   "TK": "U.S. President Donald Trump"}, role="president")
r("Donald Trump", "visited", "Tokyo", {"SL": "President Donald Trump visited Tokyo"},
  t="2025-10", alt_o=["Japan"], note="'in October' before a June 2026 publication")
r("Donald Trump", "met_with", "Sanae Takaichi", {"SL": "where he met Prime Minister Sanae Takaichi"},
  t="2025-10")
r("United States", "sanctioned", "Rosneft", {"SL": "Washington blacklisted Rosneft and Lukoil"},
  t="2025-10", note="'the same month' = October 2025")
r("United States", "sanctioned", "Lukoil", {"SL": "Washington blacklisted Rosneft and Lukoil"},
  t="2025-10", note="'the same month' = October 2025")
r("Rosneft", "based_in", "Russia", {"SL": "Russia's two largest oil companies"}, req=False,
  note="possessive of the country")
r("Lukoil", "based_in", "Russia", {"SL": "Russia's two largest oil companies"}, req=False,
  note="possessive of the country")
r("Ryosei Akazawa", "works_for", "Japan", {"SL": "Trade minister Ryosei Akazawa"}, role="trade minister",
  note="country from context")
r("Japan", "signed_agreement_with", "United States",
  {"SL": "the tariff agreement that Japan and the United States reached last July"}, t="2025-07")
r("Ryosei Akazawa", "negotiating_with", "United States",
  {"SL": "who negotiated the tariff agreement that Japan and the United States reached last July"},
  t="2025", req=False, alt_s=["Japan"], note="negotiations before the July 2025 deal")
r("Ryosei Akazawa", "met_with", "Chris Wright", {"SL": "met Energy Secretary Chris Wright in Washington last month"},
  mod="reported", t="2026-05", note="'two Japanese officials said'")
r("Ryosei Akazawa", "visited", "United States", {"SL": "Chris Wright in Washington last month"},
  mod="reported", t="2026-05", note="Washington is an alias of the United States")
r("Chris Wright", "works_for", "United States", {"SL": "Energy Secretary Chris Wright"}, role="energy secretary")
r("Japan", "imports_from", "United States", {"SL": "offered to buy more American LNG"},
  mod="planned", req=False, role="LNG", note="an offer; subject is the minister for Japan")
r("United States", "sanctioned", "Japan",
  {"SL": "the United States charges a 15% tariff on most Japanese goods"}, note="tariffs")
r("Donald Trump", "threatened", "Japan", {"SL": "the 25% that Trump had threatened to impose on Japan"})
r("Japan", "allied_with", "United States", {"SL": "Japan, Washington's closest ally in Asia"})
r("Shigeru Ota", "works_for", "Nakanoshima Institute",
  {"SL": "Shigeru Ota, an energy analyst at the Nakanoshima Institute in Osaka"}, role="energy analyst")
r("Nakanoshima Institute", "based_in", "Osaka", {"SL": "the Nakanoshima Institute in Osaka"})

# ---- DZ: dmz_warning_shots_talks (newspaper, 2026-04-09; Wednesday = 2026-04-08)
r("Lee Jae-myung", "head_of", "South Korea", {"DZ": "Lee Jae-myung took office as South Korea's president"},
  role="president")
r("Ahn Gyu-back", "works_for", "South Korea", {"DZ": "Defence Minister Ahn Gyu-back said"},
  role="defence minister", note="country from context")
r("South Korea", "negotiating_with", "North Korea", {"DZ": "Seoul had again proposed talks with Pyongyang"},
  mod="planned", alt_s=["Seoul"], alt_o=["Pyongyang"], note="proposed talks, not held")
r("South Korea", "contacted", "North Korea", {"DZ": "South Korea first made the offer in November"},
  t="2025-11", req=False, note="the offer of talks as outreach")
r("North Korea", "contacted", "South Korea", {"DZ": "the North has not answered it"},
  mod="negated", req=False, note="no reply")
r("South Korea", "negotiating_with", "North Korea",
  {"DZ": "Seoul and Pyongyang have not held military talks since 2018"},
  mod="negated", alt_s=["Seoul"], alt_o=["Pyongyang"])
r("South Korea", "signed_agreement_with", "North Korea",
  {"DZ": "when their defence chiefs signed a comprehensive military agreement"},
  t="2018", req=False, alt_s=["Seoul"], alt_o=["Pyongyang"], note="'their' = Seoul and Pyongyang")
r("South Korea", "party_to", "Comprehensive Military Agreement",
  {"DZ": "when their defence chiefs signed a comprehensive military agreement"},
  t="2018", req=False, alt_s=["Seoul"], note="entailed")
r("North Korea", "party_to", "Comprehensive Military Agreement",
  {"DZ": "when their defence chiefs signed a comprehensive military agreement"},
  t="2018", req=False, alt_s=["Pyongyang"], note="entailed; scrapped in 2023")
r("North Korea", "party_to", "Comprehensive Military Agreement", {"DZ": "Pyongyang scrapped that pact in 2023"},
  mod="negated", req=False, alt_s=["Pyongyang"], note="withdrew in 2023; 'that pact' by coreference")
r("Kim Jong Un", "criticized", "South Korea", {"DZ": "has since declared the South a separate and hostile state"},
  req=False, note="declared the South hostile")
r("North Korea", "in_conflict_with", "South Korea", {"DZ": "North Korea and South Korea remain technically at war"})
r("Chung Dong-young", "works_for", "South Korea", {"DZ": "Unification Minister Chung Dong-young"},
  role="unification minister", note="country from context")
r("United Nations Command", "contacted", "Korean People's Army",
  {"DZ": "said it had informed the North Korean military of Wednesday's incident"}, mod="reported")
r("Xavier Brunson", "head_of", "United Nations Command",
  {"DZ": "Gen. Xavier Brunson, the American commander of the United Nations Command"}, role="commander")
r("Xavier Brunson", "head_of", "U.S. Forces Korea", {"DZ": "also leads U.S. Forces Korea"}, role="commander")
r("Xavier Brunson", "citizen_of", "United States", {"DZ": "the American commander of the United Nations Command"},
  req=False, note="demonym")
r("U.S. Forces Korea", "based_in", "South Korea", {"DZ": "the 28,500 American troops stationed in South Korea"})
r("United States", "allied_with", "South Korea", {"DZ": "makes the United States and South Korea allies"})
r("United Nations Command", "party_to", "Korean Armistice Agreement",
  {"DZ": "The armistice was signed by the United Nations Command, North Korea and China"}, t="1953")
r("North Korea", "party_to", "Korean Armistice Agreement",
  {"DZ": "The armistice was signed by the United Nations Command, North Korea and China"}, t="1953")
r("China", "party_to", "Korean Armistice Agreement",
  {"DZ": "The armistice was signed by the United Nations Command, North Korea and China"}, t="1953")
r("South Korea", "party_to", "Korean Armistice Agreement", {"DZ": "South Korea never signed it"},
  mod="negated", note="trap: South Korea never signed the armistice")
r("Korean People's Army", "killed", "Lee Dae-jun",
  {"DZ": "soldiers of the Korean People's Army shot dead Lee Dae-jun"}, t="2020-09")
r("Lee Dae-jun", "citizen_of", "South Korea", {"DZ": "a South Korean fisheries official"},
  req=False, alt_p=["works_for"], note="demonym; an official of the South")
r("Cheorwon", "located_in", "Gangwon province", {"DZ": "Cheorwon, a county in Gangwon province"})
r("Park Min-seo", "works_for", "Sejong Institute", {"DZ": "Park Min-seo, a researcher at the Sejong Institute"},
  role="researcher")

# ---- CP: chancay_port_customs_protocol (newspaper, 2025-12-05; Thursday = 2025-12-04)
r("Peru", "signed_agreement_with", "China",
  {"CP": "Peru and China signed a protocol on Thursday"}, t="2025-12-04",
  note="the older free trade agreement with China is mentioned in a quote too")
r("United States", "criticized", "China", {"CP": "that Washington warned would deepen Peru's dependence on Beijing"},
  req=False, alt_o=["Peru", "Beijing"], note="warning about the protocol; also the anonymous official's quote")
r("SUNAT", "signed_agreement_with", "General Administration of Customs",
  {"CP": "The protocol was signed in Lima by SUNAT"}, t="2025-12-04", note="day from the previous sentence")
r("SUNAT", "based_in", "Peru", {"CP": "SUNAT, Peru's customs and tax authority"}, req=False,
  note="possessive of the country")
r("General Administration of Customs", "based_in", "China", {"CP": "China's General Administration of Customs"},
  req=False, note="possessive of the country")
r("Zhao Mingyuan", "works_for", "General Administration of Customs", {"CP": "whose deputy head, Zhao Mingyuan"},
  role="deputy head")
r("Zhao Mingyuan", "visited", "Peru", {"CP": "led a delegation to Peru this week"}, t="2025-12")
r("COSCO Shipping Ports", "member_of", "COSCO",
  {"CP": "COSCO Shipping Ports, a unit of the Shanghai-based state shipping group COSCO"},
  req=False, note="'a unit of'")
r("COSCO", "based_in", "Shanghai", {"CP": "the Shanghai-based state shipping group COSCO"})
r("Port of Chancay", "located_in", "Chancay",
  {"CP": "Chancay, a fishing town 80 km north of the capital, was transformed by the $3.5 billion port"},
  req=False, note="implicit")
r("Xi Jinping", "head_of", "China", {"CP": "Chinese President Xi Jinping"}, role="president")
r("Dina Boluarte", "head_of", "Peru", {"CP": "then-President Dina Boluarte"}, role="former president")
r("Xi Jinping", "visited", "Lima", {"CP": "while Xi was in Lima for the summit"}, t="2024-11", alt_o=["Peru"])
r("Jose Jeri", "head_of", "Peru", {"CP": "Peru's President Jose Jeri"}, role="president")
r("Jose Jeri", "supported", "Port of Chancay", {"CP": "has embraced the port"}, req=False, note="'embraced'")
r("Peru", "trades_with", "China", {"CP": "China is Peru's largest trading partner"})
r("China", "imports_from", "Peru", {"CP": "buys more than a third of its exports, most of them copper"},
  role="copper")
r("Hugo de Zela", "works_for", "Peru", {"CP": "Foreign Minister Hugo de Zela"}, role="foreign minister")
r("Peru", "signed_agreement_with", "United States",
  {"CP": "We have a free trade agreement with the United States"}, mod="reported")
r("Mauricio Claver-Carone", "works_for", "United States",
  {"CP": "then the Trump administration's special envoy for Latin America"}, role="special envoy for Latin America")
r("Mauricio Claver-Carone", "threatened", "Port of Chancay",
  {"CP": "warned that goods passing through Chancay could face U.S. tariffs"}, t="2025-02",
  alt_o=["Peru", "Chancay"], alt_s=["United States"])
r("United States", "sanctioned", "Port of Chancay", {"CP": "goods passing through Chancay could face U.S. tariffs"},
  mod="hedged", req=False, alt_o=["Peru", "Chancay"], note="'could face'")
r("United States", "sanctioned", "Port of Chancay", {"CP": "a threat that has not been carried out"},
  mod="negated", req=False, alt_o=["Peru", "Chancay"], note="no tariffs imposed")
r("Brazil", "negotiating_with", "Peru", {"CP": "Brazilian officials have held talks with Peru on a railway"})
r("Brazil", "borders", "Peru", {"CP": "Neighbouring Brazil has also looked west"}, req=False,
  note="'Neighbouring' relative to Peru")
r("Peru", "member_of", "APEC", {"CP": "Both Peru and China are members of APEC"})
r("China", "member_of", "APEC", {"CP": "Both Peru and China are members of APEC"})

# ---- EM: ecuador_mexico_consular_talks (html, 2026-01-23; Thursday = 2026-01-22)
r("Ecuador", "signed_agreement_with", "Mexico",
  {"EM": "Ecuador and Mexico agreed on Thursday to restore consular services"}, t="2026-01-22")
r("Ecuador", "attacked", "Mexican embassy in Quito",
  {"EM": "Ecuadorian police stormed the Mexican embassy in Quito in April 2024"}, t="2024-04", req=False,
  note="a police raid on an embassy; loose reading of 'attacked'")
r("Mexican embassy in Quito", "located_in", "Quito", {"EM": "the Mexican embassy in Quito"})
r("Alejandro Davalos", "works_for", "Ecuador",
  {"EM": "Ecuador's deputy foreign minister, Alejandro Davalos"}, role="deputy foreign minister")
r("Mariana Tellez Ruiz", "works_for", "Mexico",
  {"EM": "Mariana Tellez Ruiz, Mexico's undersecretary for Latin America"}, role="undersecretary")
r("Alejandro Davalos", "met_with", "Mariana Tellez Ruiz",
  {"EM": "met for six hours on Thursday in Panama City"}, t="2026-01-22",
  alt_p=["negotiating_with"], note="'Delegations led by ... met'")
r("Ecuador", "met_with", "Mexico", {"EM": "Delegations led by Ecuador's deputy foreign minister"},
  t="2026-01-22", req=False, note="delegation level")
r("Ecuador", "negotiating_with", "Mexico", {"EM": "Delegations led by Ecuador's deputy foreign minister"},
  t="2026-01-22", req=False, note="the Panama talks; the free trade talks are negated separately")
r("Alejandro Davalos", "visited", "Panama City", {"EM": "met for six hours on Thursday in Panama City"},
  t="2026-01-22", req=False, alt_o=["Panama"], note="implied by meeting there")
r("Mariana Tellez Ruiz", "visited", "Panama City", {"EM": "met for six hours on Thursday in Panama City"},
  t="2026-01-22", req=False, alt_o=["Panama"], note="implied by meeting there")
r("Ecuador", "party_to", "Panama Understanding", {"EM": "which the two sides called the Panama Understanding"},
  t="2026-01-22", req=False, note="'the two sides'")
r("Mexico", "party_to", "Panama Understanding", {"EM": "which the two sides called the Panama Understanding"},
  t="2026-01-22", req=False, note="'the two sides'")
r("Mexico", "diplomatic_relations_with", "Ecuador",
  {"EM": "Full diplomatic relations, which Mexico broke off after the raid, will not be restored for now"},
  mod="negated", note="broken off in 2024, not restored")
r("Ecuador", "normalized_relations_with", "Mexico", {"EM": "We are not normalising relations today"},
  mod="negated", req=False, note="quote; 'We' = both sides")
r("Ecuador", "diplomatic_relations_with", "Mexico",
  {"EM": "\"could open the door\" to a return of ambassadors later this year"},
  mod="hedged", t="2026", req=False, note="return of ambassadors, hedged")
r("Daniel Noboa", "head_of", "Ecuador", {"EM": "President Daniel Noboa"}, role="president")
r("Javier Martinez-Acha", "works_for", "Panama", {"EM": "Panama's Foreign Minister Javier Martinez-Acha"},
  role="foreign minister")
r("Javier Martinez-Acha", "met_with", "Ecuador", {"EM": "who received both delegations before the talks opened"},
  t="2026-01", req=False, alt_o=["Alejandro Davalos"], note="'both delegations'")
r("Javier Martinez-Acha", "met_with", "Mexico", {"EM": "who received both delegations before the talks opened"},
  t="2026-01", req=False, alt_o=["Mariana Tellez Ruiz"], note="'both delegations'")
r("Panama", "brokered", "Panama Understanding", {"EM": "Panama helped broker the Panama Understanding"},
  mod="reported", note="'officials from all three countries said'")
r("Mexico", "supported", "Jorge Glas", {"EM": "to whom Mexico had granted asylum hours earlier"},
  t="2024-04", req=False, note="asylum as support")
r("Jorge Glas", "works_for", "Ecuador", {"EM": "detained Jorge Glas, a former vice-president"},
  req=False, role="former vice-president", note="country from context")
r("Andres Manuel Lopez Obrador", "head_of", "Mexico",
  {"EM": "Mexico's then-president, Andres Manuel Lopez Obrador"}, role="former president")
r("Andres Manuel Lopez Obrador", "criticized", "Ecuador", {"EM": "called the raid a violation of international law"},
  t="2024-04", req=False, note="'the raid' = Ecuador's raid (coreference)")
r("Mexico", "criticized", "Ecuador",
  {"EM": "filed a case against Ecuador at the International Court of Justice"},
  req=False, note="a legal complaint as accusation")
r("International Court of Justice", "based_in", "The Hague",
  {"EM": "the International Court of Justice in The Hague"})
r("Ecuador", "criticized", "Mexico", {"EM": "accused Mexico of meddling in Ecuador's internal affairs"},
  alt_s=["Quito"])
r("Ecuador", "trades_with", "Mexico", {"EM": "Trade between the two countries has held up"},
  req=False, note="'the two countries'")
r("Ecuador", "negotiating_with", "Mexico",
  {"EM": "negotiations on a free trade agreement between Ecuador and Mexico, launched in 2022, have been frozen"},
  mod="negated", note="frozen since the raid")
r("Ecuador", "candidate_for", "Pacific Alliance", {"EM": "which Ecuador has been seeking to join for years"})
r("Mexico", "member_of", "Pacific Alliance", {"EM": "the bloc founded in 2011 by Mexico, Peru, Chile and Colombia"})
r("Peru", "member_of", "Pacific Alliance", {"EM": "the bloc founded in 2011 by Mexico, Peru, Chile and Colombia"})
r("Chile", "member_of", "Pacific Alliance", {"EM": "the bloc founded in 2011 by Mexico, Peru, Chile and Colombia"})
r("Colombia", "member_of", "Pacific Alliance", {"EM": "the bloc founded in 2011 by Mexico, Peru, Chile and Colombia"})
r("Ecuador", "in_conflict_with", "Los Lobos",
  {"EM": "declaring an \"internal armed conflict\" against gangs such as Los Lobos"},
  alt_s=["Daniel Noboa"], note="Noboa's declaration for Ecuador")
r("United States", "sanctioned", "Los Lobos",
  {"EM": "Washington designated Los Lobos a foreign terrorist organisation in September"},
  t="2025-09", req=False, note="terrorist designation read as a sanction")
r("Los Lobos", "allied_with", "Jalisco New Generation Cartel",
  {"EM": "the gang works with Mexico's Jalisco New Generation Cartel"}, mod="reported",
  note="'Ecuadorian prosecutors say'")
r("Jalisco New Generation Cartel", "based_in", "Mexico", {"EM": "Mexico's Jalisco New Generation Cartel"},
  req=False, note="possessive of the country")
r("Claudia Sheinbaum", "head_of", "Mexico", {"EM": "Mexican President Claudia Sheinbaum"}, role="president")
r("Claudia Sheinbaum", "met_with", "Daniel Noboa",
  {"EM": "she would not meet Noboa until Ecuador offered a formal apology"}, mod="negated",
  note="'would not ... until' (condition not met)")

# ---- TK: takaichi_kim_summit_offer (html, 2026-03-13; Thursday = 2026-03-12)
r("Sanae Takaichi", "met_with", "Kim Jong Un", {"TK": "she remained ready to meet Kim \"without preconditions\""},
  mod="planned", note="an offer of a summit, not a meeting")
r("North Korea", "met_with", "Japan",
  {"TK": "North Korea on Thursday rejected an offer by Japanese Prime Minister Sanae Takaichi to hold a summit"},
  mod="negated", alt_s=["Pyongyang", "Kim Jong Un"], alt_o=["Sanae Takaichi", "Tokyo"],
  note="rejected summit: asserting a meeting is a polarity error")
r("Kim Yo Jong", "works_for", "Workers' Party of Korea",
  {"TK": "Kim Yo Jong, a vice department director of the ruling Workers' Party's Central Committee"},
  alt_p=["member_of"], role="vice department director")
r("Kim Yo Jong", "criticized", "Japan", {"TK": "said Tokyo had \"nothing new to offer\""},
  alt_o=["Tokyo", "Sanae Takaichi"])
r("Japan", "contacted", "North Korea",
  {"TK": "Her government has acknowledged contacts with North Korean officials in third countries"},
  req=False, note="'Her government' (coreference); unspecified contacts")
r("Junichiro Koizumi", "head_of", "Japan", {"TK": "then-Prime Minister Junichiro Koizumi"}, role="former prime minister")
r("Junichiro Koizumi", "visited", "Pyongyang", {"TK": "flew to Pyongyang and met Kim Jong Il"}, t="2002",
  alt_o=["North Korea"])
r("Junichiro Koizumi", "met_with", "Kim Jong Il", {"TK": "flew to Pyongyang and met Kim Jong Il"}, t="2002")
r("Kim Jong Il", "head_of", "North Korea", {"TK": "the two leaders signed the Pyongyang Declaration"},
  req=False, role="former leader", note="'the two leaders' (coreference)")
r("Japan", "signed_agreement_with", "North Korea",
  {"TK": "During that visit the two leaders signed the Pyongyang Declaration"}, t="2002", req=False,
  alt_s=["Junichiro Koizumi"], alt_o=["Kim Jong Il"], note="'the two leaders' (coreference)")
r("Japan", "party_to", "Pyongyang Declaration", {"TK": "in which Japan apologised for its colonial rule"},
  t="2002", req=False, note="entailed")
r("North Korea", "party_to", "Pyongyang Declaration", {"TK": "the two leaders signed the Pyongyang Declaration"},
  t="2002", req=False, note="entailed; coreference")
r("Japan", "took_control_of", "Korean Peninsula", {"TK": "its colonial rule of the Korean Peninsula"},
  req=False, note="colonial rule read as occupation")
r("Japan", "normalized_relations_with", "North Korea",
  {"TK": "both sides pledged to work toward normalising relations"}, mod="planned", req=False,
  note="'both sides'; a pledge")
r("Japan", "normalized_relations_with", "North Korea", {"TK": "That normalisation never came"},
  mod="negated", req=False, note="coreference to the pledge")
r("Takuya Yokota", "head_of", "Association of the Families of Victims Kidnapped by North Korea",
  {"TK": "Takuya Yokota, who leads the Association of the Families of Victims Kidnapped by North Korea"},
  role="leader")
r("Japan", "recognizes", "North Korea", {"TK": "Japan, which does not recognise North Korea as a state"},
  mod="negated")
r("Japan", "diplomatic_relations_with", "North Korea", {"TK": "has never had diplomatic relations with Pyongyang"},
  mod="negated", alt_o=["Pyongyang"])
r("Japan", "trades_with", "North Korea", {"TK": "it has banned all trade with the North since 2009"},
  mod="negated", note="'it' = Japan, same sentence; trade banned")
r("Japan", "sanctioned", "North Korea",
  {"TK": "as part of its own sanctions over the country's nuclear and missile programmes"})
r("Japan", "criticized", "North Korea", {"TK": "drawing protests from Tokyo and Seoul"}, alt_s=["Tokyo"],
  note="protests over missile launches")
r("South Korea", "criticized", "North Korea", {"TK": "drawing protests from Tokyo and Seoul"}, alt_s=["Seoul"],
  note="protests over missile launches")
r("Fumio Kishida", "head_of", "Japan", {"TK": "then-Prime Minister Fumio Kishida"}, role="former prime minister")
r("Fumio Kishida", "visited", "Pyongyang", {"TK": "could be invited to Pyongyang"}, mod="hedged",
  t="2024-02", req=False, alt_o=["North Korea"], note="'could be invited'")
r("North Korea", "contacted", "Japan", {"TK": "North Korea would reject any contact with Japan"},
  mod="negated", t="2024", req=False, note="weeks after February 2024")
r("Ken Shimizu", "works_for", "Hokkaido University",
  {"TK": "Ken Shimizu, a professor of Korean studies at Hokkaido University"}, role="professor")
r("Sanae Takaichi", "met_with", "Donald Trump",
  {"TK": "when she meets U.S. President Donald Trump in Washington next month"},
  mod="hedged", t="2026-04", note="'is expected to'")
r("Sanae Takaichi", "visited", "United States", {"TK": "Donald Trump in Washington next month"},
  mod="hedged", t="2026-04", note="Washington is an alias of the United States")


# ---------------------------------------------------------------- helpers
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def clean_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return raw, html.unescape(re.sub(r"<[^>]+>", "", raw))
    return raw, raw


def body_span(key, raw, text):
    """Where gold may come from: the article body, without header, byline,
    caption, aside, newsletter, footer or credit line."""
    fn = DOCS[key]
    if fn.endswith(".html"):
        m = re.search(r'<(div|section) class="(?:story-body|article-body)">(.*?)</\1>', raw, re.S)
        body = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        i = text.index(body)
        return i, i + len(body)
    if STYLE[key] == "wire":
        end = text.rindex("\n(Reporting by")
        return 0, end
    i = text.index("\n\n") + 2        # after title, Published, By lines
    return i, len(text)


def meta(key, text):
    fn = DOCS[key]
    if fn.endswith(".html"):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        title = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)))
        pub = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        return title, pub
    lines = text.split("\n")
    if STYLE[key] == "wire":
        return lines[0].split(" - ")[0], ""
    return lines[0], lines[1].split(": ", 1)[1]


ABBR = {"U.S", "U.N", "Gen", "Mr", "Ms", "Dr", "No", "St", "Co", "Corp", "Jr", "Lt",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "U.S.S.R"}


def boundaries(text):
    b = set([0, len(text)])
    for m in re.finditer(r"\n", text):
        b.add(m.start() + 1)
    for m in re.finditer(r"[.!?][\"')\u201d]*(\s+)(?=[\"\u201cA-Z])", text):
        tok = re.search(r"(\S+)$", text[:m.start()])
        if tok and tok.group(1).split("(")[-1] in ABBR:
            continue
        b.add(m.end())
    return sorted(b)


def sentence_at(text, bounds, start, end):
    s = max(x for x in bounds if x <= start)
    e = min(x for x in bounds if x >= end and x > s)
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    return seg, s + lead, s + lead + len(seg)


def occurs(name, text):
    typ, aliases = E[name]
    low = text.lower()
    for a in [name] + aliases:
        if re.search(r"(?<![\w])" + re.escape(a.lower()) + r"(?![\w])", low):
            return True
    return False


def valid_time(t):
    if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
        return False
    parts = t.split("-")
    try:
        if len(parts) == 3:
            datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            datetime.date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- build
def main():
    errors = []
    # aliases unique across entities
    owner = {}
    for name, (typ, aliases) in E.items():
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        for a in set(norm(x) for x in [name] + aliases):
            if a in owner and owner[a] != name:
                errors.append(f"alias {a!r} belongs to {owner[a]} and {name}")
            owner[a] = name

    texts, spans, bounds, metas = {}, {}, {}, {}
    for k, fn in DOCS.items():
        raw, text = clean_text(os.path.join(CORPUS, fn))
        texts[k] = text
        spans[k] = body_span(k, raw, text)
        bounds[k] = boundaries(text)
        metas[k] = meta(k, text)

    def key(s, p, o, pol):
        s, o = owner.get(norm(s), s), owner.get(norm(o), o)
        if p in SYMMETRIC and s > o:
            s, o = o, s
        return (s, p, o, pol)

    seen = {}
    used = set()
    triples, statements = [], []
    for n, row in enumerate(ROWS, 1):
        tag = f"row {n} ({row['s']} {row['p']} {row['o']})"
        p = row["p"]
        if p not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        if row["modality"] not in MODALITIES:
            errors.append(f"{tag}: bad modality {row['modality']}")
            continue
        if not isinstance(row["required"], bool):
            errors.append(f"{tag}: required must be true or false")
        st, ot = SIG[p]
        for x, allowed, side in ((row["s"], st, "subject"), (row["o"], ot, "object")):
            if x not in E:
                errors.append(f"{tag}: {side} {x} is not an entity")
            elif E[x][0] not in allowed:
                errors.append(f"{tag}: {side} type {E[x][0]} breaks {p} signature")
        for alts, allowed, side in ((row["alt_s"], st, "alt_s"), (row["alt_o"], ot, "alt_o")):
            for x in alts:
                if x not in E:
                    errors.append(f"{tag}: {side} {x} is not an entity")
                    continue
                t = E[x][0]
                metonymy = t == CI and C in allowed   # a capital standing for its government
                if t not in allowed and not metonymy:
                    errors.append(f"{tag}: {side} {x} ({t}) breaks {p} signature")
        for ap in row["alt_p"]:
            if ap not in SIG:
                errors.append(f"{tag}: unknown alt_p {ap}")
            elif E.get(row["s"], ("",))[0] not in SIG[ap][0] or E.get(row["o"], ("",))[0] not in SIG[ap][1]:
                errors.append(f"{tag}: alt_p {ap} breaks its signature")
        t = row["time"]
        if t is not None:
            if not valid_time(t):
                errors.append(f"{tag}: bad time {t}")
            if p in STATIC:
                errors.append(f"{tag}: static relation {p} has a time")
        pol = POLARITY[row["modality"]]
        u = key(row["s"], p, row["o"], pol)
        if u in seen:
            errors.append(f"{tag}: unit repeats row {seen[u]}")
        seen[u] = n
        if not row["ev"]:
            errors.append(f"{tag}: no evidence")
        for k, phrase in row["ev"].items():
            if k not in DOCS:
                errors.append(f"{tag}: unknown doc {k}")
                continue
            text = texts[k]
            b0, b1 = spans[k]
            i = text.find(phrase, b0)
            if i < 0 or i + len(phrase) > b1:
                errors.append(f"{tag}: phrase not in body of {DOCS[k]}: {phrase!r}")
                continue
            for x in (row["s"], row["o"]):
                if x in E and not occurs(x, text):
                    errors.append(f"{tag}: {x} never occurs in {DOCS[k]}")
            sent, ss, se = sentence_at(text, bounds[k], i, i + len(phrase))
            title, pub = metas[k]
            statements.append({
                "subject": row["s"], "subject_type": E.get(row["s"], ("",))[0],
                "predicate": p,
                "object": row["o"], "object_type": E.get(row["o"], ("",))[0],
                "modality": row["modality"], "time": t or "",
                "role": row["role"] or "", "confidence": 1.0,
                "source": "corpus/" + DOCS[k], "title": title, "published": pub,
                "sentence": sent, "start": ss, "end": se, "rule": "gold:hand",
            })
        used.update([row["s"], row["o"]] + row["alt_s"] + row["alt_o"])
        out = {"s": row["s"], "p": p, "o": row["o"],
               "docs": [DOCS[k] for k in row["ev"]], "modality": row["modality"]}
        if t:
            out["time"] = t
        out["required"] = row["required"]
        for a in ("alt_s", "alt_p", "alt_o"):
            if row[a]:
                out[a] = row[a]
        if row["note"]:
            out["note"] = row["note"]
        triples.append(out)

    # an alternative spelling that is another row's main unit is worth a look
    mains = set(seen)
    for n, row in enumerate(ROWS, 1):
        pol = POLARITY.get(row["modality"])
        for s in [row["s"]] + row["alt_s"]:
            for p in [row["p"]] + row["alt_p"]:
                for o in [row["o"]] + row["alt_o"]:
                    u = key(s, p, o, pol)
                    if u in mains and seen[u] != n:
                        print(f"note: row {n} alternative {u} is row {seen[u]}'s main unit", file=sys.stderr)

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"{len(errors)} error(s); nothing written")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, (typ, aliases) in E.items():
            if name in used:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    unused = [n for n in E if n not in used]
    print(f"rows={len(triples)} required={sum(t['required'] for t in triples)} "
          f"statements={len(statements)} entities={len(used)} (unused, not written: {len(unused)})")
    if "--stats" in sys.argv:
        stats(triples, used)


def stats(triples, used):
    print("rows with time:", sum("time" in t for t in triples))
    print("rows with alternatives:", sum(any(a in t for a in ("alt_s", "alt_p", "alt_o")) for t in triples))
    print("multi-document rows:", sum(len(t["docs"]) > 1 for t in triples))
    print("entities by type:", dict(Counter(E[n][0] for n in used)))
    pc = Counter(t["p"] for t in triples)
    print("predicates used:", len(pc), dict(sorted(pc.items())))
    mc = defaultdict(lambda: [0, 0])
    for t in triples:
        mc[t["modality"]][0] += 1
        mc[t["modality"]][1] += t["required"]
    print("modality (rows, required):", dict(mc))
    per = defaultdict(lambda: [0, 0])
    for t in triples:
        for d in t["docs"]:
            per[d][0] += 1
            per[d][1] += t["required"]
    print("per document (facts, required):", dict(per))


if __name__ == "__main__":
    main()
