#!/usr/bin/env python3
"""Build and check the gold standard of the zzza news set.

The entities and facts are written down below, each fact with the words of
every document that states it. The builder checks them against the cleaned
text (tools/textutil.py) and SCHEMA.md, then writes

    entities.jsonl               one entity a line (name, type, aliases)
    triples.jsonl                one fact a line (s, p, o, docs, modality, ...)
    selfcheck_statements.jsonl   one statement per (fact, cited document), in
                                 the `kg export --format jsonl` shape

Usage (from the set's folder or anywhere):
    python3 -B tools/build_gold.py           check and write
    python3 -B tools/build_gold.py --stats   check, write and print counts
    python3 -B tools/build_gold.py --corpus-prefix
        write the gold "docs" as "corpus/01.txt" instead of "01.txt"

Gold "docs" are file names ("01.txt"), as in shared/eval/seeds: kgscore
compares them with the basename of each statement's "source", so a
"corpus/" prefix in the gold would make every --per-doc unit and every
provenance match fail. The statements' "source" is "corpus/01.txt" either
way.

Checks, each fatal:
  - predicates, entity types and modalities are those of SCHEMA.md, and every
    one of the 34 predicates is used;
  - a fact's subject and object have the types SCHEMA.md allows for its
    predicate; alternative readings name known entities;
  - static facts (borders, capital_of, located_in, member_of) and negated
    facts carry no time; a time is an ISO prefix (a decade as "198");
  - every quoted passage occurs in the cited document's cleaned text, and in
    that document the subject and the object each occur by name or alias;
  - every alias of an entity occurs in the cleaned text of a document that
    cites a fact about that entity; no alias names two entities;
  - no two facts are the same unit (subject, predicate, object, polarity;
    symmetric predicates unordered).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# --- SCHEMA.md -------------------------------------------------------------

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTORS = {"Person", "Country", "Organization"}
ANY = set(TYPES)
PREDICATES = {  # predicate: (subject types, object types)
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTORS, ACTORS),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACTORS, ACTORS),
    "contacted": (ACTORS, ACTORS),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACTORS, ACTORS),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACTORS, ACTORS),
    "diplomatic_relations_with": (ACTORS, ACTORS),
    "allied_with": (ACTORS, ACTORS),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACTORS, ANY),
    "criticized": (ACTORS, ANY),
    "threatened": (ACTORS, ANY),
    "sanctioned": (ACTORS, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ACTORS, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACTORS, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country"}, {"Country"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "signed_agreement_with",
             "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "borders", "in_conflict_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "member_of"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

DOCS = {"01": "01.txt", "02": "02.txt", "03": "03.txt", "04": "04.txt",
        "05": "05.txt", "06": "06.txt", "07": "07.html", "08": "08.html"}
DOC_PREFIX = "corpus/" if "--corpus-prefix" in sys.argv else ""
CLUSTER = {"01": "A", "02": "A", "04": "A", "07": "A",
           "03": "B", "05": "B", "06": "B", "08": "B"}

# --- entities ----------------------------------------------------------------

ENTITIES = [
    # Nordic Arctic: people
    ("Espen Barth Eide", "Person", ["Eide"]),
    ("Maria Zakharova", "Person", ["Zakharova"]),
    ("Dmitry Peskov", "Person", ["Peskov"]),
    ("Vladimir Putin", "Person", ["Putin"]),
    ("Oleg Shubin", "Person", ["Shubin"]),
    ("Viktor Lysenko", "Person", ["Lysenko"]),
    ("Mette Frederiksen", "Person", ["Frederiksen"]),
    ("Jens-Frederik Nielsen", "Person", ["Nielsen"]),
    ("Troels Lund Poulsen", "Person", ["Lund Poulsen"]),
    ("Lars Løkke Rasmussen", "Person", ["Lars Lokke Rasmussen", "Lokke Rasmussen"]),
    ("Marco Rubio", "Person", ["Rubio"]),
    ("Donald Trump", "Person", ["Trump", "U.S. President Donald Trump"]),
    ("JD Vance", "Person", ["Vance", "Vice President JD Vance"]),
    ("Jonas Gahr Støre", "Person", ["Støre"]),
    ("Jens Stoltenberg", "Person", ["Stoltenberg"]),
    ("Dmitry Medvedev", "Person", ["Medvedev"]),
    # Central America: people
    ("Bernardo Arévalo", "Person", ["Bernardo Arevalo", "Arevalo", "Arévalo"]),
    ("John Briceño", "Person", ["John Briceno", "Briceno", "Briceño"]),
    ("Carlos Ramiro Martínez", "Person", ["Carlos Ramiro Martinez"]),
    ("Albert Ramdin", "Person", ["Ramdin"]),
    ("Rosa Chi", "Person", []),
    ("Jorge Serrano Elías", "Person", ["Serrano"]),
    ("Marisol Chen", "Person", ["Chen"]),
    ("Nayib Bukele", "Person", ["Bukele"]),
    ("Alexandra Hill Tinoco", "Person", []),
    ("José Luis Bustamante y Rivero", "Person", []),
    ("José Armando Reyes", "Person", ["Reyes"]),
    ("Rigoberto Mejía", "Person", []),
    ("Xiomara Castro", "Person", ["Castro"]),
    ("Daniel Ortega", "Person", ["Ortega"]),
    ("Rosario Murillo", "Person", ["Murillo"]),
    ("Rodrigo Chaves", "Person", ["Chaves"]),
    ("Augusto César Sandino", "Person", ["Sandino"]),
    ("Anastasio Somoza García", "Person", []),
    # countries (capitals that never appear as places are aliases)
    ("Norway", "Country", ["Oslo"]),
    ("Russia", "Country", ["Moscow", "Kremlin"]),
    ("Ukraine", "Country", []),
    ("Denmark", "Country", ["Kingdom of Denmark"]),
    ("Greenland", "Country", []),
    ("United States", "Country", ["U.S."]),
    ("Canada", "Country", []),
    ("Finland", "Country", []),
    ("Sweden", "Country", []),
    ("China", "Country", ["Beijing"]),
    ("Taiwan", "Country", ["Taipei"]),
    ("Soviet Union", "Country", []),
    ("Guatemala", "Country", []),
    ("Belize", "Country", []),
    ("Honduras", "Country", []),
    ("El Salvador", "Country", []),
    ("Nicaragua", "Country", ["Managua"]),
    ("Costa Rica", "Country", []),
    ("Colombia", "Country", []),
    ("Peru", "Country", []),
    ("Suriname", "Country", []),
    ("United Kingdom", "Country", ["Britain"]),
    ("Israel", "Country", []),
    # organizations
    ("Russian Foreign Ministry", "Organization", []),
    ("Norebo", "Organization", []),
    ("Murman Seafood", "Organization", []),
    ("Joint Norwegian-Russian Fisheries Commission", "Organization", []),
    ("Arktikugol", "Organization", []),
    ("NATO", "Organization", []),
    ("European Union", "Organization", ["European Community"]),
    ("Demokraatit", "Organization", ["Democrats"]),
    ("Joint Arctic Command", "Organization", []),
    ("Governor of Svalbard", "Organization", []),
    ("Barents Euro-Arctic Council", "Organization", []),
    ("International Barents Secretariat", "Organization", []),
    ("Northern Fleet", "Organization", []),
    ("Organization of American States", "Organization", ["OAS"]),
    ("OAS Office in the Adjacency Zone", "Organization", []),
    ("International Court of Justice", "Organization", []),
    ("British Army Training Support Unit Belize", "Organization", []),
    ("University of Belize", "Organization", []),
    ("CARICOM", "Organization", ["Caribbean Community"]),
    ("SICA", "Organization", ["Central American Integration System"]),
    ("Federation of Artisanal Fishers", "Organization", []),
    ("Russian Armed Forces", "Organization", ["Russian military", "Russian troops", "Russian warships"]),
    ("U.S. State Department", "Organization", []),
    ("CIA", "Organization", []),
    ("Sandinista National Liberation Front", "Organization", []),
    # cities
    ("Murmansk", "City", []),
    ("Barentsburg", "City", []),
    ("Longyearbyen", "City", []),
    ("Ny-Ålesund", "City", ["Ny-Alesund"]),
    ("Luhansk", "City", []),
    ("Copenhagen", "City", []),
    ("Nuuk", "City", []),
    ("Washington", "City", []),
    ("Kirkenes", "City", []),
    ("Severomorsk", "City", []),
    ("The Hague", "City", []),
    ("Benque Viejo del Carmen", "City", []),
    ("Belmopan", "City", []),
    ("Melchor de Mencos", "City", []),
    ("Quetzaltenango", "City", []),
    ("Amapala", "City", []),
    ("La Unión", "City", []),
    ("Corinto", "City", []),
    # regions
    ("Svalbard", "Region", ["Spitsbergen"]),
    ("Finnmark", "Region", []),
    ("Sør-Varanger", "Region", []),
    ("Kola Peninsula", "Region", []),
    ("Adjacency Zone", "Region", []),
    ("Los Altos", "Region", ["State of Los Altos"]),
    ("Gulf of Fonseca", "Region", []),
    ("Meanguera", "Region", []),
    ("Isla Portillos", "Region", []),
    ("Gaza", "Region", []),
    # facilities
    ("Pituffik Space Base", "Facility", ["Thule Air Base"]),
    ("Storskog", "Facility", []),
    ("Mine 7", "Facility", []),
    ("Yellow River Station", "Facility", []),
    ("Russian consulate general", "Facility", []),
    # agreements
    ("Svalbard Treaty", "Agreement", []),
    ("Defence of Greenland Agreement", "Agreement", []),
    ("Barents Sea Treaty", "Agreement", []),
    ("Sarstoon Protocol", "Agreement", []),
    ("Guatemala-Belize Special Agreement", "Agreement", ["Special Agreement"]),
    ("Anglo-Guatemalan Treaty", "Agreement", []),
    ("General Peace Treaty", "Agreement", []),
]

# --- facts -------------------------------------------------------------------

ROWS = []


def R(s, p, o, modality, ev, time=None, req=True, alt_s=(), alt_p=(), alt_o=(),
      role="", commodity="", why=""):
    """One fact. ev maps a document key ("01") to the words that state it."""
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev, time=time,
                     required=req, alt_s=list(alt_s), alt_p=list(alt_p),
                     alt_o=list(alt_o), role=role, commodity=commodity, why=why))


A, REP, HED, PLA, NEG = "asserted", "reported", "hedged", "planned", "negated"

# ---- cluster A: 01 (wire, trawler detention) ----
R("Espen Barth Eide", "works_for", "Norway", A,
  {"01": "Foreign Minister Espen Barth Eide"}, role="foreign minister")
R("Maria Zakharova", "works_for", "Russian Foreign Ministry", A,
  {"01": "Maria Zakharova, spokeswoman for the Russian Foreign Ministry"},
  alt_o=["Russia"], role="spokeswoman")
R("Dmitry Peskov", "works_for", "Russia", A,
  {"01": "Kremlin spokesman Dmitry Peskov"}, alt_o=["Vladimir Putin"], role="spokesman")
R("Russia", "criticized", "Norway", A,
  {"01": 'accused Norway of "piracy dressed up as inspection"',
   "04": "the Russian Foreign Ministry accused Norway of piracy",
   "07": "drew furious protests against Norway from the Russian Foreign Ministry"},
  alt_s=["Maria Zakharova", "Russian Foreign Ministry"],
  why="the February 2026 protest; 01 and 04 also tell of the 2022 blockade charge, so one unit with no time")
R("Russia", "threatened", "Norway", A,
  {"01": 'warning that Moscow would answer "in a mirror manner"',
   "04": 'threatened "retaliatory measures"'},
  alt_s=["Dmitry Peskov"], why="Peskov's warning of February 2026 (01) and the threat of June 2022 (04): one unit, no time")
R("Oleg Shubin", "citizen_of", "Russia", A, {"01": "Oleg Shubin, a Russian citizen"})
R("Oleg Shubin", "lives_in", "Murmansk", A, {"01": "a Russian citizen who lives in Murmansk"})
R("Norway", "sanctioned", "Norebo", A,
  {"01": "Norway imposed sanctions on Norebo and Murman Seafood",
   "04": "Norway sanctioned two of Russia's largest fishing companies, Norebo and Murman Seafood"},
  time="2025", why="01: seven months before February 2026; 04: 'last summer'")
R("Norway", "sanctioned", "Murman Seafood", A,
  {"01": "Norway imposed sanctions on Norebo and Murman Seafood",
   "04": "Norway sanctioned two of Russia's largest fishing companies, Norebo and Murman Seafood"},
  time="2025", why="01: seven months before February 2026; 04: 'last summer'")
R("Norway", "criticized", "Norebo", A,
  {"01": "saying they had helped gather intelligence for Russia"}, time="2025", req=False,
  why="an accusation given as the reason for the sanctions")
R("Norway", "criticized", "Murman Seafood", A,
  {"01": "saying they had helped gather intelligence for Russia"}, time="2025", req=False,
  why="an accusation given as the reason for the sanctions")
R("Norway", "member_of", "Joint Norwegian-Russian Fisheries Commission", A,
  {"01": "the two neighbours still manage cod, haddock and capelin through the Joint Norwegian-Russian Fisheries Commission"})
R("Russia", "member_of", "Joint Norwegian-Russian Fisheries Commission", A,
  {"01": "the two neighbours still manage cod, haddock and capelin through the Joint Norwegian-Russian Fisheries Commission"})
R("Norway", "negotiating_with", "Russia", PLA,
  {"01": "Norwegian and Russian negotiators are due to meet again in the autumn to set catches for 2027"},
  time="2026", why="autumn of the story's year")
R("Norway", "sanctioned", "Russia", NEG,
  {"01": "he said no such step was being prepared"}, req=False,
  why="closing Norwegian ports to every Russian trawler is not being prepared")
R("Svalbard", "located_in", "Norway", A,
  {"01": "Svalbard is part of Norway",
   "04": "which gave Norway sovereignty over the archipelago"})
R("Norway", "party_to", "Svalbard Treaty", A,
  {"01": "the 1920 Svalbard Treaty, to which both Norway and Russia are parties",
   "04": "the Svalbard Treaty, signed in Paris in 1920, which gave Norway sovereignty"},
  time="1920")
R("Russia", "party_to", "Svalbard Treaty", A,
  {"01": "to which both Norway and Russia are parties"},
  why="no time: Russia is a party through the Soviet Union's accession (04: 1935)")
R("Barentsburg", "located_in", "Svalbard", A,
  {"01": "the mining settlement of Barentsburg on Spitsbergen",
   "04": "Barentsburg, the Russian mining town on Svalbard"})
R("Norway", "blockaded", "Barentsburg", REP,
  {"01": "Russian officials called it a blockade of Barentsburg",
   "04": "Moscow accused Norway of a blockade"},
  time="2022", req=False, why="Russia's charge, which Norway denies (see the negated fact)")
R("Norway", "blockaded", "Barentsburg", NEG,
  {"01": "Norway denied that it had blockaded the settlement",
   "04": "Norway said it had never blockaded the settlement"})
R("Russia", "attacked", "Ukraine", A,
  {"01": "since Russia invaded Ukraine in February 2022",
   "04": "Since Russia's full-scale invasion of Ukraine in 2022"},
  time="2022", why="01 gives February 2022, 04 the year")

# ---- cluster A: 04 (feature, Barentsburg) ----
R("Viktor Lysenko", "citizen_of", "Ukraine", A, {"04": "Viktor Lysenko, a Ukrainian citizen from Luhansk"})
R("Viktor Lysenko", "works_for", "Arktikugol", A,
  {"04": "has worked underground for Arktikugol for eleven years"}, role="miner")
R("Viktor Lysenko", "lives_in", "Barentsburg", A,
  {"04": "shares a flat in Barentsburg with two other miners"})
R("Viktor Lysenko", "visited", "Luhansk", NEG, {"04": "He has not been back to Luhansk since 2014."})
R("Russian consulate general", "located_in", "Barentsburg", A,
  {"04": "In Barentsburg, where the Russian consulate general is the only foreign mission on the archipelago"})
R("Soviet Union", "party_to", "Svalbard Treaty", A, {"04": "The Soviet Union joined in 1935."}, time="1935")
R("China", "party_to", "Svalbard Treaty", A,
  {"04": "China had signed up a decade earlier, in 1925"}, time="1925")
R("Yellow River Station", "located_in", "Ny-Ålesund", A,
  {"04": "runs the Yellow River Station at Ny-Alesund"})
R("Ny-Ålesund", "located_in", "Svalbard", A,
  {"04": "Ny-Alesund, the research village in Svalbard's north-west"})
R("Longyearbyen", "capital_of", "Svalbard", A, {"04": "Longyearbyen, Svalbard's capital"})
R("Mine 7", "located_in", "Svalbard", A, {"04": "Mine 7, the last Norwegian coal mine on Svalbard"})
R("Governor of Svalbard", "based_in", "Longyearbyen", A,
  {"04": "The Governor of Svalbard, whose office is based in Longyearbyen"})
R("Norway", "member_of", "NATO", A,
  {"04": "Norway, a founding member of NATO",
   "07": "Norway, a founding member of the alliance"})
R("Norway", "criticized", "Russia", A,
  {"04": "a claim Norwegian diplomats call baseless"}, req=False,
  why="rejecting a Russian claim; the subject is Norway's diplomats")
R("Norway", "sanctioned", "Russia", A,
  {"04": "since 2022, applied sanctions on Russia to cargo arriving from the mainland",
   "07": "has aligned itself with the bloc's sanctions on Russia since 2014"},
  why="04 dates the cargo rules 2022, 07 the alignment 2014: no time")

# ---- cluster A: 02 (wire, Denmark and Greenland) ----
R("Mette Frederiksen", "head_of", "Denmark", A,
  {"02": "Danish Prime Minister Mette Frederiksen", "07": "Danish Prime Minister Mette Frederiksen"},
  role="prime minister")
R("Jens-Frederik Nielsen", "head_of", "Greenland", A,
  {"02": "Greenland's premier, Jens-Frederik Nielsen", "07": "Greenland's premier, Jens-Frederik Nielsen"},
  role="premier")
R("Mette Frederiksen", "met_with", "Jens-Frederik Nielsen", A,
  {"02": "met Frederiksen for more than five hours"}, time="2026-03",
  alt_s=["Denmark"], alt_o=["Greenland"])
R("Mette Frederiksen", "signed_agreement_with", "Jens-Frederik Nielsen", A,
  {"02": "agreed on Wednesday to pay for three new inspection ships",
   "07": "agreed a new patrol package for Greenland's waters"},
  time="2026-03", alt_s=["Denmark"], alt_o=["Greenland"],
  why="02: Wednesday 4 March; 07: 'last week' before 12 March; the package has no name, so no party_to")
R("Jens-Frederik Nielsen", "visited", "Copenhagen", A,
  {"02": "Nielsen, who flew to Copenhagen on Tuesday from Nuuk"}, time="2026-03-03",
  alt_o=["Denmark"])
R("Nuuk", "capital_of", "Greenland", A, {"02": "Nuuk, the Greenlandic capital"})
R("Denmark", "supported", "Greenland", PLA,
  {"02": "most of which Denmark will pay"}, time="2026", req=False,
  why="Denmark will pay for ships and drones for the island's waters")
R("Troels Lund Poulsen", "works_for", "Denmark", A,
  {"02": "Defence Minister Troels Lund Poulsen"}, role="defence minister")
R("Denmark", "imports_from", "United States", A,
  {"02": "F-35 fighters bought from the United States"}, alt_p=["trades_with"],
  commodity="F-35 fighters")
R("Denmark", "imports_from", "United States", HED,
  {"02": "could also buy American-made drones for the mission"}, commodity="drones")
R("Joint Arctic Command", "based_in", "Nuuk", A,
  {"02": "the Joint Arctic Command, the Danish military headquarters based in Nuuk"})
R("Lars Løkke Rasmussen", "works_for", "Denmark", A,
  {"02": "Foreign Minister Lars Lokke Rasmussen"}, role="foreign minister")
R("Lars Løkke Rasmussen", "visited", "Washington", PLA,
  {"02": "will travel to Washington next week"}, time="2026-03", alt_o=["United States"])
R("Lars Løkke Rasmussen", "met_with", "Marco Rubio", PLA,
  {"02": "for talks with Secretary of State Marco Rubio"}, time="2026-03",
  alt_s=["Denmark"], alt_o=["United States"], alt_p=["negotiating_with"])
R("Marco Rubio", "works_for", "United States", A,
  {"02": "Secretary of State Marco Rubio"}, alt_o=["Donald Trump"], role="secretary of state")
R("Mette Frederiksen", "contacted", "Donald Trump", NEG,
  {"02": "Frederiksen said she had not spoken with Trump since the new year"},
  alt_s=["Denmark"], alt_o=["United States"])
R("Donald Trump", "head_of", "United States", A,
  {"02": "U.S. President Donald Trump"}, role="president")
R("Donald Trump", "threatened", "Denmark", A,
  {"02": 'threatened Denmark with tariffs "at a very high level"'}, time="2025-01",
  alt_s=["United States"])
R("Donald Trump", "visited", "Greenland", NEG, {"02": "Trump himself has never visited the island"})
R("JD Vance", "visited", "Greenland", A,
  {"02": "Vice President JD Vance visited Greenland last March"}, time="2025-03",
  alt_o=["Pituffik Space Base"])
R("JD Vance", "works_for", "United States", A,
  {"02": "Vice President JD Vance"}, alt_o=["Donald Trump"], role="vice president")
R("JD Vance", "criticized", "Denmark", A,
  {"02": 'accused Denmark of having "not done a good job" by Greenlanders'}, time="2025-03",
  alt_s=["United States"])
R("Denmark", "criticized", "JD Vance", A,
  {"02": "Copenhagen called the remarks disrespectful"}, time="2025-03",
  alt_s=["Copenhagen"], alt_o=["United States"],
  why="Copenhagen, a place in this set, used for the government")
R("Pituffik Space Base", "located_in", "Greenland", A,
  {"02": "flying to Pituffik Space Base in the island's northwest"}, alt_p=["based_in"])
R("Denmark", "signed_agreement_with", "United States", A,
  {"02": "the 1951 Defence of Greenland Agreement between Denmark and the United States"},
  time="1951")
R("Denmark", "party_to", "Defence of Greenland Agreement", A,
  {"02": "the 1951 Defence of Greenland Agreement between Denmark and the United States"},
  time="1951")
R("United States", "party_to", "Defence of Greenland Agreement", A,
  {"02": "the 1951 Defence of Greenland Agreement between Denmark and the United States"},
  time="1951")
R("Denmark", "allied_with", "United States", REP,
  {"02": "Frederiksen said the United States remained Denmark's closest ally"})
R("Denmark", "member_of", "NATO", A, {"02": "Both countries are founding members of NATO"})
R("United States", "member_of", "NATO", A, {"02": "Both countries are founding members of NATO"})
R("Greenland", "member_of", "NATO", NEG,
  {"02": "Greenland does not hold a seat in the alliance in its own right"})
R("Greenland", "member_of", "European Union", NEG,
  {"02": "it left the European Community in 1985"}, why="no longer a member")
R("Greenland", "located_in", "Denmark", A, {"02": "remains part of the Kingdom of Denmark"})
R("Jens-Frederik Nielsen", "member_of", "Demokraatit", A,
  {"02": "Nielsen, whose Democrats party won the most votes"})
R("Greenland", "gained_independence_from", "Denmark", NEG,
  {"02": "Greenland has not declared independence from Denmark"})
R("Greenland", "gained_independence_from", "Denmark", PLA,
  {"02": "favours independence in the long run"}, req=False,
  why="Nielsen's long-run aim, not a plan with a date")

# ---- cluster A: 07 (HTML, Storskog and Arctic borders) ----
R("Jonas Gahr Støre", "head_of", "Norway", A,
  {"07": "Prime Minister Jonas Gahr Støre"}, role="prime minister")
R("Jonas Gahr Støre", "visited", "Kirkenes", A,
  {"07": "travelled to Kirkenes on Wednesday"}, time="2026-03-11")
R("Norway", "borders", "Russia", A, {"07": "Norway's 196-kilometre border with Russia"})
R("Storskog", "located_in", "Finnmark", A,
  {"07": "Storskog, which lies in the far north-eastern county of Finnmark"}, alt_o=["Norway"])
R("Norway", "trades_with", "Russia", REP,
  {"07": "Trade between Norway and Russia has shrunk but not stopped"},
  why="'customs officials say'")
R("Finland", "borders", "Russia", A, {"07": "Finland closed its 1,340-kilometre border with Russia"})
R("Finland", "criticized", "Russia", A,
  {"07": "accusing Moscow of pushing migrants towards its checkpoints"}, time="2023")
R("Finland", "member_of", "NATO", A, {"07": "Finland had joined NATO that April"})
R("Sweden", "member_of", "NATO", A, {"07": "Sweden followed in March 2024"})
R("Norway", "member_of", "European Union", NEG, {"07": "is not a member of the European Union"})
R("Russia", "member_of", "Barents Euro-Arctic Council", NEG,
  {"07": "walked out of the Barents Euro-Arctic Council in 2023"}, why="'and is no longer a member'")
R("Kirkenes", "located_in", "Sør-Varanger", A,
  {"07": "Sør-Varanger, the municipality that includes Kirkenes"})
R("International Barents Secretariat", "based_in", "Kirkenes", A,
  {"07": "The International Barents Secretariat remains based in Kirkenes"})
R("Kola Peninsula", "located_in", "Russia", A, {"07": "Russia's Kola Peninsula"})
R("Northern Fleet", "based_in", "Severomorsk", A,
  {"07": "the Northern Fleet, which is headquartered in Severomorsk"}, alt_o=["Kola Peninsula"])
R("Vladimir Putin", "head_of", "Russia", A, {"07": "Russian President Vladimir Putin"}, role="president")
R("Jonas Gahr Støre", "contacted", "Vladimir Putin", NEG,
  {"07": "had no plans to speak to Russian President Vladimir Putin"},
  alt_s=["Norway"], alt_o=["Russia"])
R("Norway", "diplomatic_relations_with", "Russia", A,
  {"07": "the embassies in both capitals were still working"}, req=False)
R("Jens Stoltenberg", "signed_agreement_with", "Dmitry Medvedev", A,
  {"07": "Jens Stoltenberg, then prime minister, and then-President Dmitry Medvedev signed the Barents Sea Treaty"},
  time="2010", alt_s=["Norway"], alt_o=["Russia"])
R("Norway", "party_to", "Barents Sea Treaty", A,
  {"07": "signed the Barents Sea Treaty in Murmansk"}, time="2010")
R("Russia", "party_to", "Barents Sea Treaty", A,
  {"07": "signed the Barents Sea Treaty in Murmansk"}, time="2010")
R("Jens Stoltenberg", "head_of", "Norway", A,
  {"07": "Jens Stoltenberg, then prime minister"}, time="2010", role="prime minister")
R("Dmitry Medvedev", "head_of", "Russia", A,
  {"07": "then-President Dmitry Medvedev"}, time="2010", role="president")
R("Norway", "in_conflict_with", "Russia", A,
  {"07": "dividing waters over which Norway and Russia had quarrelled for four decades"},
  time="197", req=False, why="a past dispute, four decades before 2010")
R("Jens Stoltenberg", "head_of", "NATO", A,
  {"07": "who went on to lead NATO from 2014 to 2024"}, time="2014", role="secretary-general")
R("Jens Stoltenberg", "works_for", "Norway", A,
  {"07": "returned to government as finance minister in February 2025"}, time="2025-02",
  role="finance minister")
R("Denmark", "signed_agreement_with", "Canada", A,
  {"07": "In June 2022 Denmark and Canada agreed to split Hans Island"}, time="2022-06")
R("Denmark", "borders", "Canada", A, {"07": "The two countries now share a land border"})
R("Denmark", "in_conflict_with", "Canada", NEG,
  {"07": "officials in both capitals insist they are no longer in dispute"})
R("Denmark", "in_conflict_with", "Canada", A,
  {"07": "ending a decades-old quarrel"}, req=False, why="the 'whisky war', now over")
R("Russia", "sanctioned", "Norway", HED,
  {"07": "Russia could hit back at the trawler case by restricting Norwegian vessels in its own economic zone"})

# ---- cluster B: 03 (wire, Sarstoon Protocol) ----
R("Bernardo Arévalo", "head_of", "Guatemala", A,
  {"03": "Guatemalan President Bernardo Arevalo", "08": "Guatemalan President Bernardo Arévalo"},
  time="2024-01", role="president", why="03: 'since he took office in January 2024'")
R("John Briceño", "head_of", "Belize", A,
  {"03": "Belize's prime minister, John Briceno", "08": "Belize's prime minister, John Briceño"},
  role="prime minister")
R("Bernardo Arévalo", "met_with", "John Briceño", A,
  {"03": "The two leaders met for about three hours"}, time="2026-04-14",
  alt_s=["Guatemala"], alt_o=["Belize"])
R("Bernardo Arévalo", "signed_agreement_with", "John Briceño", A,
  {"03": "signed an agreement on Tuesday to coordinate patrols on the Sarstoon River",
   "05": "When Bernardo Arévalo and John Briceño signed the Sarstoon Protocol",
   "08": "signed a river patrol protocol last week"},
  time="2026-04", alt_s=["Guatemala"], alt_o=["Belize"],
  why="03 and 05: Tuesday 14 April; 08: 'last week' before 24 April")
R("Guatemala", "party_to", "Sarstoon Protocol", A,
  {"03": "which officials are calling the Sarstoon Protocol",
   "05": "signed the Sarstoon Protocol at the border on Tuesday"}, time="2026-04")
R("Belize", "party_to", "Sarstoon Protocol", A,
  {"03": "which officials are calling the Sarstoon Protocol",
   "05": "signed the Sarstoon Protocol at the border on Tuesday"}, time="2026-04")
R("Bernardo Arévalo", "visited", "Belize", A,
  {"03": "on Arevalo's first visit to Belize"}, time="2026-04-14",
  alt_o=["Benque Viejo del Carmen"])
R("Benque Viejo del Carmen", "located_in", "Belize", A,
  {"03": "this Belizean border town"}, why="the dateline town")
R("Guatemala", "borders", "Belize", A, {"03": "the southern stretch of their border"})
R("Guatemala", "negotiating_with", "Belize", A,
  {"03": "after eight months of talks between the two foreign ministries"})
R("Carlos Ramiro Martínez", "works_for", "Guatemala", A,
  {"03": "led on the Guatemalan side by Foreign Minister Carlos Ramiro Martinez",
   "05": "Foreign Minister Carlos Ramiro Martínez told congress"}, role="foreign minister")
R("Belize", "negotiating_with", "Guatemala", NEG,
  {"03": "Belize would not negotiate the border with Guatemala",
   "05": "Neither man, however, has proposed talks on the border itself"},
  alt_s=["John Briceño"], why="talks on the border itself; the patrol talks are the asserted fact")
R("International Court of Justice", "based_in", "The Hague", A, {"03": "the court in The Hague"})
R("Bernardo Arévalo", "visited", "Belmopan", NEG, {"03": "Arevalo did not travel on to Belmopan"})
R("Belmopan", "capital_of", "Belize", A,
  {"03": "Belmopan, the capital", "05": "Belmopan, the Belizean capital"})
R("Guatemala", "in_conflict_with", "Belize", A,
  {"03": "Guatemala has claimed all or part of Belize since the 19th century",
   "05": "Guatemala still claims some 11,000 square kilometres of Belizean land"})
R("Guatemala", "signed_agreement_with", "Belize", A,
  {"03": "The two governments signed a Special Agreement in 2008"}, time="2008")
R("Guatemala", "party_to", "Guatemala-Belize Special Agreement", A,
  {"03": "The two governments signed a Special Agreement in 2008"}, time="2008")
R("Belize", "party_to", "Guatemala-Belize Special Agreement", A,
  {"03": "The two governments signed a Special Agreement in 2008"}, time="2008")
R("Albert Ramdin", "head_of", "Organization of American States", A,
  {"03": "Albert Ramdin, the veteran diplomat from Suriname who heads the Organization of American States"},
  role="secretary general")
R("Albert Ramdin", "citizen_of", "Suriname", A, {"03": "the veteran diplomat from Suriname"})
R("Organization of American States", "brokered", "Sarstoon Protocol", A,
  {"03": "whose staff helped broker the text"}, time="2026-04", alt_s=["Albert Ramdin"])
R("OAS Office in the Adjacency Zone", "based_in", "Adjacency Zone", A,
  {"03": "The OAS Office in the Adjacency Zone"})
R("Honduras", "in_conflict_with", "Belize", A,
  {"03": "Honduras, which disputes the Sapodilla Cayes with Belize",
   "05": "took Honduras to the International Court of Justice in 2022 over the Sapodilla Cayes"})
R("Honduras", "candidate_for", "Sarstoon Protocol", A, {"03": "was invited to sign"})
R("Honduras", "party_to", "Sarstoon Protocol", NEG, {"03": "it has not joined the protocol"})
R("Honduras", "party_to", "Sarstoon Protocol", HED,
  {"03": "Honduras could sign on later this year"}, time="2026")
R("Belize", "imports_from", "Guatemala", A,
  {"03": "Belize buys much of its fresh produce from Guatemala"}, alt_p=["trades_with"],
  commodity="fresh produce")
R("Guatemala", "trades_with", "Belize", A,
  {"03": "cross-border commerce between the two countries"})
R("Rosa Chi", "lives_in", "Melchor de Mencos", A, {"03": "who lives in Melchor de Mencos"})
R("Melchor de Mencos", "located_in", "Guatemala", A,
  {"03": "Melchor de Mencos, the Guatemalan town across the bridge"})
R("John Briceño", "visited", "Guatemala", HED,
  {"03": "Briceno said he expected to visit Guatemala before the end of the year"}, time="2026")

# ---- cluster B: 05 (analysis, the Guatemalan claim) ----
R("United Kingdom", "signed_agreement_with", "Guatemala", A,
  {"05": "In 1859 Britain and Guatemala signed the Anglo-Guatemalan Treaty"}, time="1859")
R("United Kingdom", "party_to", "Anglo-Guatemalan Treaty", A,
  {"05": "In 1859 Britain and Guatemala signed the Anglo-Guatemalan Treaty"}, time="1859")
R("Guatemala", "party_to", "Anglo-Guatemalan Treaty", A,
  {"05": "In 1859 Britain and Guatemala signed the Anglo-Guatemalan Treaty"}, time="1859")
R("Belize", "gained_independence_from", "United Kingdom", A,
  {"05": "Belize gained independence from Britain in September 1981"}, time="1981-09")
R("Guatemala", "recognizes", "Belize", NEG,
  {"05": "For a decade Guatemala refused to recognize the new state"},
  why="1981-1991; the recognition of 1991 is the asserted fact")
R("Guatemala", "recognizes", "Belize", A,
  {"05": "President Jorge Serrano Elías recognized Belize"}, time="1991")
R("United Kingdom", "supported", "Belize", A,
  {"05": "British troops stayed on to deter an invasion"})
R("Guatemala", "threatened", "Belize", A,
  {"05": "threatened Belize with annexation by force"}, time="197")
R("Guatemala", "attacked", "Belize", NEG,
  {"05": "Guatemala has not attacked Belize since independence"})
R("Jorge Serrano Elías", "head_of", "Guatemala", A,
  {"05": "President Jorge Serrano Elías"}, time="1991", role="president")
R("Guatemala", "diplomatic_relations_with", "Belize", A,
  {"05": "the two countries established diplomatic relations"}, time="1991",
  alt_p=["normalized_relations_with"])
R("British Army Training Support Unit Belize", "based_in", "Belize", A,
  {"05": "the British Army Training Support Unit Belize, based in Belize"})
R("Los Altos", "seceded_from", "Guatemala", A,
  {"05": "the western highlands broke away from Guatemala as the State of Los Altos"}, time="1838")
R("Quetzaltenango", "capital_of", "Los Altos", A, {"05": "with Quetzaltenango as its capital"})
R("Guatemala", "took_control_of", "Los Altos", A,
  {"05": "it took until 1840 for Guatemala to retake the region by force"}, time="1840")
R("Marisol Chen", "works_for", "University of Belize", A,
  {"05": "Marisol Chen, a historian at the University of Belize"}, role="historian")
R("University of Belize", "based_in", "Belmopan", A,
  {"05": "the University of Belize, which is based in Belmopan"})
R("Belize", "member_of", "CARICOM", A, {"05": "It is a member of the Caribbean Community, CARICOM"})
R("Belize", "member_of", "SICA", A,
  {"05": "sits alongside Guatemala in the Central American Integration System, SICA"})
R("Guatemala", "member_of", "SICA", A,
  {"05": "sits alongside Guatemala in the Central American Integration System, SICA"})

# ---- cluster B: 06 (reported piece, Gulf of Fonseca) ----
R("José Armando Reyes", "lives_in", "Amapala", A, {"06": "Reyes, 52, lives in Amapala"})
R("Amapala", "located_in", "Honduras", A, {"06": "Amapala, a sleepy Honduran port"})
R("Nayib Bukele", "head_of", "El Salvador", A,
  {"06": "El Salvador's president, Nayib Bukele"}, role="president")
R("Nayib Bukele", "criticized", "Nicaragua", A,
  {"06": 'accused Managua of "kidnapping working men"'}, time="2026-04", alt_s=["El Salvador"])
R("Alexandra Hill Tinoco", "works_for", "El Salvador", A,
  {"06": "Foreign Minister Alexandra Hill Tinoco"}, role="foreign minister")
R("Alexandra Hill Tinoco", "contacted", "Nicaragua", REP,
  {"06": "she had called her Nicaraguan counterpart twice"}, time="2026-04",
  alt_s=["El Salvador"])
R("Federation of Artisanal Fishers", "blockaded", "La Unión", A,
  {"06": "members of the Federation of Artisanal Fishers blockaded the Salvadoran port of La Unión"},
  time="2026-04-27", why="'On Monday' before Saturday 2 May")
R("La Unión", "located_in", "El Salvador", A, {"06": "the Salvadoran port of La Unión"})
R("Rigoberto Mejía", "lives_in", "La Unión", A, {"06": "who lives in La Unión"})
R("Rigoberto Mejía", "member_of", "Federation of Artisanal Fishers", A,
  {"06": "Rigoberto Mejía, a federation member"})
R("El Salvador", "attacked", "Honduras", A,
  {"06": "In July 1969 El Salvador's army attacked Honduras"}, time="1969-07")
R("El Salvador", "in_conflict_with", "Honduras", A,
  {"06": 'the "Football War" that followed lasted about 100 hours'}, time="1969")
R("El Salvador", "normalized_relations_with", "Honduras", A,
  {"06": "The two countries did not restore relations until 1980"}, time="1980",
  why="'until' a condition met in 1980")
R("El Salvador", "signed_agreement_with", "Honduras", A,
  {"06": "they signed the General Peace Treaty in Lima"}, time="1980")
R("El Salvador", "party_to", "General Peace Treaty", A,
  {"06": "they signed the General Peace Treaty in Lima"}, time="1980")
R("Honduras", "party_to", "General Peace Treaty", A,
  {"06": "they signed the General Peace Treaty in Lima"}, time="1980")
R("José Luis Bustamante y Rivero", "brokered", "General Peace Treaty", A,
  {"06": "a settlement mediated by José Luis Bustamante y Rivero"}, time="1980")
R("José Luis Bustamante y Rivero", "head_of", "Peru", A,
  {"06": "a former president of Peru"}, role="president", why="a former president; no date given")
R("José Luis Bustamante y Rivero", "citizen_of", "Peru", A,
  {"06": "a former president of Peru"}, req=False, why="inferred from the presidency")
R("El Salvador", "borders", "Honduras", A,
  {"06": "the 390-kilometre land border between El Salvador and Honduras"})
R("Meanguera", "located_in", "El Salvador", A,
  {"06": "awarded the island of Meanguera, at the mouth of the gulf, to El Salvador"})
R("Meanguera", "located_in", "Gulf of Fonseca", A,
  {"06": "the island of Meanguera, at the mouth of the gulf"})
R("Xiomara Castro", "head_of", "Honduras", A,
  {"06": "after Xiomara Castro's four-year term ended"}, role="president",
  why="her term, ended January 2026")
R("Honduras", "negotiating_with", "El Salvador", PLA,
  {"06": "now wants to host three-way talks in Amapala in June"}, time="2026-06",
  why="'El Salvador has accepted, Honduran officials said'")
R("Honduras", "negotiating_with", "Nicaragua", NEG, {"06": "has said it will not take part"})
R("El Salvador", "negotiating_with", "Nicaragua", NEG,
  {"06": "has said it will not take part"}, req=False, why="the third side of the three-way talks")
R("Honduras", "borders", "Nicaragua", A, {"06": "Nicaragua, Honduras's southern neighbour"})
R("Taiwan", "imports_from", "Honduras", A,
  {"06": "Taiwan was once their biggest customer"}, commodity="shrimp",
  why="past; the negated fact is the present")
R("Taiwan", "imports_from", "Honduras", NEG,
  {"06": "Taiwan no longer buys Honduran shrimp"}, commodity="shrimp")
R("Honduras", "diplomatic_relations_with", "Taiwan", NEG,
  {"06": "broke off relations with Taipei"})
R("Honduras", "normalized_relations_with", "China", A,
  {"06": "established ties with Beijing in March 2023",
   "08": "Honduras established ties with Beijing in 2023"},
  time="2023", alt_p=["diplomatic_relations_with", "recognizes"])
R("China", "imports_from", "Honduras", A,
  {"06": "China, which promised to take up the slack, has bought some"}, commodity="shrimp")
R("Nayib Bukele", "threatened", "Nicaragua", A,
  {"06": "El Salvador's navy would escort fishing boats if the men were not freed within a week"},
  time="2026-04-30", req=False, alt_s=["El Salvador"], why="a conditional warning")

# ---- cluster B: 08 (HTML, Nicaragua) ----
R("Russian Armed Forces", "visited", "Nicaragua", HED,
  {"08": "allows Russian troops, ships and aircraft to enter the country"}, time="2026",
  alt_o=["Corinto"], why="'Russian warships could call at Corinto'")
R("Corinto", "located_in", "Nicaragua", A, {"08": "Corinto, Nicaragua's main Pacific port"})
R("Daniel Ortega", "head_of", "Nicaragua", A,
  {"08": "who have ruled as co-presidents since a constitutional overhaul in 2025"},
  time="2025", role="co-president")
R("Rosario Murillo", "head_of", "Nicaragua", A,
  {"08": "who have ruled as co-presidents since a constitutional overhaul in 2025"},
  time="2025", role="co-president")
R("Nicaragua", "allied_with", "Russia", A,
  {"08": "Russia has long been their most dependable ally outside Latin America"},
  alt_s=["Daniel Ortega", "Rosario Murillo"])
R("Nicaragua", "imports_from", "Russia", A,
  {"08": "in 2016 Nicaragua bought dozens of T-72 tanks from Russia"}, time="2016",
  alt_p=["trades_with"], commodity="T-72 tanks")
R("Russia", "supported", "Nicaragua", A, {"08": "Russian instructors have trained its police"})
R("Russian Armed Forces", "based_in", "Nicaragua", NEG,
  {"08": "the Russian military has no base in Nicaragua and will not get one"})
R("United States", "criticized", "Nicaragua", A,
  {"08": "The U.S. State Department called the decree"}, time="2026-04",
  alt_s=["Washington", "U.S. State Department"], why="'Washington was quick to object'")
R("United States", "sanctioned", "Nicaragua", HED, {"08": "new sanctions on Nicaragua could follow"})
R("United States", "sanctioned", "Rosario Murillo", A,
  {"08": "The United States sanctioned Murillo in 2018"}, time="2018")
R("Nicaragua", "diplomatic_relations_with", "Taiwan", NEG,
  {"08": "Nicaragua broke off diplomatic relations with Taiwan in December 2021"})
R("Nicaragua", "normalized_relations_with", "China", A,
  {"08": "restored relations with Beijing"}, time="2021-12")
R("Nicaragua", "recognizes", "China", A, {"08": "which it had first recognized in 1985"}, time="1985")
R("Guatemala", "recognizes", "Taiwan", A, {"08": "only Guatemala and Belize still recognize Taiwan"})
R("Belize", "recognizes", "Taiwan", A, {"08": "only Guatemala and Belize still recognize Taiwan"})
R("Nicaragua", "diplomatic_relations_with", "Israel", NEG,
  {"08": "Nicaragua also cut diplomatic relations with Israel"})
R("Israel", "in_conflict_with", "Gaza", A, {"08": "the war in Gaza"}, req=False)
R("Nicaragua", "member_of", "Organization of American States", NEG,
  {"08": "completed its withdrawal from the Organization of American States, and it is no longer a member"})
R("Nicaragua", "borders", "Costa Rica", A, {"08": "Relations with Costa Rica, its southern neighbour"})
R("Nicaragua", "in_conflict_with", "Costa Rica", A, {"08": "a long-running border dispute"})
R("Nicaragua", "took_control_of", "Isla Portillos", A,
  {"08": "Nicaraguan troops occupied Isla Portillos"}, time="2010")
R("Isla Portillos", "located_in", "Costa Rica", A, {"08": "the territory belongs to Costa Rica"})
R("Rodrigo Chaves", "head_of", "Costa Rica", A,
  {"08": "Costa Rica's outgoing president, Rodrigo Chaves"}, role="president")
R("Rodrigo Chaves", "criticized", "Nicaragua", A,
  {"08": "called the Russian decree"}, time="2026-04-24", req=False, alt_s=["Costa Rica"],
  why="the decree is Nicaragua's; the object is implicit")
R("Nicaragua", "sanctioned", "Honduras", A,
  {"08": "Nicaragua imposed a 35 percent tariff on Honduran goods"}, time="1999")
R("Honduras", "signed_agreement_with", "Colombia", A,
  {"08": "a 1986 maritime treaty with Colombia"}, time="1986",
  why="the treaty has no name here, so no party_to")
R("Daniel Ortega", "head_of", "Sandinista National Liberation Front", A,
  {"08": "The Sandinista National Liberation Front, which Ortega leads"}, alt_p=["member_of"],
  role="leader")
R("Anastasio Somoza García", "killed", "Augusto César Sandino", A,
  {"08": "killed in 1934 on the orders of Anastasio Somoza García"}, time="1934")
R("United Kingdom", "took_control_of", "Corinto", A,
  {"08": "marines from Britain occupied Corinto in 1895"}, time="1895")
R("CIA", "attacked", "Nicaragua", A,
  {"08": "the CIA mined Nicaraguan harbours in 1984"}, time="1984", alt_s=["United States"])
R("United States", "imports_from", "Nicaragua", A,
  {"08": "The United States remains the largest buyer of Nicaraguan goods, gold above all"},
  alt_p=["trades_with"], commodity="gold")


# --- checks ------------------------------------------------------------------

def norm(s):
    """The scorer's normalisation of a name."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(text, name):
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I) is not None


def unit(s, p, o, modality):
    if p in SYMMETRIC and s > o:
        s, o = o, s
    return (s, p, o, POLARITY[modality])


def check(docs):
    errors = []
    ent = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"{name}: unknown type {typ}")
        if name in ent:
            errors.append(f"{name}: entity listed twice")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} names both {alias_owner[k]} and {name}")
            alias_owner[k] = name

    used_preds, units = Counter(), {}
    cited_in = {}  # entity -> docs citing a fact with it as subject or object
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        p = r["p"]
        if p not in PREDICATES:
            errors.append(f"{tag}: unknown predicate")
            continue
        used_preds[p] += 1
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: unknown modality")
        for side, allowed in (("s", PREDICATES[p][0]), ("o", PREDICATES[p][1])):
            if r[side] not in ent:
                errors.append(f"{tag}: unknown entity {r[side]}")
            elif ent[r[side]][0] not in allowed:
                errors.append(f"{tag}: {side} type {ent[r[side]][0]} not allowed for {p}")
        for a in r["alt_s"] + r["alt_o"]:
            if a not in ent:
                errors.append(f"{tag}: unknown alternative entity {a}")
        for a in r["alt_p"]:
            if a not in PREDICATES:
                errors.append(f"{tag}: unknown alternative predicate {a}")
        t = r["time"]
        if t is not None:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d\d(-\d\d)?)?", t):
                errors.append(f"{tag}: bad time {t}")
            if p in STATIC:
                errors.append(f"{tag}: static predicate with a time")
            if r["modality"] == "negated":
                errors.append(f"{tag}: negated fact with a time")
        if r["role"] and p not in ("head_of", "works_for"):
            errors.append(f"{tag}: role on {p}")
        if r["commodity"] and p != "imports_from":
            errors.append(f"{tag}: commodity on {p}")
        u = unit(r["s"], p, r["o"], r["modality"])
        if u in units:
            errors.append(f"{tag}: same unit as row {units[u]}")
        units[u] = i
        if not r["ev"]:
            errors.append(f"{tag}: no document")
        for key, quote in r["ev"].items():
            if key not in DOCS:
                errors.append(f"{tag}: unknown document {key}")
                continue
            text = docs[key]["text"]
            if quote not in text:
                errors.append(f"{tag}: quote not in {DOCS[key]}: {quote!r}")
            for side in ("s", "o"):
                e = r[side]
                if e in ent and not any(mentions(text, n) for n in [e] + ent[e][1]):
                    errors.append(f"{tag}: {e} not mentioned in {DOCS[key]}")
                cited_in.setdefault(e, set()).add(key)

    for p in PREDICATES:
        if not used_preds[p]:
            errors.append(f"predicate {p} unused")
    for name, (typ, aliases) in ent.items():
        if name not in cited_in:
            if not any(name in r["alt_s"] + r["alt_o"] for r in ROWS):
                errors.append(f"entity {name} is in no fact")
            continue
        for a in aliases:
            if not any(mentions(docs[k]["text"], a) for k in cited_in[name]):
                errors.append(f"alias {a!r} of {name} occurs in no document citing it")
    return errors, ent


def build(docs, ent):
    entities = [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES]
    triples, statements = [], []
    for r in ROWS:
        keys = sorted(r["ev"])
        note = "; ".join(f"{k}: '{r['ev'][k]}'" for k in keys)
        if r["role"]:
            note += f" (role: {r['role']})"
        if r["commodity"]:
            note += f" (commodity: {r['commodity']})"
        if r["why"]:
            note += f" -- {r['why']}"
        t = {"s": r["s"], "p": r["p"], "o": r["o"],
             "docs": [DOC_PREFIX + DOCS[k] for k in keys], "modality": r["modality"]}
        if r["time"]:
            t["time"] = r["time"]
        t["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                t[k] = r[k]
        t["note"] = note
        triples.append(t)
        for k in keys:
            d = docs[k]
            at = d["text"].index(r["ev"][k])
            start, _ = textutil.sentence_at(d["text"], at)
            _, end = textutil.sentence_at(d["text"], at + len(r["ev"][k]) - 1)
            st = {"subject": r["s"], "subject_type": ent[r["s"]][0],
                  "predicate": r["p"], "object": r["o"], "object_type": ent[r["o"]][0],
                  "modality": r["modality"], "time": r["time"] or "", "role": r["role"],
                  "confidence": 1.0, "source": f"corpus/{DOCS[k]}", "title": d["title"],
                  "published": d["date"], "sentence": d["text"][start:end],
                  "start": start, "end": end, "rule": "gold"}
            if r["commodity"]:
                st["commodity"] = r["commodity"]
            statements.append(st)
    return entities, triples, statements


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def stats(docs, triples):
    print(f"rows {len(triples)}  required {sum(t['required'] for t in triples)}  "
          f"optional {sum(not t['required'] for t in triples)}  entities {len(ENTITIES)}  "
          f"statements {sum(len(t['docs']) for t in triples)}  "
          f"with time {sum('time' in t for t in triples)}  "
          f"multi-document {sum(len(t['docs']) > 1 for t in triples)}")
    print("modalities:", dict(Counter(t["modality"] for t in triples).most_common()))
    print("predicates:", dict(sorted(Counter(t["p"] for t in triples).items())))
    print("entity types:", dict(Counter(t for _, t, _ in ENTITIES).most_common()))
    per = Counter(d for t in triples for d in t["docs"])
    neg = Counter(d for t in triples for d in t["docs"] if t["modality"] == "negated")
    for k, f in DOCS.items():
        d = docs[k]
        print(f"corpus/{f}\tcluster {CLUSTER[k]}\t{d['kind']}\t{d['date']}\t{d['words']} words\t"
              f"{per[DOC_PREFIX + f]} rows ({neg[DOC_PREFIX + f]} negated)")


def main():
    docs = {k: textutil.load(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}
    errors, ent = check(docs)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors; nothing written")
    entities, triples, statements = build(docs, ent)
    write_jsonl(os.path.join(ROOT, "entities.jsonl"), entities)
    write_jsonl(os.path.join(ROOT, "triples.jsonl"), triples)
    write_jsonl(os.path.join(ROOT, "selfcheck_statements.jsonl"), statements)
    if "--stats" in sys.argv:
        stats(docs, triples)
    else:
        print(f"ok: {len(entities)} entities, {len(triples)} facts, {len(statements)} statements")


if __name__ == "__main__":
    main()
