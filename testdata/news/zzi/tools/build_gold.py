#!/usr/bin/env python3
"""Build and check the gold standard of news set zzi (stdlib only).

Usage: python3 tools/build_gold.py   (from anywhere)

Reads tools/gold_data.py (entities, rows with one evidence phrase per
document) and the corpus, checks everything, prints the errors and exits 1
on any error; otherwise writes entities.jsonl, triples.jsonl and
selfcheck_statements.jsonl (one statement per row and document, in the
`kg export --format jsonl` shape, rule "gold", confidence 1.0) and prints
the counts used in README.md.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import textclean                      # noqa: E402
from gold_data import DOCS, META, ENTITIES, ROWS, DEMONYMS   # noqa: E402

PREDICATES = """head_of works_for member_of citizen_of lives_in based_in located_in
capital_of borders met_with visited negotiating_with contacted brokered party_to
signed_agreement_with candidate_for normalized_relations_with
diplomatic_relations_with allied_with recognizes supported criticized threatened
sanctioned in_conflict_with attacked killed took_control_of blockaded
seceded_from gained_independence_from imports_from trades_with""".split()
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
P, C, O, CI, RG, AG, F = "Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"
ANY = TYPES
SIG = {  # predicate -> (subject types, object types), SCHEMA.md
    "head_of": ({P}, {C, O}),
    "works_for": ({P}, {P, C, O}),
    "member_of": ({P, C, O}, {O}),
    "citizen_of": ({P}, {C}),
    "lives_in": ({P}, {CI, RG, C}),
    "based_in": ({O, F}, {CI, RG, C}),
    "located_in": ({CI, RG, C, F}, {RG, C, CI}),
    "capital_of": ({CI}, {C, RG}),
    "borders": ({C, RG}, {C, RG}),
    "met_with": ({P, C, O}, {P, C, O}),
    "visited": ({P, O}, {C, CI, RG}),
    "brokered": ({C, P, O}, {AG}),
    "party_to": ({C, O}, {AG}),
    "candidate_for": ({C, O}, {AG, O}),
    "recognizes": ({C}, {C}),
    "killed": ({P, O}, {P}),
    "took_control_of": ({C, O}, {RG, CI, F}),
    "seceded_from": ({RG}, {C}),
    "gained_independence_from": ({C}, {C}),
    "imports_from": ({C}, {C}),
}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
TIME_RE = re.compile(r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?)$")


def norm(s):  # as in shared/tools/kgscore
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def occurs(form, text):
    """Whole-word occurrence; acronyms (all caps, <= 4 letters) case-sensitively."""
    flags = 0 if (form.isupper() and len(form) <= 4) or form in ("US",) else re.I
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, flags) is not None


def main():
    errors = []
    err = errors.append
    texts = {}
    for k, fn in DOCS.items():
        path = os.path.join(ROOT, "corpus", fn)
        if not os.path.exists(path):
            err(f"doc {k}: missing {path}")
            continue
        texts[k] = textclean.clean(path)
    if errors:
        print("\n".join(errors)); sys.exit(1)

    # ---- entities
    ent = {}
    alias_owner = {}
    for name, typ, aliases in ENTITIES:
        if name in ent:
            err(f"entity {name}: duplicate")
        if typ not in TYPES:
            err(f"entity {name}: bad type {typ}")
        ent[name] = (typ, aliases)
        for a in [name] + aliases:
            n = norm(a)
            if n in alias_owner and alias_owner[n] != name:
                err(f"alias {a!r} of {name} collides with {alias_owner[n]} under normalisation")
            elif n in alias_owner and a != name:
                err(f"alias {a!r} of {name} duplicates another form of the same entity")
            alias_owner[n] = name
        for a in aliases:
            if not any(occurs(a, t) for t in texts.values()):
                err(f"alias {a!r} of {name} occurs in no article")

    def forms(name):
        return [name] + ent[name][1] + DEMONYMS.get(name, [])

    def mentioned(name, k):
        return any(occurs(f, texts[k]) for f in forms(name))

    # ---- rows
    units = {}
    used = set()
    alt_units = []
    for i, r in enumerate(ROWS, 1):
        tag = f"row {i} ({r['s']} {r['p']} {r['o']} {r['modality']})"
        if r["p"] not in PREDICATES:
            err(f"{tag}: unknown predicate"); continue
        if r["modality"] not in MODALITIES:
            err(f"{tag}: bad modality")
        if not isinstance(r["required"], bool):
            err(f"{tag}: required must be bool")
        if r["time"] is not None and not TIME_RE.match(r["time"]):
            err(f"{tag}: bad time {r['time']!r}")
        for who in (r["s"], r["o"]):
            if who not in ent:
                err(f"{tag}: unknown entity {who!r}")
        for a in r["alt_s"] + r["alt_o"]:
            if a not in ent:
                err(f"{tag}: alt entity {a!r} is not an entity")
        for a in r["alt_p"]:
            if a not in PREDICATES:
                err(f"{tag}: alt predicate {a!r} unknown")
        if r["s"] not in ent or r["o"] not in ent:
            continue
        used.update([r["s"], r["o"]] + r["alt_s"] + r["alt_o"])
        st, ot = ent[r["s"]][0], ent[r["o"]][0]
        ss, os_ = SIG.get(r["p"], (ANY, ANY))
        if st not in ss or ot not in os_:
            err(f"{tag}: types {st} -> {ot} do not fit {r['p']}")
        if r["s"] == r["o"]:
            err(f"{tag}: subject equals object")
        if r["p"] in ("head_of", "works_for") and not r["role"]:
            err(f"{tag}: role missing")
        if r["p"] == "imports_from" and not r["commodity"]:
            err(f"{tag}: commodity missing")
        if not r["ev"]:
            err(f"{tag}: no documents")
        for k, phrase in r["ev"].items():
            if k not in texts:
                err(f"{tag}: unknown doc {k}"); continue
            if phrase not in texts[k]:
                err(f"{tag}: phrase not in {DOCS[k]}: {phrase!r}")
            for who in (r["s"], r["o"]):
                if not mentioned(who, k):
                    err(f"{tag}: {who} not mentioned in {DOCS[k]}")
        pol = POLARITY.get(r["modality"], "POS")

        def unit(s, p, o):
            s, o = norm(s), norm(o)
            if p in SYMMETRIC and s > o:
                s, o = o, s
            return (s, p, o, pol)
        u = unit(r["s"], r["p"], r["o"])
        if u in units:
            err(f"{tag}: shares scoring unit with row {units[u]}")
        units[u] = i
        for s in [r["s"]] + r["alt_s"]:
            for p in [r["p"]] + r["alt_p"]:
                for o in [r["o"]] + r["alt_o"]:
                    au = unit(s, p, o)
                    if au != u:
                        alt_units.append((au, i, tag))
    for au, i, tag in alt_units:
        if au in units and units[au] != i:
            err(f"{tag}: an alternative reading equals the main unit of row {units[au]}")
    for name in ent:
        if name not in used:
            err(f"entity {name}: used by no row")
    missing = [p for p in PREDICATES if p not in {r['p'] for r in ROWS}]
    if missing:
        err(f"predicates never used: {missing}")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)

    # ---- write
    with open(os.path.join(ROOT, "entities.jsonl"), "w", encoding="utf-8") as f:
        for name, typ, aliases in ENTITIES:
            f.write(json.dumps({"name": name, "type": typ, "aliases": aliases}, ensure_ascii=False) + "\n")
    spans = {k: textclean.sentences(t) for k, t in texts.items()}
    n_stmt = 0
    with open(os.path.join(ROOT, "triples.jsonl"), "w", encoding="utf-8") as ft, \
         open(os.path.join(ROOT, "selfcheck_statements.jsonl"), "w", encoding="utf-8") as fs:
        for r in ROWS:
            keys = sorted(r["ev"])
            first = r["ev"][keys[0]]
            note = f"'{first}'"
            if r["role"]:
                note += f"; role: {r['role']}"
            if r["commodity"]:
                note += f"; commodity: {r['commodity']}"
            if r["remark"]:
                note += f"; {r['remark']}"
            row = {"s": r["s"], "p": r["p"], "o": r["o"], "docs": [DOCS[k] for k in keys],
                   "modality": r["modality"]}
            if r["time"]:
                row["time"] = r["time"]
            row["required"] = r["required"]
            for a in ("alt_s", "alt_p", "alt_o"):
                if r[a]:
                    row[a] = r[a]
            row["note"] = note
            ft.write(json.dumps(row, ensure_ascii=False) + "\n")
            for k in keys:
                t = texts[k]
                a = t.index(r["ev"][k])
                b = a + len(r["ev"][k])
                over = [(s, e) for s, e in spans[k] if s < b and e > a]
                s0, e0 = (min(s for s, _ in over), max(e for _, e in over)) if over else (a, b)
                title, published, publisher = META[k]
                fs.write(json.dumps({
                    "subject": r["s"], "subject_type": ent[r["s"]][0],
                    "predicate": r["p"], "object": r["o"], "object_type": ent[r["o"]][0],
                    "modality": r["modality"], "time": r["time"] or "",
                    "role": r["role"] or "", "commodity": r["commodity"] or "",
                    "confidence": 1.0, "source": "corpus/" + DOCS[k], "title": title,
                    "publisher": publisher, "published": published,
                    "sentence": t[s0:e0], "start": s0, "end": e0, "rule": "gold"},
                    ensure_ascii=False) + "\n")
                n_stmt += 1

    # ---- counts for README
    req = sum(r["required"] for r in ROWS)
    print(f"rows={len(ROWS)} required={req} optional={len(ROWS) - req} statements={n_stmt}")
    print("entities by type:", dict(Counter(t for _, t, _ in ENTITIES)), "total", len(ENTITIES))
    pc = Counter(r["p"] for r in ROWS)
    print("predicates:", ", ".join(f"{p} {pc[p]}" for p in PREDICATES), f"({len(pc)} of 34)")
    mc = Counter(r["modality"] for r in ROWS)
    mreq = Counter(r["modality"] for r in ROWS if r["required"])
    print("modalities:", ", ".join(f"{m} {mc[m]} ({mreq[m]} required)" for m in
                                   ["asserted", "reported", "hedged", "planned", "negated"]))
    print("rows with time:", sum(1 for r in ROWS if r["time"]),
          " rows with several docs:", sum(1 for r in ROWS if len(r["ev"]) > 1))
    per_doc = defaultdict(lambda: [0, 0])
    for r in ROWS:
        for k in r["ev"]:
            per_doc[k][0] += 1
            per_doc[k][1] += r["required"]
    for k in sorted(DOCS):
        print(f"  {DOCS[k]}: facts {per_doc[k][0]} ({per_doc[k][1]} required), words {len(texts[k].split())}")


if __name__ == "__main__":
    main()
