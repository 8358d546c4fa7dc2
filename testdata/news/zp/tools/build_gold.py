#!/usr/bin/env python3
"""Build the gold standard of news set zp.

Every fact is written per document together with the words of the article
that support it (ev). The script checks that the words occur in the article,
that subject and object types fit the predicate signatures of
/work/shared/SCHEMA.md, that no alias maps to two entities, merges the
per-document rows of one fact (same s, p, o, polarity), refusing rows that
disagree on modality, time or required, and writes

  entities.jsonl, triples.jsonl, selfcheck_statements.jsonl

into the set folder (the parent of tools/). Run: python3 tools/build_gold.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
SCHEMA = "/work/shared/SCHEMA.md"

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Entities: (name, type, aliases)
# --------------------------------------------------------------------------
P, C, O, CI, R, A, FA = ("Person", "Country", "Organization", "City",
                         "Region", "Agreement", "Facility")
ENTITIES = [
    # people
    ("Ferdinand Marcos Jr.", P, ["Marcos", "Ferdinand Marcos", "President Ferdinand Marcos Jr.", "Bongbong Marcos", "Ferdinand Marcos Jr"]),
    ("Theresa Lazaro", P, ["Lazaro", "Foreign Secretary Theresa Lazaro", "Ma. Theresa Lazaro"]),
    ("Ramon Villaflor", P, ["Villaflor", "Colonel Ramon Villaflor"]),
    ("Liu Qiang", P, ["Liu"]),
    ("Zhou Yan", P, ["Zhou"]),
    ("Wang Yi", P, ["Wang", "Chinese Foreign Minister Wang Yi"]),
    ("Maria Celeste Ocampo", P, ["Ocampo"]),
    ("Tran Van Hai", P, ["Tran", "Hai"]),
    ("Nguyen Thu Trang", P, []),
    ("Gao Ruiming", P, ["Gao"]),
    ("Le Quoc Dung", P, ["Dung"]),
    ("Nguyen Hoang Minh", P, ["Minh"]),
    ("Pham Minh Chinh", P, ["Chinh", "Prime Minister Pham Minh Chinh"]),
    ("Deng Xijun", P, ["Deng"]),
    ("Mai Aung Naing", P, []),
    ("Kyaw Soe Lin", P, ["Brigadier General Kyaw Soe Lin"]),
    ("Sai Kham Lu", P, []),
    ("Min Aung Hlaing", P, ["Senior General Min Aung Hlaing"]),
    ("Aung San Suu Kyi", P, ["Suu Kyi", "Daw Aung San Suu Kyi"]),
    ("Nang Hseng Moe", P, []),
    ("Sonexay Siphandone", P, ["Sonexay"]),
    ("Vo Thanh Liem", P, ["Liem"]),
    ("Bounmy Phommachanh", P, ["Bounmy"]),
    ("Nguyen Hong Dien", P, ["Dien"]),
    ("To Lam", P, ["General Secretary To Lam"]),
    ("Pianporn Chaisri", P, ["Pianporn"]),
    ("Sok Vannara", P, []),
    ("Do Minh Khoa", P, []),
    ("Sam Rainsy", P, ["Rainsy"]),
    ("Hun Manet", P, ["Prime Minister Hun Manet"]),
    ("Hun Sen", P, []),
    ("Chea Ratanak", P, []),
    ("Kem Sothy", P, []),
    ("Mohamad Hasan", P, ["Foreign Minister Mohamad Hasan", "Tok Mat"]),
    ("Zulkifli Rahman", P, ["Zulkifli"]),
    ("Anwar Ibrahim", P, ["Anwar", "Prime Minister Anwar Ibrahim"]),
    ("Hassanal Bolkiah", P, ["Sultan Hassanal Bolkiah"]),
    ("Lim Wei Jie", P, []),
    ("Annelies Verhoeven", P, ["Verhoeven"]),
    ("Airlangga Hartarto", P, ["Airlangga"]),
    ("Prabowo Subianto", P, ["Prabowo", "President Prabowo Subianto"]),
    ("Ursula von der Leyen", P, ["von der Leyen"]),
    ("Maros Sefcovic", P, ["Sefcovic", "Maroš Šefčovič", "Šefčovič"]),
    ("Rosario Dimaculangan", P, ["Dimaculangan"]),
    ("Than Swe", P, []),
    ("Kao Kim Hourn", P, []),
    ("Richard Mabini", P, ["Mabini"]),
    # countries
    ("Philippines", C, ["Republic of the Philippines"]),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America"]),
    ("Japan", C, []),
    ("Australia", C, []),
    ("Vietnam", C, ["Viet Nam", "Socialist Republic of Vietnam"]),
    ("South Vietnam", C, ["Republic of Vietnam"]),
    ("Malaysia", C, []),
    ("Myanmar", C, ["Burma"]),
    ("Russia", C, ["Russian Federation"]),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Laos", C, ["Lao PDR", "Lao People's Democratic Republic"]),
    ("Thailand", C, []),
    ("Singapore", C, []),
    ("Cambodia", C, ["Kingdom of Cambodia"]),
    ("France", C, []),
    ("Brunei", C, ["Brunei Darussalam"]),
    ("Indonesia", C, ["Republic of Indonesia"]),
    ("Netherlands", C, ["the Netherlands", "Holland"]),
    ("Spain", C, []),
    ("Italy", C, []),
    ("Israel", C, []),
    ("Palestine", C, ["State of Palestine", "Palestinian state"]),
    ("Timor-Leste", C, ["East Timor", "Timor Leste"]),
    # organizations
    ("Philippine Navy", O, []),
    ("Armed Forces of the Philippines", O, ["AFP", "Philippine military", "Philippine armed forces"]),
    ("China Coast Guard", O, ["CCG", "Chinese coast guard", "China's coast guard"]),
    ("Chinese Foreign Ministry", O, ["China's foreign ministry", "Chinese foreign ministry", "Chinese Ministry of Foreign Affairs"]),
    ("U.S. State Department", O, ["US State Department", "State Department"]),
    ("Institute for Maritime Affairs", O, []),
    ("ASEAN", O, ["Association of Southeast Asian Nations", "Association of South East Asian Nations"]),
    ("Vietnamese Foreign Ministry", O, ["Vietnam's foreign ministry", "Vietnamese foreign ministry", "Vietnam foreign ministry"]),
    ("Quang Ngai Fisheries Association", O, []),
    ("Institute for East Sea Studies", O, []),
    ("Ta'ang National Liberation Army", O, ["TNLA", "Taang National Liberation Army"]),
    ("Myanmar military", O, ["Myanmar's military", "Tatmadaw", "Myanmar army", "Myanmar armed forces", "Myanmar junta", "junta", "military junta", "military government", "military-run government", "Myanmar's military-run government"]),
    ("Myanmar National Democratic Alliance Army", O, ["MNDAA"]),
    ("Arakan Army", O, ["AA"]),
    ("Three Brotherhood Alliance", O, ["Brotherhood Alliance"]),
    ("European Union", O, ["EU", "E.U."]),
    ("Shan Policy Forum", O, []),
    ("Vietnam Electricity", O, ["EVN"]),
    ("Electricite du Laos", O, ["EDL", "Électricité du Laos"]),
    ("Vietnam Ministry of Industry and Trade", O, ["Vietnam's Ministry of Industry and Trade", "Ministry of Industry and Trade"]),
    ("Communist Party of Vietnam", O, ["Vietnamese Communist Party", "Communist Party of Viet Nam"]),
    ("Mekong River Watch", O, []),
    ("Cambodia National Rescue Party", O, ["CNRP"]),
    ("Khmer Rouge", O, []),
    ("Cambodian Senate", O, ["Senate of Cambodia"]),
    ("Institute for Regional Dialogue", O, []),
    ("Malaysian Foreign Ministry", O, ["Wisma Putra", "Malaysian foreign ministry", "Malaysia's foreign ministry"]),
    ("Malaysian Maritime Enforcement Agency", O, ["MMEA"]),
    ("Petronas", O, ["Petroliam Nasional"]),
    ("Chinese embassy in Kuala Lumpur", O, []),
    ("Centre for Maritime Security Studies", O, []),
    ("European Parliament", O, ["European Parliament's trade committee"]),
    ("European Commission", O, []),
    ("World Trade Organization", O, ["WTO", "World Trade Organisation"]),
    ("Forest Futures", O, []),
    ("BRICS", O, []),
    ("OECD", O, ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"]),
    ("National Unity Government", O, ["NUG"]),
    ("University of the Philippines", O, []),
    # cities
    ("Manila", CI, []),
    ("Washington", CI, ["Washington, D.C."]),
    ("Beijing", CI, []),
    ("Hanoi", CI, []),
    ("Kuala Lumpur", CI, []),
    ("Kunming", CI, []),
    ("Lashio", CI, []),
    ("Mogok", CI, []),
    ("Muse", CI, []),
    ("Chiang Mai", CI, []),
    ("Vientiane", CI, []),
    ("Bangkok", CI, []),
    ("Phnom Penh", CI, []),
    ("Paris", CI, []),
    ("Bintulu", CI, []),
    ("Brussels", CI, []),
    ("Jakarta", CI, []),
    ("Naypyitaw", CI, ["Nay Pyi Taw", "Naypyidaw"]),
    # regions
    ("Second Thomas Shoal", R, ["Ayungin Shoal", "Ayungin", "Ren'ai Jiao", "Ren'ai Reef"]),
    ("Spratly Islands", R, ["Spratlys"]),
    ("Palawan", R, []),
    ("Paracel Islands", R, ["Paracels", "Hoang Sa", "Hoang Sa archipelago", "Xisha", "Xisha Islands"]),
    ("Ly Son", R, ["Ly Son island"]),
    ("Quang Ngai province", R, ["Quang Ngai"]),
    ("Shan State", R, ["northern Shan State"]),
    ("Yunnan", R, ["Yunnan province"]),
    ("Mandalay Region", R, ["Mandalay region"]),
    ("Rakhine State", R, ["Rakhine"]),
    ("Sekong province", R, ["Sekong"]),
    ("Svay Rieng", R, ["Svay Rieng province"]),
    ("Ratanakiri", R, ["Ratanakiri province"]),
    ("Sarawak", R, []),
    ("Sabah", R, []),
    ("Namhsan township", R, ["Namhsan"]),
    ("Luconia Shoals", R, ["Beting Patinggi Ali"]),
    # facilities
    ("BRP Sierra Madre", FA, ["Sierra Madre"]),
    ("Monsoon wind farm", FA, ["Monsoon Wind Power Project"]),
    ("Bintulu LNG complex", FA, ["Bintulu liquefied natural gas complex"]),
    # agreements
    ("Second Thomas Shoal provisional arrangement", A, ["provisional arrangement", "provisional understanding", "provisional arrangement on resupply missions"]),
    ("Mutual Defense Treaty", A, ["1951 Mutual Defense Treaty", "MDT", "Mutual Defence Treaty"]),
    ("Declaration on the Conduct of Parties in the South China Sea", A, ["Declaration on the Conduct of Parties", "2002 declaration", "DOC"]),
    ("Kunming ceasefire extension", A, ["Kunming agreement", "ceasefire extension"]),
    ("Laos-Vietnam Treaty of Friendship and Cooperation", A, ["Treaty of Friendship and Cooperation"]),
    ("Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", A, ["LTMS-PIP", "Laos-Thailand-Malaysia-Singapore Power Integration Project"]),
    ("1985 Cambodia-Vietnam border treaty", A, ["1985 treaty", "1985 treaty on the delimitation of the border", "Treaty on the Delimitation of National Boundaries"]),
    ("2005 Cambodia-Vietnam supplementary treaty", A, ["2005 supplementary treaty"]),
    ("2019 Cambodia-Vietnam supplementary treaty", A, ["2019 supplementary treaty"]),
    ("Cambodia-Laos-Vietnam Development Triangle Area", A, ["CLV Development Triangle Area", "CLV-DTA", "Development Triangle Area"]),
    ("Cambodia-Thailand ceasefire", A, ["Thailand-Cambodia ceasefire"]),
    ("2009 Malaysia-Brunei exchange of letters", A, ["2009 exchange of letters", "exchange of letters"]),
    ("Indonesia-EU CEPA", A, ["Comprehensive Economic Partnership Agreement", "CEPA", "EU-Indonesia CEPA", "Indonesia-EU Comprehensive Economic Partnership Agreement", "EU-Indonesia Comprehensive Economic Partnership Agreement"]),
    ("EU-Mercosur agreement", A, ["EU-Mercosur trade agreement", "EU-Mercosur deal"]),
    ("CPTPP", A, ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]),
    ("Five-Point Consensus", A, ["five-point consensus", "5-Point Consensus"]),
]


def F(s, p, o, m, ev, t=None, req=True, alt_s=(), alt_p=(), alt_o=(), note=None):
    return dict(s=s, p=p, o=o, m=m, ev=ev, t=t, req=req, alt_s=list(alt_s),
                alt_p=list(alt_p), alt_o=list(alt_o), note=note)


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

# --------------------------------------------------------------------------
# Facts per document
# --------------------------------------------------------------------------
DOCS = {}

# ---- wire: relative dates give no time, explicit years do ----------------
DOCS["second_thomas_shoal_resupply.txt"] = [
    F("China Coast Guard", "attacked", "Philippine Navy", RE,
      "Chinese coast guard ships fired water cannon at a Philippine Navy supply boat",
      alt_s=["China"], alt_o=["Philippines"], note="water cannon on a navy supply boat; attributed to the Philippine military"),
    F("China Coast Guard", "blockaded", "Second Thomas Shoal", AS,
      "the China Coast Guard has kept the outpost under a loose blockade since 2023", t="2023",
      alt_s=["China"], alt_o=["BRP Sierra Madre"], note="'since 2023'"),
    F("BRP Sierra Madre", "located_in", "Second Thomas Shoal", AS,
      "a rusting warship that Manila deliberately grounded on the reef in 1999", req=False,
      note="'the reef' needs coreference to Second Thomas Shoal"),
    F("Ramon Villaflor", "works_for", "Armed Forces of the Philippines", AS,
      "military spokesman Colonel Ramon Villaflor", alt_o=["Philippines"], note="role: spokesman"),
    F("Ramon Villaflor", "criticized", "China Coast Guard", AS,
      "The China Coast Guard has once again shown that it does not respect international law",
      alt_o=["China"]),
    F("Second Thomas Shoal", "located_in", "Spratly Islands", AS,
      "The shoal, which lies in the Spratly Islands"),
    F("Palawan", "located_in", "Philippines", AS, "the Philippine island of Palawan"),
    F("Liu Qiang", "works_for", "China Coast Guard", AS, "China Coast Guard spokesman Liu Qiang",
      alt_o=["China"]),
    F("Liu Qiang", "criticized", "Philippines", AS,
      "He accused Manila of trying to smuggle construction materials to the Sierra Madre",
      alt_s=["China Coast Guard"], alt_o=["Manila"]),
    F("China", "threatened", "Philippines", AS,
      "China's foreign ministry warned that Beijing would take \"resolute countermeasures\" if Manila continued",
      alt_s=["Chinese Foreign Ministry", "Beijing"], alt_o=["Manila"]),
    F("Theresa Lazaro", "works_for", "Philippines", AS, "Foreign Secretary Theresa Lazaro",
      note="role: foreign secretary"),
    F("Zhou Yan", "works_for", "China", AS, "a senior Chinese diplomat, Zhou Yan"),
    F("Theresa Lazaro", "met_with", "Zhou Yan", AS,
      "Theresa Lazaro summoned a senior Chinese diplomat, Zhou Yan", req=False,
      note="a summons, read as a meeting"),
    F("Theresa Lazaro", "criticized", "China", AS,
      "summoned a senior Chinese diplomat, Zhou Yan, to protest against the incident", req=False,
      alt_o=["Zhou Yan"], note="protest; the target is implicit"),
    F("Theresa Lazaro", "contacted", "Wang Yi", RE,
      "she had raised it in a telephone call with Chinese Foreign Minister Wang Yi"),
    F("Wang Yi", "works_for", "China", AS, "Chinese Foreign Minister Wang Yi",
      note="role: foreign minister"),
    F("Philippines", "signed_agreement_with", "China", NE,
      "There was no agreement to halt the confrontations", req=False,
      note="no agreement in the call; the 2024 arrangement is asserted separately"),
    F("Philippines", "signed_agreement_with", "China", AS,
      "the two governments reached a provisional arrangement on resupply missions in July 2024",
      t="2024-07", alt_p=["party_to"]),
    F("Philippines", "party_to", "Second Thomas Shoal provisional arrangement", AS,
      "the two governments reached a provisional arrangement on resupply missions in July 2024",
      t="2024-07", req=False),
    F("China", "party_to", "Second Thomas Shoal provisional arrangement", AS,
      "the two governments reached a provisional arrangement on resupply missions in July 2024",
      t="2024-07", req=False),
    F("Ferdinand Marcos Jr.", "head_of", "Philippines", AS,
      "President Ferdinand Marcos Jr. convened his National Security Council", note="role: president"),
    F("United States", "allied_with", "Philippines", AS,
      "The United States, a treaty ally of the Philippines"),
    F("United States", "criticized", "China", AS,
      "condemned China's \"dangerous and destabilising\" actions",
      alt_s=["U.S. State Department", "Washington"], alt_o=["Beijing"]),
    F("United States", "party_to", "Mutual Defense Treaty", AS,
      "the 1951 Mutual Defense Treaty between Washington and Manila", t="1951",
      alt_s=["Washington"], req=False),
    F("Philippines", "party_to", "Mutual Defense Treaty", AS,
      "the 1951 Mutual Defense Treaty between Washington and Manila", t="1951",
      alt_s=["Manila"], req=False),
    F("United States", "signed_agreement_with", "Philippines", AS,
      "the 1951 Mutual Defense Treaty between Washington and Manila", t="1951", req=False,
      alt_s=["Washington"], alt_o=["Manila"], note="entailed by the treaty between them"),
    F("Japan", "criticized", "China", AS, "Japan and Australia also voiced concern", req=False,
      note="'voiced concern', target implicit"),
    F("Australia", "criticized", "China", AS, "Japan and Australia also voiced concern", req=False,
      note="'voiced concern', target implicit"),
    F("Maria Celeste Ocampo", "works_for", "Institute for Maritime Affairs", AS,
      "Maria Celeste Ocampo, a security analyst at the Manila-based Institute for Maritime Affairs"),
    F("Institute for Maritime Affairs", "based_in", "Manila", AS,
      "the Manila-based Institute for Maritime Affairs"),
    F("United States", "supported", "Philippines", HE,
      "the clash could push Washington to escort future missions with its own ships", req=False,
      alt_s=["Washington"], note="analyst's possibility; escorts read as support"),
    F("Philippines", "diplomatic_relations_with", "China", AS,
      "Manila and Beijing, which established diplomatic relations in 1975", t="1975",
      alt_s=["Manila"], alt_o=["Beijing"]),
    F("Philippines", "negotiating_with", "China", AS,
      "Manila and Beijing, which established diplomatic relations in 1975, are also negotiating a code of conduct",
      alt_s=["Manila"], alt_o=["Beijing"]),
    F("ASEAN", "negotiating_with", "China", AS,
      "talks between China and the Association of Southeast Asian Nations (ASEAN)"),
    F("Philippines", "member_of", "ASEAN", AS, "of which the Philippines is a member"),
]

DOCS["paracel_fishermen_assault.txt"] = [
    F("Vietnam", "criticized", "China Coast Guard", AS,
      "Vietnam on Tuesday accused Chinese coast guard officers of boarding a Vietnamese fishing boat",
      alt_s=["Hanoi"]),
    F("Vietnam", "criticized", "China", AS,
      "Hanoi had handed a protest note to the Chinese embassy", alt_s=["Hanoi"], alt_o=["Beijing"],
      note="also 'demanded that Beijing investigate'"),
    F("China Coast Guard", "attacked", "Tran Van Hai", RE,
      ["beating its crew with metal rods",
       "Tran said about a dozen men from a China Coast Guard ship had boarded his vessel"],
      alt_s=["China"], note="Vietnam's accusation and the captain's account"),
    F("China Coast Guard", "attacked", "Tran Van Hai", NE,
      "He denied that officers had beaten Tran or his crew", alt_s=["China"],
      note="Beijing's denial"),
    F("Tran Van Hai", "lives_in", "Ly Son", AS, "Tran Van Hai, 47, who lives on Ly Son island"),
    F("Ly Son", "located_in", "Quang Ngai province", AS,
      "Ly Son island in central Quang Ngai province"),
    F("Quang Ngai province", "located_in", "Vietnam", AS,
      "Ly Son island in central Quang Ngai province", req=False,
      note="needs outside knowledge or context"),
    F("Tran Van Hai", "citizen_of", "Vietnam", AS,
      "a Vietnamese fishing boat", req=False, note="captain of a Vietnamese boat; nationality implied"),
    F("Nguyen Thu Trang", "works_for", "Vietnamese Foreign Ministry", AS,
      "foreign ministry spokeswoman Nguyen Thu Trang", alt_o=["Vietnam"]),
    F("Nguyen Thu Trang", "criticized", "China", AS,
      "Vietnam resolutely opposes these brutal acts", req=False, alt_o=["China Coast Guard"],
      note="target implicit"),
    F("Gao Ruiming", "works_for", "Chinese Foreign Ministry", AS,
      "Chinese foreign ministry spokesman Gao Ruiming", alt_o=["China"]),
    F("Gao Ruiming", "criticized", "Vietnam", AS,
      "a Vietnamese boat fishing illegally in Chinese waters", req=False,
      note="accusation of illegal fishing, loose"),
    F("China", "took_control_of", "Paracel Islands", AS,
      "China seized the Paracel Islands from South Vietnam in 1974", t="1974"),
    F("China", "in_conflict_with", "South Vietnam", AS,
      "China seized the Paracel Islands from South Vietnam in 1974", t="1974", req=False,
      note="implied by the seizure"),
    F("Vietnam", "in_conflict_with", "China", AS,
      "The two communist-ruled neighbours fought a brief border war in 1979", t="1979",
      note="the sea disputes continue; the war fixes 1979"),
    F("Vietnam", "normalized_relations_with", "China", AS,
      "fought a brief border war in 1979 and normalised relations in 1991", t="1991"),
    F("Vietnam", "borders", "China", AS, "The two communist-ruled neighbours", req=False,
      note="'neighbours'"),
    F("Vietnam", "trades_with", "China", AS, "China is Vietnam's largest trading partner"),
    F("Le Quoc Dung", "works_for", "Quang Ngai Fisheries Association", AS,
      "Le Quoc Dung, vice-chairman of the Quang Ngai Fisheries Association"),
    F("Quang Ngai Fisheries Association", "based_in", "Quang Ngai province", AS,
      "the Quang Ngai Fisheries Association", req=False, note="from the name"),
    F("Philippines", "supported", "Vietnam", AS, "said it stood with Vietnam",
      note="political support", req=False),
    F("Philippines", "in_conflict_with", "China", AS,
      "embroiled in its own disputes with China in the Spratly Islands",
      note="long-running dispute"),
    F("Philippines", "signed_agreement_with", "Vietnam", AS,
      "Manila and Hanoi signed an agreement on coast guard cooperation in 2024", t="2024",
      alt_s=["Manila"], alt_o=["Hanoi"]),
    F("Nguyen Hoang Minh", "works_for", "Institute for East Sea Studies", AS,
      "Nguyen Hoang Minh, a researcher at the Hanoi-based Institute for East Sea Studies"),
    F("Institute for East Sea Studies", "based_in", "Hanoi", AS,
      "the Hanoi-based Institute for East Sea Studies"),
    F("Malaysia", "member_of", "ASEAN", AS,
      "Malaysia holds the rotating chairmanship of the bloc this year", req=False,
      note="entailed by the chairmanship"),
    F("Vietnam", "member_of", "ASEAN", AS,
      "Vietnam was likely to raise the incident when foreign ministers of the Association of Southeast Asian Nations meet",
      req=False, note="implied"),
    F("ASEAN", "negotiating_with", "China", AS,
      "ASEAN and China have been negotiating a code of conduct for the South China Sea"),
    F("ASEAN", "party_to", "Declaration on the Conduct of Parties in the South China Sea", AS,
      "building on a 2002 declaration that both sides signed", t="2002", req=False),
    F("China", "party_to", "Declaration on the Conduct of Parties in the South China Sea", AS,
      "building on a 2002 declaration that both sides signed", t="2002", req=False),
    F("ASEAN", "signed_agreement_with", "China", AS,
      "building on a 2002 declaration that both sides signed", t="2002", req=False,
      note="entailed by the joint declaration"),
    F("Pham Minh Chinh", "head_of", "Vietnam", AS, "Prime Minister Pham Minh Chinh",
      note="role: prime minister"),
    F("Pham Minh Chinh", "visited", "China", HE,
      "a visit to China that Prime Minister Pham Minh Chinh is expected to make later this year",
      note="'is expected to'"),
]

DOCS["kunming_tnla_talks.txt"] = [
    F("Myanmar military", "signed_agreement_with", "Ta'ang National Liberation Army", RE,
      "Myanmar's military and the Ta'ang National Liberation Army (TNLA), one of the country's most powerful ethnic armed groups, agreed on Thursday to extend a ceasefire",
      note="'both sides said'"),
    F("Myanmar military", "negotiating_with", "Ta'ang National Liberation Army", RE,
      "after two days of talks brokered by Beijing", alt_p=["met_with"]),
    F("China", "brokered", "Kunming ceasefire extension", RE,
      "after two days of talks brokered by Beijing", alt_s=["Beijing"],
      note="the agreement is unnamed in the text", req=False),
    F("Myanmar military", "party_to", "Kunming ceasefire extension", AS,
      "commits the military to halting air strikes on TNLA-held areas", req=False),
    F("Ta'ang National Liberation Army", "party_to", "Kunming ceasefire extension", AS,
      "the TNLA to allowing convoys through the towns of Kyaukme and Hsipaw", req=False),
    F("Kunming", "capital_of", "Yunnan", AS, "Kunming, the capital of China's Yunnan province"),
    F("Yunnan", "located_in", "China", AS, "China's Yunnan province"),
    F("Deng Xijun", "works_for", "China", AS,
      "China's special envoy for Asian affairs, Deng Xijun", note="role: special envoy"),
    F("Mai Aung Naing", "works_for", "Ta'ang National Liberation Army", AS,
      "TNLA spokesman Mai Aung Naing"),
    F("Kyaw Soe Lin", "works_for", "Myanmar military", AS,
      "A military spokesman, Brigadier General Kyaw Soe Lin"),
    F("Ta'ang National Liberation Army", "took_control_of", "Mogok", AS,
      "The TNLA seized the ruby-mining town of Mogok, in Mandalay region, in July 2024", t="2024-07"),
    F("Mogok", "located_in", "Mandalay Region", AS, "Mogok, in Mandalay region"),
    F("Three Brotherhood Alliance", "attacked", "Myanmar military", AS,
      "an offensive launched in October 2023 by the Three Brotherhood Alliance", t="2023-10",
      req=False, note="target implicit"),
    F("Ta'ang National Liberation Army", "member_of", "Three Brotherhood Alliance", AS,
      "the Three Brotherhood Alliance, which also includes"),
    F("Myanmar National Democratic Alliance Army", "member_of", "Three Brotherhood Alliance", AS,
      "which also includes the Myanmar National Democratic Alliance Army (MNDAA)"),
    F("Arakan Army", "member_of", "Three Brotherhood Alliance", AS,
      "which also includes the Myanmar National Democratic Alliance Army (MNDAA) and the Arakan Army"),
    F("Myanmar National Democratic Alliance Army", "took_control_of", "Lashio", AS,
      "The MNDAA captured Lashio, the largest city in northern Shan State, in August 2024", t="2024-08"),
    F("Myanmar military", "took_control_of", "Lashio", AS,
      "handed it back to the military in April 2025", t="2025-04", req=False,
      note="a handover, not a capture"),
    F("Myanmar military", "took_control_of", "Mogok", AS,
      "The group withdrew from Mogok in late 2025", t="2025", req=False,
      note="implied by the TNLA withdrawal"),
    F("Myanmar National Democratic Alliance Army", "in_conflict_with", "Myanmar military", AS,
      "The MNDAA captured Lashio", req=False, note="implied by the capture"),
    F("Ta'ang National Liberation Army", "in_conflict_with", "Myanmar military", AS,
      "agreed on Thursday to extend a ceasefire in northern Shan State", req=False,
      note="implied by the ceasefire"),
    F("Myanmar military", "attacked", "Ta'ang National Liberation Army", AS,
      "commits the military to halting air strikes on TNLA-held areas", req=False,
      note="implied: the strikes were going on"),
    F("Sai Kham Lu", "lives_in", "Namhsan township", AS,
      "Sai Kham Lu, a village head in Namhsan township", req=False),
    F("Lashio", "located_in", "Shan State", AS, "Lashio, the largest city in northern Shan State"),
    F("China", "borders", "Shan State", AS, "China, which shares a long border with Shan State"),
    F("Arakan Army", "took_control_of", "Rakhine State", AS,
      "the Arakan Army, which controls most of Rakhine State"),
    F("Rakhine State", "located_in", "Myanmar", AS, "Rakhine State in western Myanmar"),
    F("Arakan Army", "party_to", "Kunming ceasefire extension", NE,
      "The new deal does not cover the Arakan Army", req=False),
    F("Arakan Army", "in_conflict_with", "Myanmar military", AS,
      "has continued to fight the military there"),
    F("Myanmar military", "killed", "Sai Kham Lu", RE,
      "The TNLA said a military air strike on Sunday killed Sai Kham Lu"),
    F("Min Aung Hlaing", "head_of", "Myanmar military", AS,
      "Senior General Min Aung Hlaing, the military chief", note="role: commander-in-chief"),
    F("Min Aung Hlaing", "head_of", "Myanmar", AS,
      "has ruled Myanmar since the army overthrew the elected government of Aung San Suu Kyi in February 2021",
      t="2021-02", note="'since February 2021'"),
    F("Aung San Suu Kyi", "head_of", "Myanmar", AS,
      "the elected government of Aung San Suu Kyi", req=False, note="past office"),
    F("China", "supported", "Myanmar military", AS,
      "has relied heavily on Chinese diplomatic support", alt_o=["Min Aung Hlaing"]),
    F("Myanmar", "imports_from", "China", AS, "arms bought from China and Russia", req=False,
      alt_s=["Myanmar military"], note="commodity: arms; the buyer is the military"),
    F("Myanmar", "imports_from", "Russia", AS, "arms bought from China and Russia", req=False,
      alt_s=["Myanmar military"], note="commodity: arms; the buyer is the military"),
    F("United States", "sanctioned", "Myanmar military", AS,
      "The United States, Britain and the European Union have imposed sanctions on the military"),
    F("United Kingdom", "sanctioned", "Myanmar military", AS,
      "The United States, Britain and the European Union have imposed sanctions on the military"),
    F("European Union", "sanctioned", "Myanmar military", AS,
      "The United States, Britain and the European Union have imposed sanctions on the military"),
    F("Nang Hseng Moe", "works_for", "Shan Policy Forum", AS,
      "Nang Hseng Moe, a researcher at the Chiang Mai-based Shan Policy Forum"),
    F("Shan Policy Forum", "based_in", "Chiang Mai", AS, "the Chiang Mai-based Shan Policy Forum"),
    F("Myanmar military", "attacked", "Ta'ang National Liberation Army", HE,
      "The military may resume air strikes as soon as it feels strong enough", req=False,
      note="analyst's possibility; target implicit"),
    F("Muse", "located_in", "Myanmar", AS, "Muse, Myanmar's main crossing to China", req=False),
    F("Myanmar", "trades_with", "China", AS,
      "Border trade through Muse, Myanmar's main crossing to China", req=False),
]

# ---- newspaper: relative dates resolved against Published ----------------
DOCS["laos_vietnam_power_imports.txt"] = [  # published 2025-08-15 (Fri); Thursday = 2025-08-14
    F("Vietnam Electricity", "signed_agreement_with", "Electricite du Laos", AS,
      "Vietnam Electricity (EVN), the state utility, signed a framework agreement with Electricite du Laos (EDL) in Hanoi on Thursday",
      t="2025-08-14"),
    F("Pham Minh Chinh", "head_of", "Vietnam", AS, "Prime Minister Pham Minh Chinh",
      note="role: prime minister"),
    F("Sonexay Siphandone", "head_of", "Laos", AS,
      ["his Lao counterpart, Sonexay Siphandone",
       "Sonexay, who has served as prime minister since December 2022"], t="2022-12",
      note="role: prime minister; 'since December 2022'"),
    F("Pham Minh Chinh", "met_with", "Sonexay Siphandone", AS,
      "The two leaders held talks on Thursday morning", t="2025-08-14", alt_p=["negotiating_with"]),
    F("Sonexay Siphandone", "visited", "Hanoi", AS,
      "who was on a two-day official visit to Hanoi", t="2025-08", alt_o=["Vietnam"]),
    F("Vietnam", "imports_from", "Laos", AS,
      "Vietnam currently imports around 2,200 MW of electricity from Laos",
      note="commodity: electricity"),
    F("Vietnam", "imports_from", "Laos", PL,
      "Vietnam plans to raise its purchases of Lao hydropower and wind power to about 5,000 megawatts by 2030",
      note="commodity: electricity; the planned increase"),
    F("Vo Thanh Liem", "works_for", "Vietnam Electricity", AS,
      "Deputy general director Vo Thanh Liem", note="role: deputy general director", req=False),
    F("Monsoon wind farm", "located_in", "Sekong province", AS, "the Monsoon wind farm in Sekong province"),
    F("Sekong province", "located_in", "Laos", AS, "the Monsoon wind farm in Sekong province",
      req=False, note="outside knowledge"),
    F("Bounmy Phommachanh", "head_of", "Electricite du Laos", AS,
      "EDL managing director Bounmy Phommachanh", alt_p=["works_for"], note="role: managing director"),
    F("Thailand", "imports_from", "Laos", AS,
      "Thailand has long been the biggest buyer of Lao electricity", note="commodity: electricity"),
    F("Singapore", "imports_from", "Laos", AS,
      "Singapore has imported Lao hydropower through the grids of Thailand and Malaysia since 2022",
      t="2022", note="commodity: electricity"),
    F("Singapore", "party_to", "Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", AS,
      "since 2022 under the Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", t="2022",
      req=False),
    F("Laos", "party_to", "Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", AS,
      "the Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", req=False,
      note="from the name"),
    F("Thailand", "party_to", "Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", AS,
      "the Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", req=False,
      note="from the name"),
    F("Malaysia", "party_to", "Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", AS,
      "the Lao PDR-Thailand-Malaysia-Singapore Power Integration Project", req=False,
      note="from the name"),
    F("Vietnam", "imports_from", "China", AS,
      "Vietnam also buys a small amount of power from China's southern grid",
      note="commodity: electricity; EVN 'did not plan to expand those purchases'"),
    F("Nguyen Hong Dien", "works_for", "Vietnam", AS,
      "Minister of Industry and Trade Nguyen Hong Dien",
      alt_o=["Vietnam Ministry of Industry and Trade"], note="role: minister"),
    F("Cambodia", "imports_from", "Laos", AS, "Cambodia, which buys Lao power as well",
      note="commodity: electricity"),
    F("Laos", "borders", "Vietnam", AS, "Laos and Vietnam, which share a border of more than 2,000 km"),
    F("Laos", "allied_with", "Vietnam", AS,
      ["describe their ties as a \"special relationship\"", "still underpins their alliance"]),
    F("Laos", "signed_agreement_with", "Vietnam", AS,
      "They signed a Treaty of Friendship and Cooperation in 1977", t="1977",
      note="the 2025 cooperation documents are signed in the same visit; the row keeps the treaty", req=False),
    F("Laos", "party_to", "Laos-Vietnam Treaty of Friendship and Cooperation", AS,
      "They signed a Treaty of Friendship and Cooperation in 1977", t="1977", req=False),
    F("Vietnam", "party_to", "Laos-Vietnam Treaty of Friendship and Cooperation", AS,
      "They signed a Treaty of Friendship and Cooperation in 1977", t="1977", req=False),
    F("Vietnam", "in_conflict_with", "France", AS, "the wars against France and the United States",
      req=False, note="historical, group statement about both countries"),
    F("Vietnam", "in_conflict_with", "United States", AS, "the wars against France and the United States",
      req=False, note="historical, group statement about both countries"),
    F("Laos", "in_conflict_with", "France", AS, "the wars against France and the United States",
      req=False, note="historical, group statement about both countries"),
    F("Laos", "in_conflict_with", "United States", AS, "the wars against France and the United States",
      req=False, note="historical, group statement about both countries"),
    F("China", "supported", "Laos", AS, "heavy debts, much of them owed to China", req=False,
      note="loans read as material support"),
    F("Vientiane", "capital_of", "Laos", AS, "Vientiane, the Lao capital"),
    F("Kunming", "located_in", "China", AS, "the Chinese city of Kunming"),
    F("Sonexay Siphandone", "met_with", "To Lam", PL,
      "is due to meet Communist Party General Secretary To Lam on Friday", t="2025-08-15"),
    F("To Lam", "head_of", "Communist Party of Vietnam", AS,
      "Communist Party General Secretary To Lam", note="role: general secretary"),
    F("Pianporn Chaisri", "works_for", "Mekong River Watch", AS,
      "Pianporn Chaisri of the Bangkok-based Mekong River Watch"),
    F("Mekong River Watch", "based_in", "Bangkok", AS, "the Bangkok-based Mekong River Watch"),
]

DOCS["vietnam_cambodia_boundary_markers.txt"] = [  # published 2025-11-18 (Tue); Monday = 2025-11-17
    F("Cambodia", "signed_agreement_with", "Vietnam", AS,
      ["Cambodia and Vietnam agreed on Monday to complete the demarcation of their land border",
       "signed minutes committing both sides to plant the remaining boundary posts"],
      t="2025-11-17"),
    F("Cambodia", "negotiating_with", "Vietnam", AS,
      "The deal was reached at a meeting of the joint border commission in Phnom Penh",
      t="2025-11-17", req=False, alt_p=["met_with"]),
    F("Sok Vannara", "works_for", "Cambodia", AS, "Cambodian Senior Minister Sok Vannara",
      note="role: senior minister"),
    F("Do Minh Khoa", "works_for", "Vietnam", AS, "Vietnamese Deputy Foreign Minister Do Minh Khoa",
      note="role: deputy foreign minister"),
    F("Sok Vannara", "citizen_of", "Cambodia", AS, "Cambodian Senior Minister Sok Vannara",
      req=False, note="demonym of the office"),
    F("Do Minh Khoa", "citizen_of", "Vietnam", AS, "Vietnamese Deputy Foreign Minister Do Minh Khoa",
      req=False, note="demonym of the office"),
    F("Sok Vannara", "met_with", "Do Minh Khoa", AS,
      "delegations led by Cambodian Senior Minister Sok Vannara and Vietnamese Deputy Foreign Minister Do Minh Khoa signed minutes",
      t="2025-11-17", req=False, note="implied by the joint signing"),
    F("Cambodia", "borders", "Vietnam", AS, "along their 1,270-km frontier"),
    F("Svay Rieng", "located_in", "Cambodia", AS, "Svay Rieng and Ratanakiri provinces", req=False,
      note="outside knowledge"),
    F("Ratanakiri", "located_in", "Cambodia", AS, "Svay Rieng and Ratanakiri provinces", req=False,
      note="outside knowledge"),
    F("Cambodia", "party_to", "1985 Cambodia-Vietnam border treaty", AS,
      "a 1985 treaty on the delimitation of the border", t="1985", req=False),
    F("Vietnam", "party_to", "1985 Cambodia-Vietnam border treaty", AS,
      "a 1985 treaty on the delimitation of the border", t="1985", req=False),
    F("Cambodia", "party_to", "2005 Cambodia-Vietnam supplementary treaty", AS,
      "supplementary treaties that the two countries signed in 2005 and 2019", t="2005", req=False),
    F("Vietnam", "party_to", "2005 Cambodia-Vietnam supplementary treaty", AS,
      "supplementary treaties that the two countries signed in 2005 and 2019", t="2005", req=False),
    F("Cambodia", "party_to", "2019 Cambodia-Vietnam supplementary treaty", AS,
      "supplementary treaties that the two countries signed in 2005 and 2019", t="2019", req=False),
    F("Vietnam", "party_to", "2019 Cambodia-Vietnam supplementary treaty", AS,
      "supplementary treaties that the two countries signed in 2005 and 2019", t="2019", req=False),
    F("Sam Rainsy", "member_of", "Cambodia National Rescue Party", AS,
      "the co-founder of the banned Cambodia National Rescue Party", req=False,
      alt_p=["head_of"], note="co-founder of a dissolved party"),
    F("Sam Rainsy", "lives_in", "Paris", AS, "Cambodia National Rescue Party who lives in Paris"),
    F("Sam Rainsy", "criticized", "Cambodia", AS,
      "accused the government on Monday of \"quietly surrendering land to Hanoi\"", t="2025-11-17",
      alt_o=["Hun Manet"], note="'the government'"),
    F("Chea Ratanak", "works_for", "Hun Manet", AS,
      "Prime Minister Hun Manet's spokesman, Chea Ratanak", alt_o=["Cambodia"],
      note="role: spokesman"),
    F("Chea Ratanak", "criticized", "Sam Rainsy", AS,
      "a charge that Prime Minister Hun Manet's spokesman, Chea Ratanak, dismissed as \"recycled propaganda\"",
      note="rejected his claims", req=False),
    F("Hun Manet", "head_of", "Cambodia", AS,
      ["Prime Minister Hun Manet", "who succeeded his father Hun Sen as prime minister in 2023"],
      t="2023", note="role: prime minister"),
    F("Hun Sen", "head_of", "Cambodia", AS,
      "who succeeded his father Hun Sen as prime minister in 2023", req=False, note="past office"),
    F("Hun Sen", "head_of", "Cambodian Senate", AS, "Hun Sen, now president of the Senate",
      note="role: president of the Senate"),
    F("Vietnam", "supported", "Hun Sen", AS,
      "was installed in power in the 1980s by the Vietnamese-backed government", t="198",
      req=False, note="the 1980s; backing of the government that installed him"),
    F("Hun Manet", "visited", "Hanoi", HE, "is expected to visit Hanoi next month", t="2025-12",
      alt_o=["Vietnam"]),
    F("Hun Manet", "negotiating_with", "Vietnam", HE,
      "is expected to visit Hanoi next month for talks with Vietnamese leaders", t="2025-12",
      req=False),
    F("Vietnam", "took_control_of", "Phnom Penh", AS,
      "Vietnamese troops drove the Khmer Rouge from Phnom Penh in January 1979", t="1979-01", req=False),
    F("Vietnam", "attacked", "Khmer Rouge", AS,
      "Vietnamese troops drove the Khmer Rouge from Phnom Penh in January 1979", t="1979-01",
      req=False, alt_p=["in_conflict_with"]),
    F("Phnom Penh", "capital_of", "Cambodia", AS, "Phnom Penh manages a far more dangerous frontier",
      req=False, note="outside knowledge; Phnom Penh stands for the government"),
    F("Cambodia", "borders", "Thailand", AS, "a far more dangerous frontier with Thailand",
      alt_s=["Phnom Penh"]),
    F("Cambodia", "in_conflict_with", "Thailand", AS,
      "where five days of fighting in July killed dozens of people", t="2025-07",
      alt_s=["Phnom Penh"]),
    F("Malaysia", "brokered", "Cambodia-Thailand ceasefire", AS, "a ceasefire mediated by Malaysia",
      t="2025-07", req=False, note="unnamed agreement"),
    F("Cambodia", "negotiating_with", "Thailand", AS,
      "Cambodia and Thailand have since held several rounds of talks on troop withdrawals"),
    F("Cambodia", "signed_agreement_with", "Thailand", NE,
      "no agreement has been reached on the disputed temples", req=False,
      note="no agreement on the temples (a ceasefire exists)"),
    F("Cambodia", "party_to", "Cambodia-Laos-Vietnam Development Triangle Area", NE,
      "Cambodia withdrew in September 2024 from the Cambodia-Laos-Vietnam Development Triangle Area",
      t="2024-09", alt_p=["member_of"], note="withdrawal"),
    F("Kem Sothy", "works_for", "Institute for Regional Dialogue", AS,
      "Analyst Kem Sothy of the Phnom Penh-based Institute for Regional Dialogue"),
    F("Institute for Regional Dialogue", "based_in", "Phnom Penh", AS,
      "the Phnom Penh-based Institute for Regional Dialogue"),
    F("Cambodia", "trades_with", "Vietnam", AS,
      ["Vietnam is one of Cambodia's largest trading partners",
       "two-way trade reached about $10 billion last year"], t="2024"),
    F("Cambodia", "gained_independence_from", "France", AS,
      "Cambodia, which won independence from France in 1953", t="1953"),
    F("Cambodia", "borders", "Laos", AS, "also borders Laos to the north"),
]

# ---- HTML pages: relative dates resolved against <time datetime> ---------
DOCS["luconia_shoals_coast_guard.html"] = [  # 2026-02-12 (Thu); Wednesday = 2026-02-11
    F("Malaysia", "criticized", "China", AS,
      "Malaysia lodged a diplomatic protest with China on Wednesday", t="2026-02-11",
      alt_s=["Malaysian Foreign Ministry", "Kuala Lumpur"]),
    F("Petronas", "based_in", "Malaysia", AS, "the state energy company Petronas", req=False,
      note="state company; country implied"),
    F("Luconia Shoals", "located_in", "Malaysia", RE,
      "These waters are within Malaysia's exclusive economic zone", req=False,
      note="EEZ claim by the MMEA"),
    F("Mohamad Hasan", "works_for", "Malaysia", AS, "Foreign Minister Mohamad Hasan",
      alt_o=["Malaysian Foreign Ministry"], note="role: foreign minister"),
    F("Mohamad Hasan", "met_with", "China", AS,
      "he had summoned the Chinese ambassador to Wisma Putra", req=False,
      note="the ambassador is unnamed; a summons"),
    F("Mohamad Hasan", "criticized", "China", AS,
      "to convey Kuala Lumpur's \"serious concern\" about the ship's conduct", req=False),
    F("China Coast Guard", "threatened", "Petronas", RE,
      "repeatedly radioed warnings ordering it to leave what it called Chinese waters", req=False,
      note="the target is a survey ship working for Petronas"),
    F("China Coast Guard", "attacked", "Petronas", NE,
      "the Chinese ship did not use water cannon", req=False,
      note="the target is a survey ship working for Petronas"),
    F("Zulkifli Rahman", "works_for", "Malaysian Maritime Enforcement Agency", AS,
      "MMEA regional director Maritime First Admiral Zulkifli Rahman", note="role: regional director"),
    F("Chinese embassy in Kuala Lumpur", "based_in", "Kuala Lumpur", AS,
      "The Chinese embassy in Kuala Lumpur"),
    F("Chinese embassy in Kuala Lumpur", "criticized", "Malaysia", AS,
      "urged Malaysia not to take unilateral actions", req=False, alt_s=["China"]),
    F("Bintulu LNG complex", "located_in", "Bintulu", AS,
      "the liquefied natural gas complex in Bintulu"),
    F("Anwar Ibrahim", "head_of", "Malaysia", AS, "Prime Minister Anwar Ibrahim",
      note="role: prime minister"),
    F("Malaysia", "trades_with", "China", AS, "China has been Malaysia's largest trading partner"),
    F("Malaysia", "allied_with", "China", RE, "We are friends with China", req=False,
      alt_s=["Anwar Ibrahim"], note="Anwar's words"),
    F("Malaysia", "diplomatic_relations_with", "China", AS,
      "the two countries established diplomatic relations in 1974", t="1974"),
    F("Malaysia", "negotiating_with", "China", PL,
      "Malaysia would raise the incident through its bilateral consultation mechanism with China, which is due to meet in Beijing next month",
      t="2026-03", alt_s=["Anwar Ibrahim"]),
    F("Brunei", "borders", "Sarawak", AS,
      "Brunei, which lies between the Malaysian states of Sarawak and Sabah", req=False,
      alt_o=["Malaysia"], note="'lies between'"),
    F("Sarawak", "located_in", "Malaysia", AS, "the Malaysian states of Sarawak and Sabah"),
    F("Sabah", "located_in", "Malaysia", AS, "the Malaysian states of Sarawak and Sabah"),
    F("Malaysia", "signed_agreement_with", "Brunei", AS,
      "Malaysia and Brunei settled their own maritime boundary in an exchange of letters signed in 2009",
      t="2009"),
    F("Malaysia", "party_to", "2009 Malaysia-Brunei exchange of letters", AS,
      "an exchange of letters signed in 2009", t="2009", req=False),
    F("Brunei", "party_to", "2009 Malaysia-Brunei exchange of letters", AS,
      "an exchange of letters signed in 2009", t="2009", req=False),
    F("Hassanal Bolkiah", "head_of", "Brunei", AS,
      "Brunei, ruled by Sultan Hassanal Bolkiah since 1967", t="1967", note="role: sultan"),
    F("Brunei", "gained_independence_from", "United Kingdom", AS,
      "gained independence from Britain in 1984", t="1984"),
    F("ASEAN", "signed_agreement_with", "China", PL,
      "which hopes to conclude a code of conduct for the waterway with China this year", t="2026"),
    F("Lim Wei Jie", "works_for", "Centre for Maritime Security Studies", AS,
      "Lim Wei Jie, a fellow at the Kuala Lumpur-based Centre for Maritime Security Studies"),
    F("Centre for Maritime Security Studies", "based_in", "Kuala Lumpur", AS,
      "the Kuala Lumpur-based Centre for Maritime Security Studies"),
]

DOCS["indonesia_eu_cepa_vote.html"] = [  # 2026-01-28 (Wed); Tuesday = 2026-01-27
    F("European Parliament", "supported", "Indonesia-EU CEPA", AS,
      "The European Parliament's trade committee voted on Tuesday to approve the Comprehensive Economic Partnership Agreement",
      t="2026-01-27", note="committee vote"),
    F("Annelies Verhoeven", "member_of", "European Parliament", AS,
      "its rapporteur, Dutch lawmaker Annelies Verhoeven", alt_p=["works_for"]),
    F("Annelies Verhoeven", "citizen_of", "Netherlands", AS, "Dutch lawmaker Annelies Verhoeven"),
    F("Annelies Verhoeven", "supported", "Indonesia-EU CEPA", AS,
      "argued that the pact would open one of Asia's fastest-growing markets", req=False),
    F("Indonesia", "negotiating_with", "European Union", AS,
      "Indonesia and the EU concluded negotiations on the agreement in Bali in September 2025",
      note="talks 2016-2025; no single time"),
    F("Indonesia", "signed_agreement_with", "European Union", AS,
      "and signed it in Brussels last month", t="2025-12"),
    F("Indonesia", "party_to", "Indonesia-EU CEPA", AS, "and signed it in Brussels last month",
      t="2025-12", req=False),
    F("European Union", "party_to", "Indonesia-EU CEPA", AS, "and signed it in Brussels last month",
      t="2025-12", req=False),
    F("Airlangga Hartarto", "works_for", "Indonesia", AS,
      "Coordinating Minister for Economic Affairs Airlangga Hartarto, who led Indonesia's negotiators",
      note="role: coordinating minister"),
    F("Prabowo Subianto", "head_of", "Indonesia", AS, "President Prabowo Subianto",
      note="role: president"),
    F("Prabowo Subianto", "visited", "Brussels", AS, "who travelled to Brussels in July 2025",
      t="2025-07"),
    F("Prabowo Subianto", "met_with", "Ursula von der Leyen", AS,
      "met European Commission President Ursula von der Leyen", t="2025-07"),
    F("Ursula von der Leyen", "head_of", "European Commission", AS,
      "European Commission President Ursula von der Leyen", note="role: president"),
    F("Maros Sefcovic", "works_for", "European Union", AS, "EU trade chief Maros Sefcovic",
      alt_o=["European Commission"], note="role: trade commissioner"),
    F("Maros Sefcovic", "negotiating_with", "Indonesia", AS, "who negotiated for the bloc",
      req=False),
    F("Airlangga Hartarto", "negotiating_with", "European Union", AS,
      "who led Indonesia's negotiators", req=False),
    F("European Union", "criticized", "Indonesia", AS,
      "The EU challenged Indonesia's ban on exports of nickel ore at the World Trade Organization in 2019",
      t="2019"),
    F("World Trade Organization", "criticized", "Indonesia", AS,
      "a WTO panel ruled against Jakarta in 2022", t="2022", req=False, alt_o=["Jakarta"]),
    F("European Union", "sanctioned", "Indonesia", AS,
      "The EU has also imposed anti-dumping duties on Indonesian stainless steel",
      note="anti-dumping duties"),
    F("Indonesia", "criticized", "European Union", AS,
      "Indonesian officials have criticised the bloc's deforestation regulation"),
    F("Indonesia", "in_conflict_with", "European Union", AS,
      "The agreement did not resolve every dispute", req=False, note="trade disputes"),
    F("France", "criticized", "EU-Mercosur agreement", AS,
      "France, which led opposition to the EU's agreement with the South American Mercosur bloc",
      req=False),
    F("France", "criticized", "Indonesia-EU CEPA", NE, "did not object to the Indonesian pact"),
    F("Forest Futures", "criticized", "Indonesia-EU CEPA", AS,
      "Forest Futures said the deal would \"reward deforestation\""),
    F("Forest Futures", "based_in", "Brussels", AS, "the Brussels-based campaign group Forest Futures"),
    F("Netherlands", "imports_from", "Indonesia", AS,
      "The Netherlands, Spain and Italy are the biggest buyers of Indonesian palm oil",
      note="commodity: palm oil"),
    F("Spain", "imports_from", "Indonesia", AS,
      "The Netherlands, Spain and Italy are the biggest buyers of Indonesian palm oil",
      note="commodity: palm oil"),
    F("Italy", "imports_from", "Indonesia", AS,
      "The Netherlands, Spain and Italy are the biggest buyers of Indonesian palm oil",
      note="commodity: palm oil"),
    F("European Union", "trades_with", "Indonesia", AS,
      "Trade in goods between the EU and Indonesia reached about 27 billion euros in 2024", t="2024"),
    F("Indonesia", "member_of", "BRICS", AS, "Indonesia joined the BRICS group in January 2025",
      t="2025-01"),
    F("Indonesia", "candidate_for", "OECD", AS,
      "is seeking membership of the Organisation for Economic Co-operation and Development"),
    F("Indonesia", "candidate_for", "CPTPP", AS,
      "also applied in 2024 to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)",
      t="2024"),
    F("Indonesia", "recognizes", "Palestine", AS,
      "the world's most populous Muslim-majority country, which recognises Palestine"),
    F("Indonesia", "recognizes", "Israel", NE,
      "Indonesia would not recognise Israel until Israel recognises a Palestinian state",
      note="a condition not yet met; said by Prabowo"),
    F("Israel", "recognizes", "Palestine", NE,
      "until Israel recognises a Palestinian state", req=False, note="implied: not yet"),
]

DOCS["asean_envoy_naypyitaw_visit.txt"] = [  # published 2026-03-12 (Thu); Wednesday = 2026-03-11
    F("Rosario Dimaculangan", "met_with", "Min Aung Hlaing", RE,
      "special envoy on Myanmar met Senior General Min Aung Hlaing in Naypyitaw on Wednesday",
      t="2026-03-11", note="'the Philippine foreign ministry said'"),
    F("Rosario Dimaculangan", "visited", "Naypyitaw", AS,
      "spent two days in the Myanmar capital", t="2026-03", alt_o=["Myanmar"]),
    F("Rosario Dimaculangan", "works_for", "ASEAN", AS,
      ["The Association of Southeast Asian Nations' special envoy on Myanmar",
       "a veteran Filipino diplomat appointed envoy in January"], t="2026-01",
      note="role: special envoy; appointed in January"),
    F("Rosario Dimaculangan", "citizen_of", "Philippines", AS,
      "Rosario Dimaculangan, a veteran Filipino diplomat"),
    F("Rosario Dimaculangan", "works_for", "Philippines", AS, "a veteran Filipino diplomat",
      req=False, note="career diplomat"),
    F("Rosario Dimaculangan", "met_with", "Aung San Suu Kyi", NE,
      ["was refused permission to see the detained former leader Aung San Suu Kyi",
       "Dimaculangan did not meet Suu Kyi"], t="2026-03"),
    F("Naypyitaw", "capital_of", "Myanmar", AS, "in the Myanmar capital",
      note="'spent two days in the Myanmar capital' after 'in Naypyitaw'", req=False),
    F("Rosario Dimaculangan", "met_with", "Than Swe", RE,
      "She held talks with the military chief and with Foreign Minister Than Swe", t="2026-03",
      alt_p=["negotiating_with"]),
    F("Than Swe", "works_for", "Myanmar", AS, "Foreign Minister Than Swe",
      note="role: foreign minister"),
    F("Aung San Suu Kyi", "head_of", "Myanmar", AS, "the detained former leader Aung San Suu Kyi",
      req=False, note="past office"),
    F("Theresa Lazaro", "works_for", "Philippines", AS, "Philippine Foreign Secretary Theresa Lazaro",
      note="role: foreign secretary"),
    F("ASEAN", "party_to", "Five-Point Consensus", AS,
      "the peace plan that ASEAN leaders agreed with Min Aung Hlaing in Jakarta in April 2021",
      t="2021-04"),
    F("Myanmar military", "party_to", "Five-Point Consensus", AS,
      "the peace plan that ASEAN leaders agreed with Min Aung Hlaing in Jakarta in April 2021",
      t="2021-04", alt_s=["Myanmar", "Min Aung Hlaing"], req=False),
    F("ASEAN", "sanctioned", "Myanmar military", AS,
      "ASEAN has barred Myanmar's generals from its summits since 2021", t="2021", req=False,
      note="exclusion from summits read as a sanction"),
    F("Myanmar", "member_of", "ASEAN", AS,
      "ASEAN has barred Myanmar's generals from its summits", req=False, note="implied"),
    F("Rosario Dimaculangan", "contacted", "National Unity Government", AS,
      "Dimaculangan held a video call with representatives of the National Unity Government (NUG)"),
    F("Myanmar military", "criticized", "National Unity Government", AS,
      "which the military has branded a terrorist organisation"),
    F("Rosario Dimaculangan", "met_with", "National Unity Government", HE,
      "She is expected to meet NUG officials in person in Bangkok next month", t="2026-04"),
    F("Rosario Dimaculangan", "visited", "Bangkok", HE,
      "She is expected to meet NUG officials in person in Bangkok next month", t="2026-04",
      req=False, note="implied travel"),
    F("Thailand", "borders", "Myanmar", AS,
      "Thailand, which shares a border of more than 2,400 km with Myanmar"),
    F("Malaysia", "member_of", "ASEAN", AS, "Malaysia, which chaired ASEAN last year", req=False,
      note="entailed by the chairmanship"),
    F("Kao Kim Hourn", "head_of", "ASEAN", AS, "ASEAN Secretary-General Kao Kim Hourn",
      alt_p=["works_for"], note="role: secretary-general"),
    F("Kao Kim Hourn", "citizen_of", "Cambodia", AS, "Kao Kim Hourn, a Cambodian"),
    F("ASEAN", "based_in", "Jakarta", AS, "The secretariat in Jakarta", req=False),
    F("Timor-Leste", "member_of", "ASEAN", AS,
      "The bloc expanded to 11 members in October when Timor-Leste", t="2025-10"),
    F("Timor-Leste", "gained_independence_from", "Indonesia", AS,
      "which gained independence from Indonesia in 2002", t="2002"),
    F("China", "supported", "Myanmar military", AS, "a key backer of the military"),
    F("China", "borders", "Myanmar", AS, "China, Myanmar's largest neighbour", req=False,
      note="'neighbour'"),
    F("Richard Mabini", "works_for", "University of the Philippines", AS,
      "Richard Mabini, a political scientist at the University of the Philippines"),
]


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def load_signatures():
    sig = {}
    with open(SCHEMA, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*([a-z_]+)\s*\|\s*([^|]*)\|", line)
            if not m or m.group(1) == "predicate":
                continue
            pred, spec = m.group(1), m.group(2).strip()
            arrow = "↔" if "↔" in spec else "→"
            left, _, right = spec.partition(arrow)
            lt = {x.strip() for x in left.split(",") if x.strip()}
            rt = {x.strip() for x in right.split(",") if x.strip()}
            if rt == {"same"}:
                rt = lt
            sig[pred] = (lt or None, rt or None)
    return sig


def doc_meta(name, text):
    """Title and publication date of a document (wire copies have no year)."""
    if name.endswith(".html"):
        title = re.search(r"<h1>(.*?)</h1>", text, re.S).group(1).strip()
        pub = re.search(r'<time datetime="([0-9-]+)"', text).group(1)
        return title, pub
    lines = text.split("\n")
    m = re.match(r"Published: (\S+)", lines[1]) if len(lines) > 1 else None
    if m:
        return lines[0].strip(), m.group(1)
    return "", ""  # wire copy: no headline, dateline without a year


def sentence_span(text, start, end):
    """The sentence (or paragraph piece) around text[start:end]."""
    left = start
    while left > 0:
        ch = text[left - 1]
        if ch in "\n>":
            break
        if ch == " " and text[left - 2] in ".!?\"" and (text[left - 2] != "\"" or text[left - 3] in ".!?"):
            prev_word = text[:left - 1].rsplit(" ", 1)[-1]
            if prev_word not in ("Jr.", "U.S.", "Mr.", "Dr.", "St.", "km", "No."):
                break
        left -= 1
    right = end
    while right < len(text):
        ch = text[right]
        if ch in "\n<":
            break
        if ch in ".!?" and (right + 1 >= len(text) or text[right + 1] in " \n\"<"):
            word = text[:right + 1].rsplit(" ", 1)[-1]
            if word not in ("Jr.", "U.S.", "Mr.", "Dr.", "St.", "No."):
                right += 1
                if right < len(text) and text[right] == "\"":
                    right += 1
                break
        right += 1
    return left, right


def main():
    errors = []
    sig = load_signatures()
    types = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in types:
            errors.append(f"entity listed twice: {name}")
        types[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} maps to {alias_owner[k]} and {name}")
            alias_owner[k] = name

    texts = {}
    for doc in DOCS:
        path = os.path.join(CORPUS, doc)
        with open(path, encoding="utf-8") as f:
            texts[doc] = f.read()
    on_disk = sorted(os.listdir(CORPUS))
    if sorted(DOCS) != on_disk:
        errors.append(f"corpus files {on_disk} differ from documents {sorted(DOCS)}")

    merged = {}   # key -> row
    order = []
    statements = []
    used = set()
    for doc, facts in DOCS.items():
        text = texts[doc]
        title, pub = doc_meta(doc, text)
        seen = set()
        for f in facts:
            s, p, o, m = f["s"], f["p"], f["o"], f["m"]
            where = f"{doc}: {s} {p} {o}"
            if p not in sig:
                errors.append(f"{where}: unknown predicate"); continue
            if m not in POLARITY:
                errors.append(f"{where}: unknown modality {m}"); continue
            for n in [s, o] + f["alt_s"] + f["alt_o"]:
                if n not in types:
                    errors.append(f"{where}: no entity {n!r}")
                used.add(n)
            if s not in types or o not in types:
                continue
            lt, rt = sig[p]
            if lt and types[s] not in lt:
                errors.append(f"{where}: subject type {types[s]} not in {sorted(lt)}")
            if rt and types[o] not in rt:
                errors.append(f"{where}: object type {types[o]} not in {sorted(rt)}")
            for ap in f["alt_p"]:
                if ap not in sig:
                    errors.append(f"{where}: unknown alt predicate {ap}")
            if f["t"] and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", f["t"]):
                errors.append(f"{where}: bad time {f['t']}")
            evs = f["ev"] if isinstance(f["ev"], list) else [f["ev"]]
            spans = []
            for ev in evs:
                i = text.find(ev)
                if i < 0:
                    errors.append(f"{where}: evidence not in article: {ev!r}")
                else:
                    spans.append((i, i + len(ev)))
            pol = POLARITY[m]
            a, b = (s, o)
            if p in SYMMETRIC and a > b:
                a, b = b, a
            key = (a, p, b, pol)
            if key in seen:
                errors.append(f"{where}: fact listed twice in one document")
            seen.add(key)
            if key in merged:
                g = merged[key]
                for fld, gf in (("m", "modality"), ("t", "time"), ("req", "required")):
                    gv = g.get(gf)
                    if f[fld] != gv:
                        errors.append(f"{where}: {gf} {f[fld]!r} disagrees with {gv!r} in {g['docs']}")
                g["docs"].append(doc)
                for alt in ("alt_s", "alt_p", "alt_o"):
                    for x in f[alt]:
                        if x not in g.setdefault(alt, []):
                            g[alt].append(x)
                if f["note"] and f["note"] not in g.get("note", ""):
                    g["note"] = (g["note"] + "; " if g.get("note") else "") + f["note"]
            else:
                g = {"s": s, "p": p, "o": o, "docs": [doc], "modality": m}
                if f["t"]:
                    g["time"] = f["t"]
                g["required"] = f["req"]
                for alt in ("alt_s", "alt_p", "alt_o"):
                    if f[alt]:
                        g[alt] = list(f[alt])
                if f["note"]:
                    g["note"] = f["note"]
                merged[key] = g
                order.append(key)
            if spans:
                st, en = sentence_span(text, *spans[0])
                dl = re.match(r"[A-Z][A-Z ,.a-z]*, [A-Z][a-z]{2} \d{1,2} \([A-Za-z]+\) - ", text[st:en])
                if dl:  # the dateline is not part of the sentence
                    st += dl.end()
                role = ""
                if f["note"] and f["note"].startswith("role: "):
                    role = f["note"][6:].split(";")[0]
                statements.append({
                    "subject": s, "subject_type": types[s], "predicate": p,
                    "object": o, "object_type": types[o], "modality": m,
                    "time": f["t"] or "", "role": role, "confidence": 1.0,
                    "source": f"corpus/{doc}", "title": title, "published": pub,
                    "sentence": re.sub(r"\s+", " ", text[st:en]).strip(),
                    "start": st, "end": en, "rule": "gold-selfcheck"})

    for name in types:
        if name not in used:
            errors.append(f"entity not named by any row: {name}")
    # a row's alternative spelling must not be another row's main unit
    canon = lambda n: alias_owner.get(norm(n), n)
    mains = set()
    for (a, p, b, pol) in order:
        mains.add((a, p, b, pol))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(f"{len(errors)} error(s)")

    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for k in order:
            f.write(json.dumps(merged[k], ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    rows = [merged[k] for k in order]
    req = sum(r["required"] for r in rows)
    timed = sum("time" in r for r in rows)
    preds = {r["p"] for r in rows}
    print(f"rows={len(rows)} required={req} ({req / len(rows):.0%}) with_time={timed} "
          f"statements={len(statements)} entities={len(ENTITIES)} predicates={len(preds)}")


if __name__ == "__main__":
    main()
