#!/usr/bin/env python3
"""Build the gold of news set zg: entities.jsonl and triples.jsonl.

Each R(...) call is one reading of one document, with the exact words that
support it. Readings of the same fact (subject, predicate, object, polarity;
symmetric predicates unordered) are merged into one gold row whose docs are
the union; their modality, time and required flag must agree (asserted and
reported may mix: asserted wins). The note quotes every supporting passage:
    'QUOTE' -- why                         (one document)
    zg01: 'QUOTE' -- why | zg05: '...' -- why   (several)

Run from the set folder:  python3 tools/build_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from entities import ENTITIES  # noqa: E402

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

DOCS = {
    "zg01": "zg01_peru_bolivia_titicaca.txt",
    "zg02": "zg02_sudan_eritrea_border_protocol.txt",
    "zg03": "zg03_oman_uae_hafeet_customs.txt",
    "zg04": "zg04_jamaica_cdb_melissa_loan.txt",
    "zg05": "zg05_colombia_peru_santa_rosa.txt",
    "zg06": "zg06_somalia_jubaland_djibouti_accord.txt",
    "zg07": "zg07_guyana_rss_application.html",
    "zg08": "zg08_kuwait_qatar_air_defence.html",
}

READINGS = []
_doc = None


def doc(d):
    global _doc
    _doc = d


def R(s, p, o, q, why, mod="asserted", t=None, req=True, alt_s=(), alt_p=(), alt_o=()):
    READINGS.append(dict(doc=_doc, s=s, p=p, o=o, q=q, why=why, mod=mod, t=t,
                         req=req, alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o)))


# ---------------------------------------------------------------- zg01
doc("zg01")  # PUNO, Peru, Dec 9 ... on Tuesday -> 2025-12-09
R("Peru", "signed_agreement_with", "Bolivia", "Peru and Bolivia signed an agreement on Tuesday",
  "main event, Tuesday = Dec 9 2025", t="2025-12-09",
  alt_s=["José Jerí", "Hugo de Zela"], alt_o=["Rodrigo Paz", "Fernando Aramayo"])
R("Peru", "party_to", "Puno Commitment", "signed what officials called the Puno Commitment",
  "signed by the foreign ministers on Tuesday", t="2025-12-09", alt_s=["Hugo de Zela"])
R("Bolivia", "party_to", "Puno Commitment", "signed what officials called the Puno Commitment",
  "signed by the foreign ministers on Tuesday", t="2025-12-09", alt_s=["Fernando Aramayo"])
R("Rodrigo Paz", "head_of", "Bolivia", "Bolivian President Rodrigo Paz", "role president")
R("José Jerí", "head_of", "Peru", "Peruvian President José Jerí", "role president")
R("Rodrigo Paz", "met_with", "José Jerí", "was received by Jerí in Puno",
  "talks on Tuesday", t="2025-12-09")
R("Rodrigo Paz", "visited", "Puno",
  "Paz crossed the border at Desaguadero on Tuesday morning and was received by Jerí in Puno",
  "visit on Tuesday", t="2025-12-09", alt_o=["Peru"])
R("Puno", "located_in", "Peru", "Puno, the Peruvian city on the western shore of the lake", "apposition")
R("Hugo de Zela", "works_for", "Peru", "Peru's Hugo de Zela", "role foreign minister")
R("Fernando Aramayo", "works_for", "Bolivia", "Bolivia's Fernando Aramayo", "role foreign minister")
R("El Alto", "located_in", "Bolivia", "the Bolivian city of El Alto", "")
R("Ilo", "located_in", "Peru", "Ilo, a port city in southern Peru", "")
R("Peru", "supported", "Bolivia", "Peru also agreed to extend Bolivia's concession at a free-trade zone in Ilo",
  "a port concession read as support; needs inference", mod="planned", req=False)
R("Bolivia", "in_conflict_with", "Chile", "Bolivia lost its coastline to Chile in a war in the 19th century",
  "19th-century war, inferred from 'lost ... in a war'", req=False)
R("Chile", "negotiating_with", "Bolivia", "Chile was not obliged to negotiate sovereign sea access for its neighbour",
  "an ICJ ruling on an obligation, not a denial of talks", mod="negated", t="2018", req=False)
R("Chile", "borders", "Bolivia", "Chile was not obliged to negotiate sovereign sea access for its neighbour",
  "'its neighbour'; needs coreference", req=False)
R("Bolivia", "normalized_relations_with", "United States",
  "has moved to restore ambassador-level ties with the United States", "intended, not done",
  mod="planned", alt_s=["Rodrigo Paz"])
R("Dina Boluarte", "head_of", "Peru", "after lawmakers removed Dina Boluarte", "former president", req=False)
R("José Jerí", "head_of", "Congress of Peru", "a former head of Congress", "former office", req=False)
R("Peru", "borders", "Bolivia", "The two neighbours, which share a border of more than 1,000 km", "")
R("Peru", "trades_with", "Bolivia", "trade mostly in food, fuel and minerals", "'The two neighbours ... trade'")
R("Peru", "member_of", "Andean Community", "Both governments belong to the Andean Community", "")
R("Bolivia", "member_of", "Andean Community", "Both governments belong to the Andean Community", "")
R("Colombia", "member_of", "Andean Community", "the Lima-based trade bloc that also includes Colombia and Ecuador", "")
R("Ecuador", "member_of", "Andean Community", "the Lima-based trade bloc that also includes Colombia and Ecuador", "")
R("Andean Community", "based_in", "Lima", "the Lima-based trade bloc", "")
R("Lake Titicaca", "located_in", "Peru", "Lake Titicaca, which straddles the border", "needs inference", req=False)
R("Lake Titicaca", "located_in", "Bolivia", "Lake Titicaca, which straddles the border", "needs inference", req=False)
R("Lake Titicaca", "located_in", "South America", "is the largest lake in South America by volume", "superlative",
  req=False)
R("Rodrigo Paz", "contacted", "Andean Community", "Paz said he would ask its members to back a regional plan",
  "a request to the bloc's members", mod="planned", req=False, alt_s=["Bolivia"])
R("Lucía Ramos", "works_for", "Altiplano Policy Institute",
  "Lucía Ramos, an environmental economist at the Altiplano Policy Institute in La Paz", "analyst")
R("Altiplano Policy Institute", "based_in", "La Paz", "the Altiplano Policy Institute in La Paz", "")
R("Rodrigo Paz", "visited", "Lima", "will not travel to Lima on this trip, his office said",
  "denied plan, attributed", mod="negated")
R("José Jerí", "visited", "Bolivia", "Jerí is expected to pay a return visit to Bolivia in the first half of next year",
  "'expected to'; next year = 2026", mod="hedged", t="2026")
R("Mariela Quispe", "works_for", "Andes Wire", "Reporting by Mariela Quispe in Puno", "agency credit", req=False)
R("Diego Arce", "works_for", "Andes Wire", "Diego Arce in La Paz", "agency credit", req=False)
R("Tom Hallett", "works_for", "Andes Wire", "Editing by Tom Hallett", "agency credit", req=False)

# ---------------------------------------------------------------- zg02
doc("zg02")  # ASMARA, Nov 20 ... on Thursday -> 2025-11-20
R("Abdel Fattah al-Burhan", "head_of", "Sudanese Armed Forces", "Sudan's army chief Abdel Fattah al-Burhan",
  "role army chief", alt_p=["works_for"])
R("Isaias Afwerki", "head_of", "Eritrea", "Eritrean President Isaias Afwerki", "role president")
R("Sudan", "signed_agreement_with", "Eritrea",
  "signed a protocol on border security and trade on Thursday, officials from both governments said",
  "main event, Thursday = Nov 20 2025", mod="reported", t="2025-11-20",
  alt_s=["Abdel Fattah al-Burhan"], alt_o=["Isaias Afwerki"])
R("Sudan", "party_to", "Asmara Border Protocol", "The protocol, which officials called the Asmara Border Protocol",
  "signed on Thursday by Burhan", t="2025-11-20", alt_s=["Abdel Fattah al-Burhan"])
R("Eritrea", "party_to", "Asmara Border Protocol", "The protocol, which officials called the Asmara Border Protocol",
  "signed on Thursday by Isaias", t="2025-11-20", alt_s=["Isaias Afwerki"])
R("Abdel Fattah al-Burhan", "head_of", "Transitional Sovereignty Council",
  "who also heads Sudan's Transitional Sovereignty Council", "role chairman")
R("Abdel Fattah al-Burhan", "head_of", "Sudan", "is the country's de facto leader", "role de facto leader")
R("Abdel Fattah al-Burhan", "visited", "Asmara", "flew to Asmara on Wednesday",
  "Wednesday = Nov 19; attributed to Yemane", mod="reported", t="2025-11-19", alt_o=["Eritrea"])
R("Abdel Fattah al-Burhan", "met_with", "Isaias Afwerki", "held talks with Isaias on Thursday morning before the signing",
  "attributed to Yemane", mod="reported", t="2025-11-20")
R("Yemane Gebremeskel", "works_for", "Eritrea", "Eritrea's Information Minister Yemane Gebremeskel",
  "role information minister")
R("Kassala", "located_in", "Sudan", "the eastern Sudanese city of Kassala", "")
R("Teseney", "located_in", "Eritrea", "the Eritrean town of Teseney", "")
R("Sudan", "borders", "Eritrea", "The two neighbours share a border of about 680 km", "")
R("Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces",
  "the paramilitary group that has fought the army since April 2023", "ongoing war, no time")
R("Rapid Support Forces", "took_control_of", "El Fasher",
  "captured El Fasher, the capital of North Darfur state, in late October", "late October = 2025-10", t="2025-10")
R("El Fasher", "capital_of", "North Darfur", "El Fasher, the capital of North Darfur state", "",
  alt_p=["located_in"])
R("El Fasher", "located_in", "Darfur", "losing its last stronghold in Darfur",
  "needs coreference with El Fasher", req=False)
R("United Nations", "criticized", "Rapid Support Forces",
  "United Nations officials have accused the group of mass killings of civilians",
  "officials standing for the body", req=False)
R("Rapid Support Forces", "attacked", "El Obeid", "the RSF could next attack El Obeid",
  "diplomats' fear, weak hedge", mod="hedged", req=False)
R("El Obeid", "capital_of", "North Kordofan", "El Obeid, the capital of North Kordofan", "",
  alt_p=["located_in"])
R("Sudanese Armed Forces", "took_control_of", "Khartoum", "Sudan's army, which recaptured Khartoum in March",
  "March = 2025-03", t="2025-03", alt_s=["Sudan"])
R("Khartoum", "capital_of", "Sudan", "moving ministries back to the capital from Port Sudan",
  "needs coreference with Khartoum", req=False, alt_p=["located_in"])
R("Eritrea", "supported", "Sudanese Armed Forces",
  "Eritrea has long been seen as one of the army's closest backers in the region",
  "perception, not the source's claim", mod="reported", req=False, alt_p=["allied_with"])
R("Mohamed Hamdan Dagalo", "head_of", "Rapid Support Forces", "RSF commander Mohamed Hamdan Dagalo",
  "role commander")
R("Rapid Support Forces", "criticized", "Eritrea",
  "An adviser to RSF commander Mohamed Hamdan Dagalo accused Asmara of training army-aligned militias",
  "capital for government", alt_s=["Mohamed Hamdan Dagalo"], alt_o=["Asmara"])
R("Sudan", "diplomatic_relations_with", "United Arab Emirates",
  "cut diplomatic ties with the United Arab Emirates in May", "ties cut in May 2025",
  mod="negated", t="2025-05", alt_s=["Abdel Fattah al-Burhan"])
R("Sudan", "criticized", "United Arab Emirates", "accuses Abu Dhabi of supplying weapons to the RSF",
  "'Burhan's government ... accuses'", alt_s=["Abdel Fattah al-Burhan"], alt_o=["Abu Dhabi"])
R("United Arab Emirates", "supported", "Rapid Support Forces", "accuses Abu Dhabi of supplying weapons to the RSF",
  "Sudan's accusation", mod="reported", alt_s=["Abu Dhabi"])
R("United Arab Emirates", "supported", "Rapid Support Forces", "The UAE denies the charge.",
  "denial", mod="negated", alt_s=["Abu Dhabi"])
R("Ethiopia", "in_conflict_with", "Eritrea", "which fought a border war from 1998 to 2000", "war 1998-2000", t="1998")
R("Abiy Ahmed", "head_of", "Ethiopia",
  "Prime Minister Abiy Ahmed's statements that landlocked Ethiopia needs access to the Red Sea",
  "role prime minister")
R("Eritrea", "criticized", "Abiy Ahmed", "which Asmara has described as a threat to its sovereignty",
  "capital for government", alt_s=["Asmara"], alt_o=["Ethiopia"])
R("Ethiopia", "threatened", "Eritrea", "which Asmara has described as a threat to its sovereignty",
  "Eritrea's characterisation", mod="reported", req=False, alt_s=["Abiy Ahmed"])
R("Eritrea", "gained_independence_from", "Ethiopia", "Eritrea won independence from Ethiopia in 1993", "", t="1993")
R("IGAD", "based_in", "Djibouti City", "IGAD, the Djibouti-based regional bloc", "", alt_o=["Djibouti"])
R("IGAD", "contacted", "Mohamed Hamdan Dagalo", "the group invited Dagalo to a summit",
  "an invitation read as contact", t="2024-01", req=False)
R("Sudan", "member_of", "IGAD", "froze its engagement with IGAD", "membership implied", req=False)
R("Mekdes Haile", "works_for", "Red Sea Security Forum",
  "Mekdes Haile, a Horn of Africa analyst at the Nairobi-based Red Sea Security Forum", "analyst")
R("Red Sea Security Forum", "based_in", "Nairobi", "the Nairobi-based Red Sea Security Forum", "")
R("Sudan", "allied_with", "Eritrea", "Asmara gives Burhan strategic depth in the east",
  "analyst's view of the partnership", mod="reported", req=False,
  alt_s=["Abdel Fattah al-Burhan"], alt_o=["Isaias Afwerki", "Asmara"])
R("Senait Berhe", "works_for", "Horn Wire Service", "Reporting by Senait Berhe in Asmara", "agency credit", req=False)
R("Amna Eltigani", "works_for", "Horn Wire Service", "Amna Eltigani in Port Sudan", "agency credit", req=False)
R("Daniel Okello", "works_for", "Horn Wire Service", "Writing by Daniel Okello", "agency credit", req=False)
R("Clare Hollis", "works_for", "Horn Wire Service", "Editing by Clare Hollis", "agency credit", req=False)

# ---------------------------------------------------------------- zg03
doc("zg03")  # MUSCAT, Jan 13 ... on Tuesday -> 2026-01-13
R("Oman", "signed_agreement_with", "United Arab Emirates",
  "Oman and the United Arab Emirates signed a protocol on Tuesday",
  "main event, Tuesday = Jan 13 2026", t="2026-01-13",
  alt_s=["Badr Albusaidi"], alt_o=["Abdullah bin Zayed Al Nahyan"])
R("Oman", "signed_agreement_with", "United Arab Emirates",
  "The two countries agreed to build the railway during a state visit by Sultan Haitham to the UAE in 2022",
  "earlier deal (2022), same unit; the row's time is the main event", t="2026-01-13",
  alt_s=["Badr Albusaidi"], alt_o=["Abdullah bin Zayed Al Nahyan"])
R("Oman", "party_to", "Hafeet Rail Customs Protocol",
  "signed the Hafeet Rail Customs Protocol in Muscat on Tuesday afternoon", "", t="2026-01-13",
  alt_s=["Badr Albusaidi"])
R("United Arab Emirates", "party_to", "Hafeet Rail Customs Protocol",
  "signed the Hafeet Rail Customs Protocol in Muscat on Tuesday afternoon", "", t="2026-01-13",
  alt_s=["Abdullah bin Zayed Al Nahyan"])
R("Badr Albusaidi", "works_for", "Oman", "Omani Foreign Minister Sayyid Badr Albusaidi", "role foreign minister")
R("Abdullah bin Zayed Al Nahyan", "works_for", "United Arab Emirates",
  "Sheikh Abdullah bin Zayed Al Nahyan, the UAE's deputy prime minister and foreign minister",
  "role deputy prime minister and foreign minister")
R("Abdullah bin Zayed Al Nahyan", "visited", "Muscat",
  "signed the Hafeet Rail Customs Protocol in Muscat on Tuesday afternoon", "visit on Tuesday",
  t="2026-01-13", alt_o=["Oman"])
R("Haitham bin Tarik", "head_of", "Oman", "Oman's ruler, Sultan Haitham bin Tarik", "role sultan")
R("Haitham bin Tarik", "met_with", "Abdullah bin Zayed Al Nahyan",
  "Sheikh Abdullah was received by Oman's ruler, Sultan Haitham bin Tarik",
  "'Earlier in the day', attributed to the state news agency", mod="reported", t="2026-01-13")
R("Mohamed bin Zayed Al Nahyan", "head_of", "United Arab Emirates",
  "UAE President Sheikh Mohamed bin Zayed Al Nahyan", "role president")
R("Mohamed bin Zayed Al Nahyan", "contacted", "Haitham bin Tarik",
  "handed him a written message from UAE President Sheikh Mohamed bin Zayed Al Nahyan",
  "a written message delivered by an envoy", mod="reported", t="2026-01-13",
  alt_s=["United Arab Emirates"], alt_o=["Oman"])
R("Sohar", "located_in", "Oman", "the Omani port of Sohar", "")
R("Al Ain", "located_in", "United Arab Emirates", "the Emirati city of Al Ain", "")
R("Oman", "member_of", "Gulf Cooperation Council", "both members of the six-nation Gulf Cooperation Council", "")
R("United Arab Emirates", "member_of", "Gulf Cooperation Council",
  "both members of the six-nation Gulf Cooperation Council", "")
R("Oman", "borders", "United Arab Emirates", "share a border of about 600 km", "'The two neighbours ... share'")
R("Oman", "trades_with", "United Arab Emirates", "the UAE is one of Oman's largest trading partners", "")
R("Oman", "imports_from", "United Arab Emirates",
  "Oman buys a large share of its imported food and consumer goods through the UAE",
  "commodity food and consumer goods", alt_p=["trades_with"])
R("Jebel Ali port", "located_in", "Dubai", "Dubai's Jebel Ali port", "")
R("Jasem Albudaiwi", "head_of", "Gulf Cooperation Council", "GCC Secretary-General Jasem Albudaiwi",
  "role secretary-general")
R("Gulf Cooperation Council", "based_in", "Riyadh", "the bloc's headquarters in Riyadh", "")
R("Jasem Albudaiwi", "supported", "Hafeet Rail Customs Protocol", "welcomed the protocol",
  "welcoming read as support", req=False, alt_s=["Gulf Cooperation Council"])
R("Musandam", "located_in", "Oman", "Oman's Musandam peninsula", "exclave")
R("Musandam", "located_in", "Strait of Hormuz", "an exclave on the Strait of Hormuz", "on its shore",
  req=False)
R("Oman", "allied_with", "United Arab Emirates", "has made closer economic ties with his larger neighbour a priority",
  "aim of closer ties", mod="planned", req=False, alt_s=["Haitham bin Tarik"])
R("Musandam", "borders", "United Arab Emirates",
  "is separated from the rest of the sultanate by UAE territory", "needs inference", req=False)
R("Oman", "negotiating_with", "United Arab Emirates",
  "would be negotiated with Abu Dhabi later this year", "planned talks, later this year = 2026",
  mod="planned", t="2026", alt_o=["Abu Dhabi"])
R("Oman", "negotiating_with", "Saudi Arabia", "Oman would also open talks with Saudi Arabia",
  "planned talks", mod="planned", alt_s=["Badr Albusaidi"])
R("Oman", "borders", "Saudi Arabia", "the only direct land route between the two countries",
  "needs inference", req=False)
R("United Arab Emirates", "supported", "Oman",
  "Omani officials denied a report in a regional business newspaper that the UAE would finance Oman's share",
  "denied financing", mod="negated")
R("Haitham bin Tarik", "visited", "United Arab Emirates",
  "a state visit by Sultan Haitham to the UAE in 2022", "", t="2022")
R("Rashid al-Mahrouqi", "works_for", "Gulf Logistics Observatory",
  "Rashid al-Mahrouqi, a transport economist at the Kuwait-based Gulf Logistics Observatory", "analyst")
R("Gulf Logistics Observatory", "based_in", "Kuwait", "the Kuwait-based Gulf Logistics Observatory", "")
R("Nasser al-Kindi", "works_for", "Gulf Wire", "Reporting by Nasser al-Kindi in Muscat", "agency credit", req=False)
R("Priya Raman", "works_for", "Gulf Wire", "Priya Raman in Dubai", "agency credit", req=False)
R("Helen Forde", "works_for", "Gulf Wire", "Editing by Helen Forde", "agency credit", req=False)

# ---------------------------------------------------------------- zg04
doc("zg04")  # Published: 2025-11-14 (Friday)
R("Caribbean Development Bank", "supported", "Jamaica",
  "The Caribbean Development Bank (CDB) on Thursday approved a US$150 million loan to help Jamaica rebuild",
  "loan approved Thursday = Nov 13", t="2025-11-13")
R("Caribbean Development Bank", "supported", "Jamaica",
  "the bank was also in talks with the Jamaican government on a second operation next year",
  "a second loan under discussion", mod="planned", req=False, alt_s=["Daniel Best"])
R("Caribbean Development Bank", "based_in", "Barbados", "the Barbados-based lender", "")
R("Jamaica", "member_of", "Caribbean Development Bank", "one of its borrowing members",
  "needs coreference", req=False)
R("Daniel Best", "head_of", "Caribbean Development Bank", "The bank's president, Daniel Best", "role president")
R("Daniel Best", "met_with", "Andrew Holness",
  "after meeting Jamaica's Prime Minister Andrew Holness on Wednesday evening", "Wednesday = Nov 12",
  t="2025-11-12")
R("Daniel Best", "visited", "Kingston",
  "Best told reporters in Kingston after meeting Jamaica's Prime Minister Andrew Holness on Wednesday evening",
  "Wednesday = Nov 12", t="2025-11-12", alt_o=["Jamaica"])
R("Andrew Holness", "head_of", "Jamaica", "Jamaica's Prime Minister Andrew Holness", "role prime minister")
R("Daniel Best", "visited", "Black River", "Best toured Black River", "earlier on Wednesday = Nov 12",
  t="2025-11-12", alt_o=["St Elizabeth", "Jamaica"])
R("Black River", "capital_of", "St Elizabeth", "Black River, the capital of St Elizabeth", "parish capital",
  alt_p=["located_in"])
R("St Elizabeth", "located_in", "Jamaica", "St Elizabeth, a parish in southwestern Jamaica", "")
R("Fayval Williams", "works_for", "Jamaica", "Jamaica's Finance Minister Fayval Williams", "role finance minister")
R("International Monetary Fund", "supported", "Jamaica",
  "the government would not seek emergency financing from the International Monetary Fund",
  "no IMF financing sought", mod="negated")
R("Jamaica", "contacted", "International Monetary Fund",
  "the government would not seek emergency financing from the International Monetary Fund",
  "'seek' read as contact", mod="negated", req=False, alt_s=["Fayval Williams"])
R("Andrew Holness", "member_of", "Jamaica Labour Party",
  "Holness, whose Jamaica Labour Party won a third consecutive term", "")
R("Mark Golding", "member_of", "People's National Party",
  "Opposition leader Mark Golding of the People's National Party", "")
R("Mark Golding", "head_of", "People's National Party",
  "Opposition leader Mark Golding of the People's National Party", "party leadership needs inference", req=False)
R("Mark Golding", "criticized", "Andrew Holness", 'accused Holness of "hiding the real bill" from Jamaicans', "")
R("Kamla Persad-Bissessar", "head_of", "Trinidad and Tobago",
  "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar", "role prime minister")
R("Trinidad and Tobago", "supported", "Jamaica",
  "her government would send a second shipment of water, food and building materials", "pledged aid",
  mod="planned", alt_s=["Kamla Persad-Bissessar"])
R("Barbados", "supported", "Jamaica", "Barbados has deployed soldiers and engineers to help clear roads in St Elizabeth",
  "")
R("Carla Barnett", "head_of", "CARICOM", "CARICOM Secretary-General Carla Barnett", "role secretary-general")
R("Carla Barnett", "visited", "Kingston", "visited the capital, Kingston, last week",
  "last week = Nov 3-9 2025", t="2025-11", alt_o=["Jamaica"])
R("Kingston", "capital_of", "Jamaica", "the capital, Kingston", "", alt_p=["located_in"])
R("Caribbean Disaster Emergency Management Agency", "based_in", "Barbados",
  "the Barbados-based regional disaster body", "")
R("Andrew Holness", "head_of", "CARICOM", "a role Holness took over in July under the bloc's six-month rotation",
  "role rotating chairman")
R("Jamaica", "member_of", "CARICOM",
  "Jamaica holds the rotating chairmanship of the 15-member Caribbean Community", "membership implied", req=False)
R("Sherene Gordon", "works_for", "Caribbean Fiscal Institute",
  "Sherene Gordon, a senior fellow at the Kingston-based Caribbean Fiscal Institute", "analyst")
R("Caribbean Fiscal Institute", "based_in", "Kingston", "the Kingston-based Caribbean Fiscal Institute", "")
R("Caribbean Development Bank", "negotiating_with", "Jamaica",
  "the bank was also in talks with the Jamaican government", "attributed to Best", mod="reported",
  alt_s=["Daniel Best"])
R("Westmoreland", "borders", "St Elizabeth", "St Elizabeth and the neighbouring parish of Westmoreland",
  "parishes", req=False)

# ---------------------------------------------------------------- zg05
doc("zg05")  # Published: 2025-11-26 (Wednesday)
R("Colombia", "negotiating_with", "Peru",
  "in the first formal talks since a row over Santa Rosa island erupted in August",
  "talks on Tuesday = Nov 25", t="2025-11-25",
  alt_s=["Rosa Yolanda Villavicencio"], alt_o=["Hugo de Zela"])
R("Colombia", "signed_agreement_with", "Peru",
  "Colombia and Peru agreed on Tuesday to set up a binational technical commission",
  "Tuesday's deal; no row time because the treaty below is a second signing", )
R("Colombia", "signed_agreement_with", "Peru", "which Colombia and Peru signed in 1922", "1922 treaty")
R("Rosa Yolanda Villavicencio", "works_for", "Colombia",
  "Colombian Foreign Minister Rosa Yolanda Villavicencio", "role foreign minister")
R("Hugo de Zela", "works_for", "Peru", "her Peruvian counterpart, Hugo de Zela", "role foreign minister")
R("Rosa Yolanda Villavicencio", "met_with", "Hugo de Zela",
  "Colombian Foreign Minister Rosa Yolanda Villavicencio met her Peruvian counterpart, Hugo de Zela",
  "Tuesday = Nov 25", t="2025-11-25")
R("Rosa Yolanda Villavicencio", "visited", "Lima",
  "The deal was reached in Lima, where Colombian Foreign Minister Rosa Yolanda Villavicencio met",
  "Tuesday = Nov 25", t="2025-11-25", alt_o=["Peru"])
R("Santa Rosa Island", "located_in", "Peru",
  "Peru insists that Santa Rosa, a sliver of land in the Amazon opposite the Colombian town of Leticia, is Peruvian territory",
  "Peru's claim", mod="reported")
R("Santa Rosa Island", "located_in", "Peru", '"Santa Rosa is Peru, today and tomorrow," he said',
  "de Zela's claim", mod="reported")
R("Santa Rosa Island", "located_in", "Peru", "was never assigned to either country", "Colombia's position",
  mod="negated")
R("Santa Rosa Island", "located_in", "Peru", "said Colombia did not recognise Peruvian sovereignty over it",
  "Petro's position", mod="negated")
R("Santa Rosa Island", "located_in", "Colombia", "was never assigned to either country",
  "Colombia's position covers both", mod="negated", req=False)
R("Santa Rosa Island", "located_in", "Amazon River", "a sliver of land in the Amazon", "river island")
R("Leticia", "located_in", "Colombia", "the Colombian town of Leticia", "")
R("Peru", "negotiating_with", "Colombia", "Peru would not put sovereignty over Santa Rosa on the table",
  "refuses one topic, not the talks", mod="negated", req=False, alt_s=["Hugo de Zela"])
R("Colombia", "party_to", "Salomón-Lozano Treaty", "which Colombia and Peru signed in 1922", "", t="1922")
R("Peru", "party_to", "Salomón-Lozano Treaty", "which Colombia and Peru signed in 1922", "", t="1922")
R("Gustavo Petro", "head_of", "Colombia", "President Gustavo Petro", "role president (Colombia from context)")
R("José Jerí", "head_of", "Peru", "Peru's President José Jerí", "role president")
R("Gustavo Petro", "met_with", "José Jerí",
  "President Gustavo Petro and Peru's President José Jerí could meet in the border area in the first half of 2026",
  "'could'", mod="hedged", t="2026")
R("Gustavo Petro", "visited", "Leticia", "when Petro, marking the anniversary of the Battle of Boyacá in Leticia",
  "Aug. 7 = 2025-08-07", t="2025-08-07")
R("Gustavo Petro", "criticized", "Peru", 'accused Peru of having "appropriated" the island', "Aug. 7",
  t="2025-08-07", alt_s=["Colombia"])
R("Peru", "took_control_of", "Santa Rosa Island", 'accused Peru of having "appropriated" the island',
  "Petro's accusation", mod="reported", req=False)
R("Peru", "criticized", "Colombia", "Lima responded with a protest note", "August 2025", t="2025-08",
  alt_s=["Lima"])
R("Eduardo Arana", "head_of", "Peru", "its then prime minister, Eduardo Arana", "former prime minister",
  req=False, alt_p=["works_for"])
R("Eduardo Arana", "visited", "Santa Rosa Island", "travelled to Santa Rosa days later", "days after Aug. 7",
  t="2025-08")
R("Colombia", "borders", "Peru", "a three-way border where Colombia, Peru and Brazil meet", "")
R("Colombia", "borders", "Brazil", "a three-way border where Colombia, Peru and Brazil meet", "")
R("Peru", "borders", "Brazil", "a three-way border where Colombia, Peru and Brazil meet", "")
R("Colombia", "member_of", "Pacific Alliance", "Both countries are founding members of the Pacific Alliance", "")
R("Peru", "member_of", "Pacific Alliance", "Both countries are founding members of the Pacific Alliance", "")
R("Colombia", "member_of", "Andean Community", "belong to the Andean Community", "")
R("Peru", "member_of", "Andean Community", "belong to the Andean Community", "")
R("Colombia", "trades_with", "Peru", "bilateral trade between them has grown steadily", "")
R("Peru", "imports_from", "Colombia", "led by Colombian exports of processed food", "commodity processed food",
  req=False, alt_p=["trades_with"])
R("Colombia", "imports_from", "Peru", "Peruvian minerals and fruit", "commodity minerals and fruit",
  req=False, alt_p=["trades_with"])
R("Andrés Pulido", "works_for", "Fundación Frontera Sur",
  "Andrés Pulido, a border specialist at the Bogota-based Fundación Frontera Sur", "analyst")
R("Fundación Frontera Sur", "based_in", "Bogota", "the Bogota-based Fundación Frontera Sur", "")
R("Colombia", "in_conflict_with", "Peru", "a row over Santa Rosa island", "a diplomatic row; heavy reading",
  req=False)

# ---------------------------------------------------------------- zg06
doc("zg06")  # Published: 2025-10-16 (Thursday)
R("Hassan Sheikh Mohamud", "head_of", "Somalia", "Somalia's President Hassan Sheikh Mohamud", "role president")
R("Ahmed Mohamed Islam", "head_of", "Jubaland", "Jubaland leader Ahmed Mohamed Islam, known as Madobe",
  "role leader of a federal member state")
R("Hassan Sheikh Mohamud", "signed_agreement_with", "Ahmed Mohamed Islam",
  "signed an agreement in Djibouti on Wednesday", "Wednesday = Oct 15", t="2025-10-15",
  alt_s=["Somalia"], alt_o=["Jubaland"])
R("Somalia", "party_to", "Djibouti Accord",
  "The accord, which officials called the Djibouti Accord, was signed at the presidential palace in Djibouti City",
  "signed Wednesday", t="2025-10-15", alt_s=["Hassan Sheikh Mohamud"])
R("Jubaland", "party_to", "Djibouti Accord",
  "The accord, which officials called the Djibouti Accord, was signed at the presidential palace in Djibouti City",
  "Jubaland is a Region, not a state party", t="2025-10-15", req=False, alt_s=["Ahmed Mohamed Islam"])
R("Ismail Omar Guelleh", "head_of", "Djibouti", "Djibouti's President Ismail Omar Guelleh", "role president")
R("Djibouti", "brokered", "Djibouti Accord", "after two days of talks hosted by Djibouti's President Ismail Omar Guelleh",
  "hosting read as mediation", t="2025-10-15", req=False, alt_s=["Ismail Omar Guelleh"])
R("IGAD", "brokered", "Djibouti Accord",
  "The talks were facilitated by the Intergovernmental Authority on Development (IGAD)",
  "facilitation", t="2025-10-15", req=False)
R("Somalia", "normalized_relations_with", "Jubaland",
  "It also restores relations between the federal government and the Jubaland administration",
  "by the accord of Wednesday", t="2025-10-15")
R("Hassan Sheikh Mohamud", "visited", "Djibouti City", "Hassan Sheikh and Madobe both arrived in Djibouti on Monday evening",
  "Monday = Oct 13", t="2025-10-13", alt_o=["Djibouti"])
R("Ahmed Mohamed Islam", "visited", "Djibouti City", "Hassan Sheikh and Madobe both arrived in Djibouti on Monday evening",
  "Monday = Oct 13", t="2025-10-13", alt_o=["Djibouti"])
R("Hassan Sheikh Mohamud", "met_with", "Ahmed Mohamed Islam", "held talks face to face on Tuesday, officials said",
  "Tuesday = Oct 14", mod="reported", t="2025-10-14")
R("Hassan Sheikh Mohamud", "contacted", "Ahmed Mohamed Islam",
  "who had not spoken directly since Madobe's re-election last November", "no contact before the talks",
  mod="negated", req=False)
R("Somalia", "criticized", "Jubaland", "in a vote that Mogadishu rejected as unconstitutional",
  "rejected the state's vote, Nov 2024", t="2024-11", req=False, alt_s=["Mogadishu"])
R("Somalia", "in_conflict_with", "Jubaland", "federal troops and Jubaland forces clashed in Ras Kamboni",
  "clashes, no time for the standing conflict")
R("Ras Kamboni", "located_in", "Jubaland", "Ras Kamboni, a coastal town in Jubaland near the Kenyan border", "")
R("Beled Hawo", "located_in", "Gedo", "Beled Hawo, a town in Gedo", "")
R("Gedo", "located_in", "Jubaland", "Gedo, a region of Jubaland", "")
R("Kenya", "borders", "Jubaland", "Kenya, which borders Jubaland", "")
R("Kenya", "supported", "Djibouti Accord", "welcomed the deal", "welcoming read as support", req=False)
R("Somalia", "criticized", "Kenya", "Mogadishu has in the past accused Nairobi of backing Madobe",
  "capitals for governments", alt_s=["Mogadishu"], alt_o=["Nairobi"])
R("Kenya", "supported", "Ahmed Mohamed Islam", "Mogadishu has in the past accused Nairobi of backing Madobe",
  "Somalia's accusation", mod="reported", req=False, alt_s=["Nairobi"])
R("Kenya", "supported", "Ahmed Mohamed Islam", "a charge Kenya denies", "denial", mod="negated")
R("IGAD", "based_in", "Djibouti City", "the Djibouti-based regional bloc", "", alt_o=["Djibouti"])
R("Workneh Gebeyehu", "head_of", "IGAD", "whose executive secretary, Workneh Gebeyehu", "role executive secretary")
R("Mahmoud Ali Youssouf", "head_of", "African Union Commission",
  "The African Union Commission chairperson, Mahmoud Ali Youssouf", "role chairperson", alt_o=["African Union"])
R("Mahmoud Ali Youssouf", "citizen_of", "Djibouti", "a former Djiboutian foreign minister", "")
R("Mahmoud Ali Youssouf", "supported", "Djibouti Accord", "said the accord would \"free Somali forces",
  "praise read as support", req=False, alt_s=["African Union Commission"])
R("Mahmoud Ali Youssouf", "works_for", "Djibouti", "a former Djiboutian foreign minister", "former office",
  req=False)
R("al-Shabaab", "in_conflict_with", "Somalia",
  "the al-Qaeda-linked insurgency that has fought the federal government for nearly two decades", "")
R("al-Shabaab", "member_of", "al-Qaeda", "the al-Qaeda-linked insurgency", "'linked' is loose",
  req=False, alt_p=["allied_with"])
R("al-Shabaab", "took_control_of", "Adan Yabaal", "In April, it recaptured Adan Yabaal", "April = 2025-04",
  t="2025-04")
R("Somalia", "took_control_of", "Adan Yabaal", "that government forces had taken from the group in 2022",
  "government forces = Somalia", t="2022")
R("Adan Yabaal", "located_in", "Middle Shabelle", "Adan Yabaal, a town in Middle Shabelle", "")
R("al-Shabaab", "attacked", "Mogadishu", "it has staged attacks on the outskirts of the capital, Mogadishu",
  "outskirts", req=False)
R("Mogadishu", "capital_of", "Somalia", "the capital, Mogadishu", "", alt_p=["located_in"])
R("Puntland", "located_in", "Somalia", "Puntland, a semi-autonomous state in northeastern Somalia", "")
R("Said Abdullahi Deni", "head_of", "Puntland", "Puntland's president, Said Abdullahi Deni", "role president")
R("Said Abdullahi Deni", "visited", "Djibouti City", "did not travel to Djibouti, officials said", "",
  mod="negated", alt_o=["Djibouti"])
R("Djibouti", "contacted", "Said Abdullahi Deni", "was invited to the talks", "inviter not named", req=False,
  alt_s=["Ismail Omar Guelleh"])
R("Kismayo", "capital_of", "Jubaland", "Kismayo, Jubaland's capital", "", alt_p=["located_in"])
R("Somalia", "negotiating_with", "Jubaland",
  "the two sides will meet again in Kismayo, Jubaland's capital, next month", "next month = 2025-11",
  mod="planned", t="2025-11", alt_s=["Hassan Sheikh Mohamud"], alt_o=["Ahmed Mohamed Islam"],
  alt_p=["met_with"])
R("Hodan Ismail", "head_of", "Horn Governance Centre",
  "Hodan Ismail, director of the Mogadishu-based Horn Governance Centre", "role director",
  alt_p=["works_for"])
R("Horn Governance Centre", "based_in", "Mogadishu", "the Mogadishu-based Horn Governance Centre", "")
R("Jubaland", "located_in", "Somalia", "between Mogadishu and the southern state", "needs inference", req=False)
R("Ismail Omar Guelleh", "met_with", "Hassan Sheikh Mohamud", "standing alongside Madobe and Guelleh",
  "host of the talks", t="2025-10-15", req=False)
R("Ismail Omar Guelleh", "met_with", "Ahmed Mohamed Islam", "standing alongside Madobe and Guelleh",
  "host of the talks", t="2025-10-15", req=False)
R("Somalia", "borders", "Kenya", "hundreds of federal soldiers fled across the frontier into Kenya",
  "needs inference", req=False)

# ---------------------------------------------------------------- zg07
doc("zg07")  # <time datetime="2025-06-26"> (Thursday)
R("Guyana", "candidate_for", "Regional Security System",
  "Guyana formally applied on Wednesday to join the Regional Security System (RSS)",
  "Wednesday = Jun 25", t="2025-06-25", alt_s=["Hugh Todd"])
R("Hugh Todd", "works_for", "Guyana", "Guyana's Foreign Minister Hugh Todd", "caption; role foreign minister")
R("Hugh Todd", "met_with", "Mia Mottley", "later held talks with Barbados Prime Minister Mia Mottley",
  "Wednesday = Jun 25", t="2025-06-25")
R("Hugh Todd", "met_with", "Mia Mottley",
  "is greeted by Barbados Prime Minister Mia Mottley in Bridgetown on Wednesday", "caption", t="2025-06-25")
R("Hugh Todd", "visited", "Bridgetown",
  "is greeted by Barbados Prime Minister Mia Mottley in Bridgetown on Wednesday", "caption",
  t="2025-06-25", alt_o=["Barbados"])
R("Mia Mottley", "head_of", "Barbados", "Barbados Prime Minister Mia Mottley", "role prime minister")
R("Mia Mottley", "head_of", "CARICOM", "the current chair of the Caribbean Community (CARICOM)",
  "role rotating chair")
R("Regional Security System", "based_in", "Barbados", "The RSS, which is headquartered in Barbados", "")
R("Hugh Todd", "met_with", "Regional Security System",
  "Foreign Minister Hugh Todd handed the application to the RSS Council of Ministers",
  "handing over in person", t="2025-06-25", req=False, alt_s=["Guyana"])
R("Guyana", "located_in", "South America", "Guyana would be the first member on the South American mainland",
  "adjective", req=False)
for _m in ["Antigua and Barbuda", "Barbados", "Dominica", "Grenada", "St Kitts and Nevis", "St Lucia",
           "St Vincent and the Grenadines"]:
    R(_m, "member_of", "Regional Security System",
      "groups seven island states: Antigua and Barbuda, Barbados, Dominica, Grenada, St Kitts and Nevis, "
      "St Lucia and St Vincent and the Grenadines", "list of members")
R("Barbados", "supported", "Guyana", "Mottley said Barbados supported Guyana's application", "",
  mod="reported", alt_s=["Mia Mottley"])
R("Venezuela", "borders", "Guyana", "Venezuela, Guyana's western neighbour", "")
R("Essequibo", "located_in", "Guyana",
  "the Essequibo region, which makes up about two-thirds of Guyana's territory", "")
R("Venezuela", "in_conflict_with", "Guyana", "a border controversy with Venezuela drags on", "territorial dispute",
  alt_s=["Caracas"], alt_o=["Georgetown"])
R("International Court of Justice", "based_in", "The Hague", "the International Court of Justice in The Hague", "")
R("Venezuela", "threatened", "Guyana",
  "an incident President Irfaan Ali described at the time as a threat to Guyana's security",
  "Ali's characterisation; March = 2025-03", mod="reported", t="2025-03")
R("Irfaan Ali", "criticized", "Venezuela",
  "an incident President Irfaan Ali described at the time as a threat to Guyana's security",
  "needs inference", t="2025-03", req=False)
R("Irfaan Ali", "head_of", "Guyana", "President Irfaan Ali", "role president (Guyana from context)")
R("Yván Gil", "works_for", "Venezuela", "Venezuela's Foreign Minister Yván Gil", "role foreign minister")
R("Yván Gil", "criticized", "Guyana", 'accused Georgetown of "dragging the Caribbean into a militarist adventure"',
  "Wednesday evening = Jun 25", t="2025-06-25", alt_s=["Venezuela"], alt_o=["Georgetown"])
R("Yván Gil", "criticized", "Regional Security System",
  'said the RSS should not become "an instrument of the oil companies"', "a warning, weak reading",
  t="2025-06-25", req=False, alt_s=["Venezuela"])
R("Guyana", "contacted", "Venezuela", "Todd said Guyana had not consulted Caracas before applying", "",
  mod="negated", alt_s=["Hugh Todd"], alt_o=["Caracas"])
R("Georgetown", "capital_of", "Guyana", "Georgetown, the capital", "", alt_p=["located_in"])
R("National Assembly of Guyana", "based_in", "Georgetown", "the National Assembly in Georgetown", "", req=False)
R("United States", "supported", "Regional Security System",
  "The United States, which funds maritime training for RSS coast guards", "")
R("Trinidad and Tobago", "member_of", "Regional Security System",
  "Trinidad and Tobago, which is not an RSS member", "", mod="negated")
R("Trinidad and Tobago", "negotiating_with", "Regional Security System",
  "has also discussed closer cooperation with the bloc", "", req=False)
R("Trinidad and Tobago", "candidate_for", "Regional Security System",
  "diplomats said it could follow Guyana's lead", "weak hedge", mod="hedged", req=False)
R("CARICOM", "based_in", "Georgetown", "the secretariat of CARICOM, which is based in Georgetown", "")
R("Nadia Baptiste", "works_for", "Caribbean Policy Lab",
  "Nadia Baptiste, a security analyst at the Trinidad-based Caribbean Policy Lab", "analyst")
R("Caribbean Policy Lab", "based_in", "Trinidad and Tobago", "the Trinidad-based Caribbean Policy Lab", "")

# ---------------------------------------------------------------- zg08
doc("zg08")  # <time datetime="2025-10-07"> (Tuesday)
R("Kuwait", "signed_agreement_with", "Qatar", "Kuwait and Qatar signed an agreement on Monday",
  "Monday = Oct 6", t="2025-10-06",
  alt_s=["Sabah Al-Khalid Al-Hamad Al-Sabah"], alt_o=["Tamim bin Hamad Al Thani", "Saoud bin Abdulrahman Al Thani"])
R("Kuwait", "party_to", "Doha Air Defence Memorandum",
  "Officials referred to the document as the Doha Air Defence Memorandum", "signed Monday", t="2025-10-06")
R("Qatar", "party_to", "Doha Air Defence Memorandum",
  "Officials referred to the document as the Doha Air Defence Memorandum", "signed Monday", t="2025-10-06",
  alt_s=["Saoud bin Abdulrahman Al Thani"])
R("Sabah Al-Khalid Al-Hamad Al-Sabah", "visited", "Doha",
  "The memorandum was signed in Doha, the Qatari capital, during a visit by Kuwait's Crown Prince",
  "Monday = Oct 6", t="2025-10-06", alt_o=["Qatar"])
R("Sabah Al-Khalid Al-Hamad Al-Sabah", "visited", "Doha",
  "Al-Sabah in Doha on Monday", "caption", t="2025-10-06", alt_o=["Qatar"])
R("Sabah Al-Khalid Al-Hamad Al-Sabah", "met_with", "Tamim bin Hamad Al Thani",
  "who held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani", "Monday = Oct 6", t="2025-10-06")
R("Sabah Al-Khalid Al-Hamad Al-Sabah", "met_with", "Tamim bin Hamad Al Thani",
  "receives Kuwait's Crown Prince Sheikh Sabah Al-Khalid Al-Hamad Al-Sabah in Doha on Monday", "caption",
  t="2025-10-06")
R("Sabah Al-Khalid Al-Hamad Al-Sabah", "head_of", "Kuwait",
  "Kuwait's Crown Prince Sheikh Sabah Al-Khalid Al-Hamad Al-Sabah", "role crown prince", alt_p=["works_for"])
R("Tamim bin Hamad Al Thani", "head_of", "Qatar", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani", "role emir")
R("Doha", "capital_of", "Qatar", "Doha, the Qatari capital", "", alt_p=["located_in"])
R("Saoud bin Abdulrahman Al Thani", "works_for", "Qatar",
  "It was signed for Qatar by Sheikh Saoud bin Abdulrahman Al Thani, the deputy prime minister and minister of state for defence affairs",
  "role deputy prime minister and defence minister")
R("Israel", "attacked", "Doha", "an Israeli air strike on Doha last month", "last month = 2025-09",
  t="2025-09", alt_o=["Qatar"])
R("Israel", "attacked", "Doha", "On Sept. 9, Israeli jets struck a residential compound in Doha",
  "Sept. 9 (row time kept at the month the lead gives)", t="2025-09", alt_o=["Qatar"])
R("Israel", "attacked", "Hamas", "struck a residential compound in Doha where leaders of Hamas were meeting",
  "Sept. 9", t="2025-09")
R("Hamas", "based_in", "Doha", "Hamas has had a political office in Doha since 2012", "political office")
R("Qatar", "criticized", "Israel", "condemned the strike as a flagrant violation of its sovereignty", "")
R("Qatar", "criticized", "Iran", "Doha condemned both attacks", "capital for government", alt_s=["Doha"])
R("Qatar", "criticized", "Israel", "Doha condemned both attacks", "capital for government", alt_s=["Doha"])
R("Israel", "negotiating_with", "Hamas", "indirect talks between Israel and Hamas", "this week = 2025-10",
  t="2025-10")
R("Qatar", "visited", "Egypt", "Qatari mediators were in Egypt this week", "unnamed mediators", t="2025-10",
  req=False)
R("Donald Trump", "head_of", "United States", "US President Donald Trump", "role president")
R("Iran", "attacked", "Al Udeid Air Base", "In June, Iran fired missiles at Qatar's Al Udeid Air Base",
  "June = 2025-06", t="2025-06", alt_o=["Qatar"])
R("Al Udeid Air Base", "located_in", "Qatar", "Qatar's Al Udeid Air Base", "")
R("Al Udeid Air Base", "located_in", "Middle East", "the largest US military facility in the Middle East", "",
  req=False)
R("United States", "attacked", "Fordow", "US strikes on Iranian nuclear sites including Fordow",
  "before the June retaliation", t="2025-06", alt_o=["Iran"])
R("Fordow", "located_in", "Iran", "Iranian nuclear sites including Fordow", "")
R("United States", "supported", "Qatar",
  "Trump signed an executive order pledging that Washington would treat an armed attack on Qatar as a threat",
  "security guarantee", alt_s=["Donald Trump"])
R("Kuwait", "diplomatic_relations_with", "Israel", "Kuwait, which like Qatar has no diplomatic relations with Israel",
  "", mod="negated")
R("Qatar", "diplomatic_relations_with", "Israel", "Kuwait, which like Qatar has no diplomatic relations with Israel",
  "'like Qatar'", mod="negated")
R("Kuwait", "imports_from", "United States", "Both countries operate US-made Patriot missile batteries",
  "commodity Patriot missile batteries", alt_p=["trades_with"])
R("Qatar", "imports_from", "United States", "Both countries operate US-made Patriot missile batteries",
  "commodity Patriot missile batteries", alt_p=["trades_with"])
R("Kuwait", "member_of", "Gulf Cooperation Council",
  "Kuwait and Qatar are members of the six-nation Gulf Cooperation Council", "")
R("Qatar", "member_of", "Gulf Cooperation Council",
  "Kuwait and Qatar are members of the six-nation Gulf Cooperation Council", "")
R("Jasem Albudaiwi", "head_of", "Gulf Cooperation Council", "whose Kuwaiti secretary-general, Jasem Albudaiwi",
  "role secretary-general")
R("Jasem Albudaiwi", "citizen_of", "Kuwait", "whose Kuwaiti secretary-general, Jasem Albudaiwi", "")
R("Jasem Albudaiwi", "supported", "Doha Air Defence Memorandum", "welcomed the memorandum",
  "welcoming read as support", req=False, alt_s=["Gulf Cooperation Council"])
R("Tamim bin Hamad Al Thani", "visited", "Kuwait",
  "Sheikh Tamim is expected to visit Kuwait before the GCC's annual summit in December",
  "'expected to'; before December 2025", mod="hedged", t="2025")
R("Dalal Al-Saeed", "works_for", "Gulf Strategic Dialogue Institute",
  "Dalal Al-Saeed, a defence researcher at the Doha-based Gulf Strategic Dialogue Institute", "analyst")
R("Gulf Strategic Dialogue Institute", "based_in", "Doha", "the Doha-based Gulf Strategic Dialogue Institute", "")


# ---------------------------------------------------------------- merge
def unit(r):
    s, o = r["s"], r["o"]
    if r["p"] in SYMMETRIC and s > o:
        s, o = o, s
    return (s, r["p"], o, POLARITY[r["mod"]])


def build():
    rows, order = {}, []
    for r in READINGS:
        u = unit(r)
        if u not in rows:
            rows[u] = dict(s=r["s"], p=r["p"], o=r["o"], mods=[], t=r["t"], req=r["req"],
                           alt_s=[], alt_p=[], alt_o=[], parts=[], docs=[])
            order.append(u)
        g = rows[u]
        if g["t"] != r["t"]:
            sys.exit(f"time conflict on {u}: {g['t']} vs {r['t']}")
        if g["req"] != r["req"]:
            sys.exit(f"required conflict on {u}")
        g["mods"].append(r["mod"])
        for k in ("alt_s", "alt_p", "alt_o"):
            for v in r[k]:
                if v not in g[k]:
                    g[k].append(v)
        d = DOCS[r["doc"]]
        if d not in g["docs"]:
            g["docs"].append(d)
        g["parts"].append((r["doc"], r["q"], r["why"]))
    out = []
    for u in order:
        g = rows[u]
        mods = set(g["mods"])
        if len(mods) > 1 and mods != {"asserted", "reported"}:
            sys.exit(f"modality conflict on {u}: {mods}")
        mod = "asserted" if "asserted" in mods else g["mods"][0]
        several = len(g["docs"]) > 1
        parts = []
        for d, q, why in g["parts"]:
            why = why or "stated"
            parts.append((f"{d}: " if several else "") + f"'{q}' -- {why}")
        row = {"s": g["s"], "p": g["p"], "o": g["o"], "docs": g["docs"], "modality": mod}
        if g["t"]:
            row["time"] = g["t"]
        row["required"] = g["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if g[k]:
                row[k] = g[k]
        row["note"] = " | ".join(parts)
        out.append(row)
    return out


def main():
    rows = build()
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    used = set()
    for r in rows:
        used.update([r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", []))
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            if name in used:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows, {sum(r['required'] for r in rows)} required")


if __name__ == "__main__":
    main()
