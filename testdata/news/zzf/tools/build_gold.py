#!/usr/bin/env python3
"""Build the gold standard of news set zzf.

Rows are written by hand below, each with the evidence phrase of every
document that states it (and, for newspaper/HTML documents, the resolved
time). The script checks every phrase against ONE sentence of the cleaned
body, checks names, types, predicates, modalities and times, and writes
entities.jsonl, triples.jsonl and selfcheck_statements.jsonl.

    python3 tools/build_gold.py          # check and write
    python3 tools/build_gold.py --stats  # also print counts
Python 3 standard library only.
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

# ---------------------------------------------------------------- documents
DOCS = {
    "01": ("zzf01-leticia-river-pact.txt", "wire", "Andes/Amazon"),
    "02": ("zzf02-chile-bolivia-ties.txt", "wire", "Andes/Amazon"),
    "03": ("zzf03-colombo-hambantota-deal.txt", "wire", "South Asia"),
    "04": ("zzf04-leticia-andean-rifts.txt", "newspaper", "Andes/Amazon"),
    "05": ("zzf05-male-muizzu-wang.txt", "newspaper", "South Asia"),
    "06": ("zzf06-kathmandu-karki-wang.txt", "newspaper", "South Asia"),
    "07": ("zzf07-ecuador-colombia-tariff-talks.html", "html", "Andes/Amazon"),
    "08": ("zzf08-bhutan-sidelines.html", "html", "South Asia"),
}
WIRE_YEAR = "2026"
MONTHS = {m: i + 1 for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}

# ------------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = None
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
PRED = {  # predicate: (subject types, object types); None = not restricted
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
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")

# ----------------------------------------------------------------- entities
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# Andes and Amazon: people
ent("Gustavo Petro", P, "Petro", "Colombian President Gustavo Petro")
ent("Luiz Inácio Lula da Silva", P, "Luiz Inacio Lula da Silva", "Lula",
    "Brazilian President Luiz Inacio Lula da Silva", "Brazilian President Luiz Inácio Lula da Silva")
ent("Rodrigo Paz", P, "Paz", "Bolivian President Rodrigo Paz")
ent("Daniel Noboa", P, "Noboa", "Ecuadorean President Daniel Noboa")
ent("José Antonio Kast", P, "Jose Antonio Kast", "Kast")
ent("Carla Medina", P, "Medina", "Deputy Foreign Minister Carla Medina")
ent("Martin von Hildebrand", P, "von Hildebrand", "ACTO Secretary-General Martin von Hildebrand")
ent("Fernando Aramayo", P, "Aramayo", "Bolivian Foreign Minister Fernando Aramayo")
ent("Rosa Villavicencio", P, "Villavicencio")
ent("Paula Ortega", P, "Ortega")
ent("Javier Ponce", P, "Ponce")
ent("Mariana Quispe", P, "Quispe")
ent("Yeison Renteria", P, "Renteria", "Corporal Yeison Renteria")
ent("Donald Trump", P, "Trump", "U.S. President Donald Trump")
# Andes and Amazon: countries
ent("Brazil", C, "Brazilian")
ent("Colombia", C, "Colombian")
ent("Bolivia", C, "Bolivian")
ent("Peru", C, "Peruvian")
ent("Ecuador", C, "Ecuadorean")
ent("Chile", C, "Chilean")
ent("Venezuela", C)
ent("Guyana", C)
ent("Suriname", C)
ent("United States", C, "U.S.", "Washington")
# Andes and Amazon: places
ent("Leticia", CI)
ent("Tabatinga", CI)
ent("Lima", CI)
ent("Bogotá", CI, "Bogota")
ent("Quito", CI)
ent("La Paz", CI)
ent("Santiago", CI)
ent("Brasília", CI, "Brasilia")
ent("Arica", CI)
ent("Ipiales", CI)
ent("Tulcán", CI)
ent("Santa Rosa", R)
ent("Loreto", R, "Loreto region")
# Andes and Amazon: bodies, agreements, facilities
ent("Amazon Cooperation Treaty Organization", O, "ACTO")
ent("Andean Community", O)
ent("Andean Court of Justice", O)
ent("Instituto de Estudios Andinos", O)
ent("Comandos de la Frontera", O)
ent("Colombian Navy", O, "Colombian navy", "navy")
ent("Leticia Declaration", A, "Leticia declaration", "declaration")
ent("Joint River Operations Center", F)
ent("La Moneda", F, "La Moneda presidential palace")
# South Asia: people
ent("Wang Yi", P, "Wang", "Chinese Foreign Minister Wang Yi")
ent("Anura Kumara Dissanayake", P, "Dissanayake", "Sri Lankan President Anura Kumara Dissanayake")
ent("Harini Amarasuriya", P, "Amarasuriya", "Prime Minister Harini Amarasuriya")
ent("Vijitha Herath", P, "Herath")
ent("Narendra Modi", P, "Modi", "Indian Prime Minister Narendra Modi")
ent("Sushila Karki", P, "Karki")
ent("Mohamed Muizzu", P, "Muizzu", "Maldivian President Mohamed Muizzu")
ent("S. Jaishankar", P, "Jaishankar", "Indian External Affairs Minister S. Jaishankar")
ent("Ram Chandra Paudel", P, "Paudel")
ent("Ashok Raj Sigdel", P, "Sigdel", "General Ashok Raj Sigdel")
ent("K.P. Sharma Oli", P, "Oli")
ent("Tshering Tobgay", P, "Tobgay")
ent("Jigme Khesar Namgyel Wangchuck", P, "King Jigme Khesar Namgyel Wangchuck")
ent("Sonam Dorji Tshering", P, "Tshering")
ent("Sajith Premadasa", P, "Premadasa")
ent("Dilani Fernando", P, "Fernando")
ent("Anjali Shrestha", P, "Shrestha")
ent("Ahmed Nashid", P, "Nashid")
# South Asia: countries
ent("China", C, "Chinese")
ent("Sri Lanka", C, "Sri Lankan")
ent("India", C, "Indian")
ent("Nepal", C, "Nepali")
ent("Maldives", C, "the Maldives")
ent("Bhutan", C, "Bhutanese")
ent("Taiwan", C)
ent("Bangladesh", C)
ent("Pakistan", C)
ent("United Kingdom", C, "Britain")
# South Asia: places
ent("Colombo", CI)
ent("Kathmandu", CI)
ent("Malé", CI)
ent("New Delhi", CI)
ent("Beijing", CI)
ent("Thimphu", CI)
ent("Dhaka", CI)
ent("Kokrajhar", CI)
ent("Indian Ocean", R)
ent("Lipulekh pass", R, "Lipulekh")
ent("Assam", R)
ent("Gelephu Mindfulness City", R, "Gelephu")
ent("East Pakistan", R)
# South Asia: bodies, agreements, facilities
ent("China Merchants Port Holdings", O)
ent("National People's Power", O)
ent("Samagi Jana Balawegaya", O)
ent("Centre for Indian Ocean Studies", O)
ent("Nepal Army", O)
ent("Centre for Himalayan Policy Studies", O)
ent("Royal University of Bhutan", O)
ent("European Union", O)
ent("Maldivian Democratic Party", O)
ent("Hambantota Development Framework", A)
ent("Belt and Road Initiative", A)
ent("Hambantota port", F, "port of Hambantota")

# --------------------------------------------------------------------- rows
ROWS = []


def row(s, p, o, mod, ev, req=True, alt_s=(), alt_p=(), alt_o=(), note=""):
    """ev: {doc: phrase} or {doc: (phrase, time)}."""
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, required=req,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o), note=note))


LD = "Leticia Declaration"
JROC = "Joint River Operations Center"
ACTO = "Amazon Cooperation Treaty Organization"
AC = "Andean Community"

# ===== Cluster A: the Andes and the Amazon (zzf01, zzf02, zzf04, zzf07) =====
# -- the Leticia Declaration
for c in ("Brazil", "Colombia"):
    row(c, "party_to", LD, "asserted", {
        "01": "Brazil, Colombia and Bolivia signed the Leticia Declaration on Tuesday",
        "04": ("When the presidents of Brazil, Colombia and Bolivia put their names to the Leticia Declaration on Tuesday", "2026-05-12"),
        "07": ("where Brazil, Colombia and Bolivia signed the Leticia Declaration on river security", "2026-05")})
row("Bolivia", "party_to", LD, "asserted", {
    "01": "Brazil, Colombia and Bolivia signed the Leticia Declaration on Tuesday",
    "02": "days after Paz signed the Leticia Declaration, an Amazon river security pact, with Brazil and Colombia",
    "04": ("When the presidents of Brazil, Colombia and Bolivia put their names to the Leticia Declaration on Tuesday", "2026-05-12"),
    "07": ("where Brazil, Colombia and Bolivia signed the Leticia Declaration on river security", "2026-05")},
    alt_s=["Rodrigo Paz"], note="02 names Paz as the signer")
row("Peru", "party_to", LD, "negated", {
    "01": "but Peru refused to sign it",
    "04": ("but Peru did not sign the Leticia Declaration", "2026-05-12")})
row("Ecuador", "party_to", LD, "negated", {
    "01": "Ecuador has not signed the Leticia Declaration either",
    "04": ("Quito has not yet signed the Leticia Declaration", "2026-05"),
    "07": ("and Ecuador has yet to sign the pact", "2026-05")},
    alt_s=["Quito"], note="'yet to' = not so far; the hedged plan is a separate row")
row("Ecuador", "party_to", LD, "hedged", {
    "01": "a senior Ecuadorean diplomat said Quito was expected to sign it",
    "04": ("An Ecuadorean official said Ecuador could sign the text", "2026")},
    req=False, alt_s=["Quito"], note="object by pronoun / definite description")
for c in ("Venezuela", "Guyana", "Suriname"):
    row(c, "party_to", LD, "negated", {
        "01": "None of the three sent a leader to Leticia or signed the declaration"},
        req=False, note="group reference ('none of the three') and definite description")
    row(c, "candidate_for", LD, "planned", {
        "01": ("the organization hoped to bring Guyana, Suriname and Venezuela into the pact by 2027", "2027")},
        note="hoped to bring X into the pact (reported plan)")
row("Brazil", "signed_agreement_with", "Colombia", "asserted", {
    "01": "Brazil, Colombia and Bolivia signed the Leticia Declaration on Tuesday",
    "04": ("When the presidents of Brazil, Colombia and Bolivia put their names to the Leticia Declaration on Tuesday", "2026-05-12"),
    "07": ("where Brazil, Colombia and Bolivia signed the Leticia Declaration on river security", "2026-05")},
    req=False, note="entailment of a multilateral signing")
for c in ("Brazil", "Colombia"):
    row("Bolivia", "signed_agreement_with", c, "asserted", {
        "01": "Brazil, Colombia and Bolivia signed the Leticia Declaration on Tuesday",
        "02": "Paz signed the Leticia Declaration, an Amazon river security pact, with Brazil and Colombia",
        "04": ("When the presidents of Brazil, Colombia and Bolivia put their names to the Leticia Declaration on Tuesday", "2026-05-12"),
        "07": ("where Brazil, Colombia and Bolivia signed the Leticia Declaration on river security", "2026-05")},
        req=False, alt_s=["Rodrigo Paz"], note="entailment of a multilateral signing")
row(ACTO, "brokered", LD, "asserted", {
    "04": ("The Leticia Declaration was brokered by ACTO", "2026")},
    note="zzf01 'negotiated under the umbrella of ACTO' names ACTO as forum only and is not counted")
row(JROC, "based_in", "Tabatinga", "planned", {
    "01": "creates a Joint River Operations Center, to be based in the Brazilian town of Tabatinga",
    "04": "creates a Joint River Operations Center, which will be based in the Brazilian border town of Tabatinga"},
    alt_p=["located_in"], note="the center does not exist yet")
row("Tabatinga", "located_in", "Brazil", "asserted", {
    "01": "the Brazilian town of Tabatinga",
    "04": "the Brazilian border town of Tabatinga"})
row("Brazil", "supported", JROC, "planned", {
    "01": "Lula said Brazil would provide boats, helicopters and satellite data to the new center",
    "04": ("Lula has pledged boats, helicopters and satellite imagery to the center", "2026-05")},
    req=False, alt_s=["Luiz Inácio Lula da Silva"], note="object by definite description ('the new center')")
# -- leaders and officials
row("Gustavo Petro", "head_of", "Colombia", "asserted", {
    "01": "Colombian President Gustavo Petro", "04": "Colombian President Gustavo Petro",
    "07": "Colombian President Gustavo Petro"})
row("Luiz Inácio Lula da Silva", "head_of", "Brazil", "asserted", {
    "01": "Brazilian President Luiz Inacio Lula da Silva",
    "04": "Brazilian President Luiz Inácio Lula da Silva"})
row("Rodrigo Paz", "head_of", "Bolivia", "asserted", {
    "01": "Bolivian President Rodrigo Paz", "02": "Bolivian President Rodrigo Paz",
    "04": "Bolivian President Rodrigo Paz"})
row("Daniel Noboa", "head_of", "Ecuador", "asserted", {
    "01": "Ecuadorean President Daniel Noboa", "04": "Ecuadorean President Daniel Noboa",
    "07": "Ecuadorean President Daniel Noboa"})
row("José Antonio Kast", "head_of", "Chile", "asserted", {
    "02": "Bolivian President Rodrigo Paz and his Chilean counterpart Jose Antonio Kast"},
    note="'counterpart' of a president")
row("Donald Trump", "head_of", "United States", "asserted", {"07": "U.S. President Donald Trump"})
row("Carla Medina", "works_for", "Peru", "asserted", {
    "01": "Peru's delegation, led by Deputy Foreign Minister Carla Medina",
    "04": "Peru's deputy foreign minister, Carla Medina"})
row("Fernando Aramayo", "works_for", "Bolivia", "asserted", {
    "02": "Bolivian Foreign Minister Fernando Aramayo"})
row("Rosa Villavicencio", "works_for", "Colombia", "asserted", {
    "07": "Colombia's foreign minister, Rosa Villavicencio"})
row("Paula Ortega", "works_for", "Ecuador", "asserted", {
    "07": "Ecuador's deputy trade minister, Paula Ortega"})
row("Martin von Hildebrand", "head_of", ACTO, "asserted", {
    "01": "Martin von Hildebrand, ACTO's secretary-general",
    "04": "ACTO Secretary-General Martin von Hildebrand"})
row("Gustavo Petro", "met_with", "Luiz Inácio Lula da Silva", "asserted", {
    "01": "Colombian President Gustavo Petro, who hosted the one-day summit, held talks with Brazilian President Luiz Inacio Lula da Silva"},
    alt_p=["negotiating_with"])
row("Gustavo Petro", "met_with", "Rodrigo Paz", "asserted", {
    "01": "held talks with Brazilian President Luiz Inacio Lula da Silva and Bolivian President Rodrigo Paz"},
    alt_p=["negotiating_with"])
row("Gustavo Petro", "met_with", "Carla Medina", "negated", {
    "04": ("Petro did not hold a bilateral meeting with Medina, Colombian officials said", "2026-05")})
row("Luiz Inácio Lula da Silva", "visited", "Leticia", "asserted", {
    "04": ("who flew to Leticia from Manaus on Monday night", "2026-05-11")}, alt_o=["Colombia"])
row("Daniel Noboa", "visited", "Leticia", "negated", {
    "07": ("Noboa did not attend last week's Amazon summit in Leticia", "2026-05")},
    req=False, note="entailment: not attending a summit there")
row("Martin von Hildebrand", "visited", "Lima", "planned", {
    "04": ("Martin von Hildebrand said he would travel next week to Lima", "2026-05")}, alt_o=["Peru"])
# -- Santa Rosa and the Peru-Colombia quarrel
row("Santa Rosa", "located_in", "Loreto", "asserted", {
    "01": "Santa Rosa, a river island that Peru administers as part of its Loreto region",
    "04": "Peru has administered Santa Rosa for decades and insists the island belongs to its Loreto region"},
    note="04 reports Peru's position ('insists'); both POS")
row("Loreto", "located_in", "Peru", "asserted", {
    "01": "a river island that Peru administers as part of its Loreto region",
    "04": "insists the island belongs to its Loreto region"})
row("Santa Rosa", "located_in", "Peru", "asserted", {
    "01": "Santa Rosa, a river island that Peru administers",
    "04": "Peru has administered Santa Rosa for decades"},
    req=False, note="contested; entailed via Loreto")
row("Santa Rosa", "located_in", "Colombia", "reported", {
    "01": "a river island that Peru administers as part of its Loreto region and that Colombia claims"},
    req=False, note="Colombia's claim only")
row("Rodrigo Paz", "visited", "Leticia", "asserted", {
    "02": "Paz signed the Leticia Declaration, an Amazon river security pact, with Brazil and Colombia in the Colombian city of Leticia"},
    req=False, alt_o=["Colombia"], note="entailment: signed there")
row("José Antonio Kast", "visited", "Lima", "planned", {
    "02": "Paz said he would invite Kast to the bloc's foreign ministers' meeting in Lima next month"},
    req=False, alt_o=["Peru"], note="an invitation only")
row("Gustavo Petro", "criticized", "Peru", "asserted", {
    "01": ("Petro accused Peru in August 2025 of annexing the island", "2025-08"),
    "04": ("when Colombian President Gustavo Petro accused Peru of annexing Santa Rosa", "2025-08")},
    alt_s=["Colombia"])
row("Peru", "took_control_of", "Santa Rosa", "reported", {
    "01": "Petro accused Peru in August 2025 of annexing the island",
    "04": "Petro accused Peru of annexing Santa Rosa"},
    req=False, note="Petro's accusation only; Lima rejects it")
row("Peru", "took_control_of", "Santa Rosa", "negated", {
    "01": "of annexing the island, a charge Lima rejected"},
    req=False, alt_s=["Lima"], note="denial of the accusation")
row("Peru", "criticized", "Gustavo Petro", "asserted", {
    "01": "a charge Lima rejected"},
    req=False, alt_s=["Lima"], alt_o=["Colombia"], note="'rejected' a charge")
row("Colombia", "took_control_of", "Santa Rosa", "negated", {
    "01": "Bogota had no plans to take Santa Rosa by force",
    "04": ("Petro has said Colombia will not use force to take Santa Rosa", "2026")},
    alt_s=["Bogotá", "Gustavo Petro"])
row("Peru", "in_conflict_with", "Colombia", "asserted", {
    "01": "citing a dispute with host Colombia over an island in the Amazon River",
    "04": "a quarrel that has soured relations between Lima and Bogotá"},
    alt_s=["Lima"], alt_o=["Bogotá"])
row("Colombia", "borders", "Peru", "asserted", {
    "01": "the Putumayo River, which forms part of Colombia's border with Peru",
    "04": "Peru and Colombia share a border of more than 1,600 kilometres"})
row("Peru", "trades_with", "Colombia", "reported", {
    "04": "Peru and Colombia share a border of more than 1,600 kilometres, much of it along the Putumayo River, and trade between them has held up"},
    note="'according to figures from the Andean Community'")
row("Brazil", "allied_with", "Peru", "reported", {
    "04": "\"Peru is our neighbour and our partner, and the door remains open,\" he said"},
    req=False, alt_s=["Luiz Inácio Lula da Silva"], note="quote, 'our' = Brazil")
row("Brazil", "borders", "Peru", "reported", {
    "04": "\"Peru is our neighbour and our partner"},
    req=False, alt_s=["Luiz Inácio Lula da Silva"], note="quote, 'our neighbour'")
# -- ACTO
row(ACTO, "based_in", "Brasília", "asserted", {
    "01": "ACTO, which is based in Brasilia", "04": "ACTO, a Brasília-based body"})
for c in ("Venezuela", "Guyana", "Suriname"):
    row(c, "member_of", ACTO, "asserted", {
        "01": "ACTO, which is based in Brasilia, groups the eight countries that share the Amazon basin, including Venezuela, Guyana and Suriname"})
row("Peru", "member_of", ACTO, "reported", {
    "04": "Peru is a founding member of this organisation"},
    req=False, note="quote; 'this organisation' = ACTO")
row("Peru", "candidate_for", LD, "reported", {
    "04": "the declaration is open to it"}, req=False, note="loose: 'open to it'")
# -- armed groups
row("Comandos de la Frontera", "attacked", "Colombian Navy", "reported", {
    "01": "fighters from the Comandos de la Frontera, an armed group that controls cocaine routes along the Putumayo, attacked a Colombian navy patrol boat"},
    alt_o=["Colombia"], note="'according to the navy'")
row("Comandos de la Frontera", "killed", "Yeison Renteria", "reported", {
    "01": "attacked a Colombian navy patrol boat near Puerto Leguizamo, killing a marine, Corporal Yeison Renteria"})
row("Yeison Renteria", "works_for", "Colombian Navy", "asserted", {
    "01": "killing a marine, Corporal Yeison Renteria, according to the navy"},
    req=False, alt_o=["Colombia"], note="'a marine' of the navy whose boat was attacked")
# -- Chile and Bolivia
row("Bolivia", "normalized_relations_with", "Chile", "planned", {
    "02": "agreed on Friday to set up a working group to restore full diplomatic relations"},
    alt_s=["Rodrigo Paz", "La Paz"], alt_o=["José Antonio Kast", "Santiago"])
row("Bolivia", "diplomatic_relations_with", "Chile", "negated", {
    "02": "Chile and Bolivia have not had ambassadors in each other's capitals since 1978"},
    note="broken off in 1978; only consular relations")
row("Chile", "diplomatic_relations_with", "Bolivia", "planned", {
    "02": "Chile hoped to exchange ambassadors with La Paz"},
    req=False, alt_s=["José Antonio Kast"], alt_o=["La Paz"], note="exchanging ambassadors, a loose reading")
row("Rodrigo Paz", "met_with", "José Antonio Kast", "asserted", {
    "02": "Paz and Kast met for more than two hours at the La Moneda presidential palace in Santiago"})
row("Rodrigo Paz", "visited", "Chile", "asserted", {"02": "It was Paz's first visit to Chile"})
row("Rodrigo Paz", "visited", "Santiago", "asserted", {
    "02": "Paz and Kast met for more than two hours at the La Moneda presidential palace in Santiago"},
    req=False, note="entailment: met there")
row("La Moneda", "located_in", "Santiago", "asserted", {
    "02": "the La Moneda presidential palace in Santiago"}, alt_p=["based_in"])
row("Leticia", "located_in", "Colombia", "asserted", {"02": "the Colombian city of Leticia"})
row("Bolivia", "in_conflict_with", "Chile", "asserted", {
    "02": ("Bolivia lost its coastline to Chile in the War of the Pacific (1879-1884)", "1879")},
    note="war of 1879-1884 and the sea claim since")
row("Chile", "negotiating_with", "Bolivia", "negated", {
    "02": "Kast said Chile would not reopen negotiations with Bolivia on sovereignty"},
    alt_s=["José Antonio Kast"],
    note="trap: 'not obliged to negotiate' (ICJ ruling) is no denial of talks")
row("Bolivia", "negotiating_with", "Chile", "planned", {
    "02": "said Bolivia and Chile would also discuss the use of the northern Chilean port of Arica"},
    alt_s=["Fernando Aramayo"])
row("Arica", "located_in", "Chile", "asserted", {"02": "the northern Chilean port of Arica"},
    note="trap: Bolivia imports diesel THROUGH Arica, not from Chile")
row("Chile", "borders", "Bolivia", "reported", {
    "02": "Chile and Bolivia also agreed to coordinate against migrant smuggling along their 860-kilometre border"})
row("Bolivia", "criticized", "José Antonio Kast", "asserted", {
    "02": "a plan that Bolivian officials have criticised"},
    req=False, alt_o=["Chile"], note="object is Kast's plan")
for c in ("Chile", "Bolivia"):
    row("Peru", "borders", c, "asserted", {"02": "Peru, which borders both Chile and Bolivia"})
# -- the Andean Community
row("Chile", "member_of", AC, "asserted", {
    "02": "Chile is an associate member of the Andean Community",
    "04": "Chile, which is an associate member of the Andean Community"}, note="associate member")
for c in ("Bolivia", "Colombia", "Ecuador", "Peru"):
    ev = {"02": "the Andean Community, the trade bloc that groups Bolivia, Colombia, Ecuador and Peru",
          "04": "The Andean Community, which groups Bolivia, Colombia, Ecuador and Peru",
          "07": "The Andean Community, whose members are Bolivia, Colombia, Ecuador and Peru"}
    row(c, "member_of", AC, "asserted", ev)
row("Chile", "candidate_for", AC, "negated", {
    "02": "Kast said Chile had no plans to seek full membership of the Andean Community"},
    alt_s=["José Antonio Kast"])
row(AC, "based_in", "Lima", "asserted", {
    "04": "the Lima-based trade bloc", "07": "the Lima-based Andean Community"})
row("Mariana Quispe", "works_for", "Instituto de Estudios Andinos", "asserted", {
    "04": "Mariana Quispe, an analyst at the Lima-based Instituto de Estudios Andinos"})
row("Instituto de Estudios Andinos", "based_in", "Lima", "asserted", {
    "04": "the Lima-based Instituto de Estudios Andinos"})
row("Lima", "capital_of", "Peru", "asserted", {"04": "Lima, the Peruvian capital"})
row("Lima", "located_in", "Peru", "asserted", {"04": "Lima, the Peruvian capital"},
    req=False, note="entailed by capital_of")
# -- Ecuador and Colombia
row("Ecuador", "in_conflict_with", "Colombia", "asserted", {
    "01": "Ecuadorean President Daniel Noboa did not attend the summit amid a tariff dispute with Colombia",
    "04": ("Daniel Noboa, who has been locked in a tariff war with Petro since January", "2026-01"),
    "07": "aimed at ending a four-month tariff war"},
    alt_s=["Daniel Noboa", "Quito"], alt_o=["Gustavo Petro", "Bogotá"],
    note="04 names the two presidents")
row("Ecuador", "negotiating_with", "Colombia", "planned", {
    "07": ("Ecuador and Colombia will hold talks in Lima next week", "2026-05")})
row("Daniel Noboa", "sanctioned", "Colombia", "asserted", {
    "07": ("imposed a 30% \"security surcharge\" on Colombian imports in January", "2026-01")},
    alt_s=["Ecuador"])
row("Daniel Noboa", "criticized", "Colombia", "asserted", {
    "07": ("accusing Bogotá of failing to stop drug traffickers and armed groups", "2026-01")},
    alt_s=["Ecuador"], alt_o=["Bogotá"])
row("Gustavo Petro", "sanctioned", "Ecuador", "asserted", {
    "07": ("Petro responded within days with tariffs of the same size on Ecuadorean goods and suspended electricity sales to Ecuador", "2026-01")},
    alt_s=["Colombia"])
row("Ecuador", "imports_from", "Colombia", "asserted", {
    "07": "Ecuador, which has relied on Colombian power"},
    alt_p=["trades_with"], note="commodity: electricity")
row("Daniel Noboa", "threatened", "Colombia", "asserted", {
    "07": ("threatened to raise it to 50% if the Lima talks failed", "2026-05-18")},
    alt_s=["Ecuador"], note="trap: 'would not lift the surcharge' keeps the sanction, it is no negation")
row("Gustavo Petro", "criticized", "Daniel Noboa", "asserted", {
    "07": "has accused Noboa, a close ally of U.S. President Donald Trump, of using the tariffs"},
    alt_s=["Colombia"], alt_o=["Ecuador"])
row("Daniel Noboa", "allied_with", "Donald Trump", "asserted", {
    "07": "Noboa, a close ally of U.S. President Donald Trump"}, alt_o=["United States"])
row("Gustavo Petro", "threatened", "Ecuador", "asserted", {
    "07": ("Petro threatened last month to take Ecuador before the Andean Court of Justice", "2026-04")},
    alt_s=["Colombia"])
row("Andean Court of Justice", "based_in", "Quito", "asserted", {
    "07": "the Andean Court of Justice, which is based in Quito"})
row("Colombia", "signed_agreement_with", "Ecuador", "negated", {
    "07": "would not sign any agreement with Ecuador that left the surcharge in place"},
    req=False, alt_s=["Bogotá", "Rosa Villavicencio"], note="conditional refusal")
row("Ecuador", "borders", "Colombia", "asserted", {
    "07": "Ecuador and Colombia share a border of about 590 kilometres"})
row("Ipiales", "located_in", "Colombia", "asserted", {"07": "the Colombian city of Ipiales"})
row("Tulcán", "located_in", "Ecuador", "asserted", {"07": "the Ecuadorean city of Tulcán"})
row("Ecuador", "trades_with", "Colombia", "reported", {
    "07": "Trade between Ecuador and Colombia fell by about a third in the first quarter"})
row("Javier Ponce", "citizen_of", "Ecuador", "asserted", {
    "07": "Javier Ponce, a former Ecuadorean trade negotiator"})
row("Javier Ponce", "lives_in", "Bogotá", "asserted", {
    "07": "a former Ecuadorean trade negotiator who lives in Bogotá"})
row("Javier Ponce", "works_for", "Ecuador", "asserted", {
    "07": "a former Ecuadorean trade negotiator"}, req=False, note="former post")

# ===== Cluster B: South Asia's small states (zzf03, zzf05, zzf06, zzf08) =====
HDF = "Hambantota Development Framework"
for c in ("China", "Sri Lanka"):
    row(c, "party_to", HDF, "asserted", {
        "03": "China and Sri Lanka signed the Hambantota Development Framework on Tuesday"})
row("China", "signed_agreement_with", "Sri Lanka", "asserted", {
    "03": "China and Sri Lanka signed the Hambantota Development Framework on Tuesday",
    "08": ("in Colombo China and Sri Lanka signed an agreement to expand the Chinese-run port of Hambantota", "2026-02")})
row("China", "signed_agreement_with", "Sri Lanka", "hedged", {
    "06": ("he is expected to sign a port agreement with Sri Lankan officials", "2026-02-10")},
    req=False, alt_s=["Wang Yi"], note="before the signing; object by demonym ('Sri Lankan officials')")
row("Wang Yi", "works_for", "China", "asserted", {
    "03": "Chinese Foreign Minister Wang Yi", "05": "Chinese Foreign Minister Wang Yi",
    "06": "Chinese Foreign Minister Wang Yi", "08": "Chinese Foreign Minister Wang Yi"})
row("Wang Yi", "visited", "Colombo", "asserted", {
    "03": "during a visit to Colombo by Chinese Foreign Minister Wang Yi"}, alt_o=["Sri Lanka"])
row("Wang Yi", "visited", "Colombo", "planned", {
    "06": ("Wang was due to fly to Colombo on Tuesday", "2026-02-10")}, alt_o=["Sri Lanka"])
row("India", "borders", "Sri Lanka", "asserted", {
    "03": "closely watched in neighbouring India"}, req=False, note="'neighbouring'; a maritime neighbour")
row("Wang Yi", "met_with", "Anura Kumara Dissanayake", "reported", {
    "03": "Wang met Sri Lankan President Anura Kumara Dissanayake"})
row("Wang Yi", "met_with", "Harini Amarasuriya", "reported", {
    "03": "Wang met Sri Lankan President Anura Kumara Dissanayake and Prime Minister Harini Amarasuriya"})
row("Wang Yi", "met_with", "Vijitha Herath", "reported", {
    "03": "held talks with his Sri Lankan counterpart, Vijitha Herath"}, alt_p=["negotiating_with"])
row("Anura Kumara Dissanayake", "head_of", "Sri Lanka", "asserted", {
    "03": "Sri Lankan President Anura Kumara Dissanayake"})
row("Harini Amarasuriya", "head_of", "Sri Lanka", "asserted", {
    "03": "Sri Lankan President Anura Kumara Dissanayake and Prime Minister Harini Amarasuriya"},
    alt_p=["works_for"], note="prime minister; the demonym covers both titles")
row("Vijitha Herath", "works_for", "Sri Lanka", "asserted", {
    "03": "his Sri Lankan counterpart, Vijitha Herath"}, note="foreign minister ('counterpart' of Wang)")
row("China Merchants Port Holdings", "took_control_of", "Hambantota port", "asserted", {
    "03": ("was leased to China Merchants Port Holdings for 99 years in 2017", "2017")},
    req=False, note="a lease, loose reading of took_control_of")
row("China", "took_control_of", "Hambantota port", "negated", {
    "03": "Herath denied that Sri Lanka had handed China control of security at Hambantota port"})
row("Sajith Premadasa", "head_of", "Samagi Jana Balawegaya", "asserted", {
    "03": "Sajith Premadasa, leader of the opposition Samagi Jana Balawegaya"})
row("Sajith Premadasa", "criticized", "Sri Lanka", "asserted", {
    "03": "criticised the government for signing the framework"},
    req=False, note="'the government' of Sri Lanka")
row("India", "criticized", "China", "asserted", {
    "03": "has objected to visits by Chinese research vessels to Sri Lankan ports"},
    req=False, note="object by demonym ('Chinese research vessels')")
row("Anura Kumara Dissanayake", "member_of", "National People's Power", "asserted", {
    "03": "Dissanayake, whose National People's Power coalition won a landslide"}, alt_p=["head_of"])
row("Anura Kumara Dissanayake", "visited", "New Delhi", "asserted", {
    "03": ("made his first state visit as president to New Delhi in December 2024", "2024-12")},
    alt_o=["India"])
row("Anura Kumara Dissanayake", "visited", "Beijing", "asserted", {
    "03": ("travelled to Beijing the following month", "2025-01")},
    alt_o=["China"], note="the sentence writes December 2024")
row("India", "signed_agreement_with", "Sri Lanka", "asserted", {
    "03": ("India and Sri Lanka signed their first defence cooperation pact in April 2025", "2025-04")})
row("Narendra Modi", "visited", "Colombo", "asserted", {
    "03": ("during a visit to Colombo by Indian Prime Minister Narendra Modi", "2025-04")},
    alt_o=["Sri Lanka"])
row("Narendra Modi", "head_of", "India", "asserted", {
    "03": "Indian Prime Minister Narendra Modi", "05": "Indian Prime Minister Narendra Modi",
    "08": "Indian Prime Minister Narendra Modi"}, alt_p=["works_for"])
row("Wang Yi", "visited", "Kathmandu", "asserted", {
    "03": "Wang arrived in Colombo from Kathmandu, where he met",
    "06": ("Wang, who arrived in Kathmandu on Sunday for a two-day visit", "2026-02-08")},
    alt_o=["Nepal"])
row("Sushila Karki", "met_with", "Wang Yi", "asserted", {
    "03": "Kathmandu, where he met Nepal's interim Prime Minister Sushila Karki on Monday",
    "06": ("Sushila Karki met Chinese Foreign Minister Wang Yi in Kathmandu on Monday", "2026-02-09")})
row("Sushila Karki", "head_of", "Nepal", "asserted", {
    "03": "Nepal's interim Prime Minister Sushila Karki", "06": "Nepal's interim Prime Minister Sushila Karki",
    "08": "Nepal's interim Prime Minister Sushila Karki"}, alt_p=["works_for"])
row("Wang Yi", "visited", "Maldives", "planned", {
    "03": "is due in the Maldives on Thursday",
    "06": ("before travelling on to the Maldives", "2026-02")}, alt_o=["Malé"])
row("China", "supported", "Sri Lanka", "asserted", {
    "03": ("Beijing agreed in 2024 to restructure about $4.2 billion of loans", "2024")},
    req=False, alt_s=["Beijing"], note="creditor and debt relief, a loose reading of support")
row("China", "allied_with", "Sri Lanka", "reported", {
    "03": "Beijing was a \"reliable partner\" for Colombo"},
    req=False, alt_s=["Beijing"], alt_o=["Colombo"], note="Chinese officials' claim")
row("Dilani Fernando", "works_for", "Centre for Indian Ocean Studies", "asserted", {
    "03": "Dilani Fernando, a researcher at the Colombo-based Centre for Indian Ocean Studies"})
row("Centre for Indian Ocean Studies", "based_in", "Colombo", "asserted", {
    "03": "the Colombo-based Centre for Indian Ocean Studies"})
# -- Malé
row("Mohamed Muizzu", "head_of", "Maldives", "asserted", {
    "05": "Maldivian President Mohamed Muizzu", "08": "Maldivian President Mohamed Muizzu"})
row("Mohamed Muizzu", "met_with", "Wang Yi", "asserted", {
    "05": ("Mohamed Muizzu received Chinese Foreign Minister Wang Yi in Malé on Thursday", "2026-02-12"),
    "08": ("Wang met Maldivian President Mohamed Muizzu in Malé", "2026-02")})
row("Wang Yi", "visited", "Malé", "asserted", {
    "05": ("Mohamed Muizzu received Chinese Foreign Minister Wang Yi in Malé on Thursday", "2026-02-12"),
    "08": ("Wang met Maldivian President Mohamed Muizzu in Malé", "2026-02")},
    req=False, alt_o=["Maldives"], note="entailment: received / met there")
for c in ("Nepal", "Sri Lanka"):
    row("Wang Yi", "visited", c, "asserted", {
        "05": ("a South Asian tour that took China's top diplomat to Nepal and Sri Lanka earlier this week", "2026-02"),
        "08": ("Chinese Foreign Minister Wang Yi toured Nepal, Sri Lanka and the Maldives last week", "2026-02")})
row("Wang Yi", "visited", "Maldives", "asserted", {
    "08": ("Chinese Foreign Minister Wang Yi toured Nepal, Sri Lanka and the Maldives last week", "2026-02")})
row("Maldives", "located_in", "Indian Ocean", "asserted", {
    "05": "The Maldives, an Indian Ocean archipelago"})
row("Maldives", "allied_with", "India", "asserted", {
    "05": "without alienating New Delhi, its traditional security partner"}, alt_o=["New Delhi"])
row("Maldives", "allied_with", "China", "reported", {
    "05": "China is a trusted partner in our development"},
    req=False, alt_s=["Mohamed Muizzu"], note="quote, 'our' = the Maldives")
row("Maldives", "borders", "India", "reported", {
    "05": "India is our closest neighbour"}, req=False, alt_s=["Mohamed Muizzu"], note="quote; maritime neighbour")
row("Mohamed Muizzu", "negotiating_with", "Wang Yi", "reported", {
    "05": ("Officials said the two leaders discussed the free trade agreement", "2026-02-12")},
    req=False, alt_s=["Maldives"], alt_o=["China"], note="'the two leaders' by definite description")
row("China", "signed_agreement_with", "Maldives", "asserted", {
    "05": ("the free trade agreement that China and the Maldives signed in 2017", "2017")})
row("Maldives", "signed_agreement_with", "China", "negated", {
    "05": ("The Maldives and China did not sign any new agreements during Wang's visit", "2026-02")},
    note="'according to the president's office'")
row("Mohamed Muizzu", "normalized_relations_with", "India", "asserted", {
    "05": "He has since repaired relations with New Delhi"},
    req=False, alt_s=["Maldives"], alt_o=["New Delhi"], note="pronoun subject; 'repaired relations'")
row("India", "supported", "Maldives", "asserted", {
    "05": ("New Delhi, which extended a currency swap worth $400 million and 30 billion rupees to the Maldives in October 2024", "2024-10")},
    alt_s=["New Delhi"])
row("Narendra Modi", "visited", "Malé", "asserted", {
    "05": ("Indian Prime Minister Narendra Modi visited Malé in July last year", "2025-07")},
    alt_o=["Maldives"])
row("Maldives", "gained_independence_from", "United Kingdom", "asserted", {
    "05": ("the Maldives' independence from Britain, which it gained in 1965", "1965")})
row("Narendra Modi", "met_with", "Mohamed Muizzu", "asserted", {
    "05": ("Modi and Muizzu opened a new defence ministry building during that visit", "2025-07")},
    req=False, note="entailment of a joint act")
row("S. Jaishankar", "works_for", "India", "asserted", {
    "05": "Indian External Affairs Minister S. Jaishankar"})
row("S. Jaishankar", "contacted", "Mohamed Muizzu", "reported", {
    "05": ("S. Jaishankar spoke with Muizzu by telephone on Wednesday", "2026-02-11")},
    note="'the president's office said'")
row("S. Jaishankar", "visited", "Malé", "hedged", {
    "05": ("is expected to visit Malé next month", "2026-03")}, alt_o=["Maldives"])
row("Maldives", "contacted", "China", "negated", {
    "05": "denied reports in Indian media that the Maldives had asked Beijing for a bailout"},
    req=False, alt_o=["Beijing"], note="asking for a bailout, a loose reading of contacted")
row("Ahmed Nashid", "works_for", "Mohamed Muizzu", "asserted", {
    "05": "Ahmed Nashid, a spokesman for the president's office"},
    req=False, alt_o=["Maldives"], note="'the president' by definite description")
row("Mohamed Muizzu", "visited", "Beijing", "planned", {
    "05": ("He also invited Muizzu to visit Beijing later this year", "2026")},
    req=False, alt_o=["China"], note="an invitation, not yet accepted")
row("China", "met_with", "Maldivian Democratic Party", "negated", {
    "05": ("the Chinese delegation did not meet members of the opposition Maldivian Democratic Party", "2026-02")},
    req=False, alt_s=["Wang Yi"], note="delegation / members of, group reference")
row("Wang Yi", "visited", "Bhutan", "negated", {"05": "did not travel to Bhutan"})
row("Bhutan", "diplomatic_relations_with", "China", "negated", {
    "05": "Bhutan, the only South Asian country with which China has no diplomatic relations",
    "08": "Bhutan, the only neighbour of China with which Beijing has no formal diplomatic relations"},
    alt_o=["Beijing"], note="08 also: Tobgay 'no plans' to establish relations")
# -- Kathmandu
row("Nepal", "signed_agreement_with", "China", "negated", {
    "06": ("her caretaker government would not sign new loan agreements with China", "2026"),
    "08": ("her government would not sign new loan agreements with China", "2026")},
    alt_s=["Sushila Karki"],
    note="trap: Nepal did sign the 2024 framework (positive row) and remains in the Belt and Road Initiative")
row("Wang Yi", "met_with", "Ram Chandra Paudel", "reported", {
    "06": ("also met Nepal's President Ram Chandra Paudel", "2026-02")})
row("Ram Chandra Paudel", "head_of", "Nepal", "asserted", {"06": "Nepal's President Ram Chandra Paudel"})
row("Wang Yi", "met_with", "Ashok Raj Sigdel", "reported", {
    "06": ("the chief of the Nepal Army, General Ashok Raj Sigdel", "2026-02")})
row("Ashok Raj Sigdel", "head_of", "Nepal Army", "asserted", {
    "06": "the chief of the Nepal Army, General Ashok Raj Sigdel"}, alt_p=["works_for"])
row("Nepal", "recognizes", "Taiwan", "negated", {
    "06": "said Kathmandu did not recognize Taiwan as a sovereign state"},
    alt_s=["Kathmandu", "Sushila Karki"], note="'according to a readout released by the Chinese foreign ministry'")
row("China", "supported", "Nepal", "planned", {
    "06": ("Wang said China would continue to support Nepal's development", "2026")}, alt_s=["Wang Yi"])
row("Nepal", "party_to", "Belt and Road Initiative", "asserted", {
    "06": ("Nepal joined China's Belt and Road Initiative in 2017", "2017")})
row("Nepal", "signed_agreement_with", "China", "asserted", {
    "06": ("the two countries signed a framework for cooperation under it in December 2024", "2024-12")},
    note="'the two countries' = Nepal and China in the same sentence")
row("China", "supported", "Nepal", "negated", {
    "06": "No project under the framework has yet received Chinese financing"},
    req=False, note="subject by demonym ('Chinese financing'); the pledge of support is a separate row")
row("K.P. Sharma Oli", "visited", "Beijing", "asserted", {
    "06": ("during a visit to Beijing by K.P. Sharma Oli", "2024-12")}, alt_o=["China"])
row("K.P. Sharma Oli", "head_of", "Nepal", "asserted", {
    "06": "K.P. Sharma Oli, who was prime minister at the time"},
    req=False, alt_p=["works_for"], note="former office holder, no country in the phrase")
for c in ("India", "China"):
    row("Nepal", "borders", c, "asserted", {"06": "Nepal, which is wedged between India and China"})
row("Nepal", "imports_from", "India", "asserted", {
    "06": "depends on India for almost all of its fuel"}, alt_p=["trades_with"], note="commodity: fuel")
row("Nepal", "trades_with", "India", "asserted", {
    "06": "depends on India for almost all of its fuel and most of its trade"})
row("India", "blockaded", "Nepal", "reported", {
    "06": ("the 2015 border blockade, which Kathmandu blamed on New Delhi", "2015")},
    alt_s=["New Delhi"], note="Nepal's charge")
row("India", "blockaded", "Nepal", "negated", {
    "06": ("which India denied imposing", "2015")}, note="India's denial")
for c in ("India", "China"):
    row("Nepal", "criticized", c, "asserted", {
        "06": ("Nepal protested in August last year when India and China agreed to reopen border trade", "2025-08")},
        note="protested; 06 also has Kathmandu blaming New Delhi for the 2015 blockade" if c == "India" else "")
row("India", "trades_with", "China", "planned", {
    "06": ("India and China agreed to reopen border trade through the Lipulekh pass", "2025-08")})
row("Lipulekh pass", "located_in", "Nepal", "reported", {
    "06": "a Himalayan route that Kathmandu claims as Nepali territory"},
    req=False, note="Nepal's claim only")
row("Nepal", "in_conflict_with", "India", "asserted", {
    "06": "a long-running boundary dispute between Nepal and India"})
row("Nepal", "trades_with", "China", "asserted", {
    "06": "China is now Nepal's second-largest trading partner"})
row("Anjali Shrestha", "works_for", "Centre for Himalayan Policy Studies", "asserted", {
    "06": "Anjali Shrestha, a researcher at the Kathmandu-based Centre for Himalayan Policy Studies"})
row("Centre for Himalayan Policy Studies", "based_in", "Kathmandu", "asserted", {
    "06": "the Kathmandu-based Centre for Himalayan Policy Studies"})
# -- Thimphu
row("Bhutan", "negotiating_with", "China", "hedged", {
    "08": ("Bhutan and China are expected to hold the 26th round of their boundary talks in Beijing in March", "2026-03")})
row("Bhutan", "signed_agreement_with", "China", "asserted", {
    "08": ("At the last round, in October 2023, Bhutan and China signed an agreement", "2023-10")})
row("Bhutan", "borders", "China", "asserted", {
    "08": "has disputed parts of its 477-kilometre border with China for decades"})
row("Bhutan", "in_conflict_with", "China", "asserted", {
    "08": "has disputed parts of its 477-kilometre border with China for decades"})
row("India", "in_conflict_with", "China", "asserted", {
    "08": ("where Indian and Chinese troops faced off for 73 days in 2017", "2017")},
    req=False, note="demonyms for the two states; a standoff")
row("Tshering Tobgay", "head_of", "Bhutan", "asserted", {
    "08": "Bhutan's Prime Minister Tshering Tobgay"}, alt_p=["works_for"])
row("Tshering Tobgay", "visited", "China", "negated", {
    "08": "who has never visited China as prime minister"})
row("China", "diplomatic_relations_with", "Bhutan", "planned", {
    "08": "Beijing, for its part, has repeatedly said it wants to establish diplomatic ties with Thimphu"},
    alt_s=["Beijing"], alt_o=["Thimphu"])
row("India", "allied_with", "Bhutan", "asserted", {"08": "India is Bhutan's closest ally"})
row("India", "trades_with", "Bhutan", "asserted", {
    "08": "India is Bhutan's closest ally and largest trading partner"})
row("India", "imports_from", "Bhutan", "asserted", {
    "08": "it buys most of the electricity generated by Bhutan's hydropower dams"},
    alt_p=["trades_with"], note="commodity: electricity; 'it' = India in the same sentence")
row("India", "supported", "Bhutan", "planned", {
    "08": "New Delhi has pledged 100 billion rupees to support Bhutan's current five-year development plan"},
    alt_s=["New Delhi"], note="a pledge")
row("India", "supported", "Bhutan", "asserted", {
    "08": "inaugurated a hydropower plant built with Indian assistance"},
    req=False, note="subject by demonym; object implied (the plant is in Bhutan); the pledge is a separate row")
row("Narendra Modi", "visited", "Thimphu", "asserted", {
    "08": ("Narendra Modi visited Thimphu, the Bhutanese capital, in November", "2025-11")},
    alt_o=["Bhutan"])
row("Thimphu", "capital_of", "Bhutan", "asserted", {"08": "Thimphu, the Bhutanese capital"})
row("Thimphu", "located_in", "Bhutan", "asserted", {"08": "Thimphu, the Bhutanese capital"},
    req=False, note="entailed by capital_of")
row("Jigme Khesar Namgyel Wangchuck", "head_of", "Bhutan", "asserted", {
    "08": "Bhutan's King Jigme Khesar Namgyel Wangchuck"})
row("Gelephu Mindfulness City", "located_in", "Bhutan", "asserted", {
    "08": "Gelephu Mindfulness City, a special administrative region in southern Bhutan"})
row("Assam", "located_in", "India", "asserted", {"08": "the Indian state of Assam"})
row("Gelephu Mindfulness City", "borders", "Assam", "asserted", {
    "08": "near the border with the Indian state of Assam"}, req=False, note="'near the border'")
row("Kokrajhar", "located_in", "Assam", "asserted", {"08": "the town of Kokrajhar in Assam"})
row("India", "supported", "Gelephu Mindfulness City", "planned", {
    "08": "India has agreed to build a railway linking Gelephu with the town of Kokrajhar"},
    req=False, note="a railway to it, a loose reading")
row("Bhutan", "diplomatic_relations_with", "European Union", "asserted", {
    "08": "Bhutan maintains diplomatic relations with 56 countries and the European Union"})
row("Bhutan", "recognizes", "Bangladesh", "asserted", {
    "08": ("Bhutan was among the first countries to recognize Bangladesh", "1971")})
row("East Pakistan", "seceded_from", "Pakistan", "asserted", {
    "08": ("the former East Pakistan broke away from Pakistan in 1971", "1971")},
    alt_s=["Bangladesh"], alt_p=["gained_independence_from"])
row("Bangladesh", "allied_with", "Bhutan", "asserted", {
    "08": "Dhaka remains one of Thimphu's closest partners"}, alt_s=["Dhaka"], alt_o=["Thimphu"])
row("Sonam Dorji Tshering", "citizen_of", "Bhutan", "asserted", {
    "08": "Sonam Dorji Tshering, a former Bhutanese diplomat"})
row("Sonam Dorji Tshering", "lives_in", "Thimphu", "asserted", {
    "08": "a former Bhutanese diplomat who now lives in Thimphu"})
row("Sonam Dorji Tshering", "works_for", "Royal University of Bhutan", "asserted", {
    "08": "teaches at the Royal University of Bhutan"})
row("Sonam Dorji Tshering", "works_for", "Bhutan", "asserted", {
    "08": "a former Bhutanese diplomat"}, req=False, note="former post")


# ------------------------------------------------------------------ cleaning
ABBREV = {"u.s", "u.k", "mr", "mrs", "ms", "dr", "gen", "st", "jr", "sr", "no", "corp",
          "inc", "co", "vs", "k.p", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "lt", "col", "capt", "sgt", "rep", "sen"}


def clean(code):
    fn, style, _ = DOCS[code]
    raw = open(os.path.join(SET, "corpus", fn), encoding="utf-8").read()
    if style == "wire":
        lines = raw.split("\n")
        title = lines[0].strip()
        body = "\n".join(l for l in lines[1:] if not l.startswith("(Reporting by"))
        m = re.search(r"^[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \((Reuters|AFP)\) - ", body.strip())
        if not m:
            sys.exit(f"{fn}: no wire dateline")
        pub = f"{WIRE_YEAR}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
        paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    elif style == "newspaper":
        lines = raw.split("\n")
        title = lines[0].strip()
        m = re.match(r"Published: (\d{4}-\d{2}-\d{2})$", lines[1].strip())
        if not m or not lines[2].startswith("By "):
            sys.exit(f"{fn}: bad newspaper header")
        pub = m.group(1)
        paras = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines[3:])) if p.strip()]
    else:
        title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', raw).group(1))
        pub = re.search(r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', raw).group(1)
        body = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S).group(1)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                 for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
        paras = [re.sub(r"\s+", " ", p) for p in paras if p]
    text = "\n\n".join(paras)
    return title, pub, text


BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def sentences(text):
    """(start, end) spans of sentences in text."""
    out, start = [], 0
    for para in re.finditer(r"[^\n]+", text):
        ps, pe = para.start(), para.end()
        s = ps
        for m in BOUNDARY.finditer(text, ps, pe):
            before = text[s:m.start() + 1]
            tok = re.search(r"([A-Za-z.]+)\.$", before)
            if tok:
                w = tok.group(1).lower().rstrip(".")
                if w in ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"([a-z]\.)+[a-z]", w):
                    continue
            end = m.start() + len(m.group(0).rstrip())
            out.append((s, end))
            s = m.end()
        if s < pe:
            out.append((s, pe))
    return out


# --------------------------------------------------------------------- build
def common_time(times):
    if not times or any(t is None for t in times):
        return None
    parts = [t.split("-") for t in times]
    res = []
    for i in range(min(len(p) for p in parts)):
        vals = {p[i] for p in parts}
        if len(vals) == 1:
            res.append(parts[0][i])
            continue
        if i == 0:  # different years: common decade prefix, if any
            pre = os.path.commonprefix(sorted(vals))
            if len(pre) >= 3:
                res.append(pre[:3])
        break
    return "-".join(res) if res else None


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    stats = "--stats" in sys.argv
    docs = {}
    for code in DOCS:
        title, pub, text = clean(code)
        docs[code] = dict(title=title, pub=pub, text=text, sents=sentences(text))
        wc = len(text.split())
        if not 450 <= wc <= 800:
            errors.append(f"zzf{code}: body has {wc} words (want 450-800)")

    # entities
    etype, alias_of = {}, {}
    for e in E:
        if e["type"] not in TYPES:
            errors.append(f"entity {e['name']}: bad type {e['type']}")
        if e["name"] in etype:
            errors.append(f"duplicate entity {e['name']}")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias_of and alias_of[k] != e["name"]:
                errors.append(f"alias {a!r} of {e['name']} already names {alias_of[k]}")
            alias_of.setdefault(k, e["name"])
    alltext = "\n".join(d["text"] for d in docs.values()).lower()
    for e in E:
        for a in e["aliases"]:
            if a.lower() not in alltext:
                errors.append(f"alias {a!r} of {e['name']} does not occur in any body")

    def canon(x):
        return alias_of.get(norm(x), x)

    used_entities = set()
    units = {}
    out_rows, statements = [], []
    for i, r in enumerate(ROWS):
        tag = f"row {i} {r['s']} {r['p']} {r['o']} ({r['modality']})"
        for k in ("s", "o"):
            if r[k] not in etype:
                errors.append(f"{tag}: {r[k]!r} is not an entity name")
        for k in ("alt_s", "alt_o"):
            for a in r[k]:
                if norm(a) not in alias_of:
                    errors.append(f"{tag}: {k} {a!r} is not a known name")
                else:
                    used_entities.add(alias_of[norm(a)])
        if r["p"] not in PRED:
            errors.append(f"{tag}: unknown predicate")
            continue
        for a in r["alt_p"]:
            if a not in PRED:
                errors.append(f"{tag}: unknown alt_p {a}")
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        st, ot = PRED[r["p"]]
        if st and etype.get(r["s"]) not in st:
            errors.append(f"{tag}: subject type {etype.get(r['s'])} not allowed")
        if ot and etype.get(r["o"]) not in ot:
            errors.append(f"{tag}: object type {etype.get(r['o'])} not allowed")
        if r["s"] == r["o"]:
            errors.append(f"{tag}: subject = object")
        used_entities.update([r["s"], r["o"]])
        s, o = canon(r["s"]), canon(r["o"])
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errors.append(f"{tag}: same unit as row {units[u]}")
        units[u] = i

        docs_of, times, notes = [], [], []
        for code, ev in sorted(r["ev"].items()):
            phrase, t = (ev if isinstance(ev, tuple) else (ev, None))
            if code not in DOCS:
                errors.append(f"{tag}: unknown doc {code}")
                continue
            style = DOCS[code][1]
            if t is not None and not TIME_RE.match(t):
                errors.append(f"{tag}: bad time {t}")
            d = docs[code]
            if style == "html":  # the HTML pages write every apostrophe as &#8217;
                phrase = phrase.replace("'", "\u2019")
            hits = [(a, b) for a, b in d["sents"] if phrase in d["text"][a:b]]
            if not hits:
                where = "spans sentences" if phrase in d["text"] else "not found"
                errors.append(f"{tag}: zzf{code} phrase {where}: {phrase!r}")
                continue
            a, b = hits[0]
            if style == "wire" and t is not None and not re.search(r"\b(1[89]\d\d|20\d\d)\b", d["text"][a:b]):
                errors.append(f"{tag}: zzf{code} is wire and its sentence writes no year, but has time {t}")
            docs_of.append(DOCS[code][0])
            times.append(t)
            notes.append(f"zzf{code}: '{phrase}'")
            statements.append({
                "subject": r["s"], "subject_type": etype.get(r["s"]),
                "predicate": r["p"], "object": r["o"], "object_type": etype.get(r["o"]),
                "modality": r["modality"], "time": t or "", "role": "", "confidence": 1.0,
                "source": DOCS[code][0], "title": d["title"], "published": d["pub"],
                "sentence": d["text"][a:b], "start": a, "end": b, "rule": "gold"})
        out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": docs_of, "modality": r["modality"]}
        tm = common_time(times)
        if tm:
            out["time"] = tm
        out["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                out[k] = r[k]
        note = "; ".join(notes)
        if r["note"]:
            note += " -- " + r["note"]
        out["note"] = note
        out_rows.append(out)

    missing = set(PRED) - {r["p"] for r in ROWS}
    if missing:
        errors.append(f"predicates never used: {sorted(missing)}")
    unused = [e["name"] for e in E if e["name"] not in used_entities]
    if unused:
        errors.append(f"entities in no row: {unused}")

    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)

    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in E:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for s in statements:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    print(f"ok: {len(out_rows)} rows, {len(E)} entities, {len(statements)} statements written")

    if stats:
        req = sum(r["required"] for r in out_rows)
        mods = Counter(r["modality"] for r in out_rows)
        preds = Counter(r["p"] for r in out_rows)
        print(f"rows {len(out_rows)}  required {req}  optional {len(out_rows) - req}")
        print("modalities", dict(sorted(mods.items())))
        print(f"negated {mods['negated']}  (required {sum(r['required'] for r in out_rows if r['modality'] == 'negated')})")
        print(f"entities {len(E)}  types", dict(Counter(e['type'] for e in E)))
        print(f"predicates used {len(preds)} of {len(PRED)}")
        print("  " + ", ".join(f"{p} {n}" for p, n in sorted(preds.items())))
        print(f"rows with a time {sum('time' in r for r in out_rows)}; multi-document rows {sum(len(r['docs']) > 1 for r in out_rows)}")
        print("per document: file | style | published | words | rows | required")
        for code, (fn, style, topic) in DOCS.items():
            rs = [r for r in out_rows if fn in r["docs"]]
            print(f"  {fn} | {topic} | {style} | {docs[code]['pub']} | {len(docs[code]['text'].split())} | {len(rs)} | {sum(r['required'] for r in rs)}")


if __name__ == "__main__":
    main()
