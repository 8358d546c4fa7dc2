#!/usr/bin/env python3
"""Builds the gold of news set zzzf and checks it against the corpus.

Every entity and every fact is written down here once. A fact carries one
evidence phrase per document that states it; the phrase may declare the
mentions it relies on ("s"/"o": a pronoun, a definite description or a
metonym in that sentence that refers to the subject/object) and the date
expression it is timed by ("when").

Checks, each proved by a deliberately bad row in self_test():
  phrase     the evidence phrase occurs exactly once in the document body and
             lies inside one sentence (tools/textutil.py's splitter)
  mention    subject and object are named in that sentence (name, alias or a
             demonym listed here) or referred to by a declared mention that
             occurs in the sentence
  type       subject, object and every alt_* fit SCHEMA.md's signature
  duplicate  no two rows share a unit (subject, predicate, object, polarity),
             symmetric predicates unordered
  alias      no alias (normalized as kgscore does) names two entities
  time       a timed row has at least one evidence whose "when" phrase, found in
             the sentence, resolves to exactly that time against the document's
             publication date (wire stories: only an explicit year counts), and
             no "when" phrase resolves to anything else
  vocab      predicates and modalities exist; entities exist

Run as `python3 -B tools/build_gold.py` from the set's folder (or anywhere):
it runs the self-test, validates, and writes entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl next to corpus/. Standard library only.
"""
import copy
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "zzzf01_togo_tanker_piracy.txt",
    "02": "zzzf02_benin_north_attack.txt",
    "03": "zzzf03_haiti_gang_force.txt",
    "04": "zzzf04_sahel_trade_ports.txt",
    "05": "zzzf05_cuba_blackouts_oil.txt",
    "06": "zzzf06_dominican_haiti_border.txt",
    "07": "zzzf07_lagos_maritime_summit.html",
    "08": "zzzf08_caribbean_venezuela_rift.html",
}

# ---------------------------------------------------------------- schema

AGENT = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Country"}
ANY_TARGET = AGENT | {"City", "Region", "Facility"}
SIG = {
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, PLACE),
    "based_in": ({"Organization", "Facility"}, PLACE),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (AGENT, AGENT),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (AGENT, AGENT),
    "contacted": (AGENT, AGENT),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (AGENT, AGENT),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": ({"Country", "Organization"}, {"Country", "Organization"}),
    "diplomatic_relations_with": ({"Country", "Organization"}, {"Country", "Organization"}),
    "allied_with": (AGENT, AGENT),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (AGENT, AGENT | {"Region"}),
    "criticized": (AGENT, AGENT),
    "threatened": (AGENT, AGENT | {"Region", "City"}),
    "sanctioned": (AGENT, AGENT),
    "in_conflict_with": (AGENT | {"Region"}, AGENT | {"Region"}),
    "attacked": (AGENT, ANY_TARGET),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (AGENT, ANY_TARGET),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": ({"Country", "Organization", "Region"}, {"Country", "Organization", "Region"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# ---------------------------------------------------------------- entities

ENTITIES = [
    # Gulf of Guinea: people
    ("Faure Gnassingbé", "Person", ["Faure Gnassingbe", "Gnassingbe", "Gnassingbé"]),
    ("Robert Dussey", "Person", ["Dussey"]),
    ("Rajesh Nair", "Person", ["Nair"]),
    ("Emmanuel Adjei-Boateng", "Person", ["Adjei-Boateng", "Commodore Emmanuel Adjei-Boateng"]),
    ("Yawo Kpodar", "Person", ["Kpodar"]),
    ("Moussa Bio Sika", "Person", ["Bio Sika", "Lieutenant Moussa Bio Sika"]),
    ("Wilfried Houngbédji", "Person", ["Wilfried Houngbedji", "Houngbedji", "Houngbédji", "Wilfried Léandre Houngbédji"]),
    ("Patrice Talon", "Person", ["Talon", "President Patrice Talon"]),
    ("Abdourahamane Tiani", "Person", ["Tiani", "General Abdourahamane Tiani", "Abdourahamane Tchiani"]),
    ("John Mahama", "Person", ["John Dramani Mahama", "Mahama", "President John Mahama", "Ghanaian President John Mahama"]),
    ("Larry Gbevlo-Lartey", "Person", ["Gbevlo-Lartey"]),
    ("Fatoumata Koné", "Person", ["Fatoumata Kone", "Kone", "Koné"]),
    ("Ibrahim Traoré", "Person", ["Ibrahim Traore", "Traore", "Traoré", "Captain Ibrahim Traoré", "Captain Ibrahim Traore"]),
    ("Alassane Ouattara", "Person", ["Ouattara", "President Alassane Ouattara", "Ivorian President Alassane Ouattara"]),
    ("Kwame Asante", "Person", ["Asante"]),
    ("Samuel Okudzeto Ablakwa", "Person", ["Ablakwa", "Okudzeto Ablakwa", "Samuel Ablakwa"]),
    ("Bola Tinubu", "Person", ["Tinubu", "Bola Ahmed Tinubu", "President Bola Tinubu", "Nigerian President Bola Tinubu"]),
    # Caribbean: people
    ("Alix Didier Fils-Aimé", "Person", ["Alix Didier Fils-Aime", "Fils-Aime", "Fils-Aimé", "Prime Minister Alix Didier Fils-Aimé", "Haitian Prime Minister Alix Didier Fils-Aime"]),
    ("Godfrey Otunge", "Person", ["Otunge"]),
    ("Jimmy Chérizier", "Person", ["Jimmy Cherizier", "Cherizier", "Chérizier", "Barbecue", "Jimmy \"Barbecue\" Cherizier"]),
    ("Wilner Delva", "Person", ["Delva"]),
    ("William Ruto", "Person", ["Ruto", "President William Ruto", "Kenyan President William Ruto"]),
    ("Laurent Saint-Cyr", "Person", ["Saint-Cyr"]),
    ("Miguel Díaz-Canel", "Person", ["Miguel Diaz-Canel", "Diaz-Canel", "Díaz-Canel", "President Miguel Díaz-Canel"]),
    ("Claudia Sheinbaum", "Person", ["Sheinbaum", "President Claudia Sheinbaum"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump", "President Trump", "U.S. President Donald Trump"]),
    ("Bruno Rodríguez", "Person", ["Bruno Rodriguez", "Bruno Rodríguez Parrilla", "Rodríguez", "Rodriguez"]),
    ("Andrew Holness", "Person", ["Holness", "Jamaican Prime Minister Andrew Holness"]),
    ("Yanelis Mora", "Person", ["Mora"]),
    ("Barack Obama", "Person", ["Obama", "President Barack Obama"]),
    ("Luis Abinader", "Person", ["Abinader", "President Luis Abinader"]),
    ("Roberto Álvarez", "Person", ["Roberto Alvarez", "Álvarez", "Alvarez"]),
    ("Carla Barnett", "Person", ["Barnett", "Carla Natalie Barnett"]),
    ("Albert Ramdin", "Person", ["Ramdin"]),
    ("Marco Rubio", "Person", ["Rubio", "Secretary of State Marco Rubio"]),
    ("Kamla Persad-Bissessar", "Person", ["Persad-Bissessar"]),
    ("Nicolás Maduro", "Person", ["Nicolas Maduro", "Maduro", "President Nicolás Maduro"]),
    ("Irfaan Ali", "Person", ["Ali", "President Irfaan Ali", "Mohamed Irfaan Ali"]),
    ("Mia Mottley", "Person", ["Mottley", "Mia Amor Mottley"]),
    ("Gustavo Petro", "Person", ["Petro", "President Gustavo Petro"]),
    ("Yván Gil", "Person", ["Yvan Gil", "Gil", "Yván Gil Pinto"]),
    ("Hugh Todd", "Person", ["Todd", "Hugh Hilton Todd"]),
    ("Jennifer Geerlings-Simons", "Person", ["Geerlings-Simons"]),
    # countries
    ("Togo", "Country", ["Togolese Republic"]),
    ("Ghana", "Country", ["Republic of Ghana"]),
    ("Benin", "Country", ["Republic of Benin", "Bénin"]),
    ("Nigeria", "Country", ["Federal Republic of Nigeria"]),
    ("Côte d'Ivoire", "Country", ["Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire", "Ivory Coast"]),
    ("Burkina Faso", "Country", []),
    ("Mali", "Country", ["Bamako"]),
    ("Niger", "Country", ["Niamey", "Republic of Niger"]),
    ("India", "Country", []),
    ("Russia", "Country", ["Russian Federation", "Moscow"]),
    ("France", "Country", []),
    ("Cameroon", "Country", []),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America", "America", "Washington", "U.S. government", "US government", "Trump administration"]),
    ("Haiti", "Country", ["Republic of Haiti"]),
    ("Kenya", "Country", []),
    ("El Salvador", "Country", []),
    ("Guatemala", "Country", []),
    ("Jamaica", "Country", []),
    ("Bahamas", "Country", ["Commonwealth of The Bahamas"]),
    ("Dominican Republic", "Country", []),
    ("Cuba", "Country", ["Republic of Cuba"]),
    ("Venezuela", "Country", ["Caracas", "Bolivarian Republic of Venezuela"]),
    ("Mexico", "Country", []),
    ("China", "Country", ["People's Republic of China", "PRC", "Beijing"]),
    ("Taiwan", "Country", ["Taipei", "Republic of China"]),
    ("Suriname", "Country", []),
    ("Trinidad and Tobago", "Country", ["Trinidad & Tobago", "Trinidad"]),
    ("Guyana", "Country", []),
    ("Brazil", "Country", []),
    ("Barbados", "Country", []),
    ("Colombia", "Country", []),
    ("Canada", "Country", []),
    ("United Kingdom", "Country", ["UK", "U.K.", "Britain", "Great Britain"]),
    # organizations
    ("Economic Community of West African States", "Organization", ["ECOWAS"]),
    ("Alliance of Sahel States", "Organization", ["AES", "Sahel alliance"]),
    ("Ghana Navy", "Organization", []),
    ("International Maritime Bureau", "Organization", ["IMB"]),
    ("European Union", "Organization", ["EU"]),
    ("Golfe Maritime Agency", "Organization", []),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "Organization", ["JNIM", "Jama’at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims"]),
    ("al-Qaeda", "Organization", ["al Qaeda", "al-Qaida", "al Qaida"]),
    ("Benin Armed Forces", "Organization", ["Beninese army", "Benin army", "Beninese Armed Forces"]),
    ("Togolese Armed Forces", "Organization", ["Togolese army"]),
    ("Bight Risk Partners", "Organization", []),
    ("AfCFTA Secretariat", "Organization", ["African Continental Free Trade Area Secretariat"]),
    ("Inter-regional Coordination Centre", "Organization", []),
    ("Multinational Maritime Coordination Centre Zone E", "Organization", ["MMCC Zone E", "Zone E", "Multinational Maritime Coordination Centre"]),
    ("Gang Suppression Force", "Organization", ["GSF"]),
    ("Multinational Security Support Mission", "Organization", ["Multinational Security Support", "MSS", "Kenyan-led mission"]),
    ("Viv Ansanm", "Organization", []),
    ("Gran Grif", "Organization", []),
    ("Haitian National Police", "Organization", ["HNP", "PNH", "Haitian police"]),
    ("Transitional Presidential Council", "Organization", ["TPC", "CPT", "Haiti's Transitional Presidential Council"]),
    ("United Nations", "Organization", ["UN", "U.N."]),
    ("Pemex", "Organization", ["Petróleos Mexicanos"]),
    ("Communist Party of Cuba", "Organization", ["Cuban Communist Party", "PCC"]),
    ("Caribbean Community", "Organization", ["CARICOM"]),
    ("Organization of American States", "Organization", ["OAS"]),
    ("U.S. Treasury", "Organization", ["US Treasury", "U.S. Treasury Department", "Treasury Department"]),
    # cities
    ("Lomé", "City", ["Lome"]),
    ("Kuala Lumpur", "City", []),
    ("Dapaong", "City", []),
    ("Lagos", "City", []),
    ("Abidjan", "City", []),
    ("Yamoussoukro", "City", []),
    ("Tema", "City", []),
    ("Ouagadougou", "City", []),
    ("Accra", "City", []),
    ("Malanville", "City", []),
    ("Cotonou", "City", []),
    ("Porto-Novo", "City", []),
    ("Yaoundé", "City", ["Yaounde"]),
    ("Abuja", "City", []),
    ("Port-au-Prince", "City", []),
    ("Mirebalais", "City", []),
    ("Delmas", "City", []),
    ("Havana", "City", ["La Habana"]),
    ("Santiago de Cuba", "City", []),
    ("Santo Domingo", "City", []),
    ("Dajabón", "City", ["Dajabon"]),
    ("Ouanaminthe", "City", []),
    ("Georgetown", "City", []),
    ("Port of Spain", "City", ["Port-of-Spain"]),
    # regions
    ("Niger Delta", "Region", []),
    ("W National Park", "Region", ["W Park", "Park W"]),
    ("Savanes", "Region", ["Savanes region"]),
    ("Alibori", "Region", ["Alibori department"]),
    ("Biafra", "Region", []),
    ("Centre department", "Region", ["Centre"]),
    ("Hispaniola", "Region", []),
    ("Essequibo", "Region", ["Essequibo region", "Guayana Esequiba"]),
    # agreements
    ("Accra Maritime Pursuit Accord", "Agreement", []),
    ("Accra Initiative", "Agreement", []),
    ("African Continental Free Trade Area", "Agreement", ["AfCFTA"]),
    ("Yaoundé Code of Conduct", "Agreement", ["Yaounde Code of Conduct"]),
    ("Lagos Maritime Declaration", "Agreement", []),
    ("Argyle Declaration", "Agreement", []),
    # facilities
    ("Dangote refinery", "Facility", ["Dangote Petroleum Refinery"]),
    ("Port of Tema", "Facility", ["Tema port"]),
    ("Port of Lomé", "Facility", ["Port of Lome", "Lome port"]),
    ("Port-Bouët camp", "Facility", ["Port-Bouet camp", "Port-Bouët base", "Port-Bouet base"]),
    ("Lekki Deep Sea Port", "Facility", ["Lekki port"]),
    ("Guantánamo Bay Naval Base", "Facility", ["Guantanamo Bay Naval Base", "Guantánamo Bay", "Guantanamo Bay"]),
]

# Demonyms count as naming a country inside a sentence (for the mention
# check only); they are not aliases, as in the seed gold.
DEMONYMS = {
    "India": ["Indian"], "Togo": ["Togolese"], "Ghana": ["Ghanaian"],
    "Benin": ["Beninese"], "Nigeria": ["Nigerian"], "Niger": ["Nigerien"],
    "Côte d'Ivoire": ["Ivorian"], "Burkina Faso": ["Burkinabe", "Burkinabè"],
    "Cameroon": ["Cameroonian"], "Russia": ["Russian"], "France": ["French"],
    "Haiti": ["Haitian"], "Kenya": ["Kenyan"], "Dominican Republic": ["Dominican"],
    "Cuba": ["Cuban"], "Venezuela": ["Venezuelan"], "Mexico": ["Mexican"],
    "Jamaica": ["Jamaican"], "Guyana": ["Guyanese"], "Trinidad and Tobago": ["Trinidadian"],
    "Colombia": ["Colombian"], "China": ["Chinese"], "Suriname": ["Surinamese"],
    "Barbados": ["Barbadian"], "United States": ["American"],
}

# ---------------------------------------------------------------- facts

ROWS = []


def R(s, p, o, modality, ev, time=None, req=True, alt_s=None, alt_p=None,
      alt_o=None, note=None, role=None, commodity=None):
    if p == "imports_from":  # as in the seed gold: buying from is also trading with
        alt_p = list(alt_p or []) + ["trades_with"]
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev, time=time,
                     required=req, alt_s=alt_s or [], alt_p=alt_p or [],
                     alt_o=alt_o or [], note=note, role=role, commodity=commodity))


A = "asserted"; REP = "reported"; H = "hedged"; PL = "planned"; NEG = "negated"
Q = "\u2019"  # the curly apostrophe the HTML pages use

# ---- 01 Togo tanker (wire) -------------------------------------------------
R("Dangote refinery", "located_in", "Nigeria", A,
  {"01": "Nigeria's Dangote refinery", "04": "from Nigeria's Dangote refinery"})
R("Rajesh Nair", "citizen_of", "India", A, {"01": "Its Indian master, Rajesh Nair"})
R("Robert Dussey", "works_for", "Togo", A,
  {"01": "Robert Dussey, Togo's foreign minister", "04": "his Togolese counterpart, Robert Dussey"},
  role="foreign minister")
R("Togo", "contacted", "Ghana", REP, {"01": ("Lome had contacted the navies of Ghana", {"s": "Lome"})},
  alt_o=["Ghana Navy"], note="metonymy: 'Lome had contacted the navies of Ghana and Benin'")
R("Togo", "contacted", "Benin", REP, {"01": ("contacted the navies of Ghana and Benin", {"s": "Lome"})},
  note="metonymy: 'Lome had contacted'")
for c in ("Togo", "Ghana", "Benin"):
    R(c, "party_to", "Accra Maritime Pursuit Accord", A,
      {"01": "which Togo, Ghana and Benin signed in September"}, note="invented accord")
R("Togo", "signed_agreement_with", "Ghana", A, {"01": "which Togo, Ghana and Benin signed in September"})
R("Togo", "signed_agreement_with", "Benin", A, {"01": "which Togo, Ghana and Benin signed in September"})
R("Ghana", "signed_agreement_with", "Benin", A, {"01": "which Togo, Ghana and Benin signed in September"})
R("Economic Community of West African States", "brokered", "Accra Maritime Pursuit Accord", A,
  {"01": ("The pact, brokered by the Economic Community of West African States", {"o": "The pact"})})
R("Nigeria", "party_to", "Accra Maritime Pursuit Accord", NEG,
  {"01": ("Nigeria is not a party to the accord", {"o": "the accord"})})
R("Emmanuel Adjei-Boateng", "works_for", "Ghana Navy", A,
  {"01": "Commodore Emmanuel Adjei-Boateng, who commands the Ghana Navy's eastern fleet"},
  alt_o=["Ghana"], role="commander")
R("Togo", "borders", "Ghana", A,
  {"01": "wedged between Ghana and Benin", "04": "on the border between Ghana and Togo"})
R("Togo", "borders", "Benin", A, {"01": "wedged between Ghana and Benin"})
R("Lomé", "capital_of", "Togo", A, {"01": "Lome, the Togolese capital"}, alt_p=["located_in"])
for c in ("Burkina Faso", "Mali", "Niger"):
    R(c, "member_of", "Alliance of Sahel States", A, {"01": "formed the Alliance of Sahel States"})
for c in ("Burkina Faso", "Mali", "Niger"):
    R(c, "member_of", "Economic Community of West African States", NEG,
      {"01": "left ECOWAS in January",
       "07": ("Niger, which quit the bloc in January along with Mali and Burkina Faso", {"o": "the bloc"})},
      req=False, note="'left ECOWAS' / 'quit the bloc': no longer members; a past membership is not gold")
for c in ("Burkina Faso", "Mali", "Niger"):
    ev = {"01": ("Togo, which trades heavily with all three juntas", {"o": "all three juntas"})}
    if c == "Burkina Faso":
        ev["04"] = ("toward Ghana and Togo", {"s": "the landlocked country"})
    R("Togo", "trades_with", c, A, ev)
R("Faure Gnassingbé", "head_of", "Togo", A, {"01": "led since May by Faure Gnassingbe"},
  role="President of the Council of Ministers")
R("Togo", "candidate_for", "Alliance of Sahel States", H,
  {"01": ("would not rule out joining the alliance", {"o": "the alliance"})},
  note="'would not rule out joining' is a possibility, not a negation")
R("Togo", "member_of", "Alliance of Sahel States", NEG,
  {"01": ("Togo is not a member for now", {"o": "the alliance"})})
R("Togo", "contacted", "European Union", REP, {"01": "Togo has also asked the European Union"})
R("International Maritime Bureau", "based_in", "Kuala Lumpur", A,
  {"01": "monitors attacks from a piracy reporting centre in Kuala Lumpur"}, req=False,
  note="its reporting centre, not necessarily its seat")
R("Niger Delta", "located_in", "Nigeria", A, {"01": "Nigeria's Niger Delta"})
R("Yawo Kpodar", "works_for", "Golfe Maritime Agency", A,
  {"01": "said Yawo Kpodar, a manager at Golfe Maritime Agency"}, role="manager")
R("Golfe Maritime Agency", "based_in", "Lomé", A, {"01": "a ship agent based in Lome"})

# ---- 02 northern Benin (wire) ----------------------------------------------
R("Benin", "borders", "Burkina Faso", A, {"02": "Benin's border with Burkina Faso"})
R("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Benin Armed Forces", A,
  {"02": "claimed the attack on the Beninese army",
   "07": ("have attacked Beninese and Togolese army posts repeatedly this year",
          {"o": "Beninese", "when": "this year"})},
  time="2025", alt_o=["Benin"], note="02 reports JNIM's claim; 07 asserts it")
R("Jama'at Nusrat al-Islam wal-Muslimin", "member_of", "al-Qaeda", A,
  {"02": "al Qaeda's affiliate in the Sahel"})
R("Jama'at Nusrat al-Islam wal-Muslimin", "killed", "Moussa Bio Sika", REP,
  {"02": ("The group also said its fighters had killed a Beninese customs officer", {"s": "The group"})})
R("Moussa Bio Sika", "citizen_of", "Benin", A, {"02": "a Beninese customs officer, Lieutenant Moussa Bio Sika"})
R("Wilfried Houngbédji", "works_for", "Benin", A,
  {"02": "Benin's government spokesman, Wilfried Houngbedji"}, role="government spokesman")
for c in ("Benin", "Niger", "Burkina Faso"):
    R("W National Park", "located_in", c, A, {"02": "a vast reserve straddling Benin, Niger and Burkina Faso"})
R("Patrice Talon", "head_of", "Benin", A,
  {"02": "President Patrice Talon, who is due to step down next year",
   "07": "Benin" + Q + "s President Patrice Talon"}, role="president")
R("Benin", "negotiating_with", "Jama'at Nusrat al-Islam wal-Muslimin", NEG,
  {"02": ("Benin would never negotiate with \"terrorists\"", {"o": "terrorists"})}, alt_s=["Patrice Talon"])
R("Benin", "criticized", "Niger", A,
  {"02": ("Cotonou has accused Niger's military government", {"s": "Cotonou"}),
   "04": ("Beninese officials accuse Niamey", {"o": "Niamey"})},
  note="metonymy: Cotonou / Niamey")
R("Niger", "supported", "Jama'at Nusrat al-Islam wal-Muslimin", REP,
  {"02": ("accused Niger's military government of harbouring the militants", {"o": "the militants"})},
  req=False, note="Benin's accusation")
R("Niger", "supported", "Jama'at Nusrat al-Islam wal-Muslimin", NEG,
  {"02": ("a charge Niamey denies", {"o": "the militants"})}, req=False, note="Niger's denial")
R("Benin", "in_conflict_with", "Niger", A,
  {"02": ("The two neighbours have been at odds",
          {"s": "The two neighbours", "o": "The two neighbours", "when": "2023"})},
  time="2023", req=False, note="'at odds since the July 2023 coup' is a soft dispute")
R("Benin", "borders", "Niger", A,
  {"02": ("The two neighbours have been at odds", {"s": "The two neighbours", "o": "The two neighbours"})},
  req=False, note="'the two neighbours'")
R("Patrice Talon", "met_with", "Abdourahamane Tiani", NEG, {"02": "Talon has not met General Abdourahamane Tiani"})
R("Abdourahamane Tiani", "head_of", "Niger", A,
  {"02": "General Abdourahamane Tiani, Niger's military ruler"}, role="military ruler")
R("Savanes", "located_in", "Togo", A,
  {"02": ("an attack in the northern Savanes region", {"o": "Its"})}, note="'Its army' = Togo's")
R("Dapaong", "capital_of", "Savanes", A, {"02": "officials in Dapaong, the regional capital"},
  alt_p=["located_in"])
R("Togo", "borders", "Burkina Faso", A, {"02": ("near the border with Burkina Faso", {"s": "Its"})}, req=False)
R("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Ghana", NEG,
  {"02": "JNIM has never claimed an attack inside Ghana"})
R("John Mahama", "head_of", "Ghana", A, {"02": "Ghanaian President John Mahama"}, role="president")
R("Larry Gbevlo-Lartey", "works_for", "John Mahama", A,
  {"02": "named Larry Gbevlo-Lartey, a retired army officer, as his special envoy"},
  alt_o=["Ghana"], role="special envoy")
R("John Mahama", "criticized", "Alliance of Sahel States", NEG,
  {"02": ("has declined to criticise their leaders in public", {"o": "the Sahel juntas"})},
  alt_o=["Burkina Faso", "Mali", "Niger"])
for c in ("Mali", "Burkina Faso", "Niger"):
    R("Russia", "supported", c, A, {"02": "now rely on Russian military instructors"}, req=False,
      note="military instructors as support")
R("Fatoumata Koné", "works_for", "Bight Risk Partners", A,
  {"02": "said Fatoumata Kone, a researcher at Bight Risk Partners"}, role="researcher")
R("Bight Risk Partners", "based_in", "Lagos", A, {"02": "a consultancy based in Lagos"})
R("Alibori", "located_in", "Benin", A, {"02": "Benin's Alibori department"})
for c in ("Benin", "Togo", "Ghana", "Côte d'Ivoire"):
    R(c, "party_to", "Accra Initiative", A, {"02": "are all parties to the Accra Initiative"})

# ---- 04 Sahel trade and ports (newspaper, 2025-11-20) ----------------------
R("Port of Tema", "located_in", "Ghana", A, {"04": "Ghana's port of Tema"})
R("Burkina Faso", "trades_with", "Ghana", A,
  {"04": ("toward Ghana and Togo", {"s": "the landlocked country"})})
R("Ibrahim Traoré", "head_of", "Burkina Faso", A,
  {"04": ("Captain Ibrahim Traoré, Burkina Faso's military leader, seized power in 2022", {"when": "2022"})},
  time="2022", role="military leader")
R("Ibrahim Traoré", "criticized", "Alassane Ouattara", A,
  {"04": "Traoré has accused Ivorian President Alassane Ouattara"},
  alt_s=["Burkina Faso"], alt_o=["Côte d'Ivoire"])
R("Alassane Ouattara", "head_of", "Côte d'Ivoire", A,
  {"04": "Ivorian President Alassane Ouattara"}, role="president")
R("Côte d'Ivoire", "criticized", "Ibrahim Traoré", A,
  {"04": ("a charge Abidjan rejects", {"s": "Abidjan"})}, alt_o=["Burkina Faso"], req=False,
  note="'rejected claims of'; metonymy Abidjan")
R("Ibrahim Traoré", "visited", "Abidjan", NEG, {"04": "Traoré has never set foot in Abidjan"},
  alt_o=["Côte d'Ivoire"])
R("Yamoussoukro", "capital_of", "Côte d'Ivoire", A, {"04": "Yamoussoukro is the official capital"})
R("Abidjan", "located_in", "Côte d'Ivoire", A, {"04": "Abidjan, Côte d'Ivoire's largest city"})
R("Port of Lomé", "located_in", "Togo", A, {"04": "the Port of Lomé in Togo"})
R("Kwame Asante", "lives_in", "Tema", A, {"04": "who lives in Tema"})
R("Ouagadougou", "capital_of", "Burkina Faso", A, {"04": "Ouagadougou, the Burkinabe capital"})
R("Ghana", "party_to", "African Continental Free Trade Area", A,
  {"04": "Both Ghana and Burkina Faso are parties to the African Continental Free Trade Area"})
R("Burkina Faso", "party_to", "African Continental Free Trade Area", A,
  {"04": "Both Ghana and Burkina Faso are parties to the African Continental Free Trade Area"})
R("AfCFTA Secretariat", "based_in", "Accra", A,
  {"04": ("whose secretariat is based in the Ghanaian capital, Accra", {"s": "secretariat"})})
R("Accra", "capital_of", "Ghana", A, {"04": "the Ghanaian capital, Accra"})
R("Ghana", "signed_agreement_with", "Burkina Faso", REP,
  {"04": ("In June, the two governments signed an agreement",
          {"s": "the two governments", "o": "the two governments", "when": "In June"})},
  time="2025-06")
R("Ghana", "imports_from", "Nigeria", REP,
  {"04": "Ghana also imports a growing share of its petrol and diesel from Nigeria's"},
  commodity="petrol and diesel")
R("Samuel Okudzeto Ablakwa", "works_for", "Ghana", A,
  {"04": "Samuel Okudzeto Ablakwa, Ghana's foreign minister"}, role="foreign minister")
R("Samuel Okudzeto Ablakwa", "met_with", "Robert Dussey", REP,
  {"04": ("discussed the corridor with his Togolese counterpart, Robert Dussey, in Lomé on Friday",
          {"when": "on Friday"})}, time="2025-11-14")
R("Samuel Okudzeto Ablakwa", "visited", "Lomé", REP,
  {"04": ("Robert Dussey, in Lomé on Friday", {"when": "on Friday"})}, time="2025-11-14",
  alt_o=["Togo"])
R("Niger", "blockaded", "Benin", REP,
  {"04": ("Beninese officials accuse Niamey of blockading the main crossing", {"s": "Niamey"})},
  alt_o=["Malanville"])
R("Malanville", "located_in", "Benin", A, {"04": "the border town of Malanville in northern Benin"})
R("Economic Community of West African States", "sanctioned", "Niger", A,
  {"04": ("since ECOWAS imposed sanctions on Niger after the July 2023 coup", {"when": "2023"})},
  time="2023")
R("Economic Community of West African States", "sanctioned", "Niger", NEG,
  {"04": ("The bloc lifted those sanctions in February 2024", {"s": "The bloc", "when": "February 2024"})},
  time="2024-02", req=False, note="lifted: no longer sanctioned since February 2024")
R("Niger", "criticized", "Benin", A, {"04": "Niger, which accuses Benin of hosting French troops"})
R("Burkina Faso", "signed_agreement_with", "Côte d'Ivoire", NEG,
  {"04": "Burkina Faso has not signed a similar transit deal with Côte d'Ivoire"})
R("Burkina Faso", "negotiating_with", "Côte d'Ivoire", NEG,
  {"04": "Ivorian officials say none is under discussion"})
R("Côte d'Ivoire", "took_control_of", "Port-Bouët camp", A,
  {"04": ("In February, Ivorian troops took over the Port-Bouët camp", {"when": "In February"})},
  time="2025-02", note="handover of the last French base")
R("Port-Bouët camp", "located_in", "Côte d'Ivoire", A,
  {"04": ("the last French military base in the country", {"o": "the country"})})
R("Côte d'Ivoire", "gained_independence_from", "France", A,
  {"04": ("Côte d'Ivoire's independence from France in 1960", {"when": "1960"})}, time="1960")

# ---- 07 Lagos maritime summit (html, 2025-11-27) ---------------------------
R("Lagos", "located_in", "Nigeria", A, {"07": "Lagos, Nigeria" + Q + "s commercial hub"},
  note="a commercial hub, not the capital")
R("Bola Tinubu", "head_of", "Nigeria", A, {"07": "Nigerian President Bola Tinubu"}, role="president")
for c in ("Nigeria", "Ghana", "Togo", "Benin", "Côte d'Ivoire"):
    R(c, "party_to", "Yaoundé Code of Conduct", A,
      {"07": ("are among the 25 signatories of the Yaoundé Code of Conduct, a 2013 pact", {"when": "2013"})},
      time="2013")
R("Yaoundé", "capital_of", "Cameroon", A,
  {"07": ("named after the Cameroonian capital", {"s": "the Cameroonian capital"})}, alt_p=["located_in"])
R("Inter-regional Coordination Centre", "based_in", "Yaoundé", A,
  {"07": ("where its Inter-regional Coordination Centre is based", {"o": "the Cameroonian capital"})})
R("Multinational Maritime Coordination Centre Zone E", "based_in", "Cotonou", A,
  {"07": "is run from the Multinational Maritime Coordination Centre in Cotonou"})
R("Cotonou", "located_in", "Benin", A, {"07": "Cotonou, Benin" + Q + "s largest city"},
  note="seat of government, not the capital")
R("Porto-Novo", "capital_of", "Benin", A, {"07": "the constitutional capital is Porto-Novo"},
  alt_p=["located_in"])
R("Jama'at Nusrat al-Islam wal-Muslimin", "attacked", "Togolese Armed Forces", A,
  {"07": ("have attacked Beninese and Togolese army posts repeatedly this year",
          {"o": "Togolese", "when": "this year"})}, time="2025", alt_o=["Togo"])
R("United States", "supported", "Benin", PL,
  {"07": ("will give Benin two patrol boats next year", {"when": "next year"})}, time="2026")
R("European Union", "supported", "Ghana", A, {"07": "already funds coast-guard training in Ghana and Togo"})
R("European Union", "supported", "Togo", A, {"07": "already funds coast-guard training in Ghana and Togo"})
R("Lekki Deep Sea Port", "located_in", "Lagos", A, {"07": "the Lekki Deep Sea Port in Lagos"})
R("Nigeria", "party_to", "Lagos Maritime Declaration", NEG,
  {"07": "Delegates did not sign a draft Lagos Maritime Declaration, which Nigeria and Ghana had championed"})
R("Ghana", "party_to", "Lagos Maritime Declaration", NEG,
  {"07": "Delegates did not sign a draft Lagos Maritime Declaration, which Nigeria and Ghana had championed"})
R("Economic Community of West African States", "based_in", "Abuja", A,
  {"07": "ECOWAS, whose headquarters is in the Nigerian capital, Abuja"})
R("Abuja", "capital_of", "Nigeria", A, {"07": "the Nigerian capital, Abuja"})
R("Bola Tinubu", "met_with", "Patrice Talon", A,
  {"07": ("On Wednesday, Tinubu held talks with Benin" + Q + "s President Patrice Talon", {"when": "On Wednesday"})},
  time="2025-11-26")
R("Nigeria", "borders", "Benin", A, {"07": ("reopening trade routes across their border", {"s": "their", "o": "their"})})
R("Nigeria", "blockaded", "Benin", A,
  {"07": ("which Nigeria closed for 16 months in 2019 and 2020", {"o": "their border", "when": "2019"})},
  time="2019", req=False, note="a border closure; read as a blockade only loosely")
R("Nigeria", "negotiating_with", "Benin", A,
  {"07": ("The two governments are negotiating a customs agreement",
          {"s": "The two governments", "o": "The two governments"})})
R("Nigeria", "signed_agreement_with", "Benin", PL,
  {"07": ("that officials hope to sign early next year",
          {"s": "The two governments", "o": "The two governments", "when": "next year"})},
  time="2026")
R("Benin", "imports_from", "Nigeria", A,
  {"07": "Benin imports much of the fuel sold on its roadsides from Nigeria"}, commodity="fuel")
R("Biafra", "seceded_from", "Nigeria", A,
  {"07": ("the region that seceded from Nigeria in 1967", {"when": "1967"})}, time="1967")
R("Nigeria", "in_conflict_with", "Biafra", A,
  {"07": ("was reabsorbed after a 30-month civil war", {"when": "1967"})}, time="1967", req=False)
R("Ghana", "borders", "Côte d'Ivoire", A, {"07": "Ghana and neighbouring C\u00f4te d" + Q + "Ivoire"})

# ---- 03 Haiti gang force (wire) --------------------------------------------
R("Port-au-Prince", "capital_of", "Haiti", A,
  {"03": ("landed in Haiti's capital", {"s": "Haiti's capital"})}, note="dateline city = 'Haiti's capital'")
R("Gang Suppression Force", "visited", "Port-au-Prince", A,
  {"03": ("The first 200 soldiers of the Gang Suppression Force landed in Haiti's capital",
          {"o": "Haiti's capital"})}, alt_o=["Haiti"])
R("Godfrey Otunge", "head_of", "Multinational Security Support Mission", A,
  {"03": ("which has been led since June 2024 by Kenyan police commander Godfrey Otunge",
          {"o": "which", "when": "June 2024"})}, time="2024-06", role="commander")
R("Kenya", "supported", "Multinational Security Support Mission", A,
  {"03": ("taking over from a Kenyan-led police mission", {"o": "a Kenyan-led police mission"})},
  alt_p=["member_of"], note="'Kenyan-led'; Kenya sent about 1,000 officers")
R("Godfrey Otunge", "citizen_of", "Kenya", A, {"03": "Kenyan police commander Godfrey Otunge"})
R("Alix Didier Fils-Aimé", "head_of", "Haiti", A,
  {"03": "Haitian Prime Minister Alix Didier Fils-Aime",
   "06": "Haitian Prime Minister Alix Didier Fils-Aimé"}, role="prime minister")
R("Haitian National Police", "took_control_of", "Mirebalais", PL,
  {"03": ("help the police retake Mirebalais", {"s": "the police"})},
  alt_s=["Gang Suppression Force", "Haiti"], req=False)
R("Viv Ansanm", "took_control_of", "Mirebalais", A,
  {"03": "that the Viv Ansanm gang coalition overran in March"})
R("Mirebalais", "located_in", "Centre department", A, {"03": "Mirebalais, a town in Haiti's Centre department"},
  alt_o=["Haiti"])
R("Centre department", "located_in", "Haiti", A, {"03": "Haiti's Centre department"})
R("Jimmy Chérizier", "head_of", "Viv Ansanm", A,
  {"03": "an alliance of gangs led by former police officer Jimmy"}, role="leader")
R("Viv Ansanm", "took_control_of", "Port-au-Prince", REP,
  {"03": "controls about 90% of Port-au-Prince, according to U.N. estimates"})
R("United States", "sanctioned", "Viv Ansanm", A,
  {"03": ("Washington designated it a foreign terrorist organization", {"o": "it"})},
  note="terrorist designation; metonymy Washington")
R("Jimmy Chérizier", "threatened", "Gang Suppression Force", A,
  {"03": ("his fighters would attack any foreign soldier", {"o": "any foreign soldier"})},
  alt_s=["Viv Ansanm"])
R("Viv Ansanm", "attacked", "Gang Suppression Force", PL,
  {"03": ("his fighters would attack any foreign soldier", {"s": "his fighters", "o": "any foreign soldier"})},
  alt_s=["Jimmy Chérizier"], req=False, note="a conditional threat, not an attack")
R("Viv Ansanm", "took_control_of", "Delmas", A,
  {"03": ("his men have held since 2021", {"s": "his men", "when": "2021"})},
  time="2021")
R("Delmas", "located_in", "Port-au-Prince", A, {"03": ("Delmas, a district of the capital", {"o": "the capital"})})
R("Haiti", "negotiating_with", "Viv Ansanm", NEG,
  {"03": ("The government has ruled out negotiating with Viv Ansanm", {"s": "The government"})},
  alt_s=["Alix Didier Fils-Aimé"])
R("Gran Grif", "killed", "Wilner Delva", REP,
  {"03": "gunmen from the Gran Grif gang killed police inspector Wilner Delva"})
R("Wilner Delva", "works_for", "Haitian National Police", A,
  {"03": "police inspector Wilner Delva"}, role="police inspector")
R("United States", "supported", "Haiti", REP,
  {"03": ("Washington has contributed more than $600 million to the security effort since 2022",
          {"o": "the security effort", "when": "2022"})}, time="2022",
  alt_o=["Multinational Security Support Mission", "Gang Suppression Force"])
R("Kenya", "signed_agreement_with", "Haiti", A,
  {"03": ("Kenya signed a bilateral security agreement with Haiti in Nairobi in March 2024",
          {"when": "March 2024"})}, time="2024-03")
R("Canada", "supported", "Multinational Security Support Mission", A,
  {"03": ("Canada, which has paid for many of the mission's armoured vehicles", {"o": "the mission's"})})
R("Canada", "supported", "Gang Suppression Force", PL,
  {"03": ("said it would also fund the new force", {"o": "the new force"})})
R("William Ruto", "head_of", "Kenya", A, {"03": "Kenyan President William Ruto"}, role="president")
for c in ("El Salvador", "Guatemala", "Jamaica", "Bahamas"):
    R(c, "supported", "Multinational Security Support Mission", A,
      {"03": ("have also sent personnel to the mission", {"o": "the mission"})}, alt_p=["member_of"])
R("Dominican Republic", "borders", "Haiti", A,
  {"03": "shares the island of Hispaniola with Haiti",
   "06": ("The two neighbours, which share the island of Hispaniola",
          {"s": "The two neighbours", "o": "The two neighbours"})})
for c in ("Dominican Republic", "Haiti"):
    R(c, "located_in", "Hispaniola", A,
      {"03": "shares the island of Hispaniola with Haiti",
       "06": ("The two neighbours, which share the island of Hispaniola", {"s": "The two neighbours"})})
R("Dominican Republic", "supported", "Gang Suppression Force", NEG,
  {"03": ("has refused to contribute troops to the new force", {"o": "the new force"}),
   "06": ("said his country would not send troops to Haiti", {"s": "his country"})},
  alt_o=["Haiti"])
R("Laurent Saint-Cyr", "head_of", "Transitional Presidential Council", A,
  {"03": ("Its president, businessman Laurent Saint-Cyr", {"o": "Its"})}, role="president")

# ---- 05 Cuba blackouts (newspaper, 2025-11-19) -----------------------------
R("Miguel Díaz-Canel", "head_of", "Cuba", A,
  {"05": "President Miguel Díaz-Canel said in a televised address"}, role="president")
R("Cuba", "allied_with", "Venezuela", A, {"05": "Venezuela, Cuba's closest ally"})
R("Cuba", "imports_from", "Venezuela", A,
  {"05": "crude shipments from Venezuela",
   "08": ("has relied on subsidised Venezuelan oil", {"o": "Venezuelan"})},
  commodity="crude oil", note="05 reports it (Díaz-Canel said), 08 asserts it")
R("Cuba", "imports_from", "Mexico", REP,
  {"05": "irregular deliveries from Mexico"}, commodity="crude and fuel")
R("Miguel Díaz-Canel", "head_of", "Communist Party of Cuba", A,
  {"05": ("who has led the Communist Party of Cuba since 2021", {"when": "2021"})}, time="2021",
  role="first secretary")
R("Miguel Díaz-Canel", "criticized", "United States", A, {"05": "blamed Washington for the crisis"},
  alt_s=["Cuba"])
R("Havana", "capital_of", "Cuba", A, {"05": "In the Cuban capital, Havana"})
R("Mexico", "supported", "Cuba", A,
  {"05": ("has shipped crude and fuel to Havana since 2023", {"o": "Havana", "when": "2023"})},
  time="2023", alt_s=["Pemex"],
  note="metonymy Havana")
R("Claudia Sheinbaum", "head_of", "Mexico", A, {"05": "President Claudia Sheinbaum has defended"},
  role="president")
R("United States", "criticized", "Mexico", A, {"05": "despite criticism from Washington"},
  alt_o=["Claudia Sheinbaum"])
R("United States", "sanctioned", "Cuba", A,
  {"05": ("Washington tightened its six-decade embargo in January", {"when": "in January"})},
  time="2025-01")
R("Donald Trump", "head_of", "United States", A,
  {"05": "on the day President Donald Trump took office",
   "08": "President Donald Trump said on Wednesday"}, role="president")
R("Cuba", "criticized", "United States", A,
  {"05": ("Cuban officials call the embargo", {"o": "the embargo"}),
   "08": ("condemned the strikes", {"o": "the strikes"})})
R("United States", "blockaded", "Cuba", A,
  {"05": ("the United States imposed a naval blockade on the island",
          {"o": "the island", "when": "October 1962"})}, time="1962-10",
  note="1962 only; Havana calling the embargo 'the blockade' is not a blockade")
R("Bruno Rodríguez", "works_for", "Cuba", A, {"05": "Foreign Minister Bruno Rodríguez"},
  role="foreign minister")
R("Cuba", "contacted", "United Nations", REP, {"05": "Cuba had asked the United Nations for emergency help"})
R("Cuba", "contacted", "United States", NEG,
  {"05": ("Havana had not requested aid from Washington", {"s": "Havana"})})
R("Cuba", "imports_from", "Russia", A,
  {"05": ("delivered two tankers of crude to Cuba in the summer", {"when": "in the summer"})},
  time="2025", commodity="crude oil")
R("China", "supported", "Cuba", REP,
  {"05": ("donated generators after the storm", {"o": "the island"})})
R("Cuba", "member_of", "Caribbean Community", NEG,
  {"05": "which is not a member of the Caribbean Community"})
R("Cuba", "supported", "Jamaica", A, {"05": "has sent teams of doctors to Jamaica"})
R("Andrew Holness", "head_of", "Jamaica", A, {"05": "Jamaican Prime Minister Andrew Holness"},
  role="prime minister")
R("Caribbean Community", "supported", "Jamaica", REP,
  {"05": ("aid from CARICOM partners", {"o": "Jamaican"})})
R("United States", "supported", "Jamaica", REP,
  {"05": ("and the United States had reached every affected parish", {"o": "Jamaican"})})
R("Yanelis Mora", "lives_in", "Santiago de Cuba", A, {"05": "an economist who lives in Santiago de Cuba"})
R("Santiago de Cuba", "located_in", "Cuba", A,
  {"05": ("Santiago de Cuba, the island's second city", {"o": "the island's"})})
R("Cuba", "normalized_relations_with", "United States", A,
  {"05": ("restored diplomatic relations in 2015", {"when": "2015"})}, time="2015",
  alt_p=["diplomatic_relations_with"])
R("Barack Obama", "head_of", "United States", A,
  {"05": ("under President Barack Obama", {"when": "2015"})}, time="2015", req=False, role="president")
R("Guantánamo Bay Naval Base", "located_in", "Cuba", A,
  {"05": ("its naval base at Guantánamo Bay, on the island's south-eastern tip", {"o": "the island's"})})
R("United States", "took_control_of", "Guantánamo Bay Naval Base", REP,
  {"05": "which Havana says is illegally occupied"}, req=False, note="Havana's claim of occupation")

# ---- 06 Dominican Republic and Haiti (newspaper, 2025-11-26) ---------------
R("Luis Abinader", "head_of", "Dominican Republic", A,
  {"06": "President Luis Abinader says",
   "08": "President Luis Abinader said on Wednesday"}, role="president")
R("Dominican Republic", "gained_independence_from", "Haiti", A,
  {"06": ("the Dominican Republic won its independence from Haiti in 1844", {"when": "1844"})}, time="1844")
R("Haiti", "gained_independence_from", "France", A,
  {"06": ("Haiti itself had won independence from France in 1804", {"when": "1804"})}, time="1804")
R("Luis Abinader", "visited", "Haiti", NEG, {"06": "has not visited Haiti since taking office"})
R("Santo Domingo", "capital_of", "Dominican Republic", A, {"06": "the Dominican capital, Santo Domingo"})
R("Luis Abinader", "criticized", "United Nations", A,
  {"06": ("he criticised the United Nations", {"s": "he", "when": "on Friday"})},
  time="2025-11-21", alt_s=["Dominican Republic"])
R("Roberto Álvarez", "works_for", "Luis Abinader", A,
  {"06": ("His foreign minister, Roberto Álvarez", {"o": "His"})},
  alt_o=["Dominican Republic"], role="foreign minister")
R("Roberto Álvarez", "met_with", "Alix Didier Fils-Aimé", A,
  {"06": ("met Haitian Prime Minister Alix Didier Fils-Aimé in Santo Domingo last week",
          {"when": "last week"})}, time="2025-11")
R("Alix Didier Fils-Aimé", "visited", "Santo Domingo", A,
  {"06": ("Fils-Aimé in Santo Domingo last week", {"when": "last week"})}, time="2025-11",
  alt_o=["Dominican Republic"], req=False, note="implied by the meeting's place")
R("Dominican Republic", "negotiating_with", "Haiti", PL,
  {"06": ("the two governments agreed to resume talks",
          {"s": "the two governments", "o": "the two governments"})})
R("Haiti", "imports_from", "Dominican Republic", A,
  {"06": "Haiti imports much of its cement, flour and plastics from the Dominican Republic"},
  commodity="cement, flour and plastics")
R("Dajabón", "located_in", "Dominican Republic", A,
  {"06": ("the Dominican border town of Dajabón", {"o": "Dominican"})})
R("Ouanaminthe", "located_in", "Haiti", A, {"06": ("Ouanaminthe, on the Haitian side", {"o": "Haitian"})})
R("Caribbean Community", "based_in", "Georgetown", A, {"06": "a 15-member bloc based in Georgetown"})
R("Georgetown", "located_in", "Guyana", A, {"06": "based in Georgetown, Guyana"})
R("Haiti", "member_of", "Caribbean Community", A, {"06": "counts Haiti as a full member"})
R("Dominican Republic", "member_of", "Caribbean Community", NEG, {"06": "is not a member"})
R("Dominican Republic", "candidate_for", "Caribbean Community", A,
  {"06": ("which has sought to join on and off since the 1990s", {"o": "CARICOM", "when": "the 1990s"})},
  time="199")
R("Carla Barnett", "head_of", "Caribbean Community", A, {"06": "CARICOM Secretary-General Carla Barnett"},
  role="secretary-general")
R("Carla Barnett", "contacted", "Luis Abinader", REP, {"06": "she had written to Abinader"},
  alt_s=["Caribbean Community"], alt_o=["Dominican Republic"], alt_p=["criticized"],
  note="a letter 'urging him to halt mass deportations'")
R("Albert Ramdin", "head_of", "Organization of American States", A,
  {"06": "whose secretary-general, Albert Ramdin of Suriname"}, role="secretary-general")
R("Albert Ramdin", "citizen_of", "Suriname", A, {"06": "Albert Ramdin of Suriname"})
R("Albert Ramdin", "visited", "Port-au-Prince", A,
  {"06": ("visited Port-au-Prince in October", {"when": "in October"})}, time="2025-10", alt_o=["Haiti"])
R("Haiti", "recognizes", "Taiwan", A, {"06": "Haiti is one of only 12 countries that still recognize Taiwan"})
R("Dominican Republic", "diplomatic_relations_with", "Taiwan", NEG,
  {"06": ("broke off relations with Taipei", {"o": "Taipei"})}, note="'broke off relations' in 2018")
R("Dominican Republic", "diplomatic_relations_with", "China", A,
  {"06": ("to establish diplomatic ties with Beijing", {"o": "Beijing", "when": "2018"})},
  time="2018", alt_p=["normalized_relations_with", "recognizes"],
  note="switching ties from Taipei to Beijing")
R("United States", "supported", "Dominican Republic", A,
  {"06": ("The United States has backed Santo Domingo's border measures", {"o": "Santo Domingo's"})})
R("Marco Rubio", "works_for", "United States", A, {"06": "Secretary of State Marco Rubio"},
  role="secretary of state")
R("Marco Rubio", "visited", "Dominican Republic", A,
  {"06": ("during a visit to the country in February", {"o": "the country", "when": "in February"})},
  time="2025-02")

# ---- 08 Caribbean split over Venezuela (html, 2025-11-29) ------------------
R("Kamla Persad-Bissessar", "head_of", "Trinidad and Tobago", A,
  {"08": "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar"}, role="prime minister")
R("Kamla Persad-Bissessar", "supported", "United States", A,
  {"08": "the region's most vocal supporter of the U.S. operation"}, alt_s=["Trinidad and Tobago"])
R("Trinidad and Tobago", "supported", "United States", A,
  {"08": ("Her government allowed a U.S. destroyer to dock in Port of Spain",
          {"s": "Her government", "when": "in October"})}, time="2025-10")
R("Port of Spain", "capital_of", "Trinidad and Tobago", A, {"08": "Port of Spain, the Trinidadian capital"})
R("Nicolás Maduro", "head_of", "Venezuela", A,
  {"08": ("Maduro, who has ruled Venezuela since 2013", {"when": "2013"})}, time="2013", role="president")
R("Trinidad and Tobago", "gained_independence_from", "United Kingdom", A,
  {"08": ("which gained independence from Britain in 1962", {"when": "1962"})}, time="1962")
R("Venezuela", "criticized", "Trinidad and Tobago", A,
  {"08": ("Caracas accused Trinidad and Tobago", {"s": "Caracas"})}, alt_s=["Nicolás Maduro"])
R("Nicolás Maduro", "criticized", "United States", A,
  {"08": "called the U.S. deployment a pretext for regime change"}, alt_s=["Venezuela"])
R("United States", "diplomatic_relations_with", "Venezuela", NEG,
  {"08": ("have had no diplomatic relations since 2019", {"when": "2019"})}, time="2019")
R("Donald Trump", "threatened", "Venezuela", A,
  {"08": ("strikes on targets on land in Venezuela could begin", {"when": "on Wednesday"})},
  time="2025-11-26", alt_s=["United States"])
R("United States", "attacked", "Venezuela", H,
  {"08": ("strikes on targets on land in Venezuela could begin", {"s": "U.S."})},
  alt_s=["Donald Trump"], note="'could begin'")
R("United States", "attacked", "Venezuela", NEG,
  {"08": "U.S. forces have not yet attacked Venezuelan territory"})
R("Irfaan Ali", "head_of", "Guyana", A, {"08": "Guyana's President Irfaan Ali"}, role="president")
R("Guyana", "allied_with", "United States", A,
  {"08": "a close ally of Washington"}, alt_s=["Irfaan Ali"])
R("Irfaan Ali", "supported", "United States", A,
  {"08": ("has backed the deployment", {"o": "the deployment"})}, alt_s=["Guyana"])
R("Essequibo", "located_in", "Guyana", A,
  {"08": "the oil-rich Essequibo region that makes up about two-thirds of Guyana"})
R("Guyana", "in_conflict_with", "Venezuela", A,
  {"08": ("The dispute between the two neighbours", {"s": "the two neighbours", "o": "the two neighbours"})},
  note="territorial dispute over Essequibo")
R("Guyana", "borders", "Venezuela", A,
  {"08": ("The dispute between the two neighbours", {"s": "the two neighbours", "o": "the two neighbours"})})
R("Guyana", "signed_agreement_with", "Venezuela", A,
  {"08": ("They signed the Argyle Declaration in December 2023",
          {"s": "They", "o": "They", "when": "December 2023"})}, time="2023-12")
for c in ("Guyana", "Venezuela"):
    R(c, "party_to", "Argyle Declaration", A,
      {"08": ("They signed the Argyle Declaration in December 2023", {"s": "They", "when": "December 2023"})},
      time="2023-12")
for c in ("Caribbean Community", "Brazil"):
    R(c, "brokered", "Argyle Declaration", A,
      {"08": ("a pledge brokered by CARICOM and Brazil", {"o": "a pledge", "when": "December 2023"})},
      time="2023-12")
R("Irfaan Ali", "met_with", "Nicolás Maduro", A,
  {"08": ("after Ali and Maduro met on the island of St Vincent", {"when": "December 2023"})},
  time="2023-12")
R("Guyana", "criticized", "Venezuela", A,
  {"08": ("a move Guyana condemned as a violation of its sovereignty", {"when": "in May"})},
  time="2025-05")
R("Mia Mottley", "head_of", "Barbados", A, {"08": "Barbados Prime Minister Mia Mottley"}, role="prime minister")
R("Mia Mottley", "criticized", "United States", A, {"08": "who has criticised the U.S. strikes"},
  alt_s=["Barbados"])
R("Jennifer Geerlings-Simons", "head_of", "Suriname", A,
  {"08": ("President Jennifer Geerlings-Simons, who took office in July", {"when": "in July"})},
  time="2025-07", role="president")
R("Colombia", "borders", "Venezuela", A, {"08": "in Colombia, Venezuela's largest neighbour"})
R("Gustavo Petro", "head_of", "Colombia", A, {"08": "President Gustavo Petro has accused"}, role="president")
R("Gustavo Petro", "criticized", "United States", A, {"08": "has accused Washington of killing fishermen"},
  alt_s=["Colombia"])
R("United States", "sanctioned", "Gustavo Petro", A,
  {"08": ("The U.S. Treasury imposed sanctions on Petro in October", {"when": "in October"})},
  time="2025-10", alt_s=["U.S. Treasury"])
R("Dominican Republic", "supported", "United States", REP,
  {"08": "has allowed U.S. military aircraft to use two of its airports"})
R("Yván Gil", "works_for", "Venezuela", A, {"08": "Venezuelan Foreign Minister Yván Gil"}, role="foreign minister")
R("Hugh Todd", "works_for", "Guyana", A, {"08": "his Guyanese counterpart, Hugh Todd"}, role="foreign minister")
R("Yván Gil", "contacted", "Hugh Todd", REP,
  {"08": ("telephoned his Guyanese counterpart", {"when": "on Thursday"})}, time="2025-11-27",
  alt_s=["Venezuela"], alt_o=["Guyana"])
R("Trinidad and Tobago", "diplomatic_relations_with", "Venezuela", REP,
  {"08": "had not severed diplomatic relations with Venezuela"},
  note="double negation: relations continue")

# ---------------------------------------------------------------- checks


class GoldError(Exception):
    def __init__(self, kind, msg):
        super().__init__(f"[{kind}] {msg}")
        self.kind = kind


def norm(s):
    """kgscore's name normalization."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def resolve(phrase, published):
    """Resolves a date phrase against a publication date ("" for wire copy).

    Returns an ISO 8601 prefix or raises GoldError("time").
    """
    p = phrase.strip().lower()
    p = re.sub(r"^(in|on|since|during|early|late)\s+", "", p)
    m = re.fullmatch(r"(?:the\s+)?(1[0-9]|20)(\d)0s", p)
    if m:
        return m.group(1) + m.group(2)
    m = re.fullmatch(r"(\d{4})", p)
    if m:
        return m.group(1)
    m = re.fullmatch(r"([a-z]+)\s+(\d{4})", p)
    if m and m.group(1) in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.fullmatch(r"([a-z]+)\s+(\d{1,2}),?\s+(\d{4})", p)
    if m and m.group(1) in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    if not published:
        raise GoldError("time", f"'{phrase}' has no year and the document is undated")
    pub = dt.date.fromisoformat(published)
    if p in MONTHS:
        y = pub.year if MONTHS[p] <= pub.month else pub.year - 1
        return f"{y}-{MONTHS[p]:02d}"
    if p in WEEKDAYS:
        back = (pub.weekday() - WEEKDAYS[p]) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if p == "this year":
        return str(pub.year)
    if p == "last year":
        return str(pub.year - 1)
    if p == "next year":
        return str(pub.year + 1)
    if p == "this month":
        return pub.isoformat()[:7]
    if p == "last month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.isoformat()[:7]
    if p == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if p == "last week":
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        if monday.month != sunday.month:
            raise GoldError("time", f"'{phrase}' spans two months")
        return monday.isoformat()[:7]
    if p in ("the summer", "summer"):
        if pub.month < 6:
            raise GoldError("time", f"'{phrase}' before the summer")
        return str(pub.year)
    raise GoldError("time", f"cannot resolve '{phrase}'")


def _word_re(alias):
    flags = 0 if (len(alias) <= 3 and alias.isupper()) or "." in alias else re.IGNORECASE
    return re.compile(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", flags)


class Gold:
    def __init__(self, entities, rows, docs):
        self.entities = entities
        self.rows = rows
        self.docs = docs  # key -> textutil.Document
        self.etype = {n: t for n, t, _ in entities}
        self.names = {}
        for n, t, al in entities:
            self.names[n] = [n] + list(al) + DEMONYMS.get(n, [])
        self.sents = {k: d.sentences() for k, d in docs.items()}

    def check_vocab(self):
        for r in self.rows:
            if r["p"] not in SIG:
                raise GoldError("vocab", f"unknown predicate {r['p']}")
            if r["modality"] not in POLARITY:
                raise GoldError("vocab", f"unknown modality {r['modality']}")
            for p in r["alt_p"]:
                if p not in SIG:
                    raise GoldError("vocab", f"unknown alt predicate {p}")
            for e in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
                if e not in self.etype:
                    raise GoldError("vocab", f"unknown entity {e}")
            for k in r["ev"]:
                if k not in self.docs:
                    raise GoldError("vocab", f"unknown document {k}")

    def check_aliases(self):
        seen = {}
        for n, t, al in self.entities:
            for a in set(norm(x) for x in [n] + list(al)):
                if a in seen and seen[a] != n:
                    raise GoldError("alias", f"'{a}' names both {seen[a]} and {n}")
                seen[a] = n

    def check_types(self):
        for r in self.rows:
            for p in [r["p"]] + r["alt_p"]:
                subj, obj = SIG[p]
                for s in [r["s"]] + r["alt_s"]:
                    for o in [r["o"]] + r["alt_o"]:
                        ts, to = self.etype[s], self.etype[o]
                        ok = ts in subj and to in obj
                        if p in SYMMETRIC:
                            ok = ok or (to in subj and ts in obj)
                        if not ok:
                            raise GoldError("type", f"{s} ({ts}) {p} {o} ({to})")

    def unit(self, s, p, o, modality):
        if p in SYMMETRIC and s > o:
            s, o = o, s
        return (s, p, o, POLARITY[modality])

    def check_duplicates(self):
        seen = {}
        for r in self.rows:
            u = self.unit(r["s"], r["p"], r["o"], r["modality"])
            if u in seen:
                raise GoldError("duplicate", f"{u} twice")
            seen[u] = r

    def locate(self, key, phrase):
        """Returns (start, end, sentence) of the one sentence holding phrase."""
        body = self.docs[key].body
        n = body.count(phrase)
        if n != 1:
            raise GoldError("phrase", f"{key}: '{phrase}' occurs {n} times in the body")
        i = body.index(phrase)
        for s, e, sent in self.sents[key]:
            if s <= i and i + len(phrase) <= e:
                return s, e, sent
        raise GoldError("phrase", f"{key}: '{phrase}' is not inside one sentence")

    def named(self, entity, sentence):
        return any(_word_re(a).search(sentence) for a in self.names[entity])

    def evidence(self, r):
        """Yields (key, phrase, refs, (start, end, sentence)) after checking mentions."""
        for key, ev in r["ev"].items():
            phrase, refs = (ev, {}) if isinstance(ev, str) else ev
            loc = self.locate(key, phrase)
            sent = loc[2]
            for role, ent in (("s", r["s"]), ("o", r["o"])):
                ref = refs.get(role)
                if ref is not None:
                    if ref not in sent:
                        raise GoldError("mention", f"{key}: declared mention '{ref}' not in sentence")
                elif not self.named(ent, sent):
                    raise GoldError("mention", f"{key}: {ent} is not named in: {sent}")
            yield key, phrase, refs, loc

    def check_rows(self):
        out = []
        for r in self.rows:
            evs = list(self.evidence(r))
            times = []
            for key, phrase, refs, (s, e, sent) in evs:
                w = refs.get("when")
                if w is None:
                    continue
                if w not in sent:
                    raise GoldError("time", f"{key}: when-phrase '{w}' not in sentence")
                t = resolve(w, self.docs[key].published)
                if t != r["time"]:
                    raise GoldError("time", f"{key}: '{w}' resolves to {t}, row says {r['time']}")
                times.append(t)
            if r["time"] and not times:
                raise GoldError("time", f"{r['s']} {r['p']} {r['o']}: time {r['time']} has no evidence")
            out.append((r, evs))
        return out

    def validate(self):
        self.check_vocab()
        self.check_aliases()
        self.check_types()
        self.check_duplicates()
        return self.check_rows()


def load_docs():
    return {k: textutil.load(os.path.join(ROOT, "corpus", f)) for k, f in DOCS.items()}


def self_test(docs):
    """Proves that every check rejects a bad row."""
    good = dict(s="Robert Dussey", p="works_for", o="Togo", modality=A,
                ev={"01": "Robert Dussey, Togo's foreign minister"}, time=None, required=True,
                alt_s=[], alt_p=[], alt_o=[], note=None, role=None, commodity=None)
    Gold(ENTITIES, [good], docs).validate()
    bad = {
        "phrase": [dict(good, ev={"01": "Robert Dussey, Togo's prime minister"}),
                   dict(good, ev={"01": "with an hour of the distress call. A Ghanaian"}),
                   dict(good, ev={"01": "the distress call. A Ghanaian patrol boat"}),
                   dict(good, ev={"01": "Lome"})],
        "mention": [dict(good, o="Nigeria", ev={"01": "Robert Dussey, Togo's foreign minister"}),
                    dict(good, ev={"01": ("Robert Dussey, Togo's foreign minister", {"o": "Accra"})})],
        "type": [dict(good, p="capital_of"), dict(good, alt_o=["Lomé"], p="head_of")],
        "time": [dict(good, time="2025"),
                 dict(good, time="2025-11", ev={"01": ("Robert Dussey, Togo's foreign minister",
                                                        {"when": "Tuesday"})}),
                 dict(good, s="Samuel Okudzeto Ablakwa", p="met_with", o="Robert Dussey", time="2025-11-13",
                      ev={"04": ("discussed the corridor with his Togolese counterpart",
                                 {"when": "on Friday"})})],
        "vocab": [dict(good, p="likes"), dict(good, modality="rumoured"), dict(good, o="Atlantis")],
    }
    for kind, rows in bad.items():
        for row in rows:
            try:
                Gold(ENTITIES, [row], docs).validate()
            except GoldError as e:
                assert e.kind == kind, f"expected {kind}, got {e}"
            else:
                raise AssertionError(f"check '{kind}' accepted a bad row: {row}")
    try:
        Gold(ENTITIES, [good, dict(good, modality=REP)], docs).validate()
    except GoldError as e:
        assert e.kind == "duplicate", e
    else:
        raise AssertionError("check 'duplicate' accepted a repeated unit")
    try:
        sym = dict(good, s="Togo", p="borders", o="Ghana", ev={"01": "wedged between Ghana and Benin"})
        Gold(ENTITIES, [sym, dict(sym, s="Ghana", o="Togo")], docs).validate()
    except GoldError as e:
        assert e.kind == "duplicate", e
    else:
        raise AssertionError("check 'duplicate' accepted a reversed symmetric unit")
    try:
        Gold(ENTITIES + [("Lome Togo", "City", ["Lome"])], [good], docs).validate()
    except GoldError as e:
        assert e.kind == "alias", e
    else:
        raise AssertionError("check 'alias' accepted a shared alias")
    return 6 + sum(len(v) for v in bad.values())


def main():
    docs = load_docs()
    n_bad = self_test(docs)
    gold = Gold(ENTITIES, ROWS, docs)
    checked = gold.validate()

    used = set()
    for r in ROWS:
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
    unused = [n for n, _, _ in ENTITIES if n not in used]
    if unused:
        raise SystemExit(f"entities never used: {unused}")

    order = sorted(DOCS)
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for n, t, al in ENTITIES:
            f.write(json.dumps({"name": n, "type": t, "aliases": list(al)}, ensure_ascii=False) + "\n")
    stmts = []
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r, evs in checked:
            keys = [k for k in order if k in r["ev"]]
            out = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[k] for k in keys],
                   "modality": r["modality"]}
            if r["time"]:
                out["time"] = r["time"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if r[a]:
                    out[a] = r[a]
            out["required"] = r["required"]
            first = r["ev"][keys[0]]
            quote = "'" + (first if isinstance(first, str) else first[0]) + "'"
            out["note"] = f"{r['note']}; {quote}" if r["note"] else quote
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            for key, phrase, refs, (s, e, sent) in sorted(evs, key=lambda x: x[0]):
                d = docs[key]
                st = {"subject": r["s"], "subject_type": gold.etype[r["s"]], "predicate": r["p"],
                      "object": r["o"], "object_type": gold.etype[r["o"]], "modality": r["modality"],
                      "time": r["time"] or "", "role": r["role"] or "", "confidence": 1.0,
                      "source": "corpus/" + d.name, "title": d.title, "published": d.published,
                      "sentence": sent, "start": s, "end": e, "rule": "gold"}
                if r["commodity"]:
                    st["commodity"] = r["commodity"]
                stmts.append(st)
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in stmts:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")
    neg = sum(1 for r in ROWS if r["modality"] == NEG)
    print(f"self-test: {n_bad} bad rows rejected")
    print(f"entities={len(ENTITIES)} rows={len(ROWS)} required={sum(r['required'] for r in ROWS)} "
          f"negated={neg} predicates={len({r['p'] for r in ROWS})} statements={len(stmts)}")


if __name__ == "__main__":
    main()
