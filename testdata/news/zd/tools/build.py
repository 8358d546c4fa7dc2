#!/usr/bin/env python3
"""Build entities.jsonl and triples.jsonl of the zd set from gold.py, check
them against the texts, and write the self-check statements file
(tools/selfcheck.jsonl) in the DESIGN.md statements contract.

    python3 tools/build.py && ../../shared/tools/kgscore . tools/selfcheck.jsonl --show
"""
import html, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gold  # noqa: E402

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
POL = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
P, C, O, CI, R, F, A = "Person", "Country", "Organization", "City", "Region", "Facility", "Agreement"
DOMAIN = {
    "head_of": ({P}, {C, O}), "works_for": ({P}, {P, C, O}), "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}), "lives_in": ({P}, {CI, R, C}), "based_in": ({O, F}, {CI, R, C}),
    "located_in": ({CI, R, C, F}, {R, C, CI}), "capital_of": ({CI}, {C, R}), "borders": ({C, R}, {C, R}),
    "met_with": ({P, C, O}, {P, C, O}), "visited": ({P, O}, {C, CI, R}), "brokered": ({C, P, O}, {A}),
    "party_to": ({C, O}, {A}), "candidate_for": ({C, O}, {A, O}), "took_control_of": ({C, O}, {R, CI, F}),
    "imports_from": ({C}, {C}), "recognizes": ({C}, {C}), "seceded_from": ({R}, {C}),
    "gained_independence_from": ({C}, {C}), "killed": ({P, O}, {P}),
}
ANY = {P, C, O, CI, R, F, A}
for p in ["negotiating_with", "contacted", "signed_agreement_with", "normalized_relations_with",
          "diplomatic_relations_with", "allied_with", "supported", "criticized", "threatened", "sanctioned",
          "in_conflict_with", "attacked", "blockaded", "trades_with"]:
    DOMAIN[p] = (ANY, ANY)


def norm(s):
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def doc_text(name):
    raw = open(os.path.join(ROOT, "corpus", name), encoding="utf-8").read()
    if name.endswith(".html"):
        art = re.search(r"<article.*?</article>", raw, re.S).group(0)
        art = re.sub(r"</(p|h1|figcaption|div)>", "\n", art)
        return html.unescape(re.sub(r"<[^>]+>", " ", art))
    return raw


def doc_title(name, text):
    raw = open(os.path.join(ROOT, "corpus", name), encoding="utf-8").read()
    if name.endswith(".html"):
        return html.unescape(re.search(r"<h1>(.*?)</h1>", raw, re.S).group(1).strip())
    if "\nPublished:" in raw:
        return raw.splitlines()[0].strip()
    return raw.split(" - ", 1)[1].split(".")[0][:90]


def main():
    errors, warns = [], []
    ents = {e["name"]: e for e in gold.E}
    if len(ents) != len(gold.E):
        errors.append("duplicate entity names")
    alias = {}
    for e in gold.E:
        for a in [e["name"]] + e["aliases"]:
            k = norm(a)
            if k in alias and alias[k] != e["name"]:
                errors.append(f"alias collision {a!r}: {alias[k]} / {e['name']}")
            alias[k] = e["name"]

    texts = {d: doc_text(d) for d in gold.DOCS}
    lowtexts = {d: t.lower() for d, t in texts.items()}

    # stated dates
    for d, date in gold.DATES.items():
        raw = open(os.path.join(ROOT, "corpus", d), encoding="utf-8").read()
        if d.endswith(".html"):
            ok = f'<time datetime="{date}">' in raw
        elif "\nPublished:" in raw:
            ok = f"Published: {date}" in raw
        else:
            import datetime
            dt = datetime.date.fromisoformat(date)
            first = raw.splitlines()[0]
            ok = dt.strftime("%B ") + str(dt.day) + " (" in first and dt.strftime("%A") in raw.split("\n\n")[0]
            ok = ok and not re.search(r"\b(19|20)\d\d\b", first.split(" - ")[0])
        if not ok:
            errors.append(f"{d}: stated date {date} not found as expected")

    def surfaces(name):
        e = ents[name]
        return [name] + e["aliases"]

    def found(name, d):
        low = lowtexts[d]
        return any(re.search(r"(?<![\w-])" + re.escape(a.lower()) + r"(?![\w])", low) for a in surfaces(name))

    used = set()
    units = {}
    alt_units = defaultdict(list)
    TIME = re.compile(r"^(\d{3}|\d{4}|\d{4}-\d\d|\d{4}-\d\d-\d\d)$")
    for i, r in enumerate(gold.T):
        tag = f"row {i} {r['s']} {r['p']} {r['o']}"
        if r["p"] not in DOMAIN:
            errors.append(f"{tag}: unknown predicate")
            continue
        if r["modality"] not in POL:
            errors.append(f"{tag}: bad modality")
        if "time" in r and not TIME.match(r["time"]):
            errors.append(f"{tag}: bad time")
        for d in r["docs"]:
            if d not in gold.DOCS:
                errors.append(f"{tag}: unknown doc {d}")
        names = [r["s"], r["o"]] + r.get("alt_s", []) + r.get("alt_o", [])
        for n in names:
            if n not in ents:
                errors.append(f"{tag}: no entity {n!r}")
            used.add(n)
        if any(n not in ents for n in names):
            continue
        sdom, odom = DOMAIN[r["p"]]
        for s in [r["s"]] + r.get("alt_s", []):
            for p in [r["p"]] + r.get("alt_p", []):
                for o in [r["o"]] + r.get("alt_o", []):
                    sd, od = DOMAIN[p]
                    if ents[s]["type"] not in sd or ents[o]["type"] not in od:
                        (errors if (s, p, o) == (r["s"], r["p"], r["o"]) else warns).append(
                            f"{tag}: type mismatch {s}({ents[s]['type']}) {p} {o}({ents[o]['type']})")
        pol = POL[r["modality"]]
        def key(s, p, o):
            if p in SYMMETRIC and s > o:
                s, o = o, s
            return (s, p, o, pol)
        k = key(r["s"], r["p"], r["o"])
        if k in units:
            errors.append(f"{tag}: duplicate unit of row {units[k]}")
        units[k] = i
        for s in [r["s"]] + r.get("alt_s", []):
            for p in [r["p"]] + r.get("alt_p", []):
                for o in [r["o"]] + r.get("alt_o", []):
                    ak = key(s, p, o)
                    if ak != k:
                        alt_units[ak].append(i)
        for d in r["docs"]:
            for n in (r["s"], r["o"]):
                if not found(n, d):
                    errors.append(f"{tag}: {n!r} has no surface form in {d}")
        if r["p"] in SYMMETRIC and r["s"] > r["o"]:
            pass  # listed once either way; the scorer orders them
        if len(r["docs"]) > 1 and "time" in r:
            warns.append(f"{tag}: timed fact in several docs {r['docs']}")
    for ak, rows in alt_units.items():
        if ak in units:
            warns.append(f"alt reading {ak} of rows {rows} is the main unit of row {units[ak]}")

    # symmetric facts listed once
    seen = set()
    for r in gold.T:
        if r["p"] in SYMMETRIC:
            k = (frozenset([r["s"], r["o"]]), r["p"], POL[r["modality"]])
            if k in seen:
                errors.append(f"symmetric fact listed twice: {r['s']} {r['p']} {r['o']}")
            seen.add(k)

    unused = [n for n in ents if n not in used]
    for n in unused:
        errors.append(f"entity not used by any triple: {n}")
    # aliases never used in any text (informational)
    alltext = "\n".join(lowtexts.values())
    for e in gold.E:
        if e["name"] in used and not any(a.lower() in alltext for a in [e["name"]] + e["aliases"]):
            errors.append(f"entity {e['name']} has no surface form in any text")

    for w in warns:
        print("warn:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    # ---- write gold
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in gold.E:
            if e["name"] in used:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in gold.T:
            row = {k: v for k, v in r.items() if k not in ("role", "note")}
            notes = []
            if r.get("role"):
                notes.append(("commodity: " if r["p"] == "imports_from" else "role: ") + r["role"])
            if r.get("note"):
                notes.append(r["note"])
            if notes:
                row["note"] = "; ".join(notes)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---- self-check statements: one line per fact and document
    def sentence_for(r, d):
        t = texts[d]
        sents = re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"(])|\n+", t)
        best = None
        for s in sents:
            low = s.lower()
            hit = [any(a.lower() in low for a in surfaces(n)) for n in (r["s"], r["o"])]
            if all(hit):
                best = s
                break
            if any(hit) and best is None:
                best = s
        best = (best or "").strip()
        start = t.find(best) if best else -1
        return best, max(start, 0), max(start, 0) + len(best)

    n = 0
    with open(os.path.join(HERE, "selfcheck.jsonl"), "w", encoding="utf-8") as f:
        for r in gold.T:
            for d in r["docs"]:
                sent, a, b = sentence_for(r, d)
                st = {"subject": r["s"], "subject_type": ents[r["s"]]["type"], "predicate": r["p"],
                      "object": r["o"], "object_type": ents[r["o"]]["type"], "modality": r["modality"],
                      "time": r.get("time", ""), "role": r.get("role", "") if r["p"] in ("head_of", "works_for") else "",
                      "commodity": r.get("role", "") if r["p"] == "imports_from" else "",
                      "confidence": 1.0, "source": "corpus/" + d, "title": doc_title(d, texts[d]),
                      "published": gold.DATES[d], "sentence": sent, "start": a, "end": b, "rule": "gold"}
                f.write(json.dumps(st, ensure_ascii=False) + "\n")
                n += 1

    # ---- counts
    req = sum(1 for r in gold.T if r["required"])
    timed = sum(1 for r in gold.T if "time" in r)
    print(f"rows={len(gold.T)} required={req} timed={timed} statements={n} entities={len(used)}")
    mod = Counter(r["modality"] for r in gold.T)
    modr = Counter(r["modality"] for r in gold.T if r["required"])
    for m in ["asserted", "reported", "hedged", "planned", "negated"]:
        print(f"  modality {m}: {mod[m]} / {modr[m]}")
    types = Counter(ents[n]["type"] for n in used)
    for ty in ["Person", "Country", "Organization", "City", "Region", "Facility", "Agreement"]:
        print(f"  type {ty}: {types[ty]}")
    for d in gold.DOCS:
        rows = [r for r in gold.T if d in r["docs"]]
        print(f"  {d}: {len(rows)} ({sum(1 for r in rows if r['required'])})")
    preds = Counter(r["p"] for r in gold.T)
    print("  predicates:", dict(preds.most_common()))


if __name__ == "__main__":
    main()
