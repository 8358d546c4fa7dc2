"""Cleaned text of the zzj articles, the way the gold builder sees them.

A .txt file is its own cleaned text (line endings normalised). For an .html
file only the visible text inside <article> counts: one line per block
element, inline elements joined with single spaces, <script>, <style> and
image alt text left out. Everything outside <article> (cookie banner,
navigation, breadcrumbs, aside, newsletter box, footer) is junk.
"""
import html.parser
import re

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "figure", "figcaption",
         "header", "footer", "section", "li", "ul", "ol", "blockquote", "aside",
         "table", "tr", "td", "th", "br", "article", "main", "nav"}
SKIP = {"script", "style", "noscript", "template"}


class _ArticleText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # nesting depth inside <article>
        self.skip = 0
        self.lines = []
        self.cur = []

    def _flush(self):
        line = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if not self.depth:
            return
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._flush()
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.cur.append(data)


def clean(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().replace("\r\n", "\n").replace("\r", "\n")
    if path.endswith((".html", ".htm")):
        p = _ArticleText()
        p.feed(raw)
        p.close()
        p._flush()
        return "\n".join(p.lines) + "\n"
    return raw


ABBR = {"U.S", "U.N", "U.K", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "Aug",
        "Sept", "Sep", "Oct", "Gen", "Lt", "Col", "Maj", "Brig", "Mr", "Mrs",
        "Ms", "Dr", "St", "No", "vs"}
_END = re.compile(r"[.!?][\"\u201d\u2019')]*\s+")


def sentence_bounds(text, start, end):
    """Offsets of the sentence(s) of text that cover [start, end)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if le < 0:
        le = len(text)
    line = text[ls:le]
    cuts = [0]
    for m in _END.finditer(line):
        nxt = line[m.end():m.end() + 2]
        if not nxt or not re.match(r"[\"\u201c(A-Z0-9]", nxt):
            continue
        word = re.search(r"([\w.]+)[.!?][\"\u201d\u2019')]*\s+$", line[:m.end()])
        if word and word.group(1) in ABBR and line[m.start()] == ".":
            continue
        cuts.append(m.end())
    cuts.append(len(line))
    s_i = max(c for c in cuts[:-1] if ls + c <= start)
    e_i = min(c for c in cuts[1:] if ls + c >= end)
    s, e = ls + s_i, ls + e_i
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
