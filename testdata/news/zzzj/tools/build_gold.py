"""Gold standard of news set zzzj, held as data: check it and write it.

    python3 -B tools/build_gold.py              check, then write entities.jsonl,
                                                triples.jsonl, selfcheck_statements.jsonl
    python3 -B tools/build_gold.py --check      check only, write nothing
    python3 -B tools/build_gold.py --self-test  break copies of the data in known
                                                ways and show each check catches it

Every row carries, per document, the text span(s) that state the fact. The
checks: each span occurs in the text the extractor sees (textutil.read_article:
HTML boilerplate removed) and lies inside one sentence; every entity used is
declared, with a valid type; predicates, modalities and subject/object types
follow SCHEMA.md; no two rows are the same scoring unit (subject, predicate,
object, polarity; symmetric predicates unordered; names through aliases); no
alias names two entities; docs are files of corpus/; times are ISO prefixes;
200-260 rows, 20-25 negated, all 34 predicates present.
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    1: "zzzj01_senegal_mauritania_fishing_protocol.txt",
    2: "zzzj02_saint_louis_fishermen_react.txt",
    3: "zzzj03_albares_algiers_visit.txt",
    4: "zzzj04_dakar_declaration_joint_patrols.txt",
    5: "zzzj05_de_mistura_western_sahara_talks.txt",
    6: "zzzj06_portugal_morocco_power_cable.txt",
    7: "zzzj07_senegal_gambia_joint_patrols.html",
    8: "zzzj08_spain_morocco_ceuta_customs.html",
}
# Publication dates (wire copy carries only "Mon DD" in its dateline; the
# year is given by the text, e.g. "until December 2026", "later in 2026").
PUBLISHED = {1: "2026-02-10", 2: "2026-02-12", 3: "2026-03-24", 4: "2026-02-16",
             5: "2026-03-27", 6: "2026-04-02", 7: "2026-02-20", 8: "2026-04-07"}
WIRE_TITLES = {1: "Senegal and Mauritania renew fishing protocol after fisherman's death",
               2: "Saint-Louis fishermen greet Mauritania deal with relief and anger",
               3: "Spain's Albares in Algiers as ties thaw after Sahara rupture"}

# ---------------------------------------------------------------- schema
ENTITY_TYPES = {"Person", "Country", "Organization", "City", "Region",
                "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "signed_agreement_with",
             "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "borders", "in_conflict_with", "trades_with"}
ANY = None
P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")
# predicate -> (allowed subject types, allowed object types); None = any
PREDICATES = {
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
assert len(PREDICATES) == 34

# ---------------------------------------------------------------- entities
# name, type, aliases as they appear in the texts
ENTITIES = [
    # cluster A people
    ("Bassirou Diomaye Faye", P, ["Faye", "President Bassirou Diomaye Faye",
                                 "Senegalese President Bassirou Diomaye Faye"]),
    ("Mohamed Ould Ghazouani", P, ["Ghazouani", "Mauritanian President Mohamed Ould Ghazouani"]),
    ("Ousmane Sonko", P, ["Sonko", "Prime Minister Ousmane Sonko"]),
    ("Fatou Diouf", P, ["Diouf", "Fisheries Minister Fatou Diouf"]),
    ("Sidi Mohamed Ould Ely", P, ["Ould Ely", "Mauritanian Fisheries Minister Sidi Mohamed Ould Ely"]),
    ("Modou Seck", P, ["Seck"]),
    ("Ibrahima Seck", P, ["Ibrahima"]),
    ("Alioune Badara Diagne", P, ["Diagne"]),
    ("Mohamed Lemine Ould Abeid", P, []),
    ("Costas Kadis", P, ["EU fisheries commissioner Costas Kadis"]),
    ("Aïssatou Ndiaye Ba", P, []),
    ("Ulisses Correia e Silva", P, []),
    ("Adama Barrow", P, ["Barrow", "Gambian President Adama Barrow"]),
    ("Mamadi Doumbouya", P, []),
    ("Omar Alieu Touray", P, []),
    ("Umaro Sissoco Embaló", P, ["Embaló"]),
    ("Salif Sadio", P, []),
    ("Yahya Jammeh", P, ["Jammeh"]),
    # cluster B people
    ("José Manuel Albares", P, ["Albares", "Spanish Foreign Minister José Manuel Albares"]),
    ("Abdelmadjid Tebboune", P, ["Tebboune", "Algerian President Abdelmadjid Tebboune"]),
    ("Ahmed Attaf", P, ["Attaf", "Algerian Foreign Minister Ahmed Attaf"]),
    ("Pedro Sánchez", P, ["Sánchez", "Prime Minister Pedro Sánchez"]),
    ("Staffan de Mistura", P, ["de Mistura"]),
    ("Brahim Ghali", P, ["Ghali", "Polisario Front leader Brahim Ghali"]),
    ("Nasser Bourita", P, ["Bourita", "Foreign Minister Nasser Bourita"]),
    ("António Guterres", P, ["Secretary-General António Guterres"]),
    ("Luís Montenegro", P, ["Montenegro", "Portuguese Prime Minister Luís Montenegro"]),
    ("Aziz Akhannouch", P, ["Akhannouch"]),
    ("Mohammed VI", P, ["King Mohammed VI"]),
    ("Paulo Rangel", P, ["Rangel", "Foreign Minister Paulo Rangel"]),
    ("Karima Benyaich", P, []),
    ("Fernando Grande-Marlaska", P, ["Interior Minister Fernando Grande-Marlaska"]),
    # countries
    ("Senegal", C, ["Senegalese", "Senegalese government", "Senegalese state"]),
    ("Mauritania", C, ["Mauritanian"]),
    ("Gambia", C, ["The Gambia", "Gambian"]),
    ("Guinea", C, []),
    ("Guinea-Bissau", C, []),
    ("Cabo Verde", C, ["Cabo Verdean"]),
    ("Sierra Leone", C, []),
    ("Equatorial Guinea", C, []),
    ("Spain", C, ["Spanish"]),
    ("Portugal", C, ["Portuguese"]),
    ("Morocco", C, ["Moroccan"]),
    ("Algeria", C, ["Algerian"]),
    ("France", C, []),
    ("Italy", C, []),
    ("Sweden", C, []),
    ("United States", C, ["Washington"]),
    ("United Kingdom", C, ["Britain"]),
    ("Israel", C, []),
    ("Russia", C, []),
    ("Ukraine", C, []),
    ("Sahrawi Arab Democratic Republic", C, ["SADR"]),
    # organizations
    ("Mauritanian Coast Guard", O, ["Mauritanian coast guards", "Mauritanian coast guard patrol",
                                    "Mauritanian patrol", "coast guard"]),
    ("Guet Ndar Fishermen's Collective", O, []),
    ("African Union", O, []),
    ("Arab League", O, []),
    ("European Union", O, ["EU"]),
    ("European Commission", O, []),
    ("Sub-Regional Fisheries Commission", O, ["SRFC"]),
    ("ECOWAS", O, ["Economic Community of West African States"]),
    ("ECOWAS Commission", O, []),
    ("Greenpeace Africa", O, []),
    ("Guardia Civil", O, []),
    ("Senegalese Army", O, []),
    ("Movement of Democratic Forces of Casamance", O, ["MFDC"]),
    ("ECOMIG", O, []),
    ("Polisario Front", O, ["Polisario"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("UN Security Council", O, ["Security Council", "U.N. Security Council"]),
    ("MINURSO", O, []),
    ("Sonatrach", O, []),
    ("Naturgy", O, []),
    ("NATO", O, []),
    # cities
    ("Dakar", CI, []), ("Nouakchott", CI, []), ("Saint-Louis", CI, []),
    ("Nouadhibou", CI, []), ("Banjul", CI, []), ("Praia", CI, []),
    ("Bissau", CI, []), ("Abuja", CI, []), ("Algiers", CI, []),
    ("Madrid", CI, []), ("Rabat", CI, []), ("Tindouf", CI, []),
    ("Laayoune", CI, []), ("Smara", CI, []), ("Almería", CI, []),
    ("Beni Saf", CI, []), ("Ceuta", CI, []), ("Melilla", CI, []),
    ("Brussels", CI, []), ("Lisbon", CI, []), ("Logroño", CI, []),
    # regions
    ("Guet Ndar", R, []),
    ("Casamance", R, ["the Casamance"]),
    ("Canary Islands", R, ["Canaries"]),
    ("Western Sahara", R, []),
    # facilities
    ("Faidherbe Bridge", F, []),
    ("Greater Tortue Ahmeyim", F, ["Greater Tortue Ahmeyim gas field"]),
    ("Guerguerat crossing", F, []),
    ("Maghreb-Europe pipeline", F, []),
    # agreements
    ("Senegal-Mauritania fishing protocol", A, ["fishing protocol", "renewed fishing protocol",
                                                "bilateral fishing protocol"]),
    ("Dakar Declaration on Joint Maritime Surveillance", A, ["Dakar Declaration", "Dakar pact"]),
    ("2022 Bissau peace agreement", A, ["peace agreement"]),
    ("Spain-Algeria friendship treaty", A, ["2002 friendship treaty", "friendship treaty"]),
    ("1991 ceasefire", A, ["U.N.-brokered ceasefire", "ceasefire"]),
]

# ---------------------------------------------------------------- triples
ROWS = []


def R_(s, p, o, mod, ev, time=None, req=True, alt_s=None, alt_p=None,
       alt_o=None, role=None, commodity=None, why=None):
    """One gold fact. ev maps a document number to the span(s) stating it."""
    ROWS.append({"s": s, "p": p, "o": o, "modality": mod, "ev": ev,
                 "time": time, "required": req, "alt_s": alt_s or [],
                 "alt_p": alt_p or [], "alt_o": alt_o or [], "role": role,
                 "commodity": commodity, "why": why})


SEN, MAU, GAM = "Senegal", "Mauritania", "Gambia"
FAYE, GHAZ, SONKO = "Bassirou Diomaye Faye", "Mohamed Ould Ghazouani", "Ousmane Sonko"
SECK, MCG, COLL = "Modou Seck", "Mauritanian Coast Guard", "Guet Ndar Fishermen's Collective"
PROT, DECL = "Senegal-Mauritania fishing protocol", "Dakar Declaration on Joint Maritime Surveillance"
SRFC = "Sub-Regional Fisheries Commission"

# ----- cluster A: 01 02 04 07 -----------------------------------------------
R_(FAYE, "head_of", SEN, "asserted", {
    1: ["Senegalese President Bassirou Diomaye Faye"],
    2: ["President Bassirou Diomaye Faye has not visited the quarter"],
    7: ["Senegalese President Bassirou Diomaye Faye"]}, role="president")
R_(GHAZ, "head_of", MAU, "asserted", {
    1: ["his Mauritanian counterpart, Mohamed Ould Ghazouani"],
    5: ["Mauritanian President Mohamed Ould Ghazouani"],
    7: ["Mauritania's president, Mohamed Ould Ghazouani"]}, role="president")
R_(SONKO, "head_of", SEN, "asserted", {
    1: ["Prime Minister Ousmane Sonko"], 2: ["Prime Minister Ousmane Sonko"]},
   alt_p=["works_for"], role="prime minister",
   why="prime minister of Senegal; the country is given by context")
R_("Adama Barrow", "head_of", GAM, "asserted", {
    1: ["Gambian President Adama Barrow"], 4: ["Gambian President Adama Barrow"],
    7: ["Gambian President Adama Barrow"]}, role="president")
R_(GHAZ, "head_of", "African Union", "asserted", {
    1: ["Ghazouani, who chaired the African Union in 2024"]}, time="2024", role="chairman")
R_("Fatou Diouf", "works_for", SEN, "asserted", {
    1: ["Fisheries Minister Fatou Diouf"], 2: ["Fisheries Minister Fatou Diouf"],
    4: ["his Senegalese counterpart Fatou Diouf"]}, role="fisheries minister")
R_("Sidi Mohamed Ould Ely", "works_for", MAU, "asserted", {
    1: ["Her Mauritanian counterpart, Sidi Mohamed Ould Ely"],
    4: ["Mauritanian Fisheries Minister Sidi Mohamed Ould Ely"]}, role="fisheries minister")
R_("Mohamed Lemine Ould Abeid", "works_for", MAU, "asserted", {
    2: ["Mauritania's ambassador in Dakar, Mohamed Lemine Ould Abeid"]}, role="ambassador")
R_("Costas Kadis", "works_for", "European Commission", "asserted", {
    2: ["EU fisheries commissioner Costas Kadis"]}, alt_o=["European Union"],
   role="fisheries commissioner")
R_("Alioune Badara Diagne", "head_of", COLL, "asserted", {
    2: ["Alioune Badara Diagne, president of the Guet Ndar fishermen's collective"]}, role="president")
R_("Aïssatou Ndiaye Ba", "works_for", SRFC, "asserted", {
    4: ["The SRFC's permanent secretary, Aïssatou Ndiaye Ba"]}, alt_p=["head_of"],
   role="permanent secretary")
R_("Ulisses Correia e Silva", "head_of", "Cabo Verde", "asserted", {
    4: ["Cabo Verde's prime minister, Ulisses Correia e Silva"]}, role="prime minister")
R_("Mamadi Doumbouya", "head_of", "Guinea", "asserted", {
    4: ["Guinea's president, Mamadi Doumbouya"], 7: ["Guinea's president, Mamadi Doumbouya"]},
   role="president")
R_("Omar Alieu Touray", "head_of", "ECOWAS Commission", "asserted", {
    4: ["the Gambian diplomat who heads the ECOWAS Commission"],
    7: ["Omar Alieu Touray, the president of the ECOWAS Commission"]},
   alt_o=["ECOWAS"], role="president of the commission")
R_("Omar Alieu Touray", "citizen_of", GAM, "asserted", {
    4: ["Omar Alieu Touray, the Gambian diplomat"]})
R_("Umaro Sissoco Embaló", "head_of", "Guinea-Bissau", "asserted", {
    7: ["Guinea-Bissau's then-president Umaro Sissoco Embaló"]}, time="2022", role="president",
   why="then-president in 2022; ousted in November")
R_("Salif Sadio", "head_of", "Movement of Democratic Forces of Casamance", "asserted", {
    7: ["the hardline faction of Salif Sadio"]}, req=False, why="leads one faction only")
R_("Yahya Jammeh", "head_of", GAM, "asserted", {
    7: ["the former ruler Yahya Jammeh"]}, req=False, why="former ruler; no date given")

R_(SECK, "citizen_of", SEN, "asserted", {
    1: ["shot dead a Senegalese fisherman"], 4: ["Modou Seck, a Senegalese fisherman"]},
   why="01 names him only in a later sentence")
R_(SECK, "lives_in", "Guet Ndar", "asserted", {
    1: ["Modou Seck, a 27-year-old fisherman from the Guet Ndar quarter of Saint-Louis"],
    2: ["the crowded fishing quarter of Saint-Louis where Modou Seck lived"]},
   alt_o=["Saint-Louis"])
R_("Ibrahima Seck", "lives_in", "Nouadhibou", "asserted", {
    2: ["Seck's elder brother Ibrahima, a deckhand who lives in Nouadhibou"]})
R_("Yahya Jammeh", "lives_in", "Equatorial Guinea", "asserted", {
    7: ["Yahya Jammeh, who has lived in exile in Equatorial Guinea ever since"]})

R_(MCG, "killed", SECK, "asserted", {
    1: ["a Mauritanian coast guard patrol shot dead a Senegalese fisherman",
        "Modou Seck, a 27-year-old fisherman from the Guet Ndar quarter of Saint-Louis, was killed off the Mauritanian coast"],
    2: ["Modou Seck lived until he was shot dead by a Mauritanian patrol last month"],
    4: ["the killing in January of Modou Seck, a Senegalese fisherman, by Mauritanian coast guards"]},
   time="2026-01", alt_s=[MAU])
R_(MCG, "attacked", SECK, "reported", {
    1: ["Witnesses said the patrol opened fire on his pirogue without warning"]},
   time="2026-01", req=False, alt_s=[MAU], why="fire aimed at the pirogue, by witnesses' account")
R_(MCG, "attacked", SECK, "negated", {
    1: ["Nouakchott has denied that its officers targeted the crew"]},
   req=False, alt_s=[MAU, "Nouakchott"], why="Mauritania's denial")
R_(COLL, "blockaded", "Faidherbe Bridge", "asserted", {
    1: ["Members of the Guet Ndar fishermen's collective blockaded the Faidherbe Bridge"],
    2: ["the Guet Ndar fishermen's collective, which organised last month's blockade of the Faidherbe Bridge"]},
   time="2026-01")
R_("Faidherbe Bridge", "located_in", "Saint-Louis", "asserted", {
    2: ["the Faidherbe Bridge in Saint-Louis"]})
R_("Guet Ndar", "located_in", "Saint-Louis", "asserted", {
    1: ["the Guet Ndar quarter of Saint-Louis"],
    2: ["Guet Ndar, the crowded fishing quarter of Saint-Louis"]}, req=False)
R_("Saint-Louis", "located_in", SEN, "asserted", {
    2: ["Saint-Louis, Senegal's northernmost city", "SAINT-LOUIS, Senegal"]})
R_("Nouadhibou", "located_in", MAU, "asserted", {
    2: ["the northern Mauritanian port of Nouadhibou"]})
R_(MCG, "based_in", "Nouadhibou", "asserted", {
    2: ["the coast guard, which is headquartered in the northern Mauritanian port of Nouadhibou"]})
R_("Greater Tortue Ahmeyim", "located_in", SEN, "asserted", {
    1: ["the Greater Tortue Ahmeyim gas field, which straddles their maritime border"]}, req=False)
R_("Greater Tortue Ahmeyim", "located_in", MAU, "asserted", {
    1: ["the Greater Tortue Ahmeyim gas field, which straddles their maritime border"]}, req=False)
R_(SEN, "borders", MAU, "asserted", {
    1: ["the Senegal River, which forms the border between the two countries"]})

R_(SEN, "signed_agreement_with", MAU, "asserted", {
    1: ["Senegal and Mauritania signed a renewed fishing protocol on Tuesday"],
    2: ["the fishing deal between Senegal and Mauritania"],
    4: ["Senegal and Mauritania renewed their bilateral fishing protocol"],
    7: ["after signing a fishing protocol with Faye in Dakar"]}, time="2026-02",
   alt_s=[FAYE, GHAZ], alt_o=[GHAZ, FAYE])
R_(SEN, "party_to", PROT, "asserted", {
    1: ["Senegal and Mauritania signed a renewed fishing protocol"],
    4: ["Senegal and Mauritania renewed their bilateral fishing protocol"]}, time="2026-02")
R_(MAU, "party_to", PROT, "asserted", {
    1: ["Senegal and Mauritania signed a renewed fishing protocol"],
    4: ["Senegal and Mauritania renewed their bilateral fishing protocol"]}, time="2026-02")
R_(GHAZ, "visited", "Dakar", "asserted", {
    1: ["Mohamed Ould Ghazouani, who arrived in the Senegalese capital on Monday for a two-day state visit"]},
   time="2026-02", alt_o=[SEN])
R_(FAYE, "met_with", GHAZ, "asserted", {
    1: ["Faye told reporters after more than three hours of talks with Ghazouani"]}, time="2026-02")
R_(SEN, "negotiating_with", MAU, "asserted", {
    1: ["Negotiators from the two governments had been in talks since mid-January"]}, time="2026-01")
R_(FAYE, "contacted", GHAZ, "reported", {
    1: ["Faye telephoned Ghazouani the same evening, according to the presidency"]}, time="2026-01")
R_(SONKO, "criticized", MCG, "asserted", {
    1: ["Prime Minister Ousmane Sonko called the shooting \"unacceptable\""]}, time="2026-01",
   req=False, alt_o=[MAU], why="the target is the shooting, not named")
R_(GHAZ, "met_with", SONKO, "negated", {
    1: ["Ghazouani did not meet Sonko this week"]})
R_(SONKO, "visited", "Casamance", "asserted", {
    1: ["the prime minister was touring the southern region of Casamance"]}, time="2026-02")
R_(SONKO, "visited", "Guet Ndar", "asserted", {
    2: ["Prime Minister Ousmane Sonko, who came to Guet Ndar two days after the killing"]},
   time="2026-01", alt_o=["Saint-Louis"])
R_(FAYE, "visited", "Guet Ndar", "negated", {
    2: ["President Bassirou Diomaye Faye has not visited the quarter"]}, alt_o=["Saint-Louis"])
R_(SEN, "in_conflict_with", MAU, "asserted", {
    1: ["A border conflict in 1989 forced tens of thousands of people from their homes"]},
   time="1989")
R_(SEN, "diplomatic_relations_with", MAU, "negated", {
    1: ["led the two countries to break off diplomatic relations"]}, time="1989", req=False,
   why="broken off in 1989, restored in 1992")
R_(SEN, "normalized_relations_with", MAU, "asserted", {
    1: ["diplomatic relations, which were restored in 1992"]}, time="1992")
R_(MAU, "imports_from", SEN, "asserted", {
    1: ["Today Mauritania buys most of its cement from Senegal"],
    2: ["Senegal sells cement, vegetables and livestock feed to Mauritania"]},
   alt_p=["trades_with"], commodity="cement")
R_(SEN, "imports_from", MAU, "reported", {
    2: ["Mauritania, which in turn supplies most of the fish now sold in the market of Saint-Louis, traders said"]},
   alt_p=["trades_with"], commodity="fish")
R_(SEN, "trades_with", MAU, "asserted", {
    2: ["Trade between the two neighbours has held up despite the tension"]})
R_(MAU, "member_of", "Arab League", "asserted", {
    1: ["Mauritania, a member of the Arab League as well as of the African Union"]})
R_(MAU, "member_of", "African Union", "asserted", {
    1: ["Mauritania, a member of the Arab League as well as of the African Union"]})
R_(GHAZ, "visited", "Banjul", "planned", {
    1: ["was due to fly on to Banjul on Wednesday"]}, time="2026-02", alt_o=[GAM])
R_(GHAZ, "visited", "Banjul", "asserted", {
    7: ["Mohamed Ould Ghazouani, passed through Banjul a week earlier"]}, time="2026-02", alt_o=[GAM])
R_(GHAZ, "met_with", "Adama Barrow", "planned", {
    1: ["was due to fly on to Banjul on Wednesday for talks with Gambian President Adama Barrow"]},
   time="2026-02", req=False)

# 02: Saint-Louis
R_("Fatou Diouf", "visited", "Saint-Louis", "asserted", {
    2: ["Fisheries Minister Fatou Diouf drove up from Dakar to present the protocol"]},
   time="2026-02", req=False, why="destination given by the dateline only")
R_("Fatou Diouf", "met_with", "Alioune Badara Diagne", "asserted", {
    2: ["Diouf met Diagne and other leaders of the collective for two hours"]}, time="2026-02",
   alt_o=[COLL])
R_("Fatou Diouf", "contacted", MAU, "planned", {
    2: ["promised to raise the case with Nouakchott again"]}, req=False, alt_o=["Nouakchott"])
R_("Alioune Badara Diagne", "criticized", MCG, "asserted", {
    2: ["He accused the Mauritanian coast guard of \"shooting to kill\""]}, alt_s=[COLL])
R_("Mohamed Lemine Ould Abeid", "criticized", "Alioune Badara Diagne", "asserted", {
    2: ["rejected accusations that the coast guard"]}, req=False, alt_s=[MAU], alt_o=[COLL],
   why="'rejected accusations'; the accusers are implicit")
R_(SEN, "signed_agreement_with", "European Union", "negated", {
    2: ["Senegal has not renewed its fisheries agreement with the European Union",
        "the government says it will not sign a new one until an audit of foreign fishing licences is complete"]})
R_("European Commission", "threatened", SEN, "asserted", {
    2: ["The European Commission warned Dakar in 2024 that Senegalese fish could be barred from European markets"]},
   time="2024", alt_s=["European Union"], alt_o=["Dakar"])
R_("European Commission", "sanctioned", SEN, "hedged", {
    2: ["Senegalese fish could be barred from European markets"]}, time="2024", req=False,
   alt_s=["European Union"], alt_o=["Dakar"])
R_("European Union", "sanctioned", SEN, "negated", {
    2: ["Brussels has not imposed that ban"]}, alt_s=["European Commission", "Brussels"])
R_("European Union", "negotiating_with", SEN, "hedged", {
    2: ["the bloc was \"ready to talk\" to the Senegalese government about a new agreement"]},
   req=False, alt_s=["Costas Kadis", "European Commission"])
R_("Canary Islands", "located_in", "Spain", "asserted", {
    2: ["Spain's Canary Islands"], 8: ["Spain's Canary Islands"]})

# 04: Dakar Declaration
R_(SRFC, "based_in", "Dakar", "asserted", {
    4: ["Sub-Regional Fisheries Commission (SRFC), whose permanent secretariat is based in Dakar"]})
R_("Dakar", "capital_of", SEN, "asserted", {4: ["Dakar, the Senegalese capital"]})
for _m in ["Cabo Verde", GAM, "Guinea", "Guinea-Bissau", MAU, SEN, "Sierra Leone"]:
    R_(_m, "member_of", SRFC, "asserted", {
        4: ["The commission's members are Cabo Verde, the Gambia, Guinea, Guinea-Bissau, Mauritania, Senegal and Sierra Leone"]})
for _m in ["Cabo Verde", "Guinea", MAU, SEN, "Sierra Leone"]:
    _ev = {4: ["All but one of them signed",
               "The commission's members are Cabo Verde, the Gambia, Guinea, Guinea-Bissau, Mauritania, Senegal and Sierra Leone"]}
    if _m == "Guinea":
        _ev[7] = ["Guinea, Guinea-Bissau's southern neighbour, signed the Dakar Declaration last week"]
    R_(_m, "party_to", DECL, "asserted", _ev, time="2026-02",
       why="signatories given as 'all but one' of the listed members")
R_(GAM, "party_to", DECL, "asserted", {
    4: ["All but one of them signed", "his fisheries minister signed in his place"],
    7: ["The Gambia signed the Dakar Declaration on joint maritime surveillance last week"]},
   time="2026-02")
R_("Guinea-Bissau", "party_to", DECL, "negated", {
    4: ["sent only an observer and did not sign the text"]})
R_("Guinea", "borders", "Guinea-Bissau", "asserted", {
    7: ["Guinea, Guinea-Bissau's southern neighbour"]})
R_("ECOWAS", "sanctioned", "Guinea-Bissau", "asserted", {
    4: ["(ECOWAS) suspended the country from its decision-making bodies after the coup"]},
   time="2025-11", req=False, why="suspension from ECOWAS bodies read as a sanction")
R_("Aïssatou Ndiaye Ba", "brokered", DECL, "asserted", {
    4: ["Aïssatou Ndiaye Ba, brokered the final wording"]}, time="2026-02", alt_s=[SRFC])
R_("Ulisses Correia e Silva", "visited", "Dakar", "asserted", {
    4: ["Ulisses Correia e Silva, flew in from the Cabo Verdean capital, Praia, for the signing"]},
   time="2026-02", alt_o=[SEN])
R_("Praia", "capital_of", "Cabo Verde", "asserted", {4: ["the Cabo Verdean capital, Praia"]})
R_("Cabo Verde", "gained_independence_from", "Portugal", "asserted", {
    4: ["His country, which gained independence from Portugal in 1975"]}, time="1975")
R_("Adama Barrow", "visited", "Dakar", "negated", {
    4: ["Gambian President Adama Barrow, who had been expected, did not travel to Dakar"]},
   alt_o=[SEN])
R_("Mamadi Doumbouya", "supported", DECL, "asserted", {
    4: ["Mamadi Doumbouya, sent a message backing the pact"]}, time="2026-02", req=False,
   alt_s=["Guinea"])
R_("ECOWAS", "based_in", "Abuja", "asserted", {
    4: ["ECOWAS, which is headquartered in Abuja"]})
R_(MAU, "member_of", "ECOWAS", "negated", {
    4: ["Mauritania left ECOWAS in 2000 and is no longer a member"]})
R_(MAU, "signed_agreement_with", "ECOWAS", "asserted", {
    4: ["it signed an association agreement with the bloc in 2017"]}, time="2017")
R_("Morocco", "candidate_for", "ECOWAS", "asserted", {
    4: ["Morocco, which applied to join ECOWAS in 2017"]}, time="2017")
R_("Morocco", "candidate_for", SRFC, "asserted", {
    4: ["asked last year for observer status at the commission"]}, time="2025", req=False,
   why="observer status, not membership")
R_("Morocco", "member_of", SRFC, "negated", {
    4: ["observer status at the commission, to which it does not belong"]})
R_("Spain", "supported", SEN, "asserted", {
    4: ["Spain has supported Senegal's coast guard since 2006"]}, time="2006")
R_("Guardia Civil", "based_in", "Dakar", "asserted", {
    4: ["its Guardia Civil first stationed patrol boats in Dakar"]}, time="2006", req=False,
   why="patrol boats stationed there, not a seat")
R_("Greenpeace Africa", "based_in", "Dakar", "asserted", {
    4: ["The Dakar-based Greenpeace Africa"]})
R_("Greenpeace Africa", "criticized", MAU, "asserted", {
    4: ["accused Mauritania of letting fishmeal factories in Nouadhibou swallow fish"]})
R_("Sidi Mohamed Ould Ely", "criticized", "Greenpeace Africa", "asserted", {
    4: ["Ould Ely rejected the charge"]}, req=False, alt_s=[MAU])

# 07: Senegal and the Gambia
R_(FAYE, "met_with", "Adama Barrow", "asserted", {
    7: ["after talks that Barrow's office described as \"brotherly and frank\""]}, time="2026-02")
R_(SEN, "signed_agreement_with", GAM, "asserted", {
    7: ["The two leaders signed a memorandum of understanding in Banjul"]}, time="2026-02",
   alt_s=[FAYE], alt_o=["Adama Barrow"])
R_(FAYE, "visited", GAM, "asserted", {
    7: ["It was Faye's second visit to the Gambia"]}, time="2026-02", alt_o=["Banjul"])
R_("Banjul", "capital_of", GAM, "asserted", {7: ["Banjul, the Gambian capital"]})
R_(GAM, "borders", SEN, "asserted", {
    7: ["is surrounded on three sides by Senegal"]})
R_(SEN, "allied_with", GAM, "asserted", {
    7: ["the two countries are close allies"]})
R_(SEN, "trades_with", GAM, "asserted", {
    7: ["Trade between them has grown quickly since the Senegambia Bridge opened in 2019"]})
R_("Casamance", "located_in", SEN, "asserted", {
    7: ["the Casamance, the southern Senegalese region"]})
R_("Movement of Democratic Forces of Casamance", "in_conflict_with", SEN, "asserted", {
    7: ["has waged a low-level insurgency against the Senegalese state since 1982"]})
R_("Casamance", "seceded_from", SEN, "negated", {
    7: ["The rebels never managed to break the region away from Senegal"]})
R_(SEN, "attacked", "Movement of Democratic Forces of Casamance", "asserted", {
    7: ["In March 2022 the Senegalese army attacked MFDC bases along the Gambian border"]},
   time="2022-03", alt_s=["Senegalese Army"])
R_("ECOMIG", "based_in", GAM, "asserted", {
    7: ["ECOMIG, the ECOWAS force stationed in the Gambia since 2017"]}, time="2017")
R_(SEN, "signed_agreement_with", "Movement of Democratic Forces of Casamance", "asserted", {
    7: ["A peace agreement signed in Bissau in August 2022 between Senegal and one MFDC faction"]},
   time="2022-08")
R_(SEN, "party_to", "2022 Bissau peace agreement", "asserted", {
    7: ["A peace agreement signed in Bissau in August 2022 between Senegal and one MFDC faction"]},
   time="2022-08", req=False)
R_("Movement of Democratic Forces of Casamance", "party_to", "2022 Bissau peace agreement", "asserted", {
    7: ["A peace agreement signed in Bissau in August 2022 between Senegal and one MFDC faction"]},
   time="2022-08", req=False, why="one faction only")
R_("Umaro Sissoco Embaló", "brokered", "2022 Bissau peace agreement", "asserted", {
    7: ["brokered by Guinea-Bissau's then-president Umaro Sissoco Embaló"]}, time="2022",
   alt_s=["Guinea-Bissau"])
R_(SEN, "negotiating_with", "Salif Sadio", "negated", {
    7: ["Dakar has ruled out talks with the hardline faction of Salif Sadio"]},
   alt_s=["Dakar"], alt_o=["Movement of Democratic Forces of Casamance"])
R_("Bissau", "capital_of", "Guinea-Bissau", "asserted", {
    7: ["Bissau, the capital of Guinea-Bissau"]})
R_("Guinea-Bissau", "gained_independence_from", "Portugal", "asserted", {
    7: ["Guinea-Bissau, which won independence from Portugal in 1974"]}, time="1974")
R_("Omar Alieu Touray", "criticized", "Guinea-Bissau", "asserted", {
    7: ["condemned what he called the \"unconstitutional\" seizure of power in Guinea-Bissau"]},
   req=False, why="the target is the coup, not the state")
R_("Yahya Jammeh", "visited", GAM, "planned", {
    7: ["Jammeh said last year that he planned to return home"]}, req=False)
R_("Yahya Jammeh", "visited", GAM, "negated", {
    7: ["he has not set foot in the country"]})
R_(GAM, "threatened", "Yahya Jammeh", "asserted", {
    7: ["Barrow's government has warned that he would face arrest on arrival"]},
   alt_s=["Adama Barrow"])
R_(FAYE, "contacted", "Mamadi Doumbouya", "reported", {
    7: ["Faye later telephoned Guinea's president, Mamadi Doumbouya"]}, time="2026-02")

# ----- cluster B: 03 05 06 08 -----------------------------------------------
ALB, TEB, ATT, SAN = "José Manuel Albares", "Abdelmadjid Tebboune", "Ahmed Attaf", "Pedro Sánchez"
DEM, GHALI, BOUR, POL = "Staffan de Mistura", "Brahim Ghali", "Nasser Bourita", "Polisario Front"
MOR, ALG, SPA, POR = "Morocco", "Algeria", "Spain", "Portugal"
SADR, TREATY = "Sahrawi Arab Democratic Republic", "Spain-Algeria friendship treaty"

R_(ALB, "works_for", SPA, "asserted", {
    3: ["Spanish Foreign Minister José Manuel Albares"],
    8: ["Spanish Foreign Minister José Manuel Albares"]}, role="foreign minister")
R_(TEB, "head_of", ALG, "asserted", {
    3: ["Algerian President Abdelmadjid Tebboune"]}, role="president")
R_(ATT, "works_for", ALG, "asserted", {
    3: ["his Algerian counterpart Ahmed Attaf"], 5: ["Ahmed Attaf, Algeria's foreign minister"],
    8: ["Algerian Foreign Minister Ahmed Attaf"]}, role="foreign minister")
R_(SAN, "head_of", SPA, "asserted", {
    3: ["Prime Minister Pedro Sánchez"], 8: ["Prime Minister Pedro Sánchez"]},
   alt_p=["works_for"], role="prime minister")
R_(BOUR, "works_for", MOR, "asserted", {
    5: ["the Moroccan capital, Rabat, by Foreign Minister Nasser Bourita"],
    8: ["his Moroccan counterpart Nasser Bourita"]}, role="foreign minister")
R_(GHALI, "head_of", POL, "asserted", {
    5: ["Polisario Front leader Brahim Ghali"], 8: ["Polisario Front leader Brahim Ghali"]},
   role="leader")
R_(DEM, "works_for", "António Guterres", "asserted", {
    5: ["Staffan de Mistura, the United Nations secretary-general's personal envoy for Western Sahara"]},
   alt_o=["United Nations"], role="personal envoy")
R_("António Guterres", "head_of", "United Nations", "asserted", {
    5: ["Secretary-General António Guterres"],
    6: ["the United Nations, led by a former Portuguese prime minister, António Guterres"]},
   role="secretary-general")
R_("António Guterres", "citizen_of", POR, "asserted", {
    6: ["a former Portuguese prime minister, António Guterres"]})
R_("António Guterres", "head_of", POR, "asserted", {
    6: ["a former Portuguese prime minister, António Guterres"]}, req=False,
   role="prime minister", why="former prime minister, no date")
R_(DEM, "citizen_of", "Italy", "asserted", {5: ["the Italian-Swedish diplomat"]}, req=False,
   why="double demonym on a definite description of de Mistura")
R_(DEM, "citizen_of", "Sweden", "asserted", {5: ["the Italian-Swedish diplomat"]}, req=False,
   why="double demonym on a definite description of de Mistura")
R_("Luís Montenegro", "head_of", POR, "asserted", {
    6: ["Portuguese Prime Minister Luís Montenegro"]}, role="prime minister")
R_("Aziz Akhannouch", "head_of", MOR, "asserted", {
    6: ["his Moroccan counterpart, Aziz Akhannouch"]}, alt_p=["works_for"], role="prime minister")
R_("Mohammed VI", "head_of", MOR, "asserted", {
    6: ["King Mohammed VI"]}, role="king")
R_("Paulo Rangel", "works_for", POR, "asserted", {
    6: ["Foreign Minister Paulo Rangel"]}, role="foreign minister")
R_("Karima Benyaich", "works_for", MOR, "asserted", {
    8: ["Morocco's ambassador, Karima Benyaich"]}, role="ambassador")
R_("Fernando Grande-Marlaska", "works_for", SPA, "asserted", {
    8: ["Interior Minister Fernando Grande-Marlaska"]}, role="interior minister")

# 03: Albares in Algiers
R_(ALB, "met_with", TEB, "asserted", {
    3: ["José Manuel Albares held talks with Algerian President Abdelmadjid Tebboune on Monday"]},
   time="2026-03")
R_(ALB, "visited", "Algiers", "asserted", {
    3: ["the most senior Spanish visit to Algiers"]}, time="2026-03", alt_o=[ALG])
R_(ALB, "met_with", ATT, "asserted", {
    3: ["Albares, who also met his Algerian counterpart Ahmed Attaf"]}, time="2026-03")
R_(SPA, "imports_from", ALG, "asserted", {
    3: ["Algeria supplied about a third of Spain's natural gas last year"]}, time="2025",
   commodity="natural gas")
R_("Beni Saf", "located_in", ALG, "asserted", {3: ["Beni Saf on the Algerian coast"]})
R_("Almería", "located_in", SPA, "asserted", {3: ["Almería in southern Spain"]})
R_(ALG, "sanctioned", SPA, "asserted", {
    3: ["Algiers suspended its 2002 friendship treaty with Madrid and froze most trade in June 2022"]},
   time="2022-06", alt_s=["Algiers"], alt_o=["Madrid"])
R_(ALG, "signed_agreement_with", SPA, "asserted", {
    3: ["its 2002 friendship treaty with Madrid"]}, time="2002", req=False,
   alt_s=["Algiers"], alt_o=["Madrid"])
R_(ALG, "party_to", TREATY, "asserted", {
    3: ["Algiers suspended its 2002 friendship treaty with Madrid"]}, time="2002", req=False,
   alt_s=["Algiers"], why="a party since 2002, suspended in 2022")
R_(ALG, "party_to", TREATY, "negated", {3: ["Algeria has not reinstated the treaty"]})
R_(ALG, "party_to", TREATY, "hedged", {
    3: ["Attaf told reporters it \"could be reactivated\""]}, req=False, alt_s=[ATT])
R_(SPA, "supported", MOR, "asserted", {
    3: ["Prime Minister Pedro Sánchez endorsed Morocco's plan to give Western Sahara autonomy"],
    8: ["Madrid's support for Rabat's autonomy plan for Western Sahara"]}, time="2022",
   alt_s=[SAN, "Madrid"], alt_o=["Rabat"])
R_(ALG, "normalized_relations_with", SPA, "asserted", {
    3: ["The two governments restored normal ties in late 2023"]}, time="2023")
R_(ALG, "diplomatic_relations_with", SPA, "asserted", {
    3: ["when Algeria sent a new ambassador to Madrid"]}, time="2023", req=False,
   alt_o=["Madrid"], why="implied by the return of an ambassador")
R_(SPA, "trades_with", ALG, "asserted", {
    3: ["Spanish exporters have since regained much of the lost ground"]}, req=False)
R_(ALG, "supported", POL, "asserted", {
    3: ["Algeria is the main backer of the Polisario Front"],
    5: ["accused Algiers of keeping the conflict alive by arming and hosting the Polisario"],
    8: ["Algeria, which cut diplomatic ties with Morocco in 2021 and backs the Polisario"]},
   alt_s=["Algiers"])
R_(ALG, "supported", POL, "negated", {
    5: ["a charge Algeria has always denied"]}, req=False,
   why="Algeria denies arming the Polisario; its backing is asserted elsewhere")
R_(POL, "based_in", "Tindouf", "asserted", {
    3: ["is based in refugee camps around the Algerian city of Tindouf"]})
R_("Tindouf", "located_in", ALG, "asserted", {
    3: ["the Algerian city of Tindouf"], 5: ["Tindouf, in south-western Algeria"]})
R_(ALG, "criticized", "UN Security Council", "asserted", {
    3: ["Algiers rejected the U.N. Security Council resolution"]}, req=False, alt_s=["Algiers"],
   why="rejecting a resolution")
R_("UN Security Council", "supported", MOR, "asserted", {
    3: ["the U.N. Security Council resolution adopted last October that endorsed Moroccan autonomy"],
    5: ["the Security Council resolution adopted on Oct. 31 last year, which said genuine autonomy under Moroccan sovereignty could be the most feasible outcome"]},
   time="2025-10", req=False, why="endorsing the Moroccan plan, through a resolution")
R_(ALG, "negotiating_with", MOR, "negated", {
    3: ["Tebboune told Albares that Algeria would not negotiate with Morocco"],
    5: ["has refused to join any new talks as a party to the conflict"]}, alt_s=[TEB])
R_(ALG, "diplomatic_relations_with", MOR, "negated", {
    3: ["Algeria broke off diplomatic relations with Rabat in August 2021"],
    8: ["Algeria, which cut diplomatic ties with Morocco in 2021"]}, time="2021",
   alt_o=["Rabat"])
R_(ALG, "criticized", MOR, "asserted", {
    3: ["accusing it of hostile acts"]}, time="2021-08", alt_o=["Rabat"])
R_(ALG, "borders", MOR, "asserted", {
    3: ["the land border between the two countries has been closed since 1994"]})
R_("Maghreb-Europe pipeline", "located_in", MOR, "asserted", {
    3: ["the Maghreb-Europe pipeline, which crosses Morocco"]}, req=False)
R_(MOR, "imports_from", ALG, "negated", {
    3: ["Morocco has bought no Algerian gas since"]}, commodity="gas")
R_(MOR, "imports_from", SPA, "asserted", {
    3: ["Spain now ships liquefied natural gas to Morocco"]}, commodity="liquefied natural gas")
R_(ALG, "threatened", SPA, "asserted", {
    3: ["In 2022 Algiers threatened to tear up its supply contracts with Spanish companies"]},
   time="2022", alt_s=["Algiers"])
R_(ATT, "visited", "Madrid", "planned", {
    3: ["Albares invited Attaf to visit Madrid in the autumn, and Attaf accepted in principle"]},
   time="2026", alt_o=[SPA])
R_(TEB, "visited", SPA, "hedged", {
    3: ["Madrid hoped Tebboune would visit Spain later in 2026"]}, time="2026", req=False)
R_(SAN, "contacted", TEB, "reported", {
    3: ["Sánchez and Tebboune spoke by phone in January, the diplomat said"]}, time="2026-01",
   alt_s=[TEB], alt_o=[SAN])
R_("Italy", "signed_agreement_with", ALG, "asserted", {
    3: ["Italy, which signed a string of supply deals with Algiers"]}, time="2022",
   alt_o=["Algiers"])
R_("Russia", "attacked", "Ukraine", "asserted", {
    3: ["Russia's invasion of Ukraine in 2022"]}, time="2022", req=False,
   why="background, in a nominal phrase")
R_("Italy", "imports_from", ALG, "asserted", {
    3: ["has overtaken Spain as the largest buyer of Algerian gas in Europe"]}, commodity="gas")
R_("Sonatrach", "based_in", "Algiers", "asserted", {
    3: ["Sonatrach, the state energy company based in Algiers"]})
R_("Sonatrach", "negotiating_with", "Naturgy", "reported", {
    3: ["is negotiating a new price formula with Spanish utility Naturgy, according to people familiar with the talks"]},
   time="2026-03")
R_("Sonatrach", "signed_agreement_with", "Naturgy", "hedged", {
    3: ["A deal could be signed before the summer"]}, time="2026", req=False)
R_("Naturgy", "based_in", SPA, "asserted", {3: ["Spanish utility Naturgy"]}, req=False)

# 05: Western Sahara talks
R_(DEM, "visited", "Tindouf", "asserted", {
    5: ["ended a week of shuttle diplomacy on Thursday in the Sahrawi refugee camps near Tindouf"]},
   time="2026-03", alt_o=[ALG])
R_(DEM, "met_with", GHALI, "asserted", {
    5: ["where he met Polisario Front leader Brahim Ghali"]}, time="2026-03", alt_o=[POL])
R_(DEM, "visited", "Rabat", "asserted", {
    5: ["the Italian-Swedish diplomat was received in the Moroccan capital, Rabat"]},
   time="2026-03", alt_o=[MOR])
R_("Rabat", "capital_of", MOR, "asserted", {5: ["the Moroccan capital, Rabat"]})
R_(DEM, "met_with", BOUR, "asserted", {
    5: ["was received in the Moroccan capital, Rabat, by Foreign Minister Nasser Bourita"]},
   time="2026-03")
R_(DEM, "visited", "Algiers", "asserted", {
    5: ["and in Algiers by Ahmed Attaf"]}, time="2026-03", alt_o=[ALG])
R_(DEM, "met_with", ATT, "asserted", {
    5: ["and in Algiers by Ahmed Attaf, Algeria's foreign minister"]}, time="2026-03")
R_(MOR, "negotiating_with", POL, "planned", {
    5: ["de Mistura wants Moroccan and Polisario delegations to sit down in Geneva in May"]},
   time="2026-05", alt_p=["met_with"])
R_(MOR, "negotiating_with", POL, "asserted", {
    5: ["the first direct negotiations between them since the round tables of 2019"]},
   time="2019", req=False, alt_p=["met_with"])
R_(MAU, "borders", "Western Sahara", "asserted", {
    5: ["Mauritania, which borders the territory"]})
R_(MAU, "recognizes", SADR, "asserted", {
    5: ["recognised the Sahrawi Arab Democratic Republic (SADR) in 1984"]}, time="1984")
R_("United States", "supported", MOR, "asserted", {
    5: ["has won the backing of the United States, France and Britain"]})
R_("France", "supported", MOR, "asserted", {
    5: ["has won the backing of the United States, France and Britain"]})
R_("United Kingdom", "supported", MOR, "asserted", {
    5: ["has won the backing of the United States, France and Britain"]})
R_("United States", "recognizes", MOR, "asserted", {
    5: ["Washington recognised Moroccan sovereignty over the territory in December 2020"]},
   time="2020-12", req=False, why="recognition of sovereignty over the territory, not of the state")
R_(MOR, "normalized_relations_with", "Israel", "asserted", {
    5: ["Morocco normalised relations with Israel"]}, time="2020-12")
R_("MINURSO", "based_in", "Laayoune", "asserted", {
    5: ["MINURSO, the U.N. mission based in Laayoune"]})
R_("Laayoune", "located_in", "Western Sahara", "asserted", {
    5: ["Laayoune, the territory's largest city"]})
R_(MOR, "took_control_of", "Western Sahara", "asserted", {
    5: ["Morocco took control of most of the territory that year"]}, time="1975")
R_(POL, "in_conflict_with", MOR, "asserted", {
    5: ["the Polisario fought a guerrilla war against Moroccan forces"]})
R_("United Nations", "brokered", "1991 ceasefire", "asserted", {
    5: ["a U.N.-brokered ceasefire in 1991"]}, time="1991")
R_(SADR, "member_of", "African Union", "asserted", {
    5: ["the self-declared republic is a member of the African Union"]})
R_(ALG, "recognizes", SADR, "asserted", {
    5: ["is recognised by Algeria, but not by Spain"]})
R_(SPA, "recognizes", SADR, "negated", {
    5: ["is recognised by Algeria, but not by Spain"],
    8: ["Spain does not recognise it either"]})
R_(POL, "blockaded", "Guerguerat crossing", "asserted", {
    5: ["Polisario supporters blockaded the Guerguerat crossing into Mauritania"]}, time="2020")
R_(MOR, "took_control_of", "Guerguerat crossing", "asserted", {
    5: ["Moroccan troops moved in to seize it"]}, time="2020-11")
R_(POL, "attacked", MOR, "asserted", {
    5: ["the Polisario has fired sporadically at Moroccan positions"]})
R_(POL, "attacked", "Smara", "reported", {
    5: ["Morocco blamed the movement for a rocket attack on the city of Smara in October 2023"]},
   time="2023-10")
R_(MOR, "criticized", POL, "asserted", {
    5: ["Morocco blamed the movement for a rocket attack"]})
R_(GHAZ, "contacted", DEM, "reported", {
    5: ["Mauritanian President Mohamed Ould Ghazouani telephoned de Mistura on Tuesday"]},
   time="2026-03")
R_(POL, "threatened", MOR, "reported", {
    5: ["the Polisario would \"intensify the armed struggle\" if the talks were used to impose autonomy"]},
   time="2026-03", req=False, alt_s=[GHALI], why="the target is implicit")
R_(BOUR, "criticized", ALG, "asserted", {
    5: ["Bourita, for his part, accused Algiers of keeping the conflict alive"]},
   alt_s=[MOR], alt_o=["Algiers"])
R_(DEM, "met_with", "António Guterres", "planned", {
    5: ["de Mistura is due to brief Secretary-General António Guterres next week"]},
   time="2026-04", req=False)

# 06: Portugal and Morocco
R_(POR, "signed_agreement_with", MOR, "asserted", {
    6: ["Luís Montenegro and his Moroccan counterpart, Aziz Akhannouch, signed an agreement in Rabat on Wednesday",
        "The two governments also signed accords on vocational training"]}, time="2026-04",
   alt_s=["Luís Montenegro"], alt_o=["Aziz Akhannouch"])
R_("Luís Montenegro", "visited", MOR, "asserted", {
    6: ["Montenegro, on his first official visit to Morocco"]}, time="2026-04", alt_o=["Rabat"])
R_("Luís Montenegro", "met_with", "Aziz Akhannouch", "reported", {
    6: ["The two prime ministers met for ninety minutes before the signing ceremony, Portuguese officials said"]},
   time="2026-04")
R_(SPA, "imports_from", MOR, "asserted", {
    6: ["Morocco sent electricity north through the two interconnectors that tie its grid to Spain's"]},
   time="2025-04", commodity="electricity")
R_(POR, "borders", SPA, "asserted", {6: ["Portugal, whose only land neighbour is Spain"]})
R_(SPA, "member_of", "NATO", "asserted", {
    6: ["Spain, like Portugal a member of both NATO and the European Union"]})
R_(SPA, "member_of", "European Union", "asserted", {
    6: ["Spain, like Portugal a member of both NATO and the European Union"]})
R_(POR, "member_of", "NATO", "asserted", {
    6: ["Spain, like Portugal a member of both NATO and the European Union"]})
R_(POR, "member_of", "European Union", "asserted", {
    6: ["Spain, like Portugal a member of both NATO and the European Union"]})
R_("Luís Montenegro", "met_with", "Mohammed VI", "hedged", {
    6: ["is expected to be received by King Mohammed VI on Thursday"]}, time="2026-04")
R_(POR, "supported", MOR, "asserted", {
    6: ["Lisbon described Morocco's autonomy plan for Western Sahara as \"the most serious, credible and realistic basis\""]},
   time="2026-04", alt_s=["Lisbon"])
R_("Paulo Rangel", "visited", MOR, "asserted", {
    6: ["Foreign Minister Paulo Rangel, who travelled with Montenegro"]}, time="2026-04",
   req=False, alt_o=["Rabat"])
R_("Paulo Rangel", "met_with", BOUR, "asserted", {
    6: ["Rangel, who held separate talks with Bourita"]}, time="2026-04")
R_(POR, "recognizes", SADR, "negated", {
    6: ["Portugal has never recognised the self-proclaimed Sahrawi Arab Democratic Republic"]})
R_(POR, "imports_from", ALG, "asserted", {
    6: ["Algeria, which supplies Portugal with most of its pipeline gas"]}, commodity="pipeline gas")
R_(ALG, "criticized", POR, "hedged", {
    6: ["could condemn the statement, diplomats in Lisbon said"]}, req=False)
R_(ALG, "criticized", SPA, "asserted", {
    6: ["Algiers recalled its ambassador from Madrid in 2022 over a similar shift"]}, time="2022",
   req=False, alt_s=["Algiers"], alt_o=["Madrid"], why="recalling an ambassador in protest")
R_("Luís Montenegro", "visited", "Algiers", "negated", {
    6: ["Montenegro has no plans to travel to Algiers this year"]}, alt_o=[ALG])
R_(POR, "trades_with", MOR, "asserted", {
    6: ["Trade between Portugal and Morocco has roughly doubled over the past decade"]})
R_(POR, "imports_from", MOR, "asserted", {
    6: ["Portugal imports phosphate fertilisers from Morocco"]}, commodity="phosphate fertilisers")
R_(POR, "allied_with", MOR, "asserted", {
    6: ["Both countries call each other strategic partners"]})
R_(MOR, "gained_independence_from", "France", "asserted", {
    6: ["Morocco, which won its independence from France and Spain in 1956"]}, time="1956")
R_(MOR, "gained_independence_from", SPA, "asserted", {
    6: ["Morocco, which won its independence from France and Spain in 1956"]}, time="1956")

# 08: Spain and Morocco
R_(BOUR, "visited", "Madrid", "asserted", {
    8: ["as Bourita visits Madrid",
        "his Moroccan counterpart Nasser Bourita met in Madrid on Monday"]}, time="2026-04",
   alt_o=[SPA])
R_(ALB, "met_with", BOUR, "asserted", {
    8: ["José Manuel Albares and his Moroccan counterpart Nasser Bourita met in Madrid on Monday"]},
   time="2026-04")
R_("Ceuta", "located_in", SPA, "asserted", {
    8: ["Ceuta and Melilla, the two Spanish cities on the North African coast"]})
R_("Melilla", "located_in", SPA, "asserted", {
    8: ["Ceuta and Melilla, the two Spanish cities on the North African coast"]})
R_(SPA, "borders", MOR, "asserted", {
    8: ["Spain, which borders Morocco only through the two enclaves"]})
R_(SPA, "trades_with", MOR, "asserted", {
    8: ["has been Morocco's largest trading partner for more than a decade"]})
R_(BOUR, "met_with", SAN, "negated", {
    8: ["Bourita did not meet Prime Minister Pedro Sánchez"]})
R_(BOUR, "contacted", SAN, "reported", {
    8: ["but spoke with him by phone, Spanish officials said"]}, time="2026-04",
   alt_s=[SAN], alt_o=[BOUR])
R_(SAN, "visited", "Brussels", "asserted", {
    8: ["Pedro Sánchez, who was in Brussels for a European Union summit"]}, time="2026-04",
   req=False)
R_(SAN, "visited", "Rabat", "asserted", {
    8: ["April 2022, when Sánchez travelled to Rabat"]}, time="2022-04", alt_o=[MOR])
R_(SPA, "normalized_relations_with", MOR, "asserted", {
    8: ["the two countries restored normal relations after a year-long crisis"]}, time="2022-04")
R_(GHALI, "visited", SPA, "asserted", {
    8: ["Spain admitted Polisario Front leader Brahim Ghali to a hospital in Logroño"]},
   time="2021-04", req=False, alt_o=["Logroño"], why="admitted to hospital there")
R_(SPA, "criticized", MOR, "asserted", {
    8: ["Madrid accused Rabat of blackmail"]}, time="2021", alt_s=["Madrid"], alt_o=["Rabat"])
R_(MOR, "recognizes", SADR, "negated", {
    8: ["Morocco has never recognised the Sahrawi Arab Democratic Republic"]})
R_(ALB, "contacted", ATT, "reported", {
    8: ["Albares said he had spoken to Algerian Foreign Minister Ahmed Attaf before the meeting"]},
   time="2026-04")
R_("European Union", "supported", MOR, "asserted", {
    8: ["The European Union has given Morocco hundreds of millions of euros since 2019"]},
   time="2019")
R_(MOR, "member_of", "African Union", "asserted", {
    8: ["Morocco, which rejoined the African Union in 2017"]}, time="2017")
R_(BOUR, "visited", "Lisbon", "planned", {
    8: ["Bourita is due in Lisbon later this month"]}, time="2026-04", alt_o=[POR])
R_(MOR, "signed_agreement_with", POR, "planned", {
    8: ["Bourita is due in Lisbon later this month to sign a fisheries accord with Portugal, Moroccan officials said"]},
   time="2026-04", alt_s=[BOUR])
R_(SPA, "met_with", MOR, "hedged", {
    8: ["a high-level meeting of the two governments could take place in Rabat in the autumn"]},
   time="2026", req=False)


# ---------------------------------------------------------------- checks
def norm(s):
    """The scorer's name normalization."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def load_texts():
    texts = {}
    for n, fn in DOCS.items():
        text, meta = textutil.read_article(os.path.join(CORPUS, fn))
        texts[n] = (text, meta, textutil.sentences(text))
    return texts


def check(entities, rows, texts, docs=DOCS):
    """Return a list of error strings (empty when the gold is sound)."""
    errs = []
    etype = {}
    owner = {}
    alltext = "\n".join(texts[d][0] for d in texts).lower()
    for name, typ, aliases in entities:
        for a in aliases:
            if a.lower() not in alltext:
                errs.append(f"entity {name!r}: alias {a!r} occurs in no article")
        if typ not in ENTITY_TYPES:
            errs.append(f"entity {name!r}: unknown type {typ!r}")
        if name in etype:
            errs.append(f"entity {name!r}: declared twice")
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in owner and owner[k] != name:
                errs.append(f"alias collision: {a!r} names both {owner[k]!r} and {name!r}")
            owner.setdefault(k, name)
    canon = lambda s: owner.get(norm(s), s)

    used = set()
    units = {}
    pred_seen = set()
    n_neg = 0
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        p = r["p"]
        if p not in PREDICATES:
            errs.append(f"{tag}: unknown predicate {p!r}")
            continue
        pred_seen.add(p)
        for ap in r["alt_p"]:
            if ap not in PREDICATES:
                errs.append(f"{tag}: unknown alt predicate {ap!r}")
        if r["modality"] not in MODALITIES:
            errs.append(f"{tag}: unknown modality {r['modality']!r}")
            continue
        n_neg += r["modality"] == "negated"
        if not isinstance(r["required"], bool):
            errs.append(f"{tag}: required must be true or false")
        if r["time"] is not None and not re.fullmatch(r"\d{3,4}(-\d{2}(-\d{2})?)?", r["time"]):
            errs.append(f"{tag}: time {r['time']!r} is not an ISO 8601 prefix")
        for name in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            used.add(name)
            if name not in etype:
                errs.append(f"{tag}: entity {name!r} is not declared")
        sub_ok, obj_ok = PREDICATES[p]
        if r["s"] in etype and sub_ok is not None and etype[r["s"]] not in sub_ok:
            errs.append(f"{tag}: subject type {etype[r['s']]} not allowed for {p}")
        if r["o"] in etype and obj_ok is not None and etype[r["o"]] not in obj_ok:
            errs.append(f"{tag}: object type {etype[r['o']]} not allowed for {p}")
        if r["s"] == r["o"]:
            errs.append(f"{tag}: subject and object are the same")
        s, o = canon(r["s"]), canon(r["o"])
        if p in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, p, o, POLARITY[r["modality"]])
        if unit in units:
            errs.append(f"{tag}: duplicate of row {units[unit]} (same scoring unit {unit})")
        units.setdefault(unit, i)
        if not r["ev"]:
            errs.append(f"{tag}: no documents")
        for d, spans in r["ev"].items():
            if d not in docs:
                errs.append(f"{tag}: unknown document {d!r}")
                continue
            if not spans:
                errs.append(f"{tag}: document {d} has no span")
            text, _, sents = texts[d]
            for sp in spans:
                if sp not in text:
                    errs.append(f"{tag}: span not in the cleaned text of {docs[d]}: {sp!r}")
                elif textutil.sentence_of(text, sp, sents) is None:
                    errs.append(f"{tag}: span crosses a sentence boundary in {docs[d]}: {sp!r}")
    for name in etype:
        if name not in used:
            errs.append(f"entity {name!r} is declared but used by no row")
    if not 200 <= len(rows) <= 260:
        errs.append(f"{len(rows)} rows; want 200-260")
    if not 20 <= n_neg <= 25:
        errs.append(f"{n_neg} negated rows; want 20-25")
    missing = sorted(set(PREDICATES) - pred_seen)
    if missing:
        errs.append(f"predicates with no row: {', '.join(missing)}")
    return errs


# ---------------------------------------------------------------- output
def note_of(r):
    parts = []
    for d in sorted(r["ev"]):
        parts.append(f"{d:02d}: " + " / ".join(f"'{sp}'" for sp in r["ev"][d]))
    note = "; ".join(parts)
    extra = []
    if r["role"]:
        extra.append(f"role: {r['role']}")
    if r["commodity"]:
        extra.append(f"commodity: {r['commodity']}")
    if r["why"]:
        extra.append(r["why"])
    if extra:
        note += " -- " + "; ".join(extra)
    return note


def gold_lines(rows):
    out = []
    for r in rows:
        g = {"s": r["s"], "p": r["p"], "o": r["o"],
             "docs": [DOCS[d] for d in sorted(r["ev"])], "modality": r["modality"]}
        if r["time"]:
            g["time"] = r["time"]
        g["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                g[k] = r[k]
        g["note"] = note_of(r)
        out.append(g)
    return out


def statements(rows, texts, etype):
    out = []
    for r in rows:
        for d in sorted(r["ev"]):
            text, meta, sents = texts[d]
            start, end, sent = textutil.sentence_of(text, r["ev"][d][0], sents)
            st = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                  "object": r["o"], "object_type": etype[r["o"]], "modality": r["modality"],
                  "time": r["time"] or "", "role": r["role"] or "", "confidence": 1.0,
                  "source": "corpus/" + DOCS[d],
                  "title": meta["title"] or WIRE_TITLES.get(d, ""),
                  "published": meta["published"] or PUBLISHED[d],
                  "sentence": sent, "start": start, "end": end, "rule": "gold-selfcheck"}
            if r["commodity"]:
                st["commodity"] = r["commodity"]
            out.append(st)
    return out


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def summary(rows):
    from collections import Counter
    neg = sum(r["modality"] == "negated" for r in rows)
    req = sum(r["required"] for r in rows)
    print(f"rows={len(rows)} required={req} negated={neg}")
    print("modalities:", dict(Counter(r["modality"] for r in rows)))
    print("predicates:", dict(sorted(Counter(r["p"] for r in rows).items())))
    print("entities per type:", dict(Counter(t for _, t, _ in ENTITIES)))
    print("rows per doc:", {DOCS[d][:6]: sum(d in r["ev"] for r in rows) for d in DOCS})


# ---------------------------------------------------------------- self-test
def self_test(texts):
    """Break copies of the data and show that the checks catch each break."""
    base_errs = check(ENTITIES, ROWS, texts)
    assert not base_errs, base_errs

    def row_of(p, mod=None):
        for r in ROWS:
            if r["p"] == p and (mod is None or r["modality"] == mod):
                return r
        raise KeyError(p)

    cases = []

    def case(name, expect, mutate):
        ents, rows = copy.deepcopy(ENTITIES), copy.deepcopy(ROWS)
        mutate(ents, rows)
        errs = check(ents, rows, texts)
        hit = [e for e in errs if expect in e]
        cases.append((name, bool(hit), hit[:1] or errs[:1]))

    case("span missing from the article", "span not in the cleaned text",
         lambda e, r: r[0]["ev"][1].append("Senegal and Mauritania signed a treaty of eternal peace"))
    case("span found only in HTML boilerplate (aside)", "span not in the cleaned text",
         lambda e, r: r[0]["ev"].setdefault(7, []).append("a day on the river with the ferrymen"))
    case("span found only in the cookie banner", "span not in the cleaned text",
         lambda e, r: r[0]["ev"].setdefault(8, []).append("you consent to their use"))
    case("span across two sentences", "crosses a sentence boundary",
         lambda e, r: r[0]["ev"][1].append("for a two-day state visit. It allows 500 pirogues"))
    case("undeclared entity", "is not declared",
         lambda e, r: r.append(dict(copy.deepcopy(r[0]), s="Macky Sall")))
    case("undeclared alternative", "is not declared",
         lambda e, r: r[0]["alt_o"].append("Republic of Senegal"))
    case("subject type not allowed", "subject type Country not allowed for capital_of",
         lambda e, r: r.append(dict(copy.deepcopy(row_of("capital_of")), s="Senegal", o="Gambia")))
    case("object type not allowed", "object type City not allowed for recognizes",
         lambda e, r: r.append(dict(copy.deepcopy(row_of("recognizes")), o="Rabat")))
    case("unknown predicate", "unknown predicate",
         lambda e, r: r.append(dict(copy.deepcopy(r[0]), p="rules_over")))
    case("unknown modality", "unknown modality",
         lambda e, r: r.__setitem__(0, dict(r[0], modality="rumoured")))
    case("unknown entity type", "unknown type",
         lambda e, r: e.append(("Atlantic Ocean", "Ocean", [])))
    case("duplicate row", "duplicate of row",
         lambda e, r: r.append(copy.deepcopy(r[5])))
    case("symmetric duplicate written the other way round", "duplicate of row",
         lambda e, r: r.append(dict(copy.deepcopy(row_of("borders")),
                                    s=row_of("borders")["o"], o=row_of("borders")["s"])))
    case("duplicate through an alias and a same-polarity modality", "duplicate of row",
         lambda e, r: r.append(dict(copy.deepcopy(row_of("head_of")), s="Faye",
                                    modality="reported")))
    case("alias that occurs in no article", "occurs in no article",
         lambda e, r: e.__setitem__(0, (e[0][0], e[0][1], e[0][2] + ["Diomaye the Great"])))
    case("alias naming two entities", "alias collision",
         lambda e, r: e.append(("Faye Diouf", "Person", ["Diouf"])))
    case("unknown document", "unknown document",
         lambda e, r: r[0]["ev"].__setitem__(9, ["Senegalese President"]))
    case("bad time", "not an ISO 8601 prefix",
         lambda e, r: r.__setitem__(0, dict(r[0], time="Feb 2026")))
    case("too few rows", "rows; want 200-260",
         lambda e, r: r.__delitem__(slice(150, None)))
    case("too many negated rows", "negated rows; want 20-25",
         lambda e, r: [x.__setitem__("modality", "negated") for x in r[:40]])
    case("a predicate missing", "predicates with no row: seceded_from",
         lambda e, r: r.__setitem__(slice(None), [x for x in r if x["p"] != "seceded_from"]))
    case("required not boolean", "required must be true or false",
         lambda e, r: r.__setitem__(0, dict(r[0], required="yes")))

    ok = True
    for name, caught, sample in cases:
        ok &= caught
        print(f"{'caught' if caught else 'MISSED'}: {name}: {sample[0] if sample else ''}")
    print("self-test:", "all breaks caught" if ok else "SOME BREAKS MISSED")
    return ok


def main(argv):
    texts = load_texts()
    if "--self-test" in argv:
        sys.exit(0 if self_test(texts) else 1)
    errs = check(ENTITIES, ROWS, texts)
    summary(ROWS)
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    print("checks: ok")
    if "--check" in argv:
        return
    etype = {n: t for n, t, _ in ENTITIES}
    write_jsonl(os.path.join(ROOT, "entities.jsonl"),
                [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES])
    write_jsonl(os.path.join(ROOT, "triples.jsonl"), gold_lines(ROWS))
    write_jsonl(os.path.join(ROOT, "selfcheck_statements.jsonl"), statements(ROWS, texts, etype))
    print("wrote entities.jsonl, triples.jsonl, selfcheck_statements.jsonl")


if __name__ == "__main__":
    main(sys.argv)
