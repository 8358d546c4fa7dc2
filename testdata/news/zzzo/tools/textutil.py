#!/usr/bin/env python3
"""Article bodies and sentences for the zzzo news set.

Usage: python3 -B tools/textutil.py [CORPUS_DIR]   (default: corpus/ next to tools/)

Prints one line per sentence of each article body:
    FILE<TAB>START<TAB>END<TAB>SENTENCE
START and END are character offsets into the cleaned body text that
body() returns (END exclusive), so body[START:END] == SENTENCE.

What counts as the body ("cleaned text"):
  * wire copy (01-03): every line after the title line and the blank line,
    up to but not including the closing "(Reporting by ...)" credit line;
  * newspaper copy (04-06): every line after the first blank line that
    follows the "Published:" and "By" lines;
  * HTML (07-08): the text of the <p> elements inside
    <div class="article-body">, entities decoded; everything else on the
    page (banner, nav, breadcrumbs, h1, figure caption, aside, newsletter,
    footer) is page furniture and not body.
Paragraphs are joined with one blank line; inside a paragraph runs of
whitespace (including no-break spaces) become one space.

Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import html
import os
import re
from html.parser import HTMLParser

ABBREV = {"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
          "mr", "mrs", "ms", "dr", "st", "gen", "cpl", "lt", "col", "sgt", "no",
          "u.s", "u.k", "u.n", "a.m", "p.m", "mt", "vs", "corp", "inc", "co"}

BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\u00c0-\u024f])")


def _norm_par(p):
    return re.sub(r"\s+", " ", p.replace("\u00a0", " ")).strip()


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div depth inside article-body, 0 = outside
        self.in_p = False
        self.pars = []
        self.buf = []
        self.title = ""
        self.published = ""
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.buf = True, []
        elif tag == "time" and not self.published:
            self.published = a.get("datetime", "")
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.pars.append(_norm_par("".join(self.buf)))
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)
        if self._in_h1:
            self.title += data


def parse(path):
    """Return dict(title, published, body) for one article file."""
    raw = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    if name.endswith(".html"):
        bp = _BodyParser()
        bp.feed(raw)
        body = "\n\n".join(p for p in bp.pars if p)
        return {"title": _norm_par(bp.title), "published": bp.published, "body": body}
    lines = raw.split("\n")
    title = lines[0].strip()
    if len(lines) > 1 and lines[1].startswith("Published:"):
        published = lines[1].split(":", 1)[1].strip()
        i = 2
        while lines[i].strip():
            i += 1
        rest = lines[i + 1:]
    else:
        rest = lines[2:]
        m = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(", rest[0])
        months = {"Oct": 10, "Nov": 11, "Dec": 12, "Sep": 9, "Jan": 1}
        published = "2025-%02d-%02d" % (months[m.group(1)], int(m.group(2))) if m else ""
        rest = [ln for ln in rest if not ln.startswith("(Reporting by")]
    pars, cur = [], []
    for ln in rest:
        if ln.strip():
            cur.append(ln)
        elif cur:
            pars.append(_norm_par(" ".join(cur)))
            cur = []
    if cur:
        pars.append(_norm_par(" ".join(cur)))
    return {"title": title, "published": published, "body": "\n\n".join(pars)}


def body(path):
    return parse(path)["body"]


def sentences(text):
    """Yield (start, end) spans of the sentences of a cleaned body."""
    pos = 0
    for par in text.split("\n\n"):
        start = pos
        cur = start
        for m in BOUNDARY.finditer(par):
            head = par[:m.start()]
            word = re.split(r"[\s(\"'\u201c]", head)[-1].lower()
            if word in ABBREV or re.fullmatch(r"[a-z]", word):
                continue
            end = pos + m.start() + len(m.group(0).rstrip())
            yield cur, end
            cur = pos + m.end()
        if cur < pos + len(par):
            yield cur, pos + len(par)
        pos += len(par) + 2


def corpus_files(corpus_dir):
    return sorted(f for f in os.listdir(corpus_dir) if f.endswith((".txt", ".html")))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "corpus")
    for f in corpus_files(corpus_dir):
        text = body(os.path.join(corpus_dir, f))
        for s, e in sentences(text):
            print("%s\t%d\t%d\t%s" % (f, s, e, text[s:e]))


if __name__ == "__main__":
    main()
