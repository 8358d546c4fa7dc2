#!/usr/bin/env python3
"""Hand-written gold standard of news set zzq: rows, checks, output.

    python3 tools/build_gold.py            # check, then write the three files
    python3 tools/build_gold.py --check    # check only
    python3 tools/build_gold.py --counts   # check and print the counts table

Writes, next to the corpus/ folder (the set's root):
  entities.jsonl               {"name", "type", "aliases"}
  triples.jsonl                {"s","p","o","docs","modality","time"?,"required","alt_s"?,"alt_p"?,"alt_o"?,"note"}
  selfcheck_statements.jsonl   one statement per gold row and document, in the
                               DESIGN.md export contract, for checking the scorer

Each row is written by hand below with, for every document it lists, the
evidence phrase that a reader finds in one sentence of that document. The
note of the row quotes those phrases as  zzq0N: '...'.

Checks (any failure stops the build):
  - every entity is declared once, no alias resolves to two entities;
  - subject and object types fit the predicate signature of SCHEMA.md (also for
    alt_s / alt_p / alt_o readings);
  - modality is one of the five of SCHEMA.md;
  - every evidence phrase lies inside one sentence of the named document
    (sentences from textutil.py);
  - time: an ISO 8601 prefix or a decade; it names its source (document and
    expression); the expression lies in that document's evidence sentence and
    resolves to exactly that time (explicit years as written; relative
    expressions against the publication date; wire stories have no year in
    the dateline, so there only an explicit year counts); negated rows and
    static relations carry no time;
  - no two rows are the same scoring unit (subject, predicate, object,
    polarity; symmetric predicates unordered);
  - article style: file names, word counts, wire dateline and credit line,
    newspaper title / Published / By lines, the HTML page parts, and no
    entity named in HTML boilerplate;
  - totals: all 34 predicates used, 200-260 rows, 20-25 negated.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ in the set
import textutil  # noqa: E402

CORPUS = os.path.join(ROOT, "corpus")
DOCS = OrderedDict([
    ("01", "zzq01-istanbul-prisoner-swap.txt"),
    ("02", "zzq02-kyiv-prisoners-return.txt"),
    ("03", "zzq03-maputo-rwanda-troop-deal.txt"),
    ("04", "zzq04-zaporizhzhia-bargaining-chip.txt"),
    ("05", "zzq05-sadc-harare-summit.txt"),
    ("06", "zzq06-mozambique-lng-restart.txt"),
    ("07", "zzq07-riyadh-envoys-meet.html"),
    ("08", "zzq08-macomia-attack.html"),
])
STYLE = {"01": "wire", "02": "wire", "03": "wire", "04": "newspaper", "05": "newspaper",
         "06": "newspaper", "07": "html", "08": "html"}

# ---------------------------------------------------------------- schema
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
PCO = {P, C, O}
PLACE = {R, CI, F}
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
    "met_with": (PCO, PCO),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (PCO, PCO),
    "contacted": (PCO, PCO),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (PCO, PCO),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (PCO, PCO),
    "diplomatic_relations_with": (PCO, PCO),
    "allied_with": (PCO, PCO),
    "recognizes": ({C}, {C}),
    "supported": (PCO, PCO | PLACE),
    "criticized": (PCO, PCO),
    "threatened": (PCO, PCO),
    "sanctioned": (PCO, PCO),
    "in_conflict_with": (PCO | {R}, PCO | {R}),
    "attacked": (PCO, PCO | PLACE),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (PCO, PCO | PLACE),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (PCO, PCO),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
STATIC = {"borders", "capital_of", "located_in", "citizen_of", "based_in", "lives_in",
          "diplomatic_relations_with"}

# ---------------------------------------------------------------- entities
ENTITIES = [
    # cluster 1: people
    ("Volodymyr Zelensky", P, ["Zelensky", "Zelenskiy", "Zelenskyy", "President Volodymyr Zelensky",
                               "Ukrainian President Volodymyr Zelensky"]),
    ("Vladimir Putin", P, ["Putin", "President Vladimir Putin", "Russian President Vladimir Putin"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "U.S. President Donald Trump",
                         "US President Donald Trump"]),
    ("Marco Rubio", P, ["Rubio", "Secretary of State Marco Rubio", "U.S. Secretary of State Marco Rubio"]),
    ("Steve Witkoff", P, ["Witkoff", "Steven Witkoff"]),
    ("Rustem Umerov", P, ["Umerov"]),
    ("Vladimir Medinsky", P, ["Medinsky"]),
    ("Hakan Fidan", P, ["Fidan", "Turkish Foreign Minister Hakan Fidan"]),
    ("Recep Tayyip Erdogan", P, ["Tayyip Erdogan", "Erdogan", "Erdoğan", "Recep Tayyip Erdoğan",
                                 "Turkish President Tayyip Erdogan"]),
    ("Kirill Dmitriev", P, ["Dmitriev"]),
    ("Dmitry Peskov", P, ["Peskov", "Dmitri Peskov"]),
    ("Pope Leo XIV", P, ["Leo XIV", "Pope Leo", "Leo", "Robert Prevost", "Robert Francis Prevost"]),
    ("Matteo Zuppi", P, ["Zuppi", "Cardinal Matteo Zuppi"]),
    ("Pietro Parolin", P, ["Parolin", "Cardinal Pietro Parolin"]),
    ("Andriy Sybiha", P, ["Sybiha"]),
    ("Kaja Kallas", P, ["Kallas"]),
    ("Viktor Orban", P, ["Orban", "Viktor Orbán", "Orbán"]),
    ("Serhiy Lytvyn", P, []),
    ("Halyna Lytvyn", P, []),
    ("Rafael Grossi", P, ["Grossi", "Rafael Mariano Grossi"]),
    ("Sergei Lavrov", P, ["Lavrov", "Sergey Lavrov"]),
    ("Iryna Melnyk", P, ["Melnyk"]),
    ("Mohammed bin Salman", P, ["MBS", "Crown Prince Mohammed bin Salman", "Mohammad bin Salman"]),
    ("Faisal bin Farhan", P, ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"]),
    ("Mark Rutte", P, ["Rutte"]),
    ("Ursula von der Leyen", P, ["von der Leyen"]),
    # cluster 2: people
    ("Daniel Chapo", P, ["Chapo", "President Daniel Chapo", "Mozambican President Daniel Chapo"]),
    ("Paul Kagame", P, ["Kagame", "Rwandan President Paul Kagame"]),
    ("Filipe Nyusi", P, ["Nyusi"]),
    ("Patrick Pouyanne", P, ["Pouyanne", "Patrick Pouyanné", "Pouyanné"]),
    ("Abudo Rachide", P, ["Rachide"]),
    ("Maria De Coppi", P, ["De Coppi", "Sister Maria De Coppi"]),
    ("Emmerson Mnangagwa", P, ["Mnangagwa"]),
    ("Hakainde Hichilema", P, ["Hichilema"]),
    ("Peter Mutharika", P, ["Mutharika", "Arthur Peter Mutharika"]),
    ("Cyril Ramaphosa", P, ["Ramaphosa"]),
    ("Elias Magosi", P, ["Magosi"]),
    ("Olivier Nduhungirehe", P, ["Nduhungirehe"]),
    ("Venancio Mondlane", P, ["Mondlane", "Venâncio Mondlane"]),
    ("Amina Saide", P, ["Saide"]),
    ("Tomas Muiuane", P, ["Muiuane", "Tomás Muiuane"]),
    ("Ronald Rwivanga", P, ["Rwivanga"]),
    ("Abu Yasir Hassan", P, ["Yasir Hassan"]),
    ("Ronald Lamola", P, ["Lamola"]),
    ("Maria Manuela Lucas", P, ["Manuela Lucas"]),
    ("Fatima Abdala", P, ["Abdala"]),
    # countries
    ("Ukraine", C, []),
    ("Russia", C, ["Russian Federation", "Kremlin"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Trump administration",
                          "U.S. administration", "Washington", "US government", "U.S. government"]),
    ("Turkey", C, ["Türkiye", "Turkiye", "Republic of Turkey"]),
    ("Saudi Arabia", C, ["Kingdom of Saudi Arabia"]),
    ("Holy See", C, ["Vatican", "Vatican City", "Vatican City State"]),
    ("United Arab Emirates", C, ["UAE", "U.A.E.", "Emirates"]),
    ("Belarus", C, []),
    ("Moldova", C, ["Republic of Moldova"]),
    ("Hungary", C, []),
    ("Slovakia", C, []),
    ("Poland", C, []),
    ("United Kingdom", C, ["UK", "U.K.", "Britain", "Great Britain"]),
    ("France", C, []),
    ("Netherlands", C, ["Holland"]),
    ("India", C, []),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("Soviet Union", C, ["USSR", "U.S.S.R."]),
    ("Mozambique", C, ["Republic of Mozambique"]),
    ("Rwanda", C, []),
    ("South Africa", C, []),
    ("Zimbabwe", C, []),
    ("Malawi", C, []),
    ("Zambia", C, []),
    ("Tanzania", C, ["United Republic of Tanzania"]),
    ("Botswana", C, []),
    ("Portugal", C, []),
    ("Italy", C, []),
    # organizations
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("European Union", O, ["EU", "E.U."]),
    ("European Commission", O, []),
    ("United Nations", O, ["UN", "U.N."]),
    ("International Atomic Energy Agency", O, ["IAEA"]),
    ("National Security and Defence Council", O, ["National Security and Defense Council", "NSDC",
                                                  "National Security and Defence Council of Ukraine",
                                                  "Ukraine's National Security and Defence Council"]),
    ("Russian Direct Investment Fund", O, ["RDIF"]),
    ("Rosselkhozbank", O, ["Russian Agricultural Bank"]),
    ("Rosatom", O, []),
    ("Energoatom", O, []),
    ("Roman Catholic Church", O, ["Catholic Church"]),
    ("Rosneft", O, []),
    ("Lukoil", O, []),
    ("Southern African Development Community", O, ["SADC"]),
    ("East African Community", O, ["EAC"]),
    ("M23", O, ["M23 rebels", "March 23 Movement"]),
    ("Ansar al-Sunna", O, ["al-Shabaab", "Ahlu Sunnah wal Jama'a", "Islamic State Mozambique Province",
                           "ISMP", "IS-Mozambique"]),
    ("Islamic State", O, ["IS", "ISIS", "ISIL", "Islamic State group"]),
    ("TotalEnergies", O, ["Total"]),
    ("U.S. Export-Import Bank", O, ["Export-Import Bank", "EXIM", "Export-Import Bank of the United States",
                                    "US Export-Import Bank", "EXIM Bank"]),
    ("Cabo Delgado Civic Forum", O, []),
    ("Frelimo", O, ["FRELIMO", "Frelimo party", "Mozambique Liberation Front"]),
    ("Renamo", O, ["RENAMO", "Mozambican National Resistance"]),
    ("Community of Sant'Egidio", O, ["Sant'Egidio", "Sant Egidio", "Community of Sant Egidio"]),
    ("Commonwealth", O, ["Commonwealth of Nations"]),
    ("Rwanda Defence Force", O, ["RDF", "Rwanda Defense Force", "Rwandan Defence Force"]),
    # cities
    ("Istanbul", CI, []),
    ("Moscow", CI, []),
    ("Kyiv", CI, ["Kiev"]),
    ("Odesa", CI, ["Odessa"]),
    ("Mariupol", CI, []),
    ("Kharkiv", CI, ["Kharkov"]),
    ("Enerhodar", CI, []),
    ("Vienna", CI, []),
    ("Riyadh", CI, []),
    ("Rome", CI, []),
    ("Maputo", CI, []),
    ("Pemba", CI, []),
    ("Palma", CI, []),
    ("Mocimboa da Praia", CI, ["Mocímboa da Praia", "Mocimboa"]),
    ("Harare", CI, []),
    ("Gaborone", CI, []),
    ("Lusaka", CI, []),
    ("Nacala", CI, []),
    ("Macomia", CI, []),
    # regions
    ("Crimea", R, ["Crimean peninsula"]),
    ("Transnistria", R, ["Trans-Dniester"]),
    ("Odesa region", R, ["Odesa Oblast", "Odessa region", "Odesa province"]),
    ("Zaporizhzhia region", R, ["Zaporizhzhia Oblast", "Zaporizhzhia province"]),
    ("Cabo Delgado", R, ["Cabo Delgado province"]),
    ("Afungi peninsula", R, ["Afungi"]),
    # facilities
    ("Zaporizhzhia Nuclear Power Plant", F, ["Zaporizhzhia plant", "Zaporizhzhia nuclear plant", "ZNPP",
                                             "Zaporizhia nuclear power plant"]),
    ("Dolmabahce Palace", F, ["Dolmabahçe Palace"]),
    ("Mozambique LNG", F, ["Mozambique LNG project"]),
    # agreements
    ("Istanbul humanitarian protocol", A, ["humanitarian protocol", "prisoner exchange protocol",
                                           "Istanbul protocol"]),
    ("Black Sea ceasefire", A, ["Black Sea truce", "maritime truce", "maritime ceasefire",
                                "ceasefire in the Black Sea"]),
    ("Black Sea Grain Initiative", A, ["Black Sea grain deal", "grain deal"]),
    ("Montreux Convention", A, ["1936 Montreux Convention"]),
    ("Rwanda-Mozambique status of forces agreement", A, ["status of forces agreement", "SOFA", "troop deal"]),
    ("Nkomati Accord", A, ["Nkomati Accords"]),
    ("Rome General Peace Accords", A, ["Rome General Peace Accord", "Rome peace accords",
                                       "General Peace Agreement for Mozambique"]),
]

# ---------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, mod, ev, time=None, tsrc=None, req=True, alt_s=(), alt_p=(), alt_o=(),
        role=None, commodity=None, com=None):
    ROWS.append(dict(s=s, p=p, o=o, mod=mod, ev=ev, time=time, tsrc=tsrc, req=req,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     role=role, commodity=commodity, com=com))


ASR, REP, HED, PLN, NEG = "asserted", "reported", "hedged", "planned", "negated"

# ===== cluster 1: Ukraine-Russia ceasefire diplomacy (01, 02, 04, 07)
# -- leaders, posts
row("Volodymyr Zelensky", "head_of", "Ukraine", ASR,
    {"01": "Ukrainian President Volodymyr Zelensky", "02": "Ukrainian President Volodymyr Zelensky",
     "04": "Ukrainian President Volodymyr Zelensky", "07": "Ukrainian President Volodymyr Zelensky"},
    role="president")
row("Vladimir Putin", "head_of", "Russia", ASR, {"01": "Russian President Vladimir Putin"}, role="president")
row("Donald Trump", "head_of", "United States", ASR,
    {"02": "U.S. President Donald Trump", "07": "President Donald Trump on Wednesday threatened Russia"},
    role="president", com="07 names him President in a story about Washington")
row("Recep Tayyip Erdogan", "head_of", "Turkey", ASR, {"01": "Turkish President Tayyip Erdogan"}, role="president")
row("Hakan Fidan", "works_for", "Turkey", ASR, {"01": "Turkish Foreign Minister Hakan Fidan"},
    role="foreign minister")
row("Rustem Umerov", "works_for", "National Security and Defence Council", ASR,
    {"01": "Rustem Umerov, secretary of Ukraine's National Security and Defence Council"},
    alt_o=["Ukraine"], role="secretary")
row("Vladimir Medinsky", "works_for", "Vladimir Putin", ASR,
    {"01": "Vladimir Medinsky, an aide to Russian President Vladimir Putin"}, alt_o=["Russia"], role="aide")
row("Steve Witkoff", "works_for", "United States", ASR,
    {"01": "U.S. special envoy Steve Witkoff", "04": "U.S. special envoy Steve Witkoff",
     "07": "Washington plans to send special envoy Steve Witkoff"},
    alt_o=["Donald Trump"], role="special envoy")
row("Kirill Dmitriev", "head_of", "Russian Direct Investment Fund", ASR,
    {"01": "Kirill Dmitriev, the head of the Russian Direct Investment Fund"}, role="head")
row("Kirill Dmitriev", "works_for", "Vladimir Putin", ASR,
    {"07": "Kirill Dmitriev, Putin's envoy for investment and economic cooperation"},
    alt_o=["Russia"], role="envoy")
row("Dmitry Peskov", "works_for", "Russia", ASR,
    {"01": "Kremlin spokesman Dmitry Peskov", "02": "Kremlin spokesman Dmitry Peskov"},
    alt_o=["Vladimir Putin"], role="spokesman", com="Kremlin read as Russia")
row("Pope Leo XIV", "head_of", "Roman Catholic Church", ASR,
    {"02": "Pope Leo XIV, the first American to lead the Roman Catholic Church"}, role="pope")
row("Pope Leo XIV", "citizen_of", "United States", ASR,
    {"02": "the first American to lead the Roman Catholic Church"})
row("Matteo Zuppi", "works_for", "Pope Leo XIV", ASR,
    {"02": "Cardinal Matteo Zuppi, the pope's peace envoy",
     "08": "Matteo Zuppi, is now a cardinal and Pope Leo XIV's envoy for peace in Ukraine"},
    alt_o=["Holy See"], role="peace envoy")
row("Andriy Sybiha", "works_for", "Ukraine", ASR, {"02": "Ukrainian Foreign Minister Andriy Sybiha"},
    role="foreign minister")
row("Kaja Kallas", "works_for", "European Union", ASR, {"02": "EU foreign policy chief Kaja Kallas"},
    role="foreign policy chief")
row("Viktor Orban", "head_of", "Hungary", ASR, {"02": "Hungary, whose prime minister Viktor Orban"},
    role="prime minister")
row("Rafael Grossi", "head_of", "International Atomic Energy Agency", ASR,
    {"04": "Rafael Grossi, the director general of the International Atomic Energy Agency"},
    role="director general")
row("Sergei Lavrov", "works_for", "Russia", ASR,
    {"04": "Russian Foreign Minister Sergei Lavrov", "07": "Russian Foreign Minister Sergei Lavrov"},
    role="foreign minister")
row("Marco Rubio", "works_for", "United States", ASR, {"07": "U.S. Secretary of State Marco Rubio"},
    role="secretary of state")
row("Faisal bin Farhan", "works_for", "Saudi Arabia", ASR,
    {"07": "Saudi Foreign Minister Prince Faisal bin Farhan"}, role="foreign minister")
row("Mohammed bin Salman", "head_of", "Saudi Arabia", ASR,
    {"07": "Crown Prince Mohammed bin Salman, Saudi Arabia's prime minister and de facto ruler"},
    role="crown prince and prime minister")
row("Mark Rutte", "head_of", "NATO", ASR, {"07": "NATO Secretary General Mark Rutte"}, role="secretary general")
row("Mark Rutte", "citizen_of", "Netherlands", ASR, {"07": "Mark Rutte, a former Dutch prime minister"})
row("Mark Rutte", "head_of", "Netherlands", ASR, {"07": "Mark Rutte, a former Dutch prime minister"},
    req=False, role="former prime minister", com="a former office: fine to find, fine to miss")
row("Ursula von der Leyen", "head_of", "European Commission", ASR,
    {"07": "European Commission President Ursula von der Leyen"}, role="president")
row("Pietro Parolin", "works_for", "Holy See", ASR,
    {"07": "Cardinal Pietro Parolin, the Vatican's secretary of state"}, role="secretary of state")
# -- people, places
row("Serhiy Lytvyn", "citizen_of", "Ukraine", ASR, {"02": "Serhiy Lytvyn, a 34-year-old Ukrainian marine"})
row("Halyna Lytvyn", "lives_in", "Kharkiv", ASR, {"02": "Halyna Lytvyn, who lives in Kharkiv"})
row("Iryna Melnyk", "lives_in", "Kyiv", ASR, {"04": "now lives in the Ukrainian capital, Kyiv"})
row("Kyiv", "capital_of", "Ukraine", ASR, {"04": "the Ukrainian capital, Kyiv"})
row("Riyadh", "capital_of", "Saudi Arabia", ASR, {"07": "Riyadh, the Saudi capital"})
row("International Atomic Energy Agency", "based_in", "Vienna", ASR, {"04": "the Vienna-based agency"})
row("Energoatom", "based_in", "Kyiv", ASR, {"04": "Energoatom, which is based in Kyiv"}, alt_o=["Ukraine"])
row("Dolmabahce Palace", "located_in", "Istanbul", ASR, {"01": "Istanbul's Dolmabahce Palace"},
    alt_p=["based_in"])
row("Zaporizhzhia Nuclear Power Plant", "located_in", "Enerhodar", ASR,
    {"04": "The plant stands in the town of Enerhodar"}, alt_p=["based_in"],
    alt_o=["Zaporizhzhia region", "Ukraine"])
row("Enerhodar", "located_in", "Zaporizhzhia region", ASR,
    {"04": "Enerhodar, on the southern bank of the Kakhovka reservoir in Ukraine's Zaporizhzhia region"},
    alt_o=["Ukraine"])
row("Zaporizhzhia region", "located_in", "Ukraine", ASR, {"04": "Ukraine's Zaporizhzhia region"})
row("Transnistria", "located_in", "Moldova", ASR,
    {"02": "Moldova's Russian-backed breakaway region of Transnistria"})
row("Transnistria", "seceded_from", "Moldova", ASR, {"02": "Transnistria, which split from Moldova in 1990"},
    time="1990", tsrc=("02", "1990"))
row("Odesa region", "borders", "Transnistria", ASR,
    {"02": "Odesa region borders Moldova's Russian-backed breakaway region of Transnistria"})
row("Odesa region", "borders", "Moldova", ASR,
    {"02": "Odesa region borders Moldova's Russian-backed breakaway region of Transnistria"}, req=False,
    com="follows from bordering a Moldovan region")
row("Russia", "supported", "Transnistria", ASR, {"02": "Moldova's Russian-backed breakaway region"})
row("Ukraine", "borders", "Belarus", ASR, {"02": "across Ukraine's border with Belarus"})
row("Poland", "borders", "Ukraine", ASR, {"07": "Poland, which borders Ukraine"})
row("Poland", "recognizes", "Ukraine", ASR,
    {"07": "was the first country to recognize Ukraine's independence from the Soviet Union in 1991"},
    time="1991", tsrc=("07", "1991"))
row("Ukraine", "gained_independence_from", "Soviet Union", ASR,
    {"07": "Ukraine's independence from the Soviet Union in 1991"}, time="1991", tsrc=("07", "1991"))
row("Poland", "member_of", "NATO", ASR, {"07": "It is a member of both NATO and the European Union"},
    com="'It' is Poland")
row("Poland", "member_of", "European Union", ASR, {"07": "It is a member of both NATO and the European Union"},
    com="'It' is Poland")
# -- Turkey
row("Turkey", "member_of", "NATO", ASR, {"01": "Turkey, a NATO member"})
row("Turkey", "party_to", "Montreux Convention", ASR, {"01": "a party to the 1936 Montreux Convention"})
row("Turkey", "supported", "Ukraine", ASR, {"01": "It has supplied Ukraine with armed drones"})
row("Turkey", "sanctioned", "Russia", NEG, {"01": "has refused to join Western sanctions against Russia"})
row("Turkey", "imports_from", "Russia", ASR, {"01": "Russia, from which it buys much of its natural gas"},
    commodity="natural gas")
row("Turkey", "normalized_relations_with", "Russia", ASR,
    {"01": "Ties between Ankara and Moscow were restored in 2016"}, time="2016", tsrc=("01", "2016"))
row("Turkey", "attacked", "Russia", ASR, {"01": "Turkey shot down a Russian warplane"}, req=False,
    com="a Russian warplane, read as Russia; the year is only 'the previous year', so no time")
row("Recep Tayyip Erdogan", "contacted", "Vladimir Putin", ASR,
    {"01": "Turkish President Tayyip Erdogan, who spoke by phone with Putin on Sunday"})
# -- the Istanbul round and the protocol
row("Ukraine", "signed_agreement_with", "Russia", ASR,
    {"01": "Ukraine and Russia agreed on Tuesday to exchange 1,200 prisoners of war each under a humanitarian protocol",
     "04": "The prisoner exchange protocol agreed by Kyiv and Moscow in Istanbul on Feb. 10",
     "07": "the prisoner exchange protocol that Ukraine and Russia signed in Istanbul last month"},
    time="2026-02-10", tsrc=("04", "Feb. 10"))
for who in ("Ukraine", "Russia"):
    row(who, "party_to", "Istanbul humanitarian protocol", ASR,
        {"01": "Ukraine and Russia agreed on Tuesday to exchange 1,200 prisoners of war each under a humanitarian protocol",
         "04": "The prisoner exchange protocol agreed by Kyiv and Moscow in Istanbul on Feb. 10",
         "07": "the prisoner exchange protocol that Ukraine and Russia signed in Istanbul last month"},
        time="2026-02-10", tsrc=("04", "Feb. 10"))
row("Turkey", "brokered", "Istanbul humanitarian protocol", REP,
    {"01": "a humanitarian protocol brokered by Turkey",
     "02": "thanking Turkey and the United Arab Emirates for their mediation"},
    com="01 in a sentence attributed to both delegations, 02 Zelensky's thanks")
row("United Arab Emirates", "brokered", "Istanbul humanitarian protocol", REP,
    {"01": "the United Arab Emirates, which has mediated dozens of earlier swaps, also helped broker the deal",
     "02": "thanking Turkey and the United Arab Emirates for their mediation"},
    com="01 attributes it to Ukrainian officials, 02 to Zelensky")
row("Ukraine", "negotiating_with", "Russia", ASR,
    {"01": "two days of talks in Istanbul ended without a deal",
     "04": "the peace talks between Ukraine and Russia that resumed in Istanbul two weeks ago"},
    time="2026-02", tsrc=("04", "two weeks ago"))
row("Ukraine", "met_with", "Russia", ASR, {"01": "two days of talks in Istanbul ended without a deal"},
    req=False, com="delegations meeting in person")
row("Rustem Umerov", "signed_agreement_with", "Vladimir Medinsky", ASR,
    {"01": "signed at Istanbul's Dolmabahce Palace by Rustem Umerov"}, req=False,
    com="the two delegation heads signed for their countries")
row("Vladimir Medinsky", "criticized", "Ukraine", ASR, {"01": "accused Kyiv of stalling earlier exchanges"})
row("Rustem Umerov", "criticized", "Vladimir Medinsky", ASR, {"01": "a charge Umerov rejected as \"cynical\""},
    req=False, com="rejected the charge")
row("Steve Witkoff", "visited", "Istanbul", ASR, {"01": "Steve Witkoff, who flew to Istanbul from Riyadh on Monday"})
row("Steve Witkoff", "met_with", "Vladimir Medinsky", REP, {"01": "met Medinsky and Kirill Dmitriev"})
row("Steve Witkoff", "met_with", "Kirill Dmitriev", REP, {"01": "met Medinsky and Kirill Dmitriev"})
row("Steve Witkoff", "contacted", "Rustem Umerov", REP, {"01": "Witkoff spoke by telephone with Umerov"})
row("Steve Witkoff", "met_with", "Rustem Umerov", NEG, {"01": "did not meet him in Istanbul"},
    com="'him' is Umerov")
for who in ("Ukraine", "Russia"):
    row(who, "party_to", "Black Sea ceasefire", NEG, {"01": "Ukraine and Russia did not agree to a Black Sea ceasefire"})
row("Russia", "attacked", "Odesa", REP,
    {"01": "Russian missile and drone strikes on Odesa",
     "02": "Russian drones and missiles hit port facilities in Odesa"},
    com="01 in a sentence attributed to diplomats, 02 to Ukrainian officials")
row("European Union", "sanctioned", "Rosselkhozbank", REP,
    {"01": "the European Union first lift its sanctions on Rosselkhozbank"})
row("Russia", "blockaded", "Odesa", ASR,
    {"01": "Russia's navy blockaded Odesa and other Ukrainian ports for months after the invasion in 2022"},
    time="2022", tsrc=("01", "2022"))
for who in ("Turkey", "United Nations"):
    row(who, "brokered", "Black Sea Grain Initiative", ASR,
        {"01": "Turkey and the United Nations then brokered the Black Sea Grain Initiative in July 2022"},
        time="2022-07", tsrc=("01", "July 2022"))
row("Vladimir Putin", "met_with", "Volodymyr Zelensky", NEG,
    {"01": "there were no plans for Putin to meet Ukrainian President Volodymyr Zelensky"},
    com="also 'has never agreed to a face-to-face meeting'")
row("Steve Witkoff", "visited", "Moscow", PLN, {"01": "Witkoff will travel to Moscow later this month"})
row("Steve Witkoff", "met_with", "Vladimir Putin", PLN,
    {"01": "Witkoff will travel to Moscow later this month to brief Putin"})
# -- the war
row("Russia", "attacked", "Ukraine", ASR,
    {"01": "Russia invaded Ukraine in February 2022",
     "02": "Russia had launched 96 drones and six ballistic missiles across the south",
     "04": "Russia launched its full-scale invasion of Ukraine, on Feb. 24, 2022"},
    time="2022-02-24", tsrc=("04", "Feb. 24, 2022"))
row("Russia", "in_conflict_with", "Ukraine", ASR,
    {"02": "Ukraine and Russia carried out the first stage of their largest prisoner exchange of the war",
     "04": "the war shows no sign of ending", "07": "Russia's war against Ukraine"})
row("Russia", "took_control_of", "Mariupol", ASR,
    {"02": "captured in Mariupol after Russian forces seized the city in May 2022"},
    time="2022-05", tsrc=("02", "May 2022"))
row("Russia", "took_control_of", "Crimea", ASR,
    {"02": "Russia has occupied Crimea since 2014", "07": "Russia annexed Crimea in 2014"},
    time="2014", tsrc=("07", "2014"))
row("Ukraine", "diplomatic_relations_with", "Russia", NEG, {"02": "Ukraine severed diplomatic relations with Russia"},
    com="severed on 24 February 2022: no relations now")
# -- the Vatican
row("Pope Leo XIV", "contacted", "Volodymyr Zelensky", REP, {"02": "had written to Zelensky and Putin in January"})
row("Pope Leo XIV", "contacted", "Vladimir Putin", REP, {"02": "had written to Zelensky and Putin in January"})
row("Holy See", "diplomatic_relations_with", "Ukraine", ASR,
    {"02": "The Vatican, which has had diplomatic relations with Ukraine since 1992"})
row("Pope Leo XIV", "criticized", "Vladimir Putin", NEG, {"02": "Leo has not publicly criticized Putin by name"})
# -- strike reactions, sanctions
row("Andriy Sybiha", "criticized", "Russia", ASR, {"02": "the strike showed Moscow was \"mocking\" the Istanbul process"})
row("Kaja Kallas", "criticized", "Russia", ASR, {"02": "Kaja Kallas condemned the attack"}, req=False,
    com="condemned the (Russian) attack")
row("European Union", "sanctioned", "Russia", HED,
    {"02": "The EU is expected to approve the package, which targets Russian oil tankers and banks"})
row("European Union", "sanctioned", "Russia", ASR,
    {"04": "The European Union, which has imposed 19 packages of sanctions on Russia since 2022"})
row("Viktor Orban", "allied_with", "Russia", ASR, {"02": "Viktor Orban has kept close ties with the Kremlin"})
# -- the plant
row("Russia", "took_control_of", "Zaporizhzhia Nuclear Power Plant", ASR,
    {"04": "in Russian hands since March 2022"}, time="2022-03", tsrc=("04", "March 2022"))
row("Rafael Grossi", "visited", "Enerhodar", ASR, {"04": "travelled to Enerhodar last week"},
    time="2026-02", tsrc=("04", "last week"))
row("Rafael Grossi", "met_with", "Sergei Lavrov", REP,
    {"04": "He then met Russian Foreign Minister Sergei Lavrov in Moscow on Friday"},
    time="2026-02-20", tsrc=("04", "on Friday"))
row("Rafael Grossi", "visited", "Moscow", REP,
    {"04": "He then met Russian Foreign Minister Sergei Lavrov in Moscow on Friday"},
    time="2026-02-20", tsrc=("04", "on Friday"), req=False, com="a meeting in Moscow implies the trip")
row("Rafael Grossi", "met_with", "Vladimir Putin", NEG, {"04": "Grossi did not meet Putin during the trip"})
row("Rosatom", "took_control_of", "Zaporizhzhia Nuclear Power Plant", ASR,
    {"04": "Rosatom took over the plant's management in October 2022"}, time="2022-10", tsrc=("04", "October 2022"))
row("Rosatom", "based_in", "Russia", ASR, {"04": "Russia's state nuclear corporation Rosatom"}, req=False,
    com="a Russian state company")
row("Energoatom", "criticized", "Rosatom", ASR, {"04": "has accused Rosatom of pressuring Ukrainian staff"})
row("United States", "took_control_of", "Zaporizhzhia Nuclear Power Plant", HED,
    {"04": "the United States could take over operation of the plant"})
row("Ukraine", "took_control_of", "Zaporizhzhia Nuclear Power Plant", PLN,
    {"04": "belongs to Ukraine and will return to Ukraine"}, req=False, com="Zelensky's stated aim")
row("European Union", "sanctioned", "Rosatom", NEG, {"04": "has not sanctioned Rosatom"})
for who in ("Hungary", "Slovakia"):
    row(who, "imports_from", "Russia", ASR, {"04": "Hungary and Slovakia depend on Russian nuclear fuel"},
        commodity="nuclear fuel")
row("Ukraine", "contacted", "European Union", ASR, {"04": "Kyiv has asked the EU to change that"}, req=False)
# -- Riyadh
row("Marco Rubio", "met_with", "Sergei Lavrov", ASR,
    {"07": "Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Thursday"},
    time="2026-03-05", tsrc=("07", "on Thursday"))
row("Marco Rubio", "visited", "Riyadh", ASR,
    {"07": "Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Thursday"},
    time="2026-03-05", tsrc=("07", "on Thursday"), req=False, com="a meeting in Riyadh implies the trip")
row("Sergei Lavrov", "visited", "Riyadh", ASR,
    {"07": "Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Thursday"},
    time="2026-03-05", tsrc=("07", "on Thursday"), req=False, com="a meeting in Riyadh implies the trip")
row("United States", "negotiating_with", "Russia", ASR,
    {"07": "the highest-level talks between the two governments"},
    time="2026-03-05", tsrc=("07", "on Thursday"), alt_s=["Marco Rubio"], alt_o=["Sergei Lavrov"])
row("United States", "met_with", "Russia", ASR, {"07": "U.S. and Russian envoys meet in Riyadh"}, req=False,
    com="headline; the envoys are Rubio and Lavrov")
row("Mohammed bin Salman", "met_with", "Marco Rubio", ASR, {"07": "received Rubio and Lavrov before the talks began"})
row("Mohammed bin Salman", "met_with", "Sergei Lavrov", ASR, {"07": "received Rubio and Lavrov before the talks began"})
row("Volodymyr Zelensky", "visited", "Riyadh", NEG, {"07": "who did not travel to Riyadh"})
row("Steve Witkoff", "visited", "Kyiv", PLN, {"07": "Washington plans to send special envoy Steve Witkoff to Kyiv next week"},
    time="2026-03", tsrc=("07", "next week"))
row("Steve Witkoff", "met_with", "Volodymyr Zelensky", PLN, {"07": "to Kyiv next week to brief Zelensky"},
    time="2026-03", tsrc=("07", "next week"))
row("United States", "contacted", "Ukraine", PLN, {"07": "Washington would present the results to Kyiv"}, req=False)
row("Russia", "normalized_relations_with", "United States", PLN,
    {"07": "Moscow wanted to normalize relations with Washington"}, com="reported wish")
row("Donald Trump", "threatened", "Russia", ASR, {"07": "President Donald Trump on Wednesday threatened Russia"},
    time="2026-03-04", tsrc=("07", "on Wednesday"))
for who in ("India", "China"):
    row(who, "imports_from", "Russia", ASR, {"07": "India and China, which import most of Russia's seaborne crude"},
        commodity="crude oil")
row("China", "trades_with", "Russia", ASR, {"07": "China is also Russia's largest trading partner"})
for co in ("Rosneft", "Lukoil"):
    row("United States", "sanctioned", co, ASR, {"07": "Washington imposed sanctions on Rosneft and Lukoil"},
        time="2025-10", tsrc=("07", "October 2025"))
row("Saudi Arabia", "diplomatic_relations_with", "Russia", ASR,
    {"07": "Saudi Arabia, which has diplomatic relations with both Moscow and Kyiv"})
row("Saudi Arabia", "diplomatic_relations_with", "Ukraine", ASR,
    {"07": "Saudi Arabia, which has diplomatic relations with both Moscow and Kyiv"})
row("Saudi Arabia", "sanctioned", "Russia", NEG, {"07": "has not joined Western sanctions on Russia"})
row("United Kingdom", "allied_with", "United States", ASR, {"07": "Britain, Washington's closest ally in Europe"})
for who in ("United Kingdom", "France"):
    row(who, "supported", "Ukraine", PLN, {"07": "plan to station a reassurance force in Ukraine after a ceasefire"})
row("Ukraine", "candidate_for", "NATO", ASR, {"07": "Ukraine, which applied to join NATO in September 2022"},
    time="2022-09", tsrc=("07", "September 2022"))
row("Ukraine", "member_of", "NATO", NEG, {"07": "is not a member of the alliance"})
row("Ukraine", "candidate_for", "European Union", ASR,
    {"07": "Ukraine has been a candidate for European Union membership since June 2022"},
    time="2022-06", tsrc=("07", "June 2022"))
row("Ukraine", "member_of", "European Union", HED, {"07": "Ukraine could join the bloc by 2030"})
row("Pietro Parolin", "met_with", "Marco Rubio", ASR, {"07": "met Rubio in Rome last month"},
    time="2026-02", tsrc=("07", "last month"))
row("Marco Rubio", "visited", "Rome", ASR, {"07": "met Rubio in Rome last month"},
    time="2026-02", tsrc=("07", "last month"), req=False, com="a meeting in Rome implies the trip")

# ===== cluster 2: Southern Africa and SADC (03, 05, 06, 08)
# -- the status of forces agreement
row("Mozambique", "signed_agreement_with", "Rwanda", ASR,
    {"03": "Mozambique and Rwanda signed a status of forces agreement on Tuesday",
     "05": "a status of forces agreement it signed with Mozambique in November",
     "08": "a status of forces agreement that Kigali and Maputo formalized in November"},
    time="2025-11", tsrc=("05", "in November"), com="03 attributes it to Mozambique's presidency")
for who in ("Mozambique", "Rwanda"):
    row(who, "party_to", "Rwanda-Mozambique status of forces agreement", ASR,
        {"03": "Mozambique and Rwanda signed a status of forces agreement on Tuesday",
         "05": "a status of forces agreement it signed with Mozambique in November",
         "08": "a status of forces agreement that Kigali and Maputo formalized in November"},
        time="2025-11", tsrc=("05", "in November"))
row("Daniel Chapo", "signed_agreement_with", "Paul Kagame", ASR,
    {"03": "Mozambican President Daniel Chapo and Rwandan President Paul Kagame signed the accord in Maputo"},
    req=False, com="the presidents signed for their countries")
row("Daniel Chapo", "head_of", "Mozambique", ASR,
    {"03": "Mozambican President Daniel Chapo", "05": "Mozambican President Daniel Chapo",
     "06": "to meet President Daniel Chapo", "08": "Mozambican President Daniel Chapo"},
    role="president", com="06 gives only the title in a story about Mozambique")
row("Paul Kagame", "head_of", "Rwanda", ASR,
    {"03": "Rwandan President Paul Kagame", "08": "Rwandan President Paul Kagame"}, role="president")
row("Paul Kagame", "visited", "Mozambique", ASR, {"03": "It was Kagame's first visit to Mozambique"},
    alt_o=["Maputo"])
row("Paul Kagame", "met_with", "Daniel Chapo", ASR,
    {"03": "Daniel Chapo and Rwandan President Paul Kagame signed the accord in Maputo, the Mozambican capital, after three hours of talks"})
row("Maputo", "capital_of", "Mozambique", ASR, {"03": "Maputo, the Mozambican capital"})
row("Rwanda", "supported", "Mozambique", ASR,
    {"03": "Rwanda first sent about 1,000 soldiers and police officers to Cabo Delgado in July 2021",
     "05": "has kept about 4,000 troops in Cabo Delgado",
     "06": "Rwandan soldiers patrol a 25-km zone around it",
     "08": "its soldiers have been in Cabo Delgado since 2021"},
    time="2021-07", tsrc=("03", "July 2021"), alt_o=["Cabo Delgado"],
    com="troops sent at Mozambique's request")
row("Filipe Nyusi", "head_of", "Mozambique", ASR, {"03": "Chapo's predecessor, Filipe Nyusi"}, req=False,
    role="former president", com="a former office")
row("Rwanda", "borders", "Mozambique", NEG, {"03": "Rwanda, which does not border Mozambique"})
for who in ("Rwanda", "Mozambique"):
    row(who, "took_control_of", "Mocimboa da Praia", ASR,
        {"03": "Together with Mozambican forces, the Rwandans retook the port town of Mocimboa da Praia in August 2021"},
        time="2021-08", tsrc=("03", "August 2021"))
row("Ansar al-Sunna", "member_of", "Islamic State", ASR,
    {"03": "Ansar al-Sunna, a group affiliated with Islamic State since 2019"}, time="2019", tsrc=("03", "since 2019"))
row("Ansar al-Sunna", "took_control_of", "Mocimboa da Praia", ASR, {"03": "had seized the town in August 2020"},
    time="2020-08", tsrc=("03", "August 2020"))
row("Cabo Delgado Civic Forum", "based_in", "Pemba", ASR,
    {"03": "The Cabo Delgado Civic Forum, a Pemba-based rights group",
     "06": "The Cabo Delgado Civic Forum, a rights group based in Pemba"})
for who in ("Mozambique", "Rwanda"):
    row("Cabo Delgado Civic Forum", "criticized", who, ASR, {"03": "criticized Maputo and Kigali over that clause"})
row("Abudo Rachide", "head_of", "Cabo Delgado Civic Forum", ASR, {"03": "the group's director, Abudo Rachide"},
    role="director")
row("TotalEnergies", "supported", "Rwanda", NEG,
    {"03": "Rwanda has denied that TotalEnergies pays for its deployment",
     "06": "Pouyanne denied that TotalEnergies pays Rwanda for that protection"})
row("European Union", "supported", "Rwanda", ASR,
    {"03": "financed by Kigali with help from the European Union",
     "06": "Rwanda's deployment is funded partly by the European Union"},
    com="03 reports it as Rwanda's statement")
row("European Union", "supported", "Rwanda", HED,
    {"08": "if the European Union did not renew funding that expires in May"}, req=False,
    com="renewal undecided")
row("TotalEnergies", "based_in", "France", ASR,
    {"03": "The French energy company declared force majeure", "06": "forced the French company to halt work"})
row("Ansar al-Sunna", "attacked", "Palma", ASR,
    {"03": "insurgents attacked the nearby town of Palma in March 2021",
     "06": "an attack on the nearby town of Palma by Ansar al-Sunna insurgents"},
    time="2021-03", tsrc=("03", "March 2021"))
row("Patrick Pouyanne", "head_of", "TotalEnergies", ASR,
    {"03": "Chief executive Patrick Pouyanne", "06": "chief executive Patrick Pouyanne"}, role="chief executive")
row("U.S. Export-Import Bank", "supported", "Mozambique LNG", ASR,
    {"03": "The U.S. Export-Import Bank approved a $4.7 billion loan for the project in March 2025",
     "06": "backed by the U.S. Export-Import Bank, which approved a $4.7 billion loan in March 2025"},
    time="2025-03", tsrc=("03", "March 2025"), alt_o=["TotalEnergies"])
row("Ansar al-Sunna", "killed", "Maria De Coppi", ASR, {"03": "insurgents killed Maria De Coppi"},
    time="2022-09", tsrc=("03", "September 2022"))
row("Rwanda", "in_conflict_with", "Ansar al-Sunna", ASR, {"03": "the Rwandan troops fighting Islamist insurgents"},
    req=False, com="the insurgents are named Ansar al-Sunna two paragraphs later")
row("Maria De Coppi", "citizen_of", "Italy", ASR, {"03": "Maria De Coppi, an Italian Catholic nun"})
# -- Harare summit
row("Southern African Development Community", "supported", "Mozambique", ASR,
    {"05": "SADC deployed its mission, known as SAMIM, to Cabo Delgado in July 2021"},
    time="2021-07", tsrc=("05", "July 2021"), alt_o=["Cabo Delgado"])
row("Southern African Development Community", "supported", "Mozambique", HED,
    {"05": "SADC's standby force could deploy to Mozambique within 90 days"})
row("Cabo Delgado", "located_in", "Mozambique", ASR,
    {"05": "Mozambique's Cabo Delgado province", "06": "Cabo Delgado, the northernmost province of Mozambique",
     "08": "Mozambique's Cabo Delgado province"})
row("Emmerson Mnangagwa", "head_of", "Zimbabwe", ASR, {"05": "Zimbabwean President Emmerson Mnangagwa"},
    role="president")
row("Harare", "capital_of", "Zimbabwe", ASR, {"05": "Harare, the Zimbabwean capital"})
row("Zimbabwe", "allied_with", "Mozambique", ASR, {"05": "Zimbabwe and Mozambique are close allies"})
row("Zimbabwe", "supported", "Mozambique", ASR,
    {"05": "Zimbabwean troops fought alongside Mozambique's army during its civil war in the 1980s"},
    time="198", tsrc=("05", "1980s"))
row("Daniel Chapo", "visited", "Harare", ASR, {"05": "Daniel Chapo flew to Harare on Sunday"},
    time="2026-01-18", tsrc=("05", "on Sunday"))
row("Daniel Chapo", "met_with", "Hakainde Hichilema", ASR,
    {"05": "held talks with Zambian President Hakainde Hichilema on the sidelines of the summit on Monday"},
    time="2026-01-19", tsrc=("05", "on Monday"))
row("Hakainde Hichilema", "head_of", "Zambia", ASR, {"05": "Zambian President Hakainde Hichilema"}, role="president")
row("Peter Mutharika", "head_of", "Malawi", ASR,
    {"05": "Malawi's President Peter Mutharika", "08": "Malawian President Peter Mutharika"}, role="president")
row("Cyril Ramaphosa", "head_of", "South Africa", ASR,
    {"05": "South Africa's Cyril Ramaphosa", "06": "President Cyril Ramaphosa telephoned Chapo"},
    role="president", com="05 elides the title after 'Malawi's President'")
for who in ("Peter Mutharika", "Cyril Ramaphosa"):
    row(who, "visited", "Harare", ASR,
        {"05": "Malawi's President Peter Mutharika and South Africa's Cyril Ramaphosa also attended"},
        req=False, com="attended the summit held in Harare")
row("South Africa", "supported", "Mozambique", NEG,
    {"05": "Ramaphosa said South Africa would not send troops back to Mozambique"})
row("Elias Magosi", "head_of", "Southern African Development Community", ASR,
    {"05": "The bloc's executive secretary, Elias Magosi"}, role="executive secretary")
row("Southern African Development Community", "based_in", "Gaborone", ASR,
    {"05": "SADC has its headquarters in Gaborone, Botswana"}, alt_o=["Botswana"])
row("Gaborone", "located_in", "Botswana", ASR, {"05": "Gaborone, Botswana"})
for who in ("Mozambique", "South Africa", "Zimbabwe", "Malawi", "Zambia", "Tanzania"):
    row(who, "member_of", "Southern African Development Community", ASR,
        {"05": "its 16 members include Mozambique, South Africa, Zimbabwe, Malawi, Zambia and Tanzania"})
row("Rwanda", "member_of", "East African Community", ASR, {"05": "Rwanda, which belongs to the East African Community"})
row("Rwanda", "member_of", "Southern African Development Community", NEG, {"05": "is not a member of SADC"})
row("Olivier Nduhungirehe", "works_for", "Rwanda", ASR, {"05": "Rwandan Foreign Minister Olivier Nduhungirehe"},
    role="foreign minister")
row("Olivier Nduhungirehe", "visited", "Harare", ASR, {"05": "attended the summit as an observer"}, req=False,
    com="attended the summit held in Harare")
row("Paul Kagame", "visited", "Harare", NEG, {"05": "Kagame did not travel to Harare"})
row("Rwanda", "supported", "M23", REP,
    {"05": "UN experts have accused Rwanda of backing the M23 rebels in eastern Congo"},
    com="the accusation; Kigali's denial is the negated row")
row("Rwanda", "supported", "M23", NEG, {"05": "a charge Kigali denies"})
row("United Nations", "criticized", "Rwanda", ASR, {"05": "UN experts have accused Rwanda"}, req=False,
    com="UN experts, read as the UN")
row("South Africa", "criticized", "Rwanda", ASR, {"05": "South Africa has criticized Rwanda over the deaths of its soldiers"})
row("Tanzania", "borders", "Cabo Delgado", ASR,
    {"05": "Tanzania, which borders Cabo Delgado across the Rovuma River",
     "06": "Cabo Delgado, the northernmost province of Mozambique, close to the border with Tanzania"})
row("Mozambique", "negotiating_with", "Ansar al-Sunna", NEG,
    {"05": "his government had no plans to negotiate with the insurgents of Ansar al-Sunna",
     "08": "his government would not negotiate with"},
    alt_s=["Daniel Chapo"], com="'his government' is Chapo's")
row("Mozambique", "in_conflict_with", "Ansar al-Sunna", ASR,
    {"05": "The conflict between the Mozambican state and Ansar al-Sunna"})
row("Daniel Chapo", "member_of", "Frelimo", ASR, {"05": "Chapo, of the Frelimo party"})
row("Mozambique", "gained_independence_from", "Portugal", ASR, {"05": "independence from Portugal in 1975"},
    time="1975", tsrc=("05", "1975"))
row("Venancio Mondlane", "lives_in", "Maputo", ASR, {"05": "Venancio Mondlane, who lives in Maputo"})
row("Venancio Mondlane", "criticized", "Southern African Development Community", ASR,
    {"05": "called the summit \"a club of incumbents\""}, req=False, com="the summit of SADC")
row("Zambia", "trades_with", "Mozambique", REP,
    {"05": "Zambia's trade with Mozambique has more than doubled since 2020"})
row("Nacala", "located_in", "Mozambique", ASR, {"05": "the Mozambican port of Nacala"})
row("Lusaka", "capital_of", "Zambia", ASR, {"05": "Lusaka, the Zambian capital"})
# -- LNG restart
row("Mozambique LNG", "located_in", "Afungi peninsula", ASR,
    {"06": "The $20 billion plant is being built on the Afungi peninsula"},
    alt_p=["based_in"], alt_o=["Cabo Delgado", "Mozambique"])
row("Afungi peninsula", "located_in", "Cabo Delgado", ASR, {"06": "the Afungi peninsula in Cabo Delgado"},
    alt_o=["Mozambique"])
row("Patrick Pouyanne", "visited", "Pemba", ASR, {"06": "Pouyanne flew to Pemba, the provincial capital, on Thursday"},
    time="2026-01-29", tsrc=("06", "on Thursday"))
row("Pemba", "capital_of", "Cabo Delgado", ASR,
    {"06": "Pemba, the provincial capital", "08": "Pemba, the provincial capital"})
row("Patrick Pouyanne", "met_with", "Daniel Chapo", ASR,
    {"06": "Pouyanne flew to Pemba, the provincial capital, on Thursday to meet President Daniel Chapo"},
    time="2026-01-29", tsrc=("06", "on Thursday"))
row("TotalEnergies", "signed_agreement_with", "Rwanda", NEG,
    {"06": "The company has never signed a security agreement with Rwanda"})
row("South Africa", "imports_from", "Mozambique", ASR,
    {"06": "South Africa, which imports natural gas from Mozambique's Pande and Temane fields"},
    commodity="natural gas")
row("Cyril Ramaphosa", "contacted", "Daniel Chapo", REP, {"06": "President Cyril Ramaphosa telephoned Chapo on Friday"},
    time="2026-01-30", tsrc=("06", "on Friday"))
row("Zimbabwe", "imports_from", "Mozambique", ASR,
    {"06": "Zimbabwe, which buys electricity from Mozambique's Cahora Bassa dam"}, commodity="electricity")
row("Malawi", "imports_from", "Mozambique", PLN,
    {"06": "Malawi, which plans to start importing power from Mozambique"}, commodity="electricity")
row("Mozambique", "signed_agreement_with", "South Africa", ASR,
    {"06": "In 1984 the two neighbours signed the Nkomati Accord"}, time="1984", tsrc=("06", "1984"))
for who in ("Mozambique", "South Africa"):
    row(who, "party_to", "Nkomati Accord", ASR, {"06": "In 1984 the two neighbours signed the Nkomati Accord"},
        time="1984", tsrc=("06", "1984"))
row("Mozambique", "borders", "South Africa", ASR, {"06": "In 1984 the two neighbours signed the Nkomati Accord"},
    com="'the two neighbours' are Mozambique and South Africa")
row("Cabo Delgado Civic Forum", "criticized", "TotalEnergies", ASR,
    {"06": "criticized TotalEnergies for failing to compensate"})
row("Amina Saide", "lives_in", "Palma", ASR, {"06": "Amina Saide, a fishmonger who lives in Palma"})
row("Mozambique", "allied_with", "Rwanda", ASR,
    {"06": "the army and its Rwandan allies", "08": "Rwanda is Mozambique's closest security partner"})
# -- Macomia
row("Ansar al-Sunna", "attacked", "Macomia", REP, {"08": "Insurgents from Ansar al-Sunna attacked Macomia"},
    time="2026-03-10", tsrc=("08", "on Tuesday"))
row("Ansar al-Sunna", "killed", "Tomas Muiuane", REP,
    {"08": "killing at least 11 civilians and the district administrator, Tomas Muiuane"},
    time="2026-03-10", tsrc=("08", "on Tuesday"))
row("Macomia", "located_in", "Cabo Delgado", ASR,
    {"08": "Macomia, a district capital in Mozambique's Cabo Delgado province"}, alt_o=["Mozambique"])
row("Islamic State", "attacked", "Macomia", REP, {"08": "Islamic State claimed responsibility for the raid"},
    req=False, com="a claim of responsibility")
for who in ("Rwanda", "Mozambique"):
    row(who, "took_control_of", "Macomia", REP,
        {"08": "Rwandan and Mozambican forces regained control of the town by Wednesday evening"},
        time="2026-03-11", tsrc=("08", "Wednesday"))
row("Ronald Rwivanga", "works_for", "Rwanda Defence Force", ASR,
    {"08": "Ronald Rwivanga, the spokesman of the Rwanda Defence Force"}, alt_o=["Rwanda"], role="spokesman")
row("Ansar al-Sunna", "took_control_of", "Pemba", NEG, {"08": "The insurgents have never captured Pemba"})
row("Fatima Abdala", "lives_in", "Pemba", ASR, {"08": "who fled Macomia in 2020 and now lives in Pemba"})
row("Ansar al-Sunna", "threatened", "TotalEnergies", ASR, {"08": "the group threatened TotalEnergies"},
    time="2026-03", tsrc=("08", "last week"))
row("Daniel Chapo", "visited", "Cabo Delgado", NEG, {"08": "who did not travel to Cabo Delgado this week"})
row("Community of Sant'Egidio", "based_in", "Rome", ASR, {"08": "the Rome-based Community of Sant'Egidio"})
row("Community of Sant'Egidio", "brokered", "Rome General Peace Accords", ASR,
    {"08": "Community of Sant'Egidio, which brokered the Rome General Peace Accords of 1992"},
    time="1992", tsrc=("08", "1992"))
for who, alts in (("Mozambique", ["Frelimo"]), ("Renamo", [])):
    row(who, "party_to", "Rome General Peace Accords", ASR,
        {"08": "the Rome General Peace Accords of 1992 that ended the civil war between the Frelimo government and Renamo rebels"},
        time="1992", tsrc=("08", "1992"), alt_s=alts)
row("Mozambique", "in_conflict_with", "Renamo", ASR,
    {"08": "the civil war between the Frelimo government and Renamo rebels"}, alt_s=["Frelimo"])
row("Matteo Zuppi", "brokered", "Rome General Peace Accords", ASR,
    {"08": "One of the Sant'Egidio mediators in 1992, Matteo Zuppi"}, time="1992", tsrc=("08", "1992"))
row("Matteo Zuppi", "member_of", "Community of Sant'Egidio", ASR,
    {"08": "One of the Sant'Egidio mediators in 1992, Matteo Zuppi"}, req=False)
row("Peter Mutharika", "visited", "Maputo", ASR, {"08": "Peter Mutharika, who arrived in Maputo on Wednesday"},
    time="2026-03-11", tsrc=("08", "on Wednesday"))
row("Peter Mutharika", "criticized", "Ansar al-Sunna", ASR, {"08": "condemned the attack"}, req=False,
    com="condemned the insurgents' attack")
row("Peter Mutharika", "signed_agreement_with", "Daniel Chapo", ASR,
    {"08": "He and Chapo signed an agreement to upgrade the Nacala rail corridor"},
    alt_s=["Malawi"], alt_o=["Mozambique"])
row("Peter Mutharika", "met_with", "Daniel Chapo", ASR,
    {"08": "He and Chapo signed an agreement to upgrade the Nacala rail corridor"})
row("Ronald Lamola", "works_for", "South Africa", ASR, {"08": "South Africa's foreign minister, Ronald Lamola"},
    role="foreign minister")
row("Maria Manuela Lucas", "works_for", "Mozambique", ASR, {"08": "his Mozambican counterpart, Maria Manuela Lucas"},
    role="foreign minister")
row("Ronald Lamola", "contacted", "Maria Manuela Lucas", ASR,
    {"08": "called his Mozambican counterpart, Maria Manuela Lucas, on Wednesday"},
    time="2026-03-11", tsrc=("08", "on Wednesday"))
row("South Africa", "supported", "Mozambique", ASR,
    {"08": "called his Mozambican counterpart, Maria Manuela Lucas, on Wednesday to offer support"},
    alt_s=["Ronald Lamola"], req=False, com="political support offered by telephone; 05 denies troops, a different claim")
row("Mozambique", "member_of", "Commonwealth", ASR, {"08": "Mozambique, which joined the Commonwealth in 1995"},
    time="1995", tsrc=("08", "1995"))
row("United States", "sanctioned", "Ansar al-Sunna", ASR,
    {"08": "The United States designated Ansar al-Sunna a foreign terrorist organization in March 2021"},
    time="2021-03", tsrc=("08", "March 2021"))
row("United States", "sanctioned", "Abu Yasir Hassan", ASR,
    {"08": "imposed sanctions on its then leader, Abu Yasir Hassan"}, time="2021-03", tsrc=("08", "March 2021"))
row("Abu Yasir Hassan", "head_of", "Ansar al-Sunna", ASR, {"08": "its then leader, Abu Yasir Hassan"}, req=False,
    role="former leader", com="a former office")


# ================================================================ machinery
class BuildError(Exception):
    pass


def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


MONTH_RX = "|".join(textutil.MONTHS)
ABBR_RX = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _month_num(name):
    name = name.rstrip(".")
    for i, m in enumerate(textutil.MONTHS):
        if m == name or m[:3] == name[:3]:
            return i + 1
    raise BuildError("unknown month %r" % name)


def _ym(d):
    return "%04d-%02d" % (d.year, d.month)


def _add_months(d, n):
    y, m = d.year, d.month + n
    while m > 12:
        y, m = y + 1, m - 12
    while m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, 1)


def resolve_time(expr, published, future=False):
    """Resolve a time expression to an ISO prefix. published is an ISO date or None."""
    m = re.search(r"\b(%s|%s)\.? (\d{1,2}), (\d{4})\b" % (MONTH_RX, ABBR_RX), expr)
    if m:
        return "%s-%02d-%02d" % (m.group(3), _month_num(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(%s) (\d{4})\b" % MONTH_RX, expr)
    if m:
        return "%s-%02d" % (m.group(2), _month_num(m.group(1)))
    m = re.search(r"\b(1[0-9]{2}|20[0-9])0s\b", expr)
    if m:
        return m.group(1)
    m = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", expr)
    if m:
        return m.group(1)
    if not published:
        raise BuildError("%r has no explicit year and the document has no year" % expr)
    pub = dt.date.fromisoformat(published)
    m = re.search(r"\b(%s|%s)\.? (\d{1,2})\b" % (MONTH_RX, ABBR_RX), expr)
    if m:
        d = dt.date(pub.year, _month_num(m.group(1)), int(m.group(2)))
        if not future and d > pub:
            d = d.replace(year=pub.year - 1)
        if future and d < pub:
            d = d.replace(year=pub.year + 1)
        return d.isoformat()
    for i, wd in enumerate(WEEKDAYS):
        if re.search(r"\b%s\b" % wd, expr):
            if future:
                d = pub + dt.timedelta(days=(i - pub.weekday()) % 7 or 7)
            else:
                d = pub - dt.timedelta(days=(pub.weekday() - i) % 7)
            return d.isoformat()
    table = {
        "yesterday": lambda: (pub - dt.timedelta(days=1)).isoformat(),
        "two weeks ago": lambda: _ym(pub - dt.timedelta(days=14)),
        "last week": lambda: _ym(pub - dt.timedelta(days=7)),
        "next week": lambda: _ym(pub + dt.timedelta(days=7)),
        "this week": lambda: _ym(pub),
        "last month": lambda: _ym(_add_months(pub, -1)),
        "next month": lambda: _ym(_add_months(pub, 1)),
        "this month": lambda: _ym(pub),
        "last year": lambda: str(pub.year - 1),
        "this year": lambda: str(pub.year),
        "next year": lambda: str(pub.year + 1),
    }
    for k, f in table.items():
        if k in expr.lower():
            return f()
    m = re.search(r"\b(%s)\b" % MONTH_RX, expr)
    if m:
        mon = _month_num(m.group(1))
        y = pub.year
        if not future and mon > pub.month:
            y -= 1
        if future and mon < pub.month:
            y += 1
        return "%04d-%02d" % (y, mon)
    raise BuildError("cannot resolve time expression %r" % expr)


def build(write=True, counts=False):
    errors = []

    def err(msg):
        errors.append(msg)

    # ---- entities
    etype, alias_of = {}, {}
    for name, typ, aliases in ENTITIES:
        if name in etype:
            err("entity declared twice: %s" % name)
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_of and alias_of[k] != name:
                err("alias %r names both %s and %s" % (a, alias_of[k], name))
            alias_of[k] = name

    # ---- documents
    arts = {}
    for key, fname in DOCS.items():
        path = os.path.join(CORPUS, fname)
        if not os.path.exists(path):
            err("missing document %s" % fname)
            continue
        arts[key] = textutil.read_article(path)
    for f in sorted(os.listdir(CORPUS)):
        if f not in DOCS.values():
            err("unexpected file in corpus/: %s" % f)
    check_style(arts, etype, alias_of, ENTITIES, err)

    # ---- rows
    units = {}
    used = set()
    for i, r in enumerate(ROWS):
        tag = "row %d (%s %s %s)" % (i + 1, r["s"], r["p"], r["o"])
        p = r["p"]
        if p not in SIG:
            err("%s: unknown predicate" % tag)
            continue
        if r["mod"] not in MODALITIES:
            err("%s: unknown modality %s" % (tag, r["mod"]))
        for s in [r["s"]] + r["alt_s"]:
            for pp in [p] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    for n in (s, o):
                        if n not in etype:
                            err("%s: unknown entity %s" % (tag, n))
                    if s in etype and o in etype and pp in SIG:
                        st, ot = SIG[pp]
                        ok = etype[s] in st and etype[o] in ot
                        if pp in SYMMETRIC and not ok:
                            ok = etype[o] in st and etype[s] in ot
                        if not ok:
                            err("%s: %s(%s) %s %s(%s) breaks the signature" % (tag, s, etype[s], pp, o, etype[o]))
                    used.update([s, o])
        if not r["ev"]:
            err("%s: no evidence" % tag)
        r["sent"] = {}
        for d, phrase in r["ev"].items():
            if d not in arts:
                err("%s: unknown document %s" % (tag, d))
                continue
            hits = [s for s in arts[d].sentences if phrase in s.text]
            if not hits:
                err("%s: zzq%s: phrase not inside one sentence: %r" % (tag, d, phrase))
                continue
            r["sent"][d] = hits[0]
        # time
        if r["time"] is not None:
            if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["time"]):
                err("%s: bad time %r" % (tag, r["time"]))
            if r["mod"] == "negated":
                err("%s: a negated row carries no time" % tag)
            if p in STATIC:
                err("%s: a static relation carries no time" % tag)
            if not r["tsrc"]:
                err("%s: time without a source" % tag)
            else:
                d, expr = r["tsrc"]
                if d not in r["ev"]:
                    err("%s: time source zzq%s is not one of the row's documents" % (tag, d))
                elif d in r["sent"] and expr not in r["sent"][d].text:
                    err("%s: time expression %r not in the evidence sentence of zzq%s" % (tag, expr, d))
                elif d in arts:
                    try:
                        got = resolve_time(expr, arts[d].published, future=r["mod"] in ("planned",))
                        if got != r["time"]:
                            err("%s: %r in zzq%s resolves to %s, row says %s" % (tag, expr, d, got, r["time"]))
                    except BuildError as e:
                        err("%s: %s" % (tag, e))
        elif r["tsrc"]:
            err("%s: time source without a time" % tag)
        # unit uniqueness (as the scorer keys it)
        s, o = r["s"], r["o"]
        if p in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, p, o, POLARITY.get(r["mod"]))
        if u in units:
            err("%s: same scoring unit as row %d" % (tag, units[u] + 1))
        units[u] = i
        if r["s"] == r["o"]:
            err("%s: subject equals object" % tag)
    for name in etype:
        if name not in used:
            err("entity declared but unused: %s" % name)

    # ---- totals
    preds = Counter(r["p"] for r in ROWS)
    missing = sorted(set(SIG) - set(preds))
    if missing:
        err("predicates never used: %s" % ", ".join(missing))
    n = len(ROWS)
    nneg = sum(1 for r in ROWS if r["mod"] == "negated")
    if not 200 <= n <= 260:
        err("%d rows, want 200-260" % n)
    if not 20 <= nneg <= 25:
        err("%d negated rows, want 20-25" % nneg)

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1

    if counts:
        print_counts(arts)
    if write:
        write_outputs(arts, etype, used)
    print("ok: %d rows (%d required, %d negated), %d entities, %d documents" % (
        n, sum(1 for r in ROWS if r["req"]), nneg, len(used), len(arts)))
    return 0


def check_style(arts, etype, alias_of, entities, err):
    for key, a in arts.items():
        fname = DOCS[key]
        want_ext = ".html" if STYLE[key] == "html" else ".txt"
        if not re.fullmatch(r"zzq%s-[a-z0-9]+(-[a-z0-9]+)*%s" % (key, re.escape(want_ext)), fname):
            err("zzq%s: file name %s does not fit zzq%s-slug%s" % (key, fname, key, want_ext))
        words = textutil.body_words(a)
        if not 450 <= words <= 800:
            err("zzq%s: %d words, want 450-800" % (key, words))
        lines = [l for l in a.text.split("\n") if l.strip()]
        style = STYLE[key]
        if a.kind != style:
            err("zzq%s: reads as %s, want %s" % (key, a.kind, style))
        if style == "wire":
            body = lines[1] if len(lines) > 1 else ""
            if not textutil.DATELINE.match(body):
                err("zzq%s: body does not start with a dateline 'CITY, Mon DD (Agency) - '" % key)
            if re.search(r"\b(19|20)\d\d\b", body[:body.find(" - ") + 1]):
                err("zzq%s: dateline carries a year" % key)
            if not textutil.CREDIT.match(lines[-1]):
                err("zzq%s: last line is not a credit line" % key)
        elif style == "newspaper":
            if len(lines) < 4 or not textutil.PUBLISHED.match(lines[1]) or not textutil.BYLINE.match(lines[2]):
                err("zzq%s: want title, 'Published: <date>' and 'By <name>' lines first" % key)
        else:
            raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
            h1, paras, when, other, title, feats = textutil.parse_html(raw)
            for f in ("cookie", "nav", "article", "h1", "time", "figure", "figcaption", "article-body",
                      "aside", "newsletter", "footer"):
                if f not in feats:
                    err("zzq%s: HTML page lacks %s" % (key, f))
            if not when or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                err("zzq%s: <time datetime> is not YYYY-MM-DD" % key)
            if len(paras) < 5:
                err("zzq%s: article-body has only %d paragraphs" % (key, len(paras)))
            if title and not title.startswith(h1):
                err("zzq%s: <title> is not the headline" % key)
            names = set()
            for name, typ, aliases in entities:
                names.update([name] + aliases)
            for path, text in other:
                for nm in names:
                    if re.search(r"(?<![\w])%s(?![\w])" % re.escape(nm), text):
                        err("zzq%s: boilerplate names %r: %r" % (key, nm, text))


def note_of(r):
    parts = ["zzq%s: '%s'" % (d, ph) for d, ph in r["ev"].items()]
    extra = []
    if r["role"]:
        extra.append("role: %s" % r["role"])
    if r["commodity"]:
        extra.append("commodity: %s" % r["commodity"])
    if r["time"]:
        extra.append("time from zzq%s '%s'" % r["tsrc"])
    if r["com"]:
        extra.append(r["com"])
    return "; ".join(parts) + (" (" + "; ".join(extra) + ")" if extra else "")


def write_outputs(arts, etype, used):
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            if name in used:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            out = OrderedDict()
            out["s"], out["p"], out["o"] = r["s"], r["p"], r["o"]
            out["docs"] = [DOCS[d] for d in sorted(r["ev"])]
            out["modality"] = r["mod"]
            if r["time"]:
                out["time"] = r["time"]
            out["required"] = r["req"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    out[k] = r[k]
            out["note"] = note_of(r)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS):
            for d in sorted(r["ev"]):
                a, s = arts[d], r["sent"][d]
                st = OrderedDict([
                    ("subject", r["s"]), ("subject_type", etype[r["s"]]), ("predicate", r["p"]),
                    ("object", r["o"]), ("object_type", etype[r["o"]]), ("modality", r["mod"]),
                    ("time", r["time"] if r["time"] and r["tsrc"][0] == d else ""),
                    ("role", r["role"] or ""), ("confidence", 1.0),
                    ("source", "corpus/" + DOCS[d]), ("title", a.title), ("published", a.published or ""),
                    ("sentence", s.text), ("start", s.start), ("end", s.end), ("rule", "gold-row-%d" % (i + 1)),
                ])
                if r["commodity"]:
                    st["commodity"] = r["commodity"]
                f.write(json.dumps(st, ensure_ascii=False) + "\n")


def print_counts(arts):
    n = len(ROWS)
    print("rows %d, required %d, optional %d, negated %d" % (
        n, sum(r["req"] for r in ROWS), sum(not r["req"] for r in ROWS),
        sum(r["mod"] == "negated" for r in ROWS)))
    print("with time %d" % sum(1 for r in ROWS if r["time"]))
    print("modality: " + ", ".join("%s %d" % kv for kv in sorted(Counter(r["mod"] for r in ROWS).items())))
    print("predicate:")
    for p in SIG:
        c = [r for r in ROWS if r["p"] == p]
        print("  %-26s %3d  (required %d, negated %d)" % (
            p, len(c), sum(r["req"] for r in c), sum(r["mod"] == "negated" for r in c)))
    print("per document (rows listing it), words:")
    for d in DOCS:
        print("  zzq%s %3d rows, %d words" % (d, sum(1 for r in ROWS if d in r["ev"]), textutil.body_words(arts[d])))
    print("rows listing 2+ documents: %d" % sum(1 for r in ROWS if len(r["ev"]) > 1))


if __name__ == "__main__":
    sys.exit(build(write="--check" not in sys.argv, counts="--counts" in sys.argv))
