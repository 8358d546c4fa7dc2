"""Cleaned text and sentence spans for the documents of news set zzp.

Standard library only.

clean(path) -> Doc with:
  text        the cleaned text: a .txt file as is; for an .html file the
              visible text of its <article>, one line per block element
              (h1, byline, time, figcaption, paragraphs ...)
  body_start  offset where the body begins: for .txt the first character
              after the first blank line (after the wire headline, or after
              the title / Published / By lines of a newspaper piece); for
              .html the first block after the <time> element
  title       headline (first line of a .txt, the <h1> of an .html)
  published   ISO date: the Published: line, the <time datetime>, or for a
              wire copy (no year in the dateline) the month and day only as
              "--MM-DD"
  sentences   list of (start, end) spans over text; split on line breaks
              first, then on . ! ? followed by space and an upper-case
              letter, digit or opening quote, except after a known
              abbreviation or a single capital initial.

Run as a script to print the sentences of the given files.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "figcaption", "time",
         "li", "blockquote", "section", "header", "footer", "figure", "ul", "ol",
         "table", "tr", "td", "th", "br", "aside", "nav", "form", "main"}
SKIP = {"script", "style", "noscript", "template", "svg"}
ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st",
          "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "u.s", "u.n", "a.m", "p.m", "e.g", "i.e",
          "etc", "prof", "sen", "rep", "gov", "inc", "ltd", "co", "jr", "sr"}
MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


class Doc:
    def __init__(self, path, text, body_start, title, published, style):
        self.path, self.text, self.body_start = path, text, body_start
        self.title, self.published, self.style = title, published, style
        self.sentences = split_sentences(text)

    @property
    def name(self):
        return os.path.basename(self.path)

    def body(self):
        return self.text[self.body_start:]

    def body_sentences(self):
        return [(a, b) for a, b in self.sentences if a >= self.body_start]

    def sentence_at(self, start, end):
        """The sentence span that contains [start, end), or None."""
        for a, b in self.sentences:
            if a <= start and end <= b:
                return (a, b)
        return None


class _ArticleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # depth inside <article>
        self.skip = 0
        self.lines, self.cur = [], []
        self.kinds = []         # tag that opened each line
        self.cur_kind = None
        self.time_attr = None

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.lines.append(t)
            self.kinds.append(self.cur_kind)
        self.cur, self.cur_kind = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
            return
        if not self.depth:
            return
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
            self.cur_kind = tag
        if tag == "time" and self.time_attr is None:
            self.time_attr = dict(attrs).get("datetime")

    def handle_endtag(self, tag):
        if tag == "article":
            self.flush()
            self.depth -= 1
            return
        if not self.depth:
            return
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.depth and not self.skip:
            if self.cur_kind is None:
                self.cur_kind = "text"
            self.cur.append(data)


def clean(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        p = _ArticleText()
        p.feed(raw)
        p.close()
        p.flush()
        text = "\n".join(p.lines) + "\n"
        title = p.lines[p.kinds.index("h1")] if "h1" in p.kinds else p.lines[0]
        # body: the first block after the <time> element
        offs, pos = [], 0
        for ln in p.lines:
            offs.append(pos)
            pos += len(ln) + 1
        body_start = 0
        if "time" in p.kinds:
            i = p.kinds.index("time")
            body_start = offs[i + 1] if i + 1 < len(offs) else len(text)
        published = (p.time_attr or "")[:10]
        return Doc(path, text, body_start, title, published, "html")
    text = raw
    title = text.split("\n", 1)[0].strip()
    m = re.search(r"\n[ \t]*\n", text)
    body_start = m.end() if m else 0
    pm = re.search(r"^Published:\s*(\d{4}-\d{2}-\d{2})", text, re.M)
    if pm:
        return Doc(path, text, body_start, title, pm.group(1), "newspaper")
    dm = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(", text[body_start:])
    published = "--%02d-%02d" % (MONTHS[dm.group(1)], int(dm.group(2))) if dm else ""
    return Doc(path, text, body_start, title, published, "wire")


_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def split_sentences(text):
    spans = []
    pos = 0
    for line in text.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in _END.finditer(line):
            before = line[s:m.start()]
            word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in ABBREV or re.fullmatch(r"[a-z]", w):
                    continue
            e = m.end()
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            spans.append((start_line + s + lead, start_line + e))
            s = e
        seg = line[s:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((start_line + s + lead, start_line + len(line.rstrip())))
    return spans


def corpus_docs(corpus_dir):
    return [clean(os.path.join(corpus_dir, f)) for f in sorted(os.listdir(corpus_dir))
            if f.endswith((".txt", ".html"))]


if __name__ == "__main__":
    for path in sys.argv[1:]:
        d = clean(path)
        print("==", d.name, d.style, d.published, repr(d.title))
        for a, b in d.sentences:
            mark = "B" if a >= d.body_start else "-"
            print(mark, a, b, d.text[a:b])
