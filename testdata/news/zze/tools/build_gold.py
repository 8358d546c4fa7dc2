#!/usr/bin/env python3
"""Build the gold standard of news set zze from hand-written rows.

Every row names, per document, the evidence phrase (and, where the rules give
one, that document's time). The script checks each phrase lies inside ONE
sentence of the document's cleaned body, validates names, aliases, types,
predicates, modalities and times, and writes entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl next to the articles.

Usage: build_gold.py [--stats]
"""
import datetime, html, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

DOCS = {
    "01": ("zze01-ethiopia-djibouti-port.txt", "wire", None),
    "02": ("zze02-eritrea-rejects-port-diplomacy.txt", "wire", None),
    "03": ("zze03-naryn-water-energy-pact.txt", "wire", None),
    "04": ("zze04-mogadishu-hargeisa-weigh-port-deal.txt", "newspaper", None),
    "05": ("zze05-astana-kambarata-and-the-atom.txt", "newspaper", None),
    "06": ("zze06-qosh-tepa-canal-tests-patience.txt", "newspaper", None),
    "07": ("zze07-igad-sudan-summit.html", "html", None),
    "08": ("zze08-xi-hosts-turkmen-leader.html", "html", None),
}
WIRE_DATES = {"01": "2026-04-14", "02": "2026-04-16", "03": "2026-03-20"}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POL = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = None
# predicate -> (subject types, object types); None = any (SCHEMA.md gives no types)
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
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "diplomatic_relations_with", "allied_with"}

# ---------------------------------------------------------------- entities
E = []
def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})

# people
ent("Abiy Ahmed", P, "Abiy", "Prime Minister Abiy Ahmed", "Ethiopian Prime Minister Abiy Ahmed")
ent("Ismail Omar Guelleh", P, "Guelleh", "President Ismail Omar Guelleh", "Djiboutian President Ismail Omar Guelleh")
ent("Isaias Afwerki", P, "Isaias", "Eritrean President Isaias Afwerki")
ent("Yemane Gebremeskel", P, "Yemane", "Information Minister Yemane Gebremeskel",
    "Eritrean Information Minister Yemane Gebremeskel")
ent("Mahmoud Ali Youssouf", P, "Youssouf")
ent("Faisal bin Farhan", P, "Prince Faisal bin Farhan", "Saudi Foreign Minister Prince Faisal bin Farhan")
ent("Hassan Sheikh Mohamud", P, "Hassan Sheikh", "Somali President Hassan Sheikh Mohamud")
ent("Abdel Fattah al-Sisi", P, "al-Sisi", "Egyptian President Abdel Fattah al-Sisi")
ent("Badr Abdelatty", P, "Abdelatty", "Egyptian Foreign Minister Badr Abdelatty")
ent("Abdel Fattah al-Burhan", P, "Burhan", "al-Burhan")
ent("Mohamed Hamdan Dagalo", P, "Dagalo", "RSF commander Mohamed Hamdan Dagalo")
ent("Sahra Ismail", P)
ent("Mohamed Jama", P)
ent("Abdiwali Farah Gedi", P, "General Abdiwali Farah Gedi")
ent("Sadyr Japarov", P, "Japarov", "Kyrgyz President Sadyr Japarov")
ent("Kassym-Jomart Tokayev", P, "Tokayev", "Kazakh President Kassym-Jomart Tokayev")
ent("Shavkat Mirziyoyev", P, "Mirziyoyev", "Uzbek President Shavkat Mirziyoyev")
ent("Emomali Rahmon", P, "Rahmon", "Tajik President Emomali Rahmon")
ent("Taalaibek Ibraev", P, "Ibraev", "Kyrgyz Energy Minister Taalaibek Ibraev")
ent("Dmitry Peskov", P, "Peskov", "Kremlin spokesman Dmitry Peskov")
ent("Serik Abenov", P)
ent("Yerlan Sarsenov", P, "Sarsenov")
ent("Xi Jinping", P, "Xi", "Chinese President Xi Jinping")
ent("Jasur Tojiboev", P, "Tojiboev", "Deputy Foreign Minister Jasur Tojiboev")
ent("Amir Khan Muttaqi", P, "Muttaqi")
ent("Rashid Meredov", P, "Meredov", "Foreign Minister Rashid Meredov")
ent("Zabihullah Mujahid", P, "Mujahid", "Taliban spokesman Zabihullah Mujahid")
ent("Hibatullah Akhundzada", P, "Akhundzada")
ent("Gulnara Yusupova", P)
ent("Serdar Berdimuhamedov", P, "Berdimuhamedov", "Turkmen President Serdar Berdimuhamedov")
ent("Gurbanguly Berdimuhamedov", P)
ent("Wang Yi", P, "Chinese Foreign Minister Wang Yi")
ent("Li Jianhua", P, "Li")
# countries
ent("Ethiopia", C, "Ethiopian government", "Ethiopian")
ent("Djibouti", C, "Djiboutian")
ent("Eritrea", C, "Eritrean")
ent("Somalia", C, "Somali government", "Somali")
ent("Egypt", C, "Egyptian")
ent("Saudi Arabia", C, "the Kingdom", "Saudi")
ent("Sudan", C)
ent("United Arab Emirates", C)
ent("Turkey", C)
ent("United States", C, "U.S.")
ent("Israel", C)
ent("Yemen", C)
ent("Kazakhstan", C, "Kazakh")
ent("Kyrgyzstan", C, "Kyrgyz")
ent("Uzbekistan", C, "Uzbek")
ent("Tajikistan", C, "Tajik")
ent("Turkmenistan", C, "Turkmen")
ent("Afghanistan", C, "Afghan", "Taliban government", "Taliban administration", "Taliban authorities")
ent("Russia", C, "Kremlin")
ent("China", C, "Chinese")
# cities
ent("Addis Ababa", CI)
ent("Djibouti City", CI)
ent("Asmara", CI)
ent("Assab", CI)
ent("Riyadh", CI)
ent("Cairo", CI)
ent("Mogadishu", CI)
ent("Hargeisa", CI)
ent("Berbera", CI)
ent("Dubai", CI)
ent("Port Sudan", CI)
ent("El Fasher", CI)
ent("Abu Dhabi", CI)
ent("Washington", CI)
ent("Bishkek", CI)
ent("Dushanbe", CI)
ent("Tashkent", CI)
ent("Astana", CI)
ent("Moscow", CI)
ent("Beijing", CI)
ent("Kabul", CI)
ent("Ashgabat", CI)
ent("Termez", CI)
ent("Kandahar", CI)
ent("Aralsk", CI)
# regions
ent("Red Sea", R)
ent("Somaliland", R)
ent("North Darfur", R, "North Darfur state")
ent("Central Asia", R)
ent("Amu Darya", R)
ent("Syr Darya", R)
ent("Vakhsh River", R)
ent("Balkh province", R, "Balkh")
ent("Karakalpakstan", R)
ent("Khorezm region", R, "Khorezm")
ent("Jizzakh region", R, "Jizzakh")
# organizations
ent("African Union", O)
ent("African Union Commission", O)
ent("IGAD", O, "Intergovernmental Authority on Development")
ent("Tigray People's Liberation Front", O, "TPLF")
ent("Fano", O)
ent("al-Shabaab", O)
ent("al-Qaeda", O)
ent("Somali National Army", O)
ent("Horn Policy Institute", O)
ent("DP World", O)
ent("Rapid Support Forces", O, "RSF")
ent("Sudanese Armed Forces", O, "Sudan's army", "Sudanese army")
ent("Sovereignty Council", O)
ent("Houthis", O, "Houthi movement")
ent("World Bank", O)
ent("Rosatom", O)
ent("Eurasian Economic Union", O)
ent("Taliban", O)
ent("Shanghai Cooperation Organisation", O, "SCO")
# agreements
ent("Tadjourah Port Agreement", A, "Tadjourah deal")
ent("Jeddah Peace Agreement", A, "2018 Jeddah Peace Agreement")
ent("Pretoria Agreement", A, "Pretoria peace agreement")
ent("Ankara Declaration", A)
ent("Jeddah Declaration", A)
ent("Naryn Water and Energy Agreement", A, "Naryn agreement", "Naryn deal", "Kambarata water-energy pact")
ent("Almaty Agreement", A, "1992 Almaty agreement")
# facilities
ent("Grand Ethiopian Renaissance Dam", F)
ent("Camp Lemonnier", F)
ent("Kambarata-1", F, "Kambarata-1 hydropower plant", "Kambarata-1 plant", "Kambarata")
ent("Rogun Dam", F)
ent("Qosh Tepa Canal", F, "Qosh Tepa")

# ---------------------------------------------------------------- rows
ROWS = []
def row(s, p, o, mod, req, ev, alt_s=(), alt_p=(), alt_o=(), note="", dated=False, time=None):
    """ev: {doc: phrase | (phrase, time)}; time=... overrides the shared-prefix rule."""
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, required=req, ev=ev, alt_s=list(alt_s),
                     alt_p=list(alt_p), alt_o=list(alt_o), extra=note, dated=dated, time_override=time))

T, Fa = True, False

# ===== Horn of Africa / Red Sea =====
row("Ethiopia", "party_to", "Tadjourah Port Agreement", "asserted", T, {
    "01": "Ethiopia and Djibouti signed the Tadjourah Port Agreement on Tuesday",
    "04": ("When Ethiopia and Djibouti signed the Tadjourah Port Agreement last week", "2026-04")})
row("Djibouti", "party_to", "Tadjourah Port Agreement", "asserted", T, {
    "01": "Ethiopia and Djibouti signed the Tadjourah Port Agreement on Tuesday",
    "04": ("When Ethiopia and Djibouti signed the Tadjourah Port Agreement last week", "2026-04")})
row("Ethiopia", "signed_agreement_with", "Djibouti", "asserted", T, {
    "01": "Ethiopia and Djibouti signed the Tadjourah Port Agreement on Tuesday",
    "02": "the port agreement Addis Ababa signed with Djibouti this week",
    "04": ("When Ethiopia and Djibouti signed the Tadjourah Port Agreement last week", "2026-04")},
    alt_s=["Addis Ababa"])
row("Abiy Ahmed", "head_of", "Ethiopia", "asserted", T, {
    "01": "Ethiopian Prime Minister Abiy Ahmed",
    "02": "Ethiopian Prime Minister Abiy Ahmed"}, alt_p=["works_for"])
row("Abiy Ahmed", "visited", "Djibouti City", "asserted", T, {
    "01": "Abiy Ahmed, who arrived in Djibouti City on Monday"}, alt_o=["Djibouti"])
row("Abiy Ahmed", "met_with", "Ismail Omar Guelleh", "reported", T, {
    "01": "Abiy Ahmed, who arrived in Djibouti City on Monday, held more than three hours of talks with Djiboutian President Ismail Omar Guelleh"},
    alt_s=["Ethiopia"], alt_o=["Djibouti"], note="attributed to a joint statement")
row("Ismail Omar Guelleh", "head_of", "Djibouti", "asserted", T, {
    "01": "Djiboutian President Ismail Omar Guelleh",
    "07": "Djibouti’s President Ismail Omar Guelleh"})
row("Ismail Omar Guelleh", "head_of", "IGAD", "asserted", T, {
    "07": "Ismail Omar Guelleh, who chairs IGAD"}, note="role: chair")
row("Ethiopia", "trades_with", "Djibouti", "asserted", T, {
    "01": "Ethiopia trades heavily with Djibouti"})
row("Djibouti", "imports_from", "Ethiopia", "asserted", T, {
    "01": "Djibouti in turn imports most of its electricity from Ethiopia"},
    alt_p=["trades_with"], note="commodity: electricity")
row("Eritrea", "gained_independence_from", "Ethiopia", "asserted", T, {
    "01": ("Eritrea gained independence from Ethiopia in 1993", "1993"),
    "02": ("Eritrea won independence from Ethiopia in 1993", "1993"),
    "04": ("Eritrea gained independence from Ethiopia in 1993", "1993")}, dated=True)
row("Yemane Gebremeskel", "works_for", "Eritrea", "asserted", T, {
    "01": "Eritrea's Information Minister Yemane Gebremeskel",
    "02": "Eritrean Information Minister Yemane Gebremeskel",
    "04": "Eritrea's Information Minister Yemane Gebremeskel"}, note="role: information minister")
row("Yemane Gebremeskel", "criticized", "Ethiopia", "asserted", T, {
    "01": "Yemane Gebremeskel accused Ethiopia on Tuesday of using \"port diplomacy\"",
    "04": "Yemane Gebremeskel accused Ethiopia of using \"port diplomacy\""}, alt_s=["Eritrea"])
row("Eritrea", "criticized", "Ethiopia", "asserted", T, {
    "01": "Asmara has long accused Addis Ababa of coveting the Eritrean port of Assab",
    "02": "Eritrea on Thursday accused Ethiopia of hiding territorial ambitions"},
    alt_s=["Asmara"], alt_o=["Addis Ababa"], note="01 by metonymy (Asmara, Addis Ababa)")
row("Assab", "located_in", "Eritrea", "asserted", T, {
    "01": "the Eritrean port of Assab",
    "04": "the Eritrean port of Assab"})
row("Assab", "located_in", "Red Sea", "asserted", T, {
    "02": "the Red Sea port of Assab"})
row("Ethiopia", "attacked", "Eritrea", "negated", T, {
    "01": "Abiy told lawmakers in February that Ethiopia had no plans to attack Eritrea",
    "02": "he has repeatedly denied that Ethiopia plans to invade Eritrea"},
    alt_s=["Abiy Ahmed"], note="'no plans to' / 'denied that': asserting an attack is a polarity error")
row("Ethiopia", "signed_agreement_with", "Somaliland", "asserted", T, {
    "01": ("a memorandum of understanding that Ethiopia signed with the breakaway region of Somaliland in January 2024", "2024-01"),
    "04": ("in January 2024, when Ethiopia signed a memorandum of understanding with Somaliland", "2024-01")})
row("Mahmoud Ali Youssouf", "citizen_of", "Djibouti", "asserted", T, {
    "01": "Mahmoud Ali Youssouf, a Djiboutian"})
row("Mahmoud Ali Youssouf", "head_of", "African Union Commission", "asserted", T, {
    "01": "Mahmoud Ali Youssouf, a Djiboutian who chairs the African Union Commission",
    "07": "African Union Commission chairperson Mahmoud Ali Youssouf"}, alt_o=["African Union"])
row("African Union", "brokered", "Tadjourah Port Agreement", "negated", T, {
    "01": "the African Union did not broker the Tadjourah deal"},
    note="reported denial; Youssouf attended the signing but the AU did not broker it")
row("Ethiopia", "negotiating_with", "Djibouti", "asserted", Fa, {
    "01": "which they said had been negotiated bilaterally over eight months"},
    note="the parties are only implied ('negotiated bilaterally', antecedent 'the Tadjourah deal')")
row("Djibouti", "borders", "Ethiopia", "asserted", T, {
    "01": "Djibouti, which borders both Ethiopia and Eritrea",
    "04": "Djibouti, which borders Somaliland as well as Ethiopia and Eritrea"})
row("Djibouti", "borders", "Eritrea", "asserted", T, {
    "01": "Djibouti, which borders both Ethiopia and Eritrea",
    "04": "Djibouti, which borders Somaliland as well as Ethiopia and Eritrea"})
row("Djibouti", "in_conflict_with", "Eritrea", "asserted", T, {
    "01": ("fought a brief border conflict with Eritrea in 2008", "2008")})
row("Djibouti", "normalized_relations_with", "Eritrea", "asserted", T, {
    "01": ("restored diplomatic relations with Asmara in 2018", "2018")},
    alt_o=["Asmara"], alt_p=["diplomatic_relations_with"])
row("Ethiopia", "negotiating_with", "Eritrea", "planned", T, {
    "01": "Saudi Arabia has offered to host talks between Ethiopia and Eritrea in Jeddah",
    "02": "Ethiopia has agreed in principle to hold talks with Eritrea in Jeddah",
    "04": ("are expected to send delegations to Jeddah for Saudi-hosted talks in June", "2026-06"),
    "07": ("calls for calm between Ethiopia and Eritrea, whose foreign ministers are due to meet in Jeddah next month", "2026-06")},
    note="future Saudi-hosted talks (offered, agreed in principle, expected, due): not a fact")
row("Saudi Arabia", "brokered", "Jeddah Peace Agreement", "asserted", T, {
    "01": ("Riyadh brokered the 2018 Jeddah Peace Agreement", "2018")}, alt_s=["Riyadh"])
row("Ethiopia", "party_to", "Jeddah Peace Agreement", "asserted", Fa, {
    "01": ("the 2018 Jeddah Peace Agreement between Ethiopia and Eritrea", "2018")},
    note="entailed by 'agreement between Ethiopia and Eritrea'")
row("Eritrea", "party_to", "Jeddah Peace Agreement", "asserted", Fa, {
    "01": ("the 2018 Jeddah Peace Agreement between Ethiopia and Eritrea", "2018")},
    note="entailed by 'agreement between Ethiopia and Eritrea'")
row("Ethiopia", "signed_agreement_with", "Eritrea", "asserted", Fa, {
    "01": ("the 2018 Jeddah Peace Agreement between Ethiopia and Eritrea", "2018")},
    note="entailed by 'agreement between Ethiopia and Eritrea'")
row("Isaias Afwerki", "head_of", "Eritrea", "asserted", T, {
    "01": "Eritrean President Isaias Afwerki",
    "02": "Isaias Afwerki, Eritrea's president",
    "04": "Eritrean President Isaias Afwerki"})
row("Isaias Afwerki", "met_with", "Abiy Ahmed", "negated", T, {
    "01": "Isaias Afwerki, in power since independence, has not met Abiy since 2023"},
    note="reported by an Ethiopian official; 'has not met'")
row("Yemane Gebremeskel", "threatened", "Ethiopia", "asserted", T, {
    "02": "Yemane warned that Eritrea would respond \"with full force\" if Ethiopia tried to take Assab"},
    alt_s=["Eritrea"])
row("Ethiopia", "took_control_of", "Assab", "hedged", Fa, {
    "02": "if Ethiopia tried to take Assab"},
    note="a condition, not an event: asserting it is a polarity error")
row("Yemane Gebremeskel", "criticized", "Tadjourah Port Agreement", "asserted", Fa, {
    "02": "Yemane Gebremeskel said the Tadjourah deal, signed on Tuesday, was \"a smokescreen\""},
    alt_s=["Eritrea"], note="loose reading: calling a deal a smokescreen")
row("Ethiopia", "normalized_relations_with", "Eritrea", "asserted", T, {
    "02": ("Ethiopia and Eritrea normalised relations in 2018", "2018")})
row("Ethiopia", "party_to", "Pretoria Agreement", "asserted", T, {
    "02": ("Addis Ababa signed the Pretoria peace agreement with the Tigray People's Liberation Front (TPLF) in November 2022", "2022-11")},
    alt_s=["Addis Ababa"])
row("Ethiopia", "signed_agreement_with", "Tigray People's Liberation Front", "asserted", T, {
    "02": ("Addis Ababa signed the Pretoria peace agreement with the Tigray People's Liberation Front (TPLF) in November 2022", "2022-11")},
    alt_s=["Addis Ababa"])
row("Tigray People's Liberation Front", "party_to", "Pretoria Agreement", "asserted", Fa, {
    "02": ("Addis Ababa signed the Pretoria peace agreement with the Tigray People's Liberation Front (TPLF) in November 2022", "2022-11")},
    note="entailed: the counterpart of 'signed ... with'")
row("Eritrea", "party_to", "Pretoria Agreement", "negated", Fa, {
    "02": "a deal from which Asmara was excluded"}, alt_s=["Asmara"],
    note="'excluded' from the deal; metonymy Asmara")
row("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted", T, {
    "02": "Saudi Foreign Minister Prince Faisal bin Farhan",
    "07": "Saudi Foreign Minister Prince Faisal bin Farhan"}, note="role: foreign minister")
row("Faisal bin Farhan", "contacted", "Abiy Ahmed", "reported", T, {
    "02": "Prince Faisal bin Farhan telephoned Abiy and Isaias Afwerki"},
    alt_s=["Saudi Arabia"], alt_o=["Ethiopia"])
row("Faisal bin Farhan", "contacted", "Isaias Afwerki", "reported", T, {
    "02": "Prince Faisal bin Farhan telephoned Abiy and Isaias Afwerki"},
    alt_s=["Saudi Arabia"], alt_o=["Eritrea"])
row("Eritrea", "negotiating_with", "Ethiopia", "negated", T, {
    "02": "Eritrea has so far refused to negotiate with Addis Ababa"}, alt_o=["Addis Ababa"],
    note="same sentence as the planned talks: 'refused to negotiate'")
row("Eritrea", "supported", "Fano", "negated", T, {
    "02": "Eritrea also denied on Thursday that it was arming Fano"})
row("Fano", "in_conflict_with", "Ethiopia", "asserted", T, {
    "02": ("Fano, an ethnic Amhara militia that has been fighting the Ethiopian government since 2023", "2023")})
row("Egypt", "in_conflict_with", "Ethiopia", "asserted", T, {
    "02": "Egypt has been locked in a long-running dispute with Ethiopia",
    "07": "Cairo and Addis Ababa have been locked in a dispute over the dam for more than a decade"},
    alt_s=["Cairo"], alt_o=["Addis Ababa"], note="dispute over the Grand Ethiopian Renaissance Dam")
for a, b in (("Egypt", "Eritrea"), ("Egypt", "Somalia"), ("Eritrea", "Somalia")):
    row(a, "allied_with", b, "asserted", T, {
        "02": ("Egypt, Eritrea and Somalia formed a trilateral alliance at a summit in Asmara in October 2024", "2024-10"),
        "04": ("Egypt, Somalia and Eritrea formed a three-way alliance at a summit in Asmara in October 2024", "2024-10")},
        dated=True, note="the text dates the alliance")
row("Egypt", "supported", "Somalia", "planned", T, {
    "02": "Cairo has also pledged troops to support the Somali government",
    "04": "Cairo's pledge to send troops to Somalia still stands"},
    alt_s=["Cairo"], note="a pledge of troops, not yet a deployment")
row("Somalia", "in_conflict_with", "al-Shabaab", "asserted", T, {
    "02": "the Somali government, which is fighting an insurgency by the al-Qaeda-linked militant group al-Shabaab",
    "04": "Somalia's government, meanwhile, is still fighting al-Shabaab"})
row("al-Shabaab", "allied_with", "al-Qaeda", "asserted", Fa, {
    "02": "the al-Qaeda-linked militant group al-Shabaab",
    "04": "Al-Shabaab, which is linked to al-Qaeda"}, note="loose reading of 'linked'")
row("African Union", "based_in", "Addis Ababa", "asserted", T, {
    "02": "The African Union, which is headquartered in Addis Ababa",
    "07": "Addis Ababa, where the African Union is headquartered"}, alt_o=["Ethiopia"])
row("Ethiopia", "borders", "Eritrea", "asserted", T, {
    "02": "Ethiopia and Eritrea share a border of roughly 1,000 kilometres",
    "04": "Ethiopia and Eritrea, which share a border of about 1,000 km"})
row("Ethiopia", "in_conflict_with", "Eritrea", "asserted", T, {
    "04": ("Ethiopia and Eritrea, which share a border of about 1,000 km and fought a war over it from 1998 to 2000", "1998")},
    note="time: start of the stated war")
row("Hassan Sheikh Mohamud", "head_of", "Somalia", "asserted", T, {
    "04": "Somali President Hassan Sheikh Mohamud"})
row("Abdel Fattah al-Sisi", "head_of", "Egypt", "asserted", T, {
    "04": "Egyptian President Abdel Fattah al-Sisi"})
row("Hassan Sheikh Mohamud", "visited", "Cairo", "reported", T, {
    "04": ("Hassan Sheikh Mohamud was in Cairo last week", "2026-04")}, alt_o=["Egypt"],
    note="'his third visit to Egypt'; attributed to his office")
row("Hassan Sheikh Mohamud", "met_with", "Abdel Fattah al-Sisi", "reported", T, {
    "04": ("was in Cairo last week for talks with Egyptian President Abdel Fattah al-Sisi", "2026-04")},
    alt_s=["Somalia"], alt_o=["Egypt"])
row("Somaliland", "seceded_from", "Somalia", "asserted", T, {
    "04": ("Somaliland, the breakaway region that declared independence from Somalia in 1991", "1991")},
    alt_p=["gained_independence_from"], dated=True)
row("Turkey", "brokered", "Ankara Declaration", "asserted", T, {
    "04": ("Turkey brokered the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12")})
for c in ("Ethiopia", "Somalia"):
    row(c, "party_to", "Ankara Declaration", "asserted", Fa, {
        "04": ("the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12")},
        note="entailed by 'declaration between Ethiopia and Somalia'")
row("Ethiopia", "signed_agreement_with", "Somalia", "asserted", Fa, {
    "04": ("the Ankara Declaration between Ethiopia and Somalia in December 2024", "2024-12")},
    note="entailed by 'declaration between Ethiopia and Somalia'")
row("Somalia", "normalized_relations_with", "Ethiopia", "asserted", T, {
    "04": ("Mogadishu and Addis Ababa restored full diplomatic relations early last year", "2025")},
    alt_s=["Mogadishu"], alt_o=["Addis Ababa"], alt_p=["diplomatic_relations_with"])
row("Hassan Sheikh Mohamud", "visited", "Djibouti City", "negated", T, {
    "04": "Hassan Sheikh did not travel to Djibouti City for last week's signing"}, alt_o=["Djibouti"])
row("Hargeisa", "capital_of", "Somaliland", "asserted", T, {
    "04": "Somaliland, whose capital is Hargeisa"})
row("Hargeisa", "located_in", "Somaliland", "asserted", Fa, {
    "04": "Somaliland, whose capital is Hargeisa"}, note="entailed by capital_of")
row("Sahra Ismail", "works_for", "Horn Policy Institute", "asserted", T, {
    "04": "Sahra Ismail, an analyst at the Horn Policy Institute"})
row("Horn Policy Institute", "based_in", "Hargeisa", "asserted", T, {
    "04": "the Horn Policy Institute, a think tank based in Hargeisa"})
row("Berbera", "located_in", "Somaliland", "asserted", T, {
    "04": "Berbera, a port city in Somaliland"})
row("DP World", "based_in", "Dubai", "asserted", T, {
    "04": "Dubai's DP World"})
row("Mohamed Jama", "lives_in", "Berbera", "asserted", T, {
    "04": "Mohamed Jama, a livestock trader who lives in Berbera"})
row("al-Shabaab", "killed", "Abdiwali Farah Gedi", "asserted", T, {
    "04": ("Al-Shabaab, which is linked to al-Qaeda, killed General Abdiwali Farah Gedi", "2026-03")})
row("Abdiwali Farah Gedi", "works_for", "Somali National Army", "asserted", T, {
    "04": "General Abdiwali Farah Gedi, a senior commander of the Somali National Army"},
    alt_o=["Somalia"], note="role: commander")
row("al-Shabaab", "attacked", "Mogadishu", "asserted", Fa, {
    "04": ("in a suicide bombing in Mogadishu last month", "2026-03")}, note="loose: place of the bombing")
row("Djibouti", "borders", "Somaliland", "asserted", T, {
    "04": "Djibouti, which borders Somaliland"})

# zze07
row("Rapid Support Forces", "attacked", "Port Sudan", "asserted", T, {
    "07": "the Rapid Support Forces (RSF) stepped up drone attacks on Port Sudan"})
row("Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces", "asserted", T, {
    "07": "the war between Sudan’s army and the RSF"}, alt_s=["Sudan"])
row("Abdel Fattah al-Burhan", "head_of", "Sudanese Armed Forces", "asserted", T, {
    "07": "Sudan’s army chief, Abdel Fattah al-Burhan"}, alt_o=["Sudan"], note="role: army chief")
row("Abdel Fattah al-Burhan", "head_of", "Sovereignty Council", "asserted", T, {
    "07": "Abdel Fattah al-Burhan, who also heads the ruling Sovereignty Council"}, alt_o=["Sudan"])
row("Abdel Fattah al-Burhan", "visited", "Djibouti City", "negated", Fa, {
    "07": "did not attend and sent a junior minister in his place"}, alt_o=["Djibouti"],
    note="the summit's place is in another sentence")
row("Sudan", "member_of", "IGAD", "asserted", Fa, {
    "07": "Sudan suspended its participation in IGAD in January 2024"},
    note="membership implied; participation suspended")
row("Sudan", "criticized", "IGAD", "asserted", Fa, {
    "07": ("accusing the bloc of legitimising the RSF", "2024-01")}, note="'the bloc' = IGAD")
row("Rapid Support Forces", "took_control_of", "El Fasher", "asserted", T, {
    "07": ("The RSF took control of El Fasher, the capital of North Darfur state, in October 2025", "2025-10")})
row("El Fasher", "capital_of", "North Darfur", "asserted", T, {
    "07": "El Fasher, the capital of North Darfur state"})
row("Rapid Support Forces", "blockaded", "El Fasher", "asserted", Fa, {
    "07": "in October 2025 after an 18-month siege"}, note="the besieger is implied")
row("Mohamed Hamdan Dagalo", "head_of", "Rapid Support Forces", "asserted", T, {
    "07": "RSF commander Mohamed Hamdan Dagalo"}, note="role: commander")
row("United States", "sanctioned", "Mohamed Hamdan Dagalo", "asserted", T, {
    "07": ("Washington imposed sanctions on RSF commander Mohamed Hamdan Dagalo in January 2025", "2025-01")},
    alt_s=["Washington"])
row("United States", "sanctioned", "Abdel Fattah al-Burhan", "asserted", T, {
    "07": ("and sanctioned Burhan a week later", "2025-01")}, alt_s=["Washington"])
row("Sudan", "criticized", "United Arab Emirates", "asserted", T, {
    "07": "Sudan’s army-led government has accused the United Arab Emirates of arming the RSF"})
row("United Arab Emirates", "supported", "Rapid Support Forces", "reported", Fa, {
    "07": "has accused the United Arab Emirates of arming the RSF"}, note="Sudan's accusation")
row("United Arab Emirates", "supported", "Rapid Support Forces", "negated", T, {
    "07": "accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi has repeatedly denied"},
    alt_s=["Abu Dhabi"], note="Abu Dhabi denies it")
row("Egypt", "supported", "Sudanese Armed Forces", "asserted", T, {
    "07": "Egypt, which backs the Sudanese army"}, alt_o=["Sudan"])
row("Badr Abdelatty", "works_for", "Egypt", "asserted", T, {
    "07": "Egyptian Foreign Minister Badr Abdelatty"}, note="role: foreign minister")
row("Badr Abdelatty", "criticized", "Ethiopia", "asserted", T, {
    "07": ("Badr Abdelatty, speaking on the sidelines of the summit on Tuesday, criticised Ethiopia’s", "2026-05-19")},
    alt_s=["Egypt"])
row("Egypt", "threatened", "Ethiopia", "negated", T, {
    "07": "denied that Egypt had threatened military action against Ethiopia"},
    alt_s=["Badr Abdelatty", "Cairo"], note="Abdelatty's denial")
row("Grand Ethiopian Renaissance Dam", "located_in", "Ethiopia", "asserted", Fa, {
    "07": "Ethiopia’s \"unilateral\" operation of the Grand Ethiopian Renaissance Dam"},
    note="loose: operation by Ethiopia")
row("Faisal bin Farhan", "met_with", "Ismail Omar Guelleh", "reported", T, {
    "07": ("met Guelleh in Djibouti City on Monday", "2026-05-18")},
    alt_s=["Saudi Arabia"], alt_o=["Djibouti"])
row("Faisal bin Farhan", "visited", "Djibouti City", "reported", Fa, {
    "07": ("met Guelleh in Djibouti City on Monday", "2026-05-18")}, alt_o=["Djibouti"],
    note="entailed by meeting there")
row("IGAD", "based_in", "Djibouti", "asserted", T, {
    "07": "Djibouti, which hosts IGAD’s headquarters"}, alt_o=["Djibouti City"])
row("Camp Lemonnier", "located_in", "Djibouti", "asserted", T, {
    "07": "Djibouti, which hosts IGAD’s headquarters as well as Camp Lemonnier"})
row("Mahmoud Ali Youssouf", "works_for", "Djibouti", "asserted", Fa, {
    "07": ("who served as Djibouti’s foreign minister until last year", "2025")},
    note="former office holder; the text dates the change", dated=True)
row("Saudi Arabia", "brokered", "Jeddah Declaration", "asserted", T, {
    "07": ("the Jeddah Declaration, which Saudi Arabia and the United States brokered in May 2023", "2023-05")})
row("United States", "brokered", "Jeddah Declaration", "asserted", T, {
    "07": ("the Jeddah Declaration, which Saudi Arabia and the United States brokered in May 2023", "2023-05")})
row("Houthis", "based_in", "Yemen", "asserted", T, {
    "07": "Yemen’s Houthi movement"})
row("Houthis", "blockaded", "Israel", "asserted", T, {
    "07": "Houthi movement, which declared a naval blockade of Israel"})

# ===== Central Asia: water and energy =====
for c in ("Kazakhstan", "Kyrgyzstan", "Uzbekistan"):
    ev = {"03": "Kazakhstan, Kyrgyzstan and Uzbekistan signed the Naryn Water and Energy Agreement on Friday"}
    if c == "Kazakhstan":
        ev["05"] = ("the Naryn Water and Energy Agreement, which Kazakhstan signed with Kyrgyzstan and Uzbekistan there on Friday", "2026-03-20")
    row(c, "party_to", "Naryn Water and Energy Agreement", "asserted", T, ev)
for a, b in (("Kazakhstan", "Kyrgyzstan"), ("Kazakhstan", "Uzbekistan"), ("Kyrgyzstan", "Uzbekistan")):
    ev = {"03": "Kazakhstan, Kyrgyzstan and Uzbekistan signed the Naryn Water and Energy Agreement on Friday"}
    if a == "Kazakhstan":
        ev["05"] = ("which Kazakhstan signed with Kyrgyzstan and Uzbekistan there on Friday", "2026-03-20")
    row(a, "signed_agreement_with", b, "asserted", T, ev)
row("Sadyr Japarov", "head_of", "Kyrgyzstan", "asserted", T, {
    "03": "Kyrgyz President Sadyr Japarov", "05": "Kyrgyz President Sadyr Japarov"})
row("Kassym-Jomart Tokayev", "head_of", "Kazakhstan", "asserted", T, {
    "03": "Kazakh President Kassym-Jomart Tokayev", "05": "Kazakh President Kassym-Jomart Tokayev",
    "08": "Kazakh President Kassym-Jomart Tokayev"})
row("Shavkat Mirziyoyev", "head_of", "Uzbekistan", "asserted", T, {
    "03": "Uzbek President Shavkat Mirziyoyev", "05": "Uzbek President Shavkat Mirziyoyev"})
HOSTED = "Sadyr Japarov hosted Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev for the signing in Bishkek"
TALKS05 = ("Tokayev held more than four hours of talks with Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev before the signing", "2026-03")
row("Sadyr Japarov", "met_with", "Kassym-Jomart Tokayev", "reported", T, {"03": HOSTED, "05": TALKS05},
    alt_s=["Kyrgyzstan"], alt_o=["Kazakhstan"])
row("Sadyr Japarov", "met_with", "Shavkat Mirziyoyev", "reported", T, {"03": HOSTED},
    alt_s=["Kyrgyzstan"], alt_o=["Uzbekistan"])
row("Kassym-Jomart Tokayev", "met_with", "Shavkat Mirziyoyev", "reported", T, {"03": HOSTED, "05": TALKS05},
    alt_s=["Kazakhstan"], alt_o=["Uzbekistan"], note="03: both guests of the same talks")
row("Kassym-Jomart Tokayev", "visited", "Bishkek", "asserted", Fa, {
    "03": HOSTED, "05": ("Tokayev returned from Bishkek on Saturday", "2026-03")}, alt_o=["Kyrgyzstan"],
    note="entailed by being hosted there / returning from there")
row("Shavkat Mirziyoyev", "visited", "Bishkek", "asserted", Fa, {"03": HOSTED}, alt_o=["Kyrgyzstan"],
    note="entailed by being hosted there")
row("Bishkek", "capital_of", "Kyrgyzstan", "asserted", T, {"03": "Bishkek, the Kyrgyz capital"})
row("Bishkek", "located_in", "Kyrgyzstan", "asserted", Fa, {"03": "Bishkek, the Kyrgyz capital"},
    note="entailed by capital_of")
row("Tajikistan", "party_to", "Naryn Water and Energy Agreement", "negated", T, {
    "03": "Tajikistan did not sign the Naryn agreement",
    "05": "Tajikistan, which did not sign the Naryn agreement"})
row("Emomali Rahmon", "head_of", "Tajikistan", "asserted", T, {"03": "Tajik President Emomali Rahmon"})
row("Emomali Rahmon", "visited", "Bishkek", "negated", T, {
    "03": "Tajik President Emomali Rahmon did not travel to Bishkek"}, alt_o=["Kyrgyzstan"])
row("Tajikistan", "candidate_for", "Naryn Water and Energy Agreement", "hedged", T, {
    "03": "Dushanbe could join the Naryn agreement later"}, alt_s=["Dushanbe"],
    note="conditional ('if the interests ... are taken into account')")
row("Rogun Dam", "located_in", "Vakhsh River", "asserted", T, {
    "03": "the giant Rogun dam on the Vakhsh river", "05": "the Rogun dam on the Vakhsh river"})
row("Kambarata-1", "located_in", "Kyrgyzstan", "asserted", T, {
    "03": "the 1,860-megawatt Kambarata-1 plant in Kyrgyzstan",
    "05": "the Kambarata-1 hydropower plant in Kyrgyzstan",
    "08": "Kambarata-1, the 1,860-megawatt hydropower plant in Kyrgyzstan"})
row("Kazakhstan", "supported", "Kambarata-1", "planned", Fa, {
    "03": "Kazakhstan and Uzbekistan will each take a one-third stake in the 1,860-megawatt Kambarata-1 plant",
    "05": "Kazakhstan will take a one-third stake in the Kambarata-1 hydropower plant"},
    note="loose: a future equity stake read as material support")
row("Uzbekistan", "supported", "Kambarata-1", "planned", Fa, {
    "03": "Kazakhstan and Uzbekistan will each take a one-third stake in the 1,860-megawatt Kambarata-1 plant"},
    note="loose: a future equity stake read as material support")
row("World Bank", "supported", "Kambarata-1", "asserted", T, {
    "03": "The World Bank, which has financed feasibility studies for Kambarata-1"})
row("World Bank", "supported", "Kambarata-1", "hedged", Fa, {
    "03": "is expected to lead a group of lenders for the plant",
    "08": "The World Bank is expected to lead a consortium of lenders for the plant"},
    note="'the plant': definite description")
row("Taalaibek Ibraev", "works_for", "Kyrgyzstan", "asserted", T, {
    "03": "Kyrgyz Energy Minister Taalaibek Ibraev"}, note="role: energy minister")
for c in ("Kazakhstan", "Turkmenistan"):
    row("Kyrgyzstan", "imports_from", c, "asserted", T, {
        "03": "Kyrgyzstan, which imports electricity from Kazakhstan and Turkmenistan every winter"},
        alt_p=["trades_with"], note="commodity: electricity")
row("Kyrgyzstan", "in_conflict_with", "Tajikistan", "asserted", T, {
    "03": ("Kyrgyzstan and Tajikistan, which fought deadly border clashes in 2021 and 2022", "2021")},
    note="time: start of the stated clashes")
row("Kyrgyzstan", "signed_agreement_with", "Tajikistan", "asserted", T, {
    "03": ("Kyrgyzstan and Tajikistan, which fought deadly border clashes in 2021 and 2022, signed a treaty settling their border in March 2025", "2025-03")})
row("Kyrgyzstan", "borders", "Tajikistan", "asserted", Fa, {
    "03": "signed a treaty settling their border"}, note="'their border': pronoun")
row("Uzbekistan", "imports_from", "Russia", "asserted", T, {
    "03": "Uzbekistan and Kyrgyzstan both import natural gas from Russia",
    "05": ("Uzbekistan has imported gas from Russia through Kazakhstan's pipeline network since October 2023", "2023-10")},
    alt_p=["trades_with"], note="commodity: natural gas")
row("Kyrgyzstan", "imports_from", "Russia", "asserted", T, {
    "03": "Uzbekistan and Kyrgyzstan both import natural gas from Russia"},
    alt_p=["trades_with"], note="commodity: natural gas")
row("Dmitry Peskov", "works_for", "Russia", "asserted", T, {
    "03": "Kremlin spokesman Dmitry Peskov"}, note="role: spokesman; 'Kremlin' is an alias of Russia")

# zze05
row("Serik Abenov", "lives_in", "Aralsk", "asserted", T, {"05": "Serik Abenov, a fisherman who lives in Aralsk"})
row("Rosatom", "based_in", "Russia", "asserted", T, {
    "05": "Rosatom, Russia's state nuclear corporation", "08": "Rosatom, Russia’s state nuclear corporation"})
row("Kazakhstan", "signed_agreement_with", "Rosatom", "negated", T, {
    "05": "Kazakhstan has not yet signed a construction contract with Rosatom"}, note="'has not yet signed'")
row("Kazakhstan", "negotiating_with", "Rosatom", "reported", Fa, {
    "05": "talks on financing are continuing"}, note="the parties are implied")
row("Yerlan Sarsenov", "works_for", "Kazakhstan", "asserted", T, {
    "05": "Yerlan Sarsenov, a spokesman for Kazakhstan's Energy Ministry"}, note="role: spokesman")
row("Kazakhstan", "signed_agreement_with", "Rosatom", "hedged", T, {
    "05": ("he expected Kazakhstan and Rosatom to sign the contract before the end of the year", "2026")})
row("Kazakhstan", "signed_agreement_with", "Russia", "asserted", T, {
    "05": ("Astana and Moscow signed an agreement last month to raise transit volumes by a fifth", "2026-02")},
    alt_s=["Astana"], alt_o=["Moscow"])
for c in ("Kazakhstan", "Kyrgyzstan"):
    row(c, "member_of", "Eurasian Economic Union", "asserted", T, {
        "05": "Kazakhstan and Kyrgyzstan are members of the Russia-led Eurasian Economic Union"})
row("Russia", "member_of", "Eurasian Economic Union", "asserted", Fa, {
    "05": "the Russia-led Eurasian Economic Union"}, note="'Russia-led'")
row("Uzbekistan", "candidate_for", "Eurasian Economic Union", "negated", T, {
    "05": "which Uzbekistan joined as an observer in 2020 but has not applied to join as a full member"},
    note="observer that has not applied")
row("Uzbekistan", "member_of", "Eurasian Economic Union", "negated", Fa, {
    "05": "which Uzbekistan joined as an observer in 2020 but has not applied to join as a full member"},
    note="an observer is not a member; 'joined' is a trap")
row("Turkmenistan", "member_of", "Eurasian Economic Union", "negated", T, {
    "05": "Turkmenistan, which declared permanent neutrality in 1995, is not a member of the Eurasian Economic Union"})
row("World Bank", "supported", "Rogun Dam", "asserted", T, {
    "05": "the Rogun dam on the Vakhsh river, a project backed by the World Bank"})
row("Kazakhstan", "signed_agreement_with", "China", "planned", T, {
    "05": "Kazakhstan has long sought a water-sharing agreement with China"},
    note="sought, not concluded")
row("China", "signed_agreement_with", "Kazakhstan", "negated", T, {
    "05": "Beijing has so far declined to sign one",
    "08": "Beijing again declined to sign a binding water-sharing treaty with Kazakhstan"},
    alt_s=["Beijing"], note="05: 'one' = a water-sharing agreement with Kazakhstan (same sentence)")
row("Kassym-Jomart Tokayev", "met_with", "Xi Jinping", "hedged", T, {
    "05": ("Tokayev is expected to raise the issue with Chinese President Xi Jinping when he visits Beijing in June", "2026-06")},
    alt_s=["Kazakhstan"], alt_o=["China"])
row("Kassym-Jomart Tokayev", "visited", "Beijing", "planned", T, {
    "05": ("when he visits Beijing in June", "2026-06")}, alt_o=["China"])
row("Xi Jinping", "head_of", "China", "asserted", T, {
    "05": "Chinese President Xi Jinping", "08": "Chinese President Xi Jinping"})
row("Syr Darya", "located_in", "Central Asia", "asserted", T, {
    "05": "The Syr Darya, Central Asia's second-longest river"})

# zze06
row("Jasur Tojiboev", "works_for", "Uzbekistan", "asserted", T, {
    "06": "A delegation from Uzbekistan led by Deputy Foreign Minister Jasur Tojiboev"}, note="role: deputy foreign minister")
row("Jasur Tojiboev", "visited", "Kabul", "asserted", T, {
    "06": ("A delegation from Uzbekistan led by Deputy Foreign Minister Jasur Tojiboev visited Kabul last week", "2026-05")},
    alt_s=["Uzbekistan"], alt_o=["Afghanistan"])
row("Jasur Tojiboev", "met_with", "Amir Khan Muttaqi", "reported", T, {
    "06": ("Tojiboev met the Taliban's acting foreign minister, Amir Khan Muttaqi, on Thursday", "2026-05-07")},
    alt_s=["Uzbekistan"], alt_o=["Afghanistan", "Taliban"])
row("Amir Khan Muttaqi", "works_for", "Taliban", "asserted", T, {
    "06": "the Taliban's acting foreign minister, Amir Khan Muttaqi"}, alt_o=["Afghanistan"],
    note="role: acting foreign minister")
row("Uzbekistan", "negotiating_with", "Afghanistan", "asserted", T, {
    "06": ("Uzbekistan and Afghanistan have been negotiating over the canal since 2023", "2023")})
row("Balkh province", "located_in", "Afghanistan", "asserted", T, {"06": "Afghanistan's Balkh province"})
row("Balkh province", "borders", "Uzbekistan", "asserted", T, {"06": "Balkh province, which borders Uzbekistan"})
row("Qosh Tepa Canal", "located_in", "Balkh province", "asserted", Fa, {
    "06": "The 285-km canal begins in Afghanistan's Balkh province"}, note="'the canal': definite description")
row("Qosh Tepa Canal", "located_in", "Afghanistan", "asserted", Fa, {
    "06": "The 285-km canal begins in Afghanistan's Balkh province",
    "08": "Qosh Tepa, the canal Afghanistan is building"}, note="loose / entailed")
for c in ("Uzbekistan", "Turkmenistan", "Tajikistan"):
    row("Afghanistan", "borders", c, "asserted", T, {
        "06": "Afghanistan borders Uzbekistan, Turkmenistan and Tajikistan"})
row("Amu Darya", "located_in", "Central Asia", "asserted", T, {"06": "The Amu Darya, Central Asia's longest river"})
row("Ashgabat", "capital_of", "Turkmenistan", "asserted", T, {"06": "the Turkmen capital, Ashgabat"})
row("Rashid Meredov", "works_for", "Turkmenistan", "asserted", T, {
    "06": "Turkmenistan's Foreign Minister Rashid Meredov"}, note="role: foreign minister")
row("Rashid Meredov", "criticized", "Afghanistan", "asserted", T, {
    "06": ("in the Turkmen capital, Ashgabat, last month, Turkmenistan's Foreign Minister Rashid Meredov criticised Afghanistan over the canal", "2026-04")},
    alt_s=["Turkmenistan"])
row("Uzbekistan", "criticized", "Taliban", "negated", T, {
    "06": "Tashkent, by contrast, has not publicly criticised the Taliban"},
    alt_s=["Tashkent"], alt_o=["Afghanistan"])
row("Uzbekistan", "trades_with", "Afghanistan", "asserted", T, {
    "06": "Tashkent, by contrast, has not publicly criticised the Taliban, preferring to expand trade with Afghanistan"},
    alt_s=["Tashkent"], note="subject by metonymy (Tashkent)")
row("Termez", "located_in", "Uzbekistan", "asserted", T, {"06": "the Uzbek border city of Termez"})
row("Russia", "recognizes", "Afghanistan", "asserted", T, {
    "06": ("Russia formally recognised the Taliban government in July 2025", "2025-07")}, alt_o=["Taliban"],
    note="'Taliban government' is an alias of Afghanistan")
for c in ("Uzbekistan", "Kazakhstan"):
    row(c, "recognizes", "Afghanistan", "negated", T, {
        "06": "Neither Uzbekistan nor Kazakhstan has formally recognised the Taliban administration"},
        alt_o=["Taliban"], note="'neither ... nor'")
row("Taliban", "took_control_of", "Kabul", "asserted", T, {
    "06": ("the Taliban seized Kabul in August 2021", "2021-08")})
row("Turkmenistan", "diplomatic_relations_with", "Afghanistan", "asserted", T, {
    "06": "maintains diplomatic relations with Afghanistan"})
for c in ("Uzbekistan", "Turkmenistan", "Tajikistan"):
    row("Afghanistan", "imports_from", c, "asserted", T, {
        "06": "Afghanistan imports electricity from Uzbekistan, Turkmenistan and Tajikistan"},
        alt_p=["trades_with"], note="commodity: electricity")
row("Zabihullah Mujahid", "works_for", "Taliban", "asserted", T, {
    "06": "Taliban spokesman Zabihullah Mujahid"}, alt_o=["Afghanistan"], note="role: spokesman")
row("Kabul", "capital_of", "Afghanistan", "asserted", T, {"06": "Kabul, the Afghan capital"})
row("Taliban", "threatened", "Uzbekistan", "negated", T, {
    "06": "denied reports that Taliban officials had threatened Uzbekistan"}, alt_s=["Afghanistan"],
    note="Mujahid's denial")
row("Hibatullah Akhundzada", "head_of", "Taliban", "asserted", T, {
    "06": "The Taliban's supreme leader, Hibatullah Akhundzada"}, alt_o=["Afghanistan"], note="role: supreme leader")
row("Hibatullah Akhundzada", "lives_in", "Kandahar", "asserted", T, {
    "06": "Hibatullah Akhundzada, who lives in the southern city of Kandahar"})
row("Afghanistan", "party_to", "Almaty Agreement", "negated", T, {
    "06": "Afghanistan is not a party to the 1992 Almaty agreement"})
row("Gulnara Yusupova", "lives_in", "Karakalpakstan", "asserted", T, {
    "06": "Gulnara Yusupova, a cotton farmer who lives in Karakalpakstan"})
row("Karakalpakstan", "located_in", "Uzbekistan", "asserted", T, {
    "06": "Karakalpakstan, an autonomous republic in western Uzbekistan"})
row("Khorezm region", "located_in", "Uzbekistan", "asserted", T, {"06": "Uzbekistan's Khorezm region"})

# zze08
row("Serdar Berdimuhamedov", "head_of", "Turkmenistan", "asserted", T, {
    "08": "Turkmen President Serdar Berdimuhamedov"})
row("Xi Jinping", "met_with", "Serdar Berdimuhamedov", "asserted", T, {
    "08": ("Chinese President Xi Jinping hosted Turkmen President Serdar Berdimuhamedov in Beijing on Tuesday", "2026-06-09")},
    alt_s=["China"], alt_o=["Turkmenistan"])
row("Serdar Berdimuhamedov", "visited", "China", "asserted", T, {
    "08": "Berdimuhamedov, who succeeded his father, Gurbanguly Berdimuhamedov, as president in 2022, was making his third visit to China"},
    alt_o=["Beijing"], note="also 'hosted ... in Beijing on Tuesday'")
row("China", "signed_agreement_with", "Turkmenistan", "asserted", T, {
    "08": ("China and Turkmenistan signed an agreement to start building Line D", "2026-06-09")})
row("China", "imports_from", "Turkmenistan", "asserted", T, {
    "08": "China already imports more than 30 billion cubic metres of natural gas a year from Turkmenistan"},
    alt_p=["trades_with"], note="commodity: natural gas")
row("China", "allied_with", "Turkmenistan", "reported", T, {
    "08": "Xi told Berdimuhamedov that China and Turkmenistan were \"strategic partners"})
row("Gurbanguly Berdimuhamedov", "head_of", "Turkmenistan", "asserted", Fa, {
    "08": "who succeeded his father, Gurbanguly Berdimuhamedov, as president in 2022"},
    note="former office holder")
row("China", "supported", "Kambarata-1", "negated", T, {
    "08": "Beijing has declined to help finance Kambarata-1"}, alt_s=["Beijing"])
row("China", "trades_with", "Kyrgyzstan", "asserted", T, {"08": "China is Kyrgyzstan’s largest trading partner"})
row("Wang Yi", "works_for", "China", "asserted", T, {"08": "Chinese Foreign Minister Wang Yi"}, note="role: foreign minister")
for city, c in (("Bishkek", "Kyrgyzstan"), ("Dushanbe", "Tajikistan")):
    row("Wang Yi", "visited", city, "hedged", T, {
        "08": ("Wang Yi is expected to visit Bishkek and Dushanbe later this month", "2026-06")}, alt_o=[c])
for c in ("Kazakhstan", "Kyrgyzstan", "Tajikistan"):
    row(c, "member_of", "Shanghai Cooperation Organisation", "asserted", T, {
        "08": "Kazakhstan, Kyrgyzstan and Tajikistan are members of the SCO"})
row("Turkmenistan", "member_of", "Shanghai Cooperation Organisation", "negated", T, {
    "08": "the SCO, which Turkmenistan has declined to join"}, alt_p=["candidate_for"])
row("Tajikistan", "borders", "China", "asserted", T, {
    "08": "Tajikistan, which shares a border with China in the Pamir mountains"})
row("China", "supported", "Tajikistan", "asserted", Fa, {
    "08": "has borrowed heavily from Beijing to build roads and power lines"}, alt_s=["Beijing"],
    note="loose: loans")
row("Jizzakh region", "located_in", "Uzbekistan", "asserted", T, {"08": "Uzbekistan’s Jizzakh region"})
row("Russia", "allied_with", "Central Asia", "asserted", Fa, {
    "08": "Russia remains the main security partner for most of Central Asia"}, note="group reference")
row("China", "trades_with", "Central Asia", "asserted", Fa, {
    "08": "China overtook it as the region’s biggest trading partner"}, note="'the region': definite description")
row("Kassym-Jomart Tokayev", "visited", "Beijing", "asserted", T, {
    "08": ("Kassym-Jomart Tokayev visited Beijing last week", "2026-06")}, alt_o=["China"])
row("Kassym-Jomart Tokayev", "met_with", "Xi Jinping", "asserted", T, {
    "08": ("Tokayev visited Beijing last week for talks with Xi", "2026-06")}, alt_s=["Kazakhstan"], alt_o=["China"])
row("Li Jianhua", "citizen_of", "China", "asserted", T, {"08": "Li Jianhua, a Chinese hydrologist"})

# ---------------------------------------------------------------- cleaning
ABBREV = {"U.S.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "St.", "No.", "Jan.", "Feb.",
          "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "U.N.", "U.K.", "Inc.", "Ltd."}

def clean(doc):
    fname, style, _ = DOCS[doc]
    raw = open(os.path.join(SET, "corpus", fname), encoding="utf-8").read()
    if style == "wire":
        paras = [p.strip() for p in raw.split("\n\n")][1:]           # drop the headline
        paras = [p for p in paras if p and not p.startswith("(Reporting by")]
    elif style == "newspaper":
        lines = raw.split("\n")
        i = next(n for n, l in enumerate(lines) if l.startswith("By "))
        paras = [p.strip() for p in "\n".join(lines[i + 1:]).split("\n\n") if p.strip()]
    else:
        body = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S).group(1)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    return "\n\n".join(paras)

def sentences(text):
    """(start, end) spans of sentences; paragraphs never join."""
    out, pos = [], 0
    for para in text.split("\n\n"):
        start = pos
        for m in re.finditer(r'[.!?]["”’\')]*\s+(?=["“‘(]?[A-Z0-9])', para):
            tok = para[:m.start() + 1].split()[-1]
            if tok in ABBREV:
                continue
            out.append((start, pos + m.end()))
            start = pos + m.end()
        out.append((start, pos + len(para)))
        pos += len(para) + 2
    return [(a, b) for a, b in out if b > a]

def fold(s):
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("–", "-"))

def published(doc):
    fname, style, _ = DOCS[doc]
    raw = open(os.path.join(SET, "corpus", fname), encoding="utf-8").read()
    if style == "wire":
        return WIRE_DATES[doc]
    if style == "newspaper":
        return re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", raw, re.M).group(1)
    return re.search(r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', raw).group(1)

def title(doc):
    fname, style, _ = DOCS[doc]
    raw = open(os.path.join(SET, "corpus", fname), encoding="utf-8").read()
    if style == "html":
        return html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1))
    return raw.split("\n", 1)[0]

TIME_RE = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")

def valid_time(t):
    if not TIME_RE.match(t):
        return False
    try:
        if len(t) == 10:
            datetime.date.fromisoformat(t)
        elif len(t) == 7:
            datetime.date.fromisoformat(t + "-01")
    except ValueError:
        return False
    return True

def shared_prefix(times):
    if any(t is None for t in times):
        return None
    p = os.path.commonprefix(times)
    while p and not TIME_RE.match(p):
        p = p[:-1]
    return p or None

def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)

# ---------------------------------------------------------------- build
def main():
    errors, warnings = [], []
    etype = {e["name"]: e["type"] for e in E}
    if len(etype) != len(E):
        errors.append("duplicate entity names")
    seen_alias = {}
    for e in E:
        if e["type"] not in TYPES:
            errors.append(f"bad type {e['type']} for {e['name']}")
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in seen_alias and seen_alias[k] != e["name"]:
                errors.append(f"alias {a!r} of {e['name']} already names {seen_alias[k]}")
            seen_alias[k] = e["name"]
    alltext = ""
    texts, spans = {}, {}
    for d, (fname, style, _) in DOCS.items():
        raw = open(os.path.join(SET, "corpus", fname), encoding="utf-8").read()
        alltext += fold(html.unescape(raw)).lower() + "\n"
        texts[d] = clean(d)
        spans[d] = sentences(texts[d])
    for e in E:
        for a in e["aliases"]:
            if fold(a).lower() not in alltext:
                errors.append(f"alias {a!r} of {e['name']} not used in any article")

    used_entities = set()
    units = {}
    triples, statements = [], []
    for r in ROWS:
        where = f"{r['s']} {r['p']} {r['o']} ({r['modality']})"
        if r["p"] not in SIGNATURE:
            errors.append(f"{where}: unknown predicate"); continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: bad modality")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in etype:
                errors.append(f"{where}: unknown entity {n!r}")
            used_entities.add(n)
        for p in r["alt_p"]:
            if p not in SIGNATURE:
                errors.append(f"{where}: unknown alt predicate {p}")
        st, ot = SIGNATURE[r["p"]]
        if st and etype.get(r["s"]) not in st:
            errors.append(f"{where}: subject type {etype.get(r['s'])} not allowed")
        if ot and etype.get(r["o"]) not in ot:
            errors.append(f"{where}: object type {etype.get(r['o'])} not allowed")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POL[r["modality"]])
        if u in units:
            errors.append(f"{where}: duplicate unit of an earlier row")
        units[u] = r
        if not r["ev"]:
            errors.append(f"{where}: no documents")
        times, notes = [], []
        for d, ev in sorted(r["ev"].items()):
            phrase, t = (ev if isinstance(ev, tuple) else (ev, None))
            style = DOCS[d][1]
            text = texts[d]
            hits = [(a, b) for a, b in spans[d] if fold(phrase) in fold(text[a:b])]
            if not hits:
                errors.append(f"{where}: zze{d} phrase not inside one sentence: {phrase!r}")
                continue
            a, b = hits[0]
            sent = text[a:b].strip()
            if t is not None:
                if not valid_time(t):
                    errors.append(f"{where}: zze{d} bad time {t}")
                if style == "wire" and not re.search(r"\b(1[89]\d\d|20\d\d)\b", sent):
                    errors.append(f"{where}: zze{d} wire time without a year in the sentence")
                if t > published(d)[:len(t)] and r["modality"] in ("asserted", "reported"):
                    warnings.append(f"{where}: zze{d} asserted time {t} after publication")
                if r["p"] in STATIC and not r["dated"] and r["time_override"] is None:
                    warnings.append(f"{where}: static relation with a time")
            times.append(t)
            notes.append(f"zze{d}: '{phrase}'")
            statements.append({
                "subject": r["s"], "subject_type": etype.get(r["s"]), "predicate": r["p"],
                "object": r["o"], "object_type": etype.get(r["o"]), "modality": r["modality"],
                "time": t or "", "role": "", "confidence": 1.0, "source": DOCS[d][0],
                "title": title(d), "published": published(d), "sentence": sent,
                "start": a, "end": b, "rule": "gold"})
            # soft check (required rows): the sentence names the subject and object (or an alternative)
            for side, names in (("subject", [r["s"]] + r["alt_s"]), ("object", [r["o"]] + r["alt_o"])):
                forms = []
                for n in names:
                    e = next((x for x in E if x["name"] == n), None)
                    forms += [n] + (e["aliases"] if e else [])
                if r["required"] and not any(fold(f).lower() in fold(sent).lower() for f in forms):
                    warnings.append(f"{where}: zze{d} sentence does not name the {side}")
        t = r["time_override"] if r["time_override"] is not None else shared_prefix(times)
        out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[d][0] for d in sorted(r["ev"])],
               "modality": r["modality"]}
        if t:
            out["time"] = t
        out["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                out[k] = r[k]
        note = "; ".join(notes)
        if r["extra"]:
            note += " -- " + r["extra"]
        out["note"] = note
        triples.append(out)

    for e in E:
        if e["name"] not in used_entities:
            errors.append(f"entity {e['name']} used by no row")
    missing = set(SIGNATURE) - {r["p"] for r in ROWS}
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)

    def dump(name, rows):
        with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    dump("entities.jsonl", E)
    dump("triples.jsonl", triples)
    dump("selfcheck_statements.jsonl", statements)

    if "--stats" in sys.argv:
        req = sum(t["required"] for t in triples)
        neg = sum(t["modality"] == "negated" for t in triples)
        print(f"rows={len(triples)} required={req} negated={neg} "
              f"negated_required={sum(t['modality']=='negated' and t['required'] for t in triples)} "
              f"entities={len(E)} statements={len(statements)} "
              f"predicates_used={len({t['p'] for t in triples})}/{len(SIGNATURE)}")
        print("modalities:", dict(Counter(t["modality"] for t in triples)))
        print("types:", dict(Counter(e["type"] for e in E)))
        print("predicates:", dict(sorted(Counter(t["p"] for t in triples).items())))
        per = defaultdict(lambda: [0, 0])
        for t in triples:
            for d in t["docs"]:
                per[d][0] += 1
                per[d][1] += t["required"]
        for d in sorted(per):
            print(f"  {d}: facts={per[d][0]} required={per[d][1]}")
        print("multi-document rows:", sum(len(t["docs"]) > 1 for t in triples))
    else:
        print(f"wrote {len(triples)} rows, {len(E)} entities, {len(statements)} statements")


if __name__ == "__main__":
    main()
