#!/usr/bin/env python3
"""Build and check the gold of news set zzze.

Run from the set's folder (or anywhere) as

    python3 -B tools/build_gold.py

Every entity and every gold row is written down here, each row with one
evidence phrase per document that states it. Before anything is written the
builder checks that

  * every evidence phrase occurs exactly once in its document's extracted body
    (tools/textutil.py) and lies inside one sentence;
  * the row's subject and object are named in that sentence (canonical name,
    alias, or a demonym) or referred to by a mention declared for that
    document in MENTIONS (pronouns, definite descriptions, metonyms);
  * subject and object types (and those of every alt_s / alt_o) fit the
    predicate's signature in SCHEMA.md;
  * predicates, modalities and per-document modalities are valid, and a
    per-document modality never changes the polarity of the row;
  * no two rows make the same scoring unit (subject, predicate, object,
    polarity; symmetric predicates unordered), over the corpus and per document;
  * no alias (normalised the way kgscore normalises) belongs to two entities;
  * a row's time is an ISO 8601 prefix that the evidence sentence itself
    resolves: every "when" phrase must lie in its sentence and resolve
    (explicit years in wire copy, which carries no date; relative expressions
    against the publication date in newspaper and HTML copy) to a time that
    starts with the row's time, and at least one document must resolve it;
    a "when" on an undated row is an error.

It then proves that each check rejects a deliberately bad row (self-test), and
writes entities.jsonl, triples.jsonl and selfcheck_statements.jsonl (the gold
as `kg export --format jsonl` statements, one per row and document, rule
"gold", confidence 1.0).
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

# --------------------------------------------------------------------------
# Schema (shared/SCHEMA.md)

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTOR = {"Person", "Country", "Organization"}
ANY = set(TYPES)
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
    "met_with": (ACTOR, ACTOR),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
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
    "trades_with": ({"Country", "Organization", "Region"}, {"Country", "Organization", "Region"}),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}

# --------------------------------------------------------------------------
# Documents

DOCS = {
    "01": "zzze01_serbia_kosovo_talks.txt",
    "02": "zzze02_bosnia_dodik_envoy.txt",
    "03": "zzze03_north_korea_missile.txt",
    "04": "zzze04_open_balkan_skopje.txt",
    "05": "zzze05_japan_korea_ministers.txt",
    "06": "zzze06_japan_korea_defence.txt",
    "07": "zzze07_mitrovica_bridge.html",
    "08": "zzze08_abductee_families.html",
}

# --------------------------------------------------------------------------
# Entities: (name, type, aliases)

ENTITIES = [
    # Western Balkans: people
    ("Aleksandar Vučić", "Person", ["Vučić", "Vucic", "Aleksandar Vucic", "President Aleksandar Vucic",
                                    "Serbian President Aleksandar Vucic", "Serbian President Aleksandar Vučić"]),
    ("Albin Kurti", "Person", ["Kurti"]),
    ("Petar Petković", "Person", ["Petar Petkovic", "Petković", "Petkovic"]),
    ("Besnik Bislimi", "Person", ["Bislimi"]),
    ("Peter Sørensen", "Person", ["Peter Sorensen", "Sørensen", "Sorensen"]),
    ("Marta Kos", "Person", ["Kos", "EU Enlargement Commissioner Marta Kos"]),
    ("Milan Radoičić", "Person", ["Milan Radoicic", "Radoičić", "Radoicic"]),
    ("Afrim Bunjaku", "Person", ["Bunjaku"]),
    ("Milorad Dodik", "Person", ["Dodik"]),
    ("Christian Schmidt", "Person", ["Schmidt"]),
    ("Siniša Karan", "Person", ["Sinisa Karan", "Karan"]),
    ("Borjana Krišto", "Person", ["Borjana Kristo", "Krišto", "Kristo"]),
    ("Vladimir Putin", "Person", ["Putin", "Russian President Vladimir Putin"]),
    ("Edi Rama", "Person", ["Rama", "Albanian Prime Minister Edi Rama"]),
    ("Hristijan Mickoski", "Person", ["Mickoski"]),
    ("Zoran Zaev", "Person", ["Zaev"]),
    ("Milojko Spajić", "Person", ["Milojko Spajic", "Spajić", "Spajic"]),
    ("Donika Gërvalla-Schwarz", "Person", ["Donika Gervalla-Schwarz", "Gërvalla-Schwarz", "Gervalla-Schwarz",
                                           "Donika Gërvalla", "Donika Gervalla", "Gërvalla", "Gervalla"]),
    ("Dragana Petrović", "Person", ["Dragana Petrovic", "Petrović", "Petrovic"]),
    # Japan and the Koreas: people
    ("Sanae Takaichi", "Person", ["Takaichi", "Prime Minister Sanae Takaichi",
                                  "Japanese Prime Minister Sanae Takaichi"]),
    ("Lee Jae-myung", "Person", ["Lee", "Lee Jae Myung", "President Lee Jae-myung",
                                 "South Korean President Lee Jae-myung"]),
    ("Kang Yu-jung", "Person", ["Kang"]),
    ("Kim Jong Un", "Person", ["Kim", "Kim Jong-un", "Kim Jong-Un"]),
    ("Kim Yo Jong", "Person", ["Kim Yo-jong", "Kim Yo-Jong"]),
    ("Kim Jong Il", "Person", ["Kim Jong-il", "Kim Jong-Il"]),
    ("Hwang Min-jae", "Person", ["Hwang"]),
    ("Shinjiro Koizumi", "Person", ["Koizumi", "Shinjiro", "Japanese Defence Minister Shinjiro Koizumi"]),
    ("Junichiro Koizumi", "Person", ["Junichiro", "Jun'ichirō Koizumi"]),
    ("Ahn Gyu-back", "Person", ["Ahn", "Ahn Gyu-baek"]),
    ("Ahn Jung-geun", "Person", ["An Jung-geun"]),
    ("Ito Hirobumi", "Person", ["Itō Hirobumi", "Hirobumi Ito"]),
    ("Toshimitsu Motegi", "Person", ["Motegi"]),
    ("Cho Hyun", "Person", ["Cho"]),
    ("Yoon Suk Yeol", "Person", ["Yoon", "Yoon Suk-yeol"]),
    ("Joe Biden", "Person", ["Biden", "U.S. President Joe Biden"]),
    ("Wi Sung-lac", "Person", ["Wi"]),
    ("Sakie Yokota", "Person", ["Yokota"]),
    ("Takuya Yokota", "Person", ["Takuya"]),
    ("Fumio Kishida", "Person", ["Kishida"]),
    ("Donald Trump", "Person", ["Trump", "President Donald Trump", "U.S. President Donald Trump",
                                "US President Donald Trump"]),
    # countries
    ("Serbia", "Country", ["Republic of Serbia"]),
    ("Kosovo", "Country", ["Republic of Kosovo"]),
    ("Bosnia and Herzegovina", "Country", ["Bosnia", "BiH", "Bosnia-Herzegovina"]),
    ("Yugoslavia", "Country", ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia",
                               "former Yugoslavia"]),
    ("Croatia", "Country", []),
    ("Montenegro", "Country", []),
    ("Albania", "Country", []),
    ("North Macedonia", "Country", ["Republic of North Macedonia"]),
    ("Bulgaria", "Country", []),
    ("Spain", "Country", []),
    ("Slovakia", "Country", []),
    ("Romania", "Country", []),
    ("Greece", "Country", []),
    ("Cyprus", "Country", []),
    ("Germany", "Country", []),
    ("Russia", "Country", ["Russian Federation"]),
    ("Ukraine", "Country", []),
    ("China", "Country", ["People's Republic of China", "PRC"]),
    ("United States", "Country", ["U.S.", "US", "USA", "United States of America", "America", "Washington"]),
    ("Japan", "Country", []),
    ("South Korea", "Country", ["Republic of Korea", "ROK"]),
    ("North Korea", "Country", ["Democratic People's Republic of Korea", "DPRK"]),
    ("Mongolia", "Country", []),
    # organizations
    ("European Union", "Organization", ["EU", "E.U.", "the bloc"]),
    ("NATO", "Organization", ["North Atlantic Treaty Organization", "the alliance"]),
    ("KFOR", "Organization", ["Kosovo Force"]),
    ("UN Security Council", "Organization", ["U.N. Security Council", "United Nations Security Council",
                                             "UNSC", "Security Council"]),
    ("Office for Kosovo and Metohija", "Organization", ["Office for Kosovo"]),
    ("Serb List", "Organization", ["Srpska Lista", "Srpska lista"]),
    ("Kosovo Police", "Organization", ["Kosovo police"]),
    ("Alliance of Independent Social Democrats", "Organization", ["SNSD"]),
    ("Office of the High Representative", "Organization", ["OHR"]),
    ("Council of Ministers of Bosnia and Herzegovina", "Organization", ["Council of Ministers",
                                                                        "Bosnia's Council of Ministers"]),
    ("Open Balkan", "Organization", ["Open Balkan initiative", "mini-Schengen"]),
    ("Self-Determination", "Organization", ["Vetëvendosje", "Vetevendosje", "Self-Determination movement"]),
    ("Workers' Party of Korea", "Organization", ["WPK", "Workers' Party"]),
    ("KCNA", "Organization", ["Korean Central News Agency"]),
    ("Korea Peninsula Forum", "Organization", []),
    ("United States Forces Korea", "Organization", ["USFK"]),
    ("Association of the Families of Victims Kidnapped by North Korea", "Organization",
     ["Association of the Families of Victims Kidnapped"]),
    # cities
    ("Belgrade", "City", []),
    ("Pristina", "City", ["Prishtina", "Priština"]),
    ("Sarajevo", "City", []),
    ("Banja Luka", "City", []),
    ("Skopje", "City", []),
    ("Novi Sad", "City", []),
    ("Banjska", "City", []),
    ("North Mitrovica", "City", []),
    ("Tokyo", "City", []),
    ("Seoul", "City", []),
    ("Pyongyang", "City", []),
    ("Niigata", "City", []),
    ("Kawasaki", "City", []),
    ("Ulaanbaatar", "City", ["Ulan Bator"]),
    ("Gyeongju", "City", []),
    ("Pyeongtaek", "City", []),
    ("Harbin", "City", []),
    # regions
    ("Republika Srpska", "Region", []),
    ("Federation of Bosnia and Herzegovina", "Region", []),
    ("Western Balkans", "Region", []),
    ("Korean Peninsula", "Region", []),
    ("Dokdo", "Region", ["Takeshima", "Liancourt Rocks"]),
    ("Sea of Japan", "Region", ["East Sea"]),
    ("Niigata Prefecture", "Region", []),
    ("Nara Prefecture", "Region", ["Nara"]),
    ("Kursk region", "Region", ["Kursk", "Kursk Oblast"]),
    ("Yeonpyeong Island", "Region", ["Yeonpyeong"]),
    # agreements
    ("Brussels Agreement", "Agreement", ["2013 Brussels Agreement", "First Agreement of Principles "
                                         "Governing the Normalization of Relations"]),
    ("Agreement on the Path to Normalisation", "Agreement", ["Agreement on the Path to Normalization",
                                                             "Ohrid Agreement"]),
    ("Dayton Agreement", "Agreement", ["Dayton peace agreement", "Dayton Peace Accords", "Dayton accords"]),
    ("Skopje Declaration", "Agreement", []),
    ("Common Regional Market", "Agreement", []),
    ("Treaty on Basic Relations", "Agreement", ["Treaty on Basic Relations between Japan and the Republic of Korea",
                                                "1965 treaty"]),
    ("2015 comfort women agreement", "Agreement", ["2015 agreement", "comfort women agreement"]),
    ("CPTPP", "Agreement", ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]),
    ("GSOMIA", "Agreement", ["General Security of Military Information Agreement"]),
    ("Comprehensive Strategic Partnership Treaty", "Agreement", ["Treaty on Comprehensive Strategic Partnership"]),
    ("Pyongyang Declaration", "Agreement", ["Japan-DPRK Pyongyang Declaration"]),
    # facilities
    ("Banjska Monastery", "Facility", ["Banjska monastery"]),
    ("Camp Humphreys", "Facility", []),
    ("Yasukuni Shrine", "Facility", ["Yasukuni shrine", "Yasukuni"]),
    ("Sado gold mine", "Facility", ["Sado mine", "Sado Island Gold Mines"]),
]

# Demonyms name their country in any document (not aliases: kgscore never
# needs to map them, the extractor should print the country).
DEMONYMS = {
    "Serbian": "Serbia", "Albanian": "Albania", "North Macedonian": "North Macedonia",
    "Bosnian": "Bosnia and Herzegovina", "Japanese": "Japan", "South Korean": "South Korea",
    "North Korean": "North Korea", "Russian": "Russia", "Chinese": "China", "German": "Germany",
    "Ukrainian": "Ukraine", "Bulgarian": "Bulgaria",
}

# Declared mentions per document: expression -> entities it refers to there
# (pronouns, definite descriptions, metonyms, group references).
MENTIONS = {
    "01": {"Belgrade": ["Serbia"], "its former province": ["Kosovo"], "either government": ["Serbia", "Kosovo"],
           "the three men": ["Petar Petković", "Besnik Bislimi", "Peter Sørensen"], "She": ["Marta Kos"],
           "Pristina": ["Kosovo"], "Brussels": ["European Union"]},
    "02": {"Sarajevo": ["Bosnia and Herzegovina"], "the country": ["Bosnia and Herzegovina"],
           "the Serb-run region": ["Republika Srpska"], "the region": ["Republika Srpska"], "him": ["Milorad Dodik"],
           "its neighbour": ["Bosnia and Herzegovina"], "the envoy's office": ["Office of the High Representative"],
           "Moscow": ["Russia"]},
    "03": {"Tokyo": ["Japan"], "Seoul": ["South Korea"], "Pyongyang": ["North Korea"], "the North": ["North Korea"],
           "The two neighbours": ["Japan", "South Korea"], "She": ["Kim Yo Jong"], "It": ["North Korea"],
           "his government": ["North Korea"], "Lee's administration": ["South Korea"],
           "The two Koreas": ["North Korea", "South Korea"], "Moscow": ["Russia"],
           "the two countries": ["Japan", "North Korea"]},
    "04": {"leaders of Serbia, Albania and North Macedonia": ["Aleksandar Vučić", "Edi Rama", "Hristijan Mickoski"],
           "the initiative": ["Open Balkan"], "the scheme": ["Open Balkan"], "Skopje": ["North Macedonia"],
           "his country": ["Montenegro"], "whose country": ["Albania"], "Brussels": ["European Union"],
           "the region": ["Western Balkans"]},
    "05": {"Tokyo": ["Japan"], "Seoul": ["South Korea"], "the former colonial ruler": ["Japan"],
           "the country it had governed": ["South Korea"], "the two countries": ["Japan", "South Korea"],
           "the two leaders": ["Lee Jae-myung", "Sanae Takaichi"]},
    "06": {"Pyongyang": ["North Korea"], "Moscow": ["Russia"], "Tokyo": ["Japan"], "Seoul": ["South Korea"],
           "the two neighbours": ["Japan", "South Korea"], "both countries": ["Japan", "South Korea"],
           "the two ministers": ["Shinjiro Koizumi", "Ahn Gyu-back"], "they": ["North Korea"],
           "the South": ["South Korea"]},
    "07": {"the 54-year-old": ["Dragana Petrović"], "Belgrade": ["Serbia"], "the two neighbours": ["Kosovo", "Serbia"],
           "The two governments": ["Serbia", "Kosovo"], "They": ["Serbia", "Kosovo"], "it": ["Serbia"]},
    "08": {"the two men": ["Junichiro Koizumi", "Kim Jong Il"], "both sides": ["Japan", "North Korea"],
           "the two countries": ["Japan", "North Korea"], "them": ["Japan", "North Korea"],
           "her country": ["North Korea"], "He": ["Donald Trump"], "he": ["Donald Trump"],
           "him": ["Kim Jong Un"], "its giant neighbour": ["China"], "Pyongyang": ["North Korea"],
           "Tokyo": ["Japan"]},
}

# --------------------------------------------------------------------------
# Rows

ROWS = []


def E(doc, phrase, when=None, mod=None):
    """One piece of evidence: document key, phrase, optional time phrase and modality."""
    return {"doc": doc, "phrase": phrase, "when": when, "mod": mod}


def R(s, p, o, mod, ev, req=True, time=None, alt_s=None, alt_p=None, alt_o=None,
      note=None, role=None, commodity=None):
    ROWS.append({"s": s, "p": p, "o": o, "modality": mod, "ev": ev, "required": req,
                 "time": time, "alt_s": alt_s, "alt_p": alt_p, "alt_o": alt_o,
                 "note": note, "role": role, "commodity": commodity})


A, RP, H, PL, N = "asserted", "reported", "hedged", "planned", "negated"

# ---- Cluster A: Western Balkans (01, 02, 04, 07) -------------------------

# offices
R("Aleksandar Vučić", "head_of", "Serbia", A, [
    E("01", "Serbian President Aleksandar Vucic"),
    E("04", "Serbian President Aleksandar Vučić and Albanian"),
    E("07", "Serbian President Aleksandar Vučić said on Monday")], role="president")
R("Albin Kurti", "head_of", "Kosovo", A, [
    E("01", "Albin Kurti, Kosovo's caretaker prime minister"),
    E("04", "Kosovo's caretaker prime minister, Albin Kurti"),
    E("07", "Kosovo Prime Minister Albin Kurti's")], role="prime minister",
  note="caretaker prime minister")
R("Albin Kurti", "head_of", "Self-Determination", A, [
    E("07", "Albin Kurti's Self-Determination movement")], role="leader", note="possessive 'Kurti's Self-Determination movement'")
R("Petar Petković", "head_of", "Office for Kosovo and Metohija", A, [
    E("01", "who heads the Serbian government's Office for Kosovo and Metohija")], role="head")
R("Petar Petković", "works_for", "Serbia", A, [
    E("01", "Petar Petkovic, who heads the Serbian government's")], req=False, role="official",
  note="heads an office of the Serbian government")
R("Besnik Bislimi", "works_for", "Kosovo", A, [
    E("01", "Besnik Bislimi, Kosovo's first deputy prime minister")], role="first deputy prime minister")
R("Peter Sørensen", "works_for", "European Union", A, [
    E("01", "Peter Sorensen, the EU's special representative"),
    E("07", "Peter Sørensen, the EU's special representative")], role="special representative")
R("Marta Kos", "works_for", "European Union", A, [
    E("01", "Marta Kos, the EU's enlargement commissioner"),
    E("02", "EU Enlargement Commissioner Marta Kos"),
    E("04", "Marta Kos, the EU's enlargement commissioner")], role="enlargement commissioner")
R("Afrim Bunjaku", "works_for", "Kosovo Police", A, [
    E("01", "killing police sergeant Afrim Bunjaku")], role="police sergeant")
R("Milan Radoičić", "member_of", "Serb List", A, [
    E("01", "Milan Radoicic, a former vice-president of the Belgrade-backed Serb List party")],
  req=False, alt_p=["works_for"], note="'a former vice-president of ... Serb List': past membership")
R("Milorad Dodik", "head_of", "Alliance of Independent Social Democrats", A, [
    E("02", "Milorad Dodik, the leader of the Bosnian Serbs' dominant Alliance of Independent Social Democrats")],
  role="leader")
R("Siniša Karan", "member_of", "Alliance of Independent Social Democrats", A, [
    E("02", "Sinisa Karan, a close Dodik ally from the SNSD")])
R("Siniša Karan", "allied_with", "Milorad Dodik", A, [
    E("02", "a close Dodik ally")])
R("Christian Schmidt", "head_of", "Office of the High Representative", A, [
    E("02", "Schmidt, whose Office of the High Representative")], alt_p=["works_for"], role="High Representative",
  note="'the international envoy ... whose Office of the High Representative'")
R("Christian Schmidt", "citizen_of", "Germany", A, [
    E("02", "Schmidt, a German politician")])
R("Borjana Krišto", "head_of", "Council of Ministers of Bosnia and Herzegovina", A, [
    E("02", "Borjana Kristo, who chairs Bosnia's Council of Ministers")], alt_o=["Bosnia and Herzegovina"],
  role="chair")
R("Vladimir Putin", "head_of", "Russia", A, [
    E("02", "Russian President Vladimir Putin has met Dodik"),
    E("06", "Russian President Vladimir Putin and North Korean leader")], role="president")
R("Edi Rama", "head_of", "Albania", A, [
    E("04", "Albanian Prime Minister Edi Rama")], role="prime minister")
R("Hristijan Mickoski", "head_of", "North Macedonia", A, [
    E("04", "North Macedonia's Prime Minister Hristijan Mickoski")], role="prime minister")
R("Zoran Zaev", "head_of", "North Macedonia", A, [
    E("04", "Zoran Zaev, then North Macedonia's prime minister", when="October 2019")], time="2019-10",
  role="prime minister", note="'then North Macedonia's prime minister' in a sentence dated October 2019")
R("Milojko Spajić", "head_of", "Montenegro", A, [
    E("04", "Montenegro's prime minister, Milojko Spajić")], role="prime minister")
R("Donika Gërvalla-Schwarz", "works_for", "Kosovo", A, [
    E("04", "Donika Gërvalla-Schwarz, Kosovo's foreign minister, told reporters in Pristina on Tuesday"),
    E("07", "Donika Gërvalla-Schwarz, Kosovo's foreign minister")], role="foreign minister")

# meetings, talks, visits, calls
R("Petar Petković", "met_with", "Peter Sørensen", A, [
    E("01", "Petar Petkovic, who heads the Serbian government's Office for Kosovo and Metohija, and Besnik Bislimi, "
            "Kosovo's first deputy prime minister, held separate talks with Peter Sorensen")])
R("Besnik Bislimi", "met_with", "Peter Sørensen", A, [
    E("01", "held separate talks with Peter Sorensen")])
R("Petar Petković", "met_with", "Besnik Bislimi", A, [
    E("01", "the three men sat down together for a brief joint session")], alt_s=["Serbia"], alt_o=["Kosovo"])
R("Serbia", "negotiating_with", "Kosovo", A, [
    E("01", "Negotiators from Serbia and Kosovo met in Brussels"),
    E("07", "They talk instead through the EU-facilitated dialogue")],
  note="the EU-facilitated Belgrade-Pristina dialogue")
R("Marta Kos", "visited", "Belgrade", PL, [
    E("01", "will travel to Belgrade and Pristina next week")], note="wire copy: no year, so no time")
R("Marta Kos", "visited", "Pristina", PL, [
    E("01", "will travel to Belgrade and Pristina")])
R("Marta Kos", "met_with", "Aleksandar Vučić", H, [
    E("01", "She is expected to press Vucic")], req=False)
R("Marta Kos", "visited", "Sarajevo", A, [
    E("02", "during a visit to Sarajevo")], note="'last week' in undated wire copy: no time")
R("Aleksandar Vučić", "met_with", "Edi Rama", A, [
    E("04", "The leaders of Serbia, Albania and North Macedonia met in Skopje on Wednesday", when="on Wednesday")],
  time="2025-11-19", alt_s=["Serbia"], alt_o=["Albania"])
R("Aleksandar Vučić", "met_with", "Hristijan Mickoski", A, [
    E("04", "The leaders of Serbia, Albania and North Macedonia met in Skopje", when="on Wednesday")],
  time="2025-11-19", alt_s=["Serbia"], alt_o=["North Macedonia"])
R("Edi Rama", "met_with", "Hristijan Mickoski", A, [
    E("04", "leaders of Serbia, Albania and North Macedonia met", when="on Wednesday")],
  time="2025-11-19", alt_s=["Albania"], alt_o=["North Macedonia"])
R("Aleksandar Vučić", "visited", "Skopje", A, [
    E("04", "who flew into Skopje, the North Macedonian capital, on Wednesday morning", when="on Wednesday morning")],
  time="2025-11-19", alt_o=["North Macedonia"])
R("Edi Rama", "visited", "Skopje", A, [
    E("04", "flew into Skopje", when="on Wednesday morning")], time="2025-11-19", alt_o=["North Macedonia"])
R("Aleksandar Vučić", "contacted", "Milojko Spajić", RP, [
    E("04", "Vučić said he had telephoned Montenegro's prime minister", when="on Tuesday")], time="2025-11-18",
  alt_s=["Serbia"], alt_o=["Montenegro"])
R("Peter Sørensen", "visited", "North Mitrovica", A, [
    E("07", "visited North Mitrovica last week", when="last week")], time="2025-11",
  note="'last week' against 2025-12-04: 24-30 November")
R("Vladimir Putin", "met_with", "Milorad Dodik", RP, [
    E("02", "has met Dodik more than a dozen times, according to the Kremlin")], alt_s=["Russia"])

# independence, recognition, war
R("Kosovo", "gained_independence_from", "Serbia", A, [
    E("01", "declared independence from Serbia in 2008", when="in 2008"),
    E("07", "Kosovo's independence, which the United States recognised in 2008", when="in 2008")], time="2008",
  note="declared; Serbia does not recognise it")
R("NATO", "attacked", "Yugoslavia", A, [
    E("01", "NATO bombed what was then Yugoslavia", when="in 1999")], time="1999")
R("Serbia", "recognizes", "Kosovo", N, [
    E("01", "Belgrade still does not recognise its former province"),
    E("07", "Serbia does not recognise Kosovo's independence")])
for _c in ["Spain", "Slovakia", "Romania", "Greece", "Cyprus"]:
    R(_c, "recognizes", "Kosovo", N, [
        E("01", "neither do five of the EU's 27 members: Spain, Slovakia, Romania, Greece and Cyprus")],
      note="'neither do five of the EU's 27 members' (do not recognise its former province)")
    R(_c, "member_of", "European Union", A, [
        E("01", "five of the EU's 27 members: Spain, Slovakia, Romania, Greece and Cyprus")])
R("United States", "recognizes", "Kosovo", A, [
    E("07", "which the United States recognised in 2008", when="in 2008")], time="2008")
R("Bosnia and Herzegovina", "gained_independence_from", "Yugoslavia", A, [
    E("02", "Bosnia declared independence from Yugoslavia in 1992", when="in 1992")], time="1992")

# agreements
R("European Union", "brokered", "Brussels Agreement", A, [
    E("01", "Under the Brussels Agreement, which the EU brokered in 2013", when="in 2013")], time="2013")
R("Serbia", "party_to", "Brussels Agreement", A, [
    E("01", "Serbia and Kosovo pledged to create the association", when="in 2013")], time="2013")
R("Kosovo", "party_to", "Brussels Agreement", A, [
    E("01", "and Kosovo pledged to create the association", when="in 2013")], time="2013")
R("Serbia", "signed_agreement_with", "Kosovo", A, [
    E("01", "Serbia and Kosovo pledged", when="in 2013")], time="2013",
  note="the Brussels Agreement, 2013")
R("European Union", "brokered", "Agreement on the Path to Normalisation", A, [
    E("01", "the EU-brokered Agreement on the Path to Normalisation, which was announced in 2023", when="in 2023")],
  time="2023", note="'EU-brokered' as a compound adjective")
R("Serbia", "party_to", "Agreement on the Path to Normalisation", N, [
    E("01", "Nor has either government signed the EU-brokered Agreement")],
  note="'Nor has either government signed'; Brussels says both accepted it verbally")
R("Kosovo", "party_to", "Agreement on the Path to Normalisation", N, [
    E("01", "Nor has either government signed")])
R("United States", "brokered", "Dayton Agreement", A, [
    E("02", "brokered by the United States in 1995", when="in 1995")], time="1995")
for _c in ["Bosnia and Herzegovina", "Serbia", "Croatia"]:
    R(_c, "party_to", "Dayton Agreement", A, [
        E("02", "signed by the presidents of Bosnia, Serbia and Croatia", when="in 1995")], time="1995")
for _c in ["Serbia", "Albania", "North Macedonia"]:
    R(_c, "party_to", "Skopje Declaration", A, [
        E("04", "signed what officials called the Skopje Declaration", when="on Wednesday morning")],
      time="2025-11-19", note="signed by the three leaders")
R("Serbia", "signed_agreement_with", "Albania", A, [
    E("04", "signed what officials called the Skopje Declaration with their host", when="on Wednesday morning")],
  time="2025-11-19", alt_s=["Aleksandar Vučić"], alt_o=["Edi Rama"])
R("Serbia", "signed_agreement_with", "North Macedonia", A, [
    E("04", "the Skopje Declaration with their host, North Macedonia's Prime Minister", when="on Wednesday morning")],
  time="2025-11-19", alt_s=["Aleksandar Vučić"], alt_o=["Hristijan Mickoski"])
R("Albania", "signed_agreement_with", "North Macedonia", A, [
    E("04", "with their host, North Macedonia's Prime Minister Hristijan Mickoski", when="on Wednesday morning")],
  time="2025-11-19", alt_s=["Edi Rama"], alt_o=["Hristijan Mickoski"])
R("Albin Kurti", "supported", "Common Regional Market", A, [
    E("04", "he backs instead the Common Regional Market")])

# membership, candidacy, accession
for _c in ["Serbia", "Albania", "North Macedonia"]:
    R(_c, "member_of", "Open Balkan", A, [
        E("04", "breathe new life into the Open Balkan initiative")])
for _c in ["Montenegro", "Bosnia and Herzegovina", "Kosovo"]:
    R(_c, "member_of", "Open Balkan", N, [
        E("04", "Montenegro, Bosnia and Herzegovina and Kosovo have declined to join the initiative")])
R("Montenegro", "candidate_for", "Open Balkan", RP, [
    E("04", "to invite Montenegro to join Open Balkan")], note="invited to join (and declined)")
R("Serbia", "candidate_for", "European Union", A, [
    E("01", "Serbia, which has been a candidate for EU membership since 2012")],
  note="'since 2012': a state, not dated (seed convention)")
R("Bosnia and Herzegovina", "candidate_for", "European Union", A, [
    E("02", "The EU granted Bosnia candidate status in December 2022", when="in December 2022")], time="2022-12")
R("North Macedonia", "candidate_for", "European Union", A, [
    E("04", "For North Macedonia, an EU candidate since 2005")])
R("Albania", "candidate_for", "European Union", A, [
    E("04", "membership of the bloc, which Albania hopes to secure by 2030")], req=False,
  note="seeking to join is the relation itself; 'hopes to secure by 2030' could also be read as planned")
R("Albania", "negotiating_with", "European Union", A, [
    E("04", "whose country opened accession talks with the EU in 2022", when="in 2022")], time="2022")
R("Montenegro", "negotiating_with", "European Union", A, [
    E("02", "neighbouring Montenegro, which hopes to wrap up its own EU accession talks"),
    E("04", "closing its EU accession negotiations by the end of 2026")],
  note="in accession talks; completion hoped for by the end of 2026")
R("Bosnia and Herzegovina", "negotiating_with", "European Union", N, [
    E("02", "talks cannot formally begin until Sarajevo adopts a reform agenda")],
  note="'cannot formally begin until': a condition not yet met")
R("Croatia", "member_of", "European Union", A, [
    E("02", "Croatia, which joined the EU in 2013", when="in 2013")], time="2013")
R("Serbia", "candidate_for", "NATO", N, [
    E("04", "is not seeking NATO membership")])
R("Albania", "member_of", "NATO", A, [
    E("04", "unlike Albania and North Macedonia, which joined the alliance", when="2009")], time="2009",
  note="'in 2009 and 2020 respectively'")
R("North Macedonia", "member_of", "NATO", A, [
    E("04", "which joined the alliance in 2009 and 2020 respectively", when="2020")], time="2020")
R("KFOR", "member_of", "NATO", A, [
    E("01", "NATO's peacekeeping force in Kosovo, KFOR"),
    E("07", "KFOR, the NATO-led peacekeeping force")], req=False, note="a NATO-led mission")
R("KFOR", "based_in", "Pristina", A, [
    E("01", "KFOR, which is headquartered in Pristina")])
R("Office of the High Representative", "based_in", "Sarajevo", A, [
    E("02", "Office of the High Representative is based in Sarajevo")])

# geography
R("Banjska", "located_in", "Kosovo", A, [
    E("01", "the village of Banjska in northern Kosovo")])
R("Republika Srpska", "located_in", "Bosnia and Herzegovina", A, [
    E("02", "split the country into two autonomous entities, Republika Srpska")])
R("Federation of Bosnia and Herzegovina", "located_in", "Bosnia and Herzegovina", A, [
    E("02", "Republika Srpska and the Federation of Bosnia and Herzegovina")])
R("Banja Luka", "located_in", "Republika Srpska", A, [
    E("02", "Banja Luka, the main city of the Serb-run region")])
R("Sarajevo", "capital_of", "Bosnia and Herzegovina", A, [
    E("02", "Sarajevo, the Bosnian capital")])
for _c in ["Croatia", "Serbia", "Montenegro"]:
    R("Bosnia and Herzegovina", "borders", _c, A, [
        E("02", "Bosnia, which borders EU member Croatia as well as Serbia and Montenegro")])
R("Skopje", "capital_of", "North Macedonia", A, [
    E("04", "Skopje, the North Macedonian capital")])
R("Novi Sad", "located_in", "Serbia", A, [
    E("04", "the Serbian city of Novi Sad")])
R("Albania", "borders", "Serbia", N, [
    E("04", "Albania and Serbia do not share a border")])
R("Kosovo", "borders", "Albania", A, [
    E("04", "Kosovo lies between them")], note="'Albania and Serbia do not share a border - Kosovo lies between them'")
R("Kosovo", "borders", "Serbia", A, [
    E("04", "do not share a border - Kosovo lies between them"),
    E("07", "Kosovo has blocked most goods from Serbia at its border crossings")])
R("Bulgaria", "borders", "North Macedonia", A, [
    E("04", "Neighbouring Bulgaria has demanded that Skopje")])
R("Pristina", "capital_of", "Kosovo", A, [
    E("07", "Pristina, Kosovo's capital")])

# conflict, sanctions, support, criticism
R("Kosovo", "in_conflict_with", "Serbia", A, [
    E("07", "It is not the first trade war between the two neighbours")], note="'trade war' between the two neighbours")
R("Kosovo", "blockaded", "Serbia", A, [
    E("07", "Kosovo has blocked most goods from Serbia")], alt_p=["sanctioned"],
  note="'Since June 2023': a standing measure, not dated (seed convention for 'since')")
R("Kosovo", "sanctioned", "Serbia", A, [
    E("07", "Kosovo imposed 100 percent tariffs on goods from Serbia", when="In 2018")], time="2018")
R("Kosovo", "sanctioned", "Bosnia and Herzegovina", A, [
    E("07", "from Serbia and from Bosnia and Herzegovina", when="In 2018")], time="2018")
R("European Union", "sanctioned", "Russia", A, [
    E("01", "the bloc's sanctions against Russia")])
R("Serbia", "sanctioned", "Russia", N, [
    E("01", "Serbia's refusal to join the bloc's sanctions against Russia")])
R("United States", "sanctioned", "Milorad Dodik", A, [
    E("02", "the United States first imposed on him in 2017", when="in 2017")], time="2017",
  note="the sanctions were lifted in October; imposition is the dated fact")
R("Russia", "supported", "Milorad Dodik", A, [
    E("02", "Russia, which has backed Dodik throughout")])
R("Russia", "criticized", "Christian Schmidt", A, [
    E("02", "refuses to accept Schmidt's appointment")], req=False)
R("Russia", "criticized", "Office of the High Representative", A, [
    E("02", "Moscow has argued at the U.N. Security Council that the envoy's office should be closed")], req=False)
R("Milorad Dodik", "criticized", "Christian Schmidt", A, [
    E("02", "again rejected the authority of Christian Schmidt")])
R("Milorad Dodik", "threatened", "Bosnia and Herzegovina", A, [
    E("02", "Dodik has for years threatened that Republika Srpska would secede from Bosnia")], req=False,
  note="threat of secession")
R("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", PL, [
    E("02", "Republika Srpska would secede from Bosnia")], req=False, note="a threat, not an event")
R("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", N, [
    E("02", "the region has never formally broken away")])
R("Serbia", "supported", "Serb List", A, [
    E("01", "the Belgrade-backed Serb List party"),
    E("07", "which is backed by Belgrade")])
R("Milan Radoičić", "attacked", "Kosovo Police", RP, [
    E("01", "led the gunmen who attacked Kosovo police", when="in September 2023")], time="2023-09",
  note="'Kosovo says'")
R("Milan Radoičić", "killed", "Afrim Bunjaku", RP, [
    E("01", "led the gunmen who attacked Kosovo police in the village of Banjska in northern Kosovo in September 2023, "
            "killing police sergeant Afrim Bunjaku", when="in September 2023")], time="2023-09", req=False,
  note="led the gunmen who killed him, according to Kosovo")
R("Milan Radoičić", "lives_in", "Serbia", A, [
    E("01", "lives in Serbia, which has refused to hand him over")])
R("Kosovo Police", "took_control_of", "Banjska Monastery", A, [
    E("07", "Kosovo police retook the Banjska monastery", when="In September 2023")], time="2023-09")
R("Donika Gërvalla-Schwarz", "criticized", "Serbia", A, [
    E("07", "accused it of arming the group that attacked police at Banjska")], alt_s=["Kosovo"])
R("Albin Kurti", "criticized", "Open Balkan", A, [
    E("04", "has repeatedly criticised the scheme as a vehicle for Serbian influence")], alt_s=["Kosovo"])
R("European Union", "criticized", "Open Balkan", RP, [
    E("04", "EU officials have privately criticised Open Balkan")])
R("European Union", "supported", "Western Balkans", A, [
    E("04", "offering the region 6 billion euros in grants and loans under its Growth Plan for the Western Balkans")])

# ties, trade
R("Serbia", "allied_with", "Russia", A, [
    E("01", "Serbia has close ties with Russia")])
R("Serbia", "allied_with", "China", A, [
    E("01", "and with China")])
R("Serbia", "imports_from", "Russia", A, [
    E("01", "from which it imports most of its natural gas")], alt_p=["trades_with"], commodity="natural gas")
R("Albania", "allied_with", "Kosovo", A, [
    E("04", "Albania is Kosovo's closest ally")])
R("Serbia", "trades_with", "North Macedonia", A, [
    E("04", "Serbia is North Macedonia's biggest trading partner in the region")])
R("North Macedonia", "imports_from", "Serbia", RP, [
    E("04", "North Macedonia buys most of its wheat and much of its electricity from Serbia")],
  alt_p=["trades_with"], commodity="wheat; electricity", note="'officials in Skopje say'")
R("Albania", "trades_with", "Serbia", A, [
    E("04", "their bilateral trade remains modest")])
R("Bosnia and Herzegovina", "trades_with", "European Union", A, [
    E("02", "relies on the bloc for most of its trade")])
R("Serbia", "diplomatic_relations_with", "Kosovo", N, [
    E("07", "have no diplomatic ties")])
R("Serbia", "normalized_relations_with", "Kosovo", N, [
    E("07", "The two governments have never normalised relations")])
R("Serbia", "normalized_relations_with", "Kosovo", PL, [
    E("01", "depends on normalising relations with Pristina")], req=False, note="an EU condition, not a fact")

# people in Mitrovica
R("Dragana Petrović", "lives_in", "North Mitrovica", A, [
    E("07", "Like most Serbs who live in North Mitrovica, the 54-year-old")])
R("Dragana Petrović", "citizen_of", "Serbia", A, [
    E("07", "holds both Serbian and Kosovo passports")])
R("Dragana Petrović", "citizen_of", "Kosovo", A, [
    E("07", "both Serbian and Kosovo passports")])

# ---- Cluster B: Japan, South Korea, North Korea (03, 05, 06, 08) ---------

# offices
R("Sanae Takaichi", "head_of", "Japan", A, [
    E("03", "Japanese Prime Minister Sanae Takaichi"),
    E("05", "since Sanae Takaichi became prime minister")], role="prime minister")
R("Lee Jae-myung", "head_of", "South Korea", A, [
    E("03", "South Korean President Lee Jae-myung, who took office in June"),
    E("05", "President Lee Jae-myung, who took office in June, met Takaichi"),
    E("08", "South Korean President Lee Jae-myung has voiced support")], role="president")
R("Kim Jong Un", "head_of", "North Korea", A, [
    E("03", "Kim Jong Un declared South Korea the North's"),
    E("06", "North Korean leader Kim Jong Un signed"),
    E("08", "North Korean leader Kim Jong Un and was ready")], role="leader")
R("Kim Yo Jong", "works_for", "Workers' Party of Korea", A, [
    E("03", "a senior official of the ruling Workers' Party of Korea")], role="senior official")
R("Kang Yu-jung", "works_for", "Lee Jae-myung", A, [
    E("03", "Lee's spokeswoman Kang Yu-jung")], alt_o=["South Korea"], role="spokeswoman")
R("Hwang Min-jae", "works_for", "Korea Peninsula Forum", A, [
    E("03", "Hwang Min-jae, a researcher at the Seoul-based Korea Peninsula Forum")], role="researcher")
R("Korea Peninsula Forum", "based_in", "Seoul", A, [
    E("03", "the Seoul-based Korea Peninsula Forum")])
R("KCNA", "based_in", "Pyongyang", A, [
    E("03", "KCNA, the Pyongyang-based state news agency")])
R("Shinjiro Koizumi", "works_for", "Japan", A, [
    E("03", "Japanese Defence Minister Shinjiro Koizumi was due"),
    E("06", "Japanese Defence Minister Shinjiro Koizumi and his South Korean counterpart")],
  alt_o=["Sanae Takaichi"], role="defence minister")
R("Ahn Gyu-back", "works_for", "South Korea", A, [
    E("03", "his South Korean counterpart, Ahn Gyu-back, on missile defence"),
    E("06", "his South Korean counterpart, Ahn Gyu-back, met in Seoul")], role="defence minister")
R("Toshimitsu Motegi", "works_for", "Japan", A, [
    E("05", "Toshimitsu Motegi, Japan's foreign minister")], role="foreign minister")
R("Cho Hyun", "works_for", "South Korea", A, [
    E("05", "his South Korean counterpart, Cho Hyun")], role="foreign minister")
R("Yoon Suk Yeol", "head_of", "South Korea", A, [
    E("05", "Yoon Suk Yeol, then South Korea's president", when="in 2023")], time="2023", role="president")
R("Ito Hirobumi", "head_of", "Japan", A, [
    E("05", "Ito Hirobumi, Japan's first prime minister")], req=False, role="prime minister",
  note="historical; the sentence's 1909 dates the killing, not the office")
R("Joe Biden", "head_of", "United States", A, [
    E("06", "then-U.S. President Joe Biden hosted", when="a 2023 summit")], time="2023", req=False, role="president")
R("Wi Sung-lac", "works_for", "Lee Jae-myung", A, [
    E("06", "Wi Sung-lac, Lee's national security adviser")], alt_o=["South Korea"], role="national security adviser")
R("Kim Jong Il", "head_of", "North Korea", A, [
    E("08", "North Korea's then-leader Kim Jong Il", when="in September 2002")], time="2002-09", role="leader")
R("Junichiro Koizumi", "head_of", "Japan", A, [
    E("08", "Japan's prime minister, Junichiro Koizumi", when="in September 2002")], time="2002-09",
  role="prime minister")
R("Fumio Kishida", "head_of", "Japan", A, [
    E("08", "then-prime minister Fumio Kishida sought talks", when="In March 2024")], time="2024-03",
  role="prime minister")
R("Donald Trump", "head_of", "United States", A, [
    E("08", "U.S. President Donald Trump met the families")], role="president")
R("Takuya Yokota", "head_of", "Association of the Families of Victims Kidnapped by North Korea", A, [
    E("08", "Takuya Yokota, who heads the Association of the Families of Victims Kidnapped by North Korea")],
  role="head")
R("Sakie Yokota", "lives_in", "Kawasaki", A, [
    E("08", "Yokota, who lives in Kawasaki")], note="'near Tokyo' is not containment")

# meetings, visits, calls
R("Sakie Yokota", "met_with", "Sanae Takaichi", A, [
    E("08", "after meeting Prime Minister Sanae Takaichi at her office", when="on Friday")], time="2025-12-12")
R("Toshimitsu Motegi", "met_with", "Cho Hyun", A, [
    E("05", "hosted his South Korean counterpart, Cho Hyun, for more than two hours of talks on Monday",
      when="on Monday")], time="2025-12-01", alt_s=["Japan"], alt_o=["South Korea"])
R("Cho Hyun", "visited", "Tokyo", A, [
    E("05", "the first visit to Tokyo by a South Korean foreign minister", when="on Monday")], time="2025-12-01",
  alt_o=["Japan"])
R("Lee Jae-myung", "met_with", "Sanae Takaichi", A, [
    E("05", "met Takaichi for the first time on the sidelines", when="in October")], time="2025-10")
R("Sanae Takaichi", "visited", "Gyeongju", A, [
    E("05", "the South Korean city of Gyeongju in October", when="in October")], time="2025-10", req=False,
  alt_o=["South Korea"], note="implied by meeting Lee at the APEC summit in Gyeongju")
R("Lee Jae-myung", "visited", "Nara Prefecture", H, [
    E("05", "Lee is expected to visit Takaichi's home prefecture of Nara", when="early next year")], time="2026",
  alt_o=["Japan"], note="'is expected to', 'Japanese officials said'")
R("Lee Jae-myung", "contacted", "Sanae Takaichi", RP, [
    E("03", "Lee and Takaichi spoke by telephone")], note="wire copy: 'later on Tuesday' is undated")
R("Shinjiro Koizumi", "visited", "Seoul", PL, [
    E("03", "was due to visit Seoul")], alt_o=["South Korea"])
R("Shinjiro Koizumi", "met_with", "Ahn Gyu-back", PL, [
    E("03", "for talks with his South Korean counterpart, Ahn Gyu-back")])
R("Shinjiro Koizumi", "visited", "Seoul", A, [
    E("06", "flew to Seoul on Wednesday morning", when="on Wednesday morning")], time="2025-12-10",
  alt_o=["South Korea"])
R("Shinjiro Koizumi", "met_with", "Ahn Gyu-back", A, [
    E("06", "met in Seoul on Wednesday", when="on Wednesday")], time="2025-12-10", alt_s=["Japan"],
  alt_o=["South Korea"])
R("Shinjiro Koizumi", "met_with", "Lee Jae-myung", N, [
    E("06", "Koizumi did not meet President Lee Jae-myung")])
R("Shinjiro Koizumi", "contacted", "Wi Sung-lac", RP, [
    E("06", "held a brief call with Wi Sung-lac")], note="'Japan's defence ministry said'")
R("Ahn Gyu-back", "visited", "Japan", H, [
    E("06", "a possible visit to Japan by Ahn", when="early next year")], time="2026")
R("Japan", "contacted", "North Korea", RP, [
    E("03", "Tokyo had lodged a protest with North Korea")], note="through its embassy in Beijing")
R("Sanae Takaichi", "contacted", "Kim Jong Un", RP, [
    E("08", "she had proposed a summit to North Korean leader Kim Jong Un", when="last month")], time="2025-11",
  req=False, alt_s=["Japan"], alt_o=["North Korea"], note="'told parliament last month that she had proposed'")
R("Sanae Takaichi", "met_with", "Kim Jong Un", PL, [
    E("08", "was ready to meet him")], note="'ready to meet him without preconditions'")
R("Junichiro Koizumi", "visited", "Pyongyang", A, [
    E("08", "a landmark visit to Pyongyang by Japan's prime minister", when="in September 2002")],
  time="2002-09", alt_o=["North Korea"])
R("Junichiro Koizumi", "met_with", "Kim Jong Il", A, [
    E("08", "when the two men signed the Pyongyang Declaration", when="in September 2002")], time="2002-09")
R("Donald Trump", "visited", "Tokyo", A, [
    E("08", "met the families in Tokyo in October", when="in October")], time="2025-10", alt_o=["Japan"])
R("Donald Trump", "met_with", "Kim Jong Un", A, [
    E("08", "whom he first met at a summit in Singapore in 2018", when="in 2018")], time="2018",
  alt_s=["United States"], alt_o=["North Korea"])
R("Donald Trump", "met_with", "Kim Jong Un", PL, [
    E("08", "he would like to meet Kim")], note="'would like to meet': a wish")
R("Japan", "met_with", "North Korea", RP, [
    E("08", "officials from the two countries held secret talks in Ulaanbaatar", when="in 2023")], time="2023",
  req=False, alt_p=["negotiating_with"], note="'Japanese media have reported'; neither government confirmed")
R("Japan", "negotiating_with", "North Korea", PL, [
    E("08", "then-prime minister Fumio Kishida sought talks")], req=False, alt_s=["Fumio Kishida"])
R("North Korea", "negotiating_with", "Japan", N, [
    E("08", "her country would reject any contact or negotiations with Japan")], alt_s=["Kim Yo Jong"],
  note="Kim Yo Jong, March 2024")
R("North Korea", "negotiating_with", "South Korea", N, [
    E("03", "his government has rejected every offer of dialogue from Lee's administration")],
  alt_s=["Kim Jong Un"])
R("Kim Jong Un", "criticized", "South Korea", A, [
    E("03", "Kim Jong Un declared South Korea the North's \"most hostile state\"")], req=False,
  note="'last year' in undated wire copy: no time")

# relations, treaties, history
R("Japan", "diplomatic_relations_with", "North Korea", N, [
    E("03", "the two countries have no diplomatic relations"),
    E("08", "the two countries still have no diplomatic relations")])
R("Japan", "normalized_relations_with", "North Korea", N, [
    E("08", "have never normalised ties")])
R("Japan", "normalized_relations_with", "North Korea", PL, [
    E("08", "committed both sides to work towards normalising relations")], req=False)
R("Japan", "normalized_relations_with", "South Korea", A, [
    E("05", "the treaty that normalised relations between the two countries in 1965", when="in 1965")], time="1965")
R("Japan", "diplomatic_relations_with", "South Korea", A, [
    E("05", "restored diplomatic ties between the former colonial ruler and the country it had governed",
      when="on June 22, 1965")], time="1965")
R("Japan", "signed_agreement_with", "South Korea", A, [
    E("05", "The Treaty on Basic Relations, signed in Tokyo on June 22, 1965", when="on June 22, 1965")],
  time="1965-06-22", note="06's GSOMIA sentence is annotated as party_to only")
R("Japan", "party_to", "Treaty on Basic Relations", A, [
    E("05", "The Treaty on Basic Relations, signed in Tokyo", when="on June 22, 1965")], time="1965-06-22")
R("South Korea", "party_to", "Treaty on Basic Relations", A, [
    E("05", "the country it had governed for 35 years", when="on June 22, 1965")], time="1965-06-22")
R("Japan", "took_control_of", "Korean Peninsula", A, [
    E("05", "Japan ruled the Korean Peninsula as a colony from 1910", when="from 1910")], time="1910",
  note="colonial rule 1910-1945")
R("Japan", "party_to", "2015 comfort women agreement", A, [
    E("05", "A 2015 agreement under which Tokyo apologised", when="A 2015 agreement")], time="2015")
R("South Korea", "party_to", "2015 comfort women agreement", A, [
    E("05", "was effectively shelved by a later South Korean government", when="A 2015 agreement")], time="2015",
  req=False, note="shelved but never formally scrapped")
R("Japan", "sanctioned", "South Korea", A, [
    E("05", "in 2019 Japan responded by tightening controls on exports to South Korea", when="in 2019"),
    E("03", "Tokyo lifted export curbs that it had imposed on South Korea")], time="2019",
  note="03 states the curbs without their year (2023 is when they were lifted)")
R("South Korea", "imports_from", "Japan", A, [
    E("05", "South Korean chipmakers still buy most of their high-purity hydrogen fluoride and photoresists from Japan")],
  alt_p=["trades_with"], commodity="hydrogen fluoride; photoresists")
R("Japan", "trades_with", "South Korea", A, [
    E("05", "Trade between Japan and South Korea came to about $77 billion last year", when="last year")], time="2024")
R("South Korea", "candidate_for", "CPTPP", H, [
    E("05", "Seoul was studying whether to apply to join")], note="'studying whether to apply', 'no decision'")
R("Japan", "party_to", "CPTPP", A, [
    E("05", "the 12-member trade pact in which Japan plays a leading role")])
R("South Korea", "criticized", "Japan", A, [
    E("05", "saying Japan had failed to acknowledge", when="last year")], time="2024",
  note="boycott of the Sado mine memorial")
R("Sado gold mine", "located_in", "Niigata Prefecture", A, [
    E("05", "the Sado gold mine in Niigata prefecture")])
R("Japan", "in_conflict_with", "South Korea", A, [
    E("05", "The two countries also remain at odds over a pair of islets")], note="territorial dispute over Dokdo/Takeshima")
R("South Korea", "took_control_of", "Dokdo", A, [
    E("05", "that South Korea controls and calls Dokdo")], note="'controls' (occupies)")
R("Dokdo", "located_in", "Sea of Japan", A, [
    E("05", "a pair of islets in the Sea of Japan that South Korea controls and calls Dokdo")])
R("Yasukuni Shrine", "located_in", "Tokyo", A, [
    E("05", "the Yasukuni shrine in Tokyo")])
R("Ahn Jung-geun", "killed", "Ito Hirobumi", A, [
    E("05", "who shot dead Ito Hirobumi", when="in 1909")], time="1909")
R("Harbin", "located_in", "China", A, [
    E("05", "the Chinese city of Harbin")])
R("Gyeongju", "located_in", "South Korea", A, [
    E("05", "the South Korean city of Gyeongju")])

# alliances and the Russia connection
R("Japan", "allied_with", "United States", A, [
    E("03", "both treaty allies of the United States")])
R("South Korea", "allied_with", "United States", A, [
    E("03", "The two neighbours, both treaty allies of the United States")])
R("Japan", "allied_with", "South Korea", A, [
    E("06", "the two neighbours have become close security partners")], note="'since a 2023 summit': not dated")
R("North Korea", "allied_with", "Russia", A, [
    E("03", "North Korea has also deepened its military ties with Russia"),
    E("06", "obliges each side to come to the other's aid if it is attacked"),
    E("08", "has also found a new patron in Russia")])
R("North Korea", "supported", "Russia", RP, [
    E("03", "It has sent thousands of troops to help Moscow"),
    E("06", "has supplied Moscow with artillery shells and missiles"),
    E("08", "since it sent troops to fight alongside Russian forces", mod=A)],
  note="troops, shells and missiles; 'according to ... intelligence' in 03 and 06")
R("Kursk region", "located_in", "Russia", A, [
    E("03", "Russia's Kursk region")])
R("Russia", "in_conflict_with", "Ukraine", RP, [
    E("03", "to help Moscow push Ukrainian forces out of Russia's Kursk region")], req=False)
R("North Korea", "in_conflict_with", "Ukraine", RP, [
    E("06", "where they fought Ukrainian forces in the Kursk region")], req=False)
R("Russia", "signed_agreement_with", "North Korea", A, [
    E("06", "signed a Comprehensive Strategic Partnership Treaty in Pyongyang in June 2024", when="in June 2024")],
  time="2024-06", alt_s=["Vladimir Putin"], alt_o=["Kim Jong Un"])
R("Russia", "party_to", "Comprehensive Strategic Partnership Treaty", A, [
    E("06", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed", when="in June 2024")],
  time="2024-06")
R("North Korea", "party_to", "Comprehensive Strategic Partnership Treaty", A, [
    E("06", "North Korean leader Kim Jong Un signed a Comprehensive Strategic Partnership Treaty",
      when="in June 2024")], time="2024-06")
R("Vladimir Putin", "visited", "Pyongyang", A, [
    E("06", "a Comprehensive Strategic Partnership Treaty in Pyongyang", when="in June 2024")], time="2024-06",
  req=False, alt_o=["North Korea"], note="implied by signing in Pyongyang")
R("Russia", "supported", "North Korea", H, [
    E("06", "Russia might transfer missile or submarine technology to North Korea")])
R("China", "allied_with", "North Korea", A, [
    E("06", "China, North Korea's only treaty ally")])

# criticism, threats, sanctions, attacks
R("Sanae Takaichi", "criticized", "North Korea", A, [
    E("03", "Japanese Prime Minister Sanae Takaichi condemned the launch")], note="condemned the launch")
R("Japan", "criticized", "North Korea", RP, [
    E("03", "said Tokyo had lodged a protest with North Korea"),
    E("08", "Tokyo has rejected Pyongyang's account", mod=A)], note="03: lodged a protest; 08: rejected Pyongyang's account")
R("Shinjiro Koizumi", "criticized", "North Korea", A, [
    E("06", "the two ministers condemned the launch")], alt_s=["Japan"])
R("Ahn Gyu-back", "criticized", "North Korea", A, [
    E("06", "the two ministers condemned the launch and what they called")], alt_s=["South Korea"])
R("United States", "criticized", "North Korea", A, [
    E("03", "Washington condemned the launch")])
R("UN Security Council", "sanctioned", "North Korea", A, [
    E("03", "U.N. Security Council resolutions, which have imposed sanctions on North Korea")],
  note="'since 2006': a standing measure, not dated (seed convention for 'since')")
R("Japan", "sanctioned", "North Korea", A, [
    E("08", "Japan has banned all trade with North Korea since 2009 as part of sanctions")])
R("Japan", "trades_with", "North Korea", N, [
    E("08", "there is now no trade between them at all")])
R("Kim Yo Jong", "threatened", "Japan", A, [
    E("03", "She warned Japan that it would \"pay a heavy price\"")], alt_s=["North Korea"])
R("North Korea", "in_conflict_with", "South Korea", A, [
    E("03", "The two Koreas remain technically at war")])
R("North Korea", "attacked", "Yeonpyeong Island", A, [
    E("06", "North Korea's shelling of Yeonpyeong Island", when="in November 2010")], time="2010-11")
R("North Korea", "attacked", "South Korea", RP, [
    E("06", "what an international investigation concluded was a North Korean torpedo attack", when="In March 2010")],
  time="2010-03", note="the Cheonan sinking")
R("North Korea", "attacked", "South Korea", N, [
    E("06", "Pyongyang has always denied attacking the South Korean ship")], req=False)
R("United States Forces Korea", "based_in", "Pyeongtaek", A, [
    E("06", "whose headquarters is at Camp Humphreys in Pyeongtaek")], note="'south of Seoul' is not containment")
R("United States Forces Korea", "based_in", "South Korea", A, [
    E("06", "about 28,500 troops in South Korea under United States Forces Korea")], req=False)
R("Camp Humphreys", "located_in", "Pyeongtaek", A, [
    E("06", "Camp Humphreys in Pyeongtaek")])
R("Japan", "party_to", "GSOMIA", A, [
    E("06", "a military intelligence-sharing pact to which both countries have been party")],
  note="'since 2016': not dated (seed convention for 'since')")
R("South Korea", "party_to", "GSOMIA", A, [
    E("06", "to which both countries have been party since 2016")])

# places
R("Pyongyang", "capital_of", "North Korea", A, [
    E("03", "Pyongyang, the North Korean capital")])
R("Ulaanbaatar", "capital_of", "Mongolia", A, [
    E("08", "Ulaanbaatar, the capital of Mongolia")])
R("Niigata", "located_in", "Japan", A, [
    E("08", "the Japanese port city of Niigata")])

# the 2002 summit and after
R("Japan", "party_to", "Pyongyang Declaration", A, [
    E("08", "signed the Pyongyang Declaration", when="in September 2002")], time="2002-09")
R("North Korea", "party_to", "Pyongyang Declaration", A, [
    E("08", "the two men signed the Pyongyang Declaration", when="in September 2002")], time="2002-09")
R("Japan", "signed_agreement_with", "North Korea", A, [
    E("08", "when the two men signed", when="in September 2002")], time="2002-09",
  alt_s=["Junichiro Koizumi"], alt_o=["Kim Jong Il"])
R("South Korea", "supported", "Japan", A, [
    E("08", "has voiced support for Japan's efforts")], alt_s=["Lee Jae-myung"],
  note="support for Japan's efforts on the abductions")
R("North Korea", "trades_with", "China", A, [
    E("08", "conducts almost all of its foreign trade with China")])
R("North Korea", "imports_from", "China", A, [
    E("08", "imports most of its fuel from its giant neighbour")], alt_p=["trades_with"], commodity="fuel")
R("North Korea", "borders", "China", A, [
    E("08", "its giant neighbour")], note="'its giant neighbour'")

# --------------------------------------------------------------------------
# Time resolution

MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_RE = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


class TimeError(ValueError):
    pass


def resolve_time(when, published, style):
    """Resolve a date expression to an ISO 8601 prefix.

    Explicit years always resolve. Relative expressions need a publication date
    (newspaper, HTML); wire copy carries none, so they are errors there.
    """
    w = when.strip().lower()
    if re.search(r"\b\d{4}\s*-\s*\d{2,4}\b", w):
        raise TimeError(f"a range is not a time: {when!r}")
    m = re.search(r"\b(1[5-9]\d|20\d)0s\b", w)
    if m:
        return m.group(1)
    m = re.search(r"\b" + MONTH_RE + r"\s+(\d{1,2}),?\s+(\d{4})\b", w)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{1,2})\s+" + MONTH_RE + r"\s+(\d{4})\b", w)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b" + MONTH_RE + r"\s+(\d{4})\b", w)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}"
    years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", w)
    if len(years) == 1:
        return years[0]
    if len(years) > 1:
        raise TimeError(f"more than one year in {when!r}")
    if style == "wire" or not published:
        raise TimeError(f"no year in {when!r} and no publication date ({style})")
    pub = dt.date.fromisoformat(published)
    if re.search(r"\blast year\b", w):
        return f"{pub.year - 1}"
    if re.search(r"\bnext year\b", w):
        return f"{pub.year + 1}"
    if re.search(r"\bthis year\b", w):
        return f"{pub.year}"
    if re.search(r"\blast month\b", w):
        y, mth = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return f"{y}-{mth:02d}"
    if re.search(r"\bthis month\b", w):
        return f"{pub.year}-{pub.month:02d}"
    if re.search(r"\blast week\b", w):
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year}-{monday.month:02d}"
        if monday.year == sunday.year:
            return f"{monday.year}"
        raise TimeError(f"'last week' spans two years: {when!r}")
    if re.search(r"\byesterday\b", w):
        return (pub - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btoday\b", w):
        return pub.isoformat()
    for i, name in enumerate(WEEKDAYS):
        if re.search(r"\b" + name + r"\b", w):
            back = (pub.weekday() - i) % 7
            return (pub - dt.timedelta(days=back)).isoformat()
    m = re.search(r"\b" + MONTH_RE + r"\s+(\d{1,2})\b", w)
    if m:
        mth, day = MONTHS[m.group(1)], int(m.group(2))
        best = min((abs((dt.date(y, mth, day) - pub).days), y) for y in (pub.year - 1, pub.year, pub.year + 1))
        return f"{best[1]}-{mth:02d}-{day:02d}"
    m = re.search(r"\b" + MONTH_RE + r"(?!\s*\d)", w)
    if m:
        mth = MONTHS[m.group(1)]
        best = min((abs((dt.date(y, mth, 15) - pub).days), y) for y in (pub.year - 1, pub.year, pub.year + 1))
        return f"{best[1]}-{mth:02d}"
    raise TimeError(f"cannot resolve {when!r}")


# --------------------------------------------------------------------------
# Checks

def norm(s):
    """kgscore's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


class GoldError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"{code}: {msg}")
        self.code = code


def load_docs():
    docs = {}
    for key, fname in DOCS.items():
        d = textutil.extract(os.path.join(SET_DIR, "corpus", fname))
        d["file"] = fname
        d["sentences"] = textutil.split_sentences(d["body"])
        docs[key] = d
    return docs


def occurs(expr, sentence):
    """Whole-word occurrence: any case for a name of several words ("Dayton
    agreement"), otherwise exact case or with the first letter's case flipped
    (so "US" never matches "us")."""
    if " " in expr.strip():
        return re.search(r"(?<![\w])" + re.escape(expr) + r"(?![\w])", sentence, re.I) is not None
    variants = {expr, expr[:1].upper() + expr[1:], expr[:1].lower() + expr[1:]}
    for v in variants:
        if re.search(r"(?<![\w])" + re.escape(v) + r"(?![\w])", sentence):
            return True
    return False


def check_entities(entities):
    errors = []
    seen = {}
    types = {}
    for name, typ, aliases in entities:
        if typ not in TYPES:
            errors.append(GoldError("E_TYPE", f"entity {name!r} has unknown type {typ!r}"))
        if name in types:
            errors.append(GoldError("E_ALIAS_SHARED", f"entity {name!r} declared twice"))
        types[name] = typ
        for a in [name] + aliases:
            k = norm(a)
            if k in seen and seen[k] != name:
                errors.append(GoldError("E_ALIAS_SHARED", f"{a!r} names both {seen[k]!r} and {name!r}"))
            seen[k] = name
    return types, seen, errors


def canon_of(alias_map):
    return lambda s: alias_map.get(norm(s), s)


def unit_key(s, p, o, pol, doc=""):
    if p in SYMMETRIC and s > o:
        s, o = o, s
    return (s, p, o, pol, doc)


def named_in(entity, sentence, doc_key, entities_by_name, mentions):
    exprs = [entity] + entities_by_name[entity][1]
    exprs += [d for d, c in DEMONYMS.items() if c == entity]
    exprs += [m for m, ents in mentions.get(doc_key, {}).items() if entity in ents]
    return any(occurs(x, sentence) for x in exprs)


def check_rows(rows, docs, entities, mentions):
    """Return (errors, resolved) where resolved holds per-evidence sentence and time."""
    errors = []
    types, alias_map, ent_errors = check_entities(entities)
    errors += ent_errors
    by_name = {n: (t, a) for n, t, a in entities}
    canon = canon_of(alias_map)
    units, units_doc = {}, {}
    resolved = []
    for i, r in enumerate(rows):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        out = {"row": r, "ev": []}
        resolved.append(out)
        if r["p"] not in SIG:
            errors.append(GoldError("E_PRED", f"{tag}: unknown predicate"))
            continue
        if r["modality"] not in POLARITY:
            errors.append(GoldError("E_MODALITY", f"{tag}: unknown modality"))
            continue
        if not isinstance(r["required"], bool):
            errors.append(GoldError("E_MODALITY", f"{tag}: required must be true or false"))
        subj_types, obj_types = SIG[r["p"]]
        bad_entity = False
        for role, names, allowed in (("subject", [r["s"]] + (r["alt_s"] or []), subj_types),
                                     ("object", [r["o"]] + (r["alt_o"] or []), obj_types)):
            for n in names:
                if n not in types:
                    errors.append(GoldError("E_ENTITY", f"{tag}: unknown {role} entity {n!r}"))
                    bad_entity = True
                elif types[n] not in allowed:
                    errors.append(GoldError("E_TYPE", f"{tag}: {role} {n!r} is a {types[n]}, "
                                                      f"{r['p']} takes {sorted(allowed)}"))
        for ap in r["alt_p"] or []:
            if ap not in SIG:
                errors.append(GoldError("E_PRED", f"{tag}: unknown alt_p {ap!r}"))
            elif not bad_entity and (types[r["s"]] not in SIG[ap][0] or types[r["o"]] not in SIG[ap][1]):
                errors.append(GoldError("E_TYPE", f"{tag}: alt_p {ap} does not fit the types"))
        if bad_entity:
            continue
        pol = POLARITY[r["modality"]]
        key = unit_key(canon(r["s"]), r["p"], canon(r["o"]), pol)
        if key in units:
            errors.append(GoldError("E_DUP_UNIT", f"{tag}: same unit as row {units[key]}"))
        units[key] = i
        if r["time"] is not None and not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", r["time"]):
            errors.append(GoldError("E_TIME", f"{tag}: {r['time']!r} is not an ISO 8601 prefix"))
        if not r["ev"]:
            errors.append(GoldError("E_PHRASE", f"{tag}: no evidence"))
        seen_docs = set()
        doc_times = []
        for ev in r["ev"]:
            dk = ev["doc"]
            if dk not in docs:
                errors.append(GoldError("E_DOC", f"{tag}: unknown document {dk!r}"))
                continue
            if dk in seen_docs:
                errors.append(GoldError("E_DOC", f"{tag}: two evidence phrases for document {dk}"))
            seen_docs.add(dk)
            dkey = unit_key(canon(r["s"]), r["p"], canon(r["o"]), pol, dk)
            if dkey in units_doc:
                errors.append(GoldError("E_DUP_UNIT", f"{tag}: same unit in {dk} as row {units_doc[dkey]}"))
            units_doc[dkey] = i
            mod = ev["mod"] or r["modality"]
            if mod not in POLARITY or POLARITY[mod] != pol:
                errors.append(GoldError("E_POLARITY", f"{tag}: {dk} modality {mod!r} changes the polarity"))
            d = docs[dk]
            body = d["body"]
            n = body.count(ev["phrase"])
            if n == 0:
                errors.append(GoldError("E_PHRASE", f"{tag}: phrase not in {dk}: {ev['phrase']!r}"))
                continue
            if n > 1:
                errors.append(GoldError("E_PHRASE", f"{tag}: phrase occurs {n} times in {dk}: {ev['phrase']!r}"))
                continue
            at = body.index(ev["phrase"])
            end = at + len(ev["phrase"])
            sent = [x for x in d["sentences"] if x[0] <= at and end <= x[1]]
            if not sent:
                errors.append(GoldError("E_SENTENCE", f"{tag}: phrase crosses a sentence boundary in {dk}: "
                                                      f"{ev['phrase']!r}"))
                continue
            s0, s1, stext = sent[0]
            for role, ent in (("subject", r["s"]), ("object", r["o"])):
                if not named_in(ent, stext, dk, by_name, mentions):
                    errors.append(GoldError("E_NOT_NAMED", f"{tag}: {role} {ent!r} not named in the {dk} "
                                                           f"sentence: {stext!r}"))
            t = None
            if ev["when"] is not None:
                if not occurs(ev["when"], stext):
                    errors.append(GoldError("E_TIME", f"{tag}: time phrase {ev['when']!r} not in the {dk} sentence"))
                else:
                    try:
                        t = resolve_time(ev["when"], d["published"], d["style"])
                    except TimeError as e:
                        errors.append(GoldError("E_TIME", f"{tag}: {dk}: {e}"))
                if t is not None:
                    if r["time"] is None:
                        errors.append(GoldError("E_TIME", f"{tag}: {dk} dates it ({t}) but the row has no time"))
                    elif not t.startswith(r["time"]):
                        errors.append(GoldError("E_TIME", f"{tag}: {dk} resolves {t}, row says {r['time']}"))
                    doc_times.append(t)
            out["ev"].append({"doc": dk, "start": s0, "end": s1, "sentence": stext, "time": t or "",
                              "modality": mod})
        if r["time"] is not None and not doc_times:
            errors.append(GoldError("E_TIME", f"{tag}: time {r['time']} is not resolved from any sentence"))
    return errors, resolved


# --------------------------------------------------------------------------
# Self-test: each check must reject a bad row

def self_test(docs):
    good = {"s": "Serbia", "p": "allied_with", "o": "Russia", "modality": "asserted",
            "ev": [E("01", "Serbia has close ties with Russia")], "required": True, "time": None,
            "alt_s": None, "alt_p": None, "alt_o": None, "note": None, "role": None, "commodity": None}
    errs, _ = check_rows([good], docs, ENTITIES, MENTIONS)
    assert not errs, errs

    def variant(**kw):
        r = dict(good)
        r.update(kw)
        return r

    cases = [
        ("E_PHRASE", [variant(ev=[E("01", "Serbia has no ties with Russia")])]),
        ("E_PHRASE", [variant(ev=[E("01", "Serbia")])]),                       # ambiguous
        ("E_SENTENCE", [variant(s="North Korea", ev=[E("03", "with Russia. It has sent")])]),
        ("E_NOT_NAMED", [variant(o="Ukraine")]),
        ("E_NOT_NAMED", [variant(s="Kosovo")]),
        ("E_TYPE", [variant(p="recognizes", o="Open Balkan")]),
        ("E_TYPE", [variant(p="head_of", s="Serbia", o="Russia")]),
        ("E_TYPE", [variant(alt_s=["Belgrade"])]),
        ("E_ENTITY", [variant(o="Atlantis")]),
        ("E_PRED", [variant(p="friends_with")]),
        ("E_MODALITY", [variant(modality="rumoured")]),
        ("E_DUP_UNIT", [good, variant(s="Russia", o="Serbia", modality="reported")]),
        ("E_DOC", [variant(ev=[E("09", "Serbia has close ties with Russia")])]),
        ("E_DOC", [variant(ev=[E("01", "Serbia has close ties with Russia"), E("01", "and with China")])]),
        ("E_POLARITY", [variant(ev=[E("01", "Serbia has close ties with Russia", mod="hedged")])]),
        ("E_TIME", [variant(time="2013")]),                                    # time not in the sentence
        ("E_TIME", [variant(time="2025-13x")]),
        ("E_TIME", [variant(p="gained_independence_from", s="Kosovo", o="Serbia", time="2009",
                            ev=[E("01", "declared independence from Serbia in 2008", when="in 2008")])]),
        ("E_TIME", [variant(p="visited", s="Marta Kos", o="Sarajevo", time="2025-11",
                            ev=[E("02", "during a visit to Sarajevo", when="last week")])]),  # wire: no date
        ("E_TIME", [variant(ev=[E("01", "Serbia has close ties with Russia", when="in 2013")])]),
        ("E_TIME", [variant(p="gained_independence_from", s="Kosovo", o="Serbia",
                            ev=[E("01", "declared independence from Serbia in 2008", when="in 2008")])]),
    ]
    for code, rows in cases:
        errs, _ = check_rows(rows, docs, ENTITIES, MENTIONS)
        codes = {e.code for e in errs}
        assert code in codes, f"self-test: expected {code}, got {codes or 'nothing'} for {rows[-1]}"
    # the alias check
    bad_entities = ENTITIES + [("Kosovo Republic", "Country", ["the Republic of Kosovo"])]
    errs, _ = check_rows([good], docs, bad_entities, MENTIONS)
    assert "E_ALIAS_SHARED" in {e.code for e in errs}, "self-test: shared alias not caught"
    bad_entities = ENTITIES + [("Belgrade city", "City", ["Belgrade's"])]
    errs, _ = check_rows([good], docs, bad_entities, MENTIONS)
    assert "E_ALIAS_SHARED" in {e.code for e in errs}, "self-test: possessive alias not caught"
    # the resolver
    assert resolve_time("on Wednesday", "2025-11-20", "newspaper") == "2025-11-19"
    assert resolve_time("last week", "2025-12-04", "html") == "2025-11"
    assert resolve_time("early next year", "2025-12-02", "newspaper") == "2026"
    assert resolve_time("in October", "2025-12-15", "html") == "2025-10"
    assert resolve_time("in the 1970s", "2025-12-15", "html") == "197"
    assert resolve_time("on June 22, 1965", "", "newspaper") == "1965-06-22"
    for bad in [("on Tuesday", "", "wire"), ("the 1950-53 war", "2025-12-02", "newspaper"), ("soon", "2025-12-02", "html")]:
        try:
            resolve_time(*bad)
        except TimeError:
            continue
        raise AssertionError(f"self-test: resolver accepted {bad}")
    return len(cases) + 2


# --------------------------------------------------------------------------
# Output

def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    docs = load_docs()
    n_tests = self_test(docs)
    errors, resolved = check_rows(ROWS, docs, ENTITIES, MENTIONS)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(f"{len(errors)} errors; nothing written")
    used = set()
    for r in ROWS:
        used |= {r["s"], r["o"]} | set(r["alt_s"] or []) | set(r["alt_o"] or [])
    unused = [n for n, _, _ in ENTITIES if n not in used]
    if unused:
        sys.exit(f"entities used by no row: {unused}")

    types = {n: t for n, t, _ in ENTITIES}
    write_jsonl(os.path.join(SET_DIR, "entities.jsonl"),
                [{"name": n, "type": t, "aliases": a} for n, t, a in ENTITIES])
    triples, statements = [], []
    for res in resolved:
        r = res["row"]
        t = {"s": r["s"], "p": r["p"], "o": r["o"],
             "docs": [DOCS[ev["doc"]] for ev in r["ev"]], "modality": r["modality"]}
        if r["time"] is not None:
            t["time"] = r["time"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                t[k] = r[k]
        t["required"] = r["required"]
        note = r["note"] or ""
        if r["role"]:
            note = (f"role: {r['role']}; " + note) if note else f"role: {r['role']}"
        if r["commodity"]:
            note = (f"commodity: {r['commodity']}; " + note) if note else f"commodity: {r['commodity']}"
        if note:
            t["note"] = note
        triples.append(t)
        for ev in res["ev"]:
            d = docs[ev["doc"]]
            st = {"subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                  "object": r["o"], "object_type": types[r["o"]], "modality": ev["modality"],
                  "time": ev["time"], "role": r["role"] or "", "confidence": 1.0,
                  "source": "corpus/" + d["file"], "title": d["title"], "published": d["published"],
                  "sentence": ev["sentence"], "start": ev["start"], "end": ev["end"], "rule": "gold"}
            if r["commodity"]:
                st["commodity"] = r["commodity"]
            statements.append(st)
    write_jsonl(os.path.join(SET_DIR, "triples.jsonl"), triples)
    write_jsonl(os.path.join(SET_DIR, "selfcheck_statements.jsonl"), statements)

    preds = sorted({r["p"] for r in ROWS})
    missing = sorted(set(SIG) - set(preds))
    neg = sum(r["modality"] == "negated" for r in ROWS)
    req = sum(r["required"] for r in ROWS)
    timed = sum(r["time"] is not None for r in ROWS)
    undated = sum(1 for res in resolved if res["row"]["time"] is not None
                  for ev in res["ev"] if not ev["time"])
    print(f"self-test: {n_tests} bad cases rejected ({n_tests - 2} row cases, 2 entity lists)")
    print(f"entities: {len(ENTITIES)}  rows: {len(ROWS)}  required: {req}  negated: {neg}  timed: {timed}  "
          f"statements: {len(statements)}")
    print(f"predicates used: {len(preds)} of {len(SIG)}" + (f"; missing {missing}" if missing else ""))
    print(f"statements of timed rows whose own sentence gives no time: {undated}")


if __name__ == "__main__":
    main()
