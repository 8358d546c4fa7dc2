#!/usr/bin/env python3
"""Build the gold standard of news set zzn from the annotations below.

Usage: python3 tools/build_gold.py   (from anywhere)

Every entity and every gold row lives in this file, each row with the
evidence phrase it rests on in each document. Before anything is written the
script checks that:

- each evidence phrase lies inside one sentence of that document's body
  (textutil.parse: no titles, bylines, datelines, credits, captions, asides
  or boilerplate);
- the subject and the object are named, by name or alias, in that body;
- subject and object types fit the signatures of SCHEMA.md;
- no (subject, predicate, object, polarity) unit repeats, symmetric
  predicates compared unordered;
- no alias belongs to two entities (kgscore's normalisation) and every alias
  occurs in some body;
- wire-copy rows carry a time only when the evidence sentence states the year;
- static relations and negated rows carry no time, and every SCHEMA.md
  predicate is used.

If a check fails it prints the problems, exits 1 and writes nothing.
Otherwise it writes entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl (one statement per row and document, in the shape
of `kg export --format jsonl`, rule "gold", confidence 1.0) into the set's
folder.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# --------------------------------------------------------------------------
# Documents: short key -> file, stated date, publisher as the file states it.
# Wire copies carry no year: the year is the one the stories are set in
# (README, "Styles").
DOCS = {
    "01": ("zzn01_indonesia_backs_timor_asean.txt", "2025-10-22", "Southern Cross Wire"),
    "02": ("zzn02_timor_woodside_sunrise_studies.txt", "2026-01-21", "Southern Cross Wire"),
    "03": ("zzn03_thailand_conditions_peace_declaration.txt", "2025-10-15", "Mekong Wire Service"),
    "04": ("zzn04_marles_dili_patrol_boat.txt", "2025-11-18", ""),
    "05": ("zzn05_laos_emerald_triangle.txt", "2025-09-24", ""),
    "06": ("zzn06_cambodia_vietnam_fuel_trade.txt", "2025-10-03", ""),
    "07": ("zzn07_asean_chief_dili_visit.html", "2026-02-10", "The Equator Post"),
    "08": ("zzn08_observers_mines_accord_on_hold.html", "2025-11-14", "Mekong Observer"),
}

# --------------------------------------------------------------------------
# Entities: name, type, aliases (only spellings that occur in some body).
P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
ENTITIES = [
    # people, cluster A
    ("Xanana Gusmão", P, ["Xanana Gusmao", "Gusmao", "Gusmão", "Xanana",
                          "Prime Minister Xanana Gusmao", "Prime Minister Xanana Gusmão"]),
    ("José Ramos-Horta", P, ["Jose Ramos-Horta", "Ramos-Horta", "President Jose Ramos-Horta",
                             "President José Ramos-Horta"]),
    ("Sugiono", P, ["Indonesian Foreign Minister Sugiono", "Foreign Minister Sugiono"]),
    ("Prabowo Subianto", P, ["Prabowo", "President Prabowo Subianto"]),
    ("Anwar Ibrahim", P, ["Anwar", "Malaysian Prime Minister Anwar Ibrahim"]),
    ("Bendito dos Santos Freitas", P, ["Freitas", "Foreign Minister Bendito dos Santos Freitas"]),
    ("Penny Wong", P, ["Foreign Minister Penny Wong"]),
    ("Francisco da Costa Monteiro", P, ["Monteiro"]),
    ("Madeleine King", P, ["Australian Resources Minister Madeleine King"]),
    ("Lisa Hartono", P, ["Hartono"]),
    ("Richard Marles", P, ["Marles", "Defence Minister Richard Marles"]),
    ("Sjafrie Sjamsoeddin", P, ["Sjafrie"]),
    ("Anthony Albanese", P, ["Albanese", "Prime Minister Anthony Albanese"]),
    ("Peter Calloway", P, ["Calloway"]),
    ("Greg Shackleton", P, ["Shackleton"]),
    ("Tony Stewart", P, ["Stewart"]),
    ("Kao Kim Hourn", P, ["Kao", "ASEAN Secretary-General Kao Kim Hourn"]),
    ("Ferdinand Marcos Jr.", P, ["Marcos", "Ferdinand Marcos", "President Ferdinand Marcos Jr."]),
    ("Joana Pereira", P, []),
    ("Maria da Cruz", P, []),
    # people, cluster B
    ("Sihasak Phuangketkeow", P, ["Sihasak", "Foreign Minister Sihasak Phuangketkeow"]),
    ("Donald Trump", P, ["Trump", "U.S. President Donald Trump", "President Donald Trump"]),
    ("Hun Manet", P, ["Prime Minister Hun Manet", "Cambodian Prime Minister Hun Manet"]),
    ("Hun Sen", P, ["Senate President Hun Sen"]),
    ("Anutin Charnvirakul", P, ["Anutin", "Prime Minister Anutin Charnvirakul"]),
    ("Paetongtarn Shinawatra", P, ["Paetongtarn"]),
    ("Phoxay Vongsavanh", P, ["Phoxay"]),
    ("Sonexay Siphandone", P, ["Sonexay", "Prime Minister Sonexay Siphandone"]),
    ("Thongloun Sisoulith", P, ["Thongloun", "President Thongloun Sisoulith"]),
    ("Tea Seiha", P, ["Cambodian Defence Minister Tea Seiha"]),
    ("Nattaphon Narkphanit", P, ["Nattaphon"]),
    ("Pham Minh Chinh", P, []),
    ("Le Thi Huong", P, []),
    ("Azlan Mokhtar", P, ["Azlan", "Major General Azlan Mokhtar"]),
    ("Bounmy Keophila", P, ["Bounmy"]),
    ("Sok Pisey", P, []),
    ("Kim Sarath", P, []),
    # countries
    ("Timor-Leste", C, []),
    ("Indonesia", C, []),
    ("Australia", C, []),
    ("Malaysia", C, []),
    ("Myanmar", C, []),
    ("Philippines", C, []),
    ("Japan", C, []),
    ("Singapore", C, []),
    ("China", C, []),
    ("Portugal", C, []),
    ("Solomon Islands", C, []),
    ("United States", C, ["U.S.", "Washington"]),
    ("Cambodia", C, []),
    ("Thailand", C, []),
    ("Laos", C, []),
    ("Vietnam", C, []),
    ("France", C, []),
    # organizations
    ("ASEAN", O, ["Association of Southeast Asian Nations", "the bloc"]),
    ("ASEAN Secretariat", O, []),
    ("National Unity Government", O, []),
    ("Woodside Energy", O, ["Woodside"]),
    ("Timor GAP", O, []),
    ("Osaka Gas", O, []),
    ("Santos", O, []),
    ("Archipelago Advisory", O, []),
    ("Indo-Pacific Strategy Centre", O, []),
    ("Indonesian National Armed Forces", O, ["Indonesian troops"]),
    ("National University of Timor-Leste", O, []),
    ("World Trade Organization", O, []),
    ("Community of Portuguese Language Countries", O, []),
    ("Senate of Cambodia", O, ["Senate"]),
    ("Royal Thai Army", O, ["Thai army", "Thai troops", "Thai soldiers"]),
    ("Royal Cambodian Armed Forces", O, ["Cambodian troops"]),
    ("Lao People's Revolutionary Party", O, []),
    ("General Border Committee", O, []),
    ("BRICS", O, []),
    ("Cambodia-Laos-Vietnam Development Triangle Area", O, []),
    ("Mekong Delta Institute", O, []),
    ("Khmer Rouge", O, []),
    ("ASEAN Observer Team", O, []),
    ("International Court of Justice", O, []),
    # cities
    ("Dili", CI, []),
    ("Jakarta", CI, []),
    ("Canberra", CI, []),
    ("Perth", CI, []),
    ("Darwin", CI, []),
    ("Kuala Lumpur", CI, []),
    ("Beaco", CI, []),
    ("Balibo", CI, []),
    ("Mota'ain", CI, []),
    ("Batugade", CI, []),
    ("Manila", CI, []),
    ("Bangkok", CI, []),
    ("Phnom Penh", CI, []),
    ("Vientiane", CI, []),
    ("Pakse", CI, []),
    ("Hanoi", CI, []),
    ("Svay Rieng", CI, []),
    ("Prey Chan", CI, []),
    ("Can Tho", CI, []),
    ("The Hague", CI, []),
    # regions
    ("Timor Sea", R, []),
    ("Europe", R, []),
    ("Oecusse", R, []),
    ("West Timor", R, []),
    ("Papua", R, []),
    ("Northern Territory", R, []),
    ("East Nusa Tenggara", R, []),
    ("Champasak", R, ["Champasak province"]),
    ("Sisaket", R, ["Sisaket province"]),
    ("Surin", R, []),
    ("Stung Treng", R, ["Stung Treng province"]),
    ("Banteay Meanchey", R, ["Banteay Meanchey province"]),
    ("Tay Ninh", R, []),
    ("Kantharalak", R, ["Kantharalak district"]),
    # facilities
    ("Bayu-Undan", F, ["Bayu-Undan field"]),
    ("Greater Sunrise", F, ["Greater Sunrise fields"]),
    ("Ta Krabey temple", F, ["Ta Krabey", "Prasat Ta Kwai"]),
    ("Preah Vihear temple", F, ["Preah Vihear"]),
    ("Funan Techo Canal", F, []),
    # agreements
    ("Maritime Boundary Treaty", A, []),
    ("ASEAN Charter", A, []),
    ("ASEAN Trade in Goods Agreement", A, []),
    ("Defence Cooperation Agreement", A, []),
    ("Lombok Treaty", A, []),
    ("July 28 ceasefire", A, ["ceasefire"]),
    ("Kuala Lumpur Peace Accord", A, ["peace accord", "the accord", "peace declaration",
                                      "the declaration"]),
    ("Ottawa Convention", A, []),
]

# --------------------------------------------------------------------------
# Signatures (SCHEMA.md). Where SCHEMA.md leaves a side open, actors are
# people, countries and organizations; objects of attacks and of criticism or
# support may also be places, facilities or agreements.
ACT = {P, C, O}
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
    "met_with": (ACT, ACT),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": ({C, O}, {C, O}),
    "allied_with": (ACT, ACT),
    "recognizes": ({C}, {C}),
    "supported": (ACT, ACT | {R, A, F}),
    "criticized": (ACT, ACT | {R, A, F}),
    "threatened": (ACT, ACT | {R}),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT | {R}, ACT | {R}),
    "attacked": (ACT, ACT | {CI, R, F}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ACT, ACT | {R, CI}),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": ({C}, {C}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with",
          "diplomatic_relations_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Rows. ev maps a document key to its evidence phrase, or to (phrase,
# modality) when that document holds the fact with another modality of the
# same polarity. The row's modality is the first document's.
ROWS = []


def row(s, p, o, m, req, ev, time=None, alt_s=None, alt_o=None, alt_p=None,
        role=None, commodity=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, m=m, req=req, ev=ev, time=time, alt_s=alt_s,
                     alt_o=alt_o, alt_p=alt_p, role=role, commodity=commodity,
                     note=note))


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

# ---- leaders, officials and their posts --------------------------------
row("Xanana Gusmão", "head_of", "Timor-Leste", AS, True, {
    "01": "Timor-Leste's Prime Minister Xanana Gusmao",
    "02": "Prime Minister Xanana Gusmao",
    "04": "Prime Minister Xanana Gusmão",
    "07": "Prime Minister Xanana Gusmão"}, role="prime minister")
row("José Ramos-Horta", "head_of", "Timor-Leste", AS, True, {
    "01": "President Jose Ramos-Horta",
    "02": "President Jose Ramos-Horta",
    "04": "President José Ramos-Horta",
    "07": "President José Ramos-Horta"}, role="president")
row("Sugiono", "works_for", "Indonesia", AS, True, {
    "01": "Indonesian Foreign Minister Sugiono"}, role="foreign minister")
row("Prabowo Subianto", "head_of", "Indonesia", AS, True, {
    "01": "the government of President Prabowo Subianto",
    "04": "President Prabowo Subianto"}, role="president")
row("Anwar Ibrahim", "head_of", "Malaysia", AS, True, {
    "01": "Malaysian Prime Minister Anwar Ibrahim",
    "03": "Malaysian Prime Minister Anwar Ibrahim",
    "08": "Malaysian Prime Minister Anwar Ibrahim"}, role="prime minister")
row("Bendito dos Santos Freitas", "works_for", "Timor-Leste", AS, True, {
    "01": "Foreign Minister Bendito dos Santos Freitas",
    "07": "Foreign Minister Bendito dos Santos Freitas"}, role="foreign minister")
row("Penny Wong", "works_for", "Australia", AS, True, {
    "01": "a spokesperson for Foreign Minister Penny Wong"}, role="foreign minister")
row("Francisco da Costa Monteiro", "works_for", "Timor-Leste", AS, True, {
    "02": "Timor-Leste's Minister of Petroleum and Mineral Resources Francisco da Costa Monteiro"},
    role="minister of petroleum and mineral resources")
row("Madeleine King", "works_for", "Australia", AS, True, {
    "02": "Australian Resources Minister Madeleine King"}, role="resources minister")
row("Lisa Hartono", "works_for", "Archipelago Advisory", AS, True, {
    "02": "an energy analyst at the Singapore-based consultancy Archipelago Advisory"},
    role="energy analyst")
row("Richard Marles", "works_for", "Australia", AS, True, {
    "04": "Deputy Prime Minister and Defence Minister Richard Marles"},
    role="deputy prime minister and defence minister")
row("Sjafrie Sjamsoeddin", "works_for", "Indonesia", AS, True, {
    "04": "his Indonesian counterpart, Sjafrie Sjamsoeddin"}, role="defence minister",
    note="counterpart of a defence minister")
row("Anthony Albanese", "head_of", "Australia", AS, True, {
    "04": "Prime Minister Anthony Albanese"}, role="prime minister")
row("Peter Calloway", "works_for", "Indo-Pacific Strategy Centre", AS, True, {
    "04": "a senior fellow at the Canberra-based Indo-Pacific Strategy Centre"},
    role="senior fellow")
row("Kao Kim Hourn", "head_of", "ASEAN", AS, True, {
    "07": "ASEAN Secretary-General Kao Kim Hourn"}, role="secretary-general",
    alt_o=["ASEAN Secretariat"],
    note="also 'has led the Jakarta-based ASEAN Secretariat since 2023'")
row("Ferdinand Marcos Jr.", "head_of", "Philippines", AS, True, {
    "07": "Philippine President Ferdinand Marcos Jr."}, role="president")
row("Joana Pereira", "works_for", "National University of Timor-Leste", AS, True, {
    "07": "who teaches international relations at the National University of Timor-Leste"},
    role="lecturer")
row("Sihasak Phuangketkeow", "works_for", "Thailand", AS, True, {
    "03": "Foreign Minister Sihasak Phuangketkeow",
    "08": "Foreign Minister Sihasak Phuangketkeow"}, role="foreign minister")
row("Donald Trump", "head_of", "United States", AS, True, {
    "03": "U.S. President Donald Trump",
    "08": "U.S. President Donald Trump"}, role="president")
row("Hun Manet", "head_of", "Cambodia", AS, True, {
    "03": "Prime Minister Hun Manet",
    "06": "Cambodian Prime Minister Hun Manet",
    "08": "Cambodian Prime Minister Hun Manet"}, role="prime minister")
row("Hun Sen", "head_of", "Senate of Cambodia", AS, True, {
    "03": "Senate President Hun Sen"}, role="Senate president")
row("Hun Sen", "head_of", "Cambodia", AS, False, {
    "03": "Hun Manet's father and predecessor",
    "05": "Hun Sen, then Cambodia's prime minister",
    "06": "succeeded his father Hun Sen as prime minister in 2023"},
    role="prime minister (former)", note="former post")
row("Anutin Charnvirakul", "head_of", "Thailand", AS, True, {
    "03": "Prime Minister Anutin Charnvirakul",
    "08": "Prime Minister Anutin Charnvirakul"}, role="prime minister")
row("Paetongtarn Shinawatra", "head_of", "Thailand", AS, False, {
    "03": "the Constitutional Court removed Paetongtarn Shinawatra",
    "06": "then-Thai Prime Minister Paetongtarn Shinawatra"},
    role="prime minister (former)", note="former post; removed in August 2025")
row("Phoxay Vongsavanh", "works_for", "Laos", AS, True, {
    "05": "Lao Deputy Foreign Minister Phoxay Vongsavanh"}, role="deputy foreign minister")
row("Sonexay Siphandone", "head_of", "Laos", AS, True, {
    "05": "Prime Minister Sonexay Siphandone"}, role="prime minister")
row("Thongloun Sisoulith", "head_of", "Laos", AS, True, {
    "05": "President Thongloun Sisoulith"}, role="president")
row("Thongloun Sisoulith", "head_of", "Lao People's Revolutionary Party", AS, True, {
    "05": "who also heads the ruling Lao People's Revolutionary Party"}, role="party leader")
row("Tea Seiha", "works_for", "Cambodia", AS, True, {
    "05": "Cambodian Defence Minister Tea Seiha"}, role="defence minister")
row("Nattaphon Narkphanit", "works_for", "Thailand", AS, True, {
    "05": "Thailand's defence minister, Nattaphon Narkphanit"}, role="defence minister")
row("Tea Seiha", "head_of", "General Border Committee", AS, False, {
    "05": "which the two defence ministers co-chair"}, role="co-chair",
    note="'the two defence ministers' resolves to Tea Seiha and Nattaphon")
row("Nattaphon Narkphanit", "head_of", "General Border Committee", AS, False, {
    "05": "which the two defence ministers co-chair"}, role="co-chair")
row("Pham Minh Chinh", "head_of", "Vietnam", AS, True, {
    "06": "his Vietnamese counterpart, Pham Minh Chinh"}, role="prime minister",
    note="counterpart of the Cambodian prime minister")
row("Le Thi Huong", "works_for", "Mekong Delta Institute", AS, True, {
    "06": "a researcher at the Mekong Delta Institute"}, role="researcher")
row("Azlan Mokhtar", "head_of", "ASEAN Observer Team", AS, True, {
    "08": "led by Malaysian Major General Azlan Mokhtar"}, role="leader")

# ---- nationality and residence ------------------------------------------
row("Azlan Mokhtar", "citizen_of", "Malaysia", AS, False, {
    "08": "Malaysian Major General Azlan Mokhtar"}, alt_p=["works_for"],
    note="a Malaysian officer: nationality, or service")
row("Kao Kim Hourn", "citizen_of", "Cambodia", AS, True, {
    "07": "a veteran diplomat from Cambodia"})
row("Greg Shackleton", "citizen_of", "Australia", AS, True, {
    "04": "Australians Greg Shackleton and Tony Stewart"})
row("Tony Stewart", "citizen_of", "Australia", AS, True, {
    "04": "Australians Greg Shackleton and Tony Stewart"})
row("Bounmy Keophila", "lives_in", "Pakse", AS, True, {
    "05": "a coffee exporter who lives in Pakse"})
row("Maria da Cruz", "lives_in", "Batugade", AS, True, {
    "07": "a trader who lives in Batugade"})
row("Sok Pisey", "lives_in", "Svay Rieng", AS, True, {
    "06": "a fuel distributor who lives in Svay Rieng"})
row("Kim Sarath", "lives_in", "Prey Chan", AS, False, {
    "08": "a villager, Kim Sarath, 45, in Prey Chan village"},
    note="a villager shot in his village: residence implied")

# ---- membership and candidacy ------------------------------------------
row("Timor-Leste", "member_of", "ASEAN", PL, True, {
    "01": "due to become the 11th member of the Association of Southeast Asian Nations"},
    note="four days before admission; 04 and 07 report it done (polarity trap)")
row("Timor-Leste", "member_of", "ASEAN", NE, True, {
    "01": "is not yet a full member of the bloc"},
    note="polarity trap: planned in the same copy, asserted in 04 and 07")
row("Timor-Leste", "member_of", "ASEAN", AS, True, {
    "04": "Timor-Leste became the 11th member of the Association of Southeast Asian Nations",
    "07": "since Timor-Leste joined the bloc in October"},
    note="joined 2025-10 (static relation, no time)")
row("Indonesia", "member_of", "ASEAN", AS, True, {
    "01": "the bloc's most populous member"})
row("Malaysia", "member_of", "ASEAN", AS, False, {
    "01": "Malaysia holds the rotating ASEAN chair this year",
    "03": "whose country chairs ASEAN this year",
    "07": "took over the rotating ASEAN chair from Malaysia"},
    note="implied by holding the chair")
row("Myanmar", "member_of", "ASEAN", AS, False, {
    "01": "whose junta leaders have been barred from ASEAN summits"},
    note="implied: a member whose leaders are barred")
row("Australia", "member_of", "ASEAN", NE, True, {
    "01": "which is not an ASEAN member"})
row("Philippines", "member_of", "ASEAN", AS, True, {
    "07": "four ASEAN members, including the Philippines and Vietnam"})
row("Vietnam", "member_of", "ASEAN", AS, True, {
    "07": "four ASEAN members, including the Philippines and Vietnam"})
row("Timor-Leste", "member_of", "World Trade Organization", AS, True, {
    "07": "Timor-Leste joined the World Trade Organization in 2024"},
    note="joined 2024 (static relation, no time)")
row("Timor-Leste", "member_of", "Community of Portuguese Language Countries", AS, True, {
    "07": "is a member of the Community of Portuguese Language Countries"})
row("Cambodia", "member_of", "Cambodia-Laos-Vietnam Development Triangle Area", NE, True, {
    "06": "Cambodia also withdrew last year from the Cambodia-Laos-Vietnam Development Triangle Area"},
    note="withdrew in 2024: no longer a member")
row("Laos", "member_of", "Cambodia-Laos-Vietnam Development Triangle Area", AS, True, {
    "06": "Laos and Vietnam remain in the scheme"})
row("Vietnam", "member_of", "Cambodia-Laos-Vietnam Development Triangle Area", AS, True, {
    "06": "Laos and Vietnam remain in the scheme"})
row("Vietnam", "candidate_for", "BRICS", NE, True, {
    "06": "has not sought full membership"},
    note="a BRICS partner country, not a member and not seeking to be one; no member_of row")
row("Timor-Leste", "candidate_for", "ASEAN", AS, True, {
    "01": "since Timor-Leste applied to join the bloc in 2011"}, time="2011")

# ---- capitals, containment, borders, seats -----------------------------
row("Dili", "capital_of", "Timor-Leste", AS, True, {
    "01": "Timor-Leste's Prime Minister Xanana Gusmao in the capital, Dili"})
row("Vientiane", "capital_of", "Laos", AS, True, {
    "05": "in the capital, Vientiane"})
row("Hanoi", "capital_of", "Vietnam", AS, True, {
    "06": "the Vietnamese capital, Hanoi"})
row("Phnom Penh", "capital_of", "Cambodia", AS, True, {
    "08": "the Cambodian capital, Phnom Penh"})
row("Pakse", "capital_of", "Champasak", AS, True, {
    "05": "Pakse, the capital of Laos's Champasak province"})
row("Champasak", "located_in", "Laos", AS, True, {
    "05": "Laos's Champasak province"})
row("Pakse", "located_in", "Laos", AS, False, {
    "05": "in the southern city of Pakse"}, note="entailed by capital of Champasak")
row("Timor-Leste", "borders", "Indonesia", AS, True, {
    "01": "shares the island of Timor with Indonesia"},
    note="also 'their land border'")
row("Oecusse", "located_in", "Timor-Leste", AS, True, {
    "01": "an enclave of Timor-Leste"})
row("Oecusse", "borders", "West Timor", AS, False, {
    "01": "surrounded by Indonesia's West Timor"})
row("West Timor", "located_in", "Indonesia", AS, True, {
    "01": "Indonesia's West Timor"})
row("Bayu-Undan", "located_in", "Timor Sea", AS, True, {
    "01": "the Bayu-Undan field in the Timor Sea"})
row("Greater Sunrise", "located_in", "Timor Sea", AS, True, {
    "02": "Greater Sunrise, which lies in the Timor Sea between the two countries"})
row("Beaco", "located_in", "Timor-Leste", AS, True, {
    "02": "at Beaco on its southern coast"}, note="'its' = Timor-Leste")
row("Darwin", "located_in", "Northern Territory", AS, True, {
    "04": "in Darwin, in Australia's Northern Territory"})
row("Northern Territory", "located_in", "Australia", AS, True, {
    "04": "Australia's Northern Territory"})
row("Papua", "located_in", "Indonesia", AS, True, {
    "04": "Indonesia's Papua region"})
row("Mota'ain", "located_in", "East Nusa Tenggara", AS, True, {
    "07": "Mota'ain, in Indonesia's East Nusa Tenggara province"})
row("East Nusa Tenggara", "located_in", "Indonesia", AS, True, {
    "07": "Indonesia's East Nusa Tenggara province"})
row("Batugade", "located_in", "Timor-Leste", AS, False, {
    "07": "on the Timorese side of the crossing"}, note="by demonym")
row("Laos", "borders", "Thailand", AS, True, {
    "05": "borders both Thailand and Cambodia"})
row("Laos", "borders", "Cambodia", AS, True, {
    "05": "borders both Thailand and Cambodia"})
row("Cambodia", "borders", "Thailand", AS, True, {
    "05": "where the borders of the three countries meet",
    "06": "its western frontier with Thailand"})
row("Cambodia", "borders", "Vietnam", AS, True, {
    "06": "the Moc Bai crossing, the busiest between the two countries"},
    note="also 'its eastern neighbour'")
row("Tay Ninh", "located_in", "Vietnam", AS, True, {
    "06": "a Vietnamese province on the Cambodian border"})
row("Tay Ninh", "borders", "Cambodia", AS, False, {
    "06": "a Vietnamese province on the Cambodian border"})
row("Sisaket", "located_in", "Thailand", AS, True, {
    "05": "Thailand's Sisaket and Surin provinces",
    "08": "Thailand's Sisaket province"})
row("Surin", "located_in", "Thailand", AS, True, {
    "05": "Thailand's Sisaket and Surin provinces"})
row("Stung Treng", "located_in", "Cambodia", AS, True, {
    "05": "Cambodia's Stung Treng province"})
row("Prey Chan", "located_in", "Banteay Meanchey", AS, True, {
    "08": "Prey Chan village in Cambodia's Banteay Meanchey province"})
row("Banteay Meanchey", "located_in", "Cambodia", AS, True, {
    "08": "Cambodia's Banteay Meanchey province"})
row("Preah Vihear temple", "located_in", "Cambodia", RE, True, {
    "08": "the Preah Vihear temple lies in Cambodian territory"},
    note="as the court ruled")
row("Funan Techo Canal", "located_in", "Cambodia", AS, False, {
    "06": "which Cambodia began building last year"}, note="implied")
row("Timor GAP", "based_in", "Timor-Leste", AS, False, {
    "02": "its state oil company Timor GAP"}, note="a state company: seat implied")
row("Woodside Energy", "based_in", "Perth", AS, True, {
    "02": "which is based in Perth"})
row("Osaka Gas", "based_in", "Japan", AS, True, {
    "02": "Japan's Osaka Gas"})
row("Santos", "based_in", "Australia", AS, True, {
    "02": "Australia's Santos"})
row("Archipelago Advisory", "based_in", "Singapore", AS, True, {
    "02": "the Singapore-based consultancy Archipelago Advisory"})
row("Indo-Pacific Strategy Centre", "based_in", "Canberra", AS, True, {
    "04": "the Canberra-based Indo-Pacific Strategy Centre"})
row("ASEAN Secretariat", "based_in", "Jakarta", AS, True, {
    "07": "the Jakarta-based ASEAN Secretariat"}, alt_s=["ASEAN"])
row("National University of Timor-Leste", "based_in", "Dili", AS, True, {
    "07": "the National University of Timor-Leste in Dili"})
row("Mekong Delta Institute", "based_in", "Can Tho", AS, True, {
    "06": "the Mekong Delta Institute in Can Tho"})
row("International Court of Justice", "based_in", "The Hague", AS, True, {
    "08": "which is based in The Hague"})

# ---- meetings, visits, calls, talks ------------------------------------
row("Sugiono", "met_with", "Xanana Gusmão", AS, True, {
    "01": "held talks with Timor-Leste's Prime Minister Xanana Gusmao"})
row("Sugiono", "visited", "Dili", AS, True, {
    "01": "held talks with Timor-Leste's Prime Minister Xanana Gusmao in the capital, Dili, on Wednesday"},
    alt_o=["Timor-Leste"])
row("Bendito dos Santos Freitas", "met_with", "Sugiono", AS, False, {
    "01": "who joined Wednesday's talks"})
row("Timor-Leste", "met_with", "National Unity Government", AS, True, {
    "01": "officials in Dili met representatives of the opposition National Unity Government in 2023"},
    time="2023", alt_s=["Dili"])
row("José Ramos-Horta", "visited", "Kuala Lumpur", PL, True, {
    "01": "he would travel to Kuala Lumpur with Gusmao"})
row("Xanana Gusmão", "visited", "Kuala Lumpur", PL, False, {
    "01": "he would travel to Kuala Lumpur with Gusmao"}, note="coordination: 'with Gusmao'")
row("Sugiono", "visited", "Kuala Lumpur", PL, False, {
    "01": "Sugiono is due to fly there on Thursday"}, note="'there' = Kuala Lumpur")
row("Richard Marles", "visited", "Dili", AS, True, {
    "04": "arrived in the Timorese capital on Monday morning"}, time="2025-11-17",
    alt_o=["Timor-Leste"], note="also 'announced in Dili on Monday'")
row("Richard Marles", "met_with", "José Ramos-Horta", AS, True, {
    "04": "met President José Ramos-Horta"}, time="2025-11-17")
row("Richard Marles", "met_with", "Xanana Gusmão", AS, True, {
    "04": "met President José Ramos-Horta and Prime Minister Xanana Gusmão"}, time="2025-11-17")
row("Xanana Gusmão", "visited", "China", AS, True, {
    "04": "Gusmão visited China in September 2023"}, time="2023-09")
row("Richard Marles", "visited", "Jakarta", PL, True, {
    "04": "Marles will travel to Jakarta on Wednesday"}, time="2025-11-19",
    alt_o=["Indonesia"])
row("Richard Marles", "met_with", "Sjafrie Sjamsoeddin", PL, True, {
    "04": "for talks with his Indonesian counterpart, Sjafrie Sjamsoeddin"}, time="2025-11-19")
row("Richard Marles", "visited", "Balibo", AS, True, {
    "04": "On Tuesday morning Marles travelled to Balibo"}, time="2025-11-18",
    alt_o=["Timor-Leste"])
row("Kao Kim Hourn", "visited", "Dili", AS, True, {
    "07": "arrived in Dili on Monday"}, time="2026-02-09", alt_o=["Timor-Leste"])
row("Kao Kim Hourn", "met_with", "Xanana Gusmão", AS, True, {
    "07": "held talks with Prime Minister Xanana Gusmão on Monday afternoon"}, time="2026-02-09")
row("Kao Kim Hourn", "met_with", "José Ramos-Horta", NE, True, {
    "07": "He did not meet President José Ramos-Horta"})
row("Ferdinand Marcos Jr.", "visited", "Dili", PL, True, {
    "07": "he intends to visit Dili before then"}, alt_o=["Timor-Leste"])
row("José Ramos-Horta", "visited", "Europe", AS, True, {
    "07": "who is travelling in Europe"}, time="2026-02")
row("Kao Kim Hourn", "supported", "Timor-Leste", PL, False, {
    "07": "promising technical help to a government"}, alt_s=["ASEAN", "ASEAN Secretariat"],
    note="'a government' = Timor-Leste's")
row("Kao Kim Hourn", "visited", "Manila", PL, True, {
    "07": "Kao is due to leave on Thursday for Manila"}, time="2026-02-12",
    alt_o=["Philippines"])
row("Donald Trump", "visited", "Kuala Lumpur", HE, True, {
    "03": "Trump is expected to fly to Kuala Lumpur for the summit"},
    alt_o=["Malaysia"], note="08 implies he went (optional POS row)")
row("Donald Trump", "visited", "Kuala Lumpur", AS, False, {
    "08": "Trump had said in Kuala Lumpur"}, alt_o=["Malaysia"],
    note="implied by where he spoke; 03 has it hedged")
row("Anutin Charnvirakul", "met_with", "Anwar Ibrahim", PL, True, {
    "03": "The two men are due to meet in Kuala Lumpur"})
row("Hun Manet", "met_with", "Pham Minh Chinh", AS, True, {
    "06": "The two leaders met in Tay Ninh"}, time="2025-10-02")
row("Hun Manet", "visited", "Tay Ninh", AS, True, {
    "06": "The two leaders met in Tay Ninh"}, time="2025-10-02", alt_o=["Vietnam"])
row("Hun Manet", "visited", "Hanoi", PL, True, {
    "06": "is due to visit the Vietnamese capital, Hanoi, again next month"},
    time="2025-11", alt_o=["Vietnam"])
row("Paetongtarn Shinawatra", "visited", "Hanoi", AS, True, {
    "06": "when then-Thai Prime Minister Paetongtarn Shinawatra visited Hanoi"},
    time="2025-05", alt_o=["Vietnam"])
row("Sonexay Siphandone", "visited", "Kuala Lumpur", PL, True, {
    "05": "is due to attend the ASEAN summit in Kuala Lumpur next month"},
    time="2025-10", alt_o=["Malaysia"])
row("Tea Seiha", "visited", "Pakse", PL, False, {
    "05": "has accepted the invitation to Pakse"}, alt_o=["Laos"])
row("Thailand", "met_with", "Laos", NE, False, {
    "05": "Bangkok would not send officers to a three-way meeting"},
    alt_s=["Bangkok"], note="declines a three-way meeting; no NEG row with Cambodia, with which it does talk")
row("ASEAN Observer Team", "visited", "Kantharalak", RE, True, {
    "08": "its inspectors visited Kantharalak district on Wednesday"}, time="2025-11-12",
    alt_o=["Sisaket"])
row("Indonesia", "negotiating_with", "Timor-Leste", RE, True, {
    "01": "agreed on Wednesday to speed up negotiations on the last unsettled stretches of their land border"},
    note="'the two neighbours'; a senior Indonesian official said")
row("Xanana Gusmão", "negotiating_with", "Australia", RE, True, {
    "02": "who led the negotiations with Australia over a permanent maritime boundary"},
    alt_s=["Timor-Leste"], note="past negotiations (2016-2018), no year in the sentence")
row("Timor-Leste", "negotiating_with", "Woodside Energy", PL, True, {
    "02": "talks on the contract would resume in Dili in March"})
row("Timor-Leste", "negotiating_with", "Woodside Energy", RE, False, {
    "02": "while keeping Dili at the table"}, alt_s=["Dili"],
    note="analyst's view that talks go on")
row("Australia", "negotiating_with", "Indonesia", RE, False, {
    "04": "the two countries had finished negotiating a new bilateral security treaty"},
    time="2025-11", note="talks now finished: a past fact")
row("Laos", "contacted", "Thailand", RE, True, {
    "05": "Laos had contacted both Thailand and Cambodia last week"}, time="2025-09")
row("Laos", "contacted", "Cambodia", RE, True, {
    "05": "Laos had contacted both Thailand and Cambodia last week"}, time="2025-09")
row("Thongloun Sisoulith", "contacted", "Thailand", RE, False, {
    "05": "has written to the leaders of both countries urging calm"},
    note="'the leaders of both countries'")
row("Thongloun Sisoulith", "contacted", "Cambodia", RE, False, {
    "05": "has written to the leaders of both countries urging calm"})
row("Thailand", "negotiating_with", "Cambodia", RE, True, {
    "05": "Thailand and Cambodia were already negotiating through the General Border Committee"})
row("Anutin Charnvirakul", "contacted", "Anwar Ibrahim", RE, True, {
    "03": "Anutin spoke by telephone with Anwar on Tuesday"})
row("Paetongtarn Shinawatra", "contacted", "Hun Sen", AS, False, {
    "03": "a leaked telephone call with Hun Sen"},
    alt_s=["Hun Sen"], alt_o=["Paetongtarn Shinawatra"], note="direction of the call not stated")
row("Cambodia", "contacted", "International Court of Justice", AS, False, {
    "08": "Cambodia asked the International Court of Justice in June"}, time="2025-06")
row("Hun Manet", "negotiating_with", "Vietnam", PL, False, {
    "06": "for talks on the canal"}, time="2025-11", alt_s=["Cambodia"])
row("Timor-Leste", "contacted", "China", NE, False, {
    "02": "Timor-Leste had not approached lenders in China"},
    note="'lenders in China' read as China; reported by Monteiro")

# ---- agreements ---------------------------------------------------------
row("Timor-Leste", "signed_agreement_with", "Woodside Energy", AS, True, {
    "02": "Timor-Leste and Woodside Energy signed an agreement on Wednesday"},
    note="study agreement; polarity trap with the production-sharing contract")
row("Timor-Leste", "signed_agreement_with", "Woodside Energy", NE, True, {
    "02": "Woodside and Timor-Leste have not yet agreed on a production-sharing contract"})
row("Australia", "signed_agreement_with", "Timor-Leste", AS, True, {
    "02": "Australia and Timor-Leste signed the Maritime Boundary Treaty"}, time="2018-03")
row("Australia", "party_to", "Maritime Boundary Treaty", AS, True, {
    "02": "Australia and Timor-Leste signed the Maritime Boundary Treaty"}, time="2018-03")
row("Timor-Leste", "party_to", "Maritime Boundary Treaty", AS, True, {
    "02": "Australia and Timor-Leste signed the Maritime Boundary Treaty"}, time="2018-03")
row("Timor-Leste", "party_to", "ASEAN Charter", PL, True, {
    "01": "Timor-Leste would sign the ASEAN Charter on Sunday"})
row("Timor-Leste", "party_to", "ASEAN Trade in Goods Agreement", NE, True, {
    "07": "Timor-Leste has not yet ratified several of the bloc's economic agreements, including the ASEAN Trade in Goods Agreement"})
row("Australia", "signed_agreement_with", "Indonesia", AS, True, {
    "04": "Australia and Indonesia signed a Defence Cooperation Agreement in August last year"},
    time="2024-08", note="polarity trap: the new treaty is only planned")
row("Australia", "party_to", "Defence Cooperation Agreement", AS, True, {
    "04": "Australia and Indonesia signed a Defence Cooperation Agreement"}, time="2024-08")
row("Indonesia", "party_to", "Defence Cooperation Agreement", AS, True, {
    "04": "Australia and Indonesia signed a Defence Cooperation Agreement"}, time="2024-08")
row("Australia", "signed_agreement_with", "Indonesia", PL, True, {
    "04": "which he and President Prabowo Subianto intend to sign in the coming months"},
    alt_s=["Anthony Albanese"], alt_o=["Prabowo Subianto"])
row("Australia", "party_to", "Lombok Treaty", AS, True, {
    "04": "Under the 2006 Lombok Treaty, Australia is committed"}, time="2006")
row("Indonesia", "party_to", "Lombok Treaty", AS, False, {
    "04": "Under the 2006 Lombok Treaty, Australia is committed to respecting Indonesia's territorial integrity"},
    time="2006", note="implied")
row("Solomon Islands", "signed_agreement_with", "China", AS, True, {
    "04": "Solomon Islands, which signed a security pact with China in 2022"}, time="2022")
row("Timor-Leste", "signed_agreement_with", "China", NE, True, {
    ("04"): ("Timor-Leste has no security agreement with Beijing", NE)}, alt_o=["Beijing"],
    note="Ramos-Horta added (reported denial)")
row("Cambodia", "signed_agreement_with", "Thailand", RE, True, {
    "03": "the ceasefire the two countries agreed in Malaysia in July",
    "08": ("the peace accord Thailand and Cambodia signed less than three weeks ago", AS)},
    alt_s=["Hun Manet"], alt_o=["Anutin Charnvirakul"],
    note="03: July ceasefire (within Hun Manet's reported speech); 08: Kuala Lumpur accord of Oct. 26")
row("Cambodia", "signed_agreement_with", "Thailand", HE, True, {
    "03": "still expect Thailand and Cambodia to sign the declaration"},
    note="polarity trap: same copy has the refusal and the July ceasefire")
row("Cambodia", "signed_agreement_with", "Thailand", NE, True, {
    "03": "Thailand will not sign a peace declaration with Cambodia"},
    note="'unless' a condition not yet met")
row("Thailand", "party_to", "Kuala Lumpur Peace Accord", NE, True, {
    "03": "Thailand will not sign a peace declaration with Cambodia"},
    note="the declaration later signed as the accord (08: asserted; polarity trap across documents)")
row("Thailand", "party_to", "Kuala Lumpur Peace Accord", HE, False, {
    "03": "still expect Thailand and Cambodia to sign the declaration"})
row("Cambodia", "party_to", "Kuala Lumpur Peace Accord", PL, True, {
    "03": "Cambodia says it is ready to sign"})
row("Anwar Ibrahim", "brokered", "July 28 ceasefire", AS, True, {
    "03": "Malaysian Prime Minister Anwar Ibrahim brokered a ceasefire at his office in Putrajaya on July 28"},
    alt_s=["Malaysia"], note="no year in the sentence: no time")
row("Thailand", "party_to", "July 28 ceasefire", RE, False, {
    "03": "Thailand remained committed to the ceasefire"})
row("Cambodia", "party_to", "July 28 ceasefire", RE, False, {
    "03": "his government had met every obligation under the ceasefire"})
row("Thailand", "party_to", "Kuala Lumpur Peace Accord", AS, True, {
    "08": "which he and Cambodian Prime Minister Hun Manet signed on Oct. 26"},
    time="2025-10-26", alt_s=["Anutin Charnvirakul"],
    note="suspended, not withdrawn ('was not withdrawing from the accord'): no NEG row")
row("Cambodia", "party_to", "Kuala Lumpur Peace Accord", AS, True, {
    "08": "which he and Cambodian Prime Minister Hun Manet signed on Oct. 26"},
    time="2025-10-26", alt_s=["Hun Manet"])
row("Malaysia", "brokered", "Kuala Lumpur Peace Accord", AS, True, {
    "08": "brokered by Malaysia and the United States"}, alt_s=["Anwar Ibrahim"])
row("United States", "brokered", "Kuala Lumpur Peace Accord", AS, True, {
    "08": "brokered by Malaysia and the United States"}, alt_s=["Donald Trump"])
row("United States", "signed_agreement_with", "Cambodia", AS, True, {
    "08": "signed trade agreements with both Cambodia and Thailand on the day the accord was signed"},
    time="2025-10-26", note="trade agreements")
row("United States", "signed_agreement_with", "Thailand", AS, True, {
    "08": "signed trade agreements with both Cambodia and Thailand on the day the accord was signed"},
    time="2025-10-26")
row("Thailand", "party_to", "Ottawa Convention", AS, True, {
    "08": "to which both countries are parties"})
row("Cambodia", "party_to", "Ottawa Convention", AS, True, {
    "08": "to which both countries are parties"})
row("Cambodia", "signed_agreement_with", "Vietnam", AS, True, {
    "06": "agreed on Thursday to open two new border crossings"}, time="2025-10-02",
    alt_s=["Hun Manet"], alt_o=["Pham Minh Chinh"])

# ---- support, alliances, recognition, history (cluster A) --------------
row("Indonesia", "supported", "Timor-Leste", RE, True, {
    "01": "had championed its bid",
    "07": ("Jakarta has seconded 40 trade and customs specialists to ministries in Dili", AS)},
    alt_s=["Jakarta"], alt_o=["Dili"], note="01 also 'pledging Jakarta's backing'")
row("Australia", "supported", "Timor-Leste", AS, True, {
    "01": "one of Timor-Leste's largest aid donors",
    "02": ("Canberra supported Timor-Leste's ambition to build a petroleum industry", RE),
    "04": "the two patrol boats that Australia handed over in 2023"},
    alt_s=["Canberra"], note="aid; polarity trap with the planned boat and training (NONFACT row)")
row("Australia", "supported", "Timor-Leste", PL, True, {
    "04": "Australia will give Timor-Leste a third Guardian-class patrol boat",
    "07": "Japan and Australia, two of the bloc's dialogue partners, have pledged to fund training"})
row("Japan", "supported", "Timor-Leste", PL, True, {
    "07": "Japan and Australia, two of the bloc's dialogue partners, have pledged to fund training"},
    time="2026", note="training 'this year'")
row("China", "supported", "Timor-Leste", AS, True, {
    "04": "China built Timor-Leste's presidential palace and the headquarters of its foreign ministry"})
row("China", "allied_with", "Timor-Leste", AS, True, {
    "04": "upgraded their ties to a comprehensive strategic partnership"},
    note="partnership agreed September 2023 (static, no time)")
row("Australia", "allied_with", "United States", AS, True, {
    "04": "Washington, Australia's closest ally"})
row("Australia", "allied_with", "Timor-Leste", PL, False, {
    "04": "Australia intends to be a reliable partner"})
row("Indonesia", "allied_with", "Timor-Leste", AS, False, {
    "01": "Ties between Jakarta and Dili, poisoned for years by the occupation and by the violence that followed the 1999 vote, have since grown close",
    "07": "remains Dili's most important partner"},
    alt_s=["Jakarta"], alt_o=["Dili"],
    note="judgment: close ties / partner; 04's 'friends of Indonesia' (a neutrality formula) is not taken")
row("Indonesia", "recognizes", "Timor-Leste", AS, True, {
    "07": "Indonesia, which recognised Timor-Leste's independence in 2002"}, time="2002")
row("Indonesia", "diplomatic_relations_with", "Timor-Leste", AS, True, {
    "07": "established diplomatic relations with it the same year"},
    note="since 2002 (static, no time)")
row("Timor-Leste", "gained_independence_from", "Indonesia", AS, True, {
    "01": "the country became fully independent from Indonesia in 2002"}, time="2002")
row("Timor-Leste", "gained_independence_from", "Portugal", AS, False, {
    "07": "more than four centuries of rule by Portugal that ended in 1975"}, time="1975",
    note="implied by the end of Portuguese rule")
row("Indonesia", "attacked", "Timor-Leste", AS, False, {
    "01": "Indonesia invaded the former Portuguese colony in 1975"}, time="1975",
    note="invasion; 'ruled it for 24 years' has no row (took_control_of needs a place, not a country)")
row("Myanmar", "criticized", "Timor-Leste", AS, True, {
    "01": "Myanmar's military government objected to Timor-Leste's admission"}, time="2023")
row("Australia", "supported", "Papua", NE, True, {
    "04": "it does not support independence for Indonesia's Papua region"},
    alt_s=["Canberra"], note="Canberra has repeatedly said (reported denial)")
row("Papua", "seceded_from", "Indonesia", PL, True, {
    "04": "in a bid to break away from Indonesia"}, note="an aim of separatists, not a fact")
row("Indonesian National Armed Forces", "killed", "Greg Shackleton", AS, True, {
    "04": "were killed by Indonesian troops in October 1975"}, time="1975-10",
    alt_s=["Indonesia"], note="passive; 'Jakarta has long maintained that they died in crossfire' contests intent, not the killing: no NEG row")
row("Indonesian National Armed Forces", "killed", "Tony Stewart", AS, True, {
    "04": "were killed by Indonesian troops in October 1975"}, time="1975-10",
    alt_s=["Indonesia"])
row("Peter Calloway", "criticized", "Australia", RE, True, {
    "04": "successive Australian governments had neglected Timor-Leste"})
row("Australia", "in_conflict_with", "Timor-Leste", AS, False, {
    "02": "ending a decades-long dispute over the Timor Sea",
    "04": "a bitter fight over the Timor Sea boundary"},
    note="former dispute, ended by the 2018 treaty")
row("José Ramos-Horta", "threatened", "Woodside Energy", AS, True, {
    "02": "who in 2022 threatened to seek Chinese financing if Woodside refused"}, time="2022")
row("China", "in_conflict_with", "Philippines", AS, True, {
    "07": "the South China Sea disputes between China and four ASEAN members, including the Philippines and Vietnam"})
row("China", "in_conflict_with", "Vietnam", AS, True, {
    "07": "the South China Sea disputes between China and four ASEAN members, including the Philippines and Vietnam"})
row("Timor-Leste", "imports_from", "Indonesia", AS, True, {
    "01": "Indonesia is now Timor-Leste's biggest supplier of goods",
    "07": ("Timor-Leste buys roughly a third of its imports from Indonesia", RE)},
    alt_p=["trades_with"], commodity="fuel, cement, rice, construction materials")
row("Timor-Leste", "imports_from", "China", RE, True, {
    "07": "China and Singapore are its other main suppliers"}, alt_p=["trades_with"],
    commodity="goods")
row("Timor-Leste", "imports_from", "Singapore", RE, True, {
    "07": "China and Singapore are its other main suppliers"}, alt_p=["trades_with"],
    commodity="goods")

# ---- conflict, coercion, trade (cluster B) -----------------------------
row("Cambodia", "in_conflict_with", "Thailand", AS, True, {
    "03": "The two neighbours fought a five-day border war in July",
    "05": "five days of fighting between Thailand and Cambodia in July",
    "06": "the border dispute with Bangkok escalated"},
    note="border war of July 2025; no single time across documents")
row("Donald Trump", "threatened", "Cambodia", AS, True, {
    "03": "who had threatened to halt tariff negotiations with both countries"},
    alt_s=["United States"])
row("Donald Trump", "threatened", "Thailand", AS, True, {
    "03": "who had threatened to halt tariff negotiations with both countries"},
    alt_s=["United States"])
row("United States", "sanctioned", "Thailand", AS, True, {
    "03": "Washington later imposed a 19% tariff on goods from both Thailand and Cambodia"},
    note="tariff")
row("United States", "sanctioned", "Cambodia", AS, True, {
    "03": "Washington later imposed a 19% tariff on goods from both Thailand and Cambodia"})
row("Hun Manet", "criticized", "Royal Thai Army", AS, True, {
    "03": "he accused Thai troops of pushing barbed wire into disputed areas"},
    alt_o=["Thailand"])
row("Hun Manet", "criticized", "Thailand", AS, True, {
    "08": "Hun Manet accused Thailand of using the blast as a pretext"})
row("Royal Cambodian Armed Forces", "attacked", "Royal Thai Army", RE, True, {
    "03": "Cambodian troops had fired rifles at a Thai army post"},
    alt_s=["Cambodia"], alt_o=["Thailand"], note="Thailand's army said; polarity trap with the denial")
row("Royal Cambodian Armed Forces", "attacked", "Royal Thai Army", NE, True, {
    "03": "saying its forces had not fired a single shot since the ceasefire"},
    alt_s=["Cambodia"], alt_o=["Thailand"], note="Cambodia's defence ministry denied")
row("Royal Thai Army", "took_control_of", "Ta Krabey temple", RE, True, {
    "03": "its troops took control of the hilltop temple"},
    alt_s=["Thailand"], note="the Thai army says; polarity trap with Phnom Penh's denial")
row("Royal Thai Army", "took_control_of", "Ta Krabey temple", NE, True, {
    "03": "Phnom Penh denies that Thai troops ever held it"}, alt_s=["Thailand"])
row("Hun Sen", "criticized", "Thailand", AS, True, {
    "03": 'accused Thailand on Monday of waging an "economic blockade"'})
row("Thailand", "blockaded", "Cambodia", RE, True, {
    "03": 'accused Thailand on Monday of waging an "economic blockade"'},
    note="Hun Sen's accusation; polarity trap with the denial")
row("Thailand", "blockaded", "Cambodia", NE, True, {
    "03": "Thai officials deny imposing any blockade"})
row("Laos", "supported", "Thailand", NE, True, {
    "05": "Vientiane has not backed either side"}, alt_s=["Vientiane"])
row("Laos", "supported", "Cambodia", NE, True, {
    "05": "Vientiane has not backed either side"}, alt_s=["Vientiane"])
row("Laos", "trades_with", "Thailand", AS, True, {
    "05": "Thailand is one of Laos's two largest trading partners"})
row("Laos", "trades_with", "China", AS, True, {
    "05": "Thailand is one of Laos's two largest trading partners, alongside China"})
row("Laos", "imports_from", "Thailand", AS, True, {
    "05": "supplies most of the fuel sold in the country"}, alt_p=["trades_with"],
    commodity="fuel")
row("Thailand", "attacked", "Cambodia", AS, True, {
    "05": "Thai F-16 jets bombed Cambodian military positions"}, time="2025-07",
    alt_s=["Royal Thai Army"], alt_o=["Royal Cambodian Armed Forces"])
row("Cambodia", "attacked", "Thailand", AS, True, {
    "05": "Cambodian rockets struck villages in Thailand's Sisaket and Surin provinces"},
    time="2025-07", alt_s=["Royal Cambodian Armed Forces"], alt_o=["Sisaket", "Surin"])
row("Cambodia", "gained_independence_from", "France", AS, True, {
    "05": "Both Cambodia and Laos won independence from France in 1953"}, time="1953")
row("Laos", "gained_independence_from", "France", AS, True, {
    "05": "Both Cambodia and Laos won independence from France in 1953"}, time="1953")
row("Laos", "allied_with", "Vietnam", AS, True, {
    "05": "Vietnam, Laos's closest ally"})
row("Vietnam", "supported", "Laos", AS, True, {
    "05": "trains much of its army"})
row("China", "supported", "Laos", AS, True, {
    "05": "China, its biggest creditor, financed the railway"})
row("Hun Sen", "threatened", "Laos", AS, True, {
    "05": "threatened to use force unless Lao soldiers pulled back"}, time="2017")
row("Cambodia", "trades_with", "Vietnam", RE, True, {
    "06": "Trade between Cambodia and Vietnam reached about $10 billion last year"})
row("Cambodia", "imports_from", "Vietnam", RE, True, {
    "06": "Vietnam has become its main supplier of petrol and diesel"},
    alt_p=["trades_with"], commodity="petrol and diesel")
row("Cambodia", "imports_from", "Singapore", RE, True, {
    "06": "alongside Singapore and Malaysia"}, alt_p=["trades_with"], commodity="fuel")
row("Cambodia", "imports_from", "Malaysia", RE, True, {
    "06": "alongside Singapore and Malaysia"}, alt_p=["trades_with"], commodity="fuel")
row("Cambodia", "imports_from", "Thailand", NE, True, {
    "06": "Cambodia stopped buying fuel from Thailand in June"}, commodity="fuel",
    note="halted in June 2025; polarity trap with the former trade")
row("Cambodia", "imports_from", "Thailand", AS, False, {
    "06": "Thai refineries supplied roughly a third of the fuel sold in Cambodia"},
    commodity="fuel", note="before the ban (former)")
row("Cambodia", "sanctioned", "Thailand", AS, True, {
    "06": "including a halt to imports of Thai fruit and vegetables"}, time="2025-06",
    alt_s=["Phnom Penh"], note="import bans")
row("Cambodia", "allied_with", "Vietnam", RE, True, {
    "06": "Vietnam has been a reliable partner in difficult times"}, alt_s=["Hun Manet"])
row("Vietnam", "allied_with", "Thailand", AS, True, {
    "06": "Vietnam upgraded its ties with Thailand to a comprehensive strategic partnership in May"})
row("Vietnam", "supported", "Cambodia", NE, True, {
    "06": "it has not taken sides between Phnom Penh and Bangkok"}, alt_o=["Phnom Penh"])
row("Vietnam", "supported", "Thailand", NE, True, {
    "06": "it has not taken sides between Phnom Penh and Bangkok"}, alt_o=["Bangkok"])
row("Vietnam", "attacked", "Cambodia", AS, True, {
    "06": "Vietnamese troops invaded Cambodia in December 1978"}, time="1978-12")
row("Vietnam", "took_control_of", "Phnom Penh", AS, True, {
    "06": "captured Phnom Penh in January 1979"}, time="1979-01")
row("Vietnam", "in_conflict_with", "Khmer Rouge", AS, False, {
    "06": "ousting the Khmer Rouge"}, time="1979", alt_p=["attacked"])
row("Vietnam", "criticized", "Funan Techo Canal", NE, True, {
    "06": "Vietnam has not publicly criticised the canal"}, alt_o=["Cambodia"],
    note="polarity trap with the concerns raised privately")
row("Vietnam", "criticized", "Funan Techo Canal", RE, True, {
    "06": "Vietnamese officials had privately raised concerns with Cambodia about the canal's effect"},
    alt_o=["Cambodia"], note="according to Le Thi Huong")
row("Thailand", "criticized", "Cambodia", AS, True, {
    "08": "Thailand's foreign ministry accused Cambodia of breaching the Ottawa Convention"})
row("Royal Thai Army", "killed", "Kim Sarath", RE, True, {
    "08": "Thai soldiers shot dead a villager, Kim Sarath"}, time="2025-11-12",
    alt_s=["Thailand"], note="Cambodia's defence ministry said; polarity trap with the army's denial")
row("Royal Thai Army", "killed", "Kim Sarath", NE, True, {
    "08": "denied killing anyone"}, alt_s=["Thailand"])
row("Cambodia", "diplomatic_relations_with", "Thailand", AS, False, {
    "08": "but have not cut ties altogether"},
    note="double negative: ties downgraded, not cut")
row("Cambodia", "normalized_relations_with", "Thailand", AS, True, {
    "08": "were normalised within months"}, time="2003")
row("Cambodia", "normalized_relations_with", "Thailand", NE, False, {
    "08": "Thailand's ambassador would not return to Phnom Penh until the mine issue was resolved"},
    note="'until' a condition not yet met; polarity trap with 2003")
row("China", "allied_with", "Cambodia", AS, True, {
    "08": "China, Cambodia's closest ally"})
row("Thailand", "criticized", "International Court of Justice", AS, False, {
    "08": "Thailand rejects the court's jurisdiction"})


# --------------------------------------------------------------------------
def norm(s):  # kgscore's normalisation
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    parsed = {k: textutil.parse(os.path.join(ROOT, "corpus", f)) for k, (f, _, _) in DOCS.items()}
    sents = {k: textutil.sentences(d["body"]) for k, d in parsed.items()}
    etype = {n: t for n, t, _ in ENTITIES}
    names = {n: [n] + a for n, _, a in ENTITIES}

    # entities: unique names and aliases, each alias in some body
    seen = {}
    for n, t, al in ENTITIES:
        for a in [n] + al:
            k = norm(a)
            if k in seen and seen[k] != n:
                errors.append(f"alias {a!r} of {n} also belongs to {seen[k]}")
            seen[k] = n
        for a in al:
            if not any(textutil.word_re(a).search(d["body"]) for d in parsed.values()):
                errors.append(f"alias {a!r} of {n} occurs in no body")
        if not any(textutil.word_re(x).search(d["body"]) for x in [n] + al for d in parsed.values()):
            errors.append(f"entity {n} is named in no body")

    units = {}
    used_p = set()
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['m']})"
        s, p, o, m = r["s"], r["p"], r["o"], r["m"]
        used_p.add(p)
        if p not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        if m not in POLARITY:
            errors.append(f"{tag}: unknown modality")
        for x in (s, o):
            if x not in etype:
                errors.append(f"{tag}: unknown entity {x!r}")
        if s not in etype or o not in etype:
            continue
        st, ot = SIG[p]
        if etype[s] not in st or etype[o] not in ot:
            errors.append(f"{tag}: types {etype[s]} -> {etype[o]} do not fit {p}")
        pol = POLARITY[m]
        a, b = (s, o) if (p not in SYMMETRIC or s <= o) else (o, s)
        u = (a, p, b, pol)
        if u in units:
            errors.append(f"{tag}: unit repeats row {units[u]}")
        units[u] = i
        t = r["time"]
        if t is not None:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
                errors.append(f"{tag}: bad time {t!r}")
            if p in STATIC:
                errors.append(f"{tag}: static relation with a time")
            if pol == "NEG":
                errors.append(f"{tag}: negated row with a time")
        for alt in (r["alt_s"] or []) + (r["alt_o"] or []):
            if norm(alt) in seen and seen[norm(alt)] not in (alt,) and alt not in etype:
                errors.append(f"{tag}: alt {alt!r} is an alias of {seen[norm(alt)]}; use the name")
        for p2 in r["alt_p"] or []:
            if p2 not in SIG:
                errors.append(f"{tag}: unknown alt predicate {p2}")
        for d, e in r["ev"].items():
            if d not in DOCS:
                errors.append(f"{tag}: unknown document {d}")
                continue
            phrase, dm = (e if isinstance(e, tuple) else (e, m))
            if POLARITY.get(dm) != pol:
                errors.append(f"{tag}: doc {d} modality {dm} changes polarity")
            hit = [x for x in sents[d] if phrase in x[2]]
            if not hit:
                where = "crosses a sentence boundary" if phrase in parsed[d]["body"] else "not in the body"
                errors.append(f"{tag}: evidence for {d} {where}: {phrase!r}")
                continue
            body = parsed[d]["body"]
            for x in (s, o):
                if not any(textutil.word_re(n).search(body) for n in names[x]):
                    errors.append(f"{tag}: {x} is not named in the body of {d}")
            if t is not None and parsed[d]["style"] == "wire":
                year = t[:4] if len(t) >= 4 else t
                if not re.search(re.escape(year) + (r"\d" if len(t) == 3 else r"(?!\d)"), hit[0][2]):
                    errors.append(f"{tag}: wire copy {d} has time {t} but the sentence states no such year")
    missing = set(SIG) - used_p
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)

    # ---- write --------------------------------------------------------
    ents = [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES]
    triples, stmts = [], []
    for r in ROWS:
        docs = list(r["ev"])
        notes = []
        if r["role"]:
            notes.append(f"role: {r['role']}")
        if r["commodity"]:
            notes.append(f"commodity: {r['commodity']}")
        for d in docs:
            e = r["ev"][d]
            phrase, dm = (e if isinstance(e, tuple) else (e, r["m"]))
            notes.append(f"{d}: '{phrase}'" + (f" ({dm})" if dm != r["m"] else ""))
        if r["note"]:
            notes.append(r["note"])
        t = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[d][0] for d in docs],
             "modality": r["m"]}
        if r["time"]:
            t["time"] = r["time"]
        t["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                t[k] = r[k]
        t["note"] = "; ".join(notes)
        triples.append(t)
        for d in docs:
            e = r["ev"][d]
            phrase, dm = (e if isinstance(e, tuple) else (e, r["m"]))
            start, end, sent = next(x for x in sents[d] if phrase in x[2])
            f, pub, publisher = DOCS[d]
            st = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                  "object": r["o"], "object_type": etype[r["o"]], "modality": dm,
                  "time": r["time"] or "", "role": r["role"] or "", "confidence": 1.0,
                  "source": f"corpus/{f}", "title": parsed[d]["title"], "publisher": publisher,
                  "published": pub, "sentence": sent, "start": start, "end": end,
                  "rule": "gold"}
            if r["commodity"]:
                st["commodity"] = r["commodity"]
            stmts.append(st)

    def dump(name, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            for x in rows:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")

    dump("entities.jsonl", ents)
    dump("triples.jsonl", triples)
    dump("selfcheck_statements.jsonl", stmts)
    neg = sum(1 for r in ROWS if r["m"] == NE)
    req = sum(1 for r in ROWS if r["req"])
    print(f"wrote {len(ents)} entities, {len(triples)} rows ({req} required, {neg} negated), "
          f"{len(stmts)} statements")


if __name__ == "__main__":
    main()
