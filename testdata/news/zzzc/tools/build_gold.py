#!/usr/bin/env python3
"""Build the gold standard of set zzzc from the rows held here.

Run from anywhere as `python3 -B tools/build_gold.py`. It

- extracts the body of each corpus file (tools/textutil.py),
- checks every row: entity names known and typed, predicate and modality
  valid, each document's evidence phrase present in that document's body and
  inside one sentence, a surface form of subject and object present in the
  document body, no two rows sharing a scoring unit,
- writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl (the
  gold written back as `kg export --format jsonl` statements: one per row
  and document, rule "gold", confidence 1.0), and prints counts.

A row's evidence maps a document key ("01".."08") to a phrase, or to
(phrase, modality) when that document holds the fact with a different
modality of the same polarity (for example reported instead of asserted).
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzzc01_qosh_tepa_canal.txt",
    "02": "zzzc02_trans_afghan_railway.txt",
    "03": "zzzc03_bolivia_lithium.txt",
    "04": "zzzc04_sco_afghan_contact_group.txt",
    "05": "zzzc05_bolivia_chile_ties.txt",
    "06": "zzzc06_ecuador_colombia_tariffs.txt",
    "07": "zzzc07_turkmen_tapi_herat.html",
    "08": "zzzc08_peru_colombia_island.html",
}

PREDICATES = """head_of works_for member_of citizen_of lives_in based_in located_in
capital_of borders met_with visited negotiating_with contacted brokered party_to
signed_agreement_with candidate_for normalized_relations_with
diplomatic_relations_with allied_with recognizes supported criticized threatened
sanctioned in_conflict_with attacked killed took_control_of blockaded seceded_from
gained_independence_from imports_from trades_with""".split()
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# countries
ent("Afghanistan", "Country", "Afghan")
ent("Uzbekistan", "Country", "Uzbek")
ent("Kazakhstan", "Country", "Kazakh")
ent("Kyrgyzstan", "Country", "Kyrgyz")
ent("Tajikistan", "Country", "Tajik")
ent("Turkmenistan", "Country", "Turkmen")
ent("Pakistan", "Country", "Pakistani")
ent("Russia", "Country", "Russian", "Russian Federation")
ent("China", "Country", "Chinese")
ent("India", "Country", "Indian")
ent("Qatar", "Country")
ent("Turkey", "Country", "Turkiye", "Türkiye")
ent("Soviet Union", "Country", "USSR")
ent("Bolivia", "Country", "Bolivian")
ent("Chile", "Country", "Chilean")
ent("Peru", "Country", "Peruvian")
ent("Ecuador", "Country", "Ecuadorian")
ent("Colombia", "Country", "Colombian")
ent("Argentina", "Country")
ent("Brazil", "Country", "Brazilian")
ent("United States", "Country", "U.S.", "US", "USA")
ent("Mexico", "Country", "Mexican")
ent("Venezuela", "Country")
# organizations
ent("Taliban", "Organization", "Taliban government", "Taliban administration",
    "Islamic Emirate of Afghanistan")
ent("Shanghai Cooperation Organisation", "Organization", "SCO",
    "Shanghai Cooperation Organization")
ent("Interstate Commission for Water Coordination", "Organization", "ICWC")
ent("Regional Anti-Terrorist Structure", "Organization", "RATS")
ent("Islamic State Khorasan", "Organization", "ISKP", "IS-K", "Islamic State Khorasan Province")
ent("Tehreek-e-Taliban Pakistan", "Organization", "TTP", "Pakistani Taliban")
ent("Kazakhstan Temir Zholy", "Organization", "KTZ")
ent("Halk Maslahaty", "Organization", "People's Council")
ent("Collective Security Treaty Organization", "Organization", "CSTO")
ent("Yacimientos de Litio Bolivianos", "Organization", "YLB")
ent("Uranium One", "Organization")
ent("Rosatom", "Organization")
ent("CBC", "Organization", "CBC consortium")
ent("CATL", "Organization")
ent("Christian Democratic Party", "Organization", "PDC")
ent("Codelco", "Organization")
ent("SQM", "Organization")
ent("BRICS", "Organization", "BRICS group")
ent("Republican Party", "Organization")
ent("National Congress of Chile", "Organization", "National Congress")
ent("International Court of Justice", "Organization", "ICJ")
ent("Andean Community", "Organization", "CAN", "Comunidad Andina")
ent("Mercosur", "Organization")
ent("Andean Court of Justice", "Organization", "Andean Community's court of justice")
ent("Los Lobos", "Organization")
ent("Los Choneros", "Organization")
ent("Popular Force", "Organization", "Popular Force party", "Fuerza Popular")
ent("League of Nations", "Organization")
# people
ent("Bakhtiyor Saidov", "Person", "Saidov")
ent("Amir Khan Muttaqi", "Person", "Muttaqi")
ent("Shavkat Mirziyoyev", "Person", "Mirziyoyev", "Uzbek President Shavkat Mirziyoyev")
ent("Dilshod Karimov", "Person", "Karimov")
ent("Hibatullah Akhundzada", "Person", "Akhundzada")
ent("Abdul Ghani Baradar", "Person", "Baradar", "Mullah Baradar")
ent("Zabihullah Mujahid", "Person", "Mujahid")
ent("Ishaq Dar", "Person", "Dar")
ent("Sergei Lavrov", "Person", "Lavrov")
ent("Jeenbek Kulubaev", "Person", "Kulubaev")
ent("Wang Yi", "Person")
ent("Nurlan Yermekbayev", "Person", "Yermekbayev")
ent("Khalil Haqqani", "Person", "Haqqani")
ent("Emomali Rahmon", "Person", "Rahmon")
ent("Sadyr Japarov", "Person", "Japarov")
ent("Kassym-Jomart Tokayev", "Person", "Tokayev")
ent("Rashid Meredov", "Person", "Meredov")
ent("Serdar Berdimuhamedov", "Person", "Serdar", "President Serdar Berdimuhamedov")
ent("Gurbanguly Berdimuhamedov", "Person")
ent("Rodrigo Paz", "Person", "Paz", "Rodrigo Paz Pereira", "Bolivian President Rodrigo Paz")
ent("Luis Arce", "Person", "Arce")
ent("Jorge Quiroga", "Person", "Quiroga", "Tuto Quiroga")
ent("Evo Morales", "Person", "Morales")
ent("Carla Vargas", "Person", "Vargas")
ent("José Antonio Kast", "Person", "Kast", "Jose Antonio Kast")
ent("Gabriel Boric", "Person", "Boric")
ent("Ximena Rojas", "Person", "Rojas")
ent("Daniel Noboa", "Person", "Noboa")
ent("Gustavo Petro", "Person", "Petro")
ent("Rosa Villavicencio", "Person", "Villavicencio")
ent("Marco Rubio", "Person", "Rubio")
ent("Elmer Schialer", "Person", "Schialer")
ent("Dina Boluarte", "Person", "Boluarte")
ent("Pedro Castillo", "Person", "Castillo")
ent("Keiko Fujimori", "Person", "Fujimori")
ent("Carlos Andrade", "Person", "Andrade")
# agreements
ent("Almaty agreement", "Agreement", "1992 Almaty agreement")
ent("Trans-Afghan railway framework agreement", "Agreement", "framework agreement")
ent("Doha ceasefire", "Agreement", "ceasefire")
ent("TAPI intergovernmental agreement", "Agreement", "intergovernmental agreement")
ent("Treaty of Peace and Friendship", "Agreement", "1904 Treaty of Peace and Friendship",
    "1904 treaty")
ent("Rio Protocol", "Agreement", "1934 Rio Protocol")
# facilities
ent("Qosh Tepa canal", "Facility", "Qosh Tepa", "Qosh Tepa Canal")
ent("Trans-Afghan railway", "Facility", "Trans-Afghan line")
ent("TAPI pipeline", "Facility", "TAPI", "TAPI gas pipeline",
    "Turkmenistan-Afghanistan-Pakistan-India pipeline")
ent("Galkynysh field", "Facility", "Galkynysh", "Galkynysh gas field")
ent("Torghundi-Herat railway", "Facility", "Torghundi-Herat line", "line from Torghundi to Herat")
# regions
ent("Central Asia", "Region", "Central Asian")
ent("Amu Darya", "Region", "Amu Darya river")
ent("Balkh province", "Region", "Balkh")
ent("Lebap province", "Region", "Lebap")
ent("Chapare", "Region", "Chapare region")
ent("Cochabamba", "Region", "Cochabamba department")
ent("Potosí", "Region", "Potosi", "department of Potosí")
ent("Santa Cruz", "Region", "department of Santa Cruz")
ent("Salar de Uyuni", "Region", "Uyuni salt flat", "Uyuni")
ent("Loreto", "Region", "Loreto region")
ent("Amazonas department", "Region", "Amazonas")
ent("Santa Rosa island", "Region", "Santa Rosa", "island of Santa Rosa")
ent("Amazon river", "Region", "Amazon")
# cities
ent("Tashkent", "City")
ent("Kabul", "City")
ent("Termez", "City")
ent("Peshawar", "City")
ent("Hairatan", "City")
ent("Astana", "City")
ent("Bishkek", "City")
ent("Beijing", "City")
ent("Herat", "City")
ent("Torghundi", "City", "Turgundi")
ent("Ashgabat", "City")
ent("Moscow", "City")
ent("Islamabad", "City")
ent("La Paz", "City")
ent("Sucre", "City")
ent("Valparaíso", "City", "Valparaiso")
ent("Arica", "City")
ent("Antofagasta", "City")
ent("Iquique", "City")
ent("The Hague", "City", "Hague")
ent("Tacna", "City")
ent("Ilo", "City")
ent("Santiago", "City")
ent("Lima", "City")
ent("Quito", "City")
ent("Bogotá", "City", "Bogota")
ent("Leticia", "City")
ent("Tabatinga", "City")

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, ev, mod="asserted", time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, role=None, commodity=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, ev=ev, mod=mod, time=time, req=req,
                     alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                     role=role, commodity=commodity, note=note))


NEG, REP, HED, PLAN = "negated", "reported", "hedged", "planned"

# ===== 01 Qosh Tepa talks (wire, no year in dateline)
R("Bakhtiyor Saidov", "works_for", "Uzbekistan",
  {"01": "Uzbekistan's foreign minister, Bakhtiyor Saidov"}, role="foreign minister")
R("Amir Khan Muttaqi", "works_for", "Taliban",
  {"01": "the Taliban's foreign minister, Amir Khan Muttaqi"}, alt_o=["Afghanistan"],
  role="foreign minister")
R("Bakhtiyor Saidov", "met_with", "Amir Khan Muttaqi",
  {"01": "Bakhtiyor Saidov, met the Taliban's foreign minister, Amir Khan Muttaqi"},
  alt_o=["Taliban", "Afghanistan"], note="'on Wednesday', wire copy: no year")
R("Amir Khan Muttaqi", "visited", "Tashkent",
  {"01": "Amir Khan Muttaqi, in Tashkent on Wednesday"}, alt_o=["Uzbekistan"],
  note="met in Tashkent; 'Muttaqi, who arrived on Tuesday'")
R("Qosh Tepa canal", "located_in", "Balkh province",
  {"01": "runs west from the river through northern Afghanistan's Balkh province"})
R("Balkh province", "located_in", "Afghanistan",
  {"01": "northern Afghanistan's Balkh province"})
R("Qosh Tepa canal", "located_in", "Afghanistan",
  {"01": "Afghanistan's Qosh Tepa canal",
   "07": "which the Taliban are digging in northern Afghanistan"})
for c in ["Tajikistan", "Uzbekistan", "Turkmenistan"]:
    R("Afghanistan", "borders", c,
      {"01": "forms much of Afghanistan's border with Tajikistan, Uzbekistan and Turkmenistan"})
R("Amu Darya", "located_in", "Central Asia",
  {"01": "The Amu Darya, Central Asia's largest river"})
R("Afghanistan", "party_to", "Almaty agreement",
  {"01": "Afghanistan is not a party to the 1992 Almaty agreement"}, mod=NEG)
R("Taliban", "candidate_for", "Interstate Commission for Water Coordination",
  {"01": "the Taliban have never been invited to join the Interstate Commission for Water Coordination"},
  mod=NEG, alt_s=["Afghanistan"])
R("Interstate Commission for Water Coordination", "based_in", "Tashkent",
  {"01": "the regional body based in Tashkent"})
R("Shavkat Mirziyoyev", "head_of", "Uzbekistan",
  {"01": "Uzbek President Shavkat Mirziyoyev"}, role="president")
R("Shavkat Mirziyoyev", "criticized", "Qosh Tepa canal",
  {"01": "Mirziyoyev has criticized the canal as a threat"}, alt_s=["Uzbekistan"])
R("Dilshod Karimov", "citizen_of", "Uzbekistan", {"01": "a Tashkent-based Uzbek hydrologist"})
R("Dilshod Karimov", "lives_in", "Tashkent", {"01": "a Tashkent-based Uzbek hydrologist"})
R("Uzbekistan", "recognizes", "Afghanistan",
  {"01": "Uzbekistan has not recognized the Taliban administration",
   "04": "and so have the Central Asian members"},
  mod=NEG, alt_o=["Taliban"], note="04 only as a group ('the Central Asian members')")
R("Uzbekistan", "diplomatic_relations_with", "Afghanistan",
  {"01": "it has kept its embassy in Kabul open"}, req=False, alt_o=["Taliban"],
  note="an embassy without recognition")
R("Uzbekistan", "trades_with", "Afghanistan",
  {"01": "has become one of Afghanistan's main trading partners",
   "02": ("their country's trade with Uzbekistan has risen", REP)})
R("Afghanistan", "imports_from", "Uzbekistan",
  {"01": "Afghanistan imports much of its electricity from Uzbekistan"},
  commodity="electricity; flour and fuel")
R("Termez", "located_in", "Uzbekistan",
  {"01": "the Uzbek border city of Termez", "02": "the Uzbek city of Termez"})
R("Taliban", "visited", "Astana", {"01": "which Kabul said it might attend"},
  mod=HED, req=False, alt_s=["Afghanistan", "Kabul"], alt_o=["Kazakhstan"],
  note="a conference Kazakhstan offered to host in Astana; Kabul 'might attend'")
R("Hibatullah Akhundzada", "head_of", "Taliban",
  {"01": "whose supreme leader Hibatullah Akhundzada"}, alt_o=["Afghanistan"],
  role="supreme leader")
R("Taliban", "took_control_of", "Kabul", {"01": "since they took control of Kabul in 2021"},
  time="2021")
R("Russia", "recognizes", "Afghanistan",
  {"01": "Russia, which formally recognized the Taliban government in 2025",
   "02": "Moscow, which in July became the first country to formally recognize the Taliban government",
   "04": "Russia, which recognized the Taliban government last July"},
  time="2025", alt_s=["Moscow"], alt_o=["Taliban"],
  note="04 resolves 'last July' to 2025-07; 02 gives no year")
for c, req, ev in [
        ("Kazakhstan", False, {"04": "and so have the Central Asian members"}),
        ("Tajikistan", False, {"04": "and so have the Central Asian members"}),
        ("Kyrgyzstan", True, {"04": "Kyrgyzstan has not recognized the Taliban government either"}),
        ("Turkmenistan", True, {"07": "has not formally recognized the Taliban government"})]:
    if c != "Kyrgyzstan":  # 01 names Kazakhstan, Tajikistan, Turkmenistan, not Kyrgyzstan
        ev = dict(ev, **{"01": "but none of them has done so"})
    R(c, "recognizes", "Afghanistan", ev, mod=NEG, req=req, alt_o=["Taliban"],
      note="01 as a group ('the Central Asian states ... none of them')")
R("Uzbekistan", "negotiating_with", "Afghanistan",
  {"01": "Tashkent has cast the water talks as part of a wider bet"},
  req=False, alt_s=["Tashkent"], alt_o=["Taliban"], note="the Saidov-Muttaqi water talks")

# ===== 02 Trans-Afghan railway (wire)
R("Uzbekistan", "met_with", "Afghanistan",
  {"02": "Uzbek and Afghan officials met in Kabul on Wednesday"}, alt_o=["Taliban"])
R("Peshawar", "located_in", "Pakistan", {"02": "Peshawar in Pakistan"})
FRAME = "Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Kabul in July 2025"
for c in ["Uzbekistan", "Afghanistan", "Pakistan"]:
    R(c, "party_to", "Trans-Afghan railway framework agreement", {"02": FRAME}, time="2025-07")
R("Uzbekistan", "signed_agreement_with", "Afghanistan", {"02": FRAME}, time="2025-07",
  req=False, note="pair read off a three-party signing")
R("Uzbekistan", "signed_agreement_with", "Pakistan", {"02": FRAME}, time="2025-07",
  req=False, note="pair read off a three-party signing")
R("Afghanistan", "signed_agreement_with", "Pakistan",
  {"02": "A ceasefire that the two sides signed in Doha"}, time="2025-07", alt_s=["Taliban"],
  note="the Doha ceasefire (undated) and the July 2025 framework agreement")
R("Abdul Ghani Baradar", "works_for", "Taliban",
  {"02": "the Taliban government's deputy prime minister for economic affairs",
   "07": "the Taliban's deputy prime minister for economic affairs"},
  alt_o=["Afghanistan"], role="deputy prime minister for economic affairs")
R("Pakistan", "attacked", "Kabul", {"02": "Pakistani aircraft struck targets in Kabul"},
  alt_o=["Afghanistan"], note="'in October', wire copy: no year")
R("Taliban", "attacked", "Pakistan", {"02": "Taliban fighters attacked Pakistani border posts"},
  alt_s=["Afghanistan"])
R("Afghanistan", "in_conflict_with", "Pakistan",
  {"02": "the worst fighting between the neighbours",
   "07": "when Pakistani forces and Taliban fighters clashed along the frontier"},
  time="2025-10", alt_s=["Taliban"], note="07 'since October' resolves to 2025-10")
R("Afghanistan", "borders", "Pakistan",
  {"02": "Afghanistan's main border crossings with Pakistan",
   "07": "Pakistan, which borders Afghanistan to the south and east"})
for c in ["Qatar", "Turkey"]:
    R(c, "brokered", "Doha ceasefire", {"02": "brokered by Qatar and Turkey"})
for c in ["Afghanistan", "Pakistan"]:
    R(c, "party_to", "Doha ceasefire", {"02": "A ceasefire that the two sides signed in Doha"},
      alt_s=["Taliban"] if c == "Afghanistan" else None)
R("Afghanistan", "negotiating_with", "Pakistan",
  {"02": "follow-up talks in Istanbul ended without an agreement"}, alt_s=["Taliban"])
R("Afghanistan", "signed_agreement_with", "Pakistan",
  {"02": "follow-up talks in Istanbul ended without an agreement"}, mod=NEG, req=False,
  alt_s=["Taliban"], note="no agreement in Istanbul; the Doha ceasefire was signed")
R("Zabihullah Mujahid", "works_for", "Taliban",
  {"02": "Taliban spokesman Zabihullah Mujahid", "04": "Taliban spokesman Zabihullah Mujahid"},
  alt_o=["Afghanistan"], role="spokesman")
R("Zabihullah Mujahid", "criticized", "Pakistan",
  {"02": "Zabihullah Mujahid accused Islamabad on Tuesday"},
  alt_s=["Taliban", "Afghanistan"], alt_o=["Islamabad"])
R("Pakistan", "blockaded", "Afghanistan", {"02": "trying to blockade a landlocked country"},
  mod=REP, req=False, alt_s=["Islamabad"], note="an accusation by the Taliban spokesman")
R("Ishaq Dar", "works_for", "Pakistan", {"02": "Pakistan's Foreign Minister Ishaq Dar"},
  role="foreign minister")
R("Ishaq Dar", "visited", "Kabul", {"02": "who travelled to Kabul for the July signing"},
  alt_o=["Afghanistan"], note="'the July signing': July 2025 per the framework sentence")
R("Ishaq Dar", "supported", "Trans-Afghan railway",
  {"02": "said last week that Islamabad remained committed to the railway"}, mod=REP, req=False,
  alt_s=["Pakistan", "Islamabad"], note="'once the security situation allows'")
R("Pakistan", "criticized", "Taliban",
  {"02": "Pakistan accuses the Taliban of sheltering fighters"}, alt_o=["Afghanistan"])
R("Taliban", "supported", "Tehreek-e-Taliban Pakistan",
  {"02": "accuses the Taliban of sheltering fighters of Tehreek-e-Taliban Pakistan"},
  mod=REP, req=False, alt_s=["Afghanistan"], note="Pakistan's accusation")
R("Taliban", "supported", "Tehreek-e-Taliban Pakistan", {"02": "a charge Kabul denies"},
  mod=NEG, req=False, alt_s=["Afghanistan", "Kabul"], note="Kabul's denial")
R("Russia", "supported", "Trans-Afghan railway", {"02": "Russia has backed the project from the start"})
R("Kazakhstan Temir Zholy", "based_in", "Kazakhstan",
  {"02": "Kazakhstan's state railway company, Kazakhstan Temir Zholy"})
R("Kazakhstan Temir Zholy", "supported", "Trans-Afghan railway",
  {"02": "has offered to supply rails and locomotives"}, mod=PLAN, req=False,
  alt_s=["Kazakhstan"])
R("Sergei Lavrov", "works_for", "Russia",
  {"02": "Russian Foreign Minister Sergei Lavrov", "04": "Russian Foreign Minister Sergei Lavrov"},
  role="foreign minister")
R("Hairatan", "located_in", "Afghanistan", {"02": "the Afghan town of Hairatan"})
R("Afghanistan", "trades_with", "Pakistan", {"02": "while trade with Pakistan has slumped"},
  mod=REP, req=False, note="trade that has slumped")

# ===== 03 Bolivia lithium (wire)
R("Rodrigo Paz", "head_of", "Bolivia",
  {"03": "Bolivian President Rodrigo Paz", "05": "Bolivian President Rodrigo Paz"}, role="president",
  time="2025-11", note="03 'took office in November 2025'")
for co in ["Uranium One", "CBC"]:
    R("Yacimientos de Litio Bolivianos", "signed_agreement_with", co,
      {"03": "The contracts, signed in 2024 by state lithium company Yacimientos de Litio Bolivianos (YLB)"},
      time="2024", alt_s=["Bolivia"])
R("Uranium One", "member_of", "Rosatom",
  {"03": "Uranium One, a subsidiary of Russia's state nuclear company Rosatom"}, req=False,
  note="a subsidiary")
R("Rosatom", "based_in", "Russia", {"03": "Russia's state nuclear company Rosatom"})
R("CATL", "based_in", "China", {"03": "Chinese battery maker CATL"})
R("CATL", "member_of", "CBC", {"03": "a consortium led by Chinese battery maker CATL"}, req=False,
  note="leads the consortium")
R("Rodrigo Paz", "criticized", "Luis Arce", {"03": "Paz accused former President Luis Arce"},
  alt_s=["Bolivia"])
R("Luis Arce", "head_of", "Bolivia", {"03": "former President Luis Arce"}, req=False,
  role="former president")
R("Bolivia", "borders", "Chile", {"03": "its neighbours Chile and Argentina",
                                 "05": "Chile's northern borders with Peru and Bolivia"})
R("Bolivia", "borders", "Argentina", {"03": "its neighbours Chile and Argentina"})
R("Rodrigo Paz", "member_of", "Christian Democratic Party",
  {"03": "a centre-right senator from the Christian Democratic Party"})
R("Jorge Quiroga", "head_of", "Bolivia", {"03": "former President Jorge Quiroga"}, req=False,
  role="former president")
R("Carla Vargas", "works_for", "Bolivia", {"03": "Deputy Energy Minister Carla Vargas"},
  role="deputy energy minister")
R("Russia", "threatened", "Bolivia", {"03": "the Russian embassy threatened Bolivia with international arbitration"},
  alt_s=["Moscow"])
R("Bolivia", "normalized_relations_with", "United States",
  {"03": "Paz has moved to restore ambassador-level relations with the United States"},
  mod=PLAN, alt_s=["Rodrigo Paz"])
R("Evo Morales", "head_of", "Bolivia", {"03": "Morales, who governed Bolivia from 2006 to 2019"},
  time="2006", role="president (2006-2019)", note="also 'then-President Evo Morales'")
R("Evo Morales", "lives_in", "Chapare",
  {"03": "has been holed up for more than a year in the coca-growing Chapare region"})
R("Chapare", "located_in", "Cochabamba", {"03": "the coca-growing Chapare region of Cochabamba"})
R("Evo Morales", "criticized", "Rodrigo Paz", {"03": "accused Paz on Monday"})
R("Salar de Uyuni", "located_in", "Potosí",
  {"03": "The Uyuni salt flat, the world's largest, lies in the southwestern department of Potosí"})
R("Santa Cruz", "seceded_from", "Bolivia", {"03": "but the region never seceded"}, mod=NEG)
R("Santa Cruz", "seceded_from", "Bolivia", {"03": "some talked openly of breaking away from Bolivia"},
  mod=HED, time="2008", req=False, note="talk of secession in 2008, by some leaders")
R("China", "imports_from", "Bolivia",
  {"03": "China, the biggest buyer of zinc and silver concentrates from Bolivia"},
  commodity="zinc and silver concentrates; lithium carbonate")
R("Bolivia", "candidate_for", "BRICS", {"03": "Bolivia applied to join the BRICS group in 2023"},
  time="2023", note="partner country since January 2025")
R("Codelco", "signed_agreement_with", "SQM",
  {"03": "Codelco signed a partnership with SQM in 2025"}, time="2025")
R("Codelco", "based_in", "Chile", {"03": "Chilean state copper miner Codelco"})

# ===== 04 SCO contact group (newspaper, 2026-04-16)
R("Jeenbek Kulubaev", "works_for", "Kyrgyzstan", {"04": "Kyrgyz Foreign Minister Jeenbek Kulubaev"},
  role="foreign minister")
R("Bishkek", "capital_of", "Kyrgyzstan", {"04": "the Kyrgyz capital, Bishkek"},
  alt_p=["located_in"])
R("Taliban", "candidate_for", "Shanghai Cooperation Organisation",
  {"04": "was considering inviting Taliban officials to attend a session as guests"},
  mod=HED, req=False, alt_s=["Afghanistan"], note="invited as guests to a contact-group session")
R("Afghanistan", "member_of", "Shanghai Cooperation Organisation",
  {"04": "but has never been a full member"}, mod=NEG, note="an observer since 2012")
MEM1 = "The bloc's ten members include China, Russia, India and Pakistan"
MEM2 = "four Central Asian states: Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"
for c in ["China", "Russia", "India", "Pakistan"]:
    R(c, "member_of", "Shanghai Cooperation Organisation", {"04": MEM1},
      time="2017" if c in ("India", "Pakistan") else None,
      note="India and Pakistan 'both joined in 2017'" if c in ("India", "Pakistan") else None)
for c in ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]:
    R(c, "member_of", "Shanghai Cooperation Organisation", {"04": MEM2})
    R(c, "located_in", "Central Asia", {"04": MEM2})
R("Turkmenistan", "member_of", "Shanghai Cooperation Organisation",
  {"04": "Turkmenistan, which cites its permanent neutrality, has never joined",
   "07": "It has never joined the Collective Security Treaty Organization or the Shanghai Cooperation Organisation"},
  mod=NEG)
R("Wang Yi", "works_for", "China", {"04": "his Chinese counterpart, Wang Yi"}, role="foreign minister")
for p in ["Sergei Lavrov", "Wang Yi"]:
    R(p, "visited", "Bishkek", {"04": "both flew in for the meeting"}, time="2026-04", req=False,
      alt_o=["Kyrgyzstan"], note="the meeting is in Bishkek (previous paragraphs)")
R("Sergei Lavrov", "met_with", "Jeenbek Kulubaev",
  {"04": "Lavrov held separate talks with Kulubaev on Tuesday"}, time="2026-04-14",
  alt_p=["negotiating_with"], alt_s=["Russia"], alt_o=["Kyrgyzstan"])
R("Russia", "allied_with", "Taliban", {"04": "now treats the movement as a partner against Islamic State"},
  alt_o=["Afghanistan"])
R("China", "recognizes", "Afghanistan", {"04": "has stopped short of formal recognition"}, mod=NEG,
  alt_o=["Taliban"])
R("China", "diplomatic_relations_with", "Afghanistan",
  {"04": "has let a Taliban-appointed ambassador take up his post in Beijing"}, req=False,
  alt_o=["Taliban"], note="an ambassador without recognition")
R("Nurlan Yermekbayev", "head_of", "Shanghai Cooperation Organisation",
  {"04": "SCO Secretary-General Nurlan Yermekbayev"}, role="secretary-general")
R("Nurlan Yermekbayev", "citizen_of", "Kazakhstan", {"04": "Nurlan Yermekbayev, who is from Kazakhstan"})
R("Regional Anti-Terrorist Structure", "based_in", "Tashkent", {"04": "which is based in Tashkent"})
R("Shanghai Cooperation Organisation", "based_in", "Beijing",
  {"04": "The SCO's secretariat is in Beijing"})
R("Islamic State Khorasan", "killed", "Khalil Haqqani",
  {"04": "which killed the Taliban's refugees minister, Khalil Haqqani"}, time="2024-12")
R("Khalil Haqqani", "works_for", "Taliban", {"04": "the Taliban's refugees minister, Khalil Haqqani"},
  alt_o=["Afghanistan"], role="refugees minister")
R("Emomali Rahmon", "head_of", "Tajikistan", {"04": "whose President Emomali Rahmon"}, role="president")
R("Emomali Rahmon", "criticized", "Taliban",
  {"04": "the region's most outspoken critic of the Taliban"}, alt_s=["Tajikistan"])
R("India", "attacked", "Pakistan", {"04": "after Indian missile strikes on Pakistan"}, time="2025-05")
R("India", "in_conflict_with", "Pakistan",
  {"04": "fought a four-day conflict in May 2025",
   "07": "India, whose relations with Pakistan collapsed after the two countries' brief war in May"},
  time="2025-05", note="07 'in May' resolves to 2025-05")
R("Sadyr Japarov", "head_of", "Kyrgyzstan", {"04": "Kyrgyz President Sadyr Japarov"}, role="president")
R("Kassym-Jomart Tokayev", "head_of", "Kazakhstan", {"04": "Kazakh President Kassym-Jomart Tokayev"},
  role="president")

# ===== 05 Bolivia-Chile (newspaper, 2026-03-12)
R("José Antonio Kast", "head_of", "Chile", {"05": "Chile's new president, José Antonio Kast"},
  role="president", time="2026-03-11", note="sworn in 'earlier in the day' (Wednesday)")
R("Bolivia", "negotiating_with", "Chile",
  {"05": "agreed on Wednesday to begin talks on restoring full diplomatic relations"},
  mod=PLAN, alt_s=["Rodrigo Paz"], alt_o=["José Antonio Kast"])
R("Bolivia", "normalized_relations_with", "Chile",
  {"05": "agreed on Wednesday to begin talks on restoring full diplomatic relations"},
  mod=PLAN, alt_s=["Rodrigo Paz"], alt_o=["José Antonio Kast"])
R("Bolivia", "diplomatic_relations_with", "Chile",
  {"05": "which the two neighbours broke off in 1978"}, mod=NEG, time="1978",
  note="relations broken off since 1978")
R("Rodrigo Paz", "met_with", "José Antonio Kast",
  {"05": "The two men then met for an hour"}, time="2026-03-11",
  alt_s=["Bolivia"], alt_o=["Chile"], note="also 'in their first meeting'")
R("Rodrigo Paz", "visited", "Valparaíso",
  {"05": "Paz was among a dozen heads of state who attended Kast's swearing-in earlier in the day at the National Congress in Valparaíso"},
  time="2026-03-11", alt_o=["Chile"])
R("National Congress of Chile", "based_in", "Valparaíso", {"05": "the National Congress in Valparaíso"})
R("Gabriel Boric", "head_of", "Chile", {"05": "outgoing President Gabriel Boric"},
  role="outgoing president")
R("Rodrigo Paz", "contacted", "José Antonio Kast", {"05": "Paz had telephoned Kast in December"},
  time="2025-12")
R("José Antonio Kast", "visited", "La Paz", {"05": "he planned to visit La Paz"}, mod=PLAN,
  time="2026", alt_o=["Bolivia"], note="'before the end of the year'")
R("La Paz", "located_in", "Bolivia", {"05": "La Paz, Bolivia's seat of government"})
R("La Paz", "capital_of", "Bolivia", {"05": "La Paz, Bolivia's seat of government"}, req=False,
  note="seat of government; Sucre is the constitutional capital")
R("Sucre", "capital_of", "Bolivia", {"05": "Sucre remains the country's constitutional capital"},
  alt_p=["located_in"])
R("José Antonio Kast", "member_of", "Republican Party",
  {"05": "Kast, who founded the Republican Party in 2019"}, time="2019", note="its founder")
R("Chile", "negotiating_with", "Bolivia", {"05": "will never negotiate its sovereignty"}, mod=NEG,
  req=False, alt_s=["José Antonio Kast", "Santiago"], note="sovereignty talks ruled out")
R("Arica", "located_in", "Chile", {"05": "the Chilean ports of Arica and Antofagasta"})
R("Antofagasta", "located_in", "Chile", {"05": "the Chilean ports of Arica and Antofagasta"})
R("Bolivia", "in_conflict_with", "Chile",
  {"05": "which it and its ally Peru fought against Chile from 1879 to 1884"}, time="1879",
  note="War of the Pacific; also the Silala dispute")
R("Peru", "in_conflict_with", "Chile",
  {"05": "which it and its ally Peru fought against Chile from 1879 to 1884"}, time="1879")
R("Bolivia", "allied_with", "Peru", {"05": "which it and its ally Peru fought against Chile"},
  time="1879")
R("Chile", "took_control_of", "Antofagasta", {"05": "Chilean troops seized Antofagasta in February 1879"},
  time="1879-02")
R("Chile", "blockaded", "Iquique", {"05": "the Chilean navy blockaded the port of Iquique"},
  time="1879", note="'a few weeks later' than February 1879")
R("Bolivia", "party_to", "Treaty of Peace and Friendship",
  {"05": "Bolivia gave up the coast formally when it signed the 1904 Treaty of Peace and Friendship with Chile"},
  time="1904")
R("Chile", "party_to", "Treaty of Peace and Friendship",
  {"05": "it signed the 1904 Treaty of Peace and Friendship with Chile"}, time="1904")
R("Bolivia", "signed_agreement_with", "Chile",
  {"05": "it signed the 1904 Treaty of Peace and Friendship with Chile"}, time="1904")
R("International Court of Justice", "based_in", "The Hague",
  {"05": "the International Court of Justice in The Hague"})
R("International Court of Justice", "criticized", "Bolivia",
  {"05": "rejected Bolivia's claim that Chile was obliged to negotiate sea access"}, time="2018",
  req=False, note="a ruling against a claim")
R("Bolivia", "trades_with", "Chile", {"05": "Chile is one of Bolivia's largest trading partners"})
R("Chile", "borders", "Peru", {"05": "Chile's northern borders with Peru and Bolivia"})
R("Peru", "criticized", "Chile", {"05": "a plan that Lima has criticised as unilateral"},
  alt_s=["Lima"], alt_o=["José Antonio Kast"])
R("Tacna", "located_in", "Peru", {"05": "the Peruvian city of Tacna"})
R("Ilo", "located_in", "Peru", {"05": "its southern port of Ilo"})
R("Bolivia", "signed_agreement_with", "Peru",
  {"05": "since the two countries signed an agreement in 1992"}, time="1992")
R("Chile", "member_of", "Andean Community",
  {"05": "Chile is only an associate member of the Andean Community"}, req=False,
  note="associate member only")
R("Chile", "member_of", "Andean Community",
  {"05": "the trade bloc it left in 1976", "06": "Chile left the bloc in 1976"},
  mod=NEG, time="1976", note="left the bloc in 1976")
R("Bolivia", "member_of", "Andean Community",
  {"05": "while Bolivia is a full member",
   "06": "Ecuador and Colombia are founding members of the Andean Community, set up in 1969, along with Bolivia and Peru"})
R("Bolivia", "member_of", "Mercosur", {"05": "in 2024 also became a full member of Mercosur"},
  time="2024")
R("Ximena Rojas", "citizen_of", "Chile", {"05": "said Ximena Rojas, a Chilean historian"})
R("Valparaíso", "located_in", "Chile", {"05": "VALPARAISO, Chile"}, req=False,
  note="dateline only")

# ===== 06 Ecuador-Colombia tariffs (newspaper, 2026-02-04)
R("Andean Community", "based_in", "Lima",
  {"06": "The bloc's general secretariat, which is based in Lima",
   "08": "the Andean Community, whose secretariat in Lima"})
R("Daniel Noboa", "head_of", "Ecuador", {"06": "Ecuadorian President Daniel Noboa"}, role="president")
R("Gustavo Petro", "head_of", "Colombia",
  {"06": "Colombian President Gustavo Petro", "08": "Colombian President Gustavo Petro"},
  role="president")
R("Ecuador", "sanctioned", "Colombia",
  {"06": "imposed a 30% \"security tariff\" on imports from Colombia"}, time="2026-02-01",
  alt_s=["Daniel Noboa"], note="tariff took effect 'on Sunday'")
R("Colombia", "sanctioned", "Ecuador",
  {"06": "Colombia answered with matching duties on Ecuadorian goods"},
  note="duties and suspended electricity sales")
R("Daniel Noboa", "criticized", "Colombia",
  {"06": "accusing the government of Colombian President Gustavo Petro of failing"},
  alt_s=["Ecuador"], alt_o=["Gustavo Petro"])
R("Ecuador", "borders", "Colombia", {"06": "the two countries' 600-km border"})
R("Ecuador", "imports_from", "Colombia",
  {"06": "Ecuador bought about a tenth of its power from Colombia during the 2024 drought"},
  time="2024", commodity="electricity")
R("Gustavo Petro", "criticized", "Ecuador",
  {"06": "Petro called the tariff \"an act of economic aggression against a sister nation\""},
  alt_s=["Colombia"], alt_o=["Daniel Noboa"])
R("Andean Court of Justice", "based_in", "Quito",
  {"06": "the Andean Community's court of justice, which sits in Quito"})
R("Andean Court of Justice", "member_of", "Andean Community",
  {"06": "the Andean Community's court of justice"}, req=False, note="an organ of the bloc")
R("Quito", "capital_of", "Ecuador", {"06": "Quito, the Ecuadorian capital"}, alt_p=["located_in"])
R("Colombia", "trades_with", "Ecuador", {"06": "Trade between the two neighbours reached about $2.8 billion last year"},
  time="2025")
R("Ecuador", "negotiating_with", "Colombia",
  {"06": "Ecuador would not sit down with Petro's government until it showed"}, mod=NEG,
  alt_s=["Daniel Noboa"], alt_o=["Gustavo Petro"], note="'would not ... until'")
R("Rosa Villavicencio", "works_for", "Colombia",
  {"06": "Colombian Foreign Minister Rosa Villavicencio",
   "08": "his Colombian counterpart, Rosa Villavicencio"}, role="foreign minister")
R("Rosa Villavicencio", "criticized", "Ecuador", {"06": "accused Quito of using trade as a weapon"},
  alt_o=["Quito"])
for c, ev in [("Ecuador", {}), ("Colombia", {"08": "Both countries belong to the Andean Community"}),
              ("Peru", {"08": "Both countries belong to the Andean Community"})]:
    ev = dict(ev, **{"06": "Ecuador and Colombia are founding members of the Andean Community, set up in 1969, along with Bolivia and Peru"})
    R(c, "member_of", "Andean Community", ev)
R("Venezuela", "member_of", "Andean Community", {"06": "Chile left the bloc in 1976 and Venezuela in 2006"},
  mod=NEG, time="2006", note="left the bloc in 2006")
R("Ecuador", "in_conflict_with", "Los Lobos",
  {"06": "has made his fight against gangs such as Los Lobos and Los Choneros the centrepiece"},
  req=False, alt_s=["Daniel Noboa"])
R("Ecuador", "in_conflict_with", "Los Choneros",
  {"06": "has made his fight against gangs such as Los Lobos and Los Choneros the centrepiece"},
  req=False, alt_s=["Daniel Noboa"])
for g in ["Los Lobos", "Los Choneros"]:
    R("United States", "sanctioned", g,
      {"06": "The United States designated both groups as foreign terrorist organizations in September 2025"},
      time="2025-09", note="terrorist designation")
R("Marco Rubio", "works_for", "United States", {"06": "Secretary of State Marco Rubio"},
  role="secretary of state")
R("Marco Rubio", "visited", "Quito", {"06": "during a visit to Quito by Secretary of State Marco Rubio"},
  time="2025-09", alt_o=["Ecuador"])
R("Marco Rubio", "met_with", "Daniel Noboa", {"06": "Marco Rubio, who met Noboa"}, time="2025-09")
R("Ecuador", "in_conflict_with", "Peru",
  {"06": "Peru and Ecuador fought a brief border war in the Cenepa valley in 1995"}, time="1995")
R("Ecuador", "signed_agreement_with", "Peru",
  {"06": "then signed a peace accord in Brasilia in 1998"}, time="1998")
R("Ecuador", "diplomatic_relations_with", "Mexico",
  {"06": "Ecuador has had no diplomatic relations with Mexico since April 2024"}, mod=NEG,
  time="2024-04")

# ===== 07 Turkmenistan, TAPI and Herat (HTML, 2025-12-10)
R("Rashid Meredov", "works_for", "Turkmenistan", {"07": "Turkmenistan's foreign minister, Rashid Meredov"},
  role="foreign minister")
R("Rashid Meredov", "visited", "Herat",
  {"07": "Rashid Meredov, travelled to the western Afghan city of Herat on Tuesday"},
  time="2025-12-09", alt_o=["Afghanistan"])
R("Herat", "located_in", "Afghanistan", {"07": "the western Afghan city of Herat"})
R("Rashid Meredov", "met_with", "Abdul Ghani Baradar", {"07": "Meredov met Abdul Ghani Baradar"},
  time="2025-12-09", alt_s=["Turkmenistan"], alt_o=["Taliban", "Afghanistan"])
R("Galkynysh field", "located_in", "Turkmenistan", {"07": "Turkmenistan's giant Galkynysh field"})
TAPI = "Turkmenistan signed an intergovernmental agreement on the project with Afghanistan, Pakistan and India in Ashgabat in 2010"
for c in ["Turkmenistan", "Afghanistan", "Pakistan", "India"]:
    R(c, "party_to", "TAPI intergovernmental agreement", {"07": TAPI}, time="2010")
for c in ["Afghanistan", "Pakistan", "India"]:
    R("Turkmenistan", "signed_agreement_with", c, {"07": TAPI}, time="2010")
R("Gurbanguly Berdimuhamedov", "head_of", "Halk Maslahaty", {"07": "now chairs the Halk Maslahaty"},
  role="chairman")
R("Gurbanguly Berdimuhamedov", "head_of", "Turkmenistan",
  {"07": "who handed the presidency to his son Serdar in 2022"}, req=False,
  role="former president", note="president until 2022")
R("Gurbanguly Berdimuhamedov", "supported", "TAPI pipeline",
  {"07": "has championed the pipeline for nearly two decades"})
R("Serdar Berdimuhamedov", "head_of", "Turkmenistan", {"07": "President Serdar Berdimuhamedov"},
  time="2022", role="president", note="'handed the presidency to his son Serdar in 2022'")
R("Serdar Berdimuhamedov", "supported", "TAPI pipeline",
  {"07": "said last month that the project was \"the route of the century\""}, req=False,
  alt_s=["Turkmenistan"], note="praise for the project")
R("Afghanistan", "imports_from", "Turkmenistan",
  {"07": "Afghanistan already imports most of the electricity used in Herat from Turkmenistan"},
  commodity="electricity; liquefied gas and fuel")
R("Torghundi", "located_in", "Afghanistan", {"07": "the Afghan border town of Torghundi"})
R("Turkmenistan", "signed_agreement_with", "Afghanistan",
  {"07": "Ashgabat was ready to sign a ten-year power supply deal with Afghanistan in the new year"},
  mod=PLAN, time="2026", alt_s=["Ashgabat", "Rashid Meredov"], note="power supply deal")
R("Kazakhstan", "supported", "Torghundi-Herat railway",
  {"07": "Kazakhstan, meanwhile, has pledged to help build a 120-km line from Torghundi to Herat"},
  mod=PLAN)
R("Lebap province", "located_in", "Turkmenistan", {"07": "Turkmenistan's Lebap province"})
R("Turkmenistan", "gained_independence_from", "Soviet Union",
  {"07": "which gained independence from the Soviet Union in 1991"}, time="1991")
R("Turkmenistan", "member_of", "Collective Security Treaty Organization",
  {"07": "It has never joined the Collective Security Treaty Organization"}, mod=NEG)
R("Turkmenistan", "diplomatic_relations_with", "Afghanistan",
  {"07": "Ashgabat has kept its embassy in Kabul open since 2021"}, req=False,
  alt_s=["Ashgabat"], alt_o=["Taliban"], note="embassies without recognition")
R("Ashgabat", "capital_of", "Turkmenistan", {"07": "the Turkmen capital, Ashgabat"},
  alt_p=["located_in"])

# ===== 08 Peru-Colombia island (HTML, 2025-08-13)
R("Gustavo Petro", "criticized", "Peru",
  {"08": "Colombian President Gustavo Petro has accused Peru of taking over an island"},
  time="2025-08-07", alt_s=["Colombia"], note="speech 'last Thursday'")
R("Peru", "took_control_of", "Santa Rosa island",
  {"08": "Petro said Peru had \"appropriated\" the island of Santa Rosa"}, mod=REP, req=False,
  note="Petro's accusation, denied by Lima")
R("Peru", "took_control_of", "Santa Rosa island", {"08": "Peru \"has not occupied anything\""},
  mod=NEG, req=False, note="Schialer's denial")
R("Gustavo Petro", "visited", "Leticia", {"08": "Speaking in Leticia last Thursday"},
  time="2025-08-07")
R("Santa Rosa island", "located_in", "Loreto",
  {"08": "Peru administers the island, home to a few thousand people, as part of its Loreto region"})
R("Loreto", "located_in", "Peru", {"08": "as part of its Loreto region"})
R("Santa Rosa island", "located_in", "Amazon river", {"08": "an island in the Amazon river"},
  req=False)
R("Elmer Schialer", "works_for", "Peru", {"08": "Peru's Foreign Minister Elmer Schialer"},
  role="foreign minister")
R("Elmer Schialer", "criticized", "Gustavo Petro",
  {"08": "Elmer Schialer rejected Petro's claim on Friday"}, time="2025-08-08", alt_s=["Peru"])
R("Peru", "criticized", "Colombia", {"08": "Lima sent a protest note to Bogotá the same day"},
  time="2025-08-08", alt_s=["Lima"], alt_o=["Bogotá"], note="protest note")
R("Elmer Schialer", "contacted", "Rosa Villavicencio",
  {"08": "Schialer also said he had called his Colombian counterpart, Rosa Villavicencio"},
  mod=REP, alt_s=["Peru"], alt_o=["Colombia"])
R("Peru", "negotiating_with", "Colombia",
  {"08": "the two countries' joint boundary commission would meet in September"}, mod=PLAN,
  time="2025-09")
R("Santa Rosa island", "located_in", "Peru",
  {"08": "the island had belonged to Peru since the treaties that fixed the border"}, mod=REP,
  req=False, note="Schialer's position; also via Loreto")
R("Leticia", "capital_of", "Amazonas department",
  {"08": "Leticia, the capital of Colombia's Amazonas department"})
R("Amazonas department", "located_in", "Colombia", {"08": "Colombia's Amazonas department"})
R("Leticia", "located_in", "Colombia", {"08": "LETICIA, Colombia"}, req=False,
  note="dateline; entailed by the department")
R("Tabatinga", "located_in", "Brazil", {"08": "the Brazilian town of Tabatinga"})
R("Brazil", "borders", "Colombia", {"08": "Brazil, which borders both Colombia and Peru"})
R("Brazil", "borders", "Peru", {"08": "Brazil, which borders both Colombia and Peru"})
R("Colombia", "borders", "Peru", {"08": "a border row that both governments thought had been settled"},
  note="'the treaties that fixed the border'")
R("Peru", "took_control_of", "Leticia", {"08": "Peruvian troops and civilians seized the town in September 1932"},
  time="1932-09")
R("Colombia", "in_conflict_with", "Peru", {"08": "Leticia itself was once at the centre of a war between the two countries"},
  time="1932", note="the 1932-1933 war; also today's border row")
R("League of Nations", "brokered", "Rio Protocol",
  {"08": "the League of Nations brokered the 1934 Rio Protocol"}, time="1934")
for c in ["Colombia", "Peru"]:
    R(c, "party_to", "Rio Protocol",
      {"08": "the 1934 Rio Protocol, under which Colombia and Peru signed a lasting settlement"},
      time="1934")
R("Colombia", "signed_agreement_with", "Peru",
  {"08": "under which Colombia and Peru signed a lasting settlement"}, time="1934")
R("Gustavo Petro", "met_with", "Dina Boluarte",
  {"08": "Petro and Peruvian President Dina Boluarte have no plans to meet"}, mod=NEG,
  alt_s=["Colombia"], alt_o=["Peru"])
R("Dina Boluarte", "head_of", "Peru", {"08": "Peruvian President Dina Boluarte"}, role="president")
R("Gustavo Petro", "criticized", "Dina Boluarte", {"08": "Petro called her government illegitimate"})
R("Pedro Castillo", "head_of", "Peru", {"08": "her predecessor, Pedro Castillo"}, req=False,
  role="former president", note="fell in December 2022")
R("Dina Boluarte", "visited", "Santa Rosa island",
  {"08": "she would travel to Santa Rosa next week"}, mod=PLAN, time="2025-08")
R("Keiko Fujimori", "head_of", "Popular Force", {"08": "Keiko Fujimori, who leads the Popular Force party"},
  role="leader")
R("Keiko Fujimori", "visited", "Santa Rosa island", {"08": "visited Santa Rosa on Sunday"},
  time="2025-08-10")
R("Keiko Fujimori", "criticized", "Gustavo Petro",
  {"08": "called Petro's remarks \"an insult to Peru\""}, time="2025-08-10")
R("Colombia", "trades_with", "Peru",
  {"08": "Colombia and Peru are also among Latin America's closest trading partners"})
R("Carlos Andrade", "citizen_of", "Colombia", {"08": "said Carlos Andrade, a Colombian geographer"})


# ---------------------------------------------------------------- checks and output
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    etype = {e["name"]: e["type"] for e in E}
    alias_of = {}
    for e in E:
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias_of and alias_of[k] != e["name"]:
                errors.append(f"alias {a!r} of {e['name']} already names {alias_of[k]}")
            alias_of.setdefault(k, e["name"])

    docs = {}
    for key, fn in DOCS.items():
        d = textutil.extract(os.path.join(ROOT, "corpus", fn))
        n = textutil.word_count(d["body"])
        if not 450 <= n <= 600:
            errors.append(f"{fn}: body has {n} words")
        docs[key] = d

    def forms(name):
        e = next(x for x in E if x["name"] == name)
        return [e["name"]] + e["aliases"]

    used = set()
    units = {}
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']}"
        if r["p"] not in PREDICATES:
            errors.append(f"{tag}: unknown predicate")
        for a in r["alt_p"]:
            if a not in PREDICATES:
                errors.append(f"{tag}: unknown alt predicate {a}")
        if r["mod"] not in POLARITY:
            errors.append(f"{tag}: bad modality")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in etype:
                errors.append(f"{tag}: unknown entity {n!r}")
            used.add(n)
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["mod"]))
        if u in units:
            errors.append(f"{tag}: same unit as row {units[u]}")
        units[u] = i
        for key, ev in r["ev"].items():
            phrase = ev[0] if isinstance(ev, tuple) else ev
            body = docs[key]["body"]
            at = body.find(phrase)
            if at < 0:
                errors.append(f"{tag}: phrase not in {key}: {phrase!r}")
                continue
            if textutil.sentence_of(body, at, at + len(phrase)) is None:
                errors.append(f"{tag}: phrase crosses a sentence boundary in {key}: {phrase!r}")
            low = body.lower()
            for side, names in (("s", [r["s"]] + r["alt_s"]), ("o", [r["o"]] + r["alt_o"])):
                if not any(f.lower() in low for n in names if n in etype for f in forms(n)):
                    errors.append(f"{tag}: no surface form of {side} in {key}")
    # no accepted reading (main or alt) may belong to two rows
    owner = {}
    for i, r in enumerate(ROWS):
        pol = POLARITY.get(r["mod"])
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    a, b = (o, s) if p in SYMMETRIC and s > o else (s, o)
                    k = (a, p, b, pol)
                    if k in owner and owner[k] != i:
                        errors.append(f"reading {k} is accepted by rows {owner[k]} and {i}")
                    owner[k] = i
    unused = [e["name"] for e in E if e["name"] not in used]
    if unused:
        errors.append(f"entities in no row: {unused}")
    missing = [p for p in PREDICATES if p not in {r['p'] for r in ROWS}]
    if missing:
        errors.append(f"predicates not used: {missing}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in E:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as g:
        for r in ROWS:
            row = {"s": r["s"], "p": r["p"], "o": r["o"],
                   "docs": [DOCS[k] for k in sorted(r["ev"])], "modality": r["mod"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["req"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    row[k] = r[k]
            parts = []
            if r["role"]:
                parts.append(f"role: {r['role']}")
            if r["commodity"]:
                parts.append(f"commodity: {r['commodity']}")
            if r["note"]:
                parts.append(r["note"])
            for k in sorted(r["ev"]):
                ev = r["ev"][k]
                if isinstance(ev, tuple):
                    parts.append(f"{DOCS[k]} ({ev[1]}): '{ev[0]}'")
                else:
                    parts.append(f"{DOCS[k]}: '{ev}'")
            row["note"] = "; ".join(parts)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            for k in sorted(r["ev"]):
                ev = r["ev"][k]
                phrase, mod = (ev if isinstance(ev, tuple) else (ev, r["mod"]))
                d = docs[k]
                at = d["body"].find(phrase)
                st, en, sent = textutil.sentence_of(d["body"], at, at + len(phrase))
                g.write(json.dumps({
                    "subject": r["s"], "subject_type": etype[r["s"]],
                    "predicate": r["p"],
                    "object": r["o"], "object_type": etype[r["o"]],
                    "modality": mod, "time": r["time"] or "",
                    "role": r["role"] or "", "commodity": r["commodity"] or "",
                    "confidence": 1.0,
                    "source": "corpus/" + DOCS[k], "title": d["title"],
                    "published": d["published"], "sentence": sent,
                    "start": st, "end": en, "rule": "gold"}, ensure_ascii=False) + "\n")

    # counts
    per_p = Counter(r["p"] for r in ROWS)
    per_p_req = Counter(r["p"] for r in ROWS if r["req"])
    mods = Counter(r["mod"] for r in ROWS)
    per_doc = Counter(k for r in ROWS for k in r["ev"])
    print(f"entities {len(E)}  rows {len(ROWS)}  required {sum(r['req'] for r in ROWS)}  "
          f"statements {sum(len(r['ev']) for r in ROWS)}")
    print("modalities", dict(sorted(mods.items())))
    print("rows per document", {DOCS[k]: v for k, v in sorted(per_doc.items())})
    print("| predicate | rows | required |")
    print("|---|---|---|")
    for p in PREDICATES:
        print(f"| {p} | {per_p[p]} | {per_p_req[p]} |")
    print(f"| total | {len(ROWS)} | {sum(per_p_req.values())} |")


if __name__ == "__main__":
    main()
