#!/usr/bin/env python3
"""Build the ze gold (entities.jsonl, triples.jsonl) and a self-check
statements file (tools/selfcheck.jsonl) with exactly the gold facts, one line
per fact and document. Run from anywhere: python3 tools/build_gold.py"""
import json, os, re, sys, html
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

DOCS = {
    "ze01": ("ze01_bimstec_power_trade_protocol.txt", "2025-11-18"),
    "ze02": ("ze02_matthew_hunter_islands_talks.txt", "2026-02-10"),
    "ze03": ("ze03_myawaddy_scam_repatriation.txt", "2026-01-14"),
    "ze04": ("ze04_laos_adb_policy_loan.txt", "2025-10-14"),
    "ze05": ("ze05_quad_coast_guard_statement.txt", "2025-12-09"),
    "ze06": ("ze06_greater_sunrise_beaco_pipeline.txt", "2025-11-25"),
    "ze07": ("ze07_natuna_coast_guard_protest.html", "2026-01-20"),
    "ze08": ("ze08_rakhine_aid_crossings.html", "2025-07-22"),
}

# name, type, aliases
ENTITIES = [
    # countries
    ("Bangladesh", "Country", ["Dhaka", "Bangladeshi", "Bangladesh government", "Bangladeshi government", "interim government", "People's Republic of Bangladesh"]),
    ("India", "Country", ["New Delhi", "Indian", "Indian government", "Republic of India"]),
    ("Nepal", "Country", ["Nepali", "Nepalese"]),
    ("Bhutan", "Country", ["Bhutanese", "Kingdom of Bhutan"]),
    ("Thailand", "Country", ["Bangkok", "Thai", "Thai government", "Kingdom of Thailand"]),
    ("Myanmar", "Country", ["Burma", "Naypyitaw", "Nay Pyi Taw", "Myanmar's military", "Myanmar military", "Myanmar's military government", "military government", "military-led government", "junta", "Myanmar junta"]),
    ("Sri Lanka", "Country", ["Colombo", "Sri Lankan", "Sri Lankan government"]),
    ("Pakistan", "Country", ["Islamabad", "Pakistani"]),
    ("Vanuatu", "Country", ["Republic of Vanuatu", "Vanuatu government"]),
    ("France", "Country", ["Paris", "French", "French government", "French Republic"]),
    ("United Kingdom", "Country", ["Britain", "UK", "U.K.", "British", "Great Britain"]),
    ("Australia", "Country", ["Canberra", "Australian", "Australian government", "Commonwealth of Australia"]),
    ("China", "Country", ["Beijing", "Chinese", "Chinese government", "People's Republic of China", "PRC"]),
    ("United States", "Country", ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "Washington", "U.S. government", "Trump administration"]),
    ("Laos", "Country", ["Lao", "Lao PDR", "Vientiane", "Lao People's Democratic Republic"]),
    ("Vietnam", "Country", ["Viet Nam", "Vietnamese"]),
    ("Cambodia", "Country", ["Cambodian"]),
    ("Japan", "Country", ["Tokyo", "Japanese", "Japanese government"]),
    ("Singapore", "Country", []),
    ("Russia", "Country", ["Russian", "Russian Federation"]),
    ("Timor-Leste", "Country", ["East Timor", "Timor Leste", "Dili", "Timorese", "Democratic Republic of Timor-Leste"]),
    ("Indonesia", "Country", ["Jakarta", "Indonesian", "Indonesian government", "Republic of Indonesia"]),
    ("Philippines", "Country", ["Philippine", "Republic of the Philippines"]),
    ("Malaysia", "Country", ["Malaysian"]),
    ("Brunei", "Country", ["Brunei Darussalam"]),
    # organizations
    ("BIMSTEC", "Organization", ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"]),
    ("SAARC", "Organization", ["South Asian Association for Regional Cooperation"]),
    ("Himalayan Energy Forum", "Organization", []),
    ("Pacific Islands Forum", "Organization", ["PIF", "Forum"]),
    ("FLNKS", "Organization", ["FLNKS movement", "Kanak and Socialist National Liberation Front"]),
    ("University of the South Pacific", "Organization", ["USP"]),
    ("Ministry of Public Security", "Organization", ["China's Ministry of Public Security", "Chinese Ministry of Public Security"]),
    ("Karen Border Guard Force", "Organization", ["BGF", "Border Guard Force", "Karen BGF"]),
    ("Royal Thai Army", "Organization", ["Thai army"]),
    ("Mekong Migration Watch", "Organization", []),
    ("Asian Development Bank", "Organization", ["ADB", "lender"]),
    ("International Monetary Fund", "Organization", ["IMF", "Fund"]),
    ("Japan International Cooperation Agency", "Organization", ["JICA"]),
    ("Straits Economic Institute", "Organization", []),
    ("Quad", "Organization", ["Quadrilateral Security Dialogue"]),
    ("Gateway Maritime Forum", "Organization", []),
    ("Woodside Energy", "Organization", ["Woodside"]),
    ("Timor GAP", "Organization", []),
    ("Osaka Gas", "Organization", []),
    ("Northern Resources Institute", "Organization", []),
    ("United Nations", "Organization", ["UN", "U.N."]),
    ("ASEAN", "Organization", ["Association of Southeast Asian Nations", "bloc"]),
    ("Bakamla", "Organization", ["Indonesian Maritime Security Agency", "Indonesia's maritime security agency"]),
    ("Centre for Archipelagic Studies", "Organization", []),
    ("Arakan Army", "Organization", ["AA"]),
    ("Bangladesh Army", "Organization", ["Bangladeshi army"]),
    ("Bay of Bengal Research Centre", "Organization", []),
    # persons
    ("Muhammad Yunus", "Person", ["Yunus", "Chief Adviser Muhammad Yunus"]),
    ("Touhid Hossain", "Person", ["Hossain", "Md. Touhid Hossain"]),
    ("Indra Mani Pandey", "Person", ["Pandey", "BIMSTEC Secretary General Indra Mani Pandey"]),
    ("Tshering Tobgay", "Person", ["Tobgay", "Prime Minister Tshering Tobgay"]),
    ("Prasert Wongsuwan", "Person", ["Prasert", "Wongsuwan"]),
    ("Anil Chaturvedi", "Person", ["Chaturvedi"]),
    ("Kyaw Zin Htet", "Person", []),
    ("Nilanthi Perera", "Person", ["Perera"]),
    ("Sujata Rai", "Person", ["Rai"]),
    ("Jotham Napat", "Person", ["Napat", "Prime Minister Jotham Napat"]),
    ("Claire Dubreuil", "Person", ["Dubreuil"]),
    ("Emmanuel Macron", "Person", ["Macron", "French President Emmanuel Macron", "President Emmanuel Macron"]),
    ("Esline Tari", "Person", ["Tari"]),
    ("Baron Waqa", "Person", ["Waqa"]),
    ("Marie-Louise Kalpokas", "Person", ["Kalpokas"]),
    ("Anutin Charnvirakul", "Person", ["Anutin", "Thai Prime Minister Anutin Charnvirakul", "Prime Minister Anutin Charnvirakul"]),
    ("Zhang Wenbo", "Person", ["Zhang"]),
    ("Aung Kyaw Moe", "Person", ["Brigadier General Aung Kyaw Moe"]),
    ("Saw Chit Thu", "Person", []),
    ("Rattana Sukprasert", "Person", ["Colonel Rattana Sukprasert", "Rattana"]),
    ("Xi Jinping", "Person", ["Xi", "President Xi Jinping"]),
    ("Pimchanok Saetang", "Person", ["Pimchanok", "Saetang"]),
    ("Masato Kanda", "Person", ["Kanda", "ADB President Masato Kanda"]),
    ("Santiphab Phomvihane", "Person", ["Santiphab", "Phomvihane", "Finance Minister Santiphab Phomvihane"]),
    ("Sonexay Siphandone", "Person", ["Sonexay", "Siphandone", "Prime Minister Sonexay Siphandone"]),
    ("Khamla Vongsa", "Person", ["Vongsa", "Khamla"]),
    ("S. Jaishankar", "Person", ["Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister S. Jaishankar"]),
    ("Penny Wong", "Person", ["Wong", "Australian Foreign Minister Penny Wong"]),
    ("Toshimitsu Motegi", "Person", ["Motegi", "Japanese Foreign Minister Toshimitsu Motegi"]),
    ("Christopher Landau", "Person", ["Landau", "Deputy Secretary of State Christopher Landau"]),
    ("Marco Rubio", "Person", ["Rubio", "Secretary of State Marco Rubio"]),
    ("Narendra Modi", "Person", ["Modi", "Prime Minister Narendra Modi"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump"]),
    ("Guo Jiakun", "Person", ["Guo"]),
    ("Rohan Mehta", "Person", ["Mehta"]),
    ("Anthony Albanese", "Person", ["Albanese", "Prime Minister Anthony Albanese"]),
    ("Sanae Takaichi", "Person", ["Takaichi"]),
    ("Xanana Gusmão", "Person", ["Gusmão", "Gusmao", "Xanana Gusmao", "Prime Minister Xanana Gusmão"]),
    ("José Ramos-Horta", "Person", ["Ramos-Horta", "Jose Ramos-Horta", "President José Ramos-Horta"]),
    ("Antonio da Costa Soares", "Person", ["Soares", "da Costa Soares"]),
    ("Madeleine King", "Person", ["King", "Resources Minister Madeleine King"]),
    ("Daniel Reeve", "Person", ["Reeve"]),
    ("Helen Tran", "Person", ["Tran"]),
    ("Sugiono", "Person", ["Foreign Minister Sugiono"]),
    ("Yuda Pratama", "Person", ["Pratama", "First Admiral Yuda Pratama"]),
    ("Prabowo Subianto", "Person", ["Prabowo", "President Prabowo Subianto"]),
    ("Dewi Lestari", "Person", ["Lestari"]),
    ("Khalilur Rahman", "Person", ["Rahman"]),
    ("Marta Lindqvist", "Person", ["Lindqvist"]),
    ("Min Aung Hlaing", "Person", ["Senior General Min Aung Hlaing"]),
    ("Waker-Uz-Zaman", "Person", ["Waker-uz-Zaman", "General Waker-Uz-Zaman"]),
    ("António Guterres", "Person", ["Guterres", "Antonio Guterres", "UN Secretary-General António Guterres"]),
    ("Nusrat Jahan", "Person", ["Jahan"]),
    # cities
    ("Kathmandu", "City", []),
    ("Port Vila", "City", []),
    ("Mae Sot", "City", []),
    ("Myawaddy", "City", []),
    ("Manila", "City", []),
    ("Kunming", "City", []),
    ("Mumbai", "City", []),
    ("Perth", "City", []),
    ("Darwin", "City", []),
    ("Beaço", "City", ["Beaco"]),
    ("Surabaya", "City", []),
    ("Teknaf", "City", []),
    ("Cox's Bazar", "City", ["Coxs Bazar", "Cox's Bazar district"]),
    ("Maungdaw", "City", ["Maungdaw township"]),
    ("Chittagong", "City", ["Chattogram"]),
    # regions
    ("New Caledonia", "Region", []),
    ("Matthew and Hunter Islands", "Region", ["Matthew and Hunter", "Matthew and Hunter islands"]),
    ("Yunnan", "Region", ["Yunnan province"]),
    ("Timor Sea", "Region", []),
    ("Greater Sunrise", "Region", ["Greater Sunrise fields", "Greater Sunrise gas fields"]),
    ("Northern Territory", "Region", []),
    ("Natuna Islands", "Region", ["Natuna"]),
    ("Riau Islands", "Region", ["Riau Islands province"]),
    ("South China Sea", "Region", []),
    ("Rakhine", "Region", ["Rakhine state", "Rakhine State"]),
    # facilities
    ("KK Park", "Facility", []),
    ("Kyaukphyu deep-sea port", "Facility", ["Kyaukphyu", "deep-sea port at Kyaukphyu", "Kyaukphyu port"]),
    # agreements
    ("Dhaka Power Trade Protocol", "Agreement", ["protocol"]),
    ("Quad Coast Guard Statement of Intent", "Agreement", ["statement of intent"]),
    ("Maritime Boundary Treaty", "Agreement", ["2018 Maritime Boundary Treaty", "treaty"]),
    ("Declaration on the Conduct of Parties in the South China Sea", "Agreement", ["Declaration on the Conduct of Parties", "DOC"]),
]

T = []  # (docs, s, p, o, modality, time, required, extra)


def add(docs, s, p, o, mod="asserted", time=None, req=True, note=None, **alt):
    T.append(dict(docs=docs.split(), s=s, p=p, o=o, modality=mod, time=time,
                  required=req, note=note, alt=alt))


# ---------------- ze01 BIMSTEC power trade protocol (2025-11-18) ----------------
D = "ze01"
for c in ["Bangladesh", "India", "Nepal", "Bhutan", "Thailand", "Myanmar"]:
    add(D, c, "party_to", "Dhaka Power Trade Protocol", time="2025-11-18", note="signed the protocol on Tuesday")
add(D, "Sri Lanka", "party_to", "Dhaka Power Trade Protocol", "negated", "2025-11-18", note="'Sri Lanka declined to sign'")
add(D, "Sri Lanka", "party_to", "Dhaka Power Trade Protocol", "hedged", "2026-03", note="'Colombo was expected to sign by March'")
for c in ["Bangladesh", "Bhutan", "India", "Myanmar", "Nepal", "Sri Lanka", "Thailand"]:
    add(D, c, "member_of", "BIMSTEC", note="'BIMSTEC, which groups ...'")
add("ze01 ze08", "Muhammad Yunus", "head_of", "Bangladesh", note="role: chief adviser of the interim government")
add(D, "Touhid Hossain", "works_for", "Bangladesh", alt_o=["Muhammad Yunus"], note="role: foreign affairs adviser")
add(D, "Indra Mani Pandey", "head_of", "BIMSTEC", alt_p=["works_for"], note="role: secretary general")
add(D, "India", "imports_from", "Nepal", time="2021", alt_p=["trades_with"], note="commodity: electricity; 'Nepal has sold electricity to India since 2021'")
add(D, "Bangladesh", "imports_from", "Nepal", time="2024", alt_p=["trades_with"], note="commodity: electricity; 'last year it began exporting power to Bangladesh'")
add(D, "India", "imports_from", "Bhutan", alt_p=["trades_with"], note="commodity: hydropower")
add(D, "Nepal", "borders", "India", note="'Both Himalayan states are landlocked and border India'")
add(D, "Bhutan", "borders", "India")
add(D, "Tshering Tobgay", "head_of", "Bhutan", note="role: prime minister")
add(D, "Tshering Tobgay", "visited", "Bangladesh", time="2025-11", note="'travelled to Dhaka'; Dhaka is an alias of Bangladesh in this set")
add(D, "Bangladesh", "imports_from", "Bhutan", "planned", alt_p=["trades_with"], note="commodity: power; 'hoped to start selling power to Bangladesh within two years'")
add(D, "Thailand", "imports_from", "Bhutan", "hedged", "203", alt_p=["trades_with"], note="'could buy Bhutanese hydropower by the early 2030s'")
add(D, "Prasert Wongsuwan", "works_for", "Thailand", note="role: senior official at the Thai energy ministry")
add(D, "Anil Chaturvedi", "works_for", "India", note="role: power secretary")
add(D, "Kyaw Zin Htet", "works_for", "Myanmar", note="role: deputy minister")
add(D, "Nilanthi Perera", "works_for", "Sri Lanka", note="role: power ministry secretary")
add(D, "Pakistan", "member_of", "SAARC", note="'SAARC, the older South Asian grouping that includes Pakistan'")
add(D, "India", "member_of", "SAARC", req=False, note="inferred: India would not attend a SAARC summit")
add(D, "India", "in_conflict_with", "Pakistan", note="'the long-running dispute between India and Pakistan'")
for a, b in [("Nepal", "India"), ("Nepal", "Bangladesh"), ("India", "Bangladesh")]:
    add(D, a, "signed_agreement_with", b, time="2024", req=False, note="inferred from 'the first three-country electricity deal in South Asia'")
add(D, "Sujata Rai", "works_for", "Himalayan Energy Forum", note="role: energy analyst")
add(D, "Himalayan Energy Forum", "based_in", "Kathmandu", note="'Kathmandu-based'")

# ---------------- ze02 Vanuatu-France, Matthew and Hunter (2026-02-10) ----------------
D = "ze02"
add(D, "Vanuatu", "negotiating_with", "France", "reported", "2026-02-10", note="'opened their first formal talks ... on Tuesday ..., Vanuatu's government said'")
add(D, "Vanuatu", "in_conflict_with", "France", note="'the long-running dispute with France' over the islands")
add(D, "Port Vila", "capital_of", "Vanuatu", note="'Port Vila, the capital'")
add(D, "Port Vila", "located_in", "Vanuatu", req=False, note="entailed by capital_of")
add(D, "Jotham Napat", "head_of", "Vanuatu", note="role: prime minister")
add(D, "Vanuatu", "gained_independence_from", "United Kingdom", time="1980")
add(D, "Vanuatu", "gained_independence_from", "France", time="1980")
add(D, "Matthew and Hunter Islands", "located_in", "New Caledonia", req=False, note="France administers them as part of New Caledonia; contested by Vanuatu")
add(D, "France", "took_control_of", "Matthew and Hunter Islands", req=False, note="second reading of 'France administers the islands'")
add(D, "New Caledonia", "located_in", "France", req=False, note="'New Caledonia, its Pacific territory'")
add(D, "Claire Dubreuil", "works_for", "France", alt_o=["Emmanuel Macron"], note="role: ambassador to Vanuatu")
add(D, "Vanuatu", "signed_agreement_with", "France", "hedged", "2026-06", note="'a fisheries arrangement ... could be signed as early as June'")
add(D, "Claire Dubreuil", "met_with", "Jotham Napat", "hedged", "2026-02-11", note="'Dubreuil is expected to meet Napat on Wednesday'")
add(D, "Jotham Napat", "visited", "France", "negated", note="'has not visited France since taking office'")
add(D, "Jotham Napat", "visited", "France", "planned", req=False, note="conditional: 'would travel to Paris only once ...'")
add(D, "Emmanuel Macron", "head_of", "France", note="role: president")
add(D, "FLNKS", "supported", "Vanuatu", note="'backs Vanuatu's claim'")
add(D, "FLNKS", "based_in", "New Caledonia", req=False, note="'New Caledonia's pro-independence FLNKS'")
add(D, "Esline Tari", "works_for", "Vanuatu", alt_o=["Jotham Napat"], note="role: director-general of the foreign ministry")
add(D, "Vanuatu", "member_of", "Pacific Islands Forum")
add(D, "Baron Waqa", "head_of", "Pacific Islands Forum", alt_p=["works_for"], note="role: secretary general")
add(D, "Australia", "supported", "Vanuatu", note="'Vanuatu's largest aid donor'")
add(D, "China", "supported", "Vanuatu", note="'has funded roads, a sports stadium and government offices in Port Vila'")
add(D, "Marie-Louise Kalpokas", "works_for", "University of the South Pacific", note="role: lecturer")
add(D, "University of the South Pacific", "based_in", "Port Vila", req=False, note="a campus in Port Vila")

# ---------------- ze03 Myawaddy scam repatriation centre (2026-01-14) ----------------
D = "ze03"
for a, b in [("Thailand", "Myanmar"), ("Thailand", "China"), ("Myanmar", "China")]:
    add(D, a, "signed_agreement_with", b, "reported", "2026-01-14", note="'agreed on Wednesday to set up a joint centre ..., Thai officials said'")
add(D, "Mae Sot", "located_in", "Thailand", note="'the Thai border town of Mae Sot'")
add(D, "Myawaddy", "located_in", "Myanmar", note="'Myanmar's Myawaddy'")
add(D, "Anutin Charnvirakul", "head_of", "Thailand", note="role: prime minister")
add(D, "Anutin Charnvirakul", "visited", "Mae Sot", time="2026-01-14", note="'flew to Mae Sot on Wednesday morning'")
add(D, "Anutin Charnvirakul", "met_with", "Zhang Wenbo", time="2026-01-14")
add(D, "Anutin Charnvirakul", "met_with", "Aung Kyaw Moe", time="2026-01-14")
add(D, "Zhang Wenbo", "met_with", "Aung Kyaw Moe", time="2026-01-14", req=False, note="inferred from the joint meeting")
add(D, "Zhang Wenbo", "works_for", "Ministry of Public Security", alt_o=["China"], note="role: senior official")
add(D, "Ministry of Public Security", "based_in", "China", req=False, note="'China's Ministry of Public Security'")
add(D, "Aung Kyaw Moe", "works_for", "Myanmar", note="role: military commander")
add(D, "Thailand", "borders", "Myanmar")
add(D, "Thailand", "sanctioned", "Myawaddy", time="2025-02", alt_p=["blockaded"], note="'cut electricity, fuel and internet supplies to parts of Myawaddy last February'")
add(D, "Karen Border Guard Force", "took_control_of", "Myawaddy", note="'Much of Myawaddy is controlled by'")
add(D, "Karen Border Guard Force", "allied_with", "Myanmar", note="'a militia allied with Myanmar's military government'")
add(D, "Saw Chit Thu", "head_of", "Karen Border Guard Force", note="role: leader")
add(D, "United States", "sanctioned", "Saw Chit Thu", time="2025-05", note="'last May'")
add(D, "United Kingdom", "sanctioned", "Saw Chit Thu", time="2023", note="'Britain sanctioned him in 2023'")
add(D, "Myanmar", "took_control_of", "KK Park", "reported", "2025-10", note="'Myanmar's military said it had seized KK Park'")
add(D, "KK Park", "located_in", "Myawaddy", note="'on the outskirts of Myawaddy'")
add(D, "KK Park", "located_in", "Myanmar", req=False, note="entailed")
add(D, "Thailand", "attacked", "Myawaddy", "negated", "2026-01", alt_s=["Royal Thai Army"], note="denied that Thai artillery had fired into Myawaddy last week")
add(D, "Rattana Sukprasert", "works_for", "Royal Thai Army", alt_o=["Thailand"], note="role: spokeswoman")
add(D, "Royal Thai Army", "based_in", "Thailand", req=False, note="implied by the name")
add(D, "Anutin Charnvirakul", "visited", "China", "planned", "2026-03", note="'would travel to Beijing in March'; Beijing is an alias of China")
add(D, "Anutin Charnvirakul", "met_with", "Xi Jinping", "planned", "2026-03")
add("ze03 ze07", "Xi Jinping", "head_of", "China", note="role: president")
add(D, "Pimchanok Saetang", "works_for", "Mekong Migration Watch", note="role: researcher")
add(D, "Mekong Migration Watch", "based_in", "Thailand", note="'Bangkok-based'; Bangkok is an alias of Thailand in this set")

# ---------------- ze04 Laos ADB loan (2025-10-14) ----------------
D = "ze04"
add(D, "Asian Development Bank", "supported", "Laos", time="2025-10-13", note="approved a $600 million loan on Monday")
add(D, "Asian Development Bank", "supported", "Laos", "hedged", "2026", note="'The second tranche may follow next year'")
add(D, "Asian Development Bank", "based_in", "Manila", note="'The Manila-based lender'")
add(D, "Masato Kanda", "head_of", "Asian Development Bank", alt_p=["works_for"], note="role: president")
add(D, "Kunming", "capital_of", "Yunnan", note="'Kunming, the capital of China's Yunnan province'")
add(D, "Kunming", "located_in", "Yunnan", req=False, note="entailed by capital_of")
add(D, "Yunnan", "located_in", "China")
add(D, "Santiphab Phomvihane", "works_for", "Laos", alt_o=["Sonexay Siphandone"], note="role: finance minister")
add(D, "Laos", "negotiating_with", "China", "reported", "2025-10", note="'told the National Assembly last week that Vientiane was in constructive talks with Beijing'")
add(D, "China", "supported", "Laos", "reported", "2020", req=False, note="'has already deferred some payments since 2020, according to World Bank estimates'")
add(D, "China", "met_with", "Asian Development Bank", "negated", "2025-09", note="'Beijing declined an invitation to a creditors' meeting that the ADB hosted in Manila in September'")
add(D, "Sonexay Siphandone", "head_of", "Laos", note="role: prime minister")
for c in ["China", "Vietnam", "Thailand", "Cambodia", "Myanmar"]:
    add(D, "Laos", "borders", c)
add(D, "Thailand", "imports_from", "Laos", time="199", alt_p=["trades_with"], note="commodity: electricity; 'has bought Lao electricity since the 1990s'")
add(D, "International Monetary Fund", "visited", "Laos", time="2025-06", note="'whose staff visited Vientiane in June'; Vientiane is an alias of Laos")
add(D, "Japan", "member_of", "Asian Development Bank", note="'the ADB's largest shareholder'")
add(D, "United States", "member_of", "Asian Development Bank", note="'together with the United States'")
add(D, "Japan International Cooperation Agency", "supported", "Laos", "planned", alt_s=["Japan"], note="'will add $150 million in co-financing'")
add(D, "Japan International Cooperation Agency", "based_in", "Japan", req=False, note="implied by the name")
add(D, "Khamla Vongsa", "works_for", "Straits Economic Institute", note="role: senior fellow")
add(D, "Straits Economic Institute", "based_in", "Singapore", note="'Singapore-based'")

# ---------------- ze05 Quad coast guard statement (2025-12-09) ----------------
D = "ze05"
for c in ["India", "Australia", "Japan"]:
    add(D, c, "party_to", "Quad Coast Guard Statement of Intent", time="2025-12-08", note="signed on Monday")
add(D, "United States", "party_to", "Quad Coast Guard Statement of Intent", "negated", "2025-12-08", note="'did not sign'")
add(D, "United States", "party_to", "Quad Coast Guard Statement of Intent", "planned", note="'would sign it after an interagency review'")
for c in ["Australia", "India", "Japan", "United States"]:
    add(D, c, "member_of", "Quad")
add(D, "S. Jaishankar", "works_for", "India", alt_o=["Narendra Modi"], note="role: external affairs minister")
add(D, "Penny Wong", "works_for", "Australia", alt_o=["Anthony Albanese"], note="role: foreign minister")
add(D, "Toshimitsu Motegi", "works_for", "Japan", alt_o=["Sanae Takaichi"], note="role: foreign minister")
add(D, "Christopher Landau", "works_for", "United States", alt_o=["Marco Rubio", "Donald Trump"], note="role: deputy secretary of state")
add(D, "Marco Rubio", "works_for", "United States", alt_o=["Donald Trump"], note="role: secretary of state")
for g in ["Penny Wong", "Toshimitsu Motegi", "Christopher Landau"]:
    add(D, "S. Jaishankar", "met_with", g, time="2025-12-08")
for a, b in [("Penny Wong", "Toshimitsu Motegi"), ("Penny Wong", "Christopher Landau"), ("Toshimitsu Motegi", "Christopher Landau")]:
    add(D, a, "met_with", b, time="2025-12-08", req=False, note="inferred from the joint meeting")
for g in ["Penny Wong", "Toshimitsu Motegi", "Christopher Landau"]:
    add(D, g, "visited", "India", time="2025-12", note="travelled to New Delhi; New Delhi is an alias of India")
add(D, "Marco Rubio", "visited", "India", "negated", "2025-12", note="'did not travel to New Delhi'")
add(D, "Anthony Albanese", "head_of", "Australia", note="role: prime minister")
add(D, "Sanae Takaichi", "head_of", "Japan", note="role: prime minister")
add(D, "United States", "sanctioned", "India", time="2025-08", note="50 percent tariffs in August")
add(D, "India", "imports_from", "Russia", alt_p=["trades_with"], note="commodity: oil")
add(D, "India", "negotiating_with", "United States", note="'trade negotiations between the two countries'")
add(D, "Narendra Modi", "head_of", "India", note="role: prime minister")
add(D, "Narendra Modi", "met_with", "Penny Wong", "negated", "2025-12", note="'did not meet Wong or Motegi'")
add(D, "Narendra Modi", "met_with", "Toshimitsu Motegi", "negated", "2025-12")
add(D, "Donald Trump", "head_of", "United States", note="role: president")
add(D, "Donald Trump", "visited", "India", "hedged", "2026", note="'is expected to travel to India for the summit' next year")
add(D, "China", "criticized", "Quad Coast Guard Statement of Intent", time="2025-12-09", alt_s=["Guo Jiakun"], alt_o=["Quad"], note="'China criticised the agreement'")
add(D, "Guo Jiakun", "works_for", "China", note="role: foreign ministry spokesperson")
add(D, "S. Jaishankar", "criticized", "China", alt_s=["India"], note="'rejected that characterisation'")
add(D, "Australia", "supported", "Sri Lanka", time="2023", note="'has funded coast guard training for Sri Lanka since 2023'")
add(D, "Rohan Mehta", "works_for", "Gateway Maritime Forum", note="role: senior fellow")
add(D, "Gateway Maritime Forum", "based_in", "Mumbai", note="'Mumbai-based'")

# ---------------- ze06 Greater Sunrise pipeline (2025-11-25) ----------------
D = "ze06"
add(D, "Xanana Gusmão", "head_of", "Timor-Leste", note="role: prime minister")
add(D, "José Ramos-Horta", "head_of", "Timor-Leste", note="role: president")
add(D, "Woodside Energy", "based_in", "Perth", note="'the Perth-based Woodside Energy'")
add(D, "Timor GAP", "based_in", "Timor-Leste", req=False, note="'Timor-Leste's state oil company'")
add(D, "Osaka Gas", "based_in", "Japan", req=False, note="'Japan's Osaka Gas'")
add(D, "Beaço", "located_in", "Timor-Leste", note="'Beaço, on the south coast of Timor-Leste'")
add(D, "Greater Sunrise", "located_in", "Timor Sea", note="'The Greater Sunrise fields lie in the Timor Sea'")
add(D, "Darwin", "located_in", "Northern Territory", note="'Darwin, in Australia's Northern Territory'")
add(D, "Northern Territory", "located_in", "Australia")
add(D, "Darwin", "located_in", "Australia", req=False, note="entailed")
add(D, "Xanana Gusmão", "in_conflict_with", "Indonesia", req=False, note="led the armed resistance against Indonesia's occupation (past)")
add(D, "Antonio da Costa Soares", "head_of", "Timor GAP", alt_p=["works_for"], note="role: chief executive")
add(D, "Timor-Leste", "signed_agreement_with", "Australia", time="2018", note="Maritime Boundary Treaty")
add(D, "Timor-Leste", "party_to", "Maritime Boundary Treaty", time="2018")
add(D, "Australia", "party_to", "Maritime Boundary Treaty", time="2018")
add(D, "United Nations", "brokered", "Maritime Boundary Treaty", note="'after a conciliation process held under UN auspices'")
add(D, "Timor-Leste", "in_conflict_with", "Australia", req=False, note="a past dispute over the seabed, ended by the treaty")
add(D, "Timor-Leste", "borders", "Australia", req=False, note="maritime boundary only")
add(D, "Madeleine King", "works_for", "Australia", alt_o=["Anthony Albanese"], note="role: resources minister")
add(D, "Australia", "supported", "Timor-Leste", "negated", alt_s=["Madeleine King"], note="'would not provide concessional finance for the pipeline'")
add(D, "China", "supported", "Timor-Leste", "hedged", note="'Timor-Leste may turn to Chinese lenders'")
add(D, "China", "supported", "Timor-Leste", note="'China has already financed roads and government buildings in the country'")
add(D, "Xanana Gusmão", "visited", "Australia", "hedged", "2025-12", note="'expected to travel to Canberra next month'")
add(D, "Xanana Gusmão", "met_with", "Anthony Albanese", "hedged", "2025-12")
add(D, "Timor-Leste", "borders", "Indonesia", note="'borders Indonesia on the island of Timor'")
add(D, "Timor-Leste", "member_of", "ASEAN", time="2025-10", note="'became the 11th member of ASEAN ... last month'")
add(D, "Daniel Reeve", "works_for", "Woodside Energy", note="role: spokesman")
add(D, "Helen Tran", "works_for", "Northern Resources Institute", note="role: energy researcher")
add(D, "Northern Resources Institute", "based_in", "Darwin", note="'Darwin-based'")

# ---------------- ze07 Natuna coast guard protest (2026-01-20) ----------------
D = "ze07"
add(D, "Indonesia", "criticized", "China", time="2026-01-19", alt_s=["Sugiono"], note="summoned China's ambassador on Monday to protest")
add(D, "Sugiono", "works_for", "Indonesia", alt_o=["Prabowo Subianto"], note="role: foreign minister")
add(D, "Indonesia", "in_conflict_with", "China", "negated", note="'Indonesia is not a party to any territorial dispute with China'")
add(D, "Yuda Pratama", "works_for", "Bakamla", alt_o=["Indonesia"], note="role: spokesman")
add(D, "Bakamla", "based_in", "Indonesia", req=False, note="'Indonesia's maritime security agency'")
add(D, "China", "criticized", "Indonesia", time="2026-01-20", note="'China's embassy in Jakarta rejected the protest' on Tuesday")
add(D, "Natuna Islands", "located_in", "South China Sea", note="'at the southern edge of the South China Sea'")
add(D, "Natuna Islands", "located_in", "Riau Islands", note="'belong to Indonesia's Riau Islands province'")
add(D, "Riau Islands", "located_in", "Indonesia")
add(D, "Natuna Islands", "located_in", "Indonesia", req=False, note="entailed")
for c in ["Philippines", "Vietnam", "Malaysia", "Brunei"]:
    add(D, "China", "in_conflict_with", c, note="'long-running disputes'")
add(D, "Prabowo Subianto", "head_of", "Indonesia", note="role: president")
add(D, "Prabowo Subianto", "met_with", "Xi Jinping", time="2025-09", note="'in Beijing in September'")
add(D, "Prabowo Subianto", "visited", "China", time="2025-09", note="Beijing is an alias of China")
add(D, "Indonesia", "signed_agreement_with", "China", time="2024-11", req=False, note="a joint statement, not a treaty")
add(D, "Indonesia", "negotiating_with", "China", "negated", alt_s=["Sugiono"], note="'would not negotiate its maritime boundaries with China'")
add(D, "Indonesia", "imports_from", "China", "hedged", alt_p=["trades_with"], note="commodity: J-10 fighter jets; 'considering buying'")
add(D, "Dewi Lestari", "works_for", "Centre for Archipelagic Studies", note="role: maritime analyst")
add(D, "Centre for Archipelagic Studies", "based_in", "Surabaya", note="'Surabaya-based'")
add(D, "Indonesia", "member_of", "ASEAN", note="'the largest member of ASEAN'")
add(D, "Philippines", "member_of", "ASEAN", req=False, note="inferred from 'chairs ASEAN this year'")
add(D, "ASEAN", "signed_agreement_with", "China", time="2002")
add(D, "ASEAN", "party_to", "Declaration on the Conduct of Parties in the South China Sea", time="2002")
add(D, "China", "party_to", "Declaration on the Conduct of Parties in the South China Sea", time="2002")
add(D, "ASEAN", "negotiating_with", "China", note="negotiating a binding code of conduct")
add(D, "ASEAN", "signed_agreement_with", "China", "planned", "2026", note="the Philippines wants the code concluded in 2026")

# ---------------- ze08 Rakhine aid crossings (2025-07-22) ----------------
D = "ze08"
add(D, "Bangladesh", "signed_agreement_with", "United Nations", "reported", "2025-07-21", note="'agreed on Monday to run a trial of aid deliveries ..., officials said'")
add(D, "Rakhine", "located_in", "Myanmar", note="'Myanmar's Rakhine state'")
add(D, "Arakan Army", "in_conflict_with", "Myanmar", note="'fighting between the military and the Arakan Army'")
add(D, "Khalilur Rahman", "met_with", "Marta Lindqvist", "reported", "2025-07-21", note="according to a statement from the chief adviser's office")
add(D, "Khalilur Rahman", "works_for", "Bangladesh", alt_o=["Muhammad Yunus"], note="role: national security adviser")
add(D, "Marta Lindqvist", "works_for", "United Nations", alt_o=["António Guterres"], note="role: humanitarian coordinator for Myanmar")
add(D, "United Nations", "supported", "Maungdaw", "planned", "2025-08", note="'UN agencies will send an initial convoy ... in mid-August'")
add(D, "Maungdaw", "located_in", "Rakhine", note="'a township in northern Rakhine'")
add(D, "Maungdaw", "located_in", "Myanmar", req=False, note="entailed")
add(D, "Teknaf", "located_in", "Bangladesh", note="'the Bangladeshi town of Teknaf'")
add(D, "Arakan Army", "took_control_of", "Maungdaw", time="2024-12", note="held 'since December'")
add(D, "Bangladesh", "borders", "Myanmar", note="'Myanmar's 271-kilometre border with Bangladesh'")
add(D, "Arakan Army", "took_control_of", "Rakhine", req=False, note="controls 'most of Rakhine'")
add(D, "Bangladesh", "negotiating_with", "Arakan Army", "negated", alt_s=["Khalilur Rahman"], note="'denied that Bangladesh had negotiated with the Arakan Army'")
add(D, "United Nations", "contacted", "Arakan Army", "reported", note="'in contact with the group for months, two aid workers said'")
add(D, "Myanmar", "criticized", "Arakan Army", req=False, note="calls it a terrorist organisation")
add(D, "Myanmar", "criticized", "Bangladesh", time="2025-07-22", note="'accused Bangladesh and the UN of interfering'")
add(D, "Myanmar", "criticized", "United Nations", time="2025-07-22")
add(D, "Min Aung Hlaing", "head_of", "Myanmar", note="role: junta chief and acting president")
add(D, "China", "allied_with", "Myanmar", note="'Myanmar's most important ally'")
add(D, "China", "contacted", "Arakan Army", note="'has been in contact with the Arakan Army'")
add(D, "Kyaukphyu deep-sea port", "located_in", "Rakhine", note="'in Rakhine, where Chinese companies are building a deep-sea port at Kyaukphyu'")
add(D, "Waker-Uz-Zaman", "head_of", "Bangladesh Army", alt_p=["works_for"], alt_o=["Bangladesh"], note="role: army chief")
add(D, "Cox's Bazar", "located_in", "Bangladesh", note="'Cox's Bazar, a district of Bangladesh'; also in the caption")
add(D, "António Guterres", "head_of", "United Nations", alt_p=["works_for"], note="role: secretary-general")
add(D, "António Guterres", "visited", "Cox's Bazar", time="2025-03", alt_o=["Bangladesh"], note="'visited the camps with Yunus in March'")
add(D, "António Guterres", "met_with", "Muhammad Yunus", time="2025-03", req=False, note="inferred: visited the camps with Yunus")
add(D, "Muhammad Yunus", "visited", "Cox's Bazar", time="2025-03", req=False, alt_o=["Bangladesh"], note="inferred: Guterres 'visited the camps with Yunus'")
add(D, "Khalilur Rahman", "visited", "Cox's Bazar", time="2025-07-21", req=False, note="inferred from the meeting in Cox's Bazar")
add(D, "Marta Lindqvist", "visited", "Cox's Bazar", time="2025-07-21", req=False, alt_o=["Bangladesh"], note="inferred from the meeting in Cox's Bazar")
add(D, "Nusrat Jahan", "works_for", "Bay of Bengal Research Centre", note="role: researcher")
add(D, "Bay of Bengal Research Centre", "based_in", "Chittagong", note="'Chittagong-based'")


# ---------------------------------------------------------------------------
SYM = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
       "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
POL = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}


def norm(s):
    s = s.strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errs = []
    etype = {}
    alias = {}
    for name, typ, als in ENTITIES:
        if name in etype:
            errs.append(f"duplicate entity {name}")
        etype[name] = typ
        for a in [name] + als:
            k = norm(a)
            if k in alias and alias[k] != name:
                errs.append(f"alias collision {a!r}: {alias[k]} / {name}")
            alias[k] = name
    used = set()
    units = {}
    for t in T:
        names = [t["s"], t["o"]] + t["alt"].get("alt_s", []) + t["alt"].get("alt_o", [])
        for n in names:
            if n not in etype:
                errs.append(f"unknown entity {n}")
            used.add(n)
        for d in t["docs"]:
            if d not in DOCS:
                errs.append(f"bad doc {d}")
        s, o = t["s"], t["o"]
        if t["p"] in SYM and s > o:
            s, o = o, s
        u = (s, t["p"], o, POL[t["modality"]])
        if u in units:
            errs.append(f"duplicate unit {u}")
        units[u] = t
        if t["time"] and not re.fullmatch(r"\d{3}|\d{4}(-\d\d(-\d\d)?)?", t["time"]):
            errs.append(f"bad time {t}")
    # alt readings must not collide with another row's main unit
    for u, t in units.items():
        for s in [t["s"]] + t["alt"].get("alt_s", []):
            for p in [t["p"]] + t["alt"].get("alt_p", []):
                for o in [t["o"]] + t["alt"].get("alt_o", []):
                    a, b = (o, s) if p in SYM and s > o else (s, o)
                    v = (a, p, b, u[3])
                    if v != u and v in units:
                        errs.append(f"alt {v} of {u} is another row")
    unused = set(etype) - used
    if unused:
        errs.append(f"entities not used by any triple: {sorted(unused)}")
    # every entity name or alias should occur in the texts it is used in
    texts = {}
    for k, (fn, _) in DOCS.items():
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        texts[k] = html.unescape(raw)
    alltext = " ".join(texts.values()).lower()
    for name, typ, als in ENTITIES:
        if not any(a.lower() in alltext for a in [name] + als):
            errs.append(f"no surface form of {name} in the corpus")
    if errs:
        print("\n".join(errs))
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, als in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": als}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in T:
            row = {"s": t["s"], "p": t["p"], "o": t["o"], "docs": [DOCS[d][0] for d in t["docs"]],
                   "modality": t["modality"]}
            if t["time"]:
                row["time"] = t["time"]
            row["required"] = t["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if t["alt"].get(k):
                    row[k] = t["alt"][k]
            if t["note"]:
                row["note"] = t["note"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "selfcheck.jsonl"), "w", encoding="utf-8") as f:
        for t in T:
            for d in t["docs"]:
                fn, pub = DOCS[d]
                f.write(json.dumps({
                    "subject": t["s"], "subject_type": etype[t["s"]], "predicate": t["p"],
                    "object": t["o"], "object_type": etype[t["o"]], "modality": t["modality"],
                    "time": t["time"] or "", "role": "", "confidence": 1.0,
                    "source": "corpus/" + fn, "title": "", "published": pub,
                    "sentence": "", "start": 0, "end": 0, "rule": "gold"}, ensure_ascii=False) + "\n")
    req = sum(t["required"] for t in T)
    print(f"rows={len(T)} required={req} entities={len(ENTITIES)} "
          f"timed={sum(1 for t in T if t['time'])} statements={sum(len(t['docs']) for t in T)}")


if __name__ == "__main__":
    main()
