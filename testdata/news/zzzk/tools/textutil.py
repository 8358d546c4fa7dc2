#!/usr/bin/env python3
"""Body extraction and sentence splitting for the zzzk news set.

Three styles, told apart by extension and layout:

  wire       headline, blank line, paragraphs; the first paragraph opens
             with a dateline "CITY, Mon DD (Agency) - "; the file ends
             with "Reporting by ...; Editing by ...". Body: the paragraphs
             after the headline, without the Reporting-by line.
  newspaper  title line, "Published: YYYY-MM-DD", "By ...", blank line,
             paragraphs. Body: everything after the By line.
  html       a full page. Body: the <p> elements inside
             <div class="article-body">, entity-decoded.

The body is the paragraphs (whitespace inside each collapsed) joined by a
blank line ("\\n\\n"); sentence offsets are character offsets into it.

Usage: python3 -B tools/textutil.py FILE...
prints FILE<TAB>START<TAB>END<TAB>SENTENCE for every sentence.
"""
import os
import re
import sys
from html.parser import HTMLParser

# Wire stories carry no year; the set is dated October-December 2025.
WIRE_YEAR = 2025
MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


class Doc:
    """An extracted document: style, title, published date, body text."""

    def __init__(self, path, style, title, published, paragraphs):
        self.path = path
        self.name = os.path.basename(path)
        self.style = style
        self.title = title
        self.published = published
        self.paragraphs = paragraphs
        self.body = "\n\n".join(paragraphs)


def _clean(s):
    return re.sub(r"\s+", " ", s).strip()


def _blocks(text):
    """Split text into blank-line separated blocks, each collapsed to one line."""
    out = []
    for b in re.split(r"\n\s*\n", text):
        b = _clean(b)
        if b:
            out.append(b)
    return out


def _load_wire(path, text):
    blocks = _blocks(text)
    title = blocks[0]
    paras = blocks[1:]
    if paras and paras[-1].startswith("Reporting by"):
        paras = paras[:-1]
    m = re.match(r"^[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(", paras[0])
    published = ""
    if m:
        published = "%04d-%02d-%02d" % (WIRE_YEAR, MONTHS[m.group(1)], int(m.group(2)))
    return Doc(path, "wire", title, published, paras)


def _load_newspaper(path, text):
    lines = text.split("\n")
    title = _clean(lines[0])
    published = _clean(lines[1])[len("Published:"):].strip()
    assert lines[2].startswith("By "), path
    return Doc(path, "newspaper", title, published, _blocks("\n".join(lines[3:])))


class _BodyParser(HTMLParser):
    """Collects h1, the first <time datetime>, and the <p> of div.article-body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags, with a flag for div.article-body
        self.body_depth = None   # depth of the article-body div
        self.in_p = False
        self.in_h1 = False
        self.buf = []
        self.paras = []
        self.h1 = ""
        self.datetime = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            self.stack.append("div")
            if self.body_depth is None and "article-body" in (a.get("class") or "").split():
                self.body_depth = len(self.stack)
        elif tag == "p" and self.body_depth is not None and self.body_depth > 0:
            self.in_p, self.buf = True, []
        elif tag == "h1":
            self.in_h1, self.buf = True, []
        elif tag == "time" and not self.datetime:
            self.datetime = a.get("datetime", "")

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            if self.body_depth == len(self.stack):
                self.body_depth = -1  # closed: never reopen
            self.stack.pop()
        elif tag == "p" and self.in_p:
            self.in_p = False
            t = _clean("".join(self.buf))
            if t:
                self.paras.append(t)
        elif tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1 = _clean("".join(self.buf))

    def handle_data(self, data):
        if self.in_p or self.in_h1:
            self.buf.append(data)


def _load_html(path, text):
    p = _BodyParser()
    p.feed(text)
    p.close()
    return Doc(path, "html", p.h1, p.datetime[:10], p.paras)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith((".html", ".htm")):
        return _load_html(path, text)
    lines = text.split("\n")
    if len(lines) > 2 and lines[1].startswith("Published:"):
        return _load_newspaper(path, text)
    return _load_wire(path, text)


# Tokens that end in a period without ending a sentence.
ABBREV = {"U.S", "U.K", "U.N", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col",
          "Lt", "Sen", "Rep", "Gov", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
          "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "e.g", "i.e",
          "approx", "Inc", "Ltd", "Co"}

_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(body):
    """Return (start, end, text) for each sentence of body.

    Paragraph breaks always end a sentence. Inside a paragraph a sentence
    ends at . ! or ? (with any closing quotes) followed by space and a
    capital, digit or opening quote, unless the word before the period is
    a known abbreviation or a single capital initial.
    """
    out = []
    pos = 0
    for para in body.split("\n\n"):
        start = 0
        for m in _BOUNDARY.finditer(para):
            if para[m.start()] == ".":
                word = re.search(r"(\S+)$", para[start:m.start()])
                w = word.group(1) if word else ""
                if w in ABBREV or re.fullmatch(r"[A-Z]", w):
                    continue
            end = m.end()
            out.append((pos + start, pos + end, para[start:end]))
            start = end
            while start < len(para) and para[start] == " ":
                start += 1
        if start < len(para):
            out.append((pos + start, pos + len(para), para[start:]))
        pos += len(para) + 2
    return out


def main(argv):
    if not argv:
        sys.exit(__doc__)
    for path in argv:
        d = load(path)
        for s, e, t in sentences(d.body):
            assert d.body[s:e] == t
            print("%s\t%d\t%d\t%s" % (path, s, e, t))


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
