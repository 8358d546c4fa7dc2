#!/usr/bin/env python3
"""Build the zzzd gold standard.

Run from anywhere as ``python3 -B tools/build_gold.py``. It holds every
entity and every gold row with one evidence phrase per document, checks
them against the extracted bodies of corpus/*, and writes:

- entities.jsonl
- triples.jsonl
- selfcheck_statements.jsonl: the gold written back as
  ``kg export --format jsonl`` statements (one per row and document,
  rule "gold", confidence 1.0, with the sentence that holds the evidence
  phrase and its offsets in the extracted body).

Checks (any failure aborts without writing):
- every evidence phrase occurs inside one sentence of the body of the
  document it is listed for (body and sentences from textutil);
- names in s / o / alt_s / alt_o are entities; predicates, modalities and
  entity types are those of SCHEMA.md;
- aliases are unique across entities (after the scorer's normalisation),
  every alias occurs in some text of the corpus, and so does the name or
  an alias of every entity (a canonical name may be a fuller form);
- no two rows share a scorer unit (s, p, o, polarity; symmetric
  predicates unordered);
- times are ISO prefixes.
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
    "01": "zzzd01_jeddah_talks.txt",
    "02": "zzzd02_south_sudan_oil.txt",
    "03": "zzzd03_solomons_police.txt",
    "04": "zzzd04_gerd_dispute.txt",
    "05": "zzzd05_pukpuk_treaty.txt",
    "06": "zzzd06_vanuatu_nakamal.txt",
    "07": "zzzd07_kordofan_front.html",
    "08": "zzzd08_new_caledonia_bougival.html",
}

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
PREDICATES = [
    "head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
    "located_in", "capital_of", "borders", "met_with", "visited",
    "negotiating_with", "contacted", "brokered", "party_to",
    "signed_agreement_with", "candidate_for", "normalized_relations_with",
    "diplomatic_relations_with", "allied_with", "recognizes", "supported",
    "criticized", "threatened", "sanctioned", "in_conflict_with", "attacked",
    "killed", "took_control_of", "blockaded", "seceded_from",
    "gained_independence_from", "imports_from", "trades_with",
]
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------------------
# Entities: name -> (type, aliases). Aliases are the surface forms the texts
# use (titles with names, short forms, abbreviations, metonyms).
# ---------------------------------------------------------------------------
E = {}


def ent(name, typ, *aliases):
    assert name not in E, name
    E[name] = (typ, list(aliases))


# People, cluster A
ent("Abdel Fattah al-Burhan", "Person", "Burhan", "General Abdel Fattah al-Burhan")
ent("Mohamed Hamdan Dagalo", "Person", "Dagalo", "Hemedti")
ent("Abdul Rahim Dagalo", "Person")
ent("Massad Boulos", "Person", "Boulos")
ent("Donald Trump", "Person", "Trump", "U.S. President Donald Trump")
ent("Faisal bin Farhan", "Person", "Prince Faisal bin Farhan", "Prince Faisal")
ent("Marco Rubio", "Person", "Secretary of State Marco Rubio")
ent("Mohammed bin Salman", "Person", "Crown Prince Mohammed bin Salman")
ent("Hamid Tirab", "Person")
ent("Mariam Osman", "Person")
ent("Salva Kiir", "Person", "Kiir", "President Salva Kiir")
ent("Akech Mabior", "Person")
ent("Riek Machar", "Person", "First Vice President Riek Machar")
ent("Yoweri Museveni", "Person", "President Yoweri Museveni")
ent("Workneh Gebeyehu", "Person")
ent("Abiy Ahmed", "Person", "Abiy", "Prime Minister Abiy Ahmed")
ent("Badr Abdelatty", "Person")
ent("Gedion Timothewos", "Person")
ent("Abdel Fattah al-Sisi", "Person", "Sisi", "President Abdel Fattah al-Sisi")
ent("Isaias Afwerki", "Person", "President Isaias Afwerki")
ent("Hassan Sheikh Mohamud", "Person", "President Hassan Sheikh Mohamud")
ent("Yemane Gebremeskel", "Person")
ent("Bekele Tadesse", "Person")
ent("Abdelaziz al-Hilu", "Person")
ent("Ibrahim Kuku", "Person")
ent("Mohamed Hassan al-Ta'ayshi", "Person")
ent("William Ruto", "Person", "President William Ruto")
ent("Adam Ishag", "Person")
ent("Kamil Idris", "Person", "Prime Minister Kamil Idris")
ent("Minni Minawi", "Person")
ent("Tom Fletcher", "Person")
ent("Yasir Abdelgadir", "Person")
# People, cluster B
ent("Jeremiah Manele", "Person", "Manele", "Prime Minister Jeremiah Manele")
ent("Penny Wong", "Person", "Wong")
ent("Matthew Wale", "Person")
ent("Joseph Tuhaika", "Person")
ent("James Marape", "Person", "Marape", "Prime Minister James Marape")
ent("Anthony Albanese", "Person", "Albanese")
ent("Richard Marles", "Person")
ent("Ishmael Toroama", "Person")
ent("Janet Kuman", "Person")
ent("Jotham Napat", "Person", "Napat")
ent("Pat Conroy", "Person", "Conroy")
ent("Wang Yi", "Person")
ent("Sitiveni Rabuka", "Person", "Rabuka")
ent("Tupou VI", "Person", "King Tupou VI")
ent("Baron Waqa", "Person")
ent("Serah Molisa", "Person")
ent("Naïma Moutchou", "Person", "Moutchou")
ent("Alcide Ponga", "Person")
ent("Manuel Valls", "Person")
ent("Jean-Marc Waheo", "Person")
ent("Christian Tein", "Person")
ent("Emmanuel Macron", "Person", "Macron", "President Emmanuel Macron")
ent("Sébastien Lecornu", "Person", "Lecornu")
ent("Marie-Laure Poédi", "Person")

# Countries (metonyms: capitals the texts use for governments, never as places)
ent("Sudan", "Country")
ent("South Sudan", "Country")
ent("Saudi Arabia", "Country", "kingdom")
ent("United States", "Country", "U.S.", "Washington")
ent("United Arab Emirates", "Country", "UAE", "Abu Dhabi")
ent("Egypt", "Country", "Cairo")
ent("Qatar", "Country")
ent("Turkey", "Country")
ent("Ethiopia", "Country")
ent("Kenya", "Country")
ent("Uganda", "Country")
ent("Chad", "Country")
ent("China", "Country", "Beijing")
ent("Eritrea", "Country")
ent("Somalia", "Country")
ent("Australia", "Country", "Canberra")
ent("Solomon Islands", "Country", "Solomons")
ent("Taiwan", "Country", "Taipei")
ent("Palau", "Country")
ent("Tuvalu", "Country")
ent("Marshall Islands", "Country")
ent("Nauru", "Country")
ent("Papua New Guinea", "Country", "PNG")
ent("Indonesia", "Country", "Jakarta")
ent("Timor-Leste", "Country")
ent("New Zealand", "Country")
ent("Vanuatu", "Country")
ent("United Kingdom", "Country", "Britain")
ent("France", "Country", "Paris", "French Republic", "French state")
ent("Fiji", "Country")
ent("Tonga", "Country")
ent("Azerbaijan", "Country", "Baku")

# Organizations
ent("Sudanese Armed Forces", "Organization", "army", "Sudan's army")
ent("Rapid Support Forces", "Organization", "RSF", "militia")
ent("Sovereignty Council", "Organization")
ent("Quad", "Organization")
ent("United Nations", "Organization", "U.N.")
ent("African Union", "Organization")
ent("Intergovernmental Authority on Development", "Organization", "IGAD")
ent("SPLM-IO", "Organization")
ent("Sudan People's Liberation Movement-North", "Organization")
ent("Government of Peace and Unity", "Organization")
ent("Sudan Liberation Movement", "Organization")
ent("Joint Forces", "Organization")
ent("Pacific Islands Forum", "Organization")
ent("Melanesian Spearhead Group", "Organization")
ent("FLNKS", "Organization", "Kanak independence movement")
ent("Bougainville Revolutionary Army", "Organization")
ent("PNG Defence Force", "Organization")
ent("ASEAN", "Organization")
ent("Government of New Caledonia", "Organization", "New Caledonia's government")

# Regions
ent("Darfur", "Region")
ent("South Kordofan", "Region")
ent("North Kordofan", "Region")
ent("West Kordofan", "Region")
ent("Somaliland", "Region")
ent("Bougainville", "Region")
ent("New Caledonia", "Region")
ent("Manus Island", "Region")
ent("Santo", "Region")

# Cities
for c in ["Port Sudan", "Riyadh", "Omdurman", "Khartoum", "El Fasher", "Juba",
          "Addis Ababa", "Asmara", "Kadugli", "El Obeid", "Nyala",
          "Babanusa", "Tawila", "Honiara", "Port Moresby",
          "Port Vila", "Suva", "Nuku'alofa", "Luganville", "Noumea"]:
    ent(c, "City")

# Facilities
ent("Heglig oil field", "Facility", "Heglig")
ent("Lombrum naval base", "Facility")

# Agreements
ent("Jeddah Declaration", "Agreement")
ent("Heglig security arrangement", "Agreement")
ent("Somaliland memorandum", "Agreement", "memorandum of understanding")
ent("Ankara Declaration", "Agreement")
ent("China-Solomon Islands security pact", "Agreement", "security pact")
ent("Pacific Policing Initiative", "Agreement")
ent("Pukpuk Treaty", "Agreement")
ent("Burnham Truce", "Agreement")
ent("Nakamal Agreement", "Agreement")
ent("Bougival Agreement", "Agreement", "Bougival")

# ---------------------------------------------------------------------------
# Rows. ev maps a document key to one evidence phrase (exact, inside one
# sentence of that document's body).
# ---------------------------------------------------------------------------
ROWS = []


def r(s, p, o, mod, req, ev, t=None, as_=None, ap=None, ao=None,
      role=None, com=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, mod=mod, req=req, ev=ev, t=t,
                     alt_s=as_ or [], alt_p=ap or [], alt_o=ao or [],
                     role=role, com=com, note=note))


T, F = True, False

# ---- leaders and posts ------------------------------------------------------
r("Abdel Fattah al-Burhan", "head_of", "Sudanese Armed Forces", "asserted", T,
  {"01": "army chief General Abdel Fattah al-Burhan",
   "02": "Sudan's army chief, General Abdel Fattah al-Burhan",
   "04": "army chief Abdel Fattah al-Burhan",
   "07": "army chief Abdel Fattah al-Burhan"}, role="army chief")
r("Abdel Fattah al-Burhan", "head_of", "Sovereignty Council", "asserted", T,
  {"01": "as head of the Sovereignty Council"}, role="head of the Sovereignty Council")
r("Abdel Fattah al-Burhan", "head_of", "Sudan", "asserted", T,
  {"01": "is Sudan's de facto leader"}, role="de facto leader")
r("Mohamed Hamdan Dagalo", "head_of", "Rapid Support Forces", "asserted", T,
  {"01": "the RSF, commanded by Mohamed Hamdan Dagalo",
   "02": "RSF commander Mohamed Hamdan Dagalo",
   "07": "RSF commander Mohamed Hamdan Dagalo"}, role="commander")
r("Mohamed Hamdan Dagalo", "head_of", "Government of Peace and Unity", "asserted", T,
  {"07": "with RSF commander Mohamed Hamdan Dagalo at the head of its presidential council"},
  role="head of the presidential council")
r("Mohamed Hassan al-Ta'ayshi", "head_of", "Government of Peace and Unity", "asserted", T,
  {"07": "Mohamed Hassan al-Ta'ayshi as prime minister"}, ap=["works_for"],
  role="prime minister")
r("Donald Trump", "head_of", "United States", "asserted", T,
  {"01": "U.S. President Donald Trump"}, role="president")
r("Mohammed bin Salman", "head_of", "Saudi Arabia", "asserted", T,
  {"01": "Saudi Crown Prince Mohammed bin Salman"}, ap=["works_for"], role="crown prince")
r("Salva Kiir", "head_of", "South Sudan", "asserted", T,
  {"02": "President Salva Kiir brokered"}, role="president")
r("Riek Machar", "head_of", "SPLM-IO", "asserted", T,
  {"02": "Riek Machar, the leader of the SPLM-IO"}, role="leader")
r("Yoweri Museveni", "head_of", "Uganda", "asserted", T,
  {"02": "Ugandan President Yoweri Museveni"}, role="president")
r("Workneh Gebeyehu", "head_of", "Intergovernmental Authority on Development", "asserted", T,
  {"02": "IGAD Executive Secretary Workneh Gebeyehu"}, ap=["works_for"],
  role="executive secretary")
r("Abiy Ahmed", "head_of", "Ethiopia", "asserted", T,
  {"04": "Prime Minister Abiy Ahmed inaugurated"}, role="prime minister")
r("Abdel Fattah al-Sisi", "head_of", "Egypt", "asserted", T,
  {"04": "President Abdel Fattah al-Sisi has received"}, role="president")
r("Isaias Afwerki", "head_of", "Eritrea", "asserted", T,
  {"04": "Eritrea's President Isaias Afwerki"}, role="president")
r("Hassan Sheikh Mohamud", "head_of", "Somalia", "asserted", T,
  {"04": "Somalia's President Hassan Sheikh Mohamud"}, role="president")
r("Abdelaziz al-Hilu", "head_of", "Sudan People's Liberation Movement-North", "asserted", T,
  {"07": "the rebel faction led by Abdelaziz al-Hilu"}, role="leader")
r("William Ruto", "head_of", "Kenya", "asserted", T,
  {"07": "President William Ruto"}, role="president")
r("Kamil Idris", "head_of", "Sudan", "asserted", T,
  {"07": "Prime Minister Kamil Idris"}, ap=["works_for"], role="prime minister")
r("Minni Minawi", "head_of", "Sudan Liberation Movement", "asserted", T,
  {"07": "Minni Minawi, the leader of the Sudan Liberation Movement"}, role="leader")
r("Jeremiah Manele", "head_of", "Solomon Islands", "asserted", T,
  {"03": "Prime Minister Jeremiah Manele's office",
   "08": "his Solomon Islands counterpart, Jeremiah Manele"}, role="prime minister")
r("James Marape", "head_of", "Papua New Guinea", "asserted", T,
  {"05": "Prime Minister James Marape"}, role="prime minister")
r("Anthony Albanese", "head_of", "Australia", "asserted", T,
  {"05": "his Australian counterpart, Anthony Albanese"}, role="prime minister")
r("Ishmael Toroama", "head_of", "Bougainville", "asserted", F,
  {"05": "Bougainville's president, Ishmael Toroama"}, role="president",
  note="object is a Region, outside the schema's head_of range")
r("Jotham Napat", "head_of", "Vanuatu", "asserted", T,
  {"05": "Its prime minister, Jotham Napat",
   "06": "Vanuatu's prime minister, Jotham Napat"}, role="prime minister")
r("Sitiveni Rabuka", "head_of", "Fiji", "asserted", T,
  {"06": "Fiji's prime minister, Sitiveni Rabuka",
   "08": "Fiji's prime minister, Sitiveni Rabuka"}, role="prime minister")
r("Tupou VI", "head_of", "Tonga", "asserted", T,
  {"06": "Tonga's King Tupou VI"}, role="king")
r("Baron Waqa", "head_of", "Pacific Islands Forum", "asserted", T,
  {"06": "Baron Waqa, the secretary general of the Pacific Islands Forum"},
  ap=["works_for"], role="secretary general")
r("Alcide Ponga", "head_of", "Government of New Caledonia", "asserted", T,
  {"08": "Alcide Ponga, the president of New Caledonia's government"},
  ao=["New Caledonia"], role="president")
r("Christian Tein", "head_of", "FLNKS", "asserted", T,
  {"08": "The coalition's president, Christian Tein"}, role="president")
r("Emmanuel Macron", "head_of", "France", "asserted", T,
  {"08": "President Emmanuel Macron"}, role="president")
r("Sébastien Lecornu", "head_of", "France", "asserted", T,
  {"08": "Prime Minister Sébastien Lecornu's government"}, role="prime minister")

r("Massad Boulos", "works_for", "Donald Trump", "asserted", T,
  {"01": "Massad Boulos, the senior adviser to U.S. President Donald Trump for Africa"},
  ao=["United States"], role="senior adviser for Africa")
r("Faisal bin Farhan", "works_for", "Saudi Arabia", "asserted", T,
  {"01": "the kingdom's foreign minister, Prince Faisal bin Farhan"}, role="foreign minister")
r("Hamid Tirab", "works_for", "Rapid Support Forces", "asserted", T,
  {"01": "An RSF adviser, Hamid Tirab"}, role="adviser")
r("Marco Rubio", "works_for", "United States", "asserted", T,
  {"01": "U.S. Secretary of State Marco Rubio"}, ao=["Donald Trump"], role="secretary of state")
r("Akech Mabior", "works_for", "South Sudan", "asserted", T,
  {"02": "Akech Mabior, a petroleum ministry official"}, role="petroleum ministry official")
r("Riek Machar", "works_for", "South Sudan", "asserted", T,
  {"02": "First Vice President Riek Machar"}, role="first vice president")
r("Badr Abdelatty", "works_for", "Egypt", "asserted", T,
  {"04": "Egyptian Foreign Minister Badr Abdelatty"}, role="foreign minister")
r("Gedion Timothewos", "works_for", "Ethiopia", "asserted", T,
  {"04": "Ethiopia's foreign ministry, led by Gedion Timothewos"}, role="foreign minister")
r("Yemane Gebremeskel", "works_for", "Eritrea", "asserted", T,
  {"04": "whose information minister, Yemane Gebremeskel"}, role="information minister")
r("Bekele Tadesse", "works_for", "Ethiopia", "asserted", T,
  {"04": "Bekele Tadesse, an adviser at Ethiopia's water ministry"}, role="adviser, water ministry")
r("Tom Fletcher", "works_for", "United Nations", "asserted", T,
  {"07": "U.N. relief chief Tom Fletcher"}, role="relief chief")
r("Abdul Rahim Dagalo", "works_for", "Rapid Support Forces", "asserted", T,
  {"07": "the RSF's deputy commander"}, ao=["Mohamed Hamdan Dagalo"], role="deputy commander")
r("Penny Wong", "works_for", "Australia", "asserted", T,
  {"03": "Australian Foreign Minister Penny Wong"}, role="foreign minister")
r("Richard Marles", "works_for", "Australia", "asserted", T,
  {"05": "Australian Defence Minister Richard Marles"}, role="defence minister")
r("Ishmael Toroama", "works_for", "Bougainville Revolutionary Army", "asserted", F,
  {"05": "a former commander of the rebel Bougainville Revolutionary Army"},
  ap=["member_of"], role="former commander", note="a past post")
r("Pat Conroy", "works_for", "Australia", "asserted", T,
  {"06": "Australia's minister for Pacific island affairs, Pat Conroy"},
  role="minister for Pacific island affairs")
r("Wang Yi", "works_for", "China", "asserted", T,
  {"06": "Chinese Foreign Minister Wang Yi"}, role="foreign minister")
r("Naïma Moutchou", "works_for", "France", "asserted", T,
  {"08": "France's overseas minister, Naïma Moutchou"}, role="overseas minister")
r("Manuel Valls", "works_for", "France", "asserted", T,
  {"08": "who was then France's overseas minister"}, role="overseas minister (then)")
r("Jean-Marc Waheo", "works_for", "FLNKS", "asserted", T,
  {"08": "Jean-Marc Waheo, a senior FLNKS official"}, ap=["member_of"], role="senior official")

# ---- membership ---------------------------------------------------------------
for c in ["United States", "Saudi Arabia", "United Arab Emirates", "Egypt"]:
    r(c, "member_of", "Quad", "asserted", T,
      {"01": "the Quad - the United States, Saudi Arabia, the United Arab Emirates and Egypt"})
r("Sudan", "member_of", "African Union", "negated", F,
  {"01": "which suspended Sudan after a military takeover in 2021"}, t="2021",
  note="suspended, not expelled")
r("South Sudan", "member_of", "Intergovernmental Authority on Development", "asserted", T,
  {"02": "the regional bloc of which South Sudan is a member"})
r("Sudan", "member_of", "Intergovernmental Authority on Development", "negated", F,
  {"02": "Sudan froze its membership of IGAD in January 2024"}, t="2024-01",
  note="frozen membership")
r("Sudan Liberation Movement", "member_of", "Joint Forces", "asserted", T,
  {"07": "fights alongside the army in the so-called Joint Forces"})
r("Timor-Leste", "member_of", "ASEAN", "asserted", T,
  {"05": "when Timor-Leste became the bloc's eleventh member"}, t="2025-10")
r("FLNKS", "member_of", "Melanesian Spearhead Group", "asserted", T,
  {"08": "The FLNKS is a full member of the Melanesian Spearhead Group"})
for c in ["Fiji", "Papua New Guinea", "Solomon Islands", "Vanuatu"]:
    r(c, "member_of", "Melanesian Spearhead Group", "asserted", T,
      {"08": "alongside Fiji, Papua New Guinea, Solomon Islands and Vanuatu"})

# ---- citizenship, residence -----------------------------------------------
r("Yasir Abdelgadir", "citizen_of", "Sudan", "asserted", T, {"07": "a Sudanese analyst"})
r("Serah Molisa", "citizen_of", "Vanuatu", "asserted", T, {"06": "a ni-Vanuatu shopkeeper"})
r("Mariam Osman", "lives_in", "Omdurman", "asserted", T, {"01": "Mariam Osman, a teacher who lives in Omdurman"})
r("Bekele Tadesse", "lives_in", "Addis Ababa", "asserted", T, {"04": "who lives in Addis Ababa"})
r("Adam Ishag", "lives_in", "Nyala", "asserted", T, {"07": "Adam Ishag, a trader who lives in Nyala"})
r("Joseph Tuhaika", "lives_in", "Honiara", "asserted", T, {"03": "Joseph Tuhaika, a fisherman who lives in Honiara"})
r("Janet Kuman", "lives_in", "Port Moresby", "asserted", T, {"05": "Janet Kuman, a nurse who lives in Port Moresby"})
r("Serah Molisa", "lives_in", "Luganville", "asserted", T, {"06": "who lives in Luganville"})
r("Marie-Laure Poédi", "lives_in", "Noumea", "asserted", T, {"08": "Marie-Laure Poédi, a teacher who lives in Noumea"})

# ---- seats and geography --------------------------------------------------------
r("African Union", "based_in", "Addis Ababa", "asserted", T,
  {"04": "Addis Ababa, where the African Union is headquartered"})
r("Government of Peace and Unity", "based_in", "Nyala", "asserted", T,
  {"07": "the seat of the RSF's self-declared Government of Peace and Unity"})
r("Pacific Islands Forum", "based_in", "Suva", "asserted", T,
  {"06": "the Pacific Islands Forum, which is based in Suva"})

r("El Fasher", "located_in", "Darfur", "asserted", T, {"01": "El Fasher, the last army stronghold in Darfur"})
r("Heglig oil field", "located_in", "Sudan", "asserted", T, {"02": "the Heglig oil field in Sudan"})
r("Nyala", "located_in", "Darfur", "asserted", T, {"07": "Nyala, the largest city in Darfur"})
r("Babanusa", "located_in", "West Kordofan", "asserted", T, {"07": "Babanusa in West Kordofan"})
r("Lombrum naval base", "located_in", "Manus Island", "asserted", T,
  {"05": "the Lombrum naval base on Manus Island"})
r("Bougainville", "located_in", "Papua New Guinea", "asserted", F,
  {"05": "the autonomous region to break away from Papua New Guinea"}, note="implied by 'break away from'")
r("Luganville", "located_in", "Santo", "asserted", T, {"06": "Luganville, on Santo"})
r("New Caledonia", "located_in", "France", "asserted", F,
  {"08": "New Caledonia, a French territory"}, note="an overseas territory; containment disputable")

r("Riyadh", "capital_of", "Saudi Arabia", "asserted", T, {"01": "Riyadh, the Saudi capital"})
r("Khartoum", "capital_of", "Sudan", "asserted", T, {"01": "Khartoum, the capital"})
r("Juba", "capital_of", "South Sudan", "asserted", T, {"02": "in Juba, the capital"})
r("Kadugli", "capital_of", "South Kordofan", "asserted", T, {"07": "Kadugli, the capital of South Kordofan"})
r("El Obeid", "capital_of", "North Kordofan", "asserted", T, {"07": "El Obeid, the capital of North Kordofan"})
r("Honiara", "capital_of", "Solomon Islands", "asserted", T, {"03": "in Honiara, the capital"})
r("Port Vila", "capital_of", "Vanuatu", "asserted", T, {"06": "Port Vila, Vanuatu's capital"})
r("Suva", "capital_of", "Fiji", "asserted", T, {"06": "Suva, the Fijian capital"})
r("Noumea", "capital_of", "New Caledonia", "asserted", T, {"08": "Noumea, the capital"})

r("Egypt", "borders", "Sudan", "asserted", T, {"01": "Egypt, which borders Sudan to the north"})
for c in ["Sudan", "Ethiopia", "Kenya", "Uganda"]:
    r("South Sudan", "borders", c, "asserted", T,
      {"02": "South Sudan, which borders Sudan, Ethiopia, Kenya and Uganda"})
r("Papua New Guinea", "borders", "Indonesia", "asserted", T,
  {"05": "which shares a land border with Indonesia"})

# ---- meetings, visits, contacts -------------------------------------------------
r("Massad Boulos", "met_with", "Abdel Fattah al-Burhan", "reported", T,
  {"01": "met army chief General Abdel Fattah al-Burhan"})
r("Massad Boulos", "met_with", "Faisal bin Farhan", "hedged", F,
  {"01": "he was expected to brief the kingdom's foreign minister"})
r("Sudanese Armed Forces", "met_with", "Rapid Support Forces", "asserted", F,
  {"01": "the two sides met in the Red Sea city in 2023"}, t="2023",
  note="'the two sides' resolves to the army and the RSF")
r("Abdel Fattah al-Sisi", "met_with", "Abdel Fattah al-Burhan", "asserted", T,
  {"04": "President Abdel Fattah al-Sisi has received army chief Abdel Fattah al-Burhan"})
r("Abdel Fattah al-Sisi", "met_with", "Isaias Afwerki", "asserted", T,
  {"04": "Sisi travelled to Asmara for a summit with Eritrea's President Isaias Afwerki"}, t="2024-10")
r("Abdel Fattah al-Sisi", "met_with", "Hassan Sheikh Mohamud", "asserted", T,
  {"04": "Somalia's President Hassan Sheikh Mohamud"}, t="2024-10")
r("Isaias Afwerki", "met_with", "Hassan Sheikh Mohamud", "asserted", F,
  {"04": "for a summit with Eritrea's President Isaias Afwerki and Somalia's President Hassan Sheikh Mohamud"},
  t="2024-10", note="a three-way summit in Asmara")
r("Jotham Napat", "met_with", "Wang Yi", "asserted", T,
  {"06": "met Chinese Foreign Minister Wang Yi"}, t="2026-04")
r("Pat Conroy", "met_with", "Tupou VI", "reported", T,
  {"06": "met Tonga's King Tupou VI"}, t="2026")
r("FLNKS", "met_with", "Naïma Moutchou", "negated", T,
  {"08": "said it would not meet her"}, note="'her' is Moutchou, same sentence")
r("Naïma Moutchou", "met_with", "Alcide Ponga", "reported", T,
  {"08": "Moutchou met Alcide Ponga"}, t="2026-05-19")

r("Massad Boulos", "visited", "Port Sudan", "reported", T,
  {"01": "visited Port Sudan on Monday"}, ao=["Sudan"])
r("Massad Boulos", "visited", "Riyadh", "asserted", T,
  {"01": "Boulos later flew to Riyadh"}, ao=["Saudi Arabia"])
r("Mohammed bin Salman", "visited", "United States", "asserted", T,
  {"01": "when he visited Washington in November 2025"}, t="2025-11")
r("Abdel Fattah al-Sisi", "visited", "Asmara", "asserted", T,
  {"04": "Sisi travelled to Asmara"}, t="2024-10", ao=["Eritrea"])
r("Tom Fletcher", "visited", "Tawila", "asserted", T,
  {"07": "Tom Fletcher visited the displacement camp at Tawila"}, t="2026-04-05")
r("Penny Wong", "visited", "Honiara", "hedged", T,
  {"03": "Wong is expected to visit Honiara next month"}, ao=["Solomon Islands"])
r("Richard Marles", "visited", "Port Moresby", "asserted", T,
  {"05": "who visited Port Moresby last month"}, t="2026-03", ao=["Papua New Guinea"])
r("Anthony Albanese", "visited", "Port Moresby", "hedged", T,
  {"05": "Albanese is expected to travel to Port Moresby in September"}, t="2026-09",
  ao=["Papua New Guinea"])
r("Jotham Napat", "visited", "China", "asserted", T,
  {"06": "Napat visited Beijing last month"}, t="2026-04")
r("Pat Conroy", "visited", "Nuku'alofa", "asserted", T,
  {"06": "Conroy visited Nuku'alofa last week"}, t="2026", ao=["Tonga"])
r("Jotham Napat", "visited", "Australia", "hedged", T,
  {"06": "he may travel to Canberra in July"}, t="2026-07")
r("Naïma Moutchou", "visited", "Noumea", "asserted", T,
  {"08": "Naïma Moutchou, arrived in Noumea on Monday"}, t="2026-05-18", ao=["New Caledonia"])
r("Emmanuel Macron", "visited", "Noumea", "asserted", T,
  {"08": "Macron flew to Noumea, the capital, in May 2024"}, t="2024-05", ao=["New Caledonia"])
r("Sitiveni Rabuka", "visited", "Noumea", "asserted", T,
  {"08": "visited Noumea in October 2024"}, t="2024-10", ao=["New Caledonia"])
r("Jeremiah Manele", "visited", "Noumea", "asserted", T,
  {"08": "visited Noumea in October 2024"}, t="2024-10", ao=["New Caledonia"])

r("Sudanese Armed Forces", "negotiating_with", "Rapid Support Forces", "planned", T,
  {"01": "have both agreed to send delegations to Jeddah for indirect talks"},
  note="agreed to talks that have not yet happened")
r("Sudanese Armed Forces", "negotiating_with", "Rapid Support Forces", "negated", T,
  {"01": "We will not negotiate with the militia"}, as_=["Abdel Fattah al-Burhan"],
  note="Burhan, speaking for the army")
r("Egypt", "negotiating_with", "Ethiopia", "asserted", F,
  {"04": "Talks mediated first by the United States and later by the African Union collapsed"},
  note="the parties are only in the previous sentence")
r("Egypt", "negotiating_with", "Ethiopia", "negated", T,
  {"04": "Egypt has not held talks with Ethiopia since"})
r("Australia", "negotiating_with", "Vanuatu", "asserted", T,
  {"06": "the two countries have been negotiating the agreement since 2024"})
r("FLNKS", "negotiating_with", "France", "negated", F,
  {"08": "We will not negotiate the shape of our own colonisation"}, as_=["Jean-Marc Waheo"],
  note="France is not named in the quote")
r("France", "negotiating_with", "FLNKS", "hedged", F,
  {"08": "Lecornu could convene a new round of talks in Paris in June"}, as_=["Sébastien Lecornu"])

r("Marco Rubio", "contacted", "Faisal bin Farhan", "reported", T,
  {"01": "Marco Rubio spoke by phone with Prince Faisal"}, ao=["Saudi Arabia"])
r("Salva Kiir", "contacted", "Abdel Fattah al-Burhan", "reported", T,
  {"02": "Kiir spoke by telephone with Sudan's army chief"})
r("Solomon Islands", "contacted", "Australia", "negated", T,
  {"03": "Solomon Islands had not consulted Australia before the announcement"})

# ---- agreements ------------------------------------------------------------------
r("Saudi Arabia", "brokered", "Jeddah Declaration", "asserted", T,
  {"01": "Saudi and U.S. mediators brokered the Jeddah Declaration"}, t="2023")
r("United States", "brokered", "Jeddah Declaration", "asserted", T,
  {"01": "Saudi and U.S. mediators brokered the Jeddah Declaration"}, t="2023")
r("Salva Kiir", "brokered", "Heglig security arrangement", "reported", T,
  {"02": "President Salva Kiir brokered what officials call the Heglig security arrangement"},
  as_=["South Sudan"])
r("Turkey", "brokered", "Ankara Declaration", "asserted", T,
  {"04": "Turkey brokered the Ankara Declaration"}, t="2024-12")
r("New Zealand", "brokered", "Burnham Truce", "asserted", T,
  {"05": "New Zealand brokered the Burnham Truce"}, t="1997")
r("Manuel Valls", "brokered", "Bougival Agreement", "asserted", T,
  {"08": "negotiations brokered by Manuel Valls"}, t="2025-07", as_=["France"])

r("Ethiopia", "party_to", "Somaliland memorandum", "asserted", T,
  {"04": "Abiy signed a memorandum of understanding in January 2024 with Somaliland"},
  t="2024-01", as_=["Abiy Ahmed"])
r("Ethiopia", "party_to", "Ankara Declaration", "asserted", T,
  {"04": "the Ankara Declaration between Ethiopia and Somalia"}, t="2024-12")
r("Somalia", "party_to", "Ankara Declaration", "asserted", T,
  {"04": "the Ankara Declaration between Ethiopia and Somalia"}, t="2024-12")
r("Solomon Islands", "party_to", "China-Solomon Islands security pact", "asserted", T,
  {"03": "in 2022 it signed a security pact with Beijing"}, t="2022")
r("China", "party_to", "China-Solomon Islands security pact", "asserted", T,
  {"03": "in 2022 it signed a security pact with Beijing"}, t="2022")
r("Papua New Guinea", "party_to", "Pukpuk Treaty", "asserted", T,
  {"05": "Papua New Guinea's parliament on Tuesday ratified the Pukpuk Treaty"},
  as_=["James Marape"], note="signed 2025-10, ratified 2026-04-14: no single time")
r("Australia", "party_to", "Pukpuk Treaty", "asserted", T,
  {"05": "his Australian counterpart, Anthony Albanese, signed last October"},
  t="2025-10", as_=["Anthony Albanese"])
r("Vanuatu", "party_to", "Nakamal Agreement", "negated", T,
  {"05": "the Nakamal Agreement, remains unsigned",
   "06": "he would not sign the Nakamal Agreement with Australia"}, as_=["Jotham Napat"])
r("France", "party_to", "Bougival Agreement", "asserted", T,
  {"08": "which the French state and New Caledonia's main parties signed near Paris in July 2025"},
  t="2025-07")
r("FLNKS", "party_to", "Bougival Agreement", "negated", T,
  {"08": "the movement's congress refused to endorse it in August 2025"}, t="2025-08",
  note="its negotiators initialled the text, the movement then refused it")

r("Sudan", "signed_agreement_with", "Rapid Support Forces", "negated", F,
  {"02": "no agreement with any militia"}, as_=["Sudanese Armed Forces"],
  note="'any militia'; the RSF by context")
r("Ethiopia", "signed_agreement_with", "Egypt", "negated", T,
  {"04": "it has refused to sign a binding deal on filling and operating the reservoir"})
r("Ethiopia", "signed_agreement_with", "Somaliland", "asserted", T,
  {"04": "Abiy signed a memorandum of understanding in January 2024 with Somaliland"},
  t="2024-01", as_=["Abiy Ahmed"])
r("Ethiopia", "signed_agreement_with", "Somalia", "asserted", F,
  {"04": "the Ankara Declaration between Ethiopia and Somalia"}, t="2024-12")
r("Solomon Islands", "signed_agreement_with", "China", "asserted", T,
  {"03": "in 2022 it signed a security pact with Beijing"}, t="2022",
  note="also a police-training memorandum 'last week' (undated wire)")
r("Papua New Guinea", "signed_agreement_with", "Australia", "asserted", T,
  {"05": "Prime Minister James Marape and his Australian counterpart, Anthony Albanese, signed last October"},
  t="2025-10", as_=["James Marape"], ao=["Anthony Albanese"])
r("Papua New Guinea", "signed_agreement_with", "China", "negated", T,
  {"05": "he has ruled out a security deal with Beijing"}, as_=["James Marape"])
r("United States", "signed_agreement_with", "Papua New Guinea", "asserted", T,
  {"05": "signed its own defence cooperation agreement with Papua New Guinea in 2023"}, t="2023")
r("Vanuatu", "signed_agreement_with", "Australia", "negated", T,
  {"05": "whose own security deal with Australia, the Nakamal Agreement, remains unsigned",
   "06": "he would not sign the Nakamal Agreement with Australia"}, as_=["Jotham Napat"])
r("Fiji", "signed_agreement_with", "China", "asserted", T,
  {"06": "a police cooperation deal with China that dates from 2011"}, t="2011")

r("Qatar", "candidate_for", "Quad", "hedged", T,
  {"01": "the Quad might invite Qatar and Turkey to join the mediation group"})
r("Turkey", "candidate_for", "Quad", "hedged", T,
  {"01": "the Quad might invite Qatar and Turkey to join the mediation group"})
r("Papua New Guinea", "candidate_for", "ASEAN", "asserted", T,
  {"05": "has been an observer at ASEAN since 1976 and is seeking full membership"})

# ---- relations between states ------------------------------------------------------
r("Ethiopia", "normalized_relations_with", "Eritrea", "asserted", T,
  {"04": "Abiy restored relations with Eritrea in 2018"}, t="2018", as_=["Abiy Ahmed"])
r("Sudan", "diplomatic_relations_with", "United Arab Emirates", "negated", T,
  {"01": "Sudan cut diplomatic ties with the UAE in May 2025"}, t="2025-05")
for c in ["Palau", "Tuvalu", "Marshall Islands"]:
    r("Taiwan", "diplomatic_relations_with", c, "asserted", T,
      {"03": "three Pacific states: Palau, Tuvalu and the Marshall Islands"})
r("Nauru", "diplomatic_relations_with", "Taiwan", "negated", T,
  {"03": "cut ties with Taipei in January 2024"}, t="2024-01")
r("Solomon Islands", "recognizes", "China", "asserted", T,
  {"03": "switched diplomatic recognition from Taiwan to China in 2019"}, t="2019",
  ap=["diplomatic_relations_with", "normalized_relations_with"])
r("Solomon Islands", "recognizes", "Taiwan", "negated", F,
  {"03": "switched diplomatic recognition from Taiwan to China in 2019"}, t="2019",
  ap=["diplomatic_relations_with"], note="negation implied by 'switched from'")
r("Nauru", "recognizes", "China", "asserted", T,
  {"03": "recognised Beijing days later"}, t="2024-01",
  ap=["diplomatic_relations_with", "normalized_relations_with"])

r("Uganda", "allied_with", "Salva Kiir", "asserted", T,
  {"02": "remains his closest ally"}, ao=["South Sudan"])
r("Sudan People's Liberation Movement-North", "allied_with", "Rapid Support Forces", "asserted", T,
  {"07": "RSF units and their allies in the Sudan People's Liberation Movement-North"})
r("Sudan Liberation Movement", "allied_with", "Sudanese Armed Forces", "asserted", T,
  {"07": "Sudan Liberation Movement, which fights alongside the army"})
r("Australia", "allied_with", "Solomon Islands", "asserted", T,
  {"03": "Australia, which has long been the island nation's main security partner"})
r("Australia", "allied_with", "Papua New Guinea", "reported", T,
  {"05": "Australia was PNG's \"security partner of choice\""},
  note="also 'allies in every sense' (Marles)")

# ---- support, criticism, threats, sanctions ------------------------------------------
r("Egypt", "supported", "Sudanese Armed Forces", "asserted", T,
  {"01": "has backed the army throughout the conflict"})
r("United Arab Emirates", "supported", "Rapid Support Forces", "reported", T,
  {"01": "which it accuses of arming the RSF"}, note="Sudan's accusation")
r("United Arab Emirates", "supported", "Rapid Support Forces", "negated", T,
  {"01": "Abu Dhabi denies supplying weapons to either side"})
r("United Arab Emirates", "supported", "Sudanese Armed Forces", "negated", F,
  {"01": "Abu Dhabi denies supplying weapons to either side"}, note="'either side' includes the army")
r("Uganda", "supported", "South Sudan", "asserted", T,
  {"02": "Uganda, which sent troops to Juba in March 2025 at Kiir's request"},
  t="2025-03", ao=["Salva Kiir"])
r("Egypt", "supported", "Somalia", "planned", T,
  {"04": "Egypt has since promised troops to the African Union's mission in Somalia"},
  ao=["African Union"])
r("Kenya", "supported", "Rapid Support Forces", "negated", F,
  {"07": "Kenya denied taking sides"}, note="'taking sides' read as support for the RSF")
r("Chad", "supported", "Rapid Support Forces", "negated", T,
  {"07": "denies supporting the group"})
r("China", "supported", "Solomon Islands", "reported", F,
  {"03": "said its officers had helped keep order during the 2024 election"}, t="2024",
  note="China's embassy about its police")
r("Australia", "supported", "Solomon Islands", "asserted", T,
  {"03": "while Australia is its biggest aid donor"})
r("Australia", "supported", "Solomon Islands", "planned", T,
  {"03": "Australia would fund 200 more police recruits and two patrol boats"})
r("Australia", "supported", "Pacific Policing Initiative", "asserted", T,
  {"03": "funded mainly by Australia"})
r("Australia", "supported", "PNG Defence Force", "planned", T,
  {"05": "Australia will help modernise the PNG Defence Force"}, ao=["Papua New Guinea"])
r("United States", "supported", "Australia", "asserted", T,
  {"05": "is helping Australia to upgrade the Lombrum naval base"})
r("China", "supported", "Vanuatu", "asserted", T,
  {"06": "China, which has paid for many of the government buildings in Port Vila"})
r("Australia", "supported", "Vanuatu", "asserted", T,
  {"06": "Australia is Vanuatu's largest aid donor"})
r("Vanuatu", "supported", "FLNKS", "asserted", T,
  {"06": "It has long supported the Kanak independence movement",
   "08": "Vanuatu, a long-time supporter of the FLNKS"})
r("Emmanuel Macron", "supported", "Bougival Agreement", "asserted", F,
  {"08": "has insisted that the agreement remains the only workable basis for talks"}, as_=["France"])

r("Sudan", "criticized", "United Arab Emirates", "asserted", T,
  {"01": "The army-aligned government has rejected any role for the UAE"},
  as_=["Sudanese Armed Forces"])
r("Sudanese Armed Forces", "criticized", "Rapid Support Forces", "asserted", T,
  {"01": "drone strikes on Port Sudan that the army blamed on the RSF",
   "02": "Sudan's army blamed the Rapid Support Forces for Monday's strike"})
r("United States", "criticized", "Rapid Support Forces", "asserted", T,
  {"01": "after determining that the RSF had committed genocide",
   "07": "Washington has since accused the RSF of genocide"})
r("United States", "criticized", "Sudanese Armed Forces", "asserted", T,
  {"01": "accusing the army of attacking schools, markets and hospitals"})
r("Badr Abdelatty", "criticized", "Ethiopia", "asserted", T,
  {"04": "Badr Abdelatty accused Ethiopia of"}, t="2026-03-09", as_=["Egypt"])
r("Yemane Gebremeskel", "criticized", "Ethiopia", "asserted", T,
  {"04": "accused Abiy's government of preparing"}, t="2026-03",
  as_=["Eritrea"], ao=["Abiy Ahmed"])
r("Sudan", "criticized", "William Ruto", "asserted", T,
  {"07": "to accuse President William Ruto of"}, ao=["Kenya"])
r("Tom Fletcher", "criticized", "Rapid Support Forces", "asserted", T,
  {"07": "condemned what he called"}, t="2026-04-05", as_=["United Nations"])
r("Matthew Wale", "criticized", "Jeremiah Manele", "asserted", T,
  {"03": "He accused Manele of ignoring parliament"}, ao=["Solomon Islands"])
r("China", "criticized", "Pukpuk Treaty", "negated", T,
  {"05": "China has not criticised the treaty directly"})
r("Indonesia", "criticized", "Pukpuk Treaty", "negated", T,
  {"05": "Jakarta, too, has raised no objection to the pact"})
r("Ishmael Toroama", "criticized", "Papua New Guinea", "asserted", T,
  {"05": "accused Marape's government on Monday"}, t="2026-04-13", ao=["James Marape"])
r("Christian Tein", "criticized", "France", "asserted", T,
  {"08": "accused Paris of"}, as_=["FLNKS"])
r("France", "criticized", "Azerbaijan", "asserted", T,
  {"08": "Paris also accused Azerbaijan of stoking the riots"})
r("Azerbaijan", "criticized", "France", "asserted", F,
  {"08": "Baku rejected the accusation as"}, note="rejected the French accusation")

r("Egypt", "threatened", "Ethiopia", "reported", F,
  {"04": "a phrase Ethiopian officials read as a veiled threat"}, as_=["Badr Abdelatty"],
  note="a threat only in Ethiopia's reading")
r("Rapid Support Forces", "threatened", "El Obeid", "asserted", T,
  {"07": "The paramilitary group has also threatened to storm El Obeid"})
r("Sitiveni Rabuka", "threatened", "China", "asserted", F,
  {"06": "Rabuka threatened in 2023 to scrap a police cooperation deal with China"}, t="2023",
  as_=["Fiji"], note="the threat is to scrap a deal, aimed at China only indirectly")

r("United States", "sanctioned", "Mohamed Hamdan Dagalo", "asserted", T,
  {"01": "Washington imposed sanctions on Dagalo"}, t="2025-01")
r("United States", "sanctioned", "Abdel Fattah al-Burhan", "asserted", T,
  {"01": "days later it sanctioned Burhan as well"}, t="2025-01")
r("United States", "sanctioned", "Abdul Rahim Dagalo", "asserted", T,
  {"07": "The United States sanctioned Abdul Rahim Dagalo"}, t="2023")

# ---- conflict --------------------------------------------------------------------
r("Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces", "asserted", T,
  {"01": "The war between the army and the RSF, commanded by Mohamed Hamdan Dagalo",
   "04": "the war between its army and the Rapid Support Forces began in 2023"})
r("Egypt", "in_conflict_with", "Ethiopia", "asserted", T,
  {"04": "The long-running dispute between Egypt and Ethiopia"})
r("Eritrea", "in_conflict_with", "Ethiopia", "asserted", T,
  {"04": "the two fought a border war from 1998 to 2000"}, t="1998")
r("Bougainville Revolutionary Army", "in_conflict_with", "Papua New Guinea", "asserted", T,
  {"05": "The Bougainville Revolutionary Army fought PNG forces from 1988 to 1998"},
  t="1988", ao=["PNG Defence Force"])

r("Rapid Support Forces", "attacked", "Port Sudan", "reported", T,
  {"01": "drone strikes on Port Sudan that the army blamed on the RSF"}, t="2025-05")
r("Rapid Support Forces", "attacked", "Heglig oil field", "reported", F,
  {"02": "Sudan's army blamed the Rapid Support Forces for Monday's strike"},
  note="the strike's target is in the previous sentence")
r("Rapid Support Forces", "attacked", "Heglig oil field", "negated", T,
  {"02": "denied attacking the facility"})
r("Sudanese Armed Forces", "attacked", "Heglig oil field", "reported", F,
  {"02": "said an army drone had hit it"}, note="the RSF's claim")
r("Rapid Support Forces", "attacked", "El Obeid", "reported", F,
  {"07": "Its drones struck the city's airport on Saturday"}, t="2026-04-04",
  note="'its' = the RSF, 'the city' = El Obeid")
r("Sudanese Armed Forces", "attacked", "Nyala", "asserted", T,
  {"07": "The army has answered with airstrikes on Nyala"})

r("Rapid Support Forces", "killed", "Ibrahim Kuku", "reported", T,
  {"07": "on Monday an RSF drone strike killed Ibrahim Kuku"}, t="2026-04-06")

r("Sudanese Armed Forces", "took_control_of", "Khartoum", "asserted", T,
  {"01": "The army retook Khartoum"}, t="2025-03")
r("Rapid Support Forces", "took_control_of", "El Fasher", "asserted", T,
  {"01": "the RSF seized El Fasher",
   "07": "Five months after its fighters overran El Fasher"}, t="2025-10")
r("Rapid Support Forces", "took_control_of", "Heglig oil field", "asserted", T,
  {"02": "The RSF, which took control of Heglig in December 2025",
   "07": "in December, the Heglig oil field"}, t="2025-12")
r("Rapid Support Forces", "took_control_of", "Babanusa", "asserted", T,
  {"07": "the RSF took the army base at Babanusa"}, t="2025")

r("Rapid Support Forces", "blockaded", "El Fasher", "asserted", F,
  {"01": "after an 18-month siege"}, note="a siege")
for g in ["Rapid Support Forces", "Sudan People's Liberation Movement-North"]:
    r(g, "blockaded", "Kadugli", "reported", T,
      {"07": "have blockaded Kadugli, the capital of South Kordofan, since last year"},
      t="2025")

# ---- statehood ------------------------------------------------------------------
r("Somaliland", "seceded_from", "Somalia", "asserted", T,
  {"04": "the region that broke away from Somalia in 1991"}, t="1991")
r("Bougainville", "seceded_from", "Papua New Guinea", "planned", T,
  {"05": "whose leaders want the autonomous region to break away from Papua New Guinea by 2027"},
  t="2027")
r("South Sudan", "gained_independence_from", "Sudan", "asserted", T,
  {"02": "gained independence from Sudan in 2011"}, t="2011", ap=["seceded_from"])
r("Eritrea", "gained_independence_from", "Ethiopia", "asserted", T,
  {"04": "Eritrea won independence from Ethiopia in 1993"}, t="1993", ap=["seceded_from"])
r("Papua New Guinea", "gained_independence_from", "Australia", "asserted", T,
  {"05": "PNG's independence from Australia in 1975"}, t="1975")
r("Vanuatu", "gained_independence_from", "United Kingdom", "asserted", T,
  {"06": "Vanuatu gained independence from Britain and France in 1980"}, t="1980")
r("Vanuatu", "gained_independence_from", "France", "asserted", T,
  {"06": "Vanuatu gained independence from Britain and France in 1980"}, t="1980")

# ---- trade ----------------------------------------------------------------------
r("China", "imports_from", "South Sudan", "asserted", T,
  {"02": "China, which buys most of South Sudan's crude"}, ap=["trades_with"], com="crude oil")
r("South Sudan", "imports_from", "Sudan", "asserted", T,
  {"02": "South Sudan also imports most of its fuel from Sudan and Kenya"}, ap=["trades_with"], com="fuel")
r("South Sudan", "imports_from", "Kenya", "asserted", T,
  {"02": "South Sudan also imports most of its fuel from Sudan and Kenya"}, ap=["trades_with"], com="fuel")
r("Sudan", "imports_from", "Ethiopia", "asserted", T,
  {"04": "Sudan, which imports electricity from Ethiopia"}, ap=["trades_with"], com="electricity")
r("Kenya", "imports_from", "Ethiopia", "asserted", T,
  {"04": "Ethiopia already sells power to Kenya, which imports electricity"}, ap=["trades_with"],
  com="electricity")
r("South Sudan", "imports_from", "Ethiopia", "planned", F,
  {"04": "hopes to do the same for South Sudan"}, ap=["trades_with"], com="electricity")
r("China", "trades_with", "Solomon Islands", "asserted", T,
  {"03": "China is Solomon Islands' largest trading partner"})
r("China", "imports_from", "Solomon Islands", "asserted", T,
  {"03": "buying most of its round logs"}, ap=["trades_with"], com="round logs")
r("Solomon Islands", "imports_from", "Australia", "asserted", T,
  {"03": "The country also imports most of its rice from Australia"}, ap=["trades_with"], com="rice")
r("Papua New Guinea", "trades_with", "China", "reported", T,
  {"05": "PNG will keep trading with China"})
r("Australia", "trades_with", "Papua New Guinea", "asserted", T,
  {"05": "Australia is also PNG's largest trading partner"})
r("Papua New Guinea", "imports_from", "Australia", "asserted", T,
  {"05": "PNG imports most of its fuel and machinery from Australia"}, ap=["trades_with"],
  com="fuel and machinery")
r("Tonga", "imports_from", "New Zealand", "asserted", T,
  {"06": "Tonga imports most of its food from New Zealand and Fiji"}, ap=["trades_with"], com="food")
r("Tonga", "imports_from", "Fiji", "asserted", T,
  {"06": "Tonga imports most of its food from New Zealand and Fiji"}, ap=["trades_with"], com="food")


# ---------------------------------------------------------------------------
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    docs = {k: textutil.load(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}
    sents = {k: textutil.sentences(d.body) for k, d in docs.items()}
    alltext = "\n".join(open(os.path.join(ROOT, "corpus", f), encoding="utf-8").read()
                        for f in DOCS.values())

    # entities
    seen = {}
    for name, (typ, aliases) in E.items():
        if typ not in TYPES:
            errors.append(f"bad type {typ} for {name}")
        found = []
        forms = [name] + aliases
        for a in forms:
            n = norm(a)
            if n in seen and seen[n] != name:
                errors.append(f"alias {a!r} of {name} collides with {seen[n]}")
            seen[n] = name
            # a use counts only where it is not part of a longer form of
            # the same entity ("Forum" inside "Pacific Islands Forum")
            longer = [(m.start(), m.end()) for b in forms if len(b) > len(a)
                      for m in re.finditer(r"(?<![\w])" + re.escape(b) + r"(?![\w])", alltext, re.I)]
            hit = any(not any(s <= m.start() and m.end() <= e for s, e in longer)
                      for m in re.finditer(r"(?<![\w])" + re.escape(a) + r"(?![\w])", alltext, re.I))
            found.append(hit)
            if a != name and not hit:
                errors.append(f"alias {a!r} of {name} not in any text")
        if not any(found):
            errors.append(f"entity {name} has no surface form in the texts")

    used = set()
    units = {}
    for i, row in enumerate(ROWS):
        tag = f"row {i} {row['s']} {row['p']} {row['o']}"
        if row["p"] not in PREDICATES:
            errors.append(f"{tag}: bad predicate")
        if row["mod"] not in POLARITY:
            errors.append(f"{tag}: bad modality")
        for alt in row["alt_p"]:
            if alt not in PREDICATES:
                errors.append(f"{tag}: bad alt predicate {alt}")
        for n in [row["s"], row["o"]] + row["alt_s"] + row["alt_o"]:
            if n not in E:
                errors.append(f"{tag}: unknown entity {n}")
            used.add(n)
        if row["t"] and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", row["t"]):
            errors.append(f"{tag}: bad time {row['t']}")
        s, o = row["s"], row["o"]
        if row["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, row["p"], o, POLARITY[row["mod"]])
        if u in units:
            errors.append(f"{tag}: duplicate unit with row {units[u]}")
        units[u] = i
        for k, phrase in row["ev"].items():
            if k not in docs:
                errors.append(f"{tag}: unknown doc {k}")
                continue
            if phrase not in docs[k].body:
                errors.append(f"{tag}: phrase not in body of {k}: {phrase!r}")
            elif not any(phrase in t for _, _, t in sents[k]):
                errors.append(f"{tag}: phrase crosses a sentence boundary in {k}: {phrase!r}")
    unused = sorted(set(E) - used)
    if unused:
        errors.append(f"entities in no row: {unused}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, (typ, aliases) in E.items():
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases},
                               ensure_ascii=False) + "\n")

    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f, \
         open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as g:
        for row in ROWS:
            keys = sorted(row["ev"])
            parts = []
            if row["role"]:
                parts.append("role: " + row["role"])
            if row["com"]:
                parts.append("commodity: " + row["com"])
            parts += [f"{k}: '{row['ev'][k]}'" for k in keys]
            if row["note"]:
                parts.append(row["note"])
            out = {"s": row["s"], "p": row["p"], "o": row["o"],
                   "docs": [DOCS[k] for k in keys], "modality": row["mod"]}
            if row["t"]:
                out["time"] = row["t"]
            out["required"] = row["req"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if row[a]:
                    out[a] = row[a]
            out["note"] = "; ".join(parts)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            for k in keys:
                d = docs[k]
                st, en, text = textutil.find_sentence(d.body, row["ev"][k])
                g.write(json.dumps({
                    "subject": row["s"], "subject_type": E[row["s"]][0],
                    "predicate": row["p"],
                    "object": row["o"], "object_type": E[row["o"]][0],
                    "modality": row["mod"], "time": row["t"] or "",
                    "role": row["role"] or row["com"] or "",
                    "confidence": 1.0, "source": "corpus/" + DOCS[k],
                    "title": d.title, "published": d.published,
                    "sentence": text, "start": st, "end": en, "rule": "gold",
                }, ensure_ascii=False) + "\n")

    # summary
    n = len(ROWS)
    req = sum(r_["req"] for r_ in ROWS)
    neg = sum(r_["mod"] == "negated" for r_ in ROWS)
    print(f"entities={len(E)} rows={n} required={req} negated={neg}")
    byp = Counter(r_["p"] for r_ in ROWS)
    byp_req = Counter(r_["p"] for r_ in ROWS if r_["req"])
    missing = [p for p in PREDICATES if p not in byp]
    print("predicates used:", len(byp), "missing:", missing)
    bym = Counter(r_["mod"] for r_ in ROWS)
    print("modalities:", dict(bym))
    bydoc = defaultdict(int)
    for r_ in ROWS:
        for k in r_["ev"]:
            bydoc[DOCS[k]] += 1
    for k in sorted(bydoc):
        print(f"  {k}: {bydoc[k]} rows")
    if "--table" in sys.argv:
        for p in PREDICATES:
            print(f"| {p} | {byp[p]} | {byp_req[p]} |")


if __name__ == "__main__":
    main()
