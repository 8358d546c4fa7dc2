#!/usr/bin/env python3
"""Validate the zf gold files on their own: schema names, entity coverage, aliases, times,
unit uniqueness, and that every note quote occurs in its document's cleaned text."""
import json
import os
import re
import sys
from collections import Counter

from common import ROOT, CORPUS, POLARITY, PREDICATES, TYPES, DOMAIN, SYMMETRIC, norm, doc_files, cleaned_text


def load(name):
    return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8") if l.strip()]


def quotes_of(note, docs):
    """Parse "'q'" / "[doc] 'q1'; [doc] 'q2'" (optionally followed by " (why)") into {doc: quote}."""
    body = re.sub(r" \([^()]*(\([^()]*\)[^()]*)*\)$", "", note)
    if body.startswith("'"):
        assert len(docs) == 1, note
        assert body.endswith("'"), note
        return {docs[0]: body[1:-1]}
    out = {}
    for part in re.split(r"; (?=\[zf)", body):
        m = re.fullmatch(r"\[(zf[^\]]+)\] '(.*)'", part)
        assert m, part
        out[m.group(1)] = m.group(2)
    return out


def main():
    errors = []
    ents = load("entities.jsonl")
    rows = load("triples.jsonl")
    etype = {e["name"]: e["type"] for e in ents}
    alias = {}
    for e in ents:
        if e["type"] not in TYPES:
            errors.append(f"bad type {e}")
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if alias.get(k, e["name"]) != e["name"]:
                errors.append(f"alias {a!r} -> {alias[k]} and {e['name']}")
            alias[k] = e["name"]
    files = set(doc_files())
    texts = {f: cleaned_text(f) for f in files}
    used, units = set(), Counter()
    docs_seen = set()
    for r in rows:
        if r["p"] not in PREDICATES:
            errors.append(f"predicate {r}")
        for p in r.get("alt_p", []):
            if p not in PREDICATES:
                errors.append(f"alt predicate {r}")
        if r["modality"] not in POLARITY:
            errors.append(f"modality {r}")
        if "time" in r and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", r["time"]):
            errors.append(f"time {r}")
        if not isinstance(r["required"], bool):
            errors.append(f"required {r}")
        for d in r["docs"]:
            if d not in files:
                errors.append(f"doc {d}")
            docs_seen.add(d)
        names = [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", [])
        for n in names:
            if n not in etype:
                errors.append(f"entity not in entities.jsonl: {n}")
            used.add(n)
        if r["p"] in DOMAIN and r["s"] in etype and r["o"] in etype:
            st, ot = DOMAIN[r["p"]]
            if etype[r["s"]] not in st or etype[r["o"]] not in ot:
                errors.append(f"domain {r['s']} ({etype[r['s']]}) {r['p']} {r['o']} ({etype[r['o']]})")
        s, o = r["s"], r["o"]
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        units[(s, r["p"], o, POLARITY[r["modality"]])] += 1
        try:
            qs = quotes_of(r["note"], r["docs"])
        except AssertionError as e:
            errors.append(f"note format: {r['note']}")
            continue
        if set(qs) != set(r["docs"]):
            errors.append(f"quotes do not cover docs: {r['note']}")
        for d, q in qs.items():
            if re.sub(r"\s+", " ", q) not in texts.get(d, ""):
                errors.append(f"quote not found in {d}: {q!r}")
    for u, n in units.items():
        if n > 1:
            errors.append(f"unit appears in {n} rows: {u}")
    for n in set(etype) - used:
        errors.append(f"entity used by no triple: {n}")
    for f in files - docs_seen:
        errors.append(f"document with no gold row: {f}")
    for f in sorted(files):
        words = len(texts[f].split())
        if not 500 <= words <= 900:
            errors.append(f"{f}: {words} words")
    for e in errors:
        print("ERROR", e)
    print(f"rows={len(rows)} entities={len(ents)} quotes checked, errors={len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
