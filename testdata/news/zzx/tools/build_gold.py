#!/usr/bin/env python3
"""Build the gold of news set zzx.

Holds the entities and the annotated rows as Python data and writes, into the
set's folder (the parent of tools/):

- entities.jsonl   {"name", "type", "aliases"}
- triples.jsonl    {"s", "p", "o", "docs", "modality", "time"?, "required",
                    "alt_s"?, "alt_p"?, "alt_o"?, "note"?}
- selfcheck_statements.jsonl  the gold as `kg export --format jsonl` would
                    print it, one statement per row and document, for the
                    scorer's self-check.

One ROWS entry is one (document, fact). Entries of several documents that
are the same unit for the scorer (subject, predicate, object, polarity;
symmetric predicates unordered) are merged into one triples.jsonl line with
all their documents. Checks (any failure stops the build):

- every predicate is one of SCHEMA.md's 34 and the subject and object types
  are those SCHEMA.md allows; every modality is one of the five;
- every subject, object and alt_* is a defined entity; no alias is shared by
  two entities; every document exists and is dated on or before 2026-11-22;
- every evidence string occurs inside one sentence of the article text of its
  document (never only in banner, nav, asides, newsletter, footer, bylines);
- no (document, unit) twice; merged entries agree on time and `required`;
- times are ISO prefixes; negated rows and static predicates carry no time;
- all 34 predicates are used.

Usage: python3 -B tools/build_gold.py
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/shared/SCHEMA.md"
sys.path.insert(0, HERE)
import textutil  # noqa: E402

REF_DAY = "2026-11-22"
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in",
          "based_in", "located_in", "capital_of", "borders",
          "diplomatic_relations_with", "allied_with"}

# ---------------------------------------------------------------- documents

DOCS = OrderedDict([
    ("01", ("zzx01-caspian-container-compact.txt", "2025-10-16", "Meridian",
            "Kazakhstan and Azerbaijan agree to double Caspian container traffic; Turkmenistan stays out")),
    ("02", ("zzx02-georgia-anaklia-port.txt", "2026-03-05", "Meridian",
            "Georgia presses ahead with Chinese-built Anaklia port despite EU objections")),
    ("03", ("zzx03-bioko-tanker-kidnapping.txt", "2025-11-20", "Meridian",
            "Pirates kidnap six from tanker off Equatorial Guinea; French ship joins search")),
    ("04", ("zzx04-uzbekistan-two-corridors.txt", "2026-05-12", "",
            "Doubly landlocked Uzbekistan bets on the Caspian - and on China's new railway")),
    ("05", ("zzx05-gabon-equatorial-guinea-mbanie-talks.txt", "2026-02-10", "",
            "Gabon and Equatorial Guinea open talks on sharing the seas around Mbanié")),
    ("06", ("zzx06-eccas-brazzaville-security.txt", "2025-12-03", "",
            "Central African defence ministers meet in Brazzaville as Cameroon blames separatists for chief's killing")),
    ("07", ("zzx07-eu-caspian-cable-money.html", "2026-09-24", "The Steppe Ledger",
            "EU pledges money for Caspian ports and cable as Kazakhstan looks past Russian pipeline")),
    ("08", ("zzx08-france-sao-tome-maritime-pact.html", "2026-06-18", "Gulf Coast Monitor",
            "France and São Tomé and Príncipe sign maritime security pact")),
])

# ---------------------------------------------------------------- entities

P, C, O, CI, R, A, F = ("Person", "Country", "Organization", "City", "Region",
                        "Agreement", "Facility")

ENTITIES = [
    # people, cluster A
    ("Kassym-Jomart Tokayev", P, ["Tokayev", "President Kassym-Jomart Tokayev", "Kazakh President Kassym-Jomart Tokayev"]),
    ("Olzhas Bektenov", P, ["Bektenov", "Prime Minister Olzhas Bektenov", "Kazakh Prime Minister Olzhas Bektenov"]),
    ("Ilham Aliyev", P, ["Aliyev", "President Ilham Aliyev", "Azerbaijani President Ilham Aliyev"]),
    ("Ali Asadov", P, ["Asadov"]),
    ("Donald Trump", P, ["Trump", "President Donald Trump", "U.S. President Donald Trump"]),
    ("Daniyar Seitkali", P, ["Seitkali"]),
    ("Irakli Kobakhidze", P, ["Kobakhidze", "Prime Minister Irakli Kobakhidze"]),
    ("Liu Qiang", P, ["Liu"]),
    ("Kaja Kallas", P, ["Kallas"]),
    ("Bidzina Ivanishvili", P, ["Ivanishvili"]),
    ("Maka Botchorishvili", P, ["Botchorishvili", "Foreign Minister Maka Botchorishvili"]),
    ("Shavkat Mirziyoyev", P, ["Mirziyoyev", "President Shavkat Mirziyoyev", "Uzbek President Shavkat Mirziyoyev"]),
    ("Serdar Berdimuhamedov", P, ["Berdimuhamedov", "President Serdar Berdimuhamedov"]),
    ("Gurbanguly Berdimuhamedov", P, ["Gurbanguly"]),
    ("Bakhtiyor Saidov", P, ["Saidov", "Foreign Minister Bakhtiyor Saidov"]),
    ("Farrukh Tursunov", P, ["Tursunov"]),
    ("Jozef Síkela", P, ["Síkela", "Sikela", "Jozef Sikela", "Commissioner Jozef Síkela"]),
    ("Hikmet Hajiyev", P, ["Hajiyev"]),
    ("Ursula von der Leyen", P, ["von der Leyen", "Ursula von der Leyen"]),
    ("Maria Zakharova", P, ["Zakharova"]),
    ("Aida Nurmagambetova", P, ["Nurmagambetova"]),
    # people, cluster B
    ("Tomasz Zielinski", P, ["Zielinski"]),
    ("Kwesi Boateng", P, ["Boateng"]),
    ("Carlos Vila Nova", P, ["Vila Nova", "President Carlos Vila Nova"]),
    ("Teodoro Obiang Nguema Mbasogo", P, ["Obiang", "Teodoro Obiang", "President Teodoro Obiang Nguema Mbasogo"]),
    ("Brice Clotaire Oligui Nguema", P, ["Oligui Nguema", "Oligui", "Brice Oligui Nguema"]),
    ("Ghislain Moussavou", P, ["Moussavou"]),
    ("Teodoro Nguema Obiang Mangue", P, ["Teodorin", "Teodorín", "Teodorin Nguema Obiang"]),
    ("Ekema Mbella", P, ["Chief Ekema Mbella", "Mbella"]),
    ("Cyrille Serge Atonfack Guemo", P, ["Atonfack Guemo", "Atonfack", "Colonel Cyrille Serge Atonfack Guemo"]),
    ("Lucas Ayaba Cho", P, ["Ayaba Cho", "Ayaba"]),
    ("Anatole Collinet Makosso", P, ["Collinet Makosso", "Makosso"]),
    ("Denis Sassou Nguesso", P, ["Sassou Nguesso", "Sassou"]),
    ("Jean-Claude Gakosso", P, ["Gakosso"]),
    ("Paul Biya", P, ["Biya"]),
    ("Hugues Leclerc", P, ["Leclerc", "Rear Admiral Hugues Leclerc"]),
    ("Emmanuel Macron", P, ["Macron", "President Emmanuel Macron"]),
    # countries
    ("Kazakhstan", C, ["Republic of Kazakhstan", "Kazakh government"]),
    ("Azerbaijan", C, ["Republic of Azerbaijan", "Azerbaijani government"]),
    ("Turkmenistan", C, ["Turkmen government"]),
    ("Uzbekistan", C, ["Republic of Uzbekistan", "Uzbek government"]),
    ("Kyrgyzstan", C, ["Kyrgyz Republic"]),
    ("Tajikistan", C, []),
    ("Afghanistan", C, []),
    ("Russia", C, ["Russian Federation", "Moscow"]),
    ("China", C, ["People's Republic of China", "PRC", "Beijing"]),
    ("Ukraine", C, []),
    ("Armenia", C, []),
    ("Georgia", C, ["Georgian government"]),
    ("Turkey", C, ["Türkiye", "Turkiye"]),
    ("United States", C, ["U.S.", "US", "USA", "United States of America", "Washington"]),
    ("Italy", C, []),
    ("Soviet Union", C, ["USSR"]),
    ("Equatorial Guinea", C, ["Equatoguinean government", "Republic of Equatorial Guinea"]),
    ("Gabon", C, ["Gabonese government", "Gabonese Republic"]),
    ("Cameroon", C, ["Cameroonian government", "Republic of Cameroon"]),
    ("Republic of the Congo", C, ["Congo", "Congo-Brazzaville", "Congo Republic", "Congolese government"]),
    ("Democratic Republic of the Congo", C, ["DRC", "DR Congo", "Congo-Kinshasa"]),
    ("São Tomé and Príncipe", C, ["Sao Tome and Principe", "São Tomé & Príncipe", "STP"]),
    ("Nigeria", C, []),
    ("France", C, ["French Republic"]),
    ("Spain", C, []),
    ("Portugal", C, []),
    ("United Kingdom", C, ["Britain", "UK", "U.K.", "Great Britain"]),
    ("Poland", C, []),
    ("Ghana", C, []),
    ("Taiwan", C, ["Republic of China"]),
    ("Norway", C, []),
    # organizations
    ("European Union", O, ["EU", "bloc", "Brussels"]),
    ("European Commission", O, ["Commission"]),
    ("Kazakhstan Temir Zholy", O, ["KTZ"]),
    ("AzerTelecom", O, []),
    ("Kazakhtelecom", O, []),
    ("China Communications Construction Company", O, ["CCCC"]),
    ("Georgian Dream", O, ["Georgian Dream party"]),
    ("Georgian Railway", O, []),
    ("Halk Maslahaty", O, []),
    ("Eurasian Economic Union", O, ["EAEU", "Eurasian bloc"]),
    ("World Trade Organization", O, ["WTO"]),
    ("French Navy", O, ["French navy"]),
    ("Kallisto Maritime", O, ["Kallisto"]),
    ("Multinational Maritime Coordination Centre for Zone D", O, ["Zone D coordination centre", "MMCC Zone D"]),
    ("Interregional Coordination Centre", O, ["ICC"]),
    ("IMB Piracy Reporting Centre", O, ["Piracy Reporting Centre"]),
    ("International Court of Justice", O, ["ICJ"]),
    ("OPEC", O, ["Organization of the Petroleum Exporting Countries"]),
    ("ECCAS", O, ["Economic Community of Central African States"]),
    ("Ambazonia Defence Forces", O, ["ADF"]),
    ("Ambazonia Governing Council", O, ["AGovC"]),
    ("CRESMAC", O, ["Regional Centre for Maritime Security in Central Africa"]),
    ("CPLP", O, ["Community of Portuguese Language Countries"]),
    ("Joint Development Authority", O, ["Nigeria-Sao Tome and Principe Joint Development Authority"]),
    # facilities
    ("Port of Baku", F, ["Baku port", "Baku International Sea Trade Port"]),
    ("Port of Anaklia", F, ["Anaklia port", "Anaklia deep-water port"]),
    ("Kropotkinskaya pumping station", F, ["Kropotkinskaya"]),
    # regions
    ("Central Asia", R, []),
    ("Nagorno-Karabakh", R, ["Karabakh", "Nagorno Karabakh"]),
    ("Abkhazia", R, []),
    ("South Ossetia", R, []),
    ("Bioko", R, ["Bioko island"]),
    ("Niger Delta", R, []),
    ("Mbanié", R, ["Mbanie", "Mbanié island"]),
    ("South-West Region", R, ["South-West region", "Southwest Region"]),
    ("Bakassi Peninsula", R, ["Bakassi", "Bakassi peninsula"]),
    # cities
    ("Aktau", CI, []), ("Baku", CI, []), ("Alat", CI, []),
    ("Turkmenbashi", CI, []), ("Anaklia", CI, []), ("Poti", CI, []),
    ("Batumi", CI, []), ("Ashgabat", CI, []), ("Tashkent", CI, []),
    ("Samarkand", CI, []), ("Astana", CI, []), ("Novorossiysk", CI, []),
    ("Almaty", CI, []), ("Malabo", CI, []), ("Piraeus", CI, []),
    ("Takoradi", CI, []), ("Douala", CI, []), ("Yaoundé", CI, ["Yaounde"]),
    ("Kuala Lumpur", CI, []), ("Libreville", CI, []), ("The Hague", CI, ["Hague"]),
    ("Bata", CI, []), ("Limbe", CI, []), ("Brazzaville", CI, []),
    ("Kinshasa", CI, []), ("Pointe-Noire", CI, []), ("São Tomé", CI, ["Sao Tome"]),
    ("Lisbon", CI, []), ("Abuja", CI, []), ("Paris", CI, []),
    # agreements
    ("Caspian Container Compact", A, ["the compact", "compact"]),
    ("Armenia-Azerbaijan peace agreement", A, ["peace agreement", "Armenia-Azerbaijan peace treaty"]),
    ("EU-Georgia Association Agreement", A, ["Association Agreement", "2014 Association Agreement"]),
    ("China-Kyrgyzstan-Uzbekistan railway agreement", A, ["China-Kyrgyzstan-Uzbekistan railway"]),
    ("Yaoundé Code of Conduct", A, ["Yaounde Code of Conduct", "Yaoundé Code", "Yaounde Code"]),
    ("Franco-Spanish Convention of 1900", A, ["1900 convention", "Paris Convention of 1900", "Special Convention of 1900"]),
    ("Bata Convention", A, []),
]

# ---------------------------------------------------------------- rows


def row(doc, s, p, o, mod, time=None, ev="", req=True, alt_s=(), alt_p=(),
        alt_o=(), role=None, commodity=None, note=None):
    return dict(doc=doc, s=s, p=p, o=o, mod=mod, time=time, ev=ev, req=req,
                alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                role=role, commodity=commodity, note=note)


KZ, AZ, TM, UZ, KG, RU, CN = ("Kazakhstan", "Azerbaijan", "Turkmenistan",
                              "Uzbekistan", "Kyrgyzstan", "Russia", "China")
GE, EU, EG, GA, CM, CG = ("Georgia", "European Union", "Equatorial Guinea",
                          "Gabon", "Cameroon", "Republic of the Congo")
STP = "São Tomé and Príncipe"
CCC = "Caspian Container Compact"

ROWS = [
    # ------------------------------------------------ 01 Caspian compact (2025-10-16)
    row("01", KZ, "signed_agreement_with", AZ, "reported", "2025-10",
        "Kazakhstan and Azerbaijan signed an agreement on Thursday",
        note="'on Thursday' = 2025-10-16; 04 says 'last October'"),
    row("01", KZ, "party_to", CCC, "asserted", "2025-10",
        "The Caspian Container Compact, signed in Aktau by Kazakh Prime Minister Olzhas Bektenov"),
    row("01", AZ, "party_to", CCC, "asserted", "2025-10",
        "signed in Aktau by Kazakh Prime Minister Olzhas Bektenov and his Azerbaijani counterpart Ali Asadov"),
    row("01", "Olzhas Bektenov", "head_of", KZ, "asserted", None,
        "Kazakh Prime Minister Olzhas Bektenov", role="prime minister"),
    row("01", "Ali Asadov", "head_of", AZ, "asserted", None,
        "his Azerbaijani counterpart Ali Asadov", alt_p=["works_for"], role="prime minister",
        note="'counterpart' of the Kazakh prime minister"),
    row("01", "Port of Baku", "located_in", "Alat", "asserted", None, "the Port of Baku in Alat"),
    row("01", "Ali Asadov", "visited", "Aktau", "asserted", "2025-10-15",
        "Asadov, who arrived in Aktau on Wednesday", alt_o=[KZ]),
    row("01", "Ali Asadov", "met_with", "Olzhas Bektenov", "reported", "2025-10",
        "held talks with Bektenov for more than two hours"),
    row("01", "Kassym-Jomart Tokayev", "head_of", KZ, "asserted", None,
        "Kazakh President Kassym-Jomart Tokayev", role="president"),
    row("01", "Ilham Aliyev", "head_of", AZ, "asserted", None,
        "Azerbaijani President Ilham Aliyev", role="president"),
    row("01", "Kassym-Jomart Tokayev", "contacted", "Ilham Aliyev", "reported", "2025-10",
        "Kassym-Jomart Tokayev telephoned Azerbaijani President Ilham Aliyev last week",
        alt_s=[KZ], alt_o=[AZ]),
    row("01", "Kassym-Jomart Tokayev", "visited", "Baku", "hedged", "2025-11",
        "Tokayev is expected to travel to the Azerbaijani capital, Baku, next month", alt_o=[AZ]),
    row("01", "Baku", "capital_of", AZ, "asserted", None, "the Azerbaijani capital, Baku"),
    row("01", "Baku", "located_in", AZ, "asserted", None, "the Azerbaijani capital, Baku",
        req=False, note="entailed by capital_of"),
    row("01", "AzerTelecom", "based_in", AZ, "asserted", None, "Azerbaijan's AzerTelecom"),
    row("01", "Kazakhtelecom", "based_in", KZ, "asserted", None, "Kazakhstan's Kazakhtelecom"),
    row("01", "AzerTelecom", "allied_with", "Kazakhtelecom", "asserted", None,
        "Azerbaijan's AzerTelecom and Kazakhstan's Kazakhtelecom are building together",
        req=False, note="joint builders of the cable: partners"),
    row("01", "Turkmenbashi", "located_in", TM, "asserted", None,
        "Turkmenistan, whose port of Turkmenbashi"),
    row("01", TM, "party_to", CCC, "negated", None, "did not sign the compact"),
    row("01", TM, "candidate_for", CCC, "hedged", None, "might consider joining later",
        note="reported and hedged: 'said his government ... might consider joining later'"),
    row("01", AZ, "negotiating_with", RU, "negated", None,
        "Azerbaijan was not negotiating with Russia over any rival route"),
    row("01", KZ, "sanctioned", RU, "negated", None,
        "Kazakhstan had not imposed any restrictions on Russian transit cargo"),
    row("01", KZ, "borders", RU, "asserted", None, "borders both Russia and China"),
    row("01", KZ, "borders", CN, "asserted", None, "borders both Russia and China"),
    row("01", KZ, "trades_with", RU, "asserted", None, "its two biggest trading partners"),
    row("01", KZ, "trades_with", CN, "asserted", None, "its two biggest trading partners"),
    row("01", "Aktau", "located_in", KZ, "asserted", None, "Aktau, Kazakhstan's main port on the Caspian"),
    row("01", "Daniyar Seitkali", "works_for", "Kazakhstan Temir Zholy", "asserted", None,
        "Daniyar Seitkali, a spokesman for Kazakhstan's national railway company", role="spokesman"),
    row("01", "Kazakhstan Temir Zholy", "based_in", KZ, "asserted", None,
        "Kazakhstan's national railway company, Kazakhstan Temir Zholy (KTZ)"),
    row("01", EU, "supported", KZ, "hedged", None,
        "The European Union is expected to help finance the expansion of the Aktau terminal",
        alt_o=["Aktau"]),
    row("01", "Armenia", "in_conflict_with", AZ, "asserted", None,
        "Azerbaijan and Armenia, which fought for decades over Nagorno-Karabakh"),
    row("01", "Donald Trump", "brokered", "Armenia-Azerbaijan peace agreement", "asserted", "2025-08",
        "in a deal brokered by U.S. President Donald Trump", alt_s=["United States"]),
    row("01", "Donald Trump", "head_of", "United States", "asserted", None,
        "U.S. President Donald Trump", role="president"),
    row("01", "Armenia", "signed_agreement_with", AZ, "negated", None,
        "the treaty has yet to be signed", note="initialled in August 2025, not signed"),
    row("01", AZ, "blockaded", "Nagorno-Karabakh", "asserted", None,
        "Azerbaijan blockaded the mountainous region for nine months",
        note="'the mountainous region' = Nagorno-Karabakh"),
    row("01", AZ, "took_control_of", "Nagorno-Karabakh", "asserted", "2023-09",
        "before retaking it in a one-day offensive in September 2023"),

    # ------------------------------------------------ 02 Georgia, Anaklia (2026-03-05)
    row("02", GE, "signed_agreement_with", "China Communications Construction Company", "reported",
        "2026-03-05", "Georgia signed a contract with China Communications Construction Company (CCCC) on Thursday"),
    row("02", "Port of Anaklia", "located_in", "Anaklia", "asserted", None, "a deep-water port at Anaklia"),
    row("02", "Anaklia", "located_in", GE, "asserted", None, "Anaklia on Georgia's Black Sea coast"),
    row("02", "Port of Anaklia", "located_in", GE, "asserted", None, "a deep-water port at Anaklia on Georgia's Black Sea coast",
        req=False, note="entailed"),
    row("02", "Irakli Kobakhidze", "head_of", GE, "asserted", None,
        "Prime Minister Irakli Kobakhidze", role="prime minister"),
    row("02", "Irakli Kobakhidze", "met_with", "Liu Qiang", "reported", "2026-03-05",
        "Prime Minister Irakli Kobakhidze met Liu Qiang"),
    row("02", "Liu Qiang", "works_for", "China Communications Construction Company", "asserted", None,
        "Liu Qiang, a vice president of the Chinese state-owned group", role="vice president"),
    row("02", "China Communications Construction Company", "based_in", CN, "asserted", None,
        "the Chinese state-owned group"),
    row("02", CN, "took_control_of", "Port of Anaklia", "negated", None,
        "denied opposition claims that the deal would allow China to take control of the Anaklia port"),
    row("02", "Kaja Kallas", "works_for", EU, "asserted", None,
        "Kaja Kallas, the European Union's foreign policy chief", role="foreign policy chief"),
    row("02", "Kaja Kallas", "criticized", GE, "asserted", "2026-03-04",
        "criticised the Georgian government on Wednesday", alt_s=[EU]),
    row("02", GE, "candidate_for", EU, "asserted", "2023-12",
        "Georgia was granted EU candidate status in December 2023"),
    row("02", GE, "negotiating_with", EU, "negated", None, "Georgia has not resumed those talks since",
        note="also 'would not seek to open accession talks with the bloc'"),
    row("02", "United States", "sanctioned", "Bidzina Ivanishvili", "asserted", "2024-12",
        "The United States sanctioned Bidzina Ivanishvili"),
    row("02", "Bidzina Ivanishvili", "head_of", "Georgian Dream", "asserted", None,
        "the billionaire honorary chairman of the ruling Georgian Dream party", role="honorary chairman"),
    row("02", "Maka Botchorishvili", "works_for", GE, "asserted", None,
        "Foreign Minister Maka Botchorishvili", role="foreign minister"),
    row("02", GE, "party_to", "EU-Georgia Association Agreement", "asserted", "2014",
        "Georgia remained committed to its 2014 Association Agreement with the EU"),
    row("02", EU, "party_to", "EU-Georgia Association Agreement", "asserted", "2014",
        "its 2014 Association Agreement with the EU"),
    row("02", GE, "signed_agreement_with", EU, "asserted", "2014",
        "its 2014 Association Agreement with the EU"),
    row("02", "Poti", "located_in", GE, "asserted", None, "Georgia's Black Sea ports of Poti and Batumi"),
    row("02", "Batumi", "located_in", GE, "asserted", None, "Georgia's Black Sea ports of Poti and Batumi"),
    row("02", "Kazakhstan Temir Zholy", "negotiating_with", "Georgian Railway", "reported", None,
        "is negotiating with Georgian Railway to lease a container terminal at Poti"),
    row("02", "Kazakhstan Temir Zholy", "based_in", KZ, "asserted", None,
        "Kazakhstan's state railway company, Kazakhstan Temir Zholy (KTZ)"),
    row("02", GE, "borders", RU, "asserted", None, "Georgia, which borders Russia, Turkey, Armenia and Azerbaijan"),
    row("02", GE, "borders", "Turkey", "asserted", None, "Georgia, which borders Russia, Turkey, Armenia and Azerbaijan"),
    row("02", GE, "borders", "Armenia", "asserted", None, "Georgia, which borders Russia, Turkey, Armenia and Azerbaijan"),
    row("02", GE, "borders", AZ, "asserted", None, "Georgia, which borders Russia, Turkey, Armenia and Azerbaijan"),
    row("02", GE, "imports_from", AZ, "asserted", None, "buys most of its natural gas from Azerbaijan",
        alt_p=["trades_with"], commodity="natural gas"),
    row("02", GE, "gained_independence_from", "Soviet Union", "asserted", "1991",
        "It gained independence from the Soviet Union in 1991"),
    row("02", GE, "diplomatic_relations_with", RU, "negated", None,
        "Georgia and Russia have had no diplomatic relations"),
    row("02", GE, "in_conflict_with", RU, "asserted", "2008-08",
        "they fought a five-day war in August 2008"),
    row("02", RU, "took_control_of", "Abkhazia", "asserted", "2008",
        "Russian troops occupied the breakaway regions of Abkhazia and South Ossetia"),
    row("02", RU, "took_control_of", "South Ossetia", "asserted", "2008",
        "Russian troops occupied the breakaway regions of Abkhazia and South Ossetia"),
    row("02", "Abkhazia", "seceded_from", GE, "asserted", "199",
        "Both regions broke away from Georgia in wars in the early 1990s"),
    row("02", "South Ossetia", "seceded_from", GE, "asserted", "199",
        "Both regions broke away from Georgia in wars in the early 1990s"),
    row("02", GE, "normalized_relations_with", RU, "negated", None,
        "Georgia has no plans to restore ties with Russia"),

    # ------------------------------------------------ 03 Bioko kidnapping (2025-11-20)
    row("03", "Bioko", "located_in", EG, "asserted", None, "Equatorial Guinea's Bioko island"),
    row("03", "Kallisto Maritime", "based_in", "Piraeus", "asserted", None,
        "Kallisto Maritime, the tanker's Piraeus-based manager"),
    row("03", "Tomasz Zielinski", "citizen_of", "Poland", "asserted", None, "Polish national Tomasz Zielinski"),
    row("03", "Tomasz Zielinski", "works_for", "Kallisto Maritime", "reported", None,
        "the ship's master, Polish national Tomasz Zielinski", req=False, role="master",
        note="master of a ship Kallisto manages"),
    row("03", "Kwesi Boateng", "citizen_of", "Ghana", "asserted", None, "a Ghanaian engineer, Kwesi Boateng"),
    row("03", "Kwesi Boateng", "lives_in", "Takoradi", "asserted", None,
        "Kwesi Boateng, who lives in the port city of Takoradi"),
    row("03", "Malabo", "located_in", "Bioko", "asserted", None, "Malabo, on Bioko's northern coast"),
    row("03", "France", "supported", EG, "reported", "2025-11",
        "with the help of a French navy patrol vessel deployed under Operation Corymbe",
        alt_s=["French Navy"]),
    row("03", "Carlos Vila Nova", "head_of", STP, "asserted", None,
        "Sao Tome and Principe's President Carlos Vila Nova", role="president"),
    row("03", "Teodoro Obiang Nguema Mbasogo", "head_of", EG, "asserted", None,
        "Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo", role="president"),
    row("03", "Carlos Vila Nova", "contacted", "Teodoro Obiang Nguema Mbasogo", "reported", "2025-11-18",
        "telephoned Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo on Tuesday",
        alt_s=[STP], alt_o=[EG]),
    row("03", STP, "supported", EG, "planned", None, "to offer the help of his country's coast guard",
        alt_s=["Carlos Vila Nova"], note="an offer, not help given"),
    row("03", CM, "supported", EG, "negated", None, "has not joined the search"),
    row("03", EG, "contacted", CM, "negated", None,
        "Cameroon had received no request for help from Equatorial Guinea"),
    row("03", "French Navy", "based_in", EG, "negated", None,
        "The French Navy has no plans to base ships permanently in Equatorial Guinea"),
    row("03", "Multinational Maritime Coordination Centre for Zone D", "based_in", "Douala", "asserted", None,
        "Multinational Maritime Coordination Centre for Zone D, based in the Cameroonian port city of Douala"),
    row("03", "Douala", "located_in", CM, "asserted", None, "the Cameroonian port city of Douala"),
    row("03", CM, "party_to", "Yaoundé Code of Conduct", "asserted", "2013",
        "All four countries signed the Yaounde Code of Conduct on maritime security in 2013",
        note="'all four' = Cameroon, Equatorial Guinea, Gabon, Sao Tome and Principe"),
    row("03", EG, "party_to", "Yaoundé Code of Conduct", "asserted", "2013",
        "All four countries signed the Yaounde Code of Conduct on maritime security in 2013"),
    row("03", GA, "party_to", "Yaoundé Code of Conduct", "asserted", "2013",
        "All four countries signed the Yaounde Code of Conduct on maritime security in 2013"),
    row("03", STP, "party_to", "Yaoundé Code of Conduct", "asserted", "2013",
        "All four countries signed the Yaounde Code of Conduct on maritime security in 2013"),
    row("03", "Interregional Coordination Centre", "based_in", "Yaoundé", "asserted", None,
        "set up an Interregional Coordination Centre in Yaounde"),
    row("03", "Yaoundé", "capital_of", CM, "asserted", None, "Yaounde, the Cameroonian capital"),
    row("03", "Yaoundé", "located_in", CM, "asserted", None, "Yaounde, the Cameroonian capital",
        req=False, note="entailed by capital_of"),
    row("03", "Niger Delta", "located_in", "Nigeria", "asserted", None, "Nigeria's Niger Delta"),
    row("03", "IMB Piracy Reporting Centre", "based_in", "Kuala Lumpur", "asserted", None,
        "whose Piracy Reporting Centre is based in Kuala Lumpur"),
    row("03", "Carlos Vila Nova", "visited", "Malabo", "hedged", "2025-12",
        "Vila Nova is expected to visit Malabo next month", alt_o=[EG]),

    # ------------------------------------------------ 04 Uzbekistan (2026-05-12)
    row("04", "Shavkat Mirziyoyev", "head_of", UZ, "asserted", None,
        "Uzbek President Shavkat Mirziyoyev", role="president"),
    row("04", "Serdar Berdimuhamedov", "head_of", TM, "asserted", None,
        "his Turkmen counterpart, Serdar Berdimuhamedov", role="president"),
    row("04", UZ, "signed_agreement_with", TM, "asserted", "2026-05-11",
        "agreed on Monday to cut transit fees for Uzbek cargo",
        alt_s=["Shavkat Mirziyoyev"], alt_o=["Serdar Berdimuhamedov"], note="'Monday's agreement'"),
    row("04", "Shavkat Mirziyoyev", "met_with", "Serdar Berdimuhamedov", "reported", "2026-05-11",
        "The two presidents held talks for more than three hours"),
    row("04", "Shavkat Mirziyoyev", "visited", "Ashgabat", "asserted", "2026-05-10",
        "Mirziyoyev, who arrived in Ashgabat, the Turkmen capital, on Sunday", alt_o=[TM]),
    row("04", "Ashgabat", "capital_of", TM, "asserted", None, "Ashgabat, the Turkmen capital"),
    row("04", "Ashgabat", "located_in", TM, "asserted", None, "Ashgabat, the Turkmen capital",
        req=False, note="entailed by capital_of"),
    row("04", "Gurbanguly Berdimuhamedov", "met_with", "Shavkat Mirziyoyev", "asserted", "2026-05",
        "was later received by Gurbanguly Berdimuhamedov"),
    row("04", "Gurbanguly Berdimuhamedov", "head_of", "Halk Maslahaty", "asserted", None,
        "who now chairs the Halk Maslahaty", role="chairman"),
    row("04", "Halk Maslahaty", "based_in", TM, "asserted", None,
        "the Halk Maslahaty, Turkmenistan's supreme representative body"),
    row("04", "Shavkat Mirziyoyev", "visited", "Turkmenbashi", "negated", None,
        "Mirziyoyev did not travel on to Turkmenbashi"),
    row("04", "Shavkat Mirziyoyev", "visited", "Turkmenbashi", "hedged", "2026",
        "a visit to the port may take place later this year"),
    row("04", UZ, "borders", KZ, "asserted", None,
        "The country borders Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Afghanistan"),
    row("04", UZ, "borders", KG, "asserted", None,
        "The country borders Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Afghanistan"),
    row("04", UZ, "borders", "Tajikistan", "asserted", None,
        "The country borders Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Afghanistan"),
    row("04", UZ, "borders", TM, "asserted", None,
        "The country borders Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Afghanistan"),
    row("04", UZ, "borders", "Afghanistan", "asserted", None,
        "The country borders Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Afghanistan"),
    row("04", "Bakhtiyor Saidov", "works_for", UZ, "asserted", None,
        "Foreign Minister Bakhtiyor Saidov", role="foreign minister"),
    row("04", "Tashkent", "capital_of", UZ, "asserted", None, "Tashkent, the Uzbek capital"),
    row("04", "Tashkent", "located_in", UZ, "asserted", None, "Tashkent, the Uzbek capital",
        req=False, note="entailed by capital_of"),
    row("04", UZ, "candidate_for", CCC, "hedged", None,
        "Uzbekistan may also join the Caspian Container Compact"),
    row("04", KZ, "party_to", CCC, "asserted", "2025-10",
        "which Kazakhstan and Azerbaijan signed last October"),
    row("04", AZ, "party_to", CCC, "asserted", "2025-10",
        "which Kazakhstan and Azerbaijan signed last October"),
    row("04", KZ, "signed_agreement_with", AZ, "asserted", "2025-10",
        "which Kazakhstan and Azerbaijan signed last October"),
    row("04", CN, "party_to", "China-Kyrgyzstan-Uzbekistan railway agreement", "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024"),
    row("04", KG, "party_to", "China-Kyrgyzstan-Uzbekistan railway agreement", "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024"),
    row("04", UZ, "party_to", "China-Kyrgyzstan-Uzbekistan railway agreement", "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024"),
    row("04", CN, "signed_agreement_with", KG, "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024",
        req=False, note="pairwise reading of a three-party agreement"),
    row("04", CN, "signed_agreement_with", UZ, "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024",
        req=False, note="pairwise reading of a three-party agreement"),
    row("04", KG, "signed_agreement_with", UZ, "asserted", "2024-06",
        "China, Kyrgyzstan and Uzbekistan signed an agreement in Beijing in June 2024",
        req=False, note="pairwise reading of a three-party agreement"),
    row("04", CN, "imports_from", TM, "asserted", None, "China buys most of Turkmenistan's natural gas",
        alt_p=["trades_with"], commodity="natural gas"),
    row("04", UZ, "imports_from", KZ, "asserted", None, "imports most of its wheat from Kazakhstan",
        alt_p=["trades_with"], commodity="wheat"),
    row("04", UZ, "imports_from", CN, "asserted", None, "a fast-growing market for Chinese cars",
        alt_p=["trades_with"], commodity="cars"),
    row("04", "Farrukh Tursunov", "lives_in", "Tashkent", "asserted", None,
        "Farrukh Tursunov, an economist in Tashkent", req=False),
    row("04", UZ, "member_of", "Eurasian Economic Union", "negated", None, "but it is not a member"),
    row("04", KZ, "member_of", "Eurasian Economic Union", "asserted", None,
        "whose members include Kazakhstan and Kyrgyzstan"),
    row("04", KG, "member_of", "Eurasian Economic Union", "asserted", None,
        "whose members include Kazakhstan and Kyrgyzstan"),
    row("04", RU, "member_of", "Eurasian Economic Union", "asserted", None,
        "the Russian-led Eurasian Economic Union", req=False, note="implied by 'Russian-led'"),
    row("04", UZ, "candidate_for", "World Trade Organization", "planned", "2026",
        "hopes instead to complete its accession to the World Trade Organization this year"),
    row("04", TM, "member_of", "Eurasian Economic Union", "negated", None,
        "is not a member of the Eurasian bloc either"),
    row("04", "Serdar Berdimuhamedov", "visited", "Samarkand", "planned", "2026",
        "Mirziyoyev invited the Turkmen president to Samarkand in the autumn", alt_o=[UZ],
        note="'and Berdimuhamedov accepted'"),

    # ------------------------------------------------ 05 Gabon / Equatorial Guinea (2026-02-10)
    row("05", GA, "negotiating_with", EG, "reported", "2026-02-09",
        "Delegations from Gabon and Equatorial Guinea opened talks in Libreville on Monday"),
    row("05", GA, "borders", EG, "asserted", None, "the two neighbours"),
    row("05", GA, "in_conflict_with", EG, "asserted", None,
        "the tiny island the two neighbours disputed for half a century", req=False,
        note="a long-running dispute, told in the past tense"),
    row("05", "International Court of Justice", "based_in", "The Hague", "asserted", None,
        "the International Court of Justice, which is based in The Hague"),
    row("05", "France", "signed_agreement_with", "Spain", "asserted", "1900",
        "a convention signed by France and Spain in Paris in 1900"),
    row("05", "France", "party_to", "Franco-Spanish Convention of 1900", "asserted", "1900",
        "a convention signed by France and Spain in Paris in 1900"),
    row("05", "Spain", "party_to", "Franco-Spanish Convention of 1900", "asserted", "1900",
        "a convention signed by France and Spain in Paris in 1900"),
    row("05", GA, "took_control_of", "Mbanié", "asserted", "1972",
        "since its forces occupied the island in 1972"),
    row("05", "Ghislain Moussavou", "works_for", GA, "asserted", None,
        "Ghislain Moussavou, a spokesman for the Gabonese foreign ministry", role="spokesman"),
    row("05", GA, "signed_agreement_with", EG, "reported", "1974",
        "was signed by the two countries' leaders in the Equatoguinean city of Bata in 1974",
        note="according to Gabon; Equatorial Guinea denies it (see the negated row)"),
    row("05", GA, "party_to", "Bata Convention", "reported", "1974",
        "was signed by the two countries' leaders in the Equatoguinean city of Bata in 1974"),
    row("05", EG, "party_to", "Bata Convention", "reported", "1974",
        "was signed by the two countries' leaders in the Equatoguinean city of Bata in 1974",
        note="Gabon's claim"),
    row("05", EG, "party_to", "Bata Convention", "negated", None,
        "Equatorial Guinea has always denied signing it"),
    row("05", EG, "signed_agreement_with", GA, "negated", None,
        "Equatorial Guinea has always denied signing it"),
    row("05", "Bata", "located_in", EG, "asserted", None, "the Equatoguinean city of Bata"),
    row("05", "Brice Clotaire Oligui Nguema", "head_of", GA, "asserted", None,
        "Gabonese President Brice Clotaire Oligui Nguema", role="president"),
    row("05", "Teodoro Obiang Nguema Mbasogo", "head_of", EG, "asserted", None,
        "Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo", role="president"),
    row("05", "Brice Clotaire Oligui Nguema", "met_with", "Teodoro Obiang Nguema Mbasogo", "negated", None,
        "did not meet Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo"),
    row("05", "Brice Clotaire Oligui Nguema", "visited", "Malabo", "reported", "2026-02",
        "during a stopover in Malabo last week", alt_o=[EG]),
    row("05", "Teodoro Obiang Nguema Mbasogo", "visited", "Libreville", "hedged", "2026-03",
        "Obiang is expected to visit Libreville, the Gabonese capital, in March", alt_o=[GA]),
    row("05", "Libreville", "capital_of", GA, "asserted", None, "Libreville, the Gabonese capital"),
    row("05", "Libreville", "located_in", GA, "asserted", None, "Libreville, the Gabonese capital",
        req=False, note="entailed by capital_of"),
    row("05", EG, "threatened", GA, "reported", "2026-01",
        "Equatorial Guinea threatened in January to take Gabon back to the court"),
    row("05", EG, "criticized", GA, "asserted", None,
        "Equatoguinean officials have also accused Gabon of stalling on the handover"),
    row("05", "Teodoro Nguema Obiang Mangue", "works_for", EG, "asserted", None,
        "Vice-President Teodoro Nguema Obiang Mangue", role="vice-president",
        alt_o=["Teodoro Obiang Nguema Mbasogo"]),
    row("05", "United Kingdom", "sanctioned", "Teodoro Nguema Obiang Mangue", "asserted", "2021",
        "whom Britain sanctioned for corruption in 2021"),
    row("05", EG, "took_control_of", "Mbanié", "hedged", None,
        "the island's return was \"only a matter of time\"", req=False,
        note="the vice-president's expectation that the island passes to Equatorial Guinea"),
    row("05", GA, "member_of", "OPEC", "asserted", None, "Both countries are members of OPEC"),
    row("05", EG, "member_of", "OPEC", "asserted", None, "Both countries are members of OPEC"),
    row("05", GA, "gained_independence_from", "France", "asserted", "1960",
        "Gabon gained independence from France in 1960"),
    row("05", EG, "gained_independence_from", "Spain", "asserted", "1968",
        "Equatorial Guinea from Spain in 1968"),
    row("05", "ECCAS", "based_in", "Libreville", "asserted", None, "which is headquartered in Libreville"),
    row("05", GA, "member_of", "ECCAS", "asserted", None, "counts both countries among its members"),
    row("05", EG, "member_of", "ECCAS", "asserted", None, "counts both countries among its members"),
    row("05", "France", "allied_with", GA, "asserted", None,
        "France, Gabon's former colonial ruler and still one of its closest partners"),

    # ------------------------------------------------ 06 ECCAS in Brazzaville (2025-12-03)
    row("06", "Limbe", "located_in", CM, "asserted", None, "the Cameroonian coastal town of Limbe"),
    row("06", "Ambazonia Defence Forces", "killed", "Ekema Mbella", "reported", "2025-11-29",
        "Fighters of the Ambazonia Defence Forces (ADF) killed Chief Ekema Mbella"),
    row("06", "Cyrille Serge Atonfack Guemo", "works_for", CM, "asserted", None,
        "spokesman for Cameroon's defence ministry", role="defence ministry spokesman"),
    row("06", "Ambazonia Defence Forces", "killed", "Ekema Mbella", "negated", None,
        "denied that the group's fighters were responsible", note="the ADF's political leader denies it"),
    row("06", "Lucas Ayaba Cho", "lives_in", "Norway", "asserted", None, "Lucas Ayaba Cho, the Norway-based leader"),
    row("06", "Lucas Ayaba Cho", "head_of", "Ambazonia Governing Council", "asserted", None,
        "the Norway-based leader of the Ambazonia Governing Council", role="leader"),
    row("06", "Ambazonia Defence Forces", "member_of", "Ambazonia Governing Council", "asserted", None,
        "the Ambazonia Governing Council, the ADF's political wing", req=False,
        note="armed group and its political wing"),
    row("06", "Ambazonia Defence Forces", "attacked", "Limbe", "reported", None,
        "ADF fighters attacked a gendarmerie post in Limbe", note="'weeks' before 2025-11-29: no date given"),
    row("06", "Limbe", "located_in", "South-West Region", "asserted", None,
        "Limbe, in Cameroon's South-West region"),
    row("06", "South-West Region", "located_in", CM, "asserted", None, "Cameroon's South-West region"),
    row("06", "Ambazonia Defence Forces", "in_conflict_with", CM, "asserted", None,
        "including the ADF, have fought government forces in the country's English-speaking regions since 2017"),
    row("06", "Anatole Collinet Makosso", "head_of", CG, "asserted", None,
        "Congolese Prime Minister Anatole Collinet Makosso", role="prime minister"),
    row("06", "Denis Sassou Nguesso", "head_of", CG, "asserted", None,
        "Republic of the Congo President Denis Sassou Nguesso", role="president"),
    row("06", "Jean-Claude Gakosso", "works_for", CG, "asserted", None,
        "Foreign Minister Jean-Claude Gakosso", role="foreign minister"),
    row("06", "Paul Biya", "head_of", CM, "asserted", None, "Cameroon's President Paul Biya", role="president"),
    row("06", "Paul Biya", "visited", "Brazzaville", "negated", None, "did not travel to Brazzaville",
        alt_o=[CG]),
    row("06", CM, "signed_agreement_with", CG, "asserted", "2025-12-02",
        "Cameroon and the Republic of the Congo signed an agreement to share coastal radar data"),
    row("06", "CRESMAC", "based_in", "Pointe-Noire", "asserted", None,
        "which is based in the Congolese oil hub of Pointe-Noire"),
    row("06", "Pointe-Noire", "located_in", CG, "asserted", None, "the Congolese oil hub of Pointe-Noire"),
    row("06", "Brazzaville", "capital_of", CG, "asserted", None, "Brazzaville, the Congolese capital"),
    row("06", "Brazzaville", "located_in", CG, "asserted", None, "Brazzaville, the Congolese capital",
        req=False, note="entailed by capital_of"),
    row("06", "Kinshasa", "capital_of", "Democratic Republic of the Congo", "asserted", None,
        "Kinshasa, the capital of the Democratic Republic of the Congo"),
    row("06", "Kinshasa", "located_in", "Democratic Republic of the Congo", "asserted", None,
        "Kinshasa, the capital of the Democratic Republic of the Congo", req=False, note="entailed by capital_of"),
    row("06", CG, "borders", "Democratic Republic of the Congo", "asserted", None,
        "lies across the Congo River from Kinshasa", req=False, note="implied by the river between the capitals"),
    row("06", CM, "member_of", "ECCAS", "asserted", None, "whose 11 members include Cameroon and both Congos"),
    row("06", CG, "member_of", "ECCAS", "asserted", None, "whose 11 members include Cameroon and both Congos"),
    row("06", "Democratic Republic of the Congo", "member_of", "ECCAS", "asserted", None,
        "whose 11 members include Cameroon and both Congos"),
    row("06", "France", "supported", CM, "asserted", None, "France, which trains Cameroonian naval officers"),
    row("06", CM, "took_control_of", "Bakassi Peninsula", "asserted", "2008",
        "the oil-rich area that Cameroon took full control of from Nigeria in 2008"),
    row("06", "Bakassi Peninsula", "located_in", CM, "asserted", None,
        "the oil-rich area that Cameroon took full control of from Nigeria in 2008", req=False,
        note="implied by the handover"),
    row("06", CM, "criticized", "Nigeria", "negated", None,
        "Cameroon has not accused Nigeria of sheltering the separatists"),
    row("06", "Multinational Maritime Coordination Centre for Zone D", "based_in", "Douala", "asserted", None,
        "the Zone D coordination centre in Douala"),

    # ------------------------------------------------ 07 EU money, Caspian (2026-09-24)
    row("07", "Port of Baku", "located_in", "Alat", "asserted", None, "the Port of Baku in Alat, Azerbaijan"),
    row("07", "Alat", "located_in", AZ, "asserted", None, "the Port of Baku in Alat, Azerbaijan"),
    row("07", "Port of Baku", "located_in", AZ, "asserted", None, "the Port of Baku in Alat, Azerbaijan",
        req=False, note="entailed"),
    row("07", EU, "supported", AZ, "planned", None,
        "The European Union will provide 400 million euros in grants and loans to expand ports in Azerbaijan and Kazakhstan"),
    row("07", EU, "supported", KZ, "planned", None,
        "The European Union will provide 400 million euros in grants and loans to expand ports in Azerbaijan and Kazakhstan"),
    row("07", "Jozef Síkela", "works_for", EU, "asserted", None,
        "EU Commissioner for International Partnerships Jozef Síkela", role="commissioner",
        alt_o=["European Commission"]),
    row("07", "Jozef Síkela", "visited", "Baku", "asserted", "2026-09-23",
        "Jozef Síkela said in Baku on Wednesday", alt_o=[AZ]),
    row("07", "Jozef Síkela", "met_with", "Ilham Aliyev", "reported", "2026-09",
        "Síkela met Azerbaijani President Ilham Aliyev and Hikmet Hajiyev"),
    row("07", "Jozef Síkela", "met_with", "Hikmet Hajiyev", "reported", "2026-09",
        "Síkela met Azerbaijani President Ilham Aliyev and Hikmet Hajiyev"),
    row("07", "Ilham Aliyev", "head_of", AZ, "asserted", None, "Azerbaijani President Ilham Aliyev",
        role="president"),
    row("07", "Hikmet Hajiyev", "works_for", "Ilham Aliyev", "asserted", None,
        "Hikmet Hajiyev, Aliyev's foreign policy adviser", role="foreign policy adviser", alt_o=[AZ]),
    row("07", "Jozef Síkela", "visited", "Astana", "planned", "2026-09-25",
        "The commissioner is due to fly to Astana on Friday", alt_o=[KZ]),
    row("07", "Jozef Síkela", "negotiating_with", KZ, "planned", "2026-09-25",
        "for talks with Kazakh officials", req=False, alt_s=[EU]),
    row("07", "Samarkand", "located_in", UZ, "asserted", None, "held in Samarkand, Uzbekistan"),
    row("07", "Ursula von der Leyen", "head_of", "European Commission", "asserted", None,
        "European Commission President Ursula von der Leyen", role="president"),
    row("07", EU, "supported", "Central Asia", "asserted", "2025-04",
        "announced 12 billion euros of investment for the region",
        alt_s=["Ursula von der Leyen", "European Commission"], note="'the region' = Central Asia"),
    row("07", KZ, "located_in", "Central Asia", "asserted", None, "Kazakhstan, Central Asia's largest oil producer"),
    row("07", "Novorossiysk", "located_in", RU, "asserted", None, "the Russian Black Sea port of Novorossiysk"),
    row("07", "Ukraine", "attacked", "Kropotkinskaya pumping station", "asserted", "2025-02",
        "Ukrainian drones struck the CPC's Kropotkinskaya pumping station"),
    row("07", "Kropotkinskaya pumping station", "located_in", RU, "asserted", None,
        "Kropotkinskaya pumping station in southern Russia"),
    row("07", "Ukraine", "in_conflict_with", RU, "asserted", None, "Ukraine has been at war with Russia since 2022"),
    row("07", AZ, "signed_agreement_with", EU, "asserted", "2022", "Under a 2022 memorandum with the EU"),
    row("07", "Italy", "imports_from", AZ, "asserted", None,
        "Italy is the biggest European buyer of Azerbaijani gas", alt_p=["trades_with"], commodity="gas"),
    row("07", EU, "negotiating_with", TM, "negated", None, "the EU was not negotiating with Turkmenistan"),
    row("07", AZ, "candidate_for", EU, "negated", None,
        "Azerbaijan was not seeking membership of the European Union"),
    row("07", "Maria Zakharova", "works_for", RU, "asserted", None,
        "Russian Foreign Ministry spokeswoman Maria Zakharova", role="foreign ministry spokeswoman"),
    row("07", "Maria Zakharova", "criticized", EU, "asserted", "2026-09-24",
        "accusing Brussels of trying", alt_s=[RU], note="'Brussels' = the EU"),
    row("07", "Turkey", "allied_with", AZ, "asserted", None, "Turkey, Azerbaijan's closest ally"),
    row("07", "Turkey", "signed_agreement_with", KZ, "hedged", "2026-10",
        "may sign a separate transit agreement with Kazakhstan next month"),
    row("07", "Aida Nurmagambetova", "lives_in", "Almaty", "asserted", None,
        "Aida Nurmagambetova, a transport analyst in Almaty", req=False),

    # ------------------------------------------------ 08 France / Sao Tome (2026-06-18)
    row("08", "France", "signed_agreement_with", STP, "reported", "2026-06-17",
        "France and São Tomé and Príncipe signed an agreement on Wednesday"),
    row("08", "France", "supported", STP, "planned", None,
        "French navy ships will help the island nation patrol its exclusive economic zone",
        alt_s=["French Navy"]),
    row("08", "São Tomé", "capital_of", STP, "asserted", None, "the capital, São Tomé"),
    row("08", "São Tomé", "located_in", STP, "asserted", None, "the capital, São Tomé", req=False,
        note="entailed by capital_of"),
    row("08", "Carlos Vila Nova", "head_of", STP, "asserted", None, "President Carlos Vila Nova", role="president"),
    row("08", "Carlos Vila Nova", "met_with", "Hugues Leclerc", "asserted", "2026-06",
        "President Carlos Vila Nova held talks with Rear Admiral Hugues Leclerc",
        note="caption: greeted him on Tuesday 2026-06-16"),
    row("08", "Hugues Leclerc", "works_for", "French Navy", "asserted", None,
        "the commander of French naval forces in the Gulf of Guinea", role="commander", alt_o=["France"]),
    row("08", "Hugues Leclerc", "visited", "São Tomé", "asserted", "2026-06-16",
        "who arrived in São Tomé on Tuesday aboard a French frigate", alt_o=[STP]),
    row("08", "French Navy", "based_in", STP, "negated", None,
        "The agreement does not allow the French Navy to station ships in São Tomé and Príncipe permanently"),
    row("08", STP, "gained_independence_from", "Portugal", "asserted", "1975",
        "gained independence from Portugal in 1975"),
    row("08", STP, "imports_from", "Portugal", "asserted", None, "Portugal remains its main source of imports",
        alt_p=["trades_with"]),
    row("08", STP, "member_of", "CPLP", "asserted", None,
        "both countries belong to the Community of Portuguese Language Countries (CPLP)"),
    row("08", "Portugal", "member_of", "CPLP", "asserted", None,
        "both countries belong to the Community of Portuguese Language Countries (CPLP)"),
    row("08", "CPLP", "based_in", "Lisbon", "asserted", None, "which is based in Lisbon"),
    row("08", EG, "member_of", "CPLP", "asserted", None, "Equatorial Guinea joined the CPLP in 2014"),
    row("08", CN, "supported", STP, "asserted", None, "China has financed roads and public buildings on the islands"),
    row("08", STP, "diplomatic_relations_with", "Taiwan", "negated", None,
        "cut ties with Taiwan in December 2016"),
    row("08", STP, "normalized_relations_with", CN, "asserted", "2016-12",
        "restored diplomatic relations with Beijing days later"),
    row("08", STP, "diplomatic_relations_with", CN, "asserted", None,
        "restored diplomatic relations with Beijing days later"),
    row("08", STP, "recognizes", "Taiwan", "negated", None, "The island nation no longer recognises Taiwan"),
    row("08", STP, "signed_agreement_with", "Nigeria", "asserted", "2001",
        "under a treaty the two countries signed in 2001"),
    row("08", "Joint Development Authority", "based_in", "Abuja", "asserted", None,
        "a Joint Development Authority based in Abuja"),
    row("08", STP, "signed_agreement_with", RU, "asserted", "2024",
        "also signed a military cooperation agreement with Russia in 2024"),
    row("08", "Carlos Vila Nova", "visited", "Paris", "hedged", "2026-09",
        "Vila Nova is expected to travel to Paris in September", alt_o=["France"]),
    row("08", "Carlos Vila Nova", "met_with", "Emmanuel Macron", "hedged", "2026-09",
        "to meet French President Emmanuel Macron"),
    row("08", "Emmanuel Macron", "head_of", "France", "asserted", None, "French President Emmanuel Macron",
        role="president"),
    row("08", STP, "member_of", "ECCAS", "asserted", None,
        "the archipelago, a member of the Economic Community of Central African States (ECCAS)"),
]

# ---------------------------------------------------------------- schema


def parse_schema(path):
    """Predicate -> (subject types or None, object types or None) from the
    predicate table of SCHEMA.md; None means any type."""
    types = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
    preds = {}
    text = open(path, encoding="utf-8").read()
    section = text.split("## Predicates", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        m = re.match(r"^\| (\w+) \| ([^|]*) \|", line)
        if not m or m.group(1) in ("predicate", "type", "modality"):
            continue
        name, sig = m.group(1), m.group(2).strip()
        if not re.match(r"^[a-z_]+$", name):
            continue
        parts = re.split(r"\s*(?:→|↔)\s*", sig)
        if len(parts) != 2:
            sys.exit(f"cannot read signature of {name}: {sig!r}")
        left = {t.strip() for t in parts[0].split(",") if t.strip()} or None
        right_raw = parts[1].strip()
        right = left if right_raw == "same" else ({t.strip() for t in right_raw.split(",") if t.strip()} or None)
        for side in (left, right):
            if side is not None and not side <= types:
                sys.exit(f"unknown type in {name}: {side}")
        preds[name] = (left, right)
    sym = set()
    m = re.search(r"Symmetric: ([^.]+)\.", open(path, encoding="utf-8").read())
    if m:
        sym = {x.strip() for x in m.group(1).replace("\n", " ").split(",")}
    return preds, sym


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- build


def main():
    errors = []
    preds, symmetric = parse_schema(SCHEMA)
    if len(preds) != 34:
        errors.append(f"SCHEMA.md gives {len(preds)} predicates, expected 34")

    etype = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in etype:
            errors.append(f"entity defined twice: {name}")
        etype[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias {a!r} of {name} already belongs to {alias_owner[k]}")
            alias_owner.setdefault(k, name)

    texts = {}
    for d, (fn, date, _, _) in DOCS.items():
        path = os.path.join(SET, "corpus", fn)
        if not os.path.exists(path):
            errors.append(f"missing document {fn}")
            continue
        if date > REF_DAY:
            errors.append(f"{fn} is dated after {REF_DAY}")
        texts[d] = textutil.load(path)

    seen_doc_unit = set()
    merged = OrderedDict()   # unit -> merged row
    statements = []
    for i, r in enumerate(ROWS):
        where = f"row {i} ({r['doc']} {r['s']} {r['p']} {r['o']})"
        if r["doc"] not in DOCS:
            errors.append(f"{where}: unknown doc")
            continue
        if r["p"] not in preds:
            errors.append(f"{where}: unknown predicate")
            continue
        if r["mod"] not in MODALITIES:
            errors.append(f"{where}: unknown modality {r['mod']}")
            continue
        for who in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if who not in etype:
                errors.append(f"{where}: entity not defined: {who}")
        for ap in r["alt_p"]:
            if ap not in preds:
                errors.append(f"{where}: unknown alt predicate {ap}")
        if any(x not in etype for x in [r["s"], r["o"]]):
            continue
        st_ok, ot_ok = preds[r["p"]]
        if st_ok and etype[r["s"]] not in st_ok:
            errors.append(f"{where}: subject type {etype[r['s']]} not allowed for {r['p']}")
        if ot_ok and etype[r["o"]] not in ot_ok:
            errors.append(f"{where}: object type {etype[r['o']]} not allowed for {r['p']}")
        for a in r["alt_s"]:
            if a in etype and st_ok and etype[a] not in st_ok:
                errors.append(f"{where}: alt_s {a} type not allowed")
        for a in r["alt_o"]:
            if a in etype and ot_ok and etype[a] not in ot_ok:
                errors.append(f"{where}: alt_o {a} type not allowed")
        t = r["time"]
        if t is not None:
            if not re.match(r"^\d{3,4}(-\d{2}(-\d{2})?)?$", t):
                errors.append(f"{where}: bad time {t}")
            if r["mod"] == "negated":
                errors.append(f"{where}: negated row with a time")
            if r["p"] in STATIC:
                errors.append(f"{where}: static predicate with a time")
            if len(t) >= 4 and t > REF_DAY:
                errors.append(f"{where}: time after {REF_DAY}")
        # evidence
        doc = texts.get(r["doc"])
        found = None
        if doc is not None:
            found = textutil.find(doc["article"], r["ev"]) if r["ev"] else None
            if found is None:
                msg = "evidence not found in article text"
                if r["ev"] and r["ev"] in doc["article"]:
                    msg = "evidence spans two sentences"
                elif r["ev"] and r["ev"] in doc["junk"]:
                    msg = "evidence only in junk (banner/nav/aside/footer/byline)"
                errors.append(f"{where}: {msg}: {r['ev']!r}")
        pol = POLARITY[r["mod"]]
        s, o = r["s"], r["o"]
        if r["p"] in symmetric and s > o:
            s, o = o, s
        unit = (s, r["p"], o, pol)
        if (r["doc"], unit) in seen_doc_unit:
            errors.append(f"{where}: duplicate unit in the same document")
        seen_doc_unit.add((r["doc"], unit))
        fn = DOCS[r["doc"]][0]
        if unit in merged:
            m = merged[unit]
            if m["time"] != r["time"]:
                errors.append(f"{where}: time {r['time']} differs from {m['time']} for the same unit")
            if m["required"] != r["req"]:
                errors.append(f"{where}: required differs for the same unit")
            m["docs"].append(fn)
            for k in ("alt_s", "alt_p", "alt_o"):
                for a in r[k]:
                    if a not in m[k]:
                        m[k].append(a)
            m["evidence"].append(f"{r['doc']}: '{r['ev']}'")
            if r["note"]:
                m["notes"].append(f"{r['doc']}: {r['note']}")
        else:
            merged[unit] = dict(s=r["s"], p=r["p"], o=r["o"], docs=[fn], modality=r["mod"],
                                time=r["time"], required=r["req"], alt_s=list(r["alt_s"]),
                                alt_p=list(r["alt_p"]), alt_o=list(r["alt_o"]),
                                evidence=[f"{r['doc']}: '{r['ev']}'"],
                                notes=[f"{r['doc']}: {r['note']}"] if r["note"] else [],
                                role=r["role"], commodity=r["commodity"])
        if found is not None:
            fn_, date, publisher, title = DOCS[r["doc"]]
            statements.append({
                "subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": etype[r["o"]], "modality": r["mod"],
                "time": r["time"] or "", "role": r["role"] or r["commodity"] or "",
                "confidence": 1.0, "source": f"corpus/{fn_}", "title": title,
                "published": date, "sentence": found[2], "start": found[0], "end": found[1],
                "rule": "gold"})

    # alternative readings that are another row's main unit
    mains = set(merged)
    for unit, m in merged.items():
        pol = unit[3]
        for s in [m["s"]] + m["alt_s"]:
            for p in [m["p"]] + m["alt_p"]:
                for o in [m["o"]] + m["alt_o"]:
                    a, b = (o, s) if p in symmetric and s > o else (s, o)
                    k = (a, p, b, pol)
                    if k != unit and k in mains:
                        print(f"note: alt reading {k} of {unit} is also a gold row", file=sys.stderr)

    used = Counter(m["p"] for m in merged.values())
    missing = sorted(set(preds) - set(used))
    if missing:
        errors.append(f"predicates not used: {missing}")
    ent_used = set()
    for m in merged.values():
        ent_used.update([m["s"], m["o"]] + m["alt_s"] + m["alt_o"])
    unused = [n for n, _, _ in ENTITIES if n not in ent_used]

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"{len(errors)} error(s); nothing written")

    with open(os.path.join(SET, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "triples.jsonl"), "w", encoding="utf-8") as f:
        for m in merged.values():
            out = {"s": m["s"], "p": m["p"], "o": m["o"], "docs": m["docs"], "modality": m["modality"]}
            if m["time"]:
                out["time"] = m["time"]
            out["required"] = m["required"]
            for k in ("alt_s", "alt_p", "alt_o"):
                if m[k]:
                    out[k] = m[k]
            note = "; ".join(m["evidence"])
            extra = []
            if m["role"]:
                extra.append(f"role: {m['role']}")
            if m["commodity"]:
                extra.append(f"commodity: {m['commodity']}")
            extra += m["notes"]
            if extra:
                note += " | " + "; ".join(extra)
            out["note"] = note
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ counts
    rows = list(merged.values())
    print(f"entries in ROWS (document, fact): {len(ROWS)}")
    print(f"triples.jsonl rows: {len(rows)}  (required {sum(m['required'] for m in rows)}, "
          f"optional {sum(not m['required'] for m in rows)})")
    print(f"negated rows: {sum(m['modality'] == 'negated' for m in rows)}")
    print(f"rows with a time: {sum(bool(m['time']) for m in rows)}")
    print(f"multi-document rows: {sum(len(m['docs']) > 1 for m in rows)}")
    print(f"entities: {len(ENTITIES)} ({', '.join(f'{t} {n}' for t, n in sorted(Counter(t for _, t, _ in ENTITIES).items()))})")
    if unused:
        print(f"entities in no row: {len(unused)}: {', '.join(unused)}")
    print(f"selfcheck statements: {len(statements)}")
    print("per modality: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(m['modality'] for m in rows).items())))
    print("per document (rows naming it): " + ", ".join(
        f"{d} {sum(fn in m['docs'] for m in rows)}" for d, (fn, _, _, _) in DOCS.items()))
    print(f"predicates used: {len(used)} of {len(preds)}")
    for p in preds:
        print(f"  {p:28s} {used[p]}")


if __name__ == "__main__":
    main()
