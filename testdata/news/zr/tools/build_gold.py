#!/usr/bin/env python3
"""Build the gold standard of news set zr.

Every gold row is written here once, with one evidence phrase per document.
The script checks the rows against SCHEMA.md and the articles, then writes

  entities.jsonl                one entity a line (name, type, aliases)
  triples.jsonl                 one gold fact a line (format of shared/eval/README.md)
  selfcheck_statements.jsonl    one statement per gold row and document, in the
                                `kg export --format jsonl` shape of DESIGN.md

and fails (exit 1) when an evidence phrase is missing from the body of its
article, when a subject or object never occurs in an article that is said to
state the fact, when a type, predicate, modality or time breaks SCHEMA.md or
a predicate's signature, when a unit (subject, predicate, object, polarity)
repeats, or when an alias belongs to two entities.

Cleaned text: a .txt article is read as it is; for an .html article every tag
(`<...>`) is removed and nothing else is changed (the pages use no character
entities), so the offsets of a statement refer to the text with tags removed.
Only the body counts as evidence: for wire copies everything before the
credit line, for newspaper pieces everything after the byline, for HTML pages
the <p> paragraphs of the <article> (not byline, figure, aside, newsletter or
footer).

Usage: python3 tools/build_gold.py   (from anywhere)
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# ---------------------------------------------------------------- documents
A1 = "malta_libya_trawler_seizure.txt"
A2 = "niger_uranium_rosatom_sale.txt"
A3 = "italy_tunisia_coast_guard_protocol.txt"
A4 = "egypt_libya_salloum_reopening.txt"
A5 = "spain_algeria_treaty_thaw.txt"
A6 = "hungary_chad_troop_deployment.txt"
A7 = "mali_algeria_tinzaouaten_strike.html"
A8 = "libya_coast_guard_rescue_ship.html"
DOCS = [A1, A2, A3, A4, A5, A6, A7, A8]
STYLE = {A1: "wire", A2: "wire", A3: "wire", A4: "newspaper", A5: "newspaper",
         A6: "newspaper", A7: "html", A8: "html"}

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = TYPES
P, C, O, CI, R_, AG, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
SIG = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, R_, C}),
    "based_in": ({O, F}, {CI, R_, C}),
    "located_in": ({CI, R_, C, F}, {R_, C, CI}),
    "capital_of": ({CI}, {C, R_}),
    "borders": ({C, R_}, {C, R_}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, R_}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({C, P, O}, {AG}),
    "party_to": ({C, O}, {AG}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({C, O}, {AG, O}),
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
    "took_control_of": ({C, O}, {R_, CI, F}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({R_}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$")

# ---------------------------------------------------------------- entities
ENTITIES = [
    # people
    ("Robert Abela", P, ["Abela", "Prime Minister Robert Abela"]),
    ("Byron Camilleri", P, ["Camilleri", "Home Affairs Minister Byron Camilleri"]),
    ("Ian Borg", P, ["Borg"]),
    ("Abdul Hamid Dbeibah", P, ["Dbeibah", "Abdulhamid Dbeibah", "Abdul Hamid Dbeiba", "Prime Minister Abdul Hamid Dbeibah"]),
    ("Taher al-Baour", P, ["al-Baour", "Baour", "Taher Elbaour"]),
    ("Khalifa Haftar", P, ["Haftar", "Field Marshal Khalifa Haftar", "Khalifa Hifter"]),
    ("Saddam Haftar", P, ["Saddam"]),
    ("Osama Hammad", P, ["Hammad", "Prime Minister Osama Hammad"]),
    ("Salem Bugrara", P, ["Bugrara"]),
    ("Antonio Tajani", P, ["Tajani", "Italian Foreign Minister Antonio Tajani"]),
    ("Ali Mahaman Lamine Zeine", P, ["Zeine", "Ali Lamine Zeine", "Prime Minister Ali Mahaman Lamine Zeine"]),
    ("Alexei Likhachev", P, ["Likhachev", "Alexey Likhachev"]),
    ("Abdourahamane Tiani", P, ["Tiani", "General Abdourahamane Tiani", "Abdourahamane Tchiani"]),
    ("Mohamed Bazoum", P, ["Bazoum", "President Mohamed Bazoum"]),
    ("Matteo Piantedosi", P, ["Piantedosi", "Interior Minister Matteo Piantedosi"]),
    ("Khaled Nouri", P, ["Nouri"]),
    ("Kais Saied", P, ["Saied", "Kais Saïed", "President Kais Saied"]),
    ("Giorgia Meloni", P, ["Meloni", "Prime Minister Giorgia Meloni"]),
    ("Leila Mejri", P, ["Mejri"]),
    ("Mohamed Ali Nafti", P, ["Nafti"]),
    ("Abdel Fattah al-Sisi", P, ["Sisi", "al-Sisi", "Abdel Fattah el-Sisi", "President Abdel Fattah al-Sisi"]),
    ("Hassan Rashad", P, ["Rashad"]),
    ("Badr Abdelatty", P, ["Abdelatty", "Foreign Minister Badr Abdelatty"]),
    ("José Manuel Albares", P, ["Albares", "Jose Manuel Albares"]),
    ("Ahmed Attaf", P, ["Attaf", "Foreign Minister Ahmed Attaf"]),
    ("Abdelmadjid Tebboune", P, ["Tebboune", "President Abdelmadjid Tebboune"]),
    ("Pedro Sánchez", P, ["Sánchez", "Sanchez", "Pedro Sanchez", "Prime Minister Pedro Sánchez"]),
    ("Kristóf Szalay-Bobrovniczky", P, ["Szalay-Bobrovniczky", "Kristof Szalay-Bobrovniczky", "Defence Minister Kristóf Szalay-Bobrovniczky"]),
    ("Mahamat Idriss Déby", P, ["Déby", "Deby", "Mahamat Idriss Deby", "Mahamat Deby", "President Mahamat Idriss Déby"]),
    ("Idriss Déby Itno", P, ["Idriss Deby Itno", "President Idriss Déby Itno"]),
    ("Mahamat Mahdi Ali", P, []),
    ("Viktor Orbán", P, ["Orbán", "Orban", "Viktor Orban", "Prime Minister Viktor Orbán"]),
    ("Vladimir Putin", P, ["Putin", "President Vladimir Putin"]),
    ("Péter Magyar", P, ["Magyar", "Peter Magyar"]),
    ("Hamada Ag Sidi", P, ["Ag Sidi"]),
    ("António Guterres", P, ["Guterres", "Antonio Guterres", "UN Secretary-General António Guterres"]),
    ("Mahmoud Ali Youssouf", P, ["Youssouf"]),
    ("Assimi Goïta", P, ["Goïta", "Goita", "Assimi Goita", "General Assimi Goïta"]),
    ("Paulo Rangel", P, ["Rangel"]),
    ("Luís Montenegro", P, ["Luis Montenegro", "Prime Minister Luís Montenegro"]),
    ("Rui Carvalho", P, ["Carvalho"]),
    # countries
    ("Malta", C, ["Republic of Malta"]),
    ("Libya", C, ["State of Libya"]),
    ("Italy", C, ["Italian Republic"]),
    ("Tunisia", C, ["Tunisian Republic"]),
    ("Niger", C, ["Republic of Niger"]),
    ("Russia", C, ["Russian Federation"]),
    ("France", C, ["French Republic"]),
    ("Mali", C, ["Republic of Mali"]),
    ("Burkina Faso", C, []),
    ("Iran", C, ["Islamic Republic of Iran"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "America", "Washington"]),
    ("Benin", C, []),
    ("Albania", C, []),
    ("Algeria", C, ["People's Democratic Republic of Algeria"]),
    ("Egypt", C, ["Arab Republic of Egypt"]),
    ("Sudan", C, []),
    ("United Arab Emirates", C, ["UAE", "the Emirates"]),
    ("Spain", C, ["Kingdom of Spain"]),
    ("Morocco", C, ["Kingdom of Morocco"]),
    ("Sahrawi Arab Democratic Republic", C, ["SADR"]),
    ("Chad", C, ["Republic of Chad"]),
    ("Hungary", C, []),
    ("Portugal", C, []),
    # organizations
    ("Government of National Unity", O, ["GNU", "Libya's Government of National Unity"]),
    ("Government of National Stability", O, ["GNS"]),
    ("Misrata Fishermen's Association", O, []),
    ("International Commission for the Conservation of Atlantic Tunas", O, ["ICCAT"]),
    ("European Union", O, ["EU"]),
    ("Libyan Coast Guard", O, ["Libyan coast guard", "Libya's coast guard"]),
    ("Libyan National Army", O, ["LNA"]),
    ("Rosatom", O, []),
    ("Orano", O, []),
    ("Alliance of Sahel States", O, ["AES", "Confederation of Sahel States"]),
    ("ECOWAS", O, ["Economic Community of West African States"]),
    ("Mediterranean Rights Observatory", O, []),
    ("Union for the Mediterranean", O, ["UfM"]),
    ("European Commission", O, []),
    ("Sudanese Armed Forces", O, ["Sudanese army", "SAF"]),
    ("Rapid Support Forces", O, ["RSF"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("UN Security Council", O, ["United Nations Security Council", "Security Council"]),
    ("Polisario Front", O, ["Polisario"]),
    ("Sonatrach", O, []),
    ("Naturgy", O, []),
    ("Front for Change and Concord in Chad", O, ["FACT"]),
    ("Tisza", O, ["Tisza party"]),
    ("European People's Party", O, ["EPP"]),
    ("Malian Armed Forces", O, ["FAMa", "Malian army", "Mali's army"]),
    ("Africa Corps", O, ["Russia's Africa Corps"]),
    ("Azawad Liberation Front", O, ["FLA", "Front de Libération de l'Azawad"]),
    ("African Union Commission", O, ["AU Commission"]),
    ("African Union", O, ["AU"]),
    ("JNIM", O, ["Jama'at Nusrat al-Islam wal-Muslimin"]),
    ("al-Qaeda", O, ["al Qaeda", "al-Qaida"]),
    ("Ondas Solidárias", O, ["Ondas Solidarias"]),
    # cities
    ("Tripoli", CI, []),
    ("Valletta", CI, []),
    ("Benghazi", CI, []),
    ("Misrata", CI, ["Misurata"]),
    ("Zuwara", CI, ["Zuwarah"]),
    ("Niamey", CI, []),
    ("Bamako", CI, []),
    ("Paris", CI, []),
    ("Arlit", CI, []),
    ("Tunis", CI, []),
    ("Sfax", CI, []),
    ("Rome", CI, []),
    ("Gjader", CI, ["Gjadër"]),
    ("Cairo", CI, []),
    ("Musaid", CI, ["Emsaed"]),
    ("Algiers", CI, []),
    ("Madrid", CI, []),
    ("Rabat", CI, []),
    ("Tindouf", CI, []),
    ("N'Djamena", CI, ["Ndjamena", "N’Djamena"]),
    ("Budapest", CI, []),
    ("Abéché", CI, ["Abeche"]),
    ("Moscow", CI, []),
    ("Tinzaouaten", CI, ["Tin Zaouatene", "Tinzawaten"]),
    ("Bordj Badji Mokhtar", CI, []),
    ("Lisbon", CI, []),
    ("Brussels", CI, []),
    # regions
    ("Central Mediterranean", R_, []),
    ("Agadez region", R_, ["Agadez"]),
    ("Matrouh governorate", R_, ["Matrouh"]),
    ("Kufra", R_, ["Kufra region"]),
    ("Western Sahara", R_, []),
    ("Fezzan", R_, ["Fezzan region"]),
    ("Kidal region", R_, ["Kidal"]),
    ("Azawad", R_, []),
    ("Lampedusa", R_, []),
    # facilities
    ("Somair", F, ["Somair mine"]),
    ("Salloum crossing", F, ["Salloum border crossing", "Salloum"]),
    ("ELMED", F, ["ELMED cable"]),
    # agreements
    ("Tunis Maritime Protocol", AG, []),
    ("Treaty of Friendship, Good Neighbourliness and Cooperation", AG, ["friendship treaty"]),
    ("Algiers Accord", AG, ["Algiers peace accord", "2015 Algiers peace accord"]),
]

# ---------------------------------------------------------------- rows
ROWS = []


def R(s, p, o, mod, ev, req=True, time=None, alt_s=None, alt_p=None, alt_o=None,
      note=None, role=None):
    ROWS.append(dict(s=s, p=p, o=o, modality=mod, ev=ev, required=req, time=time,
                     alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [],
                     note=note, role=role))


# --- A1 malta_libya_trawler_seizure (wire, Mar 4, no year)
R("Byron Camilleri", "works_for", "Malta", "asserted", {A1: "Home Affairs Minister Byron Camilleri"}, role="home affairs minister")
R("Robert Abela", "head_of", "Malta", "asserted", {A1: "Prime Minister Robert Abela had chaired an emergency meeting"}, role="prime minister")
R("Abdul Hamid Dbeibah", "head_of", "Government of National Unity", "asserted",
  {A1: "the Tripoli-based administration of Prime Minister Abdul Hamid Dbeibah",
   A4: "the Government of National Unity of Prime Minister Abdul Hamid Dbeibah",
   A8: "Prime Minister Abdul Hamid Dbeibah's Government of National Unity"},
  alt_o=["Libya"], role="prime minister")
R("Government of National Unity", "based_in", "Tripoli", "asserted",
  {A1: "the Tripoli-based administration", A4: "in Tripoli, where the Government of National Unity"})
R("Government of National Unity", "criticized", "Malta", "reported",
  {A1: "condemned the seizure as \"an act of piracy\""}, req=False, alt_s=["Libya", "Tripoli"],
  note="object implicit: 'condemned the seizure' by Malta's forces; the lead has 'an angry protest from Tripoli'")
R("Robert Abela", "contacted", "Abdul Hamid Dbeibah", "reported",
  {A1: "the prime minister had spoken to Dbeibah by telephone on Tuesday night"},
  alt_s=["Malta"], note="'the prime minister' is Abela, named in the same sentence ('Abela's office'); wire copy, so no time")
R("Ian Borg", "works_for", "Malta", "asserted", {A1: "Malta's foreign minister, Ian Borg"}, role="foreign minister")
R("Taher al-Baour", "works_for", "Libya", "asserted", {A1: "his Libyan counterpart, Taher al-Baour"},
  alt_o=["Government of National Unity"], role="foreign minister", note="'his Libyan counterpart'")
R("Ian Borg", "contacted", "Taher al-Baour", "reported",
  {A1: "Ian Borg, spoke separately with his Libyan counterpart, Taher al-Baour"}, alt_s=["Malta"], alt_o=["Libya"])
R("Malta", "in_conflict_with", "Libya", "asserted",
  {A1: "Relations between Malta and Libya have long been soured by a dispute over fishing grounds"},
  note="long-running fisheries dispute")
R("Libya", "threatened", "Malta", "negated", {A1: "stopped short of threatening Malta with retaliation"},
  alt_s=["Tripoli", "Government of National Unity"], note="polarity trap: 'stopped short of threatening'")
R("Misrata Fishermen's Association", "threatened", "Malta", "asserted",
  {A1: "warned that boats flying Malta's flag \"will be escorted out of Libyan waters, by force if necessary\""},
  req=False, note="object only through 'boats flying Malta's flag'")
R("Misrata Fishermen's Association", "criticized", "Malta", "asserted",
  {A1: "accused Maltese patrols of harassing Libyan crews"}, req=False, note="object only through the demonym 'Maltese patrols'")
R("Misrata Fishermen's Association", "based_in", "Misrata", "asserted", {A1: "the Misrata Fishermen's Association"},
  req=False, note="read from the name only")
R("Libya", "member_of", "International Commission for the Conservation of Atlantic Tunas", "asserted",
  {A1: "Libya, a member of the International Commission for the Conservation of Atlantic Tunas"})
R("Salem Bugrara", "citizen_of", "Libya", "reported", {A1: "Salem Bugrara, a Libyan national"})
R("Salem Bugrara", "lives_in", "Zuwara", "reported", {A1: "Salem Bugrara, a Libyan national who lives in Zuwara"})
R("Malta", "member_of", "European Union", "asserted", {A1: "Malta, which joined the European Union in 2004"},
  note="static membership; it joined in 2004")
R("Italy", "member_of", "European Union", "asserted",
  {A1: "together with Italy it forms the bloc's front line"},
  req=False, note="'the bloc' is the EU (coreference)")
R("Malta", "located_in", "Central Mediterranean", "asserted",
  {A1: "it forms the bloc's front line in the central Mediterranean"}, req=False, note="'it' is Malta")
R("Italy", "located_in", "Central Mediterranean", "asserted",
  {A1: "together with Italy it forms the bloc's front line in the central Mediterranean"}, req=False,
  note="loose reading of 'front line in the central Mediterranean'")
R("Malta", "signed_agreement_with", "Libya", "asserted", {A1: "Under a memorandum of understanding signed in 2020"},
  time="2020", req=False, note="parties only from context ('it' = Malta, with Libya)")
R("Malta", "supported", "Libya", "asserted", {A1: "it funds two migration coordination centres in Tripoli"},
  req=False, alt_o=["Tripoli"], note="'it' = Malta")
R("Robert Abela", "met_with", "Abdul Hamid Dbeibah", "asserted", {A1: "Abela met Dbeibah there as recently as January"},
  note="wire copy: 'January' has no year, so no time")
R("Robert Abela", "visited", "Tripoli", "asserted", {A1: "Abela met Dbeibah there"}, req=False, alt_o=["Libya"],
  note="'there' = Tripoli")
R("Malta", "supported", "Libyan Coast Guard", "planned",
  {A1: "Malta would keep paying for the training of Libyan coast guard crews this year"})
R("Khalifa Haftar", "supported", "Government of National Stability", "asserted",
  {A1: "which is backed by eastern commander Khalifa Haftar"})
R("Government of National Stability", "based_in", "Benghazi", "asserted",
  {A1: "The rival Government of National Stability in Benghazi"})
R("Osama Hammad", "head_of", "Government of National Stability", "asserted",
  {A1: "led by Prime Minister Osama Hammad", A4: "the eastern administration led by Prime Minister Osama Hammad"},
  role="prime minister")
R("Osama Hammad", "criticized", "Malta", "asserted",
  {A1: "Hammad has in the past accused Valletta of dealing only with Tripoli"}, alt_o=["Valletta"])
R("Antonio Tajani", "works_for", "Italy", "asserted",
  {A1: "Italian Foreign Minister Antonio Tajani", A3: "his Italian counterpart, Antonio Tajani",
   A8: "his Italian counterpart, Antonio Tajani"}, role="foreign minister")
R("Antonio Tajani", "contacted", "Ian Borg", "reported", {A1: "Antonio Tajani called his Maltese counterpart on Wednesday"},
  req=False, alt_s=["Italy"], alt_o=["Malta"], note="'his Maltese counterpart' = Borg")
R("Malta", "allied_with", "Libya", "asserted", {A1: "a migration partnership that Valletta has spent years building"},
  req=False, alt_s=["Valletta"], note="loose: 'partnership'")

# --- A2 niger_uranium_rosatom_sale (wire, Feb 17, no year)
R("Ali Mahaman Lamine Zeine", "head_of", "Niger", "asserted", {A2: "Prime Minister Ali Mahaman Lamine Zeine"},
  role="prime minister")
R("Alexei Likhachev", "head_of", "Rosatom", "asserted", {A2: "Rosatom's director general, Alexei Likhachev"},
  role="director general")
R("Abdourahamane Tiani", "head_of", "Niger", "asserted",
  {A2: "General Abdourahamane Tiani, Niger's head of state", A7: "Niger's leader, General Abdourahamane Tiani"},
  role="head of state")
R("Niger", "signed_agreement_with", "Rosatom", "reported",
  {A2: "it had agreed to sell 1,200 tonnes of uranium concentrate from the nationalised Somair mine to Russia's state nuclear company Rosatom"},
  alt_s=["Ali Mahaman Lamine Zeine", "Niamey"], alt_o=["Alexei Likhachev", "Russia"],
  note="the contract was signed by Zeine and Likhachev")
R("Russia", "imports_from", "Niger", "planned", {A2: "agreed to sell 1,200 tonnes of uranium concentrate"},
  req=False, note="buyer is Rosatom, Russia's state company; commodity uranium")
R("Alexei Likhachev", "visited", "Niamey", "reported",
  {A2: "The contract was signed in Niamey on Sunday by Prime Minister Ali Mahaman Lamine Zeine and Rosatom's director general, Alexei Likhachev, who flew in for a one-day visit"},
  alt_o=["Niger"])
R("Alexei Likhachev", "met_with", "Abdourahamane Tiani", "reported", {A2: "was received by General Abdourahamane Tiani"})
R("Rosatom", "based_in", "Russia", "asserted", {A2: "Russia's state nuclear company Rosatom"}, req=False)
R("Alexei Likhachev", "visited", "Bamako", "asserted", {A2: "The Russian executive flew on to Bamako late on Sunday"},
  req=False, alt_o=["Mali"], note="'the Russian executive' = Likhachev")
R("Alexei Likhachev", "negotiating_with", "Mali", "asserted",
  {A2: "for talks on a nuclear power project with Mali's military government"}, req=False, alt_s=["Rosatom"],
  note="subject by coreference")
R("Mali", "signed_agreement_with", "Rosatom", "asserted",
  {A2: "Mali's military government, which signed a cooperation agreement with Rosatom last year"},
  note="wire copy: 'last year' gives no time")
R("Somair", "located_in", "Agadez region", "asserted", {A2: "Somair lies near Arlit in Niger's northern Agadez region"})
R("Somair", "located_in", "Niger", "asserted", {A2: "Somair lies near Arlit in Niger's northern Agadez region"},
  req=False, note="entailed")
R("Arlit", "located_in", "Agadez region", "asserted", {A2: "Arlit in Niger's northern Agadez region"})
R("Arlit", "located_in", "Niger", "asserted", {A2: "Arlit in Niger's northern Agadez region"}, req=False, note="entailed")
R("Agadez region", "located_in", "Niger", "asserted", {A2: "Niger's northern Agadez region"})
R("Niger", "took_control_of", "Somair", "asserted",
  {A2: "Niger's junta took over its operations in December 2024 and nationalised it in June"}, time="2024-12", req=False,
  note="'its'/'it' = Somair, named in the previous sentence; took over operations in December 2024; 'in June' (nationalisation) has no year in a wire copy")
R("Niger", "criticized", "Orano", "asserted", {A2: "saying Orano had plundered the country's resources"})
R("Orano", "based_in", "Paris", "asserted", {A2: "Orano said in a statement from its Paris headquarters"})
R("Orano", "threatened", "Rosatom", "asserted",
  {A2: "it would take legal action against \"any party that takes possession of it\""}, req=False,
  note="generic 'any party'")
R("Orano", "criticized", "Niger", "asserted",
  {A2: "a deal that France's Orano, the mine's former operator, immediately denounced as a sale of stolen goods"},
  req=False, alt_o=["Rosatom"], note="object is the deal; 'The group ... has already filed for international arbitration against Niger' needs coreference")
R("Orano", "based_in", "France", "asserted", {A2: "France's Orano"}, req=False)
R("France", "criticized", "Niger", "reported", {A2: "France's foreign ministry called the sale illegal"},
  req=False, alt_s=["Paris"], note="object is the sale")
R("France", "threatened", "Rosatom", "reported", {A2: "Paris would \"hold accountable\" anyone who took part in it"},
  req=False, alt_s=["Paris"], alt_o=["Niger"], note="generic 'anyone'")
R("Mohamed Bazoum", "head_of", "Niger", "asserted", {A2: "the July 2023 coup that toppled President Mohamed Bazoum"},
  req=False, note="former president, toppled in 2023")
R("Niger", "in_conflict_with", "France", "asserted", {A2: "Relations between Niamey and Paris collapsed"},
  req=False, alt_s=["Niamey"], alt_o=["Paris"], note="loose: collapsed relations")
R("Russia", "supported", "Niger", "asserted", {A2: "Tiani's government has since turned to Russia for security assistance"},
  alt_o=["Abdourahamane Tiani"])
R("Niger", "allied_with", "Russia", "asserted", {A2: "Tiani's government has since turned to Russia for security assistance"},
  req=False, alt_s=["Abdourahamane Tiani"], note="loose")
for _c in ("Niger", "Mali", "Burkina Faso"):
    R(_c, "member_of", "Alliance of Sahel States", "asserted",
      {A2: "Niger, Mali and Burkina Faso, all run by military governments, formed the Alliance of Sahel States",
       A6: "the Alliance of Sahel States, the confederation formed by the military governments of Mali, Burkina Faso and Niger"})
    R(_c, "member_of", "ECOWAS", "negated",
      {A2: "Niger, Mali and Burkina Faso, all run by military governments, formed the Alliance of Sahel States in 2024 and left the West African bloc ECOWAS"},
      req=False, note="they left the bloc")
R("Niger", "negotiating_with", "Iran", "negated", {A2: "denied reports that uranium talks had been held with Iran"},
  alt_s=["Niamey"], note="denial")
R("United States", "threatened", "Niger", "asserted",
  {A2: "The United States warned Niger's rulers in March 2024 against any uranium deal with Tehran"}, time="2024-03",
  req=False, alt_p=["criticized"], note="'warned ... against'")
R("Niger", "borders", "Algeria", "asserted", {A2: "An earlier shipment of concentrate was trucked north through Algeria"},
  req=False, note="loose: the cargo went north through Algeria")
R("Niger", "borders", "Benin", "asserted", {A2: "landlocked Niger, whose border with Benin has been largely closed since 2023"})

# --- A3 italy_tunisia_coast_guard_protocol (wire, Oct 21, no year)
R("Italy", "signed_agreement_with", "Tunisia", "asserted", {A3: "Italy and Tunisia signed an agreement on Monday"},
  alt_s=["Matteo Piantedosi", "Rome"], alt_o=["Khaled Nouri", "Tunis"])
for _c in ("Italy", "Tunisia"):
    R(_c, "party_to", "Tunis Maritime Protocol", "asserted",
      {A3: "The text, which officials called the Tunis Maritime Protocol"}, req=False,
      note="parties by coreference: 'the text' is the accord Italy and Tunisia signed")
R("Matteo Piantedosi", "works_for", "Italy", "asserted", {A3: "Interior Minister Matteo Piantedosi"}, role="interior minister")
R("Khaled Nouri", "works_for", "Tunisia", "asserted", {A3: "his Tunisian counterpart, Khaled Nouri"}, role="interior minister")
R("Matteo Piantedosi", "met_with", "Kais Saied", "asserted",
  {A3: "after a 40-minute meeting with President Kais Saied at Carthage Palace"})
R("Kais Saied", "head_of", "Tunisia", "asserted", {A3: "President Kais Saied"}, role="president")
R("Matteo Piantedosi", "visited", "Tunis", "asserted", {A3: "at the Interior Ministry in Tunis"}, req=False,
  alt_o=["Tunisia"], note="entailed by signing the accord in Tunis")
R("Matteo Piantedosi", "visited", "Sfax", "asserted", {A3: "The minister later flew to Sfax"}, req=False,
  alt_o=["Tunisia"], note="'the minister' = Piantedosi")
R("Sfax", "located_in", "Tunisia", "asserted", {A3: "Sfax, Tunisia's second city"})
R("Italy", "supported", "Tunisia", "planned", {A3: "hand Tunis six more patrol boats"}, req=False, alt_s=["Rome"],
  alt_o=["Tunis"], note="agent implicit: the agreement will hand Tunis six boats")
R("Italy", "supported", "Tunisia", "asserted", {A3: "Italy has given Tunisia 12 patrol vessels since 2017"})
R("Giorgia Meloni", "head_of", "Italy", "asserted",
  {A3: "Prime Minister Giorgia Meloni", A8: "Giorgia Meloni's government"}, role="prime minister")
R("Giorgia Meloni", "visited", "Tunisia", "asserted",
  {A3: "who has travelled to Tunisia four times since taking office in 2022"})
R("Giorgia Meloni", "visited", "Tunis", "negated", {A3: "did not go to Tunis for Monday's signing"},
  note="polarity trap: she has been to Tunisia before, but not for this signing")
R("Italy", "allied_with", "Tunisia", "asserted", {A3: "has made the country the centrepiece of her migration policy"},
  req=False, alt_s=["Giorgia Meloni"], note="loose")
R("European Union", "signed_agreement_with", "Tunisia", "asserted",
  {A3: "a partnership that the European Union signed with Tunisia in 2023"}, time="2023")
R("European Union", "supported", "Tunisia", "planned",
  {A3: "under which Brussels promised Tunis 105 million euros for border management"},
  alt_s=["Brussels"], alt_o=["Tunis"], note="a promise of money")
R("Mediterranean Rights Observatory", "based_in", "Tunis", "asserted", {A3: "The Tunis-based Mediterranean Rights Observatory"})
R("Mediterranean Rights Observatory", "criticized", "Italy", "asserted", {A3: "accused Rome of outsourcing its borders"},
  alt_s=["Leila Mejri"], alt_o=["Rome"])
R("Mediterranean Rights Observatory", "criticized", "Tunisia", "asserted",
  {A3: "a government that has abandoned migrants in the desert"}, req=False, note="object by description")
R("Tunisia", "borders", "Libya", "asserted", {A3: "Tunisia's borders with Libya and Algeria"})
R("Tunisia", "borders", "Algeria", "asserted", {A3: "Tunisia's borders with Libya and Algeria"})
R("Leila Mejri", "works_for", "Mediterranean Rights Observatory", "asserted", {A3: "said Leila Mejri, the group's director"},
  req=False, alt_p=["head_of"], role="director", note="'the group' = the Observatory")
R("Italy", "signed_agreement_with", "Libya", "asserted",
  {A3: "Italy signed a similar memorandum with Libya in 2017", A8: "a 2017 memorandum with Tripoli"},
  time="2017", alt_o=["Tripoli"])
R("Italy", "supported", "Libyan Coast Guard", "asserted",
  {A3: "under which it trains and equips the Libyan coast guard",
   A8: "Italy, which has handed Libya's coast guard more than a dozen patrol boats"})
R("Italy", "signed_agreement_with", "Albania", "asserted", {A3: "Rome's separate agreement with Albania"}, alt_s=["Rome"])
R("Gjader", "located_in", "Albania", "asserted", {A3: "Gjader, in northern Albania"})
R("Italy", "negotiating_with", "Tunisia", "reported",
  {A3: "talks with Tunis on a separate arrangement for charter repatriation flights were continuing"}, alt_o=["Tunis"])
R("Italy", "signed_agreement_with", "Tunisia", "hedged", {A3: "could be concluded before the end of the year"},
  req=False, note="the repatriation arrangement 'could be concluded'")
R("Italy", "trades_with", "Tunisia", "asserted", {A3: "Italy is Tunisia's second-largest trading partner"})
R("France", "trades_with", "Tunisia", "asserted", {A3: "Tunisia's second-largest trading partner after France"})
R("Italy", "supported", "ELMED", "asserted", {A3: "Rome is helping to finance ELMED"}, alt_s=["Rome"])
for _c in ("Italy", "Tunisia"):
    R(_c, "member_of", "Union for the Mediterranean", "asserted",
      {A3: "Both countries are members of the Union for the Mediterranean"}, req=False,
      note="group reference 'both countries'")
R("Mohamed Ali Nafti", "works_for", "Tunisia", "asserted", {A3: "Tunisia's foreign minister, Mohamed Ali Nafti"},
  role="foreign minister")
R("Mohamed Ali Nafti", "visited", "Rome", "hedged", {A3: "is expected in Rome next month"}, alt_o=["Italy"],
  note="wire copy: 'next month' gives no year")
R("Mohamed Ali Nafti", "met_with", "Antonio Tajani", "hedged",
  {A3: "is expected in Rome next month for talks with his Italian counterpart, Antonio Tajani"},
  alt_p=["negotiating_with"])

# --- A4 egypt_libya_salloum_reopening (newspaper, 2025-11-20)
R("Egypt", "borders", "Libya", "asserted", {A4: "the Salloum border crossing with Libya"})
R("Government of National Stability", "criticized", "Egypt", "asserted",
  {A4: "officials in Benghazi rejected the charge"}, req=False, alt_s=["Benghazi"],
  note="'officials in Benghazi' = the eastern authorities; rejected Egypt's smuggling claim")
R("Egypt", "sanctioned", "Libya", "asserted",
  {A4: "Egyptian authorities shut it in June, accusing traders of smuggling subsidised fuel and flour into Libya"},
  time="2025-06", req=False, note="loose: closing the crossing; 'it' = the crossing")
R("Abdel Fattah al-Sisi", "head_of", "Egypt", "asserted", {A4: "President Abdel Fattah al-Sisi"}, role="president")
R("Abdel Fattah al-Sisi", "met_with", "Khalifa Haftar", "asserted",
  {A4: "talks in Cairo on Monday between President Abdel Fattah al-Sisi and Field Marshal Khalifa Haftar"},
  time="2025-11-17", alt_p=["negotiating_with"], alt_s=["Egypt"])
R("Khalifa Haftar", "head_of", "Libyan National Army", "asserted",
  {A4: "Field Marshal Khalifa Haftar, the commander of the Libyan National Army"}, role="commander")
R("Khalifa Haftar", "visited", "Cairo", "asserted",
  {A4: "talks in Cairo on Monday between President Abdel Fattah al-Sisi and Field Marshal Khalifa Haftar"},
  time="2025-11-17", req=False, alt_o=["Egypt"], note="entailed by the talks in Cairo")
R("Libyan National Army", "took_control_of", "Musaid", "asserted",
  {A4: "whose forces hold the Libyan side of the frontier at Musaid"}, req=False,
  note="'hold' is a state, not a seizure")
R("Saddam Haftar", "works_for", "Libyan National Army", "asserted",
  {A4: "his son Saddam, whom he appointed deputy commander-in-chief of the LNA"}, alt_o=["Khalifa Haftar"],
  role="deputy commander-in-chief")
R("Saddam Haftar", "visited", "Cairo", "asserted", {A4: "The 82-year-old was accompanied by his son Saddam"},
  time="2025-11-17", req=False, alt_o=["Egypt"], note="needs coreference: accompanied Haftar to the Cairo talks")
R("Khalifa Haftar", "met_with", "Hassan Rashad", "asserted", {A4: "also met Egypt's intelligence chief, Hassan Rashad"},
  time="2025-11", req=False, note="subject 'The 82-year-old' = Haftar")
R("Hassan Rashad", "works_for", "Egypt", "asserted", {A4: "Egypt's intelligence chief, Hassan Rashad"}, role="intelligence chief")
R("Salloum crossing", "located_in", "Matrouh governorate", "asserted",
  {A4: "The Salloum crossing, which lies in Egypt's Matrouh governorate"})
R("Salloum crossing", "located_in", "Egypt", "asserted",
  {A4: "The Salloum crossing, which lies in Egypt's Matrouh governorate"}, req=False, note="entailed")
R("Matrouh governorate", "located_in", "Egypt", "asserted", {A4: "Egypt's Matrouh governorate"})
R("Government of National Unity", "criticized", "Egypt", "asserted", {A4: "complained that it had not been consulted"},
  req=False, alt_s=["Tripoli"], note="object implicit")
R("Egypt", "contacted", "Government of National Unity", "negated", {A4: "complained that it had not been consulted"},
  req=False, note="'had not been consulted'")
R("Egypt", "supported", "Khalifa Haftar", "asserted",
  {A4: "Egypt backed Haftar's failed offensive on Tripoli in 2019 and 2020"}, time="2019",
  alt_o=["Libyan National Army"])
R("Khalifa Haftar", "attacked", "Tripoli", "asserted", {A4: "Haftar's failed offensive on Tripoli in 2019 and 2020"},
  time="2019", alt_s=["Libyan National Army"])
R("Egypt", "normalized_relations_with", "Government of National Unity", "asserted",
  {A4: "has since rebuilt ties with the Dbeibah government"}, req=False, alt_o=["Abdul Hamid Dbeibah"],
  note="loose: 'rebuilt ties'")
R("Badr Abdelatty", "works_for", "Egypt", "asserted", {A4: "Foreign Minister Badr Abdelatty"}, role="foreign minister")
R("Badr Abdelatty", "visited", "Tripoli", "asserted", {A4: "Foreign Minister Badr Abdelatty visited the Libyan capital in July"},
  time="2025-07", req=False, alt_o=["Libya"], note="'the Libyan capital' = Tripoli")
R("Tripoli", "capital_of", "Libya", "asserted", {A4: "visited the Libyan capital"}, req=False,
  note="'the Libyan capital' refers back to Tripoli")
R("Libya", "imports_from", "Egypt", "asserted", {A4: "Egyptian exporters sold goods worth about $1.8bn to Libya last year"},
  time="2024", alt_p=["trades_with"], note="'last year' = 2024")
R("Egypt", "supported", "Sudanese Armed Forces", "asserted", {A4: "Egypt backs the Sudanese army"})
R("Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces", "asserted",
  {A4: "Egypt backs the Sudanese army in its war with the paramilitary Rapid Support Forces",
   A6: "the war between the Sudanese army and the Rapid Support Forces"})
R("United Nations", "criticized", "Libyan National Army", "asserted", {A4: "A United Nations panel of experts has accused the LNA"})
R("Libyan National Army", "supported", "Rapid Support Forces", "reported",
  {A4: "accused the LNA of letting fuel and weapons reach the RSF"}, note="the UN panel's accusation")
R("Libyan National Army", "supported", "Rapid Support Forces", "negated", {A4: "Haftar's command denies the accusation"},
  req=False, alt_s=["Khalifa Haftar"], note="denial; needs the previous sentence")
R("Kufra", "located_in", "Libya", "asserted", {A4: "the Kufra region in Libya's south-east"})
R("Libya", "borders", "Sudan", "asserted", {A4: "the point where the borders of Libya, Egypt and Sudan meet"})
R("Egypt", "borders", "Sudan", "asserted", {A4: "the point where the borders of Libya, Egypt and Sudan meet"})
R("United Arab Emirates", "supported", "Khalifa Haftar", "asserted",
  {A4: "Egypt and the United Arab Emirates were Haftar's main foreign backers during the 2019 offensive"}, time="2019",
  alt_o=["Libyan National Army"])
R("Egypt", "allied_with", "Libyan National Army", "asserted", {A4: "Cairo still regards the LNA as its closest partner in Libya"},
  alt_s=["Cairo"])
R("Egypt", "met_with", "Libya", "planned", {A4: "Egyptian and Libyan customs officials will meet in Benghazi next month"},
  time="2025-12", req=False, note="demonyms only; 'next month' = December 2025")

# --- A5 spain_algeria_treaty_thaw (newspaper, 2026-01-29)
R("José Manuel Albares", "works_for", "Spain", "asserted", {A5: "Spain's foreign minister, José Manuel Albares"}, role="foreign minister")
R("José Manuel Albares", "visited", "Algiers", "asserted", {A5: "José Manuel Albares, arrived in Algiers on Tuesday"},
  time="2026-01-27", alt_o=["Algeria"])
R("José Manuel Albares", "met_with", "Ahmed Attaf", "asserted",
  {A5: "Albares held more than two hours of talks with his Algerian counterpart, Ahmed Attaf, on Tuesday evening"},
  time="2026-01-27", alt_p=["negotiating_with"])
R("Ahmed Attaf", "works_for", "Algeria", "asserted",
  {A5: "his Algerian counterpart, Ahmed Attaf", A7: "Foreign Minister Ahmed Attaf"}, role="foreign minister")
R("José Manuel Albares", "met_with", "Abdelmadjid Tebboune", "reported",
  {A5: "was received on Wednesday morning by President Abdelmadjid Tebboune"}, time="2026-01-28")
R("Abdelmadjid Tebboune", "head_of", "Algeria", "asserted",
  {A5: "President Abdelmadjid Tebboune at El Mouradia palace",
   A7: "President Abdelmadjid Tebboune chaired a meeting of the High Security Council"}, role="president")
R("Spain", "signed_agreement_with", "Algeria", "asserted", {A5: "which Spain and Algeria signed in 2002"}, time="2002")
for _c in ("Spain", "Algeria"):
    R(_c, "party_to", "Treaty of Friendship, Good Neighbourliness and Cooperation", "asserted",
      {A5: "The Treaty of Friendship, Good Neighbourliness and Cooperation, which Spain and Algeria signed in 2002"},
      time="2002", note="signed in 2002; Algeria suspended it in 2022")
R("Algeria", "party_to", "Treaty of Friendship, Good Neighbourliness and Cooperation", "planned",
  {A5: "a promise that Algeria would reactivate the friendship treaty"}, req=False,
  note="reactivation promised; the asserted row is the 2002 signature")
R("Algeria", "sanctioned", "Spain", "asserted",
  {A5: "Algiers suspended the treaty and froze most trade with Spain in June 2022"}, time="2022-06", alt_s=["Algiers"])
R("Pedro Sánchez", "head_of", "Spain", "asserted", {A5: "Prime Minister Pedro Sánchez"}, role="prime minister")
R("Pedro Sánchez", "supported", "Morocco", "asserted",
  {A5: "Prime Minister Pedro Sánchez endorsed Morocco's plan for autonomy in Western Sahara"}, time="2022-03",
  alt_s=["Spain", "Madrid", "José Manuel Albares"],
  note="'three months after' June 2022; Albares: 'Madrid's position had not changed' ... 'We support the autonomy plan' restates it (no negation)")
R("Morocco", "took_control_of", "Western Sahara", "asserted", {A5: "Morocco, which controls most of Western Sahara"})
R("United States", "supported", "Morocco", "asserted",
  {A5: "has since won backing for its plan from the United States and France"})
R("France", "supported", "Morocco", "asserted",
  {A5: "has since won backing for its plan from the United States and France"}, alt_s=["Paris"], alt_o=["Rabat"])
R("UN Security Council", "supported", "Morocco", "asserted",
  {A5: "in October the UN Security Council endorsed autonomy as the basis for negotiations"}, time="2025-10",
  req=False, note="loose: endorsed Morocco's autonomy plan; 'in October' = October 2025")
R("Algeria", "supported", "Polisario Front", "asserted", {A5: "Algeria hosts and arms the Polisario Front"})
R("Polisario Front", "based_in", "Tindouf", "asserted", {A5: "which is based in refugee camps around Tindouf"})
R("Tindouf", "located_in", "Algeria", "asserted", {A5: "Tindouf, in south-western Algeria"})
R("Polisario Front", "in_conflict_with", "Morocco", "asserted", {A5: "has fought Morocco on and off since 1975"})
R("Algeria", "recognizes", "Sahrawi Arab Democratic Republic", "asserted",
  {A5: "Algiers recognises the Sahrawi Arab Democratic Republic"},
  note="'Algiers' stands for Algeria (a City cannot recognise, so no alternative)")
R("Spain", "recognizes", "Sahrawi Arab Democratic Republic", "negated", {A5: "Madrid does not"},
  note="'Madrid' stands for Spain; elliptical 'Madrid does not' (recognise the SADR)")
R("Algeria", "diplomatic_relations_with", "Morocco", "negated",
  {A5: "Algeria broke off diplomatic relations with neighbouring Morocco in 2021"}, time="2021")
R("Algeria", "borders", "Morocco", "asserted", {A5: "neighbouring Morocco"})
R("Algeria", "in_conflict_with", "France", "asserted",
  {A5: "its ties with France, the former colonial power, are at their lowest point in decades"}, req=False,
  note="loose: bad relations")
R("Spain", "imports_from", "Algeria", "asserted", {A5: "Spain buys roughly a third of its natural gas from Algeria"},
  note="commodity: natural gas")
R("Sonatrach", "signed_agreement_with", "Naturgy", "asserted",
  {A5: "the Algerian state energy company Sonatrach and Spain's Naturgy signed a ten-year supply contract"},
  time="2026-01-28")
R("Sonatrach", "based_in", "Algeria", "asserted", {A5: "the Algerian state energy company Sonatrach"}, req=False)
R("Naturgy", "based_in", "Spain", "asserted", {A5: "Spain's Naturgy"}, req=False)
R("Italy", "imports_from", "Algeria", "asserted", {A5: "imports most of its Algerian gas through the Transmed pipeline"},
  alt_p=["trades_with"], note="commodity: gas")
R("Spain", "trades_with", "Algeria", "asserted", {A5: "Trade between the two countries fell from about 2.9 billion euros in 2021"},
  req=False, note="'the two countries'")
R("European Commission", "criticized", "Algeria", "asserted",
  {A5: "The European Commission, which warned Algiers in 2022 that the trade freeze could breach the association agreement"},
  time="2022", alt_p=["threatened"], alt_o=["Algiers"])
R("Algeria", "signed_agreement_with", "European Union", "asserted",
  {A5: "the association agreement Algeria signed with the EU in 2002"}, time="2002")
R("Ahmed Attaf", "visited", "Madrid", "planned", {A5: "Attaf is due in Madrid in March"}, time="2026-03", alt_o=["Spain"])
R("Abdelmadjid Tebboune", "visited", "Madrid", "hedged",
  {A5: "a visit by Tebboune, which Spanish diplomats expect before the summer"}, time="2026", req=False,
  alt_o=["Spain"], note="destination from context")
R("Pedro Sánchez", "met_with", "Abdelmadjid Tebboune", "planned", {A5: "Sánchez hopes to host him at La Moncloa"},
  req=False, note="'him' = Tebboune")

# --- A6 hungary_chad_troop_deployment (newspaper, 2025-09-25)
R("N'Djamena", "capital_of", "Chad", "asserted", {A6: "the Chadian capital, N'Djamena"})
R("N'Djamena", "located_in", "Chad", "asserted", {A6: "the Chadian capital, N'Djamena"}, req=False, note="entailed by capital_of")
R("Hungary", "member_of", "European Union", "asserted", {A6: "making Hungary one of the few European Union members"})
R("Chad", "borders", "Sudan", "asserted", {A6: "Chad's eastern border with Sudan"})
R("Kristóf Szalay-Bobrovniczky", "works_for", "Hungary", "asserted", {A6: "Defence Minister Kristóf Szalay-Bobrovniczky"},
  role="defence minister")
R("Kristóf Szalay-Bobrovniczky", "visited", "N'Djamena", "asserted", {A6: "who flew into N'Djamena with the troops"},
  time="2025-09-23", alt_o=["Chad"])
R("Kristóf Szalay-Bobrovniczky", "met_with", "Mahamat Idriss Déby", "asserted",
  {A6: "met President Mahamat Idriss Déby on Wednesday"}, time="2025-09-24")
R("Mahamat Idriss Déby", "head_of", "Chad", "asserted", {A6: "President Mahamat Idriss Déby"}, role="president")
R("Kristóf Szalay-Bobrovniczky", "visited", "Abéché", "planned", {A6: "The minister was due to visit Abéché"},
  time="2025-09", req=False, alt_o=["Chad"], note="'the minister' = Szalay-Bobrovniczky")
R("Hungary", "supported", "Chad", "asserted", {A6: "Hungary already pays for a field hospital in Abéché, in eastern Chad"})
R("Hungary", "supported", "Chad", "planned", {A6: "has pledged a further 20 million euros for schools and clinics"},
  note="pledge; the contingent 'is to train Chadian special forces'")
R("Abéché", "located_in", "Chad", "asserted", {A6: "Abéché, in eastern Chad"})
R("Front for Change and Concord in Chad", "killed", "Idriss Déby Itno", "asserted",
  {A6: "President Idriss Déby Itno, was killed by fighters of the Front for Change and Concord in Chad"}, time="2021-04")
R("Idriss Déby Itno", "head_of", "Chad", "asserted", {A6: "his father, President Idriss Déby Itno"}, req=False,
  note="former president, killed in 2021")
R("Front for Change and Concord in Chad", "based_in", "Fezzan", "asserted",
  {A6: "had crossed into the country from bases in Libya's Fezzan region"})
R("Fezzan", "located_in", "Libya", "asserted", {A6: "Libya's Fezzan region"})
R("Front for Change and Concord in Chad", "attacked", "Chad", "asserted",
  {A6: "a rebel group that had crossed into the country from bases in Libya's Fezzan region"}, time="2021-04",
  req=False, note="entailed by the 2021 incursion")
R("Mahamat Mahdi Ali", "head_of", "Front for Change and Concord in Chad", "asserted", {A6: "FACT, led by Mahamat Mahdi Ali"},
  role="leader")
R("Front for Change and Concord in Chad", "in_conflict_with", "Chad", "asserted",
  {A6: "has fought the government in N'Djamena since 2016"}, alt_o=["N'Djamena"])
R("Viktor Orbán", "head_of", "Hungary", "asserted", {A6: "Prime Minister Viktor Orbán"}, role="prime minister")
R("Viktor Orbán", "met_with", "Mahamat Idriss Déby", "asserted", {A6: "received Déby in Budapest last year"}, time="2024")
R("Mahamat Idriss Déby", "visited", "Budapest", "asserted", {A6: "received Déby in Budapest last year"}, time="2024",
  req=False, alt_o=["Hungary"], note="entailed by 'received ... in Budapest'")
R("Hungary", "diplomatic_relations_with", "Chad", "asserted", {A6: "Hungary opened an embassy in N'Djamena in 2024"},
  time="2024", req=False, alt_o=["N'Djamena"], note="entailed by opening an embassy")
R("Chad", "gained_independence_from", "France", "asserted", {A6: "since independence in 1960"}, time="1960",
  req=False, note="from France only by context")
R("Mahamat Idriss Déby", "visited", "Moscow", "asserted", {A6: "Déby travelled to Moscow in January 2024"},
  time="2024-01", alt_o=["Russia"])
R("Mahamat Idriss Déby", "met_with", "Vladimir Putin", "asserted",
  {A6: "Déby travelled to Moscow in January 2024 for talks with President Vladimir Putin"}, time="2024-01",
  alt_p=["negotiating_with"])
R("Vladimir Putin", "head_of", "Russia", "asserted", {A6: "President Vladimir Putin"}, role="president")
R("Russia", "contacted", "Chad", "asserted", {A6: "Russia has also courted N'Djamena"}, req=False,
  alt_o=["N'Djamena"], note="loose: 'courted'")
R("Chad", "member_of", "Alliance of Sahel States", "negated",
  {A6: "Chad has also turned down invitations to join the Alliance of Sahel States"}, note="polarity trap")
R("Chad", "candidate_for", "Alliance of Sahel States", "asserted",
  {A6: "Chad has also turned down invitations to join the Alliance of Sahel States"}, req=False, note="it was invited")
R("Péter Magyar", "head_of", "Tisza", "asserted", {A6: "Péter Magyar, leader of the opposition Tisza party"}, role="leader")
R("Tisza", "member_of", "European People's Party", "asserted",
  {A6: "which sits with the European People's Party in the European Parliament"})
R("Péter Magyar", "criticized", "Viktor Orbán", "asserted", {A6: "has accused Orbán of \"risking Hungarian lives"})

# --- A7 mali_algeria_tinzaouaten_strike (html, 2026-04-08)
R("Algeria", "criticized", "Mali", "asserted",
  {A7: "accused the military government in Bamako of \"reckless aggression\""}, time="2026-04-07",
  alt_s=["Algiers"], alt_o=["Bamako"])
R("Malian Armed Forces", "attacked", "Azawad Liberation Front", "asserted",
  {A7: "the Malian Armed Forces, backed by fighters of Russia's Africa Corps, attacked positions held by the Azawad Liberation Front"},
  time="2026-04-05", alt_s=["Mali"])
R("Africa Corps", "supported", "Malian Armed Forces", "asserted",
  {A7: "the Malian Armed Forces, backed by fighters of Russia's Africa Corps"}, alt_s=["Russia"])
R("Africa Corps", "attacked", "Azawad Liberation Front", "asserted",
  {A7: "the Malian Armed Forces, backed by fighters of Russia's Africa Corps, attacked positions held by the Azawad Liberation Front"},
  time="2026-04-05", req=False, alt_s=["Russia"], note="the Africa Corps backed the attack")
R("Africa Corps", "based_in", "Russia", "asserted", {A7: "Russia's Africa Corps"}, req=False)
R("Tinzaouaten", "located_in", "Kidal region", "asserted", {A7: "Tinzaouaten, a town in Mali's Kidal region"})
R("Tinzaouaten", "located_in", "Mali", "asserted", {A7: "Tinzaouaten, a town in Mali's Kidal region"}, req=False, note="entailed")
R("Kidal region", "located_in", "Mali", "asserted", {A7: "Mali's Kidal region"})
R("Azawad Liberation Front", "took_control_of", "Tinzaouaten", "asserted",
  {A7: "that rebel fighters had held since a battle in July 2024"}, time="2024-07", req=False,
  note="'rebel fighters' = the FLA's")
R("Malian Armed Forces", "took_control_of", "Tinzaouaten", "reported",
  {A7: "Mali's army said on Monday that it had retaken Tinzaouaten"}, time="2026-04", alt_s=["Mali"])
R("Hamada Ag Sidi", "citizen_of", "Algeria", "reported", {A7: "Hamada Ag Sidi, a 41-year-old Algerian herder"})
R("Hamada Ag Sidi", "lives_in", "Bordj Badji Mokhtar", "reported", {A7: "who lived in Bordj Badji Mokhtar"})
R("Bordj Badji Mokhtar", "located_in", "Algeria", "asserted", {A7: "Bordj Badji Mokhtar, in Algeria's far south"})
R("Malian Armed Forces", "killed", "Hamada Ag Sidi", "reported",
  {A7: "Ag Sidi had been killed by a drone operated by the Malian army"}, time="2026-04-05")
R("Malian Armed Forces", "killed", "Hamada Ag Sidi", "negated", {A7: "denied that its forces had killed any civilians"},
  req=False, note="general denial by Bamako")
R("Abdelmadjid Tebboune", "contacted", "Abdourahamane Tiani", "reported",
  {A7: "He later telephoned Niger's leader, General Abdourahamane Tiani"}, time="2026-04-06", req=False,
  alt_s=["Algeria"], alt_o=["Niger"], note="'He' = Tebboune")
R("Algeria", "contacted", "African Union", "planned",
  {A7: "Algeria would take the matter to the African Union's Peace and Security Council"}, req=False,
  note="loose: raising the matter at the AU's council")
R("António Guterres", "head_of", "United Nations", "asserted", {A7: "UN Secretary-General António Guterres"},
  role="secretary-general")
R("António Guterres", "contacted", "Ahmed Attaf", "reported",
  {A7: "António Guterres spoke to Attaf by telephone on Monday"}, time="2026-04-06", alt_o=["Algeria"])
R("Mahmoud Ali Youssouf", "head_of", "African Union Commission", "asserted",
  {A7: "the chairperson of the African Union Commission, Mahmoud Ali Youssouf"}, role="chairperson")
R("Mali", "borders", "Algeria", "asserted", {A7: "Mali and Algeria, which share a desert border of more than 1,300 kilometres"})
R("Mali", "in_conflict_with", "Algeria", "asserted", {A7: "have been at odds since Mali's junta scrapped the Algiers Accord"})
R("Mali", "party_to", "Algiers Accord", "negated", {A7: "Mali's junta scrapped the Algiers Accord"}, time="2024-01",
  req=False, note="scrapped in January 2024")
R("Mali", "criticized", "Algeria", "asserted", {A7: "accusing Algiers of interfering in its affairs"}, time="2024-01",
  alt_o=["Algiers"])
R("Algeria", "brokered", "Algiers Accord", "asserted", {A7: "the Algiers Accord, a 2015 peace deal brokered by Algeria"},
  time="2015")
R("Azawad", "seceded_from", "Mali", "asserted", {A7: "separatists declared Azawad independent from Mali in 2012"}, time="2012")
R("Algeria", "attacked", "Mali", "asserted", {A7: "Algeria's air defences shot down a Malian drone near Tinzaouaten"},
  time="2025-04", req=False, note="object only through 'a Malian drone'; 'April last year' = April 2025")
R("Algeria", "sanctioned", "Mali", "asserted", {A7: "Algeria closed its airspace to flights to and from Mali"},
  time="2025-04", req=False, note="airspace closure")
R("Assimi Goïta", "head_of", "Mali", "asserted", {A7: "General Assimi Goïta, who has ruled Mali since a coup in 2020"},
  role="president")
R("Assimi Goïta", "criticized", "Algeria", "asserted", {A7: "has repeatedly accused Algiers of sheltering \"terrorists\""},
  alt_o=["Algiers"], note="'Mali criticized Algeria' is its own row")
R("Algeria", "supported", "Azawad Liberation Front", "reported", {A7: "Bamako says Algeria arms the FLA"},
  note="Mali's claim")
R("Algeria", "supported", "Azawad Liberation Front", "negated", {A7: "Algeria denies backing the rebels"},
  note="Algeria's denial; 'the rebels' = the FLA, named in the same sentence")
R("Azawad Liberation Front", "in_conflict_with", "Mali", "asserted", {A7: "has fought Malian troops and their Russian allies"},
  alt_o=["Malian Armed Forces"])
R("Azawad Liberation Front", "in_conflict_with", "Russia", "asserted", {A7: "has fought Malian troops and their Russian allies"},
  req=False, alt_o=["Africa Corps"], note="'their Russian allies'")
R("Russia", "allied_with", "Mali", "asserted", {A7: "Russia has been Bamako's main security partner"}, alt_o=["Bamako"])
R("JNIM", "member_of", "al-Qaeda", "asserted", {A7: "JNIM, al-Qaeda's affiliate in the Sahel"}, req=False, note="'affiliate'")
R("JNIM", "blockaded", "Bamako", "asserted",
  {A7: "whose fighters have blockaded fuel deliveries to the Malian capital, Bamako, since September"},
  time="2025-09", note="'since September' = September 2025")
R("Bamako", "capital_of", "Mali", "asserted", {A7: "the Malian capital, Bamako"})
R("Bamako", "located_in", "Mali", "asserted", {A7: "the Malian capital, Bamako"}, req=False, note="entailed by capital_of")
R("JNIM", "in_conflict_with", "Mali", "asserted", {A7: "The army is also stretched by JNIM"}, req=False,
  alt_o=["Malian Armed Forces"], note="'the army' = Mali's")

# --- A8 libya_coast_guard_rescue_ship (html, 2025-08-14)
R("Libyan Coast Guard", "attacked", "Ondas Solidárias", "reported",
  {A8: "A Libyan coast guard patrol boat opened fire on a rescue ship run by Ondas Solidárias"}, time="2025-08-12",
  alt_s=["Libya"])
R("Ondas Solidárias", "based_in", "Lisbon", "asserted", {A8: "Ondas Solidárias, a Lisbon-based charity"})
R("Zuwara", "located_in", "Libya", "asserted", {A8: "Zuwara, a fishing port in north-western Libya"})
R("Rui Carvalho", "citizen_of", "Portugal", "asserted", {A8: "Rui Carvalho, a Portuguese national"})
R("Rui Carvalho", "works_for", "Ondas Solidárias", "asserted", {A8: "who has skippered Ondas Solidárias vessels since 2019"},
  role="captain")
R("Lampedusa", "located_in", "Italy", "asserted", {A8: "Lampedusa, Italy's southernmost island"})
R("Rui Carvalho", "visited", "Lampedusa", "asserted", {A8: "Carvalho said by telephone from Lampedusa"}, time="2025-08",
  req=False, alt_o=["Italy"], note="loose: he spoke from Lampedusa")
R("Libyan Coast Guard", "based_in", "Tripoli", "asserted", {A8: "The Tripoli-based coast guard"}, req=False,
  note="'the coast guard' = the Libyan coast guard of the lead")
R("Libyan Coast Guard", "attacked", "Ondas Solidárias", "negated", {A8: "denied opening fire on the ship"}, req=False,
  note="the coast guard's denial; needs coreference")
R("Paulo Rangel", "works_for", "Portugal", "asserted", {A8: "Portugal's foreign minister, Paulo Rangel"}, role="foreign minister")
R("Paulo Rangel", "criticized", "Libya", "asserted",
  {A8: "condemned the shooting as \"unacceptable\" and summoned Libya's chargé d'affaires in Lisbon"},
  alt_s=["Portugal"], alt_o=["Libyan Coast Guard"])
R("Paulo Rangel", "contacted", "Antonio Tajani", "reported",
  {A8: "Rangel also spoke by telephone on Wednesday with his Italian counterpart, Antonio Tajani"}, time="2025-08-13",
  alt_s=["Portugal"], alt_o=["Italy"])
R("Luís Montenegro", "head_of", "Portugal", "asserted", {A8: "Prime Minister Luís Montenegro said Portugal"}, role="prime minister")
R("Portugal", "member_of", "European Union", "asserted",
  {A8: "Portugal would raise the incident at the next meeting of EU foreign ministers"}, req=False, note="entailed")
R("European Union", "supported", "Libyan Coast Guard", "asserted",
  {A8: "The European Union has spent tens of millions of euros since 2017 training and equipping Libyan crews"},
  req=False, note="object only as 'Libyan crews'")
R("European Commission", "contacted", "Libya", "planned", {A8: "Brussels would \"seek clarification from the Libyan authorities\""},
  req=False, alt_s=["Brussels"], note="'the Libyan authorities'")
R("United Nations", "criticized", "Libyan Coast Guard", "asserted", {A8: "it accused coast guard units of colluding with traffickers"},
  time="2023", req=False, note="a UN fact-finding mission, 'coast guard units'")
R("Ondas Solidárias", "contacted", "Italy", "reported",
  {A8: "it had alerted the rescue coordination centres in Rome and Valletta"}, req=False, alt_o=["Rome"],
  note="the rescue centre in Rome")
R("Ondas Solidárias", "contacted", "Malta", "reported",
  {A8: "it had alerted the rescue coordination centres in Rome and Valletta"}, req=False, alt_o=["Valletta"],
  note="the rescue centre in Valletta")
R("Malta", "contacted", "Ondas Solidárias", "negated", {A8: "has not answered the group's distress alerts since 2023"},
  req=False, note="'the group' = Ondas Solidárias")


# ---------------------------------------------------------------- helpers
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def clean(doc):
    raw = (CORPUS / doc).read_text(encoding="utf-8")
    if not doc.endswith(".html"):
        return raw, [body_span_txt(doc, raw)]
    text = re.sub(r"<[^>]+>", "", raw)
    if html.unescape(text) != text:
        sys.exit(f"{doc}: character entities are not allowed")
    # map raw offsets of body paragraphs to cleaned offsets
    spans = []
    art = re.search(r"<article\b.*?</article>", raw, re.S)
    for m in re.finditer(r"<p>(.*?)</p>", art.group(0), re.S):
        rs = art.start() + m.start(1)
        re_ = art.start() + m.end(1)
        cs = len(re.sub(r"<[^>]+>", "", raw[:rs]))
        ce = len(re.sub(r"<[^>]+>", "", raw[:re_]))
        spans.append((cs, ce))
    return text, spans


def body_span_txt(doc, raw):
    if STYLE[doc] == "wire":
        end = raw.rfind("\n(Reporting")
        return (0, end if end > 0 else len(raw))
    lines = raw.split("\n")
    assert lines[1].startswith("Published: ") and lines[2].startswith("By "), doc
    start = len("\n".join(lines[:3])) + 1
    return (start, len(raw))


def find_in_body(text, spans, phrase):
    for s, e in spans:
        i = text.find(phrase, s, e)
        if i >= 0 and i + len(phrase) <= e:
            return i
    return -1


BOUND = re.compile(r"[.!?][\"\u201d\u2019)]?(?=\s)|\n")


def sentence(text, s, e):
    b = 0
    for m in BOUND.finditer(text, 0, s):
        b = m.end()
    while b < len(text) and text[b].isspace():
        b += 1
    m = BOUND.search(text, e)
    end = m.end() if m else len(text)
    if text[end - 1:end] == "\n":
        end -= 1
    return b, end


def meta(doc, text):
    if STYLE[doc] == "wire":
        return "", ""
    if STYLE[doc] == "newspaper":
        lines = text.split("\n")
        return lines[0], lines[1][len("Published: "):]
    raw = (CORPUS / doc).read_text(encoding="utf-8")
    title = re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)
    date = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
    return title, date


# ---------------------------------------------------------------- checks and output
def main():
    errors = []
    ent = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ent:
            errors.append(f"entity {name} defined twice")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} belongs to {alias_owner[k]} and {name}")
            alias_owner[k] = name

    texts = {d: clean(d) for d in DOCS}
    for d in DOCS:
        if not (CORPUS / d).exists():
            errors.append(f"missing article {d}")

    def occurs(name, doc):
        text, spans = texts[doc]
        body = "\n".join(text[s:e] for s, e in spans)
        for a in [name] + ent[name][1]:
            if re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", body, re.I):
                return True
        return False

    units = {}
    used = set()
    statements = []
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        p = r["p"]
        if p not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in MODALITIES:
            errors.append(f"{tag}: bad modality")
        for a in r["alt_p"]:
            if a not in SIG:
                errors.append(f"{tag}: unknown alt predicate {a}")
        for role, names in (("s", [r["s"]] + r["alt_s"]), ("o", [r["o"]] + r["alt_o"])):
            for n in names:
                if n not in ent:
                    errors.append(f"{tag}: unknown entity {n}")
                    continue
                used.add(n)
        if errors and any(e.startswith(tag) for e in errors):
            continue
        st, ot = ent[r["s"]][0], ent[r["o"]][0]
        for pp in [p] + r["alt_p"]:
            dom, rng = SIG[pp]
            if pp in SYMMETRIC:
                ok = (st in dom and ot in rng) or (ot in dom and st in rng)
            else:
                ok = st in dom and ot in rng
            if not ok:
                errors.append(f"{tag}: {pp} does not take {st} -> {ot}")
        for n in r["alt_s"]:
            if ent[n][0] not in SIG[p][0] and not (p in SYMMETRIC and ent[n][0] in SIG[p][1]):
                errors.append(f"{tag}: alt_s {n} ({ent[n][0]}) breaks the signature")
        for n in r["alt_o"]:
            if ent[n][0] not in SIG[p][1] and not (p in SYMMETRIC and ent[n][0] in SIG[p][0]):
                errors.append(f"{tag}: alt_o {n} ({ent[n][0]}) breaks the signature")
        t = r["time"]
        if t is not None:
            if not TIME_RE.match(t):
                errors.append(f"{tag}: bad time {t}")
            if p in STATIC:
                errors.append(f"{tag}: static relation with a time")
        s, o = r["s"], r["o"]
        if p in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, p, o, POLARITY[r["modality"]])
        if unit in units:
            errors.append(f"{tag}: unit repeats row {units[unit]}")
        units[unit] = i
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        for doc, phrase in r["ev"].items():
            if doc not in texts:
                errors.append(f"{tag}: unknown document {doc}")
                continue
            text, spans = texts[doc]
            at = find_in_body(text, spans, phrase)
            if at < 0:
                errors.append(f"{tag}: phrase not in body of {doc}: {phrase!r}")
                continue
            for n in (r["s"], r["o"]):
                if not occurs(n, doc):
                    errors.append(f"{tag}: {n} never occurs in {doc}")
            a, b = sentence(text, at, at + len(phrase))
            sent = text[a:b]
            if STYLE[doc] == "wire" and t is not None and t[:4] not in sent:
                errors.append(f"{tag}: wire copy {doc} gives time {t} without an explicit year in {sent!r}")
            title, published = meta(doc, text)
            statements.append({
                "subject": r["s"], "subject_type": ent[r["s"]][0], "predicate": p,
                "object": r["o"], "object_type": ent[r["o"]][0], "modality": r["modality"],
                "time": t or "", "role": r["role"] or "", "confidence": 1.0,
                "source": f"corpus/{doc}", "title": title, "published": published,
                "sentence": sent, "start": a, "end": b, "rule": "gold",
            })

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    with open(ROOT / "entities.jsonl", "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            if name in used:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(ROOT / "triples.jsonl", "w", encoding="utf-8") as f:
        for r in ROWS:
            row = {"s": r["s"], "p": r["p"], "o": r["o"],
                   "docs": [d for d in DOCS if d in r["ev"]], "modality": r["modality"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if r[k]:
                    row[k] = r[k]
            if r["note"]:
                row["note"] = r["note"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(ROOT / "selfcheck_statements.jsonl", "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    n = len(ROWS)
    req = sum(r["required"] for r in ROWS)
    print(f"rows={n} required={req} ({req / n:.0%}) with_time={sum(1 for r in ROWS if r['time'])} "
          f"with_alternatives={sum(1 for r in ROWS if r['alt_s'] or r['alt_p'] or r['alt_o'])} "
          f"statements={len(statements)} entities={len(used)}")
    print("entities by type:", dict(Counter(ent[e][0] for e in used)))
    preds = Counter(r["p"] for r in ROWS)
    print(f"predicates used: {len(preds)}", dict(preds.most_common()))
    print("modality:", dict(Counter(r["modality"] for r in ROWS)))
    print("modality (required):", dict(Counter(r["modality"] for r in ROWS if r["required"])))
    per_doc = Counter()
    per_doc_req = Counter()
    for r in ROWS:
        for d in r["ev"]:
            per_doc[d] += 1
            per_doc_req[d] += r["required"]
    for d in DOCS:
        print(f"  {d}: {per_doc[d]} ({per_doc_req[d]})")


if __name__ == "__main__":
    main()
