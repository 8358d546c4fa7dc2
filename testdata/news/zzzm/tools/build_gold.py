#!/usr/bin/env python3
"""Build and check the gold standard of news set zzzm.

Usage:
  python3 -B build_gold.py              check gold_data.py and write the gold
  python3 -B build_gold.py --check      check only, write nothing
  python3 -B build_gold.py --self-test  feed deliberately bad rows; each must be rejected
  python3 -B build_gold.py --counts     also print the count tables used in README.md

Writes, next to corpus/ (one level up from this file):
  entities.jsonl               {"name", "type", "aliases"}
  triples.jsonl                one gold fact a line, in the shared/eval format
  selfcheck_statements.jsonl   the statements (DESIGN.md export format) that a
                               perfect extractor would print, one per fact and
                               document

Checks on every row: predicate, modality and entity types are those of
SCHEMA.md; subject and object types fit the predicate's domain and range
(unless the row says why not, range_ok); every quoted phrase occurs in the
named document's cleaned text; subject and object are mentioned (by name or
alias) in every document listed; times are ISO 8601 prefixes and agree across
the documents; no two rows make the same scorer unit (subject, predicate,
object, polarity; symmetric predicates unordered); no alias names two
entities. Standard library only.
"""
import copy
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, HERE)

import textutil  # noqa: E402
import gold_data  # noqa: E402

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
_P, _C, _O, _CI, _R, _A, _F = ("Person", "Country", "Organization", "City", "Region",
                               "Agreement", "Facility")
ANY = None
# predicate -> (domain, range); None = any type (SCHEMA.md gives none)
PREDICATES = {
    "head_of": ({_P}, {_C, _O}),
    "works_for": ({_P}, {_P, _C, _O}),
    "member_of": ({_P, _C, _O}, {_O}),
    "citizen_of": ({_P}, {_C}),
    "lives_in": ({_P}, {_CI, _R, _C}),
    "based_in": ({_O, _F}, {_CI, _R, _C}),
    "located_in": ({_CI, _R, _C, _F}, {_R, _C, _CI}),
    "capital_of": ({_CI}, {_C, _R}),
    "borders": ({_C, _R}, {_C, _R}),
    "met_with": ({_P, _C, _O}, {_P, _C, _O}),
    "visited": ({_P, _O}, {_C, _CI, _R}),
    "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY),
    "brokered": ({_C, _P, _O}, {_A}),
    "party_to": ({_C, _O}, {_A}),
    "signed_agreement_with": (ANY, ANY),
    "candidate_for": ({_C, _O}, {_A, _O}),
    "normalized_relations_with": (ANY, ANY),
    "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY),
    "recognizes": ({_C}, {_C}),
    "supported": (ANY, ANY),
    "criticized": (ANY, ANY),
    "threatened": (ANY, ANY),
    "sanctioned": (ANY, ANY),
    "in_conflict_with": (ANY, ANY),
    "attacked": (ANY, ANY),
    "killed": ({_P, _O}, {_P}),
    "took_control_of": ({_C, _O}, {_R, _CI, _F}),
    "blockaded": (ANY, ANY),
    "seceded_from": ({_R}, {_C}),
    "gained_independence_from": ({_C}, {_C}),
    "imports_from": ({_C}, {_C}),
    "trades_with": (ANY, ANY),
}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
ROW_KEYS = {"s", "p", "o", "m", "ev", "req", "alt_s", "alt_p", "alt_o", "role",
            "commodity", "note", "time", "range_ok"}


def norm(s):
    """Name normalisation exactly as shared/tools/kgscore does it."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def qnorm(text):
    """Straighten quotes and no-break spaces; keeps every offset."""
    return (text.replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " "))


def valid_time(t):
    if not isinstance(t, str) or not TIME_RE.match(t):
        return False
    parts = t.split("-")
    try:
        if len(parts) == 3:
            datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            if not 1 <= int(parts[1]) <= 12:
                return False
    except ValueError:
        return False
    return t[:4] <= "2026" if len(t) >= 4 else True


def prefixes(t):
    out = [t]
    if len(t) >= 7:
        out.append(t[:7])
    if len(t) >= 4:
        out.append(t[:4])
    return out


# ---------------------------------------------------------------- documents
class Doc:
    def __init__(self, key, name, published):
        self.key, self.name, self.published = key, name, published
        self.path = os.path.join(CORPUS, name)
        self.text = textutil.clean_text(self.path)
        self.ntext = qnorm(self.text)
        self.sents = list(textutil.split_sentences(self.text))
        with open(self.path, encoding="utf-8") as f:
            self.raw = f.read()
        if name.endswith(".html"):
            self.title = self.text.split("\n", 1)[0]
        else:
            self.title = self.raw.split("\n", 1)[0].strip()

    def check_date(self):
        """The date the document states must be its publication date."""
        errs = []
        if self.name.endswith(".html"):
            m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})"', self.raw)
            if not m or m.group(1) != self.published:
                errs.append(f"{self.name}: <time datetime> is not {self.published}")
        elif re.search(r"^Published: ", self.raw, re.M):
            m = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", self.raw, re.M)
            if not m or m.group(1) != self.published:
                errs.append(f"{self.name}: Published line is not {self.published}")
            if not re.search(r"^By [A-Z][a-z]+ [A-Z]", self.raw, re.M):
                errs.append(f"{self.name}: no 'By <author>' line")
        else:
            m = re.search(r"^([A-Z][A-Z .]+), ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ", self.raw, re.M)
            y, mo, d = (int(x) for x in self.published.split("-"))
            if not m or MONTHS.get(m.group(2)) != mo or int(m.group(3)) != d:
                errs.append(f"{self.name}: dateline is not {self.published[5:]}")
            if not re.search(r"^Reporting by .*; Editing by .*$", self.raw, re.M):
                errs.append(f"{self.name}: no 'Reporting by ...; Editing by ...' line")
        return errs

    def find(self, phrase):
        return self.ntext.find(qnorm(phrase))

    def sentence_span(self, phrase):
        i = self.find(phrase)
        j = i + len(phrase)
        start = end = None
        for s, e in self.sents:
            if start is None and s <= i < e + 1:
                start = s
            if s < j <= e + 1:
                end = e
                break
        if start is None or end is None:
            start, end = i, j
        return start, end, self.text[start:end]


def load_docs(doc_map=None, published=None):
    doc_map = doc_map or gold_data.DOCS
    published = published or gold_data.PUBLISHED
    return {k: Doc(k, v, published[k]) for k, v in doc_map.items()}


def mentioned(names, ntext):
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(qnorm(n)) + r"(?!\w)", ntext, re.I):
            return True
    return False


# ------------------------------------------------------------------ checking
def validate(entities, facts, docs):
    """Return (rows, errors, warnings). rows are the triples.jsonl dicts plus
    private fields (_ev, _role, _commodity)."""
    errors, warnings = [], []
    ent = {}
    alias_owner = {}
    for e in entities:
        if len(e) != 3:
            errors.append(f"entity {e!r}: want (name, type, aliases)")
            continue
        name, typ, aliases = e
        if typ not in TYPES:
            errors.append(f"entity {name!r}: unknown type {typ!r}")
        if name in ent:
            errors.append(f"entity {name!r}: defined twice")
        ent[name] = (typ, aliases)
        for a in [name] + list(aliases):
            k = norm(a)
            if not k:
                errors.append(f"entity {name!r}: empty alias")
            elif k in alias_owner and alias_owner[k] != name:
                errors.append(f"alias collision: {a!r} names both {alias_owner[k]!r} and {name!r}")
            else:
                alias_owner[k] = name
    canon = lambda s: alias_owner.get(norm(s), s)

    for name, (typ, aliases) in ent.items():
        if not any(mentioned([name] + list(aliases), d.ntext) for d in docs.values()):
            warnings.append(f"entity {name!r} is mentioned in no document")

    rows, units, used = [], {}, set()
    for n, f in enumerate(facts, 1):
        where = f"row {n} ({f.get('s')} {f.get('p')} {f.get('o')}, {f.get('m')})"
        errs = []
        extra = set(f) - ROW_KEYS
        if extra:
            errs.append(f"unknown keys {sorted(extra)}")
        s, p, o, m = f.get("s"), f.get("p"), f.get("o"), f.get("m")
        if p not in PREDICATES:
            errs.append(f"unknown predicate {p!r}")
        if m not in MODALITIES:
            errs.append(f"unknown modality {m!r}")
        for role, name in (("subject", s), ("object", o)):
            if name not in ent:
                errs.append(f"{role} {name!r} is not an entity")
        if s == o:
            errs.append("subject and object are the same entity")
        for key in ("alt_s", "alt_o"):
            for a in f.get(key, []):
                if a not in ent:
                    errs.append(f"{key} {a!r} is not an entity")
        for a in f.get("alt_p", []):
            if a not in PREDICATES:
                errs.append(f"alt_p {a!r} is not a predicate")
        if not isinstance(f.get("req", True), bool):
            errs.append("req must be a boolean")
        if p in PREDICATES and s in ent and o in ent:
            dom, rng = PREDICATES[p]
            bad = []
            if dom is not None and ent[s][0] not in dom:
                bad.append(f"subject type {ent[s][0]} not in domain of {p}")
            if rng is not None and ent[o][0] not in rng:
                bad.append(f"object type {ent[o][0]} not in range of {p}")
            if bad and not f.get("range_ok"):
                errs += bad
            if bad and f.get("range_ok") and f.get("req", True):
                errs.append("a row outside domain/range must be optional (req=False)")
        ev = f.get("ev") or []
        if not ev:
            errs.append("no evidence")
        per_doc = defaultdict(list)
        for item in ev:
            if not isinstance(item, tuple) or len(item) not in (2, 3):
                errs.append(f"evidence {item!r}: want (doc, phrase[, time])")
                continue
            key, phrase = item[0], item[1]
            t = item[2] if len(item) == 3 else None
            if key not in docs:
                errs.append(f"evidence names unknown document {key!r}")
                continue
            if docs[key].find(phrase) < 0:
                errs.append(f"phrase not in {docs[key].name}: {phrase!r}")
            if t is not None and not valid_time(t):
                errs.append(f"bad time {t!r}")
            per_doc[key].append(t)
        for key in per_doc:
            for role, name in (("subject", s), ("object", o)):
                if name in ent and not mentioned([name] + list(ent[name][1]), docs[key].ntext):
                    errs.append(f"{role} {name!r} is not mentioned in {docs[key].name}")
        # row time: the longest prefix that one timed phrase of every document starts with
        row_time = None
        timed = {k: [t for t in ts if t] for k, ts in per_doc.items()}
        if per_doc and all(timed.values()):
            cands = sorted({c for ts in timed.values() for t in ts for c in prefixes(t)},
                           key=lambda c: -len(c))
            for c in cands:
                if all(any(t.startswith(c) for t in ts) for ts in timed.values()):
                    row_time = c
                    break
        if "time" in f:
            t = f["time"]
            if not valid_time(t):
                errs.append(f"bad time override {t!r}")
            elif not all(any(x and x.startswith(t) for x in ts) for ts in per_doc.values()):
                errs.append(f"time override {t!r} is not stated in every document")
            row_time = t
        if errs:
            errors += [f"{where}: {e}" for e in errs]
            continue
        pol = POLARITY[m]
        cs, co = canon(s), canon(o)
        if p in SYMMETRIC and cs > co:
            cs, co = co, cs
        unit = (cs, p, co, pol)
        if unit in units:
            errors.append(f"{where}: duplicate of row {units[unit]} (same scorer unit {unit})")
            continue
        units[unit] = n
        used.update([s, o])
        notes = " | ".join(f"{docs[k].name[:6]}: '{ph}'" for k, ph, *_ in ev)
        if f.get("note"):
            notes += " -- " + f["note"]
        if f.get("range_ok"):
            notes += " -- " + f["range_ok"]
        row = {"s": s, "p": p, "o": o,
               "docs": [docs[k].name for k in sorted(per_doc)],
               "modality": m}
        if row_time:
            row["time"] = row_time
        row["required"] = f.get("req", True)
        for key in ("alt_s", "alt_p", "alt_o"):
            if f.get(key):
                row[key] = list(f[key])
        row["note"] = notes
        row["_ev"] = ev
        row["_role"] = f.get("role", "")
        row["_commodity"] = f.get("commodity", "")
        rows.append(row)

    # an alternative spelling that is another row's main unit is legal for the
    # scorer but usually a slip: warn
    for r in rows:
        pol = POLARITY[r["modality"]]
        for s in [r["s"]] + r.get("alt_s", []):
            for p in [r["p"]] + r.get("alt_p", []):
                for o in [r["o"]] + r.get("alt_o", []):
                    cs, co = canon(s), canon(o)
                    if p in SYMMETRIC and cs > co:
                        cs, co = co, cs
                    u = (cs, p, co, pol)
                    if (s, p, o) != (r["s"], r["p"], r["o"]) and u in units:
                        other = rows_by_unit(rows, canon).get(u)
                        if other is not r:
                            warnings.append(f"alt reading {u} of ({r['s']} {r['p']} {r['o']}) is another row's main unit")
    for name in ent:
        if name not in used and not any(name in r.get("alt_s", []) + r.get("alt_o", []) for r in rows):
            warnings.append(f"entity {name!r} is in no fact")
    for d in docs.values():
        errors += d.check_date()
    return rows, errors, warnings


def rows_by_unit(rows, canon):
    out = {}
    for r in rows:
        cs, co = canon(r["s"]), canon(r["o"])
        if r["p"] in SYMMETRIC and cs > co:
            cs, co = co, cs
        out[(cs, r["p"], co, POLARITY[r["modality"]])] = r
    return out


# ------------------------------------------------------------------- writing
def write_outputs(entities, rows, docs):
    typ = {e[0]: e[1] for e in entities}
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, t, aliases in entities:
            f.write(json.dumps({"name": name, "type": t, "aliases": list(aliases)}, ensure_ascii=False) + "\n")
    by_name = {d.name: d for d in docs.values()}
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            for dname in r["docs"]:
                d = by_name[dname]
                phrase = next(ph for k, ph, *_ in r["_ev"] if k == d.key)
                start, end, sent = d.sentence_span(phrase)
                st = {"subject": r["s"], "subject_type": typ[r["s"]], "predicate": r["p"],
                      "object": r["o"], "object_type": typ[r["o"]], "modality": r["modality"],
                      "time": r.get("time", ""), "role": r["_role"] or r["_commodity"],
                      "confidence": 1.0, "source": "corpus/" + d.name, "title": d.title,
                      "published": d.published, "sentence": sent, "start": start, "end": end,
                      "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n += 1
    return n


def counts(rows, docs):
    out = []
    by_p = Counter(r["p"] for r in rows)
    by_m = Counter(r["modality"] for r in rows)
    out.append(f"rows: {len(rows)}; required: {sum(r['required'] for r in rows)}; "
               f"optional: {sum(not r['required'] for r in rows)}; timed: {sum('time' in r for r in rows)}; "
               f"negated: {by_m['negated']}; multi-document: {sum(len(r['docs']) > 1 for r in rows)}")
    out.append("\n| predicate | rows |\n|---|---|")
    out += [f"| {p} | {by_p[p]} |" for p in PREDICATES]
    out.append("\n| modality | rows |\n|---|---|")
    out += [f"| {m} | {by_m[m]} |" for m in ["asserted", "reported", "hedged", "planned", "negated"]]
    out.append("\n| document | facts stated | required | negated | timed |\n|---|---|---|---|---|")
    for d in docs.values():
        rs = [r for r in rows if d.name in r["docs"]]
        out.append(f"| {d.name} | {len(rs)} | {sum(r['required'] for r in rs)} | "
                   f"{sum(r['modality'] == 'negated' for r in rs)} | {sum('time' in r for r in rs)} |")
    return "\n".join(out)


# ----------------------------------------------------------------- self-test
def self_test(docs):
    E, F = gold_data.ENTITIES, gold_data.FACTS
    rows, errors, _ = validate(E, F, docs)
    if errors:
        print("the real data does not pass, fix it first:", *errors[:5], sep="\n  ")
        return 1
    good = dict(s="Abiy Ahmed", p="met_with", o="Ismail Omar Guelleh", m="asserted",
                ev=[("01", "Guelleh met Abiy on the sidelines")])
    sym_dup = copy.deepcopy(good)  # reversed symmetric copy of a real row
    cases = [
        ("unknown predicate", {}, dict(good, p="met")),
        ("unknown modality", {}, dict(good, m="alleged")),
        ("phrase not in document", {}, dict(good, s="Abiy Ahmed", o="Eritrea", p="visited",
                                            ev=[("01", "Abiy flew to Asmara on Monday")])),
        ("entity not mentioned in a listed document", {}, dict(s="Kim Jong Un", p="visited", o="Djibouti",
                                                              m="hedged", ev=[("01", "flew to Djibouti")])),
        ("duplicate row (symmetric, reversed)", {}, sym_dup),
        ("duplicate unit (reported vs asserted, same polarity)", {},
         dict(s="Eritrea", p="member_of", o="Intergovernmental Authority on Development", m="reported",
              ev=[("01", "Eritrea rejoined IGAD in 2023")])),
        ("alias collision", {"entities": E + [("Abiy Ahmed Jr", "Person", ["Abiy"])]}, None),
        ("bad time format", {}, dict(good, m="hedged", ev=[("01", "Guelleh met Abiy on the sidelines", "2025-13")])),
        ("impossible date", {}, dict(good, m="hedged", ev=[("01", "Guelleh met Abiy on the sidelines", "2025-11-31")])),
        ("unknown entity", {}, dict(good, o="Guelleh the Elder")),
        ("domain/range violation", {}, dict(s="Ethiopia", p="citizen_of", o="Djibouti", m="asserted",
                                           ev=[("01", "Djibouti imports electricity from Ethiopia")])),
        ("unknown document", {}, dict(good, ev=[("09", "Guelleh met Abiy")])),
        ("unknown entity type", {"entities": E + [("Nile", "River", [])]}, None),
        ("no evidence", {}, dict(good, m="planned", ev=[])),
        ("time override not stated", {}, dict(good, m="planned", time="2024")),
        ("unknown alt_p", {}, dict(good, m="negated", alt_p=["greeted"])),
        ("range_ok row marked required", {}, dict(s="Abdirahman Mohamed Abdullahi", p="head_of", o="Somaliland",
                                                 m="hedged", range_ok="x",
                                                 ev=[("04", "the president of the breakaway region of Somaliland")])),
        ("subject equals object", {}, dict(good, o="Abiy Ahmed", m="negated")),
    ]
    failed = 0
    for label, over, bad in cases:
        ents = over.get("entities", E)
        facts = F + ([bad] if bad is not None else [])
        _, errs, _ = validate(ents, facts, docs)
        if errs:
            print(f"REJECTED  {label}: {errs[0]}")
        else:
            print(f"ACCEPTED! {label}")
            failed += 1
    # a document whose stated date disagrees with its publication date
    bad_pub = dict(gold_data.PUBLISHED, **{"05": "2025-12-13"})
    d2 = load_docs(published=bad_pub)
    _, errs, _ = validate(E, F, d2)
    if errs:
        print(f"REJECTED  wrong publication date: {errs[0]}")
    else:
        print("ACCEPTED! wrong publication date")
        failed += 1
    print("self-test:", "all bad rows rejected" if not failed else f"{failed} bad rows accepted")
    return 1 if failed else 0


def main():
    docs = load_docs()
    if "--self-test" in sys.argv:
        sys.exit(self_test(docs))
    rows, errors, warnings = validate(gold_data.ENTITIES, gold_data.FACTS, docs)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e)
        sys.exit(f"{len(errors)} errors; nothing written")
    print(f"{len(rows)} rows, {len(gold_data.ENTITIES)} entities, {len(docs)} documents: all checks pass")
    if "--check" not in sys.argv:
        n = write_outputs(gold_data.ENTITIES, rows, docs)
        print(f"wrote entities.jsonl, triples.jsonl, selfcheck_statements.jsonl ({n} statements)")
    if "--counts" in sys.argv:
        print(counts(rows, docs))


if __name__ == "__main__":
    main()
