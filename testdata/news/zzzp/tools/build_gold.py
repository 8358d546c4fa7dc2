#!/usr/bin/env python3
"""Build the gold standard of the zzzp news set.

Usage:
    python3 -B tools/build_gold.py              # check, then write the three files
    python3 -B tools/build_gold.py --check      # check only, write nothing
    python3 -B tools/build_gold.py --self-test  # unit tests, then check that the
                                                # files on disk are up to date and
                                                # that kgscore gives 1.0 on them

The annotations live in this file (ENTITIES and the T(...) calls below). Each
fact carries, for every document that states it, an evidence phrase that must
occur exactly once in that document's body text (as tools/textutil.py cleans
it) and inside a single sentence. The builder writes, next to corpus/:

    entities.jsonl              {"name", "type", "aliases"}
    triples.jsonl               one gold fact a line (shared/eval/README.md)
    selfcheck_statements.jsonl  one statement per fact and document, in the
                                `kg export --format jsonl` shape

Checks: entity names, types and alias collisions; predicates, modalities and
subject/object types against SCHEMA.md; evidence against the text; one gold row
per scored unit (subject, predicate, object, polarity; symmetric predicates
unordered); time format; the set's quotas (rows, negated rows, predicates and
modalities used).

Standard library only; writes no bytecode.
"""
import sys

sys.dont_write_bytecode = True

import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

SCHEMA_MD = os.environ.get("ZZZP_SCHEMA", os.path.join(ROOT, "..", "..", "shared", "SCHEMA.md"))
KGSCORE = os.environ.get("ZZZP_KGSCORE", os.path.join(ROOT, "..", "..", "shared", "tools", "kgscore"))

DOCS = {
    "01": "zzzp01_png_pukpuk_ratified.txt",
    "02": "zzzp02_vanuatu_nakamal_delay.txt",
    "03": "zzzp03_g20_johannesburg_close.txt",
    "04": "zzzp04_fiji_rabuka_msg_return.txt",
    "05": "zzzp05_chapo_harare_power_deal.txt",
    "06": "zzzp06_botswana_debeers_sadc.txt",
    "07": "zzzp07_solomons_china_police.html",
    "08": "zzzp08_malawi_mutharika_maputo.html",
}

MODALITIES = ("asserted", "reported", "hedged", "planned", "negated")
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ENTITY_TYPES = ("Person", "Country", "Organization", "City", "Region", "Agreement", "Facility")
TIME_RE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?)?$")

QUOTA = {"rows": (200, 260), "negated": (20, 25)}

# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

ENTITIES = []


def ent(name, typ, *aliases):
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases)})


# People: Pacific
ent("James Marape", "Person", "Marape", "Prime Minister James Marape")
ent("Anthony Albanese", "Person", "Albanese")
ent("Gabriel Kalit", "Person", "Kalit")
ent("Billy Joseph", "Person")
ent("Richard Marles", "Person", "Marles")
ent("Ishmael Toroama", "Person", "Toroama")
ent("Joanne Pokawin", "Person", "Pokawin")
ent("Jotham Napat", "Person", "Napat")
ent("Pat Conroy", "Person", "Conroy")
ent("Charlot Salwai", "Person", "Salwai")
ent("Sitiveni Rabuka", "Person", "Rabuka")
ent("Jeremiah Manele", "Person", "Manele")
ent("Martin Ilo", "Person", "Ilo")
ent("Baron Waqa", "Person", "Waqa")
ent("Benny Wenda", "Person", "Wenda")
ent("Frank Bainimarama", "Person", "Bainimarama")
ent("Ana Tuivaga", "Person", "Tuivaga")
ent("Christopher Luxon", "Person", "Luxon")
ent("Matthew Wale", "Person", "Wale")
ent("Ellison Tofuakalo", "Person", "Tofuakalo")
ent("La'auli Leuatea Schmidt", "Person", "La\u2019auli Leuatea Schmidt", "La'auli", "La\u2019auli")
ent("Penny Wong", "Person", "Wong")
# People: Southern Africa and the G20
ent("Cyril Ramaphosa", "Person", "Ramaphosa")
ent("Donald Trump", "Person", "Trump", "President Donald Trump")
ent("Parks Tau", "Person", "Tau")
ent("Li Qiang", "Person")
ent("Narendra Modi", "Person", "Modi")
ent("Hakainde Hichilema", "Person", "Hichilema")
ent("Duma Boko", "Person", "Boko")
ent("Daniel Chapo", "Person", "Chapo")
ent("Vladimir Putin", "Person", "Putin")
ent("Mahmoud Ali Youssouf", "Person", "Youssouf")
ent("Thandeka Mokoena", "Person", "Mokoena")
ent("Emmerson Mnangagwa", "Person", "Mnangagwa")
ent("Tafadzwa Chinamo", "Person", "Chinamo")
ent("Momade Assane", "Person", "Assane")
ent("Constantino Chiwenga", "Person", "Chiwenga")
ent("Farai Chikowore", "Person", "Chikowore")
ent("Duncan Wanblad", "Person", "Wanblad")
ent("Michael Randrianirina", "Person", "Randrianirina", "Colonel Michael Randrianirina")
ent("Andry Rajoelina", "Person", "Rajoelina")
ent("Elias Magosi", "Person", "Magosi")
ent("Amon Murwira", "Person", "Murwira")
ent("Tebogo Ramokgadi", "Person", "Ramokgadi")
ent("Peter Mutharika", "Person", "Mutharika")
ent("Lazarus Chakwera", "Person", "Chakwera")
ent("Jane Ansah", "Person", "Ansah")
ent("Joseph Mwanamvekha", "Person", "Mwanamvekha")
ent("Chifundo Banda", "Person", "Banda")
ent("Yohane Banda", "Person")
ent("Grace Kumwenda", "Person", "Kumwenda")

# Countries
ent("Papua New Guinea", "Country", "PNG", "Papua New Guinean government")
ent("Australia", "Country", "Commonwealth of Australia", "Australian government")
ent("China", "Country", "People's Republic of China", "PRC", "Chinese government")
ent("Indonesia", "Country", "Republic of Indonesia", "Indonesian government")
ent("New Zealand", "Country", "NZ")
ent("Vanuatu", "Country", "Republic of Vanuatu", "Vanuatu government")
ent("Fiji", "Country", "Republic of Fiji", "Fijian government")
ent("Solomon Islands", "Country", "the Solomons", "Solomon Islands government")
ent("Samoa", "Country")
ent("Taiwan", "Country", "Republic of China")
ent("Timor-Leste", "Country", "East Timor")
ent("United Kingdom", "Country", "Britain", "UK", "U.K.", "Great Britain")
ent("France", "Country")
ent("Singapore", "Country")
ent("Japan", "Country")
ent("South Korea", "Country", "Republic of Korea")
ent("United States", "Country", "US", "U.S.", "USA", "United States of America", "America",
    "Washington", "Trump administration", "US government", "U.S. government")
ent("South Africa", "Country", "Republic of South Africa", "South African government")
ent("India", "Country")
ent("Russia", "Country", "Russian Federation")
ent("Israel", "Country", "State of Israel")
ent("Zambia", "Country")
ent("Botswana", "Country")
ent("Mozambique", "Country")
ent("Zimbabwe", "Country")
ent("Portugal", "Country")
ent("Rwanda", "Country")
ent("Malawi", "Country", "Malawian government")
ent("Tanzania", "Country")
ent("Namibia", "Country")
ent("Angola", "Country")
ent("Madagascar", "Country")
ent("Ukraine", "Country")

# Regions
ent("Bougainville", "Region", "Autonomous Region of Bougainville")
ent("New Caledonia", "Region")
ent("West Papua", "Region", "Papua")
ent("Guadalcanal", "Region")
ent("Gaza", "Region", "Gaza Strip")
ent("Tete province", "Region", "Tete")
ent("Cabo Delgado", "Region", "Cabo Delgado province")
ent("Macomia", "Region", "Macomia district")

# Cities
for _c in ("Port Moresby", "Canberra", "Brisbane", "Jakarta", "Port Vila", "Honiara", "Suva",
           "Oxford", "Kuala Lumpur", "Wellington", "Beijing", "Johannesburg", "Pretoria",
           "Miami", "Harare", "Beira", "Palma", "Gaborone", "London",
           "Maputo", "Lilongwe", "Nacala", "Lusaka", "Blantyre", "Zomba", "Apia",
           "Mutare", "Ndola"):
    ent(_c, "City")
ent("Mocimboa da Praia", "City", "Moc\u00edmboa da Praia")

# Organizations
ent("Autonomous Bougainville Government", "Organization", "ABG", "Bougainville government")
ent("Papua New Guinea National Research Institute", "Organization", "National Research Institute",
    "PNG National Research Institute")
ent("Australian Defence Force", "Organization", "ADF")
ent("Melanesian Spearhead Group", "Organization", "MSG")
ent("FLNKS", "Organization", "Kanak and Socialist National Liberation Front")
ent("United Liberation Movement for West Papua", "Organization", "ULMWP")
ent("University of the South Pacific", "Organization", "USP")
ent("Pacific Islands Forum", "Organization", "PIF", "the Forum", "Pacific Islands Forum Secretariat")
ent("FijiFirst", "Organization", "FijiFirst party")
ent("ASEAN", "Organization", "Association of Southeast Asian Nations")
ent("China Police Liaison Team", "Organization", "CPLT", "Chinese police liaison team")
ent("Royal Solomon Islands Police Force", "Organization", "RSIPF", "Solomon Islands police")
ent("Solomon Islands National University", "Organization", "SINU")
ent("FAST", "Organization", "FAST party", "Fa'atuatua i le Atua Samoa ua Tasi")
ent("G20", "Organization", "Group of 20", "G-20", "Group of Twenty")
ent("Office of the United States Trade Representative", "Organization", "USTR",
    "Office of the US Trade Representative", "US Trade Representative")
ent("African Union", "Organization", "AU")
ent("International Criminal Court", "Organization", "ICC")
ent("International Court of Justice", "Organization", "ICJ")
ent("University of the Witwatersrand", "Organization", "Wits", "Wits University")
ent("Frelimo", "Organization", "Frelimo party")
ent("Islamic State Mozambique", "Organization", "Islamic State-linked insurgents", "insurgents",
    "militants", "IS-Mozambique", "Islamic State Mozambique Province", "al-Shabaab",
    "Islamic State-linked insurgency")
ent("Southern African Development Community", "Organization", "SADC")
ent("ZANU-PF", "Organization", "Zanu-PF", "ZANU-PF party")
ent("Zimbabwe Economic Policy Analysis and Research Unit", "Organization", "ZEPARU")
ent("TotalEnergies", "Organization")
ent("Hidroelectrica de Cahora Bassa", "Organization", "HCB", "Hidroel\u00e9ctrica de Cahora Bassa")
ent("Anglo American", "Organization", "Anglo")
ent("De Beers", "Organization")
ent("Debswana", "Organization")
ent("Endiama", "Organization")
ent("Alrosa", "Organization")
ent("European Union", "Organization", "EU")
ent("Umbrella for Democratic Change", "Organization", "UDC")
ent("Botswana Democratic Party", "Organization", "BDP")
ent("Democratic Progressive Party", "Organization", "DPP")
ent("Malawi Electoral Commission", "Organization", "MEC")
ent("International Monetary Fund", "Organization", "IMF", "the Fund")
ent("Malawi Police Service", "Organization", "police", "Malawi police", "Malawian police")
ent("Malawi Human Rights Commission", "Organization")
ent("University of Malawi", "Organization", "UNIMA")

# Agreements
ent("Pukpuk Treaty", "Agreement", "Pukpuk defence treaty", "Pukpuk",
    "Papua New Guinea-Australia Mutual Defence Treaty")
ent("Nakamal Agreement", "Agreement", "Nakamal deal")
ent("Bougainville Peace Agreement", "Agreement", "2001 Bougainville Peace Agreement")
ent("Fiji-China police cooperation agreement", "Agreement", "police cooperation agreement",
    "2011 police cooperation agreement")
ent("Fiji-Australia Status of Forces Agreement", "Agreement", "status of forces agreement")
ent("Ocean of Peace declaration", "Agreement", "Ocean of Peace", "Ocean of Peace Declaration")
ent("China-Solomon Islands security agreement", "Agreement", "security agreement",
    "2022 security agreement")
ent("Australia-Solomon Islands Bilateral Security Treaty", "Agreement", "bilateral security treaty")
ent("Johannesburg Declaration", "Agreement", "G20 Johannesburg Declaration",
    "Johannesburg Leaders' Declaration")
ent("Beira Corridor Protocol", "Agreement")
ent("African Growth and Opportunity Act", "Agreement", "AGOA")

# Facilities
ent("Nasrec Expo Centre", "Facility", "Nasrec expo centre", "Nasrec")
ent("Cahora Bassa Dam", "Facility", "Cahora Bassa dam", "Cahora Bassa")

# ---------------------------------------------------------------------------
# Facts. ev maps a document key to the evidence phrase, or to
# (phrase, modality) when that document holds the fact differently (same
# polarity only).
# ---------------------------------------------------------------------------

ROWS = []


def T(s, p, o, mod, ev, time=None, req=True, alt_s=(), alt_p=(), alt_o=(), role=None,
      commodity=None, note=None):
    ROWS.append({"s": s, "p": p, "o": o, "modality": mod, "ev": dict(ev), "time": time,
                 "required": req, "alt_s": list(alt_s), "alt_p": list(alt_p),
                 "alt_o": list(alt_o), "role": role, "commodity": commodity, "note": note})


A, R, H, P, N = "asserted", "reported", "hedged", "planned", "negated"

# ----- 01 PNG ratifies the Pukpuk Treaty (wire, 2025-10-14) -----
T("James Marape", "head_of", "Papua New Guinea", A,
  {"01": "Prime Minister James Marape signed",
   "02": "Papua New Guinea's Prime Minister James Marape",
   "04": "Papua New Guinea's Prime Minister James Marape"}, role="Prime Minister")
T("Anthony Albanese", "head_of", "Australia", A,
  {"01": "his Australian counterpart Anthony Albanese",
   "02": "Australian Prime Minister Anthony Albanese",
   "07": "Australian Prime Minister Anthony Albanese"}, role="Prime Minister",
  note="01 gives no title: 'his Australian counterpart' of a prime minister")
T("Papua New Guinea", "party_to", "Pukpuk Treaty", A,
  {"01": "parliament voted on Tuesday to ratify the Pukpuk Treaty",
   "04": "whose parliament ratified the Pukpuk defence treaty with Australia last month"},
  time="2025-10", note="ratified 2025-10-14 (01); 'last month' in 04")
T("Australia", "party_to", "Pukpuk Treaty", A,
  {"01": "the mutual defence pact that Prime Minister James Marape signed with his Australian counterpart",
   "04": "the Pukpuk defence treaty with Australia"},
  time="2025-10", note="signed in Canberra on Oct. 6 (01)")
T("Papua New Guinea", "signed_agreement_with", "Australia", A,
  {"01": "Marape signed with his Australian counterpart Anthony Albanese in Canberra on Oct. 6",
   "04": "ratified the Pukpuk defence treaty with Australia"},
  time="2025-10", alt_s=["James Marape"], alt_o=["Anthony Albanese"])
T("James Marape", "visited", "Canberra", A,
  {"01": "Albanese in Canberra on Oct. 6"}, time="2025-10-06", req=False,
  note="implied by signing in Canberra")
T("James Marape", "met_with", "Anthony Albanese", A,
  {"01": "signed with his Australian counterpart Anthony Albanese in Canberra"},
  time="2025-10-06", req=False, note="implied by signing together in Canberra")
T("Australia", "borders", "Papua New Guinea", A,
  {"01": "it commits the two neighbours to act together"}, req=False,
  note="'the two neighbours' (a maritime border)")
T("Australia", "allied_with", "Papua New Guinea", R,
  {"01": "Australia is our closest ally"}, note="Marape's quote")
T("Gabriel Kalit", "criticized", "Pukpuk Treaty", A,
  {"01": "Gabriel Kalit, a retired police commander, criticised the treaty"}, time="2025-10")
T("China", "criticized", "Pukpuk Treaty", R,
  {"01": "said before the signing that the pact should not \"target any third party\""},
  req=False, note="a warning more than a criticism")
T("China", "contacted", "Papua New Guinea", N,
  {"01": "Marape said Beijing had not contacted his government about the treaty"},
  alt_s=["Beijing"], alt_o=["James Marape"])
T("James Marape", "visited", "China", P,
  {"01": "He still plans to visit China next year"}, time="2026")
T("Billy Joseph", "works_for", "Papua New Guinea", A,
  {"01": "Papua New Guinea's Defence Minister Billy Joseph"}, role="Defence Minister")
T("Richard Marles", "works_for", "Australia", A,
  {"01": "his Australian counterpart, Richard Marles"}, role="Defence Minister")
T("Billy Joseph", "visited", "Brisbane", P,
  {"01": "is due to fly to Brisbane next month"}, time="2025-11")
T("Billy Joseph", "met_with", "Richard Marles", P,
  {"01": "to discuss recruitment with his Australian counterpart, Richard Marles"},
  time="2025-11", alt_p=["negotiating_with"])
T("Papua New Guinea", "gained_independence_from", "Australia", A,
  {"01": "which administered Papua New Guinea until independence in 1975"}, time="1975")
T("Australia", "supported", "Papua New Guinea", A,
  {"01": "remains its largest aid donor"})
T("Papua New Guinea", "borders", "Indonesia", A,
  {"01": "the 760-kilometre land border that Papua New Guinea shares with Indonesia"})
T("Papua New Guinea", "contacted", "Indonesia", N,
  {"01": "neither Port Moresby nor Canberra had consulted Jakarta before the signing"},
  alt_s=["Port Moresby"], alt_o=["Jakarta"], note="capitals as metonyms")
T("Australia", "contacted", "Indonesia", N,
  {"01": "neither Port Moresby nor Canberra had consulted Jakarta before the signing"},
  alt_s=["Canberra"], alt_o=["Jakarta"], note="capitals as metonyms")
T("Indonesia", "criticized", "Pukpuk Treaty", N,
  {"01": "it did not object to the pact"})
T("Papua New Guinea", "negotiating_with", "Autonomous Bougainville Government", A,
  {"01": "Marape's government remains in negotiations with the Autonomous Bougainville Government"},
  alt_s=["James Marape"], alt_o=["Bougainville"])
T("Bougainville", "located_in", "Papua New Guinea", A,
  {"01": "Bougainville, an island region of Papua New Guinea"})
T("Bougainville", "seceded_from", "Papua New Guinea", N,
  {"01": "Bougainville has not broken away from Papua New Guinea"})
T("Bougainville", "seceded_from", "Papua New Guinea", P,
  {"01": "who wants the region to be independent by 2027"}, time="2027",
  alt_p=["gained_independence_from"],
  note="Toroama's goal; 01 also hedges it: 'could declare independence unilaterally'")
T("New Zealand", "brokered", "Bougainville Peace Agreement", A,
  {"01": "which was brokered by New Zealand"}, time="2001")
T("Ishmael Toroama", "head_of", "Autonomous Bougainville Government", A,
  {"01": "Bougainville President Ishmael Toroama"}, alt_o=["Bougainville"], role="President")
T("Joanne Pokawin", "works_for", "Papua New Guinea National Research Institute", A,
  {"01": "Joanne Pokawin, a security analyst at the Papua New Guinea National Research Institute"},
  role="security analyst")

# ----- 02 Vanuatu puts off the Nakamal Agreement (wire, 2025-11-06) -----
T("Vanuatu", "party_to", "Nakamal Agreement", N,
  {"02": "Vanuatu will not sign the Nakamal Agreement with Australia this year"},
  time="2025", alt_s=["Jotham Napat"], note="also 'the deal has never been signed'")
T("Vanuatu", "signed_agreement_with", "Australia", N,
  {"02": "Vanuatu will not sign the Nakamal Agreement with Australia this year"},
  time="2025", alt_s=["Jotham Napat"])
T("Australia", "party_to", "Nakamal Agreement", P,
  {"02": "that Canberra had hoped to finalise in September"}, time="2025-09", req=False,
  alt_s=["Canberra"], note="a hope that failed")
T("Vanuatu", "party_to", "Nakamal Agreement", H,
  {"02": "Napat may still sign the agreement early next year"}, time="2026",
  alt_s=["Jotham Napat"])
T("Vanuatu", "signed_agreement_with", "Australia", H,
  {"02": "Napat may still sign the agreement early next year"}, time="2026",
  alt_s=["Jotham Napat"], alt_o=["Canberra"])
T("Jotham Napat", "head_of", "Vanuatu", A,
  {"02": "Prime Minister Jotham Napat said on Thursday",
   "04": "Vanuatu Prime Minister Jotham Napat"}, role="Prime Minister")
T("Port Vila", "capital_of", "Vanuatu", A,
  {"02": "Napat told reporters in Port Vila, the capital"},
  note="also 'the Vanuatu capital'")
T("Port Vila", "located_in", "Vanuatu", A,
  {"02": "The group, which is based in the Vanuatu capital"}, req=False,
  note="entailed by capital_of")
T("Pat Conroy", "works_for", "Australia", A,
  {"02": "Australian Pacific Minister Pat Conroy",
   "07": "Australia\u2019s Pacific Minister Pat Conroy"}, role="Pacific Minister")
T("Pat Conroy", "visited", "Port Vila", A,
  {"02": "who visited Port Vila on Oct. 30"}, time="2025-10-30")
T("Australia", "supported", "Vanuatu", P,
  {"02": "would keep paying for the training of Vanuatu's police regardless"},
  alt_s=["Canberra", "Pat Conroy"], note="Conroy's pledge (reported plan)")
T("Australia", "trades_with", "Vanuatu", A,
  {"02": "Australia is Vanuatu's largest trading partner"})
T("Australia", "supported", "Vanuatu", A,
  {"02": "its biggest source of aid"})
T("China", "supported", "Vanuatu", A,
  {"02": "China has built Vanuatu's parliament house"},
  note="also 'Vanuatu's largest bilateral creditor'")
T("Charlot Salwai", "criticized", "Jotham Napat", A,
  {"02": "accused Napat of"})
T("Melanesian Spearhead Group", "based_in", "Port Vila", A,
  {"02": "The group, which is based in the Vanuatu capital"})
for _m in ("Papua New Guinea", "Fiji", "Solomon Islands", "Vanuatu", "FLNKS"):
    T(_m, "member_of", "Melanesian Spearhead Group", A,
      {"02": "brings together Papua New Guinea, Fiji, Solomon Islands, Vanuatu and the FLNKS"})
T("FLNKS", "based_in", "New Caledonia", A,
  {"02": "the Kanak independence movement of New Caledonia"})
T("United Liberation Movement for West Papua", "candidate_for", "Melanesian Spearhead Group", A,
  {"02": "a bid by the United Liberation Movement for West Papua (ULMWP) for full membership",
   "04": "the application of the United Liberation Movement for West Papua for full membership of the group"})
T("United Liberation Movement for West Papua", "criticized", "Indonesia", A,
  {"02": "the movement's accusations of abuses by its security forces in Papua"},
  note="the movement accuses Indonesia's security forces")
T("Vanuatu", "supported", "United Liberation Movement for West Papua", A,
  {"02": "Vanuatu has long backed the movement"})
T("Indonesia", "member_of", "Melanesian Spearhead Group", A,
  {"02": "an associate member of the group since 2015"}, time="2015")
T("Indonesia", "criticized", "United Liberation Movement for West Papua", A,
  {"02": "has rejected the movement's accusations",
   "04": "has never accepted the movement's claim to speak for Papuans"},
  note="04 words it with 'never', but it is a rejection, not a negated fact")
T("Sitiveni Rabuka", "head_of", "Fiji", A,
  {"02": "Fiji's Prime Minister Sitiveni Rabuka",
   "04": "Fijian Prime Minister Sitiveni Rabuka returned",
   "07": "Fijian Prime Minister Sitiveni Rabuka"}, role="Prime Minister")
T("James Marape", "visited", "Port Vila", H,
  {"02": "James Marape and Fiji's Prime Minister Sitiveni Rabuka are expected to attend"},
  time="2025-11", req=False, note="the summit is in Port Vila (previous sentences)")
T("Sitiveni Rabuka", "visited", "Port Vila", H,
  {"02": "James Marape and Fiji's Prime Minister Sitiveni Rabuka are expected to attend"},
  time="2025-11", req=False, note="04 then asserts it: a separate POS row")
T("Jeremiah Manele", "head_of", "Solomon Islands", A,
  {"02": "Solomon Islands Prime Minister Jeremiah Manele will not travel",
   "04": "Solomon Islands Prime Minister Jeremiah Manele stayed home",
   "07": "Prime Minister Jeremiah Manele told parliament"}, role="Prime Minister")
T("Jeremiah Manele", "visited", "Port Vila", N,
  {"02": "will not travel to the summit",
   "04": "stayed home for his country's budget",
   "07": "he skipped the Melanesian Spearhead Group summit in Port Vila"}, time="2025-11")
T("Australia", "member_of", "Melanesian Spearhead Group", N,
  {"02": "Australia is not a member of the MSG"})
T("Martin Ilo", "works_for", "University of the South Pacific", A,
  {"02": "who now teaches at the University of the South Pacific"}, role="teacher")
T("Martin Ilo", "citizen_of", "Vanuatu", A,
  {"02": "a former Vanuatu diplomat"}, req=False,
  note="a former diplomat: no works_for Vanuatu now")
T("Vanuatu", "gained_independence_from", "United Kingdom", A,
  {"02": "gained independence from Britain and France in 1980"}, time="1980")
T("Vanuatu", "gained_independence_from", "France", A,
  {"02": "gained independence from Britain and France in 1980"}, time="1980")
T("Vanuatu", "negotiating_with", "Australia", A,
  {"02": "Salwai concluded negotiations on the Nakamal Agreement with Australian Prime Minister Anthony Albanese in December 2024"},
  time="2024-12", alt_s=["Charlot Salwai"], alt_o=["Anthony Albanese"])

# ----- 03 G20 Johannesburg (wire, 2025-11-23) -----
T("G20", "party_to", "Johannesburg Declaration", A,
  {"03": "Leaders of the Group of 20 ended their first summit on African soil on Sunday with a Johannesburg Declaration"},
  time="2025-11", note="adopted on Saturday 2025-11-22")
T("United States", "party_to", "Johannesburg Declaration", N,
  {"03": "that the United States, which boycotted the meeting, said it would not endorse"},
  note="also 'Washington was not bound by the document'")
T("Cyril Ramaphosa", "head_of", "South Africa", A,
  {"03": "South African President Cyril Ramaphosa, who hosted",
   "06": "South African President Cyril Ramaphosa, whose country"}, role="President")
T("Nasrec Expo Centre", "located_in", "Johannesburg", A,
  {"03": "the Nasrec expo centre in Johannesburg"})
T("Donald Trump", "head_of", "United States", A,
  {"03": "President Donald Trump's golf resort"}, role="President")
T("Donald Trump", "criticized", "South Africa", A,
  {"03": "Trump, who has accused Pretoria of persecuting white Afrikaner farmers"},
  alt_o=["Pretoria"])
T("South Africa", "criticized", "Donald Trump", A,
  {"03": "The South African government rejects the accusation"}, alt_o=["United States"])
T("Donald Trump", "threatened", "South Africa", A,
  {"03": "on Thursday he threatened to exclude South Africa from next year's meeting"},
  time="2025-11-20")
T("Cyril Ramaphosa", "contacted", "Donald Trump", R,
  {"03": "He said he had written to Trump in October"}, time="2025-10",
  alt_s=["South Africa"], alt_o=["United States"])
T("Donald Trump", "contacted", "Cyril Ramaphosa", N,
  {"03": "had received no reply"}, note="Ramaphosa's account")
T("United States", "sanctioned", "South Africa", A,
  {"03": "Washington imposed a 30% tariff on most South African goods in August"},
  time="2025-08")
T("United States", "imports_from", "South Africa", A,
  {"03": "which gave South African cars and citrus duty-free access to the US market"},
  req=False, commodity="cars, citrus", alt_p=["trades_with"],
  note="under AGOA, which lapsed at the end of September")
T("Parks Tau", "works_for", "South Africa", A,
  {"03": "South Africa's Trade Minister Parks Tau"}, role="Trade Minister")
T("South Africa", "negotiating_with", "Office of the United States Trade Representative", R,
  {"03": "Pretoria was still negotiating with the Office of the US Trade Representative"},
  alt_s=["Pretoria", "Parks Tau"], alt_o=["United States"])
T("United States", "trades_with", "South Africa", A,
  {"03": "The United States is South Africa's second-largest trading partner"})
T("China", "trades_with", "South Africa", A,
  {"03": "second-largest trading partner after China"})
T("Li Qiang", "head_of", "China", A,
  {"03": "Chinese Premier Li Qiang"}, alt_p=["works_for"], role="Premier")
T("Narendra Modi", "head_of", "India", A,
  {"03": "Indian Prime Minister Narendra Modi"}, role="Prime Minister")
T("Hakainde Hichilema", "head_of", "Zambia", A,
  {"03": "the presidents of Zambia, Botswana and Mozambique - Hakainde Hichilema",
   "06": "Zambian President Hakainde Hichilema",
   "08": "Zambian President Hakainde Hichilema"}, role="President",
  note="03 pairs names and countries with 'respectively'")
T("Duma Boko", "head_of", "Botswana", A,
  {"03": "Duma Boko and Daniel Chapo respectively",
   "06": "Botswana's President Duma Boko"}, role="President")
T("Daniel Chapo", "head_of", "Mozambique", A,
  {"03": "Daniel Chapo respectively",
   "05": "Mozambican President Daniel Chapo",
   "08": "Mozambique\u2019s President Daniel Chapo"}, role="President")
for _v in ("Li Qiang", "Narendra Modi", "Hakainde Hichilema", "Duma Boko", "Daniel Chapo"):
    T(_v, "visited", "Johannesburg", A, {"03": "Among those who attended were"},
      time="2025-11", note="attended the Johannesburg summit")
T("Vladimir Putin", "head_of", "Russia", A,
  {"03": "Russian President Vladimir Putin"}, role="President")
T("Vladimir Putin", "visited", "Johannesburg", N,
  {"03": "did not attend"}, time="2025-11")
T("African Union", "member_of", "G20", A,
  {"03": "which became a permanent member of the G20 in 2023"}, time="2023")
T("Mahmoud Ali Youssouf", "head_of", "African Union", A,
  {"03": "sent its commission chairman, Mahmoud Ali Youssouf"}, alt_p=["works_for"],
  role="Commission chairman")
T("South Africa", "member_of", "G20", A,
  {"03": "South Africa is the only African country among the group's 19 national members"})
T("South Africa", "criticized", "Israel", A,
  {"03": "to repeat South Africa's criticism of Israel"},
  alt_s=["Cyril Ramaphosa", "Pretoria"], note="also the ICJ genocide case of December 2023")
T("Israel", "blockaded", "Gaza", A,
  {"03": "Israel's blockade of the territory"})
T("Israel", "in_conflict_with", "Gaza", A,
  {"03": "the war in Gaza"}, req=False)
T("Israel", "criticized", "South Africa", A,
  {"03": "Israel denies the accusation"}, note="rejects South Africa's genocide claim")
T("Thandeka Mokoena", "works_for", "University of the Witwatersrand", A,
  {"03": "a political analyst at the University of the Witwatersrand"}, role="political analyst")

# ----- 04 Rabuka back from Port Vila (newspaper, 2025-11-27) -----
T("Sitiveni Rabuka", "visited", "Port Vila", A,
  {"04": "returned to Suva on Wednesday from the Melanesian Spearhead Group summit in Port Vila"},
  time="2025-11")
T("Pacific Islands Forum", "based_in", "Suva", A,
  {"04": "whose secretariat is based in Suva"})
T("Baron Waqa", "head_of", "Pacific Islands Forum", A,
  {"04": "Forum Secretary General Baron Waqa"}, alt_p=["works_for"], role="Secretary General")
T("Sitiveni Rabuka", "met_with", "Jotham Napat", A,
  {"04": "Rabuka held talks with Vanuatu Prime Minister Jotham Napat"}, time="2025-11",
  alt_p=["negotiating_with"])
T("Sitiveni Rabuka", "met_with", "James Marape", A,
  {"04": "and with Papua New Guinea's Prime Minister James Marape"}, time="2025-11",
  alt_p=["negotiating_with"])
T("Benny Wenda", "head_of", "United Liberation Movement for West Papua", A,
  {"04": "The movement's chairman, Benny Wenda"}, role="chairman")
T("Benny Wenda", "lives_in", "Oxford", A,
  {"04": "who lives in exile in Oxford"})
T("Papua New Guinea", "candidate_for", "ASEAN", P,
  {"04": "Papua New Guinea would apply to join the Association of Southeast Asian Nations"},
  alt_s=["James Marape"], note="Marape's stated plan")
T("Timor-Leste", "member_of", "ASEAN", A,
  {"04": "Timor-Leste was admitted to ASEAN at a summit in Kuala Lumpur in October"},
  time="2025-10", note="also 'has become the bloc's eleventh member'")
T("Fiji", "party_to", "Fiji-China police cooperation agreement", A,
  {"04": "Fiji would keep its 2011 police cooperation agreement with China"}, time="2011")
T("China", "party_to", "Fiji-China police cooperation agreement", A,
  {"04": "Fiji would keep its 2011 police cooperation agreement with China"}, time="2011")
T("Fiji", "signed_agreement_with", "China", A,
  {"04": "Fiji would keep its 2011 police cooperation agreement with China"}, time="2011")
T("Fiji", "signed_agreement_with", "Australia", N,
  {"04": "Fiji had no plans to sign a mutual defence treaty with Canberra"},
  alt_s=["Sitiveni Rabuka"], alt_o=["Canberra"])
T("Fiji", "signed_agreement_with", "Australia", A,
  {"04": "Fiji already has a status of forces agreement with Australia, signed in 2022"},
  time="2022")
T("Fiji", "party_to", "Fiji-Australia Status of Forces Agreement", A,
  {"04": "Fiji already has a status of forces agreement with Australia, signed in 2022"},
  time="2022")
T("Australia", "party_to", "Fiji-Australia Status of Forces Agreement", A,
  {"04": "Fiji already has a status of forces agreement with Australia, signed in 2022"},
  time="2022")
T("Australia", "sanctioned", "Fiji", A,
  {"04": "Australia and New Zealand imposed sanctions on Fiji after Frank Bainimarama's 2006 coup"},
  time="2006")
T("New Zealand", "sanctioned", "Fiji", A,
  {"04": "Australia and New Zealand imposed sanctions on Fiji after Frank Bainimarama's 2006 coup"},
  time="2006")
T("Australia", "normalized_relations_with", "Fiji", A,
  {"04": "both restored full relations with Suva in 2014"}, time="2014", alt_o=["Suva"])
T("New Zealand", "normalized_relations_with", "Fiji", A,
  {"04": "both restored full relations with Suva in 2014"}, time="2014", alt_o=["Suva"])
T("Frank Bainimarama", "member_of", "FijiFirst", A,
  {"04": "Bainimarama's FijiFirst party"}, alt_p=["head_of"])
T("United States", "imports_from", "Fiji", A,
  {"04": "The United States, the largest market for Fiji Water"}, commodity="bottled water",
  alt_p=["trades_with"])
T("United States", "sanctioned", "Fiji", A,
  {"04": "imposed a 15 percent tariff on Fijian goods in August"}, time="2025-08")
T("Fiji", "imports_from", "Singapore", A,
  {"04": "Fiji imports most of its fuel from Singapore"}, commodity="fuel")
T("Fiji", "imports_from", "Australia", A,
  {"04": "much of its food from Australia and New Zealand"}, commodity="food")
T("Fiji", "imports_from", "New Zealand", A,
  {"04": "much of its food from Australia and New Zealand"}, commodity="food")
T("Ana Tuivaga", "works_for", "University of the South Pacific", A,
  {"04": "an economist at the University of the South Pacific"}, role="economist")
T("University of the South Pacific", "based_in", "Suva", A,
  {"04": "the University of the South Pacific in Suva"})
T("Suva", "capital_of", "Fiji", A, {"04": "Suva, Fiji's capital"})
T("Suva", "located_in", "Fiji", A, {"04": "Suva, Fiji's capital"}, req=False,
  note="entailed by capital_of")
T("Pacific Islands Forum", "party_to", "Ocean of Peace declaration", A,
  {"04": "which Forum leaders first adopted in Honiara in September",
   "07": "when they adopted Fijian Prime Minister Sitiveni Rabuka\u2019s \u201cOcean of Peace\u201d declaration"},
  time="2025-09")
T("Melanesian Spearhead Group", "party_to", "Ocean of Peace declaration", A,
  {"04": "where leaders endorsed his \"Ocean of Peace\" declaration"}, time="2025-11",
  req=False, note="MSG leaders endorsed it")
T("China", "party_to", "Ocean of Peace declaration", N,
  {"04": "neither China nor the United States has endorsed it"})
T("United States", "party_to", "Ocean of Peace declaration", N,
  {"04": "neither China nor the United States has endorsed it"})
T("Sitiveni Rabuka", "visited", "Wellington", P,
  {"04": "Rabuka is due to visit Wellington next month"}, time="2025-12")
T("Sitiveni Rabuka", "met_with", "Christopher Luxon", P,
  {"04": "for talks with New Zealand Prime Minister Christopher Luxon"}, time="2025-12",
  alt_p=["negotiating_with"])
T("Christopher Luxon", "head_of", "New Zealand", A,
  {"04": "New Zealand Prime Minister Christopher Luxon"}, role="Prime Minister")

# ----- 05 Chapo in Harare (newspaper, 2025-10-21) -----
T("Emmerson Mnangagwa", "head_of", "Zimbabwe", A,
  {"05": "his Zimbabwean counterpart Emmerson Mnangagwa"}, role="President")
T("Mozambique", "signed_agreement_with", "Zimbabwe", A,
  {"05": "signed agreements on electricity and the Beira transport corridor in Harare on Monday"},
  time="2025-10-20", alt_s=["Daniel Chapo"], alt_o=["Emmerson Mnangagwa"])
T("Daniel Chapo", "visited", "Harare", A,
  {"05": "in Harare on Monday, during Chapo's first state visit to Zimbabwe"},
  time="2025-10-20", alt_o=["Zimbabwe"])
T("Daniel Chapo", "met_with", "Emmerson Mnangagwa", A,
  {"05": "The two leaders held talks at State House before the signing"}, time="2025-10-20",
  alt_p=["negotiating_with"], alt_s=["Mozambique"], alt_o=["Zimbabwe"])
T("Mozambique", "party_to", "Beira Corridor Protocol", A,
  {"05": "the Beira Corridor Protocol, Mozambique will dredge"}, time="2025-10-20",
  note="signed on Monday (first sentence); the dredging is the plan")
T("Zimbabwe", "party_to", "Beira Corridor Protocol", A,
  {"05": "Zimbabwe will upgrade the road and rail links"}, time="2025-10-20")
T("Beira", "located_in", "Mozambique", A,
  {"05": "Beira, a port city in central Mozambique"})
T("Mozambique", "borders", "Zimbabwe", A,
  {"05": "The two countries share a border of more than 1,200 kilometres"})
T("Mozambique", "trades_with", "Zimbabwe", A,
  {"05": "trade about $1.1 billion in goods a year"})
T("Zimbabwe", "imports_from", "Mozambique", A,
  {"05": "Zimbabwe already imports about 100 megawatts from Mozambique"}, commodity="electricity")
T("Zimbabwe", "imports_from", "Mozambique", P,
  {"05": "will supply a further 150 megawatts from January"}, time="2026-01", req=False,
  commodity="electricity", note="HCB, Mozambique's state operator, is the supplier")
T("Cahora Bassa Dam", "located_in", "Tete province", A,
  {"05": "the Cahora Bassa dam in Tete province"})
T("Cahora Bassa Dam", "located_in", "Mozambique", A,
  {"05": "from Mozambique, most of it generated at the Cahora Bassa dam"}, req=False)
T("Tafadzwa Chinamo", "works_for", "Zimbabwe", A,
  {"05": "Zimbabwe's Energy Minister Tafadzwa Chinamo"}, role="Energy Minister")
T("Daniel Chapo", "member_of", "Frelimo", A,
  {"05": "Chapo, of the Frelimo party"})
T("Mozambique", "gained_independence_from", "Portugal", A,
  {"05": "since independence from Portugal in 1975"}, time="1975")
T("Rwanda", "supported", "Mozambique", R,
  {"05": "backed by troops from Rwanda"},
  note="also asserted: 'has about 4,000 soldiers and police in the province'")
T("Mozambique", "in_conflict_with", "Islamic State Mozambique", R,
  {"05": "had pushed Islamic State-linked insurgents out of several villages",
   "08": "where his forces have fought the militants since 2017"},
  alt_s=["Daniel Chapo"], note="08 dates it from 2017; 05 gives no start")
T("Islamic State Mozambique", "attacked", "Macomia", A,
  {"05": "The militants nonetheless attacked the district of Macomia last week"}, time="2025-10")
T("Islamic State Mozambique", "killed", "Momade Assane", R,
  {"05": "local officials said they beheaded a village chief, Momade Assane"}, time="2025-10")
T("Islamic State Mozambique", "took_control_of", "Mocimboa da Praia", A,
  {"05": "The insurgents seized the port town of Mocimboa da Praia in August 2020"},
  time="2020-08")
T("Rwanda", "took_control_of", "Mocimboa da Praia", A,
  {"05": "until Rwandan and Mozambican troops retook it in August 2021"}, time="2021-08")
T("Mozambique", "took_control_of", "Mocimboa da Praia", A,
  {"05": "until Rwandan and Mozambican troops retook it in August 2021"}, time="2021-08")
T("Zimbabwe", "supported", "Mozambique", N,
  {"05": "would not do so outside a Southern African Development Community mission"},
  alt_s=["Emmerson Mnangagwa"], note="will not send troops to Cabo Delgado")
T("Mozambique", "member_of", "Southern African Development Community", A,
  {"05": "Both countries belong to the bloc",
   "08": "counts both countries as members"})
T("Zimbabwe", "member_of", "Southern African Development Community", A,
  {"05": "Both countries belong to the bloc"})
T("Southern African Development Community", "based_in", "Gaborone", A,
  {"05": "which is headquartered in Gaborone",
   "06": "where the bloc is based",
   "08": "which is headquartered in Gaborone"})
T("Emmerson Mnangagwa", "member_of", "ZANU-PF", A,
  {"05": "his ruling ZANU-PF party"}, alt_p=["head_of"])
T("Constantino Chiwenga", "works_for", "Zimbabwe", A,
  {"05": "Vice President Constantino Chiwenga"}, alt_o=["Emmerson Mnangagwa"],
  role="Vice President")
T("United States", "sanctioned", "Emmerson Mnangagwa", A,
  {"05": "placed Mnangagwa under Global Magnitsky sanctions"}, time="2024-03")
T("United States", "sanctioned", "Zimbabwe", N,
  {"05": "The United States lifted its Zimbabwe sanctions programme in March 2024"},
  req=False, note="the country programme was lifted; a positive reading is a polarity error")
T("Farai Chikowore", "lives_in", "Harare", A,
  {"05": "a Harare-based economist"})
T("Farai Chikowore", "works_for", "Zimbabwe Economic Policy Analysis and Research Unit", A,
  {"05": "economist at the Zimbabwe Economic Policy Analysis and Research Unit"}, role="economist")
T("Islamic State Mozambique", "attacked", "Palma", A,
  {"05": "after insurgents attacked the town in March 2021"}, time="2021-03")

# ----- 06 Botswana and De Beers; SADC ministers (newspaper, 2025-12-04) -----
T("Botswana", "negotiating_with", "Anglo American", R,
  {"06": "his government was negotiating with Anglo American"}, alt_s=["Duma Boko"])
T("Anglo American", "based_in", "London", A,
  {"06": "the London-based miner"})
T("Gaborone", "capital_of", "Botswana", A, {"06": "Gaborone, the capital"})
T("Gaborone", "located_in", "Botswana", A, {"06": "Gaborone, the capital"}, req=False,
  note="entailed by capital_of")
T("Duma Boko", "met_with", "Duncan Wanblad", A,
  {"06": "after meeting Anglo American chief executive Duncan Wanblad"}, time="2025-12",
  alt_o=["Anglo American"])
T("Duncan Wanblad", "head_of", "Anglo American", A,
  {"06": "Anglo American chief executive Duncan Wanblad"}, role="chief executive")
T("Endiama", "based_in", "Angola", A,
  {"06": "Angola's state diamond company Endiama"})
T("Botswana", "contacted", "Alrosa", N,
  {"06": "Boko denied a newspaper report that Botswana had approached Alrosa"})
T("Alrosa", "based_in", "Russia", A,
  {"06": "Alrosa, the Russian diamond miner"})
T("United States", "sanctioned", "Alrosa", A,
  {"06": "The United States and the European Union have sanctioned Alrosa"})
T("European Union", "sanctioned", "Alrosa", A,
  {"06": "The United States and the European Union have sanctioned Alrosa"})
T("Russia", "attacked", "Ukraine", A,
  {"06": "Russia's full-scale invasion of Ukraine in 2022"}, time="2022")
T("Russia", "in_conflict_with", "Ukraine", A,
  {"06": "Russia's full-scale invasion of Ukraine in 2022"}, req=False)
T("Botswana", "trades_with", "Alrosa", N,
  {"06": "Botswana has never sold rough diamonds to the company"}, note="the president's account")
T("United States", "sanctioned", "Botswana", A,
  {"06": "Washington added to the pain by imposing a 15% tariff on Botswana's exports in August"},
  time="2025-08")
T("Duma Boko", "member_of", "Umbrella for Democratic Change", A,
  {"06": "whose Umbrella for Democratic Change"}, alt_p=["head_of"])
T("Hakainde Hichilema", "visited", "Gaborone", A,
  {"06": "Zambian President Hakainde Hichilema visited Gaborone in November"}, time="2025-11")
T("Zambia", "signed_agreement_with", "Botswana", P,
  {"06": "the two leaders agreed to build a power line"}, time="2025-11",
  alt_s=["Hakainde Hichilema"], alt_o=["Duma Boko"],
  note="'agreed to' + future work: planned by SCHEMA's cue list")
T("Hakainde Hichilema", "met_with", "Duma Boko", A,
  {"06": "the two leaders agreed to build a power line"}, time="2025-11", req=False,
  note="implied by the visit and the joint agreement")
T("Botswana", "imports_from", "South Africa", A,
  {"06": "Botswana imports much of its electricity and most of its food from South Africa"},
  commodity="electricity, food")
for _b in ("South Africa", "Namibia", "Zimbabwe"):
    T("Botswana", "borders", _b, A, {"06": "Botswana borders South Africa, Namibia and Zimbabwe"})
T("Botswana", "borders", "Zambia", A, {"06": "meets Zambia at a single point at Kazungula"})
T("Michael Randrianirina", "head_of", "Madagascar", A,
  {"06": "Randrianirina was later sworn in as president"}, role="President",
  note="took power in October; Rajoelina is the ousted president (no head_of)")
T("Elias Magosi", "head_of", "Southern African Development Community", A,
  {"06": "its executive secretary Elias Magosi",
   "08": "SADC Executive Secretary Elias Magosi"}, alt_p=["works_for"],
  role="Executive Secretary")
T("Amon Murwira", "works_for", "Zimbabwe", A,
  {"06": "Zimbabwe's Foreign Minister Amon Murwira"}, role="Foreign Minister")
T("Amon Murwira", "visited", "Gaborone", A,
  {"06": "Amon Murwira told reporters in Gaborone"})
T("Tebogo Ramokgadi", "lives_in", "Johannesburg", A,
  {"06": "who lives in Johannesburg"}, note="'Botswana-born' is not citizenship")

# ----- 07 Solomon Islands and the Chinese police team (HTML, 2025-12-09) -----
T("Australia", "supported", "Royal Solomon Islands Police Force", P,
  {"07": "Australia prepares to double its funding for the country\u2019s police force"},
  alt_o=["Solomon Islands"], note="also 'will pay for a police academy'")
T("China Police Liaison Team", "based_in", "Honiara", A,
  {"07": "which has been based in Honiara since 2022"}, time="2022")
T("Jeremiah Manele", "criticized", "Matthew Wale", A,
  {"07": "rejecting a call by opposition leader Matthew Wale"}, req=False)
T("Matthew Wale", "criticized", "Solomon Islands", A,
  {"07": "Wale accused the government"}, alt_o=["Jeremiah Manele"])
T("Honiara", "capital_of", "Solomon Islands", A, {"07": "in Honiara, the capital"})
T("Honiara", "located_in", "Guadalcanal", A, {"07": "which lies on the island of Guadalcanal"})
T("Honiara", "located_in", "Solomon Islands", A, {"07": "in Honiara, the capital"}, req=False,
  note="entailed by capital_of")
T("Solomon Islands", "recognizes", "China", A,
  {"07": "Solomon Islands switched diplomatic recognition from Taiwan to Beijing in 2019"},
  time="2019", alt_o=["Beijing"])
T("Solomon Islands", "recognizes", "Taiwan", N,
  {"07": "Solomon Islands switched diplomatic recognition from Taiwan to Beijing in 2019"},
  req=False, note="switched away from Taiwan")
T("Solomon Islands", "signed_agreement_with", "China", A,
  {"07": "signed a security agreement with China in 2022"}, time="2022")
T("Solomon Islands", "party_to", "China-Solomon Islands security agreement", A,
  {"07": "signed a security agreement with China in 2022"}, time="2022")
T("China", "party_to", "China-Solomon Islands security agreement", A,
  {"07": "signed a security agreement with China in 2022"}, time="2022")
T("Solomon Islands", "diplomatic_relations_with", "Taiwan", N,
  {"07": "The country has had no diplomatic relations with Taiwan since the switch"})
T("Solomon Islands", "diplomatic_relations_with", "China", A,
  {"07": "switched diplomatic recognition from Taiwan to Beijing in 2019"}, time="2019",
  req=False, alt_o=["Beijing"], note="entailed by the switch of recognition")
T("Australia", "supported", "Solomon Islands", A,
  {"07": "Australia, Solomon Islands\u2019 largest donor"})
T("Australia", "supported", "Royal Solomon Islands Police Force", A,
  {"07": "has funded the Royal Solomon Islands Police Force since 2017"}, time="2017")
T("Australia", "signed_agreement_with", "Solomon Islands", A,
  {"07": "Australia and Solomon Islands signed a bilateral security treaty in 2017"}, time="2017")
T("Australia", "party_to", "Australia-Solomon Islands Bilateral Security Treaty", A,
  {"07": "Australia and Solomon Islands signed a bilateral security treaty in 2017"}, time="2017")
T("Solomon Islands", "party_to", "Australia-Solomon Islands Bilateral Security Treaty", A,
  {"07": "Australia and Solomon Islands signed a bilateral security treaty in 2017"}, time="2017")
T("Pat Conroy", "visited", "Honiara", A,
  {"07": "Conroy, who was in Honiara last week"}, time="2025-12")
T("Pat Conroy", "met_with", "Jeremiah Manele", A,
  {"07": "met Manele and opposition figures"}, time="2025-12")
T("Australia", "threatened", "Solomon Islands", N,
  {"07": "He denied that Canberra had threatened to cut aid"},
  alt_s=["Canberra", "Pat Conroy"])
T("Anthony Albanese", "contacted", "Jeremiah Manele", R,
  {"07": "Albanese telephoned Manele on Friday"}, time="2025-12-05")
T("Jeremiah Manele", "head_of", "Pacific Islands Forum", A,
  {"07": "Manele, who chairs the Pacific Islands Forum"}, role="chair")
T("Ellison Tofuakalo", "citizen_of", "Solomon Islands", A,
  {"07": "a Solomon Islander political scientist"})
T("Ellison Tofuakalo", "works_for", "Solomon Islands National University", A,
  {"07": "political scientist at the Solomon Islands National University"},
  role="political scientist")
T("La'auli Leuatea Schmidt", "head_of", "Samoa", A,
  {"07": "Samoa\u2019s new prime minister, La\u2019auli Leuatea Schmidt"}, role="Prime Minister")
T("La'auli Leuatea Schmidt", "member_of", "FAST", A,
  {"07": "whose FAST party won a snap election in August"}, alt_p=["head_of"])
T("La'auli Leuatea Schmidt", "visited", "Beijing", H,
  {"07": "is expected to visit Beijing early next year"}, time="2026")

# ----- 08 Mutharika in Maputo (HTML, 2025-12-15) -----
T("Peter Mutharika", "head_of", "Malawi", A,
  {"08": "Malawian President Peter Mutharika"}, role="President")
T("Peter Mutharika", "visited", "Maputo", A,
  {"08": "flew to Maputo on Monday"}, time="2025-12-15", alt_o=["Mozambique"])
T("Lilongwe", "capital_of", "Malawi", A, {"08": "Lilongwe, the capital"})
T("Lilongwe", "located_in", "Malawi", A, {"08": "Lilongwe, the capital"}, req=False,
  note="entailed by capital_of")
T("Peter Mutharika", "met_with", "Daniel Chapo", R,
  {"08": "The two leaders met at the Ponta Vermelha palace in the afternoon"},
  time="2025-12-15", alt_s=["Malawi"], alt_o=["Mozambique"], note="per Mozambican state radio")
T("Peter Mutharika", "negotiating_with", "Daniel Chapo", R,
  {"08": "Officials said they discussed a plan"}, time="2025-12-15",
  alt_s=["Malawi"], alt_o=["Mozambique"], note="also 'for talks with Mozambique's President'")
T("Nacala", "located_in", "Mozambique", A,
  {"08": "the Mozambican port of Nacala"})
T("Peter Mutharika", "member_of", "Democratic Progressive Party", A,
  {"08": "His Democratic Progressive Party"}, alt_p=["head_of"])
T("Jane Ansah", "works_for", "Malawi", A,
  {"08": "Jane Ansah as his vice president in October"}, time="2025-10",
  alt_o=["Peter Mutharika"], role="Vice President",
  note="'former Malawi Electoral Commission chair': no works_for the commission")
for _b in ("Mozambique", "Zambia", "Tanzania"):
    T("Malawi", "borders", _b, A, {"08": "borders Mozambique, Zambia and Tanzania"})
T("Malawi", "imports_from", "Mozambique", A,
  {"08": "It has bought electricity from Mozambique"}, time="2025", commodity="electricity",
  note="'It' is Malawi (previous sentence); the line was switched on this year")
T("Cabo Delgado", "located_in", "Mozambique", A,
  {"08": "Mozambique\u2019s northern Cabo Delgado province"})
T("Malawi", "member_of", "Southern African Development Community", A,
  {"08": "counts both countries as members"})
T("Peter Mutharika", "visited", "Lusaka", P,
  {"08": "Mutharika is due to visit Lusaka in January"}, time="2026-01")
T("Peter Mutharika", "met_with", "Hakainde Hichilema", P,
  {"08": "to discuss diesel supplies with Zambian President Hakainde Hichilema"},
  time="2026-01", alt_p=["negotiating_with"])
T("Malawi", "imports_from", "Zambia", H,
  {"08": "Zambia may sell Malawi diesel"}, commodity="diesel")
T("Malawi", "signed_agreement_with", "Zambia", N,
  {"08": "no contract has been signed"})
T("International Monetary Fund", "negotiating_with", "Malawi", N,
  {"08": "has not resumed talks with the new government"})
T("Joseph Mwanamvekha", "works_for", "Malawi", A,
  {"08": "Finance Minister Joseph Mwanamvekha"}, role="Finance Minister")
T("Malawi Police Service", "killed", "Chifundo Banda", N,
  {"08": "police denied that officers killed Chifundo Banda"}, time="2025-12-09")
T("Malawi", "diplomatic_relations_with", "China", A,
  {"08": "Malawi established diplomatic relations with China in 2008"}, time="2008")
T("China", "supported", "Malawi", A,
  {"08": "Beijing paid for the parliament building in Lilongwe"}, alt_s=["Beijing"])
T("Grace Kumwenda", "works_for", "University of Malawi", A,
  {"08": "a political scientist at the University of Malawi"}, role="political scientist")
T("University of Malawi", "based_in", "Zomba", A,
  {"08": "the University of Malawi in Zomba"})


# ---------------------------------------------------------------------------
# Checking and building
# ---------------------------------------------------------------------------

def norm(s):
    """The scorer's name normalisation (shared/tools/kgscore)."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def parse_schema(path):
    """Return ({predicate: (subject_types or None, object_types or None)}, symmetric set)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    preds, symmetric = {}, set()
    section = text.split("## Predicates", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.fullmatch(r"[a-z_]+", cells[0]):
            continue
        if cells[0] in ("predicate",):
            continue
        sig = cells[1]
        sym = "\u2194" in sig
        parts = re.split(r"[\u2192\u2194]", sig)
        left = [t.strip() for t in parts[0].split(",") if t.strip()]
        right = [t.strip() for t in parts[1].split(",") if t.strip()] if len(parts) > 1 else []
        if right == ["same"]:
            right = left
        preds[cells[0]] = (left or None, right or None)
        if sym:
            symmetric.add(cells[0])
    m = re.search(r"Symmetric:([^\n]+(?:\n[^\n]+)*?)\.\s*\n", text)
    if m:
        symmetric |= {w.strip() for w in m.group(1).replace("\n", " ").split(",") if w.strip()}
    return preds, symmetric


def load_docs():
    docs = {}
    for key, fname in DOCS.items():
        d = textutil.load(os.path.join(ROOT, "corpus", fname))
        d["sentences"] = list(textutil.sentences(d["body"]))
        docs[key] = d
    return docs


def check(entities, rows, docs, schema, quotas=True):
    """Return (errors, info). info holds per-row evidence locations."""
    preds, symmetric = schema
    errs = []
    by_name, alias = {}, {}
    for e in entities:
        if e["type"] not in ENTITY_TYPES:
            errs.append(f"entity {e['name']!r}: unknown type {e['type']!r}")
        if e["name"] in by_name:
            errs.append(f"entity {e['name']!r} listed twice")
        by_name[e["name"]] = e
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias and alias[k] != e["name"]:
                errs.append(f"alias {a!r} of {e['name']!r} already names {alias[k]!r}")
            alias.setdefault(k, e["name"])

    def canon(n):
        return alias.get(norm(n), n)

    units, info = {}, []
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        loc = {}
        info.append(loc)
        if r["p"] not in preds:
            errs.append(f"{tag}: predicate not in SCHEMA.md")
            continue
        if r["modality"] not in MODALITIES:
            errs.append(f"{tag}: bad modality")
            continue
        for side, name in (("s", r["s"]), ("o", r["o"])):
            if name not in by_name:
                errs.append(f"{tag}: {side} {name!r} is not an entity name")
        for side in ("alt_s", "alt_o"):
            for name in r[side]:
                if norm(name) not in alias:
                    errs.append(f"{tag}: {side} {name!r} is not an entity name or alias")
        for p in r["alt_p"]:
            if p not in preds:
                errs.append(f"{tag}: alt_p {p!r} not in SCHEMA.md")
        if r["s"] in by_name and r["o"] in by_name:
            st, ot = by_name[r["s"]]["type"], by_name[r["o"]]["type"]
            allow_s, allow_o = preds[r["p"]]
            if r["p"] in symmetric and allow_s and allow_o:
                ok = (st in allow_s and ot in allow_o) or (ot in allow_s and st in allow_o)
            else:
                ok = (not allow_s or st in allow_s) and (not allow_o or ot in allow_o)
            if not ok:
                errs.append(f"{tag}: types {st} -> {ot} not allowed ({allow_s} -> {allow_o})")
        if r["time"] is not None and not TIME_RE.match(r["time"]):
            errs.append(f"{tag}: bad time {r['time']!r}")
        if not isinstance(r["required"], bool):
            errs.append(f"{tag}: required must be a bool")
        if not r["ev"]:
            errs.append(f"{tag}: no evidence")
        pol = POLARITY.get(r["modality"])
        for key, ev in r["ev"].items():
            phrase, mod = ev if isinstance(ev, tuple) else (ev, r["modality"])
            if key not in docs:
                errs.append(f"{tag}: unknown document {key!r}")
                continue
            if POLARITY.get(mod) != pol:
                errs.append(f"{tag}: doc {key} modality {mod} changes the polarity")
            body = docs[key]["body"]
            n = body.count(phrase)
            if n != 1:
                errs.append(f"{tag}: evidence {phrase!r} occurs {n} times in {key}")
                continue
            at = body.index(phrase)
            sent = [s for s in docs[key]["sentences"] if s[0] <= at and at + len(phrase) <= s[1]]
            if not sent:
                errs.append(f"{tag}: evidence {phrase!r} crosses a sentence boundary in {key}")
                continue
            loc[key] = (phrase, mod, sent[0])
        s, o = canon(r["s"]), canon(r["o"])
        if r["p"] in symmetric and s > o:
            s, o = o, s
        u = (s, r["p"], o, pol)
        if u in units:
            errs.append(f"{tag}: same scored unit as row {units[u]}; merge the documents")
        units[u] = i
    if quotas:
        n = len(rows)
        lo, hi = QUOTA["rows"]
        if not lo <= n <= hi:
            errs.append(f"{n} rows; the brief wants {lo}-{hi}")
        neg = sum(r["modality"] == "negated" for r in rows)
        lo, hi = QUOTA["negated"]
        if not lo <= neg <= hi:
            errs.append(f"{neg} negated rows; the brief wants about {lo}-{hi}")
        unused = set(preds) - {r["p"] for r in rows}
        if unused:
            errs.append(f"predicates never used: {sorted(unused)}")
        mods = set(MODALITIES) - {r["modality"] for r in rows}
        if mods:
            errs.append(f"modalities never used: {sorted(mods)}")
    return errs, info


def build(entities, rows, docs, info):
    """Return the three files' lines: (entities, triples, statements)."""
    etype = {e["name"]: e["type"] for e in entities}
    ent_lines = [json.dumps({"name": e["name"], "type": e["type"], "aliases": e["aliases"]},
                            ensure_ascii=False) for e in entities]
    tri_lines, st_lines = [], []
    for r, loc in zip(rows, info):
        keys = sorted(loc)
        out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[k] for k in keys],
               "modality": r["modality"]}
        if r["time"]:
            out["time"] = r["time"]
        out["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                out[k] = r[k]
        quotes = "; ".join(f"{k}: '{loc[k][0]}'" for k in keys)
        extra = []
        if r["role"]:
            extra.append(f"role: {r['role']}")
        if r["commodity"]:
            extra.append(f"commodity: {r['commodity']}")
        if r["note"]:
            extra.append(r["note"])
        out["note"] = quotes + ("" if not extra else " | " + "; ".join(extra))
        tri_lines.append(json.dumps(out, ensure_ascii=False))
        for k in keys:
            phrase, mod, (st, en, sent) = loc[k]
            d = docs[k]
            stmt = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                    "object": r["o"], "object_type": etype[r["o"]], "modality": mod,
                    "time": r["time"] or "", "role": r["role"] or "", "confidence": 1.0,
                    "source": "corpus/" + DOCS[k], "title": d["title"],
                    "published": d["published"], "sentence": sent, "start": st, "end": en,
                    "rule": "gold"}
            if r["commodity"]:
                stmt["commodity"] = r["commodity"]
            st_lines.append(json.dumps(stmt, ensure_ascii=False))
    return ent_lines, tri_lines, st_lines


OUTPUTS = ("entities.jsonl", "triples.jsonl", "selfcheck_statements.jsonl")


def counts(rows):
    from collections import Counter
    by_p = Counter(r["p"] for r in rows)
    by_m = Counter(r["modality"] for r in rows)
    by_pm = Counter((r["p"], r["modality"]) for r in rows)
    return by_p, by_m, by_pm


def run(write=True):
    schema = parse_schema(SCHEMA_MD)
    docs = load_docs()
    errs, info = check(ENTITIES, ROWS, docs, schema)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"{len(errs)} error(s); nothing written")
    files = build(ENTITIES, ROWS, docs, info)
    if write:
        for name, lines in zip(OUTPUTS, files):
            with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    by_p, by_m, _ = counts(ROWS)
    print(f"entities={len(ENTITIES)} rows={len(ROWS)} required={sum(r['required'] for r in ROWS)} "
          f"statements={len(files[2])} " + " ".join(f"{m}={by_m[m]}" for m in MODALITIES))
    return files


# ---------------------------------------------------------------------------
# Self-test
# ---------------------------------------------------------------------------

def self_test():
    fails = []

    def expect(cond, what):
        if not cond:
            fails.append(what)

    # sentence splitting
    s = [x[2] for x in textutil.sentences(
        'He met Albanese on Oct. 6. "We agreed," he said. Then U.S. officials left.\nNew line')]
    expect(s == ["He met Albanese on Oct. 6.", '"We agreed," he said.',
                 "Then U.S. officials left.", "New line"], f"splitter: {s}")
    s = [x[2] for x in textutil.sentences("It cost $1.1 billion. J. Smith said so.")]
    expect(s == ["It cost $1.1 billion.", "J. Smith said so."], f"splitter numbers/initials: {s}")
    body = "Ab. Cd.\n\nEf \u201cgh.\u201d Ij."
    for st, en, sent in textutil.sentences(body):
        expect(body[st:en] == sent, f"offsets {st},{en} {sent!r}")

    # loading: styles, dates, page furniture excluded
    docs = load_docs()
    expect(docs["01"]["published"] == "2025-10-14", "wire date 01")
    expect(docs["03"]["published"] == "2025-11-23", "wire date 03")
    expect(docs["05"]["published"] == "2025-10-21", "newspaper date 05")
    expect(docs["07"]["published"] == "2025-12-09", "html date 07")
    expect(docs["05"]["body"].startswith("Mozambican President"), "newspaper body start")
    expect(docs["01"]["body"].startswith("PORT MORESBY, Oct 14"), "wire body keeps dateline")
    for key, furniture in (("07", "Penny Wong"), ("07", "Fakafanua"), ("07", "News Association"),
                           ("07", "cookie"), ("08", "blockaded"), ("08", "Lusaka in November"),
                           ("08", "Media Council"), ("08", "Lungu")):
        expect(furniture not in docs[key]["body"], f"furniture {furniture!r} leaked into {key}")
    expect("&rsquo;" not in docs["07"]["body"] and "\u2019" in docs["07"]["body"],
           "entities decoded in 07")
    expect("\u00a0" not in docs["07"]["body"], "nbsp normalised in 07")
    for key, d in docs.items():
        n = len(d["body"].split())
        expect(450 <= n <= 600, f"{key}: {n} words")

    # schema parsing
    preds, symmetric = parse_schema(SCHEMA_MD)
    expect(len(preds) == 34, f"{len(preds)} predicates parsed")
    expect(symmetric >= {"met_with", "borders", "trades_with", "signed_agreement_with"},
           f"symmetric: {sorted(symmetric)}")
    expect(preds["capital_of"] == (["City"], ["Country", "Region"]), "capital_of types")
    expect(preds["contacted"] == (None, None), "contacted is untyped")

    # the checker rejects bad rows
    ents = [{"name": "Fiji", "type": "Country", "aliases": []},
            {"name": "Suva", "type": "City", "aliases": []},
            {"name": "Rabuka", "type": "Person", "aliases": ["Fiji"]}]

    def row(**kw):
        r = {"s": "Suva", "p": "capital_of", "o": "Fiji", "modality": "asserted",
             "ev": {"04": "Suva, Fiji's capital"}, "time": None, "required": True,
             "alt_s": [], "alt_p": [], "alt_o": [], "role": None, "commodity": None,
             "note": None}
        r.update(kw)
        return r

    cases = {
        "ok": ([row()], 0),
        "alias collision": ([row()], 1),
        "bad predicate": ([row(p="capital_in")], 1),
        "bad type": ([row(s="Fiji", o="Suva")], 1),
        "unknown entity": ([row(o="Fidji")], 1),
        "missing evidence": ([row(ev={"04": "Suva is lovely"})], 1),
        "wrong document": ([row(ev={"05": "Suva, Fiji's capital"})], 1),
        "bad time": ([row(time="Nov 2025")], 1),
        "duplicate unit": ([row(), row(modality="reported")], 1),
        "polarity clash": ([row(ev={"04": ("Suva, Fiji's capital", "negated")})], 1),
        "cross-sentence": ([row(ev={"04": "tariff. We can"})], 1),
    }
    for name, (rows, want) in cases.items():
        e = ents if name == "alias collision" else ents[:2]
        errs, _ = check(e, rows, docs, (preds, symmetric), quotas=False)
        expect((len(errs) > 0) == (want > 0), f"checker case {name!r}: {errs}")

    # the real set: checks pass and the files on disk are current
    errs, info = check(ENTITIES, ROWS, docs, (preds, symmetric))
    expect(not errs, f"set errors: {errs[:5]}")
    if not errs:
        files = build(ENTITIES, ROWS, docs, info)
        for name, lines in zip(OUTPUTS, files):
            p = os.path.join(ROOT, name)
            cur = open(p, encoding="utf-8").read() if os.path.exists(p) else None
            expect(cur == "\n".join(lines) + "\n", f"{name} is missing or out of date: rebuild")
        # every statement's sentence is the text at its offsets
        for line in files[2]:
            st = json.loads(line)
            key = [k for k, v in DOCS.items() if "corpus/" + v == st["source"]][0]
            expect(docs[key]["body"][st["start"]:st["end"]] == st["sentence"],
                   f"offsets of {st['subject']} {st['predicate']} {st['object']}")

    # kgscore on the files on disk, whole and per document
    if os.path.exists(KGSCORE) and not fails:
        for extra in ([], ["--per-doc"]):
            out = subprocess.run([sys.executable, "-B", KGSCORE, ROOT,
                                  os.path.join(ROOT, "selfcheck_statements.jsonl"), "--json"]
                                 + extra, capture_output=True, text=True)
            try:
                res = json.loads(out.stdout)
            except json.JSONDecodeError:
                fails.append(f"kgscore {extra}: {out.stdout} {out.stderr}")
                continue
            for k in ("precision", "recall", "f1", "time_accuracy",
                      "provenance_precision", "provenance_recall"):
                expect(res[k] == 1.0, f"kgscore {extra} {k}={res[k]}")
            expect(res["polarity_errors"] == 0, f"kgscore {extra} polarity_errors")
            print("kgscore", " ".join(extra) or "(whole)", json.dumps(res))
    elif not os.path.exists(KGSCORE):
        print("kgscore not found; skipped", file=sys.stderr)

    if fails:
        for f in fails:
            print("FAIL:", f, file=sys.stderr)
        sys.exit(f"self-test: {len(fails)} failure(s)")
    print("self-test: ok")


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        self_test()
    elif "--check" in sys.argv:
        run(write=False)
    else:
        run(write=True)
