#!/usr/bin/env python3
"""Build the gold standard of news set zzl from rows written by hand.

Every row names its subject, predicate, object and modality, and for each
document that states it the evidence phrase and, where it has one, the time
the document gives. The script checks the rows against SCHEMA.md and the
cleaned article bodies, then writes

    entities.jsonl, triples.jsonl         (format of shared/eval/README.md)
    selfcheck_statements.jsonl            (one `kg export --format jsonl`
                                           statement per row and document)

It exits non-zero on an unknown entity, type, predicate or modality, a
phrase not found inside one sentence of the document's cleaned body, a bad
time, a duplicate row or an alias shared by two entities.

Usage: build_gold.py [--stats]
Only the Python 3 standard library is used.
"""
import datetime
import html.parser
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")


def die(msg):
    sys.exit("build_gold: ERROR: " + msg)


# ---------------------------------------------------------------- schema

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = set(TYPES)
# predicate -> (subject types, object types), from SCHEMA.md
PREDICATES = {
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, R, C}),
    "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}),
    "capital_of": ({CI}, {C, R}),
    "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, R}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({C, O}, {A, O}),
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
    "took_control_of": ({C, O}, {R, CI, F}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
# relations that hold rather than happen: never a time
STATIC = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in",
          "located_in", "capital_of", "borders", "allied_with", "diplomatic_relations_with"}

# ---------------------------------------------------------------- documents

DOCS = {
    "zzl01": ("zzl01-vucic-kurti-brussels.txt", "wire", "balkans"),
    "zzl02": ("zzl02-kfor-mitrovica-troops.txt", "wire", "balkans"),
    "zzl03": ("zzl03-bougainville-vote-delayed.txt", "wire", "pacific"),
    "zzl04": ("zzl04-balkans-eu-queue.txt", "newspaper", "balkans"),
    "zzl05": ("zzl05-marles-pukpuk-recruits.txt", "newspaper", "pacific"),
    "zzl06": ("zzl06-honiara-police-deal.txt", "newspaper", "pacific"),
    "zzl07": ("zzl07-dodik-moscow-secession.html", "html", "balkans"),
    "zzl08": ("zzl08-pif-ministers-bougainville.html", "html", "pacific"),
}


class ArticleText(html.parser.HTMLParser):
    """Collects title, publication time and the <p> text of <article>,
    leaving out figures, asides, headers, footers, forms and the byline."""
    SKIP = {"figure", "aside", "header", "footer", "form", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_article = 0
        self.skip = 0
        self.in_p = False
        self.p_skip = False
        self.paras, self.cur = [], []
        self.title = ""
        self.published = ""
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property") == "article:published_time":
            self.published = a.get("content", "")[:10]
        if tag == "article":
            self.in_article += 1
        elif self.in_article and tag in self.SKIP:
            self.skip += 1
        elif self.in_article and tag == "h1":
            self.in_h1 = True
        elif self.in_article and tag == "p":
            self.in_p, self.cur = True, []
            self.p_skip = bool(self.skip) or "byline" in (a.get("class") or "")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        elif self.in_article and tag in self.SKIP:
            self.skip -= 1
        elif tag == "h1":
            self.in_h1 = False
        elif tag == "p" and self.in_p:
            self.in_p = False
            if not self.p_skip:
                self.paras.append(re.sub(r"\s+", " ", "".join(self.cur)).strip())

    def handle_data(self, data):
        if self.in_h1:
            self.title += data
        if self.in_p:
            self.cur.append(data)


def load_doc(doc):
    """Returns (title, published, cleaned body) of a document."""
    name, style, _ = DOCS[doc]
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    if style == "html":
        ap = ArticleText()
        ap.feed(raw)
        return ap.title.strip(), ap.published, "\n".join(ap.paras)
    lines = raw.split("\n")
    title = lines[0].strip()
    if style == "wire":
        if lines[1].strip():
            die(f"{name}: no blank line after the headline")
        body = [l for l in lines[2:] if not l.startswith("(Reporting by")]
        if not re.match(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \((Reuters|AFP|AP)\) - ", body[0]):
            die(f"{name}: bad dateline: {body[0][:60]!r}")
        return title, "", "\n".join(body).strip()
    m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})$", lines[1])
    if not m or not lines[2].startswith("By "):
        die(f"{name}: newspaper header must be title, Published:, By")
    return title, m.group(1), "\n".join(lines[3:]).strip()


ABBREV = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Sgt", "Jr", "Sr",
          "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
          "Nov", "Dec", "U.S", "U.K", "E.U", "Gov", "Sen", "Rep", "Prof"}
BOUNDARY = re.compile(r"([.!?])([\"'\u201d\u2019)]*)\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u024f])")


def sentences(body):
    """Yields (start, end, text) for each sentence: a line break always ends
    one; inside a line, . ! ? followed by space and a capital does, unless the
    word before the stop is a known abbreviation."""
    pos = 0
    for line in body.split("\n"):
        start = 0
        for m in BOUNDARY.finditer(line):
            word = re.findall(r"[\w.]+$", line[:m.start(1)])
            if m.group(1) == "." and word and word[0] in ABBREV:
                continue
            end = m.end(2)
            if line[start:end].strip():
                yield pos + start, pos + end, line[start:end]
            start = m.end()
        if line[start:].strip():
            yield pos + start, pos + len(line), line[start:]
        pos += len(line) + 1


# ---------------------------------------------------------------- entities

E = {}


def ent(name, typ, *aliases):
    if typ not in TYPES:
        die(f"entity {name}: unknown type {typ}")
    if name in E:
        die(f"entity {name} declared twice")
    E[name] = {"name": name, "type": typ, "aliases": list(aliases)}


# people
ent("Aleksandar Vučić", P, "Vučić", "Vucic", "Aleksandar Vucic", "Serbian President Aleksandar Vucic",
    "Serbian President Aleksandar Vučić", "President Aleksandar Vučić")
ent("Albin Kurti", P, "Kurti", "Kosovo Prime Minister Albin Kurti")
ent("Kaja Kallas", P, "Kallas")
ent("Peter Sørensen", P, "Peter Sorensen", "Sorensen", "Sørensen")
ent("Marko Đurić", P, "Marko Djuric", "Djuric", "Đurić", "Serbian Foreign Minister Marko Djuric")
ent("Marco Ferretti", P, "Ferretti", "Lieutenant Colonel Marco Ferretti")
ent("Dragana Milic", P, "Milic")
ent("Mark Rutte", P, "Rutte", "NATO Secretary General Mark Rutte")
ent("Milojko Spajić", P, "Spajić", "Spajic", "Milojko Spajic")
ent("Marta Kos", P, "Kos")
ent("Zoran Đinđić", P, "Đinđić", "Zoran Djindjic", "Djindjic")
ent("Zvezdan Jovanović", P, "Jovanović", "Zvezdan Jovanovic")
ent("Hristijan Mickoski", P, "Mickoski")
ent("Zoran Zaev", P, "Zaev")
ent("Edi Rama", P, "Rama")
ent("Milorad Dodik", P, "Dodik")
ent("Vladimir Putin", P, "Putin", "Russian President Vladimir Putin")
ent("Christian Schmidt", P, "Schmidt")
ent("Željka Cvijanović", P, "Cvijanović", "Zeljka Cvijanovic")
ent("Denis Bećirović", P, "Bećirović", "Denis Becirovic")
ent("Lena Hofbauer", P, "Hofbauer", "Major Lena Hofbauer")
ent("Ishmael Toroama", P, "Toroama")
ent("James Marape", P, "Marape")
ent("Francis Ona", P, "Ona")
ent("Theodore Miriung", P, "Miriung")
ent("Jerry Mateparae", P, "Sir Jerry Mateparae", "Mateparae")
ent("Clement Tsien", P, "Tsien")
ent("Rosa Waiben", P, "Waiben")
ent("Richard Marles", P, "Marles")
ent("Billy Joseph", P)
ent("Nathan Kila", P, "Kila")
ent("Justin Tkatchenko", P, "Tkatchenko")
ent("Peter Kaiwa", P, "Kaiwa")
ent("Grace Wapi", P, "Wapi")
ent("Jeremiah Manele", P, "Manele")
ent("Anthony Albanese", P, "Albanese")
ent("Penny Wong", P, "Wong")
ent("Manasseh Sogavare", P, "Sogavare")
ent("Mark Doherty", P, "Doherty")
ent("Daniel Suluia", P, "Suluia")
ent("Grace Tuhaika", P, "Tuhaika")
ent("Simon Tsirina", P, "Tsirina")
ent("Pat Conroy", P, "Conroy")
ent("Baron Waqa", P, "Waqa")
ent("Winston Peters", P, "Peters")
ent("Sitiveni Rabuka", P, "Rabuka")
ent("Agnes Titus", P, "Titus")
# countries
ent("Serbia", C, "Republic of Serbia")
ent("Kosovo", C, "Republic of Kosovo")
ent("Russia", C, "Russian Federation")
ent("China", C, "People's Republic of China", "PRC")
ent("Spain", C)
ent("Greece", C)
ent("Cyprus", C)
ent("Romania", C)
ent("Slovakia", C)
ent("Italy", C)
ent("Turkey", C, "Türkiye")
ent("France", C)
ent("Germany", C)
ent("Ukraine", C)
ent("Montenegro", C)
ent("North Macedonia", C)
ent("Bulgaria", C)
ent("Albania", C)
ent("Croatia", C)
ent("Bosnia and Herzegovina", C, "Bosnia", "Bosnia & Herzegovina", "BiH")
ent("United States", C, "US", "U.S.", "USA", "United States of America")
ent("United Kingdom", C, "Britain", "UK", "U.K.", "Great Britain")
ent("Papua New Guinea", C, "PNG")
ent("Australia", C, "Commonwealth of Australia")
ent("New Zealand", C)
ent("Solomon Islands", C, "the Solomons")
ent("Taiwan", C, "Republic of China")
ent("Palau", C)
ent("Marshall Islands", C, "Republic of the Marshall Islands")
ent("Tuvalu", C)
ent("Nauru", C)
ent("Fiji", C)
ent("Kiribati", C)
# organizations
ent("European Union", O, "EU", "E.U.")
ent("NATO", O, "North Atlantic Treaty Organization")
ent("Kosovo Force", O, "KFOR", "NATO's Kosovo Force")
ent("United Nations", O, "UN", "U.N.")
ent("Council of Europe", O)
ent("NIS", O, "Naftna Industrija Srbije")
ent("Alliance of Independent Social Democrats", O, "SNSD")
ent("Office of the High Representative", O, "OHR")
ent("Presidency of Bosnia and Herzegovina", O, "Bosnia's three-member presidency",
    "Bosnia’s three-member presidency", "Bosnia's presidency", "Bosnia’s presidency")
ent("EUFOR Althea", O, "EUFOR")
ent("Autonomous Bougainville Government", O, "ABG")
ent("Bougainville Revolutionary Army", O, "BRA")
ent("Papua New Guinea Defence Force", O, "PNGDF")
ent("University of Papua New Guinea", O, "UPNG")
ent("PNG Chiefs", O)
ent("National Rugby League", O, "NRL")
ent("China Police Liaison Team", O, "CPLT")
ent("Royal Solomon Islands Police Force", O, "RSIPF")
ent("Pacific Islands Forum", O, "PIF", "Forum")
# cities
ent("Brussels", CI)
ent("Belgrade", CI)
ent("Pristina", CI, "Prishtina")
ent("Mitrovica", CI)
ent("North Mitrovica", CI)
ent("Podgorica", CI)
ent("Gjadër", CI, "Gjader")
ent("Rome", CI)
ent("Moscow", CI)
ent("Banja Luka", CI)
ent("Sarajevo", CI)
ent("Port Moresby", CI)
ent("Buka", CI)
ent("Arawa", CI)
ent("Lae", CI)
ent("Honiara", CI)
ent("Canberra", CI)
ent("Wellington", CI)
ent("Washington", CI, "Washington, D.C.")
ent("Beijing", CI)
ent("Taipei", CI)
ent("Suva", CI)
# regions
ent("Republika Srpska", R)
ent("Bougainville", R, "Bougainville island")
ent("Manus Island", R, "Manus")
# facilities
ent("Ibar bridge", F, "bridge over the Ibar river", "main bridge in Mitrovica")
ent("Film City", F)
ent("Ibar-Lepenac canal", F, "Ibar Lepenac canal")
ent("Camp Bondsteel", F, "Bondsteel")
ent("Panguna mine", F, "Panguna", "Panguna copper mine")
ent("Lombrum naval base", F, "Lombrum", "Lombrum Naval Base")
# agreements
ent("Ohrid Agreement", A, "Ohrid agreement", "Agreement on the Path to Normalisation")
ent("Dayton Agreement", A, "Dayton peace agreement", "Dayton agreement", "Dayton accords")
ent("Prespa Agreement", A, "Prespa agreement")
ent("Era Kone Covenant", A)
ent("Burnham Truce", A)
ent("Pukpuk Treaty", A, "Pukpuk", "Australia-Papua New Guinea Mutual Defence Treaty")
ent("ANZUS Treaty", A, "ANZUS", "ANZUS pact")
ent("Pacific Policing Initiative", A)

# ---------------------------------------------------------------- rows

ROWS = []
KIND = {"entailment", "reference", "group", "former", "first-person", "demonym", "loose"}


def row(s, p, o, modality, ev, req=True, kind=None, alt_s=(), alt_p=(), alt_o=(),
        role="", commodity="", note=""):
    """ev: list of (doc, evidence phrase, time or None). kind: why a row is
    not required (one of KIND)."""
    ROWS.append(dict(s=s, p=p, o=o, modality=modality, ev=ev, req=req, kind=kind,
                     alt_s=list(alt_s), alt_p=list(alt_p), alt_o=list(alt_o),
                     role=role, commodity=commodity, note=note))


def opt(*a, kind, **k):
    row(*a, req=False, kind=kind, **k)


N = None
# ======================= cluster 1: western Balkans ======================
# --- people in office
row("Aleksandar Vučić", "head_of", "Serbia", "asserted", [
    ("zzl01", "Serbian President Aleksandar Vucic", N),
    ("zzl02", "Serbian President Aleksandar Vucic", N),
    ("zzl04", "Serbia's president, Aleksandar Vučić", N),
    ("zzl07", "Serbian President Aleksandar Vučić", N)], role="president")
row("Albin Kurti", "head_of", "Kosovo", "asserted", [
    ("zzl01", "Kosovo Prime Minister Albin Kurti", N),
    ("zzl02", "Kosovo Prime Minister Albin Kurti", N),
    ("zzl04", "Kosovo's prime minister, Albin Kurti", N)], role="prime minister")
row("Kaja Kallas", "works_for", "European Union", "asserted", [
    ("zzl01", "EU foreign policy chief Kaja Kallas", N)], role="foreign policy chief")
opt("Peter Sørensen", "works_for", "European Union", "asserted", [
    ("zzl01", "the bloc's special envoy for the Belgrade-Pristina dialogue, Peter Sorensen", N)],
    kind="reference", role="special envoy", note="the EU is named only as 'the bloc'")
row("Marko Đurić", "works_for", "Serbia", "asserted", [
    ("zzl01", "Serbian Foreign Minister Marko Djuric", N),
    ("zzl02", "Serbian Foreign Minister Marko Djuric", N)], role="foreign minister")
row("Mark Rutte", "head_of", "NATO", "asserted", [
    ("zzl02", "NATO Secretary General Mark Rutte", N)], role="secretary general")
row("Marco Ferretti", "works_for", "Kosovo Force", "asserted", [
    ("zzl02", "KFOR spokesman Lieutenant Colonel Marco Ferretti", N)], role="spokesman")
opt("Milojko Spajić", "head_of", "Montenegro", "asserted", [
    ("zzl04", "Prime Minister Milojko Spajić told reporters in Podgorica, Montenegro's capital", N)],
    kind="loose", role="prime minister", note="the country is named only through its capital")
row("Marta Kos", "works_for", "European Union", "asserted", [
    ("zzl04", "The EU's enlargement commissioner, Marta Kos", N),
    ("zzl07", "Marta Kos, the EU’s enlargement commissioner", N)], role="enlargement commissioner")
opt("Zoran Đinđić", "head_of", "Serbia", "asserted", [
    ("zzl04", "Zoran Đinđić, the reformist prime minister who had set Serbia on a pro-European course", N)],
    kind="former", role="prime minister")
row("Hristijan Mickoski", "head_of", "North Macedonia", "asserted", [
    ("zzl04", "North Macedonia's Prime Minister Hristijan Mickoski", N)], role="prime minister")
opt("Zoran Zaev", "head_of", "North Macedonia", "asserted", [
    ("zzl04", "His predecessor Zoran Zaev", N)], kind="former", role="prime minister")
row("Edi Rama", "head_of", "Albania", "asserted", [
    ("zzl04", "Albanian Prime Minister Edi Rama", N)], role="prime minister")
row("Milorad Dodik", "head_of", "Alliance of Independent Social Democrats", "asserted", [
    ("zzl07", "Milorad Dodik, leader of the Alliance of Independent Social Democrats (SNSD)", N)],
    role="leader")
opt("Milorad Dodik", "member_of", "Alliance of Independent Social Democrats", "asserted", [
    ("zzl07", "Milorad Dodik, leader of the Alliance of Independent Social Democrats (SNSD)", N)],
    kind="entailment", note="entailed by head_of")
row("Vladimir Putin", "head_of", "Russia", "asserted", [
    ("zzl07", "Russian President Vladimir Putin", N)], role="president")
row("Christian Schmidt", "head_of", "Office of the High Representative", "asserted", [
    ("zzl07", "Christian Schmidt, a former German agriculture minister who heads the Office of the High Representative (OHR)", N)],
    role="High Representative")
opt("Christian Schmidt", "works_for", "Germany", "asserted", [
    ("zzl07", "a former German agriculture minister", N)], kind="former", role="agriculture minister")
row("Željka Cvijanović", "member_of", "Presidency of Bosnia and Herzegovina", "asserted", [
    ("zzl07", "the Serb member of Bosnia’s three-member presidency", N)])
row("Denis Bećirović", "member_of", "Presidency of Bosnia and Herzegovina", "asserted", [
    ("zzl07", "the Bosniak member of Bosnia’s presidency", N)])
row("Lena Hofbauer", "works_for", "EUFOR Althea", "asserted", [
    ("zzl07", "EUFOR spokesperson Major Lena Hofbauer", N)], role="spokesperson")
opt("Željka Cvijanović", "allied_with", "Milorad Dodik", "asserted", [
    ("zzl07", "Britain sanctioned him and his close ally Željka Cvijanović", N)],
    kind="reference", note="'his close ally': Dodik only as a pronoun")

# --- the Brussels meeting
row("Aleksandar Vučić", "met_with", "Albin Kurti", "asserted", [
    ("zzl01", "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held their first face-to-face talks", N),
    ("zzl04", "Aleksandar Vučić, and Kosovo's prime minister, Albin Kurti, sat down together in Brussels last Tuesday", "2026-04-14")],
    alt_s=["Serbia"], alt_o=["Kosovo"],
    note="zzl01 attributes it to EU officials (reported), zzl04 states it; zzl01 has no year, so no row time")
opt("Aleksandar Vučić", "visited", "Brussels", "asserted", [
    ("zzl01", "held their first face-to-face talks in more than two years in Brussels", N),
    ("zzl04", "sat down together in Brussels last Tuesday", "2026-04-14")], kind="entailment",
    note="travel entailed by talks held in Brussels")
opt("Albin Kurti", "visited", "Brussels", "asserted", [
    ("zzl01", "held their first face-to-face talks in more than two years in Brussels", N),
    ("zzl04", "sat down together in Brussels last Tuesday", "2026-04-14")], kind="entailment",
    note="travel entailed by talks held in Brussels")
opt("Kaja Kallas", "met_with", "Aleksandar Vučić", "reported", [
    ("zzl01", "The meeting, hosted by EU foreign policy chief Kaja Kallas", N)], kind="entailment",
    note="hosting the meeting entails meeting both leaders")
opt("Kaja Kallas", "met_with", "Albin Kurti", "reported", [
    ("zzl01", "The meeting, hosted by EU foreign policy chief Kaja Kallas", N)], kind="entailment",
    note="hosting the meeting entails meeting both leaders")
opt("Aleksandar Vučić", "negotiating_with", "Albin Kurti", "planned", [
    ("zzl01", "Both leaders have committed to come back to the table in June", N),
    ("zzl04", "an agreement to keep talking", N)], kind="group", alt_s=["Serbia"], alt_o=["Kosovo"],
    note="'both leaders' / 'the two men'")
opt("Serbia", "negotiating_with", "Kosovo", "planned", [
    ("zzl02", "the leaders of Serbia and Kosovo agreed in Brussels to discuss reopening the bridge", N)],
    kind="loose")
row("Aleksandar Vučić", "criticized", "Kosovo", "asserted", [
    ("zzl01", "Vucic, speaking separately, accused Pristina", N)], alt_o=["Pristina"],
    note="Pristina stands for Kosovo's government")
row("Marko Đurić", "criticized", "European Union", "asserted", [
    ("zzl01", "accused the EU of tolerating what he called Kurti's provocations", N)])
opt("Marko Đurić", "criticized", "Albin Kurti", "asserted", [
    ("zzl01", "what he called Kurti's provocations", N)], kind="loose")

# --- Kosovo's status
row("Kosovo", "gained_independence_from", "Serbia", "asserted", [
    ("zzl01", "Kosovo declared independence from Serbia in 2008", "2008")], alt_p=["seceded_from"])
row("NATO", "attacked", "Serbia", "asserted", [
    ("zzl01", "NATO had bombed Serbia in 1999", "1999")])
row("Serbia", "recognizes", "Kosovo", "negated", [
    ("zzl01", "Belgrade still does not recognize Kosovo", N)], alt_s=["Belgrade"])
row("Serbia", "allied_with", "Russia", "asserted", [
    ("zzl01", "Serbia's allies Russia and China", N)])
row("Serbia", "allied_with", "China", "asserted", [
    ("zzl01", "Serbia's allies Russia and China", N),
    ("zzl04", "Vučić has also deepened ties with China", N)], alt_s=["Aleksandar Vučić"])
opt("NATO", "based_in", "Kosovo", "asserted", [
    ("zzl01", "the alliance has kept peacekeepers in Kosovo ever since", N)], kind="reference",
    note="NATO only as 'the alliance'")
row("Kosovo", "member_of", "United Nations", "negated", [
    ("zzl01", "have kept Kosovo out of the United Nations", N)])
for c in ("Spain", "Greece", "Cyprus", "Romania", "Slovakia"):
    row(c, "recognizes", "Kosovo", "negated", [
        ("zzl01", "Spain, Greece, Cyprus, Romania and Slovakia - have not recognized Kosovo's independence", N)])
    opt(c, "member_of", "European Union", "asserted", [
        ("zzl01", "Five EU member states - Spain, Greece, Cyprus, Romania and Slovakia", N)], kind="group")
row("Kosovo", "member_of", "Council of Europe", "negated", [
    ("zzl01", "Kosovo has yet to join the Council of Europe", N)])
opt("Kosovo", "candidate_for", "Council of Europe", "asserted", [
    ("zzl01", "the Council of Europe, which it applied to in 2022", "2022")], kind="reference",
    note="'which it applied to': Kosovo as a pronoun")
row("European Union", "brokered", "Ohrid Agreement", "asserted", [
    ("zzl01", "Under the Ohrid agreement, an EU-brokered deal reached in 2023", "2023")])
row("Serbia", "party_to", "Ohrid Agreement", "negated", [
    ("zzl01", "Neither Vucic nor Kurti has signed the Ohrid agreement", N)], alt_s=["Aleksandar Vučić"],
    note="a leader signing for his state: the country, with the person in alt_s")
row("Kosovo", "party_to", "Ohrid Agreement", "negated", [
    ("zzl01", "Neither Vucic nor Kurti has signed the Ohrid agreement", N)], alt_s=["Albin Kurti"])
row("Serbia", "normalized_relations_with", "Kosovo", "negated", [
    ("zzl01", "Serbia and Kosovo have yet to normalize relations", N)])
row("Serbia", "candidate_for", "European Union", "asserted", [
    ("zzl01", "Serbia has been a candidate for EU membership since 2012", "2012"),
    ("zzl04", "Serbia's bid to join the European Union", N)])
row("Kosovo", "candidate_for", "European Union", "asserted", [
    ("zzl01", "Kosovo applied to join the EU in December 2022", "2022-12"),
    ("zzl04", "Kosovo, which applied for EU membership in December 2022", "2022-12")])
row("Kosovo", "imports_from", "Serbia", "negated", [
    ("zzl01", "Kosovo has barred imports of goods from Serbia since June 2023", "2023-06")],
    commodity="goods")

# --- KFOR and Mitrovica
opt("Kosovo Force", "based_in", "Kosovo", "asserted", [
    ("zzl01", "which has about 4,500 troops in Kosovo", N),
    ("zzl02", "which has kept the peace in Kosovo since the end of the 1998-99 war", N)], kind="loose")
opt("Kosovo Force", "member_of", "NATO", "asserted", [
    ("zzl01", "NATO's Kosovo Force (KFOR)", N)], kind="loose", note="a NATO force, not a member state")
row("Mitrovica", "located_in", "Kosovo", "asserted", [
    ("zzl02", "the town of Mitrovica in northern Kosovo", N)])
opt("Italy", "member_of", "NATO", "asserted", [
    ("zzl02", "drawn from Italian and Turkish units of the alliance's reserve force", N)], kind="demonym")
opt("Turkey", "member_of", "NATO", "asserted", [
    ("zzl02", "drawn from Italian and Turkish units of the alliance's reserve force", N)], kind="demonym")
row("Kosovo Force", "based_in", "Pristina", "asserted", [
    ("zzl02", "Film City, KFOR's headquarters in Pristina", N)])
row("Film City", "located_in", "Pristina", "asserted", [
    ("zzl02", "Film City, KFOR's headquarters in Pristina", N)])
row("Kosovo Force", "took_control_of", "Ibar bridge", "asserted", [
    ("zzl02", "KFOR troops took control of the bridge over the Ibar river on Thursday", N)])
row("Dragana Milic", "lives_in", "North Mitrovica", "asserted", [
    ("zzl02", "Dragana Milic, a 52-year-old teacher who lives in North Mitrovica", N)])
row("Albin Kurti", "criticized", "Serbia", "asserted", [
    ("zzl02", "In November 2024, Kurti accused Serbia of attacking the Ibar-Lepenac canal", "2024-11"),
    ("zzl04", "Kurti's government blamed Serbia for an attack on the Ibar-Lepenac canal in November 2024", "2024-11")],
    alt_s=["Kosovo"])
row("Serbia", "attacked", "Ibar-Lepenac canal", "reported", [
    ("zzl02", "In November 2024, Kurti accused Serbia of attacking the Ibar-Lepenac canal", "2024-11"),
    ("zzl04", "Kurti's government blamed Serbia for an attack on the Ibar-Lepenac canal in November 2024", "2024-11")],
    note="polarity trap: Kosovo's accusation; Belgrade denies it (negated row)")
row("Serbia", "attacked", "Ibar-Lepenac canal", "negated", [
    ("zzl02", "Aleksandar Vucic denied that Serbia was behind the blast on the Ibar-Lepenac canal", N),
    ("zzl04", "a charge Belgrade denied", N)], alt_s=["Belgrade", "Aleksandar Vučić"],
    note="polarity trap: the denial of the reported attack")
row("Serbia", "borders", "Kosovo", "asserted", [
    ("zzl02", "Serbia, which borders Kosovo to the north and east", N)])
row("Serbia", "member_of", "NATO", "negated", [
    ("zzl02", "is not a member of NATO and has declared military neutrality", N)])
opt("Serbia", "supported", "Kosovo Force", "asserted", [
    ("zzl02", "Belgrade lets KFOR supply convoys cross its territory", N)], kind="loose", alt_s=["Belgrade"])
row("Marko Đurić", "contacted", "Mark Rutte", "reported", [
    ("zzl02", "he had phoned NATO Secretary General Mark Rutte", N)])
row("Mark Rutte", "visited", "Pristina", "hedged", [
    ("zzl02", "Rutte is expected to visit Pristina and Belgrade in June", N)], alt_o=["Kosovo"])
row("Mark Rutte", "visited", "Belgrade", "hedged", [
    ("zzl02", "Rutte is expected to visit Pristina and Belgrade in June", N)], alt_o=["Serbia"])
opt("United States", "member_of", "Kosovo Force", "asserted", [
    ("zzl02", "The largest national contingent comes from the United States", N)], kind="loose")
row("Camp Bondsteel", "located_in", "Kosovo", "asserted", [
    ("zzl02", "Camp Bondsteel in eastern Kosovo", N)])

# --- the EU queue (zzl04)
row("Montenegro", "member_of", "NATO", "asserted", [
    ("zzl04", "which joined NATO in 2017", N)], note="joined 2017; static relation, so no time")
row("Montenegro", "negotiating_with", "European Union", "asserted", [
    ("zzl04", "has been negotiating with the EU since 2012", "2012")])
row("Montenegro", "member_of", "European Union", "hedged", [
    ("zzl04", "which could make Montenegro the EU's 28th member in 2028", N)],
    note="'could ... in 2028'; static relation, so no time")
row("Podgorica", "capital_of", "Montenegro", "asserted", [
    ("zzl04", "Podgorica, Montenegro's capital", N)])
opt("Podgorica", "located_in", "Montenegro", "asserted", [
    ("zzl04", "Podgorica, Montenegro's capital", N)], kind="entailment")
row("Marta Kos", "visited", "Podgorica", "asserted", [
    ("zzl04", "Marta Kos, who visited Podgorica last month", "2026-03")], alt_o=["Montenegro"])
row("Serbia", "negotiating_with", "European Union", "asserted", [
    ("zzl04", "Belgrade opened accession talks with Brussels in 2014", "2014")],
    alt_s=["Belgrade"], alt_o=["Brussels"])
row("Serbia", "sanctioned", "Russia", "negated", [
    ("zzl04", "Serbia refuses to join the bloc's sanctions on Russia", N)])
opt("European Union", "sanctioned", "Russia", "asserted", [
    ("zzl04", "the bloc's sanctions on Russia", N)], kind="reference", note="the EU only as 'the bloc'")
row("Serbia", "imports_from", "Russia", "asserted", [
    ("zzl04", "Serbia still buys most of its gas from Russia", N)], commodity="gas")
row("United States", "sanctioned", "NIS", "asserted", [
    ("zzl04", "which the United States has sanctioned since last October", "2025-10")])
opt("NIS", "based_in", "Serbia", "asserted", [
    ("zzl04", "NIS, the country's only oil refiner", N)], kind="reference")
row("Serbia", "imports_from", "China", "asserted", [
    ("zzl04", "China, which supplied Serbia with FK-3 air defence systems in 2022", "2022")],
    commodity="air defence systems")
row("Serbia", "imports_from", "France", "asserted", [
    ("zzl04", "while buying 12 Rafale fighter jets from France in a deal signed in August 2024", "2024-08")],
    alt_s=["Aleksandar Vučić"], commodity="fighter jets")
opt("Serbia", "signed_agreement_with", "France", "asserted", [
    ("zzl04", "in a deal signed in August 2024", "2024-08")], kind="entailment", alt_s=["Aleksandar Vučić"])
row("Zvezdan Jovanović", "killed", "Zoran Đinđić", "asserted", [
    ("zzl04", "was shot dead in Belgrade in 2003 by Zvezdan Jovanović", "2003")])
row("European Union", "sanctioned", "Kosovo", "asserted", [
    ("zzl04", "The EU imposed punitive measures on Kosovo in June 2023", "2023-06")])
row("Bosnia and Herzegovina", "candidate_for", "European Union", "asserted", [
    ("zzl04", "Bosnia and Herzegovina, granted EU candidate status in December 2022", "2022-12"),
    ("zzl07", "Bosnia, which was granted EU candidate status in December 2022", "2022-12")])
opt("Bosnia and Herzegovina", "negotiating_with", "European Union", "planned", [
    ("zzl04", "was cleared to open accession talks in March 2024", N)], kind="loose",
    note="talks cleared but not yet opened")
opt("Republika Srpska", "located_in", "Bosnia and Herzegovina", "asserted", [
    ("zzl04", "a crisis in its Serb-run entity, Republika Srpska", N)], kind="reference")
row("North Macedonia", "member_of", "NATO", "asserted", [
    ("zzl04", "North Macedonia, a NATO member since 2020", N)])
row("North Macedonia", "in_conflict_with", "Bulgaria", "asserted", [
    ("zzl04", "has been stuck for years in a dispute with neighbouring Bulgaria", N)])
row("North Macedonia", "borders", "Bulgaria", "asserted", [
    ("zzl04", "a dispute with neighbouring Bulgaria", N)])
row("North Macedonia", "signed_agreement_with", "Greece", "asserted", [
    ("zzl04", "North Macedonia and Greece signed the Prespa agreement", "2018")])
row("North Macedonia", "party_to", "Prespa Agreement", "asserted", [
    ("zzl04", "North Macedonia and Greece signed the Prespa agreement", "2018")])
row("Greece", "party_to", "Prespa Agreement", "asserted", [
    ("zzl04", "North Macedonia and Greece signed the Prespa agreement", "2018")])
row("Greece", "normalized_relations_with", "North Macedonia", "asserted", [
    ("zzl04", "North Macedonia and Greece signed the Prespa agreement and normalised relations", "2018")])
row("Albania", "candidate_for", "European Union", "asserted", [
    ("zzl04", "Albania, an EU candidate since 2014", "2014")])
opt("Albania", "negotiating_with", "European Union", "asserted", [
    ("zzl04", "aims to wrap up accession negotiations by 2027", N)], kind="entailment",
    note="ongoing talks entailed by the aim to finish them; the EU is implied")
row("Albania", "signed_agreement_with", "Italy", "asserted", [
    ("zzl04", "a deal with Italy under which Rome runs a migrant detention centre", N)],
    alt_s=["Edi Rama"], alt_o=["Rome"])
row("Gjadër", "located_in", "Albania", "asserted", [
    ("zzl04", "Gjadër in northern Albania", N)])
opt("European Union", "criticized", "Edi Rama", "asserted", [
    ("zzl04", "has drawn criticism in Brussels over a deal with Italy", N)], kind="loose", alt_s=["Brussels"])
row("Russia", "attacked", "Ukraine", "asserted", [
    ("zzl04", "Russia's full-scale invasion of Ukraine in 2022", "2022")])
opt("Russia", "in_conflict_with", "Ukraine", "asserted", [
    ("zzl04", "Russia's full-scale invasion of Ukraine in 2022", "2022")], kind="entailment")

# --- Republika Srpska (zzl07)
row("Milorad Dodik", "met_with", "Vladimir Putin", "asserted", [
    ("zzl07", "met Russian President Vladimir Putin in Moscow on Tuesday", "2026-04-21")], alt_o=["Russia"])
opt("Milorad Dodik", "visited", "Moscow", "asserted", [
    ("zzl07", "met Russian President Vladimir Putin in Moscow on Tuesday", "2026-04-21")],
    kind="entailment", alt_o=["Russia"])
row("Banja Luka", "capital_of", "Republika Srpska", "asserted", [
    ("zzl07", "Banja Luka, the de facto capital of Republika Srpska", N)])
opt("Banja Luka", "located_in", "Republika Srpska", "asserted", [
    ("zzl07", "Banja Luka, the de facto capital of Republika Srpska", N)], kind="entailment")
row("Russia", "supported", "Dayton Agreement", "planned", [
    ("zzl07", "Putin told Dodik that Russia would continue to support the Dayton peace agreement", N)],
    note="a Kremlin readout of a promise: future support")
row("Russia", "supported", "Milorad Dodik", "asserted", [
    ("zzl07", "thanked Moscow for its “unwavering support”", N)], alt_s=["Moscow"])
row("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", "negated", [
    ("zzl07", "has never formally broken away from Bosnia and Herzegovina", N)],
    note="polarity trap: hedged in the same article")
row("Republika Srpska", "seceded_from", "Bosnia and Herzegovina", "hedged", [
    ("zzl07", "Dodik said Republika Srpska could \"leave Bosnia within months\"", N)],
    note="polarity trap: negated in the same article")
row("Office of the High Representative", "based_in", "Sarajevo", "asserted", [
    ("zzl07", "the Office of the High Representative (OHR) in Sarajevo", N)])
row("Christian Schmidt", "criticized", "Milorad Dodik", "asserted", [
    ("zzl07", "condemned Dodik’s remarks as “an attack on the constitutional order”", N)])
row("Milorad Dodik", "threatened", "Christian Schmidt", "asserted", [
    ("zzl07", "Dodik, in turn, threatened to have Schmidt arrested", N)])
row("United States", "sanctioned", "Milorad Dodik", "asserted", [
    ("zzl07", "The United States first sanctioned Dodik in 2017", "2017")])
row("United States", "brokered", "Dayton Agreement", "asserted", [
    ("zzl07", "the Dayton agreement, which Washington brokered in 1995", "1995")], alt_s=["Washington"])
opt("United Kingdom", "sanctioned", "Milorad Dodik", "asserted", [
    ("zzl07", "Britain sanctioned him and his close ally Željka Cvijanović", "2022")], kind="reference")
row("United Kingdom", "sanctioned", "Željka Cvijanović", "asserted", [
    ("zzl07", "Britain sanctioned him and his close ally Željka Cvijanović", "2022")])
row("Aleksandar Vučić", "met_with", "Milorad Dodik", "asserted", [
    ("zzl07", "who met Dodik in Belgrade on Friday", "2026-04-17")])
opt("Milorad Dodik", "visited", "Belgrade", "asserted", [
    ("zzl07", "who met Dodik in Belgrade on Friday", "2026-04-17")], kind="entailment", alt_o=["Serbia"])
row("Serbia", "supported", "Republika Srpska", "planned", [
    ("zzl07", "said Serbia would “always stand by” Republika Srpska", N)], alt_s=["Aleksandar Vučić"])
row("Serbia", "party_to", "Dayton Agreement", "asserted", [
    ("zzl07", "Serbia and Croatia both signed the Dayton agreement", N)])
row("Croatia", "party_to", "Dayton Agreement", "asserted", [
    ("zzl07", "Serbia and Croatia both signed the Dayton agreement", N)])
row("Marta Kos", "criticized", "Milorad Dodik", "asserted", [
    ("zzl07", "said on Wednesday that Dodik’s course “leads nowhere”", "2026-04-22")])
row("Denis Bećirović", "criticized", "Russia", "asserted", [
    ("zzl07", "accused Moscow of “using Dodik as a tool to destabilise the Balkans”", N)], alt_o=["Moscow"])
row("EUFOR Althea", "based_in", "Bosnia and Herzegovina", "asserted", [
    ("zzl07", "EUFOR Althea, the European Union’s peacekeeping force in Bosnia", N)])
opt("EUFOR Althea", "member_of", "European Union", "asserted", [
    ("zzl07", "EUFOR Althea, the European Union’s peacekeeping force in Bosnia", N)], kind="loose")
opt("Milorad Dodik", "criticized", "Office of the High Representative", "asserted", [
    ("zzl07", "Dodik has long demanded that the OHR be shut down", N)], kind="loose")

# ======================= cluster 2: PNG, Bougainville, Solomons ==========
# --- people in office
row("Ishmael Toroama", "head_of", "Autonomous Bougainville Government", "asserted", [
    ("zzl03", "Ishmael Toroama, president of the Autonomous Bougainville Government (ABG)", N)], role="president")
row("James Marape", "head_of", "Papua New Guinea", "asserted", [
    ("zzl03", "Papua New Guinea Prime Minister James Marape", N),
    ("zzl05", "Papua New Guinea's Prime Minister James Marape", N)], role="prime minister")
opt("Jerry Mateparae", "works_for", "New Zealand", "asserted", [
    ("zzl03", "a former New Zealand governor-general", N)], kind="former", role="governor-general")
row("Rosa Waiben", "works_for", "University of Papua New Guinea", "asserted", [
    ("zzl03", "Rosa Waiben, a political scientist at the University of Papua New Guinea", N)],
    role="political scientist")
row("Richard Marles", "works_for", "Australia", "asserted", [
    ("zzl05", "Australia's Defence Minister Richard Marles", N),
    ("zzl06", "Australia's Defence Minister Richard Marles", N)], role="defence minister")
opt("Billy Joseph", "works_for", "Papua New Guinea", "asserted", [
    ("zzl05", "Papua New Guinea's Prime Minister James Marape and Defence Minister Billy Joseph", N)],
    kind="loose", role="defence minister", note="the country only through the coordinated title")
row("Justin Tkatchenko", "works_for", "Papua New Guinea", "asserted", [
    ("zzl05", "PNG Foreign Minister Justin Tkatchenko", N),
    ("zzl08", "Papua New Guinea’s foreign minister, Justin Tkatchenko", N)], role="foreign minister")
row("Jeremiah Manele", "head_of", "Solomon Islands", "asserted", [
    ("zzl05", "Solomon Islands Prime Minister Jeremiah Manele", N),
    ("zzl06", "Solomon Islands Prime Minister Jeremiah Manele", N),
    ("zzl08", "Solomon Islands Prime Minister Jeremiah Manele", N)], role="prime minister")
row("Anthony Albanese", "head_of", "Australia", "asserted", [
    ("zzl06", "Australian Prime Minister Anthony Albanese", N)], role="prime minister")
row("Penny Wong", "works_for", "Australia", "asserted", [
    ("zzl06", "Australian Foreign Minister Penny Wong", N)], role="foreign minister")
opt("Manasseh Sogavare", "head_of", "Solomon Islands", "asserted", [
    ("zzl06", "Manele's predecessor, Manasseh Sogavare", N)], kind="former", role="prime minister")
row("Jeremiah Manele", "head_of", "Pacific Islands Forum", "asserted", [
    ("zzl06", "Manele, who chairs the Pacific Islands Forum", N),
    ("zzl08", "Jeremiah Manele, the Forum’s chair", N)], role="chair")
row("Simon Tsirina", "works_for", "Autonomous Bougainville Government", "asserted", [
    ("zzl08", "Bougainville’s independence minister, Simon Tsirina", N)],
    alt_o=["Bougainville"], role="independence minister")
row("Pat Conroy", "works_for", "Australia", "asserted", [
    ("zzl08", "Australia’s minister for Pacific island affairs, Pat Conroy", N)],
    role="minister for Pacific island affairs")
row("Baron Waqa", "head_of", "Pacific Islands Forum", "asserted", [
    ("zzl08", "Forum Secretary General Baron Waqa", N)], role="secretary general")
opt("Baron Waqa", "head_of", "Nauru", "asserted", [
    ("zzl08", "a former president of Nauru", N)], kind="former", role="president")
row("Sitiveni Rabuka", "head_of", "Fiji", "asserted", [
    ("zzl08", "Fiji’s Prime Minister Sitiveni Rabuka", N)], role="prime minister")
opt("Winston Peters", "works_for", "New Zealand", "asserted", [
    ("zzl08", "Its foreign minister, Winston Peters", N)], kind="reference", role="foreign minister")

# --- Bougainville (zzl03, zzl08)
row("Bougainville", "seceded_from", "Papua New Guinea", "planned", [
    ("zzl03", "Bougainville would declare independence from Papua New Guinea by 2027", "2027"),
    ("zzl08", "their path to independence from Papua New Guinea by 2027", "2027")],
    note="polarity trap: asserted for 1990, negated for now (zzl08)")
row("Bougainville", "seceded_from", "Papua New Guinea", "asserted", [
    ("zzl03", "In 1990 the BRA declared Bougainville's independence from Papua New Guinea", "1990")],
    note="polarity trap: the 1990 declaration; planned again and negated for now")
row("Bougainville", "seceded_from", "Papua New Guinea", "negated", [
    ("zzl08", "has not yet broken away from Papua New Guinea", N)],
    note="polarity trap: see the asserted and planned rows")
opt("Autonomous Bougainville Government", "signed_agreement_with", "Papua New Guinea", "asserted", [
    ("zzl03", "the Era Kone Covenant he signed with Prime Minister James Marape in 2021", "2021"),
    ("zzl08", "the process agreed with Port Moresby", N)],
    kind="reference", alt_s=["Ishmael Toroama", "Bougainville"], alt_o=["James Marape", "Port Moresby"],
    note="zzl03: 'he' is Toroama; zzl08: a process, Port Moresby standing for the government")
opt("Autonomous Bougainville Government", "party_to", "Era Kone Covenant", "asserted", [
    ("zzl03", "the Era Kone Covenant he signed with Prime Minister James Marape in 2021", "2021")],
    kind="reference", alt_s=["Ishmael Toroama"])
opt("Papua New Guinea", "party_to", "Era Kone Covenant", "asserted", [
    ("zzl03", "the Era Kone Covenant he signed with Prime Minister James Marape in 2021", "2021")],
    kind="entailment", alt_s=["James Marape"])
opt("Autonomous Bougainville Government", "contacted", "Australia", "asserted", [
    ("zzl03", "We have briefed Canberra and Wellington on every step", N)], kind="first-person",
    alt_s=["Ishmael Toroama", "Bougainville"], alt_o=["Canberra"], note="Toroama's 'we'")
opt("Autonomous Bougainville Government", "contacted", "New Zealand", "asserted", [
    ("zzl03", "We have briefed Canberra and Wellington on every step", N)], kind="first-person",
    alt_s=["Ishmael Toroama", "Bougainville"], alt_o=["Wellington"], note="Toroama's 'we'")
opt("James Marape", "met_with", "Ishmael Toroama", "planned", [
    ("zzl03", "His office said he would meet Toroama in Buka", N)], kind="reference")
opt("James Marape", "visited", "Buka", "planned", [
    ("zzl03", "His office said he would meet Toroama in Buka", N)], kind="reference")
row("Buka", "capital_of", "Bougainville", "asserted", [
    ("zzl03", "Buka, Bougainville's interim capital", N)])
opt("Buka", "located_in", "Bougainville", "asserted", [
    ("zzl03", "Buka, Bougainville's interim capital", N)], kind="entailment")
row("Francis Ona", "attacked", "Panguna mine", "asserted", [
    ("zzl03", "landowners led by Francis Ona attacked the Panguna copper mine", "1988")])
row("Panguna mine", "located_in", "Bougainville", "asserted", [
    ("zzl03", "the Panguna copper mine in central Bougainville", N)])
row("Bougainville Revolutionary Army", "took_control_of", "Panguna mine", "asserted", [
    ("zzl03", "the Bougainville Revolutionary Army (BRA) took control of Panguna in 1989", "1989")])
row("Papua New Guinea", "blockaded", "Bougainville", "asserted", [
    ("zzl03", "Papua New Guinea, which responded by imposing a blockade on Bougainville", "1990")])
row("Bougainville Revolutionary Army", "in_conflict_with", "Papua New Guinea Defence Force", "asserted", [
    ("zzl03", "The BRA fought the Papua New Guinea Defence Force (PNGDF)", N)], alt_o=["Papua New Guinea"],
    note="the war of 1988-1997; the sentence's year is the truce's, so no time")
row("New Zealand", "brokered", "Burnham Truce", "asserted", [
    ("zzl03", "the Burnham Truce, brokered by New Zealand in 1997", "1997"),
    ("zzl08", "New Zealand, which brokered the Burnham Truce on Bougainville in 1997", "1997")])
row("Papua New Guinea Defence Force", "killed", "Theodore Miriung", "reported", [
    ("zzl03", "a coroner later found that PNGDF soldiers had been involved in killing Miriung in 1996", "1996")])
row("Australia", "supported", "Papua New Guinea", "asserted", [
    ("zzl03", "Australia, Papua New Guinea's largest aid donor", N),
    ("zzl05", "Australia has committed A$200 million to support Papua New Guinea's police", N)])
row("Papua New Guinea", "gained_independence_from", "Australia", "asserted", [
    ("zzl03", "Papua New Guinea gained independence from Australia in 1975", "1975")])
row("Clement Tsien", "lives_in", "Arawa", "asserted", [
    ("zzl03", "Clement Tsien, a cocoa farmer who lives in Arawa", N)])
row("Arawa", "located_in", "Bougainville", "asserted", [
    ("zzl03", "Arawa, the main town of central Bougainville", N)])

# --- Australia and PNG (zzl05)
row("Richard Marles", "visited", "Port Moresby", "asserted", [
    ("zzl05", "Richard Marles arrived in Port Moresby on Wednesday", "2026-05-13")], alt_o=["Papua New Guinea"])
row("Australia", "signed_agreement_with", "Papua New Guinea", "asserted", [
    ("zzl05", "the mutual defence pact that Australia and Papua New Guinea signed in Canberra last October", "2025-10")],
    note="zzl05 also names 'a separate security agreement' between them (no date)")
row("Australia", "party_to", "Pukpuk Treaty", "asserted", [
    ("zzl05", "the Pukpuk Treaty, the mutual defence pact that Australia and Papua New Guinea signed", "2025-10")])
row("Papua New Guinea", "party_to", "Pukpuk Treaty", "asserted", [
    ("zzl05", "the Pukpuk Treaty, the mutual defence pact that Australia and Papua New Guinea signed", "2025-10")])
row("Richard Marles", "met_with", "James Marape", "asserted", [
    ("zzl05", "Marles met Papua New Guinea's Prime Minister James Marape and Defence Minister Billy Joseph on Thursday", "2026-05-14")])
row("Richard Marles", "met_with", "Billy Joseph", "asserted", [
    ("zzl05", "Marles met Papua New Guinea's Prime Minister James Marape and Defence Minister Billy Joseph on Thursday", "2026-05-14")])
row("Australia", "allied_with", "United States", "asserted", [
    ("zzl05", "the ANZUS pact with the United States and New Zealand in 1951", N)])
row("Australia", "allied_with", "New Zealand", "asserted", [
    ("zzl05", "the ANZUS pact with the United States and New Zealand in 1951", N)])
opt("Australia", "party_to", "ANZUS Treaty", "asserted", [
    ("zzl05", "Australia's first new alliance since the ANZUS pact with the United States and New Zealand in 1951", "1951")],
    kind="entailment")
opt("Australia", "allied_with", "Papua New Guinea", "asserted", [
    ("zzl05", "The treaty, Australia's first new alliance since the ANZUS pact", N)], kind="reference")
row("Nathan Kila", "citizen_of", "Papua New Guinea", "asserted", [
    ("zzl05", "Papua New Guinean Nathan Kila", N)])
row("Nathan Kila", "lives_in", "Lae", "asserted", [
    ("zzl05", "Nathan Kila, 24, who lives in Lae", N)])
row("China", "criticized", "Pukpuk Treaty", "asserted", [
    ("zzl05", "China criticised the Pukpuk Treaty last year", "2025")])
row("Papua New Guinea", "negotiating_with", "China", "negated", [
    ("zzl05", "denied a report in an Australian newspaper that Papua New Guinea was negotiating a policing agreement with China", N),
    ("zzl08", "Port Moresby denied that Papua New Guinea was in talks with Beijing on policing", N)],
    alt_o=["Beijing"], note="polarity trap: zzl08 reports Chinese officials saying talks are under way")
row("Papua New Guinea", "signed_agreement_with", "China", "negated", [
    ("zzl05", "Papua New Guinea will not sign a security agreement with Beijing", N)], alt_o=["Beijing"])
row("China", "trades_with", "Papua New Guinea", "asserted", [
    ("zzl05", "China is nonetheless Papua New Guinea's biggest trading partner", N)])
opt("China", "imports_from", "Papua New Guinea", "asserted", [
    ("zzl05", "a major buyer of PNG liquefied natural gas", N)], kind="demonym", commodity="liquefied natural gas",
    note="rests on 'PNG' as a modifier of the gas")
row("Lombrum naval base", "located_in", "Manus Island", "asserted", [
    ("zzl05", "the Lombrum naval base on Manus Island", N)])
row("Australia", "supported", "PNG Chiefs", "asserted", [
    ("zzl05", "bankrolls the PNG Chiefs", N)])
row("PNG Chiefs", "member_of", "National Rugby League", "planned", [
    ("zzl05", "is due to join Australia's National Rugby League in 2028", N)], note="2028; static, so no time")
opt("National Rugby League", "based_in", "Australia", "asserted", [
    ("zzl05", "Australia's National Rugby League", N)], kind="loose")
row("Peter Kaiwa", "criticized", "James Marape", "asserted", [
    ("zzl05", "Opposition MP Peter Kaiwa accused Marape", N)])
opt("Grace Wapi", "lives_in", "Port Moresby", "asserted", [
    ("zzl05", "Grace Wapi, a security researcher in Port Moresby", N)], kind="loose")
row("Richard Marles", "visited", "Honiara", "planned", [
    ("zzl05", "Marles is due to travel on to Honiara on Saturday", "2026-05-16")], alt_o=["Solomon Islands"],
    note="polarity trap: zzl06 reports the visit as done")
row("Richard Marles", "met_with", "Jeremiah Manele", "planned", [
    ("zzl05", "for talks with Solomon Islands Prime Minister Jeremiah Manele", "2026-05-16")],
    alt_p=["negotiating_with"], note="polarity trap: zzl06 reports the meeting as done")

# --- Solomon Islands (zzl06, zzl08)
row("Solomon Islands", "signed_agreement_with", "Australia", "planned", [
    ("zzl06", "his government was close to finalising a new policing agreement with Australia", N),
    ("zzl08", "a new policing agreement between Australia and Solomon Islands that officials on both sides say is close to being finalised", N)],
    alt_s=["Jeremiah Manele"], note="polarity trap: the 2017 treaty is asserted")
opt("Solomon Islands", "negotiating_with", "Australia", "asserted", [
    ("zzl06", "his government was close to finalising a new policing agreement with Australia", N),
    ("zzl08", "Manele met Conroy to discuss a new policing agreement between Australia and Solomon Islands", N)],
    kind="entailment")
row("China Police Liaison Team", "based_in", "Honiara", "asserted", [
    ("zzl06", "the China Police Liaison Team (CPLT), based in Honiara since 2022", N)])
opt("Honiara", "capital_of", "Solomon Islands", "asserted", [
    ("zzl06", "Manele told reporters in Honiara, the capital", N)], kind="loose")
row("Richard Marles", "visited", "Honiara", "asserted", [
    ("zzl06", "Richard Marles visited Honiara and met Manele", "2026-05-16")], alt_o=["Solomon Islands"],
    note="polarity trap: planned in zzl05")
row("Richard Marles", "met_with", "Jeremiah Manele", "asserted", [
    ("zzl06", "Richard Marles visited Honiara and met Manele", "2026-05-16")],
    note="polarity trap: planned in zzl05")
row("Jeremiah Manele", "contacted", "Anthony Albanese", "asserted", [
    ("zzl06", "Manele spoke by phone with Australian Prime Minister Anthony Albanese on Friday", "2026-05-15")])
row("Australia", "supported", "Royal Solomon Islands Police Force", "planned", [
    ("zzl06", "Australia would fund 1,000 more officers for the Royal Solomon Islands Police Force (RSIPF)", N)],
    note="polarity trap: the 2024 pledge is asserted")
row("Australia", "supported", "Royal Solomon Islands Police Force", "asserted", [
    ("zzl06", "A$190 million that Canberra pledged to the RSIPF in December 2024", "2024-12")], alt_s=["Canberra"],
    note="polarity trap: new funding is only planned")
row("Penny Wong", "visited", "Honiara", "asserted", [
    ("zzl06", "Penny Wong, who visited Honiara in March", "2026-03")], alt_o=["Solomon Islands"])
opt("Australia", "allied_with", "Solomon Islands", "planned", [
    ("zzl06", "Australia wants to be the country's \"security partner of choice\"", N)], kind="reference",
    note="'the country' is Solomon Islands")
row("Solomon Islands", "recognizes", "China", "asserted", [
    ("zzl06", "Solomon Islands switched diplomatic recognition from Taiwan to China in 2019", "2019")])
opt("Solomon Islands", "recognizes", "Taiwan", "negated", [
    ("zzl06", "Solomon Islands switched diplomatic recognition from Taiwan to China in 2019", "2019")],
    kind="entailment", note="switching away from Taiwan entails no longer recognizing it")
row("Solomon Islands", "signed_agreement_with", "China", "asserted", [
    ("zzl06", "who three years later signed a security pact with Beijing", "2022")],
    alt_s=["Manasseh Sogavare"], alt_o=["Beijing"], note="'three years later' than 2019")
row("Australia", "supported", "Solomon Islands", "asserted", [
    ("zzl06", "Australia sent police and troops to Honiara in November 2021, at Sogavare's request", "2021-11")],
    alt_o=["Honiara"])
row("Australia", "signed_agreement_with", "Solomon Islands", "asserted", [
    ("zzl06", "a bilateral security treaty that Australia and Solomon Islands signed in 2017", "2017")],
    note="polarity trap: the new agreement is planned")
row("China Police Liaison Team", "supported", "Royal Solomon Islands Police Force", "reported", [
    ("zzl06", "The CPLT has trained RSIPF officers in public order management and donated vehicles and water cannon", N)],
    alt_s=["China"])
row("Mark Doherty", "citizen_of", "Australia", "asserted", [
    ("zzl06", "Mark Doherty, an Australian police adviser", N)])
opt("Mark Doherty", "works_for", "Royal Solomon Islands Police Force", "asserted", [
    ("zzl06", "who has worked alongside the RSIPF since 2023", N)], kind="loose", role="police adviser")
row("Solomon Islands", "borders", "Papua New Guinea", "asserted", [
    ("zzl06", "Solomon Islands shares a maritime border with Papua New Guinea", N)])
opt("Bougainville", "borders", "Solomon Islands", "asserted", [
    ("zzl06", "Bougainville, which lies just across the water from the Shortland Islands", N)], kind="loose")
row("Daniel Suluia", "criticized", "Jeremiah Manele", "asserted", [
    ("zzl06", "Opposition MP Daniel Suluia accused Manele of \"playing both sides\"", N)])
row("Grace Tuhaika", "lives_in", "Honiara", "asserted", [
    ("zzl06", "Grace Tuhaika, a market vendor who lives in Honiara", N)])
row("Jeremiah Manele", "supported", "Pacific Policing Initiative", "asserted", [
    ("zzl06", "has backed the Pacific Policing Initiative", N)], alt_s=["Solomon Islands"])
row("Australia", "supported", "Pacific Policing Initiative", "asserted", [
    ("zzl06", "a regional police training plan that Australia funds", N),
    ("zzl08", "the Pacific Policing Initiative, which Canberra launched at the Forum’s 2024 leaders’ meeting in Tonga", "2024")],
    alt_s=["Canberra"])

# --- the Forum meeting (zzl08)
row("Autonomous Bougainville Government", "candidate_for", "Pacific Islands Forum", "asserted", [
    ("zzl08", "agreed in Suva on Thursday to consider giving the Autonomous Bougainville Government observer status", "2026-05-21")])
row("Bougainville", "located_in", "Papua New Guinea", "reported", [
    ("zzl08", "Bougainville “remains part of Papua New Guinea", N)])
row("China", "negotiating_with", "Papua New Guinea", "reported", [
    ("zzl08", "Chinese officials, speaking on condition of anonymity, said Beijing was in talks with Papua New Guinea", N)],
    alt_s=["Beijing"], note="polarity trap: Port Moresby denies it (negated row)")
opt("Australia", "in_conflict_with", "China", "asserted", [
    ("zzl08", "rivalry between Australia and China over who trains the region’s police", N)], kind="loose",
    note="a rivalry, not a dispute or war")
opt("China", "supported", "Solomon Islands", "asserted", [
    ("zzl08", "Solomon Islands and Kiribati already host Chinese police officers", N)], kind="demonym")
opt("China", "supported", "Kiribati", "asserted", [
    ("zzl08", "Solomon Islands and Kiribati already host Chinese police officers", N)], kind="demonym")
opt("Australia", "supported", "Fiji", "asserted", [
    ("zzl08", "announced A$30 million for a regional police training centre in Fiji", N)], kind="loose")
row("Jeremiah Manele", "met_with", "Pat Conroy", "asserted", [
    ("zzl08", "On the sidelines, Manele met Conroy", N)])
for c in ("Palau", "Marshall Islands", "Tuvalu"):
    row(c, "recognizes", "Taiwan", "asserted", [
        ("zzl08", "Palau, the Marshall Islands and Tuvalu, the three Forum members that still recognise Taiwan", N)])
    opt(c, "member_of", "Pacific Islands Forum", "asserted", [
        ("zzl08", "Palau, the Marshall Islands and Tuvalu, the three Forum members", N)], kind="group")
row("China", "diplomatic_relations_with", "Solomon Islands", "asserted", [
    ("zzl08", "China and Solomon Islands established diplomatic relations in 2019", N)],
    note="established 2019; static, so no time")
row("Solomon Islands", "diplomatic_relations_with", "Taiwan", "negated", [
    ("zzl08", "when Honiara cut its ties with Taipei", N)], alt_s=["Honiara"], alt_o=["Taipei"])
row("Pacific Islands Forum", "based_in", "Suva", "asserted", [
    ("zzl08", "The Forum’s secretariat is based in Suva", N)])
opt("Suva", "capital_of", "Fiji", "asserted", [
    ("zzl08", "Suva, the Fijian capital", N)], kind="demonym")
row("Winston Peters", "visited", "Port Moresby", "planned", [
    ("zzl08", "Winston Peters, is due to visit Port Moresby and Buka next month", "2026-06")],
    alt_o=["Papua New Guinea"])
row("Winston Peters", "visited", "Buka", "planned", [
    ("zzl08", "Winston Peters, is due to visit Port Moresby and Buka next month", "2026-06")],
    alt_o=["Bougainville"])
row("Agnes Titus", "visited", "Suva", "asserted", [
    ("zzl08", "a women’s leader from Buka who travelled to Suva with the delegation", N)], alt_o=["Fiji"])
opt("Agnes Titus", "lives_in", "Buka", "asserted", [
    ("zzl08", "a women’s leader from Buka", N)], kind="loose")


# ---------------------------------------------------------------- checks

def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def check_time(t, where):
    if t is None:
        return
    if not re.fullmatch(r"\d{3}|\d{4}(-\d{2}(-\d{2})?)?", t):
        die(f"{where}: bad time {t!r}")
    parts = t.split("-")
    if len(parts[0]) == 4 and not 1900 <= int(parts[0]) <= 2030:
        die(f"{where}: time out of range {t!r}")
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        die(f"{where}: bad month {t!r}")
    if len(parts) == 3:
        try:
            datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            die(f"{where}: bad day {t!r}")


def common_time(times):
    """Component-wise common prefix of ISO times; None if any is None."""
    if not times or any(t is None for t in times):
        return None
    split = [t.split("-") for t in times]
    out = []
    for comps in zip(*split):
        if len(set(comps)) != 1:
            break
        out.append(comps[0])
    return "-".join(out) or None


def main():
    stats = "--stats" in sys.argv
    # aliases resolve to exactly one entity
    owner = {}
    for e in E.values():
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in owner and owner[k] != e["name"]:
                die(f"alias {a!r} of {e['name']} already names {owner[k]}")
            owner[k] = e["name"]

    docs = {d: load_doc(d) for d in DOCS}
    sents = {d: list(sentences(docs[d][2])) for d in DOCS}

    seen = {}
    out_triples, out_stmts = [], []
    for i, r in enumerate(ROWS, 1):
        where = f"row {i} ({r['s']} {r['p']} {r['o']}, {r['modality']})"
        if r["p"] not in PREDICATES:
            die(f"{where}: unknown predicate")
        if r["modality"] not in MODALITIES:
            die(f"{where}: unknown modality")
        for n in [r["s"], r["o"]] + r["alt_s"] + r["alt_o"]:
            if n not in E:
                die(f"{where}: unknown entity {n!r}")
        for ap in r["alt_p"]:
            if ap not in PREDICATES:
                die(f"{where}: unknown alt predicate {ap}")
        st, ot = E[r["s"]]["type"], E[r["o"]]["type"]
        dom, rng = PREDICATES[r["p"]]
        if st not in dom or ot not in rng:
            die(f"{where}: {r['p']} does not take {st} -> {ot}")
        if r["req"] and r["kind"]:
            die(f"{where}: a required row has a not-required kind")
        if not r["req"] and r["kind"] not in KIND:
            die(f"{where}: not-required row needs a kind from {sorted(KIND)}")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        key = (s, r["p"], o, POLARITY[r["modality"]])
        if key in seen:
            die(f"{where}: duplicate of row {seen[key]}")
        seen[key] = i
        if not r["ev"]:
            die(f"{where}: no evidence")
        docs_seen = set()
        times = []
        for d, phrase, t in r["ev"]:
            if d not in DOCS:
                die(f"{where}: unknown document {d}")
            if d in docs_seen:
                die(f"{where}: document {d} listed twice")
            docs_seen.add(d)
            check_time(t, f"{where}: {d}")
            if t and r["p"] in STATIC:
                die(f"{where}: static relation with a time")
            hit = [x for x in sents[d] if phrase in x[2]]
            if not hit:
                if phrase in docs[d][2]:
                    die(f"{where}: {d}: phrase crosses a sentence boundary: {phrase!r}")
                die(f"{where}: {d}: phrase not in the cleaned body: {phrase!r}")
            sent = hit[0]
            if DOCS[d][1] == "wire" and t and not re.search(r"\b(1[89]|20)\d\d\b", sent[2]):
                die(f"{where}: {d}: wire time {t} but the sentence writes no year")
            times.append(t)
            r.setdefault("_sent", {})[d] = sent
        r["time"] = common_time(times)
        note = "; ".join(f"{d}: '{ph}'" for d, ph, _ in r["ev"])
        if r["note"]:
            note += " -- " + r["note"]
        if not r["req"]:
            note += f" [not required: {r['kind']}]"
        tr = {"s": r["s"], "p": r["p"], "o": r["o"],
              "docs": [DOCS[d][0] for d, _, _ in r["ev"]], "modality": r["modality"]}
        if r["time"]:
            tr["time"] = r["time"]
        tr["required"] = r["req"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                tr[k] = r[k]
        tr["note"] = note
        out_triples.append(tr)
        for d, _, _ in r["ev"]:
            start, end, text = r["_sent"][d]
            title, published, _ = docs[d]
            stmt = {"subject": r["s"], "subject_type": st, "predicate": r["p"],
                    "object": r["o"], "object_type": ot, "modality": r["modality"],
                    "time": r["time"] or "", "role": r["role"], "confidence": 1.0,
                    "source": "corpus/" + DOCS[d][0], "title": title, "published": published,
                    "sentence": text, "start": start, "end": end, "rule": "gold"}
            if r["commodity"]:
                stmt["commodity"] = r["commodity"]
            out_stmts.append(stmt)

    used = {r["p"] for r in ROWS}
    missing = set(PREDICATES) - used
    if missing:
        die(f"predicates never used: {sorted(missing)}")
    used_ents = set()
    for r in ROWS:
        used_ents.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
    unused = set(E) - used_ents
    if unused:
        die(f"entities never used: {sorted(unused)}")

    def dump(name, items):
        with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

    dump("entities.jsonl", [E[n] for n in E])
    dump("triples.jsonl", out_triples)
    dump("selfcheck_statements.jsonl", out_stmts)
    print(f"build_gold: {len(ROWS)} rows, {len(E)} entities, {len(out_stmts)} self-check statements")
    if stats:
        print_stats(docs)


def print_stats(docs):
    rows = ROWS
    req = [r for r in rows if r["req"]]
    print("rows", len(rows), "required", len(req),
          "negated", sum(r["modality"] == "negated" for r in rows),
          "negated required", sum(r["modality"] == "negated" and r["req"] for r in rows))
    print("modality", dict(Counter(r["modality"] for r in rows)))
    print("modality (required)", dict(Counter(r["modality"] for r in req)))
    print("entities per type", dict(Counter(e["type"] for e in E.values())))
    print("predicates", dict(sorted(Counter(r["p"] for r in rows).items())))
    print("not required by kind", dict(Counter(r["kind"] for r in rows if not r["req"])))
    print("rows with a time", sum(1 for r in rows if r["time"]))
    print("rows in >1 document", sum(1 for r in rows if len(r["ev"]) > 1))
    print("alt rows", sum(1 for r in rows if r["alt_s"] or r["alt_o"] or r["alt_p"]))
    for d, (name, style, topic) in DOCS.items():
        n = [r for r in rows if any(e[0] == d for e in r["ev"])]
        words = len(docs[d][2].split())
        print(f"{d} {name} {style} {topic} published={docs[d][1] or '-'} words={words} "
              f"facts={len(n)} required={sum(r['req'] for r in n)}")


if __name__ == "__main__":
    main()
