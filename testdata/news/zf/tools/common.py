"""Shared helpers for the zf gold tools: cleaned document text and name normalisation."""
import html
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

SYMMETRIC = {"met_with", "negotiating_with", "normalized_relations_with", "diplomatic_relations_with",
             "allied_with", "in_conflict_with", "borders", "signed_agreement_with", "trades_with"}
POLARITY = {"asserted": "POS", "reported": "POS", "hedged": "NONFACT", "planned": "NONFACT", "negated": "NEG"}
PREDICATES = {"head_of", "works_for", "member_of", "citizen_of", "lives_in", "based_in", "located_in", "capital_of",
              "borders", "met_with", "visited", "negotiating_with", "contacted", "brokered", "party_to",
              "signed_agreement_with", "candidate_for", "normalized_relations_with", "diplomatic_relations_with",
              "allied_with", "recognizes", "supported", "criticized", "threatened", "sanctioned", "in_conflict_with",
              "attacked", "killed", "took_control_of", "blockaded", "seceded_from", "gained_independence_from",
              "imports_from", "trades_with"}
TYPES = {"Person", "Country", "Organization", "City", "Region", "Agreement", "Facility"}
ACTORS = {"Person", "Country", "Organization"}
PLACES = {"City", "Region", "Country"}
# subject types, object types (None = any) from SCHEMA.md
DOMAIN = {
    "head_of": ({"Person"}, {"Country", "Organization"}),
    "works_for": ({"Person"}, {"Person", "Country", "Organization"}),
    "member_of": ({"Person", "Country", "Organization"}, {"Organization"}),
    "citizen_of": ({"Person"}, {"Country"}),
    "lives_in": ({"Person"}, PLACES),
    "based_in": ({"Organization", "Facility"}, PLACES),
    "located_in": ({"City", "Region", "Country", "Facility"}, {"Region", "Country", "City"}),
    "capital_of": ({"City"}, {"Country", "Region"}),
    "borders": ({"Country", "Region"}, {"Country", "Region"}),
    "met_with": (ACTORS, ACTORS),
    "visited": ({"Person", "Organization"}, PLACES),
    "brokered": (ACTORS, {"Agreement"}),
    "party_to": ({"Country", "Organization"}, {"Agreement"}),
    "candidate_for": ({"Country", "Organization"}, {"Agreement", "Organization"}),
    "recognizes": ({"Country"}, {"Country"}),
    "killed": ({"Person", "Organization"}, {"Person"}),
    "took_control_of": ({"Country", "Organization"}, {"Region", "City", "Facility"}),
    "seceded_from": ({"Region"}, {"Country"}),
    "gained_independence_from": ({"Country"}, {"Country"}),
    "imports_from": ({"Country", "Organization"}, {"Country", "Organization"}),
}


def norm(s):
    """The scorer's normalisation (shared/tools/kgscore)."""
    s = (s or "").strip().lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[\u2019']s$", "", s)
    return re.sub(r"\s+", " ", s)


def doc_files():
    return sorted(f for f in os.listdir(CORPUS) if f.startswith("zf"))


def doc_name(short):
    m = [f for f in doc_files() if f.startswith(short + "_")]
    assert len(m) == 1, short
    return m[0]


def cleaned_text(fname):
    """Text that is gold: the whole .txt file; for .html only the <article> (headline, body, caption)."""
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    if fname.endswith(".html"):
        m = re.search(r"<article\b.*?</article>", raw, re.S)
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", m.group(0), flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return re.sub(r"\s+", " ", raw)
