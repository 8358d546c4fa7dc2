#!/usr/bin/env python3
"""Build the gold standard of news set zzb from the article texts.

Usage: build_gold.py [--stats] [--check]

Holds every entity and every gold row, each row with an evidence phrase per
document, validates them against the article bodies and SCHEMA.md, and writes
entities.jsonl, triples.jsonl and selfcheck_statements.jsonl next to the
corpus/ folder. On any error it prints every problem, writes nothing and
exits 1. --check validates only; --stats prints counts.

Bodies (the only gold sources):
  wire (zzb01-03)      from the dateline to before the "[Reporting" credit line
  newspaper (zzb04-06) everything after the first blank line (after the byline)
  html (zzb07-08)      html.unescape(re.sub('<[^>]+>', '', div.article-body))
"""
import datetime
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------
# SCHEMA.md, as a table
# --------------------------------------------------------------------------
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
P, C, O = "Person", "Country", "Organization"
PCO = {P, C, O}
ALL = set(TYPES)
SIG = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {"City", "Region", C}),
    "based_in": ({O, "Facility"}, {"City", "Region", C}),
    "located_in": ({"City", "Region", C, "Facility"}, {"Region", C, "City"}),
    "capital_of": ({"City"}, {C, "Region"}),
    "borders": ({C, "Region"}, {C, "Region"}),
    "met_with": (PCO, PCO),
    "visited": ({P, O}, {C, "City", "Region"}),
    "negotiating_with": (PCO, PCO),
    "contacted": (PCO, PCO),
    "brokered": ({C, P, O}, {"Agreement"}),
    "party_to": ({C, O}, {"Agreement"}),
    "signed_agreement_with": (PCO, PCO),
    "candidate_for": ({C, O}, {"Agreement", O}),
    "normalized_relations_with": (PCO, PCO),
    "diplomatic_relations_with": (PCO, PCO),
    "allied_with": (PCO, PCO),
    "recognizes": ({C}, {C}),
    "supported": (PCO, ALL),
    "criticized": (PCO, ALL),
    "threatened": (PCO, ALL),
    "sanctioned": (PCO, ALL),
    "in_conflict_with": (PCO | {"Region"}, PCO | {"Region"}),
    "attacked": (PCO, ALL - {"Agreement"}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {"Region", "City", "Facility"}),
    "blockaded": (PCO, {C, "Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (PCO, PCO),
}
# static relations never carry a time (eval README / task brief)
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
# a capital (or seat of government) may stand for its government: the only
# alt_* readings allowed to break a signature
METONYMY = {"Kinshasa": "Democratic Republic of the Congo", "Kigali": "Rwanda",
            "Brussels": "Belgium", "Paris": "France", "Berlin": "Germany",
            "Bangui": "Central African Republic", "Yaoundé": "Cameroon",
            "N'Djamena": "Chad", "Brazzaville": "Republic of the Congo",
            "Libreville": "Gabon", "London": "United Kingdom", "Dublin": "Ireland",
            "Moscow": "Russia", "Beijing": "China", "Khartoum": "Sudan",
            "Abu Dhabi": "United Arab Emirates", "The Hague": "Netherlands"}
CUES = {
    "negated": r"\b(not|never|no|denied|denies|deny|refused|declined|rejects|rejected|until|severed)\b|n't",
    "hedged": r"\b(could|may|might|likely|possible|potential|expected|inviting|invited|would)\b",
    "planned": r"\b(will|would|plans?|planned|aims?|agreed|due|promised|wants|seeks|preparing)\b",
}

# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------
DOCS = {
    "01": ("zzb01_drc_belgium_minerals.txt", "wire"),
    "02": ("zzb02_chad_sudan_refugees.txt", "wire"),
    "03": ("zzb03_gabon_forest_compact.txt", "wire"),
    "04": ("zzb04_cameroon_irish_mediation.txt", "newspaper"),
    "05": ("zzb05_car_france_russia.txt", "newspaper"),
    "06": ("zzb06_cameroon_cocoa_eudr.txt", "newspaper"),
    "07": ("zzb07_brazzaville_commonwealth.html", "html"),
    "08": ("zzb08_paris_drc_talks.html", "html"),
}

# --------------------------------------------------------------------------
# Entities: canonical name, type, aliases (surface forms in the bodies plus
# common spellings; no alias may belong to two entities)
# --------------------------------------------------------------------------
ENTITIES = [
    # people
    ("Félix Tshisekedi", P, ["Tshisekedi", "Felix Tshisekedi", "President Félix Tshisekedi", "Congolese President Félix Tshisekedi", "Democratic Republic of the Congo President Félix Tshisekedi", "Félix Antoine Tshisekedi"]),
    ("Maxime Prévot", P, ["Prévot", "Prevot", "Maxime Prevot", "Belgian Foreign Minister Maxime Prévot"]),
    ("Thérèse Kayikwamba Wagner", P, ["Kayikwamba Wagner", "Therese Kayikwamba Wagner", "Foreign Minister Thérèse Kayikwamba Wagner"]),
    ("Luc Frieden", P, ["Frieden", "Luxembourg Prime Minister Luc Frieden"]),
    ("Jean-Luc Mbemba", P, ["Mbemba"]),
    ("Sofie Verstraete", P, ["Verstraete"]),
    ("Corneille Nangaa", P, ["Nangaa"]),
    ("Reem Alabali Radovan", P, ["Alabali Radovan", "Reem Alabali-Radovan", "Alabali-Radovan", "German Development Minister Reem Alabali Radovan"]),
    ("Mahamat Idriss Déby", P, ["Déby", "Deby", "Mahamat Déby", "Mahamat Idriss Deby", "Mahamat Idriss Déby Itno", "Chadian President Mahamat Idriss Déby"]),
    ("Ahmat Oumar Bichara", P, ["Bichara"]),
    ("Succès Masra", P, ["Masra", "Succes Masra"]),
    ("Friedrich Merz", P, ["Merz", "Chancellor Friedrich Merz", "German Chancellor Friedrich Merz"]),
    ("Abdel Rahim Dagalo", P, ["Abdelrahim Dagalo", "Abdelrahim Hamdan Dagalo"]),
    ("Brice Clotaire Oligui Nguema", P, ["Oligui Nguema", "Brice Oligui Nguema", "Oligui", "Gabonese President Brice Clotaire Oligui Nguema"]),
    ("Denis Sassou Nguesso", P, ["Sassou Nguesso", "Sassou", "President Denis Sassou Nguesso"]),
    ("Joseph Dion Ngute", P, ["Dion Ngute", "Cameroonian Prime Minister Joseph Dion Ngute"]),
    ("Paul Biya", P, ["Biya", "President Paul Biya", "Cameroonian President Paul Biya"]),
    ("Yvette Cooper", P, ["Cooper", "British Foreign Secretary Yvette Cooper"]),
    ("Jean-Pierre Ekambi", P, ["Ekambi"]),
    ("Emmanuel Ngwa", P, ["Ngwa"]),
    ("Micheál Martin", P, ["Micheal Martin", "Taoiseach Micheál Martin", "Irish Taoiseach Micheál Martin", "Martin"]),
    ("Ayaba Cho Lucas", P, ["Ayaba Cho", "Lucas Ayaba Cho"]),
    ("Issa Tchiroma Bakary", P, ["Tchiroma", "Issa Tchiroma", "Tchiroma Bakary"]),
    ("Faustin-Archange Touadéra", P, ["Touadéra", "Touadera", "Faustin-Archange Touadera", "President Faustin-Archange Touadéra", "Central African President Faustin-Archange Touadéra"]),
    ("Marc Dubreuil", P, ["Dubreuil"]),
    ("Emmanuel Macron", P, ["Macron", "President Emmanuel Macron", "French President Emmanuel Macron"]),
    ("Maria Zakharova", P, ["Zakharova"]),
    ("Vladimir Putin", P, ["Putin", "Russian President Vladimir Putin"]),
    ("Arsène Ndakala", P, ["Ndakala", "Arsene Ndakala"]),
    ("Valentine Rugwabiza", P, ["Rugwabiza"]),
    ("Martin Ziguélé", P, ["Ziguélé", "Ziguele", "Martin Ziguele"]),
    ("Aurélie Ngono", P, ["Ngono", "Aurelie Ngono"]),
    ("Ursula von der Leyen", P, ["von der Leyen", "European Commission President Ursula von der Leyen"]),
    ("Pieter Hoekstra", P, ["Hoekstra"]),
    ("Keir Starmer", P, ["Starmer", "British Prime Minister Keir Starmer"]),
    ("Shirley Botchwey", P, ["Botchwey", "Shirley Ayorkor Botchwey"]),
    ("Paul Kagame", P, ["Kagame", "Rwandan President Paul Kagame"]),
    ("Olivier Nduhungirehe", P, ["Nduhungirehe", "Foreign Minister Olivier Nduhungirehe"]),
    ("Claire Maubert", P, ["Maubert"]),
    ("Massad Boulos", P, ["Boulos"]),
    ("Donald Trump", P, ["Trump", "US President Donald Trump", "President Donald Trump"]),
    ("Mohammed bin Abdulrahman Al Thani", P, ["Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani"]),
    ("Yolande Makolo", P, ["Makolo"]),
    ("Frank-Walter Steinmeier", P, ["Steinmeier", "President Frank-Walter Steinmeier"]),
    # countries
    ("Democratic Republic of the Congo", C, ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congolese"]),
    ("Republic of the Congo", C, ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"]),
    ("Belgium", C, ["Belgian", "Kingdom of Belgium"]),
    ("Rwanda", C, ["Rwandan", "Republic of Rwanda"]),
    ("Uganda", C, ["Ugandan"]),
    ("Luxembourg", C, ["Grand Duchy of Luxembourg"]),
    ("Netherlands", C, ["Dutch", "Holland", "Dutch government", "Kingdom of the Netherlands"]),
    ("Germany", C, ["German", "Federal Republic of Germany"]),
    ("France", C, ["French", "French Republic"]),
    ("United Kingdom", C, ["Britain", "British", "UK", "U.K.", "Great Britain"]),
    ("China", C, ["Chinese", "People's Republic of China"]),
    ("Chad", C, ["Chadian", "Republic of Chad"]),
    ("Sudan", C, ["Sudanese", "Republic of the Sudan"]),
    ("United Arab Emirates", C, ["UAE", "Emirati"]),
    ("United States", C, ["US", "U.S.", "USA", "United States of America"]),
    ("Gabon", C, ["Gabonese", "Gabonese Republic"]),
    ("Cameroon", C, ["Cameroonian", "Republic of Cameroon"]),
    ("Norway", C, ["Norwegian"]),
    ("Equatorial Guinea", C, ["Equatoguinean"]),
    ("Ireland", C, ["Irish", "Republic of Ireland"]),
    ("Spain", C, ["Spanish"]),
    ("Palestine", C, ["Palestinian state", "State of Palestine"]),
    ("Nigeria", C, ["Nigerian"]),
    ("Antigua and Barbuda", C, []),
    ("Central African Republic", C, ["CAR", "Central African"]),
    ("Russia", C, ["Russian", "Russian Federation"]),
    ("Malaysia", C, ["Malaysian"]),
    ("Togo", C, ["Togolese"]),
    ("Mozambique", C, ["Mozambican"]),
    ("Ghana", C, ["Ghanaian"]),
    ("Angola", C, ["Angolan"]),
    ("Qatar", C, ["Qatari"]),
    ("Burundi", C, ["Burundian"]),
    # cities
    ("Kinshasa", "City", []),
    ("Goma", "City", []),
    ("Bukavu", "City", []),
    ("Kigali", "City", []),
    ("Brussels", "City", []),
    ("Beijing", "City", []),
    ("N'Djamena", "City", ["Ndjamena", "N’Djamena"]),
    ("Adré", "City", ["Adre"]),
    ("Khartoum", "City", []),
    ("Abu Dhabi", "City", []),
    ("El Fasher", "City", ["al-Fashir", "El Fashir"]),
    ("Berlin", "City", []),
    ("Rome", "City", []),
    ("Libreville", "City", []),
    ("Port-Gentil", "City", []),
    ("Brazzaville", "City", []),
    ("Bafut", "City", []),
    ("Bamenda", "City", []),
    ("Yaoundé", "City", ["Yaounde"]),
    ("Dublin", "City", []),
    ("Mora", "City", []),
    ("Douala", "City", []),
    ("Bangui", "City", []),
    ("Paris", "City", []),
    ("Moscow", "City", []),
    ("Amsterdam", "City", []),
    ("Frankfurt", "City", ["Frankfurt am Main"]),
    ("Kribi", "City", []),
    ("The Hague", "City", []),
    ("London", "City", []),
    ("Uvira", "City", []),
    # regions
    ("North Kivu", "Region", ["North Kivu province"]),
    ("South Kivu", "Region", ["South Kivu province"]),
    ("Katanga", "Region", ["Katanga province"]),
    ("Ouaddaï", "Region", ["Ouaddai", "Ouaddaï province"]),
    ("Darfur", "Region", ["Darfur region"]),
    ("North Darfur", "Region", ["North Darfur state"]),
    ("Central Africa", "Region", []),
    ("Northwest Region", "Region", ["Northwest", "Northwest region", "North-West Region"]),
    ("Southwest Region", "Region", ["Southwest", "Southwest region", "South-West Region"]),
    ("Far North Region", "Region", ["Far North", "Far North region"]),
    ("Centre Region", "Region", ["Centre region"]),
    ("Ambazonia", "Region", ["state of Ambazonia"]),
    ("Congo Basin", "Region", ["Congo Basin rainforest"]),
    ("Minkébé National Park", "Region", ["Minkébé", "Minkebe National Park"]),
    # organizations
    ("M23", O, ["M23 rebel group", "M23 rebels", "March 23 Movement"]),
    ("Congo River Alliance", O, ["Alliance Fleuve Congo", "AFC"]),
    ("United Nations", O, ["UN", "U.N."]),
    ("European Union", O, ["EU"]),
    ("European Commission", O, ["Commission"]),
    ("Rwanda Defence Force", O, ["Rwandan army", "RDF"]),
    ("Rwanda Mines Board", O, []),
    ("Armed Forces of the Democratic Republic of the Congo", O, ["FARDC", "Congolese army"]),
    ("Sudanese Armed Forces", O, ["Sudanese army", "SAF"]),
    ("Rapid Support Forces", O, ["RSF"]),
    ("Multinational Joint Task Force", O, ["MNJTF"]),
    ("Boko Haram", O, []),
    ("Islamic State West Africa Province", O, ["ISWAP"]),
    ("The Transformers", O, ["Transformers", "Les Transformateurs"]),
    ("World Food Programme", O, ["WFP"]),
    ("Economic Community of Central African States", O, ["ECCAS"]),
    ("Mayumba Timber", O, []),
    ("Forêts Vivantes", O, ["Forets Vivantes"]),
    ("OPEC", O, ["Organization of the Petroleum Exporting Countries"]),
    ("National Parks Agency", O, ["Gabon's National Parks Agency", "ANPN"]),
    ("Ambazonia Governing Council", O, ["AGovC"]),
    ("Ambazonia Defence Forces", O, []),
    ("Commonwealth", O, ["Commonwealth of Nations"]),
    ("Wagner", O, ["Wagner group", "Russian mercenary group Wagner"]),
    ("Africa Corps", O, []),
    ("Republican Bloc for the Defence of the Constitution", O, ["Republican Bloc", "BRDC"]),
    ("National Elections Authority", O, ["ANE"]),
    ("3R", O, ["3R armed group", "Return, Reclamation, Rehabilitation"]),
    ("MINUSCA", O, []),
    ("MONUSCO", O, []),
    ("Cameroon Cocoa Exporters' Council", O, []),
    ("Amsterdam Cocoa Traders' Association", O, []),
    ("KfW", O, ["KfW development bank"]),
    ("Umicore", O, []),
    ("Perenco", O, []),
    ("Amnesty International", O, ["Amnesty"]),
    ("FDLR", O, ["Democratic Forces for the Liberation of Rwanda"]),
    # agreements
    ("Kinshasa Minerals Traceability Agreement", "Agreement", ["traceability scheme"]),
    ("Libreville Forest Compact", "Agreement", ["compact", "Forest Compact"]),
    ("Good Friday Agreement", "Agreement", ["Belfast Agreement"]),
    ("EU-Cameroon Economic Partnership Agreement", "Agreement", ["Economic Partnership Agreement"]),
    ("UK-Republic of the Congo forest carbon memorandum", "Agreement", ["memorandum on forest carbon"]),
    ("UK-Republic of the Congo double taxation agreement", "Agreement", ["double taxation agreement"]),
    ("Washington peace agreement", "Agreement", ["Washington agreement", "Washington Accords"]),
    ("Doha framework agreement", "Agreement", ["Doha framework"]),
    # facilities
    ("Kossei base", "Facility", ["Kossei military base"]),
    ("Port of Kribi", "Facility", ["deep-sea port at Kribi", "Kribi deep-sea port"]),
]

# --------------------------------------------------------------------------
# Rows. ev: {doc: evidence phrase}. Modality as the article holds it.
# --------------------------------------------------------------------------
ROWS = []


def R(ev, s, p, o, m="asserted", t=None, req=True, note="", alt_s=(), alt_o=(), role=None, com=None):
    if isinstance(ev, tuple):
        ev = {ev[0]: ev[1]}
    ROWS.append(dict(ev=ev, s=s, p=p, o=o, m=m, t=t, req=req, note=note,
                     alt_s=list(alt_s), alt_o=list(alt_o), role=role, com=com))


DRC, ROC, CAR, UK, US, EU = ("Democratic Republic of the Congo", "Republic of the Congo",
                             "Central African Republic", "United Kingdom", "United States", "European Union")
KMTA, LFC = "Kinshasa Minerals Traceability Agreement", "Libreville Forest Compact"

# ---- facts stated by more than one article --------------------------------
R({"01": "Congolese President Félix Tshisekedi", "08": "Democratic Republic of the Congo President Félix Tshisekedi"},
  "Félix Tshisekedi", "head_of", DRC, role="president", note="title apposition")
R({"01": "accused Rwanda of arming the M23", "08": "UN experts say several thousand Rwandan soldiers are fighting alongside the M23"},
  "Rwanda", "supported", "M23", "reported", note="UN panel / UN experts' claim; the same sentences carry Kigali's denial (next row)")
R({"01": "a charge Kigali has repeatedly denied", "08": "which Kigali denies"},
  "Rwanda", "supported", "M23", "negated", alt_s=["Kigali"], note="polarity trap: Kigali denies the support the UN alleges in the same sentence")
R({"01": "which seized Goma in January 2025", "08": "The M23, which seized Goma in January 2025"},
  "M23", "took_control_of", "Goma", t="2025-01")
R({"05": "French President Emmanuel Macron", "07": "French President Emmanuel Macron", "08": "French President Emmanuel Macron"},
  "Emmanuel Macron", "head_of", "France", role="president")
R({"02": "German Chancellor Friedrich Merz", "06": "German Chancellor Friedrich Merz", "08": "German Chancellor Friedrich Merz"},
  "Friedrich Merz", "head_of", "Germany", role="chancellor")
R({"03": "Cameroonian President Paul Biya", "04": "Biya, 92, who has been Cameroon's president since 1982"},
  "Paul Biya", "head_of", "Cameroon", role="president", note="'since 1982' is a durative state: no time")
R({"03": "Cameroon was represented by its prime minister, Joseph Dion Ngute", "04": "Cameroonian Prime Minister Joseph Dion Ngute"},
  "Joseph Dion Ngute", "works_for", "Cameroon", role="prime minister")
R({"03": "his Republic of the Congo counterpart, Denis Sassou Nguesso", "07": "its president, Denis Sassou Nguesso"},
  "Denis Sassou Nguesso", "head_of", ROC, role="president", note="03: 'counterpart' of the Gabonese president")
R({"04": "Irish Taoiseach Micheál Martin", "07": "the Irish capital, Dublin, on Thursday, where he will meet Taoiseach Micheál Martin"},
  "Micheál Martin", "head_of", "Ireland", role="taoiseach (prime minister)")
R({"03": "the Republic of the Congo sells most of its crude oil to China", "07": "most of which goes to China"},
  "China", "imports_from", ROC, com="crude oil")

# ---- zzb01 (wire, Kinshasa, Sep 17; no year in the dateline) ----------------
D = "01"
R((D, "Belgium and the Democratic Republic of the Congo on Wednesday signed the Kinshasa Minerals Traceability Agreement"),
  "Belgium", "signed_agreement_with", DRC, note="weekday only: no time in a wire copy")
R((D, "Belgium and the Democratic Republic of the Congo on Wednesday signed the Kinshasa Minerals Traceability Agreement"),
  "Belgium", "party_to", KMTA)
R((D, "Belgium and the Democratic Republic of the Congo on Wednesday signed the Kinshasa Minerals Traceability Agreement"),
  DRC, "party_to", KMTA)
R((D, "Belgian Foreign Minister Maxime Prévot"), "Maxime Prévot", "works_for", "Belgium", role="foreign minister")
R((D, "Maxime Prévot, who flew into Kinshasa on Tuesday"), "Maxime Prévot", "visited", "Kinshasa", "reported",
  alt_o=[DRC], note="sentence attributed to officials")
R((D, "met Congolese President Félix Tshisekedi"), "Maxime Prévot", "met_with", "Félix Tshisekedi", "reported")
R((D, "Foreign Minister Thérèse Kayikwamba Wagner"), "Thérèse Kayikwamba Wagner", "works_for", DRC, req=False,
  role="foreign minister", note="her country is not named in the sentence; context only")
R((D, "before signing the text with Foreign Minister Thérèse Kayikwamba Wagner"), "Maxime Prévot",
  "signed_agreement_with", "Thérèse Kayikwamba Wagner", "reported", req=False,
  alt_s=["Belgium"], alt_o=[DRC], note="signing by the two ministers; the country-level reading is the row above")
R((D, "Belgium is funding customs laboratories in Lubumbashi and Kisangani"), "Belgium", "supported", DRC, req=False,
  alt_s=["Brussels"], alt_o=["Kinshasa"],
  note="funding laboratories in Congolese cities read as support: loose; Rwanda's 'siding with Kinshasa' says the same")
R((D, "which seized Goma in January 2025 and Bukavu the following month"), "M23", "took_control_of", "Bukavu",
  t="2025-02", note="'the following month' after the explicit January 2025")
R((D, "A United Nations panel has accused Rwanda of arming the M23"), "United Nations", "criticized", "Rwanda")
R((D, "Goma, the capital of North Kivu province"), "Goma", "capital_of", "North Kivu")
R((D, "Goma, the capital of North Kivu province"), "Goma", "located_in", "North Kivu", req=False, note="entailed by capital_of")
R((D, "North Kivu borders both Rwanda and Uganda"), "North Kivu", "borders", "Rwanda")
R((D, "North Kivu borders both Rwanda and Uganda"), "North Kivu", "borders", "Uganda")
R((D, "Rwanda severed diplomatic relations with Belgium in March 2025"), "Rwanda", "diplomatic_relations_with", "Belgium",
  "negated", t="2025-03", note="ties severed in March 2025; asserting relations is a polarity error")
R((D, "accusing Brussels of siding with Kinshasa"), "Rwanda", "criticized", "Belgium", t="2025-03", alt_o=["Brussels"])
R((D, "The European Union imposed sanctions on M23 commanders and Rwandan army officers in March 2025"),
  EU, "sanctioned", "M23", t="2025-03", note="sanctions on M23 commanders")
R((D, "The European Union imposed sanctions on M23 commanders and Rwandan army officers in March 2025"),
  EU, "sanctioned", "Rwanda Defence Force", t="2025-03", req=False, note="officers of the army, not the army itself: loose")
R((D, "Britain suspended most of its bilateral aid to Kigali in February 2025"), UK, "sanctioned", "Rwanda",
  t="2025-02", req=False, alt_o=["Kigali"], note="aid suspension read as a sanction: loose")
R((D, "Germany has so far declined to back sanctions on the Rwanda Mines Board"), "Germany", "sanctioned",
  "Rwanda Mines Board", "negated", note="attributed to diplomats; 'declined'")
R((D, "The Democratic Republic of the Congo gained independence from Belgium on June 30, 1960"),
  DRC, "gained_independence_from", "Belgium", t="1960-06-30")
R((D, "the mineral-rich province of Katanga broke away from the new state"), "Katanga", "seceded_from", DRC,
  t="1960", note="'the new state' = the DR Congo named earlier in the same sentence; 'within weeks' of June 1960")
R((D, "the mineral-rich province of Katanga"), "Katanga", "located_in", DRC, req=False, note="'province of' the new state: entailment")
R((D, "China, which imports more than 80 percent of Congolese output"), "China", "imports_from", DRC, "reported",
  com="cobalt", note="according to customs figures")
R((D, "Tshisekedi has accused Beijing of shortchanging the Congolese state"), "Félix Tshisekedi", "criticized", "China",
  alt_o=["Beijing"])
R((D, "Luxembourg and the Netherlands had been invited to join the agreement"), "Luxembourg", "candidate_for", KMTA,
  "reported", note="invited to join (Belgian officials said)")
R((D, "Luxembourg and the Netherlands had been invited to join the agreement"), "Netherlands", "candidate_for", KMTA,
  "reported", note="invited to join (Belgian officials said)")
R((D, "Luxembourg Prime Minister Luc Frieden"), "Luc Frieden", "head_of", "Luxembourg", role="prime minister")
R((D, "Luc Frieden is expected to visit Kinshasa in November"), "Luc Frieden", "visited", "Kinshasa", "hedged",
  alt_o=[DRC], note="'is expected to'; month without year in a wire copy: no time")
R((D, "Jean-Luc Mbemba, an adviser to Tshisekedi"), "Jean-Luc Mbemba", "works_for", "Félix Tshisekedi",
  alt_o=[DRC], role="adviser")
R((D, "Belgian diplomat Sofie Verstraete"), "Sofie Verstraete", "works_for", "Belgium", role="diplomat")
R((D, "Sofie Verstraete, who is based in Kinshasa"), "Sofie Verstraete", "lives_in", "Kinshasa")
R((D, "The M23 is part of the Congo River Alliance"), "M23", "member_of", "Congo River Alliance")
R((D, "a political-military coalition led by Corneille Nangaa"), "Corneille Nangaa", "head_of", "Congo River Alliance", role="leader")
R((D, "the alliance would not negotiate with Kinshasa until Tshisekedi resigned"), "Congo River Alliance",
  "negotiating_with", DRC, "negated", req=False, alt_s=["Corneille Nangaa"], alt_o=["Kinshasa"],
  note="condition not met ('until'); 'the alliance' refers back to the previous sentence")

# ---- zzb02 (wire, N'Djamena, Mar 4) -----------------------------------------
D = "02"
R((D, "Germany will give Chad 60 million euros to shelter refugees"), "Germany", "supported", "Chad", "planned",
  note="60 million euros for refugees; 'will give'")
R((D, "refugees from the war in neighbouring Sudan"), "Chad", "borders", "Sudan", note="'neighbouring Sudan' in a sentence about Chad")
R((D, "German Development Minister Reem Alabali Radovan"), "Reem Alabali Radovan", "works_for", "Germany", role="development minister")
R((D, "during a visit to camps near the eastern town of Adré"), "Reem Alabali Radovan", "visited", "Adré", alt_o=["Chad"],
  req=False, note="camps near the town: loose; Chad is a fair reading")
R((D, "the Sudanese army and the paramilitary Rapid Support Forces went to war in April 2023"),
  "Sudanese Armed Forces", "in_conflict_with", "Rapid Support Forces", "reported", t="2023-04", note="according to UNHCR")
R((D, "who met Chadian President Mahamat Idriss Déby in N'Djamena on Tuesday"), "Reem Alabali Radovan", "met_with",
  "Mahamat Idriss Déby", note="weekday only: no time")
R((D, "Chadian President Mahamat Idriss Déby"), "Mahamat Idriss Déby", "head_of", "Chad", role="president")
R((D, "who met Chadian President Mahamat Idriss Déby in N'Djamena on Tuesday"), "Reem Alabali Radovan", "visited",
  "N'Djamena", req=False, note="entailed by the meeting there")
R((D, "Chad's Ouaddaï province"), "Ouaddaï", "located_in", "Chad")
R((D, "Chad's Ouaddaï province, which borders Sudan's Darfur region"), "Ouaddaï", "borders", "Darfur")
R((D, "Sudan's Darfur region"), "Darfur", "located_in", "Sudan")
R((D, "Sudan's army-led government has accused Chad of letting weapons reach the RSF"), "Sudan", "criticized", "Chad")
R((D, "Sudan's army-led government has accused Chad of letting weapons reach the RSF"), "Chad", "supported",
  "Rapid Support Forces", "reported", req=False, note="Sudan's claim; 'letting weapons reach' read as support: loose")
R((D, "Khartoum has also accused the United Arab Emirates of arming the RSF"), "Sudan", "criticized",
  "United Arab Emirates", alt_s=["Khartoum"])
R((D, "Khartoum has also accused the United Arab Emirates of arming the RSF"), "United Arab Emirates", "supported",
  "Rapid Support Forces", "reported", note="Sudan's accusation")
R((D, "which Abu Dhabi rejects"), "United Arab Emirates", "supported", "Rapid Support Forces", "negated",
  alt_s=["Abu Dhabi"], note="polarity trap: denial in the same sentence as the accusation")
R((D, "Chadian troops took control of the Kossei base in N'Djamena"), "Chad", "took_control_of", "Kossei base",
  t="2025-01", note="'in January 2025' closes the sentence")
R((D, "the Kossei base in N'Djamena"), "Kossei base", "located_in", "N'Djamena")
R((D, "A Chadian government spokesman, Ahmat Oumar Bichara"), "Ahmat Oumar Bichara", "works_for", "Chad", role="government spokesman")
R((D, "Chad would not sign a new security pact with France"), "Chad", "signed_agreement_with", "France", "negated",
  note="spokesman's statement; a new defence pact ruled out")
R((D, "France still funds the regional hospital in Abéché"), "France", "supported", "Chad", "reported", req=False,
  note="Abéché is in Chad only by world knowledge; according to the French embassy")
R((D, "Chad remains a member of the Multinational Joint Task Force"), "Chad", "member_of", "Multinational Joint Task Force")
R((D, "the Multinational Joint Task Force, which fights Boko Haram around Lake Chad"), "Multinational Joint Task Force",
  "in_conflict_with", "Boko Haram")
R((D, "Déby threatened in November 2024 to pull his troops out of the force"), "Mahamat Idriss Déby", "threatened",
  "Multinational Joint Task Force", t="2024-11", note="'the force' = the MNJTF named in the same sentence")
R((D, "Its headquarters are in N'Djamena"), "Multinational Joint Task Force", "based_in", "N'Djamena", req=False,
  note="'Its' refers back to the previous sentence")
R((D, "members of Masra's party, The Transformers"), "Succès Masra", "member_of", "The Transformers",
  note="'Masra's party' (he leads it: head_of also fair)")
R((D, "Alabali Radovan did not meet members of Masra's party, The Transformers"), "Reem Alabali Radovan", "met_with",
  "The Transformers", "negated", note="according to the German embassy")
R((D, "Déby is expected to travel to Berlin in June"), "Mahamat Idriss Déby", "visited", "Berlin", "hedged",
  alt_o=["Germany"], note="'is expected to'; June without year: no time")
R((D, "Déby is expected to travel to Berlin in June to meet German Chancellor Friedrich Merz"), "Mahamat Idriss Déby",
  "met_with", "Friedrich Merz", "hedged")
R((D, "Germany and Chad could also sign a migration agreement during the trip"), "Germany", "signed_agreement_with",
  "Chad", "hedged", note="'could'; no text agreed yet")
R((D, "The World Food Programme, which is based in Rome"), "World Food Programme", "based_in", "Rome")
R((D, "Chad, which gained independence from France in 1960"), "Chad", "gained_independence_from", "France", t="1960")
R((D, "hosts the largest refugee population in Central Africa"), "Chad", "located_in", "Central Africa", req=False,
  note="implied by the comparison")
R((D, "Abdel Rahim Dagalo, was sanctioned by the United States in 2023"), US, "sanctioned", "Abdel Rahim Dagalo", t="2023")
R((D, "A senior RSF commander, Abdel Rahim Dagalo"), "Abdel Rahim Dagalo", "works_for", "Rapid Support Forces", role="commander")
R((D, "the RSF has attacked camps for displaced people around El Fasher"), "Rapid Support Forces", "attacked",
  "El Fasher", req=False, note="camps around the city, not the city: loose")
R((D, "El Fasher, the capital of North Darfur state"), "El Fasher", "capital_of", "North Darfur")

# ---- zzb03 (wire, Libreville, Nov 20) ---------------------------------------
D = "03"
SIGN3 = "Gabon, the Republic of the Congo and Cameroon on Thursday signed the Libreville Forest Compact"
R((D, SIGN3), "Gabon", "party_to", LFC)
R((D, SIGN3), ROC, "party_to", LFC)
R((D, SIGN3), "Cameroon", "party_to", LFC)
R((D, SIGN3), "Gabon", "signed_agreement_with", ROC, req=False, note="three-party signing read pairwise")
R((D, SIGN3), "Gabon", "signed_agreement_with", "Cameroon", req=False, note="three-party signing read pairwise")
R((D, SIGN3), ROC, "signed_agreement_with", "Cameroon", req=False, note="three-party signing read pairwise")
R((D, "Gabonese President Brice Clotaire Oligui Nguema"), "Brice Clotaire Oligui Nguema", "head_of", "Gabon", role="president")
R((D, "Oligui Nguema hosted his Republic of the Congo counterpart, Denis Sassou Nguesso"),
  "Brice Clotaire Oligui Nguema", "met_with", "Denis Sassou Nguesso", note="'hosted'; weekday only: no time")
R((D, "Oligui Nguema hosted his Republic of the Congo counterpart, Denis Sassou Nguesso"), "Denis Sassou Nguesso",
  "visited", "Gabon", req=False, alt_o=["Libreville"], note="entailed by 'hosted' at the presidential palace")
R((D, "did not travel to Libreville"), "Paul Biya", "visited", "Libreville", "negated", alt_o=["Gabon"],
  note="officials said; 'did not travel'")
for donor in (EU, "Germany", "Norway", UK):
    R((D, "The European Union, Germany, Norway and Britain have already paid 200 million euros to support the compact"),
      donor, "supported", LFC, "reported", note="coordinated subject; 200 million paid of 1.2 billion promised (Gabonese presidency statement)")
R((D, "the Economic Community of Central African States, which is headquartered in Libreville"),
  "Economic Community of Central African States", "based_in", "Libreville")
R((D, "British Foreign Secretary Yvette Cooper"), "Yvette Cooper", "works_for", UK, role="foreign secretary")
R((D, "Equatorial Guinea, which borders both Gabon and Cameroon, has been invited to join the compact"),
  "Equatorial Guinea", "candidate_for", LFC, "reported", note="invited to join; a Gabonese official said")
R((D, "Equatorial Guinea, which borders both Gabon and Cameroon"), "Equatorial Guinea", "borders", "Gabon")
R((D, "Equatorial Guinea, which borders both Gabon and Cameroon"), "Equatorial Guinea", "borders", "Cameroon")
R((D, "Gabon and Equatorial Guinea have long disputed the islet of Mbanié"), "Gabon", "in_conflict_with",
  "Equatorial Guinea", note="long-running territorial dispute; durative: no time")
R((D, "used the ceremony to threaten Mayumba Timber"), "Brice Clotaire Oligui Nguema", "threatened", "Mayumba Timber")
R((D, "The company, which is based in Port-Gentil"), "Mayumba Timber", "based_in", "Port-Gentil", req=False,
  note="'The company' refers back to the previous sentence")
R((D, "Forêts Vivantes, a Libreville-based campaign group"), "Forêts Vivantes", "based_in", "Libreville")
R((D, "criticised the European Union for tying the payments"), "Forêts Vivantes", "criticized", EU)
R((D, "Gabon and the Republic of the Congo are both members of OPEC"), "Gabon", "member_of", "OPEC")
R((D, "Gabon and the Republic of the Congo are both members of OPEC"), ROC, "member_of", "OPEC")
R((D, "China imports about 60 percent of Gabon's timber exports"), "China", "imports_from", "Gabon", "reported",
  com="timber; manganese in the previous sentence", note="according to the forestry ministry")
R((D, "said he had discussed the compact with Cameroon's Biya by telephone last week"), "Denis Sassou Nguesso",
  "contacted", "Paul Biya", "reported", note="telephone call; 'last week' gives no time in a wire copy")
R((D, "Gabon's National Parks Agency, which is based in Libreville"), "National Parks Agency", "based_in", "Libreville")
R((D, "Minkébé National Park lies in northern Gabon"), "Minkébé National Park", "located_in", "Gabon")
R((D, "Minkébé National Park lies in northern Gabon, on the border with Cameroon"), "Minkébé National Park",
  "borders", "Cameroon")

# ---- zzb04 (newspaper, published 2025-12-03, a Wednesday) --------------------
D = "04"
R((D, "government spokesman Jean-Pierre Ekambi"), "Jean-Pierre Ekambi", "works_for", "Cameroon", role="government spokesman")
R((D, "the town of Bafut in the Northwest region"), "Bafut", "located_in", "Northwest Region")
R((D, "Ekambi said Cameroon would not negotiate with the Ambazonia Governing Council"), "Cameroon", "negotiating_with",
  "Ambazonia Governing Council", "negated", note="'would not ... until' its fighters disarm")
R((D, "gunmen from the Ambazonia Defence Forces attacked a gendarmerie post in Bafut"), "Ambazonia Defence Forces",
  "attacked", "Bafut", "reported", t="2025-11-29", note="'On Saturday' before 2025-12-03; according to local officials")
R((D, "killed Emmanuel Ngwa"), "Ambazonia Defence Forces", "killed", "Emmanuel Ngwa", "reported", t="2025-11-29")
R((D, "a village chief who had campaigned for President Paul Biya before October's election"), "Emmanuel Ngwa",
  "supported", "Paul Biya", "reported", t="2025", note="campaigned before the October 2025 election")
R((D, "Bamenda, the capital of the Northwest region"), "Bamenda", "capital_of", "Northwest Region")
R((D, "Cameroon's army has been fighting the Ambazonia Defence Forces"), "Cameroon", "in_conflict_with",
  "Ambazonia Defence Forces", note="'since 2017': durative, no time")
R((D, "in the Northwest and Southwest, which together hold most of the country's English-speaking minority"),
  "Northwest Region", "located_in", "Cameroon", req=False, note="entailment from 'Cameroon's army ... in the Northwest'")
R((D, "The separatists declared the independence of the Northwest and Southwest as the state of Ambazonia on October 1, 2017"),
  "Ambazonia", "seceded_from", "Cameroon", "reported", t="2017-10-01", req=False,
  alt_s=["Northwest Region", "Southwest Region"], note="a declaration nobody recognises; Cameroon not named in the sentence")
R((D, "Micheál Martin made the offer in a telephone call with Cameroonian Prime Minister Joseph Dion Ngute last month"),
  "Micheál Martin", "contacted", "Joseph Dion Ngute", "reported", t="2025-11", note="officials in Dublin said")
R((D, "Ireland, which signed the Good Friday Agreement with Britain in 1998"), "Ireland", "signed_agreement_with", UK, t="1998")
R((D, "Ireland, which signed the Good Friday Agreement with Britain in 1998"), "Ireland", "party_to", "Good Friday Agreement", t="1998")
R((D, "Ireland, which signed the Good Friday Agreement with Britain in 1998"), UK, "party_to", "Good Friday Agreement", t="1998")
R((D, "it recognised Palestine in May 2024 together with Spain and Norway"), "Ireland", "recognizes", "Palestine", t="2024-05")
R((D, "it recognised Palestine in May 2024 together with Spain and Norway"), "Spain", "recognizes", "Palestine", t="2024-05")
R((D, "it recognised Palestine in May 2024 together with Spain and Norway"), "Norway", "recognizes", "Palestine", t="2024-05")
R((D, "Ayaba Cho Lucas, the Norway-based leader of the Ambazonia Governing Council"), "Ayaba Cho Lucas", "head_of",
  "Ambazonia Governing Council", role="leader")
R((D, "Ayaba Cho Lucas, the Norway-based leader"), "Ayaba Cho Lucas", "lives_in", "Norway")
R((D, "said the group would accept talks in Dublin"), "Ambazonia Governing Council", "negotiating_with", "Cameroon",
  "hedged", req=False, alt_o=["Yaoundé"], note="'the group' would accept talks: willingness, not talks")
R((D, "accused Biya's government of fraud"), "Issa Tchiroma Bakary", "criticized", "Cameroon", alt_o=["Paul Biya"])
R((D, "Britain and the European Union have criticised Yaoundé over the killings"), UK, "criticized", "Cameroon", alt_o=["Yaoundé"])
R((D, "Britain and the European Union have criticised Yaoundé over the killings"), EU, "criticized", "Cameroon", alt_o=["Yaoundé"])
R((D, "the British foreign office summoned Cameroon's high commissioner in London last month"), UK, "contacted",
  "Cameroon", t="2025-11", req=False, note="a summons read as contact: loose")
R((D, "France, Cameroon's closest Western partner"), "France", "allied_with", "Cameroon")
R((D, "Cameroon has been a member of the Commonwealth since 1995"), "Cameroon", "member_of", "Commonwealth")
R((D, "the Far North region, which borders Nigeria and Chad"), "Far North Region", "borders", "Nigeria")
R((D, "the Far North region, which borders Nigeria and Chad"), "Far North Region", "borders", "Chad")
R((D, "Boko Haram fighters attacked an army position in Mora last Thursday"), "Boko Haram", "attacked", "Mora",
  "reported", t="2025-11-27", note="'last Thursday' before Wednesday 2025-12-03; the defence ministry said")
R((D, "Boko Haram and its offshoot, Islamic State West Africa Province, have been fighting Cameroonian troops"),
  "Boko Haram", "in_conflict_with", "Cameroon", note="'since 2014': no time")
R((D, "Boko Haram and its offshoot, Islamic State West Africa Province, have been fighting Cameroonian troops"),
  "Islamic State West Africa Province", "in_conflict_with", "Cameroon")
R((D, "The Ambazonia Defence Forces have also imposed a blockade on roads in the Southwest region"),
  "Ambazonia Defence Forces", "blockaded", "Southwest Region")
R((D, "he might raise it with Biya at the Commonwealth summit in Antigua and Barbuda next year"), "Micheál Martin",
  "met_with", "Paul Biya", "hedged", t="2026", note="'might'; 'next year' from 2025-12-03")
R((D, "he might raise it with Biya at the Commonwealth summit in Antigua and Barbuda next year"), "Micheál Martin",
  "visited", "Antigua and Barbuda", "hedged", t="2026", req=False, note="attendance implied")
R((D, "would not meet Irish officials to discuss the proposal"), "Cameroon", "met_with", "Ireland", "negated",
  note="Ekambi: Cameroon 'would not meet Irish officials'")

# ---- zzb05 (newspaper, published 2026-01-14, a Wednesday) --------------------
D = "05"
R((D, "France will resume budget support to the Central African Republic"), "France", "supported", CAR, "planned",
  note="40 million euros this year; said by the envoy")
R((D, "Marc Dubreuil, France's special envoy for Central Africa"), "Marc Dubreuil", "works_for", "France", role="special envoy")
R((D, "met Touadéra at the Renaissance Palace on Monday"), "Marc Dubreuil", "met_with", "Faustin-Archange Touadéra", t="2026-01-12")
R((D, "a French envoy said in Bangui on Tuesday"), "Marc Dubreuil", "visited", "Bangui", t="2026-01", req=False,
  alt_o=[CAR], note="the envoy is unnamed in that sentence")
R((D, "handed him a letter from French President Emmanuel Macron"), "Emmanuel Macron", "contacted",
  "Faustin-Archange Touadéra", t="2026-01-12", req=False, note="a letter delivered by the envoy: loose")
R((D, "inviting him to Paris in the spring"), "Faustin-Archange Touadéra", "visited", "Paris", "hedged", t="2026",
  req=False, alt_o=["France"], note="an invitation only")
R((D, "France had normalised relations with the Central African Republic"), "France", "normalized_relations_with", CAR,
  "reported", note="Dubreuil said")
R((D, "accusing Bangui of complicity in an anti-French disinformation campaign"), "France", "criticized", CAR,
  t="2021", alt_s=["Paris"], alt_o=["Bangui"], note="capitals for governments")
R((D, "the Russian mercenary group Wagner"), "Wagner", "based_in", "Russia", req=False, note="demonym only")
R((D, "The Central African Republic, a former French colony, gained independence from France in 1960"),
  CAR, "gained_independence_from", "France", t="1960")
R((D, "Russia has supported Touadéra's government since 2018"), "Russia", "supported", CAR,
  alt_o=["Faustin-Archange Touadéra"], note="'Touadéra's government'; 'since 2018' durative: no time")
R((D, "are stationed in the Central African Republic"), "Africa Corps", "based_in", CAR, "reported", req=False,
  note="fighters 'under the Africa Corps banner' stationed there: loose")
R((D, "Moscow criticised the French move"), "Russia", "criticized", "France", alt_s=["Moscow"])
R((D, "Russian foreign ministry spokeswoman Maria Zakharova"), "Maria Zakharova", "works_for", "Russia",
  role="foreign ministry spokeswoman")
R((D, "said on Tuesday that Paris could not"), "Maria Zakharova", "criticized", "France", "reported", t="2026-01-13",
  req=False, alt_o=["Paris"], note="criticism in a quotation: loose")
R((D, "France and the Central African Republic will not sign a new defence agreement"), "France",
  "signed_agreement_with", CAR, "negated", note="Dubreuil said")
R((D, "Central African President Faustin-Archange Touadéra"), "Faustin-Archange Touadéra", "head_of", CAR, role="president")
R((D, "is expected to visit Moscow in February"), "Faustin-Archange Touadéra", "visited", "Moscow", "hedged",
  t="2026-02", alt_o=["Russia"], note="the Kremlin said")
R((D, "for talks with Russian President Vladimir Putin"), "Faustin-Archange Touadéra", "met_with", "Vladimir Putin",
  "hedged", t="2026-02")
R((D, "Russian President Vladimir Putin"), "Vladimir Putin", "head_of", "Russia", role="president")
R((D, "which accused the National Elections Authority of rigging the count"),
  "Republican Bloc for the Defence of the Constitution", "criticized", "National Elections Authority")
R((D, "Touadéra has refused to meet leaders of the Republican Bloc since the vote"), "Faustin-Archange Touadéra",
  "met_with", "Republican Bloc for the Defence of the Constitution", "negated", note="the bloc's spokesman said")
R((D, "the bloc's spokesman, Arsène Ndakala"), "Arsène Ndakala", "works_for",
  "Republican Bloc for the Defence of the Constitution", role="spokesman")
R((D, "near the borders with Chad and Cameroon"), CAR, "borders", "Chad", req=False, note="subject only implied")
R((D, "near the borders with Chad and Cameroon"), CAR, "borders", "Cameroon", req=False, note="subject only implied")
R((D, "fighters from the 3R armed group attacked a convoy of the UN peacekeeping mission MINUSCA"), "3R", "attacked",
  "MINUSCA", "reported", t="2026-01-10", note="'On Saturday'; the mission said")
R((D, "MINUSCA, which is headquartered in Bangui"), "MINUSCA", "based_in", "Bangui")
R((D, "is led by Valentine Rugwabiza of Rwanda"), "Valentine Rugwabiza", "head_of", "MINUSCA", role="head of mission")
R((D, "Valentine Rugwabiza of Rwanda"), "Valentine Rugwabiza", "citizen_of", "Rwanda")
R((D, "Rwanda, which sent soldiers to the Central African Republic under a bilateral deal in 2020"), "Rwanda",
  "supported", CAR, t="2020", note="troops sent")
R((D, "Rwanda, which sent soldiers to the Central African Republic under a bilateral deal in 2020"), "Rwanda",
  "signed_agreement_with", CAR, t="2020", req=False, note="'under a bilateral deal': implied")
R((D, "trains the Central African army through a small mission in Bangui"), EU, "supported", CAR, req=False,
  note="training the army read as support")
R((D, "Germany said it would not resume development aid to the Central African Republic until"), "Germany",
  "supported", CAR, "negated", note="condition not met ('would not ... until')")
R((D, "Touadéra's critics, including former prime minister Martin Ziguélé, have accused him"), "Martin Ziguélé",
  "criticized", "Faustin-Archange Touadéra")

# ---- zzb06 (newspaper, published 2026-04-22, a Wednesday) --------------------
D = "06"
R((D, "Cameroon has threatened to divert its cocoa exports from Europe to Asia unless the European Union softens"),
  "Cameroon", "threatened", EU)
R((D, "The Netherlands imported more than 100,000 tonnes of Cameroonian cocoa beans last year"), "Netherlands",
  "imports_from", "Cameroon", t="2025", com="cocoa beans")
R((D, "Amsterdam, the Dutch capital"), "Amsterdam", "capital_of", "Netherlands")
R((D, "Germany imports more cocoa products from the Netherlands than from any other country"), "Germany",
  "imports_from", "Netherlands", com="cocoa products")
R((D, "shipped on to chocolate makers in Germany and Belgium"), "Belgium", "imports_from", "Netherlands", req=False,
  com="ground cocoa", note="makers in Belgium receive Dutch-ground cocoa: loose")
R((D, "Aurélie Ngono, a spokeswoman for the Cameroon Cocoa Exporters' Council"), "Aurélie Ngono", "works_for",
  "Cameroon Cocoa Exporters' Council", role="spokeswoman")
R((D, "the Cameroon Cocoa Exporters' Council, which is based in Douala"), "Cameroon Cocoa Exporters' Council", "based_in", "Douala")
R((D, "Cameroon's cocoa shipments to China and Malaysia could double next season"), "China", "imports_from",
  "Cameroon", "hedged", req=False, com="cocoa", note="'could double': the growth is hedged, the trade presupposed")
R((D, "Cameroon's cocoa shipments to China and Malaysia could double next season"), "Malaysia", "imports_from",
  "Cameroon", "hedged", req=False, com="cocoa", note="'could double': the growth is hedged, the trade presupposed")
R((D, "China is already Cameroon's largest trading partner"), "China", "trades_with", "Cameroon")
R((D, "the deep-sea port at Kribi"), "Port of Kribi", "located_in", "Kribi")
R((D, "Cameroon's trade minister wrote to European Commission President Ursula von der Leyen last month"), "Cameroon",
  "contacted", "Ursula von der Leyen", "reported", t="2026-03", note="a letter; 'according to a copy seen by this newspaper'")
R((D, "European Commission President Ursula von der Leyen"), "Ursula von der Leyen", "head_of", "European Commission", role="president")
R((D, "Cameroon and the EU will hold talks on the rules in Brussels in May"), "Cameroon", "negotiating_with", EU,
  "planned", t="2026-05")
R((D, "Cameroon signed an Economic Partnership Agreement with the EU in 2009"), "Cameroon", "party_to",
  "EU-Cameroon Economic Partnership Agreement", t="2009")
R((D, "Cameroon signed an Economic Partnership Agreement with the EU in 2009"), "Cameroon", "signed_agreement_with", EU, t="2009")
R((D, "Cameroon signed an Economic Partnership Agreement with the EU in 2009"), EU, "party_to",
  "EU-Cameroon Economic Partnership Agreement", t="2009", req=False, note="entailed")
R((D, "The Hague has quietly lobbied for Cameroon"), "Netherlands", "supported", "Cameroon", alt_s=["The Hague"],
  note="seat of government for the government")
R((D, "The Dutch government contacted the European Commission in March"), "Netherlands", "contacted",
  "European Commission", "reported", t="2026-03", note="a Dutch official said")
R((D, "criticised the European Commission for failing to simplify them"), "Friedrich Merz", "criticized",
  "European Commission", note="'attacked the rules' in the same sentence is verbal, not attacked")
R((D, "The KfW development bank, which is based in Frankfurt"), "KfW", "based_in", "Frankfurt")
R((D, "has financed satellite mapping of cocoa farms in Cameroon's Centre region"), "KfW", "supported", "Cameroon",
  note="'since 2024': durative, no time")
R((D, "Cameroon's Centre region"), "Centre Region", "located_in", "Cameroon")
R((D, "In Cameroon, cocoa growing has been disrupted by the conflict in the English-speaking Southwest region"),
  "Southwest Region", "located_in", "Cameroon")
R((D, "cobalt and copper from the Democratic Republic of the Congo, which Belgium imports through the port of Antwerp"),
  "Belgium", "imports_from", DRC, com="cobalt, copper")
R((D, "Umicore, the Brussels-based metals group"), "Umicore", "based_in", "Brussels")
R((D, "Pieter Hoekstra, director of the Amsterdam Cocoa Traders' Association"), "Pieter Hoekstra", "head_of",
  "Amsterdam Cocoa Traders' Association", role="director")
R((D, "Cameroonian officials said they had not threatened the Netherlands"), "Cameroon", "threatened", "Netherlands",
  "negated", note="denial; the threat in the lead is against the EU")

# ---- zzb07 (html, published 2026-06-10, a Wednesday) -------------------------
D = "07"
R((D, "The Republic of the Congo has formally applied to join the Commonwealth"), ROC, "candidate_for", "Commonwealth",
  "reported", note="its president said")
R((D, "said in London on Tuesday after talks with British Prime Minister Keir Starmer"), "Denis Sassou Nguesso",
  "visited", "London", t="2026-06-09", alt_o=[UK])
R((D, "after talks with British Prime Minister Keir Starmer at Downing Street"), "Denis Sassou Nguesso", "met_with",
  "Keir Starmer", t="2026-06-09")
R((D, "British Prime Minister Keir Starmer"), "Keir Starmer", "head_of", UK, role="prime minister")
R((D, "was making his first official visit to Britain"), "Denis Sassou Nguesso", "visited", UK, t="2026-06")
R((D, "The Republic of the Congo, which gained independence from France in 1960"), ROC, "gained_independence_from",
  "France", t="1960")
R((D, "Starmer told reporters that Britain would back the application"), UK, "supported", ROC, "planned", req=False,
  note="backing for the bid named in the previous paragraph")
R((D, "The two governments signed a memorandum on forest carbon"), UK, "party_to",
  "UK-Republic of the Congo forest carbon memorandum", req=False, note="'the two governments': group reference")
R((D, "The two governments signed a memorandum on forest carbon"), ROC, "party_to",
  "UK-Republic of the Congo forest carbon memorandum", req=False, note="'the two governments': group reference")
R((D, "under which Britain pays for satellite monitoring of the Congo Basin rainforest"), UK, "supported",
  "Congo Basin", req=False, note="paying for monitoring read as support: loose")
R((D, "agreed to open talks on an investment treaty before the end of the year"), UK, "negotiating_with", ROC,
  "planned", t="2026", req=False, note="'the two governments' agreed to open talks: group reference")
R((D, "Britain and the Republic of the Congo also signed a double taxation agreement"), UK, "signed_agreement_with",
  ROC, "reported", note="officials said")
R((D, "Britain and the Republic of the Congo also signed a double taxation agreement"), UK, "party_to",
  "UK-Republic of the Congo double taxation agreement", "reported")
R((D, "Britain and the Republic of the Congo also signed a double taxation agreement"), ROC, "party_to",
  "UK-Republic of the Congo double taxation agreement", "reported")
R((D, "Gabon and Togo, both former French colonies, joined the Commonwealth in 2022"), "Gabon", "member_of",
  "Commonwealth", note="joined 2022; membership is static: no time")
R((D, "Gabon and Togo, both former French colonies, joined the Commonwealth in 2022"), "Togo", "member_of",
  "Commonwealth", note="joined 2022; membership is static: no time")
R((D, "joined the Commonwealth in 2022, following Rwanda and Mozambique"), "Rwanda", "member_of", "Commonwealth",
  note="'following' = joined earlier")
R((D, "joined the Commonwealth in 2022, following Rwanda and Mozambique"), "Mozambique", "member_of", "Commonwealth",
  note="'following' = joined earlier")
R((D, "The Commonwealth’s secretary-general, Ghana’s Shirley Botchwey"), "Shirley Botchwey", "head_of",
  "Commonwealth", role="secretary-general")
R((D, "Ghana’s Shirley Botchwey"), "Shirley Botchwey", "citizen_of", "Ghana")
BORD7 = "The Republic of the Congo borders Gabon, Cameroon, the Central African Republic, the Democratic Republic of the Congo and Angola"
for nb in ("Gabon", "Cameroon", CAR, DRC, "Angola"):
    R((D, BORD7), ROC, "borders", nb)
R((D, "its capital, Brazzaville, faces Kinshasa"), "Brazzaville", "capital_of", ROC)
R((D, "Perenco, the London-based oil producer"), "Perenco", "based_in", "London")
R((D, "Britain imports only small amounts of crude oil from the Republic of the Congo"), UK, "imports_from", ROC,
  com="crude oil")
R((D, "Amnesty International, which is headquartered in London"), "Amnesty International", "based_in", "London")
R((D, "Amnesty International, which is headquartered in London, accused Starmer"), "Amnesty International",
  "criticized", "Keir Starmer")
R((D, "Britain has never imposed sanctions on officials from Brazzaville"), UK, "sanctioned", ROC, "negated",
  alt_o=["Brazzaville"], note="a Foreign Office minister told Parliament")
R((D, "Sassou Nguesso had met French President Emmanuel Macron in Paris in February"), "Denis Sassou Nguesso",
  "met_with", "Emmanuel Macron", "reported", t="2026-02", note="a French diplomat noted")
R((D, "Sassou Nguesso had met French President Emmanuel Macron in Paris in February"), "Denis Sassou Nguesso",
  "visited", "Paris", "reported", t="2026-02", req=False, alt_o=["France"], note="entailed by the meeting in Paris")
R((D, "China remains Brazzaville’s biggest creditor and has lent the government billions of dollars"), "China",
  "supported", ROC, alt_o=["Brazzaville"], note="loans; 'since the 2000s' durative: no time")
R((D, "Sassou Nguesso is expected to travel on to the Irish capital, Dublin, on Thursday"), "Denis Sassou Nguesso",
  "visited", "Dublin", "hedged", t="2026-06-11", alt_o=["Ireland"])
R((D, "where he will meet Taoiseach Micheál Martin"), "Denis Sassou Nguesso", "met_with", "Micheál Martin", "planned",
  t="2026-06-11", note="'he' = Sassou Nguesso, subject of the same sentence")
R((D, "the Irish capital, Dublin"), "Dublin", "capital_of", "Ireland")
R((D, "Ireland and the Republic of the Congo are expected to sign an agreement on university scholarships"),
  "Ireland", "signed_agreement_with", ROC, "hedged", t="2026-06", note="'are expected to'; during the visit")

# ---- zzb08 (html, published 2026-10-06, a Tuesday) ---------------------------
D = "08"
HOST8 = "Emmanuel Macron and German Chancellor Friedrich Merz hosted Democratic Republic of the Congo President Félix Tshisekedi in Paris on Monday"
R((D, "Rwandan President Paul Kagame"), "Paul Kagame", "head_of", "Rwanda", role="president")
R((D, HOST8), "Emmanuel Macron", "met_with", "Félix Tshisekedi", t="2026-10-05", note="'hosted'; coordinated subject")
R((D, HOST8), "Friedrich Merz", "met_with", "Félix Tshisekedi", t="2026-10-05", note="'hosted'; coordinated subject")
R((D, HOST8), "Emmanuel Macron", "met_with", "Friedrich Merz", t="2026-10-05", req=False,
  note="co-hosts; 'Macron and Merz also discussed' later")
R((D, HOST8), "Félix Tshisekedi", "visited", "Paris", t="2026-10-05", alt_o=["France"])
R((D, "Rwandan President Paul Kagame declined to attend"), "Paul Kagame", "visited", "Paris", "negated",
  t="2026-10-05", alt_o=["France"], note="'declined to attend' the Paris talks")
R((D, "Kigali sent Foreign Minister Olivier Nduhungirehe"), "Olivier Nduhungirehe", "works_for", "Rwanda",
  alt_o=["Kigali"], role="foreign minister", note="capital for the government")
R((D, "who met Macron’s Africa adviser, Claire Maubert"), "Olivier Nduhungirehe", "met_with", "Claire Maubert",
  "reported", t="2026-10", note="French officials said")
R((D, "Macron’s Africa adviser, Claire Maubert"), "Claire Maubert", "works_for", "Emmanuel Macron", alt_o=["France"],
  role="Africa adviser")
R((D, "but was not received by Merz"), "Olivier Nduhungirehe", "met_with", "Friedrich Merz", "negated", t="2026-10",
  note="'was not received by'")
R((D, "Kigali sent Foreign Minister Olivier Nduhungirehe"), "Olivier Nduhungirehe", "visited", "Paris", t="2026-10",
  req=False, alt_o=["France"], note="implied by 'sent' to the Paris talks")
WASH8 = "The Democratic Republic of the Congo and Rwanda signed the Washington peace agreement in June 2025 under US mediation"
R((D, WASH8), DRC, "party_to", "Washington peace agreement", t="2025-06")
R((D, WASH8), "Rwanda", "party_to", "Washington peace agreement", t="2025-06")
R((D, WASH8), DRC, "signed_agreement_with", "Rwanda", t="2025-06")
R((D, WASH8), US, "brokered", "Washington peace agreement", t="2025-06", note="'under US mediation'")
DOHA8 = "Qatar brokered the Doha framework agreement between Kinshasa and the M23 rebels last November"
R((D, DOHA8), "Qatar", "brokered", "Doha framework agreement", t="2025-11", note="'last November' from 2026-10-06")
R((D, DOHA8), DRC, "signed_agreement_with", "M23", t="2025-11", alt_s=["Kinshasa"], note="'agreement between Kinshasa and the M23'")
R((D, DOHA8), DRC, "party_to", "Doha framework agreement", t="2025-11", alt_s=["Kinshasa"])
R((D, DOHA8), "M23", "party_to", "Doha framework agreement", t="2025-11")
R((D, "attacked army positions around Uvira in South Kivu province last month"), "M23", "attacked", "Uvira",
  t="2026-09", note="positions around the town; 'last month' from 2026-10-06")
R((D, "Uvira in South Kivu province"), "Uvira", "located_in", "South Kivu")
R((D, "is a close ally of Kinshasa"), "Burundi", "allied_with", DRC, alt_o=["Kinshasa"])
R((D, "Burundi, whose troops fight alongside the Congolese army"), "Burundi", "supported",
  "Armed Forces of the Democratic Republic of the Congo", req=False, alt_o=[DRC], note="troops fighting alongside")
R((D, "has accused Rwanda of preparing to attack it"), "Burundi", "criticized", "Rwanda")
R((D, "has accused Rwanda of preparing to attack it"), "Rwanda", "attacked", "Burundi", "planned", req=False,
  note="an accused plan, reported by Burundi; asserting an attack is a polarity error")
R((D, "Nduhungirehe accused Kinshasa of arming the FDLR"), "Olivier Nduhungirehe", "criticized", DRC,
  t="2026-10-05", alt_o=["Kinshasa"], note="'On Monday'")
R((D, "Nduhungirehe accused Kinshasa of arming the FDLR"), DRC, "supported", "FDLR", "reported", alt_s=["Kinshasa"],
  note="Rwanda's accusation")
R((D, "Tshisekedi said he would not meet Kagame until Rwandan troops had left Congolese territory"),
  "Félix Tshisekedi", "met_with", "Paul Kagame", "negated", note="condition not met ('until')")
R((D, "Kinshasa has had no diplomatic relations with Kigali since January 2025"), DRC, "diplomatic_relations_with",
  "Rwanda", "negated", alt_s=["Kinshasa"], alt_o=["Kigali"], note="'since January 2025': durative, no time")
R((D, "Germany could back new European Union sanctions against Rwandan officials"), EU, "sanctioned", "Rwanda",
  "hedged", note="'could', on a condition")
R((D, "France would give 80 million euros in humanitarian aid to the Democratic Republic of the Congo"), "France",
  "supported", DRC, "planned", note="Macron said")
R((D, "Massad Boulos, US President Donald Trump’s senior adviser for Africa"), "Massad Boulos", "works_for",
  "Donald Trump", alt_o=[US], role="senior adviser for Africa")
R((D, "US President Donald Trump"), "Donald Trump", "head_of", US, role="president")
R((D, "attended the talks and met Tshisekedi separately"), "Massad Boulos", "met_with", "Félix Tshisekedi",
  "reported", t="2026-10", note="the US embassy said")
R((D, "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani"), "Mohammed bin Abdulrahman Al Thani", "head_of",
  "Qatar", role="prime minister")
R((D, "is expected to visit Kinshasa later this month"), "Mohammed bin Abdulrahman Al Thani", "visited", "Kinshasa",
  "hedged", t="2026-10", alt_o=[DRC])
R((D, "In Kigali, government spokeswoman Yolande Makolo"), "Yolande Makolo", "works_for", "Rwanda", alt_o=["Kigali"],
  role="government spokeswoman")
R((D, "Yolande Makolo criticised France"), "Yolande Makolo", "criticized", "France")
R((D, "Germany imports cobalt from the Democratic Republic of the Congo"), "Germany", "imports_from", DRC, com="cobalt")
R((D, "Merz said the EU and Kinshasa were negotiating a strategic minerals partnership"), EU, "negotiating_with", DRC,
  "reported", alt_o=["Kinshasa"])
R((D, "France recognised a Palestinian state in September 2025"), "France", "recognizes", "Palestine", t="2025-09")
R((D, "Germany has said it will not do so until a negotiated two-state solution is in sight"), "Germany",
  "recognizes", "Palestine", "negated", note="'will not do so until': condition not met")
R((D, "flew to Berlin after the talks"), "Félix Tshisekedi", "visited", "Berlin", t="2026-10", alt_o=["Germany"])
R((D, "was due to meet President Frank-Walter Steinmeier on Tuesday"), "Félix Tshisekedi", "met_with",
  "Frank-Walter Steinmeier", "planned", t="2026-10-06", note="'was due to'; Tuesday = publication day")
R((D, "President Frank-Walter Steinmeier"), "Frank-Walter Steinmeier", "head_of", "Germany", req=False,
  role="president", note="country only from context (Berlin)")
R((D, "Germany is one of the largest donors to the UN mission in the country, MONUSCO"), "Germany", "supported", "MONUSCO")
R((D, "MONUSCO, which is headquartered in Kinshasa"), "MONUSCO", "based_in", "Kinshasa")
R((D, "Rwanda borders both the Democratic Republic of the Congo and Burundi"), "Rwanda", "borders", DRC)
R((D, "Rwanda borders both the Democratic Republic of the Congo and Burundi"), "Rwanda", "borders", "Burundi")
R((D, "its capital, Kigali"), "Kigali", "capital_of", "Rwanda")


# --------------------------------------------------------------------------
# Bodies and sentences
# --------------------------------------------------------------------------
def load(doc):
    fname, style = DOCS[doc]
    raw = open(os.path.join(ROOT, "corpus", fname), encoding="utf-8").read()
    if style == "wire":
        i = raw.index("\n[Reporting")
        body, title, published = raw[:i].rstrip(), "", ""
    elif style == "newspaper":
        head, body = raw.split("\n\n", 1)
        lines = head.split("\n")
        title = lines[0]
        published = lines[1].split(":", 1)[1].strip()
        body = body.rstrip()
    else:
        m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
        body = html.unescape(re.sub("<[^>]+>", "", m.group(1)))
        title = html.unescape(re.sub("<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1))).strip()
        published = re.search(r'<time datetime="([^"]+)"', raw).group(1)
    return dict(fname=fname, style=style, body=body, title=title, published=published)


ABBR = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc",
        "Ltd", "Co", "Jr", "Sr"}
END = re.compile(r"[.!?][\"\u201d\u2019')\]]*(?=\s+[\"\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DD])")


def sentences(text):
    """(start, end) spans of the sentences of text: a line break always ends one."""
    for para in re.finditer(r"[^\n]+", text):
        p0, ptxt = para.start(), para.group()
        cuts = [0]
        for m in END.finditer(ptxt):
            word = re.search(r"(\S*)$", ptxt[:m.start()]).group(1)
            if ptxt[m.start()] == "." and (word in ABBR or re.fullmatch(r"[A-Z]", word)
                                           or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word)):
                continue
            cuts.append(m.end())
        cuts.append(len(ptxt))
        for a, b in zip(cuts, cuts[1:]):
            seg = ptxt[a:b]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                yield (p0 + a + lead, p0 + a + len(seg.rstrip()))


def norm(s):  # exactly as kgscore normalises names
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mention_re(forms):
    alts = sorted({f for f in forms if f}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in alts) + r")(?![\w])")


# --------------------------------------------------------------------------
# Validation and output
# --------------------------------------------------------------------------
def valid_time(t):
    if re.fullmatch(r"\d{3}", t):
        return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", t)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def build():
    errors = []
    err = errors.append
    ents = {}
    owner = {}
    for name, typ, aliases in ENTITIES:
        if name in ents:
            err(f"entity {name!r} listed twice")
        if typ not in TYPES:
            err(f"entity {name!r}: type {typ!r} not in SCHEMA.md")
        ents[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in owner and owner[k] != name:
                err(f"alias {a!r} belongs to both {owner[k]!r} and {name!r}")
            owner.setdefault(k, name)
    mre = {n: mention_re([n] + a) for n, (t, a) in ents.items()}

    docs = {d: load(d) for d in DOCS}
    spans = {d: list(sentences(docs[d]["body"])) for d in docs}

    used = set()
    units = {}
    statements = []
    triples = []
    for i, r in enumerate(ROWS):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']})"
        p, m, t = r["p"], r["m"], r["t"]
        if p not in SIG:
            err(f"{tag}: predicate not in SCHEMA.md"); continue
        if m not in MODALITIES:
            err(f"{tag}: modality {m!r} not in SCHEMA.md")
        for pos, names in (("s", [r["s"]] + r["alt_s"]), ("o", [r["o"]] + r["alt_o"])):
            for k, n in enumerate(names):
                if n not in ents:
                    err(f"{tag}: unknown entity {n!r}"); continue
                used.add(n)
                typ = ents[n][0]
                allowed = SIG[p][0 if pos == "s" else 1]
                if p in SYMMETRIC:
                    allowed = SIG[p][0] | SIG[p][1]
                if typ not in allowed:
                    main = names[0]
                    if k > 0 and METONYMY.get(n) == main:
                        continue
                    err(f"{tag}: {pos}={n!r} ({typ}) breaks the signature of {p}")
        if t is not None:
            if not valid_time(t):
                err(f"{tag}: time {t!r} is not an ISO 8601 prefix")
            if p in STATIC:
                err(f"{tag}: static relation {p} must not carry a time")
        if p in ("head_of", "works_for") and not r["role"]:
            err(f"{tag}: {p} needs a role")
        if p == "imports_from" and not r["com"]:
            err(f"{tag}: imports_from needs a commodity")
        s_, o_ = r["s"], r["o"]
        key = (p, POLARITY.get(m), *(sorted([norm(s_), norm(o_)]) if p in SYMMETRIC else [norm(s_), norm(o_)]))
        if key in units:
            err(f"{tag}: unit repeats row {units[key]}")
        units[key] = i
        if not r["ev"]:
            err(f"{tag}: no evidence")
        for d, phrase in r["ev"].items():
            if d not in docs:
                err(f"{tag}: unknown document {d}"); continue
            body = docs[d]["body"]
            for n in (s_, o_):
                if n in mre and not mre[n].search(body):
                    err(f"{tag}: {n!r} never occurs in the body of zzb{d}")
            hits = [h.start() for h in re.finditer(re.escape(phrase), body)]
            if not hits:
                err(f"{tag}: evidence not in the body of zzb{d}: {phrase!r}"); continue
            sent = None
            for h in hits:
                for a, b in spans[d]:
                    if a <= h and h + len(phrase) <= b:
                        sent = (a, b); break
                if sent:
                    break
            if not sent:
                err(f"{tag}: evidence crosses a sentence boundary in zzb{d}: {phrase!r}"); continue
            stext = body[sent[0]:sent[1]]
            if r["req"]:
                for pos, names in (("s", [s_] + r["alt_s"]), ("o", [o_] + r["alt_o"])):
                    if not any(n in mre and mre[n].search(stext) for n in names):
                        err(f"{tag}: required, but no form of its {pos} is in the evidence sentence of zzb{d}")
            if m in CUES and not re.search(CUES[m], stext, re.I):
                err(f"{tag}: {m} row without a {m} cue in zzb{d}: {stext!r}")
            if t is not None and docs[d]["style"] == "wire" and t[:4] not in stext and t[:3] + "0s" not in stext:
                err(f"{tag}: wire copy zzb{d} gives a time only from an explicit year in the sentence")
            statements.append({
                "subject": s_, "subject_type": ents.get(s_, ("?",))[0], "predicate": p,
                "object": o_, "object_type": ents.get(o_, ("?",))[0], "modality": m,
                "time": t or "", "role": r["role"] or "", "commodity": r["com"] or "",
                "confidence": 1.0, "source": "corpus/" + docs[d]["fname"], "title": docs[d]["title"],
                "published": docs[d]["published"], "sentence": stext, "start": sent[0], "end": sent[1],
                "rule": "gold"})
        note = []
        if r["role"]:
            note.append("role: " + r["role"])
        if r["com"]:
            note.append("commodity: " + r["com"])
        if r["note"]:
            note.append(r["note"])
        if not r["req"]:
            note.append("not required")
        row = {"s": s_, "p": p, "o": o_, "docs": [docs[d]["fname"] for d in r["ev"] if d in docs],
               "modality": m}
        if t:
            row["time"] = t
        row["required"] = r["req"]
        if r["alt_s"]:
            row["alt_s"] = r["alt_s"]
        if r["alt_o"]:
            row["alt_o"] = r["alt_o"]
        row["note"] = "; ".join(note)
        triples.append(row)
    for n in ents:
        if n not in used:
            err(f"entity {n!r} is used in no row")
    return errors, ents, triples, statements, docs


def stats(ents, triples, docs):
    print(f"rows {len(triples)}  required {sum(r['required'] for r in triples)}  "
          f"statements {sum(len(r['docs']) for r in triples)}")
    pol = Counter(POLARITY[r["modality"]] for r in triples)
    print("polarity", dict(pol))
    mod = Counter(r["modality"] for r in triples)
    modr = Counter(r["modality"] for r in triples if r["required"])
    print("modality (rows / required):", {k: (mod[k], modr[k]) for k in sorted(MODALITIES)})
    print("with time", sum(1 for r in triples if r.get("time")))
    et = Counter(t for t, _ in ents.values())
    print(f"entities {len(ents)}", dict(sorted(et.items())))
    pr = Counter(r["p"] for r in triples)
    print(f"predicates used {len(pr)}", dict(sorted(pr.items())))
    for d, info in docs.items():
        rows = [r for r in triples if info["fname"] in r["docs"]]
        print(f"  {info['fname']}: words {len(info['body'].split())}, facts {len(rows)} "
              f"(required {sum(r['required'] for r in rows)}), "
              f"negated {sum(r['modality'] == 'negated' for r in rows)}, "
              f"hedged/planned {sum(r['modality'] in ('hedged', 'planned') for r in rows)}")


def main():
    errors, ents, triples, statements, docs = build()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    if "--check" not in sys.argv:
        with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
            for n, (t, a) in ents.items():
                f.write(json.dumps({"name": n, "type": t, "aliases": a}, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
            for r in triples:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
            for s in statements:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(ents, triples, docs)


if __name__ == "__main__":
    main()
