#!/usr/bin/env python3
"""Build the gold of the zzzl news set: the single source of its truth.

Usage: python3 -B tools/build_gold.py [--self-test]

Every entity and every fact of the set is written down here, each fact with
one evidence phrase per document. Before anything is written the builder
runs its self-test (bad rows that each check must reject), then checks every
row against the extracted article bodies (tools/textutil.py):

  - vocabulary: predicates and entity types of SCHEMA.md, the five
    modalities, role only on head_of/works_for, commodity on imports_from;
  - types: subject and object (and every alternative reading) fit the
    predicate's signature;
  - evidence: the phrase occurs exactly once in the document body and lies
    inside one sentence; the subject and the object are named in that
    sentence by canonical name, alias, listed demonym or a declared mention
    (which must itself occur in the sentence);
  - time: a timed row has, in every document, a `when` phrase in the same
    sentence that resolves to exactly that time against the publication date
    (wire copy: explicit years only); an untimed row has no `when`;
  - units: no two rows share a scoring unit (subject, predicate, object,
    polarity; symmetric predicates unordered), and no alternative reading
    of one row is the main unit of another;
  - aliases: no alias names two entities under kgscore's normalization;
  - every entity is used by some row;
  - the corpus itself: body length, wire datelines and the absence of other
    dates in wire copy, newspaper headers, HTML page furniture.

It writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl
(the gold as `kg export --format jsonl` statements) next to corpus/.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# --------------------------------------------------------------------------
# Vocabulary (SCHEMA.md)

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTOR = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
SIGNATURES = {
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
    "supported": (ACTOR | {"Region"}, ACTOR | {"Region", "Agreement"}),
    "criticized": (ACTOR, ACTOR | {"Agreement"}),
    "threatened": (ACTOR, ACTOR | {"Region"}),
    "sanctioned": (ACTOR, ACTOR),
    "in_conflict_with": (ACTOR | {"Region"}, ACTOR | {"Region"}),
    "attacked": (ACTOR, ACTOR | {"Region", "City", "Facility"}),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACTOR, ACTOR | {"Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization"}, {"Country", "Organization"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
ROLE_PREDICATES = {"head_of", "works_for"}


def norm(s):
    """kgscore's name normalization."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


# --------------------------------------------------------------------------
# Documents. Wire copy carries no year: its date is declared here and must
# agree with the dateline's month and day.

DOCS = {
    "01": ("zzzl01_bolivia_us_ties.txt", "2025-11-12"),
    "02": ("zzzl02_ecuador_bases_vote.txt", "2025-11-17"),
    "03": ("zzzl03_madagascar_junta.txt", "2025-10-22"),
    "04": ("zzzl04_chile_kast_wins.txt", "2025-12-16"),
    "05": ("zzzl05_chagos_treaty_stalls.txt", "2025-11-20"),
    "06": ("zzzl06_mozambique_insurgency.txt", "2025-12-03"),
    "07": ("zzzl07_peru_mexico_rupture.html", "2025-11-04"),
    "08": ("zzzl08_seychelles_herminie.html", "2025-10-28"),
}

# --------------------------------------------------------------------------
# Entities: name, type, aliases (written to entities.jsonl), demonyms (used
# only to check that a sentence names the entity).

ENTITIES = []


def E(name, typ, aliases=(), demonyms=()):
    ENTITIES.append({"name": name, "type": typ, "aliases": list(aliases),
                     "demonyms": list(demonyms)})


# Countries
E("Bolivia", "Country", ["Plurinational State of Bolivia"], ["Bolivian", "Bolivians"])
E("United States", "Country", ["U.S.", "US", "USA", "United States of America", "America",
                                "Washington", "U.S. government", "Trump administration"],
  ["American", "Americans"])
E("Israel", "Country", ["State of Israel"], ["Israeli"])
E("Palestine", "Country", ["State of Palestine", "Palestinian state"], ["Palestinian"])
E("Brazil", "Country", [], ["Brazilian"])
E("Argentina", "Country", ["Argentine Republic"], ["Argentine", "Argentinian"])
E("Paraguay", "Country", [], ["Paraguayan"])
E("Chile", "Country", ["Republic of Chile"], ["Chilean", "Chileans"])
E("Peru", "Country", ["Republic of Peru"], ["Peruvian", "Peruvians"])
E("Russia", "Country", ["Russian Federation", "Moscow"], ["Russian"])
E("Ecuador", "Country", ["Republic of Ecuador"], ["Ecuadorian", "Ecuadorians"])
E("Colombia", "Country", ["Republic of Colombia", "Bogotá", "Bogota"], ["Colombian", "Colombians"])
E("Mexico", "Country", ["United Mexican States"], ["Mexican", "Mexicans"])
E("Sweden", "Country", [], ["Swedish"])
E("Venezuela", "Country", ["Caracas", "Bolivarian Republic of Venezuela"], ["Venezuelan", "Venezuelans"])
E("China", "Country", ["People's Republic of China", "PRC", "Beijing"], ["Chinese"])
E("Madagascar", "Country", ["Republic of Madagascar"], ["Malagasy"])
E("Mozambique", "Country", ["Republic of Mozambique"], ["Mozambican"])
E("France", "Country", ["French Republic", "Paris"], ["French"])
E("India", "Country", ["Republic of India", "New Delhi"], ["Indian"])
E("Pakistan", "Country", [], ["Pakistani"])
E("Mauritius", "Country", ["Republic of Mauritius"], ["Mauritian"])
E("United Kingdom", "Country", ["UK", "U.K.", "Britain", "Great Britain", "London"], ["British"])
E("Maldives", "Country", ["Republic of Maldives", "Maldive Islands"], ["Maldivian"])
E("Rwanda", "Country", [], ["Rwandan"])
E("Portugal", "Country", [], ["Portuguese"])
E("Tanzania", "Country", ["United Republic of Tanzania", "Dar es Salaam"], ["Tanzanian"])
E("South Africa", "Country", ["Republic of South Africa"], ["South African"])
E("Seychelles", "Country", ["Republic of Seychelles"], ["Seychellois"])
E("Comoros", "Country", ["Union of the Comoros", "Comoro Islands"], ["Comorian"])
E("United Arab Emirates", "Country", ["UAE", "U.A.E.", "Emirates"], ["Emirati"])

# People
E("Rodrigo Paz", "Person", ["Paz", "Rodrigo Paz Pereira", "President Rodrigo Paz"])
E("Evo Morales", "Person", ["Morales"])
E("Luis Arce", "Person", ["Arce"])
E("Christopher Landau", "Person", ["Landau"])
E("Marcelo Ticona", "Person", ["Ticona"])
E("Gabriel Boric", "Person", ["Boric", "President Gabriel Boric"])
E("Daniel Noboa", "Person", ["Noboa", "President Daniel Noboa"])
E("Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump"])
E("Rafael Correa", "Person", ["Correa"])
E("Kristi Noem", "Person", ["Noem"])
E("Gustavo Petro", "Person", ["Petro", "President Gustavo Petro"])
E("Armando Benedetti", "Person", ["Benedetti"])
E("Jorge Glas", "Person", ["Glas"])
E("José Antonio Kast", "Person", ["Kast", "Jose Antonio Kast"])
E("Jeannette Jara", "Person", ["Jara"])
E("Nicolás Maduro", "Person", ["Maduro", "Nicolas Maduro"])
E("Javier Milei", "Person", ["Milei"])
E("José Jerí", "Person", ["Jerí", "Jeri", "Jose Jeri"])
E("Marco Rubio", "Person", ["Rubio"])
E("Betssy Chávez", "Person", ["Chávez", "Chavez", "Betssy Chavez"])
E("Pedro Castillo", "Person", ["Castillo"])
E("Hugo de Zela", "Person", ["de Zela"])
E("Claudia Sheinbaum", "Person", ["Sheinbaum"])
E("Lilia Paredes", "Person", ["Paredes"])
E("Andrés Manuel López Obrador", "Person", ["López Obrador", "Lopez Obrador",
                                            "Andres Manuel Lopez Obrador", "AMLO"])
E("Dina Boluarte", "Person", ["Boluarte"])
E("Michael Randrianirina", "Person", ["Randrianirina", "Colonel Michael Randrianirina"])
E("Andry Rajoelina", "Person", ["Rajoelina"])
E("Herintsalama Rajaonarivelo", "Person", ["Rajaonarivelo"])
E("Joaquim Chissano", "Person", ["Chissano"])
E("Emmanuel Macron", "Person", ["Macron"])
E("Navin Ramgoolam", "Person", ["Ramgoolam"])
E("Julian Ashcombe", "Person", ["Ashcombe"])
E("Kemi Badenoch", "Person", ["Badenoch"])
E("Keir Starmer", "Person", ["Starmer"])
E("Aishath Rasheed", "Person", ["Rasheed"])
E("Mohamed Muizzu", "Person", ["Muizzu", "Mohammed Muizzu"])
E("Marie-Claire Élysée", "Person", ["Élysée", "Marie-Claire Elysee"])
E("Abdul Issufo", "Person", ["Issufo"])
E("Paul Kagame", "Person", ["Kagame"])
E("Patrick Pouyanné", "Person", ["Pouyanné", "Pouyanne", "Patrick Pouyanne"])
E("Daniel Chapo", "Person", ["Chapo"])
E("Venâncio Mondlane", "Person", ["Mondlane", "Venancio Mondlane"])
E("Samia Suluhu Hassan", "Person", ["Samia", "Suluhu Hassan"])
E("Tundu Lissu", "Person", ["Lissu"])
E("Volker Türk", "Person", ["Türk", "Turk", "Volker Turk"])
E("Patrick Herminie", "Person", ["Herminie"])
E("Wavel Ramkalawan", "Person", ["Ramkalawan"])
E("Narendra Modi", "Person", ["Modi"])
E("Azali Assoumani", "Person", ["Azali"])

# Organizations
E("Uranium One", "Organization", ["Uranium One Group"])
E("Rosatom", "Organization", ["State Atomic Energy Corporation Rosatom"])
E("International Monetary Fund", "Organization", ["IMF"])
E("Mercosur", "Organization", ["Mercosul", "Southern Common Market"])
E("BRICS", "Organization", ["BRICS group"])
E("Los Choneros", "Organization", [])
E("Los Lobos", "Organization", [])
E("Communist Party of Chile", "Organization", ["Chilean Communist Party", "Partido Comunista de Chile"])
E("Codelco", "Organization", ["Corporación Nacional del Cobre"])
E("SQM", "Organization", ["Sociedad Química y Minera"])
E("Pacific Alliance", "Organization", ["Alianza del Pacífico"])
E("OECD", "Organization", ["Organisation for Economic Co-operation and Development",
                           "Organization for Economic Cooperation and Development"])
E("African Union", "Organization", ["AU"])
E("Southern African Development Community", "Organization", ["SADC"])
E("CAPSAT", "Organization", ["Corps of Administrative and Technical Personnel and Services"])
E("Radio France Internationale", "Organization", ["RFI"])
E("Conservative Party", "Organization", ["Conservatives", "Conservative"])
E("International Court of Justice", "Organization", ["ICJ", "World Court"])
E("United Nations General Assembly", "Organization", ["U.N. General Assembly", "UN General Assembly"])
E("Islamic State Mozambique Province", "Organization", ["ISMP", "Islamic State Mozambique",
                                                         "Ahlu Sunnah Wa-Jamo"])
E("Islamic State", "Organization", ["ISIS", "ISIL", "Islamic State group"])
E("European Union", "Organization", ["EU"])
E("TotalEnergies", "Organization", ["Total"])
E("Frelimo", "Organization", ["Mozambique Liberation Front", "FRELIMO"])
E("Chadema", "Organization", ["CHADEMA"])
E("UN Human Rights Office", "Organization", ["U.N. human rights office", "OHCHR",
                                             "Office of the UN High Commissioner for Human Rights"])
E("United Seychelles", "Organization", [])
E("Linyon Demokratik Seselwa", "Organization", ["LDS"])
E("Seychelles Defence Forces", "Organization", ["Seychelles Defense Forces", "SDF"])
E("Indian Ocean Commission", "Organization", ["IOC", "Commission de l'océan Indien"])

# Places
E("La Paz", "City", [])
E("Sucre", "City", [])
E("Gaza", "Region", ["Gaza Strip"])
E("Salar de Uyuni", "Region", ["Uyuni salt flat", "Uyuni salt flats"])
E("Chapare", "Region", ["Chapare region"])
E("Manta", "City", [])
E("Eloy Alfaro Air Base", "Facility", ["Eloy Alfaro air base", "Manta base", "Manta air base"])
E("Quito", "City", [])
E("Embassy of Mexico in Quito", "Facility", ["Mexican embassy in Quito"])
E("La Moneda", "Facility", ["La Moneda Palace", "Palacio de La Moneda"])
E("Santiago", "City", ["Santiago de Chile"])
E("Buenos Aires", "City", [])
E("Lima", "City", [])
E("Santa Rosa", "Region", ["Santa Rosa island", "Isla Santa Rosa", "Santa Rosa de Loreto"])
E("Port of Chancay", "Facility", ["Chancay port", "port of Chancay", "Chancay"])
E("Antananarivo", "City", ["Tana"])
E("Gaborone", "City", [])
E("Scattered Islands", "Region", ["Îles Éparses", "Iles Eparses"])
E("Mozambique Channel", "Region", [])
E("Port Louis", "City", [])
E("Chagos Archipelago", "Region", ["Chagos Islands", "Chagos"])
E("Diego Garcia", "Region", [])
E("Crawley", "City", [])
E("England", "Region", [])
E("Cabo Delgado", "Region", ["Cabo Delgado province", "Cape Delgado"])
E("Macomia", "City", [])
E("Mocímboa da Praia", "City", ["Mocimboa da Praia"])
E("Palma", "City", [])
E("Maputo", "City", [])
E("Victoria", "City", [])
E("Assumption Island", "Region", ["Assumption"])
E("Mahé", "Region", ["Mahe"])
E("Mayotte", "Region", [])
E("Anjouan", "Region", ["Nzwani", "Ndzuwani"])

# Agreements
E("Salomón-Lozano Treaty", "Agreement", ["Salomon-Lozano Treaty", "Salomón–Lozano Treaty"])
E("SADC roadmap", "Agreement", ["2011 SADC roadmap", "Madagascar roadmap", "SADC Roadmap"])
E("Chagos treaty", "Agreement", ["Chagos agreement", "Chagos deal", "UK-Mauritius treaty",
                                 "Diego Garcia treaty"])

# --------------------------------------------------------------------------
# Facts. ev maps a document key to its evidence: a phrase, or a dict with
# ph (phrase), when (date phrase), sm / om (declared mentions of subject /
# object) and mod (a per-document modality of the same polarity).

ROWS = []


def R(s, p, o, mod, ev, t=None, req=True, alt_s=(), alt_p=(), alt_o=(),
      role=None, com=None, note=None):
    evs = {}
    for k, v in ev.items():
        evs[k] = {"ph": v} if isinstance(v, str) else dict(v)
    ROWS.append({"s": s, "p": p, "o": o, "mod": mod, "ev": evs, "t": t, "req": req,
                 "alt_s": list(alt_s), "alt_p": list(alt_p), "alt_o": list(alt_o),
                 "role": role, "com": com, "note": note})


def W(ph, when=None, sm=None, om=None, mod=None):
    d = {"ph": ph}
    for k, v in (("when", when), ("sm", sm), ("om", om), ("mod", mod)):
        if v is not None:
            d[k] = v
    return d


ISMP = "Islamic State Mozambique Province"
SADC = "Southern African Development Community"

# ---- 01 Bolivia and the United States (wire) -------------------------------
R("Bolivia", "normalized_relations_with", "United States", "reported",
  {"01": "have restored relations at ambassador level"}, alt_s=["Rodrigo Paz"],
  alt_p=["diplomatic_relations_with"], note="restored: relations now exist")
R("Rodrigo Paz", "head_of", "Bolivia", "asserted",
  {"01": "President Rodrigo Paz said on Wednesday", "04": "Bolivian President Rodrigo Paz"},
  role="president")
R("Evo Morales", "head_of", "Bolivia", "asserted", {"01": "then-President Evo Morales"},
  req=False, role="former president", note="former president (2006-2019)")
R("Rodrigo Paz", "met_with", "Christopher Landau", "asserted",
  {"01": "a day after meeting U.S. Deputy Secretary of State Christopher Landau"},
  alt_s=["Bolivia"], alt_o=["United States"])
R("Christopher Landau", "works_for", "United States", "asserted",
  {"01": "U.S. Deputy Secretary of State Christopher Landau"},
  role="deputy secretary of state", alt_o=["Donald Trump"])
R("Christopher Landau", "visited", "La Paz", "asserted",
  {"01": "Christopher Landau in La Paz"}, alt_o=["Bolivia"],
  note="met Paz in La Paz; 'flew in for the inauguration'")
R("La Paz", "capital_of", "Bolivia", "asserted", {"01": "La Paz, Bolivia's seat of government"},
  req=False, note="seat of government; Sucre is the constitutional capital")
R("La Paz", "located_in", "Bolivia", "asserted", {"01": "La Paz, Bolivia's seat of government"},
  req=False)
R("Sucre", "capital_of", "Bolivia", "asserted", {"01": "Sucre remains Bolivia's constitutional capital"})
R("Bolivia", "normalized_relations_with", "Israel", "planned",
  {"01": "Bolivia would also seek to re-establish ties with Israel"},
  alt_p=["diplomatic_relations_with"])
R("Bolivia", "recognizes", "Palestine", "asserted",
  {"01": W("which recognized a Palestinian state in 2010", when="in 2010")}, t="2010")
R("Bolivia", "diplomatic_relations_with", "Israel", "negated",
  {"01": "has had no diplomatic relations with Israel"},
  note="broken off by Arce's government in 2023")
R("Luis Arce", "head_of", "Bolivia", "asserted", {"01": "his predecessor, Luis Arce"},
  req=False, role="former president")
R("Israel", "in_conflict_with", "Gaza", "asserted", {"01": "over the war in Gaza"}, req=False,
  note="'the war in Gaza' in a sentence about Israel, as in the seeds")
R("United States", "supported", "Bolivia", "planned",
  {"01": "Washington was prepared to back Bolivia's request"}, alt_s=["Christopher Landau"],
  note="'prepared to back' emergency financing: not yet given")
for _c in ("Brazil", "Argentina", "Paraguay", "Peru"):
    R("Bolivia", "borders", _c, "asserted",
      {"01": "which borders Brazil, Argentina, Paraguay, Chile and Peru"})
R("Bolivia", "borders", "Chile", "asserted",
  {"01": "which borders Brazil, Argentina, Paraguay, Chile and Peru",
   "04": "Chile's northern border with Peru and Bolivia"})
for _c in ("Argentina", "Paraguay"):
    R("Bolivia", "imports_from", _c, "reported",
      {"01": "buys most of its imported diesel from Argentina and Paraguay"}, com="diesel")
R("Marcelo Ticona", "works_for", "Bolivia", "asserted",
  {"01": "Vice Minister of Energy Marcelo Ticona"}, role="vice minister of energy")
R("Bolivia", "signed_agreement_with", "Uranium One", "reported",
  {"01": W("a lithium contract that Bolivia signed in 2023 with Uranium One", when="in 2023")},
  t="2023")
R("Uranium One", "based_in", "Russia", "asserted", {"01": "Uranium One, a Russian company"},
  req=False)
R("Uranium One", "member_of", "Rosatom", "asserted",
  {"01": "controlled by the state nuclear corporation Rosatom"}, req=False,
  note="a subsidiary read as membership")
R("Salar de Uyuni", "located_in", "Bolivia", "asserted",
  {"01": "in the Uyuni salt flat, the world's largest, in southwestern Bolivia"})
R("Bolivia", "signed_agreement_with", "Russia", "negated",
  {"01": "Bolivia will not sign any new lithium agreement with Russia until Congress has reviewed"},
  note="'will not ... until': a condition not yet met")
R("Rodrigo Paz", "contacted", "Gabriel Boric", "reported",
  {"01": "Paz also spoke by telephone on Monday with Chilean President Gabriel Boric"},
  alt_s=["Bolivia"], alt_o=["Chile"])
R("Gabriel Boric", "head_of", "Chile", "asserted",
  {"01": "Chilean President Gabriel Boric", "04": "under President Gabriel Boric"}, role="president")
R("Bolivia", "diplomatic_relations_with", "Chile", "negated",
  {"01": "Bolivia and Chile have had no full diplomatic relations since 1978",
   "04": "left Chile and Bolivia without full diplomatic ties since 1978"})
R("Bolivia", "in_conflict_with", "Chile", "asserted",
  {"01": "the coastline it lost to Chile in the War of the Pacific, a long-running dispute"})
R("Evo Morales", "lives_in", "Chapare", "asserted",
  {"01": "who lives in the Chapare coca-growing region"})
R("Chapare", "located_in", "Bolivia", "asserted",
  {"01": "the Chapare coca-growing region of central Bolivia"})
R("Evo Morales", "criticized", "Rodrigo Paz", "asserted",
  {"01": "accused Paz of \"handing the country back to Washington\""})
R("Evo Morales", "criticized", "United States", "asserted",
  {"01": "The rapprochement with Washington drew fire from Morales"}, req=False,
  note="he attacked the rapprochement, not Washington itself")
R("Bolivia", "signed_agreement_with", "International Monetary Fund", "planned",
  {"01": "it will seek a new agreement with the International Monetary Fund"},
  alt_p=["negotiating_with"], alt_s=["Rodrigo Paz"])
R("Bolivia", "member_of", "Mercosur", "asserted",
  {"01": "a full member of the Mercosur trade bloc since 2024"})
R("Bolivia", "candidate_for", "BRICS", "asserted",
  {"01": W("applied to join the BRICS group of emerging economies in 2023", when="in 2023")},
  t="2023")
R("Bolivia", "member_of", "BRICS", "negated", {"01": "though it is not a full member"},
  note="a partner country, not a member")
R("Rodrigo Paz", "visited", "United States", "planned",
  {"01": "which he plans to visit before the end of the year"})
R("Bolivia", "trades_with", "United States", "planned",
  {"01": "wants Bolivia to trade more with the United States"}, req=False,
  note="a wish for more trade; existing trade is implied, not stated")

# ---- 02 Ecuador's referendum on foreign bases (wire) -----------------------
R("Daniel Noboa", "head_of", "Ecuador", "asserted",
  {"02": "President Daniel Noboa, who had hoped"}, role="president",
  note="'Ecuadorians ... President Daniel Noboa'")
R("Daniel Noboa", "allied_with", "Donald Trump", "asserted",
  {"02": "a close ally of U.S. President Donald Trump"}, alt_s=["Ecuador"], alt_o=["United States"])
R("Donald Trump", "head_of", "United States", "asserted",
  {"02": "U.S. President Donald Trump"}, role="president")
R("Ecuador", "negotiating_with", "United States", "asserted",
  {"02": W("Noboa's government had been negotiating with Washington", sm="Noboa's government")},
  alt_s=["Daniel Noboa"])
R("Eloy Alfaro Air Base", "located_in", "Manta", "asserted",
  {"02": "the Eloy Alfaro air base in the Ecuadorian port city of Manta"})
R("Manta", "located_in", "Ecuador", "asserted", {"02": "the Ecuadorian port city of Manta"})
R("Rafael Correa", "head_of", "Ecuador", "asserted", {"02": "Ecuador's then-president, Rafael Correa"},
  req=False, role="former president")
R("Ecuador", "signed_agreement_with", "United States", "hedged",
  {"02": "whether Ecuador would now seek a narrower security agreement with the United States"},
  req=False, note="an open question, not a plan")
R("Kristi Noem", "works_for", "United States", "asserted",
  {"02": "U.S. Homeland Security Secretary Kristi Noem"}, role="secretary of homeland security",
  alt_o=["Donald Trump"])
R("Kristi Noem", "visited", "Manta", "asserted", {"02": "toured the Manta base with Noboa"},
  alt_o=["Ecuador"])
R("Kristi Noem", "met_with", "Daniel Noboa", "asserted", {"02": "toured the Manta base with Noboa"},
  req=False)
for _g in ("Los Choneros", "Los Lobos"):
    R("Ecuador", "in_conflict_with", _g, "asserted",
      {"02": W("Noboa declared Ecuador to be in an \"internal armed conflict\"", when="In 2024")},
      t="2024", alt_s=["Daniel Noboa"])
R("Gustavo Petro", "head_of", "Colombia", "asserted",
  {"02": "In neighbouring Colombia, President Gustavo Petro", "07": "whose President Gustavo Petro"},
  role="president")
R("Gustavo Petro", "criticized", "Donald Trump", "asserted",
  {"02": "a rejection of what he called Donald Trump's \"militarism\""}, alt_o=["United States"])
R("United States", "sanctioned", "Gustavo Petro", "asserted",
  {"02": "Washington imposed sanctions on Petro"})
R("United States", "sanctioned", "Armando Benedetti", "asserted",
  {"02": "his son and Interior Minister Armando Benedetti"})
R("Armando Benedetti", "works_for", "Colombia", "asserted",
  {"02": "Interior Minister Armando Benedetti"}, role="interior minister", alt_o=["Gustavo Petro"])
R("United States", "criticized", "Gustavo Petro", "asserted",
  {"02": W("accusing the Colombian leader of allowing cocaine production to flourish",
           om="the Colombian leader")})
R("Colombia", "imports_from", "United States", "negated",
  {"02": "Colombia would not buy any more weapons from the United States"}, com="weapons",
  note="'while the sanctions remained in place'")
R("Colombia", "imports_from", "Sweden", "planned",
  {"02": "Colombia agreed last week to buy 17 Gripen fighter jets from Sweden"}, com="fighter jets",
  note="agreed to buy: delivery lies in the future")
R("Colombia", "signed_agreement_with", "Sweden", "asserted",
  {"02": "Colombia agreed last week to buy 17 Gripen fighter jets from Sweden"}, req=False)
R("Ecuador", "imports_from", "Colombia", "asserted",
  {"02": "Ecuador, which imports electricity from Colombia"}, com="electricity")
R("Ecuador", "borders", "Colombia", "asserted",
  {"02": "shares a 586-km (364-mile) border with its neighbour"})
R("Daniel Noboa", "criticized", "Colombia", "asserted",
  {"02": W("Noboa has accused Petro's government of doing too little", om="Petro's government")},
  alt_s=["Ecuador"], alt_o=["Gustavo Petro"])
R("Ecuador", "diplomatic_relations_with", "Mexico", "negated",
  {"02": "Ecuador has had no diplomatic relations with Mexico"})
R("Ecuador", "attacked", "Embassy of Mexico in Quito", "asserted",
  {"02": W("its police stormed the Mexican embassy in Quito", when="in 2024")}, t="2024",
  req=False, note="a police raid read as an attack")
R("Embassy of Mexico in Quito", "located_in", "Quito", "asserted",
  {"02": "the Mexican embassy in Quito"})
R("Mexico", "supported", "Jorge Glas", "asserted", {"02": "who had been granted asylum there"},
  req=False, note="asylum read as support")
R("Jorge Glas", "works_for", "Ecuador", "asserted", {"02": "former vice president Jorge Glas"},
  req=False, role="former vice president")

# ---- 04 Kast wins in Chile (newspaper) ---------------------------------------
R("Jeannette Jara", "member_of", "Communist Party of Chile", "asserted",
  {"04": "a member of the Communist Party of Chile"})
R("Jeannette Jara", "works_for", "Gabriel Boric", "asserted",
  {"04": "who served as labour minister under President Gabriel Boric"},
  role="former labour minister", alt_o=["Chile"])
R("José Antonio Kast", "head_of", "Chile", "planned",
  {"04": W("He will be sworn in as Chile's president next March", sm="He", when="next March")},
  t="2026-03", role="president-elect", note="takes office in March 2026")
R("Gabriel Boric", "contacted", "José Antonio Kast", "asserted",
  {"04": W("Boric telephoned Kast on Sunday night", when="on Sunday night")}, t="2025-12-14")
R("Gabriel Boric", "met_with", "José Antonio Kast", "asserted",
  {"04": W("on Monday he received the president-elect at La Moneda", when="on Monday")},
  t="2025-12-15")
R("La Moneda", "located_in", "Santiago", "asserted",
  {"04": "La Moneda, the presidential palace in Santiago"})
R("Santiago", "capital_of", "Chile", "asserted", {"04": "in Santiago, the capital"})
R("Chile", "borders", "Peru", "asserted", {"04": "Chile's northern border with Peru and Bolivia"})
R("Chile", "diplomatic_relations_with", "Venezuela", "negated",
  {"04": "Chile has had no diplomatic relations with Venezuela"})
R("Nicolás Maduro", "head_of", "Venezuela", "asserted",
  {"04": "Nicolás Maduro's disputed re-election"}, req=False, role="president")
R("Gabriel Boric", "criticized", "Nicolás Maduro", "asserted",
  {"04": "Boric refused to recognize Nicolás Maduro's disputed re-election"}, req=False,
  note="rejected Maduro's claim to have won; not 'recognizes', which is Country-Country")
R("José Antonio Kast", "normalized_relations_with", "Venezuela", "negated",
  {"04": "Kast has said he will not restore ties with Venezuela"}, alt_s=["Chile"])
R("José Antonio Kast", "visited", "Buenos Aires", "asserted",
  {"04": W("On Tuesday Kast flew to Buenos Aires", when="On Tuesday")}, t="2025-12-16",
  alt_o=["Argentina"])
R("Buenos Aires", "capital_of", "Argentina", "asserted", {"04": "Buenos Aires, the Argentine capital"})
R("José Antonio Kast", "met_with", "Javier Milei", "planned",
  {"04": W("where he was due to hold talks with President Javier Milei", sm="he", when="On Tuesday")},
  t="2025-12-16", note="'was due to hold talks' on the day of publication")
R("Javier Milei", "head_of", "Argentina", "asserted", {"04": "President Javier Milei"}, role="president")
R("José Antonio Kast", "allied_with", "Javier Milei", "asserted",
  {"04": W("The two men are close allies", sm="The two men")})
R("José Jerí", "head_of", "Peru", "asserted",
  {"04": "Peru's President José Jerí", "07": "Peru\u2019s President José Jerí"}, role="president")
R("José Jerí", "contacted", "José Antonio Kast", "reported",
  {"04": W("José Jerí called Kast on Monday", when="on Monday")}, t="2025-12-15", alt_s=["Peru"])
R("José Antonio Kast", "negotiating_with", "Bolivia", "negated",
  {"04": "Kast has ruled out negotiating with Bolivia"}, alt_s=["Chile"])
R("Chile", "trades_with", "China", "asserted", {"04": "China, Chile's largest trading partner"})
R("China", "imports_from", "Chile", "asserted",
  {"04": "buys more than half of the country's copper exports"}, com="copper")
R("José Antonio Kast", "in_conflict_with", "China", "negated",
  {"04": "he had no intention of picking a fight with Beijing"}, req=False, alt_s=["Chile"])
R("Codelco", "signed_agreement_with", "SQM", "asserted",
  {"04": W("signed with the private producer SQM in 2024", when="in 2024")}, t="2024")
R("Codelco", "based_in", "Chile", "asserted", {"04": "Codelco, Chile's state copper giant"}, req=False)
for _c in ("Chile", "Peru", "Colombia", "Mexico"):
    R(_c, "member_of", "Pacific Alliance", "asserted",
      {"04": "the trade bloc it founded with Peru, Colombia and Mexico",
       "07": "the trade bloc that Peru and Mexico founded with Chile and Colombia"})
R("Peru", "in_conflict_with", "Mexico", "asserted",
  {"04": "a diplomatic row between Peru and Mexico",
   "07": W("The quarrel has also paralysed the Pacific Alliance", sm="The quarrel")},
  req=False, note="a diplomatic row, soft for a conflict")
R("Marco Rubio", "works_for", "United States", "asserted",
  {"04": "U.S. Secretary of State Marco Rubio"}, role="secretary of state", alt_o=["Donald Trump"])

# ---- 07 Peru breaks with Mexico (HTML) -------------------------------------
R("Peru", "diplomatic_relations_with", "Mexico", "negated",
  {"07": W("Peru broke off diplomatic relations with Mexico on Monday", when="on Monday")},
  t="2025-11-03")
R("Mexico", "supported", "Betssy Chávez", "asserted",
  {"07": "the Mexican government had granted asylum to Betssy Chávez"}, req=False,
  note="asylum read as support")
R("Betssy Chávez", "works_for", "Pedro Castillo", "asserted",
  {"07": W("who served as Castillo\u2019s prime minister for two weeks in 2022", when="in 2022")},
  t="2022", alt_o=["Peru"], alt_p=["head_of"], role="former prime minister")
R("Pedro Castillo", "head_of", "Peru", "asserted", {"07": "then-President Pedro Castillo"},
  req=False, role="former president")
R("Hugo de Zela", "works_for", "Peru", "asserted", {"07": "Foreign Minister Hugo de Zela"},
  role="foreign minister", alt_o=["José Jerí"])
R("Hugo de Zela", "criticized", "Mexico", "asserted",
  {"07": "accused Mexico of repeatedly interfering"}, alt_s=["Peru"])
R("Lima", "capital_of", "Peru", "asserted", {"07": "Lima, the Peruvian capital"})
R("Betssy Chávez", "lives_in", "Lima", "asserted",
  {"07": "Chávez has been sheltering in the Mexican ambassador\u2019s residence in Lima"},
  req=False, note="sheltering since Sunday: soft for residence")
R("Claudia Sheinbaum", "head_of", "Mexico", "asserted", {"07": "Mexican President Claudia Sheinbaum"},
  role="president")
R("Claudia Sheinbaum", "criticized", "Peru", "asserted",
  {"07": "called Peru\u2019s decision \u201cdisproportionate\u201d"}, alt_s=["Mexico"])
R("Claudia Sheinbaum", "supported", "Pedro Castillo", "asserted",
  {"07": "has described Castillo as a political prisoner"}, req=False)
R("Mexico", "supported", "Lilia Paredes", "asserted",
  {"07": W("Mexico granted asylum to Castillo\u2019s wife, Lilia Paredes", when="in 2022")},
  t="2022", req=False, note="asylum read as support")
R("Lilia Paredes", "lives_in", "Mexico", "asserted",
  {"07": W("the family now lives in Mexico", sm="the family")})
R("Andrés Manuel López Obrador", "supported", "Pedro Castillo", "asserted",
  {"07": "Andrés Manuel López Obrador\u2019s support for Castillo"}, alt_s=["Mexico"])
R("Andrés Manuel López Obrador", "head_of", "Mexico", "asserted",
  {"07": "then-President Andrés Manuel López Obrador"}, req=False, role="former president")
R("Dina Boluarte", "head_of", "Peru", "asserted", {"07": "his predecessor, Dina Boluarte"},
  req=False, role="former president")
R("Gustavo Petro", "criticized", "Peru", "asserted",
  {"07": W("accused Peru in August of annexing Santa Rosa", when="in August")}, t="2025-08",
  alt_s=["Colombia"])
R("Peru", "borders", "Colombia", "asserted", {"07": "on Peru\u2019s border with Colombia"})
R("Peru", "in_conflict_with", "Colombia", "asserted",
  {"07": "The rupture comes three months after a row with Colombia"}, req=False,
  note="a row over Santa Rosa")
R("Santa Rosa", "located_in", "Peru", "reported",
  {"07": W("Peru says the island, home to about 3,000 people, is Peruvian territory", sm="the island")},
  note="Peru's claim")
R("Santa Rosa", "located_in", "Peru", "negated",
  {"07": W("is not part of Peru", sm="the island")}, note="Colombia's claim")
R("Peru", "signed_agreement_with", "Colombia", "asserted",
  {"07": W("which it signed with Colombia in 1922", when="in 1922")}, t="1922")
R("Peru", "party_to", "Salomón-Lozano Treaty", "asserted",
  {"07": W("is Peruvian territory under the Salomón-Lozano Treaty", when="in 1922")}, t="1922")
R("Colombia", "party_to", "Salomón-Lozano Treaty", "asserted",
  {"07": W("the Salomón-Lozano Treaty, which it signed with Colombia", when="in 1922")}, t="1922",
  req=False, note="signed with Colombia, so Colombia is a party")
R("Peru", "trades_with", "China", "asserted", {"07": "China is Peru\u2019s largest trading partner"})
R("Port of Chancay", "located_in", "Peru", "asserted",
  {"07": "the Chinese-built port of Chancay, north of Lima"}, req=False,
  note="north of Lima, so in Peru (and not in Lima)")
R("Peru", "candidate_for", "OECD", "asserted",
  {"07": W("which opened talks to join the Organisation for Economic Co-operation and Development in 2022",
           when="in 2022")}, t="2022")
R("Peru", "negotiating_with", "OECD", "asserted",
  {"07": W("opened talks to join the Organisation for Economic Co-operation and Development",
           when="in 2022")}, t="2022", req=False)

# ---- 03 Madagascar's military ruler (wire) ---------------------------------
R("Michael Randrianirina", "head_of", "Madagascar", "asserted",
  {"03": "Madagascar's new leader, Colonel Michael Randrianirina"}, role="president")
R("Andry Rajoelina", "head_of", "Madagascar", "asserted",
  {"03": "seized power from President Andry Rajoelina"}, req=False, role="former president",
  note="ousted; he 'says he remains the legitimate president'")
R("Michael Randrianirina", "head_of", "CAPSAT", "asserted",
  {"03": "who commanded the CAPSAT elite army unit"}, alt_p=["works_for"], role="commander")
R("Herintsalama Rajaonarivelo", "head_of", "Madagascar", "asserted",
  {"03": "as Madagascar's prime minister"}, alt_p=["works_for"],
  alt_o=["Michael Randrianirina"], role="prime minister")
R("African Union", "sanctioned", "Madagascar", "asserted",
  {"03": "The African Union suspended Madagascar"}, req=False,
  note="suspension read as a sanction")
R("Madagascar", "member_of", SADC, "asserted",
  {"03": "Madagascar is also a member of the Gaborone-based Southern African Development Community"})
R(SADC, "based_in", "Gaborone", "asserted",
  {"03": "the Gaborone-based Southern African Development Community",
   "06": "which is based in Gaborone"})
R("Andry Rajoelina", "head_of", SADC, "asserted", {"03": "which Rajoelina chaired until the coup"},
  req=False, role="former chair")
R(SADC, "sanctioned", "Madagascar", "negated",
  {"03": W("The regional bloc has so far stopped short of suspending Madagascar", sm="The regional bloc")},
  note="stopped short of suspending")
R("Joaquim Chissano", "met_with", "Michael Randrianirina", "asserted",
  {"03": "Joaquim Chissano met Randrianirina"}, alt_s=[SADC])
R("Joaquim Chissano", "visited", "Antananarivo", "asserted",
  {"03": "met Randrianirina in the Malagasy capital, Antananarivo"}, alt_s=[SADC],
  alt_o=["Madagascar"])
R("Joaquim Chissano", "head_of", "Mozambique", "asserted",
  {"03": "former Mozambican president Joaquim Chissano"}, req=False, role="former president")
R("Joaquim Chissano", "citizen_of", "Mozambique", "asserted",
  {"03": "former Mozambican president Joaquim Chissano"}, req=False)
R("Joaquim Chissano", "works_for", SADC, "asserted",
  {"03": "A SADC delegation led by former Mozambican president"}, req=False, alt_p=["head_of"],
  role="envoy", note="leads a SADC delegation")
R("Antananarivo", "capital_of", "Madagascar", "asserted", {"03": "the Malagasy capital, Antananarivo"})
R("Joaquim Chissano", "brokered", "SADC roadmap", "asserted",
  {"03": W("Chissano brokered the 2011 SADC roadmap", when="2011")}, t="2011", alt_s=[SADC])
R("Andry Rajoelina", "criticized", "Michael Randrianirina", "asserted",
  {"03": "has denounced Randrianirina's takeover as an illegal coup"})
R("France", "supported", "Andry Rajoelina", "reported",
  {"03": "who left the country aboard a French military aircraft according to French radio RFI"},
  req=False, note="an evacuation read as support; Paris neither confirms nor denies")
R("Radio France Internationale", "based_in", "France", "asserted", {"03": "French radio RFI"},
  req=False)
R("Andry Rajoelina", "citizen_of", "France", "asserted",
  {"03": W("who acquired French citizenship in 2014", when="in 2014")}, t="2014")
R("Michael Randrianirina", "negotiating_with", "Andry Rajoelina", "negated",
  {"03": "he would not negotiate with Rajoelina"})
R("Madagascar", "gained_independence_from", "France", "asserted",
  {"03": W("Madagascar gained independence from France in 1960", when="in 1960")}, t="1960")
R("Madagascar", "in_conflict_with", "France", "asserted",
  {"03": "Madagascar and France have a long-running dispute over the Scattered Islands"})
R("Scattered Islands", "located_in", "Mozambique Channel", "asserted",
  {"03": "a group of French-administered islets in the Mozambique Channel"})
R("Scattered Islands", "located_in", "France", "asserted", {"03": "French-administered islets"},
  req=False, note="administered by France, claimed by Madagascar")
R("Emmanuel Macron", "head_of", "France", "asserted", {"03": "French President Emmanuel Macron"},
  role="president")
R("Emmanuel Macron", "visited", "Antananarivo", "asserted", {"03": "who visited Antananarivo this year"},
  alt_o=["Madagascar"])
R("Emmanuel Macron", "met_with", "Andry Rajoelina", "asserted", {"03": "held talks with Rajoelina"})
for _c in ("India", "Pakistan"):
    R("Madagascar", "imports_from", _c, "asserted",
      {"03": "imports rice mainly from India and Pakistan"}, com="rice")

# ---- 05 Chagos treaty (newspaper) -------------------------------------------
TREATY = "Chagos treaty"
R("Navin Ramgoolam", "head_of", "Mauritius", "asserted",
  {"05": "Mauritian Prime Minister Navin Ramgoolam"}, role="prime minister")
R("Chagos Archipelago", "located_in", "Mauritius", "planned",
  {"05": "it will hand the Chagos Archipelago to Mauritius"}, req=False,
  note="sovereignty passes only when the treaty enters into force")
R("Navin Ramgoolam", "met_with", "Julian Ashcombe", "asserted",
  {"05": W("Ramgoolam spoke after meeting Britain's high commissioner, Julian Ashcombe",
           when="on Tuesday")}, t="2025-11-18", alt_o=["United Kingdom"])
R("Julian Ashcombe", "works_for", "United Kingdom", "asserted",
  {"05": "Britain's high commissioner, Julian Ashcombe"}, role="high commissioner")
R("Port Louis", "capital_of", "Mauritius", "asserted", {"05": "Port Louis, the Mauritian capital"})
R("United Kingdom", "signed_agreement_with", "Mauritius", "asserted",
  {"05": W("which Britain and Mauritius signed in May", when="in May")}, t="2025-05")
for _c in ("United Kingdom", "Mauritius"):
    R(_c, "party_to", TREATY, "asserted",
      {"05": W("The treaty, which Britain and Mauritius signed in May", om="The treaty",
               when="in May")}, t="2025-05")
R("Diego Garcia", "located_in", "Chagos Archipelago", "asserted",
  {"05": W("Diego Garcia, the largest island of the archipelago", om="the archipelago")})
R("United States", "allied_with", "United Kingdom", "asserted",
  {"05": "the joint U.S.-British military base"}, req=False, note="a joint base")
R("United States", "supported", TREATY, "asserted",
  {"05": W("has backed the agreement", om="the agreement")})
R("India", "allied_with", "Mauritius", "asserted", {"05": "India, a close partner of Mauritius"})
R("India", "supported", "Mauritius", "asserted", {"05": "has long supported its claim to the islands"})
R("United Kingdom", "supported", TREATY, "asserted",
  {"05": W("Britain remained fully committed to the deal", om="the deal")}, req=False,
  note="a party restating its commitment")
R("Kemi Badenoch", "head_of", "Conservative Party", "asserted",
  {"05": "Conservative leader Kemi Badenoch"}, role="leader")
R("Kemi Badenoch", "criticized", TREATY, "asserted",
  {"05": W("has called the treaty a \"surrender\"", om="the treaty")})
R("Keir Starmer", "head_of", "United Kingdom", "asserted", {"05": "Prime Minister Keir Starmer"},
  role="prime minister")
for _c in ("United Kingdom", "Mauritius"):
    R(_c, "contacted", "Maldives", "negated",
      {"05": "neither Britain nor Mauritius consulted it"}, note="a complaint by the Maldives",
      )
R("Aishath Rasheed", "works_for", "Maldives", "asserted",
  {"05": "a spokesperson for the Maldivian foreign ministry"}, role="foreign ministry spokesperson")
for _c in ("United Kingdom", "Mauritius"):
    R("Maldives", "contacted", _c, "planned",
      {"05": "the Maldives would raise the matter with Britain and Mauritius"})
R("Maldives", "in_conflict_with", "Mauritius", "negated",
  {"05": "it did not dispute Mauritian sovereignty over the islands"}, req=False)
R("Mohamed Muizzu", "head_of", "Maldives", "asserted", {"05": "Maldivian President Mohamed Muizzu"},
  role="president")
R("Mauritius", "gained_independence_from", "United Kingdom", "asserted",
  {"05": W("Mauritius gained independence from Britain in 1968", when="in 1968")}, t="1968")
R("International Court of Justice", "criticized", "United Kingdom", "asserted",
  {"05": W("Britain's continued administration of the archipelago was unlawful", when="In 2019")},
  t="2019")
R("United Nations General Assembly", "criticized", "United Kingdom", "asserted",
  {"05": "demanded that Britain withdraw within six months"},
  note="'later that year' is relative to 2019 in the previous sentence: untimed")
R("Marie-Claire Élysée", "citizen_of", "United Kingdom", "asserted",
  {"05": "a British citizen who was born on the islands"})
R("Marie-Claire Élysée", "lives_in", "Crawley", "asserted",
  {"05": "now lives in Crawley in southern England"})
R("Crawley", "located_in", "England", "asserted", {"05": "Crawley in southern England"})

# ---- 06 Mozambique and Tanzania (newspaper) -------------------------------
R(ISMP, "attacked", "Macomia", "reported",
  {"06": W("burned dozens of homes near the town of Macomia", when="on Sunday")}, t="2025-11-30",
  req=False, note="homes near the town were burned")
R("Macomia", "located_in", "Cabo Delgado", "asserted",
  {"06": "the town of Macomia in Mozambique's northern Cabo Delgado province"})
R("Cabo Delgado", "located_in", "Mozambique", "asserted",
  {"06": "Mozambique's northern Cabo Delgado province"})
R(ISMP, "killed", "Abdul Issufo", "reported",
  {"06": W("The militants beheaded the village chief, Abdul Issufo", sm="The militants")})
R(ISMP, "member_of", "Islamic State", "asserted",
  {"06": W("The group, an affiliate of Islamic State", sm="The group")}, alt_p=["allied_with"])
R(ISMP, "took_control_of", "Mocímboa da Praia", "asserted",
  {"06": W("seized the port town of Mocímboa da Praia in 2020", sm="The group", when="in 2020")},
  t="2020")
for _c in ("Rwanda", "Mozambique"):
    R(_c, "took_control_of", "Mocímboa da Praia", "asserted",
      {"06": W("Rwandan and Mozambican troops retook the town in 2021", om="the town",
               when="in 2021")}, t="2021")
R("Paul Kagame", "head_of", "Rwanda", "asserted", {"06": "whose President Paul Kagame"},
  role="president")
R("Rwanda", "supported", "Mozambique", "asserted",
  {"06": "says its forces will stay as long as Mozambique needs them"},
  note="troops kept in Cabo Delgado")
R("European Union", "supported", "Rwanda", "asserted",
  {"06": "The European Union has helped to pay for the Rwandan deployment"})
R("TotalEnergies", "based_in", "France", "asserted", {"06": "TotalEnergies, the French energy major"},
  req=False)
R(ISMP, "attacked", "Palma", "asserted",
  {"06": W("insurgents attacked the nearby town of Palma", sm="insurgents", when="in 2021")},
  t="2021")
R("Patrick Pouyanné", "head_of", "TotalEnergies", "asserted",
  {"06": "TotalEnergies chief executive Patrick Pouyanné"}, role="chief executive")
R("Patrick Pouyanné", "met_with", "Daniel Chapo", "asserted",
  {"06": W("Patrick Pouyanné met Mozambican President Daniel Chapo in Maputo", when="on Friday")},
  t="2025-11-28", alt_s=["TotalEnergies"], alt_o=["Mozambique"])
R("Patrick Pouyanné", "visited", "Maputo", "asserted",
  {"06": W("met Mozambican President Daniel Chapo in Maputo, the capital", when="on Friday")},
  t="2025-11-28", alt_o=["Mozambique"])
R("Daniel Chapo", "head_of", "Mozambique", "asserted", {"06": "Mozambican President Daniel Chapo"},
  role="president")
R("Maputo", "capital_of", "Mozambique", "asserted", {"06": "in Maputo, the capital"})
R(ISMP, "threatened", "TotalEnergies", "asserted",
  {"06": W("the militants threatened TotalEnergies", sm="the militants")})
R(ISMP, "blockaded", "Macomia", "asserted",
  {"06": W("they blockaded Macomia", sm="they", when="in September")}, t="2025-09")
R("Daniel Chapo", "negotiating_with", ISMP, "negated",
  {"06": W("his government would not negotiate with the insurgents", om="the insurgents")},
  alt_s=["Mozambique"])
R("Venâncio Mondlane", "criticized", "Frelimo", "asserted",
  {"06": "has accused Chapo's Frelimo party of stealing the vote"}, alt_o=["Daniel Chapo"])
R("Daniel Chapo", "member_of", "Frelimo", "asserted", {"06": "Chapo's Frelimo party"})
R("Mozambique", "gained_independence_from", "Portugal", "asserted",
  {"06": W("since independence from Portugal in 1975", when="in 1975")}, t="1975")
R("Mozambique", "borders", "Tanzania", "asserted", {"06": "Mozambique's border with Tanzania"})
R("Samia Suluhu Hassan", "head_of", "Tanzania", "asserted",
  {"06": "Tanzanian President Samia Suluhu Hassan"}, role="president")
R("Tundu Lissu", "head_of", "Chadema", "asserted",
  {"06": "The main opposition leader, Tundu Lissu of the Chadema party"}, alt_p=["member_of"],
  role="leader")
R("UN Human Rights Office", "criticized", "Tanzania", "asserted",
  {"06": W("called on Tanzania to investigate", when="last month")}, t="2025-11")
R("Volker Türk", "head_of", "UN Human Rights Office", "asserted", {"06": "headed by Volker Türk"},
  role="high commissioner")
R(ISMP, "based_in", "Tanzania", "negated",
  {"06": W("Tanzania has denied that the insurgents use its southern regions as a rear base",
           sm="the insurgents")}, req=False, note="a denied rear base")
R("Tanzania", "signed_agreement_with", "Mozambique", "planned",
  {"06": W("Tanzania and Mozambique plan to sign a new border security pact next month",
           when="next month")}, t="2026-01")
R("South Africa", "trades_with", "Mozambique", "asserted",
  {"06": "South Africa, Mozambique's largest trading partner"})

# ---- 08 Seychelles (HTML) ---------------------------------------------------
IOC = "Indian Ocean Commission"
R("Patrick Herminie", "head_of", "Seychelles", "asserted",
  {"08": W("Patrick Herminie was sworn in as president of Seychelles on Sunday", when="on Sunday")},
  t="2025-10-26", role="president")
R("Wavel Ramkalawan", "head_of", "Seychelles", "asserted",
  {"08": W("who had led the country since 2020", om="the country")}, req=False,
  role="former president")
R("Patrick Herminie", "head_of", "United Seychelles", "asserted",
  {"08": "Herminie leads United Seychelles"}, alt_p=["member_of"], role="leader")
R("Wavel Ramkalawan", "member_of", "Linyon Demokratik Seselwa", "asserted",
  {"08": "Ramkalawan, of the Linyon Demokratik Seselwa party"})
R("Victoria", "capital_of", "Seychelles", "asserted", {"08": "Victoria, the Seychellois capital"})
R("Seychelles", "signed_agreement_with", "India", "asserted",
  {"08": W("In 2018 Seychelles signed an agreement with India", when="In 2018")}, t="2018",
  note="never ratified by the National Assembly")
R("Assumption Island", "located_in", "Seychelles", "asserted",
  {"08": "Assumption, one of its outer islands"})
R("Patrick Herminie", "negotiating_with", "India", "negated",
  {"08": "he would not reopen negotiations with New Delhi"}, alt_s=["Seychelles"])
R("Narendra Modi", "head_of", "India", "asserted", {"08": "Indian Prime Minister Narendra Modi"},
  role="prime minister")
R("Narendra Modi", "contacted", "Patrick Herminie", "reported",
  {"08": W("Narendra Modi telephoned Herminie on Monday", when="on Monday")}, t="2025-10-27",
  alt_s=["India"], alt_o=["Seychelles"])
R("India", "supported", "Seychelles Defence Forces", "asserted",
  {"08": "India has supplied patrol vessels and a Dornier surveillance aircraft"},
  alt_o=["Seychelles"])
R("Patrick Herminie", "visited", "India", "negated",
  {"08": W("he had no immediate plans to visit India", sm="he")})
for _c in ("China", "United Arab Emirates"):
    R(_c, "supported", "Seychelles", "asserted",
      {"08": "China and the United Arab Emirates have both financed public buildings and hospitals"},
      note="financing read as material support")
R("Mahé", "located_in", "Seychelles", "asserted", {"08": "Mahé, the main island of Seychelles"})
R("Azali Assoumani", "head_of", "Comoros", "asserted", {"08": "Comoros President Azali Assoumani"},
  role="president")
R("Azali Assoumani", "visited", "Victoria", "asserted", {"08": "who flew to Victoria for the ceremony"},
  alt_o=["Seychelles"])
R("Azali Assoumani", "met_with", "Patrick Herminie", "asserted",
  {"08": "held talks with Herminie on fishing and maritime security"})
R("Comoros", "in_conflict_with", "France", "asserted",
  {"08": W("Azali\u2019s government has long disputed France\u2019s control of Mayotte",
           sm="Azali\u2019s government")}, alt_s=["Azali Assoumani"])
R("France", "took_control_of", "Mayotte", "asserted", {"08": "France\u2019s control of Mayotte"},
  req=False, note="a standing control, not a seizure")
R("Mayotte", "located_in", "France", "asserted",
  {"08": W("the island that voted to remain French", sm="the island")})
R("Comoros", "gained_independence_from", "France", "asserted",
  {"08": W("the Comoros gained independence from France in 1975", when="in 1975")}, t="1975")
R("Anjouan", "seceded_from", "Comoros", "asserted",
  {"08": W("The island of Anjouan seceded from the Comoros in 1997", when="in 1997")}, t="1997")
R("Comoros", "took_control_of", "Anjouan", "asserted",
  {"08": W("Comorian and African Union troops retook it in 2008", om="it", when="in 2008")},
  t="2008")
R("African Union", "took_control_of", "Anjouan", "asserted",
  {"08": W("African Union troops retook it", om="it", when="in 2008")}, t="2008", req=False)
R("Anjouan", "located_in", "Comoros", "asserted", {"08": "The island of Anjouan"}, req=False,
  note="an island of the Comoros that once seceded")
R("Patrick Herminie", "visited", "Mauritius", "planned",
  {"08": "his first foreign trip would be to Mauritius"})
for _c in ("Seychelles", "Mauritius", "Madagascar", "Comoros", "France"):
    R(_c, "member_of", IOC, "asserted",
      {"08": "groups Seychelles, Mauritius, Madagascar, Comoros and France"})
R(IOC, "based_in", "Mauritius", "asserted", {"08": "which is based in Mauritius"})
R("Seychelles", "gained_independence_from", "United Kingdom", "asserted",
  {"08": W("which gained independence from Britain in 1976", when="in 1976")}, t="1976")


# --------------------------------------------------------------------------
# Time phrases

MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d: i for i, d in enumerate(calendar.day_name)}
_M = "|".join(MONTHS)
_D = "|".join(WEEKDAYS)


def resolve(when, published, wire):
    """Resolve a date phrase against the publication date; None if it cannot."""
    w = when.strip()
    lw = w.lower()
    pub = dt.date.fromisoformat(published)
    m = re.fullmatch(r"(?:(?:in|since|by|during|from) )?(\d{4})", w, re.I)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(?:in )?the (\d{3})0s", w, re.I)
    if m:
        return m.group(1)
    m = re.fullmatch(rf"(?:in )?({_M}) (\d{{4}})", w)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.fullmatch(rf"(?:on )?({_M}) (\d{{1,2}}),? (\d{{4}})", w)
    if m:
        return dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat()
    m = re.fullmatch(rf"(?:on )?(\d{{1,2}}) ({_M}) (\d{{4}})", w)
    if m:
        return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))).isoformat()
    if wire:
        return None  # wire copy has no year of its own: explicit years only
    m = re.fullmatch(rf"(?:on |last )?({_D})(?: (?:night|morning|afternoon|evening))?", w, re.I)
    if m:
        wd = WEEKDAYS[m.group(1).capitalize()]
        back = (pub.weekday() - wd) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if lw in ("yesterday",):
        return (pub - dt.timedelta(days=1)).isoformat()
    if lw in ("today",):
        return pub.isoformat()
    if lw in ("this month", "earlier this month"):
        return f"{pub.year}-{pub.month:02d}"
    if lw == "last month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return f"{y}-{mo:02d}"
    if lw == "next month":
        y, mo = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        return f"{y}-{mo:02d}"
    if lw in ("this year", "earlier this year"):
        return str(pub.year)
    if lw == "last year":
        return str(pub.year - 1)
    if lw == "next year":
        return str(pub.year + 1)
    m = re.fullmatch(rf"(?:in |last )?({_M})", w)
    if m:  # the most recent such month, this one included
        mo = MONTHS[m.group(1)]
        y = pub.year if mo <= pub.month else pub.year - 1
        return f"{y}-{mo:02d}"
    m = re.fullmatch(rf"next ({_M})", w)
    if m:
        mo = MONTHS[m.group(1)]
        y = pub.year if mo > pub.month else pub.year + 1
        return f"{y}-{mo:02d}"
    return None


# --------------------------------------------------------------------------
# Checking

class Context:
    """The corpus, the entity tables and the sentence index the checks use."""

    def __init__(self, entities, docs):
        self.entities = {e["name"]: e for e in entities}
        self.docs = docs  # key -> (Doc, published, sentences)

    def names_of(self, name):
        e = self.entities[name]
        return [e["name"]] + e["aliases"] + e["demonyms"]


def named_in(sentence, names):
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence):
            return True
    return False


def sentence_of(ctx, key, phrase):
    """(problems, sentence tuple) for one phrase in one document."""
    doc, published, sents = ctx.docs[key]
    n = doc.body.count(phrase)
    if n == 0:
        return [("phrase-missing", f"{key}: phrase not in body: {phrase!r}")], None
    if n > 1:
        return [("phrase-ambiguous", f"{key}: phrase occurs {n} times: {phrase!r}")], None
    start = doc.body.index(phrase)
    end = start + len(phrase)
    for s in sents:
        if s[0] <= start and end <= s[1]:
            return [], s
    return [("phrase-crosses-sentence", f"{key}: phrase spans sentences: {phrase!r}")], None


def type_ok(ctx, s, p, o):
    ts, to = ctx.entities[s]["type"], ctx.entities[o]["type"]
    sig = SIGNATURES[p]
    return ts in sig[0] and to in sig[1]


def check_row(ctx, r):
    """All problems of one row as (code, message) pairs."""
    out = []
    tag = f"{r['s']} {r['p']} {r['o']}"
    if r["p"] not in SIGNATURES:
        return [("vocab-predicate", f"{tag}: unknown predicate")]
    if r["mod"] not in POLARITY:
        return [("vocab-modality", f"{tag}: unknown modality {r['mod']}")]
    for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
        if n not in ctx.entities:
            return [("vocab-entity", f"{tag}: unknown entity {n!r}")]
    for ap in r["alt_p"]:
        if ap not in SIGNATURES:
            return [("vocab-predicate", f"{tag}: unknown alt predicate {ap}")]
    if r["role"] and r["p"] not in ROLE_PREDICATES and not set(r["alt_p"]) & ROLE_PREDICATES:
        out.append(("vocab-role", f"{tag}: role on {r['p']}"))
    if r["p"] in ROLE_PREDICATES and not r["role"]:
        out.append(("vocab-role", f"{tag}: {r['p']} without a role"))
    if (r["p"] == "imports_from") != bool(r["com"]):
        out.append(("vocab-commodity", f"{tag}: commodity belongs to imports_from, always"))
    if not type_ok(ctx, r["s"], r["p"], r["o"]):
        out.append(("type", f"{tag}: types {ctx.entities[r['s']]['type']} -> "
                            f"{ctx.entities[r['o']]['type']} do not fit {r['p']}"))
    S, P, O = [r["s"]] + r["alt_s"], [r["p"]] + r["alt_p"], [r["o"]] + r["alt_o"]
    for kind, alts in (("s", r["alt_s"]), ("p", r["alt_p"]), ("o", r["alt_o"])):
        for a in alts:
            combos = [(a, p, o) for p in P for o in O] if kind == "s" else \
                     [(s, a, o) for s in S for o in O] if kind == "p" else \
                     [(s, p, a) for s in S for p in P]
            if not any(type_ok(ctx, *c) for c in combos):
                out.append(("type", f"{tag}: alternative {a!r} fits no reading"))
    if not r["ev"]:
        out.append(("evidence-none", f"{tag}: no evidence"))
    if r["t"] is not None and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["t"]):
        out.append(("time-format", f"{tag}: bad time {r['t']!r}"))
    for key, ev in r["ev"].items():
        if key not in ctx.docs:
            out.append(("evidence-doc", f"{tag}: unknown document {key}"))
            continue
        doc, published, _ = ctx.docs[key]
        if "mod" in ev and POLARITY.get(ev["mod"]) != POLARITY[r["mod"]]:
            out.append(("modality-polarity", f"{tag}: {key} modality {ev['mod']} "
                                             f"differs in polarity from {r['mod']}"))
        probs, sent = sentence_of(ctx, key, ev["ph"])
        out += [(c, f"{tag}: {m}") for c, m in probs]
        if sent is None:
            continue
        text = sent[2]
        for side, name, mkey in (("subject", r["s"], "sm"), ("object", r["o"], "om")):
            declared = ev.get(mkey)
            if declared is not None and not named_in(text, [declared]):
                out.append((f"{side}-mention-missing",
                            f"{tag}: {key}: declared mention {declared!r} not in sentence"))
            elif not named_in(text, ctx.names_of(name) + ([declared] if declared else [])):
                out.append((f"{side}-not-named", f"{tag}: {key}: {name!r} not named in: {text}"))
        when = ev.get("when")
        if r["t"] is None and when:
            out.append(("time-untimed-when", f"{tag}: {key}: 'when' on an untimed row"))
        if r["t"] is not None:
            if not when:
                out.append(("time-no-when", f"{tag}: {key}: timed row without a 'when' phrase"))
            elif not named_in(text, [when]):
                out.append(("time-when-missing", f"{tag}: {key}: {when!r} not in sentence"))
            else:
                got = resolve(when, published, doc.style == "wire")
                if got != r["t"]:
                    out.append(("time-mismatch", f"{tag}: {key}: {when!r} resolves to {got}, "
                                                 f"row says {r['t']}"))
    return out


def unit(ctx, s, p, o, mod):
    cs, co = s, o
    if p in SYMMETRIC and cs > co:
        cs, co = co, cs
    return (cs, p, co, POLARITY[mod])


def check_set(ctx, rows, entities):
    """Problems across rows: duplicate units, alternative collisions, aliases, unused."""
    out = []
    mains = {}
    for r in rows:
        if r["p"] not in SIGNATURES or r["mod"] not in POLARITY:
            continue
        u = unit(ctx, r["s"], r["p"], r["o"], r["mod"])
        if u in mains:
            out.append(("duplicate-unit", f"{u} twice (merge the documents into one row)"))
        mains[u] = r
    for r in rows:
        if r["p"] not in SIGNATURES or r["mod"] not in POLARITY:
            continue
        main = unit(ctx, r["s"], r["p"], r["o"], r["mod"])
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    u = unit(ctx, s, p, o, r["mod"])
                    if u != main and u in mains:
                        out.append(("alt-collides", f"alternative {u} of {main} is another row"))
    seen = {}
    for e in entities:
        if e["type"] not in TYPES:
            out.append(("vocab-type", f"{e['name']}: unknown type {e['type']}"))
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in seen and seen[k] != e["name"]:
                out.append(("alias-collision", f"{a!r} names {seen[k]!r} and {e['name']!r}"))
            seen.setdefault(k, e["name"])
    used = set()
    for r in rows:
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
    for e in entities:
        if e["name"] not in used:
            out.append(("entity-unused", f"{e['name']!r} is used by no row"))
    return out


# --------------------------------------------------------------------------
# Corpus checks

DATELINE = re.compile(r"^[A-Z][A-Z .'\-]+, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                      r"(\d{1,2}) \([^)]+\) - ")
MON_ABBR = {m: i for i, m in enumerate(calendar.month_abbr) if m}
DATE_LIKE = re.compile(rf"\b(?:{_M}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
                       r" \d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (?:" + _M + r")\b")


def check_corpus(ctx):
    out = []
    for key, (doc, published, sents) in sorted(ctx.docs.items()):
        words = len(doc.body.split())
        if not 450 <= words <= 600:
            out.append(("corpus-length", f"{key}: body has {words} words"))
        raw = open(doc.path, encoding="utf-8").read()
        if doc.style == "wire":
            m = DATELINE.match(doc.body)
            if not m:
                out.append(("corpus-dateline", f"{key}: no dateline"))
            else:
                d = dt.date.fromisoformat(published)
                if (MON_ABBR[m.group(1)], int(m.group(2))) != (d.month, d.day):
                    out.append(("corpus-dateline", f"{key}: dateline disagrees with {published}"))
            last = raw.strip().split("\n")[-1]
            if not (last.startswith("Reporting by") and "; Editing by" in last):
                out.append(("corpus-signoff", f"{key}: no Reporting by ...; Editing by ... line"))
            rest = raw[raw.index(m.group(0)) + len(m.group(0)):] if m else raw
            for dm in DATE_LIKE.finditer(rest):
                out.append(("corpus-wire-date", f"{key}: another date in wire copy: {dm.group(0)!r}"))
            if re.search(r"\b(19|20)\d\d\b", raw.split("\n")[0]):
                out.append(("corpus-wire-date", f"{key}: a year in the headline"))
        elif doc.style == "newspaper":
            lines = raw.split("\n")
            if not (re.fullmatch(r"Published: \d{4}-\d{2}-\d{2}", lines[1]) and lines[2] == "By zzzl"
                    and lines[3] == ""):
                out.append(("corpus-header", f"{key}: newspaper header malformed"))
            if doc.published != published:
                out.append(("corpus-header", f"{key}: Published {doc.published} != {published}"))
        else:
            for needle in ("cookie", "<nav", "breadcrumb", "<article", "<h1>", "<time datetime=",
                           "<figure", "<figcaption>", "<aside", "newsletter", "<footer",
                           'class="article-body"', "&"):
                if needle not in raw:
                    out.append(("corpus-html", f"{key}: page lacks {needle!r}"))
            if doc.published != published:
                out.append(("corpus-html", f"{key}: <time> {doc.published} != {published}"))
    return out


# --------------------------------------------------------------------------
# Self-test: every check must reject the row made to trip it.

def self_test(ctx):
    base = dict(s="Bolivia", p="borders", o="Chile", mod="asserted",
                ev={"01": {"ph": "which borders Brazil, Argentina, Paraguay, Chile and Peru"}},
                t=None, req=True, alt_s=[], alt_p=[], alt_o=[], role=None, com=None, note=None)

    def row(**kw):
        r = json.loads(json.dumps(base))
        r.update(kw)
        return r

    assert check_row(ctx, row()) == [], check_row(ctx, row())
    cases = [
        ("vocab-predicate", row(p="bombed")),
        ("vocab-modality", row(mod="alleged")),
        ("vocab-entity", row(o="Atlantis")),
        ("vocab-role", row(role="president")),
        ("vocab-role", row(s="Rodrigo Paz", p="head_of", o="Bolivia",
                           ev={"01": {"ph": "President Rodrigo Paz said on Wednesday"}})),
        ("vocab-commodity", row(p="imports_from", o="Argentina",
                                ev={"01": {"ph": "buys most of its imported diesel from Argentina"}})),
        ("type", row(s="La Paz", p="head_of", o="Bolivia", role="x",
                     ev={"01": {"ph": "La Paz, Bolivia's seat of government"}})),
        ("type", row(alt_o=["Uranium One"])),
        ("phrase-missing", row(ev={"01": {"ph": "Bolivia borders the sea"}})),
        ("phrase-ambiguous", row(ev={"01": {"ph": "Bolivia"}})),
        ("phrase-crosses-sentence", row(ev={"01": {"ph": "constitutional capital.\n\n\"We are"}})),
        ("subject-not-named", row(s="Ecuador")),
        ("object-not-named", row(o="Venezuela")),
        ("subject-mention-missing", row(ev={"01": {"ph": base["ev"]["01"]["ph"], "sm": "La Paz"}})),
        ("time-no-when", row(t="2025")),
        ("time-when-missing", row(t="2025", ev={"01": {"ph": base["ev"]["01"]["ph"], "when": "in 1978"}})),
        ("time-untimed-when", row(ev={"01": {"ph": base["ev"]["01"]["ph"], "when": "Peru"}})),
        ("time-mismatch", row(p="recognizes", o="Palestine", t="2011",
                              ev={"01": {"ph": "which recognized a Palestinian state in 2010",
                                         "when": "in 2010"}})),
        ("time-mismatch", row(s="Rodrigo Paz", p="contacted", o="Gabriel Boric", t="2025-11-10",
                              ev={"01": {"ph": "Paz also spoke by telephone on Monday",
                                         "when": "on Monday"}})),  # wire: weekdays do not resolve
        ("time-format", row(t="Nov 2025", ev={"01": {"ph": base["ev"]["01"]["ph"], "when": "in 2010"}})),
        ("modality-polarity", row(ev={"01": {"ph": base["ev"]["01"]["ph"], "mod": "negated"}})),
        ("evidence-doc", row(ev={"09": {"ph": "x"}})),
        ("evidence-none", row(ev={})),
    ]
    for code, r in cases:
        got = [c for c, _ in check_row(ctx, r)]
        assert code in got, f"self-test: expected {code}, got {got} for {r}"
    # set-level checks
    ents = [dict(e) for e in ENTITIES]
    used_rows = ROWS
    dup = row(s="Chile", o="Bolivia", ev={"04": {"ph": "Chile's northern border with Peru and Bolivia"}})
    got = [c for c, _ in check_set(ctx, used_rows + [dup], ents)]
    assert "duplicate-unit" in got, got
    coll = row(s="Chile", p="borders", o="Peru", alt_o=["Bolivia"],
               ev={"04": {"ph": "Chile's northern border with Peru and Bolivia"}})
    got = [c for c, _ in check_set(ctx, [r for r in used_rows if not (r["s"] == "Chile" and
                                         r["p"] == "borders")] + [coll], ents)]
    assert "alt-collides" in got, got
    got = [c for c, _ in check_set(ctx, used_rows, ents + [
        {"name": "Lapaz Airport", "type": "Facility", "aliases": ["the La Paz"], "demonyms": []}])]
    assert "alias-collision" in got and "entity-unused" in got, got
    got = [c for c, _ in check_set(ctx, used_rows, ents + [
        {"name": "Atlantis", "type": "Continent", "aliases": [], "demonyms": []}])]
    assert "vocab-type" in got, got
    # time resolution
    assert resolve("on Sunday", "2025-12-16", False) == "2025-12-14"
    assert resolve("On Tuesday", "2025-12-16", False) == "2025-12-16"
    assert resolve("next March", "2025-12-16", False) == "2026-03"
    assert resolve("in August", "2025-11-04", False) == "2025-08"
    assert resolve("next month", "2025-12-03", False) == "2026-01"
    assert resolve("last month", "2025-01-10", False) == "2024-12"
    assert resolve("in the 1980s", "2025-01-10", True) == "198"
    assert resolve("on Monday", "2025-11-12", True) is None
    assert resolve("in May", "2025-11-20", True) is None
    return len(cases) + 5


# --------------------------------------------------------------------------
# Output

def load_context():
    docs = {}
    for key, (fname, published) in DOCS.items():
        doc = textutil.load(os.path.join(ROOT, "corpus", fname))
        docs[key] = (doc, published, textutil.sentences(doc.body))
    return Context(ENTITIES, docs)


def build(ctx):
    problems = check_corpus(ctx)
    for r in ROWS:
        problems += check_row(ctx, r)
    problems += check_set(ctx, ROWS, ENTITIES)
    if problems:
        for code, msg in problems:
            print(f"FAIL {code}: {msg}", file=sys.stderr)
        sys.exit(f"{len(problems)} problem(s); nothing written")

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps({"name": e["name"], "type": e["type"], "aliases": e["aliases"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            keys = sorted(r["ev"])
            g = {"s": r["s"], "p": r["p"], "o": r["o"],
                 "docs": [DOCS[k][0] for k in keys], "modality": r["mod"]}
            if r["t"]:
                g["time"] = r["t"]
            g["required"] = r["req"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if r[a]:
                    g[a] = r[a]
            if r["role"]:
                g["role"] = r["role"]
            if r["com"]:
                g["commodity"] = r["com"]
            quotes = "; ".join(f"{k}: '{r['ev'][k]['ph']}'" for k in keys)
            g["note"] = quotes + (f" ({r['note']})" if r["note"] else "")
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    n_st = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            for k in sorted(r["ev"]):
                doc, published, _ = ctx.docs[k]
                _, sent = sentence_of(ctx, k, r["ev"][k]["ph"])
                st = {"subject": r["s"], "subject_type": ctx.entities[r["s"]]["type"],
                      "predicate": r["p"],
                      "object": r["o"], "object_type": ctx.entities[r["o"]]["type"],
                      "modality": r["ev"][k].get("mod", r["mod"]), "time": r["t"] or "",
                      "role": r["role"] or "", "commodity": r["com"] or "",
                      "confidence": 1.0, "source": "corpus/" + DOCS[k][0], "title": doc.title,
                      "published": published, "sentence": sent[2], "start": sent[0],
                      "end": sent[1], "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n_st += 1
    return n_st


def main(argv):
    ctx = load_context()
    n = self_test(ctx)
    print(f"self-test: {n} bad inputs rejected by their intended checks")
    if "--self-test" in argv:
        return
    n_st = build(ctx)
    req = sum(r["req"] for r in ROWS)
    print(f"entities: {len(ENTITIES)}  triples: {len(ROWS)} ({req} required)  "
          f"statements: {n_st}")


if __name__ == "__main__":
    main(sys.argv[1:])
