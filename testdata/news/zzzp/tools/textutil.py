#!/usr/bin/env python3
"""Article loading and sentence splitting for the zzzp news set.

Usage: python3 -B tools/textutil.py [FILE ...]

With no arguments it reads every article in corpus/ (next to this tools/
folder). For each sentence of each article's body it prints

    FILE<TAB>START<TAB>END<TAB>SENTENCE

where START and END are character offsets into the body text as load()
returns it (end exclusive).

What "body" means here:

- Wire (.txt with a dateline, 01-03): everything after the title line and
  the blank line, dateline and "(Reporting by ...)" line included.
- Newspaper (.txt with "Published:" and "By" lines, 04-06): everything after
  the header block and the blank line that ends it.
- HTML (07-08): the <p> paragraphs inside <div class="article-body">, entities
  decoded, joined by blank lines. Cookie banner, navigation, breadcrumbs,
  figure captions, related links, newsletter box and footer are not body.

Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import datetime
import html
import html.parser
import os
import re

MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
WIRE_YEAR = 2025  # the brief: wire datelines carry no year; the set is Oct-Dec 2025

# Words that end with a period without ending a sentence.
ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rev",
    "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n",
    "a.m", "p.m", "e.g", "i.e", "approx", "govt", "dept",
}

_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


class _BodyParser(html.parser.HTMLParser):
    """Collects <p> text inside <div class="article-body">, <h1> and <time>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags: (tag, is_body_div)
        self.body_depth = None   # len(stack) where the body div opened
        self.in_p = False
        self.paras, self.cur = [], []
        self.h1, self.in_h1 = [], False
        self.date = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        is_body = tag == "div" and "article-body" in (a.get("class") or "").split()
        self.stack.append(tag)
        if is_body and self.body_depth is None:
            self.body_depth = len(self.stack)
        if tag == "p" and self.body_depth is not None:
            self.in_p, self.cur = True, []
        if tag == "h1":
            self.in_h1 = True
        if tag == "time" and a.get("datetime") and self.date is None:
            self.date = a["datetime"][:10]

    def handle_endtag(self, tag):
        if tag == "p" and self.in_p:
            self.paras.append(re.sub(r"[ \t\r\n]+", " ", "".join(self.cur)).strip())
            self.in_p = False
        if tag == "h1":
            self.in_h1 = False
        while self.stack:
            t = self.stack.pop()
            if self.body_depth is not None and len(self.stack) < self.body_depth:
                self.body_depth = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.h1.append(data)


def load(path):
    """Return {"file", "title", "published", "body", "style"} for an article."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if name.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        p.close()
        body = "\n\n".join(x for x in p.paras if x)
        # convert_charrefs already decoded entities; decode any leftovers
        body = html.unescape(body).replace("\u00a0", " ")
        return {"file": name, "title": " ".join("".join(p.h1).split()),
                "published": p.date, "body": body, "style": "html"}
    lines = raw.split("\n")
    title = lines[0].strip()
    if len(lines) > 1 and lines[1].startswith("Published:"):
        published = lines[1].split(":", 1)[1].strip()
        i = 2
        while i < len(lines) and lines[i].strip():
            i += 1
        body = "\n".join(lines[i + 1:]).strip("\n")
        return {"file": name, "title": title, "published": published,
                "body": body, "style": "newspaper"}
    body = "\n".join(lines[2:]).strip("\n")
    m = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(", body)
    published = None
    if m:
        published = datetime.date(WIRE_YEAR, MONTHS[m.group(1)], int(m.group(2))).isoformat()
    return {"file": name, "title": title, "published": published, "body": body,
            "style": "wire"}


def _is_abbreviation(text, dot):
    """True if the period at text[dot] ends an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[j].isupper()  # an initial such as "J."


def sentences(body):
    """Yield (start, end, sentence) over body; newlines always end a sentence."""
    pos = 0
    for line in body.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in _BOUNDARY.finditer(line):
            if _is_abbreviation(line, m.start()):
                continue
            e = m.end()
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                yield (start_line + s + lead, start_line + e, seg.strip())
            s = e
        seg = line[s:]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            yield (start_line + s + lead, start_line + s + lead + len(seg.strip()), seg.strip())


def corpus_files(root):
    d = os.path.join(root, "corpus")
    return [os.path.join(d, f) for f in sorted(os.listdir(d))
            if f.endswith((".txt", ".html"))]


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = argv[1:] or corpus_files(root)
    for path in files:
        doc = load(path)
        for st, en, sent in sentences(doc["body"]):
            assert doc["body"][st:en] == sent, (path, st, en)
            print(f"{doc['file']}\t{st}\t{en}\t{sent}")


if __name__ == "__main__":
    main(sys.argv)
