#!/usr/bin/env python3
"""Build the gold standard of news set zk.

Writes, next to corpus/:
  entities.jsonl              one entity a line: name, type, aliases
  triples.jsonl               one fact a line (format of shared/eval/README.md)
  selfcheck_statements.jsonl  one statement per gold row and document, in the
                              shape of `kg export --format jsonl` (DESIGN.md)

Every fact is written per document with the words of the article that support
it (`ev`). The script checks that the words occur in the article, widens them
to the whole sentence for the self-check, checks entity names, types and
aliases against SCHEMA.md, and merges the per-document rows of one fact
(same subject, predicate, object and polarity) into one gold row.
"""
import html
import json
import os
import re
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

DOCS = OrderedDict([
    ("zk01", "korea_japan_shelf_zone_talks.txt"),
    ("zk02", "mexico_guatemala_border_patrol_accord.txt"),
    ("zk03", "sao_tome_tanker_kidnapping.txt"),
    ("zk04", "kinmen_fishing_boat_seizure.txt"),
    ("zk05", "ghana_nigeria_pipeline_gas_debt.txt"),
    ("zk06", "gulf_of_fonseca_fishermen_detention.txt"),
    ("zk07", "north_korea_missile_freedom_shield.html"),
    ("zk08", "mexico_china_tariff_talks.html"),
])

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = None
SIG = {  # predicate -> (subject types, object types); None = any
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": ({"Person", "Country", "Organization"}, {"Person", "Country", "Organization"}),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
ENTITIES = []


def ent(name, typ, *aliases):
    assert typ in TYPES, (name, typ)
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases)})


# Countries
ent("South Korea", "Country", "Republic of Korea", "ROK", "S. Korea")
ent("North Korea", "Country", "Democratic People's Republic of Korea", "DPRK")
ent("Japan", "Country", "State of Japan")
ent("China", "Country", "People's Republic of China", "PRC", "mainland China")
ent("Taiwan", "Country", "Republic of China", "ROC")
ent("United States", "Country", "U.S.", "US", "USA", "U.S.A.", "United States of America", "America")
ent("Saudi Arabia", "Country", "Kingdom of Saudi Arabia")
ent("Mexico", "Country", "United Mexican States")
ent("Guatemala", "Country", "Republic of Guatemala")
ent("Honduras", "Country", "Republic of Honduras")
ent("Belize", "Country")
ent("Nigeria", "Country", "Federal Republic of Nigeria")
ent("São Tomé and Príncipe", "Country", "Sao Tome and Principe", "São Tomé & Príncipe", "Sao Tome & Principe")
ent("Equatorial Guinea", "Country", "Republic of Equatorial Guinea")
ent("Togo", "Country", "Togolese Republic")
ent("Cameroon", "Country", "Republic of Cameroon")
ent("Portugal", "Country")
ent("Ghana", "Country", "Republic of Ghana")
ent("Benin", "Country", "Republic of Benin")
ent("El Salvador", "Country", "Republic of El Salvador")
ent("Nicaragua", "Country", "Republic of Nicaragua")
ent("Russia", "Country", "Russian Federation")
ent("Ukraine", "Country")
ent("India", "Country")
ent("Thailand", "Country")
ent("Indonesia", "Country")
ent("Canada", "Country")

# Cities
for c, *al in [
    ("Seoul",), ("Tokyo",), ("Beijing",), ("Busan", "Pusan"), ("Gyeongju",),
    ("Tapachula",), ("Mexico City", "Ciudad de México"), ("Guatemala City", "Ciudad de Guatemala"),
    ("La Mesilla",), ("Amatenango de la Frontera",), ("Lagos",), ("Lomé", "Lome"),
    ("Douala",), ("Yaoundé", "Yaounde"), ("Athens",), ("Malabo",), ("Lisbon",),
    ("Taipei",), ("Xiamen", "Amoy"), ("Abuja",), ("Accra",), ("Takoradi", "Sekondi-Takoradi"),
    ("Kumasi",), ("Cotonou",), ("Amapala",), ("La Unión", "La Union"), ("Tegucigalpa",),
    ("San Salvador",), ("The Hague", "Den Haag"), ("Managua",), ("Pyongyang",),
    ("Washington", "Washington, D.C.", "Washington DC"), ("Moscow",)]:
    ent(c, "City", *al)

# Regions
ent("East China Sea", "Region")
ent("Jeju Island", "Region", "Jeju", "Jeju-do")
ent("Chiapas", "Region", "Chiapas state")
ent("Huehuetenango", "Region", "Huehuetenango department")
ent("Gulf of Guinea", "Region")
ent("Niger Delta", "Region")
ent("Bioko", "Region", "Bioko Island")
ent("Kinmen", "Region", "Kinmen islands", "Quemoy", "Kinmen County")
ent("Fujian", "Region", "Fujian province")
ent("Lagos State", "Region")
ent("Gulf of Fonseca", "Region")
ent("Pacific Ocean", "Region", "Pacific")
ent("Meanguera", "Region", "Meanguera island", "Isla Meanguera")
ent("El Tigre", "Region", "El Tigre island", "Isla El Tigre")
ent("Conejo", "Region", "Conejo islet", "Isla Conejo")
ent("Korean Peninsula", "Region")
ent("Central America", "Region")

# Organizations
ent("South Korean Foreign Ministry", "Organization", "South Korea's foreign ministry",
    "South Korean Ministry of Foreign Affairs", "Ministry of Foreign Affairs of South Korea")
ent("Japanese Foreign Ministry", "Organization", "Japan's Ministry of Foreign Affairs",
    "Japan's foreign ministry", "Japanese Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Japan")
ent("Asian and Oceanian Affairs Bureau", "Organization",
    "Asian and Oceanian Affairs Bureau of Japan's Ministry of Foreign Affairs")
ent("Chinese Foreign Ministry", "Organization", "China's foreign ministry", "Chinese Ministry of Foreign Affairs")
ent("Institute for Maritime Strategy", "Organization")
ent("Asia-Pacific Economic Cooperation", "Organization", "APEC")
ent("Sinaloa Cartel", "Organization")
ent("Jalisco New Generation Cartel", "Organization", "CJNG")
ent("U.S. State Department", "Organization", "State Department", "US State Department",
    "U.S. Department of State", "United States Department of State")
ent("Centro de Estudios Fronterizos del Sur", "Organization")
ent("Nigerian Navy", "Organization", "Nigeria's navy")
ent("Halcyon Tanker Management", "Organization", "Halcyon")
ent("Interregional Coordination Centre", "Organization", "Interregional Coordination Center")
ent("Bight Risk Partners", "Organization")
ent("Taiwan Coast Guard Administration", "Organization", "Coast Guard Administration",
    "Taiwan's Coast Guard Administration")
ent("China Coast Guard", "Organization", "China's coast guard", "Chinese coast guard")
ent("Taiwan Affairs Office", "Organization", "China's Taiwan Affairs Office", "TAO")
ent("Mainland Affairs Council", "Organization", "Taiwan's Mainland Affairs Council", "MAC")
ent("International Committee of the Red Cross", "Organization", "ICRC", "Red Cross")
ent("Kuomintang", "Organization", "KMT")
ent("N-Gas", "Organization", "N-Gas Limited")
ent("West African Gas Pipeline Company", "Organization", "WAPCo")
ent("Economic Community of West African States", "Organization", "ECOWAS")
ent("New Patriotic Party", "Organization", "NPP")
ent("Volta Policy Institute", "Organization")
ent("Chevron", "Organization")
ent("Shell", "Organization")
ent("Honduran Foreign Ministry", "Organization", "Honduras's foreign ministry",
    "Ministry of Foreign Affairs of Honduras")
ent("International Court of Justice", "Organization", "ICJ")
ent("Instituto Hondureño de Estudios del Mar", "Organization", "Instituto Hondureno de Estudios del Mar")
ent("Liberty and Refoundation", "Organization", "Libre", "Liberty and Refoundation party")
ent("National Party", "Organization", "National Party of Honduras")
ent("Liberal Party", "Organization", "Liberal Party of Honduras")
ent("Joint Chiefs of Staff", "Organization", "JCS", "South Korea's Joint Chiefs of Staff")
ent("United Nations Security Council", "Organization", "UN Security Council", "U.N. Security Council",
    "Security Council", "UNSC")
ent("Workers' Party of Korea", "Organization", "WPK", "Workers' Party")
ent("Korean Central News Agency", "Organization", "KCNA")
ent("Korea Peninsula Futures Forum", "Organization")
ent("Mexican Economy Ministry", "Organization", "Economy Ministry", "Mexico's Economy Ministry",
    "Secretariat of Economy")
ent("Chinese Ministry of Commerce", "Organization", "China's Ministry of Commerce", "Ministry of Commerce",
    "MOFCOM")
ent("BYD", "Organization")
ent("Centro de Análisis Comercial México-Asia", "Organization", "Centro de Analisis Comercial Mexico-Asia")

# Facilities
ent("West African Gas Pipeline", "Facility", "WAGP")

# Agreements
ent("Japan-South Korea Joint Development Agreement", "Agreement",
    "Agreement on Joint Development of the Southern Part of the Continental Shelf",
    "Joint Development Agreement", "1974 agreement", "1974 treaty")
ent("United Nations Convention on the Law of the Sea", "Agreement", "UNCLOS",
    "Convention on the Law of the Sea", "1982 United Nations Convention on the Law of the Sea")
ent("Tapachula Security Accord", "Agreement")
ent("Yaoundé Code of Conduct", "Agreement", "Yaounde Code of Conduct")
ent("Abuja Gas Supply Accord", "Agreement")
ent("U.S.-South Korea Mutual Defense Treaty", "Agreement", "Mutual Defense Treaty",
    "Mutual Defence Treaty", "mutual defence treaty")
ent("United States-Mexico-Canada Agreement", "Agreement", "USMCA", "T-MEC")

# Persons
for p, *al in [
    ("Yoon Da-hye", "Yoon"), ("Kenji Morimoto", "Morimoto"), ("Cho Hyun", "Cho"),
    ("Lin Jian",), ("Lee Jae-myung", "Lee", "Lee Jae myung"), ("Shigeru Ishiba", "Ishiba"),
    ("Sanae Takaichi", "Takaichi"), ("Oh Jae-won",),
    ("Omar García Harfuch", "García Harfuch", "Omar Garcia Harfuch", "Garcia Harfuch"),
    ("Carlos Ramiro Martínez", "Martínez", "Carlos Ramiro Martinez", "Martinez"),
    ("Bernardo Arévalo", "Arévalo", "Bernardo Arevalo", "Arevalo"),
    ("Claudia Sheinbaum", "Sheinbaum"), ("Donald Trump", "Trump", "Donald J. Trump"),
    ("Lucía Orantes", "Orantes", "Lucia Orantes"),
    ("Bola Tinubu", "Tinubu", "Bola Ahmed Tinubu"), ("Adebayo Okafor", "Okafor"),
    ("Ngozi Adeyemi-Clarke", "Adeyemi-Clarke"), ("Carlos Vila Nova", "Vila Nova"),
    ("Chen Binhua",), ("Chiu Chui-cheng", "Chiu"), ("Lai Ching-te", "Lai", "William Lai"),
    ("Lin Chia-lung",), ("Chen Fu-hai",), ("Xi Jinping", "Xi"), ("Minoru Kihara", "Kihara"),
    ("Cheng Li-wun",), ("Hsu Chih-ming",),
    ("John Abdulai Jinapor", "Jinapor"), ("Ekperikpe Ekpo", "Ekpo"),
    ("John Mahama", "Mahama", "John Dramani Mahama"), ("Kwaku Boateng-Asiedu", "Boateng-Asiedu"),
    ("Gideon Tetteh", "Tetteh"), ("Ricardo Alvarado", "Alvarado"),
    ("Alexandra Hill Tinoco", "Hill Tinoco", "Alexandra Hill"),
    ("Xiomara Castro", "Castro"), ("Nayib Bukele", "Bukele"), ("Daniel Ortega", "Ortega"),
    ("Rosario Murillo", "Murillo"), ("Mario Cálix", "Cálix", "Mario Calix", "Calix"),
    ("Rixi Moncada", "Moncada"), ("Nasry Asfura", "Asfura"), ("Salvador Nasralla", "Nasralla"),
    ("Shinjiro Koizumi", "Koizumi"), ("Marco Rubio", "Rubio"),
    ("Toshimitsu Motegi", "Motegi"), ("Kim Yo Jong", "Kim Yo-jong"), ("Kim Jong Un", "Kim Jong-un"),
    ("Han Ji-woo",), ("Marcelo Ebrard", "Ebrard"), ("Li Chenggang",),
    ("Daniela Ortuño", "Ortuño", "Daniela Ortuno")]:
    ent(p, "Person", *al)

# ---------------------------------------------------------------- facts
FACTS = []


def F(doc, s, p, o, mod, ev, time=None, req=True, alt_s=(), alt_p=(), alt_o=(),
      note=None, role=None, commodity=None):
    FACTS.append(dict(doc=doc, s=s, p=p, o=o, mod=mod, ev=ev, time=time, req=req,
                      alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                      note=note, role=role, commodity=commodity))


# ---- zk01: wire, Seoul, Nov 19 (no year in the text) -------------------
d = "zk01"
F(d, "South Korea", "met_with", "Japan", "reported",
  "South Korea and Japan held their first formal talks in years on Wednesday",
  alt_p=["negotiating_with"], note="'held their first formal talks ..., officials said'; weekday only, no gold time")
F(d, "South Korea", "met_with", "Japan", "planned",
  "She said the two sides would meet again in Tokyo early next year",
  alt_s=["Yoon Da-hye"], alt_o=["Kenji Morimoto"], alt_p=["negotiating_with"],
  note="next round; same triple as the reported meeting, other polarity")
F(d, "Yoon Da-hye", "works_for", "South Korean Foreign Ministry", "asserted",
  "Yoon Da-hye, director-general for international legal affairs at South Korea's foreign ministry",
  alt_o=["South Korea"], role="director-general for international legal affairs")
F(d, "Kenji Morimoto", "head_of", "Asian and Oceanian Affairs Bureau", "asserted",
  "Kenji Morimoto, who heads the Asian and Oceanian Affairs Bureau", alt_p=["works_for"],
  role="head of bureau")
F(d, "Kenji Morimoto", "works_for", "Japanese Foreign Ministry", "asserted",
  "who heads the Asian and Oceanian Affairs Bureau of Japan's Ministry of Foreign Affairs",
  alt_o=["Japan"], role="bureau head")
F(d, "Yoon Da-hye", "met_with", "Kenji Morimoto", "reported",
  "Yoon and Morimoto met for about six hours at the ministry's headquarters in central Seoul, according to a statement released by Seoul late on Wednesday.",
  alt_s=["South Korea"], alt_o=["Japan"])
F(d, "South Korean Foreign Ministry", "based_in", "Seoul", "reported",
  "the ministry's headquarters in central Seoul", req=False,
  note="'the ministry' resolved to South Korea's foreign ministry; in an attributed sentence")
F(d, "South Korea", "signed_agreement_with", "Japan", "asserted",
  "signed by the two countries in 1974", time="1974")
F(d, "South Korea", "party_to", "Japan-South Korea Joint Development Agreement", "asserted",
  "The Agreement on Joint Development of the Southern Part of the Continental Shelf, signed by the two countries in 1974",
  time="1974")
F(d, "Japan", "party_to", "Japan-South Korea Joint Development Agreement", "asserted",
  "The Agreement on Joint Development of the Southern Part of the Continental Shelf, signed by the two countries in 1974",
  time="1974")
F(d, "Jeju Island", "located_in", "South Korea", "asserted", "south of South Korea's Jeju Island")
F(d, "South Korea", "criticized", "Japan", "asserted",
  "Seoul has accused Tokyo of stalling exploration in the zone since the mid-1980s",
  alt_s=["Seoul"], alt_o=["Tokyo"], note="metonymy: Seoul and Tokyo for the governments")
F(d, "Japan", "criticized", "South Korea", "asserted", "Japanese officials reject that charge.",
  req=False, note="'rejected claims of' reading; object only through 'that charge'")
F(d, "Japan", "party_to", "United Nations Convention on the Law of the Sea", "asserted",
  "Tokyo has argued that under the 1982 United Nations Convention on the Law of the Sea",
  alt_s=["Tokyo"], req=False, note="implied by arguing under it; outside knowledge")
F(d, "Kenji Morimoto", "visited", "Seoul", "asserted",
  "Morimoto, who flew in from Tokyo on Tuesday", alt_o=["South Korea"], req=False,
  note="flew in to the dateline city (destination only from the dateline); weekday only")
F(d, "Kenji Morimoto", "met_with", "Cho Hyun", "planned",
  "was scheduled to call on Foreign Minister Cho Hyun on Thursday")
F(d, "Cho Hyun", "works_for", "South Korea", "asserted", "Foreign Minister Cho Hyun",
  alt_o=["South Korean Foreign Ministry"], role="foreign minister")
F(d, "China", "party_to", "Japan-South Korea Joint Development Agreement", "negated",
  "China, which is not a party to the 1974 agreement")
F(d, "China", "criticized", "South Korea", "reported",
  "Chinese foreign ministry spokesperson Lin Jian said Seoul and Tokyo had no right to",
  alt_s=["Lin Jian", "Chinese Foreign Ministry", "Beijing"], alt_o=["Seoul"])
F(d, "China", "criticized", "Japan", "reported",
  "Chinese foreign ministry spokesperson Lin Jian said Seoul and Tokyo had no right to",
  alt_s=["Lin Jian", "Chinese Foreign Ministry", "Beijing"], alt_o=["Tokyo"])
F(d, "Lin Jian", "works_for", "Chinese Foreign Ministry", "asserted",
  "Chinese foreign ministry spokesperson Lin Jian", alt_o=["China"], role="spokesperson")
F(d, "Lee Jae-myung", "head_of", "South Korea", "asserted", "President Lee Jae-myung",
  role="president", note="Korean president by context")
F(d, "Shigeru Ishiba", "head_of", "Japan", "asserted", "Shigeru Ishiba, then Japan's prime minister",
  req=False, role="prime minister", note="past office")
F(d, "Lee Jae-myung", "met_with", "Shigeru Ishiba", "asserted",
  "a summit in Tokyo in August at which President Lee Jae-myung and Shigeru Ishiba",
  alt_s=["South Korea"], alt_o=["Japan"], note="'in August' without a year: no gold time")
F(d, "Lee Jae-myung", "visited", "Tokyo", "asserted", "a summit in Tokyo in August at which President Lee Jae-myung",
  alt_o=["Japan"], req=False, note="presence at a summit in Tokyo implied")
F(d, "Sanae Takaichi", "head_of", "Japan", "asserted", "Ishiba's successor, Prime Minister Sanae Takaichi",
  role="prime minister")
F(d, "Lee Jae-myung", "met_with", "Sanae Takaichi", "asserted",
  "Lee met Ishiba's successor, Prime Minister Sanae Takaichi, on the sidelines of the Asia-Pacific Economic Cooperation summit",
  alt_s=["South Korea"], alt_o=["Japan"], note="'last month' in a wire copy: no gold time")
F(d, "Gyeongju", "located_in", "South Korea", "asserted", "in Gyeongju, South Korea")
F(d, "Sanae Takaichi", "visited", "Gyeongju", "asserted", "on the sidelines of the Asia-Pacific Economic Cooperation summit in Gyeongju",
  alt_o=["South Korea"], req=False, note="presence at the summit implied")
F(d, "South Korea", "imports_from", "Saudi Arabia", "asserted",
  "South Korea imports almost all of its crude oil, most of it from Saudi Arabia",
  alt_p=["trades_with"], commodity="crude oil")
F(d, "Oh Jae-won", "works_for", "Institute for Maritime Strategy", "asserted",
  "Oh Jae-won, a research fellow at the Institute for Maritime Strategy", role="research fellow")
F(d, "Institute for Maritime Strategy", "based_in", "Busan", "asserted",
  "the Institute for Maritime Strategy, a private think tank based in Busan")

# ---- zk02: wire, Tapachula, Oct 8 (no year in the text) ----------------
d = "zk02"
F(d, "Mexico", "signed_agreement_with", "Guatemala", "reported",
  "Mexico and Guatemala signed an agreement on Wednesday to coordinate military and police patrols along their shared border",
  alt_s=["Omar García Harfuch"], alt_o=["Carlos Ramiro Martínez"],
  note="'..., officials from both governments said'; weekday only")
F(d, "Mexico", "party_to", "Tapachula Security Accord", "asserted",
  "The accord, which officials are calling the Tapachula Security Accord, was signed at a military base",
  alt_s=["Omar García Harfuch"])
F(d, "Guatemala", "party_to", "Tapachula Security Accord", "asserted",
  "The accord, which officials are calling the Tapachula Security Accord, was signed at a military base",
  alt_s=["Carlos Ramiro Martínez"])
F(d, "Omar García Harfuch", "works_for", "Mexico", "asserted",
  "Mexico's security secretary, Omar García Harfuch", role="security secretary")
F(d, "Carlos Ramiro Martínez", "works_for", "Guatemala", "asserted",
  "Guatemala's foreign minister, Carlos Ramiro Martínez", role="foreign minister")
F(d, "Tapachula", "located_in", "Chiapas", "asserted",
  "Tapachula, a city in the southern Mexican state of Chiapas")
F(d, "Chiapas", "located_in", "Mexico", "asserted", "the southern Mexican state of Chiapas")
F(d, "Tapachula", "located_in", "Mexico", "asserted", "Tapachula, a city in the southern Mexican state of Chiapas",
  req=False, note="entailed by the two containments")
F(d, "Carlos Ramiro Martínez", "visited", "Tapachula", "asserted",
  "was signed at a military base outside Tapachula", alt_o=["Mexico", "Chiapas"], req=False,
  note="he signed there; presence implied")
F(d, "Mexico", "borders", "Guatemala", "asserted", "The two countries share a border of about 960 km.")
F(d, "La Mesilla", "located_in", "Guatemala", "asserted", "La Mesilla, a Guatemalan border town")
F(d, "Huehuetenango", "located_in", "Guatemala", "asserted", "Huehuetenango, a mountainous department of Guatemala")
F(d, "Huehuetenango", "borders", "Chiapas", "asserted", "a mountainous department of Guatemala that borders Chiapas")
F(d, "Sinaloa Cartel", "in_conflict_with", "Jalisco New Generation Cartel", "reported",
  "Gunmen from the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) have fought for control of smuggling routes in the area since 2021, according to Mexican officials.",
  time="2021")
F(d, "Amatenango de la Frontera", "located_in", "Chiapas", "asserted", "Amatenango de la Frontera, a town in Chiapas")
F(d, "Bernardo Arévalo", "head_of", "Guatemala", "asserted",
  "President Bernardo Arévalo said in a message on X", role="president",
  note="president of Guatemala by context ('Guatemala will not be ...')")
F(d, "Claudia Sheinbaum", "head_of", "Mexico", "asserted", "President Claudia Sheinbaum in Mexico City",
  role="president")
F(d, "Bernardo Arévalo", "visited", "Tapachula", "negated", "Arévalo did not attend the ceremony, his office said",
  req=False, note="loose: not attending the signing near Tapachula")
F(d, "Bernardo Arévalo", "met_with", "Claudia Sheinbaum", "planned",
  "he is due to meet President Claudia Sheinbaum in Mexico City next month",
  alt_s=["Guatemala"], alt_o=["Mexico"], note="'next month' in a wire copy: no gold time")
F(d, "Bernardo Arévalo", "visited", "Mexico City", "planned",
  "he is due to meet President Claudia Sheinbaum in Mexico City next month", alt_o=["Mexico"])
F(d, "U.S. State Department", "supported", "Tapachula Security Accord", "asserted",
  "The U.S. State Department welcomed the accord in a statement", alt_s=["United States"])
F(d, "United States", "supported", "Mexico", "planned",
  "said Washington would provide training and equipment to units on both sides of the border",
  alt_s=["Washington", "U.S. State Department"], req=False,
  note="'units on both sides of the border' read as Mexico's and Guatemala's")
F(d, "United States", "supported", "Guatemala", "planned",
  "said Washington would provide training and equipment to units on both sides of the border",
  alt_s=["Washington", "U.S. State Department"], req=False,
  note="'units on both sides of the border' read as Mexico's and Guatemala's")
F(d, "Donald Trump", "head_of", "United States", "asserted", "U.S. President Donald Trump", role="president")
F(d, "United States", "threatened", "Mexico", "asserted",
  "U.S. President Donald Trump has threatened Mexico with broader tariffs if drug flows do not fall",
  alt_s=["Donald Trump"])
F(d, "United States", "sanctioned", "Mexico", "asserted",
  "has already imposed tariffs on Mexican steel and aluminium", alt_s=["Donald Trump"])
F(d, "Honduras", "candidate_for", "Tapachula Security Accord", "hedged",
  "Guatemalan officials said Honduras and Belize could be invited to join the accord later")
F(d, "Belize", "candidate_for", "Tapachula Security Accord", "hedged",
  "Guatemalan officials said Honduras and Belize could be invited to join the accord later")
F(d, "Guatemala", "contacted", "Honduras", "negated",
  "although neither government has been approached formally", alt_s=["Mexico"], req=False,
  note="agentless passive; the accord's parties (Guatemala, whose officials speak) as subject")
F(d, "Guatemala", "contacted", "Belize", "negated",
  "although neither government has been approached formally", alt_s=["Mexico"], req=False,
  note="agentless passive; the accord's parties (Guatemala, whose officials speak) as subject")
F(d, "Mexico", "trades_with", "Guatemala", "asserted",
  "Mexico is Guatemala's second-largest trading partner after the United States")
F(d, "Guatemala", "trades_with", "United States", "asserted",
  "Mexico is Guatemala's second-largest trading partner after the United States")
F(d, "Guatemala", "imports_from", "Mexico", "asserted",
  "Guatemala imports electricity from Mexico through a power line", alt_p=["trades_with"],
  commodity="electricity")
F(d, "Lucía Orantes", "works_for", "Centro de Estudios Fronterizos del Sur", "asserted",
  "Lucía Orantes, a researcher at the Centro de Estudios Fronterizos del Sur", role="researcher")
F(d, "Centro de Estudios Fronterizos del Sur", "based_in", "Guatemala City", "asserted",
  "the Centro de Estudios Fronterizos del Sur, a think tank in Guatemala City")

# ---- zk03: wire, Lagos, Jan 20 (no year in the text) -------------------
d = "zk03"
F(d, "Lomé", "located_in", "Togo", "asserted", "from Lomé, Togo, to Douala, Cameroon")
F(d, "Douala", "located_in", "Cameroon", "asserted", "from Lomé, Togo, to Douala, Cameroon")
F(d, "Halcyon Tanker Management", "based_in", "Athens", "asserted",
  "Halcyon Tanker Management, an Athens-based company")
F(d, "Niger Delta", "located_in", "Nigeria", "asserted", "toward the Niger Delta, in southern Nigeria")
F(d, "Bola Tinubu", "head_of", "Nigeria", "asserted", "on the orders of President Bola Tinubu",
  role="president", note="Nigeria's president by context (the Nigerian Navy acted on his orders)")
F(d, "Nigeria", "contacted", "São Tomé and Príncipe", "reported",
  "Nigerian officials contacted authorities in São Tomé and Príncipe and Equatorial Guinea on Monday night",
  alt_s=["Nigerian Navy", "Adebayo Okafor"], note="'..., navy spokesman ... told reporters'; weekday only")
F(d, "Nigeria", "contacted", "Equatorial Guinea", "reported",
  "Nigerian officials contacted authorities in São Tomé and Príncipe and Equatorial Guinea on Monday night",
  alt_s=["Nigerian Navy", "Adebayo Okafor"])
F(d, "Adebayo Okafor", "works_for", "Nigerian Navy", "asserted", "navy spokesman Commodore Adebayo Okafor",
  alt_o=["Nigeria"], role="spokesman")
F(d, "Nigerian Navy", "based_in", "Nigeria", "asserted", "The Nigerian Navy said it had sent two patrol ships",
  req=False, note="demonym reading")
F(d, "Nigeria", "signed_agreement_with", "São Tomé and Príncipe", "negated",
  "Nigeria and São Tomé and Príncipe have no hot-pursuit agreement")
F(d, "Nigeria", "signed_agreement_with", "São Tomé and Príncipe", "hedged",
  "The two countries could sign one within weeks, a senior Nigerian official said")
for c in ["Nigeria", "São Tomé and Príncipe", "Equatorial Guinea", "Togo", "Cameroon"]:
    F(d, c, "party_to", "Yaoundé Code of Conduct", "asserted",
      "Nigeria, São Tomé and Príncipe, Equatorial Guinea, Togo and Cameroon are among the 25 West and Central African states that signed the Yaoundé Code of Conduct in 2013",
      time="2013", note="coordinated list of signatories")
F(d, "Interregional Coordination Centre", "based_in", "Yaoundé", "asserted",
  "the Interregional Coordination Centre, which is based in Yaoundé")
F(d, "Yaoundé", "capital_of", "Cameroon", "asserted", "Yaoundé, the Cameroonian capital")
F(d, "Yaoundé", "located_in", "Cameroon", "asserted", "Yaoundé, the Cameroonian capital", req=False,
  note="entailed by capital_of")
F(d, "Ngozi Adeyemi-Clarke", "works_for", "Bight Risk Partners", "asserted",
  "Ngozi Adeyemi-Clarke, a maritime security analyst at Bight Risk Partners", role="analyst")
F(d, "Bight Risk Partners", "based_in", "Lagos", "asserted", "Bight Risk Partners, a consultancy based in Lagos")
F(d, "Carlos Vila Nova", "head_of", "São Tomé and Príncipe", "asserted", "President Carlos Vila Nova",
  role="president")
F(d, "São Tomé and Príncipe", "contacted", "Portugal", "planned",
  "his government would ask Portugal, the former colonial power, for help with surveillance flights",
  alt_s=["Carlos Vila Nova"])
F(d, "Portugal", "supported", "São Tomé and Príncipe", "planned", "Lisbon said it was ready to assist.",
  alt_s=["Lisbon"], note="readiness to help; reported and planned: planned wins")
F(d, "São Tomé and Príncipe", "gained_independence_from", "Portugal", "asserted",
  "Portugal, the former colonial power", req=False, note="outside knowledge: 'former colonial power'")
F(d, "Malabo", "capital_of", "Equatorial Guinea", "asserted", "Bioko, the island on which its capital, Malabo, stands")
F(d, "Malabo", "located_in", "Bioko", "asserted", "Bioko, the island on which its capital, Malabo, stands")
F(d, "Bioko", "located_in", "Equatorial Guinea", "asserted",
  "Bioko, the island on which its capital, Malabo, stands", req=False,
  note="entailed: the capital stands on the island")
F(d, "Malabo", "located_in", "Equatorial Guinea", "asserted",
  "Bioko, the island on which its capital, Malabo, stands", req=False, note="entailed by capital_of")

# ---- zk04: newspaper, published 2026-02-24 (Tuesday) -------------------
d = "zk04"
F(d, "Taiwan Coast Guard Administration", "contacted", "China Coast Guard", "reported",
  "Taiwanese patrol boats radioed the China Coast Guard ships repeatedly", alt_s=["Taiwan"], alt_o=["China"],
  note="'Taiwanese patrol boats' of the administration; day not fixed")
F(d, "Taiwan Coast Guard Administration", "based_in", "Taiwan", "asserted",
  "Taiwan's Coast Guard Administration said", req=False, note="possessive read as seat")
F(d, "China Coast Guard", "threatened", "Taiwan Coast Guard Administration", "reported",
  "but were warned to stay away, it said", alt_s=["China"], alt_o=["Taiwan"], req=False,
  note="agentless passive warning")
F(d, "Kinmen", "located_in", "Taiwan", "asserted", "Kinmen, a group of islands administered by Taiwan",
  note="'administered by' read as containment")
F(d, "Xiamen", "located_in", "China", "asserted", "the Chinese city of Xiamen in Fujian province")
F(d, "Xiamen", "located_in", "Fujian", "asserted", "the Chinese city of Xiamen in Fujian province")
F(d, "Fujian", "located_in", "China", "asserted", "the Chinese city of Xiamen in Fujian province", req=False,
  note="entailed")
F(d, "China", "in_conflict_with", "Taiwan", "asserted",
  "Beijing claims Taiwan as part of its territory and has never renounced the use of force to bring it under its control",
  alt_s=["Beijing"], req=False, note="sovereignty dispute read as long-running dispute")
F(d, "Taiwan", "criticized", "China", "asserted", "Taipei rejects the claim.", alt_s=["Taipei"], alt_o=["Beijing"],
  req=False, note="'rejected claims of'")
F(d, "Chen Binhua", "works_for", "Taiwan Affairs Office", "asserted",
  "Its spokesperson, Chen Binhua", alt_o=["China"], role="spokesperson",
  note="'Its' = China's Taiwan Affairs Office (previous sentence)")
F(d, "Taiwan Affairs Office", "based_in", "Beijing", "asserted",
  "told a regular news briefing in Beijing", alt_o=["China"], req=False,
  note="briefing place read as seat")
F(d, "Mainland Affairs Council", "criticized", "China", "asserted",
  "Taiwan's Mainland Affairs Council, which handles policy toward China, called the seizure \"a crude act of intimidation\"",
  alt_s=["Taiwan", "Chiu Chui-cheng"], alt_o=["China Coast Guard", "Beijing"])
F(d, "Chiu Chui-cheng", "head_of", "Mainland Affairs Council", "asserted",
  "The council's minister, Chiu Chui-cheng", alt_p=["works_for"], role="minister")
F(d, "China", "contacted", "Taiwan", "negated", "Chinese authorities had not contacted Taipei about the detentions",
  alt_o=["Taipei"], note="reported and negated: negated wins")
F(d, "Taiwan", "contacted", "International Committee of the Red Cross", "planned",
  "Taiwan would ask the International Committee of the Red Cross for help in reaching the men",
  alt_s=["Chiu Chui-cheng", "Mainland Affairs Council"])
F(d, "Lai Ching-te", "head_of", "Taiwan", "asserted", "President Lai Ching-te convened his national security team",
  role="president")
F(d, "Lai Ching-te", "visited", "Kinmen", "planned", "Lai will travel to Kinmen on Thursday",
  time="2026-02-26", note="Thursday after Tuesday 2026-02-24")
F(d, "Lin Chia-lung", "works_for", "Taiwan", "asserted", "Foreign Minister Lin Chia-lung briefed foreign diplomats in Taipei",
  role="foreign minister")
F(d, "Chen Fu-hai", "member_of", "Kuomintang", "asserted",
  "Kinmen County Magistrate Chen Fu-hai, a member of the opposition Kuomintang")
F(d, "Chen Fu-hai", "visited", "Xiamen", "hedged", "said he might travel to Xiamen himself",
  alt_o=["China"])
F(d, "China", "criticized", "Taiwan", "asserted", "Beijing blamed Taipei for the deaths at the time",
  time="2024-02", alt_s=["Beijing"], alt_o=["Taipei"], note="'at the time' = February 2024")
F(d, "Taiwan", "imports_from", "United States", "asserted", "The United States, Taiwan's main arms supplier",
  alt_p=["trades_with"], commodity="arms")
F(d, "United States", "supported", "Taiwan", "asserted", "The United States, Taiwan's main arms supplier",
  req=False, note="arms supply read as material support")
F(d, "U.S. State Department", "criticized", "China", "asserted",
  "A State Department spokesperson urged Beijing to release the crew and to refrain from \"coercive actions\" against Taiwan.",
  alt_s=["United States"], alt_o=["Beijing"], req=False, note="urging restraint read as criticism")
F(d, "Donald Trump", "visited", "China", "planned",
  "a visit to China by U.S. President Donald Trump in April", time="2026-04", alt_o=["Beijing"])
F(d, "Donald Trump", "met_with", "Xi Jinping", "hedged", "when he is expected to meet President Xi Jinping",
  time="2026-04", alt_s=["United States"], alt_o=["China"])
F(d, "Xi Jinping", "head_of", "China", "asserted", "President Xi Jinping", role="president")
F(d, "Donald Trump", "head_of", "United States", "asserted", "U.S. President Donald Trump", role="president")
F(d, "Donald Trump", "met_with", "Xi Jinping", "asserted", "The two leaders last met in Busan, South Korea, in October.",
  time="2025-10", alt_s=["United States"], alt_o=["China"], note="October before 2026-02-24")
F(d, "Busan", "located_in", "South Korea", "asserted", "in Busan, South Korea")
F(d, "Donald Trump", "visited", "Busan", "asserted", "The two leaders last met in Busan, South Korea, in October.",
  time="2025-10", alt_o=["South Korea"], req=False, note="meeting there implies the visit")
F(d, "Xi Jinping", "visited", "Busan", "asserted", "The two leaders last met in Busan, South Korea, in October.",
  time="2025-10", alt_o=["South Korea"], req=False, note="meeting there implies the visit")
F(d, "Minoru Kihara", "works_for", "Japan", "asserted", "In Tokyo, Chief Cabinet Secretary Minoru Kihara said Japan",
  role="chief cabinet secretary")
F(d, "Cheng Li-wun", "head_of", "Kuomintang", "asserted", "Its chair, Cheng Li-wun",
  alt_p=["member_of"], role="chair", note="'Its' = the Kuomintang (previous sentence)")
F(d, "Kuomintang", "based_in", "Taiwan", "asserted", "The Kuomintang, Taiwan's main opposition party", req=False,
  note="party of Taiwan read as seat")

# ---- zk05: newspaper, published 2025-12-03 (Wednesday) -----------------
d = "zk05"
F(d, "Ghana", "signed_agreement_with", "Nigeria", "reported",
  "Ghana and Nigeria signed an agreement in Abuja on Tuesday", time="2025-12-02",
  alt_s=["Accra", "John Abdulai Jinapor"], alt_o=["Ekperikpe Ekpo"])
F(d, "Ghana", "party_to", "Abuja Gas Supply Accord", "asserted",
  "The deal, which officials have called the Abuja Gas Supply Accord, was signed by Ghana's Minister for Energy and Green Transition",
  alt_s=["John Abdulai Jinapor"])
F(d, "Nigeria", "party_to", "Abuja Gas Supply Accord", "asserted",
  "The deal, which officials have called the Abuja Gas Supply Accord, was signed by Ghana's Minister for Energy and Green Transition",
  alt_s=["Ekperikpe Ekpo"])
F(d, "John Abdulai Jinapor", "works_for", "Ghana", "asserted",
  "Ghana's Minister for Energy and Green Transition, John Abdulai Jinapor", role="minister for energy")
F(d, "Ekperikpe Ekpo", "works_for", "Nigeria", "asserted",
  "Nigeria's Minister of State for Petroleum Resources (Gas), Ekperikpe Ekpo", role="minister of state for petroleum (gas)")
F(d, "Bola Tinubu", "head_of", "Nigeria", "asserted", "in the presence of President Bola Tinubu", role="president")
F(d, "John Abdulai Jinapor", "visited", "Abuja", "asserted", "Ghana and Nigeria signed an agreement in Abuja on Tuesday",
  time="2025-12-02", alt_o=["Nigeria"], req=False, note="he signed in Abuja; presence implied")
F(d, "John Abdulai Jinapor", "met_with", "Bola Tinubu", "asserted", "in the presence of President Bola Tinubu",
  req=False, note="'in the presence of' read as a meeting")
F(d, "N-Gas", "based_in", "Nigeria", "asserted", "N-Gas, the Nigerian company that sells gas through the pipeline", req=False,
  note="demonym apposition for a company")
F(d, "Ghana", "imports_from", "Nigeria", "planned",
  "Nigeria will double the volume of gas it sends through the West African Gas Pipeline",
  alt_p=["trades_with"], req=False, commodity="gas", note="future increase; the asserted import is its own row")
for c in ["Nigeria", "Benin", "Togo", "Ghana"]:
    F(d, "West African Gas Pipeline", "located_in", c, "asserted",
      "The 678-kilometre pipeline runs from Lagos State in Nigeria through Benin and Togo to Takoradi in Ghana.",
      note="'the pipeline' = the West African Gas Pipeline")
F(d, "Lagos State", "located_in", "Nigeria", "asserted", "Lagos State in Nigeria")
F(d, "Takoradi", "located_in", "Ghana", "asserted", "Takoradi in Ghana")
F(d, "West African Gas Pipeline Company", "based_in", "Accra", "asserted",
  "the West African Gas Pipeline Company, or WAPCo, which is based in Accra")
F(d, "Ghana", "imports_from", "Nigeria", "asserted", "Ghana has imported Nigerian gas through the pipeline since 2009",
  time="2009", alt_p=["trades_with"], commodity="gas")
F(d, "John Mahama", "head_of", "Ghana", "asserted", "President John Mahama, who returned to office in January",
  role="president")
F(d, "John Mahama", "met_with", "Bola Tinubu", "hedged", "Mahama may meet Tinubu on the sidelines of a summit",
  time="2025-12", alt_s=["Ghana"], alt_o=["Nigeria"], note="'later this month' = December 2025")
F(d, "John Mahama", "visited", "Abuja", "hedged",
  "Mahama may meet Tinubu on the sidelines of a summit of the Economic Community of West African States (ECOWAS) in Abuja later this month",
  time="2025-12", alt_o=["Nigeria"], req=False, note="attendance implied")
F(d, "Ghana", "member_of", "Economic Community of West African States", "asserted",
  "Ghana and Nigeria are both members of ECOWAS")
F(d, "Nigeria", "member_of", "Economic Community of West African States", "asserted",
  "Ghana and Nigeria are both members of ECOWAS")
F(d, "Economic Community of West African States", "based_in", "Abuja", "asserted", "ECOWAS, which is based in Abuja")
F(d, "Ghana", "trades_with", "Nigeria", "asserted", "trade between the two countries has grown")
F(d, "Benin", "party_to", "Abuja Gas Supply Accord", "negated",
  "Benin and Togo, which also draw gas from the pipeline, are not parties to Tuesday's accord.")
F(d, "Togo", "party_to", "Abuja Gas Supply Accord", "negated",
  "Benin and Togo, which also draw gas from the pipeline, are not parties to Tuesday's accord.")
F(d, "Benin", "imports_from", "Nigeria", "asserted", "Benin and Togo, which also draw gas from the pipeline",
  req=False, commodity="gas", alt_p=["trades_with"], note="gas from the pipeline is Nigerian gas")
F(d, "Togo", "imports_from", "Nigeria", "asserted", "Benin and Togo, which also draw gas from the pipeline",
  req=False, commodity="gas", alt_p=["trades_with"], note="gas from the pipeline is Nigerian gas")
F(d, "Benin", "signed_agreement_with", "Nigeria", "planned",
  "Officials in Cotonou said Benin would seek a similar arrangement with Nigeria early next year",
  time="2026", alt_s=["Cotonou"], alt_p=["negotiating_with"], note="'early next year' after 2025-12-03")
F(d, "New Patriotic Party", "criticized", "Abuja Gas Supply Accord", "asserted",
  "The opposition New Patriotic Party, which governed Ghana until January, criticised the terms.",
  alt_s=["Kwaku Boateng-Asiedu"])
F(d, "Kwaku Boateng-Asiedu", "works_for", "New Patriotic Party", "asserted",
  "Its energy spokesman, Kwaku Boateng-Asiedu", alt_p=["member_of"], role="energy spokesman")
F(d, "New Patriotic Party", "based_in", "Ghana", "asserted", "The opposition New Patriotic Party, which governed Ghana until January",
  req=False, note="party of Ghana read as seat")
F(d, "N-Gas", "threatened", "Ghana", "asserted",
  "N-Gas warned in September that it might reduce supplies if payments did not resume", time="2025-09")
F(d, "Nigeria", "sanctioned", "Ghana", "negated", "Ekpo said Nigeria had never cut off gas to Ghana over the debt",
  req=False, note="cutting off supply read as an embargo; reported and negated: negated wins")
F(d, "Gideon Tetteh", "works_for", "Volta Policy Institute", "asserted",
  "Gideon Tetteh, an energy analyst at the Volta Policy Institute", role="energy analyst")
F(d, "Volta Policy Institute", "based_in", "Accra", "asserted", "the Volta Policy Institute, a think tank in Accra")

# ---- zk06: newspaper, published 2025-09-05 (Friday) --------------------
d = "zk06"
F(d, "Honduras", "criticized", "El Salvador", "reported",
  "Honduras lodged a formal protest with El Salvador on Thursday", time="2025-09-04",
  alt_s=["Honduran Foreign Ministry"], note="'..., the Honduran foreign ministry said'")
F(d, "Honduras", "contacted", "El Salvador", "asserted",
  "On Thursday the Honduran foreign ministry summoned El Salvador's ambassador in Tegucigalpa, Ricardo Alvarado",
  time="2025-09-04", alt_s=["Honduran Foreign Ministry"], alt_o=["Ricardo Alvarado"],
  note="summoning the ambassador")
F(d, "Ricardo Alvarado", "works_for", "El Salvador", "asserted",
  "El Salvador's ambassador in Tegucigalpa, Ricardo Alvarado", role="ambassador")
F(d, "Amapala", "located_in", "El Tigre", "asserted", "the port of Amapala on El Tigre, a Honduran island")
F(d, "El Tigre", "located_in", "Honduras", "asserted", "El Tigre, a Honduran island")
F(d, "Amapala", "located_in", "Honduras", "asserted", "the port of Amapala on El Tigre, a Honduran island",
  req=False, note="entailed")
F(d, "Meanguera", "located_in", "El Salvador", "asserted", "Meanguera, which belongs to El Salvador")
F(d, "La Unión", "located_in", "El Salvador", "asserted", "the Salvadoran port of La Unión")
F(d, "Meanguera", "located_in", "Gulf of Fonseca", "asserted", "near the island of Meanguera in the Gulf of Fonseca")
F(d, "Gulf of Fonseca", "located_in", "Pacific Ocean", "asserted", "The gulf, an inlet of the Pacific Ocean")
for c in ["El Salvador", "Honduras", "Nicaragua"]:
    F(d, "Gulf of Fonseca", "borders", c, "asserted",
      "The gulf, an inlet of the Pacific Ocean, is bordered by El Salvador to the west, Honduras to the north and Nicaragua to the south.")
F(d, "International Court of Justice", "based_in", "The Hague", "asserted",
  "the International Court of Justice in The Hague")
F(d, "Alexandra Hill Tinoco", "works_for", "El Salvador", "asserted",
  "Foreign Minister Alexandra Hill Tinoco said on Thursday that El Salvador", role="foreign minister")
F(d, "El Salvador", "allied_with", "Honduras", "reported",
  "El Salvador valued its \"brotherly relations\" with Honduras", alt_s=["Alexandra Hill Tinoco"], req=False,
  note="'brotherly relations' read as close ties")
F(d, "Xiomara Castro", "head_of", "Honduras", "asserted", "President Xiomara Castro spoke by phone", role="president")
F(d, "Nayib Bukele", "head_of", "El Salvador", "asserted", "Salvadoran President Nayib Bukele", role="president")
F(d, "Xiomara Castro", "contacted", "Nayib Bukele", "reported",
  "President Xiomara Castro spoke by phone with Salvadoran President Nayib Bukele on Thursday, her office said",
  time="2025-09-04", alt_s=["Honduras"], alt_o=["El Salvador"])
F(d, "Honduras", "met_with", "El Salvador", "planned",
  "the two agreed that their countries' bilateral border commission would meet in San Salvador before the end of the month",
  time="2025-09", alt_p=["negotiating_with"], note="'before the end of the month' = September 2025")
F(d, "Honduras", "negotiating_with", "El Salvador", "negated",
  "The two governments have not held formal talks on their maritime boundary since 2019, diplomats in Tegucigalpa said.",
  alt_p=["met_with"], note="reported and negated: negated wins")
F(d, "El Salvador", "in_conflict_with", "Honduras", "asserted",
  "The incident has revived a long-running dispute between the neighbours over Conejo",
  note="also the 1969 war ('The two neighbours fought a brief war in 1969'); no single time")
F(d, "Honduras", "took_control_of", "Conejo", "asserted",
  "Honduras has kept a small military post on the islet since 2013", time="2013",
  note="military occupation of the islet")
F(d, "El Salvador", "criticized", "Honduras", "asserted", "El Salvador has repeatedly protested against its presence there")
F(d, "El Salvador", "trades_with", "Honduras", "asserted",
  "El Salvador is Honduras's second-largest trading partner in Central America after Guatemala")
F(d, "Honduras", "trades_with", "Guatemala", "asserted",
  "El Salvador is Honduras's second-largest trading partner in Central America after Guatemala")
F(d, "El Salvador", "borders", "Honduras", "asserted", "a long-running dispute between the neighbours",
  req=False, note="'the neighbours' (definite description)")
F(d, "El Salvador", "borders", "Guatemala", "asserted",
  "the three countries have worked to ease customs checks at their borders", req=False,
  note="group statement: 'their borders' of El Salvador, Honduras and Guatemala")
F(d, "Guatemala", "borders", "Honduras", "asserted",
  "the three countries have worked to ease customs checks at their borders", req=False,
  note="group statement: 'their borders' of El Salvador, Honduras and Guatemala")
F(d, "Daniel Ortega", "head_of", "Nicaragua", "asserted", "The government of co-presidents Daniel Ortega and Rosario Murillo",
  role="co-president")
F(d, "Rosario Murillo", "head_of", "Nicaragua", "asserted", "The government of co-presidents Daniel Ortega and Rosario Murillo",
  role="co-president")
F(d, "Nicaragua", "in_conflict_with", "Honduras", "asserted", "has its own dispute with Honduras over fishing in the gulf")
F(d, "Mario Cálix", "works_for", "Instituto Hondureño de Estudios del Mar", "asserted",
  "Mario Cálix, a researcher at the Instituto Hondureño de Estudios del Mar", role="researcher")
F(d, "Instituto Hondureño de Estudios del Mar", "based_in", "Tegucigalpa", "asserted",
  "the Instituto Hondureño de Estudios del Mar, a think tank in Tegucigalpa")
F(d, "Rixi Moncada", "member_of", "Liberty and Refoundation", "asserted",
  "Rixi Moncada of Castro's Liberty and Refoundation party (Libre)")
F(d, "Xiomara Castro", "member_of", "Liberty and Refoundation", "asserted",
  "Rixi Moncada of Castro's Liberty and Refoundation party (Libre)")
F(d, "Nasry Asfura", "member_of", "National Party", "asserted", "Nasry Asfura of the National Party")
F(d, "Salvador Nasralla", "member_of", "Liberal Party", "asserted", "Salvador Nasralla of the Liberal Party")
F(d, "Rixi Moncada", "works_for", "Honduras", "asserted", "a former defence minister", req=False,
  role="defence minister (former)", note="past office")

# ---- zk07: HTML, published 2026-03-10 (Tuesday) ------------------------
d = "zk07"
F(d, "Pyongyang", "capital_of", "North Korea", "asserted", "Pyongyang, the North Korean capital")
F(d, "Pyongyang", "located_in", "North Korea", "asserted", "Pyongyang, the North Korean capital", req=False,
  note="entailed by capital_of")
F(d, "Joint Chiefs of Staff", "based_in", "Seoul", "asserted", "the Joint Chiefs of Staff (JCS) in Seoul said")
F(d, "Sanae Takaichi", "head_of", "Japan", "asserted", "Japanese Prime Minister Sanae Takaichi", role="prime minister")
F(d, "Japan", "criticized", "North Korea", "asserted",
  "Japanese Prime Minister Sanae Takaichi called the launch \"an outrageous act",
  alt_s=["Sanae Takaichi", "Tokyo"], alt_o=["Pyongyang"],
  note="also 'Seoul and Tokyo have accused North Korea of sending troops'")
F(d, "Japan", "contacted", "North Korea", "reported",
  "said Tokyo had lodged a strong protest with Pyongyang through its embassy in Beijing",
  alt_s=["Tokyo", "Sanae Takaichi"], alt_o=["Pyongyang"])
F(d, "Shinjiro Koizumi", "works_for", "Japan", "asserted", "Defence Minister Shinjiro Koizumi said Japan",
  role="defence minister")
F(d, "Japan", "sanctioned", "North Korea", "asserted",
  "Japan, which has imposed its own sanctions on North Korea since 2006", time="2006")
F(d, "Japan", "sanctioned", "North Korea", "hedged", "could tighten them further",
  alt_s=["Shinjiro Koizumi"], note="reported and hedged: hedged wins")
F(d, "Lee Jae-myung", "head_of", "South Korea", "asserted", "In Seoul, the office of President Lee Jae-myung",
  role="president")
F(d, "South Korea", "criticized", "North Korea", "asserted",
  "In Seoul, the office of President Lee Jae-myung condemned the launch",
  alt_s=["Lee Jae-myung", "Seoul"], alt_o=["Pyongyang"],
  note="also 'Seoul and Tokyo have accused North Korea of sending troops'")
F(d, "Cho Hyun", "contacted", "Marco Rubio", "reported",
  "South Korean Foreign Minister Cho Hyun spoke by phone with U.S. Secretary of State Marco Rubio",
  time="2026-03-10", alt_s=["South Korea"], alt_o=["United States"])
F(d, "Cho Hyun", "contacted", "Toshimitsu Motegi", "reported",
  "South Korean Foreign Minister Cho Hyun spoke by phone with U.S. Secretary of State Marco Rubio and Japanese Foreign Minister Toshimitsu Motegi",
  time="2026-03-10", alt_s=["South Korea"], alt_o=["Japan"])
F(d, "Cho Hyun", "works_for", "South Korea", "asserted", "South Korean Foreign Minister Cho Hyun",
  alt_o=["South Korean Foreign Ministry"], role="foreign minister")
F(d, "Marco Rubio", "works_for", "United States", "asserted", "U.S. Secretary of State Marco Rubio",
  alt_o=["U.S. State Department", "Donald Trump"], role="secretary of state")
F(d, "Toshimitsu Motegi", "works_for", "Japan", "asserted", "Japanese Foreign Minister Toshimitsu Motegi",
  alt_o=["Japanese Foreign Ministry"], role="foreign minister")
F(d, "China", "member_of", "United Nations Security Council", "asserted",
  "at the Security Council, where China and Russia have opposed new measures against Pyongyang", req=False,
  note="membership implied by acting in the council")
F(d, "Russia", "member_of", "United Nations Security Council", "asserted",
  "at the Security Council, where China and Russia have opposed new measures against Pyongyang", req=False,
  note="membership implied by acting in the council")
F(d, "United States", "allied_with", "South Korea", "asserted",
  "Washington reaffirmed its \"ironclad\" commitment to the defence of its ally South Korea", alt_s=["Washington"])
F(d, "United States", "party_to", "U.S.-South Korea Mutual Defense Treaty", "asserted",
  "under a mutual defence treaty the two countries signed in 1953", time="1953", alt_s=["Washington"])
F(d, "South Korea", "party_to", "U.S.-South Korea Mutual Defense Treaty", "asserted",
  "under a mutual defence treaty the two countries signed in 1953", time="1953")
F(d, "United States", "signed_agreement_with", "South Korea", "asserted",
  "under a mutual defence treaty the two countries signed in 1953", time="1953", alt_s=["Washington"])
F(d, "United States", "supported", "South Korea", "asserted",
  "Washington reaffirmed its \"ironclad\" commitment to the defence of its ally South Korea",
  alt_s=["Washington"], req=False, note="defence commitment read as support")
F(d, "Kim Yo Jong", "member_of", "Workers' Party of Korea", "asserted",
  "Kim Yo Jong, a senior official of the ruling Workers' Party of Korea", alt_p=["works_for"])
F(d, "Kim Jong Un", "head_of", "North Korea", "asserted", "the sister of leader Kim Jong Un", role="leader")
F(d, "North Korea", "threatened", "South Korea", "reported",
  "said North Korea would answer them with \"overwhelming\" force", time="2026-03-08",
  alt_s=["Kim Yo Jong", "Pyongyang"], alt_o=["Seoul"],
  note="'them' = the drills Seoul and Washington launched; Sunday before 2026-03-10")
F(d, "North Korea", "threatened", "United States", "reported",
  "said North Korea would answer them with \"overwhelming\" force", time="2026-03-08",
  alt_s=["Kim Yo Jong", "Pyongyang"], alt_o=["Washington"],
  note="'them' = the drills Seoul and Washington launched; Sunday before 2026-03-10")
F(d, "North Korea", "criticized", "South Korea", "reported", "called the drills a \"rehearsal for invasion\"",
  time="2026-03-08", alt_s=["Kim Yo Jong", "Pyongyang"], alt_o=["Seoul"], req=False,
  note="criticism of the drills, object through the drills")
F(d, "North Korea", "criticized", "United States", "reported", "called the drills a \"rehearsal for invasion\"",
  time="2026-03-08", alt_s=["Kim Yo Jong", "Pyongyang"], alt_o=["Washington"], req=False,
  note="criticism of the drills, object through the drills")
F(d, "North Korea", "supported", "Russia", "reported",
  "Seoul and Tokyo have accused North Korea of sending troops and artillery shells to Russia for its war in Ukraine",
  alt_s=["Pyongyang"], alt_o=["Moscow"])
F(d, "Russia", "in_conflict_with", "Ukraine", "asserted", "to Russia for its war in Ukraine")
F(d, "Russia", "supported", "North Korea", "hedged",
  "officials in both capitals have said Moscow may be helping Pyongyang improve its missiles in return",
  alt_s=["Moscow"], alt_o=["Pyongyang"], note="reported and hedged: hedged wins")
F(d, "Han Ji-woo", "works_for", "Korea Peninsula Futures Forum", "asserted",
  "Han Ji-woo, a senior fellow at the Korea Peninsula Futures Forum", role="senior fellow")
F(d, "Korea Peninsula Futures Forum", "based_in", "Seoul", "asserted",
  "the Korea Peninsula Futures Forum, a think tank in Seoul")
F(d, "Cho Hyun", "visited", "United States", "planned",
  "Cho is scheduled to travel to the United States next week for talks with Rubio", time="2026-03",
  note="'next week' after 2026-03-10")
F(d, "Cho Hyun", "met_with", "Marco Rubio", "planned",
  "Cho is scheduled to travel to the United States next week for talks with Rubio", time="2026-03",
  alt_p=["negotiating_with"], alt_s=["South Korea"], alt_o=["United States"])
F(d, "Sanae Takaichi", "visited", "Seoul", "hedged", "Takaichi is expected to visit Seoul in May",
  time="2026-05", alt_o=["South Korea"])
F(d, "Sanae Takaichi", "met_with", "Lee Jae-myung", "hedged",
  "Takaichi is expected to visit Seoul in May for a meeting with Lee", time="2026-05",
  alt_s=["Japan"], alt_o=["South Korea"])

# ---- zk08: HTML, published 2026-01-20 (Tuesday) ------------------------
d = "zk08"
F(d, "Mexico", "met_with", "China", "asserted",
  "Mexican and Chinese trade officials held their first formal talks on Monday", time="2026-01-19",
  alt_p=["negotiating_with"], alt_s=["Marcelo Ebrard"], alt_o=["Li Chenggang"])
F(d, "Mexico", "sanctioned", "China", "asserted",
  "the steep tariffs that Mexico imposed on Chinese goods at the start of the year", time="2026-01",
  note="in force since Jan. 1")
F(d, "China", "threatened", "Mexico", "reported", "It warned that Beijing \"reserves the right to take necessary measures\".",
  alt_s=["Chinese Ministry of Commerce", "Beijing"], note="also the lead: 'warning that it could retaliate'")
F(d, "Marcelo Ebrard", "works_for", "Mexico", "asserted", "Economy Secretary Marcelo Ebrard",
  alt_o=["Mexican Economy Ministry", "Claudia Sheinbaum"], role="economy secretary")
F(d, "Li Chenggang", "works_for", "China", "asserted",
  "Li Chenggang, China's international trade representative and vice minister of commerce",
  alt_o=["Chinese Ministry of Commerce"], role="international trade representative")
F(d, "Li Chenggang", "visited", "Mexico City", "asserted", "who arrived in the Mexican capital on Sunday",
  time="2026-01-18", alt_o=["Mexico"], note="Sunday before Tuesday 2026-01-20")
F(d, "Mexico City", "capital_of", "Mexico", "asserted",
  "The talks, held at the Economy Ministry in Mexico City, were led by Economy Secretary Marcelo Ebrard and Li Chenggang",
  note="'the Mexican capital' refers back to Mexico City")
F(d, "Marcelo Ebrard", "met_with", "Li Chenggang", "asserted",
  "were led by Economy Secretary Marcelo Ebrard and Li Chenggang", time="2026-01-19",
  alt_p=["negotiating_with"], note="the Monday talks")
F(d, "Mexican Economy Ministry", "based_in", "Mexico City", "asserted", "held at the Economy Ministry in Mexico City",
  req=False)
for c in ["South Korea", "India", "Thailand", "Indonesia"]:
    F(d, "Mexico", "sanctioned", c, "asserted",
      "China is the most affected, but the tariffs also apply to imports from South Korea, India, Thailand and Indonesia.",
      time="2026-01", note="coordinated list; tariffs since Jan. 1")
F(d, "Mexico", "signed_agreement_with", "China", "negated",
  "Mexico has never signed a free trade agreement with China")
F(d, "Mexico", "diplomatic_relations_with", "China", "asserted",
  "the two countries have had diplomatic relations since 1972", time="1972")
F(d, "Chinese Ministry of Commerce", "criticized", "Mexico", "asserted",
  "China's Ministry of Commerce said in a statement after the talks that the tariffs \"seriously damage the legitimate rights and interests\" of Chinese companies",
  alt_s=["China"], note="criticism of Mexico's tariffs")
F(d, "China", "sanctioned", "Mexico", "hedged",
  "Officials in Mexico City have said privately that China could impose duties on Mexican pork.",
  alt_s=["Beijing"], note="reported and hedged: hedged wins")
F(d, "Claudia Sheinbaum", "head_of", "Mexico", "asserted", "President Claudia Sheinbaum said at her morning news conference on Tuesday",
  role="president")
F(d, "Mexico", "imports_from", "China", "asserted", "China is Mexico's second-largest source of imports after the United States",
  alt_p=["trades_with"])
F(d, "Mexico", "imports_from", "United States", "asserted", "China is Mexico's second-largest source of imports after the United States",
  alt_p=["trades_with"])
F(d, "United States", "imports_from", "Mexico", "asserted", "which in turn buys more than 80% of Mexican exports",
  alt_p=["trades_with"])
for c in ["Mexico", "United States", "Canada"]:
    F(d, c, "party_to", "United States-Mexico-Canada Agreement", "asserted",
      "a review of the United States-Mexico-Canada Agreement (USMCA) that the three countries must complete by July",
      req=False, note="membership read from the agreement's name and 'the three countries'")
F(d, "Mexico", "negotiating_with", "United States", "planned",
  "a review of the United States-Mexico-Canada Agreement (USMCA) that the three countries must complete by July",
  alt_s=["Washington"], alt_o=["Washington"], req=False, note="a treaty review to come, read as negotiations")
F(d, "Donald Trump", "head_of", "United States", "asserted", "U.S. President Donald Trump", role="president")
F(d, "United States", "sanctioned", "Mexico", "asserted",
  "U.S. President Donald Trump, who has imposed tariffs on Mexican steel, aluminium and cars", alt_s=["Donald Trump"])
F(d, "United States", "criticized", "Mexico", "asserted",
  "has accused Mexico of serving as a back door for Chinese goods", alt_s=["Donald Trump"])
F(d, "BYD", "based_in", "China", "asserted", "Chinese carmaker BYD", req=False, note="demonym apposition for a company")
F(d, "Mexico", "met_with", "China", "planned",
  "The two sides agreed to hold a second round of talks in Beijing in March", time="2026-03",
  alt_p=["negotiating_with"], alt_s=["Marcelo Ebrard"], note="'in March' after 2026-01-20")
F(d, "Marcelo Ebrard", "visited", "Beijing", "hedged", "Ebrard is expected to lead the Mexican delegation",
  time="2026-03", alt_o=["China"], note="leading the delegation to the Beijing round")
F(d, "Daniela Ortuño", "works_for", "Centro de Análisis Comercial México-Asia", "asserted",
  "Daniela Ortuño, a trade economist at the Centro de Análisis Comercial México-Asia", role="trade economist")
F(d, "Centro de Análisis Comercial México-Asia", "based_in", "Mexico City", "asserted",
  "the Centro de Análisis Comercial México-Asia, a think tank in Mexico City")


# ---------------------------------------------------------------- checks
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def fail(msg):
    sys.exit("build_gold: " + msg)


def check_entities():
    alias = {}
    for e in ENTITIES:
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias and alias[k] != e["name"]:
                fail(f"alias {a!r} of {e['name']} collides with {alias[k]}")
            alias[k] = e["name"]
    return alias


ABBREV = {"U.S.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "No.", "D.C.", "S."}


def sentence_bounds(text, start, end):
    """Widen [start, end) to the sentence it sits in (line, tag or sentence end)."""
    def is_boundary(i):  # a boundary sits between text[i-1] and text[i]
        if i <= 0 or i >= len(text):
            return True
        if text[i - 1] in "\n>" or text[i] in "<\n":
            return True
        # sentence end: [.?!] optionally followed by a quote, then a space, then a capital or quote
        j = i
        if text[j - 1] != " ":
            return False
        k = j - 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
        prev = text[:k]
        m = re.search(r"(\S+)$", prev)
        tok = m.group(1) if m else ""
        tok_core = tok.rstrip('"\u201d\'')
        if not tok_core.endswith((".", "?", "!")):
            return False
        if tok_core in ABBREV:
            return False
        return j < len(text) and (text[j].isupper() or text[j] in '"\u201c')
    s = start
    while not is_boundary(s):
        s -= 1
    e = end
    while not is_boundary(e):
        e += 1
    return s, e


def doc_meta(fname, raw):
    if fname.endswith(".html"):
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        style = "html"
    else:
        lines = raw.split("\n")
        if lines[1].startswith("Published: "):
            title = lines[0].strip()
            published = lines[1][len("Published: "):].strip()
            style = "newspaper"
        else:
            title, published, style = "", "", "wire"
    return title, published, style


def main():
    alias = check_entities()
    etype = {e["name"]: e["type"] for e in ENTITIES}
    canon = lambda n: alias.get(norm(n))
    raw = {}
    for tag, fname in DOCS.items():
        with open(os.path.join(CORPUS, fname), encoding="utf-8") as f:
            raw[tag] = f.read()

    merged = OrderedDict()
    statements = []
    seen = set()
    for fa in FACTS:
        for role, n in (("s", fa["s"]), ("o", fa["o"])):
            if n not in etype:
                fail(f"{fa['doc']}: {role} {n!r} is not an entity name")
        for n in fa["alt_s"] + fa["alt_o"]:
            if canon(n) is None:
                fail(f"{fa['doc']}: alt {n!r} resolves to no entity")
        if fa["p"] not in SIG:
            fail(f"unknown predicate {fa['p']}")
        if fa["mod"] not in POLARITY:
            fail(f"unknown modality {fa['mod']}")
        st, ot = SIG[fa["p"]]
        if st and etype[fa["s"]] not in st:
            fail(f"{fa['doc']}: {fa['s']} ({etype[fa['s']]}) cannot be subject of {fa['p']}")
        if ot and etype[fa["o"]] not in ot:
            fail(f"{fa['doc']}: {fa['o']} ({etype[fa['o']]}) cannot be object of {fa['p']}")
        if fa["time"] and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", fa["time"]):
            fail(f"bad time {fa['time']}")
        text = raw[fa["doc"]]
        pos = text.find(fa["ev"])
        if pos < 0:
            fail(f"{fa['doc']}: evidence not in article: {fa['ev']!r}")
        pol = POLARITY[fa["mod"]]
        s, o = fa["s"], fa["o"]
        if fa["p"] in SYMMETRIC and s > o:
            s, o = o, s
        key = (s, fa["p"], o, pol)
        if (key, fa["doc"]) in seen:
            fail(f"{fa['doc']}: duplicate fact {key}")
        seen.add((key, fa["doc"]))
        fname = DOCS[fa["doc"]]
        if key not in merged:
            row = OrderedDict(s=fa["s"], p=fa["p"], o=fa["o"], docs=[fname], modality=fa["mod"])
            if fa["time"]:
                row["time"] = fa["time"]
            row["required"] = fa["req"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if fa[k]:
                    row[k] = list(fa[k])
            if fa["note"]:
                row["note"] = fa["note"]
            merged[key] = row
        else:
            row = merged[key]
            if row["modality"] != fa["mod"] or row.get("time") != fa["time"] or row["required"] != fa["req"]:
                fail(f"conflicting rows for {key}: {row} vs {fa}")
            row["docs"].append(fname)
            for k in ("alt_s", "alt_p", "alt_o"):
                for v in fa[k]:
                    row.setdefault(k, [])
                    if v not in row[k]:
                        row[k].append(v)
            if fa["note"] and fa["note"] not in row.get("note", ""):
                row["note"] = (row.get("note", "") + "; " if row.get("note") else "") + fa["note"]
        title, published, style = doc_meta(fname, text)
        a, b = sentence_bounds(text, pos, pos + len(fa["ev"]))
        sentence = text[a:b].strip()
        a = text.index(sentence, a)
        statements.append(OrderedDict(
            subject=fa["s"], subject_type=etype[fa["s"]], predicate=fa["p"],
            object=fa["o"], object_type=etype[fa["o"]], modality=fa["mod"],
            time=fa["time"] or "", role=fa["role"] or "", commodity=fa["commodity"] or "",
            confidence=1.0, source="corpus/" + fname, doc=fname, title=title,
            published=published, sentence=sentence, start=a, end=a + len(sentence),
            rule="gold"))

    # no gold unit may be reachable from two rows through a main spelling
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for row in merged.values():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # summary
    rows = list(merged.values())
    print(f"entities={len(ENTITIES)} rows={len(rows)} required={sum(r['required'] for r in rows)} "
          f"with_time={sum('time' in r for r in rows)} statements={len(statements)}")
    for tag, fname in DOCS.items():
        rs = [r for r in rows if fname in r["docs"]]
        print(f"  {tag} {fname}: facts={len(rs)} required={sum(r['required'] for r in rs)}")


if __name__ == "__main__":
    main()
