#!/usr/bin/env python3
"""Build and check the gold of news set zzu.

Holds the entity and triple data, checks them and writes, next to the
corpus folder:

  entities.jsonl               one entity a line: name, type, aliases
  triples.jsonl                one scoring unit a line (shared/eval/README.md)
  selfcheck_statements.jsonl   one statement per row and cited document, in
                               the `kg export --format jsonl` shape

Checks (any failure exits 1 before anything is written):
  - every predicate is one of the 34 of SCHEMA.md, every modality valid;
  - every name (s, o, alt_s, alt_o) is a typed entity, and the subject and
    object types are ones SCHEMA.md allows for the predicate (alt_p too);
  - no alias (normalized as the scorer does) belongs to two entities;
  - s and o occur (name, alias or demonym, whole word, any case) in the
    cleaned text of every document the row cites; each alt occurs in at
    least one of them;
  - no two rows make the same scoring unit (s, p, o, polarity; symmetric
    predicates unordered);
  - no time on static rows (borders, capital_of, located_in, member_of) or
    negated rows; times are ISO prefixes (YYY, YYYY, YYYY-MM, YYYY-MM-DD);
  - every cited document exists; every predicate of SCHEMA.md is used.

Standard library only. Run from anywhere: python3 tools/build_gold.py
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

# --------------------------------------------------------------------------
# Schema (SCHEMA.md)

P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
ANY = {P, C, O, CI, R, A, F}
TYPES = {  # predicate -> (subject types, object types)
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
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"borders", "capital_of", "located_in", "member_of"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Documents: id -> file, stated date, style. Wire dates are the dateline's
# month and day with the year the text states ("so far in 2026", "in 2026").

DOCS = {
    "01": ("01_andean_migration_pact_talks.txt", "2026-02-18", "wire"),
    "02": ("02_peru_consulate_caracas.txt", "2026-03-27", "wire"),
    "03": ("03_imf_sri_lanka_review.txt", "2026-01-30", "wire"),
    "04": ("04_cucuta_bridge_returnees.txt", "2026-04-21", "newspaper"),
    "05": ("05_maldives_sukuk_imf.txt", "2026-03-09", "newspaper"),
    "06": ("06_sri_lanka_chinese_survey_ship.txt", "2026-04-14", "newspaper"),
    "07": ("07_washington_squeeze_andean_route.html", "2026-05-12", "html"),
    "08": ("08_japan_maldives_maritime_pact.html", "2026-06-02", "html"),
}

# --------------------------------------------------------------------------
# Entities: (name, type, aliases, demonyms). Demonyms are used only by the
# name check and for choosing the self-check sentence; they are not written
# to entities.jsonl.

ENTITIES = [
    # cluster A people
    ("Nicolás Maduro", P, ["Nicolas Maduro", "Maduro", "President Nicolás Maduro",
                           "President Nicolas Maduro"], []),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "President Trump"], []),
    ("Gustavo Petro", P, ["Petro", "President Gustavo Petro"], []),
    ("Iván Duque", P, ["Ivan Duque", "Duque", "then-President Ivan Duque"], []),
    ("Juan Guaidó", P, ["Juan Guaido", "Guaidó", "Guaido"], []),
    ("Camila Ortega", P, ["Ortega", "Vice Minister Camila Ortega"], []),
    ("Andrés Villacís", P, ["Andres Villacis", "Villacis", "Villacís"], []),
    ("Rosa Huamán", P, ["Rosa Huaman", "Huaman", "Huamán",
                        "Deputy Foreign Minister Rosa Huaman"], []),
    ("Yván Gil", P, ["Yvan Gil", "Gil", "Foreign Minister Yvan Gil"], []),
    ("Ernesto Salcedo", P, ["Salcedo", "Foreign Minister Ernesto Salcedo"], []),
    ("Daniel Noboa", P, ["Noboa", "President Daniel Noboa"], []),
    ("Thomas Reeve", P, ["Reeve"], []),
    ("Ronald Ojeda", P, ["Ojeda"], []),
    ("Lucía Paredes", P, ["Lucia Paredes", "Paredes"], []),
    ("Yusmary Contreras", P, ["Contreras"], []),
    ("Luiz Inácio Lula da Silva", P, ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"], []),
    ("Marcos Teixeira", P, ["Teixeira", "Lieutenant Colonel Marcos Teixeira"], []),
    ("Marco Rubio", P, ["Rubio"], []),
    ("Richard Grenell", P, ["Grenell"], []),
    ("Felipe Arango", P, ["Arango"], []),
    # cluster B people
    ("Tomas Lindqvist", P, ["Lindqvist"], []),
    ("Anura Kumara Dissanayake", P, ["Dissanayake", "President Anura Kumara Dissanayake"], []),
    ("Gotabaya Rajapaksa", P, ["Rajapaksa", "President Gotabaya Rajapaksa"], []),
    ("Ranil Wickremesinghe", P, ["Wickremesinghe"], []),
    ("Hiroshi Tanabe", P, ["Tanabe"], []),
    ("Dilani Perera", P, ["Perera"], []),
    ("Mohamed Muizzu", P, ["Muizzu", "President Mohamed Muizzu"], []),
    ("Ibrahim Shareef", P, ["Shareef"], []),
    ("Narendra Modi", P, ["Modi", "Prime Minister Narendra Modi"], []),
    ("Xi Jinping", P, ["Xi", "President Xi Jinping"], []),
    ("Hussain Waheed", P, ["Waheed"], []),
    ("Mariyam Nisha", P, ["Nisha"], []),
    ("Ahmed Faiz", P, ["Faiz", "Finance Minister Ahmed Faiz"], []),
    ("Vijitha Herath", P, ["Herath", "Foreign Minister Vijitha Herath"], []),
    ("Wang Yi", P, ["Foreign Minister Wang Yi"], []),
    ("Rajiv Gandhi", P, ["Gandhi", "Prime Minister Rajiv Gandhi", "former Prime Minister Rajiv Gandhi"], []),
    ("Kavindya Ratnayake", P, ["Ratnayake"], []),
    ("Abdulla Khaleel", P, ["Khaleel", "Foreign Minister Abdulla Khaleel"], []),
    ("Kenji Arakawa", P, ["Arakawa"], []),
    ("Maumoon Abdul Gayoom", P, ["Gayoom", "President Maumoon Abdul Gayoom"], []),
    ("Rohan Mehta", P, ["Mehta"], []),
    ("Aminath Rilwan", P, ["Rilwan"], []),
    # countries
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America",
                          "Trump administration", "U.S. government"], ["American"]),
    ("Venezuela", C, ["Venezuelan government", "Bolivarian Republic of Venezuela"], ["Venezuelan"]),
    ("Colombia", C, ["Republic of Colombia"], ["Colombian"]),
    ("Ecuador", C, [], ["Ecuadorean", "Ecuadorian"]),
    ("Peru", C, [], ["Peruvian"]),
    ("Chile", C, [], ["Chilean"]),
    ("Brazil", C, [], ["Brazilian"]),
    ("Panama", C, [], ["Panamanian"]),
    ("Guyana", C, [], ["Guyanese"]),
    ("Russia", C, ["Russian Federation"], ["Russian"]),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"], ["British"]),
    ("Germany", C, [], ["German"]),
    ("Italy", C, [], ["Italian"]),
    ("Sri Lanka", C, ["Ceylon"], ["Sri Lankan"]),
    ("Maldives", C, ["Republic of Maldives"], ["Maldivian"]),
    ("India", C, [], ["Indian"]),
    ("China", C, ["People's Republic of China", "PRC"], ["Chinese"]),
    ("Japan", C, [], ["Japanese"]),
    ("France", C, [], ["French"]),
    ("Taiwan", C, [], ["Taiwanese"]),
    # cities
    ("Bogotá", CI, ["Bogota"], []),
    ("Quito", CI, [], []),
    ("Lima", CI, [], []),
    ("Caracas", CI, [], []),
    ("Santiago", CI, ["Santiago de Chile"], []),
    ("Washington", CI, ["Washington, D.C."], []),
    ("Geneva", CI, [], []),
    ("Cúcuta", CI, ["Cucuta"], []),
    ("San Antonio del Táchira", CI, ["San Antonio del Tachira"], []),
    ("Pacaraima", CI, [], []),
    ("Kazan", CI, [], []),
    ("Colombo", CI, [], []),
    ("Malé", CI, ["Male"], []),
    ("New Delhi", CI, ["Delhi"], []),
    ("Beijing", CI, [], []),
    ("Tokyo", CI, [], []),
    ("Trincomalee", CI, [], []),
    ("Mullaitivu", CI, [], []),
    # regions
    ("Darién Gap", R, ["Darien Gap", "Darien jungle", "Darien", "Darién"], []),
    ("Norte de Santander", R, ["Norte de Santander province"], []),
    ("Catatumbo", R, ["Catatumbo region"], []),
    ("Aragua", R, ["Aragua state"], []),
    ("Roraima", R, ["Roraima state"], []),
    ("Essequibo", R, [], []),
    ("Paria peninsula", R, ["Paria Peninsula"], []),
    ("Tamil Eelam", R, [], []),
    ("United Suvadive Republic", R, [], []),
    ("Addu Atoll", R, ["Addu"], []),
    ("Katchatheevu", R, [], []),
    # organizations
    ("International Organization for Migration", O, ["IOM"], []),
    ("Andean Community", O, ["Andean Community of Nations", "CAN"], []),
    ("National Liberation Army", O, ["ELN", "National Liberation Army (ELN)"], []),
    ("FARC dissidents", O, ["FARC dissident groups"], []),
    ("Tren de Aragua", O, ["Tren de Aragua gang"], []),
    ("U.S. State Department", O, ["State Department", "US State Department",
                                  "United States Department of State"], []),
    ("U.S. Treasury", O, ["Treasury", "US Treasury", "U.S. Treasury Department"], []),
    ("Andean Migration Observatory", O, [], []),
    ("PDVSA", O, ["Petróleos de Venezuela", "Petroleos de Venezuela"], []),
    ("BRICS", O, ["BRICS group"], []),
    ("Centro de Estudios Fronterizos", O, [], []),
    ("International Monetary Fund", O, ["IMF"], []),
    ("National People's Power", O, ["NPP", "National People's Power (NPP)"], []),
    ("Official Creditor Committee", O, [], []),
    ("Export-Import Bank of China", O, ["China Exim Bank", "Exim Bank of China"], []),
    ("Lanka Policy Forum", O, [], []),
    ("Maldives Economic Institute", O, [], []),
    ("Liberation Tigers of Tamil Eelam", O, ["LTTE", "Tamil Tigers", "Tigers"], []),
    ("China Merchants Port Holdings", O, [], []),
    ("Institute for Indian Ocean Studies", O, [], []),
    ("Colombo Security Conclave", O, [], []),
    ("PLOTE", O, ["People's Liberation Organisation of Tamil Eelam"], []),
    ("Atoll Policy Centre", O, [], []),
    # agreements
    ("Andean Mobility Compact", A, [], []),
    ("Extended Fund Facility", A, ["EFF"], []),
    ("China-Maldives Free Trade Agreement", A, ["China–Maldives Free Trade Agreement"], []),
    ("India-Sri Lanka Defence Cooperation MoU", A, ["defence cooperation memorandum",
                                                    "defense cooperation memorandum"], []),
    ("Rubber-Rice Pact", A, ["Rubber-Rice Agreement"], []),
    ("Japan-Maldives Maritime Security Agreement", A, ["maritime security agreement"], []),
    # facilities
    ("Tocorón prison", F, ["Tocoron prison", "Tocorón", "Tocoron"], []),
    ("Tienditas bridge", F, ["Tienditas"], []),
    ("Hambantota Port", F, ["Hambantota", "Hambantota port"], []),
]

# --------------------------------------------------------------------------
# Triples

ROWS = []


def T(s, p, o, docs, mod="asserted", time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, note=None):
    ROWS.append(dict(s=s, p=p, o=o, docs=docs.split(), modality=mod, time=time,
                     required=req, alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, note=note))


# ===== Cluster A: Venezuela, Colombia and the Andean route (01 02 04 07) =====

# leaders and officials
T("Nicolás Maduro", "head_of", "Venezuela", "01 04 07", note="'President Nicolas Maduro'")
T("Donald Trump", "head_of", "United States", "01 04",
  note="'President Donald Trump'; in 04 the US is named in the same sentence")
T("Gustavo Petro", "head_of", "Colombia", "01 02 04",
  note="'President Gustavo Petro'; 02 'Colombia's Gustavo Petro, who leaves office in August'")
T("Iván Duque", "head_of", "Colombia", "01", note="'then-President Ivan Duque': a former head")
T("Daniel Noboa", "head_of", "Ecuador", "02 07", note="'Ecuador's President Daniel Noboa'")
T("Luiz Inácio Lula da Silva", "head_of", "Brazil", "04",
  note="apposition: 'Brazil's president, Luiz Inácio Lula da Silva'")
T("Camila Ortega", "works_for", "Colombia", "01 02", alt_o=["Gustavo Petro"],
  note="vice minister; 02 'sent Vice Minister Camila Ortega to sign on his behalf'")
T("Andrés Villacís", "works_for", "Ecuador", "01", note="'Ecuador's deputy foreign minister, Andres Villacis'")
T("Rosa Huamán", "works_for", "Peru", "01", note="'Peru's delegation was led by Deputy Foreign Minister Rosa Huaman'")
T("Yván Gil", "works_for", "Venezuela", "01 02", note="foreign minister")
T("Ernesto Salcedo", "works_for", "Peru", "02", note="foreign minister (Peru is the dateline country and the subject)")
T("Thomas Reeve", "works_for", "U.S. State Department", "02", alt_o=["United States"],
  note="'a State Department spokesperson, Thomas Reeve'")
T("Marcos Teixeira", "works_for", "Brazil", "04", note="'commands the Brazilian army post in Pacaraima'")
T("Marco Rubio", "works_for", "United States", "07", alt_o=["Donald Trump"],
  note="'Marco Rubio, the U.S. secretary of state'")
T("Richard Grenell", "works_for", "Donald Trump", "07", alt_o=["United States"],
  note="'Trump's envoy for special missions'")
T("Felipe Arango", "works_for", "Centro de Estudios Fronterizos", "07", note="security analyst")
T("Lucía Paredes", "head_of", "Andean Migration Observatory", "02", alt_p=["works_for"],
  note="'who heads the Andean Migration Observatory'")

# people: nationality and residence
T("Juan Guaidó", "citizen_of", "Venezuela", "01", note="'Venezuelan opposition leader Juan Guaido'")
T("Ronald Ojeda", "citizen_of", "Venezuela", "02", note="'a Venezuelan dissident and former army lieutenant'")
T("Ronald Ojeda", "lives_in", "Santiago", "02", note="'abducted from his apartment in Santiago'")
T("Ronald Ojeda", "lives_in", "Chile", "02", req=False, note="'had been granted asylum in Chile'")
T("Yusmary Contreras", "citizen_of", "Venezuela", "04", note="'a 34-year-old Venezuelan nurse'")
T("Yusmary Contreras", "lives_in", "Lima", "04", note="'had lived for six years in Lima' (past residence)")

# seats of organizations
T("International Organization for Migration", "based_in", "Geneva", "01", note="'The Geneva-based ... (IOM)'")
T("Andean Community", "based_in", "Lima", "01", note="'a trade bloc based in Lima'")
T("Andean Migration Observatory", "based_in", "Lima", "02", note="'a research group based in Lima'")
T("National Liberation Army", "based_in", "Venezuela", "01", "reported",
  note="Colombian officials' accusation: 'letting the group operate from its territory'")
T("National Liberation Army", "based_in", "Venezuela", "01", "negated",
  note="'a charge Caracas denies': the rebuttal in the same sentence")
T("PDVSA", "based_in", "Venezuela", "04", note="'Venezuela's state oil company, PDVSA'")
T("Tren de Aragua", "based_in", "Venezuela", "07", note="'Tren de Aragua, the Venezuelan gang'")
T("Centro de Estudios Fronterizos", "based_in", "Bogotá", "07", note="'a think tank in Bogotá'")

# geography
T("Darién Gap", "located_in", "Panama", "01", note="'Panama's Darien jungle'")
T("Colombia", "borders", "Panama", "01", note="the Darien jungle, 'on the border with Colombia'")
T("Ecuador", "borders", "Colombia", "01 07", note="01 'borders both Colombia and Peru'; 07 'its border with Colombia'")
T("Ecuador", "borders", "Peru", "01")
T("Colombia", "borders", "Venezuela", "01", note="'the 2,200-km border between the two countries'")
T("Norte de Santander", "located_in", "Colombia", "01", note="'Colombia's Norte de Santander province'")
T("Catatumbo", "located_in", "Norte de Santander", "01",
  note="'Norte de Santander province, where ... in the Catatumbo region'")
T("Quito", "capital_of", "Ecuador", "02", note="'in Quito, the Ecuadorean capital'")
T("Quito", "located_in", "Ecuador", "02", note="entailed by capital_of")
T("Santiago", "capital_of", "Chile", "02", note="'Santiago, the Chilean capital'")
T("Santiago", "located_in", "Chile", "02", note="entailed by capital_of")
T("Tocorón prison", "located_in", "Aragua", "02", note="'the Tocoron prison in Venezuela's Aragua state'")
T("Aragua", "located_in", "Venezuela", "02")
T("Cúcuta", "located_in", "Colombia", "04", note="'the Colombian city of Cúcuta'")
T("San Antonio del Táchira", "located_in", "Venezuela", "04", note="'San Antonio del Táchira in Venezuela'")
T("Lima", "capital_of", "Peru", "04", note="'Lima ... the Peruvian capital'")
T("Lima", "located_in", "Peru", "04", note="entailed by capital_of")
T("Pacaraima", "located_in", "Roraima", "04", note="'Pacaraima, in Brazil's Roraima state'")
T("Roraima", "located_in", "Brazil", "04")
T("Kazan", "located_in", "Russia", "04", note="'in Kazan, Russia'")
T("Essequibo", "located_in", "Guyana", "04", note="'makes up about two-thirds of Guyana'")
T("Roraima", "borders", "Venezuela", "04", note="'Roraima, which borders both countries'")
T("Roraima", "borders", "Guyana", "04", note="'Roraima, which borders both countries'")
T("Caracas", "capital_of", "Venezuela", "07", note="'Caracas, the Venezuelan capital'")
T("Caracas", "located_in", "Venezuela", "07", note="entailed by capital_of")
T("Paria peninsula", "located_in", "Venezuela", "07", note="'Venezuela's Paria peninsula'")

# memberships
T("Colombia", "member_of", "Andean Community", "01", note="'All three countries belong to the Andean Community'")
T("Ecuador", "member_of", "Andean Community", "01")
T("Peru", "member_of", "Andean Community", "01")
T("Venezuela", "member_of", "Andean Community", "01", "negated", note="'Venezuela left the bloc in 2006 and is no longer a member'")
T("Brazil", "member_of", "BRICS", "04", note="'Brazil, a founding member of BRICS'")

# meetings, visits, calls
T("Colombia", "met_with", "Ecuador", "01", "reported", time="2026-02-17", alt_p=["negotiating_with"],
  alt_s=["Camila Ortega"], alt_o=["Andrés Villacís"],
  note="'Deputy foreign ministers of the three Andean countries met in Bogota on Tuesday ..., according to a joint statement' (dateline Wed Feb 18, year stated)")
T("Colombia", "met_with", "Peru", "01", "reported", time="2026-02-17", alt_p=["negotiating_with"],
  alt_s=["Camila Ortega"], alt_o=["Rosa Huamán"], note="as above")
T("Ecuador", "met_with", "Peru", "01", "reported", time="2026-02-17", alt_p=["negotiating_with"],
  alt_s=["Andrés Villacís"], alt_o=["Rosa Huamán"], note="as above")
T("Richard Grenell", "met_with", "Nicolás Maduro", "07", time="2025-01")
T("Marco Rubio", "met_with", "Gustavo Petro", "07", "negated", req=False,
  note="'he was not expected to meet Petro': a negative expectation")
T("Nicolás Maduro", "signed_agreement_with", "Richard Grenell", "07", time="2025-01", req=False,
  alt_s=["Venezuela"], alt_o=["United States"],
  note="Maduro 'agreed to take back Venezuelans deported from the United States': an informal understanding")
T("Richard Grenell", "visited", "Caracas", "07", time="2025-01", alt_o=["Venezuela"], note="'flew to Caracas'")
T("Gustavo Petro", "visited", "Quito", "02", "negated", note="'did not travel to Quito'")
T("Marco Rubio", "visited", "Bogotá", "07", "planned", time="2026-06", note="'is due to visit Bogotá and Lima in June'")
T("Marco Rubio", "visited", "Lima", "07", "planned", time="2026-06")
T("Marco Rubio", "contacted", "Daniel Noboa", "07", time="2026-05-07", alt_s=["United States"], alt_o=["Ecuador"],
  note="'telephoned ... last Thursday' (published Tuesday 2026-05-12)")
T("Gustavo Petro", "negotiating_with", "National Liberation Army", "01", req=False, alt_s=["Colombia"],
  note="'Petro suspended peace talks with the ELN': the talks existed and are now suspended")

# the Andean Mobility Compact
T("International Organization for Migration", "brokered", "Andean Mobility Compact", "01", "hedged",
  note="'is expected to broker the final text'")
T("International Organization for Migration", "brokered", "Andean Mobility Compact", "02", time="2026-03",
  note="passive: 'signed in Quito on March 19 and brokered by the International Organization for Migration'")
T("United States", "brokered", "Andean Mobility Compact", "07", "reported",
  note="'U.S. officials have privately claimed credit for brokering it'")
T("United States", "brokered", "Andean Mobility Compact", "07", "negated",
  note="'Colombian officials deny that Washington brokered the compact'")
for c in ("Colombia", "Ecuador", "Peru"):
    T(c, "party_to", "Andean Mobility Compact", "01", "planned", time="2026-03",
      note="'will sign ... in Quito next month'")
    T(c, "party_to", "Andean Mobility Compact", "02", time="2026-03-19",
      note="'Peru, Colombia and Ecuador signed'; 'signed in Quito on March 19'")
for a, b in (("Colombia", "Ecuador"), ("Colombia", "Peru"), ("Ecuador", "Peru")):
    T(a, "signed_agreement_with", b, "02", time="2026-03-19", req=False,
      note="pairwise reading of the three-country compact")
T("Venezuela", "party_to", "Andean Mobility Compact", "02 07", "negated",
  note="02 'has refused to join', 'would \"never\" sign'; 07 'stayed away'")
T("United States", "party_to", "Andean Mobility Compact", "02", "negated", note="'is not a party to the compact'")
T("Chile", "party_to", "Andean Mobility Compact", "02 07", "negated",
  note="02 'Chile did not sign', 'would not join until ...'; 07 'will not join the compact until ...'")
T("Venezuela", "candidate_for", "Andean Mobility Compact", "01", "negated",
  note="'has not been invited to join the compact'; contradicted by 07")
T("Venezuela", "candidate_for", "Andean Mobility Compact", "07",
  note="'which was invited to join at the last minute' (contradicts 01)")
T("Chile", "candidate_for", "Andean Mobility Compact", "01", "hedged",
  note="'Santiago could decide whether to join the compact'")
T("Chile", "candidate_for", "Andean Mobility Compact", "02", "reported",
  note="'said it was still studying the text'")
T("United States", "supported", "Andean Mobility Compact", "02", "reported", alt_s=["Washington"],
  note="spokesperson: Washington 'supports any arrangement ...'; Gil 'accused the United States of bankrolling it'")

# bilateral relations
T("Colombia", "normalized_relations_with", "Venezuela", "01 04", time="2022-08",
  alt_s=["Gustavo Petro", "Bogotá"], alt_o=["Caracas"],
  note="01 'Petro restored relations in August 2022'; 04 'restored ties with Caracas in August 2022'")
T("Peru", "normalized_relations_with", "Venezuela", "02", "negated", alt_s=["Lima"], alt_o=["Nicolás Maduro"],
  note="'stops short of restoring full diplomatic relations'; 'This is not a normalization'; 'Lima is not normalizing with Maduro'")
T("Peru", "diplomatic_relations_with", "Venezuela", "02", "negated", alt_s=["Lima"],
  note="relations 'which Lima broke off in July 2024' are not restored")
T("Chile", "diplomatic_relations_with", "Venezuela", "02", "negated",
  note="'Chile has had no diplomatic relations with Venezuela since July 2024'")
T("Colombia", "allied_with", "United States", "01", alt_s=["Bogotá"], alt_o=["Washington"],
  note="'Ties with Washington, long Bogota's closest ally in the region'")
T("Daniel Noboa", "allied_with", "United States", "02 07", alt_s=["Ecuador"], alt_o=["Washington"],
  note="02 'a close ally of Washington'; 07 'counts himself among Washington's closest allies'")
T("Colombia", "trades_with", "Venezuela", "01 04",
  note="01 border reopened to trade in September 2022; 04 trade recovered last year: different times, so none")
T("Ecuador", "signed_agreement_with", "United States", "07", time="2023",
  note="'signed a security cooperation agreement with the United States in 2023'")

# support, criticism, threats, sanctions
T("Colombia", "supported", "Juan Guaidó", "01", time="2019", alt_s=["Iván Duque"],
  note="'Colombia under then-President Ivan Duque backed ... Juan Guaido'")
T("Yván Gil", "criticized", "Colombia", "01", time="2025", alt_s=["Venezuela"],
  note="'last year accused Colombia and Peru' (year stated: 2026)")
T("Yván Gil", "criticized", "Peru", "01", time="2025", alt_s=["Venezuela"], note="as above")
T("Colombia", "criticized", "Venezuela", "01", note="'Colombian officials have long accused Venezuela ...'")
T("Yván Gil", "criticized", "United States", "02", alt_s=["Venezuela"],
  note="'accused the United States of bankrolling it'")
T("Chile", "criticized", "Venezuela", "02", req=False, alt_o=["Caracas"],
  note="'Chilean prosecutors say ... on orders from Caracas'")
T("Venezuela", "criticized", "United States", "07", time="2026-04", alt_s=["Caracas"], alt_o=["Washington"],
  note="'In April, Caracas accused Washington of imposing a naval blockade'")
T("United States", "criticized", "Gustavo Petro", "07", time="2025-10", alt_s=["U.S. Treasury"],
  note="'accusing him of failing to curb cocaine production'")
T("Gustavo Petro", "criticized", "United States", "07", req=False,
  note="called the sanctions 'a lie' and the boat strikes murder; the target is implicit")
T("Donald Trump", "threatened", "Colombia", "01", time="2025-01", alt_s=["United States"],
  note="'In January 2025 Trump threatened 25% tariffs on Colombian goods'")
T("Donald Trump", "sanctioned", "Colombia", "01", "negated", alt_s=["United States"],
  note="'The tariffs were never imposed': a threat, not a sanction")
T("Donald Trump", "threatened", "Venezuela", "07", alt_s=["United States"],
  note="'has repeatedly threatened Venezuela with strikes on land'")
T("United States", "sanctioned", "Tren de Aragua", "02", time="2024-07", alt_s=["Washington"],
  note="'Washington imposed sanctions on the gang in July 2024'")
T("U.S. State Department", "sanctioned", "Tren de Aragua", "02", time="2025-02", req=False,
  alt_s=["United States"], note="terrorist designation in February 2025: a sanction only on a broad reading")
T("United States", "sanctioned", "PDVSA", "04", note="'U.S. sanctions on Venezuela's state oil company, PDVSA'")
T("United States", "sanctioned", "Gustavo Petro", "07", time="2025-10", alt_s=["U.S. Treasury"],
  note="'the U.S. Treasury placed Petro himself under sanctions'")

# force
T("National Liberation Army", "attacked", "FARC dissidents", "01", time="2025-01")
T("National Liberation Army", "in_conflict_with", "FARC dissidents", "01", req=False, note="'rival FARC dissidents'")
T("Venezuela", "in_conflict_with", "Guyana", "04",
  note="'the century-old territorial dispute between Venezuela and Guyana'")
T("United States", "attacked", "Tren de Aragua", "07", "reported", time="2025-09-02",
  note="hit a vessel 'that officials said was operated by Tren de Aragua' (Sept 2, year from 'Since September 2025')")
T("Donald Trump", "attacked", "Venezuela", "07", "negated", alt_s=["United States"],
  note="threatened strikes on land 'but has not carried any out'")
T("Tren de Aragua", "killed", "Ronald Ojeda", "02", "reported", time="2024-02",
  note="'Chilean prosecutors say members of the Tren de Aragua gang killed him'")
T("Venezuela", "blockaded", "Tienditas bridge", "04", time="2019-02",
  note="'Venezuelan troops blockaded the nearby Tienditas bridge'")
T("United States", "blockaded", "Venezuela", "07", "reported", alt_s=["Washington"],
  note="Caracas's accusation of a naval blockade")
T("United States", "blockaded", "Venezuela", "07", "negated", alt_s=["U.S. State Department"],
  note="'The State Department said it had blockaded nothing': the rebuttal")
for c in ("United Kingdom", "Germany", "Italy"):
    T(c, "blockaded", "Venezuela", "07", time="1902", note="'Britain, Germany and Italy blockaded its ports in 1902'")
T("Venezuela", "took_control_of", "Tocorón prison", "02", time="2023-09",
  note="'which Venezuelan security forces took control of in September 2023'")
T("Venezuela", "took_control_of", "Essequibo", "04", "negated", note="'Venezuela has never controlled it'")
T("Venezuela", "candidate_for", "BRICS", "04", time="2024-10",
  note="'vetoed Venezuela's bid to join the BRICS group ... that October'")
T("Colombia", "imports_from", "Venezuela", "04", "planned",
  note="natural gas: 'so that Colombia can import Venezuelan natural gas'")
T("Colombia", "imports_from", "Venezuela", "04", "negated", req=False,
  note="'not a cubic metre of Venezuelan gas has reached Colombia'")

# ===== Cluster B: Sri Lanka, the Maldives and the Indian Ocean (03 05 06 08) =====

T("Anura Kumara Dissanayake", "head_of", "Sri Lanka", "03 06",
  note="03 'losing the presidency to Anura Kumara Dissanayake'; 06 'President Anura Kumara Dissanayake'")
T("Gotabaya Rajapaksa", "head_of", "Sri Lanka", "03", note="'toppled President Gotabaya Rajapaksa': a former head")
T("Ranil Wickremesinghe", "head_of", "Sri Lanka", "03",
  note="'Parliament chose Ranil Wickremesinghe to succeed him ... losing the presidency'")
T("Anura Kumara Dissanayake", "head_of", "National People's Power", "03", alt_p=["member_of"],
  note="'who leads the leftist National People's Power (NPP) alliance'")
T("Mohamed Muizzu", "head_of", "Maldives", "05 08", note="'President Mohamed Muizzu'")
T("Narendra Modi", "head_of", "India", "05 06", note="'Prime Minister Narendra Modi'")
T("Xi Jinping", "head_of", "China", "05", note="'President Xi Jinping in Beijing'")
T("Rajiv Gandhi", "head_of", "India", "06", note="'former Prime Minister Rajiv Gandhi'")
T("Maumoon Abdul Gayoom", "head_of", "Maldives", "08", note="'President Maumoon Abdul Gayoom' (past)")
T("Tomas Lindqvist", "works_for", "International Monetary Fund", "03", note="'the IMF's mission chief for Sri Lanka'")
T("Hiroshi Tanabe", "works_for", "Japan", "03", note="'its ambassador, Hiroshi Tanabe' (its = Japan's)")
T("Dilani Perera", "works_for", "Lanka Policy Forum", "03", note="economist")
T("Ibrahim Shareef", "works_for", "Mohamed Muizzu", "05", alt_o=["Maldives"], note="'his spokesman'")
T("Mariyam Nisha", "works_for", "Maldives Economic Institute", "05", note="economist")
T("Ahmed Faiz", "works_for", "Maldives", "05", note="'Finance Minister Ahmed Faiz' (country from context)")
T("Vijitha Herath", "works_for", "Sri Lanka", "06", note="'Foreign Minister Vijitha Herath'")
T("Wang Yi", "works_for", "China", "06", note="'Chinese Foreign Minister Wang Yi'")
T("Kavindya Ratnayake", "works_for", "Institute for Indian Ocean Studies", "06", note="researcher")
T("Abdulla Khaleel", "works_for", "Maldives", "08", note="'Foreign Minister Abdulla Khaleel' (country from context)")
T("Kenji Arakawa", "works_for", "Japan", "08", note="'Japan's state minister for foreign affairs'")
T("Rohan Mehta", "works_for", "India", "08", note="'an external affairs ministry spokesman' in New Delhi")
T("Aminath Rilwan", "works_for", "Atoll Policy Centre", "08", note="researcher")
T("Hussain Waheed", "lives_in", "Malé", "05", note="'a shopkeeper who has lived in Malé all his life'")

# seats
T("Lanka Policy Forum", "based_in", "Colombo", "03", note="'a think tank in Colombo'")
T("International Monetary Fund", "based_in", "Washington", "05", note="'the Washington-based International Monetary Fund'")
T("Maldives Economic Institute", "based_in", "Malé", "05")
T("Institute for Indian Ocean Studies", "based_in", "Colombo", "06")
T("Colombo Security Conclave", "based_in", "Colombo", "08", note="'whose secretariat is based in Colombo'")
T("PLOTE", "based_in", "Sri Lanka", "08", note="'PLOTE, a Sri Lankan Tamil militant group'")
T("Atoll Policy Centre", "based_in", "Malé", "08", note="'a think tank in Malé'")

# geography
T("Malé", "capital_of", "Maldives", "05 08", note="05 'whose capital, Malé'; 08 'Malé ... the capital'")
T("Malé", "located_in", "Maldives", "05 08", note="entailed by capital_of")
T("Hambantota Port", "located_in", "Sri Lanka", "06", req=False, note="'on the island's southern coast'")
T("Katchatheevu", "located_in", "Sri Lanka", "06", req=False, note="'an islet India ceded to Sri Lanka'")
T("Trincomalee", "located_in", "Sri Lanka", "03", req=False, note="'the eastern port of Trincomalee'")
T("Addu Atoll", "located_in", "Maldives", "08", req=False, note="one of 'the three southernmost atolls' that broke away")

# memberships
for c in ("Japan", "India", "France"):
    T(c, "member_of", "Official Creditor Committee", "03", note="'co-chaired by Japan, India and France'")
T("China", "member_of", "Official Creditor Committee", "03", "negated", note="'China never joined the committee'")
T("Sri Lanka", "member_of", "BRICS", "03", "negated", req=False, note="'it has not been admitted'")
T("Maldives", "member_of", "International Monetary Fund", "05", note="'has been a member of the IMF since 1978'")
for c in ("Maldives", "India"):
    T(c, "member_of", "Colombo Security Conclave", "08",
      note="'India remains the country's main security partner, and both belong to the Colombo Security Conclave'")
T("Sri Lanka", "candidate_for", "BRICS", "03", time="2024", note="'applied in 2024 to join the BRICS group'")

# meetings, visits, calls, talks
T("Mohamed Muizzu", "met_with", "Narendra Modi", "05", time="2024-10")
T("Mohamed Muizzu", "met_with", "Xi Jinping", "05", time="2024-01")
T("Ahmed Faiz", "met_with", "International Monetary Fund", "05", "planned", time="2026-04",
  note="'where he will meet fund staff'")
T("Narendra Modi", "met_with", "Anura Kumara Dissanayake", "06", time="2025-04")
T("Kenji Arakawa", "met_with", "Mohamed Muizzu", "08", time="2026-06-01", note="Monday before Tuesday 2026-06-02")
T("Kenji Arakawa", "met_with", "Sri Lanka", "08", "planned", time="2026-06-02",
  note="'is due to meet Sri Lankan officials'")
T("Gotabaya Rajapaksa", "visited", "Maldives", "03", time="2022-07", note="'fled to the Maldives in July 2022'")
T("Mohamed Muizzu", "visited", "New Delhi", "05", time="2024-10", alt_o=["India"],
  note="'Muizzu's state visit to New Delhi in October 2024'")
T("Mohamed Muizzu", "visited", "China", "05", time="2024-01", alt_o=["Beijing"],
  note="'making China, not India, the destination of his first state visit': not a denial of any India visit")
T("Narendra Modi", "visited", "Maldives", "05", time="2025-07", req=False,
  note="'guest of honour at celebrations' last July: the trip is implied")
T("Ahmed Faiz", "visited", "Washington", "05", "planned", time="2026-04", note="'is due to travel to Washington in April'")
T("Narendra Modi", "visited", "Colombo", "06", time="2025-04", alt_o=["Sri Lanka"],
  note="'a visit to Colombo by Prime Minister Narendra Modi in April 2025'")
T("Vijitha Herath", "visited", "Beijing", "06", "planned", time="2026-05", alt_o=["China"],
  note="'Herath is due to visit Beijing in May'")
T("Anura Kumara Dissanayake", "visited", "New Delhi", "06", "hedged", time="2026", alt_o=["India"],
  note="'is expected in New Delhi later in the year'")
T("Kenji Arakawa", "visited", "Maldives", "08", time="2026-06-01", alt_o=["Malé"],
  note="'on the first visit to the Maldives by a Japanese minister in five years'")
T("Kenji Arakawa", "visited", "Colombo", "08", time="2026-06-02", alt_o=["Sri Lanka"],
  note="'flew on to Colombo on Tuesday' (the publication day)")
T("Mohamed Muizzu", "visited", "Tokyo", "08", "hedged", time="2026", alt_o=["Japan"],
  note="'is expected to visit Tokyo later this year'")
T("Wang Yi", "contacted", "Vijitha Herath", "06", "reported", time="2026-04-10", alt_s=["China"], alt_o=["Sri Lanka"],
  note="'On Friday ... telephoned Herath ..., according to a statement from Beijing'")
T("China", "negotiating_with", "Sri Lanka", "03", alt_o=["Colombo"], note="'choosing instead to negotiate directly with Colombo'")
T("Ranil Wickremesinghe", "negotiating_with", "International Monetary Fund", "03", alt_s=["Sri Lanka"],
  note="'negotiated the bailout with the fund'")
T("Maldives", "negotiating_with", "International Monetary Fund", "05", "reported",
  note="'has opened informal talks with ... the IMF, two finance ministry officials said'")
T("Maldives", "negotiating_with", "International Monetary Fund", "05", "negated",
  note="the spokesman: 'The Maldives is not negotiating with the IMF for a programme'")
T("India", "negotiating_with", "Maldives", "05", time="2025-07", alt_s=["New Delhi"],
  note="'the two sides opened talks on a bilateral free trade agreement' last July")

# agreements
T("Sri Lanka", "party_to", "Extended Fund Facility", "03", time="2023-03", note="'approved in March 2023'")
T("Sri Lanka", "signed_agreement_with", "Export-Import Bank of China", "03", time="2024",
  note="'a separate deal with the Export-Import Bank of China' in 2024")
T("Japan", "signed_agreement_with", "Sri Lanka", "03", time="2026-01-28", alt_s=["Hiroshi Tanabe"],
  note="'On Wednesday its ambassador ... signed an agreement with the government'")
T("India", "signed_agreement_with", "Sri Lanka", "03", "planned", time="2026-03",
  note="'The two governments are due to sign an agreement in March'")
T("India", "signed_agreement_with", "Sri Lanka", "06",
  note="defence memorandum (April 2025) and the 1974 agreement: two dates in one document, so none")
T("India", "party_to", "India-Sri Lanka Defence Cooperation MoU", "06", time="2025-04")
T("Sri Lanka", "party_to", "India-Sri Lanka Defence Cooperation MoU", "06", time="2025-04")
T("Sri Lanka", "signed_agreement_with", "China", "06", time="1952", alt_o=["Beijing"],
  note="'signed the Rubber-Rice Pact with Beijing'")
T("Sri Lanka", "party_to", "Rubber-Rice Pact", "06", time="1952")
T("China", "party_to", "Rubber-Rice Pact", "06", time="1952", note="'with Beijing'")
T("India", "signed_agreement_with", "Maldives", "05", time="2024-10",
  note="'the two governments agreed a currency swap'")
T("Maldives", "signed_agreement_with", "China", "05 08",
  note="05 the free trade agreement (2017); 08 a military assistance agreement (March 2024): different times, so none")
T("Maldives", "party_to", "China-Maldives Free Trade Agreement", "05", time="2017")
T("China", "party_to", "China-Maldives Free Trade Agreement", "05", time="2017")
T("Japan", "signed_agreement_with", "Maldives", "08", time="2026-06-01", alt_s=["Tokyo"])
T("Japan", "party_to", "Japan-Maldives Maritime Security Agreement", "08", time="2026-06-01")
T("Maldives", "party_to", "Japan-Maldives Maritime Security Agreement", "08", time="2026-06-01")

# relations
T("Sri Lanka", "recognizes", "China", "06", time="1950-01",
  note="'Ceylon ... was among the first countries to recognise the People's Republic of China, in January 1950'")
T("Sri Lanka", "recognizes", "Taiwan", "06", "negated", note="'Sri Lanka does not recognise Taiwan'")
T("Sri Lanka", "diplomatic_relations_with", "China", "06", time="1957",
  note="'The two countries established diplomatic relations in 1957'")
T("Sri Lanka", "allied_with", "India", "06", "negated", req=False,
  note="'Sri Lanka is not an ally of India against China' (qualified denial)")
T("Sri Lanka", "allied_with", "China", "06", "negated", req=False,
  note="'nor an ally of China against India' (qualified denial)")
T("India", "allied_with", "Maldives", "08", note="'India remains the country's main security partner'")

# support
T("International Monetary Fund", "supported", "Sri Lanka", "03", time="2026-01-29", alt_o=["Colombo"],
  note="board review on Thursday releases about $350 million of the bailout")
T("Japan", "supported", "Sri Lanka", "03", time="2024", note="'resumed eleven stalled yen-loan projects in 2024'")
T("India", "supported", "Sri Lanka", "03", time="2022", note="'extended about $4 billion in emergency credit ... in 2022'")
T("China", "supported", "Sri Lanka", "03 06",
  note="03 quote 'kept India, China and Japan all lending'; 06 'built with Chinese loans'")
T("International Monetary Fund", "supported", "Maldives", "05", time="2020",
  note="'drew on the fund's emergency financing during the pandemic in 2020'")
T("India", "supported", "Maldives", "05 08",
  note="05 'India has repeatedly stepped in', aircraft gifted; 08 'India has financed a police academy ...'")
T("India", "supported", "Maldives", "05", "planned", req=False, alt_s=["New Delhi"], alt_o=["Malé"],
  note="double negation 'Delhi will not let Malé default' = a prediction of support, not a denial")
T("China", "supported", "Maldives", "05", "negated", alt_s=["Beijing"],
  note="'Beijing has offered no new budget support this year, according to one of the finance officials'")
T("China", "supported", "Maldives", "08", time="2024-03", req=False,
  note="'a military assistance agreement with China in March 2024'")
T("Japan", "supported", "Maldives", "08",
  note="'among the Maldives' most generous donors'; paid for the sea wall (1987), aid after 2004: no single time")
T("Japan", "supported", "Maldives", "08", "planned", alt_s=["Tokyo"],
  note="'Tokyo will supply two patrol vessels and a coastal radar network'")

# criticism, threats, sanctions
T("China", "criticized", "Sri Lanka", "06", note="China's embassy 'called the refusal \"regrettable\"'")
T("China", "threatened", "Sri Lanka", "06", note="'warned that it could affect Chinese investment at Hambantota'")
T("United States", "sanctioned", "Sri Lanka", "03", time="2025", alt_s=["Washington"],
  note="'Washington's 20% tariff on Sri Lankan goods, imposed last year'")
T("Mohamed Muizzu", "criticized", "India", "05", req=False, note="'an \"India Out\" campaign'")

# conflict and force
T("India", "in_conflict_with", "Liberation Tigers of Tamil Eelam", "06",
  note="the peacekeeping force sent in 1987 'had fought the Liberation Tigers of Tamil Eelam' before 1990 (no single time)")
T("Sri Lanka", "in_conflict_with", "Liberation Tigers of Tamil Eelam", "06", time="1983",
  note="'The Tigers fought the government from 1983' until May 2009 (range: its start)")
T("Sri Lanka", "in_conflict_with", "India", "06", req=False, note="'Sri Lanka's most persistent quarrel with India'")
T("Liberation Tigers of Tamil Eelam", "killed", "Rajiv Gandhi", "06", time="1991",
  note="'A Tiger suicide bomber killed Gandhi in 1991'")
T("Sri Lanka", "took_control_of", "Mullaitivu", "06", time="2009-05",
  note="'the army captured Mullaitivu, the rebels' last stronghold'")
T("China Merchants Port Holdings", "took_control_of", "Hambantota Port", "06", time="2017", req=False,
  note="a 99-year lease, not a seizure")
T("PLOTE", "took_control_of", "Malé", "08", time="1988-11", req=False,
  note="'seized government buildings in Malé'")
T("PLOTE", "attacked", "Maumoon Abdul Gayoom", "08", time="1988-11", req=False,
  note="'an attempted coup against President Maumoon Abdul Gayoom'")
T("India", "took_control_of", "Malé", "08", time="1988-11", note="'Indian paratroopers ... retook the capital'")
T("Maldives", "took_control_of", "United Suvadive Republic", "08", time="1963", req=False,
  note="'dissolved in 1963 after the central government sent gunboats'")
T("United Suvadive Republic", "seceded_from", "Maldives", "08", time="1959",
  note="'In 1959 the three southernmost atolls ... broke away from the Maldives as the United Suvadive Republic'")
T("Tamil Eelam", "seceded_from", "Sri Lanka", "06", "negated", note="'the region never broke away from Sri Lanka'")
T("Sri Lanka", "gained_independence_from", "United Kingdom", "03", time="1948", note="'won independence from Britain in 1948'")
T("Maldives", "gained_independence_from", "United Kingdom", "05 08", time="1965",
  note="'won independence from Britain in 1965' (both)")

# trade
T("Sri Lanka", "imports_from", "India", "03", note="fuel: 'remains Sri Lanka's main supplier of fuel'")
T("Maldives", "imports_from", "India", "05", note="rice, flour, sugar under a special export quota")
T("Maldives", "imports_from", "China", "05", req=False, note="'Chinese goods now fill the shelves of Malé's shops'")
T("Maldives", "trades_with", "China", "05", req=False, note="free trade agreement in effect since 2025")


# --------------------------------------------------------------------------

def norm(s):  # as the scorer
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def forms(ent):
    name, _, aliases, dem = ent
    return [name] + aliases + dem


def find(text, form):
    pat = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
    return [m.start() for m in re.finditer(pat, text, re.I)]


def main():
    errors = []
    ents = {e[0]: e for e in ENTITIES}
    if len(ents) != len(ENTITIES):
        errors.append("duplicate entity names")
    seen = {}
    for e in ENTITIES:
        if e[1] not in ANY:
            errors.append(f"{e[0]}: bad type {e[1]}")
        for a in [e[0]] + e[2]:
            k = norm(a)
            if k in seen and seen[k] != e[0]:
                errors.append(f"alias {a!r} of {e[0]} already belongs to {seen[k]}")
            seen[k] = e[0]

    texts = {}
    for d, (fn, _, _) in DOCS.items():
        path = os.path.join(ROOT, "corpus", fn)
        if not os.path.exists(path):
            errors.append(f"missing document {fn}")
            continue
        texts[d] = textutil.body(path)

    units = {}
    used = set()
    for i, r in enumerate(ROWS, 1):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        if r["p"] not in TYPES:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POLARITY:
            errors.append(f"{tag}: bad modality")
        for d in r["docs"]:
            if d not in DOCS:
                errors.append(f"{tag}: unknown doc {d}")
        names = [r["s"], r["o"]] + (r["alt_s"] or []) + (r["alt_o"] or [])
        for n in names:
            if n not in ents:
                errors.append(f"{tag}: untyped entity {n!r}")
        if any(n not in ents for n in names):
            continue
        used.update(names)
        for p in [r["p"]] + (r["alt_p"] or []):
            if p not in TYPES:
                errors.append(f"{tag}: unknown alt predicate {p}")
                continue
            st, ot = TYPES[p]
            for s in [r["s"]] + (r["alt_s"] or []):
                for o in [r["o"]] + (r["alt_o"] or []):
                    ts, to = ents[s][1], ents[o][1]
                    ok = (ts in st and to in ot) or (p in SYMMETRIC and ts in ot and to in st)
                    if not ok:
                        errors.append(f"{tag}: {p} does not take {ts} -> {to} ({s} -> {o})")
        for role in ("s", "o"):
            for d in r["docs"]:
                if d in texts and not any(find(texts[d], f) for f in forms(ents[r[role]])):
                    errors.append(f"{tag}: {r[role]!r} not found in doc {d}")
        for n in (r["alt_s"] or []) + (r["alt_o"] or []):
            if not any(find(texts[d], f) for d in r["docs"] if d in texts for f in forms(ents[n])):
                errors.append(f"{tag}: alt {n!r} not found in any cited doc")
        t = r["time"]
        if t:
            if not re.fullmatch(r"\d{3}(\d(-\d\d(-\d\d)?)?)?", t):
                errors.append(f"{tag}: bad time {t}")
            if r["p"] in STATIC:
                errors.append(f"{tag}: time on a static predicate")
            if r["modality"] == "negated":
                errors.append(f"{tag}: time on a negated row")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errors.append(f"{tag}: duplicate unit of row {units[u]}")
        units[u] = i
        if r["s"] == r["o"]:
            errors.append(f"{tag}: subject equals object")
    missing = set(TYPES) - {r["p"] for r in ROWS}
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")
    unused = [e[0] for e in ENTITIES if e[0] not in used]
    if unused:
        errors.append(f"entities in no row: {unused}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)

    # ---- write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases, _ in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[d][0] for d in r["docs"]],
                   "modality": r["modality"]}
            if r["time"]:
                out["time"] = r["time"]
            out["required"] = r["required"]
            for k in ("alt_s", "alt_p", "alt_o", "note"):
                if r[k]:
                    out[k] = r[k]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    n_stmt = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for d in r["docs"]:
                fn, date, _ = DOCS[d]
                text = texts[d]
                spans = textutil.sentences(text)
                sf = forms(ents[r["s"]]) + [x for n in (r["alt_s"] or []) for x in forms(ents[n])]
                of = forms(ents[r["o"]]) + [x for n in (r["alt_o"] or []) for x in forms(ents[n])]

                def has(span, fs):
                    return any(find(text[span[0]:span[1]], x) for x in fs)
                best = next((sp for sp in spans if has(sp, sf) and has(sp, of)), None) \
                    or next((sp for sp in spans if has(sp, sf) or has(sp, of)), spans[0])
                title, _ = textutil.meta(os.path.join(ROOT, "corpus", fn))
                st = {"subject": r["s"], "subject_type": ents[r["s"]][1], "predicate": r["p"],
                      "object": r["o"], "object_type": ents[r["o"]][1], "modality": r["modality"],
                      "time": r["time"] or "", "role": "", "confidence": 1.0,
                      "source": "corpus/" + fn, "title": title, "published": date,
                      "sentence": text[best[0]:best[1]], "start": best[0], "end": best[1],
                      "rule": "gold-selfcheck"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_stmt += 1

    # ---- report
    mods = Counter(r["modality"] for r in ROWS)
    preds = Counter(r["p"] for r in ROWS)
    types = Counter(e[1] for e in ENTITIES)
    per_doc = Counter(d for r in ROWS for d in r["docs"])
    print(f"ok: {len(ENTITIES)} entities, {len(ROWS)} rows "
          f"({sum(r['required'] for r in ROWS)} required, {sum(not r['required'] for r in ROWS)} optional), "
          f"{n_stmt} self-check statements")
    print("modality:", ", ".join(f"{k} {v}" for k, v in sorted(mods.items())))
    print("polarity:", ", ".join(f"{k} {v}" for k, v in
                                 sorted(Counter(POLARITY[r['modality']] for r in ROWS).items())))
    print("rows with time:", sum(bool(r["time"]) for r in ROWS))
    print("predicates (%d):" % len(preds), ", ".join(f"{k} {v}" for k, v in sorted(preds.items())))
    print("entity types:", ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    print("rows citing each doc:", ", ".join(f"{k} {v}" for k, v in sorted(per_doc.items())))
    req_by_p = defaultdict(lambda: [0, 0])
    for r in ROWS:
        req_by_p[r["p"]][0 if r["required"] else 1] += 1
    if "--table" in sys.argv:
        print("| predicate | rows | required | asserted | reported | hedged | planned | negated |")
        print("|---|---|---|---|---|---|---|---|")
        for p in sorted(preds):
            m = Counter(r["modality"] for r in ROWS if r["p"] == p)
            print(f"| {p} | {preds[p]} | {req_by_p[p][0]} | {m['asserted']} | {m['reported']} | "
                  f"{m['hedged']} | {m['planned']} | {m['negated']} |")


if __name__ == "__main__":
    main()
