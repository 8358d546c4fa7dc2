#!/usr/bin/env python3
"""Body text and sentences of the zzzn articles.

Usage: python3 -B textutil.py [FILE ...]      (default: every file in ../corpus)

Prints one line per sentence: FILE<TAB>START<TAB>END<TAB>SENTENCE, where
START and END are character offsets into the document's body text:

- .txt wire (01-03): the body starts at the dateline (the first non-empty line
  after the title line) and runs to the end of the file, "Reporting by" line
  included.
- .txt newspaper (04-06): the body starts at the first non-empty line after
  the "By ..." line.
- .html (07-08): the body is the text of the <p> elements inside
  div.article-body, entities decoded, no-break spaces turned into spaces,
  paragraphs joined by a blank line. Cookie banner, menus, breadcrumbs,
  caption, aside, newsletter box and footer are not part of it.

Sentences never cross a line break. Inside a line a sentence ends at . ! or ?
(plus closing quotes or brackets) followed by white space and an upper-case
letter, a digit or an opening quote, unless the word before the full stop is
a known abbreviation (Nov., Mr., U.S., K.P., ...).

Standard library only; imported by build_gold.py.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

ABBREV = {"mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "gen", "col",
          "lt", "sen", "rep", "gov", "prof", "vs", "etc", "inc", "co", "corp"}


class _BodyParser(HTMLParser):
    """Collects <h1>, <time datetime> and the <p> texts of div.article-body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags: (tag, is_body_div)
        self.body_depth = 0      # >0 while inside div.article-body
        self.in_p = False
        self.in_h1 = False
        self.paras, self.cur = [], []
        self.h1 = []
        self.date = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "time" and self.date is None and a.get("datetime"):
            self.date = a["datetime"][:10]
        if tag == "h1":
            self.in_h1 = True
        if tag == "div":
            is_body = "article-body" in (a.get("class") or "").split()
            self.stack.append(is_body)
            if is_body or self.body_depth:
                self.body_depth += 1
        if tag == "p" and self.body_depth:
            self.in_p, self.cur = True, []

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False
        if tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.cur)).strip())
        if tag == "div" and self.stack:
            self.stack.pop()
            if self.body_depth:
                self.body_depth -= 1

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.h1.append(data)


def load(path):
    """Return (body, meta) for one article; meta has title, published, style."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    name = os.path.basename(path)
    if name.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        body = "\n\n".join(x for x in p.paras if x).replace("\u00a0", " ")
        title = re.sub(r"\s+", " ", "".join(p.h1)).strip()
        return body, {"title": title, "published": p.date, "style": "html"}
    lines = raw.split("\n")
    title = lines[0].strip()
    pub = None
    style = "wire"
    start_line = 1
    for i, ln in enumerate(lines[1:6], 1):
        if ln.startswith("Published: "):
            pub = ln[len("Published: "):].strip()
            style = "newspaper"
        if ln.startswith("By ") and style == "newspaper":
            start_line = i + 1
            break
    while start_line < len(lines) and not lines[start_line].strip():
        start_line += 1
    body = "\n".join(lines[start_line:]).rstrip() + "\n"
    if style == "wire":
        m = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(", body)
        if m:
            months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
            pub = "2025-%02d-%02d" % (months.index(m.group(1)) + 1, int(m.group(2)))
    return body, {"title": title, "published": pub, "style": style}


_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(A-Z0-9])")


def _is_abbrev(line, dot):
    """True when the full stop at index dot closes an abbreviation."""
    m = re.search(r"([A-Za-z.]+)$", line[:dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in ABBREV:
        return True
    # initials and dotted acronyms: U.S, U.N, K.P, D.C, E
    return re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word) is not None


def sentences(body):
    """Yield (start, end, text) for each sentence of body."""
    pos = 0
    for line in body.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in _END.finditer(line):
            if line[m.start()] == "." and _is_abbrev(line, m.start()):
                continue
            e = m.end()
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                yield lstart + s + lead, lstart + e, seg.strip()
            s = e
        seg = line[s:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            yield lstart + s + lead, lstart + s + lead + len(seg.strip()), seg.strip()


def corpus_files():
    return sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS)
                  if f.endswith((".txt", ".html")))


def main(argv):
    files = argv or corpus_files()
    for path in files:
        body, _ = load(path)
        for s, e, text in sentences(body):
            assert body[s:e] == text, (path, s, e)
            print(f"{os.path.basename(path)}\t{s}\t{e}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1:])
