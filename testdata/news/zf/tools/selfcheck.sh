#!/bin/sh
# Turn the gold into a statements file and score it against itself, whole corpus and per document.
set -e
cd "$(dirname "$0")/.."
python3 - <<'PY'
import json
with open("tools/statements.jsonl", "w", encoding="utf-8") as out:
    for line in open("triples.jsonl", encoding="utf-8"):
        g = json.loads(line)
        for d in g["docs"]:
            out.write(json.dumps({"subject": g["s"], "predicate": g["p"], "object": g["o"],
                                  "modality": g["modality"], "time": g.get("time", ""),
                                  "source": "corpus/" + d}, ensure_ascii=False) + "\n")
PY
python3 tools/check_gold.py
/work/shared/tools/kgscore . tools/statements.jsonl
/work/shared/tools/kgscore . tools/statements.jsonl --per-doc
