#!/usr/bin/env python3
"""Build and check the gold of set zzzn.

Usage:
  python3 -B build_gold.py              check gold_data.py, write the three files
  python3 -B build_gold.py --check      check only, write nothing
  python3 -B build_gold.py --self-test  feed deliberately bad rows; each must be rejected

Reads gold_data.py (beside this script), the articles in ../corpus and
/work/shared/SCHEMA.md (entity types, predicates with their subject/object
types, modalities). Writes into the set folder (..):

  entities.jsonl               {"name", "type", "aliases"}
  triples.jsonl                {"s","p","o","docs","modality","time"?,"required",
                                "alt_s"?,"alt_p"?,"alt_o"?,"role"?,"commodity"?,"note"}
  selfcheck_statements.jsonl   what a perfect extractor would export (DESIGN.md
                               statements contract), one statement per fact and document

Checks on every row: the entities exist and are typed as SCHEMA.md allows for
the predicate (alternatives too); predicate and modality are SCHEMA.md names;
the evidence phrase occurs in the body text of each named document and lies
inside one sentence; every entity of the row is mentioned (name, alias or
mention form) in every document listed; time is an ISO 8601 prefix (or a
decade of three digits) that is a real date; no two rows are the same unit
(subject, predicate, object, polarity; symmetric predicates unordered, names
through aliases) and no alternative reading of a row is another row's unit;
no alias (as the scorer normalises it) belongs to two entities.
"""
import copy
import datetime
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
CORPUS = os.path.join(SET_DIR, "corpus")
SCHEMA = "/work/shared/SCHEMA.md"

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import textutil  # noqa: E402

POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}


class GoldError(Exception):
    pass


# ---------------------------------------------------------------- schema
def read_schema(path=SCHEMA):
    """Return (types, predicates{name: (subj_types|None, obj_types|None, symmetric)}, modalities)."""
    text = open(path, encoding="utf-8").read()
    sec = {}
    cur = None
    for line in text.split("\n"):
        if line.startswith("## "):
            cur = line[3:].strip().lower()
            sec[cur] = []
        elif cur and line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            sec[cur].append(cells)
    types = {c[0] for c in sec["entity types"] if c[0] not in ("type",) and not set(c[0]) <= set("-")}
    preds = {}
    for c in sec["predicates"]:
        name, sig = c[0], c[1]
        if name in ("predicate",) or set(name) <= set("-"):
            continue
        sym = "↔" in sig
        arrow = "↔" if sym else "→"
        left, _, right = sig.partition(arrow)
        subj = {t.strip() for t in left.split(",") if t.strip()} or None
        right = right.strip()
        if right == "same":
            obj = subj
        else:
            obj = {t.strip() for t in right.split(",") if t.strip()} or None
        preds[name] = (subj, obj, sym)
    sym_line = re.search(r"Symmetric: ([a-z_, \n]+)\.", text)
    if sym_line:
        for name in re.split(r"[,\s]+", sym_line.group(1).strip()):
            if name in preds:
                s, o, _ = preds[name]
                preds[name] = (s, o, True)
    mods = {c[0] for c in sec["modality: how the source holds a claim"]
            if c[0] not in ("modality",) and not set(c[0]) <= set("-")}
    return types, preds, mods


# ---------------------------------------------------------------- helpers
def norm(s):
    """The scorer's name normalisation."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


def flat(s):
    """One-for-one character normalisation, so offsets survive."""
    return s.translate(_QUOTES)


def valid_time(t):
    if not isinstance(t, str):
        return False
    if re.fullmatch(r"\d{3}", t):
        return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", t)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def load_docs(keys_to_files):
    docs = {}
    for key, fname in keys_to_files.items():
        path = os.path.join(CORPUS, fname)
        if not os.path.exists(path):
            raise GoldError(f"document {key}: {fname} not found in corpus/")
        body, meta = textutil.load(path)
        docs[key] = {"file": fname, "body": body, "flat": flat(body).lower(),
                     "meta": meta, "sents": list(textutil.sentences(body))}
    return docs


def mentioned(ent, doc):
    text = doc["flat"]
    for form in [ent["name"]] + ent["aliases"] + ent["mentions"]:
        f = flat(form).lower()
        if re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", text):
            return True
    return False


# ---------------------------------------------------------------- the checks
def check(entities, facts, doc_files, schema):
    """Validate; return (entity dicts, rows). Raises GoldError listing every problem."""
    types, preds, mods = schema
    errs = []
    ents = {}
    alias_owner = {}
    for e in entities:
        name, typ, aliases, mentions = e
        if name in ents:
            errs.append(f"entity {name!r} defined twice")
        if typ not in types:
            errs.append(f"entity {name!r}: type {typ!r} is not in SCHEMA.md")
        ents[name] = {"name": name, "type": typ, "aliases": list(aliases), "mentions": list(mentions)}
        for a in [name] + list(aliases):
            k = norm(a)
            if k in alias_owner and alias_owner[k] != name:
                errs.append(f"alias collision: {a!r} names both {alias_owner[k]!r} and {name!r}")
            alias_owner.setdefault(k, name)
    try:
        docs = load_docs(doc_files)
    except GoldError as ex:
        raise GoldError(str(ex))

    def canon(x):
        return alias_owner.get(norm(x), x)

    def unit(s, p, o, pol):
        s, o = canon(s), canon(o)
        if p in preds and preds[p][2] and s > o:
            s, o = o, s
        return (s, p, o, pol)

    mains = {}
    rows = []
    for i, f in enumerate(facts):
        where = f"row {i + 1} ({f.get('s')} {f.get('p')} {f.get('o')}, {f.get('modality')})"
        bad = []
        p, mod = f.get("p"), f.get("modality")
        if p not in preds:
            bad.append(f"predicate {p!r} is not in SCHEMA.md")
        for alt in f.get("alt_p", []):
            if alt not in preds:
                bad.append(f"alt_p {alt!r} is not in SCHEMA.md")
        if mod not in mods or mod not in POLARITY:
            bad.append(f"modality {mod!r} is not in SCHEMA.md")
        for role_, names, plist in (("subject", [f.get("s")] + f.get("alt_s", []), [p] + f.get("alt_p", [])),
                                    ("object", [f.get("o")] + f.get("alt_o", []), [p] + f.get("alt_p", []))):
            for nm in names:
                if nm not in ents:
                    bad.append(f"{role_} {nm!r} is not a defined entity")
                    continue
                for pp in plist:
                    if pp not in preds:
                        continue
                    allowed = preds[pp][0] if role_ == "subject" else preds[pp][1]
                    if allowed and ents[nm]["type"] not in allowed:
                        bad.append(f"{role_} {nm!r} is a {ents[nm]['type']}; {pp} takes {sorted(allowed)}")
        if f.get("s") == f.get("o"):
            bad.append("subject and object are the same entity")
        t = f.get("time")
        if t is not None and not valid_time(t):
            bad.append(f"time {t!r} is not an ISO 8601 prefix or a decade")
        ev = f.get("ev") or {}
        if not ev:
            bad.append("no evidence")
        sentences = {}
        for key, phrase in ev.items():
            if key not in docs:
                bad.append(f"document key {key!r} unknown")
                continue
            d = docs[key]
            idx = d["flat"].find(flat(phrase).lower())
            if idx < 0:
                bad.append(f"phrase not in {d['file']}: {phrase!r}")
                continue
            end = idx + len(phrase)
            sent = [s for s in d["sents"] if s[0] <= idx and end <= s[1]]
            if not sent:
                bad.append(f"phrase crosses a sentence boundary in {d['file']}: {phrase!r}")
                continue
            sentences[key] = sent[0]
            for nm in {f.get("s"), f.get("o")}:
                if nm in ents and not mentioned(ents[nm], d):
                    bad.append(f"entity {nm!r} is not mentioned in {d['file']}")
        if not bad and mod in POLARITY:
            pol = POLARITY[mod]
            main = unit(f["s"], p, f["o"], pol)
            if main in mains:
                bad.append(f"duplicate of row {mains[main] + 1}: {main}")
            else:
                mains[main] = i
        if bad:
            errs.extend(f"{where}: {b}" for b in bad)
        rows.append((f, sentences))
    # alternative readings must not be another row's unit
    if not errs:
        for i, (f, _) in enumerate(rows):
            pol = POLARITY[f["modality"]]
            own = unit(f["s"], f["p"], f["o"], pol)
            for s in [f["s"]] + f.get("alt_s", []):
                for p in [f["p"]] + f.get("alt_p", []):
                    for o in [f["o"]] + f.get("alt_o", []):
                        u = unit(s, p, o, pol)
                        if u != own and u in mains:
                            errs.append(f"row {i + 1}: alternative reading {u} is row {mains[u] + 1}")
    if errs:
        raise GoldError("\n".join(errs))
    return ents, rows, docs


# ---------------------------------------------------------------- output
def build(entities, facts, doc_files, write=True):
    schema = read_schema()
    ents, rows, docs = check(entities, facts, doc_files, schema)
    ent_lines = [json.dumps({"name": e["name"], "type": e["type"], "aliases": e["aliases"]}, ensure_ascii=False)
                 for e in ents.values()]
    tri_lines, st_lines = [], []
    for f, sentences in rows:
        keys = sorted(f["ev"])
        row = {"s": f["s"], "p": f["p"], "o": f["o"], "docs": [docs[k]["file"] for k in keys],
               "modality": f["modality"]}
        if f.get("time"):
            row["time"] = f["time"]
        row["required"] = bool(f.get("required", True))
        for k in ("alt_s", "alt_p", "alt_o"):
            if f.get(k):
                row[k] = f[k]
        if f.get("role"):
            row["role"] = f["role"]
        if f.get("commodity"):
            row["commodity"] = f["commodity"]
        note = " | ".join(f"zzzn{k}: '{f['ev'][k]}'" for k in keys)
        if f.get("why"):
            note += f" ({f['why']})"
        row["note"] = note
        tri_lines.append(json.dumps(row, ensure_ascii=False))
        for k in keys:
            d = docs[k]
            s0, s1, stext = sentences[k]
            st_lines.append(json.dumps({
                "subject": f["s"], "subject_type": ents[f["s"]]["type"], "predicate": f["p"],
                "object": f["o"], "object_type": ents[f["o"]]["type"], "modality": f["modality"],
                "time": f.get("time") or "", "role": f.get("role") or "", "confidence": 1.0,
                "source": "corpus/" + d["file"], "title": d["meta"]["title"],
                "published": d["meta"]["published"], "sentence": stext, "start": s0, "end": s1,
                "rule": "gold"}, ensure_ascii=False))
    if write:
        for name, lines in (("entities.jsonl", ent_lines), ("triples.jsonl", tri_lines),
                            ("selfcheck_statements.jsonl", st_lines)):
            with open(os.path.join(SET_DIR, name), "w", encoding="utf-8") as out:
                out.write("\n".join(lines) + "\n")
    return ents, rows, len(st_lines)


def load_data():
    spec = importlib.util.spec_from_file_location("gold_data", os.path.join(HERE, "gold_data.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def summary(rows, ents):
    from collections import Counter
    by_p, by_m, by_doc = Counter(), Counter(), Counter()
    timed = req = 0
    for f, _ in rows:
        by_p[f["p"]] += 1
        by_m[f["modality"]] += 1
        timed += bool(f.get("time"))
        req += bool(f.get("required", True))
        for k in f["ev"]:
            by_doc["zzzn" + k] += 1
    print(f"entities {len(ents)}  facts {len(rows)}  required {req}  timed {timed}")
    print("modality:", dict(sorted(by_m.items())))
    print("per doc:", dict(sorted(by_doc.items())))
    print("predicates (%d):" % len(by_p), dict(sorted(by_p.items())))


# ---------------------------------------------------------------- self-test
def self_test():
    data = load_data()
    base_e, base_f = data.ENTITIES, data.FACTS

    def fact(**kw):
        f = dict(s="Nepal", p="borders", o="India", modality="asserted",
                 ev={"01": "Nepal, which borders India on three sides"}, time=None, required=True,
                 alt_s=[], alt_p=[], alt_o=[], role=None, commodity=None, why=None)
        f.update(kw)
        return f

    cases = [
        ("phrase not in the document", [], [fact(p="trades_with", ev={"01": "Nepal trades with India"})], "phrase not in"),
        ("phrase in another document only", [], [fact(p="trades_with", ev={"02": "Nepal, which borders India"})], "phrase not in"),
        ("entity not mentioned in a listed document", [],
         [fact(s="Bhutan", p="trades_with", o="Austria", ev={"01": "Nepal has no border with Bangladesh"})], "not mentioned"),
        ("unknown predicate", [], [fact(p="neighbours")], "not in SCHEMA.md"),
        ("unknown modality", [], [fact(p="trades_with", modality="rumoured")], "modality"),
        ("unknown entity", [], [fact(s="Atlantis", p="trades_with")], "not a defined entity"),
        ("entity type not allowed by the predicate", [], [fact(p="capital_of")], "takes"),
        ("bad entity type", [("Mount Everest", "Mountain", [], [])], [], "type 'Mountain'"),
        ("duplicate row", [], [fact()], "duplicate"),
        ("duplicate of a symmetric row written the other way round", [],
         [fact(s="India", o="Nepal", ev={"01": "Nepal, which borders India"})], "duplicate"),
        ("alias instead of the canonical name (would hide a duplicate)", [],
         [fact(o="New Delhi", ev={"01": "Nepal, which borders India"})], "not a defined entity"),
        ("reported duplicates asserted (same polarity)", [], [fact(modality="reported")], "duplicate"),
        ("alias collision", [("Kathmandu Valley", "Region", ["Kathmandu"], [])], [], "alias collision"),
        ("time not ISO", [], [fact(p="trades_with", time="Nov 2025")], "time"),
        ("time not a real date", [], [fact(p="trades_with", time="2025-02-30")], "time"),
        ("unknown document key", [], [fact(p="trades_with", ev={"09": "Nepal"})], "unknown"),
        ("phrase crossing sentences", [],
         [fact(p="trades_with", ev={"01": "Nepal has no border with Bangladesh. Nepal, which"})], "sentence boundary"),
        ("alternative reading is another row", [],
         [fact(p="trades_with", alt_p=["borders"])], "alternative reading"),
        ("no evidence", [], [fact(p="trades_with", ev={})], "no evidence"),
        ("subject equals object", [], [fact(o="Nepal", p="trades_with")], "same entity"),
    ]
    schema = read_schema()
    ok = True
    for name, extra_e, extra_f, expect in cases:
        ents = list(base_e) + extra_e
        facts = copy.deepcopy(base_f) + extra_f
        try:
            check(ents, facts, data.DOCS, schema)
        except GoldError as ex:
            msg = str(ex)
            hit = expect in msg
            first = [l for l in msg.split("\n") if expect in l][:1] or msg.split("\n")[:1]
            print(f"{'rejected' if hit else 'WRONG REASON'}: {name}\n    {first[0]}")
            ok &= hit
            continue
        print(f"ACCEPTED (bad!): {name}")
        ok = False
    # the real data must pass
    try:
        check(base_e, copy.deepcopy(base_f), data.DOCS, schema)
        print("accepted: the real gold data")
    except GoldError as ex:
        print("REJECTED: the real gold data\n" + str(ex))
        ok = False
    print("self-test", "passed" if ok else "FAILED")
    return ok


def main(argv):
    if "--self-test" in argv:
        return 0 if self_test() else 1
    data = load_data()
    try:
        ents, rows, n_st = build(data.ENTITIES, data.FACTS, data.DOCS, write="--check" not in argv)
    except GoldError as ex:
        print("gold rejected:\n" + str(ex))
        return 1
    summary(rows, ents)
    print(f"statements {n_st}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
