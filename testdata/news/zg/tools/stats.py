#!/usr/bin/env python3
"""Counts for the README: rows, required, timed, per modality, per entity type, per document."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, "triples.jsonl"), encoding="utf-8")]
ents = [json.loads(l) for l in open(os.path.join(ROOT, "entities.jsonl"), encoding="utf-8")]
print("rows", len(rows), "required", sum(r["required"] for r in rows),
      "with time", sum("time" in r for r in rows), "multi-doc", sum(len(r["docs"]) > 1 for r in rows))
print("modality", dict(collections.Counter(r["modality"] for r in rows).most_common()))
print("predicates", dict(collections.Counter(r["p"] for r in rows).most_common()))
print("entities", len(ents), dict(collections.Counter(e["type"] for e in ents).most_common()))
per = collections.defaultdict(lambda: [0, 0])
for r in rows:
    for d in r["docs"]:
        per[d][0] += 1
        per[d][1] += r["required"]
for d in sorted(per):
    print(d, "facts", per[d][0], "required", per[d][1])
