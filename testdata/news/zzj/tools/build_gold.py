#!/usr/bin/env python3
"""Build and check the zzj gold standard.

Usage: python3 tools/build_gold.py   (from anywhere)

Reads tools/gold_data.py (documents, entities, rows with one evidence phrase
per document) and the articles in corpus/, checks everything, prints every
error and exits 1 if there is one; otherwise writes entities.jsonl,
triples.jsonl and selfcheck_statements.jsonl next to corpus/.

Checks: every evidence phrase occurs in its article's cleaned text (for HTML
the visible <article> text, one line per block element); subject and object
are mentioned (name or alias) in every document of the row; entity types fit
the SCHEMA.md signature of the predicate; modality, time format and
predicate names are valid; names and aliases are unique under the scorer's
normalisation and every alias occurs in some article; no two rows share a
scoring unit (also through alt_s / alt_p / alt_o); every entity is used.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import gold_data as G          # noqa: E402
from textclean import clean, sentence_bounds  # noqa: E402

PREDICATES = """head_of works_for member_of citizen_of lives_in based_in located_in
capital_of borders met_with visited negotiating_with contacted brokered party_to
signed_agreement_with candidate_for normalized_relations_with diplomatic_relations_with
allied_with recognizes supported criticized threatened sanctioned in_conflict_with
attacked killed took_control_of blockaded seceded_from gained_independence_from
imports_from trades_with""".split()
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}

ACT = {"Person", "Country", "Organization"}
PLACE = {"City", "Region", "Facility"}
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
    "met_with": (ACT, ACT),
    "visited": ({"Person", "Organization"}, {"Country", "City", "Region"}),
    "negotiating_with": (ACT, ACT),
    "contacted": (ACT, ACT),
    "brokered": ({"Country", "Person", "Organization"}, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "signed_agreement_with": (ACT, ACT),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "normalized_relations_with": (ACT, ACT),
    "diplomatic_relations_with": (ACT, ACT),
    "allied_with": (ACT, ACT),
    "recognizes": ({"Country"}, {"Country"}),
    "supported": (ACT, ACT),
    "criticized": (ACT, ACT | {"Agreement"}),
    "threatened": (ACT, ACT),
    "sanctioned": (ACT, ACT),
    "in_conflict_with": (ACT, ACT),
    "attacked": (ACT, ACT | PLACE),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "blockaded": (ACT, ACT | PLACE),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country"}, {"Country"}),
    "trades_with": (ACT | {"Region"}, ACT | {"Region"}),
}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")


def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def mentioned(text, form):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.IGNORECASE) is not None


def main():
    errors = []
    err = errors.append

    # documents
    texts = {}
    for k, d in G.DOCS.items():
        path = os.path.join(ROOT, "corpus", d["file"])
        if not os.path.exists(path):
            err(f"doc {k}: missing {path}")
            continue
        texts[k] = clean(path)
        n = len(texts[k].split())
        if not 500 <= n <= 900:
            err(f"doc {k}: {n} words, want 500-900")

    # entities
    etype, forms, seen = {}, {}, {}
    for name, typ, aliases in G.ENTITIES:
        if name in etype:
            err(f"entity {name!r} listed twice")
        if typ not in TYPES:
            err(f"entity {name!r}: unknown type {typ}")
        etype[name] = typ
        forms[name] = [name] + list(aliases)
        for f in [name] + list(aliases):
            n = norm(f)
            if n in seen and seen[n] != name:
                err(f"alias {f!r} of {name!r} collides with {seen[n]!r}")
            elif n in seen:
                err(f"alias {f!r} of {name!r} repeats another form of it")
            seen[n] = name
        for a in aliases:
            if not any(mentioned(t, a) for t in texts.values()):
                err(f"alias {a!r} of {name!r} occurs in no article")
        if not any(mentioned(t, f) for t in texts.values() for f in forms[name]):
            err(f"entity {name!r} is mentioned in no article")

    # rows
    units, used = {}, set()
    for i, row in enumerate(G.ROWS, 1):
        s, p, o, m = row["s"], row["p"], row["o"], row["m"]
        tag = f"row {i} ({s} {p} {o} {m})"
        if p not in PREDICATES:
            err(f"{tag}: unknown predicate")
            continue
        if m not in MODALITIES:
            err(f"{tag}: unknown modality")
            continue
        for e in [s, o] + row.get("alt_s", []) + row.get("alt_o", []):
            if e not in etype:
                err(f"{tag}: unknown entity {e!r}")
        if s not in etype or o not in etype:
            continue
        used.update([s, o] + row.get("alt_s", []) + row.get("alt_o", []))
        st, ot = SIG[p]
        if etype[s] not in st or etype[o] not in ot:
            err(f"{tag}: types {etype[s]} -> {etype[o]} do not fit {p}")
        for ap in row.get("alt_p", []):
            if ap not in PREDICATES or ap == p:
                err(f"{tag}: bad alt_p {ap}")
        if row.get("t") and not TIME_RE.match(row["t"]):
            err(f"{tag}: bad time {row['t']}")
        if not isinstance(row.get("req"), bool):
            err(f"{tag}: required must be true or false")
        if not row["ev"]:
            err(f"{tag}: no evidence")
        for k, phrase in row["ev"].items():
            if k not in texts:
                err(f"{tag}: unknown doc {k}")
                continue
            if phrase not in texts[k]:
                err(f"{tag}: phrase not in doc {k}: {phrase!r}")
            for e in (s, o):
                if not any(mentioned(texts[k], f) for f in forms[e]):
                    err(f"{tag}: {e!r} not mentioned in doc {k}")
        pol = POLARITY[m]
        for ss in [s] + row.get("alt_s", []):
            for pp in [p] + row.get("alt_p", []):
                for oo in [o] + row.get("alt_o", []):
                    a, b = (ss, oo) if pp not in SYMMETRIC or ss <= oo else (oo, ss)
                    u = (a, pp, b, pol)
                    if u in units and units[u] != i:
                        err(f"{tag}: scoring unit {u} also belongs to row {units[u]}")
                    units[u] = i
    for name in etype:
        if name not in used:
            err(f"entity {name!r} is used by no row")
    missing = set(PREDICATES) - {row["p"] for row in G.ROWS}
    if missing:
        err(f"predicates never used: {sorted(missing)}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)

    # write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in G.ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": list(aliases)}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f, \
         open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as sc:
        for row in G.ROWS:
            keys = list(row["ev"])
            first = row["ev"][keys[0]]
            note = f"'{first}'"
            if row.get("role"):
                note += f"; role: {row['role']}"
            if row.get("commodity"):
                note += f"; commodity: {row['commodity']}"
            if row.get("remark"):
                note += f"; {row['remark']}"
            out = {"s": row["s"], "p": row["p"], "o": row["o"],
                   "docs": [G.DOCS[k]["file"] for k in keys], "modality": row["m"]}
            if row.get("t"):
                out["time"] = row["t"]
            out["required"] = row["req"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if row.get(a):
                    out[a] = row[a]
            out["note"] = note
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            for k in keys:
                text = texts[k]
                i = text.index(row["ev"][k])
                a, b = sentence_bounds(text, i, i + len(row["ev"][k]))
                d = G.DOCS[k]
                sc.write(json.dumps({
                    "subject": row["s"], "subject_type": etype[row["s"]],
                    "predicate": row["p"],
                    "object": row["o"], "object_type": etype[row["o"]],
                    "modality": row["m"], "time": row.get("t") or "",
                    "role": row.get("role") or row.get("commodity") or "",
                    "confidence": 1.0, "source": "corpus/" + d["file"],
                    "title": d["title"], "published": d["published"],
                    "sentence": text[a:b], "start": a, "end": b, "rule": "gold",
                }, ensure_ascii=False) + "\n")
    print(f"ok: {len(G.ENTITIES)} entities, {len(G.ROWS)} rows, "
          f"{sum(len(r['ev']) for r in G.ROWS)} statements")


if __name__ == "__main__":
    main()
