#!/usr/bin/env python3
"""Build the gold standard of news set zzc.

Usage: python3 tools/build_gold.py            (from /work/newsets/zzc or anywhere)

Holds every entity and every fact of the set, with one evidence phrase per
document. It checks that

  - every evidence phrase occurs in the cleaned text of its article (for an
    HTML page: the visible text of its <article> element only, so nothing in
    the cookie banner, navigation, aside, newsletter box or footer counts);
  - subjects and objects (and their alt_s / alt_o readings) are entities of the
    set whose types fit the predicate's signature in shared/SCHEMA.md (alt_p
    readings are checked the same way);
  - predicates, modalities and time values are those of SCHEMA.md;
  - entity names and aliases are unique (as the scorer normalises them) and
    every alias occurs in at least one article;
  - no two rows give the same (subject, predicate, object, polarity) unit;
  - every entity is named by at least one fact.

Then it writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl
(one statement per fact and document, in the `kg export --format jsonl`
shape of shared/DESIGN.md, rule "gold", with the sentence and its offsets in
the cleaned text). On any error it prints the errors, writes nothing and
exits 1.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- schema ---

PERSON, COUNTRY, ORG, CITY, REGION, AGREEMENT, FACILITY = (
    "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility")
TYPES = {PERSON, COUNTRY, ORG, CITY, REGION, AGREEMENT, FACILITY}
ACTOR = {PERSON, COUNTRY, ORG}
PLACE = {CITY, REGION, COUNTRY}

# predicate -> (subject types, object types). Where SCHEMA.md gives only an
# arrow, the actors (Person, Country, Organization) are taken on both sides,
# widened where its examples do (Israel in_conflict_with Gaza, Armenia
# supported Nagorno-Karabakh).
SIGNATURES = {
    "head_of": ({PERSON}, {COUNTRY, ORG}),
    "works_for": ({PERSON}, {PERSON, COUNTRY, ORG}),
    "member_of": ({PERSON, COUNTRY, ORG}, {ORG}),
    "citizen_of": ({PERSON}, {COUNTRY}),
    "lives_in": ({PERSON}, {CITY, REGION, COUNTRY}),
    "based_in": ({ORG, FACILITY}, {CITY, REGION, COUNTRY}),
    "located_in": ({CITY, REGION, COUNTRY, FACILITY}, {REGION, COUNTRY, CITY}),
    "capital_of": ({CITY}, {COUNTRY, REGION}),
    "borders": ({COUNTRY, REGION}, {COUNTRY, REGION}),
    "met_with": (ACTOR, ACTOR),
    "visited": ({PERSON, ORG}, {COUNTRY, CITY, REGION}),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({COUNTRY, PERSON, ORG}, {AGREEMENT}),
    "party_to": ({COUNTRY, ORG}, {AGREEMENT}),
    "signed_agreement_with": (ACTOR, ACTOR),
    "candidate_for": ({COUNTRY, ORG}, {AGREEMENT, ORG}),
    "normalized_relations_with": ({COUNTRY, ORG}, {COUNTRY, ORG}),
    "diplomatic_relations_with": ({COUNTRY, ORG}, {COUNTRY, ORG}),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({COUNTRY}, {COUNTRY}),
    "supported": (ACTOR, ACTOR | {REGION, AGREEMENT, FACILITY}),
    "criticized": (ACTOR, ACTOR | {AGREEMENT}),
    "threatened": (ACTOR, ACTOR),
    "sanctioned": (ACTOR, ACTOR),
    "in_conflict_with": (ACTOR | {REGION}, ACTOR | {REGION}),
    "attacked": (ACTOR, ACTOR | {CITY, REGION, FACILITY}),
    "killed": ({PERSON, ORG}, {PERSON}),
    "took_control_of": ({COUNTRY, ORG}, {REGION, CITY, FACILITY}),
    "blockaded": (ACTOR, ACTOR | {CITY, REGION, FACILITY}),
    "seceded_from": ({REGION}, {COUNTRY}),
    "gained_independence_from": ({COUNTRY}, {COUNTRY}),
    "imports_from": ({COUNTRY}, {COUNTRY}),
    "trades_with": ({COUNTRY, ORG}, {COUNTRY, ORG}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^\d{3}$|^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# ------------------------------------------------------------- documents ---

A1 = "ecowas_coastal_patrol_summit_freetown.txt"
A2 = "liberia_guinea_nimba_iron_ore_transit_deal.txt"
A3 = "mozambique_rwanda_cabo_delgado_troop_extension.txt"
A4 = "angola_fifty_years_independence_lourenco_lisbon.txt"
A5 = "senegal_gambia_coastguard_migration_accord.txt"
A6 = "cplp_ministers_praia_mobility_visas.txt"
A7 = "cote_divoire_burkina_border_raid_ambassador.html"
A8 = "brazil_mozambique_lula_chapo_aircraft_farming_deals.html"
DOCS = [A1, A2, A3, A4, A5, A6, A7, A8]

# -------------------------------------------------------------- entities ---

ENTITIES = []


def E(name, etype, *aliases):
    ENTITIES.append({"name": name, "type": etype, "aliases": list(aliases)})


# People (real office holders and historical figures)
E("Julius Maada Bio", PERSON, "Bio")
E("Joseph Boakai", PERSON, "Boakai")
E("Bassirou Diomaye Faye", PERSON, "Faye")
E("Adama Barrow", PERSON, "Barrow")
E("Umaro Sissoco Embaló", PERSON, "Umaro Sissoco Embalo", "Embalo")
E("Alassane Ouattara", PERSON, "Ouattara")
E("Tiémoko Meyliet Koné", PERSON, "Tiemoko Meyliet Kone")
E("Omar Alieu Touray", PERSON, "Touray")
E("Ibrahim Traoré", PERSON, "Ibrahim Traore", "Captain Ibrahim Traore",
  "Captain Ibrahim Traoré", "Traoré")
E("Ousmane Sonko", PERSON, "Sonko")
E("Amadou Oury Bah", PERSON, "Bah")
E("Mamady Doumbouya", PERSON, "Doumbouya", "General Mamady Doumbouya")
E("Wilmot Paye", PERSON, "Paye")
E("George Weah", PERSON)
E("Paul Kagame", PERSON, "Kagame")
E("Daniel Chapo", PERSON, "Chapo")
E("Filipe Nyusi", PERSON)
E("Venancio Mondlane", PERSON)
E("Olivier Nduhungirehe", PERSON)
E("Felix Tshisekedi", PERSON)
E("João Lourenço", PERSON, "Lourenço")
E("Marcelo Rebelo de Sousa", PERSON, "Rebelo de Sousa")
E("Jonas Savimbi", PERSON, "Savimbi")
E("José Eduardo dos Santos", PERSON)
E("Joe Biden", PERSON)
E("Luís Montenegro", PERSON)
E("Adalberto Costa Júnior", PERSON, "Costa Júnior")
E("Mamadou Tangara", PERSON)
E("Pedro Sánchez", PERSON)
E("Macky Sall", PERSON, "Sall")
E("Yahya Jammeh", PERSON, "Jammeh")
E("Ulisses Correia e Silva", PERSON)
E("Mauro Vieira", PERSON, "Vieira")
E("Paulo Rangel", PERSON, "Rangel")
E("Teodoro Obiang Nguema", PERSON)
E("Téte António", PERSON)
E("Maria Manuela Lucas", PERSON)
E("Léon Kacou Adom", PERSON)
E("John Mahama", PERSON)
E("Luiz Inácio Lula da Silva", PERSON, "Lula")
E("Donald Trump", PERSON)
# People (invented)
E("Chinedu Okafor", PERSON, "Okafor")
E("Martha Gbah", PERSON)
E("Abdul Momade Saide", PERSON)
E("Yves Kouamé", PERSON, "Kouamé")
E("Koffi N'Guessan", PERSON, "Sergeant Koffi N'Guessan")
E("Ali Sawadogo", PERSON)

# Countries
E("Senegal", COUNTRY)
E("The Gambia", COUNTRY)
E("Sierra Leone", COUNTRY)
E("Liberia", COUNTRY)
E("Guinea", COUNTRY)
E("Guinea-Bissau", COUNTRY)
E("Côte d'Ivoire", COUNTRY, "Cote d'Ivoire")
E("Nigeria", COUNTRY)
E("Mali", COUNTRY)
E("Burkina Faso", COUNTRY)
E("Niger", COUNTRY)
E("Morocco", COUNTRY)
E("Sahrawi Arab Democratic Republic", COUNTRY)
E("China", COUNTRY)
E("United States", COUNTRY, "U.S.")
E("Ghana", COUNTRY)
E("Rwanda", COUNTRY)
E("Mozambique", COUNTRY)
E("Tanzania", COUNTRY)
E("Democratic Republic of Congo", COUNTRY, "Congo")
E("Republic of Congo", COUNTRY)
E("Portugal", COUNTRY)
E("Angola", COUNTRY)
E("Cuba", COUNTRY)
E("South Africa", COUNTRY)
E("Brazil", COUNTRY)
E("Zambia", COUNTRY)
E("Spain", COUNTRY)
E("Mauritania", COUNTRY)
E("Equatorial Guinea", COUNTRY)
E("Cape Verde", COUNTRY)
E("Sao Tome and Principe", COUNTRY)
E("East Timor", COUNTRY)
E("Palestine", COUNTRY, "Palestinian state")
E("France", COUNTRY, "Paris")
E("Russia", COUNTRY)
E("Netherlands", COUNTRY)

# Organizations
E("ECOWAS", ORG, "Economic Community of West African States")
E("ECOWAS Commission", ORG)
E("Atlantic Coast Maritime Command", ORG, "ACMC")
E("Alliance of Sahel States", ORG, "AES")
E("European Union", ORG)
E("Mano River Union", ORG)
E("ArcelorMittal Liberia", ORG)
E("Coalition for Democratic Change", ORG, "CDC")
E("United Nations Security Council", ORG)
E("United Nations", ORG)
E("Islamic State Mozambique Province", ORG, "al-Shabaab", "Mozambique Province")
E("Islamic State", ORG)
E("Frelimo", ORG)
E("Southern African Development Community", ORG, "SADC")
E("M23", ORG, "M23 rebels")
E("MPLA", ORG)
E("UNITA", ORG)
E("Angolan Armed Forces", ORG)
E("African Union", ORG)
E("OPEC", ORG)
E("Front for the Liberation of the Enclave of Cabinda", ORG, "FLEC")
E("Frontex", ORG)
E("International Monetary Fund", ORG, "IMF")
E("Movement of Democratic Forces of Casamance", ORG, "MFDC")
E("Community of Portuguese Language Countries", ORG, "CPLP")
E("Association of Southeast Asian Nations", ORG, "ASEAN")
E("Volunteers for the Defence of the Homeland", ORG, "VDP")
E("Jama'at Nusrat al-Islam wal-Muslimin", ORG, "JNIM")
E("al-Qaeda", ORG)
E("BRICS", ORG)
E("BNDES", ORG)
E("Embraer", ORG)
E("Embrapa", ORG)
E("Vale", ORG)

# Agreements
E("Nimba Transit Agreement", AGREEMENT)
E("Mozambique-Rwanda status of forces agreement", AGREEMENT,
  "revised status of forces agreement", "status of forces agreement")
E("Washington Accords", AGREEMENT)
E("Banjul Coastguard Accord", AGREEMENT)
E("Bissau peace accord", AGREEMENT, "2022 Bissau peace accord")
E("ECOWAS Protocol on Free Movement of Persons", AGREEMENT,
  "Protocol on Free Movement of Persons")
E("Agreement on Mobility among CPLP Member States", AGREEMENT, "mobility agreement")

# Cities
for c in ["Freetown", "Abuja", "Dakhla", "Monrovia", "Buchanan", "Yekepa", "San-Pedro",
          "Maputo", "Macomia", "Palma", "Goma", "Luanda",
          "Lobito", "Washington", "Banjul", "Ziguinchor", "Farafenni", "Warsaw",
          "Praia", "Lisbon", "Ouagadougou", "Abidjan", "Niandégué", "Doropo",
          "Kafolo", "Brasília", "São José dos Campos", "Nampula"]:
    E(c, CITY)
E("Mocímboa da Praia", CITY, "Mocimboa da Praia")

# Regions
E("Western Sahara", REGION)
E("Biafra", REGION)
E("Nimba County", REGION)
E("Cabo Delgado", REGION)
E("Casamance", REGION)
E("Canary Islands", REGION)
E("Cabinda", REGION)
E("Bounkani", REGION, "Bounkani region")
E("Tete province", REGION)

# Facilities
E("Bintumani conference centre", FACILITY)
E("Murray Town naval base", FACILITY)
E("Lobito Corridor", FACILITY)
E("State House", FACILITY)
E("Senegambia Bridge", FACILITY)
E("Port-Bouët military base", FACILITY, "Port-Bouët", "French military base at Port-Bouët")
E("Moatize coal mine", FACILITY)

# ----------------------------------------------------------------- facts ---

ROWS = []


def R(s, p, o, modality, evidence, time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, role=None, commodity=None, note=None):
    """One fact. evidence maps a document to the phrase that states it there."""
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, evidence=evidence, time=time,
                     required=req, alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                     role=role, commodity=commodity, extra=note))


# A1: ECOWAS summit in Freetown (wire, no year in the copy: times only where a year is written)
R("Julius Maada Bio", "head_of", "Sierra Leone", "asserted",
  {A1: "Sierra Leone's President Julius Maada Bio"}, role="president")
R("Julius Maada Bio", "head_of", "ECOWAS", "asserted",
  {A1: "who has chaired the 12-member bloc since June"}, role="chairman",
  note="'since June' with no year in a wire copy: no time")
R("Freetown", "capital_of", "Sierra Leone", "asserted",
  {A1: "Freetown, the Sierra Leonean capital"})
R("Bintumani conference centre", "located_in", "Freetown", "asserted",
  {A1: "the Bintumani conference centre in Freetown"}, req=False)
R("Joseph Boakai", "head_of", "Liberia", "asserted",
  {A1: "Liberian President Joseph Boakai", A2: "Liberian President Joseph Boakai"},
  role="president")
R("Bassirou Diomaye Faye", "head_of", "Senegal", "asserted",
  {A1: "Senegal's Bassirou Diomaye Faye", A5: "President Bassirou Diomaye Faye"},
  role="president", note="A1 lists him among presidents; A5 by context")
R("Adama Barrow", "head_of", "The Gambia", "asserted",
  {A1: "Gambian President Adama Barrow", A5: "President Adama Barrow"}, role="president")
R("Umaro Sissoco Embaló", "head_of", "Guinea-Bissau", "asserted",
  {A1: "Guinea-Bissau's President Umaro Sissoco Embalo",
   A6: "President Umaro Sissoco Embaló"}, role="president")
R("Alassane Ouattara", "head_of", "Côte d'Ivoire", "asserted",
  {A1: "Cote d'Ivoire's President Alassane Ouattara",
   A7: "President Alassane Ouattara, who won a fourth term in October"}, role="president")
R("Alassane Ouattara", "visited", "Freetown", "negated",
  {A1: "did not travel to Freetown"}, alt_o=["Sierra Leone"])
R("Tiémoko Meyliet Koné", "works_for", "Côte d'Ivoire", "asserted",
  {A1: "was represented by Vice President Tiemoko Meyliet Kone"},
  alt_o=["Alassane Ouattara"], role="vice president")
for who, phrase in [("Joseph Boakai", "Liberian President Joseph Boakai"),
                    ("Bassirou Diomaye Faye", "Senegal's Bassirou Diomaye Faye"),
                    ("Adama Barrow", "Gambian President Adama Barrow"),
                    ("Umaro Sissoco Embaló", "as did Guinea-Bissau's President Umaro Sissoco Embalo")]:
    R(who, "visited", "Freetown", "asserted", {A1: phrase}, req=False,
      alt_o=["Sierra Leone"], note="attended the summit in Freetown (inference)")
R("Julius Maada Bio", "met_with", "Joseph Boakai", "reported",
  {A1: "Bio held separate talks with Boakai and Faye on the sidelines"},
  alt_p=["negotiating_with"], note="'a Sierra Leonean official said'")
R("Julius Maada Bio", "met_with", "Bassirou Diomaye Faye", "reported",
  {A1: "Bio held separate talks with Boakai and Faye on the sidelines"},
  alt_p=["negotiating_with"], note="'a Sierra Leonean official said'")
R("Julius Maada Bio", "met_with", "Umaro Sissoco Embaló", "negated",
  {A1: "but did not meet Embalo"})
R("Atlantic Coast Maritime Command", "based_in", "Freetown", "planned",
  {A1: "will be based at the Murray Town naval base in Freetown"})
R("Murray Town naval base", "located_in", "Freetown", "asserted",
  {A1: "the Murray Town naval base in Freetown"})
R("Nigeria", "supported", "Atlantic Coast Maritime Command", "planned",
  {A1: "will contribute two offshore patrol vessels"}, note="'according to a final communique'")
R("Omar Alieu Touray", "head_of", "ECOWAS Commission", "asserted",
  {A1: "ECOWAS Commission President Omar Alieu Touray",
   A7: "ECOWAS Commission President Omar Alieu Touray"},
  alt_o=["ECOWAS"], role="president of the commission")
R("Omar Alieu Touray", "citizen_of", "The Gambia", "asserted",
  {A1: "the Gambian diplomat told reporters"}, req=False, note="coreference")
R("ECOWAS Commission", "based_in", "Abuja", "asserted",
  {A1: "the Abuja-based commission"}, alt_s=["ECOWAS"])
for c in ["Mali", "Burkina Faso", "Niger"]:
    R(c, "member_of", "Alliance of Sahel States", "asserted",
      {A1: "have since formed their own Alliance of Sahel States (AES)",
       A7: "the three have formed the Alliance of Sahel States (AES)"})
    R(c, "member_of", "ECOWAS", "negated",
      {A1: "quit ECOWAS in January 2025",
       A7: "Burkina Faso left ECOWAS last year together with Mali and Niger"},
      time="2025", req=False, note="quit / left: no longer members (A1 January 2025, A7 'last year')")
R("ECOWAS Commission", "contacted", "Alliance of Sahel States", "reported",
  {A1: "the commission had contacted the alliance's leaders"},
  alt_s=["ECOWAS", "Omar Alieu Touray"], note="'Touray said'")
R("Julius Maada Bio", "contacted", "Ibrahim Traoré", "reported",
  {A1: "he had spoken by telephone last week with Burkina Faso's military leader"},
  alt_o=["Burkina Faso"], note="'Bio told reporters'; 'last week' without a year")
R("Ibrahim Traoré", "head_of", "Burkina Faso", "asserted",
  {A1: "Burkina Faso's military leader, Captain Ibrahim Traore",
   A7: "Captain Ibrahim Traoré, who seized power in Burkina Faso"}, role="military leader")
R("ECOWAS", "sanctioned", "Niger", "asserted",
  {A1: "the bloc imposed sanctions on Niger following a coup there in July 2023"},
  time="2023-07", note="lifted in February 2024")
R("Morocco", "candidate_for", "ECOWAS", "asserted",
  {A1: "Morocco, which applied to join ECOWAS in 2017"}, time="2017")
R("Senegal", "recognizes", "Sahrawi Arab Democratic Republic", "negated",
  {A1: "does not recognise the Sahrawi Arab Democratic Republic"})
R("Dakhla", "located_in", "Western Sahara", "asserted",
  {A1: "the Western Sahara city of Dakhla"})
R("Senegal", "signed_agreement_with", "European Union", "negated",
  {A1: "It did not renew its fisheries agreement with the European Union"},
  time="2024-11", note="protocol expired in November 2024 and was not renewed")
R("Ousmane Sonko", "head_of", "Senegal", "asserted",
  {A1: "Prime Minister Ousmane Sonko has accused", A5: "Prime Minister Ousmane Sonko"},
  alt_p=["works_for"], role="prime minister")
R("Chinedu Okafor", "works_for", "Nigeria", "asserted",
  {A1: "Rear Admiral Chinedu Okafor, who led Nigeria's delegation"}, role="rear admiral, head of delegation")
R("Biafra", "seceded_from", "Nigeria", "reported",
  {A1: "Biafra broke away from Nigeria in 1967"}, time="1967", note="Okafor's account")
R("Nigeria", "blockaded", "Biafra", "reported",
  {A1: "federal warships blockaded Biafra's ports"}, time="1967", note="1967-70, Okafor's account")
R("European Union", "supported", "Atlantic Coast Maritime Command", "hedged",
  {A1: "both were expected to back the new command"})
R("United States", "supported", "Atlantic Coast Maritime Command", "hedged",
  {A1: "both were expected to back the new command"})

# A2: Liberia-Guinea Nimba transit deal (wire)
R("Liberia", "signed_agreement_with", "Guinea", "asserted",
  {A2: "Liberia and Guinea signed an agreement on Thursday"},
  alt_s=["Joseph Boakai"], alt_o=["Amadou Oury Bah"])
R("Liberia", "party_to", "Nimba Transit Agreement", "asserted",
  {A2: "signed the Nimba Transit Agreement in Monrovia"})
R("Guinea", "party_to", "Nimba Transit Agreement", "asserted",
  {A2: "signed the Nimba Transit Agreement in Monrovia"})
R("Buchanan", "located_in", "Liberia", "asserted", {A2: "the Liberian port of Buchanan"})
R("Liberia", "borders", "Guinea", "asserted",
  {A2: "bind the two neighbours' economies more closely"}, req=False, note="'the two neighbours'")
R("Amadou Oury Bah", "head_of", "Guinea", "asserted",
  {A2: "Guinean Prime Minister Amadou Oury Bah"}, alt_p=["works_for"], role="prime minister")
R("Mamady Doumbouya", "head_of", "Guinea", "asserted",
  {A2: "Guinea's transitional president, General Mamady Doumbouya"}, role="transitional president")
R("Mamady Doumbouya", "visited", "Monrovia", "negated",
  {A2: "did not travel to Monrovia for the ceremony"}, alt_o=["Liberia"])
R("Amadou Oury Bah", "works_for", "Mamady Doumbouya", "asserted",
  {A2: "whom Doumbouya appointed prime minister in February 2024"},
  time="2024-02", alt_o=["Guinea"], role="prime minister")
R("Guinea", "signed_agreement_with", "Sierra Leone", "negated",
  {A2: "Guinea would not sign a similar transit deal with Sierra Leone until the Nimba route was carrying ore"},
  note="condition not yet met ('will not ... until')")
R("Yekepa", "located_in", "Nimba County", "asserted", {A2: "Yekepa, in Liberia's Nimba County"},
  alt_o=["Liberia"])
R("Nimba County", "located_in", "Liberia", "asserted", {A2: "Liberia's Nimba County"})
R("ArcelorMittal Liberia", "signed_agreement_with", "Liberia", "asserted",
  {A2: "a mineral development agreement it signed with Liberia in 2005"}, time="2005")
R("Liberia", "contacted", "ArcelorMittal Liberia", "negated",
  {A2: "the government had not consulted it on the final text"},
  note="the company's statement; contradicted by Paye")
R("Liberia", "contacted", "ArcelorMittal Liberia", "reported",
  {A2: "the government had consulted ArcelorMittal Liberia and all other operators"},
  alt_s=["Wilmot Paye"], note="Paye's claim; the company says the opposite")
R("Wilmot Paye", "works_for", "Liberia", "asserted",
  {A2: "Liberia's Minister of Mines and Energy, Wilmot Paye"}, role="minister of mines and energy")
R("China", "imports_from", "Guinea", "asserted",
  {A2: "China, which buys most of Guinea's bauxite"}, commodity="bauxite")
R("China", "imports_from", "Guinea", "hedged",
  {A2: "is expected to take the bulk of Simandou's iron ore"}, req=False,
  commodity="iron ore", note="'analysts say'")
R("Liberia", "negotiating_with", "Guinea", "asserted",
  {A2: "Liberia and Guinea negotiated over the railway repeatedly in the 2010s"}, time="201")
R("Côte d'Ivoire", "negotiating_with", "Guinea", "reported",
  {A2: "Ivorian and Guinean officials are in talks over a rail link"},
  note="'according to two people familiar with the discussions'")
R("San-Pedro", "located_in", "Côte d'Ivoire", "asserted",
  {A2: "Cote d'Ivoire has proposed a rival route to its port of San-Pedro"})
R("Mano River Union", "based_in", "Freetown", "asserted", {A2: "the Freetown-based regional bloc"})
R("Sierra Leone", "member_of", "Mano River Union", "asserted", {A2: "that also includes Sierra Leone"})
for c in ["Liberia", "Guinea", "Côte d'Ivoire"]:
    R(c, "member_of", "Mano River Union", "asserted",
      {A2: "All three countries belong to the Mano River Union"}, req=False,
      note="'all three countries' = Liberia, Guinea, Cote d'Ivoire (coreference)")
R("Mano River Union", "supported", "Nimba Transit Agreement", "asserted",
  {A2: "its secretariat welcomed the agreement"}, req=False)
R("Coalition for Democratic Change", "criticized", "Nimba Transit Agreement", "asserted",
  {A2: "criticised the deal, saying the transit fee was too low"})
R("George Weah", "head_of", "Coalition for Democratic Change", "asserted",
  {A2: "led by former President George Weah"}, role="leader")
R("Liberia", "member_of", "United Nations Security Council", "planned",
  {A2: "takes up a non-permanent seat on the United Nations Security Council in January"},
  note="'in January' of a year the wire does not give: no time")
R("Martha Gbah", "lives_in", "Yekepa", "asserted",
  {A2: "a market trader who has lived in Yekepa all her life"})

# A3: Mozambique-Rwanda troop extension (wire)
R("Mozambique", "signed_agreement_with", "Rwanda", "asserted",
  {A3: "signing a revised status of forces agreement in front of reporters"},
  alt_s=["Daniel Chapo"], alt_o=["Paul Kagame"])
R("Mozambique", "party_to", "Mozambique-Rwanda status of forces agreement", "asserted",
  {A3: "signing a revised status of forces agreement in front of reporters"})
R("Rwanda", "party_to", "Mozambique-Rwanda status of forces agreement", "asserted",
  {A3: "signing a revised status of forces agreement in front of reporters"})
R("Rwanda", "supported", "Mozambique", "asserted",
  {A3: "Rwanda first deployed about 1,000 soldiers and police officers to Cabo Delgado in July 2021"},
  time="2021-07", alt_o=["Cabo Delgado"])
R("Paul Kagame", "head_of", "Rwanda", "asserted", {A3: "Rwandan President Paul Kagame"},
  role="president")
R("Paul Kagame", "visited", "Maputo", "asserted", {A3: "Rwandan President Paul Kagame flew to Maputo"},
  alt_o=["Mozambique"])
R("Maputo", "capital_of", "Mozambique", "asserted", {A3: "Maputo, the Mozambican capital"})
R("Daniel Chapo", "head_of", "Mozambique", "asserted",
  {A3: "President Daniel Chapo took office", A8: "Mozambican President Daniel Chapo"},
  role="president")
R("Paul Kagame", "met_with", "Daniel Chapo", "asserted",
  {A3: "The two leaders met for nearly three hours"}, alt_p=["negotiating_with"])
R("Filipe Nyusi", "head_of", "Mozambique", "asserted",
  {A3: "Chapo's predecessor, Filipe Nyusi"}, req=False, role="former president")
R("Rwanda", "took_control_of", "Mocímboa da Praia", "asserted",
  {A3: "Rwandan and Mozambican troops had retaken the port town of Mocimboa da Praia"}, time="2021",
  note="'within weeks' of July 2021")
R("Mozambique", "took_control_of", "Mocímboa da Praia", "asserted",
  {A3: "Rwandan and Mozambican troops had retaken the port town of Mocimboa da Praia"}, time="2021")
R("Islamic State Mozambique Province", "took_control_of", "Mocímboa da Praia", "asserted",
  {A3: "which the insurgents had seized in August 2020"}, time="2020-08")
R("Islamic State Mozambique Province", "member_of", "Islamic State", "asserted",
  {A3: "claimed by Islamic State as its Mozambique Province"}, req=False)
R("Islamic State Mozambique Province", "attacked", "Macomia", "asserted",
  {A3: "stormed Macomia before dawn on Saturday",
   A6: "Islamic State-linked insurgents have attacked villages in Macomia"},
  note="A3 the town (Saturday, no year), A6 the district (since May 2025)")
R("Islamic State Mozambique Province", "killed", "Abdul Momade Saide", "reported",
  {A3: "killing the administrator, Abdul Momade Saide, according to police and residents"})
R("Daniel Chapo", "member_of", "Frelimo", "asserted", {A3: "Chapo, whose Frelimo party"})
R("Mozambique", "gained_independence_from", "Portugal", "asserted",
  {A3: "since independence from Portugal in 1975"}, time="1975")
R("Mozambique", "negotiating_with", "Islamic State Mozambique Province", "negated",
  {A3: "the government would not negotiate with the insurgents until they laid down their weapons"},
  alt_s=["Daniel Chapo"])
R("Venancio Mondlane", "criticized", "Mozambique-Rwanda status of forces agreement", "asserted",
  {A3: "Venancio Mondlane, who came second"}, alt_o=["Daniel Chapo"],
  note="'criticised the agreement'")
R("Olivier Nduhungirehe", "works_for", "Rwanda", "asserted",
  {A3: "Rwandan Foreign Minister Olivier Nduhungirehe"}, role="foreign minister")
R("Islamic State Mozambique Province", "attacked", "Palma", "asserted",
  {A3: "insurgents attacked the nearby town of Palma in March 2021"}, time="2021-03")
R("Tanzania", "borders", "Cabo Delgado", "asserted",
  {A3: "Tanzania, which borders Cabo Delgado to the north"})
R("Cabo Delgado", "located_in", "Mozambique", "asserted",
  {A3: "keep Rwandan troops in the northern province of Cabo Delgado",
   A8: "the northern province of Cabo Delgado"}, req=False,
  note="'the northern province' in a Mozambican context")
R("Tanzania", "borders", "Mozambique", "asserted",
  {A3: "Tanzania, which borders Cabo Delgado to the north"}, req=False,
  note="inference: Cabo Delgado is a Mozambican province")
R("Tanzania", "supported", "Islamic State Mozambique Province", "negated",
  {A3: "has denied allowing the insurgents to use its territory"}, req=False)
R("Tanzania", "signed_agreement_with", "Mozambique", "asserted",
  {A3: "the two countries' police forces signed an information-sharing pact in 2022"},
  time="2022", req=False)
R("Mozambique", "member_of", "Southern African Development Community", "asserted",
  {A3: "of which Mozambique is a member",
   A8: "consulted its neighbours in the Southern African Development Community (SADC)"})
R("Southern African Development Community", "supported", "Mozambique", "asserted",
  {A3: "withdrew in July 2024 after three years"}, req=False,
  note="a regional force, 2021-2024")
R("European Union", "supported", "Rwanda", "asserted",
  {A3: "which has given Rwanda 40 million euros for the mission since 2022"}, time="2022")
R("Democratic Republic of Congo", "criticized", "Rwanda", "asserted",
  {A3: "The Democratic Republic of Congo and United Nations experts accuse Rwanda"})
R("United Nations", "criticized", "Rwanda", "asserted",
  {A3: "The Democratic Republic of Congo and United Nations experts accuse Rwanda"}, req=False)
R("Rwanda", "supported", "M23", "reported",
  {A3: "accuse Rwanda of arming and commanding the M23 rebels"}, req=False,
  note="an accusation")
R("Rwanda", "supported", "M23", "negated", {A3: "Rwanda denies backing the group"}, req=False)
R("M23", "took_control_of", "Goma", "asserted",
  {A3: "who captured the eastern Congolese city of Goma in January 2025"}, time="2025-01")
R("Goma", "located_in", "Democratic Republic of Congo", "asserted",
  {A3: "the eastern Congolese city of Goma"})
R("Rwanda", "signed_agreement_with", "Democratic Republic of Congo", "asserted",
  {A3: "Rwanda and Congo signed a peace agreement brokered by the United States in Washington in June 2025"},
  time="2025-06")
R("United States", "brokered", "Washington Accords", "asserted",
  {A3: "signed the U.S.-brokered Washington Accords"}, time="2025-12")
R("Paul Kagame", "signed_agreement_with", "Felix Tshisekedi", "asserted",
  {A3: "Kagame and Congolese President Felix Tshisekedi signed the U.S.-brokered Washington Accords"},
  time="2025-12")
R("Rwanda", "party_to", "Washington Accords", "asserted",
  {A3: "Kagame and Congolese President Felix Tshisekedi signed the U.S.-brokered Washington Accords"},
  time="2025-12", req=False)
R("Democratic Republic of Congo", "party_to", "Washington Accords", "asserted",
  {A3: "Kagame and Congolese President Felix Tshisekedi signed the U.S.-brokered Washington Accords"},
  time="2025-12", req=False)
R("Felix Tshisekedi", "head_of", "Democratic Republic of Congo", "asserted",
  {A3: "Congolese President Felix Tshisekedi"}, role="president")

# A4: Angola at 50 (newspaper, 2025-11-12, a Wednesday)
R("João Lourenço", "head_of", "Angola", "asserted",
  {A4: "President João Lourenço used the anniversary", A6: "President João Lourenço wanted"},
  role="president")
R("Luanda", "capital_of", "Angola", "asserted", {A4: "in Luanda, the capital"})
R("Marcelo Rebelo de Sousa", "head_of", "Portugal", "asserted",
  {A4: "Portuguese President Marcelo Rebelo de Sousa"}, role="president")
R("Marcelo Rebelo de Sousa", "visited", "Luanda", "asserted",
  {A4: "who arrived in Luanda on Monday"}, time="2025-11-10", alt_o=["Angola"])
R("Marcelo Rebelo de Sousa", "met_with", "João Lourenço", "asserted",
  {A4: "The two presidents held talks at the Cidade Alta palace afterwards"},
  time="2025-11-11", alt_p=["negotiating_with"])
R("Portugal", "signed_agreement_with", "Angola", "asserted",
  {A4: "watched their finance ministers sign a debt-conversion agreement"},
  time="2025-11-11", alt_s=["Marcelo Rebelo de Sousa"], alt_o=["João Lourenço"])
R("Portugal", "normalized_relations_with", "Angola", "asserted",
  {A4: "Portugal and Angola normalised relations the following year"}, time="2018")
R("Angola", "gained_independence_from", "Portugal", "asserted",
  {A4: "Angola declared independence from Portugal on Nov. 11, 1975"}, time="1975-11-11")
R("MPLA", "in_conflict_with", "UNITA", "asserted",
  {A4: "a civil war between the governing MPLA and Jonas Savimbi's UNITA movement"}, time="1975",
  note="1975-2002")
R("Jonas Savimbi", "head_of", "UNITA", "asserted", {A4: "Jonas Savimbi's UNITA movement"},
  role="leader")
R("Cuba", "supported", "MPLA", "asserted",
  {A4: "Cuba sent tens of thousands of troops to support the MPLA from late 1975"}, time="1975")
R("South Africa", "attacked", "Angola", "asserted",
  {A4: "apartheid South Africa invaded southern Angola in the same year"}, time="1975")
R("South Africa", "supported", "UNITA", "asserted",
  {A4: "invaded southern Angola in the same year in support of UNITA"}, time="1975")
R("Angolan Armed Forces", "killed", "Jonas Savimbi", "asserted",
  {A4: "Savimbi was killed by the Angolan Armed Forces in February 2002"}, time="2002-02")
R("Brazil", "recognizes", "Angola", "asserted",
  {A4: "was the first country to recognise Angola's independence"},
  note="in 1975, dated only by context")
R("José Eduardo dos Santos", "head_of", "Angola", "asserted",
  {A4: "who succeeded José Eduardo dos Santos in 2017 after the latter's 38 years in power"},
  req=False, role="former president")
R("China", "supported", "Angola", "asserted",
  {A4: "which lent the country tens of billions of dollars after the war"})
R("China", "imports_from", "Angola", "asserted",
  {A4: "still buys most of its crude oil"}, commodity="crude oil")
R("Angola", "signed_agreement_with", "China", "hedged",
  {A4: "Angola may nonetheless sign a new credit line with China next year"}, time="2026",
  note="'analysts say'")
R("Joe Biden", "visited", "Luanda", "asserted",
  {A4: "then-president Joe Biden visited Luanda in December 2024"}, time="2024-12",
  alt_o=["Angola"])
R("Joe Biden", "head_of", "United States", "asserted",
  {A4: "the United States, whose then-president Joe Biden"}, time="2024", req=False,
  role="then-president")
R("Lobito", "located_in", "Angola", "asserted", {A4: "Angola's Atlantic port of Lobito"})
R("United States", "supported", "Lobito Corridor", "asserted",
  {A4: "The United States has backed the corridor with loans and guarantees"}, alt_o=["Angola"])
R("Zambia", "borders", "Angola", "asserted", {A4: "Zambia, which also borders Angola"})
R("João Lourenço", "visited", "Washington", "hedged",
  {A4: "Lourenço is expected to travel to Washington early next year"}, time="2026",
  alt_o=["United States"], note="'two Angolan officials said'")
R("Luís Montenegro", "visited", "Luanda", "planned",
  {A4: "is due to visit Luanda in the first quarter of next year"}, time="2026",
  alt_o=["Angola"])
R("Luís Montenegro", "head_of", "Portugal", "asserted",
  {A4: "Prime Minister Luís Montenegro of Portugal",
   A6: "the government of Prime Minister Luís Montenegro",
   A8: "Prime Minister Luís Montenegro of Portugal"},
  alt_p=["works_for"], role="prime minister")
R("João Lourenço", "head_of", "African Union", "asserted",
  {A4: "who holds the rotating chairmanship of the African Union this year"}, time="2025",
  role="chairman")
R("João Lourenço", "member_of", "MPLA", "asserted", {A4: "His MPLA has governed since 1975"})
R("Angola", "member_of", "OPEC", "negated", {A4: "The country left OPEC in January 2024"},
  time="2024-01", req=False, note="left: no longer a member")
R("Angola", "candidate_for", "OPEC", "negated", {A4: "has no plans to rejoin the cartel"},
  alt_p=["member_of"], note="'the country's oil minister told reporters'")
R("Adalberto Costa Júnior", "head_of", "UNITA", "asserted",
  {A4: "led by Adalberto Costa Júnior"}, role="leader")
R("UNITA", "criticized", "MPLA", "asserted",
  {A4: "accusing the MPLA of turning a national anniversary into a campaign rally"})
R("Adalberto Costa Júnior", "criticized", "Marcelo Rebelo de Sousa", "asserted",
  {A4: "Costa Júnior also criticised Rebelo de Sousa"})
R("Cabinda", "located_in", "Angola", "asserted",
  {A4: "which is separated from the rest of Angola by a strip of Congolese territory"},
  note="'the oil-rich exclave of Cabinda'")
R("Cabinda", "borders", "Republic of Congo", "asserted", {A4: "borders the Republic of Congo"})
R("Cabinda", "borders", "Democratic Republic of Congo", "asserted",
  {A4: "separated from the rest of Angola by a strip of Congolese territory"}, req=False,
  note="inference from 'a strip of Congolese territory'")
R("Front for the Liberation of the Enclave of Cabinda", "attacked", "Angolan Armed Forces",
  "reported", {A4: "said it had attacked an army post on Sunday"}, time="2025-11-09",
  alt_o=["Angola"])
R("Front for the Liberation of the Enclave of Cabinda", "attacked", "Angolan Armed Forces",
  "negated", {A4: "The Angolan Armed Forces denied that any attack had taken place"},
  time="2025-11-09", req=False, alt_o=["Angola"])
R("Front for the Liberation of the Enclave of Cabinda", "in_conflict_with", "Angola", "asserted",
  {A4: "FLEC has fought for decades for Cabinda to break away from Angola"})
R("Cabinda", "seceded_from", "Angola", "planned",
  {A4: "FLEC has fought for decades for Cabinda to break away from Angola"}, req=False,
  note="an aim, not an event: asserting it is a polarity error")
R("Angola", "imports_from", "Portugal", "asserted",
  {A4: "Portugal remains one of Angola's biggest suppliers of food and wine"},
  commodity="food and wine")

# A5: Senegal-Gambia coastguard accord (newspaper, 2026-03-20, a Friday)
R("Senegal", "signed_agreement_with", "The Gambia", "asserted",
  {A5: "Senegal and The Gambia signed a joint coastguard and migration agreement in Banjul on Thursday"},
  time="2026-03-19", alt_s=["Bassirou Diomaye Faye"], alt_o=["Adama Barrow"])
R("Senegal", "party_to", "Banjul Coastguard Accord", "asserted",
  {A5: "signed the Banjul Coastguard Accord with President Adama Barrow"}, time="2026-03-19")
R("The Gambia", "party_to", "Banjul Coastguard Accord", "asserted",
  {A5: "signed the Banjul Coastguard Accord with President Adama Barrow"}, time="2026-03-19")
R("Bassirou Diomaye Faye", "visited", "The Gambia", "asserted",
  {A5: "on his third visit to The Gambia"}, time="2026-03-19", alt_o=["Banjul"])
R("Bassirou Diomaye Faye", "met_with", "Adama Barrow", "asserted",
  {A5: "with President Adama Barrow at State House in Banjul after talks"}, time="2026-03-19",
  alt_p=["negotiating_with"])
R("State House", "located_in", "Banjul", "asserted", {A5: "at State House in Banjul"}, req=False)
R("Spain", "supported", "Banjul Coastguard Accord", "planned",
  {A5: "Spain will pay for two patrol boats and the training of their crews"},
  alt_o=["Senegal", "The Gambia"], note="'an official at the Spanish embassy in Dakar said'")
R("Canary Islands", "located_in", "Spain", "asserted", {A5: "Spain's Canary Islands"})
R("Mamadou Tangara", "works_for", "The Gambia", "asserted",
  {A5: "Gambian Foreign Minister Mamadou Tangara"}, role="foreign minister")
R("Mauritania", "candidate_for", "Banjul Coastguard Accord", "hedged",
  {A5: "Mauritania may join the accord later"}, note="Tangara's remark")
R("The Gambia", "borders", "Senegal", "asserted",
  {A5: "surrounded on three sides by Senegal"})
R("Banjul", "capital_of", "The Gambia", "asserted", {A5: "Banjul, the Gambian capital"})
R("Pedro Sánchez", "head_of", "Spain", "asserted", {A5: "Spanish Prime Minister Pedro Sánchez"},
  role="prime minister")
for c in ["Mauritania", "The Gambia", "Senegal"]:
    R("Pedro Sánchez", "visited", c, "asserted",
      {A5: "Pedro Sánchez toured Mauritania, The Gambia and Senegal in August 2024"}, time="2024-08")
R("Frontex", "based_in", "Warsaw", "asserted",
  {A5: "the European Union's Warsaw-based border agency"})
R("Frontex", "member_of", "European Union", "asserted",
  {A5: "the European Union's Warsaw-based border agency"}, req=False, note="an EU agency")
R("Ousmane Sonko", "visited", "Banjul", "negated", {A5: "who did not travel to Banjul"},
  alt_o=["The Gambia"])
R("Ousmane Sonko", "criticized", "European Union", "asserted",
  {A5: "criticised the European Union on Wednesday"}, time="2026-03-18")
R("Ousmane Sonko", "supported", "Banjul Coastguard Accord", "reported",
  {A5: "Sonko's aides said he supported the accord with The Gambia"}, req=False)
R("Casamance", "located_in", "Senegal", "asserted", {A5: "the southern Senegalese region"})
R("Casamance", "borders", "The Gambia", "asserted",
  {A5: "separated from the rest of the country by The Gambia"}, req=False)
R("Movement of Democratic Forces of Casamance", "in_conflict_with", "Senegal", "asserted",
  {A5: "has waged a low-level separatist insurgency against Senegal since 1982"}, time="1982")
R("Guinea-Bissau", "borders", "Casamance", "asserted",
  {A5: "Guinea-Bissau, which borders the Casamance to the south"})
R("Guinea-Bissau", "brokered", "Bissau peace accord", "asserted",
  {A5: "brokered the 2022 Bissau peace accord"}, time="2022")
R("Senegal", "party_to", "Bissau peace accord", "asserted",
  {A5: "the 2022 Bissau peace accord between Senegal and one faction of the MFDC"}, time="2022")
R("Movement of Democratic Forces of Casamance", "party_to", "Bissau peace accord", "asserted",
  {A5: "the 2022 Bissau peace accord between Senegal and one faction of the MFDC"}, time="2022",
  req=False, note="one faction only")
R("Senegal", "signed_agreement_with", "Movement of Democratic Forces of Casamance", "asserted",
  {A5: "the 2022 Bissau peace accord between Senegal and one faction of the MFDC"}, time="2022",
  req=False, note="one faction only")
R("Ziguinchor", "located_in", "Casamance", "asserted", {A5: "Ziguinchor, the region's main city"})
R("Senegal", "trades_with", "The Gambia", "asserted",
  {A5: "Trade between Senegal and The Gambia has grown"})
R("Senegambia Bridge", "located_in", "Farafenni", "asserted",
  {A5: "the Senegambia Bridge opened over the Gambia River at Farafenni in 2019"})
R("The Gambia", "imports_from", "Senegal", "asserted",
  {A5: "The Gambia buys much of its cement and building materials from Senegal"},
  commodity="cement and building materials")
for c in ["Senegal", "The Gambia"]:
    R(c, "member_of", "ECOWAS", "asserted", {A5: "Both countries are members of ECOWAS"})
    R(c, "party_to", "ECOWAS Protocol on Free Movement of Persons", "asserted",
      {A5: "parties to its 1979 Protocol on Free Movement of Persons"},
      note="the protocol dates from 1979")
R("International Monetary Fund", "supported", "Senegal", "negated",
  {A5: "the Fund has said it will not resume disbursements until a new programme is agreed"},
  note="froze its programme in 2024; 'will not ... until'")
R("International Monetary Fund", "negotiating_with", "Senegal", "asserted",
  {A5: "Senegal and the IMF have been negotiating since last year"}, time="2025")
R("Senegal", "criticized", "Macky Sall", "asserted",
  {A5: "Faye's ministers have accused former President Macky Sall"},
  alt_s=["Bassirou Diomaye Faye"])
R("Macky Sall", "head_of", "Senegal", "asserted", {A5: "former President Macky Sall"},
  req=False, role="former president")
R("Macky Sall", "lives_in", "Morocco", "asserted", {A5: "Sall, who now lives in Morocco"})
R("Yahya Jammeh", "lives_in", "Equatorial Guinea", "asserted",
  {A5: "who has lived in exile in Equatorial Guinea since January 2017"}, time="2017-01")
R("Yahya Jammeh", "head_of", "The Gambia", "asserted", {A5: "Former ruler Yahya Jammeh"},
  req=False, role="former ruler")
R("Yahya Jammeh", "visited", "The Gambia", "planned",
  {A5: "he plans to return home before the vote"}, time="2026")
R("Adama Barrow", "threatened", "Yahya Jammeh", "asserted",
  {A5: "Barrow has said Jammeh will be arrested if he sets foot in the country"})
R("ECOWAS", "visited", "The Gambia", "asserted",
  {A5: "when ECOWAS troops entered The Gambia"}, time="2017-01", req=False,
  note="a military intervention; 'entered'")
R("Senegal", "borders", "Mauritania", "asserted", {A5: "it shares with neighbouring Mauritania"})

# A6: CPLP ministers in Praia (newspaper, 2025-06-27, a Friday)
R("Praia", "capital_of", "Cape Verde", "asserted", {A6: "Praia, the Cape Verdean capital"})
R("Community of Portuguese Language Countries", "based_in", "Lisbon", "asserted",
  {A6: "headquartered in Lisbon"})
for c in ["Angola", "Brazil", "Cape Verde", "Guinea-Bissau", "Mozambique", "Portugal",
          "Sao Tome and Principe", "East Timor"]:
    R(c, "member_of", "Community of Portuguese Language Countries", "asserted",
      {A6: "groups Angola, Brazil, Cape Verde, Guinea-Bissau, Equatorial Guinea, Mozambique, Portugal, Sao Tome and Principe and East Timor"})
R("Equatorial Guinea", "member_of", "Community of Portuguese Language Countries", "asserted",
  {A6: "Equatorial Guinea, admitted to the CPLP in 2014"}, time="2014")
R("Ulisses Correia e Silva", "head_of", "Cape Verde", "asserted",
  {A6: "Cape Verde's Prime Minister Ulisses Correia e Silva"}, alt_p=["works_for"],
  role="prime minister")
R("Portugal", "party_to", "Agreement on Mobility among CPLP Member States", "asserted",
  {A6: "Portugal, which was among the first countries to ratify the mobility agreement"})
R("Mauro Vieira", "works_for", "Brazil", "asserted",
  {A6: "Brazilian Foreign Minister Mauro Vieira", A8: "Foreign Minister Mauro Vieira"},
  role="foreign minister")
R("Mauro Vieira", "met_with", "Paulo Rangel", "asserted",
  {A6: "met his Portuguese counterpart Paulo Rangel on Wednesday"}, time="2025-06-25")
R("Paulo Rangel", "works_for", "Portugal", "asserted",
  {A6: "his Portuguese counterpart Paulo Rangel"}, role="foreign minister")
R("Brazil", "criticized", "Portugal", "reported",
  {A6: "told him that Brazil was \"concerned\" about the proposals"}, req=False,
  alt_s=["Mauro Vieira"], note="'a Brazilian diplomat said'; mild")
R("Brazil", "signed_agreement_with", "Portugal", "hedged",
  {A6: "Brazil and Portugal could sign a separate bilateral protocol on student visas"}, time="2025",
  note="'before the end of the year'; 'diplomats said'")
R("Equatorial Guinea", "party_to", "Agreement on Mobility among CPLP Member States", "negated",
  {A6: "has not ratified the mobility agreement"})
R("Teodoro Obiang Nguema", "head_of", "Equatorial Guinea", "asserted",
  {A6: "President Teodoro Obiang Nguema, who has ruled Equatorial Guinea since 1979"},
  role="president")
R("Umaro Sissoco Embaló", "head_of", "Community of Portuguese Language Countries", "planned",
  {A6: "is due to take over the community's rotating presidency"}, time="2025-07",
  role="rotating president")
R("East Timor", "member_of", "Association of Southeast Asian Nations", "hedged",
  {A6: "is expected to become the 11th member of the Association of Southeast Asian Nations (ASEAN) in October"},
  time="2025-10", alt_p=["candidate_for"])
R("Portugal", "recognizes", "Palestine", "hedged",
  {A6: "Portugal was considering recognising a Palestinian state"}, time="2025-09",
  note="'possibly as early as September'")
R("Brazil", "recognizes", "Palestine", "asserted", {A6: "Brazil, which recognised Palestine in 2010"},
  time="2010")
R("Paulo Rangel", "met_with", "Téte António", "asserted",
  {A6: "Rangel held talks with Angola's Foreign Minister Téte António"}, time="2025-06",
  alt_p=["negotiating_with"])
R("Téte António", "works_for", "Angola", "asserted",
  {A6: "Angola's Foreign Minister Téte António"}, role="foreign minister")
R("Portugal", "signed_agreement_with", "Angola", "planned",
  {A6: "a debt-conversion agreement that the two countries hope to sign"},
  note="a plan in A6; A4 reports the signing")
R("Maria Manuela Lucas", "works_for", "Mozambique", "asserted",
  {A6: "Mozambique's Foreign Minister Maria Manuela Lucas"}, role="foreign minister")
R("Cape Verde", "gained_independence_from", "Portugal", "asserted",
  {A6: "Cape Verde, which marks 50 years of independence from Portugal on July 5"},
  time="1975-07-05")
for c in ["Portugal", "Spain"]:
    R("Cape Verde", "imports_from", c, "asserted",
      {A6: "Cape Verde imports most of its food and fuel from Portugal and Spain"},
      commodity="food and fuel")

# A7: Cote d'Ivoire-Burkina Faso border raid (HTML, 2026-05-14, a Thursday)
R("Côte d'Ivoire", "criticized", "Burkina Faso", "asserted",
  {A7: "accused the military government in Ouagadougou"})
R("Ouagadougou", "capital_of", "Burkina Faso", "asserted", {A7: "Ouagadougou, the Burkinabè capital"})
R("Yves Kouamé", "works_for", "Côte d'Ivoire", "asserted",
  {A7: "Government spokesman Yves Kouamé"}, role="government spokesman")
R("Burkina Faso", "attacked", "Niandégué", "reported",
  {A7: "gunmen in Burkinabè army uniforms"}, time="2026-05-11", req=False,
  alt_o=["Côte d'Ivoire"], note="Kouamé's account; the attackers wore Burkinabè uniforms")
R("Volunteers for the Defence of the Homeland", "attacked", "Niandégué", "reported",
  {A7: "attacked Niandégué, a village in the Bounkani region"}, time="2026-05-11",
  alt_o=["Côte d'Ivoire"])
R("Niandégué", "located_in", "Bounkani", "asserted",
  {A7: "Niandégué, a village in the Bounkani region of Côte d'Ivoire"}, alt_o=["Côte d'Ivoire"])
R("Bounkani", "located_in", "Côte d'Ivoire", "asserted",
  {A7: "the Bounkani region of Côte d'Ivoire"})
R("Volunteers for the Defence of the Homeland", "allied_with", "Burkina Faso", "asserted",
  {A7: "the civilian auxiliary force that fights alongside Burkina Faso's army"}, req=False)
R("Volunteers for the Defence of the Homeland", "killed", "Koffi N'Guessan", "reported",
  {A7: "was shot dead by the militiamen"}, time="2026-05-11")
R("Koffi N'Guessan", "works_for", "Côte d'Ivoire", "asserted",
  {A7: "Sergeant Koffi N'Guessan, a gendarme"}, req=False, role="gendarme")
R("Burkina Faso", "attacked", "Niandégué", "negated",
  {A7: "Burkina Faso denied that its forces had crossed into Côte d'Ivoire"},
  time="2026-05-11", alt_o=["Côte d'Ivoire"])
R("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Niandégué", "reported",
  {A7: "the attackers were fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"},
  time="2026-05-11", alt_o=["Côte d'Ivoire"], note="Burkina Faso's version")
R("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", "asserted",
  {A7: "the al-Qaeda affiliate"})
R("Léon Kacou Adom", "works_for", "Côte d'Ivoire", "asserted",
  {A7: "Ivorian Foreign Minister Léon Kacou Adom"}, role="foreign minister")
R("Côte d'Ivoire", "diplomatic_relations_with", "Burkina Faso", "reported",
  {A7: "the two countries still maintained diplomatic relations"})
R("Côte d'Ivoire", "normalized_relations_with", "Burkina Faso", "negated",
  {A7: "ties would not return to normal until Burkina Faso acknowledged the incursion"})
R("Côte d'Ivoire", "blockaded", "Burkina Faso", "negated",
  {A7: "had no intention of closing its border with Burkina Faso"})
R("Côte d'Ivoire", "borders", "Burkina Faso", "asserted",
  {A7: "its border with Burkina Faso"})
R("Alassane Ouattara", "threatened", "Burkina Faso", "asserted",
  {A7: "warning that Côte d'Ivoire would \"respond with all the means of the state\""},
  alt_s=["Côte d'Ivoire"], note="conditional warning; object by context")
R("Ibrahim Traoré", "criticized", "Côte d'Ivoire", "asserted",
  {A7: "has repeatedly accused Côte d'Ivoire of sheltering officers plotting against him"},
  alt_s=["Burkina Faso"])
R("Côte d'Ivoire", "criticized", "Ibrahim Traoré", "asserted",
  {A7: "a charge the Ivorian government rejects"}, req=False)
R("Russia", "supported", "Burkina Faso", "asserted",
  {A7: "Russia, which now supplies it with military instructors and equipment"})
R("Burkina Faso", "allied_with", "Russia", "asserted",
  {A7: "turned to Russia, which now supplies it with military instructors and equipment"}, req=False)
R("Côte d'Ivoire", "allied_with", "France", "asserted",
  {A7: "remains one of France's closest partners in West Africa"})
R("Côte d'Ivoire", "took_control_of", "Port-Bouët military base", "asserted",
  {A7: "it took over the French military base at Port-Bouët in Abidjan in February 2025"},
  time="2025-02")
R("Port-Bouët military base", "located_in", "Abidjan", "asserted",
  {A7: "the French military base at Port-Bouët in Abidjan"})
for c in ["Côte d'Ivoire", "Burkina Faso"]:
    R("Omar Alieu Touray", "contacted", c, "reported",
      {A7: "said he had spoken by telephone with both governments"})
R("Alliance of Sahel States", "threatened", "Côte d'Ivoire", "reported",
  {A7: "warned Côte d'Ivoire against \"any adventure\""})
R("Côte d'Ivoire", "met_with", "Burkina Faso", "hedged",
  {A7: "Ivorian and Burkinabè officials could meet in Accra as early as next week"}, time="2026-05",
  note="'diplomats said'")
R("John Mahama", "head_of", "Ghana", "asserted", {A7: "Ghana's President John Mahama"},
  role="president")
for who in ["Alassane Ouattara", "Ibrahim Traoré"]:
    R("John Mahama", "contacted", who, "reported",
      {A7: "John Mahama telephoned Ouattara and Traoré on Wednesday"}, time="2026-05-13",
      note="'his office said'")
for c in ["Mali", "Guinea", "Liberia", "Ghana"]:
    R("Côte d'Ivoire", "borders", c, "asserted",
      {A7: "which also borders Mali, Guinea, Liberia and Ghana"})
R("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Kafolo", "asserted",
  {A7: "jihadists from JNIM attacked an army post at Kafolo in June 2020"}, time="2020-06")
R("Burkina Faso", "trades_with", "Côte d'Ivoire", "asserted",
  {A7: "trade between the two neighbours has fallen by about a third since 2023"})
R("Netherlands", "imports_from", "Côte d'Ivoire", "asserted",
  {A7: "The Netherlands, the biggest buyer of Ivorian cocoa"}, commodity="cocoa")
R("Ali Sawadogo", "citizen_of", "Burkina Faso", "asserted", {A7: "a Burkinabè herder"})
R("Ali Sawadogo", "lives_in", "Doropo", "asserted",
  {A7: "who has lived there since fleeing his village in 2023"}, time="2023",
  note="'there' = Doropo")
R("Doropo", "located_in", "Bounkani", "asserted",
  {A7: "a town near the border in the same region as Niandégué"}, req=False)

# A8: Brazil-Mozambique (HTML, 2026-08-20, a Thursday)
R("Brazil", "signed_agreement_with", "Mozambique", "asserted",
  {A8: "Brazil and Mozambique signed agreements on defence, agriculture and health on Wednesday"},
  time="2026-08-19", alt_s=["Luiz Inácio Lula da Silva"], alt_o=["Daniel Chapo"])
R("Luiz Inácio Lula da Silva", "head_of", "Brazil", "asserted",
  {A8: "President Luiz Inácio Lula da Silva's drive"}, role="president")
R("Daniel Chapo", "visited", "Brasília", "asserted",
  {A8: "the first Mozambican head of state to visit Brasília"}, time="2026-08-19",
  alt_o=["Brazil"])
R("Brasília", "capital_of", "Brazil", "asserted", {A8: "Brasília, the Brazilian capital"})
R("Daniel Chapo", "met_with", "Luiz Inácio Lula da Silva", "asserted",
  {A8: "was received by Lula at the Planalto Palace, where the two leaders held two hours of talks"},
  time="2026-08-19", alt_p=["negotiating_with"])
R("Mozambique", "imports_from", "Brazil", "planned",
  {A8: "Mozambique will buy six A-29 Super Tucano light attack aircraft from Embraer"},
  commodity="aircraft")
R("Embraer", "based_in", "São José dos Campos", "asserted",
  {A8: "the planemaker based in São José dos Campos"})
R("BNDES", "supported", "Mozambique", "negated",
  {A8: "denied that the state development bank BNDES was financing the aircraft"},
  note="Vieira's denial")
R("Brazil", "supported", "Mozambique", "planned",
  {A8: "Brazil will also train Mozambican pilots and mechanics"})
R("Embrapa", "based_in", "Nampula", "planned", {A8: "Embrapa will open an office in Nampula"},
  note="an office, not the seat")
R("Nampula", "located_in", "Mozambique", "asserted", {A8: "Nampula, in northern Mozambique"})
R("Donald Trump", "head_of", "United States", "asserted", {A8: "U.S. President Donald Trump"},
  role="president")
R("United States", "sanctioned", "Brazil", "asserted",
  {A8: "Donald Trump imposed 50 percent tariffs on many Brazilian goods in August 2025"},
  time="2025-08", alt_s=["Donald Trump"], note="tariffs; partly rolled back three months later")
R("Luiz Inácio Lula da Silva", "criticized", "United States", "asserted",
  {A8: "Lula has called the tariffs \"blackmail\""}, alt_o=["Donald Trump"])
R("Brazil", "member_of", "BRICS", "asserted", {A8: "Brazil, a founding member of the BRICS group"})
R("Mozambique", "candidate_for", "BRICS", "negated", {A8: "Mozambique had not applied"},
  note="'had not applied and would not decide until ...'")
R("Brazil", "trades_with", "Mozambique", "asserted",
  {A8: "Trade between Brazil and Mozambique was worth less than $200 million last year"},
  time="2025")
R("Brazil", "trades_with", "Angola", "asserted",
  {A8: "Brazil's trade with Angola, its biggest partner in Lusophone Africa"})
R("Brazil", "imports_from", "Mozambique", "hedged",
  {A8: "Brazil could also become a buyer of Mozambican liquefied natural gas"},
  commodity="liquefied natural gas", note="'the officials said'")
R("Vale", "based_in", "Brazil", "asserted", {A8: "Brazilian mining company Vale"}, req=False)
R("Moatize coal mine", "located_in", "Tete province", "asserted",
  {A8: "its Moatize coal mine in Tete province"})
R("Luiz Inácio Lula da Silva", "visited", "Angola", "asserted",
  {A8: "he has visited Angola and Sao Tome and Principe"}, note="since 2023")
R("Luiz Inácio Lula da Silva", "visited", "Sao Tome and Principe", "asserted",
  {A8: "where he attended a summit of the Community of Portuguese Language Countries in August 2023"},
  time="2023-08")
R("Luiz Inácio Lula da Silva", "visited", "South Africa", "asserted",
  {A8: "as well as South Africa"}, req=False)
R("Daniel Chapo", "visited", "Lisbon", "planned", {A8: "Chapo flies to Lisbon on Friday"},
  time="2026-08-21", alt_o=["Portugal"])
R("Daniel Chapo", "met_with", "Luís Montenegro", "planned",
  {A8: "he is due to meet Prime Minister Luís Montenegro of Portugal"}, time="2026-08-21")
R("Portugal", "trades_with", "Mozambique", "asserted",
  {A8: "Portugal remains Mozambique's largest European trading partner"})

# ------------------------------------------------------------ machinery ---


class ArticleText(HTMLParser):
    """Visible text of the <article> element: one line per block element."""
    BLOCK = {"p", "h1", "h2", "h3", "h4", "figcaption", "div", "header", "figure",
             "li", "section", "br", "time"}
    SKIP = {"script", "style", "aside", "nav", "footer", "form", "button"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # depth inside <article>
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
            return
        if self.depth and tag in self.SKIP:
            self.skip += 1
        if self.depth and tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
            self.parts.append("\n")
            return
        if self.depth and tag in self.SKIP:
            self.skip -= 1
        if self.depth and tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)

    def text(self):
        lines = [re.sub(r"\s+", " ", l).strip() for l in "".join(self.parts).split("\n")]
        return "\n".join(l for l in lines if l)


def clean_text(doc):
    raw = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        p = ArticleText()
        p.feed(raw)
        return p.text(), raw
    return raw, raw


def doc_meta(doc, text, raw):
    """title and publication date as the document states them."""
    if doc.endswith(".html"):
        title = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1).strip()
        published = re.search(r'<time datetime="(\d{4}-\d\d-\d\d)', raw).group(1)
        return title, published
    lines = text.split("\n")
    m = re.match(r"Published: (\d{4}-\d\d-\d\d)$", lines[1]) if len(lines) > 1 else None
    if m:
        return lines[0].strip(), m.group(1)
    return "", ""  # wire copy: no title line, dateline without a year


SENT_END = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c]?[A-Z\u00c0-\u00de])|\n")
ABBREV = re.compile(r"(?:\b(?:Nov|Oct|Sept|Sep|Dec|Jan|Feb|Aug|Mr|Mrs|Dr|Gen|St|No)|U\.S|\b[A-Z])\.$")


def sentence_spans(text):
    spans, start = [], 0
    for m in SENT_END.finditer(text):
        end = m.start()
        if m.group(0) != "\n" and ABBREV.search(text[start:end]):
            continue
        seg = text[start:end]
        # keep a closing quote with its sentence
        q = re.match(r"[\"\u201d']?", text[end:m.end()])
        end += len(q.group(0)) if q and m.group(0) != "\n" else 0
        if seg.strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_for(text, spans, i, j):
    covering = [(a, b) for a, b in spans if a < j and b > i]
    a = min(x for x, _ in covering)
    b = max(y for _, y in covering)
    return a, b


def norm(s):
    """the scorer's name normalisation"""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def main():
    errors = []
    texts, metas, spans = {}, {}, {}
    for d in DOCS:
        path = os.path.join(CORPUS, d)
        if not os.path.exists(path):
            errors.append(f"missing document {d}")
            continue
        t, raw = clean_text(d)
        texts[d], metas[d], spans[d] = t, doc_meta(d, t, raw), sentence_spans(t)
    if errors:
        return fail(errors)

    # entities
    etype, seen = {}, {}
    for e in ENTITIES:
        if e["type"] not in TYPES:
            errors.append(f"entity {e['name']}: unknown type {e['type']}")
        if e["name"] in etype:
            errors.append(f"entity {e['name']}: defined twice")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in seen and seen[k] != e["name"]:
                errors.append(f"alias {a!r} of {e['name']} already names {seen[k]}")
            seen[k] = e["name"]
        for a in e["aliases"]:
            if not any(a in texts[d] for d in DOCS):
                errors.append(f"alias {a!r} of {e['name']} occurs in no article")
        if not any(e["name"] in texts[d] or any(a in texts[d] for a in e["aliases"]) for d in DOCS):
            errors.append(f"entity {e['name']}: neither name nor alias occurs in any article")

    # rows
    units, used = {}, set()
    for n, r in enumerate(ROWS, 1):
        tag = f"row {n} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        if r["p"] not in SIGNATURES:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: unknown modality")
        if r["time"] is not None and not TIME_RE.match(r["time"]):
            errors.append(f"{tag}: bad time {r['time']!r}")
        for p in [r["p"]] + r["alt_p"]:
            if p not in SIGNATURES:
                errors.append(f"{tag}: unknown alt predicate {p}")
                continue
            st, ot = SIGNATURES[p]
            for s in [r["s"]] + r["alt_s"]:
                for o in [r["o"]] + r["alt_o"]:
                    for name in (s, o):
                        if name not in etype:
                            errors.append(f"{tag}: {name!r} is not an entity")
                    if s in etype and etype[s] not in st:
                        errors.append(f"{tag}: subject {s} ({etype[s]}) does not fit {p}")
                    if o in etype and etype[o] not in ot:
                        errors.append(f"{tag}: object {o} ({etype[o]}) does not fit {p}")
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        if r["role"] and r["p"] not in ("head_of", "works_for"):
            errors.append(f"{tag}: role only on head_of / works_for")
        if r["commodity"] and r["p"] != "imports_from":
            errors.append(f"{tag}: commodity only on imports_from")
        if not r["evidence"]:
            errors.append(f"{tag}: no document")
        for d, phrase in r["evidence"].items():
            if d not in texts:
                errors.append(f"{tag}: unknown document {d}")
            elif phrase not in texts[d]:
                errors.append(f"{tag}: phrase not in {d}: {phrase!r}")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errors.append(f"{tag}: same unit as row {units[u]}")
        units[u] = n
    for e in ENTITIES:
        if e["name"] not in used:
            errors.append(f"entity {e['name']} is named by no fact")
    if errors:
        return fail(errors)

    # write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(triple(r), ensure_ascii=False) + "\n")
    n_st = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for d in DOCS:
                if d not in r["evidence"]:
                    continue
                t = texts[d]
                i = t.index(r["evidence"][d])
                a, b = sentence_for(t, spans[d], i, i + len(r["evidence"][d]))
                title, published = metas[d]
                st = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                      "object": r["o"], "object_type": etype[r["o"]],
                      "modality": r["modality"], "time": r["time"] or "",
                      "role": r["role"] or "", "confidence": 1.0,
                      "source": "corpus/" + d, "title": title, "published": published,
                      "sentence": t[a:b], "start": a, "end": b, "rule": "gold"}
                if r["commodity"]:
                    st["commodity"] = r["commodity"]
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_st += 1
    req = sum(1 for r in ROWS if r["required"])
    print(f"ok: {len(ENTITIES)} entities, {len(ROWS)} rows ({req} required), {n_st} statements")
    return 0


def triple(r):
    out = {"s": r["s"], "p": r["p"], "o": r["o"],
           "docs": [d for d in DOCS if d in r["evidence"]], "modality": r["modality"]}
    if r["time"]:
        out["time"] = r["time"]
    out["required"] = r["required"]
    for k in ("alt_s", "alt_p", "alt_o"):
        if r[k]:
            out[k] = r[k]
    ev = "; ".join(f"{d}: '{p}'" if len(r["evidence"]) > 1 else f"'{p}'"
                   for d, p in r["evidence"].items())
    note = ev
    if r["role"]:
        note += f"; role: {r['role']}"
    if r["commodity"]:
        note += f"; commodity: {r['commodity']}"
    if r["extra"]:
        note += f"; {r['extra']}"
    out["note"] = note
    return out


def fail(errors):
    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
