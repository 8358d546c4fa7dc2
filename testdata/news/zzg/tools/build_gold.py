#!/usr/bin/env python3
"""Build and check the gold standard of news set zzg (stdlib only).

Holds every entity and every gold row with one evidence phrase per cited
document, checks them against the articles in ../corpus and SCHEMA.md, and
writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl into the
set folder. On any failed check it prints the problems, writes nothing and
exits 1.

    python3 tools/build_gold.py            # check and write
    python3 tools/build_gold.py --stats    # check, write and print counts
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzg01_thai_myanmar_border.txt",
    "02": "zzg02_rohingya_dhaka.txt",
    "03": "zzg03_kachin_kunming_talks.txt",
    "04": "zzg04_asean_myanmar_election.txt",
    "05": "zzg05_fiji_australia_maritime.txt",
    "06": "zzg06_tonga_china_debt.txt",
    "07": "zzg07_southern_ocean_patrols.html",
    "08": "zzg08_chile_china_antarctic.html",
}

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = TYPES
P, C, O = "Person", "Country", "Organization"
CI, R_, A, F = "City", "Region", "Agreement", "Facility"
SIG = {  # predicate: (subject types, object types, symmetric)
    "head_of": ({P}, {C, O}, False),
    "works_for": ({P}, {P, C, O}, False),
    "member_of": ({P, C, O}, {O}, False),
    "citizen_of": ({P}, {C}, False),
    "lives_in": ({P}, {CI, R_, C}, False),
    "based_in": ({O, F}, {CI, R_, C}, False),
    "located_in": ({CI, R_, C, F}, {R_, C, CI}, False),
    "capital_of": ({CI}, {C, R_}, False),
    "borders": ({C, R_}, {C, R_}, True),
    "met_with": ({P, C, O}, {P, C, O}, True),
    "visited": ({P, O}, {C, CI, R_}, False),
    "negotiating_with": (ANY, ANY, True),
    "contacted": (ANY, ANY, False),
    "brokered": ({C, P, O}, {A}, False),
    "party_to": ({C, O}, {A}, False),
    "signed_agreement_with": (ANY, ANY, True),
    "candidate_for": ({C, O}, {A, O}, False),
    "normalized_relations_with": (ANY, ANY, True),
    "diplomatic_relations_with": (ANY, ANY, True),
    "allied_with": (ANY, ANY, True),
    "recognizes": ({C}, {C}, False),
    "supported": (ANY, ANY, False),
    "criticized": (ANY, ANY, False),
    "threatened": (ANY, ANY, False),
    "sanctioned": (ANY, ANY, False),
    "in_conflict_with": (ANY, ANY, True),
    "attacked": (ANY, ANY, False),
    "killed": ({P, O}, {P}, False),
    "took_control_of": ({C, O}, {R_, CI, F}, False),
    "blockaded": (ANY, ANY, False),
    "seceded_from": ({R_}, {C}, False),
    "gained_independence_from": ({C}, {C}, False),
    "imports_from": ({C}, {C}, False),
    "trades_with": (ANY, ANY, True),
}
# relations that hold as states: never a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "diplomatic_relations_with",
          "allied_with", "in_conflict_with", "trades_with", "imports_from"}
MODALITIES = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
              "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # --- Myanmar cluster
    ("Myanmar", "Country", ["Myanmar's central government", "Myanmar's government"]),
    ("Myanmar military", "Organization", ["Myanmar's military", "military", "junta", "military government", "army", "generals"]),
    ("Thailand", "Country", ["Thai"]),
    ("Min Aung Hlaing", "Person", ["Senior General Min Aung Hlaing"]),
    ("Sihasak Phuangketkeow", "Person", ["Sihasak", "Thai Foreign Minister Sihasak Phuangketkeow"]),
    ("Than Swe", "Person", ["Myanmar Foreign Minister Than Swe"]),
    ("Anutin Charnvirakul", "Person", ["Anutin", "Thai Prime Minister Anutin Charnvirakul"]),
    ("Bangkok", "City", []),
    ("Mae Sot", "City", []),
    ("Myawaddy", "City", ["Myawaddy township"]),
    ("Tak province", "Region", ["Tak"]),
    ("Kayin State", "Region", ["Kayin"]),
    ("Karen National Union", "Organization", ["KNU"]),
    ("Nationwide Ceasefire Agreement", "Agreement", []),
    ("KK Park", "Facility", []),
    ("ASEAN", "Organization", ["Association of Southeast Asian Nations"]),
    ("Somchai Kaewmanee", "Person", ["Somchai"]),
    ("Salween Rights Network", "Organization", []),
    ("Naw Eh Paw", "Person", []),
    ("Naypyitaw", "City", []),
    ("Bangladesh", "Country", ["Bangladeshi"]),
    ("Khalilur Rahman", "Person", ["Rahman"]),
    ("Muhammad Yunus", "Person", ["Yunus"]),
    ("China", "Country", ["Chinese", "Beijing", "People's Republic of China", "Chinese embassy"]),
    ("Deng Xijun", "Person", ["Deng"]),
    ("Dhaka", "City", []),
    ("Cox's Bazar", "Region", []),
    ("Arakan Army", "Organization", []),
    ("Maungdaw", "City", []),
    ("Rakhine State", "Region", ["Rakhine"]),
    ("Kunming", "City", []),
    ("Arrangement on Return of Displaced Persons from Rakhine State", "Agreement", []),
    ("Nur Kamal", "Person", ["Kamal"]),
    ("Mohib Ullah", "Person", []),
    ("Arakan Rohingya Salvation Army", "Organization", ["ARSA"]),
    ("Ataullah Abu Ammar Jununi", "Person", ["Ataullah"]),
    ("East Pakistan", "Region", []),
    ("Pakistan", "Country", []),
    ("Kachin Independence Army", "Organization", ["KIA"]),
    ("Lamung Seng Naw", "Person", []),
    ("Laiza", "City", []),
    ("Thet Naing Oo", "Person", ["Brigadier General Thet Naing Oo"]),
    ("Bhamo", "City", []),
    ("Hkawng Seng Mai", "Person", []),
    ("Chipwi", "City", []),
    ("Pangwa", "City", []),
    ("Kachin State", "Region", ["Kachin"]),
    ("Labang Gam Awng", "Person", []),
    ("Haigeng ceasefire", "Agreement", []),
    ("Myanmar National Democratic Alliance Army", "Organization", ["MNDAA"]),
    ("Lashio", "City", []),
    ("Shan State", "Region", ["northern Shan State"]),
    ("Philippines", "Country", ["Philippine"]),
    ("Malaysia", "Country", []),
    ("Five-Point Consensus", "Agreement", []),
    ("Jakarta", "City", []),
    ("Theresa Lazaro", "Person", ["Lazaro", "Philippine Foreign Secretary Theresa Lazaro"]),
    ("Aung San Suu Kyi", "Person", ["Suu Kyi"]),
    ("National League for Democracy", "Organization", ["NLD"]),
    ("United States", "Country", []),
    ("European Union", "Organization", []),
    ("Union Solidarity and Development Party", "Organization", []),
    ("National Unity Government", "Organization", []),
    ("Russia", "Country", ["Moscow"]),
    ("India", "Country", []),
    ("Subrahmanyam Jaishankar", "Person", ["Jaishankar"]),
    ("New Delhi", "City", []),
    ("Sittwe", "City", []),
    ("Sasiwimon Boonruang", "Person", ["Sasiwimon"]),
    ("Chulalongkorn University", "Organization", []),
    ("Cambodia", "Country", []),
    ("Thailand-Cambodia ceasefire", "Agreement", ["ceasefire between Thailand and Cambodia"]),
    ("Timor-Leste", "Country", []),
    ("United Kingdom", "Country", ["Britain"]),
    # --- Pacific / Southern Ocean cluster
    ("Fiji", "Country", ["Fijian"]),
    ("Australia", "Country", ["Australian", "Canberra"]),
    ("Suva", "City", []),
    ("Vuvale Maritime Arrangement", "Agreement", []),
    ("Vuvale Partnership", "Agreement", []),
    ("Penny Wong", "Person", ["Wong", "Australian Foreign Minister Penny Wong"]),
    ("Sitiveni Rabuka", "Person", ["Rabuka", "Fijian Prime Minister Sitiveni Rabuka"]),
    ("Pacific Islands Forum", "Organization", ["Forum"]),
    ("New Zealand", "Country", ["Wellington"]),
    ("Honiara", "City", []),
    ("Solomon Islands", "Country", []),
    ("Jeremiah Manele", "Person", ["Manele"]),
    ("Baron Waqa", "Person", ["Waqa"]),
    ("Salote Naivalu", "Person", []),
    ("University of the South Pacific", "Organization", []),
    ("Tonga", "Country", ["Tongan"]),
    ("Aisake Eke", "Person", ["Eke"]),
    ("Zhang Lihua", "Person", ["Zhang"]),
    ("Nuku'alofa", "City", []),
    ("Tupou VI", "Person", ["King Tupou VI"]),
    ("Taiwan", "Country", ["Taipei", "Republic of China", "Taiwanese"]),
    ("Pacific Resilience Facility", "Organization", []),
    ("Pacific Debt Watch", "Organization", []),
    ("Mele Havili", "Person", []),
    ("Export-Import Bank of China", "Organization", []),
    ("Southern Ocean Patrol Arrangement", "Agreement", ["patrol arrangement"]),
    ("Hobart", "City", []),
    ("CCAMLR", "Organization", ["Commission for the Conservation of Antarctic Marine Living Resources"]),
    ("Murray Watt", "Person", ["Watt"]),
    ("Shane Jones", "Person", ["Jones"]),
    ("Andrés Ibáñez", "Person", ["Ibáñez"]),
    ("Chile", "Country", ["Chilean"]),
    ("Tasmania", "Region", []),
    ("Antarctic Treaty", "Agreement", ["1959 Antarctic Treaty"]),
    ("Scott Base", "Facility", []),
    ("Ross Island", "Region", []),
    ("Qinling Station", "Facility", ["Qinling"]),
    ("Inexpressible Island", "Region", []),
    ("Ross Sea", "Region", []),
    ("Argentina", "Country", []),
    ("France", "Country", []),
    ("Rebecca Thorne", "Person", ["Thorne"]),
    ("University of Tasmania", "Organization", []),
    ("Punta Arenas Antarctic Logistics Memorandum", "Agreement", []),
    ("Punta Arenas", "City", []),
    ("Ignacio Rojas", "Person", ["Rojas"]),
    ("Sun Yilin", "Person", []),
    ("Ministry of Natural Resources", "Organization", []),
    ("Chilean Antarctic Institute", "Organization", []),
    ("Magallanes Region", "Region", ["Magallanes"]),
    ("Strait of Magellan", "Region", []),
    ("Gabriel Boric", "Person", ["Boric", "Chilean President Gabriel Boric", "President Gabriel Boric"]),
    ("South Pole", "Region", []),
    ("Great Wall Station", "Facility", []),
    ("King George Island", "Region", []),
    ("Camila Errázuriz", "Person", ["Errázuriz"]),
    ("Republican Party", "Organization", []),
    ("Winston Peters", "Person", ["Peters"]),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, modality, ev, required=True, **kw):
    """ev: {doc: phrase} or {doc: (phrase, time)}; kw: alt_s, alt_p, alt_o, note, role, commodity."""
    ev2 = {}
    for d, v in ev.items():
        ev2[d] = v if isinstance(v, tuple) else (v, None)
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev2, required=required, **kw))


MM = "Myanmar military"
# ===== zzg01: Thai-Myanmar border talks (wire, Nov 13, no year)
R("Thailand", "borders", "Myanmar", "asserted", {"01": "reopen the main cargo crossing on their shared border"})
R("Sihasak Phuangketkeow", "works_for", "Thailand", "asserted", {"01": "Thai Foreign Minister Sihasak Phuangketkeow"}, role="foreign minister")
R("Than Swe", "works_for", "Myanmar", "asserted", {"01": "Myanmar Foreign Minister Than Swe", "04": "Myanmar's foreign minister, Than Swe"}, role="foreign minister", alt_o=[MM])
R("Sihasak Phuangketkeow", "met_with", "Than Swe", "asserted", {"01": "Thai Foreign Minister Sihasak Phuangketkeow met Myanmar Foreign Minister Than Swe in Bangkok"}, note="weekday only in a wire copy: no time")
R("Than Swe", "visited", "Bangkok", "asserted", {"01": "Than Swe, who flew into Bangkok on Wednesday"}, alt_o=["Thailand"])
R("Than Swe", "met_with", "Anutin Charnvirakul", "negated", {"01": "did not meet Thai Prime Minister Anutin Charnvirakul"})
R("Anutin Charnvirakul", "head_of", "Thailand", "asserted", {"01": "Thai Prime Minister Anutin Charnvirakul"}, role="prime minister")
R("Thailand", "imports_from", "Myanmar", "asserted", {"01": "Thailand, which imports natural gas from Myanmar's offshore fields"}, commodity="natural gas", alt_p=["trades_with"])
R("Thailand", "trades_with", "Myanmar", "asserted", {"01": "Thailand, which imports natural gas from Myanmar's offshore fields, is one of Myanmar's largest trading partners"})
R("Mae Sot", "located_in", "Tak province", "asserted", {"01": "Mae Sot lies in Thailand's Tak province"}, alt_o=["Thailand"])
R("Tak province", "located_in", "Thailand", "asserted", {"01": "Thailand's Tak province"})
R("Myawaddy", "located_in", "Kayin State", "asserted", {"01": "Myawaddy, on the opposite bank, is in Myanmar's Kayin State"}, alt_o=["Myanmar"])
R("Kayin State", "located_in", "Myanmar", "asserted", {"01": "Myanmar's Kayin State"})
R("Karen National Union", "in_conflict_with", "Myanmar", "asserted", {"01": "the Karen National Union (KNU) has been at war with Myanmar's central government since 1949"}, alt_o=[MM], note="'since 1949': a state, no time")
R("Karen National Union", "party_to", "Nationwide Ceasefire Agreement", "asserted", {"01": ("The KNU signed the Nationwide Ceasefire Agreement in 2015", "2015")})
R("Karen National Union", "criticized", "Thailand", "asserted", {"01": "the KNU accused Thailand of legitimising the junta"})
R("Min Aung Hlaing", "head_of", MM, "asserted", {"01": "Myanmar's military, led by Senior General Min Aung Hlaing", "03": "Min Aung Hlaing, the military chief", "04": "Myanmar's military chief, Senior General Min Aung Hlaing"}, role="commander-in-chief")
R(MM, "took_control_of", "KK Park", "reported", {"01": "said in October that its troops had taken control of KK Park"}, note="the military's own claim; 'in October' without a year in a wire copy: no time")
R("KK Park", "located_in", "Myawaddy", "asserted", {"01": "KK Park, a sprawling compound in Myawaddy township"})
R("Thailand", "sanctioned", "Myanmar", "negated", {"01": "He said Thailand had no plans to impose sanctions on Myanmar"}, note="hard case: the sentence before reports Thailand cutting power, fuel and internet to border towns against scam centres, which is not a sanction on Myanmar")
R("Thailand", "member_of", "ASEAN", "asserted", {"01": "Thailand and Myanmar are both members of the Association of Southeast Asian Nations", "04": "several members, led by Thailand"})
R("Myanmar", "member_of", "ASEAN", "asserted", {"01": "Thailand and Myanmar are both members of the Association of Southeast Asian Nations"})
R("Somchai Kaewmanee", "citizen_of", "Thailand", "asserted", {"01": "Somchai Kaewmanee, a Thai freight agent"})
R("Somchai Kaewmanee", "lives_in", "Mae Sot", "asserted", {"01": "a Thai freight agent who has lived in Mae Sot for two decades"})
R("Salween Rights Network", "based_in", "Mae Sot", "asserted", {"01": "The Salween Rights Network, a monitoring group based in Mae Sot"})
R("Salween Rights Network", "criticized", "Thailand", "asserted", {"01": "The Salween Rights Network, a monitoring group based in Mae Sot, criticised Thailand"})
R("Naw Eh Paw", "head_of", "Salween Rights Network", "asserted", {"01": "said the group's director, Naw Eh Paw"}, required=False, alt_p=["works_for"], role="director", note="'the group' must be resolved to the network named in the previous sentence")
R("Naypyitaw", "capital_of", "Myanmar", "asserted", {"01": "Myanmar's capital, Naypyitaw"})
R("Sihasak Phuangketkeow", "visited", "Naypyitaw", "planned", {"01": "Sihasak said he would travel to Myanmar's capital, Naypyitaw, early next year"}, alt_o=["Myanmar"])

# ===== zzg02: Rohingya, Dhaka (wire, Nov 19, no year)
R("Khalilur Rahman", "works_for", "Muhammad Yunus", "asserted", {"02": "Khalilur Rahman, the national security adviser to Bangladesh's interim leader Muhammad Yunus"}, role="national security adviser", alt_o=["Bangladesh"])
R("Muhammad Yunus", "head_of", "Bangladesh", "asserted", {"02": "Bangladesh's interim leader Muhammad Yunus"}, role="chief adviser")
R("Deng Xijun", "works_for", "China", "asserted", {"02": "China's special envoy for Asian affairs, Deng Xijun", "03": "Chinese officials, including special envoy Deng Xijun"}, role="special envoy for Asian affairs")
R("Khalilur Rahman", "met_with", "Deng Xijun", "asserted", {"02": "met China's special envoy for Asian affairs, Deng Xijun"})
R("Khalilur Rahman", "negotiating_with", "Deng Xijun", "asserted", {"02": "for what officials described as a frank discussion on repatriation"}, required=False, alt_s=["Bangladesh"], alt_o=["China"])
R("Deng Xijun", "visited", "Dhaka", "asserted", {"02": "Deng, who arrived in Dhaka on Tuesday"}, alt_o=["Bangladesh"])
R("Deng Xijun", "met_with", "Muhammad Yunus", "negated", {"02": "Deng, who arrived in Dhaka on Tuesday, did not meet Yunus"})
R("Deng Xijun", "visited", "Naypyitaw", "planned", {"02": "Deng is due to travel on to Naypyitaw on Friday"}, alt_o=["Myanmar"])
R("Cox's Bazar", "located_in", "Bangladesh", "asserted", {"02": "Cox's Bazar, a district in southeastern Bangladesh"})
R("Arakan Army", "took_control_of", "Maungdaw", "asserted", {"02": ("The Arakan Army, an ethnic Rakhine armed group, took control of the border town of Maungdaw in December 2024", "2024-12")})
R("Rakhine State", "borders", "Bangladesh", "asserted", {"02": "Rakhine State's frontier with Bangladesh"})
R("Rakhine State", "located_in", "Myanmar", "asserted", {"02": "Myanmar's Rakhine State"})
R("Arakan Army", "in_conflict_with", MM, "asserted", {"02": "fighting between the Arakan Army and Myanmar's military"})
R("Bangladesh", "contacted", "Arakan Army", "negated", {"02": "Rahman said Bangladesh had neither contacted nor negotiated with the Arakan Army"}, note="polarity trap: the next sentence reports contacts")
R("Bangladesh", "contacted", "Arakan Army", "reported", {"02": "said Bangladeshi border guards had contacted Arakan Army commanders"}, note="polarity trap: officials contradict Rahman's denial; subject is Bangladesh's border guards")
R("Bangladesh", "negotiating_with", "Arakan Army", "negated", {"02": "Rahman said Bangladesh had neither contacted nor negotiated with the Arakan Army"})
R("Bangladesh", "contacted", "Myanmar", "reported", {"02": "dealt only with Myanmar's government"}, required=False, alt_p=["negotiating_with"], note="Rahman's claim")
R("Bangladesh", "negotiating_with", "Myanmar", "planned", {"02": "Deng said China planned to host three-way talks with Bangladesh and Myanmar"})
R("China", "negotiating_with", "Bangladesh", "planned", {"02": "Deng said China planned to host three-way talks with Bangladesh and Myanmar"}, required=False, note="China hosts three-way talks")
R("China", "negotiating_with", "Myanmar", "planned", {"02": "Deng said China planned to host three-way talks with Bangladesh and Myanmar"}, required=False, note="China hosts three-way talks")
R("Bangladesh", "signed_agreement_with", "Myanmar", "asserted", {"02": ("Bangladesh and Myanmar signed the Arrangement on Return of Displaced Persons from Rakhine State in November 2017", "2017-11")})
R("Bangladesh", "party_to", "Arrangement on Return of Displaced Persons from Rakhine State", "asserted", {"02": ("Bangladesh and Myanmar signed the Arrangement on Return of Displaced Persons from Rakhine State in November 2017", "2017-11")})
R("Myanmar", "party_to", "Arrangement on Return of Displaced Persons from Rakhine State", "asserted", {"02": ("Bangladesh and Myanmar signed the Arrangement on Return of Displaced Persons from Rakhine State in November 2017", "2017-11")})
R("Nur Kamal", "lives_in", "Cox's Bazar", "asserted", {"02": "a fisherman from Maungdaw who has lived in Cox's Bazar since 2017"}, note="'from Maungdaw' is origin, not residence")
R("Nur Kamal", "citizen_of", "Myanmar", "negated", {"02": "Kamal has never been granted citizenship of Myanmar"})
R("Arakan Rohingya Salvation Army", "killed", "Mohib Ullah", "reported", {"02": ("Rohingya community leader Mohib Ullah was shot dead in the Kutupalong camp in September 2021, and Bangladeshi police said members of the Arakan Rohingya Salvation Army (ARSA) killed him", "2021-09")}, note="polarity trap: police claim, denied by ARSA in the same sentence")
R("Arakan Rohingya Salvation Army", "killed", "Mohib Ullah", "negated", {"02": "killed him, a charge the group has denied"}, note="polarity trap: ARSA's denial")
R("Ataullah Abu Ammar Jununi", "head_of", "Arakan Rohingya Salvation Army", "asserted", {"02": "ARSA's leader, Ataullah Abu Ammar Jununi"}, role="leader")
R("East Pakistan", "seceded_from", "Pakistan", "asserted", {"02": ("in 1971, when East Pakistan broke away from Pakistan", "1971")})
R("Bangladesh", "gained_independence_from", "Pakistan", "asserted", {"02": ("East Pakistan broke away from Pakistan and won independence as Bangladesh", "1971")}, required=False, note="needs East Pakistan = Bangladesh")
R("Bangladesh", "candidate_for", "ASEAN", "asserted", {"02": "Bangladesh, which has long sought to become a sectoral dialogue partner of the Association of Southeast Asian Nations"})

# ===== zzg03: KIA talks in Kunming (wire, Dec 4, no year)
R(MM, "met_with", "Kachin Independence Army", "asserted", {"03": "Myanmar's military and the Kachin Independence Army (KIA) held two days of talks in the Chinese city of Kunming"})
R(MM, "negotiating_with", "Kachin Independence Army", "asserted", {"03": "Myanmar's military and the Kachin Independence Army (KIA) held two days of talks in the Chinese city of Kunming"})
R("Kunming", "located_in", "China", "asserted", {"03": "the Chinese city of Kunming"})
R("Kachin Independence Army", "visited", "Kunming", "asserted", {"03": "held two days of talks in the Chinese city of Kunming"}, required=False, alt_o=["China"])
R(MM, "visited", "Kunming", "asserted", {"03": "held two days of talks in the Chinese city of Kunming"}, required=False, alt_o=["China"])
R("Kachin Independence Army", "signed_agreement_with", MM, "reported", {"03": "MRTV reported on Thursday that the KIA had signed a ceasefire with the military"}, note="polarity trap: state TV claim, denied by the KIA")
R("Kachin Independence Army", "signed_agreement_with", MM, "negated", {"03": "KIA spokesman Lamung Seng Naw denied that, saying the group had signed nothing"}, note="polarity trap; the lead also says the talks ended without a ceasefire")
R("Lamung Seng Naw", "works_for", "Kachin Independence Army", "asserted", {"03": "KIA spokesman Lamung Seng Naw"}, role="spokesman")
R("Kachin Independence Army", "based_in", "Laiza", "asserted", {"03": "Laiza, the KIA's headquarters on the Chinese border"})
R("Thet Naing Oo", "works_for", MM, "asserted", {"03": "A military spokesman, Brigadier General Thet Naing Oo"}, role="spokesman")
R("Thet Naing Oo", "criticized", "Kachin Independence Army", "asserted", {"03": "accused the KIA of shelling civilian areas"}, alt_s=[MM])
R("Kachin Independence Army", "blockaded", "Bhamo", "asserted", {"03": ("The KIA has blockaded Bhamo, a trading town on the Irrawaddy River, since launching an offensive there in December 2024", "2024")}, note="blockade begun with the December 2024 offensive; also 'its blockade of Bhamo' later")
R("Kachin Independence Army", "attacked", "Bhamo", "asserted", {"03": ("since launching an offensive there in December 2024", "2024-12")}, required=False, note="'there' = Bhamo")
R("Hkawng Seng Mai", "lives_in", "Bhamo", "asserted", {"03": "Hkawng Seng Mai, a teacher who lives in Bhamo"})
R("Kachin Independence Army", "took_control_of", "Chipwi", "asserted", {"03": ("The KIA seized the town of Chipwi and the rare-earth mining hub of Pangwa near the Chinese border in October 2024", "2024-10")})
R("Kachin Independence Army", "took_control_of", "Pangwa", "asserted", {"03": ("The KIA seized the town of Chipwi and the rare-earth mining hub of Pangwa near the Chinese border in October 2024", "2024-10")})
R("China", "imports_from", "Myanmar", "asserted", {"03": "China buys a large share of its heavy rare earths from mines in Myanmar's Kachin State"}, commodity="heavy rare earths", alt_p=["trades_with"])
R("Kachin State", "located_in", "Myanmar", "asserted", {"03": "Myanmar's Kachin State"})
R("China", "sanctioned", "Kachin Independence Army", "asserted", {"03": "it has kept several border crossings into KIA-held territory closed"}, required=False, alt_p=["blockaded"], note="border closure read as an embargo")
R("China", "threatened", "Kachin Independence Army", "reported", {"03": "Chinese officials threatened to keep the crossings shut unless the KIA lifted its blockade of Bhamo"})
R("Kachin Independence Army", "in_conflict_with", MM, "asserted", {"03": "The KIA has fought the military since a 17-year ceasefire collapsed in 2011"})
R(MM, "attacked", "Laiza", "reported", {"03": "military aircraft bombed the outskirts of Laiza"}, note="relief group's account")
R(MM, "killed", "Labang Gam Awng", "reported", {"03": "killing a village headman, Labang Gam Awng"})
R("China", "borders", "Myanmar", "asserted", {"03": "China, which shares a border of more than 2,000 km with Myanmar"})
R("China", "brokered", "Haigeng ceasefire", "asserted", {"03": ("In January 2024 China brokered the Haigeng ceasefire", "2024-01")})
R(MM, "party_to", "Haigeng ceasefire", "asserted", {"03": ("In January 2024 China brokered the Haigeng ceasefire between the military and three allied armed groups", "2024-01")}, required=False)
R("Myanmar National Democratic Alliance Army", "party_to", "Haigeng ceasefire", "asserted", {"03": ("the Haigeng ceasefire between the military and three allied armed groups, including the Myanmar National Democratic Alliance Army (MNDAA)", "2024-01")}, required=False)
R(MM, "signed_agreement_with", "Myanmar National Democratic Alliance Army", "asserted", {"03": ("the Haigeng ceasefire between the military and three allied armed groups, including the Myanmar National Democratic Alliance Army (MNDAA)", "2024-01")}, required=False)
R("Myanmar National Democratic Alliance Army", "took_control_of", "Lashio", "asserted", {"03": ("The MNDAA captured Lashio, the largest city in northern Shan State, in August 2024", "2024-08")})
R("Lashio", "located_in", "Shan State", "asserted", {"03": "Lashio, the largest city in northern Shan State"})
R(MM, "took_control_of", "Lashio", "asserted", {"03": ("handed it back to the military in April 2025", "2025-04")}, required=False, note="the military regained the city when the MNDAA handed it back")
R("Kachin Independence Army", "party_to", "Nationwide Ceasefire Agreement", "negated", {"03": "The KIA is not a party to the Nationwide Ceasefire Agreement"})

# ===== zzg04: ASEAN and Myanmar's election (newspaper, 2025-12-18)
R("ASEAN", "party_to", "Five-Point Consensus", "asserted", {"04": ("the Five-Point Consensus, the peace plan that ASEAN leaders agreed with Myanmar's military chief, Senior General Min Aung Hlaing, in Jakarta in April 2021", "2021-04")})
R(MM, "party_to", "Five-Point Consensus", "asserted", {"04": ("the peace plan that ASEAN leaders agreed with Myanmar's military chief", "2021-04")}, required=False, alt_s=["Myanmar"], note="agreed by the military chief in person")
R("ASEAN", "signed_agreement_with", MM, "asserted", {"04": ("the peace plan that ASEAN leaders agreed with Myanmar's military chief", "2021-04")}, required=False, alt_o=["Min Aung Hlaing", "Myanmar"])
R("Theresa Lazaro", "works_for", "Philippines", "asserted", {"04": "Philippine Foreign Secretary Theresa Lazaro"}, role="foreign secretary")
R("Philippines", "member_of", "ASEAN", "asserted", {"04": "The Philippines, which takes over the bloc's rotating chair from Malaysia in January"}, required=False, note="chair of 'the bloc' implies membership")
R("Malaysia", "member_of", "ASEAN", "asserted", {"04": "Malaysia, which chaired ASEAN this year"}, required=False)
R("ASEAN", "based_in", "Jakarta", "asserted", {"04": "ASEAN, which is based in Jakarta"})
R("ASEAN", "sanctioned", MM, "negated", {"04": "ASEAN, which is based in Jakarta, has never imposed sanctions on the junta"})
R("Aung San Suu Kyi", "head_of", "National League for Democracy", "asserted", {"04": "Aung San Suu Kyi, the leader of the National League for Democracy (NLD)"}, role="leader", alt_p=["member_of"])
R("United States", "sanctioned", MM, "asserted", {"04": "The United States and the European Union have imposed sanctions on the military since the coup"}, note="'since the coup' names no date in the sentence: no time")
R("European Union", "sanctioned", MM, "asserted", {"04": "The United States and the European Union have imposed sanctions on the military since the coup"})
R("Min Aung Hlaing", "head_of", "Myanmar", "asserted", {"04": "Min Aung Hlaing, who has also served as acting president since July 2024"}, role="acting president", note="polarity trap: the same sentence expects him to take the presidency")
R("Min Aung Hlaing", "head_of", "Myanmar", "hedged", {"04": "is widely expected to take the presidency once the new parliament meets"}, required=False, role="president", note="expectation, not fact")
R(MM, "supported", "Union Solidarity and Development Party", "asserted", {"04": "The military-backed Union Solidarity and Development Party"})
R("National Unity Government", "criticized", MM, "asserted", {"04": "has condemned the military for staging what it calls a sham vote"})
R("Russia", "supported", MM, "asserted", {"04": "Russia and China have publicly backed the military government"})
R("China", "supported", MM, "asserted", {"04": "Russia and China have publicly backed the military government"})
R("Myanmar", "imports_from", "Russia", "asserted", {"04": "Myanmar has bought fighter jets from Russia and China since the coup"}, commodity="fighter jets", alt_p=["trades_with"])
R("Myanmar", "imports_from", "China", "asserted", {"04": "Myanmar has bought fighter jets from Russia and China since the coup"}, commodity="fighter jets", alt_p=["trades_with"])
R("Russia", "allied_with", MM, "asserted", {"04": "Moscow has become one of the junta's closest partners"}, alt_o=["Myanmar"])
R("India", "borders", "Myanmar", "asserted", {"04": "India, which shares a border of more than 1,600 km with Myanmar"})
R("India", "criticized", MM, "negated", {"04": "has avoided public criticism of the junta"})
R("Subrahmanyam Jaishankar", "works_for", "India", "asserted", {"04": "India's External Affairs Minister Subrahmanyam Jaishankar"}, role="external affairs minister")
R("Subrahmanyam Jaishankar", "met_with", "Than Swe", "asserted", {"04": ("India's External Affairs Minister Subrahmanyam Jaishankar met Myanmar's foreign minister, Than Swe, in New Delhi last month", "2025-11")})
R("Than Swe", "visited", "New Delhi", "asserted", {"04": ("met Myanmar's foreign minister, Than Swe, in New Delhi last month", "2025-11")}, required=False, alt_o=["India"], note="travel inferred from the meeting place")
R("Sittwe", "located_in", "Rakhine State", "asserted", {"04": "the port of Sittwe in Rakhine State"})
R("Sasiwimon Boonruang", "works_for", "Chulalongkorn University", "asserted", {"04": "Sasiwimon Boonruang, a political scientist at Chulalongkorn University"}, role="political scientist")
R("Chulalongkorn University", "based_in", "Bangkok", "asserted", {"04": "Chulalongkorn University in Bangkok"})
R("Thailand", "negotiating_with", "Myanmar", "hedged", {"04": "Thailand may open formal talks with whatever government emerges from the vote"}, required=False, note="object is Myanmar's future government")
R("Malaysia", "brokered", "Thailand-Cambodia ceasefire", "asserted", {"04": ("Malaysia, which chaired ASEAN this year, brokered a ceasefire between Thailand and Cambodia in July", "2025-07")})
R("Thailand", "in_conflict_with", "Cambodia", "asserted", {"04": "a ceasefire between Thailand and Cambodia in July after five days of fighting along their border"})
R("Thailand", "borders", "Cambodia", "asserted", {"04": "five days of fighting along their border"}, required=False)
R("Thailand", "party_to", "Thailand-Cambodia ceasefire", "asserted", {"04": ("brokered a ceasefire between Thailand and Cambodia in July", "2025-07")}, required=False)
R("Cambodia", "party_to", "Thailand-Cambodia ceasefire", "asserted", {"04": ("brokered a ceasefire between Thailand and Cambodia in July", "2025-07")}, required=False)
R("Thailand", "signed_agreement_with", "Cambodia", "asserted", {"04": ("brokered a ceasefire between Thailand and Cambodia in July", "2025-07")}, required=False)
R("Timor-Leste", "member_of", "ASEAN", "asserted", {"04": "Timor-Leste, which became ASEAN's 11th member in October"})
R("Timor-Leste", "supported", "Philippines", "reported", {"04": "Timor-Leste, which became ASEAN's 11th member in October, backed the Philippine position"}, note="according to two diplomats")
R("Myanmar", "gained_independence_from", "United Kingdom", "asserted", {"04": ("Myanmar, which gained independence from Britain in 1948", "1948")})

# ===== zzg05: Fiji-Australia maritime pact (newspaper, 2025-10-22)
R("Fiji", "signed_agreement_with", "Australia", "asserted", {"05": ("Fiji and Australia signed the Vuvale Maritime Arrangement in Suva on Tuesday", "2025-10-21")})
R("Fiji", "party_to", "Vuvale Maritime Arrangement", "asserted", {"05": ("Fiji and Australia signed the Vuvale Maritime Arrangement in Suva on Tuesday", "2025-10-21")})
R("Australia", "party_to", "Vuvale Maritime Arrangement", "asserted", {"05": ("Fiji and Australia signed the Vuvale Maritime Arrangement in Suva on Tuesday", "2025-10-21")})
R("Fiji", "party_to", "Vuvale Partnership", "asserted", {"05": ("the Vuvale Partnership, which Fiji and Australia launched in 2019", "2019")})
R("Australia", "party_to", "Vuvale Partnership", "asserted", {"05": ("the Vuvale Partnership, which Fiji and Australia launched in 2019", "2019")})
R("Penny Wong", "works_for", "Australia", "asserted", {"05": "Australian Foreign Minister Penny Wong"}, role="foreign minister")
R("Penny Wong", "visited", "Suva", "asserted", {"05": ("Penny Wong, who flew to Suva on Monday", "2025-10-20")}, alt_o=["Fiji"])
R("Penny Wong", "met_with", "Sitiveni Rabuka", "asserted", {"05": ("met Fijian Prime Minister Sitiveni Rabuka on Tuesday morning", "2025-10-21")})
R("Penny Wong", "signed_agreement_with", "Sitiveni Rabuka", "asserted", {"05": ("met Fijian Prime Minister Sitiveni Rabuka on Tuesday morning before the two signed the document at his office", "2025-10-21")}, required=False)
R("Sitiveni Rabuka", "head_of", "Fiji", "asserted", {"05": "Fijian Prime Minister Sitiveni Rabuka"}, role="prime minister")
R("Fiji", "signed_agreement_with", "China", "negated", {"05": "Rabuka also said Fiji would not sign any new security agreement with China"}, note="polarity trap: same sentence reports the 2011 memorandum")
R("Fiji", "signed_agreement_with", "China", "asserted", {"05": ("Fiji and China signed a police cooperation memorandum in 2011", "2011")}, note="polarity trap")
R("China", "supported", "Fiji", "asserted", {"05": "under which Chinese officers have trained Fijian police"}, required=False)
R("Fiji", "contacted", "China", "negated", {"05": "Fiji had not contacted China before signing the new pact with Australia"})
R("China", "criticized", "Australia", "asserted", {"05": "The Chinese embassy in Suva criticised Australia"})
R("Australia", "supported", "Fiji", "asserted", {"05": "Australia is Fiji's largest aid donor"})
R("Australia", "allied_with", "Fiji", "asserted", {"05": "Australia is Fiji's largest aid donor and its closest security partner"})
R("Suva", "capital_of", "Fiji", "asserted", {"05": "Suva, the Fijian capital"})
R("Pacific Islands Forum", "based_in", "Suva", "asserted", {"05": "Suva, the Fijian capital, hosts the secretariat of the Pacific Islands Forum"})
R("Fiji", "member_of", "Pacific Islands Forum", "asserted", {"05": "the Pacific Islands Forum, whose 18 members include Fiji, Australia and New Zealand"})
R("Australia", "member_of", "Pacific Islands Forum", "asserted", {"05": "the Pacific Islands Forum, whose 18 members include Fiji, Australia and New Zealand"})
R("New Zealand", "member_of", "Pacific Islands Forum", "asserted", {"05": "the Pacific Islands Forum, whose 18 members include Fiji, Australia and New Zealand"})
R("Jeremiah Manele", "head_of", "Solomon Islands", "asserted", {"05": "Solomon Islands Prime Minister Jeremiah Manele"}, role="prime minister")
R("Pacific Islands Forum", "visited", "Honiara", "asserted", {"05": ("The Forum's leaders met in Honiara in September", "2025-09")}, required=False, alt_o=["Solomon Islands"])
R("Fiji", "gained_independence_from", "United Kingdom", "asserted", {"05": ("Fiji, which gained independence from Britain in 1970", "1970")})
R("Baron Waqa", "head_of", "Pacific Islands Forum", "asserted", {"05": "Forum Secretary General Baron Waqa"}, role="secretary general")
R("New Zealand", "candidate_for", "Vuvale Maritime Arrangement", "reported", {"05": "New Zealand has been invited to join the arrangement"}, note="according to an Australian official")
R("New Zealand", "party_to", "Vuvale Maritime Arrangement", "hedged", {"05": "New Zealand has been invited to join the arrangement and could do so next year"})
R("Salote Naivalu", "works_for", "University of the South Pacific", "asserted", {"05": "Salote Naivalu, a researcher at the University of the South Pacific"}, role="researcher")
R("University of the South Pacific", "based_in", "Suva", "asserted", {"05": "the University of the South Pacific in Suva"})

# ===== zzg06: Tonga's China loans (newspaper, 2025-11-05)
R("Aisake Eke", "head_of", "Tonga", "asserted", {"06": "Tongan Prime Minister Aisake Eke"}, role="prime minister")
R("Tonga", "negotiating_with", "China", "reported", {"06": "Tongan and Chinese officials have been negotiating a new repayment schedule since August"}, alt_p=["contacted"], note="also 'Tonga has asked China to delay repayments'")
R("Aisake Eke", "met_with", "Zhang Lihua", "asserted", {"06": ("Eke met Zhang Lihua, China's special envoy for Pacific Island affairs, on Tuesday", "2025-11-04")})
R("Aisake Eke", "negotiating_with", "Zhang Lihua", "asserted", {"06": ("Eke met Zhang Lihua, China's special envoy for Pacific Island affairs, on Tuesday for two hours of talks", "2025-11-04")}, required=False)
R("Zhang Lihua", "works_for", "China", "asserted", {"06": "Zhang Lihua, China's special envoy for Pacific Island affairs"}, role="special envoy for Pacific Island affairs")
R("Zhang Lihua", "visited", "Nuku'alofa", "asserted", {"06": ("Zhang, who arrived in Nuku'alofa on Monday", "2025-11-03")}, alt_o=["Tonga"])
R("Zhang Lihua", "met_with", "Tupou VI", "negated", {"06": "did not meet King Tupou VI"})
R("Tupou VI", "head_of", "Tonga", "asserted", {"06": "King Tupou VI, Tonga's head of state"}, role="king")
R("China", "supported", "Tonga", "planned", {"06": "Zhang said China \"will continue to support Tonga's development\""}, note="polarity trap: a pledge; a later sentence asserts past support")
R("China", "supported", "Tonga", "asserted", {"06": "China has become one of Tonga's largest donors"}, note="polarity trap")
R("China", "threatened", "Tonga", "negated", {"06": "Eke denied that China had threatened Tonga over the repayments"})
R("Export-Import Bank of China", "supported", "Tonga", "asserted", {"06": "Loans from the Export-Import Bank of China account for more than half of Tonga's external debt"}, required=False)
R("Tonga", "diplomatic_relations_with", "China", "asserted", {"06": "Tonga has recognised Beijing since 1998"}, required=False)
R("Tonga", "recognizes", "China", "asserted", {"06": "Tonga has recognised Beijing since 1998"}, note="'since 1998': a state, no time")
R("Tonga", "recognizes", "Taiwan", "negated", {"06": "when it cut ties with Taiwan"}, required=False)
R("Tonga", "diplomatic_relations_with", "Taiwan", "negated", {"06": "Tonga no longer has diplomatic relations with Taiwan"})
R("Australia", "supported", "Tonga", "asserted", {"06": ("After the eruption of the Hunga Tonga-Hunga Ha'apai volcano in January 2022, Australia and New Zealand flew in aid to Tonga", "2022-01")})
R("New Zealand", "supported", "Tonga", "asserted", {"06": ("After the eruption of the Hunga Tonga-Hunga Ha'apai volcano in January 2022, Australia and New Zealand flew in aid to Tonga", "2022-01")})
R("Nuku'alofa", "capital_of", "Tonga", "asserted", {"06": "Nuku'alofa, Tonga's capital"})
R("Pacific Resilience Facility", "based_in", "Nuku'alofa", "asserted", {"06": "Nuku'alofa, Tonga's capital, is also home to the Pacific Resilience Facility"})
R("Pacific Islands Forum", "supported", "Pacific Resilience Facility", "asserted", {"06": "a fund backed by Pacific Islands Forum leaders"}, required=False)
R("Tonga", "member_of", "Pacific Islands Forum", "asserted", {"06": "Tonga is a founding member of the Forum"})
R("Zhang Lihua", "visited", "Honiara", "planned", {"06": ("Zhang is due to fly to Honiara", "2025-11-07")}, alt_o=["Solomon Islands"])
R("Honiara", "capital_of", "Solomon Islands", "asserted", {"06": "Honiara, the capital of Solomon Islands"})
R("Solomon Islands", "recognizes", "China", "asserted", {"06": ("Solomon Islands, which switched recognition from Taiwan to China in 2019", "2019")})
R("Solomon Islands", "recognizes", "Taiwan", "negated", {"06": "switched recognition from Taiwan to China in 2019"}, required=False)
R("Solomon Islands", "signed_agreement_with", "China", "asserted", {"06": ("signed a security agreement with Beijing in 2022", "2022")})
R("China", "supported", "Solomon Islands", "asserted", {"06": "allows Chinese police to train local officers"}, required=False)
R("Solomon Islands", "diplomatic_relations_with", "China", "asserted", {"06": "Solomon Islands, which switched recognition from Taiwan to China in 2019"}, required=False)
R("Solomon Islands", "diplomatic_relations_with", "Taiwan", "negated", {"06": "it no longer has diplomatic relations with Taipei"})
R("Mele Havili", "works_for", "Pacific Debt Watch", "asserted", {"06": "Mele Havili, an economist with the Suva-based research group Pacific Debt Watch"}, role="economist")
R("Pacific Debt Watch", "based_in", "Suva", "asserted", {"06": "the Suva-based research group Pacific Debt Watch"})

# ===== zzg07: Southern Ocean patrols (HTML, 2025-11-20)
SOPA = "Southern Ocean Patrol Arrangement"
SOPA_EV = "Australia, New Zealand and Chile signed the Southern Ocean Patrol Arrangement in Hobart on Tuesday"
SOPA_EV8 = "Chile signed the Southern Ocean Patrol Arrangement with Australia and New Zealand in Hobart"
R("Australia", "signed_agreement_with", "New Zealand", "asserted", {"07": (SOPA_EV, "2025-11-18")})
R("Australia", "signed_agreement_with", "Chile", "asserted", {"07": (SOPA_EV, "2025-11-18"), "08": (SOPA_EV8, "2025-11")}, note="08: 'two months' before 2026-01-13")
R("New Zealand", "signed_agreement_with", "Chile", "asserted", {"07": (SOPA_EV, "2025-11-18"), "08": (SOPA_EV8, "2025-11")})
R("Australia", "party_to", SOPA, "asserted", {"07": (SOPA_EV, "2025-11-18")})
R("New Zealand", "party_to", SOPA, "asserted", {"07": (SOPA_EV, "2025-11-18")})
R("Chile", "party_to", SOPA, "asserted", {"07": (SOPA_EV, "2025-11-18"), "08": (SOPA_EV8, "2025-11")})
R("Murray Watt", "works_for", "Australia", "asserted", {"07": "Australian Environment Minister Murray Watt"}, role="environment minister")
R("Shane Jones", "works_for", "New Zealand", "asserted", {"07": "New Zealand\u2019s Oceans and Fisheries Minister Shane Jones"}, role="oceans and fisheries minister")
R("Andrés Ibáñez", "works_for", "Chile", "asserted", {"07": "Chile\u2019s ambassador to Australia, Andrés Ibáñez"}, role="ambassador to Australia")
R("Murray Watt", "met_with", "Shane Jones", "asserted", {"07": "Watt and Jones held talks before the ceremony"}, note="date only through 'the ceremony': no time")
R("Murray Watt", "negotiating_with", "Shane Jones", "asserted", {"07": "Watt and Jones held talks before the ceremony"}, required=False)
R("Shane Jones", "visited", "Hobart", "asserted", {"07": "Jones, who travelled to Hobart for the signing"}, alt_o=["Australia"])
R("Hobart", "capital_of", "Tasmania", "asserted", {"07": "Hobart, the capital of Tasmania"})
R("CCAMLR", "based_in", "Hobart", "asserted", {"07": "Hobart, the capital of Tasmania, is the headquarters of CCAMLR"})
R("China", "member_of", "CCAMLR", "asserted", {"07": "because China and Russia, both CCAMLR members, withheld their consent"})
R("Russia", "member_of", "CCAMLR", "asserted", {"07": "because China and Russia, both CCAMLR members, withheld their consent"})
R("Shane Jones", "criticized", "China", "asserted", {"07": "Jones criticised China and Russia for what he called years of obstruction"})
R("Shane Jones", "criticized", "Russia", "asserted", {"07": "Jones criticised China and Russia for what he called years of obstruction"})
R("China", "candidate_for", SOPA, "negated", {"07": "Neither China nor Russia has been invited to join the patrol arrangement"})
R("Russia", "candidate_for", SOPA, "negated", {"07": "Neither China nor Russia has been invited to join the patrol arrangement"})
R("Australia", "party_to", "Antarctic Treaty", "asserted", {"07": ("Australia, New Zealand and Chile were among the 12 original signatories of the 1959 Antarctic Treaty", "1959")})
R("New Zealand", "party_to", "Antarctic Treaty", "asserted", {"07": ("Australia, New Zealand and Chile were among the 12 original signatories of the 1959 Antarctic Treaty", "1959")})
R("Chile", "party_to", "Antarctic Treaty", "asserted", {"07": ("Australia, New Zealand and Chile were among the 12 original signatories of the 1959 Antarctic Treaty", "1959"), "08": ("Chile, an original signatory of the 1959 Antarctic Treaty", "1959")})
R("China", "party_to", "Antarctic Treaty", "asserted", {"07": ("China joined the treaty in 1983", "1983")}, note="also the embassy's 'a responsible party to the Antarctic Treaty'")
R("New Zealand", "allied_with", "Australia", "asserted", {"07": "New Zealand, Australia\u2019s closest ally"})
R("Scott Base", "located_in", "Ross Island", "asserted", {"07": "runs Scott Base on Ross Island"})
R("Qinling Station", "located_in", "Inexpressible Island", "asserted", {"07": "Qinling, on Inexpressible Island in the Ross Sea"}, alt_o=["Ross Sea"])
R("Inexpressible Island", "located_in", "Ross Sea", "asserted", {"07": "Inexpressible Island in the Ross Sea"})
R("Australia", "normalized_relations_with", "China", "asserted", {"07": "Relations between Australia and China have been restored"})
R("China", "sanctioned", "Australia", "asserted", {"07": ("Beijing lifted the trade sanctions it imposed on Australian barley and wine in 2020", "2020")}, note="sanctions since lifted; the imposing is the fact")
R("Argentina", "party_to", SOPA, "hedged", {"07": "Officials said Argentina and France, which also have interests in the Southern Ocean, might join the arrangement next year"})
R("France", "party_to", SOPA, "hedged", {"07": "Officials said Argentina and France, which also have interests in the Southern Ocean, might join the arrangement next year"})
R("Rebecca Thorne", "works_for", "University of Tasmania", "asserted", {"07": "Rebecca Thorne, a fisheries analyst at the University of Tasmania"}, role="fisheries analyst")
R("University of Tasmania", "based_in", "Hobart", "asserted", {"07": "the University of Tasmania in Hobart"})

# ===== zzg08: Chile-China Antarctic logistics (HTML, 2026-01-15)
PALM = "Punta Arenas Antarctic Logistics Memorandum"
PALM_EV = "Chile and China signed the Punta Arenas Antarctic Logistics Memorandum on Tuesday"
R("Chile", "signed_agreement_with", "China", "reported", {"08": (PALM_EV, "2026-01-13")}, note="attributed to Chile's foreign ministry")
R("Chile", "party_to", PALM, "reported", {"08": (PALM_EV, "2026-01-13")})
R("China", "party_to", PALM, "reported", {"08": (PALM_EV, "2026-01-13")})
R("Ignacio Rojas", "works_for", "Chile", "asserted", {"08": "Ignacio Rojas, head of the Antarctic department at Chile\u2019s foreign ministry"}, role="head of the foreign ministry's Antarctic department")
R("Sun Yilin", "works_for", "Ministry of Natural Resources", "asserted", {"08": "Sun Yilin, a senior official of China\u2019s Ministry of Natural Resources"}, alt_o=["China"], role="senior official")
R("Ignacio Rojas", "met_with", "Sun Yilin", "asserted", {"08": "The memorandum was signed in Punta Arenas by Ignacio Rojas"}, required=False, note="co-signatories; a meeting is implied")
R("Ignacio Rojas", "signed_agreement_with", "Sun Yilin", "asserted", {"08": "The memorandum was signed in Punta Arenas by Ignacio Rojas"}, required=False)
R("Chilean Antarctic Institute", "based_in", "Punta Arenas", "asserted", {"08": "The Chilean Antarctic Institute, which is based in Punta Arenas"})
R("Punta Arenas", "capital_of", "Magallanes Region", "asserted", {"08": "Punta Arenas, the capital of the Magallanes region"})
R("Punta Arenas", "located_in", "Strait of Magellan", "asserted", {"08": "sits on the Strait of Magellan"}, required=False, note="on the shore of the strait")
R("Gabriel Boric", "head_of", "Chile", "asserted", {"08": "Chilean President Gabriel Boric"}, role="president")
R("Gabriel Boric", "visited", "South Pole", "asserted", {"08": ("who last year became the first Chilean president to visit the South Pole", "2025")})
R("Chile", "trades_with", "China", "asserted", {"08": "China is Chile\u2019s largest trading partner"})
R("China", "imports_from", "Chile", "asserted", {"08": "buys more than half of Chile\u2019s copper exports"}, commodity="copper", alt_p=["trades_with"])
R("Chile", "diplomatic_relations_with", "China", "asserted", {"08": "Chile was the first South American country to establish diplomatic relations with the People\u2019s Republic of China"})
R("Great Wall Station", "located_in", "King George Island", "asserted", {"08": "China\u2019s Great Wall Station, opened in 1985 on King George Island"})
R("China", "party_to", SOPA, "negated", {"08": "China is not a party to the patrol arrangement"})
R("Camila Errázuriz", "member_of", "Republican Party", "asserted", {"08": "Camila Errázuriz, a deputy from the Republican Party"})
R("Camila Errázuriz", "criticized", "Gabriel Boric", "asserted", {"08": "accused Boric\u2019s government of"}, alt_o=["Chile"])
R("China", "took_control_of", "Punta Arenas", "negated", {"08": "China would not take control of any facility in Punta Arenas"}, required=False, note="object is 'any facility in' the city")
R("Winston Peters", "works_for", "New Zealand", "asserted", {"08": "New Zealand\u2019s Foreign Minister Winston Peters"}, role="foreign minister")
R("Chile", "contacted", "New Zealand", "reported", {"08": "Chile had briefed New Zealand on the memorandum"})


# ---------------------------------------------------------------- checks
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower().strip()
    s = re.sub(r"^the\s+", "", s)
    return s


def occurs(surface, body):
    pat = r"(?<![\w])" + re.escape(norm(surface)) + r"(?![\w])"
    return re.search(pat, norm_body(body)) is not None


_nb_cache = {}


def norm_body(body):
    if body not in _nb_cache:
        _nb_cache[body] = body.replace("\u2019", "'").replace("\u2018", "'").lower()
    return _nb_cache[body]


def boilerplate_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?s)<head>.*?</head>", " ", raw)
    raw = re.sub(r"(?s)<h1>.*?</h1>", " ", raw)
    raw = re.sub(r'(?s)<div class="article-body">.*?</div>', " ", raw)
    import html as _h
    return _h.unescape(re.sub(r"<[^>]+>", " ", raw))


def main():
    stats = "--stats" in sys.argv
    errors = []
    arts = {}
    for d, fn in DOCS.items():
        path = os.path.join(CORPUS, fn)
        if not os.path.exists(path):
            errors.append("missing article %s" % fn)
            continue
        a = textutil.read_article(path)
        a["sents"] = textutil.split_sentences(a["body"])
        a["file"] = fn
        arts[d] = a
        wc = textutil.word_count(a["body"])
        if not 450 <= wc <= 520:
            errors.append("%s: body has %d words" % (fn, wc))
    ents = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in ents:
            errors.append("entity twice: %s" % name)
        if typ not in TYPES:
            errors.append("bad type %s for %s" % (typ, name))
        ents[name] = (typ, aliases)
        for form in [name] + aliases:
            k = norm(form)
            if k in alias_owner and alias_owner[k] != name:
                errors.append("alias %r belongs to %s and %s" % (form, alias_owner[k], name))
            alias_owner[k] = name
    allbodies = " ".join(a["body"] for a in arts.values())
    for name, typ, aliases in ENTITIES:
        for form in aliases:
            if not occurs(form, allbodies):
                errors.append("alias %r of %s occurs in no body" % (form, name))
    used = set()
    units = {}
    for i, r in enumerate(ROWS):
        tag = "row %d %s %s %s (%s)" % (i, r["s"], r["p"], r["o"], r["modality"])
        p = r["p"]
        if p not in SIG:
            errors.append(tag + ": unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(tag + ": bad modality")
        for k in ("s", "o"):
            if r[k] not in ents:
                errors.append(tag + ": unknown entity " + r[k])
        if r["s"] not in ents or r["o"] not in ents:
            continue
        subj_t, obj_t, sym = SIG[p]

        def sig_ok(s, pp, o):
            st, ot, _ = SIG[pp]
            return ents[s][0] in st and ents[o][0] in ot
        if not sig_ok(r["s"], p, r["o"]):
            errors.append(tag + ": signature %s -> %s" % (ents[r["s"]][0], ents[r["o"]][0]))
        for a_ in r.get("alt_s", []):
            if a_ not in ents or not sig_ok(a_, p, r["o"]):
                errors.append(tag + ": bad alt_s " + a_)
        for a_ in r.get("alt_o", []):
            if a_ not in ents or not sig_ok(r["s"], p, a_):
                errors.append(tag + ": bad alt_o " + a_)
        for a_ in r.get("alt_p", []):
            if a_ not in SIG or not sig_ok(r["s"], a_, r["o"]):
                errors.append(tag + ": bad alt_p " + a_)
        if "role" in r and p not in ("head_of", "works_for"):
            errors.append(tag + ": role on " + p)
        if "commodity" in r and p != "imports_from":
            errors.append(tag + ": commodity on " + p)
        if r["s"] == r["o"]:
            errors.append(tag + ": subject equals object")
        used.update([r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", []))
        # unit
        pol = MODALITIES.get(r["modality"])
        so = (r["s"], r["o"])
        if sym:
            so = tuple(sorted(so))
        unit = (so[0], p, so[1], pol)
        if unit in units:
            errors.append(tag + ": repeats unit of row %d" % units[unit])
        units[unit] = i
        # evidence
        times = []
        if not r["ev"]:
            errors.append(tag + ": no evidence")
        for d, (phrase, t) in r["ev"].items():
            if d not in arts:
                errors.append(tag + ": unknown doc " + d)
                continue
            a = arts[d]
            body = a["body"]
            starts = [m.start() for m in re.finditer(re.escape(phrase), body)]
            if not starts:
                errors.append(tag + ": phrase not in %s body: %r" % (d, phrase))
                continue
            sent = None
            for st in starts:
                for (b, e, sx) in a["sents"]:
                    if b <= st and st + len(phrase) <= e:
                        sent = (b, e, sx)
                        break
                if sent:
                    break
            if not sent:
                errors.append(tag + ": phrase crosses a sentence boundary in %s" % d)
                continue
            r.setdefault("_sent", {})[d] = sent
            for k in ["s", "o"]:
                ent = r[k]
                forms = [ent] + ents[ent][1]
                if not any(occurs(f, body) for f in forms):
                    errors.append(tag + ": entity %s does not occur in %s" % (ent, d))
            if t is not None:
                if p in STATIC:
                    errors.append(tag + ": static relation with a time")
                if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
                    errors.append(tag + ": bad time " + t)
                if a["style"] == "wire" and t[:4] not in sent[2]:
                    errors.append(tag + ": wire time %s without the year in the sentence" % t)
                times.append(t)
        # row time: common ISO prefix of the documents' times
        if times:
            common = os.path.commonprefix(times)
            for cut in (10, 7, 4, 3):
                if len(common) >= cut and all(len(x) >= cut for x in times):
                    common = common[:cut]
                    break
            else:
                common = ""
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", common):
                errors.append(tag + ": documents disagree on time %s" % times)
            r["_time"] = common
    for name in ents:
        if name not in used:
            errors.append("entity never used: " + name)
    # boilerplate of HTML pages must not name gold entities
    for d, fn in DOCS.items():
        if fn.endswith(".html"):
            bp = boilerplate_text(os.path.join(CORPUS, fn))
            for k, owner in alias_owner.items():
                if len(k) > 2 and occurs(k, bp):
                    errors.append("%s: boilerplate names gold entity %s (%r)" % (fn, owner, k))
    preds = Counter(r["p"] for r in ROWS)
    missing = [p for p in SIG if p not in preds]
    if missing:
        errors.append("predicates never used: %s" % missing)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d problems; nothing written" % len(errors))
        sys.exit(1)

    # ---------------------------------------------------------------- write
    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            row = {"s": r["s"], "p": r["p"], "o": r["o"],
                   "docs": sorted(DOCS[d] for d in r["ev"]), "modality": r["modality"]}
            if r.get("_time"):
                row["time"] = r["_time"]
            row["required"] = r["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r.get(k):
                    row[k] = r[k]
            notes = []
            if r.get("role"):
                notes.append("role: " + r["role"])
            if r.get("commodity"):
                notes.append("commodity: " + r["commodity"])
            ev = "; ".join("%s: '%s'" % (d, r["ev"][d][0]) for d in sorted(r["ev"]))
            notes.append(ev)
            if r.get("note"):
                notes.append(r["note"])
            row["note"] = " | ".join(notes)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for d in sorted(r["ev"]):
                a = arts[d]
                b, e, sx = r["_sent"][d]
                st = {"subject": r["s"], "subject_type": ents[r["s"]][0], "predicate": r["p"],
                      "object": r["o"], "object_type": ents[r["o"]][0], "modality": r["modality"],
                      "time": r["ev"][d][1] or "", "role": r.get("role", ""), "confidence": 1.0,
                      "source": "corpus/" + a["file"], "title": a["title"], "published": a["published"],
                      "sentence": sx, "start": b, "end": e, "rule": "gold"}
                if r.get("commodity"):
                    st["commodity"] = r["commodity"]
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
    print("ok: %d entities, %d rows written" % (len(ENTITIES), len(ROWS)))
    if stats:
        req = sum(1 for r in ROWS if r["required"])
        mods = Counter(r["modality"] for r in ROWS)
        print("rows %d, required %d, optional %d" % (len(ROWS), req, len(ROWS) - req))
        print("modalities:", dict(sorted(mods.items())))
        print("negated rows %d (required %d)" % (mods["negated"], sum(1 for r in ROWS if r["modality"] == "negated" and r["required"])))
        print("rows with a time %d" % sum(1 for r in ROWS if r.get("_time")))
        print("predicates used %d of %d" % (len(preds), len(SIG)))
        for p in SIG:
            print("   %-26s %d" % (p, preds[p]))
        print("multi-document rows %d" % sum(1 for r in ROWS if len(r["ev"]) > 1))
        # same triple in two polarities
        byt = defaultdict(set)
        for r in ROWS:
            byt[(r["s"], r["p"], r["o"])].add(MODALITIES[r["modality"]])
        traps = [k for k, v in byt.items() if len(v) > 1]
        print("triples in two polarities %d: %s" % (len(traps), "; ".join("%s %s %s" % k for k in traps)))
        print("per document (file, style, published, words, rows, required):")
        for d, fn in DOCS.items():
            a = arts[d]
            n = [r for r in ROWS if d in r["ev"]]
            print("   %s %-9s %-10s %d %d %d" % (fn, a["style"], a["published"] or "-", textutil.word_count(a["body"]), len(n), sum(1 for r in n if r["required"])))


if __name__ == "__main__":
    main()
