#!/usr/bin/env python3
"""Cleaned text, body span and sentence spans of the documents of news set zzo.

Standard library only.

Cleaned text:
  - a .txt document is taken as is;
  - an .html document becomes the visible text of its <article> element, one
    line per block element (h1-h6, p, div, figure, figcaption, li, ...), with
    entities unescaped and runs of white space collapsed inside a line.

Body (the part of the cleaned text where gold facts may be stated):
  - wire copy (a first line "CITY, Mon DD (Agency) - "): everything but the
    closing "(Reporting by ...)" credit line;
  - newspaper piece (title, "Published:", "By" lines, a blank line): what
    follows the first blank line;
  - HTML page: the text of <div class="article-body"> only (not the headline,
    byline, time or caption).

Sentences: lines are split first (a line break always ends a sentence), then a
line is split after ". ! ?" (and any closing quote or bracket) when white space
and an upper-case letter, digit or opening quote follow, unless the word before
the stop is a known abbreviation or a single initial.

Usage: textutil.py FILE...   prints the kind, body span and numbered sentences.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

BLOCK = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
         "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
         "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
         "table", "td", "th", "tr", "ul", "br"}
SKIP = {"script", "style", "noscript", "template", "svg"}

ABBREV = {"u.s.", "u.n.", "u.k.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "st.",
          "gen.", "col.", "lt.", "sgt.", "gov.", "sen.", "rep.", "no.", "vs.",
          "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
          "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "e.g.", "i.e.",
          "inc.", "corp.", "co.", "ltd.", "jr.", "sr."}

WIRE_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT_RE = re.compile(r"^\(Reporting by .*\)\s*$")


class _ArticleText(HTMLParser):
    """Collects the visible text of <article>, one line per block element,
    and the character span of <div class="article-body"> inside it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_article = 0
        self.skip = 0
        self.lines = []       # finished lines
        self.cur = []         # pieces of the current line
        self.body_div_depth = None
        self.div_depth = 0
        self.body_first_line = None
        self.body_last_line = None

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        self.cur = []
        if text:
            self.lines.append(text)

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth_article += 1
            return
        if not self.depth_article:
            return
        if tag in SKIP:
            self.skip += 1
        if tag == "div":
            self.div_depth += 1
            cls = dict(attrs).get("class") or ""
            if "article-body" in cls.split() and self.body_div_depth is None:
                self._flush()
                self.body_div_depth = self.div_depth
                self.body_first_line = len(self.lines)
        if tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "article":
            self._flush()
            self.depth_article -= 1
            return
        if not self.depth_article:
            return
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self._flush()
        if tag == "div":
            if self.body_div_depth == self.div_depth:
                self._flush()
                self.body_last_line = len(self.lines)
                self.body_div_depth = -1
            self.div_depth -= 1

    def handle_data(self, data):
        if self.depth_article and not self.skip:
            self.cur.append(data)


class Doc:
    """One document: name, kind (wire, newspaper, html), cleaned text, body
    span [body_start, body_end), title, published date and sentences
    (list of (start, end) offsets into text)."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        raw = open(path, encoding="utf-8").read()
        self.title = ""
        self.published = ""
        if path.endswith(".html"):
            self.kind = "html"
            p = _ArticleText()
            p.feed(raw)
            p.close()
            lines = p.lines
            self.text = "\n".join(lines) + "\n"
            offs, pos = [], 0
            for ln in lines:
                offs.append(pos)
                pos += len(ln) + 1
            if p.body_first_line is None or p.body_last_line is None:
                raise ValueError(f"{path}: no <div class=\"article-body\"> in <article>")
            self.body_start = offs[p.body_first_line]
            last = p.body_last_line - 1
            self.body_end = offs[last] + len(lines[last])
            h1 = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
            self.title = html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() if h1 else ""
            t = re.search(r'<time[^>]*datetime="([0-9]{4}-[0-9]{2}-[0-9]{2})', raw)
            self.published = t.group(1) if t else ""
        else:
            self.text = raw
            first = raw.split("\n", 1)[0]
            if WIRE_RE.match(first):
                self.kind = "wire"
                self.body_start = 0
                self.body_end = len(raw.rstrip("\n"))
                lines = raw.rstrip("\n").split("\n")
                if lines and CREDIT_RE.match(lines[-1]):
                    self.body_end = len("\n".join(lines[:-1]).rstrip())
            else:
                self.kind = "newspaper"
                self.title = first.strip()
                m = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", raw, re.M)
                self.published = m.group(1) if m else ""
                blank = raw.find("\n\n")
                if blank < 0:
                    raise ValueError(f"{path}: no blank line before the body")
                self.body_start = blank + 2
                self.body_end = len(raw.rstrip("\n"))
        self.body = self.text[self.body_start:self.body_end]
        self.sentences = sentence_spans(self.text)

    def body_sentences(self):
        return [(s, e) for s, e in self.sentences
                if s >= self.body_start and e <= self.body_end]

    def sentence_of(self, start, end):
        """The body sentence (start, end) holding text[start:end], or None."""
        for s, e in self.body_sentences():
            if s <= start and end <= e:
                return s, e
        return None


_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(]?[A-Z0-9À-Þ])")


def sentence_spans(text):
    spans = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _STOP.finditer(line):
            if line[m.start()] == ".":
                word = re.search(r"(\S+)$", line[cut:m.start() + 1])
                w = word.group(1).lower().lstrip("\"'“‘(") if word else ""
                if w in ABBREV or re.fullmatch(r"[a-z]\.", w):
                    continue
            end = m.end()
            seg = line[cut:end]
            lead = len(seg) - len(seg.lstrip())
            spans.append((start + cut + lead, start + end))
            cut = end
        seg = line[cut:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((start + cut + lead, start + len(line.rstrip())))
    return spans


def load_corpus(folder):
    docs = {}
    for fn in sorted(os.listdir(folder)):
        if fn.endswith((".txt", ".html")):
            d = Doc(os.path.join(folder, fn))
            docs[d.name] = d
    return docs


def main(argv):
    for path in argv:
        d = Doc(path)
        print(f"== {d.name} kind={d.kind} published={d.published or '-'} "
              f"title={d.title!r} body=[{d.body_start},{d.body_end}) "
              f"words={len(d.body.split())}")
        for i, (s, e) in enumerate(d.sentences):
            mark = "B" if s >= d.body_start and e <= d.body_end else " "
            print(f"{i:3d} {mark} [{s},{e}) {d.text[s:e]}")


if __name__ == "__main__":
    main(sys.argv[1:])
