#!/usr/bin/env python3
"""Build the gold of news set zzw.

The entities and the annotated rows live below as Python data. Each row is
annotated per document with the modality and an evidence string that must
occur in that document's cleaned article text. Rows that state the same unit
(subject, predicate, object, polarity; symmetric predicates unordered) in
several documents are merged into one gold row with several docs, as the
scorer expects.

Writes, next to this folder's parent:
  entities.jsonl, triples.jsonl        the gold (format of shared/eval/README.md)
  selfcheck_statements.jsonl           the gold as `kg export --format jsonl`
                                       statements, one per row and document

Run:  python3 -B tools/build_gold.py
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# ---------------------------------------------------------------- schema
P, C, O, CI, R_, A, F = ("Person", "Country", "Organization", "City",
                         "Region", "Agreement", "Facility")
ANY = (P, C, O, CI, R_, A, F)
ACTOR = (P, C, O)
SCHEMA = {
    "head_of": ((P,), (C, O)),
    "works_for": ((P,), (P, C, O)),
    "member_of": ((P, C, O), (O,)),
    "citizen_of": ((P,), (C,)),
    "lives_in": ((P,), (CI, R_, C)),
    "based_in": ((O, F), (CI, R_, C)),
    "located_in": ((CI, R_, C, F), (R_, C, CI)),
    "capital_of": ((CI,), (C, R_)),
    "borders": ((C, R_), (C, R_)),
    "met_with": (ACTOR, ACTOR),
    "visited": ((P, O), (C, CI, R_)),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ((C, P, O), (A,)),
    "party_to": ((C, O), (A,)),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ((C, O), (A, O)),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ((C,), (C,)),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ((P, O), (P,)),
    "took_control_of": ((C, O), (R_, CI, F)),
    "blockaded": (ANY, ANY),
    "seceded_from": ((R_,), (C,)),
    "gained_independence_from": ((C,), (C,)),
    "imports_from": ((C,), (C,)),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
# Relations that hold as states: never carry a time in this set.
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders",
          "diplomatic_relations_with", "allied_with", "in_conflict_with",
          "trades_with", "imports_from", "candidate_for"}
MODALITIES = ("asserted", "reported", "hedged", "planned", "negated")
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- documents
DOCS = OrderedDict([
    (1, ("zzw01-greece-turkey-aegean-talks.txt", "2026-02-17", "wire", "A")),
    (2, ("zzw02-bulgaria-north-macedonia-gas.txt", "2025-10-09", "wire", "A")),
    (3, ("zzw03-japan-palau-patrol-boat.txt", "2026-04-14", "wire", "B")),
    (4, ("zzw04-cyprus-eu-presidency-cable.txt", "2026-01-22", "newspaper", "A")),
    (5, ("zzw05-marshall-islands-japan-tuna.txt", "2025-12-05", "newspaper", "B")),
    (6, ("zzw06-philippines-japan-scarborough.txt", "2026-06-09", "newspaper", "B")),
    (7, ("zzw07-albania-italy-migrant-centres.html", "2026-05-20", "html", "A")),
    (8, ("zzw08-compact-funding-micronesia.html", "2026-09-14", "html", "B")),
])
REFERENCE_DAY = "2026-11-22"

# ---------------------------------------------------------------- entities
ENTITIES = [
    # Persons
    ("Giorgos Gerapetritis", P, ["Gerapetritis", "George Gerapetritis", "Greek Foreign Minister Giorgos Gerapetritis"]),
    ("Hakan Fidan", P, ["Fidan"]),
    ("Recep Tayyip Erdoğan", P, ["Erdogan", "Erdoğan", "Tayyip Erdogan", "Recep Tayyip Erdogan",
                                 "Turkish President Tayyip Erdogan", "Turkish President Recep Tayyip Erdogan",
                                 "President Erdogan"]),
    ("Kyriakos Mitsotakis", P, ["Mitsotakis", "Greek Prime Minister Kyriakos Mitsotakis"]),
    ("Pavlos Marinakis", P, ["Marinakis"]),
    ("Thanos Plevris", P, ["Plevris", "Athanasios Plevris", "Greek Migration Minister Thanos Plevris"]),
    ("Rosen Zhelyazkov", P, ["Zhelyazkov", "Bulgarian Prime Minister Rosen Zhelyazkov"]),
    ("Hristijan Mickoski", P, ["Mickoski"]),
    ("Rumen Radev", P, ["Radev", "Bulgarian President Rumen Radev"]),
    ("Matthew Nimetz", P, ["Nimetz"]),
    ("Marta Kos", P, ["Kos"]),
    ("Toshimitsu Motegi", P, ["Motegi", "Japanese Foreign Minister Toshimitsu Motegi"]),
    ("Surangel Whipps Jr.", P, ["Whipps", "Surangel Whipps", "Surangel Whipps Jr", "President Surangel Whipps Jr."]),
    ("Samuel Paparo", P, ["Paparo", "Admiral Samuel Paparo", "Adm. Samuel Paparo"]),
    ("Wesley Simina", P, ["Simina", "President Wesley Simina", "FSM President Wesley Simina"]),
    ("Sanae Takaichi", P, ["Takaichi", "Japanese Prime Minister Sanae Takaichi", "Prime Minister Sanae Takaichi"]),
    ("Nikos Christodoulides", P, ["Christodoulides", "President Nikos Christodoulides"]),
    ("Stavros Papastavrou", P, ["Papastavrou"]),
    ("Tufan Erhürman", P, ["Erhurman", "Erhürman", "Tufan Erhurman"]),
    ("María Ángela Holguín", P, ["Holguín", "Holguin", "Maria Angela Holguin"]),
    ("António Guterres", P, ["Guterres", "Antonio Guterres"]),
    ("Konstantinos Letymbiotis", P, ["Letymbiotis"]),
    ("Hilda Heine", P, ["Heine", "President Hilda Heine"]),
    ("Glen Joseph", P, []),
    ("Kenji Ito", P, ["Ito"]),
    ("Jina Langidrik", P, ["Langidrik"]),
    ("Shinjiro Koizumi", P, ["Koizumi"]),
    ("Gilberto Teodoro", P, ["Teodoro", "Gilberto Teodoro Jr."]),
    ("Ferdinand Marcos Jr.", P, ["Marcos", "Ferdinand Marcos Jr", "Ferdinand Marcos", "Bongbong Marcos"]),
    ("Pete Hegseth", P, ["Hegseth"]),
    ("Francis Tolentino", P, ["Tolentino"]),
    ("Giorgia Meloni", P, ["Meloni"]),
    ("Edi Rama", P, ["Rama"]),
    ("Hans Leijtens", P, ["Leijtens"]),
    ("Kemal Aydin", P, ["Aydin", "Kemal Aydın", "Aydın"]),
    ("Omar Haddad", P, ["Haddad"]),
    ("Doug Burgum", P, ["Burgum", "Douglas Burgum"]),
    ("David Panuelo", P, ["Panuelo"]),
    ("Baron Waqa", P, ["Waqa"]),
    # Countries
    ("Greece", C, ["Hellenic Republic"]),
    ("Turkey", C, ["Türkiye", "Turkiye", "Republic of Turkey"]),
    ("Bulgaria", C, ["Republic of Bulgaria"]),
    ("North Macedonia", C, ["Republic of Macedonia", "Macedonia", "Republic of North Macedonia"]),
    ("Albania", C, ["Republic of Albania"]),
    ("Cyprus", C, ["Republic of Cyprus"]),
    ("Japan", C, []),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington",
                          "U.S. government"]),
    ("Palau", C, ["Republic of Palau"]),
    ("Federated States of Micronesia", C, ["FSM", "Micronesia", "the federation"]),
    ("Marshall Islands", C, ["Republic of the Marshall Islands", "RMI"]),
    ("Philippines", C, ["Republic of the Philippines"]),
    ("China", C, ["People's Republic of China", "PRC", "Beijing"]),
    ("Taiwan", C, ["Republic of China", "Taipei"]),
    ("Russia", C, ["Russian Federation"]),
    ("Azerbaijan", C, []),
    ("France", C, []),
    ("Yugoslavia", C, []),
    ("Serbia", C, []),
    ("Kosovo", C, []),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Italy", C, []),
    ("Netherlands", C, ["Holland"]),
    ("Syria", C, []),
    ("Thailand", C, []),
    # Organizations
    ("NATO", O, ["North Atlantic Treaty Organization", "the alliance"]),
    ("European Union", O, ["EU"]),
    ("European Commission", O, []),
    ("United Nations", O, ["U.N.", "UN"]),
    ("VMRO-DPMNE", O, []),
    ("GERB", O, []),
    ("euro zone", O, ["eurozone", "euro area"]),
    ("U.S. Indo-Pacific Command", O, ["Indo-Pacific Command", "INDOPACOM", "U.S. Indo-Pacific Command chief"]),
    ("Japan Self-Defense Forces", O, ["Self-Defense Forces", "JSDF", "SDF"]),
    ("Marshall Islands Marine Resources Authority", O, ["MIMRA"]),
    ("Parties to the Nauru Agreement", O, ["PNA", "Nauru bloc"]),
    ("Fisheries Agency", O, ["Japan's Fisheries Agency", "Japanese Fisheries Agency"]),
    ("China Coast Guard", O, ["Chinese coast guard", "China's coast guard"]),
    ("Bureau of Fisheries and Aquatic Resources", O, ["BFAR", "fisheries bureau"]),
    ("Socialist Party of Albania", O, ["Socialist Party"]),
    ("Amnesty International", O, ["Amnesty"]),
    ("Frontex", O, ["European Border and Coast Guard Agency"]),
    ("Pacific Islands Forum", O, ["PIF"]),
    ("U.S. Congress", O, ["Congress"]),
    # Cities
    ("Ankara", CI, []),
    ("Athens", CI, []),
    ("Sofia", CI, []),
    ("Skopje", CI, []),
    ("Koror", CI, []),
    ("Ngerulmud", CI, []),
    ("Honolulu", CI, []),
    ("Nicosia", CI, ["Lefkosia"]),
    ("Majuro", CI, []),
    ("Ebeye", CI, []),
    ("Manila", CI, []),
    ("Tokyo", CI, []),
    ("Tirana", CI, []),
    ("Shëngjin", CI, ["Shengjin"]),
    ("Kakavia", CI, ["Kakavija"]),
    ("Edirne", CI, []),
    ("Warsaw", CI, []),
    ("Palikir", CI, []),
    # Regions
    ("Aegean Sea", R_, ["Aegean"]),
    ("Lesbos", R_, ["Lesvos"]),
    ("Babeldaob", R_, ["Babelthuap"]),
    ("Pohnpei", R_, []),
    ("Crete", R_, []),
    ("Northern Cyprus", R_, ["northern Cyprus", "Turkish Republic of Northern Cyprus", "TRNC",
                              "the north", "breakaway north"]),
    ("Kwajalein Atoll", R_, ["Kwajalein"]),
    ("Scarborough Shoal", R_, ["Scarborough", "Bajo de Masinloc", "Huangyan Island"]),
    ("Second Thomas Shoal", R_, ["Ayungin Shoal", "Ren'ai Reef"]),
    ("Palawan", R_, []),
    ("Chuuk", R_, []),
    # Agreements
    ("UNCLOS", A, ["U.N. Convention on the Law of the Sea", "United Nations Convention on the Law of the Sea",
                   "Convention on the Law of the Sea"]),
    ("Athens Declaration", A, ["Athens Declaration on friendly relations"]),
    ("French proposal", A, []),
    ("Treaty of Friendship, Good-Neighbourliness and Cooperation", A, ["friendship treaty"]),
    ("Prespa Agreement", A, ["Prespa accord"]),
    ("Compact of Free Association", A, ["compacts of free association", "Compacts of Free Association",
                                        "compact", "compacts", "COFA"]),
    ("Treaty of Guarantee", A, ["1960 Treaty of Guarantee"]),
    ("Nauru Agreement", A, []),
    ("Reciprocal Access Agreement", A, ["RAA"]),
    ("Mutual Defense Treaty", A, ["1951 Mutual Defense Treaty", "MDT"]),
    ("Italy-Albania protocol", A, ["Italy–Albania protocol", "protocol"]),
    ("EU-Turkey Statement", A, ["EU-Turkey deal", "2016 EU-Turkey Statement"]),
    # Facilities
    ("Vertical Gas Corridor", F, []),
    ("TACMOR", F, ["Tactical Multi-Mission Over-the-Horizon Radar", "radar project"]),
    ("Great Sea Interconnector", F, ["GSI"]),
    ("RAF Akrotiri", F, ["Akrotiri"]),
    ("Fukushima Daiichi", F, ["Fukushima Daiichi nuclear plant", "Fukushima"]),
    ("BRP Datu Pagbuaya", F, ["Datu Pagbuaya"]),
    ("BRP Sierra Madre", F, ["Sierra Madre"]),
    ("Gjadër centre", F, ["Gjadër", "Gjader"]),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(d, s, p, o, m, ev, t=None, req=True, alt_s=(), alt_p=(), alt_o=(),
      note=None, role=None, com=None):
    ROWS.append(dict(doc=d, s=s, p=p, o=o, m=m, ev=ev, t=t, req=req,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     note=note, role=role, com=com))


FSM = "Federated States of Micronesia"
RMI = "Marshall Islands"
US = "United States"
EU = "European Union"
ERD = "Recep Tayyip Erdoğan"
WHIPPS = "Surangel Whipps Jr."

# --- zzw01 (wire, 2026-02-17): Greek foreign minister in Ankara
R(1, "Giorgos Gerapetritis", "works_for", "Greece", "asserted", "Greek Foreign Minister Giorgos Gerapetritis", role="foreign minister")
R(1, "Hakan Fidan", "works_for", "Turkey", "asserted", "his Turkish counterpart Hakan Fidan", role="foreign minister")
R(1, "Giorgos Gerapetritis", "met_with", "Hakan Fidan", "reported", "held talks with his Turkish counterpart Hakan Fidan in Ankara on Tuesday, officials from both countries said", t="2026-02-17")
R(1, "Giorgos Gerapetritis", "visited", "Ankara", "reported", "held talks with his Turkish counterpart Hakan Fidan in Ankara on Tuesday", t="2026-02-17", alt_o=["Turkey"], note="held talks in Ankara (a Greek minister travelling)")
R(1, "Greece", "member_of", "NATO", "asserted", "the two NATO allies")
R(1, "Turkey", "member_of", "NATO", "asserted", "the two NATO allies")
R(1, "Greece", "allied_with", "Turkey", "asserted", "the two NATO allies", req=False, note="allies through NATO, not a bilateral alliance")
R(1, "Turkey", "trades_with", "Greece", "asserted", "Turkey is one of Greece's biggest trading partners")
R(1, ERD, "head_of", "Turkey", "asserted", "Turkish President Tayyip Erdogan", role="president")
R(1, "Giorgos Gerapetritis", "met_with", ERD, "asserted", "He was later received by Turkish President Tayyip Erdogan", t="2026-02-17")
R(1, "Ankara", "capital_of", "Turkey", "asserted", "on the outskirts of the Turkish capital", note="'the Turkish capital' = Ankara (dateline, previous sentences)")
R(1, "Kyriakos Mitsotakis", "head_of", "Greece", "asserted", "Greek Prime Minister Kyriakos Mitsotakis", role="prime minister")
R(1, "Kyriakos Mitsotakis", "met_with", ERD, "hedged", "is expected to meet Erdogan later in 2026", t="2026", note="also 'when he meets Mitsotakis' (planned)")
R(1, "Pavlos Marinakis", "works_for", "Greece", "asserted", "Greek government spokesman Pavlos Marinakis", role="government spokesman")
R(1, "Kyriakos Mitsotakis", "contacted", ERD, "reported", "Mitsotakis and Erdogan spoke by telephone last week", t="2026-02", note="last week, Marinakis added")
R(1, "Greece", "supported", "Turkey", "asserted", "Greece sent rescue teams to southern Turkey following the earthquakes of February 2023", t="2023-02")
R(1, "Greece", "signed_agreement_with", "Turkey", "asserted", "the two leaders signed the Athens Declaration", t="2023-12", alt_s=["Kyriakos Mitsotakis"], alt_o=[ERD])
R(1, "Greece", "party_to", "Athens Declaration", "asserted", "the two leaders signed the Athens Declaration", t="2023-12", alt_s=["Kyriakos Mitsotakis"])
R(1, "Turkey", "party_to", "Athens Declaration", "asserted", "the two leaders signed the Athens Declaration", t="2023-12")
R(1, ERD, "visited", "Athens", "asserted", "Erdogan's visit to Athens that month", t="2023-12", alt_o=["Greece"])
R(1, "Greece", "in_conflict_with", "Turkey", "asserted", "the decades-old dispute between the neighbours")
R(1, "Greece", "borders", "Turkey", "asserted", "the decades-old dispute between the neighbours", note="'the neighbours'")
R(1, "Greece", "negotiating_with", "Turkey", "negated", "Athens and Ankara had not opened negotiations", alt_s=["Athens"], alt_o=["Ankara"], note="reported denial by Gerapetritis")
R(1, "Turkey", "threatened", "Greece", "asserted", "Turkey has threatened since 1995 to go to war if Greece extends its territorial waters", note="ongoing since 1995: no time")
R(1, "Greece", "party_to", "UNCLOS", "asserted", "Greece ratified the convention in 1995", t="1995")
R(1, "Turkey", "party_to", "UNCLOS", "negated", "Turkey has never signed it")
R(1, "Hakan Fidan", "criticized", "Greece", "asserted", "Fidan, for his part, repeated Ankara's objections to two national marine parks", t="2026-02-17", alt_s=["Turkey", "Ankara"])
R(1, "Greece", "contacted", "Turkey", "negated", "He said Turkey had not been consulted", req=False, note="'consulted' read as contacted")
R(1, "Lesbos", "located_in", "Aegean Sea", "asserted", "Arrivals on Lesbos and other eastern Aegean islands")
R(1, "Thanos Plevris", "works_for", "Greece", "asserted", "Greek Migration Minister Thanos Plevris", role="migration minister")
R(1, EU, "supported", "Turkey", "reported", "The EU has paid Turkey about 10 billion euros for refugees", note="according to the European Commission")
R(1, EU, "signed_agreement_with", "Turkey", "reported", "under a 2016 deal with Ankara", t="2016", alt_o=["Ankara"])
R(1, "Greece", "member_of", EU, "asserted", "Greece, a member of the EU")
R(1, "Turkey", "candidate_for", EU, "asserted", "Turkey, an official candidate for EU membership")

# --- zzw02 (wire, 2025-10-09): Bulgaria and North Macedonia
R(2, "Rosen Zhelyazkov", "head_of", "Bulgaria", "asserted", "Bulgarian Prime Minister Rosen Zhelyazkov", role="prime minister")
R(2, "Hristijan Mickoski", "head_of", "North Macedonia", "asserted", "North Macedonia's Prime Minister Hristijan Mickoski", role="prime minister")
R(2, "Rosen Zhelyazkov", "met_with", "Hristijan Mickoski", "asserted", "met in Sofia on Thursday", t="2025-10-09")
R(2, "Hristijan Mickoski", "visited", "Sofia", "asserted", "on his first official visit to the Bulgarian capital", t="2025-10-09", alt_o=["Bulgaria"])
R(2, "Sofia", "capital_of", "Bulgaria", "asserted", "on his first official visit to the Bulgarian capital", note="'the Bulgarian capital' = Sofia (previous sentence)")
R(2, "Bulgaria", "borders", "North Macedonia", "asserted", "a rare show of cooperation between two neighbours", note="also 'borders Greece, Bulgaria, Serbia, Kosovo and Albania'")
R(2, "Bulgaria", "in_conflict_with", "North Macedonia", "asserted", "a long-running dispute over history and language")
R(2, "North Macedonia", "imports_from", "Russia", "asserted", "dependence on Russian gas, which it currently receives through Bulgaria", com="gas")
R(2, "Bulgaria", "negotiating_with", "North Macedonia", "reported", "The two governments are negotiating a transit agreement")
R(2, "Bulgaria", "signed_agreement_with", "North Macedonia", "planned", "Our aim is to sign it before the end of the year", t="2025")
R(2, "Bulgaria", "imports_from", "Russia", "negated", "Bulgaria itself stopped importing Russian gas in 2022", com="gas")
R(2, "Bulgaria", "imports_from", "Azerbaijan", "asserted", "It now relies largely on Azerbaijani gas", com="gas")
R(2, "Bulgaria", "trades_with", "North Macedonia", "reported", "Trade between Bulgaria and North Macedonia rose by about 8 percent")
R(2, "North Macedonia", "candidate_for", EU, "asserted", "an EU candidate since 2005", note="also 'North Macedonia's European Union accession talks'")
R(2, "France", "brokered", "French proposal", "asserted", "A compromise known as the French proposal, brokered by France in 2022", t="2022")
R(2, "Hristijan Mickoski", "member_of", "VMRO-DPMNE", "asserted", "Mickoski, whose VMRO-DPMNE party")
R(2, "Hristijan Mickoski", "criticized", "Bulgaria", "asserted", "accused Bulgaria of \"moving the goalposts\"", t="2025-10-09")
R(2, "Rosen Zhelyazkov", "member_of", "GERB", "asserted", "Zhelyazkov, whose centre-right GERB party")
R(2, "Rumen Radev", "head_of", "Bulgaria", "asserted", "Bulgarian President Rumen Radev", role="president")
R(2, "Hristijan Mickoski", "met_with", "Rumen Radev", "negated", "Mickoski did not meet Bulgarian President Rumen Radev")
R(2, "Bulgaria", "recognizes", "North Macedonia", "asserted", "Bulgaria was the first country to recognize North Macedonia", t="1992-01")
R(2, "North Macedonia", "gained_independence_from", "Yugoslavia", "asserted", "it became independent from Yugoslavia in 1991", t="1991")
R(2, "Bulgaria", "signed_agreement_with", "North Macedonia", "asserted", "The two countries signed a friendship treaty in 2017", t="2017")
R(2, "Bulgaria", "party_to", "Treaty of Friendship, Good-Neighbourliness and Cooperation", "asserted", "The two countries signed a friendship treaty in 2017", t="2017")
R(2, "North Macedonia", "party_to", "Treaty of Friendship, Good-Neighbourliness and Cooperation", "asserted", "The two countries signed a friendship treaty in 2017", t="2017")
R(2, "North Macedonia", "member_of", "NATO", "asserted", "a NATO member since 2020")
R(2, "Bulgaria", "recognizes", "Kosovo", "asserted", "Bulgaria and Albania recognize Kosovo")
R(2, "Albania", "recognizes", "Kosovo", "asserted", "Bulgaria and Albania recognize Kosovo")
R(2, "Greece", "recognizes", "Kosovo", "negated", "Greece and Serbia do not")
R(2, "Serbia", "recognizes", "Kosovo", "negated", "Greece and Serbia do not")
R(2, "Kosovo", "gained_independence_from", "Serbia", "asserted", "which declared independence from Serbia in 2008", t="2008", req=False, note="declared, contested by Serbia")
R(2, "Matthew Nimetz", "brokered", "Prespa Agreement", "asserted", "negotiated with the help of U.N. mediator Matthew Nimetz", t="2018", alt_s=["United Nations"])
R(2, "Matthew Nimetz", "works_for", "United Nations", "asserted", "U.N. mediator Matthew Nimetz", role="mediator")
R(2, "Greece", "party_to", "Prespa Agreement", "asserted", "in the 2018 Prespa Agreement", t="2018")
R(2, "North Macedonia", "party_to", "Prespa Agreement", "asserted", "in the 2018 Prespa Agreement", t="2018")
R(2, "Greece", "normalized_relations_with", "North Macedonia", "asserted", "under which the two countries normalized relations", t="2018")
R(2, "Greece", "signed_agreement_with", "North Macedonia", "asserted", "settled a separate, decades-long dispute with Greece over its name in the 2018 Prespa Agreement", t="2018")
R(2, EU, "supported", "Vertical Gas Corridor", "asserted", "a route backed by the European Union")
R(2, "Bulgaria", "member_of", EU, "asserted", "Bulgaria, an EU member since 2007")
R(2, "Bulgaria", "member_of", "euro zone", "planned", "is due to join the euro zone on Jan. 1, 2026", note="static predicate: no time (Jan. 1, 2026)")
R(2, "Marta Kos", "works_for", "European Commission", "asserted", "European Enlargement Commissioner Marta Kos", alt_o=[EU], role="enlargement commissioner")
R(2, "Marta Kos", "visited", "Skopje", "asserted", "who visited the North Macedonian capital Skopje last month", t="2025-09", alt_o=["North Macedonia"])
R(2, "Skopje", "capital_of", "North Macedonia", "asserted", "the North Macedonian capital Skopje")

# --- zzw03 (wire, 2026-04-14): Japan and Palau
R(3, "Japan", "supported", "Palau", "planned", "Japan will give Palau a 40-metre patrol boat")
R(3, "Toshimitsu Motegi", "works_for", "Japan", "asserted", "Japanese Foreign Minister Toshimitsu Motegi", role="foreign minister")
R(3, "Toshimitsu Motegi", "met_with", WHIPPS, "asserted", "after talks in Koror with Palau's President Surangel Whipps Jr.", t="2026-04-14")
R(3, "Toshimitsu Motegi", "visited", "Koror", "asserted", "after talks in Koror with Palau's President Surangel Whipps Jr.", t="2026-04-14", alt_o=["Palau"])
R(3, WHIPPS, "head_of", "Palau", "asserted", "Palau's President Surangel Whipps Jr.", role="president")
R(3, "Palau", "recognizes", "Taiwan", "asserted", "Palau is one of 12 countries that recognize Taiwan rather than China")
R(3, "Palau", "recognizes", "China", "negated", "had no plans to switch its recognition to Beijing")
R(3, "China", "sanctioned", "Palau", "asserted", "In 2017 China told its travel agencies to stop selling group tours to Palau", t="2017", note="tourism ban")
R(3, WHIPPS, "criticized", "China", "asserted", "a move Whipps has called economic coercion")
R(3, "Koror", "located_in", "Palau", "asserted", "Its largest town, Koror", note="Koror was the capital until 2006: not capital_of")
R(3, "Ngerulmud", "capital_of", "Palau", "asserted", "The capital is now Ngerulmud")
R(3, "Ngerulmud", "located_in", "Babeldaob", "asserted", "The capital is now Ngerulmud, on the larger island of Babeldaob")
R(3, "Palau", "party_to", "Compact of Free Association", "asserted", "Under its Compact of Free Association with the United States")
R(3, US, "party_to", "Compact of Free Association", "asserted", "Under its Compact of Free Association with the United States")
R(3, US, "supported", "Palau", "asserted", "Palau receives U.S. economic aid", note="also 'second-largest aid donor after the United States'")
R(3, "TACMOR", "located_in", "Babeldaob", "asserted", "a long-range radar system known as TACMOR on Babeldaob")
R(3, WHIPPS, "met_with", "Samuel Paparo", "asserted", "Whipps met U.S. Indo-Pacific Command chief Admiral Samuel Paparo", t="2026-03")
R(3, "Samuel Paparo", "head_of", "U.S. Indo-Pacific Command", "asserted", "U.S. Indo-Pacific Command chief Admiral Samuel Paparo", alt_p=["works_for"], role="commander")
R(3, "U.S. Indo-Pacific Command", "based_in", "Honolulu", "asserted", "at the command's headquarters in Honolulu")
R(3, WHIPPS, "visited", "Honolulu", "asserted", "at the command's headquarters in Honolulu last month", t="2026-03", req=False, note="implied by meeting there")
R(3, "Japan Self-Defense Forces", "based_in", "Palau", "negated", "Japan had no plans to deploy its Self-Defense Forces to Palau", req=False, note="deploy read as based_in")
R(3, "China", "criticized", "TACMOR", "asserted", "China's foreign ministry on Tuesday criticized the radar project", t="2026-04-14", alt_o=[US])
R(3, "China", "diplomatic_relations_with", FSM, "asserted", "Beijing has formal diplomatic relations with the Federated States of Micronesia")
R(3, "China", "diplomatic_relations_with", "Palau", "negated", "but not with Palau or the Marshall Islands")
R(3, "China", "diplomatic_relations_with", RMI, "negated", "but not with Palau or the Marshall Islands")
R(3, "Toshimitsu Motegi", "visited", "Pohnpei", "planned", "Motegi will travel on to Pohnpei", t="2026-04-16", alt_o=[FSM])
R(3, "Toshimitsu Motegi", "met_with", "Wesley Simina", "planned", "on Thursday for talks with President Wesley Simina", t="2026-04-16")
R(3, "Wesley Simina", "head_of", FSM, "asserted", "the Federated States of Micronesia, on Thursday for talks with President Wesley Simina", role="president")
R(3, "Pohnpei", "located_in", FSM, "asserted", "Pohnpei, the main island of the Federated States of Micronesia")
R(3, "Toshimitsu Motegi", "visited", RMI, "negated", "He is not expected to visit the Marshall Islands on this trip")
R(3, "Japan", "supported", "Palau", "asserted", "is the country's second-largest aid donor after the United States")
R(3, "Sanae Takaichi", "head_of", "Japan", "asserted", "Japanese Prime Minister Sanae Takaichi", role="prime minister")

# --- zzw04 (newspaper, 2026-01-22): Cyprus
R(4, "Nikos Christodoulides", "head_of", "Cyprus", "asserted", "President Nikos Christodoulides promised", role="president")
R(4, "Cyprus", "member_of", EU, "asserted", "the Republic of Cyprus, an EU member since 2004")
R(4, "Crete", "located_in", "Greece", "asserted", "the Greek island of Crete")
R(4, "Stavros Papastavrou", "works_for", "Greece", "asserted", "Greek Energy Minister Stavros Papastavrou", role="energy minister")
R(4, "Stavros Papastavrou", "visited", "Nicosia", "planned", "who will travel to Nicosia next week", t="2026-01", alt_o=["Cyprus"])
R(4, EU, "supported", "Great Sea Interconnector", "asserted", "The European Union has pledged 657 million euros in grants for the cable")
R(4, "Nikos Christodoulides", "met_with", "Tufan Erhürman", "asserted", "On Monday he met Tufan Erhurman", t="2026-01-19")
R(4, "María Ángela Holguín", "works_for", "United Nations", "asserted", "the U.N. envoy María Ángela Holguín", role="envoy")
R(4, "Nicosia", "capital_of", "Cyprus", "asserted", "the capital, Nicosia")
R(4, "António Guterres", "head_of", "United Nations", "asserted", "U.N. Secretary-General António Guterres", role="secretary-general")
R(4, "Greece", "party_to", "Treaty of Guarantee", "asserted", "guarantor powers under the 1960 Treaty of Guarantee", t="1960")
R(4, "Turkey", "party_to", "Treaty of Guarantee", "asserted", "guarantor powers under the 1960 Treaty of Guarantee", t="1960")
R(4, "United Kingdom", "party_to", "Treaty of Guarantee", "asserted", "guarantor powers under the 1960 Treaty of Guarantee", t="1960")
R(4, "Tufan Erhürman", "visited", "Ankara", "asserted", "whom Erhurman visited in Ankara in November", t="2025-11", alt_o=["Turkey"])
R(4, "Tufan Erhürman", "met_with", ERD, "asserted", "whom Erhurman visited in Ankara in November", t="2025-11")
R(4, ERD, "head_of", "Turkey", "asserted", "Turkish President Recep Tayyip Erdogan", role="president")
R(4, "Turkey", "attacked", "Cyprus", "asserted", "when Turkey invaded and occupied its northern third", t="1974")
R(4, "Turkey", "took_control_of", "Northern Cyprus", "asserted", "when Turkey invaded and occupied its northern third", t="1974")
R(4, "Northern Cyprus", "seceded_from", "Cyprus", "asserted", "Turkish Cypriots declared a breakaway state in northern Cyprus in 1983", t="1983")
R(4, "Turkey", "supported", "Northern Cyprus", "asserted", "funds much of the northern administration's budget")
R(4, "Turkey", "recognizes", "Cyprus", "negated", "Turkey does not recognize the Republic of Cyprus")
R(4, "Turkey", "sanctioned", "Cyprus", "asserted", "keeps its ports and airports closed to Cypriot-flagged ships and aircraft", note="port and airport embargo")
R(4, "Cyprus", "member_of", "NATO", "negated", "Cyprus is not a member of NATO")
R(4, "Turkey", "member_of", "NATO", "asserted", "Turkey, an alliance member")
R(4, "Cyprus", "gained_independence_from", "United Kingdom", "asserted", "Cyprus won independence from Britain in 1960", t="1960")
R(4, "RAF Akrotiri", "located_in", "Cyprus", "asserted", "two sovereign base areas on the island, including RAF Akrotiri", note="British sovereign base area on the island of Cyprus")
R(4, "Cyprus", "negotiating_with", "Turkey", "negated", "Christodoulides denied that his government was holding direct talks with Ankara", alt_s=["Nikos Christodoulides"], alt_o=["Ankara"])
R(4, "Cyprus", "met_with", "Turkey", "reported", "a Turkish newspaper reported that Cypriot and Turkish diplomats had met secretly in Brussels", req=False, note="claim the government denies")
R(4, "Konstantinos Letymbiotis", "works_for", "Nikos Christodoulides", "asserted", "his spokesman, Konstantinos Letymbiotis", alt_o=["Cyprus"], role="spokesman")
R(4, "Greece", "allied_with", "Cyprus", "asserted", "Greece, Cyprus's closest ally")
R(4, "Greece", "supported", "Cyprus", "asserted", "has backed Nicosia's stance", alt_o=["Nicosia"])
R(4, "Kyriakos Mitsotakis", "head_of", "Greece", "asserted", "Greek Prime Minister Kyriakos Mitsotakis", role="prime minister")
R(4, "Kyriakos Mitsotakis", "contacted", "Nikos Christodoulides", "asserted", "who spoke with Christodoulides by phone on Sunday", t="2026-01-18")

# --- zzw05 (newspaper, 2025-12-05): Marshall Islands, Japan, tuna
R(5, RMI, "negotiating_with", "Japan", "reported", "The Marshall Islands and Japan are negotiating a five-year agreement", t="2025", note="talks began in September, still under way: time given as the year")
R(5, RMI, "signed_agreement_with", "Japan", "hedged", "are expected to conclude in time for the two governments to sign the deal", t="2026-02")
R(5, "Hilda Heine", "visited", "Japan", "planned", "when President Hilda Heine visits Japan in February", t="2026-02")
R(5, "Hilda Heine", "head_of", RMI, "asserted", "when President Hilda Heine visits Japan", role="president")
R(5, "Glen Joseph", "head_of", "Marshall Islands Marine Resources Authority", "asserted", "Glen Joseph, director of the Marshall Islands Marine Resources Authority", alt_p=["works_for"], role="director")
R(5, "Japan", "supported", RMI, "hedged", "Tokyo would also fund the patrol base on Ebeye", req=False, alt_s=["Tokyo"], note="proposed term")
R(5, "Ebeye", "located_in", "Kwajalein Atoll", "asserted", "Ebeye, an island in the Marshall Islands' Kwajalein Atoll")
R(5, "Kwajalein Atoll", "located_in", RMI, "asserted", "the Marshall Islands' Kwajalein Atoll")
R(5, "Japan", "party_to", "Nauru Agreement", "negated", "Japan, which is not a party to the Nauru Agreement")
R(5, RMI, "member_of", "Parties to the Nauru Agreement", "asserted", "are all members of the PNA")
R(5, FSM, "member_of", "Parties to the Nauru Agreement", "asserted", "are all members of the PNA")
R(5, "Palau", "member_of", "Parties to the Nauru Agreement", "asserted", "are all members of the PNA")
R(5, "Parties to the Nauru Agreement", "based_in", "Majuro", "asserted", "whose office is based in Majuro")
R(5, "Majuro", "capital_of", RMI, "asserted", "in the capital, Majuro")
R(5, "Fukushima Daiichi", "located_in", "Japan", "asserted", "Japan's wrecked Fukushima Daiichi nuclear plant")
R(5, RMI, "criticized", "Japan", "asserted", "criticized the release when it started", t="2023", note="the release began in 2023")
R(5, "Sanae Takaichi", "head_of", "Japan", "asserted", "Japanese Prime Minister Sanae Takaichi", role="prime minister")
R(5, "Hilda Heine", "met_with", "Sanae Takaichi", "planned", "Heine said she would raise it again with Japanese Prime Minister Sanae Takaichi", req=False)
R(5, "Kenji Ito", "works_for", "Fisheries Agency", "asserted", "Kenji Ito, an official at Japan's Fisheries Agency", alt_o=["Japan"], role="official")
R(5, "Japan", "threatened", RMI, "negated", "denied on Wednesday that Japan had threatened to cut development aid")
R(5, "Thailand", "imports_from", RMI, "asserted", "Thailand, which imports most of the skipjack landed in Majuro", com="skipjack tuna")
R(5, "Japan", "trades_with", RMI, "asserted", "Japan is also one of the country's main trading partners")
R(5, "Japan", "imports_from", RMI, "asserted", "buying frozen tuna and selling it vehicles and machinery", com="frozen tuna")
R(5, RMI, "imports_from", "Japan", "asserted", "buying frozen tuna and selling it vehicles and machinery", com="vehicles and machinery")
R(5, "Jina Langidrik", "citizen_of", RMI, "asserted", "Jina Langidrik, a Marshallese observer")
R(5, "Jina Langidrik", "lives_in", "Ebeye", "asserted", "who lives on Ebeye")
R(5, RMI, "diplomatic_relations_with", "Taiwan", "asserted", "maintain diplomatic relations with Taiwan")
R(5, RMI, "diplomatic_relations_with", "China", "negated", "it has no diplomatic relations with Beijing")

# --- zzw06 (newspaper, 2026-06-09): Japan, Philippines, South China Sea
R(6, "Shinjiro Koizumi", "works_for", "Japan", "asserted", "Japanese Defence Minister Shinjiro Koizumi", role="defence minister")
R(6, "Gilberto Teodoro", "works_for", "Philippines", "asserted", "his Philippine counterpart, Gilberto Teodoro", role="defence secretary")
R(6, "Shinjiro Koizumi", "met_with", "Gilberto Teodoro", "asserted", "met in Manila on Monday", t="2026-06-08")
R(6, "Shinjiro Koizumi", "visited", "Manila", "asserted", "met in Manila on Monday", t="2026-06-08", alt_o=["Philippines"])
R(6, "China Coast Guard", "attacked", "BRP Datu Pagbuaya", "asserted", "Chinese coast guard ships fired water cannon at a Philippine government vessel", t="2026-06-01", alt_o=["Bureau of Fisheries and Aquatic Resources", "Philippines"], alt_s=["China"], note="also reported by the Philippine Coast Guard: 'on June 1'")
R(6, "China Coast Guard", "attacked", "BRP Datu Pagbuaya", "negated", "The China Coast Guard denied attacking the ship", alt_o=["Bureau of Fisheries and Aquatic Resources", "Philippines"], alt_s=["China"])
R(6, "China", "took_control_of", "Scarborough Shoal", "asserted", "since it seized the shoal after a standoff with Manila in 2012", t="2012")
R(6, "China", "in_conflict_with", "Philippines", "asserted", "the two countries have been locked in a long-running dispute over it")
R(6, "China Coast Guard", "blockaded", "Second Thomas Shoal", "asserted", "Chinese coast guard vessels blockaded Second Thomas Shoal for nine days", t="2026-05", alt_s=["China"])
R(6, "BRP Sierra Madre", "located_in", "Second Thomas Shoal", "asserted", "a Philippine outpost on the reef")
R(6, "Shinjiro Koizumi", "visited", "Palawan", "negated", "Koizumi did not travel to the western island of Palawan")
R(6, "Shinjiro Koizumi", "visited", "Palawan", "planned", "Teodoro said Koizumi would instead visit the island in the autumn", t="2026")
R(6, "Japan", "signed_agreement_with", "Philippines", "asserted", "signed in Manila in July 2024", t="2024-07")
R(6, "Japan", "party_to", "Reciprocal Access Agreement", "asserted", "The Reciprocal Access Agreement between Japan and the Philippines, signed in Manila in July 2024", t="2024-07")
R(6, "Philippines", "party_to", "Reciprocal Access Agreement", "asserted", "The Reciprocal Access Agreement between Japan and the Philippines, signed in Manila in July 2024", t="2024-07")
R(6, "Japan", "supported", "Philippines", "reported", "Tokyo has supplied coastal surveillance radars to the Philippine military", alt_s=["Tokyo"])
R(6, "Japan", "supported", "Philippines", "hedged", "may also transfer several used Abukuma-class destroyer escorts", alt_s=["Tokyo"])
R(6, "Japan", "allied_with", US, "asserted", "Japan and the Philippines are both treaty allies of the United States")
R(6, "Philippines", "allied_with", US, "asserted", "Japan and the Philippines are both treaty allies of the United States")
R(6, "Philippines", "party_to", "Mutual Defense Treaty", "asserted", "bound by a 1951 Mutual Defense Treaty", t="1951")
R(6, US, "party_to", "Mutual Defense Treaty", "asserted", "bound by a 1951 Mutual Defense Treaty", t="1951")
R(6, "Ferdinand Marcos Jr.", "head_of", "Philippines", "asserted", "Philippine President Ferdinand Marcos Jr.", role="president")
R(6, "Sanae Takaichi", "head_of", "Japan", "asserted", "Japanese Prime Minister Sanae Takaichi", role="prime minister")
R(6, "Ferdinand Marcos Jr.", "contacted", "Sanae Takaichi", "asserted", "spoke by telephone on Friday with Japanese Prime Minister Sanae Takaichi", t="2026-06-05")
R(6, "Sanae Takaichi", "criticized", "China Coast Guard", "reported", "who condemned the water cannon attack", t="2026-06-05", alt_o=["China"])
R(6, "Ferdinand Marcos Jr.", "visited", "Tokyo", "planned", "Marcos is scheduled to visit Tokyo in September", t="2026-09", alt_o=["Japan"])
R(6, "Pete Hegseth", "works_for", US, "asserted", "U.S. Defense Secretary Pete Hegseth", role="defense secretary")
R(6, "Pete Hegseth", "visited", "Manila", "asserted", "who visited Manila in March 2025", t="2025-03", alt_o=["Philippines"])
R(6, "China", "sanctioned", "Francis Tolentino", "asserted", "China imposed sanctions on Francis Tolentino", t="2025-07")
R(6, "Francis Tolentino", "citizen_of", "Philippines", "asserted", "a former Philippine senator", req=False, note="nationality implied by 'Philippine senator'")
R(6, "China", "threatened", "Philippines", "reported", "warned that Manila would \"bear all the consequences\"", t="2026-06-08", alt_o=["Manila"])
R(6, "Philippines", "diplomatic_relations_with", "China", "asserted", "Manila and Beijing established diplomatic relations on June 9, 1975", alt_s=["Manila"])
R(6, "China", "trades_with", "Philippines", "asserted", "China remains the Philippines' largest trading partner")

# --- zzw07 (HTML, 2026-05-20): Italy's centres in Albania, Frontex, Evros
R(7, "Giorgia Meloni", "head_of", "Italy", "asserted", "Italian Prime Minister Giorgia Meloni", role="prime minister")
R(7, "Giorgia Meloni", "visited", "Tirana", "planned", "Italian Prime Minister Giorgia Meloni will travel to Tirana next week", t="2026-05", alt_o=["Albania"])
R(7, "Giorgia Meloni", "met_with", "Edi Rama", "hedged", "Meloni is expected to press Rama", t="2026-05", req=False)
R(7, "Italy", "signed_agreement_with", "Albania", "asserted", "Under a protocol that Meloni and Albanian Prime Minister Edi Rama signed in Rome in November 2023", t="2023-11", alt_s=["Giorgia Meloni"], alt_o=["Edi Rama"])
R(7, "Italy", "party_to", "Italy-Albania protocol", "asserted", "Under a protocol that Meloni and Albanian Prime Minister Edi Rama signed in Rome in November 2023", t="2023-11")
R(7, "Albania", "party_to", "Italy-Albania protocol", "asserted", "Under a protocol that Meloni and Albanian Prime Minister Edi Rama signed in Rome in November 2023", t="2023-11")
R(7, "Edi Rama", "head_of", "Albania", "asserted", "Albanian Prime Minister Edi Rama", role="prime minister")
R(7, "Shëngjin", "located_in", "Albania", "asserted", "a reception centre at the port of Shëngjin", note="'the two migrant centres Italy runs in northern Albania' (previous sentence)")
R(7, "Gjadër centre", "located_in", "Albania", "asserted", "The centre at Gjadër, in northern Albania", note="photo caption; also body")
R(7, "Albania", "negotiating_with", "Netherlands", "negated", "he denied that his government was negotiating with the Netherlands")
R(7, "Tirana", "capital_of", "Albania", "asserted", "Tirana, the Albanian capital")
R(7, "Albania", "allied_with", "Italy", "reported", "We did this for Italy, as a friend", req=False, alt_s=["Edi Rama"])
R(7, "Albania", "member_of", "NATO", "asserted", "Albania, a NATO member since 2009")
R(7, "Albania", "candidate_for", EU, "asserted", "hopes to conclude its EU accession negotiations by 2027")
R(7, "Albania", "negotiating_with", EU, "asserted", "hopes to conclude its EU accession negotiations by 2027")
R(7, "Edi Rama", "member_of", "Socialist Party of Albania", "asserted", "Rama's Socialist Party")
R(7, "Amnesty International", "criticized", "Italy", "asserted", "Amnesty International and other rights groups have criticized the Italian model")
R(7, "Frontex", "based_in", "Warsaw", "asserted", "Frontex, the EU border agency based in Warsaw")
R(7, "Frontex", "supported", "Albania", "asserted", "deployed officers to Albania's border with Greece in 2019", t="2019")
R(7, "Albania", "borders", "Greece", "asserted", "Albania's border with Greece")
R(7, "Hans Leijtens", "head_of", "Frontex", "asserted", "Its executive director, Hans Leijtens", role="executive director")
R(7, "Hans Leijtens", "visited", "Kakavia", "asserted", "visited the Kakavia border crossing between the two countries last month", t="2026-04")
R(7, "Thanos Plevris", "works_for", "Greece", "asserted", "Greek Migration Minister Thanos Plevris", role="migration minister")
R(7, "Thanos Plevris", "met_with", "Hans Leijtens", "asserted", "met Leijtens on Monday", t="2026-05-18")
R(7, "Greece", "borders", "Turkey", "asserted", "which forms Greece's land border with Turkey")
R(7, "Kemal Aydin", "killed", "Omar Haddad", "reported", "charged a Turkish national, Kemal Aydin, 34, with killing Omar Haddad", note="prosecutors' charge")
R(7, "Kemal Aydin", "killed", "Omar Haddad", "negated", "denied killing Haddad through his lawyer")
R(7, "Kemal Aydin", "citizen_of", "Turkey", "asserted", "a Turkish national, Kemal Aydin")
R(7, "Omar Haddad", "citizen_of", "Syria", "asserted", "a 22-year-old Syrian migrant")
R(7, "Edirne", "located_in", "Turkey", "asserted", "the Turkish city of Edirne")
R(7, EU, "party_to", "EU-Turkey Statement", "asserted", "the 2016 EU-Turkey Statement", t="2016")
R(7, "Turkey", "party_to", "EU-Turkey Statement", "asserted", "under which Turkey agreed to take back migrants", t="2016")
R(7, EU, "signed_agreement_with", "Turkey", "asserted", "the 2016 EU-Turkey Statement", t="2016")
R(7, EU, "supported", "Turkey", "asserted", "in return for EU aid for the refugees it hosts")

# --- zzw08 (HTML, 2026-09-14): compacts of free association
R(8, "Wesley Simina", "met_with", "Doug Burgum", "planned", "will meet U.S. Interior Secretary Doug Burgum in Honolulu on Thursday", t="2026-09-17", note="'the presidents of the FSM, the Marshall Islands and Palau'")
R(8, "Hilda Heine", "met_with", "Doug Burgum", "planned", "will meet U.S. Interior Secretary Doug Burgum in Honolulu on Thursday", t="2026-09-17")
R(8, WHIPPS, "met_with", "Doug Burgum", "planned", "will meet U.S. Interior Secretary Doug Burgum in Honolulu on Thursday", t="2026-09-17")
R(8, "Doug Burgum", "works_for", US, "asserted", "U.S. Interior Secretary Doug Burgum", role="interior secretary")
R(8, "Wesley Simina", "head_of", FSM, "asserted", "FSM President Wesley Simina", role="president")
R(8, "Hilda Heine", "head_of", RMI, "asserted", "Marshall Islands President Hilda Heine", role="president")
R(8, WHIPPS, "head_of", "Palau", "asserted", "Palau's President Surangel Whipps Jr.", role="president")
R(8, "U.S. Congress", "supported", FSM, "asserted", "The U.S. Congress approved $7.1 billion over 20 years for the three countries in March 2024", t="2024-03", alt_s=[US])
R(8, "U.S. Congress", "supported", RMI, "asserted", "The U.S. Congress approved $7.1 billion over 20 years for the three countries in March 2024", t="2024-03", alt_s=[US])
R(8, "U.S. Congress", "supported", "Palau", "asserted", "The U.S. Congress approved $7.1 billion over 20 years for the three countries in March 2024", t="2024-03", alt_s=[US])
R(8, US, "signed_agreement_with", FSM, "asserted", "The FSM and Palau signed their new compact agreements with Washington in May 2023", t="2023-05")
R(8, US, "signed_agreement_with", "Palau", "asserted", "The FSM and Palau signed their new compact agreements with Washington in May 2023", t="2023-05")
R(8, US, "signed_agreement_with", RMI, "asserted", "the Marshall Islands followed in October 2023", t="2023-10")
R(8, FSM, "party_to", "Compact of Free Association", "asserted", "their renewed compacts of free association")
R(8, RMI, "party_to", "Compact of Free Association", "asserted", "their renewed compacts of free association")
R(8, "Palau", "party_to", "Compact of Free Association", "asserted", "their renewed compacts of free association")
R(8, US, "party_to", "Compact of Free Association", "asserted", "their renewed compacts of free association")
R(8, "Doug Burgum", "visited", "Majuro", "asserted", "visited Majuro and Palikir in June", t="2026-06", alt_o=[RMI])
R(8, "Doug Burgum", "visited", "Palikir", "asserted", "visited Majuro and Palikir in June", t="2026-06", alt_o=[FSM])
R(8, "Doug Burgum", "visited", "Palau", "negated", "He did not visit Palau")
R(8, WHIPPS, "criticized", US, "asserted", "whose president has accused Washington of neglecting its Pacific partners", alt_s=["Palau"])
R(8, "Palikir", "capital_of", FSM, "asserted", "Palikir, the federation's capital", note="also the photo caption")
R(8, "Palikir", "located_in", "Pohnpei", "asserted", "Palikir, the federation's capital on Pohnpei")
R(8, "China", "diplomatic_relations_with", FSM, "asserted", "It established diplomatic relations with the FSM in 1989")
R(8, "China", "supported", FSM, "asserted", "has financed government buildings in Palikir")
R(8, "David Panuelo", "criticized", "China", "asserted", "then-President David Panuelo accused Beijing of waging \"political warfare\"", t="2023")
R(8, "Palau", "recognizes", "Taiwan", "asserted", "Palau and the Marshall Islands recognize Taiwan")
R(8, RMI, "recognizes", "Taiwan", "asserted", "Palau and the Marshall Islands recognize Taiwan")
R(8, FSM, "recognizes", "Taiwan", "negated", "the FSM had no plans to recognize Taipei")
R(8, "Chuuk", "located_in", FSM, "asserted", "the most populous of the FSM's four states")
R(8, "Chuuk", "seceded_from", FSM, "hedged", "a long-delayed referendum on breaking away from the federation could be held as early as next year", req=False, note="only a possible referendum")
R(8, US, "negotiating_with", RMI, "negated", "Washington has refused to reopen negotiations on the issue")
R(8, "Toshimitsu Motegi", "works_for", "Japan", "asserted", "Japanese Foreign Minister Toshimitsu Motegi", role="foreign minister")
R(8, "Toshimitsu Motegi", "visited", "Pohnpei", "asserted", "Toshimitsu Motegi visited Pohnpei in April", t="2026-04", alt_o=[FSM])
R(8, "Japan", "supported", "Palau", "planned", "days after Tokyo pledged a patrol boat to Palau", alt_s=["Tokyo"])
R(8, FSM, "member_of", "Pacific Islands Forum", "asserted", "The three states are members of the Pacific Islands Forum")
R(8, RMI, "member_of", "Pacific Islands Forum", "asserted", "The three states are members of the Pacific Islands Forum")
R(8, "Palau", "member_of", "Pacific Islands Forum", "asserted", "The three states are members of the Pacific Islands Forum")
R(8, "Baron Waqa", "head_of", "Pacific Islands Forum", "asserted", "Forum Secretary General Baron Waqa", role="secretary general")


# ---------------------------------------------------------------- build
def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def fail(errors):
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)


def main():
    errors = []
    etype = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in etype:
            errors.append("entity defined twice: " + name)
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append("alias %r of %s already names %s" % (a, name, alias_owner[k]))
            alias_owner[k] = name

    docs = {}
    for d, (fn, pub, style, cluster) in DOCS.items():
        path = os.path.join(ROOT, "corpus", fn)
        if not os.path.exists(path):
            errors.append("missing document " + fn)
            continue
        doc = textutil.load(path)
        if doc["published"] and doc["published"] != pub:
            errors.append("%s: page says published %s, DOCS says %s" % (fn, doc["published"], pub))
        if pub > REFERENCE_DAY:
            errors.append("%s: published after the reference day" % fn)
        n = textutil.word_count(doc["text"])
        if not 450 <= n <= 900:
            errors.append("%s: %d words" % (fn, n))
        docs[d] = doc
    if errors:
        fail(errors)

    used_entities = set()
    groups = OrderedDict()
    seen = set()
    time_re = re.compile(r"^\d{3}$|^\d{4}(-\d{2}(-\d{2})?)?$")
    for r in ROWS:
        where = "zzw%02d %s %s %s" % (r["doc"], r["s"], r["p"], r["o"])
        if r["p"] not in SCHEMA:
            errors.append("unknown predicate: " + where)
            continue
        if r["m"] not in MODALITIES:
            errors.append("bad modality: " + where)
        for role, name in (("subject", r["s"]), ("object", r["o"])):
            if name not in etype:
                errors.append("undefined %s %r: %s" % (role, name, where))
        for name in r["alt_s"] + r["alt_o"]:
            if norm(name) not in alias_owner:
                errors.append("alt name %r is no entity or alias: %s" % (name, where))
        for p in r["alt_p"]:
            if p not in SCHEMA:
                errors.append("unknown alt predicate %r: %s" % (p, where))
        if r["s"] in etype and r["o"] in etype:
            st, ot = SCHEMA[r["p"]]
            if etype[r["s"]] not in st or etype[r["o"]] not in ot:
                errors.append("types %s -> %s not allowed for %s: %s" % (etype[r["s"]], etype[r["o"]], r["p"], where))
        t = r["t"]
        if t is not None:
            if not time_re.match(t):
                errors.append("bad time %r: %s" % (t, where))
            if r["m"] == "negated":
                errors.append("negated row with a time: " + where)
            if r["p"] in STATIC:
                errors.append("static relation with a time: " + where)
            pub = DOCS[r["doc"]][1]
            if POLARITY[r["m"]] == "POS" and t > pub[:len(t)]:
                errors.append("asserted/reported time %s after publication %s: %s" % (t, pub, where))
        try:
            st_, en_, sent = textutil.find_sentence(docs[r["doc"]], r["ev"])
            r["sentence"], r["start"], r["end"] = sent, st_, en_
        except KeyError as e:
            errors.append(str(e))
        used_entities.update([r["s"], r["o"]] + [alias_owner.get(norm(x), x) for x in r["alt_s"] + r["alt_o"]])
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, r["p"], o, POLARITY[r["m"]])
        if (unit, r["doc"]) in seen:
            errors.append("duplicate unit in one document: " + where)
        seen.add((unit, r["doc"]))
        groups.setdefault(unit, []).append(r)
    for name in etype:
        if name not in used_entities:
            errors.append("entity used by no row: " + name)
    if errors:
        fail(errors)

    triples = []
    for unit, rs in groups.items():
        first = rs[0]
        times = {r["t"] for r in rs}
        if len(times) > 1:
            errors.append("rows of one unit disagree on time %s: %s" % (sorted(map(str, times)), unit))
        reqs = {r["req"] for r in rs}
        if len(reqs) > 1:
            errors.append("rows of one unit disagree on required: %s" % (unit,))
        mods = [r["m"] for r in rs]
        modality = "asserted" if "asserted" in mods else mods[0]
        row = OrderedDict()
        row["s"], row["p"], row["o"] = first["s"], first["p"], first["o"]
        row["docs"] = [DOCS[r["doc"]][0] for r in rs]
        row["modality"] = modality
        if first["t"]:
            row["time"] = first["t"]
        row["required"] = first["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            vals = []
            for r in rs:
                for v in r[k]:
                    if v not in vals:
                        vals.append(v)
            if vals:
                row[k] = vals
        notes = []
        for r in rs:
            bits = ["zzw%02d%s: '%s'" % (r["doc"], "" if r["m"] == modality else " (" + r["m"] + ")", r["ev"])]
            if r["role"]:
                bits.append("role: " + r["role"])
            if r["com"]:
                bits.append("commodity: " + r["com"])
            if r["note"]:
                bits.append(r["note"])
            notes.append("; ".join(bits))
        row["note"] = " | ".join(notes)
        triples.append(row)
        for r in rs:
            r["row_time"] = first["t"]
    if errors:
        fail(errors)

    used_p = Counter(r["p"] for r in triples)
    missing = [p for p in SCHEMA if p not in used_p]
    if missing:
        fail(["predicates never used: " + ", ".join(missing)])

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for row in triples:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            fn = DOCS[r["doc"]][0]
            st = OrderedDict([
                ("subject", r["s"]), ("subject_type", etype[r["s"]]),
                ("predicate", r["p"]),
                ("object", r["o"]), ("object_type", etype[r["o"]]),
                ("modality", r["m"]), ("time", r["row_time"] or ""),
                ("role", r["role"] or ""), ("commodity", r["com"] or ""),
                ("confidence", 1.0), ("source", "corpus/" + fn),
                ("title", docs[r["doc"]]["title"]), ("published", DOCS[r["doc"]][1]),
                ("sentence", r["sentence"]), ("start", r["start"]), ("end", r["end"]),
                ("rule", "gold"),
            ])
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ report
    print("documents:", len(DOCS))
    for d, (fn, pub, style, cluster) in DOCS.items():
        n_rows = sum(1 for r in ROWS if r["doc"] == d)
        print("  %-45s %s %-9s cluster %s words %3d annotations %d" % (
            fn, pub, style, cluster, textutil.word_count(docs[d]["text"]), n_rows))
    print("entities:", len(ENTITIES), dict(Counter(t for _, t, _ in ENTITIES)))
    print("annotations (row x document):", len(ROWS))
    print("triple rows:", len(triples))
    print("  required:", sum(1 for r in triples if r["required"]), " optional:", sum(1 for r in triples if not r["required"]))
    print("  negated:", sum(1 for r in triples if r["modality"] == "negated"))
    print("  with time:", sum(1 for r in triples if "time" in r))
    print("  multi-document rows:", sum(1 for r in triples if len(r["docs"]) > 1))
    print("modality:", dict(Counter(r["modality"] for r in triples)))
    print("predicates (%d of %d used):" % (len(used_p), len(SCHEMA)))
    for p in SCHEMA:
        print("  %-26s %d" % (p, used_p[p]))


if __name__ == "__main__":
    main()
