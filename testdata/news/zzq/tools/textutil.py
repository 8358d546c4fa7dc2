#!/usr/bin/env python3
"""Read a news-set article the way a reader would, and split it into sentences.

Standard library only.

    read_article(path) -> Article(doc, kind, title, published, text, sentences)

kind is "wire" (plain text with a dateline and no year), "newspaper" (plain
text with a title line, a "Published:" line and a "By" line) or "html".

Cleaned text:
  - plain text: the file as written (headline, dateline, body, credit line);
    lines are stripped of trailing blanks, paragraphs stay separated by a
    blank line;
  - HTML: only what a reader takes as the story: the <h1> of the <article>
    and the <p> paragraphs of its div.article-body, separated by a blank
    line. Cookie banner, navigation, byline, <time>, <figure> and caption,
    <aside>, newsletter box and footer are dropped.

Sentences: every line is a unit of its own (headlines and subheads never glue
onto the next sentence); inside a line a sentence ends at . ! or ? (with any
closing quote or bracket) followed by a blank and an upper-case letter, a
digit or an opening quote, unless the word before the stop is a known
abbreviation (U.S., Feb., Gen., ...) or a single initial.

Run as a script to print the sentences of the given files:

    python3 textutil.py corpus/zzq01-*.txt
"""
import html
import os
import re
import sys
from html.parser import HTMLParser
from typing import List, NamedTuple, Optional

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7,
            "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) "
                      r"\d{1,2} \([A-Za-z][A-Za-z .&-]*\) - ")
PUBLISHED = re.compile(r"^Published: (%s) (\d{1,2}), (\d{4})$" % "|".join(MONTHS))
BYLINE = re.compile(r"^By [A-Z][\w.'-]+( [A-Z][\w.'-]+)+$")
CREDIT = re.compile(r"^\(Reporting by [^;()]+(; [^;()]+)*; Editing by [^;()]+\)$")

ABBREV = {"U.S.", "U.K.", "U.N.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.",
          "Brig.", "Maj.", "Capt.", "Sgt.", "Sen.", "Rep.", "Gov.", "Prof.", "St.", "No.",
          "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "etc.", "approx.",
          "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
          "Nov.", "Dec."}

# a candidate boundary: terminal punctuation, optional closers, blanks, then an opener
_BOUNDARY = re.compile(r"([.!?])([\"'\u201d\u2019)\]]*)(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


class Article(NamedTuple):
    doc: str            # file name (basename)
    kind: str           # wire | newspaper | html
    title: str
    published: Optional[str]   # ISO date, None when the text gives no year
    text: str           # cleaned text
    sentences: List[Sentence]


def _last_word(s):
    m = re.search(r"(\S+)$", s)
    return m.group(1) if m else ""


def split_sentences(text: str) -> List[Sentence]:
    """Split cleaned text into sentences with character offsets into text."""
    out = []
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _BOUNDARY.finditer(line):
            before = line[cut:m.start(1) + 1]
            word = _last_word(before)
            if word in ABBREV or re.fullmatch(r"[A-Z]\.", word) or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
                continue
            end = m.end(2)
            seg = line[cut:end]
            if seg.strip():
                off = len(seg) - len(seg.lstrip())
                out.append(Sentence(lstart + cut + off, lstart + end, seg.strip()))
            cut = m.end(3)
        seg = line[cut:]
        if seg.strip():
            off = len(seg) - len(seg.lstrip())
            out.append(Sentence(lstart + cut + off, lstart + cut + off + len(seg.strip()), seg.strip()))
    return out


class _StoryParser(HTMLParser):
    """Collects text by region: story (article h1, article-body p) and everything else."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, classes, id)
        self.h1 = []
        self.paras = []
        self.cur = None          # list collecting the current h1 or p
        self.other = []          # (path, text) outside the story
        self.time = None
        self.title = []
        self.features = set()

    def _classes(self, attrs):
        d = dict(attrs)
        return set((d.get("class") or "").split()), d.get("id") or ""

    def _inside(self, tag=None, cls=None):
        for t, c, i in self.stack:
            if (tag is None or t == tag) and (cls is None or cls in c):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        classes, ident = self._classes(attrs)
        d = dict(attrs)
        marker = " ".join(sorted(classes)) + " " + ident
        if "cookie" in marker:
            self.features.add("cookie")
        if "newsletter" in marker or (tag == "form" and "newsletter" in (d.get("action") or "")):
            self.features.add("newsletter")
        if tag in ("nav", "footer", "aside", "figure", "figcaption", "article", "h1"):
            if tag == "h1" and not self._inside("article"):
                pass
            else:
                self.features.add(tag)
        if tag == "time" and self._inside("article") and d.get("datetime"):
            self.time = d["datetime"]
            self.features.add("time")
        if tag == "div" and "article-body" in classes:
            self.features.add("article-body")
        if tag in self.VOID:
            return
        self.stack.append((tag, classes, ident))
        if tag == "h1" and self._inside("article"):
            self.cur = self.h1
        elif tag == "p" and self._inside("div", "article-body") and self._inside("article"):
            self.cur = []
            self.paras.append(self.cur)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, c, i = self.stack.pop()
            if t == tag:
                break
        if tag in ("h1", "p"):
            self.cur = None

    def handle_data(self, data):
        if self._inside("title"):
            self.title.append(data)
            return
        if self.cur is not None:
            self.cur.append(data)
        elif data.strip():
            path = "/".join(t for t, c, i in self.stack)
            self.other.append((path, data.strip()))


def _norm_space(s):
    return re.sub(r"\s+", " ", s).strip()


def parse_html(raw: str):
    """Return (h1, paragraphs, datetime, boilerplate [(path, text)], title, features)."""
    p = _StoryParser()
    p.feed(raw)
    p.close()
    h1 = _norm_space("".join(p.h1))
    paras = [_norm_space("".join(x)) for x in p.paras]
    return h1, [x for x in paras if x], p.time, p.other, _norm_space("".join(p.title)), p.features


def read_article(path: str) -> Article:
    raw = open(path, encoding="utf-8").read()
    doc = os.path.basename(path)
    if path.endswith((".html", ".htm")):
        h1, paras, dt, _, _, _ = parse_html(raw)
        text = "\n\n".join([h1] + paras) + "\n"
        return Article(doc, "html", h1, dt, text, split_sentences(text))
    lines = [l.rstrip() for l in raw.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip("\n") + "\n"
    nonempty = [l for l in lines if l.strip()]
    title = nonempty[0] if nonempty else ""
    published = None
    kind = "plain"
    if len(nonempty) > 1 and PUBLISHED.match(nonempty[1]):
        kind = "newspaper"
        m = PUBLISHED.match(nonempty[1])
        published = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
    elif any(DATELINE.match(l) for l in nonempty[:3]):
        kind = "wire"
    return Article(doc, kind, title, published, text, split_sentences(text))


def body_words(a: Article) -> int:
    """Words a reader reads as the story (for HTML: h1 and body; for text: all lines
    but the Published and By lines)."""
    lines = a.text.split("\n")
    if a.kind == "newspaper":
        lines = [l for l in lines if not PUBLISHED.match(l) and not BYLINE.match(l)]
    return len(re.findall(r"\S+", "\n".join(lines)))


if __name__ == "__main__":
    for f in sys.argv[1:]:
        a = read_article(f)
        print("== %s kind=%s published=%s words=%d sentences=%d" % (a.doc, a.kind, a.published, body_words(a), len(a.sentences)))
        for s in a.sentences:
            print("  [%d:%d] %s" % (s.start, s.end, s.text))
