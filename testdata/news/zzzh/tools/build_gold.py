#!/usr/bin/env python3
"""The gold of news set zzzh, as data, with its checks.

Usage (from anywhere; python3 -B, standard library only):

  python3 -B tools/build_gold.py            check, then write entities.jsonl,
                                            triples.jsonl, selfcheck_statements.jsonl
  python3 -B tools/build_gold.py --check    check only
  python3 -B tools/build_gold.py --stats    counts (rows, required, negated,
                                            modality, predicate, type, document)
  python3 -B tools/build_gold.py --selftest break a copy of the data once per
                                            check and show that each check fires

Every row names, per cited document, the exact words that state it (`ev`,
a string or a list of strings, each a substring of the document's cleaned
text as tools/textutil.py gives it).
"""
import copy
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# ---------------------------------------------------------------- schema ---
# From shared/SCHEMA.md. Where SCHEMA gives only an arrow, the builder reads
# the arguments as below (ACT: an actor; ANY: anything but an agreement).
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
ACT = {"Person", "Country", "Organization"}
ANY = TYPES - {"Agreement"}
GEO = {"Country", "Region", "City"}
PREDICATES = {
    # predicate: (subject types, object types)
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACT, ACT),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": ({"Country", "Organization"}, {"Country", "Organization"}),
    "diplomatic_relations_with": ({"Country", "Organization"}, {"Country", "Organization"}),
    "allied_with": (ACT | {"Region"}, ACT | {"Region"}),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACT, ACT | {"Region"}),
    "criticized": (ACT, ANY | {"Agreement"}),
    "threatened": (ACT, ANY),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT | {"Region"}, ACT | {"Region"}),
    "attacked": (ACT, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACT, GEO | {"Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Region", "Organization"}, {"Country", "Region", "Organization"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "member_of", "based_in"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^\d{3}$|^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# ------------------------------------------------------------- documents ---
DOCS = {
    "01": "01_mae_sot_scam_checkpoints.txt",
    "02": "02_thai_cambodia_border_talks.txt",
    "03": "03_rio_grande_water_deal.txt",
    "04": "04_mekong_dams_delta.txt",
    "05": "05_usmca_review_tariffs.txt",
    "06": "06_honduras_taiwan_deportations.txt",
    "07": "07_myanmar_president_rakhine.html",
    "08": "08_sinaloa_war_transfers.html",
}
PUBLISHER = {"01": "Lantern News Agency", "02": "Lantern News Agency",
             "03": "Continental Wire", "04": "The Mekong Ledger",
             "05": "The Borderland Review", "06": "Isthmus Weekly",
             "07": "The Salween Post", "08": "Frontera Journal"}

# -------------------------------------------------------------- entities ---
# (id, name, type, aliases)
ENTITIES = [
    # countries
    ("thailand", "Thailand", "Country", ["Kingdom of Thailand", "Thai government", "Bangkok"]),
    ("myanmar", "Myanmar", "Country", ["Burma", "Republic of the Union of Myanmar"]),
    ("cambodia", "Cambodia", "Country", ["Kingdom of Cambodia", "Cambodian government"]),
    ("laos", "Laos", "Country", ["Lao PDR", "Lao People's Democratic Republic"]),
    ("vietnam", "Vietnam", "Country", ["Viet Nam", "Socialist Republic of Vietnam", "Hanoi"]),
    ("china", "China", "Country", ["People's Republic of China", "PRC", "Beijing", "Chinese government"]),
    ("united_states", "United States", "Country", ["U.S.", "US", "USA", "U.S.A.", "United States of America",
                                                   "America", "Washington", "Trump administration",
                                                   "U.S. government", "US government"]),
    ("mexico", "Mexico", "Country", ["United Mexican States", "Mexican government"]),
    ("canada", "Canada", "Country", ["Ottawa", "Canadian government"]),
    ("malaysia", "Malaysia", "Country", []),
    ("kenya", "Kenya", "Country", []),
    ("france", "France", "Country", []),
    ("russia", "Russia", "Country", ["Russian Federation"]),
    ("honduras", "Honduras", "Country", ["Republic of Honduras"]),
    ("guatemala", "Guatemala", "Country", []),
    ("belize", "Belize", "Country", []),
    ("nicaragua", "Nicaragua", "Country", []),
    ("el_salvador", "El Salvador", "Country", []),
    ("taiwan", "Taiwan", "Country", ["Taipei", "Republic of China", "ROC"]),
    ("spain", "Spain", "Country", []),
    ("costa_rica", "Costa Rica", "Country", []),
    # people: cluster A
    ("sihasak", "Sihasak Phuangketkeow", "Person", ["Sihasak"]),
    ("than_swe", "Than Swe", "Person", []),
    ("anutin", "Anutin Charnvirakul", "Person", ["Anutin"]),
    ("saw_chit_thu", "Saw Chit Thu", "Person", []),
    ("zaw_min_tun", "Zaw Min Tun", "Person", []),
    ("wang_xing", "Wang Xing", "Person", []),
    ("mwangi", "Daniel Mwangi", "Person", ["Mwangi"]),
    ("hun_manet", "Hun Manet", "Person", []),
    ("hun_sen", "Hun Sen", "Person", []),
    ("anwar", "Anwar Ibrahim", "Person", ["Anwar"]),
    ("paetongtarn", "Paetongtarn Shinawatra", "Person", ["Paetongtarn"]),
    ("srey_mom", "Srey Mom", "Person", []),
    ("tran_van_hieu", "Tran Van Hieu", "Person", []),
    ("anoulak", "Anoulak Kittikhoun", "Person", ["Anoulak"]),
    ("min_aung_hlaing", "Min Aung Hlaing", "Person", ["Senior General Min Aung Hlaing"]),
    ("soe_win", "Soe Win", "Person", []),
    ("suu_kyi", "Aung San Suu Kyi", "Person", ["Suu Kyi"]),
    ("deng_xijun", "Deng Xijun", "Person", []),
    ("ma_thandar", "Ma Thandar", "Person", []),
    # people: cluster B
    ("trump", "Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump",
                                         "President Trump"]),
    ("sheinbaum", "Claudia Sheinbaum", "Person", ["Sheinbaum", "President Claudia Sheinbaum"]),
    ("rollins", "Brooke Rollins", "Person", ["Rollins"]),
    ("jessica_silva", "Jessica Silva", "Person", []),
    ("quezada", "Arturo Quezada", "Person", ["Quezada"]),
    ("efrain_morales", "Efrain Morales", "Person", ["Efraín Morales"]),
    ("ebrard", "Marcelo Ebrard", "Person", ["Ebrard"]),
    ("greer", "Jamieson Greer", "Person", ["Greer"]),
    ("carney", "Mark Carney", "Person", ["Carney"]),
    ("laura_garza", "Laura Garza", "Person", []),
    ("asfura", "Nasry Asfura", "Person", ["Asfura"]),
    ("xiomara_castro", "Xiomara Castro", "Person", ["Castro"]),
    ("bukele", "Nayib Bukele", "Person", ["Bukele"]),
    ("karla_mejia", "Karla Mejia", "Person", ["Karla Mejía"]),
    ("joh", "Juan Orlando Hernandez", "Person", ["Juan Orlando Hernández", "Hernandez"]),
    ("garcia_harfuch", "Omar Garcia Harfuch", "Person", ["Omar García Harfuch", "Garcia Harfuch"]),
    ("ronald_johnson", "Ronald Johnson", "Person", ["Ambassador Ronald Johnson"]),
    ("zambada", "Ismael Zambada", "Person", ["El Mayo", "Zambada", "Ismael \"El Mayo\" Zambada",
                                              "Mayo Zambada"]),
    ("el_chapo", "Joaquin Guzman", "Person", ["El Chapo", "Joaquin \"El Chapo\" Guzman",
                                              "Joaquín Guzmán", "Chapo Guzman"]),
    ("guzman_lopez", "Joaquin Guzman Lopez", "Person", ["Joaquín Guzmán López", "Guzman Lopez"]),
    ("valdez", "Hector Valdez Ruelas", "Person", ["Héctor Valdez Ruelas", "Valdez Ruelas"]),
    ("el_mencho", "Nemesio Oseguera", "Person", ["El Mencho", "Nemesio Oseguera Cervantes", "Oseguera"]),
    ("rubio", "Marco Rubio", "Person", ["Rubio"]),
    ("cazares", "Rosa Elena Cazares", "Person", ["Rosa Elena Cázares"]),
    # organizations
    ("myanmar_military", "Myanmar military", "Organization", ["junta", "Myanmar junta", "Tatmadaw",
                                                             "Myanmar armed forces", "military regime",
                                                             "the military", "the army", "armed forces"]),
    ("kna", "Karen National Army", "Organization", ["KNA", "Karen Border Guard Force",
                                                    "Border Guard Force", "BGF"]),
    ("mps", "Ministry of Public Security", "Organization", ["China's Ministry of Public Security",
                                                             "Chinese Ministry of Public Security"]),
    ("asean", "Association of Southeast Asian Nations", "Organization", ["ASEAN", "bloc"]),
    ("kh_senate", "Senate of Cambodia", "Organization", ["Senate", "Cambodian Senate"]),
    ("icj", "International Court of Justice", "Organization", ["ICJ", "World Court"]),
    ("mrc", "Mekong River Commission", "Organization", ["MRC"]),
    ("usdp", "Union Solidarity and Development Party", "Organization", ["USDP"]),
    ("nug", "National Unity Government", "Organization", ["NUG"]),
    ("nld", "National League for Democracy", "Organization", ["NLD"]),
    ("arakan_army", "Arakan Army", "Organization", ["AA"]),
    ("tba", "Three Brotherhood Alliance", "Organization", ["Brotherhood Alliance"]),
    ("mndaa", "Myanmar National Democratic Alliance Army", "Organization", ["MNDAA"]),
    ("ibwc", "International Boundary and Water Commission", "Organization", ["IBWC"]),
    ("cia_chih", "Chihuahua Irrigators' Association", "Organization", ["Chihuahua Irrigators Association"]),
    ("guardia", "National Guard", "Organization", ["Guardia Nacional", "Mexican National Guard"]),
    ("conagua", "National Water Commission", "Organization", ["Conagua", "Comision Nacional del Agua"]),
    ("mofcom", "Ministry of Commerce", "Organization", ["China's Ministry of Commerce",
                                                        "Chinese Ministry of Commerce", "MOFCOM"]),
    ("national_party", "National Party", "Organization", ["National Party of Honduras", "Partido Nacional"]),
    ("libre", "Liberty and Refoundation", "Organization", ["LIBRE", "Liberty and Refoundation party"]),
    ("sinaloa_cartel", "Sinaloa Cartel", "Organization", ["Cartel de Sinaloa"]),
    ("chapitos", "Los Chapitos", "Organization", ["Chapitos"]),
    ("cjng", "Jalisco New Generation Cartel", "Organization", ["CJNG", "Jalisco cartel",
                                                              "Cartel Jalisco Nueva Generacion"]),
    ("treasury", "U.S. Treasury Department", "Organization", ["Treasury", "U.S. Treasury",
                                                             "Treasury Department"]),
    # agreements
    ("kl_accord", "Kuala Lumpur Peace Accord", "Agreement", ["KL Peace Accord", "Kuala Lumpur accord"]),
    ("putrajaya_ceasefire", "Putrajaya ceasefire", "Agreement", ["ceasefire agreed in Putrajaya"]),
    ("kunming_ceasefire", "Kunming ceasefire", "Agreement", ["ceasefire brokered by China in Kunming"]),
    ("water_treaty", "1944 Water Treaty", "Agreement", ["Water Treaty", "1944 treaty"]),
    ("colorado_compact", "Colorado River Compact", "Agreement", ["1922 Colorado River Compact"]),
    ("usmca", "USMCA", "Agreement", ["United States-Mexico-Canada Agreement", "U.S.-Mexico-Canada Agreement",
                                     "T-MEC", "CUSMA"]),
    ("cptpp", "CPTPP", "Agreement", ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
                                     "TPP-11"]),
    ("mekong_us", "Mekong-U.S. Partnership", "Agreement", ["Mekong-US Partnership"]),
    # cities
    ("mae_sot", "Mae Sot", "City", []),
    ("myawaddy", "Myawaddy", "City", []),
    ("nairobi", "Nairobi", "City", []),
    ("poipet", "Poipet", "City", []),
    ("phnom_penh", "Phnom Penh", "City", []),
    ("the_hague", "The Hague", "City", ["Hague"]),
    ("el_paso", "El Paso", "City", []),
    ("delicias", "Delicias", "City", []),
    ("vientiane", "Vientiane", "City", []),
    ("can_tho", "Can Tho", "City", []),
    ("kratie", "Kratie", "City", []),
    ("mexico_city", "Mexico City", "City", []),
    ("saltillo", "Saltillo", "City", []),
    ("tegucigalpa", "Tegucigalpa", "City", []),
    ("san_pedro_sula", "San Pedro Sula", "City", []),
    ("tecoluca", "Tecoluca", "City", []),
    ("naypyidaw", "Naypyidaw", "City", ["Nay Pyi Taw", "Naypyitaw"]),
    ("ann", "Ann", "City", []),
    ("sittwe", "Sittwe", "City", []),
    ("kyaukphyu", "Kyaukphyu", "City", []),
    ("mrauk_u", "Mrauk-U", "City", ["Mrauk U"]),
    ("lashio", "Lashio", "City", []),
    ("culiacan", "Culiacan", "City", ["Culiacán"]),
    # regions
    ("tak", "Tak province", "Region", ["Tak"]),
    ("kayin", "Kayin State", "Region", ["Karen State"]),
    ("texas", "Texas", "Region", []),
    ("chihuahua", "Chihuahua", "Region", ["Chihuahua state"]),
    ("rgv", "Rio Grande Valley", "Region", []),
    ("mekong_delta", "Mekong Delta", "Region", []),
    ("rakhine", "Rakhine State", "Region", ["Rakhine", "Arakan"]),
    ("shan", "Shan State", "Region", ["northern Shan State"]),
    ("sinaloa", "Sinaloa", "Region", []),
    ("jalisco", "Jalisco", "Region", []),
    ("chiapas", "Chiapas", "Region", []),
    ("central_america", "Central America", "Region", []),
    # facilities
    ("kk_park", "KK Park", "Facility", []),
    ("ojinaga_bridge", "Ojinaga-Presidio international bridge", "Facility", ["Ojinaga-Presidio bridge"]),
    ("la_boquilla", "La Boquilla dam", "Facility", ["La Boquilla"]),
    ("lp_dam", "Luang Prabang dam", "Facility", []),
    ("xayaburi", "Xayaburi dam", "Facility", ["Xayaburi"]),
    ("funan_techo", "Funan Techo canal", "Facility", ["Funan Techo"]),
    ("cecot", "CECOT", "Facility", ["Terrorism Confinement Center"]),
    ("western_command", "Western Command headquarters", "Facility",
     ["headquarters of the military's Western Command", "Western Command"]),
]


# Demonyms count as a mention of their country for the name-in-doc check
# only ("a 27-year-old Kenyan"); they are not aliases, so the scorer does not
# map an adjective to a country.
DEMONYMS = {"Kenya": ["Kenyan"]}

# ------------------------------------------------------------------ rows ---
def R(s, p, o, m, ev, t=None, req=True, note=None, alt_s=(), alt_p=(), alt_o=(), role=None, com=None):
    return {"s": s, "p": p, "o": o, "modality": m, "time": t, "required": req, "ev": ev,
            "note": note, "alt_s": list(alt_s), "alt_p": list(alt_p), "alt_o": list(alt_o),
            "role": role, "commodity": com}


US, MX, TH, KH, MM, CN = "United States", "Mexico", "Thailand", "Cambodia", "Myanmar", "China"
JUNTA = "Myanmar military"

ROWS = [
    # ============================================ 01 Mae Sot, scam compounds
    R(TH, "signed_agreement_with", MM, "reported",
      {"01": "Thailand and Myanmar's military government agreed on Wednesday to set up joint checkpoints along the Moei River, Thai officials said"},
      t="2026-03-11", alt_o=[JUNTA], note="'agreed on Wednesday ... Thai officials said'; the checkpoints themselves are planned"),
    R("Sihasak Phuangketkeow", "works_for", TH, "asserted", {"01": "Thai Foreign Minister Sihasak Phuangketkeow"},
      role="foreign minister"),
    R("Than Swe", "works_for", MM, "asserted", {"01": "his Myanmar counterpart, Than Swe"}, alt_o=[JUNTA],
      role="foreign minister", note="'his Myanmar counterpart' of a foreign minister; 'a junta minister'"),
    R("Sihasak Phuangketkeow", "met_with", "Than Swe", "asserted",
      {"01": "Sihasak Phuangketkeow held talks with his Myanmar counterpart, Than Swe, in Mae Sot"},
      t="2026-03", alt_p=["negotiating_with"], note="the talks of Wednesday (2026-03-11) named in the lead"),
    R("Than Swe", "visited", TH, "asserted", {"01": "It was the first visit to Thailand by a junta minister in 2026"},
      t="2026-03", alt_o=["Mae Sot"], note="coreference: 'a junta minister' is Than Swe"),
    R("Than Swe", "met_with", "Anutin Charnvirakul", "negated",
      {"01": "Than Swe did not meet Prime Minister Anutin Charnvirakul"}),
    R("Anutin Charnvirakul", "head_of", TH, "asserted",
      {"01": "Prime Minister Anutin Charnvirakul", "02": "Thai Prime Minister Anutin Charnvirakul"},
      role="prime minister", note="01 names him without 'Thai'; the context is Thailand's"),
    R("Mae Sot", "located_in", "Tak province", "asserted", {"01": "Mae Sot, a town in Thailand's Tak province"}),
    R("Tak province", "located_in", TH, "asserted", {"01": "Thailand's Tak province"}),
    R("Mae Sot", "located_in", TH, "asserted", {"01": "Mae Sot, a town in Thailand's Tak province"}, req=False,
      note="by way of Tak province"),
    R(TH, "sanctioned", MM, "asserted",
      {"01": "Thailand cut electricity, fuel and internet links to several border areas of Myanmar in February 2025"},
      t="2025-02", req=False, alt_p=["blockaded"], note="cutting supplies to border areas: an embargo-like measure"),
    R(TH, "trades_with", MM, "asserted", {"01": "Thailand still trades with Myanmar through crossings further north"}),
    R(MM, "imports_from", TH, "asserted",
      {"01": "Myanmar continues to import fuel and consumer goods from Thailand"}, com="fuel; consumer goods"),
    R(TH, "borders", MM, "asserted",
      {"01": "pressure grows on the two neighbours to close the scam compounds that line the border"},
      note="'the two neighbours', 'the border'"),
    R("Myawaddy", "located_in", "Kayin State", "asserted", {"01": "Myawaddy, in Myanmar's Kayin State"}),
    R("Kayin State", "located_in", MM, "asserted", {"01": "Myanmar's Kayin State"}),
    R("Myawaddy", "located_in", MM, "asserted", {"01": "Myawaddy, in Myanmar's Kayin State"}, req=False,
      note="by way of Kayin State"),
    R(US, "sanctioned", "Karen National Army", "asserted",
      {"01": "The United States sanctioned the group and its leader, Saw Chit Thu, in May 2025"}, t="2025-05",
      note="'the group' is the Karen National Army"),
    R(US, "sanctioned", "Saw Chit Thu", "asserted",
      {"01": "The United States sanctioned the group and its leader, Saw Chit Thu, in May 2025"}, t="2025-05"),
    R("Saw Chit Thu", "head_of", "Karen National Army", "asserted", {"01": "the group and its leader, Saw Chit Thu"},
      role="leader"),
    R(JUNTA, "attacked", "KK Park", "asserted",
      {"01": "The junta's troops raided the sprawling KK Park compound in October 2025"}, t="2025-10",
      alt_p=["took_control_of"], note="raided, then demolished"),
    R("KK Park", "located_in", "Myawaddy", "asserted",
      {"01": "The compounds around Myawaddy"}, req=False, note="implied: KK Park is one of 'the compounds around Myawaddy'"),
    R("Zaw Min Tun", "works_for", JUNTA, "asserted", {"01": "Junta spokesman Zaw Min Tun"}, alt_o=[MM],
      role="spokesman"),
    R("Wang Xing", "citizen_of", CN, "asserted", {"01": "Wang Xing, a Chinese actor"}),
    R("Wang Xing", "visited", TH, "asserted",
      {"01": "lured to Thailand with a fake casting offer in January 2025"}, t="2025-01", req=False,
      note="lured and trafficked: travel, not a visit by choice"),
    R(CN, "criticized", JUNTA, "negated", {"01": "Beijing has not publicly criticized the junta over the compounds"},
      alt_o=[MM]),
    R("Ministry of Public Security", "visited", "Myawaddy", "reported",
      {"01": "a team from China's Ministry of Public Security visited Myawaddy last week, Thai police said"},
      t="2026-03", note="'last week' before 2026-03-12"),
    R("Ministry of Public Security", "based_in", CN, "asserted", {"01": "China's Ministry of Public Security"},
      req=False),
    R("Daniel Mwangi", "citizen_of", "Kenya", "asserted", {"01": "Daniel Mwangi, a 27-year-old Kenyan"}),
    R("Daniel Mwangi", "lives_in", "Nairobi", "asserted", {"01": "who lived in Nairobi"},
      note="past residence ('lived in Nairobi before ...')"),

    # ============================================ 02 Thailand-Cambodia talks
    R(TH, "negotiating_with", KH, "planned",
      {"02": "Thailand and Cambodia will resume talks on their disputed border next month"}, t="2026-03"),
    R("Hun Manet", "head_of", KH, "asserted",
      {"02": "Cambodian Prime Minister Hun Manet", "04": "Cambodia's prime minister, Hun Manet"},
      role="prime minister"),
    R("Anutin Charnvirakul", "contacted", "Hun Manet", "reported",
      {"02": "Thai Prime Minister Anutin Charnvirakul called Cambodian Prime Minister Hun Manet on Wednesday evening, according to statements from both governments"},
      t="2026-02-04", alt_s=[TH], alt_o=[KH], note="a telephone call, not a meeting"),
    R("Anutin Charnvirakul", "met_with", "Hun Manet", "negated",
      {"02": "the two leaders have not met in person since October"}),
    R("Anutin Charnvirakul", "met_with", "Hun Manet", "asserted",
      {"02": "Anutin and Hun Manet signed the Kuala Lumpur Peace Accord in the presence of U.S. President Donald Trump"},
      t="2025-10", req=False, note="implied by the joint signing; the same article says they have not met since"),
    R("Malaysia", "brokered", "Putrajaya ceasefire", "asserted",
      {"02": "Malaysia brokered the ceasefire agreed in Putrajaya that ended five days of fighting in July 2025"},
      t="2025-07"),
    R(TH, "party_to", "Putrajaya ceasefire", "asserted",
      {"02": "the ceasefire agreed in Putrajaya that ended five days of fighting in July 2025"}, t="2025-07",
      req=False, note="implied: the two sides agreed the ceasefire"),
    R(KH, "party_to", "Putrajaya ceasefire", "asserted",
      {"02": "the ceasefire agreed in Putrajaya that ended five days of fighting in July 2025"}, t="2025-07",
      req=False),
    R(TH, "in_conflict_with", KH, "asserted",
      {"02": ["five days of fighting in July 2025", "That conflict, the worst between the two neighbours in more than a decade"]},
      t="2025", note="July 2025, and again in December"),
    R(TH, "borders", KH, "asserted",
      {"02": "forced about 300,000 people from their homes on both sides of the 817-km frontier"},
      note="'its neighbour', 'the two neighbours', 'the 817-km frontier'"),
    R(TH, "attacked", KH, "asserted", {"02": "Thai F-16 jets struck Cambodian military positions"}, t="2025-07"),
    R(KH, "attacked", TH, "asserted",
      {"02": "Cambodian forces fired rockets into Thai border districts"}, t="2025-07"),
    R(TH, "party_to", "Kuala Lumpur Peace Accord", "asserted",
      {"02": "In October, Anutin and Hun Manet signed the Kuala Lumpur Peace Accord"}, t="2025-10"),
    R(KH, "party_to", "Kuala Lumpur Peace Accord", "asserted",
      {"02": "In October, Anutin and Hun Manet signed the Kuala Lumpur Peace Accord"}, t="2025-10"),
    R(TH, "signed_agreement_with", KH, "asserted",
      {"02": "In October, Anutin and Hun Manet signed the Kuala Lumpur Peace Accord"}, t="2025-10",
      alt_s=["Anutin Charnvirakul"], alt_o=["Hun Manet"]),
    R("Donald Trump", "brokered", "Kuala Lumpur Peace Accord", "reported",
      {"02": "U.S. President Donald Trump and Malaysian Prime Minister Anwar Ibrahim, who both claimed credit for brokering it"},
      t="2025-10", alt_s=[US], note="'claimed credit for brokering it'"),
    R("Anwar Ibrahim", "brokered", "Kuala Lumpur Peace Accord", "reported",
      {"02": "Malaysian Prime Minister Anwar Ibrahim, who both claimed credit for brokering it"},
      t="2025-10", alt_s=["Malaysia"]),
    R("Donald Trump", "head_of", US, "asserted",
      {"02": "U.S. President Donald Trump", "03": "U.S. President Donald Trump", "05": "President Donald Trump",
       "06": "President Donald Trump", "08": "since Donald Trump returned to the White House"},
      role="president", note="08: 'returned to the White House'"),
    R("Anwar Ibrahim", "head_of", "Malaysia", "asserted", {"02": "Malaysian Prime Minister Anwar Ibrahim"},
      role="prime minister"),
    R("Donald Trump", "threatened", TH, "asserted",
      {"02": "Trump had threatened both countries with higher tariffs unless the fighting stopped"},
      t="2025-07", alt_s=[US], note="'both countries'"),
    R("Donald Trump", "threatened", KH, "asserted",
      {"02": "Trump had threatened both countries with higher tariffs unless the fighting stopped"},
      t="2025-07", alt_s=[US]),
    R(TH, "criticized", KH, "asserted", {"02": "accusing Cambodia of laying new mines"}, t="2025-11",
      note="subject 'Bangkok'; Phnom Penh's denial is of the mines, not of the accusation"),
    R("Hun Sen", "head_of", "Senate of Cambodia", "asserted",
      {"02": "His father, Hun Sen, now president of the Senate"},
      role="president of the Senate"),
    R("Paetongtarn Shinawatra", "head_of", TH, "asserted",
      {"02": "then Thai prime minister Paetongtarn Shinawatra"}, role="prime minister (former)",
      note="'then Thai prime minister'"),
    R("Paetongtarn Shinawatra", "contacted", "Hun Sen", "asserted",
      {"02": "a June 2025 telephone call between Hun Sen and then Thai prime minister Paetongtarn Shinawatra"},
      t="2025-06", alt_s=["Hun Sen"], alt_o=["Paetongtarn Shinawatra"],
      note="'a call between': the text does not say who called whom"),
    R(KH, "contacted", "International Court of Justice", "asserted",
      {"02": "Cambodia asked the International Court of Justice, based in The Hague, in June 2025"}, t="2025-06"),
    R("International Court of Justice", "based_in", "The Hague", "asserted",
      {"02": "the International Court of Justice, based in The Hague"}),
    R(TH, "normalized_relations_with", KH, "planned",
      {"02": "Both sides have said they want to restore full diplomatic relations"}),
    R(TH, "normalized_relations_with", KH, "negated",
      {"02": "Officials in Bangkok said that would not happen until the talks produced a deal on clearing mines"},
      note="'not ... until' a condition not yet met"),
    R(KH, "imports_from", TH, "negated", {"02": "Cambodia no longer imports fuel or fruit from Thailand"},
      com="fuel; fruit"),
    R(KH, "imports_from", "Vietnam", "reported",
      {"02": "now buys most of its fuel from Vietnam, traders said"}, com="fuel"),
    R("Srey Mom", "lives_in", "Poipet", "asserted",
      {"02": "In the Cambodian border town of Poipet, Srey Mom, a 41-year-old vendor who lives near the shuttered crossing"}),
    R("Poipet", "located_in", KH, "asserted", {"02": "the Cambodian border town of Poipet"}),
    R("Phnom Penh", "capital_of", KH, "asserted", {"02": "Phnom Penh, the Cambodian capital"}),

    # ============================================ 03 Rio Grande water deal
    R(MX, "signed_agreement_with", US, "reported",
      {"03": "under a deal signed on Wednesday, the two governments said",
       "05": "When the leaders of the United States, Mexico and Canada signed the USMCA"},
      note="03: the water deal of 2026-02-18 (reported); 05: the USMCA, 2018 (asserted); no single time"),
    R("Donald Trump", "threatened", MX, "asserted",
      {"03": ["U.S. President Donald Trump threatened new tariffs on Mexican goods over the dispute",
              "said he would impose a 5% tariff if deliveries did not increase"]},
      t="2026-02", alt_s=[US], note="also 'a similar threat in December'"),
    R("Donald Trump", "criticized", MX, "asserted",
      {"03": "Trump had accused Mexico of \"stealing\" water from Texas farmers",
       "05": "saying the two neighbours had failed to stop fentanyl and migrants from crossing the border"},
      alt_s=[US], note="03: 2026-02; 05: 2025-03; 05 also 'U.S. officials have accused Mexico' (the US)"),
    R(US, "sanctioned", MX, "negated",
      {"03": ["that tariff was never imposed", "U.S. officials said on Wednesday that no new duties were planned"]},
      alt_s=["Donald Trump"], note="the threatened tariffs; 05 asserts the tariffs of March 2025 (separate row)"),
    R("International Boundary and Water Commission", "based_in", "El Paso", "asserted",
      {"03": "is headquartered across the river in El Paso, Texas"}),
    R("El Paso", "located_in", "Texas", "asserted", {"03": "El Paso, Texas", "08": "El Paso, Texas"}),
    R(MX, "party_to", "1944 Water Treaty", "asserted",
      {"03": "Under the treaty, Mexico must deliver 1.75 million acre-feet of water"}, t="1944"),
    R(US, "party_to", "1944 Water Treaty", "asserted",
      {"03": "while the United States sends Mexico 1.5 million acre-feet of Colorado River water every year"},
      t="1944"),
    R("Chihuahua", "located_in", MX, "asserted",
      {"03": "Mexico ended the last cycle in October 2025 well short of its obligation after years of drought in the northern state of Chihuahua"},
      note="'the northern state of Chihuahua' in a sentence about Mexico"),
    R("Claudia Sheinbaum", "head_of", MX, "asserted",
      {"03": "President Claudia Sheinbaum", "05": "President Claudia Sheinbaum", "08": "President Claudia Sheinbaum"},
      role="president"),
    R("Brooke Rollins", "works_for", US, "asserted", {"03": "U.S. Agriculture Secretary Brooke Rollins"},
      role="agriculture secretary"),
    R("Brooke Rollins", "visited", "Rio Grande Valley", "planned",
      {"03": "she would travel to the Rio Grande Valley next month to meet farmers"}, t="2026-03"),
    R("Texas", "borders", MX, "asserted", {"03": "The river has marked the border between Texas and Mexico"}),
    R(US, "in_conflict_with", MX, "asserted", {"03": "the end of the Mexican-American War in 1848"}, t="1848",
      note="the war of 1846-1848; the text gives its end"),
    R("Texas", "seceded_from", MX, "asserted", {"03": "Texas itself broke away from Mexico in 1836"}, t="1836"),
    R("Texas", "located_in", US, "asserted", {"03": "joined the United States nine years later"},
      note="joined in 1845"),
    R("Chihuahua Irrigators' Association", "blockaded", "Ojinaga-Presidio international bridge", "asserted",
      {"03": "blockaded the Ojinaga-Presidio international bridge for several hours on Wednesday"}, t="2026-02-18"),
    R("Chihuahua Irrigators' Association", "based_in", "Chihuahua", "asserted",
      {"03": "In Chihuahua, the deal drew anger. Members of the Chihuahua Irrigators' Association, a farm group"},
      req=False),
    R("National Guard", "killed", "Jessica Silva", "asserted",
      {"03": "National Guard troops shot dead Jessica Silva"}, t="2020-09"),
    R("La Boquilla dam", "located_in", "Chihuahua", "asserted",
      {"03": "La Boquilla dam, the largest reservoir in Chihuahua"}),
    R("Arturo Quezada", "lives_in", "Delicias", "asserted",
      {"03": "Arturo Quezada, a pecan grower who lives in Delicias"}),
    R("Efrain Morales", "head_of", "National Water Commission", "asserted",
      {"03": "Efrain Morales, the head of the National Water Commission"}, alt_p=["works_for"], role="head"),
    R(MX, "party_to", "Colorado River Compact", "negated",
      {"03": "Mexico, for its part, is not a party to the 1922 Colorado River Compact"}),
    R(MX, "trades_with", US, "asserted", {"03": "The two countries are each other's largest trading partners"}),

    # ============================================ 04 Mekong dams
    R("Luang Prabang dam", "located_in", "Laos", "asserted",
      {"04": "The 1,460-megawatt project, due to start generating in 2027, is the third dam Laos has built"},
      req=False, note="implied: a dam Laos has built"),
    R("Xayaburi dam", "located_in", "Laos", "asserted",
      {"04": "The first, the Xayaburi dam, began commercial operation in October 2019"},
      req=False, note="'the first' of the dams 'Laos has built'"),
    R(TH, "imports_from", "Laos", "asserted", {"04": "Thailand imports most of the electricity Laos exports"},
      com="electricity"),
    R("Vietnam", "imports_from", "Laos", "planned",
      {"04": "Vietnam plans to buy far more of it over the coming decade"}, com="electricity",
      note="future purchases; 'far more' implies some now"),
    R("Laos", "borders", CN, "asserted", {"04": "railway from the Chinese border to Vientiane"}, req=False,
      note="implied: a railway from the Chinese border into Laos"),
    R("Laos", "gained_independence_from", "France", "asserted", {"04": "Since independence from France in 1953"},
      t="1953"),
    R("Vientiane", "capital_of", "Laos", "asserted", {"04": "the communist government in Vientiane"}, req=False,
      note="implied by 'the government in Vientiane'"),
    R("Mekong Delta", "located_in", "Vietnam", "asserted", {"04": "in Vietnam's Mekong Delta"}),
    R("Tran Van Hieu", "lives_in", "Can Tho", "asserted", {"04": "Tran Van Hieu, a farmer who lives outside Can Tho"},
      alt_o=["Mekong Delta"], note="'outside Can Tho'"),
    R("Can Tho", "located_in", "Mekong Delta", "asserted",
      {"04": "Downstream, in Vietnam's Mekong Delta, the bill is counted in rice. Tran Van Hieu, a farmer who lives outside Can Tho"},
      req=False),
    R(KH, "member_of", "Mekong River Commission", "asserted",
      {"04": "The Mekong River Commission, set up in 1995 by Cambodia, Laos, Thailand and Vietnam"},
      note="founders, and 'members'"),
    R("Laos", "member_of", "Mekong River Commission", "asserted",
      {"04": "The Mekong River Commission, set up in 1995 by Cambodia, Laos, Thailand and Vietnam"}),
    R(TH, "member_of", "Mekong River Commission", "asserted",
      {"04": "The Mekong River Commission, set up in 1995 by Cambodia, Laos, Thailand and Vietnam"}),
    R("Vietnam", "member_of", "Mekong River Commission", "asserted",
      {"04": "The Mekong River Commission, set up in 1995 by Cambodia, Laos, Thailand and Vietnam"}),
    R("Mekong River Commission", "based_in", "Vientiane", "asserted",
      {"04": "The commission, whose secretariat is based in Vientiane"}),
    R(CN, "member_of", "Mekong River Commission", "negated",
      {"04": "China and Myanmar are not members but dialogue partners"}, note="'not X but Y'"),
    R(MM, "member_of", "Mekong River Commission", "negated",
      {"04": "China and Myanmar are not members but dialogue partners"}),
    R("Anoulak Kittikhoun", "head_of", "Mekong River Commission", "asserted",
      {"04": "Anoulak Kittikhoun, the commission's chief executive"}, role="chief executive"),
    R("Kratie", "located_in", KH, "asserted", {"04": "Kratie in Cambodia"}),
    R("Funan Techo canal", "located_in", KH, "asserted",
      {"04": "a 180-km waterway from the Mekong near Phnom Penh to the Gulf of Thailand that Cambodia broke ground on in August 2024"},
      req=False),
    R("Vietnam", "contacted", KH, "reported",
      {"04": "Hanoi has asked Phnom Penh several times for studies on how much water the canal will divert, Vietnamese diplomats said"},
      alt_o=["Phnom Penh"], note="capitals as governments"),
    R("Vietnam", "criticized", "Funan Techo canal", "negated",
      {"04": "has stopped short of criticizing the project in public"}, alt_o=[KH]),
    R("Vietnam", "allied_with", "Laos", "asserted",
      {"04": "Vietnam and Laos, whose communist parties describe their ties as a \"special relationship\""}),
    R(KH, "allied_with", CN, "asserted", {"04": "Cambodia, China's closest partner in the region"}),
    R(US, "party_to", "Mekong-U.S. Partnership", "asserted",
      {"04": "The United States, which launched the Mekong-U.S. Partnership with the five lower Mekong countries in 2020"},
      t="2020"),
    R(US, "supported", "Mekong River Commission", "negated",
      {"04": "no longer funds the commission's river monitoring after the aid cuts of 2025, according to two officials at the commission"},
      note="'no longer', attributed"),

    # ============================================ 05 USMCA review
    R(US, "party_to", "USMCA", "asserted",
      {"05": "When the leaders of the United States, Mexico and Canada signed the USMCA at a summit in Buenos Aires in 2018"},
      t="2018"),
    R(MX, "party_to", "USMCA", "asserted",
      {"05": "When the leaders of the United States, Mexico and Canada signed the USMCA at a summit in Buenos Aires in 2018"},
      t="2018"),
    R("Canada", "party_to", "USMCA", "asserted",
      {"05": "When the leaders of the United States, Mexico and Canada signed the USMCA at a summit in Buenos Aires in 2018"},
      t="2018"),
    R(US, "signed_agreement_with", "Canada", "asserted",
      {"05": "When the leaders of the United States, Mexico and Canada signed the USMCA"}, t="2018"),
    R("Canada", "signed_agreement_with", MX, "asserted",
      {"05": ["When the leaders of the United States, Mexico and Canada signed the USMCA",
              "signed an action plan with Sheinbaum"]},
      alt_s=["Mark Carney"], alt_o=["Claudia Sheinbaum"], note="USMCA (2018) and the action plan (2025-09)"),
    R(US, "imports_from", MX, "asserted",
      {"05": "It has been the largest source of U.S. imports since 2023, and the United States buys about 80% of everything Mexico exports"}),
    R(US, "sanctioned", MX, "asserted",
      {"05": "President Donald Trump imposed 25% tariffs on Mexican and Canadian goods in March 2025"},
      t="2025-03", alt_s=["Donald Trump"], note="03 denies a later, threatened tariff (negated row)"),
    R(US, "sanctioned", "Canada", "asserted",
      {"05": "President Donald Trump imposed 25% tariffs on Mexican and Canadian goods in March 2025"},
      t="2025-03", alt_s=["Donald Trump"]),
    R("Donald Trump", "criticized", "Canada", "asserted",
      {"05": "saying the two neighbours had failed to stop fentanyl and migrants from crossing the border"},
      t="2025-03", alt_s=[US]),
    R(US, "borders", MX, "asserted",
      {"05": "the two neighbours had failed to stop fentanyl and migrants from crossing the border"},
      note="'the two neighbours' of the United States"),
    R(US, "borders", "Canada", "asserted",
      {"05": "the two neighbours had failed to stop fentanyl and migrants from crossing the border"}),
    R("Canada", "sanctioned", US, "asserted", {"05": "Canada answered with counter-tariffs of its own"}, t="2025"),
    R(MX, "sanctioned", US, "negated",
      {"05": "Mexico did not: President Claudia Sheinbaum has never retaliated against a U.S. tariff"},
      alt_s=["Claudia Sheinbaum"], note="elliptical 'did not' and 'never retaliated'"),
    R("Marcelo Ebrard", "works_for", MX, "asserted", {"05": "Her economy secretary, Marcelo Ebrard"},
      alt_o=["Claudia Sheinbaum"], role="economy secretary", note="possessive title: 'Her' is Sheinbaum"),
    R("Marcelo Ebrard", "visited", US, "asserted",
      {"05": "Marcelo Ebrard, has flown to Washington more than a dozen times since January 2025"},
      note="'Washington'; many trips since 2025-01, the last on Wednesday 2026-06-10"),
    R("Marcelo Ebrard", "met_with", "Jamieson Greer", "asserted",
      {"05": "On Wednesday he met U.S. Trade Representative Jamieson Greer there"}, t="2026-06-10"),
    R("Marcelo Ebrard", "met_with", "Jamieson Greer", "planned",
      {"05": "officials said the two men would meet again before the end of the month"}, t="2026-06"),
    R("Jamieson Greer", "works_for", US, "asserted", {"05": "U.S. Trade Representative Jamieson Greer"},
      role="trade representative"),
    R(MX, "negotiating_with", US, "asserted",
      {"05": "for what both sides called a constructive session",
       "08": "the two governments set up a security group that now meets monthly"}, req=False,
      alt_s=["Marcelo Ebrard"], alt_o=["Jamieson Greer"],
      note="implied: 05 the review talks (2026-06); 08 a security group that meets monthly"),
    R(US, "negotiating_with", "Canada", "negated",
      {"05": "the two governments have not formally resumed them"}, alt_s=["Donald Trump"]),
    R(US, "negotiating_with", "Canada", "asserted",
      {"05": "Trump broke off trade negotiations with Canada in October 2025"}, t="2025", req=False,
      alt_s=["Donald Trump"], note="implied: talks until 2025-10"),
    R("Mark Carney", "head_of", "Canada", "asserted", {"05": "Prime Minister Mark Carney"}, role="prime minister"),
    R(MX, "sanctioned", CN, "asserted",
      {"05": "In December its Congress approved tariffs of up to 50% on more than 1,400 product lines from China"},
      t="2025-12", note="approved 2025-12, in force 2026-01"),
    R(CN, "criticized", MX, "asserted", {"05": "Beijing condemned the measure"}),
    R(CN, "threatened", MX, "reported",
      {"05": "said it could take \"necessary steps\" to protect Chinese companies"},
      note="the threat is made; 'could' belongs to what is threatened"),
    R(MX, "imports_from", CN, "asserted",
      {"05": "Mexico still imports huge volumes from China"},
      com="electronics; machinery; car parts"),
    R("Mark Carney", "visited", "Mexico City", "asserted", {"05": "He visited Mexico City in September 2025"},
      t="2025-09", alt_o=[MX]),
    R("Mark Carney", "met_with", "Claudia Sheinbaum", "asserted",
      {"05": "He visited Mexico City in September 2025 and signed an action plan with Sheinbaum"}, t="2025-09"),
    R("Canada", "allied_with", MX, "asserted",
      {"05": "the two governments called a comprehensive strategic partnership"}),
    R("Canada", "party_to", "CPTPP", "asserted", {"05": "Canada and Mexico also belong to the CPTPP"},
      alt_p=["member_of"]),
    R(MX, "party_to", "CPTPP", "asserted", {"05": "Canada and Mexico also belong to the CPTPP"},
      alt_p=["member_of"]),
    R("Costa Rica", "candidate_for", "CPTPP", "asserted",
      {"05": "the trans-Pacific trade pact that Costa Rica is seeking to join"}),
    R(US, "party_to", "CPTPP", "negated", {"05": "of which the United States is not a member"},
      alt_p=["member_of"]),
    R("Laura Garza", "lives_in", "Saltillo", "asserted", {"05": "Laura Garza, who lives in Saltillo"}),

    # ============================================ 06 Honduras
    R("Nasry Asfura", "head_of", "Honduras", "asserted",
      {"06": "was sworn in as president of Honduras on January 27"}, t="2026-01-27", role="president"),
    R("Nasry Asfura", "member_of", "National Party", "asserted",
      {"06": "a member of the conservative National Party"}),
    R("Tegucigalpa", "capital_of", "Honduras", "asserted", {"06": "a former mayor of the capital, Tegucigalpa"}),
    R("Donald Trump", "supported", "Nasry Asfura", "asserted", {"06": "President Donald Trump had openly backed him"},
      t="2025", alt_s=[US]),
    R("Donald Trump", "threatened", "Honduras", "asserted",
      {"06": "warned in the final days of the campaign that the United States would not be generous with Honduras if he lost"},
      t="2025-11", alt_s=[US], note="a threat phrased as a negated future"),
    R("Honduras", "normalized_relations_with", "Taiwan", "planned",
      {"06": "During the campaign Asfura promised to restore relations with Taiwan"}, alt_s=["Nasry Asfura"]),
    R("Honduras", "normalized_relations_with", "Taiwan", "negated", {"06": "He has not done so."},
      alt_s=["Nasry Asfura"], note="a promise stated, then its fulfilment denied"),
    R("Honduras", "diplomatic_relations_with", "Taiwan", "negated",
      {"06": "relations with Taiwan, which Honduras broke off in March 2023"}, alt_p=["recognizes"],
      note="broken off 2023-03"),
    R("Honduras", "recognizes", CN, "asserted",
      {"06": ["switched diplomatic recognition to China", "Honduras still recognizes Beijing"]}, t="2023-03"),
    R("Honduras", "diplomatic_relations_with", CN, "asserted",
      {"06": "switched diplomatic recognition to China"}, t="2023-03", req=False),
    R("Xiomara Castro", "head_of", "Honduras", "asserted", {"06": "his predecessor, Xiomara Castro"},
      role="president (former)", note="'his predecessor' as president of Honduras"),
    R("Ministry of Commerce", "visited", "Tegucigalpa", "asserted",
      {"06": "a delegation from China's Ministry of Commerce visited Tegucigalpa this month"}, t="2026-03"),
    R("Ministry of Commerce", "based_in", CN, "asserted", {"06": "China's Ministry of Commerce"}, req=False),
    R(CN, "imports_from", "Honduras", "hedged",
      {"06": "to discuss purchases of Honduran shrimp and coffee"}, req=False, com="shrimp; coffee",
      note="purchases under discussion"),
    R("Guatemala", "recognizes", "Taiwan", "asserted",
      {"06": "Only a dozen countries still recognize Taipei, among them Guatemala and Belize"}),
    R("Belize", "recognizes", "Taiwan", "asserted",
      {"06": "Only a dozen countries still recognize Taipei, among them Guatemala and Belize"}),
    R("Nicaragua", "diplomatic_relations_with", "Taiwan", "negated", {"06": "cut its ties with Taiwan in 2021"},
      alt_p=["recognizes"]),
    R(US, "recognizes", "Taiwan", "negated",
      {"06": "The United States itself does not formally recognize Taiwan"}),
    R(US, "supported", "Taiwan", "asserted", {"06": "it remains the island's main supplier of weapons"},
      note="'the island' is Taiwan"),
    R("Honduras", "negotiating_with", US, "asserted",
      {"06": "is negotiating an agreement with Washington to take in migrants of other nationalities"},
      t="2026-03", note="'His government' is Honduras'"),
    R("Honduras", "signed_agreement_with", US, "asserted",
      {"06": "Honduras signed a similar asylum agreement with the United States in 2019"}, t="2019",
      note="'but it never took effect' does not undo the signing"),
    R("El Salvador", "signed_agreement_with", US, "asserted",
      {"06": "when President Nayib Bukele agreed with Washington to hold deportees in CECOT"}, t="2025-02",
      alt_s=["Nayib Bukele"]),
    R("Nayib Bukele", "head_of", "El Salvador", "asserted",
      {"06": "Neighbouring El Salvador went further in February 2025, when President Nayib Bukele"},
      role="president"),
    R("CECOT", "located_in", "Tecoluca", "asserted", {"06": "CECOT, the vast prison in Tecoluca"}),
    R("CECOT", "located_in", "El Salvador", "asserted", {"06": "CECOT, the vast prison in Tecoluca that his government opened in 2023"},
      req=False, note="'his government' is El Salvador's"),
    R("Honduras", "borders", "Guatemala", "asserted", {"06": "borders Guatemala, El Salvador and Nicaragua"}),
    R("Honduras", "borders", "El Salvador", "asserted",
      {"06": ["borders Guatemala, El Salvador and Nicaragua", "Neighbouring El Salvador"]}),
    R("Honduras", "borders", "Nicaragua", "asserted", {"06": "borders Guatemala, El Salvador and Nicaragua"}),
    R("Karla Mejia", "lives_in", "San Pedro Sula", "asserted", {"06": "Karla Mejia, who lives there"},
      note="'there' is San Pedro Sula"),
    R("San Pedro Sula", "located_in", "Honduras", "asserted", {"06": "San Pedro Sula, the country's industrial hub"}),
    R("Juan Orlando Hernandez", "head_of", "Honduras", "asserted",
      {"06": "Juan Orlando Hernandez, who led Honduras from 2014 to 2022"}, t="2014",
      role="president (former)", note="a range: 2014 to 2022"),
    R("Juan Orlando Hernandez", "member_of", "National Party", "asserted",
      {"06": "Asfura's party is still living down Juan Orlando Hernandez"}, req=False),
    R("Liberty and Refoundation", "criticized", "Donald Trump", "asserted",
      {"06": "a decision that Castro's Liberty and Refoundation party condemned"}, t="2025-12",
      note="condemned Trump's pardon"),
    R("Xiomara Castro", "member_of", "Liberty and Refoundation", "asserted",
      {"06": "Castro's Liberty and Refoundation party"}, alt_p=["head_of"]),
    R("Honduras", "gained_independence_from", "Spain", "asserted",
      {"06": "Honduras, which won independence from Spain in 1821"}, t="1821"),
    R("Honduras", "located_in", "Central America", "asserted",
      {"06": "won independence from Spain in 1821 with the rest of Central America"}),

    # ============================================ 07 Myanmar
    R("Min Aung Hlaing", "head_of", MM, "asserted",
      {"07": "Myanmar's new parliament elected Senior General Min Aung Hlaing as president on Monday"},
      t="2026-04-06", role="president"),
    R("Naypyidaw", "capital_of", MM, "asserted", {"07": "Naypyidaw, the capital the military built in the 2000s"}),
    R("Min Aung Hlaing", "head_of", JUNTA, "asserted",
      {"07": "handed command of the armed forces on the same day to his long-time deputy, Soe Win"},
      role="commander-in-chief (until 2026-04-06)", note="he held the command he handed over"),
    R("Soe Win", "head_of", JUNTA, "asserted",
      {"07": "handed command of the armed forces on the same day to his long-time deputy, Soe Win"},
      t="2026-04-06", role="commander-in-chief"),
    R("Soe Win", "works_for", "Min Aung Hlaing", "asserted", {"07": "his long-time deputy, Soe Win"},
      req=False, alt_o=[JUNTA], role="deputy"),
    R(JUNTA, "supported", "Union Solidarity and Development Party", "asserted",
      {"07": "The Union Solidarity and Development Party, which the military backs"}),
    R("National Unity Government", "in_conflict_with", JUNTA, "reported",
      {"07": "said its forces would keep fighting the military"}),
    R("National Unity Government", "criticized", JUNTA, "asserted", {"07": "called the election a sham"},
      req=False, note="the object is the military's election"),
    R("Aung San Suu Kyi", "member_of", "National League for Democracy", "asserted",
      {"07": "Her party, the National League for Democracy"}, alt_p=["head_of"]),
    R("Aung San Suu Kyi", "head_of", MM, "asserted", {"07": "Aung San Suu Kyi, the ousted civilian leader"},
      req=False, note="former"),
    R(MM, "member_of", "Association of Southeast Asian Nations", "asserted",
      {"07": "The Association of Southeast Asian Nations, which Myanmar joined in 1997"}, note="joined 1997"),
    R(CN, "supported", JUNTA, "asserted",
      {"07": ["China, by contrast, welcomed it", "China and Russia remain the military's main suppliers of arms"]}),
    R("Russia", "supported", JUNTA, "asserted",
      {"07": "China and Russia remain the military's main suppliers of arms"}),
    R("Deng Xijun", "works_for", CN, "asserted", {"07": "Deng Xijun, Beijing's special envoy for Myanmar"},
      role="special envoy"),
    R("Deng Xijun", "visited", "Naypyidaw", "asserted", {"07": "visited Naypyidaw last month"}, t="2026-03",
      alt_o=[MM]),
    R("Rakhine State", "located_in", MM, "asserted", {"07": "In Rakhine State, on the Bay of Bengal"}, req=False),
    R("Arakan Army", "took_control_of", "Western Command headquarters", "asserted",
      {"07": "where it captured the headquarters of the military's Western Command in December 2024"},
      t="2024-12"),
    R("Western Command headquarters", "located_in", "Ann", "asserted",
      {"07": "including Ann, where it captured the headquarters of the military's Western Command"}),
    R("Arakan Army", "took_control_of", "Ann", "asserted",
      {"07": "now controls 14 of the state's 17 townships, including Ann"}),
    R("Ann", "located_in", "Rakhine State", "asserted",
      {"07": "now controls 14 of the state's 17 townships, including Ann"}, req=False),
    R("Arakan Army", "took_control_of", "Sittwe", "negated",
      {"07": "It has not taken Sittwe, the state capital, or Kyaukphyu"}),
    R("Arakan Army", "took_control_of", "Kyaukphyu", "negated",
      {"07": "It has not taken Sittwe, the state capital, or Kyaukphyu"}, note="shelled, but not taken"),
    R("Kyaukphyu", "located_in", "Rakhine State", "asserted",
      {"07": "It has not taken Sittwe, the state capital, or Kyaukphyu"}, req=False,
      note="implied: one of the Rakhine towns the Arakan Army has not taken"),
    R("Sittwe", "capital_of", "Rakhine State", "asserted", {"07": "Sittwe, the state capital"}),
    R("Arakan Army", "attacked", "Kyaukphyu", "asserted",
      {"07": "its fighters shelled the outskirts of Kyaukphyu this month"}, t="2026-04"),
    R(CN, "threatened", "Arakan Army", "asserted",
      {"07": "Beijing has warned the group that it will not tolerate an attack on the port"}),
    R(JUNTA, "blockaded", "Rakhine State", "asserted", {"07": "The military has blockaded Rakhine since late 2023"},
      t="2023"),
    R(JUNTA, "in_conflict_with", "Arakan Army", "asserted",
      {"07": ["The fighting did not pause for the ceremony", "\"The army cannot win here,\" she said"]}),
    R("Ma Thandar", "lives_in", "Mrauk-U", "asserted",
      {"07": "Ma Thandar, a teacher who fled Sittwe last year and now lives in a monastery camp in Mrauk-U"}),
    R("Arakan Army", "took_control_of", "Mrauk-U", "asserted",
      {"07": "a town the Arakan Army has held since early 2024"}, t="2024"),
    R("Arakan Army", "member_of", "Three Brotherhood Alliance", "asserted",
      {"07": "The Arakan Army belongs to the Three Brotherhood Alliance"}),
    R("Three Brotherhood Alliance", "attacked", JUNTA, "asserted",
      {"07": "whose offensive in October 2023 drove the army out of much of northern Shan State"}, t="2023-10",
      alt_p=["in_conflict_with"]),
    R("Three Brotherhood Alliance", "took_control_of", "Shan State", "asserted",
      {"07": "drove the army out of much of northern Shan State"}, t="2023", req=False, note="'much of'"),
    R("Myanmar National Democratic Alliance Army", "member_of", "Three Brotherhood Alliance", "asserted",
      {"07": "Another member of the alliance, the Myanmar National Democratic Alliance Army"}),
    R("Myanmar National Democratic Alliance Army", "took_control_of", "Lashio", "asserted",
      {"07": "captured Lashio, the largest town in northern Shan State, in August 2024"}, t="2024-08"),
    R(JUNTA, "took_control_of", "Lashio", "asserted",
      {"07": "handed it back to the military in April 2025"}, t="2025-04",
      note="the object is a pronoun ('it'), the taker is in a prepositional phrase"),
    R("Lashio", "located_in", "Shan State", "asserted", {"07": "Lashio, the largest town in northern Shan State"}),
    R("Myanmar National Democratic Alliance Army", "signed_agreement_with", JUNTA, "asserted",
      {"07": "handed it back to the military in April 2025 under a ceasefire brokered by China in Kunming"}),
    R("Myanmar National Democratic Alliance Army", "party_to", "Kunming ceasefire", "asserted",
      {"07": "under a ceasefire brokered by China in Kunming"}, req=False),
    R(JUNTA, "party_to", "Kunming ceasefire", "asserted",
      {"07": "under a ceasefire brokered by China in Kunming"}, req=False),
    R(CN, "brokered", "Kunming ceasefire", "asserted", {"07": "a ceasefire brokered by China in Kunming"}),

    # ============================================ 08 Sinaloa
    R("Omar Garcia Harfuch", "works_for", MX, "asserted", {"08": "Security Secretary Omar Garcia Harfuch"},
      role="security secretary"),
    R("Omar Garcia Harfuch", "met_with", "Ronald Johnson", "asserted",
      {"08": "He met U.S. Ambassador Ronald Johnson at the embassy in Mexico City"}, t="2026-05",
      note="Tuesday 2026-05-12, 'hours before the flight left'"),
    R("Ronald Johnson", "works_for", US, "asserted", {"08": "U.S. Ambassador Ronald Johnson"}, role="ambassador"),
    R("Mexico City", "capital_of", MX, "asserted", {"08": "Mexico City, the Mexican capital"}),
    R("Ismael Zambada", "member_of", "Sinaloa Cartel", "asserted",
      {"08": "Ismael \"El Mayo\" Zambada, a co-founder of the organization"}, alt_p=["head_of"]),
    R("Los Chapitos", "member_of", "Sinaloa Cartel", "asserted",
      {"08": "The cartel split in September 2024 into a faction loyal to Ismael \"El Mayo\" Zambada, a co-founder of the organization, and Los Chapitos"}),
    R("Los Chapitos", "in_conflict_with", "Ismael Zambada", "asserted",
      {"08": "The cartel split in September 2024 into a faction loyal to Ismael \"El Mayo\" Zambada"}, t="2024-09",
      req=False, note="his faction is not named"),
    R("Joaquin Guzman", "head_of", "Sinaloa Cartel", "asserted",
      {"08": "its jailed former leader Joaquin \"El Chapo\" Guzman"}, role="leader (former)"),
    R("Joaquin Guzman Lopez", "member_of", "Los Chapitos", "asserted",
      {"08": "one of those sons, Joaquin Guzman Lopez"}),
    R("Joaquin Guzman Lopez", "visited", "El Paso", "asserted",
      {"08": "Joaquin Guzman Lopez, flew with Zambada to El Paso, Texas"}, t="2024"),
    R("Ismael Zambada", "visited", "El Paso", "asserted",
      {"08": "flew with Zambada to El Paso, Texas"}, t="2024", req=False, note="he says he was kidnapped"),
    R("Culiacan", "capital_of", "Sinaloa", "asserted", {"08": "Culiacan, the state capital"}),
    R("Los Chapitos", "killed", "Hector Valdez Ruelas", "reported",
      {"08": ["gunmen killed Hector Valdez Ruelas", "State prosecutors said the attackers belonged to Los Chapitos"]},
      t="2026-05-10"),
    R("Los Chapitos", "killed", "Hector Valdez Ruelas", "negated", {"08": "which denied any involvement"},
      note="a claim stated, then denied by its subject"),
    R(US, "sanctioned", "Sinaloa Cartel", "asserted",
      {"08": "Washington designated the Sinaloa Cartel and the Jalisco New Generation Cartel as foreign terrorist organizations in February 2025"},
      t="2025-02", note="terrorist designation"),
    R(US, "sanctioned", "Jalisco New Generation Cartel", "asserted",
      {"08": "Washington designated the Sinaloa Cartel and the Jalisco New Generation Cartel as foreign terrorist organizations in February 2025"},
      t="2025-02"),
    R("U.S. Treasury Department", "sanctioned", "Los Chapitos", "asserted",
      {"08": "the Treasury sanctioned Los Chapitos that June"}, t="2025-06", alt_s=[US]),
    R("Donald Trump", "threatened", "Sinaloa Cartel", "asserted",
      {"08": "Trump has said he could order strikes against both cartels inside Mexico"}, alt_s=[US]),
    R("Donald Trump", "threatened", "Jalisco New Generation Cartel", "asserted",
      {"08": "Trump has said he could order strikes against both cartels inside Mexico"}, alt_s=[US]),
    R(US, "attacked", "Sinaloa Cartel", "hedged",
      {"08": "Trump has said he could order strikes against both cartels inside Mexico"}, req=False,
      alt_s=["Donald Trump"]),
    R(US, "attacked", "Jalisco New Generation Cartel", "hedged",
      {"08": "Trump has said he could order strikes against both cartels inside Mexico"}, req=False,
      alt_s=["Donald Trump"]),
    R(US, "attacked", MX, "negated", {"08": "The United States has not carried out any strike on Mexican soil"}),
    R("Marco Rubio", "works_for", US, "asserted", {"08": "Secretary of State Marco Rubio"}, role="secretary of state"),
    R("Marco Rubio", "visited", "Mexico City", "asserted", {"08": "Marco Rubio visited Mexico City in September 2025"},
      t="2025-09", alt_o=[MX]),
    R("Marco Rubio", "met_with", "Claudia Sheinbaum", "asserted",
      {"08": "visited Mexico City in September 2025 and met Sheinbaum"}, t="2025-09"),
    R(MX, "criticized", US, "asserted",
      {"08": "Mexico, for its part, has long accused the United States of failing to stop the flow of American guns south"}),
    R(MX, "negotiating_with", "Sinaloa Cartel", "reported",
      {"08": "claimed that Mexican officials had negotiated with the Sinaloa Cartel over a truce in Culiacan"},
      req=False, note="a congressman's claim"),
    R(MX, "negotiating_with", "Sinaloa Cartel", "negated",
      {"08": ["Sheinbaum denied it", "\"My government does not negotiate with criminals,\" she said"]},
      alt_s=["Claudia Sheinbaum"], note="the claim denied"),
    R("Jalisco New Generation Cartel", "based_in", "Jalisco", "asserted",
      {"08": "The Jalisco cartel, based in the western state of Jalisco"}),
    R("Jalisco New Generation Cartel", "in_conflict_with", "Sinaloa Cartel", "asserted",
      {"08": "is fighting the Sinaloa Cartel for smuggling routes in Chiapas"}),
    R("Chiapas", "borders", "Guatemala", "asserted", {"08": "Chiapas, on the border with Guatemala"}),
    R("Nemesio Oseguera", "head_of", "Jalisco New Generation Cartel", "asserted",
      {"08": "Its leader, Nemesio Oseguera, known as El Mencho"}, role="leader"),
    R("Rosa Elena Cazares", "lives_in", "Culiacan", "asserted", {"08": "Rosa Elena Cazares, who lives in Culiacan"}),
]


# ---------------------------------------------------------------- checks ---
def norm(s):
    """As the scorer normalizes a name."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def load_texts():
    return {k: textutil.clean(os.path.join(SET_DIR, "corpus", f)) for k, f in DOCS.items()}


def evs(row, doc):
    e = row["ev"][doc]
    return [e] if isinstance(e, str) else list(e)


def mentions(text, names):
    """A whole-word mention of any of the names; case-insensitive, except for
    names written in capitals ("US" is not "us")."""
    for n in names:
        flags = 0 if n.isupper() else re.IGNORECASE
        if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, flags):
            return True
    return False


def unit(row, by_name):
    s, o = row["s"], row["o"]
    if row["p"] in SYMMETRIC and s > o:
        s, o = o, s
    return (s, row["p"], o, POLARITY.get(row["modality"], "?"))


def validate(entities, rows, texts):
    """Every problem as (check, message)."""
    errs = []
    add = lambda c, m: errs.append((c, m))
    by_name, alias_owner, ids = {}, {}, set()
    for eid, name, typ, aliases in entities:
        if typ not in TYPES:
            add("entity-type", f"{name}: type {typ!r} is not in SCHEMA.md")
        if eid in ids:
            add("entity-id", f"{name}: id {eid!r} used twice")
        ids.add(eid)
        if name in by_name:
            add("entity-id", f"{name}: name used twice")
        by_name[name] = (typ, [name] + list(aliases) + DEMONYMS.get(name, []))
        for a in [name] + list(aliases):
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                add("alias-unique", f"alias {a!r} belongs to {alias_owner[k]} and {name}")
            alias_owner.setdefault(k, name)
    seen = {}
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        if r["p"] not in PREDICATES:
            add("predicate", f"{tag}: predicate not in SCHEMA.md")
        for ap in r["alt_p"]:
            if ap not in PREDICATES:
                add("predicate", f"{tag}: alt_p {ap!r} not in SCHEMA.md")
        if r["modality"] not in MODALITIES:
            add("modality", f"{tag}: modality not in SCHEMA.md")
        if not isinstance(r["required"], bool):
            add("required", f"{tag}: required must be true or false")
        for fld in ("s", "o"):
            if r[fld] not in by_name:
                add("entity-known", f"{tag}: {fld} {r[fld]!r} is not an entity's name")
        for fld in ("alt_s", "alt_o"):
            for a in r[fld]:
                if a not in by_name:
                    add("entity-known", f"{tag}: {fld} {a!r} is not an entity's name")
        if r["p"] in PREDICATES and r["s"] in by_name and r["o"] in by_name:
            st, ot = PREDICATES[r["p"]]
            if by_name[r["s"]][0] not in st or by_name[r["o"]][0] not in ot:
                add("type-fit", f"{tag}: {by_name[r['s']][0]} -> {by_name[r['o']][0]} does not fit {r['p']}")
        if r["time"] is not None:
            if r["p"] in STATIC:
                add("static-time", f"{tag}: static predicate with a time")
            if r["modality"] == "negated":
                add("negated-time", f"{tag}: negated row with a time")
            if not TIME_RE.match(str(r["time"])):
                add("iso-time", f"{tag}: time {r['time']!r} is not an ISO prefix")
        if not r["ev"]:
            add("ev-present", f"{tag}: no cited document")
        for d in r["ev"]:
            if d not in texts:
                add("doc-known", f"{tag}: unknown document {d!r}")
                continue
            for e in evs(r, d):
                if not e or e not in texts[d]:
                    add("ev-in-text", f"{tag}: ev not in {DOCS[d]}: {e!r}")
            for fld in ("s", "o"):
                if r[fld] in by_name and not mentions(texts[d], by_name[r[fld]][1]):
                    add("name-in-doc", f"{tag}: no name or alias of {r[fld]!r} in {DOCS[d]}")
        if r["s"] in by_name and r["o"] in by_name:
            u = unit(r, by_name)
            if u in seen:
                add("unit-unique", f"{tag}: same unit as row {seen[u]}")
            seen.setdefault(u, i)
    used = {r[k] for r in rows for k in ("s", "o")} | {a for r in rows for k in ("alt_s", "alt_o") for a in r[k]}
    for name in by_name:
        if name not in used:
            add("entity-used", f"{name}: no row names this entity")
    return errs


# ---------------------------------------------------------------- output ---
def entity_lines(entities):
    return [{"id": eid, "name": n, "type": t, "aliases": list(a)} for eid, n, t, a in entities]


def triple_lines(rows):
    out = []
    for r in rows:
        g = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": sorted(DOCS[d] for d in r["ev"]),
             "modality": r["modality"]}
        if r["time"] is not None:
            g["time"] = r["time"]
        g["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                g[k] = r[k]
        note = r["note"] or ""
        if r["role"]:
            note = f"role: {r['role']}" + (f"; {note}" if note else "")
        if r["commodity"]:
            note = f"commodity: {r['commodity']}" + (f"; {note}" if note else "")
        if note:
            g["note"] = note
        out.append(g)
    return out


def statement_lines(entities, rows, texts):
    types = {n: t for _, n, t, _ in entities}
    metas = {k: textutil.meta(os.path.join(SET_DIR, "corpus", f)) for k, f in DOCS.items()}
    out = []
    for r in rows:
        for d in sorted(r["ev"]):
            e = evs(r, d)[0]
            i = texts[d].index(e)
            a, b = textutil.sentence_of(texts[d], i, i + len(e))
            out.append({
                "subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": types[r["o"]], "modality": r["modality"],
                "time": r["time"] or "", "role": r["role"] or "", "commodity": r["commodity"] or "",
                "confidence": 1.0, "source": DOCS[d], "title": metas[d]["title"],
                "publisher": PUBLISHER[d], "published": metas[d]["date"],
                "sentence": texts[d][a:b], "start": a, "end": b, "rule": "gold"})
    return out


def write_jsonl(name, lines):
    with open(os.path.join(SET_DIR, name), "w", encoding="utf-8") as f:
        for x in lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


def stats(entities, rows):
    types = {n: t for _, n, t, _ in entities}
    c = lambda it: sorted(Counter(it).items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"rows: {len(rows)}")
    print(f"required: {sum(r['required'] for r in rows)}")
    print(f"negated: {sum(r['modality'] == 'negated' for r in rows)}")
    print(f"entities: {len(entities)}")
    print(f"statements (row x cited document): {sum(len(r['ev']) for r in rows)}")
    print("per modality: " + ", ".join(f"{k} {v}" for k, v in c(r["modality"] for r in rows)))
    print(f"per predicate ({len(set(r['p'] for r in rows))} of {len(PREDICATES)} used):")
    for k, v in c(r["p"] for r in rows):
        print(f"  {k} {v}")
    missing = sorted(set(PREDICATES) - set(r["p"] for r in rows))
    if missing:
        print("  unused: " + ", ".join(missing))
    print("entities per type: " + ", ".join(f"{k} {v}" for k, v in c(t for _, _, t, _ in entities)))
    print("rows per subject type: " + ", ".join(f"{k} {v}" for k, v in c(types[r['s']] for r in rows)))
    print("rows citing each document:")
    for d, f in DOCS.items():
        n = sum(d in r["ev"] for r in rows)
        req = sum(d in r["ev"] and r["required"] for r in rows)
        neg = sum(d in r["ev"] and r["modality"] == "negated" for r in rows)
        print(f"  {f} {n} (required {req}, negated {neg})")


# -------------------------------------------------------------- selftest ---
def selftest(texts):
    """Break a copy of the data once per check; each check must fire."""
    def first(rows, pred):
        return next(i for i, r in enumerate(rows) if pred(r))

    def m_entity_type(E, Rw):
        E[0] = (E[0][0], E[0][1], "Planet", E[0][3])

    def m_entity_id(E, Rw):
        E.append(("thailand", "Siam", "Country", []))

    def m_alias(E, Rw):
        i = next(i for i, e in enumerate(E) if e[1] == "Cambodia")
        E[i] = (E[i][0], E[i][1], E[i][2], E[i][3] + ["Kingdom of Thailand"])

    def m_entity_used(E, Rw):
        E.append(("atlantis", "Atlantis", "Country", []))

    def m_predicate(E, Rw):
        Rw[0]["p"] = "befriended"

    def m_modality(E, Rw):
        Rw[0]["modality"] = "rumoured"

    def m_required(E, Rw):
        Rw[0]["required"] = "yes"

    def m_entity_known(E, Rw):
        Rw[0]["o"] = "Atlantis"

    def m_type_fit(E, Rw):
        Rw[first(Rw, lambda r: r["p"] == "head_of")]["o"] = "Mae Sot"

    def m_static_time(E, Rw):
        Rw[first(Rw, lambda r: r["p"] == "located_in")]["time"] = "2026"

    def m_negated_time(E, Rw):
        Rw[first(Rw, lambda r: r["modality"] == "negated")]["time"] = "2026"

    def m_iso_time(E, Rw):
        Rw[first(Rw, lambda r: r["time"])]["time"] = "March 2026"

    def m_ev_present(E, Rw):
        Rw[0]["ev"] = {}

    def m_doc_known(E, Rw):
        Rw[0]["ev"]["99"] = "nothing"

    def m_ev_in_text(E, Rw):
        d = next(iter(Rw[0]["ev"]))
        Rw[0]["ev"][d] = "words that no article of this set contains"

    def m_name_in_doc(E, Rw):
        i = first(Rw, lambda r: r["s"] == "Sihasak Phuangketkeow" and r["p"] == "works_for")
        Rw[i]["s"] = "Marcelo Ebrard"      # a Person no Mae Sot story names

    def m_unit_unique(E, Rw):
        i = first(Rw, lambda r: r["p"] in SYMMETRIC and r["modality"] == "asserted")
        dup = copy.deepcopy(Rw[i])
        dup["s"], dup["o"] = dup["o"], dup["s"]   # the same unit written the other way round
        dup["modality"] = "reported"               # same polarity
        Rw.append(dup)

    cases = [("entity-type", m_entity_type), ("entity-id", m_entity_id), ("alias-unique", m_alias), ("entity-used", m_entity_used),
             ("predicate", m_predicate), ("modality", m_modality), ("required", m_required),
             ("entity-known", m_entity_known), ("type-fit", m_type_fit), ("static-time", m_static_time),
             ("negated-time", m_negated_time), ("iso-time", m_iso_time), ("ev-present", m_ev_present),
             ("doc-known", m_doc_known), ("ev-in-text", m_ev_in_text), ("name-in-doc", m_name_in_doc),
             ("unit-unique", m_unit_unique)]
    clean = validate(ENTITIES, ROWS, texts)
    ok = not clean
    print(f"{'ok  ' if ok else 'FAIL'} unbroken data: {len(clean)} problems")
    for check, mutate in cases:
        E, Rw = copy.deepcopy(ENTITIES), copy.deepcopy(ROWS)
        mutate(E, Rw)
        got = [m for c, m in validate(E, Rw, texts) if c == check]
        print(f"{'ok  ' if got else 'FAIL'} {check}: " + (got[0] if got else "did not fire"))
        ok &= bool(got)
    return ok


def main(argv):
    texts = load_texts()
    if "--selftest" in argv:
        sys.exit(0 if selftest(texts) else 1)
    errs = validate(ENTITIES, ROWS, texts)
    for c, m in errs:
        print(f"{c}: {m}", file=sys.stderr)
    if "--stats" in argv:
        stats(ENTITIES, ROWS)
    if errs:
        sys.exit(f"{len(errs)} problems")
    if "--check" in argv:
        print(f"ok: {len(ROWS)} rows, {len(ENTITIES)} entities, no problems")
        return
    if "--stats" in argv:
        return
    write_jsonl("entities.jsonl", entity_lines(ENTITIES))
    write_jsonl("triples.jsonl", triple_lines(ROWS))
    sts = statement_lines(ENTITIES, ROWS, texts)
    write_jsonl("selfcheck_statements.jsonl", sts)
    print(f"wrote entities.jsonl ({len(ENTITIES)}), triples.jsonl ({len(ROWS)}), "
          f"selfcheck_statements.jsonl ({len(sts)})")


if __name__ == "__main__":
    main(sys.argv[1:])
