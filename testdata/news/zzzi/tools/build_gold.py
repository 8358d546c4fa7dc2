#!/usr/bin/env python3
"""Check the gold of news set zzzi and write its files.

    python3 -B tools/build_gold.py              # check, then write the files
    python3 -B tools/build_gold.py --check      # check only
    python3 -B tools/build_gold.py --self-test  # break copies of the data, show each check fires

The gold lives as data in tools/gold_data.py; each row's note is generated from
its quoted spans, so checking the spans checks the notes. Written into the set
folder:

    entities.jsonl               {"name", "type", "aliases"}
    triples.jsonl                {"s", "p", "o", "docs", "modality", "time"?, "required",
                                  "alt_s"?, "alt_p"?, "alt_o"?, "note"}
    selfcheck_statements.jsonl   the gold as `kg export --format jsonl` statements,
                                 one per fact and document, the sentence as evidence

Checks (each error carries a code, listed in CHECKS):
  span-missing       a quoted span is not in the article text the extractor sees
                     (HTML boilerplate is not part of that text)
  unknown-doc        a row cites a document that is not in the corpus
  undeclared-entity  a row names an entity that entities.jsonl does not declare
  unused-entity      an entity is declared but no row uses it
  bad-type           an entity type is not one of SCHEMA.md's seven
  bad-predicate      a predicate (or alt_p) is not one of SCHEMA.md's 34
  bad-modality       a modality is not one of SCHEMA.md's five
  domain             a row's subject or object type is not allowed for its predicate
  bad-time           a time is not an ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD, or a decade YYY)
  duplicate          two rows are one scorer unit (same s, p, o and polarity, symmetric
                     predicates unordered, names through aliases)
  alias-collision    one spelling names two entities
  alias-not-in-text  an alias appears in no article
  count              rows not in 200-260, negated rows not in 20-25, an article without rows,
                     or an article outside 450-600 words
  predicate-missing  one of the 34 predicates has no row
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import textutil  # noqa: E402
import gold_data  # noqa: E402

TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
MODALITIES = {"asserted", "reported", "hedged", "planned", "negated"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT",
            "planned": "NONFACT", "negated": "NEG"}
SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with",
             "diplomatic_relations_with", "allied_with", "in_conflict_with",
             "borders", "signed_agreement_with", "trades_with"}

_ANY = None
_P, _C, _O, _CI, _R, _A, _F = ("Person", "Country", "Organization", "City", "Region",
                               "Agreement", "Facility")
# predicate -> (allowed subject types, allowed object types); None = any (SCHEMA.md)
DOMAIN = {
    "head_of": ({_P}, {_C, _O}),
    "works_for": ({_P}, {_P, _C, _O}),
    "member_of": ({_P, _C, _O}, {_O}),
    "citizen_of": ({_P}, {_C}),
    "lives_in": ({_P}, {_CI, _R, _C}),
    "based_in": ({_O, _F}, {_CI, _R, _C}),
    "located_in": ({_CI, _R, _C, _F}, {_R, _C, _CI}),
    "capital_of": ({_CI}, {_C, _R}),
    "borders": ({_C, _R}, {_C, _R}),
    "met_with": ({_P, _C, _O}, {_P, _C, _O}),
    "visited": ({_P, _O}, {_C, _CI, _R}),
    "negotiating_with": (_ANY, _ANY),
    "contacted": (_ANY, _ANY),
    "brokered": ({_C, _P, _O}, {_A}),
    "party_to": ({_C, _O}, {_A}),
    "signed_agreement_with": (_ANY, _ANY),
    "candidate_for": ({_C, _O}, {_A, _O}),
    "normalized_relations_with": (_ANY, _ANY),
    "diplomatic_relations_with": (_ANY, _ANY),
    "allied_with": (_ANY, _ANY),
    "recognizes": ({_C}, {_C}),
    "supported": (_ANY, _ANY),
    "criticized": (_ANY, _ANY),
    "threatened": (_ANY, _ANY),
    "sanctioned": (_ANY, _ANY),
    "in_conflict_with": (_ANY, _ANY),
    "attacked": (_ANY, _ANY),
    "killed": ({_P, _O}, {_P}),
    "took_control_of": ({_C, _O}, {_R, _CI, _F}),
    "blockaded": (_ANY, _ANY),
    "seceded_from": ({_R}, {_C}),
    "gained_independence_from": ({_C}, {_C}),
    "imports_from": ({_C}, {_C}),
    "trades_with": (_ANY, _ANY),
}
PREDICATES = set(DOMAIN)
assert len(PREDICATES) == 34

CHECKS = ["span-missing", "unknown-doc", "undeclared-entity", "unused-entity",
          "bad-type", "bad-predicate", "bad-modality", "domain", "bad-time", "duplicate",
          "alias-collision", "alias-not-in-text", "count", "predicate-missing"]

TIME_RE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    """The scorer's name normalisation (shared/tools/kgscore)."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def spans_of(row):
    """[(doc id, span)] in the order written."""
    out = []
    for d, v in row["quotes"].items():
        for s in ([v] if isinstance(v, str) else v):
            out.append((d, s))
    return out


def make_note(row):
    parts = []
    for d, v in row["quotes"].items():
        spans = [v] if isinstance(v, str) else v
        parts.append("zzzi%s: %s" % (d, " / ".join(json.dumps(s, ensure_ascii=False) for s in spans)))
    note = "; ".join(parts)
    if row.get("why"):
        note += " -- " + row["why"]
    return note


def load_texts(docs):
    texts, words = {}, {}
    for d, (fname, _, _) in docs.items():
        path = os.path.join(SET, "corpus", fname)
        if os.path.exists(path):
            texts[d] = textutil.article_text(path)
            words[d] = len(texts[d].split())
    return texts, words


def find_alias(alias, texts):
    pat = re.compile(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", re.IGNORECASE)
    return any(pat.search(t) for t in texts.values())


def check(docs, entities, rows, texts, words):
    """Return a list of (code, message)."""
    errs = []
    etype = {}
    for name, typ, aliases in entities:
        if name in etype:
            errs.append(("duplicate", "entity declared twice: %s" % name))
        etype[name] = typ
        if typ not in TYPES:
            errs.append(("bad-type", "%s has type %r" % (name, typ)))
    # aliases
    owner = {}
    for name, typ, aliases in entities:
        for a in [name] + list(aliases):
            k = norm(a)
            if k in owner and owner[k] != name:
                errs.append(("alias-collision", "%r names both %s and %s" % (a, owner[k], name)))
            owner.setdefault(k, name)
        for a in aliases:
            if not find_alias(a, texts):
                errs.append(("alias-not-in-text", "alias %r of %s is in no article" % (a, name)))
        if not any(find_alias(a, texts) for a in [name] + list(aliases)):
            errs.append(("alias-not-in-text", "no spelling of %s is in any article" % name))
    canon = lambda s: owner.get(norm(s), s)

    used = set()
    units = {}
    for i, r in enumerate(rows):
        tag = "row %d (%s %s %s)" % (i, r["s"], r["p"], r["o"])
        for p in [r["p"]] + list(r.get("alt_p", [])):
            if p not in PREDICATES:
                errs.append(("bad-predicate", "%s: predicate %r" % (tag, p)))
        if r["modality"] not in MODALITIES:
            errs.append(("bad-modality", "%s: modality %r" % (tag, r["modality"])))
        if not isinstance(r.get("required"), bool):
            errs.append(("bad-modality", "%s: required must be true or false" % tag))
        if r.get("time") is not None and not TIME_RE.match(str(r["time"])):
            errs.append(("bad-time", "%s: time %r" % (tag, r["time"])))
        for e in [r["s"], r["o"]] + list(r.get("alt_s", [])) + list(r.get("alt_o", [])):
            used.add(e)
            if e not in etype:
                errs.append(("undeclared-entity", "%s: %r is not declared" % (tag, e)))
        dom = DOMAIN.get(r["p"])
        if dom and r["s"] in etype and r["o"] in etype:
            st, ot = dom
            if st is not None and etype[r["s"]] not in st:
                errs.append(("domain", "%s: subject type %s" % (tag, etype[r["s"]])))
            if ot is not None and etype[r["o"]] not in ot:
                errs.append(("domain", "%s: object type %s" % (tag, etype[r["o"]])))
        if not r["quotes"]:
            errs.append(("span-missing", "%s: no quoted span" % tag))
        for d, span in spans_of(r):
            if d not in docs:
                errs.append(("unknown-doc", "%s: document %r" % (tag, d)))
                continue
            if d not in texts:
                errs.append(("unknown-doc", "%s: file of %r is missing" % (tag, d)))
                continue
            if span not in texts[d]:
                errs.append(("span-missing", "%s: zzzi%s lacks %r" % (tag, d, span)))
        s, o = canon(r["s"]), canon(r["o"])
        if r["p"] in SYMMETRIC and s > o:
            s, o = o, s
        u = (s, r["p"], o, POLARITY.get(r["modality"]))
        if u in units:
            errs.append(("duplicate", "%s repeats row %d" % (tag, units[u])))
        units.setdefault(u, i)
    for name in etype:
        if name not in used:
            errs.append(("unused-entity", "%s is declared but never used" % name))
    # counts
    n = len(rows)
    neg = sum(1 for r in rows if r["modality"] == "negated")
    if not 200 <= n <= 260:
        errs.append(("count", "%d rows, want 200-260" % n))
    if not 20 <= neg <= 25:
        errs.append(("count", "%d negated rows, want 20-25" % neg))
    cited = {d for r in rows for d in r["quotes"]}
    for d in docs:
        if d not in cited:
            errs.append(("count", "zzzi%s has no row" % d))
        if d in words and not 450 <= words[d] <= 600:
            errs.append(("count", "zzzi%s has %d words, want 450-600" % (d, words[d])))
    for p in sorted(PREDICATES - {r["p"] for r in rows}):
        errs.append(("predicate-missing", "no row uses %s" % p))
    return errs


def triple_json(r, docs):
    out = {"s": r["s"], "p": r["p"], "o": r["o"],
           "docs": [docs[d][0] for d in r["quotes"]],
           "modality": r["modality"]}
    if r.get("time"):
        out["time"] = r["time"]
    out["required"] = r["required"]
    for k in ("alt_s", "alt_p", "alt_o"):
        if r.get(k):
            out[k] = list(r[k])
    out["note"] = make_note(r)
    return out


def statements(rows, entities, docs, texts):
    etype = {n: t for n, t, _ in entities}
    out = []
    for r in rows:
        for d, v in r["quotes"].items():
            span = v if isinstance(v, str) else v[0]
            text = texts[d]
            i = text.index(span)
            s0, s1, sent = textutil.sentence_at(text, i, i + len(span))
            fname, published, title = docs[d]
            st = {"subject": r["s"], "subject_type": etype[r["s"]], "predicate": r["p"],
                  "object": r["o"], "object_type": etype[r["o"]], "modality": r["modality"],
                  "time": r.get("time") or "", "role": r.get("role") or "",
                  "confidence": 1.0, "source": "corpus/" + fname, "title": title,
                  "published": published, "sentence": sent, "start": s0, "end": s1,
                  "rule": "gold-selfcheck"}
            if r.get("commodity"):
                st["commodity"] = r["commodity"]
            out.append(st)
    return out


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def self_test(docs, entities, rows, texts, words):
    """Break copies of the data in known ways; each check must catch its break."""
    base = check(docs, entities, rows, texts, words)
    if base:
        print("the real data already fails; fix it first:")
        for c, m in base:
            print("  [%s] %s" % (c, m))
        return 1

    def with_rows(f):
        rs = copy.deepcopy(rows)
        f(rs)
        return docs, entities, rs

    def with_ents(f):
        es = copy.deepcopy(entities)
        f(es)
        return docs, es, rows

    def first(rs, p):
        return next(r for r in rs if r["p"] == p)

    def q07(rs):  # a related-links headline of zzzi07 (boilerplate) as evidence
        r = next(r for r in rs if "07" in r["quotes"])
        r["quotes"]["07"] = "Rwanda rejects UN report accusing it of commanding M23"

    cases = [
        ("span-missing", "a typo in a quoted span",
         with_rows(lambda rs: rs[0]["quotes"].update(
             {k: "Ugandan Presidnet Yoweri Museveni" for k in list(rs[0]["quotes"])[:1]}))),
        ("span-missing", "a span taken from the aside of related links (boilerplate)",
         with_rows(q07)),
        ("span-missing", "a span taken from the cookie banner (boilerplate)",
         with_rows(lambda rs: next(r for r in rs if "08" in r["quotes"])["quotes"].update(
             {"08": "This site uses cookies for analytics"}))),
        ("unknown-doc", "a row citing an article that does not exist",
         with_rows(lambda rs: rs[5]["quotes"].update({"09": "anything"}))),
        ("undeclared-entity", "a row naming an undeclared entity",
         with_rows(lambda rs: rs[3].update(o="Kenya"))),
        ("undeclared-entity", "an alternative naming an undeclared entity",
         with_rows(lambda rs: rs[3].update(alt_o=["William Ruto"]))),
        ("unused-entity", "an entity no row uses",
         with_ents(lambda es: es.append(("Kenya", "Country", [])))),
        ("bad-type", "an entity type outside SCHEMA.md",
         with_ents(lambda es: es.__setitem__(0, (es[0][0], "Politician", es[0][2])))),
        ("bad-predicate", "a predicate outside SCHEMA.md",
         with_rows(lambda rs: rs[0].update(p="president_of"))),
        ("bad-predicate", "an alt_p outside SCHEMA.md",
         with_rows(lambda rs: rs[0].update(alt_p=["leads"]))),
        ("bad-modality", "a modality outside SCHEMA.md",
         with_rows(lambda rs: rs[0].update(modality="alleged"))),
        ("domain", "capital_of with a Country subject",
         with_rows(lambda rs: first(rs, "capital_of").update(s="Burundi"))),
        ("domain", "killed with an Organization victim",
         with_rows(lambda rs: first(rs, "killed").update(o="M23"))),
        ("bad-time", "a time that is not an ISO prefix",
         with_rows(lambda rs: rs[0].update(time="March 2026"))),
        ("duplicate", "the same fact twice, once asserted and once reported",
         with_rows(lambda rs: rs.append(dict(copy.deepcopy(rs[0]), modality="reported")))),
        ("duplicate", "a symmetric fact written both ways round",
         with_rows(lambda rs: rs.append(dict(copy.deepcopy(first(rs, "borders")),
                                             s=first(rs, "borders")["o"],
                                             o=first(rs, "borders")["s"])))),
        ("duplicate", "the same fact twice under an alias",
         with_rows(lambda rs: rs.append(dict(copy.deepcopy(first(rs, "head_of")),
                                             s="Museveni")))),
        ("alias-collision", "one spelling for two entities",
         with_ents(lambda es: es.__setitem__(
             next(i for i, e in enumerate(es) if e[0] == "Rwanda"),
             ("Rwanda", "Country", ["Rwandan", "Kinshasa"])))),
        ("alias-not-in-text", "an alias that no article uses",
         with_ents(lambda es: es.__setitem__(0, (es[0][0], es[0][1], es[0][2] + ["M7"])))),
        ("count", "too few rows",
         with_rows(lambda rs: rs.__delitem__(slice(150, None)))),
        ("count", "too few negated rows",
         with_rows(lambda rs: [r.update(modality="asserted") for r in
                               [r for r in rs if r["modality"] == "negated"][:6]])),
        ("predicate-missing", "every killed row removed",
         with_rows(lambda rs: rs.__setitem__(slice(None), [r for r in rs if r["p"] != "killed"]))),
    ]
    failed = 0
    for code, what, (d, es, rs) in cases:
        errs = check(d, es, rs, texts, words)
        codes = {c for c, _ in errs}
        ok = code in codes
        failed += not ok
        shown = next((m for c, m in errs if c == code), "(not caught)")
        print("%-4s %-18s %-58s %s" % ("ok" if ok else "FAIL", code, what, shown[:110]))
    covered = {c for c, _, _ in cases}
    for c in CHECKS:
        if c not in covered:
            print("FAIL no self-test case for", c)
            failed += 1
    print("self-test:", "all checks caught their breaks" if not failed else "%d FAILED" % failed)
    return 1 if failed else 0


def summary(rows, entities):
    from collections import Counter
    etype = {n: t for n, t, _ in entities}
    print("rows %d, required %d, optional %d, negated %d" % (
        len(rows), sum(r["required"] for r in rows), sum(not r["required"] for r in rows),
        sum(r["modality"] == "negated" for r in rows)))
    print("modality:", dict(Counter(r["modality"] for r in rows)))
    print("per predicate:", dict(sorted(Counter(r["p"] for r in rows).items())))
    print("entities %d:" % len(entities), dict(Counter(etype.values())))
    print("docs per row:", dict(Counter(len(r["quotes"]) for r in rows)))
    print("rows per doc:", dict(sorted(Counter(d for r in rows for d in r["quotes"]).items())))


def main(argv):
    docs, entities, rows = gold_data.DOCS, gold_data.ENTITIES, gold_data.ROWS
    texts, words = load_texts(docs)
    if "--self-test" in argv:
        return self_test(docs, entities, rows, texts, words)
    errs = check(docs, entities, rows, texts, words)
    for c, m in errs:
        print("[%s] %s" % (c, m))
    if errs:
        print("%d errors; nothing written" % len(errs))
        return 1
    summary(rows, entities)
    if "--check" in argv:
        return 0
    write_jsonl(os.path.join(SET, "entities.jsonl"),
                [{"name": n, "type": t, "aliases": list(a)} for n, t, a in entities])
    write_jsonl(os.path.join(SET, "triples.jsonl"), [triple_json(r, docs) for r in rows])
    st = statements(rows, entities, docs, texts)
    write_jsonl(os.path.join(SET, "selfcheck_statements.jsonl"), st)
    print("wrote entities.jsonl (%d), triples.jsonl (%d), selfcheck_statements.jsonl (%d)"
          % (len(entities), len(rows), len(st)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
