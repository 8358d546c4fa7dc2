#!/usr/bin/env python3
"""Read an article of news set zzzi as an extractor sees it.

    python3 -B tools/textutil.py FILE [--sentences] [--quotes] [--words]

A .txt article is taken as it is (wire and newspaper styles). A .html page
is reduced to the article: its <h1>, the text of its <time> and the
paragraphs of div.article-body, one block each, separated by blank lines.
Cookie banner, navigation, breadcrumbs, the figure and its caption, the
aside of related links, the newsletter box and the footer are dropped.

Library use (standard library only):

    text = article_text(path)
    for start, end, sent in sentences(text): ...
    for start, end, inner in quotes(text): ...
"""
import html
import html.parser
import re
import sys

__all__ = ["article_text", "boilerplate_text", "sentences", "quotes", "sentence_at"]


class _ArticleParser(html.parser.HTMLParser):
    """Collects h1, time and div.article-body paragraphs; everything else
    (with its text) goes to the boilerplate bucket."""

    VOID = {"img", "input", "meta", "link", "br", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags: (tag, class list)
        self.blocks = []         # (kind, text) kept for the article
        self.cur = None          # buffer of the kept block being read
        self.boiler = []         # text seen outside kept blocks
        self.time_attr = None

    def _in(self, tag, cls=None):
        for t, c in self.stack:
            if t == tag and (cls is None or cls in c):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag in self.VOID:
            return
        self.stack.append((tag, cls))
        if self.cur is not None:
            return
        if tag == "h1" and self._in("article"):
            self.cur = ["h1", []]
        elif tag == "time" and self._in("article"):
            self.cur = ["time", []]
            self.time_attr = a.get("datetime")
        elif tag == "p" and self._in("div", "article-body"):
            self.cur = ["p", []]

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.cur is not None and tag == self.cur[0]:
            text = re.sub(r"\s+", " ", "".join(self.cur[1])).strip()
            if text:
                self.blocks.append((self.cur[0], text))
            self.cur = None
        # pop up to the matching tag (tolerates sloppy markup)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.cur is not None:
            self.cur[1].append(data)
        elif not self._in("head") and not self._in("script") and not self._in("style"):
            if data.strip():
                self.boiler.append(re.sub(r"\s+", " ", data.strip()))


def _parse_html(raw):
    p = _ArticleParser()
    p.feed(raw)
    p.close()
    return p


def article_text(path):
    """The cleaned text of one article, as the extractor should see it."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not path.lower().endswith((".html", ".htm")):
        return raw.replace("\r\n", "\n")
    p = _parse_html(raw)
    h1 = [t for k, t in p.blocks if k == "h1"][:1]
    tm = [t for k, t in p.blocks if k == "time"][:1]
    body = [t for k, t in p.blocks if k == "p"]
    return "\n\n".join(h1 + tm + body) + "\n"


def boilerplate_text(path):
    """Text of an HTML page that is not part of the article (empty for .txt)."""
    if not path.lower().endswith((".html", ".htm")):
        return ""
    with open(path, encoding="utf-8") as f:
        return "\n".join(_parse_html(f.read()).boiler)


def html_date(path):
    """The datetime attribute of the article's <time>, or None."""
    with open(path, encoding="utf-8") as f:
        return _parse_html(f.read()).time_attr


_ABBREV = {"U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Maj.", "Mr.", "Mrs.", "Ms.",
           "Dr.", "St.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.",
           "Sep.", "Oct.", "Nov.", "Dec.", "Brig.", "Sen.", "Rep.", "Fr."}
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de\u00de])")


def sentences(text):
    """Split text into (start, end, sentence) with offsets into text.
    Line breaks always end a sentence (headlines, datelines, bylines)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for m in _END.finditer(line):
            end = m.end()
            # the word that ends with this full stop
            word = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ""
            word = word.lstrip("(\"'\u201c\u2018")
            if word in _ABBREV or re.fullmatch(r"[A-Z]\.", word):
                continue
            seg = line[start:end]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append((base + start + lead, base + end, seg.strip()))
            start = end
        seg = line[start:]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((base + start + lead, base + start + lead + len(seg.strip()), seg.strip()))
    return out


def sentence_at(text, start, end):
    """The (start, end, sentence) span covering text[start:end]; joins
    sentences when the span crosses a boundary."""
    sents = sentences(text)
    cover = [s for s in sents if s[0] < end and s[1] > start]
    if not cover:
        raise ValueError("span %d-%d is in no sentence" % (start, end))
    s0, s1 = cover[0][0], cover[-1][1]
    return s0, s1, text[s0:s1]


_QUOTE = re.compile(r"\u201c([^\u201d]*)\u201d|\"([^\"\n]*)\"")


def quotes(text):
    """Direct quotations: (start, end, inner text) for "..." and \u201c...\u201d."""
    out = []
    for m in _QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    text = article_text(args[0])
    if "--sentences" in argv:
        for i, (s, e, sent) in enumerate(sentences(text), 1):
            print("%3d %5d-%-5d %s" % (i, s, e, sent))
    elif "--quotes" in argv:
        for s, e, q in quotes(text):
            print("%5d-%-5d %s" % (s, e, q))
    elif "--words" in argv:
        print(len(text.split()))
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
