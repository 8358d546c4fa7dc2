#!/usr/bin/env python3
"""Check the gold of news set zg and run the self-check.

1. entities: SCHEMA types, no alias (normalised as kgscore does) resolving to
   two entities, every entity used by some row, every used name defined;
2. rows: SCHEMA predicates and modalities, subject/object types fit the
   predicate (warnings only), ISO time prefixes, docs exist, one row per
   (s, p, o, polarity) unit, every note quote found in its document's text
   (for HTML: article body and caption only, see doctext.py), every doc of a
   row quoted at least once;
3. writes tools/statements.jsonl (one line per row and document) and runs
   /work/shared/tools/kgscore on it, whole corpus and --per-doc.

Run from anywhere:  python3 tools/check_gold.py
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from doctext import flat, text_of  # noqa: E402

KGSCORE = "/work/shared/tools/kgscore"
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
P, C, O, CI, R, A, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = TYPES
SIG = {  # predicate -> (subject types, object types), from SCHEMA.md
    "head_of": ({P}, {C, O}), "works_for": ({P}, {P, C, O}), "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}), "lives_in": ({P}, {CI, R, C}), "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}), "capital_of": ({CI}, {C, R}), "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}), "visited": ({P, O}, {C, CI, R}), "negotiating_with": (ANY, ANY),
    "contacted": (ANY, ANY), "brokered": ({C, P, O}, {A}), "party_to": ({C, O}, {A}),
    "signed_agreement_with": (ANY, ANY), "candidate_for": ({C, O}, {A, O}),
    "normalized_relations_with": (ANY, ANY), "diplomatic_relations_with": (ANY, ANY),
    "allied_with": (ANY, ANY), "recognizes": ({C}, {C}), "supported": (ANY, ANY), "criticized": (ANY, ANY),
    "threatened": (ANY, ANY), "sanctioned": (ANY, ANY), "in_conflict_with": (ANY, ANY), "attacked": (ANY, ANY),
    "killed": ({P, O}, {P}), "took_control_of": ({C, O}, {R, CI, F}), "blockaded": (ANY, ANY),
    "seceded_from": ({R}, {C}), "gained_independence_from": ({C}, {C}), "imports_from": ({C}, {C}),
    "trades_with": (ANY, ANY),
}
PART = re.compile(r"^(?:(zg\d\d): )?'(.+?)' -- (.*)$", re.S)


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    errors, warnings = [], []
    ents = load("entities.jsonl")
    rows = load("triples.jsonl")
    etype, alias = {}, {}
    for e in ents:
        if e["type"] not in TYPES:
            errors.append(f"entity {e['name']}: bad type {e['type']}")
        if e["name"] in etype:
            errors.append(f"entity {e['name']} twice")
        etype[e["name"]] = e["type"]
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias and alias[k] != e["name"]:
                errors.append(f"alias {a!r} maps to {alias[k]} and {e['name']}")
            alias[k] = e["name"]
    used = set()
    units = {}
    texts = {}
    corpus = os.path.join(ROOT, "corpus")
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r['s']} {r['p']} {r['o']})"
        names = [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", [])
        for n in names:
            used.add(n)
            if n not in etype:
                errors.append(f"{where}: entity {n!r} not defined")
        if r["p"] not in SIG:
            errors.append(f"{where}: predicate not in SCHEMA")
            continue
        for ap in r.get("alt_p", []):
            if ap not in SIG:
                errors.append(f"{where}: alt_p {ap} not in SCHEMA")
        if r["modality"] not in MODALITIES:
            errors.append(f"{where}: modality {r['modality']}")
        if "time" in r and not re.fullmatch(r"\d{3}|\d{4}(-\d\d(-\d\d)?)?", r["time"]):
            errors.append(f"{where}: time {r['time']}")
        st, ot = SIG[r["p"]]
        if etype.get(r["s"]) not in st or etype.get(r["o"]) not in ot:
            warnings.append(f"{where}: types {etype.get(r['s'])} -> {etype.get(r['o'])} outside SCHEMA signature")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY[r["modality"]])
        if u in units:
            errors.append(f"{where}: same unit as row {units[u]}")
        units[u] = i
        if not isinstance(r.get("required"), bool):
            errors.append(f"{where}: required must be true/false")
        quoted = set()
        for part in r.get("note", "").split(" | "):
            m = PART.match(part)
            if not m:
                errors.append(f"{where}: note part not 'quote' -- why: {part!r}")
                continue
            tag, q = m.group(1), m.group(2)
            cands = [d for d in r["docs"] if tag is None or d.startswith(tag + "_")]
            if tag is None and len(r["docs"]) > 1:
                errors.append(f"{where}: untagged quote in a multi-document row")
            ok = False
            for d in cands:
                if d not in texts:
                    path = os.path.join(corpus, d)
                    if not os.path.exists(path):
                        errors.append(f"{where}: doc {d} missing")
                        texts[d] = ""
                    else:
                        texts[d] = flat(text_of(path))
                if flat(q) in texts[d]:
                    ok = True
                    quoted.add(d)
            if not ok:
                errors.append(f"{where}: quote not in {cands}: {q!r}")
        for d in r["docs"]:
            if d not in quoted:
                errors.append(f"{where}: doc {d} has no quote")
    for n in etype:
        if n not in used:
            errors.append(f"entity {n} used by no row")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)

    stmts = os.path.join(HERE, "statements.jsonl")
    with open(stmts, "w", encoding="utf-8") as f:
        for r in rows:
            for d in r["docs"]:
                st = {"subject": r["s"], "predicate": r["p"], "object": r["o"],
                      "modality": r["modality"], "time": r.get("time", ""), "source": "corpus/" + d}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
    for extra in ([], ["--per-doc"]):
        out = subprocess.run([KGSCORE, ROOT, stmts] + extra, capture_output=True, text=True)
        print(("per-doc: " if extra else "corpus:  ") + out.stdout.strip())
        if out.returncode:
            print(out.stderr)
            sys.exit(1)
    print(f"ok: {len(rows)} rows, {len(ents)} entities, {sum(r['required'] for r in rows)} required")


if __name__ == "__main__":
    main()
