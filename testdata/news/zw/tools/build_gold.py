#!/usr/bin/env python3
"""Build the gold standard of news set zw.

Holds every entity and every gold row (with one evidence phrase per document)
and writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl next
to corpus/. Nothing is written unless every check passes:

- each evidence phrase occurs in the body of its article (and inside one
  sentence of it);
- each subject and object (and each alt_s / alt_o) occurs in the body of
  every article the row names, by name or alias;
- entity types, predicates, modalities and times follow SCHEMA.md and the
  predicate signatures; static relations carry no time;
- no (subject, predicate, object, polarity) unit repeats (symmetric
  predicates unordered);
- no alias belongs to two entities.

Cleaned text: .txt as is; .html = html.unescape(re.sub('<[^>]+>', '', page)).
Body: wire copy = from the dateline to the credit line; newspaper piece =
after the first blank line; HTML page = the <div class="article-body">.

Usage: build_gold.py [--stats]
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

# ---------------------------------------------------------------- schema
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ANY = TYPES
PA = {"Person", "Country", "Organization"}
SIG = {
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, {"City", "Region", "Country"}),
    "based_in": ({"Organization", "Facility"}, {"City", "Region", "Country"}),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (PA, PA),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# ---------------------------------------------------------------- documents
DOCS = {
    "TON": ("01_tonga_china_exim_loan_restructuring.txt", "wire",
            "Tonga agrees to stretch Chinese Exim Bank loan repayments", ""),
    "DEN": ("02_denmark_skagen_shadow_tanker.txt", "wire",
            "Denmark detains suspected shadow-fleet tanker off Skagen", ""),
    "NCL": ("03_new_caledonia_croix_du_sud_exercise.txt", "wire",
            "France opens Croix du Sud exercise in New Caledonia", ""),
    "VAN": ("04_vanuatu_seasonal_worker_cap.txt", "newspaper", None, None),
    "GRL": ("05_greenland_mining_investment_screening.txt", "newspaper", None, None),
    "EST": ("06_estonia_finland_coastal_missile_link.txt", "newspaper", None, None),
    "PNG": ("07_png_declines_china_policing_offer.html", "html", None, None),
    "GOT": ("08_gotland_estonia_cable_damage.html", "html", None, None),
}

# ---------------------------------------------------------------- entities
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ENTITIES = [
    # people
    ("Tiofilusi Tiueti", P, ["Tiueti", "Finance Minister Tiofilusi Tiueti"]),
    ("Aisake Eke", P, ["Eke", "Prime Minister Aisake Eke", "Aisake Valu Eke"]),
    ("Li Qiang", P, ["Premier Li Qiang", "Chinese Premier Li Qiang"]),
    ("Mateni Lolohea", P, ["Lolohea"]),
    ("Guo Jiakun", P, ["Guo"]),
    ("Troels Lund Poulsen", P, ["Lund Poulsen", "Poulsen", "Danish Defence Minister Troels Lund Poulsen"]),
    ("Dmitry Peskov", P, ["Peskov", "Kremlin spokesman Dmitry Peskov", "Dmitri Peskov"]),
    ("Mette Frederiksen", P, ["Frederiksen", "Prime Minister Mette Frederiksen", "Danish Prime Minister Mette Frederiksen"]),
    ("Alexander Stubb", P, ["Stubb", "President Alexander Stubb", "Finnish President Alexander Stubb"]),
    ("Kristen Michal", P, ["Michal", "Estonian Prime Minister Kristen Michal"]),
    ("Lars Løkke Rasmussen", P, ["Løkke Rasmussen", "Lars Lokke Rasmussen", "Lokke Rasmussen", "Rasmussen",
                                 "Foreign Minister Lars Løkke Rasmussen", "Danish Foreign Minister Lars Løkke Rasmussen"]),
    ("Andrei Volkov", P, ["Volkov"]),
    ("Yves Marchand", P, ["Marchand", "General Yves Marchand"]),
    ("Alcide Ponga", P, ["Ponga"]),
    ("Emmanuel Macron", P, ["Macron", "President Emmanuel Macron", "French President Emmanuel Macron"]),
    ("Manuel Valls", P, ["Valls"]),
    ("Christian Tein", P, ["Tein"]),
    ("Jotham Napat", P, ["Napat", "Prime Minister Jotham Napat"]),
    ("Ruben Tari", P, ["Tari"]),
    ("Pat Conroy", P, ["Conroy"]),
    ("Winston Peters", P, ["Peters", "Foreign Minister Winston Peters"]),
    ("Joel Iaviniau", P, ["Iaviniau"]),
    ("Anthony Albanese", P, ["Albanese", "Prime Minister Anthony Albanese", "Australian Prime Minister Anthony Albanese"]),
    ("Kalo Seule", P, ["Seule"]),
    ("Jens-Frederik Nielsen", P, ["Nielsen", "Jens Frederik Nielsen"]),
    ("Naaja Nathanielsen", P, ["Nathanielsen"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump"]),
    ("JD Vance", P, ["Vance", "J.D. Vance", "Vice President JD Vance"]),
    ("Hanno Pevkur", P, ["Pevkur", "Estonian Defence Minister Hanno Pevkur"]),
    ("Antti Häkkänen", P, ["Häkkänen", "Hakkanen", "Antti Hakkanen"]),
    ("Maria Zakharova", P, ["Zakharova"]),
    ("Petteri Orpo", P, ["Orpo", "Finnish Prime Minister Petteri Orpo"]),
    ("Wang Xiaohong", P, ["Wang"]),
    ("David Manning", P, ["Manning", "Police Commissioner David Manning"]),
    ("John Rosso", P, ["Rosso", "Deputy Prime Minister John Rosso"]),
    ("James Marape", P, ["Marape", "Prime Minister James Marape"]),
    ("Richard Marles", P, ["Marles"]),
    ("Sergei Orlov", P, ["Orlov"]),
    ("Ulf Kristersson", P, ["Kristersson", "Prime Minister Ulf Kristersson"]),
    ("Margus Tsahkna", P, ["Tsahkna", "Estonian Foreign Minister Margus Tsahkna"]),
    ("Carl-Oskar Bohlin", P, ["Bohlin", "Carl Oskar Bohlin"]),
    ("Mark Rutte", P, ["Rutte", "NATO Secretary General Mark Rutte"]),
    # countries (Greenland: self-governing, typed like a state as it has its own government)
    ("Tonga", C, ["Kingdom of Tonga"]),
    ("China", C, ["People's Republic of China", "PRC"]),
    ("Australia", C, ["Commonwealth of Australia"]),
    ("New Zealand", C, []),
    ("Taiwan", C, ["Republic of China"]),
    ("Japan", C, []),
    ("Denmark", C, ["Kingdom of Denmark", "Danish government"]),
    ("Russia", C, ["Russian Federation", "Kremlin", "the Kremlin"]),
    ("India", C, []),
    ("Finland", C, ["Republic of Finland"]),
    ("Estonia", C, ["Republic of Estonia"]),
    ("Ukraine", C, []),
    ("United States", C, ["US", "U.S.", "USA", "United States of America", "America", "Washington",
                          "Trump administration", "US government"]),
    ("France", C, ["French government", "French Republic"]),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Vanuatu", C, ["Republic of Vanuatu"]),
    ("Greenland", C, ["Kalaallit Nunaat"]),
    ("Sweden", C, ["Kingdom of Sweden"]),
    ("Papua New Guinea", C, ["PNG", "Independent State of Papua New Guinea"]),
    ("Solomon Islands", C, ["the Solomons"]),
    ("Malta", C, []),
    ("Israel", C, []),
    ("Soviet Union", C, ["USSR", "U.S.S.R."]),
    # organizations
    ("Export-Import Bank of China", O, ["Exim Bank", "China Exim Bank", "China Eximbank", "Chinese Exim Bank"]),
    ("International Monetary Fund", O, ["IMF"]),
    ("Asian Development Bank", O, ["ADB"]),
    ("Ministry of Foreign Affairs of China", O, ["China's foreign ministry", "Chinese foreign ministry",
                                                 "Chinese Foreign Ministry"]),
    ("Danish Maritime Authority", O, []),
    ("NATO", O, ["North Atlantic Treaty Organization"]),
    ("European Union", O, ["EU"]),
    ("Rosneft", O, []),
    ("Lukoil", O, []),
    ("Centre for Maritime Risk", O, []),
    ("French Armed Forces in New Caledonia", O, ["French forces in New Caledonia", "FANC"]),
    ("Government of New Caledonia", O, ["New Caledonia's government"]),
    ("FLNKS", O, ["Kanak and Socialist National Liberation Front"]),
    ("Melanesian Spearhead Group", O, ["MSG"]),
    ("Pacific Islands Forum", O, ["PIF"]),
    ("Export-Import Bank of the United States", O, ["US Export-Import Bank", "EXIM Bank of the United States"]),
    ("Critical Metals Corp", O, ["Critical Metals", "Critical Metals Corp."]),
    ("Demokraatit", O, ["Demokraatit party"]),
    ("Energy Transition Minerals", O, []),
    ("Shenghe Resources", O, []),
    ("Inatsisartut", O, ["Greenland's parliament", "parliament of Greenland"]),
    ("Ministry of Foreign Affairs of Russia", O, ["Russian Foreign Ministry", "Russian foreign ministry"]),
    ("Baltic Fleet", O, ["Russia's Baltic Fleet", "Russian Baltic Fleet"]),
    ("Royal Papua New Guinea Constabulary", O, ["RPNGC"]),
    ("Chinese Embassy in Papua New Guinea", O, ["Chinese embassy in Port Moresby"]),
    ("ASEAN", O, ["Association of Southeast Asian Nations", "Southeast Asian bloc"]),
    ("Hiiu Fibre", O, []),
    ("Naleraq", O, ["Naleraq party"]),
    ("Russian Embassy in Sweden", O, ["Russian embassy in Stockholm"]),
    # cities
    ("Nuku'alofa", CI, ["Nukualofa"]),
    ("Beijing", CI, []),
    ("Skagen", CI, []),
    ("Korsør", CI, ["Korsor"]),
    ("Primorsk", CI, []),
    ("Copenhagen", CI, []),
    ("Moscow", CI, []),
    ("Oslo", CI, []),
    ("Nouméa", CI, ["Noumea"]),
    ("Paris", CI, []),
    ("Port Vila", CI, []),
    ("Luganville", CI, []),
    ("Brisbane", CI, []),
    ("Canberra", CI, []),
    ("Wellington", CI, []),
    ("Nuuk", CI, []),
    ("Narsaq", CI, []),
    ("Perth", CI, []),
    ("New York", CI, ["New York City"]),
    ("Brussels", CI, []),
    ("Tallinn", CI, []),
    ("Helsinki", CI, []),
    ("Stockholm", CI, []),
    ("Kaliningrad", CI, []),
    ("St Petersburg", CI, ["St. Petersburg", "Saint Petersburg"]),
    ("Ust-Luga", CI, ["Ust Luga"]),
    ("Port Moresby", CI, []),
    ("Honiara", CI, []),
    ("Rabaul", CI, []),
    ("Jakarta", CI, []),
    ("Slite", CI, []),
    ("Kärdla", CI, ["Kardla"]),
    # regions
    ("Tongatapu", R, []),
    ("Gulf of Finland", R, []),
    ("New Caledonia", R, ["Nouvelle-Calédonie"]),
    ("Lifou", R, []),
    ("Loyalty Islands", R, []),
    ("Espiritu Santo", R, ["Santo"]),
    ("Queensland", R, []),
    ("New Britain", R, []),
    ("Madang Province", R, ["Madang"]),
    ("Bougainville", R, ["Autonomous Region of Bougainville"]),
    ("Gotland", R, []),
    ("Hiiumaa", R, []),
    # facilities
    ("Fua'amotu International Airport", F, ["Fua'amotu airport", "Fuaamotu International Airport"]),
    ("Chaleix naval base", F, ["Chaleix"]),
    ("La Tontouta International Airport", F, ["Tontouta", "La Tontouta"]),
    ("Pitufik Space Base", F, ["Pitufik", "US Pitufik Space Base", "Thule Air Base"]),
    ("Tanbreez project", F, ["Tanbreez", "Tanbreez rare earth project"]),
    ("Kvanefjeld project", F, ["Kvanefjeld"]),
    ("Ramu nickel mine", F, ["Ramu NiCo", "Ramu mine"]),
    ("HG-1 cable", F, ["HG-1"]),
    # agreements
    ("Copenhagen Convention", A, ["Copenhagen Convention of 1857"]),
    ("Bougival agreement", A, ["Bougival accord"]),
    ("Nakamal Agreement", A, []),
    ("Gulf of Finland Coastal Defence Arrangement", A, []),
    ("Pukpuk Treaty", A, ["Papua New Guinea-Australia Mutual Defence Treaty"]),
]


def row(s, p, o, modality, ev, required, time=None, alt_s=None, alt_p=None, alt_o=None, role="", note=""):
    return dict(s=s, p=p, o=o, modality=modality, ev=ev, required=required, time=time,
                alt_s=alt_s or [], alt_p=alt_p or [], alt_o=alt_o or [], role=role, note=note)


T, Fa = True, False
ROWS = [
    # ------------------------------------------------------------ TON (wire, no year)
    row("Tonga", "signed_agreement_with", "Export-Import Bank of China", "reported",
        {"TON": "Tonga has agreed with the Export-Import Bank of China to stretch out repayments"}, T,
        note="restructuring agreed, attributed to the finance minister"),
    row("Tonga", "signed_agreement_with", "Export-Import Bank of China", "hedged",
        {"TON": "The formal agreement is expected to be signed in Beijing next month"}, Fa,
        note="formal signing expected; parties only by coreference"),
    row("Tonga", "negotiating_with", "Export-Import Bank of China", "reported",
        {"TON": "We negotiated with Exim Bank as a partner"}, Fa, alt_s=["Tiofilusi Tiueti"],
        note="'we' = Tonga's government, coreference"),
    row("Tiofilusi Tiueti", "works_for", "Tonga", "asserted",
        {"TON": "Finance Minister Tiofilusi Tiueti said on Tuesday"}, T, role="finance minister",
        note="role: finance minister"),
    row("Nuku'alofa", "capital_of", "Tonga", "asserted",
        {"TON": "Nuku'alofa, the capital of Tonga"}, T),
    row("Aisake Eke", "head_of", "Tonga", "asserted",
        {"TON": "Tonga's Prime Minister Aisake Eke"}, T, role="prime minister", note="role: prime minister"),
    row("Aisake Eke", "met_with", "Li Qiang", "reported",
        {"TON": "raised the debt with Chinese Premier Li Qiang when the two met in Beijing in May"}, T,
        note="'in May' in a wire copy gives no year"),
    row("Aisake Eke", "visited", "Beijing", "reported",
        {"TON": "when the two met in Beijing in May"}, Fa, alt_o=["China"],
        note="visit inferred from a meeting held in Beijing"),
    row("Li Qiang", "head_of", "China", "asserted",
        {"TON": "Chinese Premier Li Qiang"}, T, alt_p=["works_for"], role="premier", note="role: premier"),
    row("Tonga", "signed_agreement_with", "China", "negated",
        {"TON": "Tonga \"will not sign any security or policing agreement with China\""}, T,
        note="polarity trap: the debt deal is signed, a security pact with China is ruled out"),
    row("Tonga", "signed_agreement_with", "China", "reported",
        {"TON": "the two countries had reached the arrangement"}, Fa,
        note="group reference ('the two countries') in the Chinese spokesman's words; loose reading"),
    row("Australia", "supported", "Tonga", "asserted",
        {"TON": "Australia and New Zealand, the two largest donors to Tonga, have given the government budget support"}, T,
        note="durative 'since' state: no time"),
    row("New Zealand", "supported", "Tonga", "asserted",
        {"TON": "Australia and New Zealand, the two largest donors to Tonga, have given the government budget support"}, T,
        note="durative 'since' state: no time"),
    row("China", "supported", "Tonga", "asserted",
        {"TON": "China also sent relief supplies to Tonga after the eruption and tsunami"}, T, time="2022",
        note="relief after the January 2022 eruption (year explicit in the previous sentence)"),
    row("China", "took_control_of", "Fua'amotu International Airport", "negated",
        {"TON": "China would not take control of Fua'amotu International Airport"}, T,
        note="reported denial"),
    row("Fua'amotu International Airport", "located_in", "Tongatapu", "asserted",
        {"TON": "sits on the southern side of Tongatapu"}, Fa, note="'The airport' by coreference"),
    row("Tongatapu", "located_in", "Tonga", "asserted",
        {"TON": "roads on Tongatapu, the main island"}, Fa, note="entailment: Tonga's main island"),
    row("Tonga", "recognizes", "China", "asserted",
        {"TON": "Tonga switched diplomatic recognition from Taipei to Beijing in 1998"}, T, time="1998",
        alt_o=["Beijing"], note="metonymy: Beijing = China"),
    row("Tonga", "diplomatic_relations_with", "China", "asserted",
        {"TON": "Tonga switched diplomatic recognition from Taipei to Beijing in 1998"}, Fa, time="1998",
        alt_o=["Beijing"], note="entailment of the switch of recognition"),
    row("Tonga", "diplomatic_relations_with", "Taiwan", "negated",
        {"TON": "has no diplomatic relations with Taiwan"}, T),
    row("Japan", "supported", "Tonga", "asserted",
        {"TON": "alongside Japan and the Asian Development Bank"}, Fa,
        note="'the kingdom's leading sources of grants', coordination and coreference"),
    row("Asian Development Bank", "supported", "Tonga", "asserted",
        {"TON": "alongside Japan and the Asian Development Bank"}, Fa,
        note="'the kingdom's leading sources of grants', coordination and coreference"),
    row("Mateni Lolohea", "criticized", "Aisake Eke", "asserted",
        {"TON": "Independent lawmaker Mateni Lolohea accused Eke's cabinet of keeping the terms secret"}, Fa,
        alt_o=["Tonga"], note="object is 'Eke's cabinet'; loose"),
    row("Tonga", "member_of", "International Monetary Fund", "asserted",
        {"TON": "The International Monetary Fund, of which Tonga has been a member since 1985"}, T),
    row("International Monetary Fund", "visited", "Nuku'alofa", "hedged",
        {"TON": "An IMF team is expected to visit Nuku'alofa in October"}, T, alt_o=["Tonga"],
        note="expected visit; wire copy, no year"),
    row("Guo Jiakun", "works_for", "Ministry of Foreign Affairs of China", "asserted",
        {"TON": "Guo Jiakun, a spokesman for China's foreign ministry"}, T, alt_o=["China"],
        role="spokesman", note="role: foreign ministry spokesman"),

    # ------------------------------------------------------------ DEN (wire, no year)
    row("Danish Maritime Authority", "based_in", "Korsør", "asserted",
        {"DEN": "The Danish Maritime Authority, which is based in Korsør"}, T),
    row("Skagen", "located_in", "Denmark", "asserted",
        {"DEN": "Danish authorities on Wednesday detained an oil tanker anchored off Skagen"}, Fa,
        note="entailment from 'Danish authorities ... off Skagen'"),
    row("Troels Lund Poulsen", "works_for", "Denmark", "asserted",
        {"DEN": "Danish Defence Minister Troels Lund Poulsen"}, T, role="defence minister",
        note="role: defence minister"),
    row("Primorsk", "located_in", "Russia", "asserted",
        {"DEN": "the Russian port of Primorsk"}, T),
    row("Primorsk", "located_in", "Gulf of Finland", "asserted",
        {"DEN": "the Russian port of Primorsk, on the Gulf of Finland"}, T),
    row("India", "imports_from", "Russia", "asserted",
        {"DEN": "India and China have become the biggest buyers of Russian seaborne crude"}, T,
        role="crude oil", note="commodity: crude oil; durative 'since', no time"),
    row("China", "imports_from", "Russia", "asserted",
        {"DEN": "India and China have become the biggest buyers of Russian seaborne crude"}, T,
        role="crude oil", note="commodity: crude oil; durative 'since', no time"),
    row("Dmitry Peskov", "criticized", "Denmark", "reported",
        {"DEN": "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Denmark was"}, T,
        alt_s=["Russia"], note="also 'The Kremlin condemned the detention' (object by coreference)"),
    row("Dmitry Peskov", "works_for", "Russia", "asserted",
        {"DEN": "Kremlin spokesman Dmitry Peskov"}, T, role="Kremlin spokesman",
        note="'the Kremlin' = Russia"),
    row("Russia", "threatened", "Denmark", "reported",
        {"DEN": "said Russia could take \"appropriate measures\" to protect ships carrying its cargo"}, Fa,
        alt_s=["Dmitry Peskov"], note="veiled threat; the object is implicit; loose reading"),
    row("Russia", "threatened", "Denmark", "hedged",
        {"DEN": "said Russia could take \"appropriate measures\" to protect ships carrying its cargo"}, Fa,
        alt_s=["Dmitry Peskov"], note="same sentence read as a possible future step ('could'); either reading accepted"),
    row("Mette Frederiksen", "head_of", "Denmark", "asserted",
        {"DEN": "Denmark's Prime Minister Mette Frederiksen",
         "GRL": "Danish Prime Minister Mette Frederiksen"}, T, role="prime minister",
        note="role: prime minister"),
    row("Mette Frederiksen", "contacted", "Alexander Stubb", "reported",
        {"DEN": "spoke by telephone with Finnish President Alexander Stubb"}, T,
        note="phone call (not met_with); attributed to her office"),
    row("Mette Frederiksen", "contacted", "Kristen Michal", "reported",
        {"DEN": "spoke by telephone with Finnish President Alexander Stubb and Estonian Prime Minister Kristen Michal"}, T,
        note="phone call, coordination"),
    row("Alexander Stubb", "head_of", "Finland", "asserted",
        {"DEN": "Finnish President Alexander Stubb", "EST": "Finnish President Alexander Stubb"}, T,
        role="president", note="role: president"),
    row("Kristen Michal", "head_of", "Estonia", "asserted",
        {"DEN": "Estonian Prime Minister Kristen Michal", "EST": "Estonian Prime Minister Kristen Michal",
         "GOT": "his Estonian counterpart, Kristen Michal"}, T, role="prime minister",
        note="role: prime minister; in GOT by 'his Estonian counterpart' of a prime minister"),
    row("Mette Frederiksen", "visited", "Oslo", "hedged",
        {"DEN": "Frederiksen is expected to raise the shadow fleet when Nordic and Baltic leaders meet in Oslo next month"}, Fa,
        note="expected attendance at a meeting in Oslo; loose reading of visited"),
    row("Denmark", "member_of", "NATO", "asserted",
        {"DEN": "Denmark, a founding member of NATO",
         "GRL": "Denmark and the United States have been NATO allies since 1949"}, T),
    row("Denmark", "imports_from", "Russia", "negated",
        {"DEN": "does not buy Russian oil"}, T, role="oil", note="commodity: oil; polarity trap beside India and China"),
    row("Denmark", "sanctioned", "Russia", "asserted",
        {"DEN": "has sanctioned Russia together with its European Union partners"}, T,
        note="durative 'since' state: no time"),
    row("European Union", "sanctioned", "Russia", "asserted",
        {"DEN": "has sanctioned Russia together with its European Union partners"}, Fa,
        note="loose: 'together with its European Union partners'"),
    row("Denmark", "member_of", "European Union", "asserted",
        {"DEN": "its European Union partners"}, Fa, note="entailment from 'its European Union partners'"),
    row("Russia", "attacked", "Ukraine", "asserted",
        {"DEN": "Moscow's full-scale invasion of Ukraine in February 2022",
         "EST": "Russia's full-scale invasion of Ukraine in 2022"}, T, time="2022", alt_s=["Moscow"],
        note="DEN: metonymy 'Moscow's'; DEN says February 2022"),
    row("Russia", "in_conflict_with", "Ukraine", "asserted",
        {"DEN": "Moscow's full-scale invasion of Ukraine in February 2022",
         "EST": "Russia's full-scale invasion of Ukraine in 2022"}, Fa, alt_s=["Moscow"],
        note="entailment of the invasion"),
    row("Denmark", "party_to", "Copenhagen Convention", "asserted",
        {"DEN": "under the Copenhagen Convention of 1857"}, Fa, time="1857", alt_s=["Copenhagen"],
        note="entailment: Denmark is bound by the convention ('Copenhagen cannot close the straits')"),
    row("Centre for Maritime Risk", "based_in", "Copenhagen", "asserted",
        {"DEN": "the Centre for Maritime Risk, a think tank based in Copenhagen"}, T),
    row("United States", "sanctioned", "Rosneft", "asserted",
        {"DEN": "The United States sanctioned Rosneft and Lukoil"}, T, time="2025-10"),
    row("United States", "sanctioned", "Lukoil", "asserted",
        {"DEN": "The United States sanctioned Rosneft and Lukoil"}, T, time="2025-10"),
    row("Rosneft", "based_in", "Russia", "asserted",
        {"DEN": "Russia's two largest oil companies"}, Fa, note="possessive apposition; loose"),
    row("Lukoil", "based_in", "Russia", "asserted",
        {"DEN": "Russia's two largest oil companies"}, Fa, note="possessive apposition; loose"),
    row("Lars Løkke Rasmussen", "works_for", "Denmark", "asserted",
        {"DEN": "Foreign Minister Lars Løkke Rasmussen said the captain",
         "GRL": "Danish Foreign Minister Lars Løkke Rasmussen"}, T, role="foreign minister",
        note="role: foreign minister; DEN needs the story context for the country"),
    row("Andrei Volkov", "citizen_of", "Russia", "asserted",
        {"DEN": "a Russian national named by police as Andrei Volkov"}, T),

    # ------------------------------------------------------------ NCL (wire, no year)
    row("Vanuatu", "gained_independence_from", "United Kingdom", "asserted",
        {"NCL": "Vanuatu, which gained independence from Britain and France in 1980",
         "VAN": "Vanuatu, which gained independence from Britain and France in 1980"}, T, time="1980"),
    row("Vanuatu", "gained_independence_from", "France", "asserted",
        {"NCL": "Vanuatu, which gained independence from Britain and France in 1980",
         "VAN": "Vanuatu, which gained independence from Britain and France in 1980"}, T, time="1980"),
    row("Yves Marchand", "head_of", "French Armed Forces in New Caledonia", "asserted",
        {"NCL": "General Yves Marchand, who commands the French Armed Forces in New Caledonia"}, T,
        alt_p=["works_for"], role="commander", note="role: commander"),
    row("French Armed Forces in New Caledonia", "based_in", "New Caledonia", "asserted",
        {"NCL": "who commands the French Armed Forces in New Caledonia"}, Fa, note="read off the name; loose"),
    row("Lifou", "located_in", "Loyalty Islands", "asserted",
        {"NCL": "Lifou, in the Loyalty Islands"}, T),
    row("Alcide Ponga", "head_of", "Government of New Caledonia", "asserted",
        {"NCL": "Alcide Ponga, the president of New Caledonia's government"}, T, role="president of the government",
        note="role: president of the government"),
    row("Chaleix naval base", "located_in", "Nouméa", "asserted",
        {"NCL": "the Chaleix naval base in Nouméa"}, T),
    row("Nouméa", "capital_of", "New Caledonia", "asserted",
        {"NCL": "Nouméa, the territory's capital"}, Fa, note="'the territory' = New Caledonia (coreference within the sentence)"),
    row("Alcide Ponga", "visited", "Paris", "planned",
        {"NCL": "said he would travel to Paris next month"}, T, alt_o=["France"]),
    row("Alcide Ponga", "met_with", "Emmanuel Macron", "planned",
        {"NCL": "to meet French President Emmanuel Macron"}, T),
    row("Emmanuel Macron", "head_of", "France", "asserted",
        {"NCL": "French President Emmanuel Macron"}, T, role="president", note="role: president"),
    row("France", "took_control_of", "New Caledonia", "asserted",
        {"NCL": "France annexed New Caledonia in 1853"}, T, time="1853"),
    row("New Caledonia", "seceded_from", "France", "negated",
        {"NCL": "voted three times, in 2018, 2020 and 2021, against breaking away from France"}, T,
        note="three referendums against independence"),
    row("Emmanuel Macron", "visited", "Nouméa", "asserted",
        {"NCL": "Macron flew to Nouméa that month"}, T, time="2024-05", alt_o=["New Caledonia"],
        note="'that month' = May 2024, explicit in the previous sentence"),
    row("France", "party_to", "Bougival agreement", "asserted",
        {"NCL": "the French government and pro-independence and loyalist delegations signed the Bougival agreement"}, T,
        time="2025-07"),
    row("Manuel Valls", "brokered", "Bougival agreement", "asserted",
        {"NCL": "brokered by Manuel Valls"}, T, time="2025-07"),
    row("Manuel Valls", "works_for", "France", "asserted",
        {"NCL": "Manuel Valls, France's overseas minister"}, T, role="overseas minister",
        note="role: overseas minister"),
    row("FLNKS", "criticized", "Bougival agreement", "asserted",
        {"NCL": "The FLNKS, the main pro-independence coalition, rejected the agreement a month later"}, Fa,
        time="2025-08", note="'the agreement' = Bougival agreement of the previous sentence; 'a month later' after July 2025"),
    row("Christian Tein", "head_of", "FLNKS", "asserted",
        {"NCL": "Christian Tein, the president of the FLNKS"}, T, role="president", note="role: president"),
    row("Christian Tein", "criticized", "France", "asserted",
        {"NCL": "accused France on Monday of using the drills to intimidate Kanak communities"}, T),
    row("La Tontouta International Airport", "located_in", "New Caledonia", "asserted",
        {"NCL": "La Tontouta International Airport, the territory's main airport"}, Fa,
        note="'the territory' by coreference"),

    # ------------------------------------------------------------ VAN (published 2025-10-16)
    row("Jotham Napat", "head_of", "Vanuatu", "asserted",
        {"VAN": "Prime Minister Jotham Napat said on Wednesday"}, T, role="prime minister", note="role: prime minister"),
    row("Port Vila", "capital_of", "Vanuatu", "asserted",
        {"VAN": "Vanuatu's capital, Port Vila"}, T),
    row("Ruben Tari", "lives_in", "Luganville", "asserted",
        {"VAN": "Ruben Tari, a 29-year-old who lives in Luganville"}, T),
    row("Luganville", "located_in", "Espiritu Santo", "asserted",
        {"VAN": "Luganville on Espiritu Santo"}, T),
    row("Ruben Tari", "visited", "Queensland", "asserted",
        {"VAN": "has spent four seasons picking mangoes in Queensland"}, Fa, note="seasonal work abroad; loose reading of visited"),
    row("Pat Conroy", "works_for", "Australia", "asserted",
        {"VAN": "Australia's Minister for Pacific Island Affairs, Pat Conroy"}, T,
        role="Minister for Pacific Island Affairs", note="role: Minister for Pacific Island Affairs"),
    row("Australia", "negotiating_with", "Vanuatu", "planned",
        {"VAN": "Canberra respected the decision and would work with Port Vila on the details"}, Fa,
        alt_s=["Canberra", "Pat Conroy"], alt_o=["Port Vila"], note="metonymy both sides; loose reading of 'work with'"),
    row("Winston Peters", "works_for", "New Zealand", "asserted",
        {"VAN": "New Zealand's Foreign Minister Winston Peters"}, T, role="foreign minister", note="role: foreign minister"),
    row("Winston Peters", "visited", "Port Vila", "asserted",
        {"VAN": "who visited Port Vila in August"}, T, time="2025-08", alt_o=["Vanuatu"]),
    row("Vanuatu", "contacted", "New Zealand", "negated",
        {"VAN": "Vanuatu had not consulted Wellington before the announcement"}, T, alt_o=["Wellington"],
        note="metonymy: Wellington = New Zealand; reported by Peters"),
    row("Joel Iaviniau", "works_for", "Vanuatu", "asserted",
        {"VAN": "Vanuatu's labour commissioner, Joel Iaviniau"}, T, role="labour commissioner",
        note="role: labour commissioner"),
    row("Joel Iaviniau", "met_with", "Australia", "hedged",
        {"VAN": "is expected to meet Australian officials in Brisbane next month"}, T, time="2025-11",
        note="'Australian officials' = Australia"),
    row("Joel Iaviniau", "visited", "Brisbane", "hedged",
        {"VAN": "is expected to meet Australian officials in Brisbane next month"}, Fa, time="2025-11",
        alt_o=["Australia"], note="implied trip"),
    row("Vanuatu", "party_to", "Nakamal Agreement", "negated",
        {"VAN": "Vanuatu has not signed the Nakamal Agreement"}, T),
    row("Vanuatu", "signed_agreement_with", "Australia", "negated",
        {"VAN": "Vanuatu has not signed the Nakamal Agreement"}, Fa,
        note="the Nakamal package is with Australia (previous sentence); coreference"),
    row("Anthony Albanese", "head_of", "Australia", "asserted",
        {"VAN": "Australian Prime Minister Anthony Albanese",
         "PNG": "Australian Prime Minister Anthony Albanese"}, T, role="prime minister", note="role: prime minister"),
    row("Anthony Albanese", "visited", "Port Vila", "asserted",
        {"VAN": "Anthony Albanese left Port Vila in September without the deal"}, Fa, time="2025-09",
        alt_o=["Vanuatu"], note="entailment: he left Port Vila"),
    row("China", "supported", "Vanuatu", "asserted",
        {"VAN": "has lent Vanuatu more than any other government"}, T),
    row("Export-Import Bank of China", "supported", "Vanuatu", "asserted",
        {"VAN": "through the Export-Import Bank of China, which financed the wharf in Luganville"}, Fa,
        note="lending channel; loose"),
    row("Kalo Seule", "criticized", "Jotham Napat", "asserted",
        {"VAN": "Opposition lawmaker Kalo Seule accused Napat"}, T),
    row("Vanuatu", "member_of", "Melanesian Spearhead Group", "asserted",
        {"VAN": "is a member of the Melanesian Spearhead Group and the Pacific Islands Forum"}, T),
    row("Vanuatu", "member_of", "Pacific Islands Forum", "asserted",
        {"VAN": "is a member of the Melanesian Spearhead Group and the Pacific Islands Forum"}, T),

    # ------------------------------------------------------------ GRL (published 2025-11-20)
    row("Greenland", "signed_agreement_with", "Denmark", "asserted",
        {"GRL": "Greenland and Denmark signed an agreement in Copenhagen on Wednesday"}, T, time="2025-11-19"),
    row("Jens-Frederik Nielsen", "head_of", "Greenland", "asserted",
        {"GRL": "Greenland's Prime Minister Jens-Frederik Nielsen"}, T, role="prime minister", note="role: prime minister"),
    row("Jens-Frederik Nielsen", "met_with", "Mette Frederiksen", "asserted",
        {"GRL": "who met Danish Prime Minister Mette Frederiksen before the signing"}, T, time="2025-11-19"),
    row("Jens-Frederik Nielsen", "visited", "Copenhagen", "asserted",
        {"GRL": "Greenland and Denmark signed an agreement in Copenhagen on Wednesday"}, Fa, time="2025-11-19",
        alt_o=["Denmark"], note="entailment: signing in Copenhagen, meeting before it (next sentence)"),
    row("Jens-Frederik Nielsen", "member_of", "Demokraatit", "asserted",
        {"GRL": "Nielsen's Demokraatit party won the general election in March"}, T),
    row("Naaja Nathanielsen", "works_for", "Greenland", "asserted",
        {"GRL": "Naaja Nathanielsen, Greenland's minister for mineral resources"}, T,
        role="minister for mineral resources", note="role: minister for mineral resources"),
    row("Greenland", "negotiating_with", "Export-Import Bank of the United States", "reported",
        {"GRL": "her ministry was in talks with the Export-Import Bank of the United States"}, Fa,
        alt_s=["Naaja Nathanielsen"], note="'her ministry' = Greenland's government"),
    row("Export-Import Bank of the United States", "supported", "Critical Metals Corp", "hedged",
        {"GRL": "The Export-Import Bank of the United States could back the project's developer, New York-listed Critical Metals Corp"}, T,
        note="possible loan"),
    row("Tanbreez project", "located_in", "Greenland", "asserted",
        {"GRL": "the Tanbreez rare earth project in southern Greenland"}, T),
    row("Greenland", "negotiating_with", "United States", "negated",
        {"GRL": "Greenland would not negotiate with Washington over ownership of the island itself"}, T,
        alt_s=["Jens-Frederik Nielsen"], note="polarity trap beside the talks with the US Export-Import Bank"),
    row("Donald Trump", "head_of", "United States", "asserted",
        {"GRL": "President Donald Trump has repeatedly said the United States needs Greenland"}, T,
        role="president", note="role: president"),
    row("Donald Trump", "threatened", "Greenland", "asserted",
        {"GRL": "in January he refused to rule out using military or economic force to take it"}, Fa, time="2025-01",
        alt_o=["Denmark"], note="loose: refusing to rule out force; 'it' = Greenland"),
    row("JD Vance", "works_for", "United States", "asserted",
        {"GRL": "Vice President JD Vance"}, Fa, alt_o=["Donald Trump"], role="vice president",
        note="role: vice president; country only from context"),
    row("JD Vance", "visited", "Greenland", "asserted",
        {"GRL": "Vice President JD Vance visited Greenland in March"}, T, time="2025-03"),
    row("Pitufik Space Base", "located_in", "Greenland", "asserted",
        {"GRL": "touring the US Pitufik Space Base in the island's northwest"}, Fa,
        note="'the island' = Greenland, named earlier in the sentence"),
    row("JD Vance", "criticized", "Denmark", "asserted",
        {"GRL": "accused Denmark of underinvesting in the territory's security"}, T, time="2025-03"),
    row("Lars Løkke Rasmussen", "criticized", "United States", "asserted",
        {"GRL": "summoned the top US diplomat in Copenhagen to protest against reports"}, Fa, time="2025-08",
        alt_s=["Denmark"], note="protest at reports; loose"),
    row("Lars Løkke Rasmussen", "contacted", "United States", "asserted",
        {"GRL": "summoned the top US diplomat in Copenhagen"}, Fa, time="2025-08", alt_s=["Denmark"],
        note="summoning a diplomat; loose"),
    row("Denmark", "allied_with", "United States", "asserted",
        {"GRL": "Denmark and the United States have been NATO allies since 1949"}, T,
        note="durative 'since' state: no time"),
    row("United States", "member_of", "NATO", "asserted",
        {"GRL": "Denmark and the United States have been NATO allies since 1949"}, Fa, note="entailment"),
    row("Denmark", "signed_agreement_with", "United States", "asserted",
        {"GRL": "a 1951 defence agreement between Copenhagen and Washington"}, T, time="1951",
        alt_s=["Copenhagen"], note="metonymy: Copenhagen = Denmark; Washington is a US alias"),
    row("Energy Transition Minerals", "based_in", "Perth", "asserted",
        {"GRL": "Energy Transition Minerals, a company based in Perth, Australia"}, T, alt_o=["Australia"]),
    row("Perth", "located_in", "Australia", "asserted",
        {"GRL": "based in Perth, Australia"}, T),
    row("Shenghe Resources", "based_in", "China", "asserted",
        {"GRL": "Shenghe Resources, a Chinese company"}, Fa, note="adjective 'Chinese'; loose"),
    row("Kvanefjeld project", "located_in", "Narsaq", "asserted",
        {"GRL": "the Kvanefjeld project near Narsaq"}, Fa, note="'near'; loose"),
    row("Denmark", "supported", "Greenland", "asserted",
        {"GRL": "In 2018, Denmark stepped in to help finance new airports in Greenland"}, T, time="2018"),
    row("Greenland", "member_of", "European Union", "negated",
        {"GRL": "is not a member of the European Union"}, T),
    row("Greenland", "signed_agreement_with", "European Union", "asserted",
        {"GRL": "it signed a partnership on raw materials with Brussels in 2023"}, T, time="2023",
        alt_o=["Brussels"], note="metonymy: Brussels = European Union"),
    row("Denmark", "trades_with", "Greenland", "asserted",
        {"GRL": "Denmark remains Greenland's biggest trading partner"}, T),
    row("China", "imports_from", "Greenland", "asserted",
        {"GRL": "China imports large amounts of Greenland's shrimp and halibut"}, T, role="shrimp, halibut",
        note="commodity: shrimp and halibut"),
    row("Inatsisartut", "based_in", "Nuuk", "asserted",
        {"GRL": "Inatsisartut, the parliament in Nuuk"}, T),
    row("Nuuk", "capital_of", "Greenland", "asserted",
        {"GRL": "Nuuk, Greenland's capital"}, T),

    # ------------------------------------------------------------ EST (published 2025-12-04)
    row("Estonia", "signed_agreement_with", "Finland", "asserted",
        {"EST": "Estonia and Finland signed an agreement in Tallinn on Wednesday"}, T, time="2025-12-03"),
    row("Estonia", "party_to", "Gulf of Finland Coastal Defence Arrangement", "asserted",
        {"EST": "The accord, which the two governments call the Gulf of Finland Coastal Defence Arrangement"}, Fa,
        time="2025-12-03", note="group reference 'the two governments'; entailment of the signing"),
    row("Finland", "party_to", "Gulf of Finland Coastal Defence Arrangement", "asserted",
        {"EST": "The accord, which the two governments call the Gulf of Finland Coastal Defence Arrangement"}, Fa,
        time="2025-12-03", note="group reference 'the two governments'; entailment of the signing"),
    row("Hanno Pevkur", "works_for", "Estonia", "asserted",
        {"EST": "Estonian Defence Minister Hanno Pevkur"}, T, role="defence minister", note="role: defence minister"),
    row("Antti Häkkänen", "works_for", "Finland", "asserted",
        {"EST": "his Finnish counterpart, Antti Häkkänen"}, T, role="defence minister",
        note="role: defence minister ('counterpart')"),
    row("Hanno Pevkur", "met_with", "Antti Häkkänen", "asserted",
        {"EST": "said after signing it with his Finnish counterpart, Antti Häkkänen"}, Fa, time="2025-12-03",
        note="entailment of signing together"),
    row("Tallinn", "capital_of", "Estonia", "asserted",
        {"EST": "Tallinn, the Estonian capital"}, T),
    row("Antti Häkkänen", "visited", "Tallinn", "asserted",
        {"EST": "Estonia and Finland signed an agreement in Tallinn on Wednesday"}, Fa, time="2025-12-03",
        alt_o=["Estonia"], note="entailment: the Finnish minister signed in Tallinn"),
    row("Finland", "blockaded", "Russia", "negated",
        {"EST": "Finland had no intention of blockading Russian shipping"}, T,
        note="reported denial; 'Russian shipping' = Russia"),
    row("Russia", "criticized", "Finland", "reported",
        {"EST": "which Moscow has accused Helsinki of planning"}, T, alt_s=["Moscow"], alt_o=["Helsinki"],
        note="metonymy both sides"),
    row("Maria Zakharova", "threatened", "Estonia", "asserted",
        {"EST": "Maria Zakharova warned Estonia and Finland last month that Moscow would respond"}, T,
        time="2025-11", alt_s=["Russia"]),
    row("Maria Zakharova", "threatened", "Finland", "asserted",
        {"EST": "Maria Zakharova warned Estonia and Finland last month that Moscow would respond"}, T,
        time="2025-11", alt_s=["Russia"]),
    row("Maria Zakharova", "works_for", "Ministry of Foreign Affairs of Russia", "asserted",
        {"EST": "Russian Foreign Ministry spokeswoman Maria Zakharova"}, T, alt_o=["Russia"],
        role="spokeswoman", note="role: foreign ministry spokeswoman"),
    row("St Petersburg", "located_in", "Russia", "asserted",
        {"EST": "Russian ports such as St Petersburg and Ust-Luga"}, T),
    row("Ust-Luga", "located_in", "Russia", "asserted",
        {"EST": "Russian ports such as St Petersburg and Ust-Luga",
         "GOT": "the Russian port of Ust-Luga"}, T),
    row("Estonia", "borders", "Russia", "asserted",
        {"EST": "Estonia, whose eastern border with Russia runs along the Narva River"}, T),
    row("Finland", "borders", "Russia", "asserted",
        {"EST": "Finland, which shares a 1,340-kilometre frontier with Russia"}, T),
    row("Estonia", "member_of", "NATO", "asserted",
        {"EST": "are both members of NATO"}, T, note="coordinated subjects in one sentence"),
    row("Finland", "member_of", "NATO", "asserted",
        {"EST": "are both members of NATO"}, T, note="also 'Finland joined the alliance in April 2023'; static, no time"),
    row("Sweden", "member_of", "NATO", "asserted",
        {"EST": "Sweden, which joined NATO in March 2024",
         "GOT": "Sweden, which joined NATO in March 2024"}, T, note="static: joining date not a time of the relation"),
    row("Sweden", "party_to", "Gulf of Finland Coastal Defence Arrangement", "negated",
        {"EST": "is not a party to the arrangement"}, Fa,
        note="'the arrangement' named two paragraphs earlier (coreference); polarity trap"),
    row("Sweden", "candidate_for", "Gulf of Finland Coastal Defence Arrangement", "hedged",
        {"EST": "Pevkur said Stockholm could join it next year"}, Fa, time="2026", alt_s=["Stockholm"],
        note="metonymy: Stockholm = Sweden; 'it' = the arrangement by coreference; polarity trap beside 'is not a party'"),
    row("Petteri Orpo", "head_of", "Finland", "asserted",
        {"EST": "Finnish Prime Minister Petteri Orpo"}, T, role="prime minister", note="role: prime minister"),
    row("Kristen Michal", "visited", "Helsinki", "planned",
        {"EST": "who is due to visit Helsinki in January"}, T, time="2026-01", alt_o=["Finland"]),
    row("Estonia", "gained_independence_from", "Soviet Union", "asserted",
        {"EST": "when Estonia restored its independence from the Soviet Union"}, T, time="1991"),
    row("Baltic Fleet", "based_in", "Kaliningrad", "asserted",
        {"EST": "Russia's Baltic Fleet, which is headquartered in Kaliningrad"}, T),
    row("Kaliningrad", "located_in", "Russia", "asserted",
        {"EST": "Russia's Baltic Fleet, which is headquartered in Kaliningrad"}, Fa, note="inferred; not stated"),
    row("Estonia", "contacted", "NATO", "asserted",
        {"EST": "Estonia requested consultations with its NATO allies under Article 4"}, Fa, time="2025-09",
        note="request for Article 4 consultations; loose reading"),
    row("Finland", "imports_from", "Israel", "hedged",
        {"EST": "Finland may also buy additional missiles from Israel"}, T, role="missiles",
        note="commodity: missiles; possible purchase"),
    row("Finland", "imports_from", "Israel", "asserted",
        {"EST": "whose defence industry supplies the Finnish navy"}, Fa, role="defence equipment",
        note="relative clause: Israel's industry already supplies the navy; loose"),

    # ------------------------------------------------------------ PNG (published 2026-02-12)
    row("Papua New Guinea", "signed_agreement_with", "China", "negated",
        {"PNG": "Papua New Guinea declined to sign a policing cooperation agreement with China"}, T),
    row("Wang Xiaohong", "visited", "Port Moresby", "asserted",
        {"PNG": "a visit to Port Moresby this week by Wang Xiaohong"}, T, time="2026-02",
        alt_o=["Papua New Guinea"], note="arrived Tuesday 2026-02-10"),
    row("Wang Xiaohong", "works_for", "China", "asserted",
        {"PNG": "Wang Xiaohong, China's Minister of Public Security"}, T, role="Minister of Public Security",
        note="role: Minister of Public Security"),
    row("Papua New Guinea", "signed_agreement_with", "Australia", "asserted",
        {"PNG": "the defence treaty the Pacific nation signed with Australia last year"}, T, time="2025",
        note="the Pukpuk Treaty, signed in October 2025"),
    row("Wang Xiaohong", "met_with", "David Manning", "reported",
        {"PNG": "held talks with Police Commissioner David Manning"}, T, time="2026-02-10"),
    row("Wang Xiaohong", "met_with", "John Rosso", "reported",
        {"PNG": "held talks with Police Commissioner David Manning and Deputy Prime Minister John Rosso"}, T,
        time="2026-02-10"),
    row("David Manning", "head_of", "Royal Papua New Guinea Constabulary", "asserted",
        {"PNG": "Police Commissioner David Manning"}, Fa, alt_p=["works_for"], alt_o=["Papua New Guinea"],
        role="police commissioner", note="role: police commissioner; force named later in the sentence"),
    row("John Rosso", "works_for", "Papua New Guinea", "asserted",
        {"PNG": "Deputy Prime Minister John Rosso"}, Fa, role="deputy prime minister",
        note="role: deputy prime minister; country from context"),
    row("China", "supported", "Papua New Guinea", "planned",
        {"PNG": "China offered to build a police training college in Lae"}, Fa,
        note="an offer, not delivered; object implicit"),
    row("James Marape", "head_of", "Papua New Guinea", "asserted",
        {"PNG": "Papua New Guinea's Prime Minister James Marape"}, T, role="prime minister", note="role: prime minister"),
    row("James Marape", "met_with", "Wang Xiaohong", "negated",
        {"PNG": "did not meet Wang"}, T),
    row("Papua New Guinea", "allied_with", "Australia", "reported",
        {"PNG": "its \"security partner of choice is Australia\""}, T),
    row("Papua New Guinea", "allied_with", "China", "reported",
        {"PNG": "Papua New Guinea \"remains a friend of China\""}, Fa, note="'a friend'; loose reading of close ties"),
    row("Papua New Guinea", "party_to", "Pukpuk Treaty", "asserted",
        {"PNG": "The Pukpuk Treaty, signed by Marape and Australian Prime Minister Anthony Albanese in Canberra last October"}, Fa,
        time="2025-10", note="entailment: signed by its prime minister"),
    row("Australia", "party_to", "Pukpuk Treaty", "asserted",
        {"PNG": "The Pukpuk Treaty, signed by Marape and Australian Prime Minister Anthony Albanese in Canberra last October"}, Fa,
        time="2025-10", note="entailment: signed by its prime minister"),
    row("James Marape", "visited", "Canberra", "asserted",
        {"PNG": "signed by Marape and Australian Prime Minister Anthony Albanese in Canberra last October"}, Fa,
        time="2025-10", alt_o=["Australia"], note="entailment of signing in Canberra"),
    row("Richard Marles", "works_for", "Australia", "asserted",
        {"PNG": "Australia's Deputy Prime Minister and Defence Minister Richard Marles"}, T,
        role="deputy prime minister and defence minister", note="role: deputy prime minister, defence minister"),
    row("Richard Marles", "contacted", "James Marape", "reported",
        {"PNG": "spoke to Marape by phone on Monday"}, T, time="2026-02-09"),
    row("Chinese Embassy in Papua New Guinea", "based_in", "Port Moresby", "asserted",
        {"PNG": "The Chinese embassy in Port Moresby"}, T),
    row("Chinese Embassy in Papua New Guinea", "criticized", "Australia", "asserted",
        {"PNG": "accused Canberra of trying to \"draw lines\" in the region"}, T, alt_s=["China"],
        alt_o=["Canberra"], note="metonymy: Canberra = Australia"),
    row("Wang Xiaohong", "visited", "Honiara", "hedged",
        {"PNG": "Wang was expected to travel on to Honiara on Friday"}, T, time="2026-02-13",
        alt_o=["Solomon Islands"]),
    row("Solomon Islands", "recognizes", "China", "asserted",
        {"PNG": "Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019"}, T, time="2019",
        alt_o=["Beijing"], note="metonymy: Beijing = China"),
    row("Solomon Islands", "signed_agreement_with", "China", "asserted",
        {"PNG": "signed a security agreement with China in 2022"}, T, time="2022"),
    row("China", "supported", "Solomon Islands", "asserted",
        {"PNG": "Chinese police officers have trained their Solomon Islands counterparts since then"}, Fa,
        note="police training; loose"),
    row("Papua New Guinea", "diplomatic_relations_with", "China", "asserted",
        {"PNG": "Papua New Guinea established diplomatic relations with China in 1976"}, T, time="1976"),
    row("Papua New Guinea", "gained_independence_from", "Australia", "asserted",
        {"PNG": "a year after it gained independence from Australia"}, T, time="1975",
        note="'a year after' 1976"),
    row("Papua New Guinea", "diplomatic_relations_with", "Taiwan", "negated",
        {"PNG": "has no diplomatic relations with Taiwan"}, T),
    row("China", "imports_from", "Papua New Guinea", "asserted",
        {"PNG": "China is now one of the largest buyers of the country's liquefied natural gas, timber and nickel"}, Fa,
        role="LNG, timber, nickel", note="commodity: LNG, timber, nickel; 'the country' by coreference"),
    row("Ramu nickel mine", "located_in", "Madang Province", "asserted",
        {"PNG": "the Chinese-owned Ramu nickel mine in Madang province"}, T),
    row("Japan", "took_control_of", "Rabaul", "asserted",
        {"PNG": "Japanese forces captured Rabaul"}, T, time="1942-01"),
    row("Rabaul", "located_in", "New Britain", "asserted",
        {"PNG": "Rabaul, on the island of New Britain"}, T),
    row("Australia", "in_conflict_with", "Japan", "asserted",
        {"PNG": "Australian and Papua New Guinean troops fought Japan along the Kokoda Track later that year"}, Fa,
        time="1942", note="troops fought; 'later that year' = 1942"),
    row("Papua New Guinea", "in_conflict_with", "Japan", "asserted",
        {"PNG": "Australian and Papua New Guinean troops fought Japan along the Kokoda Track later that year"}, Fa,
        time="1942", note="anachronistic reading (a territory in 1942); loose"),
    row("Papua New Guinea", "candidate_for", "ASEAN", "asserted",
        {"PNG": "has long sought full membership of the Southeast Asian bloc"}, T,
        note="durative; observer since 1976"),
    row("James Marape", "visited", "Jakarta", "hedged",
        {"PNG": "Marape is expected to raise the bid again when he visits Jakarta in March"}, T, time="2026-03"),
    row("Bougainville", "seceded_from", "Papua New Guinea", "negated",
        {"PNG": "has not broken away from Papua New Guinea"}, T),
    row("Bougainville", "located_in", "Papua New Guinea", "asserted",
        {"PNG": "Bougainville, the autonomous region that voted for independence"}, Fa,
        note="entailment: autonomous region of the country"),

    # ------------------------------------------------------------ GOT (published 2026-03-05)
    row("Slite", "located_in", "Gotland", "asserted",
        {"GOT": "near Slite, on Gotland's east coast"}, T),
    row("Gotland", "located_in", "Sweden", "asserted",
        {"GOT": "Swedish authorities detained a bulk carrier off Gotland"}, Fa, note="inferred from 'Swedish authorities'"),
    row("Hiiu Fibre", "based_in", "Kärdla", "asserted",
        {"GOT": "Hiiu Fibre, an Estonian company based in Kärdla"}, T),
    row("Hiiu Fibre", "based_in", "Estonia", "asserted",
        {"GOT": "Hiiu Fibre, an Estonian company based in Kärdla"}, Fa, note="adjective 'Estonian'"),
    row("Kärdla", "located_in", "Hiiumaa", "asserted",
        {"GOT": "Kärdla on the island of Hiiumaa"}, T),
    row("Hiiumaa", "located_in", "Estonia", "asserted",
        {"GOT": "an Estonian company based in Kärdla on the island of Hiiumaa"}, Fa, note="inferred"),
    row("Sweden", "contacted", "Malta", "reported",
        {"GOT": "Swedish officials contacted Malta"}, T, note="'Swedish officials' = Sweden"),
    row("Sergei Orlov", "citizen_of", "Russia", "reported",
        {"GOT": "Sergei Orlov, a Russian citizen"}, T),
    row("Ulf Kristersson", "head_of", "Sweden", "asserted",
        {"GOT": "Prime Minister Ulf Kristersson said Sweden"}, T, role="prime minister", note="role: prime minister"),
    row("Ulf Kristersson", "contacted", "Kristen Michal", "asserted",
        {"GOT": "spoke by phone with his Estonian counterpart, Kristen Michal, on Wednesday evening"}, T,
        time="2026-03-04"),
    row("Margus Tsahkna", "works_for", "Estonia", "asserted",
        {"GOT": "Estonian Foreign Minister Margus Tsahkna"}, T, role="foreign minister", note="role: foreign minister"),
    row("Russia", "attacked", "HG-1 cable", "hedged",
        {"GOT": "that Russia had damaged the HG-1 cable deliberately"}, T, alt_s=["Margus Tsahkna"],
        note="'highly likely' (Tsahkna); polarity trap beside the embassy's denial"),
    row("Margus Tsahkna", "criticized", "Russia", "asserted",
        {"GOT": "he accused Moscow of waging a hybrid campaign"}, Fa, alt_o=["Moscow"],
        note="metonymy: Moscow = Russia; subject 'he' by coreference"),
    row("Russian Embassy in Sweden", "based_in", "Stockholm", "asserted",
        {"GOT": "The Russian embassy in Stockholm"}, T),
    row("Russia", "attacked", "HG-1 cable", "negated",
        {"GOT": "Russia had \"nothing to do\" with the damage to the cable"}, T,
        alt_s=["Russian Embassy in Sweden"], note="reported denial"),
    row("Russian Embassy in Sweden", "criticized", "Margus Tsahkna", "asserted",
        {"GOT": "The Russian embassy in Stockholm rejected the accusation"}, Fa, alt_o=["Estonia"],
        note="rejecting Tsahkna's accusation; object by coreference"),
    row("Carl-Oskar Bohlin", "works_for", "Sweden", "asserted",
        {"GOT": "Carl-Oskar Bohlin, Sweden's minister for civil defence"}, T,
        role="minister for civil defence", note="role: minister for civil defence"),
    row("Sweden", "signed_agreement_with", "Estonia", "planned",
        {"GOT": "Sweden and Estonia planned to sign an agreement on protecting undersea infrastructure"}, T,
        alt_s=["Carl-Oskar Bohlin"], note="planned before the summer"),
    row("Mark Rutte", "head_of", "NATO", "asserted",
        {"GOT": "NATO Secretary General Mark Rutte"}, T, role="secretary general", note="role: secretary general"),
    row("European Union", "sanctioned", "Russia", "planned",
        {"GOT": "Estonia would push for new European Union sanctions against Russia's shadow fleet"}, Fa,
        alt_s=["Estonia"], note="sanctions sought by Estonia; loose"),
    # ------------------------------------------------------------ further rows (loose readings and late additions)
    row("Aisake Eke", "negotiating_with", "Li Qiang", "reported",
        {"TON": "raised the debt with Chinese Premier Li Qiang"}, Fa, note="raising the debt in a meeting; loose"),
    row("Tonga", "negotiating_with", "China", "reported",
        {"TON": "as part of the talks"}, Fa, note="'the talks' with China, by coreference"),
    row("Export-Import Bank of China", "supported", "Tonga", "asserted",
        {"TON": "to stretch out repayments on two loans"}, Fa, note="lender of the two loans; loose"),
    row("Tonga", "member_of", "Pacific Islands Forum", "asserted",
        {"TON": "Tonga, a member of the Pacific Islands Forum"}, T),
    row("Tonga", "contacted", "Pacific Islands Forum", "planned",
        {"TON": "also plans to ask Forum leaders to back a regional facility"}, Fa,
        note="plans to ask the Forum's leaders; loose"),
    row("Vanuatu", "in_conflict_with", "France", "asserted",
        {"NCL": "Port Vila, which disputes France's claim to the uninhabited Matthew and Hunter islands"}, Fa,
        alt_s=["Port Vila"], note="territorial dispute; metonymy Port Vila = Vanuatu; loose reading of in_conflict_with"),
    row("Australia", "supported", "Vanuatu", "asserted",
        {"VAN": "We are grateful to Canberra and Wellington"}, Fa, alt_s=["Canberra"],
        note="gratitude implies help; loose"),
    row("New Zealand", "supported", "Vanuatu", "asserted",
        {"VAN": "We are grateful to Canberra and Wellington"}, Fa, alt_s=["Wellington"],
        note="gratitude implies help; loose"),
    row("Critical Metals Corp", "based_in", "New York", "asserted",
        {"GRL": "New York-listed Critical Metals Corp"}, Fa, note="listing place read as seat; loose"),
    row("Naleraq", "criticized", "Denmark", "asserted",
        {"GRL": "criticised the deal as \"a new Danish veto dressed up as self-rule\""}, Fa,
        note="criticism of the deal as a Danish veto; loose"),
    row("Estonia", "allied_with", "Finland", "asserted",
        {"EST": "the most important step in our defence cooperation since 1991"}, Fa,
        note="defence cooperation; group 'our'; loose"),
    row("Papua New Guinea", "trades_with", "China", "asserted",
        {"PNG": "China is now one of the largest buyers of the country's liquefied natural gas"}, Fa,
        note="entailment of the imports row; 'the country' by coreference"),
    row("James Marape", "met_with", "Anthony Albanese", "asserted",
        {"PNG": "signed by Marape and Australian Prime Minister Anthony Albanese in Canberra last October"}, Fa,
        time="2025-10", note="entailment of signing together"),
    row("Sweden", "supported", "NATO", "asserted",
        {"GOT": "already contributes two corvettes to the mission"}, Fa,
        note="contribution to Baltic Sentry; subject by coreference"),
    row("NATO", "supported", "Sweden", "planned",
        {"GOT": "the alliance would send additional ships to the area"}, Fa, alt_s=["Mark Rutte"],
        note="'the alliance' = NATO; object implicit; loose"),
    row("Nuku'alofa", "located_in", "Tonga", "asserted",
        {"TON": "Nuku'alofa, the capital of Tonga"}, Fa, note="entailment of capital_of"),
    row("Nouméa", "located_in", "New Caledonia", "asserted",
        {"NCL": "Nouméa, the territory's capital"}, Fa, note="entailment of capital_of"),
    row("Yves Marchand", "works_for", "France", "asserted",
        {"NCL": "General Yves Marchand, who commands the French Armed Forces in New Caledonia"}, Fa,
        role="commander", note="a French commander; loose"),
    row("Port Vila", "located_in", "Vanuatu", "asserted",
        {"VAN": "Vanuatu's capital, Port Vila"}, Fa, note="entailment of capital_of"),
    row("Luganville", "located_in", "Vanuatu", "asserted",
        {"VAN": "Ruben Tari, a 29-year-old who lives in Luganville on Espiritu Santo"}, Fa,
        note="a town in the country of the story; inferred"),
    row("Nuuk", "located_in", "Greenland", "asserted",
        {"GRL": "Nuuk, Greenland's capital"}, Fa, note="entailment of capital_of"),
    row("Kvanefjeld project", "located_in", "Greenland", "asserted",
        {"GRL": "the Kvanefjeld project near Narsaq"}, Fa, note="Greenland only from context"),
    row("Tallinn", "located_in", "Estonia", "asserted",
        {"EST": "Tallinn, the Estonian capital"}, Fa, note="entailment of capital_of"),
    row("Madang Province", "located_in", "Papua New Guinea", "asserted",
        {"PNG": "the Chinese-owned Ramu nickel mine in Madang province"}, Fa, note="province of 'the country'; inferred"),
    row("Kärdla", "located_in", "Estonia", "asserted",
        {"GOT": "Hiiu Fibre, an Estonian company based in Kärdla"}, Fa, note="inferred through Hiiumaa"),
]


# ---------------------------------------------------------------- helpers
def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def clean(page, kind):
    if kind == "html":
        return html.unescape(re.sub(r"<[^>]+>", "", page))
    return page


def load_doc(key):
    fname, kind, title, published = DOCS[key]
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    text = clean(raw, kind)
    if kind == "wire":
        m = re.search(r"^\(Reporting by .*\)\s*$", text, re.M)
        if not m:
            raise SystemExit(f"{fname}: no credit line")
        start, end = 0, m.start()
        mt = re.match(r"^([A-Z' ]+), ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ", text)
        if not mt:
            raise SystemExit(f"{fname}: bad dateline")
    elif kind == "newspaper":
        lines = text.split("\n")
        if not lines[1].startswith("Published: ") or not lines[2].startswith("By "):
            raise SystemExit(f"{fname}: bad newspaper header")
        title = lines[0]
        published = lines[1][len("Published: "):].strip()
        start = text.index("\n\n") + 2
        end = len(text.rstrip("\n"))
    else:
        i = raw.index('<div class="article-body">')
        j = raw.index("</div>", i)
        start = len(clean(raw[:i], kind))
        end = len(clean(raw[:j], kind))
        title = html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1)).strip()
        published = re.search(r'<time datetime="([0-9-]+)"', raw).group(1)
    return dict(key=key, fname=fname, kind=kind, text=text, start=start, end=end,
                title=title, published=published)


BOUNDARY = re.compile(r"\n+|(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c(]?[A-Z0-9])")


def sentences(doc):
    body = doc["text"][doc["start"]:doc["end"]]
    out, pos = [], 0
    for m in BOUNDARY.finditer(body):
        seg_end = m.start()
        # keep a closing quote with its sentence
        if body[m.start():m.start() + 1] in "\"\u201d":
            seg_end = m.start() + 1
        if seg_end > pos:
            out.append((doc["start"] + pos, doc["start"] + seg_end))
        pos = m.end()
    if pos < len(body):
        out.append((doc["start"] + pos, doc["start"] + len(body)))
    res = []
    for a, b in out:
        seg = doc["text"][a:b]
        lead = len(seg) - len(seg.lstrip())
        seg2 = seg.strip()
        if seg2:
            res.append((a + lead, a + lead + len(seg2)))
    return res


def occurs(names, body):
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", body, re.I):
            return True
    return False


def main():
    errors = []
    ents = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if typ not in TYPES:
            errors.append(f"entity {name}: bad type {typ}")
        if name in ents:
            errors.append(f"entity {name} defined twice")
        ents[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} belongs to {alias_owner[k]} and {name}")
            alias_owner[k] = name

    docs = {k: load_doc(k) for k in DOCS}
    sents = {k: sentences(d) for k, d in docs.items()}

    seen_units = {}
    used = set()
    triples, selfcheck = [], []
    for n, r in enumerate(ROWS, 1):
        tag = f"row {n} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        p = r["p"]
        if p not in SIG:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POLARITY:
            errors.append(f"{tag}: bad modality")
            continue
        for p2 in r["alt_p"]:
            if p2 not in SIG:
                errors.append(f"{tag}: unknown alt predicate {p2}")
        for x in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if x not in ents:
                errors.append(f"{tag}: unknown entity {x}")
        if any(x not in ents for x in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]):
            continue
        st, ot = ents[r["s"]][0], ents[r["o"]][0]
        sig_s, sig_o = SIG[p]
        if st not in sig_s or ot not in sig_o:
            errors.append(f"{tag}: signature {p} does not take {st} -> {ot}")
        for p2 in [p] + r["alt_p"]:
            a_s, a_o = SIG[p2]
            for x in r["alt_s"]:
                t = ents[x][0]
                if t not in a_s and not (t == "City" and "Country" in a_s) and not (t == "Person" and "Country" in a_s):
                    errors.append(f"{tag}: alt_s {x} ({t}) breaks {p2}")
            for x in r["alt_o"]:
                t = ents[x][0]
                if t not in a_o and not (t == "City" and ("Country" in a_o or "Organization" in a_o)):
                    errors.append(f"{tag}: alt_o {x} ({t}) breaks {p2}")
        if r["time"] is not None:
            if p in STATIC:
                errors.append(f"{tag}: static relation carries a time")
            if not TIME_RE.match(r["time"]):
                errors.append(f"{tag}: bad time {r['time']}")
        if not isinstance(r["required"], bool):
            errors.append(f"{tag}: required must be bool")
        pol = POLARITY[r["modality"]]
        s, o = r["s"], r["o"]
        if p in SYMMETRIC and s > o:
            s, o = o, s
        unit = (s, p, o, pol)
        if unit in seen_units:
            errors.append(f"{tag}: unit repeats row {seen_units[unit]}")
        seen_units[unit] = n
        if not r["ev"]:
            errors.append(f"{tag}: no evidence")
        for key, phrase in r["ev"].items():
            if key not in docs:
                errors.append(f"{tag}: unknown doc {key}")
                continue
            d = docs[key]
            body = d["text"][d["start"]:d["end"]]
            idx = body.find(phrase)
            if idx < 0:
                errors.append(f"{tag}: evidence not in body of {d['fname']}: {phrase!r}")
                continue
            a = d["start"] + idx
            b = a + len(phrase)
            sent = [(x, y) for x, y in sents[key] if x <= a and b <= y]
            if not sent:
                errors.append(f"{tag}: evidence crosses a sentence boundary in {d['fname']}: {phrase!r}")
                continue
            sa, sb = sent[0]
            for x in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
                if not occurs([x] + ents[x][1], body):
                    errors.append(f"{tag}: {x} never occurs in {d['fname']}")
            selfcheck.append({
                "subject": r["s"], "subject_type": st, "predicate": p,
                "object": r["o"], "object_type": ot, "modality": r["modality"],
                "time": r["time"] or "", "role": r["role"], "confidence": 1.0,
                "source": "corpus/" + d["fname"], "title": d["title"] or "",
                "published": d["published"] or "", "sentence": d["text"][sa:sb],
                "start": sa, "end": sb, "rule": "gold"})
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        t = {"s": r["s"], "p": p, "o": r["o"],
             "docs": [docs[k]["fname"] for k in r["ev"] if k in docs],
             "modality": r["modality"]}
        if r["time"]:
            t["time"] = r["time"]
        t["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                t[k] = r[k]
        note = r["note"]
        if r["role"] and ("role" not in note and "commodity" not in note):
            note = (f"role: {r['role']}; " + note).strip("; ")
        t["note"] = note or "; ".join(f"{docs[k]['fname'][:2]}: '{v}'" for k, v in r["ev"].items())
        triples.append(t)

    unused = [n for n in ents if n not in used]
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            if name in used:
                f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in selfcheck:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        n = len(triples)
        req = sum(t["required"] for t in triples)
        pol = Counter(POLARITY[t["modality"]] for t in triples)
        mod = Counter(t["modality"] for t in triples)
        preds = Counter(t["p"] for t in triples)
        etypes = Counter(ents[x][0] for x in used)
        per_doc = Counter()
        per_doc_req = Counter()
        for t in triples:
            for d in t["docs"]:
                per_doc[d] += 1
                per_doc_req[d] += t["required"]
        print(f"rows: {n}  required: {req} ({req / n:.0%})  statements: {len(selfcheck)}")
        print("polarity:", dict(pol))
        print("modality:", dict(mod))
        print(f"entities: {len(used)}", dict(etypes))
        if unused:
            print("defined but unused (not written):", unused)
        print(f"predicates ({len(preds)}):", dict(sorted(preds.items())))
        print("timed rows:", sum(1 for t in triples if t.get("time")))
        for k, d in docs.items():
            words = len(d["text"][d["start"]:d["end"]].split())
            print(f"  {d['fname']}: {per_doc[d['fname']]} facts ({per_doc_req[d['fname']]} required), {words} words, published {d['published'] or '-'}")


if __name__ == "__main__":
    main()
