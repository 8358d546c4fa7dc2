#!/usr/bin/env python3
"""Turn triples.jsonl into a `kg export --format jsonl` statements file (stdout),
one statement per gold row and document, for scoring the gold against itself:

    python3 selfcheck.py > /tmp/za_self.jsonl
    ../../shared/tools/kgscore . /tmp/za_self.jsonl            # P = R = 1
    ../../shared/tools/kgscore . /tmp/za_self.jsonl --per-doc  # P = R = 1
"""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
types = {e["name"]: e["type"] for e in map(json.loads, open(os.path.join(here, "entities.jsonl"), encoding="utf-8"))}
for line in open(os.path.join(here, "triples.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    for doc in r["docs"]:
        text = open(os.path.join(here, "corpus", doc), encoding="utf-8").read()
        ev = next(e for e in r["evidence"] if e in text)
        start = text.index(ev)
        print(json.dumps({"subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                          "object": r["o"], "object_type": types[r["o"]], "modality": r["modality"],
                          "time": r.get("time", ""), "role": r.get("role", ""), "confidence": 1.0,
                          "source": "corpus/" + doc, "title": "", "published": "", "sentence": ev,
                          "start": start, "end": start + len(ev), "rule": "gold"}, ensure_ascii=False))
