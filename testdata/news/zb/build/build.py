import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from entities import E
from rows import ROWS

BASE = "/work/newsets/zb"
SYM = {"met_with","negotiating_with","normalized_relations_with","diplomatic_relations_with","allied_with","in_conflict_with","borders","signed_agreement_with","trades_with"}
POL = {"asserted":"POS","reported":"POS","hedged":"NONFACT","planned":"NONFACT","negated":"NEG"}
PRED = {  # subject types, object types (None = any)
 "head_of": ({"Person"}, {"Country","Organization"}),
 "works_for": ({"Person"}, {"Person","Country","Organization"}),
 "member_of": ({"Person","Country","Organization"}, {"Organization"}),
 "citizen_of": ({"Person"}, {"Country"}),
 "lives_in": ({"Person"}, {"City","Region","Country"}),
 "based_in": ({"Organization","Facility"}, {"City","Region","Country"}),
 "located_in": ({"City","Region","Country","Facility"}, {"Region","Country","City"}),
 "capital_of": ({"City"}, {"Country","Region"}),
 "borders": ({"Country","Region"}, {"Country","Region"}),
 "met_with": ({"Person","Country","Organization"}, {"Person","Country","Organization"}),
 "visited": ({"Person","Organization"}, {"Country","City","Region"}),
 "negotiating_with": (None, None), "contacted": (None, None),
 "brokered": ({"Country","Person","Organization"}, {"Agreement"}),
 "party_to": ({"Country","Organization"}, {"Agreement"}),
 "signed_agreement_with": (None, None),
 "candidate_for": ({"Country","Organization"}, {"Agreement","Organization"}),
 "normalized_relations_with": (None, None), "diplomatic_relations_with": (None, None),
 "allied_with": (None, None), "recognizes": ({"Country"}, {"Country"}),
 "supported": (None, None), "criticized": (None, None), "threatened": (None, None),
 "sanctioned": (None, None), "in_conflict_with": (None, None), "attacked": (None, None),
 "killed": ({"Person","Organization"}, {"Person"}),
 "took_control_of": ({"Country","Organization"}, {"Region","City","Facility"}),
 "blockaded": (None, None), "seceded_from": ({"Region"}, {"Country"}),
 "gained_independence_from": ({"Country"}, {"Country"}),
 "imports_from": ({"Country"}, {"Country"}), "trades_with": (None, None),
}
def norm(s):
    s = (s or "").strip().lower(); s = re.sub(r"^the\s+", "", s); s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)

# entities
types, alias, errs = {}, {}, []
for n, t, al in E:
    if n in types: errs.append(f"dup entity {n}")
    types[n] = t
    for a in [n] + al:
        k = norm(a)
        if k in alias and alias[k] != n: errs.append(f"alias collision {a!r}: {alias[k]} / {n}")
        alias[k] = n
canon = lambda s: alias.get(norm(s))

# documents
texts = {}
for f in sorted(os.listdir(f"{BASE}/corpus")):
    texts[f] = open(f"{BASE}/corpus/{f}", encoding="utf-8").read()
docs_order = list(texts)

# validate rows
for r in ROWS:
    for fld in ("s", "o"):
        if r[fld] not in types: errs.append(f"{r['doc']}: unknown entity {r[fld]!r}")
    for a in r["alt_s"] + r["alt_o"]:
        if canon(a) is None: errs.append(f"{r['doc']}: unknown alt {a!r}")
    if r["p"] not in PRED: errs.append(f"bad predicate {r['p']}")
    if r["modality"] not in POL: errs.append(f"bad modality {r['modality']}")
    if r["doc"] not in texts: errs.append(f"bad doc {r['doc']}")
    st, ot = PRED.get(r["p"], (None, None))
    if r["s"] in types and st and types[r["s"]] not in st: errs.append(f"domain {r}")
    if r["o"] in types and ot and types[r["o"]] not in ot: errs.append(f"range {r}")
    if r["time"] and not re.fullmatch(r"\d{3,4}(-\d\d(-\d\d)?)?", r["time"]): errs.append(f"time {r}")

# merge by unit
def unit(r):
    s, o = r["s"], r["o"]
    if r["p"] in SYM and s > o: s, o = o, s
    return (s, r["p"], o, POL[r["modality"]])
merged, order = {}, []
seen_doc_unit = set()
for r in ROWS:
    u = unit(r)
    if (u, r["doc"]) in seen_doc_unit: errs.append(f"same unit twice in one doc: {u} {r['doc']}")
    seen_doc_unit.add((u, r["doc"]))
    if u not in merged:
        merged[u] = dict(s=r["s"], p=r["p"], o=r["o"], docs=[r["doc"]], modality=r["modality"], times=[r["time"]],
                         required=r["required"], alt_s=list(r["alt_s"]), alt_p=list(r["alt_p"]), alt_o=list(r["alt_o"]),
                         notes=[(r["doc"], r["note"])] if r["note"] else [])
        order.append(u); continue
    m = merged[u]
    m["docs"].append(r["doc"]); m["times"].append(r["time"])
    if r["modality"] == "asserted": m["modality"] = "asserted"
    m["required"] = m["required"] or r["required"]
    # alts: keep orientation of the first row
    same = (r["s"] == m["s"])
    for a in (r["alt_s"] if same else r["alt_o"]):
        if a not in m["alt_s"]: m["alt_s"].append(a)
    for a in (r["alt_o"] if same else r["alt_s"]):
        if a not in m["alt_o"]: m["alt_o"].append(a)
    for a in r["alt_p"]:
        if a not in m["alt_p"]: m["alt_p"].append(a)
    if r["note"]: m["notes"].append((r["doc"], r["note"]))

out = []
for u in order:
    m = merged[u]
    ts = {t for t in m["times"] if t}
    row = {"s": m["s"], "p": m["p"], "o": m["o"], "docs": sorted(m["docs"], key=docs_order.index), "modality": m["modality"]}
    if len(ts) == 1 and all(m["times"]): row["time"] = ts.pop()
    elif ts:
        if len(ts) > 1: errs.append(f"time conflict {u} {m['times']}")
        else: print("note: time only in some docs, kept:", u, m["times"]); row["time"] = ts.pop()
    row["required"] = m["required"]
    for k in ("alt_s", "alt_p", "alt_o"):
        if m[k]: row[k] = m[k]
    if m["notes"]:
        row["note"] = "; ".join(n if len(m["docs"]) == 1 else f"{d[:2]}: {n}" for d, n in m["notes"])
    out.append(row)

# alt of one row must not hit the main unit of another row with the same polarity in the same doc set (just report)
mains = {unit(dict(s=r["s"], p=r["p"], o=r["o"], modality=r["modality"])) for r in out}
for r in out:
    for s in [r["s"]] + r.get("alt_s", []):
        for p in [r["p"]] + r.get("alt_p", []):
            for o in [r["o"]] + r.get("alt_o", []):
                u = unit(dict(s=canon(s), p=p, o=canon(o), modality=r["modality"]))
                if u != unit(dict(s=r["s"], p=r["p"], o=r["o"], modality=r["modality"])) and u in mains:
                    print("note: alt reading equals another gold row:", u)

# entity presence in texts
used = set()
for r in out:
    used |= {r["s"], r["o"]} | {canon(a) for a in r.get("alt_s", []) + r.get("alt_o", [])}
alltext = "\n".join(texts.values()).lower()
for n, t, al in E:
    if n not in ("Sweden",) and not any(a.lower() in alltext for a in [n] + al):
        errs.append(f"entity not in any text: {n}")
    if n not in used: print("entity without triple:", n)

if errs:
    print("\n".join(errs)); sys.exit(1)

with open(f"{BASE}/triples.jsonl", "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(f"{BASE}/entities.jsonl", "w", encoding="utf-8") as f:
    for n, t, al in E: f.write(json.dumps({"name": n, "type": t, "aliases": al}, ensure_ascii=False) + "\n")

# self-check statements: one per gold row and document it names
META = {
 "01_mercosur_uae_round.txt": ("Mercosur and UAE open trade round in Asunción", "2026-03-03"),
 "02_greece_libya_maritime.txt": ("Greek foreign minister meets Haftar in Benghazi", "2026-02-10"),
 "03_ecuador_colombia_tariff_talks.txt": ("Ecuador and Colombia freeze new trade measures", "2026-02-18"),
 "04_oas_guatemala_attorney_general.txt": ("OAS chief promises observers as Guatemala starts search for a new attorney general", "2026-02-25"),
 "05_saudi_iran_china_trilateral.txt": ("Saudi, Iranian and Chinese diplomats meet in Tehran to shore up Beijing-brokered détente", "2025-12-10"),
 "06_arab_league_damascus_office.txt": ("Arab League to open Damascus office as Aboul Gheit meets al-Sharaa", "2025-11-19"),
 "07_unsc_hodeidah_mission.html": ("Security Council votes to wind down UN mission in Yemen's Hodeidah", "2026-01-28"),
 "08_celac_caribbean_security.html": ("CELAC ministers split over U.S. strikes in the Caribbean", "2025-10-16"),
}
with open(f"{BASE}/build/selfcheck_statements.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        for d in r["docs"]:
            f.write(json.dumps({"subject": r["s"], "subject_type": types[r["s"]], "predicate": r["p"],
                "object": r["o"], "object_type": types[r["o"]], "modality": r["modality"],
                "time": r.get("time", ""), "role": "", "confidence": 1.0, "source": f"corpus/{d}",
                "title": META[d][0], "published": META[d][1], "sentence": r.get("note", ""),
                "start": 0, "end": 0, "rule": "gold"}, ensure_ascii=False) + "\n")
print("rows", len(out), "required", sum(r["required"] for r in out), "with time", sum("time" in r for r in out),
      "entities", len(E), "input rows", len(ROWS))
