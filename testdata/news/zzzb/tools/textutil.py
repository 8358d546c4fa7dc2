"""Cleaned text of the zzzb articles, the way the gold is annotated.

Only the cleaned body is annotated:

- .txt: everything after the first blank line (for wire copy that is the
  dateline, the paragraphs and the credit line; for newspaper pieces the
  paragraphs after the Published and By lines);
- .html: only the <p> paragraphs inside <div class="article-body">, tags
  removed, entities unescaped, joined by a blank line. Cookie banner,
  navigation, breadcrumbs, figure caption, the aside of related headlines,
  newsletter box and footer are not part of it.

Sentences: split on line breaks first, then after . ! ? (optionally followed
by a closing quote or bracket) when the next character starts a sentence and
the word before the stop is not an abbreviation (Jan., Aug., U.S., Mr. ...).

Dates: the <time datetime> of a page, the Published line of a newspaper piece,
or for wire copy the dateline's month and day with the year the body states
(the latest year named in a sentence that does not look ahead: no will,
would, due to, expected, plan, next, by/before the end of).

Standard library only. Run as a script to print the metadata of files:
    python3 -B tools/textutil.py corpus/*
"""
import html
import os
import re
import sys

MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "no", "u.s", "u.n",
          "u.k", "e.g", "i.e", "vs", "km"}
FUTURE = re.compile(r"\b(will|would|due to|expected|plans?|next|by the end of|before the end of)\b", re.I)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \([^)]+\) - ")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _html_body(raw):
    m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
    if not m:
        raise ValueError("no article-body div")
    paras = []
    for p in re.findall(r"<p\b[^>]*>(.*?)</p>", m.group(1), re.S):
        t = html.unescape(re.sub(r"<[^>]+>", "", p))
        paras.append(re.sub(r"\s+", " ", t).strip())
    return "\n\n".join(p for p in paras if p)


def clean(path):
    """The annotated text of one article."""
    raw = read(path)
    if path.endswith(".html"):
        return _html_body(raw)
    head, sep, body = raw.partition("\n\n")
    if not sep:
        raise ValueError(f"{path}: no blank line")
    return body.strip("\n")


def sentences(text):
    """[(start, end)] character spans of the sentences of a cleaned text."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(0), m.start()
        start = 0
        for b in re.finditer(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])", line):
            word = re.search(r"([\w.]+)\.?$", line[start:b.start() + 1])
            w = (word.group(1) if word else "").lower().rstrip(".")
            if line[b.start()] == "." and (w in ABBREV or re.fullmatch(r"[a-z]", w)):
                continue
            end = b.end()
            seg = line[start:end]
            lead = len(seg) - len(seg.lstrip())
            spans.append((base + start + lead, base + end))
            start = end
        seg = line[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((base + start + lead, base + len(line.rstrip())))
    return spans


def title(path):
    raw = read(path)
    if path.endswith(".html"):
        m = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
    return raw.split("\n", 1)[0].strip()


def style(path):
    if path.endswith(".html"):
        return "html"
    raw = read(path)
    return "newspaper" if "\nPublished: " in raw.split("\n\n", 1)[0] else "wire"


def stated_year(text):
    best = None
    for s, e in sentences(text):
        sent = text[s:e]
        if FUTURE.search(sent):
            continue
        for y in re.findall(r"\b(19\d\d|20\d\d)\b", sent):
            best = max(best or 0, int(y))
    return best


def date(path):
    """The stated date, YYYY-MM-DD."""
    raw = read(path)
    if path.endswith(".html"):
        return re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})"', raw).group(1)
    m = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", raw, re.M)
    if m:
        return m.group(1)
    body = clean(path)
    d = DATELINE.match(body)
    if not d:
        raise ValueError(f"{path}: no dateline")
    year = stated_year(body)
    return f"{year:04d}-{MONTHS[d.group(1)]:02d}-{int(d.group(2)):02d}"


def word_count(path):
    return len(clean(path).split())


def meta(path):
    return {"file": os.path.basename(path), "title": title(path), "date": date(path),
            "style": style(path), "words": word_count(path),
            "sentences": len(sentences(clean(path)))}


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(meta(p))
