"""Cleaned text of a corpus document and its sentence spans (stdlib only).

A .txt file is its own cleaned text (line endings normalised). For an .html
file the cleaned text is the visible text inside <article>, one line per block
element, whitespace collapsed inside a line; everything outside <article>
(cookie banner, navigation, breadcrumbs, aside, newsletter, footer) is dropped.
"""
import re
from html.parser import HTMLParser

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "header", "footer",
         "figure", "figcaption", "li", "ul", "ol", "section", "article",
         "aside", "nav", "blockquote", "br", "table", "tr", "td", "main"}
SKIP = {"script", "style", "img", "button", "form", "input"}


class _ArticleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # nesting depth of <article>
        self.skip = 0
        self.lines, self.cur = [], []

    def _flush(self):
        line = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth and tag in SKIP and tag not in ("img", "input"):
            self.skip += 1
        if self.depth and tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if self.depth and tag in SKIP and tag not in ("img", "input"):
            self.skip = max(0, self.skip - 1)
        if self.depth and tag in BLOCK:
            self._flush()
        if tag == "article" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.cur.append(data)


def clean(path):
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    if not path.endswith((".html", ".htm")):
        return raw
    p = _ArticleText()
    p.feed(raw)
    p.close()
    p._flush()
    return "\n".join(p.lines) + "\n"


ABBR = {"U.S", "St", "Mr", "Mrs", "Ms", "Dr", "Lt", "Gen", "Jr", "No", "Sen",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Inc", "Co", "Corp", "vs"}
_END = re.compile(r"[.!?][\"\u201d\u2019')]*\s+")


def sentences(text):
    """Spans (start, end) of sentences: lines first, then sentence punctuation."""
    spans, pos = [], 0
    for line in text.split("\n"):
        start, base = 0, pos
        for m in _END.finditer(line):
            before = line[start:m.start()].split()
            last = before[-1] if before else ""
            nxt = line[m.end():m.end() + 1]
            if last.rstrip(".") in ABBR or re.fullmatch(r"[A-Z]", last) or not nxt or nxt.islower():
                continue
            spans.append((base + start, base + m.end()))
            start = m.end()
        if line[start:].strip():
            spans.append((base + start, base + len(line)))
        pos += len(line) + 1
    out = []
    for s, e in spans:   # trim whitespace
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
