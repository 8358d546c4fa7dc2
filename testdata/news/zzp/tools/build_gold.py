#!/usr/bin/env python3
"""Build and check the gold standard of news set zzp (standard library only).

Holds every entity and every row with one evidence phrase per document,
checks them against the cleaned texts of ../corpus (see textutil.py), and,
if there is no error, writes ../entities.jsonl, ../triples.jsonl and
../selfcheck_statements.jsonl. Exits 1 on any error.

Usage: python3 tools/build_gold.py
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textutil  # noqa: E402

DOCS = {
    "01": "01_drones_rzeszow.txt",
    "02": "02_weimar_paris.txt",
    "03": "03_marte_attack.txt",
    "04": "04_nuclear_umbrella.txt",
    "05": "05_deby_threat.txt",
    "06": "06_border_trade.txt",
    "07": "07_merz_warsaw.html",
    "08": "08_ndjamena_summit.html",
}
# Wire copies carry no year in the dateline; the year each one states in its
# own text (used only for the `published` field of the self-check).
WIRE_YEAR = {"01": "2026", "02": "2026", "03": "2026"}

# ---------------------------------------------------------------- entities
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ENTITIES = [
    # --- cluster A: Germany, France, Poland
    ("Donald Tusk", P, ["Tusk", "Prime Minister Donald Tusk", "Polish Prime Minister Donald Tusk"]),
    ("Friedrich Merz", P, ["Merz", "Chancellor Friedrich Merz", "German Chancellor Friedrich Merz"]),
    ("Mark Rutte", P, ["Rutte", "NATO Secretary General Mark Rutte"]),
    ("Dmitry Peskov", P, ["Peskov"]),
    ("Wladyslaw Kosiniak-Kamysz", P, ["Kosiniak-Kamysz", "Defence Minister Wladyslaw Kosiniak-Kamysz"]),
    ("Boris Pistorius", P, ["Pistorius"]),
    ("Karol Nawrocki", P, ["Nawrocki", "President Karol Nawrocki"]),
    ("Alexander Lukashenko", P, ["Lukashenko", "Belarusian leader Alexander Lukashenko"]),
    ("Marek Zajac", P, ["Zajac"]),
    ("Volodymyr Zelensky", P, ["Zelensky", "Ukrainian President Volodymyr Zelensky"]),
    ("Catherine Vautrin", P, ["Vautrin"]),
    ("Emmanuel Macron", P, ["Macron", "President Emmanuel Macron"]),
    ("Maria Zakharova", P, ["Zakharova"]),
    ("Hans-Dietrich Genscher", P, ["Genscher"]),
    ("Roland Dumas", P, ["Dumas"]),
    ("Krzysztof Skubiszewski", P, ["Skubiszewski"]),
    ("Katarzyna Wrona", P, ["Wrona"]),
    ("Jaroslaw Kaczynski", P, ["Kaczynski"]),
    ("Johann Wadephul", P, ["Wadephul"]),
    ("Michał Dworak", P, ["Dworak"]),
    ("Willy Brandt", P, ["Brandt"]),
    ("Radosław Sikorski", P, ["Sikorski"]),
    ("Poland", C, ["Polish government"]),
    ("Germany", C, ["Berlin"]),
    ("France", C, []),
    ("Russia", C, ["Moscow", "Kremlin"]),
    ("Belarus", C, ["Minsk"]),
    ("Ukraine", C, ["Kyiv"]),
    ("United States", C, ["Washington"]),
    ("South Korea", C, []),
    ("Lithuania", C, []),
    ("Soviet Union", C, []),
    ("Palestine", C, ["State of Palestine", "Palestinian state"]),
    ("West Germany", C, []),
    ("Britain", C, []),
    ("Norway", C, []),
    ("NATO", O, []),
    ("European Union", O, ["EU"]),
    ("Weimar Triangle", O, ["Weimar format"]),
    ("Law and Justice", O, []),
    ("Civic Platform", O, []),
    ("Bundeswehr", O, []),
    ("45th Panzer Brigade", O, []),
    ("Nuclear Planning Group", O, []),
    ("Institute for Eastern Security Studies", O, []),
    ("Lancut", CI, []),
    ("Paris", CI, []),
    ("Warsaw", CI, []),
    ("Weimar", CI, []),
    ("Kraków", CI, []),
    ("Kaliningrad", R, []),
    ("Crimea", R, []),
    ("Hotel de Brienne", F, []),
    ("Buechel air base", F, []),
    ("Monument to the Ghetto Heroes", F, []),
    ("Treaty of Nancy", A, []),
    ("Elysee Treaty", A, ["Élysée Treaty"]),
    ("nuclear sharing arrangement", A, []),
    ("Warsaw Declaration on Air Defence", A, []),
    ("Treaty of Warsaw", A, []),
    # --- cluster B: Nigeria, Cameroon, Niger, Chad
    ("Haruna Dikko", P, ["Dikko", "Lieutenant Colonel Haruna Dikko"]),
    ("Ikechukwu Obi", P, []),
    ("Bola Tinubu", P, ["Tinubu", "President Bola Tinubu"]),
    ("Olufemi Oluyede", P, ["Oluyede", "General Olufemi Oluyede"]),
    ("Babagana Zulum", P, ["Zulum", "Borno State Governor Babagana Zulum"]),
    ("Mohammed Yusuf", P, []),
    ("Fatima Bukar", P, []),
    ("Mahamat Idriss Déby", P, ["Déby", "Deby", "Mahamat Idriss Deby"]),
    ("Idriss Déby Itno", P, []),
    ("Vladimir Putin", P, ["Putin", "Russian President Vladimir Putin"]),
    ("Abdourahamane Tiani", P, ["Tiani", "General Abdourahamane Tiani"]),
    ("Yusuf Tuggar", P, ["Tuggar"]),
    ("Nuhu Ribadu", P, ["Ribadu"]),
    ("Joseph Beti Assomo", P, []),
    ("Ibrahim Sule", P, []),
    ("Hadiza Issoufou", P, ["Issoufou"]),
    ("Ali Lamine Zeine", P, ["Prime Minister Ali Lamine Zeine"]),
    ("Kofi Annan", P, []),
    ("Paul Biya", P, ["Biya", "President Paul Biya"]),
    ("Bakary Yaou Sangaré", P, []),
    ("Lawan Bukar Modu", P, []),
    ("Nigeria", C, ["Abuja"]),
    ("Niger", C, ["Niamey"]),
    ("Chad", C, []),
    ("Cameroon", C, ["Yaounde"]),
    ("Benin", C, []),
    ("United Arab Emirates", C, []),
    ("Islamic State West Africa Province", O, ["ISWAP"]),
    ("Islamic State", O, []),
    ("Boko Haram", O, []),
    ("Nigerian Army", O, []),
    ("Nigeria Police Force", O, []),
    ("Multinational Joint Task Force", O, ["MNJTF"]),
    ("Front for Change and Concord in Chad", O, ["FACT"]),
    ("Economic Community of West African States", O, ["ECOWAS"]),
    ("Alliance of Sahel States", O, ["AES"]),
    ("Savannah Policy Institute", O, []),
    ("Lake Chad Basin Commission", O, []),
    ("United Nations", O, ["UN"]),
    ("Maiduguri", CI, []),
    ("Monguno", CI, []),
    ("N'Djamena", CI, []),
    ("Agadez", CI, []),
    ("Birnin Konni", CI, []),
    ("Malam Fatori", CI, []),
    ("Douala", CI, []),
    ("Maroua", CI, []),
    ("Kolofata", CI, []),
    ("Borno State", R, []),
    ("Far North Region", R, []),
    ("Lake Chad", R, []),
    ("Niger State", R, []),
    ("Bakassi peninsula", R, ["Bakassi"]),
    ("Biafra", R, []),
    ("Marte army base", F, ["Marte base"]),
    ("Barkaram military base", F, []),
    ("Adji Kossei base", F, []),
    ("Air Base 201", F, []),
    ("Kainji dam", F, []),
    ("Konni border protocol", A, []),
    ("Greentree Agreement", A, []),
    ("N'Djamena Declaration on Lake Chad Security", A, []),
]

# ---------------------------------------------------------------- rows
ROWS = []


def r(s, p, o, m, ev, t=None, req=True, alt_s=(), alt_p=(), alt_o=(), role=None, com=None, note=None):
    """ev: {doc key: phrase} or {doc key: (phrase, modality in that doc)}."""
    ROWS.append(dict(s=s, p=p, o=o, m=m, ev=ev, t=t, req=req, alt_s=list(alt_s),
                     alt_p=list(alt_p), alt_o=list(alt_o), role=role, com=com, note=note))


AS, RE, HE, PL, NE = "asserted", "reported", "hedged", "planned", "negated"

# ===== cluster A ===========================================================
# --- head_of
r("Donald Tusk", "head_of", "Poland", AS, {
    "01": "Polish Prime Minister Donald Tusk told reporters",
    "02": "has made the Weimar format a centrepiece of his foreign policy since returning to power in December 2023",
    "04": "Prime Minister Donald Tusk, who leads the rival Civic Platform",
    "07": "German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk signed"}, role="prime minister",
  note="02: 'returning to power'")
r("Friedrich Merz", "head_of", "Germany", AS, {
    "01": "with German Chancellor Friedrich Merz",
    "02": "German Chancellor Friedrich Merz is due to travel to Warsaw",
    "04": "Chancellor Friedrich Merz said last year",
    "07": "German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk signed"}, role="chancellor")
r("Mark Rutte", "head_of", "NATO", AS, {
    "01": "NATO Secretary General Mark Rutte",
    "02": "NATO Secretary General Mark Rutte welcomed the plan"}, role="secretary general")
r("Karol Nawrocki", "head_of", "Poland", AS, {
    "01": "President Karol Nawrocki, who won the presidency in 2025",
    "02": "A meeting with President Karol Nawrocki was also being planned, a Polish official said",
    "04": "President Karol Nawrocki has gone further",
    "07": "Merz did not meet President Karol Nawrocki"}, role="president")
r("Alexander Lukashenko", "head_of", "Belarus", AS, {"01": "Belarusian leader Alexander Lukashenko"}, role="leader")
r("Volodymyr Zelensky", "head_of", "Ukraine", AS, {"01": "Ukrainian President Volodymyr Zelensky"}, role="president")
r("Emmanuel Macron", "head_of", "France", AS, {
    "02": "an idea President Emmanuel Macron floated in March 2025",
    "04": "The first was opened by President Emmanuel Macron in March 2025",
    "07": "Merz said he, President Emmanuel Macron and Tusk would meet"}, role="president")
r("Donald Tusk", "head_of", "Civic Platform", AS, {
    "02": "Tusk, who leads the centrist Civic Platform",
    "04": "Prime Minister Donald Tusk, who leads the rival Civic Platform"}, role="leader")
r("Jaroslaw Kaczynski", "head_of", "Law and Justice", AS, {
    "04": "Jaroslaw Kaczynski, the Law and Justice leader"}, role="leader")
r("Willy Brandt", "head_of", "West Germany", AS, {"07": "West German chancellor Willy Brandt"},
  role="chancellor (1970)")
# --- works_for
r("Dmitry Peskov", "works_for", "Russia", AS, {"01": "Its spokesman, Dmitry Peskov"},
  role="Kremlin spokesman", note="'Its' = the Kremlin, previous sentence")
r("Wladyslaw Kosiniak-Kamysz", "works_for", "Poland", AS, {
    "01": "Defence Minister Wladyslaw Kosiniak-Kamysz, who is also deputy prime minister in Tusk's government, said Poland",
    "02": "Poland's Wladyslaw Kosiniak-Kamysz"}, alt_o=["Donald Tusk"], role="defence minister, deputy prime minister")
r("Boris Pistorius", "works_for", "Germany", AS, {
    "01": "his German counterpart, Boris Pistorius",
    "02": "her German counterpart Boris Pistorius"}, role="defence minister")
r("Catherine Vautrin", "works_for", "France", AS, {
    "02": "French Armed Forces Minister Catherine Vautrin"}, role="armed forces minister")
r("Maria Zakharova", "works_for", "Russia", AS, {
    "02": "In Moscow, Foreign Ministry spokeswoman Maria Zakharova"}, role="foreign ministry spokeswoman")
r("Hans-Dietrich Genscher", "works_for", "Germany", AS, {"04": "Hans-Dietrich Genscher of Germany"},
  role="foreign minister (1991)")
r("Roland Dumas", "works_for", "France", AS, {"04": "Roland Dumas of France"}, role="foreign minister (1991)")
r("Krzysztof Skubiszewski", "works_for", "Poland", AS, {"04": "Krzysztof Skubiszewski of Poland"},
  role="foreign minister (1991)")
r("Katarzyna Wrona", "works_for", "Institute for Eastern Security Studies", AS, {
    "04": "Katarzyna Wrona, a researcher at the Warsaw-based Institute for Eastern Security Studies"}, role="researcher")
r("Johann Wadephul", "works_for", "Germany", AS, {
    "04": "Germany's foreign minister, Johann Wadephul",
    "07": "his German counterpart, Johann Wadephul"}, role="foreign minister")
r("Michał Dworak", "works_for", "Karol Nawrocki", AS, {
    "07": "a presidential aide, Michał Dworak"}, alt_o=["Poland"], role="presidential aide")
r("Radosław Sikorski", "works_for", "Poland", AS, {
    "07": "Foreign Minister Radosław Sikorski, who joined the talks, said Poland"}, role="foreign minister")
# --- member_of
r("Poland", "member_of", "NATO", AS, {
    "01": "Poland, a member of NATO since 1999",
    "04": "the Western clubs it would later join: NATO in 1999"})
r("Poland", "member_of", "European Union", AS, {
    "01": "and of the European Union since 2004",
    "04": "and the European Union in 2004"})
for _c in ("Poland", "Germany", "France"):
    r(_c, "member_of", "Weimar Triangle", AS, {
        "01": "in the Weimar Triangle format, which Poland, Germany and France set up in 1991",
        "07": "the Weimar Triangle, which the foreign ministers of the three countries founded in that city in 1991"},
      note="the three countries: Poland, Germany and France")
r("France", "member_of", "Nuclear Planning Group", NE, {
    "04": "France, unlike Germany, does not take part in NATO's Nuclear Planning Group"})
r("Germany", "member_of", "Nuclear Planning Group", AS, {
    "04": "France, unlike Germany, does not take part in NATO's Nuclear Planning Group"}, req=False,
  note="implied by 'unlike Germany'")
r("Karol Nawrocki", "member_of", "Law and Justice", NE, {"04": "A historian who is not a member of Law and Justice"})
# --- geography
r("Poland", "borders", "Belarus", AS, {"01": "shares a frontier of roughly 400 km with Belarus"})
r("Poland", "borders", "Kaliningrad", AS, {"01": "a shorter one with Russia's Kaliningrad exclave"}, alt_o=["Russia"])
r("Kaliningrad", "located_in", "Russia", AS, {"01": "Russia's Kaliningrad exclave"})
r("Poland", "borders", "Lithuania", AS, {"02": "the 65 km stretch where Poland borders Lithuania"})
r("Germany", "borders", "Poland", AS, {"04": "Germany reintroduced checks on its border with Poland in 2023"})
r("Hotel de Brienne", "located_in", "Paris", AS, {
    "02": "the Hotel de Brienne, the ministry's headquarters in central Paris"})
r("Weimar", "located_in", "Germany", AS, {"04": "the eastern German city of Weimar"})
r("Buechel air base", "located_in", "Germany", AS, {
    "04": "Germany, for its part, hosts American nuclear bombs at the Buechel air base"})
r("Monument to the Ghetto Heroes", "located_in", "Warsaw", AS, {"07": "the Monument to the Ghetto Heroes in Warsaw"})
r("Warsaw", "capital_of", "Poland", AS, {"07": "in the Polish capital, Warsaw,"})
r("Marek Zajac", "lives_in", "Lancut", AS, {"01": "a retired railway worker who lives in Lancut"})
r("Institute for Eastern Security Studies", "based_in", "Warsaw", AS, {
    "04": "the Warsaw-based Institute for Eastern Security Studies"})
r("45th Panzer Brigade", "based_in", "Lithuania", AS, {
    "02": "Germany's 45th Panzer Brigade, which is being built up in Lithuania"})
# --- contacts, meetings, visits
r("Donald Tusk", "contacted", "Mark Rutte", RE, {
    "01": "Tusk said he had spoken by phone before dawn with NATO Secretary General Mark Rutte"},
  t="2026-02-03", alt_o=["NATO"])
r("Donald Tusk", "contacted", "Friedrich Merz", RE, {
    "01": "Tusk said he had spoken by phone before dawn with NATO Secretary General Mark Rutte and with German Chancellor Friedrich Merz",
    "02": "Tusk and Merz last spoke by telephone on the night of the drone incursion"},
  t="2026-02-03", note="the night of the incursion = overnight into Tuesday Feb 3 (01)")
r("Boris Pistorius", "contacted", "Wladyslaw Kosiniak-Kamysz", RE, {
    "01": "Boris Pistorius, had called him overnight to offer help"}, t="2026-02",
  note="'him' = Kosiniak-Kamysz; overnight into Tuesday (2026 stated in the text)")
r("Friedrich Merz", "contacted", "Karol Nawrocki", NE, {
    "07": "said the chancellor \"never asked for a meeting\""}, note="presidential aide's denial")
r("Friedrich Merz", "contacted", "Karol Nawrocki", RE, {
    "07": "A government official contradicted that, saying a request had been sent a week earlier"}, req=False,
  note="rebuttal of the aide; agentless passive, so optional")
r("Karol Nawrocki", "met_with", "Donald Tusk", NE, {"01": "Nawrocki and Tusk, bitter rivals since the election, did not meet on Tuesday"})
r("Wladyslaw Kosiniak-Kamysz", "visited", "Paris", PL, {
    "01": "Kosiniak-Kamysz is due to meet his French and German counterparts in Paris next Tuesday"}, t="2026-02-10")
r("Catherine Vautrin", "met_with", "Boris Pistorius", AS, {
    "02": "French Armed Forces Minister Catherine Vautrin hosted her German counterpart Boris Pistorius"}, t="2026-02-10")
r("Catherine Vautrin", "met_with", "Wladyslaw Kosiniak-Kamysz", AS, {
    "02": "hosted her German counterpart Boris Pistorius and Poland's Wladyslaw Kosiniak-Kamysz at the Hotel de Brienne"},
  t="2026-02-10")
r("Boris Pistorius", "met_with", "Wladyslaw Kosiniak-Kamysz", AS, {
    "02": "Boris Pistorius and Poland's Wladyslaw Kosiniak-Kamysz"}, t="2026-02-10", req=False,
  note="both guests of the same meeting")
r("Boris Pistorius", "visited", "Paris", AS, {
    "02": "hosted her German counterpart Boris Pistorius and Poland's Wladyslaw Kosiniak-Kamysz at the Hotel de Brienne, the ministry's headquarters in central Paris"},
  t="2026-02-10")
r("Wladyslaw Kosiniak-Kamysz", "visited", "Paris", AS, {
    "02": "hosted her German counterpart Boris Pistorius and Poland's Wladyslaw Kosiniak-Kamysz at the Hotel de Brienne, the ministry's headquarters in central Paris"},
  t="2026-02-10")
r("Friedrich Merz", "visited", "Warsaw", PL, {
    "02": "German Chancellor Friedrich Merz is due to travel to Warsaw next week",
    "04": "when Merz travels to Warsaw next week"}, t="2026-02")
r("Friedrich Merz", "visited", "Warsaw", AS, {
    "07": "signed a joint declaration on air and missile defence in the Polish capital, Warsaw, on Thursday"},
  t="2026-02-19")
r("Friedrich Merz", "met_with", "Donald Tusk", PL, {
    "02": "is due to travel to Warsaw next week for talks with Tusk",
    "04": ("Merz and Tusk could agree during next week's visit", HE),
    "07": "Merz said he, President Emmanuel Macron and Tusk would meet in Weimar in August"},
  note="02 next-week talks; 04 hedged; 07 the August Weimar summit")
r("Friedrich Merz", "met_with", "Donald Tusk", AS, {
    "07": "Polish Prime Minister Donald Tusk shake hands at the Chancellery of the Prime Minister in Warsaw on Thursday"},
  t="2026-02-19")
r("Friedrich Merz", "met_with", "Karol Nawrocki", PL, {
    "02": "A meeting with President Karol Nawrocki was also being planned"}, note="not confirmed")
r("Friedrich Merz", "met_with", "Karol Nawrocki", NE, {"07": "Merz did not meet President Karol Nawrocki"})
r("Friedrich Merz", "met_with", "Emmanuel Macron", PL, {
    "07": "Merz said he, President Emmanuel Macron and Tusk would meet in Weimar in August"}, t="2026-08")
r("Emmanuel Macron", "met_with", "Donald Tusk", PL, {
    "07": "Merz said he, President Emmanuel Macron and Tusk would meet in Weimar in August"}, t="2026-08")
r("Friedrich Merz", "visited", "Weimar", PL, {"07": "would meet in Weimar in August"}, t="2026-08")
r("Karol Nawrocki", "visited", "Kraków", RE, {
    "07": "The president's office said Nawrocki was in Kraków for a long-planned ceremony"}, t="2026-02-19")
r("Willy Brandt", "visited", "Warsaw", AS, {
    "07": "the Monument to the Ghetto Heroes in Warsaw, where West German chancellor Willy Brandt knelt in December 1970"},
  t="1970-12", req=False, note="implied by kneeling at the monument")
r("Hans-Dietrich Genscher", "met_with", "Roland Dumas", AS, {
    "04": "When Hans-Dietrich Genscher of Germany, Roland Dumas of France and Krzysztof Skubiszewski of Poland, the foreign ministers of three wary neighbours, met"},
  t="1991-08")
r("Hans-Dietrich Genscher", "met_with", "Krzysztof Skubiszewski", AS, {
    "04": "When Hans-Dietrich Genscher of Germany, Roland Dumas of France and Krzysztof Skubiszewski of Poland, the foreign ministers of three wary neighbours, met"},
  t="1991-08")
r("Roland Dumas", "met_with", "Krzysztof Skubiszewski", AS, {
    "04": "When Hans-Dietrich Genscher of Germany, Roland Dumas of France and Krzysztof Skubiszewski of Poland, the foreign ministers of three wary neighbours, met"},
  t="1991-08")
r("Radosław Sikorski", "met_with", "Johann Wadephul", AS, {
    "07": "He held separate talks with his German counterpart, Johann Wadephul"}, t="2026-02-19", note="'He' = Sikorski")
# --- negotiations, agreements
r("Poland", "negotiating_with", "France", RE, {
    "02": "Kosiniak-Kamysz said Poland and France were in talks on the joint production of 155 mm artillery shells",
    "04": "Polish and French officials have held what two diplomats described as \"exploratory talks\""},
  note="02 artillery shells; 04 nuclear deterrence")
r("Poland", "signed_agreement_with", "France", HE, {"02": "a deal could be signed before the end of the year"})
r("Germany", "negotiating_with", "France", PL, {
    "04": "Chancellor Friedrich Merz said last year that he wanted to talk to France and Britain"}, alt_s=["Friedrich Merz"])
r("Germany", "negotiating_with", "Britain", PL, {
    "04": "Chancellor Friedrich Merz said last year that he wanted to talk to France and Britain"}, alt_s=["Friedrich Merz"])
r("Germany", "negotiating_with", "France", NE, {
    "04": "Berlin has not opened formal negotiations with Paris"}, alt_o=["Paris"])
r("Poland", "candidate_for", "nuclear sharing arrangement", PL, {
    "04": "he has urged that Poland join the nuclear sharing arrangement"}, note="Nawrocki's wish")
r("Germany", "party_to", "nuclear sharing arrangement", AS, {
    "04": "Germany, for its part, hosts American nuclear bombs at the Buechel air base under NATO's nuclear sharing arrangement"})
r("Germany", "signed_agreement_with", "Poland", AS, {
    "07": "German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk signed a joint declaration on air and missile defence"},
  t="2026-02-19", alt_s=["Friedrich Merz"], alt_o=["Donald Tusk"], note="the Warsaw Declaration on Air Defence")
r("Germany", "signed_agreement_with", "Poland", HE, {
    "04": "Merz and Tusk could agree during next week's visit to start work on a bilateral air-defence declaration"},
  req=False, alt_s=["Friedrich Merz"], alt_o=["Donald Tusk"])
r("France", "party_to", "Elysee Treaty", AS, {"04": "the 1963 Elysee Treaty, which France and West Germany signed"}, t="1963")
r("West Germany", "party_to", "Elysee Treaty", AS, {"04": "the 1963 Elysee Treaty, which France and West Germany signed"},
  t="1963", alt_s=["Germany"])
r("France", "signed_agreement_with", "West Germany", AS, {
    "04": "the 1963 Elysee Treaty, which France and West Germany signed"}, t="1963")
r("France", "signed_agreement_with", "Poland", AS, {
    "04": "Macron and Tusk signed the Treaty of Nancy on May 9, 2025"}, t="2025-05-09",
  alt_s=["Emmanuel Macron"], alt_o=["Donald Tusk"])
r("France", "party_to", "Treaty of Nancy", AS, {"04": "Macron and Tusk signed the Treaty of Nancy on May 9, 2025"},
  t="2025-05-09")
r("Poland", "party_to", "Treaty of Nancy", AS, {"04": "Poland and France added their own pact last year"},
  t="2025-05-09")
r("Germany", "party_to", "Warsaw Declaration on Air Defence", AS, {
    "07": "Under the Warsaw Declaration on Air Defence, Germany will keep"}, t="2026-02-19")
r("Poland", "party_to", "Warsaw Declaration on Air Defence", AS, {
    "07": "Under the Warsaw Declaration on Air Defence, Germany will keep a Patriot battery"}, t="2026-02-19",
  req=False, note="Poland signed it (Tusk, first paragraph); this sentence names only the declaration")
r("West Germany", "party_to", "Treaty of Warsaw", AS, {
    "07": "Willy Brandt knelt in December 1970 after signing the Treaty of Warsaw"}, t="1970-12")
r("West Germany", "normalized_relations_with", "Poland", AS, {
    "07": "Under that treaty West Germany normalised relations with Poland"}, t="1970-12")
r("West Germany", "diplomatic_relations_with", "Poland", AS, {
    "07": "West Germany and Poland established diplomatic relations in 1972"}, note="established in 1972")
r("Poland", "allied_with", "Germany", RE, {
    "07": "said Poland had \"no closer partners in Europe than Germany and France\""}, alt_s=["Radosław Sikorski"])
r("Poland", "allied_with", "France", RE, {
    "07": "said Poland had \"no closer partners in Europe than Germany and France\""}, alt_s=["Radosław Sikorski"])
r("Alexander Lukashenko", "allied_with", "Russia", AS, {"01": "Alexander Lukashenko, Moscow's closest ally"},
  alt_s=["Belarus"])
r("Alexander Lukashenko", "supported", "Russia", AS, {
    "01": "has let Russia station tactical nuclear weapons on his territory since 2023"}, t="2023", req=False,
  alt_s=["Belarus"])
r("West Germany", "signed_agreement_with", "Poland", AS, {
    "07": "Willy Brandt knelt in December 1970 after signing the Treaty of Warsaw"}, t="1970-12", req=False,
  note="the Treaty of Warsaw; Poland as the other party is implied by the next sentence")
r("Roland Dumas", "visited", "Weimar", AS, {
    "04": "met in the eastern German city of Weimar in August 1991"}, t="1991-08", req=False)
r("Krzysztof Skubiszewski", "visited", "Weimar", AS, {
    "04": "met in the eastern German city of Weimar in August 1991"}, t="1991-08", req=False)
# --- recognition
r("France", "recognizes", "Palestine", AS, {"04": "France recognised the State of Palestine in September 2025"},
  t="2025-09")
r("Poland", "recognizes", "Palestine", AS, {"04": "something Poland did in 1988"}, t="1988")
r("Germany", "recognizes", "Palestine", NE, {"04": "Germany has stopped short of recognising a Palestinian state"})
# --- support, criticism, threats, sanctions
r("Germany", "supported", "Poland", PL, {
    "01": ("the Bundeswehr could send an additional Patriot air-defence battery to Poland", HE),
    "02": "Germany will station a Patriot battery at Rzeszow-Jasionka airport from April",
    "07": "Germany will keep a Patriot battery at Rzeszów-Jasionka airport until the end of 2027"},
  alt_s=["Bundeswehr"], note="01 hedged (could send); 02 and 07 planned")
r("Germany", "supported", "Poland", AS, {"01": "Germany already stations Eurofighter jets in Poland"})
r("France", "supported", "Poland", PL, {"02": "France will send a SAMP/T air-defence system to Poland"})
r("European Union", "supported", "Poland", AS, {"02": "The European Union has also backed Poland's rearmament"})
r("Ukraine", "supported", "Poland", PL, {"01": "Kyiv was ready to send drone-interception specialists to Poland"},
  alt_s=["Volodymyr Zelensky"])
r("Law and Justice", "supported", "Karol Nawrocki", AS, {
    "01": "won the presidency in 2025 with the backing of the opposition Law and Justice party",
    "04": "not a member of Law and Justice but ran with its support"}, t="2025")
r("Germany", "supported", "Ukraine", AS, {"07": "Germany is the largest military donor to Ukraine in Europe"})
r("Donald Tusk", "criticized", "Russia", AS, {"01": "It was carried out by Russia"}, t="2026-02-03",
  alt_s=["Poland"], note="Tusk's accusation")
r("Dmitry Peskov", "criticized", "Poland", AS, {
    "01": "accused the Polish government of staging \"yet another provocation\""}, t="2026-02-03", alt_s=["Russia"])
r("Maria Zakharova", "criticized", "Weimar Triangle", AS, {
    "02": "Maria Zakharova said the Weimar Triangle was \"drawing Europe into confrontation\""}, t="2026-02-10",
  alt_s=["Russia"])
r("Russia", "threatened", "Poland", AS, {
    "02": "warned that Russia would treat foreign air-defence units in Poland as \"legitimate targets\""},
  t="2026-02-10", alt_s=["Maria Zakharova"])
r("Karol Nawrocki", "criticized", "Germany", AS, {
    "04": "Nawrocki revived the demand in a speech on Monday, accusing Germany of \"moral evasion\""}, t="2026-02-09")
r("Germany", "criticized", "Karol Nawrocki", AS, {"04": "Berlin rejected the claim within hours"}, t="2026-02-09",
  req=False, alt_o=["Poland"], note="'rejected the claim' (Nawrocki's reparations demand)")
r("Karol Nawrocki", "criticized", "Friedrich Merz", AS, {
    "07": "Nawrocki wrote on X that Merz was coming to Warsaw \"with empty hands\""}, t="2026-02-18")
r("Friedrich Merz", "criticized", "Russia", AS, {
    "07": "calling Russia \"the most direct threat to peace in Europe since 1945\""}, t="2026-02-19", alt_s=["Germany"])
r("European Union", "sanctioned", "Russia", AS, {
    "07": "The European Union has imposed 19 rounds of sanctions on Russia since its full-scale invasion of Ukraine in 2022"},
  t="2022")
r("European Union", "sanctioned", "Russia", HE, {
    "07": "a 20th package of EU sanctions against Russia, which diplomats expect to be adopted in March"}, t="2026-03")
r("European Union", "sanctioned", "Belarus", AS, {"07": "has also sanctioned Belarus for its part in the war"})
# --- conflict
r("Russia", "attacked", "Poland", RE, {"01": "It was carried out by Russia"}, t="2026-02-03",
  note="Tusk: 'This was an attack on Polish territory. It was carried out by Russia'")
r("Russia", "attacked", "Poland", NE, {"01": "said Russia \"has not attacked Poland"}, note="Peskov's denial")
r("Belarus", "attacked", "Poland", NE, {"01": "no drones had been launched from Belarusian territory"}, req=False,
  note="Minsk's denial; demonym only")
r("Russia", "attacked", "Ukraine", AS, {
    "01": "Russia launched its full-scale invasion of Ukraine in February 2022",
    "07": "sanctions on Russia since its full-scale invasion of Ukraine in 2022"}, t="2022-02")
r("Russia", "in_conflict_with", "Ukraine", AS, {"02": "Russia has been at war with Ukraine since it seized Crimea in 2014"},
  t="2014")
r("Russia", "took_control_of", "Crimea", AS, {"02": "since it seized Crimea in 2014"}, t="2014")
r("Ukraine", "candidate_for", "European Union", AS, {"02": "Ukraine has been a candidate for EU membership since 2022"},
  t="2022")
r("Lithuania", "gained_independence_from", "Soviet Union", AS, {
    "02": "Lithuania, which broke away from the Soviet Union in 1990"}, t="1990", alt_p=["seceded_from"])
# --- trade
r("Poland", "imports_from", "United States", AS, {
    "02": "It has bought Patriot systems, Abrams tanks and F-35 fighter jets from the United States",
    "07": "liquefied natural gas, much of it from the United States"}, com="weapons (02); liquefied natural gas (07)")
r("Poland", "imports_from", "South Korea", AS, {"02": "K2 tanks and howitzers from South Korea"}, com="K2 tanks, howitzers")
r("Poland", "imports_from", "Russia", NE, {"07": "Poland no longer imports gas from Russia"}, com="gas")
r("Poland", "imports_from", "Norway", AS, {"07": "on gas from Norway delivered through the Baltic Pipe"}, com="gas")
r("Germany", "trades_with", "Poland", AS, {
    "04": "Germany is Poland's largest trading partner, and goods trade between them exceeded 170 billion euros in 2024",
    "07": "Germany is Poland's biggest trading partner"}, t="2024")

# ===== cluster B ===========================================================
# --- head_of
r("Bola Tinubu", "head_of", "Nigeria", AS, {
    "03": "President Bola Tinubu ordered the Chief of Defence Staff",
    "05": "President Bola Tinubu is expected to travel to N'Djamena",
    "08": "Nigeria's President Bola Tinubu"}, role="president")
r("Mahamat Idriss Déby", "head_of", "Chad", AS, {
    "05": "Chad's President Mahamat Idriss Déby",
    "08": "Chad's President Mahamat Idriss Deby said his country"}, role="president")
r("Idriss Déby Itno", "head_of", "Chad", AS, {"05": "his father, President Idriss Déby Itno"}, role="president (until 2021)")
r("Vladimir Putin", "head_of", "Russia", AS, {"05": "Russian President Vladimir Putin"}, role="president")
r("Abdourahamane Tiani", "head_of", "Niger", AS, {
    "05": "Its military ruler, General Abdourahamane Tiani",
    "08": "Niger's military leader, General Abdourahamane Tiani"}, role="military ruler")
r("Ali Lamine Zeine", "head_of", "Niger", AS, {
    "06": "met Prime Minister Ali Lamine Zeine, Niger's government said"}, alt_p=["works_for"], role="prime minister")
r("Paul Biya", "head_of", "Cameroon", AS, {
    "06": "Cameroon's President Paul Biya, 93",
    "08": "who represented President Paul Biya"}, role="president")
r("Kofi Annan", "head_of", "United Nations", AS, {"06": "then UN Secretary-General Kofi Annan"},
  role="secretary-general (then)")
r("Mohammed Yusuf", "head_of", "Boko Haram", AS, {"03": "Boko Haram's founder, Mohammed Yusuf"}, req=False,
  role="founder")
# --- works_for
r("Haruna Dikko", "works_for", "Nigerian Army", AS, {"03": "Dikko, who commands the battalion stationed in Marte"},
  req=False, role="battalion commander")
r("Ikechukwu Obi", "works_for", "Nigerian Army", AS, {
    "03": "Nigerian Army spokesman Lieutenant Colonel Ikechukwu Obi"}, role="spokesman")
r("Olufemi Oluyede", "works_for", "Nigeria", AS, {
    "03": "the Chief of Defence Staff, General Olufemi Oluyede"}, alt_o=["Bola Tinubu"], role="chief of defence staff")
r("Yusuf Tuggar", "works_for", "Nigeria", AS, {"05": "Nigeria's Foreign Minister, Yusuf Tuggar"},
  role="foreign minister")
r("Nuhu Ribadu", "works_for", "Nigeria", AS, {
    "05": "National Security Adviser Nuhu Ribadu",
    "06": "Nigeria's National Security Adviser, Nuhu Ribadu"}, alt_o=["Bola Tinubu"], role="national security adviser")
r("Joseph Beti Assomo", "works_for", "Cameroon", AS, {
    "05": "Its defence minister, Joseph Beti Assomo",
    "08": "Cameroon's defence minister, Joseph Beti Assomo, who represented President Paul Biya"},
  alt_o=["Paul Biya"], role="defence minister")
r("Ibrahim Sule", "works_for", "Savannah Policy Institute", AS, {
    "05": "Ibrahim Sule, a security analyst at the Abuja-based Savannah Policy Institute"}, role="security analyst")
r("Bakary Yaou Sangaré", "works_for", "Niger", AS, {
    "08": "Foreign Minister Bakary Yaou Sangaré said Niger"}, role="foreign minister")
# --- member_of
r("Islamic State West Africa Province", "member_of", "Islamic State", AS, {
    "03": "ISWAP, the West African affiliate of Islamic State"})
r("Nigeria", "member_of", "Multinational Joint Task Force", AS, {
    "03": "Nigeria, Cameroon, Chad and Benin contribute troops to the Multinational Joint Task Force",
    "08": "Nigeria will deploy 2,000 more soldiers to the task force"})
r("Cameroon", "member_of", "Multinational Joint Task Force", AS, {
    "03": "Nigeria, Cameroon, Chad and Benin contribute troops to the Multinational Joint Task Force",
    "05": "Cameroon, another member of the task force"})
r("Chad", "member_of", "Multinational Joint Task Force", AS, {
    "03": "Nigeria, Cameroon, Chad and Benin contribute troops to the Multinational Joint Task Force",
    "05": "withdraw his country's troops from the Multinational Joint Task Force"})
r("Chad", "member_of", "Multinational Joint Task Force", PL, {
    "08": "said his country would remain in the Multinational Joint Task Force after all"})
r("Benin", "member_of", "Multinational Joint Task Force", AS, {
    "03": "Nigeria, Cameroon, Chad and Benin contribute troops to the Multinational Joint Task Force",
    "08": "Benin, the fifth member of the task force"})
r("Niger", "member_of", "Multinational Joint Task Force", NE, {
    "03": "Niger pulled its soldiers out of the force in March 2025",
    "05": "pulled his country out of the task force in March 2025",
    "06": "even though its troops have left the Multinational Joint Task Force",
    "08": "would not return to the task force"})
r("Niger", "member_of", "Economic Community of West African States", NE, {
    "05": "Niger and two neighbouring juntas formally left the Economic Community of West African States"},
  note="left in January 2025")
r("Niger", "member_of", "Alliance of Sahel States", AS, {
    "05": "Niger and its two partners have formed the Alliance of Sahel States"})
r("Nigeria", "member_of", "Economic Community of West African States", AS, {"06": "Nigeria, then chairing ECOWAS"})
r("Niger", "member_of", "Lake Chad Basin Commission", AS, {"06": "Niger remains a member of the commission"})
# --- geography
r("Marte army base", "located_in", "Borno State", AS, {"03": "the Marte army base in Nigeria's Borno State"})
r("Borno State", "located_in", "Nigeria", AS, {"03": "Nigeria's Borno State"})
r("Maiduguri", "capital_of", "Borno State", AS, {"03": "Maiduguri, the capital of Borno State"})
r("Kolofata", "located_in", "Far North Region", AS, {"03": "Kolofata, a town in the Far North Region"})
r("Far North Region", "located_in", "Cameroon", AS, {
    "03": "In neighbouring Cameroon, suspected Boko Haram fighters may have been behind an overnight raid on Kolofata, a town in the Far North Region"})
r("N'Djamena", "capital_of", "Chad", AS, {"03": "N'Djamena, the Chadian capital"})
r("Multinational Joint Task Force", "based_in", "N'Djamena", AS, {"03": "which is headquartered in N'Djamena"})
r("Savannah Policy Institute", "based_in", "Nigeria", AS, {"05": "the Abuja-based Savannah Policy Institute"},
  note="'Abuja-based': Abuja is the capital, an alias of Nigeria in this set")
r("Lake Chad Basin Commission", "based_in", "N'Djamena", AS, {"06": "is based in N'Djamena"})
r("Barkaram military base", "located_in", "Lake Chad", AS, {"05": "the Barkaram military base, on an island in Lake Chad"})
r("Adji Kossei base", "located_in", "N'Djamena", AS, {"05": "the Adji Kossei base in N'Djamena"})
r("Air Base 201", "located_in", "Agadez", AS, {"05": "Air Base 201 in Agadez"})
r("Birnin Konni", "located_in", "Niger", AS, {"06": "Birnin Konni, the market town on the Niger side"}, req=False)
r("Kainji dam", "located_in", "Niger State", AS, {"06": "the Kainji dam in Nigeria's Niger State"}, alt_o=["Nigeria"])
r("Niger State", "located_in", "Nigeria", AS, {"06": "Nigeria's Niger State"})
r("Malam Fatori", "located_in", "Borno State", AS, {"06": "Malam Fatori, a town in Borno State"})
r("Douala", "located_in", "Cameroon", AS, {"06": "Cameroon's port of Douala"})
r("Maroua", "capital_of", "Far North Region", AS, {"08": "Maroua, the capital of the Far North Region"})
r("Nigeria", "borders", "Niger", AS, {"06": "the 1,600-km border that Nigeria shares with Niger"})
r("Nigeria", "borders", "Cameroon", AS, {
    "03": "In neighbouring Cameroon",
    "06": "Nigeria's longest frontier is not with Niger but with Cameroon"},
  note="06: 'not with Niger' is no denial that Nigeria borders Niger")
r("Nigeria", "borders", "Chad", AS, {"06": "its shortest, across the waters of Lake Chad, is with Chad"})
r("Niger", "borders", "Chad", AS, {"06": "Niger borders Chad to the east"})
r("Niger", "borders", "Cameroon", NE, {"06": "Niger and Cameroon do not share a border"})
r("Fatima Bukar", "lives_in", "Monguno", AS, {"03": "who lives in a camp for displaced people in Monguno"})
r("Hadiza Issoufou", "lives_in", "Birnin Konni", AS, {"06": "a Nigerien onion trader who lives in Birnin Konni"})
r("Hadiza Issoufou", "citizen_of", "Niger", AS, {"06": "Hadiza Issoufou, a Nigerien onion trader"})
r("Lawan Bukar Modu", "citizen_of", "Cameroon", AS, {"08": "a Cameroonian village chief, Lawan Bukar Modu"})
# --- violence
r("Islamic State West Africa Province", "attacked", "Marte army base", RE, {
    "03": "Fighters from Islamic State West Africa Province (ISWAP) attacked the Marte army base"}, t="2026-02-28",
  note="late on Saturday before Monday Mar 2; 2026 stated in the text")
r("Islamic State West Africa Province", "took_control_of", "Marte army base", RE, {
    "03": "its fighters had taken control of the base"}, t="2026-02-28", note="ISWAP's claim")
r("Islamic State West Africa Province", "took_control_of", "Marte army base", NE, {
    "03": "The Marte base remains under our control"}, note="army's denial")
r("Islamic State West Africa Province", "killed", "Haruna Dikko", RE, {
    "03": "killed its commander, Lieutenant Colonel Haruna Dikko"}, t="2026-02-28", note="ISWAP's claim")
r("Islamic State West Africa Province", "killed", "Haruna Dikko", NE, {
    "03": "had been wounded and flown to Maiduguri, and was \"not dead"}, note="army's denial")
r("Islamic State West Africa Province", "in_conflict_with", "Boko Haram", AS, {
    "03": "ISWAP split from Boko Haram in 2016, and the two jihadist groups have fought each other since"}, t="2016")
r("Nigeria Police Force", "killed", "Mohammed Yusuf", AS, {
    "03": "Mohammed Yusuf, was killed in the custody of the Nigeria Police Force in 2009"}, t="2009")
r("Boko Haram", "in_conflict_with", "Nigeria", AS, {
    "03": "its insurgency against the Nigerian state",
    "08": "Nigeria has been at war with Boko Haram since 2009"}, t="2009")
r("Islamic State West Africa Province", "in_conflict_with", "Nigeria", AS, {
    "08": "and with ISWAP since the group's split in 2016"}, t="2016")
r("Boko Haram", "attacked", "Kolofata", HE, {
    "03": "suspected Boko Haram fighters may have been behind an overnight raid on Kolofata"})
r("Boko Haram", "attacked", "Barkaram military base", AS, {
    "05": "Boko Haram fighters killed about 40 soldiers in an attack on the Barkaram military base"}, t="2024-10")
r("Front for Change and Concord in Chad", "killed", "Idriss Déby Itno", RE, {
    "05": "was killed while visiting troops fighting rebels of the Front for Change and Concord in Chad (FACT), according to the army"},
  t="2021-04", req=False, note="killed in fighting with FACT, per the army")
r("Boko Haram", "killed", "Lawan Bukar Modu", RE, {
    "08": "Boko Haram fighters killed a Cameroonian village chief, Lawan Bukar Modu"}, t="2026-03",
  note="'last week', per officials in Maroua")
r("Islamic State West Africa Province", "blockaded", "Malam Fatori", RE, {
    "06": "Aid groups say ISWAP fighters have blockaded Malam Fatori"}, t="2026-01")
r("Islamic State West Africa Province", "blockaded", "Malam Fatori", NE, {
    "08": "The Nigerian Army denied reports that ISWAP had blockaded Malam Fatori"})
r("Chad", "took_control_of", "Adji Kossei base", AS, {"05": "Chadian troops took over the Adji Kossei base in N'Djamena"},
  t="2025-01")
r("Niger", "took_control_of", "Air Base 201", AS, {"05": "Air Base 201 in Agadez, which Niger took over in August 2024"},
  t="2024-08")
r("Cameroon", "took_control_of", "Bakassi peninsula", AS, {"06": "Cameroon took control of Bakassi in 2008"}, t="2008")
r("Nigeria", "in_conflict_with", "Cameroon", AS, {
    "06": "Nigeria and Cameroon clashed repeatedly over the oil-rich Bakassi peninsula in the 1990s"}, t="199")
# --- threats, criticism, sanctions, support
r("Mahamat Idriss Déby", "threatened", "Multinational Joint Task Force", AS, {
    "05": "Mahamat Idriss Déby threatened on Wednesday to withdraw his country's troops from the Multinational Joint Task Force",
    "08": "Two weeks ago Deby threatened to pull Chad out of the force"}, t="2026-03-04", alt_s=["Chad"])
r("Abdourahamane Tiani", "criticized", "Nigeria", AS, {
    "05": "In December 2024 Tiani accused Nigeria of letting France plot against Niger"}, t="2024-12")
r("Yusuf Tuggar", "criticized", "Abdourahamane Tiani", AS, {
    "05": "an allegation that Nigeria's Foreign Minister, Yusuf Tuggar, rejected as \"baseless\""}, t="2024-12",
  alt_s=["Nigeria"], alt_o=["Niger"], note="rejected Tiani's allegation")
r("Niger", "criticized", "Ukraine", AS, {"05": "accusing Kyiv of backing Tuareg rebels in Mali"}, t="2024-08")
r("Babagana Zulum", "criticized", "Nigerian Army", AS, {"03": "Zulum has repeatedly criticised the army's strategy"})
r("Nigeria", "sanctioned", "Niger", AS, {
    "05": "cut power to its neighbour in August 2023 under ECOWAS sanctions",
    "06": "closed the frontier and cut electricity to its neighbour in August 2023"}, t="2023-08")
r("Economic Community of West African States", "sanctioned", "Niger", AS, {
    "05": "under ECOWAS sanctions that the bloc lifted in February 2024"}, t="2023-08")
r("Russia", "supported", "Niger", AS, {"05": "Russia sent military instructors to Niger in April 2024"}, t="2024-04")
r("United Arab Emirates", "supported", "Chad", AS, {
    "05": "the United Arab Emirates has become one of Chad's main financial backers"})
r("European Union", "supported", "Multinational Joint Task Force", AS, {
    "08": "The European Union has supported the task force financially since 2016"}, t="2016")
r("Nigeria", "supported", "Multinational Joint Task Force", PL, {
    "08": "Nigeria will deploy 2,000 more soldiers to the task force"})
r("Nigeria", "allied_with", "Chad", RE, {"08": "Tinubu called Chad \"Nigeria's indispensable ally in this war\""},
  alt_s=["Bola Tinubu"])
r("Bakary Yaou Sangaré", "criticized", "Multinational Joint Task Force", AS, {
    "08": "which he called \"a structure designed by others for others\""}, req=False, alt_s=["Niger"])
r("Cameroon", "member_of", "Multinational Joint Task Force", PL, {
    "05": "Cameroon would keep its battalions in the force"}, req=False)
r("Bakassi peninsula", "located_in", "Cameroon", AS, {
    "06": "awarded the area to Cameroon in 2002"}, req=False, note="'the area' = the Bakassi peninsula")
# --- diplomacy
r("Mahamat Idriss Déby", "visited", "Russia", AS, {"05": "He visited Moscow in January 2024"}, t="2024-01",
  note="'He' = Déby")
r("Mahamat Idriss Déby", "met_with", "Vladimir Putin", AS, {
    "05": "He visited Moscow in January 2024 for talks with Russian President Vladimir Putin"}, t="2024-01")
r("Niger", "diplomatic_relations_with", "Ukraine", NE, {"05": "Niger also cut diplomatic ties with Ukraine in August 2024"})
r("Nigeria", "negotiating_with", "Niger", RE, {
    "05": "Nigeria and Niger are in talks on resuming joint border patrols, according to two Nigerian officials"})
r("Nuhu Ribadu", "visited", "Niger", PL, {"05": "Nuhu Ribadu is due to visit Niamey next week"}, t="2026-03")
r("Nuhu Ribadu", "visited", "Niger", AS, {"06": "Nuhu Ribadu, arrived in Niamey on Monday"}, t="2026-03-09")
r("Nuhu Ribadu", "met_with", "Ali Lamine Zeine", AS, {
    "06": "arrived in Niamey on Monday and met Prime Minister Ali Lamine Zeine"}, t="2026-03-09")
r("Nuhu Ribadu", "met_with", "Abdourahamane Tiani", NE, {"06": "Ribadu did not meet General Abdourahamane Tiani"})
r("Yusuf Tuggar", "contacted", "Chad", AS, {"05": "Tuggar telephoned Chad's foreign minister to urge Chad to stay"},
  t="2026-03-04")
r("Bola Tinubu", "visited", "N'Djamena", HE, {"05": "President Bola Tinubu is expected to travel to N'Djamena"},
  t="2026-03-16")
r("Bola Tinubu", "visited", "N'Djamena", AS, {
    "08": "welcomes Nigeria's President Bola Tinubu to the summit in N'Djamena on Monday"}, t="2026-03-16")
r("Bola Tinubu", "met_with", "Mahamat Idriss Déby", HE, {"05": "is expected to travel to N'Djamena for the summit and to meet Déby there"},
  t="2026-03-16")
r("Bola Tinubu", "met_with", "Mahamat Idriss Déby", AS, {
    "08": "Deby hosted Nigeria's President Bola Tinubu"}, t="2026-03-16")
r("Joseph Beti Assomo", "met_with", "Mahamat Idriss Déby", AS, {
    "08": "Deby hosted Nigeria's President Bola Tinubu and Cameroon's defence minister, Joseph Beti Assomo"},
  t="2026-03-16")
r("Joseph Beti Assomo", "visited", "N'Djamena", AS, {
    "08": "Deby hosted Nigeria's President Bola Tinubu and Cameroon's defence minister, Joseph Beti Assomo"},
  t="2026-03-16", req=False, note="hosted at the N'Djamena summit")
r("Paul Biya", "visited", "N'Djamena", NE, {"08": "Biya, who rarely travels abroad, did not come to N'Djamena"})
r("Bola Tinubu", "met_with", "Abdourahamane Tiani", NE, {
    "08": "Tinubu and Niger's military leader, General Abdourahamane Tiani, have not met since the July 2023 coup"})
r("Babagana Zulum", "visited", "Monguno", AS, {
    "03": "Borno State Governor Babagana Zulum, who flew to the garrison town of Monguno on Sunday"}, t="2026-03-01")
r("Olufemi Oluyede", "visited", "Maiduguri", PL, {
    "03": "ordered the Chief of Defence Staff, General Olufemi Oluyede, to move to Maiduguri"}, t="2026-03")
r("Nigeria", "normalized_relations_with", "Niger", HE, {
    "06": "relations between Nigeria and Niger could be fully normalised by the end of the year"})
# --- agreements
r("Nigeria", "signed_agreement_with", "Niger", AS, {
    "06": "signed the Konni border protocol in Birnin Konni, under which Nigeria and Niger will resume joint patrols"},
  t="2026-03-05", note="'Last Thursday' before Tuesday Mar 10")
r("Nigeria", "party_to", "Konni border protocol", AS, {
    "06": "signed the Konni border protocol in Birnin Konni, under which Nigeria and Niger"}, t="2026-03-05")
r("Niger", "party_to", "Konni border protocol", AS, {
    "06": "signed the Konni border protocol in Birnin Konni, under which Nigeria and Niger"}, t="2026-03-05")
r("Kofi Annan", "brokered", "Greentree Agreement", AS, {
    "06": "the Greentree Agreement of 2006, brokered by then UN Secretary-General Kofi Annan"}, t="2006", alt_s=["United Nations"])
for _c in ("Nigeria", "Chad", "Cameroon"):
    r(_c, "party_to", "N'Djamena Declaration on Lake Chad Security", AS, {
        "08": "Nigeria, Chad and Cameroon signed a security pact in N'Djamena on Monday"}, t="2026-03-16")
r("Benin", "party_to", "N'Djamena Declaration on Lake Chad Security", AS, {
    "08": "Benin, the fifth member of the task force, signed the pact through its ambassador to Chad"}, t="2026-03-16")
r("Niger", "party_to", "N'Djamena Declaration on Lake Chad Security", NE, {
    "08": "Niger, which had been invited to join the declaration, did not sign it"})
r("Niger", "candidate_for", "N'Djamena Declaration on Lake Chad Security", AS, {
    "08": "Niger, which had been invited to join the declaration"})
r("Chad", "brokered", "N'Djamena Declaration on Lake Chad Security", RE, {
    "08": "The N'Djamena Declaration on Lake Chad Security was brokered by Chad"}, alt_s=["Mahamat Idriss Déby"])
# --- independence, secession
r("Nigeria", "gained_independence_from", "Britain", AS, {
    "06": "Nigeria gained independence from Britain in October 1960"}, t="1960-10")
r("Niger", "gained_independence_from", "France", AS, {
    "06": "while Niger and Chad became independent from France that August"}, t="1960-08")
r("Chad", "gained_independence_from", "France", AS, {
    "05": "since its independence from France in 1960",
    "06": "while Niger and Chad became independent from France that August"}, t="1960", note="06: August 1960")
r("Biafra", "seceded_from", "Nigeria", AS, {"06": "the southeastern region of Biafra seceded from Nigeria"}, t="1967",
  note="'Seven years later' than 1960")
# --- trade
r("Niger", "imports_from", "Nigeria", AS, {
    "05": "Nigeria, which supplies about 70% of Niger's electricity",
    "06": "Niger buys fuel, manufactured goods and most of its electricity from Nigeria"},
  com="electricity (05); fuel, manufactured goods, electricity (06)")
r("Nigeria", "imports_from", "Niger", AS, {"06": "Nigeria imports onions, cattle and sheep from Niger"},
  com="onions, cattle, sheep")
r("Chad", "imports_from", "Cameroon", AS, {"06": "Landlocked Chad buys much of its cement and food from Cameroon"},
  com="cement, food")
r("Nigeria", "trades_with", "Niger", AS, {
    "06": "Before the coup, Nigeria and Niger traded goods worth more than 1 billion dollars a year"})

# ---------------------------------------------------------------- schema
ACT = {P, C, O}
PLACE = {CI, R, F}
SIG = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, R, C}),
    "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}),
    "capital_of": ({CI}, {C, R}),
    "borders": ({C, R}, {C, R}),
    "met_with": (ACT, ACT),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({C}, {C}),
    "supported": (ACT, ACT),
    "criticized": (ACT, ACT),
    "threatened": (ACT, ACT),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT, ACT),
    "attacked": (ACT, ACT | PLACE),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ACT, ACT | PLACE),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ACT, ACT),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in", "located_in",
          "capital_of", "borders", "allied_with", "diplomatic_relations_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^\d{3}$|^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def norm(s):
    """The scorer's normalisation (shared/tools/kgscore)."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentions(text, names):
    for n in names:
        if re.search(r"(?<![\w'])" + re.escape(n) + r"(?!\w)", text):
            return True
    return False


def main():
    errors = []
    err = errors.append
    corpus = os.path.join(ROOT, "corpus")
    docs = {}
    for k, fn in DOCS.items():
        path = os.path.join(corpus, fn)
        if not os.path.exists(path):
            err(f"missing document {fn}")
            continue
        docs[k] = textutil.clean(path)
    on_disk = sorted(f for f in os.listdir(corpus) if f.endswith((".txt", ".html")))
    if on_disk != sorted(DOCS.values()):
        err(f"corpus files {on_disk} differ from DOCS")

    # entities
    ent = {}
    alias_owner = {}
    all_text = "\n".join(d.text for d in docs.values())
    for name, typ, aliases in ENTITIES:
        if name in ent:
            err(f"duplicate entity {name}")
        if typ not in {P, C, O, CI, R, A, F}:
            err(f"{name}: bad type {typ}")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                err(f"alias {a!r} of {name} collides with {alias_owner[k]} under normalisation")
            alias_owner[k] = name
            if not mentions(all_text, [a]):
                err(f"name/alias {a!r} ({name}) does not occur in the articles")

    def names_of(e):
        return [e] + ent[e][1]

    # rows
    units = {}
    used_ents, used_preds = set(), set()
    out_rows, statements = [], []

    def unit(s, p, o, pol):
        s, o = alias_owner.get(norm(s), s), alias_owner.get(norm(o), o)
        if p in SYMMETRIC and s > o:
            s, o = o, s
        return (s, p, o, pol)

    for i, row in enumerate(ROWS):
        tag = f"row {i} {row['s']} {row['p']} {row['o']} ({row['m']})"
        s, p, o, m, t = row["s"], row["p"], row["o"], row["m"], row["t"]
        for e in (s, o):
            if e not in ent:
                err(f"{tag}: unknown entity {e}")
        if p not in SIG:
            err(f"{tag}: unknown predicate")
            continue
        if s not in ent or o not in ent:
            continue
        st, ot = SIG[p]
        if ent[s][0] not in st or ent[o][0] not in ot:
            err(f"{tag}: types {ent[s][0]} -> {ent[o][0]} do not fit {p}")
        if m not in MODALITIES:
            err(f"{tag}: bad modality")
        if t is not None:
            if not TIME_RE.match(t):
                err(f"{tag}: bad time {t}")
            if m == "negated":
                err(f"{tag}: negated rows carry no time")
            if p in STATIC:
                err(f"{tag}: static relation carries no time")
        for a in row["alt_s"] + row["alt_o"]:
            if a not in ent:
                err(f"{tag}: alternative {a} is not an entity")
            else:
                used_ents.add(a)
        for a in row["alt_p"]:
            if a not in SIG:
                err(f"{tag}: alternative predicate {a} unknown")
        if p in ("head_of", "works_for") and not row["role"]:
            err(f"{tag}: role missing")
        if p == "imports_from" and not row["com"]:
            err(f"{tag}: commodity missing")
        if not isinstance(row["req"], bool):
            err(f"{tag}: required must be a bool")
        used_ents.update([s, o])
        used_preds.add(p)
        pol = POLARITY.get(m)
        u = unit(s, p, o, pol)
        if u in units:
            err(f"{tag}: shares its scoring unit with row {units[u]}")
        units[u] = i
        quotes = []
        for dk, ev in sorted(row["ev"].items()):
            if dk not in docs:
                err(f"{tag}: unknown doc {dk}")
                continue
            d = docs[dk]
            phrase, dmod = (ev if isinstance(ev, tuple) else (ev, m))
            if dmod not in MODALITIES or POLARITY[dmod] != pol:
                err(f"{tag}: doc {dk} modality {dmod} has another polarity than the row")
            span = None
            for mt in re.finditer(re.escape(phrase), d.text):
                if mt.start() < d.body_start:
                    continue
                sent = d.sentence_at(mt.start(), mt.end())
                if sent:
                    span = sent
                    break
            if span is None:
                err(f"{tag}: evidence not inside one body sentence of {dk}: {phrase!r}")
                continue
            body = d.body()
            for e in (s, o):
                if not mentions(body, names_of(e)):
                    err(f"{tag}: {e} is not mentioned in {dk}")
            if t and d.style == "wire" and not re.search(r"\b" + t[:4], body):
                err(f"{tag}: time {t} in wire {dk}, whose text does not state the year {t[:4]}")
            quotes.append(f"{dk}: '{phrase}'" + (f" [{dmod}]" if dmod != m else ""))
            published = d.published
            if d.style == "wire":
                published = WIRE_YEAR[dk] + published[1:]
            stmt = {"subject": s, "subject_type": ent[s][0], "predicate": p, "object": o,
                    "object_type": ent[o][0], "modality": dmod, "time": t or "",
                    "role": row["role"] or "", "confidence": 1.0,
                    "source": f"corpus/{d.name}", "title": d.title, "published": published,
                    "sentence": d.text[span[0]:span[1]], "start": span[0], "end": span[1], "rule": "gold"}
            if row["com"]:
                stmt["commodity"] = row["com"]
            statements.append(stmt)
        note = []
        if row["role"]:
            note.append(f"role: {row['role']}")
        if row["com"]:
            note.append(f"commodity: {row['com']}")
        note.append("; ".join(quotes))
        if row["note"]:
            note.append(row["note"])
        g = {"s": s, "p": p, "o": o, "docs": [DOCS[k] for k in sorted(row["ev"]) if k in DOCS], "modality": m}
        if t:
            g["time"] = t
        g["required"] = row["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if row[k]:
                g[k] = row[k]
        g["note"] = " | ".join(note)
        out_rows.append(g)

    # alternative readings must not hit another row's unit
    for i, row in enumerate(ROWS):
        if row["s"] not in ent or row["o"] not in ent or row["p"] not in SIG:
            continue
        pol = POLARITY.get(row["m"])
        main = unit(row["s"], row["p"], row["o"], pol)
        for s in [row["s"]] + row["alt_s"]:
            for p in [row["p"]] + row["alt_p"]:
                for o in [row["o"]] + row["alt_o"]:
                    u = unit(s, p, o, pol)
                    if u != main and u in units:
                        err(f"row {i}: alternative reading {u} is row {units[u]}'s unit")

    for name in ent:
        if name not in used_ents:
            err(f"entity {name} is used by no row")
    missing = set(SIG) - used_preds
    if missing:
        err(f"predicates never used: {sorted(missing)}")
    n = len(ROWS)
    neg = sum(1 for x in ROWS if x["m"] == "negated")
    if not 200 <= n <= 260:
        err(f"{n} rows; 200-260 wanted")
    if not 20 <= neg <= 25:
        err(f"{neg} negated rows; 20-25 wanted")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for g in out_rows:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for st in statements:
            f.write(json.dumps(st, ensure_ascii=False) + "\n")

    mods = Counter(x["m"] for x in ROWS)
    print(f"entities {len(ENTITIES)}: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(e[1] for e in ENTITIES).items())))
    print(f"rows {n}, required {sum(1 for x in ROWS if x['req'])}, negated {neg}")
    print("modalities: " + ", ".join(f"{k} {v}" for k, v in sorted(mods.items())))
    print(f"predicates used {len(used_preds)}/34; statements {len(statements)}")
    per_doc = Counter()
    per_doc_req = Counter()
    for x in ROWS:
        for k in x["ev"]:
            per_doc[k] += 1
            per_doc_req[k] += x["req"]
    print("facts per doc (required): " + ", ".join(f"{k} {per_doc[k]} ({per_doc_req[k]})" for k in sorted(per_doc)))
    print("per predicate: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(x['p'] for x in ROWS).items())))


if __name__ == "__main__":
    main()
