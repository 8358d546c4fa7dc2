#!/usr/bin/env python3
"""Build the gold standard of news set zm.

Writes, next to the corpus/ folder:
  entities.jsonl               every gold entity, its SCHEMA.md type and aliases
  triples.jsonl                one row per fact and polarity (shared/eval/README.md)
  selfcheck_statements.jsonl   one statement per gold row and document, in the
                               `kg export --format jsonl` shape of DESIGN.md,
                               carrying the supporting sentence

and checks, failing loudly:
  - every evidence phrase occurs in its article's cleaned text;
  - every subject and object (or one of its aliases) occurs in the article;
  - entity types, predicates, modalities and time strings follow SCHEMA.md,
    and each row's subject and object types fit the predicate's signature;
  - no two rows share a (subject, predicate, object, polarity) unit, and no
    alias belongs to two entities.

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

A1 = "brazil_peru_javari_mining_raids.txt"
A2 = "canada_finland_icebreaker_deal.txt"
A3 = "new_zealand_shadow_fleet_sanctions.txt"
A4 = "argentina_chile_ice_field_talks.txt"
A5 = "northwest_passage_cutter_protest.txt"
A6 = "paraguay_taiwan_pena_visit.txt"
A7 = "tasman_sea_naval_drills.html"
A8 = "acto_mercury_declaration.html"
DOCS = [A1, A2, A3, A4, A5, A6, A7, A8]

# ---------------------------------------------------------------- schema ---
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTOR = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
ANY = set(TYPES)
SIG = {  # predicate: (subject types, object types)
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, PLACE),
    "based_in": ({"Organization", "Facility"}, PLACE),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTOR, ACTOR),
    "visited": ({"Person", "Organization"}, PLACE),
    "negotiating_with": (ACTOR, ACTOR),
    "contacted": (ACTOR, ACTOR),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACTOR, ACTOR),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACTOR, ACTOR),
    "diplomatic_relations_with": (ACTOR, ACTOR),
    "allied_with": (ACTOR, ACTOR),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACTOR, ANY),
    "criticized": (ACTOR, ANY),
    "threatened": (ACTOR, ANY),
    "sanctioned": (ACTOR, ACTOR),
    "in_conflict_with": (ACTOR | {"Region"}, ACTOR | {"Region"}),
    "attacked": (ACTOR, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACTOR, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": (ACTOR, ACTOR),
}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
TIME_RE = re.compile(r"^\d{3}$|^\d{4}(-\d{2}(-\d{2})?)?$")

# -------------------------------------------------------------- entities ---
E = []


def ent(name, typ, *aliases):
    E.append({"name": name, "type": typ, "aliases": list(aliases)})


# Countries
ent("Brazil", "Country", "Federative Republic of Brazil")
ent("Peru", "Country")
ent("Colombia", "Country")
ent("United Kingdom", "Country", "UK", "U.K.", "Britain", "Great Britain")
ent("Canada", "Country")
ent("Finland", "Country")
ent("United States", "Country", "U.S.", "US", "USA", "United States of America", "Washington")
ent("Russia", "Country", "Russian Federation", "Kremlin")
ent("Sweden", "Country")
ent("Norway", "Country")
ent("Ukraine", "Country")
ent("Australia", "Country")
ent("New Zealand", "Country", "NZ")
ent("India", "Country")
ent("China", "Country", "People's Republic of China", "PRC")
ent("Japan", "Country")
ent("South Korea", "Country", "Republic of Korea")
ent("Argentina", "Country")
ent("Chile", "Country")
ent("Holy See", "Country", "Vatican", "Vatican City")
ent("Paraguay", "Country")
ent("Taiwan", "Country")
ent("Uruguay", "Country")
ent("Bolivia", "Country")
ent("Ecuador", "Country")
ent("Guyana", "Country")
ent("Suriname", "Country")
ent("Venezuela", "Country")
ent("Mexico", "Country")
ent("Germany", "Country")
ent("Solomon Islands", "Country")
# Cities
ent("Tabatinga", "City")
ent("Leticia", "City")
ent("Brasilia", "City", "Brasília")
ent("Lima", "City")
ent("Bogota", "City", "Bogotá")
ent("Rio de Janeiro", "City", "Rio")
ent("Helsinki", "City")
ent("Levis", "City", "Lévis")
ent("Stockholm", "City")
ent("Oslo", "City")
ent("Moscow", "City")
ent("Ottawa", "City")
ent("Wellington", "City")
ent("Canberra", "City")
ent("Santiago", "City", "Santiago de Chile")
ent("Buenos Aires", "City")
ent("Cambridge Bay", "City")
ent("Winnipeg", "City")
ent("Colorado Springs", "City")
ent("New York", "City", "New York City")
ent("Asuncion", "City", "Asunción")
ent("Taipei", "City")
ent("Beijing", "City")
ent("Queenstown", "City")
ent("Belem", "City", "Belém")
# Regions
ent("Amazonas", "Region", "Amazonas state")
ent("Javari Valley", "Region", "Vale do Javari")
ent("Loreto", "Region", "Loreto region")
ent("Quebec", "Region", "Québec")
ent("Europe", "Region")
ent("Southern Patagonian Ice Field", "Region", "Southern Patagonian Icefield", "ice field")
ent("Santa Cruz", "Region", "Santa Cruz province")
ent("Magallanes", "Region", "Magallanes region")
ent("Neuquen basin", "Region", "Neuquén basin", "Neuquen Basin")
ent("Nunavut", "Region")
ent("South America", "Region")
ent("South Island", "Region")
# Organizations
ent("Federal Police", "Organization", "Brazilian Federal Police", "Policia Federal", "Polícia Federal")
ent("Comando Vermelho", "Organization", "CV", "Red Command")
ent("UNIVAJA", "Organization", "Union of Indigenous Peoples of the Javari Valley")
ent("Amazon Cooperation Treaty Organization", "Organization", "ACTO", "OTCA")
ent("Davie", "Organization", "Davie Shipbuilding")
ent("Sovcomflot", "Organization")
ent("NATO", "Organization", "North Atlantic Treaty Organization")
ent("European Union", "Organization", "EU")
ent("Mercosur", "Organization", "Mercosul", "Mercosur trade bloc")
ent("Inuit Tapiriit Kanatami", "Organization", "ITK")
ent("Borealis Policy Centre", "Organization")
ent("NORAD", "Organization", "North American Aerospace Defense Command")
ent("Amazon Fund", "Organization")
ent("Rios Vivos", "Organization")
# Facilities
ent("Helsinki Shipyard", "Facility")
# Agreements
ent("Tabatinga Protocol", "Agreement")
ent("Arctic Icebreaker Partnership", "Agreement")
ent("ICE Pact", "Agreement", "Icebreaker Collaboration Effort")
ent("Ice Fields Agreement", "Agreement", "1998 Ice Fields Agreement")
ent("Treaty of Peace and Friendship", "Agreement", "1984 Treaty of Peace and Friendship")
ent("Arctic Cooperation Agreement", "Agreement", "1988 Arctic Cooperation Agreement")
ent("United Nations Convention on the Law of the Sea", "Agreement", "UNCLOS", "Law of the Sea convention")
ent("AUKUS", "Agreement")
ent("Bogota Mercury Declaration", "Agreement", "Bogotá Mercury Declaration")
ent("Minamata Convention on Mercury", "Agreement", "Minamata Convention")
# People
ent("Ricardo Lewandowski", "Person", "Lewandowski")
ent("Andrei Rodrigues", "Person", "Rodrigues")
ent("Dom Phillips", "Person", "Phillips")
ent("Bruno Pereira", "Person", "Pereira")
ent("Raimundo Kanamari", "Person", "Kanamari")
ent("Luiz Inacio Lula da Silva", "Person", "Lula", "Luiz Inácio Lula da Silva", "Lula da Silva")
ent("Mark Carney", "Person", "Carney")
ent("Petteri Orpo", "Person", "Orpo")
ent("Alexander Stubb", "Person", "Stubb")
ent("Ulf Kristersson", "Person", "Kristersson")
ent("Winston Peters", "Person", "Peters")
ent("Penny Wong", "Person", "Wong")
ent("Christopher Luxon", "Person", "Luxon", "Chris Luxon")
ent("Vasyl Myroshnychenko", "Person", "Myroshnychenko")
ent("Gerardo Werthein", "Person", "Werthein")
ent("Alberto van Klaveren", "Person", "van Klaveren")
ent("Gabriel Boric", "Person", "Boric")
ent("Javier Milei", "Person", "Milei")
ent("Anita Anand", "Person", "Anand")
ent("Pete Hoekstra", "Person", "Hoekstra")
ent("Donald Trump", "Person", "Trump")
ent("Marco Rubio", "Person", "Rubio")
ent("Natan Obed", "Person", "Obed")
ent("Marguerite Tessier", "Person", "Tessier")
ent("Santiago Pena", "Person", "Pena", "Santiago Peña", "Peña")
ent("Lai Ching-te", "Person", "Lai", "William Lai")
ent("Ruben Ramirez Lezcano", "Person", "Ramirez", "Rubén Ramírez Lezcano", "Ruben Ramirez")
ent("Guo Jiakun", "Person", "Guo")
ent("Lin Chia-lung", "Person")
ent("Anthony Albanese", "Person", "Albanese")
ent("Richard Marles", "Person", "Marles")
ent("Dong Jun", "Person")
ent("Xiao Qian", "Person")
ent("Judith Collins", "Person", "Collins")
ent("Gustavo Petro", "Person", "Petro")
ent("Nicolas Maduro", "Person", "Maduro", "Nicolás Maduro")
ent("Martin von Hildebrand", "Person", "von Hildebrand", "Martín von Hildebrand")
ent("Tomas Aguirre", "Person", "Aguirre")

# ----------------------------------------------------------------- facts ---
# F(s, p, o, modality, required, {doc: evidence phrase}, time=..., alt_s=..., ...)
# The evidence phrase is an exact substring of the article's cleaned text; the
# self-check statement carries the whole sentence around it.
T = []


def F(s, p, o, modality, required, ev, time=None, alt_s=None, alt_p=None, alt_o=None,
      note=None, role="", commodity=""):
    T.append(dict(s=s, p=p, o=o, modality=modality, required=required, ev=ev, time=time,
                  alt_s=alt_s, alt_p=alt_p, alt_o=alt_o, note=note, role=role,
                  commodity=commodity))


# --- A1 brazil_peru_javari_mining_raids.txt (wire: no year, so only explicit years give a time)
F("Brazil", "signed_agreement_with", "Peru", "reported", True,
  {A1: "Brazil and Peru signed an agreement on Wednesday"},
  alt_s=["Ricardo Lewandowski", "Brasilia"], alt_o=["Lima"],
  note="'Brazil and Peru signed an agreement ..., officials said'; Lewandowski 'signed for Brasilia'")
F("Brazil", "party_to", "Tabatinga Protocol", "asserted", False,
  {A1: "Ricardo Lewandowski signed for Brasilia"}, alt_s=["Brasilia"],
  note="needs 'the accord ... the Tabatinga Protocol' linked to the lead and 'signed for Brasilia'")
F("Peru", "party_to", "Tabatinga Protocol", "asserted", False,
  {A1: "signed for Lima"}, alt_s=["Lima"],
  note="a Peruvian delegation 'signed for Lima'; needs coreference")
F("Colombia", "party_to", "Tabatinga Protocol", "negated", True,
  {A1: "did not sign the Tabatinga Protocol"}, alt_s=["Bogota"])
F("Colombia", "borders", "Brazil", "asserted", False,
  {A1: "which shares the tri-border area with both countries"},
  note="'shares the tri-border area with both countries': group reference")
F("Colombia", "borders", "Peru", "asserted", False,
  {A1: "which shares the tri-border area with both countries"},
  note="'shares the tri-border area with both countries': group reference")
F("Tabatinga", "located_in", "Amazonas", "asserted", True,
  {A1: "a river town in Brazil's Amazonas state"})
F("Tabatinga", "located_in", "Brazil", "asserted", True,
  {A1: "TABATINGA, Brazil"}, note="dateline 'TABATINGA, Brazil' and 'in Brazil's Amazonas state'")
F("Amazonas", "located_in", "Brazil", "asserted", True,
  {A1: "Brazil's Amazonas state"})
F("Leticia", "located_in", "Colombia", "asserted", True,
  {A1: "the Colombian city of Leticia"})
F("Ricardo Lewandowski", "works_for", "Brazil", "asserted", True,
  {A1: "Brazil's Justice Minister Ricardo Lewandowski"},
  alt_o=["Luiz Inacio Lula da Silva", "Brasilia"], role="justice minister")
F("Ricardo Lewandowski", "visited", "Tabatinga", "asserted", False,
  {A1: "was signed in Tabatinga"}, note="he signed the accord that 'was signed in Tabatinga'; the visit is implied")
F("Brazil", "borders", "Peru", "asserted", True,
  {A1: "along their Amazon border"},
  note="'along their Amazon border'; 'Brazil's border with Peru'")
F("Brazil", "supported", "Peru", "planned", False,
  {A1: "Brazil will share satellite images of mining sites with Peru"},
  note="sharing satellite images: a loose reading of support")
F("Federal Police", "based_in", "Brazil", "asserted", False,
  {A1: "Brazil's Federal Police"}, note="possessive: a national police force")
F("Andrei Rodrigues", "head_of", "Federal Police", "asserted", True,
  {A1: "Federal Police Director-General Andrei Rodrigues"}, alt_p=["works_for"],
  role="director-general")
F("Comando Vermelho", "based_in", "Rio de Janeiro", "asserted", True,
  {A1: "a Rio de Janeiro-based gang"})
F("Federal Police", "criticized", "Comando Vermelho", "asserted", False,
  {A1: "Police have blamed the Comando Vermelho"},
  note="'Police have blamed': the Federal Police only by context")
F("Comando Vermelho", "attacked", "Federal Police", "reported", False,
  {A1: "for an attack last month on a Federal Police patrol boat"},
  note="police accusation; the target is a patrol boat of the Federal Police")
F("Javari Valley", "located_in", "Brazil", "asserted", False,
  {A1: "a reserve the size of Austria on Brazil's border with Peru"},
  note="'on Brazil's border with Peru': in Brazil by the possessive")
F("Javari Valley", "borders", "Peru", "asserted", False,
  {A1: "a reserve the size of Austria on Brazil's border with Peru"})
F("Dom Phillips", "citizen_of", "United Kingdom", "asserted", True,
  {A1: "British journalist Dom Phillips"})
F("Bruno Pereira", "citizen_of", "Brazil", "asserted", True,
  {A1: "Brazilian Indigenous expert Bruno Pereira"})
F("UNIVAJA", "criticized", "Brazil", "asserted", False,
  {A1: "which has long accused both governments of ignoring the miners"},
  note="'both governments': group reference")
F("UNIVAJA", "criticized", "Peru", "asserted", False,
  {A1: "which has long accused both governments of ignoring the miners"},
  note="'both governments': group reference")
F("UNIVAJA", "supported", "Tabatinga Protocol", "asserted", False,
  {A1: "welcomed the protocol"}, note="'welcomed': a loose reading of support")
F("Raimundo Kanamari", "works_for", "UNIVAJA", "asserted", True,
  {A1: "said Raimundo Kanamari, a lawyer for UNIVAJA"}, role="lawyer")
F("Luiz Inacio Lula da Silva", "head_of", "Brazil", "asserted", True,
  {A1: "Brazilian President Luiz Inacio Lula da Silva has made",
   A8: "Brazilian President Luiz Inacio Lula da Silva, who flew to Bogota"},
  role="president")
F("Loreto", "located_in", "Peru", "asserted", True,
  {A1: "Peru's Loreto region"})
F("Amazon Cooperation Treaty Organization", "based_in", "Brasilia", "asserted", True,
  {A1: "a Brasilia-based body of eight Amazon countries",
   A8: "ACTO, which is based in Brasilia"})
F("Brazil", "member_of", "Amazon Cooperation Treaty Organization", "asserted", True,
  {A1: "to which both Brazil and Peru belong"})
F("Peru", "member_of", "Amazon Cooperation Treaty Organization", "asserted", True,
  {A1: "to which both Brazil and Peru belong"})
F("Peru", "contacted", "Amazon Cooperation Treaty Organization", "planned", False,
  {A1: "Lima would ask the Amazon Cooperation Treaty Organization (ACTO)"}, alt_s=["Lima"],
  note="'Lima would ask ACTO to extend the patrols': a request still to be made")

# --- A2 canada_finland_icebreaker_deal.txt (wire)
F("Canada", "signed_agreement_with", "Finland", "asserted", True,
  {A2: "Canada and Finland signed an agreement on Thursday"},
  alt_s=["Mark Carney", "Ottawa"], alt_o=["Petteri Orpo", "Helsinki"],
  note="also 'the two leaders signed what officials called the Arctic Icebreaker Partnership'")
F("Canada", "party_to", "Arctic Icebreaker Partnership", "asserted", False,
  {A2: "the two leaders signed what officials called the Arctic Icebreaker Partnership"},
  note="'the two leaders signed': the countries only through their leaders")
F("Finland", "party_to", "Arctic Icebreaker Partnership", "asserted", False,
  {A2: "the two leaders signed what officials called the Arctic Icebreaker Partnership"},
  note="'the two leaders signed': the countries only through their leaders")
F("Canada", "imports_from", "Finland", "planned", False,
  {A2: "Finnish shipyards will help build up to six icebreakers for the Canadian Coast Guard"},
  commodity="icebreakers", note="Finnish yards to help build Canadian icebreakers; loose reading of a purchase")
F("Mark Carney", "head_of", "Canada", "asserted", True,
  {A2: "Canadian Prime Minister Mark Carney",
   A5: "Prime Minister Mark Carney is trying to negotiate"}, role="prime minister")
F("Petteri Orpo", "head_of", "Finland", "asserted", True,
  {A2: "his Finnish counterpart Petteri Orpo"}, role="prime minister",
  note="'his Finnish counterpart' of the Canadian Prime Minister")
F("Mark Carney", "met_with", "Petteri Orpo", "asserted", True,
  {A2: "Canadian Prime Minister Mark Carney met his Finnish counterpart Petteri Orpo in Helsinki"},
  alt_s=["Canada"], alt_o=["Finland"])
F("Mark Carney", "visited", "Helsinki", "asserted", True,
  {A2: "Carney arrived in Helsinki from Stockholm"}, alt_o=["Finland"],
  note="'met ... in Helsinki'; 'Carney arrived in Helsinki'")
F("Helsinki", "capital_of", "Finland", "asserted", True,
  {A2: "in Helsinki, the Finnish capital"})
F("Helsinki", "located_in", "Finland", "asserted", False,
  {A2: "in Helsinki, the Finnish capital"}, note="entailed by capital_of")
F("Helsinki Shipyard", "located_in", "Helsinki", "asserted", False,
  {A2: "The first of the vessels will be built at Helsinki Shipyard"},
  note="only the name says where it is")
F("Davie", "based_in", "Quebec", "asserted", True,
  {A2: "Quebec-based shipbuilder Davie"})
F("Davie", "based_in", "Levis", "asserted", False,
  {A2: "Davie's main yard in Levis, Quebec"}, note="its main yard, not necessarily its seat")
F("Levis", "located_in", "Quebec", "asserted", True,
  {A2: "Levis, Quebec"})
F("Canada", "party_to", "ICE Pact", "asserted", True,
  {A2: "Canada and Finland are both parties to the ICE Pact"}, time="2024")
F("Finland", "party_to", "ICE Pact", "asserted", True,
  {A2: "Canada and Finland are both parties to the ICE Pact"}, time="2024")
F("United States", "party_to", "ICE Pact", "asserted", True,
  {A2: "an icebreaker cooperation pact they launched with the United States in 2024"}, time="2024")
F("Finland", "signed_agreement_with", "United States", "asserted", False,
  {A2: "an icebreaker cooperation pact they launched with the United States in 2024"}, time="2024",
  note="entailed by the ICE Pact")
F("United States", "imports_from", "Finland", "negated", False,
  {A2: "Washington has not ordered any Finnish-built icebreakers so far"},
  commodity="icebreakers", note="'has not ordered any Finnish-built icebreakers'")
F("Alexander Stubb", "head_of", "Finland", "asserted", True,
  {A2: "Finnish President Alexander Stubb"}, role="president")
F("Alexander Stubb", "met_with", "Mark Carney", "asserted", True,
  {A2: "who hosted Carney for dinner at his official residence on Wednesday evening"})
F("Finland", "member_of", "NATO", "asserted", True,
  {A2: "since Finland joined the alliance in 2023"}, time="2023",
  note="'Finland joined the alliance in 2023', the alliance being NATO in the same sentence")
F("Finland", "borders", "Russia", "asserted", True,
  {A2: "Finland shares a 1,340-km (833-mile) border with Russia"})
F("Finland", "criticized", "Russia", "asserted", True,
  {A2: "accusing Moscow of pushing migrants towards the frontier"}, time="2023",
  alt_s=["Helsinki"], alt_o=["Moscow"],
  note="closed crossings in 2023, 'accusing Moscow'")
F("Russia", "attacked", "Finland", "reported", False,
  {A2: "in what Helsinki called a hybrid attack"},
  note="only Helsinki's label; a hybrid attack, not an armed one")
F("Russia", "criticized", "Finland", "asserted", False,
  {A2: "Russia has denied the accusation"}, note="'denied the accusation': rejected claims of")
F("Canada", "member_of", "NATO", "asserted", True,
  {A2: "Canada, a founding member of NATO",
   A5: "Canada and the United States are both founding members of NATO"})
F("Russia", "allied_with", "China", "reported", False,
  {A2: "has expanded joint Arctic activities with China"},
  note="joint activities: a loose reading of close ties")
F("Mark Carney", "visited", "Stockholm", "asserted", True,
  {A2: "Carney arrived in Helsinki from Stockholm, where he met Swedish Prime Minister Ulf Kristersson"},
  alt_o=["Sweden"])
F("Mark Carney", "met_with", "Ulf Kristersson", "asserted", True,
  {A2: "where he met Swedish Prime Minister Ulf Kristersson on Tuesday"},
  alt_s=["Canada"], alt_o=["Sweden"])
F("Ulf Kristersson", "head_of", "Sweden", "asserted", True,
  {A2: "Swedish Prime Minister Ulf Kristersson"}, role="prime minister")
F("Mark Carney", "visited", "Oslo", "planned", True,
  {A2: "He is due to fly to Oslo later on Thursday"}, alt_o=["Norway"])

# --- A3 new_zealand_shadow_fleet_sanctions.txt (wire)
F("New Zealand", "sanctioned", "Sovcomflot", "asserted", True,
  {A3: "New Zealand on Tuesday imposed sanctions on Russia's state-owned shipping group Sovcomflot"},
  alt_s=["Wellington"])
F("New Zealand", "sanctioned", "Russia", "asserted", True,
  {A3: "when Wellington imposed a 35% tariff on all Russian imports"},
  alt_s=["Wellington", "Winston Peters", "Christopher Luxon"], alt_o=["Moscow"],
  note="Tuesday's sanctions on Russian ships and the 35% tariff on Russian imports imposed in 2022; two events, so no single time")
F("Sovcomflot", "based_in", "Russia", "asserted", False,
  {A3: "Russia's state-owned shipping group Sovcomflot"}, note="possessive: a Russian state company")
F("Australia", "sanctioned", "Sovcomflot", "reported", True,
  {A3: "also sanctioned Sovcomflot"}, alt_s=["Penny Wong", "Canberra"])
F("Australia", "sanctioned", "Russia", "asserted", False,
  {A3: "announced similar measures in Canberra on the same day"}, alt_s=["Penny Wong", "Canberra"],
  note="'similar measures': loose")
F("Australia", "allied_with", "New Zealand", "asserted", True,
  {A3: "in a move coordinated with close ally Australia",
   A7: "whose countries are among each other's closest allies"},
  alt_s=["Anthony Albanese", "Canberra"], alt_o=["Christopher Luxon", "Wellington"])
F("Winston Peters", "works_for", "New Zealand", "asserted", True,
  {A3: "Foreign Minister Winston Peters"}, alt_o=["Christopher Luxon"], role="foreign minister")
F("Winston Peters", "criticized", "Russia", "asserted", True,
  {A3: "Foreign Minister Winston Peters accused Russia"}, alt_s=["New Zealand"], alt_o=["Moscow"])
F("Russia", "in_conflict_with", "Ukraine", "asserted", True,
  {A3: "to pay for its war against Ukraine"}, alt_s=["Moscow"])
F("Russia", "attacked", "Ukraine", "asserted", True,
  {A3: "since Russia's full-scale invasion in 2022"}, time="2022")
F("Penny Wong", "works_for", "Australia", "asserted", True,
  {A3: "whose Foreign Minister Penny Wong"}, role="foreign minister")
F("India", "imports_from", "Russia", "reported", True,
  {A3: "Much of the crude carried by the fleet is sold to India and China"},
  commodity="crude oil", note="the fleet carries Russian oil")
F("China", "imports_from", "Russia", "reported", True,
  {A3: "Much of the crude carried by the fleet is sold to India and China"},
  commodity="crude oil", note="the fleet carries Russian oil")
F("India", "sanctioned", "Russia", "negated", False,
  {A3: "Neither country has joined Western sanctions on Russian oil"},
  note="'Neither country': group reference")
F("China", "sanctioned", "Russia", "negated", False,
  {A3: "Neither country has joined Western sanctions on Russian oil"},
  note="'Neither country': group reference")
F("Russia", "criticized", "New Zealand", "asserted", True,
  {A3: "The embassy accused New Zealand"}, alt_s=["Moscow"],
  note="Russia's embassy 'rejected the sanctions' and 'accused New Zealand'")
F("New Zealand", "supported", "Ukraine", "asserted", True,
  {A3: "New Zealand has given Ukraine more than NZ$130 million"}, alt_s=["Wellington"],
  note="'since 2022': a span, so no point time")
F("New Zealand", "member_of", "NATO", "negated", True,
  {A3: "New Zealand is not a member of NATO"})
F("New Zealand", "allied_with", "NATO", "asserted", False,
  {A3: "but is one of its four Indo-Pacific partners"}, note="'Indo-Pacific partner' of NATO")
F("Australia", "allied_with", "NATO", "asserted", False,
  {A3: "along with Australia, Japan and South Korea"}, note="group: NATO's Indo-Pacific partners")
F("Japan", "allied_with", "NATO", "asserted", False,
  {A3: "along with Australia, Japan and South Korea"}, note="group: NATO's Indo-Pacific partners")
F("South Korea", "allied_with", "NATO", "asserted", False,
  {A3: "along with Australia, Japan and South Korea"}, note="group: NATO's Indo-Pacific partners")
F("Christopher Luxon", "head_of", "New Zealand", "asserted", True,
  {A3: "Prime Minister Christopher Luxon, who is due to travel to Europe",
   A7: "Prime Minister Christopher Luxon called the drills"}, role="prime minister")
F("Christopher Luxon", "visited", "Europe", "planned", True,
  {A3: "who is due to travel to Europe next month"})
F("New Zealand", "sanctioned", "Russia", "planned", False,
  {A3: "said Wellington would \"keep turning the screws\" on Moscow"},
  alt_s=["Wellington", "Christopher Luxon"], alt_o=["Moscow"], note="more pressure promised, an idiom")
F("Vasyl Myroshnychenko", "works_for", "Ukraine", "asserted", True,
  {A3: "Ukraine's ambassador to Australia and New Zealand, Vasyl Myroshnychenko"}, role="ambassador")
F("Vasyl Myroshnychenko", "supported", "New Zealand", "asserted", False,
  {A3: "welcomed the decision"}, note="'welcomed the decision': loose")
F("European Union", "sanctioned", "Russia", "asserted", False,
  {A3: "The European Union and Britain have sanctioned several hundred shadow fleet vessels"},
  note="the object is Russia's shadow fleet")
F("United Kingdom", "sanctioned", "Russia", "asserted", False,
  {A3: "The European Union and Britain have sanctioned several hundred shadow fleet vessels"},
  note="the object is Russia's shadow fleet")
F("New Zealand", "trades_with", "Russia", "asserted", False,
  {A3: "Trade between New Zealand and Russia has dwindled since 2022"},
  note="trade that has dwindled, not stopped")

# --- A4 argentina_chile_ice_field_talks.txt (published 2025-06-12, a Thursday)
F("Argentina", "signed_agreement_with", "Chile", "asserted", True,
  {A4: "signed the memorandum in Santiago"}, time="2025-06-11",
  alt_s=["Gerardo Werthein", "Buenos Aires"], alt_o=["Alberto van Klaveren", "Santiago"],
  note="'agreed on Wednesday' (2025-06-11); the ministers 'signed the memorandum'; the 1998 agreement is an older instance of the same unit")
F("Gerardo Werthein", "works_for", "Argentina", "asserted", True,
  {A4: "Argentine Foreign Minister Gerardo Werthein"}, alt_o=["Javier Milei"], role="foreign minister")
F("Alberto van Klaveren", "works_for", "Chile", "asserted", True,
  {A4: "his Chilean counterpart Alberto van Klaveren"}, alt_o=["Gabriel Boric"], role="foreign minister")
F("Gerardo Werthein", "met_with", "Alberto van Klaveren", "asserted", True,
  {A4: "after a morning of talks at the La Moneda palace"}, time="2025-06-11",
  alt_s=["Argentina"], alt_o=["Chile"])
F("Gerardo Werthein", "visited", "Santiago", "asserted", True,
  {A4: "signed the memorandum in Santiago"}, time="2025-06-11", alt_o=["Chile"],
  note="the Argentine minister signed in Santiago 'during the visit'")
F("Santiago", "capital_of", "Chile", "asserted", True,
  {A4: "Santiago, the Chilean capital"})
F("Santiago", "located_in", "Chile", "asserted", False,
  {A4: "Santiago, the Chilean capital"}, note="entailed by capital_of")
F("Argentina", "borders", "Chile", "asserted", True,
  {A4: "the last stretch of their 5,300-km border"})
F("Santa Cruz", "located_in", "Argentina", "asserted", True,
  {A4: "Argentina's Santa Cruz province"})
F("Magallanes", "located_in", "Chile", "asserted", True,
  {A4: "Chile's Magallanes region"})
F("Southern Patagonian Ice Field", "located_in", "Santa Cruz", "asserted", False,
  {A4: "which straddles Argentina's Santa Cruz province and Chile's Magallanes region"},
  note="'straddles': partly in each")
F("Southern Patagonian Ice Field", "located_in", "Magallanes", "asserted", False,
  {A4: "which straddles Argentina's Santa Cruz province and Chile's Magallanes region"},
  note="'straddles': partly in each")
F("Argentina", "party_to", "Ice Fields Agreement", "asserted", True,
  {A4: "the 1998 Ice Fields Agreement, under which Buenos Aires and Santiago split most of the area"},
  time="1998", alt_s=["Buenos Aires"], note="Buenos Aires as metonymy")
F("Chile", "party_to", "Ice Fields Agreement", "asserted", True,
  {A4: "the 1998 Ice Fields Agreement, under which Buenos Aires and Santiago split most of the area"},
  time="1998", alt_s=["Santiago"], note="Santiago as metonymy")
F("Argentina", "in_conflict_with", "Chile", "asserted", False,
  {A4: "That section has been the subject of a long-running dispute"},
  note="a long-running dispute whose parties are implicit ('either country'); the 1978 near-war over the Beagle Channel")
F("Chile", "criticized", "Argentina", "asserted", True,
  {A4: "Chile's foreign ministry protested to Argentina"}, time="2024",
  note="'Last year' against 2025-06-12")
F("Gerardo Werthein", "met_with", "Gabriel Boric", "negated", True,
  {A4: "Werthein did not meet Chilean President Gabriel Boric during the visit"})
F("Gabriel Boric", "head_of", "Chile", "asserted", True,
  {A4: "Chilean President Gabriel Boric"}, role="president")
F("Javier Milei", "head_of", "Argentina", "asserted", True,
  {A4: "Argentine President Javier Milei"}, role="president")
F("Gabriel Boric", "criticized", "Javier Milei", "asserted", False,
  {A4: "have traded barbs since Milei took office in December 2023"},
  note="'traded barbs': mutual criticism, loose")
F("Javier Milei", "criticized", "Gabriel Boric", "asserted", False,
  {A4: "have traded barbs since Milei took office in December 2023"},
  note="'traded barbs': mutual criticism, loose")
F("Argentina", "negotiating_with", "Chile", "negated", False,
  {A4: "We are not negotiating sovereignty today"}, alt_s=["Gerardo Werthein"], alt_o=["Alberto van Klaveren"],
  note="van Klaveren: 'We are not negotiating sovereignty today' (they did hold talks, so also a POS row)")
F("Argentina", "negotiating_with", "Chile", "asserted", False,
  {A4: "after a morning of talks at the La Moneda palace"}, time="2025-06-11",
  alt_s=["Gerardo Werthein"], alt_o=["Alberto van Klaveren"], note="the ministers' talks")
F("Argentina", "negotiating_with", "Chile", "planned", False,
  {A4: "The next round of boundary talks will be held in Buenos Aires"}, time="2025-09",
  note="'in September', parties only as 'the two ministries'")
F("Holy See", "brokered", "Treaty of Peace and Friendship", "asserted", True,
  {A4: "the 1984 Treaty of Peace and Friendship, which the Vatican mediated"}, time="1984")
F("Argentina", "party_to", "Treaty of Peace and Friendship", "asserted", False,
  {A4: "a dispute settled by the 1984 Treaty of Peace and Friendship"}, time="1984",
  note="parties only as 'The two countries'")
F("Chile", "party_to", "Treaty of Peace and Friendship", "asserted", False,
  {A4: "a dispute settled by the 1984 Treaty of Peace and Friendship"}, time="1984",
  note="parties only as 'The two countries'")
F("Javier Milei", "visited", "Chile", "hedged", True,
  {A4: "Milei is expected to visit Chile next month"}, time="2025-07")
F("Javier Milei", "met_with", "Gabriel Boric", "negated", False,
  {A4: "no meeting with Boric has been scheduled"}, note="not scheduled: a negation of a plan")
F("Argentina", "member_of", "Mercosur", "asserted", True,
  {A4: "Argentina is a founding member of the Mercosur trade bloc",
   A6: "Brazil, Argentina and Uruguay, Paraguay's partners in the Mercosur trade bloc"})
F("Chile", "member_of", "Mercosur", "asserted", False,
  {A4: "while Chile is an associate member"}, note="associate member only")
F("Argentina", "trades_with", "Chile", "asserted", True,
  {A4: "Trade between the two neighbours reached about $7.5 billion last year"}, time="2024",
  note="'last year' against 2025-06-12; 'the two neighbours'")
F("Chile", "imports_from", "Argentina", "asserted", True,
  {A4: "Chile imports most of its pipeline gas from Argentina's Neuquen basin"},
  commodity="natural gas")
F("Neuquen basin", "located_in", "Argentina", "asserted", True,
  {A4: "Argentina's Neuquen basin"})
F("Buenos Aires", "capital_of", "Argentina", "asserted", True,
  {A4: "Buenos Aires, the Argentine capital"})
F("Buenos Aires", "located_in", "Argentina", "asserted", False,
  {A4: "Buenos Aires, the Argentine capital"}, note="entailed by capital_of")

# --- A5 northwest_passage_cutter_protest.txt (published 2025-09-04, a Thursday)
F("Canada", "criticized", "United States", "asserted", True,
  {A5: "Canada lodged a formal protest with the United States on Wednesday"}, time="2025-09-03",
  alt_s=["Anita Anand", "Ottawa"],
  note="also 'Anand accused Washington of ignoring the 1988 Arctic Cooperation Agreement'")
F("Anita Anand", "works_for", "Canada", "asserted", True,
  {A5: "Foreign Affairs Minister Anita Anand"}, alt_o=["Mark Carney"], role="foreign affairs minister")
F("Pete Hoekstra", "works_for", "United States", "asserted", True,
  {A5: "U.S. Ambassador Pete Hoekstra"}, alt_o=["Donald Trump"], role="ambassador")
F("Anita Anand", "met_with", "Pete Hoekstra", "reported", True,
  {A5: "Foreign Affairs Minister Anita Anand met U.S. Ambassador Pete Hoekstra"}, time="2025-09-03",
  note="the day of the protest (Wednesday)")
F("United States", "party_to", "Arctic Cooperation Agreement", "asserted", True,
  {A5: "under which the U.S. agreed to seek Canada's consent"}, time="1988")
F("Canada", "party_to", "Arctic Cooperation Agreement", "asserted", False,
  {A5: "the 1988 agreement, which both signed that year"}, time="1988",
  note="'which both signed': group reference")
F("Canada", "signed_agreement_with", "United States", "asserted", False,
  {A5: "the 1988 agreement, which both signed that year",
   A2: "an icebreaker cooperation pact they launched with the United States in 2024"},
  note="A5: the 1988 Arctic Cooperation Agreement ('which both signed'); A2: the ICE Pact, launched with the United States in 2024; two instances, so no single time")
F("United States", "contacted", "Canada", "negated", False,
  {A5: "The United States did not seek that consent this time"},
  note="did not seek consent: a loose reading of contact")
F("Cambridge Bay", "located_in", "Nunavut", "asserted", True,
  {A5: "near Cambridge Bay in Nunavut"})
F("Nunavut", "located_in", "Canada", "asserted", True,
  {A5: "Nunavut, Canada's largest territory"})
F("Canada", "in_conflict_with", "United States", "asserted", False,
  {A5: "The two countries have held that long-running dispute for decades"},
  note="'The two countries': group reference; 'one of the oldest quarrels between the two neighbours'")
F("Canada", "borders", "United States", "asserted", False,
  {A5: "one of the oldest quarrels between the two neighbours"}, note="'the two neighbours'")
F("United States", "party_to", "United Nations Convention on the Law of the Sea", "negated", True,
  {A5: "The United States has not ratified the United Nations Convention on the Law of the Sea"})
F("Canada", "party_to", "United Nations Convention on the Law of the Sea", "asserted", True,
  {A5: "which Canada ratified in 2003"}, time="2003")
F("United States", "sanctioned", "Canada", "asserted", True,
  {A5: "U.S. tariffs on Canadian steel, aluminium and autos, which President Donald Trump imposed earlier this year"},
  time="2025", alt_s=["Donald Trump"], note="'earlier this year' against 2025-09-04")
F("Donald Trump", "head_of", "United States", "asserted", True,
  {A5: "President Donald Trump imposed"}, role="president")
F("Mark Carney", "negotiating_with", "United States", "asserted", False,
  {A5: "Prime Minister Mark Carney is trying to negotiate relief from U.S. tariffs"},
  alt_s=["Canada"], alt_o=["Donald Trump"], note="'trying to negotiate': loose")
F("Donald Trump", "threatened", "Canada", "asserted", False,
  {A5: "Trump has repeatedly mused about making Canada the 51st U.S. state"},
  note="musing about annexation: a loose reading of a threat")
F("Mark Carney", "criticized", "Donald Trump", "asserted", False,
  {A5: "remarks that Carney has called \"not helpful\""}, note="criticizes the remarks")
F("Anita Anand", "met_with", "Marco Rubio", "hedged", True,
  {A5: "Anand is expected to raise the voyage with Secretary of State Marco Rubio when the two meet in New York later this month"},
  time="2025-09", alt_s=["Canada"], alt_o=["United States"])
F("Anita Anand", "visited", "New York", "hedged", False,
  {A5: "when the two meet in New York later this month"}, time="2025-09")
F("Marco Rubio", "works_for", "United States", "asserted", True,
  {A5: "Secretary of State Marco Rubio"}, alt_o=["Donald Trump"], role="secretary of state")
F("Natan Obed", "head_of", "Inuit Tapiriit Kanatami", "asserted", True,
  {A5: "Natan Obed, president of Inuit Tapiriit Kanatami"}, role="president")
F("Inuit Tapiriit Kanatami", "based_in", "Ottawa", "asserted", True,
  {A5: "the Ottawa-based national organisation"})
F("Marguerite Tessier", "works_for", "Borealis Policy Centre", "asserted", True,
  {A5: "Marguerite Tessier, an Arctic analyst at the Borealis Policy Centre in Winnipeg"}, role="analyst")
F("Borealis Policy Centre", "based_in", "Winnipeg", "asserted", True,
  {A5: "the Borealis Policy Centre in Winnipeg"})
F("United States", "member_of", "NATO", "asserted", True,
  {A5: "Canada and the United States are both founding members of NATO"})
F("Canada", "member_of", "NORAD", "asserted", False,
  {A5: "jointly run NORAD"}, note="'jointly run': loose reading of membership")
F("United States", "member_of", "NORAD", "asserted", False,
  {A5: "jointly run NORAD"}, note="'jointly run': loose reading of membership")
F("NORAD", "based_in", "Colorado Springs", "asserted", True,
  {A5: "which is based in Colorado Springs"})

# --- A6 paraguay_taiwan_pena_visit.txt (published 2026-02-09, a Monday)
F("Santiago Pena", "head_of", "Paraguay", "asserted", True,
  {A6: "Paraguayan President Santiago Pena"}, role="president")
F("Lai Ching-te", "head_of", "Taiwan", "asserted", True,
  {A6: "for talks with President Lai Ching-te"}, role="president",
  note="'President Lai Ching-te' of Taiwan, named in the same clause")
F("Santiago Pena", "visited", "Taiwan", "planned", True,
  {A6: "Paraguayan President Santiago Pena will travel to Taiwan next week"}, time="2026-02",
  alt_o=["Taipei"], note="'next week' against 2026-02-09")
F("Santiago Pena", "met_with", "Lai Ching-te", "planned", True,
  {A6: "will travel to Taiwan next week for talks with President Lai Ching-te"}, time="2026-02",
  alt_s=["Paraguay"], alt_o=["Taiwan"],
  note="also 'Lai ... is due to host Pena at the Presidential Office on Tuesday of next week' (2026-02-17)")
F("Paraguay", "recognizes", "Taiwan", "asserted", True,
  {A6: "Paraguay is the only country in South America that recognizes Taiwan"},
  alt_s=["Asuncion"], alt_o=["Taipei"])
F("Paraguay", "located_in", "South America", "asserted", True,
  {A6: "Paraguay is the only country in South America"})
F("Paraguay", "diplomatic_relations_with", "Taiwan", "asserted", False,
  {A6: "Asuncion's refusal to break with Taipei"}, alt_s=["Asuncion"], alt_o=["Taipei"],
  note="ties held, not cut; 'will not cut ties with Taipei' must not become a negation")
F("Paraguay", "recognizes", "China", "negated", True,
  {A6: "It does not recognize the People's Republic of China"})
F("Paraguay", "diplomatic_relations_with", "China", "negated", False,
  {A6: "have lobbied for years for the government to open relations with Beijing"}, alt_o=["Beijing"],
  note="relations still to be opened; with 'does not recognize the People's Republic of China'")
F("China", "imports_from", "Paraguay", "negated", False,
  {A6: "Chinese buyers are largely closed to Paraguayan beef"}, commodity="beef",
  note="'largely closed': a hedged negation about buyers")
F("Santiago Pena", "signed_agreement_with", "Lai Ching-te", "hedged", True,
  {A6: "Pena and Lai are expected to sign an agreement on semiconductor training"},
  alt_s=["Paraguay"], alt_o=["Taiwan"])
F("Taiwan", "supported", "Paraguay", "hedged", False,
  {A6: "a loan for a new hospital in Asuncion"}, alt_o=["Asuncion"],
  note="an expected loan; loose reading of aid")
F("Asuncion", "capital_of", "Paraguay", "asserted", True,
  {A6: "Asuncion, the Paraguayan capital"})
F("Asuncion", "located_in", "Paraguay", "asserted", False,
  {A6: "Asuncion, the Paraguayan capital"}, note="entailed by capital_of")
F("Ruben Ramirez Lezcano", "works_for", "Paraguay", "asserted", True,
  {A6: "according to Foreign Minister Ruben Ramirez Lezcano"}, alt_o=["Santiago Pena"],
  role="foreign minister", note="Paraguay's minister by context")
F("Santiago Pena", "visited", "Taiwan", "asserted", True,
  {A6: "last visited Taiwan in 2024"}, time="2024", alt_o=["Taipei"],
  note="'when he attended Lai's inauguration in Taipei'")
F("Taipei", "capital_of", "Taiwan", "asserted", True,
  {A6: "Taipei, the island's capital"}, note="'the island' is Taiwan")
F("Taiwan", "imports_from", "Paraguay", "asserted", True,
  {A6: "Taiwan has since become one of the biggest buyers of Paraguayan beef and pork"},
  commodity="beef, pork")
F("Paraguay", "borders", "Brazil", "asserted", False,
  {A6: "near the Brazilian border"}, note="implied by plants in Paraguay near the Brazilian border")
F("China", "criticized", "Paraguay", "reported", True,
  {A6: "accused Asuncion of \"standing on the wrong side of history\""}, time="2026-02-06",
  alt_s=["Guo Jiakun", "Beijing"], alt_o=["Asuncion", "Santiago Pena"],
  note="'China's foreign ministry criticised the planned trip'; Guo 'said on Friday' (2026-02-06)")
F("Guo Jiakun", "works_for", "China", "asserted", True,
  {A6: "Spokesperson Guo Jiakun said on Friday"}, alt_o=["Beijing"], role="spokesperson",
  note="spokesperson of 'China's foreign ministry' (previous sentence)")
F("China", "criticized", "Taiwan", "reported", False,
  {A6: "Beijing \"firmly opposes\" any official exchanges with Taiwan"}, alt_s=["Beijing", "Guo Jiakun"],
  note="opposes exchanges with Taiwan: loose")
F("Taiwan", "located_in", "China", "reported", False,
  {A6: "China regards Taiwan as part of its territory"},
  note="China's claim, which Taipei rejects; never asserted by the article")
F("Taiwan", "criticized", "China", "asserted", False,
  {A6: "a claim that the government in Taipei rejects"}, alt_s=["Taipei"],
  note="'rejects' China's claim")
F("Chile", "imports_from", "Paraguay", "asserted", False,
  {A6: "whose members sell most of their beef to Chile and Russia"}, commodity="beef",
  note="Paraguayan ranchers sell beef to Chile: needs the ranchers to be Paraguayan")
F("Russia", "imports_from", "Paraguay", "asserted", False,
  {A6: "whose members sell most of their beef to Chile and Russia"}, commodity="beef",
  note="Paraguayan ranchers sell beef to Russia: needs the ranchers to be Paraguayan")
F("Brazil", "member_of", "Mercosur", "asserted", True,
  {A6: "Brazil, Argentina and Uruguay, Paraguay's partners in the Mercosur trade bloc"})
F("Uruguay", "member_of", "Mercosur", "asserted", True,
  {A6: "Brazil, Argentina and Uruguay, Paraguay's partners in the Mercosur trade bloc"})
F("Brazil", "recognizes", "China", "asserted", True,
  {A6: "all recognize Beijing"}, alt_o=["Beijing"])
F("Argentina", "recognizes", "China", "asserted", True,
  {A6: "all recognize Beijing"}, alt_o=["Beijing"])
F("Uruguay", "recognizes", "China", "asserted", True,
  {A6: "all recognize Beijing"}, alt_o=["Beijing"])
F("China", "imports_from", "Brazil", "asserted", False,
  {A6: "count China as their largest or second-largest export market"},
  alt_p=["trades_with"], note="group statement about three countries")
F("China", "imports_from", "Argentina", "asserted", False,
  {A6: "count China as their largest or second-largest export market"},
  alt_p=["trades_with"], note="group statement about three countries")
F("China", "imports_from", "Uruguay", "asserted", False,
  {A6: "count China as their largest or second-largest export market"},
  alt_p=["trades_with"], note="group statement about three countries")
F("Paraguay", "member_of", "Mercosur", "asserted", True,
  {A6: "Paraguay, a founding member of Mercosur"})
F("United States", "supported", "Santiago Pena", "asserted", True,
  {A6: "The United States has backed Pena's stance"}, alt_o=["Paraguay"])
F("United States", "diplomatic_relations_with", "Taiwan", "negated", True,
  {A6: "which does not have formal diplomatic relations with Taipei"}, alt_o=["Taipei"])
F("Taiwan", "imports_from", "United States", "asserted", True,
  {A6: "is Taiwan's main arms supplier"}, alt_p=["trades_with"], commodity="arms")
F("United States", "supported", "Taiwan", "asserted", False,
  {A6: "is Taiwan's main arms supplier"}, note="arms supply as military support")
F("United States", "negotiating_with", "Paraguay", "asserted", False,
  {A6: "sent a delegation to Asuncion last month to discuss security cooperation"}, time="2026-01",
  alt_o=["Asuncion"], note="'last month' against 2026-02-09; a delegation's talks")
F("Paraguay", "imports_from", "United States", "hedged", False,
  {A6: "a possible Paraguayan purchase of U.S. radar systems"}, commodity="radar systems")
F("Lai Ching-te", "visited", "Paraguay", "negated", True,
  {A6: "Lai, who has not been able to visit Paraguay since he took office"})
F("Lin Chia-lung", "works_for", "Taiwan", "asserted", True,
  {A6: "Taiwanese Foreign Minister Lin Chia-lung"}, alt_o=["Lai Ching-te"], role="foreign minister")

# --- A7 tasman_sea_naval_drills.html (published 2026-03-05, a Thursday)
F("Australia", "criticized", "China", "asserted", True,
  {A7: "Australia and New Zealand demanded an explanation from China on Wednesday"}, time="2026-03-04",
  alt_s=["Anthony Albanese", "Canberra"], alt_o=["Beijing"])
F("New Zealand", "criticized", "China", "asserted", True,
  {A7: "Australia and New Zealand demanded an explanation from China on Wednesday"}, time="2026-03-04",
  alt_s=["Christopher Luxon", "Judith Collins", "Wellington"], alt_o=["Beijing"],
  note="Luxon called the drills 'unusual and unwelcome'")
F("New Zealand", "criticized", "China", "planned", False,
  {A7: "New Zealand would lodge its own protest with Beijing"},
  alt_s=["Judith Collins", "Wellington"], alt_o=["Beijing"], note="a protest still to be lodged")
F("Anthony Albanese", "head_of", "Australia", "asserted", True,
  {A7: "Prime Minister Anthony Albanese said"}, role="prime minister",
  note="Australia's prime minister by context")
F("Richard Marles", "works_for", "Australia", "asserted", True,
  {A7: "Defence Minister Richard Marles"}, alt_o=["Anthony Albanese"], role="defence minister")
F("Richard Marles", "contacted", "Dong Jun", "asserted", True,
  {A7: "he had raised the matter in a phone call with Chinese Defence Minister Dong Jun on Wednesday"},
  time="2026-03-04", alt_s=["Australia"], alt_o=["China"])
F("Dong Jun", "works_for", "China", "asserted", True,
  {A7: "Chinese Defence Minister Dong Jun"}, role="defence minister")
F("China", "contacted", "Australia", "negated", True,
  {A7: "Beijing did not notify Canberra in advance"}, alt_s=["Beijing"], alt_o=["Canberra"])
F("Xiao Qian", "works_for", "China", "asserted", True,
  {A7: "China's ambassador in Canberra, Xiao Qian"}, role="ambassador")
F("Xiao Qian", "lives_in", "Canberra", "asserted", False,
  {A7: "China's ambassador in Canberra, Xiao Qian"}, note="posted in Canberra")
F("Judith Collins", "works_for", "New Zealand", "asserted", True,
  {A7: "New Zealand's Defence Minister Judith Collins"}, alt_o=["Christopher Luxon"], role="defence minister")
F("Christopher Luxon", "met_with", "Anthony Albanese", "hedged", True,
  {A7: "are expected to discuss the drills when they meet in Queenstown"}, time="2026-03",
  alt_s=["New Zealand"], alt_o=["Australia"], note="'later this month' against 2026-03-05")
F("Anthony Albanese", "visited", "Queenstown", "hedged", False,
  {A7: "when they meet in Queenstown"}, time="2026-03", alt_o=["New Zealand"],
  note="the Australian leader would travel to Queenstown")
F("Queenstown", "located_in", "South Island", "asserted", True,
  {A7: "Queenstown, on New Zealand's South Island"})
F("South Island", "located_in", "New Zealand", "asserted", True,
  {A7: "New Zealand's South Island"})
F("Australia", "party_to", "AUKUS", "asserted", True,
  {A7: "Australia is a member of AUKUS"}, time="2021", alt_p=["member_of"],
  note="'a member of AUKUS, the security pact it signed ... in 2021'")
F("United States", "party_to", "AUKUS", "asserted", True,
  {A7: "the security pact it signed with the United States and Britain in 2021"}, time="2021")
F("United Kingdom", "party_to", "AUKUS", "asserted", True,
  {A7: "the security pact it signed with the United States and Britain in 2021"}, time="2021")
F("Australia", "signed_agreement_with", "United States", "asserted", False,
  {A7: "the security pact it signed with the United States and Britain in 2021"}, time="2021",
  note="entailed by AUKUS")
F("Australia", "signed_agreement_with", "United Kingdom", "asserted", False,
  {A7: "the security pact it signed with the United States and Britain in 2021"}, time="2021",
  note="entailed by AUKUS")
F("New Zealand", "party_to", "AUKUS", "negated", True,
  {A7: "New Zealand has not joined AUKUS"})
F("New Zealand", "candidate_for", "AUKUS", "reported", False,
  {A7: "it is exploring whether to take part in the pact's non-nuclear second pillar"},
  note="exploring a part of the pact only")
F("China", "signed_agreement_with", "Solomon Islands", "asserted", True,
  {A7: "signed a policing and security pact with Solomon Islands in 2022"}, time="2022")
F("Australia", "normalized_relations_with", "China", "asserted", False,
  {A7: "Relations between Canberra and Beijing have improved"}, alt_s=["Canberra"], alt_o=["Beijing"],
  note="'improved': loose")
F("China", "sanctioned", "Australia", "asserted", False,
  {A7: "since China lifted trade restrictions on Australian barley, wine and lobster"},
  note="restrictions that existed until they were lifted in 2023-2024")
F("China", "trades_with", "Australia", "asserted", True,
  {A7: "China remains Australia's largest trading partner"})

# --- A8 acto_mercury_declaration.html (published 2025-08-23, a Saturday)
for c in ["Bolivia", "Brazil", "Colombia", "Ecuador", "Guyana", "Peru", "Suriname"]:
    F(c, "party_to", "Bogota Mercury Declaration", "asserted", True,
      {A8: "Bolivia, Brazil, Colombia, Ecuador, Guyana, Peru and Suriname signed the Bogota Mercury Declaration"},
      time="2025-08-22", note="'signed a pledge on Friday' (2025-08-22)")
F("Venezuela", "party_to", "Bogota Mercury Declaration", "negated", True,
  {A8: "did not sign the declaration"},
  note="'Venezuela, which is also a member of ACTO, did not sign the declaration'")
F("Venezuela", "member_of", "Amazon Cooperation Treaty Organization", "asserted", True,
  {A8: "Venezuela, which is also a member of ACTO"})
F("Gustavo Petro", "head_of", "Colombia", "asserted", True,
  {A8: "Colombian President Gustavo Petro"}, role="president")
F("Nicolas Maduro", "head_of", "Venezuela", "asserted", True,
  {A8: "Venezuelan President Nicolas Maduro"}, role="president")
F("Nicolas Maduro", "visited", "Bogota", "negated", True,
  {A8: "did not travel to Bogota, the Colombian capital"}, alt_o=["Colombia"])
F("Bogota", "capital_of", "Colombia", "asserted", True,
  {A8: "Bogota, the Colombian capital"})
F("Bogota", "located_in", "Colombia", "asserted", False,
  {A8: "Bogota, the Colombian capital"}, note="entailed by capital_of")
F("Luiz Inacio Lula da Silva", "visited", "Bogota", "asserted", True,
  {A8: "who flew to Bogota on Friday morning"}, time="2025-08-22", alt_o=["Colombia"])
F("Luiz Inacio Lula da Silva", "met_with", "Gustavo Petro", "asserted", True,
  {A8: "met Petro before the summit"}, time="2025-08-22", alt_s=["Brazil"], alt_o=["Colombia"])
F("Belem", "located_in", "Brazil", "asserted", True,
  {A8: "Belem, the Brazilian city at the mouth of the Amazon"})
F("Bolivia", "imports_from", "Mexico", "reported", True,
  {A8: "Bolivia, the region's largest importer of mercury, buys most of it from Mexico"},
  commodity="mercury")
F("Brazil", "party_to", "Minamata Convention on Mercury", "asserted", True,
  {A8: "Brazil and Peru are both parties to the Minamata Convention on Mercury"})
F("Peru", "party_to", "Minamata Convention on Mercury", "asserted", True,
  {A8: "Brazil and Peru are both parties to the Minamata Convention on Mercury"})
F("Guyana", "contacted", "Amazon Cooperation Treaty Organization", "asserted", False,
  {A8: "have asked ACTO for help in training border inspectors"}, note="'asked ACTO for help': loose")
F("Suriname", "contacted", "Amazon Cooperation Treaty Organization", "asserted", False,
  {A8: "have asked ACTO for help in training border inspectors"}, note="'asked ACTO for help': loose")
F("Martin von Hildebrand", "head_of", "Amazon Cooperation Treaty Organization", "asserted", True,
  {A8: "Its secretary-general, the Colombian anthropologist Martin von Hildebrand"}, role="secretary-general",
  note="'Its' is ACTO, subject of the previous sentence")
F("Martin von Hildebrand", "citizen_of", "Colombia", "asserted", True,
  {A8: "the Colombian anthropologist Martin von Hildebrand"})
F("Gustavo Petro", "criticized", "United States", "asserted", True,
  {A8: "Petro used his closing speech to criticise the United States"}, time="2025-08-22",
  alt_s=["Colombia"], note="the closing speech of Friday's summit")
F("Norway", "supported", "Amazon Fund", "reported", True,
  {A8: "pledged a further $60 million to the fund on Friday"}, time="2025-08-22",
  note="'Norway, the largest donor to Brazil's Amazon Fund, pledged a further $60 million to the fund on Friday'")
F("Amazon Fund", "based_in", "Brazil", "asserted", False,
  {A8: "Brazil's Amazon Fund"}, note="possessive")
F("Germany", "supported", "Amazon Fund", "hedged", False,
  {A8: "Germany is expected to announce a new contribution at COP30"}, time="2025-11",
  note="the fund only by context; COP30 is 'in November'")
F("Rios Vivos", "based_in", "Bogota", "asserted", True,
  {A8: "the Bogota-based group Rios Vivos"})
F("Tomas Aguirre", "works_for", "Rios Vivos", "asserted", True,
  {A8: "said Tomas Aguirre of the Bogota-based group Rios Vivos"})
F("Colombia", "borders", "Venezuela", "asserted", False,
  {A8: "the Colombian-Venezuelan border"}, note="demonym compound")

# Demonyms are not aliases (SCHEMA.md names no demonym entity), but a fact
# like "British journalist Dom Phillips" names its country only through one,
# so the occurrence check accepts them.
DEMONYMS = {
    "United Kingdom": ["British"], "Brazil": ["Brazilian"], "Peru": ["Peruvian"],
    "Colombia": ["Colombian"], "Canada": ["Canadian"], "Finland": ["Finnish"],
    "Russia": ["Russian"], "Sweden": ["Swedish"], "Argentina": ["Argentine"],
    "Chile": ["Chilean"], "Paraguay": ["Paraguayan"], "Taiwan": ["Taiwanese"],
    "China": ["Chinese"], "Venezuela": ["Venezuelan"], "Australia": ["Australian"],
    "Norway": ["Norwegian"], "Bolivia": ["Bolivian"],
}

# -------------------------------------------------------------- helpers ---
PUBLISHED = {A4: "2025-06-12", A5: "2025-09-04", A6: "2026-02-09", A7: "2026-03-05", A8: "2025-08-23"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT",
            "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}


def clean_text(doc):
    raw = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
    if not doc.endswith(".html"):
        return raw
    raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|li|div|figcaption|time|title)>", "\n", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    raw = html.unescape(raw)
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in raw.split("\n")]
    return "\n".join(l for l in lines if l)


def title_of(doc, text):
    if doc.endswith(".html"):
        m = re.search(r"(?is)<h1[^>]*>(.*?)</h1>", open(os.path.join(CORPUS, doc), encoding="utf-8").read())
        return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
    first = text.split("\n", 1)[0]
    return first if doc in PUBLISHED else first.split(" - ", 1)[0]


ABBREV = ("U.S.", "U.K.", "Mr.", "Ms.", "Dr.", "St.")
BOUNDARY = re.compile(r'[.!?]["\u201d]?(?=\s+["\u201c]?[A-Z])|\n')


def sentences(text):
    """(start, end) of each sentence: split at line breaks and at . ! ? before
    a capital, except after an abbreviation such as U.S."""
    out, b = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group() != "\n" and any(text[:m.start() + 1].endswith(a) for a in ABBREV):
            continue
        e = m.end() if m.group() != "\n" else m.start()
        if text[b:e].strip():
            out.append((b, e))
        b = m.end()
        while b < len(text) and text[b] in " \n":
            b += 1
    if text[b:].strip():
        out.append((b, len(text.rstrip())))
    return out


def sentence_around(text, start, end):
    """Widen [start, end) to the sentence or sentences that hold it."""
    spans = [(b, e) for b, e in sentences(text) if b < end and e > start]
    return spans[0][0], spans[-1][1]


def fail(msg):
    sys.exit("build_gold: " + msg)


# --------------------------------------------------------------- checks ---
def main():
    texts = {d: clean_text(d) for d in DOCS}
    for d in DOCS:
        if not os.path.exists(os.path.join(CORPUS, d)):
            fail(f"missing article {d}")
    etype, alias_owner = {}, {}
    for e in E:
        if e["type"] not in TYPES:
            fail(f"{e['name']}: unknown type {e['type']}")
        if e["name"] in etype:
            fail(f"duplicate entity {e['name']}")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            k = a.lower()
            if k in alias_owner and alias_owner[k] != e["name"]:
                fail(f"alias {a!r} of {e['name']} already belongs to {alias_owner[k]}")
            alias_owner[k] = e["name"]

    def occurs(name, text):
        forms = [name] + next(x["aliases"] for x in E if x["name"] == name) + DEMONYMS.get(name, [])
        return any(re.search(r"(?<![A-Za-z])" + re.escape(f) + r"(?![A-Za-z])", text) for f in forms)

    seen, rows, statements = {}, [], []
    for t in T:
        s, p, o, mod = t["s"], t["p"], t["o"], t["modality"]
        if p not in SIG:
            fail(f"unknown predicate {p}")
        if mod not in MODALITIES:
            fail(f"{s} {p} {o}: unknown modality {mod}")
        if t["time"] and not TIME_RE.match(t["time"]):
            fail(f"{s} {p} {o}: bad time {t['time']}")
        for n in [s, o] + (t["alt_s"] or []) + (t["alt_o"] or []):
            if n not in etype:
                fail(f"{s} {p} {o}: {n!r} is not a gold entity")
        st_, ot_ = SIG[p]
        if etype[s] not in st_ or etype[o] not in ot_:
            fail(f"{s} ({etype[s]}) {p} {o} ({etype[o]}): types do not fit {p}")
        for ap in t["alt_p"] or []:
            if ap not in SIG:
                fail(f"{s} {p} {o}: unknown alt_p {ap}")
        if s == o:
            fail(f"{s} {p} {o}: subject is object")
        a, b = (s, o) if not (p in SYMMETRIC and s > o) else (o, s)
        unit = (a, p, b, POLARITY[mod])
        if unit in seen:
            fail(f"unit {unit} appears twice")
        seen[unit] = True
        for doc, ev in t["ev"].items():
            if doc not in texts:
                fail(f"{s} {p} {o}: unknown doc {doc}")
            text = texts[doc]
            i = text.find(ev)
            if i < 0:
                fail(f"{s} {p} {o}: evidence not in {doc}: {ev!r}")
            for n in (s, o):
                if not occurs(n, text):
                    fail(f"{s} {p} {o}: {n!r} (or an alias) does not occur in {doc}")
            b0, e0 = sentence_around(text, i, i + len(ev))
            statements.append({
                "subject": s, "subject_type": etype[s], "predicate": p, "object": o,
                "object_type": etype[o], "modality": mod, "time": t["time"] or "",
                "role": t["role"], "commodity": t["commodity"], "confidence": 1.0,
                "source": "corpus/" + doc, "title": title_of(doc, text),
                "published": PUBLISHED.get(doc, ""), "sentence": text[b0:e0],
                "start": b0, "end": e0, "rule": "gold"})
        row = {"s": s, "p": p, "o": o, "docs": [d for d in DOCS if d in t["ev"]], "modality": mod}
        if t["time"]:
            row["time"] = t["time"]
        row["required"] = t["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if t[k]:
                row[k] = t[k]
        if t["note"]:
            row["note"] = t["note"]
        rows.append(row)

    def dump(name, items):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

    dump("entities.jsonl", E)
    dump("triples.jsonl", rows)
    dump("selfcheck_statements.jsonl", statements)
    used = {n for r in rows for n in [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", [])}
    unused = [e["name"] for e in E if e["name"] not in used]
    print(f"entities={len(E)} rows={len(rows)} required={sum(r['required'] for r in rows)} "
          f"timed={sum('time' in r for r in rows)} statements={len(statements)}")
    if unused:
        print("entities in no row (kept so that their aliases resolve):", ", ".join(unused))


if __name__ == "__main__":
    main()
