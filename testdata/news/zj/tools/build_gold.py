#!/usr/bin/env python3
"""Build the gold standard of news set zj.

Writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl into the
set folder (the parent of tools/). Every gold row names, for each document
that states it, a piece of evidence: a substring of one sentence of that
document. The script checks that the evidence is found inside a single
sentence of the document's cleaned text, that every name is a gold entity,
that subject and object types fit the predicate (SCHEMA.md), that no two rows
collapse into the same scoring unit, and that aliases are unambiguous. The
self-check file holds one statement per gold row and document, in the shape
of `kg export --format jsonl` (DESIGN.md), with the sentence copied from the
article.

Usage: python3 tools/build_gold.py
"""
import html
import json
import os
import re
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SET, "corpus")

DOCS = {
    "zj01": "zj01_morocco_spain_customs_talks.txt",
    "zj02": "zj02_algeria_italy_gas_supply.txt",
    "zj03": "zj03_belgium_zeebrugge_drones.txt",
    "zj04": "zj04_france_algeria_readmission_talks.txt",
    "zj05": "zj05_portugal_spain_tagus_flows.txt",
    "zj06": "zj06_brenner_transit_dispute.txt",
    "zj07": "zj07_libya_tripoli_mitiga_truce.html",
    "zj08": "zj08_western_med_dialogue_valletta.html",
}

# ---------------------------------------------------------------- entities
P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
ENTITIES = [
    # countries
    ("Spain", C, ["Kingdom of Spain"]),
    ("Morocco", C, ["Kingdom of Morocco"]),
    ("Algeria", C, []),
    ("Italy", C, []),
    ("Russia", C, ["Russian Federation"]),
    ("Ukraine", C, []),
    ("Tunisia", C, []),
    ("Austria", C, []),
    ("Germany", C, []),
    ("Libya", C, []),
    ("Belgium", C, []),
    ("Netherlands", C, ["the Netherlands", "Holland"]),
    ("France", C, []),
    ("Portugal", C, []),
    ("Turkey", C, ["Türkiye", "Turkiye"]),
    ("Ghana", C, []),
    ("Malta", C, []),
    ("Mauritania", C, []),
    # cities
    ("Rabat", CI, []), ("Madrid", CI, []), ("Ceuta", CI, []), ("Melilla", CI, []),
    ("Beni Ensar", CI, ["Beni Enzar"]),
    ("Algiers", CI, []), ("Rome", CI, []), ("Mazara del Vallo", CI, []),
    ("Brussels", CI, []), ("Moscow", CI, []), ("Kyiv", CI, ["Kiev"]),
    ("Zeebrugge", CI, []), ("Ghent", CI, []),
    ("Paris", CI, []), ("Berlin", CI, []),
    ("Badajoz", CI, []), ("Lisbon", CI, []), ("Coimbra", CI, []),
    ("Verona", CI, []), ("Vienna", CI, []), ("Luxembourg", CI, ["Luxembourg City"]),
    ("Innsbruck", CI, []), ("Munich", CI, []), ("Milan", CI, []),
    ("Tripoli", CI, []), ("Benghazi", CI, []), ("Tunis", CI, []),
    ("Valletta", CI, []), ("Sfax", CI, []), ("Nouakchott", CI, []),
    # regions
    ("North Africa", R, []),
    ("Western Sahara", R, []),
    ("Sicily", R, []),
    ("North Sea", R, []),
    ("Murcia", R, ["Region of Murcia"]),
    ("Western Europe", R, []),
    ("Tyrol", R, ["Tirol"]),
    ("Bavaria", R, []),
    ("Souq al-Jumaa", R, ["Souq al-Juma", "Souk al-Jumaa"]),
    ("Canary Islands", R, ["Canaries"]),
    # organizations
    ("Polisario Front", O, ["Polisario"]),
    ("European Union", O, ["EU"]),
    ("European Commission", O, []),
    ("Institut Atlantique des Études Stratégiques", O,
     ["Institut Atlantique des Etudes Strategiques", "Institut Atlantique"]),
    ("Sonatrach", O, []),
    ("Eni", O, []),
    ("National Oil Corporation", O, ["NOC", "Libya's National Oil Corporation"]),
    ("Five Star Movement", O, ["M5S", "Movimento 5 Stelle"]),
    ("Euroclear", O, []),
    ("Fluxys", O, []),
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("North Sea Security Forum", O, []),
    ("The Republicans", O, ["Republicans", "Les Républicains"]),
    ("National Rally", O, ["Rassemblement National", "RN"]),
    ("Centre Méditerranéen d'Analyse Politique", O,
     ["Centre Mediterraneen d'Analyse Politique"]),
    ("Tejo Vivo", O, []),
    ("Instituto Ibérico da Água", O, ["Instituto Iberico da Agua"]),
    ("League", O, ["Lega"]),
    ("Court of Justice of the European Union", O,
     ["CJEU", "European Court of Justice", "EU court", "Court of Justice"]),
    ("Osservatorio Alpino sui Trasporti", O, []),
    ("Government of National Unity", O, ["GNU", "Libyan Government of National Unity"]),
    ("Radaa", O, ["Radaa force", "Rada", "Special Deterrence Force"]),
    ("Presidential Council", O, ["Libyan Presidential Council"]),
    ("444 Brigade", O, ["444th Brigade"]),
    ("UN Support Mission in Libya", O,
     ["UNSMIL", "United Nations Support Mission in Libya"]),
    ("Libyan National Army", O, ["LNA"]),
    ("Centre for Maghreb Security Studies", O, []),
    ("5+5 Dialogue", O, ["5+5", "5 + 5 Dialogue", "Western Mediterranean Forum"]),
    ("Mediterranean Rescue Coordination Centre", O, []),
    ("Mediterranean Maritime Institute", O, []),
    # facilities
    ("Tarajal crossing", F, ["Tarajal"]),
    ("El Mouradia", F, ["El Mouradia palace"]),
    ("Hassi R'Mel", F, ["Hassi R'Mel field", "Hassi R\u2019Mel"]),
    ("Transmed pipeline", F, ["Transmed"]),
    ("SoutH2 Corridor", F, ["SoutH2"]),
    ("Maghreb-Europe pipeline", F, ["Maghreb-Europe gas pipeline"]),
    ("Zeebrugge LNG terminal", F,
     ["Fluxys liquefied natural gas terminal", "Fluxys LNG terminal"]),
    ("Kleine-Brogel", F, ["Kleine-Brogel air base"]),
    ("Alcazaba of Badajoz", F, ["Alcazaba", "Alcazaba fortress"]),
    ("Tajo-Segura transfer", F, ["Tajo-Segura aqueduct", "Tagus-Segura transfer"]),
    ("Alqueva reservoir", F, ["Alqueva", "Alqueva dam"]),
    ("Brenner Base Tunnel", F, []),
    ("Mitiga International Airport", F, ["Mitiga", "Mitiga airport"]),
    # agreements
    ("Rabat customs protocol", A, ["customs protocol"]),
    ("Franco-Algerian agreement of 1968", A,
     ["1968 agreement", "1968 Franco-Algerian agreement", "Franco-Algerian accord of 1968"]),
    ("Albufeira Convention", A, []),
    ("Tripoli truce", A, ["truce", "ceasefire", "Tripoli ceasefire"]),
    ("Valletta Declaration on Maritime Safety", A, ["Valletta Declaration"]),
    # people
    ("José Manuel Albares", P, ["Albares", "Jose Manuel Albares"]),
    ("Nasser Bourita", P, ["Bourita"]),
    ("Mohammed VI", P, ["King Mohammed VI"]),
    ("Brahim Ghali", P, ["Ghali"]),
    ("Pedro Sánchez", P, ["Sánchez", "Pedro Sanchez", "Sanchez"]),
    ("Laila Benjelloun", P, ["Benjelloun"]),
    ("Aziz Akhannouch", P, ["Akhannouch"]),
    ("Giorgia Meloni", P, ["Meloni"]),
    ("Abdelmadjid Tebboune", P, ["Tebboune", "Abdelmadjid Tebboune"]),
    ("Antonio Tajani", P, ["Tajani"]),
    ("Ahmed Attaf", P, ["Attaf"]),
    ("Claudio Descalzi", P, ["Descalzi"]),
    ("Enrico Mattei", P, ["Mattei"]),
    ("Giuseppe Conte", P, ["Conte"]),
    ("Theo Francken", P, ["Francken"]),
    ("Maxime Prévot", P, ["Prévot", "Maxime Prevot", "Prevot"]),
    ("Bart De Wever", P, ["De Wever"]),
    ("Dick Schoof", P, ["Schoof"]),
    ("Mark Rutte", P, ["Rutte"]),
    ("Pieter Vanhoutte", P, ["Vanhoutte"]),
    ("Laurent Nuñez", P, ["Nuñez", "Laurent Nunez", "Nunez"]),
    ("Jean-Noël Barrot", P, ["Barrot", "Jean-Noel Barrot"]),
    ("Emmanuel Macron", P, ["Macron", "President Emmanuel Macron"]),
    ("Stéphane Romatet", P, ["Romatet", "Stephane Romatet"]),
    ("Boualem Sansal", P, ["Sansal"]),
    ("Frank-Walter Steinmeier", P, ["Steinmeier"]),
    ("Bruno Retailleau", P, ["Retailleau"]),
    ("Saïd Chanegriha", P, ["Chanegriha", "Said Chanegriha"]),
    ("Sébastien Lecornu", P, ["Lecornu", "Sebastien Lecornu"]),
    ("Nadia Bensaïd", P, ["Bensaïd", "Nadia Bensaid", "Bensaid"]),
    ("Luís Montenegro", P, ["Montenegro", "Luis Montenegro"]),
    ("Sara Aagesen", P, ["Aagesen"]),
    ("Maria da Graça Carvalho", P, ["Carvalho", "Maria da Graca Carvalho"]),
    ("Joana Prates", P, ["Prates"]),
    ("Matteo Salvini", P, ["Salvini"]),
    ("Christian Stocker", P, ["Stocker"]),
    ("Peter Hanke", P, ["Hanke"]),
    ("Anton Mattle", P, ["Mattle"]),
    ("Patrick Schnieder", P, ["Schnieder"]),
    ("Luca Ferretti", P, ["Ferretti"]),
    ("Abdul Hamid Dbeibah", P, ["Dbeibah", "Abdulhamid Dbeibah", "Abdul Hamid Dbeibeh"]),
    ("Salem Abu Ras", P, ["Abu Ras"]),
    ("Abdel Raouf Kara", P, ["Kara", "Abdelraouf Kara"]),
    ("Hanna Tetteh", P, ["Tetteh", "Hanna Serwaa Tetteh"]),
    ("Hakan Fidan", P, ["Fidan"]),
    ("Khalifa Haftar", P, ["Haftar"]),
    ("Amal Bouzid", P, ["Bouzid"]),
    ("Ian Borg", P, ["Borg"]),
    ("Robert Abela", P, ["Abela"]),
    ("Mohamed Ali Nafti", P, ["Nafti"]),
    ("Dubravka Šuica", P, ["Šuica", "Dubravka Suica", "Suica"]),
    ("Marco Vella", P, ["Vella"]),
]

# ---------------------------------------------------------------- schema
ANY = {P, C, O, CI, R, A, F}
PLACE = {CI, R, C}
SIG = {  # predicate: (subject types, object types)  from SCHEMA.md
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, PLACE),
    "based_in": ({O, F}, PLACE),
    "located_in": ({CI, R, C, F}, {R, C, CI}),
    "capital_of": ({CI}, {C, R}),
    "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, PLACE),
    "negotiating_with": (ANY, ANY), "contacted": (ANY, ANY),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ANY, ANY), "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY), "recognizes": ({C}, {C}),
    "supported": (ANY, ANY), "criticized": (ANY, ANY), "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY), "in_conflict_with": (ANY, ANY), "attacked": (ANY, ANY),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ANY, ANY), "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}), "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- facts
ROWS = []


def r(s, p, o, m, ev, req=True, time=None, alt_s=None, alt_p=None, alt_o=None,
      note=None, role="", commodity="", strain=False):
    """One gold row. strain=True admits types outside the predicate's
    signature (such rows must not be required)."""
    ROWS.append(dict(s=s, p=p, o=o, modality=m, ev=ev, required=req, time=time,
                     alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, note=note, role=role,
                     commodity=commodity, strain=strain))


# zj01 wire, Rabat: Spain-Morocco customs protocol (no year in the dateline)
r("Spain", "signed_agreement_with", "Morocco", "asserted",
  {"zj01": "Spain and Morocco signed an agreement on Tuesday"},
  alt_s=["José Manuel Albares", "Madrid"], alt_o=["Nasser Bourita", "Rabat"],
  note="wire copy: 'on Tuesday' gives no year, so no gold time")
r("Spain", "party_to", "Rabat customs protocol", "reported",
  {"zj01": "The two ministers signed a memorandum on border logistics"},
  alt_s=["José Manuel Albares"])
r("Morocco", "party_to", "Rabat customs protocol", "reported",
  {"zj01": "The two ministers signed a memorandum on border logistics"},
  alt_s=["Nasser Bourita"])
r("José Manuel Albares", "works_for", "Spain", "asserted",
  {"zj01": "Spanish Foreign Minister José Manuel Albares met",
   "zj08": "Spanish Foreign Minister José Manuel Albares said Madrid"},
  role="foreign minister")
r("Nasser Bourita", "works_for", "Morocco", "asserted",
  {"zj01": "his Moroccan counterpart Nasser Bourita",
   "zj08": "Morocco's Nasser Bourita and Algeria's Ahmed Attaf"},
  role="foreign minister", note="zj08: one of the foreign ministers at the meeting")
r("José Manuel Albares", "met_with", "Nasser Bourita", "asserted",
  {"zj01": "met his Moroccan counterpart Nasser Bourita in Rabat"},
  alt_s=["Spain"], alt_o=["Morocco"])
r("José Manuel Albares", "visited", "Rabat", "asserted",
  {"zj01": "met his Moroccan counterpart Nasser Bourita in Rabat"}, alt_o=["Morocco"])
r("Tarajal crossing", "located_in", "Ceuta", "reported",
  {"zj01": "the Tarajal crossing, on the southern edge of Ceuta"})
r("Beni Ensar", "located_in", "Morocco", "reported",
  {"zj01": "Beni Ensar, on the Moroccan side of the Melilla border"}, req=False,
  note="the customs post, not necessarily the town; loose reading")
r("Ceuta", "located_in", "Spain", "asserted",
  {"zj01": "Ceuta and Melilla, two Spanish cities on the North African coast"})
r("Melilla", "located_in", "Spain", "asserted",
  {"zj01": "Ceuta and Melilla, two Spanish cities on the North African coast"})
r("Ceuta", "located_in", "North Africa", "asserted",
  {"zj01": "Ceuta and Melilla, two Spanish cities on the North African coast"},
  req=False, note="'on the North African coast': adjective, loose")
r("Melilla", "located_in", "North Africa", "asserted",
  {"zj01": "Ceuta and Melilla, two Spanish cities on the North African coast"},
  req=False, note="'on the North African coast': adjective, loose")
r("Spain", "trades_with", "Morocco", "asserted",
  {"zj01": "Spain is Morocco's largest trading partner"})
r("Spain", "borders", "Morocco", "asserted",
  {"zj01": "the two countries share land borders at both enclaves"})
r("Morocco", "allied_with", "Spain", "reported",
  {"zj01": "Bourita said Rabat remained committed to its \"strategic partnership\" with Madrid"},
  alt_s=["Rabat", "Nasser Bourita"], alt_o=["Madrid"], note="capitals as metonymy")
r("José Manuel Albares", "met_with", "Mohammed VI", "negated",
  {"zj01": "Albares did not meet Morocco's King Mohammed VI"}, alt_s=["Spain"])
r("Mohammed VI", "head_of", "Morocco", "asserted",
  {"zj01": "Morocco's King Mohammed VI"}, role="king")
r("Brahim Ghali", "head_of", "Polisario Front", "asserted",
  {"zj01": "Brahim Ghali, the leader of the Polisario Front"}, role="leader")
r("Brahim Ghali", "visited", "Spain", "asserted",
  {"zj01": "to be treated for COVID-19 in a Spanish hospital"}, time="2021", req=False,
  note="treated in a Spanish hospital in 2021: travel implied")
r("Algeria", "supported", "Polisario Front", "asserted",
  {"zj01": "The Polisario, which Algeria arms and hosts",
   "zj04": "the Algerian-backed Polisario Front"})
r("Polisario Front", "based_in", "Algeria", "asserted",
  {"zj01": "The Polisario, which Algeria arms and hosts"}, req=False,
  note="'hosts': loose reading of seat")
r("Polisario Front", "in_conflict_with", "Morocco", "asserted",
  {"zj01": "has fought Morocco for decades over Western Sahara"})
r("Spain", "normalized_relations_with", "Morocco", "asserted",
  {"zj01": "Ties were restored in 2022"}, time="2022")
r("Pedro Sánchez", "head_of", "Spain", "asserted",
  {"zj01": "Spanish Prime Minister Pedro Sánchez endorsed",
   "zj05": "his Spanish counterpart, Pedro Sánchez"},
  alt_p=["works_for"], role="prime minister")
r("Spain", "supported", "Morocco", "asserted",
  {"zj01": "Spanish Prime Minister Pedro Sánchez endorsed Morocco's autonomy plan"},
  time="2022", alt_s=["Pedro Sánchez"], req=False,
  note="backing a Moroccan plan read as support for Morocco: loose")
r("Algeria", "criticized", "Spain", "asserted",
  {"zj01": "Algeria condemned the shift"},
  note="the year sits in the previous sentence: no gold time")
r("Algeria", "sanctioned", "Spain", "asserted",
  {"zj01": "froze most trade with Spain"}, req=False,
  note="a trade freeze read as an embargo: strains the schema")
r("Laila Benjelloun", "works_for", "Institut Atlantique des Études Stratégiques", "asserted",
  {"zj01": "Laila Benjelloun, an analyst at the Rabat-based Institut"}, role="analyst")
r("Institut Atlantique des Études Stratégiques", "based_in", "Rabat", "asserted",
  {"zj01": "the Rabat-based Institut Atlantique des Études Stratégiques"})
r("Pedro Sánchez", "visited", "Rabat", "hedged",
  {"zj01": "Sánchez is expected to travel to Rabat in December"}, alt_o=["Morocco"])
r("Pedro Sánchez", "met_with", "Aziz Akhannouch", "hedged",
  {"zj01": "for a high-level meeting with Moroccan Prime Minister Aziz Akhannouch"},
  alt_s=["Spain"], alt_o=["Morocco"])
r("Aziz Akhannouch", "head_of", "Morocco", "asserted",
  {"zj01": "Moroccan Prime Minister Aziz Akhannouch"}, alt_p=["works_for"],
  role="prime minister")
r("Spain", "signed_agreement_with", "Morocco", "planned",
  {"zj01": "the two governments plan to sign further agreements"},
  alt_s=["Pedro Sánchez", "Madrid"], alt_o=["Aziz Akhannouch", "Rabat"],
  note="second polarity of a fact the lead asserts")
r("Spain", "member_of", "European Union", "asserted",
  {"zj01": "The European Union, which counts Spain among its 27 members",
   "zj05": "Both countries are members of the European Union"})
r("European Union", "supported", "Morocco", "asserted",
  {"zj01": "has pledged 152 million euros to help Morocco police its borders"})

# zj02 wire, Algiers: Sonatrach-Eni gas deal during Meloni's visit
r("Sonatrach", "signed_agreement_with", "Eni", "reported",
  {"zj02": "Sonatrach and Italy's Eni signed a ten-year deal on Wednesday"})
r("Sonatrach", "based_in", "Algeria", "asserted",
  {"zj02": "Algeria's state energy company Sonatrach"})
r("Eni", "based_in", "Italy", "asserted", {"zj02": "Sonatrach and Italy's Eni signed"})
r("Italy", "imports_from", "Algeria", "asserted",
  {"zj02": "Italy imported about 21 billion cubic metres of Algerian gas last year"},
  alt_p=["trades_with"], commodity="gas")
r("Giorgia Meloni", "head_of", "Italy", "asserted",
  {"zj02": "Italian Prime Minister Giorgia Meloni"}, alt_p=["works_for"],
  role="prime minister")
r("Abdelmadjid Tebboune", "head_of", "Algeria", "asserted",
  {"zj02": "Algerian President Abdelmadjid Tebboune, who held talks",
   "zj04": "Nuñez met Algerian President Abdelmadjid Tebboune"}, role="president")
r("Giorgia Meloni", "met_with", "Abdelmadjid Tebboune", "asserted",
  {"zj02": "who held talks earlier in the day at El Mouradia"},
  alt_s=["Italy"], alt_o=["Algeria"])
r("Giorgia Meloni", "visited", "Algeria", "asserted",
  {"zj02": "It was Meloni's fourth visit to Algeria"}, alt_o=["Algiers"])
r("El Mouradia", "located_in", "Algiers", "asserted",
  {"zj02": "the presidential palace in the hills above Algiers"})
r("Algeria", "allied_with", "Italy", "reported",
  {"zj02": "\"Algeria has been a reliable partner when others were not,\" Meloni told"})
r("Russia", "attacked", "Ukraine", "asserted",
  {"zj02": "after Russia invaded Ukraine in 2022",
   "zj03": "after Russia invaded Ukraine in 2022"}, time="2022")
r("Russia", "in_conflict_with", "Ukraine", "asserted",
  {"zj02": "after Russia invaded Ukraine in 2022",
   "zj03": "after Russia invaded Ukraine in 2022"}, req=False,
  note="war entailed by the invasion")
r("Italy", "imports_from", "Russia", "asserted",
  {"zj02": "the collapse of Russian pipeline supplies"}, req=False, commodity="gas",
  note="past imports implied by their collapse")
r("Hassi R'Mel", "located_in", "Algeria", "asserted",
  {"zj02": "Algeria's Hassi R'Mel field"})
r("Transmed pipeline", "located_in", "Tunisia", "asserted",
  {"zj02": "across Tunisia and under the Sicily Channel"}, req=False,
  note="a pipeline running across a country: loose containment")
r("Mazara del Vallo", "located_in", "Sicily", "asserted",
  {"zj02": "Mazara del Vallo in Sicily"})
r("Tunisia", "signed_agreement_with", "Eni", "hedged",
  {"zj02": "is expected to sign a separate accord with the two companies"})
r("Tunisia", "signed_agreement_with", "Sonatrach", "hedged",
  {"zj02": "is expected to sign a separate accord with the two companies"})
r("Italy", "imports_from", "Algeria", "planned",
  {"zj02": "Tebboune said Algeria would also supply electricity to Italy"},
  commodity="electricity", note="NONFACT twin of the asserted gas imports")
r("Austria", "imports_from", "Algeria", "hedged",
  {"zj02": "could eventually carry Algerian green hydrogen to Italy, Austria and Germany"},
  req=False, commodity="hydrogen")
r("Germany", "imports_from", "Algeria", "hedged",
  {"zj02": "could eventually carry Algerian green hydrogen to Italy, Austria and Germany"},
  req=False, commodity="hydrogen")
r("Antonio Tajani", "works_for", "Italy", "asserted",
  {"zj02": "Italian Foreign Minister Antonio Tajani, who accompanied Meloni",
   "zj07": "Italian Foreign Minister Antonio Tajani said he might travel",
   "zj08": "Italian Foreign Minister Antonio Tajani met"}, role="foreign minister")
r("Antonio Tajani", "met_with", "Ahmed Attaf", "reported",
  {"zj02": "held separate talks with his Algerian counterpart Ahmed Attaf"},
  alt_s=["Italy"], alt_o=["Algeria"])
r("Ahmed Attaf", "works_for", "Algeria", "asserted",
  {"zj02": "his Algerian counterpart Ahmed Attaf",
   "zj04": "talks with Foreign Minister Ahmed Attaf on Thursday",
   "zj08": "Morocco's Nasser Bourita and Algeria's Ahmed Attaf"},
  role="foreign minister")
r("Antonio Tajani", "visited", "Algeria", "asserted",
  {"zj02": "Italian Foreign Minister Antonio Tajani, who accompanied Meloni"},
  alt_o=["Algiers"], req=False, note="implied by accompanying Meloni")
r("Claudio Descalzi", "head_of", "Eni", "asserted",
  {"zj02": "Eni Chief Executive Claudio Descalzi"}, role="chief executive")
r("Eni", "negotiating_with", "Sonatrach", "reported",
  {"zj02": "the company was also in talks with Sonatrach"},
  alt_s=["Claudio Descalzi"])
r("Eni", "negotiating_with", "National Oil Corporation", "negated",
  {"zj02": "He denied reports that Eni was negotiating with Libya's National Oil Corporation"})
r("National Oil Corporation", "based_in", "Libya", "asserted",
  {"zj02": "Libya's National Oil Corporation"})
r("Enrico Mattei", "head_of", "Eni", "asserted",
  {"zj02": "Enrico Mattei, who founded Eni in 1953"}, req=False,
  note="founder: a past office")
r("Algeria", "diplomatic_relations_with", "Morocco", "negated",
  {"zj02": "have not restored them since",
   "zj08": "have had no formal ties since"},
  alt_s=["Algiers"], alt_o=["Rabat"])
r("Algeria", "borders", "Morocco", "asserted",
  {"zj02": "which share a long land border",
   "zj08": "which share a long land border"})
r("Maghreb-Europe pipeline", "located_in", "Morocco", "asserted",
  {"zj02": "which crossed Morocco to carry gas to Spain"}, req=False)
r("Spain", "imports_from", "Algeria", "asserted",
  {"zj02": "which crossed Morocco to carry gas to Spain"}, req=False, commodity="gas",
  note="past imports through a closed pipeline")
r("Italy", "contacted", "European Commission", "planned",
  {"zj02": "Meloni said Rome would ask the European Commission"},
  alt_s=["Rome", "Giorgia Meloni"])
r("Giuseppe Conte", "head_of", "Five Star Movement", "asserted",
  {"zj02": "Giuseppe Conte, the leader of the Five Star Movement"}, role="leader")
r("Giuseppe Conte", "criticized", "Giorgia Meloni", "asserted",
  {"zj02": "accused Meloni of \"swapping one dependence for another\""})

# zj03 wire, Brussels: drones over Zeebrugge
r("Zeebrugge LNG terminal", "located_in", "Zeebrugge", "reported",
  {"zj03": "the Fluxys liquefied natural gas terminal in Zeebrugge"})
r("Zeebrugge", "located_in", "Belgium", "asserted",
  {"zj03": "Belgium closed the port of Zeebrugge"}, req=False,
  note="implied by Belgium closing the port")
r("Theo Francken", "works_for", "Belgium", "asserted",
  {"zj03": "Belgian Defence Minister Theo Francken"}, role="defence minister")
r("Maxime Prévot", "works_for", "Belgium", "asserted",
  {"zj03": "Foreign Minister Maxime Prévot said Belgium"}, role="foreign minister")
r("Belgium", "criticized", "Russia", "negated",
  {"zj03": "Belgium was not accusing Russia at this stage"}, alt_s=["Maxime Prévot"])
r("Belgium", "contacted", "Russia", "reported",
  {"zj03": "The foreign ministry nevertheless summoned the Russian ambassador"},
  note="summoning an ambassador")
r("Russia", "criticized", "Belgium", "asserted",
  {"zj03": "denied any involvement and accused Belgian officials"}, alt_s=["Moscow"])
r("Russia", "threatened", "Belgium", "asserted",
  {"zj03": "it also warned that Moscow would respond"}, alt_s=["Moscow"])
r("Euroclear", "based_in", "Brussels", "asserted",
  {"zj03": "Euroclear, the Brussels-based securities depository"})
r("European Union", "sanctioned", "Russia", "asserted",
  {"zj03": "under sanctions the European Union imposed after Russia invaded Ukraine"},
  time="2022")
r("Bart De Wever", "head_of", "Belgium", "asserted",
  {"zj03": "Belgian Prime Minister Bart De Wever"}, alt_p=["works_for"],
  role="prime minister")
r("Bart De Wever", "criticized", "European Commission", "asserted",
  {"zj03": "has resisted a European Commission plan"}, alt_s=["Belgium"], req=False,
  note="resisting a plan: loose reading")
r("European Commission", "supported", "Ukraine", "planned",
  {"zj03": "a European Commission plan to use the assets for a large loan to Kyiv"},
  alt_o=["Kyiv"], req=False)
r("Bart De Wever", "contacted", "Dick Schoof", "reported",
  {"zj03": "later called Dutch Prime Minister Dick Schoof"},
  alt_s=["Belgium"], alt_o=["Netherlands"])
r("Dick Schoof", "head_of", "Netherlands", "asserted",
  {"zj03": "Dutch Prime Minister Dick Schoof"}, alt_p=["works_for"],
  role="prime minister")
r("Netherlands", "supported", "Belgium", "planned",
  {"zj03": "The Netherlands has agreed to lend Belgium two mobile radar units"},
  note="'agreed to' + future lending")
r("Germany", "supported", "Belgium", "reported",
  {"zj03": "Germany has sent an anti-drone team to Zeebrugge"})
r("Fluxys", "based_in", "Brussels", "asserted",
  {"zj03": "Fluxys, the Brussels-based gas network operator"})
r("Kleine-Brogel", "located_in", "Belgium", "asserted",
  {"zj03": "Kleine-Brogel, a Belgian air base"})
r("Belgium", "member_of", "NATO", "asserted",
  {"zj03": "Belgium, a founding member of NATO"})
r("Belgium", "contacted", "NATO", "asserted",
  {"zj03": "has asked its allies for help"}, req=False,
  note="'its allies', not NATO by name")
r("Mark Rutte", "head_of", "NATO", "asserted",
  {"zj03": "NATO Secretary General Mark Rutte"}, role="secretary general")
r("Mark Rutte", "head_of", "Netherlands", "asserted",
  {"zj03": "a former Dutch prime minister"}, req=False, note="past office")
r("NATO", "based_in", "Brussels", "asserted",
  {"zj03": "the Brussels-based alliance"})
r("NATO", "supported", "Belgium", "planned",
  {"zj03": "would send a team of experts to Belgium next week"}, alt_s=["Mark Rutte"])
r("NATO", "visited", "Belgium", "planned",
  {"zj03": "would send a team of experts to Belgium next week"}, req=False,
  note="an expert team travelling: loose")
r("Pieter Vanhoutte", "works_for", "North Sea Security Forum", "asserted",
  {"zj03": "Pieter Vanhoutte, a researcher at the Ghent-based North Sea Security Forum"},
  role="researcher")
r("North Sea Security Forum", "based_in", "Ghent", "asserted",
  {"zj03": "the Ghent-based North Sea Security Forum"})

# zj04 newspaper, published 2025-12-04 (Thursday): France-Algeria readmission talks
r("Laurent Nuñez", "works_for", "France", "asserted",
  {"zj04": "French Interior Minister Laurent Nuñez arrived"}, role="interior minister")
r("Laurent Nuñez", "visited", "Algiers", "asserted",
  {"zj04": "Laurent Nuñez arrived in Algiers on Tuesday"}, time="2025-12-02",
  alt_o=["Algeria"])
r("France", "negotiating_with", "Algeria", "asserted",
  {"zj04": "for two days of talks on the return of Algerians ordered to leave France"},
  time="2025-12", alt_s=["Laurent Nuñez", "Paris"],
  alt_o=["Algiers", "Abdelmadjid Tebboune"])
r("Jean-Noël Barrot", "works_for", "France", "asserted",
  {"zj04": "Foreign Minister Jean-Noël Barrot travelled to Algiers"},
  role="foreign minister")
r("Jean-Noël Barrot", "visited", "Algiers", "asserted",
  {"zj04": "Jean-Noël Barrot travelled to Algiers in April"}, time="2025-04",
  alt_o=["Algeria"])
r("Laurent Nuñez", "met_with", "Abdelmadjid Tebboune", "reported",
  {"zj04": "Nuñez met Algerian President Abdelmadjid Tebboune on Wednesday"},
  time="2025-12-03", alt_s=["France"], alt_o=["Algeria"])
r("Laurent Nuñez", "met_with", "Ahmed Attaf", "planned",
  {"zj04": "will hold a final round of talks with Foreign Minister Ahmed Attaf on Thursday"},
  time="2025-12-04", alt_s=["France"], alt_o=["Algeria"])
r("France", "signed_agreement_with", "Algeria", "hedged",
  {"zj04": "they hoped to sign a readmission protocol before the end of January"},
  note="a deadline, not a date: no gold time")
r("Emmanuel Macron", "head_of", "France", "asserted",
  {"zj04": "President Emmanuel Macron backed"}, role="president")
r("France", "supported", "Morocco", "asserted",
  {"zj04": "President Emmanuel Macron backed Morocco's autonomy plan"},
  time="2024-07", alt_s=["Emmanuel Macron"], req=False,
  note="backing a Moroccan plan read as support for Morocco: loose")
r("Morocco", "took_control_of", "Western Sahara", "asserted",
  {"zj04": "the former Spanish colony that Rabat controls"}, alt_s=["Rabat"],
  req=False, note="'controls', not 'seized'")
r("Stéphane Romatet", "works_for", "France", "asserted",
  {"zj04": "France recalled its ambassador, Stéphane Romatet"}, role="ambassador")
r("Emmanuel Macron", "contacted", "Abdelmadjid Tebboune", "asserted",
  {"zj04": "Macron and Tebboune spoke by telephone in March"}, time="2025-03")
r("Boualem Sansal", "citizen_of", "France", "asserted",
  {"zj04": "the French-Algerian novelist"})
r("Boualem Sansal", "citizen_of", "Algeria", "asserted",
  {"zj04": "the French-Algerian novelist"})
r("Frank-Walter Steinmeier", "head_of", "Germany", "asserted",
  {"zj04": "German President Frank-Walter Steinmeier"}, role="president")
r("Frank-Walter Steinmeier", "contacted", "Abdelmadjid Tebboune", "asserted",
  {"zj04": "at the request of German President Frank-Walter Steinmeier"},
  time="2025-11", req=False, note="a request implies contact")
r("Boualem Sansal", "visited", "Berlin", "asserted",
  {"zj04": "Sansal was flown to Berlin for medical treatment"}, time="2025-11",
  alt_o=["Germany"], req=False, note="passive travel")
r("Bruno Retailleau", "works_for", "France", "asserted",
  {"zj04": "Nuñez, who replaced Bruno Retailleau at the interior ministry"},
  req=False, note="past office")
r("Bruno Retailleau", "head_of", "The Republicans", "asserted",
  {"zj04": "Retailleau, who now leads the conservative Republicans"}, role="leader")
r("Bruno Retailleau", "criticized", "Algeria", "asserted",
  {"zj04": "repeatedly accused Algiers of refusing to take back its own nationals"},
  alt_o=["Algiers"])
r("Laurent Nuñez", "met_with", "Saïd Chanegriha", "negated",
  {"zj04": "He did not meet Algerian army chief Saïd Chanegriha"})
r("Saïd Chanegriha", "works_for", "Algeria", "asserted",
  {"zj04": "Algerian army chief Saïd Chanegriha"}, role="army chief")
r("France", "party_to", "Franco-Algerian agreement of 1968", "asserted",
  {"zj04": "At the heart of the talks is the Franco-Algerian agreement of 1968"},
  time="1968", req=False, note="parties read off the agreement's name")
r("Algeria", "party_to", "Franco-Algerian agreement of 1968", "asserted",
  {"zj04": "At the heart of the talks is the Franco-Algerian agreement of 1968"},
  time="1968", req=False, note="parties read off the agreement's name")
r("National Rally", "criticized", "Franco-Algerian agreement of 1968", "asserted",
  {"zj04": "tabled by the far-right National Rally"}, time="2025-10", req=False,
  note="a resolution calling for the accord to be scrapped")
r("Sébastien Lecornu", "head_of", "France", "asserted",
  {"zj04": "Prime Minister Sébastien Lecornu has said"}, alt_p=["works_for"],
  role="prime minister")
r("France", "negotiating_with", "Algeria", "planned",
  {"zj04": "wants to renegotiate it"}, alt_s=["Sébastien Lecornu"])
r("Algeria", "negotiating_with", "France", "negated",
  {"zj04": "Algeria has so far refused to discuss any change to the text"},
  alt_s=["Ahmed Attaf"], req=False,
  note="refusal concerns the 1968 text only; talks on deportations go on")
r("Nadia Bensaïd", "works_for", "Centre Méditerranéen d'Analyse Politique", "asserted",
  {"zj04": "Nadia Bensaïd, a researcher at the Paris-based"}, role="researcher")
r("Centre Méditerranéen d'Analyse Politique", "based_in", "Paris", "asserted",
  {"zj04": "the Paris-based Centre Méditerranéen d'Analyse Politique"})
r("Emmanuel Macron", "visited", "Algeria", "asserted",
  {"zj04": "Macron, whose last trip to Algeria was in August 2022"}, time="2022-08")
r("Emmanuel Macron", "visited", "Algeria", "negated",
  {"zj04": "has not been back since"},
  note="same sentence as the asserted 2022 visit: two polarities, two rows")
r("France", "trades_with", "Algeria", "asserted",
  {"zj04": "Algeria is France's second-largest trading partner in Africa"})

# zj05 newspaper, published 2025-10-23 (Thursday): Albufeira Convention amendment
r("Portugal", "signed_agreement_with", "Spain", "asserted",
  {"zj05": "Portugal and Spain signed an amendment to the Albufeira Convention on Wednesday"},
  time="2025-10-22", alt_s=["Luís Montenegro", "Lisbon"],
  alt_o=["Pedro Sánchez", "Madrid"])
r("Portugal", "party_to", "Albufeira Convention", "asserted",
  {"zj05": "Portugal and Spain signed an amendment to the Albufeira Convention"},
  note="convention of 1998, amended 2025: no single gold time")
r("Spain", "party_to", "Albufeira Convention", "asserted",
  {"zj05": "Portugal and Spain signed an amendment to the Albufeira Convention"},
  note="convention of 1998, amended 2025: no single gold time")
r("Badajoz", "located_in", "Spain", "asserted",
  {"zj05": "Badajoz, the Spanish border city"})
r("Luís Montenegro", "head_of", "Portugal", "asserted",
  {"zj05": "Portuguese Prime Minister Luís Montenegro"}, alt_p=["works_for"],
  role="prime minister")
r("Luís Montenegro", "met_with", "Pedro Sánchez", "asserted",
  {"zj05": "who met for three hours at the city's Alcazaba fortress"},
  alt_s=["Portugal"], alt_o=["Spain"],
  note="the day is in the previous sentence: no gold time")
r("Luís Montenegro", "visited", "Badajoz", "asserted",
  {"zj05": "The text was signed in Badajoz"}, alt_o=["Spain"])
r("Alcazaba of Badajoz", "located_in", "Badajoz", "asserted",
  {"zj05": "the city's Alcazaba fortress"})
r("Portugal", "borders", "Spain", "asserted",
  {"zj05": "the five river basins that Portugal and Spain share"}, req=False,
  note="shared basins and a 'border city': border implied")
r("Sara Aagesen", "works_for", "Spain", "asserted",
  {"zj05": "The Spanish ecological transition minister, Sara Aagesen"},
  role="ecological transition minister")
r("Maria da Graça Carvalho", "works_for", "Portugal", "asserted",
  {"zj05": "Portugal's environment minister, Maria da Graça Carvalho"},
  role="environment minister")
r("Maria da Graça Carvalho", "criticized", "Spain", "negated",
  {"zj05": "declined to criticise Spain's management of the Tajo-Segura transfer"})
r("Tajo-Segura transfer", "located_in", "Murcia", "asserted",
  {"zj05": "diverts water from the upper Tagus to farms in the south-eastern region of Murcia"},
  req=False, note="an aqueduct ending in Murcia: loose containment")
r("Murcia", "located_in", "Spain", "asserted",
  {"zj05": "the south-eastern region of Murcia"}, req=False,
  note="needs the Spanish context of the sentence")
r("Tejo Vivo", "criticized", "Spain", "asserted",
  {"zj05": "accused Madrid of \"buying time\""}, alt_o=["Madrid"])
r("Tejo Vivo", "based_in", "Portugal", "asserted",
  {"zj05": "The Portuguese environmental movement Tejo Vivo"})
r("Lisbon", "capital_of", "Portugal", "asserted",
  {"zj05": "Lisbon, the Portuguese capital"})
r("Lisbon", "located_in", "Portugal", "asserted",
  {"zj05": "Lisbon, the Portuguese capital"}, req=False, note="entailed by capital_of")
r("Alqueva reservoir", "located_in", "Portugal", "asserted",
  {"zj05": "Portugal's Alqueva reservoir"})
r("Alqueva reservoir", "located_in", "Western Europe", "asserted",
  {"zj05": "the largest in western Europe"}, req=False)
r("Portugal", "criticized", "Spain", "asserted",
  {"zj05": "Portuguese officials accused Spain of holding back water"}, time="2023")
r("Portugal", "member_of", "European Union", "asserted",
  {"zj05": "Both countries are members of the European Union"})
r("Luís Montenegro", "met_with", "Pedro Sánchez", "planned",
  {"zj05": "Montenegro and Sánchez will meet again at the annual Iberian summit"},
  time="2026", alt_s=["Portugal"], alt_o=["Spain"])
r("Pedro Sánchez", "visited", "Portugal", "planned",
  {"zj05": "which Portugal is due to host in 2026"}, time="2026", req=False,
  note="implied by Portugal hosting the summit")
r("Luís Montenegro", "negotiating_with", "Pedro Sánchez", "negated",
  {"zj05": "The two leaders did not discuss the proposed high-speed rail line"},
  req=False, note="negation limited to one topic")
r("Portugal", "negotiating_with", "Spain", "asserted",
  {"zj05": "ending more than two years of negotiations"})
r("Joana Prates", "works_for", "Instituto Ibérico da Água", "asserted",
  {"zj05": "Joana Prates, a hydrologist at the Coimbra-based"}, role="hydrologist")
r("Instituto Ibérico da Água", "based_in", "Coimbra", "asserted",
  {"zj05": "the Coimbra-based Instituto Ibérico da Água"})

# zj06 newspaper, published 2026-02-12 (Thursday): Brenner transit dispute
r("Matteo Salvini", "works_for", "Italy", "asserted",
  {"zj06": "Italian Transport Minister Matteo Salvini"}, role="transport minister")
r("Matteo Salvini", "criticized", "Austria", "asserted",
  {"zj06": "Matteo Salvini on Wednesday accused Austria"}, time="2026-02-11",
  alt_s=["Italy"])
r("Matteo Salvini", "head_of", "League", "asserted",
  {"zj06": "Salvini, who also leads the League"}, role="leader")
r("Matteo Salvini", "visited", "Verona", "asserted",
  {"zj06": "spoke in Verona after touring a logistics centre"}, req=False,
  note="a domestic trip, implied")
r("Christian Stocker", "head_of", "Austria", "asserted",
  {"zj06": "Austrian Chancellor Christian Stocker"}, alt_p=["works_for"],
  role="chancellor")
r("Christian Stocker", "criticized", "Matteo Salvini", "asserted",
  {"zj06": "Austrian Chancellor Christian Stocker rejected the accusations on Thursday"},
  time="2026-02-12", alt_s=["Austria", "Vienna"], alt_o=["Italy"],
  note="'rejected the accusations' (of Salvini)")
r("Austria", "borders", "Italy", "asserted",
  {"zj06": "on the border between Austria and Italy"})
r("Italy", "trades_with", "Germany", "asserted",
  {"zj06": "Germany, Italy's largest trading partner"})
r("Italy", "in_conflict_with", "Austria", "asserted",
  {"zj06": "Italy took Austria to the Court of Justice of the European Union in 2024"},
  time="2024", note="a legal dispute")
r("Court of Justice of the European Union", "based_in", "Luxembourg", "asserted",
  {"zj06": "The Luxembourg-based court"})
r("European Commission", "criticized", "Austria", "asserted",
  {"zj06": "the European Commission concluded that some of the Tyrolean measures were incompatible"},
  req=False, note="a legal finding read as criticism")
r("Austria", "negotiating_with", "Italy", "negated",
  {"zj06": "Vienna has refused to negotiate with Rome over the measures until the court has ruled"},
  alt_s=["Vienna", "Peter Hanke"], alt_o=["Rome"])
r("Peter Hanke", "works_for", "Austria", "asserted",
  {"zj06": "Austrian Transport Minister Peter Hanke"}, role="transport minister")
r("Tyrol", "located_in", "Austria", "asserted",
  {"zj06": "Tyrol, the Austrian province"})
r("Anton Mattle", "head_of", "Tyrol", "asserted",
  {"zj06": "Its governor, Anton Mattle"}, req=False, strain=True,
  note="head_of a Region strains the schema")
r("Anton Mattle", "criticized", "Italy", "asserted",
  {"zj06": "\"will not be pushed around by Rome\""}, time="2026-02-11",
  alt_o=["Rome"], req=False)
r("Innsbruck", "capital_of", "Tyrol", "asserted",
  {"zj06": "Innsbruck, the Tyrolean capital"})
r("Innsbruck", "located_in", "Tyrol", "asserted",
  {"zj06": "Innsbruck, the Tyrolean capital"}, req=False, note="entailed by capital_of")
r("Germany", "supported", "Italy", "reported",
  {"zj06": "Germany has sided with Italy in the court case"}, alt_s=["Berlin"])
r("Bavaria", "borders", "Tyrol", "asserted",
  {"zj06": "Bavaria, which borders Tyrol"})
r("Bavaria", "criticized", "Austria", "asserted",
  {"zj06": "has complained for years that the Austrian measures"})
r("Patrick Schnieder", "works_for", "Germany", "asserted",
  {"zj06": "Transport Minister Patrick Schnieder is expected"},
  role="transport minister", note="the country comes from the paragraph")
r("Patrick Schnieder", "met_with", "Peter Hanke", "hedged",
  {"zj06": "is expected to meet Hanke and Salvini in Munich in March"}, time="2026-03",
  alt_s=["Germany"], alt_o=["Austria"])
r("Patrick Schnieder", "met_with", "Matteo Salvini", "hedged",
  {"zj06": "is expected to meet Hanke and Salvini in Munich in March"}, time="2026-03",
  alt_s=["Germany"], alt_o=["Italy"])
r("Peter Hanke", "met_with", "Matteo Salvini", "hedged",
  {"zj06": "is expected to meet Hanke and Salvini in Munich in March"}, time="2026-03",
  req=False, note="group meeting")
r("Patrick Schnieder", "visited", "Munich", "hedged",
  {"zj06": "is expected to meet Hanke and Salvini in Munich in March"}, time="2026-03",
  req=False, note="a domestic trip, implied")
r("European Union", "supported", "Brenner Base Tunnel", "asserted",
  {"zj06": "with funding from the European Union"}, req=False)
r("Luca Ferretti", "works_for", "Osservatorio Alpino sui Trasporti", "asserted",
  {"zj06": "Luca Ferretti, a transport economist at the Milan-based"},
  role="transport economist")
r("Osservatorio Alpino sui Trasporti", "based_in", "Milan", "asserted",
  {"zj06": "the Milan-based Osservatorio Alpino sui Trasporti"})

# zj07 HTML, published 2026-01-15 (Thursday): Tripoli truce
r("Government of National Unity", "based_in", "Tripoli", "asserted",
  {"zj07": "Libya's Tripoli-based Government of National Unity (GNU)"})
r("Government of National Unity", "based_in", "Libya", "asserted",
  {"zj07": "Libya's Tripoli-based Government of National Unity (GNU)"}, req=False,
  note="entailed by the Tripoli seat")
r("Radaa", "based_in", "Tripoli", "asserted",
  {"zj07": "the most powerful armed group in the Libyan capital"}, req=False,
  note="needs 'the Libyan capital' = Tripoli")
r("Government of National Unity", "in_conflict_with", "Radaa", "asserted",
  {"zj07": "A ceasefire between Libya's Tripoli-based Government of National Unity (GNU) and the Radaa force"},
  req=False, note="a ceasefire implies fighting between the two")
r("444 Brigade", "in_conflict_with", "Radaa", "asserted",
  {"zj07": "Fighting broke out on Tuesday night when units of the 444 Brigade"},
  req=False, note="the attack read as armed conflict")
r("Government of National Unity", "signed_agreement_with", "Radaa", "reported",
  {"zj07": "A ceasefire between Libya's Tripoli-based Government of National Unity (GNU) and the Radaa force"})
r("Government of National Unity", "party_to", "Tripoli truce", "asserted",
  {"zj07": "requires both sides to pull their fighters back"}, req=False,
  note="'both sides'; the truce has no proper name")
r("Radaa", "party_to", "Tripoli truce", "asserted",
  {"zj07": "requires both sides to pull their fighters back"}, req=False,
  note="'both sides'; the truce has no proper name")
r("Tripoli", "capital_of", "Libya", "asserted",
  {"zj07": "the most powerful armed group in the Libyan capital"}, req=False,
  note="'the Libyan capital' stands for Tripoli without an apposition")
r("Mitiga International Airport", "located_in", "Tripoli", "asserted",
  {"zj07": "near Tripoli's Mitiga International Airport"})
r("Presidential Council", "brokered", "Tripoli truce", "asserted",
  {"zj07": "which the Presidential Council brokered late on Wednesday"},
  time="2026-01-14")
r("Turkey", "brokered", "Tripoli truce", "asserted",
  {"zj07": "with help from Turkish officials"}, alt_p=["supported"], req=False,
  time="2026-01-14")
r("Radaa", "based_in", "Souq al-Jumaa", "asserted",
  {"zj07": "the eastern Tripoli district where Radaa has its headquarters"})
r("Souq al-Jumaa", "located_in", "Tripoli", "asserted",
  {"zj07": "Souq al-Jumaa, the eastern Tripoli district"})
r("444 Brigade", "attacked", "Radaa", "reported",
  {"zj07": "attacked Radaa positions near the airport's northern gate"},
  time="2026-01-13")
r("444 Brigade", "allied_with", "Abdul Hamid Dbeibah", "asserted",
  {"zj07": "which is loyal to Prime Minister Abdul Hamid Dbeibah"},
  alt_p=["supported"], req=False)
r("Abdul Hamid Dbeibah", "head_of", "Government of National Unity", "asserted",
  {"zj07": "Prime Minister Abdul Hamid Dbeibah"}, alt_o=["Libya"],
  alt_p=["works_for"], role="prime minister")
r("444 Brigade", "killed", "Salem Abu Ras", "reported",
  {"zj07": "had been killed by a drone launched by the brigade"})
r("Salem Abu Ras", "works_for", "Radaa", "asserted",
  {"zj07": "one of its field commanders, Salem Abu Ras"}, role="field commander")
r("Government of National Unity", "attacked", "Radaa", "negated",
  {"zj07": "Dbeibah's government denied that it had ordered any attack on Radaa"},
  req=False, note="denies ordering the attack")
r("Radaa", "criticized", "444 Brigade", "asserted",
  {"zj07": "had been killed by a drone launched by the brigade"}, req=False,
  note="blame as an accusation")
r("Abdel Raouf Kara", "head_of", "Radaa", "asserted",
  {"zj07": "Radaa, which is led by Abdel Raouf Kara"}, role="leader")
r("Radaa", "took_control_of", "Mitiga International Airport", "asserted",
  {"zj07": "has long controlled the airport"}, req=False, note="'controlled', not 'seized'")
r("Government of National Unity", "took_control_of", "Mitiga International Airport", "planned",
  {"zj07": "it is to hand security at the airport to a neutral unit of the GNU's interior ministry"})
r("Abdul Hamid Dbeibah", "met_with", "Abdel Raouf Kara", "negated",
  {"zj07": "Dbeibah has not met Kara since May"})
r("Abdul Hamid Dbeibah", "met_with", "Abdel Raouf Kara", "hedged",
  {"zj07": "a meeting between the two men might be needed"}, req=False)
r("Hanna Tetteh", "head_of", "UN Support Mission in Libya", "asserted",
  {"zj07": "Hanna Tetteh, the head of the UN Support Mission in Libya (UNSMIL)"},
  role="head")
r("UN Support Mission in Libya", "supported", "Tripoli truce", "asserted",
  {"zj07": "welcomed the agreement and urged both sides to respect it"},
  alt_s=["Hanna Tetteh"], req=False)
r("Hanna Tetteh", "citizen_of", "Ghana", "asserted",
  {"zj07": "a former Ghanaian foreign minister"}, req=False)
r("Hanna Tetteh", "works_for", "Ghana", "asserted",
  {"zj07": "a former Ghanaian foreign minister"}, req=False, note="past office")
r("UN Support Mission in Libya", "based_in", "Tripoli", "asserted",
  {"zj07": "the Tripoli-based mission"})
r("Turkey", "supported", "Government of National Unity", "asserted",
  {"zj07": "Turkey, which trains GNU forces"})
r("Hakan Fidan", "works_for", "Turkey", "asserted",
  {"zj07": "Turkish Foreign Minister Hakan Fidan"}, role="foreign minister")
r("Hakan Fidan", "contacted", "Abdul Hamid Dbeibah", "reported",
  {"zj07": "spoke to Dbeibah by telephone on Wednesday"}, time="2026-01-14",
  alt_s=["Turkey"])
r("Khalifa Haftar", "head_of", "Libyan National Army", "asserted",
  {"zj07": "Khalifa Haftar, whose Libyan National Army is based in Benghazi"},
  role="leader")
r("Libyan National Army", "based_in", "Benghazi", "asserted",
  {"zj07": "whose Libyan National Army is based in Benghazi"})
r("Amal Bouzid", "works_for", "Centre for Maghreb Security Studies", "asserted",
  {"zj07": "Amal Bouzid, a Libya analyst at the Tunis-based"}, role="analyst")
r("Centre for Maghreb Security Studies", "based_in", "Tunis", "asserted",
  {"zj07": "the Tunis-based Centre for Maghreb Security Studies"})
r("Antonio Tajani", "visited", "Tripoli", "hedged",
  {"zj07": "said he might travel to Tripoli next week"}, time="2026-01",
  alt_o=["Libya"])

# zj08 HTML, published 2026-03-05 (Thursday): 5+5 Dialogue in Valletta
for country in ["Algeria", "Libya", "Mauritania", "Morocco", "Tunisia",
                "France", "Italy", "Malta", "Portugal", "Spain"]:
    r(country, "member_of", "5+5 Dialogue", "asserted",
      {"zj08": "brings together five countries on the southern shore"},
      note="explicit list of the forum's ten members")
r("Libya", "party_to", "Valletta Declaration on Maritime Safety", "negated",
  {"zj08": "Libya was the only member that did not sign"})
r("Ian Borg", "brokered", "Valletta Declaration on Maritime Safety", "asserted",
  {"zj08": "which Maltese Foreign Minister Ian Borg steered through two days of talks"},
  req=False, note="'steered' the text as host: loose reading of brokered")
r("Ian Borg", "works_for", "Malta", "asserted",
  {"zj08": "Maltese Foreign Minister Ian Borg"}, role="foreign minister")
r("Robert Abela", "head_of", "Malta", "asserted",
  {"zj08": "Maltese Prime Minister Robert Abela opened the meeting"},
  alt_p=["works_for"], role="prime minister")
r("Mediterranean Rescue Coordination Centre", "based_in", "Valletta", "planned",
  {"zj08": "The new Mediterranean Rescue Coordination Centre will be based in Valletta"})
r("Valletta", "capital_of", "Malta", "asserted",
  {"zj08": "Valletta, the Maltese capital"})
r("Valletta", "located_in", "Malta", "asserted",
  {"zj08": "Valletta, the Maltese capital"}, req=False, note="entailed by capital_of")
r("Nasser Bourita", "met_with", "Ahmed Attaf", "negated",
  {"zj08": "but did not hold a bilateral meeting"},
  alt_s=["Morocco"], alt_o=["Algeria"])
r("Antonio Tajani", "met_with", "Mohamed Ali Nafti", "reported",
  {"zj08": "met his Tunisian counterpart, Mohamed Ali Nafti, on the sidelines on Wednesday"},
  time="2026-03-04", alt_s=["Italy"], alt_o=["Tunisia"])
r("Mohamed Ali Nafti", "works_for", "Tunisia", "asserted",
  {"zj08": "his Tunisian counterpart, Mohamed Ali Nafti"}, role="foreign minister")
r("Sfax", "located_in", "Tunisia", "asserted",
  {"zj08": "the Tunisian port of Sfax"})
r("Canary Islands", "located_in", "Spain", "asserted",
  {"zj08": "Spain's Canary Islands"})
r("Dubravka Šuica", "works_for", "European Commission", "asserted",
  {"zj08": "Dubravka Šuica, the European Commissioner for the Mediterranean"},
  alt_o=["European Union"], role="commissioner")
r("European Union", "supported", "Mediterranean Rescue Coordination Centre", "planned",
  {"zj08": "the European Union would contribute 40 million euros to the new centre"},
  alt_s=["Dubravka Šuica", "European Commission"])
r("Nouakchott", "capital_of", "Mauritania", "asserted",
  {"zj08": "Nouakchott, its capital"})
r("Marco Vella", "head_of", "Mediterranean Maritime Institute", "asserted",
  {"zj08": "Marco Vella, director of the Valletta-based Mediterranean Maritime Institute"},
  alt_p=["works_for"], role="director")
r("Mediterranean Maritime Institute", "based_in", "Valletta", "asserted",
  {"zj08": "the Valletta-based Mediterranean Maritime Institute"})


# ---------------------------------------------------------------- documents
def clean(path):
    """Return (title, published, text) as a reader sees the article."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        title = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1)
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
        art = re.search(r"<article.*?</article>", raw, re.S).group(0)
        blocks = re.findall(r"<(h1|figcaption|p)[^>]*>(.*?)</\1>", art, re.S)
        parts = []
        for tag, inner in blocks:
            t = html.unescape(re.sub(r"<[^>]+>", "", inner))
            t = re.sub(r"\s+", " ", t).strip()
            if tag == "p" and t.startswith("By ") and len(t) < 80:
                continue  # byline
            parts.append(t)
        return html.unescape(title).strip(), published, "\n\n".join(parts)
    lines = raw.split("\n")
    if lines[1].startswith("Published: "):  # newspaper
        return lines[0].strip(), lines[1][len("Published: "):].strip(), raw
    return "", "", raw  # wire copy: no title, no year


def sentences(text):
    """(start, end) of each sentence: newlines first, then end punctuation."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        base, line = m.start(), m.group(0)
        start = 0
        for b in re.finditer(r'[.!?]["\u201d]?\s+(?=["\u201cA-Z])', line):
            out.append((base + start, base + b.end()))
            start = b.end()
        out.append((base + start, base + len(line)))
    return out


def main():
    errors = []
    etype, alias = {}, {}

    def norm(s):
        s = s.strip().lower()
        s = re.sub(r"^the\s+", "", s)
        s = re.sub(r"[\u2019']s$", "", s)
        return re.sub(r"\s+", " ", s)

    for name, typ, aliases in ENTITIES:
        if name in etype:
            errors.append(f"entity twice: {name}")
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias and alias[k] != name:
                errors.append(f"alias {a!r} of {name} already names {alias[k]}")
            alias[k] = name

    docs = {}
    for d, fn in DOCS.items():
        title, published, text = clean(os.path.join(CORPUS, fn))
        docs[d] = dict(fn=fn, title=title, published=published, text=text,
                       sents=sentences(text))

    units = {}
    used = set()
    triples, statements = [], []
    for row in ROWS:
        s, p, o, m = row["s"], row["p"], row["o"], row["modality"]
        for n in [s, o] + (row["alt_s"] or []) + (row["alt_o"] or []):
            if n not in etype:
                errors.append(f"not an entity: {n!r} in {s} {p} {o}")
        if p not in SIG or any(q not in SIG for q in row["alt_p"] or []):
            errors.append(f"unknown predicate in {s} {p} {o}")
            continue
        if m not in POLARITY:
            errors.append(f"unknown modality {m} in {s} {p} {o}")
        st, ot = SIG[p]
        if row["strain"] and row["required"]:
            errors.append(f"a row that strains the schema is required: {s} {p} {o}")
        if not row["strain"] and (etype.get(s) not in st or etype.get(o) not in ot):
            errors.append(f"types {etype.get(s)}->{etype.get(o)} do not fit {p}: {s} / {o}")
        a, b = (s, o) if p not in SYMMETRIC or s <= o else (o, s)
        key = (a, p, b, POLARITY.get(m))
        if key in units:
            errors.append(f"two rows make one unit: {key}")
        units[key] = row
        if row["time"] and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", row["time"]):
            errors.append(f"bad time {row['time']}")
        used.update([s, o])
        files = []
        for d, ev in row["ev"].items():
            doc = docs[d]
            hits = [i for i in range(len(doc["text"])) if doc["text"].startswith(ev, i)]
            if not hits:
                errors.append(f"{d}: evidence not found: {ev!r}")
                continue
            i = hits[0]
            sent = [(x, y) for x, y in doc["sents"] if x <= i and i + len(ev) <= y]
            if not sent:
                errors.append(f"{d}: evidence crosses a sentence boundary: {ev!r}")
                continue
            x, y = sent[0]
            sentence = doc["text"][x:y].strip()
            x = doc["text"].index(sentence, x)
            files.append(doc["fn"])
            statements.append({
                "subject": s, "subject_type": etype.get(s), "predicate": p,
                "object": o, "object_type": etype.get(o), "modality": m,
                "time": row["time"] or "", "role": row["role"],
                "commodity": row["commodity"], "confidence": 1.0,
                "source": "corpus/" + doc["fn"], "title": doc["title"],
                "published": doc["published"], "sentence": sentence,
                "start": x, "end": x + len(sentence), "rule": "gold-selfcheck"})
        t = {"s": s, "p": p, "o": o, "docs": files, "modality": m}
        if row["time"]:
            t["time"] = row["time"]
        t["required"] = row["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if row[k]:
                t[k] = row[k]
        note = row["note"] or ""
        if row["role"]:
            note = (f"role: {row['role']}; " + note).rstrip("; ")
        if row["commodity"]:
            note = (f"commodity: {row['commodity']}; " + note).rstrip("; ")
        if note:
            t["note"] = note
        triples.append(t)

    unused = [n for n in etype if n not in used]
    if errors:
        sys.exit("\n".join(errors))

    def dump(name, rows):
        with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")

    dump("entities.jsonl", [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES])
    dump("triples.jsonl", triples)
    dump("selfcheck_statements.jsonl", statements)
    req = sum(t["required"] for t in triples)
    print(f"{len(ENTITIES)} entities ({len(unused)} without a fact: {', '.join(unused)})")
    print(f"{len(triples)} rows, {req} required, {sum('time' in t for t in triples)} with a time")
    print(f"{len(statements)} self-check statements")


if __name__ == "__main__":
    main()
