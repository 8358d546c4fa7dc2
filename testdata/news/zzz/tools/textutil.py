#!/usr/bin/env python3
"""Body extraction and sentence splitting for the zzz news set.

Three styles:

  wire       headline, blank line, a body whose first line starts
             "CITY, Mon DD (Agency) - ", and a closing "Reporting by ..." credit.
             The body runs from the dateline line to the line before the credit.
  newspaper  title line, "Published: YYYY-MM-DD", "By ...", blank line, body.
             The body is everything after the By line.
  html       the <p> paragraphs inside <div class="article-body">, joined by
             blank lines; title from <h1>, date from <time datetime>.

Offsets are character offsets into the extracted body (a Python str).

Usage: python3 -B tools/textutil.py corpus/*   prints every body sentence as
FILE<TAB>START<TAB>END<TAB>SENTENCE.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

DATELINE = re.compile(r"^[A-Z][A-Z .'\-]+, [A-Z][a-z]{2,4}\.? \d{1,2} \([^)]+\) - ")

# Tokens ending in a period that do not end a sentence.
ABBREVIATIONS = {
    "U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
    "Col.", "Sen.", "Rep.", "St.", "No.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.",
    "e.g.", "i.e.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "approx.",
}


class Doc:
    """One article: its style, title, publication date and body text."""

    def __init__(self, path, style, title, published, body):
        self.path = path
        self.name = os.path.basename(path)
        self.style = style
        self.title = title
        self.published = published
        self.body = body

    def sentences(self):
        return split_sentences(self.body)


def style_of(path, text):
    if path.endswith((".html", ".htm")):
        return "html"
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published:"):
        return "newspaper"
    return "wire"


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    style = style_of(path, text)
    if style == "wire":
        return _wire(path, text)
    if style == "newspaper":
        return _newspaper(path, text)
    return _html(path, text)


def _wire(path, text):
    lines = text.split("\n")
    title = lines[0].strip()
    start = next(i for i, l in enumerate(lines) if DATELINE.match(l))
    end = max(i for i, l in enumerate(lines) if l.startswith("Reporting by"))
    body = "\n".join(lines[start:end]).strip("\n")
    return Doc(path, "wire", title, "", body)


def _newspaper(path, text):
    lines = text.split("\n")
    title = lines[0].strip()
    published = lines[1].split(":", 1)[1].strip()
    by = next(i for i, l in enumerate(lines) if l.startswith("By "))
    body = "\n".join(lines[by + 1:]).strip("\n")
    return Doc(path, "newspaper", title, published, body)


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside div.article-body
        self.in_p = False
        self.in_h1 = False
        self.paras, self.buf = [], []
        self.title, self.published = "", ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.buf = True, []
        elif tag == "h1" and not self.title:
            self.in_h1, self.buf = True, []
        elif tag == "time" and not self.published:
            self.published = a.get("datetime", "")

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.buf)).strip())
        elif tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.title = re.sub(r"\s+", " ", "".join(self.buf)).strip()

    def handle_data(self, data):
        if self.in_p or self.in_h1:
            self.buf.append(data)


def _html(path, text):
    p = _BodyParser()
    p.feed(text)
    p.close()
    body = "\n\n".join(x for x in p.paras if x)
    return Doc(path, "html", html.unescape(p.title), p.published, body)


_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def split_sentences(text):
    """Return (start, end, sentence) triples; never crosses a line break."""
    out = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        start = 0
        for m in _END.finditer(line):
            token = line[:m.start() + 1].split()[-1].lstrip("\"'(\u201c\u2018")
            if token in ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", token):
                continue
            if line[:m.end()].count('"') % 2:      # inside an open quotation
                continue
            _add(out, line, base, start, m.end())
            start = m.end()
        _add(out, line, base, start, len(line))
    return out


def _add(out, line, base, a, b):
    seg = line[a:b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        s = base + a + lead
        out.append((s, s + len(seg), seg))


def main(paths):
    for path in paths:
        doc = load(path)
        for s, e, sent in doc.sentences():
            assert doc.body[s:e] == sent
            print(f"{doc.name}\t{s}\t{e}\t{sent}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
