"""Gold data of set zzzn: entities and facts, read by build_gold.py.

ENTITIES: (name, type, aliases, extra mention forms). Aliases go to
entities.jsonl and are what the scorer maps names through. Extra mention forms
(demonyms, capitals used for the government) are used only by the builder's
check that an entity is mentioned in every document that states a fact about
it; they are not exported, so a statement naming the capital instead of the
country does not match.

FACTS: one call F(s, p, o, modality, evidence, ...) per gold row. evidence maps
a document key ("01".."08") to a phrase copied from that document's body
text (curly quotes may be written straight). Options: t= time, req=False for a
fact that is fine to find and fine to miss, alt_s/alt_p/alt_o for other
readings that also count, role= for head_of/works_for, com= commodity for
imports_from, why= a remark added to the note.
"""

DOCS = {
    "01": "zzzn01_nepal_bangladesh_power_deal.txt",
    "02": "zzzn02_bangladesh_hasina_extradition.txt",
    "03": "zzzn03_czech_babis_appointed.txt",
    "04": "zzzn04_sri_lanka_cyclone_aid.txt",
    "05": "zzzn05_hungary_oil_waiver.txt",
    "06": "zzzn06_poland_rail_sabotage.txt",
    "07": "zzzn07_bhutan_china_boundary_talks.html",
    "08": "zzzn08_visegrad_summit_esztergom.html",
}

P, C, O, CI, R, A, FA = ("Person", "Country", "Organization", "City", "Region",
                         "Agreement", "Facility")

ENTITIES = [
    # --- people, cluster A (South Asia)
    ("Muhammad Yunus", P, ["Yunus", "Chief Adviser Muhammad Yunus", "Professor Muhammad Yunus", "Dr Muhammad Yunus"], []),
    ("Sushila Karki", P, ["Karki", "Prime Minister Sushila Karki"], []),
    ("K.P. Sharma Oli", P, ["Oli", "KP Sharma Oli", "K P Sharma Oli", "K.P. Oli", "Khadga Prasad Sharma Oli", "Khadga Prasad Oli"], []),
    ("Ram Chandra Paudel", P, ["Paudel", "Ram Chandra Poudel", "Poudel", "President Ram Chandra Paudel"], []),
    ("Tshering Tobgay", P, ["Tobgay", "Prime Minister Tshering Tobgay"], []),
    ("Touhid Hossain", P, ["Hossain", "Md Touhid Hossain", "Md. Touhid Hossain", "Mohammad Touhid Hossain"], []),
    ("Sarita Ghimire", P, ["Ghimire"], []),
    ("Sheikh Hasina", P, ["Hasina", "Sheikh Hasina Wazed"], []),
    ("Pranay Verma", P, ["Verma", "Pranay Kumar Verma"], []),
    ("Abu Sayed", P, ["Sayed"], []),
    ("Narendra Modi", P, ["Modi", "Prime Minister Narendra Modi"], []),
    ("Khaleda Zia", P, ["Begum Khaleda Zia"], []),
    ("Tarique Rahman", P, ["Tarique", "Rahman"], []),
    ("Anura Kumara Dissanayake", P, ["Dissanayake", "Anura Dissanayake", "AKD", "President Anura Kumara Dissanayake"], []),
    ("Vijitha Herath", P, ["Herath"], []),
    ("Harini Amarasuriya", P, ["Amarasuriya"], []),
    ("Karma Wangdi", P, ["Wangdi"], []),
    ("Wang Yi", P, [], []),
    ("Jigme Khesar Namgyel Wangchuck", P, ["King Jigme Khesar Namgyel Wangchuck", "Jigme Khesar Namgyel Wangchuk", "Jigme Khesar", "King Jigme Khesar"], []),
    # --- people, cluster B (Central Europe)
    ("Petr Pavel", P, ["Pavel", "President Petr Pavel"], []),
    ("Andrej Babiš", P, ["Babiš", "Babis", "Andrej Babis"], []),
    ("Petr Fiala", P, ["Fiala"], []),
    ("Tomio Okamura", P, ["Okamura"], []),
    ("Petr Macinka", P, ["Macinka"], []),
    ("Volodymyr Zelensky", P, ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Zelenskiy"], []),
    ("Robert Fico", P, ["Fico"], []),
    ("Viktor Orbán", P, ["Orbán", "Orban", "Viktor Orban"], []),
    ("Donald Trump", P, ["Trump", "President Donald Trump"], []),
    ("Vladimir Putin", P, ["Putin"], []),
    ("Péter Szijjártó", P, ["Szijjártó", "Szijjarto", "Peter Szijjarto"], []),
    ("Radosław Sikorski", P, ["Sikorski", "Radoslaw Sikorski"], []),
    ("Péter Magyar", P, ["Peter Magyar"], []),
    ("Daniel Křetínský", P, ["Křetínský", "Kretinsky", "Daniel Kretinsky"], []),
    ("Donald Tusk", P, ["Tusk"], []),
    ("Karol Nawrocki", P, ["Nawrocki"], []),
    ("Andrii Sybiha", P, ["Sybiha", "Andriy Sybiha"], []),
    ("Peter Pellegrini", P, ["Pellegrini"], []),
    ("Tamás Sulyok", P, ["Sulyok", "Tamas Sulyok"], []),
    ("Juraj Cintula", P, ["Cintula"], []),
    ("Christian Stocker", P, ["Stocker"], []),
    # --- countries
    ("Nepal", C, ["Federal Democratic Republic of Nepal"], ["Nepali", "Kathmandu"]),
    ("Bangladesh", C, ["People's Republic of Bangladesh"], ["Bangladeshi", "Dhaka"]),
    ("Bhutan", C, ["Kingdom of Bhutan"], ["Bhutanese", "Thimphu"]),
    ("Sri Lanka", C, ["Democratic Socialist Republic of Sri Lanka"], ["Sri Lankan", "Colombo"]),
    ("India", C, ["Republic of India", "New Delhi"], ["Indian"]),
    ("China", C, ["People's Republic of China", "PRC"], ["Chinese", "Beijing"]),
    ("Pakistan", C, ["Islamic Republic of Pakistan", "Islamabad"], ["Pakistani"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington", "Trump administration", "Trump's administration", "U.S. administration"], ["American"]),
    ("United Kingdom", C, ["UK", "U.K.", "Britain", "Great Britain"], ["British"]),
    ("Czechia", C, ["Czech Republic"], ["Czech", "Prague"]),
    ("Slovakia", C, ["Slovak Republic"], ["Slovak", "Bratislava"]),
    ("Hungary", C, [], ["Hungarian", "Budapest"]),
    ("Poland", C, ["Republic of Poland"], ["Polish", "Warsaw"]),
    ("Austria", C, ["Republic of Austria"], ["Austrian", "Vienna"]),
    ("Ukraine", C, ["Kyiv", "Kiev"], ["Ukrainian"]),
    ("Russia", C, ["Russian Federation", "Kremlin"], ["Russian", "Moscow"]),
    ("Belarus", C, [], ["Belarusian"]),
    ("Kosovo", C, ["Republic of Kosovo"], []),
    ("Palestine", C, ["State of Palestine", "Palestinian state"], ["Palestinian"]),
    # --- organizations
    ("SAARC", O, ["South Asian Association for Regional Cooperation"], []),
    ("BIMSTEC", O, ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"], []),
    ("Communist Party of Nepal (Unified Marxist-Leninist)", O, ["CPN-UML", "CPN (UML)", "UML", "Communist Party of Nepal (UML)"], []),
    ("International Crimes Tribunal", O, ["ICT", "International Crimes Tribunal-1"], ["tribunal"]),
    ("Bangladesh Police", O, [], ["police"]),
    ("Awami League", O, ["Bangladesh Awami League"], []),
    ("Bangladesh Nationalist Party", O, ["BNP"], []),
    ("Office of the UN High Commissioner for Human Rights", O, ["OHCHR", "U.N. human rights office", "UN human rights office", "United Nations human rights office", "Office of the United Nations High Commissioner for Human Rights"], []),
    ("International Monetary Fund", O, ["IMF"], []),
    ("National People's Power", O, ["NPP"], []),
    ("China Merchants Port Holdings", O, ["China Merchants Port", "CMPort"], []),
    ("European Union", O, ["EU", "E.U."], []),
    ("NATO", O, ["North Atlantic Treaty Organization"], []),
    ("ANO", O, ["ANO movement", "ANO 2011", "ANO party"], []),
    ("Freedom and Direct Democracy", O, ["SPD"], []),
    ("Motorists for Themselves", O, ["Motorists", "Motoriste sobe", "Motoristé sobě"], []),
    ("Chamber of Deputies", O, ["Czech Chamber of Deputies"], []),
    ("Agrofert", O, [], []),
    ("European Commission", O, [], []),
    ("Rosneft", O, [], []),
    ("Lukoil", O, [], []),
    ("MOL", O, ["MOL Group"], []),
    ("Fidesz", O, ["Fidesz party"], []),
    ("Tisza", O, ["Tisza party", "Respect and Freedom Party"], []),
    ("EPH", O, ["Energetický a průmyslový holding", "Energeticky a prumyslovy holding", "EPH energy group"], []),
    ("OSCE", O, ["Organization for Security and Co-operation in Europe"], []),
    ("Visegrád Group", O, ["Visegrad Group", "V4", "Visegrád Four", "Visegrad Four"], ["group"]),
    # --- cities
    ("Kathmandu", CI, [], []),
    ("Thimphu", CI, [], []),
    ("Dhaka", CI, [], []),
    ("London", CI, [], []),
    ("Geneva", CI, [], []),
    ("Rangpur", CI, [], []),
    ("Colombo", CI, [], []),
    ("Kandy", CI, [], []),
    ("Sri Jayawardenepura Kotte", CI, ["Kotte", "Sri Jayewardenepura Kotte"], []),
    ("Beijing", CI, [], []),
    ("Prague", CI, [], []),
    ("Bratislava", CI, [], []),
    ("Brussels", CI, [], []),
    ("Budapest", CI, [], []),
    ("Warsaw", CI, [], []),
    ("Gdańsk", CI, ["Gdansk"], []),
    ("Moscow", CI, [], []),
    ("Vienna", CI, [], []),
    ("Esztergom", CI, [], []),
    ("Handlová", CI, ["Handlova"], []),
    ("Pokrovsk", CI, [], []),
    # --- regions
    ("Siliguri Corridor", R, ["Chicken's Neck"], []),
    ("East Pakistan", R, [], []),
    ("Badulla", R, ["Badulla district"], []),
    ("Gelephu Mindfulness City", R, ["GMC"], []),
    ("Assam", R, [], []),
    ("Kaliningrad", R, ["Kaliningrad exclave", "Kaliningrad Oblast", "Kaliningrad region"], []),
    # --- facilities
    ("Hambantota Port", FA, ["port of Hambantota", "Hambantota", "Hambantota International Port"], []),
    ("Punatsangchhu-II", FA, ["Punatsangchhu-II hydropower plant", "Punatsangchhu II", "Punatsangchhu-II hydroelectric project"], []),
    ("Slovnaft refinery", FA, ["Slovnaft"], []),
    ("Warsaw-Lublin railway", FA, ["Warsaw-Lublin railway line", "Warsaw-Lublin line", "Warsaw\u2013Lublin railway", "Warsaw\u2013Lublin railway line"], []),
    ("Russian consulate in Gdańsk", FA, ["Russian consulate in Gdansk", "Russian consulate"], []),
    ("Rzeszów-Jasionka airport", FA, ["Rzeszow-Jasionka airport", "Rzeszów-Jasionka", "Rzeszów airport"], []),
    # --- agreements
    ("Nepal-Bangladesh Power Trade Agreement", A, ["Nepal\u2013Bangladesh Power Trade Agreement", "power trade agreement"], ["accord", "power arrangement"]),
    ("India-Bangladesh Extradition Treaty", A, ["extradition treaty", "2013 extradition treaty"], []),
    ("Czech coalition agreement", A, ["coalition agreement", "ANO coalition agreement"], []),
    ("Three-Step Roadmap", A, ["Three Step Roadmap"], []),
    ("Bhutan-Bangladesh Preferential Trade Agreement", A, ["Bhutan\u2013Bangladesh Preferential Trade Agreement", "preferential trade agreement"], []),
    ("Slavkov Declaration", A, ["Austerlitz Declaration"], []),
    ("Russia-Ukraine ceasefire", A, ["ceasefire between Russia and Ukraine", "Russia\u2013Ukraine ceasefire"], ["ceasefire"]),
]

FACTS = []


def F(s, p, o, mod, ev, t=None, req=True, alt_s=None, alt_p=None, alt_o=None,
      role=None, com=None, why=None):
    FACTS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, time=t, required=req,
                      alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                      role=role, commodity=com, why=why))


a, r, h, pl, n = "asserted", "reported", "hedged", "planned", "negated"
Y, BD, NP, BT, LK, IN = "Muhammad Yunus", "Bangladesh", "Nepal", "Bhutan", "Sri Lanka", "India"

# ===================== cluster A: South Asia (01, 02, 04, 07) =====================
# leaders and officials shared by the cluster
F(Y, "head_of", BD, a, {"01": "Bangladesh's interim leader Muhammad Yunus",
                        "02": "Muhammad Yunus, the Nobel laureate who heads the interim government",
                        "04": "Bangladesh's interim leader Muhammad Yunus",
                        "07": "Bangladesh's interim leader Muhammad Yunus"}, role="chief adviser (interim leader)")
F("Sushila Karki", "head_of", NP, a, {"01": "Nepal's interim Prime Minister Sushila Karki",
                                     "04": "the office of Prime Minister Sushila Karki said"}, role="interim prime minister",
  why="04: Nepal is the subject of the same sentence")
F("Tshering Tobgay", "head_of", BT, a, {"01": "where he will meet Prime Minister Tshering Tobgay",
                                       "04": "Bhutan's Prime Minister Tshering Tobgay",
                                       "07": "held talks with Prime Minister Tshering Tobgay"}, role="prime minister")
F("Touhid Hossain", "works_for", BD, a, {"01": "Bangladesh's Foreign Adviser Touhid Hossain",
                                        "02": "the interim government's foreign adviser Touhid Hossain",
                                        "04": "Touhid Hossain, Bangladesh's foreign adviser"},
  alt_o=[Y], role="foreign adviser")
F("Narendra Modi", "head_of", IN, a, {"02": "Indian Prime Minister Narendra Modi",
                                     "04": "Indian Prime Minister Narendra Modi",
                                     "07": "Indian Prime Minister Narendra Modi"}, role="prime minister")
F("India", "imports_from", BT, a, {"01": "Bhutan's hydropower plants already sell most of their output to India",
                                  "07": "India imports most of the electricity generated by Bhutan's hydropower plants"},
  com="electricity")
F("Thimphu", "capital_of", BT, a, {"01": "Thimphu, the Bhutanese capital",
                                  "07": "Thimphu, the Bhutanese capital"})
F("Siliguri Corridor", "located_in", IN, a, {"01": "the Siliguri Corridor, a strip of Indian territory",
                                            "07": "the Siliguri Corridor, the narrow strip of Indian territory"})

# --- 01 Nepal-Bangladesh power deal (2025-11-19)
F(NP, "signed_agreement_with", BD, a, {"01": "Nepal and Bangladesh signed an agreement on Tuesday"}, t="2025-11-18")
F(NP, "party_to", "Nepal-Bangladesh Power Trade Agreement", a, {"01": "Nepal and Bangladesh signed an agreement on Tuesday"}, t="2025-11-18",
  why="named in the next paragraph: 'formally the Nepal-Bangladesh Power Trade Agreement'")
F(BD, "party_to", "Nepal-Bangladesh Power Trade Agreement", a, {"01": "Nepal and Bangladesh signed an agreement on Tuesday"}, t="2025-11-18")
F(Y, "visited", "Kathmandu", a, {"01": "Yunus, who arrived in Kathmandu on Monday for a two-day visit"}, t="2025-11-17", alt_o=[NP])
F(Y, "met_with", "Sushila Karki", a, {"01": "the two leaders met at Singha Durbar on Tuesday morning"}, t="2025-11-18")
F("Kathmandu", "capital_of", NP, a, {"01": "to come to the Nepali capital"})
F(BD, "imports_from", NP, a, {"01": "Bangladesh has imported electricity from Nepal since November 2024"}, com="electricity",
  why="a state since November 2024: no time")
F(BD, "imports_from", NP, pl, {"01": "Bangladesh will buy up to 500 megawatts of hydropower from Nepal"}, com="hydropower")
F("K.P. Sharma Oli", "head_of", "Communist Party of Nepal (Unified Marxist-Leninist)", a,
  {"01": "who still leads the Communist Party of Nepal (Unified Marxist-Leninist)"}, role="chairman")
F("K.P. Sharma Oli", "head_of", NP, a, {"01": "toppled Prime Minister K.P. Sharma Oli"}, req=False,
  why="former prime minister, toppled in September")
F(NP, "borders", BD, n, {"01": "Nepal has no border with Bangladesh"})
F(NP, "borders", IN, a, {"01": "Nepal, which borders India on three sides and China to the north"})
F(NP, "borders", "China", a, {"01": "Nepal, which borders India on three sides and China to the north"})
F(BD, "negotiating_with", IN, r, {"01": "Nepali officials said Bangladesh was negotiating with India over transmission charges"})
F(IN, "brokered", "Nepal-Bangladesh Power Trade Agreement", r, {"01": "New Delhi had helped broker the new accord"})
F(NP, "criticized", IN, a, {"01": "In 2015 Nepal accused India of imposing an unofficial blockade"}, t="2015")
F(IN, "blockaded", NP, r, {"01": "In 2015 Nepal accused India of imposing an unofficial blockade"}, t="2015",
  why="Nepal's accusation; India denies it (next row)")
F(IN, "blockaded", NP, n, {"01": "India denied imposing a blockade"})
F(Y, "visited", "Thimphu", pl, {"01": "Yunus is due to fly on Thursday to Thimphu"}, t="2025-11-20", alt_o=[BT])
F(Y, "met_with", "Tshering Tobgay", pl, {"01": "where he will meet Prime Minister Tshering Tobgay"}, t="2025-11-20")
F(BT, "candidate_for", "Nepal-Bangladesh Power Trade Agreement", h, {"01": "Bhutan could eventually join the power arrangement"})
F(Y, "met_with", "Ram Chandra Paudel", n, {"01": "Yunus did not meet President Ram Chandra Paudel"})
F("Ram Chandra Paudel", "head_of", NP, a, {"01": "President Ram Chandra Paudel, Nepal's head of state"}, role="president")
F("Touhid Hossain", "met_with", "Sarita Ghimire", a, {"01": "met Nepal's Foreign Secretary Sarita Ghimire separately on Tuesday"}, t="2025-11-18")
F("Sarita Ghimire", "works_for", NP, a, {"01": "Nepal's Foreign Secretary Sarita Ghimire"}, role="foreign secretary")
F(NP, "member_of", "SAARC", a, {"01": "Both countries belong to the South Asian Association for Regional Cooperation (SAARC)"})
F(BD, "member_of", "SAARC", a, {"01": "Both countries belong to the South Asian Association for Regional Cooperation (SAARC)"})
F("SAARC", "based_in", "Kathmandu", a, {"01": "whose secretariat is in Kathmandu"})
F(IN, "in_conflict_with", "Pakistan", a, {"01": "the long-running conflict between India and Pakistan"})

# --- 02 Hasina extradition (2025-11-24)
F(BD, "contacted", IN, pl, {"02": "Bangladesh will send a fresh request to India this week"}, t="2025-11")
F("Touhid Hossain", "contacted", "Pranay Verma", r,
  {"02": "he had telephoned India's High Commissioner in Dhaka, Pranay Verma, on Saturday"}, t="2025-11-22")
F("Pranay Verma", "works_for", IN, a, {"02": "India's High Commissioner in Dhaka, Pranay Verma"}, role="high commissioner")
F(IN, "signed_agreement_with", BD, a, {"02": "India and Bangladesh signed that treaty"}, t="2013")
F(BD, "party_to", "India-Bangladesh Extradition Treaty", a, {"02": "a 2013 extradition treaty between the two neighbours"}, t="2013")
F(IN, "party_to", "India-Bangladesh Extradition Treaty", a, {"02": "a 2013 extradition treaty between the two neighbours"}, t="2013")
F(BD, "borders", IN, a, {"02": "between the two neighbours"}, req=False, why="'neighbours' only")
F("Sheikh Hasina", "lives_in", IN, a, {"02": "Hasina, 78, has lived in India"})
F("Dhaka", "capital_of", BD, a, {"02": "she fled Dhaka, the capital"})
F("International Crimes Tribunal", "based_in", "Dhaka", a, {"02": "The International Crimes Tribunal in Dhaka"})
F("Sheikh Hasina", "citizen_of", BD, a, {"02": "found the Bangladeshi leader guilty"})
F("Sheikh Hasina", "head_of", BD, a, {"02": "former Prime Minister Sheikh Hasina"}, req=False, why="former prime minister")
F("Bangladesh Police", "killed", "Abu Sayed", r, {"02": "The tribunal ruled that police killed student Abu Sayed"}, t="2024-07-16")
F("Bangladesh Police", "killed", "Abu Sayed", n, {"02": "Bangladesh Police at the time denied killing him"})
F("Rangpur", "located_in", BD, a, {"02": "Rangpur, in northern Bangladesh"})
F("Sheikh Hasina", "criticized", "International Crimes Tribunal", a, {"02": "accused the tribunal of serving her political enemies"})
F("Office of the UN High Commissioner for Human Rights", "based_in", "Geneva", a, {"02": "The U.N. human rights office, based in Geneva"})
F("Office of the UN High Commissioner for Human Rights", "criticized", "International Crimes Tribunal", a,
  {"02": "also criticized the tribunal for imposing the death penalty"})
F(BD, "criticized", IN, a, {"02": "Dhaka has criticized New Delhi"})
F(Y, "met_with", "Narendra Modi", n, {"02": "has not met Indian Prime Minister Narendra Modi"})
F(Y, "met_with", "Narendra Modi", a, {"02": "since the two held talks in April"}, t="2025-04")
F("Sheikh Hasina", "head_of", "Awami League", a, {"02": "Hasina's Awami League"}, alt_p=["member_of"], role="leader")
F("Khaleda Zia", "head_of", "Bangladesh Nationalist Party", a, {"02": "led by Khaleda Zia and her son Tarique Rahman"}, role="chairperson")
F("Tarique Rahman", "head_of", "Bangladesh Nationalist Party", a, {"02": "her son Tarique Rahman, the party's acting chairman"}, role="acting chairman")
F("Tarique Rahman", "lives_in", "London", a, {"02": "Rahman, who lives in London"})
F(BD, "normalized_relations_with", "Pakistan", a, {"02": "Dhaka has normalized relations with Pakistan"})
F(BD, "trades_with", "Pakistan", a, {"02": "The two countries resumed direct government-to-government trade in February"}, t="2025-02")
F(BD, "imports_from", "Pakistan", a, {"02": "Bangladesh bought 50,000 tonnes of rice from Pakistan"}, t="2025-02", com="rice")
F("East Pakistan", "seceded_from", "Pakistan", a, {"02": "East Pakistan broke away from Pakistan in 1971"}, t="1971")
F(BD, "gained_independence_from", "Pakistan", a, {"02": "Bangladesh won independence from Pakistan that December"}, t="1971-12")
F("United States", "sanctioned", BD, a, {"02": "a 20% tariff that Washington imposed on Bangladeshi goods in August"}, t="2025-08")

# --- 04 Sri Lanka cyclone aid (2025-12-03)
F(BD, "supported", LK, a, {"04": "Bangladesh and Nepal joined India on Monday in sending relief to Sri Lanka"}, t="2025-12-01")
F(NP, "supported", LK, a, {"04": "Bangladesh and Nepal joined India on Monday in sending relief to Sri Lanka"}, t="2025-12-01")
F(IN, "supported", LK, a, {"04": "India, which began its relief operation in November"},
  why="ongoing since November and again on Monday: no single time")
F("Narendra Modi", "contacted", "Anura Kumara Dissanayake", r,
  {"04": "Indian Prime Minister Narendra Modi telephoned Sri Lankan President Anura Kumara Dissanayake on Saturday"}, t="2025-11-29")
F("Anura Kumara Dissanayake", "head_of", LK, a, {"04": "Sri Lankan President Anura Kumara Dissanayake"}, role="president")
F(Y, "contacted", "Anura Kumara Dissanayake", a, {"04": "who also called Dissanayake last week"}, t="2025-11")
F(BD, "supported", LK, pl, {"04": "said Dhaka would send a team of army doctors later this week"})
F(BT, "supported", LK, pl, {"04": "said his government would contribute $1 million to the relief effort"}, alt_s=["Tshering Tobgay"])
F("China", "supported", LK, pl, {"04": "China would provide 10 million yuan in emergency aid"})
F("Vijitha Herath", "works_for", LK, a, {"04": "Foreign Minister Vijitha Herath"}, role="foreign minister")
F(LK, "contacted", "China", n, {"04": "Colombo had not asked Beijing for an emergency loan"})
F(LK, "contacted", "International Monetary Fund", a, {"04": "Sri Lanka asked the International Monetary Fund on Monday"}, t="2025-12-01")
F("International Monetary Fund", "based_in", "United States", a, {"04": "The Washington-based lender"},
  why="Washington is an alias of United States in this set (no Washington city entity)")
F("International Monetary Fund", "supported", LK, a, {"04": "approved a $2.9 billion bailout for the island in March 2023"}, t="2023-03")
F("International Monetary Fund", "supported", LK, h, {"04": "could release rapid financing to Sri Lanka within weeks"})
F("Anura Kumara Dissanayake", "head_of", "National People's Power", a, {"04": "who leads the leftist National People's Power alliance"}, role="leader")
F("Anura Kumara Dissanayake", "visited", "Badulla", n, {"04": "did not visit the worst-hit district of Badulla on Sunday"}, t="2025-11-30")
F("Anura Kumara Dissanayake", "visited", "Kandy", a, {"04": "He visited Kandy instead"}, t="2025-11-30")
F("Harini Amarasuriya", "head_of", LK, a, {"04": "Prime Minister Harini Amarasuriya"}, role="prime minister")
F("Sri Jayawardenepura Kotte", "capital_of", LK, a, {"04": "Sri Jayawardenepura Kotte, the country's capital"})
F(LK, "gained_independence_from", "United Kingdom", a, {"04": "the island won independence from Britain in 1948"}, t="1948")
F("Colombo", "located_in", LK, a, {"04": "Colombo, Sri Lanka's commercial capital"},
  why="'commercial capital' is not capital_of")
F("China Merchants Port Holdings", "took_control_of", "Hambantota Port", a,
  {"04": "took over Sri Lanka's Hambantota port on a 99-year lease in 2017"}, t="2017")
F("Hambantota Port", "located_in", LK, a, {"04": "Sri Lanka's Hambantota port"})
F("BIMSTEC", "based_in", "Dhaka", a, {"04": "BIMSTEC, the Bay of Bengal grouping headquartered in Dhaka"})
for c in (LK, BD, IN, NP, BT):
    F(c, "member_of", "BIMSTEC", a, {"04": "Its members include Sri Lanka, Bangladesh, India, Nepal and Bhutan"})

# --- 07 Bhutan-China boundary talks (2025-12-12)
F(BT, "negotiating_with", "China", r, {"07": "Bhutan and China held a new round of boundary talks in Beijing on Tuesday and Wednesday"},
  t="2025-12", alt_p=["met_with"])
F(BT, "signed_agreement_with", "China", a, {"07": "In 2021 the two sides signed a memorandum on the Three-Step Roadmap"}, t="2021")
F(BT, "party_to", "Three-Step Roadmap", a, {"07": "In 2021 the two sides signed a memorandum on the Three-Step Roadmap"}, t="2021")
F("China", "party_to", "Three-Step Roadmap", a, {"07": "In 2021 the two sides signed a memorandum on the Three-Step Roadmap"}, t="2021")
F("Karma Wangdi", "works_for", BT, a, {"07": "Bhutan's chief boundary negotiator, Karma Wangdi"}, role="chief boundary negotiator")
F("Karma Wangdi", "met_with", "Wang Yi", n, {"07": "he did not meet Chinese Foreign Minister Wang Yi"})
F("Wang Yi", "works_for", "China", a, {"07": "Chinese Foreign Minister Wang Yi"}, role="foreign minister")
F(BT, "diplomatic_relations_with", "China", n, {"07": "The two neighbours have no formal diplomatic relations"})
F(BT, "borders", "China", a, {"07": "wedged between China and India"})
F(BT, "borders", IN, a, {"07": "wedged between China and India"})
F(BT, "diplomatic_relations_with", "European Union", a, {"07": "has diplomatic relations with 56 countries and the European Union"})
F(BT, "diplomatic_relations_with", "United States", n,
  {"07": "but with none of the five permanent members of the U.N. Security Council, including China and the United States"})
F(BT, "diplomatic_relations_with", "China", h, {"07": "The two sides could establish diplomatic relations"})
F(BT, "allied_with", IN, a, {"07": "India, Bhutan's closest ally"})
F(BT, "in_conflict_with", "China", a, {"07": "China and Bhutan have a long-running dispute over the Doklam plateau"})
F(BT, "diplomatic_relations_with", IN, a, {"07": "Bhutan and India have had diplomatic relations since 1968"})
F("Narendra Modi", "visited", "Thimphu", a, {"07": "Indian Prime Minister Narendra Modi visited Thimphu"}, t="2025-11", alt_o=[BT])
F("Narendra Modi", "met_with", "Jigme Khesar Namgyel Wangchuck", a, {"07": "held talks with King Jigme Khesar Namgyel Wangchuck"}, t="2025-11")
F("Jigme Khesar Namgyel Wangchuck", "head_of", BT, a, {"07": "King Jigme Khesar Namgyel Wangchuck"}, role="king")
F("Punatsangchhu-II", "located_in", BT, a, {"07": "Punatsangchhu-II hydropower plant in western Bhutan"})
F(Y, "visited", "Thimphu", a, {"07": "Muhammad Yunus visited Thimphu on Nov. 20"}, t="2025-11-20", alt_o=[BT])
F(Y, "met_with", "Tshering Tobgay", a, {"07": "held talks with Prime Minister Tshering Tobgay"}, t="2025-11-20")
F(BD, "imports_from", BT, h, {"07": "Dhaka could begin importing electricity from Bhutan as early as 2027"}, t="2027", com="electricity")
F(BT, "borders", BD, n, {"07": "Bhutan does not border Bangladesh"})
F(BT, "trades_with", BD, a, {"07": "They already trade under the Bhutan-Bangladesh Preferential Trade Agreement"})
F(BT, "party_to", "Bhutan-Bangladesh Preferential Trade Agreement", a, {"07": "Bhutan-Bangladesh Preferential Trade Agreement, signed in December 2020"}, t="2020-12")
F(BD, "party_to", "Bhutan-Bangladesh Preferential Trade Agreement", a, {"07": "Bhutan-Bangladesh Preferential Trade Agreement, signed in December 2020"}, t="2020-12")
F(BT, "signed_agreement_with", BD, a, {"07": "Bhutan-Bangladesh Preferential Trade Agreement, signed in December 2020"}, t="2020-12")
F("Tshering Tobgay", "visited", "Dhaka", pl, {"07": "Tobgay will visit Dhaka in January"}, t="2026-01", alt_o=[BD])
F("Gelephu Mindfulness City", "located_in", BT, a, {"07": "Gelephu Mindfulness City, a special administrative region in southern Bhutan"})
F("Gelephu Mindfulness City", "borders", "Assam", a, {"07": "that borders the Indian state of Assam"})
F("Assam", "located_in", IN, a, {"07": "the Indian state of Assam"})

# ===================== cluster B: Central Europe (03, 05, 06, 08) =====================
CZ, SK, HU, PL, AT, UA, RU = "Czechia", "Slovakia", "Hungary", "Poland", "Austria", "Ukraine", "Russia"
AB, RF, VO = "Andrej Babiš", "Robert Fico", "Viktor Orbán"

# shared
F("Petr Pavel", "head_of", CZ, a, {"03": "Czech President Petr Pavel", "06": "Czech President Petr Pavel",
                                  "08": "Petr Pavel of Czechia"}, role="president")
F(RF, "head_of", SK, a, {"03": "Slovak Prime Minister Robert Fico", "05": "Slovak Prime Minister Robert Fico",
                         "08": "Slovak Prime Minister Robert Fico"}, role="prime minister")
F(VO, "head_of", HU, a, {"05": "Hungarian Prime Minister Viktor Orbán", "06": "Hungarian Prime Minister Viktor Orbán",
                         "08": "Hungarian Prime Minister Viktor Orbán"}, role="prime minister")
F("Vladimir Putin", "head_of", RU, a, {"05": "Russian President Vladimir Putin", "08": "Russian President Vladimir Putin"}, role="president")
F("Radosław Sikorski", "works_for", PL, a, {"05": "Polish Foreign Minister Radosław Sikorski",
                                          "06": "his Polish counterpart, Radosław Sikorski"}, role="foreign minister")
F("Péter Szijjártó", "works_for", HU, a, {"05": "Foreign Minister Péter Szijjártó",
                                        "08": "Hungarian Foreign Minister Péter Szijjártó"}, role="foreign minister")
F("Karol Nawrocki", "head_of", PL, a, {"06": "President Karol Nawrocki", "08": "Karol Nawrocki of Poland"}, role="president")
F(RU, "in_conflict_with", UA, a, {"03": "Ukraine has been fighting Russia",
                                  "08": "a ceasefire between Russia and Ukraine"})
F(RU, "attacked", UA, a, {"03": "Moscow launched a full-scale invasion of the country in February 2022",
                          "08": "Russia's full-scale invasion of Ukraine in 2022"}, t="2022")
for c, ph03 in ((CZ, "which Czechia forms with Poland, Hungary and Slovakia"),
                (PL, "which Czechia forms with Poland, Hungary and Slovakia"),
                (HU, "which Czechia forms with Poland, Hungary and Slovakia"),
                (SK, "which Czechia forms with Poland, Hungary and Slovakia")):
    F(c, "member_of", "Visegrád Group", a, {"03": ph03, "08": "brings together Poland, Czechia, Slovakia and Hungary"})

# --- 03 Babiš appointed (2025-12-10)
F(AB, "head_of", CZ, a, {"03": "appointed billionaire Andrej Babiš as prime minister on Tuesday"}, t="2025-12-09", role="prime minister")
F(CZ, "supported", UA, n, {"03": "his government would not give Ukraine money"}, alt_s=[AB])
F(CZ, "supported", UA, a, {"03": "Prague has supplied Ukraine with more than three million large-calibre shells"})
F("Petr Fiala", "head_of", CZ, a, {"03": "Under his predecessor Petr Fiala"}, req=False, why="predecessor as prime minister")
F("Petr Pavel", "met_with", AB, r, {"03": "Pavel met Babiš for more than an hour before the appointment"}, t="2025-12-09")
F(AB, "head_of", "ANO", a, {"03": "Babiš, 71, leads the populist ANO movement"}, role="leader")
F("ANO", "signed_agreement_with", "Freedom and Direct Democracy", a,
  {"03": "ANO signed a coalition agreement last month with the far-right Freedom and Direct Democracy (SPD)"}, t="2025-11")
F("ANO", "signed_agreement_with", "Motorists for Themselves", a,
  {"03": "ANO signed a coalition agreement last month"}, t="2025-11")
F("Freedom and Direct Democracy", "signed_agreement_with", "Motorists for Themselves", a,
  {"03": "ANO signed a coalition agreement last month"}, t="2025-11", req=False, why="both signed the same three-party agreement")
for party in ("ANO", "Freedom and Direct Democracy", "Motorists for Themselves"):
    F(party, "party_to", "Czech coalition agreement", a, {"03": "ANO signed a coalition agreement last month"}, t="2025-11")
F("Tomio Okamura", "head_of", "Freedom and Direct Democracy", a, {"03": "The SPD's leader, Tomio Okamura"}, role="leader")
F("Tomio Okamura", "head_of", "Chamber of Deputies", a, {"03": "was elected speaker of the Chamber of Deputies in November"},
  t="2025-11", role="speaker")
F("Petr Macinka", "head_of", "Motorists for Themselves", a, {"03": "The Motorists' chairman, Petr Macinka"}, role="chairman")
F("Petr Macinka", "works_for", CZ, h, {"03": "is expected to become foreign minister"}, role="foreign minister")
F(AB, "contacted", "Volodymyr Zelensky", n, {"03": "Babiš said he had not spoken to Ukrainian President Volodymyr Zelensky"})
F(AB, "contacted", "Volodymyr Zelensky", pl, {"03": "would call him \"in the coming days\""})
F("Volodymyr Zelensky", "head_of", UA, a, {"03": "Ukrainian President Volodymyr Zelensky"}, role="president")
F(AB, "visited", "Brussels", pl, {"03": "He will travel to Brussels next week"}, t="2025-12")
F(CZ, "member_of", "European Union", a, {"03": "whose country is a member of both the EU and NATO"})
F(CZ, "member_of", "NATO", a, {"03": "whose country is a member of both the EU and NATO"})
F(AB, "allied_with", RF, a, {"03": "Babiš's closest ally among EU leaders"})
F(RF, "contacted", AB, r, {"03": "telephoned him on Tuesday to congratulate him"}, t="2025-12-09")
F(AB, "met_with", RF, pl, {"03": "The two plan to meet in January"}, t="2026-01")
F("Agrofert", "based_in", "Prague", a, {"03": "Agrofert, the Prague-based agriculture"})
F("Prague", "capital_of", CZ, a, {"03": "Prague, the Czech capital"})

# --- 05 Hungary oil waiver (2025-11-14)
F(VO, "visited", "United States", a, {"05": "came back from Washington this week"}, t="2025-11",
  why="Washington is an alias of United States in this set")
F(SK, "contacted", "United States", r, {"05": "neighbouring Slovakia has asked the United States for a similar deal"})
F(HU, "borders", SK, a, {"05": "neighbouring Slovakia", "08": "a Hungarian town on the country's border with Slovakia"})
F(VO, "met_with", "Donald Trump", a, {"05": "Orbán met President Donald Trump at the White House last Friday"}, t="2025-11-07")
F("Donald Trump", "head_of", "United States", a, {"05": "President Donald Trump"}, role="president")
for co in ("Rosneft", "Lukoil"):
    F("United States", "sanctioned", co, a, {"05": "Trump's administration had imposed sanctions on Rosneft and Lukoil"},
      t="2025-10-22", alt_s=["Donald Trump"])
    F(co, "based_in", RU, a, {"05": "Russia's two largest oil companies"})
F(HU, "imports_from", RU, a, {"05": "Hungary gets most of its crude from Russia"}, com="crude oil")
F(SK, "imports_from", RU, a, {"05": "Slovakia also imports nearly all of its oil from Russia"}, com="oil")
F("Donald Trump", "met_with", "Vladimir Putin", h,
  {"05": "a summit between Trump and Russian President Vladimir Putin in Budapest, shelved last month, could still happen"})
F("Budapest", "capital_of", HU, a, {"05": "The Hungarian capital"})
F("Radosław Sikorski", "criticized", HU, a, {"05": "Radosław Sikorski criticized Budapest"})
F("MOL", "based_in", "Budapest", a, {"05": "MOL, based in Budapest"}, alt_o=[HU])
F("MOL", "negotiating_with", "Lukoil", r, {"05": "is in talks with Lukoil about buying some of its foreign assets"})
F("United States", "sanctioned", "MOL", n, {"05": "Washington did not extend the sanctions to MOL"})
F("Slovnaft refinery", "located_in", "Bratislava", a, {"05": "Slovnaft refinery in Bratislava"})
F("Bratislava", "capital_of", SK, a, {"05": "Bratislava, the Slovak capital"})
F(RF, "met_with", "Vladimir Putin", a, {"05": "who met Putin at a summit in September"}, t="2025-09")
F("European Union", "sanctioned", RU, a, {"05": "the EU adopted the package against Russia on Oct. 23"}, t="2025-10-23")
F(AT, "imports_from", RU, n, {"05": "Austria has not imported Russian gas since January"}, com="gas")
F("Daniel Křetínský", "citizen_of", CZ, a, {"05": "Czech billionaire Daniel Křetínský"})
F("Daniel Křetínský", "head_of", "EPH", a, {"05": "who heads the EPH energy group"}, role="head")
F(VO, "head_of", "Fidesz", a, {"05": "His Fidesz party"}, alt_p=["member_of"], role="leader")
F("Péter Magyar", "head_of", "Tisza", a, {"05": "the opposition Tisza party of Péter Magyar"}, alt_p=["member_of"], role="leader")
F(HU, "member_of", "NATO", a, {"05": "Hungary, a member of both NATO and the European Union"})
F(HU, "member_of", "European Union", a, {"05": "Hungary, a member of both NATO and the European Union"})

# --- 06 Poland rail sabotage (2025-11-20)
F("Donald Tusk", "head_of", PL, a, {"06": "Polish Prime Minister Donald Tusk"}, role="prime minister")
F(RU, "attacked", "Warsaw-Lublin railway", r, {"06": "Russia had attacked the Warsaw-Lublin railway line on Saturday night"}, t="2025-11-15")
F("Donald Tusk", "criticized", RU, a, {"06": "Tusk accused Moscow of \"state terrorism\" in the same speech"}, t="2025-11-18")
F(PL, "borders", "Belarus", a, {"06": "Poland, which borders Ukraine, Belarus and Russia's Kaliningrad exclave"})
F(PL, "borders", UA, a, {"06": "Poland, which borders Ukraine, Belarus and Russia's Kaliningrad exclave"})
F(PL, "borders", "Kaliningrad", a, {"06": "Poland, which borders Ukraine, Belarus and Russia's Kaliningrad exclave"})
F("Kaliningrad", "located_in", RU, a, {"06": "Russia's Kaliningrad exclave"})
F(UA, "attacked", "Warsaw-Lublin railway", n, {"06": "Kyiv denied that Ukraine had any part in attacking the line"})
F("Andrii Sybiha", "contacted", "Radosław Sikorski", a,
  {"06": "Ukrainian Foreign Minister Andrii Sybiha telephoned his Polish counterpart, Radosław Sikorski, on Monday"}, t="2025-11-17")
F("Andrii Sybiha", "works_for", UA, a, {"06": "Ukrainian Foreign Minister Andrii Sybiha"}, role="foreign minister")
F("Russian consulate in Gdańsk", "located_in", "Gdańsk", a, {"06": "the Russian consulate in Gdańsk"}, alt_p=["based_in"], alt_o=[PL])
F(PL, "diplomatic_relations_with", RU, r, {"06": "Warsaw still maintains diplomatic relations with Moscow, Sikorski said"})
F(RU, "threatened", PL, a, {"06": "The Kremlin said it would respond, and threatened Poland"},
  why="Kremlin is an alias of Russia in this set")
F("Petr Pavel", "contacted", "Karol Nawrocki", a, {"06": "Czech President Petr Pavel called Nawrocki on Wednesday"}, t="2025-11-19")
F(VO, "criticized", RU, n, {"06": "Viktor Orbán has not criticized Russia over the attack"})
F(PL, "supported", UA, a, {"06": "Warsaw has also given Kyiv more than 40 aid packages"})
F("Rzeszów-Jasionka airport", "located_in", PL, a, {"06": "Rzeszów-Jasionka airport in southeastern Poland"})
F(PL, "member_of", "NATO", a, {"06": "The NATO member has been on edge since September"})
F(PL, "allied_with", "United States", a, {"06": "Warsaw, one of Washington's closest allies in Europe"})
F(AB, "head_of", CZ, h, {"06": "who is expected to be appointed Czech prime minister next month"}, role="prime minister")

# --- 08 Visegrád summit in Esztergom (2025-12-05)
F("Peter Pellegrini", "head_of", SK, a, {"08": "Peter Pellegrini of Slovakia"}, role="president")
F("Tamás Sulyok", "head_of", HU, a, {"08": "Tamás Sulyok of Hungary"}, role="president")
pres = ["Karol Nawrocki", "Petr Pavel", "Peter Pellegrini", "Tamás Sulyok"]
for i in range(len(pres)):
    for j in range(i + 1, len(pres)):
        F(pres[i], "met_with", pres[j], a, {"08": "met in Esztergom, a Hungarian town"}, t="2025-12-03")
F("Esztergom", "located_in", HU, a, {"08": "Esztergom, a Hungarian town"})
F("Karol Nawrocki", "met_with", VO, n, {"08": "Nawrocki, however, did not meet Hungarian Prime Minister Viktor Orbán"})
F(VO, "visited", "Moscow", a, {"08": "Orbán flew to Moscow last Friday"}, t="2025-11-28", alt_o=[RU])
F(VO, "met_with", "Vladimir Putin", a, {"08": "met Russian President Vladimir Putin to discuss oil and gas supplies"}, t="2025-11-28")
F("Karol Nawrocki", "criticized", VO, a, {"08": "Nawrocki criticized Orbán for the trip"})
F(AT, "member_of", "Visegrád Group", n, {"08": "Austria is not a member of the group"})
F(AT, "member_of", "NATO", n, {"08": "the neutral country is not a member of NATO either"})
for c in (AT, CZ, SK):
    F(c, "party_to", "Slavkov Declaration", a, {"08": "Austria, Czechia and Slovakia are parties to the Slavkov Declaration of 2015"}, t="2015")
F("Christian Stocker", "head_of", AT, a, {"08": "Austrian Chancellor Christian Stocker"}, role="chancellor")
F("Christian Stocker", "met_with", "Petr Pavel", a, {"08": "Christian Stocker hosted Pavel in Vienna"}, t="2025-11",
  alt_p=["negotiating_with"], why="'the two discussed a joint gas-storage plan'")
F("Petr Pavel", "visited", "Vienna", a, {"08": "Christian Stocker hosted Pavel in Vienna"}, t="2025-11", alt_o=[AT])
F("Vienna", "capital_of", AT, a, {"08": "Vienna, the Austrian capital"})
F("OSCE", "based_in", "Vienna", a, {"08": "the Austrian capital and home of the OSCE"})
F(RF, "allied_with", VO, a, {"08": "Orbán's closest ally in the European Union"})
F(SK, "supported", UA, n, {"08": "Slovakia will not supply weapons to Ukraine"})
F(RF, "threatened", UA, a, {"08": "In January, Fico threatened to cut electricity supplies to Ukraine"}, t="2025-01")
F("Juraj Cintula", "attacked", RF, a, {"08": "Juraj Cintula shot him five times"}, t="2024-05")
F("Handlová", "located_in", SK, a, {"08": "Handlová, a town in central Slovakia"})
F(RF, "criticized", "European Commission", a, {"08": "Fico has also criticized the European Commission"})
F("European Union", "normalized_relations_with", RU, pl, {"08": "he wants the EU to restore normal relations with Russia"})
F(UA, "candidate_for", "European Union", a, {"08": "Ukraine, an EU candidate country since 2022"})
F(HU, "threatened", UA, n, {"08": "denied on Thursday that Budapest had threatened Kyiv"})
F(HU, "brokered", "Russia-Ukraine ceasefire", pl, {"08": "Hungary wants to broker a ceasefire between Russia and Ukraine"}, alt_s=[VO])
F("United States", "negotiating_with", UA, a, {"08": "American and Ukrainian negotiators held talks in Florida on Sunday"},
  t="2025-11-30", alt_p=["met_with"])
F(RU, "took_control_of", "Pokrovsk", r, {"08": "Russia said its forces had captured the eastern Ukrainian city of Pokrovsk"}, t="2025-12-01")
F(RU, "took_control_of", "Pokrovsk", n, {"08": "The Ukrainian army denied that Russian troops had taken the city"})
F("Pokrovsk", "located_in", UA, a, {"08": "the eastern Ukrainian city of Pokrovsk"})
F(CZ, "recognizes", "Kosovo", a, {"08": "Czechia recognized Kosovo in 2008"}, t="2008")
F(SK, "recognizes", "Kosovo", n, {"08": "Slovakia does not recognize Kosovo to this day"})
F(AT, "recognizes", "Palestine", n, {"08": "Austria has not recognized a Palestinian state"})
