#!/usr/bin/env python3
"""Build triples.jsonl and entities.jsonl for news set zf from rows.py and entities.py.

Rows that state the same unit (s, p, o, polarity) in several documents are merged into
one gold row with several docs, as the scorer expects one row per unit."""
import json
import os
import re

from common import ROOT, POLARITY, SYMMETRIC, norm, doc_name, cleaned_text
from entities import E
from rows import ROWS


def unit(s, p, o, pol):
    if p in SYMMETRIC and s > o:
        s, o = o, s
    return (s, p, o, pol)


def main():
    merged = {}
    order = []
    for r in ROWS:
        for q_doc, q in r["quotes"].items():
            text = cleaned_text(doc_name(q_doc))
            assert re.sub(r"\s+", " ", q) in text, f"quote not in {q_doc}: {q!r}"
            assert "' (" not in q, q
        u = unit(r["s"], r["p"], r["o"], POLARITY[r["modality"]])
        if u in merged:
            m = merged[u]
            assert not set(m["docs"]) & set(r["docs"]), f"duplicate unit in one doc: {u}"
            assert m["time"] == r["time"], f"time conflict on merge: {u}"
            assert m["required"] == r["required"], f"required conflict on merge: {u}"
            m["docs"] += r["docs"]
            m["quotes"].update(r["quotes"])
            for k in ("alt_s", "alt_p", "alt_o"):
                m[k] += [x for x in r[k] if x not in m[k]]
        else:
            merged[u] = dict(r, docs=list(r["docs"]), quotes=dict(r["quotes"]))
            order.append(u)

    out = []
    for u in order:
        r = merged[u]
        docs = sorted(r["docs"])
        if len(docs) == 1:
            note = f"'{r['quotes'][docs[0]]}'"
        else:
            note = "; ".join(f"[{doc_name(d)}] '{r['quotes'][d]}'" for d in docs)
        if r["why"]:
            note += f" ({r['why']})"
        row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [doc_name(d) for d in docs],
               "modality": r["modality"]}
        if r["time"]:
            row["time"] = r["time"]
        row["required"] = r["required"]
        for k in ("alt_s", "alt_p", "alt_o"):
            if r[k]:
                row[k] = r[k]
        row["note"] = note
        out.append(row)
    out.sort(key=lambda x: (min(x["docs"]), 0))  # stable: keep per-document order

    used = []
    for row in out:
        for name in [row["s"], row["o"]] + row.get("alt_s", []) + row.get("alt_o", []):
            assert name in E, f"entity missing from table: {name}"
            if name not in used:
                used.append(name)
    seen = {}
    for name in used:
        typ, aliases = E[name]
        for a in [name] + aliases:
            k = norm(a)
            assert seen.get(k, name) == name, f"alias {a!r} maps to {seen[k]} and {name}"
            seen[k] = name

    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name in used:
            typ, aliases = E[name]
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    print(f"rows={len(out)} required={sum(r['required'] for r in out)} entities={len(used)} "
          f"unused_table_entries={len(set(E) - set(used))}")


if __name__ == "__main__":
    main()
