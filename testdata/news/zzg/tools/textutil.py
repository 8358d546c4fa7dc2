"""Body extraction per article style and a sentence splitter (stdlib only).

Styles:
  wire       .txt whose first line opens "CITY, Mon DD (Agency) - "; the body is
             everything before the bracketed credit line "[Reporting by ...]".
  newspaper  .txt with a title line, "Published: YYYY-MM-DD", "By ..." and a
             blank line; the body is everything after the first blank line.
  html       .html; the body is the text of the <p> elements inside
             <div class="article-body">, paragraphs joined by a blank line.
"""
import html
import os
import re
from html.parser import HTMLParser

WIRE_RE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")


def style_of(path):
    if path.endswith(".html"):
        return "html"
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return "wire" if WIRE_RE.match(first) else "newspaper"


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside article-body (0 = outside)
        self.in_p = False
        self.paras = []
        self.buf = []
        self.h1 = []
        self.in_h1 = False
        self.time = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p = True
            self.buf = []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and self.time is None:
            self.time = a.get("datetime")

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.paras.append(text)
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)
        if self.in_h1:
            self.h1.append(data)


def read_article(path):
    """Return dict(style, title, published, body)."""
    style = style_of(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if style == "html":
        p = _BodyParser()
        p.feed(raw)
        body = "\n\n".join(p.paras)
        title = re.sub(r"\s+", " ", "".join(p.h1)).strip()
        return {"style": style, "title": title, "published": p.time or "", "body": body}
    lines = raw.split("\n")
    if style == "wire":
        out = []
        for ln in lines:
            if ln.startswith("[Reporting by"):
                break
            out.append(ln)
        body = "\n".join(out).strip()
        return {"style": style, "title": "", "published": "", "body": body}
    # newspaper
    title = lines[0].strip()
    m = re.match(r"Published: (\d{4}-\d{2}-\d{2})", lines[1])
    published = m.group(1) if m else ""
    i = lines.index("")
    body = "\n".join(lines[i + 1:]).strip()
    return {"style": style, "title": title, "published": published, "body": body}


ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sen", "rep",
          "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "inc", "co", "corp", "vs", "u.s", "u.n", "e.g", "i.e"}

_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


def split_sentences(text):
    """Return a list of (start, end, sentence) over text.

    Paragraphs (blank-line separated) never share a sentence; inside a
    paragraph a sentence ends at . ! or ? (plus closing quotes) followed by
    white space and an upper-case letter, digit or opening quote, unless the
    word before the full stop is a known abbreviation or a single initial.
    """
    spans = []
    for pm in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        pstart = pm.start()
        para = pm.group(0)
        cur = 0
        for bm in _BOUNDARY.finditer(para):
            end = bm.end()
            if para[bm.start()] == ".":
                wm = re.search(r"([A-Za-z.]+)\.$", para[:bm.start() + 1])
                word = wm.group(1).lower() if wm else ""
                if word in ABBREV or re.fullmatch(r"[a-z]", word):
                    continue
            seg = para[cur:end]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                spans.append((pstart + cur + lead, pstart + end, seg.strip()))
            cur = end
        seg = para[cur:]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            spans.append((pstart + cur + lead, pstart + cur + lead + len(seg.strip()), seg.strip()))
    return spans


def word_count(text):
    return len(re.findall(r"\S+", text))


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        a = read_article(path)
        print("==", os.path.basename(path), a["style"], a["published"], word_count(a["body"]), "words")
        for s, e, sent in split_sentences(a["body"]):
            print("  [%d-%d] %s" % (s, e, sent))
