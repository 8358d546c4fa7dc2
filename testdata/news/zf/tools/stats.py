#!/usr/bin/env python3
"""Counts for the README: per document rows (required), totals, modalities, entity types."""
import json
import os
from collections import Counter

from common import ROOT, cleaned_text, doc_files

rows = [json.loads(l) for l in open(os.path.join(ROOT, "triples.jsonl"), encoding="utf-8")]
ents = [json.loads(l) for l in open(os.path.join(ROOT, "entities.jsonl"), encoding="utf-8")]
for f in doc_files():
    mine = [r for r in rows if f in r["docs"]]
    print(f"{f}: words={len(cleaned_text(f).split())} rows={len(mine)} required={sum(r['required'] for r in mine)}")
print("rows", len(rows), "required", sum(r["required"] for r in rows),
      "with_time", sum("time" in r for r in rows),
      "multi_doc", sum(len(r["docs"]) > 1 for r in rows),
      "row_doc_pairs", sum(len(r["docs"]) for r in rows))
print("modality", dict(Counter(r["modality"] for r in rows).most_common()))
print("required by modality", dict(Counter(r["modality"] for r in rows if r["required"]).most_common()))
print("predicates", dict(Counter(r["p"] for r in rows).most_common()))
print("entities", len(ents), dict(Counter(e["type"] for e in ents).most_common()))
