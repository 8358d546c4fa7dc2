#!/usr/bin/env python3
"""Build the zzk gold set: entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl, from the rows written out by hand below.

Every row names its evidence phrase per document, and where it has one the
time that document gives it. The script fails loudly (exit 1, a list of
problems) on an unknown entity, type, predicate or modality, a type that
does not fit the predicate, a phrase that does not lie inside one sentence
of the cleaned body, a bad or unsupported time, a duplicate row, an
alternative reading that collides with another row, or an article that
breaks the style rules of the task.

Standard library only.  Run:  python3 tools/build_gold.py
"""
import datetime as dt
import json
import os
import re
import sys
from html import unescape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = None
# predicate -> (subject types, object types); None = any type (SCHEMA.md)
SIGNATURE = {
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
# relations that hold as a state: they carry no time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "diplomatic_relations_with", "allied_with"}
# why a row is not required
KINDS = {
    "entailment": "follows from another stated fact (a capital is located in its country; restoring relations means having them)",
    "reference": "rests on a pronoun or a definite description ('the port', 'the Iranian capital', 'the new force')",
    "group": "rests on a group reference ('both neighbours', 'the juntas', pairwise readings of a three-party signing)",
    "former": "a former post ('ousting President ...')",
    "first-person": "stated only in a first-person quote",
    "demonym": "rests only on a demonym ('Afghan widow', 'Russian state nuclear company', 'the Algerian army')",
    "loose": "a loose reading (an implied object or country, a name-based seat, 'based in' for a person, a conditional threat)",
}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # --- people, topic 1
    ("Ishaq Dar", P, ["Dar"]),
    ("Amir Khan Muttaqi", P, ["Muttaqi"]),
    ("Abbas Araghchi", P, ["Araghchi"]),
    ("Zabihullah Mujahid", P, []),
    ("Shehbaz Sharif", P, ["Sharif", "Prime Minister Shehbaz Sharif"]),
    ("Masoud Pezeshkian", P, ["President Masoud Pezeshkian"]),
    ("Gul Rehman Afridi", P, []),
    ("Mohsin Naqvi", P, ["Naqvi", "Interior Minister Mohsin Naqvi"]),
    ("Bibi Gul", P, []),
    ("Samiullah", P, []),
    ("Ahmad Shah Sultani", P, []),
    ("Mohammad Anwar Saqib", P, []),
    ("Esmaeil Baghaei", P, []),
    ("Hannah Lindqvist", P, []),
    ("Nooruddin Azizi", P, []),
    ("Abdul Ghani Baradar", P, []),
    ("Haji Mohammad Daud", P, []),
    ("Khawaja Asif", P, ["Defence Minister Khawaja Asif"]),
    ("Qari Zahid Mehsud", P, []),
    ("Wang Yi", P, ["Foreign Minister Wang Yi"]),
    ("Sana Gulzar", P, []),
    ("Hibatullah Akhundzada", P, []),
    # --- people, topic 2
    ("Alexei Likhachev", P, []),
    ("Abdourahamane Tiani", P, ["Tiani", "General Abdourahamane Tiani"]),
    ("Mohamed Bazoum", P, ["President Mohamed Bazoum"]),
    ("Amadou Seydou Karimou", P, ["Colonel Amadou Seydou Karimou"]),
    ("Hamadou Issoufou Garba", P, []),
    ("Assimi Goita", P, ["Goita", "General Assimi Goita", "President Assimi Goita"]),
    ("Ibrahim Traoré", P, ["Traoré", "Traore", "Ibrahim Traore", "Captain Ibrahim Traoré", "President Ibrahim Traore"]),
    ("Rimtalba Jean Emmanuel Ouedraogo", P, ["Prime Minister Rimtalba Jean Emmanuel Ouedraogo"]),
    ("Omar Alieu Touray", P, []),
    ("Julius Maada Bio", P, ["Maada Bio"]),
    ("John Mahama", P, ["President John Mahama"]),
    ("Robert Dussey", P, ["Foreign Minister Robert Dussey"]),
    ("Ibrahima Sall", P, []),
    ("Souleymane Keita", P, []),
    ("Fatoumata Sangare", P, []),
    ("Vladimir Putin", P, ["Putin", "President Vladimir Putin"]),
    ("Abdoulaye Diop", P, ["Foreign Minister Abdoulaye Diop"]),
    ("Paul-Henri Sandaogo Damiba", P, ["Lieutenant Colonel Paul-Henri Sandaogo Damiba"]),
    ("Roch Marc Christian Kaboré", P, ["President Roch Marc Christian Kaboré"]),
    # --- countries
    ("Pakistan", C, []),
    ("Afghanistan", C, ["Taliban administration", "Taliban government", "Islamic Emirate",
                        "Afghanistan's Taliban administration"]),
    ("Iran", C, []),
    ("Russia", C, ["Kremlin"]),
    ("Qatar", C, []),
    ("Turkey", C, []),
    ("China", C, []),
    ("India", C, []),
    ("United States", C, ["U.S."]),
    ("Uzbekistan", C, []),
    ("Israel", C, []),
    ("United Kingdom", C, ["Britain"]),
    ("Niger", C, []),
    ("Mali", C, []),
    ("Burkina Faso", C, ["Upper Volta"]),
    ("France", C, []),
    ("Benin", C, []),
    ("Togo", C, []),
    ("Chad", C, []),
    ("Sierra Leone", C, []),
    ("Ghana", C, []),
    ("Ivory Coast", C, []),
    ("Algeria", C, []),
    ("Senegal", C, []),
    ("Ukraine", C, []),
    ("Switzerland", C, []),
    ("United Arab Emirates", C, []),
    # --- cities
    ("Islamabad", CI, []),
    ("Kabul", CI, []),
    ("Tehran", CI, []),
    ("Peshawar", CI, []),
    ("Kandahar", CI, []),
    ("Karachi", CI, []),
    ("Chabahar", CI, []),
    ("Washington", CI, []),
    ("Geneva", CI, []),
    ("Moscow", CI, []),
    ("Niamey", CI, []),
    ("Bamako", CI, []),
    ("Ouagadougou", CI, []),
    ("Arlit", CI, []),
    ("Cotonou", CI, []),
    ("Toronto", CI, []),
    ("Djibo", CI, []),
    ("Kidal", CI, []),
    ("Dakar", CI, []),
    ("Abuja", CI, []),
    ("Abidjan", CI, []),
    ("Algiers", CI, []),
    # --- regions
    ("Khyber Pakhtunkhwa", R, ["Khyber Pakhtunkhwa province"]),
    ("Balochistan", R, ["Balochistan province"]),
    ("Herat province", R, []),
    ("Sistan and Baluchestan", R, ["Sistan and Baluchestan province"]),
    ("Kurram district", R, ["Kurram"]),
    ("Paktia province", R, ["Paktia"]),
    ("Agadez region", R, ["Agadez"]),
    ("Kayes region", R, ["Kayes"]),
    ("Azawad", R, []),
    # --- facilities
    ("Torkham crossing", F, ["Torkham", "Torkham border crossing"]),
    ("Chaman crossing", F, []),
    ("Islam Qala", F, []),
    ("Taftan crossing", F, []),
    ("Somair mine", F, ["Somair"]),
    ("Imouraren deposit", F, ["Imouraren"]),
    ("Loulo-Gounkoto", F, ["Loulo-Gounkoto gold complex"]),
    ("Boungou mine", F, ["Boungou"]),
    ("Wahgnion mine", F, ["Wahgnion"]),
    # --- organizations
    ("Taliban", O, ["Afghan Taliban"]),
    ("Tehrik-i-Taliban Pakistan", O, ["TTP", "Pakistani Taliban"]),
    ("International Organization for Migration", O, ["IOM"]),
    ("UNHCR", O, ["U.N. refugee agency"]),
    ("Amnesty International", O, []),
    ("Pakistan Army", O, ["Pakistan's army"]),
    ("Inter-Services Public Relations", O, []),
    ("Pakistan Business Council", O, []),
    ("Kandahar Chamber of Commerce and Industry", O, []),
    ("Economic Cooperation Organization", O, []),
    ("Shanghai Cooperation Organisation", O, ["SCO"]),
    ("Centre for Frontier Studies", O, []),
    ("Rosatom", O, []),
    ("Orano", O, []),
    ("Alliance of Sahel States", O, ["AES"]),
    ("ECOWAS", O, ["Economic Community of West African States"]),
    ("ECOWAS Commission", O, []),
    ("Islamic State Sahel Province", O, []),
    ("Jama'at Nusrat al-Islam wal-Muslimin", O, ["JNIM"]),
    ("al-Qaeda", O, ["al Qaeda"]),
    ("Africa Corps", O, []),
    ("Wagner Group", O, ["Wagner"]),
    ("Unified Force of the AES", O, ["AES unified force"]),
    ("Malian Armed Forces", O, ["FAMa", "Mali's army"]),
    ("Barrick Mining", O, ["Barrick"]),
    # --- agreements
    ("Tehran understanding", A, []),
    ("Doha ceasefire", A, []),
    ("Refugee Convention", A, ["1951 Refugee Convention"]),
    ("Afghanistan-Pakistan Transit Trade Agreement", A, []),
    ("Uzbekistan-Afghanistan-Pakistan railway agreement", A, ["framework agreement"]),
]

# ------------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, mod, ev, req=True, kind=None, alt_s=(), alt_p=(), alt_o=(),
        role="", commodity="", note=""):
    """ev: list of (doc, phrase) or (doc, phrase, time)."""
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=[tuple(e) for e in ev],
                     required=req, kind=kind, alt_s=list(alt_s), alt_p=list(alt_p),
                     alt_o=list(alt_o), role=role, commodity=commodity, extra=note))


TAL = ["Taliban"]

# ======================= topic 1: Pakistan, Afghanistan, Iran ===========
# zzk01: Torkham reopening agreed in Tehran (wire, Reuters)
row("Pakistan", "negotiating_with", "Afghanistan", "asserted",
    [("01", "Pakistan and Afghanistan's Taliban administration agreed on Thursday to reopen the Torkham border crossing to cargo next week, officials on both sides said, after two days of talks in Tehran")])
row("Iran", "brokered", "Tehran understanding", "asserted",
    [("01", "the Tehran understanding, was brokered by Iran"),
     ("07", "Iran brokered the Tehran understanding", "2026-02")], alt_s=["Tehran"])
row("Iran", "borders", "Pakistan", "asserted",
    [("01", "Iran, which shares long borders with both neighbours"),
     ("04", "Pakistan and Iran, which share a 900-km border")],
    note="zzk01 by group reference ('both neighbours'); zzk04 states it directly")
row("Iran", "borders", "Afghanistan", "asserted",
    [("01", "Iran, which shares long borders with both neighbours")], req=False, kind="group")
row("Ishaq Dar", "works_for", "Pakistan", "asserted",
    [("01", "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar"),
     ("04", "Pakistan's Foreign Minister Ishaq Dar"),
     ("07", "Ishaq Dar, Pakistan’s foreign minister")], role="deputy prime minister and foreign minister")
row("Amir Khan Muttaqi", "works_for", "Afghanistan", "asserted",
    [("01", "Afghanistan's acting foreign minister, Amir Khan Muttaqi"),
     ("04", "Amir Khan Muttaqi, the Taliban's acting foreign minister")], alt_o=TAL, role="acting foreign minister")
row("Ishaq Dar", "met_with", "Amir Khan Muttaqi", "asserted",
    [("01", "Ishaq Dar met Afghanistan's acting foreign minister, Amir Khan Muttaqi, in Tehran on Wednesday"),
     ("04", "The reopening was agreed last week in Tehran, where Pakistan's Foreign Minister Ishaq Dar met Amir Khan Muttaqi", "2026-02")],
    alt_s=["Pakistan"], alt_o=["Afghanistan"])
row("Ishaq Dar", "visited", "Tehran", "asserted", [("01", "Dar had flown to Tehran on Tuesday")], alt_o=["Iran"])
row("Amir Khan Muttaqi", "visited", "Tehran", "asserted",
    [("01", "Muttaqi arrived in the Iranian capital late that night")], req=False, kind="reference", alt_o=["Iran"])
row("Abbas Araghchi", "works_for", "Iran", "asserted",
    [("01", "Iran's Foreign Minister Abbas Araghchi")], role="foreign minister")
row("Chaman crossing", "located_in", "Balochistan", "asserted",
    [("01", "The Chaman crossing in Balochistan province")])
row("Torkham crossing", "located_in", "Khyber Pakhtunkhwa", "asserted",
    [("01", "The Torkham crossing lies in Pakistan's Khyber Pakhtunkhwa province"),
     ("02", "At Torkham, in Khyber Pakhtunkhwa province")])
row("Khyber Pakhtunkhwa", "located_in", "Pakistan", "asserted",
    [("01", "Pakistan's Khyber Pakhtunkhwa province")])
row("Gul Rehman Afridi", "lives_in", "Peshawar", "asserted",
    [("01", "Gul Rehman Afridi, a transporter from Peshawar")], req=False, kind="loose")
row("Pakistan", "criticized", "Afghanistan", "asserted",
    [("01", "Islamabad accuses the Taliban of sheltering fighters of the Tehrik-i-Taliban Pakistan"),
     ("02", "Islamabad also accuses the Taliban of sheltering the Pakistani Taliban"),
     ("07", "Islamabad accused Taliban fighters of opening fire first on a Pakistani border post")],
    alt_s=["Islamabad"], alt_o=["Taliban", "Kabul"])
row("Afghanistan", "supported", "Tehrik-i-Taliban Pakistan", "reported",
    [("01", "Islamabad accuses the Taliban of sheltering fighters of the Tehrik-i-Taliban Pakistan (TTP)"),
     ("02", "accuses the Taliban of sheltering the Pakistani Taliban, or Tehrik-i-Taliban Pakistan (TTP)")],
    alt_s=["Taliban", "Kabul"], note="Pakistan's accusation; polarity trap with the denial")
row("Afghanistan", "supported", "Tehrik-i-Taliban Pakistan", "negated",
    [("01", "Kabul denies supporting the TTP"),
     ("02", "Tehrik-i-Taliban Pakistan (TTP), a charge Kabul denies")],
    alt_s=["Kabul", "Taliban"], note="the denial; polarity trap with the accusation")
row("Tehrik-i-Taliban Pakistan", "based_in", "Afghanistan", "reported",
    [("01", "a separate militant group that it says operates from bases in Afghanistan")])
row("Zabihullah Mujahid", "works_for", "Afghanistan", "asserted",
    [("01", "Taliban spokesman Zabihullah Mujahid"),
     ("07", "Zabihullah Mujahid, the Taliban government’s chief spokesman")], alt_o=TAL, role="spokesman")
row("Pakistan", "in_conflict_with", "Afghanistan", "asserted",
    [("01", "The fighting between Pakistan and Afghanistan in October 2025", "2025-10"),
     ("07", "Pakistan and Afghanistan fought their worst border battles in decades last October", "2025-10")])
row("Pakistan", "attacked", "Kabul", "asserted",
    [("01", "Pakistan carried out air strikes in Kabul"),
     ("07", "Pakistan and Afghanistan fought their worst border battles in decades last October, after Pakistan carried out air strikes in Kabul", "2025-10")])
row("Pakistan", "attacked", "Afghanistan", "asserted",
    [("01", "Pakistan carried out air strikes in Kabul and in eastern Afghanistan")])
row("Pakistan", "attacked", "Afghanistan", "hedged",
    [("07", "Pakistan would strike \"anywhere in Afghanistan\" if the attacks continued")], req=False, kind="loose",
    note="a conditional threat; polarity trap with the asserted air strikes")
row("Pakistan", "signed_agreement_with", "Afghanistan", "asserted",
    [("01", "Pakistan and Afghanistan signed a ceasefire in Doha on Oct. 19, 2025", "2025-10-19"),
     ("04", "Afghanistan and Pakistan signed the Afghanistan-Pakistan Transit Trade Agreement in 2010", "2010"),
     ("07", "Pakistan and Afghanistan signed a ceasefire in Doha in October", "2025-10")],
    note="zzk01/zzk07 the Doha ceasefire, zzk04 the 2010 transit trade agreement: times differ, so none")
for c in ("Pakistan", "Afghanistan"):
    row(c, "party_to", "Doha ceasefire", "asserted",
        [("01", "Pakistan and Afghanistan signed a ceasefire in Doha on Oct. 19, 2025", "2025-10-19"),
         ("07", "Pakistan and Afghanistan signed a ceasefire in Doha in October", "2025-10")])
for c in ("Qatar", "Turkey"):
    row(c, "brokered", "Doha ceasefire", "asserted",
        [("01", "signed a ceasefire in Doha on Oct. 19, 2025, in a deal brokered by Qatar and Turkey", "2025-10-19"),
         ("07", "Qatar and Turkey, which brokered the Doha ceasefire")])
row("Shehbaz Sharif", "contacted", "Masoud Pezeshkian", "reported",
    [("01", "Shehbaz Sharif telephoned Iran's President Masoud Pezeshkian on Thursday to thank him for hosting the talks, Sharif's office said")],
    alt_s=["Pakistan"], alt_o=["Iran"])
row("Shehbaz Sharif", "head_of", "Pakistan", "asserted",
    [("01", "Pakistan's Prime Minister Shehbaz Sharif")], role="prime minister")
row("Masoud Pezeshkian", "head_of", "Iran", "asserted",
    [("01", "Iran's President Masoud Pezeshkian")], role="president")
row("Iran", "recognizes", "Afghanistan", "negated",
    [("01", "Tehran has not formally recognised the Taliban government")], alt_s=["Tehran"], alt_o=TAL)
row("Russia", "recognizes", "Afghanistan", "asserted",
    [("01", "Russia became the first country to recognise the Taliban administration in July 2025", "2025-07"),
     ("07", "Russia, which in July 2025 became the first country to recognise the Taliban administration", "2025-07")],
    alt_o=TAL)
row("Pakistan", "trades_with", "Afghanistan", "asserted",
    [("01", "Pakistan was once Afghanistan's biggest trading partner, but trade between the two countries has fallen")])

# zzk02: expulsions of Afghans from Pakistan and Iran (wire, AFP)
row("Mohsin Naqvi", "works_for", "Pakistan", "asserted",
    [("02", "Pakistan's Interior Minister Mohsin Naqvi")], role="interior minister")
row("Bibi Gul", "lives_in", "Peshawar", "asserted",
    [("02", "Bibi Gul, a 52-year-old Afghan widow who has lived in Peshawar since 1990")])
row("Bibi Gul", "citizen_of", "Afghanistan", "asserted",
    [("02", "Bibi Gul, a 52-year-old Afghan widow")], req=False, kind="demonym")
row("Samiullah", "visited", "Afghanistan", "negated",
    [("02", "Her grandson Samiullah, 19, was born in the city and has never been to Afghanistan")])
row("Ahmad Shah Sultani", "citizen_of", "Afghanistan", "asserted",
    [("02", "Ahmad Shah Sultani, a citizen of Afghanistan")])
row("Ahmad Shah Sultani", "lives_in", "Islamabad", "asserted",
    [("02", "Ahmad Shah Sultani, a citizen of Afghanistan who has run a carpet shop in Islamabad for two decades")],
    req=False, kind="loose")
row("International Organization for Migration", "based_in", "Geneva", "asserted",
    [("02", "the Geneva-based International Organization for Migration (IOM)")])
row("Afghanistan", "criticized", "Pakistan", "asserted",
    [("02", "The Taliban government condemned the raids")], req=False, kind="loose", alt_s=TAL,
    note="the raids are Pakistan's, named only in earlier sentences")
row("Mohammad Anwar Saqib", "works_for", "Afghanistan", "asserted",
    [("02", "Mohammad Anwar Saqib, a spokesman for the Taliban's refugee ministry")], alt_o=TAL, role="spokesman")
row("Pakistan", "party_to", "Refugee Convention", "negated",
    [("02", "Pakistan is not a party to the 1951 Refugee Convention")])
row("Taliban", "took_control_of", "Kabul", "asserted",
    [("02", "the Taliban seized Kabul in August 2021", "2021-08")])
row("Iran", "party_to", "Refugee Convention", "asserted",
    [("02", "Iran, by contrast, acceded to the Refugee Convention in 1976", "1976")])
row("Amnesty International", "criticized", "Pakistan", "asserted",
    [("02", "Amnesty International accused Pakistan of forcing out people who face persecution at home")])
row("Israel", "attacked", "Iran", "asserted",
    [("02", "after Israel attacked Iran in June 2025", "2025-06")])
row("Israel", "in_conflict_with", "Iran", "asserted",
    [("02", "Israel attacked Iran in June 2025, starting a 12-day war", "2025-06")], req=False, kind="entailment")
row("Esmaeil Baghaei", "works_for", "Iran", "asserted",
    [("02", "Iran's foreign ministry spokesman, Esmaeil Baghaei"),
     ("07", "Iran’s foreign ministry spokesman, Esmaeil Baghaei")], role="foreign ministry spokesman")
row("Islam Qala", "located_in", "Herat province", "asserted",
    [("02", "Islam Qala, in Afghanistan's western Herat province")])
row("Herat province", "located_in", "Afghanistan", "asserted",
    [("02", "Afghanistan's western Herat province")])
row("Hannah Lindqvist", "works_for", "UNHCR", "asserted",
    [("02", "Hannah Lindqvist, a UNHCR spokeswoman in Geneva")], role="spokeswoman")
row("Hannah Lindqvist", "lives_in", "Geneva", "asserted",
    [("02", "Hannah Lindqvist, a UNHCR spokeswoman in Geneva")], req=False, kind="loose")

# zzk04: Afghan trade turns to Iran (newspaper, 2026-02-20)
row("Afghanistan", "imports_from", "Iran", "asserted",
    [("04", "Afghanistan now imports most of its fuel and much of its flour from Iran")], commodity="fuel, flour")
row("Afghanistan", "trades_with", "Iran", "reported",
    [("04", "Iran overtook Pakistan as Afghanistan's largest trading partner last year, according to figures", "2025")])
row("Iran", "signed_agreement_with", "Afghanistan", "asserted",
    [("04", "Last month Iran and Afghanistan signed a transit agreement", "2026-01")])
row("Nooruddin Azizi", "works_for", "Afghanistan", "asserted",
    [("04", "Nooruddin Azizi, the Taliban's acting commerce minister")], alt_o=TAL, role="acting commerce minister")
row("Nooruddin Azizi", "visited", "Chabahar", "asserted",
    [("04", "Last month Iran and Afghanistan signed a transit agreement that cuts port fees for Afghan goods shipped through Chabahar, and Nooruddin Azizi, the Taliban's acting commerce minister, toured the port days later", "2026-01")],
    req=False, kind="reference", alt_o=["Iran"])
row("Chabahar", "located_in", "Sistan and Baluchestan", "asserted",
    [("04", "Chabahar, in Iran's Sistan and Baluchestan province")])
row("Sistan and Baluchestan", "located_in", "Iran", "asserted",
    [("04", "Iran's Sistan and Baluchestan province")])
row("India", "supported", "Afghanistan", "asserted",
    [("04", "India, which operates a terminal at Chabahar, has shipped wheat to Afghanistan through the port as humanitarian aid")])
row("United States", "sanctioned", "Iran", "asserted",
    [("04", "Washington, which has imposed sweeping sanctions on Iran")], alt_s=["Washington"])
row("Afghanistan", "imports_from", "Pakistan", "asserted",
    [("04", "Afghanistan still imports cement, rice and fresh fruit from Pakistan")], commodity="cement, rice, fresh fruit",
    note="polarity trap with the negated medicine imports")
row("Afghanistan", "imports_from", "Pakistan", "negated",
    [("04", "Kabul has not imported medicines from Pakistan since January")], alt_s=["Kabul"], commodity="medicines",
    note="polarity trap with the asserted cement, rice and fruit imports")
row("Pakistan Business Council", "based_in", "Karachi", "asserted",
    [("04", "the Pakistan Business Council, a Karachi-based lobby group")])
row("Abdul Ghani Baradar", "works_for", "Afghanistan", "asserted",
    [("04", "Afghanistan's deputy prime minister for economic affairs, Abdul Ghani Baradar")],
    role="deputy prime minister for economic affairs")
row("Haji Mohammad Daud", "head_of", "Kandahar Chamber of Commerce and Industry", "asserted",
    [("04", "Haji Mohammad Daud, who heads the Kandahar Chamber of Commerce and Industry")], role="head")
row("Kandahar Chamber of Commerce and Industry", "based_in", "Kandahar", "asserted",
    [("04", "the Kandahar Chamber of Commerce and Industry")], req=False, kind="loose", note="from the name only")
for c in ("Afghanistan", "Pakistan"):
    row(c, "party_to", "Afghanistan-Pakistan Transit Trade Agreement", "asserted",
        [("04", "Afghanistan and Pakistan signed the Afghanistan-Pakistan Transit Trade Agreement in 2010", "2010")])
for c in ("Uzbekistan", "Afghanistan", "Pakistan"):
    row(c, "party_to", "Uzbekistan-Afghanistan-Pakistan railway agreement", "asserted",
        [("04", "Last July, Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Kabul for a railway", "2025-07")])
for c in ("Afghanistan", "Pakistan"):
    row("Uzbekistan", "signed_agreement_with", c, "asserted",
        [("04", "Last July, Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Kabul for a railway", "2025-07")],
        req=False, kind="group", note="pairwise reading of a three-party signing")
row("Uzbekistan", "borders", "Pakistan", "negated",
    [("04", "Landlocked Uzbekistan, which has no border with Pakistan")])
for c in ("Pakistan", "Iran", "Afghanistan", "Uzbekistan"):
    row(c, "member_of", "Economic Cooperation Organization", "asserted",
        [("04", "Pakistan, Iran, Afghanistan and Uzbekistan all belong to the Economic Cooperation Organization")])
row("Economic Cooperation Organization", "based_in", "Tehran", "asserted",
    [("04", "the Economic Cooperation Organization, a Tehran-based bloc")])
row("Pakistan", "trades_with", "Iran", "asserted",
    [("04", "Pakistan and Iran, which share a 900-km border, trade about $3 billion a year")])
row("Taftan crossing", "located_in", "Balochistan", "asserted",
    [("04", "the Taftan crossing in Balochistan")])
row("China", "allied_with", "Pakistan", "asserted",
    [("04", "China, Pakistan's closest ally")])

# zzk07: clashes along the Durand Line (HTML, 2026-03-10)
row("Kurram district", "located_in", "Khyber Pakhtunkhwa", "asserted",
    [("07", "Kurram district, in Khyber Pakhtunkhwa province")])
row("Pakistan", "attacked", "Paktia province", "reported",
    [("07", "Kabul said Pakistan had shelled villages in Afghanistan’s Paktia province on Sunday", "2026-03-08")])
row("Paktia province", "located_in", "Afghanistan", "asserted",
    [("07", "Afghanistan’s Paktia province")])
row("Tehrik-i-Taliban Pakistan", "attacked", "Pakistan Army", "reported",
    [("07", "On Saturday, TTP fighters attacked a Pakistan Army post in North Waziristan, killing six soldiers, according to Inter-Services Public Relations", "2026-03-07")],
    alt_o=["Pakistan"])
row("Pakistan Army", "killed", "Qari Zahid Mehsud", "reported",
    [("07", "Pakistan’s army said its troops killed Qari Zahid Mehsud, a senior TTP commander, in a raid in Bannu on Monday", "2026-03-09")],
    alt_s=["Pakistan"])
row("Qari Zahid Mehsud", "member_of", "Tehrik-i-Taliban Pakistan", "asserted",
    [("07", "Qari Zahid Mehsud, a senior TTP commander")])
row("Inter-Services Public Relations", "member_of", "Pakistan Army", "asserted",
    [("07", "Inter-Services Public Relations, the military’s media wing")], req=False, kind="reference")
row("Pakistan", "in_conflict_with", "Tehrik-i-Taliban Pakistan", "asserted",
    [("07", "Pakistan has been fighting the TTP for nearly two decades")])
row("Pakistan", "negotiating_with", "Tehrik-i-Taliban Pakistan", "negated",
    [("07", "Islamabad has refused to hold talks with the TTP")], alt_s=["Islamabad"])
row("Khawaja Asif", "works_for", "Pakistan", "asserted",
    [("07", "Pakistan’s Defence Minister Khawaja Asif")], role="defence minister")
row("Khawaja Asif", "threatened", "Afghanistan", "asserted",
    [("07", "Khawaja Asif warned on Monday that Pakistan would strike \"anywhere in Afghanistan\"", "2026-03-09")],
    alt_s=["Pakistan"])
row("Zabihullah Mujahid", "criticized", "Khawaja Asif", "asserted",
    [("07", "Zabihullah Mujahid, the Taliban government’s chief spokesman, dismissed the threat")],
    req=False, kind="loose", alt_s=["Afghanistan"])
row("Pakistan", "diplomatic_relations_with", "Afghanistan", "asserted",
    [("07", "Pakistan still has diplomatic relations with Afghanistan at that level")])
row("Ishaq Dar", "visited", "Kabul", "asserted",
    [("07", "Ishaq Dar, Pakistan’s foreign minister, visited Kabul in April 2025", "2025-04")], alt_o=["Afghanistan"])
for c in ("Pakistan", "China"):
    row(c, "recognizes", "Afghanistan", "negated",
        [("07", "Neither Pakistan nor China has formally recognised the Taliban government")], alt_o=TAL)
row("Wang Yi", "works_for", "China", "asserted",
    [("07", "China’s Foreign Minister Wang Yi")], role="foreign minister")
for city in ("Kabul", "Islamabad"):
    row("Wang Yi", "visited", city, "hedged",
        [("07", "Wang Yi is expected to visit Kabul and Islamabad next month", "2026-04")],
        alt_o=["Afghanistan" if city == "Kabul" else "Pakistan"])
row("Pakistan", "borders", "Afghanistan", "asserted",
    [("07", "the 2,600-km frontier between Pakistan and Afghanistan")])
row("Pakistan", "gained_independence_from", "United Kingdom", "asserted",
    [("07", "Pakistan, which inherited the line when it gained independence from Britain in 1947", "1947")])
for c in ("Pakistan", "Iran"):
    row(c, "member_of", "Shanghai Cooperation Organisation", "asserted",
        [("07", "Pakistan and Iran are full members of the Shanghai Cooperation Organisation")])
row("Afghanistan", "member_of", "Shanghai Cooperation Organisation", "negated",
    [("07", "Afghanistan, which was only ever an observer, is not a member of the SCO")])
row("Sana Gulzar", "works_for", "Centre for Frontier Studies", "asserted",
    [("07", "Sana Gulzar, a researcher at the Centre for Frontier Studies")], role="researcher")
row("Centre for Frontier Studies", "based_in", "Peshawar", "asserted",
    [("07", "the Centre for Frontier Studies, a Peshawar-based think tank")])
row("Hibatullah Akhundzada", "head_of", "Taliban", "asserted",
    [("07", "The Taliban’s supreme leader, Hibatullah Akhundzada")], alt_o=["Afghanistan"], role="supreme leader")
row("Hibatullah Akhundzada", "lives_in", "Kandahar", "asserted",
    [("07", "Hibatullah Akhundzada, who rarely leaves his base in Kandahar")], req=False, kind="loose")

# ======================= topic 2: the central Sahel ======================
SAHEL3 = ("Niger", "Mali", "Burkina Faso")
# zzk03: Niger's uranium deal with Rosatom (wire, Reuters)
row("Niger", "signed_agreement_with", "Rosatom", "reported",
    [("03", "Niger's military government signed an agreement with Russian state nuclear company Rosatom on Thursday to market uranium from the Somair mine and explore new deposits, state television reported")])
row("Rosatom", "based_in", "Russia", "asserted",
    [("03", "Russian state nuclear company Rosatom")], req=False, kind="demonym")
row("Rosatom", "negotiating_with", "Niger", "reported",
    [("03", "Western diplomats in Niamey said Rosatom had been negotiating with Niger's mines ministry for more than a year")])
row("Alexei Likhachev", "head_of", "Rosatom", "asserted",
    [("03", "Rosatom chief executive Alexei Likhachev")], role="chief executive")
row("Alexei Likhachev", "visited", "Niamey", "asserted",
    [("03", "Alexei Likhachev, who flew to Niamey for the ceremony")], alt_o=["Niger"])
row("Alexei Likhachev", "met_with", "Abdourahamane Tiani", "asserted",
    [("03", "Alexei Likhachev, who flew to Niamey for the ceremony, was received by Niger's military ruler, General Abdourahamane Tiani")],
    alt_s=["Rosatom"], alt_o=["Niger"])
row("Abdourahamane Tiani", "head_of", "Niger", "asserted",
    [("03", "Niger's military ruler, General Abdourahamane Tiani"),
     ("05", "Niger's leader, General Abdourahamane Tiani")], role="military ruler")
row("Niamey", "capital_of", "Niger", "asserted", [("03", "Niger's capital, Niamey")])
row("Niamey", "located_in", "Niger", "asserted", [("03", "Niger's capital, Niamey")], req=False, kind="entailment")
row("Mohamed Bazoum", "head_of", "Niger", "asserted",
    [("03", "ousting President Mohamed Bazoum"),
     ("05", "threatened to use force to reinstate President Mohamed Bazoum")], req=False, kind="former", role="president (ousted)")
row("Russia", "allied_with", "Niger", "asserted",
    [("03", "Russia is now Niger's main security partner")])
row("Niger", "signed_agreement_with", "Russia", "asserted",
    [("03", "Niger and Russia signed a memorandum on civilian nuclear cooperation in Moscow in July 2025", "2025-07")])
row("Niger", "took_control_of", "Somair mine", "asserted",
    [("03", "Niamey nationalised Somair, which sits near the desert town of Arlit in northern Niger, in June 2025", "2025-06")],
    alt_s=["Niamey"])
row("Somair mine", "located_in", "Arlit", "asserted",
    [("03", "Somair, which sits near the desert town of Arlit")])
row("Arlit", "located_in", "Niger", "asserted",
    [("03", "the desert town of Arlit in northern Niger")])
row("Niger", "in_conflict_with", "Orano", "asserted",
    [("03", "after a long dispute with its French operator over taxes and exports")], req=False, kind="reference",
    alt_s=["Niamey"], note="'its French operator' is Orano, named in the next sentence")
row("Orano", "criticized", "Niger", "asserted",
    [("03", "Orano condemned the agreement on Thursday and accused Niger of selling uranium that belongs to it")])
row("France", "imports_from", "Niger", "asserted",
    [("03", "France, which for decades relied on Niger for much of its uranium")], req=False, kind="former",
    commodity="uranium", note="past imports; polarity trap with 'no longer imports'")
row("France", "imports_from", "Niger", "negated",
    [("03", "no longer imports uranium from Niger at all")], commodity="uranium",
    note="polarity trap with the decades of past imports")
row("Niger", "gained_independence_from", "France", "asserted",
    [("03", "Niger, a former French colony, gained independence from France in 1960", "1960")])
row("Russia", "imports_from", "Niger", "hedged",
    [("03", "Russia is expected to buy the bulk of Niger's uranium stockpile")], commodity="uranium")
row("Amadou Seydou Karimou", "works_for", "Niger", "asserted",
    [("03", "Niger's government spokesman, Colonel Amadou Seydou Karimou")], role="government spokesman")
row("Imouraren deposit", "located_in", "Agadez region", "asserted",
    [("03", "The Imouraren deposit, also in the Agadez region")])
row("Niger", "took_control_of", "Imouraren deposit", "asserted",
    [("03", "The Imouraren deposit, also in the Agadez region, was taken from Orano in June 2024 when Niamey withdrew its operating permit", "2024-06")],
    req=False, kind="loose", alt_s=["Niamey"], note="a withdrawn permit read as taking control")
AES_EV = {
    "03": "Niger, Mali and Burkina Faso, all run by military juntas, formed the Alliance of Sahel States (AES)",
    "05": "a confederation that Mali, Burkina Faso and Niger formed",
    "06": "Niger, which like Mali belongs to the Alliance of Sahel States (AES)",
    "08": "Burkina Faso, Mali and Niger are the three members of the Alliance of Sahel States (AES)",
}
for c, docs in (("Niger", "03 05 06 08"), ("Mali", "03 05 06 08"), ("Burkina Faso", "03 05 08")):
    row(c, "member_of", "Alliance of Sahel States", "asserted", [(d, AES_EV[d]) for d in docs.split()])
ECO_EV = {
    "03": "formed the Alliance of Sahel States (AES) in 2023 and left the Economic Community of West African States (ECOWAS) in January 2025",
    "05": "a confederation that Mali, Burkina Faso and Niger formed after breaking with the Economic Community of West African States (ECOWAS)",
    "06": "Mali, Burkina Faso and Niger left ECOWAS in January",
    "08": "The Abuja-based ECOWAS, which Burkina Faso left last year along with Mali and Niger",
}
for c in SAHEL3:
    ev = dict(ECO_EV)
    if c == "Mali":
        ev["06"] = "Mali is no longer a member of ECOWAS"
    if c == "Burkina Faso":
        ev["08"] = "Burkina Faso is no longer a member of ECOWAS"
    row(c, "member_of", "ECOWAS", "negated", sorted(ev.items()),
        note="left ECOWAS in January 2025; a static relation, so no time")
for g in ("Islamic State Sahel Province", "Jama'at Nusrat al-Islam wal-Muslimin"):
    row("Niger", "in_conflict_with", g, "asserted",
        [("03", "Niger's army is fighting Islamic State Sahel Province in the west and JNIM")])
row("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", "asserted",
    [("03", "JNIM, al Qaeda's Sahel affiliate"),
     ("06", "JNIM, al-Qaeda's affiliate in the Sahel"),
     ("08", "JNIM, al-Qaeda’s branch in the Sahel")])
row("Cotonou", "located_in", "Benin", "asserted", [("03", "Benin's port of Cotonou")])
row("Niger", "borders", "Benin", "asserted",
    [("03", "Niger's border with Benin"),
     ("05", "the coup led Niamey to close their shared border")])
row("Hamadou Issoufou Garba", "lives_in", "Niamey", "asserted",
    [("03", "Hamadou Issoufou Garba, an energy economist based in Niamey")], req=False, kind="loose")

# zzk05: AES joint force and ECOWAS talks (newspaper, 2026-01-28)
row("Unified Force of the AES", "based_in", "Niamey", "planned",
    [("05", "The Unified Force of the AES will be headquartered in Niamey")])
row("Africa Corps", "based_in", "Mali", "asserted",
    [("05", "Russia's Africa Corps, which replaced the Wagner Group in Mali"),
     ("06", "About 2,000 Africa Corps personnel are based in Mali, according to Western diplomats"),
     ("08", "the Africa Corps, the Russian defence ministry force deployed in Mali")],
    note="zzk06 attributes it to Western diplomats; polarity trap with 'not based in Burkina Faso'")
row("Africa Corps", "supported", "Unified Force of the AES", "reported",
    [("05", "Russia's Africa Corps, which replaced the Wagner Group in Mali last June, is training the new force, according to two officers")],
    req=False, kind="reference", alt_s=["Russia"])
row("Assimi Goita", "head_of", "Mali", "asserted",
    [("05", "Mali's President Assimi Goita"),
     ("06", "Mali's leader, General Assimi Goita")], role="president")
row("Assimi Goita", "head_of", "Alliance of Sahel States", "asserted",
    [("05", "Assimi Goita, who holds the alliance's rotating presidency")], req=False, kind="reference",
    role="rotating president")
row("Assimi Goita", "visited", "Niamey", "asserted",
    [("05", "Assimi Goita, who holds the alliance's rotating presidency, flew to Niamey on Sunday", "2026-01-25")],
    alt_o=["Niger"])
row("Assimi Goita", "met_with", "Abdourahamane Tiani", "asserted",
    [("05", "flew to Niamey on Sunday and was greeted at the airport by Niger's leader, General Abdourahamane Tiani", "2026-01-25")],
    alt_s=["Mali"], alt_o=["Niger"])
row("Ibrahim Traoré", "head_of", "Burkina Faso", "asserted",
    [("05", "Burkina Faso's President Ibrahim Traore"),
     ("08", "Burkina Faso’s leader, Captain Ibrahim Traoré")], role="president")
row("Ibrahim Traoré", "visited", "Niamey", "negated",
    [("05", "Ibrahim Traore did not travel to Niamey")], alt_o=["Niger"])
row("Rimtalba Jean Emmanuel Ouedraogo", "head_of", "Burkina Faso", "asserted",
    [("05", "sent Prime Minister Rimtalba Jean Emmanuel Ouedraogo in his place")], req=False, kind="loose",
    alt_p=["works_for"], role="prime minister", note="the country is implied by the sentence's subject")
row("Ibrahim Traoré", "criticized", "Ivory Coast", "asserted",
    [("05", "Traore has repeatedly accused neighbouring Ivory Coast of harbouring officers who plotted against him"),
     ("08", "Traoré has repeatedly accused Ivory Coast of sheltering officers who plotted against him")],
    alt_s=["Burkina Faso"], alt_o=["Abidjan"])
row("Burkina Faso", "borders", "Ivory Coast", "asserted",
    [("05", "Traore has repeatedly accused neighbouring Ivory Coast")], req=False, kind="loose")
row("ECOWAS", "negotiating_with", "Alliance of Sahel States", "asserted",
    [("05", "ECOWAS and the AES have been negotiating since last year", "2025")])
row("ECOWAS", "negotiating_with", "Alliance of Sahel States", "planned",
    [("05", "a fourth round of talks is due in Bamako next month", "2026-02")], req=False, kind="loose",
    note="the parties of the next round are implied")
row("Omar Alieu Touray", "head_of", "ECOWAS Commission", "asserted",
    [("05", "Omar Alieu Touray, president of the ECOWAS Commission")], alt_o=["ECOWAS"], role="president")
for c in SAHEL3:
    row("ECOWAS", "sanctioned", c, "negated",
        [("05", "said ECOWAS had ruled out new sanctions on Mali, Burkina Faso and Niger")],
        note="polarity trap with the 2023 sanctions on Niger" if c == "Niger" else "")
row("ECOWAS", "sanctioned", "Niger", "asserted",
    [("05", "ECOWAS imposed sweeping sanctions on Niger after the July 2023 coup", "2023")],
    note="polarity trap with 'ruled out new sanctions'")
row("ECOWAS", "threatened", "Niger", "asserted",
    [("05", "ECOWAS imposed sweeping sanctions on Niger after the July 2023 coup and threatened to use force", "2023")])
for c in SAHEL3:
    row(c, "criticized", "ECOWAS", "asserted",
        [("05", "The juntas responded by accusing the bloc of doing France's bidding"),
         ("06", "Mali, Burkina Faso and Niger left ECOWAS in January, arguing that the West African bloc had failed to help them")],
        req=False, kind="group")
row("Julius Maada Bio", "head_of", "ECOWAS", "asserted",
    [("05", "ECOWAS chairman Julius Maada Bio")], role="chairman")
row("Julius Maada Bio", "head_of", "Sierra Leone", "asserted",
    [("05", "Julius Maada Bio, Sierra Leone's president")], role="president")
row("John Mahama", "head_of", "Ghana", "asserted",
    [("05", "Ghana's President John Mahama")], role="president")
for city, c in (("Bamako", "Mali"), ("Ouagadougou", "Burkina Faso"), ("Niamey", "Niger")):
    row("John Mahama", "visited", city, "asserted",
        [("05", "John Mahama visited Bamako, Ouagadougou and Niamey last March", "2025-03")], alt_o=[c])
row("Alliance of Sahel States", "sanctioned", "ECOWAS", "asserted",
    [("05", "The AES has imposed a 0.5% levy on imports from ECOWAS countries since last April", "2025-04")])
row("ECOWAS", "criticized", "Alliance of Sahel States", "reported",
    [("05", "ECOWAS officials say the tax breaches their customs rules")], req=False, kind="loose")
row("Togo", "candidate_for", "Alliance of Sahel States", "hedged",
    [("05", "could become its first coastal member")],
    note="polarity trap with zzk08's 'no intention of joining the AES'")
row("Robert Dussey", "works_for", "Togo", "asserted",
    [("05", "Togo, whose foreign minister Robert Dussey"),
     ("08", "Togo’s Foreign Minister Robert Dussey")], role="foreign minister")
row("Chad", "member_of", "Alliance of Sahel States", "negated",
    [("05", "sent an observer to Monday's ceremony but is not a member of the AES")])
row("Chad", "candidate_for", "Alliance of Sahel States", "hedged",
    [("05", "Chad, often cited as another possible recruit")], req=False, kind="reference",
    note="'recruit' of 'the alliance' named in the previous sentence")
row("Niger", "normalized_relations_with", "Benin", "asserted",
    [("05", "Niger and Benin restored full diplomatic relations last month", "2025-12")])
row("Niger", "diplomatic_relations_with", "Benin", "asserted",
    [("05", "Niger and Benin restored full diplomatic relations last month")], req=False, kind="entailment")
row("Algeria", "attacked", "Mali", "asserted",
    [("05", "Relations between Mali and Algeria collapsed last April after the Algerian army shot down a Malian drone", "2025-04")],
    req=False, kind="demonym")
row("Ibrahima Sall", "lives_in", "Dakar", "asserted",
    [("05", "Ibrahima Sall, a Dakar-based political scientist")], req=False, kind="loose")

# zzk06: JNIM's fuel blockade of Bamako (newspaper, 2025-11-14)
JN = "Jama'at Nusrat al-Islam wal-Muslimin"
row(JN, "blockaded", "Bamako", "asserted",
    [("06", "a fuel blockade that Jama'at Nusrat al-Islam wal-Muslimin (JNIM) imposed on Bamako, Mali's capital, in early September", "2025-09"),
     ("08", "Since last September, JNIM has also blockaded Bamako", "2025-09")], alt_o=["Mali"])
row("Bamako", "capital_of", "Mali", "asserted",
    [("06", "Bamako, Mali's capital"), ("08", "Bamako, the capital of neighbouring Mali")])
row("Bamako", "located_in", "Mali", "asserted",
    [("06", "Bamako, Mali's capital"), ("08", "Bamako, the capital of neighbouring Mali")], req=False, kind="entailment")
for c in ("Senegal", "Ivory Coast"):
    row("Mali", "imports_from", c, "asserted",
        [("06", "the roads from Senegal and Ivory Coast, Mali's main fuel suppliers")], commodity="fuel")
row(JN, "attacked", "Malian Armed Forces", "reported",
    [("06", "On Sunday, JNIM fighters ambushed a convoy escorted by the Malian Armed Forces (FAMa) near Kati, killing at least 12 soldiers, according to a security source", "2025-11-09")],
    alt_o=["Mali"])
row(JN, "killed", "Souleymane Keita", "reported",
    [("06", "On Wednesday, JNIM gunmen killed Souleymane Keita, the prefect of Kolondieba, in an ambush on the road to Sikasso, local officials said", "2025-11-12")])
row(JN, "took_control_of", "Bamako", "negated",
    [("06", "Analysts say JNIM lacks the strength to take Bamako")],
    note="polarity trap next to the asserted blockade of Bamako")
row("Assimi Goita", "negotiating_with", JN, "negated",
    [("06", "General Assimi Goita, who was granted a renewable five-year presidential mandate in July without an election, has ruled out talks with JNIM")],
    alt_s=["Mali"])
row("Fatoumata Sangare", "lives_in", "Bamako", "asserted",
    [("06", "Fatoumata Sangare, a teacher who lives in Bamako's Kalaban Coura district")])
row("Niger", "supported", "Mali", "asserted",
    [("06", "Niger, which like Mali belongs to the Alliance of Sahel States (AES), sent 80 fuel tankers to Bamako last month", "2025-10")],
    alt_o=["Bamako"])
row("Russia", "allied_with", "Mali", "asserted", [("06", "Russia, now Mali's closest ally")])
row("Russia", "supported", "Mali", "asserted",
    [("06", "Russia, now Mali's closest ally, has supported Goita's government with fuel and grain shipments")],
    alt_o=["Assimi Goita"])
row("Mali", "imports_from", "Russia", "planned",
    [("06", "Mali is due to import 160,000 tonnes of fuel from Russia by the end of the year, officials said", "2025")],
    commodity="fuel")
row("Assimi Goita", "visited", "Moscow", "asserted",
    [("06", "Goita visited Moscow in June", "2025-06")], alt_o=["Russia"])
row("Assimi Goita", "met_with", "Vladimir Putin", "asserted",
    [("06", "During the trip Goita met Russia's President Vladimir Putin")], alt_s=["Mali"], alt_o=["Russia"])
row("Vladimir Putin", "head_of", "Russia", "asserted",
    [("06", "Russia's President Vladimir Putin"), ("08", "Russia’s President Vladimir Putin")], role="president")
row("Mali", "signed_agreement_with", "Russia", "asserted",
    [("06", "Mali and Russia signed agreements on nuclear energy, refining and mining")])
row("Mali", "took_control_of", "Loulo-Gounkoto", "asserted",
    [("06", "In June, Bamako placed the Loulo-Gounkoto gold complex in the western Kayes region under provisional administration", "2025-06")],
    alt_s=["Bamako"])
row("Loulo-Gounkoto", "located_in", "Kayes region", "asserted",
    [("06", "the Loulo-Gounkoto gold complex in the western Kayes region")])
row("Barrick Mining", "based_in", "Toronto", "asserted", [("06", "Toronto-based Barrick Mining")])
row("Mali", "in_conflict_with", "Barrick Mining", "asserted",
    [("06", "after a long dispute with Toronto-based Barrick Mining")], req=False, kind="loose", alt_s=["Bamako"])
row("Barrick Mining", "negotiating_with", "Mali", "reported",
    [("06", "Barrick and Mali's government have been negotiating a settlement for weeks, two people familiar with the talks said")])
row("Abdoulaye Diop", "works_for", "Mali", "asserted",
    [("06", "Mali's Foreign Minister Abdoulaye Diop")], role="foreign minister")
row("Abdoulaye Diop", "criticized", "Algeria", "asserted",
    [("06", "Abdoulaye Diop has accused neighbouring Algeria of supporting armed groups in the north")],
    alt_s=["Mali"], alt_o=["Algiers"])
row("Mali", "borders", "Algeria", "asserted",
    [("06", "Mali's Foreign Minister Abdoulaye Diop has accused neighbouring Algeria")], req=False, kind="loose")
row("Mali", "diplomatic_relations_with", "Ukraine", "negated",
    [("06", "Mali also cut diplomatic ties with Ukraine in August 2024")],
    note="ties cut in August 2024; a static relation, so no time")
row("Azawad", "seceded_from", "Mali", "reported",
    [("06", "Tuareg separatists declared that Azawad had broken away from Mali", "2012")])
row("Malian Armed Forces", "took_control_of", "Kidal", "asserted",
    [("06", "Mali's army and Wagner fighters retook the rebel stronghold of Kidal in November 2023", "2023-11")],
    alt_s=["Mali"])
row("Wagner Group", "took_control_of", "Kidal", "asserted",
    [("06", "Mali's army and Wagner fighters retook the rebel stronghold of Kidal in November 2023", "2023-11")])

# zzk08: Burkina Faso's refinery deal with Russia (HTML, 2026-02-05)
row("Burkina Faso", "signed_agreement_with", "Russia", "asserted",
    [("08", "Burkina Faso signed an agreement with Russia on Tuesday", "2026-02-03")])
row("Ouagadougou", "capital_of", "Burkina Faso", "asserted", [("08", "Ouagadougou, Burkina Faso’s capital")])
row("Ouagadougou", "located_in", "Burkina Faso", "asserted", [("08", "Ouagadougou, Burkina Faso’s capital")],
    req=False, kind="entailment")
row("Vladimir Putin", "contacted", "Ibrahim Traoré", "reported",
    [("08", "a telephone call on Monday in which Russia’s President Vladimir Putin spoke with Burkina Faso’s leader, Captain Ibrahim Traoré, about security and grain deliveries, the Kremlin said", "2026-02-02")],
    alt_s=["Russia"], alt_o=["Burkina Faso"])
row("Burkina Faso", "allied_with", "Russia", "asserted",
    [("08", "Burkina Faso has made Russia its main foreign partner")])
row("Paul-Henri Sandaogo Damiba", "head_of", "Burkina Faso", "asserted",
    [("08", "ousting Lieutenant Colonel Paul-Henri Sandaogo Damiba")], req=False, kind="former", role="military ruler (ousted)")
row("Roch Marc Christian Kaboré", "head_of", "Burkina Faso", "asserted",
    [("08", "President Roch Marc Christian Kaboré")], req=False, kind="former", role="president (overthrown)")
row("Russia", "supported", "Burkina Faso", "asserted",
    [("08", "Russia has supported Burkina Faso with wheat, armoured vehicles and military instructors")])
row("Africa Corps", "based_in", "Burkina Faso", "negated",
    [("08", "the Africa Corps, the Russian defence ministry force deployed in Mali, is not based in Burkina Faso, officials in Ouagadougou said")],
    note="polarity trap with 'based in Mali'")
for m in ("Boungou mine", "Wahgnion mine"):
    row("Burkina Faso", "took_control_of", m, "asserted",
        [("08", "Burkina Faso took control of the Boungou and Wahgnion gold mines in 2024", "2024")])
for c in ("Switzerland", "United Arab Emirates"):
    row(c, "imports_from", "Burkina Faso", "reported",
        [("08", "Burkina Faso exports most of its gold to Switzerland and the United Arab Emirates, according to customs data")],
        commodity="gold")
row(JN, "attacked", "Djibo", "reported",
    [("08", "On Sunday, JNIM fighters attacked a military base in Djibo, in northern Burkina Faso, killing dozens of soldiers, according to two security sources", "2026-02-01")],
    alt_o=["Burkina Faso"])
row("Djibo", "located_in", "Burkina Faso", "asserted", [("08", "Djibo, in northern Burkina Faso")])
row(JN, "blockaded", "Djibo", "asserted", [("08", "has blockaded Djibo for more than three years")])
row("Burkina Faso", "borders", "Mali", "asserted",
    [("08", "the capital of neighbouring Mali")], req=False, kind="loose")
row(JN, "in_conflict_with", "Burkina Faso", "asserted",
    [("08", "JNIM has been at war with Burkina Faso’s government for a decade")])
row("Burkina Faso", "negotiating_with", JN, "negated",
    [("08", "\"We will never sit down with JNIM,\" Traoré said")], req=False, kind="first-person",
    alt_s=["Ibrahim Traoré"])
row("Burkina Faso", "trades_with", "Ivory Coast", "asserted",
    [("08", "Burkina Faso still trades heavily with Ivory Coast")])
row("Ibrahim Traoré", "visited", "Moscow", "asserted",
    [("08", "Traoré visited Moscow in May 2025", "2025-05")], alt_o=["Russia"])
row("Ibrahim Traoré", "met_with", "Vladimir Putin", "asserted",
    [("08", "Traoré visited Moscow in May 2025 to attend the Victory Day parade and met Putin at the Kremlin", "2025-05")],
    alt_s=["Burkina Faso"], alt_o=["Russia"])
row("Alliance of Sahel States", "contacted", "Russia", "asserted",
    [("08", "the Alliance of Sahel States (AES), which has asked Russia to help equip its new unified force")],
    req=False, kind="loose")
row("Burkina Faso", "gained_independence_from", "France", "asserted",
    [("08", "Burkina Faso, known as Upper Volta until 1984, gained independence from France in 1960", "1960")])
row("Togo", "candidate_for", "Alliance of Sahel States", "negated",
    [("08", "Togo had \"no intention of joining the AES\"")],
    note="polarity trap with zzk05's hedged 'could become its first coastal member'")
row("Togo", "member_of", "ECOWAS", "reported",
    [("08", "Togo had \"no intention of joining the AES\" and remained committed to ECOWAS")], req=False, kind="loose")
row("ECOWAS", "based_in", "Abuja", "asserted", [("08", "The Abuja-based ECOWAS")])


# ------------------------------------------------------------------ checks
def norm(s):
    """The scorer's name normalisation (shared/tools/kgscore)."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
TIME_RE = re.compile(r"^\d{3}$|^\d{4}$|^\d{4}-\d{2}$|^\d{4}-\d{2}-\d{2}$")


def valid_time(t):
    if not TIME_RE.match(t):
        return False
    try:
        if len(t) == 7:
            dt.date.fromisoformat(t + "-01")
        elif len(t) == 10:
            dt.date.fromisoformat(t)
    except ValueError:
        return False
    return True


def add_months(d, n):
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def relative_times(sentence, pub, forward):
    """Times the relative expressions of a sentence can stand for, read
    against the publication date pub (a date)."""
    s = sentence.lower()
    out = set()
    for i, w in enumerate(WEEKDAYS):
        if re.search(rf"\b{w}\b", s):
            back = (pub.weekday() - i) % 7
            out.add((pub - dt.timedelta(days=back)).isoformat())
            if forward:
                out.add((pub + dt.timedelta(days=(i - pub.weekday()) % 7 or 7)).isoformat())
    if "last week" in s:
        for k in range(7, 14):
            out.add((pub - dt.timedelta(days=k)).isoformat()[:7])
    if "last month" in s:
        out.add(add_months(pub, -1))
    if "next month" in s:
        out.add(add_months(pub, 1))
    if "this month" in s:
        out.add(add_months(pub, 0))
    if re.search(r"\ba month\b", s):
        out.update({add_months(pub, 0), add_months(pub, -1)})
    if "last year" in s:
        out.add(str(pub.year - 1))
    if "next year" in s:
        out.add(str(pub.year + 1))
    if "this year" in s or "end of the year" in s:
        out.add(str(pub.year))
    for mi, mname in enumerate(MONTHS, 1):
        if re.search(rf"\b{mname}\b(?!,? \d{{4}})", s):
            past = pub.year if mi <= pub.month else pub.year - 1
            if mi == pub.month and not re.search(rf"\blast {mname}\b", s):
                past = pub.year
            elif re.search(rf"\blast {mname}\b", s) and mi >= pub.month:
                past = pub.year - 1
            out.add(f"{past:04d}-{mi:02d}")
            if forward:
                fut = pub.year if mi >= pub.month else pub.year + 1
                out.add(f"{fut:04d}-{mi:02d}")
    for abbr, mi in MONTH_ABBR.items():
        for m in re.finditer(rf"\b{abbr}\. (\d{{1,2}})\b(?!, \d{{4}})", s):
            out.add(f"{pub.year:04d}-{mi:02d}-{int(m.group(1)):02d}")
    return out


def check_time(doc, sentence, t, modality, where, errors):
    if not valid_time(t):
        errors.append(f"{where}: bad time {t!r}")
        return
    years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", sentence))
    if doc.style == "wire":
        if not any(y.startswith(t[:4]) or y[:3] == t for y in years):
            errors.append(f"{where}: wire time {t} but the sentence writes no such year")
        return
    if any(t.startswith(y) or y[:3] == t for y in years):
        return
    pub = dt.date.fromisoformat(doc.published)
    cands = relative_times(sentence, pub, modality in ("planned", "hedged"))
    if t not in cands:
        errors.append(f"{where}: time {t} not supported by the sentence (relative readings: {sorted(cands) or 'none'})")


def common_prefix(times):
    """Common prefix of the documents' times, cut back to a valid time;
    None when a document has none."""
    if not times or any(t is None for t in times):
        return None
    p = os.path.commonprefix(times)
    while p and not valid_time(p):
        p = p[:-1]
    return p or None


def check_articles(docs, errors):
    for d in docs.values():
        n = len(d.body.split())
        if not 450 <= n <= 800:
            errors.append(f"{d.name}: body has {n} words, not 450-800")
        if not re.fullmatch(r"zzk\d\d-[a-z0-9-]+\.(txt|html)", d.name):
            errors.append(f"{d.name}: bad file name")
        num = int(d.id[3:])
        want = "wire" if num <= 3 else "newspaper" if num <= 6 else "html"
        if d.style != want:
            errors.append(f"{d.name}: style {d.style}, want {want}")
        if d.style == "wire":
            lead = d.sentences[0][2].lower()
            if not any(w in lead for w in WEEKDAYS):
                errors.append(f"{d.name}: no weekday in the lead")
            if re.search(r"\d{4}", d.dateline):
                errors.append(f"{d.name}: the dateline has a year")
            if not re.search(r"^\(Reporting by [^;]+(; [^;]+)*; Editing by [^)]+\)$", d.raw.strip().split("\n")[-1]):
                errors.append(f"{d.name}: bad credit line")
        if d.style == "html":
            raw = d.raw
            for what, pat in [("doctype", r"^<!DOCTYPE html>"), ("title", r"<title>[^<]+</title>"),
                              ("description", r'<meta name="description" content="[^"]+"'),
                              ("og:title", r'<meta property="og:title" content="[^"]+"'),
                              ("published_time", r'<meta property="article:published_time"'),
                              ("cookie banner", r'class="(cookie|consent)[^"]*"'), ("nav", r"<nav"),
                              ("breadcrumbs", r'class="breadcrumbs?"'), ("article", r"<article"),
                              ("h1", r"<h1>"), ("time", r'<time datetime="\d{4}-\d{2}-\d{2}'),
                              ("byline", r'class="byline"'), ("figure", r"<figure>"),
                              ("figcaption", r"<figcaption>"), ("aside most read", r"<aside[^>]*>\s*<h\d>Most read"),
                              ("newsletter", r'class="newsletter'), ("footer", r"<footer"),
                              ("entity &#8217;", r"&#8217;"), ("entity &quot;", r"&quot;"),
                              ("named entity", r"&[a-z]+acute;|&ccedil;")]:
                if not re.search(pat, raw, re.S):
                    errors.append(f"{d.name}: HTML lacks {what}")
            m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
            if m and m.group(1) != d.published:
                errors.append(f"{d.name}: <time> and article:published_time differ")


def main():
    docs = corpus.load(os.path.join(ROOT, "corpus"))
    errors, warnings = [], []
    check_articles(docs, errors)
    if len(docs) != 8:
        errors.append(f"{len(docs)} documents, want 8")

    # entities
    ent = {}
    alias_owner = {}
    searchable = "\n".join(unescape(d.raw) + "\n" + unescape(d.raw).replace("\u2019", "'")
                           for d in docs.values()).lower()
    for name, typ, aliases in ENTITIES:
        if name in ent:
            errors.append(f"entity {name!r} twice")
        if typ not in TYPES:
            errors.append(f"entity {name!r}: unknown type {typ!r}")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} of {name!r} already names {alias_owner[k]!r}")
            alias_owner[k] = name
        for a in aliases:
            if a.lower() not in searchable:
                errors.append(f"entity {name!r}: alias {a!r} is not a surface form of the corpus")
        if not any(a.lower() in searchable for a in [name] + aliases):
            errors.append(f"entity {name!r}: neither the name nor an alias occurs in the corpus")

    # rows
    units = {}
    used = set()
    triples, statements = [], []
    for i, r in enumerate(ROWS):
        where = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        for k in ("s", "o"):
            if r[k] not in ent:
                errors.append(f"{where}: unknown entity {r[k]!r}")
        for k in ("alt_s", "alt_o"):
            for a in r[k]:
                if a not in ent:
                    errors.append(f"{where}: unknown {k} entity {a!r}")
        if r["p"] not in SIGNATURE:
            errors.append(f"{where}: unknown predicate {r['p']!r}")
            continue
        for a in r["alt_p"]:
            if a not in SIGNATURE:
                errors.append(f"{where}: unknown alt_p {a!r}")
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: unknown modality {r['modality']!r}")
            continue
        if r["s"] in ent and r["o"] in ent:
            st, ot = SIGNATURE[r["p"]]
            if st and ent[r["s"]][0] not in st:
                errors.append(f"{where}: subject type {ent[r['s']][0]} does not fit {r['p']}")
            if ot and ent[r["o"]][0] not in ot:
                errors.append(f"{where}: object type {ent[r['o']][0]} does not fit {r['p']}")
        if not isinstance(r["required"], bool):
            errors.append(f"{where}: required must be true or false")
        if r["required"] and r["kind"]:
            errors.append(f"{where}: a required row has a kind")
        if not r["required"] and r["kind"] not in KINDS:
            errors.append(f"{where}: required: false needs a kind from {sorted(KINDS)}")
        if r["role"] and r["p"] not in ("head_of", "works_for"):
            errors.append(f"{where}: role on {r['p']}")
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            errors.append(f"{where}: {r['p']} without a role")
        if r["commodity"] and r["p"] != "imports_from":
            errors.append(f"{where}: commodity on {r['p']}")
        used.add(r["p"])

        times, seen_docs, notes, located = [], set(), [], []
        for e in r["ev"]:
            if len(e) not in (2, 3):
                errors.append(f"{where}: evidence must be (doc, phrase[, time])")
                continue
            did, phrase = "zzk" + e[0], e[1]
            t = e[2] if len(e) == 3 else None
            if did not in docs:
                errors.append(f"{where}: unknown document {did}")
                continue
            if did in seen_docs:
                errors.append(f"{where}: document {did} twice")
            seen_docs.add(did)
            d = docs[did]
            sents = d.sentence_of(phrase)
            if not sents:
                hit = phrase in d.body
                errors.append(f"{where}: {did}: phrase {phrase!r} " +
                              ("crosses a sentence boundary" if hit else "is not in the cleaned body"))
                continue
            start, end, sent = sents[0]
            if t is not None:
                check_time(d, sent, t, r["modality"], f"{where} {did}", errors)
                if r["p"] in STATIC:
                    errors.append(f"{where}: static relation {r['p']} with a time")
            times.append(t)
            notes.append(f"{did}: '{phrase}'")
            located.append((d, start, end, sent))
            # soft check: the sentence should mention the subject or one of its readings
            names = [r["s"]] + ent.get(r["s"], ("", []))[1] + r["alt_s"]
            for a in r["alt_s"]:
                names += ent.get(a, ("", []))[1]
            if r["required"] and not any(n.lower().replace("\u2019", "'") in sent.lower().replace("\u2019", "'") for n in names):
                warnings.append(f"{where}: {did}: no form of the subject in the sentence")
        time = common_prefix(times)

        pol = POLARITY[r["modality"]]

        def key(s, p, o):
            s, o = norm(s), norm(o)
            s, o = alias_owner.get(s, s), alias_owner.get(o, o)
            if p in SYMMETRIC and s > o:
                s, o = o, s
            return (s, p, o, pol)

        main = key(r["s"], r["p"], r["o"])
        if main in units:
            errors.append(f"{where}: duplicate of row {units[main][0]}")
        units.setdefault(main, (i, "main"))
        alts = set()
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    k = key(s, p, o)
                    if k != main:
                        alts.add(k)
        r["_alts"] = alts
        r["_main"] = main

        note = "; ".join(notes)
        if r["extra"]:
            note += f" -- {r['extra']}"
        if not r["required"]:
            note += f" [not required: {r['kind']}]"
        tr = {"s": r["s"], "p": r["p"], "o": r["o"],
              "docs": [d.name for d, *_ in located], "modality": r["modality"]}
        if time:
            tr["time"] = time
        tr["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                tr[k] = r[k]
        tr["note"] = note
        triples.append(tr)
        for d, start, end, sent in located:
            st = {"subject": r["s"], "subject_type": ent.get(r["s"], ("",))[0],
                  "predicate": r["p"],
                  "object": r["o"], "object_type": ent.get(r["o"], ("",))[0],
                  "modality": r["modality"], "time": time or "", "role": r["role"]}
            if r["p"] == "imports_from":
                st["commodity"] = r["commodity"]
            st.update({"confidence": 1.0, "source": f"corpus/{d.name}", "title": d.title,
                       "published": d.published, "sentence": sent, "start": start, "end": end,
                       "rule": "gold"})
            statements.append(st)

    # an alternative reading must not be another row's main reading
    for i, r in enumerate(ROWS):
        for k in r.get("_alts", ()):
            if k in units and units[k][0] != i:
                errors.append(f"row {i} ({r['s']} {r['p']} {r['o']}): alternative reading {k} is row {units[k][0]}")

    missing = set(SIGNATURE) - used
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")
    used_ents = set()
    for r in ROWS:
        used_ents.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
    for name in ent:
        if name not in used_ents:
            errors.append(f"entity {name!r} is in no row")

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    print(f"ok: {len(ENTITIES)} entities, {len(triples)} rows, {len(statements)} self-check statements")


if __name__ == "__main__":
    main()
